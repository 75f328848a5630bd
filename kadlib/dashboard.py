"""The projector dashboard: the SKAD day step by step, with no code on screen.

``make dashboard`` serves ``notebooks/workshop/dasbor.ipynb`` with Voilà on
``http://127.0.0.1:8866`` (loopback only, no browser opened, nothing fetched
from the network: the kit's Voilà template ``skad`` drops the Font Awesome and
Mermaid CDN links of Voilà's default template; the icons Voilà needs are in its
own bundled JavaScript).  The notebook only calls :func:`app`; everything the
room sees is built here from kadlib functions: large fonts, Indonesian labels
with an English switch, region and field names, figures that fit 1366×768.

Data come from :func:`load_day`: the latest live session of
:mod:`kadlib.store` when that module exists and a session is there, else the
example workshop shipped with the kit (clearly marked CONTOH / EXAMPLE).  From a
live session every part the room has submitted is live; the header badge names
the parts still taken from the example.

Run without make: ``python -m kadlib.dashboard --port 8866``.
"""

from __future__ import annotations

import html
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import i18n

STEPS = ("open", "baseline", "factors", "weights", "scoring", "map", "agreement")
CRITERIA = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]
ROOT = Path(__file__).resolve().parent
TEMPLATES = ROOT / "share" / "jupyter"  # voila/templates/skad lives here
NOTEBOOK = ROOT.parent / "notebooks" / "workshop" / "dasbor.ipynb"


def _t(key, **kw):
    return i18n.t(f"dash_{key}", **kw)


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


# ============================================================================= data
@dataclass
class Day:
    """Everything the dashboard shows about one workshop day (plain frames, no widgets)."""

    title: str
    group: str
    members: list
    participants: pd.DataFrame  # name, region (code)
    ratings: pd.DataFrame  # participant, item, measure, value (tidy, as workshop.Session.ratings())
    scores: pd.DataFrame  # field id x criteria, with label_id, label_en, bps_sector, participants
    ahp: pd.DataFrame  # criteria x criteria pairwise matrix
    source: str  # "live" or "example"
    session: str = ""
    note: str = ""
    extra: dict = field(default_factory=dict)

    def labels(self, lang=None) -> dict:
        col = f"label_{lang or i18n.get_language()}"
        return (
            self.scores[col].to_dict()
            if col in self.scores.columns
            else {s: s for s in self.scores.index}
        )


def _example() -> Day:
    from ._paths import data_dir
    from .datasets import group_members, load_example_workshop
    from .workshop import Session

    ex = load_example_workshop()
    session = Session(
        data_dir() / "examples" / "lokakarya_contoh_faktor",
        "CONTOH-barlingmascakeb-faktor",
        readonly=True,
    )
    people = session.participants()[["name", "region"]]
    return Day(
        title="CONTOH Barlingmascakeb",
        group="Barlingmascakeb",
        members=group_members("Barlingmascakeb"),
        participants=people,
        ratings=session.ratings(),
        scores=ex["scores"],
        ahp=ex["ahp"],
        source="example",
        session="CONTOH Barlingmascakeb",
        note=ex["note"],
    )


#: The parts of a day that come from the live session when the room has submitted them, else from the example.
PARTS = ("group", "participants", "ratings", "fields", "weights")


def _catalogue_sectors() -> dict:
    """``{field id: PDRB category}`` of the kit's catalogue (the first listed category when a field has several)."""
    from .fields import catalogue

    listed = {
        r.field_id: [c.strip() for c in str(r.pdrb_sectors).split(";") if c.strip()]
        for r in catalogue().itertuples()
    }
    return {fid: codes[0] for fid, codes in listed.items() if codes}


def _group_name(group) -> str:
    """The group's name as the kit spells it ("kartamantul" -> "Kartamantul"); other names as given."""
    from .datasets import load_groups

    groups = load_groups()
    hit = groups[
        groups["group_id"].str.lower().eq(str(group).lower())
        | groups["name"].str.lower().eq(str(group).lower())
    ]
    return str(hit["name"].iloc[0]) if len(hit) else str(group)


