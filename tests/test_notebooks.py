"""The lesson notebooks: in sync with their Markdown twins, in lesson form, no saved errors.

(nbval runs every notebook as part of `make test`; this file checks their shape.)
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from kadlib import _notebooks

FOLDER = Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(FOLDER.glob("[0-9][0-9]_*.ipynb"))
ENGLISH = sorted((FOLDER / "en").glob("[0-9][0-9]_*.ipynb"))
LESSON_BLOCKS = ("Tujuan pembelajaran", "Latihan", "Solusi", "Poin kunci", "Catatan untuk pelatih")
#: the same blocks in the English twins (notebooks/en/)
LESSON_BLOCKS_EN = ("Learning objectives", "Exercise", "Solution", "Key points", "Instructor notes")


def test_there_are_notebooks():
    assert NOTEBOOKS and NOTEBOOKS[0].name == "00_pengantar.ipynb"


def test_ipynb_and_md_twins_agree():
    assert _notebooks.check() == []


def test_every_lesson_has_an_english_twin_with_the_same_code():
    """Code cells of notebooks/en/NN.md equal notebooks/NN.md, except set_language("en") and comments."""
    assert ENGLISH, "no English twins in notebooks/en/"
    assert _notebooks.twin_problems() == []


def test_twin_comparison_catches_a_changed_line():
    code = 'import kadlib\n\nkadlib.set_language("id")  # "en" untuk bahasa Inggris\nx = 1'
    assert _notebooks._code(code) == _notebooks._code(
        code.replace('"id")  # "en" untuk', '"en")  # "id" for')
    )
    assert _notebooks._code("# NBVAL_CHECK_OUTPUT\nx = 1") != _notebooks._code(
        "# NBVAL_CHECK_OUTPUT\nx = 2"
    )
    assert _notebooks._code('print("# not a comment")') != _notebooks._code('print("# changed")')


@pytest.mark.parametrize(
    "path, blocks",
    [(p, LESSON_BLOCKS) for p in NOTEBOOKS] + [(p, LESSON_BLOCKS_EN) for p in ENGLISH],
    ids=[p.stem for p in NOTEBOOKS] + [f"en-{p.stem}" for p in ENGLISH],
)
def test_lesson_form(path, blocks):
    nb = nbformat.read(path, as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for block in blocks:
        assert block in text, f"{path.name} lacks '{block}'"
    assert any("NBVAL_CHECK_OUTPUT" in c.source for c in nb.cells if c.cell_type == "code")
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert all(o.get("output_type") != "error" for o in cell.outputs), path.name
            assert len(cell.source.splitlines()) <= 20, (
                "notebook cells stay short: logic belongs in kadlib"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_lesson_says_how_long_it_takes(path):
    nb = nbformat.read(path, as_version=4)
    head = "\n".join(c.source for c in nb.cells[:2] if c.cell_type == "markdown")
    assert "**Durasi:**" in head and "menit" in head and "workshop/jadwal.md" in head, path.name


def test_the_run_of_show_lists_every_lesson_with_its_duration():
    folder = Path(__file__).resolve().parent.parent / "notebooks" / "workshop"
    text = (folder / "jadwal.md").read_text(encoding="utf-8")
    for path in NOTEBOOKS:
        assert f"../{path.name}" in text, path.name  # linked from the agenda
    for part in (
        "Fasilitator",
        "Fasilitator pendamping",
        "Notulis",
        "English",
        "ditemukan di sumber",
        "make dashboard",
    ):
        assert part in text, part
    for page in ("persiapan.md", "cetak.md"):
        assert (folder / page).is_file()
