"""The workshop's group process: participant input that is never lost, and where the room agrees.

Three ways to collect judgements, all into one durable store per session
(:mod:`kadlib.store`, one SQLite file, every submission marked by its channel):

* **Phones** in a live session (:mod:`kadlib.live`).
* **Excel templates** — one workbook per participant, with drop-down lists
  limited to the scale and instructions in Bahasa Indonesia; every text is
  written as text (a name starting with '=' never becomes a formula); filled
  workbooks are read back with validation (wrong scale, blank cells, a
  participant twice, a template from another session, formulas — each a clear
  ``KadDataError``) and :func:`import_workbooks` puts them into the store.
* **The in-notebook form** at the facilitator's laptop — every change is one
  committed submission, so a crashed kernel or a closed browser loses nothing
  and reopening the session restores every entry.

Then aggregation (median, mean, geometric mean) and consensus: Kendall's W
(with the ties correction) over the participants' rankings, the spread (IQR)
per item, and a flag on the items where the room disagrees.

Participant names are never used raw as file names, and nothing read from a
workbook is evaluated: formulas are refused.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from . import i18n
from .errors import KadDataError
from .store import name_key

SCHEMA = 1
TEMPLATE_SHEET, META_SHEET, HELP_SHEET = "Penilaian", "_kadlib", "Petunjuk"
FIRST_ITEM_ROW = 7
INSTRUCTIONS = [
    "PETUNJUK PENGISIAN",
    "",
    "1. Isi nama, daerah, dan peran Anda di lembar 'Penilaian' (baris 2-4).",
    "2. Untuk setiap butir, pilih nilai dari daftar (klik sel, lalu panah di kanannya).",
    "   Skala: 1 = sangat rendah, 2 = rendah, 3 = sedang, 4 = tinggi, 5 = sangat tinggi.",
    "   'Tingkat kepentingan': seberapa penting faktor ini bagi keberhasilan kerja sama.",
    "   'Kondisi saat ini': seberapa baik kondisi faktor ini di kelompok kita sekarang.",
    "3. Isi SEMUA sel penilaian. Jangan mengubah kolom kode, lembar lain, atau menulis rumus.",
    "4. Simpan berkas dan serahkan kepada fasilitator.",
    "",
    "Lembar ini dibuat oleh SKAD Kit (kadlib). Berkas ini hanya untuk sesi yang tertulis di sel B1.",
]


# ============================================================================= file names
def slug(name: str, *, max_length: int = 40) -> str:
    """A safe file-name stem from a person's name: ASCII letters, digits and '-' only.

    Examples
    --------
    >>> slug("Drs. Siti Nur'aini, M.Si.")
    'drs-siti-nur-aini-m-si'
    >>> slug("../../etc/passwd")
    'etc-passwd'
    >>> slug("   ")
    'peserta'
    """
    text = (
        unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    )
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:max_length].strip("-")
    return text or "peserta"


def participant_id(name: str, region: str = "") -> str:
    """A stable id for a participant: the slug plus a short hash of name and region (no collisions by slug)."""
    digest = hashlib.sha256(
        f"{name.strip().lower()}|{str(region).strip().lower()}".encode()
    ).hexdigest()[:6]
    return f"{slug(name)}-{digest}"


@dataclass
class Participant:
    """A workshop participant: name, region (code or name), role."""

    name: str
    region: str = ""
    role: str = ""

    @property
    def id(self) -> str:
        return participant_id(self.name, self.region)


def _participants(items):
    out = []
    for p in items:
        if isinstance(p, Participant):
            out.append(p)
        elif isinstance(p, dict):
            out.append(Participant(**p))
        elif isinstance(p, (tuple, list)):
            out.append(Participant(*p))
        else:
            out.append(Participant(str(p)))
    return out


# ============================================================================= Excel templates
def make_templates(folder, session_id, participants, items, *, measures=("importance", "condition"), scale=(1, 5),
                   labels=None, title="Faktor kunci sukses"):  # fmt: skip
    """Write one Excel workbook per participant, with drop-downs limited to the scale.

    Parameters
    ----------
    folder : path
        Where to write (created if needed).
    session_id : str
        Names the session; a workbook from another session is refused on reading.
    participants : list
        Names, ``(name, region, role)`` tuples, dicts or :class:`Participant`.
    items : list of str
        Item codes (e.g. factor ids or sector ids).
    measures : tuple of str
        One column per measure (``importance``, ``condition``; or ``score``...).
    labels : dict, optional
        item -> label shown next to the code.

    Returns
    -------
    list of Path
        One file per participant, named from a sanitised slug of the name.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    people = _participants(participants)
    ids = [p.id for p in people]
    keys = [(name_key(p.name), str(p.region).strip()) for p in people]
    if len(set(ids)) != len(ids) or len(set(keys)) != len(keys):
        k = next(k for k in range(len(people)) if ids.count(ids[k]) > 1 or keys.count(keys[k]) > 1)
        raise KadDataError(
            "err_participant_twice", value=people[k].name, allowed=("allow_distinct_name", {})
        )
    lo, hi = scale
    paths = []
    for person in people:
        wb = Workbook()
        ws = wb.active
        ws.title = TEMPLATE_SHEET
        for r, (key, value) in enumerate([("Sesi", session_id), ("Nama", person.name), ("Daerah", person.region),
                                          ("Peran", person.role)], start=1):  # fmt: skip
            _text(ws, r, 1, key)
            _text(ws, r, 2, value)
        _text(ws, 5, 1, title).font = Font(bold=True)
        header = [
            "Kode",
            "Butir",
            *[
                i18n.t(f"measure_{m}", lang="id") if f"measure_{m}" in i18n.LABELS else m
                for m in measures
            ],
        ]
        for j, text in enumerate(header, start=1):
            _text(ws, FIRST_ITEM_ROW - 1, j, text).font = Font(bold=True)
        choices = ",".join(str(v) for v in range(int(lo), int(hi) + 1))
        dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=False, showErrorMessage=True,
                            errorTitle="Nilai tidak valid", error=f"Pilih nilai {lo}–{hi} dari daftar.")  # fmt: skip
        ws.add_data_validation(dv)
        fill = PatternFill("solid", fgColor="FFF2CC")
        for i, item in enumerate(items):
            r = FIRST_ITEM_ROW + i
            _text(ws, r, 1, item)
            _text(ws, r, 2, (labels or {}).get(item, item))
            for j in range(len(measures)):
                cell = ws.cell(row=r, column=3 + j)
                cell.fill = fill
                dv.add(cell)
        ws.column_dimensions["B"].width = 60
        for col in "CDEFGH":
            ws.column_dimensions[col].width = 20
        help_ws = wb.create_sheet(HELP_SHEET, 0)
        for i, line in enumerate(INSTRUCTIONS, start=1):
            _text(help_ws, i, 1, line)
        help_ws.column_dimensions["A"].width = 100
        meta = wb.create_sheet(META_SHEET)
        for k, (key, value) in enumerate([("schema", SCHEMA), ("session", session_id), ("participant", person.id),
                                          ("items", json.dumps(list(items))), ("measures", json.dumps(list(measures))),
                                          ("scale", json.dumps([lo, hi]))], start=1):  # fmt: skip
            _text(meta, k, 1, key)
            _text(meta, k, 2, value)
        meta.sheet_state = "hidden"
        wb.active = 1
        path = folder / f"{slug(person.name)}-{person.id[-6:]}.xlsx"
        wb.save(path)
        paths.append(path)
    return paths


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _text(ws, row, col, value):
    """Write ``value`` into a cell; any text is stored as text, never as a formula (even '=1+1' or '@x')."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = _ILLEGAL.sub(" ", value)
        cell.data_type = "s"  # openpyxl makes '=...' a formula; a participant's text must stay text
        if value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True  # Excel keeps it text when the cell is edited again
    else:
        cell.value = value
    return cell


def _cell_text(value):
    return "" if value is None else str(value).strip()


def read_workbooks(paths, session_id, *, scale=(1, 5)):
    """Read filled templates back as tidy ratings, refusing anything doubtful.

    Parameters
    ----------
    paths : folder or list of paths
    session_id : str
        The session the templates were made for.

    Returns
    -------
    DataFrame
        ``participant, name, region, role, item, measure, value`` (one row per cell).

    Raises
    ------
    KadDataError
        A template from another session, a blank cell, a value outside the
        scale (or not a whole number), a formula, a participant twice.
    """
    from openpyxl import load_workbook

    if isinstance(paths, (str, Path)) and Path(paths).is_dir():
        paths = sorted(Path(paths).glob("*.xlsx"))
    rows, seen = [], {}
    lo, hi = scale
    for path in map(Path, paths):
        wb = load_workbook(path, data_only=False)  # formulas stay text: nothing is evaluated
        if META_SHEET not in wb.sheetnames or TEMPLATE_SHEET not in wb.sheetnames:
            raise KadDataError("err_not_template", file=path.name, allowed=("allow_template", {}))
        meta = {wb[META_SHEET].cell(row=k, column=1).value: wb[META_SHEET].cell(row=k, column=2).value
                for k in range(1, 7)}  # fmt: skip
        if meta.get("session") != session_id:
            raise KadDataError("err_other_session", file=path.name, value=meta.get("session"),
                               allowed=("allow_session", {"session": session_id}))  # fmt: skip
        ws = wb[TEMPLATE_SHEET]
        name, region, role = (_cell_text(ws[f"B{r}"].value) for r in (2, 3, 4))
        if not name:
            raise KadDataError(
                "err_blank", file=path.name, row=2, column="B", allowed=("allow_name", {})
            )
        pid = participant_id(name, region)
        if pid in seen:
            raise KadDataError("err_participant_twice", file=path.name, value=name,
                               allowed=("allow_participant_once", {"other": seen[pid]}))  # fmt: skip
        seen[pid] = path.name
        items, measures = json.loads(meta["items"]), json.loads(meta["measures"])
        for i, item in enumerate(items):
            r = FIRST_ITEM_ROW + i
            if _cell_text(ws.cell(row=r, column=1).value) != item:
                raise KadDataError("err_template_changed", file=path.name, row=r, column="A",
                                   value=ws.cell(row=r, column=1).value, allowed=("allow_template", {}))  # fmt: skip
            for j, measure in enumerate(measures):
                cell = ws.cell(row=r, column=3 + j)
                where = {"file": path.name, "row": r, "column": cell.column_letter}
                value = cell.value
                if value is None or _cell_text(value) == "":
                    raise KadDataError(
                        "err_blank", **where, allowed=("allow_scale", {"lo": lo, "hi": hi})
                    )
                if (
                    isinstance(value, str)
                    and value.strip().startswith(("=", "+", "@"))
                    or cell.data_type == "f"
                ):
                    raise KadDataError(
                        "err_formula",
                        **where,
                        value=value,
                        allowed=("allow_scale", {"lo": lo, "hi": hi}),
                    )
                try:
                    number = float(str(value).replace(",", "."))
                except ValueError:
                    raise KadDataError("err_not_numeric", **where, value=value,
                                       allowed=("allow_scale", {"lo": lo, "hi": hi})) from None  # fmt: skip
                if not (lo <= number <= hi) or number != int(number):
                    raise KadDataError(
                        "err_out_of_scale",
                        **where,
                        value=value,
                        allowed=("allow_scale", {"lo": lo, "hi": hi}),
                    )
                rows.append((pid, name, region, role, item, measure, int(number)))
    if not rows:
        raise KadDataError("err_empty_table", file=str(paths), allowed=("allow_nonempty", {}))
    return pd.DataFrame(
        rows, columns=["participant", "name", "region", "role", "item", "measure", "value"]
    )


# ============================================================================= sessions (on the store)
def import_workbooks(store, paths, session_id=None, *, step="factors", scale=None) -> list[int]:
    """Read filled templates (:func:`read_workbooks`) into a session store, marked ``channel="excel"``.

    Each workbook becomes one submission of its participant (registered by
    name and region); a workbook already imported unchanged is skipped, a
    changed one is stored again (the latest wins, the history keeps both).

    Returns
    -------
    list of int
        The ids of the new submissions.
    """
    paths = (
        sorted(Path(paths).glob("*.xlsx"))
        if isinstance(paths, (str, Path)) and Path(paths).is_dir()
        else paths
    )
    paths = [Path(p) for p in paths]
    frame = read_workbooks(paths, store.name if session_id is None else session_id,
                           scale=store.scale if scale is None else scale)  # fmt: skip
    ids = []
    for pid_old, part in frame.groupby("participant", sort=False):
        first = part.iloc[0]
        digest = hashlib.sha256(
            part[["item", "measure", "value"]].to_csv(index=False).encode()
        ).hexdigest()
        source = f"excel:{pid_old}"
        if store.imported(source, digest):
            continue
        pid = store.add_participant(first["name"], first["region"], first["role"], channel="excel")
        entries = {(r.item, r.measure): int(r.value) for r in part.itertuples()}
        ids.append(store.submit(pid, step, entries, channel="excel"))
        store.mark_imported(source, digest)
    return ids


class Session:
    """A workshop session kept in its durable store (:mod:`kadlib.store`), for the notebook form.

    ``Session(folder, session_id)`` opens ``<folder>/<session>.sqlite`` (created
    on first use).  Every :meth:`set` is one committed, append-only submission
    (channel ``notebook``), so two forms or two processes writing for the same
    participant lose nothing, a crashed kernel loses nothing, and reopening
    restores every entry.  Session folders of earlier versions (one ``*.json``
    per participant) are imported once; a damaged JSON file is skipped with a
    warning instead of blocking the session.

    Parameters
    ----------
    folder : path
        The session folder (one session per folder).
    session_id : str
    scale : (low, high)
    readonly : bool
        Read an old JSON session folder (e.g. the shipped example) into memory
        without writing anything next to it.  A folder inside the kit's bundled
        data (``data/``) is always read this way: the shipped files never change.

    Examples
    --------
    >>> import tempfile
    >>> s = Session(tempfile.mkdtemp(), "kartamantul-2026-11")
    >>> pid = s.add(Participant("Ani", "3471", "Bappeda"))
    >>> _ = s.set(pid, "komitmen_pimpinan", "importance", 5)
    >>> Session(s.folder, "kartamantul-2026-11").ratings()[["item", "measure", "value"]].values.tolist()
    [['komitmen_pimpinan', 'importance', 5]]
    """

    def __init__(self, folder, session_id, *, scale=(1, 5), readonly=False):
        from . import store as store_mod
        from ._paths import data_dir

        self.folder = Path(folder)
        self.session_id = session_id
        if self.folder.resolve().is_relative_to(data_dir().resolve()):
            readonly = True  # the bundled example is read, never written to
        if readonly:
            self.store = store_mod.open_session(
                session_id, ":memory:", scale=scale, free_items=True
            )
        else:
            self.folder.mkdir(parents=True, exist_ok=True)
            for other in sorted(self.folder.glob("*.sqlite")):
                name = store_mod.session_name(other)
                if name is not None and name != session_id:
                    raise KadDataError("err_other_session", file=other.name, value=name,
                                       allowed=("allow_session", {"session": session_id}))  # fmt: skip
            self.store = store_mod.open_session(
                session_id, self.folder, scale=scale, free_items=True
            )
        self.scale = self.store.scale
        self._import_json(readonly)

    @property
    def path(self) -> Path:
        """The session's SQLite file."""
        return self.store.path

    def _import_json(self, readonly):
        import warnings

        for path in sorted(self.folder.glob("*.json")):
            raw = path.read_bytes()
            digest = hashlib.sha256(raw).hexdigest()
            if self.store.imported(f"json:{path.name}", digest):
                continue
            try:
                payload = json.loads(raw.decode("utf-8"))
                person, entries = payload["participant"], dict(payload["entries"])
                name = str(person["name"])
            except (ValueError, KeyError, TypeError, AttributeError):
                warnings.warn(i18n.t("store_quarantined", file=path.name, moved="-"), stacklevel=3)
                if not readonly:
                    os.replace(path, path.with_name(path.name + ".rusak"))
                continue
            if payload.get("session") != self.session_id:
                raise KadDataError("err_other_session", file=path.name, value=payload.get("session"),
                                   allowed=("allow_session", {"session": self.session_id}))  # fmt: skip
            pid = self.store.add_participant(name, person.get("region", ""), person.get("role", ""),
                                             channel="notebook", pid=person.get("id"))  # fmt: skip
            cells = {
                tuple(key.split("|", 1)): value for key, value in entries.items() if "|" in key
            }
            if cells:
                self.store.submit(pid, "factors", cells, channel="notebook")
            self.store.mark_imported(f"json:{path.name}", digest)

    def add(self, participant) -> str:
        """Register a participant (saved at once); returns the participant id (the same for the same person)."""
        person = _participants([participant])[0]
        return self.store.add_participant(
            person.name, person.region, person.role, channel="notebook"
        )

    def set(self, pid: str, item: str, measure: str, value) -> int:
        """Record one judgement (``None`` clears it); returns the submission id once it is on disk."""
        return self.store.submit(pid, "factors", {(item, measure): value}, channel="notebook")

    def participants(self) -> pd.DataFrame:
        return self.store.participants()[["id", "name", "region", "role"]]

    def entries(self, pid: str) -> dict:
        return _entries(self.store, pid)

    def ratings(self) -> pd.DataFrame:
        """Every saved judgement, tidy: ``participant, name, region, role, item, measure, value``."""
        return self.store.ratings()


