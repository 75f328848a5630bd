"""Seeded fuzzers for the readers of users' files (issue 13): "KadDataError or a correct load".

Each fuzzer builds a valid file from a table it knows (so the correct answer is known), then
either rewrites it without changing its meaning (encodings, BOM, delimiters, decimal comma,
header spellings, column order, quoting, line ends) -- the reader must return exactly the
known table -- or damages it (byte flips, truncation, duplicated rows or headers, short or long
rows, huge numbers, delimiter swaps, GeoJSON edits, XLSX XML and zip edits).  A damaged file must
raise ``KadDataError`` or load to an answer that can be traced to the damaged bytes: the rows the
damage did not touch are unchanged, and a changed value equals what the damaged cell says.
Anything else -- a raw exception, or a silent wrong answer -- fails the test.

The fuzzers are derandomised (the same cases on every run) and sized for ``make test``;
``KAD_FUZZ_SCALE=10`` runs ten times as many cases.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import warnings
import zipfile

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kadlib
from kadlib import KadDataError
from kadlib import validate as v
from kadlib.regions import region_name

SCALE = float(os.environ.get("KAD_FUZZ_SCALE", "1"))
FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)


def n(cases: int) -> int:
    return max(1, int(cases * SCALE))


CODES = [
    "3301",
    "3302",
    "3303",
    "3304",
    "3305",
    "3374",
    "3375",
    "3376",
    "3402",
    "3404",
    "3471",
    "3300",
]
INDICATORS = ["ipm", "pdrb_adhk_total", "tpt", "x1"]
UNITS = ["persen", "indeks", "juta rupiah", ""]
HEADERS = {
    "region_code": ["region_code", "kode", "Kode Wilayah", "KODE"],
    "region_name": ["region_name", "wilayah", "Nama Wilayah", "kabupaten/kota"],
    "year": ["year", "tahun", "Tahun"],
    "indicator": ["indicator", "indikator"],
    "value": ["value", "nilai", "NILAI"],
    "unit": ["unit", "satuan"],
}
COUNTS: dict[str, int] = {}


def count(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


# ----------------------------------------------------------------------------- tables
@st.composite
def tables(draw):
    """A small valid tidy table: (records, with_unit) with records (code, year, indicator, value_text)."""
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(CODES), st.integers(2010, 2024), st.sampled_from(INDICATORS)),
            min_size=1,
            max_size=8,
            unique=True,
        )
    )
    records = []
    for code, year, ind in keys:
        kind = draw(st.sampled_from(["dec", "dec", "int", "big", "exp", "missing"]))
        if kind == "missing":
            text = draw(st.sampled_from(["", "-", "NaN", "n/a", "NA"]))
        elif kind == "int":
            text = str(draw(st.integers(0, 999)))
        elif kind == "big":
            text = f"{draw(st.integers(1000, 10**9))}.{draw(st.integers(0, 99)):02d}"
        elif kind == "exp":
            text = f"{draw(st.integers(1, 9))}.{draw(st.integers(0, 99)):02d}e{draw(st.integers(-3, 6))}"
        else:
            text = f"{draw(st.integers(0, 999))}.{draw(st.integers(0, 99)):02d}"
        records.append((code, year, ind, text, draw(st.sampled_from(UNITS))))
    return records, draw(st.booleans())


def expected(records, with_unit, file):
    return pd.DataFrame(
        {
            "region_code": [r[0] for r in records],
            "year": pd.array([r[1] for r in records], dtype="int64"),
            "indicator": [r[2] for r in records],
            "sector_code": [""] * len(records),
            "value": [float("nan") if v.is_missing(r[3]) else float(r[3]) for r in records],
            "unit": [r[4] if with_unit else "" for r in records],
            "source": [file] * len(records),
        }
    )


def comma_number(text: str, thousands: bool) -> str:
    """The same number the Indonesian way: 1.234.567,89 (the point only for thousands)."""
    if v.is_missing(text):
        return text
    if "e" in text:  # written out: 1.23e-3 -> 0.00123 (the same number exactly)
        from decimal import Decimal

        text = format(Decimal(text), "f")
    whole, _, frac = text.partition(".")
    if thousands and frac:
        whole = f"{int(whole):,}".replace(",", ".")
    return whole + ("," + frac if frac else "")


@st.composite
def styles(draw):
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    return {
        "delimiter": delimiter,
        "decimal": "comma" if delimiter != "," and draw(st.booleans()) else "point",
        "thousands": draw(st.booleans()),
        "encoding": draw(
            st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
        ),
        "newline": draw(st.sampled_from(["\n", "\r\n"])),
        "quote": draw(st.sampled_from([csv_quote_minimal, csv_quote_all])),
        "region": draw(st.sampled_from(["code", "dotted", "name", "code+name"])),
        "order": draw(st.permutations(range(5))),
        "headers": draw(st.integers(0, 3)),
        "trailing_newline": draw(st.booleans()),
    }


def csv_quote_minimal(cell: str, delimiter: str) -> str:
    return f'"{cell}"' if (delimiter in cell or '"' in cell) else cell


def csv_quote_all(cell: str, delimiter: str) -> str:
    return f'"{cell}"'


def render_csv(records, with_unit, style) -> bytes:
    """Write a tidy table as a user's CSV would look, in one of many equivalent spellings."""
    cols = ["region", "year", "indicator", "value"] + (["unit"] if with_unit else [])
    order = [i for i in style["order"] if i < len(cols)]
    cols = [cols[i] for i in order]
    pick = style["headers"]

    def header(c):
        if c == "region":
            if style["region"] == "code+name":
                return [HEADERS["region_code"][pick % 4], HEADERS["region_name"][pick % 4]]
            key = "region_name" if style["region"] == "name" else "region_code"
            return [HEADERS[key][pick % 4]]
        return [HEADERS[c][pick % len(HEADERS[c])]]

    def cells(r, c):
        code, year, ind, text, unit = r
        if c == "region":
            return {
                "code": [code],
                "dotted": [code[:2] + "." + code[2:]],
                "name": [region_name(code)],
                "code+name": [code, region_name(code)],
            }[style["region"]]
        if c == "year":
            return [str(year)]
        if c == "indicator":
            return [ind]
        if c == "value":
            return [comma_number(text, style["thousands"]) if style["decimal"] == "comma" else text]
        return [unit]

    d, q = style["delimiter"], style["quote"]
    lines = [d.join(q(h, d) for c in cols for h in header(c))]
    for r in records:
        lines.append(d.join(q(x, d) for c in cols for x in cells(r, c)))
    text = style["newline"].join(lines) + (style["newline"] if style["trailing_newline"] else "")
    return text.encode(style["encoding"])


WARNED: list[str] = []


