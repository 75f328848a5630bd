"""Paper back into the store: the note taker's XLSX, read back with validation, imported once.

Round trip: print -> fill (openpyxl, as a note taker types it) -> read -> store -> the store's
readers and the dashboard see the same numbers; every bad value kind names its sheet, Excel row
and column; a seeded mutation fuzzer; importing twice counts nothing twice; text stays text.
"""

from __future__ import annotations

import math
import random
import re
import zipfile
from datetime import datetime
from itertools import combinations

import numpy as np
import pytest
from openpyxl import load_workbook

from kadlib import KadDataError, i18n, worksheets
from kadlib.store import open_session

GROUP = "kartamantul"  # members 3471 Kota Yogyakarta, 3404 Sleman, 3402 Bantul


@pytest.fixture
def store(tmp_path):
    s = open_session("kelas-kertas", folder=tmp_path / "lokakarya", group=GROUP)
    s.add_participant("Ani", "3471", channel="notebook")
    yield s
    s.close()


def blocks(ws) -> list[int]:
    """Excel rows of the name row of every block of a tab."""
    return [r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "_peserta"]


def item_row(ws, block: int, key: str) -> int:
    r = block + 1
    while ws.cell(row=r, column=1).value not in (None, "_peserta"):
        if ws.cell(row=r, column=1).value == key:
            return r
        r += 1
    raise KeyError(key)


def person(ws, block, name, region):
    ws.cell(row=block, column=3).value = name
    ws.cell(row=block, column=5).value = region


FACTOR_A = {"komitmen_pimpinan": (5, 4), "identifikasi_kebutuhan": (4, "3")}
FIELDS_A = {  # Ani, every field on every criterion
    f: {c: v for c, v in zip(worksheets._judgement_criteria(), vals, strict=True)}
    for f, vals in {
        "pertanian": (5, 4, 4, 3, 5),
        "pariwisata": (3, "4", 5, 2, 4),
        "perdagangan": (2, 2, 3, 3, 3),
        "transportasi": (4, 5, 4, 4, 4),
        "industri": (1, 2, 2, 1, 2),
    }.items()
}


def filled(store, path):
    """A workbook filled as a note taker would: Ani (registered) and Budi (paper only, Sleman)."""
    wb = load_workbook(worksheets.entry_workbook(store, path, spare=3, tables=2))
    crit = worksheets._judgement_criteria()
    ws = wb["Faktor"]
    ani, budi = blocks(ws)[:2]
    for fid, (imp, cond) in FACTOR_A.items():
        r = item_row(ws, ani, fid)
        ws.cell(row=r, column=3).value, ws.cell(row=r, column=4).value = imp, cond
    person(ws, budi, "Budi", "Sleman")
    r = item_row(ws, budi, "komitmen_pimpinan")
    ws.cell(row=r, column=3).value, ws.cell(row=r, column=4).value = "3", "4,0"
    ws = wb["Bidang"]
    ani, budi = blocks(ws)[:2]
    person(ws, budi, "Budi", "3404")  # a code is read as well as a name
    for fid, scores in FIELDS_A.items():
        for j, c in enumerate(crit):
            ws.cell(row=item_row(ws, ani, fid), column=3 + j).value = scores[c]
            ws.cell(row=item_row(ws, budi, fid), column=3 + j).value = 3
    ws = wb["AHP"]
    ani, budi = blocks(ws)[:2]
    person(ws, budi, " Budi ", "sleman")  # the same person, spaces and case of the region aside
    for a, b in combinations(crit, 2):
        ws.cell(row=item_row(ws, ani, f"{a}|{b}"), column=3).value = "3" if a == crit[0] else "1"
        ws.cell(row=item_row(ws, budi, f"{a}|{b}"), column=3).value = "1/3" if a == crit[0] else 1
    ws = wb["Visi"]
    table1 = blocks(ws)[0]
    person(ws, table1, "Citra", "Bantul")  # writer of table 1, only on paper
    ws.cell(row=table1 + 1, column=3).value = "Kartamantul tumbuh bersama"
    ws.cell(row=table1 + 2, column=3).value = "=Pasar bersama"  # text, as typed with a quote
    ws.cell(row=table1 + 2, column=3).data_type = "s"
    first = table1 + 4
    ws.cell(row=first, column=2).value = "Pasar lelang bergilir"
    ws.cell(row=first, column=6).value = 2027
    ws.cell(row=first, column=7).value = 1
    wb.save(path)
    return path


