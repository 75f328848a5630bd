"""Hand-curated reference tables, each row with its source.

These are facts read from ``shared/reference/kad-domain.md`` (source tags like
``S31`` point to its numbered source list, which the build turns into
``sources.csv``) and from BPS's classification of industries.  Only facts the
reference marks *confirmed* are here; where a fact is uncertain the row says so.
``data/build.py`` writes them to CSV; nothing else in the kit defines them.
"""

# fmt: off
# ruff: noqa: E501

#: The 17 BPS categories of PDRB by industry (2010 base, KBLI 2009).  Indonesian
#: labels as in the BPS/Bappenas exports; English as in BPS's English tables.
SECTORS = [
    # code, order, label_id, label_en, short_id, short_en
    ("A", 1, "Pertanian, Kehutanan, dan Perikanan", "Agriculture, Forestry and Fishing", "Pertanian", "Agriculture"),
    ("B", 2, "Pertambangan dan Penggalian", "Mining and Quarrying", "Pertambangan", "Mining"),
    ("C", 3, "Industri Pengolahan", "Manufacturing", "Industri pengolahan", "Manufacturing"),
    ("D", 4, "Pengadaan Listrik dan Gas", "Electricity and Gas", "Listrik & gas", "Electricity & gas"),
    ("E", 5, "Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang", "Water Supply, Sewerage, Waste Management and Remediation Activities", "Air & sampah", "Water & waste"),
    ("F", 6, "Konstruksi", "Construction", "Konstruksi", "Construction"),
    ("G", 7, "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor", "Wholesale and Retail Trade; Repair of Motor Vehicles and Motorcycles", "Perdagangan", "Trade"),
    ("H", 8, "Transportasi dan Pergudangan", "Transportation and Storage", "Transportasi", "Transport"),
    ("I", 9, "Penyediaan Akomodasi dan Makan Minum", "Accommodation and Food Service Activities", "Akomodasi & makan minum", "Accommodation & food"),
    ("J", 10, "Informasi dan Komunikasi", "Information and Communication", "Informasi & komunikasi", "Information & communication"),
    ("K", 11, "Jasa Keuangan dan Asuransi", "Financial and Insurance Activities", "Keuangan", "Finance"),
    ("L", 12, "Real Estat", "Real Estate Activities", "Real estat", "Real estate"),
    ("M,N", 13, "Jasa Perusahaan", "Business Activities", "Jasa perusahaan", "Business services"),
    ("O", 14, "Administrasi Pemerintahan, Pertahanan, dan Jaminan Sosial Wajib", "Public Administration and Defence; Compulsory Social Security", "Adm. pemerintahan", "Public administration"),
    ("P", 15, "Jasa Pendidikan", "Education", "Pendidikan", "Education"),
    ("Q", 16, "Jasa Kesehatan dan Kegiatan Sosial", "Human Health and Social Work Activities", "Kesehatan", "Health"),
    ("R,S,T,U", 17, "Jasa Lainnya", "Other Services Activities", "Jasa lainnya", "Other services"),
]
SECTORS_SOURCE = "bps_sector_pdrb_export"

#: SKAD criteria for choosing the sectors to cooperate on (LEKAD, [S31]).
#: ``assessment``: "judgement" = scored by participants; "boundaries" = a fact the
#: kit computes from the region polygons (design.md: not an opinion to vote on).
CRITERIA = [
    # id, order, label_id, label_en, text_id (close to the source), text_en, assessment, source
    ("kebutuhan", 1, "Kebutuhan tinggi dan mendesak", "High and urgent need",
     "Sektor dengan kebutuhan kerja sama antardaerah di wilayah yang tinggi dan mendesak",
     "A sector with a high and urgent need for inter-regional cooperation in the area",
     "judgement", "S31"),
    ("potensi", 2, "Potensi (pengaruh signifikan)", "Potential (significant effect)",
     "Potensi: memiliki pengaruh signifikan terkait pengembangan pembangunan di daerah dan wilayah",
     "Potential: a significant effect on development in the regions and the area",
     "judgement", "S31"),
    ("tetangga", 3, "Melibatkan ≥ 2 daerah bertetangga", "Involves ≥ 2 neighbouring regions",
     "Setidaknya terkait 2 daerah yang bertetangga",
     "Involves at least two neighbouring regions",
     "boundaries", "S31"),
    ("prinsip", 4, "Mewujudkan prinsip kerja sama", "Realises the cooperation principles",
     "Dapat mewujudkan prinsip-prinsip dasar dari tujuan kerja sama antardaerah (sinergi, efisiensi, efektivitas, dll.)",
     "Can realise the basic principles of inter-regional cooperation (synergy, efficiency, effectiveness, etc.)",
     "judgement", "S31"),
    ("champion", 5, "Ada aktor kunci (champion)", "Key actors support it (champion)",
     "Aktor kunci yang mendukung (champion)",
     "Key actors who support it (a champion)",
     "judgement", "S31"),
    ("prospek", 6, "Potensi pengembangan", "Development potential",
     "Memiliki potensi pengembangan",
     "Has development potential",
     "judgement", "S31"),
]

#: The 11 principles of PP 50/2007 ([S6][S8][S47]; confirmed).
PRINCIPLES = [
    ("efisiensi", 1, "Efisiensi", "Efficiency"),
    ("efektivitas", 2, "Efektivitas", "Effectiveness"),
    ("sinergi", 3, "Sinergi", "Synergy"),
    ("saling_menguntungkan", 4, "Saling menguntungkan", "Mutual benefit"),
    ("kesepakatan_bersama", 5, "Kesepakatan bersama", "Mutual agreement"),
    ("itikad_baik", 6, "Itikad baik", "Good faith"),
    ("kepentingan_nasional", 7, "Mengutamakan kepentingan nasional dan keutuhan wilayah NKRI",
     "Putting the national interest and the territorial integrity of NKRI first"),
    ("persamaan_kedudukan", 8, "Persamaan kedudukan", "Equal standing"),
    ("transparansi", 9, "Transparansi", "Transparency"),
    ("keadilan", 10, "Keadilan", "Fairness"),
    ("kepastian_hukum", 11, "Kepastian hukum", "Legal certainty"),
]
PRINCIPLES_SOURCE = "S6; S8; S47"
PRINCIPLES_INSTRUMENT = "PP 50/2007"

