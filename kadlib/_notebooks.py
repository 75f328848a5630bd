"""Developer tool: build the lesson notebooks from their Markdown twins.

Each lesson is written as ``notebooks/NN_name.md`` (jupytext Markdown: readable
in review) and turned into ``NN_name.ipynb`` by ``make notebooks-build``:

1. jupytext converts the Markdown to a notebook;
2. the notebook is executed (in ``notebooks/``, Indonesian, Agg backend);
3. outputs are kept only for cells marked ``# NBVAL_CHECK_OUTPUT`` (nbval
   compares those), so the repository holds no megabytes of images.

``python -m kadlib._notebooks --check`` fails when an ``.ipynb`` and its ``.md``
no longer have the same cells (someone edited one and not the other).

The English twins live in ``notebooks/en/`` under the same file names
(``notebooks/en/01_baseline.md``); ``build`` and ``check`` handle both folders
(``python -m kadlib._notebooks en/01_baseline`` builds one twin).  A twin's code
cells are the Indonesian ones, except ``kadlib.set_language("en")`` and the
comments (:func:`twin_problems` compares them).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import tokenize
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
CHECK_MARK = "NBVAL_CHECK_OUTPUT"
_LANGUAGE_CALL = re.compile(r"""kadlib\.set_language\(\s*["'](?:id|en)["']\s*\)""")


def lesson_sources(folder: Path = NOTEBOOKS) -> list[Path]:
    """The lesson sources ``NN_name.md`` of ``folder`` and of its ``en/`` twin folder."""
    return sorted(folder.glob("[0-9][0-9]_*.md")) + sorted((folder / "en").glob("[0-9][0-9]_*.md"))


def _sources(nb) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in nb.cells]


def build(md: Path, timeout: int = 600) -> Path:
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    nb = jupytext.read(md)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nb.metadata.pop("jupytext", None)
    os.environ.setdefault("MPLBACKEND", "Agg")
    NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(md.parent)}}
    ).execute()
    nb.metadata.pop("widgets", None)  # saved widget state: useless without outputs, and large
    for i, cell in enumerate(nb.cells):
        cell.id = f"c{i:03d}"  # stable ids: a rebuild changes only what changed (small diffs, easy merges)
        if cell.cell_type != "code":
            continue
        cell.metadata.pop("execution", None)
        if CHECK_MARK not in cell.source:
            cell.outputs = []
            cell.execution_count = None
    out = md.with_suffix(".ipynb")
    nbformat.write(nb, out)
    return out


def check(folder: Path = NOTEBOOKS) -> list[str]:
    import jupytext
    import nbformat

    problems = []
    for md in lesson_sources(folder):
        ipynb = md.with_suffix(".ipynb")
        name = ipynb.relative_to(folder).as_posix()
        if not ipynb.exists():
            problems.append(f"{name} missing (run make notebooks-build)")
            continue
        if _sources(jupytext.read(md)) != _sources(nbformat.read(ipynb, as_version=4)):
            problems.append(f"{name} and {md.name} differ (run make notebooks-build)")
    return problems


def _code(source: str) -> list[str]:
    """A code cell without its comments (``NBVAL`` markers kept) and language call, line by line."""
    source = _LANGUAGE_CALL.sub("kadlib.set_language(LANGUAGE)", source)
    try:
        comments = [
            t
            for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type == tokenize.COMMENT and "NBVAL" not in t.string
        ]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        comments = []
    lines = source.splitlines()
    for t in reversed(comments):
        row, col = t.start
        lines[row - 1] = lines[row - 1][:col]
    return [line.rstrip() for line in lines if line.strip()]


def twin_problems(folder: Path = NOTEBOOKS) -> list[str]:
    """Differences between each Indonesian lesson and its English twin in ``en/``.

    The twin must exist, call ``kadlib.set_language("en")``, and have the same code
    cells in the same order; only that call and comments may differ.
    """
    import jupytext

    problems = []
    for md in sorted(folder.glob("[0-9][0-9]_*.md")):
        twin = folder / "en" / md.name
        if not twin.exists():
            problems.append(f"en/{md.name} missing (the English twin of {md.name})")
            continue
        ours = [c.source for c in jupytext.read(md).cells if c.cell_type == "code"]
        theirs = [c.source for c in jupytext.read(twin).cells if c.cell_type == "code"]
        if not any('kadlib.set_language("en")' in c for c in theirs):
            problems.append(f'en/{md.name} does not call kadlib.set_language("en")')
        if len(ours) != len(theirs):
            problems.append(f"en/{md.name} has {len(theirs)} code cells, {md.name} has {len(ours)}")
            continue
        for i, (a, b) in enumerate(zip(ours, theirs, strict=True), start=1):
            if _code(a) != _code(b):
                problems.append(f"en/{md.name}: code cell {i} differs from {md.name}")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="notebooks to build (default: all)")
    parser.add_argument("--check", action="store_true", help="only check that .md and .ipynb agree")
    args = parser.parse_args(argv)
    if args.check:
        problems = check() + twin_problems()
        print("\n".join(problems) or "notebooks in sync")
        return 1 if problems else 0
    mds = [
        NOTEBOOKS / f"{n.removesuffix('.md').removesuffix('.ipynb')}.md" for n in args.names
    ] or lesson_sources()
    for md in mds:
        print(f"building {md.name} ...", file=sys.stderr)
        build(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
