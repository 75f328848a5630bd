"""End to end in a real browser: how long does the projector dashboard take to answer a click?

Starts the dashboard (`python -m kadlib.dashboard`, Voilà on loopback), opens it in Debian's
Chromium at 1366×768 and waits until it has loaded (the page shows the dashboard and the kernel has
warmed every slow part: the hidden ``kad-ready`` marker).  Then, timed inside the page from the click
until the new content is in the page text (kernel round trip + the step's widgets + layout):

* every step's first visit (steps 2–7, then back to 1), in Indonesian;
* step changes after that (``ROUNDS`` walks through the seven steps);
* the language switch (on steps 3 and 5, both ways) and the first visit of every step in English;
* a new field on the map (step 6) and a new view of the baseline (step 2).

Medians in milliseconds.  Target (issue 11): well under 100 ms.  Needs Playwright and
/usr/bin/chromium; says so and exits 0 without them.
Run: `make bench` or `python benchmarks/bench_dashboard_browser.py`.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ROUNDS = 5
SWITCHES = 6
STEPS = ("open", "baseline", "factors", "weights", "scoring", "map", "agreement")
#: Text each step's body shows (not in the header or the step bar), per language.
MARKERS = {
    "id": {
        "open": "Peserta per daerah",
        "baseline": "Pangsa terhadap PDRB",
        "factors": "penilai)",
        "weights": "Rasio konsistensi",
        "scoring": "Peluang tiap peringkat",
        "map": "Hijau tua",
        "agreement": "Tiga bidang teratas",
    },
    "en": {
        "open": "Participants by region",
        "baseline": "Share of GRDP",
        "factors": "raters)",
        "weights": "Consistency ratio",
        "scoring": "Probability of each rank",
        "map": "Dark green",
        "agreement": "top three eligible",
    },
}
LANGUAGE_BUTTON = {"id": "Bahasa Indonesia", "en": "English"}

#: Click an element, resolve with the milliseconds until ``marker`` is in the page text.
CLICK_UNTIL = """async ([selector, index, text, marker]) => {
  const candidates = [...document.querySelectorAll(selector)];
  const target = text === null ? candidates[index] : candidates.find(b => b.textContent.trim() === text);
  const shown = () => document.body.innerText.includes(marker);
  const t0 = performance.now();
  target.click();
  await new Promise((resolve) => {
    if (shown()) return resolve();
    const watch = new MutationObserver(() => { if (shown()) { watch.disconnect(); resolve(); } });
    watch.observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true});
  });
  return performance.now() - t0;
}"""

#: Pick an option of the first visible <select>, resolve with the milliseconds until the image changes.
SELECT_UNTIL = """async (value) => {
  const select = [...document.querySelectorAll('select')].find(s => s.offsetParent !== null);
  const image = [...document.querySelectorAll('img')].find(i => i.offsetParent !== null);
  const before = image.src;
  const t0 = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await new Promise((resolve) => {
    const check = () => {
      const now = [...document.querySelectorAll('img')].find(i => i.offsetParent !== null);
      if (now && now.src !== before && now.complete) return resolve();
      requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - t0;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(port):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KADLIB_RESULTS": tempfile.mkdtemp(),
        "MPLBACKEND": "Agg",
        "JUPYTER_RUNTIME_DIR": tempfile.mkdtemp(),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "kadlib.dashboard", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def measure(page) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {}

    def step(name, lang, label):
        ms = page.evaluate(
            CLICK_UNTIL, [".kad-steps button", STEPS.index(name), None, MARKERS[lang][name]]
        )
        times.setdefault(label, []).append(ms)
        page.wait_for_timeout(150)  # the room looks before the next click

    def switch(lang, on):
        ms = page.evaluate(CLICK_UNTIL, ["button", 0, LANGUAGE_BUTTON[lang], MARKERS[lang][on]])
        times.setdefault("language switch (steps 3 and 5, both ways)", []).append(ms)
        page.wait_for_timeout(150)

    for name in (*STEPS[1:], "open"):
        step(name, "id", "first visit of a step (Indonesian)")
    for _ in range(ROUNDS):
        for name in (*STEPS[1:], "open"):
            step(name, "id", "step change, visited before")
    step("factors", "id", "step change, visited before")
    for i in range(SWITCHES):  # the first switch to English builds that language's step
        on = "factors" if i < SWITCHES // 2 else "scoring"
        if i == SWITCHES // 2:
            step("scoring", "id", "step change, visited before")
        switch("en", on)
        switch("id", on)
    switch("en", "scoring")
    for name in (*STEPS[1:], "open"):
        if name != "scoring":
            step(name, "en", "first visit of a step after the switch (English)")
    step("map", "en", "step change, visited before")
    fields = page.evaluate(
        "() => [...[...document.querySelectorAll('select')].find(s => s.offsetParent).options]"
        ".map(o => o.value)"
    )
    for i in range(2 * len(fields)):
        times.setdefault("map: another field (step 6)", []).append(
            page.evaluate(SELECT_UNTIL, fields[(i + 1) % len(fields)])
        )
        page.wait_for_timeout(100)
    step("baseline", "en", "step change, visited before")
    views = ("Specialisation (LQ)", "Leading sectors", "Shift-share", "Economic structure")
    markers = ("LQ (> 1", "before COVID", "Shift-share Cilacap", "Share of GRDP")
    for _ in range(3):
        for view, marker in zip(views, markers, strict=True):
            times.setdefault("baseline: another view (step 2)", []).append(
                page.evaluate(CLICK_UNTIL, ["button", 0, view, marker])
            )
            page.wait_for_timeout(100)
    return times


def main() -> int:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipped: the Python package 'playwright' is not installed")
        return 0
    if not CHROMIUM.exists():
        print(f"skipped: no browser at {CHROMIUM}")
        return 0
    port = free_port()
    proc = start(port)
    try:
        url = f"http://127.0.0.1:{port}/"
        t0 = time.monotonic()
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).close()
                break
            except OSError:
                if time.monotonic() - t0 > 120 or proc.poll() is not None:
                    print("the dashboard did not start")
                    return 1
                time.sleep(0.5)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.route(
                "**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort()
            )
            page.goto(url)
            page.wait_for_selector(".kad-title", timeout=120_000)
            shown = time.monotonic() - t0
            page.wait_for_selector(".kad-ready", state="attached", timeout=300_000)
            ready = time.monotonic() - t0
            times = measure(page)
            browser.close()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
    print(f"dashboard on screen after {shown:.1f} s; every slow part warmed after {ready:.1f} s")
    print(
        f"{'what (browser, 1366×768, click -> new content in the page)':<62}{'n':>4}"
        f"{'median ms':>11}{'max ms':>9}"
    )
    for name, values in times.items():
        print(f"{name:<62}{len(values):>4}{statistics.median(values):>11.1f}{max(values):>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
