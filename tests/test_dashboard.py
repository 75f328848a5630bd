"""The dashboard's pieces without a browser: where the day's data come from, the offline Voilà set-up."""

from __future__ import annotations

import types

import numpy as np
import pandas as pd
import pytest

import kadlib.store
from kadlib import dashboard, scoring
from kadlib.dashboard import CRITERIA

FACTORS = ["komitmen_pimpinan", "pendanaan", "komunikasi"]
#: Kartamantul's own fields: one without a PDRB category, one the example knows (I), one only the catalogue knows (A; G)
OWN_FIELDS = [
    {"id": "persampahan", "label_id": "Persampahan bersama", "label_en": "Shared solid waste"},
    {
        "id": "pariwisata",
        "label_id": "Pariwisata terpadu",
        "label_en": "Joint tourism",
        "participants": ["3471", "3404"],
    },
    {"id": "pasar_lelang", "label_id": "Pasar lelang", "label_en": "Auction market"},
]
SHEET_A = np.array([[5, 4, 3, 4, 5], [3, 3, 3, 2, 4], [1, 2, 3, 4, 5]])
SHEET_B = np.array([[4, 4, 4, 4, 4], [2, 5, 3, 3, 3], [2, 2, 2, 2, 2]])


def _room(tmp_path, *, fields=OWN_FIELDS, scores=True, weights=True):
    """A real Kartamantul store: three participants, two rate factors; optionally two complete score sheets
    (and one incomplete, which must not count) and two 100-point weightings."""
    s = kadlib.store.open_session(
        "kartamantul-uji", folder=tmp_path, group="Kartamantul", fields=fields
    )
    for step in kadlib.store.STEPS:
        s.open_step(step)
    ids = [
        s.join(n, r, "Bappeda", join_code=s.join_code)[0]
        for n, r in (("Ani", "3471"), ("Budi", "3404"), ("Citra", "3402"))
    ]
    for pid, vals in zip(ids[:2], ([5, 2, 4, 3, 5, 1], [4, 3, 5, 2, 3, 2]), strict=True):
        s.submit(
            pid,
            "factors",
            {
                (f, m): vals[2 * i + k]
                for i, f in enumerate(FACTORS)
                for k, m in enumerate(("importance", "condition"))
            },
        )
    fids = [f["id"] for f in s.config["fields"]]
    if scores:
        for pid, sheet in zip(ids[:2], (SHEET_A, SHEET_B), strict=True):
            s.submit(
                pid,
                "fields",
                {
                    (f, c): int(sheet[i % 3, j])
                    for i, f in enumerate(fids)
                    for j, c in enumerate(CRITERIA)
                },
            )
    s.submit(ids[2], "fields", {(fids[0], "kebutuhan"): 1})  # incomplete: not in the room's mean
    if weights:
        for pid, pts in zip(ids[:2], ([40, 20, 20, 10, 10], [10, 20, 20, 40, 10]), strict=True):
            s.submit(
                pid,
                "weights",
                {
                    ("_mode", "mode"): "points",
                    **{(c, "points"): v for c, v in zip(CRITERIA, pts, strict=True)},
                },
            )
    return s


def _steps_build(day, lang):
    app = dashboard.Dashboard(day, lang=lang, draws=20)
    for step in dashboard.STEPS:
        app.show(step)
        assert app.body.children, step
    return app


