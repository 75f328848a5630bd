"""Charts of the regional baseline (matplotlib).

Each function draws one chart from the output of a :mod:`kadlib.economy`
function, takes an optional ``ax``, returns it, and labels itself in the
language chosen with :func:`kadlib.set_language`.  Region and sector names come
from the bundled tables; nothing is computed here that economy does not.
"""

from __future__ import annotations

import numpy as np

from . import i18n
from .datasets import load_sectors
from .factors import quadrant_label
from .regions import display_name


def _axes(ax, figsize=(8, 5)):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


class LocaleFormatter:
    """Tick labels in the reader's number format ("0,25" / "1.500" in Indonesian, "0.25" / "1,500" in English),
    with as many decimals as the tick spacing needs.  Use :func:`localise_axes`.

    Examples
    --------
    >>> f = LocaleFormatter()
    >>> f.set_locs([0.0, 0.25, 0.5])
    >>> f(0.25)
    '0,25'
    """

    def __new__(cls):
        from matplotlib.ticker import Formatter

        class _Formatter(Formatter):
            decimals = 0

            def set_locs(self, locs):
                super().set_locs(locs)
                values = np.asarray(locs, dtype=float)
                values = values[np.isfinite(values)]
                tol = 1e-9 * max(1.0, float(np.abs(values).max())) if values.size else 0.0
                # the fewest decimals that show every tick exactly (0.25 is "0,25", not "0,2")
                self.decimals = next(
                    (
                        d
                        for d in range(7)
                        if np.allclose(np.round(values, d), values, rtol=0, atol=tol)
                    ),
                    6,
                )

            def __call__(self, x, pos=None):
                return i18n.format_number(float(x), self.decimals)

        return _Formatter()


def localise_axes(ax, which="both"):
    """Give the numeric axes of ``ax`` the reader's number format (see :class:`LocaleFormatter`).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> f = localise_axes(ax).xaxis.get_major_formatter()
    >>> f.set_locs([0, 500, 1000, 1500])
    >>> f(1500)
    '1.500'
    >>> plt.close(fig)
    """
    if which in ("both", "x"):
        ax.xaxis.set_major_formatter(LocaleFormatter())
    if which in ("both", "y"):
        ax.yaxis.set_major_formatter(LocaleFormatter())
    return ax


def _sector_labels(codes, short=True):
    table = load_sectors().set_index("sector_code")
    col = f"short_{i18n.get_language()}" if short else i18n.label_column()
    return [table.at[c, col] if c in table.index else c for c in codes]


def _name(code):
    return display_name(code)