def read(path, **kw):
    """read_table, keeping its warnings in WARNED (an ignored column is said, never silent)."""
    WARNED.clear()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = kadlib.read_table(path, **kw)
    WARNED.extend(str(w.message) for w in caught)
    return out


def frames_equal(a, b) -> bool:
    try:
        pd.testing.assert_frame_equal(
            a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False
        )
        return True
    except AssertionError:
        return False


def schema_ok(out) -> None:
    """What every successful load must satisfy, whatever the input (the kit's table contract)."""
    assert list(out.columns) == [
        "region_code",
        "year",
        "indicator",
        "sector_code",
        "value",
        "unit",
        "source",
    ]
    assert out["region_code"].isin(v.region_codes()).all()
    assert out["year"].between(*v.YEAR_RANGE).all()
    vals = out["value"].to_numpy(dtype=float)
    assert not np.isinf(vals).any()
    assert (out["indicator"].str.len() > 0).all()
    assert not out.duplicated(["region_code", "year", "indicator", "sector_code"]).any()


@settings(FUZZ, max_examples=n(600))
@given(table=tables(), style=styles())
def test_equivalent_spellings_load_to_the_same_table(work, table, style):
    """Round trip: any equivalent spelling of a table loads to exactly that table."""
    records, with_unit = table
    data = render_csv(records, with_unit, style)
    f = work / "same.csv"
    f.write_bytes(data)
    out = read(f)
    count("csv_equivalent")
    assert frames_equal(out, expected(records, with_unit, "same.csv")), (data, out)


@settings(FUZZ, max_examples=n(250))
@given(table=tables(), style=styles())
def test_wide_spellings_load_to_the_long_table(work, table, style):
    """A table wide by year (one column per year, blank = missing) loads to its long form."""
    records, _ = table
    groups = list(dict.fromkeys((r[0], r[2]) for r in records))
    years = sorted({r[1] for r in records})
    cell = {(r[0], r[2], r[1]): r[3] for r in records}
    d, q, pick = style["delimiter"], style["quote"], style["headers"]
    comma = style["decimal"] == "comma"
    lines = [
        d.join(
            q(h, d)
            for h in [
                HEADERS["region_code"][pick % 4],
                HEADERS["indicator"][pick % 2],
                *map(str, years),
            ]
        )
    ]
    for code, ind in groups:
        texts = [cell.get((code, ind, y), "") for y in years]
        texts = [comma_number(t, style["thousands"]) if comma else t for t in texts]
        lines.append(d.join(q(x, d) for x in [code, ind, *texts]))
    f = work / "wide.csv"
    f.write_bytes((style["newline"].join(lines) + style["newline"]).encode(style["encoding"]))
    out = read(f)
    count("csv_wide_equivalent")
    rows = [(code, y, ind, cell.get((code, ind, y), "")) for code, ind in groups for y in years]
    want = pd.DataFrame(
        {
            "region_code": [r[0] for r in rows],
            "year": pd.array([r[1] for r in rows], dtype="int64"),
            "indicator": [r[2] for r in rows],
            "sector_code": [""] * len(rows),
            "value": [float("nan") if v.is_missing(r[3]) else float(r[3]) for r in rows],
            "unit": [""] * len(rows),
            "source": ["wide.csv"] * len(rows),
        }
    )
    assert frames_equal(out, want), (lines, out)


MUTATIONS = [
    "flip",
    "truncate",
    "dup_row",
    "dup_header",
    "short_row",
    "long_row",
    "huge",
    "tiny",
    "delim_line",
    "delim_file",
    "insert_byte",
    "delete_range",
    "reencode",
    "empty_line",
    "bom_middle",
]


def _lines(text):
    return text.split("\n")


