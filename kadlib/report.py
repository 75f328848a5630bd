"""The SKAD result document: one call turns a scenario into printable HTML and an Excel workbook.

The HTML is a single self-contained file — styles inline, every chart and map
embedded as a PNG data URI, no scripts, nothing fetched from the network — so
a facilitator can print it or send it by e-mail.  The XLSX holds the same
tables for officials who work in Excel.

Everything participants typed is treated as text: escaped in HTML, and in
XLSX a cell that starts with ``=``, ``+``, ``-`` or ``@`` is stored as text
(never as a formula).
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

from . import i18n
from .scenario import Scenario, step_text


def _t(key, lang, **kw):
    return i18n.t(f"report_{key}", lang=lang, **kw)


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


class Num:
    """A number in a result table: formatted for the reader in HTML, a real numeric cell in XLSX.

    ``percent=True`` stores a fraction (0.412) shown as "41,2 %" / "41.2 %".

    Examples
    --------
    >>> Num(1234.5, 1).text("id"), Num(1234.5, 1).text("en"), Num(0.412, 1, percent=True).text("id")
    ('1.234,5', '1,234.5', '41,2 %')
    >>> Num(float("nan")).text(), Num(2.0, 3).excel_format(), Num(0.5, 0, percent=True).excel_format()
    ('–', '#,##0.000', '0%')
    """

    def __init__(self, value, decimals=2, percent=False):
        self.value = None if value is None or value != value else float(value)
        self.decimals, self.percent = decimals, percent

    def text(self, lang=None) -> str:
        if self.value is None:
            return "–"
        if self.percent:
            return f"{i18n.format_number(100 * self.value, self.decimals, lang=lang)} %"
        return i18n.format_number(self.value, self.decimals, lang=lang)

    def excel_format(self) -> str:
        zeros = "0" * self.decimals
        return (
            (f"0.{zeros}%" if zeros else "0%")
            if self.percent
            else (f"#,##0.{zeros}" if zeros else "#,##0")
        )

    def __str__(self):
        return self.text()


def cell_text(value, lang=None) -> str:
    """A table cell as text: a :class:`Num` in the language's number format, ``None`` as empty.

    Examples
    --------
    >>> cell_text(Num(1234.5, 1), "id"), cell_text(None)
    ('1.234,5', '')
    """
    return value.text(lang) if isinstance(value, Num) else ("" if value is None else str(value))


def html_table(headers, rows, lang=None, css="") -> str:
    """An HTML table with every cell escaped, numbers (:class:`Num`) in the language's format.

    ``headers=None`` for a key/value table without a header; ``css`` a class for the table.
    The result document and the worksheets / berita acara share it.

    Examples
    --------
    >>> html_table(["wilayah", "PDRB"], [["Sleman <b>", Num(1234.5, 1)], ["Bantul", None]], "id")
    "<table><thead><tr><th>wilayah</th><th>PDRB</th></tr></thead><tbody><tr><td>Sleman &lt;b&gt;</td><td class='num'>1.234,5</td></tr><tr><td>Bantul</td><td></td></tr></tbody></table>"
    """
    head = (
        ""
        if headers is None
        else "<thead><tr>" + "".join(f"<th>{_esc(h)}</th>" for h in headers) + "</tr></thead>"
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td class='num'>{_esc(c.text(lang))}</td>"
            if isinstance(c, Num)
            else f"<td>{_esc(cell_text(c, lang))}</td>"
            for c in row
        )
        + "</tr>"
        for row in rows
    )
    opening = f"<table class='{_esc(css)}'>" if css else "<table>"
    return f"{opening}{head}<tbody>{body}</tbody></table>"


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _figures(scenario: Scenario, lang=None) -> list[tuple[str, str]]:
    """(caption, data URI) for the group map and the LQ chart the scenario holds.

    The LQ is drawn from ``scenario.baseline["lq"]`` as recorded
    (:meth:`~kadlib.scenario.Scenario.record_baseline`), never recomputed here.
    """
    import matplotlib.pyplot as plt

    from . import maps, plots
    from .datasets import load_regions

    out = []
    members = scenario.members
    if not members:
        return out
    layer_codes = set(load_regions()["region_code"])
    layer = "jateng_diy" if set(members) <= layer_codes else "indonesia"
    fig, ax = plt.subplots(figsize=(7, 5))
    maps.group_map(codes=members, layer=layer, ax=ax, title=scenario.group or scenario.title)
    maps.add_scale_bar(ax)
    out.append((scenario.group or scenario.title, _png(fig)))
    lq = scenario.lq_frame()
    if lq["lq"].notna().any():
        before = i18n.get_language()
        i18n.set_language(lang or before)  # the chart in the document's language
        try:
            fig, ax = plt.subplots(figsize=(10, 0.45 * lq["region_code"].nunique() + 2))
            plots.lq_heatmap(lq, ax=ax)
        finally:
            i18n.set_language(before)
        out.append((_lq_caption(scenario, lang), _png(fig)))
    return out


def _lq_caption(s: Scenario, lang) -> str:
    """What the stored LQ is: year, reference, data set, and the flagged data left out."""
    from .regions import region_name

    lq = s.baseline["lq"]
    refs = sorted(set((lq.get("reference_code") or {}).values()))
    text = _t(
        "lq_caption",
        lang,
        year=lq.get("year"),
        ref=", ".join(region_name(r) for r in refs) or "-",
        dataset=lq.get("dataset", ""),
    )
    if lq.get("excluded"):
        text += " " + _t("lq_excluded", lang, items="; ".join(lq["excluded"]))
    return text


CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { border-bottom: 3px solid #d95f02; padding-bottom: .3em; }
h2 { color: #1f4e79; margin-top: 1.6em; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: 0.92em; }
th, td { border: 1px solid #ccc; padding: .35em .5em; text-align: left; vertical-align: top; }
th { background: #f0f4f8; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1em 0; text-align: center; page-break-inside: avoid; }
figure img { max-width: 100%; }
figcaption, .small { font-size: 0.85em; color: #555; }
.vision { font-size: 1.15em; font-style: italic; background: #fff8e6; padding: .8em; border-left: 4px solid #d95f02; }
@media print { body { margin: 0; } }
"""


