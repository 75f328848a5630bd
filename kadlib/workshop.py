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
* **The in-notebook form** at the facilitator's laptop (:func:`kadlib.widgets.participant_form`)
  — every change is one committed submission, so a crashed kernel or a closed
  browser loses nothing and reopening the session restores every entry.

Then aggregation (median, mean, geometric mean) and consensus: Kendall's W
(with the ties correction) over the participants' rankings, the spread (IQR)
per item, and a flag on the items where the room disagrees — defined in
:mod:`kadlib.aggregation`.

Layers: this module holds the Excel templates and their read-back and the
:class:`Session`; it imports neither ipywidgets nor matplotlib.  For
notebooks written against it, ``aggregate``, ``kendalls_w``, ``consensus``,
``chi2_sf`` (from :mod:`kadlib.aggregation`) and ``participant_form`` (from
:mod:`kadlib.widgets`, loaded on first use) are still importable from here.

Participant names are never used raw as file names, and nothing read from a
workbook is evaluated: formulas are refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import i18n

# Re-exports, so ``kadlib.workshop.aggregate`` etc. keep working for notebooks and users: these
# analysis functions live in kadlib.aggregation since issue 13 part 6 (the form, participant_form,
# lives in kadlib.widgets and is re-exported lazily by __getattr__ at the end of this module).
from .aggregation import aggregate, chi2_sf, consensus, kendalls_w  # noqa: F401  (re-export)
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
    """A stable id for a participant: the slug plus a short hash of name and region (no collisions by slug).

    Case and surrounding spaces do not change the id; another region does.

    Examples
    --------
    >>> participant_id("Ani", "3471"), participant_id(" ani ", "3471")
    ('ani-af5fbc', 'ani-af5fbc')
    >>> participant_id("Ani", "3404")
    'ani-afd1d1'
    """
    digest = hashlib.sha256(
        f"{name.strip().lower()}|{str(region).strip().lower()}".encode()
    ).hexdigest()[:6]
    return f"{slug(name)}-{digest}"


@dataclass
class Participant:
    """A workshop participant: name, region (code or name), role.

    Examples
    --------
    >>> ani = Participant("Ani", "3471", "Bappeda")
    >>> ani.id
    'ani-af5fbc'
    >>> Participant.coerce({"name": "Budi", "region": "3404"})
    Participant(name='Budi', region='3404', role='')
    """

    name: str
    region: str = ""
    role: str = ""

    @property
    def id(self) -> str:
        return participant_id(self.name, self.region)

    @classmethod
    def coerce(cls, value) -> Participant:
        """A participant from what people pass: a ``Participant``, a dict, a ``(name, region, role)`` tuple or a name.

        Examples
        --------
        >>> Participant.coerce(("Ani", "3471", "Bappeda"))
        Participant(name='Ani', region='3471', role='Bappeda')
        >>> Participant.coerce("Budi").region
        ''
        """
        if isinstance(value, Participant):
            return value
        if isinstance(value, dict):
            return cls(**value)
        if isinstance(value, (tuple, list)):
            return cls(*value)
        return cls(str(value))


def _participants(items):
    return [Participant.coerce(p) for p in items]


