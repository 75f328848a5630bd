"""Maps of cooperation areas on the bundled boundaries (matplotlib + geopandas, offline).

Every function takes an optional ``ax`` and returns it, and labels itself in
the language chosen with :func:`kadlib.set_language`.
"""

from __future__ import annotations

from . import i18n
from .datasets import load_regions, select_codes
from .errors import KadDataError

MEMBER_COLOUR = "#d95f02"
CONTEXT_COLOUR = "#e5e5e5"
EDGE_COLOUR = "white"


def _axes(ax, figsize=(7, 6)):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


#: A region smaller than this share of the drawn extent's area gets a marker so it stays visible.
SMALL_SHARE = 0.004


def _areas(gdf):
    """Polygon areas in the layer's own units (degrees²): only compared with each other, never reported."""
    import numpy as np
    import shapely

    return np.asarray(shapely.area(np.asarray(gdf.geometry)), dtype=float)


def label_regions(ax, gdf, *, fontsize=8, markers=True):
    """Write region names at representative points; KOTA in italic capitals, kabupaten upright.

    Regions too small to see at the map's scale (the kota: Surakarta, Magelang,
    Yogyakarta on a province map) get a dark ring marker under their name, so
    they stay visible.  Returns the list of annotations (``ax.kad_labels``).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import kadlib
    >>> diy = kadlib.load_regions(codes=["3401", "3402", "3403", "3404", "3471"])
    >>> fig, ax = plt.subplots()
    >>> _ = diy.plot(ax=ax, color=CONTEXT_COLOUR, edgecolor=EDGE_COLOUR)
    >>> texts = label_regions(ax, diy)
    >>> ax.kad_labels
    ['Kulon Progo', 'Bantul', 'Gunungkidul', 'Sleman', 'KOTA YOGYAKARTA']
    >>> texts[3].get_fontstyle(), texts[4].get_fontstyle()
    ('normal', 'italic')

    On the whole Jawa Tengah/DIY layer the kota are too small to see, so they get a marker:

    >>> layer = kadlib.load_regions()
    >>> fig2, ax2 = plt.subplots()
    >>> _ = layer.plot(ax=ax2)
    >>> _ = label_regions(ax2, layer)
    >>> ax2.kad_small
    ['3371', '3372', '3373', '3375', '3376', '3471']
    >>> plt.close(fig); plt.close(fig2)
    """
    if "name_short" not in gdf.columns:
        return []
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    extent = abs((x1 - x0) * (y1 - y0)) or 1.0
    texts = []
    points = gdf.representative_point()
    small = [markers and float(a) / extent < SMALL_SHARE for a in _areas(gdf)]
    if any(small):
        xs = [p.x for p, s in zip(points, small, strict=True) if s]
        ys = [p.y for p, s in zip(points, small, strict=True) if s]
        ax.scatter(xs, ys, s=46, facecolor="none", edgecolor="black", linewidth=1.4, zorder=6)
    for name, kind, point, tiny in zip(gdf["name_short"], gdf["kind"], points, small, strict=True):
        kota = kind == "kota"
        texts.append(
            ax.annotate(
                name.upper() if kota else name,
                xy=(point.x, point.y),
                ha="center",
                va="bottom" if tiny else "center",
                xytext=(0, 5) if tiny else (0, 0),
                textcoords="offset points",
                fontsize=fontsize,
                fontstyle="italic" if kota else "normal",
                color="black",
                zorder=7,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
            )
        )
    ax.kad_labels = [t.get_text() for t in texts]
    ax.kad_small = [c for c, tiny in zip(gdf["region_code"], small, strict=True) if tiny]
    return texts


_label_regions = label_regions  # older private name


def _zoom(ax, gdf, *, margin=0.25):
    """Zoom the map to ``gdf`` with a margin (a fraction of its larger side, plus ~5 km)."""
    minx, miny, maxx, maxy = gdf.total_bounds
    pad = max(maxx - minx, maxy - miny) * margin + 0.05
    ax.set_xlim(minx - pad, maxx + pad)
    ax.set_ylim(miny - pad, maxy + pad)


