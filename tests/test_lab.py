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
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt"), "JUPYTER_CONFIG_DIR": str(tmp_path / "cfg")}
    args = f"--no-browser --port={port} --ip=127.0.0.1 --IdentityProvider.token= --ServerApp.password="
    proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                # `make lab` opens notebooks/00_pengantar.ipynb, so notebooks/ is the server's root.
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/", timeout=2) as r:
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
        names = {item["name"] for item in listing["content"]}
        assert "00_pengantar.ipynb" in names
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/lab/tree/00_pengantar.ipynb", timeout=5) as r:
            assert r.status == 200 and b"JupyterLab" in r.read()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/lab/api/news", timeout=5) as r:
            assert json.load(r)["news"] == []  # offline venue: no news feed is fetched
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
