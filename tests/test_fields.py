"""The catalogue of cooperation fields and a group's candidate list (kadlib.fields)."""

from __future__ import annotations

import pandas as pd
import pytest

import kadlib
from kadlib import KadDataError, fields, scoring


@pytest.fixture(scope="module")
def table():
    return kadlib.load_fields()


def test_every_row_is_sourced_and_marked(table):
    known = set(kadlib.load_sources()["source_id"])
    for rec in table.to_dict("records"):
        assert rec["source"] and set(rec["source"].split("; ")) <= known, rec["field_id"]
        assert rec["confidence"] in ("confirmed", "partly_confirmed", "unverified")
        assert rec["reason_id"] and rec["reason_en"], rec["field_id"]
    assert table["field_id"].is_unique


def test_public_services_have_an_urusan_and_economic_fields_no_category_o(table):
    public = table[table["kind"] == "layanan_publik"]
    assert (public["urusan"] != "").all() and (public["urusan_source"] == "S16").all()
    assert set(public["urusan_class"]) <= {
        "wajib_pelayanan_dasar",
        "wajib_non_pelayanan_dasar",
        "pilihan",
    }
    assert (public["pdrb_sectors"] == "").all()  # an LQ is no evidence for a shared landfill
    codes = {c for v in table["pdrb_sectors"] for c in v.split("; ") if c}
    assert "O" not in codes and codes <= set(kadlib.load_sectors()["sector_code"])


def test_kartamantul_six_sectors_are_public_services_with_a_case_reason(table):
    t = table.set_index("field_id")
    six = ["persampahan", "air_limbah", "air_minum", "drainase", "jalan", "transportasi"]
    assert all("kartamantul" in t.loc[f, "groups"] for f in six)
    assert (t.loc[six, "kind"] == "layanan_publik").all() and (
        t.loc[six, "reason_basis"] == "case"
    ).all()
    assert (
        "hulu" in t.loc["air_limbah", "reason_id"]
        and "upstream" in t.loc["air_limbah", "reason_en"]
    )
    assert t.loc["air_limbah", "urusan_label_id"] == "Pekerjaan umum dan penataan ruang"
    assert t.loc["transportasi", "urusan_class"] == "wajib_non_pelayanan_dasar"


def test_candidates_from_the_case():
    c = fields.candidates("Kartamantul")
    assert c.index.tolist() == [
        "persampahan",
        "air_limbah",
        "air_minum",
        "drainase",
        "jalan",
        "transportasi",
        "penataan_ruang",
    ]
    assert (c["origin"] == "case").all()
    assert c.loc["jalan", "participants"] == ["3402", "3404", "3471"]
    kadlib.set_language("en")
    assert fields.candidates("kartamantul").loc["drainase", "label"] == "Integrated drainage"


def _lq():
    # hand-made LQ of three members: A basis in a and b; G basis in c only; O basis everywhere
    rows = [
        ("3301", "A", 1.5),
        ("3302", "A", 1.2),
        ("3303", "A", 0.5),
        ("3301", "G", 0.8),
        ("3302", "G", 0.9),
        ("3303", "G", 1.4),
        ("3301", "O", 2.0),
        ("3302", "O", 2.0),
        ("3303", "O", 2.0),
        ("3301", "C", 1.0),
        ("3302", "C", 1.1),
        ("3303", "C", 3.0),
    ]
    return pd.DataFrame(rows, columns=["region_code", "sector_code", "lq"]).assign(year=2019)


def test_candidates_from_data_follow_the_lq_rule():
    c = fields.candidates(members=["3301", "3302", "3303"], lq=_lq())
    # A is basis in 2 of 3 -> the four catalogue fields on A; G (1 of 3) only through pasar_lelang (A; G);
    # C is basis in 2 (LQ = 1.0 is not > 1); O is never a field
    assert set(c.index) == {
        "pertanian",
        "pasar_lelang",
        "perikanan",
        "perkebunan_kehutanan",
        "ketahanan_pangan",
        "industri",
    }
    assert c.loc["pertanian", "participants"] == ["3301", "3302"]
    assert c.loc["pasar_lelang", "participants"] == ["3301", "3302", "3303"]
    assert c.loc["industri", "participants"] == ["3302", "3303"]
    assert c.loc["pertanian", "evidence"].startswith(
        "sektor basis (LQ > 1 pada A) di 2 dari 3 anggota: 3301, 3302"
    )
    assert set(c["origin"]) == {"data"}
    strict = fields.candidates(members=["3301", "3302", "3303"], lq=_lq(), min_members=3)
    assert strict.index.tolist() == ["pasar_lelang"]


