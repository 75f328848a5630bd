"""One durable store per workshop session: every participant's judgements, from every channel.

A session is one SQLite file (standard library ``sqlite3``, ``journal_mode=WAL``,
``synchronous=FULL``) in a folder the trainer can see and back up — by default
``./lokakarya/<session-name>.sqlite`` inside the working directory.  Phones
(the live session, :mod:`kadlib.live`), the Excel templates and the form in the
notebook (:mod:`kadlib.workshop`) all write into it, each submission marked with
its channel (``live``, ``excel``, ``notebook``, or ``paper``: typed in from the printed
sheets, :func:`kadlib.worksheets.import_filled`).

Submissions are **append-only**: a participant who submits a step again
replaces their answer ("the latest wins") and the earlier one stays in the
history.  A write returns only after the transaction is committed to disk, so
whatever was acknowledged survives a crash, a killed server or a pulled plug.

Public functions and classes
----------------------------
``open_session(name, folder="lokakarya", *, group=None, ...)``
    Open (or create) the store of a session; the same name gives the same store.
latest(folder="lokakarya")
    The most recently used session store in a folder, or ``None``.
session_path(name, folder="lokakarya")
    Where the store of a session lives (nothing is created).
Store
    ``join``, ``add_participant``, ``participant_by_token``, ``participant``, ``submit``,
    ``current``, ``done_steps``,
    ``open_step``, ``close_step``, ``steps``, ``check_join_code``,
    ``check_facilitator_key``, ``new_facilitator_key``, ``set_facilitator_key``, ``sign``; readers ``participants``,
    ``ratings``, ``field_scores``, ``field_stack``, ``decision_matrix``, ``decision_matrices``,
    ``ahp_matrices``, ``point_weights``, ``participant_weights``, ``group_weights``,
    ``status``, ``votes``, ``comments``, ``history``, ``version``,
    ``integrity_check``, ``close``.
session_name(path)
    The session name stored in a ``.sqlite`` file (or ``None``).
clean_text(text), name_key(name), file_stem(name)
    How participant text is stored, how names are compared, how a session name becomes a file name.
STEPS, CHANNELS
    The steps of the SKAD day in order, and the channels.

Participant ids are random (never made from a name) and are never used as
paths.  Names are compared after Unicode normalisation, case folding and
collapsing spaces: "Budi" and "budi " in the same region are a clear
duplicate-name error, not two people overwriting each other.

Examples
--------
>>> import tempfile
>>> s = open_session("contoh", folder=tempfile.mkdtemp(), group="kartamantul")
>>> pid, token = s.join("Ani", "3471", "Bappeda", join_code=s.join_code)
>>> s.open_step("factors")
>>> _ = s.submit(pid, "factors", {("komitmen_pimpinan", "importance"): 5})
>>> s.ratings()[["name", "item", "measure", "value"]].values.tolist()
[['Ani', 'komitmen_pimpinan', 'importance', 5]]
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import threading
import unicodedata
import uuid
import warnings
from datetime import UTC, datetime
from pathlib import Path

from . import i18n
from .errors import KadDataError

SCHEMA = 1
#: The steps of the SKAD day, in order: key success factors, field scores, criteria weights, vision/focus.
STEPS = ("factors", "fields", "weights", "vision")
CHANNELS = ("live", "excel", "notebook", "paper")
DEFAULT_FOLDER = "lokakarya"
SAATY_MIN, SAATY_MAX = 1 / 9, 9
MAX_TEXT = 1000
MAX_NAME = 80

_OPEN: dict[str, Store] = {}
_OPEN_LOCK = threading.Lock()

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS steps (step TEXT PRIMARY KEY, open INTEGER NOT NULL, changed TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS participants (
    id TEXT PRIMARY KEY, token_hash TEXT UNIQUE, name TEXT NOT NULL, name_key TEXT NOT NULL,
    region TEXT NOT NULL, role TEXT NOT NULL, channel TEXT NOT NULL, created TEXT NOT NULL,
    UNIQUE (region, name_key));
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, participant TEXT NOT NULL REFERENCES participants(id),
    step TEXT NOT NULL, channel TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    submission INTEGER NOT NULL REFERENCES submissions(id), participant TEXT NOT NULL,
    step TEXT NOT NULL, item TEXT NOT NULL, measure TEXT NOT NULL, value REAL, text TEXT);
CREATE INDEX IF NOT EXISTS entries_by_submission ON entries (submission);
CREATE TABLE IF NOT EXISTS current (
    participant TEXT NOT NULL, step TEXT NOT NULL, item TEXT NOT NULL, measure TEXT NOT NULL,
    value REAL, text TEXT, submission INTEGER NOT NULL, PRIMARY KEY (participant, step, item, measure));
CREATE TABLE IF NOT EXISTS imports (source TEXT PRIMARY KEY, digest TEXT NOT NULL, created TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS entries_append_only_u BEFORE UPDATE ON entries
    BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END;
CREATE TRIGGER IF NOT EXISTS entries_append_only_d BEFORE DELETE ON entries
    BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END;
CREATE TRIGGER IF NOT EXISTS submissions_append_only_u BEFORE UPDATE ON submissions
    BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS submissions_append_only_d BEFORE DELETE ON submissions
    BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def clean_text(text, *, limit: int = MAX_TEXT) -> str:
    """Participant text as stored: Unicode NFC, no control characters, spaces collapsed, at most ``limit``.

    Examples
    --------
    >>> clean_text("  Budi\\x00  Santoso \\n")
    'Budi Santoso'
    """
    text = unicodedata.normalize("NFC", "" if text is None else str(text))
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()[:limit]


def name_key(name: str) -> str:
    """The key two names are compared by: NFKC, case folded, spaces collapsed ("Budi" == "budi ").

    Examples
    --------
    >>> name_key("  Budi   SANTOSO "), name_key("ｂｕｄｉ"), name_key("Straße")
    ('budi santoso', 'budi', 'strasse')
    >>> name_key("Budi") == name_key("budi ")
    True
    """
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(name)).casefold()).strip()


def file_stem(name: str) -> str:
    """A safe file-name stem for a session name (never a path: no '/', '..', or hidden file).

    Examples
    --------
    >>> file_stem("Kartamantul 2026/11"), file_stem("Sesi Ñusantara")
    ('kartamantul-2026-11', 'sesi-nusantara')
    >>> file_stem("../../etc"), file_stem("...")
    ('etc', 'sesi')
    """
    text = (
        unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    )
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-")
    return text or "sesi"


def session_path(name: str, folder=DEFAULT_FOLDER) -> Path:
    """Where the store of session ``name`` lives: ``<folder>/<safe name>.sqlite`` (not created).

    The path is absolute (the working directory when ``folder`` is relative).

    Examples
    --------
    >>> path = session_path("Kartamantul 2026-11")
    >>> path.name, path.parent.name, path.is_absolute()
    ('kartamantul-2026-11.sqlite', 'lokakarya', True)
    """
    return (Path(folder) / f"{file_stem(name)}.sqlite").absolute()


def _fields(fields) -> list[dict]:
    """The group's candidate fields: ``{id: label}``, a list of dicts (``id``, ``label_id``, ``label_en``,
    optional ``participants``: region codes), or a DataFrame indexed by id with those columns."""
    import pandas as pd

    if isinstance(fields, pd.DataFrame):
        fields = [
            {
                "id": str(i),
                **{k: v for k, v in row.items() if k in ("label_id", "label_en", "participants")},
            }
            for i, row in fields.iterrows()
        ]
    elif isinstance(fields, dict):
        fields = [{"id": str(k), "label_id": str(v), "label_en": str(v)} for k, v in fields.items()]
    out = []
    for f in fields:
        fid = clean_text(f.get("id"), limit=40)
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", fid or ""):
            raise KadDataError(
                "err_unknown_option",
                column="fields",
                value=f.get("id"),
                allowed=("allow_field_id", {}),
            )
        item = {
            "id": fid,
            "label_id": clean_text(f.get("label_id") or fid, limit=120),
            "label_en": clean_text(f.get("label_en") or f.get("label_id") or fid, limit=120),
        }
        if f.get("participants") is not None and len(f.get("participants")):
            item["participants"] = [str(c) for c in f["participants"]]
        out.append(item)
    ids = [f["id"] for f in out]
    if not out or len(set(ids)) != len(ids):
        raise KadDataError(
            "err_duplicate_rows", file="fields", what=", ".join(ids), allowed=("allow_unique", {})
        )
    return out


def _default_config(group, scale, fields=None) -> dict:
    """The items of each step: the kit's factor catalogue, the judged SKAD criteria, the fields (example by default)."""
    from .datasets import load_criteria, load_example_workshop, load_success_factors

    factors = load_success_factors()
    criteria = load_criteria()
    judged = criteria[criteria["assessment"] == "judgement"].sort_values("order")
    if fields is None:
        example = load_example_workshop()["scores"]
        fields = [
            {
                "id": fid,
                "label_id": row.label_id,
                "label_en": row.label_en,
                "participants": list(row.participants),
            }
            for fid, row in example.iterrows()
        ]
        note = "example"
    else:
        fields, note = _fields(fields), ""
    return {
        "scale": list(scale),
        "factors": [
            {"id": r.factor_id, "label_id": r.label_id, "label_en": r.label_en}
            for r in factors.itertuples()
        ],
        "criteria": [
            {"id": r.criterion_id, "label_id": r.label_id, "label_en": r.label_en}
            for r in judged.itertuples()
        ],
        "fields": fields,
        "fields_note": note,
        "vision": {"label_id": "", "label_en": ""},
        "activities": [
            {"id": f["id"], "label_id": f["label_id"], "label_en": f["label_en"]} for f in fields
        ],
    }


