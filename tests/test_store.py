"""The session store (one SQLite file per session) and the room's aggregation: known answers."""

from __future__ import annotations

import math
import sqlite3

import numpy as np
import pandas as pd
import pytest

from kadlib import KadDataError, aggregation, scoring, store

CRIT = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]
FIELDS = ["pertanian", "pariwisata", "perdagangan", "transportasi", "industri"]


@pytest.fixture
def st(tmp_path):
    s = store.open_session("uji-kartamantul", folder=tmp_path, group="kartamantul")
    for step in store.STEPS:
        s.open_step(step)
    yield s
    s.close()


def join(s, name, region="3471", role="Bappeda"):
    return s.join(name, region, role, join_code=s.join_code)[0]


def points(values):
    return {
        ("_mode", "mode"): "points",
        **{(c, "points"): v for c, v in zip(CRIT, values, strict=True)},
    }


def ahp_entries(upper):
    """upper: the 10 judgements a_ij (i < j) in criteria order."""
    pairs = [(a, b) for i, a in enumerate(CRIT) for b in CRIT[i + 1 :]]
    return {
        ("_mode", "mode"): "ahp",
        **{(f"{a}|{b}", "ahp"): v for (a, b), v in zip(pairs, upper, strict=True)},
    }


def field_entries(base):
    return {(f, c): base[i][j] for i, f in enumerate(FIELDS) for j, c in enumerate(CRIT)}


# --------------------------------------------------------------------------- opening and reopening
def test_file_is_visible_wal_and_full_sync(tmp_path, st):
    assert st.path == (tmp_path / "uji-kartamantul.sqlite").absolute() and st.path.exists()
    assert st._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert st._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert st.members == ["3404", "3402", "3471"] or sorted(st.members) == ["3402", "3404", "3471"]
    assert len(st.join_code) == 6 and st.join_code.isdigit()
    assert [
        c["id"] for c in st.config["criteria"]
    ] == CRIT  # the five judged SKAD criteria, in order


def test_open_twice_is_the_same_store_and_reopening_restores_everything(tmp_path, st):
    assert store.open_session("uji-kartamantul", folder=tmp_path) is st
    pid = join(st, "Ani")
    st.submit(
        pid,
        "factors",
        {("komitmen_pimpinan", "importance"): 5, ("komitmen_pimpinan", "condition"): 2},
    )
    st.close_step("vision")
    code, path = st.join_code, st.path
    st.close()  # as after a kernel restart
    again = store.open_session("uji-kartamantul", folder=tmp_path)
    assert again is not st and again.path == path and again.join_code == code
    assert again.ratings()["value"].tolist() == [2, 5]
    assert again.steps() == {"factors": True, "fields": True, "weights": True, "vision": False}
    assert again.participants()["name"].tolist() == ["Ani"]
    with pytest.raises(KadDataError, match="sesi lain"):
        store.Store(path, "nama-lain")


def test_session_names_never_leave_the_folder(tmp_path):
    s = store.open_session("../../../etc/passwd", folder=tmp_path)
    assert s.path.parent == tmp_path.absolute() and s.path.name == "etc-passwd.sqlite"
    s.close()


def test_latest_is_the_most_recently_used(tmp_path):
    assert store.latest(tmp_path) is None
    a = store.open_session("a", folder=tmp_path)
    b = store.open_session("b", folder=tmp_path)
    import os

    for f in tmp_path.glob("a.sqlite*"):
        os.utime(f, (1, 1))
    assert store.latest(tmp_path) is b
    store.open_session("a", folder=tmp_path)  # used again
    assert store.latest(tmp_path) is a
    a.close()
    b.close()


def test_a_damaged_file_is_moved_aside_with_a_warning(tmp_path):
    path = store.session_path("rusak", tmp_path)
    path.write_bytes(b"this is not a database" * 100)
    with pytest.warns(UserWarning, match="rusak"):
        s = store.open_session("rusak", folder=tmp_path)
    assert s.integrity_check() == "ok"
    assert [p.name.split(".rusak-")[0] for p in tmp_path.glob("*.rusak-*")] == ["rusak"]
    s.close()


