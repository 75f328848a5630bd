"""One label table for Bahasa Indonesia and English.

Every message, label and plot title of the kit is looked up here, so that a
trainer can switch the whole kit with one call.  Indonesian is the default.

Examples
--------
>>> from kadlib import i18n
>>> i18n.set_language("en")
>>> i18n.t("region")
'Region'
>>> i18n.set_language("id")
>>> i18n.t("region")
'Wilayah'
"""

from __future__ import annotations

LANGUAGES = ("id", "en")

_language = "id"

#: key -> {"id": ..., "en": ...}.  Data labels (sectors, indicators, criteria ...)
#: live in the bundled tables (columns ``label_id`` / ``label_en``), not here.
LABELS: dict[str, dict[str, str]] = {
    # --- general words -----------------------------------------------------
    "region": {"id": "Wilayah", "en": "Region"},
    "region_code": {"id": "Kode wilayah", "en": "Region code"},
    "year": {"id": "Tahun", "en": "Year"},
    "value": {"id": "Nilai", "en": "Value"},
    "unit": {"id": "Satuan", "en": "Unit"},
    "source": {"id": "Sumber", "en": "Source"},
    "sector": {"id": "Sektor", "en": "Sector"},
    "group": {"id": "Kelompok kerja sama", "en": "Cooperation group"},
    "members": {"id": "Anggota", "en": "Members"},
    "kabupaten": {"id": "Kabupaten", "en": "Regency"},
    "kota": {"id": "Kota", "en": "City"},
    "provinsi": {"id": "Provinsi", "en": "Province"},
    "nasional": {"id": "Nasional", "en": "National"},
    "no_data": {"id": "tidak ada data", "en": "no data"},
    # --- plots ------------------------------------------------------------------
    "share_pct": {"id": "Pangsa terhadap PDRB (%)", "en": "Share of GRDP (%)"},
    "growth_pct": {"id": "Pertumbuhan (% per tahun)", "en": "Growth (% per year)"},
    "structure_title": {"id": "Struktur ekonomi {year}", "en": "Economic structure {year}"},
    "growth_title": {"id": "Pertumbuhan {what}", "en": "Growth of {what}"},
    "klassen_title": {"id": "Tipologi Klassen {start}–{end}", "en": "Klassen typology {start}–{end}"},
    "klassen_x": {"id": "Pertumbuhan rata-rata (% per tahun)", "en": "Average growth (% per year)"},
    "klassen_y": {"id": "PDRB per kapita ({unit})", "en": "GRDP per capita ({unit})"},
    "reference": {"id": "Referensi", "en": "Reference"},
    "disparity_title": {"id": "Ketimpangan antarwilayah", "en": "Regional disparity"},
    "index": {"id": "Indeks", "en": "Index"},
    "williamson": {"id": "Indeks Williamson", "en": "Williamson index"},
    "theil": {"id": "Indeks Theil", "en": "Theil index"},
    "theil_between": {"id": "Theil antarkelompok", "en": "Theil between groups"},
    "theil_within": {"id": "Theil dalam kelompok", "en": "Theil within groups"},
    "sigma": {"id": "Sigma (sd ln PDRB per kapita)", "en": "Sigma (sd of ln GRDP per capita)"},
    "lq_title": {"id": "Location quotient {year} (referensi: {ref})", "en": "Location quotient {year} (reference: {ref})"},
    "lq_colorbar": {"id": "LQ (> 1 = sektor basis)", "en": "LQ (> 1 = basic sector)"},
    "shift_share_title": {"id": "Shift-share {region}, {start}–{end}", "en": "Shift-share {region}, {start}–{end}"},
    "ss_reference_growth": {"id": "Pertumbuhan referensi", "en": "Reference growth"},
    "ss_industry_mix": {"id": "Bauran industri", "en": "Industry mix"},
    "ss_competitive": {"id": "Keunggulan kompetitif", "en": "Competitive effect"},
    "ss_competitive_homothetic": {"id": "Kompetitif (homotetik)", "en": "Competitive (homothetic)"},
    "ss_allocation": {"id": "Efek alokasi", "en": "Allocation effect"},
    "ss_change": {"id": "Perubahan ({unit})", "en": "Change ({unit})"},
    "ranking_title": {"id": "Peringkat sektor ({method})", "en": "Sector ranking ({method})"},
    "score": {"id": "Skor", "en": "Score"},
    "fails_gate": {"id": "tidak memenuhi syarat tetangga", "en": "fails the neighbour rule"},
    "passes_gate": {"id": "memenuhi syarat tetangga", "en": "passes the neighbour rule"},
    "rank_prob_title": {"id": "Peluang tiap peringkat ({n} undian bobot)", "en": "Probability of each rank ({n} weight draws)"},
    "rank": {"id": "Peringkat", "en": "Rank"},
    "probability": {"id": "Peluang", "en": "Probability"},
    "member": {"id": "Anggota", "en": "Member"},
    "other_regions": {"id": "Wilayah lain", "en": "Other regions"},
    "participates_basis": {"id": "ikut serta, sektor basis (LQ > 1)", "en": "takes part, basic sector (LQ > 1)"},
    "participates": {"id": "ikut serta", "en": "takes part"},
    "basis_only": {"id": "sektor basis, belum ikut serta", "en": "basic sector, not taking part"},
    "member_other": {"id": "anggota lain", "en": "other member"},
    "contiguity_link": {"id": "bertetangga (batas darat)", "en": "neighbours (land border)"},
    "manual_link": {"id": "tautan manual (laut/feri)", "en": "manual link (sea/ferry)"},
    "neighbour_network": {"id": "Jaringan tetangga", "en": "Neighbour network"},
    "scheme_quantiles": {"id": "kuantil", "en": "quantiles"},
    "scheme_natural_breaks": {"id": "jeda alami (Fisher-Jenks)", "en": "natural breaks (Fisher-Jenks)"},
    "scheme_equal_interval": {"id": "interval sama", "en": "equal interval"},
    "scheme_user": {"id": "batas kelas sendiri", "en": "user-defined breaks"},
    "err_scheme": {"id": "skema klasifikasi tidak dikenal", "en": "unknown classification scheme"},
    "map_source_line": {
        "id": "Sumber: BPS; batas wilayah: geoBoundaries/HDX, CC BY 3.0 IGO",
        "en": "Source: BPS (Statistics Indonesia); boundaries: geoBoundaries/HDX, CC BY 3.0 IGO",
    },
    # --- error messages: where ----------------------------------------------
    "loc_file": {"id": "berkas '{0}'", "en": "file '{0}'"},
    "loc_row": {"id": "baris {0}", "en": "row {0}"},
    "loc_column": {"id": "kolom '{0}'", "en": "column '{0}'"},
    "loc_value": {"id": "nilai {0!r}", "en": "value {0!r}"},
    "allowed": {"id": "Yang diizinkan: {0}", "en": "Allowed: {0}"},
    # --- error messages: what -----------------------------------------------
    "err_unknown_region_code": {
        "id": "kode wilayah tidak dikenal",
        "en": "unknown region code",
    },
    "allow_region_code": {
        "id": "kode BPS 4 digit yang ada, mis. 3302 (Kabupaten Banyumas); daftar lengkap: kadlib.load_region_table()",
        "en": "an existing 4-digit BPS code, e.g. 3302 (Kabupaten Banyumas); full list: kadlib.load_region_table()",
    },
    "err_duplicate_region_code": {
        "id": "kode wilayah muncul lebih dari sekali",
        "en": "region code given more than once",
    },
    "allow_unique": {"id": "setiap wilayah sekali saja", "en": "each region once"},
    "err_ambiguous_region_name": {
        "id": "nama ini cocok dengan lebih dari satu wilayah: {matches}",
        "en": "this name matches more than one region: {matches}",
    },
    "allow_region_name": {
        "id": "tulis 'Kota …' atau 'Kabupaten …', atau pakai kode BPS 4 digit",
        "en": "write 'Kota …' or 'Kabupaten …', or use the 4-digit BPS code",
    },
    "err_unknown_region_name": {
        "id": "nama wilayah tidak dikenal",
        "en": "unknown region name",
    },
    "err_unknown_group": {
        "id": "kelompok kerja sama tidak dikenal",
        "en": "unknown cooperation group",
    },
    "err_missing_columns": {
        "id": "kolom wajib tidak ada: {missing}",
        "en": "required columns are missing: {missing}",
    },
    "allow_columns": {
        "id": "tabel dengan kolom {required} (kolom yang ada: {present})",
        "en": "a table with columns {required} (columns found: {present})",
    },
    "err_not_numeric": {"id": "nilai bukan angka", "en": "value is not a number"},
    "allow_numeric": {
        "id": "angka dengan titik desimal, tanpa pemisah ribuan (mis. 1234.5); sel kosong untuk data yang tidak ada",
        "en": "a number with a decimal point, no thousands separator (e.g. 1234.5); an empty cell for missing data",
    },
    "err_negative": {"id": "nilai negatif tidak boleh di sini", "en": "negative values are not allowed here"},
    "allow_nonnegative": {"id": "angka ≥ 0", "en": "numbers ≥ 0"},
    "err_unknown_sector": {"id": "kode sektor tidak dikenal", "en": "unknown sector code"},
    "allow_sector": {
        "id": "kode kategori BPS: {codes}",
        "en": "BPS category codes: {codes}",
    },
    "err_year_range": {"id": "tahun di luar rentang", "en": "year out of range"},
    "allow_year": {"id": "tahun {lo}–{hi}", "en": "years {lo}–{hi}"},
    "err_unknown_indicator": {"id": "indikator tidak dikenal", "en": "unknown indicator"},
    "allow_list": {"id": "salah satu dari: {items}", "en": "one of: {items}"},
    "err_duplicate_rows": {
        "id": "data ganda untuk {what}",
        "en": "duplicate data for {what}",
    },
    "allow_one_value": {
        "id": "satu nilai per wilayah, tahun dan indikator",
        "en": "one value per region, year and indicator",
    },
    "err_no_crs": {
        "id": "berkas batas wilayah tidak punya sistem koordinat (CRS)",
        "en": "boundary file has no coordinate reference system (CRS)",
    },
    "allow_crs": {
        "id": "berkas dengan CRS (mis. EPSG:4326); atau beri crs='EPSG:4326' bila Anda tahu CRS-nya",
        "en": "a file with a CRS (e.g. EPSG:4326); or pass crs='EPSG:4326' if you know it",
    },
    "err_invalid_geometry": {
        "id": "poligon tidak valid ({reason})",
        "en": "invalid polygon ({reason})",
    },
    "allow_geometry": {
        "id": "poligon valid; perbaiki di QGIS atau panggil dengan make_valid=True",
        "en": "valid polygons; fix them in QGIS or call with make_valid=True",
    },
    "err_empty_geometry": {"id": "geometri kosong", "en": "empty geometry"},
    "err_file_type": {"id": "jenis berkas tidak didukung", "en": "unsupported file type"},
    "err_file_missing": {"id": "berkas tidak ditemukan", "en": "file not found"},
    "err_empty_table": {"id": "tabel kosong", "en": "the table is empty"},
    "allow_nonempty": {"id": "minimal satu baris data", "en": "at least one data row"},
    "err_bps_layout": {
        "id": "tata letak tidak seperti ekspor tabel dinamis BPS: {detail}",
        "en": "layout is not that of a BPS dynamic-table export: {detail}",
    },
    "allow_bps_layout": {
        "id": "berkas CSV/XLSX yang diunduh dari tabel dinamis BPS tanpa diubah",
        "en": "a CSV/XLSX downloaded unchanged from a BPS dynamic table",
    },
    "err_no_region_column": {
        "id": "tidak ada kolom wilayah",
        "en": "no region column",
    },
    "allow_region_column": {
        "id": "kolom 'region_code' (kode BPS) atau 'region_name' (nama wilayah)",
        "en": "a column 'region_code' (BPS code) or 'region_name' (region name)",
    },
    "err_missing_value": {
        "id": "data yang dibutuhkan tidak ada (wilayah / tahun / sektor)",
        "en": "a value the computation needs is missing (region / year / sector)",
    },
    "allow_complete": {
        "id": "tabel yang memuat nilai ini, termasuk baris wilayah referensi (mis. provinsi); "
        "load_sector_pdrb(..., with_reference=True) menambahkannya",
        "en": "a table holding this value, including the reference area's rows (e.g. the province); "
        "load_sector_pdrb(..., with_reference=True) adds them",
    },
    "err_missing_reason": {"id": "alasan tautan manual kosong", "en": "the manual link has no reason"},
    "allow_reason": {
        "id": "alasan singkat, mis. 'penyeberangan feri Cilacap–Nusakambangan'",
        "en": "a short reason, e.g. 'ferry crossing'",
    },
    "err_out_of_scale": {"id": "nilai di luar skala", "en": "value outside the scale"},
    "allow_scale": {"id": "nilai dari {lo} sampai {hi}", "en": "values from {lo} to {hi}"},
    "allow_score": {"id": "angka pada skala penilaian (mis. 1–5)", "en": "a number on the scoring scale (e.g. 1–5)"},
    "err_weights_criteria": {
        "id": "bobot tidak cocok dengan kriteria (kurang atau lebih: {value})",
        "en": "weights do not match the criteria (missing or extra)",
    },
    "allow_weights": {
        "id": "satu bobot ≥ 0 per kriteria, jumlahnya > 0",
        "en": "one weight ≥ 0 per criterion, with a sum > 0",
    },
    "err_ahp_shape": {"id": "matriks perbandingan harus bujur sangkar dengan label baris = kolom",
                      "en": "the comparison matrix must be square with row labels = column labels"},
    "allow_ahp": {"id": "matriks n x n, diagonal 1, sel (a, b) = 1 / sel (b, a), nilai 1/9–9",
                  "en": "an n x n matrix, diagonal 1, cell (a, b) = 1 / cell (b, a), values 1/9–9"},
    "err_ahp_diagonal": {"id": "diagonal matriks perbandingan harus 1", "en": "the diagonal must be 1"},
    "err_ahp_reciprocal": {"id": "matriks tidak resiprokal", "en": "the matrix is not reciprocal"},
    "allow_ahp_reciprocal": {"id": "nilai {v} (kebalikan dari sel seberangnya)",
                             "en": "the value {v} (the reciprocal of the opposite cell)"},
    "err_ahp_incomplete": {"id": "perbandingan ini belum diisi", "en": "this comparison is missing"},
    "allow_ahp_fill": {
        "id": "isi semua perbandingan, atau panggil ahp(..., fill='geometric') untuk mengisi dari jalur tidak langsung",
        "en": "fill every comparison, or call ahp(..., fill='geometric') to fill it from indirect paths",
    },
    "err_participant_twice": {"id": "peserta yang sama muncul dua kali", "en": "the same participant appears twice"},
    "allow_participant_once": {"id": "satu berkas per peserta (sudah ada di {other})",
                               "en": "one file per participant (already in {other})"},
    "err_not_template": {"id": "bukan templat penilaian SKAD Kit", "en": "not a SKAD Kit scoring template"},
    "allow_template": {"id": "templat yang dibuat oleh kadlib.workshop.make_templates, tanpa mengubah kode butir",
                       "en": "a template made by kadlib.workshop.make_templates, item codes unchanged"},
    "err_other_session": {"id": "templat dari sesi lain", "en": "template from another session"},
    "allow_session": {"id": "templat untuk sesi {session!r}", "en": "templates for session {session!r}"},
    "err_blank": {"id": "sel kosong", "en": "blank cell"},
    "allow_name": {"id": "nama peserta", "en": "the participant's name"},
    "allow_complete_ratings": {"id": "setiap peserta menilai setiap butir", "en": "every participant rates every item"},
    "err_formula": {"id": "rumus tidak diterima (tidak dijalankan)", "en": "formulas are not accepted (not evaluated)"},
    "err_template_changed": {"id": "kode butir di templat diubah", "en": "an item code in the template was changed"},
    "err_unknown_participant": {"id": "peserta belum terdaftar di sesi ini", "en": "participant not registered in this session"},
    "err_indicator_unit": {"id": "tolok ukur tanpa satuan", "en": "indicator without a unit"},
    "allow_indicator": {"id": "setiap tolok ukur punya nama dan satuan (mis. 'persen', 'juta rupiah')",
                        "en": "every indicator has a name and a unit (e.g. 'persen', 'juta rupiah')"},
    "allow_scenario": {"id": "berkas YAML yang ditulis oleh Scenario.save", "en": "a YAML file written by Scenario.save"},
    # --- warnings -------------------------------------------------------------
    "warn_flagged_dropped": {
        "id": "data bermasalah tidak dipakai: {items}",
        "en": "flagged data not used: {items}",
    },
}