def _tables(s: Scenario, lang: str) -> dict:
    """Every table of the result document, defined once for both HTML and XLSX: name -> (headers, rows)."""
    from .datasets import list_datasets, load_sources
    from .regions import region_name
    from .scoring import gate_text

    meta = s.metadata
    label = lambda sid: s.sectors.get(sid, {}).get("label", sid)  # noqa: E731
    tables = {
        "cover": (
            None,
            [
                [_t("group", lang), s.group or "-"],
                [_t("members", lang), ", ".join(f"{region_name(c)} ({c})" for c in s.members)],
                [_t("date", lang), meta.get("date", "")],
                [_t("facilitator", lang), meta.get("facilitator", "")],
                [_t("participants", lang), ", ".join(map(str, meta.get("participants", [])))],
            ],
        )
    }
    if s.factor_priorities:
        keys = list(s.factor_priorities[0].keys())
        heads = {
            "item": "factor",
            "factor": "factor",
            "importance": "importance",
            "condition": "condition",
            "gap": "gap",
            "quadrant": "quadrant",
            "label": "quadrant",
            "priority": "priority",
        }
        tables["factors"] = (
            [_t(heads[k], lang) if k in heads else k for k in keys],
            [
                [Num(v, 2) if isinstance(v, float) else v for v in (row.get(k, "") for k in keys)]
                for row in s.factor_priorities
            ],
        )
    if s.ranking:
        tables["ranking"] = (
            [
                _t("rank", lang),
                _t("sector", lang),
                _t("score", lang),
                _t("gate", lang),
                _t("gate_reason", lang),
            ],
            [
                [
                    int(r["rank"]),
                    label(r["sector"]),
                    Num(r["score"], 3),
                    _t("yes" if r.get("passes_gate", True) else "no", lang),
                    gate_text(r.get("gate_reason", ""), r.get("gate_detail"), lang),
                ]
                for r in s.ranking
            ],
        )
        weights = [[_criterion(c, lang), Num(w, 1, percent=True)] for c, w in s.weights.items()]
        if s.ahp:
            weights.append([f"AHP CR ({s.ahp.get('ri_table', '')})", Num(s.ahp.get("cr", 0), 3)])
        tables["weights"] = ([_t("criterion", lang), _t("weight", lang)], weights)
    lq = s.lq_frame()
    if len(lq):
        from .datasets import load_sectors

        wide = lq.pivot(index="region_code", columns="sector_code", values="lq")
        order = [c for c in load_sectors()["sector_code"] if c in wide.columns]
        order += [c for c in wide.columns if c not in order]
        members = [c for c in s.members if c in wide.index] + [
            c for c in wide.index if c not in s.members
        ]
        tables["lq"] = (
            [_t("region", lang), *order],
            [[region_name(c), *(Num(wide.at[c, k], 2) for k in order)] for c in members],
        )
    if s.mission:
        tables["mission"] = ([_t("mission", lang)], [[m] for m in s.mission])
    if s.focus_activities:
        tables["focus"] = (
            [_t("focus", lang), _t("sector", lang), _t("description", lang)],
            [
                [f.get("name"), f.get("sector", ""), f.get("description", "")]
                for f in s.focus_activities
            ],
        )
    if s.actors:
        tables["actors"] = (
            [_t("name", lang), _t("region", lang), _t("role", lang)],
            [[a.get("name"), a.get("region", ""), a.get("role", "")] for a in s.actors],
        )
    if s.indicators:
        tables["indicators"] = (
            [
                _t("name", lang),
                _t("unit", lang),
                _t("baseline_value", lang),
                _t("year", lang),
                _t("target", lang),
                _t("year", lang),
                _t("source", lang),
            ],
            [
                [
                    i.get("name"),
                    i.get("unit"),
                    _number(i.get("baseline")),
                    i.get("baseline_year") or "",
                    _number(i.get("target")),
                    i.get("target_year") or "",
                    i.get("source", ""),
                ]
                for i in s.indicators
            ],
        )
    if s.next_steps:
        tables["steps"] = (
            [_t("step", lang), _t("source", lang)],
            [[step_text(n, lang), n.get("source", "")] for n in s.next_steps],
        )
    sources = load_sources().set_index("source_id")
    used = sorted(
        {x.strip() for cell in list_datasets()["sources"] for x in cell.split(",")}
        & set(sources.index)
    )
    tables["sources"] = (
        [_t("source", lang), "", ""],
        [[sid, sources.at[sid, "attribution"], sources.at[sid, "licence"]] for sid in used],
    )
    return tables


