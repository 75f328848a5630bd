"""How long the readers of users' files take, and how much memory they use (issue 13).

Targets, on the 2-core reference machine:
    read_table, 100,000-row tidy CSV            < 1 s, peak < 200 MB
    read_table, 100,000-row wide XLSX (10k x 10) reported (openpyxl parses every cell)
    read_table, 4.9 KB XLSX, used range XFD1048576   bounded (no MemoryError), < 2 s
    read_table, 60 MB CSV on one line           fails fast (< 1 s) with a KadDataError
    read_bps_table, the 2023 sample             reported
    read_boundaries, Kartamantul GeoJSON        reported

Each case runs in a fresh Python process (imports and caches warm inside it, first call
excluded) and is repeated; medians in ms are printed with the peak memory of the call
(``tracemalloc``: Python and numpy allocations) and how much the process's peak RSS grew
over the RSS after warming up (imports excluded).
Run: `make bench` or `python benchmarks/bench_readers.py`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 5

CASE = """
import json, resource, sys, time, tracemalloc, warnings
sys.path.insert(0, {root!r})
import kadlib
warnings.simplefilter("ignore")
call = lambda: {call}
def once():
    try:
        call()
        return "ok"
    except kadlib.KadDataError as err:
        return err.key
outcome = once()  # warm: imports, registers
times = []
for _ in range({repeat}):
    t = time.perf_counter(); once(); times.append(time.perf_counter() - t)
import psutil
before = psutil.Process().memory_info().rss
tracemalloc.start(); once(); peak = tracemalloc.get_traced_memory()[1]; tracemalloc.stop()
rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before) / 2**20  # peak RSS growth
print(json.dumps({{"times": times, "peak": peak, "rss": rss, "outcome": outcome}}))
"""


def make_files(folder: Path) -> dict[str, Path]:
    import openpyxl

    import kadlib

    codes = kadlib.load_region_table()["region_code"].tolist()
    files = {}
    tidy = folder / "tidy_100k.csv"
    with tidy.open("w", encoding="utf-8") as fh:
        fh.write("kode,tahun,indikator,nilai,satuan\n")
        n = 0
        for code in codes:
            for year in range(2000, 2024):
                for ind in range(8):
                    if n == 100_000:
                        break
                    fh.write(f"{code},{year},ind{ind},{n * 0.37:.2f},persen\n")
                    n += 1
    files["tidy_100k_csv"] = tidy
    semi = folder / "tidy_100k_semicolon.csv"
    text = tidy.read_text().replace(",", ";")
    semi.write_text(text.replace(".", ","), encoding="utf-8")  # decimal comma, detected per file
    files["tidy_100k_semicolon_csv"] = semi
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["kode", "indikator", *range(2014, 2024)])
    for i in range(10_000):
        ws.append(
            [codes[i % len(codes)], f"ind{i // len(codes)}", *[i + y * 0.5 for y in range(10)]]
        )
    wide = folder / "wide_100k.xlsx"
    wb.save(wide)
    files["wide_100k_values_xlsx"] = wide
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["kode", "tahun", "nilai"])
    ws.append(["3302", 2020, 1.5])
    ws[
        "XFD1048576"
    ].number_format = "0.00"  # an empty formatted cell: the used range reaches XFD1048576
    big = folder / "used_range_xfd.xlsx"
    wb.save(big)
    files["xlsx_used_range_XFD1048576"] = big
    one = folder / "one_line_60mb.csv"
    one.write_text("kode,tahun,nilai," + "9" * (60 * 2**20))
    files["csv_60mb_one_line"] = one
    gdf = kadlib.load_regions(group="Kartamantul")[["region_code", "geometry"]]
    geo = folder / "kartamantul.geojson"
    gdf.to_file(geo)
    files["boundaries_geojson"] = geo
    return files


def main() -> None:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        files = make_files(Path(tmp))
        sample = ROOT / "tests" / "data" / "bps_pdrb_adhk_provinsi_2023_sample.csv"
        calls = {
            "tidy_100k_csv": f"kadlib.read_table({str(files['tidy_100k_csv'])!r})",
            "tidy_100k_semicolon_csv": f"kadlib.read_table({str(files['tidy_100k_semicolon_csv'])!r})",
            "wide_100k_values_xlsx": f"kadlib.read_table({str(files['wide_100k_values_xlsx'])!r})",
            "xlsx_used_range_XFD1048576": f"kadlib.read_table({str(files['xlsx_used_range_XFD1048576'])!r}, indicator='x')",
            "csv_60mb_one_line": f"kadlib.read_table({str(files['csv_60mb_one_line'])!r})",
            "bps_sample": f"kadlib.read_bps_table({str(sample)!r})",
            "boundaries_geojson": f"kadlib.read_boundaries({str(files['boundaries_geojson'])!r})",
        }
        print(f"{'case':32} {'median ms':>10} {'peak MB':>9} {'+RSS MB':>8}  outcome")
        for name, call in calls.items():
            repeat = 1 if name.startswith(("wide", "csv_60")) else REPEAT
            code = CASE.format(root=str(ROOT), call=call, repeat=repeat)
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            med = statistics.median(r["times"]) * 1000
            print(f"{name:32} {med:10.0f} {r['peak'] / 2**20:9.1f} {r['rss']:8.0f}  {r['outcome']}")


if __name__ == "__main__":
    main()
