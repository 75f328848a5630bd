"""Files where people find them: named exports in hasil/, real numbers in XLSX, one number format per language."""

from __future__ import annotations

import re
import zipfile

import pytest
from openpyxl import load_workbook
from test_scenario import make, workshop  # noqa: F401  (the fixture)

from kadlib import report, results


def test_result_path_is_named_by_date_and_session_in_a_visible_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KADLIB_RESULTS", str(tmp_path / "hasil"))
    p = results.result_path(
        "Hasil SKAD.xlsx", session="Sesi Kartamantul – Hari 1", when="2026-11-22"
    )
    assert p == tmp_path / "hasil" / "2026-11-22_sesi-kartamantul-hari-1_hasil-skad.xlsx"
    assert p.parent.is_dir() and not any(part.startswith(".") for part in p.parts[1:])
    assert results.result_path("peta.png").name.startswith(str(__import__("datetime").date.today()))


def test_default_results_folder_is_beside_the_notebooks(monkeypatch):
    monkeypatch.delenv("KADLIB_RESULTS", raising=False)
    folder = results.results_dir()
    assert folder.name == "hasil" and (folder.parent / "00_pengantar.md").is_file()


def test_link_escapes_and_points_to_the_file(tmp_path):
    f = tmp_path / "<a>.html"
    f.write_text("x")
    shown = results.link(f).data
    assert "&lt;a&gt;.html" in shown and "<a>.html" not in shown and "href=" in shown


def test_xlsx_numbers_are_numeric_cells(workshop, tmp_path):  # noqa: F811
    s = make(workshop)
    wb = load_workbook(report.to_xlsx(s, tmp_path / "hasil.xlsx"))
    ranking = wb["Peringkat"]
    scores = [ranking.cell(row=r, column=3).value for r in range(2, ranking.max_row + 1)]
    ranks = [ranking.cell(row=r, column=1).value for r in range(2, ranking.max_row + 1)]
    assert all(isinstance(v, float) for v in scores) and scores == sorted(scores, reverse=True)
    assert ranks == sorted(ranks) and all(isinstance(r, int) for r in ranks)
    assert scores[0] == pytest.approx(s.ranking[0]["score"])
    weights = wb["Bobot"]
    values = [weights.cell(row=r, column=2) for r in range(2, weights.max_row + 1)]
    assert all(isinstance(c.value, float) for c in values)
    assert (
        sum(c.value for c in values[:-1]) == pytest.approx(1.0)
        and values[0].number_format == "0.0%"
    )
    assert (
        weights.cell(row=2, column=1).value == "Kebutuhan tinggi dan mendesak"
    )  # criterion names, not ids
    baseline = wb["Tolok ukur"].cell(row=2, column=3)
    assert (
        isinstance(baseline.value, float) and wb["Tolok ukur"].cell(row=2, column=4).value == 2023
    )


@pytest.mark.parametrize("lang, decimal", [("id", ","), ("en", ".")])
def test_html_report_uses_one_number_format(workshop, tmp_path, lang, decimal):  # noqa: F811
    text = report.to_html(make(workshop), tmp_path / "r.html", lang=lang, figures=False).read_text()
    cells = re.findall(r"<td class='num'>([^<]+)</td>", text)
    assert len(cells) >= 8
    other = "." if decimal == "," else ","
    for cell in cells:
        number = cell.replace(" %", "")
        assert re.fullmatch(rf"–|\d{{1,3}}(\{other}\d{{3}})*(\{decimal}\d+)?", number), cell


def test_xlsx_has_no_formula(workshop, tmp_path):  # noqa: F811
    path = report.to_xlsx(make(workshop), tmp_path / "hasil.xlsx")
    with zipfile.ZipFile(path) as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
