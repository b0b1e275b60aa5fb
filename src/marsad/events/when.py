"""When an event happened: the date expression that governs its trigger, else what the story
gives (the lead's day, the day before or after another event, the page's day)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..dates.grammar import is_anaphoric
from ..dates.resolve import is_calendar, month_end
from ..model import Document
from ..text.normalize import fold_key
from ..text.phrases import PhraseHit
from ..text.sentences import Sentence
from .lexicon import PARTICIPLES, PREPOSITIONS, RELATIVES, cue_words
from .spans import CLAUSE_BREAK_RE, Spans, tokens_between

if TYPE_CHECKING:
    from .extract import Clause, Draft

LEAD_SENTENCES = 3
DATE_GAP = 15  # tokens between a trigger and the date expression that dates it (names and titles of the page's actors not counted)
YEAR_GAP = 6
ATTACHED_WITHIN = 6  # words of a noun's genitive before the relative pronoun that describes it ("زيارة ولي العهد السعودي التي")
MAX_TODAY_SPAN = 366  # days: "اليوم" dates an event by its page's interval only when that is this narrow
_DURATION = "DURATION"
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
_PART_RE = re.compile(r"^(\d{4})-([QH])([1-4])$")  # a quarter or a half of a year
_PART_MONTHS = {"Q": 3, "H": 6}
_DAYS_RE = re.compile("(\u064a\u0648\u0645\u064a\u0646|\u064a\u0648\u0645|\u0627\u064a\u0627\u0645|\u0627\u0633\u0628\u0648\u0639)")  # يومين يوم ايام اسبوع
_TODAY = fold_key("\u0627\u0644\u064a\u0648\u0645")  # اليوم
_OPENERS = {fold_key(w) for w in ("و", "ف", "في", "وفي", "ففي", "ولكن", "لكن", "ثم", "كما", "وكان", "منذ", "وخلال", "خلال")}


_LAST_TIMEXES: tuple = (None, [], [])  # (a page's timexes, those that can date an event, their starts): the page being drafted


def said_on(doc: Document, sent, clause: Clause) -> str | None:
    """The day of the statement a sentence opens with, for a clause joined to it by "و" that has
    none of its own ("وكانت وزارة ... قد أعلنت في الخامس من أكتوبر الماضي، عقب اجتماع ...، وطالبت
    مصر بمشاركة طرف دولي": the request of that day): the first calendar date of the sentence
    before the clause, not one after "منذ"."""
    dated, starts = calendar_timexes(doc.timexes)
    for t in dated[bisect_left(starts, sent.start) : bisect_left(starts, clause.start)]:
        if t.value and not _since(doc.body, t):
            return event_value(doc, t)
    return None


def calendar_timexes(timexes) -> tuple[list, list[int]]:
    """The page's time expressions that can date an event (no durations), in text order, and
    their starts; every draft of the page asks, so the last page's are kept at hand."""
    global _LAST_TIMEXES
    last = _LAST_TIMEXES
    if last[0] is not timexes:
        dated = sorted((t for t in timexes if t.type != _DURATION and (t.value is None or is_calendar(t.value))), key=lambda t: t.start)
        last = _LAST_TIMEXES = (timexes, dated, [t.start for t in dated])
    return last[1], last[2]


AFTER_NOUN_CHARS = 120  # from an earlier event's noun to its own date, its parties between ("إثر لقاء جمع الرئيس ... ورئيس الوزراء ... في القاهرة في 13 يوليو")
AFTER_NOUN_NEAR = 60  # ...but past this, no relative clause of another word between ("على أساس الخطة التي أعلنها بايدن في 31 مايو")


def draft_date(doc: Document, clause: Clause, hit: PhraseHit, d: Draft, drafts: list[Draft]) -> tuple[str | None, bool]:
    """The date expression governing the trigger, or what the context gives."""
    dated, starts = calendar_timexes(doc.timexes)
    timexes = [t for t in dated[bisect_left(starts, clause.start) : bisect_left(starts, clause.end)] if t.start in clause]
    if d.after:
        # "بعد المحادثات التي جرت في 5 أغسطس": only a date attached to the noun dates it
        timexes = [t for t in timexes if t.start >= hit.end and t.start - hit.end <= AFTER_NOUN_CHARS and not CLAUSE_BREAK_RE.search(doc.body[hit.end : t.start])
                   and not (t.start - hit.end > AFTER_NOUN_NEAR and any(w.norm in RELATIVES for w in tokens_between(doc.body, hit.end, t.start)))]
    if d.status == "planned":
        published = doc.published.date or doc.published.latest
        future = [t for t in timexes if t.value and published and t.value[:10] >= published[: len(t.value[:10])]]
        timexes = future or timexes
    if d.referential:  # "وتأتي هذه الزيارة بعد أشهر من الفتور، إثر قرار الجزائر سحب سفيرها ... نهاية جويلية 2024": what came before it
        timexes = [t for t in timexes if not _after_word(doc.body, hit, t, _EARLIER)]
    named = _named_spans(doc.entities)
    timexes = [t for t in timexes if governs(doc.body, clause, hit, t, named) and not _detached_relative(doc.body, hit, t)]
    if any(p.act_object for p in hit.payloads):  # "رحبت الحكومة بإعلان المبعوث، أمس الجمعة، موافقة ...": the announcement's day
        timexes = [t for t in timexes if not _after_its_object(doc.body, hit, t, named)]
    # "شنت فجر أول أمس عدوانا هو الأوسع منذ عام 2002", "فيما تتوقف المفاوضات منذ أيار 2021": since when, not when
    timexes = [t for t in timexes if not _since(doc.body, t)]
    if timexes:
        # one with no comma between it and the trigger first: "توترت ... منذ عام 2013، وعقد البلدان
        # جولتين من المحادثات ... عام 2021" (the other dates the clause before)
        # and not one in a relative clause after it: "تبادل الجيش و«الدعم السريع»، الأربعاء، الاتهامات
        # بخرق الهدنة التي دخلت حيز التنفيذ مساء الاثنين" (the truce's day, not the accusations')
        best = min(timexes, key=lambda t: (_after_word(doc.body, hit, t, RELATIVES), parted(doc.body, t, hit), abs(t.start - hit.start), t.start))
        best = _finer(best, timexes)
        d.date_text = fold_key(best.text)
        value = event_value(doc, best)
        if value:
            return value, True
        return None, False  # dated by its own words, but not resolved (a month without its year)
    if d.after:
        # "قال لافروف عقب محادثات ...": the talks came with the day the lead reports
        # (not "قبل انعقاد القمة المقبلة": one to come).
        if d.index < LEAD_SENTENCES and d.status != "planned":
            earlier = [dr for dr in drafts if dr.date_explicit and dr.index < LEAD_SENTENCES]
            if earlier:
                return earlier[-1].date, False
            day = doc.published.date
            if day and any(t.value == day and d.sentence.start <= t.start < hit.start for t in dated):
                return day, False  # "أعلن الرئيس ...، اليوم السبت، مبادرة ...، عقب لقائه بهما": that day
        return None, False
    if d.referential:
        return None, False
    if d.index == 0 and doc.published.date and d.status == "reported":
        return doc.published.date, False  # the lead reports on the day of the page (what it announces is to come, on no day it says)
    return None, False


_EARLIER = RELATIVES | {fold_key(w) for w in ("بعد", "وبعد", "إثر", "اثر", "عقب", "منذ", "قبل")}  # and what came before or after it
_SINCE = fold_key("منذ")


def _finer(best, timexes):
    """A day inside the month the chosen expression names, said in the same clause ("زار القاهرة
    مطلع الشهر الجاري، حيث أجرى في الأول من أبريل مباحثات"): the same happening, told closer."""
    value = best.value or ""
    if len(value) != 7:
        return best
    return next((t for t in timexes if t.value and len(t.value) == 10 and t.value.startswith(value)), best)


def _since(body: str, timex) -> bool:
    """The date expression follows "منذ" (the start of a span, often a comparison)."""
    before = tokens_between(body, max(0, timex.start - 12), timex.start)
    return bool(before) and before[-1].norm == _SINCE


def _after_its_object(body: str, hit: PhraseHit, timex, named: Spans) -> bool:
    """A date after the act a verb of welcoming or condemning takes with "ب" ("رحبت ... بإعلان
    المبعوث ...، أمس الجمعة") tells when that act was, not when it was welcomed.  A name
    ("باريس", "بأنقرة") or "باسم" ("المتحدث باسم الخارجية") is no such object."""
    return timex.start > hit.end and any(
        t.norm.startswith(_BI_AL) and t.norm != _BISM and not named.holds(t.end - 1, t.end)
        for t in tokens_between(body, hit.end, timex.start))


_BI_AL = ("\u0628\u0627\u0644", "\u0628\u0627")  # بال، با ("بالاتفاق", "بإعلان": folded alef)
_BISM = fold_key("باسم")  # "in the name of": a spokesman's title, not an object


def _after_word(body: str, hit: PhraseHit, timex, words: frozenset[str]) -> bool:
    """One of ``words`` (a relative pronoun: a clause of its own) stands between the trigger and a date expression after it."""
    return timex.start >= hit.end and any(t.norm in words for t in tokens_between(body, hit.end, timex.start))


_OF = frozenset(fold_key(w) for w in ("في", "بين"))  # inside a noun's genitive: "اجتماع وزراء المياه في الدول الثلاث الذي عقد"


def _detached_relative(body: str, hit: PhraseHit, timex) -> bool:
    """The date stands in a relative clause of another word, or after a participle that tells of
    one ("اتفاقية التعاون الأمني الموقعة بتاريخ 17/4/2001") ("وتتزامن زيارة ولي العهد مع قرار
    المحكمة الدستورية التي أعلنت السبت الماضي": the court's day): the pronoun comes after a
    preposition other than "في", "بين", or further than a noun's own genitive ("زيارة ولي العهد
    السعودي التي بدأت أمس": the visit's)."""
    if timex.start < hit.end:
        return False
    between = tokens_between(body, hit.end, timex.start)
    k = next((k for k, t in enumerate(between) if t.norm in RELATIVES or t.norm in PARTICIPLES), None)
    if k is None:
        return False
    series = cue_words("series")
    return k > ATTACHED_WITHIN or any(t.norm in PREPOSITIONS and t.norm not in _OF
                                      and not (t.norm == _MIN and n + 1 < k and between[n + 1].norm in series)  # "الجولة الرابعة من المفاوضات التي": one meeting
                                      for n, t in enumerate(between[:k]))


_MIN = fold_key("من")


def parted(body: str, timex, hit: PhraseHit) -> bool:
    """A comma or another clause break stands between a date expression and the trigger."""
    lo, hi = (timex.end, hit.start) if timex.end <= hit.start else (hit.end, timex.start)
    return CLAUSE_BREAK_RE.search(body, lo, hi) is not None


def governs(body: str, clause: Clause, hit: PhraseHit, timex, named: Spans | None = None) -> bool:
    """A date expression dates the trigger when it opens the clause ("وفي 17 من شباط الماضي،
    اختتمت ...") or stands near it, the names and titles of its parties not counted ("التقى رئيس
    مجلس السيادة ...، الفريق أول عبد الفتاح البرهان، الرئيس التركي رجب طيب إردوغان، في العاصمة
    أنقرة، أمس"); a bare year further off dates something else ("الاتفاق النووي المبرم عام 2015")."""
    lo, hi = (timex.end, hit.start) if timex.end <= hit.start else (hit.end, timex.start)
    gap = sum(1 for t in tokens_between(body, lo, hi) if t.start in clause and not (named and named.holds(t.start, t.start + 1)))
    if all(t.norm in _OPENERS for t in tokens_between(body, clause.start, timex.start) if t.end <= timex.start):
        return True  # the clause opens with it ("وفجر اليوم الاثنين، توجه ...": its own word, with "و")
    year_only = bool(timex.value) and len(timex.value) == 4
    return gap <= (YEAR_GAP if year_only else DATE_GAP)


_LAST_NAMED: tuple = (None, Spans([]))  # (a page's entities, the spans of their mentions): the page being drafted


def _named_spans(entities) -> Spans:
    """The spans of the page's actor mentions (kept for the page being drafted)."""
    global _LAST_NAMED
    if _LAST_NAMED[0] is not entities:
        _LAST_NAMED = (entities, Spans([(m.start, m.end) for e in entities for m in e.mentions]))
    return _LAST_NAMED[1]


def event_value(doc: Document, timex) -> str | None:
    """A timex value as an event date: weeks, quarters and halves become day intervals, and
    "اليوم" on a page dated only by an interval becomes that interval."""
    value = timex.value
    if value:
        m = _WEEK_RE.match(value)
        if m:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
        m = _PART_RE.match(value)
        if m:
            year, months = int(m.group(1)), _PART_MONTHS[m.group(2)]
            first = (int(m.group(3)) - 1) * months + 1
            return f"{year:04d}-{first:02d}-01/{month_end(year, first + months - 1).isoformat()}"
        return value
    p = doc.published
    if fold_key(timex.text).startswith(_TODAY) and p.earliest and p.latest and not is_anaphoric(timex.text):  # not "اليوم نفسه"
        if (dt.date.fromisoformat(p.latest) - dt.date.fromisoformat(p.earliest)).days > MAX_TODAY_SPAN:
            return None  # "today" on a page dated only within years says nothing useful
        return p.earliest if p.earliest == p.latest else f"{p.earliest}/{p.latest}"
    return None


_AYYAM = "\u0627\u064a\u0627\u0645"  # ايام (folded)
SOME_DAYS = 7  # "أيام": at most a week


def shifted_date(clause: Clause, drafts: list[Draft], sent: Sentence, d: Draft) -> tuple[str | None, bool]:
    """"بعد يوم من اجتماع X": X was a day before the event the sentence is about."""
    anchor = next((dr for dr in reversed(drafts) if dr.date and len(dr.date) == 10 and dr.type == d.type), None)
    if anchor is None or not clause.cue_key:
        return d.date, d.date_explicit
    unit = _DAYS_RE.search(clause.cue_key)
    word = unit.group(1) if unit else ""
    sign = -1 if clause.cue == "before-day" else 1
    anchor_day = dt.date.fromisoformat(anchor.date)
    if word == _AYYAM:  # "بعد أيام من لقاء ...": some days before, within the week
        ends = sorted(anchor_day + dt.timedelta(days=sign * n) for n in (1, SOME_DAYS))
        return f"{ends[0].isoformat()}/{ends[1].isoformat()}", True
    days = {"\u064a\u0648\u0645": 1, "\u064a\u0648\u0645\u064a\u0646": 2, "\u0627\u0633\u0628\u0648\u0639": 7}.get(word, 0)
    if not days:
        return d.date, d.date_explicit
    day = anchor_day + dt.timedelta(days=sign * days)
    return day.isoformat(), True


def story_date(doc: Document, drafts: list[Draft]) -> str | None:
    """The date of an undated happening told after the lead ("والتقى الأسد على هامش القمة ...",
    "وأجرى أمير قطر اتصالا هاتفيا ..."): the day of the story, that is the lead's reported event,
    else the page's day (not for what is told as background: see Draft.background), or None
    when the page has no day."""
    lead = next((dr.date for dr in drafts if dr.index == 0 and dr.status == "reported" and dr.date), None)
    return lead or doc.published.date
