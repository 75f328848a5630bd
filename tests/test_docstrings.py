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
KNOWN_MISSING = {
    "complementarity.compare",
    "complementarity.cosine",
    "complementarity.field_roles",
    "complementarity.finger_kreinin",
    "complementarity.krugman",
    "complementarity.pairwise",
    "complementarity.shares",
    "complementarity.summary",
    "fields.candidates",
    "fields.catalogue",
    "fields.decision_frame",
    "fields.is_cooperation_sector",
    "fields.participants",
    "fields.template",
    "io.read_boundaries",
    "live.LiveSession",
    "live.lan_address",
    "live.running",
    "live.start",
    "live.stop_all",
    "maps.add_scale_bar",
    "maps.add_source_line",
    "maps.choropleth",
    "maps.export_map",
    "maps.label_regions",
    "maps.national_overview",
    "maps.neighbour_map",
    "maps.opportunity_map",
    "maps.sector_participation_map",
    "opportunity.Answer",
    "opportunity.Landscape",
    "opportunity.distinct",
    "opportunity.find_groups",
    "opportunity.landscape",
    "opportunity.national_baseline",
    "opportunity.partners",
    "report.Num",
    "report.put_cell",
    "report.to_html",
    "report.to_xlsx",
    "scenario.Scenario",
    "scenario.baseline_indicator",
    "scenario.compare",
    "scoring.AHPResult",
    "scoring.DecisionMatrix",
    "scoring.Robustness",
    "scoring.derived_criteria",
    "scoring.dirichlet_weights",
    "scoring.for_display",
    "scoring.random_index",
    "scoring.robustness_mc",
    "scoring.robustness_oat",
    "scoring.score",
    "scoring.topsis",
    "scoring.weighted_sum",
    "scoring.weights_equal",
    "store.Store",
    "store.check_channel",
    "store.file_stem",
    "store.latest",
    "store.name_key",
    "store.open_session",
    "store.session_name",
    "store.session_path",
    "validate.Column",
    "validate.Schema",
    "validate.check_text",
    "validate.fail",
    "validate.has_control",
    "validate.header_text",
    "validate.parse_codes",
    "validate.parse_years",
    "validate.region_codes",
    "validate.resolve_region",
    "validate.resolve_sector",
    "widgets.FigureView",
    "widgets.baseline_explorer",
    "widgets.groups_on_layer",
    "widgets.live_facilitator",
    "widgets.lq_html",
    "widgets.map_explorer",
    "widgets.participant_form",
    "widgets.ranking_html",
    "widgets.scoring_panel",
    "widgets.structure_html",
    "widgets.unggulan_html",
    "worksheets.ahp_sheet",
    "worksheets.berita_acara_html",
    "worksheets.berita_acara_tables",
    "worksheets.berita_acara_xlsx",
    "worksheets.data_versions",
    "worksheets.factor_sheet",
    "worksheets.field_sheet",
    "worksheets.vision_sheet",
    "worksheets.write_worksheets",
    "workshop.Participant",
    "workshop.import_workbooks",
    "workshop.make_templates",
    "workshop.participant_id",
    "workshop.read_workbooks",
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
    new = [n for n in without_examples(module_name) if f"{module_name}.{n}" not in KNOWN_MISSING]
    assert new == [], f"kadlib.{module_name}: add a runnable Examples section"


def test_known_missing_list_only_holds_definitions_that_need_it():
    now = {f"{m}.{n}" for m in public_modules() for n in without_examples(m)}
    done = sorted(KNOWN_MISSING - now)
    assert done == [], f"{done} have an example now (or are gone): take them off KNOWN_MISSING"
