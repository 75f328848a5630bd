"""The projector dashboard in a real browser: served by Voilà from the kit, offline, no code on screen.

Starts ``python -m kadlib.dashboard`` (what ``make dashboard`` runs) on a free loopback port, opens it
in Debian's Chromium at 1366×768 and walks the day: every step, a weight typed into a number box,
the language switch, the berita acara written to the results folder.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import PROJECTOR

ROOT = Path(__file__).resolve().parent.parent
RAW_NAMES = (
    "passes_gate",
    "rank_eligible",
    "gate_reason",
    "region_code",
    "sector_code",
    "True",
    "False",
    "<NA>",
    "NaN",
    "nan",
    "Traceback",
    "import ",
    "dashboard.app",
)
STEPS = [
    "1. Pembukaan",
    "2. Baseline",
    "3. Faktor kunci sukses",
    "4. Bobot kriteria",
    "5. Penilaian bidang",
    "6. Peta",
    "7. Kesepakatan",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    port, results = free_port(), tmp_path_factory.mktemp("hasil")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KADLIB_RESULTS": str(results),
        "MPLBACKEND": "Agg",
        "JUPYTER_RUNTIME_DIR": str(tmp_path_factory.mktemp("rt")),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "kadlib.dashboard", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 180  # a shared, busy machine can take that long
        while True:
            try:
                # a long read timeout: each new request of the page starts one more kernel
                with urllib.request.urlopen(url, timeout=120) as r:
                    page = r.read().decode()
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read().decode()[-3000:]) from None
                if time.monotonic() > deadline:
                    raise AssertionError("the dashboard did not answer within 180 s") from None
                time.sleep(0.5)
        yield {"url": url, "html": page, "results": results}
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def open_dashboard(new_page, url):
    page, guard = new_page(viewport=PROJECTOR)
    page.goto(url)
    page.wait_for_selector(".kad-title", timeout=120_000)
    return page, guard


def step(page, name, expect):
    page.get_by_role("button", name=name, exact=True).click()
    page.get_by_text(expect, exact=False).first.wait_for(timeout=60_000)


def visible_text(page) -> str:
    return page.inner_text("body")


@pytest.mark.slow
def test_the_page_links_nothing_off_the_machine(dashboard):
    assert "cdn.jsdelivr" not in dashboard["html"] and "cdnjs" not in dashboard["html"]
    assert "fontawesome" not in dashboard["html"].lower() or "cdn" not in dashboard["html"]


@pytest.mark.slow
def test_walk_the_day_on_a_projector(dashboard, new_page, tmp_path):
    page, guard = open_dashboard(new_page, dashboard["url"])
    expected = {
        "1. Pembukaan": "Peserta per daerah",
        "2. Baseline": "Struktur ekonomi 2019",
        "3. Faktor kunci sukses": "W Kendall",
        "4. Bobot kriteria": "Rasio konsistensi",
        "5. Penilaian bidang": "Peluang tiap peringkat",
        "6. Peta": "Hijau tua",
        "7. Kesepakatan": "Tiga bidang teratas",
    }
    for name in STEPS:
        step(page, name, expected[name])
        page.wait_for_timeout(300)
        text = visible_text(page)
        assert "Lokakarya SKAD · Barlingmascakeb" in text and "CONTOH, bukan data" in text
        for raw in RAW_NAMES:
            assert not re.search(rf"(?<!\w){re.escape(raw)}(?!\w)", text), (name, raw)
        assert page.locator(".jp-InputArea:visible").count() == 0  # no code on screen
        for img in page.locator("img:visible").all():
            box = img.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= PROJECTOR["width"] + 1, (name, box)
            assert box["y"] + box["height"] <= PROJECTOR["height"] + 24, (
                name,
                box,
            )  # a figure fits the projector
        page.screenshot(path=str(tmp_path / f"{name[0]}.png"))
    assert guard.blocked == []


@pytest.mark.slow
def test_typing_a_weight_reranks_and_the_language_switches(dashboard, new_page):
    page, guard = open_dashboard(new_page, dashboard["url"])
    step(page, "5. Penilaian bidang", "Peluang tiap peringkat")
    first = page.locator(".kad-table tbody tr").first
    assert "Pemasaran bersama produk lokal" in first.inner_text()
    box = page.locator(".widget-text input").nth(4)  # "Potensi pengembangan" (prospek)
    box.fill("100")
    box.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.kad-table tbody tr').innerText.includes('Pariwisata')",
        timeout=30_000,
    )
    assert "SAW (Simple Additive Weighting)" in visible_text(page)
    page.get_by_role("button", name="English", exact=True).click()
    # the method's name is the same in both languages: wait for a label that does change
    page.get_by_text("Field scoring").first.wait_for(timeout=60_000)
    text = visible_text(page)
    assert "Field scoring" in text and "Penilaian bidang" not in text and "Next" in text
    assert (
        "Joint tourism" in page.locator(".kad-table tbody tr").first.inner_text()
    )  # the room's weights are kept
    assert guard.blocked == []


@pytest.mark.slow
def test_the_minutes_are_written_from_the_dashboard(dashboard, new_page):
    page, guard = open_dashboard(new_page, dashboard["url"])
    step(page, "7. Kesepakatan", "Tiga bidang teratas")
    page.locator("textarea").fill("Produk lokal unggul <b>bersama</b> (uji)")
    page.locator("input[type=text]").first.fill("Katalog bersama produk lokal (uji)")
    page.locator("input[type=text]").nth(2).fill("2027–2029")
    page.locator("input[type=text]").nth(2).press("Tab")
    page.get_by_role("button", name="Buat berita acara", exact=True).click()
    page.get_by_text("Tersimpan di folder hasil", exact=False).wait_for(timeout=60_000)
    files = sorted(p.name for p in dashboard["results"].iterdir())
    assert any(f.endswith("berita-acara.html") for f in files) and any(
        f.endswith("berita-acara.xlsx") for f in files
    )
    html_file = next(
        p for p in dashboard["results"].iterdir() if p.name.endswith("berita-acara.html")
    )
    text = html_file.read_text(encoding="utf-8")
    assert "&lt;b&gt;bersama&lt;/b&gt;" in text and "Wakil Banyumas" in text
    assert "Katalog bersama produk lokal (uji)" in text and "2027–2029" in text
    assert guard.blocked == []


@pytest.mark.slow
def test_stopping_the_dashboard_command_stops_voila_too(tmp_path):
    """`kill` on `python -m kadlib.dashboard` (not its process group) must free the port: Voilà and its kernels go too."""
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MPLBACKEND": "Agg",
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "kadlib.dashboard", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, (
                    "the dashboard did not start"
                )
                time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)  # the command only, as `kill PID` does
        proc.wait(timeout=30)
        deadline = time.monotonic() + 30
        while True:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) != 0:
                    break  # nobody listens any more
            assert time.monotonic() < deadline, (
                "Voilà still listens after the dashboard command was stopped"
            )
            time.sleep(0.5)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # anything left in the group
        except ProcessLookupError:
            pass


#: Words of one language's interface that must not show in the other's view (issue 11 review).
FOREIGN = {
    "id": (
        "Previous",
        "Next",
        "Region",
        "Field",
        "Weight",
        "raters",
        "Share of GRDP",
        "EXAMPLE",
        "Loading",
        "Participants",
        "Total",
        "Criterion",
        "Programme",
        "Lead",
        "Timeframe",
        "Sector",
        "Change",
        "Leading",
        "Yes",
        "No",
        "rank",
        "the",
    ),
    "en": (
        "Sebelumnya",
        "Berikutnya",
        "Daerah",
        "Bidang",
        "Bobot",
        "penilai",
        "Pangsa",
        "CONTOH",
        "Memuat",
        "Peserta",
        "Jumlah",
        "Kriteria",
        "Penanggung jawab",
        "Jangka waktu",
        "Sektor",
        "Perubahan",
        "Ya",
        "Tidak",
        "peringkat",
        "dan",
        "yang",
    ),
}
#: A number written the other language's way: "0.46" in the Indonesian view, "0,46" in the English.
WRONG_DECIMAL = {"id": r"\d\.\d{1,2}(?!\d)", "en": r"\d,\d{1,2}(?!\d)"}
BODY = {  # text each step's body shows, per language
    "id": [
        "Peserta per daerah",
        "Pangsa terhadap PDRB",
        "penilai)",
        "Rasio konsistensi",
        "Peluang tiap peringkat",
        "Hijau tua",
        "Tiga bidang teratas",
    ],
    "en": [
        "Participants by region",
        "Share of GRDP",
        "raters)",
        "Consistency ratio",
        "Probability of each rank",
        "Dark green",
        "top three eligible",
    ],
}
VIEWS = {
    "id": [
        ("Spesialisasi (LQ)", "sektor basis"),
        ("Sektor unggulan", "sebelum COVID"),
        ("Shift-share", "Shift-share Cilacap, 2015–2019"),
    ],
    "en": [
        ("Specialisation (LQ)", "basic sector"),
        ("Leading sectors", "before COVID"),
        ("Shift-share", "Shift-share Cilacap, 2015–2019"),
    ],
}


def check_reads_right(page, lang, where):
    """Names not codes or columns, the reader's language and number format, nothing past the right edge."""
    text = visible_text(page).replace("Bahasa Indonesia", "").replace("English", "")
    for raw in RAW_NAMES:
        assert not re.search(rf"(?<!\w){re.escape(raw)}(?!\w)", text), (where, raw)
    assert not re.findall(r"(?<!\w)3[0-9]{3}(?!\w)", text), where  # a region code alone
    for word in FOREIGN[lang]:
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), (where, word)
    assert not re.findall(WRONG_DECIMAL[lang], text), (where, re.findall(WRONG_DECIMAL[lang], text))
    right = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('.kad-dash *')]"
        ".filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().right))"
    )
    assert right <= PROJECTOR["width"], (where, right)  # nothing runs past the right edge


