"""Regional economics for a SKAD baseline: growth, structure, typologies, disparities, sectors.

Pure functions over tidy frames: they copy and check their input, never change
it, and return new frames.  Sector functions take the table of
:func:`kadlib.load_sector_pdrb` (``region_code, year, sector_code, value`` and
optionally ``quality_flag``), which must hold the reference area's rows too
(``load_sector_pdrb(..., with_reference=True)`` adds them).

Rules shared by every function here:

* region-years flagged as bad data (``quality_flag``) are left out, with a
  warning naming them — never used silently;
* a value that a computation needs and that is not there raises
  :class:`~kadlib.errors.KadDataError` naming the region, year and sector;
* the reference area is explicit: by default each region's own **province row
  as BPS publishes it** (``3302`` → ``3300``), not the sum of its kab/kota.

Region level
    growth_rates, average_growth, structure, per_capita, implied_population,
    population_weights, group_value, klassen_regions, williamson, theil, sigma_convergence
Sector level
    location_quotient, dynamic_lq, shift_share, sector_klassen, mrp,
    sektor_unggulan, shared_strengths
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from . import i18n
from .errors import KadDataError, check_option
from .errors import check_columns as _check_columns
from .regions import display_name, kind_of, reference_of
from .validate import BPS_CATEGORIES as BPS_CATEGORIES  # the 17 lapangan usaha, declared once

TOTAL = "TOTAL"

#: Code of Indonesia in the sector tables.
NATIONAL = "9999"


#: Default window of the two-year sector methods (MRP, DLQ, shift-share, sector
#: Klassen, sektor unggulan): **2015–2019**, before COVID-19.  2020 is the
#: pandemic year (transport and accommodation collapsed) and the kab/kota sector
#: data stop in 2020, so a window ending in 2020 mixes a shock into "growth";
#: 2015 is the first start year with no flagged Jawa Tengah/DIY kab/kota (2013
#: and 2014 have flagged region-years, e.g. Kota Semarang and Kota Pekalongan 2014).
SECTOR_WINDOW = (2015, 2019)

#: Default year of a one-year sector view (LQ, structure) that sits beside the
#: window: its end year, 2019.  2020 is in the data; pass ``year=2020`` to see it.
SECTOR_YEAR = SECTOR_WINDOW[1]

#: Where the Indonesian names of the LQ x DLQ classes come from, and how sure we are.
LQ_DLQ_SOURCE = (
    "LQ > 1 & DLQ > 1 unggulan, LQ < 1 & DLQ > 1 andalan, LQ < 1 & DLQ < 1 tertinggal: as taught in "
    "Indonesian planning courses, e.g. C. Angelina, 'Comparative Advantage dan Location Quotient', "
    "Kompasiana, 15 Nov 2019 (a student text, not a textbook).  LQ > 1 & DLQ < 1 'prospektif': common "
    "usage, NOT verified in a citable source (the text above names that class inconsistently)."
)


def _window(start, end):
    """The window asked for, or :data:`SECTOR_WINDOW` for what is not given."""
    return (SECTOR_WINDOW[0] if start is None else start), (
        SECTOR_WINDOW[1] if end is None else end
    )


#: Class code of a row that cannot be classified (a value that starts at 0, a ratio with no meaning).
UNDEFINED = "undefined_zero_start"


def _classes(prefix, a, b, defined):
    """Codes of the (a, b) classes: ``{prefix}_TT`` ... (True/False of each test), or :data:`UNDEFINED`.

    The codes are the keys of their labels in :data:`kadlib.i18n.LABELS`, so a
    frame keeps language-free codes and only a display translates them
    (:func:`with_labels`).
    """
    return [
        f"{prefix}_{'T' if x else 'F'}{'T' if y else 'F'}" if ok else UNDEFINED
        for x, y, ok in zip(a, b, defined, strict=True)
    ]


def with_labels(frame, column="class", *, to="label"):
    """A copy of ``frame`` with a ``label`` column: the class codes of ``column`` in the current language.

    Analysis frames hold codes (``mrp_TF``, ``klassen_region_1`` ...); plots,
    reports and widgets call this to show them.

    Examples
    --------
    >>> f = pd.DataFrame({"class": ["lq_dlq_TT", UNDEFINED]})
    >>> with_labels(f)["label"].tolist()
    ['unggulan (basis, tetap basis)', 'tidak dapat dihitung (nilai awal 0)']
    """
    _check_columns(frame, [column], "with_labels")
    out = frame.copy()
    out[to] = [i18n.t(c) if isinstance(c, str) else i18n.t(UNDEFINED) for c in out[column]]
    return out


# ============================================================================= checks
def _drop_flagged(frame, stacklevel=3):
    """Leave out region-years whose quality_flag is set, with a warning naming them."""
    if "quality_flag" not in frame.columns:
        return frame
    flag = frame["quality_flag"].fillna("").astype(str)
    bad = frame[flag != ""]
    if bad.empty:
        return frame
    items = sorted(
        {
            f"{display_name(c, short=False)} ({c}) {y} [{i18n.quality_flag_text(f)}]"
            for c, y, f in zip(bad["region_code"], bad["year"], flag[flag != ""], strict=True)
        }
    )
    warnings.warn(i18n.t("warn_flagged_dropped", items="; ".join(items)), stacklevel=stacklevel)
    return frame[flag == ""]


def _missing(region, year, sector=None, what="sector PDRB"):
    where = f"{region} / {year}" + (f" / {sector}" if sector else "")
    return KadDataError("err_missing_value", file=what, value=where, allowed=("allow_complete", {}))


def _sector_cube(sector, years, what="sector PDRB"):
    """{year: DataFrame regions x sectors (incl. TOTAL)} after dropping flagged region-years."""
    _check_columns(sector, ["region_code", "year", "sector_code", "value"], what)
    data = _drop_flagged(sector[sector["year"].isin(years)], stacklevel=4)
    cube = {}
    for year in years:
        part = data[data["year"] == year]
        if part.empty:
            raise _missing("*", year, what=what)
        if part.duplicated(["region_code", "sector_code"]).any():
            dup = part[part.duplicated(["region_code", "sector_code"])].iloc[0]
            raise KadDataError(
                "err_duplicate_rows",
                file=what,
                what=f"{dup.region_code} / {year} / {dup.sector_code}",
                allowed=("allow_one_value", {}),
            )
        wide = part.pivot(index="region_code", columns="sector_code", values="value")
        if TOTAL not in wide.columns:
            raise _missing(wide.index[0], year, TOTAL, what)
        if NATIONAL in wide.index:
            wide.loc[NATIONAL, TOTAL] = _national_total(wide.loc[NATIONAL])
        cube[year] = wide
    return cube


def _national_total(row):
    """Indonesia's total for shares and LQ: the sum of the 17 categories (NaN when any is missing).

    BPS's PDB row ``TOTAL`` is the 17 categories **plus taxes less subsidies on
    products** (2020: 10,722,999.3 against 10,331,632.3 miliar for the
    categories), while kab/kota and province PDRB rows add up to their
    categories.  Dividing a sector by the PDB total would make every share of
    Indonesia 3.8 % too small and every LQ against Indonesia 3.8 % too large.
    """
    values = row.reindex(list(BPS_CATEGORIES))
    return float(values.sum()) if values.notna().all() else np.nan


def _reference_codes(regions, reference):
    """The reference area of each region: its province (default), or one code for all."""
    if reference is None:
        return pd.Series([reference_of(c) for c in regions], index=regions)
    return pd.Series([str(reference)] * len(regions), index=regions)


def _study_regions(available, reference, regions=None):
    codes = sorted(available) if regions is None else list(regions)
    if reference is None:  # by default, study the kab/kota; provinces are the references
        codes = [c for c in codes if kind_of(c) in ("kabupaten", "kota")]
    else:
        codes = [c for c in codes if c != str(reference)]
    return codes


def _aligned(wide, codes, sectors, year, what):
    """Values of ``codes`` x ``sectors``, refusing anything missing."""
    absent = [c for c in codes if c not in wide.index]
    if absent:
        raise _missing(absent[0], year, what=what)
    block = wide.loc[codes, sectors]
    if block.isna().to_numpy().any():
        r, s = np.argwhere(block.isna().to_numpy())[0]
        if codes[r] == NATIONAL and sectors[s] == TOTAL:
            raise KadDataError(
                "err_national_total",
                file=what,
                value=f"{NATIONAL} / {year}",
                allowed=("allow_17_sectors", {}),
            )
        raise _missing(codes[r], year, sectors[s], what)
    return block.to_numpy(dtype=float)


def sector_table(sector, year, *, codes=None, sectors=None, what="sector PDRB"):
    """One year of sector PDRB as a regions × categories table, as the kit's measures use it.

    Flagged region-years are left out (with a warning) and Indonesia's ``TOTAL`` is the
    sum of the 17 categories (see :func:`location_quotient`).  With ``codes`` and/or
    ``sectors``: exactly those rows and columns, refusing anything missing.

    Examples
    --------
    >>> import kadlib
    >>> t = sector_table(kadlib.load_sector_pdrb(["Sleman"]), 2019, codes=["3404"], sectors=["A", "TOTAL"])
    >>> list(t.index), list(t.columns), bool(t.loc["3404", "A"] < t.loc["3404", "TOTAL"])
    (['3404'], ['A', 'TOTAL'], True)
    """
    wide = _sector_cube(sector, [year], what)[year]
    if codes is None and sectors is None:
        return wide
    codes = list(wide.index) if codes is None else list(codes)
    sectors = list(wide.columns) if sectors is None else list(sectors)
    return pd.DataFrame(_aligned(wide, codes, sectors, year, what), index=codes, columns=sectors)


def _sectors_of(wide):
    return [c for c in wide.columns if c != TOTAL]


# ============================================================================= region level
def growth_rates(frame, *, value="value"):
    """Year-on-year growth (percent) of a tidy series, per region (and indicator/sector).

    Parameters
    ----------
    frame : DataFrame
        ``region_code, year, value`` and optionally ``indicator`` / ``sector_code``.

    Returns
    -------
    DataFrame
        The input rows with a ``growth`` column (percent; NaN for the first year
        and where the previous year is missing).

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["3302"] * 3, "year": [2020, 2021, 2022], "value": [100.0, 110.0, 99.0]})
    >>> growth_rates(f)["growth"].round(6).tolist()
    [nan, 10.0, -10.0]
    """
    _check_columns(frame, ["region_code", "year", value], "growth_rates")
    keys = [c for c in ("region_code", "indicator", "sector_code") if c in frame.columns]
    out = frame.sort_values(keys + ["year"]).copy()
    prev = out.groupby(keys)[value].shift(1)
    prev_year = out.groupby(keys)["year"].shift(1)
    out["growth"] = np.where(prev_year == out["year"] - 1, (out[value] / prev - 1) * 100, np.nan)
    return out.reset_index(drop=True)


def average_growth(frame, start, end, *, value="value", method="geometric"):
    """Average annual growth (percent) between two years, per region (and indicator/sector).

    ``method="geometric"`` (default): ``(x_end / x_start) ** (1 / (end - start)) - 1``;
    ``"arithmetic"``: the mean of the year-on-year rates (all years must be present).

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["A"] * 3, "year": [2020, 2021, 2022], "value": [100.0, 110.0, 121.0]})
    >>> float(average_growth(f, 2020, 2022)["growth"].iloc[0])
    10.000000000000009
    """
    _check_columns(frame, ["region_code", "year", value], "average_growth")
    check_option("method", method, ("geometric", "arithmetic"), file="average_growth")
    if end <= start:
        raise KadDataError(
            "err_year_range", value=end, allowed=("allow_year", {"lo": start + 1, "hi": "…"})
        )
    keys = [c for c in ("region_code", "indicator", "sector_code") if c in frame.columns]
    data = _drop_flagged(frame)
    wide = data.pivot_table(index=keys, columns="year", values=value, aggfunc="first")
    needed = [start, end] if method == "geometric" else list(range(start, end + 1))
    for y in needed:
        if y not in wide.columns or wide[y].isna().any():
            row = (
                wide.index[0] if y not in wide.columns else wide.index[wide[y].isna().to_numpy()][0]
            )
            raise _missing(
                row if isinstance(row, str) else " / ".join(map(str, row)), y, what="average_growth"
            )
    if method == "geometric":
        g = (wide[end] / wide[start]) ** (1 / (end - start)) - 1
    else:
        cols = list(range(start, end + 1))
        g = (wide[cols].pct_change(axis=1).iloc[:, 1:]).mean(axis=1)
    out = (g * 100).rename("growth").reset_index()
    out["start"], out["end"] = start, end
    return out


def structure(sector):
    """Economic structure: each sector's share (percent) of the region's total PDRB.

    Returns ``region_code, year, sector_code, value, share``; shares of the 17
    categories add up to 100.  Total: the published ``TOTAL`` of kab/kota and
    provinces (their categories add up to it); for Indonesia the sum of the 17
    categories, because PDB's total also holds taxes less subsidies on products.

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["X"] * 3, "year": [2020] * 3, "sector_code": ["A", "C", "TOTAL"],
    ...                   "value": [30.0, 70.0, 100.0]})
    >>> structure(f)["share"].tolist()
    [30.0, 70.0]
    """
    _check_columns(sector, ["region_code", "year", "sector_code", "value"], "structure")
    data = _drop_flagged(sector)
    total = data[data["sector_code"] == TOTAL].set_index(["region_code", "year"])["value"].copy()
    parts = data[data["sector_code"] != TOTAL].copy()
    national = parts[parts["region_code"] == NATIONAL]
    for year in sorted(set(national["year"])):
        total[(NATIONAL, year)] = _national_total(
            national[national["year"] == year].set_index("sector_code")["value"]
        )
    key = pd.MultiIndex.from_arrays([parts["region_code"], parts["year"]])
    denom = total.reindex(key).to_numpy()
    if np.isnan(denom).any():
        i = int(np.flatnonzero(np.isnan(denom))[0])
        if parts["region_code"].iloc[i] == NATIONAL:
            raise KadDataError(
                "err_national_total",
                file="structure",
                value=f"{NATIONAL} / {parts['year'].iloc[i]}",
                allowed=("allow_17_sectors", {}),
            )
        raise _missing(parts["region_code"].iloc[i], parts["year"].iloc[i], TOTAL, "structure")
    parts["share"] = parts["value"].to_numpy() / denom * 100
    return parts[["region_code", "year", "sector_code", "value", "share"]].reset_index(drop=True)


def per_capita(values, population, *, scale=1.0):
    """Per-capita values: ``values / population * scale``, matched by region and year.

    Both frames are tidy (``region_code, year, value``).  Every region-year of
    ``values`` needs a population, or a :class:`KadDataError` names it.

    Examples
    --------
    >>> v = pd.DataFrame({"region_code": ["A"], "year": [2020], "value": [1000.0]})
    >>> p = pd.DataFrame({"region_code": ["A"], "year": [2020], "value": [50.0]})
    >>> float(per_capita(v, p)["value"].iloc[0])
    20.0
    """
    _check_columns(values, ["region_code", "year", "value"], "per_capita values")
    _check_columns(population, ["region_code", "year", "value"], "per_capita population")
    pop = population.set_index(["region_code", "year"])["value"]
    key = pd.MultiIndex.from_arrays([values["region_code"], values["year"]])
    denom = pop.reindex(key).to_numpy()
    bad = np.isnan(denom) | (denom <= 0)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise _missing(values["region_code"].iloc[i], values["year"].iloc[i], what="population")
    out = values[["region_code", "year"]].copy()
    out["value"] = values["value"].to_numpy() / denom * scale
    return out.reset_index(drop=True)


def implied_population(baseline):
    """Population implied by two published series: PDRB ADHK ÷ PDRB per capita ADHK (persons).

    BPS computes per-capita PDRB as PDRB divided by mid-year population, so the
    ratio recovers the population BPS used — a derived figure, labelled as
    such (indicator ``penduduk_tersirat``), for weighting disparity indices
    where no yearly population series is bundled.  Units: juta rupiah ÷ ribu
    rupiah per orang × 1000 = persons.

    Returns
    -------
    DataFrame
        ``region_code, year, indicator, value, unit, source`` for every
        region-year that has both series.

    Examples
    --------
    >>> b = pd.DataFrame({"region_code": ["3471"] * 2, "year": [2023] * 2, "indicator": ["pdrb_adhk_total",
    ...                   "pdrb_per_capita_adhk"], "value": [31378796.70, 83521.0]})
    >>> round(float(implied_population(b)["value"].iloc[0]))
    375699
    """
    _check_columns(baseline, ["region_code", "year", "indicator", "value"], "implied_population")
    total = baseline[baseline["indicator"] == "pdrb_adhk_total"].set_index(["region_code", "year"])[
        "value"
    ]
    pc = baseline[baseline["indicator"] == "pdrb_per_capita_adhk"].set_index(
        ["region_code", "year"]
    )["value"]
    both = pd.concat([total, pc], axis=1, keys=["total", "pc"], join="inner").dropna()
    out = both.reset_index()
    out["value"] = (both["total"].to_numpy() / both["pc"].to_numpy()) * 1000.0
    out["indicator"] = "penduduk_tersirat"
    out["unit"] = "jiwa"
    out["source"] = "derived: pdrb_adhk_total / pdrb_per_capita_adhk"
    return out[["region_code", "year", "indicator", "value", "unit", "source"]]


#: How each bundled baseline indicator combines into one figure for a group of regions:
#: ``("sum", None)`` for amounts, ``("weighted", "population")`` for rates and per-capita
#: figures (the group's rate is total poor / total population, i.e. the
#: population-weighted mean), or ``("none", key)`` where no average is the group's
#: figure (``key``: the i18n message saying why).
AGGREGATION = {
    "pdrb_adhb_total": ("sum", None),
    "pdrb_adhk_total": ("sum", None),
    "luas_wilayah": ("sum", None),
    "jumlah_penduduk": ("sum", None),
    "jumlah_penduduk_laki_laki": ("sum", None),
    "jumlah_penduduk_perempuan": ("sum", None),
    "persentase_penduduk_miskin": ("weighted", "population"),
    "pdrb_per_capita_adhb": ("weighted", "population"),
    "pdrb_per_capita_adhk": ("weighted", "population"),
    "pengeluaran_per_kapita_disesuaikan": ("weighted", "population"),
    # the exact weight is the labour force (angkatan kerja), not bundled: population, said so
    "tingkat_pengangguran_terbuka": ("weighted", "population"),
    "ipm": ("none", "err_agg_ipm"),
    "umur_harapan_hidup": ("none", "err_agg_uhh"),
    "harapan_lama_sekolah": ("none", "err_agg_hls"),
    "rata_rata_lama_sekolah": ("none", "err_agg_rls"),
    "laju_pertumbuhan_pdrb_adhk": ("none", "err_agg_growth"),
}


def population_weights(baseline, codes, year):
    """Population of ``codes`` in ``year`` for weighting a group figure, and where it comes from.

    In order of preference, one source for all members (never mixed):

    1. ``implied``: PDRB ADHK ÷ PDRB per capita ADHK (:func:`implied_population`), the
       mid-year population BPS divided by — bundled for 2010–2023;
    2. ``count``: ``jumlah_penduduk`` (Kemendagri/Dukcapil registration), bundled for 2025 only.

    No other year is filled in: a :class:`KadDataError` names the member without a weight.

    Returns
    -------
    (Series, str)
        Population by region code, and the source key (``"implied"`` or ``"count"``).

    Examples
    --------
    >>> import kadlib
    >>> w, source = population_weights(kadlib.load_baseline(group="Kartamantul"), ["3471", "3404"], 2023)
    >>> source, round(float(w["3471"]), -3), round(float(w["3404"]), -3)
    ('implied', 376000.0, 1157000.0)
    """
    _check_columns(baseline, ["region_code", "year", "indicator", "value"], "population_weights")
    implied = implied_population(baseline)
    implied = implied[implied["year"] == year].set_index("region_code")["value"]
    if all(c in implied.index for c in codes):
        return implied.reindex(codes), "implied"
    count = baseline[(baseline["indicator"] == "jumlah_penduduk") & (baseline["year"] == year)]
    count = count.set_index("region_code")["value"]
    if all(c in count.index for c in codes):
        return count.reindex(codes).astype(float), "count"
    absent = next(c for c in codes if c not in implied.index)
    raise KadDataError(
        "err_no_weight",
        file="population_weights",
        value=absent,
        year=year,
        allowed=("allow_weight", {}),
    )


def group_value(baseline, indicator, codes, year, *, how="auto", weights=None):
    """One figure for a group: an indicator of its members in one year, combined the right way.

    ``how="auto"`` follows :data:`AGGREGATION`: amounts are summed; rates and
    per-capita figures are **population-weighted** (Σ p_i x_i / Σ p_i, which is the
    group's own rate when p_i is the population the rate was measured on);
    composite indices raise.  ``"weighted"`` forces weighting, ``"sum"``,
    ``"mean"`` (simple, unweighted: labelled so) and ``"per_region"`` are as named.
    ``weights``: your own weights by region code (e.g. the labour force for TPT).

    Returns
    -------
    dict
        ``value`` (float, or {code: value} for ``per_region``), ``how``, ``weight``
        (the weight's source key or ``"own"``; None when not weighted), ``note``.

    Examples
    --------
    >>> b = pd.DataFrame({"region_code": ["a", "b"] * 3, "year": 2023,
    ...                   "indicator": ["persentase_penduduk_miskin"] * 2 + ["pdrb_adhk_total"] * 2 + ["pdrb_per_capita_adhk"] * 2,
    ...                   "value": [10.0, 20.0, 300.0, 100.0, 100.0, 100.0]})
    >>> round(group_value(b, "persentase_penduduk_miskin", ["a", "b"], 2023)["value"], 6)
    12.5
    """
    _check_columns(baseline, ["region_code", "year", "indicator", "value"], "group_value")
    check_option("how", how, ("auto", "weighted", "sum", "mean", "per_region"), file="group_value")
    part = baseline[(baseline["indicator"] == indicator) & (baseline["year"] == year)].set_index(
        "region_code"
    )["value"]
    absent = [c for c in codes if c not in part.index]
    if absent:
        raise _missing(absent[0], year, indicator, "group_value")
    values = part.reindex(codes).astype(float)
    rule, detail = AGGREGATION.get(indicator, ("weighted", "population"))
    if how == "auto":
        if rule == "none":
            raise KadDataError(
                detail, file="group_value", value=indicator, allowed=("allow_aggregate_how", {})
            )
        how = rule
    note = (
        i18n.t("weight_labour_force_missing") if indicator == "tingkat_pengangguran_terbuka" else ""
    )
    if how == "per_region":
        return {
            "value": {c: float(v) for c, v in values.items()},
            "how": how,
            "weight": None,
            "note": note,
        }
    if how == "sum":
        return {"value": float(values.sum()), "how": how, "weight": None, "note": ""}
    if how == "mean":
        return {
            "value": float(values.mean()),
            "how": how,
            "weight": None,
            "note": i18n.t("agg_mean"),
        }
    if weights is not None:
        w, source, note = pd.Series(weights, dtype=float).reindex(codes), "own", ""
        if w.isna().any() or (w < 0).any() or w.sum() <= 0:
            bad = w.index[(w.isna() | (w < 0)).to_numpy()]
            raise KadDataError(
                "err_no_weight",
                file="group_value",
                value=bad[0] if len(bad) else ", ".join(codes),
                year=year,
                allowed=("allow_weight", {}),
            )
    else:
        w, source = population_weights(baseline, codes, year)
    value = float((values * w).sum() / w.sum())
    return {"value": value, "how": "weighted", "weight": source, "note": note}


def klassen_regions(table, *, reference, growth="growth", level="level"):
    """Klassen typology of regions: growth and per-capita level against a reference area.

    Parameters
    ----------
    table : DataFrame
        Indexed by region code, with a growth column and a per-capita level
        column; must include the ``reference`` row (e.g. the province).
    reference : str
        Code of the reference area (e.g. ``"3300"``).

    Returns
    -------
    DataFrame
        The regions (without the reference) with ``quadrant`` 1–4 and ``class``
        (code ``klassen_region_1`` … ``_4``; :func:`with_labels` translates it):
        1 *daerah cepat maju dan cepat tumbuh* (level and growth above the
        reference), 2 *daerah maju tapi tertekan* (level above, growth not),
        3 *daerah berkembang cepat* (growth above, level not), 4 *daerah relatif
        tertinggal* — the names in common Indonesian use (Syafrizal).  "Above" is
        strictly greater; a tie counts as not above.  **Quadrant numbers differ
        between sources** (some number the growth-above/level-below class 2):
        the kit's numbers are the order above; read the class, not the number.

    Examples
    --------
    >>> t = pd.DataFrame({"growth": [5.0, 6.0, 4.0, 6.0, 4.0], "level": [100, 120, 120, 80, 80]},
    ...                  index=["P", "a", "b", "c", "d"])
    >>> klassen_regions(t, reference="P")["quadrant"].tolist()
    [1, 2, 3, 4]
    """
    _check_columns(table, [growth, level], "klassen_regions")
    if reference not in table.index:
        raise _missing(reference, "-", what="klassen_regions (reference row)")
    ref = table.loc[reference]
    out = table.drop(index=reference).copy()
    hi_level = out[level] > ref[level]
    hi_growth = out[growth] > ref[growth]
    out["quadrant"] = np.select(
        [hi_level & hi_growth, hi_level & ~hi_growth, ~hi_level & hi_growth], [1, 2, 3], 4
    )
    out["class"] = [f"klassen_region_{q}" for q in out["quadrant"]]
    out["reference_growth"], out["reference_level"] = ref[growth], ref[level]
    return out


def williamson(per_capita_values, population, *, reference_mean=None):
    """Williamson index (population-weighted coefficient of variation), per year.

    ``Vw = sqrt( sum_i (y_i - ybar)^2 * p_i / P ) / ybar``, with ``y_i`` per-capita
    income, ``p_i`` population, ``P`` total population and ``ybar`` the
    population-weighted mean (or ``reference_mean``, e.g. the province's
    published per-capita PDRB, as a {year: value} mapping).

    Examples
    --------
    >>> y = pd.DataFrame({"region_code": ["a", "b"], "year": [2020, 2020], "value": [10.0, 30.0]})
    >>> p = pd.DataFrame({"region_code": ["a", "b"], "year": [2020, 2020], "value": [1.0, 1.0]})
    >>> float(williamson(y, p)["williamson"].iloc[0])
    0.5
    """
    y, p = _aligned_pair(per_capita_values, population, "williamson")
    rows = []
    for year, part in y.groupby("year"):
        yy = part["value"].to_numpy()
        pp = p.loc[part.index, "value"].to_numpy()
        share = pp / pp.sum()
        mean = float(np.sum(share * yy)) if reference_mean is None else float(reference_mean[year])
        rows.append((year, float(np.sqrt(np.sum((yy - mean) ** 2 * share)) / mean), len(yy)))
    return pd.DataFrame(rows, columns=["year", "williamson", "n_regions"])


def _aligned_pair(a, b, what):
    _check_columns(a, ["region_code", "year", "value"], what)
    _check_columns(b, ["region_code", "year", "value"], what)
    a = a.set_index(["region_code", "year"]).sort_index()
    b = b.set_index(["region_code", "year"])
    missing = a.index.difference(b.index)
    if len(missing):
        raise _missing(missing[0][0], missing[0][1], what=f"{what}: population")
    return a.reset_index().set_index(["region_code", "year"], drop=False).rename_axis(
        [None, None]
    ), b.loc[a.index]


def theil(income, population, groups=None):
    """Theil index of regional inequality per year, with a between/within decomposition.

    ``T = sum_i s_i ln(s_i / p_i)`` with ``s_i`` the region's share of total
    income (PDRB) and ``p_i`` its share of population.  With ``groups``
    (mapping region code → group name, e.g. SKAD group vs rest of the
    province), ``T = T_between + T_within`` where ``T_between = sum_g S_g ln(S_g / P_g)``
    and ``T_within = sum_g S_g T_g``.

    Returns
    -------
    DataFrame
        ``year, theil`` (and ``between, within`` when ``groups`` is given).

    Examples
    --------
    >>> inc = pd.DataFrame({"region_code": ["a", "b"], "year": [2020] * 2, "value": [50.0, 50.0]})
    >>> pop = pd.DataFrame({"region_code": ["a", "b"], "year": [2020] * 2, "value": [10.0, 10.0]})
    >>> float(theil(inc, pop)["theil"].iloc[0])
    0.0
    """
    y, p = _aligned_pair(income, population, "theil")
    rows = []
    for year, part in y.groupby("year"):
        inc = part["value"].to_numpy(dtype=float)
        pop = p.loc[part.index, "value"].to_numpy(dtype=float)
        s, q = inc / inc.sum(), pop / pop.sum()
        total = float(np.sum(s * np.log(s / q)))
        row = {"year": year, "theil": total}
        if groups is not None:
            codes = part["region_code"].to_numpy()
            labels = np.array([groups.get(c, "lainnya") for c in codes])
            between = within = 0.0
            for g in np.unique(labels):
                m = labels == g
                sg, pg = s[m].sum(), q[m].sum()
                between += sg * np.log(sg / pg)
                within += sg * float(np.sum((s[m] / sg) * np.log((s[m] / sg) / (q[m] / pg))))
            row["between"], row["within"] = float(between), float(within)
        rows.append(row)
    return pd.DataFrame(rows)


def sigma_convergence(per_capita_values):
    """Sigma convergence: the spread of per-capita income across regions, per year.

    Returns ``year, sigma`` (standard deviation of ``ln y``, population-unweighted)
    and ``cv`` (coefficient of variation).  A falling sigma over time is sigma
    convergence.

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": list("abab"), "year": [2020, 2020, 2021, 2021],
    ...                   "value": [10.0, 10.0, 10.0, 20.0]})
    >>> sigma_convergence(f)["sigma"].round(4).tolist()
    [0.0, 0.4901]
    """
    _check_columns(per_capita_values, ["region_code", "year", "value"], "sigma_convergence")
    data = _drop_flagged(per_capita_values)
    grouped = data.groupby("year")["value"]
    out = pd.DataFrame(
        {
            "sigma": grouped.apply(
                lambda v: float(np.std(np.log(v.to_numpy(dtype=float)), ddof=1))
            ),
            "cv": grouped.apply(
                lambda v: float(
                    np.std(v.to_numpy(dtype=float), ddof=1) / np.mean(v.to_numpy(dtype=float))
                )
            ),
            "n_regions": grouped.size(),
        }
    ).reset_index()
    return out


# ============================================================================= sector level
def location_quotient(sector, *, year=None, reference=None, regions=None):
    """Location quotient of every sector of every region against a reference area.

    ``LQ_ij = (x_ij / x_j) / (X_i / X)``: the sector's share of the region's
    PDRB over its share of the reference area's PDRB.  LQ > 1 marks a *basis*
    sector.  Totals: BPS's published ``TOTAL`` for kab/kota and provinces (their
    17 categories add up to it, to rounding); for Indonesia (``9999``) **the sum
    of the 17 categories**, because the PDB total also holds taxes less subsidies
    on products (2020: 10,722,999.3 vs 10,331,632.3 miliar) and would inflate
    every LQ against Indonesia by 3.8 %.

    Parameters
    ----------
    sector : DataFrame
        Sector table with the study regions **and** the reference rows.
    year : int or list of int, optional
        Default: every year in the table.
    reference : str, optional
        Default: each region's own province row (``3302`` → ``3300``); or one
        code for all (``"3300"``, ``"9999"`` for Indonesia).
    regions : list of str, optional
        Study regions; default every kab/kota in the table (or every region
        but the reference, when ``reference`` is given).

    Returns
    -------
    DataFrame
        ``region_code, year, sector_code, lq, reference_code``.

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["3302"] * 3 + ["3300"] * 3, "year": 2020,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 2, "value": [20.0, 80, 100, 100, 900, 1000]})
    >>> location_quotient(f)[["sector_code", "lq"]].to_numpy().tolist()
    [['A', 2.0], ['C', 0.888888888888889]]
    """
    _check_columns(sector, ["region_code", "year", "sector_code", "value"], "location_quotient")
    years = (
        sorted(set(sector["year"]))
        if year is None
        else ([year] if np.isscalar(year) else list(year))
    )
    cube = _sector_cube(sector, years, "location_quotient")
    frames = []
    for y in years:
        wide = cube[y]
        sectors = _sectors_of(wide)
        codes = _study_regions(wide.index, reference, regions)
        refs = _reference_codes(codes, reference)
        x = _aligned(wide, codes, sectors, y, "location_quotient")
        xt = _aligned(wide, codes, [TOTAL], y, "location_quotient")
        ref_codes = list(refs.to_numpy())
        r = _aligned(wide, ref_codes, sectors, y, "location_quotient (reference)")
        rt = _aligned(wide, ref_codes, [TOTAL], y, "location_quotient (reference)")
        lq = (x / xt) / (r / rt)
        frames.append(
            pd.DataFrame(
                {
                    "region_code": np.repeat(codes, len(sectors)),
                    "year": y,
                    "sector_code": np.tile(sectors, len(codes)),
                    "lq": lq.ravel(),
                    "reference_code": np.repeat(ref_codes, len(sectors)),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def _two_years(sector, start, end, reference, regions, what):
    if end <= start:
        raise KadDataError(
            "err_year_range",
            file=what,
            value=end,
            allowed=("allow_year", {"lo": start + 1, "hi": "…"}),
        )
    cube = _sector_cube(sector, [start, end], what)
    a, b = cube[start], cube[end]
    flagged = set()
    if "quality_flag" in sector.columns:
        bad = sector[sector["quality_flag"].fillna("").astype(str) != ""]
        flagged = set(bad.loc[bad["year"].isin([start, end]), "region_code"])
    candidates = _study_regions(a.index.union(b.index), reference, regions)
    # A region whose start or end year was flagged (and warned about) is left out; any other gap raises.
    codes = [c for c in candidates if (c in a.index and c in b.index) or c not in flagged]
    sectors = _sectors_of(a)
    refs = list(_reference_codes(codes, reference).to_numpy())
    return {
        "codes": codes,
        "sectors": sectors,
        "refs": refs,
        "x0": _aligned(a, codes, sectors, start, what),
        "x1": _aligned(b, codes, sectors, end, what),
        "t0": _aligned(a, codes, [TOTAL], start, what),
        "t1": _aligned(b, codes, [TOTAL], end, what),
        "r0": _aligned(a, refs, sectors, start, what),
        "r1": _aligned(b, refs, sectors, end, what),
        "R0": _aligned(a, refs, [TOTAL], start, what),
        "R1": _aligned(b, refs, [TOTAL], end, what),
    }


def _long(d, **columns):
    n_s = len(d["sectors"])
    out = {
        "region_code": np.repeat(d["codes"], n_s),
        "sector_code": np.tile(d["sectors"], len(d["codes"])),
    }
    out.update({k: np.asarray(v).ravel() for k, v in columns.items()})
    out["reference_code"] = np.repeat(d["refs"], n_s)
    return pd.DataFrame(out)


def dynamic_lq(sector, start=None, end=None, *, reference=None, regions=None):
    """Dynamic location quotient (DLQ) between two years, with the LQ–DLQ classes.

    ``DLQ_ij = [(1 + g_ij) / (1 + g_j)]^t / [(1 + G_i) / (1 + G)]^t`` with average
    annual (geometric) growth of the sector and the total in the region
    (``g``) and the reference area (``G``) over ``t = end - start`` years; with
    geometric growth this equals ``LQ_end / LQ_start``.  DLQ > 1: the sector's
    position is strengthening against the reference.

    The ratio is one of growth *factors* ``1 + g`` (always positive), so it
    keeps its meaning when growth is negative.  Window: default :data:`SECTOR_WINDOW`.

    Returns
    -------
    DataFrame
        ``region_code, sector_code, lq_start, lq_end, dlq, class, reference_code``;
        ``class`` combines LQ (end year) and DLQ as codes ``lq_dlq_TT`` (LQ > 1, DLQ > 1)
        … ``lq_dlq_FF``.  Their common Indonesian names: TT *unggulan* (basis, stays
        basis), TF *prospektif* (basis, tending to non-basis), FT *andalan* (non-basis,
        tending to basis), FF *tertinggal* — see :data:`LQ_DLQ_SOURCE` for the source.

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["3302"] * 6 + ["3300"] * 6, "year": [2015] * 3 + [2020] * 3 + [2015] * 3 + [2020] * 3,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 4, "value": [60, 40, 100, 90, 44, 134, 500, 500, 1000, 600, 550, 1150.0]})
    >>> d = dynamic_lq(f, 2015, 2020)
    >>> d[["sector_code", "dlq", "class"]].round(3).values.tolist()
    [['A', 1.073, 'lq_dlq_TT'], ['C', 0.858, 'lq_dlq_FF']]
    """
    start, end = _window(start, end)
    d = _two_years(sector, start, end, reference, regions, "dynamic_lq")
    t = end - start
    np_err = np.seterr(divide="ignore", invalid="ignore")
    g_ij = (d["x1"] / d["x0"]) ** (1 / t)
    g_j = (d["t1"] / d["t0"]) ** (1 / t)
    G_i = (d["r1"] / d["r0"]) ** (1 / t)
    G = (d["R1"] / d["R0"]) ** (1 / t)
    dlq = ((g_ij / g_j) ** t) / ((G_i / G) ** t)
    lq0 = (d["x0"] / d["t0"]) / (d["r0"] / d["R0"])
    lq1 = (d["x1"] / d["t1"]) / (d["r1"] / d["R1"])
    np.seterr(**np_err)
    out = _long(d, lq_start=lq0, lq_end=lq1, dlq=dlq)
    out["class"] = _classes(
        "lq_dlq", out["lq_end"] > 1, out["dlq"] > 1, np.isfinite(out["dlq"]) & (out["lq_start"] > 0)
    )
    out["start"], out["end"] = start, end
    return out


def shift_share(sector, start=None, end=None, *, reference=None, regions=None, method="classic"):
    """Shift-share decomposition of each region-sector's change between two years.

    Classic (Dunn 1960): ``change = reference_growth + industry_mix + competitive``
    with ``reference_growth = x0 * G``, ``industry_mix = x0 * (G_i - G)`` and
    ``competitive = x0 * (g_ij - G_i)``, where ``G`` is the reference area's total
    growth rate, ``G_i`` its sector growth rate and ``g_ij`` the region's.

    Esteban-Marquillas (1972), ``method="esteban"``: the competitive effect is
    split with the *homothetic* value ``x'_ij = x_j * X_i / X`` (the sector's
    value if the region had the reference structure) into
    ``competitive_homothetic = x'_ij (g_ij - G_i)`` and the ``allocation`` effect
    ``(x_ij - x'_ij)(g_ij - G_i)``.

    Returns
    -------
    DataFrame
        ``region_code, sector_code, value_start, value_end, change,
        reference_growth, industry_mix, competitive`` (+ ``homothetic,
        competitive_homothetic, allocation``), ``reference_code``.

    Examples
    --------
    The worked example of Krumme's shift-share table (Holukuluku, 1985-1995):

    >>> f = pd.DataFrame({"region_code": ["R"] * 5 + ["N"] * 5 + ["R"] * 5 + ["N"] * 5,
    ...     "year": [1985] * 10 + [1995] * 10, "sector_code": ["I", "II", "III", "IV", "TOTAL"] * 4,
    ...     "value": [500, 100, 200, 200, 1000, 10000, 20000, 40000, 30000, 100000,
    ...               1000, 100, 250, 280, 1630, 11000, 24000, 52000, 42000, 129000]})
    >>> s = shift_share(f, 1985, 1995, reference="N")
    >>> s[["reference_growth", "industry_mix", "competitive"]].sum().round(6).tolist()
    [290.0, -80.0, 420.0]
    """
    check_option("method", method, ("classic", "esteban"), file="shift_share")
    start, end = _window(start, end)
    d = _two_years(sector, start, end, reference, regions, "shift_share")
    G = d["R1"] / d["R0"] - 1
    G_i = d["r1"] / d["r0"] - 1
    x0, x1 = d["x0"], d["x1"]
    cols = {
        "value_start": x0,
        "value_end": x1,
        "change": x1 - x0,
        # x0 * (g_ij - G_i), written without dividing by x0 (a sector may start at 0)
        "reference_growth": x0 * G,
        "industry_mix": x0 * (G_i - G),
        "competitive": x1 - x0 * (1 + G_i),
    }
    if method == "esteban":
        with np.errstate(divide="ignore", invalid="ignore"):
            g_ij = np.where(
                x0 > 0, x1 / x0 - 1, np.nan
            )  # undefined growth from 0: NaN, not a number made up
        homothetic = d["t0"] * d["r0"] / d["R0"]
        cols["homothetic"] = homothetic
        cols["competitive_homothetic"] = homothetic * (g_ij - G_i)
        cols["allocation"] = (x0 - homothetic) * (g_ij - G_i)
    out = _long(d, **cols)
    out["start"], out["end"] = start, end
    return out


def sector_klassen(sector, start=None, end=None, *, reference=None, regions=None):
    """Klassen typology of sectors: growth and share in the region against the reference.

    Growth: average annual (geometric) growth ``start``→``end``; share: the
    sector's share of PDRB, averaged over the two years.  Quadrants: 1 *prima*
    (share and growth above the reference's), 2 *maju tapi tertekan* (share
    above, growth not), 3 *potensial* (growth above, share not), 4 *relatif tertinggal*.

    Returns
    -------
    DataFrame
        ``region_code, sector_code, growth, share, reference_growth,
        reference_share, quadrant, class`` (code ``klassen_sector_1`` … ``_4``;
        :func:`with_labels` translates it), ``reference_code`` (growth and shares in
        percent).  Growth is compared directly (``growth > reference_growth``),
        right for negative growth too.  Window: default :data:`SECTOR_WINDOW`.

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["3302"] * 6 + ["3300"] * 6, "year": [2015] * 3 + [2020] * 3 + [2015] * 3 + [2020] * 3,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 4, "value": [60, 40, 100, 90, 44, 134, 500, 500, 1000, 600, 550, 1150.0]})
    >>> sector_klassen(f, 2015, 2020)[["sector_code", "quadrant"]].values.tolist()
    [['A', 1], ['C', 4]]
    """
    start, end = _window(start, end)
    d = _two_years(sector, start, end, reference, regions, "sector_klassen")
    t = end - start
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = np.where(d["x0"] > 0, ((d["x1"] / d["x0"]) ** (1 / t) - 1) * 100, np.nan)
    ref_growth = ((d["r1"] / d["r0"]) ** (1 / t) - 1) * 100
    share = (d["x0"] / d["t0"] + d["x1"] / d["t1"]) / 2 * 100
    ref_share = (d["r0"] / d["R0"] + d["r1"] / d["R1"]) / 2 * 100
    out = _long(
        d, growth=growth, share=share, reference_growth=ref_growth, reference_share=ref_share
    )
    hi_s, hi_g = out["share"] > out["reference_share"], out["growth"] > out["reference_growth"]
    defined = np.isfinite(out["growth"]).to_numpy()
    quadrant = np.select([hi_s & hi_g, hi_s & ~hi_g, ~hi_s & hi_g], [1, 2, 3], 4)
    out["quadrant"] = pd.Series(quadrant, index=out.index, dtype="Int64").where(defined)
    out["class"] = [
        f"klassen_sector_{int(q)}" if ok else UNDEFINED
        for q, ok in zip(quadrant, defined, strict=True)
    ]
    out["start"], out["end"] = start, end
    return out


def mrp(sector, start=None, end=None, *, reference=None, regions=None):
    """Model Rasio Pertumbuhan (growth ratio model, Yusuf 1999) between two years.

    Yusuf's ratios are ``RPr = (ΔE_iR / E_iR) / (ΔE_R / E_R)`` (the sector's
    growth in the reference area over the reference area's total growth) and
    ``RPs = (ΔE_ij / E_ij) / (ΔE_iR / E_iR)`` (the sector's growth in the region
    over its growth in the reference area); "+" means a ratio above 1, i.e.
    **faster than the reference**.

    How the kit judges "faster": by comparing the growths directly —
    ``rps_plus = g_ij > G_i`` and ``rpr_plus = G_i > G`` — which is what a
    ratio above 1 means when the denominator growth is positive, and stays
    right when it is zero or negative (a ratio flips its meaning then: Sleman's
    transport, −20.5 % against DIY's −3.5 % over 2015–2020, has RPs = 5.9).
    The ratios are shown only where their denominator growth is positive (NaN
    otherwise).  A tie is not "+".  Growth here is the total change over the
    window (percent), as in Yusuf; a sector that starts at 0 is undefined.

    Parameters
    ----------
    start, end : int, optional
        Default :data:`SECTOR_WINDOW` (2015–2019, before COVID-19).

    Returns
    -------
    DataFrame
        ``region_code, sector_code, growth, reference_growth,
        reference_total_growth`` (percent over the window), ``rps, rpr``
        (ratios, NaN where not meaningful), ``rps_plus, rpr_plus`` (bool),
        ``class`` (code ``mrp_TT`` … ``mrp_FF``: RPs then RPr; see
        :func:`with_labels`), ``reference_code, start, end``.

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["3302"] * 6 + ["3300"] * 6, "year": [2015] * 3 + [2020] * 3 + [2015] * 3 + [2020] * 3,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 4, "value": [60, 40, 100, 90, 44, 134, 500, 500, 1000, 600, 550, 1150.0]})
    >>> mrp(f, 2015, 2020)[["sector_code", "rps", "rpr", "class"]].round(3).values.tolist()
    [['A', 2.5, 1.333, 'mrp_TT'], ['C', 1.0, 0.667, 'mrp_FF']]
    """
    start, end = _window(start, end)
    d = _two_years(sector, start, end, reference, regions, "mrp")
    with np.errstate(divide="ignore", invalid="ignore"):
        g_ij = np.where(d["x0"] > 0, d["x1"] / d["x0"] - 1, np.nan)
        G_i = d["r1"] / d["r0"] - 1
        G = d["R1"] / d["R0"] - 1
        rpr = np.where(G > 0, G_i / G, np.nan)
        rps = np.where(G_i > 0, g_ij / G_i, np.nan)
    ref_ok = np.isfinite(G_i) & np.isfinite(G)
    defined = np.isfinite(g_ij) & ref_ok
    out = _long(
        d,
        growth=g_ij * 100,
        reference_growth=G_i * 100,
        reference_total_growth=np.broadcast_to(G, G_i.shape) * 100,
        rps=rps,
        rpr=rpr,
        rps_plus=(g_ij > G_i) & defined,
        rpr_plus=(G_i > G) & ref_ok,
    )
    out["class"] = _classes("mrp", out["rps_plus"], out["rpr_plus"], defined.ravel())
    out["start"], out["end"] = start, end
    return out


def sektor_unggulan(sector, start=None, end=None, *, reference=None, regions=None):
    """The overlay Indonesian studies use to call a sector *unggulan*: MRP's RPs with the LQ.

    A sector is *unggulan* when it grows faster in the region than in the
    reference area (RPs "+", judged as ``growth > reference_growth``, see
    :func:`mrp`) **and** its share is above the reference's
    (LQ > 1 in the end year) — "dominant in growth and in contribution"
    (Yusuf 1999's overlay of MRP and LQ).  The other classes are kept so that
    emerging sectors (RPs > 1, LQ ≤ 1) are visible too.

    Window: default :data:`SECTOR_WINDOW`; the LQ is the end year's.

    Returns
    -------
    DataFrame
        ``region_code, sector_code, lq, rps, rpr, rps_plus, unggulan (bool),
        class`` (code ``unggulan_TT`` …: RPs "+" then LQ > 1), ``reference_code, start, end``.

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["3302"] * 6 + ["3300"] * 6, "year": [2015] * 3 + [2020] * 3 + [2015] * 3 + [2020] * 3,
    ...                   "sector_code": ["A", "C", "TOTAL"] * 4, "value": [60, 40, 100, 90, 44, 134, 500, 500, 1000, 600, 550, 1150.0]})
    >>> sektor_unggulan(f, 2015, 2020)[["sector_code", "unggulan"]].values.tolist()
    [['A', True], ['C', False]]
    """
    start, end = _window(start, end)
    m = mrp(sector, start, end, reference=reference, regions=regions)
    lq = location_quotient(sector, year=end, reference=reference, regions=regions)
    out = m.merge(
        lq[["region_code", "sector_code", "lq"]], on=["region_code", "sector_code"], how="left"
    )
    out["unggulan"] = out["rps_plus"] & (out["lq"] > 1)
    out["class"] = _classes("unggulan", out["rps_plus"], out["lq"] > 1, out["class"] != UNDEFINED)
    return out[
        [
            "region_code",
            "sector_code",
            "lq",
            "rps",
            "rpr",
            "rps_plus",
            "unggulan",
            "class",
            "reference_code",
            "start",
            "end",
        ]
    ]


def shared_strengths(lq, members, *, min_members=2, threshold=1.0):
    """Sectors that are basis (LQ > threshold) in at least ``min_members`` members of a group.

    Parameters
    ----------
    lq : DataFrame
        Output of :func:`location_quotient` for one year.
    members : list of str
        The group's region codes.

    Returns
    -------
    DataFrame
        ``sector_code, n_basis, members`` (codes where the sector is basis),
        sorted by ``n_basis`` descending then sector.

    Examples
    --------
    >>> lq = pd.DataFrame({"region_code": ["a", "a", "b", "b"], "sector_code": ["A", "C"] * 2,
    ...                    "lq": [1.5, 0.4, 1.2, 2.0], "year": 2020})
    >>> shared_strengths(lq, ["a", "b"]).to_dict("records")
    [{'sector_code': 'A', 'n_basis': 2, 'members': ['a', 'b']}]
    """
    _check_columns(lq, ["region_code", "sector_code", "lq"], "shared_strengths")
    if "year" in lq.columns and lq["year"].nunique() > 1:
        raise KadDataError(
            "err_one_year",
            file="shared_strengths",
            value=", ".join(map(str, sorted(lq["year"].unique()))),
            allowed=("allow_one_year", {}),
        )
    part = lq[lq["region_code"].isin(members) & (lq["lq"] > threshold)]
    grouped = part.groupby("sector_code")["region_code"].apply(lambda s: sorted(s))
    out = pd.DataFrame(
        {
            "sector_code": grouped.index,
            "n_basis": grouped.map(len).to_numpy(),
            "members": grouped.to_numpy(),
        }
    )
    out = out[out["n_basis"] >= min_members]
    return out.sort_values(["n_basis", "sector_code"], ascending=[False, True]).reset_index(
        drop=True
    )


# ============================================================================= helpers for tables
def klassen_table(
    baseline,
    start,
    end,
    *,
    growth_indicator="pdrb_adhk_total",
    level_indicator="pdrb_per_capita_adhk",
):
    """Build the input of :func:`klassen_regions` from the baseline.

    ``growth``: average annual (geometric) growth of ``growth_indicator``
    (default PDRB at constant prices) from ``start`` to ``end``; ``level``: the
    mean of ``level_indicator`` (default PDRB per capita, constant prices) over
    the years ``start``..``end`` — every year must be present.

    Returns
    -------
    DataFrame
        Indexed by region code: ``growth`` (percent per year), ``level``.

    Examples
    --------
    >>> b = pd.DataFrame({"region_code": ["A"] * 4 + ["P"] * 4, "year": [2020, 2021] * 4,
    ...                   "indicator": (["pdrb_adhk_total"] * 2 + ["pdrb_per_capita_adhk"] * 2) * 2,
    ...                   "value": [100, 110, 20, 22, 1000, 1050, 30, 31.0]})
    >>> klassen_table(b, 2020, 2021).round(2).to_dict("index")
    {'A': {'growth': 10.0, 'level': 21.0}, 'P': {'growth': 5.0, 'level': 30.5}}
    """
    _check_columns(baseline, ["region_code", "year", "indicator", "value"], "klassen_table")
    g = average_growth(baseline[baseline["indicator"] == growth_indicator], start, end)
    lv = baseline[(baseline["indicator"] == level_indicator) & baseline["year"].between(start, end)]
    counts = lv.groupby("region_code")["year"].nunique()
    for code in g["region_code"]:
        if counts.get(code, 0) != end - start + 1:
            have = set(lv.loc[lv["region_code"] == code, "year"])
            year = next(y for y in range(start, end + 1) if y not in have)
            raise _missing(code, year, what=f"klassen_table: {level_indicator}")
    level = lv.groupby("region_code")["value"].mean()
    out = g.set_index("region_code")[["growth"]]
    out["level"] = level.reindex(out.index)
    return out


def aggregate(sector, codes, new_code, *, label=None):
    """Add a region that is the sum of ``codes`` (e.g. a reference area no table publishes).

    BPS's province table has no national row; summing the provinces gives a
    reference you can use — but it is *your* aggregate, not a published figure
    (PDB also holds taxes less subsidies), so name it as such in anything you show.

    Returns
    -------
    DataFrame
        ``sector`` with the new region's rows appended (``source`` says what was summed).

    Examples
    --------
    >>> f = pd.DataFrame({"region_code": ["a", "b"], "year": 2020, "sector_code": "A", "value": [1.0, 2.0]})
    >>> aggregate(f, ["a", "b"], "a+b")["value"].tolist()
    [1.0, 2.0, 3.0]
    """
    _check_columns(sector, ["region_code", "year", "sector_code", "value"], "aggregate")
    part = _drop_flagged(sector[sector["region_code"].isin(codes)])
    absent = sorted(set(codes) - set(part["region_code"]))
    if absent:
        raise _missing(absent[0], "*", what="aggregate")
    if part["value"].isna().any():
        row = part[part["value"].isna()].iloc[0]
        raise _missing(row["region_code"], row["year"], row["sector_code"], "aggregate")
    summed = part.groupby(["year", "sector_code"], as_index=False)["value"].sum()
    summed["region_code"] = new_code
    for col in ("unit", "price_basis"):
        if col in part.columns:
            summed[col] = part[col].iloc[0]
    if "quality_flag" in sector.columns:
        summed["quality_flag"] = ""
    if "source" in sector.columns:
        summed["source"] = label or f"sum of {len(codes)} regions: {', '.join(map(str, codes))}"
    return pd.concat(
        [sector, summed[[c for c in sector.columns if c in summed.columns]]], ignore_index=True
    )