def test_load_day_takes_everything_the_room_submitted(tmp_path, monkeypatch):
    room = _room(tmp_path)
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": room)
    day = dashboard.load_day()
    assert day.source == "live" and day.group == "Kartamantul" and day.members == room.members
    assert (
        day.extra["parts"] == dict.fromkeys(dashboard.PARTS, "live")
        and day.extra["example_parts"] == []
    )
    assert list(day.participants["name"]) == ["Ani", "Budi", "Citra"]
    pd.testing.assert_frame_equal(day.ratings, room.ratings())
    # field scores: the plain mean of the two complete sheets (Citra's incomplete one does not count)
    expected = (SHEET_A + SHEET_B) / 2
    assert list(day.scores.index) == ["persampahan", "pariwisata", "pasar_lelang"]
    np.testing.assert_allclose(day.scores[CRITERIA].to_numpy(), expected)
    assert day.scores.at["pasar_lelang", "kebutuhan"] == 1.5 and day.extra["n_scores"] == 2
    assert day.scores["label_id"].tolist() == [
        "Persampahan bersama",
        "Pariwisata terpadu",
        "Pasar lelang",
    ]
    assert day.labels("en")["persampahan"] == "Shared solid waste"
    assert day.scores.at["pariwisata", "participants"] == ["3471", "3404"]  # configured
    assert (
        day.scores.at["persampahan", "participants"] == room.members
    )  # not configured: every member
    # PDRB category: the example's for pariwisata, the catalogue's first for pasar_lelang (A; G), none for waste
    assert (
        day.scores.at["pariwisata", "bps_sector"] == "I"
        and day.scores.at["pasar_lelang", "bps_sector"] == "A"
    )
    assert pd.isna(day.scores.at["persampahan", "bps_sector"])
    # weights: geometric mean of (40,20,20,10,10) and (10,20,20,40,10) = (20,20,20,20,10), normalised
    assert list(day.ahp.index) == CRITERIA and list(day.ahp.columns) == CRITERIA
    pd.testing.assert_frame_equal(day.ahp, room.group_weights().matrix.loc[CRITERIA, CRITERIA])
    result = scoring.ahp(day.ahp)
    np.testing.assert_allclose(
        result.weights[CRITERIA].to_numpy(), [2 / 9, 2 / 9, 2 / 9, 2 / 9, 1 / 9], atol=1e-9
    )
    assert result.cr == pytest.approx(0, abs=1e-9) and day.extra["n_weights"] == 2
    assert dashboard.badge_text(day) == "sesi langsung"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_live_day_builds_every_step_and_maps_a_field_without_pdrb(tmp_path, monkeypatch, lang):
    room = _room(tmp_path)
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": room)
    app = _steps_build(dashboard.load_day(), lang)
    assert "CONTOH" not in app.header.value and "EXAMPLE" not in app.header.value
    np.testing.assert_allclose(
        [app.panel.kad_state["weights"][c] for c in CRITERIA], [2 / 9] * 4 + [1 / 9], atol=1e-6
    )
    app.show("map")
    app.map_pick.value = "persampahan"  # no PDRB category: the group map and a clear note, no crash
    no_sector = (
        "tidak memiliki padanan kategori PDRB BPS"
        if lang == "id"
        else "has no matching BPS PDRB category"
    )
    assert no_sector in app.map_note.value and app.map_image.value
    app.map_pick.value = "pariwisata"
    assert no_sector not in app.map_note.value and "LQ &gt; 1" in app.map_note.value


def test_live_day_before_scores_and_weights_names_what_is_still_example(tmp_path, monkeypatch):
    room = _room(tmp_path, scores=False, weights=False)
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": room)
    day = dashboard.load_day()
    assert (
        day.extra["example_parts"] == ["fields", "weights"]
        and day.extra["fields_from"] == "example"
    )
    example = dashboard.load_day("example")
    pd.testing.assert_frame_equal(day.ahp, example.ahp)
    pd.testing.assert_frame_equal(day.scores[CRITERIA], example.scores[CRITERIA])
    # the example's fields are taken part in by the live group's members, not the example group's regions
    assert all(p == room.members for p in day.scores["participants"])
    assert (
        dashboard.badge_text(day) == "sesi langsung · masih CONTOH: skor bidang dan bobot kriteria"
    )
    for lang in ("id", "en"):
        app = _steps_build(day, lang)
    assert "live session · still EXAMPLE: field scores and criteria weights" in app.header.value
    assert list(day.participants["name"]) == ["Ani", "Budi", "Citra"] and day.group == "Kartamantul"