@settings(FUZZ, max_examples=n(1500))
@given(
    table=tables(),
    style=styles(),
    kind=st.sampled_from(MUTATIONS),
    pos=st.integers(0, 10**6),
    byte=st.integers(0, 255),
)
def test_damaged_csv_is_refused_or_read_traceably(work, table, style, kind, pos, byte):
    """Mutations: KadDataError, or a load whose every difference is traceable to the damage."""
    records, with_unit = table
    style = {
        **style,
        "encoding": "utf-8",
        "region": "code",
        "newline": "\n",
        "trailing_newline": True,
    }
    data = render_csv(records, with_unit, style)
    f = work / "bad.csv"
    orig = expected(records, with_unit, "bad.csv")
    text = data.decode("utf-8")
    lines = _lines(text)[:-1]  # header + records (the file ends with a newline)
    d = style["delimiter"]
    must_fail = False
    touched = None  # index of the only record allowed to differ
    if kind == "flip":
        p = pos % len(data)
        mutated = data[:p] + bytes([byte]) + data[p + 1 :]
        touched = data[:p].count(b"\n") - 1
    elif kind == "insert_byte":
        p = pos % (len(data) + 1)
        mutated = data[:p] + bytes([byte]) + data[p:]
        touched = data[:p].count(b"\n") - 1
    elif kind == "truncate":
        p = pos % len(data)
        mutated = data[:p]
        touched = "prefix"
    elif kind == "delete_range":
        p = pos % len(data)
        end = p + 1 + byte % 8
        mutated = data[:p] + data[end:]
        # the records the cut runs through (-1 = the header); every other record must read unchanged
        touched = ("range", data[:p].count(b"\n") - 1, data[:end].count(b"\n") - 1)
    elif kind == "dup_row":
        i = 1 + pos % len(records)
        mutated = "\n".join(lines[: i + 1] + [lines[i]] + lines[i + 1 :]).encode() + b"\n"
        must_fail = True
    elif kind == "dup_header":
        cells = lines[0].split(d)
        j = pos % len(cells)
        lines[0] = d.join(cells + [cells[j]])
        lines[1:] = [ln + d + "1" for ln in lines[1:]]
        mutated = ("\n".join(lines) + "\n").encode()
        must_fail = True
    elif kind in ("short_row", "long_row", "delim_line"):
        i = 1 + pos % len(records)
        if kind == "short_row":
            lines[i] = lines[i].rsplit(d, 1)[0]
        elif kind == "long_row":
            lines[i] = lines[i] + d + str(byte)
        else:
            other = {",": ";", ";": ",", "\t": ","}[d]
            if d not in lines[i] or '"' in lines[i]:
                return
            lines[i] = lines[i].replace(d, other)
        mutated = ("\n".join(lines) + "\n").encode()
        must_fail = True
    elif kind in ("huge", "tiny"):
        i = pos % len(records)
        number = ("-" if byte % 2 else "") + ("1e400" if kind == "huge" else "1e-400")
        records = [*records[:i], (*records[i][:3], number, records[i][4]), *records[i + 1 :]]
        mutated = render_csv(records, with_unit, style)
        must_fail = True
    elif kind == "delim_file":
        other = ";" if d == "," else ","
        if style["decimal"] == "comma" and other == ",":
            return
        mutated = render_csv(records, with_unit, {**style, "delimiter": other})
        touched = "none"
    elif kind == "reencode":
        mutated = text.encode(["utf-16", "utf-16-be", "utf-8-sig", "cp1252"][byte % 4])
        touched = "none"
    elif kind == "empty_line":
        i = 1 + pos % len(records)
        mutated = ("\n".join(lines[:i] + ["", d * (byte % 3)] + lines[i:]) + "\n").encode()
        touched = "none"
    else:  # a BOM inside the file (a concatenation of two exports)
        i = 1 + pos % len(records)
        lines[i] = "\ufeff" + lines[i]
        mutated = ("\n".join(lines) + "\n").encode()
        touched = i - 1
    f.write_bytes(mutated)
    count(f"csv_{kind}")
    try:
        out = read(f)
    except KadDataError as err:
        assert err.key in v.REASONS, err.key
        assert str(err).strip() and "[en]" in str(err) or "[id]" in str(err)
        count("csv_refused")
        return
    assert not must_fail, (kind, mutated, out)
    schema_ok(out)
    count("csv_loaded")
    if touched == "none":
        assert frames_equal(out, orig), (kind, mutated, out)
        return
    if touched == "prefix":
        # a cut file: every record whose line ends inside the prefix is read unchanged and none is
        # dropped; only the last, cut record may lose the tail of its last cell
        complete = max(mutated.count(b"\n") - 1, 0)
        assert complete <= len(out) <= min(complete + 1, len(orig)), (mutated, out)
        assert frames_equal(out.iloc[:complete], orig.iloc[:complete]), (mutated, out)
        return
    if isinstance(touched, tuple):  # bytes deleted across records a..b
        _, a, b = touched
        if a < 0:  # the header was cut: what loads must still be the table contract (checked above)
            assert len(out) <= len(orig) + 1
            return
        tail = max(len(orig) - (b + 1), 0)
        assert a + tail <= len(out) <= len(orig), (mutated, out)
        assert len(out) - a - tail <= b - a + 1, (mutated, out)
        assert frames_equal(out.iloc[:a], orig.iloc[:a]), (mutated, out)
        if tail:
            assert frames_equal(out.iloc[len(out) - tail :], orig.iloc[len(orig) - tail :]), (
                mutated,
                out,
            )
        return
    if touched == -1:  # the header was damaged: a column it no longer names is ignored, and said so
        dropped = [c for c in ("unit",) if (out[c] == "").all() and not (orig[c] == "").all()]
        if dropped:
            assert any("ignored" in w or "diabaikan" in w for w in WARNED), (mutated, out)
            out = out.assign(unit=orig["unit"])
        assert frames_equal(out, orig), (kind, mutated, out)
        return
    # one byte changed in record `touched`: every other record is read unchanged
    assert len(out) == len(orig), (kind, mutated, out)
    keep = [i for i in range(len(orig)) if i != touched]
    assert frames_equal(out.iloc[keep], orig.iloc[keep]), (kind, mutated, out)
    if 0 <= touched < len(orig):
        a, b = out.iloc[touched], orig.iloc[touched]
        if not (a["value"] == b["value"] or (math.isnan(a["value"]) and math.isnan(b["value"]))):
            # the value changed: it must be what the damaged cell now says
            line = _lines(mutated.decode("utf-8", errors="replace"))[touched + 1]
            cells = [c.strip().strip('"') for c in line.split(d)]
            said = {
                float(c.replace(".", "").replace(",", "."))
                if style["decimal"] == "comma"
                else float(c)
                for c in cells
                if re.fullmatch(r"[+-]?[\d.,]+([eE][+-]?\d+)?", c)
                and re.search(r"\d", c)
                and c.count(",") <= 1
            }
            assert math.isnan(a["value"]) or a["value"] in said, (mutated, out)


# ----------------------------------------------------------------------------- XLSX
def render_xlsx(records, with_unit, path, *, dates=False, numbers_as_text=False):
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kode", "tahun", "indikator", "nilai"] + (["satuan"] if with_unit else []))
    for code, year, ind, text, unit in records:
        if v.is_missing(text):
            value = None if text == "" else text
        else:
            value = text if numbers_as_text else float(text)
        y = datetime.datetime(1899, 12, 30) + datetime.timedelta(days=year) if dates else year
        ws.append(
            [int(code) if not numbers_as_text else code, y, ind, value]
            + ([unit or None] if with_unit else [])
        )
    wb.save(path)


@settings(FUZZ, max_examples=n(80))
@given(table=tables(), dates=st.booleans(), as_text=st.booleans())
def test_xlsx_round_trip(work, table, dates, as_text):
    """Numbers, text numbers, codes typed as numbers and years Excel shows as dates all load exactly."""
    records, with_unit = table
    f = work / "same.xlsx"
    render_xlsx(records, with_unit, f, dates=dates, numbers_as_text=as_text)
    count("xlsx_equivalent")
    out = read(f)
    assert frames_equal(out, expected(records, with_unit, "same.xlsx")), out


XLSX_MUTATIONS = [
    "truncate",
    "flip_zip",
    "xml_cut",
    "xml_garbage",
    "xml_dup_row",
    "xml_ref",
    "drop_member",
    "xml_dimension",
    "xml_flip",
    "xml_digit",
    "xml_move_cell",
    "xml_drop_cell",
    "xml_row_number",
]


UNCLEAR: list = []


class Unclear(Exception):
    """The damaged file does not say one thing clearly (a spreadsheet program might read it either way)."""


class MustRefuse(Exception):
    """The damaged file says something the reader has to refuse (a bad code, a duplicate, a stray cell ...)."""


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _column_number(letters: str) -> int:
    col = 0
    for ch in letters:
        col = col * 26 + ord(ch) - 64
    return col


