"""JupyterLab set-up of ``make lab``: running a lesson leaves the tracked notebook unchanged.

``make lab`` passes ``--ContentsManager.pre_save_hook=kadlib._lab.pre_save_hook``.  When a
lesson notebook (``notebooks/NN_name.ipynb``) is saved — by hand or by autosave — every cell
whose source the trainer did not change is written back exactly as the kit built it (outputs
only for ``# NBVAL_CHECK_OUTPUT`` cells, no execution counts, no widget state), so running a
lesson does not modify the repository; a cell someone edited (an exercise answer) is saved with
its new source and without outputs.  Other notebooks are saved as they are.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

LESSON = re.compile(r"(^|/)notebooks/\d\d_[^/]+\.ipynb$")


def clean_lesson(nb, built):
    """Return ``nb`` with unchanged cells taken from ``built`` and edited cells stripped of outputs."""
    by_id = {c.get("id"): c for c in built.cells}
    cells = []
    for cell in nb.cells:
        same = by_id.get(cell.get("id"))
        if same is not None and same.cell_type == cell.cell_type and same.source == cell.source:
            cells.append(copy.deepcopy(same))
            continue
        cell = copy.deepcopy(cell)
        cell.get("metadata", {}).pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cells.append(cell)
    nb.cells = cells
    nb.metadata = copy.deepcopy(built.metadata)
    return nb


def pre_save_hook(model, path, contents_manager, **kwargs):
    """Jupyter Server pre-save hook (see the module docstring)."""
    if model.get("type") != "notebook" or not LESSON.search(str(path).replace("\\", "/")):
        return
    import nbformat

    os_path = Path(contents_manager._get_os_path(path))
    if not os_path.is_file():
        return
    built = nbformat.read(os_path, as_version=4)
    nb = model["content"]
    if not isinstance(nb, nbformat.NotebookNode):
        nb = nbformat.from_dict(nb)
    model["content"] = clean_lesson(nb, built)
