"""Paper in a real browser: the facilitator downloads the note taker's XLSX and uploads it filled;
the printed A4 sheets render on one page width each.

Set ``KAD_SCREENSHOTS=<folder>`` to keep the screenshots for a look.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import PHONE, PROJECTOR
from openpyxl import load_workbook

from kadlib import live, worksheets

A4 = {"width": 794, "height": 1123}  # A4 at 96 dpi


@pytest.fixture
def session(tmp_path):
    s = live.start(
        "kertas-peramban",
        group="kartamantul",
        host="127.0.0.1",
        folder=tmp_path / "lokakarya",
        gate=None,
        draws=50,
        quiet=True,
    )
    s.store.add_participant("Ani", "3471")
    yield s
    s.stop()
    s.store.close()


def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("KAD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_facilitator_downloads_fills_and_uploads_the_paper_workbook(new_page, session, tmp_path):
    page, guard = new_page(viewport=PROJECTOR)
    page.goto(session.facilitator_url)
    page.get_by_role("link", name="Lembar kertas (lokakarya tanpa ponsel)").click()
    assert page.url.endswith("/fasilitator/kertas")
    with page.expect_download() as info:
        page.get_by_role("link", name="Unduh berkas notulis (XLSX)").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.name == "kertas-peramban_isian-kertas.xlsx"
    wb = load_workbook(path)  # the note taker types Ani's first two factors and a paper-only person
    ws = wb["Faktor"]
    assert ws["C5"].value == "Ani"
    ws["C7"], ws["D7"], ws["C8"] = 5, "4", 3
    ws["C25"], ws["E25"], ws["C27"] = "Dewi", "Bantul", 2
    wb.save(path)
    page.set_input_files("#berkas", str(path))
    page.get_by_role("button", name="Masukkan ke sesi").click()
    text = page.inner_text("main")
    assert "2 blok disimpan, 0 sudah pernah dimasukkan" in text and "Dewi" in text
    page.screenshot(path=str(shots(tmp_path) / "kertas-unggah-proyektor.png"), full_page=True)
    ratings = session.store.ratings()
    assert sorted(ratings["value"].tolist()) == [2, 3, 4, 5]
    assert set(session.store.participants()["channel"]) == {"notebook", "paper"}
    # a wrong value: the page says where, nothing is stored
    ws["D8"] = 8
    wb.save(path)
    page.set_input_files("#berkas", str(path))
    page.get_by_role("button", name="Masukkan ke sesi").click()
    assert "baris 8, kolom 'D', nilai 8: nilai di luar skala" in page.inner_text("main")
    assert len(session.store.ratings()) == 4
    assert guard.blocked == []
    phone, guard2 = new_page(viewport=PHONE)
    phone.goto(session.facilitator_url)
    phone.goto(session.base_url + "/fasilitator/kertas")
    phone.screenshot(path=str(shots(tmp_path) / "kertas-unggah-ponsel.png"), full_page=True)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width  # no sideways scrolling on a phone
    assert guard2.blocked == []


def test_printed_sheets_fit_the_a4_width(new_page, session, tmp_path):
    session.store.add_participant("Bayu Setiawan", "3404")
    paths = worksheets.session_sheets(session.store, folder=tmp_path, when="2026-11-22")
    page, guard = new_page(viewport=A4)
    for path in paths[:4]:
        page.set_content(
            path.read_text(encoding="utf-8")
        )  # one self-contained file: no request at all
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= A4["width"], (path.name, width)
        page.screenshot(path=str(shots(tmp_path) / f"a4-{path.stem.split('_')[-1]}.png"))
    assert guard.blocked == []