def test_round_trip_paper_to_store_to_dashboard(store, tmp_path):
    from kadlib.dashboard import load_day

    path = filled(store, tmp_path / "isian.xlsx")
    report = worksheets.import_filled(store, path)
    assert (report["status"] == "stored").all()
    counts = {(r.step, r.name): r.entries for r in report.itertuples()}
    assert counts == {
        ("factors", "Ani"): 4,
        ("factors", "Budi"): 2,
        ("fields", "Ani"): 25,
        ("fields", "Budi"): 25,
        ("weights", "Ani"): 10,
        ("weights", "Budi"): 10,
        ("vision", "Citra"): 3,
    }
    assert report.set_index(["step", "name"])["new"].to_dict() == {
        ("factors", "Ani"): False,
        ("factors", "Budi"): True,
        ("fields", "Ani"): False,
        ("fields", "Budi"): False,
        ("weights", "Ani"): False,
        ("weights", "Budi"): False,
        ("vision", "Citra"): True,
    }
    people = store.participants().set_index("name")
    assert people.loc["Budi", "region"] == "3404" and people.loc["Budi", "channel"] == "paper"
    assert people.loc["Citra", "region"] == "3402" and len(people) == 3
    assert set(store.history()["channel"]) == {"paper"}

    ratings = store.ratings()
    got = {(r.name, r.item, r.measure): r.value for r in ratings.itertuples()}
    assert got == {
        ("Ani", "komitmen_pimpinan", "importance"): 5,
        ("Ani", "komitmen_pimpinan", "condition"): 4,
        ("Ani", "identifikasi_kebutuhan", "importance"): 4,
        ("Ani", "identifikasi_kebutuhan", "condition"): 3,
        ("Budi", "komitmen_pimpinan", "importance"): 3,
        ("Budi", "komitmen_pimpinan", "condition"): 4,
    }
    # the room's field scores: the mean of Ani's sheet and Budi's all-3 sheet
    crit = worksheets._judgement_criteria()
    room = store.decision_matrix(how="mean").scores
    for fid, scores in FIELDS_A.items():
        for c in crit:
            assert room.at[fid, c] == pytest.approx((float(scores[c]) + 3) / 2)
    # weights: Ani says the first criterion is 3x each other, Budi 1/3: the geometric mean is equal weights
    w = store.group_weights().weights
    assert w.to_numpy() == pytest.approx(np.full(5, 0.2))
    ani = store.participant_weights().iloc[0]
    assert ani[crit[0]] == pytest.approx(3 / 7) and ani[crit[1]] == pytest.approx(1 / 7)
    # vision: the activity line becomes a vote and a comment for its field; the texts stay text
    votes = store.votes()
    assert votes.at["pertanian", "votes"] == 1 and votes["votes"].sum() == 1
    comments = store.comments().set_index("item")["text"]
    assert comments["_vision"] == "Visi bersama: Kartamantul tumbuh bersama | Misi: =Pasar bersama"
    assert comments["pertanian"] == (
        "Program / kegiatan: Pasar lelang bergilir; Jangka waktu: 2027; Prioritas: 1"
    )

    day = load_day(store)
    assert day.extra["parts"]["ratings"] == "live" and day.extra["parts"]["fields"] == "live"
    assert day.extra["parts"]["weights"] == "live"
    assert day.extra["n_scores"] == 2 and day.extra["n_weights"] == 2
    assert day.scores.loc["pertanian", crit].astype(float).tolist() == pytest.approx(
        room.loc["pertanian", crit].tolist()
    )
    assert len(day.ratings) == 6 and sorted(day.participants["name"]) == ["Ani", "Budi", "Citra"]


