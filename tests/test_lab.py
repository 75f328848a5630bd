"""`make lab` opens JupyterLab: the server it starts answers on localhost with the kit's notebooks."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_make_lab_answers_on_localhost(tmp_path):
    """Run the README's `make lab` (without a browser) and ask the server for the notebooks."""
    port = free_port()
    env = {
        **os.environ,
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg"),
    }
    args = (
        f"--no-browser --port={port} --ip=127.0.0.1 --IdentityProvider.token= --ServerApp.password="
    )
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/api/contents/", timeout=2
                ) as r:
                    listing = json.load(r)
                break
            except urllib.error.HTTPError:
                raise
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stderr.read().decode()[-3000:]) from None
                if time.monotonic() > deadline:
                    raise AssertionError("JupyterLab did not answer within 120 s") from None
                time.sleep(0.5)
        # The file browser starts at the kit's root; the lesson list shows notebooks, not their .md twins.
        assert {"notebooks", "kadlib", "README.md"} <= {item["name"] for item in listing["content"]}
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/api/contents/notebooks", timeout=5
        ) as r:
            names = {item["name"] for item in json.load(r)["content"]}
        assert {"00_pengantar.ipynb", "03_penilaian_sektor.ipynb", "workshop"} <= names
        assert not any(n.endswith(".md") and n[:2].isdigit() for n in names), names
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/lab/tree/notebooks/00_pengantar.ipynb", timeout=5
        ) as r:
            assert r.status == 200 and b"JupyterLab" in r.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/lab/api/news", timeout=5) as r:
            assert json.load(r)["news"] == []  # offline venue: no news feed is fetched
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def test_make_lab_never_reinstalls_an_existing_venv():
    """After a `git pull` pyproject.toml is newer than the install: `make lab` must still open offline."""
    newer = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "lab"], cwd=ROOT, capture_output=True, text=True
    )
    assert newer.returncode == 0, newer.stderr
    assert (
        "pip install" not in newer.stdout
        and "jupyter lab notebooks/00_pengantar.ipynb" in newer.stdout
    )
    assert "--ServerApp.root_dir=." in newer.stdout and "hide_globs" in newer.stdout
    dash = subprocess.run(
        ["make", "-n", "-W", "pyproject.toml", "dashboard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert "pip install" not in dash.stdout and "kadlib.dashboard" in dash.stdout
    forced = subprocess.run(["make", "-n", "install"], cwd=ROOT, capture_output=True, text=True)
    assert "pip install" in forced.stdout  # reinstalling is explicit


def test_running_a_lesson_leaves_the_tracked_notebook_unchanged(tmp_path):
    """Save a lesson the way JupyterLab does after "Run All": through the contents manager with the hook."""
    import shutil

    import nbformat
    from jupyter_server.services.contents.filemanager import FileContentsManager

    (tmp_path / "notebooks").mkdir()
    original = ROOT / "notebooks" / "03_penilaian_sektor.ipynb"
    shutil.copy(original, tmp_path / "notebooks" / original.name)
    cm = FileContentsManager(root_dir=str(tmp_path), pre_save_hook="kadlib._lab.pre_save_hook")
    path = f"notebooks/{original.name}"
    model = cm.get(path)
    nb = model["content"]
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":  # what running every cell leaves behind
            cell.execution_count = i
            cell.metadata["execution"] = {"iopub.status.busy": "2026-11-22T08:00:00Z"}
            cell.outputs = [nbformat.v4.new_output("stream", text=f"run {i}\n")]
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    cm.save({"type": "notebook", "format": "json", "content": nb}, path)
    assert (tmp_path / path).read_bytes() == original.read_bytes()
    exercise = next(i for i, c in enumerate(nb.cells) if "Tulis jawaban Anda di sini" in c.source)
    nb.cells[exercise].source = "jawaban = 42"
    cm.save({"type": "notebook", "format": "json", "content": nb}, path)
    saved = nbformat.read(tmp_path / path, as_version=4)
    assert saved.cells[exercise].source == "jawaban = 42" and saved.cells[exercise].outputs == []
    assert [c.source for c in saved.cells if c is not saved.cells[exercise]] == [
        c.source for i, c in enumerate(nbformat.read(original, as_version=4).cells) if i != exercise
    ]
