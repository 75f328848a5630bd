"""Layers (issue 13, part 6): one public name list, no borrowed private helpers, no unused labels."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kadlib
from kadlib.i18n import LABELS

PACKAGE = Path(kadlib.__file__).resolve().parent
ROOT = PACKAGE.parent


def _stub():
    tree = ast.parse((PACKAGE / "__init__.pyi").read_text(encoding="utf-8"))
    bound, declared_all = {}, None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                assert alias.asname == alias.name, (
                    f"re-export {alias.name} as itself (PEP 484: 'x as x')"
                )
                bound[alias.name] = (
                    node.module or alias.name
                )  # "from . import io as io": the submodule itself
        elif isinstance(node, ast.AnnAssign):
            bound[node.target.id] = None
        elif isinstance(node, ast.Assign) and node.targets[0].id == "__all__":
            declared_all = ast.literal_eval(node.value)
    return bound, declared_all


def test_stub_and_all_agree():
    bound, declared_all = _stub()
    assert sorted(declared_all) == sorted(kadlib.__all__)
    assert set(bound) == set(kadlib.__all__)
    for name, module in kadlib._LAZY.items():
        assert bound[name] == module, name
    for name in kadlib._SUBMODULES:
        assert bound[name] == name, name


def test_every_public_module_is_listed():
    modules = {p.stem for p in PACKAGE.glob("*.py") if not p.stem.startswith("_")}
    modules |= {
        p.parent.name for p in PACKAGE.glob("*/__init__.py") if not p.parent.name.startswith("_")
    }
    assert modules == set(kadlib._SUBMODULES), modules ^ set(kadlib._SUBMODULES)


def test_every_public_name_resolves():
    for name in kadlib.__all__:
        assert getattr(kadlib, name) is not None, name
    assert set(dir(kadlib)) == set(kadlib.__all__)


def test_no_module_borrows_another_modules_private_helpers():
    """``from .x import _helper`` ties two modules together through a name that is free to change."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
            ):  # private modules are fine
                offenders += [f"{path.name}: {node.module}.{a.name}" for a in node.names
                              if a.name.startswith("_") and not a.name.startswith("__")]  # fmt: skip
    assert offenders == []


def _sources():
    texts = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name == "i18n.py":  # the table itself does not count as a use
            text = text[: text.index("LABELS: dict")] + text[text.index("\n}\n") :]
        texts.append(text)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "notebooks").glob("*.md"))]
    return "\n".join(texts)


def test_every_label_is_used():
    """Each LABELS key is named in kadlib/ or a lesson, in full or as prefix + a literal suffix.

    Keys are also built at run time: ``i18n.t(f"warn_{key}")`` with ``_msg("constant")``, and
    ``f"{prefix}_{'T' if ...}{...}"`` with ``_classes("mrp", ...)``.  A key counts as used when its
    prefix is such an f-string prefix and the rest is a quoted word or a number, or when it is a
    quoted word + "_" + a short upper-case code and some f-string starts with ``{variable}_``.
    """
    src = _sources()
    quoted = set(re.findall(r"""["']([A-Za-z0-9_]+)["']""", src))
    prefixes = set(re.findall(r"""f["']([a-z_]+_)\{""", src))
    prefixes |= set(re.findall(r"""["']([a-z_]+_)["']\s*\+""", src))  # _t("step_" + step)
    variable_prefix = re.search(r"""f["']\{[a-z_]+\}_""", src) is not None
    # a module's own label helper, ``def _t(key): return i18n.t(f"dash_{key}")``, adds its prefix
    helpers = set(re.findall(r"""i18n\.t\(f["']([a-z]+_)\{key\}""", src))

    def used(key):
        if key in quoted:
            return True
        return any(
            key.startswith(p) and (key[len(p) :] in quoted or key[len(p) :].isdigit())
            for p in prefixes
        )

    unused = []
    for key in LABELS:
        if used(key) or any(key.startswith(h) and used(key[len(h) :]) for h in helpers):
            continue
        head, _, code = key.rpartition("_")
        if variable_prefix and head in quoted and re.fullmatch(r"[A-Z0-9]{1,4}", code):
            continue
        unused.append(key)
    assert unused == []