#: Key success factors (kad-domain.md §4.1, confirmed) and three factors that the
#: reference supports only as the reverse of a documented failure cause (§4.2) or
#: as a SKAD function; ``basis`` says which.
SUCCESS_FACTORS = [
    # id, label_id, label_en, evidence_en, basis, source
    ("komitmen_pimpinan", "Komitmen pimpinan daerah (eksekutif dan legislatif)", "Commitment of regional leaders (executive and legislative)",
     "Sanctyeka 2009 calls it the main factor; KAD survival depends on heads' commitment", "success_factor", "S40b; S43b"),
    ("identifikasi_kebutuhan", "Identifikasi kebutuhan (CBNA, SKAD)", "Needs identification (CBNA, SKAD)",
     "Second factor in Sanctyeka's list", "success_factor", "S40b"),
    ("integrasi_rencana", "Integrasi dan harmonisasi dengan rencana daerah", "Integration and harmonisation with existing regional plans",
     "Third factor in Sanctyeka's list", "success_factor", "S40b"),
    ("partisipasi", "Partisipasi", "Participation",
     "Supporting factor in the Linggamas study", "success_factor", "S57"),
    ("analisis_kelembagaan", "Analisis kelembagaan", "Institutional analysis",
     "Supporting factor in the Linggamas study", "success_factor", "S57"),
    ("champion", "Ada champion (tokoh penggerak)", "A champion",
     "Supporting factor in the Linggamas study, where it was among the weakest", "success_factor", "S57"),
    ("keputusan_kolektif", "Pengambilan keputusan kolektif horizontal dan negosiasi terbuka", "Collective horizontal decision-making and open negotiation",
     "Kartamantul", "success_factor", "S27b"),
    ("visi_bersama_pimpinan", "Visi bersama para kepala daerah", "Leaders' shared vision",
     "Kartamantul", "success_factor", "S27b"),
    ("modal_sosial", "Modal sosial dan saling percaya", "Social capital and trust",
     "Kartamantul; a general study ties weak trust to KAD failure", "success_factor", "S27c; S65"),
    ("identitas_bersama", "Kesamaan budaya dan identitas", "Shared culture and identity",
     "Banyumasan culture (Barlingmascakeb); SAMPAN's stated basis", "success_factor", "S42; S41"),
    ("fasilitasi_eksternal", "Fasilitasi / pendampingan dari luar", "External facilitation / advocacy",
     "Undip MPWK for Barlingmascakeb", "success_factor", "S37"),
    ("dukungan_dprd_masyarakat", "Dukungan politik DPRD dan keterlibatan masyarakat", "Political backing from DPRDs and community involvement",
     "Pawonsari", "success_factor", "S50"),
    ("kelembagaan_luwes", "Kelembagaan luwes; sekretariat bergilir yang didanai bersama", "Flexible institutions; rotating, jointly funded secretariat",
     "Pawonsari", "success_factor", "S50"),
    ("dukungan_provinsi_pusat", "Dukungan provinsi dan pusat (pendanaan, regulasi)", "Support from province and centre (funding, legislation)",
     "Barlingmascakeb", "success_factor", "S43b"),
    ("kepastian_hukum", "Kepastian hukum (payung hukum yang jelas dan selaras)", "Legal certainty (a clear, consistent legal umbrella)",
     "Reverse of a documented failure cause: inconsistent or weak regulation", "reverse_of_failure_cause", "S64; S42"),
    ("pendanaan", "Pendanaan yang memadai dan tidak hanya bergantung pada iuran", "Adequate funding, not only member dues",
     "Reverse of a documented failure cause: dependence on member dues and hopes of central funds", "reverse_of_failure_cause", "S42; S40"),
    ("komunikasi", "Komunikasi dan kesadaran bersama", "Communication and shared awareness",
     "A stated function of SKAD (building communication and shared awareness)", "skad_function", "S31"),
]

#: Legal timeline (kad-domain.md §1.1, confirmed rows only).
LEGAL_TIMELINE = [
    # year, instrument, summary_id, summary_en, source
    (1999, "UU 22/1999", "Otonomi daerah bagi kabupaten/kota; pemicu kerja sama lokal", "Regional autonomy for districts/cities; cited as the trigger for local cooperation", "S27; S30"),
    (2004, "UU 32/2004 Pasal 195–197", "Daerah dapat bekerja sama; wajib mengelola pelayanan publik bersama daerah sekitar demi efisiensi", "Regions may cooperate; they must manage public services jointly with neighbouring regions for efficiency", "S9; S6"),
    (2007, "PP 50/2007", "Aturan rinci pertama: definisi, 11 prinsip, objek, persetujuan DPRD, badan kerja sama", "First detailed rules: definitions, 11 principles, objects, DPRD approval, the badan kerja sama", "S5; S6; S7"),
    (2007, "Permendagri 69/2007", "Kerja sama pembangunan perkotaan untuk masalah lintas batas kota", "Urban development cooperation for cross-border urban problems", "S10"),
    (2009, "Permendagri 22/2009", "Petunjuk teknis: 7 tahap dan tim koordinasi (TKKSD)", "Technical guidance: the 7 stages and the TKKSD coordination team", "S11; S12"),
    (2014, "UU 23/2014 Pasal 363–369", "Dasar hukum yang berlaku sekarang; Pasal 369 memerintahkan PP", "The current statutory basis; Art. 369 calls for a PP", "S2; S13"),
    (2018, "PP 28/2018", "Kerja Sama Daerah: KSDD, KSDPK, luar negeri; kerja sama wajib dan sukarela", "Kerja Sama Daerah: KSDD, KSDPK, abroad; mandatory and voluntary cooperation", "S1; S2; S3"),
    (2020, "Permendagri 22/2020", "Tata cara KSDD dan KSDPK (pelaksanaan PP 28/2018)", "Procedures for KSDD and KSDPK (implementing PP 28/2018)", "S14; S15; S16"),
    (2020, "Permendagri 25/2020", "Tata cara kerja sama dengan luar negeri", "Procedures for cooperation abroad", "S17"),
]

#: Cooperation groups with members documented in kad-domain.md §3.  Members are
#: given by name (resolved to BPS codes by the build, which fails on ambiguity).
GROUPS = [
    # id, name, members, form, founded (int or None), founded_note, members_note, source
    ("kartamantul", "Kartamantul", ["Kota Yogyakarta", "Kabupaten Sleman", "Kabupaten Bantul"],
     "Sekretariat Bersama (Sekber)", 2001, "joint secretariat agreement signed 2001 (number not found)", "", "S27; S26; S20"),
    ("barlingmascakeb", "Barlingmascakeb", ["Kabupaten Banjarnegara", "Kabupaten Purbalingga", "Kabupaten Banyumas", "Kabupaten Cilacap", "Kabupaten Kebumen"],
     "Regional Management", 2002, "sources differ: 16 Dec 2002 (Abdurahman 2005 in S37) or 2003 (S36)", "", "S37; S36; S20"),
    ("sampan", "SAMPAN", ["Kota Pekalongan", "Kabupaten Pekalongan", "Kota Tegal", "Kabupaten Tegal", "Kabupaten Batang", "Kabupaten Pemalang", "Kabupaten Brebes"],
     "Regional Management dan Regional Marketing", 2003, "Kesepakatan Bersama of the seven heads, 13 Jan 2003", "", "S41"),
    ("subosukawonosraten", "Subosukawonosraten", ["Kota Surakarta", "Kabupaten Boyolali", "Kabupaten Sukoharjo", "Kabupaten Karanganyar", "Kabupaten Wonogiri", "Kabupaten Sragen", "Kabupaten Klaten"],
     "BKAD", None, "founding year, legal basis and current status not found (unverified)", "", "S48; S48b; S20"),
    ("pawonsari", "Pawonsari", ["Kabupaten Pacitan", "Kabupaten Wonogiri", "Kabupaten Gunungkidul"],
     "MoU + KSO; sekretariat bersama bergilir", None, "founding year not stated; four KSOs carried out by 2004", "three provinces: Jawa Timur, Jawa Tengah, DIY", "S50; S51"),
    ("kedungsepur", "Kedungsepur", ["Kabupaten Kendal", "Kabupaten Demak", "Kabupaten Semarang", "Kota Salatiga", "Kota Semarang", "Kabupaten Grobogan"],
     "MoU (kesepakatan bersama)", None, "founding date of the cooperation not found: the MoU of 10 April 2018 is the first agreement the sources name; the area name is older (Suara Merdeka)", "", "S54; S55"),
    ("kunci_bersama", "Kunci Bersama", ["Kabupaten Kuningan", "Kabupaten Cirebon", "Kota Cirebon", "Kabupaten Brebes", "Kota Banjar", "Kabupaten Cilacap", "Kabupaten Majalengka", "Kabupaten Pangandaran"],
     "BKAD", None, "founding year not stated; chaired 2021–2025 by a bupati", "Jawa Barat and Jawa Tengah. The members as S56 lists them; the same report has the Bupati of Ciamis attending the 2022 extraordinary meeting with his Bappeda head and speaking of the members' decisions, but its member list does not name Ciamis: Kabupaten Ciamis's membership is unverified (not listed)", "S56"),
    ("jabodetabekjur", "Jabodetabekjur", ["Kabupaten Bogor", "Kota Bogor", "Kota Depok", "Kabupaten Tangerang", "Kota Tangerang", "Kabupaten Bekasi", "Kota Bekasi", "Kabupaten Cianjur"],
     "BKSP", 1976, "BKSP Jabotabek formed by joint decree, approved 26 Aug 1976; Cianjur joined 2002", "the provinces DKI Jakarta, Jawa Barat and Banten are members too (not listed as kab/kota). Kota Tangerang Selatan (3674, formed 2008 out of Kabupaten Tangerang) is not named in the member list [S63b]; S63 counts nine buffer regions receiving DKI grants in 2010, one more than the eight kab/kota listed here — whether Tangerang Selatan is a member is unverified (not listed)", "S63b; S63"),
    ("kaukus_setara_kuat", "Kaukus Setara Kuat", ["Kabupaten Kaur", "Kabupaten Bengkulu Utara", "Kabupaten Bengkulu Selatan", "Kabupaten Lampung Barat", "Kabupaten Ogan Komering Ulu Selatan"],
     "Regional Management", 2007, "formed 2007", "three provinces: Bengkulu, Lampung, Sumatera Selatan", "S32b"),
]
# fmt: on

