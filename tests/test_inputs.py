"""Analysis inputs (issue 13): every bad score, weight, matrix, option or scenario gets a KadDataError.

One test per case of the issue, messages matched; the denial-of-service cases are bounded
by the work done (the random-index table is looked up, not simulated; the Monte Carlo runs
in chunks), not by wall-clock asserts.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kadlib
from kadlib import KadDataError
from kadlib import scenario as scn
from kadlib import scoring as sc

LABELS3 = ["a", "b", "c"]


def dm2(values=((1, 2), (3, 4), (5, 1)), scale=(1, 5)):
    return sc.DecisionMatrix(
        pd.DataFrame(
            np.asarray(values, dtype=float),
            columns=["kebutuhan", "potensi"],
            index=["S0", "S1", "S2"],
        ),
        scale=scale,
    )


# =========================================================================== scores
def test_inf_score_without_scale_is_refused_not_ranked_first_with_nan():
    frame = pd.DataFrame(
        {"kebutuhan": [1.0, np.inf, 3.0], "potensi": [2.0, 2.0, 1.0]}, index=["S0", "S1", "S2"]
    )
    with pytest.raises(
        KadDataError, match=r"(?s)baris 'S1', kolom 'kebutuhan', nilai inf: nilai tak hingga"
    ):
        sc.DecisionMatrix(frame)


def test_scores_with_a_decimal_comma_are_read():
    frame = pd.DataFrame({"kebutuhan": ["3,5", "4"], "potensi": [2, "1.5"]}, index=["S0", "S1"])
    dm = sc.DecisionMatrix(frame, scale=(1, 5))
    assert dm.scores.loc["S0", "kebutuhan"] == 3.5 and dm.scores.loc["S1", "potensi"] == 1.5


def test_duplicate_sector_names_are_not_told_each_region_once():
    frame = pd.DataFrame({"kebutuhan": [1, 2]}, index=["S0", "S0"])
    with pytest.raises(KadDataError, match=r"(?s)setiap nama sekali saja.*each name once") as e:
        sc.DecisionMatrix(frame)
    assert "region" not in str(e.value) and "wilayah" not in str(e.value)


@pytest.mark.parametrize("objectives", [["min"], "min", 1])
def test_objectives_that_are_not_a_mapping(objectives):
    with pytest.raises(
        KadDataError, match=r"(?s)kolom 'objectives'.*bentuk isian salah.*'max' atau 'min'"
    ):
        sc.DecisionMatrix(pd.DataFrame({"p": [1, 2]}), objectives=objectives)


@pytest.mark.parametrize("scale", [1, (1, np.inf), [(1, 5)], ("a", "b"), (np.nan, 5)])
def test_scales_that_are_not_a_finite_pair(scale):
    with pytest.raises(KadDataError, match=r"(?s)kolom 'p'.*skala tidak valid"):
        sc.DecisionMatrix(pd.DataFrame({"p": [1, 2]}), scale=scale)


@pytest.mark.parametrize("gate", [["A"], "A", 1])
def test_gate_that_is_not_a_mapping(gate):
    with pytest.raises(
        KadDataError, match=r"(?s)kolom 'gate'.*bentuk isian salah.*syarat tetangga"
    ):
        sc.score(dm2(), {"kebutuhan": 1, "potensi": 1}, gate=gate)


def test_derived_criteria_without_the_columns_it_needs():
    lq = pd.DataFrame({"region_code": ["3302"], "sector_code": ["A"], "lq": [1.2]})
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'derived_criteria\(growth=...\)'.*kolom wajib tidak ada: growth",
    ):
        sc.derived_criteria(
            ["A"], lq, pd.DataFrame({"region_code": ["3302"], "sector_code": ["A"]})
        )


# =========================================================================== AHP
def test_group_of_two_non_reciprocal_matrices_is_refused_as_each_alone():
    bad1 = pd.DataFrame([[1, 3], [3, 1]], index=["x", "y"], columns=["x", "y"])
    bad2 = pd.DataFrame([[1, 1 / 3], [1 / 3, 1]], index=["x", "y"], columns=["x", "y"])
    for m in (bad1, bad2):
        with pytest.raises(KadDataError, match="tidak resiprokal"):
            sc.ahp(m)
    with pytest.raises(KadDataError, match=r"(?s)berkas 'ahp_group #1'.*tidak resiprokal"):
        sc.ahp_group([bad1, bad2])


def test_group_refuses_the_second_member_by_number():
    good = pd.DataFrame([[1, 3], [1 / 3, 1]], index=["x", "y"], columns=["x", "y"])
    bad = pd.DataFrame([[1, 3], [3, 1]], index=["x", "y"], columns=["x", "y"])
    with pytest.raises(KadDataError, match=r"(?s)berkas 'ahp_group #2'.*tidak resiprokal"):
        sc.ahp_group([good, bad])


def test_duplicate_ahp_labels_are_refused():
    m = pd.DataFrame(
        [[1, 2, 3], [0.5, 1, 2], [1 / 3, 0.5, 1]], index=["a", "b", "a"], columns=["a", "b", "a"]
    )
    with pytest.raises(KadDataError, match=r"(?s)nilai 'a': label ganda.*setiap nama sekali saja"):
        sc.ahp(m)


@pytest.mark.parametrize("cell", ["1/3", "0,333", "0.333", " 1/3 ", "0,3333"])
def test_ahp_cells_typed_as_text_are_parsed(cell):
    m = pd.DataFrame([["1", "3"], [cell, "1"]], index=["x", "y"], columns=["x", "y"])
    r = sc.ahp(m)
    assert r.weights["x"] == pytest.approx(0.75)
    assert r.matrix.loc["y", "x"] == pytest.approx(1 / 3)


@pytest.mark.parametrize("cell", ["satu", "1/0", "1//3", "3,3,3", "1.234,5", "1/3/4", "[1]"])
def test_ahp_cells_that_are_not_numbers_are_refused_with_the_place(cell):
    m = pd.DataFrame([["1", "3"], [cell, "1"]], index=["x", "y"], columns=["x", "y"])
    with pytest.raises(KadDataError, match=r"(?s)baris 'y', kolom 'x'.*bukan angka.*1/3"):
        sc.ahp(m)


def test_ahp_size_cap():
    n = sc.AHP_MAX_N + 1
    w = np.linspace(1, 2, n)
    with pytest.raises(
        KadDataError,
        match=rf"(?s)nilai {n}: matriks perbandingan terlalu besar.*n ≤ {sc.AHP_MAX_N}",
    ):
        sc.ahp(w[:, None] / w[None, :])


def test_an_empty_ahp_cell_is_a_missing_comparison():
    m = pd.DataFrame(
        [["1", "3", ""], ["", "1", "2"], ["", "", "1"]], index=LABELS3, columns=LABELS3
    )
    with pytest.raises(KadDataError, match=r"(?s)baris 'a', kolom 'c'.*belum diisi"):
        sc.ahp(m)


# =========================================================================== weights
def test_weights_with_a_decimal_comma_are_read():
    dm = dm2()
    np.testing.assert_allclose(
        sc.weighted_sum(dm, {"kebutuhan": "0,5", "potensi": "0,5"}),
        sc.weighted_sum(dm, {"kebutuhan": 0.5, "potensi": 0.5}),
    )
    assert sc.weights_direct({"a": "1/4", "b": "0,75"}).tolist() == [0.25, 0.75]


def test_weights_that_are_not_numbers_are_refused():
    with pytest.raises(
        KadDataError, match=r"(?s)kolom 'weights\[a\]', nilai 'banyak': nilai bukan angka"
    ):
        sc.weights_direct({"a": "banyak", "b": 1})


def test_weights_equal_of_nothing():
    with pytest.raises(KadDataError, match=r"(?s)tidak ada kriteria.*no criteria"):
        sc.weights_equal([])


def test_nan_weight_is_not_called_negative():
    dm = dm2()
    with pytest.raises(
        KadDataError, match=r"(?s)kolom 'weights\[potensi\]', nilai nan: bobot kosong"
    ) as e:
        sc.weighted_sum(dm, {"kebutuhan": 1.0, "potensi": np.nan})
    assert "negati" not in str(e.value) and "1.0" not in str(e.value)
    with pytest.raises(KadDataError, match=r"bobot kosong"):
        sc.weights_direct({"a": np.nan, "b": 1})


def test_inf_weight_has_its_own_message():
    with pytest.raises(
        KadDataError, match=r"(?s)kolom 'weights\[a\]', nilai inf: nilai tak hingga"
    ) as e:
        sc.weights_direct({"a": np.inf, "b": 1})
    assert "negati" not in str(e.value)


def test_zero_sum_weights_have_their_own_message():
    with pytest.raises(KadDataError, match=r"(?s)jumlah bobot 0.*sum of the weights is 0") as e:
        sc.weighted_sum(dm2(), {"kebutuhan": 0, "potensi": 0})
    assert "negati" not in str(e.value)


def test_negative_weight_is_still_called_negative():
    with pytest.raises(
        KadDataError, match=r"kolom 'weights\[kebutuhan\]', nilai -1.0: nilai negatif"
    ):
        sc.weighted_sum(dm2(), {"kebutuhan": -1, "potensi": 2})


def test_weights_criteria_message_has_no_placeholder():
    with pytest.raises(
        KadDataError, match=r"(?s)nilai 'lain'.*bobot tidak cocok dengan kriteria"
    ) as e:
        sc.weighted_sum(dm2(), {"kebutuhan": 1, "potensi": 1, "lain": 2})
    assert "{value}" not in str(e.value)


# =========================================================================== options
@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda dm, w: sc.robustness_oat(dm, w, method="foo"), "method"),
        (lambda dm, w: sc.robustness_mc(dm, w, method="foo"), "method"),
        (lambda dm, w: sc.score(dm, w, method="foo"), "method"),
        (lambda dm, w: sc.weighted_sum(dm, w, normalization="foo"), "normalization"),
        (lambda dm, w: sc.topsis(dm, w, normalization="foo"), "normalization"),
        (
            lambda dm, w: sc.robustness_mc(dm, w, method="topsis", normalization="foo"),
            "normalization",
        ),
        (lambda dm, w: sc.random_index(5, "foo"), "ri"),
    ],
)
def test_unknown_options_are_refused_by_name(call, name):
    dm = dm2()
    with pytest.raises(KadDataError, match=rf"kolom '{name}', nilai 'foo': pilihan tidak dikenal"):
        call(dm, sc.weights_equal(dm))


@pytest.mark.parametrize("draws", [0, -5, 2.5, "100", sc.MC_MAX_DRAWS + 1])
def test_monte_carlo_draws_must_be_a_positive_whole_number(draws):
    dm = dm2()
    with pytest.raises(KadDataError, match=r"(?s)kolom 'draws'.*bilangan bulat"):
        sc.robustness_mc(dm, sc.weights_equal(dm), draws=draws)


@pytest.mark.parametrize(
    ("kw", "column"),
    [
        ({"concentration": 0}, "concentration"),
        ({"concentration": np.nan}, "concentration"),
        ({"change": -0.1}, "change"),
    ],
)
def test_robustness_parameters_out_of_range(kw, column):
    dm = dm2()
    call = sc.robustness_oat if "change" in kw else sc.robustness_mc
    with pytest.raises(KadDataError, match=rf"kolom '{column}'.*di luar rentang"):
        call(dm, sc.weights_equal(dm), **kw)


def test_factor_crosshair_option():
    from kadlib import factors

    ratings = pd.DataFrame(
        {"participant": ["p"], "item": ["a"], "importance": [3], "condition": [2]}
    )
    with pytest.raises(
        KadDataError, match=r"kolom 'crosshair', nilai 'median': pilihan tidak dikenal"
    ):
        factors.importance_performance(ratings, crosshair="median")


def test_scenario_options():
    with pytest.raises(KadDataError, match=r"kolom 'how', nilai 'max': pilihan tidak dikenal"):
        scn.baseline_indicator("ipm", ["3302", "3303"], 2020, how="max")
    with pytest.raises(KadDataError, match=r"dua skenario atau lebih"):
        scn.compare(scn.Scenario(title="a"))


def test_map_without_group_or_codes():
    from kadlib import maps

    with pytest.raises(KadDataError, match=r"(?s)kolom 'group'.*nama kelompok atau daftar kode"):
        maps.group_map()


def test_participant_twice_is_not_told_each_region_once(tmp_path):
    from kadlib import workshop

    with pytest.raises(KadDataError, match=r"peserta yang sama muncul dua kali") as e:
        workshop.make_templates(tmp_path, "s1", [("Budi", "3302"), ("Budi", "3302")], ["f1", "f2"])
    assert "setiap wilayah sekali saja" not in str(e.value) and "each region once" not in str(
        e.value
    )
    assert "nama yang berbeda" in str(e.value) and "different name" in str(e.value)


# =========================================================================== limits
def test_random_index_beyond_saaty_comes_from_the_stored_table(monkeypatch):
    def no_simulation(*args, **kwargs):
        raise AssertionError("simulated at call time")

    monkeypatch.setattr(sc, "random_index_simulated", no_simulation)
    w = np.linspace(1, 3, sc.AHP_MAX_N)
    m = w[:, None] / w[None, :]
    m[0, 1], m[1, 0] = 9, 1 / 9
    with pytest.warns(UserWarning, match="15"):
        r = sc.ahp(m)
    assert r.ri == sc.RI_SIMULATED[sc.AHP_MAX_N - 1] and "simulated" in r.ri_table and r.cr > 0
    assert sc.random_index(20, "simulated")[0] == sc.RI_SIMULATED[19]


def test_stored_random_index_table_is_what_the_simulation_gives():
    from kadlib import _ri_table

    assert len(sc.RI_SIMULATED) == sc.AHP_MAX_N
    assert (_ri_table.SEED, _ri_table.SAMPLES) == (2024, 20000)
    sc.random_index_simulated.cache_clear()
    for n in (1, 2, 3, 4, 7, 12):
        assert sc.RI_SIMULATED[n - 1] == pytest.approx(sc.random_index_simulated(n), abs=1e-12), n
    assert all(a < b for a, b in zip(sc.RI_SIMULATED[2:], sc.RI_SIMULATED[3:], strict=False))


def _topsis_core_before(v, sign, w):
    """TOPSIS closeness as computed before issue 13 (ideal point from the weighted matrix)."""
    weighted = v * w[..., None, :]
    ideal = np.where(sign > 0, weighted.max(axis=-2), weighted.min(axis=-2))
    anti = np.where(sign > 0, weighted.min(axis=-2), weighted.max(axis=-2))
    d_plus = np.sqrt(((weighted - ideal[..., None, :]) ** 2).sum(axis=-1))
    d_minus = np.sqrt(((weighted - anti[..., None, :]) ** 2).sum(axis=-1))
    total = d_plus + d_minus
    return np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.5)


def _robustness_mc_before(
    dm, weights, *, method="wsm", draws=2000, concentration=100.0, seed=0, **kwargs
):
    """The implementation before issue 13 (all draws at once, np.add.at), kept to check the new one."""
    w0 = sc._as_weights(weights, dm)
    wd = sc.dirichlet_weights(w0, draws, concentration=concentration, seed=seed)
    if method == "wsm":
        scores = wd @ sc._normalised(dm, kwargs.get("normalization", "scale")).T
    else:
        scores = _topsis_core_before(
            *sc._topsis_inputs(dm, kwargs.get("normalization", "vector")), wd
        )
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    ranks[np.arange(order.shape[0])[:, None], order] = np.arange(order.shape[1])[None, :]
    m = len(dm.alternatives)
    counts = np.zeros((m, m))
    np.add.at(counts, (np.tile(np.arange(m), draws), ranks.ravel()), 1)
    return counts / draws


@pytest.mark.parametrize("method", ["wsm", "topsis"])
@pytest.mark.parametrize("chunk", [None, 37])  # 37 elements: many chunks, one of them short
def test_chunked_monte_carlo_equals_the_previous_implementation(method, chunk, monkeypatch):
    rng = np.random.default_rng(11)
    x = rng.integers(1, 6, size=(9, 4)).astype(float)
    x[3] = x[5]  # two identical sectors: ties must go the same way
    dm = sc.DecisionMatrix(
        pd.DataFrame(x, columns=list("pqrs"), index=[f"S{i}" for i in range(9)]),
        scale=(1, 5),
        objectives={"s": -1},
    )
    w = {"p": 0.4, "q": 0.3, "r": 0.2, "s": 0.1}
    if chunk:
        monkeypatch.setattr(sc, "MC_CHUNK_ELEMENTS", chunk)
    new = sc.robustness_mc(
        dm, w, method=method, draws=1001, seed=5, ties="first"
    )  # the old rule: strict ranks
    np.testing.assert_array_equal(
        new.rank_probability.to_numpy(),
        _robustness_mc_before(dm, w, method=method, draws=1001, seed=5),
    )


@pytest.mark.parametrize("chunk", [None, 37])
def test_chunked_shared_ties_equal_the_pairwise_rule(monkeypatch, chunk):
    """ties="shared": rank = 1 + the sectors strictly better in the draw, chunked or not (two tied sectors)."""
    rng = np.random.default_rng(11)
    x = rng.integers(1, 6, size=(7, 3)).astype(float)
    x[2] = x[4]
    dm = sc.DecisionMatrix(
        pd.DataFrame(x, columns=list("pqr"), index=[f"S{i}" for i in range(7)]), scale=(1, 5)
    )
    w = {"p": 0.5, "q": 0.3, "r": 0.2}
    if chunk:
        monkeypatch.setattr(sc, "MC_CHUNK_ELEMENTS", chunk)
    got = sc.robustness_mc(dm, w, draws=500, seed=3).rank_probability.to_numpy()
    wd = sc.dirichlet_weights(np.array([0.5, 0.3, 0.2]), 500, concentration=100.0, seed=3)
    scores = wd @ sc._normalised(dm, "scale").T
    ranks = (scores[:, None, :] > scores[:, :, None] + 1e-12).sum(axis=2)  # draws x sectors
    want = np.zeros((7, 7))
    np.add.at(want, (np.tile(np.arange(7), 500), ranks.ravel()), 1)
    np.testing.assert_array_equal(got, want / 500)
    assert np.array_equal(got[2], got[4])  # the tied pair is never split by its order


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(["vector", "minmax", "scale"]))
def test_topsis_closeness_is_bit_for_bit_the_previous_one(seed, normalization):
    rng = np.random.default_rng(seed)
    x = rng.integers(-3, 6, size=(rng.integers(2, 12), 4)).astype(float)
    dm = sc.DecisionMatrix(
        pd.DataFrame(x, columns=list("pqrs")), scale=(-3, 5), objectives={"q": -1}
    )
    v, sign = sc._topsis_inputs(dm, normalization)
    w = rng.dirichlet(np.ones(4), size=50)
    w[0] = [0.5, 0.5, 0.0, 0.0]  # zero weights too
    np.testing.assert_array_equal(sc._topsis_core(v, sign, w), _topsis_core_before(v, sign, w))


def test_monte_carlo_memory_is_bounded_by_the_chunk(monkeypatch):
    """The largest array scored at once holds at most MC_CHUNK_ELEMENTS numbers, whatever the draws."""
    seen = []
    core = sc._topsis_core

    def spy(v, sign, w):
        seen.append(w.shape[0] * v.shape[0] * v.shape[1])
        return core(v, sign, w)

    monkeypatch.setattr(sc, "_topsis_core", spy)
    rng = np.random.default_rng(0)
    x = rng.integers(1, 6, size=(50, 10)).astype(float)
    dm = sc.DecisionMatrix(pd.DataFrame(x, columns=[f"c{i}" for i in range(10)]), scale=(1, 5))
    sc.robustness_mc(dm, sc.weights_equal(dm), method="topsis", draws=20_000)
    assert len(seen) > 1 and max(seen) <= sc.MC_CHUNK_ELEMENTS


# =========================================================================== scenario
def test_scenario_yaml_syntax_error(tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text("schema: 1\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(KadDataError, match=r"(?s)berkas 's.yaml', baris \d+.*bukan YAML yang sah"):
        scn.Scenario.load(p)


def test_scenario_without_title(tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text("schema: 1\nmembers: ['3302']\n", encoding="utf-8")
    with pytest.raises(KadDataError, match=r"(?s)berkas 's.yaml', kolom 'title'.*judul skenario"):
        scn.Scenario.load(p)


def test_scenario_sectors_as_a_list(tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text("schema: 1\ntitle: x\nsectors: [pertanian, sampah]\n", encoding="utf-8")
    with pytest.raises(
        KadDataError, match=r"(?s)kolom 'sectors'.*bentuk isian salah.*'kunci: nilai'"
    ):
        scn.Scenario.load(p)
    with pytest.raises(KadDataError, match=r"kolom 'sectors'"):
        scn.Scenario(title="x", sectors=["a"]).validate()


@pytest.mark.parametrize("text", ["", "# nothing\n", "\n\n"])
def test_empty_scenario_file(tmp_path, text):
    p = tmp_path / "s.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(KadDataError, match=r"(?s)berkas 's.yaml': berkas kosong") as e:
        scn.Scenario.load(p)
    assert "templat" not in str(e.value)


def test_a_scenario_file_that_is_not_a_mapping(tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(KadDataError, match=r"Scenario.save"):
        scn.Scenario.load(p)


@pytest.mark.parametrize(
    ("weights", "pattern"),
    [
        ({"a": float("nan"), "b": 1.0}, r"kolom 'weights\[a\]', nilai nan: bobot kosong"),
        ({"a": float("inf"), "b": 1.0}, r"kolom 'weights\[a\]', nilai inf: nilai tak hingga"),
        ({"a": 0.0, "b": 0.0}, r"jumlah bobot 0"),
        ({"a": "x", "b": 1.0}, r"kolom 'weights\[a\]', nilai 'x': nilai bukan angka"),
        ({"a": -1.0, "b": 1.0}, r"nilai negatif"),
    ],
)
def test_scenario_weights_are_checked(weights, pattern):
    s = scn.Scenario(title="x", criteria=["a", "b"], weights=weights)
    with pytest.raises(KadDataError, match=rf"(?s)skenario: x.*{pattern}"):
        s.validate()


def test_scenario_weights_nan_in_a_file(tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text(
        "schema: 1\ntitle: x\ncriteria: [a, b]\nweights: {a: .nan, b: 1}\n", encoding="utf-8"
    )
    with pytest.raises(KadDataError, match=r"bobot kosong"):
        scn.Scenario.load(p)


def test_billion_laughs_is_refused_at_load(tmp_path):
    lines = [
        "schema: 1",
        "title: x",
        "metadata:",
        '  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ]
    for i in range(1, 10):
        lines.append(f"  a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append("mission: *a9")
    p = tmp_path / "bomb.yaml"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert p.stat().st_size < 3000
    with pytest.raises(KadDataError, match=r"(?s)berkas 'bomb.yaml'.*terlalu besar"):
        scn.Scenario.load(p)


def test_a_few_aliases_are_still_fine(tmp_path):
    p = tmp_path / "s.yaml"
    p.write_text("schema: 1\ntitle: x\nmission: &m [satu, dua]\npolicies: *m\n", encoding="utf-8")
    assert scn.Scenario.load(p).policies == ["satu", "dua"]


def test_oversized_scenario_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(scn, "MAX_YAML_BYTES", 100)
    p = tmp_path / "s.yaml"
    p.write_text("schema: 1\ntitle: x\nvision: '" + "x" * 200 + "'\n", encoding="utf-8")
    with pytest.raises(KadDataError, match=r"(?s)berkas 's.yaml'.*terlalu besar"):
        scn.Scenario.load(p)


def test_xlsx_with_illegal_xml_characters(tmp_path):
    from openpyxl import load_workbook

    from kadlib import report

    s = scn.Scenario(title="Judul\x0bbaris", vision="visi\x00\x0c bersama", mission=["satu\x1fdua"])
    path = report.to_xlsx(s, tmp_path / "r.xlsx")
    ws = load_workbook(path)["Ringkasan"]
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "Judul baris" in values and "visi  bersama" in values


# =========================================================================== properties
garbage = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-10, 10),
    st.text(max_size=5),
    st.none(),
    st.sampled_from(["1/3", "0,5", "3", "1/0", "-", "inf", "nan", "1e400"]),
)


def _ok_or_kad(call):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return call()
    except KadDataError:
        return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(garbage, min_size=2, max_size=2), min_size=3, max_size=3),
    st.lists(garbage, min_size=2, max_size=2),
    st.sampled_from(["wsm", "topsis"]),
    st.booleans(),
)
def test_any_scores_and_weights_give_kad_error_or_a_valid_result(cells, weights, method, scaled):
    frame = pd.DataFrame(cells, columns=["p", "q"], index=["A", "B", "C"])

    def run():
        dm = sc.DecisionMatrix(frame, scale=(-10, 10) if scaled else None)
        return dm, sc.score(dm, dict(zip(["p", "q"], weights, strict=True)), method=method)

    result = _ok_or_kad(run)
    if result is not None:
        dm, out = result
        assert np.isfinite(dm.scores.to_numpy()).all()
        assert np.isfinite(out["score"]).all() and out["rank"].min() == 1
        assert set(out.index) == {"A", "B", "C"}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(garbage, min_size=3, max_size=3), min_size=3, max_size=3))
def test_any_comparison_matrix_gives_kad_error_or_a_valid_result(cells):
    frame = pd.DataFrame(cells, index=LABELS3, columns=LABELS3)
    r = _ok_or_kad(lambda: sc.ahp(frame, fill="geometric"))
    if r is not None:
        assert np.isfinite(r.weights).all() and r.weights.sum() == pytest.approx(1)
        assert np.isfinite(r.cr) and r.cr >= 0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(garbage, min_size=2, max_size=2), min_size=2, max_size=2),
        min_size=1,
        max_size=3,
    )
)
def test_any_group_of_matrices_gives_kad_error_or_a_valid_result(members):
    frames = [pd.DataFrame(m, index=["x", "y"], columns=["x", "y"]) for m in members]
    r = _ok_or_kad(lambda: sc.ahp_group(frames))
    if r is not None:
        assert np.isfinite(r.weights).all()
        alone = [_ok_or_kad(lambda f=f: sc.ahp(f)) for f in frames]
        assert all(a is not None for a in alone)  # the group is accepted only if each member is


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(garbage, st.lists(garbage, max_size=3)),
    st.one_of(garbage, st.integers(-3, 3)),
    st.sampled_from(["wsm", "topsis", "foo"]),
)
def test_robustness_parameters_give_kad_error_or_a_valid_result(draws, concentration, method):
    dm = dm2()
    r = _ok_or_kad(
        lambda: sc.robustness_mc(
            dm, sc.weights_equal(dm), draws=draws, concentration=concentration, method=method
        )
    )
    if r is not None:
        np.testing.assert_allclose(r.rank_probability.sum(axis=1), 1.0)
        assert 0 <= r.p_top_stays_first <= 1


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["a", "b", "c"]), garbage, max_size=3))
def test_any_scenario_weights_give_kad_error_or_valid(weights):
    s = scn.Scenario(title="x", criteria=sorted(weights), weights=weights)
    r = _ok_or_kad(s.validate)
    if r is not None and weights:
        values = [float(v) for v in r.weights.values()]
        assert all(np.isfinite(v) and v >= 0 for v in values) and sum(values) > 0


def test_english_messages_too():
    kadlib.set_language("en")
    try:
        with pytest.raises(
            KadDataError, match=r"(?s)sum of the weights is 0.*\[id\].*jumlah bobot 0"
        ):
            sc.weights_direct({"a": 0, "b": 0})
    finally:
        kadlib.set_language("id")


# =========================================================================== outputs independent of the language
def _gate_case():
    from kadlib import neighbours as nb

    g = nb.neighbour_graph()
    dm = sc.DecisionMatrix(
        pd.DataFrame({"kebutuhan": [5, 3, 2]}, index=["A", "B", "C"]), scale=(1, 5)
    )
    gate = {
        "A": nb.neighbour_rule(g, ["3302", "3303"]),
        "B": nb.neighbour_rule(g, ["3302"]),
        "C": False,
    }
    return dm, gate


def test_scored_frame_keeps_reason_codes_whatever_the_language():
    dm, gate = _gate_case()
    frames = []
    for lang in ("id", "en"):
        kadlib.set_language(lang)
        try:
            frames.append(sc.score(dm, sc.weights_equal(dm), gate=gate))
        finally:
            kadlib.set_language("id")
    pd.testing.assert_frame_equal(*frames)
    assert frames[0]["gate_reason"].to_dict() == {
        "A": "holds_all",
        "B": "fails_one",
        "C": "no_participants",
    }
    shown = sc.for_display(frames[0], lang="en")
    assert (
        shown.loc["A", "gate_reason"] == "holds: both participating regions are neighbours"
        and "gate_detail" not in shown.columns
    )
    assert (
        sc.for_display(frames[0], lang="id").loc["C", "gate_reason"]
        == "tidak ada data daerah peserta"
    )
    assert (
        sc.gate_text("an old free text", lang="en") == "an old free text"
    )  # scenarios saved before the codes


def test_verdict_text_in_either_language():
    from kadlib import neighbours as nb

    v = nb.neighbour_rule(nb.neighbour_graph(), ["3302", "3303"])
    assert (
        v.key == "holds_all"
        and v.describe("en").startswith("holds")
        and v.describe("id").startswith("terpenuhi")
    )


def test_ipa_frame_keeps_quadrant_codes_whatever_the_language():
    from kadlib import factors

    ratings = pd.DataFrame(
        {"participant": ["p1"] * 2, "item": ["a", "b"], "importance": [5, 2], "condition": [2, 4]}
    )
    frames = []
    for lang in ("id", "en"):
        kadlib.set_language(lang)
        try:
            frames.append(factors.importance_performance(ratings))
        finally:
            kadlib.set_language("id")
    pd.testing.assert_frame_equal(*frames)
    assert "label" not in frames[0].columns and frames[0]["quadrant"].to_dict() == {"a": 1, "b": 4}
    assert (
        factors.for_display(frames[0], lang="en").loc["a", "label"].startswith("Concentrate here")
    )
    assert factors.for_display(frames[0], lang="id").loc["a", "label"].startswith("Prioritas utama")


def test_report_translates_gate_codes(tmp_path):
    from kadlib import report

    s = scn.Scenario(
        title="x",
        sectors={"A": {"label": "A"}},
        ranking=[
            {
                "sector": "A",
                "score": 0.5,
                "rank": 1,
                "passes_gate": False,
                "gate_reason": "fails_one",
                "gate_detail": {},
            }
        ],
    )
    text = report.to_html(s, tmp_path / "r.html", lang="en", figures=False).read_text(
        encoding="utf-8"
    )
    assert "fails: only one participating region" in text and "fails_one" not in text


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=3), garbage, max_size=4))
def test_any_direct_weights_give_kad_error_or_weights_summing_to_one(values):
    w = _ok_or_kad(lambda: sc.weights_direct(values))
    if w is not None:
        assert np.isfinite(w).all() and (w >= 0).all() and w.sum() == pytest.approx(1)
        assert list(w.index) == [str(k) for k in values]


@settings(max_examples=60, deadline=None)
@given(
    garbage, st.sampled_from(["wsm", "topsis", "foo"]), st.lists(garbage, min_size=2, max_size=2)
)
def test_any_one_at_a_time_input_gives_kad_error_or_a_table(change, method, weights):
    dm = dm2()
    out = _ok_or_kad(
        lambda: sc.robustness_oat(
            dm, dict(zip(dm.criteria, weights, strict=True)), method=method, change=change
        )
    )
    if out is not None:
        assert set(out["top"]) <= set(dm.alternatives) and (out["max_rank_shift"] >= 0).all()


@settings(max_examples=100, deadline=None)
@given(garbage)
def test_parse_number_gives_a_float_or_kad_error(value):
    v = _ok_or_kad(lambda: sc.parse_number(value))
    assert v is None or isinstance(v, float)


# =========================================================================== scenario files, mutated
def _paths(d, prefix=()):
    if isinstance(d, dict):
        for k, v in d.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(d, list):
        for i, v in enumerate(d[:3]):
            yield (*prefix, i)
            yield from _paths(v, (*prefix, i))


def test_mutated_scenario_files_give_kad_error_or_a_document(tmp_path):
    """300 seeded mutations of a saved scenario (one value replaced by garbage): load() refuses it with a
    KadDataError, or it loads and the HTML, the XLSX and a comparison are written without a raw exception."""
    import copy
    import random

    import yaml

    from kadlib import neighbours as nb
    from kadlib import report

    ex = kadlib.load_example_workshop()
    crit = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]
    dm = sc.DecisionMatrix(ex["scores"][crit], scale=(1, 5), source="contoh")
    g = nb.neighbour_graph()
    gate = {s: nb.neighbour_rule(g, p) for s, p in ex["scores"]["participants"].items()}
    s = scn.Scenario(title="Contoh", members=["3301", "3302", "3303"])
    s.record_scoring(
        dm,
        sc.weights_equal(dm),
        gate=gate,
        ahp_result=sc.ahp(ex["ahp"]),
        robustness=sc.robustness_mc(dm, sc.weights_equal(dm), draws=100),
    )
    s.indicators = [
        {"name": "Penduduk miskin", "unit": "persen", "baseline": 12.5, "baseline_year": 2023}
    ]
    s.actors = [{"name": "Bappeda", "region": "3302", "role": "koordinator"}]
    base = s.to_dict()
    spots = [p for p in _paths(base) if p[0] != "schema"]
    garbage_values = [
        None,
        1,
        1.5,
        float("nan"),
        float("inf"),
        "x",
        "",
        [],
        {},
        [1, 2],
        {"a": 1},
        True,
        [None],
        [{"x": 1}],
        {"a": None},
        "\x0b=1+1",
    ]
    rng = random.Random(13)
    path, loaded_ok = tmp_path / "s.yaml", 0
    for _ in range(300):
        d = copy.deepcopy(base)
        spot = rng.choice(spots)
        target = d
        for k in spot[:-1]:
            target = target[k]
        target[spot[-1]] = rng.choice(garbage_values)
        path.write_text(yaml.safe_dump(d, allow_unicode=True), encoding="utf-8")
        try:
            loaded = scn.Scenario.load(path)
        except KadDataError:
            continue
        report.to_html(loaded, tmp_path / "r.html", figures=False)
        report.to_xlsx(loaded, tmp_path / "r.xlsx")
        scn.compare(loaded, loaded)
        loaded_ok += 1
    assert 30 < loaded_ok < 300  # both outcomes were exercised


# =========================================================================== factor ratings
def _ratings(a, b):
    return pd.DataFrame(
        {
            "participant": ["p1", "p1", "p2"],
            "item": ["a", "b", "a"],
            "importance": [a, 2, 4],
            "condition": [b, 4, 1],
        }
    )


@pytest.mark.parametrize(
    ("a", "b", "pattern"),
    [
        ("x", 2, r"baris 0, kolom 'importance', nilai 'x': nilai bukan angka"),
        (np.inf, 2, r"baris 0, kolom 'importance', nilai inf: nilai di luar skala"),
        (7, 2, r"(?s)baris 0, kolom 'importance', nilai 7.0: nilai di luar skala.*dari 1 sampai 5"),
        (
            3,
            None,
            r"(?s)baris 0, kolom 'condition', nilai nan: sel kosong.*setiap peserta menilai setiap butir",
        ),
        (True, 2, r"nilai True: nilai bukan angka"),
    ],
)
def test_bad_ratings_are_refused_not_averaged(a, b, pattern):
    from kadlib import factors

    with pytest.raises(KadDataError, match=pattern):
        factors.importance_performance(_ratings(a, b))


def test_ratings_typed_with_a_decimal_comma_are_read():
    from kadlib import factors

    out = factors.importance_performance(_ratings("3,5", "2"))
    assert out.loc["a", "importance"] == pytest.approx((3.5 + 4) / 2)


@pytest.mark.parametrize("ratings", [pd.DataFrame(), None, []])
def test_no_ratings(ratings):
    from kadlib import factors

    with pytest.raises(KadDataError, match="tabel kosong"):
        factors.importance_performance(ratings)


@pytest.mark.parametrize("call", ["score", "robustness_oat", "robustness_mc"])
def test_an_unknown_method_option_is_a_kit_error(call):
    """`robustness_mc(dm, w, normalisation="max")` (British spelling) used to raise a raw TypeError."""
    dm = sc.DecisionMatrix(
        pd.DataFrame({"a": [1.0, 3.0], "b": [2.0, 1.0]}, index=["x", "y"]), scale=(1, 5)
    )
    with pytest.raises(KadDataError, match="(?s)normalisation.*normalization"):
        getattr(sc, call)(dm, {"a": 0.5, "b": 0.5}, normalisation="max")


def test_bundled_selection_with_no_data_is_a_clear_error():
    """Found while writing report13's doctests: IPM is not in the kit for DIY, and
    ``load_baseline(["3402"], indicators="ipm", years=2023)`` raised a bare
    ``ValueError: min() arg is an empty sequence`` (so did ``baseline_indicator``)."""
    with pytest.raises(
        KadDataError,
        match=r"(?s)berkas 'baseline.csv', kolom 'year', nilai 2023: kit tidak punya data.*"
        r"load_indicators\(\).*\[en\].*the kit has no data for the regions and indicator",
    ):
        kadlib.load_baseline(["3402"], indicators="ipm", years=2023)
    with pytest.raises(KadDataError, match="kit tidak punya data"):
        scn.baseline_indicator("ipm", ["3402", "3404"], 2023)
    assert len(kadlib.load_baseline(["3302"], indicators="ipm", years=2023)) == 1


#: Every place in kadlib that raises a built-in exception instead of KadDataError, and why it may.
#: Issue 13 found plain English ValueErrors in economy.py, scoring.py, maps.py and scenario.py; a new
#: one anywhere fails this test until it is either a KadDataError or listed here with its reason.
BUILTIN_RAISES = {
    ("__init__.py", "__getattr__", "AttributeError"): "Python's protocol for a missing attribute",
    ("factors.py", "__getattr__", "AttributeError"): "Python's protocol for a missing attribute",
    ("workshop.py", "__getattr__", "AttributeError"): "Python's protocol for a missing attribute",
    ("i18n.py", "set_language", "ValueError"): "bilingual message, tested in test_package.py",
    ("i18n.py", "using", "ValueError"): "the same unknown-language message as set_language",
    ("_paths.py", "data_dir", "FileNotFoundError"): "a broken install (bilingual), not user input",
    ("validate.py", "_uniques", "TypeError"): "control flow, caught two lines below",
    ("widgets.py", "scoring_panel.on_typed", "ValueError"): "control flow, caught at once",
    ("live/rehearsal.py", "rehearse", "RuntimeError"): "a developer's rehearsal script",
    ("_notebooks.py", "", "SystemExit"): "command-line exit status",
    ("_stub.py", "", "SystemExit"): "command-line exit status",
    ("dashboard.py", "", "SystemExit"): "command-line exit status",
    ("live/__main__.py", "", "SystemExit"): "command-line exit status",
}


def test_no_bare_builtin_exception_reaches_the_user():
    import ast
    import builtins
    from pathlib import Path

    package = Path(kadlib.__file__).parent
    errors = {
        n
        for n in dir(builtins)
        if isinstance(getattr(builtins, n), type)
        and issubclass(getattr(builtins, n), BaseException)
    }
    found = set()

    def visit(node, where, path):
        for child in ast.iter_child_nodes(node):
            inner = where
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = f"{where}.{child.name}" if where else child.name
            if isinstance(child, ast.Raise) and child.exc is not None:
                exc = child.exc.func if isinstance(child.exc, ast.Call) else child.exc
                if isinstance(exc, ast.Name) and exc.id in errors:
                    found.add((path, inner, exc.id))
            visit(child, inner, path)

    for file in sorted(package.rglob("*.py")):
        path = file.relative_to(package).as_posix()
        visit(ast.parse(file.read_text(encoding="utf-8")), "", path)
    assert found - set(BUILTIN_RAISES) == set(), "raise KadDataError (kadlib.errors) instead"
    assert set(BUILTIN_RAISES) - found == set(), "gone: take it off BUILTIN_RAISES"