def sheet_cells(data: bytes) -> dict:
    """What the first sheet of an XLSX says, read straight from its XML (not with openpyxl).

    Returns ``{(row, column): value}``: text for inline strings, ``int``/``float`` for
    numbers (as a spreadsheet stores them), ``"TRUE"``/``"FALSE"`` for booleans.
    Raises :class:`MustRefuse` when the sheet cannot be read at all, :class:`Unclear`
    for constructs whose meaning is not plain (cells out of order, unknown cell types).
    """
    import xml.etree.ElementTree as ET

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            body = z.read("xl/worksheets/sheet1.xml")
        root = ET.fromstring(body)
    except Exception as exc:  # noqa: BLE001 - a zip or XML that cannot be read says nothing
        raise MustRefuse(type(exc).__name__) from None
    if root.tag != f"{_MAIN}worksheet":
        raise Unclear("root element")
    sheet = root.find(f"{_MAIN}sheetData")
    if sheet is None:
        raise Unclear("no sheetData")
    cells, last_row = {}, 0
    for row in sheet:
        if row.tag != f"{_MAIN}row":
            raise Unclear(f"element {row.tag} in sheetData")
        r = row.get("r")
        if r is None or not r.isdigit():
            raise Unclear(f"row number {r!r}")
        if int(r) <= last_row:  # spreadsheets write rows in order: a damaged sheet
            raise MustRefuse(f"row number {r!r} after {last_row}")
        last_row = int(r)
        seen, last_col = set(), 0
        for c in row:
            if c.tag != f"{_MAIN}c":
                raise Unclear(f"element {c.tag} in a row")
            if not c.get("r"):  # no address: the cell after the previous one
                col, cell_row = last_col + 1, last_row
            else:
                m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?(\d+)", c.get("r"))
                if not m:
                    raise MustRefuse(f"cell reference {c.get('r')!r}")
                col, cell_row = _column_number(m.group(1).upper()), int(m.group(2))
            if col > v.MAX_COLUMNS:
                raise MustRefuse(f"cell {c.get('r')} beyond the column limit")
            if cell_row != last_row or col in seen:
                raise MustRefuse(f"cell {c.get('r')} in row {last_row}")
            seen.add(col)
            last_col = col
            kind, v_el = c.get("t", "n"), c.find(f"{_MAIN}v")
            extra = {x.tag for x in c} - {f"{_MAIN}v", f"{_MAIN}is"}
            if extra or set(c.attrib) - {"r", "t", "s"}:
                raise Unclear(f"cell {c.get('r')} holds {extra or c.attrib}")
            if kind == "inlineStr":
                box = c.find(f"{_MAIN}is")
                if box is None or v_el is not None or [x.tag for x in box] != [f"{_MAIN}t"]:
                    raise Unclear(f"inline string {c.get('r')}")
                value = box[0].text or ""
            elif kind == "n":
                if c.find(f"{_MAIN}is") is not None:
                    raise Unclear(f"number cell {c.get('r')} with text")
                if v_el is None or v_el.text is None:
                    continue  # an empty cell
                text = v_el.text
                try:  # as a spreadsheet reader casts it
                    value = float(text) if any(ch in text for ch in ".eE") else int(text)
                except ValueError:
                    raise MustRefuse(f"number text {text!r}") from None
                if not _PLAIN_NUMBER.fullmatch(text):
                    raise Unclear(f"number text {text!r}")
            elif kind == "b" and v_el is not None and v_el.text in ("0", "1"):
                value = "TRUE" if v_el.text == "1" else "FALSE"
            else:
                raise Unclear(f"cell type {kind!r}")
            cells[(last_row, last_col)] = value
    return cells


