"""The bundled data are exactly what data/build.py makes from the raw files."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"


def run_build(raw: Path, out: Path) -> None:
    subprocess.run(
        [sys.executable, str(DATA / "build.py"), "--raw", str(raw), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    from conftest import RAW

    if not (RAW / "stats" / "PROVENANCE.md").is_file():
        pytest.skip("raw data (shared/data/raw) not available beside the checkout")
    out = tmp_path_factory.mktemp("data")
    run_build(RAW, out)
    return RAW, out


def shipped_files():
    registry = json.loads((DATA / "registry.json").read_text(encoding="utf-8"))
    return [e["file"] for e in registry["datasets"]]


@pytest.mark.slow
def test_rebuild_gives_the_committed_data(rebuilt):
    _, out = rebuilt
    for name in shipped_files():
        if name.endswith(".csv"):
            a = pd.read_csv(DATA / name, dtype=str, keep_default_na=False)
            b = pd.read_csv(out / name, dtype=str, keep_default_na=False)
            pd.testing.assert_frame_equal(a, b, obj=name)
        else:
            a, b = gpd.read_file(DATA / name), gpd.read_file(out / name)
            pd.testing.assert_frame_equal(
                a.drop(columns="geometry"), b.drop(columns="geometry"), obj=name
            )
            assert a.geometry.geom_equals_exact(b.geometry, tolerance=1e-12).all(), name


@pytest.mark.slow
def test_build_is_deterministic(rebuilt, tmp_path):
    raw, out = rebuilt
    run_build(raw, tmp_path)
    names = shipped_files() + ["registry.json"]
    match, mismatch, errors = filecmp.cmpfiles(out, tmp_path, names, shallow=False)
    assert not mismatch and not errors, (mismatch, errors)


def test_build_refuses_a_missing_raw_folder(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(DATA / "build.py"), "--raw", str(tmp_path), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and "raw data not found" in proc.stderr


@pytest.mark.slow
def test_example_exports_are_byte_copies(rebuilt):
    raw, out = rebuilt
    exports = sorted((DATA / "examples").glob("bps_webtable_*.csv"))
    assert len(exports) == 2
    for path in exports:
        assert path.read_bytes() == (raw / "bps_formats" / path.name).read_bytes()
    for path in sorted((DATA / "examples").glob("*.csv")):  # exports and the invented example input
        assert path.read_bytes() == (out / "examples" / path.name).read_bytes(), path.name