def structure_plot(structure, *, year=None, ax=None):
    """Stacked horizontal bars: each region's sector shares (output of ``economy.structure``).

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import economy
    >>> f = pd.DataFrame({"region_code": ["3302"] * 3 + ["3300"] * 3, "year": 2020,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 2, "value": [20.0, 80, 100, 100, 900, 1000]})
    >>> ax = structure_plot(economy.structure(f))
    >>> ax.get_title(), [t.get_text() for t in ax.get_yticklabels()]
    ('Struktur ekonomi 2020', ['Jawa Tengah', 'Banyumas'])
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['Pertanian', 'Industri pengolahan']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    import matplotlib.pyplot as plt

    ax = _axes(ax, (9, 0.5 * structure["region_code"].nunique() + 2))
    year = year if year is not None else int(structure["year"].max())
    part = structure[structure["year"] == year]
    wide = part.pivot(index="region_code", columns="sector_code", values="share").fillna(0.0)
    order = [c for c in load_sectors()["sector_code"] if c in wide.columns]
    wide = wide[order]
    colours = plt.get_cmap("tab20")(np.linspace(0, 1, len(order)))
    left = np.zeros(len(wide))
    names = [_name(c) for c in wide.index]
    for colour, code, label in zip(colours, order, _sector_labels(order), strict=True):
        ax.barh(
            names,
            wide[code].to_numpy(),
            left=left,
            color=colour,
            label=label,
            edgecolor="white",
            linewidth=0.4,
        )
        left += wide[code].to_numpy()
    ax.set_xlim(0, 100)
    ax.set_xlabel(i18n.t("share_pct"))
    ax.set_title(i18n.t("structure_title", year=year))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7, frameon=False)
    ax.invert_yaxis()
    localise_axes(ax, "x")
    return ax


def growth_plot(growth, *, what=None, ax=None):
    """Lines of year-on-year growth per region (output of ``economy.growth_rates``).

    Province rows (codes ending in ``00``) are drawn thick and black.

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import economy
    >>> g = pd.DataFrame({"region_code": ["3302"] * 3 + ["3300"] * 3, "year": [2020, 2021, 2022] * 2,
    ...                   "value": [100.0, 110, 121, 100, 105, 110.25]})
    >>> ax = growth_plot(economy.growth_rates(g), what="PDRB ADHK")
    >>> ax.get_title(), ax.get_ylabel()
    ('Pertumbuhan PDRB ADHK', 'Pertumbuhan (% per tahun)')
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['Jawa Tengah', 'Banyumas']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    ax = _axes(ax)
    for code, part in growth.groupby("region_code"):
        part = part.sort_values("year")
        style = {"linewidth": 2.5, "color": "black"} if code.endswith("00") else {"linewidth": 1.5}
        ax.plot(part["year"], part["growth"], marker="o", markersize=3, label=_name(code), **style)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_xlabel(i18n.t("year"))
    ax.set_ylabel(i18n.t("growth_pct"))
    ax.set_title(i18n.t("growth_title", what=what or "PDRB"))
    ax.legend(fontsize=8, frameon=False, ncol=2)
    localise_axes(ax, "y")
    return ax


def klassen_plot(klassen, *, start=None, end=None, unit="", ax=None):
    """Klassen quadrant scatter with labelled regions (output of ``economy.klassen_regions``).

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import economy
    >>> t = pd.DataFrame({"growth": [5.0, 6.0, 4.0, 6.0, 4.0], "level": [100, 120, 120, 80, 80]},
    ...                  index=["P", "a", "b", "c", "d"])
    >>> ax = klassen_plot(economy.klassen_regions(t, reference="P"), start=2013, end=2019, unit="ribu Rp/orang")
    >>> ax.get_title(), ax.get_ylabel()
    ('Tipologi Klassen 2013–2019', 'PDRB per kapita (ribu Rp/orang)')
    >>> [t.get_text() for t in ax.get_legend().get_texts()]  # doctest: +NORMALIZE_WHITESPACE
    ['Daerah cepat maju dan cepat tumbuh', 'Daerah maju tapi tertekan', 'Daerah berkembang cepat',
     'Daerah relatif tertinggal']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    ax = _axes(ax, (8, 6))
    ref_g, ref_l = (
        float(klassen["reference_growth"].iloc[0]),
        float(klassen["reference_level"].iloc[0]),
    )
    colours = {1: "#1b9e77", 2: "#7570b3", 3: "#d95f02", 4: "#e7298a"}
    for q, part in klassen.groupby("quadrant"):
        ax.scatter(
            part["growth"],
            part["level"],
            s=60,
            color=colours[int(q)],
            label=i18n.t(f"klassen_region_{int(q)}"),
            zorder=3,
        )
    for code, row in klassen.iterrows():
        ax.annotate(
            _name(code),
            (row["growth"], row["level"]),
            xytext=(4, 4),
            textcoords="offset points",
            fontsize=8,
        )
    ax.axvline(ref_g, color="grey", linestyle="--", linewidth=1)
    ax.axhline(ref_l, color="grey", linestyle="--", linewidth=1)
    ax.annotate(
        i18n.t("reference"),
        (ref_g, ref_l),
        xytext=(4, -12),
        textcoords="offset points",
        fontsize=8,
        color="grey",
    )
    ax.set_xlabel(i18n.t("klassen_x"))
    ax.set_ylabel(i18n.t("klassen_y", unit=unit))
    if start is not None:
        ax.set_title(i18n.t("klassen_title", start=start, end=end))
    ax.legend(fontsize=8, frameon=False, loc="best")
    localise_axes(ax)
    return ax


def disparity_plot(williamson=None, theil=None, sigma=None, *, ax=None):
    """Disparity over time: Williamson, Theil (with between/within) and sigma, as given.

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import economy
    >>> y = pd.DataFrame({"region_code": ["a", "b"] * 2, "year": [2020, 2020, 2021, 2021], "value": [10.0, 30, 12, 28]})
    >>> p = y.assign(value=1.0)
    >>> ax = disparity_plot(economy.williamson(y, p), sigma=economy.sigma_convergence(y))
    >>> ax.get_title(), [t.get_text() for t in ax.get_legend().get_texts()]
    ('Ketimpangan antarwilayah', ['Indeks Williamson', 'Sigma (simpangan baku ln PDRB per kapita)'])
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    ax = _axes(ax)
    if williamson is not None:
        ax.plot(
            williamson["year"], williamson["williamson"], marker="o", label=i18n.t("williamson")
        )
    if theil is not None:
        ax.plot(theil["year"], theil["theil"], marker="s", label=i18n.t("theil"))
        if "between" in theil.columns:
            ax.plot(theil["year"], theil["between"], linestyle="--", label=i18n.t("theil_between"))
            ax.plot(theil["year"], theil["within"], linestyle=":", label=i18n.t("theil_within"))
    if sigma is not None:
        ax.plot(sigma["year"], sigma["sigma"], marker="^", label=i18n.t("sigma"))
    ax.set_xlabel(i18n.t("year"))
    ax.set_ylabel(i18n.t("index"))
    ax.set_title(i18n.t("disparity_title"))
    ax.legend(fontsize=8, frameon=False)
    localise_axes(ax, "y")
    return ax


