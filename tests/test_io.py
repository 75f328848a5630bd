"""Readers of the user's own files: tidy/wide tables, boundaries, BPS exports."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

import kadlib

SAMPLE = Path(__file__).parent / "data" / "bps_pdrb_adhk_provinsi_2023_sample.csv"


def test_read_table_tidy_csv_with_indonesian_headers(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text(
        "kode;tahun;indikator;nilai;satuan\n3302;2021;ipm;71.96;indeks\n3471;2021;ipm;87.18;indeks\n"
    )
    t = kadlib.read_table(f)
    assert t["region_code"].tolist() == ["3302", "3471"]
    assert t["value"].tolist() == [71.96, 87.18]
    assert t["unit"].tolist() == ["indeks", "indeks"]
    assert t["source"].tolist() == ["t.csv", "t.csv"]


def test_read_table_wide_xlsx_with_sectors(tmp_path):
    f = tmp_path / "sektor.xlsx"
    pd.DataFrame(
        {
            "wilayah": ["Banyumas", "Banyumas"],
            "sektor": ["A", "M,N"],
            "2019": [4500.5, 800],
            "2020": [4596.45, 790],
        }
    ).to_excel(f, index=False)
    t = kadlib.read_table(f, unit="miliar rupiah")
    assert t[["sector_code", "year", "value"]].to_numpy().tolist() == [
        ["A", 2019, 4500.5],
        ["A", 2020, 4596.45],
        ["M,N", 2019, 800.0],
        ["M,N", 2020, 790.0],
    ]


def test_read_table_missing_cells_are_missing_not_zero(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text("kode,2020,2021\n3302,1.5,\n")
    t = kadlib.read_table(f, indicator="x")
    assert t["value"].iloc[0] == 1.5 and np.isnan(t["value"].iloc[1])


def test_xlsx_formulas_are_not_evaluated(tmp_path):
    """A formula in a workbook is never evaluated: only a value Excel saved is read (here none)."""
    import openpyxl

    f = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kode", "tahun", "nilai"])
    ws.append(["3302", 2020, "=1+1"])
    wb.save(f)
    t = kadlib.read_table(f, indicator="x")
    assert np.isnan(t["value"].iloc[0])  # not 2: nothing computed the formula


# --------------------------------------------------------------------------- BPS export
def test_read_bps_table_layout_and_values():
    with pytest.warns(UserWarning, match="Papua Barat Daya"):
        t = kadlib.read_bps_table(SAMPLE)
    assert set(t["period"]) == {
        "Triwulan I",
        "Triwulan II",
        "Triwulan III",
        "Triwulan IV",
        "Tahunan",
    }
    assert t["sector_code"].nunique() == 18
    assert set(t["price_basis"]) == {"ADHK"} and set(t["unit"]) == {"miliar rupiah"}
    # Read the same cells with the csv module: Jawa Tengah, sector A, Triwulan I and Tahunan.
    with SAMPLE.open(newline="") as fh:
        rows = list(csv.reader(fh))
    jt = next(r for r in rows if r[0] == "Jawa Tengah")
    a = t[(t.region_code == "3300") & (t.sector_code == "A")].set_index("period")["value"]
    assert a["Triwulan I"] == float(jt[1]) and a["Tahunan"] == float(jt[5])
    pbd = t[t.region_name == "Papua Barat Daya"]
    assert pbd["region_code"].isna().all() and pbd["value"].isna().all()  # "-" is missing, not zero


def test_read_bps_table_quarters_add_up():
    with pytest.warns(UserWarning):
        t = kadlib.read_bps_table(SAMPLE)
    t = t[t.region_code.notna()]
    wide = t.pivot_table(index=["region_code", "sector_code"], columns="period", values="value")
    quarters = wide[["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]].sum(axis=1)
    np.testing.assert_allclose(quarters, wide["Tahunan"], atol=0.05)


def test_read_bps_table_full_exports_match_bundled_series(raw):
    """The kit's reader on every real export gives the bundled province series."""
    bundled = kadlib.load_sector_pdrb(dataset="sector_pdrb_province")
    for path in sorted((raw / "bps_formats").glob("*.csv")):
        with pytest.warns(UserWarning):
            t = kadlib.read_bps_table(path, annual_only=True)
        t = t[t.region_code.notna()]
        part = bundled[
            (bundled.year == t.year.iloc[0]) & (bundled.price_basis == t.price_basis.iloc[0])
        ]
        merged = t.merge(part, on=["region_code", "sector_code"], suffixes=("", "_b"))
        assert len(merged) == len(t)
        np.testing.assert_array_equal(merged["value"], merged["value_b"])


def test_read_bps_table_refuses_other_layouts(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("Provinsi,,\n,judul,\n,X Sesuatu,\n,2020,\nAceh,1,\n")
    with pytest.raises(kadlib.KadDataError, match=r"baris 3, kolom '#2', nilai 'X Sesuatu'"):
        kadlib.read_bps_table(f)


# --------------------------------------------------------------------------- boundaries
@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "zip"])
def test_read_boundaries_round_trip(tmp_path, fmt):
    gdf = kadlib.load_regions(group="Kartamantul")[["region_code", "geometry"]].rename(
        columns={"region_code": "kode"}
    )
    if fmt == "zip":
        gdf.to_file(tmp_path / "k.shp")
        path = tmp_path / "k.zip"
        with zipfile.ZipFile(path, "w") as z:
            for ext in ("shp", "shx", "dbf", "prj", "cpg"):
                if (tmp_path / f"k.{ext}").exists():
                    z.write(tmp_path / f"k.{ext}", f"k.{ext}")
    else:
        path = tmp_path / f"k.{fmt}"
        gdf.to_file(path)
    back = kadlib.read_boundaries(path)
    assert back["region_code"].tolist() == ["3402", "3404", "3471"]
    assert back.crs.to_epsg() == 4326
    assert back.geometry.geom_equals_exact(gdf.geometry, tolerance=1e-7).all()


def test_read_boundaries_reprojects(tmp_path):
    gdf = kadlib.load_regions(codes=["3302"]).to_crs(32749)
    path = tmp_path / "utm.gpkg"
    gdf.to_file(path)
    back = kadlib.read_boundaries(path)
    assert back.crs.to_epsg() == 4326
    assert back.geometry.iloc[0].equals_exact(
        kadlib.load_regions(codes=["3302"]).geometry.iloc[0], 1e-6
    )


def test_boundaries_gdf_type():
    assert isinstance(kadlib.load_regions(), gpd.GeoDataFrame)
