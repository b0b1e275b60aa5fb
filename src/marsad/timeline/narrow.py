"""Publication dates narrowed by other documents: the cross-document step of :func:`marsad.api.merge`.

A page whose text does not fix its publication day keeps an interval ``earliest..latest``.
When one of its events is, by the timeline's matching (:mod:`.match`), a happening that
other pages date, the other pages' dates bound this page's date.  The rule is meant to be
honest: it keeps the true day inside the interval as long as the reports it uses are right.

1. *After what it reports.*  A page that reports an event in the past tense (status
   ``reported``) was published on or after the day the event began.  Of the other pages'
   reports of that event, the one allowing the earliest first day gives the bound (the most
   cautious of them), so one misdated report cannot push the page past its true day.
   Denied events give no bound.
2. *A month without its year is the last such month.*  When the page names the event's
   month without a year ("في كانون الأول/ ديسمبر") and the other reports fix it (December
   2022), the page was written before that month came round again (by 30 November 2023):
   a writer leaves the year out only when the reader can tell which month is meant, and
   from December 2023 on "December" would be this one.
3. *Before what it plans.*  A page that announces a happening for a month it names without a
   year ("من المحتمل عقد اجتماع ... في أوائل أيار/ مايو") was written before that month began
   and after it last came round: a writer names a month to come without its year only when it
   is the next one.  When other pages report that happening held in that month of one year
   (same type and mode; the same places, where both name one; at least
   :data:`PLAN_COUNTRIES` countries in common, or two and a shared person or place), that
   year dates the page.  Pages reporting it held in different years give no bound.  The
   match is used for the bound only: an announcement and the meeting held stay two records.
4. A bound that would leave no day contradicts the page: it is not applied (the match, not
   the page, is then suspect).
5. The page's own evidence is then read again inside the narrowed interval (the dates
   stage's ``published_from_text``, when it has one): a weekday, for instance, moves the
   first day to the first such weekday after the bound.  Its relative dates are resolved
   again against the new interval (``with_published``), and the stages that read the
   publication date (those declaring ``published`` in ``REQUIRES``) run again, so event
   dates follow.

The basis gains ``cross-document (DOC, TYPE DATE)``, naming the page and event that gave the
bound (``..., month without year`` when rule 2 applied, ``..., planned`` for rule 3).  Narrowing one page can date events
another page matches, so the step repeats until nothing changes (at most :data:`MAX_ROUNDS`
times).
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import importlib.util
import sys
from dataclasses import dataclass
from typing import Callable, Sequence

from ..model import Document, Published
from ..options import Context
from .intervals import overlaps
from .match import (
    Report,
    cluster,
    compatible_modes,
    countries_agree,
    places_agree,
    publication_span,
    reports_of,
)

MAX_ROUNDS = 4
# An announced happening without a shared person or place is recognised in a report of it
# held only by this many participant countries in common (a bilateral visit recurs too often).
PLAN_COUNTRIES = 3

Stage = Callable[[Document, Context], Document]


@dataclass(frozen=True, slots=True)
class Bound:
    """The days a page can have been published in, by another page's report, and why."""

    earliest: dt.date
    latest: dt.date | None
    reason: str


def narrow_published(docs: Sequence[Document], ctx: Context, stages: Sequence[tuple[str, Stage]] = ()) -> list[Document]:
    """``docs`` with publication intervals narrowed by the events other documents date.

    ``stages`` is the pipeline (``api.stage_functions``); those reading the publication date
    run again over a narrowed document.  Order is kept; unchanged documents are returned as is.
    """
    docs = list(docs)
    rerun = [(name, run) for name, run in stages if _reads_published(run)]
    for _ in range(MAX_ROUNDS):
        bounds = publication_bounds(docs)
        changed = False
        for i, doc in enumerate(docs):
            bound = bounds.get(doc.id)
            published = narrowed(doc, bound, ctx.reference_date) if bound else None
            if published is None:
                continue
            docs[i] = _redate(doc, published, ctx, rerun)
            changed = True
        if not changed:
            break
    return docs


def publication_bounds(docs: Sequence[Document]) -> dict[str, Bound]:
    """For each document without a publication day, the bounds other pages' reports give it."""
    found: dict[str, list[Bound]] = {}
    reports = reports_of(docs)
    for members in cluster(reports):
        if len(members) < 2:
            continue
        for r in members:
            if r.doc.published.date or r.event.status != "reported":
                continue
            bound = _bound(r, [m for m in members if m is not r and m.dated])
            if bound is not None:
                found.setdefault(r.doc.id, []).append(bound)
    held: dict[tuple[str, int], list[Report]] = {}  # (type, month of the year) -> reports of it held
    for m in reports:
        if m.event.status == "reported" and m.sharp:
            for month in {m.when.lo.month, m.when.hi.month}:
                held.setdefault((m.event.type, month), []).append(m)
    for r in reports:
        if r.doc.published.date or r.event.status != "planned" or r.when is None or not r.when.yearless:
            continue
        candidates = held.get((r.event.type, r.when.month), ())
        bound = _planned_bound(r, [m for m in candidates if m.doc.id != r.doc.id and _held_as_planned(r, m)])
        if bound is not None:
            found.setdefault(r.doc.id, []).append(bound)
    return {doc: _tightest(bounds) for doc, bounds in found.items()}


