"""Which reports, in different documents, tell of one happening: the timeline's clustering.

A *report* is one event of one document.  Two reports from different documents are
compatible when they agree on everything both of them state:

- the same PLOVER type and the same status (a meeting and the agreement reached at it stay
  two; a meeting announced for later is not the meeting held);
- participant countries that overlap: at least two in common, or the single country of a
  report that names one;
- dates that overlap at their precision (``2022-12`` holds ``2022-12-28``), and that fit each
  document's publication date (a reported event does not start after its page was published;
  a planned one does not end before);
- places that agree: the same place, a place and its country, or (on one and the same day
  only) two places of one country, kept as a conflict;
- no phone call merged with a meeting in person.

What a report leaves out agrees with anything, but a report without a sharp date says too
little to be matched on type and countries alone.  A month without a year ("في كانون
الأول/ ديسمبر" in a page whose year is unknown) joins only a record whose place it names
too; a vague date (none, or a year or a span longer than :data:`SHARP_DAYS` days, such as
"2023" for "today" in a page known only to be of 2023) must also share a named person, and
one with no date at all is the news of its page's day: it joins a dated record only when its
page is dated to within a month and the record's date ends at most a month before it.  Such
a report joins a record only when exactly one fits, or when all that fit lie in one month
(it cannot tell them apart, and its date would be the same in any); two reports without a
year join only when both pages were published within :data:`NEWS_DAYS` days of each other
("the news of the day").  Two meetings in Moscow of the same four countries a few weeks
apart stay apart unless a date or a person ties them.

Clustering is complete-linkage: a report joins a record only when it is compatible with every
report already in it, and a record holds at most one report from each document (the event
stage has already merged a document's retellings of one happening).  Reports are taken most
precise first, so dated reports found the records that vaguer ones then join.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from ..dates.resolve import is_calendar
from ..model import Document, Event, Location
from ..text.normalize import fold_key
from .intervals import When, overlaps, parse

# Two undated reports are the same news only if their pages appeared this close together.
NEWS_DAYS = 3
# A date allowing more days than this (a year, a long span) is vague: it needs the place too.
SHARP_DAYS = 31
# An undated report matches a dated one only if it ended at most this long before its page.
RECENT_DAYS = 31


@dataclass(frozen=True, slots=True)
class Report:
    doc: Document
    event: Event
    when: When | None
    countries: frozenset[str]
    pub_lo: dt.date | None
    pub_hi: dt.date | None
    people: frozenset[str] = frozenset()  # ids of the named persons taking part
    # Read by every comparison, so worked out once (see the properties' names below).
    dated: bool = field(init=False)  # a date with its year
    sharp: bool = field(init=False)  # dated to a day, a month or a span no longer than a month: enough to match on
    vague: bool = field(init=False)  # no date at all, or only a year or a long span (a month without a year is not)
    place: str | None = field(init=False)  # the folded name of the event's place

    def __post_init__(self) -> None:
        when = self.when
        dated = when is not None and not when.yearless
        sharp = dated and when.days <= SHARP_DAYS
        setter = object.__setattr__
        setter(self, "dated", dated)
        setter(self, "sharp", sharp)
        setter(self, "vague", when is None or (dated and not sharp))
        setter(self, "place", place_key(self.event.location) if self.event.location is not None else None)

    @property
    def key(self) -> tuple[str, str]:
        return self.doc.id, self.event.id

    @property
    def signature(self) -> tuple:
        """Everything :func:`compatible` reads but the document's id."""
        ev = self.event
        return (ev.type, ev.status, ev.mode, ev.location, self.when, self.countries, self.people,
                self.pub_lo, self.pub_hi, self.doc.published.date)

    def rank(self) -> tuple:
        """Most precise first: day, month, ... then year-less, then undated; then by page."""
        if self.when is None:
            level, width = 2, 0
        elif self.when.yearless:
            level, width = 1, self.when.days
        else:
            level, width = 0, self.when.days
        pub_known = 0 if self.doc.published.date else 1
        return (level, width, pub_known, -self.event.confidence, self.doc.id, self.event.id)


def reports_of(docs: Iterable[Document]) -> list[Report]:
    out = []
    for doc in docs:
        lo, hi = publication_span(doc)
        persons = {e.id for e in doc.entities if e.type == "PER"}
        for ev in doc.events:
            people = frozenset(a.entity for a in ev.actors if a.entity in persons)
            out.append(Report(doc, ev, stated_when(doc, ev), frozenset(event_countries(ev)), lo, hi, people))
    return out