def _blank_cell(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def xlsx_says(data: bytes, header: list[str], with_unit: bool, file: str):
    """The tidy table an XLSX written by :func:`render_xlsx` (then damaged) says, cell by cell.

    Returns ``(table, unit_ignored)``; raises :class:`MustRefuse` or :class:`Unclear`.
    The column names follow the kit's header rules (``kode`` → region_code: tested by the
    spelling fuzzers); everything else -- which row a value belongs to, which column, whether
    it is missing -- is read here from the XML, so a shifted cell or a silent NaN shows.
    """
    from kadlib.regions import resolve_region

    cells = sheet_cells(data)
    rows: dict[int, dict[int, object]] = {}
    for (r, c), value in cells.items():
        rows.setdefault(r, {})[c] = value
    used = [r for r in sorted(rows) if not all(_blank_cell(x) for x in rows[r].values())]
    if not used:
        raise MustRefuse("empty sheet")
    if any(c > v.MAX_COLUMNS for r in used for c, x in rows[r].items() if not _blank_cell(x)):
        raise MustRefuse("a cell beyond the column limit")
    head = rows[used[0]]
    width = max(c for c, x in head.items() if not _blank_cell(x))
    names = [head.get(c) for c in range(1, width + 1)]
    if not all(isinstance(x, str) for x in names):
        raise Unclear(f"header {names}")
    canon, want = v.canonical_columns(names), v.canonical_columns(header)
    unit_ignored = False
    if canon != want:
        if (
            with_unit
            and canon[:-1] == want[:-1]
            and canon[-1]
            not in v.canonical_columns(
                [*HEADERS["unit"], *HEADERS["region_code"], *HEADERS["value"]]
            )
        ):
            unit_ignored = True  # the unit header no longer says "satuan": the column is ignored
        else:
            raise Unclear(f"header {names}")
    index = {name: j + 1 for j, name in enumerate(canon)}
    out = []
    for r in used[1:]:
        row = rows[r]
        if any(c > width and not _blank_cell(x) for c, x in row.items()):
            raise MustRefuse(f"row {r} longer than the header")
        code = row.get(index["region_code"])
        if isinstance(code, float) and code.is_integer():
            code = int(code)
        if _blank_cell(code) or isinstance(code, float):
            raise MustRefuse(f"row {r}: code {code!r}")
        try:
            code = resolve_region(str(code).strip())
        except KadDataError:
            raise MustRefuse(f"row {r}: code {code!r}") from None
        year = row.get(index["year"])
        if isinstance(year, float) and year.is_integer():
            year = int(year)
        if isinstance(year, str) and year.strip().isdigit():
            year = int(year)
        if not isinstance(year, int) or not v.YEAR_RANGE[0] <= year <= v.YEAR_RANGE[1]:
            raise MustRefuse(f"row {r}: year {year!r}")
        ind = row.get(index["indicator"])
        if _blank_cell(ind):
            raise MustRefuse(f"row {r}: no indicator")
        if not isinstance(ind, str):
            raise Unclear(f"row {r}: indicator {ind!r}")
        value = row.get(index["value"])
        if _blank_cell(value) or (isinstance(value, str) and v.is_missing(value)):
            value = float("nan")
        elif isinstance(value, str):
            if not _PLAIN_NUMBER.fullmatch(value.strip()):
                raise Unclear(f"row {r}: value text {value!r}")
            value = float(value)
        value = float(value)
        if math.isinf(value):
            raise MustRefuse(f"row {r}: infinite value")
        if value < 0:
            raise Unclear(f"row {r}: negative value (allowed for signed indicators)")
        unit = row.get(index["unit"]) if "unit" in index and not unit_ignored else None
        if not (unit is None or isinstance(unit, str)):
            raise Unclear(f"row {r}: unit {unit!r}")
        out.append((code, year, ind.strip(), value, "" if unit is None else unit.strip()))
    keys = [o[:3] for o in out]
    if len(set(keys)) < len(keys):
        raise MustRefuse("a row twice")
    if not out:
        raise MustRefuse("no data rows")
    table = pd.DataFrame(
        {
            "region_code": [o[0] for o in out],
            "year": pd.array([o[1] for o in out], dtype="int64"),
            "indicator": [o[2] for o in out],
            "sector_code": [""] * len(out),
            "value": [o[3] for o in out],
            "unit": [o[4] for o in out],
            "source": [file] * len(out),
        }
    )
    return table, unit_ignored


def test_the_xlsx_oracle_reads_what_the_cells_say(work):
    """The oracle itself, on a hand-made sheet: a moved cell, a lost cell, a stray cell."""
    records = [("3302", 2015, "ipm", "71.5", "indeks"), ("3303", 2015, "ipm", "-", "persen")]
    f = work / "oracle.xlsx"
    render_xlsx(records, True, f)
    data = f.read_bytes()
    header = ["kode", "tahun", "indikator", "nilai", "satuan"]
    table, _ = xlsx_says(data, header, True, "oracle.xlsx")
    assert frames_equal(table, expected(records, True, "oracle.xlsx"))

    def edit(old: bytes, new: bytes) -> bytes:
        zin, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zout:
            for info in zin.infolist():
                body = zin.read(info.filename)
                if info.filename == "xl/worksheets/sheet1.xml":
                    assert old in body
                    body = body.replace(old, new, 1)
                zout.writestr(info, body)
        return buf.getvalue()

    lost = edit(b'<c r="D2" t="n"><v>71.5</v></c>', b"")
    assert math.isnan(xlsx_says(lost, header, True, "x")[0]["value"][0])  # the file has no D2
    with pytest.raises(MustRefuse):
        xlsx_says(edit(b'<c r="E2"', b'<c r="F2"'), header, True, "x")  # beyond the header
    with pytest.raises(MustRefuse):
        xlsx_says(edit(b"<v>3303</v>", b"<v>3302</v>"), header, True, "x")  # a key twice
    with pytest.raises(MustRefuse):
        xlsx_says(edit(b'r="D2"', b'r="D3"'), header, True, "x")  # a cell of another row
    with pytest.raises(MustRefuse):
        xlsx_says(edit(b'<row r="3">', b'<row r="2">'), header, True, "x")  # rows out of order


@settings(FUZZ, max_examples=n(300))
@given(
    table=tables(),
    kind=st.sampled_from(XLSX_MUTATIONS),
    pos=st.integers(0, 10**6),
    byte=st.integers(0, 255),
)
def test_damaged_xlsx_is_refused_or_read_traceably(work, table, kind, pos, byte):
    records, with_unit = table
    f = work / "bad.xlsx"
    render_xlsx(records, with_unit, f)
    data = f.read_bytes()
    orig = expected(records, with_unit, "bad.xlsx")
    sheet_name = "xl/worksheets/sheet1.xml"
    if kind == "truncate":
        mutated = data[: pos % len(data)]
    elif kind == "flip_zip":
        p = pos % len(data)
        mutated = data[:p] + bytes([byte]) + data[p + 1 :]
    else:
        zin = zipfile.ZipFile(io.BytesIO(data))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                body = zin.read(info.filename)
                if info.filename == sheet_name:
                    p = pos % len(body)
                    if kind == "drop_member":
                        continue
                    if kind == "xml_cut":
                        body = body[:p] + body[p + 1 + byte % 40 :]
                    elif kind == "xml_garbage":
                        body = body[:p] + b"<x" + bytes([byte]) + body[p:]
                    elif kind == "xml_flip":
                        body = body[:p] + bytes([byte]) + body[p + 1 :]
                    elif kind == "xml_dup_row":
                        rows = re.findall(rb"<row [^>]*>.*?</row>", body)
                        if len(rows) > 1:
                            r = rows[1 + pos % (len(rows) - 1)]
                            body = body.replace(r, r + r, 1)
                    elif kind == "xml_ref":
                        refs = re.findall(rb'r="[A-Z]+\d+"', body)
                        if refs:
                            body = body.replace(refs[pos % len(refs)], b'r="XFD1048576"', 1)
                    elif kind == "xml_digit":  # one character of a stored value or text
                        spans = [m.span(1) for m in re.finditer(rb"<(?:v|t)>([^<]+)<", body)]
                        a, b = spans[pos % len(spans)]
                        k = a + byte % (b - a)
                        body = (
                            body[:k] + b"0123456789.-e x"[byte % 15 : byte % 15 + 1] + body[k + 1 :]
                        )
                    elif kind == "xml_move_cell":  # a cell's address names another column or row
                        refs = list(re.finditer(rb'<c r="([A-Z]+)(\d+)"', body))
                        m = refs[pos % len(refs)]
                        col, row = m.group(1), int(m.group(2))
                        new = (
                            bytes([65 + byte % 6]) + m.group(2)
                            if byte % 3
                            else col + str(row + 1 + byte % 2).encode()
                        )
                        body = body[: m.start(1)] + new + body[m.end(2) :]
                    elif kind == "xml_drop_cell":
                        cells_xml = list(re.finditer(rb"<c [^>]*>.*?</c>", body))
                        m = cells_xml[pos % len(cells_xml)]
                        body = body[: m.start()] + body[m.end() :]
                    elif kind == "xml_row_number":
                        rows_xml = list(re.finditer(rb'<row r="(\d+)"', body))
                        m = rows_xml[pos % len(rows_xml)]
                        body = body[: m.start(1)] + str(1 + byte % 9).encode() + body[m.end(1) :]
                    elif kind == "xml_dimension":
                        body = re.sub(
                            rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', body
                        )
                zout.writestr(info, body)
        mutated = buf.getvalue()
    f.write_bytes(mutated)
    count(f"xlsx_{kind}")
    header = ["kode", "tahun", "indikator", "nilai"] + (["satuan"] if with_unit else [])
    try:
        says, unit_ignored = xlsx_says(mutated, header, with_unit, "bad.xlsx")
    except MustRefuse as why:
        says = why
    except Unclear as why:
        says = None  # the file is ambiguous: refusing it or any load that meets the contract
        UNCLEAR.append((kind, str(why)))
    try:
        out = read(f)
    except KadDataError as err:
        assert err.key in v.REASONS, err.key
        assert kind != "xml_dimension", (kind, err)  # a wrong stored used range is never trusted
        count("xlsx_refused")
        return
    schema_ok(out)
    count("xlsx_loaded")
    assert not isinstance(says, MustRefuse), (kind, str(says), out)
    if kind == "xml_dimension":
        assert frames_equal(out, orig), (kind, out)
    if says is None:
        count("xlsx_unclear")
        return
    # the load is exactly what the damaged file's cells say: no shifted cell, no silent NaN,
    # no value from another row or column
    if unit_ignored:
        assert any("ignored" in w or "diabaikan" in w for w in WARNED), (mutated, out)
    assert frames_equal(out, says), (kind, says, out)
    count("xlsx_traced")


# ----------------------------------------------------------------------------- BPS exports
SAMPLE = os.path.join(os.path.dirname(__file__), "data", "bps_pdrb_adhk_provinsi_2023_sample.csv")
BPS_MUTATIONS = [
    "flip",
    "truncate",
    "dup_row",
    "extra_cell",
    "drop_cell",
    "short_header",
    "huge",
    "reencode",
    "delim",
    "insert_byte",
    "header_flip",
    "header_drop_cell",
    "header_insert_cell",
    "header_swap",
    "header_digit",
]
_BPS_SECTOR = re.compile(r"^((?:[A-U],)*[A-U])\s+(.+)$")
_BPS_TOTALS = ("produk domestik regional bruto", "pdrb", "produk domestik bruto")
_PLAIN_DECIMAL = re.compile(r"[+-]?\d+(\.\d+)?")


def bps_says(data: bytes, file: str) -> pd.DataFrame:
    """What a (damaged) BPS dynamic-table CSV says, read here with the csv module, cell by cell.

    The layout is BPS's: a stub row, the title, a row of sector labels, one of years and one
    of periods (each label standing over the columns up to the next), then one row per
    region.  Every value is traced to its row (the region) and its column (sector, year,
    period).  A BPS export is a full cross table: every sector has the same years and
    periods, every header row and every region row the same width.  Raises
    :class:`MustRefuse` when the file breaks that layout, :class:`Unclear` when its meaning
    is not plain.
    """
    import csv

    from kadlib.io import SECTOR_CODES
    from kadlib.regions import resolve_region

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if "\x00" in text or text.startswith("\ufeff") or "\r" in text:
        raise Unclear("NUL, BOM or CR")
    try:
        rows = [
            [c.strip() for c in r]
            for r in csv.reader(io.StringIO(text, newline=""), strict=True)
            if "".join(r).strip()
        ]
    except csv.Error as exc:
        raise MustRefuse(f"csv: {exc}") from None
    if len(rows) < 4:
        raise MustRefuse("too few rows")
    first = next((i for i in range(2, len(rows)) if rows[i] and rows[i][0] != ""), None)
    if first is None or first < 4:
        raise MustRefuse("no header rows")
    if first > 5:
        raise Unclear("more than three header rows")
    width = max(len(h) for h in rows[2:first])
    heads = [h + [""] * (width - len(h)) for h in rows[2:first]]  # a short header row: blank cells
    for r in rows[first:]:
        if len(r) < width or any(c != "" for c in r[width:]):
            raise MustRefuse("a region row of another width than the header")  # cells shifted
    data_rows = [r[:width] for r in rows[first:]]

    def ffill(cells):
        out, last = [], ""
        for c in cells:
            last = c or last
            out.append(last)
        return out

    cats, years = ffill(heads[0]), ffill(heads[1])
    periods = ffill(heads[2]) if len(heads) > 2 else ["Tahunan"] * width
    columns, seen = [], set()
    for j in range(1, width):
        if not cats[j]:
            continue
        m = _BPS_SECTOR.match(cats[j])
        if m and m.group(1) in SECTOR_CODES:
            code = m.group(1)
        elif cats[j].lower() in _BPS_TOTALS:
            code = "TOTAL"
        else:
            raise MustRefuse(f"sector label {cats[j]!r}")
        if not re.fullmatch(r"\d{4}", years[j]):
            if re.fullmatch(r"\d{4}\.0*", years[j]):
                raise Unclear(f"year {years[j]!r}")
            raise MustRefuse(f"year {years[j]!r}")
        year = int(years[j])
        if not v.YEAR_RANGE[0] <= year <= v.YEAR_RANGE[1]:
            raise MustRefuse(f"year {year}")
        key = (code, year, periods[j] or "Tahunan")
        if key in seen:
            raise MustRefuse(f"column {key} twice")
        seen.add(key)
        columns.append((j, *key))
    if not columns:
        raise MustRefuse("no sector columns")
    per_sector: dict = {}
    for _, code, year, period in columns:
        per_sector.setdefault(code, set()).add((year, period))
    if len({frozenset(x) for x in per_sector.values()}) > 1:
        raise MustRefuse("sectors with different years or periods")  # labels shifted
    stub = rows[0][0] if rows[0] else ""
    kinds = {"provinsi"} if stub.lower().startswith("prov") else {"kabupaten", "kota"}
    title = next((c for c in rows[1] if c != ""), "")
    out, regions = [], set()
    for r in data_rows:
        name = r[0]
        try:
            code = resolve_region(name, kinds=kinds)
        except KadDataError:
            code = None
        if (code or name) in regions:
            raise MustRefuse(f"region {name!r} twice")
        regions.add(code or name)
        for j, sector, year, period in columns:
            cell = r[j]
            if v.is_missing(cell):
                value = float("nan")
            elif _PLAIN_DECIMAL.fullmatch(cell):
                value = float(cell)
            elif re.search(r"[^\d.,+\-eE ]", cell):
                raise MustRefuse(f"value {cell!r}")
            else:
                raise Unclear(f"value {cell!r}")
            out.append((name, code, year, period, sector, value))
    lowered = title.lower()
    unit = re.search(r"\(([^()]*rupiah[^()]*)\)", title, flags=re.I)
    return pd.DataFrame(
        {
            "region_name": [o[0] for o in out],
            "region_code": pd.array([o[1] for o in out], dtype="string"),
            "year": np.array([o[2] for o in out], dtype="int64"),
            "period": [o[3] for o in out],
            "sector_code": [o[4] for o in out],
            "value": [o[5] for o in out],
            "unit": unit.group(1).lower().replace("milyar", "miliar") if unit else "",
            "price_basis": "ADHK"
            if "konstan" in lowered
            else "ADHB"
            if "berlaku" in lowered
            else "",
            "source": f"{file}: {title}",
        }
    )


def test_the_bps_oracle_reads_the_sample_like_the_reader(bps_original):
    says = bps_says(open(SAMPLE, "rb").read(), "bps_pdrb_adhk_provinsi_2023_sample.csv")
    pd.testing.assert_frame_equal(says, bps_original)
    lines = open(SAMPLE, encoding="utf-8").read().rstrip("\n").split("\n")
    cells = lines[2].split(",")
    shifted = ",".join(cells[:2] + cells[3:])  # one cell lost in the sector row: labels move left
    with pytest.raises(MustRefuse):
        bps_says(("\n".join([*lines[:2], shifted, *lines[3:]]) + "\n").encode(), "x.csv")


@pytest.fixture(scope="module")
def bps_original():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return kadlib.read_bps_table(SAMPLE)


@settings(FUZZ, max_examples=n(700))
@given(kind=st.sampled_from(BPS_MUTATIONS), pos=st.integers(0, 10**7), byte=st.integers(0, 255))
def test_damaged_bps_export_is_refused_or_read_traceably(work, bps_original, kind, pos, byte):
    data = open(SAMPLE, "rb").read()
    text = data.decode("utf-8")
    lines = text.rstrip("\n").split("\n")
    first_data = 5  # stub, title, categories, years, periods
    i = first_data + pos % (len(lines) - first_data)
    must_fail, touched = False, None
    if kind == "flip":
        p = pos % len(data)
        mutated = data[:p] + bytes([byte]) + data[p + 1 :]
        touched = data[:p].count(b"\n")
    elif kind == "insert_byte":
        p = pos % len(data)
        mutated = data[:p] + bytes([byte]) + data[p:]
        touched = data[:p].count(b"\n")
    elif kind == "truncate":
        mutated = data[: pos % len(data)]
        touched = "prefix"
    elif kind == "dup_row":
        mutated = ("\n".join(lines[: i + 1] + [lines[i]] + lines[i + 1 :]) + "\n").encode()
        must_fail = True
    elif kind == "extra_cell":
        cells = lines[i].split(",")
        j = 1 + pos % (len(cells) - 1)
        lines[i] = ",".join(cells[:j] + [str(byte)] + cells[j:])
        mutated = ("\n".join(lines) + "\n").encode()
        must_fail = True
    elif kind == "drop_cell":
        cells = lines[i].split(",")
        j = 1 + pos % (len(cells) - 1)
        lines[i] = ",".join(cells[:j] + cells[j + 1 :])
        mutated = ("\n".join(lines) + "\n").encode()
        must_fail = True
    elif kind == "short_header":
        h = 2 + pos % 3
        lines[h] = lines[h][: max(1, byte * 2)]
        mutated = ("\n".join(lines) + "\n").encode()
        touched = "header"
    elif kind == "huge":
        cells = lines[i].split(",")
        j = 1 + pos % (len(cells) - 1)
        cells[j] = "1e400"
        lines[i] = ",".join(cells)
        mutated = ("\n".join(lines) + "\n").encode()
        must_fail = True
    elif kind == "reencode":
        mutated = text.encode(["utf-16", "utf-8-sig", "cp1252"][byte % 3])
        touched = "none"
    elif kind in (
        "header_flip",
        "header_digit",
    ):  # one character of the stub, title or a header row
        head_end = sum(len(ln) + 1 for ln in lines[:first_data])
        p = pos % head_end
        if kind == "header_digit":
            digits = [m.start() for m in re.finditer(r"\d", text[:head_end])]
            p = digits[pos % len(digits)]
        new = bytes([byte]) if kind == "header_flip" else str(byte % 10).encode()
        mutated = data[:p] + new + data[p + 1 :]
        touched = "header"
    elif kind in ("header_drop_cell", "header_insert_cell", "header_swap"):
        import csv

        h = 2 + pos % 3
        cells = next(csv.reader([lines[h]]))
        j = 1 + pos % (len(cells) - 1)
        if kind == "header_drop_cell":
            cells = cells[:j] + cells[j + 1 :]
        elif kind == "header_insert_cell":
            cells = cells[:j] + [["", "2023", "Tahunan"][byte % 3]] + cells[j:]
        else:
            k = 1 + byte % (len(cells) - 1)
            cells[j], cells[k] = cells[k], cells[j]
        out_line = io.StringIO()
        csv.writer(out_line, lineterminator="").writerow(cells)
        lines[h] = out_line.getvalue()
        mutated = ("\n".join(lines) + "\n").encode()
        touched = "header"
    else:  # the whole file with ';' (Excel in an Indonesian locale), and maybe decimal commas
        import csv

        rows = list(csv.reader(io.StringIO("\n".join(lines))))
        if byte % 2:
            rows = [[re.sub(r"^(\d+)\.(\d+)$", r"\1,\2", c) for c in r] for r in rows]
        mutated = "\n".join(";".join(r) for r in rows).encode()
        touched = "none"
    f = work / "bps.csv"
    f.write_bytes(mutated)
    count(f"bps_{kind}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = kadlib.read_bps_table(f)
    except KadDataError as err:
        assert err.key in v.REASONS, err.key
        count("bps_refused")
        return
    assert not must_fail, (kind, out)
    count("bps_loaded")
    assert not np.isinf(out["value"].to_numpy(dtype=float)).any()
    assert not out.duplicated(["region_name", "year", "period", "sector_code"]).any()
    if touched == "none":
        pd.testing.assert_frame_equal(
            out.drop(columns="source"), bps_original.drop(columns="source")
        )
        return
    # every other load is exactly what the damaged file's cells say: each value from its own
    # row and column, no shifted label, no silent NaN, no region or column lost
    try:
        says = bps_says(mutated, "bps.csv")
    except MustRefuse as why:
        raise AssertionError(f"{kind}: loaded a file that says {why}") from None
    except Unclear:
        count("bps_unclear")
        return
    pd.testing.assert_frame_equal(out, says)
    count("bps_traced")


# ----------------------------------------------------------------------------- boundaries
@pytest.fixture(scope="module")
def geo_original():
    g = kadlib.load_regions(group="Kartamantul")[["region_code", "geometry"]]
    g["geometry"] = g.geometry.simplify(0.01)  # small files: fast cases
    return g


GEO_MUTATIONS = [
    "flip",
    "truncate",
    "reencode",
    "swap_axes",
    "shift_lon",
    "projected",
    "to_point",
    "to_line",
    "open_ring",
    "dup_feature",
    "null_code",
    "number_code",
    "drop_features",
    "huge_coord",
    "bad_code",
    "drop_geometry",
    "crs_member",
]


@settings(FUZZ, max_examples=n(450))
@given(kind=st.sampled_from(GEO_MUTATIONS), pos=st.integers(0, 10**7), byte=st.integers(0, 255))
def test_damaged_geojson_is_refused_or_read_correctly(work, geo_original, kind, pos, byte):
    doc = json.loads(geo_original.to_json(drop_id=True))
    doc.pop("crs", None)
    feats = doc["features"]
    i = pos % len(feats)
    must_fail, exact = False, False
    geom = feats[i]["geometry"]

    def rings(g):
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        return [ring for poly in polys for ring in poly]

    if kind == "swap_axes":
        for ft in feats:
            for ring in rings(ft["geometry"]):
                ring[:] = [[y, x] for x, y in ring]
        must_fail = True
    elif kind == "shift_lon":
        for ring in rings(geom):
            ring[:] = [[x + 360, y] for x, y in ring]
        must_fail = True
    elif kind == "projected":
        for ft in feats:
            for ring in rings(ft["geometry"]):
                ring[:] = [[x * 1e4, y * 1e5] for x, y in ring]
        must_fail = True
    elif kind == "to_point":
        feats[i]["geometry"] = {"type": "Point", "coordinates": rings(geom)[0][0]}
        must_fail = True
    elif kind == "to_line":
        feats[i]["geometry"] = {"type": "LineString", "coordinates": rings(geom)[0]}
        must_fail = True
    elif kind == "open_ring":
        rings(geom)[0].pop()
        must_fail = True
    elif kind == "dup_feature":
        feats.append(json.loads(json.dumps(feats[i])))
        must_fail = True
    elif kind == "null_code":
        feats[i]["properties"]["region_code"] = None
        must_fail = True
    elif kind == "bad_code":
        feats[i]["properties"]["region_code"] = ["9999x", "33", "0000", ""][byte % 4]
        must_fail = byte % 4 != 1  # "33" is the province 3300: a valid code
    elif kind == "number_code":
        feats[i]["properties"]["region_code"] = int(feats[i]["properties"]["region_code"])
        exact = True
    elif kind == "drop_features":
        doc["features"] = []
        must_fail = True
    elif kind == "huge_coord":
        rings(geom)[0][1] = [1e308 * 10 if byte % 2 else 1e300, -7.0]
        must_fail = True
    elif kind == "drop_geometry":
        feats[i]["geometry"] = None
        must_fail = True
    elif kind == "crs_member":
        doc["crs"] = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32749"}}
        must_fail = True
    text = json.dumps(doc)
    data = text.encode()
    if kind == "flip":
        p = pos % len(data)
        data = data[:p] + bytes([byte]) + data[p + 1 :]
    elif kind == "truncate":
        data = data[: pos % len(data)]
        must_fail = True
    elif kind == "reencode":
        data = text.encode(["utf-16", "utf-16-le", "utf-8-sig", "cp1252"][byte % 4])
        exact = True
    f = work / "b.geojson"
    f.write_bytes(data)
    count(f"geo_{kind}")
    try:
        out = kadlib.read_boundaries(f)
    except KadDataError as err:
        assert err.key in v.REASONS, err.key
        count("geo_refused")
        return
    assert not must_fail, (kind, data[:300])
    count("geo_loaded")
    assert out["region_code"].isin(v.region_codes()).all() and out["region_code"].is_unique
    assert out.geom_type.isin(["Polygon", "MultiPolygon"]).all() and out.is_valid.all()
    lon0, lat0, lon1, lat1 = v.INDONESIA_BOUNDS
    b = out.total_bounds
    assert lon0 <= b[0] and b[2] <= lon1 and lat0 <= b[1] and b[3] <= lat1
    if exact or kind not in ("flip", "bad_code"):
        assert out["region_code"].tolist() == geo_original["region_code"].tolist()
        assert out.geometry.geom_equals_exact(
            geo_original.geometry.reset_index(drop=True), 1e-9
        ).all()


SHP_MUTATIONS = [
    "truncate",
    "flip",
    "drop_dbf",
    "drop_shx",
    "drop_prj",
    "two_shp",
    "nested",
    "junk_member",
]


@pytest.fixture(scope="module")
def shp_zip(work, geo_original):
    folder = work / "shp"
    folder.mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        geo_original.to_file(folder / "k.shp")
    return {
        ext: (folder / f"k.{ext}").read_bytes()
        for ext in ("shp", "shx", "dbf", "prj", "cpg")
        if (folder / f"k.{ext}").exists()
    }


@settings(FUZZ, max_examples=n(200))
@given(kind=st.sampled_from(SHP_MUTATIONS), pos=st.integers(0, 10**7), byte=st.integers(0, 255))
def test_damaged_zipped_shapefile_is_refused_or_read_correctly(
    work, geo_original, shp_zip, kind, pos, byte
):
    members = dict(shp_zip)
    names = {f"k.{e}": b for e, b in members.items()}
    if kind == "drop_dbf":
        names.pop("k.dbf")
    elif kind == "drop_shx":
        names.pop("k.shx")
    elif kind == "drop_prj":
        names.pop("k.prj")
    elif kind == "two_shp":
        names.update({f"b.{e}": b for e, b in members.items()})
    elif kind == "nested":
        names = {f"folder/{k}": b for k, b in names.items()}
    elif kind == "junk_member":
        names["readme.txt"] = bytes([byte]) * 10
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, b in names.items():
            z.writestr(k, b)
    data = buf.getvalue()
    if kind == "truncate":
        data = data[: pos % len(data)]
    elif kind == "flip":
        p = pos % len(data)
        data = data[:p] + bytes([byte]) + data[p + 1 :]
    f = work / "s.zip"
    f.write_bytes(data)
    count(f"shp_{kind}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = kadlib.read_boundaries(f)
    except KadDataError as err:
        assert err.key in v.REASONS, err.key
        if kind == "two_shp":
            assert err.key == "err_several_layers" and "layer=" in str(err)
        count("shp_refused")
        return
    count("shp_loaded")
    assert kind not in ("two_shp", "drop_prj", "drop_dbf", "drop_shx", "truncate"), kind
    assert out["region_code"].isin(v.region_codes()).all()
    if kind != "flip":
        assert out["region_code"].tolist() == geo_original["region_code"].tolist()
        assert out.geometry.geom_equals_exact(
            geo_original.geometry.reset_index(drop=True), 1e-9
        ).all()


def test_fuzz_case_counts_are_in_the_thousands():
    """Runs last in this module: the fuzzers above ran thousands of cases (printed with -s)."""
    total = sum(
        c for k, c in COUNTS.items() if not k.endswith(("refused", "loaded", "traced", "unclear"))
    )
    print("\nfuzz cases:", total, dict(sorted(COUNTS.items())))
    # nearly every damaged XLSX or BPS file that loads is one whose cells say one thing, and was traced
    for kind in ("xlsx", "bps"):
        unclear, loaded = COUNTS.get(f"{kind}_unclear", 0), COUNTS.get(f"{kind}_loaded", 0)
        assert unclear <= max(3, loaded // 10), (kind, unclear, loaded, UNCLEAR)
    ran_all = {k.split("_")[0] for k in COUNTS} >= {"csv", "xlsx", "bps", "geo", "shp"}
    if SCALE >= 1 and ran_all:
        assert total >= 3000
