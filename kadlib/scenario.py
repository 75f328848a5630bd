"""A scenario: everything a group decided or explored in a SKAD workshop, saved as readable YAML.

SKAD is action oriented: the day ends with a practical basis for cooperation
[S31] — a shared vision, mission, focus activities, actors and their roles,
indicators, policies and strategy (the S-PWT outputs [S32]) — plus the path to
a formal agreement: a *Kesepakatan Bersama* followed by a *Perjanjian Kerja
Sama* [S49].  A :class:`Scenario` holds all of it with the analysis behind it
(members, criteria and weights, scores, ranking and robustness, success-factor
priorities), is validated, saves to YAML with metadata and loads back exactly,
and can be compared with other scenarios.

Examples
--------
>>> s = Scenario(title="Contoh", members=["3402", "3404", "3471"], criteria=["kebutuhan", "potensi"],
...              weights={"kebutuhan": 0.6, "potensi": 0.4})
>>> s.validate().members
['3402', '3404', '3471']
"""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path

import pandas as pd

from . import i18n
from .errors import KadDataError, check_columns, check_option
from .regions import resolve_regions

SCHEMA = 1
#: Largest scenario file read (a workshop scenario is a few kB).
MAX_YAML_BYTES = 5_000_000
#: Most items (mappings, lists, scalars) a scenario may hold once YAML aliases are expanded ("billion laughs").
MAX_YAML_NODES = 200_000

#: The steps from workshop to formal cooperation, as the reference describes them (confirmed facts only).
NEXT_STEPS = [
    {
        "step": "Kesepakatan Bersama (KSB) ditandatangani para kepala daerah",
        "step_en": "Joint Agreement (Kesepakatan Bersama) signed by the regional heads",
        "basis": "PP 28/2018: KSDD starts with a Kesepakatan Bersama",
        "source": "S49",
    },
    {
        "step": "Perjanjian Kerja Sama (PKS) operasional; dapat ditandatangani kepala OPD dengan kuasa kepala daerah",
        "step_en": "Operational cooperation contract (PKS); a head of OPD may sign with the regional head's power of attorney",
        "basis": "PP 28/2018 on representation; practice",
        "source": "S1; S49",
    },
    {
        "step": "Persetujuan DPRD bila membebani masyarakat dan daerah, atau pendanaannya belum ada di APBD tahun berjalan",
        "step_en": "DPRD approval when it burdens the community and the region, or its funding is not yet in this year's APBD",
        "basis": "PP 28/2018",
        "source": "S1; S4",
    },
]


def step_text(step: dict, lang: str | None = None) -> str:
    """A next step's text in the language (``step`` is Indonesian, ``step_en`` English).

    A step a user wrote in one language only is shown as written.

    Examples
    --------
    >>> step_text(NEXT_STEPS[0], lang="en")
    'Joint Agreement (Kesepakatan Bersama) signed by the regional heads'
    >>> step_text({"step": "Rapat Sekber"}, lang="en")
    'Rapat Sekber'
    """
    if (lang or i18n.get_language()) == "en":
        return step.get("step_en") or step.get("step", "")
    return step.get("step") or step.get("step_en", "")


