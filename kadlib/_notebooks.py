"""Developer tool: build the lesson notebooks from their Markdown twins.

Each lesson is written as ``notebooks/NN_name.md`` (jupytext Markdown: readable
in review) and turned into ``NN_name.ipynb`` by ``make notebooks-build``:

1. jupytext converts the Markdown to a notebook;
2. the notebook is executed (in ``notebooks/``, Indonesian, Agg backend);
3. outputs are kept only for cells marked ``# NBVAL_CHECK_OUTPUT`` (nbval
   compares those), so the repository holds no megabytes of images.

``python -m kadlib._notebooks --check`` fails when an ``.ipynb`` and its ``.md``
no longer have the same cells (someone edited one and not the other).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
CHECK_MARK = "NBVAL_CHECK_OUTPUT"


def _sources(nb) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in nb.cells]


def build(md: Path, timeout: int = 600) -> Path:
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    nb = jupytext.read(md)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.metadata.pop("jupytext", None)
    os.environ.setdefault("MPLBACKEND", "Agg")
    NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(md.parent)}}).execute()
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
    for md in sorted(folder.glob("[0-9][0-9]_*.md")):
        ipynb = md.with_suffix(".ipynb")
        if not ipynb.exists():
            problems.append(f"{ipynb.name} missing (run make notebooks-build)")
            continue
        if _sources(jupytext.read(md)) != _sources(nbformat.read(ipynb, as_version=4)):
            problems.append(f"{ipynb.name} and {md.name} differ (run make notebooks-build)")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="notebooks to build (default: all)")
    parser.add_argument("--check", action="store_true", help="only check that .md and .ipynb agree")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "notebooks in sync")
        return 1 if problems else 0
    mds = [NOTEBOOKS / f"{n.removesuffix('.md').removesuffix('.ipynb')}.md" for n in args.names] or sorted(
        NOTEBOOKS.glob("[0-9][0-9]_*.md")
    )
    for md in mds:
        print(f"building {md.name} ...", file=sys.stderr)
        build(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
