"""A room of 50 phones at once: is every submission acknowledged fast, and does the projector keep up?

Case: the live server (``python -m kadlib.live``) in its own process on loopback; 50 participants
join at once and submit the whole SKAD input concurrently — 17 factors x 2, 5 fields x 5
criteria, weights (every 4th by AHP, the others 100 points), vision and activities — each POST
timed until its acknowledgement (303 after the commit).  Then the facilitator's panel is fetched
after every batch of changes (cold: the summary is recomputed) and again unchanged (cached).
Targets: p95 submit < 100 ms, projector refresh < 200 ms, server RSS < 150 MB.
Run: `make bench` or `python benchmarks/bench_live.py`.
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
N, TARGET_P95, TARGET_REFRESH, TARGET_RSS = 50, 100.0, 200.0, 150.0


def csrf_of(text):
    return re.search(r'name="csrf" value="([^"]+)"', text).group(1)


def forms(config, k):
    crit = [c["id"] for c in config["criteria"]]
    yield (
        "factors",
        {
            f"r|{f['id']}|{m}": str(1 + (i + k + j) % 5)
            for i, f in enumerate(config["factors"])
            for j, m in enumerate(("importance", "condition"))
        },
    )
    yield (
        "fields",
        {
            f"s|{f['id']}|{c}": str(1 + (i * 2 + j + k) % 5)
            for i, f in enumerate(config["fields"])
            for j, c in enumerate(crit)
        },
    )
    if k % 4 == 0:
        pairs = [(a, b) for i, a in enumerate(crit) for b in crit[i + 1 :]]
        yield (
            "weights",
            {
                "mode": "ahp",
                **{
                    f"a|{a}|{b}": ["1", "2", "3", "1/2"][(i + k) % 4]
                    for i, (a, b) in enumerate(pairs)
                },
            },
        )
    else:
        pts = [20 + k % 5, 20, 20, 20, 20 - k % 5]
        yield (
            "weights",
            {"mode": "points", **{f"p|{c}": str(v) for c, v in zip(crit, pts, strict=True)}},
        )
    yield (
        "vision",
        {
            "v|_vision": "1",
            "c|_vision": f"usul {k}",
            **{f"v|{a['id']}": "1" for a in config["activities"][: k % 3]},
        },
    )


async def participant(base, code, config, k, latencies, think=0.0, tag=""):  # noqa: PLR0913
    import random

    pause = random.Random(k)
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as c:
        token = csrf_of((await c.get("/gabung")).text)
        t0 = time.perf_counter()
        r = await c.post(
            "/gabung",
            data={
                "csrf": token,
                "name": f"Peserta {tag}{k}",
                "region": "3471",
                "role": "x",
                "code": code,
            },
        )
        latencies.append(("join", (time.perf_counter() - t0) * 1000))
        assert r.status_code == 303, r.text[:200]
        for step, data in forms(config, k):
            if think:
                await asyncio.sleep(
                    pause.uniform(0, think)
                )  # people do not all press "Simpan" in the same millisecond
            t0 = time.perf_counter()
            r = await c.post(f"/langkah/{step}", data={"csrf": token, **data})
            latencies.append((step, (time.perf_counter() - t0) * 1000))
            assert r.status_code == 303, (step, r.status_code, r.text[:300])
            latencies.append(("server:" + step, float(r.headers["server-timing"].split("dur=")[1])))


def main():
    folder = Path(tempfile.mkdtemp(prefix="kad-bench-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kadlib.live",
            "--session",
            "bench",
            "--group",
            "kartamantul",
            "--folder",
            str(folder),
            "--host",
            "127.0.0.1",
            "--open",
            "factors,fields,weights,vision",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = ""
        while not line.startswith("READY"):
            line = proc.stdout.readline()
            if not line:
                raise SystemExit("the live server did not start")
        base = f"http://127.0.0.1:{int(line.split()[1])}"
        from kadlib import store

        st = store.open_session("bench", folder=folder)
        time.sleep(6)  # the neighbour rule is computed once, by a child process, at start
        fac_key = st.new_facilitator_key()
        server = psutil.Process(proc.pid)
        results = {}
        for label, prefix, think in (
            ("burst: all 50 press at the same instant", "a", 0.0),
            ("spread: each waits 0-3 s before each step", "b", 3.0),
        ):
            latencies: list = []
            cpu0 = sum(server.cpu_times()[:2])

            async def run(prefix=prefix, think=think, latencies=latencies):
                await asyncio.gather(
                    *(
                        participant(base, st.join_code, st.config, k, latencies, think, prefix)
                        for k in range(N)
                    )
                )

            t0, c0 = time.perf_counter(), time.process_time()
            asyncio.run(run())
            wall, client = time.perf_counter() - t0, time.process_time() - c0
            cpu = sum(server.cpu_times()[:2]) - cpu0
            submits = sorted(
                ms for step, ms in latencies if step != "join" and not step.startswith("server:")
            )
            inside = sorted(ms for step, ms in latencies if step.startswith("server:"))
            results[label] = (
                wall,
                submits,
                cpu * 1000 / (len(submits) + N),
                inside,
                client * 1000 / (len(submits) + N),
            )
        # projector refresh: cold (after a change, the summary is recomputed) and cached
        fac = httpx.Client(base_url=base, timeout=30.0)
        assert fac.get(f"/fasilitator?kunci={fac_key}").status_code in (200, 303)
        cold, warm = [], []
        probe = httpx.Client(base_url=base, timeout=30.0)
        token = csrf_of(probe.get("/gabung").text)
        probe.post(
            "/gabung", data={"csrf": token, "name": "Probe", "region": "3404", "code": st.join_code}
        )
        for k in range(7):
            probe.post(
                "/langkah/factors", data={"csrf": token, **dict(next(forms(st.config, k))[1])}
            )
            t0 = time.perf_counter()
            r = fac.get("/fasilitator/panel")
            cold.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200 and "peserta bergabung" in r.text
            t0 = time.perf_counter()
            fac.get("/fasilitator/panel")
            warm.append((time.perf_counter() - t0) * 1000)
        rss = psutil.Process(proc.pid).memory_info().rss / 2**20
        gate_shown = "memenuhi syarat tetangga" in r.text
        print(
            f"live session: {N} participants x 4 steps, twice (server: own process, loopback; "
            f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
        for label, (wall, submits, cpu_ms, inside, client_ms) in results.items():
            p50, p95 = statistics.median(submits), submits[int(0.95 * (len(submits) - 1))]
            print(
                f"  {label}: {len(submits)} submissions in {wall:.1f} s; CPU per POST: server {cpu_ms:.1f} ms, "
                f"the 50 simulated phones {client_ms:.1f} ms (same machine)"
            )
            print(
                f"    submit latency   median {p50:6.1f} ms   p95 {p95:6.1f} ms   max {submits[-1]:6.1f} ms  "
                f"(target p95 < {TARGET_P95:.0f} ms: {'ok' if p95 < TARGET_P95 else 'MISSED'})"
            )
            print(
                f"    inside the server (read, validate, commit)  median {statistics.median(inside):6.1f} ms   "
                f"p95 {inside[int(0.95 * (len(inside) - 1))]:6.1f} ms"
            )
        print(
            f"  projector panel  median {statistics.median(cold):6.1f} ms after a change, "
            f"{statistics.median(warm):6.1f} ms unchanged  "
            f"(target < {TARGET_REFRESH:.0f} ms: {'ok' if statistics.median(cold) < TARGET_REFRESH else 'MISSED'})"
        )
        print(
            f"  server RSS       {rss:6.1f} MB  (target < {TARGET_RSS:.0f} MB: {'ok' if rss < TARGET_RSS else 'MISSED'}); "
            f"neighbour rule on the screen: {'yes' if gate_shown else 'no'}"
        )
        print(
            f"  integrity_check  {st.integrity_check()}; submissions stored {len(st.submission_ids())}"
        )
    finally:
        proc.terminate()
        proc.wait(timeout=20)


if __name__ == "__main__":
    main()
