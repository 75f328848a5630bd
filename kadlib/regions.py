"""Region codes and names: the register of all Indonesian provinces and kab/kota.

Regions are keyed by the 4-digit BPS code as a string (``"3302"`` is Kabupaten
Banyumas, ``"3300"`` the province of Jawa Tengah, ``"9999"`` Indonesia).  Names
are for display and for people typing: "Kota Pekalongan" and "Kabupaten
Pekalongan" are different regions, and a bare "Pekalongan" is refused as
ambiguous rather than guessed.

Examples
--------
>>> resolve_regions(["Banyumas", 3303, "kota tegal"])
['3302', '3303', '3376']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from . import i18n
from ._paths import data_path
from .errors import KadDataError

_PREFIXES = ("kabupaten ", "kab. ", "kab ", "provinsi ", "prov. ", "prov ")


def normalise_name(name: str) -> str:
    """Lower-case a region name and fold the usual spelling variants.

    Examples
    --------
    >>> normalise_name("Kab. Gunung Kidul")
    'gunungkidul'
    >>> normalise_name("Kota  Yogyakarta")
    'kota yogyakarta'
    >>> normalise_name("DI Yogyakarta")
    'daerah istimewa yogyakarta'
    """
    s = re.sub(r"\s+", " ", str(name).strip().lower())
    for p in _PREFIXES:
        if s.startswith(p):
            s = s[len(p) :]
            break
    s = re.sub(r"^kep\. ", "kepulauan ", s)
    s = re.sub(r"^(d\.i\.|di) ", "daerah istimewa ", s)
    s = s.replace("d.i. ", "daerah istimewa ")
    # Compound names written apart or together (Gunung Kidul / Gunungkidul, Kulon Progo).
    s = s.replace("gunung kidul", "gunungkidul").replace("kulonprogo", "kulon progo")
    return s


@lru_cache(maxsize=1)
def _register():
    import pandas as pd

    table = pd.read_csv(data_path("regions.csv"), dtype=str, keep_default_na=False)
    return table


def load_region_table():
    """Return the register of regions: every province and kab/kota with its BPS code.

    Returns
    -------
    pandas.DataFrame
        Columns ``region_code``, ``name``, ``name_short``, ``alt_name`` (another
        spelling, e.g. "OKU Selatan"), ``kind``
        (``kabupaten``/``kota``/``provinsi``/``nasional``), ``province_code``.

    Examples
    --------
    >>> reg = load_region_table()
    >>> reg.set_index("region_code").loc["3375", "name"]
    'Kota Pekalongan'
    >>> int((reg["kind"] == "kota").sum()), int((reg["kind"] == "kabupaten").sum())
    (98, 416)
    """
    return _register().copy()


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[str, ...]]:
    reg = _register()
    index: dict[str, set[str]] = {}
    for code, name, short, alt, kind in zip(
        reg["region_code"],
        reg["name"],
        reg["name_short"],
        reg["alt_name"],
        reg["kind"],
        strict=True,
    ):
        keys = {normalise_name(name), normalise_name(short)}
        if alt:
            keys.add(normalise_name(alt))
        if kind == "kota":
            # "Tegal" alone must also see Kota Tegal, so that it is reported as ambiguous.
            keys.add(normalise_name(re.sub(r"(?i)^kota ", "", short)))
        for k in keys:
            index.setdefault(k, set()).add(code)
    return {k: tuple(sorted(v)) for k, v in index.items()}


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    """Every 4-digit BPS code in the kit's register of regions (built once).

    Examples
    --------
    >>> {"3402", "3471", "9999"} <= known_codes()
    True
    """
    return frozenset(_register()["region_code"])


_code_set = known_codes  # the name used inside this module


def display_name(code, short: bool = True) -> str:
    """A region's display name, or the code itself when it is not in the register (a user's own area).

    ``short=False`` gives the full name ("Kabupaten Tegal", not the ambiguous "Tegal").

    Examples
    --------
    >>> display_name("3404"), display_name("X01"), display_name("3328", short=False)
    ('Sleman', 'X01', 'Kabupaten Tegal')
    """
    try:
        return region_name(code, short=short)
    except Exception:  # user's own codes (e.g. an aggregate) keep their code
        return str(code)


def region_name(code: str, short: bool = False) -> str:
    """Display name of a region code (``short=True``: without "Kabupaten").

    Examples
    --------
    >>> region_name("3328"), region_name("3376", short=True)
    ('Kabupaten Tegal', 'Kota Tegal')
    """
    reg = _register().set_index("region_code")
    if code not in reg.index:
        raise KadDataError("err_unknown_region_code", value=code, allowed=("allow_region_code", {}))
    return reg.at[code, "name_short" if short else "name"]


def resolve_region(item, *, kinds=None, file=None, row=None, column=None) -> str:
    """Turn one code (``3302``, ``"3302"``, ``"33.02"``) or name into a BPS code.

    Parameters
    ----------
    item : str or int
        A BPS code or a region name.
    kinds : collection of str, optional
        Only consider names of these kinds (e.g. ``{"provinsi"}`` for a table of
        provinces, where "Bengkulu" is the province, not Kota Bengkulu).
    file, row, column : optional
        Where the item was read, for the error message.

    Raises
    ------
    KadDataError
        For an unknown code or name, and for a name that matches several
        regions (e.g. "Pekalongan": Kabupaten 3326 and Kota 3375).

    Examples
    --------
    >>> resolve_region("Kabupaten Pekalongan"), resolve_region("33.75")
    ('3326', '3375')
    """
    where = {"file": file, "row": row, "column": column}
    text = str(item).strip()
    if isinstance(item, float) and item.is_integer():
        text = str(int(item))
    digits = text.replace(".", "")
    if digits.isdigit():
        if len(digits) == 2:  # a province written as "33"
            digits += "00"
        if digits in _code_set():
            return digits
        raise KadDataError(
            "err_unknown_region_code", value=item, allowed=("allow_region_code", {}), **where
        )
    matches = _name_index().get(normalise_name(text), ())
    prefix = text.lower().split(" ", 1)[0]
    if prefix in ("kabupaten", "kab.", "kab"):  # "Kabupaten Pekalongan" is not Kota Pekalongan
        matches = tuple(c for c in matches if kind_of(c) == "kabupaten")
    elif prefix in ("provinsi", "prov.", "prov"):
        matches = tuple(c for c in matches if kind_of(c) == "provinsi")
    if kinds is not None:
        matches = tuple(c for c in matches if kind_of(c) in kinds)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(f"{region_name(c)} ({c})" for c in matches)
        raise KadDataError(
            "err_ambiguous_region_name",
            value=item,
            matches=names,
            allowed=("allow_region_name", {}),
            **where,
        )
    raise KadDataError(
        "err_unknown_region_name", value=item, allowed=("allow_region_name", {}), **where
    )


def resolve_regions(items: Iterable, *, file=None, column=None) -> list[str]:
    """Resolve several codes or names, refusing duplicates.

    Examples
    --------
    >>> resolve_regions(["3302", 3302])
    Traceback (most recent call last):
    ...
    kadlib.errors.KadDataError: nilai 3302: kode wilayah muncul lebih dari sekali...
    """
    if isinstance(items, (str, int)):
        items = [items]
    codes: list[str] = []
    for item in items:
        code = resolve_region(item, file=file, column=column)
        if code in codes:
            raise KadDataError(
                "err_duplicate_region_code",
                value=item,
                allowed=("allow_unique", {}),
                file=file,
                column=column,
            )
        codes.append(code)
    return codes


def kind_of(code: str) -> str:
    """BPS rule for the kind of a code: ``provinsi``, ``kota`` (71–99) or ``kabupaten``.

    Examples
    --------
    >>> kind_of("3300"), kind_of("3302"), kind_of("3471"), kind_of("9999")
    ('provinsi', 'kabupaten', 'kota', 'nasional')
    """
    if code == "9999":
        return "nasional"
    if code.endswith("00"):
        return "provinsi"
    return "kota" if int(code[2:]) >= 71 else "kabupaten"


def province_of(code: str) -> str:
    """The province code of a region (a province is its own).

    Examples
    --------
    >>> province_of("3302"), province_of("3400")
    ('3300', '3400')
    """
    return code[:2] + "00"


def reference_of(code: str) -> str:
    """The default reference area of a region: its province for a kab/kota, Indonesia for a province.

    Examples
    --------
    >>> reference_of("3471"), reference_of("3300")
    ('3400', '9999')
    """
    return province_of(code) if kind_of(code) in ("kabupaten", "kota") else "9999"


def kind_label(kind: str) -> str:
    """Label of a kind (kabupaten/kota/provinsi/nasional) in the current language.

    Examples
    --------
    >>> kind_label("kota"), kind_label("kabupaten")
    ('Kota', 'Kabupaten')
    >>> i18n.set_language("en"); kind_label("kota"), kind_label("provinsi")
    ('City', 'Province')
    >>> i18n.set_language("id")
    """
    return i18n.t(kind)
