"""How long the facilitator waits for paper: making the note taker's XLSX, reading it back, importing it.

Not an interactive path (it runs once per paper round), but it should stay well under a second for a
room of 40.  Prints medians in ms.  Run: `python benchmarks/bench_paper.py`.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def main() -> int:
    from openpyxl import load_workbook

    from kadlib import worksheets
    from kadlib.store import open_session

    tmp = Path(tempfile.mkdtemp())
    s = open_session("bench-kertas", folder=tmp, group="kartamantul")
    times = {
        "entry_workbook (40 blank blocks)": [],
        "read_filled (3 filled)": [],
        "import_filled": [],
    }
    for k in range(5):
        t = time.perf_counter()
        path = worksheets.entry_workbook(s, tmp / f"isian-{k}.xlsx")
        times["entry_workbook (40 blank blocks)"].append(time.perf_counter() - t)
        worksheets.rehearse_filled(path, n=3, seed=k)
        load_workbook(path)  # warm
        t = time.perf_counter()
        worksheets.read_filled(path)
        times["read_filled (3 filled)"].append(time.perf_counter() - t)
        t = time.perf_counter()
        worksheets.import_filled(s, path)
        times["import_filled"].append(time.perf_counter() - t)
    for name, values in times.items():
        print(f"{name:40s} {1000 * statistics.median(values):8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
