"""The package as a user meets it: a light import, a small API, two languages."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kadlib


def test_import_is_light():
    code = (
        "import sys, kadlib; heavy = [m for m in ('pandas', 'geopandas', 'matplotlib', 'ipywidgets') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


def test_public_api_is_listed():
    for name in (
        "load_regions",
        "load_baseline",
        "load_sector_pdrb",
        "load_groups",
        "load_sectors",
        "load_criteria",
        "load_principles",
        "load_success_factors",
        "list_datasets",
        "read_table",
        "read_boundaries",
        "read_bps_table",
        "set_language",
        "KadDataError",
    ):
        assert name in dir(kadlib)
        assert callable(getattr(kadlib, name))
    with pytest.raises(AttributeError):
        kadlib.no_such_thing  # noqa: B018


def test_set_language():
    kadlib.set_language("en")
    assert kadlib.get_language() == "en"
    assert kadlib.i18n.t("region") == "Region"
    kadlib.set_language("id")
    assert kadlib.i18n.t("region") == "Wilayah"
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        kadlib.set_language("fr")


def test_every_label_has_both_languages():
    for key, entry in kadlib.i18n.LABELS.items():
        assert set(entry) == {"id", "en"}, key
        assert all(v.strip() for v in entry.values()), key


def test_version():
    assert kadlib.__version__.count(".") >= 2


def test_environment_yml_lists_the_same_packages():
    """conda users get what pip users get (README promise)."""
    import re
    import tomllib
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + [
        s for extra in project["optional-dependencies"].values() for s in extra
    ]
    names = lambda specs: {re.split(r"[<>=!~ \[]", s, maxsplit=1)[0].lower() for s in specs}  # noqa: E731
    env = yaml.safe_load((root / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    conda += [
        d
        for d in next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
        if not d.startswith("-")
    ]
    assert "conda-forge" in env["channels"]
    assert names(wanted) <= names(conda), names(wanted) - names(conda)
    assert names(conda) - names(wanted) <= {"python", "pip"}


def test_one_label_table():
    """Every Indonesian/English label lives in kadlib.i18n.LABELS (issue: foundation)."""
    import re
    from pathlib import Path

    pattern = re.compile(r"""\{\s*["']id["']\s*:\s*["'][^"']*["']\s*,\s*["']en["']\s*:""")
    for path in sorted(Path(kadlib.__file__).parent.glob("*.py")):
        if path.name != "i18n.py":
            assert not pattern.search(path.read_text(encoding="utf-8")), (
                f"{path.name} has its own label table"
            )