def test_candidates_need_one_year_of_lq():
    with pytest.raises(KadDataError, match=r"(?s)satu tahun.*one year"):
        fields.candidates(members=["3301"], lq=pd.concat([_lq(), _lq().assign(year=2020)]))


def test_own_fields_are_added_and_category_o_is_refused():
    c = fields.candidates(
        "Barlingmascakeb",
        fields=["pariwisata"],
        own=[
            {
                "field_id": "batik",
                "label": "Batik bersama",
                "pdrb_sectors": "C",
                "participants": ["Banyumas", "Purbalingga"],
            }
        ],
    )
    assert c.index.tolist() == ["pariwisata", "batik"]
    assert c.loc["batik", "origin"] == "own" and c.loc["batik", "kind"] == "ekonomi"
    assert c.loc["batik", "participants"] == ["3302", "3303"]
    with pytest.raises(
        KadDataError,
        match=r"(?s)own.*baris 1.*pdrb_sectors.*'O'.*bukan bidang kerja sama.*A–U selain O",
    ):
        fields.candidates(
            "Barlingmascakeb",
            own=[{"field_id": "adm", "label": "Administrasi", "pdrb_sectors": "O"}],
        )
    with pytest.raises(KadDataError, match=r"(?s)own.*baris 1.*field_id.*pariwisata"):
        fields.candidates(
            "Barlingmascakeb", fields=["pariwisata"], own=[{"field_id": "pariwisata", "label": "x"}]
        )
    with pytest.raises(KadDataError, match=r"(?s)field_id.*'wisata'.*pariwisata"):
        fields.candidates("Barlingmascakeb", fields=["wisata"])
    with pytest.raises(KadDataError, match=r"(?s)own.*field_id, label"):
        fields.candidates("Barlingmascakeb", own=[{"name": "x"}])
    with pytest.raises(
        KadDataError, match=r"(?s)own.*baris 1.*label.*sel wajib ini kosong.*field_id dan label"
    ):
        fields.candidates("Barlingmascakeb", own=[{"field_id": "batik", "label": " "}])


def test_no_candidates_is_an_error():
    with pytest.raises(KadDataError, match="tabel kosong"):
        fields.candidates(members=["3301"])


def test_is_cooperation_sector():
    assert [
        s for s in kadlib.load_sectors()["sector_code"] if not fields.is_cooperation_sector(s)
    ] == ["O"]


def test_decision_frame_is_ready_for_the_decision_matrix():
    example = kadlib.load_example_workshop()["scores"]
    c = fields.candidates(
        "Barlingmascakeb",
        fields=["perdagangan", "pertanian", "pariwisata", "transportasi", "industri"],
    )
    frame = fields.decision_frame(c, example)
    assert frame.index.tolist() == c.index.tolist()  # the candidates' order, not the sheet's
    assert frame.columns.tolist() == ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]
    dm = scoring.DecisionMatrix(frame, scale=(1, 5))
    ranked = scoring.score(dm, scoring.weights_equal(dm), gate=fields.participants(c))
    assert set(ranked.index) == set(c.index)
    with pytest.raises(KadDataError, match=r"(?s)scores.*'perdagangan'"):
        fields.decision_frame(c, example.drop(index="perdagangan"))
    # the message is about the scoring sheet, not about missing PDRB data
    with pytest.raises(KadDataError) as missing:
        fields.decision_frame(c, example.drop(index="perdagangan"))
    text = str(missing.value)
    assert "belum diberi skor" in text and "has no scores" in text
    assert "perdagangan, pertanian, pariwisata, transportasi, industri" in text
    assert "load_sector_pdrb" not in text
    with pytest.raises(KadDataError, match=r"(?s)scores.*'industri'"):
        fields.decision_frame(c.drop(index="industri"), example)


def test_template_has_the_judgement_criteria():
    sheet = fields.template(fields.candidates("Kartamantul"))
    assert sheet.columns.tolist() == [
        "label",
        "kebutuhan",
        "potensi",
        "prinsip",
        "champion",
        "prospek",
    ]
    assert sheet[["kebutuhan"]].isna().all().all() and len(sheet) == 7


def test_unknown_group_and_kind_are_refused():
    with pytest.raises(KadDataError, match="Kartamantol"):
        fields.candidates("Kartamantol")
    with pytest.raises(KadDataError, match=r"(?s)kind.*ekonomi, layanan_publik"):
        fields.catalogue("sosial")
    assert set(fields.catalogue("ekonomi")["kind"]) == {"ekonomi"}
