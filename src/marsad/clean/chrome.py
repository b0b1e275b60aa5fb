"""Recognising site chrome one line at a time: phrase lists (data) and line shapes.

The phrase lists live in ``data/ar/chrome.yaml``; the shapes (language switches, captions
with a credit in brackets, lines in another script, link lists) are the rules below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates.dateline import is_dateline
from ..errors import DataError
from ..resources import read_records, read_tsv
from ..text.normalize import fold_key

_KINDS = ("tail", "line", "prefix", "contains")

_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_WORD_RE = re.compile(r"\S+")
_SENTENCE_END_RE = re.compile(r"[.!?\u061f:\u2026][\"'\u201d\u2019\u00bb)\]]*\s*$")
# "Ru En", "AR | EN | FR": two- and three-letter language codes alone on a line.
_LANG_SWITCH_RE = re.compile(r"^(?:[A-Za-z]{2,3}|\u0639\u0631\u0628\u064a|English|Fran\u00e7ais)(?:\s*[|/\u2022\u00b7-]?\s*(?:[A-Za-z]{2,3}|English|Fran\u00e7ais|\u0639\u0631\u0628\u064a))+$")
# A caption ends with its credit in brackets: "... (Getty Images)", "... (الأناضول)", "(newsit)".
_CREDIT_END_RE = re.compile(r"\(([^()]{2,40})\)\s*$")
_CLOSE_RE = re.compile(r"^[\u00d7xX\u2715\u2716]$")  # a modal's close button
# A breadcrumb: "الرئيسية / أخبار / سياسة", "Home > World", "أخبار » عربي ودولي".
_CRUMB_SEP_RE = re.compile(r"\s*(?:[/>|\u00bb\u203a\u276f\u2190\u2192\u25c4\u25ba]|\s<\s)\s*")  # (and arrows: "الرئيسية ← صحة")
CRUMB_MAX_WORDS = 3
# A page's relative time stamp: "منذ 6 ساعات", "تم التحديث منذ 3 ساعات", "قبل ساعتين", "5 hours ago".
_STAMP_RE = re.compile(
    r"^(?:(?:تم التحديث|اخر تحديث|نشر|updated)\s*:?\s*)?(?:منذ|قبل)\s+(?:\d+\s+)?"
    r"(?:دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسابيع)$"
    r"|^\d+\s+(?:minutes?|hours?|days?)\s+ago$", re.I)
# Two spaces or more, a tab, or a bullet: the items of a menu copied as text.
_GAP_SEP_RE = re.compile(r"\s*[\u2022\u00b7]\s*|\s{2,}|\t")
_GAP_HINT_RE = re.compile(r"\S(?:\s{2,}|\t|\s*[\u2022\u00b7]\s*)\S")  # a wide gap or a bullet between two items
MENU_MIN_ITEMS = 3
MENU_LONG_ITEM_WORDS = 5  # a menu may hold one longer item ("فيروس كورونا: آخر المستجدات")
_TAG_SEP_RE = re.compile(r"\s*[,\u060c]\s*")
_SENTENCE_MARK_RE = re.compile(r"[.:!?\u061f\u061b\"\u00ab\u00bb]")


@dataclass(frozen=True)
class Phrases:
    tail: dict[str, str]
    line: dict[str, str]
    prefix: tuple[tuple[str, str], ...]
    contains: tuple[tuple[str, str], ...]
    categories: frozenset[str]


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    tables: dict[str, dict[str, str]] = {k: {} for k in _KINDS}
    for rec in read_records("ar/chrome.yaml", keys=("reason", "kind", "phrases"), required=("reason", "kind", "phrases"), unique=None):
        if rec["kind"] not in _KINDS:
            raise DataError(f"[M201] ar/chrome.yaml:{rec['__line__']}: unknown kind {rec['kind']!r}")
        for phrase in rec["phrases"]:
            tables[rec["kind"]][_key(str(phrase))] = rec["reason"]
    categories = frozenset(fold_key(row[0]) for _, row in read_tsv("ar/categories.tsv", 1))
    return Phrases(
        tail=tables["tail"],
        line=tables["line"],
        prefix=tuple(sorted(tables["prefix"].items(), key=lambda kv: -len(kv[0]))),
        contains=tuple(tables["contains"].items()),
        categories=categories,
    )


def _key(text: str) -> str:
    """Folded, lower-cased text without edge punctuation, for whole-line comparison."""
    return fold_key(text).strip(" :：.\u060c,;|\u2022-\u2013\u2014\u00bb\u00ab\"'").lower()


def words(line: str) -> list[str]:
    return _WORD_RE.findall(line)


def script_of(line: str) -> str:
    """'ar', 'latin' or 'other' by the majority of letters."""
    arabic = len(_ARABIC_LETTER_RE.findall(line))
    latin = len(_LATIN_LETTER_RE.findall(line))
    if arabic == 0 and latin == 0:
        return "other"
    return "ar" if arabic >= latin else "latin"


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END_RE.search(line))


def tail_reason(line: str) -> str | None:
    """The reason when the line is a block header after which the rest of the page is chrome."""
    return phrases().tail.get(_key(line))


def inline_tail_reason(line: str) -> str | None:
    """'إقرأ أيضاً: <title>' on one line: the header with a link title after it."""
    head, sep, rest = line.partition(":")
    if sep and rest.strip() and len(words(head)) <= 4:
        return phrases().tail.get(_key(head))
    return None


def line_reason(line: str) -> str | None:
    """Why this line is chrome wherever it stands, or None."""
    table = phrases()
    key = _key(line)
    if not key:
        return "decoration"
    if key in table.line:
        return table.line[key]
    if _LANG_SWITCH_RE.match(line.strip()):
        return "language-switch"
    if _CLOSE_RE.match(line.strip()):
        return "widget"
    if is_breadcrumb(line):
        return "navigation"
    folded = fold_key(line).lower()
    if _STAMP_RE.match(folded.strip()) or _stamp_with_credit(folded):
        return "timestamp"
    if _top_bar(folded) or (_DEGREES_RE.search(line) and len(words(line)) <= BAR_ITEM_MAX_WORDS):
        return "widget"  # (and the weather: "بحث...   الدوحة 19° غائم جزئياً")
    for prefix, reason in table.prefix:
        if folded.startswith(prefix):
            return reason
    if len(words(line)) <= 12:
        for phrase, reason in table.contains:
            if phrase in folded:
                return reason
    elif any(phrase in folded for phrase, reason in table.contains if reason == "notice"):
        return "notice"
    return None


def is_breadcrumb(line: str) -> bool:
    """Short labels parted by "/", ">", "»" or "|": three or more, or two after a navigation
    word or a section label ("الرئيسية / أخبار", "أخبار » عربي ودولي"); or three or more parted
    by wide gaps or bullets, a menu copied from a browser ("الرئيسية   محليات   سياسة   اقتصاد",
    "الرئيسية  •  صحة  •  طقس"), one of them perhaps longer."""
    if _GAP_HINT_RE.search(line):
        gapped = [p for p in _GAP_SEP_RE.split(line.strip()) if p]
        long_items = sum(1 for p in gapped if len(words(p)) > CRUMB_MAX_WORDS)
        if (len(gapped) - long_items >= MENU_MIN_ITEMS and long_items <= 1 and all(len(words(p)) <= MENU_LONG_ITEM_WORDS for p in gapped)
                and not is_dateline(line)):
            return True  # (not a day, an issue and the weather: "الثلاثاء 22 أكتوبر     العدد 4512     الكويت 34°")
    parts = _CRUMB_SEP_RE.split(line.strip())
    if len(parts) < 2 or any(not p or len(words(p)) > CRUMB_MAX_WORDS for p in parts):
        return False
    return (len(parts) >= 3 or phrases().line.get(_key(parts[0])) == "navigation" or is_category(parts[0])) \
        and not is_dateline(line)  # (not "[٠٩/ أبريل/٢٠٢٣]")


def is_tag_list(line: str) -> bool:
    """Three or more short labels parted by commas and nothing else ("الدول, الشرق الأوسط, تركيا,
    السعودية"): the tags or sections of a page, not a sentence."""
    parts = [p.strip() for p in _TAG_SEP_RE.split(line.strip())]
    return len(parts) >= 3 and all(p and len(words(p)) <= CRUMB_MAX_WORDS and not _SENTENCE_MARK_RE.search(p) for p in parts)


# A time stamp's bar-parted neighbours are short: the channel and the place ("منذ 3 ساعات | قناة
# ليبيا الأحرار - جنيف"), not a sentence.
STAMP_PART_MAX_WORDS = 6


def _bar_items(folded: str, max_words: int) -> list[str] | None:
    """The items of a line parted by bars, when each is short and no sentence (else None)."""
    parts = [p.strip() for p in folded.split("|")]
    return parts if all(len(p.split()) <= max_words and not ends_sentence(p) for p in parts) else None


def _stamp_with_credit(folded: str) -> bool:
    """A time stamp and, beside it past a bar, a short credit or place."""
    parts = _bar_items(folded, STAMP_PART_MAX_WORDS)
    return parts is not None and len(parts) >= 2 and any(_STAMP_RE.match(p) for p in parts)


# A site's top bar: three bar-parted items or more, short, with figures (the day, the weather, a
# price): "الاثنين 20 يناير 2020 | طرابلس: 14° غائم جزئيا | سعر الدولار ...: 4.30 دينار".
_DEGREES_RE = re.compile(r"\d\s*\u00b0")
BAR_MIN_ITEMS = 3
BAR_ITEM_MAX_WORDS = 8


def _top_bar(folded: str) -> bool:
    parts = _bar_items(folded, BAR_ITEM_MAX_WORDS)
    return parts is not None and len(parts) >= BAR_MIN_ITEMS and all(parts) and any(c.isdigit() for c in folded)


def is_caption(line: str, page_script: str) -> bool:
    """A photo caption: a line in another script, or one ending with a bracketed credit and no full stop."""
    if script_of(line) not in (page_script, "other") and len(words(line)) >= 3:
        return True
    m = _CREDIT_END_RE.search(line)
    if not m or len(words(m.group(1))) > 4:
        return False
    before = line[: m.start()].rstrip()
    return bool(before) and not ends_sentence(before)


def is_category(line: str) -> bool:
    """A section label: every word a category word ("اخبار الشرق الأوسط", "سياسة")."""
    toks = [fold_key(w).strip(":|\u00bb\u00ab-") for w in words(line)]
    toks = [t for t in toks if any(ch.isalnum() for ch in t)]  # (a mark is no word: "⚠ عاجل", "🔴 مباشر")
    return bool(toks) and len(toks) <= 5 and all(t in phrases().categories for t in toks)

