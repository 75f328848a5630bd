"""The kit's one error type for bad data, with a message that says where and why.

A workshop participant or an analyst who gets a :class:`KadDataError` must be
able to fix the input without reading a traceback: the message names the file,
the row, the column, the value, the rule that was broken and what is allowed,
in Bahasa Indonesia and in English.

Examples
--------
>>> err = KadDataError("err_negative", file="pdrb.csv", row=5, column="value",
...                    value=-3.0, allowed=("allow_nonnegative", {}))
>>> print(err)  # doctest: +NORMALIZE_WHITESPACE
berkas 'pdrb.csv', baris 5, kolom 'value', nilai -3.0: nilai negatif tidak diperbolehkan di sini.
Yang diizinkan: angka ≥ 0.
[en] file 'pdrb.csv', row 5, column 'value', value -3.0: negative values are not allowed here.
Allowed: numbers ≥ 0.
"""

from __future__ import annotations

from typing import Any

from . import i18n

_MISSING = object()


class KadDataError(ValueError):
    """Bad input data: says which file, row, column and value, and what is allowed.

    Parameters
    ----------
    key : str
        Key of the rule in :data:`kadlib.i18n.LABELS` (e.g. ``"err_negative"``).
    file, row, column, value :
        Where the problem is (``sheet``: the tab of a workbook, optional).  ``row`` is the row number as a person sees it in
        the file (the header is row 1 of a CSV; spreadsheet rows as Excel shows them).
    allowed : tuple(str, dict), optional
        Key and format arguments of the sentence saying what is allowed.
    **details :
        Format arguments of the rule's sentence.

    Attributes
    ----------
    key, file, row, column, value, details
        The same, kept for programs that handle the error.  ``key`` is the stable
        reason code (``"err_negative"``, ``"err_row_length"`` ...): programs test it
        instead of the wording, which may improve; the codes used by the readers are
        listed in :data:`kadlib.validate.REASONS`.
    problems : list of KadDataError
        Every problem found when a whole table was checked at once
        (:meth:`combine`); ``[self]`` for a single problem.

    Examples
    --------
    >>> err = KadDataError("err_negative", file="pdrb.csv", row=5, column="value", value=-3.0,
    ...                    allowed=("allow_nonnegative", {}))
    >>> err.file, err.row, err.column, err.value
    ('pdrb.csv', 5, 'value', -3.0)
    >>> isinstance(err, ValueError), str(err).splitlines()[0]
    (True, "berkas 'pdrb.csv', baris 5, kolom 'value', nilai -3.0: nilai negatif tidak diperbolehkan di sini.")

    The message comes in the current language first, then the other one:

    >>> from kadlib import set_language
    >>> set_language("en")
    >>> str(KadDataError("err_negative", column="value", value=-3.0)).splitlines()
    ["column 'value', value -3.0: negative values are not allowed here.", "[id] kolom 'value', nilai -3.0: nilai negatif tidak diperbolehkan di sini."]
    >>> set_language("id")
    """

    _problems: list | None = None
    _more: int = 0

    def __init__(
        self,
        key: str,
        *,
        file: Any = None,
        row: int | None = None,
        sheet: str | None = None,
        column: str | None = None,
        value: Any = _MISSING,
        allowed: tuple[str, dict] | None = None,
        **details: Any,
    ):
        self.key = key
        self.file = None if file is None else str(file)
        self.sheet = None if sheet is None else str(sheet)
        self.row = row
        self.column = column
        self.value = None if value is _MISSING else value
        self._has_value = value is not _MISSING
        self.allowed = allowed
        self.details = details
        super().__init__(self._message())

    def _sentence(self, lang: str) -> str:
        where = []
        if self.file is not None:
            where.append(i18n.t("loc_file", self.file, lang=lang))
        if getattr(self, "sheet", None) is not None:  # a workbook's sheet (tab)
            where.append(i18n.t("loc_sheet", self.sheet, lang=lang))
        if self.row is not None:
            row = (
                repr(self.row) if isinstance(self.row, str) else self.row
            )  # a sector name, not a number
            where.append(i18n.t("loc_row", row, lang=lang))
        if self.column is not None:
            where.append(i18n.t("loc_column", self.column, lang=lang))
        if self._has_value:
            where.append(i18n.t("loc_value", _plain(self.value), lang=lang))
        what = (
            i18n.t(self.key, lang=lang, **self.details)
            if self.details
            else i18n.t(self.key, lang=lang)
        )
        text = (", ".join(where) + ": " if where else "") + what + "."
        if self.allowed is not None:
            akey, aargs = self.allowed
            allowed = i18n.t(akey, lang=lang, **aargs) if aargs else i18n.t(akey, lang=lang)
            text += "\n" + i18n.t("allowed", allowed, lang=lang) + "."
        return text

    def _message(self) -> str:
        first = i18n.get_language()
        second = "en" if first == "id" else "id"
        return f"{self._sentence(first)}\n[{second}] {self._sentence(second)}"

    @property
    def problems(self) -> list:
        return list(self._problems) if self._problems else [self]

    @classmethod
    def combine(cls, problems, *, shown: int = 5, more: int = 0) -> KadDataError:
        """One error for every problem of a table: the first is the error, the message lists ``shown``.

        ``more`` counts problems found but not kept (the caller stops collecting at a cap).

        Examples
        --------
        >>> a = KadDataError("err_negative", file="t.csv", row=2, column="value", value="-1")
        >>> b = KadDataError("err_negative", file="t.csv", row=5, column="value", value="-3")
        >>> err = KadDataError.combine([a, b])
        >>> err.key, err.row, [p.row for p in err.problems]
        ('err_negative', 2, [2, 5])
        >>> "(2) baris 5, kolom 'value', nilai '-3': nilai negatif" in str(err)
        True
        """
        problems = list(problems)
        head = problems[0]
        if len(problems) == 1 and not more:
            return head
        err = cls.__new__(cls)
        err.__dict__.update(head.__dict__)
        err._problems, err._more = problems, more
        first = i18n.get_language()
        second = "en" if first == "id" else "id"
        total = len(problems) + more
        parts = []
        for lang in (first, second):
            lines = [head._sentence(lang)]
            for i, p in enumerate(problems[1:shown], 2):
                text = p._sentence(lang)
                if p.file is not None and p.file == head.file:  # the file is named once
                    text = text.replace(i18n.t("loc_file", p.file, lang=lang) + ", ", "", 1)
                lines.append(f"({i}) {text}")
            lines.append(
                i18n.t("problems_total", n=total, shown=min(shown, len(problems)), lang=lang)
            )
            parts.append(("" if lang == first else f"[{lang}] ") + "\n".join(lines))
        ValueError.__init__(err, "\n".join(parts))
        return err