def test_a_store_without_the_skad_criteria_keeps_the_example_fields_and_weights(
    tmp_path, monkeypatch
):
    room = kadlib.store.open_session("bebas", folder=tmp_path, group="Kartamantul", free_items=True)
    for step in kadlib.store.STEPS:
        room.open_step(step)
    pid = room.join("Ani", "3471", join_code=room.join_code)[0]
    room.submit(
        pid,
        "factors",
        {("komitmen_pimpinan", "importance"): 5, ("komitmen_pimpinan", "condition"): 2},
    )
    room.submit(
        pid, "weights", {("_mode", "mode"): "ahp"}
    )  # no criteria to compare: accepted by a free store
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": room)
    day = dashboard.load_day()
    assert day.extra["parts"]["ratings"] == "live" and day.extra["example_parts"] == [
        "fields",
        "weights",
    ]
    pd.testing.assert_frame_equal(day.ahp, dashboard.load_day("example").ahp)


def test_live_day_on_the_default_example_fields_keeps_the_room_scores(tmp_path, monkeypatch):
    room = _room(
        tmp_path, fields=None, weights=False
    )  # a store created without its own fields: the example's five
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": room)
    day = dashboard.load_day()
    assert day.extra["parts"]["fields"] == "live" and day.extra["example_parts"] == ["weights"]
    sheets = np.stack([SHEET_A[[0, 1, 2, 0, 1]], SHEET_B[[0, 1, 2, 0, 1]]])
    np.testing.assert_allclose(day.scores[CRITERIA].to_numpy(), sheets.mean(axis=0))
    assert day.scores["bps_sector"].tolist() == [
        "A",
        "I",
        "G",
        "H",
        "C",
    ]  # the example's categories
    assert all(
        p == room.members for p in day.scores["participants"]
    )  # the example's Barlingmascakeb regions dropped
    _steps_build(day, "id")


def test_load_day_falls_back_to_the_example_without_a_live_session(monkeypatch):
    fake = types.ModuleType("kadlib.store")
    fake.latest = lambda folder="lokakarya": None
    monkeypatch.setattr(kadlib.store, "latest", fake.latest)
    day = dashboard.load_day()
    assert day.source == "example" and day.group == "Barlingmascakeb" and len(day.participants) == 6

    def damaged(folder="lokakarya"):
        raise OSError("disk error")

    monkeypatch.setattr(
        kadlib.store, "latest", damaged
    )  # a damaged store must not stop the projector
    assert dashboard.load_day().source == "example"


