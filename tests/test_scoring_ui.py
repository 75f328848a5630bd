"""The scoring side a workshop sees: example input, charts, the panel widget."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import kadlib  # noqa: E402
from kadlib import neighbours, plots, scoring, widgets  # noqa: E402

CRITERIA = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]


@pytest.fixture(scope="module")
def example():
    ex = kadlib.load_example_workshop()
    dm = scoring.DecisionMatrix(ex["scores"][CRITERIA], scale=(1, 5), source="contoh")
    return ex, dm


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_example_is_labelled_as_example_and_complete(example):
    ex, dm = example
    assert ex["note"].startswith("CONTOH") and "not data" in ex["note"]
    assert set(ex["scores"]["bps_sector"]) <= set(kadlib.load_sectors()["sector_code"])
    assert list(ex["ahp"].index) == CRITERIA and scoring.ahp(ex["ahp"]).consistent
    assert dm.alternatives == ["pertanian", "pariwisata", "perdagangan", "transportasi", "industri"]


def test_ranking_plot_marks_failing_sectors(example):
    ex, dm = example
    g = neighbours.neighbour_graph()
    gate = {s: neighbours.neighbour_rule(g, p) for s, p in ex["scores"]["participants"].items()}
    ranked = scoring.score(dm, scoring.weights_equal(dm), gate=gate)
    ax = plots.ranking_plot(ranked, labels=ex["scores"]["label_id"].to_dict(), method="wsm")
    assert ax.kad_order == list(ranked.index)
    hatched = [b.get_hatch() for b in ax.patches[: len(ranked)]]
    assert hatched[ax.kad_order.index("industri")] == "//" and hatched.count("//") == 1
    assert "tidak memenuhi syarat tetangga" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_rank_probability_plot(example):
    _, dm = example
    r = scoring.robustness_mc(dm, scoring.weights_equal(dm), draws=200)
    ax = plots.rank_probability_plot(r)
    assert ax.kad_matrix.shape == (5, 5) and "200" in ax.get_title()


def test_rebalance_keeps_the_sum_and_the_proportions():
    out = widgets.rebalance({"a": 0.2, "b": 0.2, "c": 0.6}, "a", 0.5)
    assert sum(out.values()) == pytest.approx(1.0)
    assert out["a"] == 0.5 and out["c"] / out["b"] == pytest.approx(3.0)
    assert widgets.rebalance({"a": 1.0, "b": 0.0}, "a", 0.4) == {"a": 0.4, "b": 0.6}


def test_scoring_panel_rescores_when_a_slider_moves(example):
    ex, dm = example
    panel = widgets.scoring_panel(dm, participants=ex["scores"]["participants"].to_dict(), draws=200)
    sliders = panel.kad_controls["sliders"]
    before = panel.kad_state["last"]["scored"]
    sliders["prospek"].value = 0.9  # tourism and processing score 5 and 4 on prospek
    weights = panel.kad_state["weights"]
    assert sum(weights.values()) == pytest.approx(1.0) and weights["prospek"] == pytest.approx(0.9)
    assert all(s.value == pytest.approx(weights[c]) for c, s in sliders.items())
    after = panel.kad_state["last"]["scored"]
    assert after.index[0] == "pariwisata" and before.index[0] != "pariwisata"
    assert not after.loc["industri", "passes_gate"]
    panel.kad_controls["method"].value = "topsis"
    assert panel.kad_state["last"]["robust"].draws == 200
