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

Fast where the room waits (issue 11): what does not depend on the language is computed once,
figures (PNG) and tables (HTML) once per language, in a background thread while step 1 is shown;
then every step's widgets are built on the kernel's event loop, so each click only swaps widgets.
``benchmarks/bench_dashboard_browser.py`` times it end to end in Chromium.

Run without make: ``python -m kadlib.dashboard --port 8866``.
"""

from __future__ import annotations

import html
import os
import sys
import threading
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
    """Everything the dashboard shows about one workshop day (plain frames, no widgets).

    Examples
    --------
    >>> day = load_day("example")
    >>> day.source, day.group, len(day.participants)
    ('example', 'Barlingmascakeb', 6)
    >>> day.labels("en")["pariwisata"], day.scores.at["pariwisata", "bps_sector"]
    ('Joint tourism (cross-district packages)', 'I')
    """

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

    Examples
    --------
    >>> day = load_day("example")  # the example workshop shipped with the kit, marked CONTOH
    >>> day.source, day.members
    ('example', ['3301', '3302', '3303', '3304', '3305'])
    >>> load_day(day) is day
    True
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
/* the kit's tables at the room's size: nothing under 15 px (11 pt) on the projector, most 16 px and up */
.kad-dash .kad-summary { font-size: 18px; }
.kad-dash .kad-note { font-size: 16px; }
.kad-dash .kad-reason { font-size: 15px; }
.kad-dash .kad-legend { font-size: 16px !important; max-width: 1300px !important; }
.kad-dash .kad-heat td.kad-prob { font-size: 16px; width: 54px; }
.kad-dash .kad-heat th.kad-rot { font-size: 16px; height: 200px; }
.kad-dash .kad-agenda { columns: 2; column-gap: 24px; }
.jp-OutputArea-prompt, .jp-InputPrompt { display: none !important; }
#rendered_cells > div { padding: 8px 16px !important; }
</style>"""


def badge_text(day: Day) -> str:
    """The header badge: EXAMPLE, or "live session" naming the parts still from the example.

    Examples
    --------
    >>> day = load_day("example")
    >>> badge_text(day)
    'CONTOH, bukan data'
    >>> day.source, day.extra["example_parts"] = "live", ["fields", "weights"]
    >>> badge_text(day)
    'sesi langsung · masih CONTOH: skor bidang dan bobot kriteria'
    """
    if day.source == "example":
        return _t("example_badge")
    names = [_t("part_" + p) for p in day.extra.get("example_parts", [])]
    if not names:
        return _t("live_badge")
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {_t('and')} {names[-1]}"
    return _t("live_badge") + _t("from_example", parts=listed)


#: Font sizes (pt) of the dashboard's figures.  They are drawn at 96 dpi and shown at their own size on a
#: 1366×768 projector (1 pt = 1.33 px), so 12 pt and more reads from the back of the room.
FONT = {"label": 13, "legend": 13, "tick": 12, "axis": 13, "title": 15, "source": 11}
DPI = 96
#: One lock for everything slow (frames, figures): the warm-up thread and the kernel never draw at the
#: same time (matplotlib is not thread-safe), and a step waits for a result being computed, never redoes it.
_WORK = threading.RLock()


def _new_figure(size, margins):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=DPI)
    FigureCanvasAgg(fig)
    fig.subplots_adjust(**margins)
    return fig


def png_bytes(fig) -> bytes:
    """The figure as the PNG bytes the browser receives (drawn at :data:`DPI`).

    Examples
    --------
    >>> png_bytes(_new_figure((2, 1), {}))[:4]
    b'\\x89PNG'
    """
    import io

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _room_fonts(ax, *, source=None):
    """Ticks, axis names, legend and title at the dashboard's sizes (:data:`FONT`); the source line smaller."""
    ax.tick_params(labelsize=FONT["tick"])
    ax.xaxis.label.set_fontsize(FONT["axis"])
    ax.yaxis.label.set_fontsize(FONT["axis"])
    ax.title.set_fontsize(FONT["title"])
    legend = ax.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            text.set_fontsize(FONT["legend"])
    for text in ax.texts:
        text.set_fontsize(FONT["source"] if text.get_text() == source else FONT["label"])


def _map_labels(ax, source):
    """The region names of a map (its texts but the source line)."""
    return [t for t in ax.texts if t.get_text() != source]


def _shift_annotation(ax, text, pixels):
    x, y = text.xyann  # map names: annotations placed in offset points
    text.xyann = (x, y + pixels * 72 / ax.figure.dpi)


def _shift_text(ax, text, pixels):
    x, y = ax.transData.transform(text.get_position())  # chart labels: text in data coordinates
    text.set_position(ax.transData.inverted().transform((x, y + pixels)))


