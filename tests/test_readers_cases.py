"""One test per bad-input case of issue 13 (readers): each raw exception and each silent wrong
answer measured there now gives a KadDataError naming file, row, column, value and what is
allowed -- or, for unambiguous input, the correct table."""

from __future__ import annotations

import datetime
import io
import json
import re
import time
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import openpyxl
import pytest
import shapely
from shapely.geometry import box

import kadlib
from kadlib import KadDataError, i18n
from kadlib import io as kio
from kadlib import validate as v

SAMPLE = Path(__file__).parent / "data" / "bps_pdrb_adhk_provinsi_2023_sample.csv"
TIDY = "kode,tahun,indikator,nilai\n3302,2020,ipm,71.5\n3303,2021,ipm,70.25\n"


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def values(t):
    return t[["region_code", "year", "indicator", "value"]].values.tolist()


EXPECTED = [["3302", 2020, "ipm", 71.5], ["3303", 2021, "ipm", 70.25]]


# --------------------------------------------------------------------------- encodings and headers
@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]
)
def test_encodings_load_correctly(tmp_path, encoding):
    """Was UnicodeDecodeError for UTF-16/Latin-1 CSV."""
    f = write(
        tmp_path,
        "t.csv",
        (
            TIDY.replace("nilai", "nilai,satuan")
            .replace("71.5", "71.5,ºC")
            .replace("70.25", "70.25,ºC")
        ).encode(encoding),
    )
    t = kadlib.read_table(f)
    assert values(t) == EXPECTED and t["unit"].tolist() == ["ºC", "ºC"]


def test_indonesian_headers_and_bom(tmp_path):
    f = write(
        tmp_path,
        "t.csv",
        "\ufeffKode Wilayah;Tahun;Indikator;Nilai;Satuan\n3302;2020;ipm;71,5;indeks\n"
        "3303;2021;ipm;70,25;indeks\n",
    )
    assert values(kadlib.read_table(f)) == EXPECTED


