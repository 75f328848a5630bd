"""Maps of cooperation areas on the bundled boundaries (matplotlib + geopandas, offline).

Every function takes an optional ``ax`` and returns it, and labels itself in
the language chosen with :func:`kadlib.set_language`.
"""

from __future__ import annotations

from . import i18n
from .datasets import _select_codes, load_regions

MEMBER_COLOUR = "#d95f02"
CONTEXT_COLOUR = "#e5e5e5"
EDGE_COLOUR = "white"


def _axes(ax, figsize=(7, 6)):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


def add_source_line(ax, text: str | None = None):
    """Write the data source under the map ("Sumber: BPS; batas wilayah: ...")."""
    ax.annotate(text or i18n.t("map_source_line"), xy=(0, 0), xycoords="axes fraction", xytext=(0, -8),
                textcoords="offset points", ha="left", va="top", fontsize=7, color="#555555")  # fmt: skip
    return ax


def group_map(group=None, codes=None, *, ax=None, layer="jateng_diy", context=True, labels=True, title=None):
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
    members = _select_codes(group, codes)
    if members is None:
        raise ValueError("group_map needs a group or codes")
    is_member = regions["region_code"].isin(members)
    absent = sorted(set(members) - set(regions["region_code"]))
    if absent:  # e.g. Pawonsari's Pacitan on the Jawa Tengah/DIY layer
        load_regions(codes=absent, layer=layer)  # raises the usual KadDataError
    if context:
        regions[~is_member].plot(ax=ax, color=CONTEXT_COLOUR, edgecolor=EDGE_COLOUR, linewidth=0.6)
    chosen = regions[is_member]
    chosen.plot(ax=ax, color=MEMBER_COLOUR, edgecolor=EDGE_COLOUR, linewidth=0.9)
    if labels:
        for row, point in zip(chosen.itertuples(), chosen.representative_point(), strict=True):
            kota = row.kind == "kota"
            ax.annotate(row.name_short.upper() if kota else row.name_short, xy=(point.x, point.y), ha="center",
                        va="center", fontsize=8, fontstyle="italic" if kota else "normal", color="black",
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})  # fmt: skip
    if context:
        minx, miny, maxx, maxy = chosen.total_bounds
        pad = max(maxx - minx, maxy - miny) * 0.25 + 0.05
        ax.set_xlim(minx - pad, maxx + pad)
        ax.set_ylim(miny - pad, maxy + pad)
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
