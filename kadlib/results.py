"""Where exports go: a visible ``hasil/`` (results) folder beside the notebooks, files named by session and date.

JupyterLab's file browser shows it (hidden and temporary folders it cannot
browse), a trainer finds it on the laptop, and every file says which session
and day it belongs to: ``2026-11-22_contoh-barlingmascakeb_hasil-skad.html``.

``KADLIB_RESULTS`` overrides the folder (tests use a temporary one).

Examples
--------
>>> import tempfile
>>> p = result_path("hasil skad.html", session="CONTOH Barlingmascakeb", when="2026-11-22", folder=tempfile.mkdtemp())
>>> p.name
'2026-11-22_contoh-barlingmascakeb_hasil-skad.html'
"""

from __future__ import annotations

import html
import os
import re
import unicodedata
from datetime import date
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def results_dir(folder=None) -> Path:
    """The results folder: ``folder``, else ``$KADLIB_RESULTS``, else ``notebooks/hasil`` of the kit's checkout
    (the folder the lessons run in), else ``hasil/`` in the current folder.  Created if missing.

    Examples
    --------
    >>> import tempfile
    >>> folder = results_dir(tempfile.mkdtemp())
    >>> folder.is_dir()
    True
    """
    if folder is None:
        env = os.environ.get("KADLIB_RESULTS")
        checkout = _HERE.parent / "notebooks"
        folder = (
            Path(env)
            if env
            else (checkout / "hasil" if checkout.is_dir() else Path.cwd() / "hasil")
        )
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _slug(text: str) -> str:
    text = (
        unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    )
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60]


def result_path(name: str, *, session: str = "", when=None, folder=None) -> Path:
    """``<results>/<date>_<session>_<name>``: a file name a person can sort and recognise.

    ``name`` keeps its extension (``"hasil_skad.html"``); ``when`` is a date or
    ISO string (default: today).

    Examples
    --------
    >>> import tempfile
    >>> result_path("hasil_skad.HTML", session="Contoh Barlingmascakeb", when="2026-11-22",
    ...             folder=tempfile.mkdtemp()).name
    '2026-11-22_contoh-barlingmascakeb_hasil-skad.html'
    """
    stem, dot, ext = str(name).rpartition(".")
    if not dot:
        stem, ext = ext, ""
    day = (when if isinstance(when, str) else (when or date.today()).isoformat())[:10]
    parts = [p for p in (day, _slug(session), _slug(stem)) if p]
    return results_dir(folder) / ("_".join(parts) + (f".{ext.lower()}" if ext else ""))


def link(*paths):
    """Show saved files as links (relative to the notebook's folder when possible) with their full path.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> p = Path(tempfile.mkdtemp()) / "hasil.html"
    >>> "hasil.html</a>" in link(p).data
    True
    """
    from IPython.display import HTML

    items = []
    for p in paths:
        p = Path(p).resolve()
        try:
            href = os.path.relpath(p, Path.cwd())
        except ValueError:  # another drive (Windows)
            href = p.as_uri()
        items.append(
            f"<li><a href='{html.escape(href, quote=True)}' target='_blank'>{html.escape(p.name)}</a>"
            f" <code>{html.escape(str(p))}</code></li>"
        )
    return HTML("<ul>" + "".join(items) + "</ul>")