def _items(config_list):
    return None if config_list is None else [x["id"] for x in config_list]


class Store:
    """The store of one session.  Use :func:`open_session` (it returns the same object for the same file).

    Attributes
    ----------
    path : Path
        The SQLite file (print it: this is what to back up).
    name, group, members, join_code, config
        The session's name, cooperation group and its member region codes, the
        code participants type to join, and the items of every step.

    Examples
    --------
    A participant joins with the session's code and rates a factor once its step is open;
    the answer is on disk when ``submit`` returns:

    >>> import tempfile
    >>> tmp = tempfile.TemporaryDirectory()
    >>> s = open_session("kartamantul-2026-11", tmp.name, group="kartamantul")
    >>> s.path.name, s.members
    ('kartamantul-2026-11.sqlite', ['3402', '3404', '3471'])
    >>> s.steps()
    {'factors': False, 'fields': False, 'weights': False, 'vision': False}
    >>> pid, token = s.join("Ani", "3471", "Bappeda", join_code=s.join_code)
    >>> s.open_step("factors")
    >>> _ = s.submit(pid, "factors", {("komitmen_pimpinan", "importance"): 5,
    ...                               ("komitmen_pimpinan", "condition"): 3})
    >>> s.current(pid, "factors")
    {('komitmen_pimpinan', 'condition'): 3.0, ('komitmen_pimpinan', 'importance'): 5.0}
    >>> s.participants()[["name", "region", "channel"]].values.tolist()
    [['Ani', '3471', 'live']]
    >>> s.close()
    >>> tmp.cleanup()
    """

    def __init__(
        self,
        path,
        name: str,
        *,
        group=None,
        config=None,
        scale=(1, 5),
        free_items=False,
        fields=None,
    ):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._queue_lock = threading.Lock()
        self._queue: list = []
        self._writing = False
        self._cache: dict = {}
        self._cache_lock = threading.Lock()
        self._closed = False
        memory = str(path) == ":memory:"
        if not memory:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._quarantine_if_damaged()
        self._db = self._connect()
        self._rlock = threading.RLock()
        with self._lock:
            self._db.executescript(_SCHEMA_SQL)
            meta = self._meta()
            if not meta:
                self._create(name, group, config, scale, free_items, fields)
                meta = self._meta()
            elif meta.get("name") != name:
                raise KadDataError(
                    "err_other_session",
                    file=self.path.name,
                    value=meta.get("name"),
                    allowed=("allow_session", {"session": name}),
                )
        # readers get their own connection: in WAL mode they never wait for a writer's fsync
        self._rdb = self._db if memory else self._connect()
        self.name = meta["name"]
        self.group = meta.get("group") or None
        self.members = json.loads(meta.get("members", "[]"))
        self.join_code = meta["join_code"]
        self.config = json.loads(meta["config"])
        self.scale = tuple(self.config["scale"])
        self._secret = bytes.fromhex(meta["secret"])

    # ------------------------------------------------------------------ opening
    def _connect(self):
        try:
            db = sqlite3.connect(
                str(self.path), timeout=10.0, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=10000")
        except sqlite3.DatabaseError as err:
            raise self._error(err) from None
        return db

    def _quarantine_if_damaged(self):
        if not self.path.exists():
            return
        ok = False
        try:
            db = sqlite3.connect(str(self.path), timeout=10.0)
            try:
                ok = db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                ok = (
                    ok
                    and db.execute(
                        "SELECT count(*) FROM sqlite_master WHERE name='meta'"
                    ).fetchone()[0]
                    == 1
                )
            finally:
                db.close()
        except sqlite3.DatabaseError as err:
            if not any(
                w in str(err).lower()
                for w in ("not a database", "malformed", "disk image", "corrupt")
            ):
                raise self._error(
                    err
                ) from None  # locked or busy: in use elsewhere, not damaged — never moved aside
            ok = False
        if ok:
            return
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        moved = self.path.with_name(f"{self.path.stem}.rusak-{stamp}{self.path.suffix}")
        for suffix in ("", "-wal", "-shm"):
            src = Path(str(self.path) + suffix)
            if src.exists():
                os.replace(src, Path(str(moved) + suffix))
        warnings.warn(
            i18n.t("store_quarantined", file=self.path.name, moved=moved.name), stacklevel=4
        )

    def _create(self, name, group, config, scale, free_items, fields=None):
        members = []
        if group is not None:
            from .datasets import group_members

            members = list(group_members(group))
        if config is None:
            config = (
                {
                    "scale": list(scale),
                    "factors": None,
                    "criteria": None,
                    "fields": None,
                    "vision": None,
                    "activities": None,
                }
                if free_items
                else _default_config(group, scale, fields)
            )
        meta = {
            "schema": str(SCHEMA),
            "name": name,
            "group": "" if group is None else str(group),
            "members": json.dumps(members),
            "join_code": f"{secrets.randbelow(10**6):06d}",
            "secret": secrets.token_hex(32),
            "facilitator_hash": "",
            "config": json.dumps(config),
            "created": _now(),
        }
        self._write(
            lambda db: (
                [db.execute("INSERT OR IGNORE INTO meta VALUES (?, ?)", kv) for kv in meta.items()]
                + [
                    db.execute("INSERT OR IGNORE INTO steps VALUES (?, 0, ?)", (s, _now()))
                    for s in STEPS
                ]
            )
        )

    def _meta(self) -> dict:
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def _error(self, err) -> KadDataError:
        code = getattr(err, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_FULL or "full" in str(err).lower():
            return KadDataError(
                "err_disk_full", file=str(self.path), allowed=("allow_disk_space", {})
            )
        return KadDataError(
            "err_store", file=str(self.path), value=str(err), allowed=("allow_store", {})
        )

    def _write(self, work):
        """Run ``work(db)`` in a transaction; return its result only after COMMIT (group commit).

        Writers that arrive while another is committing are committed together in the
        next transaction, each in its own savepoint (one failing write never takes
        another with it), so a room of phones shares one ``fsync`` instead of queueing
        for one each.  Nobody is told "saved" before the COMMIT that holds their write.
        """
        item = [work, threading.Event(), None, None]  # work, done, result, error
        with self._queue_lock:
            self._queue.append(item)
            leader = not self._writing
            self._writing = True
        if leader:
            while True:
                with self._queue_lock:
                    batch, self._queue = self._queue, []
                    if not batch:
                        self._writing = False
                        break
                self._commit(batch)
        item[1].wait()
        if item[3] is not None:
            raise item[3]
        return item[2]

    def _commit(self, batch):
        with self._lock:
            try:
                if self._closed:
                    raise KadDataError(
                        "err_store_closed", file=str(self.path), allowed=("allow_store", {})
                    )
                db = self._db
                try:
                    db.execute("BEGIN IMMEDIATE")
                    for item in batch:
                        db.execute("SAVEPOINT w")
                        try:
                            item[2] = item[0](db)
                            db.execute("RELEASE w")
                        except Exception as err:  # noqa: BLE001 - handed to the writer it belongs to
                            if (
                                not db.in_transaction
                            ):  # SQLite rolled the whole transaction back (disk full ...)
                                raise
                            db.execute("ROLLBACK TO w")
                            db.execute("RELEASE w")
                            item[3] = err
                    db.execute("COMMIT")
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError as err:
                for item in batch:
                    item[2], item[3] = None, err
            except sqlite3.DatabaseError as err:
                for item in batch:
                    item[2], item[3] = None, self._error(err)
            except Exception as err:  # noqa: BLE001
                for item in batch:
                    item[2], item[3] = None, err
            for item in batch:
                if isinstance(item[3], sqlite3.DatabaseError) and not isinstance(
                    item[3], sqlite3.IntegrityError
                ):
                    item[3] = self._error(item[3])
                item[1].set()

    def _read(self, sql, args=()):
        lock, db = (self._lock, self._db) if self._rdb is self._db else (self._rlock, self._rdb)
        with lock:
            if self._closed:
                raise KadDataError(
                    "err_store_closed", file=str(self.path), allowed=("allow_store", {})
                )
            try:
                return db.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as err:
                raise self._error(err) from None

    def close(self) -> None:
        """Close the file (a later :func:`open_session` opens it again)."""
        with self._lock, self._rlock:
            if not self._closed:
                self._db.close()
                if self._rdb is not self._db:
                    self._rdb.close()
                self._closed = True
        with _OPEN_LOCK:
            for key, value in list(_OPEN.items()):
                if value is self:
                    del _OPEN[key]

    def __repr__(self):
        return f"Store({self.name!r}, {str(self.path)!r})"

    # ------------------------------------------------------------------ secrets
    def check_join_code(self, code) -> bool:
        return hmac.compare_digest(str(code or "").strip().encode(), self.join_code.encode())

    def new_facilitator_key(self) -> str:
        """A new facilitator key (shown once; only its hash is stored)."""
        return self.set_facilitator_key(secrets.token_urlsafe(18))

    def set_facilitator_key(self, key: str) -> str:
        """Use ``key`` as the facilitator key (at least 12 characters); only its hash is stored."""
        if len(str(key)) < 12:
            raise KadDataError(
                "err_out_of_scale",
                column="facilitator_key",
                value=len(str(key)),
                allowed=("allow_scale", {"lo": 12, "hi": 200}),
            )
        self._write(
            lambda db: db.execute(
                "UPDATE meta SET value=? WHERE key='facilitator_hash'", (_hash(str(key)),)
            )
        )
        return str(key)

    def check_facilitator_key(self, key) -> bool:
        stored = dict(self._read("SELECT key, value FROM meta WHERE key='facilitator_hash'")).get(
            "facilitator_hash"
        )
        return bool(stored) and bool(key) and hmac.compare_digest(_hash(str(key)), stored)

    def sign(self, text: str) -> str:
        """An HMAC of ``text`` with the session's secret (used for CSRF tokens)."""
        return hmac.new(self._secret, text.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    # ------------------------------------------------------------------ steps
    def steps(self) -> dict:
        """``{step: True (open) / False (closed)}`` in SKAD order."""
        state = dict(self._read("SELECT step, open FROM steps"))
        return {s: bool(state.get(s, 0)) for s in STEPS}

    def _set_step(self, step, value):
        if step not in STEPS:
            raise KadDataError(
                "err_unknown_option",
                column="step",
                value=step,
                allowed=("allow_list", {"items": ", ".join(STEPS)}),
            )
        self._write(
            lambda db: db.execute(
                "UPDATE steps SET open=?, changed=? WHERE step=?", (value, _now(), step)
            )
        )

    def open_step(self, step: str) -> None:
        """Let participants submit this step from their phones."""
        self._set_step(step, 1)

    def close_step(self, step: str) -> None:
        """Stop live submissions for this step (the page says it is closed)."""
        self._set_step(step, 0)

    # ------------------------------------------------------------------ participants
    def _check_person(self, name, region, role):
        name, role = clean_text(name, limit=MAX_NAME), clean_text(role, limit=MAX_NAME)
        region = clean_text(region, limit=20)
        if not name:
            raise KadDataError(
                "err_blank", file=self.path.name, column="name", allowed=("allow_name", {})
            )
        if self.members and region not in self.members:
            raise KadDataError(
                "err_region_not_member",
                file=self.path.name,
                column="region",
                value=region,
                allowed=("allow_list", {"items": ", ".join(self.members)}),
            )
        return name, region, role

    def add_participant(self, name, region="", role="", *, channel="notebook", pid=None) -> str:
        """Register a participant for the notebook or Excel channel; the same name and region give the same id.

        Raises
        ------
        KadDataError
            A name that differs only in case or spaces from one already in the
            region ("Budi" / "budi "): a duplicate name — add a distinguishing
            detail.  A region that is not a member of the group.
        """
        name, region, role = self._check_person(name, region, role)
        key = name_key(name)
        rows = self._read(
            "SELECT id, name FROM participants WHERE region=? AND name_key=?", (region, key)
        )
        if rows:
            pid, existing = rows[0]
            if existing == name:
                return pid
            raise KadDataError(
                "err_duplicate_name",
                file=self.path.name,
                column="name",
                value=name,
                other=existing,
                allowed=("allow_distinct_name", {}),
            )
        wanted = pid if pid and re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", str(pid)) else None
        if wanted and self.participant(wanted) is not None:
            wanted = None  # taken by someone else: a new random id, never an overwrite
        return self._insert_participant(name, key, region, role, channel, None, wanted)

    def _insert_participant(self, name, key, region, role, channel, token_hash, wanted=None):
        check_channel(channel)
        for attempt in range(5):
            pid = wanted if (wanted and attempt == 0) else "p-" + uuid.uuid4().hex[:12]
            try:
                self._write(
                    lambda db, pid=pid: db.execute(
                        "INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (pid, token_hash, name, key, region, role, channel, _now()),
                    )
                )
                return pid
            except sqlite3.IntegrityError:
                rows = self._read(
                    "SELECT id, name FROM participants WHERE region=? AND name_key=?", (region, key)
                )
                if rows and token_hash is None and rows[0][1] == name:
                    return rows[0][
                        0
                    ]  # the same person registered at the same moment by another form
                if rows:
                    raise KadDataError(
                        "err_duplicate_name",
                        file=self.path.name,
                        column="name",
                        value=name,
                        other=name,
                        allowed=("allow_distinct_name", {}),
                    ) from None
        raise KadDataError(
            "err_store", file=str(self.path), value="id", allowed=("allow_store", {})
        )  # pragma: no cover

    def join(self, name, region, role="", *, join_code=None, channel="live") -> tuple[str, str]:
        """A participant joins from a phone: returns ``(participant id, secret token)``.

        The token goes into the participant's cookie; only its hash is stored.
        A name already used in the region (after normalisation) is refused.
        """
        if not self.check_join_code(join_code):
            raise KadDataError(
                "err_join_code",
                column="join_code",
                value=join_code,
                allowed=("allow_join_code", {}),
            )
        name, region, role = self._check_person(name, region, role)
        key = name_key(name)
        if self._read("SELECT 1 FROM participants WHERE region=? AND name_key=?", (region, key)):
            raise KadDataError(
                "err_duplicate_name",
                file=self.path.name,
                column="name",
                value=name,
                other=name,
                allowed=("allow_distinct_name", {}),
            )
        token = secrets.token_urlsafe(32)
        return self._insert_participant(name, key, region, role, channel, _hash(token)), token

    def participant_by_token(self, token):
        """The participant (dict) holding this token, or ``None`` (unknown, stale or forged)."""
        if not token or len(str(token)) > 200:
            return None
        rows = self._read(
            "SELECT id, name, region, role, channel FROM participants WHERE token_hash=?",
            (_hash(str(token)),),
        )
        return (
            dict(zip(("id", "name", "region", "role", "channel"), rows[0], strict=True))
            if rows
            else None
        )

    def participant(self, pid) -> dict | None:
        rows = self._read(
            "SELECT id, name, region, role, channel FROM participants WHERE id=?", (str(pid),)
        )
        return (
            dict(zip(("id", "name", "region", "role", "channel"), rows[0], strict=True))
            if rows
            else None
        )

    def participants(self):
        """Every participant: ``id, name, region, role, channel, created`` (in order of joining)."""
        import pandas as pd

        rows = self._read(
            "SELECT id, name, region, role, channel, created FROM participants ORDER BY created, id"
        )
        return pd.DataFrame(rows, columns=["id", "name", "region", "role", "channel", "created"])

    # ------------------------------------------------------------------ submissions
    def _validate(self, step, entries, clearing=False):
        """Check every entry of a step against its scale; return rows ``(item, measure, value, text)``."""
        lo, hi = self.scale
        cfg = self.config
        rows = []
        where = {"file": self.path.name}

        def bad(key, item, measure, value, allowed):
            raise KadDataError(key, **where, row=item, column=measure, value=value, allowed=allowed)

        def number(item, measure, value, low, high, whole=True):
            if value is None or (isinstance(value, str) and not value.strip()):
                bad("err_blank", item, measure, None, ("allow_scale", {"lo": low, "hi": high}))
            try:
                v = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
            except (TypeError, ValueError):
                bad(
                    "err_not_numeric",
                    item,
                    measure,
                    value,
                    ("allow_scale", {"lo": low, "hi": high}),
                )
            if not (low <= v <= high) or v != v or (whole and v != int(v)):
                bad(
                    "err_out_of_scale",
                    item,
                    measure,
                    value,
                    ("allow_scale", {"lo": low, "hi": high}),
                )
            return v

        if step == "factors":
            items = _items(cfg.get("factors"))
            for (item, measure), value in entries.items():
                if items is not None and (
                    item not in items or measure not in ("importance", "condition")
                ):
                    bad(
                        "err_unknown_item",
                        item,
                        measure,
                        item,
                        ("allow_list", {"items": ", ".join(items)}),
                    )
                if value is None and (items is None or clearing):  # the notebook form clears a cell
                    rows.append((item, measure, None, None))
                    continue
                rows.append(
                    (
                        item,
                        measure,
                        number(item, measure, value, lo, hi, whole=items is not None),
                        None,
                    )
                )
        elif step == "fields":
            fields, criteria = _items(cfg.get("fields")), _items(cfg.get("criteria"))
            for (item, measure), value in entries.items():
                if fields is not None and (item not in fields or measure not in criteria):
                    bad(
                        "err_unknown_item",
                        item,
                        measure,
                        item,
                        ("allow_list", {"items": ", ".join(fields)}),
                    )
                rows.append((item, measure, number(item, measure, value, lo, hi), None))
        elif step == "weights":
            criteria = _items(cfg.get("criteria")) or []
            modes = {m for (i, m) in entries if i == "_mode"}
            mode = entries.get(("_mode", "mode"))
            if mode not in ("points", "ahp") or len(modes) != 1:
                bad(
                    "err_unknown_option",
                    "_mode",
                    "mode",
                    mode,
                    ("allow_list", {"items": "points, ahp"}),
                )
            rows.append(("_mode", "mode", None, mode))
            if mode == "points":
                total = 0
                for c in criteria:
                    v = number(c, "points", entries.get((c, "points")), 1, 100)
                    total += v
                    rows.append((c, "points", v, None))
                if total != 100:
                    bad(
                        "err_points_total",
                        "total",
                        "points",
                        int(total),
                        ("allow_points_total", {}),
                    )
            else:
                for i, a in enumerate(criteria):
                    for b in criteria[i + 1 :]:
                        v = number(
                            f"{a}|{b}",
                            "ahp",
                            entries.get((f"{a}|{b}", "ahp")),
                            SAATY_MIN,
                            SAATY_MAX,
                            whole=False,
                        )
                        if not any(abs(v - s) < 1e-3 for s in _SAATY_VALUES):
                            bad(
                                "err_out_of_scale",
                                f"{a}|{b}",
                                "ahp",
                                value=v,
                                allowed=("allow_scale", {"lo": "1/9", "hi": 9}),
                            )
                        rows.append((f"{a}|{b}", "ahp", v, None))
        elif step == "vision":
            acts = ["_vision", *(_items(cfg.get("activities")) or [])]
            for (item, measure), value in entries.items():
                if item not in acts or measure not in ("vote", "comment"):
                    bad(
                        "err_unknown_item",
                        item,
                        measure,
                        item,
                        ("allow_list", {"items": ", ".join(acts)}),
                    )
                if measure == "vote":
                    rows.append((item, measure, number(item, measure, value, 0, 1), None))
                else:
                    rows.append((item, measure, None, clean_text(value)))
        else:
            raise KadDataError(
                "err_unknown_option",
                column="step",
                value=step,
                allowed=("allow_list", {"items": ", ".join(STEPS)}),
            )
        if not rows:
            raise KadDataError(
                "err_empty_table", file=self.path.name, column=step, allowed=("allow_nonempty", {})
            )
        return rows

    def submit(
        self,
        pid: str,
        step: str,
        entries: dict,
        *,
        channel: str = "live",
        check_open: bool | None = None,
        imported: tuple[str, str] | None = None,
    ) -> int:
        """Store one submission of a step; returns its id **after** it is committed.

        Parameters
        ----------
        pid : str
            The participant (from :meth:`join` or :meth:`add_participant`).
        step : {"factors", "fields", "weights", "vision"}
        entries : dict
            ``{(item, measure): value}``.  ``factors``: item = factor id,
            measure ``importance``/``condition``, value on the scale.
            ``fields``: item = field id, measure = criterion id.  ``weights``:
            ``("_mode", "mode")`` = ``"points"`` or ``"ahp"``, then
            ``(criterion, "points")`` (whole numbers ≥ 1, total 100) or
            ``("a|b", "ahp")`` for every pair in criteria order (Saaty 1/9–9,
            how much more important ``a`` is than ``b``).  ``vision``: item
            ``_vision`` or an activity id, measure ``vote`` (0/1) or ``comment`` (text).
        channel : {"live", "excel", "notebook", "paper"}
        check_open : bool, optional
            Refuse when the step is closed (default: for the live channel).
        imported : (source, digest), optional
            Record the import of a file in the same transaction (see :meth:`imported`):
            the submission and the mark are committed together or not at all.

        Raises
        ------
        KadDataError
            Unknown participant, closed step, a value out of scale, missing or
            unknown items; the disk is full (nothing is stored in any of these cases).
        """
        check_channel(channel)
        if step not in STEPS:
            raise KadDataError(
                "err_unknown_option",
                column="step",
                value=step,
                allowed=("allow_list", {"items": ", ".join(STEPS)}),
            )
        if self.participant(pid) is None:
            raise KadDataError(
                "err_unknown_participant", value=pid, allowed=("allow_join_first", {})
            )
        if (channel == "live" if check_open is None else check_open) and not self.steps().get(
            step, False
        ):
            raise KadDataError("err_step_closed", column=step, allowed=("allow_step_open", {}))
        rows = self._validate(step, dict(entries), clearing=channel == "notebook")

        def work(db):
            cur = db.execute(
                "INSERT INTO submissions (participant, step, channel, created) VALUES (?, ?, ?, ?)",
                (pid, step, channel, _now()),
            )
            sid = cur.lastrowid
            db.executemany(
                "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(sid, pid, step, i, m, v, t) for i, m, v, t in rows],
            )
            db.executemany(
                "INSERT OR REPLACE INTO current VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(pid, step, i, m, v, t, sid) for i, m, v, t in rows],
            )
            if step == "weights":  # the mode just chosen decides: clear the other mode's answers
                keep = "points" if rows[0][3] == "points" else "ahp"
                db.execute(
                    "DELETE FROM current WHERE participant=? AND step='weights' AND measure NOT IN (?, 'mode')",
                    (pid, keep),
                )
            if imported is not None:
                db.execute(
                    "INSERT OR REPLACE INTO imports VALUES (?, ?, ?)", (*map(str, imported), _now())
                )
            return sid

        return self._write(work)

    def current(self, pid: str, step: str) -> dict:
        """One participant's latest answer to a step: ``{(item, measure): value}`` (text for comments and the mode)."""
        rows = self._read(
            "SELECT item, measure, value, text FROM current WHERE participant=? AND step=?",
            (pid, step),
        )
        return {(i, m): (x if x is not None else v) for i, m, v, x in rows}

    def done_steps(self, pid: str) -> set:
        """The steps this participant has submitted at least once."""
        return {
            r[0]
            for r in self._read("SELECT DISTINCT step FROM submissions WHERE participant=?", (pid,))
        }

    def version(self) -> int:
        """The id of the latest submission (0 before the first): changes whenever anything is stored."""
        return int(self._read("SELECT coalesce(max(id), 0) FROM submissions")[0][0])

    def _current(self, step):
        return self._read(
            "SELECT c.participant, p.name, p.region, p.role, c.item, c.measure, c.value, c.text, s.channel "
            "FROM current c JOIN participants p ON p.id = c.participant JOIN submissions s ON s.id = c.submission "
            "WHERE c.step=? ORDER BY c.participant, c.item, c.measure",
            (step,),
        )

    # ------------------------------------------------------------------ readers
    def ratings(self):
        """Key-success-factor ratings, latest per participant (see :meth:`_ratings`)."""
        return self._memo("ratings", self._ratings).copy()

    def _ratings(self):
        """Key-success-factor ratings, latest per participant: ``participant, name, region, role, item, measure, value``.

        The same frame as :meth:`kadlib.workshop.Session.ratings` (values are whole numbers when all are).
        """
        import pandas as pd

        rows = [r[:7] for r in self._current("factors") if r[6] is not None]
        frame = pd.DataFrame(
            rows, columns=["participant", "name", "region", "role", "item", "measure", "value"]
        )
        frame = frame.sort_values(
            ["participant", "item", "measure"], key=lambda s: s.astype(str)
        ).reset_index(drop=True)
        if len(frame) and (frame["value"] == frame["value"].round()).all():
            frame["value"] = frame["value"].astype("int64")
        return frame

    def field_scores(self):
        """Field scores, latest per participant: ``participant, name, region, field, criterion, value``."""
        import pandas as pd

        rows = [(r[0], r[1], r[2], r[4], r[5], r[6]) for r in self._current("fields")]
        return pd.DataFrame(
            rows, columns=["participant", "name", "region", "field", "criterion", "value"]
        )

    def _fields_criteria(self):
        return _items(self.config.get("fields")) or [], _items(self.config.get("criteria")) or []

    def _memo(self, name, compute):
        """Readers are recomputed only when something new was stored (the projector asks every few seconds)."""
        key = (self.version(), self._steps_key())
        with self._cache_lock:
            hit = self._cache.get(name)
            if hit is not None and hit[0] == key:
                return hit[1]
        value = compute()
        with self._cache_lock:
            self._cache[name] = (key, value)
        return value

    def _steps_key(self):
        return len(self._read("SELECT 1 FROM participants"))

    def _join_order(self) -> dict:
        return {
            pid: k
            for k, (pid,) in enumerate(
                self._read("SELECT id FROM participants ORDER BY created, id")
            )
        }

    def field_stack(self):
        """``(participant ids, array participants x fields x criteria)`` of every complete score sheet, in order of joining."""
        return self._memo("field_stack", self._field_stack)

    def _field_stack(self):
        import numpy as np

        fields, criteria = self._fields_criteria()
        fi, ci = {f: i for i, f in enumerate(fields)}, {c: j for j, c in enumerate(criteria)}
        sheets = {}
        for pid, item, measure, value in self._read(
            "SELECT participant, item, measure, value FROM current WHERE step='fields' ORDER BY participant"
        ):
            if item in fi and measure in ci and value is not None:
                sheets.setdefault(pid, np.full((len(fields), len(criteria)), np.nan))[
                    fi[item], ci[measure]
                ] = value
        order = self._join_order()
        pids = sorted(
            (p for p, a in sheets.items() if not np.isnan(a).any()), key=order.get
        )  # in order of joining
        stack = (
            np.stack([sheets[p] for p in pids])
            if pids
            else np.empty((0, len(fields), len(criteria)))
        )
        return pids, stack

    def decision_matrices(self) -> dict:
        """``{participant id: DecisionMatrix}`` for every participant who scored every field on every criterion."""
        return self._memo("decision_matrices", self._decision_matrices)

    def _decision_matrices(self) -> dict:
        import pandas as pd

        from .scoring import DecisionMatrix

        fields, criteria = self._fields_criteria()
        pids, stack = self.field_stack()
        out = {}
        for pid, sheet in zip(pids, stack, strict=True):
            with (
                warnings.catch_warnings()
            ):  # one person giving every field the same score is their judgement
                warnings.simplefilter("ignore")
                out[pid] = DecisionMatrix(
                    pd.DataFrame(sheet, index=fields, columns=criteria),
                    scale=self.scale,
                    source=f"{self.path.name}: {pid}",
                )
        return out

    def decision_matrix(self, participant=None, *, how: str = "mean"):
        """One participant's DecisionMatrix, or the room's: the ``mean`` (default) or ``median`` of complete ones."""
        from .errors import check_option
        from .scoring import DecisionMatrix

        if participant is not None:
            dms = self.decision_matrices()
            if participant not in dms:
                raise KadDataError(
                    "err_no_submission",
                    column="fields",
                    value=participant,
                    allowed=("allow_complete_ratings", {}),
                )
            return dms[participant]
        check_option("how", how, ("mean", "median"))
        pids, stack = self.field_stack()
        if not pids:
            raise KadDataError(
                "err_no_submission",
                file=self.path.name,
                column="fields",
                value=None,
                allowed=("allow_complete_ratings", {}),
            )
        import numpy as np
        import pandas as pd

        agg = stack.mean(axis=0) if how == "mean" else np.median(stack, axis=0)
        fields, criteria = self._fields_criteria()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return DecisionMatrix(
                pd.DataFrame(agg, index=fields, columns=criteria),
                scale=self.scale,
                source=f"{self.path.name}: {how} of {len(pids)}",
            )

    def _weights_rows(self):
        by = {}
        for pid, _n, _r, _ro, item, measure, value, text, _ch in self._current("weights"):
            by.setdefault(pid, {})[(item, measure)] = text if measure == "mode" else value
        return by

    def ahp_matrices(self) -> dict:
        """``{participant id: pairwise matrix (DataFrame)}`` of everyone whose latest weights are AHP — for ``ahp_group``."""
        import numpy as np
        import pandas as pd

        criteria = self._fields_criteria()[1]
        out = {}
        for pid, got in self._weights_rows().items():
            if got.get(("_mode", "mode")) != "ahp":
                continue
            a = np.ones((len(criteria), len(criteria)))
            complete = True
            for i, x in enumerate(criteria):
                for j in range(i + 1, len(criteria)):
                    v = got.get((f"{x}|{criteria[j]}", "ahp"))
                    if v is None:
                        complete = False
                        break
                    a[i, j], a[j, i] = v, 1 / v
            if complete:
                out[pid] = pd.DataFrame(a, index=criteria, columns=criteria)
        return out

    def point_weights(self):
        """Participants x criteria: the 100 points of everyone whose latest weights are points (sum 1 per row)."""
        import pandas as pd

        criteria = self._fields_criteria()[1]
        rows = {}
        for pid, got in self._weights_rows().items():
            if got.get(("_mode", "mode")) == "points" and all(
                (c, "points") in got for c in criteria
            ):
                v = pd.Series([got[(c, "points")] for c in criteria], index=criteria, dtype=float)
                rows[pid] = v / v.sum()
        return pd.DataFrame.from_dict(rows, orient="index", columns=criteria)

    def participant_weights(self):
        """Participants x criteria: each participant's own weights (points, or the AHP eigenvector), rows sum 1."""
        return self._memo("participant_weights", self._participant_weights).copy()

    def _participant_weights(self):
        import pandas as pd

        from .scoring import ahp

        frame = self.point_weights()
        extra = {pid: ahp(m).weights for pid, m in self.ahp_matrices().items()}
        if extra:
            frame = pd.concat([frame, pd.DataFrame.from_dict(extra, orient="index")[frame.columns]])
        order = self._join_order()
        return frame.loc[
            sorted(frame.index, key=order.get)
        ]  # in order of joining (reproducible resampling)

    def group_weights(self):
        """The room's weights: geometric mean of every participant's judgements (see :func:`kadlib.aggregation.group_weights`)."""
        from .aggregation import group_weights

        return group_weights(self.ahp_matrices(), self.point_weights())

    def votes(self):
        """Support per vision/activity item: ``item, votes, participants``."""
        import pandas as pd

        rows = [(r[4], r[6]) for r in self._current("vision") if r[5] == "vote"]
        frame = pd.DataFrame(rows, columns=["item", "vote"])
        out = frame.groupby("item")["vote"].agg(votes="sum", participants="count")
        return (
            out.reindex(["_vision", *(_items(self.config.get("activities")) or [])])
            .fillna(0)
            .astype(int)
        )

    def comments(self):
        """Comments, latest per participant and item: ``participant, name, region, item, text`` (non-empty only)."""
        import pandas as pd

        rows = [
            (r[0], r[1], r[2], r[4], r[7])
            for r in self._current("vision")
            if r[5] == "comment" and r[7]
        ]
        return pd.DataFrame(rows, columns=["participant", "name", "region", "item", "text"])

    def status(self):
        """Who has submitted which step: one row per participant, the time of their latest submission per step."""
        import pandas as pd

        people = self.participants().set_index("id")[["name", "region", "role", "channel"]]
        when = {
            (pid, step): t
            for pid, step, t in self._read(
                "SELECT participant, step, max(created) FROM submissions GROUP BY participant, step"
            )
        }
        for s in STEPS:
            people[s] = pd.Series(
                [when.get((pid, s)) for pid in people.index], index=people.index, dtype=object
            )
        return people

    def history(self, participant=None):
        """Every entry ever stored (append-only): ``submission, created, channel, participant, step, item, measure, value, text``."""
        import pandas as pd

        sql = (
            "SELECT e.submission, s.created, s.channel, e.participant, e.step, e.item, e.measure, e.value, e.text "
            "FROM entries e JOIN submissions s ON s.id = e.submission"
        )
        rows = self._read(
            sql + (" WHERE e.participant=?" if participant else "") + " ORDER BY e.submission",
            (participant,) if participant else (),
        )
        return pd.DataFrame(
            rows,
            columns=[
                "submission",
                "created",
                "channel",
                "participant",
                "step",
                "item",
                "measure",
                "value",
                "text",
            ],
        )

    def submission_ids(self) -> set:
        return {r[0] for r in self._read("SELECT id FROM submissions")}

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` ("ok" when the file is sound)."""
        return self._read("PRAGMA integrity_check")[0][0]

    # ------------------------------------------------------------------ imports (Excel, old JSON folders)
    def imported(self, source: str, digest: str) -> bool:
        return bool(
            self._read("SELECT 1 FROM imports WHERE source=? AND digest=?", (source, digest))
        )

    def mark_imported(self, source: str, digest: str) -> None:
        self._write(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO imports VALUES (?, ?, ?)", (source, digest, _now())
            )
        )

    def touch(self) -> None:
        """Mark the store as the most recently used one in its folder (see :func:`latest`)."""
        if str(self.path) != ":memory:":
            os.utime(self.path)


_SAATY_VALUES = [1 / v for v in range(9, 1, -1)] + list(range(1, 10))


def session_name(path) -> str | None:
    """The session name stored in a ``.sqlite`` file, or ``None`` if it is not a readable session store.

    The file is opened read-only: nothing is created or changed.

    Examples
    --------
    >>> import tempfile
    >>> tmp = tempfile.TemporaryDirectory()
    >>> s = open_session("Kartamantul 2026-11", tmp.name)
    >>> s.path.name, session_name(s.path)
    ('kartamantul-2026-11.sqlite', 'Kartamantul 2026-11')
    >>> session_name(session_path("lain", tmp.name)) is None
    True
    >>> s.close()
    >>> tmp.cleanup()
    """
    try:
        db = sqlite3.connect(f"file:{Path(path).absolute()}?mode=ro", uri=True, timeout=5.0)
        try:
            row = db.execute("SELECT value FROM meta WHERE key='name'").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def check_channel(channel):
    """``channel`` if it is one of :data:`CHANNELS` (``live``, ``excel``, ``notebook``), else a clear error.

    Examples
    --------
    >>> check_channel("excel")
    'excel'
    >>> check_channel("fax")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: kolom 'channel', nilai 'fax': pilihan tidak dikenal...
    """
    from .errors import check_option

    return check_option("channel", channel, CHANNELS)


def open_session(
    name: str,
    folder=DEFAULT_FOLDER,
    *,
    group=None,
    config=None,
    scale=(1, 5),
    free_items: bool = False,
    fields=None,
    _touch: bool = True,
) -> Store:
    """Open the store of a session (created on first use); the same name always gives the same store.

    Parameters
    ----------
    name : str
        The session's name, e.g. ``"kartamantul-2026-11"``; the file is
        ``<folder>/<safe name>.sqlite`` (printed by the live session).
    folder : path
        Default ``./lokakarya`` in the working directory — visible, easy to back up.
    group : str, optional
        The cooperation group (e.g. ``"kartamantul"``): participants choose
        their region from its members.  Only used when the store is created.
    config : dict, optional
        The items of each step (factors, criteria, fields, activities, vision);
        default: the kit's factor catalogue, the five judged SKAD criteria and
        the example candidate fields.  Only used when the store is created.
    free_items : bool
        Accept any factor item (the notebook form and old session folders).
    fields : dict, list or DataFrame, optional
        The group's own candidate fields (``{id: label}``, or rows with ``id``,
        ``label_id``, ``label_en`` and optionally ``participants`` — region codes,
        for the neighbour rule); default: the example fields, marked as examples.
        Only used when the store is created.

    Returns
    -------
    Store
        Reopening after a restart restores everything; a damaged file is
        moved aside (``*.rusak-<time>.sqlite``) with a warning and a new one is started.

    Examples
    --------
    >>> import tempfile
    >>> tmp = tempfile.TemporaryDirectory()
    >>> s = open_session("kartamantul-2026-11", tmp.name, group="kartamantul",
    ...                  fields={"sampah": "Pengelolaan sampah", "air": "Air minum"})
    >>> s.path.name, s.group, s.scale
    ('kartamantul-2026-11.sqlite', 'kartamantul', (1, 5))
    >>> [f["id"] for f in s.config["fields"]]
    ['sampah', 'air']
    >>> open_session("kartamantul-2026-11", tmp.name) is s
    True

    After a restart (here: closing the file) the same name opens the same store again:

    >>> pid = s.add_participant("Ani", "3471", "Bappeda")
    >>> s.close()
    >>> again = open_session("kartamantul-2026-11", tmp.name)
    >>> again.participants()["name"].tolist(), again.join_code == s.join_code
    (['Ani'], True)
    >>> again.close()
    >>> tmp.cleanup()
    """
    options = {
        "group": group,
        "config": config,
        "scale": scale,
        "free_items": free_items,
        "fields": fields,
    }
    if str(folder) == ":memory:":
        return Store(":memory:", name, **options)
    path = session_path(name, folder)
    with _OPEN_LOCK:
        store = _OPEN.get(str(path))
        if store is not None and store.name != name:
            raise KadDataError(
                "err_other_session",
                file=path.name,
                value=store.name,
                allowed=("allow_session", {"session": name}),
            )
        if store is None:
            store = Store(path, name, **options)
            _OPEN[str(path)] = store
    if _touch:
        store.touch()
    return store


def latest(folder=DEFAULT_FOLDER) -> Store | None:
    """The session store in ``folder`` used most recently (by file time), or ``None`` when there is none.

    Examples
    --------
    >>> import tempfile
    >>> tmp = tempfile.TemporaryDirectory()
    >>> latest(tmp.name) is None
    True
    >>> s = open_session("kartamantul-2026-11", tmp.name)
    >>> latest(tmp.name) is s
    True
    >>> s.close()
    >>> tmp.cleanup()
    """
    folder = Path(folder)
    if not folder.is_dir():
        return None

    def used(path):  # opening touches the file; submissions go to its write-ahead log
        wal = Path(str(path) + "-wal")
        return max(path.stat().st_mtime_ns, wal.stat().st_mtime_ns if wal.exists() else 0)

    files = sorted(
        (p for p in folder.glob("*.sqlite") if ".rusak-" not in p.name), key=used, reverse=True
    )
    for path in files:
        name = session_name(path)
        if name is not None:
            return open_session(name, folder, _touch=False)
    return None
