"""Who borders whom, and the SKAD rule "the sector involves at least two neighbouring regions".

The rule is a fact computed from boundaries, not an opinion to vote on.  On the
topology-clean Jawa Tengah + DIY layer, exact queen contiguity (a shared border
or corner) is right; on coarse boundaries (the national layer) neighbours are
separated by slivers, so a **tolerance in metres** (computed in a projected
CRS) lets regions within that distance count as neighbours.  Sea or ferry
crossings are added as **manual links**, each with the reason a user gives.

Two engines give the same links: ``"strtree"`` (default; shapely's STRtree and
numpy, about 5-10x faster, so the national layer takes a few tens of ms) and
``"libpysal"`` (the established library, kept as the cross-check in the tests).
On the national layer use :data:`NATIONAL_TOLERANCE_M`.

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
from .errors import KadDataError, check_option
from .regions import region_name, resolve_regions

#: Tolerance (m) for the coarse national layer: the smallest that gives, for the 40 kab/kota of
#: Jawa Tengah + DIY, exactly the 89 links of the topology-clean layer (300 m still misses
#: Gunungkidul-Sleman; 500-1000 m add nothing false; 2000 m adds two false links).
NATIONAL_TOLERANCE_M = 500.0
ENGINES = ("strtree", "libpysal")


def _t(key, lang=None, **kw):
    if key == "holds_all" and kw.get("n") == 2:  # "kedua daerah", not "semua 2 daerah"
        key = "holds_all_2"
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

    Examples
    --------
    Usually built by :func:`neighbour_graph`; by hand, three regions of which one is an island:

    >>> g = NeighbourGraph(codes=["a", "b", "c"], adjacency={"a": ["b"], "b": ["a"], "c": []})
    >>> g.edges, g.islands
    ([('a', 'b')], ['c'])
    >>> g.to_frame().values.tolist()
    [['a', 'b', 'contiguity', '']]
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
            raise KadDataError(
                "err_unknown_region_code",
                value=code,
                allowed=("allow_list", {"items": ", ".join(self.codes)}),
            )
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
    frame = (
        links
        if isinstance(links, pd.DataFrame)
        else pd.DataFrame(list(links), columns=["a", "b", "reason"])
    )
    for col in ("a", "b", "reason"):
        if col not in frame.columns:
            raise KadDataError(
                "err_missing_columns",
                file="manual_links",
                missing=col,
                allowed=(
                    "allow_columns",
                    {"required": "a, b, reason", "present": ", ".join(map(str, frame.columns))},
                ),
            )
    out = {}
    for i, (a, b, reason) in enumerate(
        zip(frame["a"], frame["b"], frame["reason"], strict=True), start=1
    ):
        ca, cb = (
            resolve_regions([x], file="manual_links", column=col)[0]
            for x, col in ((a, "a"), (b, "b"))
        )
        for c, col in ((ca, "a"), (cb, "b")):
            if c not in codes:
                raise KadDataError(
                    "err_unknown_region_code",
                    file="manual_links",
                    row=i,
                    column=col,
                    value=c,
                    allowed=("allow_list", {"items": ", ".join(codes)}),
                )
        if not str(reason).strip():
            raise KadDataError(
                "err_missing_reason",
                file="manual_links",
                row=i,
                column="reason",
                value=reason,
                allowed=("allow_reason", {}),
            )
        out[frozenset((ca, cb))] = str(reason).strip()
    return out


def _adjacency_strtree(gdf, codes, tolerance_m, metric):
    """Queen (a shared vertex, libpysal's rule) or "within tolerance_m metres" links, without libpysal."""
    import numpy as np
    import pandas as pd
    import shapely

    if tolerance_m == 0:  # queen: polygons sharing at least one vertex (exact coordinates)
        coords, owner = shapely.get_coordinates(gdf.geometry.values, return_index=True)
        points = (
            np.ascontiguousarray(coords, dtype=float).view(np.complex128).ravel()
        )  # one number per (x, y)
        _, key = np.unique(points, return_inverse=True)
        pts = pd.DataFrame({"k": key.ravel(), "p": owner}).drop_duplicates()
        shared = pts[pts["k"].duplicated(keep=False)]
        pairs = shared.merge(shared, on="k")
        pairs = pairs[pairs["p_x"] < pairs["p_y"]]
        i, j = pairs["p_x"].to_numpy(), pairs["p_y"].to_numpy()
    else:  # polygons within the tolerance of each other, measured in a projected CRS
        geoms = gdf.to_crs(metric).geometry.values
        tol = float(tolerance_m)
        b = shapely.bounds(geoms) + np.array([-tol, -tol, tol, tol])
        i, j = shapely.STRtree(geoms).query(
            shapely.box(b[:, 0], b[:, 1], b[:, 2], b[:, 3])
        )  # boxes near enough
        i, j = i[i < j], j[i < j]
        near = shapely.dwithin(
            geoms[i], geoms[j], tol
        )  # then the exact distance, all pairs at once
        i, j = i[near], j[near]
    adjacency = {c: set() for c in codes}
    for a, b in zip(i.tolist(), j.tolist(), strict=True):
        if a != b:
            adjacency[codes[a]].add(codes[b])
            adjacency[codes[b]].add(codes[a])
    return {c: sorted(n) for c, n in adjacency.items()}


def neighbour_graph(
    regions=None,
    *,
    tolerance_m=0.0,
    manual_links=None,
    crs=None,
    layer="jateng_diy",
    engine="strtree",
):
    """Build the neighbour graph of a set of region polygons.

    Parameters
    ----------
    regions : GeoDataFrame, optional
        With ``region_code`` and polygons; default the bundled layer ``layer``.
    tolerance_m : float
        0 (default): queen contiguity — a shared border or corner (a shared vertex,
        libpysal's rule).
        > 0: regions whose polygons come within this many metres of each other
        are neighbours (in a projected CRS).  The coarse national layer needs
        :data:`NATIONAL_TOLERANCE_M` (500 m).
    manual_links : list of (a, b, reason) or DataFrame, optional
        Links across the sea or by ferry that count as neighbours; each needs a
        reason.  A link between regions that already share a border is ignored.
    crs : str, optional
        Projected CRS for the tolerance (default: the UTM zone of the area, or
        World Mercator for areas wider than 6° of longitude).
    layer : {"jateng_diy", "indonesia"}
        Bundled layer used when ``regions`` is not given.
    engine : {"strtree", "libpysal"}
        ``"strtree"`` (default): shapely's STRtree (``dwithin`` the tolerance) or, at
        tolerance 0, polygons sharing a vertex (numpy) — the same links as libpysal's
        ``Queen`` / ``fuzzy_contiguity``, several times faster.  ``"libpysal"``: libpysal
        itself (the cross-check).

    Returns
    -------
    NeighbourGraph

    Examples
    --------
    >>> g = neighbour_graph()  # the 40 kab/kota of Jawa Tengah and DIY
    >>> len(g.codes), len(g.edges), g.crs
    (40, 89, 'EPSG:32749')

    On the coarse national layer Sleman and Kota Yogyakarta do not touch; a tolerance restores it:

    >>> from kadlib import load_regions
    >>> kartamantul = load_regions("Kartamantul", layer="indonesia")
    >>> neighbour_graph(kartamantul).adjacency["3471"]
    ['3402']
    >>> neighbour_graph(kartamantul, tolerance_m=300).adjacency["3471"]
    ['3402', '3404']

    A sea or ferry link needs a reason, and shows as ``manual``:

    >>> g = neighbour_graph(manual_links=[("Cilacap", "Gunungkidul", "ferry (example)")])
    >>> g.to_frame().query("kind == 'manual'").values.tolist()
    [['3301', '3403', 'manual', 'ferry (example)']]
    """
    from .datasets import load_regions

    gdf = load_regions(layer=layer) if regions is None else regions
    if "region_code" not in gdf.columns:
        raise KadDataError(
            "err_missing_columns",
            file="regions",
            missing="region_code",
            allowed=(
                "allow_columns",
                {"required": "region_code, geometry", "present": ", ".join(map(str, gdf.columns))},
            ),
        )
    if tolerance_m < 0:
        raise KadDataError(
            "err_negative",
            column="tolerance_m",
            value=tolerance_m,
            allowed=("allow_nonnegative", {}),
        )
    check_option("engine", engine, ENGINES)
    gdf = gdf.sort_values("region_code").reset_index(drop=True)
    codes = gdf["region_code"].astype(str).tolist()
    metric = crs or _projected_crs(gdf)
    if engine == "strtree":
        adjacency = _adjacency_strtree(gdf, codes, tolerance_m, metric)
    elif tolerance_m == 0:
        from libpysal.weights import (
            Queen,
        )  # only the cross-check engine needs libpysal (slow import)

        w = Queen.from_dataframe(gdf, ids=codes, use_index=False, silence_warnings=True)
        adjacency = {c: sorted(w.neighbors[c]) for c in codes}
    else:
        from libpysal.weights import fuzzy_contiguity

        projected = gdf.to_crs(metric).copy()
        projected.index = codes
        w = fuzzy_contiguity(
            projected, buffering=True, buffer=tolerance_m / 2.0, silence_warnings=True
        )
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
    return NeighbourGraph(
        codes=codes,
        adjacency=adjacency,
        manual=manual,
        tolerance_m=float(tolerance_m),
        crs=metric,
        names=names,
    )


@dataclass
class RuleVerdict:
    """The verdict of the SKAD neighbour rule for one set of participants.

    Examples
    --------
    Returned by :func:`neighbour_rule`; it prints as its reason:

    >>> v = neighbour_rule(neighbour_graph(), ["3302", "3303"])
    >>> v.holds, v.components, str(v) == v.reason
    (True, [['3302', '3303']], True)
    """

    holds: bool
    participants: list[str]
    components: list[list[str]]  # groups of participants connected through participants
    isolated: list[str]  # participants with no participating neighbour
    reason: str  # in the language current when the verdict was made; describe(lang) for another
    key: str = ""  # the reason as a code: holds_all, holds_part, fails_one, fails_none
    detail: dict = field(
        default_factory=dict
    )  # its arguments (counts, region names): the same in every language

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

    Examples
    --------
    Cilacap and Banjarnegara do not border each other; Banyumas, between them, connects them:

    >>> g = neighbour_graph()
    >>> v = neighbour_rule(g, ["Cilacap", "Banjarnegara"])
    >>> v.holds, v.isolated
    (False, ['3301', '3304'])
    >>> print(v.reason)
    tidak terpenuhi: tidak ada dua daerah peserta yang bertetangga (Kabupaten Cilacap, Kabupaten Banjarnegara)
    >>> print(neighbour_rule(g, ["Cilacap", "Banjarnegara", "Banyumas"]))
    terpenuhi: semua 3 daerah peserta saling terhubung sebagai tetangga
    """
    codes = resolve_regions(participants)
    unknown = [c for c in codes if c not in graph.adjacency]
    if unknown:
        raise KadDataError(
            "err_unknown_region_code",
            value=unknown[0],
            allowed=("allow_list", {"items": ", ".join(graph.codes)}),
        )
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
        key, detail = (
            "holds_part",
            {"linked": sum(len(c) for c in comps if len(c) >= 2), "cut": cut or "-"},
        )
    return RuleVerdict(
        holds=holds,
        participants=codes,
        components=comps,
        isolated=isolated,
        reason=_t(key, **detail),
        key=key,
        detail=detail,
    )
