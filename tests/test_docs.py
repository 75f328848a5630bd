"""The documentation site builds offline, without warnings, and loads nothing from the internet.

The build renders the committed notebooks as they are (``KADLIB_DOCS_EXECUTE=off``: fast; the
lessons' own execution is tested by nbval); ``make docs`` executes them for the full pages.
"""

from __future__ import annotations

import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kadlib

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

#: An asset the browser would fetch from another machine: scripts, stylesheets, icons,
#: images, fonts, frames (plain <a href> links to other sites are fine: nothing loads).
EXTERNAL_ASSET = re.compile(
    r"""<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//"""
    r"""|url\(\s*["']?(?:https?:)?//"""
    r"""|@import\s+["'](?:https?:)?//""",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    pytest.importorskip(
        "sphinx", reason="the test extra installs Sphinx (make test builds the docs)"
    )
    out = tmp_path_factory.mktemp("html")
    env = {**os.environ, "KADLIB_DOCS_EXECUTE": "off", "MPLBACKEND": "Agg", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-b",
            "html",
            "-q",
            "-d",
            str(out / ".doctrees"),
            str(DOCS),
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-5000:]
    assert done.stderr.strip() == "", done.stderr[-5000:]
    return out


def _text(path: Path) -> str:
    return re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_no_external_assets(site):
    offenders = []
    for path in site.rglob("*"):
        if path.suffix in (".html", ".css", ".js") and path.is_file():
            for m in EXTERNAL_ASSET.finditer(path.read_text(encoding="utf-8", errors="replace")):
                offenders.append(f"{path.relative_to(site)}: {m.group(0)[:120]}")
    assert offenders == []


@pytest.mark.slow
def test_every_lesson_in_both_languages(site):
    for lang, folder in (("id", ROOT / "notebooks"), ("en", ROOT / "notebooks" / "en")):
        notebooks = sorted(folder.glob("[0-9][0-9]_*.ipynb"))
        assert notebooks, folder
        for nb in notebooks:
            page = site / "lessons" / lang / f"{nb.stem}.html"
            assert page.is_file(), page
            html = page.read_text(encoding="utf-8")
            assert "NBVAL_CHECK_OUTPUT" in html  # the code cells are there
            if '"solution"' in nb.read_text(encoding="utf-8"):
                assert "Kode solusi / solution code" in html, (
                    f"{page.name}: the solution cell is not folded"
                )


@pytest.mark.slow
def test_api_reference_covers_every_public_module(site):
    modules = [m.name for m in pkgutil.iter_modules(kadlib.__path__) if not m.name.startswith("_")]
    assert {"economy", "scoring", "datasets", "plots"} <= set(modules)
    for name in modules:
        assert (site / "api" / "generated" / f"kadlib.{name}.html").is_file(), name
    economy = _text(site / "api" / "generated" / "kadlib.economy.html")
    assert "location_quotient" in economy and "Examples" in economy
    top = _text(site / "api" / "generated" / "kadlib.html")
    for name in ("load_regions", "set_language", "read_table"):
        assert name in top


@pytest.mark.slow
def test_data_catalogue_lists_every_dataset(site):
    registry = json.loads((ROOT / "data" / "registry.json").read_text(encoding="utf-8"))
    page = _text(site / "data.html")
    for d in registry["datasets"]:
        assert d["name"] in page and d["file"] in page, d["name"]
        assert f"{d['rows']:,}" in page, d["name"]
    assert "CC BY 3.0 IGO" in page and "Badan Pusat Statistik" in page


@pytest.mark.slow
def test_glossary_has_the_analysts_terms(site):
    page = _text(site / "glossary.html")
    for term in (
        "sektor basis",
        "LQ",
        "DLQ",
        "Klassen",
        "shift-share",
        "MRP",
        "SAW",
        "TOPSIS",
        "AHP",
        "CR",
        "KSD",
        "KAD",
        "Sekber",
        "BKAD",
        "urusan",
        "RPJMD",
        "RKPD",
        "Renstra",
        "berita acara",
    ):
        assert term in page, term
    for page_name in (
        "setup.html",
        "jupyterhub.html",
        "changelog.html",
        "contributing.html",
        "index.html",
    ):
        assert (site / page_name).is_file(), page_name
