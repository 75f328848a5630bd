"""What the projector shows, computed from the store: who submitted, ratings, weights, ranking, consensus.

:func:`room_summary` calls the kit's analysis (nothing is computed here that
:mod:`kadlib.scoring` and :mod:`kadlib.aggregation` do not already do) and
returns plain frames; :func:`panel` renders them.
"""

from __future__ import annotations

import warnings

import pandas as pd

from .. import i18n
from ..store import STEPS
from .pages import STEP_LABEL, csrf_field, e, label, t


def room_summary(store, *, gate=None, draws: int = 500) -> dict:
    """Everything the facilitator's screen shows, as frames and numbers (no HTML)."""
    from .. import aggregation, scoring

    out = {"version": store.version(), "steps": store.steps(), "status": store.status()}
    ratings = store.ratings()
    out["ratings"] = aggregation.aggregate(ratings, method="median") if len(ratings) else None
    out["kendall"] = None
    if len(ratings):
        imp = ratings[ratings["measure"] == "importance"]
        wide = imp.pivot_table(
            index="participant", columns="item", values="value", aggfunc="first"
        ).dropna()
        if len(wide) >= 2 and wide.shape[1] >= 2:
            out["kendall"] = aggregation.kendalls_w(wide)
    weights = store.participant_weights()
    out["weights"] = out["consensus"] = out["ranking"] = out["room"] = out["mc"] = None
    out["inconsistent"] = []
    if len(weights):
        gw = store.group_weights()
        out["weights"] = gw
        # who gave AHP judgements that are not consistent (CR > 0.10): said on the screen, never hidden
        people = store.participants()
        names = dict(zip(people["id"], people["name"], strict=True)) if len(people) else {}
        for pid, matrix in store.ahp_matrices().items():
            try:
                result = scoring.ahp(matrix)
            except Exception:  # noqa: BLE001 - a matrix the store accepted but AHP refuses: shown as inconsistent
                out["inconsistent"].append((names.get(pid, pid), float("nan")))
                continue
            if not result.consistent:
                out["inconsistent"].append((names.get(pid, pid), float(result.cr)))
        out["consensus"] = (
            aggregation.ahp_consensus(weights.to_numpy()) if len(weights) >= 2 else None
        )
    pids, stack = store.field_stack()
    if pids and out["weights"] is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dm = store.decision_matrix()
            ranking = scoring.score(dm, out["weights"].weights, gate=gate)
            out["ranking"] = ranking
            out["room"] = aggregation.robustness_room(stack, weights, draws=draws, like=dm)
            out["mc"] = scoring.robustness_mc(dm, out["weights"].weights, draws=draws)
    out["votes"] = store.votes()
    out["comments"] = store.comments()
    return out


def _labels(items, lang):
    return {x["id"]: label(x, lang) for x in items or []}


def panel(lang: str, s: dict, config: dict, *, csrf: str, names: dict, buttons: bool = True) -> str:
    """The live part of the projector page (re-fetched every few seconds).

    ``buttons=False`` leaves out the open/close forms (the notebook widget has its own toggles).
    """
    status = s["status"]
    n = len(status)
    # steps: open/closed with the facilitator's buttons, and how many submitted
    rows = []
    for step in STEPS:
        done = int(status[step].notna().sum()) if n else 0
        is_open = s["steps"][step]
        action = "close" if is_open else "open"
        button = (
            ""
            if not buttons
            else (
                f'<form method="post" action="/fasilitator/langkah">{csrf_field(csrf)}'
                f'<input type="hidden" name="step" value="{step}"><input type="hidden" name="action" value="{action}">'
                f'<button class="small" type="submit">{e(t("live_close" if is_open else "live_open", lang))}</button></form>'
            )
        )
        state = t("live_state_open" if is_open else "live_state_closed", lang)
        rows.append(
            f"<tr><td>{e(t(STEP_LABEL[step], lang))}</td><td>{e(state)}</td><td class=n>{done}/{n}</td>"
            f"<td>{button}</td></tr>"
        )
    steps_html = (
        f"<section><h2>{e(t('live_participants', lang, n=n))}</h2><table>{''.join(rows)}</table>"
        f"{_who(lang, status, names)}</section>"
    )
    # first screen of the projector: who is in, the group's weights, the ranking; then factors and votes
    return (
        steps_html
        + _weights(lang, s, config)
        + _ranking(lang, s, config)
        + _factors(lang, s, config)
        + _vision(lang, s, config)
    )


def _who(lang, status, names):
    if not len(status):
        return f'<p class="muted">{e(t("live_proj_none", lang))}</p>'
    head = "".join(f"<th>{k}</th>" for k in range(1, len(STEPS) + 1))
    body = "".join(
        f"<tr><td>{e(r['name'])} <span class=muted>{e(names.get(r['region'], r['region']))}</span></td>"
        + "".join(
            f"<td class={'yes' if pd.notna(r[s]) else 'no'}>{'✓' if pd.notna(r[s]) else '·'}</td>"
            for s in STEPS
        )
        + "</tr>"
        for _, r in status.iterrows()
    )
    return f"<h2>{e(t('live_proj_who', lang))}</h2><div class='who'><table><tr><th></th>{head}</tr>{body}</table></div>"


