"""Developer tool: write ``kadlib/__init__.pyi`` from ``_LAZY`` and ``_SUBMODULES``.

Run ``python -m kadlib._stub`` after adding a public name or module to ``kadlib/__init__.py``;
``tests/test_layers.py`` fails while the stub and ``__all__`` disagree.
"""

from __future__ import annotations

from pathlib import Path

HEADER = '''"""Type stub of kadlib: the names ``kadlib/__init__.py`` loads lazily, spelt out for IDEs and type checkers.

Keep in step with ``_LAZY`` and ``_SUBMODULES`` there (tests/test_layers.py checks both ways);
``python -m kadlib._stub`` writes this file.
"""

'''


def render() -> str:
    import kadlib

    eager = {
        "KadDataError": "errors",
        "get_language": "i18n",
        "set_language": "i18n",
        "label_column": "i18n",
        "unit": "i18n",
    }
    names = {**kadlib._LAZY, **eager}
    lines = [f"from . import {m} as {m}" for m in sorted(kadlib._SUBMODULES)]
    lines += [
        f"from .{names[n]} import {n} as {n}" for n in sorted(names, key=lambda n: (names[n], n))
    ]
    body = "\n".join(lines) + "\n\n__version__: str\n\n__all__ = [\n"
    body += "".join(f'    "{n}",\n' for n in kadlib.__all__) + "]\n"
    return HEADER + body


def main() -> int:
    path = Path(__file__).with_name("__init__.pyi")
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
