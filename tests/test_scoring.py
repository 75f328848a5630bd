"""Scoring: known answers, cross-checks with pymcdm and scikit-criteria, properties, bad input."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from kadlib import KadDataError
from kadlib import scoring as sc

CRIT = ["kebutuhan", "potensi", "prinsip", "champion", "prospek", "biaya"]


def matrix(x, types=None, scale=(1, 5)):
    x = np.asarray(x, dtype=float)
    names = CRIT[: x.shape[1]]
    types = types if types is not None else [1] * x.shape[1]
    return sc.DecisionMatrix(
        pd.DataFrame(x, columns=names, index=[f"S{i}" for i in range(len(x))]),
        objectives=dict(zip(names, types, strict=True)),
        scale=scale,
    )


# --------------------------------------------------------------------------- AHP
SAATY_OPTICS = [[1, 5, 6, 7], [1 / 5, 1, 4, 6], [1 / 6, 1 / 4, 1, 4], [1 / 7, 1 / 6, 1 / 4, 1]]


def test_ahp_saaty_optics_example():
    """Saaty (1977), 'A scaling method for priorities in hierarchical structures', J. Math. Psych. 15:
    relative brightness of four chairs; reported eigenvector (0.61, 0.24, 0.10, 0.05), λmax = 4.39."""
    r = sc.ahp(SAATY_OPTICS)
    np.testing.assert_allclose(r.weights, [0.61, 0.24, 0.10, 0.05], atol=0.01)
    assert round(r.lambda_max, 2) == 4.39
    assert r.ci == pytest.approx((r.lambda_max - 4) / 3)
    assert r.cr == pytest.approx(r.ci / 0.90) and r.ri_table == "Saaty (1980)"
    assert not r.consistent and r.worst_pair is not None


def test_ahp_matches_pymcdm_eigenvector():
    from pymcdm.weights.subjective import AHP

    m = np.array(SAATY_OPTICS)
    theirs = AHP(matrix=m)()
    np.testing.assert_allclose(sc.ahp(m).weights, theirs, atol=1e-10)


def test_consistent_matrix_has_cr_zero_and_exact_weights():
    w = np.array([0.4, 0.3, 0.2, 0.1])
    r = sc.ahp(w[:, None] / w[None, :])
    np.testing.assert_allclose(r.weights, w)
    assert r.cr == pytest.approx(0, abs=1e-12) and r.consistent


def test_most_inconsistent_pair_is_named():
    w = np.array([0.5, 0.25, 0.15, 0.1])
    m = w[:, None] / w[None, :]
    m[0, 3], m[3, 0] = 1 / 3, 3  # a reversed judgement: 'd' over 'a'
    labels = ["a", "b", "c", "d"]
    r = sc.ahp(pd.DataFrame(m, index=labels, columns=labels))
    assert not r.consistent
    assert set(r.worst_pair[:2]) == {"a", "d"}
    assert "a dibanding d" in r.summary() or "d dibanding a" in r.summary()


def test_worst_pair_is_written_in_the_readers_number_format():
    """The worst pair's judgements follow the language like the rest of the summary (1,52 in id)."""
    from kadlib import i18n

    w = np.array([8.0, 4.0, 2.0, 1.0])
    m = w[:, None] / w[None, :]
    m[0, 3], m[3, 0] = 1 / 8, 8  # 'a' over 'd' typed the wrong way round
    labels = ["a", "b", "c", "d"]
    r = sc.ahp(pd.DataFrame(m, index=labels, columns=labels))
    a, b, given, ideal = r.worst_pair
    assert (a, b, given) == ("d", "a", 8.0) and round(ideal, 2) == 1.52
    previous = i18n.get_language()
    try:
        i18n.set_language("id")
        assert "d dibanding a = 8 (" in r.summary() and "≈ 1,52)" in r.summary()
        i18n.set_language("en")
        assert "d vs a = 8 (" in r.summary() and "≈ 1.52)" in r.summary()
    finally:
        i18n.set_language(previous)