def stated_when(doc: Document, ev: Event) -> When | None:
    """The event's date; for an undated event, the month (and day) its sentence names without a year.

    The event stage leaves a date out when the page does not fix it ("في كانون الأول/ ديسمبر"
    in a page whose year is unknown).  A lone time expression of the evidence sentence that
    names a month but no year still says which month: ``XXXX-12``, matched in any year.  For
    a planned event the month may be a future one ("في أوائل أيار/ مايو" of a meeting to
    come), and it is the lone month without a year among the sentence's expressions (others,
    such as "الأسبوع الماضي" for when it was announced, do not date the event).
    """
    when = parse(ev.date)
    if when is not None or ev.evidence is None:
        return when
    inside = [t for t in doc.timexes if t.type == "DATE" and (t.value is None or is_calendar(t.value))
              and ev.evidence.start <= t.start and t.end <= ev.evidence.end]
    planned = ev.status == "planned"
    found = [w for w in (_timex_yearless(t, planned) for t in inside) if w is not None]
    if planned:
        return found[0] if len(found) == 1 else None
    return found[0] if len(inside) == 1 and found else None


def _timex_yearless(timex, future: bool) -> When | None:
    when = parse(timex.value)
    if when is not None:
        return when if when.yearless else None
    return _yearless(timex.text, future)


@lru_cache(maxsize=4096)
def _yearless(text: str, future: bool = False) -> When | None:
    """``XXXX-MM`` (or ``XXXX-MM-DD``) for a Gregorian month named without a year, past or
    unqualified (or, with ``future``, to come)."""
    from ..dates.grammar import find_mentions

    found = find_mentions(fold_key(text))
    if len(found) != 1:
        return None
    m = found[0]
    if m.kind != "date" or m.calendar != "gregorian" or not m.month or m.year is not None:
        return None
    if m.deictic is not None or (not future and (m.future or (m.qualifier or 0) > 0)):
        return None
    if future and (m.qualifier or 0) < 0:
        return None
    return parse(f"XXXX-{m.month:02d}" + (f"-{m.day:02d}" if m.day else ""))


def publication_span(doc: Document) -> tuple[dt.date | None, dt.date | None]:
    p = doc.published
    lo, hi = p.date or p.earliest, p.date or p.latest
    return (_day(lo), _day(hi))


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def event_countries(ev: Event) -> set[str]:
    countries = {a.country for a in ev.actors if a.country}
    if ev.mediator:
        countries.add(ev.mediator)
    return countries


# ---------------------------------------------------------------- pairwise agreement

def compatible(a: Report, b: Report) -> bool:
    """Whether two reports from different documents may tell of one happening."""
    if a.doc.id == b.doc.id:
        return False
    ea, eb = a.event, b.event
    if ea.type != eb.type or ea.status != eb.status:
        return False
    if not countries_agree(a.countries, b.countries):
        return False
    if not compatible_modes(ea.mode, eb.mode):
        return False
    if not (_fits_publication(a, b) and _fits_publication(b, a)):
        return False
    if a.place is not None and b.place is not None and a.place != b.place:
        same_day = a.dated and b.dated and a.when.days == 1 and a.when.lo == b.when.lo
        if not places_agree(ea.location, eb.location, same_day=bool(same_day)):
            return False
    return _dates_agree(a, b)


def countries_agree(ca: frozenset[str] | set[str], cb: frozenset[str] | set[str]) -> bool:
    if not ca or not cb:
        return False
    return len(ca & cb) >= min(2, len(ca), len(cb))


def compatible_modes(a: str | None, b: str | None) -> bool:
    if a and b and a != b and "phone" in (a, b):
        return False
    return True


def _fits_publication(r: Report, other: Report) -> bool:
    """A reported event starts no later than ``r``'s page; a planned one ends no earlier."""
    if not other.dated:
        return True
    if r.event.status == "reported" and r.pub_hi is not None:
        return other.when.lo <= r.pub_hi
    if r.event.status == "planned" and r.pub_lo is not None:
        return other.when.hi >= r.pub_lo
    return True


