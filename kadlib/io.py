"""Read the user's own data: tables (CSV/XLSX), boundaries, BPS dynamic-table exports.

Every reader validates what it reads (the declarations and checks are in
:mod:`kadlib.validate`) and raises one :class:`~kadlib.errors.KadDataError`
listing **every** problem of the table (``err.problems``; the message shows the
first five), each naming the file, row, column and value, so that an analyst
(or a trainer in a workshop) can fix the file and try again.  No exception of
pandas, openpyxl, pyogrio, GEOS, zipfile or the csv module reaches the user:
a damaged file is a ``KadDataError`` too.

Row numbers in messages are those a person sees: in a CSV the header is
line 1, so the first data row is row 2; in Excel, the row number Excel shows.

Files are decoded as UTF-8 (with or without BOM), UTF-16/UTF-32 (with BOM, or
UTF-16 without one), and otherwise as Windows-1252/Latin-1 (what older Excel
versions write).  The missing-value rule and the decimal-separator rule are
those of :mod:`kadlib.validate`.
"""

from __future__ import annotations

import csv
import io as _io
import re
import warnings
import zipfile
from pathlib import Path

from . import i18n
from . import validate as v
from .errors import KadDataError, check_option
from .regions import region_name, resolve_region

YEAR_RANGE = v.YEAR_RANGE

#: Sector codes of the 17 BPS categories (PDRB by industry, 2010 base) and the total.
SECTOR_CODES = v.BPS_CATEGORIES
TOTAL = "TOTAL"

#: Indicators that may legitimately be negative (growth rates, changes).
SIGNED_INDICATORS = v.TIDY.signed_indicators