def _entries(store, pid) -> dict:
    r = store.ratings()
    r = r[r["participant"] == pid]
    return {
        f"{i}|{m}": (int(v) if float(v) == int(v) else float(v))
        for i, m, v in zip(r["item"], r["measure"], r["value"], strict=True)
    }


_FADE = "<style>@keyframes kad-fade {0%, 75% {opacity: 1} 100% {opacity: 0}}</style>"


def participant_form(
    session, participant, items, *, measures=("importance", "condition"), labels=None
):
    """An ipywidgets form for one participant: every change is committed at once to the session store.

    ``session`` is a :class:`Session` or a :class:`kadlib.store.Store`.  The
    confirmation "✔ tersimpan" appears only after the write is committed (and
    fades, so a form left over from before a kernel restart — which can no
    longer save — does not keep claiming it); a failed write says so in red.
    Reopening the form (even after a crashed kernel) shows every saved entry.
    Every text shown is HTML-escaped.
    """
    import ipywidgets as w

    store = session.store if isinstance(session, Session) else session
    person = _participants([participant])[0]
    pid = store.add_participant(person.name, person.region, person.role, channel="notebook")
    saved = _entries(store, pid)
    lo, hi = store.scale
    options = [("–", None)] + [(str(v), v) for v in range(int(lo), int(hi) + 1)]
    controls = {}
    names = [i18n.t(f"measure_{m}") if f"measure_{m}" in i18n.LABELS else m for m in measures]
    rows = [w.HTML("<b>" + "</b> · <b>".join(html.escape(n) for n in names) + "</b>")]
    status = w.HTML(f"<small>{html.escape(i18n.t('form_hint', path=str(store.path)))}</small>")

    def on_change(change, item, measure, dd):
        if getattr(dd, "_kad_reverting", False):
            return
        try:
            sid = store.submit(pid, "factors", {(item, measure): change["new"]}, channel="notebook")
        except KadDataError as err:
            status.value = (f"<b style='color:#b00020'>{html.escape(i18n.t('form_not_saved', msg=str(err).splitlines()[0]))}"
                            "</b>")  # fmt: skip
            dd._kad_reverting = True
            dd.value = change["old"]
            dd._kad_reverting = False
            return
        when = datetime.now().strftime("%H:%M:%S")
        text = f"{i18n.t('form_saved', when=when, sid=sid)}: {(labels or {}).get(item, item)} · {measure} = {change['new']}"
        status.value = (
            f"{_FADE}<small style='animation: kad-fade 8s forwards'>{html.escape(text)}</small>"
        )

    for item in items:
        widgets_row = []
        for measure in measures:
            dd = w.Dropdown(
                options=options, value=saved.get(f"{item}|{measure}"), layout=w.Layout(width="90px")
            )
            dd.observe(lambda ch, i=item, m=measure, d=dd: on_change(ch, i, m, d), names="value")
            controls[(item, measure)] = dd
            widgets_row.append(dd)
        text = (labels or {}).get(item, item)
        rows.append(w.HBox([w.Label(str(text), layout=w.Layout(width="420px")), *widgets_row]))
    who = ", ".join(x for x in (person.name, person.region, person.role) if x)
    box = w.VBox([w.HTML(f"<b>{html.escape(store.name)}</b> — {html.escape(who)}"), *rows, status])
    box.kad_controls = controls
    box.kad_participant = pid
    box.kad_status = status
    return box


