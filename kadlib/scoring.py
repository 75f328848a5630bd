"""Scoring candidate sectors on the SKAD criteria: weights, AHP, ranking, robustness.

A workshop scores sectors (rows) against criteria (columns) on a declared scale
(e.g. 1–5), agrees weights — directly, equally, or by AHP pairwise comparison —
and ranks the sectors by weighted sum (SAW, Simple Additive Weighting) or TOPSIS.  The ranking is only useful
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

import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from . import _ri_table, i18n
from .errors import KadDataError, check_option

# ============================================================================= decision matrix


def _msg(key, **kw):
    return i18n.t(f"warn_{key}", **kw)


_NUMBER = re.compile(
    r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf|nan)", re.IGNORECASE
)


def parse_number(value, *, file=None, row=None, column=None, allowed=("allow_score", {})) -> float:
    """One number as people type it in a workshop: ``3``, ``0.5``, ``0,5`` (decimal comma) or ``1/3``.

    Empty cells and ``None`` are missing (NaN); ``inf`` and ``nan`` come back as they are,
    for the caller to refuse with its own message.  Anything else — words, ``1/0``,
    ``1.234,5`` (ambiguous between a thousands dot and a decimal comma) — raises
    :class:`KadDataError` naming the place.

    Examples
    --------
    >>> parse_number("0,5"), parse_number("1/4"), parse_number(" 3 ")
    (0.5, 0.25, 3.0)
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return float("nan")
    if isinstance(value, (bool, np.bool_)):
        ok = False
    elif isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    elif isinstance(value, str):
        text = value.strip()
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        parts = text.split("/")
        ok = len(parts) in (1, 2) and all(_NUMBER.fullmatch(p.strip()) for p in parts)
        if ok:
            nums = [float(p) for p in parts]
            if len(nums) == 1:
                return nums[0]
            if nums[1] != 0 and np.isfinite(nums).all():
                return nums[0] / nums[1]
            ok = False
    else:
        ok = False
    raise KadDataError(
        "err_not_numeric", file=file, row=row, column=column, value=value, allowed=allowed
    )


def _numeric_column(series, *, file, column, allowed):
    """A column as floats: numbers as they are, text parsed by :func:`parse_number`."""
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return series.astype(float)
    return pd.Series(
        [
            parse_number(v, file=file, row=r, column=column, allowed=allowed)
            for r, v in series.items()
        ],
        index=series.index,
        dtype=float,
    )


