"""The data shipped with the kit: a registry and one loader per dataset.

Every dataset is built by ``data/build.py`` from raw files whose provenance is
documented, and carries its source and licence (``list_datasets()``,
``data/README.md``).  Loaders read offline from the bundled folder, keep a
cached copy and hand out a fresh copy on each call, so nothing a caller does to
a returned frame changes what the next caller sees.

Examples
--------
>>> import kadlib
>>> regions = kadlib.load_regions(group="kartamantul")
>>> regions[["region_code", "name", "kind"]].to_string(index=False)
'region_code            name      kind\\n       3402 Kabupaten Bantul kabupaten\\n       3404 Kabupaten Sleman kabupaten\\n       3471 Kota Yogyakarta      kota'
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from functools import cache, lru_cache

from . import i18n, validate
from ._paths import data_path
from .errors import KadDataError, check_option
from .regions import display_name, normalise_name, province_of, resolve_regions

BOUNDARY_LAYERS = {
    "jateng_diy": "boundaries_jateng_diy.geojson",
    "indonesia": "boundaries_indonesia.geojson",
}
SECTOR_DATASETS = ("sector_pdrb", "sector_pdrb_province")


# ----------------------------------------------------------------------------- registry
@lru_cache(maxsize=1)
def _registry() -> tuple[dict, ...]:
    with data_path("registry.json").open(encoding="utf-8") as fh:
        return tuple(json.load(fh)["datasets"])


def list_datasets():
    """Return the registry of bundled datasets: name, file, source, licence, rows.

    Examples
    --------
    >>> reg = list_datasets()
    >>> {"baseline", "sector_pdrb", "boundaries_jateng_diy"} <= set(reg["name"])
    True
    >>> bool(reg["licence"].str.len().gt(0).all())
    True
    """
    import pandas as pd

    frame = pd.DataFrame(list(_registry()))
    frame["sources"] = frame["sources"].map(", ".join)
    return frame[
        ["name", "file", "title", "sources", "licence", "years", "rows", "columns", "sha256"]
    ]


@cache
def _csv(name: str):
    import pandas as pd

    path = data_path(name)
    try:
        frame = pd.read_csv(
            path,
            dtype={"region_code": str, "province_code": str},
            keep_default_na=False,
            na_values={"value": [""]},
        )
    except (OSError, ValueError, pd.errors.ParserError) as exc:  # a damaged copy (KADLIB_DATA)
        raise KadDataError(
            "err_csv_syntax", file=name, detail=type(exc).__name__, allowed=("allow_csv", {})
        ) from None
    if name == "baseline.csv":
        validate.check_frame(frame, validate.BASELINE, name)
    return frame


@cache
def _sector_long(file: str):
    """The sector files hold one row per unit-year; return them tidy (one row per value)."""
    import pandas as pd

    wide = _csv(file)
    keys = ["region_code", "year", "price_basis", "unit", "quality_flag", "source"]
    sectors = [c for c in wide.columns if c not in keys]
    long = wide.melt(id_vars=keys, value_vars=sectors, var_name="sector_code", value_name="value")
    order = {s: i for i, s in enumerate(sectors)}
    long["_o"] = long["sector_code"].map(order)
    long = long.sort_values(
        ["region_code", "price_basis", "year", "_o"], ascending=[True, False, True, True]
    )
    cols = [
        "region_code",
        "year",
        "sector_code",
        "value",
        "unit",
        "price_basis",
        "quality_flag",
        "source",
    ]
    long = long[cols].reset_index(drop=True)
    long["value"] = pd.to_numeric(long["value"], errors="coerce")
    validate.check_frame(long, validate.SECTOR, file)
    return long


@cache
def _geo(file: str):
    import geopandas as gpd

    gdf = gpd.read_file(data_path(file))
    gdf["region_code"] = gdf["region_code"].astype(str)
    gdf["province_code"] = gdf["province_code"].astype(str)
    validate.check_frame(gdf, validate.BOUNDARIES, file)
    return gdf


# ----------------------------------------------------------------------------- groups
def load_groups():
    """Return the cooperation groups (Kartamantul, Barlingmascakeb, SAMPAN ...).

    Returns
    -------
    pandas.DataFrame
        One row per group: ``group_id``, ``name``, ``form``, ``founded`` (year the
        group was founded, where the sources give it), ``founded_note``,
        ``agreement`` and ``agreement_date`` (what was signed first — MoU, Kesepakatan
        Bersama, joint decree — and when; "" when not found), ``members`` (list of
        BPS codes), ``members_note`` (incl. members the sources leave uncertain), ``source``.

    Examples
    --------
    >>> g = load_groups().set_index("group_id")
    >>> g.loc["barlingmascakeb", "members"]
    ['3301', '3302', '3303', '3304', '3305']
    """
    groups = _csv("groups.csv").copy()
    members = _csv("group_members.csv")
    by_group = members.groupby("group_id")["region_code"].apply(lambda s: sorted(s))
    groups["members"] = groups["group_id"].map(by_group)
    groups["founded"] = (
        groups["founded"].map(lambda v: int(v) if str(v).strip() else None).astype("Int64")
    )
    return groups


def group_members(group: str) -> list[str]:
    """BPS codes of a group's members; the name matches case-insensitively.

    Examples
    --------
    >>> group_members("Kartamantul"), group_members("SAMPAN")[:3]
    (['3402', '3404', '3471'], ['3325', '3326', '3327'])
    """
    groups = load_groups()
    key = normalise_name(group).replace(" ", "")
    ids = groups["group_id"].str.lower()
    names = groups["name"].map(lambda n: normalise_name(n).replace(" ", ""))
    hit = groups[(ids == key) | (names == key)]
    if hit.empty:
        raise KadDataError(
            "err_unknown_group",
            value=group,
            allowed=("allow_list", {"items": ", ".join(groups["name"])}),
        )
    return list(hit["members"].iloc[0])


def select_codes(group=None, codes=None) -> list[str] | None:
    """The region codes a ``group=`` / ``codes=`` pair chooses (both: the group's members among the codes), or None.

    Examples
    --------
    >>> select_codes("Kartamantul")
    ['3402', '3404', '3471']
    >>> select_codes("Kartamantul", codes=["Sleman", "Kota Semarang"])
    ['3404']
    >>> select_codes() is None
    True
    """
    selected = None
    if group is not None:
        selected = group_members(group)
    if codes is not None:
        asked = resolve_regions(codes)
        selected = asked if selected is None else [c for c in selected if c in asked]
    return selected


_select_codes = select_codes  # the name used inside this module


# ----------------------------------------------------------------------------- regions
def load_regions(group=None, codes=None, *, layer="jateng_diy"):
    """Return region polygons with their BPS codes.

    Parameters
    ----------
    group : str, optional
        A cooperation group ("Kartamantul", "barlingmascakeb", "SAMPAN" ...).
    codes : list of str or int, optional
        BPS codes or names ("3302", 3302, "Banyumas", "Kota Tegal").
    layer : {"jateng_diy", "indonesia"}
        ``"jateng_diy"``: the 40 kab/kota of Jawa Tengah and DI Yogyakarta,
        topology-clean (shared borders are shared; use it for neighbours);
        ``"indonesia"``: all 514 kab/kota, coarse, for overview maps only.

    Returns
    -------
    geopandas.GeoDataFrame
        ``region_code`` (4-digit str), ``name``, ``name_short``, ``kind``,
        ``province_code``, ``geometry`` (EPSG:4326), sorted by code.

    Raises
    ------
    KadDataError
        Unknown group, unknown/duplicate/ambiguous codes or names, or regions
        not in the chosen layer (e.g. Pacitan on the ``jateng_diy`` layer).

    Examples
    --------
    >>> g = load_regions("Kartamantul")
    >>> g[["region_code", "name", "kind"]].values.tolist()
    [['3402', 'Kabupaten Bantul', 'kabupaten'], ['3404', 'Kabupaten Sleman', 'kabupaten'], ['3471', 'Kota Yogyakarta', 'kota']]
    >>> g.crs.to_string(), len(load_regions(layer="indonesia"))
    ('EPSG:4326', 514)
    """
    check_option("layer", layer, BOUNDARY_LAYERS)
    gdf = _geo(BOUNDARY_LAYERS[layer])
    selected = _select_codes(group, codes)
    if selected is None:
        return gdf.copy()
    absent = [c for c in selected if c not in set(gdf["region_code"])]
    if absent:
        raise KadDataError(
            "err_unknown_region_code",
            value=", ".join(absent),
            file=BOUNDARY_LAYERS[layer],
            allowed=(
                "allow_list",
                {
                    "items": "layer='indonesia' untuk wilayah di luar Jawa Tengah/DIY "
                    "(for regions outside Jawa Tengah/DIY)"
                },
            ),
        )
    return gdf[gdf["region_code"].isin(selected)].reset_index(drop=True).copy()


# ----------------------------------------------------------------------------- tables
def _filter_years(frame, years, file):
    if years is None:
        return frame
    import numbers

    if isinstance(years, numbers.Integral):  # also numpy integers (a year taken from a table)
        years = [years]
    years = [int(y) for y in years]
    known = set(frame["year"])
    if not known:  # nothing left for these regions (e.g. IPM is not in the kit for DIY)
        raise KadDataError(
            "err_no_data_selected",
            file=file,
            column="year",
            value=years[0],
            allowed=("allow_coverage", {}),
        )
    lo, hi = min(known), max(known)
    bad = [y for y in years if y not in known]
    if bad:
        raise KadDataError(
            "err_year_range",
            file=file,
            column="year",
            value=bad[0],
            allowed=("allow_year", {"lo": lo, "hi": hi}),
        )
    return frame[frame["year"].isin(years)]


def _filter_in(frame, column, wanted, known_items, file):
    if wanted is None:
        return frame
    if isinstance(wanted, str):
        wanted = [wanted]
    for w in wanted:
        if w not in known_items:
            key = "err_unknown_sector" if column == "sector_code" else "err_unknown_indicator"
            raise KadDataError(
                key,
                file=file,
                column=column,
                value=w,
                allowed=("allow_list", {"items": ", ".join(sorted(known_items))}),
            )
    return frame[frame[column].isin(list(wanted))]


def load_baseline(codes=None, *, group=None, indicators=None, years=None):
    """Return the baseline indicators as a tidy table.

    PDRB totals at current (``pdrb_adhb_total``) and constant 2010 prices
    (``pdrb_adhk_total``), PDRB per capita, poverty rate, IPM and its
    components, open unemployment, area and population for the 40 kab/kota of
    Jawa Tengah and DIY and the two provinces.  ``load_indicators()`` lists
    the indicators with labels, units, coverage and caveats.

    Parameters
    ----------
    codes, group :
        Select regions (see :func:`load_regions`).
    indicators : str or list of str, optional
    years : int or list of int, optional

    Returns
    -------
    pandas.DataFrame
        ``region_code, year, indicator, value, unit, source``.

    Examples
    --------
    >>> b = load_baseline(["Cilacap"], indicators="pdrb_adhk_total", years=2023)
    >>> f"{b['value'].iloc[0]:,.2f} {b['unit'].iloc[0]}"
    '101,839,740.58 juta rupiah'
    """
    frame = _csv("baseline.csv")
    selected = _select_codes(group, codes)
    if selected is not None:
        frame = frame[frame["region_code"].isin(selected)]
    frame = _filter_in(
        frame, "indicator", indicators, set(_csv("baseline.csv")["indicator"]), "baseline.csv"
    )
    frame = _filter_years(frame, years, "baseline.csv")
    return frame.reset_index(drop=True).copy()


def load_sector_pdrb(
    codes=None,
    *,
    group=None,
    years=None,
    sectors=None,
    dataset="sector_pdrb",
    drop_flagged=False,
    with_reference=False,
):
    """Return PDRB by the 17 BPS industry categories (constant 2010 prices, miliar rupiah).

    Parameters
    ----------
    codes, group :
        Select regions (see :func:`load_regions`); provinces (``"3300"``) and
        Indonesia (``"9999"``) are rows too.
    years : int or list of int, optional
    sectors : str or list of str, optional
        BPS category codes (``"A"`` ... ``"R,S,T,U"``) and/or ``"TOTAL"``.
    dataset : {"sector_pdrb", "sector_pdrb_province"}
        ``"sector_pdrb"``: all 514 kab/kota, 34 provinces and Indonesia,
        2013–2020 (one export, one vintage); ``"sector_pdrb_province"``:
        provinces 2020–2025 from the BPS tables (ADHK; and ADHB 2024).
    drop_flagged : bool
        Drop unit-years whose ``quality_flag`` is set (with a warning naming them).
        By default they are kept, flag included, so that analysis functions can
        exclude them and say so.
    with_reference : bool
        Add the rows of the selected regions' provinces and of Indonesia
        (``9999``), the reference areas of :mod:`kadlib.economy`.

    Returns
    -------
    pandas.DataFrame
        ``region_code, year, sector_code, value, unit, price_basis, quality_flag, source``.

    Examples
    --------
    >>> s = load_sector_pdrb(["Banyumas"], years=2020, sectors="A")
    >>> float(s["value"].iloc[0])
    4596.45
    """
    check_option("dataset", dataset, SECTOR_DATASETS)
    file = f"{dataset}.csv"
    frame = _sector_long(file)
    selected = _select_codes(group, codes)
    if selected is not None:
        if with_reference:
            selected = list(selected) + sorted({province_of(c) for c in selected} | {"9999"})
        frame = frame[frame["region_code"].isin(selected)]
    frame = _filter_in(frame, "sector_code", sectors, set(_sector_long(file)["sector_code"]), file)
    frame = _filter_years(frame, years, file)
    if drop_flagged:
        flagged = frame[frame["quality_flag"] != ""]
        if not flagged.empty:
            items = sorted(
                {
                    f"{display_name(c, short=False)} ({c}) {y} [{i18n.quality_flag_text(f)}]"
                    for c, y, f in zip(
                        flagged["region_code"],
                        flagged["year"],
                        flagged["quality_flag"],
                        strict=True,
                    )
                }
            )
            warnings.warn(i18n.t("warn_flagged_dropped", items="; ".join(items)), stacklevel=2)
            frame = frame[frame["quality_flag"] == ""]
    return frame.reset_index(drop=True).copy()


def _reference(name: str):
    def loader():
        return _csv(name).copy()

    return loader


load_sectors = _reference("sectors.csv")
load_sectors.__doc__ = """The 17 BPS industry categories (A–U) with Indonesian and English labels.

Examples
--------
>>> load_sectors().set_index("sector_code").loc["A", "label_en"]
'Agriculture, Forestry and Fishing'
"""
load_group_members = _reference("group_members.csv")
load_group_members.__doc__ = """Every cooperation group's members, one row per group and region (BPS code).

Examples
--------
>>> m = load_group_members()
>>> sorted(m.loc[m["group_id"] == "kartamantul", "region_code"])
['3402', '3404', '3471']
"""
load_criteria = _reference("criteria.csv")


def criterion_labels(criteria, lang: str | None = None) -> dict:
    """Display names of SKAD criteria by id (an id the kit does not know keeps its id).

    Examples
    --------
    >>> criterion_labels(["kebutuhan", "sendiri"], lang="en")["sendiri"]
    'sendiri'
    """
    table = _csv("criteria.csv").set_index("criterion_id")
    col = f"label_{lang or i18n.get_language()}"
    return {c: table.at[c, col] if c in table.index else str(c) for c in criteria}


load_criteria.__doc__ = """The SKAD sector-selection criteria (LEKAD), with labels and source.

Examples
--------
>>> len(load_criteria())
6
"""
load_principles = _reference("principles.csv")
load_principles.__doc__ = """The 11 principles of regional cooperation (PP 50/2007), with labels and source.

Examples
--------
>>> load_principles()["label_id"].iloc[0]
'Efisiensi'
"""
load_success_factors = _reference("success_factors.csv")
load_success_factors.__doc__ = """Key success factors of regional cooperation from Indonesian studies, each with its source.

Examples
--------
>>> f = load_success_factors().set_index("factor_id")
>>> len(f), f.loc["komitmen_pimpinan", "label_en"]
(17, 'Commitment of regional leaders (executive and legislative)')
>>> bool((f["source"].str.len() > 0).all())
True
"""
load_indicators = _reference("indicators.csv")
load_indicators.__doc__ = """The baseline indicators: labels, unit, years covered, caveats.

Examples
--------
>>> i = load_indicators().set_index("indicator")
>>> i.loc["pdrb_adhk_total", ["unit", "years"]].tolist()
['juta rupiah', '2010-2023']
"""
load_sources = _reference("sources.csv")
load_sources.__doc__ = """Every source cited by the bundled data, with where it was read and its licence.

Examples
--------
>>> s = load_sources().set_index("source_id")
>>> s.loc["bps_webapi_pdrb_kabkota", "attribution"]
'Sumber: Badan Pusat Statistik'
"""
load_institutions = _reference("institutions.csv")
load_institutions.__doc__ = """Institutional forms of cooperation x the five dimensions of the Kartamantul study; a source per cell.

Examples
--------
>>> t = load_institutions()
>>> sorted(t["dimension"].unique())
['organisasi', 'pendanaan', 'pendukung', 'pengelolaan', 'regulasi']
>>> bool((t["source"].str.len() > 0).all())
True
"""
load_fields = _reference("fields.csv")
load_fields.__doc__ = """The catalogue of cooperation fields met in the real cases: economic fields (linked to PDRB
categories) and public-service affairs (linked to an urusan), each with why it crosses borders,
a source and a confidence mark.  :mod:`kadlib.fields` builds a group's candidate list from it.

Examples
--------
>>> f = load_fields().set_index("field_id")
>>> f.loc["air_limbah", ["kind", "urusan"]].tolist()
['layanan_publik', 'pupr']
>>> bool((f["source"].str.len() > 0).all()) and "O" not in set(f["pdrb_sectors"])
True
"""
load_legal_timeline = _reference("legal_timeline.csv")
load_legal_timeline.__doc__ = """The rules on regional cooperation 1999–2020 (only what the reference confirms).

Examples
--------
>>> laws = load_legal_timeline()
>>> laws[["year", "instrument"]].values.tolist()[:2]
[[1999, 'UU 22/1999'], [2004, 'UU 32/2004 Pasal 195–197']]
"""


def label_of(table, key_column: str, key, lang: str | None = None) -> str:
    """Label of one row of a reference table in the current language.

    Examples
    --------
    >>> sectors = load_sectors()
    >>> label_of(sectors, "sector_code", "A"), label_of(sectors, "sector_code", "A", lang="en")
    ('Pertanian, Kehutanan, dan Perikanan', 'Agriculture, Forestry and Fishing')
    """
    row = table[table[key_column] == key]
    return row[i18n.label_column(lang)].iloc[0]


def sources_for(ids: Iterable[str]):
    """Rows of :func:`load_sources` for the given source ids.

    Examples
    --------
    >>> sources_for(["S2", "S31"])["source_id"].tolist()
    ['S2', 'S31']
    """
    src = load_sources()
    return src[src["source_id"].isin(list(ids))]


def institution_matrix(values: str = "status", lang: str | None = None):
    """The institutions table as forms x dimensions, in the reader's language.

    ``values="status"`` shows what the reference says of each cell (confirmed, sources
    differ, not found — translated); ``"text"`` the cell's text.

    Examples
    --------
    >>> m = institution_matrix(lang="id")
    >>> m.loc["Sekretariat Bersama (Sekber)", "Model pengorganisasian"]
    'terkonfirmasi'
    >>> institution_matrix(lang="en").loc["Joint secretariat (Sekber)", "Organisation model"]
    'confirmed'
    """
    from .errors import check_option

    check_option("values", values, ("status", "text"))
    lang = lang or i18n.get_language()
    table = load_institutions()
    if values == "status":
        names = {
            "confirmed": "inst_status_confirmed",
            "differs": "inst_status_differs",
            "not_found": "inst_status_not_found",
        }
        table["shown"] = [i18n.t(names[s], lang=lang) for s in table["status"]]
    else:
        table["shown"] = table[f"text_{lang}"]
    forms = list(dict.fromkeys(table[f"form_label_{lang}"]))
    dims = list(dict.fromkeys(table[f"dimension_label_{lang}"]))
    wide = table.pivot(
        index=f"form_label_{lang}", columns=f"dimension_label_{lang}", values="shown"
    )
    wide = wide.loc[forms, dims]
    wide.index.name = wide.columns.name = None
    return wide


def baseline_table(codes=None, *, group=None, indicators=None, year=None):
    """One row per region, one column per indicator, for one year: a profile table.

    Parameters
    ----------
    codes, group :
        Select regions (see :func:`load_regions`).
    indicators : list of str, optional
        Baseline indicators (default: area, population, PDRB ADHK, poverty rate).
    year : int, optional
        The year to show; by default, for each indicator, the latest year with a
        value for every selected region.  Missing values stay missing (NaN).

    Returns
    -------
    pandas.DataFrame
        Index: region code; columns: ``name`` and one per indicator, labelled
        "label (unit, year)" in the current language.

    Examples
    --------
    >>> t = baseline_table(group="Kartamantul", indicators=["pdrb_adhk_total"], year=2023)
    >>> t.columns.tolist()
    ['Wilayah', 'PDRB atas dasar harga konstan 2010 (juta rupiah, 2023)']
    >>> t.index.tolist()
    ['3402', '3404', '3471']
    """
    import pandas as pd

    indicators = indicators or [
        "luas_wilayah",
        "jumlah_penduduk",
        "pdrb_adhk_total",
        "persentase_penduduk_miskin",
    ]
    if isinstance(indicators, str):
        indicators = [indicators]
    base = load_baseline(codes, group=group, indicators=indicators)
    selected = _select_codes(group, codes)
    if selected is None:
        selected = sorted(set(base["region_code"]))
    meta = load_indicators().set_index("indicator")
    out = pd.DataFrame(index=pd.Index(sorted(selected), name="region_code"))
    from .regions import region_name

    out[i18n.t("region")] = [region_name(c) for c in out.index]
    for ind in indicators:
        part = base[base["indicator"] == ind]
        if year is not None:
            chosen = year
        else:
            complete = part.dropna(subset=["value"]).groupby("year")["region_code"].nunique()
            full = complete[complete == len(selected)]
            chosen = (
                int(full.index.max())
                if not full.empty
                else (int(part["year"].max()) if len(part) else None)
            )
        values = part[part["year"] == chosen].set_index("region_code")["value"]
        label = f"{meta.at[ind, i18n.label_column()]} ({i18n.unit(meta.at[ind, 'unit'])}, {chosen})"
        out[label] = values.reindex(out.index)
    return out


def load_example_workshop():
    """The EXAMPLE workshop input shipped for teaching (invented scores, not data).

    Returns
    -------
    dict
        ``scores``: candidate sectors x criteria (1–5) with ``label_id``,
        ``label_en``, ``bps_sector`` and ``participants`` (list of codes);
        ``ahp``: example pairwise comparison of the judgement criteria;
        ``note``: the label to show with them.

    Examples
    --------
    >>> ex = load_example_workshop()
    >>> ex["scores"].index.tolist()[:2], ex["note"][:6]
    (['pertanian', 'pariwisata'], 'CONTOH')
    """
    import pandas as pd

    folder = data_path("examples")
    scores = pd.read_csv(
        folder / "contoh_penilaian_sektor_barlingmascakeb.csv", dtype={"participants": str}
    )
    note = scores.pop("keterangan").iloc[0]
    scores = scores.set_index("sector_id")
    scores["participants"] = scores["participants"].str.split(";")
    ahp = pd.read_csv(folder / "contoh_ahp_kriteria.csv", index_col=0).astype(float)
    ahp.index.name = None
    return {"scores": scores, "ahp": ahp, "note": note}
