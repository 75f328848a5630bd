"""Key success factors and the group process: known answers, templates, autosave that survives a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from kadlib import KadDataError, factors, scoring
from kadlib import workshop as ws

ITEMS = ["komitmen_pimpinan", "champion", "pendanaan", "komunikasi"]


# --------------------------------------------------------------------------- Kendall's W
def test_kendalls_w_worked_by_hand():
    # 3 raters rank 4 items.  Rank sums R = 4, 6, 8, 12; mean m(n+1)/2 = 7.5;
    # S = 3.5² + 1.5² + 0.5² + 4.5² = 35; W = 12 S / (m² (n³ - n)) = 420 / 540.
    table = pd.DataFrame([[1, 2, 3, 4], [2, 1, 3, 4], [1, 3, 2, 4]])
    r = ws.kendalls_w(table)
    assert r["w"] == pytest.approx(420 / 540)
    assert r["chi2"] == pytest.approx(3 * 3 * 420 / 540) and r["df"] == 3


def test_kendalls_w_with_ties_by_hand():
    # Rater 1 ties items 1 and 2 (average rank 1.5): T = 2³ - 2 = 6.
    # R = 1.5+2+1 = 4.5, 1.5+1+3 = 5.5, 3+3+2 = 8, 4+4+4 = 12; S = 9 + 4 + 0.25 + 20.25 = 33.5
    # W = 12 * 33.5 / (9 * 60 - 3 * 6) = 402 / 522.
    table = pd.DataFrame([[5, 5, 3, 1], [4, 5, 3, 1], [5, 3, 4, 1]]).rsub(
        6
    )  # scores -> ranks (low = first)
    r = ws.kendalls_w(table)
    assert r["w"] == pytest.approx(402 / 522)


@pytest.mark.parametrize("seed", range(4))
def test_kendalls_w_matches_scipy_friedman_with_ties(seed):
    from scipy.stats import friedmanchisquare

    rng = np.random.default_rng(seed)
    table = rng.integers(1, 6, size=(7, 5))  # 1-5 ratings: many ties
    r = ws.kendalls_w(table)
    chi2 = friedmanchisquare(*table.T).statistic  # scipy applies the ties correction
    assert r["chi2"] == pytest.approx(chi2)
    assert r["w"] == pytest.approx(chi2 / (7 * 4))


def test_perfect_and_no_agreement():
    assert ws.kendalls_w([[1, 2, 3], [1, 2, 3], [1, 2, 3]])["w"] == pytest.approx(1.0)
    assert ws.kendalls_w([[1, 2, 3], [2, 3, 1], [3, 1, 2]])["w"] == pytest.approx(0.0)


# --------------------------------------------------------------------------- importance-performance
def test_importance_performance_quadrants_by_hand():
    # means: a (5, 2), b (5, 5), c (2, 2), d (2, 5); crosshair at the mean of means (3.5, 3.5)
    rows = []
    for item, (imp, cond) in {"a": (5, 2), "b": (5, 5), "c": (2, 2), "d": (2, 5)}.items():
        for p in ("p1", "p2"):
            rows.append((p, item, imp, cond))
    ratings = pd.DataFrame(rows, columns=["participant", "item", "importance", "condition"])
    ipa = factors.importance_performance(ratings)
    assert ipa["quadrant"].to_dict() == {"a": 1, "b": 2, "c": 3, "d": 4}
    shown = factors.for_display(ipa)
    assert shown.loc["a", "label"].startswith("Prioritas utama") and ipa.loc["a", "priority"] == 1
    assert shown.loc["d", "label"].startswith("Berlebihan")
    assert ipa.attrs["crosshair"] == (3.5, 3.5)
    mid = factors.importance_performance(ratings, crosshair="midpoint")
    assert mid.attrs["crosshair"] == (3.0, 3.0)


def test_importance_performance_from_tidy_session_ratings():
    tidy = pd.DataFrame(
        {
            "participant": ["p"] * 4,
            "item": ["a", "a", "b", "b"],
            "measure": ["importance", "condition"] * 2,
            "value": [5, 1, 2, 4],
        }
    )
    assert factors.importance_performance(tidy).loc["a", "quadrant"] == 1


def test_group_ahp_geometric_mean_equals_hand_computation():
    labels = ["komitmen_pimpinan", "champion", "pendanaan"]
    p1 = pd.DataFrame([[1, 4, 2], [1 / 4, 1, 1 / 2], [1 / 2, 2, 1]], index=labels, columns=labels)
    p2 = pd.DataFrame([[1, 1, 8], [1, 1, 2], [1 / 8, 1 / 2, 1]], index=labels, columns=labels)
    r = scoring.ahp_group([p1, p2])
    hand = pd.DataFrame(
        [[1, 2, 4], [1 / 2, 1, 1], [1 / 4, 1, 1]], index=labels, columns=labels
    )  # sqrt(a*b)
    np.testing.assert_allclose(r.matrix, hand)
    np.testing.assert_allclose(r.weights, scoring.ahp(hand).weights)


# --------------------------------------------------------------------------- templates
PEOPLE = [
    ("Ani Wulandari", "3471", "Bappeda"),
    ("Budi", "3404", "DPU"),
    ("Citra", "3402", "Bappeda"),
]


def fill(paths, values):
    for path, person_values in zip(paths, values, strict=True):
        wb = load_workbook(path)
        sheet = wb["Penilaian"]
        for i, (imp, cond) in enumerate(person_values):
            sheet.cell(row=ws.FIRST_ITEM_ROW + i, column=3, value=imp)
            sheet.cell(row=ws.FIRST_ITEM_ROW + i, column=4, value=cond)
        wb.save(path)


VALUES = [
    [(5, 2), (4, 3), (3, 1), (4, 4)],
    [(4, 2), (5, 2), (2, 2), (3, 5)],
    [(5, 3), (3, 3), (4, 1), (4, 4)],
]


def test_round_trip_templates_to_numbers(tmp_path):
    paths = ws.make_templates(tmp_path, "barlingmascakeb-2026", PEOPLE, ITEMS)
    fill(paths, VALUES)
    r = ws.read_workbooks(tmp_path, "barlingmascakeb-2026")
    assert len(r) == 3 * 4 * 2
    back = r.pivot_table(index=["name", "item"], columns="measure", values="value")
    for (name, _, _), person in zip(PEOPLE, VALUES, strict=True):
        for item, (imp, cond) in zip(ITEMS, person, strict=True):
            assert (
                back.loc[(name, item), "importance"] == imp
                and back.loc[(name, item), "condition"] == cond
            )


def test_templates_have_dropdowns_limited_to_the_scale_and_instructions(tmp_path):
    path = ws.make_templates(tmp_path, "s", PEOPLE[:1], ITEMS)[0]
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Petunjuk" and "PETUNJUK" in wb["Petunjuk"]["A1"].value
    validations = wb["Penilaian"].data_validations.dataValidation
    assert validations and validations[0].formula1 == '"1,2,3,4,5"'
    assert wb["_kadlib"].sheet_state == "hidden"


def test_file_names_are_sanitised(tmp_path):
    paths = ws.make_templates(
        tmp_path, "s", [("../../etc/passwd", "", ""), ("Dr. Ñoño ☺", "", "")], ITEMS
    )
    assert all(p.parent == tmp_path for p in paths)
    assert [p.name.rsplit("-", 1)[0] for p in paths] == ["etc-passwd", "dr-nono"]


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        ((7, 3), r"(?s)baris 7, kolom 'C', nilai 7.*nilai dari 1 sampai 5"),
        ((None, 3), r"(?s)baris 7, kolom 'C'.*sel kosong"),
        (("=1+4", 3), r"(?s)baris 7, kolom 'C'.*rumus tidak diterima"),
        ((2.5, 3), r"(?s)baris 7, kolom 'C', nilai 2.5.*di luar skala"),
    ],
)
def test_bad_cells_are_named(tmp_path, change, pattern):
    paths = ws.make_templates(tmp_path, "s", PEOPLE[:1], ITEMS)
    fill(paths, [[change, *VALUES[0][1:]]])
    with pytest.raises(KadDataError, match=pattern):
        ws.read_workbooks(paths, "s")


def test_participant_twice_and_other_session(tmp_path):
    a = ws.make_templates(tmp_path / "a", "s", PEOPLE[:1], ITEMS)
    b = ws.make_templates(tmp_path / "b", "s", PEOPLE[:1], ITEMS)
    fill(a, VALUES[:1])
    fill(b, VALUES[:1])
    with pytest.raises(KadDataError, match=r"(?s)peserta yang sama muncul dua kali"):
        ws.read_workbooks(a + b, "s")
    with pytest.raises(KadDataError, match=r"(?s)nilai 's'.*templat dari sesi lain.*'lain'"):
        ws.read_workbooks(a, "lain")


# --------------------------------------------------------------------------- autosave
def test_session_restores_every_entry(tmp_path):
    s = ws.Session(tmp_path, "kartamantul")
    pid = s.add(ws.Participant("Ani", "3471", "Bappeda"))
    for i, item in enumerate(ITEMS):
        s.set(pid, item, "importance", i + 2)
    s.set(pid, ITEMS[0], "importance", None)  # cleared again
    again = ws.Session(tmp_path, "kartamantul")
    assert again.entries(pid) == {f"{item}|importance": i + 2 for i, item in enumerate(ITEMS) if i}
    with pytest.raises(KadDataError, match="sesi lain"):
        ws.Session(tmp_path, "sampan")
    with pytest.raises(KadDataError, match="di luar skala"):
        s.set(pid, "x", "importance", 9)


CHILD = """
import sys
from kadlib import workshop as ws
s = ws.Session(sys.argv[1], "kill-test")
pid = s.add(ws.Participant("Ani", "3471", "Bappeda"))
k = 0
while True:
    s.set(pid, f"item{k % 40:02d}", "importance", k % 5 + 1)
    s.set(pid, "counter", "score", 1 + (k % 5))
    print(k, flush=True)  # only after the save returned (committed)
    k += 1
