"""SKAD Kit: analysis and teaching kit for inter-regional cooperation in Indonesia.

The whole public vocabulary is on this page.  Heavy libraries (pandas,
geopandas, matplotlib, ipywidgets) are imported only when a function that
needs them is first called, so ``import kadlib`` is instant.

Data
    load_regions, load_baseline, load_sector_pdrb, load_groups, group_members,
    load_sectors, load_criteria, load_principles, load_success_factors,
    load_indicators, load_sources, load_legal_timeline, load_institutions, load_fields, list_datasets,
    load_region_table, baseline_table, load_example_workshop
Regional economics (kadlib.economy)
    growth_rates, average_growth, structure, per_capita, implied_population,
    population_weights, group_value, klassen_regions, williamson, theil, sigma_convergence,
    location_quotient, dynamic_lq, shift_share, sector_klassen, mrp, sektor_unggulan,
    shared_strengths, with_labels; SECTOR_WINDOW, SECTOR_YEAR
Neighbours (kadlib.neighbours)
    neighbour_graph, neighbour_rule, NATIONAL_TOLERANCE_M
Cooperation fields, complementarity, opportunities (kadlib.fields, .complementarity, .opportunity)
    candidates, decision_frame; krugman, finger_kreinin, roles, compare;
    landscape, find_groups, partners, national_baseline
Sector scoring (kadlib.scoring)
    DecisionMatrix, weights_direct, weights_equal, ahp, ahp_group, weighted_sum,
    topsis, rank, score, robustness_oat, robustness_mc, derived_criteria
Key success factors (kadlib.factors), the group process (kadlib.workshop)
    catalogue, importance_performance, for_display; make_templates, read_workbooks,
    import_workbooks, Session (the form: kadlib.widgets.participant_form)
Live workshop input (kadlib.store, kadlib.aggregation, kadlib.live)
    open_session, latest; group_weights, ahp_consensus, robustness_room,
    aggregate, kendalls_w, consensus; start, rehearse
    (kadlib.workshop still offers participant_form, aggregate, kendalls_w, consensus)
Scenario and result document (kadlib.scenario, kadlib.report)
    Scenario, baseline_indicator, compare; to_html, to_xlsx
Plots (kadlib.plots), maps (kadlib.maps)
    structure_plot, growth_plot, klassen_plot, disparity_plot, lq_heatmap,
    shift_share_plot, ipa_plot (``kadlib.factors.ipa_plot`` is a deprecated alias); group_map
Your own files
    read_table, read_boundaries, read_bps_table
Regions
    resolve_region, resolve_regions, region_name
Language
    set_language, get_language, label_column, unit
Errors
    KadDataError
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version

from .errors import KadDataError as KadDataError
from .i18n import get_language as get_language
from .i18n import label_column as label_column
from .i18n import set_language as set_language
from .i18n import unit as unit

try:
    __version__ = version("kadlib")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0+unknown"

_LAZY = {
    # datasets
    "load_regions": "datasets",
    "load_baseline": "datasets",
    "load_sector_pdrb": "datasets",
    "load_groups": "datasets",
    "group_members": "datasets",
    "load_sectors": "datasets",
    "load_criteria": "datasets",
    "load_principles": "datasets",
    "load_success_factors": "datasets",
    "load_indicators": "datasets",
    "load_sources": "datasets",
    "load_legal_timeline": "datasets",
    "load_institutions": "datasets",
    "list_datasets": "datasets",
    "baseline_table": "datasets",
    "load_example_workshop": "datasets",
    # cooperation fields, complementarity, opportunities (area: fields)
    "load_fields": "datasets",
    "load_group_members": "datasets",
    "institution_matrix": "datasets",
    # regions
    "load_region_table": "regions",
    "resolve_region": "regions",
    "resolve_regions": "regions",
    "region_name": "regions",
    # io
    "read_table": "io",
    "read_bps_table": "io",
    "read_boundaries": "io",
}

# Every public module, imported on first use (``kadlib.scoring`` ...); kadlib/__init__.pyi lists the same for IDEs.
_SUBMODULES = {
    "datasets",
    "regions",
    "io",
    "i18n",
    "errors",
    "maps",
    "economy",
    "plots",
    "neighbours",
    "scoring",
    "widgets",
    "factors",
    "workshop",
    "scenario",
    "report",
    "fields",
    "complementarity",
    "opportunity",
    "store",
    "aggregation",
    "live",
    "validate",
    "dashboard",
    "results",
    "worksheets",
}

#: The one public name list: top-level functions, submodules, the error type, the language switch.
#: tests/test_layers.py checks that kadlib/__init__.pyi declares exactly these names.
__all__ = sorted(
    [
        *_LAZY,
        *_SUBMODULES,
        "KadDataError",
        "set_language",
        "get_language",
        "label_column",
        "unit",
        "__version__",
    ]
)


def __getattr__(name: str):
    if name in _LAZY:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'kadlib' has no attribute {name!r}")


def __dir__():
    return __all__