def check_option(name: str, value: Any, allowed, *, file: Any = None) -> Any:
    """Return ``value`` if it is one of ``allowed``, else raise the kit's "unknown option" error.

    The one place every option check (``method=``, ``layer=``, ``normalization=`` ...) goes
    through, so each says the same thing: the option's name, the value given, the choices.

    Examples
    --------
    >>> check_option("method", "wsm", ("wsm", "topsis"))
    'wsm'
    >>> check_option("method", "foo", ("wsm", "topsis"))
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: kolom 'method', nilai 'foo': pilihan tidak dikenal.
    Yang diizinkan: salah satu dari: wsm, topsis.
    [en] column 'method', value 'foo': unknown option.
    Allowed: one of: wsm, topsis.
    """
    choices = list(allowed)
    try:
        ok = value in choices
    except TypeError:  # unhashable or incomparable values are simply not a choice
        ok = False
    if not ok:
        raise KadDataError(
            "err_unknown_option",
            file=file,
            column=name,
            value=value,
            allowed=("allow_list", {"items": ", ".join(map(str, choices))}),
        )
    return value


def check_columns(frame: Any, required, what: Any) -> None:
    """Refuse anything that is not a table holding ``required`` columns, saying what is there.

    Examples
    --------
    >>> import pandas as pd
    >>> check_columns(pd.DataFrame({"region_code": [], "value": []}), ["region_code", "value"], "lq")
    >>> check_columns(pd.Series([1.0]), ["value"], "lq")
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: berkas 'lq': masukan harus berupa tabel (DataFrame), bukan Series.
    Yang diizinkan: tabel dengan kolom value.
    [en] file 'lq': the input must be a table (DataFrame), not Series.
    Allowed: a tidy table with the columns value.
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        raise KadDataError(
            "err_not_a_table",
            file=what,
            kind=type(frame).__name__,
            allowed=("allow_table", {"columns": ", ".join(required)}),
        )
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise KadDataError(
            "err_missing_columns",
            file=what,
            missing=", ".join(missing),
            allowed=(
                "allow_columns",
                {"required": ", ".join(required), "present": ", ".join(map(str, frame.columns))},
            ),
        )


def _plain(value: Any) -> Any:
    """Show numpy scalars as plain Python values in messages."""
    item = getattr(value, "item", None)
    if callable(item):
        try:
            return item()
        except (TypeError, ValueError):
            return value
    return value