@pytest.mark.parametrize("n", [16, 18, 20])
def test_ahp_works_beyond_fifteen(n):
    w = np.linspace(1, 2, n)
    with pytest.warns(UserWarning, match="15"):
        r = sc.ahp(w[:, None] / w[None, :])
    np.testing.assert_allclose(r.weights, w / w.sum())
    assert "simulated" in r.ri_table and r.ri > 1.5


def test_simulated_random_index_agrees_with_published_tables():
    for n in range(5, 16):
        assert abs(sc.random_index_simulated(n) - sc.RI_TUMMALA_LING[n - 1]) < 0.015, n
    assert 0.50 < sc.random_index_simulated(3) < 0.60  # published values for n = 3 range 0.52-0.58
    assert sc.random_index_simulated(20) > sc.random_index_simulated(16) > sc.RI_SAATY[-1] - 0.01


def test_incomplete_matrix_refused_or_filled_with_a_warning():
    labels = ["a", "b", "c"]
    m = pd.DataFrame([[1, 2, np.nan], [0.5, 1, 2], [np.nan, 0.5, 1]], index=labels, columns=labels)
    with pytest.raises(
        KadDataError, match=r"(?s)baris 'a'.*kolom 'c'.*belum diisi.*fill='geometric'"
    ):
        sc.ahp(m)
    with pytest.warns(UserWarning, match=r"a/c≈4.00"):
        r = sc.ahp(m, fill="geometric")
    assert r.matrix.loc["a", "c"] == pytest.approx(4.0) and r.filled == [
        ("a", "c", pytest.approx(4.0))
    ]


@pytest.mark.parametrize(
    ("m", "pattern"),
    [
        ([[1, 3], [3, 1]], r"tidak resiprokal"),
        ([[2, 3], [1 / 3, 1]], r"diagonal"),
        ([[1, 12], [1 / 12, 1]], r"di luar skala"),
        ([[1, 2, 3], [0.5, 1, 2]], r"bujur sangkar"),
    ],
)
def test_bad_comparison_matrices(m, pattern):
    with pytest.raises(KadDataError, match=pattern):
        sc.ahp(np.array(m, dtype=float) if len(m) == len(m[0]) else pd.DataFrame(m))


def test_group_ahp_is_the_geometric_mean_of_judgements():
    labels = ["a", "b", "c"]
    p1 = pd.DataFrame([[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]], index=labels, columns=labels)
    p2 = pd.DataFrame([[1, 1, 3], [1, 1, 4], [1 / 3, 1 / 4, 1]], index=labels, columns=labels)
    r = sc.ahp_group([p1, p2])
    assert r.matrix.loc["a", "b"] == pytest.approx(np.sqrt(3 * 1))
    assert r.matrix.loc["a", "c"] == pytest.approx(np.sqrt(15))
    assert r.matrix.loc["c", "b"] == pytest.approx(np.sqrt(0.5 * 0.25))
    assert r.matrix.loc["b", "a"] * r.matrix.loc["a", "b"] == pytest.approx(1)


# --------------------------------------------------------------------------- methods vs peers
def random_case(seed, m=6, k=17):
    rng = np.random.default_rng(seed)
    x = rng.integers(1, 6, size=(k, m)).astype(float)
    types = np.array([1, 1, 1, 1, 1, -1][:m])
    w = rng.random(m) + 0.05
    return x, types, w / w.sum()