def _judges_skad_criteria(source) -> bool:
    """True when the store's criteria are the dashboard's five judged SKAD criteria (in any order).

    A store without a criteria list (``free_items``) or with its own criteria cannot be weighed by this
    dashboard: its field scores and weights stay the example's (and the badge says so)."""
    config = getattr(source, "config", None)
    if config is None:
        return True  # an object that is not a store: its readers decide
    return sorted(c["id"] for c in config.get("criteria") or []) == sorted(CRITERIA)


def _live_scores(source, example: Day, members) -> pd.DataFrame | None:
    """The room's mean field scores as the dashboard's ``scores`` frame, or ``None`` when nobody submitted a complete sheet.

    Labels come from the store's configured fields; ``participants`` are the field's configured regions that are
    members of the group (all members when none is configured or none of them is a member); ``bps_sector`` is the
    example's or the catalogue's PDRB category for the same field id, else missing.
    """
    from .errors import KadDataError

    if not _judges_skad_criteria(source):
        return None
    try:
        dm = source.decision_matrix(how="mean")
    except (KadDataError, AttributeError):
        return None
    table = dm.scores
    if sorted(table.columns) != sorted(
        CRITERIA
    ):  # a custom criteria set the dashboard cannot weigh
        return None
    table = table[CRITERIA].astype(float)
    config = {f["id"]: f for f in (getattr(source, "config", {}) or {}).get("fields") or []}
    catalogue = _catalogue_sectors()
    rows = []
    for fid in table.index:
        f = config.get(fid, {})
        own = [str(c) for c in f.get("participants") or []]
        parts = [c for c in own if not members or c in members] or list(members)
        if fid in example.scores.index:
            sector = example.scores.at[fid, "bps_sector"]
        else:
            sector = catalogue.get(fid)
        rows.append(
            {
                "label_id": f.get("label_id") or fid,
                "label_en": f.get("label_en") or f.get("label_id") or fid,
                "bps_sector": sector if sector else None,
                "participants": parts,
            }
        )
    meta = pd.DataFrame(rows, index=table.index)
    out = pd.concat([meta, table], axis=1)
    out.index.name = example.scores.index.name
    return out


def _live_weights(source) -> pd.DataFrame | None:
    """The room's combined pairwise matrix (``store.group_weights().matrix``) in ``CRITERIA`` order, or ``None``."""
    from .errors import KadDataError

    if not _judges_skad_criteria(source):
        return None
    try:
        room = source.group_weights()
    except (KadDataError, AttributeError):
        return None
    matrix = room.matrix
    if sorted(matrix.index) != sorted(CRITERIA) or sorted(matrix.columns) != sorted(CRITERIA):
        return None
    return matrix.loc[CRITERIA, CRITERIA].astype(float)