# ============================================================================= Excel templates
def make_templates(
    folder,
    session_id,
    participants,
    items,
    *,
    measures=("importance", "condition"),
    scale=(1, 5),
    labels=None,
    title="Faktor kunci sukses",
):
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

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> tmp = tempfile.TemporaryDirectory()
    >>> paths = make_templates(tmp.name, "kartamantul-2026-11",
    ...                        [("Ani", "3471", "Bappeda"), "Budi"], ["komitmen_pimpinan"])
    >>> [p.name for p in paths]
    ['ani-af5fbc.xlsx', 'budi-a3596f.xlsx']
    >>> wb = load_workbook(paths[0])
    >>> wb.sheetnames, wb["_kadlib"].sheet_state
    (['Petunjuk', 'Penilaian', '_kadlib'], 'hidden')
    >>> [[c.value for c in row] for row in wb["Penilaian"].iter_rows(min_row=6, max_row=7)]
    [['Kode', 'Butir', 'Tingkat kepentingan', 'Kondisi saat ini'], ['komitmen_pimpinan', 'komitmen_pimpinan', None, None]]
    >>> tmp.cleanup()
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
        for r, (key, value) in enumerate(
            [
                ("Sesi", session_id),
                ("Nama", person.name),
                ("Daerah", person.region),
                ("Peran", person.role),
            ],
            start=1,
        ):
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
        dv = DataValidation(
            type="list",
            formula1=f'"{choices}"',
            allow_blank=False,
            showErrorMessage=True,
            errorTitle="Nilai tidak valid",
            error=f"Pilih nilai {lo}–{hi} dari daftar.",
        )
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
        for k, (key, value) in enumerate(
            [
                ("schema", SCHEMA),
                ("session", session_id),
                ("participant", person.id),
                ("items", json.dumps(list(items))),
                ("measures", json.dumps(list(measures))),
                ("scale", json.dumps([lo, hi])),
            ],
            start=1,
        ):
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

    Examples
    --------
    Two participants fill in their workbooks (here with openpyxl, as Excel would):

    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> tmp = tempfile.TemporaryDirectory()
    >>> paths = make_templates(tmp.name, "kartamantul-2026-11", [("Ani", "3471"), ("Budi", "3404")],
    ...                        ["komitmen_pimpinan"])
    >>> read_workbooks(tmp.name, "kartamantul-2026-11")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'ani-af5fbc.xlsx', baris 7, kolom 'C': sel kosong...
    >>> for path, (importance, condition) in zip(paths, [(5, 3), (4, 2)]):
    ...     wb = load_workbook(path)
    ...     wb["Penilaian"]["C7"], wb["Penilaian"]["D7"] = importance, condition
    ...     wb.save(path)
    >>> ratings = read_workbooks(tmp.name, "kartamantul-2026-11")
    >>> ratings[["name", "region", "measure", "value"]].values.tolist()
    [['Ani', '3471', 'importance', 5], ['Ani', '3471', 'condition', 3], ['Budi', '3404', 'importance', 4], ['Budi', '3404', 'condition', 2]]
    >>> read_workbooks(tmp.name, "sesi-lain")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'ani-af5fbc.xlsx', nilai 'kartamantul-2026-11': ...
    >>> tmp.cleanup()
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
        meta = {
            wb[META_SHEET].cell(row=k, column=1).value: wb[META_SHEET].cell(row=k, column=2).value
            for k in range(1, 7)
        }
        if meta.get("session") != session_id:
            raise KadDataError(
                "err_other_session",
                file=path.name,
                value=meta.get("session"),
                allowed=("allow_session", {"session": session_id}),
            )
        ws = wb[TEMPLATE_SHEET]
        name, region, role = (_cell_text(ws[f"B{r}"].value) for r in (2, 3, 4))
        if not name:
            raise KadDataError(
                "err_blank", file=path.name, row=2, column="B", allowed=("allow_name", {})
            )
        pid = participant_id(name, region)
        if pid in seen:
            raise KadDataError(
                "err_participant_twice",
                file=path.name,
                value=name,
                allowed=("allow_participant_once", {"other": seen[pid]}),
            )
        seen[pid] = path.name
        items, measures = json.loads(meta["items"]), json.loads(meta["measures"])
        for i, item in enumerate(items):
            r = FIRST_ITEM_ROW + i
            if _cell_text(ws.cell(row=r, column=1).value) != item:
                raise KadDataError(
                    "err_template_changed",
                    file=path.name,
                    row=r,
                    column="A",
                    value=ws.cell(row=r, column=1).value,
                    allowed=("allow_template", {}),
                )
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
                    raise KadDataError(
                        "err_not_numeric",
                        **where,
                        value=value,
                        allowed=("allow_scale", {"lo": lo, "hi": hi}),
                    ) from None
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

    Examples
    --------
    >>> import tempfile
    >>> from openpyxl import load_workbook
    >>> from kadlib.store import open_session
    >>> tmp = tempfile.TemporaryDirectory()
    >>> store = open_session("kartamantul-2026-11", tmp.name, group="kartamantul")
    >>> [path] = make_templates(f"{tmp.name}/excel", store.name, [("Ani", "3471")],
    ...                         ["komitmen_pimpinan"])
    >>> wb = load_workbook(path)
    >>> wb["Penilaian"]["C7"], wb["Penilaian"]["D7"] = 5, 3
    >>> wb.save(path)
    >>> len(import_workbooks(store, f"{tmp.name}/excel"))
    1
    >>> import_workbooks(store, f"{tmp.name}/excel")  # the same workbook again: skipped
    []
    >>> store.ratings()[["name", "item", "measure", "value"]].values.tolist()
    [['Ani', 'komitmen_pimpinan', 'condition', 3], ['Ani', 'komitmen_pimpinan', 'importance', 5]]
    >>> store.history()[["submission", "channel"]].drop_duplicates().values.tolist()
    [[1, 'excel']]
    >>> store.close()
    >>> tmp.cleanup()
    """
    paths = (
        sorted(Path(paths).glob("*.xlsx"))
        if isinstance(paths, (str, Path)) and Path(paths).is_dir()
        else paths
    )
    paths = [Path(p) for p in paths]
    frame = read_workbooks(
        paths,
        store.name if session_id is None else session_id,
        scale=store.scale if scale is None else scale,
    )
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
                    raise KadDataError(
                        "err_other_session",
                        file=other.name,
                        value=name,
                        allowed=("allow_session", {"session": session_id}),
                    )
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
                raise KadDataError(
                    "err_other_session",
                    file=path.name,
                    value=payload.get("session"),
                    allowed=("allow_session", {"session": self.session_id}),
                )
            pid = self.store.add_participant(
                name,
                person.get("region", ""),
                person.get("role", ""),
                channel="notebook",
                pid=person.get("id"),
            )
            cells = {
                tuple(key.split("|", 1)): value for key, value in entries.items() if "|" in key
            }
            if cells:
                self.store.submit(pid, "factors", cells, channel="notebook")
            self.store.mark_imported(f"json:{path.name}", digest)

    def add(self, participant) -> str:
        """Register a participant (saved at once); returns the participant id (the same for the same person)."""
        person = Participant.coerce(participant)
        return self.store.add_participant(
            person.name, person.region, person.role, channel="notebook"
        )

    def set(self, pid: str, item: str, measure: str, value) -> int:
        """Record one judgement (``None`` clears it); returns the submission id once it is on disk."""
        return self.store.submit(pid, "factors", {(item, measure): value}, channel="notebook")

    def participants(self) -> pd.DataFrame:
        return self.store.participants()[["id", "name", "region", "role"]]

    def entries(self, pid: str) -> dict:
        return saved_entries(self.store, pid)

    def ratings(self) -> pd.DataFrame:
        """Every saved judgement, tidy: ``participant, name, region, role, item, measure, value``."""
        return self.store.ratings()


def saved_entries(store, pid: str) -> dict:
    """One participant's saved judgements in a store, as ``{"item|measure": value}`` (what a form shows again).

    Examples
    --------
    >>> import tempfile
    >>> s = Session(tempfile.mkdtemp(), "demo")
    >>> pid = s.add(Participant("Ani", "3471"))
    >>> _ = s.set(pid, "komitmen_pimpinan", "importance", 4)
    >>> saved_entries(s.store, pid)
    {'komitmen_pimpinan|importance': 4}
    """
    r = store.ratings()
    r = r[r["participant"] == pid]
    return {
        f"{i}|{m}": (int(v) if float(v) == int(v) else float(v))
        for i, m, v in zip(r["item"], r["measure"], r["value"], strict=True)
    }


def __getattr__(name: str):
    # Re-export of the notebook form, which lives in the front end (kadlib.widgets) since issue 13
    # part 6. Resolved on first use so that importing kadlib.workshop never loads ipywidgets/matplotlib.
    if name == "participant_form":
        from .widgets import participant_form

        return participant_form
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
