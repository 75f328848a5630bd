"""Type stub of kadlib: the names ``kadlib/__init__.py`` loads lazily, spelt out for IDEs and type checkers.

Keep in step with ``_LAZY`` and ``_SUBMODULES`` there (tests/test_layers.py checks both ways);
``python -m kadlib._stub`` writes this file.
"""

from . import aggregation as aggregation
from . import complementarity as complementarity
from . import dashboard as dashboard
from . import datasets as datasets
from . import economy as economy
from . import errors as errors
from . import factors as factors
from . import fields as fields
from . import i18n as i18n
from . import io as io
from . import live as live
from . import maps as maps
from . import neighbours as neighbours
from . import opportunity as opportunity
from . import plots as plots
from . import regions as regions
from . import report as report
from . import results as results
from . import scenario as scenario
from . import scoring as scoring
from . import store as store
from . import validate as validate
from . import widgets as widgets
from . import worksheets as worksheets
from . import workshop as workshop
from .datasets import baseline_table as baseline_table
from .datasets import group_members as group_members
from .datasets import institution_matrix as institution_matrix
from .datasets import list_datasets as list_datasets
from .datasets import load_baseline as load_baseline
from .datasets import load_criteria as load_criteria
from .datasets import load_example_workshop as load_example_workshop
from .datasets import load_fields as load_fields
from .datasets import load_group_members as load_group_members
from .datasets import load_groups as load_groups
from .datasets import load_indicators as load_indicators
from .datasets import load_institutions as load_institutions
from .datasets import load_legal_timeline as load_legal_timeline
from .datasets import load_principles as load_principles
from .datasets import load_regions as load_regions
from .datasets import load_sector_pdrb as load_sector_pdrb
from .datasets import load_sectors as load_sectors
from .datasets import load_sources as load_sources
from .datasets import load_success_factors as load_success_factors
from .errors import KadDataError as KadDataError
from .i18n import get_language as get_language
from .i18n import label_column as label_column
from .i18n import set_language as set_language
from .i18n import unit as unit
from .io import read_boundaries as read_boundaries
from .io import read_bps_table as read_bps_table
from .io import read_table as read_table
from .regions import load_region_table as load_region_table
from .regions import region_name as region_name
from .regions import resolve_region as resolve_region
from .regions import resolve_regions as resolve_regions

__version__: str

__all__ = [
    "KadDataError",
    "__version__",
    "aggregation",
    "baseline_table",
    "complementarity",
    "dashboard",
    "datasets",
    "economy",
    "errors",
    "factors",
    "fields",
    "get_language",
    "group_members",
    "i18n",
    "institution_matrix",
    "io",
    "label_column",
    "list_datasets",
    "live",
    "load_baseline",
    "load_criteria",
    "load_example_workshop",
    "load_fields",
    "load_group_members",
    "load_groups",
    "load_indicators",
    "load_institutions",
    "load_legal_timeline",
    "load_principles",
    "load_region_table",
    "load_regions",
    "load_sector_pdrb",
    "load_sectors",
    "load_sources",
    "load_success_factors",
    "maps",
    "neighbours",
    "opportunity",
    "plots",
    "read_boundaries",
    "read_bps_table",
    "read_table",
    "region_name",
    "regions",
    "report",
    "resolve_region",
    "resolve_regions",
    "results",
    "scenario",
    "scoring",
    "set_language",
    "store",
    "unit",
    "validate",
    "widgets",
    "worksheets",
    "workshop",
]