def set_language(lang: str) -> None:
    """Choose the language of every label, message and plot ("id" or "en").

    Parameters
    ----------
    lang : {"id", "en"}
        ``"id"`` for Bahasa Indonesia (the default), ``"en"`` for English.

    Examples
    --------
    >>> import kadlib
    >>> kadlib.set_language("en"); kadlib.get_language()
    'en'
    >>> kadlib.set_language("id")
    """
    global _language
    if lang not in LANGUAGES:
        raise ValueError(
            f"bahasa tidak dikenal {lang!r}; pilih 'id' atau 'en' "
            f"(unknown language {lang!r}; choose 'id' or 'en')"
        )
    _language = lang


def get_language() -> str:
    """Return the current language code (``"id"`` or ``"en"``)."""
    return _language


def t(key: str, *args, lang: str | None = None, **kwargs) -> str:
    """Return the label ``key`` in the current (or given) language, formatted.

    Examples
    --------
    >>> t("loc_row", 12, lang="en")
    'row 12'
    """
    entry = LABELS[key]
    text = entry[lang or _language]
    return text.format(*args, **kwargs) if (args or kwargs) else text


def format_number(value, decimals: int = 0, lang: str | None = None) -> str:
    """Format a number the way readers of the language expect.

    Indonesian writes ``1.234.567,89`` (point for thousands, comma for decimals);
    English ``1,234,567.89``.  Missing values are shown as ``–``.

    Examples
    --------
    >>> format_number(101839740.58, 2, lang="id")
    '101.839.740,58'
    >>> format_number(101839740.58, 2, lang="en")
    '101,839,740.58'
    >>> format_number(float("nan"))
    '–'
    """
    if value is None or value != value:
        return "–"
    text = f"{value:,.{decimals}f}"
    if (lang or _language) == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def label_column(lang: str | None = None) -> str:
    """Name of the label column of bundled tables for the language: ``label_id``/``label_en``."""
    return f"label_{lang or _language}"