@dataclass
class Scenario:
    """Everything a group decided or explored.  All fields are plain data (YAML-friendly).

    ``weights``: criterion -> weight (sum 1); ``ahp``: ``{"matrix": {row: {col: v}},
    "cr": float, "ri_table": str}`` when AHP was used; ``sectors``: sector id ->
    ``{"label": str, "participants": [codes]}``; ``scores``: ``{"aggregated":
    {sector: {criterion: v}}, "by_participant": {...}}``; ``ranking``: list of
    ``{"sector", "score", "rank", "passes_gate", "gate_reason", "gate_detail"}`` (the reason
    as a code, translated when shown: :func:`kadlib.scoring.gate_text`); ``indicators``:
    list of ``{"name", "unit", "baseline", "baseline_year", "target",
    "target_year", "source"}`` — every indicator needs a unit; ``baseline``: the
    baseline tables the group looked at, as the result document shows them —
    today ``{"lq": {"year", "window", "reference", "dataset", "excluded",
    "values": {region: {sector: LQ}}, "reference_code": {region: code}}}``,
    written by :meth:`record_baseline`.  The report draws what is stored here and
    never recomputes it; a scenario saved before this field existed loads with an
    empty ``baseline`` and the report says that its LQ table is not recorded.

    Examples
    --------
    >>> s = Scenario(title="Contoh", members=["3301", "3302"]).record_baseline()
    >>> lq = s.baseline["lq"]
    >>> lq["year"], lq["window"], lq["reference"], lq["dataset"]
    (2019, [2015, 2019], 'province', 'sector_pdrb')
    >>> frame = s.lq_frame()
    >>> list(frame.columns), sorted(set(frame["region_code"])), sorted(set(frame["reference_code"]))
    (['region_code', 'year', 'sector_code', 'lq', 'reference_code'], ['3301', '3302'], ['3300'])
    """

    title: str
    members: list = field(default_factory=list)
    group: str = ""
    baseline: dict = field(default_factory=dict)
    criteria: list = field(default_factory=list)
    weights: dict = field(default_factory=dict)
    weights_method: str = "direct"
    ahp: dict = field(default_factory=dict)
    sectors: dict = field(default_factory=dict)
    scores: dict = field(default_factory=dict)
    method: str = "wsm"
    ranking: list = field(default_factory=list)
    robustness: dict = field(default_factory=dict)
    factor_priorities: list = field(default_factory=list)
    vision: str = ""
    mission: list = field(default_factory=list)
    focus_activities: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    policies: list = field(default_factory=list)
    strategies: list = field(default_factory=list)
    next_steps: list = field(default_factory=lambda: copy.deepcopy(NEXT_STEPS))
    metadata: dict = field(default_factory=dict)

    # ------------------------------------------------------------------ validation
    def validate(self) -> Scenario:
        """Check the scenario; raise :class:`KadDataError` naming the first problem. Returns self."""
        if not isinstance(self.title, (str, int, float)) or not str(self.title).strip():
            raise KadDataError(
                "err_scenario_title",
                file="skenario",
                column="title",
                value=self.title,
                allowed=("allow_title", {}),
            )
        self.title = str(self.title)
        where = f"skenario: {self.title}"
        self._check_kinds(where)
        self.members = (
            resolve_regions(self.members, file=where, column="members") if self.members else []
        )
        for sid, sector in self.sectors.items():
            parts = sector.get("participants") or []
            sector["participants"] = resolve_regions(
                parts, file=where, column=f"sectors.{sid}.participants"
            )
        if self.weights:
            from .scoring import check_weights, parse_number

            check_weights(
                self.weights, self.criteria, file=where
            )  # one per criterion, finite, ≥ 0, sum > 0
            self.weights = {c: parse_number(v) for c, v in self.weights.items()}
        for i, ind in enumerate(self.indicators, start=1):
            if not str(ind.get("name", "")).strip():
                raise KadDataError(
                    "err_blank",
                    file=where,
                    row=i,
                    column="indicators.name",
                    allowed=("allow_indicator", {}),
                )
            if not str(ind.get("unit", "")).strip():
                raise KadDataError(
                    "err_indicator_unit",
                    file=where,
                    row=i,
                    column="indicators.unit",
                    value=ind.get("name"),
                    allowed=("allow_indicator", {}),
                )
        known = set(self.sectors)
        for i, row in enumerate(self.ranking, start=1):
            if known and row.get("sector") not in known:
                raise KadDataError(
                    "err_unknown_option",
                    file=where,
                    row=i,
                    column="ranking.sector",
                    value=row.get("sector"),
                    allowed=("allow_list", {"items": ", ".join(known)}),
                )
        return self

    def _check_kinds(self, where):
        """Every field holds the kind of entry it is for (a list of sectors is not a mapping of them)."""
        kinds = {
            "dict": (dict, "allow_type_mapping"),
            "list": ((list, tuple), "allow_type_list"),
            "str": ((str, int, float), "allow_type_text"),
        }
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None and f.name != "title":
                value = "" if f.type == "str" else {} if f.type == "dict" else []
            kind, allow = kinds[f.type]
            if not isinstance(value, kind) or isinstance(value, bool):
                raise KadDataError(
                    "err_wrong_type",
                    file=where,
                    column=f.name,
                    value=_short(value),
                    allowed=(allow, {}),
                )
            setattr(
                self,
                f.name,
                list(value) if f.type == "list" else str(value) if f.type == "str" else value,
            )
        for name in (
            "indicators",
            "ranking",
            "focus_activities",
            "actors",
            "factor_priorities",
            "next_steps",
        ):
            for i, item in enumerate(getattr(self, name), start=1):
                if not isinstance(item, dict):
                    raise KadDataError(
                        "err_wrong_type",
                        file=where,
                        row=i,
                        column=name,
                        value=_short(item),
                        allowed=("allow_type_mapping", {}),
                    )
        for sid, sector in list(self.sectors.items()):
            if sector is None:
                self.sectors[sid] = sector = {}
            if not isinstance(sector, dict):
                raise KadDataError(
                    "err_wrong_type",
                    file=where,
                    column=f"sectors.{sid}",
                    value=_short(sector),
                    allowed=("allow_type_mapping", {}),
                )
            if not isinstance(sector.get("participants") or [], (list, tuple)):
                raise KadDataError(
                    "err_wrong_type",
                    file=where,
                    column=f"sectors.{sid}.participants",
                    value=_short(sector["participants"]),
                    allowed=("allow_type_list", {}),
                )
        for i, row in enumerate(self.ranking, start=1):
            if not isinstance(row.get("sector"), str):
                raise KadDataError(
                    "err_wrong_type",
                    file=where,
                    row=i,
                    column="ranking.sector",
                    value=_short(row.get("sector")),
                    allowed=("allow_type_text", {}),
                )
            _number(row.get("score"), where, "ranking.score", row=i)
            _number(row.get("rank"), where, "ranking.rank", row=i, whole=True, lo=1)
        if self.robustness:
            r = self.robustness
            if not isinstance(r.get("top"), str):
                raise KadDataError(
                    "err_wrong_type",
                    file=where,
                    column="robustness.top",
                    value=_short(r.get("top")),
                    allowed=("allow_type_text", {}),
                )
            _number(r.get("p_top_stays_first"), where, "robustness.p_top_stays_first", hi=1)
            _number(r.get("draws"), where, "robustness.draws", whole=True, lo=1)
        if self.ahp:
            _number(self.ahp.get("cr", 0.0), where, "ahp.cr")
        if self.baseline:
            _check_lq(self.baseline.get("lq"), where)

    # ------------------------------------------------------------------ building from analysis
    def record_scoring(
        self, dm, weights, *, method="wsm", gate=None, ahp_result=None, robustness=None, labels=None
    ):
        """Store a scoring (decision matrix, weights, ranking, robustness) from :mod:`kadlib.scoring`."""
        from . import scoring

        self.criteria = list(dm.criteria)
        self.weights = {
            c: float(v) for c, v in pd.Series(weights, dtype=float)[dm.criteria].items()
        }
        total = sum(self.weights.values())
        self.weights = {c: v / total for c, v in self.weights.items()}
        self.method = method
        self.scores = {
            "aggregated": {
                s: {c: float(v) for c, v in row.items()} for s, row in dm.scores.iterrows()
            },
            "scale": None
            if dm.bounds is None
            else [float(dm.bounds["low"].min()), float(dm.bounds["high"].max())],
            "derived": list(dm.derived),
            "source": dm.source,
        }
        ranked = scoring.score(dm, self.weights, method=method, gate=gate)
        self.ranking = [
            {
                "sector": s,
                "score": float(r["score"]),
                "rank": int(r["rank"]),
                "passes_gate": bool(r.get("passes_gate", True)),
                "gate_reason": str(r.get("gate_reason", "")),
                "gate_detail": dict(r.get("gate_detail") or {}),
            }
            for s, r in ranked.iterrows()
        ]
        for s in dm.alternatives:
            self.sectors.setdefault(s, {"label": (labels or {}).get(s, s), "participants": []})
        if ahp_result is not None:
            self.weights_method = "ahp"
            self.ahp = {
                "matrix": {
                    r: {c: float(v) for c, v in row.items()}
                    for r, row in ahp_result.matrix.iterrows()
                },
                "cr": float(ahp_result.cr),
                "ri_table": ahp_result.ri_table,
                "consistent": bool(ahp_result.consistent),
            }
        if robustness is not None:
            self.robustness = {
                "top": robustness.top,
                "p_top_stays_first": float(robustness.p_top_stays_first),
                "draws": int(robustness.draws),
                "expected_rank": {k: float(v) for k, v in robustness.expected_rank.items()},
            }
        return self

    def record_baseline(self, sector=None, *, year=None, reference=None, dataset="sector_pdrb"):
        """Store the members' location quotients, with their convention, for the result document.

        Parameters
        ----------
        sector : DataFrame, optional
            A sector table in :func:`kadlib.load_sector_pdrb` form (members **and**
            reference rows); default the bundled ``dataset`` for the members with
            their provinces and Indonesia.
        year : int, optional
            Default :data:`kadlib.economy.SECTOR_YEAR` (2019, the end of the
            pre-COVID :data:`~kadlib.economy.SECTOR_WINDOW`).
        reference : str, optional
            As in :func:`kadlib.economy.location_quotient`: default each member's
            own province (stored as ``"province"``), or one code for all.

        Stored in ``baseline["lq"]``: ``year``; ``window``, the sector window the year
        closes (:data:`~kadlib.economy.SECTOR_WINDOW` for the default year, the year
        alone otherwise); ``reference``; ``dataset``; ``values`` (region -> sector ->
        LQ, ``None`` where it cannot be computed); ``reference_code`` per region.
        Region-years whose data are flagged are left out by the analysis and listed in
        ``excluded`` (``"code year (flag)"``).  Returns self.
        """
        import warnings

        from . import economy
        from .datasets import load_sector_pdrb

        if not self.members:
            raise KadDataError(
                "err_blank",
                file=f"skenario: {self.title}",
                column="members",
                allowed=("allow_region_code", {}),
            )
        members = resolve_regions(self.members, file=f"skenario: {self.title}", column="members")
        year = economy.SECTOR_YEAR if year is None else int(year)
        if sector is None:
            sector = load_sector_pdrb(members, with_reference=True, years=year, dataset=dataset)
        check_columns(sector, ["region_code", "year", "sector_code", "value"], "record_baseline")
        part = sector[sector["year"] == year]
        flag = (
            part["quality_flag"].fillna("").astype(str)
            if "quality_flag" in part.columns
            else pd.Series("", index=part.index)
        )
        excluded = sorted(
            {
                f"{c} {year} ({f})"
                for c, f in zip(part["region_code"], flag, strict=True)
                if f and c in members
            }
        )
        study = [c for c in members if c in set(part.loc[flag == "", "region_code"])]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the flagged region-years are listed in "excluded"
            lq = economy.location_quotient(sector, year=year, reference=reference, regions=study)
        values = {}
        for row in lq.itertuples(index=False):
            v = float(row.lq)
            values.setdefault(row.region_code, {})[row.sector_code] = v if v == v else None
        window = list(economy.SECTOR_WINDOW) if year == economy.SECTOR_YEAR else [year, year]
        self.baseline = {
            **self.baseline,
            "lq": {
                "year": year,
                "window": window,
                "reference": "province" if reference is None else str(reference),
                "dataset": str(dataset),
                "excluded": excluded,
                "values": values,
                "reference_code": dict(
                    zip(lq["region_code"], lq["reference_code"].astype(str), strict=False)
                ),
            },
        }
        return self

    def lq_frame(self) -> pd.DataFrame:
        """The stored LQ table in :func:`kadlib.economy.location_quotient` form (empty if none is stored).

        Missing values (stored as ``None``) are NaN.
        """
        columns = ["region_code", "year", "sector_code", "lq", "reference_code"]
        lq = (self.baseline or {}).get("lq") or {}
        refs = lq.get("reference_code") or {}
        rows = [
            (
                region,
                lq.get("year"),
                sector,
                float("nan") if v is None else float(v),
                refs.get(region),
            )
            for region, by_sector in (lq.get("values") or {}).items()
            for sector, v in by_sector.items()
        ]
        return pd.DataFrame(rows, columns=columns)

    # ------------------------------------------------------------------ YAML
    def to_dict(self) -> dict:
        return {"schema": SCHEMA, **json.loads(json.dumps(asdict(self), ensure_ascii=False))}

    def save(self, path, *, facilitator=None, participants=None, when=None) -> Path:
        """Validate and write the scenario as YAML, with metadata (date, kit and data versions, people)."""
        import yaml

        from . import __version__
        from .datasets import list_datasets

        self.validate()
        meta = dict(self.metadata)
        meta.setdefault("date", str(when or date.today()))
        meta["kit_version"] = __version__
        meta["data_versions"] = {
            r["name"]: r["sha256"][:12] for r in list_datasets().to_dict("records")
        }
        if facilitator is not None:
            meta["facilitator"] = facilitator
        if participants is not None:
            meta["participants"] = list(participants)
        self.metadata = meta
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(self.to_dict(), allow_unicode=True, sort_keys=False, width=100)
        path.write_text("# SKAD Kit scenario (kadlib.scenario)\n" + text, encoding="utf-8")
        return path

    @classmethod
    def load(cls, path) -> Scenario:
        """Read a scenario written by :meth:`save` (validated on reading)."""
        import yaml

        path = Path(path)
        if not path.is_file():
            raise KadDataError("err_file_missing", file=path)
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise KadDataError(
                "err_file_too_large", file=path.name, value=size, allowed=_size_rule()
            )
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise KadDataError(
                "err_not_utf8", file=path.name, allowed=("allow_scenario", {})
            ) from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            problem = " ".join(str(getattr(e, "problem", None) or e).split())
            raise KadDataError(
                "err_yaml_syntax",
                file=path.name,
                row=None if mark is None else mark.line + 1,
                problem=problem,
                allowed=("allow_yaml", {}),
            ) from None
        if data is None:
            raise KadDataError("err_file_empty", file=path.name, allowed=("allow_scenario", {}))
        if (
            _expanded_size(data, MAX_YAML_NODES) > MAX_YAML_NODES
        ):  # aliases that expand to far more than was read
            raise KadDataError("err_file_too_large", file=path.name, allowed=_size_rule())
        if not isinstance(data, dict) or data.pop("schema", None) != SCHEMA:
            raise KadDataError("err_not_scenario", file=path.name, allowed=("allow_scenario", {}))
        if "title" not in data:
            raise KadDataError(
                "err_scenario_title", file=path.name, column="title", allowed=("allow_title", {})
            )
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise KadDataError(
                "err_unknown_option",
                file=path.name,
                value=unknown[0],
                allowed=("allow_list", {"items": ", ".join(sorted(names))}),
            )
        return cls(**data).validate()

    # ------------------------------------------------------------------ helpers
    def ranking_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.ranking).set_index("sector") if self.ranking else pd.DataFrame()