# ============================================================================= aggregation and consensus
def aggregate(ratings, *, method="median"):
    """Combine participants' ratings per item and measure: ``median``, ``mean`` or ``geometric``.

    Examples
    --------
    >>> r = pd.DataFrame({"participant": list("abc"), "item": "x", "measure": "importance", "value": [1, 3, 9]})
    >>> float(aggregate(r, method="geometric").loc["x", "importance"])
    3.0
    """
    funcs = {"median": "median", "mean": "mean",
             "geometric": lambda v: float(np.exp(np.log(v.astype(float)).mean()))}  # fmt: skip
    if method not in funcs:
        raise KadDataError("err_unknown_option", column="method", value=method,
                           allowed=("allow_list", {"items": ", ".join(funcs)}))  # fmt: skip
    return ratings.pivot_table(
        index="item", columns="measure", values="value", aggfunc=funcs[method]
    )


def kendalls_w(table) -> dict:
    """Kendall's coefficient of concordance W, with the correction for ties.

    Parameters
    ----------
    table : DataFrame
        Raters (rows) x items (columns) of scores or ranks; each rater's values
        are ranked across the items (ties get average ranks).

    Returns
    -------
    dict
        ``w`` (0 = no agreement, 1 = complete agreement), ``chi2`` (Friedman,
        = m (n − 1) W), ``df`` and ``p`` (chi-square approximation), ``m``, ``n``.

    Notes
    -----
    ``W = 12 S / (m² (n³ − n) − m Σ T)``, ``S = Σ (R_j − m (n + 1) / 2)²``,
    ``T = Σ (t³ − t)`` over each rater's groups of ``t`` tied values.

    Examples
    --------
    >>> kendalls_w(pd.DataFrame([[1, 2, 3], [1, 2, 3]]))["w"]
    1.0
    """
    x = np.asarray(table, dtype=float)
    if np.isnan(x).any():
        r, c = np.argwhere(np.isnan(x))[0]
        raise KadDataError("err_blank", file="kendalls_w", row=int(r) + 1, column=str(c),
                           allowed=("allow_complete_ratings", {}))  # fmt: skip
    m, n = x.shape
    ranks = pd.DataFrame(x).rank(axis=1, method="average").to_numpy()  # ties get their average rank
    totals = ranks.sum(axis=0)
    s = float(((totals - m * (n + 1) / 2) ** 2).sum())
    ties = 0.0
    for row in x:
        _, counts = np.unique(row, return_counts=True)
        ties += float((counts**3 - counts).sum())
    denom = m**2 * (n**3 - n) - m * ties
    w = 12 * s / denom if denom > 0 else float("nan")
    chi2 = m * (n - 1) * w
    return {"w": w, "chi2": chi2, "df": n - 1, "p": chi2_sf(chi2, n - 1), "m": m, "n": n}


