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
from datetime import date
from itertools import combinations
from pathlib import Path

from . import i18n
from .report import Num, html_table, put_cell

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


def ahp_sheet(criteria=None, *, session="", lang=None) -> str:
    """Pairwise comparison of the criteria on Saaty's 1–9 scale: circle towards the more important one."""
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
    body = (
        f"<div class='sheet'>{_header(_t('ahp_title', lang), session, lang)}"
        f"<p class='small'>{_esc(_t('ahp_howto', lang))}</p>"
        f"<table class='pair'><thead>{head}</thead><tbody>{rows}</tbody></table></div>"
    )
    return _page(_t("ahp_title", lang), body, lang)


def vision_sheet(*, session="", fields=None, lang=None) -> str:
    """Per table: shared vision, mission, and focus activities with regions, lead, timeframe, priority, indicator."""
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
    """Write the four sheets to the results folder (``hasil/``); returns their paths."""
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
    """The bundled data files with their SHA-256 (computed now) and whether it matches the registry."""
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
    """The berita acara as one printable HTML page (A4); written to ``path`` if given, else returned as text."""
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
    """The berita acara as an Excel workbook: one sheet per table, numbers as numeric cells, never formulas."""
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