def add_source_line(ax, text: str | None = None):
    """Write the data source under the map ("Sumber: BPS; batas wilayah: ...").

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> add_source_line(ax).texts[-1].get_text()
    'Sumber: BPS; batas wilayah: geoBoundaries/HDX, CC BY 3.0 IGO'
    >>> add_source_line(ax, "Sumber: BPS Provinsi DIY").texts[-1].get_text()
    'Sumber: BPS Provinsi DIY'
    >>> plt.close(fig)
    """
    ax.annotate(
        text or i18n.t("map_source_line"),
        xy=(0, 0),
        xycoords="axes fraction",
        xytext=(0, -8),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=7,
        color="#555555",
    )
    return ax


def group_map(
    group=None, codes=None, *, ax=None, layer="jateng_diy", context=True, labels=True, title=None
):
    """Map a cooperation group: members highlighted and named on their province(s).

    Kota names are written in italics and upper case, Kabupaten names upright,
    so that Kota Pekalongan and Kabupaten Pekalongan are told apart at a glance.

    Parameters
    ----------
    group : str, optional
        A cooperation group ("Kartamantul", "Barlingmascakeb", "SAMPAN" ...).
    codes : list, optional
        Member codes or names, instead of (or to narrow) ``group``.
    ax : matplotlib Axes, optional
    layer : {"jateng_diy", "indonesia"}
        Boundary layer (see :func:`kadlib.load_regions`).
    context : bool
        Draw the other regions of the layer in grey, zoomed to the members.
    labels : bool
        Write the member names.
    title : str, optional
        Default: the group's name.

    Returns
    -------
    matplotlib.axes.Axes
        With the attribute ``kad_members`` (list of highlighted codes).

    Examples
    --------
    >>> ax = group_map("Kartamantul")
    >>> ax.kad_members, sorted(t.get_text() for t in ax.texts if t.get_text() != ax.kad_source)
    (['3402', '3404', '3471'], ['Bantul', 'KOTA YOGYAKARTA', 'Sleman'])
    """
    ax = _axes(ax)
    regions = load_regions(layer=layer)
    members = select_codes(group, codes)
    if members is None:
        raise KadDataError(
            "err_map_no_group", column="group", value=group, allowed=("allow_group_or_codes", {})
        )
    is_member = regions["region_code"].isin(members)
    absent = sorted(set(members) - set(regions["region_code"]))
    if absent:  # e.g. Pawonsari's Pacitan on the Jawa Tengah/DIY layer
        load_regions(codes=absent, layer=layer)  # raises the usual KadDataError
    chosen = regions[is_member]
    shown = regions if context else chosen  # one draw call for context and members
    shown.plot(
        ax=ax,
        color=[MEMBER_COLOUR if m else CONTEXT_COLOUR for m in shown["region_code"].isin(members)],
        edgecolor=EDGE_COLOUR,
        linewidth=0.8,
    )
    if context:
        _zoom(ax, chosen)
    if labels:
        label_regions(ax, chosen)
    ax.set_aspect("equal")
    ax.set_axis_off()
    if title is None and group is not None:
        from .datasets import load_groups

        groups = load_groups()
        hit = groups[groups["members"].map(lambda m: sorted(m) == sorted(members))]
        title = hit["name"].iloc[0] if len(hit) else str(group)
    if title:
        ax.set_title(title)
    add_source_line(ax)
    ax.kad_members = sorted(members)
    ax.kad_source = i18n.t("map_source_line")
    return ax


# ============================================================================= choropleth
SCHEMES = ("quantiles", "natural_breaks", "equal_interval", "user")
MISSING_STYLE = {"facecolor": "white", "edgecolor": "#888888", "hatch": "///", "linewidth": 0.4}


