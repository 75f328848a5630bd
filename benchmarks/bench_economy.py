"""LQ + shift-share for every kab/kota in Indonesia: is a re-analysis instant?

Target (issue: baseline analysis): location quotients and a shift-share decomposition for all
514 kab/kota x 17 sectors x 2 years in < 50 ms on the 2-core reference machine.  Data are loaded
once (as in a notebook); the timed part is the analysis only.  Median of 20 runs.
Run: `make bench` or `python benchmarks/bench_economy.py`.
"""

from __future__ import annotations

import statistics
import time
import warnings

import kadlib
from kadlib import economy

REPEAT = 20
TARGET = 0.050


def main() -> int:
    data = kadlib.load_sector_pdrb(years=[2019, 2020])  # every kab/kota, province and Indonesia
    times = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # flagged unit-years are named in a warning; not timed here
        for _ in range(REPEAT):
            t = time.perf_counter()
            lq = economy.location_quotient(data, year=2020)
            ss = economy.shift_share(data, 2019, 2020)
            times.append(time.perf_counter() - t)
    n_regions = lq["region_code"].nunique()
    median = statistics.median(times)
    print(f"{'what':<48}{'median s':>10}{'target s':>10}  ok")
    print(
        f"{f'LQ + shift-share, {n_regions} kab/kota x 17 x 2 years':<48}{median:>10.3f}{TARGET:>10.3f}  "
        f"{'yes' if median < TARGET else 'NO'}"
    )
    assert len(ss) == len(lq)
    return int(median >= TARGET)


if __name__ == "__main__":
    raise SystemExit(main())