# fmt: off
#: EXAMPLE WORKSHOP INPUT — invented for teaching, NOT data.  What one table of
#: participants at a Barlingmascakeb SKAD workshop *might* score, so that notebook 03
#: has something to rank.  The candidate sectors are those the reference confirms the
#: group worked on (Musrenbangreg working groups trade, tourism, agriculture,
#: infrastructure [S35]; local products and investors [S36]); the scores, the
#: participating members and the pairwise judgements are made up, and every file and
#: notebook that shows them says so.
EXAMPLE_SCORES = [
    # sector_id, label_id, label_en, bps_sector (proxy for derived criteria), participants, kebutuhan, potensi, prinsip, champion, prospek
    ("pertanian", "Agribisnis dan pasar lelang hasil pertanian", "Agribusiness and the produce auction market", "A",
     "3301;3302;3303;3304;3305", 4, 5, 4, 4, 4),
    ("pariwisata", "Pariwisata terpadu (paket wisata lintas kabupaten)", "Joint tourism (cross-district packages)", "I",
     "3302;3303;3304", 3, 4, 5, 3, 5),
    ("perdagangan", "Pemasaran bersama produk lokal", "Joint marketing of local products", "G",
     "3301;3302;3303;3304;3305", 5, 4, 4, 5, 3),
    ("transportasi", "Jaringan jalan dan angkutan antarwilayah", "Inter-regional roads and transport", "H",
     "3301;3305", 4, 3, 3, 2, 3),
    ("industri", "Industri pengolahan hasil bumi", "Processing of farm produce", "C",
     "3301;3304", 2, 4, 3, 2, 4),
]
EXAMPLE_CRITERIA = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]
#: Example pairwise judgements of the five judgement criteria (row vs column, Saaty 1-9).
EXAMPLE_AHP = [
    [1, 2, 3, 2, 3],
    [1 / 2, 1, 2, 1, 2],
    [1 / 3, 1 / 2, 1, 1 / 2, 1],
    [1 / 2, 1, 2, 1, 2],
    [1 / 3, 1 / 2, 1, 1 / 2, 1],
]
# fmt: on

# fmt: off
#: EXAMPLE WORKSHOP INPUT — invented for teaching, NOT data.  Six example participants from
#: the Barlingmascakeb members rate key success factors (importance, current condition, 1-5).
#: Each string holds the six participants' ratings in order.
EXAMPLE_FACTOR_SESSION = "CONTOH-barlingmascakeb-faktor"
EXAMPLE_FACTOR_PARTICIPANTS = [
    ("Peserta Contoh 1", "3301", "Bappeda"), ("Peserta Contoh 2", "3302", "Bappeda"),
    ("Peserta Contoh 3", "3303", "Dinas Perdagangan"), ("Peserta Contoh 4", "3304", "Bappeda"),
    ("Peserta Contoh 5", "3305", "Bagian Kerja Sama"), ("Peserta Contoh 6", "3302", "DPRD"),
]
EXAMPLE_FACTOR_RATINGS = {
    # factor_id: (importance by participant 1..6, condition by participant 1..6)
    "komitmen_pimpinan": ("555545", "222312"),
    "identifikasi_kebutuhan": ("444534", "333233"),
    "integrasi_rencana": ("434443", "222321"),
    "partisipasi": ("343433", "343334"),
    "champion": ("454544", "122212"),
    "modal_sosial": ("343434", "444545"),
    "identitas_bersama": ("232323", "555454"),
    "dukungan_provinsi_pusat": ("445444", "233223"),
    "kepastian_hukum": ("444354", "222322"),
    "pendanaan": ("515251", "221212"),
    "komunikasi": ("344343", "334343"),
}
# fmt: on

