"""Paper for the room: printable worksheets (A4 HTML) and the *berita acara* (minutes) of a SKAD day.

For a room without phones the facilitator prints one **factor sheet** and one
**field sheet** per participant, a few **pairwise-comparison (AHP) sheets** and a
**vision sheet** per table.  At the end of the day the **berita acara** records
who took part (by region), the agreed fields with programmes/activities,
regions, lead, timeframe and priority, the criteria weights and consistency
ratio, how far the room agreed (Kendall's W), the versions of the data used
(SHA-256 of the bundled files) and the signature lines — as HTML that prints
to A4 and as XLSX with real numeric cells and no formulas.

Everything shown is escaped; every label comes from :mod:`kadlib.i18n`.

The columns of the agreed-fields table follow the shape the regulations ask of
a cooperation plan as far as the kit's domain reference confirms it:
Permendagri 22/2020 regulates identifying and mapping the government affairs
and the objects of cooperation [S15][S16] (its detailed stage list was not
visible in the sources); under Permendagri 22/2009 preparation includes a
cooperation plan with complete data and setting priority objects [S11][S12].
The exact columns are the kit's design.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from . import i18n
from .errors import KadDataError
from .report import Num, html_table, put_cell

if TYPE_CHECKING:
    import pandas as pd

CSS = """
@page { size: A4; margin: 14mm 12mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 186mm; }
h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 5mm 0 2mm; color: #1f4e79; }
.sheet { page-break-after: always; } .sheet:last-child { page-break-after: auto; }
.meta { font-size: 9pt; color: #444; margin-bottom: 3mm; }
.fill { display: inline-block; min-width: 60mm; border-bottom: 1px solid #333; height: 1.2em; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #888; padding: 1.6mm 1.8mm; text-align: left; vertical-align: middle; }
th { background: #eef2f6; font-size: 9.5pt; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.dense th, table.dense td { font-size: 8.5pt; padding: 1.2mm; overflow-wrap: break-word; }
table.dense td.num, table.dense th { white-space: nowrap; } table.dense th { white-space: normal; }
td.write { min-width: 14mm; height: 10mm; }
table.hashes td:nth-child(2) { word-break: break-all; font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; }
.box { display: inline-block; width: 6.5mm; height: 6.5mm; line-height: 6.5mm; border: 1px solid #333;
       border-radius: 50%; text-align: center; margin: 0 .6mm; font-size: 8.5pt; }
.scale { white-space: nowrap; text-align: center; }
.pair td { text-align: center; } .pair td.left { text-align: right; width: 28%; } .pair td.right { text-align: left; width: 28%; }
.lines { border-bottom: 1px solid #555; height: 9mm; }
.small { font-size: 8.5pt; color: #444; }
.sign td { height: 18mm; vertical-align: bottom; }
@media screen { body { margin: 8mm auto; } .sheet { border-bottom: 2px dashed #bbb; padding-bottom: 8mm; margin-bottom: 8mm; } }
"""


def _t(key, lang=None, **kw):
    return i18n.t(f"ws_{key}", lang=lang, **kw)


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _page(title, body, lang) -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{_esc(title)}</title>"
        f"<style>{CSS}</style></head><body>{body}</body></html>"
    )


def _boxes(scale=(1, 5)) -> str:
    return "".join(f"<span class='box'>{v}</span>" for v in range(scale[0], scale[1] + 1))


def _header(title, session, lang, participant=None) -> str:
    who = (
        f"{_esc(_t('name', lang))}: <b>{_esc(participant[0])}</b> &nbsp; {_esc(_t('region', lang))}: "
        f"<b>{_esc(participant[1])}</b>"
        if participant
        else f"{_esc(_t('name', lang))}: <span class='fill'></span> &nbsp; {_esc(_t('region', lang))}: "
        f"<span class='fill'></span>"
    )
    return (
        f"<h1>{_esc(title)}</h1><div class='meta'>{_esc(_t('session', lang))}: {_esc(session or '-')}"
        f" &nbsp;·&nbsp; {_esc(_t('date', lang))}: <span class='fill' style='min-width:30mm'></span></div>"
        f"<p>{who}</p>"
    )


def _people(participants):
    """[(name, region name)] from a frame with ``name``/``region`` (codes resolved to names) or None."""
    if participants is None or len(participants) == 0:
        return [None]
    from .regions import display_name as _name

    out = []
    for _, row in participants.iterrows():
        region = str(row.get("region", "") or "")
        out.append(
            (str(row.get("name", row.get("participant", ""))), _name(region) if region else "")
        )
    return out


def factor_sheet(factors=None, *, session="", participants=None, scale=(1, 5), lang=None) -> str:
    """Key-success-factor ratings: importance and current condition of each factor, 1–5 to circle.

    ``factors``: factor id -> name (default: the kit's catalogue).  With
    ``participants`` (a frame with ``name`` and ``region``), one named page each.

    Examples
    --------
    >>> import pandas as pd
    >>> people = pd.DataFrame({"name": ["Ani", "Budi"], "region": ["3471", "3404"]})
    >>> page = factor_sheet({"komitmen": "Komitmen <pimpinan>"}, participants=people)
    >>> page.count("class='sheet'"), "Sleman" in page, "Komitmen &lt;pimpinan&gt;" in page
    (2, True, True)
    >>> page.count("<span class='box'>")  # 2 people x 2 columns x 5 numbers to circle
    20
    """
    lang = lang or i18n.get_language()
    if factors is None:
        from .datasets import load_success_factors

        cat = load_success_factors()
        factors = dict(zip(cat["factor_id"], cat[f"label_{lang}"], strict=True))
    rows = "".join(
        f"<tr><td>{i}. {_esc(name)}</td><td class='scale'>{_boxes(scale)}</td>"
        f"<td class='scale'>{_boxes(scale)}</td></tr>"
        for i, name in enumerate(factors.values(), 1)
    )
    table = (
        f"<table><thead><tr><th>{_esc(_t('factor', lang))}</th><th>{_esc(_t('importance', lang))}</th>"
        f"<th>{_esc(_t('condition', lang))}</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    howto = f"<p class='small'>{_esc(_t('factor_howto', lang, low=scale[0], high=scale[1]))}</p>"
    sheets = [
        f"<div class='sheet'>{_header(_t('factor_title', lang), session, lang, p)}{howto}{table}</div>"
        for p in _people(participants)
    ]
    return _page(_t("factor_title", lang), "".join(sheets), lang)


def _criteria(criteria, lang):
    from .datasets import load_criteria

    table = load_criteria().set_index("criterion_id")
    criteria = list(table.index) if criteria is None else list(criteria)
    return {
        c: (table.at[c, f"label_{lang}"], table.at[c, f"text_{lang}"])
        if c in table.index
        else (c, "")
        for c in criteria
    }


def _judgement_criteria():
    """The criteria the room judges (the neighbour rule is computed from the map, not scored by hand)."""
    from .datasets import load_criteria

    table = load_criteria()
    return list(table.loc[table["assessment"] == "judgement", "criterion_id"])


def field_sheet(
    fields, *, criteria=None, session="", participants=None, scale=(1, 5), lang=None
) -> str:
    """Field (sector) scores: each candidate field against each SKAD criterion, 1–5 to circle.

    ``fields``: field id -> display name (e.g. ``scores["label_id"].to_dict()``).
    The criteria default to the judged SKAD criteria (the neighbour rule is
    computed from the map, so it has no column).

    Examples
    --------
    >>> page = field_sheet({"pertanian": "Agribisnis", "pariwisata": "Pariwisata"})
    >>> page.count("<td class='write'>")  # 2 fields x 5 judged criteria
    10
    >>> "Kebutuhan tinggi dan mendesak" in page, "Melibatkan ≥ 2" in page
    (True, False)
    """
    lang = lang or i18n.get_language()
    crit = _criteria(criteria if criteria is not None else _judgement_criteria(), lang)
    legend = "".join(f"<li><b>{_esc(name)}</b>: {_esc(text)}</li>" for name, text in crit.values())
    head = "".join(f"<th>{_esc(name)}</th>" for name, _ in crit.values())
    rows = "".join(
        f"<tr><td><b>{_esc(name)}</b></td>" + "<td class='write'></td>" * len(crit) + "</tr>"
        for name in fields.values()
    )
    table = (
        f"<table class='dense'><thead><tr><th>{_esc(_t('field', lang))}</th>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    howto = f"<p class='small'>{_esc(_t('field_howto', lang, low=scale[0], high=scale[1]))}</p><ul class='small'>{legend}</ul>"
    sheets = [
        f"<div class='sheet'>{_header(_t('field_title', lang), session, lang, p)}{howto}{table}</div>"
        for p in _people(participants)
    ]
    return _page(_t("field_title", lang), "".join(sheets), lang)


def ahp_sheet(criteria=None, *, session="", participants=None, lang=None) -> str:
    """Pairwise comparison of the criteria on Saaty's 1–9 scale: circle towards the more important one.

    One page to copy for every table or person; with ``participants`` (a frame
    with ``name`` and ``region``), one named page each.

    Examples
    --------
    >>> page = ahp_sheet(["kebutuhan", "potensi", "prospek"])
    >>> page.count("<tr><td class='left'>")  # 3 criteria: 3 pairs
    3
    >>> page.count("class='sheet'")
    1
    """
    lang = lang or i18n.get_language()
    crit = _criteria(criteria if criteria is not None else _judgement_criteria(), lang)
    scale = [9, 7, 5, 3, 1, 3, 5, 7, 9]
    rows = "".join(
        f"<tr><td class='left'><b>{_esc(crit[a][0])}</b></td>"
        + "".join(f"<td><span class='box'>{v}</span></td>" for v in scale)
        + f"<td class='right'><b>{_esc(crit[b][0])}</b></td></tr>"
        for a, b in combinations(crit, 2)
    )
    head = (
        f"<tr><th>{_esc(_t('ahp_left', lang))}</th><th colspan='4'>← {_esc(_t('ahp_more', lang))}</th>"
        f"<th>{_esc(_t('ahp_equal', lang))}</th><th colspan='4'>{_esc(_t('ahp_more', lang))} →</th>"
        f"<th>{_esc(_t('ahp_right', lang))}</th></tr>"
    )
    body = "".join(
        f"<div class='sheet'>{_header(_t('ahp_title', lang), session, lang, p)}"
        f"<p class='small'>{_esc(_t('ahp_howto', lang))}</p>"
        f"<table class='pair'><thead>{head}</thead><tbody>{rows}</tbody></table></div>"
        for p in _people(participants)
    )
    return _page(_t("ahp_title", lang), body, lang)


def vision_sheet(*, session="", fields=None, lang=None) -> str:
    """Per table: shared vision, mission, and focus activities with regions, lead, timeframe, priority, indicator.

    The focus table has one line per candidate field (at most six, the field
    written in), or five blank lines.

    Examples
    --------
    >>> page = vision_sheet(session="Kartamantul", fields={"pertanian": "Agribisnis"})
    >>> "Visi bersama" in page, "Agribisnis" in page, "Tolok ukur (dengan satuan)" in page
    (True, True, True)
    """
    lang = lang or i18n.get_language()
    lines = "".join("<div class='lines'></div>" for _ in range(3))
    cols = ["activity", "field", "regions", "lead", "timeframe", "priority", "indicator"]
    head = "".join(f"<th>{_esc(_t(c, lang))}</th>" for c in cols)
    names = list((fields or {}).values())[:6] or [""] * 5
    rows = "".join(
        "<tr>"
        + "<td style='height:12mm'></td>"
        + f"<td>{_esc(n)}</td>"
        + "<td></td>" * (len(cols) - 2)
        + "</tr>"
        for n in names
    )
    body = (
        f"<div class='sheet'>{_header(_t('vision_title', lang), session, lang)}"
        f"<h2>{_esc(_t('vision', lang))}</h2>{lines}<h2>{_esc(_t('mission', lang))}</h2>{lines}"
        f"<h2>{_esc(_t('focus', lang))}</h2><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        f"<p class='small'>{_esc(_t('vision_howto', lang))}</p></div>"
    )
    return _page(_t("vision_title", lang), body, lang)


def write_worksheets(
    fields, *, session="", participants=None, criteria=None, when=None, folder=None, lang=None
) -> list[Path]:
    """Write the four sheets to the results folder (``hasil/``); returns their paths.

    For a live session's own items and participants, and the note taker's
    XLSX, see :func:`session_sheets`.

    Examples
    --------
    >>> import tempfile
    >>> paths = write_worksheets({"pertanian": "Agribisnis"}, session="Uji", when="2026-11-22",
    ...                          folder=tempfile.mkdtemp())
    >>> [p.name for p in paths]  # doctest: +NORMALIZE_WHITESPACE
    ['2026-11-22_uji_lembar-faktor.html', '2026-11-22_uji_lembar-bidang.html',
     '2026-11-22_uji_lembar-ahp.html', '2026-11-22_uji_lembar-visi.html']
    """
    from .results import result_path

    sheets = {
        "lembar-faktor.html": factor_sheet(session=session, participants=participants, lang=lang),
        "lembar-bidang.html": field_sheet(
            fields, criteria=criteria, session=session, participants=participants, lang=lang
        ),
        "lembar-ahp.html": ahp_sheet(criteria, session=session, lang=lang),
        "lembar-visi.html": vision_sheet(session=session, fields=fields, lang=lang),
    }
    out = []
    for name, text in sheets.items():
        path = result_path(name, session=session, when=when, folder=folder)
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


# ============================================================================= berita acara
def data_versions() -> list[dict]:
    """The bundled data files with their SHA-256 (computed now) and whether it matches the registry.

    Examples
    --------
    >>> versions = data_versions()
    >>> sorted(versions[0]), len(versions[0]["sha256"])
    (['file', 'registered', 'rows', 'sha256'], 64)
    >>> any(v["file"] == "regions.csv" for v in versions)
    True
    """
    from ._paths import data_dir

    folder = data_dir()
    registry = json.loads((folder / "registry.json").read_text(encoding="utf-8"))
    out = []
    for entry in registry["datasets"]:
        path = folder / entry["file"]
        if not path.is_file():
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        out.append(
            {
                "file": entry["file"],
                "sha256": digest,
                "rows": entry.get("rows"),
                "registered": digest == entry.get("sha256"),
            }
        )
    return out


def _ba(key, lang, **kw):
    return i18n.t(f"ba_{key}", lang=lang, **kw)


def berita_acara_tables(
    scenario, *, participants=None, consensus=None, agreed=None, lang=None
) -> dict:
    """Every table of the berita acara, once for HTML and XLSX: name -> (title, headers, rows).

    Parameters
    ----------
    scenario : kadlib.scenario.Scenario
        Members, ranking, weights, AHP, focus activities, metadata (date, facilitator).
    participants : DataFrame, optional
        ``name, region`` (codes or names) — the attendance list.
    consensus : dict, optional
        measure label -> Kendall's W dict (``w, p, m, n``) from :func:`kadlib.aggregation.consensus`.
    agreed : list of dict, optional
        ``field, programme, regions, lead, timeframe, priority`` per agreed activity; default: the
        scenario's focus activities, priority = the field's rank.  What was not agreed stays visibly empty.

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib.scenario import Scenario
    >>> s = Scenario(title="Contoh", group="Kartamantul", members=["3471", "3404", "3402"],
    ...              criteria=["kebutuhan", "potensi"], weights={"kebutuhan": 0.6, "potensi": 0.4})
    >>> people = pd.DataFrame({"name": ["Ani", "Budi"], "region": ["3471", "3404"]})
    >>> tables = berita_acara_tables(s, participants=people,
    ...                              agreed=[{"field": "pariwisata", "lead": "Bappeda Sleman"}])
    >>> list(tables)
    ['cover', 'participants', 'agreed', 'weights', 'data', 'signatures']
    >>> tables["participants"][2]
    [['Kota Yogyakarta', 1, 'Ani'], ['Sleman', 1, 'Budi'], ['Jumlah seluruhnya', 2, '']]
    >>> tables["agreed"][2][0][:6]  # what was not agreed says so
    [1, 'pariwisata', '(belum disepakati)', '(belum disepakati)', 'Bappeda Sleman', '(belum disepakati)']
    >>> [row[0] for row in tables["signatures"][2]][:3]
    ['Wakil Kota Yogyakarta', 'Wakil Sleman', 'Wakil Bantul']
    """
    from .regions import display_name as _name

    lang = lang or i18n.get_language()
    s = scenario
    meta = s.metadata or {}
    label = lambda sid: s.sectors.get(sid, {}).get("label", sid)  # noqa: E731
    ranks = {r["sector"]: r for r in s.ranking}
    missing = _ba("not_agreed", lang)
    tables = {
        "cover": (
            _ba("cover", lang),
            None,
            [
                [_ba("group", lang), s.group or s.title],
                [_ba("members", lang), ", ".join(_name(c) for c in s.members)],
                [_ba("date", lang), meta.get("date") or date.today().isoformat()],
                [_ba("facilitator", lang), meta.get("facilitator", "")],
            ],
        )
    }
    if participants is not None and len(participants):
        people = participants.assign(
            region_name=[_name(r) if r else "-" for r in participants["region"].fillna("")]
        )
        rows = [
            [region, len(part), ", ".join(map(str, part["name"]))]
            for region, part in people.groupby("region_name", sort=True)
        ]
        rows.append([_ba("total", lang), len(people), ""])
        tables["participants"] = (
            _ba("participants", lang),
            [_ba("region", lang), _ba("count", lang), _ba("names", lang)],
            rows,
        )
    if agreed is None:
        agreed = [
            {
                "field": f.get("sector", ""),
                "programme": f.get("name", ""),
                "regions": f.get("regions", ""),
                "lead": f.get("lead", ""),
                "timeframe": f.get("timeframe", ""),
                "priority": f.get("priority") or ranks.get(f.get("sector"), {}).get("rank"),
            }
            for f in s.focus_activities
        ]
    rows = []
    for i, a in enumerate(agreed, start=1):
        sid = a.get("field", "")
        regions = a.get("regions") or s.sectors.get(sid, {}).get("participants", [])
        if isinstance(regions, str):
            regions = [r for r in regions.replace(",", ";").split(";") if r.strip()]
        rank = ranks.get(sid, {})
        rows.append(
            [
                i,
                label(sid) if sid else missing,
                a.get("programme") or missing,
                ", ".join(_name(r.strip()) for r in regions) or missing,
                a.get("lead") or missing,
                a.get("timeframe") or missing,
                int(a["priority"]) if a.get("priority") else missing,
                Num(rank["score"], 3) if rank else Num(None),
                (_ba("yes", lang) if rank.get("passes_gate", True) else _ba("no", lang))
                if rank
                else "-",
            ]
        )
    tables["agreed"] = (
        _ba("agreed", lang),
        [
            _ba(k, lang)
            for k in (
                "index",
                "field",
                "programme",
                "regions",
                "lead",
                "timeframe",
                "priority",
                "score",
                "gate",
            )
        ],
        rows,
    )
    from .datasets import criterion_labels

    names = criterion_labels(list(s.weights), lang)
    weights = [[names[c], Num(w, 1, percent=True)] for c, w in s.weights.items()]
    if s.ahp:
        ok = (
            _ba("consistent", lang)
            if s.ahp.get("consistent", s.ahp.get("cr", 1) <= 0.1)
            else _ba("inconsistent", lang)
        )
        weights.append([_ba("cr", lang, table=s.ahp.get("ri_table", "")), Num(s.ahp.get("cr"), 3)])
        weights.append([_ba("cr_verdict", lang), ok])
    weights.append(
        [
            _ba("method", lang),
            {"wsm": i18n.t("widget_wsm", lang=lang), "topsis": "TOPSIS"}.get(s.method, s.method),
        ]
    )
    tables["weights"] = (
        _ba("weights", lang),
        [_ba("criterion", lang), _ba("weight", lang)],
        weights,
    )
    if consensus:
        tables["consensus"] = (
            _ba("consensus", lang),
            [_ba("measure", lang), "W Kendall", "p", _ba("raters", lang), _ba("items", lang)],
            [
                [m, Num(c.get("w"), 2), Num(c.get("p"), 3), int(c.get("m", 0)), int(c.get("n", 0))]
                for m, c in consensus.items()
            ],
        )
    tables["data"] = (
        _ba("data", lang),
        [_ba("file", lang), "SHA-256", _ba("rows", lang), _ba("registered", lang)],
        [
            [
                d["file"],
                d["sha256"],
                Num(d["rows"], 0),
                _ba("yes", lang) if d["registered"] else _ba("no", lang),
            ]
            for d in data_versions()
        ],
    )
    signers = [[_ba("signer_region", lang, region=_name(c)), "", ""] for c in s.members]
    signers += [
        [_ba("facilitator", lang), meta.get("facilitator", ""), ""],
        [_ba("note_taker", lang), "", ""],
    ]
    tables["signatures"] = (
        _ba("signatures", lang),
        [_ba("as", lang), _ba("name", lang), _ba("signature", lang)],
        signers,
    )
    return tables


def berita_acara_html(scenario, path=None, *, lang=None, **kwargs):
    """The berita acara as one printable HTML page (A4); written to ``path`` if given, else returned as text.

    Examples
    --------
    >>> import tempfile
    >>> from kadlib.scenario import Scenario
    >>> s = Scenario(title="Contoh <Kartamantul>", members=["3471", "3404", "3402"],
    ...              criteria=["kebutuhan"], weights={"kebutuhan": 1.0})
    >>> page = berita_acara_html(s)
    >>> "BERITA ACARA LOKAKARYA SKAD" in page, "Contoh &lt;Kartamantul&gt;" in page
    (True, True)
    >>> berita_acara_html(s, f"{tempfile.mkdtemp()}/ba.html").name
    'ba.html'
    """
    lang = lang or i18n.get_language()
    tables = berita_acara_tables(scenario, lang=lang, **kwargs)
    parts = [f"<h1>{_esc(_ba('title', lang))}</h1><p class='meta'>{_esc(scenario.title)}</p>"]
    for name, (title, headers, rows) in tables.items():
        if name == "cover":
            parts.append(html_table(None, rows, lang))
            continue
        if name == "agreed":
            parts.append(f"<h2>{_esc(title)}</h2><p class='small'>{_esc(_ba('basis', lang))}</p>")
        elif name == "data":
            parts.append(
                f"<h2>{_esc(title)}</h2><p class='small'>{_esc(_ba('data_note', lang))}</p>"
            )
        else:
            parts.append(f"<h2>{_esc(title)}</h2>")
        parts.append(
            html_table(
                headers,
                rows,
                lang,
                {"signatures": "sign", "agreed": "dense", "data": "dense hashes"}.get(name, ""),
            )
        )
        if name == "weights" and scenario.vision:
            parts.append(
                f"<h2>{_esc(_ba('vision', lang))}</h2><p><i>{_esc(scenario.vision)}</i></p>"
            )
    parts.append(f"<p class='small'>{_esc(_ba('footer', lang))}</p>")
    doc = _page(_ba("title", lang), f"<div class='sheet'>{''.join(parts)}</div>", lang)
    if path is None:
        return doc
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doc, encoding="utf-8")
    return path


def berita_acara_xlsx(scenario, path, *, lang=None, **kwargs) -> Path:
    """The berita acara as an Excel workbook: one sheet per table, numbers as numeric cells, never formulas.

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from kadlib.scenario import Scenario
    >>> s = Scenario(title="Contoh", members=["3471", "3404"], criteria=["kebutuhan", "potensi"],
    ...              weights={"kebutuhan": 0.6, "potensi": 0.4})
    >>> s.vision = "=Kartamantul maju bersama"  # text, never a formula
    >>> wb = load_workbook(berita_acara_xlsx(s, f"{tempfile.mkdtemp()}/ba.xlsx"))
    >>> wb.sheetnames
    ['Lokakarya', 'Kesepakatan', 'Bobot', 'Versi data', 'Tanda tangan']
    >>> wb["Lokakarya"]["B6"].value, wb["Lokakarya"]["B6"].data_type
    ('=Kartamantul maju bersama', 's')
    >>> wb["Bobot"]["B3"].value, wb["Bobot"]["B3"].number_format
    (0.6, '0.0%')
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    lang = lang or i18n.get_language()
    tables = berita_acara_tables(scenario, lang=lang, **kwargs)
    wb = Workbook()
    wb.remove(wb.active)
    for name, (title, headers, rows) in tables.items():
        ws = wb.create_sheet(_ba(f"sheet_{name}", lang)[:31])
        put_cell(ws, 1, 1, title).font = Font(bold=True, size=12)
        start = 2
        if headers:
            for j, h in enumerate(headers, start=1):
                put_cell(ws, 2, j, h).font = Font(bold=True)
            start = 3
        for i, row in enumerate(rows, start=start):
            for j, value in enumerate(row, start=1):
                put_cell(ws, i, j, value)
        for j in range(1, max(len(headers or [1, 2]), 2) + 1):
            ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = 26
        if name == "cover" and scenario.vision:
            put_cell(ws, start + len(rows), 1, _ba("vision", lang))
            put_cell(ws, start + len(rows), 2, scenario.vision)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


# ============================================================================= paper back into the store
#: Kinds of paper sheet, in the order of the printed stack, and the store step each one fills.
PAPER_STEPS = {"factor": "factors", "field": "fields", "ahp": "weights", "vision": "vision"}
PAPER_SCHEMA = 1
META_SHEET = "_kadlib"
#: Saaty's scale as written on paper: 9 … 2, 1, 1/2 … 1/9 (how much more important the left criterion is).
SAATY_TEXT = [str(v) for v in range(9, 1, -1)] + ["1"] + [f"1/{v}" for v in range(2, 10)]
_SAATY = {text: (float(text) if "/" not in text else 1 / int(text[2:])) for text in SAATY_TEXT}
VISION_ROWS = ("_vision", "_mission")
ACTIVITY_COLUMNS = ("activity", "field", "regions", "lead", "timeframe", "priority", "indicator")
#: Keys of the structure rows in the (hidden) column A of every entry sheet.
NAME_KEY, HEAD_KEY, ACT_KEY = "_peserta", "_kepala", "_kegiatan"


def _label(item: dict, lang) -> str:
    return str(item.get(f"label_{lang}") or item.get("label_id") or item["id"])


def _session_items(store, lang) -> dict:
    """The items of every sheet as the store's config has them (the kit's catalogue when it is free)."""
    from .datasets import load_criteria, load_success_factors

    cfg = store.config
    factors = cfg.get("factors")
    if not factors:
        cat = load_success_factors()
        factors = [
            {"id": r.factor_id, "label_id": r.label_id, "label_en": r.label_en}
            for r in cat.itertuples()
        ]
    criteria = cfg.get("criteria")
    if not criteria:
        table = load_criteria()
        criteria = [
            {"id": r.criterion_id, "label_id": r.label_id, "label_en": r.label_en}
            for r in table[table["assessment"] == "judgement"].itertuples()
        ]
    return {
        "factors": {f["id"]: _label(f, lang) for f in factors},
        "criteria": {c["id"]: _label(c, lang) for c in criteria},
        "fields": {f["id"]: _label(f, lang) for f in cfg.get("fields") or []},
    }


def _named(participants, store) -> list[tuple[str, str]]:
    """``[(name, region code)]`` of the people whose sheets are printed with their name."""
    frame = store.participants() if participants is None else participants
    if frame is None or not len(frame):
        return []
    return [(str(r.get("name", "")), str(r.get("region", "") or "")) for _, r in frame.iterrows()]


def session_sheets(
    store, folder=None, *, participants=None, spare=None, tables=6, when=None, lang=None
) -> list[Path]:
    """Print and type-back files of a session: the four A4 HTML sheets and the note taker's XLSX.

    The sheets carry the session's own factors, fields and criteria, one named
    page per participant already registered (or in ``participants``); the XLSX
    (:func:`entry_workbook`) has the same blocks in the same order, plus blank
    blocks for people who are only on paper.  Everything goes to the results
    folder (``hasil/``, or ``folder``).

    Examples
    --------
    >>> import tempfile
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.mkdtemp()
    >>> s = open_session("kelas-kertas", folder=tmp, group="kartamantul")
    >>> paths = session_sheets(s, folder=tmp, when="2026-11-22")
    >>> [p.name.split("_")[-1] for p in paths]
    ['lembar-faktor.html', 'lembar-bidang.html', 'lembar-ahp.html', 'lembar-visi.html', 'isian-kertas.xlsx']
    """
    from .results import result_path

    lang = lang or i18n.get_language()
    items = _session_items(store, lang)
    named = _named(participants, store)
    people = (
        None if not named else __import__("pandas").DataFrame(named, columns=["name", "region"])
    )
    criteria = list(items["criteria"])
    sheets = {
        "lembar-faktor.html": factor_sheet(
            items["factors"], session=store.name, participants=people, scale=store.scale, lang=lang
        ),
        "lembar-bidang.html": field_sheet(
            items["fields"],
            criteria=criteria,
            session=store.name,
            participants=people,
            scale=store.scale,
            lang=lang,
        ),
        "lembar-ahp.html": ahp_sheet(criteria, session=store.name, participants=people, lang=lang),
        "lembar-visi.html": vision_sheet(session=store.name, fields=items["fields"], lang=lang),
    }
    out = []
    for name, text in sheets.items():
        path = result_path(name, session=store.name, when=when, folder=folder)
        path.write_text(text, encoding="utf-8")
        out.append(path)
    xlsx = result_path("isian-kertas.xlsx", session=store.name, when=when, folder=folder)
    out.append(
        entry_workbook(
            store, xlsx, participants=participants, spare=spare, tables=tables, lang=lang
        )
    )
    return out


def _members(store) -> list[tuple[str, str]]:
    from .regions import display_name as _name

    return [(str(c), _name(c)) for c in store.members]


def entry_workbook(
    store, path, *, participants=None, spare=None, tables=6, lang=None, max_rows=6
) -> Path:
    """The note taker's XLSX: the four paper sheets of a session, to copy the filled paper into.

    One workbook for the whole stack, one tab per kind of paper sheet in the
    order it is printed — factor ratings, field scores, pairwise comparison
    (AHP), vision — and in each tab one **block per sheet of paper**, laid out
    like the printed page, so typing is copying.  The blocks of the people
    already registered come first, with their name and region, in the order of
    the printed pages; then ``spare`` blank blocks (name and region to fill)
    for people who are only on paper (default 5, or 40 when nobody is
    registered yet).  The vision tab has ``tables`` blank blocks (one per table)
    with one activity line per candidate field, as printed (at most
    ``max_rows``; five blank lines when the session has no fields).

    Cells to fill are yellow, with drop-down lists: the scale (factors,
    fields), Saaty's values 9 … 1 … 1/9 (AHP, stored as text so that "1/3"
    never turns into a date), the member regions, the candidate fields.
    Every text is written as text (a name starting with "=" is never a
    formula), numbers as numbers; a hidden sheet records the session and the
    items, and the hidden column A marks every row, so
    :func:`read_filled` knows what each cell is even if rows were added.

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.mkdtemp()
    >>> s = open_session("kelas-kertas", folder=tmp, group="kartamantul")
    >>> _ = s.add_participant("=Ani", "3471")
    >>> wb = load_workbook(entry_workbook(s, f"{tmp}/isian.xlsx", spare=1))
    >>> wb.sheetnames
    ['Petunjuk', 'Faktor', 'Bidang', 'AHP', 'Visi', '_daftar', '_kadlib']
    >>> ws = wb["Faktor"]
    >>> [ws.cell(row=5, column=c).value for c in range(1, 6)]
    ['_peserta', 'Nama', '=Ani', 'Daerah', 'Kota Yogyakarta']
    >>> ws.cell(row=5, column=3).data_type  # text, not a formula
    's'
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    lang = lang or i18n.get_language()
    items = _session_items(store, lang)
    named = _named(participants, store)
    members = _members(store)
    region_name = dict(members)
    if spare is None:
        spare = 5 if named else 40
    people = [(n, region_name.get(r, r)) for n, r in named] + [("", "")] * int(spare)
    lo, hi = (int(v) for v in store.scale)
    fill = PatternFill("solid", fgColor="FFF2CC")
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    wb = Workbook()
    help_ws = wb.active
    help_ws.title = _t("x_help_sheet", lang)
    sheets = {kind: wb.create_sheet(_t(f"x_sheet_{kind}", lang)) for kind in PAPER_STEPS}
    lists = wb.create_sheet("_daftar")
    for i, (_code, name) in enumerate(members, start=1):
        put_cell(lists, i, 1, name)
    for i, name in enumerate(items["fields"].values(), start=1):
        put_cell(lists, i, 2, name)
    for i, text in enumerate(SAATY_TEXT, start=1):
        put_cell(lists, i, 3, text)
    lists.sheet_state = "hidden"

    def validation(ws, formula, *, error, kind="list", **kw):
        dv = DataValidation(
            type=kind,
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=_t("x_invalid", lang),
            error=error,
            **kw,
        )
        ws.add_data_validation(dv)
        return dv

    def to_fill(cell, dv=None, text=False):
        cell.fill = fill
        if text:
            cell.number_format = "@"
        if dv is not None:
            dv.add(cell)
        return cell

    def top(ws, kind, howto):
        ws.column_dimensions["A"].hidden = True
        put_cell(ws, 1, 2, _t(f"{kind}_title", lang)).font = Font(bold=True, size=13)
        put_cell(ws, 2, 2, f"{_t('session', lang)}: {store.name}")
        put_cell(ws, 3, 2, howto).alignment = Alignment(wrap_text=False)
        return 5

    def person(ws, r, who, region_dv):
        name, region = who
        put_cell(ws, r, 1, NAME_KEY)
        put_cell(ws, r, 2, _t("name", lang)).font = bold
        to_fill(put_cell(ws, r, 3, name or None)).font = bold
        put_cell(ws, r, 4, _t("region", lang)).font = bold
        to_fill(put_cell(ws, r, 5, region or None), region_dv).font = bold

    def region_validation(ws):
        if not members:
            return None
        return validation(
            ws,
            f"'_daftar'!$A$1:$A${len(members)}",
            error=_t("x_pick_region", lang),
        )

    scale_list = ",".join(str(v) for v in range(lo, hi + 1))
    blank_note = _t("x_blank", lang)

    # factor ratings: like the paper, factor rows, importance and condition columns
    ws = sheets["factor"]
    r = top(ws, "factor", f"{_t('x_copy_scale', lang, low=lo, high=hi)} {blank_note}")
    dv, rdv = (
        validation(ws, f'"{scale_list}"', error=_t("x_pick_scale", lang, low=lo, high=hi)),
        region_validation(ws),
    )
    for who in people:
        person(ws, r, who, rdv)
        put_cell(ws, r + 1, 1, HEAD_KEY)
        for j, text in enumerate(
            (
                _t("factor", lang),
                i18n.t("measure_importance", lang=lang),
                i18n.t("measure_condition", lang=lang),
            ),
            start=2,
        ):
            put_cell(ws, r + 1, j, text).font = bold
        for i, (fid, name) in enumerate(items["factors"].items(), start=1):
            row = r + 1 + i
            put_cell(ws, row, 1, fid)
            put_cell(ws, row, 2, f"{i}. {name}")
            for col in (3, 4):
                to_fill(ws.cell(row=row, column=col), dv)
        r += len(items["factors"]) + 3
    ws.column_dimensions["B"].width = 58
    for col in "CDE":
        ws.column_dimensions[col].width = 20

    # field scores: field rows, one column per criterion
    ws = sheets["field"]
    crit = items["criteria"]
    r = top(ws, "field", f"{_t('x_copy_scale', lang, low=lo, high=hi)} {blank_note}")
    dv, rdv = (
        validation(ws, f'"{scale_list}"', error=_t("x_pick_scale", lang, low=lo, high=hi)),
        region_validation(ws),
    )
    for who in people:
        person(ws, r, who, rdv)
        put_cell(ws, r + 1, 1, HEAD_KEY)
        put_cell(ws, r + 1, 2, _t("field", lang)).font = bold
        for j, name in enumerate(crit.values(), start=3):
            cell = put_cell(ws, r + 1, j, name)
            cell.font, cell.alignment = bold, wrap
        for i, (fid, name) in enumerate(items["fields"].items(), start=1):
            row = r + 1 + i
            put_cell(ws, row, 1, fid)
            put_cell(ws, row, 2, name).font = bold
            for j in range(len(crit)):
                to_fill(ws.cell(row=row, column=3 + j), dv)
        r += len(items["fields"]) + 3
    ws.column_dimensions["B"].width = 34
    for j in range(len(crit) + 1):
        ws.column_dimensions[ws.cell(row=1, column=3 + j).column_letter].width = 18

    # pairwise comparisons: criterion A | value | criterion B
    ws = sheets["ahp"]
    r = top(ws, "ahp", f"{_t('x_copy_ahp', lang)} {_t('x_ahp_blank', lang)}")
    dv = validation(ws, f"'_daftar'!$C$1:$C${len(SAATY_TEXT)}", error=_t("x_pick_saaty", lang))
    rdv = region_validation(ws)
    ids = list(crit)
    for who in people:
        person(ws, r, who, rdv)
        put_cell(ws, r + 1, 1, HEAD_KEY)
        for j, text in enumerate(
            (_t("ahp_left", lang), _t("x_ahp_value", lang), _t("ahp_right", lang)), start=2
        ):
            put_cell(ws, r + 1, j, text).font = bold
        for k, (a, b) in enumerate(combinations(ids, 2), start=1):
            row = r + 1 + k
            put_cell(ws, row, 1, f"{a}|{b}")
            put_cell(ws, row, 2, crit[a]).font = bold
            cell = to_fill(ws.cell(row=row, column=3), dv, text=True)
            cell.alignment = Alignment(horizontal="center")
            put_cell(ws, row, 4, crit[b]).font = bold
        r += len(ids) * (len(ids) - 1) // 2 + 3
    ws.column_dimensions["B"].width = 36
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 36
    ws.column_dimensions["E"].width = 20

    # vision: vision and mission lines, then the focus-activity table
    ws = sheets["vision"]
    r = top(ws, "vision", f"{_t('x_copy_vision', lang)} {blank_note}")
    rdv = region_validation(ws)
    fdv = (
        validation(ws, f"'_daftar'!$B$1:$B${len(items['fields'])}", error=_t("x_pick_field", lang))
        if items["fields"]
        else None
    )
    names = list(items["fields"].values())[:max_rows]
    lines = len(names) or 5  # the printed sheet's lines (vision_sheet)
    top = max(len(items["fields"]), lines)
    pdv = validation(
        ws,
        "1",
        kind="whole",
        operator="between",
        formula2=str(top),
        error=_t("x_pick_priority", lang, high=top),
    )
    for _ in range(int(tables)):
        person(ws, r, ("", ""), rdv)
        for k, key in enumerate(VISION_ROWS, start=1):
            put_cell(ws, r + k, 1, key)
            put_cell(
                ws, r + k, 2, _t("vision" if key == "_vision" else "mission", lang)
            ).font = bold
            to_fill(ws.cell(row=r + k, column=3), text=True).alignment = wrap
            ws.merge_cells(start_row=r + k, start_column=3, end_row=r + k, end_column=8)
            ws.row_dimensions[r + k].height = 45
        put_cell(ws, r + 3, 1, HEAD_KEY)
        for j, col in enumerate(ACTIVITY_COLUMNS, start=2):
            cell = put_cell(ws, r + 3, j, _t(col, lang))
            cell.font, cell.alignment = bold, wrap
        for k in range(lines):
            row = r + 4 + k
            put_cell(ws, row, 1, ACT_KEY)
            for j, col in enumerate(ACTIVITY_COLUMNS, start=2):
                cell = to_fill(ws.cell(row=row, column=j), text=col != "priority")
                if col == "field":
                    if k < len(names):
                        put_cell(ws, row, j, names[k])
                    if fdv is not None:
                        fdv.add(cell)
                elif col == "priority":
                    pdv.add(cell)
        r += 4 + lines + 1
    for col, width in zip("BCDEFGH", (34, 26, 22, 22, 14, 10, 26), strict=True):
        ws.column_dimensions[col].width = width

    for i, line in enumerate(_t("x_help", lang, low=lo, high=hi).split("\n"), start=1):
        put_cell(help_ws, i, 1, line)
    help_ws.column_dimensions["A"].width = 110
    meta = wb.create_sheet(META_SHEET)
    for k, (key, value) in enumerate(
        [
            ("schema", PAPER_SCHEMA),
            ("kind", "paper"),
            ("session", store.name),
            ("lang", lang),
            ("scale", json.dumps([lo, hi])),
            ("factors", json.dumps(list(items["factors"]))),
            ("fields", json.dumps(items["fields"], ensure_ascii=False)),
            ("criteria", json.dumps(list(crit))),
            ("members", json.dumps(members, ensure_ascii=False)),
            ("priority_max", json.dumps(top)),
            ("sheets", json.dumps({k: s.title for k, s in sheets.items()}, ensure_ascii=False)),
        ],
        start=1,
    ):
        put_cell(meta, k, 1, key)
        put_cell(meta, k, 2, value)
    meta.sheet_state = "hidden"
    wb.active = 1
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _paper_number(value, where, *, lo, hi, saaty=False):
    """A typed number, checked: ``None`` when blank; whole numbers lo–hi, or a Saaty value (``"1/3"``, ``"0,5"``)."""
    import math
    from datetime import date as _date
    from datetime import time as _time

    allowed = ("allow_saaty", {}) if saaty else ("allow_scale", {"lo": lo, "hi": hi})
    if _is_blank(value):
        return None
    if isinstance(value, bool) or isinstance(value, (_date, _time)):
        # a date is what Excel makes of "1/3" typed into a number cell
        raise KadDataError("err_not_numeric", **where, value=value, allowed=allowed)
    if isinstance(value, str):
        text = value.strip().replace(" ", "")
        frac = re.fullmatch(r"(\d+)/(\d+)", text)
        try:
            number = (
                int(frac[1]) / int(frac[2])
                if frac and int(frac[2])
                else float(text.replace(",", "."))
            )
        except ValueError:
            raise KadDataError("err_not_numeric", **where, value=value, allowed=allowed) from None
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        raise KadDataError("err_not_numeric", **where, value=value, allowed=allowed)
    if not math.isfinite(number):
        raise KadDataError("err_not_numeric", **where, value=value, allowed=allowed)
    if saaty:
        for v in _SAATY.values():
            if abs(number - v) < 1e-3:
                return v
        raise KadDataError("err_out_of_scale", **where, value=value, allowed=allowed)
    if not (lo <= number <= hi) or number != int(number):
        raise KadDataError("err_out_of_scale", **where, value=value, allowed=allowed)
    return int(number)


def _paper_text(cell, where, limit):
    from datetime import date as _date

    from .store import clean_text

    value = cell.value
    if cell.data_type == "f":
        raise KadDataError("err_formula", **where, value=value, allowed=("allow_plain_text", {}))
    if _is_blank(value):
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    if isinstance(value, _date):
        value = value.isoformat()[:10]
    text = clean_text(value, limit=limit + 1)
    if len(text) > limit:
        raise KadDataError(
            "err_text_long",
            **where,
            value=text[:40] + "…",
            allowed=("allow_text_len", {"n": limit}),
        )
    return text


def _meta(wb, file):
    if META_SHEET not in wb.sheetnames:
        raise KadDataError("err_not_template", file=file, allowed=("allow_paper_template", {}))
    ws = wb[META_SHEET]
    meta = {}
    for row in ws.iter_rows(min_row=1, max_row=20, max_col=2, values_only=True):
        if row[0] is not None:
            meta[str(row[0])] = row[1]
    bad = KadDataError("err_not_template", file=file, allowed=("allow_paper_template", {}))
    if meta.get("kind") != "paper":
        raise bad
    try:
        out = {
            k: json.loads(meta[k])
            for k in ("scale", "factors", "fields", "criteria", "members", "sheets", "priority_max")
        }
        out["session"], out["lang"] = str(meta["session"]), str(meta.get("lang") or "id")
        strings = lambda xs: isinstance(xs, list) and all(isinstance(x, str) for x in xs)  # noqa: E731
        ok = (
            out["lang"] in ("id", "en")
            and isinstance(out["scale"], list)
            and len(out["scale"]) == 2
            and all(type(v) is int for v in out["scale"])
            and out["scale"][0] < out["scale"][1]
            and strings(out["factors"])
            and strings(out["criteria"])
            and isinstance(out["fields"], dict)
            and strings(list(out["fields"].values()))
            and isinstance(out["members"], list)
            and all(strings(m) and len(m) == 2 for m in out["members"])
            and isinstance(out["sheets"], dict)
            and set(out["sheets"]) == set(PAPER_STEPS)
            and strings(list(out["sheets"].values()))
            and type(out["priority_max"]) is int
            and out["priority_max"] >= 1
        )
    except (KeyError, TypeError, ValueError):  # a key missing, or JSON that is not JSON
        raise bad from None
    if not ok:
        raise bad
    return out


def read_filled(path, *, session=None, name=None) -> pd.DataFrame:
    """Read a filled note taker's workbook (:func:`entry_workbook`) back, checking every value.

    Blank cells are *not answered* (nothing is stored for them); a block with a
    name but no value is listed in ``frame.attrs["blank"]``.  Checked: the
    scale (whole numbers, e.g. 1–5; ``"4"`` and ``"4,0"`` are read as 4),
    Saaty's values for the pairwise comparisons (9 … 2, 1, 1/2 … 1/9, written
    ``3``, ``1/3``, ``0,5`` or ``0.333``; a pair sheet is all or nothing), the
    region (a member of the group, by name or code), the field of an
    activity, the priority, text length; a formula anywhere is refused, a
    name starting with "=" written as text is kept as it is.

    Parameters
    ----------
    path : path, file object or openpyxl Workbook
        The filled ``.xlsx`` (an upload can be passed as a file object).
    session : str, optional
        Refuse a workbook made for another session.
    name : str, optional
        The file name the messages show (default: the path's name).

    Returns
    -------
    DataFrame
        One row per store entry: ``sheet, step, name, region, item, measure,
        value, text, row, column, block`` (``row``/``column``: the Excel cell it
        came from — for a vision entry, the first cell of its line; ``block``:
        the row of the block's name).

    Raises
    ------
    KadDataError
        Naming the file, the sheet and Excel row, the column, the value and
        what is allowed: a value outside the scale or not a number, a value not
        on Saaty's scale, an incomplete pair sheet, an unknown region or field,
        values without a name, the same person twice in a sheet, a formula,
        a changed item code, a workbook from another session.

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.mkdtemp()
    >>> s = open_session("kelas-kertas", folder=tmp, group="kartamantul")
    >>> path = entry_workbook(s, f"{tmp}/isian.xlsx", spare=2)
    >>> wb = load_workbook(path)
    >>> ws = wb["Faktor"]
    >>> ws["C5"], ws["E5"] = "Budi", "Sleman"     # the first blank block, as the note taker types it
    >>> ws["C7"], ws["D7"] = 5, "4"
    >>> wb.save(path)
    >>> read_filled(path)[["name", "region", "item", "measure", "value"]].values.tolist()
    [['Budi', '3404', 'komitmen_pimpinan', 'importance', 5.0], ['Budi', '3404', 'komitmen_pimpinan', 'condition', 4.0]]
    >>> ws["D7"] = 7
    >>> wb.save(path)
    >>> read_filled(path)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'isian.xlsx', lembar 'Faktor', baris 7, kolom 'D', nilai 7: nilai di luar skala...
    """
    import pandas as pd
    from openpyxl import Workbook, load_workbook

    from .store import MAX_NAME, MAX_TEXT, clean_text, name_key

    if isinstance(path, Workbook):  # already open (a test, or a caller that opened it)
        wb, file = path, str(name or "isian.xlsx")
    else:
        given = path if isinstance(path, (str, Path)) else getattr(path, "name", None)
        file = str(name) if name else (Path(given).name if given else "isian.xlsx")
        if isinstance(path, (str, Path)) and not Path(path).is_file():
            raise KadDataError(
                "err_file_missing", file=str(path), allowed=("allow_paper_template", {})
            )
        try:  # formulas stay formulas: nothing is evaluated
            wb = load_workbook(path, data_only=False)
        except Exception:  # not an XLSX, a damaged zip ...: never a raw traceback
            raise KadDataError(
                "err_not_template", file=file, allowed=("allow_paper_template", {})
            ) from None
    meta = _meta(wb, file)
    if session is not None and meta["session"] != session:
        raise KadDataError(
            "err_other_session",
            file=file,
            value=meta["session"],
            allowed=("allow_session", {"session": session}),
        )
    lo, hi = (int(v) for v in meta["scale"])
    top = int(meta["priority_max"])
    fields = dict(meta["fields"])
    criteria = list(meta["criteria"])
    members = [tuple(m) for m in meta["members"]]
    by_key = {}
    for code, name in members:
        by_key[name_key(code)] = code
        by_key[name_key(name)] = code
    field_by_key = {name_key(v): k for k, v in fields.items()} | {name_key(k): k for k in fields}
    pairs = [f"{a}|{b}" for a, b in combinations(criteria, 2)]
    rows_of = {
        "factor": list(meta["factors"]),
        "field": list(fields),
        "ahp": pairs,
        "vision": list(VISION_ROWS),
    }
    out, blank = [], []
    for kind, step in PAPER_STEPS.items():
        title = meta["sheets"].get(kind)
        if title not in wb.sheetnames:
            raise KadDataError(
                "err_not_template",
                file=file,
                column=title,
                allowed=("allow_paper_template", {}),
            )
        ws = wb[title]
        at = lambda r, c, _t=title, _f=file: {"file": _f, "sheet": _t, "row": r, "column": c}  # noqa: E731
        inputs = {
            "factor": [3, 4],
            "field": list(range(3, 3 + len(criteria))),
            "ahp": [3],
            "vision": list(range(2, 2 + len(ACTIVITY_COLUMNS))),
        }[kind]
        blocks, block = [], None
        for r in range(1, ws.max_row + 1):
            key = ws.cell(row=r, column=1).value
            key = key.strip() if isinstance(key, str) else key
            if key == NAME_KEY:
                block = {"row": r, "cells": {}, "acts": [], "seen": set()}
                blocks.append(block)
                for col, what in ((3, "name"), (5, "region")):
                    cell = ws.cell(row=r, column=col)
                    block[what] = _paper_text(cell, at(r, cell.column_letter), MAX_NAME)
                continue
            if key == HEAD_KEY:
                continue
            if key is None or key == "":
                extra = [c for c in range(3, 10) if not _is_blank(ws.cell(row=r, column=c).value)]
                if r > 3 and extra:  # something typed on a row the workbook did not make
                    cell = ws.cell(row=r, column=extra[0])
                    raise KadDataError(
                        "err_template_changed",
                        **at(r, cell.column_letter),
                        value=cell.value,
                        allowed=("allow_paper_template", {}),
                    )
                continue
            known = rows_of[kind] + ([ACT_KEY] if kind == "vision" else [])
            if block is None or key not in known or (key != ACT_KEY and key in block["seen"]):
                raise KadDataError(
                    "err_template_changed",
                    **at(r, "A"),
                    value=key,
                    allowed=("allow_paper_template", {}),
                )
            block["seen"].add(key)
            if kind == "vision":
                if key in VISION_ROWS:
                    cell = ws.cell(row=r, column=3)
                    block["cells"][key] = (
                        _paper_text(cell, at(r, "C"), MAX_TEXT // 2),
                        r,
                    )
                else:
                    line = {}
                    for j, col in enumerate(ACTIVITY_COLUMNS, start=2):
                        cell = ws.cell(row=r, column=j)
                        where = at(r, cell.column_letter)
                        if col == "priority":
                            if cell.data_type == "f":
                                raise KadDataError(
                                    "err_formula",
                                    **where,
                                    value=cell.value,
                                    allowed=("allow_plain_text", {}),
                                )
                            line[col] = _paper_number(cell.value, where, lo=1, hi=top)
                        else:
                            line[col] = _paper_text(cell, where, 300)
                    block["acts"].append((r, line))
                continue
            for j, col in enumerate(inputs):
                cell = ws.cell(row=r, column=col)
                where = at(r, cell.column_letter)
                if cell.data_type == "f":
                    raise KadDataError(
                        "err_formula",
                        **where,
                        value=cell.value,
                        allowed=("allow_saaty", {})
                        if kind == "ahp"
                        else ("allow_scale", {"lo": lo, "hi": hi}),
                    )
                v = _paper_number(cell.value, where, lo=lo, hi=hi, saaty=kind == "ahp")
                measure = {
                    "factor": ("importance", "condition")[j] if j < 2 else None,
                    "field": criteria[j] if j < len(criteria) else None,
                    "ahp": "ahp",
                }[kind]
                block["cells"][(key, measure)] = (v, r, cell.column_letter)
        seen = {}
        for b in blocks:
            answered = _block_entries(kind, b, fields, field_by_key, at, meta["lang"], pairs)
            if not b["name"] and not b["region"] and not answered:
                continue
            where = {"file": file, "sheet": title, "row": b["row"]}
            if not b["name"]:
                raise KadDataError("err_blank", **where, column="C", allowed=("allow_name", {}))
            name = clean_text(b["name"], limit=MAX_NAME)
            region = b["region"]
            if members:
                code = by_key.get(name_key(region)) if region else None
                if code is None:
                    raise KadDataError(
                        "err_blank" if not region else "err_region_not_member",
                        **where,
                        column="E",
                        value=region or None,
                        allowed=("allow_list", {"items": ", ".join(n for _, n in members)}),
                    )
                region = code
            who = (name_key(name), region)
            if who in seen:
                raise KadDataError(
                    "err_participant_twice",
                    **where,
                    column="C",
                    value=name,
                    allowed=("allow_block_once", {"other": seen[who]}),
                )
            seen[who] = b["row"]
            if not answered:
                blank.append(
                    {"sheet": title, "step": step, "name": name, "region": region, "row": b["row"]}
                )
                continue
            for (item, measure), (value, text, row, column) in answered.items():
                out.append(
                    (title, step, name, region, item, measure, value, text, row, column, b["row"])
                )
    frame = pd.DataFrame(
        out,
        columns=[
            "sheet",
            "step",
            "name",
            "region",
            "item",
            "measure",
            "value",
            "text",
            "row",
            "column",
            "block",
        ],
    )
    frame["value"] = frame["value"].astype(float)
    frame["text"] = frame["text"].astype(object).where(frame["text"].notna(), None)
    frame.attrs["blank"] = blank
    frame.attrs["session"] = meta["session"]
    frame.attrs["file"] = file
    return frame


def _block_entries(kind, b, fields, field_by_key, at, lang, pairs) -> dict:
    """``{(item, measure): (value, text, row, column)}`` answered in one block, checked."""
    from .store import MAX_TEXT, name_key

    if kind in ("factor", "field"):
        return {k: (v, None, r, c) for k, (v, r, c) in b["cells"].items() if v is not None}
    if kind == "ahp":
        got = {k: (v, None, r, c) for k, (v, r, c) in b["cells"].items() if v is not None}
        if got and len(got) < len(pairs):  # one matrix needs every pair
            r, c = (
                next((r, c) for (v, r, c) in b["cells"].values() if v is None)
                if any(v is None for (v, _r, _c) in b["cells"].values())
                else (b["row"], "C")
            )
            raise KadDataError(
                "err_blank", **at(r, c), allowed=("allow_all_pairs", {"n": len(pairs)})
            )
        if got:
            got[("_mode", "mode")] = (None, "ahp", b["row"], "C")
        return got
    out = {}
    vision = [
        f"{i18n.t('ws_' + ('vision' if key == '_vision' else 'mission'), lang=lang)}: {text}"
        for key, (text, _r) in b["cells"].items()
        if text
    ]
    if vision:
        first = min(r for text, r in b["cells"].values() if text)
        out[("_vision", "comment")] = (None, " | ".join(vision), first, "C")
    lines = {}
    for r, line in b["acts"]:
        filled = {k: v for k, v in line.items() if k != "field" and v not in ("", None)}
        if not filled:
            continue  # a field printed on the line but nothing written: not answered
        if not line["field"]:
            raise KadDataError(
                "err_blank",
                **at(r, "C"),
                allowed=("allow_list", {"items": ", ".join(fields.values())}),
            )
        fid = field_by_key.get(name_key(line["field"]))
        if fid is None:
            raise KadDataError(
                "err_unknown_item",
                **at(r, "C"),
                value=line["field"],
                allowed=("allow_list", {"items": ", ".join(fields.values())}),
            )
        text = "; ".join(f"{i18n.t('ws_' + k, lang=lang)}: {v}" for k, v in filled.items())
        lines.setdefault(fid, (r, []))[1].append(text)
    for fid, (r, texts) in lines.items():
        text = " | ".join(texts)
        if len(text) > MAX_TEXT:
            raise KadDataError(
                "err_text_long",
                **at(r, "B"),
                value=text[:40] + "…",
                allowed=("allow_text_len", {"n": MAX_TEXT}),
            )
        out[(fid, "vote")] = (1.0, None, r, "C")
        out[(fid, "comment")] = (None, text, r, "B")
    return out


def import_filled(store, paths, *, session=None) -> pd.DataFrame:
    """Put filled note taker's workbooks (:func:`read_filled`) into the session store, channel ``paper``.

    Every file is read and checked first — one bad value and nothing is
    stored.  Then each answered block becomes one submission of its
    participant (a person only on paper is registered with their region);
    every submission is committed like a phone's, together with the mark that
    it was imported, so importing the same file again stores nothing twice
    (a corrected file stores the corrected blocks only: the latest wins).

    Parameters
    ----------
    store : kadlib.store.Store
    paths : path, folder or list of paths
        The filled ``.xlsx`` (a folder: every ``*.xlsx`` in it).
    session : str, optional
        Default: the store's session name (a workbook of another session is refused).

    Returns
    -------
    DataFrame
        The report, one row per block: ``file, sheet, step, name, region,
        participant, new`` (registered by this import), ``entries`` (answered
        cells), ``status`` (``stored``; ``unchanged``: already imported;
        ``blank``: a name but nothing answered) and ``submission``;
        ``attrs["summary"]`` says it in one sentence.

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.mkdtemp()
    >>> s = open_session("kelas-kertas", folder=tmp, group="kartamantul")
    >>> path = entry_workbook(s, f"{tmp}/isian.xlsx", spare=2)
    >>> wb = load_workbook(path)
    >>> ws = wb["AHP"]
    >>> ws["C5"], ws["E5"] = "Sari", "Bantul"
    >>> for r in range(7, 17):  # "Kebutuhan" 3 times as important as each other criterion
    ...     ws.cell(row=r, column=3).value = "3" if r <= 10 else "1"
    >>> wb.save(path)
    >>> report = import_filled(s, path)
    >>> report[["name", "step", "entries", "new", "status"]].values.tolist()
    [['Sari', 'weights', 10, True, 'stored']]
    >>> again = import_filled(s, path)  # the same file again: nothing twice
    >>> again.attrs["summary"]
    '0 blok disimpan, 1 sudah pernah dimasukkan, 0 kosong (tidak dijawab)'

    >>> round(float(s.group_weights().weights["kebutuhan"]), 3)  # 3 / (3 + 1 + 1 + 1 + 1)
    0.429
    """
    import pandas as pd

    from .store import name_key

    if isinstance(paths, (str, Path)):
        paths = sorted(Path(paths).glob("*.xlsx")) if Path(paths).is_dir() else [paths]
    frames = [read_filled(p, session=store.name if session is None else session) for p in paths]
    registered = {(name_key(n), r): n for n, r in store.participants()[["name", "region"]].values}
    before = set(registered)
    for (
        frame
    ) in frames:  # a name the store would refuse stops the import before anything is written
        for r in frame.drop_duplicates(["sheet", "name", "region"]).itertuples():
            other = registered.get((name_key(r.name), r.region))
            if other is not None and other != r.name:
                raise KadDataError(
                    "err_duplicate_name",
                    file=frame.attrs["file"],
                    sheet=r.sheet,
                    row=int(r.block),
                    column="C",
                    value=r.name,
                    other=other,
                    allowed=("allow_distinct_name", {}),
                )
    report = []
    columns = [
        "file",
        "sheet",
        "step",
        "name",
        "region",
        "participant",
        "new",
        "entries",
        "status",
        "submission",
    ]
    for frame in frames:
        file = frame.attrs["file"]
        for b in frame.attrs["blank"]:
            report.append(
                [file, b["sheet"], b["step"], b["name"], b["region"], None, False, 0, "blank", None]
            )
        for (sheet, step, name, region), part in frame.groupby(
            ["sheet", "step", "name", "region"], sort=False
        ):
            first = part.iloc[0]
            try:
                pid = store.add_participant(name, region, channel="paper")
            except KadDataError as err:
                raise KadDataError(
                    err.key,
                    file=file,
                    sheet=sheet,
                    row=int(first["block"]),
                    column="C",
                    value=name,
                    allowed=err.allowed,
                    **err.details,
                ) from None
            entries = {
                (r.item, r.measure): (r.text if isinstance(r.text, str) else r.value)
                for r in part.itertuples()
            }
            digest = hashlib.sha256(
                json.dumps(sorted((i, m, str(v)) for (i, m), v in entries.items())).encode()
            ).hexdigest()
            source = f"paper:{step}:{pid}"
            new = (name_key(name), region) not in before
            before.add((name_key(name), region))
            answered = len([k for k in entries if k != ("_mode", "mode")])
            if store.imported(source, digest):
                report.append(
                    [file, sheet, step, name, region, pid, new, answered, "unchanged", None]
                )
                continue
            sid = store.submit(
                pid, step, entries, channel="paper", check_open=False, imported=(source, digest)
            )
            report.append([file, sheet, step, name, region, pid, new, answered, "stored", sid])
    out = pd.DataFrame(report, columns=columns)
    out["submission"] = out["submission"].astype("Int64")
    counts = out["status"].value_counts()
    out.attrs["summary"] = _t(
        "x_report", **{k: int(counts.get(k, 0)) for k in ("stored", "unchanged", "blank")}
    )
    return out


def rehearse_filled(path, n: int = 3, *, seed: int = 0) -> Path:
    """Fill a note taker's workbook with ``n`` made-up paper participants, for a rehearsal (values are **rekaan**).

    Each person gets every factor, every field score, every pair and — the
    first one — a vision block; a person whose block already carries their
    name is filled there, else the next blank block.  The same ``seed`` gives
    the same values, so importing a rehearsal again stores nothing twice.

    Examples
    --------
    >>> import tempfile
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.mkdtemp()
    >>> s = open_session("gladi-kertas", folder=tmp, group="kartamantul")
    >>> path = rehearse_filled(entry_workbook(s, f"{tmp}/isian.xlsx"), n=2, seed=1)
    >>> frame = read_filled(path)
    >>> sorted(frame["name"].unique())
    ['Peserta kertas 1 (rekaan)', 'Peserta kertas 2 (rekaan)']
    >>> frame.groupby("step").size().to_dict()
    {'factors': 68, 'fields': 50, 'vision': 3, 'weights': 22}
    """
    import random

    from openpyxl import load_workbook

    from .store import name_key

    path = Path(path)
    wb = load_workbook(path)
    meta = _meta(wb, path.name)
    lo, hi = (int(v) for v in meta["scale"])
    members = [name for _code, name in meta["members"]] or [""]
    rng = random.Random(seed)
    people = [
        (_t("x_rehearsal_name", meta["lang"], k=k + 1), members[k % len(members)]) for k in range(n)
    ]

    def block_of(ws, name):
        rows = [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == NAME_KEY]
        for r in rows:
            if name_key(ws.cell(row=r, column=3).value or "") == name_key(name):
                return r
        return next(r for r in rows if _is_blank(ws.cell(row=r, column=3).value))

    def item_rows(ws, start):
        r = start + 1
        while ws.cell(row=r, column=1).value not in (None, NAME_KEY):
            if ws.cell(row=r, column=1).value not in (HEAD_KEY, ACT_KEY):
                yield r
            r += 1

    widths = {"factor": 2, "field": len(meta["criteria"]), "ahp": 1}
    for kind, width in widths.items():
        ws = wb[meta["sheets"][kind]]
        for name, region in people:
            start = block_of(ws, name)
            ws.cell(row=start, column=3).value, ws.cell(row=start, column=5).value = name, region
            for r in item_rows(ws, start):
                for j in range(width):
                    put_cell(
                        ws,
                        r,
                        3 + j,
                        rng.choice(["5", "3", "1", "1/3", "1/5"])
                        if kind == "ahp"
                        else rng.randint(lo, hi),
                    )
    ws = wb[meta["sheets"]["vision"]]
    start = block_of(ws, people[0][0])
    ws.cell(row=start, column=3).value, ws.cell(row=start, column=5).value = people[0]
    ws.cell(row=start + 1, column=3).value = _t("x_rehearsal_vision", meta["lang"])
    ws.cell(row=start + 4, column=2).value = _t("x_rehearsal_activity", meta["lang"])
    ws.cell(row=start + 4, column=7).value = 1
    wb.save(path)
    return path