# ----------------------------------------------------------------------------- files
def _check_file(path, suffixes=None) -> Path:
    path = Path(path)
    if not path.is_file():
        raise KadDataError("err_file_missing", file=path)
    if suffixes is not None and path.suffix.lower() not in suffixes:
        raise KadDataError(
            "err_file_type",
            file=path.name,
            value=path.suffix,
            allowed=("allow_list", {"items": ", ".join(suffixes)}),
        )
    try:
        path.open("rb").close()
    except OSError as exc:  # permission denied, locked by another program ...
        raise KadDataError(
            "err_file_unreadable",
            file=path.name,
            detail=type(exc).__name__,
            allowed=("allow_readable", {}),
        ) from None
    size = path.stat().st_size
    if size > v.MAX_FILE_BYTES:
        raise KadDataError(
            "err_file_too_large",
            file=path.name,
            value=f"{size / 2**20:.0f} MB",
            allowed=("allow_file_size", {"mb": v.MAX_FILE_BYTES // 2**20}),
        )
    return path


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:  # permission denied, a file being synced, a device error ...
        raise KadDataError(
            "err_file_unreadable",
            file=path.name,
            detail=type(exc).__name__,
            allowed=("allow_readable", {}),
        ) from None


def parse_number(text, *, file=None, row=None, column=None) -> float:
    """Parse one published number: decimal point, no thousands separator; missing cells are NaN.

    The missing-value rule is :func:`kadlib.validate.is_missing` (empty, ``-``, ``n/a``, ``NaN`` ...).

    Examples
    --------
    >>> parse_number("1234.5"), parse_number(" 12407 ")
    (1234.5, 12407.0)
    >>> import math; math.isnan(parse_number("-")) and math.isnan(parse_number("n/a"))
    True
    >>> parse_number("1.234,5", file="x.csv", row=3, column="value")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'x.csv', baris 3, kolom 'value', nilai '1.234,5': nilai bukan angka...
    """
    problems = v.Problems(file)
    out = v.parse_values([text], [row], column, problems)
    problems.raise_if_any()
    return float(out[0])


def decode_text(data: bytes, file=None) -> str:
    """Decode the bytes of a text file (see the module docstring for the encodings tried).

    Examples
    --------
    >>> decode_text("kode,nilai\\n".encode("utf-16")), decode_text(b"\\xef\\xbb\\xbfa"), decode_text(b"caf\\xe9")
    ('kode,nilai\\n', 'a', 'café')
    """
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    )
    encoding = next((enc for bom, enc in boms if data.startswith(bom)), None)
    if encoding is None and len(data) >= 4:
        head = data[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            encoding = "utf-16-le"
        elif even > len(head) // 4 and odd == 0:
            encoding = "utf-16-be"
    try:
        if encoding is not None:
            text = data.decode(encoding)
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
    except UnicodeDecodeError as exc:
        raise KadDataError(
            "err_file_encoding",
            file=file,
            detail=i18n.Phrase("enc_byte", encoding=encoding, pos=exc.start),
            allowed=("allow_encoding", {}),
        ) from None
    if "\x00" in text:
        raise KadDataError("err_binary_file", file=file, allowed=("allow_encoding", {}))
    return text


def _sniff_delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    # count outside quotes
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _csv_records(path: Path, text: str | None = None):
    """Rows of a CSV as ``[(row number, [cells])]`` and its delimiter; blank rows dropped."""
    if text is None:
        text = decode_text(_read_bytes(path), path.name)
    longest = max(map(len, text.split("\n"))) if text else 0
    if longest > v.MAX_LINE_CHARS:
        line = next(i for i, ln in enumerate(text.split("\n"), 1) if len(ln) > v.MAX_LINE_CHARS)
        raise KadDataError(
            "err_line_too_long",
            file=path.name,
            row=line,
            value=longest,
            allowed=("allow_line_length", {"n": i18n.Number(v.MAX_LINE_CHARS)}),
        )
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(
        _io.StringIO(text, newline=""), delimiter=delimiter, strict=True
    )  # "0.00"1 is refused
    records = []
    try:
        for n, cells in enumerate(reader, 1):
            if n > v.MAX_ROWS + 1:
                raise KadDataError(
                    "err_too_many_rows",
                    file=path.name,
                    row=n,
                    allowed=("allow_rows", {"n": i18n.Number(v.MAX_ROWS)}),
                )
            if "".join(cells).strip():
                records.append((n, cells))
    except csv.Error as exc:
        raise KadDataError(
            "err_csv_syntax",
            file=path.name,
            row=reader.line_num,
            detail=_csv_detail(exc),
            allowed=("allow_csv", {}),
        ) from None
    return records, delimiter


def _csv_detail(exc):
    """Python's csv error in words of both languages (its own English text when unknown)."""
    text = str(exc)
    limit = re.search(r"field larger than field limit \((\d+)\)", text)
    if limit:
        return i18n.Phrase("csv_field_limit", n=i18n.Number(int(limit.group(1))))
    for needle, key in (
        ("unexpected end of data", "csv_unexpected_end"),
        ("new-line character seen in unquoted field", "csv_newline_unquoted"),
        ("NUL", "csv_nul"),
    ):
        if needle in text:
            return i18n.Phrase(key)
    return text


def _xlsx_cell(value):
    """A cell of openpyxl as the readers want it: numbers and dates kept, the rest as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int | float):
        return value
    if hasattr(value, "year") and hasattr(value, "month"):
        return value  # a date: year columns know what to do with it
    return str(value)


def _zip_names(path: Path, damaged: tuple[str, str]) -> list[str]:
    """The member names of a zip (an XLSX is one), refusing a damaged or an over-large one.

    ``damaged`` is the (reason, allowed) pair of keys to say when the zip cannot be read.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            total = sum(i.file_size for i in zf.infolist())
    except Exception as exc:  # noqa: BLE001 - BadZipFile, NotImplementedError (zip version), OSError ...
        raise KadDataError(
            damaged[0], file=path.name, detail=type(exc).__name__, allowed=(damaged[1], {})
        ) from None
    if total > v.MAX_XLSX_UNCOMPRESSED:
        raise KadDataError(
            "err_file_too_large",
            file=path.name,
            value=f"{total / 2**20:.0f} MB",
            allowed=("allow_unzipped_size", {"mb": v.MAX_XLSX_UNCOMPRESSED // 2**20}),
        )
    return names


def _xlsx_records(path: Path, sheet=0):
    """Rows of one sheet as ``[(Excel row number, [cells])]``; refuses damaged or oversized files."""
    _zip_names(path, ("err_xlsx_damaged", "allow_xlsx"))
    import openpyxl

    records = []
    try:
        with (
            warnings.catch_warnings(),
            path.open("rb") as fh,
        ):  # our handle: closed even if openpyxl fails
            warnings.simplefilter("ignore")  # openpyxl's notes on styles and extensions
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
            try:
                names = wb.sheetnames
                if not names:
                    raise KadDataError(
                        "err_xlsx_damaged",
                        file=path.name,
                        detail=i18n.Phrase("xlsx_no_sheet"),
                        allowed=("allow_xlsx", {}),
                    )
                if isinstance(sheet, int) and not isinstance(sheet, bool):
                    check_option("sheet", sheet, range(len(names)), file=path.name)
                    ws = wb.worksheets[sheet]
                else:
                    check_option("sheet", sheet, names, file=path.name)
                    ws = wb[sheet]
                ws.reset_dimensions()  # never trust the stored used range (it may say XFD1048576)
                _check_sheet_order(ws, path.name)
                for n, row in enumerate(ws.iter_rows(values_only=True), 1):
                    if not row:
                        continue
                    if len(row) > v.MAX_COLUMNS and any(
                        c is not None and not (isinstance(c, str) and not c.strip())
                        for c in row[v.MAX_COLUMNS :]
                    ):
                        raise KadDataError(
                            "err_too_many_columns",
                            file=path.name,
                            row=n,
                            allowed=("allow_columns_n", {"n": v.MAX_COLUMNS}),
                        )
                    cells = [_xlsx_cell(c) for c in row[: v.MAX_COLUMNS]]
                    while cells and cells[-1] == "":
                        cells.pop()
                    if not cells:
                        continue
                    if len(cells) > v.MAX_COLUMNS:
                        raise KadDataError(
                            "err_too_many_columns",
                            file=path.name,
                            row=n,
                            allowed=("allow_columns_n", {"n": v.MAX_COLUMNS}),
                        )
                    if n > v.MAX_XLSX_ROWS + 1:
                        raise KadDataError(
                            "err_too_many_rows",
                            file=path.name,
                            row=n,
                            allowed=("allow_rows", {"n": i18n.Number(v.MAX_XLSX_ROWS)}),
                        )
                    if any(c != "" and not (isinstance(c, str) and not c.strip()) for c in cells):
                        records.append((n, cells))
            finally:
                wb.close()
    except KadDataError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure inside a damaged workbook (zlib, XML, KeyError ...)
        raise KadDataError(
            "err_xlsx_damaged",
            file=path.name,
            detail=type(exc).__name__,
            allowed=("allow_xlsx", {}),
        ) from None
    return records


def _column_index(letters: str) -> int:
    """``"A"`` → 1, ``"AB"`` → 28 (Excel's column letters)."""
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index


def _check_sheet_order(ws, file) -> None:
    """Refuse a sheet whose rows or cells are out of order, repeated or misplaced.

    Excel and LibreOffice write rows in ascending order, each cell once, inside its own row.
    openpyxl silently skips a row whose number is not above the previous one (a damaged
    ``<row r="4">`` after ``<row r="9">`` loses row 4 and every later row numbered below 9),
    keeps only the last of two cells at one address, and puts a cell that names another
    row (``D7`` inside row 3) into the row it sits in -- each a silent wrong answer.
    """
    import re
    import xml.etree.ElementTree as ET

    source = getattr(ws, "_get_source", None)
    if source is None:  # not a read-only sheet: nothing to check
        return
    ref = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")

    def damaged(detail):
        return KadDataError(
            "err_xlsx_damaged", file=file, detail=detail, allowed=("allow_xlsx", {})
        )

    last = 0
    with source() as src:
        for _, elem in ET.iterparse(src, events=("end",)):
            if not elem.tag.endswith("}row"):
                continue
            r = elem.get("r")
            number = int(r) if r is not None and r.isdigit() else last + 1
            if number <= last:
                raise damaged(i18n.Phrase("xlsx_row_order", row=number, last=last))
            last, columns, column = number, set(), 0
            for cell in elem:
                m = ref.fullmatch(cell.get("r") or "")
                if m is None:  # no address: the next cell (a bad address: openpyxl refuses)
                    column += 1
                else:
                    if int(m.group(2)) != number:
                        raise damaged(
                            i18n.Phrase("xlsx_cell_other_row", cell=m.group(0), row=number)
                        )
                    column = _column_index(m.group(1))
                if column in columns:
                    raise damaged(i18n.Phrase("xlsx_cell_twice", row=number, column=column))
                columns.add(column)
            elem.clear()


def _records(path: Path, sheet=0):
    """Rows of a CSV or XLSX, and whether a decimal comma is possible in the file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        records, delimiter = _csv_records(path)
        return records, delimiter != ","
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_records(path, sheet), True
    raise KadDataError(
        "err_file_type",
        file=path.name,
        value=path.suffix,
        allowed=("allow_list", {"items": ".csv, .xlsx"}),
    )


def _blank(c) -> bool:
    return c == "" or (isinstance(c, str) and not c.strip())


def _rectangle(records, width, file, problems, *, pad_short: bool):
    """Check each row against the header width; return the rows cut or padded to ``width``."""
    if all(len(c) == width for _, c in records):
        return records
    out = []
    for n, cells in records:
        if len(cells) > width:
            extra = [c for c in cells[width:] if not _blank(c)]
            if extra:
                problems.add(
                    "err_row_length",
                    row=n,
                    column=f"#{width + 1}",
                    value=extra[0],
                    cells=len(cells),
                    width=width,
                    allowed=("allow_row_length", {"width": width}),
                )
                continue
            cells = cells[:width]
        elif len(cells) < width:
            if not pad_short:
                problems.add(
                    "err_row_length",
                    row=n,
                    value=cells[-1] if cells else "",
                    cells=len(cells),
                    width=width,
                    allowed=("allow_row_length", {"width": width}),
                )
                continue
            cells = list(cells) + [""] * (width - len(cells))
        out.append((n, cells))
    return out


# ----------------------------------------------------------------------------- tables
def read_table(path, *, indicator=None, unit=None, sheet=0, allow_negative=False):
    """Read a user's table of regional data (CSV or XLSX), tidy or wide by year.

    Tidy tables have one row per value with the columns ``region_code`` (or
    ``region_name``), ``year``, ``indicator`` and/or ``sector_code``, ``value``
    and optionally ``unit`` and ``source``.  Wide tables have a region column
    (and ``indicator``/``sector_code``) and one column per year (``2019``,
    ``2020`` ...).  Indonesian column names are understood (``kode``,
    ``wilayah``, ``tahun``, ``indikator``, ``sektor``, ``nilai``, ``satuan``).
    When both a code and a name column are given, a name that belongs to another
    region than its code is refused.

    Parameters
    ----------
    path : str or Path
        A ``.csv`` (comma, semicolon or tab separated; UTF-8, UTF-16 or Latin-1)
        or ``.xlsx`` file.  The decimal comma is recognised per file (see
        :mod:`kadlib.validate`).
    indicator : str, optional
        Indicator name to use when the table has no ``indicator`` column.
    unit : str, optional
        Unit to use when the table has no ``unit`` column.
    sheet : int or str
        Sheet of an XLSX workbook.
    allow_negative : bool
        Accept negative values (growth rates ...).  Indicators known to be
        signed (e.g. ``laju_pertumbuhan_pdrb_adhk``) are always accepted.

    Returns
    -------
    pandas.DataFrame
        Tidy: ``region_code, year, indicator, sector_code, value, unit, source``.

    Raises
    ------
    KadDataError
        Every problem of the table at once (``err.problems``): missing or
        duplicate columns, rows longer or shorter than the header, unknown or
        ambiguous regions, a name contradicting its code, non-numeric, infinite or
        negative values, unknown sector codes, years out of range, duplicate
        rows; and damaged, oversized or undecodable files.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "ipm.csv"
    >>> _ = f.write_text("wilayah,2021,2022\\nBanyumas,71.96,72.54\\nKota Tegal,75.07,75.52\\n")
    >>> read_table(f, indicator="ipm", unit="indeks")[["region_code", "year", "value"]]
      region_code  year  value
    0        3302  2021  71.96
    1        3302  2022  72.54
    2        3376  2021  75.07
    3        3376  2022  75.52
    """
    import numpy as np
    import pandas as pd

    path = _check_file(path)
    file = path.name
    records, comma_allowed = _records(path, sheet)
    if not records:
        raise KadDataError("err_empty_table", file=file, allowed=("allow_nonempty", {}))
    header_row, header = records[0]
    header = [v.header_text(h).strip() for h in header]
    while header and not header[-1]:
        header.pop()
    problems = v.Problems(file)
    width = len(header)
    if width > v.MAX_COLUMNS:
        raise KadDataError(
            "err_too_many_columns",
            file=file,
            row=header_row,
            allowed=("allow_columns_n", {"n": v.MAX_COLUMNS}),
        )
    data = _rectangle(records[1:], width, file, problems, pad_short=path.suffix.lower() != ".csv")
    names = v.canonical_columns(header)
    keep = []
    for j, h in enumerate(header):
        if not h:
            filled = next(((n, c[j]) for n, c in data if not _blank(c[j])), None)
            if filled is not None:
                problems.add(
                    "err_unnamed_column",
                    row=header_row,
                    column=f"#{j + 1}",
                    value=filled[1],
                    allowed=("allow_header", {}),
                )
            continue
        keep.append(j)
    known = {c.name for c in v.TIDY.columns}
    ignored = []
    for j in keep:
        if v.has_control(header[j].lstrip("\ufeff")):
            problems.add(
                "err_control_char",
                row=header_row,
                column=f"#{j + 1}",
                value=header[j],
                allowed=("allow_no_control", {}),
            )
        elif names[j] not in known and not re.fullmatch(r"\d{4}", names[j]):
            ignored.append(header[j])
    if ignored:
        warnings.warn(
            i18n.t("warn_ignored_columns", file=file, items=", ".join(map(repr, ignored))),
            stacklevel=2,
        )
    seen: dict[str, int] = {}
    for j in keep:
        if names[j] in seen:
            problems.add(
                "err_duplicate_column",
                row=header_row,
                column=f"#{j + 1}",
                value=header[j],
                first=f"#{seen[names[j]] + 1} {header[seen[names[j]]]!r}",
                canon=names[j],
                allowed=("allow_unique_column", {}),
            )
        else:
            seen[names[j]] = j
    problems.raise_if_any()
    if not data:
        raise KadDataError("err_empty_table", file=file, allowed=("allow_nonempty", {}))

    rows = np.fromiter((n for n, _ in data), dtype="int64", count=len(data))
    columns = list(zip(*(c for _, c in data), strict=True))
    col = {names[j]: np.asarray(columns[j], dtype=object) for j in keep}
    present = ", ".join(header[j] for j in keep)

    region_col = (
        "region_code" if "region_code" in col else ("region_name" if "region_name" in col else None)
    )
    if region_col is None:
        raise KadDataError(
            "err_missing_columns",
            file=file,
            missing="region_code / region_name",
            allowed=(
                "allow_columns",
                {"required": "region_code|region_name, year, value", "present": present},
            ),
        )

    year_cols = [names[j] for j in keep if re.fullmatch(r"\d{4}", names[j])]
    cell_cols = None  # the column each value cell came from (for messages)
    if "year" not in col and year_cols:  # wide by year -> long
        if "value" in col:
            raise KadDataError(
                "err_duplicate_column",
                file=file,
                row=header_row,
                column="value",
                value=", ".join(year_cols[:3]),
                first="value",
                canon="value / year",
                allowed=("allow_wide_or_tidy", {}),
            )
        k = len(year_cols)
        wide = np.column_stack([col.pop(y) for y in year_cols])
        col = {c: np.repeat(a, k) for c, a in col.items()}
        col["year"] = np.tile(np.array(year_cols, dtype=object), len(rows))
        col["value"] = wide.ravel()
        cell_cols = np.tile(np.array(year_cols, dtype=object), len(rows))
        rows = np.repeat(rows, k)
    missing = [c for c in ("year", "value") if c not in col]
    if "indicator" not in col and "sector_code" not in col and indicator is None:
        missing.append("indicator")
    if missing:
        required = f"{region_col}, year, indicator, value"
        allowed = (
            "allow_columns_indicator" if missing == ["indicator"] else "allow_columns",
            {"required": required, "present": present},
        )
        raise KadDataError(
            "err_missing_columns", file=file, missing=", ".join(missing), allowed=allowed
        )

    n = len(rows)
    values = v.parse_values(
        col["value"],
        rows,
        "value" if cell_cols is None else cell_cols,
        problems,
        comma_allowed=comma_allowed,
        file=file,
    )
    texts = col["value"]

    codes = v.parse_codes(col[region_col], rows, region_col, problems, resolve=v.resolve_region)
    if region_col == "region_code" and "region_name" in col:
        _check_names(codes, col["region_name"], rows, problems)
    years = v.parse_years(col["year"], rows, "year", problems)
    if "indicator" in col:
        indicators = v.check_text(col["indicator"], rows, "indicator", problems, required=True)
    else:
        indicators = [indicator if indicator is not None else "pdrb_sektor"] * n
    if "sector_code" in col:
        sectors = v.parse_codes(
            col["sector_code"],
            rows,
            "sector_code",
            problems,
            resolve=v.resolve_sector,
            missing_ok=True,
        )
    else:
        sectors = [""] * n
    units = (
        v.check_text(col["unit"], rows, "unit", problems, required=False)
        if "unit" in col
        else [unit if unit is not None else ""] * n
    )
    sources = (
        [("" if v.is_missing(s) else str(s).strip()) or file for s in col["source"]]
        if "source" in col
        else [file] * n
    )

    if not allow_negative:
        neg = values < 0
        if neg.any():
            ind = np.asarray(indicators, dtype=object)
            neg &= ~np.isin(ind, list(SIGNED_INDICATORS))
            for i in np.flatnonzero(neg)[: problems.limit]:
                problems.add(
                    "err_negative",
                    row=int(rows[i]),
                    column="value" if cell_cols is None else str(cell_cols[i]),
                    value=texts[i],
                    allowed=("allow_nonnegative", {}),
                )

    out = pd.DataFrame(
        {
            "region_code": codes,
            "year": pd.array(years, dtype="int64"),
            "indicator": indicators,
            "sector_code": sectors,
            "value": values,
            "unit": units,
            "source": sources,
        }
    )
    key = ["region_code", "year", "indicator", "sector_code"]
    if not problems:
        dup = out.duplicated(key, keep="first").to_numpy()
        for i in np.flatnonzero(dup)[: problems.limit]:
            k = out.iloc[i]
            problems.add(
                "err_duplicate_rows",
                row=int(rows[i]),
                what=f"{k.region_code} / {k.year} / {k.indicator} {k.sector_code}".strip(),
                allowed=("allow_one_value", {}),
            )
    problems.raise_if_any()
    return out


def _check_names(codes, names, rows, problems, column="region_name") -> None:
    """A name beside a code must be that region's name (an unknown spelling is let through)."""
    seen: dict = {}
    for code, name, r in zip(codes, names, rows, strict=True):
        if not code or v.is_missing(name):
            continue
        key = (code, name)
        if key not in seen:
            try:
                other = resolve_region(name)
                seen[key] = None if other == code else f"{region_name(other)} ({other})"
            except KadDataError as err:
                ok = err.key != "err_ambiguous_region_name" or f"({code})" in str(
                    err.details.get("matches", "")
                )
                seen[key] = None if ok else err.details.get("matches")
        if seen[key] is not None:
            problems.add(
                "err_name_code_mismatch",
                row=int(r),
                column=column,
                value=name,
                code=code,
                other=seen[key],
                allowed=("allow_name_code", {}),
            )


# ----------------------------------------------------------------------------- boundaries
_CODE_COLUMNS = (
    "region_code",
    "kode",
    "kode_bps",
    "bps_code",
    "adm2",
    "kode_wilayah",
    "kode_kab",
    "kode_kabkota",
)
_GEO_SUFFIXES = (".geojson", ".json", ".gpkg", ".shp", ".zip")


def _code_column(columns, code_column):
    if code_column is not None:
        return code_column if code_column in columns else None
    lower = {str(c).lower(): c for c in columns}
    for name in _CODE_COLUMNS:
        if name in lower:
            return lower[name]
    for name in _CODE_COLUMNS:  # DBF cuts column names to 10 characters: region_cod, kode_wilay
        if len(name) > 10 and name[:10] in lower:
            return lower[name[:10]]
    return None


def _geo_source(path: Path, layer):
    """What to hand to pyogrio, after choosing the layer or shapefile; refuses ambiguous files."""
    import pyogrio

    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        text = decode_text(_read_bytes(path), path.name)
        if not text.strip():
            raise KadDataError("err_no_features", file=path.name, allowed=("allow_features", {}))
        return _io.BytesIO(text.encode("utf-8")), None
    if suffix == ".zip":
        all_names = _zip_names(path, ("err_geo_damaged", "allow_geo_file"))
        members = [
            m for m in all_names if m.lower().endswith(".shp") and not m.startswith("__MACOSX")
        ]
        if not members:
            raise KadDataError("err_no_features", file=path.name, allowed=("allow_features", {}))
        stems = [m[:-4] for m in members]
        if layer is None and len(members) > 1:
            raise KadDataError(
                "err_several_layers",
                file=path.name,
                items=", ".join(stems),
                allowed=("allow_layer", {"example": stems[0]}),
            )
        if layer is not None:
            by_name = {s: m for s, m in zip(stems, members, strict=True)}
            by_name.update({Path(s).name: m for s, m in zip(stems, members, strict=True)})
            check_option("layer", layer, list(by_name), file=path.name)
            member = by_name[layer]
        else:
            member = members[0]
        lowered = {m.lower() for m in all_names}
        for ext in (
            ".dbf",
            ".shx",
        ):  # a shapefile is three files; without them codes or shapes are lost
            if (member[:-4] + ext).lower() not in lowered:
                raise KadDataError(
                    "err_geo_damaged",
                    file=path.name,
                    detail=f"{Path(member).stem}{ext} ?",
                    allowed=("allow_shapefile", {}),
                ) from None
        return f"/vsizip/{path.resolve()}/{member}", None
    if suffix == ".shp":
        for ext in (".dbf", ".shx"):
            if not any(path.with_suffix(e).exists() for e in (ext, ext.upper())):
                raise KadDataError(
                    "err_geo_damaged",
                    file=path.name,
                    detail=f"{path.stem}{ext} ?",
                    allowed=("allow_shapefile", {}),
                )
    try:
        layers = [str(x[0]) for x in pyogrio.list_layers(path)]
    except Exception as exc:  # noqa: BLE001 - a damaged GeoPackage or shapefile
        raise KadDataError(
            "err_geo_damaged",
            file=path.name,
            detail=type(exc).__name__,
            allowed=("allow_geo_file", {}),
        ) from None
    if layer is not None:
        check_option("layer", layer, layers, file=path.name)
        return path, layer
    if len(layers) > 1:
        raise KadDataError(
            "err_several_layers",
            file=path.name,
            items=", ".join(layers),
            allowed=("allow_layer", {"example": layers[0]}),
        )
    return path, None


def read_boundaries(path, *, code_column=None, crs=None, make_valid=False, layer=None):
    """Read boundary polygons (GeoJSON, GeoPackage, a shapefile or a zipped shapefile).

    Parameters
    ----------
    path : str or Path
        ``.geojson``/``.json``, ``.gpkg``, ``.shp`` or ``.zip`` (a zipped shapefile).
    code_column : str, optional
        Column with BPS codes; by default the first of ``region_code``, ``kode``,
        ``kode_bps``, ``bps_code``, ``adm2``, ``kode_wilayah`` that exists (also as
        the DBF format cuts them: ``region_cod``, ``kode_wilay``).  Codes like
        ``33.02`` or numbers (``3302``) are accepted and written as ``"3302"``.
    crs : str, optional
        CRS to assume when the file has none (only if you know it).
    make_valid : bool
        Repair invalid polygons (``shapely.make_valid``) instead of refusing them.
    layer : str, optional
        Layer of a multi-layer GeoPackage, or the shapefile inside a zip holding several.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, with a ``region_code`` column (4-digit str).

    Raises
    ------
    KadDataError
        Unsupported or damaged file; no code column; several layers/shapefiles and no ``layer=``;
        no features; no CRS; coordinates outside Indonesia (wrong CRS, or latitude
        and longitude swapped); points or lines instead of polygons; empty or
        invalid polygons; unknown, missing or duplicate codes.

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> import kadlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())  # never inside the repository
    >>> kartamantul = kadlib.load_regions(group="Kartamantul")[["region_code", "geometry"]]
    >>> doc = json.loads(kartamantul.assign(region_code=[3402, 3404, 3471]).to_json())
    >>> _ = (folder / "kab.geojson").write_text(json.dumps(doc))
    >>> b = read_boundaries(folder / "kab.geojson")  # codes typed as numbers are read as text
    >>> b["region_code"].tolist(), b.crs.to_epsg(), sorted(set(b.geom_type))
    (['3402', '3404', '3471'], 4326, ['Polygon'])
    >>> import shapely
    >>> swapped = kartamantul.set_geometry(  # latitude and longitude swapped: a clear error
    ...     shapely.transform(kartamantul.geometry.values, lambda xy: xy[:, ::-1]))
    >>> _ = (folder / "swapped.geojson").write_text(swapped.to_json())
    >>> read_boundaries(folder / "swapped.geojson")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'swapped.geojson', baris 1, nilai '3402': lintang dan bujur tertukar ...
    """
    import numpy as np

    path = _check_file(path, _GEO_SUFFIXES)
    file = path.name
    source, layer_name = _geo_source(path, layer)
    gdf = _read_geo(source, layer_name, file)
    if len(gdf) == 0:
        raise KadDataError("err_no_features", file=file, allowed=("allow_features", {}))
    if gdf.crs is None:
        if crs is None:
            raise KadDataError("err_no_crs", file=file, allowed=("allow_crs", {}))
        try:
            gdf = gdf.set_crs(crs)
        except Exception:  # noqa: BLE001 - pyproj CRSError for a CRS it does not know
            raise KadDataError(
                "err_unknown_option", file=file, column="crs", value=crs, allowed=("allow_crs", {})
            ) from None

    if code_column is not None and code_column not in gdf.columns:
        raise KadDataError(
            "err_missing_columns",
            file=file,
            missing=code_column,
            allowed=(
                "allow_columns",
                {"required": code_column, "present": ", ".join(map(str, gdf.columns))},
            ),
        )
    col = _code_column([c for c in gdf.columns if c != "geometry"], code_column)
    if (
        col is None
    ):  # polygons without codes cannot be joined to any table: say which column is needed
        raise KadDataError(
            "err_missing_columns",
            file=file,
            missing="region_code",
            allowed=(
                "allow_code_column",
                {
                    "names": ", ".join(_CODE_COLUMNS),
                    "present": ", ".join(str(c) for c in gdf.columns if c != "geometry"),
                },
            ),
        )
    labels = (lambda i: None) if col is None else (lambda i: gdf[col].iloc[i])  # noqa: E731
    problems = v.Problems(file)
    rows = np.arange(1, len(gdf) + 1)

    if col is not None:
        codes = v.parse_codes(list(gdf[col]), rows, col, problems, resolve=v.resolve_region)
        seen: dict[str, int] = {}
        for i, c in enumerate(codes):
            if c and c in seen:
                problems.add(
                    "err_duplicate_region_code",
                    row=i + 1,
                    column=col,
                    value=gdf[col].iloc[i],
                    allowed=("allow_unique_feature", {"row": seen[c]}),
                )
            seen.setdefault(c, i + 1)
        name_col = next(
            (
                c
                for c in gdf.columns
                if str(c).lower()
                in (
                    "region_name",
                    "nama",
                    "nama_wilayah",
                    "wilayah",
                    "name",
                    "region_nam",
                    "nama_wilay",
                )
            ),
            None,
        )
        if name_col is not None:
            _check_names(codes, list(gdf[name_col]), rows, problems, column=name_col)

    geom = gdf.geometry
    empty = (geom.isna() | geom.is_empty).to_numpy()
    for i in np.flatnonzero(empty)[:50]:
        problems.add(
            "err_empty_geometry",
            row=int(i) + 1,
            column=col,
            value=labels(i),
            allowed=("allow_geometry", {}),
        )
    types = geom.geom_type.to_numpy()
    wrong = ~empty & ~np.isin(types, ["Polygon", "MultiPolygon"])
    for i in np.flatnonzero(wrong)[:50]:
        problems.add(
            "err_geometry_type",
            row=int(i) + 1,
            column=col,
            value=labels(i),
            kind=types[i],
            allowed=("allow_polygons", {}),
        )
    problems.raise_if_any()

    import shapely

    with np.errstate(all="ignore"):  # GEOS on absurd coordinates (1e300): checked below, not warned
        invalid = ~geom.is_valid.to_numpy()
    if invalid.any():
        if make_valid:
            gdf = gdf.copy()
            gdf.loc[invalid, "geometry"] = shapely.make_valid(gdf.geometry[invalid].to_numpy())
        else:
            for i in np.flatnonzero(invalid)[:50]:
                with np.errstate(all="ignore"):
                    reason = shapely.is_valid_reason(geom.iloc[i])
                problems.add(
                    "err_invalid_geometry",
                    row=int(i) + 1,
                    column=col,
                    value=labels(i),
                    reason=reason,
                    allowed=("allow_geometry", {}),
                )
            problems.raise_if_any()

    try:
        out = gdf.to_crs(4326)
    except Exception:  # noqa: BLE001 - pyproj cannot transform this CRS
        raise KadDataError(
            "err_crs_bounds",
            file=file,
            value=str(gdf.crs),
            bounds="?",
            allowed=("allow_crs_bounds", {}),
        ) from None
    _check_extent(out, gdf, file, labels)
    if col is not None:
        out = out.copy()
        out["region_code"] = codes
    return out


def _read_geo(source, layer, file):
    import geopandas as gpd

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # GDAL's notes on the file (e.g. "no CRS")
            return gpd.read_file(source, layer=layer) if layer else gpd.read_file(source)
    except Exception as exc:  # noqa: BLE001 - pyogrio DataSourceError, GEOSException, UnicodeDecodeError ...
        raise KadDataError(
            "err_geo_damaged", file=file, detail=type(exc).__name__, allowed=("allow_geo_file", {})
        ) from None


def _check_extent(out, original, file, labels) -> None:
    """Every feature inside Indonesia's extent, else say whether it looks like a CRS or an axis problem."""
    import numpy as np

    lon0, lat0, lon1, lat1 = v.INDONESIA_BOUNDS
    b = out.geometry.bounds.to_numpy()
    finite = np.isfinite(b).all(axis=1)
    inside = finite & (b[:, 0] >= lon0) & (b[:, 2] <= lon1) & (b[:, 1] >= lat0) & (b[:, 3] <= lat1)
    if inside.all():
        return
    i = int(np.flatnonzero(~inside)[0])
    shown = ", ".join(f"{x:.6g}" for x in b[i]) if finite[i] else "inf"
    swapped = finite & (b[:, 1] >= lon0) & (b[:, 3] <= lon1) & (b[:, 0] >= lat0) & (b[:, 2] <= lat1)
    if swapped[~inside].all():
        raise KadDataError(
            "err_axis_order",
            file=file,
            row=i + 1,
            value=labels(i),
            bounds=shown,
            allowed=("allow_axis_order", {}),
        )
    raise KadDataError(
        "err_crs_bounds",
        file=file,
        row=i + 1,
        value=labels(i),
        bounds=shown,
        crs=str(original.crs.to_string() if original.crs else None),
        allowed=("allow_crs_bounds", {}),
    )


# ----------------------------------------------------------------------------- BPS exports
_SECTOR_LABEL = re.compile(r"^((?:[A-U],)*[A-U])\s+(.+)$")
_TOTAL_LABELS = ("produk domestik regional bruto", "pdrb", "produk domestik bruto")
_PERIOD_ANNUAL = "Tahunan"


def _ffill(cells: list[str]) -> list[str]:
    out, last = [], ""
    for c in cells:
        last = c if c else last
        out.append(last)
    return out


def _bps_cell(c):
    """Text trimmed; Excel numbers kept for the values; integers and dates as text (header years)."""
    if isinstance(c, str):
        return c.strip()
    if isinstance(c, float):
        return c
    return v.header_text(c)


def read_bps_table(path, *, annual_only=False):
    """Read a table exported from a BPS dynamic table ("tabel dinamis") as tidy data.

    Handles the layout of BPS's "[Seri 2010] PDRB ... Menurut Lapangan Usaha"
    exports: a stub row (``Provinsi`` or ``Kabupaten/Kota``), the table title,
    then one header row of categories (``A Pertanian, ...``, ..., ``Produk
    Domestik Regional Bruto``), one of years and, if present, one of periods
    (``Triwulan I`` ... ``Tahunan``), then one row per region.  Missing cells
    (``-`` ...) are NaN.  Every data row must have the header's width (an extra
    cell would shift the row's values; a cut row would lose them) and each region
    must appear once.

    Parameters
    ----------
    path : str or Path
        The CSV (or XLSX) file exactly as downloaded.
    annual_only : bool
        Keep only annual values (period ``Tahunan``, or tables without periods).

    Returns
    -------
    pandas.DataFrame
        ``region_name, region_code, year, period, sector_code, value, unit,
        price_basis, source``.  ``region_code`` is missing (``<NA>``) for names
        the kit cannot place (e.g. provinces created after 2020), with a warning.

    Examples
    --------
    >>> from pathlib import Path
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):  # Papua Barat Daya has no verified code
    ...     t = read_bps_table(Path("tests/data/bps_pdrb_adhk_provinsi_2023_sample.csv"), annual_only=True)
    >>> row = t[(t.region_code == "3300") & (t.sector_code == "TOTAL")].iloc[0]
    >>> int(row["year"]), float(row["value"]), row["unit"], row["price_basis"]
    (2023, 1102437.49, 'miliar rupiah', 'ADHK')
    """
    import numpy as np
    import pandas as pd

    path = _check_file(path)
    file = path.name
    records, comma_allowed = _records(path)
    records = [(n, [_bps_cell(c) for c in cells]) for n, cells in records]
    layout = ("allow_bps_layout", {})
    if len(records) < 4:
        raise KadDataError(
            "err_bps_layout", file=file, detail=i18n.Phrase("bps_few_rows"), allowed=layout
        )
    stub = str(records[0][1][0]) if records[0][1] else ""
    title = next((str(c) for c in records[1][1] if c != ""), "")
    first_data = next(
        (i for i in range(2, len(records)) if records[i][1] and records[i][1][0] != ""), None
    )
    if first_data is None or first_data < 4:
        raise KadDataError(
            "err_bps_layout", file=file, detail=i18n.Phrase("bps_no_header"), allowed=layout
        )
    header_records = records[2:first_data]
    width = max(len(c) for _, c in header_records)
    header = [_ffill([str(x) for x in c] + [""] * (width - len(c))) for _, c in header_records]
    categories, years = header[0], header[1]
    periods = header[2] if len(header) > 2 else [_PERIOD_ANNUAL] * width
    cat_row, year_row = header_records[0][0], header_records[1][0]

    lowered = title.lower()
    price = "ADHK" if "konstan" in lowered else ("ADHB" if "berlaku" in lowered else "")
    unit_match = re.search(r"\(([^()]*rupiah[^()]*)\)", title, flags=re.I)
    unit = unit_match.group(1).lower().replace("milyar", "miliar") if unit_match else ""
    kinds = {"provinsi"} if stub.lower().startswith("prov") else {"kabupaten", "kota"}

    problems = v.Problems(file)
    columns = []  # (column index, sector code, year, period)
    seen_cols: dict = {}
    for j in range(1, width):
        label = categories[j]
        if not label:
            continue
        m = _SECTOR_LABEL.match(label)
        if m and m.group(1) in SECTOR_CODES:
            code = m.group(1)
        elif label.strip().lower() in _TOTAL_LABELS:
            code = TOTAL
        else:
            problems.add(
                "err_unknown_sector",
                row=cat_row,
                column=f"#{j + 1}",
                value=label,
                allowed=("allow_sector", {"codes": ", ".join(SECTOR_CODES)}),
            )
            continue
        year = v.year_of(years[j])
        if year is None or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            problems.add(
                "err_year_range",
                row=year_row,
                column=f"#{j + 1}",
                value=years[j],
                allowed=("allow_year", {"lo": YEAR_RANGE[0], "hi": YEAR_RANGE[1]}),
            )
            continue
        period = periods[j] or _PERIOD_ANNUAL
        key = (code, year, period)
        if key in seen_cols:
            problems.add(
                "err_duplicate_column",
                row=cat_row,
                column=f"#{j + 1}",
                value=label,
                first=f"#{seen_cols[key] + 1}",
                canon=f"{code} {year} {period}",
                allowed=("allow_unique_column", {}),
            )
            continue
        seen_cols[key] = j
        columns.append((j, code, year, period))
    problems.raise_if_any()
    if not columns:
        raise KadDataError(
            "err_bps_layout", file=file, detail=i18n.Phrase("bps_no_sectors"), allowed=layout
        )
    # A BPS dynamic table is a full cross table: every sector over the same years and periods.
    # A header cell lost, added or damaged moves labels onto other sectors' columns.
    spans: dict = {}
    for j, code, year, period in columns:
        spans.setdefault(code, {})[(year, period)] = j
    shapes = [frozenset(span) for span in spans.values()]
    usual = max(set(shapes), key=shapes.count)  # what most sectors have
    model = next(span for span in spans.values() if frozenset(span) == usual)
    for code, span in spans.items():
        own = sorted(set(span) - usual, key=span.get)
        lost = sorted(usual - set(span), key=model.get)
        if own or lost:
            year, period = own[0] if own else lost[0]
            years_usual = {y for y, _ in usual}
            raise KadDataError(
                "err_bps_layout",
                file=file,
                row=year_row
                if year not in years_usual or len(header_records) < 3
                else header_records[2][0],
                column=f"#{span[own[0]] + 1}" if own else None,
                detail=i18n.Phrase(
                    "bps_uneven_other" if own and lost else "bps_uneven",
                    cell=f"{code} {year} {period}",
                    other=f"{lost[0][0]} {lost[0][1]}" if own and lost else "",
                ),
                allowed=layout,
            )

    data = _rectangle(
        records[first_data:], width, file, problems, pad_short=path.suffix.lower() != ".csv"
    )
    names, codes, unplaced, seen_regions = [], [], [], {}
    for n, cells in data:
        name = str(cells[0]).strip()
        if name == "":
            problems.add("err_missing_key", row=n, column="#1", value="", allowed=("allow_key", {}))
        try:
            code = resolve_region(name, kinds=kinds)
        except KadDataError:
            code = None
            unplaced.append(name)
        k = code or name
        if k in seen_regions:
            problems.add(
                "err_duplicate_rows",
                row=n,
                column="#1",
                value=name,
                what=f"{name} ({seen_regions[k]})",
                allowed=("allow_one_row_region", {}),
            )
        seen_regions.setdefault(k, n)
        names.append(name)
        codes.append(code)
    js = [j for j, *_ in columns]
    cells = np.array([[c[j] for j in js] for _, c in data], dtype=object).reshape(
        len(data), len(js)
    )
    rows = np.repeat(np.array([n for n, _ in data], dtype="int64"), len(js))
    cols = np.tile(np.array([f"#{j + 1}" for j in js], dtype=object), len(data))
    flat = cells.ravel()
    values = v.parse_values(flat, rows, cols, problems, comma_allowed=comma_allowed, file=file)
    problems.raise_if_any()

    k = len(columns)
    out = pd.DataFrame(
        {
            "region_name": np.repeat(np.array(names, dtype=object), k),
            "region_code": pd.array(np.repeat(np.array(codes, dtype=object), k), dtype="string"),
            "year": np.tile(np.array([c[2] for c in columns], dtype="int64"), len(data)),
            "period": np.tile(np.array([c[3] for c in columns], dtype=object), len(data)),
            "sector_code": np.tile(np.array([c[1] for c in columns], dtype=object), len(data)),
            "value": values,
        }
    )
    out["unit"] = unit
    out["price_basis"] = price
    out["source"] = f"{file}: {title}"
    if annual_only:
        out = out[out["period"] == _PERIOD_ANNUAL].reset_index(drop=True)
    if unplaced:
        warnings.warn(
            f"{file}: "
            + i18n.t("err_unknown_region_name")
            + f" ({len(unplaced)}): {', '.join(unplaced)}"
            " — region_code = <NA>",
            stacklevel=2,
        )
    return out