def _classify(values, scheme, k, bins):
    import mapclassify

    from .errors import KadDataError

    if scheme == "quantiles":
        c = mapclassify.Quantiles(values, k=k)
    elif scheme == "natural_breaks":
        import warnings

        with warnings.catch_warnings():
            # mapclassify only says it uses its pure-Python Fisher-Jenks (fast enough for 514 values)
            warnings.filterwarnings("ignore", message="Numba not installed")
            c = mapclassify.FisherJenks(
                values, k=k
            )  # deterministic (NaturalBreaks uses random k-means)
    elif scheme == "equal_interval":
        c = mapclassify.EqualInterval(values, k=k)
    elif scheme == "user":
        if not bins:
            raise KadDataError(
                "err_scheme", value=scheme, allowed=("allow_list", {"items": "bins=[...]"})
            )
        c = mapclassify.UserDefined(values, bins=list(bins))
    else:
        raise KadDataError(
            "err_scheme", value=scheme, allowed=("allow_list", {"items": ", ".join(SCHEMES)})
        )
    return c


def _class_labels(classifier, decimals):
    lows = [float(classifier.y.min())] + list(classifier.bins[:-1])
    fmt = i18n.format_number
    return [
        f"{fmt(lo, decimals)} – {fmt(hi, decimals)}"
        for lo, hi in zip(lows, classifier.bins, strict=True)
    ]


def _one_value_per_region(values):
    """``region_code -> value`` from a tidy table, refusing one with several values for a region.

    Several rows per region (all the sectors of an LQ, several years or indicators)
    would otherwise be mapped by whichever row came first.
    """
    from .errors import check_columns

    check_columns(values, ["region_code", "value"], "values")
    rows = values[["region_code", "value"]].drop_duplicates()
    twice = rows["region_code"].duplicated()
    if twice.any():
        code = rows.loc[twice, "region_code"].iloc[0]
        raise KadDataError(
            "err_duplicate_rows",
            file="values",
            column="region_code",
            value=code,
            what=f"region_code {code!r}",
            allowed=("allow_one_value_per_region", {}),
        )
    return rows.set_index("region_code")["value"]


