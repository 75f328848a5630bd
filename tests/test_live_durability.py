"""Durability: kill -9 the live server during a load of concurrent submissions; nothing acknowledged is lost."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from kadlib import store as store_mod

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def serve(folder):
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kadlib.live",
            "--session",
            "tahan-banting",
            "--group",
            "Kartamantul",
            "--folder",
            str(folder),
            "--host",
            "127.0.0.1",
            "--no-gate",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith("READY"):
            return proc, f"http://127.0.0.1:{int(line.split()[1])}"
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError("the live server did not start")


def csrf_of(text):
    return re.search(r'name="csrf" value="([^"]+)"', text).group(1)


@pytest.mark.slow
def test_kill_9_mid_load_loses_no_acknowledged_entry(tmp_path):
    st = store_mod.open_session("tahan-banting", folder=tmp_path, group="kartamantul")
    for step in store_mod.STEPS:
        st.open_step(step)
    factors = [f["id"] for f in st.config["factors"]]
    proc, base = serve(tmp_path)
    acked: dict[int, tuple[str, int]] = {}  # submission id -> (participant, value sent)
    cookies = {}
    lock = threading.Lock()
    stop = threading.Event()

    def participant(k):
        with httpx.Client(base_url=base, timeout=10.0) as c:
            token = csrf_of(c.get("/gabung").text)
            r = c.post(
                "/gabung",
                data={
                    "csrf": token,
                    "name": f"Peserta {k}",
                    "region": "3471",
                    "code": st.join_code,
                },
            )
            pid = r.headers["x-kad-participant"]
            with lock:
                cookies[pid] = dict(c.cookies)
            n = 0
            while not stop.is_set():
                value = 1 + (n + k) % 5
                data = {
                    "csrf": token,
                    **{
                        f"r|{f}|{m}": str(value)
                        for f in factors
                        for m in ("importance", "condition")
                    },
                }
                try:
                    r = c.post("/langkah/factors", data=data)
                except httpx.HTTPError:
                    return  # the server was killed mid-request: not acknowledged
                if r.status_code == 303:
                    with lock:
                        acked[int(r.headers["x-kad-submission"])] = (pid, value)
                n += 1
                time.sleep(0.35)  # a person on a phone (and under the per-browser rate limit)

    threads = [threading.Thread(target=participant, args=(k,)) for k in range(24)]
    for th in threads:
        th.start()
    deadline = time.monotonic() + 60
    while len(acked) < 120 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # mid-load: requests are in flight
    proc.wait()
    stop.set()
    for th in threads:
        th.join()
    assert len(acked) >= 120

    proc2, base2 = serve(tmp_path)  # restart on the same store
    try:
        assert st.integrity_check() == "ok"
        stored = st.submission_ids()
        assert set(acked) <= stored  # every acknowledged submission is there
        history = st.history()
        for sid, (pid, value) in acked.items():
            rows = history[history["submission"] == sid]
            assert (
                set(rows["participant"]) == {pid}
                and set(rows["value"]) == {value}
                and len(rows) == 2 * len(factors)
            )
        # the participants' phones still work after the restart: their cookie is restored with the store
        pid, jar = next(iter(cookies.items()))
        with httpx.Client(base_url=base2, cookies=jar, timeout=10.0) as c:
            page = c.get("/langkah/factors")
            assert page.status_code == 200 and "Peserta" in page.text
            data = {
                "csrf": csrf_of(page.text),
                **{f"r|{f}|{m}": "3" for f in factors for m in ("importance", "condition")},
            }
            assert c.post("/langkah/factors", data=data).status_code == 303
        assert set(st.ratings().query("participant == @pid")["value"]) == {3}
    finally:
        proc2.send_signal(signal.SIGTERM)
        proc2.wait(timeout=20)
        st.close()
