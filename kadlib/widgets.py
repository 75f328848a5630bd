"""ipywidgets front ends over the pure functions of kadlib (no analysis lives here).

Each builder returns the widget (display it as the last line of a cell) and
keeps its parts as attributes, so tests and trainers can drive it from code.
"""

from __future__ import annotations

import warnings

from . import economy, i18n, plots
from .datasets import group_members, load_groups, load_regions, load_sector_pdrb

_LABELS = {
    "group": {"id": "Kelompok", "en": "Group"},
    "years": {"id": "Tahun", "en": "Years"},
    "view": {"id": "Tampilan", "en": "View"},
    "views": {
        "id": ["Struktur", "Location quotient", "Shift-share", "Sektor unggulan"],
        "en": ["Structure", "Location quotient", "Shift-share", "Leading sectors"],
    },
}


def _t(key):
    return _LABELS[key][i18n.get_language()]


def groups_on_layer(layer="jateng_diy") -> list[str]:
    """Names of the cooperation groups whose members all lie on a boundary layer."""
    codes = set(load_regions(layer=layer)["region_code"])
    groups = load_groups()
    return [n for n, m in zip(groups["name"], groups["members"], strict=True) if set(m) <= codes]


def baseline_explorer(group="Barlingmascakeb", years=(2015, 2020)):
    """Pick a group, a year range and a view; the chart below redraws from kadlib.economy.

    Views: sector structure (end year), LQ heat map (end year), shift-share of
    the first member, and the *sektor unggulan* table (MRP × LQ).
    """
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display

    names = groups_on_layer()
    pick = w.Dropdown(options=names, value=group if group in names else names[0], description=_t("group"))
    span = w.IntRangeSlider(value=years, min=2013, max=2020, step=1, description=_t("years"), continuous_update=False)
    view = w.ToggleButtons(options=_t("views"), description=_t("view"))
    out = w.Output()
    state = {}

    def redraw(*_):
        start, end = span.value
        members = group_members(pick.value)
        data = load_sector_pdrb(members, years=[start, end], with_reference=True)
        out.clear_output(wait=True)
        with out, warnings.catch_warnings():
            warnings.simplefilter("always")  # flagged data are named, not hidden
            index = view.options.index(view.value)
            if index == 3 or end == start:
                if end == start:
                    print("Pilih dua tahun yang berbeda / choose two different years")
                    return
                table = economy.sektor_unggulan(data, start, end)
                shown = table[table["unggulan"]][["region_code", "sector_code", "lq", "rps", "class"]].round(2)
                state["last"] = (index, shown)
                display(shown)
                return
            fig, ax = plt.subplots(figsize=(10, 5))
            if index == 0:
                plots.structure_plot(economy.structure(data[data["region_code"].isin(members)]), year=end, ax=ax)
            elif index == 1:
                plots.lq_heatmap(economy.location_quotient(data, year=end), ax=ax)
            else:
                plots.shift_share_plot(economy.shift_share(data, start, end), region=members[0], ax=ax)
            state["last"] = (index, ax)
            plt.show()

    for control in (pick, span, view):
        control.observe(redraw, names="value")
    box = w.VBox([w.HBox([pick, span]), view, out])
    box.kad_controls = {"group": pick, "years": span, "view": view, "output": out}
    box.kad_redraw = redraw
    box.kad_state = state  # state["last"] = (view index, Axes or table) of the latest redraw
    redraw()
    return box