def choropleth(
    values=None,
    *,
    indicator=None,
    year=None,
    layer="jateng_diy",
    regions=None,
    scheme="quantiles",
    k=5,
    bins=None,
    cmap="YlOrRd",
    decimals=None,
    unit=None,
    title=None,
    ax=None,
    legend=True,
):
    """Map a value per region in classes, with a legend in the reader's number format.

    Parameters
    ----------
    values : DataFrame, optional
        ``region_code, value``, one value per region (a tidy table, e.g. one
        indicator and year of :func:`kadlib.load_baseline`, or the LQ of one
        sector and year with its ``lq`` column renamed ``value``).  Default: the
        baseline ``indicator`` in ``year``.
    layer, regions :
        The polygons: a bundled layer, or your own GeoDataFrame with ``region_code``.
    scheme : {"quantiles", "natural_breaks", "equal_interval", "user"}
        Classification (mapclassify); ``"user"`` takes ``bins`` (upper bounds).
    k : int
        Number of classes.
    decimals : int, optional
        Decimals in the legend (default: 0 for values ≥ 100, else 2).
    unit : str, optional
        Shown in the legend title (default: the indicator's unit).

    Returns
    -------
    matplotlib.axes.Axes
        With ``kad_classes`` (legend labels), ``kad_bins``, ``kad_missing``
        (codes without a value, drawn hatched — never as zero) and ``kad_polygons``.

    Examples
    --------
    The bundled baseline, as the map lesson draws it: the title and unit come from
    the indicator table, the legend is written in the reader's number format.

    >>> import matplotlib.pyplot as plt
    >>> ax = choropleth(indicator="persentase_penduduk_miskin", year=2023)
    >>> ax.get_title(), ax.kad_polygons, len(ax.kad_classes)
    ('Persentase penduduk miskin (P0) 2023', 40, 5)
    >>> plt.close(ax.figure)

    Your own values, with your own class bounds; a region without a value is drawn
    hatched and listed, never shown as 0:

    >>> import pandas as pd
    >>> import kadlib
    >>> diy = kadlib.load_regions(codes=["3401", "3402", "3403", "3404", "3471"])
    >>> values = pd.DataFrame({"region_code": ["3401", "3402", "3404", "3471"],
    ...                        "value": [4.2, 11.0, 7.5, 6.1]})
    >>> ax = choropleth(values, regions=diy, scheme="user", bins=[5, 10, 15], unit="persen")
    >>> ax.kad_classes, ax.kad_missing
    (['4,20 – 5,00', '5,00 – 10,00', '10,00 – 15,00'], ['3403'])
    >>> [t.get_text() for t in ax.get_legend().get_texts()][-1]
    'tidak ada data'
    >>> plt.close(ax.figure)
    """
    import matplotlib.pyplot as plt
    import numpy as np

    from .datasets import load_baseline, load_indicators

    ax = _axes(ax)
    gdf = load_regions(layer=layer) if regions is None else regions
    if values is None:
        values = load_baseline(indicators=indicator, years=year)
        meta = load_indicators().set_index("indicator")
        unit = unit or meta.at[indicator, "unit"]
        title = title or f"{meta.at[indicator, i18n.label_column()]} {year}"
    table = _one_value_per_region(values)
    data = gdf[
        ["region_code", "geometry", *[c for c in ("name_short", "kind") if c in gdf.columns]]
    ].copy()
    data["value"] = table.reindex(data["region_code"]).to_numpy(dtype=float)
    present = data[data["value"].notna()]
    missing = data[data["value"].isna()]
    classifier = _classify(present["value"].to_numpy(), scheme, k, bins)
    if decimals is None:
        decimals = 0 if np.nanmax(np.abs(present["value"])) >= 100 else 2
    labels = _class_labels(classifier, decimals)
    colours = plt.get_cmap(cmap)(np.linspace(0.15, 0.95, len(labels)))
    classes = np.asarray(classifier.yb)
    if len(
        present
    ):  # one call for every class (a call per class re-renders the whole figure each time)
        present.plot(ax=ax, color=colours[classes], edgecolor="white", linewidth=0.4)
    if len(missing):
        missing.plot(ax=ax, **MISSING_STYLE)
    areas = _areas(present)
    tiny = areas / max(float(areas.sum()), 1e-12) < SMALL_SHARE / 2
    if "kind" in present.columns:
        tiny |= (present["kind"] == "kota").to_numpy()
    small = present[tiny]
    if (
        len(small) and len(data) <= 100
    ):  # small kota stay visible: a named marker in their class colour
        pts = small.representative_point()
        ax.scatter(
            pts.x,
            pts.y,
            s=46,
            color=colours[classes[tiny]],
            edgecolor="black",
            linewidth=1.0,
            zorder=5,
        )
        if "name_short" in small.columns:
            for name, x, y in zip(small["name_short"], pts.x, pts.y, strict=True):
                ax.annotate(
                    name,
                    (x, y),
                    xytext=(4, 3),
                    textcoords="offset points",
                    fontsize=6,
                    fontstyle="italic",
                    zorder=6,
                    bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.6},
                )
    if legend:
        from matplotlib.patches import Patch

        handles = [
            Patch(facecolor=c, edgecolor="white", label=lab)
            for c, lab in zip(colours, labels, strict=True)
        ]
        if len(missing):
            handles.append(Patch(label=i18n.t("no_data"), **MISSING_STYLE))
        scheme_name = i18n.t(f"scheme_{scheme}")
        ax.legend(
            handles=handles,
            title=f"{unit or ''} ({scheme_name})".strip(),
            fontsize=7,
            title_fontsize=8,
            loc="lower left",
            frameon=True,
            framealpha=0.9,
        )
    ax.set_aspect("equal")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    add_source_line(ax)
    ax.kad_classes = labels
    ax.kad_bins = list(classifier.bins)
    ax.kad_missing = sorted(missing["region_code"])
    ax.kad_polygons = len(data)
    return ax