def _held_as_planned(plan: Report, held: Report) -> bool:
    """Whether ``held`` may report the happening ``plan`` announces, in the month it names."""
    a, b = plan.event, held.event  # of one type: looked up by it
    if not compatible_modes(a.mode, b.mode) or not overlaps(plan.when, held.when):
        return False
    if not places_agree(a.location, b.location) or not countries_agree(plan.countries, held.countries):
        return False
    if len(plan.countries & held.countries) >= PLAN_COUNTRIES:
        return True
    return bool(plan.people & held.people) or (a.location is not None and b.location is not None)


def _planned_bound(plan: Report, held: list[Report]) -> Bound | None:
    years = {m.when.lo.year for m in held} | {m.when.hi.year for m in held}
    if len(years) != 1:
        return None
    year = years.pop()
    month, day = plan.when.month, plan.when.day
    try:
        starts = dt.date(year, month, day or 1)
        last_time = dt.date(year - 1, month, day or calendar.monthrange(year - 1, month)[1])
    except ValueError:  # 29 February
        return None
    anchor = min(held, key=lambda m: (m.when.lo, m.doc.id))
    reason = f"cross-document ({anchor.doc.id}, {anchor.event.type} {anchor.event.date}, planned)"
    return Bound(last_time + dt.timedelta(days=1), starts - dt.timedelta(days=1), reason)


def _bound(r: Report, others: list[Report]) -> Bound | None:
    if not others:
        return None
    anchor = min(others, key=lambda m: (m.when.lo, m.doc.id))
    reason = f"cross-document ({anchor.doc.id}, {anchor.event.type} {anchor.event.date})"
    latest = None
    if r.when is not None and r.when.yearless:
        years = {m.when.lo.year for m in others} | {m.when.hi.year for m in others}
        if len(years) == 1:  # the other reports fix the year of the page's month
            latest = dt.date(years.pop() + 1, r.when.month, 1) - dt.timedelta(days=1)
            reason = reason[:-1] + ", month without year)"
    return Bound(anchor.when.lo, latest, reason)


def _tightest(bounds: list[Bound]) -> Bound:
    earliest = max(bounds, key=lambda b: b.earliest)
    latests = [b for b in bounds if b.latest is not None]
    latest = min(latests, key=lambda b: b.latest) if latests else None
    reasons = [earliest.reason] + ([latest.reason] if latest is not None and latest is not earliest else [])
    return Bound(earliest.earliest, latest.latest if latest else None, "+".join(reasons))


def narrowed(doc: Document, bound: Bound, reference: dt.date) -> Published | None:
    """The narrowed publication record, or None when the bound adds nothing or contradicts the page."""
    p = doc.published
    lo, hi = publication_span(doc)
    hi = hi or reference
    new_lo = max(lo, bound.earliest) if lo is not None else bound.earliest
    new_hi = min(hi, bound.latest) if bound.latest is not None else hi
    if new_lo > new_hi or (new_lo == lo and new_hi == hi):
        return None
    day = new_lo.isoformat() if new_lo == new_hi else None
    basis = _basis(p.basis or "interval", bound.reason)
    return Published(date=day, earliest=new_lo.isoformat(), latest=new_hi.isoformat(), basis=basis)


def _basis(*parts: str) -> str:
    """Kinds of evidence joined with "+", each once ("interval+relative+weekday+cross-document (...)")."""
    out: list[str] = []
    for part in parts:
        for word in part.split("+"):
            if word and word not in out:
                out.append(word)
    return "+".join(out)


def _redate(doc: Document, published: Published, ctx: Context, rerun: list[tuple[str, Stage]]) -> Document:
    reread = _function("marsad.dates.publication", "published_from_text")
    if reread is not None:
        again = reread(doc.replace(published=published), ctx)
        if again.earliest and again.latest:  # inside the narrowed interval, by the page's own evidence
            published = Published(again.date, again.earliest, again.latest, _basis(again.basis or "", published.basis or ""))
    with_published = _function("marsad.dates.stage", "with_published")
    out = with_published(doc, published, ctx) if with_published else doc.replace(published=published)
    for name, run in rerun:
        out = run(out, ctx)
        if not isinstance(out, Document):
            raise TypeError(f"stage {name} returned {type(out).__name__}, not a Document")
    return out.check()


def _function(module: str, name: str) -> Callable | None:
    """A helper of the dates stage, or None while it does not exist."""
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


def _reads_published(run: Stage) -> bool:
    module = sys.modules.get(run.__module__)
    requires = getattr(module, "REQUIRES", ())
    provides = getattr(module, "PROVIDES", ())
    return "published" in requires and "published" not in provides
