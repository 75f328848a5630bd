"""Do members compete or complement each other?  Structure measures and per-sector roles.

Conventions (named, because each changes a number):

* **Shares** are each category's share of the sum of the region's 17 PDRB categories
  (constant 2010 prices), as fractions that add up to 1.  The sum of the
  categories, not BPS's ``TOTAL`` row, so that the national row (whose total
  also holds net taxes on products) is comparable to a kab/kota.
* **Krugman specialisation (dissimilarity) index** (Krugman 1991, *Geography and
  Trade*): ``K = sum_i |s_ai - s_bi|`` over the categories, from 0 (identical
  structures) to 2 (no category in common).  Some texts halve it; this kit does not.
* **Similarity**: the **Finger–Kreinin index** (Finger & Kreinin 1979, *Economic
  Journal* 89) ``FK = sum_i min(s_ai, s_bi) = 1 - K/2`` (0 = nothing in common,
  1 = identical), and the **cosine** of the two share vectors (sometimes called the "coefficient
  of structural similarity").  The kit's domain reference names no Indonesian
  source for a similarity index, so the international sources are cited.
* **Role of a sector in a group** (of two or more members), from the LQ:
  ``"rivals"`` (*bersaing*) when it is basis (LQ > 1) in **every** member — all
  sell the same thing, as Barlingmascakeb's members competed over palm sugar,
  batik and investors [S36] (shared strength can still be pooled, e.g. joint
  marketing); ``"complements"`` (*saling melengkapi*) when it is basis in **some**
  members and not others — one produces, the others buy, process or sell;
  ``"none"`` when it is basis in no member.  LQ = 1 exactly is not basis.
  Category O (public administration) is left out: it is not a cooperation field.

Examples
--------
>>> krugman([0.5, 0.5, 0.0], [0.2, 0.5, 0.3])
0.6
>>> round(finger_kreinin([0.5, 0.5, 0.0], [0.2, 0.5, 0.3]), 10)
0.7
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import i18n
from .errors import KadDataError

ROLES = ("rivals", "complements", "none")
#: The measure under which :func:`summary` counts each role.
ROLE_COUNT = {"rivals": "n_rivals", "complements": "n_complements", "none": "n_none"}


# ============================================================================= measures on two share vectors
def _vectors(a, b):
    a, b = (np.asarray(v, dtype=float) for v in (a, b))
    if a.shape != b.shape or a.ndim != 1:
        raise KadDataError(
            "err_shape_mismatch",
            file="shares",
            value=f"{a.shape} / {b.shape}",
            allowed=("allow_same_sectors", {}),
        )
    if not (np.isfinite(a).all() and np.isfinite(b).all()) or (a < 0).any() or (b < 0).any():
        raise KadDataError(
            "err_negative",
            file="shares",
            value=f"{a.tolist()} / {b.tolist()}",
            allowed=("allow_nonnegative", {}),
        )
    return a, b


def krugman(a, b) -> float:
    """Krugman specialisation index ``sum |a_i - b_i|`` of two share vectors (0 identical … 2 disjoint).

    Examples
    --------
    Two regions, three categories: a lives half on agriculture, b half on services;
    ``|0.5 - 0.25| + |0.25 - 0.25| + |0.25 - 0.5| = 0.5``.

    >>> krugman([0.5, 0.25, 0.25], [0.25, 0.25, 0.5])
    0.5
    >>> krugman([0.5, 0.5, 0.0], [0.5, 0.5, 0.0]), krugman([1.0, 0.0], [0.0, 1.0])
    (0.0, 2.0)
    """
    a, b = _vectors(a, b)
    return float(np.abs(a - b).sum())


def finger_kreinin(a, b) -> float:
    """Finger–Kreinin similarity ``sum min(a_i, b_i)`` of two share vectors (0 … 1 identical).

    Examples
    --------
    The part of the two structures they have in common: 0.25 + 0.25 + 0.25, which is
    also 1 - K/2 with the Krugman index K = 0.5 of the same pair.

    >>> finger_kreinin([0.5, 0.25, 0.25], [0.25, 0.25, 0.5])
    0.75
    >>> 1 - krugman([0.5, 0.25, 0.25], [0.25, 0.25, 0.5]) / 2
    0.75
    """
    a, b = _vectors(a, b)
    return float(np.minimum(a, b).sum())


def cosine(a, b) -> float:
    """Cosine of two share vectors (1 = the same proportions); NaN when one vector is all zero.

    Examples
    --------
    (0.5 × 0.25 + 0.25 × 0.25 + 0.25 × 0.5) / (0.5² + 0.25² + 0.25²) = 0.3125 / 0.375:

    >>> round(cosine([0.5, 0.25, 0.25], [0.25, 0.25, 0.5]), 4)
    0.8333

    Only proportions count (the same mix at half the size is still 1), and
    structures with nothing in common give 0:

    >>> round(cosine([0.5, 0.5], [0.25, 0.25]), 10), cosine([1, 0], [0, 1])
    (1.0, 0.0)
    """
    a, b = _vectors(a, b)
    norm = np.linalg.norm(a) * np.linalg.norm(b)
    return float(a @ b / norm) if norm > 0 else float("nan")


# ============================================================================= from the sector table
def shares(sector, *, year, codes=None, sectors=None):
    """Regions x categories: each category's share of the sum of the categories (fractions).

    Parameters
    ----------
    sector : DataFrame
        :func:`kadlib.load_sector_pdrb` (tidy; with its ``TOTAL`` rows, as every sector
        function needs, although the shares use the sum of the categories instead).
    year : int
    codes : list, optional
        Regions (codes or names); default every region in the table.
    sectors : list of str, optional
        Categories to compare (default all 17); shares are taken over these.

    Examples
    --------
    Kartamantul in 2019: each row sums to 1; manufacturing (C) is the largest
    category of Bantul and Sleman, information and communication (J) of Kota Yogyakarta.

    >>> import kadlib
    >>> members = kadlib.group_members("Kartamantul")
    >>> sector = kadlib.load_sector_pdrb(members, with_reference=True)
    >>> s = shares(sector, year=2019, codes=members)
    >>> s.shape, s.sum(axis=1).round(6).tolist()
    ((3, 17), [1.0, 1.0, 1.0])
    >>> s.idxmax(axis=1).to_dict()
    {'3402': 'C', '3404': 'C', '3471': 'J'}

    Over two categories only, the shares are of their sum:

    >>> shares(sector, year=2019, codes=members, sectors=["A", "C"]).round(3)
                     A      C
    region_code
    3402         0.421  0.579
    3404         0.321  0.679
    3471         0.011  0.989
    """
    from .economy import TOTAL, sector_table
    from .regions import resolve_regions

    wide = sector_table(sector, year, what="shares")
    cats = [c for c in wide.columns if c != TOTAL] if sectors is None else list(sectors)
    unknown = [c for c in cats if c not in wide.columns or c == TOTAL]
    if unknown:
        raise KadDataError(
            "err_unknown_sector",
            file="shares",
            value=unknown[0],
            allowed=("allow_list", {"items": ", ".join(c for c in wide.columns if c != TOTAL)}),
        )
    rows = sorted(wide.index) if codes is None else resolve_regions(codes)
    values = sector_table(sector, year, codes=rows, sectors=cats, what="shares").to_numpy(
        dtype=float
    )
    total = values.sum(axis=1, keepdims=True)
    if (total <= 0).any():
        raise KadDataError(
            "err_missing_value",
            file="shares",
            value=f"{rows[int(np.argmin(total))]} / {year}",
            allowed=("allow_complete", {}),
        )
    return pd.DataFrame(values / total, index=pd.Index(rows, name="region_code"), columns=cats)


def pairwise(sector, codes, *, year, sectors=None):
    """Every pair of the regions: ``a, b, krugman, finger_kreinin, cosine`` (see the module text).

    Examples
    --------
    The three pairs of Kartamantul in 2019: Bantul (3402) and Sleman (3404) have the
    most similar structures, Bantul and Kota Yogyakarta (3471) the least.

    >>> import kadlib
    >>> members = kadlib.group_members("Kartamantul")
    >>> pairwise(kadlib.load_sector_pdrb(members, with_reference=True), members, year=2019).round(3)
          a     b  krugman  finger_kreinin  cosine
    0  3402  3404    0.209           0.895   0.972
    1  3402  3471    0.365           0.817   0.908
    2  3404  3471    0.301           0.850   0.944
    """
    s = shares(sector, year=year, codes=codes, sectors=sectors)
    rows = []
    for i, a in enumerate(s.index):
        for b in s.index[i + 1 :]:
            va, vb = s.loc[a].to_numpy(), s.loc[b].to_numpy()
            rows.append((a, b, krugman(va, vb), finger_kreinin(va, vb), cosine(va, vb)))
    return pd.DataFrame(rows, columns=["a", "b", "krugman", "finger_kreinin", "cosine"])


def _role(n_basis, n):
    return "rivals" if n_basis == n else ("complements" if n_basis > 0 else "none")


def roles(lq, members, *, threshold=1.0):
    """Per sector: is it basis in every member (rivals), in some (complements), or in none?

    Parameters
    ----------
    lq : DataFrame
        :func:`kadlib.economy.location_quotient` of **one year**.
    members : list
        Two or more regions (codes or names).
    threshold : float
        Basis means LQ > threshold (default 1).

    Returns
    -------
    DataFrame
        ``sector_code, n_members, n_basis, basis, not_basis, role, role_label``;
        category O is left out.

    Examples
    --------
    >>> lq = pd.DataFrame({"region_code": ["3301", "3302"] * 2, "sector_code": ["A", "A", "C", "C"],
    ...                    "lq": [1.4, 1.1, 2.0, 0.7]})
    >>> roles(lq, ["3301", "3302"])[["sector_code", "n_basis", "role"]].values.tolist()
    [['A', 2, 'rivals'], ['C', 1, 'complements']]
    """
    from .errors import check_columns as _check_columns
    from .fields import is_cooperation_sector
    from .regions import resolve_regions

    _check_columns(lq, ["region_code", "sector_code", "lq"], "roles")
    if "year" in lq.columns and lq["year"].nunique() > 1:
        raise KadDataError(
            "err_one_year",
            file="lq",
            column="year",
            value=sorted(lq["year"].unique()),
            allowed=("allow_one_year", {}),
        )
    codes = resolve_regions(members)
    if len(set(codes)) < 2:
        raise KadDataError(
            "err_too_few_members", file="roles", value=codes, allowed=("allow_two_members", {})
        )
    part = lq[lq["region_code"].isin(codes) & lq["sector_code"].map(is_cooperation_sector)]
    wide = part.pivot(index="sector_code", columns="region_code", values="lq")
    absent = [c for c in codes if c not in wide.columns]
    if absent or wide.isna().to_numpy().any():
        where = absent[0] if absent else f"{wide.stack(future_stack=True).isna().idxmax()}"
        raise KadDataError(
            "err_missing_value", file="roles", value=where, allowed=("allow_complete", {})
        )
    wide = wide[codes]
    basis = wide > threshold
    rows = []
    for sec in wide.index:
        yes = [c for c in codes if basis.loc[sec, c]]
        role = _role(len(yes), len(codes))
        rows.append(
            (
                sec,
                len(codes),
                len(yes),
                yes,
                [c for c in codes if c not in yes],
                role,
                i18n.t(f"role_{role}"),
            )
        )
    return pd.DataFrame(
        rows,
        columns=["sector_code", "n_members", "n_basis", "basis", "not_basis", "role", "role_label"],
    )


def field_roles(cands, lq, *, threshold=1.0):
    """The role of each economic candidate field (:func:`kadlib.fields.candidates`) among its participants.

    A field is basis in a member when **any** of its PDRB categories is.  Public-service
    fields (no PDRB category) get role ``None``: their case is a cross-border problem,
    not a specialisation.

    Returns
    -------
    DataFrame
        Indexed by ``field_id``: ``n_members, n_basis, basis, role, role_label``;
        ``n_basis`` and ``role`` are missing (``<NA>``, NaN) for public-service fields.

    Examples
    --------
    Barlingmascakeb's case fields in 2019: agriculture is basis in three of the five
    members (they complement each other), mining in all five (rivals);
    infrastructure is a public service, which an LQ cannot judge.

    >>> import kadlib
    >>> from kadlib import fields
    >>> from kadlib.economy import location_quotient
    >>> members = kadlib.group_members("Barlingmascakeb")
    >>> lq = location_quotient(kadlib.load_sector_pdrb(members, with_reference=True), year=2019)
    >>> r = field_roles(fields.candidates("Barlingmascakeb", lq=lq), lq)
    >>> r.loc[["pertanian", "pertambangan", "infrastruktur"], ["n_members", "n_basis", "role"]]
                   n_members  n_basis         role
    field_id
    pertanian              5        3  complements
    pertambangan           5        5       rivals
    infrastruktur          5     <NA>          NaN
    >>> r.loc["pertanian", "basis"]
    ['3303', '3304', '3305']
    """
    per_sector = {}
    rows = {}
    for fid, rec in cands.iterrows():
        members = list(rec["participants"])
        if not rec["pdrb_sectors"] or len(members) < 2:
            rows[fid] = (len(members), None, [], None, "")
            continue
        key = tuple(members)
        if key not in per_sector:
            per_sector[key] = roles(lq, members, threshold=threshold).set_index("sector_code")
        r = per_sector[key]
        yes = sorted(set().union(*(r.loc[s, "basis"] for s in rec["pdrb_sectors"] if s in r.index)))
        role = _role(len(yes), len(members))
        rows[fid] = (len(members), len(yes), yes, role, i18n.t(f"role_{role}"))
    out = pd.DataFrame.from_dict(
        rows, orient="index", columns=["n_members", "n_basis", "basis", "role", "role_label"]
    )
    out["n_basis"] = out["n_basis"].astype("Int64")  # a count, missing for public services
    out.index.name = "field_id"
    return out


def compare(a, b, *, year=2019, sector=None, reference=None):
    """Region-to-region comparison: one row per region and category, with the pair's role.

    Parameters
    ----------
    a, b : str
        Two regions (codes or names), anywhere in Indonesia.
    year : int
        Default 2019, the last year before the COVID-19 break in the 2013–2020 sector data.
    sector : DataFrame, optional
        Default :func:`kadlib.load_sector_pdrb` of the two regions and their reference rows.
    reference : str, optional
        LQ reference (default each region's own province, see
        :func:`kadlib.economy.location_quotient`).

    Returns
    -------
    DataFrame
        Tidy: ``region_code, name, sector_code, sector, value, share`` (percent of the sum of
        the 17 categories), ``lq, basis, role, role_label``.  ``attrs`` holds the pair's
        ``krugman``, ``finger_kreinin``, ``cosine`` and the ``year``.

    Examples
    --------
    Sleman and Bantul in 2019 (17 categories each): accommodation and food (I) is
    basis in both (rivals); agriculture (A) and manufacturing (C) only in Bantul —
    Sleman's LQ of C, 0.999, is just below 1.

    >>> c = compare("Sleman", "Bantul")
    >>> len(c), c.attrs["regions"], round(c.attrs["krugman"], 3)
    (34, ['3404', '3402'], 0.209)
    >>> cols = ["region_code", "sector_code", "share", "lq", "role"]
    >>> c.loc[c["sector_code"].isin(["A", "C", "I"]), cols].round(3)
       region_code sector_code   share     lq         role
    0         3404           A   5.969  0.762  complements
    2         3404           C  12.621  0.999  complements
    8         3404           I  10.127  1.036       rivals
    17        3402           A  10.836  1.383  complements
    19        3402           C  14.885  1.178  complements
    25        3402           I  11.198  1.145       rivals
    """
    from .datasets import load_sector_pdrb, load_sectors
    from .economy import location_quotient
    from .regions import region_name, resolve_regions

    codes = resolve_regions([a, b])
    if codes[0] == codes[1]:
        raise KadDataError(
            "err_too_few_members", file="compare", value=codes, allowed=("allow_two_members", {})
        )
    data = load_sector_pdrb(codes, with_reference=True) if sector is None else sector
    s = shares(data, year=year, codes=codes)
    lq = location_quotient(data, year=year, reference=reference, regions=codes)
    r = roles(lq, codes).set_index("sector_code")
    labels = load_sectors().set_index("sector_code")[f"short_{i18n.get_language()}"]
    values = data[(data["year"] == year) & data["region_code"].isin(codes)].set_index(
        ["region_code", "sector_code"]
    )["value"]
    rows = []
    for code in codes:
        for sec in s.columns:
            lq_v = lq[(lq.region_code == code) & (lq.sector_code == sec)]["lq"].iloc[0]
            role = r.loc[sec, "role"] if sec in r.index else None
            rows.append(
                (
                    code,
                    region_name(code),
                    sec,
                    labels.get(sec, sec),
                    float(values[(code, sec)]),
                    100 * s.loc[code, sec],
                    float(lq_v),
                    bool(lq_v > 1),
                    role,
                    r.loc[sec, "role_label"] if role else "",
                )
            )
    out = pd.DataFrame(
        rows,
        columns=[
            "region_code",
            "name",
            "sector_code",
            "sector",
            "value",
            "share",
            "lq",
            "basis",
            "role",
            "role_label",
        ],
    )
    va, vb = s.loc[codes[0]].to_numpy(), s.loc[codes[1]].to_numpy()
    out.attrs.update(
        krugman=krugman(va, vb),
        finger_kreinin=finger_kreinin(va, vb),
        cosine=cosine(va, vb),
        year=year,
        regions=codes,
    )
    return out


def summary(comparison):
    """One line per measure of a :func:`compare` result: the structure measures and the count of each role.

    Examples
    --------
    Sleman and Bantul in 2019: similar structures (Krugman 0.21 of at most 2), one
    sector basis in both, ten in one of them, five in neither (16 categories: O is left out).

    >>> summary(compare("Sleman", "Bantul"))[["measure", "value"]].round(3)
              measure   value
    0         krugman   0.209
    1  finger_kreinin   0.895
    2          cosine   0.972
    3        n_rivals   1.000
    4   n_complements  10.000
    5          n_none   5.000
    """
    roles_ = comparison.drop_duplicates("sector_code")["role"].value_counts()
    rows = [
        ("krugman", comparison.attrs["krugman"]),
        ("finger_kreinin", comparison.attrs["finger_kreinin"]),
        ("cosine", comparison.attrs["cosine"]),
    ] + [(ROLE_COUNT[r], float(roles_.get(r, 0))) for r in ROLES]
    return pd.DataFrame(rows, columns=["measure", "value"]).assign(
        label=lambda f: f["measure"].map(lambda m: i18n.t(f"cmp_{m}"))
    )
