"""Build the kit's bundled data (``data/``) from the raw files in ``shared/data/raw``.

Run it with ``make data`` (or ``python data/build.py --raw ../shared/data/raw
--out data``).  Raw files are only read, never changed.  The output is
deterministic: the same raw files give byte-identical files, and
``tests/test_build.py`` rebuilds into a temporary folder and compares.

What it does, file by file, is written in ``data/README.md``; the rules that
flag bad data are in :func:`quality_flags`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import reference_tables as ref  # noqa: E402

from kadlib.regions import kind_of as _kind  # noqa: E402  (the BPS rule: one definition)

# --------------------------------------------------------------------------- sources
#: Data sources: id -> metadata.  ``match`` are substrings of the raw files'
#: ``source`` column that belong to this id; every raw source string must match one.
DATA_SOURCES = {
    "bps_webapi_pdrb_kabkota": dict(
        title="BPS WebAPI var 2193 / 2194: [SERI 2010] PDRB atas dasar harga berlaku / konstan (2010=100) menurut pengeluaran, kabupaten/kota (row PDRB)",
        publisher="Badan Pusat Statistik (BPS)",
        where="github zakiibnu723/pdrb-map@fd5775de40eb8bb2b39555c35fff8f9d4ce287bd public/dataset0/RAW_dataset/pdrb_berlaku_kab.json, pdrb_konstan_kab.json",
        licence="BPS terms: reuse with attribution, no commercial redistribution without permission",
        reference_years="2010-2023 (2024 release; 2022 sementara, 2023 sangat sementara)",
        attribution="Sumber: Badan Pusat Statistik",
        match=("var 2193 ", "var 2194 "),
    ),
    "bps_webapi_pdrb_provinsi": dict(
        title="BPS WebAPI var 534 / 533: [SERI 2010] PDRB atas dasar harga berlaku / konstan menurut pengeluaran, provinsi (row PDRB, Tahunan)",
        publisher="Badan Pusat Statistik (BPS)",
        where="github zakiibnu723/pdrb-map@fd5775de40eb8bb2b39555c35fff8f9d4ce287bd public/dataset0/RAW_dataset/pdrb_berlaku_prov.json, pdrb_konstan_prov.json",
        licence="BPS terms: reuse with attribution, no commercial redistribution without permission",
        reference_years="2010-2023 (2024 release)",
        attribution="Sumber: Badan Pusat Statistik",
        match=("var 534 ", "var 533 "),
    ),
    "bps_webapi_pdrb_per_capita_provinsi": dict(
        title="BPS WebAPI var 288: [Seri 2010] Produk Domestik Regional Bruto per kapita (provinsi)",
        publisher="Badan Pusat Statistik (BPS)",
        where="github zakiibnu723/pdrb-map@fd5775de40eb8bb2b39555c35fff8f9d4ce287bd public/dataset0/RAW_dataset/pdrb_perkapita_prov.json",
        licence="BPS terms: reuse with attribution, no commercial redistribution without permission",
        reference_years="2010-2023",
        attribution="Sumber: Badan Pusat Statistik",
        match=("var 288 ",),
    ),
    "quarcs_indonesia514_gdp_pc": dict(
        title="GRDP per capita at constant 2010 prices, kab/kota (indonesia514, gdp/gdp_pc.csv)",
        publisher="QuaRCS lab (compiled from BPS publications; 2000-2015 QuaRCS Indonesia Regional Dataset, doi:10.5281/zenodo.4427713)",
        where="github quarcs-lab/indonesia514@e2c0e6dbfb2487a2c03748f1ec11ee567fb72499 gdp/gdp_pc.csv",
        licence="MIT (repository); figures are BPS data (BPS terms); cite the QuaRCS dataset",
        reference_years="2010-2024 (2024 possibly preliminary; 2020 is a series break)",
        attribution="Sumber: BPS, via QuaRCS indonesia514",
        match=("quarcs-lab/indonesia514",),
    ),
    "bps_poverty_p0_kabkota": dict(
        title='BPS table "Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen)" (var 621)',
        publisher="Badan Pusat Statistik (BPS)",
        where="github muhammadludviarg/visdati@2e55fd5f9701256c92df1a5ef6129e87f191439c data/mentah/Persentase Penduduk Miskin (P0) Menurut KabupatenKota.csv",
        licence="BPS terms: reuse with attribution, no commercial redistribution without permission",
        reference_years="2004-2025 (March Susenas)",
        attribution="Sumber: Badan Pusat Statistik",
        match=("Persentase Penduduk Miskin (P0)",),
    ),
    "bps_jateng_ipm_components_tpt": dict(
        title="BPS Provinsi Jawa Tengah: UHH, HLS, RLS, pengeluaran per kapita disesuaikan, TPT menurut kabupaten/kota",
        publisher="BPS Provinsi Jawa Tengah",
        where="github SYFDNNN/Kemiskinan-Jawa-Tengah-2020-2025@f1b163d3ee6a1021a73ea30c44b0e47f169e3527 data/processed/kemiskinan_jateng_2020_2025.csv",
        licence="MIT (repository); figures are BPS data (BPS terms)",
        reference_years="2020-2025 (UHH 2024-2025 from the new series: do not compare across 2023-2024)",
        attribution="Sumber: BPS Provinsi Jawa Tengah",
        match=("SYFDNNN/Kemiskinan-Jawa-Tengah",),
    ),
    "bps_jateng_ipm_growth": dict(
        title="BPS Provinsi Jawa Tengah: IPM and laju pertumbuhan PDRB ADHK menurut kabupaten/kota",
        publisher="BPS Provinsi Jawa Tengah",
        where="github wafii237/analisis-ekonomi-jawa-tengah@be3639447c62dcc4bd58c6cd4136bb18d364d786 ekonomi_jateng.db (table ekonomi)",
        licence="no licence stated (repository); figures are BPS data (BPS terms)",
        reference_years="2020-2024",
        attribution="Sumber: BPS Provinsi Jawa Tengah",
        match=("wafii237/analisis-ekonomi-jawa-tengah",),
    ),
    "kemendagri_area_population_2025": dict(
        title="Luas wilayah (Kepmendagri 300.2.2-2430/2025, BIG) and jumlah penduduk (Dukcapil, Kepmendagri 2025)",
        publisher="Kementerian Dalam Negeri / Badan Informasi Geospasial",
        where="github cahyadsn/wilayah@b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7 db/wilayah_luas.sql, db/wilayah_penduduk.sql",
        licence="MIT (repository); official figures of Kemendagri/BIG",
        reference_years="area tagged 2024, population 2025",
        attribution="Sumber: Kemendagri (Dukcapil), BIG; via cahyadsn/wilayah",
        match=("cahyadsn/wilayah",),
    ),
    "bps_sector_pdrb_export": dict(
        title='"PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha", all kab/kota, provinces and national (Flexmonster pivot export, most likely Bappenas regional data portal)',
        publisher="Badan Pusat Statistik (BPS) figures; export by the Bappenas regional portal",
        where="github fawdywahyu18/regional-analysis@f48eb646a13633003e3fc69f17ae7124db6d6e50 Data/PDRB Lapangan Usaha Kab Kota Dalam Milyar Seluruh Indonesia ADHK tahun 2013..2020.xlsx",
        licence="MIT (repository); figures are BPS data (BPS terms)",
        reference_years="2013-2020 (one data vintage; 2019-2020 since revised by BPS)",
        attribution="Sumber: Badan Pusat Statistik, via fawdywahyu18/regional-analysis",
        match=("fawdywahyu18/regional-analysis",),
    ),
    "bps_webtable_pdrb_provinsi": dict(
        title="BPS tabel dinamis: [Seri 2010] PDRB Triwulanan atas dasar harga konstan / berlaku menurut lapangan usaha di provinsi seluruh Indonesia (Milyar Rupiah)",
        publisher="Badan Pusat Statistik (BPS)",
        where="github seanprb/indonesia-gva-map@238fa234f53b5231c1192652ab9ad9ffed58d83a 00_base_data/ (7 CSV exports)",
        licence="Apache-2.0 (repository); figures are BPS data (BPS terms)",
        reference_years="ADHK 2020-2025, ADHB 2024 (2024-2025 preliminary)",
        attribution="Sumber: Badan Pusat Statistik",
        match=("seanprb/indonesia-gva-map",),
    ),
    "geoboundaries_jateng_diy": dict(
        title="geoBoundaries IDN ADM2 (from HDX COD-AB Indonesia 2020), Jawa Tengah + DIY, topology-clean simplified derivative",
        publisher="geoBoundaries (Runfola et al. 2020, PLOS ONE 15(4): e0231866); HDX COD-AB: BPS, OCHA ROAP, WFP",
        where="github SirojMun/akuKehujanan@a1f8c0142503aed8b66de637621b83d580a3cbeb config/wilayah.geojson",
        licence="CC BY 3.0 IGO",
        reference_years="boundaries of 2020 (COD-AB validOn 2020-04-01)",
        attribution="Batas wilayah: geoBoundaries/HDX COD-AB (BPS, OCHA ROAP, WFP), CC BY 3.0 IGO; modified",
        match=(),
    ),
    "geoboundaries_indonesia": dict(
        title="geoBoundaries IDN ADM2 simplified (from HDX COD-AB Indonesia 2020), all kab/kota, with HDX attributes",
        publisher="geoBoundaries (Runfola et al. 2020); HDX COD-AB: BPS, OCHA ROAP, WFP",
        where="github analystdjaya/indonesia-map-highlighter@1cb7590a71dcb467f09188597e46160c2cb1a478 data/indonesia-adm2-simplified.geojson; HDX tabular data/IDN_Admin123Boundaries_TabularData.xlsx",
        licence="CC BY 3.0 IGO",
        reference_years="boundaries of 2020",
        attribution="Batas wilayah: geoBoundaries/HDX COD-AB (BPS, OCHA ROAP, WFP), CC BY 3.0 IGO; modified",
        match=(),
    ),
    "kad_domain_reference": dict(
        title="SKAD Kit domain reference: inter-regional cooperation in Indonesia (KAD/KSD), facts with sources and confidence marks",
        publisher="SKAD Kit team",
        where="shared/reference/kad-domain.md (source tags S1 ... S69 are listed in this table)",
        licence="CC BY 4.0 (our summary); the cited sources keep their own terms",
        reference_years="compiled 2026",
        attribution="SKAD Kit domain reference, with the sources it cites",
        match=(),
    ),
}

INDICATORS = {
    # indicator: (label_id, label_en, unit, note)
    "pdrb_adhb_total": (
        "PDRB atas dasar harga berlaku",
        "GRDP at current prices",
        "juta rupiah",
        "2022 sementara, 2023 sangat sementara in this (2024) release",
    ),
    "pdrb_adhk_total": (
        "PDRB atas dasar harga konstan 2010",
        "GRDP at constant 2010 prices",
        "juta rupiah",
        "2022 sementara, 2023 sangat sementara in this (2024) release",
    ),
    "pdrb_per_capita_adhb": (
        "PDRB per kapita (harga berlaku)",
        "GRDP per capita (current prices)",
        "ribu rupiah per orang",
        "provinces only",
    ),
    "pdrb_per_capita_adhk": (
        "PDRB per kapita (harga konstan 2010)",
        "GRDP per capita (constant 2010 prices)",
        "ribu rupiah per orang",
        "kab/kota: unit inferred from the values (the source README says million); 2020 is a series break (COVID-19 and SP2020 population)",
    ),
    "persentase_penduduk_miskin": (
        "Persentase penduduk miskin (P0)",
        "Poverty rate (P0)",
        "persen",
        "March Susenas",
    ),
    "ipm": (
        "Indeks Pembangunan Manusia (IPM)",
        "Human Development Index (HDI)",
        "indeks",
        "Jawa Tengah kab/kota only; not found for DIY",
    ),
    "umur_harapan_hidup": (
        "Umur harapan hidup (UHH)",
        "Life expectancy at birth",
        "tahun",
        "Jawa Tengah kab/kota only; 2024-2025 from a new series: do not compare across 2023-2024",
    ),
    "harapan_lama_sekolah": (
        "Harapan lama sekolah (HLS)",
        "Expected years of schooling",
        "tahun",
        "Jawa Tengah kab/kota only",
    ),
    "rata_rata_lama_sekolah": (
        "Rata-rata lama sekolah (RLS)",
        "Mean years of schooling",
        "tahun",
        "Jawa Tengah kab/kota only",
    ),
    "pengeluaran_per_kapita_disesuaikan": (
        "Pengeluaran per kapita disesuaikan",
        "Adjusted per-capita expenditure",
        "ribu rupiah per orang per tahun",
        "Jawa Tengah kab/kota only",
    ),
    "tingkat_pengangguran_terbuka": (
        "Tingkat pengangguran terbuka (TPT)",
        "Open unemployment rate",
        "persen",
        "August Sakernas; Jawa Tengah kab/kota only",
    ),
    "laju_pertumbuhan_pdrb_adhk": (
        "Laju pertumbuhan PDRB ADHK",
        "GRDP growth at constant prices",
        "persen",
        "as published by BPS Jawa Tengah; some 2023 values predate a revision",
    ),
    "luas_wilayah": ("Luas wilayah", "Area", "km2", "Kemendagri/BIG figures, not BPS"),
    "jumlah_penduduk": (
        "Jumlah penduduk",
        "Population",
        "jiwa",
        "Kemendagri (Dukcapil) registration 2025, not BPS",
    ),
    "jumlah_penduduk_laki_laki": (
        "Jumlah penduduk laki-laki",
        "Male population",
        "jiwa",
        "Kemendagri (Dukcapil) 2025",
    ),
    "jumlah_penduduk_perempuan": (
        "Jumlah penduduk perempuan",
        "Female population",
        "jiwa",
        "Kemendagri (Dukcapil) 2025",
    ),
}

BASELINE_FILES = [
    "pdrb_total_kabkota_2010_2023.csv",
    "pdrb_per_capita_province_2010_2023.csv",
    "pdrb_per_capita_adhk_kabkota_2010_2024.csv",
    "poverty_rate_kabkota_2004_2025.csv",
    "jateng_ipm_components_tpt_2020_2025.csv",
    "jateng_ipm_growth_2020_2024.csv",
    "area_population_kemendagri_2025.csv",
]

XLSX_SECTOR_LABELS = {
    "Pertanian, Kehutanan, dan Perikanan": "A",
    "Pertambangan dan Penggalian": "B",
    "Industri Pengolahan": "C",
    "Pengadaan Listrik dan Gas": "D",
    "Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang": "E",
    "Konstruksi": "F",
    "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor": "G",
    "Transportasi dan Pergudangan": "H",
    "Penyediaan Akomodasi dan Makan Minum": "I",
    "Informasi dan Komunikasi": "J",
    "Jasa Keuangan dan Asuransi": "K",
    "Real Estat": "L",
    "Jasa Perusahaan": "M,N",
    "Administrasi Pemerintahan, Pertahanan, dan Jaminan Sosial Wajib": "O",
    "Jasa Pendidikan": "P",
    "Jasa Kesehatan dan Kegiatan Sosial": "Q",
    "Jasa Lainnya": "R,S,T,U",
}
XLSX_TOTAL_LABEL = "PDRB ADHK Tahun Dasar 2010 Berdasarkan Lapangan Usaha"
SECTOR_ORDER = [s[0] for s in ref.SECTORS] + ["TOTAL"]
#: HDX names of regencies that read like a city: Kabupaten Kotabaru (Kalimantan Selatan)
#: is "Kota Baru" in HDX (boundaries PROVENANCE, known problem (c)).
KABUPATEN_RENAMES = {"Kota Baru": "Kotabaru"}

#: Tolerances of the sum check (miliar rupiah): kab/kota values carry 2 decimals,
#: province sector values are rounded to whole miliar (17 x 0.5 = 8.5), plus 0.01 %
#: of the total for sub-rounding reallocations between categories.
SUM_TOL_KABKOTA, SUM_TOL_PROVINCE, SUM_TOL_RELATIVE = 0.1, 9.0, 1e-4
#: A value is an implausible jump when it is at least this many times larger (or
#: smaller) than BOTH the year before and the year after.
SPIKE_FACTOR = 3.0


# --------------------------------------------------------------------------- helpers
def _match_source(text: str) -> str:
    hits = [sid for sid, meta in DATA_SOURCES.items() if any(m in text for m in meta["match"])]
    if len(hits) != 1:
        raise SystemExit(
            f"build: raw source string matches {hits!r}, expected exactly one: {text[:120]}"
        )
    return hits[0]


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def _sector_wide(long: pd.DataFrame) -> pd.DataFrame:
    """One row per unit-year (and price basis), one column per sector: 18x fewer rows.

    ``kadlib.load_sector_pdrb`` turns it back into the tidy long table.
    """
    keys = ["region_code", "year", "price_basis", "unit", "quality_flag", "source"]
    wide = long.pivot(index=keys, columns="sector_code", values="value")
    wide = wide[SECTOR_ORDER].reset_index()
    wide.columns.name = None
    order = {"ADHK": 0, "ADHB": 1}
    wide["_p"] = wide["price_basis"].map(order)
    return wide.sort_values(["region_code", "_p", "year"]).drop(columns="_p").reset_index(drop=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- sector PDRB (xlsx)
def read_sector_xlsx(raw: Path) -> pd.DataFrame:
    """All units of the eight Bappenas/BPS xlsx exports as one long table."""
    frames = []
    for year in range(2013, 2021):
        path = (
            raw
            / "stats/source_xlsx"
            / f"PDRB Lapangan Usaha Kab Kota Dalam Milyar Seluruh Indonesia ADHK tahun {year}.xlsx"
        )
        cells = pd.read_excel(path, header=None, dtype=object)
        if (
            str(cells.iat[2, 4]).strip() != "KodeWilayah"
            or str(cells.iat[2, 5]).strip() != "Nama Wilayah"
        ):
            raise SystemExit(f"build: unexpected header in {path.name}")
        codes = {}
        for j in range(6, cells.shape[1]):
            label = re.sub(r"\s+", " ", str(cells.iat[1, j])).strip()
            if str(cells.iat[2, j]).strip() != str(year):
                raise SystemExit(f"build: {path.name} column {j} is not year {year}")
            if label == XLSX_TOTAL_LABEL:
                codes[j] = "TOTAL"
            else:
                sector = re.sub(r"^" + re.escape(XLSX_TOTAL_LABEL) + r"\s*-\s*", "", label)
                if sector not in XLSX_SECTOR_LABELS:
                    raise SystemExit(f"build: unknown sector label {label!r} in {path.name}")
                codes[j] = XLSX_SECTOR_LABELS[sector]
        if sorted(codes.values()) != sorted(SECTOR_ORDER):
            raise SystemExit(f"build: {path.name} does not have the 17 categories + total")
        body = cells.iloc[3:]
        region = body[4].map(lambda v: f"{int(v):04d}")
        names = body[5].astype(str).str.strip()
        for j, sector in codes.items():
            frames.append(
                pd.DataFrame(
                    {
                        "region_code": region.to_numpy(),
                        "name": names.to_numpy(),
                        "year": year,
                        "sector_code": sector,
                        "value": pd.to_numeric(body[j]).to_numpy(dtype=float),
                    }
                )
            )
    out = pd.concat(frames, ignore_index=True)
    if out["value"].isna().any():
        raise SystemExit("build: empty cells in the sector exports")
    return out


def quality_flags(long: pd.DataFrame) -> pd.Series:
    """Flag unit-years (region, year) whose data must not be used, with the reasons.

    Rules (each unit-year gets every reason that applies, joined by ``;``):

    * ``no_data_zero_total``: the total is 0 (a regency not yet reported);
    * ``sector_sum_mismatch``: the 17 categories do not add up to the total
      within the rounding tolerance (not checked for Indonesia, whose PDB also
      holds taxes less subsidies on products);
    * ``implausible_jump:<sectors>``: a positive value (a category or the total)
      is at least ``SPIKE_FACTOR`` times larger, or smaller, than both the year
      before and the year after (first and last years cannot be checked).

    Returns a Series indexed by (region_code, year) with "" where nothing applies.
    """
    wide = long.pivot_table(
        index=["region_code", "year"], columns="sector_code", values="value", aggfunc="first"
    )
    reasons = pd.Series("", index=wide.index, dtype=object)

    def add(mask, text):
        nonlocal reasons
        for key in wide.index[mask]:
            reasons[key] = f"{reasons[key]};{text}" if reasons[key] else text

    total = wide["TOTAL"]
    add((total == 0).to_numpy(), "no_data_zero_total")

    codes = wide.index.get_level_values("region_code")
    sums = wide[[s for s in SECTOR_ORDER if s != "TOTAL"]].sum(axis=1)
    tol = (
        np.where(codes.str.endswith("00"), SUM_TOL_PROVINCE, SUM_TOL_KABKOTA)
        + SUM_TOL_RELATIVE * total.abs()
    )
    mismatch = ((sums - total).abs() > tol) & (codes != "9999") & (total != 0)
    add(mismatch.to_numpy(), "sector_sum_mismatch")

    logv = np.log(
        long.pivot_table(
            index=["region_code", "sector_code"], columns="year", values="value"
        ).where(lambda v: v > 0)
    )
    step = np.log(SPIKE_FACTOR)
    up_prev, up_next = logv - logv.shift(1, axis=1), logv - logv.shift(-1, axis=1)
    spike = (
        (up_prev.abs() >= step) & (up_next.abs() >= step) & (np.sign(up_prev) == np.sign(up_next))
    )
    hits = spike.stack()
    hits = hits[hits]
    jumps: dict[tuple[str, int], list[str]] = {}
    for region, sector, year in hits.index:
        jumps.setdefault((region, int(year)), []).append(sector)
    for key, sectors in jumps.items():
        text = "implausible_jump:" + "|".join(sorted(sectors, key=SECTOR_ORDER.index))
        reasons[key] = f"{reasons[key]};{text}" if reasons[key] else text
    return reasons


# --------------------------------------------------------------------------- builders
def build_regions(raw: Path, sector_long: pd.DataFrame) -> pd.DataFrame:
    """Register of all provinces and kab/kota with BPS codes.

    Codes: the 2013-2020 sector export (checked against the HDX crosswalk).  Names:
    Jawa Tengah/DIY as in the boundaries (Kemendagri spelling); other kab/kota as
    HDX COD-AB writes them; provinces as the export writes them.  ``alt_name`` keeps
    the export's spelling where it differs (e.g. "OKU Selatan"), so users can type it.
    """
    names = sector_long[sector_long["year"] == 2020].drop_duplicates("region_code")[
        ["region_code", "name"]
    ]
    crosswalk = pd.read_csv(raw / "boundaries/idn_adm2_code_crosswalk.csv", dtype=str)
    kab = crosswalk[crosswalk["kind"].isin(["Kabupaten", "Kota"])].set_index("bps_code")
    export_kab = set(names.loc[~names["region_code"].str.endswith(("00", "99")), "region_code"])
    if export_kab != set(kab.index):
        raise SystemExit("build: kab/kota codes of the sector export and the HDX crosswalk differ")
    jd = pd.read_csv(raw / "stats/regions.csv", dtype=str).set_index("region_code")

    rows = []
    for code, export_name in zip(names["region_code"], names["name"], strict=True):
        kind = _kind(code)
        if code in jd.index:  # Jawa Tengah / DIY: Kemendagri spelling as in the boundaries
            full = jd.at[code, "region_name"]
        elif kind == "nasional":
            full = "Indonesia"
        elif kind == "provinsi":
            full = export_name if export_name.startswith("Provinsi ") else f"Provinsi {export_name}"
        else:
            hdx = kab.at[code, "hdx_adm2_name"]
            if kind == "kota":
                full = hdx if hdx.startswith("Kota ") else f"Kota {hdx}"
            else:
                full = f"Kabupaten {KABUPATEN_RENAMES.get(hdx, hdx)}"
        short = re.sub(r"^(Kabupaten|Provinsi) ", "", full)
        alt = "" if export_name in (full, short) else export_name
        province = "9999" if kind == "nasional" else code[:2] + "00"
        rows.append((code, full, short, alt, kind, province))
    reg = pd.DataFrame(
        rows, columns=["region_code", "name", "name_short", "alt_name", "kind", "province_code"]
    )
    reg["source"] = "bps_sector_pdrb_export; geoboundaries_indonesia"
    return reg.sort_values("region_code").reset_index(drop=True)


def build_sector_pdrb(sector_long: pd.DataFrame) -> pd.DataFrame:
    flags = quality_flags(sector_long)
    out = sector_long.drop(columns="name").copy()
    out["quality_flag"] = [
        flags[(c, y)] for c, y in zip(out["region_code"], out["year"], strict=True)
    ]
    out["unit"] = "miliar rupiah"
    out["price_basis"] = "ADHK"
    out["source"] = "bps_sector_pdrb_export"
    out["_order"] = out["sector_code"].map(SECTOR_ORDER.index)
    out = out.sort_values(["region_code", "year", "_order"]).drop(columns="_order")
    return out[
        [
            "region_code",
            "year",
            "sector_code",
            "value",
            "unit",
            "price_basis",
            "quality_flag",
            "source",
        ]
    ].reset_index(drop=True)


def build_sector_pdrb_province(raw: Path) -> tuple[pd.DataFrame, list[str]]:
    """Province series 2020-2025 read from the BPS exports with the kit's own reader."""
    from kadlib.io import read_bps_table

    frames, unplaced = [], set()
    for path in sorted(
        (raw / "bps_formats").glob("bps_webtable_pdrb_triwulanan_*_lapus_provinsi_*.csv")
    ):
        with warnings.catch_warnings():
            warnings.simplefilter(
                "ignore"
            )  # the four post-2022 Papua provinces have no verified code
            table = read_bps_table(path, annual_only=True)
        unplaced |= set(table.loc[table["region_code"].isna(), "region_name"])
        table = table[table["region_code"].notna()].copy()
        year = int(table["year"].iloc[0])
        papua_split = year >= 2024
        table["quality_flag"] = np.where(
            papua_split & table["region_code"].isin(["9100", "9400"]),
            "territory_after_2022_papua_split",
            "",
        )
        frames.append(table)
    out = pd.concat(frames, ignore_index=True)
    out["region_code"] = out["region_code"].astype(str)
    out["source"] = "bps_webtable_pdrb_provinsi"
    check = out.pivot_table(
        index=["region_code", "year", "price_basis"], columns="sector_code", values="value"
    )
    diff = (check[[s for s in SECTOR_ORDER if s != "TOTAL"]].sum(axis=1) - check["TOTAL"]).abs()
    if (diff > 0.1).any():
        raise SystemExit(f"build: province exports do not add up: {diff[diff > 0.1]}")
    out["_order"] = out["sector_code"].map(SECTOR_ORDER.index)
    out = out.sort_values(
        ["region_code", "price_basis", "year", "_order"], ascending=[True, False, True, True]
    )
    cols = [
        "region_code",
        "year",
        "sector_code",
        "value",
        "unit",
        "price_basis",
        "quality_flag",
        "source",
    ]
    return out[cols].reset_index(drop=True), sorted(unplaced)