# fmt: off
#: Institutional forms of inter-regional cooperation compared on the five dimensions of the
#: Kartamantul institutional study (organisation model, management and structure, funding
#: sources, support systems, regulatory framework; sources/004, abstract).  One row per cell;
#: every cell names its source; ``status`` is "confirmed" (stated in the source),
#: "differs" (sources disagree, both given) or "not_found" (the reference has nothing on it —
#: the kit says so rather than filling the gap).
INSTITUTION_FORMS = [
    # form_id, label_id, label_en
    ("sekber", "Sekretariat Bersama (Sekber)", "Joint secretariat (Sekber)"),
    ("bkad", "Badan Kerja Sama Antar Daerah (BKAD/BKSAD)", "Inter-regional cooperation body (BKAD)"),
    ("regional_management", "Regional Management (RM)", "Regional Management (RM)"),
    ("bksp", "Badan Kerja Sama Pembangunan (BKSP)", "Development cooperation board (BKSP)"),
    ("kesepakatan_kso", "Kesepakatan bersama + kerja sama operasional (tanpa badan tetap)", "Joint agreement + operational agreements (no standing body)"),
    ("forum_koordinasi", "Forum koordinasi (± monev)", "Coordination forum (± monitoring and evaluation)"),
    ("badan_usaha_bersama", "Badan usaha bersama", "Joint enterprise"),
    ("zweckverband", "Zweckverband (Jerman)", "Zweckverband (Germany)"),
]
INSTITUTION_DIMENSIONS = [
    ("organisasi", "Model pengorganisasian", "Organisation model"),
    ("pengelolaan", "Pengelolaan dan struktur", "Management and structure"),
    ("pendanaan", "Sumber pendanaan", "Funding sources"),
    ("pendukung", "Sistem pendukung", "Support systems"),
    ("regulasi", "Kerangka regulasi", "Regulatory framework"),
]
NF = "not_found"
INSTITUTION_CELLS = [
    # form_id, dimension, text_en, status, source
    ("sekber", "organisasi", "A joint secretariat used as a coordination method (Kartamantul)", "confirmed", "S26; S20"),
    ("sekber", "pengelolaan", "Top management: bupati / mayor; middle management: regional secretaries and heads of planning as a steering team; an assistant for administration and finance (2023)", "confirmed", "S26b; S24"),
    ("sekber", "pendanaan", "Costs of shared facilities split among the members (IPAL Sewon: the three local governments and DIY); how the Sekber's own budget is shared was not found", "confirmed", "S29"),
    ("sekber", "pendukung", "Support of the province (DIY) for the joint secretariat; earlier joint work in IUIDP", "confirmed", "S27"),
    ("sekber", "regulasi", "Joint secretariat agreement signed by the three heads in 2001 with the governor's support; TPST Piyungan transferred to the Sekber by Keputusan Gubernur DIY 18/2000", "confirmed", "S27; S23"),
    ("bkad", "organisasi", "A formal cooperation body whose members are representatives appointed by the cooperating regions (the PP 50/2007 badan kerja sama)", "confirmed", "S7; S20"),
    ("bkad", "pengelolaan", "Kunci Bersama: secretariat fixed in Kuningan, chaired by a bupati for a set term (2021-2025)", "confirmed", "S56"),
    ("bkad", "pendanaan", "Kunci Bersama: member contributions from each APBD", "confirmed", "S56"),
    ("bkad", "pendukung", "Not found in the reference", NF, "kad_domain_reference"),
    ("bkad", "regulasi", "PP 50/2007 (badan kerja sama); under PP 28/2018 provinces organise KSD institutions as a TKKSD plus a Sekretariat Kerja Sama Daerah (e.g. Pergub Sumut 10/2024)", "confirmed", "S7; S18"),
    ("regional_management", "organisasi", "Shared management of a group of neighbouring autonomous regions, by consensus and win-win deliberation, members as equals (heterarchical)", "confirmed", "S30b"),
    ("regional_management", "pengelolaan", "Led by a regional manager; Barlingmascakeb is the model RM structure of the 2009 Sanctyeka guide; 'soft form' (sector-focused, accountable to the executives) vs a 'hard form' not yet seen in Indonesia", "confirmed", "S36; S20; S37"),
    ("regional_management", "pendanaan", "Financed by the member regencies; heavy dependence on member contributions (iuran daerah)", "confirmed", "S36; S42"),
    ("regional_management", "pendukung", "External facilitation at founding (Undip MPWK advocacy team); planning instruments Baseline, SKAD, REKAD", "confirmed", "S37; S30b"),
    ("regional_management", "regulasi", "A weak legal umbrella; laws on implementing and financing KAD not synchronised", "confirmed", "S42"),
    ("bksp", "organisasi", "A development cooperation board spanning provinces (Jabodetabekjur)", "confirmed", "S20; S63"),
    ("bksp", "pengelolaan", "The chair rotates among the three governors; the term differs by source: 3 years or 5 years", "differs", "S63; S63b"),
    ("bksp", "pendanaan", "Since 2010, DKI Jakarta grants (hibah) to partner regions through the BKSP", "confirmed", "S63"),
    ("bksp", "pendukung", "A BKSP secretariat organised under Permendagri 6/2006", "confirmed", "S63"),
    ("bksp", "regulasi", "Inpres 13/1976; joint decree of 1976; Kepmendagri 29/1980; joint regulation of 14 Sept 2006", "confirmed", "S63; S63b"),
    ("kesepakatan_kso", "organisasi", "An MoU between the heads, then operational agreements (KSO) that may involve only some members (Pawonsari); a KSDD starts with a Kesepakatan Bersama followed by a Perjanjian Kerja Sama", "confirmed", "S50; S49"),
    ("kesepakatan_kso", "pengelolaan", "Pawonsari: a joint secretariat that rotates among the members; flexible institutions", "confirmed", "S50"),
    ("kesepakatan_kso", "pendanaan", "Pawonsari: the rotating secretariat is jointly funded; water cooperation attracted a central pipeline project (Rp 5 bn)", "confirmed", "S50"),
    ("kesepakatan_kso", "pendukung", "Pawonsari: decisions of the three DPRDs; community involved in drafting the KSOs", "confirmed", "S50"),
    ("kesepakatan_kso", "regulasi", "PP 28/2018 document sequence: Kesepakatan Bersama, then Perjanjian Kerja Sama; DPRD approval when the cooperation burdens the community or is not yet funded in the APBD", "confirmed", "S49; S1; S4"),
    ("forum_koordinasi", "organisasi", "Coordination forum, or coordination forum with monitoring and evaluation: alternative formats in the UGM-APEKSI model", "confirmed", "S21"),
    ("forum_koordinasi", "pengelolaan", "Not found in the reference", NF, "kad_domain_reference"),
    ("forum_koordinasi", "pendanaan", "Options in the UGM-APEKSI model: member contributions, aid from higher levels of government, donor aid, sponsors", "confirmed", "S21"),
    ("forum_koordinasi", "pendukung", "Not found in the reference", NF, "kad_domain_reference"),
    ("forum_koordinasi", "regulasi", "Not found in the reference", NF, "kad_domain_reference"),
    ("badan_usaha_bersama", "organisasi", "A joint enterprise: an alternative format in the UGM-APEKSI model", "confirmed", "S21"),
    ("badan_usaha_bersama", "pengelolaan", "Not found in the reference", NF, "kad_domain_reference"),
    ("badan_usaha_bersama", "pendanaan", "Buyers (revenue from sales), besides the other funding options of the model", "confirmed", "S21"),
    ("badan_usaha_bersama", "pendukung", "Not found in the reference", NF, "kad_domain_reference"),
    ("badan_usaha_bersama", "regulasi", "Not found in the reference", NF, "kad_domain_reference"),
    ("zweckverband", "organisasi", "A single-purpose association: German inter-municipal cooperation can be institutional (Zweckverband) or set by contract", "confirmed", "S61"),
    ("zweckverband", "pengelolaan", "Not found in the reference", NF, "kad_domain_reference"),
    ("zweckverband", "pendanaan", "Not found in the reference", NF, "kad_domain_reference"),
    ("zweckverband", "pendukung", "Success rests on openness, trust, willingness to compromise and bigger-picture thinking; fields: business sites, public transport, sewage and waste, health", "confirmed", "S61"),
    ("zweckverband", "regulasi", "Not found in the reference", NF, "kad_domain_reference"),
]

#: The cases placed on the table: form and sectors, each with sources (kad-domain.md §3).
#: What was signed to start each group and when, kept apart from the founding year (kad-domain.md §3):
#: group id -> (agreement, agreement date as precise as the source gives it, or "" when not found).
GROUP_AGREEMENTS = {
    "kartamantul": ("joint secretariat (Sekretariat Bersama) agreement of the three heads; number not found", "2001"),
    "barlingmascakeb": ("not found", ""),
    "sampan": ("Kesepakatan Bersama (joint letter of intent) of the seven heads forming the RM/RM body", "2003-01-13"),
    "subosukawonosraten": ("not found", ""),
    "pawonsari": ("MoU of the three bupati, then operational agreements (KSO); date not found", ""),
    "kedungsepur": ("MoU (kesepakatan bersama) hosted by the Mayor of Semarang", "2018-04-10"),
    "kunci_bersama": ("not found", ""),
    "jabodetabekjur": ("joint decree forming BKSP Jabotabek, approved by the Minister of Home Affairs "
                       "(a 14 Sept 2006 joint regulation on Jabodetabekjur development followed)", "1976-08-26"),
    "kaukus_setara_kuat": ("not found", ""),
}