def _short(value, limit=60):
    """A value as it appears in a message: long texts and containers cut short."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value, where, column, *, row=None, whole=False, lo=0, hi=None):
    """A finite number (a whole one if ``whole``) from ``lo`` to ``hi``, else the matching KadDataError."""
    import math

    is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not is_number or not math.isfinite(value) or (whole and value != int(value)):
        raise KadDataError(
            "err_not_numeric",
            file=where,
            row=row,
            column=column,
            value=_short(value),
            allowed=(
                "allow_whole_range" if whole else "allow_scale",
                {"lo": lo, "hi": hi if hi is not None else "∞"},
            ),
        )
    if value < lo or (hi is not None and value > hi):
        raise KadDataError(
            "err_out_of_range",
            file=where,
            row=row,
            column=column,
            value=value,
            allowed=("allow_scale", {"lo": lo, "hi": hi if hi is not None else "∞"}),
        )


def _check_lq(lq, where):
    """A stored LQ table: a mapping with a whole year and region -> sector -> number ≥ 0 (or empty)."""
    if lq is None:
        return
    if not isinstance(lq, dict) or not isinstance(lq.get("values", {}), dict):
        raise KadDataError(
            "err_wrong_type",
            file=where,
            column="baseline.lq",
            value=_short(lq),
            allowed=("allow_type_mapping", {}),
        )
    _number(lq.get("year"), where, "baseline.lq.year", whole=True, lo=1900, hi=2100)
    for region, by_sector in lq.get("values", {}).items():
        if not isinstance(by_sector, dict):
            raise KadDataError(
                "err_wrong_type",
                file=where,
                column=f"baseline.lq.values.{region}",
                value=_short(by_sector),
                allowed=("allow_type_mapping", {}),
            )
        for sector, v in by_sector.items():
            if v is not None:
                _number(v, where, f"baseline.lq.values.{region}.{sector}")


def _size_rule():
    return (
        "allow_yaml_size",
        {"mb": MAX_YAML_BYTES // 1_000_000, "nodes": i18n.Number(MAX_YAML_NODES)},
    )


def _expanded_size(data, limit) -> int:
    """How many items ``data`` holds with every shared (aliased) part counted each time; stops past ``limit``."""
    count, stack = 0, [data]
    while stack and count <= limit:
        item = stack.pop()
        count += 1
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return count


def baseline_indicator(indicator, members, year, *, how="auto", weights=None) -> dict:
    """An indicator row with its baseline from the bundled data, combined over the members the right way.

    ``how="auto"`` (default): amounts are summed, rates and per-capita figures
    are population-weighted, composite indices refuse (see
    :func:`kadlib.economy.group_value`); ``"sum"``, ``"weighted"``, ``"mean"``
    (unweighted, labelled so) and ``"per_region"`` as named.

    Returns a dict ready for ``Scenario.indicators``: name, unit, baseline,
    baseline_year, baseline_how, baseline_weight, source.

    Examples
    --------
    >>> ind = baseline_indicator("persentase_penduduk_miskin", ["3402", "3404", "3471"], 2023)
    >>> ind["unit"], ind["baseline_year"], ind["baseline_how"]
    ('persen', 2023, 'weighted')
    >>> baseline_indicator("ipm", ["3402", "3404"], 2023)  # IPM is not in the kit for DIY
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'baseline.csv', kolom 'year', nilai 2023: kit tidak punya data ...
    """
    from . import economy
    from .datasets import load_baseline, load_indicators

    check_option("how", how, ("auto", "sum", "weighted", "mean", "per_region"))
    codes = resolve_regions(members)
    data = load_baseline(codes, indicators=indicator, years=year)
    have = set(data["region_code"])
    absent = [c for c in codes if c not in have]
    if absent:
        raise KadDataError(
            "err_missing_value",
            file="baseline.csv",
            value=f"{absent[0]} / {year} / {indicator}",
            allowed=("allow_complete", {}),
        )
    meta = load_indicators().set_index("indicator").loc[indicator]
    full = load_baseline(codes, years=year)
    got = economy.group_value(full, indicator, codes, year, how=how, weights=weights)
    sources = set(data["source"])
    if got["weight"] == "implied":
        sources |= set(
            full.loc[full["indicator"].isin(["pdrb_adhk_total", "pdrb_per_capita_adhk"]), "source"]
        )
    elif got["weight"] == "count":
        sources |= set(full.loc[full["indicator"] == "jumlah_penduduk", "source"])
    weight = {
        "implied": i18n.t("weight_population_implied"),
        "count": i18n.t("weight_population_count"),
        "own": "own",
    }.get(got["weight"])
    return {
        "name": meta[i18n.label_column()],
        "indicator": indicator,
        "unit": meta["unit"],
        "baseline": got["value"],
        "baseline_year": int(year),
        "baseline_how": got["how"],
        "baseline_weight": weight,
        "baseline_note": got["note"],
        "target": None,
        "target_year": None,
        "source": "; ".join(sorted(sources)),
    }


def compare(*scenarios) -> dict:
    """Compare scenarios side by side: weights, ranks, and what changed in the decisions.

    Returns
    -------
    dict of DataFrame
        ``weights`` (criterion x scenario), ``ranks`` (sector x scenario, with
        ``rank_change`` between the first and the last), ``decisions`` (field x
        scenario for vision, number of focus activities, actors, indicators).

    Examples
    --------
    >>> a = Scenario(title="A", criteria=["kebutuhan", "potensi"], weights={"kebutuhan": 0.5, "potensi": 0.5},
    ...              ranking=[{"sector": "pertanian", "rank": 1}, {"sector": "pariwisata", "rank": 2}])
    >>> b = Scenario(title="A", criteria=["kebutuhan", "potensi"], weights={"kebutuhan": 0.2, "potensi": 0.8},
    ...              ranking=[{"sector": "pertanian", "rank": 2}, {"sector": "pariwisata", "rank": 1}])
    >>> diff = compare(a, b)  # the same title twice: the second is "A (2)"
    >>> diff["ranks"].to_dict("index")
    {'pertanian': {'A': 1, 'A (2)': 2, 'rank_change': 1}, 'pariwisata': {'A': 2, 'A (2)': 1, 'rank_change': -1}}
    >>> diff["weights"]["weight_change"].round(2).to_dict()
    {'kebutuhan': -0.3, 'potensi': 0.3}
    """
    if len(scenarios) < 2:
        raise KadDataError("err_compare_few", value=len(scenarios))
    names = []
    for s in scenarios:
        name = s.title
        k = 2
        while name in names:
            name, k = f"{s.title} ({k})", k + 1
        names.append(name)
    weights = pd.DataFrame(
        {n: pd.Series(s.weights, dtype=float) for n, s in zip(names, scenarios, strict=True)}
    )
    ranks = pd.DataFrame(
        {
            n: pd.Series({r["sector"]: r["rank"] for r in s.ranking}, dtype="Int64")
            for n, s in zip(names, scenarios, strict=True)
        }
    )
    if len(ranks):
        ranks["rank_change"] = ranks[names[-1]] - ranks[names[0]]
    weights["weight_change"] = weights[names[-1]] - weights[names[0]]
    decisions = pd.DataFrame(
        {
            n: {
                "vision": s.vision,
                "focus_activities": len(s.focus_activities),
                "actors": len(s.actors),
                "indicators": len(s.indicators),
                "top_sector": s.ranking[0]["sector"] if s.ranking else "",
            }
            for n, s in zip(names, scenarios, strict=True)
        }
    )
    return {"weights": weights, "ranks": ranks, "decisions": decisions}