def to_html(scenario: Scenario, path, *, lang: str | None = None, figures: bool = True) -> Path:
    """Write the SKAD result document as one self-contained HTML file. Returns the path.

    The LQ chart is the table the scenario holds (:meth:`Scenario.record_baseline
    <kadlib.scenario.Scenario.record_baseline>`), never recomputed; without one the
    document says so.  ``figures=False`` leaves out the map and the chart (faster).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from kadlib.scenario import Scenario
    >>> s = Scenario(title="Contoh <Kartamantul>", members=["3402", "3404", "3471"],
    ...              vision="Sampah ditangani bersama")
    >>> path = to_html(s, pathlib.Path(tempfile.mkdtemp()) / "hasil.html", figures=False)
    >>> text = path.read_text(encoding="utf-8")
    >>> "Contoh &lt;Kartamantul&gt;" in text, "<script" in text, "tidak menyimpan tabel LQ" in text
    (True, False, True)
    """
    from . import __version__

    lang = lang or i18n.get_language()
    s = scenario.validate()
    tables = _tables(s, lang)

    def section(level, title_key, name, suffix=""):
        if name in tables:
            parts.append(
                f"<h{level}>{_esc(_t(title_key, lang))}{_esc(suffix)}</h{level}>"
                + html_table(*tables[name], lang)
            )

    parts = [f"<h1>{_esc(_t('doc_title', lang))}: {_esc(s.title)}</h1>"]
    section(2, "cover", "cover")
    if s.members:
        parts.append(f"<h2>{_esc(_t('baseline', lang))}</h2>")
        for caption, uri in _figures(s, lang) if figures else []:
            parts.append(
                f'<figure><img alt="{_esc(caption)}" src="{uri}"><figcaption>{_esc(caption)}</figcaption></figure>'
            )
        if "lq" not in tables:
            parts.append(f"<p class='small'>{_esc(_t('lq_missing', lang))}</p>")
        elif not figures:
            parts.append(f"<p class='small'>{_esc(_lq_caption(s, lang))}</p>")
    section(2, "factors", "factors")
    section(2, "ranking", "ranking", f" ({s.method.upper()})")
    section(3, "weights", "weights")
    if s.ranking and s.robustness:
        r = s.robustness
        top = s.sectors.get(r["top"], {}).get("label", r["top"])
        sentence = i18n.t(
            "robust_summary",
            lang=lang,
            top=top,
            p=f"{i18n.format_number(100 * r['p_top_stays_first'], 0, lang=lang)} %",
            n=r["draws"],
        )
        parts.append(f"<h3>{_esc(_t('robustness', lang))}</h3><p>{_esc(sentence)}</p>")
    parts.append(f"<h2>{_esc(_t('agreement', lang))}</h2>")
    parts.append(f"<h3>{_esc(_t('vision', lang))}</h3><p class='vision'>{_esc(s.vision)}</p>")
    if s.mission:
        parts.append(
            f"<h3>{_esc(_t('mission', lang))}</h3><ol>"
            + "".join(f"<li>{_esc(m)}</li>" for m in s.mission)
            + "</ol>"
        )
    section(3, "focus", "focus")
    section(3, "actors", "actors")
    section(3, "indicators", "indicators")
    if s.policies or s.strategies:
        parts.append(
            f"<h3>{_esc(_t('policies', lang))}</h3><ul>"
            + "".join(f"<li>{_esc(p)}</li>" for p in [*s.policies, *s.strategies])
            + "</ul>"
        )
    section(2, "next_steps", "steps")
    section(2, "sources", "sources")
    versions = ", ".join(f"{k} {v}" for k, v in s.metadata.get("data_versions", {}).items())
    parts.append(
        f"<p class='small'>{_esc(_t('generated', lang, version=__version__))}: {_esc(versions)}. "
        f"{_esc(i18n.t('map_source_line', lang=lang))}</p>"
    )
    doc = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{_esc(_t('doc_title', lang))}: {_esc(s.title)}</title><style>{CSS}</style></head>"
        f"<body>{''.join(parts)}</body></html>"
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doc, encoding="utf-8")
    return path


