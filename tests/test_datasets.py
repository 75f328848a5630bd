"""The bundled data: registry, known figures from the raw files, flags, groups."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pandas as pd
import pytest

import kadlib
from kadlib._paths import data_dir

REGISTRY = json.loads((data_dir() / "registry.json").read_text(encoding="utf-8"))["datasets"]


# --------------------------------------------------------------------------- registry
@pytest.mark.parametrize("entry", REGISTRY, ids=[e["name"] for e in REGISTRY])
def test_registry_entry(entry):
    path = data_dir() / entry["file"]
    assert path.is_file()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], (
        "file changed without make data"
    )
    assert entry["licence"].strip()
    assert entry["sources"], "every dataset names its sources"
    known = set(kadlib.load_sources()["source_id"])
    assert set(entry["sources"]) <= known
    if path.suffix == ".geojson":
        gdf = kadlib.load_regions(layer="jateng_diy" if "jateng" in path.name else "indonesia")
        assert len(gdf) == entry["rows"]
        assert list(gdf.columns) == entry["columns"]
        assert gdf.crs.to_epsg() == 4326
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        assert len(frame) == entry["rows"]
        assert list(frame.columns) == entry["columns"]
        assert len(frame) > 0


def test_list_datasets_matches_registry():
    listed = kadlib.list_datasets()
    assert list(listed["name"]) == [e["name"] for e in REGISTRY]


def test_every_source_id_used_in_tables_is_documented():
    known = set(kadlib.load_sources()["source_id"])
    used = set(kadlib.load_baseline()["source"]) | set(kadlib.load_sector_pdrb()["source"])
    for table in (
        kadlib.load_criteria(),
        kadlib.load_success_factors(),
        kadlib.load_groups(),
        kadlib.load_legal_timeline(),
        kadlib.load_principles(),
    ):
        for cell in table["source"]:
            used |= {s.strip() for s in cell.split(";")}
    assert used <= known, used - known


# --------------------------------------------------------------------------- regions
def test_boundaries_jateng_diy():
    gdf = kadlib.load_regions()
    assert len(gdf) == 40 and gdf["region_code"].is_unique
    assert set(gdf["province_code"]) == {"3300", "3400"}
    assert not gdf["name"].isin(["Hutan", "Wadung Kedungombo"]).any()
    assert gdf.geometry.is_valid.all()
    assert (gdf["region_code"].str.len() == 4).all()
    kinds = gdf.set_index("region_code")["kind"]
    assert kinds["3326"] == "kabupaten" and kinds["3375"] == "kota"


def test_national_layer_has_every_kabkota():
    gdf = kadlib.load_regions(layer="indonesia")
    reg = kadlib.load_region_table()
    assert set(gdf["region_code"]) == set(
        reg.loc[reg["kind"].isin(["kabupaten", "kota"]), "region_code"]
    )
    assert gdf.geometry.is_valid.all()


def test_shared_borders_are_shared():
    """No simplification broke contiguity: neighbours touch along a line, not a gap."""
    gdf = kadlib.load_regions().to_crs(32749).set_index("region_code")
    shared = gdf.loc["3302"].geometry.intersection(gdf.loc["3301"].geometry)  # Banyumas / Cilacap
    assert shared.length > 10_000  # metres of common border
    assert gdf.loc["3302"].geometry.intersection(gdf.loc["3301"].geometry).area < 1.0


def test_region_names_and_codes():
    assert kadlib.resolve_regions(["banyumas", "Kota Tegal", 3326, "33.75"]) == [
        "3302",
        "3376",
        "3326",
        "3375",
    ]
    assert kadlib.region_name("3404") == "Kabupaten Sleman"
    assert kadlib.resolve_region("OKU Selatan") == "1608"  # spelling of the BPS export
    assert kadlib.resolve_region("Bengkulu", kinds={"provinsi"}) == "1700"


# --------------------------------------------------------------------------- known figures
def test_cilacap_2023_pdrb_adhk_exact():
    b = kadlib.load_baseline(["3301"], indicators="pdrb_adhk_total", years=2023)
    assert b["value"].tolist() == [101839740.58]
    assert b["unit"].tolist() == ["juta rupiah"]


def test_baseline_values_equal_raw_files(raw):
    base = kadlib.load_baseline().set_index(["region_code", "year", "indicator"])["value"]
    for name in (
        "pdrb_total_kabkota_2010_2023.csv",
        "poverty_rate_kabkota_2004_2025.csv",
        "jateng_ipm_components_tpt_2020_2025.csv",
        "area_population_kemendagri_2025.csv",
    ):
        src = pd.read_csv(raw / "stats" / name, dtype={"region_code": str})
        got = base.loc[
            list(zip(src["region_code"], src["year"], src["indicator"], strict=True))
        ].to_numpy()
        np.testing.assert_array_equal(got, src["value"].to_numpy(), err_msg=name)


def test_baseline_covers_what_the_issue_asks():
    b = kadlib.load_baseline()
    regions = set(kadlib.load_regions()["region_code"]) | {"3300", "3400"}
    for ind in ("pdrb_adhb_total", "pdrb_adhk_total"):
        part = b[b["indicator"] == ind]
        assert set(part["region_code"]) == regions
        assert set(part["year"]) == set(range(2010, 2024))
    assert {
        "pdrb_per_capita_adhk",
        "persentase_penduduk_miskin",
        "ipm",
        "umur_harapan_hidup",
        "tingkat_pengangguran_terbuka",
        "luas_wilayah",
        "jumlah_penduduk",
    } <= set(b["indicator"])
    assert list(b.columns) == ["region_code", "year", "indicator", "value", "unit", "source"]


def test_banyumas_2020_sector_a_equals_export():
    s = kadlib.load_sector_pdrb(["3302"], years=2020)
    values = s.set_index("sector_code")["value"]
    assert values["A"] == 4596.45  # the xlsx cell, miliar rupiah
    assert values["TOTAL"] == 39121.62
    jt = kadlib.load_sector_pdrb(["3300"], years=2020).set_index("sector_code")["value"]
    lq = (values["A"] / values["TOTAL"]) / (jt["A"] / jt["TOTAL"])
    assert lq == pytest.approx(0.8992, abs=5e-5)


def test_sector_values_equal_raw_xlsx(raw):
    """Every cell of one export, read independently with openpyxl, equals the bundled value."""
    import openpyxl

    path = (
        raw
        / "stats/source_xlsx/PDRB Lapangan Usaha Kab Kota Dalam Milyar Seluruh Indonesia ADHK tahun 2017.xlsx"
    )
    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    labels = rows[1]
    labels_to_code = {"PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha": "TOTAL"}
    sectors = kadlib.load_sectors()
    for code, label in zip(sectors["sector_code"], sectors["label_id"], strict=True):
        labels_to_code[f"PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha - {label}"] = code
    labels_to_code[
        "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha -Pengadaan Listrik dan Gas"
    ] = "D"
    bundled = kadlib.load_sector_pdrb(years=2017).set_index(["region_code", "sector_code"])["value"]
    n = 0
    for r in rows[3:]:
        code = f"{int(r[4]):04d}"
        for label, v in zip(labels[6:], r[6:], strict=True):
            assert bundled[(code, labels_to_code[label])] == float(v), (code, label)
            n += 1
    assert n == 549 * 18


def test_province_bps_series_agrees_with_export_in_2020():
    """Two vintages, one year: all 34 provinces x 18 rows agree after rounding (PROVENANCE (c))."""
    bps = kadlib.load_sector_pdrb(years=2020, dataset="sector_pdrb_province")
    bps = bps[bps["price_basis"] == "ADHK"].set_index(["region_code", "sector_code"])["value"]
    exp = kadlib.load_sector_pdrb(years=2020)
    exp = exp[exp["region_code"].str.endswith("00")].set_index(["region_code", "sector_code"])[
        "value"
    ]
    assert len(exp) == 34 * 18
    joined = pd.concat([bps, exp], axis=1, keys=["bps", "export"]).dropna()
    assert len(joined) == 34 * 18
    assert (joined["bps"] - joined["export"]).abs().max() <= 0.5 + 1e-9


def test_province_series_jawa_tengah_known_totals():
    p = kadlib.load_sector_pdrb(["3300"], sectors="TOTAL", dataset="sector_pdrb_province")
    adhk = p[p["price_basis"] == "ADHK"].set_index("year")["value"]
    assert adhk[2022] == 1050278.09 and adhk[2020] == 965227.27
    assert sorted(adhk.index) == [2020, 2021, 2022, 2023, 2024, 2025]


# --------------------------------------------------------------------------- quality flags
KNOWN_BAD = [("3328", 2014), ("3374", 2014), ("3375", 2014), ("3200", 2013)]


@pytest.mark.parametrize(("code", "year"), KNOWN_BAD)
def test_known_bad_unit_years_are_flagged(code, year):
    s = kadlib.load_sector_pdrb([code], years=year)
    assert len(s) == 18
    assert (s["quality_flag"] != "").all()
    assert s["quality_flag"].str.contains("sector_sum_mismatch").all()


def test_flag_finds_others_and_spares_clean_data():
    s = kadlib.load_sector_pdrb()
    flagged = set(
        map(
            tuple,
            s.loc[s["quality_flag"] != "", ["region_code", "year"]].drop_duplicates().to_numpy(),
        )
    )
    assert set(KNOWN_BAD) <= flagged
    assert ("6403", 2018) in flagged  # Kutai Timur: total off by exactly 99,999.99
    assert ("7413", 2013) in flagged  # a new regency reported as all zeros
    assert not any(c == "3302" for c, _ in flagged)  # Banyumas is clean every year
    assert len(flagged) < 20  # a check that flagged half the data would be useless


def test_drop_flagged_warns_and_names_them():
    with pytest.warns(UserWarning, match=r"Kota Pekalongan \(3375\) 2014 \[jumlah 17 kategori"):
        s = kadlib.load_sector_pdrb(["3375"], drop_flagged=True)
    assert 2014 not in set(s["year"])


def test_quality_flags_rules_on_a_small_case():
    """The build's rules on a hand-made table: a spike, a sum mismatch, a zero total."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build", kadlib._paths.data_dir().parent / "data" / "build.py"
    )
    if spec is None or not (kadlib._paths.data_dir() / "build.py").is_file():
        pytest.skip("build script not shipped here")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rows = []
    sectors = build.SECTOR_ORDER[:-1]
    for code, years in {"9901": (10, 10, 10), "9902": (10, 40, 10), "9903": (10, 10, 10)}.items():
        for year, a in zip((2013, 2014, 2015), years, strict=True):
            for s in sectors:
                rows.append((code, year, s, float(a if s == "A" else 1)))
            total = (a + 16.0) if not (code == "9903" and year == 2015) else 0.0
            rows.append((code, year, "TOTAL", total))
    long = pd.DataFrame(rows, columns=["region_code", "year", "sector_code", "value"])
    flags = build.quality_flags(long)
    assert flags[("9901", 2014)] == ""
    assert flags[("9902", 2014)] == "implausible_jump:A"
    assert flags[("9903", 2015)] == "no_data_zero_total"
    long.loc[
        (long.region_code == "9901") & (long.year == 2013) & (long.sector_code == "B"), "value"
    ] = 2.0
    assert build.quality_flags(long)[("9901", 2013)] == "sector_sum_mismatch"