# ============================================================================= neighbours on a map
def _points(gdf):
    pts = gdf.set_index("region_code").representative_point()
    return {c: (p.x, p.y) for c, p in pts.items()}


def neighbour_map(
    graph=None, *, layer="jateng_diy", regions=None, highlight=None, ax=None, title=None
):
    """The neighbour graph over the map: a line between the representative points of adjacent regions.

    Land-border links are solid; manual links (sea/ferry) dashed.  The Axes gets
    ``kad_links`` ({"contiguity": n, "manual": m}).

    Examples
    --------
    The five regions of DIY have seven borders between them (Kulon Progo and
    Gunungkidul do not touch; Kota Yogyakarta borders only Sleman and Bantul):

    >>> import matplotlib.pyplot as plt
    >>> import kadlib
    >>> diy = kadlib.load_regions(codes=["3401", "3402", "3403", "3404", "3471"])
    >>> ax = neighbour_map(regions=diy, highlight=["3471"])
    >>> ax.kad_links, ax.get_title()
    ({'contiguity': 7, 'manual': 0}, 'Jaringan tetangga')
    >>> plt.close(ax.figure)
    """
    from .neighbours import neighbour_graph

    ax = _axes(ax)
    gdf = load_regions(layer=layer) if regions is None else regions
    graph = graph or neighbour_graph(gdf)
    gdf = gdf[gdf["region_code"].isin(graph.codes)]
    colours = [
        MEMBER_COLOUR if highlight and c in set(highlight) else CONTEXT_COLOUR
        for c in gdf["region_code"]
    ]
    gdf.plot(ax=ax, color=colours, edgecolor=EDGE_COLOUR, linewidth=0.6)
    pts = _points(gdf)
    counts = {"contiguity": 0, "manual": 0}
    for a, b in graph.edges:
        manual = frozenset((a, b)) in graph.manual
        (x1, y1), (x2, y2) = pts[a], pts[b]
        ax.plot(
            [x1, x2],
            [y1, y2],
            color="#1f4e79",
            linewidth=1.4 if manual else 0.8,
            linestyle="--" if manual else "-",
            zorder=3,
        )
        counts["manual" if manual else "contiguity"] += 1
    xs, ys = zip(*pts.values(), strict=True)
    ax.scatter(xs, ys, s=8, color="#1f4e79", zorder=4)
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color="#1f4e79", linewidth=0.8, label=i18n.t("contiguity_link"))]
    if counts["manual"]:
        handles.append(
            Line2D(
                [], [], color="#1f4e79", linestyle="--", linewidth=1.4, label=i18n.t("manual_link")
            )
        )
    ax.legend(handles=handles, fontsize=7, loc="lower left")
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title or i18n.t("neighbour_network"))
    add_source_line(ax)
    ax.kad_links = counts
    return ax


