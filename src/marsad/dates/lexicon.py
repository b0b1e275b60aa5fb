"""The words of time expressions, folded, loaded once from the package's data files.

Sources: ``generated/calendar.json`` (CLDR month and weekday names of every ar* locale, English
names, Hijri months; built by scripts/build_data.py) and the hand-kept overlays under
``data/ar/``: ``months_extra.tsv`` (spellings the sources lack), ``calendar_ambiguous.tsv``
(names that are also ordinary words), ``time_words.tsv`` (relative words, qualifiers, parts,
units, cues) and ``numbers.tsv`` (number words).

Every name is stored folded (:func:`marsad.text.normalize.fold_key`), keyed by its first word;
a surface form with a proclitic (و ف ب ل, "بال", "لل") maps to its word and the clitic's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import DataError
from ..resources import read_generated, read_tsv
from ..text.normalize import fold_key

# Entry classes that can start a time expression: a match of one of them triggers the grammar.
TRIGGER_CLASSES = frozenset(
    {
        "month", "month_en", "hijri", "weekday", "weekday_en", "deictic", "period", "demonstrative",
        "part", "year_word", "month_word", "day_word", "since", "ago", "later", "between", "time_of_day",
        "cardinal", "ordinal", "tens_ordinal", "first_day", "anaphoric",
    }
)  # fmt: skip
_CLASSES = TRIGGER_CLASSES | {
    "qualifier", "unit", "to", "align", "preposition", "future_cue", "blocker", "weekday_blocker", "both_cue",
    "dateline_label", "tens", "year_context", "tense_future", "of_it", "past_cue",
}  # fmt: skip

_ALEF_LAM = "\u0627\u0644"
_PROCLITICS = ("\u0648", "\u0641", "\u0628", "\u0644", "\u0643", "\u0648\u0628", "\u0648\u0644", "\u0641\u0628", "\u0641\u0644", "\u0648\u0643")  # و ف ب ل ك وب ول فب فل وك
_LAM_LAM = ("\u0644\u0644", "\u0648\u0644\u0644", "\u0641\u0644\u0644")  # لل ولل فلل: ل + ال


@dataclass(frozen=True, slots=True)
class Entry:
    cls: str
    value: object


@dataclass(frozen=True)
class Lexicon:
    # first word -> [(following words, entries)], longest phrase first
    phrases: dict[str, tuple[tuple[tuple[str, ...], tuple[Entry, ...]], ...]]
    # surface token -> (first word, length of the proclitic before it)
    forms: dict[str, tuple[str, int]]
    ambiguous: frozenset[str]  # folded names that are dates only in context
    blockable: frozenset[str]  # folded names that are dates unless a blocker stands beside them
    trigger_re: re.Pattern[str]


def _key(text: str) -> str:
    return fold_key(text).lower()


def _unit_value(value: str) -> tuple[str, int | None]:
    unit, _, count = value.partition(":")
    return unit, int(count) if count else None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built on first use."""
    rows: list[tuple[str, Entry]] = []
    cal = read_generated("calendar.json")
    rows += [(name, Entry("month", n)) for name, n in cal["months"].items()]
    rows += [(name, Entry("month_en", n)) for name, n in cal["months_en"].items()]
    rows += [(name, Entry("hijri", n)) for name, n in cal["hijri_months"].items()]
    rows += [(name, Entry("weekday", n)) for name, n in cal["weekdays"].items()]
    rows += [(name, Entry("weekday_en", n)) for name, n in cal["weekdays_en"].items()]
    where = "ar/months_extra.tsv"
    for line, (name, calendar, number) in read_tsv(where, 3):
        if calendar not in ("gregorian", "hijri") or not number.isdigit() or not 1 <= int(number) <= 12:
            raise DataError(f"[M201] {where}:{line}: expected gregorian|hijri and a month number 1-12")
        rows.append((name, Entry("month" if calendar == "gregorian" else "hijri", int(number))))
    for where in ("ar/time_words.tsv", "ar/numbers.tsv"):
        for line, (word, cls, value) in read_tsv(where, 3):
            if cls not in _CLASSES:
                raise DataError(f"[M201] {where}:{line}: unknown class {cls!r}")
            rows.append((word, Entry(cls, _parse_value(cls, value, f"{where}:{line}"))))
    readings: dict[str, set[str]] = {"context": set(), "unless-blocked": set()}
    where = "ar/calendar_ambiguous.tsv"
    for line, (name, _meaning, reading) in read_tsv(where, 3):
        if reading not in readings:
            raise DataError(f"[M201] {where}:{line}: expected context|unless-blocked, not {reading!r}")
        readings[reading].add(_key(name))
    ambiguous, blockable = frozenset(readings["context"]), frozenset(readings["unless-blocked"])

    grouped: dict[tuple[str, ...], list[Entry]] = {}
    for name, entry in rows:
        words = tuple(_key(name).split())
        if not words:
            continue
        bucket = grouped.setdefault(words, [])
        if entry in bucket:
            continue
        bucket.append(entry)
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[Entry, ...]]]] = {}
    for words, entries in grouped.items():
        phrases.setdefault(words[0], []).append((words[1:], tuple(entries)))
    frozen = {w: tuple(sorted(v, key=lambda item: -len(item[0]))) for w, v in phrases.items()}

    forms: dict[str, tuple[str, int]] = {}
    for word in frozen:
        forms.setdefault(word, (word, 0))
    for word in frozen:  # clitic forms never shadow a word of their own
        for prefix in _PROCLITICS:
            forms.setdefault(prefix + word, (word, len(prefix)))
        if word.startswith(_ALEF_LAM) and len(word) > 3:
            for prefix in _LAM_LAM:
                forms.setdefault(prefix + word[2:], (word, len(prefix)))

    triggers = sorted(
        {form for form, (word, _) in forms.items() if any(e.cls in TRIGGER_CLASSES for _, es in frozen[word] for e in es)},
        key=lambda f: (-len(f), f),
    )
    trigger_re = re.compile(r"\d|(?<!\w)(?:" + "|".join(map(re.escape, triggers)) + r")(?!\w)")
    return Lexicon(phrases=frozen, forms=forms, ambiguous=ambiguous, blockable=blockable, trigger_re=trigger_re)


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """The one-word cardinal and tens numbers, folded ("ثلاثة", "عشرين"): counts in any stage."""
    return class_words("cardinal", "tens")


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """The one-word parts of days, months and periods, deictics, qualifiers and weekdays, folded
    ("منتصف", "صباح", "أمس", "المقبل", "الخميس"): no name of a person goes on with one."""
    return class_words("part", "time_of_day", "deictic", "qualifier", "weekday")


@lru_cache(maxsize=16)
def class_words(*classes: str) -> frozenset[str]:
    """The one-word entries of the lexicon of any of ``classes``, folded ("unit": "أسبوعين", "أيام")."""
    return frozenset(word for word, items in lexicon().phrases.items()
                     for rest, entries in items if not rest and any(e.cls in classes for e in entries))


def _parse_value(cls: str, value: str, where: str) -> object:
    try:
        if cls in ("deictic", "qualifier", "demonstrative", "cardinal", "ordinal", "tens", "tens_ordinal"):
            return int(value)
        if cls in ("unit", "anaphoric"):
            return _unit_value(value)
    except ValueError:
        raise DataError(f"[M201] {where}: bad value {value!r} for class {cls}") from None
    return value or None
