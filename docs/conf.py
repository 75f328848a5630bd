"""Sphinx configuration for the SKAD Kit documentation (built offline by ``make docs``).

The lessons are the committed notebooks: this file copies ``notebooks/NN_*.ipynb`` (Bahasa
Indonesia) and ``notebooks/en/NN_*.ipynb`` (English) into ``docs/lessons/{id,en}/`` before
the build, and writes the data catalogue from ``data/registry.json``.  Both are generated
(git-ignored), so a new notebook or dataset appears without editing the docs.

Execution: ``make docs`` runs the notebooks (cached in ``docs/_build/.jupyter_cache``, in a
temporary folder so nothing is written into the checkout) so that the pages show every
figure.  ``KADLIB_DOCS_EXECUTE=off`` renders the committed notebooks as they are (only the
outputs nbval checks); the test suite builds that way because it is fast.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))
# The notebook kernels inherit this: figures must be shown inline to reach the pages (with Agg,
# as nbval and `make test` use, a kernel draws nothing the page could show).
if os.environ.get("KADLIB_DOCS_EXECUTE", "cache") != "off":
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
else:
    os.environ.setdefault("MPLBACKEND", "Agg")

import kadlib  # noqa: E402

project = "SKAD Kit (kadlib)"
author = "SKAD Kit contributors"
copyright = "SKAD Kit contributors; code MIT, text CC BY 4.0"
release = version = kadlib.__version__
language = "en"

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "numpydoc",
    "sphinx_copybutton",
]

exclude_patterns = ["_build", "_generated", "**.ipynb_checkpoints", "Thumbs.db", ".DS_Store"]

# --- MyST / myst-nb -----------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
nb_execution_mode = os.environ.get("KADLIB_DOCS_EXECUTE", "cache")
nb_execution_cache_path = str(DOCS / "_build" / ".jupyter_cache")
nb_execution_in_temp = True  # exports (hasil/ ...) land in a temporary folder, not in docs/
nb_execution_timeout = 180  # per cell; the slowest lesson cell takes a few seconds
nb_execution_raise_on_error = True
nb_kernel_rgx_aliases = {".*": "python3"}
# No CDN: do not load require.js / the ipywidgets HTML manager from the internet.  Widgets
# show their text form on the page; they are live only in JupyterLab.
nb_ipywidgets_js = {}
nb_merge_streams = True
# the only folded cells are the solutions (see _copy_notebook); the toggle says so in both languages
nb_code_prompt_show = "Kode solusi / solution code"
nb_code_prompt_hide = "Sembunyikan / hide"

# --- API reference ------------------------------------------------------------------
autosummary_generate = True
autosummary_imported_members = False
autodoc_default_options = {"members": True, "undoc-members": False}
autodoc_typehints = "none"
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False

# --- HTML -----------------------------------------------------------------------------
html_theme = "pydata_sphinx_theme"
html_title = "SKAD Kit"
html_last_updated_fmt = None
html_theme_options = {
    # everything the page loads comes from this build: no icon links, no analytics, no
    # version switcher fetched at run time, no external fonts
    "icon_links": [],
    "navbar_end": ["theme-switcher", "navbar-icon-links"],
    "footer_start": ["copyright"],
    "footer_end": ["sphinx-version"],
    "show_toc_level": 2,
    "navigation_with_keys": False,
    "use_edit_page_button": False,
}
html_show_sourcelink = False
html_copy_source = False

# --- generated sources -----------------------------------------------------------------
# autosummary writes one page per object into api/generated; start clean so a renamed or
# removed module leaves no stale page behind (a stale page is a warning, and warnings fail).
import shutil  # noqa: E402

shutil.rmtree(DOCS / "api" / "generated", ignore_errors=True)


def _copy_notebook(source: Path, target: Path) -> None:
    """Copy a lesson; on the page, solution cells (tag ``solution``) start folded, as in JupyterLab."""
    import nbformat

    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:
        tags = cell.metadata.get("tags", [])
        if "solution" in tags and "hide-cell" not in tags:
            cell.metadata["tags"] = [*tags, "hide-cell"]
    text = nbformat.writes(nb)
    if (
        not target.exists() or target.read_text(encoding="utf-8") != text
    ):  # unchanged: keep Sphinx's cache
        target.write_text(text, encoding="utf-8")


def _copy_lessons() -> None:
    for lang, folder in (("id", ROOT / "notebooks"), ("en", ROOT / "notebooks" / "en")):
        target = DOCS / "lessons" / lang
        target.mkdir(parents=True, exist_ok=True)
        wanted = {nb.name for nb in folder.glob("[0-9][0-9]_*.ipynb")}
        for stale in target.glob("*.ipynb"):
            if stale.name not in wanted:
                stale.unlink()
        for nb in sorted(folder.glob("[0-9][0-9]_*.ipynb")):
            _copy_notebook(nb, target / nb.name)
    # the facilitator's run-of-show (notebooks/workshop), which every lesson's duration line links to
    target = DOCS / "lessons" / "id" / "workshop"
    target.mkdir(parents=True, exist_ok=True)
    for page in ("jadwal.md", "persiapan.md", "cetak.md"):
        text = (ROOT / "notebooks" / "workshop" / page).read_text(encoding="utf-8")
        if not (target / page).exists() or (target / page).read_text(encoding="utf-8") != text:
            (target / page).write_text(text, encoding="utf-8")


def _cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def _write_catalogue() -> None:
    registry = json.loads((ROOT / "data" / "registry.json").read_text(encoding="utf-8"))
    with open(ROOT / "data" / "sources.csv", encoding="utf-8", newline="") as f:
        sources = {row["source_id"]: row for row in csv.DictReader(f)}
    lines = [
        "| dataset | isi / contents | sumber / source | lisensi / licence | tahun / years | baris / rows |",
        "|---|---|---|---|---|---|",
    ]
    for d in registry["datasets"]:
        publishers = sorted({sources[s]["publisher"] if s in sources else s for s in d["sources"]})
        lines.append(
            f"| `{d['name']}`<br>`{d['file']}` | {_cell(d['title'])} | {_cell('; '.join(publishers))} "
            f"| {_cell(d['licence'])} | {_cell(d['years']) or '—'} | {d['rows']:,} |"
        )
    lines += ["", f"{len(registry['datasets'])} datasets. Source ids per dataset:", ""]
    for d in registry["datasets"]:
        lines.append(f"- `{d['name']}`: " + ", ".join(f"`{s}`" for s in d["sources"]))
    out = DOCS / "_generated"
    out.mkdir(exist_ok=True)
    (out / "datasets.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


_copy_lessons()
_write_catalogue()