def lq_scale(lq):
    """The regions x sectors LQ table in the kit's sector order, and its colour scale: log, centred on 1.

    LQ 2 and LQ 0.5 are equally far from "no specialisation"; the scale reaches the
    largest departure from 1 (at least 1.5 and 1/1.5).  Shared by :func:`lq_heatmap`
    and the explorer's HTML heat table, so both colour a value alike.

    Examples
    --------
    >>> import pandas as pd
    >>> wide, norm = lq_scale(pd.DataFrame({"region_code": ["a", "a"], "sector_code": ["C", "A"], "lq": [2.0, 0.5]}))
    >>> list(wide.columns), round(norm.vmin, 3), round(norm.vmax, 3)
    (['A', 'C'], 0.5, 2.0)
    """
    from matplotlib.colors import LogNorm

    wide = lq.pivot(index="region_code", columns="sector_code", values="lq")
    wide = wide[[c for c in load_sectors()["sector_code"] if c in wide.columns]]
    values = wide.to_numpy(dtype=float)
    finite = values[np.isfinite(values) & (values > 0)]
    span = max(float(np.max(np.abs(np.log(finite)))), np.log(1.5)) if finite.size else np.log(2)
    return wide, LogNorm(vmin=np.exp(-span), vmax=np.exp(span))