def load_day(source=None) -> Day:
    """The day to show: ``source`` (a :class:`Day`, a live-session store or ``"example"``), else the
    latest live session (``kadlib.store.latest()``) when there is one, else the example workshop.

    From a live session each part comes from what the room has submitted — the group and its members,
    the participants, the factor ratings, the field scores (the room's mean of every complete score
    sheet, ``store.decision_matrix(how="mean")``) and the criteria weights (the geometric mean of every
    participant's judgements, ``store.group_weights()``) — and from the example only while the room has
    not submitted it yet.  ``extra["parts"]`` records ``"live"`` or ``"example"`` per part (see
    :data:`PARTS`), ``extra["example_parts"]`` lists the parts still from the example (named on screen),
    ``extra["fields_from"]`` and ``extra["weights_from"]`` repeat those two parts, ``extra["n_scores"]``
    and ``extra["n_weights"]`` count the people behind the room's scores and weights.
    """
    if isinstance(source, Day):
        return source
    if source is None:
        try:
            from . import store  # built by the live-session work; absent in older kits
        except ImportError:
            store = None
        try:
            source = store.latest(folder="lokakarya") if store is not None else None
        except Exception:  # a damaged or locked store must not stop the projector: show the example
            source = None
    day = _example()
    if source is None or (isinstance(source, str) and source == "example"):
        return day
    parts = {}
    group, members = getattr(source, "group", None), list(getattr(source, "members", None) or [])
    if group and members:
        group, parts["group"] = _group_name(group), "live"
    else:
        group, members, parts["group"] = day.group, day.members, "example"
    try:
        people = source.participants()
        people = people[[c for c in ("name", "region") if c in people.columns]]
    except Exception:
        people = None
    ratings = source.ratings()
    if ratings is None or not len(ratings):
        ratings, parts["ratings"] = day.ratings, "example"
    else:
        parts["ratings"] = "live"
    if people is None:  # an old store without a participants table: the names of those who rated
        people = (
            pd.DataFrame({"name": sorted(ratings["participant"].unique()), "region": ""})
            if parts["ratings"] == "live"
            else None
        )
    if people is None or not len(people):
        people, parts["participants"] = day.participants, "example"
    else:
        parts["participants"] = "live"
    scores = _live_scores(source, day, members)
    parts["fields"] = "example" if scores is None else "live"
    if scores is None:  # the example's fields; their participants are the example group's regions
        scores = (
            day.scores
            if parts["group"] == "example"
            else day.scores.assign(participants=[list(members)] * len(day.scores))
        )
    ahp = _live_weights(source)
    parts["weights"] = "example" if ahp is None else "live"
    ahp = day.ahp if ahp is None else ahp
    counts = {}
    try:
        counts["n_scores"] = len(source.field_stack()[0]) if parts["fields"] == "live" else 0
        counts["n_weights"] = source.group_weights().n if parts["weights"] == "live" else 0
    except Exception:
        pass
    name = str(getattr(source, "name", "") or _t("live_session"))
    extra = {
        "parts": parts,
        "example_parts": [p for p in PARTS if parts[p] == "example"],
        "fields_from": parts["fields"],
        "weights_from": parts["weights"],
        **counts,
    }
    return Day(
        title=name,
        group=group,
        members=members,
        participants=people,
        ratings=ratings,
        scores=scores,
        ahp=ahp,
        source="live",
        session=name,
        note="",
        extra=extra,
    )


# ============================================================================= the app
CSS = """<style>
body, .jp-Notebook { background: #fafafa; }
.kad-dash { font-size: 18px; }
.kad-dash .widget-label, .kad-dash .widget-html-content, .kad-dash .widget-dropdown select,
.kad-dash .widget-readout, .kad-dash input { font-size: 17px; }
.kad-dash .widget-toggle-button, .kad-dash .widget-button { font-size: 16px; height: 38px; }
.kad-dash .kad-steps .widget-toggle-button { width: auto; min-width: 120px; padding: 0 10px; }
.kad-title { font-size: 28px; font-weight: bold; margin: 2px 0; color: #1f4e79; }
.kad-sub { font-size: 17px; color: #444; }
.kad-badge { background: #fff3cd; border: 1px solid #d9a400; padding: 2px 8px; border-radius: 4px; font-size: 15px; }
.kad-h2 { font-size: 23px; font-weight: bold; margin: 6px 0; }
.kad-dash .kad-table { font-size: 16px; }
.kad-dash .kad-table td, .kad-dash .kad-table th { padding: 3px 8px; }
.kad-big { font-size: 20px; }
.jp-OutputArea-prompt, .jp-InputPrompt { display: none !important; }
#rendered_cells > div { padding: 8px 16px !important; }
</style>"""


def badge_text(day: Day) -> str:
    """The header badge: EXAMPLE, or "live session" naming the parts still from the example."""
    if day.source == "example":
        return _t("example_badge")
    names = [_t("part_" + p) for p in day.extra.get("example_parts", [])]
    if not names:
        return _t("live_badge")
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {_t('and')} {names[-1]}"
    return _t("live_badge") + _t("from_example", parts=listed)


