"""Where the bundled data live.

In a source checkout (``make lab``/``make test`` install the kit in editable
mode) the data are in ``data/`` beside the package; a wheel carries them inside
the package as ``kadlib/data``.  ``KADLIB_DATA`` overrides both (used by the
build test to load a freshly built copy).
"""

from __future__ import annotations

import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def data_dir() -> Path:
    """Return the folder of the bundled data (the one holding ``registry.json``)."""
    env = os.environ.get("KADLIB_DATA")
    candidates = [Path(env)] if env else [_HERE / "data", _HERE.parent / "data"]
    for folder in candidates:
        if (folder / "registry.json").is_file():
            return folder
    raise FileNotFoundError(
        "data kit tidak ditemukan / bundled data not found in "
        + ", ".join(str(c) for c in candidates)
        + " (run `make data` in a source checkout)"
    )


def data_path(name: str) -> Path:
    """Path of one bundled file, e.g. ``data_path("baseline.csv")``."""
    return data_dir() / name
