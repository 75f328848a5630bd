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
>>> importance_performance(ratings)[["quadrant", "label"]]
      quadrant                 label
item
a            1  Prioritas utama (perbaiki di sini)
b            4  Berlebihan (mungkin terlalu banyak upaya)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import i18n
from .datasets import load_success_factors
from .errors import KadDataError


def catalogue():
    """The shipped key-success-factor catalogue (``kadlib.load_success_factors``), indexed by factor id."""
    return load_success_factors().set_index("factor_id")


def importance_performance(ratings, *, crosshair="mean", scale=(1, 5), importance="importance",
                           condition="condition"):  # fmt: skip
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
        (importance − condition), ``quadrant`` and ``label``, and ``priority``
        (1 = work on first: quadrant 1 by largest gap, then the others).
        Quadrants: 1 important and in poor condition — *prioritas utama*;
        2 important and in good condition — *pertahankan prestasi*; 3 neither —
        *prioritas rendah*; 4 less important but in good condition — *berlebihan*.
        A factor exactly on a line counts as *not above* it.
    """
    if {"measure", "value"} <= set(ratings.columns) and importance not in ratings.columns:
        ratings = ratings.pivot_table(index=["participant", "item"], columns="measure", values="value").reset_index()
    for col in ("item", importance, condition):
        if col not in ratings.columns:
            raise KadDataError("err_missing_columns", file="ratings", missing=col,
                               allowed=("allow_columns", {"required": f"item, {importance}, {condition}",
                                                          "present": ", ".join(map(str, ratings.columns))}))  # fmt: skip
    means = ratings.groupby("item")[[importance, condition]].mean()
    means.columns = ["importance", "condition"]
    if crosshair == "mean":
        cx, cy = means["condition"].mean(), means["importance"].mean()
    elif crosshair == "midpoint":
        cx = cy = (scale[0] + scale[1]) / 2
    else:
        raise ValueError("crosshair must be 'mean' or 'midpoint'")
    hi_i, hi_c = means["importance"] > cy, means["condition"] > cx
    out = means.copy()
    out["gap"] = out["importance"] - out["condition"]
    out["quadrant"] = np.select([hi_i & ~hi_c, hi_i & hi_c, ~hi_i & ~hi_c], [1, 2, 3], 4)
    out["label"] = [i18n.t(f"ipa_{q}") for q in out["quadrant"]]
    order = out.sort_values(["quadrant", "gap"], ascending=[True, False])  # quadrant 1 first, largest gap first
    out["priority"] = pd.Series(range(1, len(out) + 1), index=order.index)
    out.attrs["crosshair"] = (float(cx), float(cy))
    return out.sort_values("priority")


def ipa_plot(ipa, **kwargs):
    """The importance–performance chart; drawn by :func:`kadlib.plots.ipa_plot` (kept here for notebooks)."""
    from .plots import ipa_plot as draw

    return draw(ipa, **kwargs)
