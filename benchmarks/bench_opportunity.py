"""How fast is the national opportunity finder (notebook 08)?

Targets (issue 12: "the whole country in seconds"): the national neighbour graph with the
STRtree engine 4-9x faster than libpysal; preparing the national landscape < 1 s once the data
are loaded; every group of 2-4 kab/kota in the country < 1 s, of 2-7 < 5 s; the answer for one
kab/kota (neighbours, groups up to 4, public services) < 0.5 s; the national baseline < 1 s;
every connected group of 2-5 (also those sharing nothing), ranked by complementarity < 2 s.
Data and boundaries are loaded once beforehand, as in a notebook.  Median of 5 runs.
Run: `make bench` or `python benchmarks/bench_opportunity.py`.
"""

from __future__ import annotations

import statistics
import time

import kadlib
from kadlib import neighbours, opportunity

REPEAT = 5


def timed(work, repeat=REPEAT):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        work()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    kadlib.load_regions(layer="indonesia"), kadlib.load_sector_pdrb()  # warm the caches
    tol = neighbours.NATIONAL_TOLERANCE_M
    land = opportunity.landscape()
    graph_fast = timed(lambda: neighbours.neighbour_graph(layer="indonesia", tolerance_m=tol))
    graph_slow = timed(
        lambda: neighbours.neighbour_graph(layer="indonesia", tolerance_m=tol, engine="libpysal")
    )
    queen_fast = timed(lambda: neighbours.neighbour_graph(layer="indonesia"))
    queen_slow = timed(lambda: neighbours.neighbour_graph(layer="indonesia", engine="libpysal"))
    rows = [
        (f"neighbour graph, 514 kab/kota, {tol:.0f} m, strtree", graph_fast, graph_slow / 4),
        (f"neighbour graph, 514 kab/kota, {tol:.0f} m, libpysal", graph_slow, None),
        ("neighbour graph, 514 kab/kota, queen, strtree", queen_fast, queen_slow / 4),
        ("neighbour graph, 514 kab/kota, queen, libpysal", queen_slow, None),
        (
            "landscape (LQ 2019, basis, graph given)",
            timed(lambda: opportunity.landscape(graph=land.graph)),
            1000,
        ),
        (
            "all groups of 2-4 kab/kota, Indonesia",
            timed(lambda: opportunity.find_groups(land, max_size=4)),
            1000,
        ),
        (
            "all groups of 2-7 kab/kota, Indonesia",
            timed(lambda: opportunity.find_groups(land), 3),
            5000,
        ),
        (
            "every connected group of 2-5, rank by Krugman",
            timed(
                lambda: opportunity.find_groups(
                    land, max_size=5, require="any", rank_by="complementarity"
                ),
                3,
            ),
            2000,
        ),
        (
            "answer for one kab/kota (Banyumas)",
            timed(lambda: opportunity.partners("Banyumas", land)),
            500,
        ),
        ("national baseline 2013-2020", timed(opportunity.national_baseline), 1000),
    ]
    print(f"{'what':<52}{'median ms':>11}{'target ms':>11}  ok")
    bad = 0
    for what, ms, target in rows:
        ok = target is None or ms <= target
        bad += not ok
        print(
            f"{what:<52}{ms:>11.1f}{'' if target is None else f'{target:.0f}':>11}  {'yes' if ok else 'NO'}"
        )
    print(
        f"speed-up strtree vs libpysal: {graph_slow / graph_fast:.1f}x ({tol:.0f} m), {queen_slow / queen_fast:.1f}x (queen)"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