def _spread_labels(ax, labels, *, shift=_shift_annotation, gap=3.0, rounds=60):
    """Move labels apart vertically where two still overlap at the room's size, only as far as needed.

    Each overlapping pair (rendered boxes, as :func:`kadlib.plots.label_overlaps`) is pushed up and
    down by half its overlap plus ``gap`` pixels, until none overlaps (or ``rounds`` moves)."""
    renderer = ax.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    for _ in range(rounds):
        boxes = [t.get_window_extent(renderer) for t in labels]
        pair = next(
            (
                (i, j)
                for i in range(len(labels))
                for j in range(i + 1, len(labels))
                if boxes[i].overlaps(boxes[j])
            ),
            None,
        )
        if pair is None:
            return
        i, j = pair
        upper, lower = (i, j) if boxes[i].y0 + boxes[i].y1 >= boxes[j].y0 + boxes[j].y1 else (j, i)
        need = boxes[lower].y1 - boxes[upper].y0 + gap
        room_up = max(0.0, frame.y1 - boxes[upper].y1)  # never out of the axes
        room_down = max(0.0, boxes[lower].y0 - frame.y0)
        up = min(need / 2, room_up)
        down = min(need - up, room_down)
        up = min(need - down, room_up)
        if up + down <= 0:
            return  # no room left: the test of the figure says so
        shift(ax, labels[upper], up)
        shift(ax, labels[lower], -down)


def open_figure(members, title):
    """Step 1: the group on its province, names at the room's size.  Returns the Figure.

    Examples
    --------
    >>> from kadlib.plots import label_overlaps
    >>> ax = open_figure(["3471", "3402", "3404"], "Kartamantul").axes[0]
    >>> sorted(ax.kad_labels), ax.title.get_fontsize() == FONT["title"]
    (['Bantul', 'KOTA YOGYAKARTA', 'Sleman'], True)
    >>> label_overlaps(ax, _map_labels(ax, ax.kad_source))
    []
    """
    from . import maps

    fig = _new_figure((8.6, 5.8), {"left": 0.01, "right": 0.99, "top": 0.93, "bottom": 0.05})
    ax = maps.group_map(codes=members, ax=fig.add_subplot(), title=title)
    _room_fonts(ax, source=ax.kad_source)
    _spread_labels(ax, _map_labels(ax, ax.kad_source))
    return fig


FACTORS_SIZE = (12.6, 4.9)


def factors_figure(ipa, labels):
    """Step 3: the importance–performance chart with full factor names at the room's size.

    Names are wrapped and placed by adjustText (:func:`kadlib.plots.ipa_plot`), then any two that still
    overlap are moved apart; the quadrants' colours are named in the page's text, not in a legend.

    Examples
    --------
    >>> from kadlib.factors import importance_performance
    >>> from kadlib.plots import label_overlaps
    >>> r = pd.DataFrame({"participant": "p1", "item": ["a", "b"], "importance": [5, 2], "condition": [2, 4]})
    >>> ax = factors_figure(importance_performance(r), {"a": "Pendanaan", "b": "Komunikasi"}).axes[0]
    >>> sorted(t.get_text() for t in ax.kad_labels), {t.get_fontsize() for t in ax.kad_labels}
    (['Komunikasi', 'Pendanaan'], {13.0})
    >>> label_overlaps(ax, ax.kad_labels), ax.get_legend()
    ([], None)
    """
    from . import plots

    fig = _new_figure(FACTORS_SIZE, {"left": 0.075, "right": 0.985, "top": 0.985, "bottom": 0.13})
    ax = plots.ipa_plot(ipa, labels=labels, ax=fig.add_subplot(), fontsize=FONT["label"], wrap=30)
    ax.set_title("")  # the step's heading says it
    ax.get_legend().remove()  # the quadrants' colours are named above the chart, in the page's own text
    ax.tick_params(labelsize=FONT["tick"])
    ax.xaxis.label.set_fontsize(FONT["axis"])
    ax.yaxis.label.set_fontsize(FONT["axis"])
    fig.canvas.draw()
    _spread_labels(ax, ax.kad_labels, shift=_shift_text)  # what adjustText left overlapping
    return fig


def map_figure(day, sid, lq, graph):
    """Step 6: who takes part in field ``sid``, where its PDRB category is a basis sector, the neighbour rule.

    A field without a PDRB category gets the group map, titled so.  Returns the Figure.

    Examples
    --------
    >>> ax = map_figure(load_day("example"), "pariwisata", None, None).axes[0]
    >>> ax.get_title().splitlines()[0]
    'Pariwisata terpadu (paket wisata lintas kabupaten) — sektor BPS Penyediaan Akomodasi dan Makan Minum (I)'
    >>> sorted(ax.kad_status.values()).count("participates")
    3
    """
    from . import maps

    fig = _new_figure((12.6, 5.8), {"left": 0.01, "right": 0.99, "top": 0.87, "bottom": 0.05})
    label = day.labels()[sid]
    sector = day.scores.at[sid, "bps_sector"] if "bps_sector" in day.scores.columns else None
    source = i18n.t("map_source_line")
    if _no_sector(sector):
        ax = maps.group_map(
            codes=day.members,
            ax=fig.add_subplot(),
            title=f"{label} — {_t('map_no_sector_title')}",
        )
    else:
        ax = maps.sector_participation_map(
            sector,
            day.members,
            participants=day.scores.at[sid, "participants"],
            lq=lq,
            graph=graph,
            ax=fig.add_subplot(),
            title=f"{label} — {_t('bps_sector')} {maps._sector_title(sector)}",
        )
    _room_fonts(ax, source=source)
    _spread_labels(ax, _map_labels(ax, source))
    return fig