def sector_participation_map(
    sector_code,
    members,
    *,
    participants=None,
    lq=None,
    graph=None,
    layer="jateng_diy",
    ax=None,
    title=None,
):
    """Who takes part in a sector, where it is a basis sector, and whether the neighbour rule holds.

    Parameters
    ----------
    sector_code : str
        Label of the sector (a BPS code such as ``"A"`` or a workshop sector id).
    members : list of str
        The group's regions (drawn in colour; the rest of the layer in grey).
    participants : list of str, optional
        Regions taking part (default: the members where LQ > 1).
    lq : DataFrame, optional
        :func:`kadlib.economy.location_quotient` of one year, to mark basis sectors.
    graph : NeighbourGraph, optional

    Returns
    -------
    Axes
        With ``kad_status`` (code -> status key), ``kad_verdict`` (the rule's verdict).

    Examples
    --------
    Agriculture (A) in Kartamantul, 2019: basis only in Bantul, so by default only
    Bantul takes part and the neighbour rule fails; with Kota Yogyakarta joining
    (not basis there, but its neighbour) it holds.

    >>> import matplotlib.pyplot as plt
    >>> import kadlib
    >>> from kadlib.economy import location_quotient
    >>> members = kadlib.group_members("Kartamantul")
    >>> lq = location_quotient(kadlib.load_sector_pdrb(members, with_reference=True), year=2019)
    >>> ax = sector_participation_map("A", members, lq=lq)
    >>> ax.kad_status
    {'3402': 'participates_basis', '3404': 'member_other', '3471': 'member_other'}
    >>> print(ax.get_title())
    Pertanian, Kehutanan, dan Perikanan (A)
    tidak terpenuhi: hanya satu daerah peserta
    >>> plt.close(ax.figure)
    >>> ax = sector_participation_map("A", members, participants=["Bantul", "Kota Yogyakarta"], lq=lq)
    >>> ax.kad_status["3471"], ax.kad_verdict.holds
    ('participates', True)
    >>> plt.close(ax.figure)
    """
    from matplotlib.patches import Patch

    from .neighbours import neighbour_graph, neighbour_rule
    from .regions import resolve_regions

    ax = _axes(ax)
    gdf = load_regions(layer=layer)
    members = resolve_regions(members)
    basis = set()
    if lq is not None:
        part = lq[(lq["sector_code"] == sector_code) & lq["region_code"].isin(members)]
        basis = set(part.loc[part["lq"] > 1, "region_code"])
    taking = set(resolve_regions(participants)) if participants is not None else set(basis)
    status = {}
    for c in members:
        status[c] = (
            ("participates_basis" if c in basis else "participates")
            if c in taking
            else ("basis_only" if c in basis else "member_other")
        )
    palette = {
        "participates_basis": "#1b7837",
        "participates": "#7fbf7b",
        "basis_only": "#f1a340",
        "member_other": "#d9d9d9",
    }
    chosen = gdf[gdf["region_code"].isin(members)]
    gdf.plot(
        ax=ax,
        color=[palette[status[c]] if c in status else "#f2f2f2" for c in gdf["region_code"]],
        edgecolor=EDGE_COLOUR,
        linewidth=0.7,
    )  # one draw call
    _zoom(ax, chosen, margin=0.2)
    label_regions(ax, chosen, fontsize=7)
    graph = graph or neighbour_graph(layer=layer)
    verdict = neighbour_rule(graph, sorted(taking)) if len(taking) else None
    pts = _points(chosen)
    if verdict is not None:
        for comp in verdict.components:
            for a in comp:
                for b in graph.adjacency[a]:
                    if b in comp and a < b:
                        ax.plot(
                            *zip(pts[a], pts[b], strict=True),
                            color="#1b7837",
                            linewidth=2,
                            zorder=3,
                        )
    used = [k for k in palette if k in status.values()]
    ax.legend(
        handles=[Patch(color=palette[k], label=i18n.t(k)) for k in used],
        fontsize=7,
        loc="lower left",
    )
    ax.set_aspect("equal")
    ax.set_axis_off()
    heading = title or _sector_title(sector_code)
    ax.set_title(f"{heading}\n{verdict.reason}" if verdict is not None else heading, fontsize=9)
    add_source_line(ax)
    ax.kad_status = status
    ax.kad_verdict = verdict
    return ax


def _sector_title(code) -> str:
    """A BPS sector's full name with its code ("Industri Pengolahan (C)"); other ids as given."""
    from .datasets import load_sectors

    table = load_sectors().set_index("sector_code")
    return f"{table.at[code, i18n.label_column()]} ({code})" if code in table.index else str(code)