class DecisionMatrix:
    """Sectors x criteria scores, each criterion to maximise or minimise, validated on construction.

    Parameters
    ----------
    scores : DataFrame
        One row per alternative (sector), one column per criterion; numbers, or
        text such as ``"3,5"`` (decimal comma) or ``"7/2"``; never inf.
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
        Missing, non-numeric or infinite scores, scores outside the scale, an
        invalid scale, unknown objectives, duplicate sector or criterion names.

    Examples
    --------
    Three sectors scored 1–5 on two criteria; a cost criterion is minimised.  Text as
    typed in a spreadsheet (``"4,5"``) is read as the number it is:

    >>> scores = pd.DataFrame({"kebutuhan": [5, 3, "4,5"], "biaya": [2, 4, 3]},
    ...                       index=["Pertanian", "Pariwisata", "Sampah"])
    >>> dm = DecisionMatrix(scores, objectives={"biaya": "min"}, scale=(1, 5))
    >>> dm
    DecisionMatrix(3 alternatives x 2 criteria)
    >>> dm.alternatives, dm.objectives.tolist(), dm.scores["kebutuhan"].tolist()
    (['Pertanian', 'Pariwisata', 'Sampah'], [1.0, -1.0], [5.0, 3.0, 4.5])

    A score outside the declared scale is refused, naming where it is:

    >>> DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 7]}, index=["A", "B"]), scale=(1, 5))
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'decision matrix', baris 'B', kolom 'kebutuhan', nilai 7.0: nilai di luar skala.
    Yang diizinkan: nilai dari 1 sampai 5.
    [en] file 'decision matrix', row 'B', column 'kebutuhan', value 7.0: value outside the scale.
    Allowed: values from 1 to 5.
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
                raise KadDataError(
                    "err_duplicate_rows",
                    file=source,
                    what=f"{axis} {dup[0]!r}",
                    allowed=("allow_unique_names", {}),
                )
        columns = {}
        for col in frame.columns:
            original = frame[col]
            numeric = _numeric_column(
                original, file=source, column=col, allowed=("allow_score", {})
            )
            bad = numeric.isna()
            if bad.any():
                row = frame.index[bad.to_numpy()][0]
                raise KadDataError(
                    "err_not_numeric",
                    file=source,
                    row=row,
                    column=col,
                    value=original[row],
                    allowed=("allow_score", {}),
                )
            infinite = ~np.isfinite(numeric.to_numpy())
            if infinite.any():
                row = frame.index[infinite][0]
                raise KadDataError(
                    "err_not_finite",
                    file=source,
                    row=row,
                    column=col,
                    value=float(numeric[row]),
                    allowed=("allow_finite_score", {}),
                )
            columns[col] = numeric
        self.scores = frame = pd.DataFrame(
            columns, index=frame.index, columns=frame.columns, dtype=float
        )
        self.objectives = self._objectives(objectives, source)
        self.bounds = self._bounds(scale, source)
        self.derived = tuple(d for d in derived if d in frame.columns)
        self.source = source
        for col in frame.columns:
            if frame[col].nunique() == 1 and len(frame) > 1:
                warnings.warn(_msg("constant", c=col), stacklevel=2)

    def _objectives(self, objectives, source):
        out = {}
        if objectives is None:
            given = {}
        elif hasattr(objectives, "items"):
            given = {str(k): v for k, v in objectives.items()}
        else:
            raise KadDataError(
                "err_wrong_type",
                file=source,
                column="objectives",
                value=objectives,
                allowed=("allow_objectives", {}),
            )
        for col in self.scores.columns:
            v = given.get(col, 1)
            if v in (1, "max", "maximise", "maximize", "+"):
                out[col] = 1
            elif v in (-1, "min", "minimise", "minimize", "-"):
                out[col] = -1
            else:
                raise KadDataError(
                    "err_unknown_option",
                    file=source,
                    column=col,
                    value=v,
                    allowed=("allow_list", {"items": "max, min, 1, -1"}),
                )
        extra = set(given) - set(self.scores.columns)
        if extra:
            raise KadDataError(
                "err_unknown_option",
                file=source,
                column="objectives",
                value=sorted(extra)[0],
                allowed=("allow_list", {"items": ", ".join(self.scores.columns)}),
            )
        return pd.Series(out, dtype=float)

    def _bounds(self, scale, source):
        if scale is None:
            return None
        per = (
            {str(k): v for k, v in scale.items()}
            if isinstance(scale, dict)
            else {c: scale for c in self.scores.columns}
        )
        lows, highs = [], []
        for col in self.scores.columns:
            if col not in per:
                raise KadDataError(
                    "err_missing_columns",
                    file=source,
                    missing=f"scale[{col!r}]",
                    allowed=(
                        "allow_columns",
                        {"required": ", ".join(self.scores.columns), "present": ", ".join(per)},
                    ),
                )
            try:
                lo, hi = (float(v) for v in per[col])
            except (TypeError, ValueError):
                lo = hi = float("nan")
            if not (hi > lo and np.isfinite([lo, hi]).all()):
                raise KadDataError(
                    "err_bad_scale",
                    file=source,
                    column=col,
                    value=per[col],
                    allowed=("allow_bad_scale", {}),
                )
            values = self.scores[col]
            out = values[(values < lo) | (values > hi)]
            if len(out):
                raise KadDataError(
                    "err_out_of_scale",
                    file=source,
                    row=out.index[0],
                    column=col,
                    value=float(out.iloc[0]),
                    allowed=("allow_scale", {"lo": f"{lo:g}", "hi": f"{hi:g}"}),
                )
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
        scale = (
            None if self.bounds is None else {c: (r.low, r.high) for c, r in self.bounds.iterrows()}
        )
        return DecisionMatrix(
            pd.concat([self.scores, extra[self.criteria]]),
            self.objectives.to_dict(),
            scale,
            self.derived,
            self.source,
        )

    def __repr__(self):
        return (
            f"DecisionMatrix({len(self.alternatives)} alternatives x {len(self.criteria)} criteria)"
        )


# ============================================================================= weights
def check_weights(values, criteria=None, *, file=None, column="weights") -> pd.Series:
    """Weights as people give them, checked and normalised to sum 1.

    Each weight may be a number or text (``"0,5"``, ``"1/3"``); each must be
    finite and ≥ 0, and their sum > 0.  With ``criteria``, there must be one
    weight per criterion, no more and no less.  Each problem has its own
    message, naming the criterion (``weights[potensi]``) and the value.

    Examples
    --------
    >>> check_weights({"a": "0,5", "b": 1.5}).tolist()
    [0.25, 0.75]
    """
    if isinstance(values, pd.Series):
        values = values.astype(object)
    elif hasattr(values, "items"):
        values = pd.Series(dict(values.items()), dtype=object)
    elif isinstance(values, (list, tuple, np.ndarray)):
        values = pd.Series(list(values), dtype=object)
    else:
        raise KadDataError(
            "err_not_numeric", file=file, column=column, value=values, allowed=("allow_weights", {})
        )
    values.index = values.index.map(str)
    if criteria is not None:
        criteria = [str(c) for c in criteria]
        missing = [c for c in criteria if c not in values.index]
        extra = [c for c in values.index if c not in criteria]
        if missing or extra:
            raise KadDataError(
                "err_weights_criteria",
                file=file,
                column=column,
                value=", ".join(missing + extra),
                allowed=("allow_list", {"items": ", ".join(criteria)}),
            )
        values = values[criteria]
    if values.empty:
        raise KadDataError(
            "err_no_criteria", file=file, column=column, allowed=("allow_criteria", {})
        )
    out = {}
    for name, v in values.items():
        where = f"{column}[{name}]"
        w = parse_number(v, file=file, column=where, allowed=("allow_weight_number", {}))
        if np.isnan(w):
            raise KadDataError(
                "err_weight_missing",
                file=file,
                column=where,
                value=v,
                allowed=("allow_weight_number", {}),
            )
        if np.isinf(w):
            raise KadDataError(
                "err_not_finite",
                file=file,
                column=where,
                value=w,
                allowed=("allow_weight_number", {}),
            )
        if w < 0:
            raise KadDataError(
                "err_negative", file=file, column=where, value=w, allowed=("allow_weights", {})
            )
        out[name] = w
    w = pd.Series(out, dtype=float)
    total = float(w.sum())
    if not total > 0:
        raise KadDataError(
            "err_weights_zero_sum",
            file=file,
            column=column,
            value=total,
            allowed=("allow_weights_positive_sum", {}),
        )
    return w / total


def _as_weights(weights, dm: DecisionMatrix) -> np.ndarray:
    return check_weights(weights, dm.criteria, file=dm.source).to_numpy()


def weights_direct(values, dm: DecisionMatrix | None = None) -> pd.Series:
    """Weights from any non-negative numbers (points, percentages ...), normalised to sum 1.

    Text such as ``"0,5"`` (decimal comma) or ``"1/3"`` is read as the number it is.

    Examples
    --------
    >>> weights_direct({"a": 2, "b": 6}).tolist()
    [0.25, 0.75]
    """
    if dm is not None:
        return pd.Series(_as_weights(values, dm), index=dm.criteria)
    return check_weights(values)


def weights_equal(dm_or_criteria) -> pd.Series:
    """Equal weights for every criterion (of a :class:`DecisionMatrix`, or a list of names).

    Examples
    --------
    >>> weights_equal(["kebutuhan", "potensi", "prospek", "biaya"]).tolist()
    [0.25, 0.25, 0.25, 0.25]
    """
    if isinstance(dm_or_criteria, DecisionMatrix):
        criteria = dm_or_criteria.criteria
    else:
        try:
            criteria = [] if isinstance(dm_or_criteria, str) else list(dm_or_criteria)
        except TypeError:
            criteria = []
    if not criteria:
        raise KadDataError("err_no_criteria", column="criteria", allowed=("allow_criteria", {}))
    return pd.Series(1.0 / len(criteria), index=criteria)


# ----------------------------------------------------------------------------- AHP
#: Saaty's random index, n = 1 ... 15 (Saaty 1980, *The Analytic Hierarchy Process*; as commonly reproduced).
RI_SAATY = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59)
#: Tummala & Ling (1998), Theory and Decision 44(3): 221–230, n = 1 ... 15 (large simulation).
RI_TUMMALA_LING = (
    0.0,
    0.0,
    0.5799,
    0.8921,
    1.1159,
    1.2358,
    1.3322,
    1.3952,
    1.4537,
    1.4882,
    1.5117,
    1.5356,
    1.5571,
    1.5714,
    1.5831,
)
#: Relative tolerance of a_ij * a_ji = 1, so that rounded entries (0.33 for 1/3) are accepted.
RECIPROCAL_TOLERANCE = 0.02
#: Random-index tables ``ahp(ri=...)`` knows.
RI_TABLES = ("saaty", "tummala_ling", "simulated")
#: The largest comparison matrix accepted (30 criteria = 435 judgements; Saaty advises about 7).
AHP_MAX_N = _ri_table.N_MAX
#: The simulated random index, n = 1 ... AHP_MAX_N, precomputed by ``python -m kadlib._ri_table``.
RI_SIMULATED = _ri_table.RI_SIMULATED
SAATY_SCALE = np.array(
    [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]
)


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
    is used and named), ``"tummala_ling"`` (n ≤ 15) or ``"simulated"``
    (n ≤ :data:`AHP_MAX_N`).  The simulated index is looked up in
    :data:`RI_SIMULATED`, precomputed by ``python -m kadlib._ri_table``
    (seeded; see that module for the method), never simulated at call time.

    Examples
    --------
    The published tables differ in the third decimal; the result names its source:

    >>> random_index(4)
    (0.9, 'Saaty (1980)')
    >>> random_index(4, "tummala_ling")
    (0.8921, 'Tummala & Ling (1998)')
    >>> round(random_index(20, "simulated")[0], 2)
    1.63
    """
    check_option("ri", table, RI_TABLES)
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 1:
        raise KadDataError(
            "err_out_of_range",
            column="n",
            value=n,
            allowed=("allow_whole_range", {"lo": 1, "hi": AHP_MAX_N}),
        )
    if table == "simulated" or (table == "saaty" and n > len(RI_SAATY)):
        if n > AHP_MAX_N:
            raise KadDataError(
                "err_ahp_cap",
                column="n",
                value=int(n),
                allowed=("allow_ahp_cap", {"hi": AHP_MAX_N}),
            )
        name = f"simulated (Saaty scale, {_ri_table.SAMPLES:,} matrices, seed {_ri_table.SEED})"
        if table == "saaty":
            warnings.warn(_msg("ri_extended", n=n), stacklevel=3)
            name += f"; Saaty's table stops at n = {len(RI_SAATY)}"
        return RI_SIMULATED[n - 1], name
    values, name = {
        "saaty": (RI_SAATY, "Saaty (1980)"),
        "tummala_ling": (RI_TUMMALA_LING, "Tummala & Ling (1998)"),
    }[table]
    if n > len(values):
        raise KadDataError(
            "err_ahp_too_large",
            column="n",
            value=n,
            allowed=("allow_ahp_size", {"hi": len(values)}),
        )
    return values[n - 1], name


