"""The Indonesian of the label table and of the run-of-show pages (issue 14).

Three checks that keep edited Indonesian from sliding back:

- both languages of every label take the same placeholders (a translation that drops
  ``{n}`` or changes ``{k:.2f}`` fails at run time only on the screen that shows it);
- calques from English that the language review removed ("ruangan" for the participants,
  "undian bobot" for weight draws, "jeda alami" for natural breaks ...) do not come back;
- no English word is left in an Indonesian label, except the established terms the kit
  keeps on purpose (LQ, shift-share, natural breaks, AHP ...).
"""

import re
import string
from pathlib import Path

import pytest

from kadlib.i18n import LABELS, format_number

ROOT = Path(__file__).resolve().parent.parent


def _placeholders(text):
    """The ``{name!conv:spec}`` fields of a label, as a sorted list of (name, conv, spec)."""
    return sorted(
        (name, conv or "", spec or "")
        for _, name, spec, conv in string.Formatter().parse(text)
        if name is not None
    )


def test_placeholder_parser_sees_name_conversion_and_spec():
    assert _placeholders("{a} dan {b!r}, {k:.2f}") == [
        ("a", "", ""),
        ("b", "r", ""),
        ("k", "", ".2f"),
    ]
    assert _placeholders("tanpa tempat isian") == []


@pytest.mark.parametrize("key", sorted(LABELS))
def test_both_languages_take_the_same_placeholders(key):
    entry = LABELS[key]
    assert _placeholders(entry["id"]) == _placeholders(entry["en"]), key


#: Calques from English found in the language review (issue 14). Each is a phrase that is never
#: right in the kit's Indonesian; the comment says what replaced it.
CALQUES = [
    r"\bruangan\b",  # "the room" for the participants: peserta / forum
    r"\bundian\b",  # "weight draws": simulasi bobot acak
    r"jeda alami",  # "natural breaks": the GIS term natural breaks (Fisher-Jenks) is kept
    r"membawa (kerja sama|sumber)",  # "carries": menjalankan / mencantumkan
    r"\bpatah\b",  # "ties broken": seri diurutkan / ditentukan
    r"dengan suara\b",  # "chosen by vote": dipilih melalui pemungutan suara
    r"[Bb]awa data",  # "bring your own data": gunakan data Anda sendiri
    r"berbagi peringkat",  # "share a rank": peringkatnya sama
    r"\bdiguncang\b",  # "perturbed": diubah sedikit secara acak
    r"terikat pada",  # "server bound to": server berjalan di
    r"\bvs\.?\s",  # "a vs b": a dibanding b
]

#: English words that must not appear in an Indonesian label. Established terms the kit keeps
#: (LQ, shift-share, natural breaks, Fisher-Jenks, AHP-OS, SAW ...) are not in this list.
ENGLISH = [
    "the",
    "and",
    "of",
    "with",
    "room",
    "draws?",
    "weights?",
    "score",
    "rule",
    "threshold",
    "confirmed",
    "not found",
    "unknown",
    "missing",
    "file",
    "please",
    "error",
    "warning",
    "click",
    "submit",
]

_CALQUE = re.compile("|".join(CALQUES))
# placeholders and code in a label (``fields=...``, ``read_table(..., indicator='...')``) is not prose
_CODE = re.compile(r"\{[^}]*\}|[A-Za-z_.]+\([^)]*\)|[A-Za-z_]+=\S+|'[^']*'")
_ENGLISH = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b", re.IGNORECASE)


def test_the_denylists_catch_what_they_are_for():
    assert _CALQUE.search("Tulis visi yang disepakati ruangan")
    assert _CALQUE.search("Peluang tiap peringkat (200 undian bobot)")
    assert _CALQUE.search("jeda alami (Fisher-Jenks)")
    assert not _CALQUE.search("Tulis visi yang disepakati peserta")
    assert _ENGLISH.search("Bobot the kriteria")
    assert not _ENGLISH.search(_CODE.sub(" ", "read_table(..., indicator='the_file')"))


@pytest.mark.parametrize("key", sorted(LABELS))
def test_indonesian_label_has_no_calque_or_english_leftover(key):
    text = LABELS[key]["id"]
    if text == LABELS[key]["en"]:  # names and terms the same in both languages (LQ, SAW ...)
        return
    if key == "live_lang_other":  # the name of the other language, "English"
        return
    assert not _CALQUE.search(text), (key, text)
    prose = _CODE.sub(" ", text)
    assert not _ENGLISH.search(prose), (key, text)


#: The run-of-show pages are the trainer's Indonesian too. There "ruangan" may be the physical
#: room (test the projector in the room), so only its uses for the people are refused.
WORKSHOP_PAGES = sorted((ROOT / "notebooks" / "workshop").glob("*.md"))
ROOM_AS_PEOPLE = re.compile(
    r"(disepakati|disetujui|kesepakatan|tanyakan ke|menurut) ruangan|ruangan (terbelah|boleh|sepakat|memilih)"
    r"|sesuaikan dengan ruangan|untuk ruangan (lebih|tanpa)",
    re.IGNORECASE,
)
_CALQUE_NOT_ROOM = re.compile("|".join(c for c in CALQUES if "ruangan" not in c))


@pytest.mark.parametrize("path", WORKSHOP_PAGES, ids=lambda p: p.name)
def test_run_of_show_pages_have_no_calque(path):
    found = [
        (n, line.strip())
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ROOM_AS_PEOPLE.search(line) or _CALQUE_NOT_ROOM.search(line)
    ]
    assert found == []


def test_one_number_format_per_language():
    """Indonesian: 1.234.567,89; English: 1,234,567.89 (never mixed in one language)."""
    assert format_number(206582253.3, 2, lang="id") == "206.582.253,30"
    assert format_number(206582253.3, 2, lang="en") == "206,582,253.30"
    assert format_number(0.5, 2, lang="id") == "0,50"


def test_using_sets_the_language_for_one_thread_only():
    import threading

    from kadlib import i18n

    seen = {}
    inside, leave = threading.Event(), threading.Event()

    def worker():
        with i18n.using("en"):
            seen["worker"] = i18n.t("region")
            inside.set()
            leave.wait(5)

    th = threading.Thread(target=worker)
    th.start()
    inside.wait(5)
    seen["main"] = i18n.t("region")  # while the worker is inside its block
    leave.set()
    th.join(5)
    assert seen == {"worker": "Region", "main": "Wilayah"}
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        with i18n.using("fr"):
            pass