def _dates_agree(a: Report, b: Report) -> bool:
    if a.when is not None and b.when is not None and not overlaps(a.when, b.when):
        return False
    if a.sharp and b.sharp:
        return True
    # A side without a sharp date must name the place too; one with no date, or only a
    # year or a long span, must also name one of the same people.
    if a.event.location is None or b.event.location is None:
        return False
    if (a.vague or b.vague) and not a.people & b.people:
        return False
    if (a.when is None and b.dated and not _recent(a, b)) or (b.when is None and a.dated and not _recent(b, a)):
        return False
    if a.dated or b.dated:
        return True
    return _same_news(a, b)


def _recent(undated: Report, dated: Report) -> bool:
    """Whether a report that gives no date may tell of a dated happening: its page is dated to
    within a month, and the happening ended at most :data:`RECENT_DAYS` before it.  An undated
    report tells of the news of its day; on a page whose date is unknown (an interval of years)
    it could be any of the meetings its people have held (Putin and Erdogan call often)."""
    lo, hi = undated.pub_lo, undated.pub_hi
    if lo is None or hi is None or (hi - lo).days > SHARP_DAYS:
        return False
    return dated.when.hi >= lo - dt.timedelta(days=RECENT_DAYS)


def _same_news(a: Report, b: Report) -> bool:
    pa, pb = a.doc.published.date, b.doc.published.date
    if not pa or not pb:
        return False
    return abs((_day(pa) - _day(pb)).days) <= NEWS_DAYS


def places_agree(a: Location | None, b: Location | None, *, same_day: bool = False) -> bool:
    if a is None or b is None:
        return True
    if place_key(a) == place_key(b):
        return True
    if is_country(a) and a.country and a.country == b.country:
        return True
    if is_country(b) and b.country and b.country == a.country:
        return True
    return same_day and a.country is not None and a.country == b.country


def place_key(loc: Location) -> str:
    return fold_key(loc.name).lower()


def is_country(loc: Location) -> bool:
    """A location that is a whole country ("Russia"), not a place in it."""
    if not loc.country:
        return False
    return place_key(loc) in _country_names(loc.country)


@lru_cache(maxsize=512)
def _country_names(iso3: str) -> frozenset[str]:
    from ..actors.kb import knowledge_base

    actor = knowledge_base().actors.get(iso3)
    names = {iso3.lower()}
    if actor is not None:
        names.add(fold_key(actor.name).lower())
    return frozenset(names)


# ---------------------------------------------------------------- clustering

def cluster(reports: Iterable[Report]) -> list[list[Report]]:
    """Reports grouped into records, most precise report first in each.

    Candidate records are looked up, not scanned (see :func:`compatible`): a report dated to
    a day can only join a record with a report of that day or of a longer date in its month, a
    report dated to a month (or a span within one) one with a report in that month; any other report
    only one with a report naming a place in the same country that shares a person with it
    or, for a month without a year, that month.  Reports that agree on everything
    :func:`compatible` reads (copies of one agency story) are checked once per record.
    """
    clusters: list[list[Report]] = []
    kinds: list[dict[tuple, Report]] = []  # per record: one report per signature
    docs_in: list[set[str]] = []
    common: list[list] = []  # per record: [latest first day, earliest last day] of its dated reports
    months: list[set[tuple[int, int]]] = []  # per record: the months its dated reports touch
    index: dict[tuple, set[int]] = {}
    for r in sorted(reports, key=Report.rank):
        seen = sorted(set().union(*(index.get(k, set()) for k in _lookup_keys(r))))
        candidates = []
        touched: set[tuple[int, int]] = set()  # the months of the candidates so far
        for i in seen:
            if r.dated and common[i] and not (r.when.lo <= common[i][1] and common[i][0] <= r.when.hi):
                continue  # its date misses one of the record's (the test compatible would fail)
            if r.doc.id in docs_in[i] or not all(compatible(r, m) for m in kinds[i].values()):
                continue
            shared = max((len(r.countries & m.countries), len(r.people & m.people)) for m in kinds[i].values())
            candidates.append((shared, len(clusters[i]), -i, i))
            touched |= months[i]
            if not r.sharp and len(candidates) > 1 and len(touched) > 1:
                break  # records in different months: a vaguer report cannot tell them apart
        # A vaguer report joins one record that fits, or records that all lie in one month (it
        # cannot tell them apart, nor need to: the event stage told one happening twice, "on
        # the 28th" and "the 29th").
        if candidates and (r.sharp or len(candidates) == 1 or len(touched) == 1):
            target = max(candidates)[-1]
        else:
            target = len(clusters)
            clusters.append([])
            kinds.append({})
            docs_in.append(set())
            common.append([])
            months.append(set())
        if r.dated:
            span = common[target]
            common[target] = [max(span[0], r.when.lo), min(span[1], r.when.hi)] if span else [r.when.lo, r.when.hi]
            months[target].update({(r.when.lo.year, r.when.lo.month), (r.when.hi.year, r.when.hi.month)})
        clusters[target].append(r)
        kinds[target].setdefault(r.signature, r)
        docs_in[target].add(r.doc.id)
        for key in _index_keys(r):
            index.setdefault(key, set()).add(target)
    return clusters