def test_importing_twice_counts_nothing_twice_and_a_correction_wins(store, tmp_path):
    path = filled(store, tmp_path / "isian.xlsx")
    worksheets.import_filled(store, path)
    version, history = store.version(), len(store.history())
    again = worksheets.import_filled(store, path)
    assert (again["status"] == "unchanged").sum() == 7 and set(again["status"]) <= {
        "unchanged",
        "blank",
    }
    assert store.version() == version and len(store.history()) == history
    # the note taker corrects one value: only that block is stored again, and it wins
    wb = load_workbook(path)
    ws = wb["Faktor"]
    r = item_row(ws, blocks(ws)[1], "komitmen_pimpinan")
    ws.cell(row=r, column=3).value = 5
    wb.save(path)
    third = worksheets.import_filled(store, path)
    assert third.loc[third["status"] == "stored", ["step", "name"]].values.tolist() == [
        ["factors", "Budi"]
    ]
    ratings = store.ratings().set_index(["name", "item", "measure"])["value"]
    assert ratings[("Budi", "komitmen_pimpinan", "importance")] == 5
    assert len(store.ratings()) == 6  # replaced, not added
    # reopening the file (after a restart) keeps everything and still knows what was imported
    folder = store.path.parent
    store.close()
    reopened = open_session("kelas-kertas", folder=folder)
    assert "stored" not in set(worksheets.import_filled(reopened, path)["status"])
    reopened.close()


def test_a_name_typed_in_another_case_is_the_stores_duplicate_name_error(store, tmp_path):
    import pandas as pd

    path = tmp_path / "nama.xlsx"
    nobody = pd.DataFrame(columns=["name", "region"])  # only blank blocks
    wb = load_workbook(worksheets.entry_workbook(store, path, participants=nobody, spare=2))
    ws = wb["Faktor"]
    person(ws, blocks(ws)[0], "Eka", "Sleman")  # a new person: would be stored ...
    ws.cell(row=item_row(ws, blocks(ws)[0], "komitmen_pimpinan"), column=3).value = 3
    person(ws, blocks(ws)[1], "ani", "Kota Yogyakarta")  # ... but Ani is registered as "Ani"
    ws.cell(row=item_row(ws, blocks(ws)[1], "komitmen_pimpinan"), column=3).value = 4
    wb.save(path)
    with pytest.raises(KadDataError) as info:
        worksheets.import_filled(store, path)
    err = info.value
    assert (err.key, err.sheet, err.row, err.column, err.value) == (
        "err_duplicate_name",
        "Faktor",
        25,
        "C",
        "ani",
    )
    assert "(sebagai 'Ani')" in str(err)
    assert store.version() == 0 and len(store.participants()) == 1  # nothing written, not even Eka


def test_blank_blocks_and_blank_cells_are_not_answers(store, tmp_path):
    path = tmp_path / "kosong.xlsx"
    wb = load_workbook(worksheets.entry_workbook(store, path, spare=2))
    ws = wb["Faktor"]
    person(ws, blocks(ws)[1], "Dewi", "Bantul")  # a name, nothing else: listed as blank
    wb.save(path)
    frame = worksheets.read_filled(path)
    assert len(frame) == 0
    assert [(b["sheet"], b["name"]) for b in frame.attrs["blank"]] == [
        ("Faktor", "Ani"),  # the registered participant's block, nothing typed in it
        ("Faktor", "Dewi"),
        ("Bidang", "Ani"),
        ("AHP", "Ani"),
    ]
    report = worksheets.import_filled(store, path)
    assert set(report["status"]) == {"blank"} and report["entries"].sum() == 0
    assert store.version() == 0 and "Dewi" not in set(store.participants()["name"])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1/3", 1 / 3), ("0,5", 0.5), ("0.333", 1 / 3), (0.2, 0.2), ("9", 9.0), (" 1 / 7 ", 1 / 7)],
)
def test_saaty_values_are_read_in_every_usual_spelling(store, tmp_path, typed, expected):
    path = tmp_path / "ahp.xlsx"
    wb = load_workbook(worksheets.entry_workbook(store, path, spare=0))
    ws = wb["AHP"]
    b = blocks(ws)[0]
    for r in range(b + 2, b + 12):
        ws.cell(row=r, column=3).value = typed
    wb.save(path)
    frame = worksheets.read_filled(path)
    values = frame.loc[frame["measure"] == "ahp", "value"]
    assert len(values) == 10 and values.to_numpy() == pytest.approx(np.full(10, expected))


def bad_case(store, tmp_path, edit):
    path = tmp_path / "salah.xlsx"
    wb = load_workbook(worksheets.entry_workbook(store, path, spare=2))
    edit(wb)
    wb.save(path)
    return path


def _set(sheet, key, col, value, block=0, name=None, formula=False):
    def edit(wb):
        ws = wb[sheet]
        b = blocks(ws)[block]
        if name:
            person(ws, b, *name)
        r = b if key == "_peserta" else item_row(ws, b, key)
        ws.cell(row=r, column=col).value = value
        if formula:
            ws.cell(row=r, column=col).data_type = "f"

    return edit