def national_overview(values, *, scheme="quantiles", k=5, title=None, unit=None, ax=None, **kwargs):
    """Choropleth of all 514 kab/kota (coarse national layer), e.g. the LQ of one sector.

    Takes what :func:`choropleth` takes (``region_code, value``, one value per region).

    Examples
    --------
    Two values given: the other 512 kab/kota are drawn hatched as "no data", not as 0.
    (The map lesson draws the LQ of one sector for all of them.)

    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> values = pd.DataFrame({"region_code": ["3302", "1101"], "value": [1.2, 0.8]})
    >>> ax = national_overview(values, k=2, unit="LQ", title="LQ pertanian (A)")
    >>> ax.kad_polygons, len(ax.kad_missing), ax.get_title()
    (514, 512, 'LQ pertanian (A)')
    >>> plt.close(ax.figure)
    """
    ax = _axes(ax, (12, 5))
    return choropleth(
        values, layer="indonesia", scheme=scheme, k=k, title=title, unit=unit, ax=ax, **kwargs
    )


# ============================================================================= export
def add_scale_bar(ax, *, length_km=None, location=(0.72, 0.06)):
    """Draw a scale bar on a map in longitude/latitude (length chosen to ~1/5 of the width).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> ax = add_scale_bar(group_map("Kartamantul"))
    >>> ax.kad_scale_km, ax.texts[-1].get_text()
    (10, '10 km')
    >>> plt.close(ax.figure)
    >>> ax = add_scale_bar(group_map("Kartamantul"), length_km=5)
    >>> ax.kad_scale_km
    5
    >>> plt.close(ax.figure)
    """
    import math

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    km_per_deg = 111.32 * math.cos(math.radians((y0 + y1) / 2))
    width_km = (x1 - x0) * km_per_deg
    if length_km is None:
        target = width_km / 5
        length_km = (
            next(v for v in (1000, 500, 200, 100, 50, 20, 10, 5, 2, 1) if v <= target)
            if target >= 1
            else 1
        )
    bx = x0 + location[0] * (x1 - x0)
    by = y0 + location[1] * (y1 - y0)
    dx = length_km / km_per_deg
    ax.plot([bx, bx + dx], [by, by], color="black", linewidth=3, solid_capstyle="butt", zorder=5)
    ax.text(
        bx + dx / 2,
        by + 0.01 * (y1 - y0),
        f"{i18n.format_number(length_km)} km",
        ha="center",
        va="bottom",
        fontsize=8,
        zorder=5,
    )
    ax.kad_scale_km = length_km
    return ax


def export_map(ax, path, *, title=None, source=None, scale_bar=True, dpi=300):
    """Save a map as PNG (print resolution) or SVG, with title, source line and scale bar.

    The format follows the file name (``.png`` or ``.svg``).  Returns the path.

    Examples
    --------
    Into a temporary folder (missing folders are made); other formats are refused:

    >>> import tempfile
    >>> from pathlib import Path
    >>> import matplotlib.pyplot as plt
    >>> ax = group_map("Kartamantul")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     png = export_map(ax, Path(folder) / "peta" / "kartamantul.png", dpi=50)
    ...     png.name, png.exists()
    ('kartamantul.png', True)
    >>> ax.kad_scale_km  # the scale bar it added
    10
    >>> export_map(ax, "kartamantul.pdf")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'kartamantul.pdf', nilai '.pdf': ...
    >>> plt.close(ax.figure)
    """
    from pathlib import Path

    from .errors import KadDataError

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise KadDataError(
            "err_file_type",
            file=path.name,
            value=path.suffix,
            allowed=("allow_list", {"items": ".png, .svg"}),
        )
    if title:
        ax.set_title(title)
    if source:
        for text in list(ax.texts):
            if getattr(ax, "kad_source", None) and text.get_text() == ax.kad_source:
                text.remove()
        add_source_line(ax, source)
    if scale_bar and not hasattr(ax, "kad_scale_km"):
        add_scale_bar(ax)
    path.parent.mkdir(parents=True, exist_ok=True)
    ax.figure.savefig(path, dpi=dpi, bbox_inches="tight")
    return path


