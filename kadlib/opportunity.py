"""A national opportunity finder: which neighbouring kab/kota could cooperate, on what, and why.

On the national boundaries (514 kab/kota, neighbours within
:data:`kadlib.neighbours.NATIONAL_TOLERANCE_M`, plus any sea/ferry links the user
adds), the finder lists every **group of 2–7 adjacent kab/kota** (a connected
set on the neighbour graph) that **shares at least one basis sector**, and
ranks them.  What the sector data allow, and nothing more: PDRB by the 17
categories at constant 2010 prices, 2013–2020, for every kab/kota
(:func:`national_baseline`).  Public-service needs (waste, water, roads) are
not in these data: any pair of neighbours may share them, and the answer for
a region lists the catalogue's public-service fields as questions to ask, not
as findings.

Conventions (each changes a result, so each is named):

* **Year**: one year, default **2019** — the last before the COVID-19 break.
* **Basis**: LQ > 1 (:func:`kadlib.economy.location_quotient`), by default
  against **each kab/kota's own province** (the kit's default reference area).
* **Cooperation sectors**: the 17 categories except **O** (public
  administration is not a cooperation field, :mod:`kadlib.fields`).
* **Shared sectors** of a group: basis in **every** member (*rivals* in
  :mod:`kadlib.complementarity`: a strength to pool — scale, joint marketing —
  or to compete over).
* **Score** of a group: the share of the group's combined PDRB (sum of the 17
  categories of all members) produced in its shared sectors, 0–1.  It measures
  how much of the joint economy rests on strengths every member has — a size
  (contribution) measure, as SKAD defines potential ("a significant effect on
  development"), not a mean LQ.  Ties: larger groups first, then codes.
* **Complementarity** of a group, shown beside the score: the mean pairwise
  Krugman index of the members' structures (0 identical … 2 disjoint), and
  the number of sectors basis in some members but not all.
* **Existing cooperation**: a group lying inside a group of the kit's registry
  (:func:`kadlib.load_groups`) is flagged with that group's id; ``exact`` when
  the members are the same.

Examples
--------
>>> land = landscape()
>>> found = find_groups(land, max_size=3)
>>> row = found[found["members"].map(set) == {"3402", "3404", "3471"}].iloc[0]
>>> row["existing"], bool(row["existing_exact"])
('kartamantul', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import i18n
from .economy import SECTOR_YEAR
from .errors import KadDataError

#: The method's sector year (economy.SECTOR_YEAR: the end of the 2015-2019 window, before COVID-19).
DEFAULT_YEAR = SECTOR_YEAR
MAX_SIZE = 7


@dataclass
class Landscape:
    """The national inputs of the finder, prepared once (a few hundred ms) and reused.

    Attributes
    ----------
    codes : list of str
        Kab/kota with boundaries and sector data for ``year``.
    adjacency : list of list of int
        Neighbours by position in ``codes``.
    sectors : list of str
        All 17 categories (columns of ``values`` and ``lq``).
    cooperation : list of str
        The categories that can be cooperation fields (all but O).
    values, lq : ndarray
        PDRB (miliar rupiah, constant 2010 prices) and LQ, regions x sectors.
    masks : list of int
        Per region, a bit per cooperation sector where it is basis.
    missing : list of str
        Kab/kota on the map left out because their sector data for ``year`` are missing or flagged.

    Examples
    --------
    Usually prepared by :func:`landscape`; by hand, three regions in a row (a - b - c)
    and three categories, to see what the finder works on.  Region b is basis in
    A and C (LQ > 1), a only in A, c only in C:

    >>> land = Landscape(
    ...     codes=["a", "b", "c"], adjacency=[[1], [0, 2], [1]],  # a - b - c
    ...     sectors=["A", "C", "O"], cooperation=["A", "C"],
    ...     values=np.array([[60.0, 20, 20], [30, 50, 20], [10, 70, 20]]),
    ...     lq=np.array([[1.8, 0.4, 1.0], [1.2, 1.1, 1.0], [0.3, 1.5, 1.0]]),
    ...     masks=[0b01, 0b11, 0b10],  # basis in A (bit 0) and/or C (bit 1)
    ...     year=2019, reference=None, threshold=1.0)
    >>> land.shares.tolist()
    [[0.6, 0.2, 0.2], [0.3, 0.5, 0.2], [0.1, 0.7, 0.2]]
    >>> land.index("c"), land.codes[land.adjacency[1][0]]
    (2, 'a')
    """

    codes: list
    adjacency: list
    sectors: list
    cooperation: list
    values: np.ndarray
    lq: np.ndarray
    masks: list
    year: int
    reference: str | None
    threshold: float
    graph: object = None
    names: dict = field(default_factory=dict)
    missing: list = field(default_factory=list)
    _krugman: object = field(default=None, repr=False)
    _registry: object = field(default=None, repr=False)

    @property
    def shares(self) -> np.ndarray:
        return self.values / self.values.sum(axis=1, keepdims=True)

    def index(self, region) -> int:
        from .regions import resolve_region

        if str(region) in self._pos:
            return self._pos[str(region)]
        code = resolve_region(region)
        if code not in self._pos:
            raise KadDataError(
                "err_unknown_region_code",
                value=code,
                file="landscape",
                allowed=("allow_list", {"items": i18n.t("opp_allow_kabkota")}),
            )
        return self._pos[code]

    def __post_init__(self):
        self._pos = {c: i for i, c in enumerate(self.codes)}


def landscape(
    *,
    year=DEFAULT_YEAR,
    reference=None,
    threshold=1.0,
    graph=None,
    tolerance_m=None,
    manual_links=None,
    sector=None,
):
    """Prepare the national inputs: the neighbour graph, LQ and basis sectors of every kab/kota.

    Parameters
    ----------
    year : int
        Default 2019 (the last year before the COVID-19 break; data cover 2013–2020).
    reference : str, optional
        LQ reference; default each kab/kota's own province.
    threshold : float
        Basis means LQ > threshold.
    graph : NeighbourGraph, optional
        Default: the national layer at :data:`~kadlib.neighbours.NATIONAL_TOLERANCE_M`
        (or ``tolerance_m``) with ``manual_links`` (sea/ferry crossings, each with a reason).
    sector : DataFrame, optional
        Default :func:`kadlib.load_sector_pdrb` (all regions).

    Examples
    --------
    The first call builds the national neighbour graph (a few seconds), later ones reuse it:

    >>> land = landscape()
    >>> len(land.codes), land.missing, land.year
    (514, [], 2019)
    >>> "O" in land.sectors, "O" in land.cooperation, len(land.cooperation)
    (True, False, 16)
    >>> i = land.index("Sleman")
    >>> land.codes[i], [land.codes[j] for j in land.adjacency[i]][:3]
    ('3404', ['3308', '3309', '3310'])
    """
    import warnings

    from .datasets import load_sector_pdrb
    from .economy import TOTAL, location_quotient
    from .fields import is_cooperation_sector
    from .neighbours import NATIONAL_TOLERANCE_M, neighbour_graph

    if graph is None:
        tol = NATIONAL_TOLERANCE_M if tolerance_m is None else tolerance_m
        graph = neighbour_graph(layer="indonesia", tolerance_m=tol, manual_links=manual_links)
    data = load_sector_pdrb(years=year) if sector is None else sector[sector["year"] == year]
    if data.empty:
        raise KadDataError(
            "err_year_range",
            file="sector_pdrb",
            column="year",
            value=year,
            allowed=("allow_year", {"lo": 2013, "hi": 2020}),
        )
    present = set(data["region_code"])
    with warnings.catch_warnings():  # flagged region-years are left out and listed in ``missing``
        warnings.simplefilter("ignore")
        lq = location_quotient(
            data, year=year, reference=reference, regions=[c for c in graph.codes if c in present]
        )
    flag = (
        data["quality_flag"].fillna("")
        if "quality_flag" in data.columns
        else pd.Series("", index=data.index)
    )
    good = data[flag == ""]
    wide_lq = lq.pivot(index="region_code", columns="sector_code", values="lq")
    values = good[good["sector_code"] != TOTAL].pivot(
        index="region_code", columns="sector_code", values="value"
    )
    sectors = list(values.columns)
    wide_lq = wide_lq.reindex(index=graph.codes, columns=sectors)
    values = values.reindex(index=graph.codes, columns=sectors)
    fine = (
        np.isfinite(wide_lq.to_numpy(dtype=float)).all(axis=1)
        & values.notna().all(axis=1).to_numpy()
        & (values.sum(axis=1) > 0).to_numpy()
    )
    ok = [c for c, f in zip(graph.codes, fine, strict=True) if f]
    missing = [c for c, f in zip(graph.codes, fine, strict=True) if not f]
    pos = {c: i for i, c in enumerate(ok)}
    adjacency = [[pos[n] for n in graph.adjacency[c] if n in pos] for c in ok]
    lq_arr = wide_lq.loc[ok].to_numpy(dtype=float)
    coop = [s for s in sectors if is_cooperation_sector(s)]
    cols = [sectors.index(s) for s in coop]
    basis = lq_arr[:, cols] > threshold
    masks = (basis.astype(np.int64) << np.arange(len(cols), dtype=np.int64)).sum(axis=1).tolist()
    return Landscape(
        codes=ok,
        adjacency=adjacency,
        sectors=sectors,
        cooperation=coop,
        values=values.loc[ok].to_numpy(dtype=float),
        lq=lq_arr,
        masks=masks,
        year=year,
        reference=reference,
        threshold=threshold,
        graph=graph,
        names=dict(graph.names),
        missing=missing,
    )


# ============================================================================= enumeration
def connected_groups(adjacency, max_size, *, masks=None, min_size=2, start=None, prune=True):
    """Every connected set of ``min_size``..``max_size`` vertices, once each (ESU, Wernicke 2006).

    Parameters
    ----------
    adjacency : list of list of int
        Neighbours of each vertex by position.
    masks : list of int, optional
        A bit set per vertex; a set is kept only while the AND of its members' masks
        is non-zero (sets that share nothing, and their supersets, are cut) — unless
        ``prune=False``, which keeps every set and only reports the AND.
    start : int, optional
        Only the sets that contain this vertex.

    Returns
    -------
    list of (tuple of int, int)
        The members (sorted) and the AND of their masks (-1 without ``masks``).

    Examples
    --------
    >>> path = [[1], [0, 2], [1]]  # 0 - 1 - 2
    >>> [m for m, _ in connected_groups(path, 3)]
    [(0, 1), (0, 1, 2), (1, 2)]
    >>> [m for m, _ in connected_groups(path, 3, masks=[0b01, 0b11, 0b10])]
    [(0, 1), (1, 2)]
    """
    n = len(adjacency)
    adj = [set(a) for a in adjacency]
    full = -1
    out = []

    def extend(sub, ext, root, seen, mask):
        if len(sub) >= min_size:
            out.append((tuple(sorted(sub)), mask))
        if len(sub) == max_size:
            return
        ext = set(ext)
        while ext:
            w = ext.pop()
            m2 = mask & masks[w] if masks is not None else full
            if m2 == 0 and prune:
                continue
            extend(
                sub + [w],
                ext | {u for u in adj[w] if u > root and u not in seen},
                root,
                seen | adj[w],
                m2,
            )

    if start is not None:  # only the ball of radius max_size - 1 around start can hold its groups
        ball, frontier = {start}, {start}
        for _ in range(max_size - 1):
            frontier = {u for v in frontier for u in adj[v]} - ball
            ball |= frontier
        adj = [a & ball if v in ball else set() for v, a in enumerate(adj)]
    roots = range(n) if start is None else sorted(ball)
    for v in roots:
        m = masks[v] if masks is not None else full
        if m == 0 and prune:
            continue
        extend([v], {u for u in adj[v] if u > v}, v, adj[v] | {v}, m)
    if start is not None:
        out = [(mem, m) for mem, m in out if start in mem]
    return sorted(out)


def _registry_sets(land=None):
    """Registry group id -> its members (kept on the landscape after the first call)."""
    from .datasets import load_groups

    if land is not None and land._registry is not None:
        return land._registry
    out = {}
    members = load_groups()[["group_id"]].merge(_group_members_table(), on="group_id", how="left")
    for gid, part in members.groupby("group_id", sort=False):
        out[gid] = frozenset(part["region_code"].dropna())
    if land is not None:
        land._registry = out
    return out


def _group_members_table():
    from .datasets import load_group_members

    return load_group_members()


def _krugman_matrix(land):
    """Krugman index of every pair of regions (with a zero padding row and column)."""
    if getattr(land, "_krugman", None) is None:
        sh = land.shares
        out = np.zeros((len(sh) + 1, len(sh) + 1))
        for lo in range(0, len(sh), 128):  # in blocks, to keep memory small
            hi = min(lo + 128, len(sh))
            out[lo:hi, :-1] = np.abs(sh[lo:hi, None, :] - sh[None, :, :]).sum(axis=2)
        land._krugman = out
    return land._krugman


def _score(land, groups):
    """Vectorised measures of many groups: score, shared sectors, Krugman mean, complement count."""
    n = len(land.codes)
    k = max(len(m) for m, _ in groups)
    idx = np.full((len(groups), k), n, dtype=np.int32)  # n = the padding row (all zero)
    lengths = np.fromiter((len(m) for m, _ in groups), dtype=np.int32, count=len(groups))
    for size in np.unique(lengths):  # one numpy assignment per group size
        rows = np.flatnonzero(lengths == size)
        idx[rows, :size] = np.array([groups[r][0] for r in rows.tolist()], dtype=np.int32)
    masks = np.array([m for _, m in groups], dtype=np.int64)
    shared = ((masks[:, None] >> np.arange(len(land.cooperation), dtype=np.int64)) & 1).astype(bool)
    values = np.vstack([land.values, np.zeros(len(land.sectors))])
    coop_cols = np.array([land.sectors.index(s) for s in land.cooperation])
    combined = values[idx].sum(axis=1)  # groups x sectors
    score = (combined[:, coop_cols] * shared).sum(axis=1) / combined.sum(axis=1)
    size = (idx < n).sum(axis=1)
    km = _krugman_matrix(land)
    kr = np.zeros(len(groups))
    for a in range(k):
        for b in range(a + 1, k):
            kr += km[idx[:, a], idx[:, b]]  # the padding row and column are zero
    pairs = size * (size - 1) / 2
    basis = np.vstack(
        [land.lq[:, coop_cols] > land.threshold, np.zeros(len(coop_cols), dtype=bool)]
    )
    n_basis = basis[idx].sum(axis=1)
    complements = ((n_basis > 0) & (n_basis < size[:, None])).sum(axis=1)
    return idx, score, shared, size, kr / np.maximum(pairs, 1), complements


def find_groups(
    land=None,
    *,
    min_size=2,
    max_size=MAX_SIZE,
    region=None,
    sectors=None,
    require="shared",
    rank_by="score",
):
    """Every group of ``min_size``–``max_size`` adjacent kab/kota sharing a basis sector, ranked.

    Parameters
    ----------
    land : Landscape, optional
        :func:`landscape` (default: its defaults; pass one to reuse it).
    min_size, max_size : int
        2–7 (the issue's range); larger groups are possible but grow fast in number.
    region : str, optional
        Only the groups containing this kab/kota.
    sectors : list of str, optional
        Only the groups whose shared sectors include all of these.
    require : {"shared", "any"}
        ``"shared"`` (default): groups with at least one sector basis in every member;
        ``"any"``: every connected group, also those that only complement each other
        (at size 7 about 5x more groups and seconds: 736,000 in Indonesia).
    rank_by : {"score", "complementarity"}
        ``"score"`` (default): the shared share of the combined PDRB; ``"complementarity"``:
        the mean pairwise Krugman index (most different structures first).  Ties (to 12
        decimals): larger groups first, then codes.

    Returns
    -------
    DataFrame
        One row per group, best first: ``rank, size, members`` (codes), ``names``,
        ``shared`` (sector codes basis in every member), ``n_shared``, ``score``,
        ``krugman_mean``, ``n_complements``, ``existing`` (registry group id or ""),
        ``existing_exact``.  See the module text for the score.

    Examples
    --------
    The three regions of :class:`Landscape`'s example: b and c share C, a and b
    share A, and the three together share nothing.  Score of (b, c): C's
    50 + 70 of their combined 200 = 0.6; of (a, b): A's 60 + 30 of 200 = 0.45.

    >>> land = Landscape(
    ...     codes=["a", "b", "c"], adjacency=[[1], [0, 2], [1]],  # a - b - c
    ...     sectors=["A", "C", "O"], cooperation=["A", "C"],
    ...     values=np.array([[60.0, 20, 20], [30, 50, 20], [10, 70, 20]]),
    ...     lq=np.array([[1.8, 0.4, 1.0], [1.2, 1.1, 1.0], [0.3, 1.5, 1.0]]),
    ...     masks=[0b01, 0b11, 0b10],  # basis in A (bit 0) and/or C (bit 1)
    ...     year=2019, reference=None, threshold=1.0)
    >>> found = find_groups(land)
    >>> found[["rank", "members", "shared", "score", "krugman_mean", "n_complements"]]
       rank members shared  score  krugman_mean  n_complements
    0     1  [b, c]    [C]   0.60           0.4              1
    1     2  [a, b]    [A]   0.45           0.6              1
    >>> find_groups(land, require="any")["members"].tolist()
    [['b', 'c'], ['a', 'b'], ['a', 'b', 'c']]

    On the national landscape, the best groups around Sleman of up to three; the
    first lies inside a registered cooperation, Kartamantul:

    >>> near = find_groups(landscape(), region="Sleman", max_size=3)
    >>> for rec in near.head(3).itertuples():
    ...     print(rec.rank, rec.names, rec.shared, round(rec.score, 3), rec.existing or "-")
    1 Kabupaten Sleman; Kota Yogyakarta ['I', 'L', 'M,N', 'P'] 0.313 kartamantul
    2 Kabupaten Magelang; Kabupaten Sleman ['H', 'I', 'L', 'P'] 0.272 -
    3 Kabupaten Magelang; Kota Magelang; Kabupaten Sleman ['H', 'I', 'L', 'P'] 0.269 -
    """
    from .errors import check_option

    land = landscape() if land is None else land
    check_option("require", require, ("shared", "any"))
    check_option("rank_by", rank_by, ("score", "complementarity"))
    check_option("max_size", max_size, range(2, 11))
    check_option("min_size", min_size, range(2, max_size + 1))
    masks = list(land.masks)
    if sectors is not None:
        want = 0
        for s in sectors:
            check_option("sectors", s, land.cooperation)
            want |= 1 << land.cooperation.index(s)
        masks = [m if m & want == want else 0 for m in masks]
    start = None if region is None else land.index(region)
    groups = connected_groups(
        land.adjacency,
        max_size,
        masks=masks,
        min_size=min_size,
        start=start,
        prune=require == "shared" or sectors is not None,
    )
    if sectors is not None:
        groups = [(mem, m) for mem, m in groups if m & want == want]
    columns = [
        "rank",
        "size",
        "members",
        "names",
        "shared",
        "n_shared",
        "score",
        "krugman_mean",
        "n_complements",
        "existing",
        "existing_exact",
    ]
    if not groups:
        return pd.DataFrame(columns=columns)
    idx, score, shared, size, kr, comp = _score(land, groups)
    key = np.round(score if rank_by == "score" else kr, 12)
    order = np.lexsort(tuple(idx[:, c] for c in range(idx.shape[1] - 1, -1, -1)) + (-size, -key))
    idx, score, shared, size, kr, comp = (
        idx[order],
        score[order],
        shared[order],
        size[order],
        kr[order],
        comp[order],
    )
    masks = np.array([groups[i][1] for i in order.tolist()], dtype=np.int64)
    codes = np.array(land.codes + [""], dtype=object)[idx].tolist()
    names = np.array([land.names.get(c, c) for c in land.codes] + [""], dtype=object)[idx].tolist()
    sizes = size.tolist()
    members = [r[:s] for r, s in zip(codes, sizes, strict=True)]
    registry = _registry_sets(land)
    where = {}
    for gid, g in registry.items():
        for c in g:
            where.setdefault(c, []).append(gid)
    existing, exact = [], []
    for mem in members:
        hit = ""
        for gid in where.get(mem[0], ()):
            if registry[gid].issuperset(mem):
                hit = gid
                break
        existing.append(hit)
        exact.append(bool(hit) and len(registry[hit]) == len(mem))
    labels = {}
    for m in np.unique(masks).tolist():
        labels[m] = [sec for b, sec in enumerate(land.cooperation) if (m >> b) & 1]
    frame = pd.DataFrame(
        {
            "rank": np.arange(1, len(groups) + 1),
            "size": size,
            "members": members,
            "names": ["; ".join(r[:s]) for r, s in zip(names, sizes, strict=True)],
            "shared": [list(labels[m]) for m in masks.tolist()],
            "n_shared": shared.sum(axis=1),
            "score": score,
            "krugman_mean": kr,
            "n_complements": comp,
            "existing": existing,
            "existing_exact": exact,
        }
    )
    return frame.reset_index(drop=True)


def distinct(found, n=None):
    """The best groups that share no member (greedy, in rank order): a set to put on one map.

    Examples
    --------
    (b, c) overlaps the first group in b, so it is skipped; (d, e) and (f, g) are kept:

    >>> found = pd.DataFrame({"rank": [1, 2, 3, 4],
    ...                       "members": [["a", "b"], ["b", "c"], ["d", "e"], ["f", "g"]]})
    >>> distinct(found)["members"].tolist()
    [['a', 'b'], ['d', 'e'], ['f', 'g']]
    >>> distinct(found, n=2)["rank"].tolist()
    [1, 3]
    """
    taken, keep = set(), []
    for i, mem in zip(found.index, found["members"], strict=True):
        if taken.isdisjoint(mem):
            keep.append(i)
            taken.update(mem)
            if n is not None and len(keep) == n:
                break
    return found.loc[keep].reset_index(drop=True)


# ============================================================================= the answer for one region
@dataclass
class Answer:
    """Who could this kab/kota cooperate with, on what, and why (:func:`partners`).

    Examples
    --------
    >>> answer = partners("Kota Yogyakarta", landscape())
    >>> answer.region, answer.name, answer.existing, answer.year
    ('3471', 'Kota Yogyakarta', ['kartamantul'], 2019)
    >>> print(answer.text(n=1))  # doctest: +ELLIPSIS
    Kota Yogyakarta (2019): 2 tetangga.
    Sudah bekerja sama dalam: Kartamantul.
    - Kabupaten Sleman: sama-sama basis: I Akomodasi & makan minum, L Real estat, M,N Jasa perusahaan, P Pendidikan; ...
    - kelompok Kabupaten Sleman; Kota Yogyakarta: sama-sama basis di I, L, M,N, P (31 % PDRB gabungan)
    Layanan publik lintas batas yang patut ditanyakan ke setiap tetangga (data sektor tidak dapat menilainya): ...
    """

    region: str
    name: str
    neighbours: pd.DataFrame
    groups: pd.DataFrame
    public_services: pd.DataFrame
    existing: list
    year: int

    def text(self, n=3) -> str:
        """A short answer in the current language: the best neighbours and groups, with reasons."""
        lines = [i18n.t("opp_answer_head", name=self.name, year=self.year, k=len(self.neighbours))]
        if self.existing:
            from .datasets import load_groups

            names = load_groups().set_index("group_id")["name"]
            lines.append(
                i18n.t(
                    "opp_answer_existing", groups=", ".join(names.get(g, g) for g in self.existing)
                )
            )
        for rec in self.neighbours.head(n).itertuples():
            lines.append(f"- {rec.name}: {rec.why}")
        for rec in self.groups.head(n).itertuples():
            lines.append(
                "- "
                + i18n.t(
                    "opp_answer_group",
                    names=rec.names,
                    shared=", ".join(rec.shared),
                    score=rec.score * 100,
                )
            )
        lines.append(
            i18n.t("opp_answer_public", fields=", ".join(self.public_services["label"].head(6)))
        )
        return "\n".join(lines)


def _sector_labels(codes):
    from .datasets import load_sectors

    table = load_sectors()
    short = dict(zip(table["sector_code"], table[f"short_{i18n.get_language()}"], strict=True))
    return ", ".join(f"{c} {short.get(c, '')}".strip() for c in codes) or "–"


def partners(region, land=None, *, max_size=4, n_groups=10):
    """The answer for one kab/kota anywhere in Indonesia: neighbours, groups, public services.

    Parameters
    ----------
    region : str
        Code or name of a kab/kota.
    land : Landscape, optional
    max_size : int
        Largest group to list (default 4, to keep the answer short; up to 7).
    n_groups : int
        How many of its best groups to list.

    Returns
    -------
    Answer
        ``neighbours``: one row per neighbour — ``region_code, name, shared`` (basis in
        both: rivals, or a strength to pool), ``they_have`` (basis there, not here),
        ``we_have`` (basis here, not there), ``krugman``, ``why`` (a sentence), sorted by the
        pair's score; ``groups``: :func:`find_groups` containing the region;
        ``public_services``: the catalogue's public-service fields (any neighbour may share
        them; the sector data cannot say); ``existing``: registry groups it belongs to.

    Examples
    --------
    On :class:`Landscape`'s three regions, b's two neighbours: with c it shares C
    (and has A, which c has not), with a it shares A.

    >>> land = Landscape(
    ...     codes=["a", "b", "c"], adjacency=[[1], [0, 2], [1]],  # a - b - c
    ...     sectors=["A", "C", "O"], cooperation=["A", "C"],
    ...     values=np.array([[60.0, 20, 20], [30, 50, 20], [10, 70, 20]]),
    ...     lq=np.array([[1.8, 0.4, 1.0], [1.2, 1.1, 1.0], [0.3, 1.5, 1.0]]),
    ...     masks=[0b01, 0b11, 0b10],  # basis in A (bit 0) and/or C (bit 1)
    ...     year=2019, reference=None, threshold=1.0)
    >>> answer = partners("b", land)
    >>> answer.neighbours[["region_code", "shared", "they_have", "we_have", "krugman", "score"]]
      region_code shared they_have we_have  krugman  score
    0           c    [C]        []     [A]      0.4   0.60
    1           a    [A]        []     [C]      0.6   0.45

    Kota Yogyakarta on the national landscape borders only Sleman and Bantul:

    >>> answer = partners("Kota Yogyakarta", landscape())
    >>> answer.neighbours[["region_code", "name", "shared"]]
      region_code              name          shared
    0        3404  Kabupaten Sleman  [I, L, M,N, P]
    1        3402  Kabupaten Bantul       [C, D, I]
    >>> answer.public_services["field_id"].head(3).tolist()
    ['persampahan', 'air_limbah', 'air_minum']
    """
    from .complementarity import krugman
    from .fields import catalogue

    land = landscape() if land is None else land
    i = land.index(region)
    code = land.codes[i]
    coop_cols = [land.sectors.index(s) for s in land.cooperation]
    basis = land.lq[:, coop_cols] > land.threshold
    shares = land.shares
    pair_groups = find_groups(land, min_size=2, max_size=2, region=code)
    pair_score = {
        tuple(sorted(m)): s
        for m, s in zip(pair_groups["members"], pair_groups["score"], strict=True)
    }
    rows = []
    for j in land.adjacency[i]:
        other = land.codes[j]
        both = [s for s, a, b in zip(land.cooperation, basis[i], basis[j], strict=True) if a and b]
        theirs = [
            s for s, a, b in zip(land.cooperation, basis[i], basis[j], strict=True) if b and not a
        ]
        ours = [
            s for s, a, b in zip(land.cooperation, basis[i], basis[j], strict=True) if a and not b
        ]
        why = i18n.t(
            "opp_why",
            shared=_sector_labels(both),
            theirs=_sector_labels(theirs),
            ours=_sector_labels(ours),
        )
        manual = land.graph.manual.get(frozenset((code, other))) if land.graph is not None else None
        if manual:
            why += " " + i18n.t("opp_why_manual", reason=manual)
        rows.append(
            (
                other,
                land.names.get(other, other),
                both,
                theirs,
                ours,
                krugman(shares[i], shares[j]),
                pair_score.get(tuple(sorted((code, other))), 0.0),
                why,
            )
        )
    nb = pd.DataFrame(
        rows,
        columns=[
            "region_code",
            "name",
            "shared",
            "they_have",
            "we_have",
            "krugman",
            "score",
            "why",
        ],
    )
    nb = nb.sort_values(["score", "region_code"], ascending=[False, True]).reset_index(drop=True)
    groups = find_groups(land, max_size=max_size, region=code).head(n_groups)
    lang = i18n.get_language()
    public = catalogue("layanan_publik")
    public = public.assign(label=public[f"label_{lang}"], reason=public[f"reason_{lang}"])[
        ["field_id", "label", "urusan", "reason", "source"]
    ]
    existing = sorted(gid for gid, g in _registry_sets(land).items() if code in g)
    return Answer(
        region=code,
        name=land.names.get(code, code),
        neighbours=nb,
        groups=groups.reset_index(drop=True),
        public_services=public,
        existing=existing,
        year=land.year,
    )


# ============================================================================= national baseline
def national_baseline(*, start=2013, end=2020, base_year=DEFAULT_YEAR, sector=None):
    """What the sector data allow for every kab/kota: PDRB totals, growth and structure.

    Stated as such: PDRB by the 17 categories at constant 2010 prices for 2013–2020 is
    the only series the kit has for all 514 kab/kota (no population, poverty or IPM
    outside Jawa Tengah/DIY; see ``data/README.md``, known gaps).

    Returns
    -------
    DataFrame
        One row per kab/kota: ``region_code, name, province_code``, ``pdrb_<year>`` for
        each year (miliar rupiah, the sum of the 17 categories), ``growth`` (average annual,
        geometric, ``start``–``base_year``, percent), ``largest`` (the largest category in
        ``base_year``) and ``largest_share`` (percent).  ``attrs["note"]`` states the scope.
        A region-year flagged as bad data is left empty (never filled in).

    Examples
    --------
    >>> base = national_baseline().set_index("region_code")
    >>> len(base)
    514
    >>> sleman = base.loc["3404"]
    >>> sleman["name"], round(float(sleman["pdrb_2019"])), round(float(sleman["growth"]), 2)
    ('Kabupaten Sleman', 35287, 5.65)
    >>> sleman["largest"], round(float(sleman["largest_share"]), 1)
    ('C', 12.6)

    Regions without data for ``start`` (Muna Barat has figures from 2014) get no
    growth rather than an estimate:

    >>> base.loc["7413", ["pdrb_2013", "pdrb_2014", "growth"]].tolist()
    [nan, 1326.55, nan]
    >>> base.index[base["growth"].isna()].tolist()
    ['7413', '7414', '7415', '9112']
    """
    from .datasets import load_sector_pdrb
    from .economy import TOTAL
    from .regions import kind_of, province_of, region_name

    data = load_sector_pdrb() if sector is None else sector
    data = data[
        data["region_code"].map(kind_of).isin(["kabupaten", "kota"])
        & data["year"].between(start, end)
    ]
    flag = data["quality_flag"].fillna("") if "quality_flag" in data.columns else ""
    data = data[(flag == "") & (data["sector_code"] != TOTAL)]
    totals = data.groupby(["region_code", "year"])["value"].sum().unstack("year")
    totals = totals.reindex(columns=range(start, end + 1))
    base = data[data["year"] == base_year].pivot(
        index="region_code", columns="sector_code", values="value"
    )
    out = pd.DataFrame(
        {
            "region_code": totals.index,
            "name": [region_name(c) for c in totals.index],
            "province_code": [province_of(c) for c in totals.index],
        }
    )
    for y in totals.columns:
        out[f"pdrb_{y}"] = totals[y].to_numpy()
    g = (totals[base_year] / totals[start]) ** (1 / (base_year - start)) - 1
    out["growth"] = (g * 100).to_numpy()
    base = base.reindex(totals.index)
    has = base.notna().all(axis=1)
    out["largest"] = np.where(has, base.fillna(-np.inf).idxmax(axis=1), "")
    out["largest_share"] = np.where(has, base.max(axis=1) / base.sum(axis=1) * 100, np.nan)
    out.attrs["note"] = i18n.t("opp_baseline_note", start=start, end=end)
    return out.reset_index(drop=True)
