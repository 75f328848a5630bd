"""Read the user's own data: tables (CSV/XLSX), boundaries, BPS dynamic-table exports.

Every reader validates what it reads and raises :class:`~kadlib.errors.KadDataError`
naming the file, row, column and value of the first problem, so that an
analyst (or a trainer in a workshop) can fix the file and try again.

Row numbers in messages are those a person sees: in a CSV the header is
line 1, so the first data row is row 2; in Excel, the row number Excel shows.
"""

from __future__ import annotations

import csv
import re
import warnings
from pathlib import Path

from . import i18n
from .errors import KadDataError
from .regions import resolve_region

YEAR_RANGE = (1960, 2100)

#: Sector codes of the 17 BPS categories (PDRB by industry, 2010 base) and the total.
SECTOR_CODES = (
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M,N", "O", "P", "Q", "R,S,T,U",
)  # fmt: skip
TOTAL = "TOTAL"

#: Indicators that may legitimately be negative (growth rates, changes).
SIGNED_INDICATORS = frozenset({"laju_pertumbuhan_pdrb_adhk"})

_COLUMN_ALIASES = {
    "region_code": ("region_code", "kode", "kode_wilayah", "kode_bps", "kode wilayah", "code"),
    "region_name": ("region_name", "wilayah", "nama", "nama_wilayah", "nama wilayah", "region", "kabupaten/kota"),
    "year": ("year", "tahun"),
    "indicator": ("indicator", "indikator"),
    "sector_code": ("sector_code", "sektor", "kode_sektor", "kode sektor", "sector"),
    "value": ("value", "nilai"),
    "unit": ("unit", "satuan"),
    "source": ("source", "sumber"),
}


# ----------------------------------------------------------------------------- helpers
def _check_file(path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise KadDataError("err_file_missing", file=path)
    return path


def parse_number(text, *, file=None, row=None, column=None) -> float:
    """Parse one published number: decimal point, no thousands separator; blank or "-" is missing.

    Examples
    --------
    >>> parse_number("1234.5"), parse_number(" 12407 ")
    (1234.5, 12407.0)
    >>> import math; math.isnan(parse_number("-")) and math.isnan(parse_number(""))
    True
    >>> parse_number("1.234,5", file="x.csv", row=3, column="value")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'x.csv', baris 3, kolom 'value', nilai '1.234,5': nilai bukan angka...
    """
    if text is None:
        return float("nan")
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    s = str(text).strip()
    if s in ("", "-", "—", "…", "...", "NA", "nan", "NaN"):
        return float("nan")
    if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", s):
        return float(s)
    raise KadDataError(
        "err_not_numeric", file=file, row=row, column=column, value=text, allowed=("allow_numeric", {})
    )


def _parse_year(text, *, file, row, column, year_range=YEAR_RANGE) -> int:
    s = str(text).strip()
    if s.endswith(".0"):
        s = s[:-2]
    if not re.fullmatch(r"\d{4}", s):
        raise KadDataError(
            "err_year_range", file=file, row=row, column=column, value=text,
            allowed=("allow_year", {"lo": year_range[0], "hi": year_range[1]}),
        )  # fmt: skip
    year = int(s)
    if not year_range[0] <= year <= year_range[1]:
        raise KadDataError(
            "err_year_range", file=file, row=row, column=column, value=text,
            allowed=("allow_year", {"lo": year_range[0], "hi": year_range[1]}),
        )  # fmt: skip
    return year


def _read_cells(path: Path, sheet=0):
    """Read a CSV/XLSX as a DataFrame of strings (no type guessing, formulas not evaluated)."""
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(4096)
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        return pd.read_csv(path, dtype=str, keep_default_na=False, sep=delimiter, encoding="utf-8-sig")
    if suffix in (".xlsx", ".xlsm"):
        # openpyxl returns cached values; nothing in the workbook is evaluated.
        frame = pd.read_excel(path, sheet_name=sheet, dtype=object, engine="openpyxl")
        return frame.map(lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v))
    raise KadDataError(
        "err_file_type", file=path, value=path.suffix,
        allowed=("allow_list", {"items": ".csv, .xlsx"}),
    )  # fmt: skip


def _canonical_columns(columns) -> dict[str, str]:
    lookup = {alias: canon for canon, aliases in _COLUMN_ALIASES.items() for alias in aliases}
    return {c: lookup.get(str(c).strip().lower(), str(c).strip()) for c in columns}