def build_baseline(raw: Path) -> pd.DataFrame:
    frames = []
    for name in BASELINE_FILES:
        table = pd.read_csv(raw / "stats" / name, dtype={"region_code": str, "year": int})
        table["source"] = table["source"].map(_match_source)
        frames.append(table)
    out = pd.concat(frames, ignore_index=True)
    unknown = set(out["indicator"]) - set(INDICATORS)
    if unknown:
        raise SystemExit(f"build: indicators without labels: {unknown}")
    out["unit"] = out["indicator"].map(lambda i: INDICATORS[i][2])
    if out.duplicated(["region_code", "year", "indicator"]).any():
        raise SystemExit("build: duplicate baseline rows")
    out = out.sort_values(["indicator", "region_code", "year"])
    return out[["region_code", "year", "indicator", "value", "unit", "source"]].reset_index(
        drop=True
    )


def build_indicators(baseline: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for ind, (lid, len_, unit, note) in INDICATORS.items():
        part = baseline[baseline["indicator"] == ind]
        levels = sorted({_kind(c) for c in part["region_code"]})
        rows.append(
            (
                ind,
                lid,
                len_,
                unit,
                f"{part['year'].min()}-{part['year'].max()}",
                part["region_code"].nunique(),
                "/".join(levels),
                note,
                "; ".join(sorted(part["source"].unique())),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "indicator",
            "label_id",
            "label_en",
            "unit",
            "years",
            "n_regions",
            "levels",
            "note",
            "source",
        ],
    )


def build_boundaries_jateng_diy(raw: Path, regions: pd.DataFrame):
    import geopandas as gpd

    gdf = gpd.read_file(raw / "boundaries/jateng_diy_adm2_2020_geoboundaries.geojson")
    dropped = sorted(gdf.loc[gdf["adm2"].isna(), "nama"])
    gdf = gdf[gdf["adm2"].notna()].copy()
    gdf["region_code"] = gdf["adm2"].str.replace(".", "", regex=False)
    reg = regions.set_index("region_code")
    if not (gdf["nama"].to_numpy() == reg.loc[gdf["region_code"], "name"].to_numpy()).all():
        raise SystemExit("build: boundary names differ from the register")
    if not gdf.geometry.is_valid.all():
        raise SystemExit("build: invalid geometry in the Jateng/DIY boundaries")
    out = gdf[["region_code", "geometry"]].merge(regions.drop(columns="source"), on="region_code")
    out = out.sort_values("region_code").reset_index(drop=True)
    return out[["region_code", "name", "name_short", "kind", "province_code", "geometry"]], dropped


def build_boundaries_indonesia(raw: Path, regions: pd.DataFrame):
    import geopandas as gpd
    import shapely

    gdf = gpd.read_file(raw / "boundaries/idn_adm2_2020_geoboundaries_simplified.geojson")
    crosswalk = pd.read_csv(raw / "boundaries/idn_adm2_code_crosswalk.csv", dtype=str)
    cw = crosswalk[crosswalk["kind"].isin(["Kabupaten", "Kota"])][
        ["geoboundaries_shape_id", "bps_code"]
    ]
    merged = gdf.merge(
        cw, left_on="geometry_source_id", right_on="geoboundaries_shape_id", how="inner"
    )
    dropped = sorted(set(gdf["geometry_source_name"]) - set(merged["geometry_source_name"]))
    if merged["bps_code"].nunique() != 514 or len(merged) != 514:
        raise SystemExit("build: national layer does not have 514 kab/kota")
    n_invalid = int((~merged.geometry.is_valid).sum())
    merged["geometry"] = shapely.make_valid(merged.geometry.to_numpy())
    merged = merged.rename(columns={"bps_code": "region_code"})
    out = gpd.GeoDataFrame(merged[["region_code", "geometry"]], geometry="geometry", crs=gdf.crs)
    out = (
        out.merge(regions.drop(columns="source"), on="region_code")
        .sort_values("region_code")
        .reset_index(drop=True)
    )
    return (
        out[["region_code", "name", "name_short", "kind", "province_code", "geometry"]].set_crs(
            4326, allow_override=True
        ),
        dropped,
        n_invalid,
    )


#: Real BPS exports shipped as example input for notebook 01 ("bring your own table").
EXAMPLE_EXPORTS = {
    "bps_webtable_pdrb_triwulanan_adhk_lapus_provinsi_2020.csv": "e1b3f8b4393f9d0e41fb065f06a98abb0f3795bcac5c6d5b85c54f3ae5168e82",
    "bps_webtable_pdrb_triwulanan_adhk_lapus_provinsi_2023.csv": "cdb7963a930973bce919bfce874ced504f106f872cf7406de045f24d29cf02aa",
}


def write_example_workshop(out: Path) -> None:
    """The invented example workshop input of reference_tables.py, as the files a facilitator would have."""
    folder = out / "examples"
    folder.mkdir(exist_ok=True)
    cols = [
        "sector_id",
        "label_id",
        "label_en",
        "bps_sector",
        "participants",
        *ref.EXAMPLE_CRITERIA,
    ]
    scores = pd.DataFrame(ref.EXAMPLE_SCORES, columns=cols)
    scores.insert(
        0, "keterangan", "CONTOH masukan lokakarya, bukan data / EXAMPLE workshop input, not data"
    )
    _write_csv(scores, folder / "contoh_penilaian_sektor_barlingmascakeb.csv")
    ahp = pd.DataFrame(
        ref.EXAMPLE_AHP, index=ref.EXAMPLE_CRITERIA, columns=ref.EXAMPLE_CRITERIA
    ).round(6)
    ahp.index.name = "CONTOH (example) baris vs kolom"
    ahp.to_csv(folder / "contoh_ahp_kriteria.csv", lineterminator="\n")


def write_example_factor_session(out: Path) -> None:
    """The invented example ratings of key success factors, as an autosave session folder (JSON per participant)."""
    from kadlib.workshop import SCHEMA, participant_id

    folder = out / "examples" / "lokakarya_contoh_faktor"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    known = set(ref_factor_ids())
    for k, (name, region, role) in enumerate(ref.EXAMPLE_FACTOR_PARTICIPANTS):
        entries = {}
        for factor, (imp, cond) in ref.EXAMPLE_FACTOR_RATINGS.items():
            if factor not in known:
                raise SystemExit(f"build: example factor {factor!r} is not in the catalogue")
            entries[f"{factor}|importance"] = int(imp[k])
            entries[f"{factor}|condition"] = int(cond[k])
        pid = participant_id(name, region)
        payload = {
            "schema": SCHEMA,
            "session": ref.EXAMPLE_FACTOR_SESSION,
            "updated": None,
            "note": "CONTOH masukan lokakarya, bukan data / EXAMPLE workshop input, not data",
            "participant": {"id": pid, "name": name, "region": region, "role": role},
            "entries": entries,
        }
        with (folder / f"{pid}.json").open("w", encoding="utf-8", newline="\n") as fh:
            json.dump(payload, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")


def ref_factor_ids():
    return [f[0] for f in ref.SUCCESS_FACTORS]


def copy_examples(raw: Path, out: Path) -> None:
    """Copy the example BPS exports byte for byte, checking the SHA-256 in their PROVENANCE."""
    folder = out / "examples"
    folder.mkdir(exist_ok=True)
    for name, digest in EXAMPLE_EXPORTS.items():
        data = (raw / "bps_formats" / name).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            raise SystemExit(f"build: {name} differs from the copy its PROVENANCE describes")
        (folder / name).write_bytes(data)


def _write_geojson(gdf, path: Path) -> None:
    text = gdf.to_json(drop_id=True, na="null", show_bbox=False)
    payload = json.loads(text)
    payload.pop("crs", None)  # RFC 7946: WGS 84 longitude/latitude is the default
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")


def parse_reference_sources(reference: Path) -> pd.DataFrame:
    """The numbered source list ("- [S12] text. URL") at the end of kad-domain.md."""
    rows = []
    for line in reference.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^- \[(S\d+[a-z]?)\] (.*)$", line)
        if m:
            urls = re.findall(r"https?://\S+", m.group(2))
            title = re.sub(r"\s*https?://\S+", "", m.group(2)).strip().rstrip(" ;.")
            rows.append((m.group(1), title, " ; ".join(u.rstrip(" ;") for u in urls)))
    return pd.DataFrame(rows, columns=["source_id", "title", "where"])


def build_sources(reference: Path) -> pd.DataFrame:
    rows = [
        (
            sid,
            m["title"],
            m["publisher"],
            m["where"],
            m["licence"],
            m["reference_years"],
            m["attribution"],
        )
        for sid, m in DATA_SOURCES.items()
    ]
    data = pd.DataFrame(
        rows,
        columns=[
            "source_id",
            "title",
            "publisher",
            "where",
            "licence",
            "reference_years",
            "attribution",
        ],
    )
    refs = parse_reference_sources(reference)
    refs["publisher"] = ""
    refs["licence"] = "cited work (its own terms); quoted only as a summary"
    refs["reference_years"] = ""
    refs["attribution"] = refs["title"]
    return pd.concat([data, refs[data.columns]], ignore_index=True)


def build_groups(regions: pd.DataFrame):
    from kadlib.regions import normalise_name

    index: dict[str, list[str]] = {}
    for code, name in zip(regions["region_code"], regions["name"], strict=True):
        index.setdefault(normalise_name(name) + "|" + _kind(code), []).append(code)
    groups, members = [], []
    for gid, name, member_names, form, founded, fnote, mnote, source in ref.GROUPS:
        for member in member_names:
            kind = "kota" if member.startswith("Kota ") else "kabupaten"
            hits = index.get(normalise_name(member) + "|" + kind, [])
            if len(hits) != 1:
                raise SystemExit(f"build: group {gid}: member {member!r} matches {hits}")
            members.append((gid, hits[0]))
        form_id, sectors, sector_source = ref.GROUP_FORMS[gid]
        agreement, agreement_date = ref.GROUP_AGREEMENTS[gid]
        groups.append(
            (
                gid,
                name,
                form,
                form_id,
                "" if founded is None else str(founded),
                fnote,
                agreement,
                agreement_date,
                mnote,
                sectors,
                sector_source,
                source,
            )
        )
    g = pd.DataFrame(
        groups,
        columns=[
            "group_id",
            "name",
            "form",
            "form_id",
            "founded",
            "founded_note",
            "agreement",
            "agreement_date",
            "members_note",
            "sectors",
            "sectors_source",
            "source",
        ],
    )
    m = pd.DataFrame(members, columns=["group_id", "region_code"]).sort_values(
        ["group_id", "region_code"]
    )
    return g, m.reset_index(drop=True)


FIELD_COLUMNS = [
    "field_id",
    "kind",
    "label_id",
    "label_en",
    "pdrb_sectors",
    "urusan",
    "link_basis",
    "groups",
    "other_cases",
    "reason_id",
    "reason_en",
    "reason_basis",
    "evidence_id",
    "evidence_en",
    "confidence",
    "source",
]


def build_fields(known_sources: set[str]) -> pd.DataFrame:
    """The catalogue of cooperation fields (reference_tables.FIELDS), checked and with the urusan spelled out."""
    fields = pd.DataFrame(ref.FIELDS, columns=FIELD_COLUMNS)
    groups = {g[0] for g in ref.GROUPS}
    sectors = {s[0] for s in ref.SECTORS}
    checks = {
        "kind": lambda v: v in ("ekonomi", "layanan_publik"),
        "link_basis": lambda v: v in ("direct", "kit_reading"),
        "reason_basis": lambda v: v in ("case", "general"),
        "confidence": lambda v: v in ("confirmed", "partly_confirmed", "unverified"),
        "urusan": lambda v: v == "" or v in ref.URUSAN,
        "groups": lambda v: all(g in groups for g in filter(None, v.split("; "))),
        "pdrb_sectors": lambda v: all(
            s in sectors and s not in ref.NOT_A_FIELD for s in filter(None, v.split("; "))
        ),
        "source": lambda v: bool(v) and all(s in known_sources for s in v.split("; ")),
    }
    for col, ok in checks.items():
        for fid, value in zip(fields["field_id"], fields[col], strict=True):
            if not ok(value):
                raise SystemExit(f"build: fields: {fid} has a bad {col}: {value!r}")
    if (
        fields["field_id"].duplicated().any()
        or fields[fields["kind"] == "layanan_publik"]["urusan"].eq("").any()
    ):
        raise SystemExit(
            "build: fields: duplicate field_id, or a public-service field without its urusan"
        )
    urusan = fields["urusan"].map(lambda u: ref.URUSAN.get(u, ("", "", "")))
    fields.insert(6, "urusan_label_id", urusan.str[0])
    fields.insert(7, "urusan_label_en", urusan.str[1])
    fields.insert(8, "urusan_class", urusan.str[2])
    fields.insert(
        9, "urusan_source", fields["urusan"].map(lambda u: ref.URUSAN_SOURCE if u else "")
    )
    return fields


def build_reference_tables() -> dict[str, pd.DataFrame]:
    sectors = pd.DataFrame(
        ref.SECTORS,
        columns=["sector_code", "order", "label_id", "label_en", "short_id", "short_en"],
    )
    sectors["source"] = ref.SECTORS_SOURCE
    criteria = pd.DataFrame(
        ref.CRITERIA,
        columns=[
            "criterion_id",
            "order",
            "label_id",
            "label_en",
            "text_id",
            "text_en",
            "assessment",
            "source",
        ],
    )
    principles = pd.DataFrame(
        ref.PRINCIPLES, columns=["principle_id", "order", "label_id", "label_en"]
    )
    principles["instrument"] = ref.PRINCIPLES_INSTRUMENT
    principles["source"] = ref.PRINCIPLES_SOURCE
    factors = pd.DataFrame(
        ref.SUCCESS_FACTORS,
        columns=["factor_id", "label_id", "label_en", "evidence_en", "basis", "source"],
    )
    laws = pd.DataFrame(
        ref.LEGAL_TIMELINE, columns=["year", "instrument", "summary_id", "summary_en", "source"]
    )
    forms = {f[0]: f for f in ref.INSTITUTION_FORMS}
    dims = {d[0]: d for d in ref.INSTITUTION_DIMENSIONS}
    cells = pd.DataFrame(
        ref.INSTITUTION_CELLS, columns=["form_id", "dimension", "text_en", "status", "source"]
    )
    if set(map(tuple, cells[["form_id", "dimension"]].to_numpy())) != {
        (f, d) for f in forms for d in dims
    }:
        raise SystemExit("build: the institutions table must have one cell per form and dimension")
    cells.insert(1, "form_label_id", cells["form_id"].map(lambda f: forms[f][1]))
    cells.insert(2, "form_label_en", cells["form_id"].map(lambda f: forms[f][2]))
    cells.insert(4, "dimension_label_id", cells["dimension"].map(lambda d: dims[d][1]))
    cells.insert(5, "dimension_label_en", cells["dimension"].map(lambda d: dims[d][2]))
    cells.insert(
        6,
        "text_id",
        [
            ref.INSTITUTION_TEXT_ID[(f, d)]
            for f, d in zip(cells["form_id"], cells["dimension"], strict=True)
        ],
    )
    return {
        "sectors.csv": sectors,
        "criteria.csv": criteria,
        "principles.csv": principles,
        "success_factors.csv": factors,
        "legal_timeline.csv": laws,
        "institutions.csv": cells,
    }


# --------------------------------------------------------------------------- registry
REGISTRY = {
    # file: (name, title, licence)
    "boundaries_jateng_diy.geojson": (
        "boundaries_jateng_diy",
        "Batas 40 kabupaten/kota Jawa Tengah dan DIY (topologi bersih) / boundaries of the 40 kab/kota of Jawa Tengah and DIY (topology-clean)",
        "CC BY 3.0 IGO",
    ),
    "boundaries_indonesia.geojson": (
        "boundaries_indonesia",
        "Batas 514 kabupaten/kota Indonesia (kasar, untuk peta ikhtisar) / boundaries of all 514 kab/kota (coarse, overview maps only)",
        "CC BY 3.0 IGO",
    ),
    "regions.csv": (
        "regions",
        "Daftar wilayah (kode BPS) / register of regions (BPS codes)",
        "BPS terms (codes and names)",
    ),
    "baseline.csv": (
        "baseline",
        "Indikator baseline / baseline indicators",
        "BPS terms; Kemendagri/BIG figures via MIT-licensed compilations",
    ),
    "indicators.csv": (
        "indicators",
        "Daftar indikator baseline / baseline indicator list",
        "CC BY 4.0",
    ),
    "sector_pdrb.csv": (
        "sector_pdrb",
        "PDRB ADHK 17 lapangan usaha, seluruh kab/kota, provinsi, nasional 2013-2020 / GRDP by industry",
        "BPS terms",
    ),
    "sector_pdrb_province.csv": (
        "sector_pdrb_province",
        "PDRB 17 lapangan usaha provinsi 2020-2025 (tabel BPS) / province GRDP by industry",
        "BPS terms",
    ),
    "groups.csv": ("groups", "Kelompok kerja sama antardaerah / cooperation groups", "CC BY 4.0"),
    "group_members.csv": (
        "group_members",
        "Anggota kelompok kerja sama / group members",
        "CC BY 4.0",
    ),
    "sectors.csv": (
        "sectors",
        "17 kategori lapangan usaha BPS / the 17 BPS industry categories",
        "BPS terms",
    ),
    "criteria.csv": (
        "criteria",
        "Kriteria pemilihan sektor SKAD / SKAD sector-selection criteria",
        "CC BY 4.0",
    ),
    "principles.csv": (
        "principles",
        "11 prinsip kerja sama daerah / 11 principles of regional cooperation",
        "CC BY 4.0",
    ),
    "success_factors.csv": (
        "success_factors",
        "Faktor kunci sukses / key success factors",
        "CC BY 4.0",
    ),
    "legal_timeline.csv": ("legal_timeline", "Linimasa regulasi / legal timeline", "CC BY 4.0"),
    "institutions.csv": (
        "institutions",
        "Bentuk kelembagaan KAD x 5 dimensi / institutional forms x 5 dimensions",
        "CC BY 4.0",
    ),
    "sources.csv": ("sources", "Daftar sumber / list of sources", "CC BY 4.0"),
    "fields.csv": (
        "fields",
        "Katalog bidang kerja sama (ekonomi dan layanan publik) / catalogue of cooperation fields",
        "CC BY 4.0",
    ),
}


def _registry_entry(path: Path, sources: list[str], years: str) -> dict:
    name, title, licence = REGISTRY[path.name]
    if path.suffix == ".geojson":
        payload = json.loads(path.read_text(encoding="utf-8"))
        rows = len(payload["features"])
        columns = ["region_code", "name", "name_short", "kind", "province_code", "geometry"]
    else:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        rows, columns = len(frame), list(frame.columns)
    return {
        "name": name,
        "file": path.name,
        "title": title,
        "sources": sources,
        "licence": licence,
        "years": years,
        "rows": rows,
        "columns": columns,
        "sha256": _sha256(path),
    }


# --------------------------------------------------------------------------- main
def _use_register(regions: pd.DataFrame, out: Path) -> None:
    """Point kadlib at the register being built (the BPS reader resolves names with it)."""
    import os

    from kadlib import regions as kreg

    _write_csv(regions, out / "regions.csv")
    if not (out / "registry.json").exists():
        (out / "registry.json").write_text('{"datasets": []}\n', encoding="utf-8")
    os.environ["KADLIB_DATA"] = str(out.resolve())
    kreg._register.cache_clear()
    kreg._name_index.cache_clear()


def build(raw: Path, out: Path, reference: Path, log=print) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    log(f"reading raw files from {raw}")
    sector_long = read_sector_xlsx(raw)
    regions = build_regions(raw, sector_long)
    _use_register(regions, out)
    sector = build_sector_pdrb(sector_long)
    province, unplaced = build_sector_pdrb_province(raw)
    baseline = build_baseline(raw)
    bnd_jd, dropped_jd = build_boundaries_jateng_diy(raw, regions)
    bnd_id, dropped_id, n_invalid = build_boundaries_indonesia(raw, regions)
    groups, members = build_groups(regions)
    tables = build_reference_tables()
    sources = build_sources(reference)
    fields = build_fields(set(sources["source_id"]))

    _write_csv(regions, out / "regions.csv")
    _write_csv(_sector_wide(sector), out / "sector_pdrb.csv")
    _write_csv(_sector_wide(province), out / "sector_pdrb_province.csv")
    _write_csv(baseline, out / "baseline.csv")
    _write_csv(build_indicators(baseline), out / "indicators.csv")
    _write_csv(groups, out / "groups.csv")
    _write_csv(members, out / "group_members.csv")
    for name, frame in tables.items():
        _write_csv(frame, out / name)
    _write_csv(sources, out / "sources.csv")
    _write_csv(fields, out / "fields.csv")
    _write_geojson(bnd_jd, out / "boundaries_jateng_diy.geojson")
    _write_geojson(bnd_id, out / "boundaries_indonesia.geojson")
    copy_examples(raw, out)
    write_example_workshop(out)
    write_example_factor_session(out)

    cited = {
        "regions.csv": (["bps_sector_pdrb_export", "geoboundaries_indonesia"], "2013-2020 codes"),
        "sector_pdrb.csv": (["bps_sector_pdrb_export"], "2013-2020"),
        "sector_pdrb_province.csv": (["bps_webtable_pdrb_provinsi"], "2020-2025"),
        "baseline.csv": (
            sorted(baseline["source"].unique()),
            f"{baseline['year'].min()}-{baseline['year'].max()}",
        ),
        "indicators.csv": (["kad_domain_reference"], ""),
        "boundaries_jateng_diy.geojson": (["geoboundaries_jateng_diy"], "2020"),
        "boundaries_indonesia.geojson": (["geoboundaries_indonesia"], "2020"),
        "groups.csv": (["kad_domain_reference"], ""),
        "group_members.csv": (["kad_domain_reference"], ""),
        "sectors.csv": (["bps_sector_pdrb_export"], ""),
        "criteria.csv": (["kad_domain_reference", "S31"], ""),
        "principles.csv": (["kad_domain_reference", "S6", "S8", "S47"], ""),
        "success_factors.csv": (["kad_domain_reference"], ""),
        "legal_timeline.csv": (["kad_domain_reference"], "1999-2020"),
        "institutions.csv": (["kad_domain_reference"], ""),
        "sources.csv": (["kad_domain_reference"], ""),
        "fields.csv": (
            ["kad_domain_reference"] + sorted({s for f in fields["source"] for s in f.split("; ")}),
            "",
        ),
    }
    registry = {"datasets": [_registry_entry(out / f, *cited[f]) for f in REGISTRY]}
    with (out / "registry.json").open("w", encoding="utf-8", newline="\n") as fh:
        json.dump(registry, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    flagged = sector[sector["quality_flag"] != ""].drop_duplicates(["region_code", "year"])
    report = {
        "dropped_jateng_diy": dropped_jd,
        "dropped_indonesia": dropped_id,
        "invalid_repaired_indonesia": n_invalid,
        "unplaced_provinces": unplaced,
        "flagged_unit_years": [
            f"{r.region_code} {r.year}: {r.quality_flag}" for r in flagged.itertuples()
        ],
    }
    for key, value in report.items():
        log(f"{key}: {value}")
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=HERE.parent.parent / "shared/data/raw")
    parser.add_argument(
        "--reference", type=Path, default=None, help="kad-domain.md (default: RAW/../../reference)"
    )
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    if not (args.raw / "stats/PROVENANCE.md").is_file():
        print(
            f"build: raw data not found at {args.raw} (expected stats/PROVENANCE.md)",
            file=sys.stderr,
        )
        return 2
    reference = args.reference or args.raw.parent.parent / "reference/kad-domain.md"
    build(args.raw.resolve(), args.out, reference)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
