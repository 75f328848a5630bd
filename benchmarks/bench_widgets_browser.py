"""End to end in a real browser: how long from typing a weight to the new ranking on the projector?

Starts the dashboard (`python -m kadlib.dashboard`, Voilà on loopback), opens it in Debian's
Chromium at 1366×768, goes to step 5 (field scoring) and types a new number of points for one
criterion 15 times.  Each run is timed from the key press until the browser shows the new weight
share and the redrawn table (kernel round trip + re-score + 2000-draw robustness + HTML + layout).
Median in milliseconds.  Target (issue 11): < 100 ms for the scoring itself; the browser round trip
is reported beside it.  Needs Playwright and /usr/bin/chromium; says so and exits 0 without them.
Run: `make bench` or `python benchmarks/bench_widgets_browser.py`.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
REPEAT = 15


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipped: the Python package 'playwright' is not installed")
        return 0
    if not CHROMIUM.exists():
        print(f"skipped: no browser at {CHROMIUM}")
        return 0
    import tempfile

    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KADLIB_RESULTS": tempfile.mkdtemp(),
        "MPLBACKEND": "Agg",
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
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
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
            page.get_by_role("button", name="5. Penilaian bidang", exact=True).click()
            page.wait_for_selector(".kad-table", timeout=60_000)
            box = page.locator("input[type=number]").nth(4)
            times = []
            for i in range(REPEAT):
                value = 20 + 5 * (i % 8)
                before = page.inner_text(".kad-table")
                box.fill(str(value))
                t = time.perf_counter()
                box.press("Enter")
                page.wait_for_function(
                    "(old) => document.querySelector('.kad-table').innerText !== old",
                    arg=before,
                    timeout=30_000,
                )
                times.append(time.perf_counter() - t)
            browser.close()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
    ms = 1000 * statistics.median(times)
    print(f"{'what':<58}{'median ms':>10}")
    print(f"{'browser: type a weight -> new ranking table on screen':<58}{ms:>10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
