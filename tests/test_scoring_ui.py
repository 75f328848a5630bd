"""The scoring side a workshop sees: example input, charts, the panel widget."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
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
    panel = widgets.scoring_panel(
        dm, participants=ex["scores"]["participants"].to_dict(), draws=200
    )
    sliders, entries = panel.kad_controls["sliders"], panel.kad_controls["entries"]
    before = panel.kad_state["last"]["scored"]
    assert all(s.value == 20 for s in sliders.values())  # equal weights = 20 points each
    sliders["prospek"].value = 100  # 20/20/20/20/100 points: prospek weighs 100/180
    weights = panel.kad_state["weights"]
    assert sum(weights.values()) == pytest.approx(1.0) and weights["prospek"] == pytest.approx(
        100 / 180
    )
    assert entries["prospek"].value == "100"  # the number box follows the slider
    after = panel.kad_state["last"]["scored"]
    assert after.index[0] == "pariwisata" and before.index[0] != "pariwisata"
    assert not after.loc["industri", "passes_gate"]
    panel.kad_controls["method"].value = "topsis"
    assert panel.kad_state["last"]["robust"].draws == 200


def test_scoring_panel_weights_never_stick_at_zero(example):
    _, dm = example
    panel = widgets.scoring_panel(dm, draws=0)
    sliders, entries = panel.kad_controls["sliders"], panel.kad_controls["entries"]
    for c in ("kebutuhan", "potensi", "prinsip", "champion"):
        sliders[c].value = 0
    assert panel.kad_state["weights"]["prospek"] == pytest.approx(1.0)
    entries["potensi"].value = "50"  # typed into the number box: the slider and the weights follow
    assert sliders["potensi"].value == 50
    assert panel.kad_state["weights"]["potensi"] == pytest.approx(50 / 70)
    sliders["potensi"].value = 0
    last = panel.kad_state["last"]["html"]
    sliders["prospek"].value = 0
    assert (
        panel.kad_state["last"]["html"] == last
    )  # all zero: the last result stays, the panel says why
    assert "Semua bobot 0" in panel.children[-2].value


def test_scoring_panel_shows_names_not_columns_and_escapes(example):
    ex, dm = example
    labels = {**ex["scores"]["label_id"].to_dict(), "pertanian": "<b>Tani</b> & co"}
    panel = widgets.scoring_panel(
        dm, participants=ex["scores"]["participants"].to_dict(), labels=labels, draws=100
    )
    text = panel.kad_state["last"]["html"]
    for raw in ("passes_gate", "rank_eligible", "gate_reason", "True", "False", "<NA>", "score"):
        assert raw not in text
    assert "&lt;b&gt;Tani&lt;/b&gt; &amp; co" in text and "<b>Tani</b>" not in text
    reason = neighbours.neighbour_rule(
        neighbours.neighbour_graph(), ex["scores"].at["industri", "participants"]
    ).reason
    assert kadlib.i18n.format_number(0.5, 1) == "0,5" and reason in text.replace(
        "&#x27;", "'"
    )  # full reason, not cut
    assert panel.kad_controls["method"].options[0][0] == "SAW (Simple Additive Weighting)"
    names = [
        row.children[0].value for row in panel.children if hasattr(row, "children") and row.children
    ]
    assert any("Kebutuhan tinggi" in n for n in names)  # criterion names, not ids


def test_tied_sectors_share_their_rank_in_the_panel_and_the_robustness():
    tied = scoring.DecisionMatrix(
        pd.DataFrame({"a": [5, 5, 5, 1], "b": [1, 2, 3, 4]}, index=list("wxyz")), scale=(1, 5)
    )
    r = scoring.robustness_mc(tied, {"a": 1.0, "b": 0.0}, draws=50)
    # w, x, y tie on the only weighted criterion: each is first in every draw, none is "2nd" by accident of order
    assert r.rank_probability.loc[["w", "x", "y"], 1].tolist() == [1.0, 1.0, 1.0]
    assert r.rank_probability.loc["z", 4] == 1.0
    strict = scoring.robustness_mc(tied, {"a": 1.0, "b": 0.0}, draws=50, ties="first")
    assert strict.rank_probability.loc["y", 3] == 1.0  # the old convention: order decides
    html = widgets.ranking_html(scoring.score(tied, {"a": 1.0, "b": 0.0}), r)
    assert html.count("<b>1=</b>") == 3 and "seri" in html


def test_points_typed_with_a_decimal_comma_are_read_and_garbage_is_refused(example):
    """An Indonesian "25,5" is 25.5 points (a browser number box made it 100); "abc" or 250 are refused, said, and undone."""
    _, dm = example
    panel = widgets.scoring_panel(dm, draws=0)
    sliders, entries = panel.kad_controls["sliders"], panel.kad_controls["entries"]
    entries["potensi"].value = "25,5"
    assert sliders["potensi"].value == 25.5 and entries["potensi"].value == "25,5"
    assert panel.kad_state["weights"]["potensi"] == pytest.approx(25.5 / 105.5)
    for bad in ("abc", "250", "-3"):
        entries["kebutuhan"].value = bad
        assert sliders["kebutuhan"].value == 20 and entries["kebutuhan"].value == "20"
        assert (
            "bukan jumlah poin" in panel.children[-3].value
        )  # the note under the sliders says why
