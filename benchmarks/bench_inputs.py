"""Analysis inputs that used to take minutes or gigabytes (issue 13): are they bounded now?

1. AHP on a 30 x 30 matrix (the cap, ``scoring.AHP_MAX_N``): the random index comes from the
   stored table (kadlib/_ri_table.py), never simulated at call time.  Before: 3.6 s.
   Target: median < 50 ms.
2. AHP on a 100 x 100 matrix: refused with a KadDataError (above the cap) before any
   eigenvalue is computed.  Before: 255 s.  Target: median < 50 ms.
3. ``robustness_mc`` with 500 sectors x 10 criteria and 100,000 TOPSIS draws, scored in
   chunks (``scoring.MC_CHUNK_ELEMENTS``).  Before: 8.7 GB peak.  Target: peak < 300 MB
   above the interpreter's baseline.  Run once in a fresh process (peak RSS from
   ``resource.getrusage``; numpy's own allocations from ``tracemalloc``).
Run: `make bench` or `python benchmarks/bench_inputs.py`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

import numpy as np

from kadlib import KadDataError
from kadlib import scoring as sc

REPEAT, AHP_TARGET, MEMORY_TARGET_MB = 7, 0.050, 300

MC_CHILD = r"""
import json, resource, time, tracemalloc
import numpy as np, pandas as pd
from kadlib import scoring as sc
rng = np.random.default_rng(0)
x = rng.integers(1, 6, size=(500, 10)).astype(float)
dm = sc.DecisionMatrix(pd.DataFrame(x, columns=[f"c{i}" for i in range(10)]), scale=(1, 5))
w = sc.weights_equal(dm)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
t = time.perf_counter()
r = sc.robustness_mc(dm, w, method="topsis", draws=100_000, seed=0)
elapsed = time.perf_counter() - t
peak_traced = tracemalloc.get_traced_memory()[1]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"s": elapsed, "rss_base_mb": base / 1024, "rss_peak_mb": peak / 1024,
                  "traced_peak_mb": peak_traced / 2**20, "p_sum": float(r.rank_probability.sum(axis=1).mean())}))
"""


def comparison_matrix(n, seed=0):
    rng = np.random.default_rng(seed)
    w = rng.uniform(1, 9, n)
    m = np.clip(w[:, None] / w[None, :], 1 / 9, 9)
    m[np.tril_indices(n, -1)] = 1 / m.T[np.tril_indices(n, -1)]
    return m


def median_ms(fn):
    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def refused(m):
    try:
        sc.ahp(m)
    except KadDataError:
        return
    raise AssertionError("a matrix above the cap was accepted")


def main():
    import warnings

    m30, m100 = comparison_matrix(30), comparison_matrix(100)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Saaty's table stops at n = 15"
        t30 = median_ms(lambda: sc.ahp(m30))
    t100 = median_ms(lambda: refused(m100))
    print(
        f"ahp 30x30 (stored random index)     median {t30:8.2f} ms  (target < {AHP_TARGET * 1000:.0f} ms; before 3600 ms)"
    )
    print(
        f"ahp 100x100 (refused: n > {sc.AHP_MAX_N})        median {t100:8.2f} ms  (target < {AHP_TARGET * 1000:.0f} ms; before 255 s)"
    )
    out = subprocess.run(
        [sys.executable, "-c", MC_CHILD], capture_output=True, text=True, check=True
    ).stdout
    mc = json.loads(out)
    extra = mc["rss_peak_mb"] - mc["rss_base_mb"]
    print(
        f"robustness_mc 500x10, 100k TOPSIS   {mc['s'] * 1000:8.0f} ms, peak RSS +{extra:.0f} MB "
        f"(numpy peak {mc['traced_peak_mb']:.0f} MB; target < {MEMORY_TARGET_MB} MB; before 8.7 GB)"
    )
    ok = (
        max(t30, t100) < AHP_TARGET * 1000
        and extra < MEMORY_TARGET_MB
        and abs(mc["p_sum"] - 1) < 1e-9
    )
    print("OK" if ok else "SLOWER OR LARGER THAN THE TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
