"""Every bad input gets a KadDataError that names the place and the rule (issue: foundation)."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Polygon, box

import kadlib
from kadlib import KadDataError


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- regions
def test_unknown_region_code_in_a_table(tmp_path):
    f = write(
        tmp_path, "pdrb.csv", "region_code,year,indicator,value\n3302,2020,x,1\n3399,2020,x,2\n"
    )
    with pytest.raises(
        KadDataError, match=r"berkas 'pdrb.csv', baris 3, kolom 'region_code', nilai '3399'"
    ):
        kadlib.read_table(f)


def test_unknown_region_code_in_a_loader():
    with pytest.raises(KadDataError, match=r"(?s)nilai '9876'.*kode wilayah tidak dikenal"):
        kadlib.load_regions(codes=["3302", "9876"])


def test_duplicate_region_codes():
    with pytest.raises(KadDataError, match=r"(?s)nilai 'Banyumas'.*lebih dari sekali"):
        kadlib.load_baseline(["3302", "Banyumas"])


def test_duplicate_rows_in_a_table(tmp_path):
    f = write(tmp_path, "d.csv", "kode,tahun,indikator,nilai\n3302,2020,ipm,1\n3302,2020,ipm,2\n")
    with pytest.raises(KadDataError, match=r"(?s)baris 3.*data ganda untuk 3302 / 2020 / ipm"):
        kadlib.read_table(f)


@pytest.mark.parametrize("name", ["Pekalongan", "Tegal", "Magelang", "semarang"])
def test_name_matching_both_kota_and_kabupaten(name):
    with pytest.raises(
        KadDataError, match=r"cocok dengan lebih dari satu wilayah: Kabupaten .*, Kota "
    ):
        kadlib.resolve_region(name)


def test_ambiguous_name_in_a_file_names_the_row(tmp_path):
    f = write(tmp_path, "t.csv", "wilayah,tahun,nilai\nBanyumas,2020,1\nPekalongan,2020,2\n")
    with pytest.raises(
        KadDataError, match=r"(?s)baris 3, kolom 'region_name', nilai 'Pekalongan'.*3326.*3375"
    ):
        kadlib.read_table(f, indicator="x")


def test_unknown_group():
    with pytest.raises(
        KadDataError, match=r"(?s)nilai 'Kartamantull'.*Kartamantul, Barlingmascakeb, SAMPAN"
    ):
        kadlib.load_regions(group="Kartamantull")


# --------------------------------------------------------------------------- tables
def test_missing_columns(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun\n3302,2020\n")
    with pytest.raises(KadDataError, match=r"(?s)berkas 't.csv'.*kolom wajib tidak ada: value"):
        kadlib.read_table(f, indicator="x")


def test_missing_region_column(tmp_path):
    f = write(tmp_path, "t.csv", "tahun,nilai\n2020,1\n")
    with pytest.raises(KadDataError, match=r"kolom wajib tidak ada: region_code / region_name"):
        kadlib.read_table(f, indicator="x")


def test_non_numeric_value(tmp_path):
    f = write(
        tmp_path, "t.csv", 'kode,tahun,indikator,nilai\n3302,2020,x,12\n3303,2020,x,"1.234,5"\n'
    )
    with pytest.raises(
        KadDataError, match=r"baris 3, kolom 'value', nilai '1.234,5': nilai bukan angka"
    ):
        kadlib.read_table(f)


def test_negative_value(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2020,pdrb,-5\n")
    with pytest.raises(KadDataError, match=r"baris 2, kolom 'value', nilai '-5': nilai negatif"):
        kadlib.read_table(f)


def test_negative_growth_is_allowed(tmp_path):
    f = write(
        tmp_path,
        "t.csv",
        "kode,tahun,indikator,nilai\n3301,2020,laju_pertumbuhan_pdrb_adhk,-10.28\n",
    )
    assert kadlib.read_table(f)["value"].tolist() == [-10.28]


def test_unknown_sector_code(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,sektor,nilai\n3302,2020,A,1\n3302,2020,V,2\n")
    with pytest.raises(
        KadDataError, match=r"baris 3, kolom 'sector_code', nilai 'V': kode sektor tidak dikenal"
    ):
        kadlib.read_table(f)


def test_unknown_sector_in_loader():
    with pytest.raises(KadDataError, match=r"(?s)nilai 'Z'.*kode sektor tidak dikenal"):
        kadlib.load_sector_pdrb(["3302"], sectors=["A", "Z"])


def test_year_out_of_range_in_a_table(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,20201,x,1\n")
    with pytest.raises(
        KadDataError, match=r"baris 2, kolom 'year', nilai '20201': tahun di luar rentang"
    ):
        kadlib.read_table(f)


def test_year_out_of_range_in_a_loader():
    with pytest.raises(KadDataError, match=r"(?s)sector_pdrb.csv.*nilai 2021.*tahun 2013–2020"):
        kadlib.load_sector_pdrb(["3302"], years=[2020, 2021])


def test_unknown_indicator():
    with pytest.raises(KadDataError, match=r"(?s)nilai 'pdrb'.*indikator tidak dikenal"):
        kadlib.load_baseline(indicators="pdrb")


def test_unsupported_file_type(tmp_path):
    f = write(tmp_path, "t.txt", "x")
    with pytest.raises(KadDataError, match=r"jenis berkas tidak didukung"):
        kadlib.read_table(f)


def test_missing_file(tmp_path):
    with pytest.raises(KadDataError, match=r"berkas tidak ditemukan"):
        kadlib.read_table(tmp_path / "nope.csv")


def test_empty_table(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,nilai\n")
    with pytest.raises(KadDataError, match=r"tabel kosong"):
        kadlib.read_table(f, indicator="x")


def test_error_is_a_value_error_and_bilingual(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2020,x,-1\n")
    with pytest.raises(ValueError) as info:
        kadlib.read_table(f)
    text = str(info.value)
    assert "nilai negatif tidak diperbolehkan" in text and "negative values are not allowed" in text
    assert info.value.file == "t.csv" and info.value.row == 2 and info.value.column == "value"


def test_english_first_when_language_is_english(tmp_path):
    kadlib.set_language("en")
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2020,x,-1\n")
    with pytest.raises(
        KadDataError, match=r"^file 't.csv', row 2, column 'value', value '-1': negative"
    ):
        kadlib.read_table(f)


def test_xlsx_row_numbers_are_excel_rows(tmp_path):
    f = tmp_path / "t.xlsx"
    pd.DataFrame(
        {"kode": ["3302", "3303", "3304"], "tahun": [2020] * 3, "nilai": [1, "abc", 3]}
    ).to_excel(f, index=False)
    with pytest.raises(KadDataError, match=r"berkas 't.xlsx', baris 3, kolom 'value', nilai 'abc'"):
        kadlib.read_table(f, indicator="x")


# --------------------------------------------------------------------------- geometry
@pytest.mark.filterwarnings(
    "ignore:'crs' was not provided"
)  # we write a file without CRS on purpose
def test_boundaries_without_crs(tmp_path):
    f = write(
        tmp_path,
        "b.geojson",
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32749"}},"features":[]}',
    )
    gdf = gpd.GeoDataFrame(
        {"kode": ["3302"]}, geometry=[box(300000, 9100000, 310000, 9110000)]
    )  # no CRS
    gdf.to_file(tmp_path / "nocrs.shp")
    zpath = tmp_path / "nocrs.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for ext in ("shp", "shx", "dbf"):
            z.write(tmp_path / f"nocrs.{ext}", f"nocrs.{ext}")
    with pytest.raises(
        KadDataError, match=r"(?s)berkas 'nocrs.zip'.*tidak memiliki sistem koordinat"
    ):
        kadlib.read_boundaries(zpath)
    assert kadlib.read_boundaries(zpath, crs="EPSG:32749")["region_code"].tolist() == ["3302"]
    assert f.exists()


def test_invalid_polygon_names_the_feature(tmp_path):
    bowtie = Polygon([(110.0, -7.0), (110.1, -7.1), (110.1, -7.0), (110.0, -7.1), (110.0, -7.0)])
    gdf = gpd.GeoDataFrame(
        {"kode": ["3302", "3303"]}, geometry=[box(109, -7.5, 109.2, -7.3), bowtie], crs=4326
    )
    f = tmp_path / "bad.gpkg"
    gdf.to_file(f)
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'bad.gpkg', baris 2, kolom 'kode', nilai '3303'.*poligon tidak valid",
    ):
        kadlib.read_boundaries(f)
    fixed = kadlib.read_boundaries(f, make_valid=True)
    assert fixed.geometry.is_valid.all()


def test_unknown_code_in_boundaries(tmp_path):
    gdf = gpd.GeoDataFrame(
        {"kode": ["33.02", "33.99"]}, geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs=4326
    )
    f = tmp_path / "b.geojson"
    gdf.to_file(f, driver="GeoJSON")
    with pytest.raises(KadDataError, match=r"baris 2, kolom 'kode', nilai '33.99'"):
        kadlib.read_boundaries(f)


def test_years_may_be_numpy_integers():
    import numpy as np

    assert len(kadlib.load_baseline(["3302"], indicators="ipm", years=np.int64(2021))) == 1


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (
            lambda: kadlib.load_regions(layer="nasional"),
            r"kolom 'layer', nilai 'nasional': pilihan tidak dikenal",
        ),
        (
            lambda: kadlib.load_sector_pdrb(dataset="x"),
            r"kolom 'dataset', nilai 'x': pilihan tidak dikenal",
        ),
    ],
)
def test_unknown_options_say_option_not_indicator(call, pattern):
    with pytest.raises(KadDataError, match=pattern):
        call()
