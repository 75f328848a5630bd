"""Key success factors of a cooperation: the catalogue, importance–performance, AHP weights.

SKAD's first function is to identify the key success factors [S31].  In the
workshop each participant rates every factor's **importance** for the
cooperation and the group's **current condition** on it (1–5); the
importance–performance analysis (Martilla & James 1977) then says where the
cooperation must work first: important factors in poor condition.

Examples
--------
>>> ratings = pd.DataFrame({"participant": ["p1", "p1", "p2", "p2"], "item": ["a", "b", "a", "b"],
...                         "importance": [5, 2, 4, 3], "condition": [2, 4, 1, 5]})
>>> ipa = importance_performance(ratings)
>>> ipa["quadrant"].to_dict()
{'a': 1, 'b': 4}
>>> for_display(ipa)["label"].tolist()
['Prioritas utama (perbaiki di sini)', 'Berlebihan (mungkin terlalu banyak upaya)']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import i18n
from .datasets import load_success_factors
from .errors import KadDataError, check_option


def catalogue():
    """The shipped key-success-factor catalogue (``kadlib.load_success_factors``), indexed by factor id.

    Examples
    --------
    >>> cat = catalogue()
    >>> len(cat), cat.index[0], cat.loc["champion", "label_en"]
    (17, 'komitmen_pimpinan', 'A champion')
    """
    return load_success_factors().set_index("factor_id")


def importance_performance(
    ratings, *, crosshair="mean", scale=(1, 5), importance="importance", condition="condition"
):
    """Importance–performance analysis of rated factors.

    Parameters
    ----------
    ratings : DataFrame
        One row per participant and factor, with ``item`` and the two rating
        columns (or the tidy ``item, measure, value`` of :mod:`kadlib.workshop`).
    crosshair : {"mean", "midpoint"}
        Where the quadrant lines sit: the mean of all factors' means (data-centred,
        the usual choice) or the middle of the scale.

    Returns
    -------
    DataFrame
        Indexed by item: ``importance``, ``condition`` (means), ``gap``
        (importance − condition), ``quadrant`` (a code, the same in every language:
        :func:`quadrant_label` and :func:`for_display` name it), and ``priority``
        (1 = work on first: quadrant 1 by largest gap, then the others).
        Quadrants: 1 important and in poor condition — *prioritas utama*;
        2 important and in good condition — *pertahankan prestasi*; 3 neither —
        *prioritas rendah*; 4 less important but in good condition — *berlebihan*.
        A factor exactly on a line counts as *not above* it.

    Examples
    --------
    One participant's ratings of three factors; where the cross lines sit decides factor ``c``:

    >>> r = pd.DataFrame({"participant": "p1", "item": ["a", "b", "c"],
    ...                   "importance": [5, 2, 3.4], "condition": [2, 4, 2.6]})
    >>> ipa = importance_performance(r)
    >>> ipa["quadrant"].to_dict(), ipa.attrs["crosshair"]
    ({'a': 1, 'c': 3, 'b': 4}, (2.8666666666666667, 3.466666666666667))
    >>> importance_performance(r, crosshair="midpoint")["quadrant"].to_dict()
    {'a': 1, 'c': 1, 'b': 4}
    """
    if not isinstance(ratings, pd.DataFrame) or ratings.empty:
        raise KadDataError("err_empty_table", file="ratings", allowed=("allow_nonempty", {}))
    check_option("crosshair", crosshair, ("mean", "midpoint"))
    lo, hi = _scale(scale)
    if {"measure", "value"} <= set(ratings.columns) and importance not in ratings.columns:
        ratings = ratings.assign(value=_ratings(ratings, "value", lo, hi))
        ratings = ratings.pivot_table(
            index=["participant", "item"], columns="measure", values="value"
        ).reset_index()
    for col in ("item", importance, condition):
        if col not in ratings.columns:
            raise KadDataError(
                "err_missing_columns",
                file="ratings",
                missing=col,
                allowed=(
                    "allow_columns",
                    {
                        "required": f"item, {importance}, {condition}",
                        "present": ", ".join(map(str, ratings.columns)),
                    },
                ),
            )
    ratings = ratings.assign(**{c: _ratings(ratings, c, lo, hi) for c in (importance, condition)})
    means = ratings.groupby("item")[[importance, condition]].mean()
    means.columns = ["importance", "condition"]
    if crosshair == "mean":
        cx, cy = means["condition"].mean(), means["importance"].mean()
    else:
        cx = cy = (lo + hi) / 2
    hi_i, hi_c = means["importance"] > cy, means["condition"] > cx
    out = means.copy()
    out["gap"] = out["importance"] - out["condition"]
    out["quadrant"] = np.select([hi_i & ~hi_c, hi_i & hi_c, ~hi_i & ~hi_c], [1, 2, 3], 4)
    order = out.sort_values(
        ["quadrant", "gap"], ascending=[True, False]
    )  # quadrant 1 first, largest gap first
    out["priority"] = pd.Series(range(1, len(out) + 1), index=order.index)
    out.attrs["crosshair"] = (float(cx), float(cy))
    return out.sort_values("priority")


def _scale(scale):
    try:
        lo, hi = (float(v) for v in scale)
    except (TypeError, ValueError):
        lo = hi = float("nan")
    if not (hi > lo and np.isfinite([lo, hi]).all()):
        raise KadDataError(
            "err_bad_scale",
            file="ratings",
            column="scale",
            value=scale,
            allowed=("allow_bad_scale", {}),
        )
    return lo, hi


def _ratings(ratings, column, lo, hi):
    """One rating column as numbers on the scale; blanks, words, inf and values off the scale refused."""
    from .scoring import parse_number

    values = []
    for row, v in ratings[column].items():
        x = parse_number(
            v,
            file="ratings",
            row=row,
            column=column,
            allowed=("allow_scale", {"lo": f"{lo:g}", "hi": f"{hi:g}"}),
        )
        if np.isnan(x):
            raise KadDataError(
                "err_blank",
                file="ratings",
                row=row,
                column=column,
                value=v,
                allowed=("allow_complete_ratings", {}),
            )
        if not lo <= x <= hi:
            raise KadDataError(
                "err_out_of_scale",
                file="ratings",
                row=row,
                column=column,
                value=x,
                allowed=("allow_scale", {"lo": f"{lo:g}", "hi": f"{hi:g}"}),
            )
        values.append(x)
    return pd.Series(values, index=ratings.index, dtype=float)


def quadrant_label(quadrant, lang: str | None = None) -> str:
    """The name of an importance–performance quadrant (1–4) in the given (default: current) language.

    Examples
    --------
    >>> quadrant_label(1, lang="en")
    'Concentrate here'
    """
    return i18n.t(f"ipa_{int(quadrant)}", lang=lang)


def for_display(ipa, lang: str | None = None):
    """A copy of :func:`importance_performance`'s frame for people, with the quadrant's name as ``label``.

    Examples
    --------
    >>> ipa = pd.DataFrame({"importance": [4.5], "condition": [2.0], "quadrant": [1]}, index=["komitmen"])
    >>> for_display(ipa, lang="id")["label"].tolist()
    ['Prioritas utama (perbaiki di sini)']
    """
    shown = ipa.copy()
    shown["label"] = [quadrant_label(q, lang) for q in shown["quadrant"]]
    return shown


#: Names that moved out of this module (the analysis layer draws nothing): old name -> where it lives now.
_MOVED = {"ipa_plot": "kadlib.plots.ipa_plot"}


def __getattr__(name):
    """``factors.ipa_plot`` is a deprecated alias of :func:`kadlib.plots.ipa_plot` (kept for 0.1.0 users).

    It warns (``FutureWarning``) and hands over the function from :mod:`kadlib.plots`;
    this module itself imports no plotting.  Use ``kadlib.plots.ipa_plot``.
    """
    if name not in _MOVED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    import warnings

    module, _, attr = _MOVED[name].rpartition(".")
    warnings.warn(
        i18n.t("warn_moved", old=f"kadlib.factors.{name}", new=_MOVED[name]),
        FutureWarning,
        stacklevel=2,
    )
    return getattr(importlib.import_module(module), attr)