def _lookup_keys(r: Report) -> list[tuple]:
    """Where the records a report may join are indexed (see :func:`_index_keys`).

    Reports come most precise first, so a vaguer one only meets records founded by sharper
    ones: a vague date meets those of the same place sharing a person in its months; a month
    without a year, those of the place with that month in any year; no date, those of the
    place sharing a person in the month before its page (any time after it, for a plan), and
    the undated news of the same days."""
    kind = (r.event.type, r.event.status)
    if r.sharp:  # a day meets records with that day or a longer date in its month; a month, any
        if r.when.days == 1:
            return [kind + ("day", r.when.lo)] + [kind + ("month", m) for m in _months(r)]
        return [kind + (level, m) for m in _months(r) for level in ("month", "day in month")]
    place = _place(r)
    if place is None:
        return []  # a report without a sharp date must name the place
    if r.dated:
        return [kind + ("person", place, pid, m) for pid in sorted(r.people) for m in _months(r)]
    if r.when is not None:  # a month without its year
        return [kind + ("month of year", place, r.when.month)]
    if r.event.status == "planned":  # a plan may be for any time after its page
        keys = [kind + ("person any", place, pid) for pid in sorted(r.people)] if _news_months(r) else []
    else:
        keys = [kind + ("person", place, pid, m) for pid in sorted(r.people) for m in _news_months(r)]
    day = _day(r.doc.published.date)
    if day is not None:
        keys += [kind + ("news", place, day + dt.timedelta(days=d)) for d in range(-NEWS_DAYS, NEWS_DAYS + 1)]
    return keys


def _index_keys(r: Report) -> list[tuple]:
    kind = (r.event.type, r.event.status)
    keys = []
    if r.sharp and r.when.days == 1:
        keys = [kind + ("day", r.when.lo)] + [kind + ("day in month", m) for m in _months(r)]
    elif r.sharp:
        keys = [kind + ("month", m) for m in _months(r)]
    place = _place(r)
    if place is not None:
        if r.dated:
            keys += [kind + ("person", place, pid, m) for pid in sorted(r.people) for m in _months(r)]
            if r.event.status == "planned":
                keys += [kind + ("person any", place, pid) for pid in sorted(r.people)]
        if r.when is not None:
            keys += [kind + ("month of year", place, m) for m in _months_of_year(r.when)]
        if not r.dated and r.doc.published.date:  # the undated news of its page's day
            keys.append(kind + ("news", place, _day(r.doc.published.date)))
    return keys


def _news_months(r: Report) -> list[int]:
    """The months an undated report's happening may lie in (see :func:`_recent`): from a
    month before its page to the page; none when its page's date is not known to within a
    month."""
    lo, hi = r.pub_lo, r.pub_hi
    if lo is None or hi is None or (hi - lo).days > SHARP_DAYS:
        return []
    first = lo - dt.timedelta(days=RECENT_DAYS)
    return list(range(first.year * 12 + first.month, hi.year * 12 + hi.month + 1))


def _months(r: Report) -> list[int]:
    """The months a date touches, as year * 12 + month."""
    lo, hi = r.when.lo, r.when.hi
    return list(range(lo.year * 12 + lo.month, hi.year * 12 + hi.month + 1))


def _months_of_year(when: When) -> list[int]:
    if when.yearless:
        return [when.month]
    first, last = when.lo.year * 12 + when.lo.month - 1, when.hi.year * 12 + when.hi.month - 1
    return sorted({m % 12 + 1 for m in range(first, min(last, first + 11) + 1)})


def _place(r: Report) -> str | None:
    """The country of the report's place (its folded name when it has none): places agree within one."""
    loc = r.event.location
    if loc is None:
        return None
    return loc.country or place_key(loc)
