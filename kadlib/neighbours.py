"""Who borders whom, and the SKAD rule "the sector involves at least two neighbouring regions".

The rule is a fact computed from boundaries, not an opinion to vote on.  On the
topology-clean Jawa Tengah + DIY layer, exact queen contiguity (a shared border
or corner) is right; on coarse boundaries (the national layer) neighbours are
separated by slivers, so a **tolerance in metres** (computed in a projected
CRS) lets regions within that distance count as neighbours.  Sea or ferry
crossings are added as **manual links**, each with the reason a user gives.

Examples
--------
>>> g = neighbour_graph()
>>> [g.name(c) for c in g.neighbours("3471")]
['Kabupaten Bantul', 'Kabupaten Sleman']
>>> v = neighbour_rule(g, ["3302", "3303", "3471"])
>>> v.holds, v.isolated
(True, ['3471'])
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import i18n
from .errors import KadDataError
from .regions import region_name, resolve_regions


def _t(key, lang=None, **kw):
    return i18n.t(f"rule_{key}", lang=lang, **kw)


def _projected_crs(gdf):
    """A metric CRS for the area: its UTM zone when it spans < 6° of longitude, else World Mercator."""
    minx, miny, maxx, maxy = gdf.to_crs(4326).total_bounds
    if maxx - minx <= 6:
        lon, lat = (minx + maxx) / 2, (miny + maxy) / 2
        zone = int((lon + 180) // 6) + 1
        return f"EPSG:{(32700 if lat < 0 else 32600) + zone}"
    return "EPSG:3395"  # World Mercator: scale error < 2 % within ±11° of the equator (all of Indonesia)


@dataclass
class NeighbourGraph:
    """Adjacency between regions: polygon contiguity plus manual links.

    Attributes
    ----------
    codes : list of str
        The regions, sorted.
    adjacency : dict
        code -> sorted list of neighbouring codes (contiguity and manual links).
    manual : dict
        frozenset({a, b}) -> reason, for links declared by the user.
    tolerance_m : float
        Distance (metres) within which two polygons count as neighbours.
    crs : str
        The projected CRS the tolerance was applied in.
    """

    codes: list[str]
    adjacency: dict[str, list[str]]
    manual: dict = field(default_factory=dict)
    tolerance_m: float = 0.0
    crs: str = ""
    names: dict = field(default_factory=dict)

    def neighbours(self, code) -> list[str]:
        """Neighbours of one region (code or name)."""
        code = resolve_regions([code])[0]
        if code not in self.adjacency:
            raise KadDataError("err_unknown_region_code", value=code, allowed=("allow_list", {"items": ", ".join(self.codes)}))
        return list(self.adjacency[code])

    def name(self, code) -> str:
        return self.names.get(code) or region_name(code)

    @property
    def edges(self) -> list[tuple[str, str]]:
        """Every link once, as sorted (a, b) pairs."""
        return sorted({tuple(sorted((a, b))) for a, ns in self.adjacency.items() for b in ns})

    @property
    def islands(self) -> list[str]:
        """Regions with no neighbour at all (and no manual link)."""
        return [c for c in self.codes if not self.adjacency[c]]

    def to_frame(self):
        """The links as a table: ``a, b, kind`` (``contiguity``/``manual``), ``reason``."""
        import pandas as pd

        rows = []
        for a, b in self.edges:
            reason = self.manual.get(frozenset((a, b)))
            rows.append((a, b, "manual" if reason else "contiguity", reason or ""))
        return pd.DataFrame(rows, columns=["a", "b", "kind", "reason"])


def _manual_links(links, codes):
    """Validate user links: (a, b, reason) rows; both regions known, a reason given."""
    import pandas as pd

    if links is None:
        return {}
    frame = links if isinstance(links, pd.DataFrame) else pd.DataFrame(list(links), columns=["a", "b", "reason"])
    for col in ("a", "b", "reason"):
        if col not in frame.columns:
            raise KadDataError(
                "err_missing_columns", file="manual_links", missing=col,
                allowed=("allow_columns", {"required": "a, b, reason", "present": ", ".join(map(str, frame.columns))}),
            )  # fmt: skip
    out = {}
    for i, (a, b, reason) in enumerate(zip(frame["a"], frame["b"], frame["reason"], strict=True), start=1):
        ca, cb = (resolve_regions([x], file="manual_links", column=col)[0] for x, col in ((a, "a"), (b, "b")))
        for c, col in ((ca, "a"), (cb, "b")):
            if c not in codes:
                raise KadDataError("err_unknown_region_code", file="manual_links", row=i, column=col, value=c,
                                   allowed=("allow_list", {"items": ", ".join(codes)}))  # fmt: skip
        if not str(reason).strip():
            raise KadDataError("err_missing_reason", file="manual_links", row=i, column="reason", value=reason,
                               allowed=("allow_reason", {}))  # fmt: skip
        out[frozenset((ca, cb))] = str(reason).strip()
    return out


def neighbour_graph(regions=None, *, tolerance_m=0.0, manual_links=None, crs=None, layer="jateng_diy"):
    """Build the neighbour graph of a set of region polygons.

    Parameters
    ----------
    regions : GeoDataFrame, optional
        With ``region_code`` and polygons; default the bundled layer ``layer``.
    tolerance_m : float
        0 (default): queen contiguity (libpysal) — a shared border or corner.
        > 0: regions whose polygons come within this many metres of each other
        are neighbours (libpysal fuzzy contiguity, each polygon buffered by half
        the tolerance in a projected CRS).  100–500 m recovers the neighbours of
        the coarse national layer.
    manual_links : list of (a, b, reason) or DataFrame, optional
        Links across the sea or by ferry that count as neighbours; each needs a
        reason.  A link between regions that already share a border is ignored.
    crs : str, optional
        Projected CRS for the tolerance (default: the UTM zone of the area, or
        World Mercator for areas wider than 6° of longitude).
    layer : {"jateng_diy", "indonesia"}
        Bundled layer used when ``regions`` is not given.

    Returns
    -------
    NeighbourGraph
    """
    from libpysal.weights import Queen, fuzzy_contiguity

    from .datasets import load_regions

    gdf = load_regions(layer=layer) if regions is None else regions
    if "region_code" not in gdf.columns:
        raise KadDataError(
            "err_missing_columns", file="regions", missing="region_code",
            allowed=("allow_columns", {"required": "region_code, geometry", "present": ", ".join(map(str, gdf.columns))}),
        )  # fmt: skip
    if tolerance_m < 0:
        raise KadDataError("err_negative", column="tolerance_m", value=tolerance_m, allowed=("allow_nonnegative", {}))
    gdf = gdf.sort_values("region_code").reset_index(drop=True)
    codes = gdf["region_code"].astype(str).tolist()
    metric = crs or _projected_crs(gdf)
    if tolerance_m == 0:
        w = Queen.from_dataframe(gdf, ids=codes, use_index=False, silence_warnings=True)
        adjacency = {c: sorted(w.neighbors[c]) for c in codes}
    else:
        projected = gdf.to_crs(metric).copy()
        projected.index = codes
        w = fuzzy_contiguity(projected, buffering=True, buffer=tolerance_m / 2.0, silence_warnings=True)
        adjacency = {c: sorted(w.neighbors[c]) for c in codes}
    manual = {}
    for pair, reason in _manual_links(manual_links, codes).items():
        a, b = sorted(pair)
        if b in adjacency[a]:  # already neighbours over land: the link adds nothing
            continue
        manual[pair] = reason
        adjacency[a] = sorted(adjacency[a] + [b])
        adjacency[b] = sorted(adjacency[b] + [a])
    names = dict(zip(codes, gdf["name"], strict=True)) if "name" in gdf.columns else {}
    return NeighbourGraph(codes=codes, adjacency=adjacency, manual=manual, tolerance_m=float(tolerance_m),
                          crs=metric, names=names)  # fmt: skip


@dataclass
class RuleVerdict:
    """The verdict of the SKAD neighbour rule for one set of participants."""

    holds: bool
    participants: list[str]
    components: list[list[str]]  # groups of participants connected through participants
    isolated: list[str]  # participants with no participating neighbour
    reason: str  # in the language current when the verdict was made; describe(lang) for another
    key: str = ""  # the reason as a code: holds_all, holds_part, fails_one, fails_none
    detail: dict = field(default_factory=dict)  # its arguments (counts, region names): the same in every language

    def __str__(self):
        return self.reason

    def describe(self, lang: str | None = None) -> str:
        """The reason in the given (default: current) language."""
        return _t(self.key, lang=lang, **self.detail) if self.key else self.reason


def _components(graph, codes):
    members, seen, out = set(codes), set(), []
    for start in codes:
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            c = stack.pop()
            comp.append(c)
            for n in graph.adjacency.get(c, []):
                if n in members and n not in seen:
                    seen.add(n)
                    stack.append(n)
        out.append(sorted(comp))
    return sorted(out, key=lambda comp: (-len(comp), comp))


def neighbour_rule(graph, participants) -> RuleVerdict:
    """Does a sector involve at least two neighbouring regions? Say whether, and why.

    The participants are split into connected groups along the graph (going only
    through participants).  The rule holds when some group has two or more
    regions; regions in a group of one are *cut off* (named in the verdict).

    Parameters
    ----------
    graph : NeighbourGraph
    participants : list of codes or names
        The regions taking part in the sector.

    Returns
    -------
    RuleVerdict
        ``holds``, ``components``, ``isolated`` and a ``reason`` in the current language.
    """
    codes = resolve_regions(participants)
    unknown = [c for c in codes if c not in graph.adjacency]
    if unknown:
        raise KadDataError("err_unknown_region_code", value=unknown[0],
                           allowed=("allow_list", {"items": ", ".join(graph.codes)}))  # fmt: skip
    comps = _components(graph, codes)
    isolated = sorted(c[0] for c in comps if len(c) == 1)
    holds = any(len(c) >= 2 for c in comps)
    cut = ", ".join(graph.name(c) for c in isolated)
    if len(codes) < 2:
        key, detail = "fails_one", {}
    elif not holds:
        key, detail = "fails_none", {"cut": cut}
    elif len(comps) == 1:
        key, detail = "holds_all", {"n": len(codes)}
    else:
        key, detail = "holds_part", {"linked": sum(len(c) for c in comps if len(c) >= 2), "cut": cut or "-"}
    return RuleVerdict(holds=holds, participants=codes, components=comps, isolated=isolated,
                       reason=_t(key, **detail), key=key, detail=detail)  # fmt: skip
