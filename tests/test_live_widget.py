"""The facilitator's view of a live session inside the notebook (kadlib.widgets.live_facilitator)."""

from __future__ import annotations

import pytest

from kadlib import store, widgets

CRIT = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]
FIELDS = ["pertanian", "pariwisata", "perdagangan", "transportasi", "industri"]


@pytest.fixture
def room(tmp_path):
    s = store.open_session("uji-fasilitator", folder=tmp_path, group="kartamantul")
    yield s
    s.close()


def test_the_view_follows_the_room_and_its_toggles_open_the_steps(room):
    view = widgets.live_facilitator(room, auto=False, draws=50)
    toggles = view.kad_controls["toggles"]
    assert [t.value for t in toggles.values()] == [False] * 4 and "Faktor kunci sukses" in toggles[
        "factors"
    ].description
    toggles["factors"].value = True  # the facilitator opens the first step from the notebook
    assert room.steps()["factors"] is True
    ani, _ = room.join("<b>Ani</b>", "3471", "Bappeda", join_code=room.join_code)
    room.submit(
        ani,
        "factors",
        {("komitmen_pimpinan", "importance"): 5, ("komitmen_pimpinan", "condition"): 2},
    )
    view.kad_controls["refresh"].click()
    html = view.kad_controls["view"].value
    assert (
        "&lt;b&gt;Ani&lt;/b&gt;" in html and "<b>Ani</b>" not in html
    )  # a participant's text is escaped
    assert "Kota Yogyakarta" in html or "Yogyakarta" in html  # region names, not codes
    assert "<form" not in html  # no projector forms inside the notebook


def test_the_view_shows_the_rooms_weights_and_ranking(room):
    for step in store.STEPS:
        room.open_step(step)
    view = widgets.live_facilitator(room, auto=False, draws=50)
    base = [[4, 3, 4, 3, 4], [3, 4, 3, 4, 3], [5, 5, 4, 4, 5], [2, 3, 2, 3, 2], [4, 4, 5, 3, 4]]
    for k, name in enumerate(["Ani", "Budi"]):
        pid, _ = room.join(name, "3404", "Bappeda", join_code=room.join_code)
        room.submit(
            pid,
            "fields",
            {(f, c): base[i][j] for i, f in enumerate(FIELDS) for j, c in enumerate(CRIT)},
        )
        pts = [30, 20, 20, 15, 15] if k == 0 else [20, 30, 20, 15, 15]
        room.submit(
            pid,
            "weights",
            {
                ("_mode", "mode"): "points",
                **{(c, "points"): v for c, v in zip(CRIT, pts, strict=True)},
            },
        )
    view.kad_redraw()
    html = view.kad_controls["view"].value
    assert "Ani" in html and "Budi" in html
    from kadlib import scoring

    top = (
        scoring.score(room.decision_matrix(), room.group_weights().weights)
        .sort_values("rank")
        .index[0]
    )
    label = next(f["label_id"] for f in room.config["fields"] if f["id"] == top)
    assert label in html  # the room's first field, by name
    assert html.count("2/2") >= 2  # both submitted the field scores and the weights
