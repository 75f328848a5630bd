"""How long does the room wait after moving a control of a kit widget?

Each run changes one control the way the browser would (setting ``value`` fires the
same observers) and stops when the widget holds what the frontend receives: the
scoring panel's HTML (re-score + 2000-draw robustness + table), the chart
explorers' PNG bytes (draw + render to PNG).  Data are loaded once beforehand,
as in a notebook.  Median of 15 runs, in milliseconds.

Targets (issue 11): scoring panel < 100 ms; map and chart explorers < 250 ms.
Run: `make bench` or `python benchmarks/bench_widgets.py`.
"""

from __future__ import annotations

import itertools
import statistics
import time
import warnings

import matplotlib

matplotlib.use("Agg")

import kadlib  # noqa: E402
from kadlib import scoring, widgets  # noqa: E402

REPEAT = 15
CRITERIA = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]


def timed(change):
    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        change()
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times)


def main() -> int:
    warnings.simplefilter("ignore")
    ex = kadlib.load_example_workshop()
    dm = scoring.DecisionMatrix(ex["scores"][CRITERIA], scale=(1, 5))
    panel = widgets.scoring_panel(
        dm,
        scoring.ahp(ex["ahp"]).weights,
        participants=ex["scores"]["participants"].to_dict(),
        labels=ex["scores"]["label_id"].to_dict(),
        draws=2000,
    )
    slider = panel.kad_controls["sliders"]["prospek"]
    values = itertools.cycle([10.0, 35.5, 60.0, 80.5])
    maps_box = widgets.map_explorer(
        "Barlingmascakeb", indicator="persentase_penduduk_miskin", year=2023
    )
    schemes = itertools.cycle(["equal_interval", "natural_breaks", "quantiles"])
    base = widgets.baseline_explorer("Barlingmascakeb", years=(2015, 2020))
    views = base.kad_controls["view"].options
    spans = itertools.cycle([(2014, 2020), (2015, 2020)])

    def view(i):
        base.kad_controls["view"].value = views[i]
        return lambda: setattr(base.kad_controls["years"], "value", next(spans))

    rows = [
        (
            "scoring panel: slider -> ranking + robustness HTML",
            timed(lambda: setattr(slider, "value", next(values))),
            100,
        ),
        (
            "map explorer: scheme -> choropleth PNG",
            timed(lambda: setattr(maps_box.kad_controls["scheme"], "value", next(schemes))),
            250,
        ),
        ("baseline explorer: years -> structure (HTML bars)", timed(view(0)), 250),
        ("baseline explorer: years -> LQ heat table (HTML)", timed(view(1)), 250),
        ("baseline explorer: years -> shift-share (HTML bars)", timed(view(2)), 100),
        ("baseline explorer: years -> sektor unggulan table", timed(view(3)), 250),
    ]
    print(f"{'what':<54}{'median ms':>10}{'target ms':>10}  ok")
    bad = 0
    for name, value, target in rows:
        bad |= value >= target
        print(f"{name:<54}{value:>10.1f}{target:>10.0f}  {'yes' if value < target else 'NO'}")
    return int(bad)


if __name__ == "__main__":
    raise SystemExit(main())
