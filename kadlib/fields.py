"""Cooperation fields: what a group can cooperate on, not only which PDRB category is strong.

The objects of KSD are government affairs with effects across borders and
services that are cheaper run together (PP 28/2018; kad-domain.md §1.6).  Real
cases cooperate on both kinds:

* **public-service affairs** (``kind = "layanan_publik"``) — Kartamantul's waste,
  wastewater, clean water, drainage, roads and transport.  They are linked to an
  *urusan* (government affair) as the reference lists the KSDD objects
  (Permendagri 22/2020 [S16]), and say **why they cross borders**.  An LQ says
  nothing about them;
* **economic fields** (``kind = "ekonomi"``) — agriculture, auction markets,
  tourism, trade.  They are linked to the nearest PDRB categories, and the
  members' **LQ is evidence** for them.

The catalogue (:func:`kadlib.load_fields`, ``data/fields.csv``) holds only fields
met in the documented cases, each with its sources and a confidence mark.
PDRB category **O (public administration) is never a cooperation field**: its
LQ shows where government offices sit, not a potential to develop together.

Examples
--------
>>> c = candidates("Kartamantul")
>>> c.index.tolist()
['persampahan', 'air_limbah', 'air_minum', 'drainase', 'jalan', 'transportasi', 'penataan_ruang']
>>> set(c["kind"])
{'layanan_publik'}
>>> is_cooperation_sector("O"), is_cooperation_sector("A")
(False, True)
"""

from __future__ import annotations

import pandas as pd

from . import i18n
from .errors import KadDataError

#: PDRB categories that are never a cooperation field (see the module text).
NOT_A_FIELD = ("O",)
ORIGINS = ("case", "catalogue", "data", "own")
COLUMNS = [
    "label",
    "kind",
    "origin",
    "pdrb_sectors",
    "urusan",
    "participants",
    "evidence",
    "confidence",
    "source",
]


def is_cooperation_sector(code) -> bool:
    """False for PDRB categories that are not cooperation fields (O, public administration) and for TOTAL.

    Examples
    --------
    >>> [code for code in ["A", "C", "I", "O", "TOTAL"] if is_cooperation_sector(code)]
    ['A', 'C', 'I']
    """
    return str(code) not in NOT_A_FIELD and str(code) != "TOTAL"


def catalogue(kind=None):
    """The catalogue of cooperation fields (:func:`kadlib.load_fields`), optionally one ``kind`` only.

    Parameters
    ----------
    kind : {"ekonomi", "layanan_publik"}, optional

    Examples
    --------
    >>> table = catalogue()
    >>> len(table), table["kind"].value_counts().to_dict()
    (23, {'layanan_publik': 12, 'ekonomi': 11})
    >>> catalogue("layanan_publik")[["field_id", "urusan"]].head(3)
          field_id            urusan
    0  persampahan  lingkungan_hidup
    1   air_limbah              pupr
    2    air_minum              pupr
    """
    from .datasets import load_fields
    from .errors import check_option

    table = load_fields()
    if kind is not None:
        check_option("kind", kind, ("ekonomi", "layanan_publik"))
        table = table[table["kind"] == kind]
    return table.reset_index(drop=True)


def _split(text) -> list[str]:
    return [p.strip() for p in str(text).split(";") if p.strip()]


def _row(rec, origin, participants, lang):
    return {
        "field_id": rec["field_id"],
        "label": rec[f"label_{lang}"],
        "kind": rec["kind"],
        "origin": origin,
        "pdrb_sectors": _split(rec["pdrb_sectors"]),
        "urusan": rec.get(f"urusan_label_{lang}", ""),
        "participants": list(participants),
        "evidence": rec.get(f"evidence_{lang}", ""),
        "confidence": rec.get("confidence", ""),
        "source": rec.get("source", ""),
    }


def _lq_evidence(rows, lq, members, threshold):
    """For economic rows with PDRB sectors: who is basis (LQ > threshold) in any of them."""
    if lq is None:
        return {}
    from .errors import check_columns as _check_columns

    _check_columns(lq, ["region_code", "sector_code", "lq"], "lq")
    if "year" in lq.columns and lq["year"].nunique() > 1:
        raise KadDataError(
            "err_one_year",
            file="lq",
            column="year",
            value=sorted(lq["year"].unique()),
            allowed=("allow_one_year", {}),
        )
    part = lq[lq["region_code"].isin(members)]
    basis = part[part["lq"] > threshold].groupby("sector_code")["region_code"].apply(set).to_dict()
    out = {}
    for row in rows:
        if row["kind"] == "ekonomi" and row["pdrb_sectors"]:
            who = set().union(*(basis.get(s, set()) for s in row["pdrb_sectors"]))
            out[row["field_id"]] = sorted(who)
    return out