"""


@pytest.mark.slow
def test_killed_process_loses_no_saved_entry_and_tears_no_file(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    acked = -1
    deadline = time.monotonic() + 60
    while acked < 150 and time.monotonic() < deadline:
        acked = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)  # in the middle of the stream of saves
    proc.wait()
    assert acked >= 150
    session = ws.Session(tmp_path, "kill-test")
    assert session.store.integrity_check() == "ok"  # no torn file
    (pid,) = session.participants()["id"]
    entries = session.entries(pid)
    for k in range(
        max(0, acked - 39), acked + 1
    ):  # the last write of each of the 40 items was acknowledged
        value = entries[f"item{k % 40:02d}|importance"]
        assert (
            value == k % 5 + 1 or value == (k + 40) % 5 + 1
        )  # or overwritten by a later, unacknowledged save
    assert len(session.store.history(pid)) >= 2 * (
        acked + 1
    )  # every acknowledged save is in the history


WRITER = """
import sys
from kadlib import workshop as ws
s = ws.Session(sys.argv[1], "two-writers")
pid = s.add(ws.Participant("Budi", "3302"))
for k in range(75):
    s.set(pid, f"{sys.argv[2]}{k:02d}", "importance", k % 5 + 1)
print("done", flush=True)
"""


@pytest.mark.slow
def test_two_writers_on_one_participant_lose_nothing(tmp_path):
    ws.Session(tmp_path, "two-writers").add(ws.Participant("Budi", "3302"))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), tag], stdout=subprocess.PIPE, text=True
        )
        for tag in ("a", "b")
    ]
    assert [p.communicate(timeout=120)[0].strip() for p in procs] == ["done", "done"]
    session = ws.Session(tmp_path, "two-writers")
    (pid,) = session.participants()["id"]
    entries = session.entries(pid)
    assert len(entries) == 150  # issue 13: two writers used to keep 7 of 150
    assert entries["a74|importance"] == 74 % 5 + 1 and entries["b00|importance"] == 1


def test_participant_form_saves_on_every_change(tmp_path):
    s = ws.Session(tmp_path, "form")
    form = ws.participant_form(s, ws.Participant("Budi", "3404"), ITEMS)
    assert "Budi, 3404" in form.children[0].value  # who is filling in, by name
    assert "tersimpan" not in form.kad_status.value  # nothing claimed before anything is written
    form.kad_controls[("champion", "importance")].value = 4
    assert "✔ tersimpan" in form.kad_status.value and "kad-fade" in form.kad_status.value
    # the confirmation names item and measure in the reader's words, as the header does
    assert "champion · Tingkat kepentingan = 4" in form.kad_status.value
    assert "importance" not in form.kad_status.value
    form.kad_controls[("pendanaan", "condition")].value = 2
    reopened = ws.participant_form(
        ws.Session(tmp_path, "form"), ws.Participant("Budi", "3404"), ITEMS
    )
    assert reopened.kad_controls[("champion", "importance")].value == 4
    assert reopened.kad_controls[("pendanaan", "condition")].value == 2
    assert reopened.kad_controls[("komunikasi", "importance")].value is None


# --------------------------------------------------------------------------- aggregation and consensus
def test_aggregation_methods_and_disagreement_flag():
    r = pd.DataFrame(
        {
            "participant": list("abcd") * 2,
            "item": ["x"] * 4 + ["y"] * 4,
            "measure": "importance",
            "value": [4, 4, 5, 4, 1, 5, 2, 5],
        }
    )
    assert ws.aggregate(r, method="mean").loc["y", "importance"] == pytest.approx(3.25)
    assert ws.aggregate(r, method="median").loc["x", "importance"] == 4
    table, w = ws.consensus(r, "importance")
    assert (
        table.index[0] == "y"
        and bool(table.loc["y", "disagree"])
        and not table.loc["x", "disagree"]
    )
    assert 0 <= w["w"] <= 1


def test_form_says_not_saved_when_the_write_fails_and_escapes_what_it_shows(tmp_path):
    s = ws.Session(tmp_path, "form-<b>")
    form = ws.participant_form(
        s,
        ws.Participant("<img src=x onerror=alert(1)>", "3404"),
        ITEMS,
        labels={"champion": "<script>x</script>"},
    )
    assert "<img" not in form.children[0].value and "&lt;img" in form.children[0].value
    assert "<b>form-<b>" not in form.children[0].value
    s.store.close()  # the store is gone (as after a failure): the form must not claim it saved
    dd = form.kad_controls[("champion", "importance")]
    dd.value = 3
    assert "TIDAK tersimpan" in form.kad_status.value and "✔" not in form.kad_status.value
    assert dd.value is None  # the control shows what is stored, not what failed


def test_session_names_and_folders_are_never_paths(tmp_path):
    s = ws.Session(tmp_path / "sesi", "../../luar")
    assert s.path.parent == (tmp_path / "sesi").absolute() and s.path.name == "luar.sqlite"
    pid = s.add(ws.Participant("../../pwned", "3471"))
    s.set(pid, "komitmen_pimpinan", "importance", 4)
    assert not list(tmp_path.glob("*pwned*")) and pid.startswith("p-")


def test_same_name_differently_typed_is_a_clear_duplicate(tmp_path):
    s = ws.Session(tmp_path, "nama")
    budi = s.add(ws.Participant("Budi", "3302"))
    assert s.add(ws.Participant("Budi ", "3302")) == budi  # the same person reopening the form
    with pytest.raises(
        KadDataError, match=r"(?s)nilai 'budi'.*sudah terdaftar di daerah yang sama"
    ):
        s.add(ws.Participant("budi", "3302"))
    assert s.add(ws.Participant("Budi", "3301")) != budi  # another region: another person


def test_old_json_session_folders_are_imported_and_a_damaged_file_does_not_block(tmp_path):
    import json
    import shutil

    from kadlib._paths import data_dir

    src = data_dir() / "examples" / "lokakarya_contoh_faktor"
    for f in src.glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "rusak.json").write_bytes(
        b""
    )  # a 0-byte file: used to make Session() fail for everyone
    with pytest.warns(UserWarning, match="rusak"):
        s = ws.Session(tmp_path, "CONTOH-barlingmascakeb-faktor")
    assert (tmp_path / "rusak.json.rusak").exists()
    first = json.loads((src / "peserta-contoh-1-ac5ca5.json").read_text())
    assert s.entries("peserta-contoh-1-ac5ca5") == first["entries"]
    again = ws.Session(tmp_path, "CONTOH-barlingmascakeb-faktor")  # imported once, not twice
    assert len(again.store.history()) == len(s.store.history())
    example = ws.Session(src, "CONTOH-barlingmascakeb-faktor", readonly=True)
    assert len(example.participants()) == 6 and not list(src.glob("*.sqlite"))


def test_templates_write_every_text_as_text(tmp_path):
    path = ws.make_templates(
        tmp_path,
        "s",
        [('=HYPERLINK("http://x","klik")', "3471", "@SUM(A1)")],
        ITEMS,
        labels={ITEMS[0]: "=1+1"},
    )[0]
    sheet = load_workbook(path)["Penilaian"]
    for ref in ("B2", "B4", f"B{ws.FIRST_ITEM_ROW}"):
        assert sheet[ref].data_type == "s", ref
    assert sheet["B2"].value.startswith("=HYPERLINK")


def test_excel_templates_go_into_the_store(tmp_path):
    from kadlib import store

    st = store.open_session("excel", folder=tmp_path, free_items=True)
    paths = ws.make_templates(tmp_path / "x", "excel", PEOPLE, ITEMS)
    fill(paths, VALUES)
    assert len(ws.import_workbooks(st, tmp_path / "x")) == 3
    assert ws.import_workbooks(st, tmp_path / "x") == []  # unchanged: not stored twice
    r = st.ratings()
    assert len(r) == 24 and set(st.participants()["channel"]) == {"excel"}
    assert (
        r[(r["name"] == "Budi") & (r["item"] == "champion") & (r["measure"] == "importance")][
            "value"
        ].item()
        == 5
    )


@pytest.mark.parametrize("df", [1, 2, 3, 4, 5, 10, 16, 33])
def test_chi2_survival_matches_scipy(df):
    from scipy.stats import chi2

    for x in (0.01, 0.5, df * 0.7, df, df * 1.6, df * 3.0 + 5):
        assert ws.chi2_sf(x, df) == pytest.approx(chi2.sf(x, df), rel=1e-9, abs=1e-15)
    assert ws.chi2_sf(0.0, df) == 1.0


def test_the_bundled_example_session_is_never_written_to():
    """Opening the shipped example (as notebook 02, the dashboard and the worksheets do) writes nothing into data/."""
    from kadlib._paths import data_dir

    folder = data_dir() / "examples" / "lokakarya_contoh_faktor"
    before = sorted(p.name for p in folder.iterdir())
    session = ws.Session(folder, "CONTOH-barlingmascakeb-faktor")  # readonly not asked for
    assert len(session.participants()) == 6
    assert sorted(p.name for p in folder.iterdir()) == before
