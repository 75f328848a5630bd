"""Developer set-up: the Binder/repo2docker spec and the pre-commit hooks (checked offline).

No Docker and no network here, so repo2docker cannot build the image: these tests check what it
reads, and let repo2docker write the Dockerfile it would build (``--no-build``, offline).  The
installed package is tested in tests/test_wheel.py (what binder/postBuild relies on).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"


def _name(spec: str) -> str:
    return re.split(r"[<>=!~ \[]", spec, maxsplit=1)[0].lower()


def test_binder_environment_is_the_kit_runtime():
    env = yaml.safe_load((BINDER / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    specs = [d for d in env["dependencies"] if isinstance(d, str)]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert {_name(s) for s in specs} - {"python", "pip"} == {
        _name(s) for s in project["dependencies"]
    }, "binder/environment.yml must list exactly the kit's runtime dependencies (pyproject.toml)"
    # the same version floors as the laptop environment
    top = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    floors = {_name(s): s for s in top["dependencies"] if isinstance(s, str)}
    for spec in specs:
        if _name(spec) not in ("python", "pip"):
            assert floors.get(_name(spec)) == spec, spec
    python = next(s for s in specs if _name(s) == "python")
    assert re.fullmatch(r"python[=>]=?3\.1[1-9].*", python), python
    # nothing here installs the kit in editable mode (repo2docker copies the repository)
    assert not any(isinstance(d, dict) for d in env["dependencies"])


def test_binder_postbuild_installs_the_checkout():
    post = BINDER / "postBuild"
    assert os.access(post, os.X_OK), "binder/postBuild must be executable"
    text = post.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/bash") and "set -euo pipefail" in text
    assert re.search(r"pip install --no-deps\b.* \.$", text, re.MULTILINE)
    done = subprocess.run(["bash", "-n", str(post)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_repo2docker_plans_the_binder_image(tmp_path):
    """repo2docker itself reads binder/: conda env from binder/environment.yml, then postBuild."""
    r2d = shutil.which("repo2docker") or str(Path(sys.executable).parent / "repo2docker")
    # a clean copy of the tracked files, as Binder would clone them
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    repo = tmp_path / "repo"
    for name in filter(None, files):
        src = ROOT / name.decode()
        if src.is_file():
            dst = repo / name.decode()
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    done = subprocess.run(
        [r2d, "--no-build", "--no-run", "--debug", str(repo)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    plan = done.stdout + done.stderr
    assert done.returncode == 0, plan
    assert "Building conda environment for python=3.11" in plan
    assert '--file "binder/environment.yml"' in plan
    assert "RUN ./binder/postBuild" in plan
    # the laptop environment.yml at the top is not what Binder builds
    assert '--file "environment.yml"' not in plan


def test_precommit_config_runs_ruff_check_and_format():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    assert hooks["ruff-check"]["entry"].startswith("ruff check")
    assert hooks["ruff-format"]["entry"].startswith("ruff format")


@pytest.mark.slow
def test_precommit_hooks_work_offline(tmp_path):
    """In a scratch repository: the hooks fix an import order and format a file, offline."""
    precommit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(precommit).exists() or shutil.which("git") is None:
        pytest.skip("pre-commit or git not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(ROOT / ".pre-commit-config.yaml", repo)
    shutil.copy(ROOT / "pyproject.toml", repo)  # the kit's ruff settings
    (repo / "x.py").write_text(
        "import sys\nimport os\nprint( os.sep,sys.argv )\n", encoding="utf-8"
    )
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    run = lambda *a: subprocess.run(list(a), cwd=repo, env=env, capture_output=True, text=True)  # noqa: E731
    assert run("git", "init", "-q").returncode == 0
    assert run("git", "add", ".").returncode == 0
    first = run(precommit, "run", "--files", "x.py", "pyproject.toml")
    assert first.returncode == 1, first.stdout + first.stderr  # files were changed
    assert (repo / "x.py").read_text(
        encoding="utf-8"
    ) == "import os\nimport sys\n\nprint(os.sep, sys.argv)\n"
    second = run(precommit, "run", "--files", "x.py")
    assert second.returncode == 0, second.stdout + second.stderr


def test_changelog_names_the_version_in_pyproject():
    """A release moves *Unreleased* to a dated section whose version is pyproject's (CONTRIBUTING)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
    assert released, "CHANGELOG.md has no dated release section"
    assert released[0][0] == project["version"], (released[0], project["version"])
    assert text.index("## [Unreleased]") < text.index(f"## [{released[0][0]}]")
