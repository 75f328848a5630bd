"""Layers (issue 13, part 6): one public name list, no borrowed private helpers, no unused labels,
and the analysis modules load no front end (widgets, plots, maps, dashboard)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
                offenders += [
                    f"{path.name}: {node.module}.{a.name}"
                    for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                ]
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

    # i18n.unit() looks units of the bundled data up as "unit_<unit>": used if the data has it
    import pandas as pd

    data_units = set(pd.read_csv(ROOT / "data" / "indicators.csv")["unit"])
    data_units |= set(pd.read_csv(ROOT / "data" / "sector_pdrb.csv", usecols=["unit"])["unit"])
    # i18n.quality_flag_text() looks the reasons of sector_pdrb.csv's quality_flag up as "qflag_<reason>"
    flags = pd.read_csv(ROOT / "data" / "sector_pdrb.csv", usecols=["quality_flag"])["quality_flag"]
    reasons = {p.partition(":")[0] for f in flags.dropna() for p in str(f).split(";")}
    unused = []
    for key in LABELS:
        if key.startswith("unit_") and key[5:] in data_units:
            continue
        if key.startswith("qflag_") and key[6:] in reasons:
            continue
        if used(key) or any(key.startswith(h) and used(key[len(h) :]) for h in helpers):
            continue
        head, _, code = key.rpartition("_")
        if variable_prefix and head in quoted and re.fullmatch(r"[A-Z0-9]{1,4}", code):
            continue
        unused.append(key)
    assert unused == []


# --------------------------------------------------------------------------- analysis below the front end
#: The analysis layer: pure functions over frames and the session store.
ANALYSIS = [
    "economy",
    "scoring",
    "factors",
    "aggregation",
    "store",
    "fields",
    "opportunity",
    "complementarity",
    "neighbours",
    "validate",
]
#: The front end, which the analysis layer must not import when it is loaded.
FRONT_END = {"widgets", "plots", "maps", "dashboard"}


def _module_level_imports(tree) -> set[str]:
    """kadlib submodules a module imports while it is loaded (not inside a function body)."""
    found, todo = set(), list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue  # runs on call, not on import
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:  # from .plots import x
                found.add(node.module.split(".")[0])
            else:  # from . import plots
                found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kadlib"):
            parts = node.module.split(".")
            found |= {parts[1]} if len(parts) > 1 else {a.name for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("kadlib.")}
        todo.extend(ast.iter_child_nodes(node))
    return found


def test_the_import_check_sees_every_form_of_import():
    src = (
        "from . import plots\nfrom .maps import x\nimport kadlib.widgets\n"
        "from kadlib import dashboard\ntry:\n    from .plots import y\nexcept ImportError:\n    pass\n"
        "class A:\n    from . import widgets\n"
        "def f():\n    from . import economy\n"
    )
    assert _module_level_imports(ast.parse(src)) == FRONT_END  # economy: only on call


@pytest.mark.parametrize("name", ANALYSIS)
def test_analysis_modules_do_not_import_the_front_end(name):
    tree = ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))
    assert _module_level_imports(tree) & FRONT_END == set()


@pytest.mark.parametrize("name", ["workshop", "store", "aggregation"])
def test_importing_the_group_process_loads_no_ipywidgets_or_matplotlib(name):
    # kadlib.plots and kadlib.widgets load matplotlib/ipywidgets only on call, so look for them too
    code = (
        f"import sys, kadlib.{name}\n"
        "front = {'ipywidgets', 'matplotlib', 'kadlib.widgets', 'kadlib.plots', 'kadlib.maps',"
        " 'kadlib.dashboard'}\n"
        "print(sorted(m for m in sys.modules if m in front or m.split('.')[0] in front))"
    )
    path = os.pathsep.join(p for p in [str(ROOT), os.environ.get("PYTHONPATH", "")] if p)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": path},
        check=True,
    )
    assert out.stdout.strip() == "[]", out.stdout


def _imports_anywhere(tree) -> set[str]:
    """kadlib submodules a module imports anywhere, function bodies included."""
    wrapped = ast.Module(body=[], type_ignores=[])
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            wrapped.body.append(node)
    return _module_level_imports(wrapped)


def test_factors_imports_no_plotting_at_all():
    """The success-factor analysis draws nothing: not on import, not inside any function."""
    from kadlib import factors

    tree = ast.parse((PACKAGE / "factors.py").read_text(encoding="utf-8"))
    assert _imports_anywhere(tree) & FRONT_END == set()
    assert "matplotlib" not in (PACKAGE / "factors.py").read_text(encoding="utf-8")
    # the one way from factors to a chart is the deprecated alias, which names where the chart lives
    assert factors._MOVED == {"ipa_plot": "kadlib.plots.ipa_plot"}
    code = (
        "import sys, pandas as pd\nfrom kadlib import factors\n"
        "r = pd.DataFrame({'participant': 'p1', 'item': ['a', 'b'], 'importance': [5, 2], 'condition': [2, 4]})\n"
        "factors.for_display(factors.importance_performance(r)); factors.catalogue()\n"
        "front = {'ipywidgets', 'matplotlib', 'kadlib.widgets', 'kadlib.plots', 'kadlib.maps'}\n"
        "print(sorted(m for m in sys.modules if m in front or m.split('.')[0] in front))"
    )
    path = os.pathsep.join(p for p in [str(ROOT), os.environ.get("PYTHONPATH", "")] if p)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": path},
        check=True,
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_factors_ipa_plot_is_a_deprecated_alias_of_plots_ipa_plot():
    from kadlib import factors, plots

    with pytest.warns(FutureWarning, match=r"kadlib\.factors\.ipa_plot.*kadlib\.plots\.ipa_plot"):
        alias = factors.ipa_plot
    assert alias is plots.ipa_plot
    with pytest.raises(AttributeError, match="no_such_name"):
        factors.no_such_name  # noqa: B018


def test_workshop_still_offers_the_names_that_moved():
    """Notebooks and users keep ``kadlib.workshop.aggregate`` ... (issue 13 part 6 moved them)."""
    from kadlib import aggregation, widgets, workshop

    for name in ["aggregate", "kendalls_w", "consensus", "chi2_sf"]:
        assert getattr(workshop, name) is getattr(aggregation, name), name
    assert workshop.participant_form is widgets.participant_form
    from kadlib.workshop import participant_form

    assert participant_form is widgets.participant_form
    with pytest.raises(AttributeError, match="no_such_name"):
        workshop.no_such_name  # noqa: B018


def test_every_bundled_unit_has_an_english_name():
    """English lessons print units through i18n.unit(); none of the data's units may stay Indonesian."""
    import pandas as pd

    from kadlib import i18n

    units = set(pd.read_csv(ROOT / "data" / "indicators.csv")["unit"])
    units |= set(pd.read_csv(ROOT / "data" / "sector_pdrb.csv", usecols=["unit"])["unit"])
    missing = sorted(u for u in units if f"unit_{u}" not in LABELS)
    assert missing == []
    assert i18n.unit("miliar rupiah", lang="en") == "billion rupiah"