def test_load_day_reads_the_latest_live_session(monkeypatch):
    ratings = pd.DataFrame(
        {
            "participant": ["a", "a", "b", "b"],
            "item": ["komitmen_pimpinan"] * 4,
            "measure": ["importance", "condition"] * 2,
            "value": [5, 2, 4, 3],
        }
    )

    class Session:
        name = "Sesi Kartamantul"

        def ratings(self):
            return ratings

        def participants(self):
            return pd.DataFrame(
                {"name": ["Ani", "Budi"], "region": ["3471", "3404"], "role": ["", ""]}
            )

    calls = []
    fake = types.ModuleType("kadlib.store")
    fake.latest = lambda folder="lokakarya": calls.append(folder) or Session()
    monkeypatch.setattr(kadlib.store, "latest", fake.latest)
    day = dashboard.load_day()
    assert calls == ["lokakarya"] and day.source == "live" and day.session == "Sesi Kartamantul"
    assert day.ratings is ratings and list(day.participants["name"]) == ["Ani", "Budi"]
    assert day.extra["fields_from"] == "example"
    app = dashboard.Dashboard(day, draws=20)
    assert day.extra["example_parts"] == [
        "group",
        "fields",
        "weights",
    ]  # a bare session: no group, no scores, no weights
    assert (
        "sesi langsung · masih CONTOH: kelompok dan anggotanya, skor bidang dan bobot kriteria"
        in app.header.value
    )
    app.show("open")
    assert (
        "Kota Yogyakarta" in app.body.children[0].children[0].value
        or "Yogyakarta" in app.body.children[0].children[0].value
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_step_builds_with_names_not_columns(lang, monkeypatch):
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": None)
    app = dashboard.Dashboard(lang=lang, draws=50)
    for step in dashboard.STEPS:
        app.show(step)
        html = " ".join(
            getattr(c, "value", "")
            for c in app.body.children
            if isinstance(getattr(c, "value", ""), str)
        )
        for raw in ("passes_gate", "rank_eligible", "region_code", "True", "False", "<NA>"):
            assert raw not in html, (step, raw)
    assert app.steps.options[0][0] == ("1. Pembukaan" if lang == "id" else "1. Opening")


def test_voila_is_started_offline_on_loopback():
    cmd = dashboard.voila_command(8866)
    assert (
        "--no-browser" in cmd
        and "--Voila.ip=127.0.0.1" in cmd
        and "--port=8866" in cmd
        and "--template=skad" in cmd
    )
    assert dashboard.NOTEBOOK.is_file()
    env = dashboard.voila_env({"JUPYTER_PATH": "/x"})
    assert env["JUPYTER_PATH"].split(":")[0] == str(dashboard.TEMPLATES) and env[
        "JUPYTER_PATH"
    ].endswith("/x")
    template = (dashboard.TEMPLATES / "voila" / "templates" / "skad" / "index.html.j2").read_text()
    assert "cdn" not in template.split("-#}")[1].lower() and "http" not in template.split("-#}")[1]


# ------------------------------------------------------------------------------------ issue 11 review
def _texts_and_sizes(ax, source):
    """The labels of a dashboard figure (map names or chart labels) and every text's font size in pt."""
    labels = getattr(ax, "kad_labels", None)
    if not labels or isinstance(
        labels[0], str
    ):  # a map: its names are the texts but the source line
        labels = [t for t in ax.texts if t.get_text() != source]
    shown = [*ax.get_xticklabels(), *ax.get_yticklabels(), ax.xaxis.label, ax.yaxis.label]
    legend = ax.get_legend()
    shown += list(legend.get_texts()) if legend is not None else []
    sizes = {t.get_text(): t.get_fontsize() for t in [*labels, *shown] if t.get_text()}
    return labels, sizes


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dashboard_figures_read_from_the_back_and_labels_do_not_overlap(lang, monkeypatch):
    from kadlib import i18n, plots

    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": None)
    app = dashboard.Dashboard(lang=lang, draws=20)
    app._open_png(lang)
    app._factors_png(lang)
    for sid in app.day.scores.index:
        app._map_png(sid, lang)
    assert len(app.figures) == 2 + len(app.day.scores)
    source = i18n.t("map_source_line", lang=lang)
    for name, fig in app.figures.items():
        ax = fig.axes[0]
        fig.canvas.draw()
        labels, sizes = _texts_and_sizes(ax, source)
        assert len(labels) >= 2, name
        assert plots.label_overlaps(ax, labels) == [], name  # rendered boxes, Agg renderer
        assert plots.labels_outside(ax, ax.texts) == [], name
        # shown at its own size (96 dpi) on a 1366×768 projector: 12 pt and more is 16 px and more
        assert min(sizes.values()) >= 12, (name, {k: v for k, v in sizes.items() if v < 12})
        assert ax.title.get_fontsize() >= 12 or not ax.get_title()
        assert fig.get_figwidth() * dashboard.DPI <= 1300  # fits the page without being scaled down
    maps_fig = app.figures[(("map", "pariwisata"), lang)]
    names = {t.get_text() for t in maps_fig.axes[0].texts}
    assert {"Banyumas", "Purbalingga", "Banjarnegara"} <= names  # names, not codes


def test_nothing_computed_is_thrown_away_on_a_language_switch(monkeypatch):
    from kadlib import factors

    calls = []
    real = factors.importance_performance
    monkeypatch.setattr(factors, "importance_performance", lambda r: calls.append(1) or real(r))
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": None)
    app = dashboard.Dashboard(draws=20)
    app.show("factors")
    shown_id = app.body.children
    app.language.value = "en"
    assert (
        app.current == "factors" and app.body.children[1].value != shown_id[1].value
    )  # English names
    app.language.value = "id"
    assert app.body.children == shown_id  # the same widgets and bytes, not drawn again
    assert bytes(shown_id[1].value) == app._memo[("png", "factors", "id")]
    assert calls == [1]  # the factor frame (codes, no words) computed once for both languages
    # the room's points and method survive the switch (both ways), and the ranking follows them
    app.show("scoring")
    panel = app.panel
    panel.kad_controls["sliders"]["prospek"].value = 100
    panel.kad_controls["method"].value = "topsis"
    app.language.value = "en"
    assert app.panel is not panel and app.panel.kad_state["points"] == panel.kad_state["points"]
    assert app.panel.kad_controls["method"].value == "topsis"
    assert (
        app.panel.kad_state["last"]["scored"].index[0] == panel.kad_state["last"]["scored"].index[0]
    )
    app.panel.kad_controls["sliders"]["prospek"].value = 0
    app.language.value = "id"
    assert (
        app.panel.kad_state["points"]["prospek"] == 0
    )  # the id panel was rebuilt with the new points
    # the field on the map and the baseline view picked in one language stay in the other
    app.show("map")
    app.map_pick.value = "industri"
    app.show("baseline")
    app.baseline_view.value = 3
    app.baseline_region.value = "3302"
    app.language.value = "en"
    assert app.baseline_view.value == 3 and "Shift-share Banyumas" in app.baseline_table.value
    app.show("map")
    assert app.map_pick.value == "industri" and "Processing of farm produce" in app.map_pick.label


def test_the_warm_up_computes_both_languages_and_marks_the_dashboard_ready(monkeypatch):
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": None)
    app = dashboard.Dashboard(draws=20, warm=True)
    app.warmer.join(timeout=300)
    assert not app.warmer.is_alive() and "kad-ready" in app.ready.value
    for lang in ("id", "en"):
        assert ("png", "factors", lang) in app._memo and ("png", "open", lang) in app._memo
        assert all(("png", ("map", s), lang) in app._memo for s in app.day.scores.index)
        assert ("html", ("baseline", 3, "3305"), lang) in app._memo  # every member's shift-share
    assert "graph" in app._memo and "baseline" in app._memo
    app.prebuild()  # without a kernel loop, builds what is left at once, step by step
    assert app._cache.keys() >= {(s, "id") for s in dashboard.STEPS}


def test_each_agreed_row_has_its_own_hints_in_the_reader_language(monkeypatch):
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": None)
    app = dashboard.Dashboard(draws=20)
    app.show("agreement")
    rows = list(app.agreed_inputs.values())
    assert len(rows) == 3
    programmes = [r["programme"].placeholder for r in rows]
    leads = [r["lead"].placeholder for r in rows]
    assert len(set(programmes)) == 3 and all(p.startswith("mis. ") for p in programmes)
    assert all(lead.startswith("mis. Bappeda ") for lead in leads) and len(set(leads)) == 3
    year = pd.Timestamp.today().year + 1
    assert rows[0]["timeframe"].placeholder == f"mis. {year}–{year + 2}"
    app.language.value = "en"
    assert all(r["programme"].placeholder.startswith("e.g. ") for r in rows)
    assert app.vision_box.placeholder.startswith("Write the vision")
    app.language.value = "id"
    assert [r["programme"].placeholder for r in rows] == programmes  # back to Indonesian


def test_the_days_result_document_carries_the_lq_table(monkeypatch):
    """The dashboard's scenario records the LQ table, so its result document draws it (issue 13)."""
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": None)
    app = dashboard.Dashboard(lang="id", draws=50)
    s = app.scenario()
    lq = s.baseline["lq"]
    assert lq["year"] == kadlib.economy.SECTOR_YEAR
    assert set(lq["values"]) == set(app.day.members)
    expected = kadlib.economy.location_quotient(
        kadlib.load_sector_pdrb(app.day.members, with_reference=True), year=lq["year"]
    )
    row = expected.iloc[0]
    assert lq["values"][row["region_code"]][row["sector_code"]] == pytest.approx(row["lq"])
