"""Key success factors and the group process: known answers, templates, autosave that survives a kill."""

from __future__ import annotations

import json
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
    table = pd.DataFrame([[5, 5, 3, 1], [4, 5, 3, 1], [5, 3, 4, 1]]).rsub(6)  # scores -> ranks (low = first)
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
    tidy = pd.DataFrame({"participant": ["p"] * 4, "item": ["a", "a", "b", "b"],
                         "measure": ["importance", "condition"] * 2, "value": [5, 1, 2, 4]})  # fmt: skip
    assert factors.importance_performance(tidy).loc["a", "quadrant"] == 1


def test_group_ahp_geometric_mean_equals_hand_computation():
    labels = ["komitmen_pimpinan", "champion", "pendanaan"]
    p1 = pd.DataFrame([[1, 4, 2], [1 / 4, 1, 1 / 2], [1 / 2, 2, 1]], index=labels, columns=labels)
    p2 = pd.DataFrame([[1, 1, 8], [1, 1, 2], [1 / 8, 1 / 2, 1]], index=labels, columns=labels)
    r = scoring.ahp_group([p1, p2])
    hand = pd.DataFrame([[1, 2, 4], [1 / 2, 1, 1], [1 / 4, 1, 1]], index=labels, columns=labels)  # sqrt(a*b)
    np.testing.assert_allclose(r.matrix, hand)
    np.testing.assert_allclose(r.weights, scoring.ahp(hand).weights)


# --------------------------------------------------------------------------- templates
PEOPLE = [("Ani Wulandari", "3471", "Bappeda"), ("Budi", "3404", "DPU"), ("Citra", "3402", "Bappeda")]


def fill(paths, values):
    for path, person_values in zip(paths, values, strict=True):
        wb = load_workbook(path)
        sheet = wb["Penilaian"]
        for i, (imp, cond) in enumerate(person_values):
            sheet.cell(row=ws.FIRST_ITEM_ROW + i, column=3, value=imp)
            sheet.cell(row=ws.FIRST_ITEM_ROW + i, column=4, value=cond)
        wb.save(path)


VALUES = [[(5, 2), (4, 3), (3, 1), (4, 4)], [(4, 2), (5, 2), (2, 2), (3, 5)], [(5, 3), (3, 3), (4, 1), (4, 4)]]


def test_round_trip_templates_to_numbers(tmp_path):
    paths = ws.make_templates(tmp_path, "barlingmascakeb-2026", PEOPLE, ITEMS)
    fill(paths, VALUES)
    r = ws.read_workbooks(tmp_path, "barlingmascakeb-2026")
    assert len(r) == 3 * 4 * 2
    back = r.pivot_table(index=["name", "item"], columns="measure", values="value")
    for (name, _, _), person in zip(PEOPLE, VALUES, strict=True):
        for item, (imp, cond) in zip(ITEMS, person, strict=True):
            assert back.loc[(name, item), "importance"] == imp and back.loc[(name, item), "condition"] == cond


def test_templates_have_dropdowns_limited_to_the_scale_and_instructions(tmp_path):
    path = ws.make_templates(tmp_path, "s", PEOPLE[:1], ITEMS)[0]
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Petunjuk" and "PETUNJUK" in wb["Petunjuk"]["A1"].value
    validations = wb["Penilaian"].data_validations.dataValidation
    assert validations and validations[0].formula1 == '"1,2,3,4,5"'
    assert wb["_kadlib"].sheet_state == "hidden"


def test_file_names_are_sanitised(tmp_path):
    paths = ws.make_templates(tmp_path, "s", [("../../etc/passwd", "", ""), ("Dr. Ñoño ☺", "", "")], ITEMS)
    assert all(p.parent == tmp_path for p in paths)
    assert [p.name.rsplit("-", 1)[0] for p in paths] == ["etc-passwd", "dr-nono"]


@pytest.mark.parametrize(
    ("change", "pattern"),
    [((7, 3), r"(?s)baris 7, kolom 'C', nilai 7.*nilai dari 1 sampai 5"),
     ((None, 3), r"(?s)baris 7, kolom 'C'.*sel kosong"),
     (("=1+4", 3), r"(?s)baris 7, kolom 'C'.*rumus tidak diterima"),
     ((2.5, 3), r"(?s)baris 7, kolom 'C', nilai 2.5.*di luar skala")],
)  # fmt: skip
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
    print(k, flush=True)  # only after the save returned
    k += 1
"""


@pytest.mark.slow
def test_killed_process_loses_no_saved_entry_and_tears_no_file(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    acked = -1
    deadline = time.monotonic() + 60
    while acked < 150 and time.monotonic() < deadline:
        acked = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)  # in the middle of the stream of saves
    proc.wait()
    assert acked >= 150
    files = list(tmp_path.glob("*.json"))
    assert len(files) == 1
    payload = json.loads(files[0].read_text())  # parses: no torn file
    entries = ws.Session(tmp_path, "kill-test").entries(payload["participant"]["id"])
    for k in range(max(0, acked - 39), acked + 1):  # the last write of each of the 40 items was acknowledged
        value = entries[f"item{k % 40:02d}|importance"]
        assert value == k % 5 + 1 or value == (k + 40) % 5 + 1  # or overwritten by a later, unacknowledged save


def test_participant_form_saves_on_every_change(tmp_path):
    s = ws.Session(tmp_path, "form")
    form = ws.participant_form(s, ws.Participant("Budi", "3404"), ITEMS)
    assert "Budi, 3404" in form.children[0].value  # who is filling in, by name
    form.kad_controls[("champion", "importance")].value = 4
    form.kad_controls[("pendanaan", "condition")].value = 2
    reopened = ws.participant_form(ws.Session(tmp_path, "form"), ws.Participant("Budi", "3404"), ITEMS)
    assert reopened.kad_controls[("champion", "importance")].value == 4
    assert reopened.kad_controls[("pendanaan", "condition")].value == 2
    assert reopened.kad_controls[("komunikasi", "importance")].value is None


# --------------------------------------------------------------------------- aggregation and consensus
def test_aggregation_methods_and_disagreement_flag():
    r = pd.DataFrame({"participant": list("abcd") * 2, "item": ["x"] * 4 + ["y"] * 4, "measure": "importance",
                      "value": [4, 4, 5, 4, 1, 5, 2, 5]})  # fmt: skip
    assert ws.aggregate(r, method="mean").loc["y", "importance"] == pytest.approx(3.25)
    assert ws.aggregate(r, method="median").loc["x", "importance"] == 4
    table, w = ws.consensus(r, "importance")
    assert table.index[0] == "y" and bool(table.loc["y", "disagree"]) and not table.loc["x", "disagree"]
    assert 0 <= w["w"] <= 1