GROUP_FORMS = {
    # group_id: (form_id, sectors, source of the sectors)
    "kartamantul": ("sekber", "solid waste; wastewater; clean water; roads; transport; drainage", "S24; S26; S26b"),
    "barlingmascakeb": ("regional_management", "trade; tourism; agriculture; infrastructure (Musrenbangreg working groups); auction market", "S35; S42"),
    "sampan": ("regional_management", "agro-commodity auction market; bringing investors", "S41"),
    "subosukawonosraten": ("bkad", "not found", ""),
    "pawonsari": ("kesepakatan_kso", "security; clean water", "S50"),
    "kedungsepur": ("kesepakatan_kso", "tourism; health; transport", "S54"),
    "kunci_bersama": ("bkad", "not found", ""),
    "jabodetabekjur": ("bksp", "health; education; cleanliness; spatial-plan synchronisation; flood control; waste (DKI grants, 2010)", "S63"),
    "kaukus_setara_kuat": ("regional_management", "tourism and fisheries (binding); plantations and forestry (supporting)", "S32b"),
}
# fmt: on

# fmt: off
#: Indonesian text of every institutions cell (the same facts as the English text, same sources).
INSTITUTION_TEXT_ID = {
    ("sekber", "organisasi"): "Sekretariat bersama sebagai metode koordinasi (Kartamantul)",
    ("sekber", "pengelolaan"): "Manajemen puncak: bupati/wali kota; manajemen menengah: sekretaris daerah dan kepala Bappeda sebagai tim pengarah; asisten administrasi dan keuangan (2023)",
    ("sekber", "pendanaan"): "Biaya fasilitas bersama dibagi di antara anggota (IPAL Sewon: tiga pemerintah daerah dan DIY); cara membagi anggaran Sekber sendiri tidak ditemukan",
    ("sekber", "pendukung"): "Dukungan provinsi (DIY) bagi sekretariat bersama; kerja sama sebelumnya dalam IUIDP",
    ("sekber", "regulasi"): "Kesepakatan sekretariat bersama ditandatangani tiga kepala daerah pada 2001 dengan dukungan gubernur; TPST Piyungan diserahkan kepada Sekber dengan Keputusan Gubernur DIY 18/2000",
    ("bkad", "organisasi"): "Badan kerja sama formal yang anggotanya wakil yang ditunjuk daerah-daerah yang bekerja sama (badan kerja sama PP 50/2007)",
    ("bkad", "pengelolaan"): "Kunci Bersama: sekretariat tetap di Kuningan, diketuai seorang bupati untuk masa tertentu (2021-2025)",
    ("bkad", "pendanaan"): "Kunci Bersama: iuran anggota dari APBD masing-masing",
    ("bkad", "pendukung"): "Tidak ditemukan dalam referensi",
    ("bkad", "regulasi"): "PP 50/2007 (badan kerja sama); di bawah PP 28/2018 provinsi mengatur kelembagaan KSD sebagai TKKSD dan Sekretariat Kerja Sama Daerah (mis. Pergub Sumut 10/2024)",
    ("regional_management", "organisasi"): "Pengelolaan bersama sekelompok daerah otonom yang bertetangga, dengan konsensus dan musyawarah yang saling menguntungkan; anggota setara (heterarkis)",
    ("regional_management", "pengelolaan"): "Dipimpin seorang regional manager; Barlingmascakeb menjadi model struktur RM dalam panduan Sanctyeka 2009; 'bentuk lunak' (fokus sektor, bertanggung jawab kepada para eksekutif) dibanding 'bentuk keras' yang belum terlihat di Indonesia",
    ("regional_management", "pendanaan"): "Dibiayai kabupaten anggota; sangat bergantung pada iuran anggota (iuran daerah)",
    ("regional_management", "pendukung"): "Pendampingan dari luar saat pembentukan (tim advokasi MPWK Undip); instrumen perencanaan Baseline, SKAD, REKAD",
    ("regional_management", "regulasi"): "Payung hukum lemah; aturan pelaksanaan dan pendanaan KAD tidak sinkron",
    ("bksp", "organisasi"): "Badan kerja sama pembangunan lintas provinsi (Jabodetabekjur)",
    ("bksp", "pengelolaan"): "Ketua bergilir di antara tiga gubernur; masa jabatannya berbeda menurut sumber: 3 tahun atau 5 tahun",
    ("bksp", "pendanaan"): "Sejak 2010, hibah DKI Jakarta kepada daerah mitra melalui BKSP",
    ("bksp", "pendukung"): "Sekretariat BKSP diatur dengan Permendagri 6/2006",
    ("bksp", "regulasi"): "Inpres 13/1976; keputusan bersama 1976; Kepmendagri 29/1980; peraturan bersama 14 September 2006",
    ("kesepakatan_kso", "organisasi"): "MoU para kepala daerah, lalu perjanjian operasional (KSO) yang bisa melibatkan sebagian anggota saja (Pawonsari); KSDD diawali Kesepakatan Bersama lalu Perjanjian Kerja Sama",
    ("kesepakatan_kso", "pengelolaan"): "Pawonsari: sekretariat bersama bergilir di antara anggota; kelembagaan luwes",
    ("kesepakatan_kso", "pendanaan"): "Pawonsari: sekretariat bergilir didanai bersama; kerja sama air menarik proyek pipa dari pusat (Rp 5 miliar)",
    ("kesepakatan_kso", "pendukung"): "Pawonsari: keputusan ketiga DPRD; masyarakat dilibatkan dalam penyusunan KSO",
    ("kesepakatan_kso", "regulasi"): "Urutan dokumen PP 28/2018: Kesepakatan Bersama, lalu Perjanjian Kerja Sama; persetujuan DPRD bila membebani masyarakat atau belum dianggarkan di APBD",
    ("forum_koordinasi", "organisasi"): "Forum koordinasi, atau forum koordinasi dengan monitoring dan evaluasi: format alternatif dalam model UGM-APEKSI",
    ("forum_koordinasi", "pengelolaan"): "Tidak ditemukan dalam referensi",
    ("forum_koordinasi", "pendanaan"): "Pilihan dalam model UGM-APEKSI: iuran anggota, bantuan pemerintah yang lebih tinggi, bantuan donor, sponsor",
    ("forum_koordinasi", "pendukung"): "Tidak ditemukan dalam referensi",
    ("forum_koordinasi", "regulasi"): "Tidak ditemukan dalam referensi",
    ("badan_usaha_bersama", "organisasi"): "Badan usaha bersama: format alternatif dalam model UGM-APEKSI",
    ("badan_usaha_bersama", "pengelolaan"): "Tidak ditemukan dalam referensi",
    ("badan_usaha_bersama", "pendanaan"): "Pembeli (pendapatan penjualan), selain pilihan pendanaan lain dalam model itu",
    ("badan_usaha_bersama", "pendukung"): "Tidak ditemukan dalam referensi",
    ("badan_usaha_bersama", "regulasi"): "Tidak ditemukan dalam referensi",
    ("zweckverband", "organisasi"): "Perkumpulan bertujuan tunggal: kerja sama antarkota di Jerman bisa berbentuk lembaga (Zweckverband) atau kontrak",
    ("zweckverband", "pengelolaan"): "Tidak ditemukan dalam referensi",
    ("zweckverband", "pendanaan"): "Tidak ditemukan dalam referensi",
    ("zweckverband", "pendukung"): "Keberhasilan bertumpu pada keterbukaan, kepercayaan, kesediaan berkompromi dan cara pandang yang luas; bidang: kawasan usaha, angkutan umum, air limbah dan sampah, kesehatan",
    ("zweckverband", "regulasi"): "Tidak ditemukan dalam referensi",
}
# fmt: on

