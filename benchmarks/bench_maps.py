"""How long does a choropleth take to redraw (a widget change in notebook 04)?

Targets (issue: maps): 40-region Jawa Tengah + DIY map < 250 ms; national 514 kab/kota < 1.5 s.
Each run draws into a fresh figure and renders the canvas (what a person waits for).
Data and boundaries are loaded once beforehand, as in a notebook.  Median of 7 runs.
Run: `make bench` or `python benchmarks/bench_maps.py`.
"""

from __future__ import annotations

import statistics
import time
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import kadlib  # noqa: E402
from kadlib import economy, maps  # noqa: E402

REPEAT = 7


def timed(draw):
    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        fig, ax = plt.subplots(figsize=(10, 6))
        draw(ax)
        fig.canvas.draw()
        times.append(time.perf_counter() - t)
        plt.close(fig)
    return statistics.median(times)


def main() -> int:
    (
        kadlib.load_regions(),
        kadlib.load_regions(layer="indonesia"),
        kadlib.load_baseline(),
    )  # warm the caches
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lq = economy.location_quotient(
            kadlib.load_sector_pdrb(years=2020), year=2020, reference="9999"
        )
    values = lq[lq.sector_code == "A"][["region_code", "lq"]].rename(columns={"lq": "value"})
    rows = [
        (
            "choropleth, 40 kab/kota (poverty 2023)",
            timed(
                lambda ax: maps.choropleth(indicator="persentase_penduduk_miskin", year=2023, ax=ax)
            ),
            0.250,
        ),
        (
            "choropleth, 514 kab/kota (LQ sector A 2020)",
            timed(lambda ax: maps.national_overview(values, ax=ax)),
            1.5,
        ),
    ]
    print(f"{'what':<48}{'median s':>10}{'target s':>10}  ok")
    bad = 0
    for name, value, target in rows:
        bad |= value >= target
        print(f"{name:<48}{value:>10.3f}{target:>10.2f}  {'yes' if value < target else 'NO'}")
    return int(bad)


if __name__ == "__main__":
    raise SystemExit(main())