def _own_rows(own, known, lang):
    frame = own if isinstance(own, pd.DataFrame) else pd.DataFrame(list(own))
    if "field_id" not in frame.columns or not (
        {"label", f"label_{lang}", "label_id"} & set(frame.columns)
    ):
        raise KadDataError(
            "err_missing_columns",
            file="own",
            missing="field_id, label",
            allowed=(
                "allow_columns",
                {
                    "required": "field_id, label (+ kind, pdrb_sectors, participants)",
                    "present": ", ".join(map(str, frame.columns)),
                },
            ),
        )
    sectors = set(_sector_codes())
    rows = []
    for i, rec in enumerate(frame.to_dict("records"), start=1):
        fid = str(rec["field_id"]).strip()
        label = next(
            (
                str(rec[c])
                for c in ("label", f"label_{lang}", "label_id")
                if str(rec.get(c, "") or "").strip()
            ),
            "",
        )
        if not fid or not label:
            raise KadDataError(
                "err_missing_key",
                file="own",
                row=i,
                column="field_id" if not fid else "label",
                value=fid or label,
                allowed=("allow_own_field", {}),
            )
        if fid in known:
            raise KadDataError(
                "err_duplicate_rows",
                file="own",
                row=i,
                column="field_id",
                what=fid,
                allowed=("allow_unique", {}),
            )
        codes = rec.get("pdrb_sectors") or []
        codes = _split(codes) if isinstance(codes, str) else [str(c) for c in codes]
        for code in codes:
            if code in NOT_A_FIELD:
                raise KadDataError(
                    "err_not_a_field",
                    file="own",
                    row=i,
                    column="pdrb_sectors",
                    value=code,
                    allowed=("allow_field_sector", {}),
                )
            if code not in sectors:
                raise KadDataError(
                    "err_unknown_sector",
                    file="own",
                    row=i,
                    column="pdrb_sectors",
                    value=code,
                    allowed=(
                        "allow_list",
                        {"items": ", ".join(sorted(sectors - set(NOT_A_FIELD)))},
                    ),
                )
        kind = rec.get("kind") or ("ekonomi" if codes else "layanan_publik")
        if kind not in ("ekonomi", "layanan_publik"):
            raise KadDataError(
                "err_unknown_option",
                file="own",
                row=i,
                column="kind",
                value=kind,
                allowed=("allow_list", {"items": "ekonomi, layanan_publik"}),
            )
        known.add(fid)
        rows.append(
            {
                "field_id": fid,
                "label_" + lang: label,
                "kind": kind,
                "pdrb_sectors": "; ".join(codes),
                "evidence_" + lang: str(rec.get("evidence", "") or ""),
                "source": str(rec.get("source", "") or ""),
                "_participants": rec.get("participants"),
            }
        )
    return rows


def _sector_codes():
    from .datasets import load_sectors

    return load_sectors()["sector_code"].tolist()