PAIR = "kebutuhan|potensi"  # the first pair: row 7 of the first block
BAD = [
    # (sheet, key, column, value, reason, excel row, column letter)
    ("Faktor", "komitmen_pimpinan", 3, 7, "err_out_of_scale", 7, "C"),
    ("Faktor", "komitmen_pimpinan", 4, 0, "err_out_of_scale", 7, "D"),
    ("Faktor", "identifikasi_kebutuhan", 3, "4,5", "err_out_of_scale", 8, "C"),
    ("Faktor", "identifikasi_kebutuhan", 4, 2.5, "err_out_of_scale", 8, "D"),
    ("Faktor", "identifikasi_kebutuhan", 3, "empat", "err_not_numeric", 8, "C"),
    ("Faktor", "identifikasi_kebutuhan", 3, True, "err_not_numeric", 8, "C"),
    ("Faktor", "identifikasi_kebutuhan", 3, datetime(2026, 3, 1), "err_not_numeric", 8, "C"),
    ("Faktor", "identifikasi_kebutuhan", 3, "nan", "err_not_numeric", 8, "C"),
    ("Bidang", "pertanian", 5, 6, "err_out_of_scale", 7, "E"),
    ("Bidang", "industri", 7, "-1", "err_out_of_scale", 11, "G"),
    ("AHP", PAIR, 3, "1/10", "err_out_of_scale", 7, "C"),
    ("AHP", PAIR, 3, "0.3", "err_out_of_scale", 7, "C"),
    ("AHP", PAIR, 3, 10, "err_out_of_scale", 7, "C"),
    ("AHP", PAIR, 3, "1/0", "err_not_numeric", 7, "C"),
    ("AHP", PAIR, 3, datetime(2026, 1, 3), "err_not_numeric", 7, "C"),  # Excel's "1/3"
]


@pytest.mark.parametrize(("sheet", "key", "col", "value", "reason", "row", "letter"), BAD)
def test_every_bad_value_names_sheet_row_column_and_what_is_allowed(
    store, tmp_path, sheet, key, col, value, reason, row, letter
):
    def edit(wb):
        _set(sheet, key, col, value, name=("Eka", "Sleman"))(wb)
        if sheet == "AHP":  # every other pair answered, so only the bad one is wrong
            ws = wb["AHP"]
            for r in range(8, 17):
                ws.cell(row=r, column=3).value = 1

    path = bad_case(store, tmp_path, edit)
    with pytest.raises(
        KadDataError, match=rf"lembar '{sheet}', baris {row}, kolom '{letter}'"
    ) as info:
        worksheets.read_filled(path)
    err = info.value
    assert (err.key, err.file, err.sheet, err.row, err.column) == (
        reason,
        "salah.xlsx",
        sheet,
        row,
        letter,
    )
    text = str(err)
    assert "Yang diizinkan:" in text and "[en] file 'salah.xlsx', sheet" in text
    assert ("1/9" in text) if sheet == "AHP" else ("1 sampai 5" in text)


@pytest.mark.parametrize(
    ("edit", "reason", "row", "letter"),
    [
        (
            _set("Faktor", "komitmen_pimpinan", 3, "=1+1", name=("Eka", "Sleman"), formula=True),
            "err_formula",
            7,
            "C",
        ),
        (_set("Faktor", "komitmen_pimpinan", 3, 4, block=1), "err_blank", 25, "C"),  # no name
        (_set("Faktor", "komitmen_pimpinan", 3, 4, name=("Eka", "")), "err_blank", 5, "E"),
        (
            _set("Faktor", "komitmen_pimpinan", 3, 4, name=("Eka", "Klaten")),
            "err_region_not_member",
            5,
            "E",
        ),
        (_set("Faktor", "_peserta", 3, "=Eka", formula=True), "err_formula", 5, "C"),
        (_set("AHP", PAIR, 3, 3, name=("Eka", "Sleman")), "err_blank", 8, "C"),  # one pair of ten
        (
            _set("Visi", "_kegiatan", 3, "Perikanan laut", name=("Eka", "Sleman")),
            "err_unknown_item",
            9,
            "C",
        ),
        (_set("Visi", "_vision", 3, "x" * 600, name=("Eka", "Sleman")), "err_text_long", 6, "C"),
    ],
)
def test_bad_blocks_are_refused_with_their_cell(store, tmp_path, edit, reason, row, letter):
    def both(wb):
        edit(wb)
        ws = wb["Visi"]  # an activity line needs its field filled in (the first line has one)
        if reason == "err_unknown_item":
            ws.cell(row=9, column=2).value = "Kapal bersama"

    path = bad_case(store, tmp_path, both)
    with pytest.raises(KadDataError) as info:
        worksheets.read_filled(path)
    assert (info.value.key, info.value.row, info.value.column) == (reason, row, letter)