def lq_heatmap(lq, *, ax=None, annotate=True):
    """Regions x sectors heat map of location quotients (one year of ``economy.location_quotient``).

    Colours are centred on 1 on a log scale, so LQ 2 and LQ 0.5 are equally far
    from "no specialisation".  The Axes gets ``kad_matrix`` (the values drawn).

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import economy
    >>> f = pd.DataFrame({"region_code": ["3302"] * 3 + ["3300"] * 3, "year": 2020,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 2, "value": [20.0, 80, 100, 100, 900, 1000]})
    >>> ax = lq_heatmap(economy.location_quotient(f))
    >>> ax.get_title()
    'Location quotient (LQ) 2020 (pembanding: Jawa Tengah)'
    >>> ax.kad_matrix.round(3).values.tolist(), [t.get_text() for t in ax.texts]
    ([[2.0, 0.889]], ['2,00', '0,89'])
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    ax = _axes(ax, (10, 0.45 * lq["region_code"].nunique() + 2))
    year = int(lq["year"].iloc[0]) if "year" in lq.columns else ""
    wide, norm = lq_scale(lq)
    order, values = list(wide.columns), wide.to_numpy(dtype=float)
    span = float(np.log(norm.vmax))
    image = ax.imshow(np.where(values > 0, values, np.nan), cmap="RdBu_r", aspect="auto", norm=norm)
    ax.set_xticks(range(len(order)), _sector_labels(order), rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(wide)), [_name(c) for c in wide.index], fontsize=8)
    if annotate:
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                if np.isfinite(values[i, j]):
                    ax.text(
                        j,
                        i,
                        i18n.format_number(values[i, j], 2),
                        ha="center",
                        va="center",
                        fontsize=6,
                        fontweight="bold" if values[i, j] > 1 else "normal",
                    )
    ref = lq["reference_code"].iloc[0] if "reference_code" in lq.columns else ""
    ax.set_title(i18n.t("lq_title", year=year, ref=_name(ref) if ref else "-"))
    from matplotlib.ticker import FixedFormatter, FixedLocator, NullLocator

    bar = ax.figure.colorbar(image, ax=ax, label=i18n.t("lq_colorbar"), shrink=0.8)
    ticks = [t for t in (0.1, 0.25, 0.5, 1, 2, 4, 10) if np.exp(-span) <= t <= np.exp(span)]
    bar.ax.yaxis.set_major_locator(FixedLocator(ticks))
    bar.ax.yaxis.set_major_formatter(
        FixedFormatter(
            [f"{t:g}".replace(".", ",") if i18n.get_language() == "id" else f"{t:g}" for t in ticks]
        )
    )
    bar.ax.yaxis.set_minor_locator(NullLocator())
    ax.kad_matrix = wide
    return ax


def shift_share_plot(shift, *, region=None, unit="miliar rupiah", ax=None):
    """Stacked bars of the shift-share components per sector for one region.

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import economy
    >>> f = pd.DataFrame({"region_code": ["3302"] * 6 + ["3300"] * 6, "year": ([2015] * 3 + [2020] * 3) * 2,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 4,
    ...                   "value": [60, 40, 100, 90, 44, 134, 500, 500, 1000, 600, 550, 1150.0]})
    >>> ax = shift_share_plot(economy.shift_share(f, 2015, 2020), region="3302")
    >>> ax.get_title()
    'Shift-share Banyumas, 2015–2020'
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['Perubahan (miliar rupiah)', 'Pertumbuhan wilayah pembanding', 'Bauran industri', 'Keunggulan kompetitif']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    ax = _axes(ax, (9, 5))
    region = region or shift["region_code"].iloc[0]
    part = shift[shift["region_code"] == region].set_index("sector_code")
    order = [c for c in load_sectors()["sector_code"] if c in part.index]
    part = part.loc[order]
    esteban = "allocation" in part.columns
    components = (
        ["reference_growth", "industry_mix", "competitive_homothetic", "allocation"]
        if esteban
        else ["reference_growth", "industry_mix", "competitive"]
    )
    x = np.arange(len(order))
    pos, neg = np.zeros(len(order)), np.zeros(len(order))
    for comp in components:
        v = part[comp].fillna(0.0).to_numpy(dtype=float)
        base = np.where(v >= 0, pos, neg)
        ax.bar(x, v, bottom=base, label=i18n.t(f"ss_{comp}"))
        pos, neg = pos + np.clip(v, 0, None), neg + np.clip(v, None, 0)
    ax.scatter(
        x,
        part["change"],
        color="black",
        marker="_",
        s=200,
        zorder=3,
        label=i18n.t("ss_change", unit=unit),
    )
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_xticks(x, _sector_labels(order), rotation=60, ha="right", fontsize=8)
    ax.set_ylabel(i18n.t("ss_change", unit=unit))
    ax.set_title(
        i18n.t(
            "shift_share_title",
            region=_name(region),
            start=int(part["start"].iloc[0]),
            end=int(part["end"].iloc[0]),
        )
    )
    ax.legend(fontsize=8, frameon=False)
    localise_axes(ax, "y")
    return ax