# fmt: off
# --------------------------------------------------------------------------- cooperation fields (area: fields)
#: The government affairs (urusan) as the reference lists them among the objects of
#: KSDD (Permendagri 22/2020 [S16]): basic-service affairs, non-basic affairs (the
#: reference names 4 of the 18), optional affairs.  id -> (label_id, label_en, class).
#: The Indonesian names are the kit's spelling of the affairs as UU 23/2014 names them; the reference
#: gives them in English only, so the names (not the list) are the kit's reading.
URUSAN = {
    "pendidikan": ("Pendidikan", "Education", "wajib_pelayanan_dasar"),
    "kesehatan": ("Kesehatan", "Health", "wajib_pelayanan_dasar"),
    "pupr": ("Pekerjaan umum dan penataan ruang", "Public works and spatial planning", "wajib_pelayanan_dasar"),
    "perumahan": ("Perumahan rakyat dan kawasan permukiman", "Housing and settlements", "wajib_pelayanan_dasar"),
    "trantibum": ("Ketenteraman, ketertiban umum, dan pelindungan masyarakat", "Public order", "wajib_pelayanan_dasar"),
    "sosial": ("Sosial", "Social affairs", "wajib_pelayanan_dasar"),
    "lingkungan_hidup": ("Lingkungan hidup", "Environment", "wajib_non_pelayanan_dasar"),
    "perhubungan": ("Perhubungan", "Transport", "wajib_non_pelayanan_dasar"),
    "penanaman_modal": ("Penanaman modal", "Investment", "wajib_non_pelayanan_dasar"),
    "koperasi_ukm": ("Koperasi, usaha kecil, dan menengah", "Cooperatives and SMEs", "wajib_non_pelayanan_dasar"),
    "kelautan_perikanan": ("Kelautan dan perikanan", "Marine and fisheries", "pilihan"),
    "pariwisata": ("Pariwisata", "Tourism", "pilihan"),
    "pertanian": ("Pertanian", "Agriculture", "pilihan"),
    "kehutanan": ("Kehutanan", "Forestry", "pilihan"),
    "esdm": ("Energi dan sumber daya mineral", "Energy and mineral resources", "pilihan"),
    "perdagangan": ("Perdagangan", "Trade", "pilihan"),
    "perindustrian": ("Perindustrian", "Industry", "pilihan"),
    "transmigrasi": ("Transmigrasi", "Transmigration", "pilihan"),
}
URUSAN_SOURCE = "S16"

#: Why a shared public service crosses borders, in general (used where a case does not say it):
#: mandatory cooperation covers affairs with cross-regional externalities and services that are
#: more efficient when run jointly (PP 28/2018, UU 23/2014) [S1][S4][S13].
GENERAL_REASON_ID = "Umum: urusan dengan eksternalitas lintas daerah, atau layanan yang lebih efisien bila dikelola bersama (kerja sama wajib)"
GENERAL_REASON_EN = "General rule: an affair with cross-regional externalities, or a service more efficient when run jointly (mandatory cooperation)"
GENERAL_REASON_SOURCE = "S1; S4; S13"
#: ... and a voluntary field in general: more effective and efficient when done together [S1].
VOLUNTARY_REASON_ID = "Umum: lebih efektif dan efisien bila dikerjakan bersama (kerja sama sukarela)"
VOLUNTARY_REASON_EN = "General rule: more effective and efficient when done together (voluntary cooperation)"
VOLUNTARY_REASON_SOURCE = "S1"