@dataclass
class AHPResult:
    """Weights and consistency of one pairwise comparison matrix (what :func:`ahp` returns).

    Examples
    --------
    Judgements that agree with the weights 8 : 4 : 2 : 1, except one cell typed the
    wrong way round (kebutuhan vs biaya = 1/8 instead of 8): the consistency ratio
    is far above 0.1, and ``worst_pair`` points at that cell.

    >>> c = ["kebutuhan", "potensi", "prospek", "biaya"]
    >>> m = pd.DataFrame([[1, 2, 4, 8], [1/2, 1, 2, 4], [1/4, 1/2, 1, 2], [1/8, 1/4, 1/2, 1]],
    ...                  index=c, columns=c, dtype=float)
    >>> ok = ahp(m)
    >>> ok.weights.round(3).tolist(), round(ok.cr, 3), ok.consistent
    ([0.533, 0.267, 0.133, 0.067], 0.0, True)
    >>> m.loc["kebutuhan", "biaya"], m.loc["biaya", "kebutuhan"] = 1/8, 8
    >>> bad = ahp(m)
    >>> round(bad.cr, 2), bad.consistent, bad.worst_pair[:3]
    (1.01, False, ('biaya', 'kebutuhan', 8.0))
    >>> print(bad.summary())
    CR = 1,013 (TIDAK konsisten; batas 0,10), λmax = 6,735, CI = 0,912, RI = 0,900 [Saaty (1980)]
    Perbandingan paling tidak konsisten: biaya dibanding kebutuhan = 8 (nilai yang konsisten dengan perbandingan lain ≈ 1,52)
    """

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
        num = i18n.format_number
        text = (
            f"CR = {num(self.cr, 3)} ({ok}; {i18n.t('ahp_threshold')} {num(self.threshold, 2)}), "
            f"λmax = {num(self.lambda_max, 3)}, CI = {num(self.ci, 3)}, RI = {num(self.ri, 3)} [{self.ri_table}]"
        )
        if self.worst_pair and not self.consistent:
            a, b, given, ideal = self.worst_pair
            text += "\n" + i18n.t(
                "ahp_worst_pair", a=a, b=b, given=_judgement(given), ideal=_judgement(ideal)
            )
        return text


def _judgement(value) -> str:
    """A judgement in the reader's number format: ``8``, ``1,52`` (id) / ``1.52`` (en)."""
    value = round(float(value), 2)
    return i18n.format_number(value, 0 if value.is_integer() else 2)


def _fill_incomplete(a: np.ndarray, labels):
    """Fill missing cells with the geometric mean of indirect paths a_ik * a_kj (one pass)."""
    n = len(a)
    filled = []
    out = a.copy()
    for i in range(n):
        for j in range(i + 1, n):
            if np.isnan(a[i, j]):
                paths = [
                    a[i, k] * a[k, j]
                    for k in range(n)
                    if not np.isnan(a[i, k]) and not np.isnan(a[k, j])
                ]
                if not paths:
                    raise KadDataError(
                        "err_ahp_incomplete",
                        row=labels[i],
                        column=labels[j],
                        value=None,
                        allowed=("allow_ahp_fill", {}),
                    )
                v = float(np.exp(np.mean(np.log(paths))))
                out[i, j], out[j, i] = v, 1.0 / v
                filled.append((labels[i], labels[j], v))
    return out, filled