def candidates(
    group=None, *, members=None, fields=None, lq=None, own=None, min_members=2, threshold=1.0
):
    """A group's list of candidate fields: from its documented case, the catalogue, the data, or its own.

    Four ways in, combined (each row says which in ``origin``):

    * ``"case"`` — with ``group`` and no ``fields``: the catalogue fields the group's
      real case worked on (``groups`` column of the catalogue);
    * ``"catalogue"`` — ``fields``: catalogue ids picked by the user (any kind);
    * ``"data"`` — ``lq``: economic catalogue fields whose PDRB categories are basis
      (LQ > ``threshold``) in at least ``min_members`` members;
    * ``"own"`` — ``own``: fields the group adds itself (``field_id``, ``label``, optional
      ``kind``, ``pdrb_sectors``, ``participants``, ``evidence``, ``source``).

    Parameters
    ----------
    group : str, optional
        A group of :func:`kadlib.load_groups`; gives the members and the case fields.
    members : list, optional
        Member codes or names (default: the group's members).
    fields : list of str, optional
        Catalogue ``field_id`` s to include.
    lq : DataFrame, optional
        :func:`kadlib.economy.location_quotient` of **one year**; adds the LQ evidence
        to every economic field and the ``"data"`` rows.
    own : DataFrame or list of dict, optional
    min_members, threshold : int, float
        The ``"data"`` rule: basis (LQ > threshold) in at least ``min_members`` members.

    Returns
    -------
    DataFrame
        Indexed by ``field_id``: ``label`` (current language), ``kind``, ``origin``,
        ``pdrb_sectors`` (list), ``urusan``, ``participants`` (list of codes: the basis
        members for ``"data"`` rows, all members otherwise, or the own row's list),
        ``evidence``, ``confidence``, ``source``.

    Raises
    ------
    KadDataError
        An unknown field id, a field on category O, a duplicate own field.

    Examples
    --------
    Two catalogue fields picked for Sleman and Bantul, and one of their own:

    >>> c = candidates(members=["Sleman", "Bantul"], fields=["pertanian", "persampahan"],
    ...                own=[{"field_id": "batik", "label": "Batik", "pdrb_sectors": "C"}])
    >>> c[["kind", "origin", "pdrb_sectors"]]
                           kind     origin pdrb_sectors
    field_id
    pertanian           ekonomi  catalogue          [A]
    persampahan  layanan_publik  catalogue           []
    batik               ekonomi        own          [C]
    >>> c.loc["batik", "participants"]
    ['3404', '3402']

    With the LQ, Barlingmascakeb's six case fields gain three from the data: economic
    fields on a category that is basis in at least two members, who become its participants.

    >>> import kadlib
    >>> from kadlib.economy import location_quotient
    >>> members = kadlib.group_members("Barlingmascakeb")
    >>> lq = location_quotient(kadlib.load_sector_pdrb(members, with_reference=True), year=2019)
    >>> c = candidates("Barlingmascakeb", lq=lq)
    >>> c["origin"].value_counts().to_dict()
    {'case': 6, 'data': 3}
    >>> c.loc["perikanan", "participants"]
    ['3303', '3304', '3305']
    >>> c.loc["pertanian", "evidence"].split(".")[0]
    'sektor basis (LQ > 1 pada A) di 3 dari 5 anggota: 3303, 3304, 3305'

    Public administration (O) is refused as a field:

    >>> candidates(members=["Sleman", "Bantul"],
    ...            own=[{"field_id": "pemda", "label": "Pemerintahan", "pdrb_sectors": "O"}])
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'own', baris 1, kolom 'pdrb_sectors', nilai 'O': kategori ini bukan bidang kerja sama (O = administrasi pemerintahan).
    Yang diizinkan: kategori PDRB A–U selain O.
    [en] file 'own', row 1, column 'pdrb_sectors', value 'O': this category is not a cooperation field (O = public administration).
    Allowed: PDRB categories A–U except O.
    """
    from .datasets import group_members, load_groups
    from .regions import resolve_regions

    lang = i18n.get_language()
    table = catalogue()
    by_id = {r["field_id"]: r for r in table.to_dict("records")}
    gid = None
    if group is not None:
        groups = load_groups()
        hit = groups[
            (groups["group_id"] == str(group).lower())
            | (groups["name"].str.lower() == str(group).lower())
        ]
        gid = hit["group_id"].iloc[0] if len(hit) else None
        if members is None:
            members = group_members(group)  # raises the kit's error for an unknown group
    members = resolve_regions(members) if members is not None else []
    picked = []  # (record, origin)
    if fields is not None:
        for fid in fields:
            if fid not in by_id:
                raise KadDataError(
                    "err_unknown_option",
                    file="fields",
                    column="field_id",
                    value=fid,
                    allowed=("allow_list", {"items": ", ".join(by_id)}),
                )
            picked.append((by_id[fid], "catalogue"))
    elif gid is not None:
        picked += [(r, "case") for r in by_id.values() if gid in _split(r["groups"])]
    rows = [_row(r, origin, members, lang) for r, origin in picked]
    seen = {r["field_id"] for r in rows}
    if lq is not None:
        economic = [_row(r, "data", [], lang) for r in by_id.values() if r["kind"] == "ekonomi"]
        basis = _lq_evidence(economic, lq, members, threshold)
        for row in economic:
            who = basis.get(row["field_id"], [])
            if row["field_id"] not in seen and len(who) >= min_members:
                row["participants"] = who
                rows.append(row)
                seen.add(row["field_id"])
    if own is not None:
        for rec in _own_rows(own, seen, lang):
            row = _row(rec, "own", members, lang)
            if rec["_participants"] is not None:
                row["participants"] = resolve_regions(
                    rec["_participants"], file="own", column="participants"
                )
            rows.append(row)
    for fid, who in _lq_evidence(rows, lq, members, threshold).items():
        row = next(r for r in rows if r["field_id"] == fid)
        note = i18n.t(
            "fields_lq_evidence",
            n=len(who),
            m=len(members),
            who=", ".join(who) or "–",
            sectors=", ".join(row["pdrb_sectors"]),
        )
        row["evidence"] = f"{note}. {row['evidence']}" if row["evidence"] else note
    if not rows:
        raise KadDataError("err_empty_table", file="candidates", allowed=("allow_candidates", {}))
    return pd.DataFrame(rows).set_index("field_id")[COLUMNS]


