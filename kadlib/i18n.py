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

import threading
from contextlib import contextmanager

LANGUAGES = ("id", "en")

_language = "id"
#: A language for one thread only (``using``): the dashboard renders the other language in the background.
_thread = threading.local()

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
    "klassen_title": {
        "id": "Tipologi Klassen {start}–{end}",
        "en": "Klassen typology {start}–{end}",
    },
    "klassen_x": {"id": "Pertumbuhan rata-rata (% per tahun)", "en": "Average growth (% per year)"},
    "klassen_y": {"id": "PDRB per kapita ({unit})", "en": "GRDP per capita ({unit})"},
    "reference": {"id": "Pembanding", "en": "Reference"},
    "disparity_title": {"id": "Ketimpangan antarwilayah", "en": "Regional disparity"},
    "index": {"id": "Indeks", "en": "Index"},
    "williamson": {"id": "Indeks Williamson", "en": "Williamson index"},
    "theil": {"id": "Indeks Theil", "en": "Theil index"},
    "theil_between": {"id": "Theil antarkelompok", "en": "Theil between groups"},
    "theil_within": {"id": "Theil dalam kelompok", "en": "Theil within groups"},
    "sigma": {
        "id": "Sigma (simpangan baku ln PDRB per kapita)",
        "en": "Sigma (sd of ln GRDP per capita)",
    },
    "lq_title": {
        "id": "Location quotient (LQ) {year} (pembanding: {ref})",
        "en": "Location quotient {year} (reference: {ref})",
    },
    "lq_colorbar": {"id": "LQ (> 1 = sektor basis)", "en": "LQ (> 1 = basic sector)"},
    "shift_share_title": {
        "id": "Shift-share {region}, {start}–{end}",
        "en": "Shift-share {region}, {start}–{end}",
    },
    "ss_reference_growth": {"id": "Pertumbuhan wilayah pembanding", "en": "Reference growth"},
    "ss_industry_mix": {"id": "Bauran industri", "en": "Industry mix"},
    "ss_competitive": {"id": "Keunggulan kompetitif", "en": "Competitive effect"},
    "ss_competitive_homothetic": {
        "id": "Keunggulan kompetitif (homotetik)",
        "en": "Competitive (homothetic)",
    },
    "ss_allocation": {"id": "Efek alokasi", "en": "Allocation effect"},
    "ss_change": {"id": "Perubahan ({unit})", "en": "Change ({unit})"},
    "ranking_title": {"id": "Peringkat sektor ({method})", "en": "Sector ranking ({method})"},
    "score": {"id": "Skor", "en": "Score"},
    "fails_gate": {"id": "tidak memenuhi syarat tetangga", "en": "fails the neighbour rule"},
    "passes_gate": {"id": "memenuhi syarat tetangga", "en": "passes the neighbour rule"},
    "rank_prob_title": {
        "id": "Peluang tiap peringkat ({n} simulasi bobot acak)",
        "en": "Probability of each rank ({n} weight draws)",
    },
    "rank": {"id": "Peringkat", "en": "Rank"},
    "probability": {"id": "Peluang", "en": "Probability"},
    "participates_basis": {
        "id": "ikut serta, sektor basis (LQ > 1)",
        "en": "takes part, basic sector (LQ > 1)",
    },
    "participates": {"id": "ikut serta", "en": "takes part"},
    "basis_only": {"id": "sektor basis, tidak ikut serta", "en": "basic sector, not taking part"},
    "member_other": {"id": "anggota lain", "en": "other member"},
    "contiguity_link": {"id": "bertetangga (batas darat)", "en": "neighbours (land border)"},
    "manual_link": {"id": "tautan manual (laut/feri)", "en": "manual link (sea/ferry)"},
    "neighbour_network": {"id": "Jaringan tetangga", "en": "Neighbour network"},
    "scheme_quantiles": {"id": "kuantil", "en": "quantiles"},
    "scheme_natural_breaks": {
        "id": "natural breaks (Fisher-Jenks)",
        "en": "natural breaks (Fisher-Jenks)",
    },
    "scheme_equal_interval": {"id": "interval sama", "en": "equal interval"},
    "scheme_user": {"id": "batas kelas yang ditentukan sendiri", "en": "user-defined breaks"},
    "err_scheme": {"id": "skema klasifikasi tidak dikenal", "en": "unknown classification scheme"},
    "map_source_line": {
        "id": "Sumber: BPS; batas wilayah: geoBoundaries/HDX, CC BY 3.0 IGO",
        "en": "Source: BPS (Statistics Indonesia); boundaries: geoBoundaries/HDX, CC BY 3.0 IGO",
    },
    # --- error messages: where ----------------------------------------------
    "loc_file": {"id": "berkas '{0}'", "en": "file '{0}'"},
    "loc_sheet": {"id": "lembar '{0}'", "en": "sheet '{0}'"},  # paper worksheets: a workbook's tab
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
        "id": "tulis 'Kota …' atau 'Kabupaten …', atau gunakan kode BPS 4 digit",
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
    "err_negative": {
        "id": "nilai negatif tidak diperbolehkan di sini",
        "en": "negative values are not allowed here",
    },
    "allow_nonnegative": {"id": "angka ≥ 0", "en": "numbers ≥ 0"},
    "err_unknown_sector": {"id": "kode sektor tidak dikenal", "en": "unknown sector code"},
    "allow_sector": {
        "id": "kode kategori BPS: {codes}",
        "en": "BPS category codes: {codes}",
    },
    "err_year_range": {"id": "tahun di luar rentang", "en": "year out of range"},
    "allow_year": {"id": "tahun {lo}–{hi}", "en": "years {lo}–{hi}"},
    "err_unknown_indicator": {"id": "indikator tidak dikenal", "en": "unknown indicator"},
    "err_unknown_option": {"id": "pilihan tidak dikenal", "en": "unknown option"},
    "err_bad_scale": {
        "id": "skala tidak valid: batas atas harus lebih besar dari batas bawah",
        "en": "invalid scale: the upper bound must be greater than the lower bound",
    },
    "allow_bad_scale": {
        "id": "pasangan (bawah, atas), mis. (1, 5)",
        "en": "a (low, high) pair, e.g. (1, 5)",
    },
    "err_ahp_too_large": {
        "id": "tabel indeks acak ini tidak mencakup ukuran matriks ini",
        "en": "this random-index table does not cover a matrix of this size",
    },
    "allow_ahp_size": {
        "id": "n ≤ {hi}, atau ri='saaty' / ri='simulated' untuk n lebih besar",
        "en": "n ≤ {hi}, or ri='saaty' / ri='simulated' for a larger n",
    },
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
        "id": "berkas batas wilayah tidak memiliki sistem koordinat (CRS)",
        "en": "boundary file has no coordinate reference system (CRS)",
    },
    "allow_crs": {
        "id": "berkas dengan CRS (mis. EPSG:4326); atau berikan crs='EPSG:4326' bila Anda mengetahui CRS-nya",
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
    "err_missing_value": {
        "id": "data yang dibutuhkan tidak ada (wilayah / tahun / sektor)",
        "en": "a value the computation needs is missing (region / year / sector)",
    },
    "allow_complete": {
        "id": "tabel yang memuat nilai ini, termasuk baris wilayah pembanding (mis. provinsi); load_sector_pdrb(..., with_reference=True) menambahkannya",
        "en": "a table holding this value, including the reference area's rows (e.g. the province); "
        "load_sector_pdrb(..., with_reference=True) adds them",
    },
    "err_missing_reason": {
        "id": "alasan tautan manual kosong",
        "en": "the manual link has no reason",
    },
    "allow_reason": {
        "id": "alasan singkat, mis. 'penyeberangan feri Cilacap–Nusakambangan'",
        "en": "a short reason, e.g. 'ferry crossing'",
    },
    "err_out_of_scale": {"id": "nilai di luar skala", "en": "value outside the scale"},
    "allow_scale": {"id": "nilai dari {lo} sampai {hi}", "en": "values from {lo} to {hi}"},
    "allow_score": {
        "id": "angka pada skala penilaian (mis. 1–5)",
        "en": "a number on the scoring scale (e.g. 1–5)",
    },
    "err_weights_criteria": {
        "id": "bobot tidak cocok dengan kriteria (ada yang kurang atau berlebih)",
        "en": "weights do not match the criteria (missing or extra)",
    },
    "allow_weights": {
        "id": "satu bobot ≥ 0 per kriteria, jumlahnya > 0",
        "en": "one weight ≥ 0 per criterion, with a sum > 0",
    },
    "err_ahp_shape": {
        "id": "matriks perbandingan harus bujur sangkar dengan label baris = kolom",
        "en": "the comparison matrix must be square with row labels = column labels",
    },
    "allow_ahp": {
        "id": "matriks n x n, diagonal 1, sel (a, b) = 1 / sel (b, a), nilai 1/9–9",
        "en": "an n x n matrix, diagonal 1, cell (a, b) = 1 / cell (b, a), values 1/9–9",
    },
    "err_ahp_diagonal": {
        "id": "diagonal matriks perbandingan harus 1",
        "en": "the diagonal must be 1",
    },
    "err_ahp_reciprocal": {"id": "matriks tidak resiprokal", "en": "the matrix is not reciprocal"},
    "allow_ahp_reciprocal": {
        "id": "nilai {v} (kebalikan dari sel seberangnya)",
        "en": "the value {v} (the reciprocal of the opposite cell)",
    },
    "err_ahp_incomplete": {
        "id": "perbandingan ini belum diisi",
        "en": "this comparison is missing",
    },
    "allow_ahp_fill": {
        "id": "isi semua perbandingan, atau panggil ahp(..., fill='geometric') untuk mengisi dari jalur tidak langsung",
        "en": "fill every comparison, or call ahp(..., fill='geometric') to fill it from indirect paths",
    },
    "err_participant_twice": {
        "id": "peserta yang sama muncul dua kali",
        "en": "the same participant appears twice",
    },
    "allow_participant_once": {
        "id": "satu berkas per peserta (sudah ada di {other})",
        "en": "one file per participant (already in {other})",
    },
    "err_not_template": {
        "id": "bukan templat penilaian SKAD Kit",
        "en": "not a SKAD Kit scoring template",
    },
    "allow_template": {
        "id": "templat yang dibuat oleh kadlib.workshop.make_templates, tanpa mengubah kode butir",
        "en": "a template made by kadlib.workshop.make_templates, item codes unchanged",
    },
    "err_other_session": {"id": "templat dari sesi lain", "en": "template from another session"},
    "allow_session": {
        "id": "templat untuk sesi {session!r}",
        "en": "templates for session {session!r}",
    },
    "err_blank": {"id": "sel kosong", "en": "blank cell"},
    "allow_name": {"id": "nama peserta", "en": "the participant's name"},
    "allow_complete_ratings": {
        "id": "setiap peserta menilai setiap butir",
        "en": "every participant rates every item",
    },
    "err_formula": {
        "id": "rumus tidak diterima (tidak dijalankan)",
        "en": "formulas are not accepted (not evaluated)",
    },
    "err_template_changed": {
        "id": "kode butir di templat diubah",
        "en": "an item code in the template was changed",
    },
    "err_unknown_participant": {
        "id": "peserta belum terdaftar di sesi ini",
        "en": "participant not registered in this session",
    },
    "err_indicator_unit": {"id": "tolok ukur tanpa satuan", "en": "indicator without a unit"},
    "allow_indicator": {
        "id": "setiap tolok ukur memiliki nama dan satuan (mis. 'persen', 'juta rupiah')",
        "en": "every indicator has a name and a unit (e.g. 'persen', 'juta rupiah')",
    },
    "allow_scenario": {
        "id": "berkas YAML yang ditulis oleh Scenario.save",
        "en": "a YAML file written by Scenario.save",
    },
    # --- analysis inputs: scores, weights, AHP, robustness, scenario files (issue 13, inputs) ---------
    "err_not_finite": {
        "id": "nilai tak hingga (inf) tidak dapat dipakai",
        "en": "infinite values (inf) cannot be used",
    },
    "allow_finite_score": {
        "id": "angka biasa pada skala penilaian (mis. 1–5), bukan inf",
        "en": "an ordinary number on the scoring scale (e.g. 1–5), not inf",
    },
    "allow_unique_names": {"id": "setiap nama sekali saja", "en": "each name once"},
    "err_duplicate_label": {"id": "label ganda", "en": "duplicate label"},
    "allow_ahp_number": {
        "id": "angka 1/9–9 seperti 3; 0,5; atau 1/3; sel kosong untuk perbandingan yang belum diisi",
        "en": "a number from 1/9 to 9 such as 3, 0.5 or 1/3; an empty cell for a missing comparison",
    },
    "err_ahp_cap": {
        "id": "matriks perbandingan terlalu besar untuk diisi dan diperiksa dalam lokakarya",
        "en": "the comparison matrix is too large to be filled in and checked in a workshop",
    },
    "allow_ahp_cap": {
        "id": "n ≤ {hi} kriteria (Saaty menganjurkan sekitar 7; kelompokkan kriteria bila lebih banyak)",
        "en": "n ≤ {hi} criteria (Saaty advises about 7; group the criteria if there are more)",
    },
    "allow_weight_number": {
        "id": "angka ≥ 0 seperti 2; 0,5; 0.5; atau 1/3",
        "en": "a number ≥ 0 such as 2, 0.5, 0,5 or 1/3",
    },
    "err_weight_missing": {
        "id": "bobot kosong atau bukan angka (NaN)",
        "en": "the weight is missing (NaN)",
    },
    "err_weights_zero_sum": {
        "id": "jumlah bobot 0: tidak ada kriteria yang diberi bobot",
        "en": "the sum of the weights is 0: no criterion has any weight",
    },
    "allow_weights_positive_sum": {
        "id": "setidaknya satu bobot > 0",
        "en": "at least one weight > 0",
    },
    "err_no_criteria": {"id": "tidak ada kriteria", "en": "no criteria given"},
    "allow_criteria": {"id": "minimal satu kriteria", "en": "at least one criterion"},
    "err_out_of_range": {
        "id": "nilai di luar rentang yang diizinkan",
        "en": "value outside the allowed range",
    },
    "allow_whole_range": {
        "id": "bilangan bulat dari {lo} sampai {hi}",
        "en": "a whole number from {lo} to {hi}",
    },
    "allow_positive": {"id": "angka > 0 (bukan inf)", "en": "a number > 0 (not inf)"},
    "err_compare_few": {
        "id": "perbandingan memerlukan dua skenario atau lebih",
        "en": "a comparison needs two or more scenarios",
    },
    "err_map_no_group": {
        "id": "peta memerlukan kelompok atau kode wilayah",
        "en": "the map needs a group or region codes",
    },
    "allow_group_or_codes": {
        "id": "nama kelompok atau daftar kode wilayah, mis. group_map('Kartamantul') atau codes=['3402', '3404']",
        "en": "a group name or a list of region codes, e.g. group_map('Kartamantul') or codes=['3402', '3404']",
    },
    "err_file_empty": {"id": "berkas kosong", "en": "the file is empty"},
    "err_not_scenario": {
        "id": "bukan berkas skenario SKAD Kit",
        "en": "not a SKAD Kit scenario file",
    },
    "err_not_utf8": {"id": "berkas bukan teks UTF-8", "en": "the file is not UTF-8 text"},
    "err_yaml_syntax": {"id": "bukan YAML yang sah: {problem}", "en": "not valid YAML: {problem}"},
    "allow_yaml": {
        "id": "YAML seperti yang ditulis Scenario.save (periksa tanda kutip, titik dua dan indentasi)",
        "en": "YAML as written by Scenario.save (check quotes, colons and indentation)",
    },
    "err_file_too_large": {"id": "berkas terlalu besar", "en": "the file is too large"},
    "allow_yaml_size": {
        "id": "berkas skenario ≤ {mb} MB dengan ≤ {nodes} unsur setelah alias YAML (&, *) diuraikan",
        "en": "a scenario file ≤ {mb} MB with ≤ {nodes} items once YAML aliases (&, *) are expanded",
    },
    "err_scenario_title": {"id": "judul skenario kosong", "en": "the scenario has no title"},
    "allow_title": {
        "id": "judul skenario (title), mis. 'Kartamantul — pengelolaan sampah'",
        "en": "a scenario title, e.g. 'Kartamantul — waste management'",
    },
    "err_wrong_type": {"id": "bentuk isian salah", "en": "wrong kind of entry"},
    "allow_type_mapping": {
        "id": "pasangan 'kunci: nilai' (satu per baris di bawahnya), bukan daftar '- butir'",
        "en": "'key: value' pairs (one per line below it), not a list of '- item'",
    },
    "allow_type_list": {"id": "daftar (- butir)", "en": "a list (- item)"},
    "allow_type_text": {"id": "teks", "en": "text"},
    "allow_objectives": {
        "id": "pasangan kriteria: 'max' atau 'min', mis. {'biaya': 'min'}",
        "en": "pairs criterion: 'max' or 'min', e.g. {'biaya': 'min'}",
    },
    "allow_gate": {
        "id": "pasangan sektor: hasil pemeriksaan syarat tetangga (neighbour_rule) atau True/False",
        "en": "pairs sector: neighbour-rule verdict (neighbour_rule) or True/False",
    },
    # --- economy and report -----------------------------------------------------
    "undefined_zero_start": {
        "id": "tidak dapat dihitung (nilai awal 0)",
        "en": "undefined (zero at the start)",
    },
    "klassen_region_1": {
        "id": "Daerah cepat maju dan cepat tumbuh",
        "en": "High income, high growth",
    },
    "klassen_region_2": {"id": "Daerah maju tapi tertekan", "en": "High income, low growth"},
    "klassen_region_3": {"id": "Daerah berkembang cepat", "en": "Low income, high growth"},
    "klassen_region_4": {"id": "Daerah relatif tertinggal", "en": "Low income, low growth"},
    "klassen_sector_1": {
        "id": "Sektor maju dan tumbuh cepat (prima)",
        "en": "Large share, fast growth (prime)",
    },
    "klassen_sector_2": {
        "id": "Sektor maju tapi tertekan",
        "en": "Large share, slow growth (under pressure)",
    },
    "klassen_sector_3": {
        "id": "Sektor potensial (sedang tumbuh)",
        "en": "Small share, fast growth (potential)",
    },
    "klassen_sector_4": {
        "id": "Sektor relatif tertinggal",
        "en": "Small share, slow growth (lagging)",
    },
    "lq_dlq_TT": {"id": "unggulan (basis, tetap basis)", "en": "leading (basic, stays basic)"},
    "lq_dlq_TF": {
        "id": "prospektif (basis, cenderung menjadi non-basis)",
        "en": "prospective (basic, tending to non-basic)",
    },
    "lq_dlq_FT": {
        "id": "andalan (non-basis, cenderung menjadi basis)",
        "en": "mainstay (non-basic, tending to basic)",
    },
    "lq_dlq_FF": {
        "id": "tertinggal (non-basis, tetap non-basis)",
        "en": "lagging (non-basic, stays non-basic)",
    },
    "mrp_TT": {
        "id": "pertumbuhan menonjol di wilayah kajian dan di wilayah pembanding",
        "en": "growth stands out in the region and the reference area",
    },
    "mrp_TF": {
        "id": "pertumbuhan menonjol hanya di wilayah kajian",
        "en": "growth stands out in the region only",
    },
    "mrp_FT": {
        "id": "pertumbuhan menonjol hanya di wilayah pembanding",
        "en": "growth stands out in the reference area only",
    },
    "mrp_FF": {"id": "pertumbuhan tidak menonjol", "en": "growth does not stand out"},
    "unggulan_TT": {
        "id": "unggulan (tumbuh menonjol, kontribusi besar)",
        "en": "leading (fast growth, large share)",
    },
    "unggulan_TF": {
        "id": "berkembang (tumbuh menonjol, kontribusi kecil)",
        "en": "emerging (fast growth, small share)",
    },
    "unggulan_FT": {"id": "kontribusi besar, pertumbuhan lambat", "en": "large share, slow growth"},
    "unggulan_FF": {"id": "tidak menonjol", "en": "neither"},
    "report_doc_title": {"id": "Hasil Lokakarya SKAD", "en": "SKAD workshop result"},
    "report_cover": {"id": "Sampul", "en": "Cover"},
    "report_group": {"id": "Kelompok", "en": "Group"},
    "report_members": {"id": "Anggota", "en": "Members"},
    "report_date": {"id": "Tanggal", "en": "Date"},
    "report_facilitator": {"id": "Fasilitator", "en": "Facilitator"},
    "report_participants": {"id": "Peserta", "en": "Participants"},
    "report_baseline": {"id": "Ringkasan baseline", "en": "Baseline summary"},
    "report_factors": {"id": "Faktor kunci sukses", "en": "Key success factors"},
    "report_ranking": {"id": "Peringkat sektor", "en": "Sector ranking"},
    "report_weights": {"id": "Bobot kriteria", "en": "Criteria weights"},
    "report_robustness": {"id": "Kekokohan peringkat", "en": "Robustness of the ranking"},
    "report_agreement": {
        "id": "Kesepakatan: visi, misi, fokus kegiatan",
        "en": "Agreement: vision, mission, focus activities",
    },
    "report_vision": {"id": "Visi bersama", "en": "Shared vision"},
    "report_mission": {"id": "Misi", "en": "Mission"},
    "report_focus": {"id": "Fokus kegiatan", "en": "Focus activities"},
    "report_actors": {"id": "Aktor dan pembagian peran", "en": "Actors and roles"},
    "report_indicators": {"id": "Tolok ukur", "en": "Indicators"},
    "report_policies": {"id": "Kebijakan dan strategi", "en": "Policies and strategy"},
    "report_next_steps": {"id": "Langkah berikutnya", "en": "Next steps"},
    "report_sources": {"id": "Sumber data", "en": "Data sources"},
    "report_sector": {"id": "Sektor", "en": "Sector"},
    "report_score": {"id": "Skor", "en": "Score"},
    "report_rank": {"id": "Peringkat", "en": "Rank"},
    "report_gate": {"id": "Syarat ≥ 2 daerah bertetangga", "en": "Rule: ≥ 2 neighbouring regions"},
    "report_criterion": {"id": "Kriteria", "en": "Criterion"},
    "report_weight": {"id": "Bobot", "en": "Weight"},
    "report_name": {"id": "Nama", "en": "Name"},
    "report_role": {"id": "Peran", "en": "Role"},
    "report_region": {"id": "Daerah", "en": "Region"},
    "report_unit": {"id": "Satuan", "en": "Unit"},
    "report_baseline_value": {"id": "Nilai dasar", "en": "Baseline"},
    "report_target": {"id": "Target", "en": "Target"},
    "report_source": {"id": "Sumber", "en": "Source"},
    "report_step": {"id": "Langkah", "en": "Step"},
    "report_description": {"id": "Uraian", "en": "Description"},
    "report_year": {"id": "Tahun", "en": "Year"},
    "report_factor": {"id": "Faktor", "en": "Factor"},
    "report_importance": {"id": "Kepentingan", "en": "Importance"},
    "report_condition": {"id": "Kondisi", "en": "Condition"},
    "report_gap": {"id": "Selisih", "en": "Gap"},
    "report_quadrant": {"id": "Kuadran", "en": "Quadrant"},
    "report_priority": {"id": "Prioritas", "en": "Priority"},
    "report_gate_reason": {"id": "Alasan", "en": "Reason"},
    "report_yes": {"id": "ya", "en": "yes"},
    "report_no": {"id": "tidak", "en": "no"},
    # report13: the LQ the scenario holds (report draws it, never recomputes it)
    "report_lq_caption": {
        "id": "Location quotient {year} (referensi: {ref}; data: {dataset}), seperti dicatat dalam skenario",
        "en": "Location quotient {year} (reference: {ref}; data: {dataset}), as recorded in the scenario",
    },
    "report_lq_excluded": {
        "id": "Data bermasalah yang tidak dipakai: {items}.",
        "en": "Flagged data left out: {items}.",
    },
    "report_lq_missing": {
        "id": "Skenario ini tidak menyimpan tabel LQ (mungkin disimpan dengan versi kit yang lebih lama), "
        "jadi dokumen ini tidak menampilkannya. Untuk menambahkannya: skenario.record_baseline(), lalu simpan ulang.",
        "en": "This scenario holds no LQ table (it may have been saved with an older kit version), so this "
        "document does not show one. To add it: scenario.record_baseline(), then save again.",
    },
    # report13: a name that moved (deprecated alias)
    "warn_moved": {
        "id": "{old} sudah dipindah dan akan dihapus; pakai {new}",
        "en": "{old} has moved and will be removed; use {new}",
    },
    # report13: a selection of bundled data that holds nothing
    "err_no_data_selected": {
        "id": "kit tidak punya data untuk wilayah dan indikator yang dipilih",
        "en": "the kit has no data for the regions and indicator selected",
    },
    "allow_coverage": {
        "id": "wilayah dan tahun yang ada di kit; cakupan tiap indikator ada di load_indicators() "
        "(kolom years, n_regions, note)",
        "en": "regions and years the kit holds; each indicator's coverage is in load_indicators() "
        "(columns years, n_regions, note)",
    },
    "report_generated": {
        "id": "Dibuat dengan SKAD Kit (kadlib) {version}; versi data",
        "en": "Made with SKAD Kit (kadlib) {version}; data versions",
    },
    # --- neighbours, scoring, factors, workshop, widgets -----------------------
    "rule_holds_all": {
        "id": "terpenuhi: semua {n} daerah peserta saling terhubung sebagai tetangga",
        "en": "holds: all {n} participating regions are connected as neighbours",
    },
    "rule_holds_all_2": {
        "id": "terpenuhi: kedua daerah peserta bertetangga",
        "en": "holds: both participating regions are neighbours",
    },
    "rule_holds_part": {
        "id": "terpenuhi: {linked} daerah saling bertetangga; tidak terhubung: {cut}",
        "en": "holds: {linked} regions are neighbours; not connected: {cut}",
    },
    "rule_fails_one": {
        "id": "tidak terpenuhi: hanya satu daerah peserta",
        "en": "fails: only one participating region",
    },
    "rule_fails_none": {
        "id": "tidak terpenuhi: tidak ada dua daerah peserta yang bertetangga ({cut})",
        "en": "fails: no two participating regions are neighbours ({cut})",
    },
    "warn_constant": {
        "id": "kriteria {c!r} bernilai sama untuk semua sektor sehingga tidak membedakan apa pun",
        "en": "criterion {c!r} has the same value for every sector: it separates nothing",
    },
    "warn_filled": {
        "id": "matriks perbandingan tidak lengkap; {n} sel diisi dengan rata-rata geometrik jalur tidak langsung: {cells}",
        "en": "incomplete comparison matrix; {n} cells filled with the geometric mean of indirect paths: {cells}",
    },
    "warn_ri_extended": {
        "id": "n = {n} > 15: indeks acak Saaty hanya sampai 15; dipakai indeks acak simulasi",
        "en": "n = {n} > 15: Saaty's random index stops at 15; the simulated random index is used",
    },
    "ahp_consistent": {"id": "konsisten", "en": "consistent"},
    "ahp_inconsistent": {"id": "TIDAK konsisten", "en": "NOT consistent"},
    "ahp_worst_pair": {
        "id": "Perbandingan paling tidak konsisten: {a} dibanding {b} = {given} (nilai yang konsisten dengan perbandingan lain ≈ {ideal})",
        "en": "Most inconsistent comparison: {a} vs {b} = {given} (consistent with the others ≈ {ideal})",
    },
    "robust_summary": {
        "id": "{top} tetap di peringkat 1 pada {p} dari {n} simulasi bobot acak",
        "en": "{top} stays first in {p} of {n} weight draws",
    },
    "gate_no_participants": {"id": "tidak ada data daerah peserta", "en": "no participants given"},
    "ipa_1": {"id": "Prioritas utama (perbaiki di sini)", "en": "Concentrate here"},
    "ipa_2": {"id": "Pertahankan prestasi", "en": "Keep up the good work"},
    "ipa_3": {"id": "Prioritas rendah", "en": "Low priority"},
    "ipa_4": {"id": "Berlebihan (mungkin terlalu banyak upaya)", "en": "Possible overkill"},
    "ipa_x": {"id": "Kondisi saat ini (rata-rata)", "en": "Current condition (mean)"},
    "ipa_y": {"id": "Tingkat kepentingan (rata-rata)", "en": "Importance (mean)"},
    "ipa_title": {
        "id": "Analisis kepentingan–kinerja faktor kunci sukses",
        "en": "Importance–performance of key success factors",
    },
    "measure_importance": {"id": "Tingkat kepentingan", "en": "Importance"},
    "measure_condition": {"id": "Kondisi saat ini", "en": "Current condition"},
    "measure_score": {"id": "Skor", "en": "Score"},
    "widget_group": {"id": "Kelompok", "en": "Group"},
    "widget_years": {"id": "Tahun", "en": "Years"},
    "widget_view": {"id": "Tampilan", "en": "View"},
    "widget_views": {
        "id": "Struktur|Spesialisasi (LQ)|Shift-share|Sektor unggulan",
        "en": "Structure|Location quotient|Shift-share|Leading sectors",
    },
    "widget_method": {"id": "Metode", "en": "Method"},
    "widget_weights": {
        "id": "Poin tiap kriteria (geser atau ketik 0–100); bobot = poin dibagi jumlah semua poin",
        "en": "Points per criterion (slide or type 0–100); weight = points divided by the sum of all points",
    },
    # --- live workshop input: the session store and the phone pages (kadlib.store, kadlib.live) ---------
    "store_quarantined": {
        "id": "berkas sesi {file} rusak dan dipindahkan ke {moved}; sesi dimulai dengan berkas baru",
        "en": "the session file {file} is damaged and was moved to {moved}; the session starts a new file",
    },
    "err_disk_full": {
        "id": "disk penuh: isian TIDAK tersimpan",
        "en": "the disk is full: the entry was NOT saved",
    },
    "allow_disk_space": {
        "id": "kosongkan ruang disk, lalu kirim lagi",
        "en": "free some disk space, then submit again",
    },
    "err_store": {"id": "berkas sesi tidak dapat dipakai", "en": "the session file cannot be used"},
    "allow_store": {
        "id": "berkas sesi SKAD Kit (.sqlite) yang utuh dan dapat ditulis",
        "en": "an intact, writable SKAD Kit session file (.sqlite)",
    },
    "err_store_closed": {"id": "berkas sesi sudah ditutup", "en": "the session file is closed"},
    "err_region_not_member": {
        "id": "daerah ini bukan anggota kelompok",
        "en": "this region is not a member of the group",
    },
    "err_duplicate_name": {
        "id": "nama ini sudah terdaftar di daerah yang sama (sebagai {other!r})",
        "en": "this name is already registered in the same region (as {other!r})",
    },
    "allow_distinct_name": {
        "id": "nama yang berbeda, mis. dengan inisial nama belakang",
        "en": "a different name, e.g. with the initial of the family name",
    },
    "err_join_code": {"id": "kode sesi salah", "en": "wrong session code"},
    "allow_join_code": {
        "id": "kode 6 angka yang tampil di layar",
        "en": "the 6-digit code shown on the screen",
    },
    "err_unknown_item": {
        "id": "butir tidak dikenal di langkah ini",
        "en": "unknown item for this step",
    },
    "err_points_total": {"id": "jumlah poin bukan 100", "en": "the points do not add up to 100"},
    "allow_points_total": {
        "id": "bilangan bulat ≥ 1 untuk setiap kriteria, jumlahnya tepat 100",
        "en": "whole numbers ≥ 1 for every criterion, adding up to exactly 100",
    },
    "allow_join_first": {
        "id": "peserta yang sudah bergabung ke sesi",
        "en": "a participant who has joined the session",
    },
    "err_step_closed": {"id": "langkah ini sedang ditutup", "en": "this step is closed"},
    "allow_step_open": {
        "id": "kirim setelah fasilitator membukanya",
        "en": "submit after the facilitator opens it",
    },
    "err_no_submission": {"id": "belum ada isian lengkap", "en": "no complete submission yet"},
    "consensus_very_low": {"id": "sangat rendah", "en": "very low"},
    "consensus_low": {"id": "rendah", "en": "low"},
    "consensus_moderate": {"id": "sedang", "en": "moderate"},
    "consensus_high": {"id": "tinggi", "en": "high"},
    "consensus_very_high": {"id": "sangat tinggi", "en": "very high"},
    "form_saved": {
        "id": "✔ tersimpan pukul {when} (kiriman #{sid})",
        "en": "✔ saved at {when} (submission #{sid})",
    },
    "form_not_saved": {"id": "✘ TIDAK tersimpan: {msg}", "en": "✘ NOT saved: {msg}"},
    "form_hint": {
        "id": "Setiap pilihan langsung disimpan ke {path}. Setelah kernel dimulai ulang, formulir lama tidak lagi menyimpan isian: jalankan sel ini lagi.",
        "en": "Every choice is saved at once to {path}. After a kernel restart the old form no longer saves: "
        "run this cell again.",
    },
    "live_title": {"id": "Lokakarya SKAD", "en": "SKAD workshop"},
    "live_lang_other": {"id": "English", "en": "Bahasa Indonesia"},
    "live_join_title": {"id": "Bergabung ke sesi", "en": "Join the session"},
    "live_name": {"id": "Nama", "en": "Name"},
    "live_region": {"id": "Daerah (kabupaten/kota)", "en": "Region (regency/city)"},
    "live_region_choose": {"id": "— pilih daerah —", "en": "— choose a region —"},
    "live_role": {"id": "Instansi / jabatan", "en": "Agency / position"},
    "live_join_code": {
        "id": "Kode sesi (6 angka di layar)",
        "en": "Session code (6 digits on the screen)",
    },
    "live_join_button": {"id": "Bergabung", "en": "Join"},
    "live_step_factors": {"id": "Faktor kunci sukses", "en": "Key success factors"},
    "live_step_fields": {"id": "Penilaian bidang", "en": "Scoring the fields"},
    "live_step_weights": {"id": "Bobot kriteria", "en": "Criteria weights"},
    "live_step_vision": {"id": "Visi dan fokus kegiatan", "en": "Vision and focus activities"},
    "live_factors_help": {
        "id": "Untuk setiap faktor pilih dua nilai: seberapa penting bagi keberhasilan kerja sama, dan bagaimana "
        "kondisinya di kelompok kita sekarang (1 = sangat rendah, 5 = sangat tinggi).",
        "en": "For every factor choose two values: how important it is for the cooperation to succeed, and how "
        "good its condition is in our group today (1 = very low, 5 = very high).",
    },
    "live_fields_help": {
        "id": "Beri skor setiap bidang pada setiap kriteria (1 = sangat rendah, 5 = sangat tinggi).",
        "en": "Score every field on every criterion (1 = very low, 5 = very high).",
    },
    "live_weights_help": {
        "id": "Seberapa penting tiap kriteria? Bagi 100 poin (setiap kriteria minimal 1 poin), atau bandingkan "
        "kriteria berpasangan (AHP).",
        "en": "How important is each criterion? Share 100 points (at least 1 point each), or compare the criteria "
        "in pairs (AHP).",
    },
    "live_mode": {"id": "Cara memberi bobot", "en": "How to weigh"},
    "live_points": {"id": "Bagi 100 poin", "en": "Share 100 points"},
    "live_ahp": {"id": "Perbandingan berpasangan (AHP)", "en": "Pairwise comparison (AHP)"},
    "live_points_total": {"id": "Jumlah", "en": "Total"},
    "live_ahp_equal": {"id": "sama penting", "en": "equally important"},
    "live_ahp_more": {"id": "{v}× lebih penting: {a}", "en": "{v}× more important: {a}"},
    "live_ahp_pair": {"id": "{a} dibanding {b}", "en": "{a} compared with {b}"},
    "live_cr": {
        "id": "Rasio konsistensi (CR) Anda: {cr}",
        "en": "Your consistency ratio (CR): {cr}",
    },
    "live_cr_ok": {"id": "konsisten (CR ≤ 0,10)", "en": "consistent (CR ≤ 0.10)"},
    "live_cr_bad": {
        "id": "kurang konsisten (CR > 0,10). Perbandingan yang paling tidak selaras: {a} dibanding {b} — Anda "
        "memberi {given}, jawaban Anda yang lain menyiratkan sekitar {ideal}. Anda boleh mengubahnya lalu "
        "menyimpan lagi.",
        "en": "not consistent enough (CR > 0.10). The least consistent comparison: {a} against {b} — you gave "
        "{given}, your other answers imply about {ideal}. You may change it and save again.",
    },
    "live_your_weights": {"id": "Bobot Anda", "en": "Your weights"},
    "live_vision_help": {
        "id": "Centang yang Anda dukung dan tulis usul bila ada.",
        "en": "Tick what you support and write a suggestion if you have one.",
    },
    "live_vision": {"id": "Rumusan visi", "en": "Vision statement"},
    "live_no_vision": {
        "id": "Visi dirumuskan bersama dalam forum; tulis usul Anda di bawah.",
        "en": "The vision is drafted together in the room; write your suggestion below.",
    },
    "live_activities": {"id": "Fokus kegiatan", "en": "Focus activities"},
    "live_support": {"id": "Saya dukung", "en": "I support this"},
    "live_comment": {
        "id": "Komentar atau usul (boleh kosong)",
        "en": "Comment or suggestion (optional)",
    },
    "live_submit": {"id": "Simpan", "en": "Save"},
    "live_saved": {
        "id": "Tersimpan. Anda boleh mengubah dan menyimpan lagi; isian terakhir yang dipakai.",
        "en": "Saved. You may change it and save again; the latest one counts.",
    },
    "live_step_closed": {
        "id": "Langkah ini sedang ditutup oleh fasilitator. Tunggu sampai dibuka, lalu muat ulang halaman.",
        "en": "The facilitator has closed this step. Wait until it opens, then reload the page.",
    },
    "live_next": {"id": "Lanjut", "en": "Next"},
    "live_steps": {"id": "Langkah", "en": "Steps"},
    "live_welcome": {
        "id": "Anda bergabung sebagai {name} ({region}).",
        "en": "You joined as {name} ({region}).",
    },
    "live_err_missing": {"id": "Belum diisi: {item}", "en": "Not filled in: {item}"},
    "live_err_scale": {"id": "Nilai tidak sah: {item}", "en": "Not a valid value: {item}"},
    "live_err_points": {
        "id": "Poin harus bilangan bulat, minimal 1 per kriteria, jumlahnya tepat 100 (sekarang {total}).",
        "en": "Points must be whole numbers, at least 1 per criterion, adding up to exactly 100 (now {total}).",
    },
    "live_err_code": {
        "id": "Kode sesi salah. Lihat kode di layar proyektor.",
        "en": "Wrong session code. See the code on the projector screen.",
    },
    "live_err_duplicate": {
        "id": "Nama ini sudah terdaftar untuk daerah ini. Bila itu orang lain, tambahkan pembeda (mis. inisial "
        "nama belakang). Bila itu Anda dari ponsel lain, minta bantuan fasilitator.",
        "en": "This name is already registered for this region. If that is someone else, add a distinguishing "
        "detail (e.g. a family-name initial). If it is you on another phone, ask the facilitator.",
    },
    "live_err_region": {
        "id": "Pilih daerah Anda dari daftar.",
        "en": "Choose your region from the list.",
    },
    "live_err_name": {"id": "Isi nama Anda.", "en": "Please enter your name."},
    "live_err_token": {
        "id": "Ponsel ini belum (atau tidak lagi) terdaftar di sesi ini. Silakan bergabung dulu.",
        "en": "This phone is not (or no longer) registered in this session. Please join first.",
    },
    "live_err_csrf": {
        "id": "Formulir ini kedaluwarsa atau tidak berasal dari halaman sesi. Muat ulang halaman lalu kirim lagi. "
        "Tidak ada yang disimpan.",
        "en": "This form has expired or did not come from the session page. Reload the page and submit again. "
        "Nothing was saved.",
    },
    "live_err_size": {
        "id": "Kiriman terlalu besar; tidak ada yang disimpan.",
        "en": "The submission is too large; nothing was saved.",
    },
    "live_err_rate": {
        "id": "Terlalu banyak kiriman dalam waktu singkat. Tunggu sebentar, lalu coba lagi.",
        "en": "Too many submissions in a short time. Wait a moment, then try again.",
    },
    "live_err_disk": {
        "id": "Penyimpanan di laptop penuh — isian TIDAK tersimpan. Beri tahu fasilitator.",
        "en": "The laptop's storage is full — the entry was NOT saved. Tell the facilitator.",
    },
    "live_err_generic": {
        "id": "Isian tidak tersimpan: {msg}",
        "en": "The entry was not saved: {msg}",
    },
    "live_not_found": {"id": "Halaman tidak ditemukan.", "en": "Page not found."},
    "live_back": {"id": "Kembali ke halaman sesi", "en": "Back to the session page"},
    "live_proj_title": {"id": "Layar fasilitator", "en": "Facilitator screen"},
    "live_proj_join": {"id": "Pindai untuk bergabung", "en": "Scan to join"},
    "live_proj_code": {"id": "Kode sesi", "en": "Session code"},
    "live_proj_who": {"id": "Yang sudah mengirim", "en": "Who has submitted"},
    "live_proj_ratings": {
        "id": "Faktor kunci sukses (median)",
        "en": "Key success factors (median)",
    },
    "live_proj_weights": {
        "id": "Bobot kelompok (rata-rata geometrik penilaian, {n} peserta)",
        "en": "Group weights (geometric mean of judgements, {n} participants)",
    },
    "live_proj_ranking": {
        "id": "Peringkat bidang (SAW, jumlah berbobot)",
        "en": "Ranking of fields (SAW, weighted sum)",
    },
    "live_proj_robust": {"id": "Seberapa kokoh peringkatnya?", "en": "How robust is the ranking?"},
    "live_proj_none": {"id": "Belum ada kiriman.", "en": "No submissions yet."},
    "live_proj_vision": {
        "id": "Dukungan atas visi dan fokus kegiatan",
        "en": "Support for the vision and focus activities",
    },
    "live_open": {"id": "Buka", "en": "Open"},
    # ---- the notebook's facilitator view of a live session (kadlib.widgets.live_facilitator) ----
    "widget_live_steps": {"id": "Langkah yang dibuka:", "en": "Open steps:"},
    "ahp_threshold": {"id": "batas", "en": "threshold"},
    "live_proj_inconsistent": {
        "id": "{n} peserta memberi perbandingan AHP yang tidak konsisten (CR > 0,10) dan tetap dihitung: {who}. "
        "Minta mereka meninjau pasangan yang ditandai di ponselnya.",
        "en": "{n} participant(s) gave AHP comparisons that are not consistent (CR > 0.10) and are still counted: "
        "{who}. Ask them to revise the pair their phone points to.",
    },
    "widget_points_typed": {
        "id": "'{value}' bukan jumlah poin 0–100 (tulis mis. 25 atau 25,5); angka sebelumnya dipakai lagi",
        "en": "'{value}' is not a number of points 0–100 (write e.g. 25 or 25.5); the previous number is kept",
    },
    "inst_status_confirmed": {"id": "terkonfirmasi", "en": "confirmed"},
    "inst_status_differs": {"id": "sumber berbeda", "en": "sources differ"},
    "inst_status_not_found": {"id": "tidak ditemukan", "en": "not found"},
    "widget_live_step_factors": {"id": "Faktor kunci sukses", "en": "Key success factors"},
    "widget_live_step_fields": {"id": "Skor bidang", "en": "Field scores"},
    "widget_live_step_weights": {"id": "Bobot kriteria", "en": "Criteria weights"},
    "widget_live_step_vision": {"id": "Visi dan fokus kegiatan", "en": "Vision and activities"},
    "widget_live_refresh": {"id": "Perbarui", "en": "Refresh"},
    "live_close": {"id": "Tutup", "en": "Close"},
    "live_state_open": {"id": "dibuka", "en": "open"},
    "live_state_closed": {"id": "ditutup", "en": "closed"},
    "live_proj_key": {"id": "Kunci fasilitator", "en": "Facilitator key"},
    "live_proj_login": {"id": "Masuk", "en": "Sign in"},
    "live_err_key": {"id": "Kunci fasilitator salah.", "en": "Wrong facilitator key."},
    "live_participants": {"id": "{n} peserta bergabung", "en": "{n} participants joined"},
    "live_kendall": {
        "id": "Koefisien W Kendall (urutan kepentingan faktor, {m} peserta): {w}",
        "en": "Kendall's W (order of factor importance, {m} participants): {w}",
    },
    "live_ahp_consensus": {
        "id": "Konsensus bobot (indikator AHP-OS): {s} — {label}",
        "en": "Consensus on weights (AHP-OS indicator): {s} — {label}",
    },
    "live_robust_room": {
        "id": "Isian peserta diambil ulang secara acak {n} kali: {top} tetap di peringkat pertama pada {p} simulasi.",
        "en": "Participants resampled {n} times: {top} stays first in {p} of the draws.",
    },
    "live_robust_mc": {
        "id": "Bobot kelompok diubah sedikit secara acak ({n} simulasi): {top} tetap di peringkat pertama pada {p} simulasi.",
        "en": "Group weights perturbed slightly ({n} draws): {top} stays first in {p}.",
    },
    "live_gate_unknown": {
        "id": "syarat tetangga belum ditentukan",
        "en": "neighbour rule not determined",
    },
    "live_need_two": {"id": "perlu minimal dua peserta", "en": "needs at least two participants"},
    "live_example_fields": {
        "id": "Bidang CONTOH (dari contoh Barlingmascakeb), bukan usulan kelompok ini. Untuk lokakarya sungguhan "
        "fasilitator memasukkan daftar bidang kelompok sebelum sesi dimulai (lihat pelajaran 07).",
        "en": "EXAMPLE fields (from the Barlingmascakeb example), not this group's proposals. For a real workshop the "
        "facilitator enters the group's list of fields before the session starts (see lesson 07).",
    },
    "allow_field_id": {
        "id": "kode bidang dari huruf, angka, '_', '-' atau '.', tanpa spasi",
        "en": "a field code of letters, digits, '_', '-' or '.', without spaces",
    },
    "live_example_fields_participant": {
        "id": "Bidang di bawah ini adalah CONTOH untuk latihan.",
        "en": "The fields below are EXAMPLES for practice.",
    },
    "live_server": {
        "id": "Sesi {name}: peserta bergabung di {url} (server berjalan di {host}:{port}). Berkas sesi: {path}",
        "en": "Session {name}: participants join at {url} (server bound to {host}:{port}). Session file: {path}",
    },
    "live_facilitator_url": {
        "id": "Layar fasilitator (buka di laptop ini): {url}",
        "en": "Facilitator screen (open on this laptop): {url}",
    },
    "live_no_lan": {
        "id": "Tidak ada alamat jaringan (Wi-Fi/hotspot) selain laptop ini; ponsel belum dapat bergabung.",
        "en": "No network address (Wi-Fi/hotspot) other than this laptop; phones cannot join yet.",
    },
    "live_refresh": {"id": "diperbarui otomatis", "en": "updates automatically"},
    "live_item": {"id": "Butir", "en": "Item"},
    "live_scale_lo": {"id": "sangat rendah", "en": "very low"},
    "live_scale_hi": {"id": "sangat tinggi", "en": "very high"},
    # --- readers / validate (kadlib/io.py, kadlib/validate.py) ----------------
    "problems_total": {
        "id": "{n} masalah di tabel ini ({shown} pertama ditampilkan; semuanya di err.problems)",
        "en": "{n} problems in this table (the first {shown} shown; all in err.problems)",
    },
    "err_file_unreadable": {
        "id": "berkas tidak dapat dibuka ({detail})",
        "en": "the file cannot be opened ({detail})",
    },
    "allow_readable": {
        "id": "berkas yang dapat dibaca dan tidak sedang dibuka oleh program lain",
        "en": "a file you may read that no other program holds open",
    },
    "allow_file_size": {"id": "berkas sampai {mb} MB", "en": "files up to {mb} MB"},
    "err_file_encoding": {
        "id": "isi berkas tidak dapat dibaca sebagai teks ({detail})",
        "en": "the file cannot be read as text ({detail})",
    },
    "err_binary_file": {"id": "berkas ini bukan berkas teks", "en": "this is not a text file"},
    "allow_encoding": {
        "id": 'CSV teks (UTF-8, UTF-16 atau Latin-1), mis. "Simpan sebagai CSV UTF-8" di Excel',
        "en": 'a text CSV (UTF-8, UTF-16 or Latin-1), e.g. "Save as CSV UTF-8" in Excel',
    },
    "err_line_too_long": {"id": "baris terlalu panjang", "en": "the line is too long"},
    "allow_line_length": {
        "id": "baris sampai {n} karakter (apakah berkas ini benar-benar tabel CSV?)",
        "en": "lines up to {n} characters (is this file really a CSV table?)",
    },
    "err_csv_syntax": {"id": "CSV rusak ({detail})", "en": "malformed CSV ({detail})"},
    # Python's csv module's reasons, in words (io._csv_detail)
    "csv_field_limit": {
        "id": "satu sel lebih panjang dari {n} karakter",
        "en": "a cell longer than {n} characters",
    },
    "csv_unexpected_end": {
        "id": "berkas berakhir di dalam tanda kutip",
        "en": "the file ends inside a quote",
    },
    "csv_newline_unquoted": {
        "id": "ganti baris di tengah sel tanpa tanda kutip",
        "en": "a line break inside an unquoted cell",
    },
    "csv_nul": {"id": "berkas memuat karakter NUL", "en": "the file holds a NUL character"},
    # details of damaged XLSX/BPS files and undecodable text (io), in words
    "xlsx_no_sheet": {"id": "tidak ada lembar kerja", "en": "no worksheet"},
    "xlsx_row_order": {
        "id": "baris {row} sesudah baris {last}",
        "en": "row {row} after row {last}",
    },
    "xlsx_cell_other_row": {
        "id": "sel {cell} di dalam baris {row}",
        "en": "cell {cell} inside row {row}",
    },
    "xlsx_cell_twice": {
        "id": "baris {row}: kolom {column} tertulis dua kali",
        "en": "row {row}: column {column} twice",
    },
    "enc_byte": {"id": "{encoding}: bita ke-{pos}", "en": "{encoding}: byte {pos}"},
    "bps_few_rows": {"id": "kurang dari 4 baris", "en": "fewer than 4 rows"},
    "bps_no_header": {"id": "baris judul tidak ditemukan", "en": "header rows not found"},
    "bps_no_sectors": {"id": "tidak ada kolom sektor", "en": "no sector columns"},
    "bps_uneven": {
        "id": "{cell}: tahun atau periode sektor-sektornya tidak sama",
        "en": "{cell}: sectors with different years or periods",
    },
    "bps_uneven_other": {
        "id": "{cell} (sektor lain: {other}): tahun atau periode sektor-sektornya tidak sama",
        "en": "{cell} (the other sectors: {other}): sectors with different years or periods",
    },
    "allow_unzipped_size": {
        "id": "isi berkas (setelah diekstrak) sampai {mb} MB",
        "en": "contents (unzipped) up to {mb} MB",
    },
    "allow_csv": {
        "id": "CSV dengan tanda kutip yang berpasangan, satu baris berkas untuk satu baris data",
        "en": "a CSV with paired quotes, one line per record",
    },
    "err_xlsx_damaged": {
        "id": "berkas Excel rusak atau tidak lengkap ({detail})",
        "en": "the Excel file is damaged or incomplete ({detail})",
    },
    "allow_xlsx": {
        "id": "berkas .xlsx yang dapat dibuka Excel; simpan ulang dari Excel",
        "en": "an .xlsx file Excel can open; save it again from Excel",
    },
    "err_too_many_rows": {"id": "terlalu banyak baris", "en": "too many rows"},
    "allow_rows": {"id": "paling banyak {n} baris data", "en": "at most {n} data rows"},
    "err_too_many_columns": {
        "id": "ada isi di luar jangkauan kolom yang dibaca",
        "en": "there are cells beyond the columns the kit reads",
    },
    "allow_columns_n": {
        "id": "paling banyak {n} kolom; hapus isi sel yang jauh di kanan",
        "en": "at most {n} columns; delete the stray cells far to the right",
    },
    "err_row_length": {
        "id": "baris ini berisi {cells} sel, sedangkan baris judul {width} sel",
        "en": "this row has {cells} cells, the header {width}",
    },
    "allow_row_length": {
        "id": '{width} sel per baris, seperti baris judul; angka desimal ditulis 71.96 (atau beri tanda kutip "71,96")',
        "en": '{width} cells per row, as in the header; decimals written 71.96 (or quoted "71,96")',
    },
    "err_unnamed_column": {
        "id": "kolom berisi data tanpa judul",
        "en": "a column holds data but has no header",
    },
    "allow_header": {
        "id": "setiap kolom yang berisi data memiliki judul",
        "en": "a header for every column with data",
    },
    "err_duplicate_column": {
        "id": "kolom ganda: sama dengan kolom {first} (keduanya berarti '{canon}')",
        "en": "duplicate column: same as column {first} (both mean '{canon}')",
    },
    "allow_unique_column": {"id": "setiap kolom sekali saja", "en": "each column once"},
    "allow_wide_or_tidy": {
        "id": "tabel panjang (kolom 'year' dan 'value') atau tabel lebar (satu kolom per tahun), bukan keduanya",
        "en": "a long table (columns 'year' and 'value') or a wide one (a column per year), not both",
    },
    "allow_columns_indicator": {
        "id": "tabel dengan kolom {required} (kolom yang ada: {present}); tabel tanpa kolom indikator "
        "dibaca dengan read_table(..., indicator='nama_indikator')",
        "en": "a table with columns {required} (columns found: {present}); a table without an indicator "
        "column is read with read_table(..., indicator='indicator_name')",
    },
    "err_mixed_decimal": {
        "id": "berkas memakai titik desimal di sini, tetapi koma desimal di {other}",
        "en": "the file uses a decimal point here but a decimal comma in {other}",
    },
    "allow_one_decimal": {
        "id": "satu cara menulis desimal dalam satu berkas: 1234,5 (dengan titik ribuan 1.234,5) atau 1234.5",
        "en": "one decimal convention per file: 1234,5 (thousands 1.234,5) or 1234.5",
    },
    "err_ambiguous_number": {
        "id": "angka ini dapat berarti {thousands} (titik sebagai pemisah ribuan) atau angka desimal; berkas tidak menunjukkan mana yang dimaksud",
        "en": "this number may be {thousands} (thousands point) or a decimal; the file does not say which",
    },
    "allow_unambiguous_number": {
        "id": "ribuan tanpa titik (1789), atau desimal yang jelas (1,789 dalam berkas bertanda ';')",
        "en": "thousands without a point (1789), or an unambiguous decimal (1,789 in a ';' file)",
    },
    "allow_numeric_comma": {
        "id": "angka dengan koma desimal seperti di berkas ini (mis. 1.234,5 atau 1234,5); sel kosong untuk data yang tidak ada",
        "en": "a number with a decimal comma as in this file (e.g. 1.234,5 or 1234,5); an empty cell for missing data",
    },
    "err_number_range": {
        "id": "angka terlalu besar atau terlalu kecil untuk dihitung",
        "en": "the number is too large or too small to compute with",
    },
    "allow_number_range": {"id": "angka hingga sekitar 1e300", "en": "numbers up to about 1e300"},
    "err_missing_key": {"id": "sel wajib ini kosong", "en": "a required cell is empty"},
    "allow_key": {
        "id": "wilayah, tahun dan indikator diisi di setiap baris",
        "en": "region, year and indicator filled in on every row",
    },
    "err_numeric_text": {
        "id": "angka di kolom teks (sel bergeser?)",
        "en": "a number in a text column (a shifted cell?)",
    },
    "allow_text": {
        "id": "teks (mis. satuan 'persen'); bila ini angka desimal berkoma, tulis 71.96 atau beri tanda kutip",
        "en": "text (e.g. the unit 'persen'); if this is a decimal with a comma, write 71.96 or quote it",
    },
    "err_name_code_mismatch": {
        "id": "nama wilayah tidak cocok dengan kodenya {code} (nama ini milik {other})",
        "en": "the region name does not match its code {code} (this name belongs to {other})",
    },
    "allow_name_code": {
        "id": "kode dan nama wilayah yang sama; kadlib.load_region_table() memuat semuanya",
        "en": "the code and the name of the same region; kadlib.load_region_table() lists them",
    },
    "err_geo_damaged": {
        "id": "berkas batas wilayah rusak atau tidak dapat dibaca ({detail})",
        "en": "the boundary file is damaged or cannot be read ({detail})",
    },
    "allow_geo_file": {
        "id": "GeoJSON, GeoPackage, atau shapefile (zip) yang dapat dibuka QGIS",
        "en": "a GeoJSON, GeoPackage or (zipped) shapefile that QGIS can open",
    },
    "allow_shapefile": {
        "id": "zip berisi .shp bersama .shx, .dbf dan .prj dengan nama yang sama",
        "en": "a zip holding the .shp with its .shx, .dbf and .prj of the same name",
    },
    "allow_code_column": {
        "id": "kolom kode BPS ({names}), atau read_boundaries(..., code_column='nama_kolom') "
        "(kolom yang ada: {present})",
        "en": "a column of BPS codes ({names}), or read_boundaries(..., code_column='column_name') "
        "(columns found: {present})",
    },
    "err_no_features": {"id": "berkas tidak berisi fitur", "en": "the file holds no features"},
    "allow_features": {"id": "minimal satu poligon wilayah", "en": "at least one region polygon"},
    "err_several_layers": {
        "id": "berkas berisi beberapa lapisan/shapefile: {items}",
        "en": "the file holds several layers/shapefiles: {items}",
    },
    "allow_layer": {
        "id": "pilih satu dengan layer=, mis. read_boundaries(..., layer='{example}')",
        "en": "choose one with layer=, e.g. read_boundaries(..., layer='{example}')",
    },
    "err_geometry_type": {
        "id": "geometri {kind}, bukan poligon",
        "en": "{kind} geometry, not a polygon",
    },
    "allow_polygons": {
        "id": "poligon atau multipoligon batas wilayah (bukan titik atau garis)",
        "en": "region boundary polygons or multipolygons (not points or lines)",
    },
    "allow_unique_feature": {
        "id": "setiap wilayah satu fitur (kode ini sudah ada di baris {row})",
        "en": "one feature per region (this code is already in row {row})",
    },
    "err_crs_bounds": {
        "id": "koordinat di luar wilayah Indonesia (batas {bounds}): CRS berkas salah atau tidak ada",
        "en": "coordinates outside Indonesia (bounds {bounds}): the file's CRS is wrong or missing",
    },
    "allow_crs_bounds": {
        "id": "koordinat di Indonesia (bujur 94–142, lintang −11,5–6,5); bila koordinatnya dalam meter "
        "(mis. UTM), beri crs='EPSG:32749' atau CRS yang benar",
        "en": "coordinates in Indonesia (longitude 94–142, latitude −11.5–6.5); if they are in metres "
        "(e.g. UTM), pass crs='EPSG:32749' or the right CRS",
    },
    "err_axis_order": {
        "id": "lintang dan bujur tertukar (batas {bounds})",
        "en": "latitude and longitude are swapped (bounds {bounds})",
    },
    "allow_axis_order": {
        "id": "urutan bujur, lintang (x = bujur 94–142); tukar sumbunya di QGIS",
        "en": "longitude, latitude order (x = longitude 94–142); swap the axes in QGIS",
    },
    "err_control_char": {
        "id": "sel berisi karakter kendali yang tidak terlihat",
        "en": "the cell holds an invisible control character",
    },
    "allow_no_control": {
        "id": "teks biasa; ketik ulang sel ini",
        "en": "plain text; retype this cell",
    },
    "warn_ignored_columns": {
        "id": "{file}: kolom ini tidak dikenal dan diabaikan: {items}",
        "en": "{file}: these columns are not known and were ignored: {items}",
    },
    "allow_one_row_region": {"id": "setiap wilayah satu baris", "en": "one row per region"},
    # --- day (issue 11): widgets, dashboard, worksheets, berita acara ---------------
    "widget_wsm": {"id": "Jumlah berbobot", "en": "Weighted sum"},
    "widget_indicator": {"id": "Indikator", "en": "Indicator"},
    "widget_col_region": {"id": "Wilayah", "en": "Region"},
    "widget_col_sector": {"id": "Sektor", "en": "Sector"},
    "widget_col_lq": {"id": "LQ", "en": "LQ"},
    "widget_col_rps": {"id": "Pertumbuhan relatif (RPs)", "en": "Relative growth (RPs)"},
    "widget_col_class": {"id": "Kelas", "en": "Class"},
    "widget_none_found": {
        "id": "Tidak ada sektor unggulan pada rentang tahun ini",
        "en": "No leading sector in this year range",
    },
    "widget_two_years": {"id": "Pilih dua tahun yang berbeda", "en": "Choose two different years"},
    "widget_col_rank": {"id": "Peringkat", "en": "Rank"},
    "widget_col_sector_field": {"id": "Bidang / sektor", "en": "Field / sector"},
    "widget_col_score": {"id": "Skor", "en": "Score"},
    "widget_col_gate": {"id": "Syarat tetangga", "en": "Neighbour rule"},
    "widget_col_rank_prob": {
        "id": "Peluang tiap peringkat bila bobot sedikit digeser ({n} simulasi)",
        "en": "Probability of each rank when the weights shift a little ({n} draws)",
    },
    "widget_yes": {"id": "Ya", "en": "Yes"},
    "widget_no": {"id": "Tidak", "en": "No"},
    "widget_tie_note": {
        "id": "= seri: skornya sama sehingga peringkatnya pun sama",
        "en": "= tie: equal scores share the same rank",
    },
    # projector dashboard -------------------------------------------------------
    "dash_title": {"id": "Lokakarya SKAD · {group}", "en": "SKAD workshop · {group}"},
    "dash_example_badge": {"id": "CONTOH, bukan data", "en": "EXAMPLE, not data"},
    "dash_live_badge": {"id": "sesi langsung", "en": "live session"},
    "dash_live_session": {"id": "Sesi langsung", "en": "Live session"},
    # dashboard: which parts of a live day are still from the example ---------------
    "dash_from_example": {"id": " · masih CONTOH: {parts}", "en": " · still EXAMPLE: {parts}"},
    "dash_and": {"id": "dan", "en": "and"},
    "dash_part_group": {"id": "kelompok dan anggotanya", "en": "group and members"},
    "dash_part_participants": {"id": "peserta", "en": "participants"},
    "dash_part_ratings": {"id": "penilaian faktor", "en": "factor ratings"},
    "dash_part_fields": {"id": "skor bidang", "en": "field scores"},
    "dash_part_weights": {"id": "bobot kriteria", "en": "criteria weights"},
    "dash_map_no_sector": {
        "id": "Bidang ini tidak memiliki padanan kategori PDRB BPS sehingga tidak ada peta sektor basis: peta ini hanya menunjukkan anggota kelompok.",
        "en": "This field has no matching BPS PDRB category, so there is no basic-sector map: this map shows only the group's members.",
    },
    "dash_map_no_sector_title": {"id": "tanpa kategori PDRB BPS", "en": "no BPS PDRB category"},
    "dash_example_note": {
        "id": "Peserta, penilaian dan bidang di dasbor ini adalah contoh rekaan untuk latihan; data baseline dan peta dari BPS.",
        "en": "The participants, ratings and fields on this dashboard are an invented example for practice; baseline data and maps are from BPS.",
    },
    "dash_step_open": {"id": "Pembukaan", "en": "Opening"},
    "dash_step_baseline": {"id": "Baseline", "en": "Baseline"},
    "dash_step_factors": {"id": "Faktor kunci sukses", "en": "Key success factors"},
    "dash_step_weights": {"id": "Bobot kriteria", "en": "Criteria weights"},
    "dash_step_scoring": {"id": "Penilaian bidang", "en": "Field scoring"},
    "dash_step_map": {"id": "Peta", "en": "Map"},
    "dash_step_agreement": {"id": "Kesepakatan", "en": "Agreement"},
    "dash_hint_open": {
        "id": "siapa yang hadir, dari daerah mana, dan agenda hari ini",
        "en": "who is here, which regions, today's agenda",
    },
    "dash_hint_baseline": {
        "id": "struktur ekonomi, spesialisasi (LQ), sektor unggulan, shift-share",
        "en": "economic structure, specialisation (LQ), leading sectors, shift-share",
    },
    "dash_hint_factors": {
        "id": "faktor yang penting tetapi kondisinya buruk dibahas lebih dulu",
        "en": "factors that matter but are in poor condition come first",
    },
    "dash_hint_weights": {
        "id": "bobot dari perbandingan berpasangan, dan apakah penilaiannya konsisten",
        "en": "weights from the pairwise comparisons, and whether they are consistent",
    },
    "dash_hint_scoring": {
        "id": "geser bobot: apakah urutan bidang tetap bertahan?",
        "en": "move the weights: does the order of the fields hold?",
    },
    "dash_hint_map": {
        "id": "daerah mana yang ikut, dan apakah daerah peserta saling bertetangga",
        "en": "who takes part, and are the participants neighbours",
    },
    "dash_hint_agreement": {
        "id": "visi bersama, lembar cetak, berita acara",
        "en": "shared vision, printed sheets, minutes",
    },
    "dash_back": {"id": "Sebelumnya", "en": "Previous"},
    "dash_loading": {"id": "Memuat…", "en": "Loading…"},
    "dash_next": {"id": "Berikutnya", "en": "Next"},
    "dash_participants": {"id": "Peserta per daerah", "en": "Participants by region"},
    "dash_region": {"id": "Daerah", "en": "Region"},
    "dash_count": {"id": "Jumlah", "en": "Number"},
    "dash_total": {"id": "Jumlah seluruhnya", "en": "Total"},
    "dash_agenda": {"id": "Agenda hari ini", "en": "Today's agenda"},
    "dash_view_structure": {"id": "Struktur ekonomi", "en": "Economic structure"},
    "dash_view_lq": {"id": "Spesialisasi (LQ)", "en": "Specialisation (LQ)"},
    "dash_view_unggulan": {"id": "Sektor unggulan", "en": "Leading sectors"},
    "dash_unggulan_note": {
        "id": "Sektor unggulan {start}–{end} (sebelum COVID): tumbuh lebih cepat daripada di provinsi (RPs +) dan terspesialisasi (LQ > 1).",
        "en": "Leading sectors {start}–{end} (before COVID): growing faster than in the province (RPs +) and specialised (LQ > 1).",
    },
    "dash_raters": {"id": "{n} penilai", "en": "{n} raters"},
    "dash_split": {"id": "peserta berbeda pendapat tentang", "en": "the room is split on"},
    "dash_cr": {"id": "Rasio konsistensi (CR)", "en": "Consistency ratio (CR)"},
    "dash_cr_limit": {"id": "batas yang lazim: 0,1", "en": "usual limit: 0.1"},
    "dash_criterion": {"id": "Kriteria", "en": "Criterion"},
    "dash_weight": {"id": "Bobot", "en": "Weight"},
    "dash_weights_note": {
        "id": "Bobot ini menjadi titik awal penilaian bidang; pada langkah berikutnya peserta boleh menggesernya dan melihat akibatnya.",
        "en": "These weights are the starting point of the field scoring; in the next step the room may move them and see what changes.",
    },
    "dash_field": {"id": "Bidang", "en": "Field"},
    "dash_bps_sector": {"id": "sektor BPS", "en": "BPS sector"},
    "dash_map_note": {
        "id": "Hijau tua: ikut serta dan sektor basis (LQ > 1); hijau muda: ikut serta; jingga: sektor basis tetapi tidak ikut serta. Garis: daerah peserta yang bertetangga.",
        "en": "Dark green: takes part and basic sector (LQ > 1); light green: takes part; orange: basic sector but not taking part. Lines: neighbouring participants.",
    },
    "dash_top_fields": {"id": "Peringkat bidang saat ini", "en": "Current ranking of the fields"},
    "dash_agreed_fields": {
        "id": "Tiga bidang teratas yang memenuhi syarat: program/kegiatan, penanggung jawab, jangka waktu",
        "en": "The top three eligible fields: programme/activity, lead, timeframe",
    },
    "dash_col_field": {"id": "Bidang (prioritas)", "en": "Field (priority)"},
    "dash_col_programme": {"id": "Program / kegiatan", "en": "Programme / activity"},
    "dash_col_lead": {"id": "Penanggung jawab", "en": "Lead"},
    "dash_col_timeframe": {"id": "Jangka waktu", "en": "Timeframe"},
    # dashboard step 7 (issue 11 review): each agreed row's own hints
    "dash_eg_programme": {
        "id": "mis. kegiatan bersama pertama",
        "en": "e.g. the first joint activity",
    },
    "dash_eg_programme_pertanian": {
        "id": "mis. pasar lelang bergilir",
        "en": "e.g. a rotating produce auction",
    },
    "dash_eg_programme_pariwisata": {
        "id": "mis. paket wisata tiga kabupaten",
        "en": "e.g. a three-district tour package",
    },
    "dash_eg_programme_perdagangan": {
        "id": "mis. katalog bersama produk UMKM",
        "en": "e.g. a joint catalogue of local products",
    },
    "dash_eg_programme_transportasi": {
        "id": "mis. trayek angkutan antarwilayah",
        "en": "e.g. an inter-regional bus route",
    },
    "dash_eg_programme_industri": {
        "id": "mis. sentra olahan hasil bumi",
        "en": "e.g. a shared processing centre",
    },
    "dash_eg_lead": {"id": "mis. Bappeda {region}", "en": "e.g. Bappeda of {region}"},
    "dash_eg_timeframe": {"id": "mis. {start}–{end}", "en": "e.g. {start}–{end}"},
    "dash_view_shift": {"id": "Shift-share", "en": "Shift-share"},
    "dash_rank": {"id": "peringkat", "en": "rank"},
    "dash_fails_rule": {"id": "syarat tetangga tidak terpenuhi", "en": "neighbour rule not met"},
    "dash_vision": {
        "id": "Visi bersama (diketik notulis)",
        "en": "Shared vision (typed by the note taker)",
    },
    "dash_vision_placeholder": {
        "id": "Tulis visi yang disepakati peserta…",
        "en": "Write the vision the room agrees on…",
    },
    "dash_make_sheets": {"id": "Buat lembar cetak", "en": "Make printed sheets"},
    "dash_make_minutes": {"id": "Buat berita acara", "en": "Make the minutes"},
    "dash_make_report": {"id": "Simpan dokumen hasil", "en": "Save the result document"},
    "dash_saved": {"id": "Tersimpan di folder hasil:", "en": "Saved in the results folder:"},
    "dash_agreement_note": {
        "id": "Berkas disimpan di notebooks/hasil/ (buka berkas HTML di peramban, lalu cetak pada kertas A4). Berita acara dibacakan, dikoreksi, lalu ditandatangani wakil setiap daerah.",
        "en": "Files go to notebooks/hasil/ (open the HTML in a browser and print on A4). The minutes are read out, corrected, then signed by each region's representative.",
    },
    "dash_serving": {
        "id": "Dasbor SKAD: buka {url} di peramban (Ctrl+C untuk berhenti)",
        "en": "SKAD dashboard: open {url} in the browser (Ctrl+C to stop)",
    },
    # worksheets (A4 printing) --------------------------------------------------
    "ws_name": {"id": "Nama", "en": "Name"},
    "ws_region": {"id": "Daerah", "en": "Region"},
    "ws_session": {"id": "Sesi", "en": "Session"},
    "ws_date": {"id": "Tanggal", "en": "Date"},
    "ws_factor": {"id": "Faktor kunci sukses", "en": "Key success factor"},
    "ws_importance": {"id": "Seberapa penting? (lingkari)", "en": "How important? (circle)"},
    "ws_condition": {"id": "Kondisi saat ini? (lingkari)", "en": "Current condition? (circle)"},
    "ws_factor_title": {
        "id": "Lembar penilaian faktor kunci sukses",
        "en": "Key success factor rating sheet",
    },
    "ws_factor_howto": {
        "id": "Lingkari satu angka per kolom: {low} = sangat rendah/buruk, {high} = sangat tinggi/baik. Isi sendiri sebelum berdiskusi.",
        "en": "Circle one number per column: {low} = very low/poor, {high} = very high/good. Fill in on your own, before any discussion.",
    },
    "ws_field": {"id": "Bidang kerja sama", "en": "Cooperation field"},
    "ws_field_title": {
        "id": "Lembar penilaian bidang kerja sama",
        "en": "Cooperation field scoring sheet",
    },
    "ws_field_howto": {
        "id": "Untuk tiap bidang, tulis satu angka {low}–{high} di tiap kotak: {low} = sangat lemah, {high} = sangat kuat. Kriteria:",
        "en": "For each field, write one number {low}–{high} in each box: {low} = very weak, {high} = very strong. Criteria:",
    },
    "ws_ahp_title": {
        "id": "Lembar perbandingan berpasangan kriteria",
        "en": "Pairwise comparison of the criteria",
    },
    "ws_ahp_left": {"id": "Kriteria A", "en": "Criterion A"},
    "ws_ahp_right": {"id": "Kriteria B", "en": "Criterion B"},
    "ws_ahp_more": {"id": "lebih penting", "en": "more important"},
    "ws_ahp_equal": {"id": "sama", "en": "equal"},
    "ws_ahp_howto": {
        "id": "Untuk tiap pasangan, lingkari satu angka di sisi kriteria yang lebih penting: 1 = sama penting, 3 = sedikit lebih penting, 5 = lebih penting, 7 = jauh lebih penting, 9 = mutlak lebih penting (skala Saaty).",
        "en": "For each pair, circle one number on the side of the more important criterion: 1 = equal, 3 = slightly more, 5 = more, 7 = much more, 9 = absolutely more important (Saaty's scale).",
    },
    "ws_vision_title": {
        "id": "Lembar visi dan fokus kegiatan",
        "en": "Vision and focus activities sheet",
    },
    "ws_vision": {"id": "Visi bersama", "en": "Shared vision"},
    "ws_mission": {"id": "Misi", "en": "Mission"},
    "ws_focus": {"id": "Fokus kegiatan", "en": "Focus activities"},
    "ws_activity": {"id": "Program / kegiatan", "en": "Programme / activity"},
    "ws_regions": {"id": "Daerah peserta", "en": "Participating regions"},
    "ws_lead": {"id": "Penanggung jawab", "en": "Lead"},
    "ws_timeframe": {"id": "Jangka waktu", "en": "Timeframe"},
    "ws_priority": {"id": "Prioritas", "en": "Priority"},
    "ws_indicator": {"id": "Tolok ukur (dengan satuan)", "en": "Indicator (with unit)"},
    "ws_vision_howto": {
        "id": "Visi yang baik bersifat bersama (setiap daerah merasa terwakili di dalamnya), spesifik (menyebut bidangnya), dan dapat dijabarkan menjadi kegiatan.",
        "en": "A good vision is shared (every region sees itself in it), specific (names its field) and can be turned into activities.",
    },
    # paper worksheets typed back in (kadlib.worksheets.entry_workbook / read_filled / import_filled) ----
    "ws_x_help_sheet": {"id": "Petunjuk", "en": "Instructions"},
    "ws_x_sheet_factor": {"id": "Faktor", "en": "Factors"},
    "ws_x_sheet_field": {"id": "Bidang", "en": "Fields"},
    "ws_x_sheet_ahp": {"id": "AHP", "en": "AHP"},
    "ws_x_sheet_vision": {"id": "Visi", "en": "Vision"},
    "ws_x_invalid": {"id": "Nilai tidak valid", "en": "Invalid value"},
    "ws_x_blank": {
        "id": "Sel yang di kertas tidak diisi dibiarkan kosong (tidak dijawab).",
        "en": "Leave a cell blank when it is blank on paper (not answered).",
    },
    "ws_x_copy_scale": {
        "id": "Salin angka yang dilingkari/ditulis peserta ({low}–{high}), satu blok per lembar kertas, urut seperti tumpukan cetakan.",
        "en": "Copy the number each participant circled or wrote ({low}–{high}), one block per sheet of paper, in the order of the printed stack.",
    },
    "ws_x_copy_ahp": {
        "id": "Angka yang dilingkari di sisi kiri (Kriteria A lebih penting) ditulis apa adanya: 9, 7, 5, 3; sama penting: 1; di sisi kanan ditulis sebagai pecahan: 1/3, 1/5, 1/7, 1/9.",
        "en": "A number circled on the left (criterion A more important) is typed as it is: 9, 7, 5, 3; equal: 1; on the right it is typed as a fraction: 1/3, 1/5, 1/7, 1/9.",
    },
    "ws_x_ahp_blank": {
        "id": "Isi semua pasangan dalam satu blok, atau biarkan seluruh blok kosong.",
        "en": "Fill every pair of a block, or leave the whole block blank.",
    },
    "ws_x_ahp_value": {"id": "Nilai (9 … 1 … 1/9)", "en": "Value (9 … 1 … 1/9)"},
    "ws_x_copy_vision": {
        "id": "Satu blok per lembar visi (per meja): tulis nama dan daerah penulisnya, salin visi, misi, dan baris kegiatan.",
        "en": "One block per vision sheet (per table): type the writer's name and region, copy the vision, mission and activity lines.",
    },
    "ws_x_pick_scale": {
        "id": "Pilih angka {low}–{high} dari daftar.",
        "en": "Pick a number {low}–{high} from the list.",
    },
    "ws_x_pick_saaty": {
        "id": "Pilih 9 … 1 … 1/9 dari daftar.",
        "en": "Pick 9 … 1 … 1/9 from the list.",
    },
    "ws_x_pick_region": {"id": "Pilih daerah dari daftar.", "en": "Pick the region from the list."},
    "ws_x_pick_field": {"id": "Pilih bidang dari daftar.", "en": "Pick the field from the list."},
    "ws_x_pick_priority": {
        "id": "Prioritas: angka bulat 1–{high}.",
        "en": "Priority: a whole number 1–{high}.",
    },
    "ws_x_help": {
        "id": 'PETUNJUK UNTUK NOTULIS\n\nBerkas ini untuk menyalin lembar kertas yang sudah diisi peserta.\n1. Tiap lembar kerja (Faktor, Bidang, AHP, Visi) sama susunannya dengan lembar cetak; satu blok per lembar kertas.\n2. Isi hanya sel kuning. Nama dan daerah: blok yang sudah bernama untuk peserta terdaftar; blok kosong untuk peserta yang hanya ikut di kertas.\n3. Faktor dan bidang: angka {low}–{high}. AHP: 9, 7, 5, 3, 1 bila sisi kiri lebih penting atau sama, 1/3, 1/5, 1/7, 1/9 bila sisi kanan lebih penting.\n4. Sel yang kosong di kertas dibiarkan kosong. Jangan menulis rumus, jangan mengubah kolom tersembunyi.\n5. Simpan, lalu masukkan ke sesi: kadlib.worksheets.import_filled(sesi, "berkas.xlsx"). Berkas yang sama boleh dimasukkan lagi setelah dikoreksi: tidak ada yang terhitung dua kali.',
        "en": 'INSTRUCTIONS FOR THE NOTE TAKER\n\nThis file is for copying the paper sheets the participants filled in.\n1. Each tab (Factors, Fields, AHP, Vision) is laid out like the printed sheet; one block per sheet of paper.\n2. Fill the yellow cells only. Name and region: the named blocks are for registered participants; the blank blocks for people only on paper.\n3. Factors and fields: numbers {low}–{high}. AHP: 9, 7, 5, 3, 1 when the left side is more important or equal, 1/3, 1/5, 1/7, 1/9 when the right side is.\n4. Leave blank what is blank on paper. Do not write formulas or change the hidden column.\n5. Save, then put it into the session: kadlib.worksheets.import_filled(session, "file.xlsx"). The same file may be imported again after a correction: nothing is counted twice.',
    },
    "allow_paper_template": {
        "id": "lembar isian yang dibuat oleh kadlib.worksheets.entry_workbook, tanpa mengubah kolom tersembunyi",
        "en": "an entry workbook made by kadlib.worksheets.entry_workbook, hidden column unchanged",
    },
    "allow_saaty": {
        "id": "skala Saaty: 9, 8, …, 2, 1, 1/2, …, 1/9 (pecahan ditulis 1/3, atau 0,333)",
        "en": "Saaty's scale: 9, 8, …, 2, 1, 1/2, …, 1/9 (fractions written 1/3, or 0.333)",
    },
    "allow_all_pairs": {
        "id": "semua {n} pasangan diisi, atau seluruh blok dibiarkan kosong",
        "en": "all {n} pairs filled, or the whole block left blank",
    },
    "allow_block_once": {
        "id": "satu blok per peserta di tiap lembar (sudah ada di baris {other})",
        "en": "one block per participant in each sheet (already in row {other})",
    },
    "allow_plain_text": {"id": "teks biasa, bukan rumus", "en": "plain text, not a formula"},
    "err_text_long": {"id": "teks terlalu panjang", "en": "the text is too long"},
    "allow_text_len": {"id": "paling banyak {n} karakter", "en": "at most {n} characters"},
    "ws_x_rehearsal_name": {
        "id": "Peserta kertas {k} (rekaan)",
        "en": "Paper participant {k} (made up)",
    },
    "ws_x_rehearsal_vision": {
        "id": "Contoh visi untuk gladi bersih (rekaan)",
        "en": "Example vision for a rehearsal (made up)",
    },
    "ws_x_rehearsal_activity": {
        "id": "Contoh kegiatan (rekaan)",
        "en": "Example activity (made up)",
    },
    # the live app's paper page (kadlib.live: /fasilitator/kertas)
    "live_paper_title": {"id": "Lembar kertas", "en": "Paper sheets"},
    "live_paper_link": {
        "id": "Lembar kertas (lokakarya tanpa ponsel)",
        "en": "Paper sheets (a room without phones)",
    },
    "live_paper_intro": {
        "id": "Unduh berkas notulis, salin isi lembar kertas ke sel kuningnya, simpan, lalu masukkan di sini. Berkas yang sama boleh dimasukkan lagi setelah dikoreksi: tidak ada yang terhitung dua kali.",
        "en": "Download the note taker's file, copy the paper sheets into its yellow cells, save, then upload it here. The same file may be uploaded again after a correction: nothing is counted twice.",
    },
    "live_paper_download": {
        "id": "Unduh berkas notulis (XLSX)",
        "en": "Download the note taker's file (XLSX)",
    },
    "live_paper_upload": {
        "id": "Berkas notulis yang sudah diisi",
        "en": "The filled note taker's file",
    },
    "live_paper_submit": {"id": "Masukkan ke sesi", "en": "Import into the session"},
    "live_paper_choose": {
        "id": "Pilih dulu berkas .xlsx yang sudah diisi.",
        "en": "Choose the filled .xlsx file first.",
    },
    "live_paper_sheet": {"id": "Lembar", "en": "Sheet"},
    "live_paper_entries": {"id": "Isian", "en": "Entries"},
    "live_paper_status": {"id": "Hasil", "en": "Result"},
    "live_paper_stored": {"id": "disimpan", "en": "stored"},
    "live_paper_unchanged": {"id": "sudah pernah dimasukkan", "en": "already imported"},
    "live_paper_blank_note": {
        "id": "{n} blok bernama tanpa isian (tidak dijawab) dilewati.",
        "en": "{n} named blocks without entries (not answered) were skipped.",
    },
    "ws_x_report": {
        "id": "{stored} blok disimpan, {unchanged} sudah pernah dimasukkan, {blank} kosong (tidak dijawab)",
        "en": "{stored} blocks stored, {unchanged} already imported, {blank} blank (not answered)",
    },
    # berita acara ------------------------------------------------------------
    "ba_title": {
        "id": "BERITA ACARA LOKAKARYA SKAD",
        "en": "MINUTES (BERITA ACARA) OF THE SKAD WORKSHOP",
    },
    "ba_cover": {"id": "Lokakarya", "en": "Workshop"},
    "ba_group": {"id": "Kelompok kerja sama", "en": "Cooperation group"},
    "ba_members": {"id": "Daerah anggota", "en": "Member regions"},
    "ba_date": {"id": "Tanggal", "en": "Date"},
    "ba_facilitator": {"id": "Fasilitator", "en": "Facilitator"},
    "ba_note_taker": {"id": "Notulis", "en": "Note taker"},
    "ba_participants": {"id": "Peserta per daerah", "en": "Participants by region"},
    "ba_region": {"id": "Daerah", "en": "Region"},
    "ba_count": {"id": "Jumlah", "en": "Number"},
    "ba_names": {"id": "Nama", "en": "Names"},
    "ba_total": {"id": "Jumlah seluruhnya", "en": "Total"},
    "ba_agreed": {
        "id": "Bidang dan kegiatan yang disepakati",
        "en": "Agreed fields and activities",
    },
    "ba_index": {"id": "No.", "en": "No."},
    "ba_field": {"id": "Bidang / urusan", "en": "Field / government affair"},
    "ba_programme": {"id": "Program / kegiatan", "en": "Programme / activity"},
    "ba_regions": {"id": "Daerah peserta", "en": "Participating regions"},
    "ba_lead": {"id": "Penanggung jawab", "en": "Lead"},
    "ba_timeframe": {"id": "Jangka waktu", "en": "Timeframe"},
    "ba_priority": {"id": "Prioritas", "en": "Priority"},
    "ba_score": {"id": "Skor", "en": "Score"},
    "ba_gate": {"id": "Syarat ≥ 2 daerah bertetangga", "en": "Rule: ≥ 2 neighbouring regions"},
    "ba_not_agreed": {"id": "(belum disepakati)", "en": "(not yet agreed)"},
    "ba_basis": {
        "id": "Kolom tabel ini rancangan kit: Permendagri 22/2020 mengatur identifikasi dan pemetaan urusan serta objek kerja sama [S15][S16] (rincian tahapannya tidak terlihat di sumber); menurut Permendagri 22/2009, tahap persiapan menyusun rencana kerja sama dengan data lengkap dan menetapkan objek prioritas [S11][S12]. Berita acara ini bahan untuk Kesepakatan Bersama, bukan penggantinya [S49].",
        "en": "The columns are the kit's design: Permendagri 22/2020 regulates identifying and mapping the government affairs and the objects of cooperation [S15][S16] (its detailed stages were not visible in the sources); under Permendagri 22/2009 preparation drafts a cooperation plan with complete data and sets priority objects [S11][S12]. These minutes are material for a Kesepakatan Bersama, not a substitute [S49].",
    },
    "ba_weights": {
        "id": "Bobot kriteria dan konsistensi",
        "en": "Criteria weights and consistency",
    },
    "ba_criterion": {"id": "Kriteria", "en": "Criterion"},
    "ba_weight": {"id": "Bobot", "en": "Weight"},
    "ba_cr": {
        "id": "Rasio konsistensi AHP (CR; indeks acak {table})",
        "en": "AHP consistency ratio (CR; random index {table})",
    },
    "ba_cr_verdict": {
        "id": "Penilaian konsistensi (batas CR 0,1)",
        "en": "Consistency (CR limit 0.1)",
    },
    "ba_consistent": {"id": "konsisten", "en": "consistent"},
    "ba_inconsistent": {"id": "TIDAK konsisten", "en": "NOT consistent"},
    "ba_method": {"id": "Metode pemeringkatan", "en": "Ranking method"},
    "ba_consensus": {"id": "Konsensus peserta", "en": "Agreement of the room"},
    "ba_measure": {"id": "Penilaian", "en": "Rating"},
    "ba_raters": {"id": "Penilai", "en": "Raters"},
    "ba_items": {"id": "Butir", "en": "Items"},
    "ba_data": {"id": "Versi data yang dipakai", "en": "Data versions used"},
    "ba_data_note": {
        "id": "Sidik SHA-256 setiap berkas data kit saat berita acara dibuat; 'ya' di kolom terakhir berarti berkas itu sama dengan yang tercatat di daftar kit.",
        "en": "SHA-256 of each bundled data file when these minutes were made; equal to the kit's registry where the last column says 'yes'.",
    },
    "ba_file": {"id": "Berkas", "en": "File"},
    "ba_rows": {"id": "Baris", "en": "Rows"},
    "ba_registered": {"id": "Sesuai daftar kit", "en": "Matches the registry"},
    "ba_yes": {"id": "ya", "en": "yes"},
    "ba_no": {"id": "tidak", "en": "no"},
    "ba_vision": {"id": "Visi bersama", "en": "Shared vision"},
    "ba_signatures": {"id": "Tanda tangan", "en": "Signatures"},
    "ba_as": {"id": "Sebagai", "en": "As"},
    "ba_name": {"id": "Nama", "en": "Name"},
    "ba_signature": {"id": "Tanda tangan", "en": "Signature"},
    "ba_signer_region": {"id": "Wakil {region}", "en": "Representative of {region}"},
    "ba_footer": {
        "id": "Dibuat dengan SKAD Kit (kadlib). Angka skor dan bobot dari isian peserta lokakarya; data baseline dari BPS.",
        "en": "Made with the SKAD Kit (kadlib). Scores and weights from the workshop participants' input; baseline data from BPS.",
    },
    "ba_sheet_cover": {"id": "Lokakarya", "en": "Workshop"},
    "ba_sheet_participants": {"id": "Peserta", "en": "Participants"},
    "ba_sheet_agreed": {"id": "Kesepakatan", "en": "Agreed"},
    "ba_sheet_weights": {"id": "Bobot", "en": "Weights"},
    "ba_sheet_consensus": {"id": "Konsensus", "en": "Consensus"},
    "ba_sheet_data": {"id": "Versi data", "en": "Data versions"},
    "ba_sheet_signatures": {"id": "Tanda tangan", "en": "Signatures"},
    "widget_all_zero": {
        "id": "Semua bobot 0: naikkan setidaknya satu kriteria. Hasil terakhir tetap ditampilkan.",
        "en": "All weights are 0: raise at least one criterion. The last result stays on screen.",
    },
    # --- warnings -------------------------------------------------------------
    "warn_flagged_dropped": {
        "id": "data yang ditandai bermasalah tidak dipakai: {items}",
        "en": "flagged data not used: {items}",
    },
    # ---- method truth (issue 12: economy conventions, group aggregates, potensi) ----
    "widget_method_saw": {
        "id": "SAW (Simple Additive Weighting)",
        "en": "SAW (Simple Additive Weighting)",
    },
    "err_not_a_table": {
        "id": "masukan harus berupa tabel (DataFrame), bukan {kind}",
        "en": "the input must be a table (DataFrame), not {kind}",
    },
    "allow_table": {
        "id": "tabel dengan kolom {columns}",
        "en": "a tidy table with the columns {columns}",
    },
    "err_one_year": {
        "id": "fungsi ini memerlukan LQ satu tahun saja, tetapi tabel ini memuat beberapa tahun",
        "en": "needs the LQ of one year only, this table holds several years",
    },
    "allow_one_year": {
        "id": "saring dulu satu tahun (mis. lq[lq.year == 2019])",
        "en": "filter one year first (e.g. lq[lq.year == 2019])",
    },
    "err_national_total": {
        "id": "total PDB Indonesia memuat pajak dikurangi subsidi atas produk; kit memakai jumlah 17 lapangan usaha, "
        "tetapi tabel ini tidak memuat ke-17 lapangan usaha untuk Indonesia",
        "en": "Indonesia's GDP total includes taxes less subsidies on products; the kit uses the sum of the 17 "
        "categories, but this table does not hold all 17 categories for Indonesia",
    },
    "allow_17_sectors": {
        "id": "ke-17 lapangan usaha BPS (A … U) untuk 9999",
        "en": "all 17 BPS categories (A … U) for 9999",
    },
    "err_no_weight": {
        "id": "tidak ada bobot (penduduk, atau bobot yang diberikan) untuk daerah ini pada tahun {year}",
        "en": "no weight (population, or the weights given) for this region in {year}",
    },
    "allow_weight": {
        "id": "bobot penduduk tahun yang sama (penduduk tersirat PDRB ÷ PDRB per kapita, atau jumlah penduduk), "
        "atau berikan bobot sendiri",
        "en": "a population weight of the same year (population implied by GRDP ÷ GRDP per capita, or the population "
        "count), or pass your own weights",
    },
    "err_agg_ipm": {
        "id": "IPM kelompok tidak sama dengan rata-rata IPM anggota: BPS menyusunnya dari komponennya (rata-rata geometrik)",
        "en": "a group's HDI is not the mean of its members' HDI: BPS composes it from its components (a geometric mean)",
    },
    "err_agg_uhh": {
        "id": "umur harapan hidup kelompok dihitung dari tabel kematian, bukan dengan merata-ratakan daerah",
        "en": "a group's life expectancy comes from a life table, not from averaging regions",
    },
    "err_agg_hls": {
        "id": "bobot yang tepat adalah penduduk usia sekolah, yang tidak tersedia di kit",
        "en": "the right weight is the school-age population, which the kit does not hold",
    },
    "err_agg_rls": {
        "id": "bobot yang tepat adalah penduduk usia 25 tahun ke atas, yang tidak tersedia di kit",
        "en": "the right weight is the population aged 25 and over, which the kit does not hold",
    },
    "err_agg_growth": {
        "id": "laju pertumbuhan kelompok dihitung dari jumlah PDRB anggota, bukan dengan merata-ratakan lajunya",
        "en": "a group's growth rate is computed from the members' summed PDRB, not by averaging their rates",
    },
    "allow_aggregate_how": {
        "id": "how='per_region' (angka tiap anggota)",
        "en": "how='per_region' (each member's figure)",
    },
    "agg_mean": {"id": "rata-rata sederhana (tidak tertimbang)", "en": "simple (unweighted) mean"},
    "weight_population_implied": {
        "id": "penduduk (tersirat: PDRB ADHK ÷ PDRB per kapita ADHK, BPS)",
        "en": "population (implied: GRDP at constant prices ÷ GRDP per capita, BPS)",
    },
    "weight_population_count": {
        "id": "jumlah penduduk (Kemendagri/Dukcapil)",
        "en": "population count (Kemendagri/Dukcapil)",
    },
    "weight_labour_force_missing": {
        "id": "bobot yang tepat adalah angkatan kerja, yang tidak tersedia di kit; dipakai penduduk",
        "en": "the exact weight is the labour force, which the kit does not hold; population is used",
    },
    "allow_potensi_share": {
        "id": "berikan tabel sektor (sector=load_sector_pdrb(...)) untuk potensi='share', atau pilih potensi='lq'",
        "en": "pass the sector table (sector=load_sector_pdrb(...)) for potensi='share', or choose potensi='lq'",
    },
    # --- cooperation fields, complementarity, opportunity finder (area: fields) ------------
    "fields_lq_evidence": {
        "id": "sektor basis (LQ > 1 pada {sectors}) di {n} dari {m} anggota: {who}",
        "en": "basis (LQ > 1 in {sectors}) in {n} of {m} members: {who}",
    },
    "err_not_a_field": {
        "id": "kategori ini bukan bidang kerja sama (O = administrasi pemerintahan)",
        "en": "this category is not a cooperation field (O = public administration)",
    },
    "allow_field_sector": {
        "id": "kategori PDRB A–U selain O",
        "en": "PDRB categories A–U except O",
    },
    "allow_candidates": {
        "id": "sebutkan kelompok, bidang dari katalog (fields=...), tabel LQ, atau bidang Anda sendiri (own=...)",
        "en": "name a group, catalogue fields (fields=...), an LQ table, or your own fields (own=...)",
    },
    # fields and maps: scoring sheets, own fields, one value per region (docsA, issue 14)
    "allow_one_value_per_region": {
        "id": "satu nilai per wilayah: saring dulu satu indikator atau sektor dan satu tahun",
        "en": "one value per region: filter one indicator or sector and one year first",
    },
    "err_field_unscored": {
        "id": "kandidat bidang ini belum diberi skor",
        "en": "this candidate field has no scores",
    },
    "allow_scores_every_candidate": {
        "id": "satu baris skor (field_id) untuk setiap kandidat bidang: {items}",
        "en": "one row of scores (field_id) for every candidate field: {items}",
    },
    "allow_own_field": {
        "id": "setiap bidang sendiri diberi field_id dan label",
        "en": "every own field with a field_id and a label",
    },
    "err_shape_mismatch": {
        "id": "kedua vektor pangsa tidak sepadan",
        "en": "the two share vectors do not match",
    },
    "allow_same_sectors": {
        "id": "dua vektor pangsa atas kategori yang sama",
        "en": "two share vectors over the same categories",
    },
    "err_too_few_members": {
        "id": "kurang dari dua daerah yang berbeda",
        "en": "fewer than two different regions",
    },
    "allow_two_members": {
        "id": "minimal dua daerah yang berbeda",
        "en": "at least two different regions",
    },
    "role_rivals": {
        "id": "bersaing (basis di semua anggota)",
        "en": "rivals (basis in every member)",
    },
    "role_complements": {
        "id": "saling melengkapi (basis di sebagian anggota)",
        "en": "complements (basis in some members)",
    },
    "role_none": {"id": "bukan basis di anggota mana pun", "en": "basis in no member"},
    "cmp_krugman": {
        "id": "Indeks spesialisasi Krugman (0 = sama, 2 = berbeda sama sekali)",
        "en": "Krugman specialisation index (0 identical – 2 disjoint)",
    },
    "cmp_finger_kreinin": {
        "id": "Indeks kemiripan Finger–Kreinin (0 = tidak mirip, 1 = sama)",
        "en": "Finger–Kreinin similarity (0 – 1 identical)",
    },
    "cmp_cosine": {
        "id": "Kemiripan kosinus struktur (0 = tidak mirip, 1 = sama)",
        "en": "Cosine similarity of structures (0 – 1 identical)",
    },
    "cmp_n_rivals": {
        "id": "Sektor bersaing (basis di keduanya)",
        "en": "Rival sectors (basis in both)",
    },
    "cmp_n_complements": {"id": "Sektor saling melengkapi", "en": "Complementary sectors"},
    "cmp_n_none": {"id": "Sektor bukan basis di keduanya", "en": "Sectors basis in neither"},
    "opp_allow_kabkota": {
        "id": "kabupaten/kota pada peta nasional yang memiliki data sektor tahun ini",
        "en": "a kab/kota on the national map with sector data for this year",
    },
    "opp_answer_head": {
        "id": "{name} ({year}): {k} tetangga.",
        "en": "{name} ({year}): {k} neighbours.",
    },
    "opp_answer_existing": {
        "id": "Sudah bekerja sama dalam: {groups}.",
        "en": "Already cooperates in: {groups}.",
    },
    "opp_answer_group": {
        "id": "kelompok {names}: sama-sama basis di {shared} ({score:.0f} % PDRB gabungan)",
        "en": "group {names}: all basis in {shared} ({score:.0f} % of the combined PDRB)",
    },
    "opp_answer_public": {
        "id": "Layanan publik lintas batas yang patut ditanyakan ke setiap tetangga (data sektor tidak "
        "dapat menilainya): {fields} …",
        "en": "Cross-border public services worth asking every neighbour about (the sector data "
        "cannot judge them): {fields} …",
    },
    "opp_why": {
        "id": "sama-sama basis: {shared}; basis di mereka, tidak di kita: {theirs}; basis di kita, tidak di mereka: {ours}",
        "en": "basis in both: {shared}; theirs, not ours: {theirs}; ours, not theirs: {ours}",
    },
    "opp_why_manual": {"id": "(tautan manual: {reason})", "en": "(manual link: {reason})"},
    "opp_baseline_note": {
        "id": "Baseline nasional sebatas yang dimungkinkan data sektor: PDRB 17 lapangan usaha ADHK 2010, {start}–{end}, "
        "semua kab/kota. Penduduk, kemiskinan dan IPM tidak tersedia untuk kab/kota di luar Jawa Tengah/DIY.",
        "en": "A national baseline only as far as the sector data allow: PDRB by 17 categories at constant 2010 prices, "
        "{start}–{end}, all kab/kota. Population, poverty and IPM are not available outside Jawa Tengah/DIY.",
    },
    "opp_map_title": {
        "id": "Peluang kerja sama: kelompok tetangga dengan sektor basis bersama",
        "en": "Cooperation opportunities: neighbouring groups sharing basis sectors",
    },
    "opp_map_existing": {
        "id": "sudah bekerja sama (daftar kelompok kit)",
        "en": "already cooperating (kit registry)",
    },
    "opp_map_other": {"id": "kab/kota lain", "en": "other kab/kota"},
    "role_short_rivals": {"id": "bersaing", "en": "rivals"},
    "role_short_complements": {"id": "saling melengkapi", "en": "complements"},
    "role_short_none": {"id": "bukan basis", "en": "neither basis"},
    "role_short_None": {"id": "bukan bidang", "en": "not a field"},
    "cmp_title": {
        "id": "{a} dan {b}, {year}: indeks Krugman {k}, kosinus {c}",
        "en": "{a} and {b}, {year}: Krugman index {k}, cosine {c}",
    },
    "cmp_dot": {"id": "titik = basis (LQ > 1)", "en": "dot = basis (LQ > 1)"},
    # units of the bundled data (data/indicators.csv, sector_pdrb.csv), shown by i18n.unit()
    "unit_juta rupiah": {"id": "juta rupiah", "en": "million rupiah"},
    "unit_miliar rupiah": {"id": "miliar rupiah", "en": "billion rupiah"},
    "unit_ribu rupiah per orang": {
        "id": "ribu rupiah per orang",
        "en": "thousand rupiah per person",
    },
    "unit_ribu rupiah per orang per tahun": {
        "id": "ribu rupiah per orang per tahun",
        "en": "thousand rupiah per person per year",
    },
    "unit_persen": {"id": "persen", "en": "percent"},
    "unit_indeks": {"id": "indeks", "en": "index"},
    "unit_tahun": {"id": "tahun", "en": "years"},
    "unit_km2": {"id": "km²", "en": "km²"},
    "unit_jiwa": {"id": "jiwa", "en": "persons"},
    # data-quality flags of sector_pdrb.csv (data/README.md), shown by i18n.quality_flag_text()
    "qflag_sector_sum_mismatch": {
        "id": "jumlah 17 kategori berbeda dari total",
        "en": "the 17 categories do not add up to the total",
    },
    "qflag_implausible_jump": {
        "id": "lonjakan tidak wajar di {sectors}",
        "en": "implausible jump in {sectors}",
    },
    "qflag_no_data_zero_total": {
        "id": "semua nilai 0 (belum dilaporkan)",
        "en": "all values 0 (not reported)",
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
            f"bahasa tidak dikenal {lang!r}; pilih 'id' atau 'en' (unknown language {lang!r}; choose 'id' or 'en')"
        )
    _language = lang


def get_language() -> str:
    """Return the current language code (``"id"`` or ``"en"``).

    Examples
    --------
    >>> get_language()
    'id'
    >>> set_language("en"); get_language()
    'en'
    >>> set_language("id")
    """
    return getattr(_thread, "lang", None) or _language


@contextmanager
def using(lang: str):
    """Use ``lang`` in this thread only, inside the ``with`` block (other threads keep theirs).

    Examples
    --------
    >>> with using("en"):
    ...     t("region")
    'Region'
    >>> t("region")
    'Wilayah'
    """
    if lang not in LANGUAGES:
        raise ValueError(
            f"bahasa tidak dikenal {lang!r}; pilih 'id' atau 'en' (unknown language {lang!r}; choose 'id' or 'en')"
        )
    before = getattr(_thread, "lang", None)
    _thread.lang = lang
    try:
        yield lang
    finally:
        _thread.lang = before


def t(key: str, *args, lang: str | None = None, **kwargs) -> str:
    """Return the label ``key`` in the current (or given) language, formatted.

    Examples
    --------
    >>> t("loc_row", 12, lang="en")
    'row 12'
    """
    entry = LABELS[key]
    lang = lang or get_language()
    text = entry[lang]
    if not (args or kwargs):
        return text
    args = [a.text(lang) if isinstance(a, (Number, Phrase)) else a for a in args]
    kwargs = {k: v.text(lang) if isinstance(v, (Number, Phrase)) else v for k, v in kwargs.items()}
    return text.format(*args, **kwargs)


class Number:
    """A number that takes the format of the language of the label it is put into.

    A message such as :class:`kadlib.KadDataError` is written in both languages from the same
    arguments; a number pre-formatted with ``f"{n:,}"`` would read ``1,000,000`` in the
    Indonesian sentence too (where it means one).  Pass ``Number(n)`` instead and
    :func:`t` formats it with :func:`format_number` for each language.

    Examples
    --------
    >>> t("allow_rows", n=Number(1_000_000), lang="id")
    'paling banyak 1.000.000 baris data'
    >>> t("allow_rows", n=Number(1_000_000), lang="en")
    'at most 1,000,000 data rows'
    >>> str(Number(0.5, 2, lang="en")), repr(Number(3))
    ('0.50', 'Number(3, 0)')
    """

    __slots__ = ("value", "decimals", "lang")

    def __init__(self, value, decimals: int = 0, lang: str | None = None):
        self.value, self.decimals, self.lang = value, decimals, lang

    def text(self, lang: str | None = None) -> str:
        """The number written for ``lang`` (the current language if not given)."""
        return format_number(self.value, self.decimals, lang=lang or self.lang)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Number({self.value!r}, {self.decimals})"


class Phrase:
    """A label put inside another label, written in that label's language (like :class:`Number`).

    For details of a bilingual message that are themselves sentences (``detail=`` of a
    :class:`kadlib.KadDataError`), so the Indonesian text holds no English words.

    Examples
    --------
    >>> p = Phrase("csv_field_limit", n=Number(131072))
    >>> t("err_csv_syntax", detail=p, lang="id")
    'CSV rusak (satu sel lebih panjang dari 131.072 karakter)'
    >>> t("err_csv_syntax", detail=p, lang="en")
    'malformed CSV (a cell longer than 131,072 characters)'
    """

    __slots__ = ("key", "kwargs")

    def __init__(self, key: str, **kwargs):
        self.key, self.kwargs = key, kwargs

    def text(self, lang: str | None = None) -> str:
        """The phrase in ``lang`` (the current language if not given)."""
        return t(self.key, lang=lang, **self.kwargs)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Phrase({self.key!r})"


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
    if (lang or get_language()) == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def label_column(lang: str | None = None, base: str = "label") -> str:
    """Name of a bundled table's column in the language: ``label_id``/``label_en``.

    Bundled tables carry each text twice, ``<base>_id`` and ``<base>_en`` (``label``,
    ``text``, ``dimension_label``, ``form_label`` ...). Lessons pick the column with this
    function, so the same code cell prints Indonesian or English names.

    Examples
    --------
    >>> label_column(), label_column("en")
    ('label_id', 'label_en')
    >>> label_column("en", base="text")
    'text_en'
    >>> import kadlib
    >>> kadlib.load_sectors().set_index("sector_code").loc["C", label_column("en")]
    'Manufacturing'
    """
    return f"{base}_{lang or get_language()}"


def quality_flag_text(flag: str, lang: str | None = None) -> str:
    """The ``quality_flag`` of a sector-data row (``data/README.md``) in words.

    A flag holds one or more reasons joined by ``;``; ``implausible_jump:<sectors>`` names the
    sector codes (``|`` between them). Reasons the kit does not know come back as they are.

    Examples
    --------
    >>> quality_flag_text("sector_sum_mismatch;implausible_jump:B|C", lang="id")
    'jumlah 17 kategori berbeda dari total; lonjakan tidak wajar di B, C'
    >>> quality_flag_text("no_data_zero_total", lang="en")
    'all values 0 (not reported)'
    """
    words = []
    for part in filter(None, str(flag).split(";")):
        reason, _, sectors = part.partition(":")
        key = f"qflag_{reason}"
        if key not in LABELS:
            words.append(part)
        elif sectors:
            names = ", ".join(sectors.split("|"))  # "M,N" is one code (a combined category)
            words.append(t(key, lang=lang, sectors=names))
        else:
            words.append(t(key, lang=lang))
    return "; ".join(words)


def unit(text: str, lang: str | None = None) -> str:
    """A unit of the bundled data (stored in Indonesian) in the current language.

    Units the kit does not know (a user's own data) come back unchanged.

    Examples
    --------
    >>> unit("juta rupiah", lang="en"), unit("juta rupiah", lang="id")
    ('million rupiah', 'juta rupiah')
    >>> unit("ton per hektare", lang="en")
    'ton per hektare'
    """
    entry = LABELS.get(f"unit_{text}")
    return entry[lang or get_language()] if entry else text