# --------------------------------------------------------------------------- participants
def test_ids_are_random_and_names_compared_normalised(st):
    a = join(st, "Budi")
    with pytest.raises(KadDataError, match="sudah terdaftar di daerah yang sama"):
        join(st, "budi ")  # issue 13: used to get the same id and overwrite each other
    with pytest.raises(KadDataError, match="sudah terdaftar"):
        join(st, "Budi")  # nobody can take over a name already joined
    b = join(st, "Budi", region="3404")
    assert a != b and a.startswith("p-") and "budi" not in a


def test_join_code_region_and_token(st):
    with pytest.raises(KadDataError, match="kode sesi salah"):
        st.join("Ani", "3471", join_code="000000" if st.join_code != "000000" else "111111")
    with pytest.raises(KadDataError, match=r"(?s)nilai '3301'.*bukan anggota kelompok"):
        st.join("Ani", "3301", join_code=st.join_code)
    pid, token = st.join("Ani", "3471", join_code=st.join_code)
    assert st.participant_by_token(token)["id"] == pid
    assert st.participant_by_token(token + "x") is None and st.participant_by_token("") is None
    assert token not in st.path.read_bytes().decode("latin-1")  # only the hash is stored


def test_facilitator_key_is_separate_and_hashed(st):
    assert not st.check_facilitator_key("anything")
    key = st.new_facilitator_key()
    assert st.check_facilitator_key(key) and not st.check_facilitator_key(st.join_code)


