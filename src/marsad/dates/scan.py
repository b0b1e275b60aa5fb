"""Where time expressions may start: a fast scan of folded text before the grammar runs.

The words of the text are intersected with the lexicon's trigger forms (month and weekday
names, deictic words, "عام", "منذ", ...) and each occurrence, and each run of digits, is
checked against the word that follows it ("بين" only before a number, "هذا" only before
"العام"/"الشهر"/...).  Only what passes is parsed: most Arabic text has no date in it, and
Python-level work per word is what costs.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import TRIGGER_CLASSES, Entry, Lexicon, lexicon

WAW = "\u0648"
PAIR_OPEN = frozenset("/(-|\u2013")
_SPLIT_MARKS = ",.;:!?()[]/\"'-\u2013\u2014\u00ab\u00bb\u201c\u201d"
_PUNCT = ".,;:!?()\"'"


@lru_cache(maxsize=1)
def _trigger_forms() -> frozenset[str]:
    lex = lexicon()
    return frozenset(
        form
        for form, (word, _) in lex.forms.items()
        if any(e.cls in TRIGGER_CLASSES for _, entries in lex.phrases[word] for e in entries)
    )


def trigger_positions(folded: str) -> list[int]:
    """Offsets where an expression may start: trigger words (on word boundaries) and digits."""
    spaced = folded
    for mark in _SPLIT_MARKS:  # "حزيران،", "ديسمبر/كانون", "(فبراير)": str.replace is fastest
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    present = _trigger_forms().intersection(spaced.split())
    out = _digit_runs(folded)
    n = len(folded)
    for word in present:
        size = len(word)
        i = folded.find(word)
        while i >= 0:
            if (i == 0 or not folded[i - 1].isalnum()) and (i + size == n or not folded[i + size].isalnum()):
                out.append(i)
            i = folded.find(word, i + size)
    out.sort()
    return out


def _digit_runs(folded: str) -> list[int]:
    """Starts of runs of ASCII digits (str.find is much faster than a regex scan here)."""
    found = []
    for digit in "0123456789":
        i = folded.find(digit)
        while i >= 0:
            found.append(i)
            i = folded.find(digit, i + 1)
    found.sort()
    return [i for k, i in enumerate(found) if k == 0 or found[k - 1] != i - 1]


# What must follow a trigger word of these classes for an expression to start there; words
# of the other trigger classes (months, weekdays, deictics) always start a parse.
_NEEDS = {
    "between": {"digit", "ordinal", "tens_ordinal"},
    "demonstrative": {"period"},
    "since": {"digit", "cardinal", "tens", "unit"},
    "ago": {"digit", "cardinal", "tens", "unit"},
    "later": {"digit", "cardinal", "tens", "unit"},
    "part": {"month", "hijri", "month_word", "period", "year_word"},
    "time_of_day": {"weekday", "deictic", "digit", "ordinal"},
    "day_word": {"weekday", "deictic", "digit", "ordinal", "first_day"},
    "month_word": {"month", "hijri"},
    "year_word": {"digit"},
    "period": {"qualifier", "digit"},
    "cardinal": {"unit", "cardinal", "tens", "waw"},
    "ordinal": {"preposition", "cardinal", "tens_ordinal", "waw", "of_it"},
    "tens_ordinal": {"preposition", "of_it"},  # "في العشرين من الشهر الجاري", "في العشرين منه"
    "first_day": {"month", "hijri", "month_word"},
}
_DIGIT_FOLLOWERS = frozenset({"/", "-", ".", "\u2013", WAW})  # 29/12, 6-8, 23 و24
_AFTER_NUMBER = frozenset({"month", "month_en", "hijri", "unit", "preposition", "to", "cardinal", "of_it"})
_NEXT_RE = re.compile(r"\s*([^\W\d_]+|\d+|[^\w\s])")


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    """Classes of each word, as the first word of any phrase."""
    lex = lexicon()
    return {w: frozenset(e.cls for _, entries in lex.phrases[w] for e in entries) for w in lex.phrases}


@lru_cache(maxsize=1)
def _gates() -> dict[str, tuple[bool, frozenset[str], frozenset[str]]]:
    """For each trigger word: (always parse, classes the next word may have, next words of its phrases)."""
    lex = lexicon()
    out = {}
    for word, phrases in lex.phrases.items():
        always, needs, nexts = False, set(), set()
        for rest, entries in phrases:
            for e in entries:
                if e.cls not in TRIGGER_CLASSES:
                    continue
                if rest:
                    nexts.add(rest[0])
                elif e.cls in _NEEDS:
                    needs |= _NEEDS[e.cls]
                elif word in lex.ambiguous:
                    needs |= {"digit", "qualifier", "month", "hijri", "month_en", "pair", "after_preposition"}
                else:
                    always = True
        out[word] = (always, frozenset(needs), frozenset(nexts))
    return out


_COMMAS = (",", "\u060c")


def worth_parsing(lex: Lexicon, folded: str, pos: int) -> bool:
    """A cheap look at the word at ``pos`` and the next one: can an expression start here?"""
    m = _NEXT_RE.match(folded, pos)
    if folded[pos].isdigit():
        number = m.group(1)
        if len(number) == 4 or folded[pos - 1 : pos] == "(":
            return True
        nxt = _NEXT_RE.match(folded, m.end())
        if not nxt:
            return False
        word = nxt.group(1)
        if word in _DIGIT_FOLLOWERS:
            return True
        nform = lex.forms.get(word)
        return nform is not None and bool(_word_classes()[nform[0]] & _AFTER_NUMBER)
    form = lex.forms.get(m.group(1)) if m else None
    if form is None:
        return False
    always, needs, nexts = _gates()[form[0]]
    if always:
        return True
    if "after_preposition" in needs and any(e.cls == "preposition" for e in word_entries(lex, previous_word(folded, pos))):
        return True
    if "after_preposition" in needs and folded[max(0, pos - 3) : pos].rstrip()[-1:] in _COMMAS and folded[m.end() : m.end() + 2].lstrip()[:1] in _COMMAS:
        return True  # "قُتل أكثر من 40 شخصاً، الأحد، في غارة": a day set off by commas
    nxt = _NEXT_RE.match(folded, m.end())
    if not nxt:
        return False
    word = nxt.group(1)
    if word in nexts:
        return True
    if word.isdigit():
        return "digit" in needs
    if word in PAIR_OPEN:
        return "pair" in needs
    if word == WAW:
        return "waw" in needs
    nform = lex.forms.get(word)
    if nform is None:
        return False
    if nform[1] == 1 and word[0] == WAW and "waw" in needs:
        return True
    return bool(_word_classes()[nform[0]] & needs)


def word_entries(lex: Lexicon, word: str) -> list[Entry]:
    form = lex.forms.get(word.strip(_PUNCT))
    if not form:
        return []
    return [e for rest, entries in lex.phrases[form[0]] if not rest for e in entries]


def previous_word(folded: str, start: int) -> str:
    words = folded[max(0, start - 24) : start].split()
    return words[-1].strip(_PUNCT) if words else ""