def test_activity_priority_and_field_and_twice(store, tmp_path):
    def priority(wb):
        ws = wb["Visi"]
        person(ws, blocks(ws)[0], "Eka", "Sleman")
        ws.cell(row=9, column=2).value = "Pasar lelang"
        ws.cell(row=9, column=7).value = 99

    with pytest.raises(KadDataError, match=r"baris 9, kolom 'G', nilai 99: nilai di luar skala"):
        worksheets.read_filled(bad_case(store, tmp_path, priority))

    def no_field(wb):
        ws = wb["Visi"]
        person(ws, blocks(ws)[0], "Eka", "Sleman")
        ws.cell(row=10, column=2).value = "Kegiatan tanpa bidang"
        ws.cell(row=10, column=3).value = None  # the note taker cleared the printed field

    with pytest.raises(KadDataError, match=r"baris 10, kolom 'C': sel kosong") as info:
        worksheets.read_filled(bad_case(store, tmp_path, no_field))
    assert "Agribisnis dan pasar lelang" in str(info.value)

    def twice(wb):
        ws = wb["Faktor"]
        b1, b2 = blocks(ws)[1:3]
        for b in (b1, b2):
            person(ws, b, "Eka", "Sleman")
            ws.cell(row=item_row(ws, b, "identifikasi_kebutuhan"), column=3).value = 3
        ws.cell(row=b2, column=3).value = " eka "

    with pytest.raises(KadDataError, match="sudah ada di baris 25") as info:
        worksheets.read_filled(bad_case(store, tmp_path, twice))
    assert (info.value.key, info.value.row) == ("err_participant_twice", 45)


def test_changed_layout_other_session_and_not_a_workbook(store, tmp_path):
    def changed(wb):
        wb["Bidang"].cell(row=8, column=1).value = "pertambangan"

    with pytest.raises(KadDataError) as info:
        worksheets.read_filled(bad_case(store, tmp_path, changed))
    assert (info.value.key, info.value.sheet, info.value.row, info.value.column) == (
        "err_template_changed",
        "Bidang",
        8,
        "A",
    )

    def typed_outside(wb):
        wb["Faktor"].cell(row=24, column=4).value = 5  # the empty row between two blocks

    with pytest.raises(KadDataError) as info:
        worksheets.read_filled(bad_case(store, tmp_path, typed_outside))
    assert (info.value.key, info.value.row, info.value.column) == ("err_template_changed", 24, "D")

    path = bad_case(store, tmp_path, lambda wb: None)
    with pytest.raises(KadDataError, match="templat dari sesi lain"):
        worksheets.read_filled(path, session="sesi-lain")
    (tmp_path / "bukan.xlsx").write_bytes(b"PK\x03\x04 bukan zip")
    with pytest.raises(KadDataError, match="lembar isian yang dibuat oleh"):
        worksheets.read_filled(tmp_path / "bukan.xlsx")
    with pytest.raises(KadDataError, match="tidak ditemukan"):
        worksheets.read_filled(tmp_path / "tidak-ada.xlsx")

    def no_meta(wb):
        del wb["_kadlib"]

    with pytest.raises(KadDataError, match="lembar isian yang dibuat oleh"):
        worksheets.read_filled(bad_case(store, tmp_path, no_meta))
    # one bad file among good ones: nothing at all is stored
    good = filled(store, tmp_path / "baik.xlsx")
    bad = bad_case(
        store, tmp_path, _set("Faktor", "identifikasi_kebutuhan", 3, 9, name=("Eka", "Sleman"))
    )
    with pytest.raises(KadDataError):
        worksheets.import_filled(store, [good, bad])
    assert store.version() == 0


HOSTILE_NAMES = ['=HYPERLINK("http://x","klik")', "+62 811", "-Ani-", "@Budi", "Ani <b>"]


