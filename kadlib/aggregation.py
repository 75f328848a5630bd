"""Combining the room's judgements: group weights, the AHP consensus indicator, robustness under disagreement.

Pure functions over frames (no store, no widgets):

group_weights(ahp_matrices, point_weights)
    The room's criteria weights as the **geometric mean of the individual
    judgements** (aggregation of individual judgements, AIJ; Aczél & Saaty 1983).
    A participant who gave 100 points counts as the consistent matrix
    ``w_i / w_j`` — so for a room that only gave points the result is the
    normalised geometric mean of their weights.
ahp_consensus(priorities, scale_max=9)
    The AHP consensus indicator S* of AHP-OS (Goepel 2013; Goepel 2018,
    *IJAHP* 10(3)), from Shannon alpha and beta entropy of the participants'
    priority vectors, with AHP-OS's word bands.
robustness_room(matrices, weights, ...)
    How often each field takes each rank when the **participants themselves**
    are resampled (bootstrap over who is in the room): the spread that comes
    from the room's own disagreement, beside :func:`kadlib.scoring.robustness_mc`'s
    perturbation of one set of weights.

The room's ratings of items (key success factors: importance, condition):

aggregate(ratings, method="median")
    Each item's combined rating: ``median``, ``mean`` or ``geometric`` mean.
consensus(ratings, measure)
    Where the room agrees: the spread (IQR) per item, a flag on the items to
    discuss, and Kendall's W (:func:`kendalls_w`, with the ties correction;
    its p-value from :func:`chi2_sf`) over the participants' rankings.

These four were defined in :mod:`kadlib.workshop` until issue 13 (part 6);
``kadlib.workshop`` still re-exports them under the same names.

Examples
--------
>>> import pandas as pd
>>> pts = pd.DataFrame([[0.5, 0.5], [0.8, 0.2]], columns=["a", "b"], index=["p1", "p2"])
>>> group_weights({}, pts).weights.round(3).tolist()  # sqrt(.5*.8) : sqrt(.5*.2), normalised
[0.667, 0.333]
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import i18n
from .errors import KadDataError

#: AHP-OS word scale for the consensus indicator (Goepel, bpmsg.com "AHP consensus word scale").
CONSENSUS_BANDS = (
    (0.5, "very_low"),
    (0.625, "low"),
    (0.75, "moderate"),
    (0.875, "high"),
    (float("inf"), "very_high"),
)


@dataclass
class GroupWeights:
    """The room's weights and where they come from (what :func:`group_weights` returns).

    Examples
    --------
    >>> g = group_weights([], pd.DataFrame({"a": [50, 60], "b": [50, 40]}, index=["p1", "p2"]))
    >>> g.n, g.n_ahp, g.n_points, g.cr
    (2, 0, 2, 0.0)
    """

    weights: pd.Series
    matrix: pd.DataFrame  # the geometric-mean (AIJ) matrix
    n_ahp: int
    n_points: int
    cr: float  # consistency ratio of the combined matrix (0 when every judgement was points)

    @property
    def n(self) -> int:
        return self.n_ahp + self.n_points


def _principal(a: np.ndarray):
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    w = np.abs(vectors[:, k].real)
    return w / w.sum(), float(values[k].real)


def group_weights(ahp_matrices, point_weights=None) -> GroupWeights:
    """Geometric mean of every participant's judgements (AIJ), then the principal eigenvector.

    Parameters
    ----------
    ahp_matrices : dict or list of DataFrame
        Pairwise comparison matrices (criteria x criteria) of the participants who used AHP.
    point_weights : DataFrame, optional
        Participants x criteria, positive weights (e.g. 100 points) of the
        participants who gave points; each row is taken as the matrix ``w_i / w_j``.

    Returns
    -------
    GroupWeights
        ``weights`` (sum 1), ``matrix`` (the combined matrix), ``n_ahp``,
        ``n_points``, ``cr`` (Saaty's random index).

    Raises
    ------
    KadDataError
        Nobody gave weights; a weight that is zero or negative (its logarithm
        is undefined: every criterion needs at least one point); criteria that differ.

    Examples
    --------
    Two participants gave 100 points; the group's weight of ``a`` is the normalised
    geometric mean (√(50·60) against √(30·20) and √(20·20)):

    >>> pts = pd.DataFrame({"a": [50, 60], "b": [30, 20], "c": [20, 20]}, index=["p1", "p2"])
    >>> [round(float(w), 3) for w in group_weights([], pts).weights]
    [0.552, 0.247, 0.201]
    """
    from .scoring import random_index

    mats = (
        list(ahp_matrices.values()) if isinstance(ahp_matrices, dict) else list(ahp_matrices or [])
    )
    pts = point_weights if point_weights is not None else pd.DataFrame()
    criteria = list(mats[0].index) if mats else list(pts.columns)
    if (
        not mats and pts.empty
    ) or not criteria:  # nobody, or only empty judgements (no criteria at all)
        raise KadDataError(
            "err_no_submission",
            file="group_weights",
            column="weights",
            value=None,
            allowed=("allow_nonempty", {}),
        )
    logs = []
    for k, m in enumerate(mats, start=1):
        if list(m.index) != criteria or list(m.columns) != criteria:
            raise KadDataError(
                "err_ahp_shape",
                file=f"group_weights #{k}",
                value=list(m.index),
                allowed=("allow_ahp", {}),
            )
        a = m.to_numpy(dtype=float)
        if not (np.isfinite(a).all() and (a > 0).all()):
            raise KadDataError(
                "err_negative",
                file=f"group_weights #{k}",
                column="ahp",
                value=float(a.min()),
                allowed=("allow_weights", {}),
            )
        logs.append(np.log(a))
    if not pts.empty:
        if list(pts.columns) != criteria:
            raise KadDataError(
                "err_weights_criteria",
                value=", ".join(map(str, pts.columns)),
                allowed=("allow_list", {"items": ", ".join(criteria)}),
            )
        w = pts.to_numpy(dtype=float)
        if not (np.isfinite(w).all() and (w > 0).all()):
            bad = np.argwhere(~(np.isfinite(w) & (w > 0)))[0]
            raise KadDataError(
                "err_negative",
                file="group_weights",
                row=str(pts.index[bad[0]]),
                column=criteria[bad[1]],
                value=float(w[tuple(bad)]),
                allowed=("allow_weights", {}),
            )
        lw = np.log(w)
        logs.extend(lw[:, :, None] - lw[:, None, :])
    geo = np.exp(np.mean(logs, axis=0))
    weights, lam = _principal(geo)
    n = len(criteria)
    cr = 0.0
    if n > 2 and mats:
        ri = random_index(n)[0]
        cr = max((lam - n) / (n - 1), 0.0) / ri if ri > 0 else 0.0
    return GroupWeights(
        pd.Series(weights, index=criteria),
        pd.DataFrame(geo, index=criteria, columns=criteria),
        len(mats),
        0 if pts.empty else len(pts),
        float(cr),
    )


def _entropy(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-300, None)
    return -(p * np.log(p)).sum(axis=-1)


def ahp_consensus(priorities, *, scale_max: float = 9.0) -> dict:
    """The AHP consensus indicator S* as AHP-OS computes it (Goepel 2013; AHP-OS ``AhpGroup::getConsensus``).

    For K participants' priority vectors ``w_k`` over n criteria:
    ``Hα = mean_k H(w_k)`` (Shannon alpha entropy), ``Hγ = H(mean_k w_k)``
    (gamma), ``Hβ = Hγ − Hα`` (beta).  With the AHP correction for a scale
    whose largest judgement is M (9 for Saaty's scale):
    ``Hα,min = −(M/(n+M−1)) ln(M/(n+M−1)) − (n−1) (1/(n+M−1)) ln(1/(n+M−1))``,
    ``Hγ,max = ln n``, ``c = exp(Hγ,max − Hα,min)``, and
    ``S* = (1/exp(Hβ) − 1/c) / (1 − 1/c)`` — 1 when everyone has the same
    priorities, 0 when they are as far apart as the scale allows.

    Returns
    -------
    dict
        ``s`` (0–1), ``band`` (AHP-OS word scale: ``very_low`` < 0.5 ≤ ``low``
        < 0.625 ≤ ``moderate`` < 0.75 ≤ ``high`` < 0.875 ≤ ``very_high``),
        ``label`` (the band in the current language), ``h_alpha``, ``h_beta``,
        ``h_gamma``, ``k``, ``n``.  ``s`` is NaN with fewer than two participants.

    Examples
    --------
    >>> same = pd.DataFrame([[0.6, 0.4], [0.6, 0.4]])
    >>> ahp_consensus(same)["s"]
    1.0
    >>> round(ahp_consensus(pd.DataFrame([[0.9, 0.1], [0.1, 0.9]]))["s"], 9)  # the scale's extremes
    0.0
    """
    w = np.asarray(priorities, dtype=float)
    if w.ndim != 2 or w.shape[1] < 2:
        raise KadDataError(
            "err_ahp_shape", file="ahp_consensus", value=list(w.shape), allowed=("allow_ahp", {})
        )
    if not np.isfinite(w).all() or (w < 0).any():
        raise KadDataError(
            "err_negative",
            file="ahp_consensus",
            value=float(np.nanmin(w)),
            allowed=("allow_weights", {}),
        )
    w = w / w.sum(axis=1, keepdims=True)
    k, n = w.shape
    h_alpha = float(_entropy(w).mean())
    h_gamma = float(_entropy(w.mean(axis=0)))
    h_beta = h_gamma - h_alpha
    m = float(scale_max)
    big, small = m / (n + m - 1), 1 / (n + m - 1)
    h_alpha_min = -big * np.log(big) - (n - 1) * small * np.log(small)
    cor = float(np.exp(np.log(n) - h_alpha_min))
    s = (1 / np.exp(h_beta) - 1 / cor) / (1 - 1 / cor) if k > 1 else float("nan")
    s = float(min(s, 1.0)) if s == s else s
    band = next(name for limit, name in CONSENSUS_BANDS if s < limit) if s == s else None
    return {
        "s": s,
        "band": band,
        "label": i18n.t(f"consensus_{band}") if band else i18n.t("no_data"),
        "h_alpha": h_alpha,
        "h_beta": h_beta,
        "h_gamma": h_gamma,
        "k": k,
        "n": n,
    }


def robustness_room(
    matrices,
    weights,
    *,
    method: str = "wsm",
    draws: int = 1000,
    seed: int = 0,
    how: str = "mean",
    like=None,
    **kwargs,
):
    """Bootstrap over participants: the ranking's stability under the room's own disagreement.

    Each draw resamples, with replacement, as many score sheets as were given
    (and, independently, as many weight sets), combines the scores by ``how``
    (mean or median per cell) and the weights by the geometric mean of the
    resampled judgements, then ranks the fields.  Ties within a draw go to the
    earlier field, so each field's rank probabilities sum to 1.

    Parameters
    ----------
    matrices : dict or list of DecisionMatrix
        One per participant (same fields and criteria).
    weights : DataFrame
        Participants x criteria, each participant's own weights (rows > 0;
        e.g. :meth:`kadlib.store.Store.participant_weights`).
    method : {"wsm", "topsis"}
    like : DecisionMatrix, optional
        When given, ``matrices`` is an array participants x fields x criteria in
        the order (and with the scale and objectives) of ``like`` — e.g.
        :meth:`kadlib.store.Store.field_stack` — which is much faster for a big room.

    Returns
    -------
    kadlib.scoring.Robustness
        ``rank_probability``, ``top`` (the first field with the whole room),
        ``p_top_stays_first``, ``expected_rank``, ``draws``.

    Examples
    --------
    >>> from kadlib.scoring import DecisionMatrix
    >>> a = DecisionMatrix(pd.DataFrame({"x": [5, 1], "y": [5, 1]}, index=["A", "B"]), scale=(1, 5))
    >>> w = pd.DataFrame([[0.5, 0.5]], columns=["x", "y"])
    >>> robustness_room([a, a], w, draws=50).p_top_stays_first  # everybody agrees: always first
    1.0
    """
    from .errors import check_option
    from .scoring import METHODS, DecisionMatrix, Robustness, rank, topsis_closeness

    check_option("method", method, tuple(METHODS))
    check_option("how", how, ("mean", "median"))
    if like is not None:
        x = np.asarray(matrices, dtype=float)
        dms = [like] * len(x)
    else:
        dms = list(matrices.values()) if isinstance(matrices, dict) else list(matrices)
    if not len(dms) or weights is None or len(weights) == 0:
        raise KadDataError(
            "err_no_submission", file="robustness_room", value=None, allowed=("allow_nonempty", {})
        )
    if not isinstance(draws, (int, np.integer)) or draws < 1:
        raise KadDataError(
            "err_out_of_scale",
            file="robustness_room",
            column="draws",
            value=draws,
            allowed=("allow_scale", {"lo": 1, "hi": "∞"}),
        )
    base = dms[0]
    crit = base.criteria
    w = weights[crit].to_numpy(dtype=float)
    if not (np.isfinite(w).all() and (w > 0).all()):
        raise KadDataError(
            "err_negative",
            file="robustness_room",
            column="weights",
            value=float(np.nanmin(w)),
            allowed=("allow_weights", {}),
        )
    w = w / w.sum(axis=1, keepdims=True)
    if like is None:
        x = np.stack(
            [dm.scores[crit].reindex(base.alternatives).to_numpy(dtype=float) for dm in dms]
        )  # P x A x C
    rng = np.random.default_rng(seed)
    pick_s = rng.integers(0, len(dms), size=(draws, len(dms)))
    pick_w = rng.integers(0, len(w), size=(draws, len(w)))
    sample = x[pick_s]  # draws x P x A x C
    agg = sample.mean(axis=1) if how == "mean" else np.median(sample, axis=1)  # draws x A x C
    lw = np.log(w)[pick_w].mean(
        axis=1
    )  # geometric mean of consistent judgements = mean of log weights
    wd = np.exp(lw)
    wd = wd / wd.sum(axis=1, keepdims=True)  # draws x C
    if method == "wsm":
        scale = None if base.bounds is None else base.bounds
        if scale is not None:
            lo, hi = scale["low"].to_numpy(), scale["high"].to_numpy()
            z = (agg - lo) / (hi - lo)
        else:
            mn, mx = agg.min(axis=1, keepdims=True), agg.max(axis=1, keepdims=True)
            z = np.where(mx > mn, (agg - mn) / np.where(mx > mn, mx - mn, 1), 1.0)
        sign = base.objectives.to_numpy()
        z = np.where(sign > 0, z, 1 - z)
        scores = np.einsum("dac,dc->da", z, wd)
    else:
        norm = np.sqrt((agg**2).sum(axis=1, keepdims=True))
        v = agg / np.where(norm > 0, norm, 1.0)
        sign = base.objectives.to_numpy()
        scores = np.stack([topsis_closeness(v[d], sign, wd[d]) for d in range(draws)])
    order = np.argsort(-scores, axis=1, kind="stable")
    m = len(base.alternatives)
    ranks = np.empty_like(order)
    ranks[np.arange(draws)[:, None], order] = np.arange(m)[None, :]
    counts = np.zeros((m, m))
    np.add.at(counts, (np.tile(np.arange(m), draws), ranks.ravel()), 1)
    prob = pd.DataFrame(counts / draws, index=base.alternatives, columns=range(1, m + 1))
    whole = x.mean(axis=0) if how == "mean" else np.median(x, axis=0)
    with warnings.catch_warnings():  # a criterion the whole room scored alike is fine here
        warnings.simplefilter("ignore")
        whole_dm = DecisionMatrix(
            pd.DataFrame(whole, index=base.alternatives, columns=crit),
            base.objectives.to_dict(),
            None
            if base.bounds is None
            else {c: (r.low, r.high) for c, r in base.bounds.iterrows()},
        )
    gw = np.exp(np.log(w).mean(axis=0))
    top = rank(METHODS[method](whole_dm, pd.Series(gw / gw.sum(), index=crit), **kwargs)).idxmin()
    expected = pd.Series(
        (prob.to_numpy() * np.arange(1, m + 1)).sum(axis=1), index=base.alternatives
    )
    return Robustness(prob, top, float(prob.loc[top, 1]), expected, int(draws))


# ============================================================================= the room's ratings of items
def aggregate(ratings, *, method="median"):
    """Combine participants' ratings per item and measure: ``median``, ``mean`` or ``geometric``.

    Examples
    --------
    >>> r = pd.DataFrame({"participant": list("abc"), "item": "x", "measure": "importance", "value": [1, 3, 9]})
    >>> float(aggregate(r, method="geometric").loc["x", "importance"])
    3.0
    """
    funcs = {
        "median": "median",
        "mean": "mean",
        "geometric": lambda v: float(np.exp(np.log(v.astype(float)).mean())),
    }
    if method not in funcs:
        raise KadDataError(
            "err_unknown_option",
            column="method",
            value=method,
            allowed=("allow_list", {"items": ", ".join(funcs)}),
        )
    return ratings.pivot_table(
        index="item", columns="measure", values="value", aggfunc=funcs[method]
    )


def kendalls_w(table) -> dict:
    """Kendall's coefficient of concordance W, with the correction for ties.

    Parameters
    ----------
    table : DataFrame
        Raters (rows) x items (columns) of scores or ranks; each rater's values
        are ranked across the items (ties get average ranks).

    Returns
    -------
    dict
        ``w`` (0 = no agreement, 1 = complete agreement), ``chi2`` (Friedman,
        = m (n − 1) W), ``df`` and ``p`` (chi-square approximation), ``m``, ``n``.

    Notes
    -----
    ``W = 12 S / (m² (n³ − n) − m Σ T)``, ``S = Σ (R_j − m (n + 1) / 2)²``,
    ``T = Σ (t³ − t)`` over each rater's groups of ``t`` tied values.

    Examples
    --------
    >>> kendalls_w(pd.DataFrame([[1, 2, 3], [1, 2, 3]]))["w"]
    1.0
    """
    x = np.asarray(table, dtype=float)
    if np.isnan(x).any():
        r, c = np.argwhere(np.isnan(x))[0]
        raise KadDataError(
            "err_blank",
            file="kendalls_w",
            row=int(r) + 1,
            column=str(c),
            allowed=("allow_complete_ratings", {}),
        )
    m, n = x.shape
    ranks = pd.DataFrame(x).rank(axis=1, method="average").to_numpy()  # ties get their average rank
    totals = ranks.sum(axis=0)
    s = float(((totals - m * (n + 1) / 2) ** 2).sum())
    ties = 0.0
    for row in x:
        _, counts = np.unique(row, return_counts=True)
        ties += float((counts**3 - counts).sum())
    denom = m**2 * (n**3 - n) - m * ties
    w = 12 * s / denom if denom > 0 else float("nan")
    chi2 = m * (n - 1) * w
    return {"w": w, "chi2": chi2, "df": n - 1, "p": chi2_sf(chi2, n - 1), "m": m, "n": n}


def chi2_sf(x: float, df: int) -> float:
    """P(X > x) for a chi-square variable with a whole number of degrees of freedom (exact series).

    The regularised upper incomplete gamma Q(df/2, x/2): for even df a finite sum,
    for odd df ``erfc`` plus a finite sum — no scipy needed (the live server stays small).

    Examples
    --------
    >>> round(chi2_sf(3.841458820694124, 1), 6)
    0.05
    """
    if x != x:
        return float("nan")
    if x <= 0:
        return 1.0
    h = x / 2.0
    if df % 2 == 0:
        term = total = math.exp(-h)
        for i in range(1, df // 2):
            term *= h / i
            total += term
        return float(min(total, 1.0))
    total = math.erfc(math.sqrt(h))
    term = math.exp(-h) * math.sqrt(h) / math.gamma(1.5)  # x^(k - 1/2) e^-x / Gamma(k + 1/2), k = 1
    for k in range(1, (df - 1) // 2 + 1):
        total += term
        term *= h / (k + 0.5)
    return float(min(total, 1.0))


def consensus(ratings, measure, *, iqr_threshold=2.0):
    """Where does the room agree on a measure? Spread per item, W over participants, a flag to discuss.

    Returns
    -------
    (DataFrame, dict)
        Per item: ``median``, ``q1``, ``q3``, ``iqr``, ``min``, ``max`` and
        ``disagree`` (IQR ≥ ``iqr_threshold``), sorted with the disagreements
        first — the facilitator discusses those first; and Kendall's W (dict).

    Examples
    --------
    >>> r = pd.DataFrame({"participant": list("abcd") * 2, "item": ["x"] * 4 + ["y"] * 4,
    ...                   "measure": "importance", "value": [4, 4, 5, 4, 1, 5, 2, 5]})
    >>> table, w = consensus(r, "importance")
    >>> table[["q1", "q3", "iqr", "disagree"]]  # y: 1, 2, 5, 5 -> q1 1.75, q3 5 (linear quartiles)
            q1    q3   iqr  disagree
    item
    y     1.75  5.00  3.25      True
    x     4.00  4.25  0.25     False
    >>> w["w"]  # a and c rate x higher, b and d rate y higher: rank sums 6 and 6, no agreement
    0.0
    """
    part = ratings[ratings["measure"] == measure]
    wide = part.pivot_table(index="participant", columns="item", values="value", aggfunc="first")
    q = part.groupby("item")["value"].quantile([0.25, 0.5, 0.75]).unstack()
    out = pd.DataFrame({"median": q[0.5], "q1": q[0.25], "q3": q[0.75]})
    out["iqr"] = out["q3"] - out["q1"]
    out["min"] = part.groupby("item")["value"].min()
    out["max"] = part.groupby("item")["value"].max()
    out["disagree"] = out["iqr"] >= iqr_threshold
    out = out.sort_values(["disagree", "iqr"], ascending=[False, False])
    return out, kendalls_w(wide.dropna(axis=0))
