"""The wheel carries its data: build it, install it outside the checkout, use it there.

Offline by construction: the wheel is built without build isolation (hatchling comes from
the test extra) and installed with ``--no-deps`` into a fresh venv that sees the shared
venv's packages through a ``.pth`` path line (so nothing is downloaded).  That line does not
process the shared venv's own ``.pth`` files, so the editable install of the checkout is
*not* importable from the fresh venv: ``kadlib`` can only come from the wheel.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: One loader call per registry entry.  A new dataset without a line here fails the test.
LOADERS = {
    "boundaries_jateng_diy": "kadlib.load_regions()",
    "boundaries_indonesia": "kadlib.load_regions(layer='indonesia')",
    "regions": "kadlib.load_region_table()",
    "baseline": "kadlib.load_baseline()",
    "indicators": "kadlib.load_indicators()",
    "sector_pdrb": "kadlib.load_sector_pdrb()",
    "sector_pdrb_province": "kadlib.load_sector_pdrb(dataset='sector_pdrb_province')",
    "groups": "kadlib.load_groups()",
    "group_members": "sum((kadlib.group_members(g) for g in kadlib.load_groups()['group_id']), [])",
    "sectors": "kadlib.load_sectors()",
    "criteria": "kadlib.load_criteria()",
    "principles": "kadlib.load_principles()",
    "success_factors": "kadlib.load_success_factors()",
    "legal_timeline": "kadlib.load_legal_timeline()",
    "institutions": "kadlib.load_institutions()",
    "sources": "kadlib.load_sources()",
    "fields": "kadlib.load_fields()",
}

SCRIPT = r"""
import json, sys
from pathlib import Path
import kadlib
from kadlib import _paths, economy

loaders = json.loads(sys.argv[1])
out = {"kadlib": kadlib.__file__, "data": str(_paths.data_dir()), "version": kadlib.__version__,
       "rows": {}, "missing_loader": []}
for name, rows in kadlib.list_datasets()[["name", "rows"]].itertuples(index=False):
    if name not in loaders:
        out["missing_loader"].append(name)
        continue
    value = eval(loaders[name])
    out["rows"][name] = [int(rows), len(value)]
# notebook 01's functions: the members' LQ against their province, and the basis sectors
members = kadlib.group_members("Kartamantul")
sector = kadlib.load_sector_pdrb(members, years=2020, with_reference=True)
lq = economy.location_quotient(sector, year=2020)
out["lq_regions"] = sorted(set(lq["region_code"]))
out["lq_finite"] = bool(lq["lq"].notna().all())
out["table_rows"] = len(kadlib.baseline_table(members))
print(json.dumps(out))
"""


@pytest.mark.slow
def test_installed_wheel_works_outside_the_checkout(tmp_path):
    pytest.importorskip(
        "hatchling", reason="the test extra installs hatchling (offline wheel build)"
    )
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--wheel-dir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = dist.glob("kadlib-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    shared = [p for p in site.getsitepackages() if Path(p).is_dir()] or [
        sysconfig.get_paths()["purelib"]
    ]
    (purelib / "shared_venv.pth").write_text("\n".join(shared) + "\n", encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )

    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KADLIB_DATA", "PYTHONHOME")
    }
    env["MPLBACKEND"] = "Agg"
    done = subprocess.run(
        [str(python), "-c", SCRIPT, json.dumps(LOADERS)],
        cwd=away,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])

    installed = purelib / "kadlib"
    assert Path(result["kadlib"]).resolve().is_relative_to(installed.resolve()), result["kadlib"]
    assert Path(result["data"]).resolve() == (installed / "data").resolve()
    assert not Path(result["data"]).resolve().is_relative_to(ROOT.resolve())
    import tomllib

    assert (
        result["version"]
        == tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "version"
        ]
    )
    assert result["missing_loader"] == [], "add a loader line for each new dataset to LOADERS"
    registry = json.loads((ROOT / "data" / "registry.json").read_text(encoding="utf-8"))
    assert set(result["rows"]) == {d["name"] for d in registry["datasets"]}
    per_row = {
        "sector_pdrb": 18,
        "sector_pdrb_province": 18,
    }  # the loader is tidy: 17 sectors + TOTAL
    for name, (registered, loaded) in result["rows"].items():
        assert registered > 0 and loaded == registered * per_row.get(name, 1), (
            name,
            registered,
            loaded,
        )
    assert result["lq_regions"] == sorted(["3402", "3404", "3471"])
    assert result["lq_finite"] is True
    assert result["table_rows"] > 0