def _comparison_matrix(matrix, source):
    """Check one pairwise comparison matrix; return it as floats (exactly reciprocal, NaN = missing) and its labels."""
    if isinstance(matrix, pd.DataFrame):
        frame = matrix
    else:
        try:
            frame = pd.DataFrame(np.asarray(matrix, dtype=object))
        except (TypeError, ValueError):
            raise KadDataError(
                "err_ahp_shape", file=source, value=type(matrix).__name__, allowed=("allow_ahp", {})
            ) from None
        if frame.ndim != 2:
            raise KadDataError(
                "err_ahp_shape", file=source, value=f"{frame.shape}", allowed=("allow_ahp", {})
            )
    labels = [str(x) for x in frame.index]
    if list(map(str, frame.columns)) != labels or len(labels) < 2:
        raise KadDataError(
            "err_ahp_shape", file=source, value=f"{frame.shape}", allowed=("allow_ahp", {})
        )
    dup = [x for i, x in enumerate(labels) if x in labels[:i]]
    if dup:
        raise KadDataError(
            "err_duplicate_label", file=source, value=dup[0], allowed=("allow_unique_names", {})
        )
    n = len(labels)
    if n > AHP_MAX_N:
        raise KadDataError(
            "err_ahp_cap", file=source, value=n, allowed=("allow_ahp_cap", {"hi": AHP_MAX_N})
        )
    cells = frame.to_numpy(dtype=object)
    a = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            a[i, j] = parse_number(
                cells[i, j],
                file=source,
                row=labels[i],
                column=labels[j],
                allowed=("allow_ahp_number", {}),
            )
    for i in range(n):
        if not np.isnan(a[i, i]) and abs(a[i, i] - 1) > 1e-9:
            raise KadDataError(
                "err_ahp_diagonal",
                file=source,
                row=labels[i],
                column=labels[i],
                value=a[i, i],
                allowed=("allow_ahp", {}),
            )
        a[i, i] = 1.0
    # one missing side of a pair is taken from its reciprocal
    for i in range(n):
        for j in range(n):
            if np.isnan(a[i, j]) and not np.isnan(a[j, i]) and a[j, i] != 0:
                a[i, j] = 1.0 / a[j, i]
    with np.errstate(invalid="ignore"):
        bad = ~np.isnan(a) & ~((a <= 9 + 1e-9) & (a >= 1 / 9 - 1e-9))  # also 0, negatives and inf
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise KadDataError(
            "err_out_of_scale",
            file=source,
            row=labels[i],
            column=labels[j],
            value=a[i, j],
            allowed=("allow_scale", {"lo": "1/9", "hi": 9}),
        )
    both = ~np.isnan(a) & ~np.isnan(a.T)
    recip = np.abs(a * a.T - 1) > RECIPROCAL_TOLERANCE  # 0.33 typed for 1/3 is fine; 3 and 3 is not
    if (both & recip).any():
        i, j = np.argwhere(both & recip)[0]
        raise KadDataError(
            "err_ahp_reciprocal",
            file=source,
            row=labels[i],
            column=labels[j],
            value=a[i, j],
            allowed=("allow_ahp_reciprocal", {"v": f"{1 / a[j, i]:.4g}"}),
        )
    upper = np.triu(both, 1)
    a[upper.T] = 1.0 / a.T[upper.T]  # exactly reciprocal: the upper triangle is what was judged
    return a, labels


