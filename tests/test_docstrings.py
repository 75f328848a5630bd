"""Every public function and class of kadlib has a runnable numpydoc Examples section.

The examples themselves run as doctests (``pytest --doctest-modules kadlib``, part of
``make test``); this test makes sure they exist.  The definitions that still lack one are
named in ``KNOWN_MISSING``: a new one without an example fails, and the second test says
when a listed one has gained its example, so the list can only shrink.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import kadlib

#: Public definitions that still have no runnable Examples section (issue 14 asks for one everywhere).
#: Named one by one: a new definition without an example fails, and so does a name here that has
#: gained one (take it off). The list may only shrink.
KNOWN_MISSING: set[str] = set()


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
    new = [n for n in without_examples(module_name) if f"{module_name}.{n}" not in KNOWN_MISSING]
    assert new == [], f"kadlib.{module_name}: add a runnable Examples section"


def test_known_missing_list_only_holds_definitions_that_need_it():
    now = {f"{m}.{n}" for m in public_modules() for n in without_examples(m)}
    done = sorted(KNOWN_MISSING - now)
    assert done == [], f"{done} have an example now (or are gone): take them off KNOWN_MISSING"