# --------------------------------------------------------------------------- submissions
def test_latest_wins_and_history_is_kept(st):
    pid = join(st, "Ani")
    first = st.submit(pid, "factors", {("pendanaan", "importance"): 2})
    second = st.submit(pid, "factors", {("pendanaan", "importance"): 5})
    assert second > first and st.version() == second
    assert st.ratings()["value"].tolist() == [5]
    assert st.history(pid)["value"].tolist() == [2.0, 5.0]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        st._db.execute("UPDATE entries SET value = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        st._db.execute("DELETE FROM submissions")


@pytest.mark.parametrize(
    ("step", "entries", "pattern"),
    [
        (
            "factors",
            {("pendanaan", "importance"): 6},
            r"(?s)kolom 'importance', nilai 6.*nilai dari 1 sampai 5",
        ),
        ("factors", {("pendanaan", "importance"): 2.5}, "di luar skala"),
        ("factors", {("bukan_faktor", "importance"): 3}, "butir tidak dikenal"),
        ("fields", {("pertanian", "kebutuhan"): None}, "sel kosong"),
        (
            "fields",
            {("pertanian", "tetangga"): 3},
            "butir tidak dikenal",
        ),  # the neighbour rule is not judged
        ("weights", points([20, 20, 20, 20, 21]), "jumlah poin bukan 100"),
        ("weights", points([0, 25, 25, 25, 25]), "nilai dari 1 sampai 100"),
        ("weights", ahp_entries([2, 3, 4, 5, 2, 3, 4, 2, 3, 2.5]), r"nilai dari 1/9 sampai 9"),
        ("weights", ahp_entries([2, 3, 4, 5, 2, 3, 4, 2, 3, 12]), r"di luar skala"),
        ("weights", {("_mode", "mode"): "vote"}, "pilihan tidak dikenal"),
        ("vision", {("_vision", "vote"): 2}, "di luar skala"),
        ("nothing", {}, "pilihan tidak dikenal"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(st, step, entries, pattern):
    pid = join(st, "Ani")
    before = st.version()
    with pytest.raises(KadDataError, match=pattern):
        st.submit(pid, step, entries)
    assert st.version() == before and st.history().empty


def test_closed_step_and_unknown_participant(st):
    pid = join(st, "Ani")
    st.close_step("factors")
    with pytest.raises(KadDataError, match="langkah ini sedang ditutup"):
        st.submit(pid, "factors", {("pendanaan", "importance"): 3})
    st.submit(
        pid, "factors", {("pendanaan", "importance"): 3}, channel="excel"
    )  # typed in afterwards: allowed
    with pytest.raises(KadDataError, match="peserta belum terdaftar"):
        st.submit("p-000000000000", "fields", field_entries([[3] * 5] * 5))
    with pytest.raises(KadDataError, match="pilihan tidak dikenal"):
        st.submit(pid, "fields", field_entries([[3] * 5] * 5), channel="fax")


def test_disk_full_is_a_kad_data_error_and_memory_agrees_with_disk(st):
    pid = join(st, "Ani")
    st.submit(pid, "factors", {("pendanaan", "importance"): 3})
    pages = st._db.execute("PRAGMA page_count").fetchone()[0]
    st._db.execute(f"PRAGMA max_page_count={pages}")  # the disk is now full for this file
    with pytest.raises(KadDataError, match="disk penuh"):
        st.submit(
            pid,
            "vision",
            {
                ("_vision", "comment"): "x" * 900,
                ("_vision", "vote"): 1,
                **{(a, "comment"): "y" * 900 for a in FIELDS},
            },
        )
    assert st.comments().empty and st.ratings()["value"].tolist() == [3]
    assert st.integrity_check() == "ok"


# --------------------------------------------------------------------------- readers
def test_decision_matrices_per_participant_and_aggregated(st):
    a, b, c = join(st, "Ani"), join(st, "Budi"), join(st, "Citra", "3404")
    sa = [[5, 4, 4, 4, 4], [3, 4, 5, 3, 5], [5, 4, 4, 5, 3], [4, 3, 3, 2, 3], [2, 4, 3, 2, 4]]
    sb = [[3, 4, 4, 4, 4], [3, 2, 5, 3, 1], [5, 4, 4, 1, 3], [4, 3, 3, 2, 3], [2, 4, 3, 2, 2]]
    st.submit(a, "fields", field_entries(sa))
    st.submit(b, "fields", field_entries(sb))
    st.submit(c, "fields", {("pertanian", "kebutuhan"): 1})  # incomplete: not in the matrices
    dms = st.decision_matrices()
    assert set(dms) == {a, b}
    assert dms[a].scores.loc["pariwisata", "prinsip"] == 5 and dms[a].alternatives == FIELDS
    mean = st.decision_matrix()
    assert (
        mean.scores.loc["pertanian", "kebutuhan"] == 4.0
        and mean.scores.loc["pariwisata", "prospek"] == 3.0
    )
    assert st.decision_matrix(how="median").scores.loc["perdagangan", "champion"] == 3.0
    assert mean.criteria == CRIT and tuple(mean.bounds.iloc[0]) == (1.0, 5.0)
    with pytest.raises(KadDataError, match="belum ada isian lengkap"):
        st.decision_matrix(c)


def test_weights_points_and_ahp_for_ahp_group(st):
    a, b, c = join(st, "Ani"), join(st, "Budi"), join(st, "Citra")
    st.submit(a, "weights", points([40, 20, 20, 10, 10]))
    judged = [2, 2, 4, 4, 1, 2, 2, 2, 2, 1]  # consistent with 40/20/20/10/10
    st.submit(b, "weights", ahp_entries(judged))
    st.submit(c, "weights", points([20, 20, 20, 20, 20]))
    st.submit(
        c, "weights", ahp_entries([1] * 10)
    )  # changed her mind: AHP now counts, points are history
    mats = st.ahp_matrices()
    assert set(mats) == {b, c} and mats[b].loc["potensi", "kebutuhan"] == 0.5
    group = scoring.ahp_group(list(mats.values()))
    assert (
        group.weights.round(6).tolist()
        == scoring.ahp_group([mats[b], mats[c]]).weights.round(6).tolist()
    )
    assert list(st.point_weights().index) == [a]
    w = st.participant_weights()
    np.testing.assert_allclose(w.loc[a], [0.4, 0.2, 0.2, 0.1, 0.1])
    np.testing.assert_allclose(w.loc[b], [0.4, 0.2, 0.2, 0.1, 0.1], atol=1e-9)
    gw = st.group_weights()
    assert gw.n_ahp == 2 and gw.n_points == 1
    # geometric mean of (0.4, .2, .2, .1, .1) twice and (.2, .2, .2, .2, .2) once, normalised
    geo = np.array([0.4, 0.2, 0.2, 0.1, 0.1]) ** (2 / 3) * 0.2 ** (1 / 3)
    np.testing.assert_allclose(gw.weights, geo / geo.sum(), atol=1e-9)


def test_status_votes_comments(st):
    a, b = join(st, "Ani"), join(st, "<b>Budi</b>")
    st.submit(a, "factors", {("pendanaan", "importance"): 3})
    st.submit(a, "vision", {("_vision", "vote"): 1, ("_vision", "comment"): "  setuju\x00 "})
    st.submit(
        b,
        "vision",
        {("_vision", "vote"): 0, ("pertanian", "vote"): 1, ("pertanian", "comment"): "<script>"},
    )
    status = st.status()
    assert status.loc[a, "factors"] is not None and status.loc[b, "factors"] is None
    assert status.loc[b, "vision"] is not None and status.loc[b, "name"] == "<b>Budi</b>"
    votes = st.votes()
    assert votes.loc["_vision", "votes"] == 1 and votes.loc["_vision", "participants"] == 2
    assert votes.loc["pertanian", "votes"] == 1 and votes.loc["industri", "votes"] == 0
    assert sorted(st.comments()["text"]) == [
        "<script>",
        "setuju",
    ]  # stored as typed; escaped where shown


# --------------------------------------------------------------------------- aggregation: known answers
def test_group_weights_points_only_is_the_normalised_geometric_mean():
    pts = pd.DataFrame([[0.5, 0.5], [0.8, 0.2]], columns=["a", "b"])
    # sqrt(.5 * .8) = 0.63246, sqrt(.5 * .2) = 0.31623 -> 2/3, 1/3
    np.testing.assert_allclose(aggregation.group_weights({}, pts).weights, [2 / 3, 1 / 3])


def test_group_weights_mixed_ahp_and_points_by_hand():
    m = pd.DataFrame([[1, 4], [1 / 4, 1]], index=["a", "b"], columns=["a", "b"])
    pts = pd.DataFrame([[0.5, 0.5]], columns=["a", "b"])
    g = aggregation.group_weights([m], pts)  # a_ab = sqrt(4 * 1) = 2 -> weights 2/3, 1/3
    assert g.matrix.loc["a", "b"] == pytest.approx(2.0)
    np.testing.assert_allclose(g.weights, [2 / 3, 1 / 3])


def test_group_weights_equal_ahp_group_for_ahp_only():
    labels = ["x", "y", "z"]
    p1 = pd.DataFrame([[1, 4, 2], [1 / 4, 1, 1 / 2], [1 / 2, 2, 1]], index=labels, columns=labels)
    p2 = pd.DataFrame([[1, 1, 8], [1, 1, 2], [1 / 8, 1 / 2, 1]], index=labels, columns=labels)
    ours, theirs = aggregation.group_weights({"a": p1, "b": p2}), scoring.ahp_group([p1, p2])
    np.testing.assert_allclose(ours.weights, theirs.weights)
    assert ours.cr == pytest.approx(theirs.cr)


def test_group_weights_refuses_zero_weights():
    with pytest.raises(KadDataError, match="nilai 0.0"):
        aggregation.group_weights({}, pd.DataFrame([[1.0, 0.0]], columns=["a", "b"]))


def test_ahp_consensus_known_answers():
    assert aggregation.ahp_consensus([[0.6, 0.4], [0.6, 0.4]])["s"] == pytest.approx(1.0)
    extreme = aggregation.ahp_consensus(
        [[0.9, 0.1], [0.1, 0.9]]
    )  # M = 9: as far apart as the scale allows
    assert extreme["s"] == pytest.approx(0.0, abs=1e-12) and extreme["band"] == "very_low"
    # by hand, n = 2, K = 2: H(.8,.2) = 0.500402, H(.6,.4) = 0.673012 -> Ha = 0.586707;
    # Hg = H(.7,.3) = 0.610864; Hb = 0.024157; 1/exp(Hb) = 0.976132;
    # Ha,min = -(.9 ln .9) - (.1 ln .1) = 0.325083; 1/c = exp(0.325083 - ln 2) = 0.692061;
    # S* = (0.976132 - 0.692061) / (1 - 0.692061) = 0.92249
    r = aggregation.ahp_consensus(pd.DataFrame([[0.8, 0.2], [0.6, 0.4]]))
    assert r["h_alpha"] == pytest.approx(0.586707, abs=1e-6) and r["h_beta"] == pytest.approx(
        0.024157, abs=1e-6
    )
    assert (
        r["s"] == pytest.approx(0.92249, abs=1e-5)
        and r["band"] == "very_high"
        and r["label"] == "sangat tinggi"
    )
    assert math.isnan(
        aggregation.ahp_consensus([[0.5, 0.5]])["s"]
    )  # one participant: no consensus to measure


@pytest.mark.parametrize(
    ("s", "band"),
    [(0.49, "very_low"), (0.5, "low"), (0.7, "moderate"), (0.8, "high"), (0.875, "very_high")],
)
def test_consensus_bands_are_ahp_os(s, band):
    assert next(name for limit, name in aggregation.CONSENSUS_BANDS if s < limit) == band


def _dm(rows):
    return scoring.DecisionMatrix(
        pd.DataFrame(rows, index=["A", "B"], columns=["x", "y"]), scale=(1, 5)
    )


def test_robustness_room_unanimous_and_split_rooms():
    w = pd.DataFrame([[0.5, 0.5], [0.5, 0.5]], columns=["x", "y"])
    same = aggregation.robustness_room([_dm([[5, 5], [1, 1]])] * 3, w, draws=200)
    assert same.p_top_stays_first == 1.0 and same.top == "A"
    # two sheets, A > B and B > A: a resample holds both (p = 1/2: a tie, the earlier field A first),
    # sheet 1 twice (1/4: A) or sheet 2 twice (1/4: B)  ->  P(A first) = 3/4
    split = aggregation.robustness_room(
        [_dm([[5, 5], [1, 1]]), _dm([[1, 1], [5, 5]])], w, draws=8000, seed=1
    )
    assert split.rank_probability.loc["A", 1] == pytest.approx(0.75, abs=0.02)
    np.testing.assert_allclose(split.rank_probability.sum(axis=1), 1.0)


def test_robustness_room_weights_disagreement_by_hand():
    # one score sheet; A wins on x, B on y. Weights (0.9, 0.1) and (0.1, 0.9): a resample of both -> equal
    # weights -> tie -> A; both first (1/4) -> A; both second (1/4) -> B: P(A first) = 3/4
    sheet = _dm([[5, 1], [1, 5]])
    w = pd.DataFrame([[0.9, 0.1], [0.1, 0.9]], columns=["x", "y"])
    r = aggregation.robustness_room([sheet], w, draws=8000, seed=2)
    assert r.rank_probability.loc["A", 1] == pytest.approx(0.75, abs=0.02)
    t = aggregation.robustness_room([sheet], w, draws=2000, seed=2, method="topsis")
    assert t.rank_probability.loc["A", 1] == pytest.approx(0.75, abs=0.03)


def test_robustness_room_bad_input():
    with pytest.raises(KadDataError, match="belum ada isian"):
        aggregation.robustness_room([], pd.DataFrame())
    with pytest.raises(KadDataError, match="pilihan tidak dikenal"):
        aggregation.robustness_room(
            [_dm([[1, 2], [2, 1]])], pd.DataFrame([[1, 1]], columns=["x", "y"]), method="x"
        )


def test_concurrent_writers_are_committed_together_and_none_is_lost(st):
    import threading

    pids = [join(st, f"P{k}") for k in range(40)]
    sids, errors = [], []
    barrier = threading.Barrier(40)

    def write(pid, k):
        barrier.wait()
        try:
            sids.append(st.submit(pid, "factors", {("pendanaan", "importance"): 1 + k % 5}))
        except KadDataError as err:  # pragma: no cover - would be a failure below
            errors.append(err)

    threads = [threading.Thread(target=write, args=(pid, k)) for k, pid in enumerate(pids)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == [] and len(set(sids)) == 40 and set(sids) <= st.submission_ids()
    r = st.ratings().set_index("participant")["value"]
    assert [r[pid] for pid in pids] == [1 + k % 5 for k in range(40)]


def test_one_failing_write_in_a_group_commit_does_not_take_the_others_with_it(st):
    import threading

    a = join(st, "Ani")
    barrier, out = threading.Barrier(3), {}

    def run(key, fn):
        barrier.wait()
        try:
            out[key] = fn()
        except KadDataError as err:
            out[key] = err

    work = {
        "submit": lambda: st.submit(a, "factors", {("pendanaan", "importance"): 4}),
        "citra1": lambda: st.add_participant("Citra", "3471"),
        "citra2": lambda: st.add_participant("Citra", "3471"),
    }
    threads = [threading.Thread(target=run, args=kv) for kv in work.items()]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert isinstance(out["submit"], int) and st.ratings()["value"].tolist() == [4]
    assert (
        st.participants()["name"] == "Citra"
    ).sum() == 1  # the same person at once: one row, never two
    assert out["citra1"] == out["citra2"] and str(out["citra1"]).startswith(
        "p-"
    )  # and both forms get its id


def test_the_groups_own_fields(tmp_path):
    s = store.open_session(
        "bidang",
        folder=tmp_path,
        group="kartamantul",
        fields={"sampah": "Pengelolaan sampah", "air_bersih": "Air bersih"},
    )
    assert [f["id"] for f in s.config["fields"]] == ["sampah", "air_bersih"] and s.config[
        "fields_note"
    ] == ""
    assert [a["id"] for a in s.config["activities"]] == ["sampah", "air_bersih"]
    with pytest.raises(KadDataError, match="kode bidang"):
        store.open_session("bidang2", folder=tmp_path, fields={"../x y": "x"})
    s.close()


def test_a_truncated_store_is_quarantined_but_a_busy_one_never(tmp_path):
    s = store.open_session("potong", folder=tmp_path)
    pid = s.add_participant("Ani", "")
    s.submit(pid, "factors", {("pendanaan", "importance"): 3}, channel="notebook")
    path = s.path
    s.close()
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")  # another program is writing the file: not damage
    try:
        busy = store.Store(path, "potong")
        assert busy.ratings()["value"].tolist() == [
            3
        ]  # readers go on (WAL); nothing is moved aside
        busy.close()
    finally:
        other.rollback()
        other.close()
    assert path.exists() and not list(tmp_path.glob("*.rusak-*"))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])  # a truncated copy from a pulled USB stick
    for f in tmp_path.glob("potong.sqlite-*"):
        f.unlink()
    with pytest.warns(UserWarning, match="rusak"):
        again = store.open_session("potong", folder=tmp_path)
    assert again.integrity_check() == "ok" and list(tmp_path.glob("potong.rusak-*"))
    again.close()


def test_an_empty_ahp_answer_gives_a_kit_error_not_a_numpy_error():
    """Found by the dashboard work: AHP with no comparisons on a free-items store reached numpy's argmax."""
    import pandas as pd

    from kadlib import aggregation

    with pytest.raises(KadDataError, match="weights"):
        aggregation.group_weights([pd.DataFrame()])