def ahp(
    matrix, *, ri: str = "saaty", threshold: float = 0.1, fill: str | None = None, source="AHP"
) -> AHPResult:
    """Weights from a pairwise comparison matrix: principal eigenvector, CI and CR.

    Parameters
    ----------
    matrix : DataFrame (or square array)
        ``matrix.loc[a, b]`` = how much more important ``a`` is than ``b`` on
        Saaty's 1/9–9 scale; reciprocal (``b, a`` = 1 / ``a, b``, within 2 % so
        that 0.33 typed for 1/3 is accepted; the upper triangle then decides),
        ones on the diagonal.  Missing judgements are NaN (or empty cells).
        Cells may be text as typed in a spreadsheet: ``"3"``, ``"1/3"``,
        ``"0,333"`` (decimal comma).  Duplicate labels are refused, and so is
        a matrix larger than :data:`AHP_MAX_N` (30).
    ri : {"saaty", "tummala_ling", "simulated"}
        Random-index table; the result names the one used.  Saaty's stops at
        n = 15: beyond it, the simulated index is used (and named), looked up
        in the precomputed :data:`RI_SIMULATED` (see :mod:`kadlib._ri_table`).
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
    check_option("ri", ri, RI_TABLES)
    check_option("fill", fill, (None, "geometric"))
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, (int, float))
        or not 0 <= threshold < 1
    ):
        raise KadDataError(
            "err_out_of_range",
            file=source,
            column="threshold",
            value=threshold,
            allowed=("allow_scale", {"lo": 0, "hi": "< 1"}),
        )
    a, labels = _comparison_matrix(matrix, source)
    n = len(a)
    filled = []
    if np.isnan(a).any():
        if fill != "geometric":
            i, j = np.argwhere(np.isnan(a))[0]
            raise KadDataError(
                "err_ahp_incomplete",
                file=source,
                row=labels[i],
                column=labels[j],
                value=None,
                allowed=("allow_ahp_fill", {}),
            )
        a, filled = _fill_incomplete(a, labels)
        cells = ", ".join(f"{x}/{y}≈{i18n.format_number(v, 2)}" for x, y, v in filled)
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
    return AHPResult(
        weights=pd.Series(w, index=labels),
        lambda_max=lam,
        ci=ci,
        ri=float(ri_value),
        cr=float(cr),
        ri_table=ri_name,
        threshold=threshold,
        matrix=pd.DataFrame(a, index=labels, columns=labels),
        worst_pair=worst,
        filled=filled,
    )


def ahp_group(matrices, **kwargs) -> AHPResult:
    """AHP for a group: the element-wise geometric mean of the members' matrices, then :func:`ahp`.

    Each member's matrix is checked as :func:`ahp` checks one alone (reciprocal,
    diagonal, scale, labels); the error names the member (``ahp_group #2``).

    The geometric mean keeps the combined matrix reciprocal (Aczél & Saaty 1983).

    Examples
    --------
    >>> a = pd.DataFrame([[1, 4], [1/4, 1]], index=["x", "y"], columns=["x", "y"])
    >>> b = pd.DataFrame([[1, 1], [1, 1]], index=["x", "y"], columns=["x", "y"])
    >>> float(ahp_group([a, b]).matrix.loc["x", "y"])
    2.0
    """
    try:
        members = list(matrices)
    except TypeError:
        members = []
    if not members:
        raise KadDataError("err_empty_table", file="ahp_group", allowed=("allow_nonempty", {}))
    checked = [
        _comparison_matrix(m, f"ahp_group #{k}") for k, m in enumerate(members, start=1)
    ]  # each as if alone
    labels = checked[0][1]
    for k, (_, other) in enumerate(checked[1:], start=2):
        if other != labels:
            raise KadDataError(
                "err_ahp_shape", file=f"ahp_group #{k}", value=other, allowed=("allow_ahp", {})
            )
    stack = np.stack([a for a, _ in checked])
    geo = np.exp(np.log(stack).mean(axis=0))  # a gap in any member's matrix stays a gap
    return ahp(pd.DataFrame(geo, index=labels, columns=labels), **kwargs)


# ============================================================================= methods
#: Normalisations ``weighted_sum`` and ``topsis`` know.
NORMALIZATIONS = ("scale", "minmax", "vector")


def _normalised(dm: DecisionMatrix, method: str) -> np.ndarray:
    """Benefit-oriented normalised matrix (higher is better for every criterion)."""
    check_option("normalization", method, NORMALIZATIONS)
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
    norm = np.sqrt((x**2).sum(axis=0))
    return x / np.where(norm > 0, norm, 1.0)  # "vector"


def weighted_sum(dm: DecisionMatrix, weights, *, normalization: str = "scale") -> pd.Series:
    """Weighted sum of normalised scores — SAW (Simple Additive Weighting) — 0 = worst possible, 1 = best.

    ``normalization="scale"`` (default) uses the declared scale, so the result
    of each sector does not depend on which other sectors are on the table;
    ``"minmax"`` uses the range in the data (as pymcdm's WSM does).

    Examples
    --------
    On the 1–5 scale a score s counts (s - 1) / 4.  Pertanian (5, 4) with weights
    0.75 and 0.25: 0.75 × 4/4 + 0.25 × 3/4 = 0.9375.

    >>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
    ...                                  index=["Pertanian", "Pariwisata", "Sampah"]), scale=(1, 5))
    >>> w = {"kebutuhan": 0.75, "potensi": 0.25}
    >>> weighted_sum(dm, w).tolist()
    [0.9375, 0.625, 0.625]

    ``"minmax"`` stretches each criterion over the sectors on the table (lowest 0,
    highest 1), so a sector's score depends on the others:

    >>> weighted_sum(dm, w, normalization="minmax").round(4).tolist()
    [0.9167, 0.25, 0.375]
    """
    w = _as_weights(weights, dm)
    return pd.Series(_normalised(dm, normalization) @ w, index=dm.alternatives, name="score")


def topsis_closeness(v: np.ndarray, sign: np.ndarray, w: np.ndarray) -> np.ndarray:
    """TOPSIS closeness of a normalised matrix ``v`` (alternatives x criteria) for weights ``w``.

    ``sign`` is +1 for a benefit and -1 for a cost criterion; ``w`` may carry leading
    axes (one weight vector per draw), which the result keeps.  :func:`topsis` and the
    Monte Carlo and room resampling all use this one kernel.

    The ideal and anti-ideal points are taken from the unweighted matrix and then
    weighted: with weights ≥ 0 (always, see :func:`check_weights`) rounding is
    monotone, so max(v * w) = max(v) * w exactly, bit for bit — without a pass
    over every draw x sector x criterion.

    Examples
    --------
    >>> v = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> topsis_closeness(v, np.array([1, 1]), np.array([0.75, 0.25])).round(2).tolist()
    [0.75, 0.25]
    """
    best = np.where(sign > 0, v.max(axis=0), v.min(axis=0))
    worst = np.where(sign > 0, v.min(axis=0), v.max(axis=0))
    weighted = v * w[..., None, :]
    ideal, anti = best * w, worst * w
    d_plus = np.sqrt(((weighted - ideal[..., None, :]) ** 2).sum(axis=-1))
    d_minus = np.sqrt(((weighted - anti[..., None, :]) ** 2).sum(axis=-1))
    total = d_plus + d_minus
    return np.where(total > 0, d_minus / np.where(total > 0, total, 1.0), 0.5)


_topsis_core = topsis_closeness  # the name used inside this module and by its tests


def topsis(dm: DecisionMatrix, weights, *, normalization: str = "vector") -> pd.Series:
    """TOPSIS (Hwang & Yoon 1981): closeness to the ideal solution, 0–1, higher is better.

    ``normalization="vector"`` (default, the classic method) or ``"minmax"``.

    Examples
    --------
    A is strong on the first criterion, B (its mirror image) on the second, C on
    neither: with equal weights A and B lie as far from the ideal as from the
    anti-ideal (0.5), and C *is* the anti-ideal (0).  Weighting the first
    criterion 3 : 1 moves A towards the ideal.

    >>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [4, 1, 1], "potensi": [1, 4, 1]},
    ...                                  index=["A", "B", "C"]))
    >>> topsis(dm, weights_equal(dm)).round(3).tolist()
    [0.5, 0.5, 0.0]
    >>> topsis(dm, {"kebutuhan": 0.75, "potensi": 0.25}).round(3).tolist()
    [0.75, 0.25, 0.0]
    """
    v, sign = _topsis_inputs(dm, normalization)
    return pd.Series(
        _topsis_core(v, sign, _as_weights(weights, dm)), index=dm.alternatives, name="score"
    )


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


def _check_method_options(kwargs) -> None:
    """The only option the methods take besides weights is ``normalization``: anything else is a typo."""
    for name in kwargs:
        check_option("option", name, ("normalization",))


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
        ``score, rank`` (+ ``passes_gate, gate_reason, gate_detail, rank_eligible``), sorted by rank.
        The frame is the same in every language: ``gate_reason`` is a code
        (``holds_all``, ``holds_part``, ``fails_one``, ``fails_none``,
        ``no_participants``) and ``gate_detail`` its arguments; show it with
        :func:`for_display` or :func:`gate_text`.

    Examples
    --------
    Pertanian scores best, but its two participants (Cilacap, Banjarnegara) do not
    border each other: it fails the neighbour rule, stays in the table, and the
    eligible ranking starts with Pariwisata.

    >>> from kadlib.neighbours import neighbour_graph, neighbour_rule
    >>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
    ...                                  index=["Pertanian", "Pariwisata", "Sampah"]), scale=(1, 5))
    >>> g = neighbour_graph()
    >>> gate = {"Pertanian": neighbour_rule(g, ["Cilacap", "Banjarnegara"]),
    ...         "Pariwisata": neighbour_rule(g, ["Sleman", "Bantul"]),
    ...         "Sampah": neighbour_rule(g, ["Sleman", "Bantul", "Kota Yogyakarta"])}
    >>> s = score(dm, weights_equal(dm), gate=gate)
    >>> s[["score", "rank", "passes_gate", "rank_eligible", "gate_reason"]]
                score  rank  passes_gate  rank_eligible gate_reason
    Pertanian   0.875     1        False           <NA>  fails_none
    Pariwisata  0.750     2         True              1   holds_all
    Sampah      0.500     3         True              2   holds_all
    """
    check_option("method", method, METHODS)
    _check_method_options(kwargs)
    if gate is not None and not hasattr(gate, "get"):
        raise KadDataError(
            "err_wrong_type", column="gate", value=type(gate).__name__, allowed=("allow_gate", {})
        )
    s = METHODS[method](dm, weights, **kwargs)
    out = pd.DataFrame({"score": s, "rank": rank(s)})
    if gate is not None:
        passes, reasons, details = [], [], []
        for alt in dm.alternatives:
            verdict = gate.get(alt)
            ok = bool(getattr(verdict, "holds", verdict)) if verdict is not None else False
            if verdict is None or isinstance(verdict, (bool, np.bool_)):
                key, detail = ("" if ok else "no_participants"), {}
            else:  # a RuleVerdict: its code and arguments; any other object: its text
                key, detail = (
                    (verdict.key, dict(verdict.detail))
                    if getattr(verdict, "key", "")
                    else (str(verdict), {})
                )
            passes.append(ok)
            reasons.append(key)
            details.append(detail)
        out["passes_gate"] = passes
        out["gate_reason"] = (
            reasons  # a code (holds_all, fails_one ...): gate_text / for_display translate it
        )
        out["gate_detail"] = details
        eligible = out.loc[out["passes_gate"], "score"]
        out["rank_eligible"] = rank(eligible).reindex(out.index).astype("Int64")
    return out.sort_values(["rank", "score"], ascending=[True, False])


