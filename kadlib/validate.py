"""The kit's tables declared once, and the checks every reader and loader runs on them.

A table is a :class:`Schema`: its columns (:class:`Column`), each with a kind
(region code, year, number, code from a register, text), whether it may be
missing, and its range; the code lists come from the bundled registers
(``regions.csv``, ``sectors.csv``, ``indicators.csv``).  The readers of
:mod:`kadlib.io` turn the cells of a file into columns with :func:`parse_column`,
the loaders of :mod:`kadlib.datasets` check the bundled tables with
:func:`check_frame`; both collect **every** problem of a table in a
:class:`Problems` list and raise one :class:`~kadlib.errors.KadDataError`
(:meth:`~kadlib.errors.KadDataError.combine`) whose ``problems`` lists them all and
whose message shows the first five, each naming file, row (as Excel shows it),
column, value and what is allowed, in Indonesian and English.

Why not pandera
---------------
pandera checks typed frames; the kit's problems are mostly *before* typing (a
decimal comma, a region written as a name, a year Excel shows as a date, a row
one cell short) and its messages must name the row a person sees in Excel, in
two languages, with a reason code and the allowed values.  pandera's failure
cases give a frame index and an English check name, so every message would
have to be rebuilt here anyway, on top of a new dependency and import cost
(the kit imports nothing heavy at ``import kadlib``).  This module is the small
part of such a library the kit needs, and nothing else.

The missing-value rule (one for every reader)
---------------------------------------------
A cell is **missing** when, after trimming spaces, it is empty or one of
:data:`MISSING_TOKENS` (``-``, ``–``, ``—``, ``…``, ``...``, ``NA``, ``N/A``,
``NaN``, ``null``, ``#N/A``; case does not matter).  A missing *value* is NaN (never
0); a missing region, year, indicator or sector is an error.

Numbers and the decimal separator
---------------------------------
A comma-separated CSV uses the decimal point (``1234.5``; a comma in a number
is refused).  A semicolon- or tab-separated CSV and the text cells of an XLSX
may use the Indonesian convention (``1.234,5``); it is detected **per file**
from the value cells: any decimal comma means points are thousands separators
(``1.789`` is 1789); any decimal point means the point convention; both in one
file is refused, and so is a file whose only dotted numbers look like thousands
(``1.789`` alone is 1789 or 1.789: the file does not say; ``1.234.567`` can only be thousands).  Numbers Excel
stores as numbers are taken as they are.  Infinite or overflowing numbers
(``1e400``) and numbers that underflow to 0 are refused.

Reason codes
------------
:attr:`KadDataError.key <kadlib.errors.KadDataError>` is the stable reason code;
:data:`REASONS` lists those the readers and loaders raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from .errors import KadDataError

#: The 17 BPS categories (lapangan usaha, PDRB by industry, 2010 base) as the sector tables write their
#: codes; ``TOTAL`` is the sum row. ``io.SECTOR_CODES`` and ``economy.BPS_CATEGORIES`` are this tuple.
BPS_CATEGORIES = (
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M,N",
    "O",
    "P",
    "Q",
    "R,S,T,U",
)

#: Years accepted in users' tables: from 1960 to next year (a year later than that is a typo).
YEAR_RANGE = (1960, date.today().year + 1)

#: Cells that mean "no value" (compared trimmed and lower-cased).
MISSING_TOKENS = frozenset(
    {"", "-", "–", "—", "…", "...", "na", "n/a", "nan", "null", "none", "#n/a"}
)

#: Limits on what a reader accepts (a file beyond them is refused with a clear error).
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1_000
MAX_LINE_CHARS = 100_000
MAX_XLSX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_XLSX_ROWS = 200_000

#: Longitude/latitude box holding all of Indonesia (with a margin): boundaries must fall inside.
INDONESIA_BOUNDS = (94.0, -11.5, 142.0, 6.5)

#: How many problems a table check keeps (the rest are counted).
MAX_PROBLEMS = 1000

#: Reason codes (``KadDataError.key``) raised by the readers and loaders.
REASONS = (
    "err_file_missing",
    "err_file_type",
    "err_file_too_large",
    "err_file_encoding",
    "err_binary_file",
    "err_line_too_long",
    "err_csv_syntax",
    "err_xlsx_damaged",
    "err_too_many_rows",
    "err_too_many_columns",
    "err_empty_table",
    "err_missing_columns",
    "err_duplicate_column",
    "err_unnamed_column",
    "err_row_length",
    "err_not_numeric",
    "err_number_range",
    "err_mixed_decimal",
    "err_ambiguous_number",
    "err_negative",
    "err_year_range",
    "err_missing_key",
    "err_unknown_region_code",
    "err_unknown_region_name",
    "err_ambiguous_region_name",
    "err_name_code_mismatch",
    "err_unknown_sector",
    "err_unknown_indicator",
    "err_numeric_text",
    "err_duplicate_rows",
    "err_bps_layout",
    "err_geo_damaged",
    "err_no_features",
    "err_geometry_type",
    "err_empty_geometry",
    "err_invalid_geometry",
    "err_no_crs",
    "err_crs_bounds",
    "err_axis_order",
    "err_several_layers",
    "err_unknown_option",
    "err_duplicate_region_code",
    "err_control_char",
    "err_file_unreadable",
)


# ----------------------------------------------------------------------------- registers
@lru_cache(maxsize=1)
def sector_codes() -> tuple[str, ...]:
    """The 17 BPS category codes, from the bundled ``sectors.csv``."""
    import pandas as pd

    from ._paths import data_path

    return tuple(
        pd.read_csv(data_path("sectors.csv"), dtype=str, keep_default_na=False)["sector_code"]
    )


@lru_cache(maxsize=1)
def indicator_codes() -> frozenset[str]:
    """The baseline indicators of the bundled ``indicators.csv``."""
    import pandas as pd

    from ._paths import data_path

    return frozenset(
        pd.read_csv(data_path("indicators.csv"), dtype=str, keep_default_na=False)["indicator"]
    )


def region_codes() -> frozenset[str]:
    """Every code of the bundled register of regions (``regions.csv``).

    Kabupaten/kota (``"3471"``), provinces (``"3400"``) and Indonesia as a whole (``"9999"``,
    the national reference).

    Examples
    --------
    >>> codes = region_codes()
    >>> "3471" in codes, "3400" in codes, "9999" in codes, "3499" in codes
    (True, True, True, False)
    """
    from .regions import known_codes

    return known_codes()


# ----------------------------------------------------------------------------- problems
class Problems:
    """Collects every problem of one table, then raises them as one :class:`KadDataError`.

    Examples
    --------
    >>> p = Problems("t.csv")
    >>> p.add("err_negative", row=2, column="value", value="-1", allowed=("allow_nonnegative", {}))
    >>> p.add("err_negative", row=4, column="value", value="-2", allowed=("allow_nonnegative", {}))
    >>> try:
    ...     p.raise_if_any()
    ... except KadDataError as err:
    ...     print(err.key, len(err.problems), err.row)
    err_negative 2 2
    """

    def __init__(self, file=None, limit: int = MAX_PROBLEMS):
        self.file = file
        self.items: list[KadDataError] = []
        self.more = 0
        self.limit = limit

    def add(self, key, **where) -> None:
        if len(self.items) >= self.limit:
            self.more += 1
            return
        where.setdefault("file", self.file)
        if where.get("row") is not None and not isinstance(where["row"], str):
            where["row"] = int(where["row"])  # numpy integers print and sort as plain numbers
        self.items.append(KadDataError(key, **where))

    def extend(self, err: KadDataError) -> None:
        for p in err.problems:
            if len(self.items) >= self.limit:
                self.more += 1
            else:
                self.items.append(p)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            items = sorted(self.items, key=lambda e: e.row if isinstance(e.row, int) else 0)
            raise KadDataError.combine(items, more=self.more)


def fail(key, **where):
    """Raise one problem at once (a problem that stops reading the file).

    ``key`` is the reason code (:data:`REASONS`); ``where`` names file, row, column, value
    and what is allowed, as for :class:`~kadlib.errors.KadDataError`.

    Examples
    --------
    >>> try:
    ...     fail("err_negative", file="t.csv", row=3, column="nilai", value="-1",
    ...          allowed=("allow_nonnegative", {}))
    ... except KadDataError as err:
    ...     print(err.key, err.row, err.column)
    ...     print(str(err).splitlines()[0])
    err_negative 3 nilai
    berkas 't.csv', baris 3, kolom 'nilai', nilai '-1': nilai negatif tidak diperbolehkan di sini.
    """
    raise KadDataError(key, **where)


def is_missing(text) -> bool:
    """The one missing-value rule (see the module docstring).

    Examples
    --------
    >>> [is_missing(c) for c in ["", " - ", "N/A", "nan", "NaN", "null", "0", "x"]]
    [True, True, True, True, True, True, False, False]
    """
    if text is None:
        return True
    if isinstance(text, float):
        return text != text
    return str(text).strip().lower() in MISSING_TOKENS


# ----------------------------------------------------------------------------- numbers
_POINT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_COMMA = re.compile(r"[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?")
_COMMA_DECIMAL = re.compile(r"[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+),\d+")
_THOUSANDS_DOTS = re.compile(r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+")
_POINT_CHARS = frozenset("0123456789.+-eE")
_COMMA_CHARS = frozenset("0123456789.,+-")
_POINT_DECIMAL = re.compile(r"[+-]?(?:\d*\.\d+|\d+\.)(?:[eE][+-]?\d+)?|[+-]?\d+[eE][+-]?\d+")


def _decimal_of(texts: dict, first_cell, rows, cols, file) -> str:
    """``"point"`` or ``"comma"`` for the distinct text cells of a file (see the module docstring)."""
    comma = point = thousands = None
    for i, s in texts.items():
        if "," in s:
            if comma is None and _COMMA_DECIMAL.fullmatch(s):
                comma = i
        elif "." in s or "e" in s or "E" in s:
            if _THOUSANDS_DOTS.fullmatch(s):
                if s.count(".") > 1 and comma is None:  # 1.234.567 can only be thousands
                    comma = i
                thousands = i if thousands is None else thousands
            elif point is None and _POINT_DECIMAL.fullmatch(s):
                point = i
        if comma is not None and point is not None:
            break
    if comma is not None and point is not None:
        cc, cp = first_cell(comma), first_cell(point)
        if cc < cp:  # report the later cell, naming the earlier one
            comma, point, cc, cp = point, comma, cp, cc
        fail(
            "err_mixed_decimal",
            file=file,
            row=int(rows[cc]),
            column=cols(cc),
            value=texts[comma],
            other=f"{texts[point]!r} ({int(rows[cp])}, {cols(cp)})",
            allowed=("allow_one_decimal", {}),
        )
    if comma is not None:
        return "comma"
    if point is None and thousands is not None:
        c = first_cell(thousands)
        fail(
            "err_ambiguous_number",
            file=file,
            row=int(rows[c]),
            column=cols(c),
            value=texts[thousands],
            thousands=texts[thousands].replace(".", ""),
            allowed=("allow_unambiguous_number", {}),
        )
    return "point"


def parse_values(
    values, rows, columns, problems: Problems, *, comma_allowed: bool = False, file=None
):
    """Parse a file's value cells (str, or numbers from Excel) into floats; missing is NaN.

    The decimal separator is detected from the text cells when ``comma_allowed`` (see the
    module docstring).  Non-numbers, infinite/overflowing and underflowing numbers are
    added to ``problems``.  ``columns`` is one column name, or the column of each cell.

    Examples
    --------
    >>> p = Problems("t.csv")
    >>> parse_values(["1.234,5", "12", "-", "1.789"], [2, 3, 4, 5], "value", p, comma_allowed=True).tolist()
    [1234.5, 12.0, nan, 1789.0]
    >>> parse_values(["1e400", "x"], [2, 3], "value", p).tolist(), [e.key for e in p.items]
    ([nan, nan], ['err_number_range', 'err_not_numeric'])
    """
    import numpy as np

    n = len(values)
    if n == 0:
        return np.zeros(0)
    uniques, inverse = _uniques(values)
    scalar = columns is None or isinstance(columns, str)
    cols = (lambda c: columns) if scalar else (lambda c: columns[c])  # noqa: E731
    out_u = np.full(len(uniques), np.nan)
    texts: dict[int, str] = {}
    for i, u in enumerate(uniques):
        if isinstance(u, bool):
            texts[i] = str(u)
        elif isinstance(u, int | float):
            out_u[i] = float(u)
        elif u is not None:
            s = str(u).strip()
            if s.lower() not in MISSING_TOKENS:
                texts[i] = s
    firsts: dict[int, int] = {}

    def first_cell(i):
        if i not in firsts:
            firsts[i] = int(np.argmax(inverse == i))
        return firsts[i]

    decimal = (
        _decimal_of(texts, first_cell, rows, cols, file) if comma_allowed and texts else "point"
    )
    comma = decimal == "comma"
    errors: dict[int, tuple] = {}
    not_numeric = ("allow_numeric_comma" if comma else "allow_numeric", {})
    chars = _COMMA_CHARS if comma else _POINT_CHARS
    for i, s in texts.items():
        # the characters first (cheap), then float(): the patterns above, plus ",5" and "5," (as ".5", "5.")
        ok = chars.issuperset(s) and (not comma or "." not in s or _COMMA.fullmatch(s) is not None)
        conv = s.replace(".", "").replace(",", ".") if comma else s
        try:
            x = float(conv) if ok and (comma or "," not in s) else None
        except ValueError:
            x = None
        if x is None or (comma and ("e" in s or "E" in s)):
            errors[i] = ("err_not_numeric", not_numeric)
            continue
        if x == 0 and re.search(r"[1-9]", re.split(r"[eE]", conv)[0]):
            errors[i] = (
                "err_number_range",
                ("allow_number_range", {}),
            )  # underflow: 1e-400 is not 0
        else:
            out_u[i] = x
    for i in np.flatnonzero(np.isinf(out_u)):
        errors[int(i)] = ("err_number_range", ("allow_number_range", {}))
        out_u[i] = np.nan
    out = out_u[inverse]
    if errors:
        bad = np.isin(inverse, list(errors))
        obj = np.asarray(values, dtype=object)
        for c in np.flatnonzero(bad)[: problems.limit + 1]:
            key, allowed = errors[int(inverse[c])]
            problems.add(key, row=rows[c], column=cols(c), value=obj[c], allowed=allowed)
    return out


# ----------------------------------------------------------------------------- years
_EXCEL_EPOCH = datetime(1899, 12, 30)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?")


def year_of(cell, year_range=YEAR_RANGE):
    """The year a cell means, or None: ``2020``, ``"2020"``, ``2020.0``, or a date Excel made of it.

    Excel shows the number 2020 formatted as a date as 12/07/1905 (day 2020 of its
    calendar): that date is read back as 2020.  A 1 January date is read as its year.

    Examples
    --------
    >>> year_of("2020"), year_of(2021.0), year_of(" 2019 "), year_of("20201"), year_of("1999.5")
    (2020, 2021, 2019, None, None)
    >>> from datetime import datetime
    >>> year_of(datetime(1905, 7, 12)), year_of(datetime(2022, 1, 1)), year_of(datetime(2022, 3, 1))
    (2020, 2022, None)
    """
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, datetime | date):
        dt = cell if isinstance(cell, datetime) else datetime(cell.year, cell.month, cell.day)
        serial = (dt - _EXCEL_EPOCH) / timedelta(days=1)
        if serial.is_integer() and year_range[0] <= serial <= year_range[1]:
            return int(serial)
        if (dt.month, dt.day, dt.hour, dt.minute, dt.second) == (1, 1, 0, 0, 0):
            return dt.year
        return None
    if isinstance(cell, int | float):
        return int(cell) if float(cell).is_integer() and 1000 <= cell <= 9999 else None
    s = str(cell).strip()
    m = re.fullmatch(r"(\d{4})(?:\.0+)?", s)
    if m:
        return int(m.group(1))
    m = _ISO_DATE.fullmatch(s)
    if m:
        return year_of(datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))), year_range)
    return None


def parse_years(values, rows, column, problems: Problems, year_range=YEAR_RANGE):
    """Parse a year column (one parse per distinct cell); bad or out-of-range years are problems.

    Each cell is read with :func:`year_of`; a cell that is no year in ``year_range`` is added
    to ``problems`` (its place in the result is 0, a placeholder: raise the problems before
    using the years).

    Examples
    --------
    >>> p = Problems("t.csv")
    >>> parse_years(["2020", 2021, "2019.0", "20201"], [2, 3, 4, 5], "tahun", p).tolist()
    [2020, 2021, 2019, 0]
    >>> [(e.key, e.row, e.value) for e in p.items]
    [('err_year_range', 5, '20201')]
    """
    import numpy as np

    uniques, inverse = _uniques(values)
    mapped = np.zeros(len(uniques), dtype="int64")
    allowed = ("allow_year", {"lo": year_range[0], "hi": year_range[1]})
    errors: dict[int, tuple] = {}
    for i, u in enumerate(uniques):
        y = year_of(u, year_range)
        if y is None or not year_range[0] <= y <= year_range[1]:
            errors[i] = ("err_year_range", {"column": column, "value": u, "allowed": allowed})
        else:
            mapped[i] = y
    _report(errors, inverse, rows, problems, lambda i: errors[i])
    return mapped[inverse]


# ----------------------------------------------------------------------------- codes
def _uniques(values):
    """Distinct cells and, for each cell, the index of its distinct value (one check per distinct cell)."""
    import numpy as np
    import pandas as pd

    obj = np.asarray(values, dtype=object)
    try:
        if len(obj) < 5000:  # small tables: a dict is faster than pandas
            raise TypeError
        inverse, uniques = pd.factorize(pd.Series(obj, dtype=object), use_na_sentinel=False)
        uniques = np.asarray(uniques, dtype=object)
        if (
            len({type(u) for u in uniques}) > 1
        ):  # factorize would fold 1, 1.0 and True: keep types apart
            raise TypeError
    except TypeError:
        keys = [(type(x), x) for x in obj]
        index: dict = {}
        inverse = np.fromiter(
            (index.setdefault(k, len(index)) for k in keys), dtype="int64", count=len(keys)
        )
        uniques = np.empty(len(index), dtype=object)
        for (_, x), i in index.items():
            uniques[i] = x
    return uniques, inverse


def _report(bad_unique, inverse, rows, problems, make):
    """Add one problem per cell whose distinct value is bad; ``make(i_unique)`` gives (key, where)."""
    import numpy as np

    if not bad_unique:
        return
    bad = np.isin(inverse, list(bad_unique))
    for i in np.flatnonzero(bad)[: problems.limit + 1]:
        key, where = make(int(inverse[i]))
        problems.add(key, row=rows[i], **where)


def parse_codes(values, rows, column, problems: Problems, *, resolve, missing_ok=False):
    """Map each distinct cell through ``resolve`` (raising KadDataError); problems are collected.

    A missing cell maps to ``""`` and is a problem unless ``missing_ok``.

    Examples
    --------
    >>> p = Problems("t.csv")
    >>> parse_codes(["3471", "Sleman", "-", "Atlantis"], [2, 3, 4, 5], "kode", p,
    ...             resolve=resolve_region).tolist()
    ['3471', '3404', '', '']
    >>> [(e.key, e.row) for e in p.items]
    [('err_missing_key', 4), ('err_unknown_region_name', 5)]
    >>> parse_codes(["a", "m, n"], [2, 3], "sektor", p, resolve=resolve_sector).tolist()
    ['A', 'M,N']
    """
    import numpy as np

    uniques, inverse = _uniques(values)
    mapped = np.empty(len(uniques), dtype=object)
    errors: dict[int, tuple] = {}
    known = _code_lookup()
    for i, u in enumerate(uniques):
        if is_missing(u):
            mapped[i] = ""
            if not missing_ok:
                errors[i] = (
                    "err_missing_key",
                    {"column": column, "value": u, "allowed": ("allow_key", {})},
                )
            continue
        if resolve is _resolve_region_fast and isinstance(u, str) and u in known:
            mapped[i] = u
            continue
        try:
            mapped[i] = resolve(u)
        except KadDataError as err:
            mapped[i] = ""
            errors[i] = (
                err.key,
                {"column": column, "value": u, "allowed": err.allowed, **err.details},
            )
    _report(errors, inverse, rows, problems, lambda i: errors[i])
    return mapped[inverse]


@lru_cache(maxsize=1)
def _code_lookup() -> frozenset[str]:
    return frozenset(region_codes())


def _resolve_region_fast(item):
    """A region code from a code or a name (:func:`kadlib.regions.resolve_region`).

    Examples
    --------
    >>> resolve_region("Kab. Sleman"), resolve_region(3471)
    ('3404', '3471')
    """
    from .regions import resolve_region

    return resolve_region(item)


resolve_region = _resolve_region_fast


def resolve_sector(v) -> str:
    """A BPS sector code (``"A"``, ``"m, n"`` → ``"M,N"``) or ``TOTAL``.

    Examples
    --------
    >>> resolve_sector("a"), resolve_sector("m, n"), resolve_sector("total")
    ('A', 'M,N', 'TOTAL')
    >>> resolve_sector("Z")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: nilai 'Z': kode sektor tidak dikenal...
    """
    code = str(v).strip().upper().replace(" ", "")
    if code in sector_codes() or code == "TOTAL":
        return code
    raise KadDataError(
        "err_unknown_sector",
        value=v,
        allowed=("allow_sector", {"codes": ", ".join(sector_codes()) + ", TOTAL"}),
    )


_NUMBER_LIKE = re.compile(r"[+-]?[\d.,]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\ufeff]")


def has_control(text) -> bool:
    """Whether a text holds an invisible control character (a damaged or pasted cell).

    Examples
    --------
    >>> has_control("Budi"), has_control("Budi\\u200b"), has_control("a\\x00b"), has_control(5)
    (False, True, True, False)
    """
    return isinstance(text, str) and _CONTROL.search(text) is not None


def check_text(values, rows, column, problems: Problems, *, required: bool):
    """Free text (indicator, unit): trimmed; a bare number is refused (a shifted cell).

    Control characters are refused too; a missing cell is ``""`` (a problem when ``required``).

    Examples
    --------
    >>> p = Problems("t.csv")
    >>> check_text([" ton ", "12", "-", "juta rupiah"], [2, 3, 4, 5], "satuan", p,
    ...            required=False).tolist()
    ['ton', '12', '', 'juta rupiah']
    >>> [(e.key, e.row, e.value) for e in p.items]
    [('err_numeric_text', 3, '12')]
    """
    uniques, inverse = _uniques(values)
    import numpy as np

    mapped = np.empty(len(uniques), dtype=object)
    errors: dict[int, tuple] = {}
    for i, u in enumerate(uniques):
        s = "" if is_missing(u) else str(u).strip()
        mapped[i] = s
        if not s and required:
            errors[i] = (
                "err_missing_key",
                {"column": column, "value": u, "allowed": ("allow_key", {})},
            )
        elif s and _NUMBER_LIKE.fullmatch(s):
            errors[i] = (
                "err_numeric_text",
                {"column": column, "value": u, "allowed": ("allow_text", {})},
            )
        elif has_control(s):
            errors[i] = (
                "err_control_char",
                {"column": column, "value": u, "allowed": ("allow_no_control", {})},
            )
    _report(errors, inverse, rows, problems, lambda i: errors[i])
    return mapped[inverse]


# ----------------------------------------------------------------------------- schemas
@dataclass(frozen=True)
class Column:
    """One column of a kit table: name, kind, whether it may be missing or absent, range.

    ``kind`` is one of ``"region"``, ``"year"``, ``"number"``, ``"sector"``, ``"indicator"``,
    ``"text"``; ``aliases`` are the headers people write for it (matched by :func:`header_key`).

    Examples
    --------
    >>> value = TIDY.column("value")
    >>> value.kind, value.nonnegative, value.aliases
    ('number', True, ('nilai', 'jumlah', 'angka'))
    >>> Column("catatan", "text", required=False).required
    False
    """

    name: str
    kind: str  # "region", "year", "number", "sector", "indicator", "text"
    required: bool = True
    nonnegative: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schema:
    """A kit table: its columns and the columns that identify one value.

    Examples
    --------
    >>> small = Schema("kecil", (Column("region_code", "region"), Column("value", "number")),
    ...                key=("region_code",))
    >>> [c.name for c in small.columns], small.column("value").kind
    (['region_code', 'value'], 'number')
    >>> BASELINE.key
    ('region_code', 'year', 'indicator')
    """

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    signed_indicators: frozenset = field(default_factory=frozenset)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


#: A tidy table of regional values (``read_table``, ``load_baseline``).
TIDY = Schema(
    "tidy",
    (
        Column(
            "region_code",
            "region",
            aliases=(
                "kode",
                "kode_wilayah",
                "kode_bps",
                "kode_kab",
                "kode_kabkota",
                "kode_daerah",
                "code",
                "bps_code",
            ),
        ),
        Column(
            "region_name",
            "text",
            required=False,
            aliases=(
                "wilayah",
                "nama",
                "nama_wilayah",
                "region",
                "kabupaten/kota",
                "kab/kota",
                "kabupaten_kota",
                "daerah",
                "nama_daerah",
                "name",
            ),
        ),
        Column("year", "year", aliases=("tahun", "thn")),
        Column("indicator", "indicator", aliases=("indikator", "variabel")),
        Column(
            "sector_code",
            "sector",
            required=False,
            aliases=("sektor", "kode_sektor", "sector", "lapangan_usaha", "kategori"),
        ),
        Column("value", "number", nonnegative=True, aliases=("nilai", "jumlah", "angka")),
        Column("unit", "text", required=False, aliases=("satuan",)),
        Column("source", "text", required=False, aliases=("sumber",)),
    ),
    key=("region_code", "year", "indicator", "sector_code"),
    signed_indicators=frozenset({"laju_pertumbuhan_pdrb_adhk"}),
)

#: The bundled baseline (``load_baseline``): the tidy table without sectors.
BASELINE = Schema(
    "baseline",
    (
        Column("region_code", "region"),
        Column("year", "year"),
        Column("indicator", "indicator"),
        Column("value", "number", nonnegative=True),
        Column("unit", "text"),
        Column("source", "text"),
    ),
    key=("region_code", "year", "indicator"),
    signed_indicators=TIDY.signed_indicators,
)

#: The bundled boundary layers (``load_regions``): one polygon per region.
BOUNDARIES = Schema(
    "boundaries",
    (
        Column("region_code", "region"),
        Column("name", "text"),
        Column("kind", "text"),
        Column("province_code", "region"),
    ),
    key=("region_code",),
)

#: The bundled sector tables, tidy (``load_sector_pdrb``).
SECTOR = Schema(
    "sector",
    (
        Column("region_code", "region"),
        Column("year", "year"),
        Column("sector_code", "sector"),
        Column("value", "number", nonnegative=True),
        Column("unit", "text"),
        Column("price_basis", "text"),
        Column("quality_flag", "text", required=False),
        Column("source", "text"),
    ),
    key=("region_code", "year", "price_basis", "sector_code"),
)


def header_key(text) -> str:
    """Normalise a header for matching: lower case, spaces and underscores folded, BOM dropped.

    Examples
    --------
    >>> header_key(" Kode Wilayah "), header_key("\\ufeffNILAI"), header_key("Kab/Kota")
    ('kode_wilayah', 'nilai', 'kab/kota')
    """
    s = str(header_text(text)).strip().lower().lstrip("\ufeff")
    return re.sub(r"[\s_]+", "_", s)


def header_text(cell) -> str:
    """A header cell as text: a year typed as a number or a date becomes ``"2020"``.

    Examples
    --------
    >>> from datetime import datetime
    >>> header_text(2020), header_text(2020.0), header_text(datetime(1905, 7, 12))
    ('2020', '2020', '2020')
    >>> header_text(" Nilai "), header_text(None)
    (' Nilai ', '')
    """
    if (
        isinstance(cell, datetime | date)
        or isinstance(cell, int | float)
        and not isinstance(cell, bool)
    ):
        y = year_of(cell)
        if y is not None:
            return str(y)
        return str(cell)
    return "" if cell is None else str(cell)


def canonical_columns(headers, schema: Schema = TIDY) -> list[str]:
    """Map each header to the schema's column name (``nilai`` → ``value``), else keep it trimmed.

    Names cut to 10 characters by the DBF format (``region_cod``, ``kode_wilay``) are
    recognised too.

    Examples
    --------
    >>> canonical_columns(["Kode", "Tahun", "NILAI", "satuan", "catatan"])
    ['region_code', 'year', 'value', 'unit', 'catatan']
    """
    lookup = _aliases(schema)
    return [lookup.get(header_key(h), header_text(h).strip()) for h in headers]


@lru_cache(maxsize=8)
def _aliases(schema: Schema) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for col in schema.columns:
        for alias in (col.name, *col.aliases):
            lookup.setdefault(header_key(alias), col.name)
    for alias, canon in list(lookup.items()):
        if len(alias) > 10:
            lookup.setdefault(alias[:10], canon)
    return lookup


# ----------------------------------------------------------------------------- typed frames
def check_frame(frame, schema: Schema, file, *, year_range=(1900, 2100)) -> None:
    """Check a typed frame (a bundled table) against its schema; raise every problem at once.

    Rows are reported as a person sees them in the CSV (header = row 1).

    Examples
    --------
    >>> import pandas as pd
    >>> bad = pd.DataFrame({"region_code": ["3302", "3399"], "year": [2020, 2020], "sector_code": ["A", "A"],
    ...                     "value": [1.0, -2.0], "unit": "x", "price_basis": "ADHK", "quality_flag": "",
    ...                     "source": "s"})
    >>> check_frame(bad, SECTOR, "s.csv")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 's.csv', baris 3, kolom 'region_code', nilai '3399': kode wilayah tidak dikenal...
    """
    import numpy as np

    problems = Problems(file)
    absent = [c.name for c in schema.columns if c.name not in frame.columns]
    if absent:
        fail(
            "err_missing_columns",
            file=file,
            missing=", ".join(absent),
            allowed=(
                "allow_columns",
                {
                    "required": ", ".join(c.name for c in schema.columns),
                    "present": ", ".join(map(str, frame.columns)),
                },
            ),
        )
    rows = np.arange(2, len(frame) + 2)
    codes = region_codes()
    for col in schema.columns:
        values = frame[col.name].to_numpy()
        if col.kind == "region":
            bad = ~np.isin(values.astype(str), list(codes))
            key, allowed = "err_unknown_region_code", ("allow_region_code", {})
        elif col.kind == "sector":
            bad = ~np.isin(values.astype(str), [*sector_codes(), "TOTAL"])
            key, allowed = (
                "err_unknown_sector",
                ("allow_sector", {"codes": ", ".join(sector_codes()) + ", TOTAL"}),
            )
        elif col.kind == "year":
            v = values.astype(float)
            bad = ~((v >= year_range[0]) & (v <= year_range[1]) & (v == np.round(v)))
            key, allowed = (
                "err_year_range",
                ("allow_year", {"lo": year_range[0], "hi": year_range[1]}),
            )
        elif col.kind == "number":
            v = values.astype(float)
            bad = np.isinf(v) | (v < 0 if col.nonnegative else False)
            if "indicator" in frame and schema.signed_indicators:
                bad &= ~frame["indicator"].isin(schema.signed_indicators).to_numpy()
            key, allowed = (
                "err_number_range",
                ("allow_nonnegative" if col.nonnegative else "allow_number_range", {}),
            )
        elif col.kind == "indicator":
            bad = ~np.isin(values.astype(str), list(indicator_codes()))
            key, allowed = (
                "err_unknown_indicator",
                ("allow_list", {"items": ", ".join(sorted(indicator_codes()))}),
            )
        else:
            bad = (
                np.zeros(len(values), bool)
                if not col.required
                else frame[col.name].isna().to_numpy()
            )
            key, allowed = "err_missing_key", ("allow_key", {})
        for i in np.flatnonzero(bad)[: problems.limit]:
            problems.add(key, row=int(rows[i]), column=col.name, value=values[i], allowed=allowed)
    if schema.key:
        dup = frame.duplicated(list(schema.key), keep="first").to_numpy()
        for i in np.flatnonzero(dup)[: problems.limit]:
            what = " / ".join(str(frame[k].iloc[i]) for k in schema.key)
            problems.add(
                "err_duplicate_rows", row=int(rows[i]), what=what, allowed=("allow_one_value", {})
            )
    problems.raise_if_any()