@pytest.mark.parametrize("seed", range(5))
def test_topsis_equals_pymcdm_and_scikit_criteria(seed):
    from pymcdm.methods import TOPSIS
    from pymcdm.normalizations import minmax_normalization, vector_normalization

    x, types, w = random_case(seed)
    dm = matrix(x, types)
    ws = dict(zip(CRIT, w, strict=True))
    np.testing.assert_allclose(
        sc.topsis(dm, ws), TOPSIS(vector_normalization)(x, w, types), atol=1e-12
    )
    np.testing.assert_allclose(
        sc.topsis(dm, ws, normalization="minmax"),
        TOPSIS(minmax_normalization)(x, w, types),
        atol=1e-12,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-criteria's deprecation and minimisation notices
        import skcriteria as skc
        from skcriteria.agg.topsis import TOPSIS as SKTOPSIS
        from skcriteria.pipelines import mkpipe
        from skcriteria.preprocessing.scalers import VectorScaler

        d = skc.mkdm(x, [max if t > 0 else min for t in types], weights=w)
        result = mkpipe(VectorScaler(target="matrix"), SKTOPSIS()).evaluate(d)
    np.testing.assert_allclose(sc.topsis(dm, ws), result.e_.similarity, atol=1e-12)
    np.testing.assert_array_equal(sc.rank(sc.topsis(dm, ws)), result.rank_)


@pytest.mark.parametrize("seed", range(5))
def test_weighted_sum_equals_pymcdm(seed):
    from pymcdm.methods import WSM
    from pymcdm.normalizations import minmax_normalization

    x, types, w = random_case(seed)
    dm = matrix(x, types)
    ours = sc.weighted_sum(dm, dict(zip(CRIT, w, strict=True)), normalization="minmax")
    np.testing.assert_allclose(ours, WSM(minmax_normalization)(x, w, types), atol=1e-12)


def test_weighted_sum_on_the_scale_by_hand():
    dm = matrix([[5, 1], [3, 3]], types=[1, -1])
    s = sc.weighted_sum(dm, {"kebutuhan": 1, "potensi": 3})
    # S0: (5-1)/4 = 1 on a max criterion; (5-1)/4 = 1 on a min criterion scored 1 -> 0.25*1 + 0.75*1
    assert s.tolist() == [1.0, 0.25 * 0.5 + 0.75 * 0.5]


def test_ranks_share_ties():
    assert sc.rank(pd.Series([3.0, 1.0, 3.0, 2.0], index=list("abcd"))).tolist() == [1, 4, 1, 3]


def test_gate_marks_failing_sectors_without_dropping_them():
    dm = matrix([[5, 5], [4, 4], [1, 1]])
    gate = {"S0": False, "S1": True, "S2": True}
    out = sc.score(dm, sc.weights_equal(dm), gate=gate)
    assert list(out.index) == ["S0", "S1", "S2"]  # S0 still shown, first by score
    assert out.loc["S0", "passes_gate"] == False  # noqa: E712
    assert pd.isna(out.loc["S0", "rank_eligible"]) and out.loc["S1", "rank_eligible"] == 1


# --------------------------------------------------------------------------- robustness
def test_monte_carlo_rank_probabilities():
    x, types, w = random_case(3)
    dm = matrix(x, types)
    ws = dict(zip(CRIT, w, strict=True))
    for method in ("wsm", "topsis"):
        r = sc.robustness_mc(dm, ws, method=method, draws=500, seed=1)
        p = r.rank_probability.to_numpy()
        np.testing.assert_allclose(p.sum(axis=1), 1.0)  # every sector has some rank in every draw
        np.testing.assert_allclose(
            p.sum(axis=0), 1.0
        )  # every rank is taken by one sector in every draw
        assert r.top == sc.score(dm, ws, method=method).index[0]
        assert 0 <= r.p_top_stays_first <= 1
    again = sc.robustness_mc(dm, ws, draws=500, seed=1)
    pd.testing.assert_frame_equal(
        again.rank_probability, sc.robustness_mc(dm, ws, draws=500, seed=1).rank_probability
    )


def test_monte_carlo_equals_a_loop_over_draws():
    x, types, w = random_case(4)
    dm = matrix(x, types)
    ws = pd.Series(w, index=CRIT)
    draws = sc.dirichlet_weights(w, 50, seed=7)
    r = sc.robustness_mc(dm, ws, method="topsis", draws=50, seed=7)
    firsts = [sc.topsis(dm, pd.Series(d, index=CRIT)).to_numpy().argmax() for d in draws]
    expected = pd.Series(firsts).value_counts(normalize=True)
    for i, alt in enumerate(dm.alternatives):
        assert r.rank_probability.loc[alt, 1] == pytest.approx(expected.get(i, 0.0))


def test_a_dominant_sector_stays_first_under_any_weights():
    dm = matrix([[5, 5, 5], [3, 4, 2], [2, 2, 4]])
    r = sc.robustness_mc(dm, sc.weights_equal(dm), draws=300, concentration=2)
    assert r.top == "S0" and r.p_top_stays_first == 1.0
    oat = sc.robustness_oat(dm, sc.weights_equal(dm), change=0.5)
    assert not oat["top_changed"].any() and len(oat) == 6


# --------------------------------------------------------------------------- validation
def test_matrix_validation():
    with pytest.raises(
        KadDataError, match=r"(?s)baris 'S1', kolom 'potensi', nilai 7.0.*nilai dari 1 sampai 5"
    ):
        matrix([[1, 2], [3, 7]])
    with pytest.raises(KadDataError, match=r"(?s)kolom 'kebutuhan'.*bukan angka"):
        sc.DecisionMatrix(pd.DataFrame({"kebutuhan": [1, None]}), scale=(1, 5))
    with pytest.warns(UserWarning, match="'potensi'.*sama"):
        matrix([[1, 3], [2, 3]])
    with pytest.raises(KadDataError, match=r"bobot tidak cocok"):
        sc.weighted_sum(matrix([[1, 2], [3, 4]]), {"kebutuhan": 1, "lain": 2})
    with pytest.raises(KadDataError, match=r"bobot|negatif"):
        sc.weighted_sum(matrix([[1, 2], [3, 4]]), {"kebutuhan": -1, "potensi": 2})


# --------------------------------------------------------------------------- properties
scores_5 = arrays(
    np.float64,
    st.tuples(st.integers(2, 8), st.integers(2, 5)),
    elements=st.integers(1, 5).map(float),
)


@settings(max_examples=60, deadline=None)
@given(scores_5, st.data())
def test_scaling_all_weights_changes_nothing(x, data):
    w = np.array(data.draw(st.lists(st.floats(0.05, 1), min_size=x.shape[1], max_size=x.shape[1])))
    k = data.draw(st.floats(0.1, 100))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dm = matrix(x)
    names = dm.criteria
    for method in (sc.weighted_sum, sc.topsis):
        a = method(dm, dict(zip(names, w, strict=True)))
        b = method(dm, dict(zip(names, w * k, strict=True)))
        np.testing.assert_allclose(a, b, atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(scores_5, st.data())
def test_adding_a_dominated_sector_does_not_reorder_the_others(x, data):
    w = np.array(data.draw(st.lists(st.floats(0.05, 1), min_size=x.shape[1], max_size=x.shape[1])))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dm = matrix(x)
        worse = pd.DataFrame(
            [np.maximum(x.min(axis=0) - data.draw(st.integers(0, 1)), 1)],
            columns=dm.criteria,
            index=["dominated"],
        )
        bigger = dm.with_alternatives(worse)
    ws = dict(zip(dm.criteria, w, strict=True))
    before = sc.rank(sc.weighted_sum(dm, ws))
    after = sc.rank(sc.weighted_sum(bigger, ws)).drop("dominated")
    np.testing.assert_array_equal(
        np.argsort(before.to_numpy(), kind="stable"), np.argsort(after.to_numpy(), kind="stable")
    )


@settings(max_examples=30, deadline=None)
@given(scores_5, st.integers(0, 10_000))
def test_rank_probabilities_sum_to_one(x, seed):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dm = matrix(x)
    r = sc.robustness_mc(dm, sc.weights_equal(dm), method="topsis", draws=100, seed=seed)
    np.testing.assert_allclose(r.rank_probability.sum(axis=1), 1.0)


def test_unknown_method_scale_and_table_have_their_own_messages():
    dm = matrix([[1, 2], [3, 4]])
    with pytest.raises(
        KadDataError, match=r"kolom 'method', nilai 'topsiss': pilihan tidak dikenal"
    ):
        sc.score(dm, sc.weights_equal(dm), method="topsiss")
    with pytest.raises(KadDataError, match=r"skala tidak valid"):
        matrix([[1, 2], [3, 4]], scale=(5, 1))
    with pytest.raises(KadDataError, match=r"(?s)nilai 16: tabel indeks acak.*n ≤ 15"):
        sc.random_index(16, "tummala_ling")
