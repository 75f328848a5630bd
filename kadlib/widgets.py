"""ipywidgets front ends over the pure functions of kadlib (no analysis lives here).

Each builder returns the widget (display it as the last line of a cell) and
keeps its parts as attributes, so tests and trainers can drive it from code.

Fast where the room waits: the scoring panel answers with one HTML widget
(bars and a rank-probability table, no matplotlib), and the chart explorers
keep one figure of a fixed size and layout, render it to PNG themselves and
send only those bytes (``ipywidgets.Image``) — no ``tight_layout``, no
``clear_output``.  ``benchmarks/bench_widgets.py`` times them end to end.
Everything shown is escaped; every visible word comes from :mod:`kadlib.i18n`.
"""

from __future__ import annotations

import html
import io
import warnings
from datetime import datetime

from . import economy, i18n, plots
from .datasets import group_members, load_groups, load_regions, load_sector_pdrb
from .errors import KadDataError
from .regions import display_name


def _t(key, **kw):
    return i18n.t(f"widget_{key}", **kw)


_s = _t  # older name, kept for notebooks written against it


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def groups_on_layer(layer="jateng_diy") -> list[str]:
    """Names of the cooperation groups whose members all lie on a boundary layer.

    The explorers offer these groups: a group with a member outside the layer (Pawonsari
    includes Pacitan, in Jawa Timur) cannot be drawn on the Jawa Tengah + DIY map.

    Examples
    --------
    >>> groups_on_layer()
    ['Kartamantul', 'Barlingmascakeb', 'SAMPAN', 'Subosukawonosraten', 'Kedungsepur']
    >>> "Pawonsari" in groups_on_layer("indonesia")
    True
    """
    codes = set(load_regions(layer=layer)["region_code"])
    groups = load_groups()
    return [n for n, m in zip(groups["name"], groups["members"], strict=True) if set(m) <= codes]


class FigureView:
    """One matplotlib figure of a fixed size and layout, shown as PNG bytes in an ``ipywidgets.Image``.

    ``view.draw(fn)`` clears the figure, calls ``fn(fig)``, renders to PNG and
    sends the bytes: exactly what the browser receives, nothing else.

    Examples
    --------
    >>> view = FigureView(size=(4, 3), dpi=50)
    >>> def chart(fig):
    ...     ax = fig.add_subplot()
    ...     ax.plot([2015, 2019], [100, 121])
    ...     return ax
    >>> ax = view.draw(chart)  # draw returns what fn returns
    >>> len(ax.lines), bytes(view.image.value[1:4]), view.image.layout.max_width
    (1, b'PNG', '200px')
    """

    def __init__(self, size=(10, 5.6), dpi=96, margins=None):
        import ipywidgets as w
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=size, dpi=dpi)
        self.margins = margins or {"left": 0.08, "right": 0.97, "top": 0.92, "bottom": 0.12}
        self.image = w.Image(
            format="png",
            layout=w.Layout(
                width="100%",
                max_width=f"{int(size[0] * dpi)}px",
                height="auto",
                align_self="flex-start",
                object_fit="contain",
            ),
        )
        self.dpi = dpi

    def draw(self, fn, margins=None):
        self.figure.clear()
        self.figure.subplots_adjust(**(margins or self.margins))
        result = fn(self.figure)
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=self.dpi)
        self.image.value = buffer.getvalue()
        return result


# ============================================================================= baseline explorer
def _sector_name(code):
    from .datasets import load_sectors

    table = load_sectors().set_index("sector_code")
    return table.at[code, i18n.label_column()] if code in table.index else str(code)


def _region(code):
    return display_name(code)


def unggulan_html(table) -> str:
    """The *sektor unggulan* rows as an HTML table: region and sector names, numbers in the reader's format.

    ``table`` holds the rows of :func:`kadlib.economy.sektor_unggulan` to show.

    Examples
    --------
    >>> import re
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"region_code": ["3404"], "sector_code": ["I"], "lq": [1.8],
    ...                      "rps": [1.254], "class": ["unggulan_TT"]})
    >>> cells = re.findall(r"<t[dh][^>]*>([^<]*)</t[dh]>", unggulan_html(rows))
    >>> cells[:5]
    ['Wilayah', 'Sektor', 'LQ', 'Pertumbuhan relatif (RPs)', 'Kelas']
    >>> cells[5:]
    ['Sleman', 'Penyediaan Akomodasi dan Makan Minum', '1,80', '1,25', 'unggulan (tumbuh menonjol, kontribusi besar)']
    >>> re.findall(r"<td[^>]*>([^<]*)</td>", unggulan_html(rows.iloc[:0]))
    ['Tidak ada sektor unggulan pada rentang tahun ini']
    """
    fmt = i18n.format_number
    rows = "".join(
        f"<tr><td>{_esc(_region(code))}</td><td>{_esc(_sector_name(sector))}</td>"
        f"<td class='num'>{fmt(lq, 2)}</td><td class='num'>{fmt(rps, 2)}</td><td>{_esc(kind)}</td></tr>"
        for code, sector, lq, rps, kind in zip(
            table["region_code"],
            table["sector_code"],
            table["lq"],
            table["rps"],
            economy.with_labels(table)["label"],
            strict=True,
        )
    )
    head = "".join(
        f"<th>{_esc(_t(k))}</th>"
        for k in ("col_region", "col_sector", "col_lq", "col_rps", "col_class")
    )
    if not rows:
        rows = f"<tr><td colspan='5'>{_esc(_t('none_found'))}</td></tr>"
    return f"<table class='kad-table'><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _text_colour(rgba) -> str:
    r, g, b = rgba[:3]
    return "white" if (0.299 * r + 0.587 * g + 0.114 * b) < 0.5 else "black"


