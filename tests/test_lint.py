"""ruff over the package, tests, build script, benchmarks and notebooks (part of make test)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    proc = subprocess.run(
        [
            ruff,
            "check",
            "kadlib",
            "tests",
            "data/build.py",
            "data/reference_tables.py",
            "benchmarks",
            "notebooks",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_code_is_formatted():
    """`ruff format` keeps one layout (CONTRIBUTING; the pre-commit hook runs it). Lessons are formatted in their .md twin."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    paths = [
        "kadlib",
        "tests",
        "benchmarks",
        "data/build.py",
        "data/reference_tables.py",
        "docs/conf.py",
    ]
    proc = subprocess.run(
        [ruff, "format", "--check", *paths], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