# ----------------------------------------------------------------------------- opportunities (area: fields)
def opportunity_map(found, *, n=12, region=None, ax=None, title=None):
    """The best non-overlapping groups of :func:`kadlib.opportunity.find_groups` on the national layer.

    Each group gets a colour and its rank at its centre; a group already in the
    kit's registry is drawn with a black outline.  With ``region`` (and ``found``
    from ``find_groups(region=...)``), the map zooms to that kab/kota (red outline)
    and names the regions of its best group.

    Returns
    -------
    Axes
        With ``kad_groups`` (the groups drawn, the :func:`~kadlib.opportunity.distinct` frame).

    Examples
    --------
    ``found`` usually comes from :func:`~kadlib.opportunity.find_groups` (see there); by
    hand, three groups in rank order: the second shares Sleman with the first, so it is
    left out; the first lies in a registered cooperation (``existing``) and gets a black outline.

    >>> import matplotlib.pyplot as plt
    >>> import pandas as pd
    >>> found = pd.DataFrame({"rank": [1, 2, 3],
    ...                       "members": [["3404", "3471"], ["3308", "3404"], ["3301", "3302"]],
    ...                       "existing": ["kartamantul", "", ""]})
    >>> ax = opportunity_map(found)
    >>> ax.kad_groups["rank"].tolist(), ax.get_title()
    ([1, 3], 'Peluang kerja sama: kelompok tetangga dengan sektor basis bersama')
    >>> plt.close(ax.figure)

    With ``region``, and groups around it (as ``find_groups(region=...)`` gives them),
    every group shares that kab/kota, so only its best is drawn, zoomed and named:

    >>> ax = opportunity_map(found.iloc[:2], region="Sleman")
    >>> ax.kad_groups["members"].tolist(), ax.kad_labels
    ([['3404', '3471']], ['Sleman', 'KOTA YOGYAKARTA'])
    >>> plt.close(ax.figure)
    """
    from matplotlib import colormaps
    from matplotlib.patches import Patch

    from .opportunity import distinct

    ax = _axes(ax, (12, 5))
    gdf = load_regions(layer="indonesia")
    shown = distinct(found, n)
    gdf.plot(ax=ax, color="#f2f2f2", edgecolor="#bdbdbd", linewidth=0.2)
    palette = colormaps["tab20"].colors
    chosen = []
    for i, rec in enumerate(shown.itertuples()):
        part = gdf[gdf["region_code"].isin(rec.members)]
        part.plot(
            ax=ax,
            color=palette[i % len(palette)],
            edgecolor="black" if rec.existing else "white",
            linewidth=1.0 if rec.existing else 0.3,
        )
        point = part.dissolve().representative_point().iloc[0]
        ax.annotate(
            str(rec.rank), (point.x, point.y), fontsize=7, ha="center", va="center", weight="bold"
        )
        chosen.append(part)
    if region is not None:
        from .regions import resolve_region

        code = resolve_region(region)
        focus = gdf[gdf["region_code"] == code]
        focus.boundary.plot(ax=ax, color="#d62728", linewidth=1.5)
        import pandas as pd

        near = pd.concat([focus, *chosen]).drop_duplicates("region_code")
        _label_regions(ax, near, fontsize=7)
        _zoom(ax, near, margin=0.4)
    handles = [
        Patch(facecolor="white", edgecolor="black", label=i18n.t("opp_map_existing")),
        Patch(color="#f2f2f2", label=i18n.t("opp_map_other")),
    ]
    ax.legend(handles=handles, fontsize=7, loc="lower left")
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title or i18n.t("opp_map_title"), fontsize=10)
    add_source_line(ax)
    ax.kad_groups = shown
    return ax