def _figure(size=(10.5, 5.2), margins=None):
    from .widgets import FigureView

    return FigureView(size=size, dpi=96, margins=margins)


class Dashboard:
    """The step-by-step app.  ``widget`` is the root box; ``show(step)`` switches; tests drive it from code."""

    def __init__(self, day: Day | None = None, *, lang: str = "id", draws: int = 2000):
        import ipywidgets as w

        self.day = day or load_day()
        self.draws = draws
        i18n.set_language(lang)
        self._cache: dict = {}
        self.saved: list[Path] = []
        self.language = w.ToggleButtons(
            options=[("Bahasa Indonesia", "id"), ("English", "en")],
            value=lang,
            style={"button_width": "170px"},
        )
        self.steps = self._make_steps("open")
        self.back = w.Button(icon="arrow-left", layout=w.Layout(width="130px"))
        self.next = w.Button(icon="arrow-right", layout=w.Layout(width="150px"))
        self.header = w.HTML()
        self.body = w.VBox()
        self.back.on_click(lambda _: self._move(-1))
        self.next.on_click(lambda _: self._move(+1))
        self.language.observe(self._switch_language, names="value")
        top = w.HBox(
            [self.header, self.language],
            layout=w.Layout(justify_content="space-between", width="100%"),
        )
        self.nav = nav = w.HBox(
            [self.back, self.steps, self.next], layout=w.Layout(flex_flow="row wrap")
        )
        self.widget = w.VBox(
            [w.HTML(CSS), top, nav, self.body], layout=w.Layout(width="100%", max_width="1340px")
        )
        self.widget.add_class("kad-dash")
        self.widget.kad_app = self
        self.show("open")

    # ------------------------------------------------------------------ navigation
    def _step_options(self):
        return [(f"{i}. {_t('step_' + s)}", s) for i, s in enumerate(STEPS, start=1)]

    def _make_steps(self, value):
        """A fresh step bar (on a language switch too: changing a synced widget's options makes the
        browser echo index 0 back, which would jump to step 1)."""
        import ipywidgets as w

        steps = w.ToggleButtons(options=self._step_options(), value=value)
        steps.add_class("kad-steps")
        steps.observe(lambda ch: self.show(ch["new"]), names="value")
        return steps

    def _move(self, delta):
        i = STEPS.index(self.steps.value) + delta
        if 0 <= i < len(STEPS):
            self.steps.value = STEPS[i]

    def _switch_language(self, change):
        i18n.set_language(change["new"])
        self._cache.clear()
        current = self.steps.value
        self.steps = self._make_steps(current)
        self.nav.children = [self.back, self.steps, self.next]
        self.show(current)

    def show(self, step):
        day = self.day
        badge = f" <span class='kad-badge'>{_esc(badge_text(day))}</span>"
        self.header.value = (
            f"<div class='kad-title'>{_esc(_t('title', group=day.group))}{badge}</div>"
            f"<div class='kad-sub'>{_esc(_t('step_' + step))} · {_esc(_t('hint_' + step))}</div>"
        )
        self.back.description = _t("back")
        self.next.description = _t("next")
        self.back.disabled = step == STEPS[0]
        self.next.disabled = step == STEPS[-1]
        key = (step, i18n.get_language())
        if key not in self._cache:
            import ipywidgets as w

            self.body.children = [w.HTML(f"<div class='kad-big'>{_esc(_t('loading'))}</div>")]
            self._cache[key] = getattr(self, f"_step_{step}")()
        self.body.children = self._cache[key]
        self.current = step
        if step == "agreement":
            self._refresh()  # the ranking with the weights the room set in step 5

    # ------------------------------------------------------------------ the steps
    def _step_open(self):
        import ipywidgets as w

        from . import maps
        from .regions import display_name as _name

        day = self.day
        people = day.participants.assign(
            region=[_name(r) if r else "-" for r in day.participants["region"].fillna("")]
        )
        counts = people.groupby("region").size()
        rows = "".join(
            f"<tr><td>{_esc(r)}</td><td class='num'>{n}</td></tr>" for r, n in counts.items()
        )
        table = (
            f"<div class='kad-h2'>{_esc(_t('participants'))}</div><table class='kad-table'><thead><tr>"
            f"<th>{_esc(_t('region'))}</th><th>{_esc(_t('count'))}</th></tr></thead><tbody>{rows}"
            f"<tr><td><b>{_esc(_t('total'))}</b></td><td class='num'><b>{len(people)}</b></td></tr></tbody></table>"
        )
        note = (
            f"<p class='kad-sub'>{_esc(_t('example_note'))}</p>" if day.source == "example" else ""
        )
        agenda = "".join(f"<li>{_esc(_t('step_' + s))}</li>" for s in STEPS)
        left = w.HTML(
            f"{table}<div class='kad-h2'>{_esc(_t('agenda'))}</div><ol class='kad-big'>{agenda}</ol>{note}",
            layout=w.Layout(width="440px"),
        )
        fig = _figure((8.6, 5.6), {"left": 0.01, "right": 0.99, "top": 0.93, "bottom": 0.04})
        fig.draw(lambda f: maps.group_map(codes=day.members, ax=f.add_subplot(), title=day.group))
        self.figure = fig
        return [w.HBox([left, fig.image], layout=w.Layout(align_items="flex-start"))]

    def _step_baseline(self):
        import ipywidgets as w

        from . import economy
        from .datasets import load_sector_pdrb
        from .widgets import STYLE, lq_html, structure_html, unggulan_html

        members = self.day.members
        view = w.ToggleButtons(
            options=[(_t("view_structure"), 0), (_t("view_lq"), 1), (_t("view_unggulan"), 2)],
            style={"button_width": "auto"},
        )
        table = w.HTML()
        start, end = economy.SECTOR_WINDOW  # the kit's pre-COVID window (economy's default)
        data = load_sector_pdrb(members, years=[start, end], with_reference=True)

        def redraw(*_):
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # flagged data: named in notebook 01, left out here
                if view.value == 2:
                    shown = economy.sektor_unggulan(data, start, end)
                    text = (
                        f"<p class='kad-sub'>{_esc(_t('unggulan_note', start=start, end=end))}</p>"
                        + unggulan_html(shown[shown["unggulan"]])
                    )
                elif view.value == 0:
                    text = structure_html(
                        economy.structure(data[data["region_code"].isin(members)]), end
                    )[0]
                else:
                    text = lq_html(economy.location_quotient(data, year=end))[0]
            table.value = STYLE + text

        view.observe(redraw, names="value")
        redraw()
        self.baseline_view, self.baseline_table = view, table
        return [view, table]

    def _step_factors(self):
        import ipywidgets as w

        from . import factors, plots
        from .aggregation import consensus

        day = self.day
        ipa = factors.importance_performance(day.ratings)
        cat = factors.catalogue()
        labels = cat[i18n.label_column()].to_dict()
        fig = _figure((12.6, 5.0), {"left": 0.07, "right": 0.98, "top": 0.93, "bottom": 0.25})
        fig.draw(lambda f: plots.ipa_plot(ipa, labels=labels, ax=f.add_subplot(), fontsize=9))
        parts = []
        for measure in ("importance", "condition"):
            table, w_ = consensus(day.ratings, measure)
            split = [labels.get(i, i) for i in table.index[table["disagree"]]]
            parts.append(
                f"<b>{_esc(i18n.t('measure_' + measure))}</b>: W Kendall = "
                f"{i18n.format_number(w_['w'], 2)} ({_esc(_t('raters', n=w_['m']))})"
                + (f"; {_esc(_t('split'))}: {_esc(', '.join(split))}" if split else "")
            )
        top = [labels.get(i, i) for i in ipa.index[ipa["quadrant"] == 1]]
        summary = (
            f"<div class='kad-big'><b>{_esc(i18n.t('ipa_1'))}:</b> {_esc(', '.join(top) or '-')}</div>"
            f"<div class='kad-sub'>{' · '.join(parts)}</div>"
        )
        self.figure = fig
        return [w.HTML(summary), fig.image]

    def _ahp(self):
        from . import scoring

        return scoring.ahp(self.day.ahp)

    def _step_weights(self):
        import ipywidgets as w

        from .datasets import criterion_labels as _criterion_labels

        result = self._ahp()
        names = _criterion_labels(result.weights.index)
        best = float(result.weights.max())
        rows = "".join(
            f"<tr><td>{_esc(names[c])}</td><td style='white-space:nowrap'><span class='kad-bar' "
            f"style='width:{int(320 * v / best)}px'></span> {i18n.format_number(100 * v, 1)} %</td></tr>"
            for c, v in result.weights.sort_values(ascending=False).items()
        )
        verdict = i18n.t("ahp_consistent") if result.consistent else i18n.t("ahp_inconsistent")
        cr = (
            f"<div class='kad-big'>{_esc(_t('cr'))}: <b>{i18n.format_number(result.cr, 3)}</b> — {_esc(verdict)}"
            f" ({_esc(_t('cr_limit'))})</div>"
        )
        from .widgets import STYLE

        return [
            w.HTML(
                STYLE + cr + f"<table class='kad-table'><thead><tr><th>{_esc(_t('criterion'))}</th>"
                f"<th>{_esc(_t('weight'))}</th></tr></thead><tbody>{rows}</tbody></table>"
                f"<p class='kad-sub'>{_esc(_t('weights_note'))}</p>"
            )
        ]

    def _step_scoring(self):
        from . import scoring
        from .widgets import scoring_panel

        day = self.day
        dm = scoring.DecisionMatrix(day.scores[CRITERIA], scale=(1, 5), source="lokakarya")
        start = (
            self.panel.kad_state["weights"] if hasattr(self, "panel") else self._ahp().weights
        )  # kept on a language switch
        panel = scoring_panel(
            dm,
            start,
            participants=day.scores["participants"].to_dict(),
            labels=day.labels(),
            draws=self.draws,
        )
        self.panel = panel
        return [panel]

    def _step_map(self):
        import ipywidgets as w

        from . import economy, maps
        from .datasets import load_sector_pdrb

        day = self.day
        labels = day.labels()
        pick = w.Dropdown(
            options=[(labels[s], s) for s in day.scores.index],
            description=_t("field"),
            layout=w.Layout(width="620px"),
        )
        fig = _figure((12.6, 5.7), {"left": 0.01, "right": 0.99, "top": 0.9, "bottom": 0.03})
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            year = economy.SECTOR_YEAR
            lq = economy.location_quotient(
                load_sector_pdrb(day.members, years=year, with_reference=True), year=year
            )

        note = w.HTML(layout=w.Layout(width="680px"))

        def redraw(*_):
            sid = pick.value
            sector = (
                day.scores.at[sid, "bps_sector"] if "bps_sector" in day.scores.columns else None
            )
            if (
                sector is None or pd.isna(sector) or not str(sector).strip()
            ):  # no PDRB category: the group map, said so
                note.value = f"<span class='kad-sub'><b>{_esc(_t('map_no_sector'))}</b></span>"
                fig.draw(
                    lambda f: maps.group_map(
                        codes=day.members,
                        ax=f.add_subplot(),
                        title=f"{labels[sid]} — {_t('map_no_sector_title')}",
                    )
                )
                return
            note.value = f"<span class='kad-sub'>{_esc(_t('map_note'))}</span>"
            fig.draw(
                lambda f: maps.sector_participation_map(
                    sector,
                    day.members,
                    participants=day.scores.at[sid, "participants"],
                    lq=lq,
                    ax=f.add_subplot(),
                    title=f"{labels[sid]} — {_t('bps_sector')} {maps._sector_title(sector)}",
                )
            )

        pick.observe(redraw, names="value")
        redraw()
        self.map_pick, self.map_note, self.figure = pick, note, fig
        return [w.HBox([pick, note]), fig.image]

    def scenario(self):
        """The day's result as a :class:`kadlib.scenario.Scenario` (ranking with the panel's current weights)."""
        from . import neighbours, scoring
        from . import scenario as scn

        day = self.day
        dm = scoring.DecisionMatrix(day.scores[CRITERIA], scale=(1, 5), source="lokakarya")
        weights = (
            pd.Series(self.panel.kad_state["weights"])
            if hasattr(self, "panel")
            else self._ahp().weights
        )
        graph = neighbours.neighbour_graph()
        gate = {
            s: neighbours.neighbour_rule(graph, p) for s, p in day.scores["participants"].items()
        }
        s = scn.Scenario(title=day.title, group=day.group, members=day.members)
        s.record_scoring(dm, weights, gate=gate, ahp_result=self._ahp(), labels=day.labels())
        for sid, parts in day.scores["participants"].items():
            s.sectors[sid]["participants"] = list(parts)
        s.vision = self.vision_box.value if hasattr(self, "vision_box") else ""
        top = [r["sector"] for r in s.ranking if r.get("passes_gate", True)][:3]
        typed = getattr(self, "agreed_inputs", {})
        s.focus_activities = [
            {
                "name": typed[sid]["programme"].value if sid in typed else "",
                "sector": sid,
                "lead": typed[sid]["lead"].value if sid in typed else "",
                "timeframe": typed[sid]["timeframe"].value if sid in typed else "",
                "priority": i,
            }
            for i, sid in enumerate(top, start=1)
        ]
        s.metadata["date"] = pd.Timestamp.today().date().isoformat()
        return s

    def _step_agreement(self):
        import ipywidgets as w

        if not hasattr(self, "vision_box"):  # typed text survives a language switch
            self.vision_box = w.Textarea(layout=w.Layout(width="100%", height="70px"))
            self.agreed_inputs = {}
        self.vision_box.placeholder = _t("vision_placeholder")
        agreed = w.VBox()
        buttons = {
            k: w.Button(
                description=_t(f"make_{k}"),
                layout=w.Layout(width="300px"),
                button_style="primary" if k == "minutes" else "",
            )
            for k in ("sheets", "minutes", "report")
        }
        self.saved_view = w.HTML()
        summary = w.HTML()

        def refresh(*_):
            s = self.scenario()
            ranks = " · ".join(
                f"{r['rank']}. {_esc(s.sectors[r['sector']]['label'])}"
                + ("" if r.get("passes_gate", True) else f" ({_esc(_t('fails_rule'))})")
                for r in s.ranking
            )
            summary.value = f"<div class='kad-sub'><b>{_esc(_t('top_fields'))}:</b> {ranks}</div>"
            cols = [
                ("field", "300px"),
                ("programme", "330px"),
                ("lead", "260px"),
                ("timeframe", "160px"),
            ]
            head = w.HBox(
                [
                    w.HTML(f"<b>{_esc(_t('col_' + c))}</b>", layout=w.Layout(width=wd))
                    for c, wd in cols
                ]
            )
            rows = [head]
            for focus in s.focus_activities:
                sid = focus["sector"]
                boxes = self.agreed_inputs.setdefault(
                    sid, {c: w.Text(layout=w.Layout(width=wd)) for c, wd in cols[1:]}
                )
                boxes["programme"].placeholder = _t("programme_placeholder")
                rows.append(
                    w.HBox(
                        [
                            w.HTML(
                                f"<b>{focus['priority']}. {_esc(s.sectors[sid]['label'])}</b>",
                                layout=w.Layout(width="300px"),
                            ),
                            *boxes.values(),
                        ]
                    )
                )
            agreed.children = rows

        def save(kind):
            from . import report, worksheets
            from .results import result_path

            day, s = self.day, self.scenario()
            when = s.metadata["date"]
            if kind == "sheets":
                paths = worksheets.write_worksheets(
                    day.labels(), session=day.session, participants=day.participants, when=when
                )
            elif kind == "minutes":
                from .aggregation import consensus

                cons = {
                    i18n.t("measure_" + m): consensus(day.ratings, m)[1]
                    for m in ("importance", "condition")
                }
                kw = {"participants": day.participants, "consensus": cons}
                paths = [
                    worksheets.berita_acara_html(
                        s, result_path("berita_acara.html", session=day.session, when=when), **kw
                    ),
                    worksheets.berita_acara_xlsx(
                        s, result_path("berita_acara.xlsx", session=day.session, when=when), **kw
                    ),
                ]
            else:
                paths = [
                    report.to_html(
                        s, result_path("hasil_skad.html", session=day.session, when=when)
                    ),
                    report.to_xlsx(
                        s, result_path("hasil_skad.xlsx", session=day.session, when=when)
                    ),
                ]
            self.saved += paths
            items = "".join(f"<li><code>{_esc(p)}</code></li>" for p in paths)
            self.saved_view.value = (
                f"<div class='kad-big'>{_esc(_t('saved'))}</div><ul>{items}</ul>"
            )
            return paths

        for kind, button in buttons.items():
            button.on_click(lambda _, k=kind: save(k))
        self._refresh = refresh
        self.save = save
        return [
            summary,
            w.HTML(f"<div class='kad-h2'>{_esc(_t('vision'))}</div>"),
            self.vision_box,
            w.HTML(f"<div class='kad-h2'>{_esc(_t('agreed_fields'))}</div>"),
            agreed,
            w.HBox(list(buttons.values())),
            self.saved_view,
            w.HTML(f"<p class='kad-sub'>{_esc(_t('agreement_note'))}</p>"),
        ]


