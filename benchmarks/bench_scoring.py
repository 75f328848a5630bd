"""Is a re-score with robustness instant? And how does it compare with the peer libraries?

Case: 17 sectors x 6 criteria (scores 1-5, one criterion to minimise), TOPSIS.
1. kadlib: one re-score + a 2,000-draw Monte Carlo robustness (Dirichlet weights), vectorised.
   Target: median < 50 ms.
2. The same robustness done by calling pymcdm's TOPSIS once per draw, and scikit-criteria's
   pipeline (VectorScaler + TOPSIS) once per draw.  Rank probabilities must be identical;
   target: kadlib >= 20x faster than the faster peer.
Run: `make bench` or `python benchmarks/bench_scoring.py`.  The peers come with `.[bench]`.
"""

from __future__ import annotations

import statistics
import time
import warnings

import numpy as np
import pandas as pd

from kadlib import scoring as sc

DRAWS, REPEAT, TARGET, SPEEDUP = 2000, 15, 0.050, 20.0


def case():
    rng = np.random.default_rng(17)
    x = rng.integers(1, 6, size=(17, 6)).astype(float)
    crit = ["kebutuhan", "potensi", "prinsip", "champion", "prospek", "biaya"]
    dm = sc.DecisionMatrix(
        pd.DataFrame(x, columns=crit, index=[f"S{i:02d}" for i in range(17)]),
        objectives={"biaya": "min"},
        scale=(1, 5),
    )
    w = pd.Series([0.3, 0.2, 0.15, 0.15, 0.1, 0.1], index=crit)
    return dm, w


def rank_probability(orders, n):
    """orders: one best-first ordering of the n sectors per draw -> n x n probability of each rank."""
    counts = np.zeros((n, n))
    for order in orders:
        counts[np.asarray(order), np.arange(n)] += 1
    return counts / len(orders)


def ours(dm, w):
    sc.score(dm, w, method="topsis")
    return sc.robustness_mc(dm, w, method="topsis", draws=DRAWS, seed=0)


def peer_pymcdm(x, types, draws):
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import vector_normalization

    method = TOPSIS(vector_normalization)
    return [np.argsort(-method(x, d, types), kind="stable") for d in draws]


def peer_skcriteria(x, types, draws):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import skcriteria as skc
        from skcriteria.agg.topsis import TOPSIS
        from skcriteria.pipelines import mkpipe
        from skcriteria.preprocessing.scalers import VectorScaler

        pipe = mkpipe(VectorScaler(target="matrix"), TOPSIS())
        objectives = [max if t > 0 else min for t in types]
        return [
            np.argsort(pipe.evaluate(skc.mkdm(x, objectives, weights=d)).rank_, kind="stable")
            for d in draws
        ]


def timed(fn, repeat):
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> int:
    dm, w = case()
    x, types = dm.scores.to_numpy(), dm.objectives.to_numpy()
    draws = sc.dirichlet_weights(w.to_numpy(), DRAWS, seed=0)
    t_ours, robust = timed(lambda: ours(dm, w), REPEAT)
    t_pym, orders_pym = timed(lambda: peer_pymcdm(x, types, draws), 3)
    t_skc, orders_skc = timed(lambda: peer_skcriteria(x, types, draws), 1)
    p_ours = robust.rank_probability.to_numpy()
    same = np.allclose(p_ours, rank_probability(orders_pym, 17)) and np.allclose(
        p_ours, rank_probability(orders_skc, 17)
    )
    fastest_peer = min(t_pym, t_skc)
    print(f"{'what':<58}{'median s':>10}")
    print(
        f"{'kadlib: re-score + 2,000-draw robustness (TOPSIS)':<58}{t_ours:>10.4f}   target < {TARGET}"
    )
    print(
        f"{'pymcdm TOPSIS, once per draw':<58}{t_pym:>10.4f}   kadlib is {t_pym / t_ours:,.0f}x faster"
    )
    print(
        f"{'scikit-criteria pipeline, once per draw':<58}{t_skc:>10.4f}   kadlib is {t_skc / t_ours:,.0f}x faster"
    )
    print(f"identical rank probabilities (all 17 ranks) across all three: {same}")
    ok = t_ours < TARGET and fastest_peer / t_ours >= SPEEDUP and same
    print("all targets met" if ok else "TARGET MISSED")
    assert same, "rankings differ between kadlib and the peers"
    return int(not ok)


if __name__ == "__main__":
    raise SystemExit(main())