# --------------------------------------------------------------------------- groups
def test_groups_named_in_the_issue():
    assert kadlib.group_members("Kartamantul") == ["3402", "3404", "3471"]
    assert kadlib.group_members("barlingmascakeb") == ["3301", "3302", "3303", "3304", "3305"]
    assert kadlib.group_members("SAMPAN") == sorted(
        ["3375", "3326", "3376", "3328", "3325", "3327", "3329"]
    )
    assert kadlib.group_members("Sampan") == kadlib.group_members("SAMPAN")


def test_every_group_member_exists_and_groups_are_sourced():
    reg = set(kadlib.load_region_table()["region_code"])
    groups = kadlib.load_groups()
    assert len(groups) >= 3
    for row in groups.itertuples():
        assert row.members and set(row.members) <= reg, row.group_id
        assert row.source.strip(), row.group_id
    g = groups.set_index("group_id")
    assert g.loc["kartamantul", "founded"] == 2001 and g.loc["sampan", "founded"] == 2003


def test_kartamantul_members_are_mutually_adjacent():
    from libpysal.weights import Queen

    gdf = kadlib.load_regions()
    w = Queen.from_dataframe(gdf, ids=gdf["region_code"].tolist(), use_index=False)
    members = kadlib.group_members("Kartamantul")
    for a in members:
        for b in members:
            if a != b:
                assert b in w.neighbors[a], (a, b)
    assert sorted(w.neighbors["3471"]) == [
        "3402",
        "3404",
    ]  # Kota Yogyakarta: Bantul and Sleman only


def test_group_regions_outside_jateng_need_the_national_layer():
    with pytest.raises(kadlib.KadDataError, match="3501"):
        kadlib.load_regions(group="Pawonsari")
    assert len(kadlib.load_regions(group="Pawonsari", layer="indonesia")) == 3


# --------------------------------------------------------------------------- reference tables
def test_reference_tables_have_both_languages_and_a_source():
    for table, key, n in (
        (kadlib.load_sectors(), "sector_code", 17),
        (kadlib.load_criteria(), "criterion_id", 6),
        (kadlib.load_principles(), "principle_id", 11),
        (kadlib.load_success_factors(), "factor_id", None),
    ):
        assert table[key].is_unique
        if n is not None:
            assert len(table) == n
        for col in ("label_id", "label_en", "source"):
            assert (table[col].str.strip() != "").all(), col
    crit = kadlib.load_criteria().set_index("criterion_id")
    assert crit.loc["tetangga", "assessment"] == "boundaries"


def test_loaders_return_copies():
    a = kadlib.load_baseline()
    a.loc[0, "value"] = -1
    assert kadlib.load_baseline().loc[0, "value"] != -1
