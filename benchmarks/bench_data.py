"""How long people wait for the kit to start: `import kadlib` and loading all bundled data.

Targets (issue: foundation), on the 2-core reference machine:
    import kadlib            < 0.3 s
    load all bundled data    < 1.0 s   (first load in a fresh process, geopandas import included)

Each measurement runs in a fresh Python process (so nothing is cached) and is repeated;
the median is reported.  Run: `make bench` or `python benchmarks/bench_data.py`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

REPEAT = 5

IMPORT = "import time; t = time.perf_counter(); import kadlib; print(time.perf_counter() - t)"
LOAD_ALL = """
import time
t = time.perf_counter()
import kadlib
kadlib.load_regions(); kadlib.load_regions(layer="indonesia")
kadlib.load_baseline(); kadlib.load_sector_pdrb(); kadlib.load_sector_pdrb(dataset="sector_pdrb_province")
kadlib.load_groups(); kadlib.load_region_table(); kadlib.list_datasets()
for f in (kadlib.load_sectors, kadlib.load_criteria, kadlib.load_principles, kadlib.load_success_factors,
          kadlib.load_indicators, kadlib.load_sources, kadlib.load_legal_timeline):
    f()
first = time.perf_counter() - t
t = time.perf_counter()
kadlib.load_baseline(); kadlib.load_sector_pdrb(); kadlib.load_regions()
print(first, time.perf_counter() - t)
"""


def run(code: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return [float(x) for x in out.split()]


def main() -> int:
    imports = [run(IMPORT)[0] for _ in range(REPEAT)]
    loads = [run(LOAD_ALL) for _ in range(REPEAT)]
    rows = [
        ("import kadlib", statistics.median(imports), 0.3),
        ("load all bundled data (fresh process)", statistics.median(x[0] for x in loads), 1.0),
        (
            "reload baseline + sectors + regions (cached)",
            statistics.median(x[1] for x in loads),
            0.1,
        ),
    ]
    print(f"{'what':<48}{'median s':>10}{'target s':>10}  ok")
    worst = 0
    for name, value, target in rows:
        ok = value < target
        worst |= not ok
        print(f"{name:<48}{value:>10.3f}{target:>10.2f}  {'yes' if ok else 'NO'}")
    return int(worst)


if __name__ == "__main__":
    raise SystemExit(main())