def test_texts_are_written_as_text_never_as_formulas(tmp_path):
    s = open_session("teks", folder=tmp_path, group=GROUP)
    for name in HOSTILE_NAMES:
        s.add_participant(name, "3471")
    path = worksheets.entry_workbook(s, tmp_path / "teks.xlsx", spare=0)
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    wb = load_workbook(path)
    ws = wb["Faktor"]
    names = [ws.cell(row=b, column=3) for b in blocks(ws)]
    assert [c.value for c in names] == HOSTILE_NAMES and {c.data_type for c in names} == {"s"}
    # numbers are numbers: the hidden meta sheet's schema, and nothing typed is a formula
    assert wb["_kadlib"]["B1"].value == 1 and wb["_kadlib"]["B1"].data_type == "n"
    for b in blocks(ws):
        ws.cell(row=b + 2, column=3).value = 4
    wb.save(path)
    report = worksheets.import_filled(s, path)
    stored = report[report["status"] == "stored"]
    assert sorted(stored["name"]) == sorted(HOSTILE_NAMES) and set(stored["step"]) == {"factors"}
    assert len(s.participants()) == len(HOSTILE_NAMES)  # the same people, not new ones
    s.close()


def test_the_workbook_has_the_printed_order_dropdowns_and_the_session_items(store, tmp_path):
    store.add_participant("Bayu", "3402")
    paths = worksheets.session_sheets(store, folder=tmp_path, when="2026-11-22", spare=2)
    assert [p.suffix for p in paths] == [".html"] * 4 + [".xlsx"]
    html_factor, _, html_ahp, html_vision = (p.read_text() for p in paths[:4])
    assert html_factor.index("Ani") < html_factor.index("Bayu")
    assert html_ahp.count("class='sheet'") == 2 and "Bayu" in html_ahp  # one named page each
    wb = load_workbook(paths[-1])
    assert wb["_kadlib"].sheet_state == "hidden" and wb["_daftar"].sheet_state == "hidden"
    for tab, rows in (("Faktor", 17), ("Bidang", 5), ("AHP", 10)):
        ws = wb[tab]
        assert ws.column_dimensions["A"].hidden
        names = [ws.cell(row=b, column=3).value for b in blocks(ws)]
        assert names == ["Ani", "Bayu", None, None]  # registered first (printed order), then spare
        b = blocks(ws)[0]
        assert ws.cell(row=b, column=5).value == "Kota Yogyakarta"
        keys = [ws.cell(row=r, column=1).value for r in range(b + 2, b + 2 + rows)]
        assert None not in keys and len(set(keys)) == rows
    vision = wb["Visi"]
    first = blocks(vision)[0]
    lines = [vision.cell(row=first + 4 + k, column=1).value for k in range(6)]
    printed = html_vision.count("<td style='height:12mm'>")
    assert printed == 5 and lines == ["_kegiatan"] * printed + [None]  # the printed lines, no more
    assert [vision.cell(row=first + 4 + k, column=3).value for k in range(2)] == [
        "Agribisnis dan pasar lelang hasil pertanian",
        "Pariwisata terpadu (paket wisata lintas kabupaten)",
    ]
    lists = {dv.type: dv for dv in wb["Faktor"].data_validations.dataValidation}
    assert lists["list"].formula1 in ('"1,2,3,4,5"', "'_daftar'!$A$1:$A$3")
    ahp = wb["AHP"]
    assert ahp.cell(row=7, column=3).number_format == "@"  # "1/3" stays text, never a date
    saaty = [wb["_daftar"].cell(row=i, column=3).value for i in range(1, 18)]
    assert saaty[0] == "9" and saaty[8] == "1" and saaty[-1] == "1/9"
    regions = [wb["_daftar"].cell(row=i, column=1).value for i in range(1, 4)]
    assert sorted(regions) == ["Bantul", "Kota Yogyakarta", "Sleman"]


def test_an_english_workbook_is_read_in_any_language(store, tmp_path):
    path = tmp_path / "en.xlsx"
    wb = load_workbook(worksheets.entry_workbook(store, path, spare=1, lang="en"))
    assert wb.sheetnames[:5] == ["Instructions", "Factors", "Fields", "AHP", "Vision"]
    ws = wb["Factors"]
    ws.cell(row=7, column=3).value = 2
    wb.save(path)
    i18n.set_language("id")
    frame = worksheets.read_filled(path)
    assert frame[["sheet", "name", "item", "value"]].values.tolist() == [
        ["Factors", "Ani", "komitmen_pimpinan", 2.0]
    ]


