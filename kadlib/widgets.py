"""ipywidgets front ends over the pure functions of kadlib (no analysis lives here).

Each builder returns the widget (display it as the last line of a cell) and
keeps its parts as attributes, so tests and trainers can drive it from code.
"""

from __future__ import annotations

import warnings

from . import economy, i18n, plots
from .datasets import group_members, load_groups, load_regions, load_sector_pdrb


def _t(key):
    return i18n.t(f"widget_{key}")


def groups_on_layer(layer="jateng_diy") -> list[str]:
    """Names of the cooperation groups whose members all lie on a boundary layer."""
    codes = set(load_regions(layer=layer)["region_code"])
    groups = load_groups()
    return [n for n, m in zip(groups["name"], groups["members"], strict=True) if set(m) <= codes]


def baseline_explorer(group="Barlingmascakeb", years=economy.SECTOR_WINDOW):
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
    view = w.ToggleButtons(options=_t("views").split("|"), description=_t("view"))
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
                shown = economy.with_labels(table[table["unggulan"]])[["region_code", "sector_code", "lq", "rps", "label"]].round(2)
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




def _s(key):
    return i18n.t(f"widget_{key}")


def rebalance(weights: dict, changed: str, new_value: float) -> dict:
    """Set one weight and rescale the others proportionally so that they still sum to 1.

    Examples
    --------
    >>> rebalance({"a": 0.5, "b": 0.25, "c": 0.25}, "a", 0.8)
    {'a': 0.8, 'b': 0.1, 'c': 0.1}
    """
    new_value = min(max(float(new_value), 0.0), 1.0)
    others = {k: v for k, v in weights.items() if k != changed}
    rest = sum(others.values())
    out = {changed: new_value}
    for k, v in others.items():
        out[k] = (1.0 - new_value) * (v / rest if rest > 0 else 1.0 / len(others))
    return {k: round(out[k], 12) for k in weights}


def scoring_panel(dm, weights=None, *, participants=None, graph=None, labels=None, draws=2000):
    """Weight sliders that stay normalised, a method toggle, and live ranking, chart, robustness, verdicts.

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
    """
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display

    from . import scoring

    start = scoring.weights_equal(dm) if weights is None else scoring.weights_direct(weights, dm)
    state = {"weights": start.to_dict(), "busy": False}
    sliders = {c: w.FloatSlider(value=state["weights"][c], min=0, max=1, step=0.01, description=c,
                                readout_format=".0%", continuous_update=False) for c in dm.criteria}  # fmt: skip
    method = w.ToggleButtons(options=[(_s("method_saw"), "wsm"), ("TOPSIS", "topsis")], description=_s("method"))
    out = w.Output()
    gate = None
    if participants is not None:
        from .neighbours import neighbour_graph, neighbour_rule

        g = graph or neighbour_graph()
        gate = {s: neighbour_rule(g, p) for s, p in participants.items()}

    def redraw(*_):
        weights_now = scoring.weights_direct(state["weights"], dm)
        scored = scoring.score(dm, weights_now, method=method.value, gate=gate)
        robust = scoring.robustness_mc(dm, weights_now, method=method.value, draws=draws)
        state["last"] = {"scored": scored, "robust": robust}
        out.clear_output(wait=True)
        with out:
            shown = scoring.for_display(scored)  # codes translated at display time
            if labels:
                shown.insert(0, "sektor", [labels.get(s, s) for s in shown.index])
            display(shown.round(3))
            print(robust.summary())
            fig, axes = plt.subplots(1, 2, figsize=(13, 0.45 * len(scored) + 2))
            plots.ranking_plot(scored, labels=labels, method=method.value, ax=axes[0])
            plots.rank_probability_plot(robust, labels=labels, ax=axes[1])
            fig.tight_layout()
            plt.show()

    def on_slider(change):
        if state["busy"]:
            return
        state["busy"] = True
        try:
            name = change["owner"].description
            state["weights"] = rebalance(state["weights"], name, change["new"])
            for c, slider in sliders.items():
                slider.value = state["weights"][c]
        finally:
            state["busy"] = False
        redraw()

    for slider in sliders.values():
        slider.observe(on_slider, names="value")
    method.observe(redraw, names="value")
    parts = [w.HTML(f"<b>{_s('weights')}</b>"), *sliders.values(), method]
    if gate is not None:
        rows = "".join(f"<li><b>{labels.get(s, s) if labels else s}</b>: {v.describe()}</li>" for s, v in gate.items())
        parts.append(w.HTML(f"<b>{_s('verdicts')}</b><ul>{rows}</ul>"))
    box = w.VBox([*parts, out])
    box.kad_controls = {"sliders": sliders, "method": method, "output": out}
    box.kad_state = state
    redraw()
    return box


def map_explorer(group="Barlingmascakeb", indicator="persentase_penduduk_miskin", year=None, scheme="quantiles"):
    """Pick group, indicator, year and classification scheme; the choropleth redraws with the group outlined."""
    import ipywidgets as w
    import matplotlib.pyplot as plt

    from . import maps
    from .datasets import load_baseline, load_indicators

    meta = load_indicators()
    base = load_baseline()
    jd_codes = set(load_regions()["region_code"])
    usable = [i for i in meta["indicator"] if base.loc[base["indicator"] == i, "region_code"].isin(jd_codes).sum() >= 20]
    names = groups_on_layer()
    pick = w.Dropdown(options=names, value=group if group in names else names[0], description=_t("group"))
    ind = w.Dropdown(options=[(meta.set_index("indicator").at[i, i18n.label_column()], i) for i in usable],
                     value=indicator, description="Indikator")  # fmt: skip
    years = w.Dropdown(description=_t("years"))
    schemes = w.ToggleButtons(options=[(i18n.t(f"scheme_{s}"), s) for s in ("quantiles", "natural_breaks",
                                                                              "equal_interval")], value=scheme)  # fmt: skip
    out = w.Output()
    state = {}

    def set_years(*_):
        """Keep the chosen year when the new indicator has it; otherwise its latest year."""
        ys = [int(y) for y in sorted(base.loc[base["indicator"] == ind.value, "year"].unique())]
        keep = years.value if years.value in ys else (year if year in ys else ys[-1])
        years.options = ys
        years.value = keep

    def redraw(*_):
        if years.value is None:
            return
        out.clear_output(wait=True)
        with out:
            fig, ax = plt.subplots(figsize=(10, 6))
            maps.choropleth(indicator=ind.value, year=years.value, scheme=schemes.value, ax=ax)
            members = load_regions(group=pick.value)
            members.boundary.plot(ax=ax, color="black", linewidth=1.6)
            state["last"] = ax
            plt.show()

    ind.observe(set_years, names="value")
    for control in (pick, ind, years, schemes):
        control.observe(redraw, names="value")
    set_years()
    box = w.VBox([w.HBox([pick, ind, years]), schemes, out])
    box.kad_controls = {"group": pick, "indicator": ind, "year": years, "scheme": schemes}
    box.kad_state = state
    redraw()
    return box