def gate_text(reason, detail=None, lang: str | None = None) -> str:
    """The gate reason code of :func:`score` as a sentence in the given (default: current) language.

    Text that is not a code (a scenario saved before the codes) is returned as it is.

    Examples
    --------
    >>> gate_text("holds_all", {"n": 3}, lang="en")
    'holds: all 3 participating regions are connected as neighbours'
    """
    if not isinstance(reason, str) or not reason:
        return ""
    detail = detail if isinstance(detail, dict) else None
    key = "gate_no_participants" if reason == "no_participants" else f"rule_{reason}"
    if key == "rule_holds_all" and (detail or {}).get("n") == 2:  # "kedua daerah", not "semua 2"
        key = "rule_holds_all_2"
    if key not in i18n.LABELS:
        return reason
    try:
        return i18n.t(key, lang=lang, **(detail or {})) if detail else i18n.t(key, lang=lang)
    except (KeyError, IndexError):  # arguments missing: the code is still better than nothing
        return reason


def for_display(scored: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """A copy of :func:`score`'s frame for people: the gate reason as a sentence, its arguments dropped.

    Examples
    --------
    >>> from kadlib.neighbours import neighbour_graph, neighbour_rule
    >>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3], "potensi": [4, 5]},
    ...                                  index=["Pertanian", "Pariwisata"]), scale=(1, 5))
    >>> g = neighbour_graph()
    >>> gate = {"Pertanian": neighbour_rule(g, ["Cilacap", "Banjarnegara"]),
    ...         "Pariwisata": neighbour_rule(g, ["Sleman", "Bantul"])}
    >>> s = score(dm, weights_equal(dm), gate=gate)
    >>> s["gate_reason"].tolist()
    ['fails_none', 'holds_all']
    >>> shown = for_display(s, lang="en")
    >>> for reason in shown["gate_reason"]:
    ...     print(reason)
    fails: no two participating regions are neighbours (Kabupaten Cilacap, Kabupaten Banjarnegara)
    holds: both participating regions are neighbours
    >>> "gate_detail" in shown.columns
    False
    """
    shown = scored.copy()
    if "gate_reason" in shown.columns:
        detail = shown["gate_detail"] if "gate_detail" in shown.columns else [None] * len(shown)
        shown["gate_reason"] = [
            gate_text(r, d, lang) for r, d in zip(shown["gate_reason"], detail, strict=True)
        ]
    return shown.drop(columns=["gate_detail"], errors="ignore")


# ============================================================================= robustness
def _positive(name, value, *, upper=np.inf):
    """A finite number > 0 (and ≤ ``upper``), else the kit's out-of-range error."""
    ok = isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(
        value, (bool, np.bool_)
    )
    if not ok or not (0 < value <= upper and np.isfinite(value)):
        raise KadDataError(
            "err_out_of_range", column=name, value=value, allowed=("allow_positive", {})
        )
    return float(value)


def robustness_oat(
    dm: DecisionMatrix, weights, *, method: str = "wsm", change: float = 0.1, **kwargs
) -> pd.DataFrame:
    """One-at-a-time: raise and lower each weight by ``change`` (relative, e.g. ±10 %), renormalise, re-rank.

    Returns
    -------
    DataFrame
        One row per (criterion, direction): ``top`` (the first sector then),
        ``top_changed`` and ``max_rank_shift`` (largest change of any sector's rank).

    Examples
    --------
    Pertanian (5, 4) beats Pariwisata (3, 5) on the 1–5 scale while the weight of
    kebutuhan is above 1/3.  From equal weights, ±10 % changes nothing; lowering
    kebutuhan by 60 % (0.2 : 0.5, i.e. 0.29 after renormalising) does:

    >>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
    ...                                  index=["Pertanian", "Pariwisata", "Sampah"]), scale=(1, 5))
    >>> bool(robustness_oat(dm, weights_equal(dm))["top_changed"].any())
    False
    >>> robustness_oat(dm, weights_equal(dm), change=0.6)
       criterion change         top  top_changed  max_rank_shift
    0  kebutuhan  +60 %   Pertanian        False               0
    1  kebutuhan  -60 %  Pariwisata         True               1
    2    potensi  +60 %   Pertanian        False               0
    3    potensi  -60 %   Pertanian        False               0
    """
    check_option("method", method, METHODS)
    _check_method_options(kwargs)
    change = _positive("change", change)
    w0 = pd.Series(_as_weights(weights, dm), index=dm.criteria)
    base = rank(METHODS[method](dm, w0, **kwargs))
    rows = []
    for c in dm.criteria:
        for direction in (+1, -1):
            w = w0.copy()
            w[c] = max(w[c] * (1 + direction * change), 0.0)
            if (
                not w.sum() > 0
            ):  # the only weighted criterion lowered to nothing: no ranking to compare
                continue
            r = rank(METHODS[method](dm, w / w.sum(), **kwargs))
            top = r[r == r.min()].index[0]
            rows.append(
                (
                    c,
                    f"{'+' if direction > 0 else '-'}{i18n.format_number(100 * change, 0)} %",
                    top,
                    top != base.idxmin(),
                    int((r - base).abs().max()),
                )
            )
    return pd.DataFrame(
        rows, columns=["criterion", "change", "top", "top_changed", "max_rank_shift"]
    )


def dirichlet_weights(
    weights, n: int, *, concentration: float = 100.0, seed: int = 0
) -> np.ndarray:
    """``n`` weight vectors drawn around ``weights`` (Dirichlet, mean = weights).

    Higher ``concentration`` keeps the draws closer to the chosen weights
    (100: each weight varies by roughly ±10 % of itself for 6 criteria).

    Examples
    --------
    Seeded, so the same draws every time; each draw sums to 1 and on average
    they give back the weights:

    >>> w = dirichlet_weights([0.5, 0.3, 0.2], 1000)
    >>> w.shape, bool(np.allclose(w.sum(axis=1), 1))
    ((1000, 3), True)
    >>> w.mean(axis=0).round(2).tolist()
    [0.5, 0.3, 0.2]

    A lower concentration spreads the draws wider:

    >>> wide = dirichlet_weights([0.5, 0.3, 0.2], 1000, concentration=10)
    >>> bool(wide[:, 0].std() > 2 * w[:, 0].std())
    True
    """
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    rng = np.random.default_rng(seed)
    return rng.dirichlet(np.maximum(w * concentration, 1e-9), size=n)


@dataclass
class Robustness:
    """Monte Carlo robustness of a ranking (what :func:`robustness_mc` returns).

    Examples
    --------
    >>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
    ...                                  index=["Pertanian", "Pariwisata", "Sampah"]), scale=(1, 5))
    >>> r = robustness_mc(dm, weights_equal(dm), draws=500)
    >>> r.top, r.p_top_stays_first, r.draws
    ('Pertanian', 1.0, 500)
    >>> r.expected_rank.round(2).tolist()
    [1.0, 2.0, 3.0]
    >>> print(r.summary())
    Pertanian tetap di peringkat 1 pada 100 % dari 500 simulasi bobot acak
    """

    rank_probability: pd.DataFrame  # alternatives x ranks (1..m): probability
    top: str  # the first sector with the chosen weights
    p_top_stays_first: float
    expected_rank: pd.Series
    draws: int

    def summary(self) -> str:
        return i18n.t(
            "robust_summary",
            top=self.top,
            p=f"{i18n.format_number(100 * self.p_top_stays_first, 0)} %",
            n=self.draws,
        )


#: The most Monte Carlo draws accepted (the weight draws alone are draws x criteria numbers).
MC_MAX_DRAWS = 1_000_000
#: How many numbers (draws x alternatives x criteria) are scored at once: bounds the memory to ~ 32 MB a temporary.
MC_CHUNK_ELEMENTS = 4_000_000


def robustness_mc(
    dm: DecisionMatrix,
    weights,
    *,
    method: str = "wsm",
    draws: int = 2000,
    concentration: float = 100.0,
    seed: int = 0,
    ties: str = "shared",
    **kwargs,
) -> Robustness:
    """Monte Carlo over weights: the probability of every rank for every sector.

    Weights are drawn from a Dirichlet around the chosen weights; the draws are
    scored in chunks of at most :data:`MC_CHUNK_ELEMENTS` numbers (matrix
    algebra, no loop per draw), so memory stays bounded however many draws are
    asked for (up to :data:`MC_MAX_DRAWS`), and ranks are counted with
    ``np.bincount``.  ``ties="shared"`` (default): sectors whose scores in a draw
    are equal (within 1e-12) share the better rank, as :func:`rank` does
    (1, 2, 2, 4), so a rank column may then sum to more than 1 and tied sectors
    are never shown on different ranks by accident of their order;
    ``ties="first"``: the earlier sector wins, each draw is a strict ranking and
    each sector's rank probabilities sum to 1.

    Returns
    -------
    Robustness
        ``rank_probability`` (sectors x ranks), ``p_top_stays_first``, ``expected_rank``.

    Examples
    --------
    Pertanian (5, 4) beats Pariwisata (3, 5) whenever the weight of kebutuhan is
    above 1/3.  With ``concentration=2`` and two criteria, that weight is drawn
    uniformly between 0 and 1, so Pertanian stays first about two times in three
    (2/3, within the sampling error of 20,000 draws);
    Sampah (4, 2) is never first: Pertanian is at least as good on both criteria.

    >>> dm = DecisionMatrix(pd.DataFrame({"kebutuhan": [5, 3, 4], "potensi": [4, 5, 2]},
    ...                                  index=["Pertanian", "Pariwisata", "Sampah"]), scale=(1, 5))
    >>> r = robustness_mc(dm, weights_equal(dm), concentration=2, draws=20_000)
    >>> abs(r.p_top_stays_first - 2 / 3) < 0.01, float(r.rank_probability.loc["Sampah", 1])
    (True, 0.0)
    >>> r.rank_probability.columns.tolist(), r.rank_probability.sum().round(6).tolist()
    ([1, 2, 3], [1.0, 1.0, 1.0])
    """
    check_option("method", method, METHODS)
    _check_method_options(kwargs)
    if (
        isinstance(draws, (bool, np.bool_))
        or not isinstance(draws, (int, np.integer))
        or not 1 <= draws <= MC_MAX_DRAWS
    ):
        raise KadDataError(
            "err_out_of_range",
            column="draws",
            value=draws,
            allowed=("allow_whole_range", {"lo": 1, "hi": MC_MAX_DRAWS}),
        )
    draws = int(draws)
    concentration = _positive("concentration", concentration)
    w0 = _as_weights(weights, dm)
    if method == "wsm":
        normalised = _normalised(
            dm, kwargs.get("normalization", "scale")
        ).T  # criteria x alternatives
        score_chunk = lambda wd: wd @ normalised  # noqa: E731
    else:
        v, sign = _topsis_inputs(dm, kwargs.get("normalization", "vector"))
        score_chunk = lambda wd: _topsis_core(v, sign, wd)  # noqa: E731
    check_option("ties", ties, ("shared", "first"))
    wd_all = dirichlet_weights(
        w0, draws, concentration=concentration, seed=seed
    )  # draws x criteria
    m, k = dm.scores.shape
    step = max(1, MC_CHUNK_ELEMENTS // (m * k))
    counts = np.zeros(m * m, dtype=np.int64)
    base_index = np.arange(m) * m  # alternative a, rank r -> a * m + r
    for start in range(0, draws, step):
        scores = score_chunk(wd_all[start : start + step])  # chunk x alternatives
        order = np.argsort(-scores, axis=1, kind="stable")  # best first
        rows = np.arange(order.shape[0])[:, None]
        position = np.broadcast_to(np.arange(m), order.shape)
        if ties == "shared":  # a run of equal scores takes the rank of its first member
            ordered = scores[rows, order]
            new_run = np.ones(ordered.shape, dtype=bool)
            new_run[:, 1:] = (ordered[:, :-1] - ordered[:, 1:]) > 1e-12
            position = np.maximum.accumulate(np.where(new_run, position, 0), axis=1)
        ranks = np.empty_like(order)
        ranks[rows, order] = position
        counts += np.bincount((base_index[None, :] + ranks).ravel(), minlength=m * m)
    prob = pd.DataFrame(
        counts.reshape(m, m) / draws, index=dm.alternatives, columns=range(1, m + 1)
    )
    base = METHODS[method](dm, pd.Series(w0, index=dm.criteria), **kwargs)
    top = rank(base).idxmin()
    p_top = float(prob.loc[top, 1])
    expected = pd.Series((prob.to_numpy() * np.arange(1, m + 1)).sum(axis=1), index=dm.alternatives)
    return Robustness(prob, top, p_top, expected, draws)


# ============================================================================= data-derived criteria
def derived_criteria(
    sectors, lq, growth, *, members=None, sector=None, potensi="share"
) -> pd.DataFrame:
    """Fill "potensi" and "prospek" from the baseline, clearly as *derived* values on a 1–5 scale.

    ``potensi`` — the SKAD criterion is "a significant effect on development in
    the regions and the area" [S31], so by default (``potensi="share"``) it is
    the sector's **share of the group's PDRB** (percent: Σ members' sector value ÷
    Σ members' totals, in the LQ's year; needs ``sector``, the sector table): a
    size measure.  ``potensi="lq"`` uses the members' **mean LQ** instead
    (specialisation: a small sector can have a high LQ).  Both raw measures are
    returned (``potensi_share_raw`` when ``sector`` is given, ``potensi_lq_raw``)
    and ``potensi_measure`` names the one used.
    ``prospek`` <- average annual growth (percent) of the sector **summed over the
    members** between the ``start`` and ``end`` of ``growth`` when ``sector`` is
    given (the group's own growth: a large member weighs more), else the
    unweighted mean of the members' growth rates; ``prospek_measure`` says which.  Each is mapped
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
    sector : DataFrame, optional
        The sector table (:func:`kadlib.load_sector_pdrb`), for ``potensi="share"``.
    potensi : {"share", "lq"}
        The measure of "potensi" (default ``"share"``).

    Examples
    --------
    By hand, two members and three sectors, ``potensi`` as the mean LQ: A (mean LQ 2.0)
    is the highest and maps to 5, C (1.0) the lowest and maps to 1, I (1.5) halfway, 3.

    >>> lq = pd.DataFrame({"region_code": ["3402", "3404"] * 3,
    ...                    "sector_code": ["A", "A", "C", "C", "I", "I"],
    ...                    "lq": [1.8, 2.2, 0.8, 1.2, 1.4, 1.6]})
    >>> growth = lq.assign(growth=[1.0, 3.0, 5.0, 7.0, 3.0, 5.0])
    >>> derived_criteria(["A", "C", "I"], lq, growth, potensi="lq")[
    ...     ["potensi", "potensi_raw", "prospek", "prospek_raw"]]
                 potensi  potensi_raw  prospek  prospek_raw
    sector_code
    A                5.0          2.0      1.0          2.0
    C                1.0          1.0      5.0          6.0
    I                3.0          1.5      3.0          4.0

    With the bundled data, as a lesson does (Kartamantul, 2019 against the province,
    growth 2013–2019): C has the largest share of the group's PDRB (13.25 %), A the
    smallest (5.14 %); I grew fastest.

    >>> import kadlib
    >>> from kadlib.economy import location_quotient, sector_klassen
    >>> members = kadlib.group_members("Kartamantul")
    >>> sector = kadlib.load_sector_pdrb(members, with_reference=True)
    >>> lq = location_quotient(sector, year=2019, regions=members)
    >>> growth = sector_klassen(sector, start=2013, end=2019, regions=members)
    >>> d = derived_criteria(["A", "C", "I"], lq, growth, members=members, sector=sector)
    >>> d[["potensi", "potensi_raw", "prospek", "prospek_raw"]].round(2)
                 potensi  potensi_raw  prospek  prospek_raw
    sector_code
    A               1.00         5.14     1.00         0.62
    C               5.00        13.25     3.53         4.43
    I               3.94        11.10     5.00         6.64
    >>> d["potensi_measure"].iloc[0], d["prospek_measure"].iloc[0]
    ('share', 'group_sum')
    """
    for name, frame, value in (("lq", lq, "lq"), ("growth", growth, "growth")):
        required = {"region_code", "sector_code", value}
        if not isinstance(frame, pd.DataFrame) or not required <= set(frame.columns):
            present = (
                ", ".join(map(str, frame.columns))
                if isinstance(frame, pd.DataFrame)
                else type(frame).__name__
            )
            raise KadDataError(
                "err_missing_columns",
                file=f"derived_criteria({name}=...)",
                missing=", ".join(sorted(required - set(getattr(frame, "columns", [])))),
                allowed=(
                    "allow_columns",
                    {"required": ", ".join(sorted(required)), "present": present},
                ),
            )
    sectors = [sectors] if isinstance(sectors, str) else list(sectors)
    from .economy import TOTAL

    check_option("potensi", potensi, ("share", "lq"), file="derived_criteria")
    lq_part = lq if members is None else lq[lq["region_code"].isin(members)]
    g_part = growth if members is None else growth[growth["region_code"].isin(members)]
    raw = pd.DataFrame(
        {
            "potensi_lq_raw": lq_part.groupby("sector_code")["lq"].mean().reindex(sectors),
            "prospek_raw": g_part.groupby("sector_code")["growth"].mean().reindex(sectors),
        }
    )
    if sector is not None:
        codes = sorted(set(lq_part["region_code"]))
        years = sorted(set(lq_part["year"])) if "year" in lq_part.columns else []
        part = sector[sector["region_code"].isin(codes) & sector["year"].isin(years[-1:])]
        values = part.groupby("sector_code")["value"].sum()
        raw["potensi_share_raw"] = (
            values.reindex(sectors) / values.get(TOTAL, np.nan) * 100
        ).to_numpy()
        if {"start", "end"} <= set(g_part.columns) and len(g_part):
            start, end = int(g_part["start"].iloc[0]), int(g_part["end"].iloc[0])
            grown = sector[
                sector["region_code"].isin(sorted(set(g_part["region_code"])))
                & sector["year"].isin([start, end])
            ].pivot_table(index="sector_code", columns="year", values="value", aggfunc="sum")
            if {start, end} <= set(grown.columns):
                rate = ((grown[end] / grown[start]) ** (1 / (end - start)) - 1) * 100
                raw["prospek_raw"] = rate.reindex(sectors).to_numpy()
                raw["prospek_measure"] = "group_sum"
    elif potensi == "share":
        raise KadDataError(
            "err_missing_columns",
            file="derived_criteria",
            missing="sector",
            allowed=("allow_potensi_share", {}),
        )
    raw["potensi_raw"] = raw[f"potensi_{potensi}_raw"]
    missing = raw[raw[["potensi_raw", "prospek_raw"]].isna().any(axis=1)]
    if len(missing):
        raise KadDataError(
            "err_missing_value",
            file="derived_criteria",
            value=missing.index[0],
            allowed=("allow_complete", {}),
        )
    for col in ("potensi", "prospek"):
        v = raw[f"{col}_raw"]
        span = v.max() - v.min()
        raw[col] = 1 + 4 * (v - v.min()) / span if span > 0 else 3.0
    raw["potensi_measure"] = potensi
    if "prospek_measure" not in raw.columns:
        raw["prospek_measure"] = "mean_of_members"
    extra = [c for c in ("potensi_share_raw", "potensi_lq_raw") if c in raw.columns]
    return raw[
        [
            "potensi",
            "prospek",
            "potensi_raw",
            "prospek_raw",
            "potensi_measure",
            "prospek_measure",
            *extra,
        ]
    ]