# ----------------------------------------------------------------------------- fuzzer
POOL = [
    None,
    "",
    " ",
    0,
    1,
    3,
    5,
    6,
    9,
    -1,
    2.5,
    1e308,
    float("nan"),
    float("inf"),
    "3",
    "4,0",
    "1/3",
    "1/9",
    "1/0",
    "0/0",
    "9/1",
    "0,5",
    "0.333",
    "abc",
    "=1+1",
    "@x",
    "+5",
    True,
    False,
    datetime(2026, 3, 1),
    "Sleman",
    "Klaten",
    "3404",
    "Agribisnis dan pasar lelang hasil pertanian",
    "x" * 2000,
    "\u202e5",
    "５",
    "_peserta",
    "_kepala",
    "_kegiatan",
    "pertanian",
    "kebutuhan|potensi",
]


def _check_loaded(frame):
    """A correct load: every value is on its scale, every name and region is known."""
    for r in frame.itertuples():
        assert r.step in ("factors", "fields", "weights", "vision") and r.name
        assert r.region in ("3471", "3404", "3402")
        if r.step in ("factors", "fields"):
            assert r.value in (1.0, 2.0, 3.0, 4.0, 5.0)
        elif r.measure == "ahp":
            assert any(math.isclose(r.value, v) for v in worksheets._SAATY.values())
        elif r.measure == "mode":
            assert r.text == "ahp"
        elif r.measure == "vote":
            assert r.value == 1.0
        else:
            assert isinstance(r.text, str) and len(r.text) <= 1000 and "\x00" not in r.text


def _mutate(wb, rng, targets, undo):
    """One random change of a cell (value, sometimes a formula) or of the hidden meta sheet."""
    if rng.random() < 0.9:
        title, r, c = rng.choice(targets)
        cell = wb[title].cell(row=r, column=c)
    else:
        cell = wb["_kadlib"].cell(row=rng.randint(1, 11), column=2)
    if not hasattr(cell, "column_letter"):  # a merged cell cannot be written
        return
    undo.append((cell, cell.value, cell.data_type))
    try:
        cell.value = rng.choice(POOL)
    except ValueError:  # openpyxl refuses some values itself
        return
    if isinstance(cell.value, str) and cell.value.startswith("=") and rng.random() < 0.5:
        cell.data_type = "f"


def _outcome(read, outcomes, case):
    try:
        frame = read()
    except KadDataError as err:
        assert "berkas '" in str(err) and "[en] file '" in str(err), (case, str(err))
        outcomes["error"] += 1
        return
    _check_loaded(frame)
    outcomes["ok"] += 1


def test_mutation_fuzzer_gives_a_correct_load_or_kaddataerror(store, tmp_path):
    """300 seeded mutations in memory (undone after each), 30 more through a saved file with rows deleted."""
    rng = random.Random(20261201)
    base = filled(store, tmp_path / "dasar.xlsx")
    wb = load_workbook(base)
    targets = [
        (title, r, c)
        for title in ("Faktor", "Bidang", "AHP", "Visi")
        for r in range(1, wb[title].max_row + 2)
        for c in range(1, 9)
    ]
    outcomes = {"ok": 0, "error": 0}
    for case in range(300):
        undo = []
        for _ in range(rng.randint(1, 4)):
            _mutate(wb, rng, targets, undo)
        _outcome(lambda: worksheets.read_filled(wb, name="mutan.xlsx"), outcomes, case)
        for cell, value, kind in reversed(undo):
            cell.value, cell.data_type = value, kind
    assert worksheets.read_filled(wb).equals(worksheets.read_filled(base))  # all undone
    path = tmp_path / "mutan.xlsx"
    for case in range(30):
        book = load_workbook(base)
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.5:
                sheet = book[rng.choice(("Faktor", "Bidang", "AHP", "Visi"))]
                sheet.delete_rows(rng.randint(1, 60), rng.randint(1, 3))
            else:
                _mutate(book, rng, targets, [])
        book.save(path)
        _outcome(lambda: worksheets.read_filled(path), outcomes, case)
    assert outcomes["ok"] > 20 and outcomes["error"] > 50, outcomes


# ----------------------------------------------------------------------------- the live app's paper page
def _client(st):
    import warnings

    with warnings.catch_warnings():  # starlette 1.x suggests httpx2; httpx is what is installed
        warnings.simplefilter("ignore", DeprecationWarning)
        from starlette.testclient import TestClient

    from kadlib.live import create_app

    app = create_app(
        st, facilitator_key="kunci-rahasia-fasilitator", join_url="http://x/gabung", gate=None
    )
    return TestClient(app, base_url="http://testserver", follow_redirects=False)