def _factors(lang, s, config):
    out = f"<section><h2>{e(t('live_proj_ratings', lang))}</h2>"
    agg = s["ratings"]
    if agg is None:
        return out + f'<p class="muted">{e(t("live_proj_none", lang))}</p></section>'
    labels = _labels(config.get("factors"), lang)
    agg = agg.reindex(columns=["importance", "condition"])
    agg = agg.assign(gap=agg["importance"] - agg["condition"]).sort_values("gap", ascending=False)
    head = (
        f"<tr><th>{e(t('live_item', lang))}</th><th class=n>{e(t('measure_importance', lang))}</th>"
        f"<th class=n>{e(t('measure_condition', lang))}</th></tr>"
    )
    body = "".join(
        f"<tr><td>{e(labels.get(i, i))}</td><td class=n>{_num(r.importance, 1, lang)}</td>"
        f"<td class=n>{_num(r.condition, 1, lang)}</td></tr>"
        for i, r in agg.iterrows()
    )
    kw = s["kendall"]
    extra = (
        f"<p>{e(t('live_kendall', lang, m=kw['m'], w=_num(kw['w'], 2, lang)))}</p>" if kw else ""
    )
    return out + f"<table>{head}{body}</table>{extra}</section>"


def _num(v, d, lang):
    return e(i18n.format_number(None if v is None or v != v else float(v), d, lang=lang))


def _weights(lang, s, config):
    gw = s["weights"]
    if gw is None:
        return f'<section><h2>{e(t("live_step_weights", lang))}</h2><p class="muted">{e(t("live_proj_none", lang))}</p></section>'
    labels = _labels(config.get("criteria"), lang)
    body = "".join(
        f"<tr><td>{e(labels.get(c, c))}</td><td class=n>{_num(100 * w, 1, lang)} %</td>"
        f'<td style="width:40%"><div class="bar" style="width:{100 * w / gw.weights.max():.0f}%"></div></td></tr>'
        for c, w in gw.weights.items()
    )
    c = s["consensus"]
    cons = (
        t("live_ahp_consensus", lang, s=_num(100 * c["s"], 0, lang) + " %", label=c["label"])
        if c
        else t("live_ahp_consensus", lang, s="–", label=t("live_need_two", lang))
    )
    bad = s.get("inconsistent") or []
    warn = ""
    if bad:
        who = ", ".join(f"{name} (CR {_num(cr, 2, lang)})" for name, cr in bad)
        warn = f'<p class="warn">{e(t("live_proj_inconsistent", lang, n=len(bad), who=who))}</p>'
    return (
        f"<section><h2>{e(t('live_proj_weights', lang, n=gw.n))}</h2><table>{body}</table>"
        f"<p>{e(cons)}</p>{warn}</section>"
    )


def _ranking(lang, s, config):
    r = s["ranking"]
    out = f'<section class="wide"><h2>{e(t("live_proj_ranking", lang))}</h2>'
    if config.get("fields_note") == "example":
        out += f'<p class="muted">{e(t("live_example_fields", lang))}</p>'
    if r is None:
        return out + f'<p class="muted">{e(t("live_proj_none", lang))}</p></section>'
    labels = _labels(config.get("fields"), lang)
    room = s["room"].rank_probability[1] if s["room"] is not None else pd.Series(dtype=float)
    rows = []
    for field, row in r.iterrows():
        if "passes_gate" in r.columns:
            gate = t("passes_gate", lang) if row["passes_gate"] else t("fails_gate", lang)
            gate_html = f"<td class={'yes' if row['passes_gate'] else 'fail'}>{e(gate)}</td>"
        else:
            gate_html = f"<td class=muted>{e(t('live_gate_unknown', lang))}</td>"
        rows.append(
            f"<tr><td class=n>{int(row['rank'])}</td><td>{e(labels.get(field, field))}</td>"
            f"<td class=n>{_num(row['score'], 3, lang)}</td>{gate_html}"
            f"<td class=n>{_num(100 * room.get(field, float('nan')), 0, lang)} %</td></tr>"
        )
    head = (
        f"<tr><th class=n>#</th><th></th><th class=n>{e(t('score', lang))}</th><th></th>"
        f"<th class=n>P(1)</th></tr>"
    )
    rob = ""
    if s["room"] is not None:
        rm, mc = s["room"], s["mc"]
        rob = (
            f"<h2>{e(t('live_proj_robust', lang))}</h2><p>"
            f"{e(t('live_robust_room', lang, n=rm.draws, top=labels.get(rm.top, rm.top), p=_num(100 * rm.p_top_stays_first, 0, lang) + ' %'))}"
            f"<br>{e(t('live_robust_mc', lang, n=mc.draws, top=labels.get(mc.top, mc.top), p=_num(100 * mc.p_top_stays_first, 0, lang) + ' %'))}</p>"
        )
    return out + f"<table>{head}{''.join(rows)}</table>{rob}</section>"


def _vision(lang, s, config):
    votes, comments = s["votes"], s["comments"]
    labels = {"_vision": t("live_vision", lang), **_labels(config.get("activities"), lang)}
    body = "".join(
        f"<tr><td>{e(labels.get(i, i))}</td><td class=n>{int(r['votes'])}/{int(r['participants'])}</td></tr>"
        for i, r in votes.iterrows()
    )
    items = "".join(
        f"<li><b>{e(labels.get(r['item'], r['item']))}</b> — {e(r['text'])} "
        f"<span class=muted>({e(r['name'])})</span></li>"
        for _, r in comments.tail(12).iterrows()
    )
    return (
        f"<section><h2>{e(t('live_proj_vision', lang))}</h2><table>{body}</table>"
        f"<ul>{items}</ul></section>"
    )
