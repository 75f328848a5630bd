"""JupyterLab in a real browser: the lesson list, and notebook 03's scoring panel driven by hand."""

from __future__ import annotations

import os
import shutil
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab with `make lab`'s settings on a copy of the lessons (so the checkout stays untouched)."""
    root = tmp_path_factory.mktemp("kit")
    shutil.copytree(
        ROOT / "notebooks",
        root / "notebooks",
        ignore=shutil.ignore_patterns("hasil", ".ipynb_checkpoints"),
    )
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "KADLIB_RESULTS": str(root / "hasil"),
        "JUPYTER_RUNTIME_DIR": str(root / "rt"),
        "JUPYTER_CONFIG_DIR": str(root / "cfg"),
    }
    make = subprocess.run(["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True).stdout
    flags = next(line for line in make.splitlines() if "jupyter lab" in line).split(
        "00_pengantar.ipynb", 1
    )[1]
    import shlex

    args = [a for a in shlex.split(flags) if not a.startswith("--ServerApp.root_dir")]
    cmd = [
        str(Path(sys.executable).parent / "jupyter"),
        "lab",
        "--no-browser",
        f"--port={port}",
        "--ip=127.0.0.1",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        f"--ServerApp.root_dir={root}",
        *args,
    ]
    proc = subprocess.Popen(
        cmd,
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read().decode()[-3000:]) from None
                if time.monotonic() > deadline:
                    raise AssertionError("JupyterLab did not answer within 120 s") from None
                time.sleep(0.5)
        yield {"url": f"http://127.0.0.1:{port}", "root": root}
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


@pytest.mark.slow
def test_scoring_panel_in_jupyterlab(lab, new_page, tmp_path):
    page, guard = new_page(viewport=PROJECTOR)
    page.goto(f"{lab['url']}/lab/tree/notebooks/03_penilaian_sektor.ipynb")
    page.locator(".jp-Notebook").first.wait_for(timeout=120_000)
    try:  # the status bar says when the kernel is connected and idle
        page.get_by_text("Python 3 (ipykernel) | Idle", exact=False).first.wait_for(timeout=90_000)
        page.wait_for_timeout(1000)
    except Exception:
        pass
    panel = page.locator(".kad-table").first
    for attempt in range(3):  # the first "Run All" can land before the kernel is ready: try again
        for dialog in page.locator(
            ".jp-Dialog .jp-mod-accept"
        ).all():  # e.g. a kernel choice: take the default
            dialog.click()
        page.get_by_role("menuitem", name="Run", exact=True).click(timeout=60_000)
        page.get_by_text("Run All Cells", exact=True).click(timeout=60_000)
        try:
            panel.wait_for(timeout=75_000)
            break
        except Exception:
            page.screenshot(path=str(tmp_path / f"lab_timeout_{attempt}.png"), full_page=True)
            if os.environ.get("KAD_DEBUG"):
                shutil.copy(tmp_path / f"lab_timeout_{attempt}.png", os.environ["KAD_DEBUG"])
            if attempt == 2:
                raise
            page.keyboard.press("Escape")
    panel.scroll_into_view_if_needed()
    text = page.locator(".jp-OutputArea-output", has=page.locator(".kad-table")).first.inner_text()
    assert "Peluang tiap peringkat" in text and "Syarat tetangga" in text
    for raw in ("passes_gate", "rank_eligible", "gate_reason", "<NA>", "True", "False"):
        assert raw not in text
    widget = page.locator(".widget-vbox", has=page.locator(".kad-table")).last
    assert (
        "SAW (Simple Additive Weighting)" in widget.inner_text()
        and "Kebutuhan tinggi dan mendesak" in widget.inner_text()
    )
    box = widget.locator(".widget-text input").nth(4)
    box.fill("100")
    box.press("Enter")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.kad-table tbody tr:first-child')].some(r => r.innerText.includes('Pariwisata'))",
        timeout=30_000,
    )
    page.screenshot(path=str(tmp_path / "lab_scoring.png"))
    if os.environ.get("KAD_DEBUG"):
        shutil.copy(
            tmp_path / "lab_scoring.png", os.environ["KAD_DEBUG"]
        )  # KAD_DEBUG=<folder> keeps the shots
    assert guard.blocked == []


@pytest.mark.slow
def test_lesson_list_has_no_markdown_twins(lab, new_page):
    page, guard = new_page(viewport=PROJECTOR)
    page.goto(f"{lab['url']}/lab/tree/notebooks")
    page.locator(".jp-DirListing-itemText").first.wait_for(timeout=120_000)
    page.get_by_text("00_pengantar.ipynb", exact=True).first.wait_for(timeout=60_000)
    names = page.locator(".jp-DirListing-itemText").all_inner_texts()
    assert "03_penilaian_sektor.ipynb" in names and "workshop" in names
    assert not [n for n in names if n.endswith(".md") and n[:2].isdigit()], names
    assert guard.blocked == []