def participants(cands) -> dict:
    """``field_id -> participant codes``: who takes part in each field, to check the neighbour rule.

    With :func:`kadlib.neighbours.neighbour_rule` on each list, it gives the ``gate``
    of :func:`kadlib.scoring.score`.

    Examples
    --------
    >>> c = candidates(members=["Sleman", "Bantul"], fields=["pertanian", "persampahan"])
    >>> participants(c)
    {'pertanian': ['3404', '3402'], 'persampahan': ['3404', '3402']}
    """
    return {fid: list(p) for fid, p in cands["participants"].items()}


def template(cands, criteria=None):
    """An empty scoring sheet: one row per candidate field, one column per judgement criterion.

    Parameters
    ----------
    criteria : list of str, optional
        Default: the SKAD criteria scored by participants (:func:`kadlib.load_criteria`,
        ``assessment == "judgement"``); the neighbour criterion is computed, not scored.

    Examples
    --------
    >>> c = candidates(members=["Sleman", "Bantul"], fields=["pertanian", "persampahan"])
    >>> sheet = template(c)
    >>> sheet.columns.tolist()
    ['label', 'kebutuhan', 'potensi', 'prinsip', 'champion', 'prospek']
    >>> sheet.index.tolist(), bool(sheet.drop(columns="label").isna().all().all())
    (['pertanian', 'persampahan'], True)
    >>> template(c, criteria=["kebutuhan", "biaya"]).columns.tolist()
    ['label', 'kebutuhan', 'biaya']
    """
    from .datasets import load_criteria

    if criteria is None:
        crit = load_criteria()
        criteria = crit.loc[crit["assessment"] == "judgement", "criterion_id"].tolist()
    sheet = pd.DataFrame(index=cands.index, columns=list(criteria), dtype=float)
    sheet.insert(0, "label", cands["label"])
    return sheet


def decision_frame(cands, scores, criteria=None):
    """The scores of exactly the candidate fields, in their order: ready for :class:`~kadlib.scoring.DecisionMatrix`.

    Parameters
    ----------
    cands : DataFrame
        :func:`candidates`.
    scores : DataFrame
        Indexed by ``field_id`` (other columns, e.g. labels, are dropped).
    criteria : list of str, optional
        Default: every numeric column of ``scores``.

    Raises
    ------
    KadDataError
        A candidate without scores, or scores for a field that is not a candidate.

    Examples
    --------
    Scores typed in another order, with a label column: they come back in the
    candidates' order, numbers only, and go straight into a decision matrix.

    >>> from kadlib.scoring import DecisionMatrix, score, weights_equal
    >>> c = candidates(members=["Sleman", "Bantul"], fields=["pertanian", "persampahan"])
    >>> typed = pd.DataFrame({"label": ["Sampah", "Tani"], "kebutuhan": [5, 3], "potensi": [3, 4]},
    ...                      index=["persampahan", "pertanian"])
    >>> frame = decision_frame(c, typed)
    >>> frame.index.tolist(), frame.columns.tolist()
    (['pertanian', 'persampahan'], ['kebutuhan', 'potensi'])
    >>> dm = DecisionMatrix(frame, scale=(1, 5))
    >>> score(dm, weights_equal(dm))["rank"].to_dict()
    {'persampahan': 1, 'pertanian': 2}

    A candidate without scores is named:

    >>> decision_frame(c, typed.drop(index="pertanian"))
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'scores', baris 'pertanian', kolom 'field_id', nilai 'pertanian': kandidat bidang ini belum diberi skor.
    Yang diizinkan: satu baris skor (field_id) untuk setiap kandidat bidang: pertanian, persampahan.
    [en] file 'scores', row 'pertanian', column 'field_id', value 'pertanian': this candidate field has no scores.
    Allowed: one row of scores (field_id) for every candidate field: pertanian, persampahan.
    """
    scores = scores.copy()
    scores.index = scores.index.map(str)
    missing = [f for f in cands.index if f not in scores.index]
    extra = [f for f in scores.index if f not in cands.index]
    if missing:
        raise KadDataError(
            "err_field_unscored",
            file="scores",
            row=missing[0],
            column="field_id",
            value=missing[0],
            allowed=("allow_scores_every_candidate", {"items": ", ".join(cands.index)}),
        )
    if extra:
        raise KadDataError(
            "err_unknown_option",
            file="scores",
            row=extra[0],
            column="field_id",
            value=extra[0],
            allowed=("allow_list", {"items": ", ".join(cands.index)}),
        )
    if criteria is None:
        criteria = [c for c in scores.columns if pd.api.types.is_numeric_dtype(scores[c])]
    return scores.loc[list(cands.index), list(criteria)]