def test_one_missing_value_rule(tmp_path):
    """NaN, empty, -, n/a, NA, null are all missing (was: treated differently)."""
    cells = ["NaN", "", "-", "n/a", "NA", "null", "#N/A", "–"]
    rows = "".join(f"33{i + 1:02d},2020,ipm,{c}\n" for i, c in enumerate(cells))
    t = kadlib.read_table(write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n" + rows))
    assert t["value"].isna().all() and len(t) == len(cells)
    assert all(v.is_missing(c) for c in cells) and not v.is_missing("0")


def test_missing_key_cell_is_an_error(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2020,-,1\n")
    with pytest.raises(
        KadDataError,
        match=r"berkas 't.csv', baris 2, kolom 'indicator', nilai '-': sel wajib ini kosong",
    ):
        kadlib.read_table(f)


# --------------------------------------------------------------------------- numbers
def test_decimal_comma_with_thousands_dots_detected_per_file(tmp_path):
    """1.789 in a semicolon/decimal-comma file is 1789 (was read as 1.789)."""
    f = write(
        tmp_path,
        "t.csv",
        "kode;tahun;indikator;nilai\n3302;2020;x;1.789\n3303;2020;x;1.234.567,5\n"
        "3304;2020;x;12,5\n",
    )
    assert kadlib.read_table(f)["value"].tolist() == [1789.0, 1234567.5, 12.5]


def test_two_thousands_dots_are_unambiguous(tmp_path):
    f = write(
        tmp_path, "t.csv", "kode;tahun;indikator;nilai\n3302;2020;x;1.789\n3303;2020;x;1.234.567\n"
    )
    assert kadlib.read_table(f)["value"].tolist() == [1789.0, 1234567.0]


def test_thousands_dots_alone_are_ambiguous(tmp_path):
    f = write(tmp_path, "t.csv", "kode;tahun;indikator;nilai\n3302;2020;x;1.789\n3303;2020;x;12\n")
    with pytest.raises(
        KadDataError,
        match=r"(?s)baris 2, kolom 'value', nilai '1.789': angka ini dapat berarti 1789"
        r".*Yang diizinkan: ribuan tanpa titik",
    ):
        kadlib.read_table(f)


def test_mixed_decimal_conventions_are_refused(tmp_path):
    f = write(
        tmp_path, "t.csv", "kode;tahun;indikator;nilai\n3302;2020;x;12,5\n3303;2020;x;12.25\n"
    )
    with pytest.raises(
        KadDataError, match=r"baris 3, kolom 'value', nilai '12.25': berkas memakai titik desimal"
    ):
        kadlib.read_table(f)


def test_decimal_point_file_with_semicolons_still_works(tmp_path):
    f = write(
        tmp_path, "t.csv", "kode;tahun;indikator;nilai\n3302;2020;ipm;71.5\n3303;2021;ipm;70.25\n"
    )
    assert values(kadlib.read_table(f)) == EXPECTED


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1e-400"])
def test_overflowing_numbers_are_refused(tmp_path, number):
    """1e400 became inf; 1e-400 became 0."""
    f = write(tmp_path, "t.csv", f"kode,tahun,indikator,nilai\n3302,2020,ipm,{number}\n")
    with pytest.raises(
        KadDataError,
        match=rf"baris 2, kolom 'value', nilai '{re.escape(number)}': angka terlalu besar",
    ):
        kadlib.read_table(f, allow_negative=True)


def test_value_split_by_a_decimal_comma_into_the_unit(tmp_path):
    """`3302,2020,ipm,71,96` with a unit column gave value 71, unit '96'."""
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai,satuan\n3302,2020,ipm,71,96\n")
    with pytest.raises(
        KadDataError, match=r"(?s)baris 2, kolom 'unit', nilai '96': angka di kolom teks.*71.96"
    ):
        kadlib.read_table(f)


# --------------------------------------------------------------------------- rows and columns
def test_duplicate_header_is_refused(tmp_path):
    """`value,value` kept the first column."""
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,value,value\n3302,2020,ipm,1,2\n")
    with pytest.raises(
        KadDataError, match=r"berkas 't.csv', baris 1, kolom '#5', nilai 'value': kolom ganda"
    ):
        kadlib.read_table(f)


def test_alias_and_name_duplicate_is_refused(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai,value\n3302,2020,ipm,1,2\n")
    with pytest.raises(
        KadDataError, match=r"kolom '#5', nilai 'value': kolom ganda: sama dengan kolom #4 'nilai'"
    ):
        kadlib.read_table(f)


def test_short_row_is_refused(tmp_path):
    """`3303,2020` was accepted with an empty indicator."""
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2020,ipm,1\n3303,2020\n")
    with pytest.raises(
        KadDataError,
        match=r"(?s)baris 3, nilai '2020': baris ini berisi 2 sel, sedangkan baris judul 4 sel"
        r".*4 sel per baris",
    ):
        kadlib.read_table(f)


def test_extra_field_is_refused(tmp_path):
    """Was pandas ParserError."""
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2020,ipm,71,96\n")
    with pytest.raises(
        KadDataError,
        match=r"baris 2, kolom '#5', nilai '96': baris ini berisi 5 sel, sedangkan baris judul 4 sel",
    ):
        kadlib.read_table(f)


def test_trailing_empty_cells_are_fine(tmp_path):
    f = write(
        tmp_path,
        "t.csv",
        "kode,tahun,indikator,nilai,,\n3302,2020,ipm,71.5,,\n3303,2021,ipm,70.25,,\n",
    )
    assert values(kadlib.read_table(f)) == EXPECTED


def test_every_problem_of_a_table_at_once(tmp_path):
    f = write(
        tmp_path,
        "t.csv",
        "kode,tahun,indikator,nilai\n3302,2020,ipm,-1\n3399,2020,ipm,x\n3303,2099,ipm,1\n"
        + "".join(f"3304,{2000 + i},ipm,-{i + 1}\n" for i in range(5)),
    )
    with pytest.raises(KadDataError) as info:
        kadlib.read_table(f)
    err = info.value
    assert err.key == "err_negative" and err.row == 2  # the first problem is the error
    keys = [(p.row, p.key) for p in err.problems]
    assert (
        (3, "err_unknown_region_code") in keys
        and (3, "err_not_numeric") in keys
        and (4, "err_year_range") in keys
    )
    assert len(err.problems) == 9
    text = str(err)
    assert (
        "9 masalah di tabel ini (5 pertama ditampilkan" in text
        and "9 problems in this table" in text
    )
    assert (
        "(3) baris 3, kolom 'region_code', nilai '3399'" in text
        and "(2) baris 3, kolom 'value', nilai 'x'" in text
    )


def test_year_2099_is_refused(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2099,ipm,1\n")
    hi = datetime.date.today().year + 1
    with pytest.raises(
        KadDataError,
        match=rf"(?s)baris 2, kolom 'year', nilai '2099': tahun di luar rentang.*1960–{hi}",
    ):
        kadlib.read_table(f)


def test_name_contradicting_its_code(tmp_path):
    f = write(
        tmp_path,
        "t.csv",
        "kode,wilayah,tahun,indikator,nilai\n3302,Banyumas,2020,ipm,1\n3303,Cilacap,2020,ipm,2\n",
    )
    with pytest.raises(
        KadDataError,
        match=r"baris 3, kolom 'region_name', nilai 'Cilacap': nama wilayah tidak cocok "
        r"dengan kodenya 3303 \(nama ini milik Kabupaten Cilacap \(3301\)\)",
    ):
        kadlib.read_table(f)


def test_ambiguous_name_beside_its_code_is_fine(tmp_path):
    f = write(tmp_path, "t.csv", "kode,wilayah,tahun,indikator,nilai\n3375,Pekalongan,2020,ipm,1\n")
    assert kadlib.read_table(f)["region_code"].tolist() == ["3375"]


def test_wide_table_without_indicator_says_indicator_argument(tmp_path):
    f = write(tmp_path, "t.csv", "wilayah,2021,2022\nBanyumas,1,2\n")
    with pytest.raises(
        KadDataError, match=r"(?s)kolom wajib tidak ada: indicator.*read_table\(\.\.\., indicator="
    ):
        kadlib.read_table(f)


def test_unknown_columns_are_ignored_with_a_warning(tmp_path):
    f = write(
        tmp_path,
        "t.csv",
        "kode,tahun,indikator,nilai,catatan\n3302,2020,ipm,71.5,x\n3303,2021,ipm,70.25,y\n",
    )
    with pytest.warns(UserWarning, match=r"diabaikan: 'catatan'"):
        assert values(kadlib.read_table(f)) == EXPECTED


def test_control_character_in_a_cell(tmp_path):
    f = write(tmp_path, "t.csv", "kode,tahun,indikator,nilai\n3302,2020,ip\x01m,1\n")
    with pytest.raises(
        KadDataError,
        match=r"baris 2, kolom 'indicator', nilai 'ip\\x01m': sel berisi karakter kendali",
    ):
        kadlib.read_table(f)


# --------------------------------------------------------------------------- limits
def test_cell_over_the_csv_field_limit(tmp_path):
    """A cell over 131,072 characters raised _csv.Error."""
    one_line = write(
        tmp_path, "a.csv", 'kode,tahun,indikator,nilai\n3302,2020,ipm,"' + "9" * 200_000 + '"\n'
    )
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'a.csv', baris 2, nilai 200\d{3}: baris terlalu panjang.*baris sampai 100\.000 karakter.*lines up to 100,000 characters",
    ):
        kadlib.read_table(one_line)
    many_lines = write(
        tmp_path, "b.csv", 'kode,tahun,indikator,nilai\n3302,2020,ipm,"' + "9\n" * 70_000 + '"\n'
    )
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'b.csv', baris \d+: CSV rusak \(satu sel lebih panjang dari 131\.072 karakter\).*\[en\].*a cell longer than 131,072 characters",
    ):
        kadlib.read_table(many_lines)


def test_long_one_line_csv_fails_fast(tmp_path):
    f = write(tmp_path, "one.csv", "kode,tahun,nilai," + "9" * 8_000_000)
    t = time.perf_counter()
    with pytest.raises(KadDataError, match=r"baris 1, nilai 8000017: baris terlalu panjang"):
        kadlib.read_table(f)
    assert time.perf_counter() - t < 5  # not a benchmark: a bound (it took > 60 s for 60 MB)


def test_file_size_and_row_caps(tmp_path, monkeypatch):
    f = write(tmp_path, "t.csv", TIDY)
    monkeypatch.setattr(v, "MAX_FILE_BYTES", 10)
    with pytest.raises(
        KadDataError, match=r"(?s)berkas 't.csv', nilai '0 MB': berkas terlalu besar.*sampai 0 MB"
    ):
        kadlib.read_table(f)
    monkeypatch.setattr(v, "MAX_FILE_BYTES", 10**6)
    monkeypatch.setattr(v, "MAX_ROWS", 1)
    with pytest.raises(
        KadDataError, match=r"(?s)baris 3: terlalu banyak baris.*paling banyak 1 baris"
    ):
        kadlib.read_table(f)


def test_xlsx_used_range_to_xfd1048576_is_bounded(tmp_path):
    """A 4.9 KB workbook whose used range reaches XFD1048576 drove read_table to MemoryError."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kode", "tahun", "nilai"])
    ws.append(["3302", 2020, 1.5])
    ws["XFD1048576"].number_format = "0.00"  # formatted, empty
    ws["XFD1048575"] = " "  # a space: blank
    f = tmp_path / "big.xlsx"
    wb.save(f)
    with zipfile.ZipFile(f) as z:
        assert b'ref="A1:XFD1048576"' in z.read("xl/worksheets/sheet1.xml")
    assert f.stat().st_size < 6000
    tracemalloc.start()
    t = kadlib.read_table(f, indicator="x")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert t["value"].tolist() == [1.5]
    assert peak < 50 * 2**20  # a bound, not a benchmark


def test_xlsx_data_far_to_the_right_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kode", "tahun", "nilai"])
    ws.append(["3302", 2020, 1.5])
    ws["AMZ2"] = "x"  # column 1040
    f = tmp_path / "wide.xlsx"
    wb.save(f)
    with pytest.raises(KadDataError, match=r"baris 2: ada isi di luar jangkauan kolom"):
        kadlib.read_table(f, indicator="x")


def test_xlsx_unzipped_size_cap(tmp_path, monkeypatch):
    f = tmp_path / "t.xlsx"
    openpyxl.Workbook().save(f)
    monkeypatch.setattr(v, "MAX_XLSX_UNCOMPRESSED", 100)
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 't.xlsx', nilai '0 MB': berkas terlalu besar.*isi berkas \(setelah diekstrak\).*contents \(unzipped\)",
    ):
        kadlib.read_table(f)


# --------------------------------------------------------------------------- damaged XLSX
def small_xlsx(path, rows=(("kode", "tahun", "indikator", "nilai"), ("3302", 2020, "ipm", 71.5))):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)
    return path


def rezip(src, dst, edit):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = edit(info.filename, zin.read(info.filename))
            if body is not None:
                zout.writestr(info, body)
    return dst


def test_truncated_xlsx(tmp_path):
    """Was BadZipFile."""
    data = small_xlsx(tmp_path / "a.xlsx").read_bytes()
    f = write(tmp_path, "t.xlsx", data[: len(data) // 2])
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 't.xlsx': berkas Excel rusak atau tidak lengkap \(BadZipFile\)"
        r".*simpan ulang dari Excel",
    ):
        kadlib.read_table(f)


def test_broken_sheet_xml(tmp_path):
    """Was xml ParseError."""
    src = small_xlsx(tmp_path / "a.xlsx")
    f = rezip(
        src,
        tmp_path / "x.xlsx",
        lambda n, b: b.replace(b"</sheetData>", b"<row") if n.endswith("sheet1.xml") else b,
    )
    with pytest.raises(
        KadDataError, match=r"berkas 'x.xlsx': berkas Excel rusak atau tidak lengkap \(ParseError\)"
    ):
        kadlib.read_table(f)


SHEET = "xl/worksheets/sheet1.xml"
FOUR_ROWS = (
    ("kode", "tahun", "indikator", "nilai"),
    ("3302", 2020, "ipm", 71.5),
    ("3303", 2020, "ipm", 70.25),
    ("3304", 2020, "ipm", 69.75),
)


def _sheet_edit(tmp_path, old: bytes, new: bytes):
    src = small_xlsx(tmp_path / "ok.xlsx", FOUR_ROWS)

    def edit(name, body):
        if name == SHEET:
            assert old in body
            return body.replace(old, new, 1)
        return body

    return rezip(src, tmp_path / "bad.xlsx", edit)


def test_xlsx_rows_out_of_order_are_refused_not_dropped(tmp_path):
    """Fuzzer find (issue 13): openpyxl skips a row numbered below the one before it.

    ``<row r="9">`` where row 3 was made rows 1, 2, 9, 4 and openpyxl silently lost row 4
    (Kabupaten Banjarnegara): a table one region short, no error.
    """
    body = zipfile.ZipFile(small_xlsx(tmp_path / "ok.xlsx", FOUR_ROWS)).read(SHEET)
    row3 = re.search(rb'<row r="3">.*?</row>', body).group(0)
    f = _sheet_edit(tmp_path, row3, re.sub(rb'r="([A-Z]*)3"', rb'r="\g<1>9"', row3))
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas Excel rusak atau tidak lengkap \(baris 4 sesudah baris 9\).*\(row 4 after row 9\)",
    ):
        kadlib.read_table(f)
    assert kadlib.read_table(tmp_path / "ok.xlsx")["region_code"].tolist() == [
        "3302",
        "3303",
        "3304",
    ]


def test_xlsx_row_written_twice_is_refused(tmp_path):
    """Two ``<row r="3">``: openpyxl kept the first and dropped the second without a word."""
    src = small_xlsx(tmp_path / "ok.xlsx", FOUR_ROWS)
    body = zipfile.ZipFile(src).read(SHEET)
    row3 = re.search(rb'<row r="3">.*?</row>', body).group(0)
    other = row3.replace(b"<v>3303</v>", b"<v>3305</v>")
    f = _sheet_edit(tmp_path, row3, row3 + other)
    with pytest.raises(KadDataError, match=r"\(baris 3 sesudah baris 3\)"):
        kadlib.read_table(f)


def test_xlsx_cell_naming_another_row_is_refused(tmp_path):
    """``D4`` inside row 3: openpyxl put row 4's address into row 3 (a value from the wrong row)."""
    f = _sheet_edit(tmp_path, b'<c r="D3"', b'<c r="D4"')
    with pytest.raises(
        KadDataError, match=r"(?s)\(sel D4 di dalam baris 3\).*\(cell D4 inside row 3\)"
    ):
        kadlib.read_table(f)


def test_xlsx_same_cell_twice_is_refused(tmp_path):
    """Two cells at ``D3``: openpyxl kept the last one, so the first value vanished silently."""
    f = _sheet_edit(
        tmp_path,
        b'<c r="D3" t="n"><v>70.25</v></c>',
        b'<c r="D3" t="n"><v>70.25</v></c><c r="D3" t="n"><v>99</v></c>',
    )
    with pytest.raises(KadDataError, match=r"\(baris 3: kolom 4 tertulis dua kali\)"):
        kadlib.read_table(f)


def test_xlsx_cells_without_address_count_on(tmp_path):
    """A cell with no ``r`` is the one after the previous cell (as Excel and openpyxl read it)."""
    f = _sheet_edit(tmp_path, b'<c r="D3" t="n">', b'<c t="n">')
    assert kadlib.read_table(f)["value"].tolist() == [71.5, 70.25, 69.75]


def test_missing_sheet_part(tmp_path):
    """Was KeyError (a workbook part listed but absent)."""
    src = small_xlsx(tmp_path / "a.xlsx")
    f = rezip(src, tmp_path / "k.xlsx", lambda n, b: None if n.endswith("sheet1.xml") else b)
    with pytest.raises(
        KadDataError,
        match=r"berkas 'k.xlsx': berkas Excel rusak atau tidak lengkap \((KeyError|tidak ada lembar kerja)",
    ):
        kadlib.read_table(f)


def test_corrupt_deflate_stream(tmp_path):
    """Was zlib.error / BadZipFile (bad CRC) while reading a sheet."""
    data = bytearray(small_xlsx(tmp_path / "a.xlsx").read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 2, start + min(info.compress_size, 40)):
        data[k] ^= 0x5A
    f = write(tmp_path, "z.xlsx", bytes(data))
    with pytest.raises(
        KadDataError, match=r"berkas 'z.xlsx': berkas Excel rusak atau tidak lengkap"
    ):
        kadlib.read_table(f)


def test_unknown_sheet(tmp_path):
    f = small_xlsx(tmp_path / "a.xlsx")
    with pytest.raises(
        KadDataError, match=r"(?s)kolom 'sheet', nilai 'Data': pilihan tidak dikenal.*Sheet"
    ):
        kadlib.read_table(f, sheet="Data")


def test_excel_year_typed_as_a_date(tmp_path):
    """2020 formatted as a date shows as 12/07/1905; a 1 January date is its year."""
    f = small_xlsx(
        tmp_path / "d.xlsx",
        rows=(
            ("kode", "tahun", "indikator", "nilai"),
            ("3302", datetime.datetime(1905, 7, 12), "ipm", 71.5),
            ("3303", datetime.datetime(2021, 1, 1), "ipm", 70.25),
        ),
    )
    assert values(kadlib.read_table(f)) == EXPECTED
    g = small_xlsx(
        tmp_path / "w.xlsx",
        rows=(("kode", "indikator", datetime.datetime(1905, 7, 12)), ("3302", "ipm", 71.5)),
    )
    assert values(kadlib.read_table(g)) == [EXPECTED[0]]


def test_a_real_date_is_not_a_year(tmp_path):
    f = small_xlsx(
        tmp_path / "d.xlsx",
        rows=(
            ("kode", "tahun", "indikator", "nilai"),
            ("3302", datetime.datetime(2020, 3, 15), "ipm", 71.5),
        ),
    )
    with pytest.raises(
        KadDataError, match=r"baris 2, kolom 'year', nilai datetime.datetime\(2020, 3, 15"
    ):
        kadlib.read_table(f)


# --------------------------------------------------------------------------- BPS exports
def bps_lines():
    return SAMPLE.read_text(encoding="utf-8").splitlines()


def bps_file(tmp_path, lines, name="bps.csv"):
    return write(tmp_path, name, "\n".join(lines) + "\n")


def test_bps_extra_cell_is_refused(tmp_path):
    """One extra cell shifted every value of the row."""
    lines = bps_lines()
    lines[6] = lines[6].replace(",", ",123,", 1)
    with pytest.raises(
        KadDataError,
        match=r"berkas 'bps.csv', baris 7, kolom '#92', nilai '\d+(\.\d+)?': "
        r"baris ini berisi 92 sel, sedangkan baris judul 91 sel",
    ):
        kadlib.read_bps_table(bps_file(tmp_path, lines))


def test_bps_region_twice_is_refused(tmp_path):
    lines = bps_lines()
    lines.append(lines[6])
    with pytest.raises(
        KadDataError, match=r"baris 11, kolom '#1', nilai 'Kep. Bangka Belitung': data ganda"
    ):
        kadlib.read_bps_table(bps_file(tmp_path, lines))


def test_bps_truncated_row_is_refused(tmp_path):
    """A cut row became NaN."""
    lines = bps_lines()
    lines[6] = lines[6][:60]
    with pytest.raises(
        KadDataError,
        match=r"baris 7, nilai '[\d.]+': baris ini berisi \d sel, sedangkan baris judul 91 sel",
    ):
        kadlib.read_bps_table(bps_file(tmp_path, lines))


def test_bps_short_header_row(tmp_path):
    """Was IndexError at io.py:445.  A year row cut after its first year means that year for every
    column (BPS writes a year once per block); a row cut inside a year is refused."""
    with pytest.warns(UserWarning):
        full = kadlib.read_bps_table(SAMPLE)
    lines = bps_lines()
    lines[3] = ",2023"
    with pytest.warns(UserWarning):
        short = kadlib.read_bps_table(bps_file(tmp_path, lines, "short.csv"))
    assert full.drop(columns="source").equals(short.drop(columns="source"))
    lines[3] = ",2023,,,,,2023,,,,,20"
    with pytest.raises(
        KadDataError,
        match=r"berkas 'cut.csv', baris 4, kolom '#12', nilai '20': tahun di luar rentang",
    ):
        kadlib.read_bps_table(bps_file(tmp_path, lines, "cut.csv"))


def test_bps_period_damaged_in_one_sector_is_refused(tmp_path):
    """Fuzzer find (issue 13): one damaged period cell ("Triwulan J") loaded silently.

    Sector A then had no first quarter and a period nobody asked for; a BPS dynamic table
    is a full cross table, so sectors with different years or periods mean a damaged header.
    """
    lines = bps_lines()
    lines[4] = lines[4].replace("Triwulan I,", "Triwulan J,", 1)
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'bps.csv', baris 5, kolom '#2': tata letak tidak seperti ekspor tabel "
        r"dinamis BPS: A 2023 Triwulan J \(sektor lain: 2023 Triwulan I\): tahun atau periode "
        r"sektor-sektornya tidak sama.*\(the other sectors: 2023 Triwulan I\): sectors with "
        r"different years or periods",
    ):
        kadlib.read_bps_table(bps_file(tmp_path, lines))


def test_bps_year_of_one_sector_changed_is_refused(tmp_path):
    """A year cell of one block typed wrong (2013 over sector B) put B's 2023 values under 2013."""
    lines = bps_lines()
    cells = lines[3].split(",")
    assert cells[6] == "2023"  # the year over sector B's five columns
    cells[6] = "2013"
    lines[3] = ",".join(cells)
    with pytest.raises(
        KadDataError,
        match=r"baris 4, kolom '#7': .* B 2013 Triwulan I \(sektor lain: 2023 Triwulan I\)",
    ):
        kadlib.read_bps_table(bps_file(tmp_path, lines))


def test_bps_sector_labels_swapped_read_as_the_file_says(tmp_path):
    """Two sector labels swapped is still a full cross table: read as labelled (the file says so)."""
    with pytest.warns(UserWarning):
        full = kadlib.read_bps_table(SAMPLE)
    lines = bps_lines()
    lines[2] = (
        lines[2]
        .replace(",B Pertambangan dan Penggalian,", ",#B#,", 1)
        .replace(",C Industri Pengolahan,", ",B Pertambangan dan Penggalian,", 1)
        .replace(",#B#,", ",C Industri Pengolahan,", 1)
    )
    with pytest.warns(UserWarning):
        swapped = kadlib.read_bps_table(bps_file(tmp_path, lines))
    key = ["region_name", "year", "period"]
    b = full[full.sector_code == "B"].set_index(key)["value"]
    c = swapped[swapped.sector_code == "C"].set_index(key)["value"]
    assert b.equals(c)


def test_bps_huge_number(tmp_path):
    lines = bps_lines()
    lines[6] = lines[6].replace(",", ",1e400,", 1).rsplit(",", 1)[0]
    with pytest.raises(
        KadDataError, match=r"baris 7, kolom '#2', nilai '1e400': angka terlalu besar"
    ):
        kadlib.read_bps_table(bps_file(tmp_path, lines))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_bps_reencoded_export_reads_the_same(tmp_path, encoding):
    with pytest.warns(UserWarning):
        a = kadlib.read_bps_table(SAMPLE)
    f = write(tmp_path, "e.csv", SAMPLE.read_text(encoding="utf-8").encode(encoding))
    with pytest.warns(UserWarning):
        b = kadlib.read_bps_table(f)
    assert a.drop(columns="source").equals(b.drop(columns="source"))


def test_bps_semicolon_decimal_comma_export_reads_the_same(tmp_path):
    import csv

    rows = list(csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8"))))
    rows = [[re.sub(r"^(\d+)\.(\d+)$", r"\1,\2", c) for c in r] for r in rows]
    f = write(tmp_path, "s.csv", "\n".join(";".join(r) for r in rows))
    with pytest.warns(UserWarning):
        a, b = kadlib.read_bps_table(SAMPLE), kadlib.read_bps_table(f)
    np.testing.assert_array_equal(a["value"], b["value"])


# --------------------------------------------------------------------------- boundaries
@pytest.fixture
def kartamantul():
    return kadlib.load_regions(group="Kartamantul")[["region_code", "geometry"]]


def geojson(tmp_path, gdf, name="b.geojson", **kw):
    path = tmp_path / name
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gdf.to_file(path, driver="GeoJSON", **kw)
    return path


def test_utf16_geojson_loads(tmp_path, kartamantul):
    """Was pyogrio DataSourceError."""
    f = write(tmp_path, "u.geojson", kartamantul.to_json().encode("utf-16"))
    assert kadlib.read_boundaries(f)["region_code"].tolist() == ["3402", "3404", "3471"]


def test_unclosed_ring(tmp_path):
    """Was GEOSException."""
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"kode": "3302"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[109, -7.5], [109.2, -7.5], [109.2, -7.3]]],
                },
            }
        ],
    }
    f = write(tmp_path, "r.geojson", json.dumps(doc))
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'r.geojson': berkas batas wilayah rusak.*GEOSException.*QGIS",
    ):
        kadlib.read_boundaries(f)