def app(day=None, *, lang="id", draws=2000):
    """Build the dashboard and return its root widget (the last line of the notebook's only cell)."""
    return Dashboard(load_day(day), lang=lang, draws=draws).widget


# ============================================================================= serving
def voila_command(port=8866, notebook=None, extra=()) -> list[str]:
    """The Voilà command line: loopback only, no browser, the offline ``skad`` template, no tracebacks."""
    return [
        sys.executable,
        "-m",
        "voila",
        str(notebook or NOTEBOOK),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--template=skad",
        "--theme=light",
        "--show_tracebacks=False",
        "--VoilaConfiguration.file_allowlist=[]",
        *extra,
    ]


def voila_env(env=None) -> dict:
    """The environment for Voilà: the kit's template folder first on JUPYTER_PATH."""
    env = dict(os.environ if env is None else env)
    env["JUPYTER_PATH"] = os.pathsep.join(
        [str(TEMPLATES), *[p for p in [env.get("JUPYTER_PATH", "")] if p]]
    )
    return env


def main(argv=None) -> int:
    import argparse
    import subprocess

    parser = argparse.ArgumentParser(
        description="SKAD projector dashboard (Voilà, offline, localhost)"
    )
    parser.add_argument("--port", type=int, default=8866)
    args, extra = parser.parse_known_args(argv)
    print(i18n.t("dash_serving", url=f"http://127.0.0.1:{args.port}"), flush=True)
    import signal

    child = subprocess.Popen(voila_command(args.port, extra=extra), env=voila_env())

    def forward(
        signum, _frame
    ):  # stopping the command stops Voilà and its kernels too (the port is freed)
        child.send_signal(signal.SIGINT if signum == signal.SIGINT else signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    try:
        return child.wait()
    finally:
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()


if __name__ == "__main__":
    raise SystemExit(main())
