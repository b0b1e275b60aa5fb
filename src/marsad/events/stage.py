"""The event stage: drafts from sentences, merged into one event per happening, as SPEC events."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..actors.kb import knowledge_base
from ..model import Document, Event, EventActor, Evidence, Location
from ..options import Context
from ..text.normalize import fold_key
from .extract import Draft, draft_events
from .realis import lexicon as realis_lexicon

REQUIRES = ("body", "timexes", "entities", "published")
PROVIDES = ("events",)


def run(doc: Document, ctx: Context) -> Document:
    realis_lexicon().table.automaton()  # built with the first document, whatever it holds (start-up, not a later page's cost)
    drafts = merge_drafts(draft_events(doc))
    events: list[Event] = []
    for d in drafts:
        if d.actors and not (d.referential and not d.date):
            event = _event(doc, d)
            if any(e.id == event.id for e in events):  # two events of a type in one sentence
                event = dataclasses.replace(event, id=f"{event.id}-{d.trigger.start}")
            events.append(event)
    return doc.replace(events=tuple(events))


def _compatible(a: Draft, b: Draft) -> bool:
    if a.type != b.type or (a.status == "planned") != (b.status == "planned"):
        return False
    if (a.mode == "phone" and _in_person(b)) or (b.mode == "phone" and _in_person(a)):
        return False  # "تلقى اتصالا هاتفيا" and "التقى": a call and a meeting
    if a.date and b.date and a.date != b.date and a.date_explicit and b.date_explicit:
        return False
    if a.date and b.date and a.date_explicit != b.date_explicit and _days_apart(a.date, b.date) > INFERRED_SLACK_DAYS:
        return False  # "كما زار ... بري" (the story's day) and "الزيارة التي قام بها الحريري إلى باريس في 20 أيلول الماضي": two
    if a.date_text and b.date_text and _day_words(a.date_text) != _day_words(b.date_text) and not (a.date and a.date == b.date):
        return False  # "اليوم الثلاثاء" and "في كانون الأول": two days, even unresolved ("السبت" and "اليوم السبت": one)
    ca, cb = a.countries(), b.countries()
    if ca and cb and len(ca & cb) < min(2, len(ca), len(cb)) and not a.partial:  # (a meeting still without its parties: one named is no tell)
        return False
    if a.location and b.location and not _same_place(a.location, b.location) and not (b.referential or _definite_meeting(b)):
        return False  # ("المحادثات ... تركزت على التطورات في إدلب": a topic, not the place)
    if _other_people(a, b) and not (b.referential or _definite_meeting(b)):
        return False
    if b.sideline and len(a.countries()) > len(b.countries()):
        return False  # "وعلى هامش الاجتماع، أجرى فيدان مباحثات مع نظيره الإيراني": another, smaller meeting
    return True


INFERRED_SLACK_DAYS = 7  # an event dated by the story's day may be that many days off its own explicit date


def _days_apart(a: str, b: str) -> int:
    """Days between two event dates, when both name a day (else 0: a month or a year agrees with any day in it)."""
    a, b = a.split("/")[0], b.split("/")[0]
    if len(a) < 10 or len(b) < 10:
        return 0
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


_TODAY_WORDS = frozenset(fold_key(w) for w in ("اليوم", "يوم", "في"))  # words that name no other day


def _day_words(date_text: str) -> tuple[str, ...]:
    return tuple(w for w in date_text.split() if w not in _TODAY_WORDS)


def _other_people(a: Draft, b: Draft) -> bool:
    """Both name the people of one country, and not one of them twice: two meetings ("التقى الأسد
    ولي العهد السعودي الأمير محمد بن سلمان", "زار وزير الخارجية السعودي فيصل بن فرحان دمشق
    والتقى الأسد")."""
    people_a, people_b = _people(a), _people(b)
    return any(people_a[c].isdisjoint(people_b[c]) for c in people_a.keys() & people_b.keys())


def _people(d: Draft) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for s in d.actors:
        if s.kind == "person" and s.entity and s.country:
            out.setdefault(s.country, set()).add(s.entity)
    return out


def _in_person(d: Draft) -> bool:
    return any(t.in_person for t in d.trigger.payloads)


def _same_place(a, b) -> bool:
    """The same place, or a place and the country it lies in (Idlib, Syria)."""
    if a.entity == b.entity:
        return True
    return (a.kind == "country" and a.country == b.country) or (b.kind == "country" and b.country == a.country)


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """The lead and the body's retelling of one meeting become one event.

    A later draft joins an earlier one of the same type when their dates, countries and
    places agree (a missing value agrees with any); a referential draft ("اللقاء الذي ...")
    joins the latest compatible one.  The merged event keeps an explicit date over an
    inferred one, and the evidence of the draft that gave the date.
    """
    out: list[Draft] = []
    for d in drafts:
        if d.demonstrative and not d.date_explicit:
            continue  # "وتأتي هذه الزيارة بعد ...": the visit reported, and what it names around it is its background
        target = None
        for prev in reversed(out) if not d.partial else ():  # (a meeting without its parties adds none to another)
            if prev.partial and not (d.referential or _definite_meeting(d)):
                continue  # (a dated meeting without its parties takes only a retelling of it)
            if _compatible(prev, d) and (d.referential or _definite_meeting(d) or (not prev.date_explicit and not _lead_of_its_day(prev, d))
                                         or not d.date_explicit or prev.date == d.date):
                target = prev
                break
        if target is None:
            if not d.referential or d.date_explicit:
                out.append(d)
            continue
        if (d.referential or _definite_meeting(d)) and target.date_explicit:
            d.date, d.date_explicit = None, False  # "اللقاء ... الذي انطلق عام 2021": not the meeting's date
        _absorb(target, d)
    return [d for d in out if not d.partial or len(d.countries()) >= 2]


def _lead_of_its_day(prev: Draft, d: Draft) -> bool:
    """The lead, dated by the page it opens, against a retelling of another day ("وكان أردوغان قد
    زار السعودية في 28 أبريل 2022"): two happenings, not one dated twice. (A later draft dated
    by the lead's day may be a retelling its own words date otherwise: those still join.)"""
    if prev.index != 0 or not prev.date or not d.date or prev.date == d.date:
        return False
    # (but the lead's own retelling, told as news and dated the day before the page: "أجرى سوليفان
    # اتصالا هاتفيا بالرئيس التونسي" then "أجرى سوليفان، أمس السبت، اتصالا هاتفيا مع الرئيس التونسي")
    return d.background or _days_apart(prev.date, d.date) != 1 or prev.date < d.date


def _definite_meeting(d: Draft) -> bool:
    """"اللقاء", "الاجتماع", "المحادثات" with the article: most often the one already reported."""
    return d.type == "CONSULT" and d.definite


def _absorb(target: Draft, d: Draft) -> None:
    if d.date and (not target.date or (d.date_explicit and not target.date_explicit) or target.after):
        target.date, target.date_explicit = d.date, d.date_explicit
        target.trigger, target.sentence = d.trigger, d.sentence
        target.after = False
    target.date_text = target.date_text or d.date_text
    known = {(a.entity, a.country, a.sector) for a in target.actors}
    countries = {a.country for a in target.actors}
    target.actors += [a for a in d.actors if (a.entity, a.country, a.sector) not in known and not (a.kind == "country" and a.country in countries)]
    target.location = target.location or d.location
    target.mediator = target.mediator or d.mediator
    if target.mode is None or (target.mode != d.mode and (d.mode == "phone" or (d.mode == "third-party" and d.mediator))):
        target.mode = d.mode or target.mode  # a call, or a broker, says more than the meeting's place
    if target.type == "CONSULT" and target.mode not in ("phone", "multilateral") and not target.mediator and len(target.countries()) >= 3:
        target.mode = "multilateral"  # the retelling named a third party
    if target.status != "reported" and d.status == "reported":
        target.status = "reported"
    target.confidence = max(target.confidence, d.confidence)
    if target.partial and len(target.countries()) >= 2:
        target.partial = False  # the retelling named its parties: a meeting like any other now


def _event(doc: Document, d: Draft) -> Event:
    kb = knowledge_base()
    actors = []
    for a in d.actors:
        name = a.name or (kb.actors[a.country].name if a.country in kb.actors else a.country)
        actors.append(EventActor(entity=a.entity, name=name or "", country=a.country, sector=a.sector))
    loc = None
    if d.location is not None and d.mode != "phone":  # (a call has two ends: a place its words name is what it was about)
        loc = Location(name=d.location.name or "", country=d.location.country)
    s = d.sentence
    confidence = round(min(0.99, d.confidence * (0.7 + 0.1 * min(3, len(d.countries()))) + (0.05 if d.date_explicit else 0)), 2)
    return Event(
        id=f"{doc.id}-{d.type.lower()}-{s.start}",
        type=d.type,
        mode=d.mode,
        date=d.date,
        location=loc,
        actors=tuple(actors),
        mediator=d.mediator,
        status=d.status,
        evidence=Evidence(s.start, s.end, doc.body[s.start : s.end]),
        confidence=confidence,
    )