def test_truncated_geojson(tmp_path, kartamantul):
    text = kartamantul.to_json()
    f = write(tmp_path, "t.geojson", text[: len(text) // 2])
    with pytest.raises(KadDataError, match=r"berkas 't.geojson': berkas batas wilayah rusak"):
        kadlib.read_boundaries(f)


@pytest.mark.parametrize("kind", ["Point", "LineString"])
def test_points_and_lines_are_refused(tmp_path, kartamantul, kind):
    g = kartamantul.copy()
    g["geometry"] = g.geometry.representative_point() if kind == "Point" else g.geometry.boundary
    with pytest.raises(
        KadDataError,
        match=rf"(?s)baris 1, kolom 'region_code', nilai '3402': geometri {kind}, "
        r"bukan poligon.*bukan titik atau garis",
    ):
        kadlib.read_boundaries(geojson(tmp_path, g))


def test_projected_coordinates_without_crs(tmp_path, kartamantul):
    """A GeoJSON is WGS 84 by definition: metres in it are outside Indonesia, and the error says CRS."""
    g = kartamantul.to_crs(32749).set_crs(None, allow_override=True)
    with pytest.raises(
        KadDataError,
        match=r"(?s)baris 1, nilai '3402': koordinat di luar wilayah Indonesia "
        r"\(batas 4\d+.*CRS berkas salah atau tidak ada.*crs='EPSG:32749'",
    ):
        kadlib.read_boundaries(geojson(tmp_path, g))


def test_swapped_latitude_longitude(tmp_path, kartamantul):
    g = kartamantul.copy()
    g["geometry"] = shapely.transform(g.geometry.to_numpy(), lambda xy: xy[:, ::-1])
    with pytest.raises(
        KadDataError, match=r"(?s)baris 1, nilai '3402': lintang dan bujur tertukar.*tukar sumbunya"
    ):
        kadlib.read_boundaries(geojson(tmp_path, g))


def test_longitude_plus_400(tmp_path, kartamantul):
    g = kartamantul.copy()
    g["geometry"] = g.geometry.translate(400)
    with pytest.raises(
        KadDataError,
        match=r"baris 1, nilai '3402': koordinat di luar wilayah Indonesia \(batas 510",
    ):
        kadlib.read_boundaries(geojson(tmp_path, g))


def test_duplicate_and_missing_codes(tmp_path, kartamantul):
    g = kartamantul.copy()
    g.loc[1, "region_code"] = "3402"
    g.loc[2, "region_code"] = None
    with pytest.raises(KadDataError) as info:
        kadlib.read_boundaries(geojson(tmp_path, g))
    text = str(info.value)
    assert re.search(
        r"baris 2, kolom 'region_code', nilai '3402': kode wilayah muncul lebih dari sekali", text
    )
    assert re.search(
        r"\(2\) baris 3, kolom 'region_code', nilai (None|nan): sel wajib ini kosong", text
    )
    assert "kode ini sudah ada di baris 1" in text


@pytest.mark.parametrize(
    "codes", [[3402, 3404, 3471], [34.02, 34.04, 34.71], ["34.02", "34.04", "34.71"]]
)
def test_codes_typed_as_numbers(tmp_path, kartamantul, codes):
    g = kartamantul.assign(region_code=codes)
    assert kadlib.read_boundaries(geojson(tmp_path, g))["region_code"].tolist() == [
        "3402",
        "3404",
        "3471",
    ]


def test_name_contradicting_code_in_boundaries(tmp_path, kartamantul):
    g = kartamantul.assign(name=["Bantul", "Sleman", "Kota Magelang"])
    with pytest.raises(
        KadDataError,
        match=r"baris 3, kolom 'name', nilai 'Kota Magelang': nama wilayah tidak cocok",
    ):
        kadlib.read_boundaries(geojson(tmp_path, g))


@pytest.mark.parametrize("text", ["", '{"type":"FeatureCollection","features":[]}'])
def test_empty_files_and_collections(tmp_path, text):
    f = write(tmp_path, "e.geojson", text)
    with pytest.raises(KadDataError, match=r"berkas 'e.geojson': berkas tidak berisi fitur"):
        kadlib.read_boundaries(f)


def test_several_layers_in_a_geopackage(tmp_path, kartamantul):
    f = tmp_path / "m.gpkg"
    kartamantul.to_file(f, layer="kabkota")
    kartamantul.to_file(f, layer="lama")
    with pytest.raises(
        KadDataError, match=r"(?s)beberapa lapisan/shapefile: kabkota, lama.*layer='kabkota'"
    ):
        kadlib.read_boundaries(f)
    assert kadlib.read_boundaries(f, layer="lama")["region_code"].tolist() == [
        "3402",
        "3404",
        "3471",
    ]
    with pytest.raises(KadDataError, match=r"kolom 'layer', nilai 'baru': pilihan tidak dikenal"):
        kadlib.read_boundaries(f, layer="baru")


def zipped_shapefile(tmp_path, gdf, stems=("k",), folder=""):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gdf.to_file(tmp_path / "k.shp")
    path = tmp_path / "s.zip"
    with zipfile.ZipFile(path, "w") as z:
        for stem in stems:
            for ext in ("shp", "shx", "dbf", "prj", "cpg"):
                if (tmp_path / f"k.{ext}").exists():
                    z.write(tmp_path / f"k.{ext}", f"{folder}{stem}.{ext}")
    return path


def test_several_shapefiles_in_a_zip(tmp_path, kartamantul):
    f = zipped_shapefile(tmp_path, kartamantul, stems=("batas_2020", "batas_2010"))
    with pytest.raises(
        KadDataError,
        match=r"(?s)beberapa lapisan/shapefile: batas_2020, batas_2010.*"
        r"read_boundaries\(\.\.\., layer='batas_2020'\)",
    ):
        kadlib.read_boundaries(f)
    assert kadlib.read_boundaries(f, layer="batas_2010")["region_code"].tolist() == [
        "3402",
        "3404",
        "3471",
    ]


def test_dbf_truncated_code_column(tmp_path, kartamantul):
    """`region_code` becomes `region_cod` in a DBF: it is still the code column."""
    f = zipped_shapefile(tmp_path, kartamantul, folder="data/")
    with zipfile.ZipFile(f) as z:
        assert b"region_cod" in z.read("data/k.dbf")
    assert kadlib.read_boundaries(f)["region_code"].tolist() == ["3402", "3404", "3471"]


def test_shapefile_without_dbf(tmp_path, kartamantul):
    f = zipped_shapefile(tmp_path, kartamantul)
    g = tmp_path / "nodbf.zip"
    with zipfile.ZipFile(f) as zin, zipfile.ZipFile(g, "w") as zout:
        for name in zin.namelist():
            if not name.endswith(".dbf"):
                zout.writestr(name, zin.read(name))
    with pytest.raises(
        KadDataError, match=r"berkas 'nodbf.zip': berkas batas wilayah rusak .*\(k.dbf \?\)"
    ):
        kadlib.read_boundaries(g)


def test_loose_shapefile_without_dbf(tmp_path, kartamantul):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kartamantul.to_file(tmp_path / "k.shp")
    (tmp_path / "k.dbf").unlink()
    with pytest.raises(
        KadDataError, match=r"berkas 'k.shp': berkas batas wilayah rusak .*\(k.dbf \?\)"
    ):
        kadlib.read_boundaries(tmp_path / "k.shp")


def test_unknown_crs_argument(tmp_path):
    """Was pyproj CRSError."""
    gdf = gpd.GeoDataFrame({"kode": ["3302"]}, geometry=[box(109, -7.5, 109.2, -7.3)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gdf.to_file(tmp_path / "n.shp")
    with pytest.raises(
        KadDataError, match=r"kolom 'crs', nilai 'EPSG:bogus': pilihan tidak dikenal"
    ):
        kadlib.read_boundaries(tmp_path / "n.shp", crs="EPSG:bogus")


# --------------------------------------------------------------------------- the layer itself
def test_reason_codes_are_listed_and_labelled():
    """err.key is the stable reason code: every one the readers raise is in REASONS and in LABELS."""
    for key in v.REASONS:
        assert key in i18n.LABELS, key
    root = Path(kadlib.__file__).parent
    raised = set()
    for name in ("io.py", "validate.py"):
        raised |= set(re.findall(r'"(err_[a-z_]+)"', (root / name).read_text(encoding="utf-8")))
    assert raised <= set(v.REASONS), raised - set(v.REASONS)


def test_check_frame_reports_every_problem():
    import pandas as pd

    bad = pd.DataFrame(
        {
            "region_code": ["3302", "3399", "3302"],
            "year": [2020, 2020, 2020],
            "indicator": "ipm",
            "value": [1.0, float("inf"), 2.0],
            "unit": "x",
            "source": "s",
        }
    )
    with pytest.raises(KadDataError) as info:
        v.check_frame(bad, v.BASELINE, "b.csv")
    assert [(p.row, p.key) for p in info.value.problems] == [
        (3, "err_unknown_region_code"),
        (3, "err_number_range"),
        (4, "err_duplicate_rows"),
    ]


def test_bundled_tables_pass_their_schemas():
    from kadlib import datasets

    datasets._csv.cache_clear()
    datasets._sector_long.cache_clear()
    datasets._geo.cache_clear()
    assert (
        len(kadlib.load_baseline())
        and len(kadlib.load_sector_pdrb())
        and len(kadlib.load_regions())
    )


def test_parse_number_is_the_one_rule():
    assert kio.parse_number("n/a") != kio.parse_number("n/a")  # NaN
    with pytest.raises(KadDataError, match=r"nilai '1e400': angka terlalu besar"):
        kio.parse_number("1e400")


def test_bps_export_saved_as_xlsx_reads_the_same(tmp_path):
    """The same export opened and saved in Excel: numbers become numbers, years integers."""
    import csv

    wb = openpyxl.Workbook()
    for r in csv.reader(io.StringIO(SAMPLE.read_text(encoding="utf-8"))):
        wb.active.append(
            [
                float(c) if re.fullmatch(r"\d+(\.\d+)?", c) and i else (None if c == "" else c)
                for i, c in enumerate(r)
            ]
        )
    f = tmp_path / "bps.xlsx"
    wb.save(f)
    with pytest.warns(UserWarning):
        a, b = kadlib.read_bps_table(SAMPLE), kadlib.read_bps_table(f)
    pd_cols = [
        "region_name",
        "region_code",
        "year",
        "period",
        "sector_code",
        "value",
        "unit",
        "price_basis",
    ]
    assert a[pd_cols].equals(b[pd_cols])


@pytest.mark.parametrize("name", ["t.csv", "t.xlsx", "t.geojson"])
def test_unreadable_file(tmp_path, monkeypatch, name):
    f = write(tmp_path, name, TIDY)

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    reader = kadlib.read_boundaries if name.endswith("json") else kadlib.read_table
    with pytest.raises(
        KadDataError, match=rf"berkas '{name}': berkas tidak dapat dibuka \(PermissionError\)"
    ):
        reader(f)


def test_too_many_columns_in_a_csv(tmp_path):
    header = ",".join(["kode", "tahun", "indikator", "nilai"] + [f"c{i}" for i in range(1200)])
    f = write(tmp_path, "w.csv", header + "\n" + "3302,2020,ipm,1" + "," * 1200 + "\n")
    with pytest.raises(
        KadDataError, match=r"berkas 'w.csv', baris 1: ada isi di luar jangkauan kolom"
    ):
        kadlib.read_table(f)


def test_text_after_a_closing_quote_is_refused(tmp_path):
    """Found by the fuzzer: `"0.00"1` was read as 0.001."""
    f = write(tmp_path, "q.csv", 'kode,tahun,indikator,nilai\n3302,2020,ipm,"0.00"1\n')
    with pytest.raises(
        KadDataError, match=r"berkas 'q.csv', baris 2: CSV rusak \(',' expected after '\"'\)"
    ):
        kadlib.read_table(f)


def test_boundaries_without_a_code_column(tmp_path, kartamantul):
    """Polygons without codes cannot be joined to anything (found by the fuzzer: a damaged DBF field name)."""
    g = kartamantul.rename(columns={"region_code": "id_poligon"})
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'b.geojson': kolom wajib tidak ada: region_code.*"
        r"code_column='nama_kolom'.*kolom yang ada: id_poligon",
    ):
        kadlib.read_boundaries(geojson(tmp_path, g))
    assert kadlib.read_boundaries(geojson(tmp_path, g, "c.geojson"), code_column="id_poligon")[
        "region_code"
    ].tolist() == ["3402", "3404", "3471"]
