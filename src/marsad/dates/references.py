"""Time expressions that name no calendar day: the present, the past and the future ("الآن",
"مؤخرا", "قريبا": TimeML's PRESENT_REF, PAST_REF and FUTURE_REF), centuries ("القرن التاسع
عشر": 18), decades ("الخمسينيات": 195) and seasons ("الصيف": 2015-SU), from the phrase table
``data/ar/time_references.tsv``. They are timexes of the text like the others; an event is
never dated by one (see :func:`marsad.dates.resolve.is_calendar`). Halves and quarters of a year
named with their year ("الربع الأول من العام الجاري": 2015-Q1) are calendar time: an event in
one is dated by its days (see :func:`marsad.events.when.event_value`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..errors import DataError
from ..resources import read_tsv
from ..text.normalize import fold_key
from ..text.phrases import PhraseTable, scan
from ..text.tokens import tokenize

_ALEF_LAM = "\u0627\u0644"  # ال

KINDS = ("ref", "century", "century_rel", "decade", "season", "part")
# After a season: the one of the year before or after ("الصيف الماضي", "الشتاء المقبل").
_SHIFTS = {fold_key(w): n for w, n in (("الماضي", -1), ("المنصرم", -1), ("الفائت", -1), ("المقبل", 1), ("القادم", 1),
                                         ("الحالي", 0), ("الجاري", 0))}
# "الربيع العربي" is the Arab Spring, not a season.
_NOT_SEASONS = {fold_key(w) for w in ("العربي", "العربية")}
# The year after a part of it: "من" or "ل" and a year word, or the year's number.
_OF = {fold_key(w) for w in ("من", "خلال")}
_YEAR_WORDS = {fold_key(w) for w in ("العام", "عام", "السنة", "سنة", "لعام", "للعام", "لسنة", "للسنة")}
_THIS = {fold_key(w) for w in ("هذا", "هذه")}


class Reference(NamedTuple):
    start: int  # offsets into the text
    end: int
    kind: str
    value: str  # as written in the table; see :func:`reference_value`


@lru_cache(maxsize=1)
def _table() -> PhraseTable[tuple[str, str]]:
    pairs = []
    for line, (phrase, kind, value) in read_tsv("ar/time_references.tsv", 3):
        if kind not in KINDS:
            raise DataError(f"[M201] ar/time_references.tsv:{line}: unknown kind {kind!r}")
        pairs.append((phrase, (kind, value)))
    return PhraseTable.build(pairs)


def find_references(text: str) -> list[Reference]:
    """The expressions of the table in ``text``; a season takes a following "الماضي"/"المقبل" or
    year ("صيف العام الماضي", "صيف 2019")."""
    out = []
    toks = tokenize(text)
    for hit in scan(text, _table()):
        kind, value = hit.payloads[0]
        end = hit.end
        if kind == "season" and hit.last < len(toks):
            nxt = toks[hit.last].norm
            if nxt in _NOT_SEASONS:
                continue
            if nxt in _SHIFTS:
                value = f"{value}{_SHIFTS[nxt]:+d}"
                end = toks[hit.last].end
            elif (year := _year_after(toks, hit.last)) is not None:  # "صيف العام الماضي", "صيف 2019"
                value, end = f"{value}{year[0]}", toks[year[1] - 1].end
        if kind == "part":
            year = _year_after(toks, hit.last)
            if year is None:
                continue  # "الشوط الثاني ... النصف الثاني": a half of something else
            value, end = f"{value}{year[0]}", toks[year[1] - 1].end
        out.append(Reference(hit.start, end, kind, value))
    return out


def _year_after(toks, k: int) -> tuple[str, int] | None:
    """The year a part of it names, as "@2023" or a shift ("+0", "-1"), and the token after it:
    "من العام الجاري", "من عام 2023", "من 2023", "لعام 2024", "من هذا العام"."""
    words = [t.norm for t in toks[k : k + 4]]
    if words and words[0] in _OF:
        words, k = words[1:], k + 1
    if words and words[0] in _THIS:
        words, k = words[1:], k + 1
        if words and words[0] in _YEAR_WORDS:
            return "+0", k + 1
        return None
    if words and words[0].isdigit() and len(words[0]) == 4:
        return f"@{words[0]}", k + 1
    if not words or words[0] not in _YEAR_WORDS:
        return None
    if len(words) > 1 and words[1].isdigit() and len(words[1]) == 4:
        return f"@{words[1]}", k + 2
    if len(words) > 1 and words[1] in _SHIFTS:
        return f"{_SHIFTS[words[1]]:+d}", k + 2
    if words[0].startswith(_ALEF_LAM):
        return "+0", k + 1  # "من العام": this one
    return None


def reference_value(ref: Reference, year: int | None) -> str | None:
    """The TIMEX3 value, against the publication year where it needs one (None when unknown)."""
    if ref.kind in ("ref", "century", "decade"):
        return ref.value
    if ref.kind in ("part", "season") and "@" in ref.value:
        return f"{ref.value[3:]}-{ref.value[:2]}"  # "Q1@2023", "SU@2019": the year is written
    if year is None:
        return None
    if ref.kind == "century_rel":
        return f"{year // 100 + int(ref.value):02d}"
    season, shift = ref.value[:2], ref.value[2:]  # "SU", "SU-1"; a part "Q1+0", "H2-1"
    return f"{year + int(shift or 0):04d}-{season}"
