"""Scenario round trip and comparison; the HTML and XLSX result documents; the institutions table."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

import kadlib  # noqa: E402
from kadlib import KadDataError, report, scoring  # noqa: E402
from kadlib import neighbours as nb  # noqa: E402
from kadlib import scenario as scn  # noqa: E402

HOSTILE = [
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x","y")',
    "+1+2",
    "-5-3",
    "@SUM(A1)",
    "<img src=x onerror=alert(1)>",
]
CRITERIA = ["kebutuhan", "potensi", "prinsip", "champion", "prospek"]


@pytest.fixture(scope="module")
def workshop():
    ex = kadlib.load_example_workshop()
    dm = scoring.DecisionMatrix(ex["scores"][CRITERIA], scale=(1, 5), source="contoh")
    g = nb.neighbour_graph()
    gate = {s: nb.neighbour_rule(g, p) for s, p in ex["scores"]["participants"].items()}
    return ex, dm, gate


def make(workshop, weights=None, title="Contoh Barlingmascakeb"):
    ex, dm, gate = workshop
    a = scoring.ahp(ex["ahp"])
    w = a.weights if weights is None else weights
    s = scn.Scenario(
        title=title, group="Barlingmascakeb", members=kadlib.group_members("Barlingmascakeb")
    )
    s.record_scoring(
        dm,
        w,
        gate=gate,
        ahp_result=a if weights is None else None,
        robustness=scoring.robustness_mc(dm, w, draws=300),
        labels=ex["scores"]["label_id"].to_dict(),
    )
    for sid, parts in ex["scores"]["participants"].items():
        s.sectors[sid]["participants"] = parts
    s.vision = "Produk lokal Barlingmascakeb menjadi unggulan pasar nasional (contoh)"
    s.mission = ["Pemasaran bersama", "Pasar lelang bersama"]
    s.focus_activities = [
        {"name": "Pasar lelang bergilir", "sector": "pertanian", "description": "contoh"}
    ]
    s.actors = [{"name": "Bappeda Banyumas", "region": "3302", "role": "koordinator (contoh)"}]
    s.indicators = [
        scn.baseline_indicator("persentase_penduduk_miskin", s.members, 2023, how="mean")
    ]
    return s.record_baseline()


def test_scenario_round_trip_is_identical(workshop, tmp_path):
    s = make(workshop)
    path = s.save(
        tmp_path / "s.yaml",
        facilitator="Fasilitator",
        participants=["Ani", "Budi"],
        when="2026-11-22",
    )
    back = scn.Scenario.load(path)
    assert back == s
    text = path.read_text(encoding="utf-8")
    assert (
        text.startswith("# SKAD Kit scenario") and "kit_version" in text and "data_versions" in text
    )
    assert back.metadata["facilitator"] == "Fasilitator" and back.metadata["date"] == "2026-11-22"
    assert back.ahp["ri_table"] == "Saaty (1980)" and back.weights_method == "ahp"
    assert back.next_steps[0]["source"] == "S49"


def test_comparison_shows_a_changed_weight_and_the_rank_change_it_caused(workshop):
    a = make(workshop, title="A")
    w = {"kebutuhan": 0.05, "potensi": 0.05, "prinsip": 0.05, "champion": 0.05, "prospek": 0.80}
    b = make(workshop, weights=w, title="B")
    diff = scn.compare(a, b)
    assert diff["weights"].loc["prospek", "weight_change"] == pytest.approx(
        0.80 - a.weights["prospek"]
    )
    assert diff["ranks"].loc["pariwisata", "A"] > 1 and diff["ranks"].loc["pariwisata", "B"] == 1
    assert diff["ranks"].loc["pariwisata", "rank_change"] < 0
    assert diff["decisions"].loc["top_sector", "B"] == "pariwisata"


def test_indicator_baseline_from_the_data():
    ind = scn.baseline_indicator(
        "persentase_penduduk_miskin", ["3302", "3303"], 2023, how="per_region"
    )
    b = kadlib.load_baseline(["3302", "3303"], indicators="persentase_penduduk_miskin", years=2023)
    assert (
        ind["baseline"] == dict(zip(b.region_code, b.value, strict=True))
        and ind["unit"] == "persen"
    )
    with pytest.raises(KadDataError, match="3401 / 2024 / ipm"):
        scn.baseline_indicator("ipm", ["3302", "3401"], 2024)


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        ({"members": ["3302", "9876"]}, r"kode wilayah tidak dikenal"),
        ({"weights": {"kebutuhan": 1.0}}, r"(?s)bobot tidak cocok.*potensi"),
        (
            {"indicators": [{"name": "Pendapatan petani", "unit": ""}]},
            r"(?s)baris 1, kolom 'indicators.unit'.*tanpa satuan",
        ),
    ],
)
def test_validation(workshop, change, pattern):
    s = make(workshop)
    for key, value in change.items():
        setattr(s, key, value)
    with pytest.raises(KadDataError, match=pattern):
        s.validate()


def test_load_refuses_other_yaml(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text("title: x\n")
    with pytest.raises(KadDataError, match="Scenario.save"):
        scn.Scenario.load(p)


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.srcs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.srcs += [v for k, v in attrs if k in ("src", "href")]

    def handle_data(self, data):
        self.text.append(data)


def test_html_report_is_complete_self_contained_and_inert(workshop, tmp_path):
    s = make(workshop)
    s.title = HOSTILE[0]
    s.vision = HOSTILE[1]
    s.actors = [{"name": h, "region": "3302", "role": h} for h in HOSTILE]
    s.metadata["participants"] = HOSTILE
    html_text = report.to_html(s, tmp_path / "hasil.html").read_text(encoding="utf-8")
    parsed = _Collector()
    parsed.feed(html_text)
    assert "script" not in parsed.tags and "link" not in parsed.tags
    assert parsed.tags.count("img") == 2  # map and LQ chart, embedded
    assert all(src.startswith("data:image/png;base64,") for src in parsed.srcs)
    assert not re.search(r"(src|href)\s*=\s*['\"]?https?:", html_text) and "url(" not in html_text
    text = "".join(parsed.text)
    for hostile in HOSTILE:
        assert hostile in text  # shown as the participant typed it, as text
    for section in (
        "Sampul",
        "Ringkasan baseline",
        "Peringkat sektor",
        "Visi bersama",
        "Fokus kegiatan",
        "Aktor dan pembagian peran",
        "Tolok ukur",
        "Langkah berikutnya",
        "Sumber data",
    ):
        assert section in text, section
    assert "Kesepakatan Bersama" in text and "geoBoundaries" in text


def test_html_report_in_english(workshop, tmp_path):
    text = report.to_html(make(workshop), tmp_path / "r.html", lang="en", figures=False).read_text()
    assert "Shared vision" in text and "Next steps" in text and "<img" not in text


def test_xlsx_neutralises_formulas(workshop, tmp_path):
    s = make(workshop)
    s.vision = HOSTILE[1]
    s.actors = [{"name": h, "region": "3302", "role": h} for h in HOSTILE]
    path = report.to_xlsx(s, tmp_path / "hasil.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere
    wb = load_workbook(path)
    assert set(wb.sheetnames) >= {
        "Ringkasan",
        "Peringkat",
        "Bobot",
        "Misi",
        "Fokus",
        "Aktor",
        "Tolok ukur",
        "Langkah",
        "Sumber",
    }  # the same tables as the HTML document, sources included
    assert wb["Sumber"].max_row > 5
    actors = wb["Aktor"]
    names = [actors.cell(row=r, column=1) for r in range(2, 2 + len(HOSTILE))]
    assert [c.value for c in names] == HOSTILE and all(c.data_type == "s" for c in names)
    vision = next(row for row in wb["Ringkasan"].iter_rows() if row[0].value == "Visi bersama")[1]
    assert vision.value == HOSTILE[1] and vision.data_type == "s"


def test_scenario_records_the_lq_with_its_convention(workshop):
    s = make(workshop)
    lq = s.baseline["lq"]
    assert (lq["year"], lq["window"], lq["reference"], lq["dataset"]) == (
        2019,
        [2015, 2019],
        "province",
        "sector_pdrb",
    )
    sector = kadlib.load_sector_pdrb(s.members, with_reference=True, years=2019)
    expected = kadlib.economy.location_quotient(sector, year=2019)
    assert s.lq_frame().set_index(["region_code", "sector_code"])["lq"].to_dict() == (
        expected.set_index(["region_code", "sector_code"])["lq"].to_dict()
    )  # exactly the analysis' numbers, members x 17 sectors
    assert set(lq["reference_code"].values()) == {"3300"} and lq["excluded"] == []


def test_flagged_member_is_left_out_of_the_stored_lq_and_named():
    s = scn.Scenario(title="x", members=["3301", "3374"]).record_baseline(year=2014)
    lq = s.baseline["lq"]
    assert list(lq["values"]) == ["3301"] and lq["window"] == [2014, 2014]
    assert lq["excluded"] == ["3374 2014 (sector_sum_mismatch;implausible_jump:B)"]
    assert "3374 2014" in report._lq_caption(s, "en")


def test_report_draws_the_stored_lq_and_never_recomputes_it(workshop, tmp_path, monkeypatch):
    from kadlib import economy, plots

    s = make(workshop)
    s.baseline["lq"]["values"]["3302"]["A"] = (
        7.25  # not what the data give: the report must show it
    )
    drawn = []
    real_heatmap = plots.lq_heatmap

    def spy(lq, **kw):
        drawn.append(lq.copy())
        return real_heatmap(lq, **kw)

    def refuse(*a, **kw):
        raise AssertionError("the report recomputed the LQ")

    monkeypatch.setattr(economy, "location_quotient", refuse)
    monkeypatch.setattr(economy, "sektor_unggulan", refuse)
    monkeypatch.setattr(plots, "lq_heatmap", spy)
    text = report.to_html(s, tmp_path / "r.html", lang="en").read_text(encoding="utf-8")
    assert text.count("<img") == 2 and "as recorded in the scenario" in text
    assert len(drawn) == 1
    assert drawn[0].set_index(["region_code", "sector_code"]).at[("3302", "A"), "lq"] == 7.25
    sheet = load_workbook(report.to_xlsx(s, tmp_path / "r.xlsx"))["LQ"]
    head = [c.value for c in sheet[1]]
    banyumas = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Kabupaten Banyumas")
    assert banyumas[head.index("A")] == 7.25
    assert sheet.max_row == 1 + len(s.members) and len(head) == 1 + 17


def test_old_scenario_without_a_stored_lq_loads_and_the_report_says_so(workshop, tmp_path):
    s = make(workshop)
    s.baseline = {}
    path = s.save(tmp_path / "old.yaml", when="2025-01-01")
    text = path.read_text(encoding="utf-8")
    old = tmp_path / "old_kit.yaml"
    old.write_text(text.replace("baseline: {}\n", ""), encoding="utf-8")  # as an older kit wrote it
    assert "\nbaseline:" not in old.read_text(encoding="utf-8")
    back = scn.Scenario.load(old)
    assert back.baseline == {} and back.lq_frame().empty
    html_text = report.to_html(back, tmp_path / "r.html").read_text(encoding="utf-8")
    assert html_text.count("<img") == 1  # the map; no LQ chart computed behind the user's back
    assert "tidak menyimpan tabel LQ" in html_text and "record_baseline()" in html_text
    wb = load_workbook(report.to_xlsx(back, tmp_path / "r.xlsx", lang="en"))
    assert "LQ" not in wb.sheetnames
    assert any(
        "holds no LQ table" in str(v)
        for row in wb["Ringkasan"].iter_rows(values_only=True)
        for v in row
    )


@pytest.mark.parametrize(
    ("lq", "pattern"),
    [
        ({"year": 2019, "values": {"3302": {"A": "tinggi"}}}, r"baseline\.lq\.values\.3302\.A"),
        ({"year": 2019, "values": {"3302": {"A": float("inf")}}}, r"baseline\.lq\.values"),
        ({"year": 2019, "values": {"3302": {"A": -1.0}}}, r"baseline\.lq\.values\.3302\.A"),
        ({"year": 2019, "values": {"3302": [1.0]}}, r"baseline\.lq\.values\.3302"),
        ({"year": "2019x", "values": {}}, r"baseline\.lq\.year"),
        ("lq", r"baseline\.lq"),
    ],
)
def test_a_damaged_stored_lq_is_refused_on_load(workshop, tmp_path, lq, pattern):
    import yaml

    path = make(workshop).save(tmp_path / "s.yaml", when="2025-01-01")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["baseline"] = {"lq": lq}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KadDataError, match=pattern):
        scn.Scenario.load(path)


def test_institutions_table_has_a_source_on_every_row_and_covers_every_cell():
    t = kadlib.load_institutions()
    assert (t["source"].str.strip() != "").all()
    assert (t["text_id"].str.strip() != "").all() and (t["text_en"].str.strip() != "").all()
    assert t.groupby("form_id")["dimension"].nunique().eq(5).all()
    assert set(t["status"]) <= {"confirmed", "differs", "not_found"}
    known = set(kadlib.load_sources()["source_id"])
    for cell in t["source"]:
        assert {s.strip() for s in cell.split(";")} <= known, cell
    groups = kadlib.load_groups()
    assert set(groups["form_id"]) <= set(t["form_id"])
    assert groups.set_index("group_id").loc["kartamantul", "form_id"] == "sekber"


def test_record_baseline_refuses_a_scenario_without_members_or_a_series():
    with pytest.raises(KadDataError, match=r"kolom 'members'"):
        scn.Scenario(title="x").record_baseline()
    series = kadlib.load_sector_pdrb(["3302"], years=2019).set_index("sector_code")["value"]
    with pytest.raises(KadDataError, match=r"record_baseline.*bukan Series"):
        scn.Scenario(title="x", members=["3302"]).record_baseline(series)