def chi2_sf(x: float, df: int) -> float:
    """P(X > x) for a chi-square variable with a whole number of degrees of freedom (exact series).

    The regularised upper incomplete gamma Q(df/2, x/2): for even df a finite sum,
    for odd df ``erfc`` plus a finite sum — no scipy needed (the live server stays small).

    Examples
    --------
    >>> round(chi2_sf(3.841458820694124, 1), 6)
    0.05
    """
    if x != x:
        return float("nan")
    if x <= 0:
        return 1.0
    h = x / 2.0
    if df % 2 == 0:
        term = total = math.exp(-h)
        for i in range(1, df // 2):
            term *= h / i
            total += term
        return float(min(total, 1.0))
    total = math.erfc(math.sqrt(h))
    term = math.exp(-h) * math.sqrt(h) / math.gamma(1.5)  # x^(k - 1/2) e^-x / Gamma(k + 1/2), k = 1
    for k in range(1, (df - 1) // 2 + 1):
        total += term
        term *= h / (k + 0.5)
    return float(min(total, 1.0))


def consensus(ratings, measure, *, iqr_threshold=2.0):
    """Where does the room agree on a measure? Spread per item, W over participants, a flag to discuss.

    Returns
    -------
    (DataFrame, dict)
        Per item: ``median``, ``q1``, ``q3``, ``iqr``, ``min``, ``max`` and
        ``disagree`` (IQR ≥ ``iqr_threshold``), sorted with the disagreements
        first — the facilitator discusses those first; and Kendall's W (dict).
    """
    part = ratings[ratings["measure"] == measure]
    wide = part.pivot_table(index="participant", columns="item", values="value", aggfunc="first")
    q = part.groupby("item")["value"].quantile([0.25, 0.5, 0.75]).unstack()
    out = pd.DataFrame({"median": q[0.5], "q1": q[0.25], "q3": q[0.75]})
    out["iqr"] = out["q3"] - out["q1"]
    out["min"] = part.groupby("item")["value"].min()
    out["max"] = part.groupby("item")["value"].max()
    out["disagree"] = out["iqr"] >= iqr_threshold
    out = out.sort_values(["disagree", "iqr"], ascending=[False, False])
    return out, kendalls_w(wide.dropna(axis=0))