def _number(value):
    """A baseline/target value as a Num (2 decimals below 1000, else 0); text and None as given."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value if value is not None else Num(None)
    return Num(value, 2 if abs(value) < 1000 else 0)


def _criterion(c, lang):
    from .datasets import criterion_labels

    return criterion_labels([c], lang)[c]


# ============================================================================= XLSX
def put_cell(ws, row, col, value):
    """Write a cell; text that a spreadsheet would run as a formula is stored as text.

    Control characters that XML (and so XLSX) cannot hold are dropped; a vertical
    tab or form feed (what some editors put for a line break) becomes a space.

    Examples
    --------
    >>> from openpyxl import Workbook
    >>> ws = Workbook().active
    >>> c = put_cell(ws, 1, 1, '=HYPERLINK("http://x","klik")')
    >>> c.value, c.data_type, c.quotePrefix  # text, never a formula
    ('=HYPERLINK("http://x","klik")', 's', True)
    >>> put_cell(ws, 2, 1, "baris\\x0bbaru\\x00").value
    'baris baru'
    >>> c = put_cell(ws, 3, 1, Num(0.25, 1, percent=True))
    >>> c.value, c.number_format
    (0.25, '0.0%')
    """
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = ws.cell(row=row, column=col)
    if isinstance(value, (dict, list)):
        value = str(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value.replace("\x0b", " ").replace("\x0c", " "))
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        cell.value = value
        cell.data_type = "s"  # a string, never a formula
        cell.quotePrefix = True  # Excel shows it as typed and will not re-interpret it on edit
    elif isinstance(value, Num):
        cell.value = value.value
        cell.number_format = value.excel_format()
    elif isinstance(value, (dict, list)):
        cell.value = str(value)
    else:
        cell.value = value
    return cell


def _sheet(wb, title, headers, rows):
    from openpyxl.styles import Font

    ws = wb.create_sheet(title)
    for j, h in enumerate(headers, start=1):
        put_cell(ws, 1, j, h).font = Font(bold=True)
    for i, row in enumerate(rows, start=2):
        for j, value in enumerate(row, start=1):
            put_cell(ws, i, j, value)
    for j in range(1, len(headers) + 1):
        ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = 28
    return ws


SHEETS = {
    "lq": "LQ",
    "ranking": "Peringkat",
    "weights": "Bobot",
    "mission": "Misi",
    "focus": "Fokus",
    "actors": "Aktor",
    "indicators": "Tolok ukur",
    "steps": "Langkah",
    "factors": "Faktor",
    "sources": "Sumber",
}


def to_xlsx(scenario: Scenario, path, *, lang: str | None = None) -> Path:
    """Write the same tables as the HTML document to an Excel workbook, one sheet each. Returns the path.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from openpyxl import load_workbook
    >>> from kadlib.scenario import Scenario
    >>> s = Scenario(title="Contoh", members=["3402", "3404", "3471"], mission=["=1+1"]).record_baseline()
    >>> wb = load_workbook(to_xlsx(s, pathlib.Path(tempfile.mkdtemp()) / "hasil.xlsx", lang="en"))
    >>> wb.sheetnames
    ['Ringkasan', 'LQ', 'Misi', 'Langkah', 'Sumber']
    >>> wb["Misi"]["A2"].value, wb["Misi"]["A2"].data_type  # typed text stays text
    ('=1+1', 's')
    >>> [c.value for c in wb["LQ"]["A"]][1:]  # one row per member, as the scenario recorded it
    ['Kabupaten Bantul', 'Kabupaten Sleman', 'Kota Yogyakarta']
    """
    from openpyxl import Workbook

    lang = lang or i18n.get_language()
    s = scenario.validate()
    tables = _tables(s, lang)
    wb = Workbook()
    wb.remove(wb.active)
    summary = [
        [_t("doc_title", lang), s.title],
        *tables["cover"][1],
        [_t("vision", lang), s.vision],
    ]
    if s.members:
        summary.append(
            [
                _t("baseline", lang),
                _lq_caption(s, lang) if "lq" in tables else _t("lq_missing", lang),
            ]
        )
    _sheet(wb, "Ringkasan", ["", ""], summary)
    for name, title in SHEETS.items():
        if name in tables:
            _sheet(wb, title, *tables[name])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