#: Cooperation fields met in the real cases of kad-domain.md §3.  Two kinds:
#:   "layanan_publik" — public-service affairs, linked to an urusan (URUSAN); their
#:                      case is a cross-border problem, not an LQ strength;
#:   "ekonomi"        — economic fields, linked to the nearest PDRB categories (A–U),
#:                      for which the LQ of the members is evidence.
#: ``link_basis``: "direct" where the case names the field in the words of the urusan or
#: category; "kit_reading" where the link to an urusan / PDRB category is the kit's reading.
#: ``reason_basis``: "case" (the source says why it crosses borders) or "general" (the rule above).
#: ``groups``: ids of GROUPS whose case names the field (worked on it, agreed on it or studied it);
#: ``other_cases``: cases outside the registry.
#: Category O (public administration) is deliberately never a cooperation field.
FIELDS = [
    # field_id, kind, label_id, label_en, pdrb_sectors, urusan, link_basis, groups, other_cases,
    #   reason_id, reason_en, reason_basis, evidence_id, evidence_en, confidence, source
    ("persampahan", "layanan_publik", "Pengelolaan persampahan (TPA/TPST bersama)", "Solid waste (shared landfill)", "", "lingkungan_hidup", "kit_reading",
     "kartamantul; jabodetabekjur", "TPA regional Banjar Bakula (Kalsel); TPA regional Payakumbuh (Sumbar)",
     "Satu tempat pembuangan bersama (TPST Piyungan di Bantul) melayani tiga anggota; TPA regional melayani beberapa daerah",
     "One shared disposal site (TPST Piyungan, in Bantul) served the three members; a regional landfill serves several regions", "case",
     "Kartamantul: salah satu dari enam sektor; Piyungan diserahkan ke Sekber tahun 2000, dikelola unit provinsi sejak 2015, ditutup permanen 5 Maret 2024. Jabodetabekjur: hibah DKI 2010 untuk kebersihan dan sampah",
     "Kartamantul: one of its six sectors; Piyungan handed to the Sekber in 2000, run by a provincial unit from 2015, closed for good on 5 March 2024. Jabodetabekjur: DKI grants (2010) for cleanliness and waste",
     "confirmed", "S24; S26; S30; S23; S28b; S25; S63; S58; S58b"),
    ("air_limbah", "layanan_publik", "Pengelolaan air limbah (IPAL bersama)", "Wastewater (shared treatment plant)", "", "pupr", "kit_reading",
     "kartamantul", "",
     "Air limbah mengalir dari hulu (Kota Yogyakarta) ke hilir (Bantul); IPAL Sewon di Bantul melayani kota dan sebagian Sleman dan Bantul, biayanya ditanggung bersama",
     "Wastewater flows from upstream Yogyakarta to downstream Bantul; IPAL Sewon (Bantul) serves the city and parts of Sleman and Bantul, its costs shared", "case",
     "IPAL Sewon (hibah JICA, 1994–1995); biaya dibagi Sleman, Kota Yogyakarta, Bantul dan DIY",
     "IPAL Sewon (JICA grant, 1994–1995); costs shared by Sleman, Yogyakarta, Bantul and DIY",
     "confirmed", "S24; S26; S30; S28; S28b; S29"),
    ("air_minum", "layanan_publik", "Air bersih / air minum (SPAM bersama)", "Clean water (shared supply system)", "", "pupr", "kit_reading",
     "kartamantul; pawonsari", "",
     "Sistem penyediaan air minum direncanakan lintas anggota (SPAM Kartamantul); di Pawonsari air bersih adalah masalah bersama tiga kabupaten",
     "A water supply system planned across the members (SPAM Kartamantul); in Pawonsari clean water was a problem shared by the three districts", "case",
     "Kartamantul: Kesepakatan Bersama SPAM Kartamantul DIY, 26 September 2017. Pawonsari: sektor utama; menarik proyek pipa pusat Rp 5 miliar",
     "Kartamantul: joint agreement on SPAM Kartamantul DIY, 26 September 2017. Pawonsari: a main sector; drew a central pipeline project worth Rp 5 bn",
     "confirmed", "S24; S26; S50"),
    ("drainase", "layanan_publik", "Drainase terpadu", "Integrated drainage", "", "pupr", "kit_reading",
     "kartamantul", "",
     "Sistem drainase terpadu lintas batas ketiga anggota", "An integrated drainage system across the three members' borders", "case",
     "Kartamantul: salah satu dari enam sektor; sistem drainase terpadu", "Kartamantul: one of its six sectors; an integrated drainage system",
     "confirmed", "S24; S26; S30"),
    ("jalan", "layanan_publik", "Jalan dan jembatan antarwilayah", "Inter-regional roads and bridges", "", "pupr", "kit_reading",
     "kartamantul", "Jembatan Linggamas (Purbalingga–Banyumas)",
     "Jalan dibangun menurut rencana terpadu; infrastruktur perbatasan menurut rencana bersama; jembatan Linggamas menghubungkan dua kabupaten",
     "Roads built under an integrated plan; border infrastructure to a joint plan; the Linggamas bridge links two regencies", "case",
     "Kartamantul: salah satu dari enam sektor. Linggamas: dikaji terhadap prinsip KAD", "Kartamantul: one of its six sectors. Linggamas: studied against the KAD principles",
     "confirmed", "S24; S26; S30; S57"),
    ("transportasi", "layanan_publik", "Angkutan umum antarwilayah", "Inter-regional public transport", "", "perhubungan", "direct",
     "kartamantul; kedungsepur", "Bandung Raya (kajian perencanaan transportasi)",
     "Minibus pada trayek lintas batas (dibatasi 170 kendaraan); jalur angkutan Semarang–Kendal dan Semarang–Kab. Semarang",
     "Minibuses on cross-border routes (limited to 170 vehicles); transport links Semarang–Kendal and Semarang–Kab. Semarang", "case",
     "Kartamantul: salah satu dari enam sektor. Kedungsepur: fokus MoU 10 April 2018. Bandung Raya: diusulkan otoritas bersama",
     "Kartamantul: one of its six sectors. Kedungsepur: a focus of the MoU of 10 April 2018. Bandung Raya: a jointly formed authority proposed",
     "confirmed", "S24; S26; S30; S54; S59"),
    ("penataan_ruang", "layanan_publik", "Penataan ruang dan infrastruktur perbatasan", "Spatial planning and border infrastructure", "", "pupr", "direct",
     "kartamantul; jabodetabekjur", "",
     "Infrastruktur perbatasan dibangun menurut rencana bersama; sinkronisasi rencana tata ruang",
     "Border infrastructure built to a joint plan; synchronising spatial plans", "case",
     "Kartamantul: DELGOSEA menambahkan tata ruang. Jabodetabekjur: hibah DKI 2010 untuk sinkronisasi tata ruang",
     "Kartamantul: DELGOSEA adds spatial layout. Jabodetabekjur: DKI grants (2010) for spatial-plan synchronisation",
     "confirmed", "S30; S63"),
    ("pengendalian_banjir", "layanan_publik", "Pengendalian banjir", "Flood control", "", "pupr", "kit_reading",
     "jabodetabekjur", "",
     GENERAL_REASON_ID, GENERAL_REASON_EN, "general",
     "Jabodetabekjur: hibah DKI 2010 ke sembilan daerah penyangga, antara lain untuk pengendalian banjir",
     "Jabodetabekjur: DKI grants (2010) to nine buffer regions, among them for flood control",
     "confirmed", "S63; S1; S4; S13"),
    ("kesehatan", "layanan_publik", "Layanan kesehatan", "Health services", "", "kesehatan", "direct",
     "pawonsari; kedungsepur; jabodetabekjur", "",
     GENERAL_REASON_ID, GENERAL_REASON_EN, "general",
     "Pawonsari: layanan kesehatan membaik. Kedungsepur: fokus MoU 2018. Jabodetabekjur: hibah DKI 2010",
     "Pawonsari: health services improved. Kedungsepur: a focus of the 2018 MoU. Jabodetabekjur: DKI grants (2010)",
     "confirmed", "S50; S54; S63; S1; S4; S13"),
    ("pendidikan", "layanan_publik", "Layanan pendidikan", "Education services", "", "pendidikan", "direct",
     "pawonsari; jabodetabekjur", "",
     GENERAL_REASON_ID, GENERAL_REASON_EN, "general",
     "Pawonsari: layanan pendidikan membaik. Jabodetabekjur: hibah DKI 2010",
     "Pawonsari: education services improved. Jabodetabekjur: DKI grants (2010)",
     "confirmed", "S50; S63; S1; S4; S13"),
    ("keamanan", "layanan_publik", "Keamanan wilayah perbatasan", "Security of the border area", "", "trantibum", "kit_reading",
     "pawonsari", "",
     "Keamanan adalah masalah bersama ketiga kabupaten di perbatasan tiga provinsi", "Security was a problem shared by the three districts on the border of three provinces", "case",
     "Pawonsari: sektor utama bersama air bersih", "Pawonsari: a main sector, with clean water",
     "confirmed", "S50"),
    ("infrastruktur", "layanan_publik", "Infrastruktur wilayah (umum)", "Regional infrastructure (general)", "", "pupr", "kit_reading",
     "barlingmascakeb", "Sarbagita (Bali)",
     GENERAL_REASON_ID, GENERAL_REASON_EN, "general",
     "Barlingmascakeb: kelompok kerja infrastruktur Musrenbangreg. Sarbagita: dievaluasi sebagai kerja sama infrastruktur perkotaan",
     "Barlingmascakeb: infrastructure working group of the Musrenbangreg. Sarbagita: evaluated as urban infrastructure cooperation",
     "confirmed", "S35; S58c; S1; S4; S13"),
    ("pertanian", "ekonomi", "Pertanian dan agribisnis", "Agriculture and agribusiness", "A", "pertanian", "direct",
     "barlingmascakeb", "",
     "Sumber daya yang saling melengkapi dan produk pertanian unggulan menjadi perekat Barlingmascakeb",
     "Complementary resources and leading farm products were Barlingmascakeb's glue", "case",
     "Barlingmascakeb: kelompok kerja pertanian Musrenbangreg; \"agribisnis\" sebagai nama sektor tidak ditemukan",
     "Barlingmascakeb: agriculture working group of the Musrenbangreg; \"agribusiness\" as a named sector was not found",
     "confirmed", "S35; S37"),
    ("pasar_lelang", "ekonomi", "Pasar lelang komoditas agro", "Agro-commodity auction market", "A; G", "perdagangan", "kit_reading",
     "barlingmascakeb; sampan", "",
     "Pasar lelang diadakan bergilir di ketujuh anggota SAMPAN (dan di Soropadan)", "The auction market rotates among the seven SAMPAN members (and Soropadan)", "case",
     "Barlingmascakeb: keberhasilan yang paling terlihat. SAMPAN: Pasar Lelang Komoditas Agro Sapta Mitra Pantura",
     "Barlingmascakeb: its most visible success. SAMPAN: the Sapta Mitra Pantura agro-commodity auction market",
     "confirmed", "S42; S41"),
    ("perikanan", "ekonomi", "Perikanan", "Fisheries", "A", "kelautan_perikanan", "direct",
     "kaukus_setara_kuat", "",
     "Potensi bersama sebagai perekat: sektor pengikat utama RM Kaukus Setara Kuat", "Shared potential as glue: a main binding sector of RM Kaukus Setara Kuat", "case",
     "Kaukus Setara Kuat: sektor pengikat utama (bersama pariwisata); pemasaran dan pengolahan lemah",
     "Kaukus Setara Kuat: a main binding sector (with tourism); weak marketing and processing",
     "confirmed", "S32b"),
    ("perkebunan_kehutanan", "ekonomi", "Perkebunan dan kehutanan", "Plantations and forestry", "A", "kehutanan", "kit_reading",
     "kaukus_setara_kuat", "",
     "Sektor pendukung RM Kaukus Setara Kuat", "Supporting sectors of RM Kaukus Setara Kuat", "case",
     "Kaukus Setara Kuat: sektor pendukung (perkebunan termasuk urusan pertanian)", "Kaukus Setara Kuat: supporting sectors (plantations fall under the agriculture affair)",
     "confirmed", "S32b"),
    ("pariwisata", "ekonomi", "Pariwisata terpadu", "Joint tourism", "I", "pariwisata", "kit_reading",
     "barlingmascakeb; kedungsepur; kaukus_setara_kuat; pawonsari", "kesepakatan empat provinsi (Kepri, Jateng, Lampung, Maluku Utara, 2025)",
     "Potensi bersama sebagai perekat (Kaukus Setara Kuat); promosi wisata bersama diminta di Solo Raya karena anggota bersaing",
     "Shared potential as glue (Kaukus Setara Kuat); joint tourism promotion called for in Solo Raya because members competed", "case",
     "Barlingmascakeb: kelompok kerja pariwisata. Kedungsepur: fokus MoU 2018. Kaukus Setara Kuat: sektor pengikat utama. Pawonsari: kajian DPRD DIY 2017. PDRB: kategori I (akomodasi dan makan minum) hanya pendekatan",
     "Barlingmascakeb: tourism working group. Kedungsepur: a focus of the 2018 MoU. Kaukus Setara Kuat: a main binding sector. Pawonsari: DPRD DIY study 2017. PDRB: category I (accommodation and food) is only a proxy",
     "confirmed", "S35; S54; S32b; S51b; S60; S48c"),
    ("perdagangan", "ekonomi", "Perdagangan dan pemasaran bersama produk lokal", "Trade and joint marketing of local products", "G", "perdagangan", "direct",
     "barlingmascakeb; sampan", "",
     "Daya tawar dan daya saing lebih kuat untuk menembus pasar regional, nasional dan internasional (tujuan SAMPAN)",
     "Stronger bargaining power and competitiveness to reach regional, national and international markets (an aim of SAMPAN)", "case",
     "Barlingmascakeb: kelompok kerja perdagangan; visi produk lokal unggulan. SAMPAN: Regional Marketing. Anggota Barlingmascakeb bersaing (gula kelapa, batik)",
     "Barlingmascakeb: trade working group; vision of leading local products. SAMPAN: Regional Marketing. Barlingmascakeb members competed (palm sugar, batik)",
     "confirmed", "S35; S36; S41"),
    ("investasi", "ekonomi", "Promosi investasi bersama", "Joint investment promotion", "", "penanaman_modal", "direct",
     "sampan", "kesepakatan empat provinsi (2025)",
     "Mendatangkan investor ke anggota (SAMPAN); anggota Barlingmascakeb justru bersaing memperebutkan investor",
     "Bringing investors to the members (SAMPAN); Barlingmascakeb members instead competed for investors", "case",
     "SAMPAN: mendatangkan investor. Tidak ada kategori PDRB untuk investasi: LQ tidak berlaku",
     "SAMPAN: bringing investors. No PDRB category for investment: LQ does not apply",
     "confirmed", "S41; S36; S60"),
    ("industri", "ekonomi", "Industri", "Industry", "C", "perindustrian", "direct",
     "", "kesepakatan empat provinsi (2025)",
     VOLUNTARY_REASON_ID, VOLUNTARY_REASON_EN, "general",
     "Kesepakatan bersama empat gubernur (Juni 2025): pariwisata, investasi dan industri, koperasi dan UKM, ketahanan pangan, BUMD",
     "Joint agreement of four governors (June 2025): tourism, investment and industry, cooperatives and SMEs, food security, BUMD",
     "confirmed", "S60; S1"),
    ("koperasi_umkm", "ekonomi", "Koperasi dan UMKM", "Cooperatives and SMEs", "", "koperasi_ukm", "direct",
     "", "kesepakatan empat provinsi (2025)",
     VOLUNTARY_REASON_ID, VOLUNTARY_REASON_EN, "general",
     "Kesepakatan bersama empat gubernur (Juni 2025). Tidak ada kategori PDRB untuk koperasi/UMKM: LQ tidak berlaku",
     "Joint agreement of four governors (June 2025). No PDRB category for cooperatives/SMEs: LQ does not apply",
     "confirmed", "S60; S1"),
    ("ketahanan_pangan", "ekonomi", "Ketahanan pangan", "Food security", "A", "", "kit_reading",
     "", "kesepakatan empat provinsi (2025)",
     VOLUNTARY_REASON_ID, VOLUNTARY_REASON_EN, "general",
     "Kesepakatan bersama empat gubernur (Juni 2025). Urusannya tidak termasuk yang disebut referensi",
     "Joint agreement of four governors (June 2025). Its affair is not among those the reference names",
     "confirmed", "S60; S1"),
    ("pertambangan", "ekonomi", "Produk tambang", "Mining products", "B", "esdm", "kit_reading",
     "barlingmascakeb", "",
     "Produk pertanian dan tambang unggulan disebut sebagai perekat internal Barlingmascakeb",
     "Leading farm and mining products are named among Barlingmascakeb's internal glue", "case",
     "Disebut sebagai faktor perekat, bukan sebagai bidang kerja bersama yang dijalankan",
     "Named as a glue factor, not as a field of joint work carried out",
     "partly_confirmed", "S37"),
]
#: PDRB categories that are never a cooperation field, with the reason.
NOT_A_FIELD = {
    "O": ("Administrasi pemerintahan adalah kegiatan pemerintah sendiri, bukan bidang yang dikerjasamakan; LQ-nya menunjukkan letak kantor pemerintahan, bukan potensi",
          "Public administration is the governments' own activity, not a field to cooperate on; its LQ shows where government offices sit, not a potential"),
}
# fmt: on