def lq_html(lq) -> tuple[str, object]:
    """Regions x sectors location quotients (one year) as an HTML heat table: names, local numbers, LQ > 1 bold.

    Colours as :func:`kadlib.plots.lq_heatmap` (centred on 1, log scale).  Returns (html, the matrix shown).

    Examples
    --------
    >>> import re
    >>> import kadlib
    >>> from kadlib import economy
    >>> pdrb = kadlib.load_sector_pdrb(["3404", "3471"], years=[2019], with_reference=True)
    >>> html, shown = lq_html(economy.location_quotient(pdrb, year=2019))
    >>> re.search(r"<b>([^<]*)</b>", html).group(1)
    'Location quotient (LQ) 2019 (pembanding: DI Yogyakarta)'
    >>> shown.index.tolist(), shown.shape[1]
    (['3404', '3471'], 17)
    >>> shown[["A", "I"]].round(2).values.tolist()  # A farming, I accommodation and food; > 1: basis
    [[0.76, 1.04], [0.02, 1.25]]
    """
    import matplotlib
    import numpy as np
    from matplotlib.colors import to_hex

    wide, norm = plots.lq_scale(lq)
    order, values = list(wide.columns), wide.to_numpy(dtype=float)
    cmap = matplotlib.colormaps["RdBu_r"]
    names = plots._sector_labels(order)
    head = "".join(
        f"<th class='kad-rot' title='{_esc(_sector_name(c))}'>{_esc(n)}</th>"
        for c, n in zip(order, names, strict=True)
    )
    rows = []
    for code, row in zip(wide.index, values, strict=True):
        cells = []
        for v in row:
            if not np.isfinite(v) or v <= 0:
                cells.append("<td class='kad-prob'>–</td>")
                continue
            rgba = cmap(norm(v))
            weight = "bold" if v > 1 else "normal"
            cells.append(
                f"<td class='kad-prob' style='background:{to_hex(rgba)};color:{_text_colour(rgba)};"
                f"font-weight:{weight}'>{i18n.format_number(v, 2)}</td>"
            )
        rows.append(f"<tr><td><b>{_esc(_region(code))}</b></td>{''.join(cells)}</tr>")
    year = int(lq["year"].iloc[0]) if "year" in lq.columns else ""
    ref = lq["reference_code"].iloc[0] if "reference_code" in lq.columns else ""
    title = i18n.t("lq_title", year=year, ref=_region(ref) if ref else "-")
    html_text = (
        f"<div class='kad-summary'><b>{_esc(title)}</b> · {_esc(i18n.t('lq_colorbar'))}</div>"
        f"<table class='kad-table kad-heat'><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return html_text, wide


def structure_html(structure, year) -> tuple[str, object]:
    """Each region's sector shares (one year) as HTML stacked bars with a legend of sector names.

    ``structure`` is :func:`kadlib.economy.structure`; returns (html, the shares shown: regions x sectors, %).

    Examples
    --------
    >>> import kadlib
    >>> from kadlib import economy
    >>> pdrb = kadlib.load_sector_pdrb(["3404", "3471"], years=[2019])
    >>> html, shown = structure_html(economy.structure(pdrb), 2019)
    >>> "Struktur ekonomi 2019" in html, "<b>Sleman</b>" in html, "Pertanian: 6,0 %" in html
    (True, True, True)
    >>> shown.sum(axis=1).round(1).tolist()
    [100.0, 100.0]
    """
    import matplotlib
    import numpy as np
    from matplotlib.colors import to_hex

    from .datasets import load_sectors

    part = structure[structure["year"] == year]
    wide = part.pivot(index="region_code", columns="sector_code", values="share").fillna(0.0)
    order = [c for c in load_sectors()["sector_code"] if c in wide.columns]
    wide = wide[order]
    colours = [to_hex(c) for c in matplotlib.colormaps["tab20"](np.linspace(0, 1, len(order)))]
    names = plots._sector_labels(order)
    bars = []
    for code, row in wide.iterrows():
        segs = "".join(
            f"<span title='{_esc(n)}: {i18n.format_number(v, 1)} %' style='display:inline-block;height:26px;"
            f"width:{v:.3f}%;background:{c}'></span>"
            for n, v, c in zip(names, row, colours, strict=True)
            if v > 0
        )
        bars.append(
            f"<tr><td style='white-space:nowrap'><b>{_esc(_region(code))}</b></td>"
            f"<td style='width:760px'><div style='display:flex;width:100%'>{segs}</div></td></tr>"
        )
    legend = "".join(
        f"<span style='display:inline-block;margin:2px 10px 2px 0'><span style='display:inline-block;"
        f"width:14px;height:14px;background:{c};vertical-align:middle'></span> {_esc(n)}</span>"
        for n, c in zip(names, colours, strict=True)
    )
    html_text = (
        f"<div class='kad-summary'><b>{_esc(i18n.t('structure_title', year=year))}</b> · "
        f"{_esc(i18n.t('share_pct'))}</div><table class='kad-table'><tbody>{''.join(bars)}</tbody></table>"
        f"<div class='kad-legend' style='font-size:13px;max-width:1000px'>{legend}</div>"
    )
    return html_text, wide


def _signed_bar(value, scale, width=150) -> str:
    """A diverging bar for one number: green to the right of the middle line when positive, red to the left."""
    import math

    if value is None or not math.isfinite(value) or scale <= 0:
        return f"<span class='kad-ss' style='width:{width}px'></span>"
    half = width // 2
    length = max(1, round(half * min(abs(value) / scale, 1.0))) if value else 0
    side = f"left:{half}px" if value >= 0 else f"left:{half - length}px"
    colour = "#1b7837" if value >= 0 else "#c2402a"
    return (
        f"<span class='kad-ss' style='width:{width}px'><span style='position:absolute;{side};top:0;"
        f"width:{length}px;height:100%;background:{colour}'></span></span>"
    )


def shift_share_html(shift, region=None, *, unit="miliar rupiah") -> tuple[str, object]:
    """One region's shift-share components per sector as an HTML table with bars (no figure to render).

    ``shift`` is :func:`kadlib.economy.shift_share` (classic or Esteban-Marquillas).  One row per sector
    (the kit's sector order, names not codes): the change and its components, each a number in the
    reader's format beside a bar scaled to the largest absolute value in the table (green: growth,
    red: loss).  Returns (html, the rows shown: ``sector_code``, ``change`` and the components).

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import economy
    >>> f = pd.DataFrame({"region_code": ["3302"] * 6 + ["3300"] * 6, "year": ([2015] * 3 + [2020] * 3) * 2,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 4,
    ...                   "value": [60, 40, 100, 90, 44, 134, 500, 500, 1000, 600, 550, 1150.0]})
    >>> text, shown = shift_share_html(economy.shift_share(f, 2015, 2020), "3302")
    >>> shown.round(1).values.tolist()
    [['A', 30.0, 9.0, 3.0, 18.0], ['C', 4.0, 6.0, -2.0, 0.0]]
    >>> "Shift-share Banyumas, 2015–2020" in text and "Pertanian" in text and "&gt;A&lt;" not in text
    True
    """
    from .datasets import load_sectors

    region = region or shift["region_code"].iloc[0]
    part = shift[shift["region_code"] == region].set_index("sector_code")
    order = [c for c in load_sectors()["sector_code"] if c in part.index]
    part = part.loc[order]
    components = (
        ["reference_growth", "industry_mix", "competitive_homothetic", "allocation"]
        if "allocation" in part.columns
        else ["reference_growth", "industry_mix", "competitive"]
    )
    columns = ["change", *components]
    shown = part[columns].astype(float).reset_index()
    values = shown[columns].to_numpy()
    finite = values[values == values]
    scale = float(abs(finite).max()) if finite.size else 0.0
    fmt = i18n.format_number
    local_unit = i18n.unit(unit)
    head = "".join(
        f"<th>{_esc(i18n.t('ss_change', unit=local_unit) if c == 'change' else i18n.t('ss_' + c))}</th>"
        for c in columns
    )
    names = plots._sector_labels(order)
    rows = "".join(
        f"<tr><td title='{_esc(_sector_name(code))}'><b>{_esc(name)}</b></td>"
        + "".join(
            f"<td class='num' style='white-space:nowrap'>{fmt(v, 1)} {_signed_bar(v, scale)}</td>"
            for v in row
        )
        + "</tr>"
        for code, name, row in zip(order, names, values, strict=True)
    )
    title = i18n.t(
        "shift_share_title",
        region=display_name(region),
        start=int(part["start"].iloc[0]),
        end=int(part["end"].iloc[0]),
    )
    text = (
        f"<div class='kad-summary'><b>{_esc(title)}</b> · {_esc(i18n.t('ss_change', unit=local_unit))}</div>"
        f"<table class='kad-table kad-shift'><thead><tr><th>{_esc(_t('col_sector'))}</th>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return text, shown


def baseline_explorer(group="Barlingmascakeb", years=economy.SECTOR_WINDOW):
    """Pick a group, a year range and a view; the chart below redraws from kadlib.economy.

    Views: sector structure (end year), LQ heat map (end year), shift-share of
    the first member, and the *sektor unggulan* table (MRP × LQ) with names.

    The box keeps ``kad_controls`` (``group``, ``years``, ``view``, ``figure``, ``table``)
    and ``kad_state["last"]`` = (view index, the frame shown, or the Axes of the shift-share).

    Examples
    --------
    >>> box = baseline_explorer("Kartamantul")
    >>> controls = box.kad_controls
    >>> controls["years"].value, controls["view"].options
    ((2015, 2019), ('Struktur', 'Spesialisasi (LQ)', 'Shift-share', 'Sektor unggulan'))
    >>> view, shown = box.kad_state["last"]  # the structure of 2019, in % of each region's PDRB
    >>> shown.index.tolist(), round(float(shown.loc["3471", "I"]), 1)
    (['3402', '3404', '3471'], 12.3)
    >>> controls["view"].value = "Sektor unggulan"
    >>> view, shown = box.kad_state["last"]
    >>> shown[["region_code", "sector_code"]].values.tolist()
    [['3402', 'C'], ['3402', 'D'], ['3402', 'G'], ['3404', 'I'], ['3404', 'P'], ['3471', 'I'], ['3471', 'O']]
    """
    import ipywidgets as w

    names = groups_on_layer()
    pick = w.Dropdown(
        options=names, value=group if group in names else names[0], description=_t("group")
    )
    span = w.IntRangeSlider(
        value=years, min=2013, max=2020, step=1, description=_t("years"), continuous_update=False
    )
    view = w.ToggleButtons(
        options=_t("views").split("|"), description=_t("view"), style={"button_width": "auto"}
    )
    table = w.HTML()
    note = w.HTML()
    state = {}

    def redraw(*_):
        start, end = span.value
        members = group_members(pick.value)
        index = view.options.index(view.value)
        if end == start:
            note.value = f"<b>{_esc(_t('two_years'))}</b>"
            return
        data = load_sector_pdrb(members, years=[start, end], with_reference=True)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # flagged data are named, not hidden
            if index == 3:
                shown = economy.sektor_unggulan(data, start, end)
                shown = shown[shown["unggulan"]]
                table.value = unggulan_html(shown)
                state["last"] = (index, shown)
            elif index == 0:  # HTML views: crisp on a projector and fast (no figure to render)
                table.value, shown = structure_html(
                    economy.structure(data[data["region_code"].isin(members)]), end
                )
                state["last"] = (index, shown)
            elif index == 1:
                table.value, shown = lq_html(economy.location_quotient(data, year=end))
                state["last"] = (index, shown)
            else:  # shift-share of the first member: an HTML table with bars too (no PNG to render)
                table.value, shown = shift_share_html(
                    economy.shift_share(data, start, end), members[0]
                )
                state["last"] = (index, shown)
        note.value = "".join(f"<div class='kad-note'>{_esc(m.message)}</div>" for m in caught)

    for control in (pick, span, view):
        control.observe(redraw, names="value")
    box = w.VBox([_style(), w.HBox([pick, span]), view, note, table])
    box.kad_controls = {"group": pick, "years": span, "view": view, "table": table}
    box.kad_redraw = redraw
    box.kad_state = state  # state["last"] = (view index, the frame shown)
    redraw()
    return box


# ============================================================================= scoring panel
def rebalance(weights: dict, changed: str, new_value: float) -> dict:
    """Set one weight and rescale the others proportionally so that they still sum to 1.

    When all the others are 0 they share the rest equally, so no weight stays
    stuck at 0.

    Examples
    --------
    >>> rebalance({"a": 0.5, "b": 0.25, "c": 0.25}, "a", 0.8)
    {'a': 0.8, 'b': 0.1, 'c': 0.1}
    >>> rebalance({"a": 1.0, "b": 0.0, "c": 0.0}, "a", 0.5)
    {'a': 0.5, 'b': 0.25, 'c': 0.25}
    """
    new_value = min(max(float(new_value), 0.0), 1.0)
    others = {k: v for k, v in weights.items() if k != changed}
    rest = sum(others.values())
    out = {changed: new_value}
    for k, v in others.items():
        out[k] = (1.0 - new_value) * (v / rest if rest > 0 else 1.0 / len(others))
    return {k: round(out[k], 12) for k in weights}


def _criterion_labels(criteria):
    from .datasets import criterion_labels

    return criterion_labels(criteria)


STYLE = """<style>
.kad-table { border-collapse: collapse; font-size: 15px; margin: 4px 0; }
.kad-table th, .kad-table td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.kad-table th { background: #f0f4f8; }
.kad-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
.kad-bar { display: inline-block; height: 14px; background: #1b9e77; vertical-align: middle; margin-right: 6px; }
.kad-bar.fail { background: repeating-linear-gradient(45deg, #bbb, #bbb 4px, #ddd 4px, #ddd 8px); }
.kad-reason { font-size: 12px; color: #555; line-height: 1.2; }
.kad-table td, .kad-table th { line-height: 1.3; }
.kad-prob { text-align: center !important; width: 58px; white-space: nowrap; }
.kad-note { color: #8a4b00; font-size: 14px; }
.kad-summary { font-size: 16px; margin: 4px 0; }
.kad-heat td.kad-prob { width: 44px; font-size: 13px; padding: 3px 2px; }
.kad-ss { display: inline-block; position: relative; height: 14px; vertical-align: middle; margin-left: 4px;
          background: linear-gradient(#999, #999) no-repeat center / 1px 100%, #f2f2f2; }
.kad-heat th.kad-rot { font-size: 12px; font-weight: normal; writing-mode: vertical-rl; transform: rotate(180deg);
                       height: 130px; padding: 2px; text-align: left; }
</style>"""


def _style():
    import ipywidgets as w

    return w.HTML(STYLE)


def _prob_cell(p) -> str:
    if p < 0.005:
        return "<td class='kad-prob'></td>"
    shade = int(255 - 200 * p)
    colour = "white" if p > 0.6 else "black"
    return (
        f"<td class='kad-prob' style='background: rgb({shade},{shade + 20 if shade < 235 else 255},255);"
        f"color:{colour}'>{i18n.format_number(100 * p, 0)} %</td>"
    )


def ranking_html(scored, robust, *, labels=None, method="wsm") -> str:
    """Ranking, neighbour rule and rank probabilities as one HTML table (everything escaped).

    Tied sectors share a rank and are marked with "=" (and a note under the table).

    Examples
    --------
    >>> import re
    >>> import pandas as pd
    >>> from kadlib import scoring
    >>> dm = scoring.DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
    ...                             index=["pertanian", "pariwisata", "sampah"]), scale=(1, 5))
    >>> w = scoring.weights_equal(dm)
    >>> html = ranking_html(scoring.score(dm, w), scoring.robustness_mc(dm, w, draws=200),
    ...                     labels={"pertanian": "Agribisnis", "pariwisata": "Pariwisata terpadu",
    ...                             "sampah": "Pengelolaan sampah"})
    >>> print(" ".join(re.sub(r"<[^>]+>", " ", html).split()))  # the text a reader sees
    Agribisnis tetap di peringkat 1 pada 100 % dari 200 simulasi bobot acak Peringkat Bidang / sektor Skor
    Peluang tiap peringkat bila bobot sedikit digeser (200 simulasi) 1 2 3
    1 Agribisnis 0,875 100 % 2 Pariwisata terpadu 0,750 100 % 3 Pengelolaan sampah 0,500 100 %
    """
    labels = labels or {}
    from . import scoring

    fmt = i18n.format_number
    m = len(scored)
    best = max(float(scored["score"].max()), 1e-12)
    prob = robust.rank_probability if robust is not None else None
    ranks = scored["rank"].tolist()
    tied = {r for r in ranks if ranks.count(r) > 1}
    head = [_t("col_rank"), _t("col_sector_field"), _t("col_score")]
    has_gate = "passes_gate" in scored.columns
    if has_gate:
        head.append(_t("col_gate"))
    rows = []
    for sector, row in scored.iterrows():
        rank = int(row["rank"])
        ok = bool(row["passes_gate"]) if has_gate else True
        width = max(2, int(130 * float(row["score"]) / best))
        why = (
            scoring.gate_text(row.get("gate_reason", ""), row.get("gate_detail"))
            if has_gate
            else ""
        )
        reason = f"<div class='kad-reason'>{_esc(why)}</div>" if has_gate else ""
        cells = [
            f"<td class='num'><b>{rank}{'=' if rank in tied else ''}</b></td>",
            f"<td style='min-width:240px'><b>{_esc(labels.get(sector, sector))}</b>{reason}</td>",
            f"<td style='white-space:nowrap'><span class='kad-bar{'' if ok else ' fail'}' style='width:{width}px'></span>"
            f"{fmt(float(row['score']), 3)}</td>",
        ]
        if has_gate:
            cells.append(f"<td><b>{_esc(_t('yes') if ok else _t('no'))}</b></td>")
        if prob is not None:
            cells += [_prob_cell(float(prob.at[sector, k])) for k in prob.columns]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    top = "".join(f"<th>{_esc(h)}</th>" for h in head)
    if prob is not None:
        top += f"<th colspan='{m}' style='text-align:center'>{_esc(_t('col_rank_prob', n=robust.draws))}</th>"
        sub = (
            "<tr>"
            + "<th></th>" * len(head)
            + "".join(f"<th class='kad-prob'>{k}</th>" for k in prob.columns)
            + "</tr>"
        )
    else:
        sub = ""
    out = f"<table class='kad-table'><thead><tr>{top}</tr>{sub}</thead><tbody>{''.join(rows)}</tbody></table>"
    if tied:
        out += f"<div class='kad-note'>{_esc(_t('tie_note'))}</div>"
    if robust is not None:
        top_name = labels.get(robust.top, robust.top)
        text = i18n.t(
            "robust_summary",
            top=top_name,
            p=f"{fmt(100 * robust.p_top_stays_first, 0)} %",
            n=robust.draws,
        )
        out = f"<div class='kad-summary'>{_esc(text)}</div>" + out
    return out


def _points_text(value) -> str:
    """Points as the reader writes them: "20", "25,5" (Indonesian) or "25.5" (English)."""
    value = float(value)
    return i18n.format_number(value, 0 if value.is_integer() else 1)


def scoring_panel(
    dm,
    weights=None,
    *,
    participants=None,
    graph=None,
    labels=None,
    draws=2000,
    criteria_labels=None,
    points=None,
):
    """Weight points per criterion, a method toggle, and the live ranking, robustness and neighbour rule.

    Each criterion has a slider **and** a number box (0–100 points, steps of 0.5);
    the weights are the points divided by their sum, shown as % beside each.
    Moving one criterion never moves the others' points, so no weight gets stuck
    at 0.  With all points at 0 the last result stays and the panel says why.

    Parameters
    ----------
    dm : kadlib.scoring.DecisionMatrix
    weights : dict or Series, optional
        Starting weights (default equal).
    participants : dict, optional
        sector -> list of participating regions, for the neighbour rule.
    graph : NeighbourGraph, optional
        Default: the Jawa Tengah + DIY graph.
    labels : dict, optional
        sector -> display name.
    criteria_labels : dict, optional
        criterion -> display name (default: the names in ``kadlib.load_criteria``).
    points : dict, optional
        criterion -> points to start from (the weights are then these points over their sum), e.g. the
        points typed in another panel; default 100 × the starting weights.

    The box keeps ``kad_controls`` (``sliders``, ``entries``, ``method``, ``view``)
    and ``kad_state`` (``points``, ``weights`` and ``last`` = scored, robust, html).

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import scoring
    >>> dm = scoring.DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
    ...                             index=["pertanian", "pariwisata", "sampah"]), scale=(1, 5))
    >>> panel = scoring_panel(dm, draws=200)
    >>> sliders, entries = panel.kad_controls["sliders"], panel.kad_controls["entries"]
    >>> panel.kad_state["points"], panel.kad_state["weights"]
    ({'kebutuhan': 50.0, 'potensi': 50.0}, {'kebutuhan': 0.5, 'potensi': 0.5})
    >>> sliders["kebutuhan"].value = 75  # 75 and 50 points: weights 0.6 and 0.4
    >>> panel.kad_state["weights"], entries["kebutuhan"].value
    ({'kebutuhan': 0.6, 'potensi': 0.4}, '75')
    >>> panel.kad_state["last"]["scored"]["score"].round(3).to_dict()
    {'pertanian': 0.9, 'pariwisata': 0.7, 'sampah': 0.55}
    >>> entries["potensi"].value = "25,5"  # typed the Indonesian way
    >>> sliders["potensi"].value
    25.5
    """
    import ipywidgets as w

    from . import scoring

    start = scoring.weights_equal(dm) if weights is None else scoring.weights_direct(weights, dm)
    names = {**_criterion_labels(dm.criteria), **(criteria_labels or {})}
    if points is not None:
        start = scoring.weights_direct({c: float(points[c]) for c in dm.criteria}, dm)
    state = {
        "points": (
            {c: float(points[c]) for c in dm.criteria}
            if points is not None
            else {c: round(100 * float(start[c]), 1) for c in dm.criteria}
        ),
        "weights": start.to_dict(),
    }
    wide = w.Layout(width="360px")
    sliders = {
        c: w.FloatSlider(
            value=state["points"][c],
            min=0,
            max=100,
            step=0.5,
            readout=False,
            continuous_update=False,
            layout=wide,
        )
        for c in dm.criteria
    }
    # number boxes are text boxes read the way people type: "25,5" and "25.5" are both 25.5 points
    # (a browser number box turned an Indonesian "25,5" into 100 without a word)
    entries = {
        c: w.Text(
            value=_points_text(state["points"][c]),
            continuous_update=False,
            layout=w.Layout(width="80px"),
        )
        for c in dm.criteria
    }
    shares = {c: w.HTML(layout=w.Layout(width="90px")) for c in dm.criteria}
    typed = w.HTML()

    def on_typed(change, c):
        if change["new"] == _points_text(sliders[c].value):
            return  # the box shows the slider again: nothing typed
        try:
            value = scoring.parse_number(change["new"], file="scoring_panel", column=c)
            if not 0 <= value <= 100:
                raise ValueError
        except (KadDataError, ValueError):
            typed.value = f"<div class='kad-note'><b>{_esc(_t('points_typed', value=change['new']))}</b></div>"
            entries[c].value = _points_text(sliders[c].value)
            return
        typed.value = ""
        sliders[c].value = value

    def on_slid(change, c):
        entries[c].value = _points_text(change["new"])

    for c in dm.criteria:
        entries[c].observe(lambda change, c=c: on_typed(change, c), names="value")
        sliders[c].observe(lambda change, c=c: on_slid(change, c), names="value")
    method = w.ToggleButtons(
        options=[(_t("method_saw"), "wsm"), ("TOPSIS", "topsis")], style={"button_width": "auto"}
    )
    view = w.HTML()
    note = w.HTML()
    gate = None
    if participants is not None:
        from .neighbours import neighbour_graph, neighbour_rule

        g = graph or neighbour_graph()
        gate = {s: neighbour_rule(g, p) for s, p in participants.items()}

    def redraw(*_):
        points = {c: float(sliders[c].value) for c in dm.criteria}
        total = sum(points.values())
        if total <= 0:
            note.value = f"<div class='kad-note'><b>{_esc(_t('all_zero'))}</b></div>"
            return
        note.value = ""
        state["points"] = points
        weights_now = scoring.weights_direct(points, dm)
        state["weights"] = weights_now.to_dict()
        for c in dm.criteria:
            shares[c].value = f"<b>{i18n.format_number(100 * weights_now[c], 1)} %</b>"
        scored = scoring.score(dm, weights_now, method=method.value, gate=gate)
        robust = (
            scoring.robustness_mc(dm, weights_now, method=method.value, draws=draws)
            if draws
            else None
        )
        state["last"] = {"scored": scored, "robust": robust}
        view.value = state["last"]["html"] = ranking_html(
            scored, robust, labels=labels, method=method.value
        )

    for slider in sliders.values():
        slider.observe(redraw, names="value")
    method.observe(redraw, names="value")
    label_layout = w.Layout(width="300px")
    row_layout = w.Layout(height="29px", align_items="center")
    rows = [
        w.HBox(
            [
                w.HTML(
                    f"<span style='font-size:15px'>{_esc(names[c])}</span>", layout=label_layout
                ),
                sliders[c],
                entries[c],
                shares[c],
            ],
            layout=row_layout,
        )
        for c in dm.criteria
    ]
    head = w.HBox(
        [
            w.HTML(
                f"<b style='font-size:16px'>{_esc(_t('weights'))}</b>",
                layout=w.Layout(width="820px"),
            ),
            w.HTML(f"<b>{_esc(_t('method'))}</b>&nbsp;", layout=w.Layout(width="70px")),
            method,
        ],
        layout=w.Layout(flex_flow="row wrap", align_items="center"),
    )
    parts = [_style(), head, *rows, typed, note, view]
    box = w.VBox(parts)
    box.kad_controls = {
        "sliders": sliders,
        "entries": entries,
        "method": method,
        "view": view,
        "output": view,
    }
    box.kad_state = state
    box.kad_redraw = redraw
    redraw()
    return box


# ============================================================================= map explorer
def map_explorer(
    group="Barlingmascakeb", indicator="persentase_penduduk_miskin", year=None, scheme="quantiles"
):
    """Pick group, indicator, year and classification scheme; the choropleth redraws with the group outlined and named.

    The box keeps ``kad_controls`` (``group``, ``indicator``, ``year``, ``scheme``, ``figure``)
    and ``kad_state["last"]`` (the Axes of the map drawn).  The years offered are those
    the chosen indicator has; a year it lacks falls back to its latest.

    Examples
    --------
    >>> box = map_explorer("Kartamantul", year=2023)
    >>> controls = box.kad_controls
    >>> controls["indicator"].label, controls["year"].value, controls["scheme"].label
    ('Persentase penduduk miskin (P0)', 2023, 'kuantil')
    >>> bytes(controls["figure"].image.value[1:4])  # the map, as the browser receives it
    b'PNG'
    """
    import ipywidgets as w

    from . import maps
    from .datasets import load_baseline, load_indicators

    meta = load_indicators()
    base = load_baseline()
    jd_codes = set(load_regions()["region_code"])
    usable = [
        i
        for i in meta["indicator"]
        if base.loc[base["indicator"] == i, "region_code"].isin(jd_codes).sum() >= 20
    ]
    names = groups_on_layer()
    pick = w.Dropdown(
        options=names, value=group if group in names else names[0], description=_t("group")
    )
    ind = w.Dropdown(
        options=[(meta.set_index("indicator").at[i, i18n.label_column()], i) for i in usable],
        value=indicator,
        description=_t("indicator"),
        layout=w.Layout(width="460px"),
    )
    years = w.Dropdown(description=_t("years"), layout=w.Layout(width="180px"))
    schemes = w.ToggleButtons(
        options=[
            (i18n.t(f"scheme_{s}"), s) for s in ("quantiles", "natural_breaks", "equal_interval")
        ],
        value=scheme,
        style={"button_width": "auto"},
    )
    figure = FigureView(
        size=(10, 5.6), margins={"left": 0.01, "right": 0.99, "top": 0.93, "bottom": 0.04}
    )
    state = {}

    def set_years(*_):
        """Keep the chosen year when the new indicator has it; otherwise its latest year."""
        ys = [int(y) for y in sorted(base.loc[base["indicator"] == ind.value, "year"].unique())]
        keep = years.value if years.value in ys else (year if year in ys else ys[-1])
        state["quiet"] = True
        years.options = ys
        years.value = keep
        state["quiet"] = False

    def redraw(*_):
        if years.value is None or state.get("quiet"):
            return

        def draw(fig):
            ax = fig.add_subplot()
            maps.choropleth(indicator=ind.value, year=years.value, scheme=schemes.value, ax=ax)
            members = load_regions(group=pick.value)
            members.boundary.plot(ax=ax, color="black", linewidth=1.6)
            maps.label_regions(ax, members, fontsize=8)
            return ax

        state["last"] = figure.draw(draw)

    ind.observe(set_years, names="value")
    for control in (pick, ind, years, schemes):
        control.observe(redraw, names="value")
    set_years()
    box = w.VBox([w.HBox([pick, ind, years]), schemes, figure.image])
    box.kad_controls = {
        "group": pick,
        "indicator": ind,
        "year": years,
        "scheme": schemes,
        "figure": figure,
    }
    box.kad_state = state
    redraw()
    return box


# ============================================================================= participant form (workshop)
# Moved here from kadlib.workshop (issue 13, part 6); kadlib.workshop.participant_form still finds it.
def _saved_entries(store, pid) -> dict:
    r = store.ratings()
    r = r[r["participant"] == pid]
    return {
        f"{i}|{m}": (int(v) if float(v) == int(v) else float(v))
        for i, m, v in zip(r["item"], r["measure"], r["value"], strict=True)
    }


_FADE = "<style>@keyframes kad-fade {0%, 75% {opacity: 1} 100% {opacity: 0}}</style>"


def participant_form(
    session, participant, items, *, measures=("importance", "condition"), labels=None
):
    """An ipywidgets form for one participant: every change is committed at once to the session store.

    ``session`` is a :class:`kadlib.workshop.Session` or a :class:`kadlib.store.Store`.  The
    confirmation "✔ tersimpan" appears only after the write is committed (and
    fades, so a form left over from before a kernel restart — which can no
    longer save — does not keep claiming it); a failed write says so in red.
    Reopening the form (even after a crashed kernel) shows every saved entry.
    Every text shown is HTML-escaped.

    Examples
    --------
    >>> import tempfile
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.TemporaryDirectory()
    >>> store = open_session("kartamantul-2026-11", tmp.name, group="kartamantul")
    >>> form = participant_form(store, ("Ani", "3471", "Bappeda"), ["komitmen_pimpinan", "champion"],
    ...                         labels={"komitmen_pimpinan": "Komitmen pimpinan"})
    >>> form.children[0].value
    '<b>kartamantul-2026-11</b> — Ani, 3471, Bappeda'
    >>> box = form.kad_controls[("komitmen_pimpinan", "importance")]
    >>> [label for label, value in box.options]
    ['–', '1', '2', '3', '4', '5']
    >>> box.value = 5  # committed to the store at once
    >>> form.kad_status.value
    "...✔ tersimpan pukul ... (kiriman #1): Komitmen pimpinan · Tingkat kepentingan = 5</small>"
    >>> store.ratings()[["name", "item", "measure", "value"]].values.tolist()
    [['Ani', 'komitmen_pimpinan', 'importance', 5]]
    >>> again = participant_form(store, ("Ani", "3471", "Bappeda"), ["komitmen_pimpinan", "champion"])
    >>> again.kad_controls[("komitmen_pimpinan", "importance")].value  # reopened: the saved entry
    5
    >>> store.close()
    >>> tmp.cleanup()
    """
    import ipywidgets as w

    from .workshop import Participant, Session

    store = session.store if isinstance(session, Session) else session
    person = Participant.coerce(participant)
    pid = store.add_participant(person.name, person.region, person.role, channel="notebook")
    saved = _saved_entries(store, pid)
    lo, hi = store.scale
    options = [("–", None)] + [(str(v), v) for v in range(int(lo), int(hi) + 1)]
    controls = {}
    names = [i18n.t(f"measure_{m}") if f"measure_{m}" in i18n.LABELS else m for m in measures]
    # the confirmation names the measure in the reader's words, as the header does
    measure_names = dict(zip(measures, names, strict=True))
    rows = [w.HTML("<b>" + "</b> · <b>".join(html.escape(n) for n in names) + "</b>")]
    status = w.HTML(f"<small>{html.escape(i18n.t('form_hint', path=str(store.path)))}</small>")

    def on_change(change, item, measure, dd):
        if getattr(dd, "_kad_reverting", False):
            return
        try:
            sid = store.submit(pid, "factors", {(item, measure): change["new"]}, channel="notebook")
        except KadDataError as err:
            status.value = (
                f"<b style='color:#b00020'>{html.escape(i18n.t('form_not_saved', msg=str(err).splitlines()[0]))}"
                "</b>"
            )
            dd._kad_reverting = True
            dd.value = change["old"]
            dd._kad_reverting = False
            return
        when = datetime.now().strftime("%H:%M:%S")
        shown = measure_names.get(measure, measure)
        text = f"{i18n.t('form_saved', when=when, sid=sid)}: {(labels or {}).get(item, item)} · {shown} = {change['new']}"
        status.value = (
            f"{_FADE}<small style='animation: kad-fade 8s forwards'>{html.escape(text)}</small>"
        )

    for item in items:
        widgets_row = []
        for measure in measures:
            dd = w.Dropdown(
                options=options, value=saved.get(f"{item}|{measure}"), layout=w.Layout(width="90px")
            )
            dd.observe(lambda ch, i=item, m=measure, d=dd: on_change(ch, i, m, d), names="value")
            controls[(item, measure)] = dd
            widgets_row.append(dd)
        text = (labels or {}).get(item, item)
        rows.append(w.HBox([w.Label(str(text), layout=w.Layout(width="420px")), *widgets_row]))
    who = ", ".join(x for x in (person.name, person.region, person.role) if x)
    box = w.VBox([w.HTML(f"<b>{html.escape(store.name)}</b> — {html.escape(who)}"), *rows, status])
    box.kad_controls = controls
    box.kad_participant = pid
    box.kad_status = status
    return box


# ============================================================================= live session (facilitator)
def live_facilitator(session, *, draws=300, interval=3.0, auto=True):
    """The facilitator's view of a live session inside the notebook: open/close each step, see who has
    submitted and what the room says (group weights, ranking with the neighbour rule, consensus).

    ``session`` is a running :func:`kadlib.live.start` session or a :class:`kadlib.store.Store`.
    The view re-reads the store every ``interval`` seconds while something new arrives
    (``auto=False``: only when *Perbarui* is pressed).  Everything shown is escaped; the
    same HTML as the projector page (:mod:`kadlib.live.summary`), without its forms.

    Examples
    --------
    >>> import re
    >>> import tempfile
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.TemporaryDirectory()
    >>> store = open_session("kartamantul-2026-11", tmp.name, group="kartamantul")
    >>> view = live_facilitator(store, draws=100, auto=False)
    >>> toggles = view.kad_controls["toggles"]
    >>> {step: button.description for step, button in toggles.items()}
    {'factors': 'Faktor kunci sukses', 'fields': 'Skor bidang', 'weights': 'Bobot kriteria', 'vision': 'Visi dan fokus kegiatan'}
    >>> toggles["factors"].value = True  # opens the step for the phones
    >>> store.steps()["factors"]
    True
    >>> pid, _ = store.join("Ani", "3471", join_code=store.join_code)
    >>> _ = store.submit(pid, "factors", {("komitmen_pimpinan", "importance"): 5})
    >>> view.kad_redraw()
    >>> text = " ".join(re.sub(r"<[^>]+>", " ", view.kad_controls["view"].value).split())
    >>> text[:50]  # who has joined, and per step: open or closed, how many have sent it
    '1 peserta bergabung Faktor kunci sukses dibuka 1/1'
    >>> store.close()
    >>> tmp.cleanup()
    """
    import threading

    import ipywidgets as w

    from .live.summary import panel, room_summary
    from .store import STEPS

    store = getattr(session, "store", session)
    gate = getattr(session, "gate", None)
    names = {c: display_name(c) for c in (store.members or [])}
    view = w.HTML()
    toggles = {
        s: w.ToggleButton(
            value=store.steps()[s], description=_t(f"live_step_{s}"), layout=w.Layout(width="auto")
        )
        for s in STEPS
    }
    refresh = w.Button(description=_t("live_refresh"), icon="refresh")
    state = {"key": None}

    def redraw(*_, force=True):
        key = (store.version(), tuple(store.steps().items()))
        if not force and key == state["key"]:
            return
        state["key"] = key
        lang = i18n.get_language()
        view.value = panel(
            lang,
            room_summary(store, gate=gate, draws=draws),
            store.config,
            csrf="",
            names=names,
            buttons=False,
        )

    def on_toggle(change, step):
        (store.open_step if change["new"] else store.close_step)(step)
        redraw()

    for s, toggle in toggles.items():
        toggle.observe(lambda change, s=s: on_toggle(change, s), names="value")
    refresh.on_click(lambda _b: redraw())
    box = w.VBox(
        [
            _style(),
            w.HBox([w.HTML(f"<b>{_esc(_t('live_steps'))}</b>&nbsp;"), *toggles.values(), refresh]),
            view,
        ]
    )
    stop = threading.Event()
    if auto:

        def poll():
            while not stop.wait(interval) and getattr(session, "running", True):
                try:
                    redraw(force=False)
                except Exception:  # noqa: BLE001 - a busy store must not kill the view; the next tick retries
                    continue

        threading.Thread(target=poll, daemon=True, name="kad-facilitator-view").start()
    box.kad_controls = {"toggles": toggles, "refresh": refresh, "view": view}
    box.kad_redraw = redraw
    box.kad_stop = stop.set
    redraw()
    return box


# ============================================================================= tables for people
def number_table(frame, decimals=2):
    """A table for the screen: numbers in the reader's format ("1.018.397,2" / "1,018,397.2"), never
    ``1.018397e+08``; text as it is; missing values as "–".

    Examples
    --------
    >>> import pandas as pd
    >>> t = number_table(pd.DataFrame({"PDRB": [101839720.5], "Wilayah": ["Sleman"]}), decimals=1)
    >>> "101.839.720,5" in t.to_html() and "e+08" not in t.to_html()
    True
    """

    def fmt(value):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if value != value:  # NaN
                return "–"
            return i18n.format_number(
                value, 0 if float(value).is_integer() and abs(value) >= 1000 else decimals
            )
        return "–" if value is None else str(value)

    return frame.style.format(fmt)
