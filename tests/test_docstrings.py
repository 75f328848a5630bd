"""Every public function and class of kadlib has a runnable numpydoc Examples section.

The examples themselves run as doctests (``pytest --doctest-modules kadlib``, part of
``make test``); this test makes sure they exist.  Modules that other work is rewriting
right now are allowed to lack some, and are named here as such: take a module off the
list once its examples are written (the second test says when that has happened).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import kadlib

#: Modules being reworked in parallel branches (issue 14 and its siblings), allowed to have
#: public definitions without an Examples section for now.  Not a licence: shrink it.
ALLOWED_MISSING_REWORKED_BY_OTHERS = {
    "io": "readers",
    "validate": "readers (new)",
    "maps": "day",
    "report": "day",
    "widgets": "day",
    "dashboard": "day (new)",
    "worksheets": "day (new; its nine sheet builders still need examples)",
    "scenario": "inputs",
    "scoring": "inputs",
    "workshop": "live",
    "store": "live (new)",
    "live": "live (new)",
    "fields": "fields (new)",
    "opportunity": "fields (new)",
    "complementarity": "fields (new)",
}


def public_modules():
    return sorted(
        m.name for m in pkgutil.iter_modules(kadlib.__path__) if not m.name.startswith("_")
    )


def without_examples(module_name: str) -> list[str]:
    """Public functions and classes defined in ``kadlib.<module_name>`` whose docstring lacks Examples."""
    module = importlib.import_module(f"kadlib.{module_name}")
    missing = []
    for name, obj in sorted(vars(module).items()):
        if name.startswith("_") or not (inspect.isfunction(obj) or inspect.isclass(obj)):
            continue
        if getattr(obj, "__module__", None) != module.__name__:
            continue  # imported from elsewhere
        doc = inspect.getdoc(obj) or ""
        if "Examples\n--------" not in doc or ">>>" not in doc.split("Examples\n--------", 1)[1]:
            missing.append(name)
    return missing


@pytest.mark.parametrize("module_name", public_modules())
def test_public_definitions_have_examples(module_name):
    if module_name in ALLOWED_MISSING_REWORKED_BY_OTHERS:
        pytest.skip(
            f"kadlib.{module_name} is being reworked ({ALLOWED_MISSING_REWORKED_BY_OTHERS[module_name]})"
        )
    assert without_examples(module_name) == [], (
        f"kadlib.{module_name}: add a runnable Examples section"
    )


def test_allowed_missing_list_only_holds_modules_that_need_it():
    done = [
        m
        for m in public_modules()
        if m in ALLOWED_MISSING_REWORKED_BY_OTHERS and not without_examples(m)
    ]
    assert done == [], (
        f"every definition of {done} has an example now: take them off the allowed list"
    )
