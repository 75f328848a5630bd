"""Scoring candidate sectors on the SKAD criteria: weights, AHP, ranking, robustness.

A workshop scores sectors (rows) against criteria (columns) on a declared scale
(e.g. 1–5), agrees weights — directly, equally, or by AHP pairwise comparison —
and ranks the sectors by weighted sum or TOPSIS.  The ranking is only useful
if the room can trust it, so the module also says how it would change under
other weights (one-at-a-time and Monte Carlo), and shows the SKAD neighbour
rule as a gate: sectors that fail it are marked, not dropped.

Everything here is pure: arrays and frames in, frames out; the Monte Carlo is
vectorised over draws (no Python loop per draw).

Examples
--------
>>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
...                                  index=["Pertanian", "Pariwisata", "Sampah"]), scale=(1, 5))
>>> score(dm, weights_equal(dm))[["score", "rank"]].round(3)
            score  rank
Pertanian   0.875     1
Pariwisata  0.750     2
Sampah      0.500     3
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from . import i18n
from .errors import KadDataError

# ============================================================================= decision matrix


def _msg(key, **kw):
    return i18n.t(f"warn_{key}", **kw)


class DecisionMatrix:
    """Sectors x criteria scores, each criterion to maximise or minimise, validated on construction.

    Parameters
    ----------
    scores : DataFrame
        One row per alternative (sector), one column per criterion; numbers only.
    objectives : dict or Series, optional
        ``+1`` / ``"max"`` (default) or ``-1`` / ``"min"`` per criterion.
    scale : (low, high) or dict of (low, high), optional
        The declared scale (e.g. ``(1, 5)``); scores outside it are refused.
        Weighted sum normalises by the scale, so adding or removing a sector
        never changes how the others compare.
    derived : iterable of str, optional
        Criteria filled from data (e.g. LQ) rather than scored by people;
        kept in ``derived`` so that tables can mark them.
    source : str, optional
        Where the scores come from (file name, "example workshop input" ...), for messages.

    Raises
    ------
    KadDataError
        Missing or non-numeric scores, scores outside the scale, unknown
        objectives, duplicate sector or criterion names.
    """

    def __init__(self, scores, objectives=None, scale=None, derived=(), source="decision matrix"):
        if not isinstance(scores, pd.DataFrame) or scores.empty:
            raise KadDataError("err_empty_table", file=source, allowed=("allow_nonempty", {}))
        frame = scores.copy()
        frame.index = frame.index.map(str)
        frame.columns = frame.columns.map(str)
        for axis, labels in (("index", frame.index), ("columns", frame.columns)):
            dup = labels[labels.duplicated()]
            if len(dup):
                raise KadDataError("err_duplicate_rows", file=source, what=f"{axis} {dup[0]!r}",
                                   allowed=("allow_unique", {}))  # fmt: skip
        for col in frame.columns:
            numeric = pd.to_numeric(frame[col], errors="coerce")
            bad = numeric.isna()
            if bad.any():
                row = frame.index[bad.to_numpy()][0]
                raise KadDataError("err_not_numeric", file=source, row=row, column=col,
                                   value=scores.loc[row, col] if row in scores.index else None,
                                   allowed=("allow_score", {}))  # fmt: skip
            frame[col] = numeric.astype(float)
        self.scores = frame
        self.objectives = self._objectives(objectives, source)
        self.bounds = self._bounds(scale, source)
        self.derived = tuple(d for d in derived if d in frame.columns)
        self.source = source
        for col in frame.columns:
            if frame[col].nunique() == 1 and len(frame) > 1:
                warnings.warn(_msg("constant", c=col), stacklevel=2)

    def _objectives(self, objectives, source):
        out = {}
        given = {} if objectives is None else dict(objectives)
        for col in self.scores.columns:
            v = given.get(col, 1)
            if v in (1, "max", "maximise", "maximize", "+"):
                out[col] = 1
            elif v in (-1, "min", "minimise", "minimize", "-"):
                out[col] = -1
            else:
                raise KadDataError("err_unknown_option", file=source, column=col, value=v,
                                   allowed=("allow_list", {"items": "max, min, 1, -1"}))  # fmt: skip
        extra = set(given) - set(self.scores.columns)
        if extra:
            raise KadDataError("err_unknown_option", file=source, column="objectives", value=sorted(extra)[0],
                               allowed=("allow_list", {"items": ", ".join(self.scores.columns)}))  # fmt: skip
        return pd.Series(out, dtype=float)

    def _bounds(self, scale, source):
        if scale is None:
            return None
        per = scale if isinstance(scale, dict) else {c: scale for c in self.scores.columns}
        lows, highs = [], []
        for col in self.scores.columns:
            if col not in per:
                raise KadDataError("err_missing_columns", file=source, missing=f"scale[{col!r}]",
                                   allowed=("allow_columns", {"required": ", ".join(self.scores.columns),
                                                              "present": ", ".join(per)}))  # fmt: skip
            lo, hi = per[col]
            if not hi > lo:
                raise KadDataError("err_bad_scale", file=source, column=col, value=(lo, hi),
                                   allowed=("allow_bad_scale", {}))  # fmt: skip
            values = self.scores[col]
            out = values[(values < lo) | (values > hi)]
            if len(out):
                raise KadDataError("err_out_of_scale", file=source, row=out.index[0], column=col,
                                   value=float(out.iloc[0]), allowed=("allow_scale", {"lo": lo, "hi": hi}))  # fmt: skip
            lows.append(lo)
            highs.append(hi)
        return pd.DataFrame({"low": lows, "high": highs}, index=self.scores.columns, dtype=float)

    @property
    def alternatives(self) -> list[str]:
        return list(self.scores.index)

    @property
    def criteria(self) -> list[str]:
        return list(self.scores.columns)

    def with_alternatives(self, extra: pd.DataFrame) -> DecisionMatrix:
        """A new matrix with more alternatives (same criteria, objectives, scale)."""
        scale = None if self.bounds is None else {c: (r.low, r.high) for c, r in self.bounds.iterrows()}
        return DecisionMatrix(pd.concat([self.scores, extra[self.criteria]]), self.objectives.to_dict(), scale,
                              self.derived, self.source)  # fmt: skip

    def __repr__(self):
        return f"DecisionMatrix({len(self.alternatives)} alternatives x {len(self.criteria)} criteria)"


# ============================================================================= weights
def _as_weights(weights, dm: DecisionMatrix) -> np.ndarray:
    w = pd.Series(weights, dtype=float) if not isinstance(weights, pd.Series) else weights.astype(float)
    missing = [c for c in dm.criteria if c not in w.index]
    extra = [c for c in w.index if c not in dm.criteria]
    if missing or extra:
        raise KadDataError("err_weights_criteria", value=", ".join(missing + extra),
                           allowed=("allow_list", {"items": ", ".join(dm.criteria)}))  # fmt: skip
    w = w[dm.criteria].to_numpy()
    if (w < 0).any() or not np.isfinite(w).all() or w.sum() <= 0:
        raise KadDataError("err_negative", column="weights", value=float(w[(w < 0) | ~np.isfinite(w)][0])
                           if ((w < 0) | ~np.isfinite(w)).any() else 0.0, allowed=("allow_weights", {}))  # fmt: skip
    return w / w.sum()


def weights_direct(values, dm: DecisionMatrix | None = None) -> pd.Series:
    """Weights from any non-negative numbers (points, percentages ...), normalised to sum 1.

    Examples
    --------
    >>> weights_direct({"a": 2, "b": 6}).tolist()
    [0.25, 0.75]
    """
    s = pd.Series(values, dtype=float)
    if dm is not None:
        return pd.Series(_as_weights(s, dm), index=dm.criteria)
    if (s < 0).any() or s.sum() <= 0 or not np.isfinite(s).all():
        raise KadDataError("err_negative", column="weights", value=float(s.min()), allowed=("allow_weights", {}))
    return s / s.sum()


def weights_equal(dm_or_criteria) -> pd.Series:
    """Equal weights for every criterion."""
    criteria = dm_or_criteria.criteria if isinstance(dm_or_criteria, DecisionMatrix) else list(dm_or_criteria)
    return pd.Series(1.0 / len(criteria), index=criteria)


# ----------------------------------------------------------------------------- AHP
#: Saaty's random index, n = 1 ... 15 (Saaty 1980, *The Analytic Hierarchy Process*; as commonly reproduced).
RI_SAATY = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59)
#: Tummala & Ling (1998), Theory and Decision 44(3): 221–230, n = 1 ... 15 (large simulation).
RI_TUMMALA_LING = (0.0, 0.0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356,
                   1.5571, 1.5714, 1.5831)  # fmt: skip
#: Relative tolerance of a_ij * a_ji = 1, so that rounded entries (0.33 for 1/3) are accepted.
RECIPROCAL_TOLERANCE = 0.02
SAATY_SCALE = np.array([1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9])


@lru_cache(maxsize=64)
def random_index_simulated(n: int, samples: int = 20000, seed: int = 2024) -> float:
    """Random index by definition: the mean CI of random reciprocal matrices on Saaty's 1/9–9 scale.

    Seeded and cached, so it is the same number every time.  For 5 ≤ n ≤ 15 it
    agrees with Tummala & Ling's (1998) table to within 0.015 (see the tests);
    for n = 3–4 published tables themselves disagree (n = 3: 0.58 in Saaty's,
    0.5799 in Tummala & Ling's, 0.52 in others), and this gives 0.53.  It is
    used where Saaty's table stops (n > 15), and named in every result.
    """
    if n < 3:
        return 0.0
    rng = np.random.default_rng(seed)
    iu = np.triu_indices(n, 1)
    out = []
    for start in range(0, samples, 2000):
        k = min(2000, samples - start)
        a = np.ones((k, n, n))
        vals = SAATY_SCALE[rng.integers(0, len(SAATY_SCALE), size=(k, len(iu[0])))]
        a[:, iu[0], iu[1]] = vals
        a[:, iu[1], iu[0]] = 1.0 / vals
        lam = np.linalg.eigvals(a).real.max(axis=1)
        out.append((lam - n) / (n - 1))
    return float(np.concatenate(out).mean())


def random_index(n: int, table: str = "saaty") -> tuple[float, str]:
    """The random index for an n x n matrix and the name of the table it came from.

    ``table``: ``"saaty"`` (default; n ≤ 15, beyond that the simulated index
    is used and named), ``"tummala_ling"`` (n ≤ 15) or ``"simulated"``.
    """
    if table == "simulated" or (table == "saaty" and n > len(RI_SAATY)):
        name = "simulated (Saaty scale, 20,000 matrices, seed 2024)"
        if table == "saaty":
            warnings.warn(_msg("ri_extended", n=n), stacklevel=3)
            name += f"; Saaty's table stops at n = {len(RI_SAATY)}"
        return random_index_simulated(n), name
    tables = {"saaty": (RI_SAATY, "Saaty (1980)"), "tummala_ling": (RI_TUMMALA_LING, "Tummala & Ling (1998)")}
    if table not in tables:
        raise KadDataError("err_unknown_option", column="ri", value=table,
                           allowed=("allow_list", {"items": "saaty, tummala_ling, simulated"}))  # fmt: skip
    values, name = tables[table]
    if n > len(values):
        raise KadDataError("err_ahp_too_large", column="n", value=n, allowed=("allow_ahp_size", {"hi": len(values)}))
    return values[n - 1], name


@dataclass
class AHPResult:
    """Weights and consistency of one pairwise comparison matrix."""

    weights: pd.Series
    lambda_max: float
    ci: float
    ri: float
    cr: float
    ri_table: str
    threshold: float
    matrix: pd.DataFrame
    worst_pair: tuple | None = None  # (row, column, given, consistent value) when CR > threshold
    filled: list = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        return self.cr <= self.threshold

    def summary(self) -> str:
        ok = i18n.t("ahp_consistent" if self.consistent else "ahp_inconsistent")
        text = f"CR = {self.cr:.3f} ({ok}; batas/threshold {self.threshold}), λmax = {self.lambda_max:.3f}, " \
               f"CI = {self.ci:.3f}, RI = {self.ri:.3f} [{self.ri_table}]"  # fmt: skip
        if self.worst_pair and not self.consistent:
            a, b, given, ideal = self.worst_pair
            text += "\n" + i18n.t("ahp_worst_pair", a=a, b=b, given=f"{given:g}", ideal=f"{ideal:.2g}")
        return text


def _fill_incomplete(a: np.ndarray, labels):
    """Fill missing cells with the geometric mean of indirect paths a_ik * a_kj (one pass)."""
    n = len(a)
    filled = []
    out = a.copy()
    for i in range(n):
        for j in range(i + 1, n):
            if np.isnan(a[i, j]):
                paths = [a[i, k] * a[k, j] for k in range(n) if not np.isnan(a[i, k]) and not np.isnan(a[k, j])]
                if not paths:
                    raise KadDataError("err_ahp_incomplete", row=labels[i], column=labels[j], value=None,
                                       allowed=("allow_ahp_fill", {}))  # fmt: skip
                v = float(np.exp(np.mean(np.log(paths))))
                out[i, j], out[j, i] = v, 1.0 / v
                filled.append((labels[i], labels[j], v))
    return out, filled


def ahp(matrix, *, ri: str = "saaty", threshold: float = 0.1, fill: str | None = None, source="AHP") -> AHPResult:
    """Weights from a pairwise comparison matrix: principal eigenvector, CI and CR.

    Parameters
    ----------
    matrix : DataFrame (or square array)
        ``matrix.loc[a, b]`` = how much more important ``a`` is than ``b`` on
        Saaty's 1/9–9 scale; reciprocal (``b, a`` = 1 / ``a, b``, within 2 % so
        that 0.33 typed for 1/3 is accepted; the upper triangle then decides),
        ones on the diagonal.  Missing judgements are NaN.
    ri : {"saaty", "tummala_ling", "simulated"}
        Random-index table; the result names the one used.  Saaty's stops at
        n = 15: beyond it, the simulated index is used (and named).
    threshold : float
        CR above which the judgements are called inconsistent (0.1, Saaty).
    fill : None or "geometric"
        Missing judgements are refused unless ``fill="geometric"``: each gap
        gets the geometric mean of the indirect paths, with a warning listing them.

    Returns
    -------
    AHPResult
        ``weights`` (sum 1), ``lambda_max``, ``ci``, ``ri``, ``cr``, ``ri_table``,
        ``consistent``, and the ``worst_pair`` when CR > threshold: the judgement
        furthest (by ratio) from what the weights imply.

    Examples
    --------
    Saaty's (1977) optics experiment: four chairs at growing distance from a light.

    >>> m = [[1, 5, 6, 7], [1/5, 1, 4, 6], [1/6, 1/4, 1, 4], [1/7, 1/6, 1/4, 1]]
    >>> r = ahp(m)
    >>> r.weights.round(2).tolist(), round(r.lambda_max, 2)
    ([0.62, 0.24, 0.1, 0.05], 4.39)
    """
    frame = matrix if isinstance(matrix, pd.DataFrame) else pd.DataFrame(np.asarray(matrix, dtype=float))
    labels = [str(x) for x in frame.index]
    if list(map(str, frame.columns)) != labels:
        raise KadDataError("err_ahp_shape", file=source, value=f"{frame.shape}", allowed=("allow_ahp", {}))
    a = np.array(frame.to_numpy(dtype=float), copy=True)  # never write into the caller's matrix
    n = len(a)
    if n < 2:
        raise KadDataError("err_ahp_shape", file=source, value=f"{frame.shape}", allowed=("allow_ahp", {}))
    for i in range(n):
        if not np.isnan(a[i, i]) and abs(a[i, i] - 1) > 1e-9:
            raise KadDataError("err_ahp_diagonal", file=source, row=labels[i], column=labels[i], value=a[i, i],
                               allowed=("allow_ahp", {}))  # fmt: skip
        a[i, i] = 1.0
    # one missing side of a pair is taken from its reciprocal
    for i in range(n):
        for j in range(n):
            if np.isnan(a[i, j]) and not np.isnan(a[j, i]):
                a[i, j] = 1.0 / a[j, i]
    bad = (a <= 0) & ~np.isnan(a) | (~np.isnan(a) & ((a > 9 + 1e-9) | (a < 1 / 9 - 1e-9)))
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise KadDataError("err_out_of_scale", file=source, row=labels[i], column=labels[j], value=a[i, j],
                           allowed=("allow_scale", {"lo": "1/9", "hi": 9}))  # fmt: skip
    both = ~np.isnan(a) & ~np.isnan(a.T)
    recip = np.abs(a * a.T - 1) > RECIPROCAL_TOLERANCE  # 0.33 typed for 1/3 is fine; 3 and 3 is not
    if (both & recip).any():
        i, j = np.argwhere(both & recip)[0]
        raise KadDataError("err_ahp_reciprocal", file=source, row=labels[i], column=labels[j], value=a[i, j],
                           allowed=("allow_ahp_reciprocal", {"v": f"{1 / a[j, i]:.4g}"}))  # fmt: skip
    upper = np.triu(both, 1)
    a[upper.T] = 1.0 / a.T[upper.T]  # exactly reciprocal: the upper triangle is what was judged
    filled = []
    if np.isnan(a).any():
        if fill != "geometric":
            i, j = np.argwhere(np.isnan(a))[0]
            raise KadDataError("err_ahp_incomplete", file=source, row=labels[i], column=labels[j], value=None,
                               allowed=("allow_ahp_fill", {}))  # fmt: skip
        a, filled = _fill_incomplete(a, labels)
        cells = ", ".join(f"{x}/{y}≈{v:.2f}" for x, y, v in filled)
        warnings.warn(_msg("filled", n=len(filled), cells=cells), stacklevel=2)
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    lam = float(values[k].real)
    w = np.abs(vectors[:, k].real)
    w = w / w.sum()
    ci = max((lam - n) / (n - 1), 0.0) if n > 2 else 0.0
    ri_value, ri_name = random_index(n, ri) if n > 2 else (0.0, "n ≤ 2: always consistent")
    cr = ci / ri_value if ri_value > 0 else 0.0
    worst = None
    if n > 2:
        e = a * w[None, :] / w[:, None]  # a_ij / (w_i / w_j): 1 where consistent
        dev = np.abs(np.log(e))
        np.fill_diagonal(dev, -1)
        i, j = np.unravel_index(np.argmax(dev), dev.shape)
        if a[i, j] < 1:  # report the pair the way people say it: the larger judgement
            i, j = j, i
        worst = (labels[i], labels[j], float(a[i, j]), float(w[i] / w[j]))
    return AHPResult(weights=pd.Series(w, index=labels), lambda_max=lam, ci=ci, ri=float(ri_value), cr=float(cr),
                     ri_table=ri_name, threshold=threshold, matrix=pd.DataFrame(a, index=labels, columns=labels),
                     worst_pair=worst, filled=filled)  # fmt: skip


def ahp_group(matrices, **kwargs) -> AHPResult:
    """AHP for a group: the element-wise geometric mean of the members' matrices, then :func:`ahp`.

    The geometric mean keeps the combined matrix reciprocal (Aczél & Saaty 1983).

    Examples
    --------
    >>> a = pd.DataFrame([[1, 4], [1/4, 1]], index=["x", "y"], columns=["x", "y"])
    >>> b = pd.DataFrame([[1, 1], [1, 1]], index=["x", "y"], columns=["x", "y"])
    >>> float(ahp_group([a, b]).matrix.loc["x", "y"])
    2.0
    """
    frames = [m if isinstance(m, pd.DataFrame) else pd.DataFrame(np.asarray(m, dtype=float)) for m in matrices]
    if not frames:
        raise KadDataError("err_empty_table", file="ahp_group", allowed=("allow_nonempty", {}))
    labels = frames[0].index
    for k, f in enumerate(frames[1:], start=2):
        if list(f.index) != list(labels) or list(f.columns) != list(labels):
            raise KadDataError("err_ahp_shape", file=f"ahp_group #{k}", value=list(f.index),
                               allowed=("allow_ahp", {}))  # fmt: skip
    stack = np.stack([f.to_numpy(dtype=float) for f in frames])
    geo = np.exp(np.log(stack).mean(axis=0))
    return ahp(pd.DataFrame(geo, index=labels, columns=labels), **kwargs)


# ============================================================================= methods
def _normalised(dm: DecisionMatrix, method: str) -> np.ndarray:
    """Benefit-oriented normalised matrix (higher is better for every criterion)."""
    x = dm.scores.to_numpy(dtype=float)
    sign = dm.objectives.to_numpy()
    if method == "scale":
        if dm.bounds is None:
            method = "minmax"
        else:
            lo, hi = dm.bounds["low"].to_numpy(), dm.bounds["high"].to_numpy()
            z = (x - lo) / (hi - lo)
            return np.where(sign > 0, z, 1 - z)
    if method == "minmax":
        lo, hi = x.min(axis=0), x.max(axis=0)
        span = np.where(hi > lo, hi - lo, 1.0)
        z = (x - lo) / span
        z = np.where(hi > lo, z, 1.0)  # a constant criterion gives everyone the same
        return np.where(sign > 0, z, 1 - z)
    if method == "vector":
        norm = np.sqrt((x**2).sum(axis=0))
        return x / np.where(norm > 0, norm, 1.0)
    raise ValueError(f"unknown normalisation {method!r}")


def weighted_sum(dm: DecisionMatrix, weights, *, normalization: str = "scale") -> pd.Series:
    """Weighted sum of normalised scores (0 = worst possible, 1 = best).

    ``normalization="scale"`` (default) uses the declared scale, so the result
    of each sector does not depend on which other sectors are on the table;
    ``"minmax"`` uses the range in the data (as pymcdm's WSM does).
    """
    w = _as_weights(weights, dm)
    return pd.Series(_normalised(dm, normalization) @ w, index=dm.alternatives, name="score")


def _topsis_core(v: np.ndarray, sign: np.ndarray, w: np.ndarray) -> np.ndarray:
    """TOPSIS closeness for weights w: (..., m) broadcast over leading axes of w."""
    weighted = v * w[..., None, :]
    ideal = np.where(sign > 0, weighted.max(axis=-2), weighted.min(axis=-2))
    anti = np.where(sign > 0, weighted.min(axis=-2), weighted.max(axis=-2))
    d_plus = np.sqrt(((weighted - ideal[..., None, :]) ** 2).sum(axis=-1))
    d_minus = np.sqrt(((weighted - anti[..., None, :]) ** 2).sum(axis=-1))
    total = d_plus + d_minus
    return np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.5)


def topsis(dm: DecisionMatrix, weights, *, normalization: str = "vector") -> pd.Series:
    """TOPSIS (Hwang & Yoon 1981): closeness to the ideal solution, 0–1, higher is better.

    ``normalization="vector"`` (default, the classic method) or ``"minmax"``.
    """
    v, sign = _topsis_inputs(dm, normalization)
    return pd.Series(_topsis_core(v, sign, _as_weights(weights, dm)), index=dm.alternatives, name="score")


def _topsis_inputs(dm: DecisionMatrix, normalization: str):
    """Normalised matrix and criterion directions for TOPSIS.

    Vector normalisation keeps the raw direction (ideal = max or min per criterion);
    the other normalisations are already benefit-oriented (ideal = max everywhere).
    """
    sign = dm.objectives.to_numpy()
    if normalization == "vector":
        return _normalised(dm, "vector"), sign
    return _normalised(dm, normalization), np.ones_like(sign)


METHODS = {"wsm": weighted_sum, "topsis": topsis}


def rank(scores: pd.Series, *, tol: float = 1e-12) -> pd.Series:
    """Rank 1 = best; equal scores (within ``tol``) share the better rank (1, 2, 2, 4).

    Examples
    --------
    >>> rank(pd.Series([0.5, 0.9, 0.5, 0.1], index=list("abcd"))).tolist()
    [2, 1, 2, 4]
    """
    v = scores.to_numpy(dtype=float)
    better = (v[None, :] > v[:, None] + tol).sum(axis=1)
    return pd.Series(better + 1, index=scores.index, name="rank")


def score(dm: DecisionMatrix, weights, *, method: str = "wsm", gate=None, **kwargs) -> pd.DataFrame:
    """Score and rank the alternatives; apply the neighbour rule as a gate if given.

    Parameters
    ----------
    method : {"wsm", "topsis"}
    gate : dict, optional
        alternative -> :class:`~kadlib.neighbours.RuleVerdict` (or bool).
        Failing sectors stay in the table, marked ``passes_gate = False`` with
        the reason; ``rank_eligible`` ranks only the sectors that pass.

    Returns
    -------
    DataFrame
        ``score, rank`` (+ ``passes_gate, gate_reason, rank_eligible``), sorted by rank.
    """
    if method not in METHODS:
        raise KadDataError("err_unknown_option", column="method", value=method,
                           allowed=("allow_list", {"items": ", ".join(METHODS)}))  # fmt: skip
    s = METHODS[method](dm, weights, **kwargs)
    out = pd.DataFrame({"score": s, "rank": rank(s)})
    if gate is not None:
        passes, reasons = [], []
        for alt in dm.alternatives:
            verdict = gate.get(alt)
            ok = bool(getattr(verdict, "holds", verdict)) if verdict is not None else False
            passes.append(ok)
            reasons.append(str(verdict) if verdict is not None and not isinstance(verdict, bool)
                           else ("" if ok else i18n.t("gate_no_participants")))  # fmt: skip
        out["passes_gate"] = passes
        out["gate_reason"] = reasons
        eligible = out.loc[out["passes_gate"], "score"]
        out["rank_eligible"] = rank(eligible).reindex(out.index).astype("Int64")
    return out.sort_values(["rank", "score"], ascending=[True, False])


# ============================================================================= robustness
def robustness_oat(dm: DecisionMatrix, weights, *, method: str = "wsm", change: float = 0.1, **kwargs) -> pd.DataFrame:
    """One-at-a-time: raise and lower each weight by ``change`` (relative, e.g. ±10 %), renormalise, re-rank.

    Returns
    -------
    DataFrame
        One row per (criterion, direction): ``top`` (the first sector then),
        ``top_changed`` and ``max_rank_shift`` (largest change of any sector's rank).
    """
    w0 = pd.Series(_as_weights(weights, dm), index=dm.criteria)
    base = rank(METHODS[method](dm, w0, **kwargs))
    rows = []
    for c in dm.criteria:
        for direction in (+1, -1):
            w = w0.copy()
            w[c] = max(w[c] * (1 + direction * change), 0.0)
            r = rank(METHODS[method](dm, w / w.sum(), **kwargs))
            top = r[r == r.min()].index[0]
            rows.append((c, f"{'+' if direction > 0 else '-'}{change:.0%}", top, top != base.idxmin(),
                         int((r - base).abs().max())))  # fmt: skip
    return pd.DataFrame(rows, columns=["criterion", "change", "top", "top_changed", "max_rank_shift"])


def dirichlet_weights(weights, n: int, *, concentration: float = 100.0, seed: int = 0) -> np.ndarray:
    """``n`` weight vectors drawn around ``weights`` (Dirichlet, mean = weights).

    Higher ``concentration`` keeps the draws closer to the chosen weights
    (100: each weight varies by roughly ±10 % of itself for 6 criteria).
    """
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    rng = np.random.default_rng(seed)
    return rng.dirichlet(np.maximum(w * concentration, 1e-9), size=n)


@dataclass
class Robustness:
    """Monte Carlo robustness of a ranking."""

    rank_probability: pd.DataFrame  # alternatives x ranks (1..m): probability
    top: str  # the first sector with the chosen weights
    p_top_stays_first: float
    expected_rank: pd.Series
    draws: int

    def summary(self) -> str:
        return i18n.t("robust_summary", top=self.top, p=f"{self.p_top_stays_first:.0%}", n=self.draws)


def robustness_mc(dm: DecisionMatrix, weights, *, method: str = "wsm", draws: int = 2000,
                  concentration: float = 100.0, seed: int = 0, ties: str = "shared", **kwargs) -> Robustness:  # fmt: skip
    """Monte Carlo over weights: the probability of every rank for every sector.

    Weights are drawn from a Dirichlet around the chosen weights; every draw is
    scored at once (matrix algebra, no loop per draw).  Each sector's rank
    probabilities sum to 1.  ``ties="shared"`` (default): sectors with equal
    scores in a draw (within 1e-12) share the better rank, as :func:`rank` does
    (1, 2, 2, 4), so a rank column may then sum to more than 1 and tied sectors
    are never shown on different ranks by accident of their order;
    ``ties="first"``: the earlier sector wins, each draw is a strict ranking.

    Returns
    -------
    Robustness
        ``rank_probability`` (sectors x ranks), ``p_top_stays_first``, ``expected_rank``.
    """
    w0 = _as_weights(weights, dm)
    wd = dirichlet_weights(w0, draws, concentration=concentration, seed=seed)  # draws x m
    if method == "wsm":
        scores = wd @ _normalised(dm, kwargs.get("normalization", "scale")).T  # draws x alternatives
    elif method == "topsis":
        scores = _topsis_core(*_topsis_inputs(dm, kwargs.get("normalization", "vector")), wd)  # draws x alternatives
    else:
        raise KadDataError("err_unknown_option", column="method", value=method,
                           allowed=("allow_list", {"items": ", ".join(METHODS)}))  # fmt: skip
    if ties == "shared":  # rank = 1 + number of strictly better sectors in the draw
        ranks = (scores[:, None, :] > scores[:, :, None] + 1e-12).sum(axis=2)
    elif ties == "first":
        order = np.argsort(-scores, axis=1, kind="stable")  # draws x alternatives: best first
        ranks = np.empty_like(order)
        rows = np.arange(order.shape[0])[:, None]
        ranks[rows, order] = np.arange(order.shape[1])[None, :]
    else:
        raise KadDataError("err_unknown_option", column="ties", value=ties, allowed=("allow_list", {"items": "shared, first"}))
    m = len(dm.alternatives)
    counts = np.zeros((m, m))
    np.add.at(counts, (np.tile(np.arange(m), draws), ranks.ravel()), 1)
    prob = pd.DataFrame(counts / draws, index=dm.alternatives, columns=range(1, m + 1))
    base = METHODS[method](dm, pd.Series(w0, index=dm.criteria), **kwargs)
    top = rank(base).idxmin()
    p_top = float(prob.loc[top, 1])
    expected = pd.Series((prob.to_numpy() * np.arange(1, m + 1)).sum(axis=1), index=dm.alternatives)
    return Robustness(prob, top, p_top, expected, draws)


# ============================================================================= data-derived criteria
def derived_criteria(sectors, lq, growth, *, members=None) -> pd.DataFrame:
    """Fill "potensi" and "prospek" from the baseline, clearly as *derived* values on a 1–5 scale.

    ``potensi`` <- the sector's mean LQ across the members (specialisation);
    ``prospek`` <- its mean average annual growth (percent).  Each is mapped
    linearly onto 1–5 over the candidate sectors (lowest = 1, highest = 5),
    so it can sit beside participants' scores.  Raw values are kept in
    ``potensi_raw`` / ``prospek_raw``; the criteria go into
    ``DecisionMatrix(derived=[...])`` so tables mark them.

    Parameters
    ----------
    sectors : list of str
        Candidate sector codes.
    lq : DataFrame
        :func:`kadlib.economy.location_quotient` (one year).
    growth : DataFrame
        :func:`kadlib.economy.sector_klassen` (its ``growth`` column) or any
        frame with ``region_code, sector_code, growth``.
    members : list of str, optional
        Restrict to these regions.
    """
    lq_part = lq if members is None else lq[lq["region_code"].isin(members)]
    g_part = growth if members is None else growth[growth["region_code"].isin(members)]
    raw = pd.DataFrame({
        "potensi_raw": lq_part.groupby("sector_code")["lq"].mean().reindex(sectors),
        "prospek_raw": g_part.groupby("sector_code")["growth"].mean().reindex(sectors),
    })  # fmt: skip
    missing = raw[raw.isna().any(axis=1)]
    if len(missing):
        raise KadDataError("err_missing_value", file="derived_criteria", value=missing.index[0],
                           allowed=("allow_complete", {}))  # fmt: skip
    for col in ("potensi", "prospek"):
        v = raw[f"{col}_raw"]
        span = v.max() - v.min()
        raw[col] = 1 + 4 * (v - v.min()) / span if span > 0 else 3.0
    return raw[["potensi", "prospek", "potensi_raw", "prospek_raw"]]