def ranking_plot(scored, *, labels=None, method="", ax=None):
    """Horizontal bars of sector scores, best on top; sectors failing the neighbour gate hatched grey.

    ``scored`` is the output of :func:`kadlib.scoring.score`; ``labels`` maps
    sector ids to display names.  The Axes gets ``kad_order`` (sectors top to bottom).

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import scoring
    >>> dm = scoring.DecisionMatrix(pd.DataFrame({"need": [5, 3, 4], "potential": [2, 5, 3]},
    ...                                          index=["trade", "tourism", "farming"]), scale=(1, 5))
    >>> ax = ranking_plot(scoring.score(dm, {"need": 0.7, "potential": 0.3}), method="wsm",
    ...                   labels={"trade": "Perdagangan"})
    >>> ax.get_title(), ax.kad_order
    ('Peringkat sektor (WSM)', ['trade', 'farming', 'tourism'])
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['1. Perdagangan', '2. farming', '3. tourism']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    ax = _axes(ax, (8, 0.45 * len(scored) + 1.5))
    order = list(scored.index)
    names = [labels.get(s, s) if labels else s for s in order]
    passes = (
        scored["passes_gate"].tolist() if "passes_gate" in scored.columns else [True] * len(order)
    )
    colours = ["#1b9e77" if ok else "#bbbbbb" for ok in passes]
    bars = ax.barh(range(len(order)), scored["score"].to_numpy(), color=colours)
    for bar, ok in zip(bars, passes, strict=True):
        if not ok:
            bar.set_hatch("//")
    ax.set_yticks(
        range(len(order)), [f"{int(r)}. {n}" for r, n in zip(scored["rank"], names, strict=True)]
    )
    ax.invert_yaxis()
    ax.set_xlabel(i18n.t("score"))
    ax.set_title(i18n.t("ranking_title", method=method.upper() or "-"))
    if not all(passes):
        from matplotlib.patches import Patch

        ax.legend(
            handles=[
                Patch(color="#1b9e77", label=i18n.t("passes_gate")),
                Patch(facecolor="#bbbbbb", hatch="//", label=i18n.t("fails_gate")),
            ],
            fontsize=8,
            frameon=False,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.12),
            ncol=2,
        )
    localise_axes(ax, "x")
    ax.kad_order = order
    return ax


def rank_probability_plot(robustness, *, labels=None, ax=None):
    """Heat map of the probability of each rank for each sector (:func:`kadlib.scoring.robustness_mc`).

    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib import scoring
    >>> dm = scoring.DecisionMatrix(pd.DataFrame({"need": [5, 3, 4], "potential": [2, 5, 3]},
    ...                                          index=["trade", "tourism", "farming"]), scale=(1, 5))
    >>> robust = scoring.robustness_mc(dm, {"need": 0.6, "potential": 0.4}, draws=200, seed=0)
    >>> ax = rank_probability_plot(robust)
    >>> ax.get_title(), ax.kad_matrix.shape
    ('Peluang tiap peringkat (200 simulasi bobot acak)', (3, 3))
    >>> bool((ax.kad_matrix.sum(axis=1).round(9) == 1).all())  # each sector's probabilities add up to 1
    True
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    prob = robustness.rank_probability
    ax = _axes(ax, (7, 0.45 * len(prob) + 1.5))
    order = robustness.expected_rank.sort_values().index
    data = prob.loc[order]
    image = ax.imshow(data.to_numpy(), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(data.shape[1]), [str(c) for c in data.columns])
    ax.set_yticks(range(len(order)), [labels.get(s, s) if labels else s for s in order])
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            v = data.iat[i, j]
            if v >= 0.005:
                ax.text(
                    j,
                    i,
                    f"{i18n.format_number(100 * v, 0)} %",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if v > 0.6 else "black",
                )
    ax.set_xlabel(i18n.t("rank"))
    ax.set_title(i18n.t("rank_prob_title", n=robustness.draws))
    ax.figure.colorbar(image, ax=ax, label=i18n.t("probability"), shrink=0.8)
    ax.kad_matrix = data
    return ax


