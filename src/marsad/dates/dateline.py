"""Datelines: a line of a page that is nothing but its date ("٢٩ ديسمبر ٢٠٢٢", "الخميس 29/12/2022 - 10:30").

A line is a dateline when the temporal grammar finds a full date in it (day, month and year;
Gregorian preferred over Hijri when both are given) and nothing else is left but weekdays,
times, punctuation and the labels of ``data/ar/time_words.tsv`` (class ``dateline_label``:
"نشر في", "آخر تحديث", "Updated", ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.normalize import fold_key
from .grammar import Mention, find_mentions
from .lexicon import lexicon
from .resolve import resolve

_DIGIT_RE = re.compile(r"\d")
_MAX_LENGTH = 120  # a longer line is a sentence, not a dateline
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.I)
_WORD_RE = re.compile(r"[^\W_]+")
# An ISO timestamp's "T" ("2022-10-27T14:10:00+04:00") and a time zone named by its place at the
# end of the line ("بتوقيت أبوظبي", "بتوقيت مكة المكرمة", "توقيت القدس").
_ISO_T_RE = re.compile(r"(\d{4}-\d{2}-\d{2})t(?=\d)")
_ZONE_RE = re.compile("\\bب?توقيت(?:\\s+[^\\W\\d_]+){0,3}\\s*\\)?\\s*$")
_OFFSET_RE = re.compile(r"\b(gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?")  # "GMT+3", "UTC+03:00"
_RESIDUE_CLASSES = frozenset({"weekday", "weekday_en", "dateline_label"})
# A day, a month's name and a year parted by dashes or slashes ("26 - يوليو - 2021", "[٠٩/ أبريل/٢٠٢٣]"),
# and the word "شهر" before a month's name ("19 شهر رمضان 1444 هـ"): written so on some pages' datelines.
_DASHED_RE = re.compile(r"\b(\d{1,2})\s*[-\u2013/]\s*([^\W\d_]+(?:\s*/\s*[^\W\d_]+)?)\s*[-\u2013/]\s*(\d{4})\b")  # ("29 - شباط/فبراير - 2020")
_MONTH_WORD_RE = re.compile("\\b\u0634\u0647\u0631\\s+(?=[^\\W\\d_])")  # شهر
# Where the report was filed, before or after the date and parted from it by a dash, a colon or
# a slash: "الرياض - الثلاثاء 14 مارس 2023", "دمشق: 3 أيار 2021", "14/3/2023 — بيروت".
_PLACE_BEFORE_RE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-\u2013\u2014:|]\s*(?=\S)")
_PLACE_AFTER_RE = re.compile(r"(?<=\S)\s*[-\u2013\u2014|]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*$")
# The issue of the paper, beside the date on a print outlet's site: "العدد 8421", "رقم العدد [ 9831 ]".
_ISSUE_RE = re.compile("(?:\u0631\u0642\u0645\\s+)?\u0627\u0644\u0639\u062f\u062f" r"\s*[\[(]?\s*\d+\s*[\])]?")  # رقم العدد
# The weather beside it: "الكويت 34°", "بغداد ☁ 21°".
_WEATHER_RE = re.compile(r"(?:[^\W\d_]+\s*)?\W?\s*-?\d{1,2}\s*\u00b0[cf]?")
# The agency credited at the end, in brackets and with no digit: "الرياض - 3 مارس 2024 (واس)".
_CREDIT_RE = re.compile(r"\s*\((?:[^\W\d_]+\.?\s*){1,4}\)\s*$")
# The reading time and the view count beside it (folded): "قراءة: ٤ دقائق", "مدة القراءة 3 دقيقة",
# "5 دقائق للقراءة", "1234 مشاهدة".
_READING_RE = re.compile("(?:(?:وقت|مده)\\s+)?(?:ال)?قراءه\\s*:?\\s*\\d+\\s*دق(?:يقه|يقتان|ايق)"
                         "|\\d+\\s*(?:دقايق|دقيقه)\\s+(?:لل)?قراءه|\\d+\\s*مشاهد(?:ه|ات)")


def parse_dateline(line: str) -> str | None:
    """The ISO date of a line that holds only a full date (and perhaps a weekday, a time, a label)."""
    full = _only_dates(line, lambda m: bool(m.day and m.month and m.year))
    if not full:
        return None
    chosen = next((m for m in full if m.calendar == "gregorian"), full[0])
    return resolve(chosen, None)


def partial_dateline(line: str) -> Mention | None:
    """A line that holds only a weekday, a day and a month ("الثلاثاء 11 حزيران"): the date
    mention, whose year the publication stage finds (the years where that day is that weekday)."""
    found = _only_dates(line, lambda m: bool(m.day and m.month and m.weekday is not None and m.year is None and m.calendar == "gregorian"))
    return found[0] if found else None


def is_dateline(line: str) -> bool:
    """A line that holds only a date, with its year or only with its weekday."""
    return parse_dateline(line) is not None or partial_dateline(line) is not None


def _only_dates(line: str, wanted) -> list[Mention]:
    """The wanted date mentions of a line that holds nothing else but weekdays, times and labels."""
    text, mentions = _line_mentions(line)
    full = [m for m in mentions if wanted(m)]
    if not full:
        return []
    if full[0].start > 0 or full[-1].end < len(text):  # a place filed from, before or after it
        text = _place_parted(text, full[0].start, full[-1].end)
    residue = text
    for m in full:
        residue = residue[: m.start] + " " * (m.end - m.start) + residue[m.end :]
    lex = lexicon()
    for word in _WORD_RE.findall(residue):
        form = lex.forms.get(word)
        if form is None or not any(
            e.cls in _RESIDUE_CLASSES for rest, entries in lex.phrases[form[0]] if not rest for e in entries
        ):
            return []
    return full


@lru_cache(maxsize=64)
def _line_mentions(line: str) -> tuple[str, tuple[Mention, ...]]:
    """The line folded, its times, zones, credits, issue number and weather blanked, and the date
    mentions the grammar finds in it (once a line: the full and the partial reading both ask)."""
    if len(line) > _MAX_LENGTH or not _DIGIT_RE.search(line):
        return "", ()  # (a dateline has its day in digits, Arabic or Indic: the grammar need not run on every line)
    text = _OFFSET_RE.sub(r"\1", _ISO_T_RE.sub(r"\1 ", fold_key(line).lower()))
    text = _ZONE_RE.sub(" ", _TIME_RE.sub(" ", text))
    text = _DASHED_RE.sub(r"\1 \2 \3", _MONTH_WORD_RE.sub("", text))  # "26 - يوليو - 2021", "19 شهر رمضان"
    for pattern in (_CREDIT_RE, _ISSUE_RE, _WEATHER_RE, _READING_RE):  # "(واس)", "| العدد 8421", "| الكويت 34°", "قراءة: 4 دقائق"
        text = pattern.sub(_blank, text)
    return text, tuple(m for m in find_mentions(text) if m.kind == "date")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _place_parted(text: str, start: int, end: int) -> str:
    """``text`` with the place the report was filed from blanked out (same length), where a dash
    or a colon parts it from the date: "الرياض - الثلاثاء 14 مارس 2023"."""
    before = _PLACE_BEFORE_RE.match(text[:start] + "x")  # (the date's first character follows)
    if before:
        text = " " * before.end() + text[before.end() :]
    after = _PLACE_AFTER_RE.search(text, end)
    if after and after.start() >= end:
        text = text[: after.start()] + " " * (len(text) - after.start())
    return text


# A wire dateline opening an article: the place filed from (a word or three), the day and month
# (and year), then the agency in brackets, or its name, before a dash: "أديس أبابا 20 كانون الأول/
# ديسمبر 2023 (إينا) -", "عمان 1 أيار (بترا) -", "جنين 5-7-2023 وفا-", "طهران/ 8 كانون الثاني/ يناير/ إرنا -".
_WIRE_PLACE_RE = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}[\s,\u060c/]*")
_WIRE_AGENCY_RE = re.compile(
    r"\s*/?\s*(?:(?P<marked>\([^()\n]{1,30}\)|/\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*/)\s*[-\u2013\u2014:]?|(?:[^\W\d_]+[\s.]*){0,3}[-\u2013\u2014:])"
)  # the agency in brackets or between slashes ("/قنا/", "/ وام /"), or its name before a dash
WIRE_HEAD_CHARS = 120  # a dateline's place, date and agency fit in this many characters


def wire_date(folded: str, dates: list[Mention]) -> Mention | None:
    """The date of a wire dateline opening ``folded`` (``dates``: its date mentions, in order)."""
    m = next((m for m in dates if m.kind == "date"), None)
    if m is None or not (m.day and m.month) or m.deictic is not None or m.qualifier is not None:
        return None
    agency = _WIRE_AGENCY_RE.match(folded, m.end)
    if not _WIRE_PLACE_RE.fullmatch(folded, 0, m.start) or not agency:
        return None
    before = folded[: m.start].split()
    if before and before[-1] in _SENTENCE_BEFORE_DATE and not (agency.group("marked") and before[-1] == _FI and len(before) == 2):
        return None  # "قال الرئيس في 5 أيار 2023 -": a sentence, not a place ("الدوحة في 23 نوفمبر /قنا/" is one)
    return m


_SENTENCE_BEFORE_DATE = frozenset(fold_key(w) for w in ("في", "منذ", "حتى", "يوم", "بتاريخ", "قبل", "بعد"))
_FI = fold_key("في")


def opens_with_wire_dateline(line: str) -> bool:
    """A paragraph that opens with a wire dateline: the article's lead."""
    folded = fold_key(line[:WIRE_HEAD_CHARS])
    if not _DIGIT_RE.search(folded):
        return False
    return wire_date(folded, [m for m in find_mentions(folded) if m.calendar == "gregorian"]) is not None

