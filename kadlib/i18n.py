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
    "lq_title": {
        "id": "Location quotient {year} (referensi: {ref})",
        "en": "Location quotient {year} (reference: {ref})",
    },
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
    "rank_prob_title": {
        "id": "Peluang tiap peringkat ({n} undian bobot)",
        "en": "Probability of each rank ({n} weight draws)",
    },
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
    "err_unknown_option": {"id": "pilihan tidak dikenal", "en": "unknown option"},
    "err_bad_scale": {
        "id": "skala tidak valid: batas atas harus lebih besar dari batas bawah",
        "en": "invalid scale: the upper bound must be greater than the lower bound",
    },
    "allow_bad_scale": {"id": "pasangan (bawah, atas), mis. (1, 5)", "en": "a (low, high) pair, e.g. (1, 5)"},
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
    "err_ahp_shape": {
        "id": "matriks perbandingan harus bujur sangkar dengan label baris = kolom",
        "en": "the comparison matrix must be square with row labels = column labels",
    },
    "allow_ahp": {
        "id": "matriks n x n, diagonal 1, sel (a, b) = 1 / sel (b, a), nilai 1/9–9",
        "en": "an n x n matrix, diagonal 1, cell (a, b) = 1 / cell (b, a), values 1/9–9",
    },
    "err_ahp_diagonal": {"id": "diagonal matriks perbandingan harus 1", "en": "the diagonal must be 1"},
    "err_ahp_reciprocal": {"id": "matriks tidak resiprokal", "en": "the matrix is not reciprocal"},
    "allow_ahp_reciprocal": {
        "id": "nilai {v} (kebalikan dari sel seberangnya)",
        "en": "the value {v} (the reciprocal of the opposite cell)",
    },
    "err_ahp_incomplete": {"id": "perbandingan ini belum diisi", "en": "this comparison is missing"},
    "allow_ahp_fill": {
        "id": "isi semua perbandingan, atau panggil ahp(..., fill='geometric') untuk mengisi dari jalur tidak langsung",
        "en": "fill every comparison, or call ahp(..., fill='geometric') to fill it from indirect paths",
    },
    "err_participant_twice": {"id": "peserta yang sama muncul dua kali", "en": "the same participant appears twice"},
    "allow_participant_once": {
        "id": "satu berkas per peserta (sudah ada di {other})",
        "en": "one file per participant (already in {other})",
    },
    "err_not_template": {"id": "bukan templat penilaian SKAD Kit", "en": "not a SKAD Kit scoring template"},
    "allow_template": {
        "id": "templat yang dibuat oleh kadlib.workshop.make_templates, tanpa mengubah kode butir",
        "en": "a template made by kadlib.workshop.make_templates, item codes unchanged",
    },
    "err_other_session": {"id": "templat dari sesi lain", "en": "template from another session"},
    "allow_session": {"id": "templat untuk sesi {session!r}", "en": "templates for session {session!r}"},
    "err_blank": {"id": "sel kosong", "en": "blank cell"},
    "allow_name": {"id": "nama peserta", "en": "the participant's name"},
    "allow_complete_ratings": {"id": "setiap peserta menilai setiap butir", "en": "every participant rates every item"},
    "err_formula": {"id": "rumus tidak diterima (tidak dijalankan)", "en": "formulas are not accepted (not evaluated)"},
    "err_template_changed": {"id": "kode butir di templat diubah", "en": "an item code in the template was changed"},
    "err_unknown_participant": {
        "id": "peserta belum terdaftar di sesi ini",
        "en": "participant not registered in this session",
    },
    "err_indicator_unit": {"id": "tolok ukur tanpa satuan", "en": "indicator without a unit"},
    "allow_indicator": {
        "id": "setiap tolok ukur punya nama dan satuan (mis. 'persen', 'juta rupiah')",
        "en": "every indicator has a name and a unit (e.g. 'persen', 'juta rupiah')",
    },
    "allow_scenario": {
        "id": "berkas YAML yang ditulis oleh Scenario.save",
        "en": "a YAML file written by Scenario.save",
    },
    # --- economy and report -----------------------------------------------------
    "undefined_zero_start": {"id": "tidak dapat dihitung (nilai awal 0)", "en": "undefined (zero at the start)"},
    "klassen_region_1": {"id": "Daerah maju dan tumbuh cepat", "en": "High income, high growth"},
    "klassen_region_2": {"id": "Daerah maju tapi tertekan", "en": "High income, low growth"},
    "klassen_region_3": {"id": "Daerah berkembang cepat", "en": "Low income, high growth"},
    "klassen_region_4": {"id": "Daerah relatif tertinggal", "en": "Low income, low growth"},
    "klassen_sector_1": {"id": "Sektor maju dan tumbuh cepat (prima)", "en": "Large share, fast growth (prime)"},
    "klassen_sector_2": {"id": "Sektor maju tapi tertekan", "en": "Large share, slow growth (under pressure)"},
    "klassen_sector_3": {"id": "Sektor potensial (sedang tumbuh)", "en": "Small share, fast growth (potential)"},
    "klassen_sector_4": {"id": "Sektor relatif tertinggal", "en": "Small share, slow growth (lagging)"},
    "lq_dlq_TT": {"id": "basis, tetap basis", "en": "basic, stays basic"},
    "lq_dlq_TF": {"id": "basis, cenderung menjadi non-basis", "en": "basic, tending to non-basic"},
    "lq_dlq_FT": {"id": "non-basis, cenderung menjadi basis", "en": "non-basic, tending to basic"},
    "lq_dlq_FF": {"id": "non-basis, tetap non-basis", "en": "non-basic, stays non-basic"},
    "mrp_TT": {
        "id": "pertumbuhan menonjol di wilayah studi dan referensi",
        "en": "growth stands out in the region and the reference area",
    },
    "mrp_TF": {"id": "pertumbuhan menonjol hanya di wilayah studi", "en": "growth stands out in the region only"},
    "mrp_FT": {
        "id": "pertumbuhan menonjol hanya di wilayah referensi",
        "en": "growth stands out in the reference area only",
    },
    "mrp_FF": {"id": "pertumbuhan tidak menonjol", "en": "growth does not stand out"},
    "unggulan_TT": {"id": "unggulan (tumbuh menonjol, kontribusi besar)", "en": "leading (fast growth, large share)"},
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
    "report_generated": {
        "id": "Dibuat dengan SKAD Kit (kadlib) {version}; versi data",
        "en": "Made with SKAD Kit (kadlib) {version}; data versions",
    },
    # --- neighbours, scoring, factors, workshop, widgets -----------------------
    "rule_holds_all": {
        "id": "terpenuhi: semua {n} wilayah peserta saling terhubung sebagai tetangga",
        "en": "holds: all {n} participating regions are connected as neighbours",
    },
    "rule_holds_part": {
        "id": "terpenuhi: {linked} wilayah bertetangga; tidak terhubung: {cut}",
        "en": "holds: {linked} regions are neighbours; not connected: {cut}",
    },
    "rule_fails_one": {
        "id": "tidak terpenuhi: hanya satu wilayah peserta",
        "en": "fails: only one participating region",
    },
    "rule_fails_none": {
        "id": "tidak terpenuhi: tidak ada dua wilayah peserta yang bertetangga ({cut})",
        "en": "fails: no two participating regions are neighbours ({cut})",
    },
    "warn_constant": {
        "id": "kriteria {c!r} bernilai sama untuk semua sektor: tidak membedakan apa pun",
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
        "id": "Perbandingan paling tidak konsisten: {a} vs {b} = {given} (yang konsisten dengan yang lain ≈ {ideal})",
        "en": "Most inconsistent comparison: {a} vs {b} = {given} (consistent with the others ≈ {ideal})",
    },
    "robust_summary": {
        "id": "{top} tetap peringkat 1 pada {p} dari {n} undian bobot",
        "en": "{top} stays first in {p} of {n} weight draws",
    },
    "gate_no_participants": {"id": "tidak ada data peserta", "en": "no participants given"},
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
        "id": "Struktur|Location quotient|Shift-share|Sektor unggulan",
        "en": "Structure|Location quotient|Shift-share|Leading sectors",
    },
    "widget_method": {"id": "Metode", "en": "Method"},
    "widget_weights": {
        "id": "Poin tiap kriteria (geser atau ketik 0–100); bobot = poin dibagi jumlah semua poin",
        "en": "Points per criterion (slide or type 0–100); weight = points divided by the sum of all points",
    },
    "widget_verdicts": {"id": "Syarat ≥ 2 daerah bertetangga", "en": "Rule: ≥ 2 neighbouring regions"},
    # --- day (issue 11): widgets, dashboard, worksheets, berita acara ---------------
    "widget_wsm": {"id": "Jumlah berbobot", "en": "Weighted sum"},
    "widget_indicator": {"id": "Indikator", "en": "Indicator"},
    "widget_col_region": {"id": "Wilayah", "en": "Region"},
    "widget_col_sector": {"id": "Sektor", "en": "Sector"},
    "widget_col_lq": {"id": "LQ", "en": "LQ"},
    "widget_col_rps": {"id": "Pertumbuhan relatif (RPs)", "en": "Relative growth (RPs)"},
    "widget_col_class": {"id": "Kelompok", "en": "Class"},
    "widget_none_found": {"id": "Tidak ada sektor unggulan pada rentang tahun ini", "en": "No leading sector in this year range"},
    "widget_two_years": {"id": "Pilih dua tahun yang berbeda", "en": "Choose two different years"},
    "widget_col_rank": {"id": "Peringkat", "en": "Rank"},
    "widget_col_sector_field": {"id": "Bidang / sektor", "en": "Field / sector"},
    "widget_col_score": {"id": "Skor", "en": "Score"},
    "widget_col_gate": {"id": "Syarat tetangga", "en": "Neighbour rule"},
    "widget_col_rank_prob": {
        "id": "Peluang tiap peringkat bila bobot sedikit digeser ({n} undian)",
        "en": "Probability of each rank when the weights shift a little ({n} draws)",
    },
    "widget_yes": {"id": "Ya", "en": "Yes"},
    "widget_no": {"id": "Tidak", "en": "No"},
    "widget_tie_note": {
        "id": "= seri: skornya sama, jadi berbagi peringkat yang sama",
        "en": "= tie: equal scores share the same rank",
    },
    # projector dashboard -------------------------------------------------------
    "dash_title": {"id": "Lokakarya SKAD · {group}", "en": "SKAD workshop · {group}"},
    "dash_example_badge": {"id": "CONTOH, bukan data", "en": "EXAMPLE, not data"},
    "dash_live_badge": {"id": "sesi langsung", "en": "live session"},
    "dash_live_session": {"id": "Sesi langsung", "en": "Live session"},
    "dash_fields_from_example": {
        "id": " · bidang dan perbandingan kriteria: CONTOH",
        "en": " · fields and criteria comparisons: EXAMPLE",
    },
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
    "dash_hint_open": {"id": "siapa hadir, daerah mana, apa agenda hari ini", "en": "who is here, which regions, today's agenda"},
    "dash_hint_baseline": {"id": "struktur ekonomi, spesialisasi (LQ), sektor unggulan", "en": "economic structure, specialisation (LQ), leading sectors"},
    "dash_hint_factors": {"id": "faktor yang penting tetapi kondisinya buruk dibahas pertama", "en": "factors that matter but are in poor condition come first"},
    "dash_hint_weights": {"id": "bobot dari perbandingan berpasangan, dan apakah konsisten", "en": "weights from the pairwise comparisons, and whether they are consistent"},
    "dash_hint_scoring": {"id": "geser bobot: apakah urutan bidang bertahan?", "en": "move the weights: does the order of the fields hold?"},
    "dash_hint_map": {"id": "siapa ikut, dan apakah peserta saling bertetangga", "en": "who takes part, and are the participants neighbours"},
    "dash_hint_agreement": {"id": "visi bersama, lembar cetak, berita acara", "en": "shared vision, printed sheets, minutes"},
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
        "id": "Sektor unggulan 2015–2020: tumbuh lebih cepat daripada di provinsi (RPs > 1) dan terspesialisasi (LQ > 1).",
        "en": "Leading sectors 2015–2020: growing faster than in the province (RPs > 1) and specialised (LQ > 1).",
    },
    "dash_raters": {"id": "{n} penilai", "en": "{n} raters"},
    "dash_split": {"id": "ruangan terbelah pada", "en": "the room is split on"},
    "dash_cr": {"id": "Rasio konsistensi (CR)", "en": "Consistency ratio (CR)"},
    "dash_cr_limit": {"id": "batas yang lazim: 0,1", "en": "usual limit: 0.1"},
    "dash_criterion": {"id": "Kriteria", "en": "Criterion"},
    "dash_weight": {"id": "Bobot", "en": "Weight"},
    "dash_weights_note": {
        "id": "Bobot ini menjadi titik awal penilaian bidang; di langkah berikutnya ruangan boleh menggesernya dan melihat akibatnya.",
        "en": "These weights are the starting point of the field scoring; in the next step the room may move them and see what changes.",
    },
    "dash_field": {"id": "Bidang", "en": "Field"},
    "dash_bps_sector": {"id": "sektor BPS", "en": "BPS sector"},
    "dash_map_note": {
        "id": "Hijau tua: ikut dan sektor basis (LQ > 1); hijau muda: ikut; jingga: sektor basis tetapi tidak ikut. Garis: peserta yang bertetangga.",
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
    "dash_programme_placeholder": {"id": "mis. pasar lelang bergilir", "en": "e.g. a rotating auction market"},
    "dash_rank": {"id": "peringkat", "en": "rank"},
    "dash_fails_rule": {"id": "syarat tetangga tidak terpenuhi", "en": "neighbour rule not met"},
    "dash_vision": {"id": "Visi bersama (diketik notulis)", "en": "Shared vision (typed by the note taker)"},
    "dash_vision_placeholder": {"id": "Tulis visi yang disepakati ruangan…", "en": "Write the vision the room agrees on…"},
    "dash_make_sheets": {"id": "Buat lembar cetak", "en": "Make printed sheets"},
    "dash_make_minutes": {"id": "Buat berita acara", "en": "Make the minutes"},
    "dash_make_report": {"id": "Simpan dokumen hasil", "en": "Save the result document"},
    "dash_saved": {"id": "Tersimpan di folder hasil:", "en": "Saved in the results folder:"},
    "dash_agreement_note": {
        "id": "Berkas masuk ke notebooks/hasil/ (buka HTML di peramban lalu cetak A4). Berita acara dibacakan, dikoreksi, lalu ditandatangani wakil tiap daerah.",
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
    "ws_factor_title": {"id": "Lembar penilaian faktor kunci sukses", "en": "Key success factor rating sheet"},
    "ws_factor_howto": {
        "id": "Lingkari satu angka per kolom: {low} = sangat rendah/buruk, {high} = sangat tinggi/baik. Isi sendiri, tanpa berdiskusi dulu.",
        "en": "Circle one number per column: {low} = very low/poor, {high} = very high/good. Fill in on your own, before any discussion.",
    },
    "ws_field": {"id": "Bidang kerja sama", "en": "Cooperation field"},
    "ws_field_title": {"id": "Lembar penilaian bidang kerja sama", "en": "Cooperation field scoring sheet"},
    "ws_field_howto": {
        "id": "Untuk tiap bidang, tulis satu angka {low}–{high} di tiap kotak: {low} = sangat lemah, {high} = sangat kuat. Kriteria:",
        "en": "For each field, write one number {low}–{high} in each box: {low} = very weak, {high} = very strong. Criteria:",
    },
    "ws_ahp_title": {"id": "Lembar perbandingan berpasangan kriteria", "en": "Pairwise comparison of the criteria"},
    "ws_ahp_left": {"id": "Kriteria A", "en": "Criterion A"},
    "ws_ahp_right": {"id": "Kriteria B", "en": "Criterion B"},
    "ws_ahp_more": {"id": "lebih penting", "en": "more important"},
    "ws_ahp_equal": {"id": "sama", "en": "equal"},
    "ws_ahp_howto": {
        "id": "Untuk tiap pasangan, lingkari satu angka di sisi kriteria yang lebih penting: 1 = sama penting, 3 = sedikit lebih penting, 5 = lebih penting, 7 = jauh lebih penting, 9 = mutlak lebih penting (skala Saaty).",
        "en": "For each pair, circle one number on the side of the more important criterion: 1 = equal, 3 = slightly more, 5 = more, 7 = much more, 9 = absolutely more important (Saaty's scale).",
    },
    "ws_vision_title": {"id": "Lembar visi dan fokus kegiatan", "en": "Vision and focus activities sheet"},
    "ws_vision": {"id": "Visi bersama", "en": "Shared vision"},
    "ws_mission": {"id": "Misi", "en": "Mission"},
    "ws_focus": {"id": "Fokus kegiatan", "en": "Focus activities"},
    "ws_activity": {"id": "Program / kegiatan", "en": "Programme / activity"},
    "ws_field_short": {"id": "Bidang", "en": "Field"},
    "ws_regions": {"id": "Daerah peserta", "en": "Participating regions"},
    "ws_lead": {"id": "Penanggung jawab", "en": "Lead"},
    "ws_timeframe": {"id": "Jangka waktu", "en": "Timeframe"},
    "ws_priority": {"id": "Prioritas", "en": "Priority"},
    "ws_indicator": {"id": "Tolok ukur (dengan satuan)", "en": "Indicator (with unit)"},
    "ws_vision_howto": {
        "id": "Visi yang baik: bersama (semua daerah melihat dirinya di dalamnya), spesifik (menyebut bidangnya), dan bisa diterjemahkan menjadi kegiatan.",
        "en": "A good vision is shared (every region sees itself in it), specific (names its field) and can be turned into activities.",
    },
    # berita acara ------------------------------------------------------------
    "ba_title": {"id": "BERITA ACARA LOKAKARYA SKAD", "en": "MINUTES (BERITA ACARA) OF THE SKAD WORKSHOP"},
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
    "ba_agreed": {"id": "Bidang dan kegiatan yang disepakati", "en": "Agreed fields and activities"},
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
    "ba_weights": {"id": "Bobot kriteria dan konsistensi", "en": "Criteria weights and consistency"},
    "ba_criterion": {"id": "Kriteria", "en": "Criterion"},
    "ba_weight": {"id": "Bobot", "en": "Weight"},
    "ba_cr": {"id": "Rasio konsistensi AHP (CR; indeks acak {table})", "en": "AHP consistency ratio (CR; random index {table})"},
    "ba_cr_verdict": {"id": "Penilaian konsistensi (batas CR 0,1)", "en": "Consistency (CR limit 0.1)"},
    "ba_consistent": {"id": "konsisten", "en": "consistent"},
    "ba_inconsistent": {"id": "TIDAK konsisten", "en": "NOT consistent"},
    "ba_method": {"id": "Metode pemeringkatan", "en": "Ranking method"},
    "ba_consensus": {"id": "Kesepakatan ruangan", "en": "Agreement of the room"},
    "ba_measure": {"id": "Penilaian", "en": "Rating"},
    "ba_raters": {"id": "Penilai", "en": "Raters"},
    "ba_items": {"id": "Butir", "en": "Items"},
    "ba_data": {"id": "Versi data yang dipakai", "en": "Data versions used"},
    "ba_data_note": {
        "id": "Sidik SHA-256 tiap berkas data kit pada saat berita acara dibuat; sama dengan daftar kit bila kolom terakhir 'ya'.",
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
            f"bahasa tidak dikenal {lang!r}; pilih 'id' atau 'en' (unknown language {lang!r}; choose 'id' or 'en')"
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