@pytest.mark.slow
def test_every_step_reads_right_in_both_languages(dashboard, new_page, tmp_path):
    page, guard = open_dashboard(new_page, dashboard["url"])
    page.wait_for_selector(".kad-ready", state="attached", timeout=300_000)  # everything warmed
    for lang in ("id", "en"):
        if lang == "en":
            page.get_by_role("button", name="English", exact=True).click()
            page.get_by_text("top three eligible").first.wait_for(timeout=60_000)
        for i, marker in enumerate(BODY[lang]):
            page.locator(".kad-steps button").nth(i).click()
            page.get_by_text(marker, exact=False).first.wait_for(timeout=60_000)
            page.wait_for_timeout(200)
            check_reads_right(page, lang, (lang, i + 1))
            page.screenshot(path=str(tmp_path / f"{lang}{i + 1}.png"))
            if i == 1:  # the baseline's other views, shift-share (HTML now) included
                for view, shown in VIEWS[lang]:
                    page.get_by_role("button", name=view, exact=True).click()
                    page.get_by_text(shown, exact=False).first.wait_for(timeout=60_000)
                    check_reads_right(page, lang, (lang, view))
                assert page.locator(".kad-shift tbody tr").count() == 17  # every BPS sector
                page.get_by_role("button", name=BODY_VIEW0[lang], exact=True).click()
        boxes = page.locator("input[type=text] >> visible=true")  # step 7: each row its own hints
        hints = [boxes.nth(k).get_attribute("placeholder") for k in range(boxes.count())]
        assert len(hints) == 9 and len(set(hints[0::3])) == 3, hints
        assert all(h.startswith("mis. " if lang == "id" else "e.g. ") for h in hints)
        vision = page.locator("textarea").bounding_box()
        assert vision["x"] + vision["width"] <= PROJECTOR["width"] - 16  # the vision box fits
    assert guard.blocked == []


BODY_VIEW0 = {"id": "Struktur ekonomi", "en": "Economic structure"}