# ----------------------------------------------------------------------------- tables
def read_table(path, *, indicator=None, unit=None, sheet=0, allow_negative=False):
    """Read a user's table of regional data (CSV or XLSX), tidy or wide by year.

    Tidy tables have one row per value with the columns ``region_code`` (or
    ``region_name``), ``year``, ``indicator`` and/or ``sector_code``, ``value``
    and optionally ``unit`` and ``source``.  Wide tables have a region column
    (and ``indicator``/``sector_code``) and one column per year (``2019``,
    ``2020`` ...).  Indonesian column names are understood (``kode``,
    ``wilayah``, ``tahun``, ``indikator``, ``sektor``, ``nilai``, ``satuan``).

    Parameters
    ----------
    path : str or Path
        A ``.csv`` (comma or semicolon separated, UTF-8) or ``.xlsx`` file.
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
        Missing columns, unknown or ambiguous regions, non-numeric or negative
        values, unknown sector codes, years out of range, duplicate rows.

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
    import pandas as pd

    path = _check_file(path)
    raw = _read_cells(path, sheet)
    raw = raw.rename(columns=_canonical_columns(raw.columns))
    if raw.empty:
        raise KadDataError("err_empty_table", file=path.name, allowed=("allow_nonempty", {}))
    raw["_row"] = range(2, len(raw) + 2)

    region_col = "region_code" if "region_code" in raw else ("region_name" if "region_name" in raw else None)
    if region_col is None:
        raise KadDataError(
            "err_missing_columns", file=path.name, missing="region_code / region_name",
            allowed=("allow_columns", {"required": "region_code|region_name, year, value",
                                       "present": ", ".join(map(str, raw.columns[:-1]))}),
        )  # fmt: skip

    year_cols = [c for c in raw.columns if re.fullmatch(r"\d{4}(\.0)?", str(c).strip())]
    if "year" not in raw and year_cols:  # wide by year -> long
        keep = [c for c in raw.columns if c not in year_cols]
        raw = raw.melt(id_vars=keep, value_vars=year_cols, var_name="year", value_name="value")
        raw = raw.sort_values(["_row", "year"], kind="stable")
    missing = [c for c in ("year", "value") if c not in raw]
    if "indicator" not in raw and "sector_code" not in raw and indicator is None:
        missing.append("indicator")
    if missing:
        raise KadDataError(
            "err_missing_columns", file=path.name, missing=", ".join(missing),
            allowed=("allow_columns", {"required": f"{region_col}, year, indicator, value",
                                       "present": ", ".join(c for c in map(str, raw.columns) if c != "_row")}),
        )  # fmt: skip

    if "indicator" not in raw:
        raw["indicator"] = indicator if indicator is not None else "pdrb_sektor"
    if "unit" not in raw:
        raw["unit"] = unit if unit is not None else ""
    if "source" not in raw:
        raw["source"] = path.name
    if "sector_code" not in raw:
        raw["sector_code"] = ""

    codes, years, values = [], [], []
    for reg, yr, val, ind, sec, row in zip(
        raw[region_col], raw["year"], raw["value"], raw["indicator"], raw["sector_code"], raw["_row"], strict=True
    ):
        codes.append(resolve_region(reg, file=path.name, row=row, column=region_col))
        years.append(_parse_year(yr, file=path.name, row=row, column="year"))
        num = parse_number(val, file=path.name, row=row, column="value")
        if num < 0 and not allow_negative and str(ind) not in SIGNED_INDICATORS:
            raise KadDataError(
                "err_negative", file=path.name, row=row, column="value", value=val,
                allowed=("allow_nonnegative", {}),
            )  # fmt: skip
        sec = str(sec).strip().upper().replace(" ", "")
        if sec and sec not in SECTOR_CODES and sec != TOTAL:
            raise KadDataError(
                "err_unknown_sector", file=path.name, row=row, column="sector_code", value=sec,
                allowed=("allow_sector", {"codes": ", ".join(SECTOR_CODES) + ", " + TOTAL}),
            )  # fmt: skip
        values.append(num)

    out = pd.DataFrame(
        {
            "region_code": codes,
            "year": pd.array(years, dtype="int64"),
            "indicator": raw["indicator"].astype(str).str.strip().to_numpy(),
            "sector_code": raw["sector_code"].astype(str).str.strip().str.upper().str.replace(" ", "").to_numpy(),
            "value": values,
            "unit": raw["unit"].astype(str).str.strip().to_numpy(),
            "source": raw["source"].astype(str).to_numpy(),
        }
    )
    key = ["region_code", "year", "indicator", "sector_code"]
    dup = out.duplicated(key, keep="first")
    if dup.any():
        i = int(dup.to_numpy().nonzero()[0][0])
        k = out.iloc[i]
        raise KadDataError(
            "err_duplicate_rows", file=path.name, row=int(raw["_row"].iloc[i]),
            what=f"{k.region_code} / {k.year} / {k.indicator} {k.sector_code}".strip(),
            allowed=("allow_one_value", {}),
        )  # fmt: skip
    return out.reset_index(drop=True)


# ----------------------------------------------------------------------------- boundaries
_CODE_COLUMNS = ("region_code", "kode", "kode_bps", "bps_code", "adm2", "kode_wilayah")


def read_boundaries(path, *, code_column=None, crs=None, make_valid=False, layer=None):
    """Read boundary polygons (GeoJSON, GeoPackage or a zipped shapefile).

    Parameters
    ----------
    path : str or Path
        ``.geojson``/``.json``, ``.gpkg``, ``.shp`` or ``.zip`` (a zipped shapefile).
    code_column : str, optional
        Column with BPS codes; by default the first of ``region_code``, ``kode``,
        ``kode_bps``, ``bps_code``, ``adm2``, ``kode_wilayah`` that exists.  Codes
        like ``33.02`` are accepted and written as ``3302``.
    crs : str, optional
        CRS to assume when the file has none (only if you know it).
    make_valid : bool
        Repair invalid polygons (``shapely.make_valid``) instead of refusing them.
    layer : str, optional
        Layer of a multi-layer file (GeoPackage).

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, with a ``region_code`` column when a code column was found.

    Raises
    ------
    KadDataError
        Unsupported file type, no CRS, empty or invalid polygons, unknown codes.
    """
    import geopandas as gpd
    import shapely

    path = _check_file(path)
    suffix = path.suffix.lower()
    if suffix not in (".geojson", ".json", ".gpkg", ".shp", ".zip"):
        raise KadDataError(
            "err_file_type", file=path.name, value=path.suffix,
            allowed=("allow_list", {"items": ".geojson, .json, .gpkg, .shp, .zip"}),
        )  # fmt: skip
    gdf = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    if gdf.crs is None:
        if crs is None:
            raise KadDataError("err_no_crs", file=path.name, allowed=("allow_crs", {}))
        gdf = gdf.set_crs(crs)

    col = code_column or next((c for c in _CODE_COLUMNS if c in gdf.columns), None)
    if code_column is not None and code_column not in gdf.columns:
        raise KadDataError(
            "err_missing_columns", file=path.name, missing=code_column,
            allowed=("allow_columns", {"required": code_column, "present": ", ".join(map(str, gdf.columns))}),
        )  # fmt: skip

    empty = gdf.geometry.isna() | gdf.geometry.is_empty
    if empty.any():
        i = int(empty.to_numpy().nonzero()[0][0])
        raise KadDataError(
            "err_empty_geometry", file=path.name, row=i + 1, column=col,
            value=None if col is None else gdf[col].iloc[i], allowed=("allow_geometry", {}),
        )  # fmt: skip
    invalid = ~gdf.geometry.is_valid
    if invalid.any():
        if make_valid:
            gdf = gdf.copy()
            gdf.loc[invalid, "geometry"] = shapely.make_valid(gdf.geometry[invalid].to_numpy())
        else:
            i = int(invalid.to_numpy().nonzero()[0][0])
            raise KadDataError(
                "err_invalid_geometry", file=path.name, row=i + 1, column=col,
                value=None if col is None else gdf[col].iloc[i],
                reason=shapely.is_valid_reason(gdf.geometry.iloc[i]), allowed=("allow_geometry", {}),
            )  # fmt: skip

    if col is not None:
        gdf = gdf.copy()
        gdf["region_code"] = [
            resolve_region(v, file=path.name, row=i + 1, column=col) for i, v in enumerate(gdf[col])
        ]
    return gdf.to_crs(4326)


# ----------------------------------------------------------------------------- BPS exports
_SECTOR_LABEL = re.compile(r"^((?:[A-U],)*[A-U])\s+(.+)$")
_TOTAL_LABELS = ("produk domestik regional bruto", "pdrb", "produk domestik bruto")
_PERIOD_ANNUAL = "Tahunan"


def _bps_rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as fh:
            return [[c.strip() for c in r] for r in csv.reader(fh)]
    if suffix in (".xlsx", ".xlsm"):
        import openpyxl

        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        ws = wb.worksheets[0]
        rows = [["" if v is None else str(v).strip() for v in r] for r in ws.iter_rows(values_only=True)]
        wb.close()
        return rows
    raise KadDataError(
        "err_file_type", file=path.name, value=path.suffix, allowed=("allow_list", {"items": ".csv, .xlsx"})
    )


def _ffill(cells: list[str]) -> list[str]:
    out, last = [], ""
    for c in cells:
        last = c if c else last
        out.append(last)
    return out


def read_bps_table(path, *, annual_only=False):
    """Read a table exported from a BPS dynamic table ("tabel dinamis") as tidy data.

    Handles the layout of BPS's "[Seri 2010] PDRB ... Menurut Lapangan Usaha"
    exports: a stub row (``Provinsi`` or ``Kabupaten/Kota``), the table title,
    then one header row of categories (``A Pertanian, ...``, ..., ``Produk
    Domestik Regional Bruto``), one of years and, if present, one of periods
    (``Triwulan I`` ... ``Tahunan``), then one row per region.  ``-`` is missing.

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
    import pandas as pd

    path = _check_file(path)
    rows = _bps_rows(path)
    rows = [r for r in rows if any(r)]
    if len(rows) < 4:
        raise KadDataError("err_bps_layout", file=path.name, detail="< 4 rows", allowed=("allow_bps_layout", {}))
    stub = rows[0][0]
    title = next((c for c in rows[1] if c), "")
    first_data = next((i for i in range(2, len(rows)) if rows[i][0]), None)
    if first_data is None or first_data < 4:
        raise KadDataError(
            "err_bps_layout", file=path.name, detail="header rows not found", allowed=("allow_bps_layout", {})
        )
    header = [_ffill(r) for r in rows[2:first_data]]
    categories, years = header[0], header[1]
    periods = header[2] if len(header) > 2 else [_PERIOD_ANNUAL] * len(categories)

    lowered = title.lower()
    price = "ADHK" if "konstan" in lowered else ("ADHB" if "berlaku" in lowered else "")
    unit_match = re.search(r"\(([^()]*rupiah[^()]*)\)", title, flags=re.I)
    unit = unit_match.group(1).lower().replace("milyar", "miliar") if unit_match else ""
    kinds = {"provinsi"} if stub.lower().startswith("prov") else {"kabupaten", "kota"}

    columns = []  # (column index, sector code, year, period)
    for j in range(1, len(categories)):
        label = categories[j]
        if not label:
            continue
        m = _SECTOR_LABEL.match(label)
        if m and m.group(1) in SECTOR_CODES:
            code = m.group(1)
        elif label.strip().lower() in _TOTAL_LABELS:
            code = TOTAL
        else:
            raise KadDataError(
                "err_unknown_sector", file=path.name, row=3, column=f"#{j + 1}", value=label,
                allowed=("allow_sector", {"codes": ", ".join(SECTOR_CODES)}),
            )  # fmt: skip
        year = _parse_year(years[j], file=path.name, row=4, column=f"#{j + 1}")
        columns.append((j, code, year, periods[j] or _PERIOD_ANNUAL))

    records, unplaced = [], []
    for i in range(first_data, len(rows)):
        r = rows[i]
        name = r[0]
        try:
            code = resolve_region(name, kinds=kinds)
        except KadDataError:
            code = None
            unplaced.append(name)
        for j, sector, year, period in columns:
            cell = r[j] if j < len(r) else ""
            value = parse_number(cell, file=path.name, row=i + 1, column=f"#{j + 1}")
            records.append((name, code, year, period, sector, value))

    out = pd.DataFrame(records, columns=["region_name", "region_code", "year", "period", "sector_code", "value"])
    out["region_code"] = out["region_code"].astype("string")
    out["unit"] = unit
    out["price_basis"] = price
    out["source"] = f"{path.name}: {title}"
    if annual_only:
        out = out[out["period"] == _PERIOD_ANNUAL].reset_index(drop=True)
    if unplaced:
        warnings.warn(
            f"{path.name}: "
            + i18n.t("err_unknown_region_name")
            + f" ({len(unplaced)}): {', '.join(unplaced)} — region_code = <NA>",
            stacklevel=2,
        )
    return out