# ----------------------------------------------------------------------------- region-to-region (area: fields)
def comparison_plot(comparison, *, ax=None):
    """Two regions side by side: each category's share (bars) and LQ > 1 (a dot), with the pair's role.

    ``comparison`` is :func:`kadlib.complementarity.compare`; its Krugman index and cosine go in the title.

    Examples
    --------
    >>> from kadlib import complementarity
    >>> ax = comparison_plot(complementarity.compare("3471", "3404"))
    >>> ax.get_title().startswith("Kota Yogyakarta dan Sleman, 2019: indeks Krugman")
    True
    >>> len(ax.get_yticklabels())  # the 17 categories
    17
    """
    ax = _axes(ax, (9, 6))
    a, b = comparison.attrs["regions"]
    wide = comparison.pivot(index="sector_code", columns="region_code", values="share")
    basis = comparison.pivot(index="sector_code", columns="region_code", values="basis")
    roles = comparison.drop_duplicates("sector_code").set_index("sector_code")["role"]
    order = [c for c in load_sectors()["sector_code"] if c in wide.index]
    y = np.arange(len(order))
    for offset, code, colour in ((-0.2, a, "#1f78b4"), (0.2, b, "#ff7f00")):
        ax.barh(y + offset, wide.loc[order, code], height=0.38, color=colour, label=_name(code))
        mark = [i for i, s in enumerate(order) if basis.loc[s, code]]
        ax.scatter(
            wide.loc[order, code].to_numpy()[mark] + 0.6,
            y[mark] + offset,
            s=14,
            color="black",
            zorder=3,
        )
    role = {s: r if isinstance(r, str) else "None" for s, r in roles.items()}
    short = {s: i18n.t(f"role_short_{r}") for s, r in role.items()}
    ticks = [f"{lab} · {short[s]}" for s, lab in zip(order, _sector_labels(order), strict=True)]
    ax.set_yticks(y, ticks, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel(i18n.t("share_pct"))
    localise_axes(ax, "x")
    ax.set_title(
        i18n.t(
            "cmp_title",
            a=_name(a),
            b=_name(b),
            year=comparison.attrs["year"],
            k=i18n.format_number(comparison.attrs["krugman"], 2),
            c=i18n.format_number(comparison.attrs["cosine"], 2),
        ),
        fontsize=9,
    )
    ax.legend(fontsize=7, loc="lower right", title=i18n.t("cmp_dot"), title_fontsize=7)
    return ax


# ----------------------------------------------------------------------------- key success factors
IPA_COLOURS = {1: "#d7301f", 2: "#2b8cbe", 3: "#969696", 4: "#fdae6b"}


def ipa_plot(ipa, *, labels=None, ax=None, scale=(1, 5), wrap=26, fontsize=9):
    """The importance–performance chart: condition (x) vs importance (y), crosshair, quadrant names.

    ``ipa`` is the output of :func:`kadlib.factors.importance_performance`.  Long
    factor names are wrapped and placed by ``adjustText`` so that no two labels
    overlap and none leaves the axes; the legend sits below the chart.  The Axes
    gets ``kad_points`` and ``kad_labels`` (the Text artists).


    Examples
    --------
    >>> import pandas as pd
    >>> from kadlib.factors import importance_performance
    >>> r = pd.DataFrame({"participant": "p1", "item": ["a", "b"], "importance": [5, 2], "condition": [2, 4]})
    >>> ax = ipa_plot(importance_performance(r), labels={"a": "Pendanaan"})
    >>> ax.get_title(), ax.kad_points, sorted(t.get_text() for t in ax.kad_labels)
    ('Analisis kepentingan–kinerja faktor kunci sukses', 2, ['Pendanaan', 'b'])
    >>> label_overlaps(ax), labels_outside(ax)
    ([], [])
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    import textwrap

    from adjustText import adjust_text

    own = ax is None
    ax = _axes(ax, (11, 7.5))
    if own:  # room for the two-row legend under the chart
        ax.figure.subplots_adjust(left=0.08, right=0.97, top=0.93, bottom=0.2)
    cx, cy = ipa.attrs.get("crosshair", ((scale[0] + scale[1]) / 2,) * 2)
    for q, part in ipa.groupby("quadrant"):
        ax.scatter(
            part["condition"],
            part["importance"],
            s=70,
            color=IPA_COLOURS[int(q)],
            label=quadrant_label(q),
            zorder=3,
        )
    ax.axvline(cx, color="grey", linestyle="--", linewidth=1)
    ax.axhline(cy, color="grey", linestyle="--", linewidth=1)
    ax.set_xlim(scale[0] - 0.2, scale[1] + 0.2)
    ax.set_ylim(scale[0] - 0.2, scale[1] + 0.2)
    ax.set_xlabel(i18n.t("ipa_x"))
    ax.set_ylabel(i18n.t("ipa_y"))
    ax.set_title(i18n.t("ipa_title"))
    ax.legend(
        fontsize=fontsize, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, frameon=False
    )
    texts = [
        ax.text(
            row["condition"],
            row["importance"],
            textwrap.fill(str(labels.get(item, item) if labels else item), wrap),
            fontsize=fontsize,
            ha="left",
            va="bottom",
            zorder=4,
        )
        for item, row in ipa.iterrows()
    ]
    if texts:
        adjust_text(
            texts,
            x=ipa["condition"].to_numpy(),
            y=ipa["importance"].to_numpy(),
            ax=ax,
            ensure_inside_axes=True,
            expand=(1.15, 1.3),
            time_lim=1,
            arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.6},
        )
    localise_axes(ax)
    ax.kad_points = len(ipa)
    ax.kad_labels = texts
    return ax


def label_overlaps(ax, texts=None) -> list[tuple[str, str]]:
    """Pairs of text labels whose rendered boxes overlap (for tests and checks before projecting).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.text(0.5, 0.5, "Sleman"), ax.text(0.5, 0.5, "Bantul")
    >>> label_overlaps(ax)
    [('Sleman', 'Bantul')]
    >>> plt.close(fig)
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    texts = list(texts if texts is not None else ax.texts)
    boxes = [t.get_window_extent(renderer) for t in texts]
    return [
        (texts[i].get_text(), texts[j].get_text())
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if boxes[i].overlaps(boxes[j])
    ]


def labels_outside(ax, texts=None) -> list[str]:
    """Labels whose rendered box reaches outside the figure (would be cut off).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.text(0.5, 0.5, "Sleman"), ax.text(1.0, 0.5, "Kabupaten Banjarnegara " * 3)
    >>> labels_outside(ax)
    ['Kabupaten Banjarnegara Kabupaten Banjarnegara Kabupaten Banjarnegara ']
    >>> plt.close(fig)
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    frame = fig.bbox
    out = []
    for t in texts if texts is not None else ax.texts:
        b = t.get_window_extent(renderer)
        if b.x0 < frame.x0 or b.y0 < frame.y0 or b.x1 > frame.x1 or b.y1 > frame.y1:
            out.append(t.get_text())
    return out
