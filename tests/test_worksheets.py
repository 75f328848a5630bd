"""Printable worksheets and the berita acara: complete, escaped, numbers as numbers, no formulas."""

from __future__ import annotations

import hashlib
import re
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook
from test_scenario import HOSTILE, make, workshop  # noqa: F401  (the fixture)

import kadlib
from kadlib import worksheets
from kadlib import workshop as ws
from kadlib._paths import data_dir


@pytest.fixture(scope="module")
def room():
    session = ws.Session(
        data_dir() / "examples" / "lokakarya_contoh_faktor", "CONTOH-barlingmascakeb-faktor"
    )
    ratings = session.ratings()
    consensus = {"Tingkat kepentingan": ws.consensus(ratings, "importance")[1]}
    return session.participants(), consensus


def scenario(workshop):  # noqa: F811
    s = make(workshop)
    s.focus_activities = [
        {
            "name": "Pasar lelang bergilir",
            "sector": "pertanian",
            "timeframe": "2027–2029",
            "lead": "Bappeda Banyumas",
        },
        {"name": "Katalog bersama", "sector": "perdagangan"},
    ]
    return s


def test_worksheets_have_one_named_page_per_participant_and_every_item(room, tmp_path):
    participants, _ = room
    fields = {"pertanian": "Agribisnis", "pariwisata": "Pariwisata <terpadu>"}
    paths = worksheets.write_worksheets(
        fields, session="Sesi Uji", participants=participants, folder=tmp_path, when="2026-11-22"
    )
    assert [p.name for p in paths] == [
        f"2026-11-22_sesi-uji_lembar-{k}.html" for k in ("faktor", "bidang", "ahp", "visi")
    ]
    factor = paths[0].read_text()
    assert factor.count("class='sheet'") == len(participants) == 6
    assert "Peserta Contoh 2" in factor and "Banyumas" in factor and "@page { size: A4" in factor
    for name in kadlib.load_success_factors()["label_id"]:
        assert name in factor
    field = paths[1].read_text()
    assert "Pariwisata &lt;terpadu&gt;" in field and "<terpadu>" not in field
    assert (
        "Kebutuhan tinggi dan mendesak" in field and "Melibatkan ≥ 2" not in field
    )  # the map decides that one
    ahp = paths[2].read_text()
    assert ahp.count("<tr><td class='left'>") == 10  # 5 criteria: 5·4/2 pairs
    assert "<script" not in "".join(p.read_text() for p in paths) and "http" not in factor


def test_berita_acara_html_has_every_part_escaped(workshop, room):  # noqa: F811
    participants, consensus = room
    s = scenario(workshop)
    s.vision = HOSTILE[0]
    text = worksheets.berita_acara_html(s, participants=participants, consensus=consensus)
    for part in (
        "BERITA ACARA",
        "Peserta per daerah",
        "Bidang dan kegiatan yang disepakati",
        "Jangka waktu",
        "Prioritas",
        "Bobot kriteria dan konsistensi",
        "Rasio konsistensi",
        "Konsensus peserta",
        "Versi data yang dipakai",
        "Tanda tangan",
        "Wakil Kebumen",
        "Permendagri 22/2020",
        "2027–2029",
        "(belum disepakati)",
    ):
        assert part in text, part
    assert "<script>" not in text and "&lt;script&gt;" in text
    banyumas = re.search(r"<td>Banyumas</td><td>(\d+)</td>", text)
    assert banyumas and int(banyumas.group(1)) == int((participants["region"] == "3302").sum()) == 2


def test_berita_acara_xlsx_has_numeric_cells_and_no_formulas(workshop, room, tmp_path):  # noqa: F811
    participants, consensus = room
    s = scenario(workshop)
    s.actors = [{"name": h, "region": "3302", "role": h} for h in HOSTILE]
    s.focus_activities[1]["name"] = HOSTILE[1]  # '=HYPERLINK(...)' typed by a participant
    path = worksheets.berita_acara_xlsx(
        s, tmp_path / "ba.xlsx", participants=participants, consensus=consensus
    )
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    assert "<f>" not in xml and "<f " not in xml
    wb = load_workbook(path)
    weights = wb["Bobot"]
    values = [weights.cell(row=r, column=2).value for r in range(3, 8)]
    assert all(isinstance(v, float) for v in values) and sum(values) == pytest.approx(1.0)
    cr = next(
        r for r in weights.iter_rows(min_row=3) if str(r[0].value).startswith("Rasio konsistensi")
    )[1]
    assert isinstance(cr.value, float) and cr.value == pytest.approx(s.ahp["cr"])
    agreed = wb["Kesepakatan"]
    assert isinstance(agreed.cell(row=3, column=8).value, float)  # score
    assert (
        agreed.cell(row=3, column=7).value == 2
        and agreed.cell(row=4, column=2).value == "Pemasaran bersama produk lokal"
    )
    typed = agreed.cell(row=4, column=3)
    assert typed.value == HOSTILE[1] and typed.data_type == "s"
    people = wb["Peserta"]
    counts = [people.cell(row=r, column=2).value for r in range(3, people.max_row + 1)]
    assert all(isinstance(c, int) for c in counts) and counts[-1] == 6
    w = wb["Konsensus"].cell(row=3, column=2).value
    assert isinstance(w, float) and w == pytest.approx(consensus["Tingkat kepentingan"]["w"])


def test_data_versions_are_the_hashes_of_the_bundled_files():
    versions = {d["file"]: d for d in worksheets.data_versions()}
    assert "baseline.csv" in versions and all(d["registered"] for d in versions.values())
    digest = hashlib.sha256((data_dir() / "baseline.csv").read_bytes()).hexdigest()
    assert versions["baseline.csv"]["sha256"] == digest


def test_berita_acara_in_english(workshop):  # noqa: F811
    text = worksheets.berita_acara_html(
        scenario(workshop),
        lang="en",
        participants=pd.DataFrame({"name": ["A"], "region": ["3301"]}),
    )
    assert "MINUTES" in text and "Signatures" in text and "Representative of Cilacap" in text
    assert "Peserta" not in text