def _csrf(text):
    return re.search(r'name="csrf" value="([^"]+)"', text).group(1)


def test_facilitator_downloads_the_workbook_and_uploads_it_filled(store, tmp_path):
    import io

    c = _client(store)
    assert c.get("/fasilitator/kertas.xlsx").status_code == 403  # facilitator only
    assert "kunci" in c.get("/fasilitator/kertas").text.lower()  # the login form
    assert c.get("/fasilitator?kunci=kunci-rahasia-fasilitator").status_code == 303
    assert 'href="/fasilitator/kertas"' in c.get("/fasilitator").text
    r = c.get("/fasilitator/kertas.xlsx")
    assert r.status_code == 200 and r.headers["content-type"].startswith(
        "application/vnd.openxmlformats"
    )
    assert 'filename="kelas-kertas_isian-kertas.xlsx"' in r.headers["content-disposition"]
    wb = load_workbook(io.BytesIO(r.content))
    assert wb["Faktor"]["C5"].value == "Ani"
    path = filled(store, tmp_path / "unggah.xlsx")
    page = c.get("/fasilitator/kertas").text
    token = _csrf(page)
    files = {"berkas": ("isian notulis.xlsx", path.read_bytes(), "application/octet-stream")}
    assert c.post("/fasilitator/kertas", data={"csrf": "x"}, files=files).status_code == 403
    r = c.post("/fasilitator/kertas", data={"csrf": token}, files=files)
    assert r.status_code == 200, r.text
    assert "7 blok disimpan, 0 sudah pernah dimasukkan" in r.text and "Citra" in r.text
    assert len(store.participants()) == 3 and len(store.ratings()) == 6
    kept = sorted((store.path.parent / "kertas").glob("*/isian-notulis.xlsx"))
    assert len(kept) == 1 and kept[0].read_bytes() == path.read_bytes()  # the upload is kept
    r = c.post("/fasilitator/kertas", data={"csrf": token}, files=files)
    assert "0 blok disimpan, 7 sudah pernah dimasukkan" in r.text
    # a bad value: nothing stored, the message names the cell
    version = store.version()
    bad = bad_case(
        store, tmp_path, _set("Faktor", "identifikasi_kebutuhan", 3, 9, name=("Eka", "Sleman"))
    )
    files = {"berkas": ("salah.xlsx", bad.read_bytes(), "application/octet-stream")}
    r = c.post("/fasilitator/kertas", data={"csrf": token}, files=files)
    assert r.status_code == 400
    main = r.text[r.text.index("<main>") :]
    assert "salah.xlsx&#x27;, lembar &#x27;Faktor&#x27;, baris 8, kolom &#x27;C&#x27;" in main
    assert store.version() == version
    r = c.post("/fasilitator/kertas", data={"csrf": token})
    assert r.status_code == 400 and "Pilih dulu berkas" in r.text
    # only this path takes a large body; the others keep the 64 KB limit
    big = {"berkas": ("besar.xlsx", b"x" * (5 * 1024 * 1024), "application/octet-stream")}
    assert c.post("/fasilitator/kertas", data={"csrf": token}, files=big).status_code == 413
    assert c.post("/fasilitator/langkah", data={"csrf": token, "x": "y" * 70000}).status_code == 413


def test_submit_records_the_import_mark_only_with_its_submission(store):
    pid = store.participants()["id"][0]
    with pytest.raises(KadDataError):
        bad = {("komitmen_pimpinan", "importance"): 9}
        store.submit(pid, "factors", bad, channel="paper", imported=("paper:factors:x", "abc"))
    assert not store.imported("paper:factors:x", "abc") and store.version() == 0
    sid = store.submit(
        pid,
        "factors",
        {("komitmen_pimpinan", "importance"): 4},
        channel="paper",
        imported=("paper:factors:x", "abc"),
    )
    assert store.imported("paper:factors:x", "abc") and store.version() == sid
    assert store.history()["channel"].tolist() == ["paper"]
    with pytest.raises(KadDataError, match="salah satu dari: live, excel, notebook, paper"):
        store.submit(pid, "factors", {("komitmen_pimpinan", "importance"): 4}, channel="kertas")