def _kernel_loop():
    """The running event loop of the Jupyter kernel this runs in (Voilà's), else ``None`` (tests, scripts)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    shell = get_ipython()
    if shell is None or getattr(shell, "kernel", None) is None:
        return None
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _no_sector(sector) -> bool:
    return (
        sector is None
        or (not isinstance(sector, str) and pd.isna(sector))
        or not str(sector).strip()
    )


class Dashboard:
    """The step-by-step app.  ``widget`` is the root box; ``show(step)`` switches; tests drive it from code.

    Fast where the room waits: what does not depend on the language (the frames with codes: factor
    ratings, LQ, shift-share, AHP, the neighbour graph) is computed once; the figures (PNG bytes) and
    tables (HTML) once per language; nothing is thrown away on a language switch.  With ``warm=True``
    (what :func:`app` does) a background thread computes all of it, the shown language first, while the
    room looks at step 1; ``ready`` then holds a ``kad-ready`` marker (the browser benchmark waits for it).

    Examples
    --------
    >>> app = Dashboard(load_day("example"), draws=20)
    >>> app.show("weights"); app.current
    'weights'
    >>> "Rasio konsistensi" in app.body.children[0].value
    True
    >>> app.language.value = "en"; app.steps.options[3][0]
    '4. Criteria weights'
    >>> app.language.value = "id"
    """

    def __init__(self, day: Day | None = None, *, lang: str = "id", draws: int = 2000, warm=False):
        import ipywidgets as w

        self.day = day or load_day()
        self.draws = draws
        i18n.set_language(lang)
        self._cache: dict = {}  # (step, language) -> the step's widgets, kept on a language switch
        self._memo: dict = {}  # computed once: frames (key), figures and tables (key, language)
        self._refreshers: dict = {}  # language -> step 7's refresh and save
        self._savers: dict = {}
        self._failed: set = set()
        self.figures: dict = {}  # (name, language) -> the matplotlib Figure behind the PNG shown
        self.saved: list[Path] = []
        self.map_field = self.day.scores.index[0]
        self.baseline_choice = {"view": 0, "region": self.day.members[0]}
        self._bars: dict = {}  # language -> its step bar (made once)
        self._loop = (
            _kernel_loop()
        )  # the step widgets are prebuilt there, between the room's clicks
        self.language = w.ToggleButtons(
            options=[("Bahasa Indonesia", "id"), ("English", "en")],
            value=lang,
            style={"button_width": "170px"},
        )
        self.steps = self._bar("open")
        self.back = w.Button(icon="arrow-left", layout=w.Layout(width="130px"))
        self.next = w.Button(icon="arrow-right", layout=w.Layout(width="150px"))
        self.header = w.HTML()
        self.body = w.VBox()
        self.ready = w.HTML(layout=w.Layout(width="0px"))
        self.back.on_click(lambda _: self._move(-1))
        self.next.on_click(lambda _: self._move(+1))
        self.language.observe(self._switch_language, names="value")
        top = w.HBox(
            [self.header, self.language],
            layout=w.Layout(justify_content="space-between", width="100%"),
        )
        self.nav = nav = w.HBox(
            [self.back, self.steps, self.next, self.ready], layout=w.Layout(flex_flow="row wrap")
        )
        self.widget = w.VBox(
            [w.HTML(CSS), top, nav, self.body], layout=w.Layout(width="100%", max_width="1340px")
        )
        self.widget.add_class("kad-dash")
        self.widget.kad_app = self
        self.show("open")
        self.warmer = None
        if warm:
            self.warmer = threading.Thread(target=self.warm, name="kad-dashboard-warm", daemon=True)
            if self._loop is None:
                self.warmer.start()
            else:  # once the page is out: the notebook's cell ends and Voilà sends it first
                self._loop.call_later(1.0, self.warmer.start)

    # ------------------------------------------------------------------ computed once
    def _once(self, key, compute):
        """``compute()`` the first time ``key`` is asked for (by any thread), then the kept result."""
        if key in self._memo:
            return self._memo[key]
        with _WORK:
            if key not in self._memo:
                self._memo[key] = compute()
            return self._memo[key]

    def _png(self, name, lang=None, build=None):
        """The PNG bytes of figure ``name`` in ``lang`` (built once by ``build()`` in that language)."""
        lang = lang or i18n.get_language()

        def render():
            with i18n.using(lang):
                fig = build()
                data = png_bytes(fig)
            self.figures[(name, lang)] = fig
            return data

        return self._once(("png", name, lang), render)

    def _html(self, name, lang, build):
        lang = lang or i18n.get_language()

        def render():
            with i18n.using(lang):
                return build()

        return self._once(("html", name, lang), render)

    def _quiet(self, key, compute):
        """A frame computed once with the data flags silenced (named in notebook 01, left out here)."""
        import warnings

        def run():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return compute()

        return self._once(key, run)

    def _ipa(self):
        from . import factors

        return self._once("ipa", lambda: factors.importance_performance(self.day.ratings))

    def _consensus(self):
        from .aggregation import consensus

        return self._once(
            "consensus",
            lambda: {m: consensus(self.day.ratings, m) for m in ("importance", "condition")},
        )

    def _ahp(self):
        from . import scoring

        return self._once("ahp", lambda: scoring.ahp(self.day.ahp))

    def _graph(self):
        from . import neighbours

        return self._once("graph", neighbours.neighbour_graph)

    def _gate(self):
        from . import neighbours

        return self._once(
            "gate",
            lambda: {
                s: neighbours.neighbour_rule(self._graph(), p)
                for s, p in self.day.scores["participants"].items()
            },
        )

    def _dm(self):
        from . import scoring

        return self._once(
            "dm",
            lambda: scoring.DecisionMatrix(
                self.day.scores[CRITERIA], scale=(1, 5), source="lokakarya"
            ),
        )

    def _map_lq(self):
        from . import economy
        from .datasets import load_sector_pdrb

        year = economy.SECTOR_YEAR
        return self._quiet(
            "map_lq",
            lambda: economy.location_quotient(
                load_sector_pdrb(self.day.members, years=year, with_reference=True), year=year
            ),
        )

    def _baseline(self):
        """The baseline frames (codes, no words): structure, LQ, sektor unggulan and shift-share of the window."""
        from . import economy
        from .datasets import load_sector_pdrb

        def compute():
            members = self.day.members
            start, end = economy.SECTOR_WINDOW  # the kit's pre-COVID window (economy's default)
            data = load_sector_pdrb(members, years=[start, end], with_reference=True)
            unggulan = economy.sektor_unggulan(data, start, end)
            return {
                "start": start,
                "end": end,
                "structure": economy.structure(data[data["region_code"].isin(members)]),
                "lq": economy.location_quotient(data, year=end),
                "unggulan": unggulan[unggulan["unggulan"]],
                "shift": economy.shift_share(data, start, end),
            }

        return self._quiet("baseline", compute)

    def _baseline_html(self, view, region, lang=None):
        from .widgets import lq_html, shift_share_html, structure_html, unggulan_html

        b = self._baseline()

        def build():
            if view == 0:
                return structure_html(b["structure"], b["end"])[0]
            if view == 1:
                return lq_html(b["lq"])[0]
            if view == 2:
                note = _t("unggulan_note", start=b["start"], end=b["end"])
                return f"<p class='kad-sub'>{_esc(note)}</p>" + unggulan_html(b["unggulan"])
            return shift_share_html(b["shift"], region)[0]

        return self._html(("baseline", view, region if view == 3 else None), lang, build)

    def _open_png(self, lang=None):
        day = self.day
        return self._png("open", lang, lambda: open_figure(day.members, day.group))

    def _factors_png(self, lang=None):
        from . import factors

        def build():
            labels = factors.catalogue()[i18n.label_column()].to_dict()
            return factors_figure(self._ipa(), labels)

        return self._png("factors", lang, build)

    def _map_png(self, sid, lang=None):
        return self._png(
            ("map", sid), lang, lambda: map_figure(self.day, sid, self._map_lq(), self._graph())
        )

    def warm(self):
        """Compute every slow part once, the shown language first (run by ``app()`` in a background thread).

        A part that fails here is left out (the step computes it when shown, and says what went wrong
        there).  Then the kernel's event loop builds every step's widgets in both languages, one step at
        a time between the room's clicks (:meth:`prebuild`); when all is done ``ready`` holds the
        ``kad-ready`` marker."""
        first = i18n.get_language()
        tasks = [self._baseline, self._ipa, self._consensus, self._ahp, self._dm]
        for lang in (first, *[x for x in i18n.LANGUAGES if x != first]):
            tasks += [
                lambda lang=lang: self._factors_png(lang),
                lambda lang=lang: self._open_png(lang),
                *[
                    lambda lang=lang, v=v: self._baseline_html(v, self.day.members[0], lang)
                    for v in range(4)
                ],
                *[
                    lambda lang=lang, m=m: self._baseline_html(3, m, lang)
                    for m in self.day.members[1:]
                ],
            ]
            if lang == first:
                tasks += [self._graph, self._gate, self._map_lq]
            tasks += [lambda lang=lang, s=s: self._map_png(s, lang) for s in self.day.scores.index]
        for task in tasks:
            try:
                task()
            except Exception as error:  # noqa: BLE001 - the step shown will compute it and fail visibly
                print(f"kadlib.dashboard: warm-up skipped a part: {error!r}", file=sys.stderr)
        if self._loop is None or self._loop.is_closed():
            self.ready.value = "<span class='kad-ready'></span>"
            return
        self._loop.call_soon_threadsafe(self.prebuild, first)

    def prebuild(self, first=None):
        """Build the next step not built yet (shown language first, then the other), then call again soon.

        Runs on the kernel's event loop (widgets are made where the room's clicks are handled); each call
        builds one step (a few tens of ms), so a click waits at most that long."""
        first = first or i18n.get_language()
        todo = [
            (step, lang)
            for lang in (first, *[x for x in i18n.LANGUAGES if x != first])
            for step in STEPS
            if (step, lang) not in self._cache and (step, lang) not in self._failed
        ]
        if not todo:
            for lang in i18n.LANGUAGES:
                with i18n.using(lang):
                    self._bar(self.steps.value, lang)
            self.ready.value = "<span class='kad-ready'></span>"
            return
        step, lang = todo[0]
        try:
            with i18n.using(lang):
                self._cache[(step, lang)] = getattr(self, f"_step_{step}")()
        except Exception as error:  # noqa: BLE001 - the step is built (and fails visibly) when shown
            print(f"kadlib.dashboard: prebuild skipped {step}: {error!r}", file=sys.stderr)
            self._failed.add((step, lang))
        if self._loop is None:  # no kernel (a script, a test): the rest at once
            return self.prebuild(first)
        self._loop.call_later(0.02, self.prebuild, first)

    # ------------------------------------------------------------------ navigation
    def _step_options(self):
        return [(f"{i}. {_t('step_' + s)}", s) for i, s in enumerate(STEPS, start=1)]

    def _bar(self, value, lang=None):
        """The step bar of ``lang``, made once (one per language: changing a synced widget's options
        makes the browser echo index 0 back, which would jump to step 1), set to step ``value``."""
        import ipywidgets as w

        lang = lang or i18n.get_language()
        bar = self._bars.get(lang)
        if bar is None:
            bar = w.ToggleButtons(options=self._step_options(), value=value)
            bar.add_class("kad-steps")
            bar.observe(lambda ch: self.show(ch["new"]) if bar is self.steps else None, "value")
            self._bars[lang] = bar
        bar.value = value  # a bar not shown does not move the dashboard
        return bar

    def _move(self, delta):
        i = STEPS.index(self.steps.value) + delta
        if 0 <= i < len(STEPS):
            self.steps.value = STEPS[i]

    def _switch_language(self, change):
        i18n.set_language(change["new"])
        current = self.steps.value
        self.steps = self._bar(current)
        self.nav.children = [self.back, self.steps, self.next, self.ready]
        self.show(current)

    def show(self, step):
        """Show ``step`` (one of :data:`STEPS`); from code too (the step bar follows)."""
        if self.steps.value != step:
            self.steps.value = step  # the bar's observer shows it
            return
        day = self.day
        lang = i18n.get_language()
        badge = f" <span class='kad-badge'>{_esc(badge_text(day))}</span>"
        self.header.value = (
            f"<div class='kad-title'>{_esc(_t('title', group=day.group))}{badge}</div>"
            f"<div class='kad-sub'>{_esc(_t('step_' + step))} · {_esc(_t('hint_' + step))}</div>"
        )
        self.back.description = _t("back")
        self.next.description = _t("next")
        self.back.disabled = step == STEPS[0]
        self.next.disabled = step == STEPS[-1]
        key = (step, lang)
        if key not in self._cache or not self._in_step(step, lang):
            import ipywidgets as w

            if key not in self._cache:
                self.body.children = [w.HTML(f"<div class='kad-big'>{_esc(_t('loading'))}</div>")]
            self._cache[key] = getattr(self, f"_step_{step}")()
        self.body.children = self._cache[key]
        self.current = step
        if step == "scoring":
            self.panel = self._panels[lang]
        if step == "map":
            self.map_pick, self.map_note, self.map_image = self._map_parts[lang]
            self.map_pick.value = self.map_field  # the field picked in the other language
        if step == "baseline":
            self.baseline_view, self.baseline_region, self.baseline_table = self._baseline_parts[
                lang
            ]
            chosen = dict(self.baseline_choice)  # the view and region picked in the other language
            self.baseline_view.value = chosen["view"]
            self.baseline_region.value = chosen["region"]
        if step == "agreement":
            self._refresh, self.save = self._refreshers[lang], self._savers[lang]
            self._refresh()  # the ranking with the weights the room set in step 5

    def _in_step(self, step, lang) -> bool:
        """False when the kept step of ``lang`` shows an older state than the other language's (then rebuilt)."""
        if step != "scoring" or not hasattr(self, "panel"):
            return True
        mine = self._panels.get(lang)
        if mine is None or mine is self.panel:
            return True
        same_points = mine.kad_state["points"] == self.panel.kad_state["points"]
        same_method = mine.kad_controls["method"].value == self.panel.kad_controls["method"].value
        return same_points and same_method

    # ------------------------------------------------------------------ the steps
    def _step_open(self):
        import ipywidgets as w

        from .regions import display_name as _name

        day = self.day
        people = day.participants.assign(
            region=[_name(r) if r else "-" for r in day.participants["region"].fillna("")]
        )
        counts = people.groupby("region").size()
        fmt = i18n.format_number
        rows = "".join(
            f"<tr><td>{_esc(r)}</td><td class='num'>{fmt(n)}</td></tr>" for r, n in counts.items()
        )
        table = (
            f"<div class='kad-h2'>{_esc(_t('participants'))}</div><table class='kad-table'><thead><tr>"
            f"<th>{_esc(_t('region'))}</th><th>{_esc(_t('count'))}</th></tr></thead><tbody>{rows}"
            f"<tr><td><b>{_esc(_t('total'))}</b></td><td class='num'><b>{fmt(len(people))}</b></td></tr>"
            "</tbody></table>"
        )
        note = (
            f"<p class='kad-sub'>{_esc(_t('example_note'))}</p>" if day.source == "example" else ""
        )
        agenda = "".join(f"<li>{_esc(_t('step_' + s))}</li>" for s in STEPS)
        from .widgets import STYLE

        left = w.HTML(
            f"{STYLE}{table}<div class='kad-h2'>{_esc(_t('agenda'))}</div><ol class='kad-big kad-agenda'>{agenda}</ol>{note}",
            layout=w.Layout(width="440px"),
        )
        image = _image(self._open_png(), (8.6, 5.8))
        self.open_image = image
        return [w.HBox([left, image], layout=w.Layout(align_items="flex-start"))]

    def _step_baseline(self):
        import ipywidgets as w

        from .regions import display_name as _name
        from .widgets import STYLE

        lang = i18n.get_language()
        view = w.ToggleButtons(
            options=[
                (_t("view_structure"), 0),
                (_t("view_lq"), 1),
                (_t("view_unggulan"), 2),
                (_t("view_shift"), 3),
            ],
            style={"button_width": "auto"},
        )
        region = w.Dropdown(
            options=[(_name(c), c) for c in self.day.members],
            description=_t("region"),
            layout=w.Layout(width="420px"),
        )
        table = w.HTML()

        def redraw(*_):
            self.baseline_choice = {"view": view.value, "region": region.value}
            region.layout.display = None if view.value == 3 else "none"
            table.value = STYLE + self._baseline_html(view.value, region.value, lang)

        view.observe(redraw, names="value")
        region.observe(redraw, names="value")
        view.value, region.value = self.baseline_choice["view"], self.baseline_choice["region"]
        redraw()
        self._baseline_parts = {**getattr(self, "_baseline_parts", {}), lang: (view, region, table)}
        return [w.HBox([view, region], layout=w.Layout(flex_flow="row wrap")), table]

    def _step_factors(self):
        import ipywidgets as w

        from . import factors, plots

        ipa = self._ipa()
        labels = factors.catalogue()[i18n.label_column()].to_dict()
        parts = []
        for measure, (table, w_) in self._consensus().items():
            split = [labels.get(i, i) for i in table.index[table["disagree"]]]
            parts.append(
                f"<b>{_esc(i18n.t('measure_' + measure))}</b>: W Kendall = "
                f"{i18n.format_number(w_['w'], 2)} ({_esc(_t('raters', n=w_['m']))})"
                + (f"; {_esc(_t('split'))}: {_esc(', '.join(split))}" if split else "")
            )
        top = [labels.get(i, i) for i in ipa.index[ipa["quadrant"] == 1]]

        def dot(q):
            return f"<span style='color:{plots.IPA_COLOURS[q]}'>●</span>"

        others = " · ".join(f"{dot(q)} {_esc(factors.quadrant_label(q))}" for q in (2, 3, 4))
        summary = (
            f"<div class='kad-big'>{dot(1)} <b>{_esc(factors.quadrant_label(1))}:</b> "
            f"{_esc(', '.join(top) or '-')}</div><div class='kad-sub'>{others}</div>"
            f"<div class='kad-sub'>{' · '.join(parts)}</div>"
        )
        image = _image(self._factors_png(), FACTORS_SIZE)
        self.factors_image = image
        return [w.HTML(summary), image]

    def _step_weights(self):
        import ipywidgets as w

        from .datasets import criterion_labels as _criterion_labels
        from .widgets import STYLE

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
        return [
            w.HTML(
                STYLE + cr + f"<table class='kad-table'><thead><tr><th>{_esc(_t('criterion'))}</th>"
                f"<th>{_esc(_t('weight'))}</th></tr></thead><tbody>{rows}</tbody></table>"
                f"<p class='kad-sub'>{_esc(_t('weights_note'))}</p>"
            )
        ]

    def _step_scoring(self):
        from .widgets import scoring_panel

        day = self.day
        lang = i18n.get_language()
        before = getattr(
            self, "panel", None
        )  # the room's points and method are kept on a language switch
        panel = scoring_panel(
            self._dm(),
            before.kad_state["weights"] if before is not None else self._ahp().weights,
            participants=day.scores["participants"].to_dict(),
            graph=self._graph(),
            labels=day.labels(),
            draws=self.draws,
            points=before.kad_state["points"] if before is not None else None,
        )
        if before is not None:
            panel.kad_controls["method"].value = before.kad_controls["method"].value
        self._panels = {**getattr(self, "_panels", {}), lang: panel}
        return [panel]

    def _step_map(self):
        import ipywidgets as w

        day = self.day
        lang = i18n.get_language()
        labels = day.labels()
        pick = w.Dropdown(
            options=[(labels[s], s) for s in day.scores.index],
            value=self.map_field,
            description=_t("field"),
            layout=w.Layout(width="620px"),
        )
        note = w.HTML(layout=w.Layout(width="680px"))
        image = _image(self._map_png(pick.value), (12.6, 5.8))

        def redraw(*_):
            sid = self.map_field = pick.value
            sector = (
                day.scores.at[sid, "bps_sector"] if "bps_sector" in day.scores.columns else None
            )
            if _no_sector(sector):  # no PDRB category: the group map, said so
                note.value = f"<span class='kad-sub'><b>{_esc(_t('map_no_sector'))}</b></span>"
            else:
                note.value = f"<span class='kad-sub'>{_esc(_t('map_note'))}</span>"
            image.value = self._map_png(sid, lang)

        pick.observe(redraw, names="value")
        redraw()
        self._map_parts = {**getattr(self, "_map_parts", {}), lang: (pick, note, image)}
        return [w.HBox([pick, note]), image]

    def scenario(self):
        """The day's result as a :class:`kadlib.scenario.Scenario` (ranking with the panel's current weights)."""
        from . import scenario as scn
        from .errors import KadDataError

        day = self.day
        weights = (
            pd.Series(self.panel.kad_state["weights"])
            if hasattr(self, "panel")
            else self._ahp().weights
        )
        s = scn.Scenario(title=day.title, group=day.group, members=day.members)
        s.record_scoring(
            self._dm(), weights, gate=self._gate(), ahp_result=self._ahp(), labels=day.labels()
        )
        try:  # the LQ table the result document shows (economy.SECTOR_YEAR, own province)
            s.record_baseline()
        except KadDataError:  # members without bundled sector data (a user's own areas)
            pass  # the document then says that no LQ table was recorded
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

    def _placeholders(self, sid, row=0):
        """Each agreed row's own hints: a programme for this field, a lead from its regions (another
        region on each row where the field allows), a period."""
        from .regions import display_name as _name

        key = f"dash_eg_programme_{sid}"
        programme = i18n.t(key) if key in i18n.LABELS else _t("eg_programme")
        parts = list(self.day.scores.at[sid, "participants"] or self.day.members)
        year = pd.Timestamp.today().year + 1
        return {
            "programme": programme,
            "lead": _t("eg_lead", region=_name(parts[row % len(parts)])) if parts else "",
            "timeframe": _t("eg_timeframe", start=year, end=year + 2),
        }

    def _step_agreement(self):
        import ipywidgets as w

        lang = i18n.get_language()
        if not hasattr(self, "vision_box"):  # typed text survives a language switch
            self.vision_box = w.Textarea(
                rows=3, layout=w.Layout(width="auto", max_width="1290px", height="80px")
            )
            self.vision_box.add_class("kad-vision")
            self.agreed_inputs = {}
        agreed = w.VBox()
        buttons = {
            k: w.Button(
                description=_t(f"make_{k}"),
                layout=w.Layout(width="300px"),
                button_style="primary" if k == "minutes" else "",
            )
            for k in ("sheets", "minutes", "report")
        }
        saved_view = w.HTML()
        summary = w.HTML()
        cols = [
            ("field", "330px"),
            ("programme", "390px"),
            ("lead", "330px"),
            ("timeframe", "200px"),
        ]

        def refresh(*_):
            self.vision_box.placeholder = _t("vision_placeholder")
            self.saved_view = saved_view
            s = self.scenario()
            ranks = " · ".join(
                f"{r['rank']}. {_esc(s.sectors[r['sector']]['label'])}"
                + ("" if r.get("passes_gate", True) else f" ({_esc(_t('fails_rule'))})")
                for r in s.ranking
            )
            summary.value = f"<div class='kad-sub'><b>{_esc(_t('top_fields'))}:</b> {ranks}</div>"
            top = [f["sector"] for f in s.focus_activities]
            # the boxes are shared by both languages: their hints follow the one shown
            for row, sid in enumerate(top):
                boxes = self.agreed_inputs.setdefault(
                    sid, {c: w.Text(layout=w.Layout(width=wd)) for c, wd in cols[1:]}
                )
                for c, hint in self._placeholders(sid, row).items():
                    boxes[c].placeholder = hint
            if agreed.children and getattr(agreed, "kad_top", None) == top:
                return  # the same three fields: the rows (and what is typed in them) stay
            agreed.kad_top = top
            head = w.HBox(
                [
                    w.HTML(f"<b>{_esc(_t('col_' + c))}</b>", layout=w.Layout(width=wd))
                    for c, wd in cols
                ]
            )
            rows = [head]
            for focus in s.focus_activities:
                sid = focus["sector"]
                rows.append(
                    w.HBox(
                        [
                            w.HTML(
                                f"<b>{focus['priority']}. {_esc(s.sectors[sid]['label'])}</b>",
                                layout=w.Layout(width=cols[0][1]),
                            ),
                            *self.agreed_inputs[sid].values(),
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
                cons = {
                    i18n.t("measure_" + m): result[1] for m, result in self._consensus().items()
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
            saved_view.value = f"<div class='kad-big'>{_esc(_t('saved'))}</div><ul>{items}</ul>"
            return paths

        for kind, button in buttons.items():
            button.on_click(lambda _, k=kind: save(k))
        self._refreshers[lang], self._savers[lang] = refresh, save
        return [
            summary,
            w.HTML(f"<div class='kad-h2'>{_esc(_t('vision'))}</div>"),
            self.vision_box,
            w.HTML(f"<div class='kad-h2'>{_esc(_t('agreed_fields'))}</div>"),
            agreed,
            w.HBox(list(buttons.values())),
            saved_view,
            w.HTML(f"<p class='kad-sub'>{_esc(_t('agreement_note'))}</p>"),
        ]


def _image(data, size):
    """An ``ipywidgets.Image`` of PNG bytes shown at the figure's own size (never wider than the page)."""
    import ipywidgets as w

    return w.Image(
        value=data,
        format="png",
        layout=w.Layout(
            width="100%",
            max_width=f"{int(size[0] * DPI)}px",
            height="auto",
            align_self="flex-start",
            object_fit="contain",
        ),
    )


def app(day=None, *, lang="id", draws=2000):
    """Build the dashboard and return its root widget (the last line of the notebook's only cell).

    Everything slow is computed in a background thread while step 1 is shown (``warm=True``).

    Examples
    --------
    >>> root = app("example", draws=20)
    >>> root.kad_app.current, root.kad_app.day.source
    ('open', 'example')
    >>> root.kad_app.warmer.join(timeout=120); "kad-ready" in root.kad_app.ready.value
    True
    """
    return Dashboard(load_day(day), lang=lang, draws=draws, warm=True).widget


# ============================================================================= serving
def voila_command(port=8866, notebook=None, extra=()) -> list[str]:
    """The Voilà command line: loopback only, no browser, the offline ``skad`` template, no tracebacks.

    Examples
    --------
    >>> cmd = voila_command(8866)
    >>> cmd[1:3], cmd[3].endswith("dasbor.ipynb")
    (['-m', 'voila'], True)
    >>> [c for c in cmd if c.startswith(("--port", "--Voila.ip", "--template"))]
    ['--port=8866', '--Voila.ip=127.0.0.1', '--template=skad']
    """
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
    """The environment for Voilà: the kit's template folder first on JUPYTER_PATH.

    Examples
    --------
    >>> paths = voila_env({"JUPYTER_PATH": "/x"})["JUPYTER_PATH"].split(os.pathsep)
    >>> paths == [str(TEMPLATES), "/x"]
    True
    """
    env = dict(os.environ if env is None else env)
    env["JUPYTER_PATH"] = os.pathsep.join(
        [str(TEMPLATES), *[p for p in [env.get("JUPYTER_PATH", "")] if p]]
    )
    return env


def main(argv=None) -> int:
    """``python -m kadlib.dashboard [--port 8866] [Voilà options]``: serve the dashboard until stopped.

    Stopping the command (Ctrl-C or ``kill``) stops Voilà and its kernels too, so the port is freed.

    Examples
    --------
    >>> main(["--help"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    SystemExit: 0
    """
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
