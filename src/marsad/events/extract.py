"""Events from sentences: trigger, participants, date, place, mediator, mode and status.

One pass over the body's sentences.  A sentence is cut into clauses where a cue introduces
another happening ("بعد إعلان واشنطن ...", "بعد يوم من اجتماع ..."); each clause yields at
most one event, from its strongest trigger (``triggers.yaml``); a trigger in the object of
another ("اتفقا على تنسيق", "بحثا العمل المشترك") adds none.  A noun trigger other than a
meeting ("التطبيع", "التهديد") needs a date of its own to count.

Participants are the clause's actor slots (or the sentence's, when the clause names fewer
than two parties) that are neither the media reporting it ("الصحيفة التركية"), nor places
("في موسكو", "العاصمة العراقية"), nor the mediator; "الرئيسان" and "الدول الأربع" stand for
the parties named before; a sentence without a subject before its verb continues the
previous sentence's; a named format ("محادثات أستانة") brings its members.

The date is the clause's date expression nearest the trigger; an event named as past
("بعد محادثات") takes no date from its sentence; an agreement "in the wake of the talks"
takes the talks' date; "بعد يوم من اجتماع" dates the named meeting a day before.  No date
is better than a wrong one.  Events retelling one happening are merged by :mod:`.stage`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from ..actors.home import page_country, subject_country
from ..actors.kb import knowledge_base
from ..dates.lexicon import number_words
from ..model import Document
from ..text.normalize import fold_key
from ..text.phrases import PhraseHit, scan_tables
from ..text.sentences import Sentence, split_sentences
from ..text.tokens import CONJUNCTIONS, clitic_forms, definite_adjective
from .formats import formats_in
from .lexicon import PREPOSITIONS, RELATIVES, SPLIT_PREPOSITIONS, WITH_PRONOUN, Trigger, cue_words, cues, triggers
from .realis import detect_in
from .slots import Slot, actor_slots
from .spans import (
    BREAK_OR_END_RE,
    CLAUSE_BREAK_RE,
    SENTENCE_END_RE,
    body_tokens,
    tokens_between,
)
from .when import calendar_timexes, draft_date, said_on, shifted_date, story_date

# Heads whose later triggers in the clause are their object, not events of their own.
HEAD_TYPES = {"AGREE", "REQUEST", "REJECT", "SUPPORT", "ACCUSE", "THREATEN", "CONCEDE", "CONSULT", "COOPERATE"}
# Types that need two parties; the others may have one (a protest, a withdrawal).
DYADIC = {"CONSULT", "AGREE", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONCEDE", "SANCTION"}
MIN_WEIGHT = 0.6
CROWD_TYPES = {"PROTEST": "protesters"}  # types whose unnamed actors are the crowd of the place
VICTIM_TYPES = {"ASSAULT": "civilians"}  # types whose unnamed targets, no actor named, are the people of the place
HEADING_MAX_CHARS = 160  # no eight Arabic words run longer
PREP_WITHIN = 25  # words from a verb to the preposition of its two-word form ("توصلت الحكومة ...، في ختام جولة ...، إلى")
OWNER_WITHIN = 40  # characters from a verb or its subject to the nisba of the act it takes ("رفضت إيران الاتهامات الأمريكية")
OBJECT_WITHIN = 6  # words from a verb to the object noun of its two-word form ("ونشرت روسيا [أمس] قوات")
HYPOTHETICAL_WITHIN = 3  # words from "لو", "لن" to the trigger they govern
HOST_PLACE_WITHIN = 2  # words between a verb of hosting and the city ("استضافت العاصمة الأردنية عمّان")
PORTFOLIO_WORDS = 4  # words of a minister's portfolio before "في" and a country ("وزير الطاقة والموارد الطبيعية في")
OCCUR_WITHIN = 4  # words between "جرى", "تم", "شهد" and the event noun: its subject at most ("وشهد أردوغان وبن سلمان توقيع")
SIGNED_WITHIN = 36  # words between a verb of signing and the document: the signatories' titles between ("وقّع صاحب السمو الملكي الأمير ... وزير الطاقة، ومعالي وزير ...، أمس الأحد في الرياض، مذكرة تفاهم")
SERIES_PLACE_WITHIN = 40  # characters after a meeting of the page's series within which a place is where it met ("جولة ثانية في أديس أبابا")
THEN_WITHIN = 5  # words from "ثم", "لكنها" to the trigger of the act it opens ("، ثم وقّعا في 20 مايو اتفاقاً"; not "لكنه أعلن بعد ذلك إنه تم تأجيله لأن ... الاتفاق")
SIGNED_OBJECT_WITHIN = 8  # words between a verb of signing and the document it takes without "على" ("وقّعا في 11 مايو الماضي «إعلان جدة»")
GOVERNED_WITHIN = 16  # words between a verb (light, or of denying) and the noun it governs, its subject between
REALIS_TYPES = {"PROTEST", "ASSAULT"}
RECIPIENT_TYPES = {"AID"}  # the state after "إلى" receives, it is no place
DOMESTIC_FORCE_TYPES = {"ASSAULT", "COERCE"}  # done by unnamed forces of the place where they happen
_FORCE_SECTORS = {"MIL", "COP", "SPY"}
_HOME_AUTHORITIES = {"authorities", "government"}  # of the descriptors of data/ar/sector_heads.tsv (not a delegation, which travels)  # types whose sentences must report, not just name, the event
UNDATED_MIN_WEIGHT = 0.85
NOUN_FACTOR = 0.6  # a noun names an event less surely than a verb reports one (meetings aside)
CLAUSE_CUES = {"after", "before-day", "after-day", "while", "during", "sequel"}
NON_PARTIES = {"MED", "LOC"}  # descriptors that report or locate, never take part
HONORIFIC_BACK = 3  # sentences back to the person an honorific ("سموه", "فخامته") stands for
SUBJECT_WINDOW = 6  # words before a verb within which a missing subject is the last sentence's
_SAID = ("\u0642\u0627\u0644", "\u0648\u0642\u0627\u0644")  # قال، وقال
_COMPLEMENTIZER_RE = re.compile("^(?:[\u0648\u0641]?(?:\u0627\u0646|\u0627\u0646\u0647|\u0627\u0646\u0647\u0627|\u0628\u0627\u0646|\u0627\u0646\u0647\u0645))$")  # إن أن أنه بأن
_FI = "\u0641\u064a"  # في
_ALEF_LAM = "\u0627\u0644"  # ال
_ILA = " \u0627\u0644\u064a"  # " الي": a trigger ending with the preposition إلى
_AGAINST = {fold_key(w) for w in ("على", "ضد")}
_TARGET_AT_PLACE = {"THREATEN"}  # the one party named: its target is the state of the place the threat names
_RELEASE = {fold_key(w) for w in ("عن", "سراح")}  # "أفرجت عن صحفية فرنسية", "أطلقت سراح ...": whom a release frees
_MIN = fold_key("من")
_MA = fold_key("مع")  # "التقى X مع Y": the other party, not a circumstance
_BAYNA = fold_key("بين")  # "لقاء بين X وY": the parties
_THAT = {fold_key(w) for w in ("أن", "إن", "أنه", "أنها", "إنه", "إنها", "بأن", "وأن")}
_BI = "\u0628"  # ب
_NOT = {fold_key(w) for w in ("عدم", "بعدم", "لن", "ألا", "بألا")}  # "تعهدت إيران بعدم تطوير أسلحة": pledged not to
_SINCE = {fold_key(w) for w in ("منذ", "ومنذ")}
SERIES_WITHIN = 30  # characters before a trigger where "الجولة" may stand
SERIES_AFTER = 12  # characters after it
FILE_WITHIN = 16  # characters back from a party to "ملف" ("ملف تنظيم قسد")
ABSENT_WITHIN = 16  # ...and to "غياب" ("وسط غياب وفد الجيش السوداني")
_ABSENT = {fold_key(w) for w in ("غياب", "بغياب", "وغياب", "تغيب", "وتغيب", "مقاطعة", "بمقاطعة")}
_FILE_WORDS = {fold_key(w) for w in ("ملف", "ملفات", "وملف", "بملف", "سيادة", "لسيادة", "بسيادة")}  # (and "انتهاك لسيادة اليمن": whose sovereignty, not who)
MARGIN_WITHIN = 12  # characters from "على هامش" to the body whose session it names ("أعمال")
PAIR_WITHIN = 4  # tokens: from the verb to its first party, and between the two
PARTNER_WITHIN = 60  # characters from "مع" to the party it names
_SINCE_STEM = "\u0645\u0646\u0630"  # منذ
SINCE_WITHIN = 40  # characters from "منذ" to a slot it governs
_ABOUT = {fold_key(w) for w in ("على", "بشأن", "حول", "لمكافحة")}
_CONTENT_TYPES = {"AGREE", "CONSULT", "COOPERATE"}  # "على" opens what was agreed, not a target ("غارات على")
_ATTENDING = ("\u0628\u062d\u0636\u0648\u0631", "\u0628\u0645\u0634\u0627\u0631\u0643\u0629")  # بحضور، بمشاركة: right after the comma
# A paragraph opening with a dateline: "دبي، الإمارات العربية المتحدة (CNN)—", "موسكو (رويترز) -",
# or a place alone and a dash ("طرابلس - قتل ثلاثة من عناصر الأمن ...": where it was filed).
_DATELINE_RE = re.compile(r"(?m)^(?:[^\n().]{0,60}\([^()\n]{1,30}\)\s*[-\u2013\u2014]+|[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s+[-\u2013\u2014]\s)")


@dataclass
class Draft:
    """An event being built; frozen into a model Event at the end."""

    type: str
    mode: str | None
    trigger: PhraseHit[Trigger]
    sentence: Sentence
    index: int  # the sentence's position in the body
    noun: bool
    actors: list[Slot] = field(default_factory=list)
    date: str | None = None
    date_explicit: bool = False
    location: Slot | None = None
    mediator: str | None = None
    status: str = "reported"
    confidence: float = 0.5
    referential: bool = False  # "اللقاء الذي ...", "هذا الاجتماع": an event already reported
    demonstrative: bool = False  # "وتأتي هذه الزيارة": named by a demonstrative, adds nothing to it without its own date
    after: bool = False  # "بعد محادثات": an earlier event, not dated by its sentence
    date_text: str | None = None  # the words that date it, resolved or not ("كانون الأول/ ديسمبر")
    definite: bool = False  # a noun with the article ("المحادثات"): most often one already reported
    took_subject: bool = False  # its subject is the one of the sentence before (no subject of its own)
    sideline: bool = False  # "على هامش ...": held on the sidelines of another event
    background: bool = False  # "وكان ... قد زار", "سبق أن": told as what had happened before the news
    partial: bool = False  # a dated meeting of fewer than two parties: stands only if a retelling names them
    formats: bool = False  # a named format or an organisation's summit brings parties ("القمة العربية")

    def countries(self) -> set[str]:
        return {a.country for a in self.actors if a.country}


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    cue: str | None  # the cue kind that opens it ("after", "before-day"), None for the main clause
    cue_key: str | None
    holes: tuple[tuple[int, int], ...] = ()  # the sub-clauses cut out of a main clause
    further: tuple[tuple[int, int], ...] = ()  # those of them that report a further act ("، وبعد يومين وقعا ... في عمان")

    def __contains__(self, pos: int) -> bool:
        if not self.start <= pos < self.end:
            return False
        return not self.holes or not any(a <= pos < b for a, b in self.holes)


def draft_events(doc: Document) -> list[Draft]:
    body = doc.body
    datelines = [(m.start(), m.end()) for m in _DATELINE_RE.finditer(body)]
    slots = actor_slots(doc)
    if datelines:
        slots = tuple(s for s in slots if not any(a <= s.start < b for a, b in datelines))
    all_triggers, all_cues = scan_tables(body, (triggers(), cues()))
    all_triggers = _signed_documents(body, _outside_names(all_triggers, slots), all_cues)
    drafts: list[Draft] = []
    history: list[Slot] = []  # actor slots seen so far, for "الرئيسان" and "الدول الأربع"
    subjects: list[Slot | None] = []  # each sentence's first party, for verbs without a subject
    slot_starts = [s.start for s in slots]  # all three are in text order
    trigger_starts = [h.start for h in all_triggers]
    cue_starts = [h.start for h in all_cues]
    last_trigger = trigger_starts[-1] if trigger_starts else -1
    for n, sent in enumerate(split_sentences(body)):
        if sent.start > last_trigger:
            break  # no trigger further on: what the rest names would serve no draft
        sent_slots = _in_the_named_state(body, sent, list(slots[bisect_left(slot_starts, sent.start) : bisect_left(slot_starts, sent.end)]))
        if _is_heading(sent):
            history.extend(s for s in sent_slots if _is_party(s))
            continue
        trig_hits = all_triggers[bisect_left(trigger_starts, sent.start) : bisect_left(trigger_starts, sent.end)]
        if not trig_hits:  # nothing to draft: the sentence only names parties
            _remember(body, sent_slots, history, subjects)
            continue
        cue_hits = all_cues[bisect_left(cue_starts, sent.start) : bisect_left(cue_starts, sent.end)]
        previous = list(history)
        sentence_drafts: list[Draft] = []
        clauses = _clauses(sent, cue_hits, trig_hits, _calendar_dates(doc, sent))
        occasions = _occasions(cue_hits)
        own = [(c.start, c.end) for c in clauses if c.cue == "while"]  # clauses with their own subject
        carried = None
        for clause in clauses:
            hits = [h for h in trig_hits if h.start in clause and not _going_nowhere(body, h, clause, sent_slots)]
            chosen = _main_trigger(body, hits, cue_hits, (sent.start, sent.end), occasions)
            if chosen is None:
                continue
            hit, spec = chosen
            subject = subjects[-1] if subjects else None
            if subject is None and any("honorific" in c.payloads and c.start in clause for c in cue_hits):
                # "وبحث الجانبان ... . كما تلقى سموه اتصالا من ...": His Highness, named before
                subject = next((s for s in reversed(subjects[-HONORIFIC_BACK:]) if s is not None), None)
            here = sent_slots if clause.cue == "while" else [s for s in sent_slots if not any(a <= s.start < b for a, b in own)]
            draft = _draft(doc, sent, n, clause, hit, spec, here, cue_hits, previous, subject, drafts + sentence_drafts, trig_hits)
            occasion = (_meeting_concluded(hits, cue_hits) or _meeting_hosted(body, hits, cue_hits)) if draft is None else None
            if occasion is not None and occasion is not hit:
                # "تعهد قادة ومسؤولو 12 دولة ...، في ختام المؤتمر الدولي ... الذي استضافته ... برلين أمس": no
                # one named pledges; the conference is reported (its parties in a later retelling)
                draft = _draft(doc, sent, n, clause, occasion, _strongest(occasion), here, cue_hits, previous, subject, drafts + sentence_drafts, trig_hits)
            if draft is not None:
                sentence_drafts.append(draft)
                if draft.took_subject:
                    carried = subject  # the verb took the story's subject: it stays the subject
        drafts += sentence_drafts
        _remember(body, sent_slots, history, subjects, carried)
    return drafts


def _said_so_at(body: str, sent: Sentence) -> bool:
    """The sentence tells where the one before was said ("جاء ذلك خلال لقائه ...", "وجاء ذلك في
    مؤتمر صحفي مشترك عقده مع ..."): its event is that speaker's."""
    return _SAID_SO_RE.match(body, sent.start) is not None


_SAID_SO_RE = re.compile("\\s*\u0648?\u062c\u0627\u0621\\s+(?:\u0630\u0644\u0643|\u0647\u0630\u0627)")  # (و)جاء ذلك / هذا (not "ويأتي ذلك بعد": another's)


def _meeting_concluded(hits, cue_hits):
    """The meeting at whose close a clause's event came ("في ختام المؤتمر"), if any."""
    ends = {c.last for c in cue_hits if "conclusion" in c.payloads}
    return next((h for n, h in enumerate(hits) if n + 1 < len(hits) and h.first in ends and _strongest(h).type == "CONSULT"), None)


def _meeting_hosted(body: str, hits, cue_hits):
    """A meeting the clause tells of by a relative clause of hosting ("طالبت قمة دول جوار السودان،
    التي استضافتها القاهرة أمس (الخميس)، الأطراف ..."), when the clause's own event came to nothing."""
    hosts = [c for c in cue_hits if "host" in c.payloads]
    for h in hits:
        if _strongest(h).type != "CONSULT" or not _strongest(h).noun:
            continue
        for c in hosts:
            between = tokens_between(body, h.end, c.start)
            if 0 < len(between) <= HOSTED_WITHIN and between[-1].norm in RELATIVES:
                return h
    return None


HOSTED_WITHIN = 6  # words from a meeting's noun to the relative pronoun before its verb of hosting


def _in_the_named_state(body: str, sent: Sentence, sent_slots: list[Slot]) -> list[Slot]:
    """A sentence opened by a state's adverb and a comma ("يمنيا، حمّلت الحكومة الشرعية جماعة
    الحوثي مسؤولية ...", "لبنانياً، ..."): its governments and forces named with no state are that one's."""
    if not sent_slots or sent_slots[0].kind != "nisba" or sent_slots[0].start != sent.start \
            or body[sent_slots[0].end : sent_slots[0].end + 2].strip()[:1] not in (",", "\u060c"):
        return sent_slots
    state = sent_slots[0].country
    return [s._replace(country=state) if s.kind == "descriptor" and s.country is None else s for s in sent_slots[1:]]


def _pair_after(body: str, hit: PhraseHit, slots: list[Slot]) -> bool:
    """The verb's subject is two parties of two states joined by "و" ("بحث الرئيس بشار الأسد
    والملك عبد الله الثاني ... العلاقات"): they discuss with each other."""
    parties = [s for s in slots if s.start > hit.end and _is_party(s) and s.country]
    if len(parties) < 2 or len(tokens_between(body, hit.end, parties[0].start)) > PAIR_WITHIN:
        return False
    first, second = parties[0], parties[1]
    if (first.start, first.end) == (second.start, second.end):
        return first.country != second.country  # one plural title of two states: "بحث رئيسا الوزراء العراقي والأردني"
    between = tokens_between(body, first.end, second.start)  # "و", "والملك" (an honorific), or none: "وعبد الله"
    joined = body[max(0, second.start - 1) : second.start] == "\u0648" or (bool(between) and between[0].norm.startswith("\u0648"))
    return joined and first.country != second.country and len(between) <= PAIR_WITHIN


_ALA = fold_key("\u0639\u0644\u0649")  # على


def _signed_documents(body: str, hits, cue_hits):
    """A document ("بيان", "إعلان") reports an agreement only as what a signing verb of its
    sentence puts after "على" ("وقّع سامح شكري، وزير الخارجية، أمس الثلاثاء، على «بيان العلا»"),
    or takes as its object a few words on, no comma between, and then as a verb would; elsewhere
    ("وقال في بيان") it is no trigger."""
    signs = [c for c in cue_hits if "sign" in c.payloads]
    out = []
    for h in hits:
        if not any(p.signed for p in h.payloads):
            out.append(h)
            continue
        before = tokens_between(body, max(0, h.start - 12), h.start)
        after_ala = bool(before) and before[-1].norm == _ALA and any(c.end <= h.start and not SENTENCE_END_RE.search(body, c.end, h.start) for c in signs)
        if not (after_ala or any(c.end <= h.start and h.first - c.last <= SIGNED_OBJECT_WITHIN and not CLAUSE_BREAK_RE.search(body, c.end, h.start)
                                 for c in signs)):  # "وقّعا في 11 مايو الماضي «إعلان جدة»": its object
            continue
        out.append(h._replace(payloads=tuple(replace(p, noun=False) if p.signed else p for p in h.payloads)))
    return tuple(out)


def _outside_names(hits, slots: tuple[Slot, ...]):
    """Triggers that are no part of a name: "الدعم" in "قوات الدعم السريع" (the Rapid Support
    Forces) supports nothing, "السلام" in "قصر السلام" makes no peace."""
    named = [(s.start, s.end) for s in slots if s.entity is not None]
    if not named:
        return hits
    starts = [a for a, _ in named]
    out = []
    for h in hits:
        k = bisect_left(starts, h.start + 1) - 1  # the last name starting at or before the hit
        if k >= 0 and named[k][0] <= h.start and h.end <= named[k][1]:
            continue
        out.append(h)
    return tuple(out)


def _remember(body: str, sent_slots: list[Slot], history: list[Slot], subjects: list[Slot | None],
              carried: Slot | None = None) -> None:
    """The sentence's parties join the story's, and its subject is the next verb's: the one its
    verb took from before ("كما تلقى سموه اتصالا من الرئيس الأمريكي": still the emir), else its
    first party that no preposition brings in."""
    parties_here = [s for s in sent_slots if _is_party(s) and not (s.kind == "country" and _located(body, s))]
    history.extend(parties_here)
    if carried is None:
        carried = next((s for s in parties_here if not _after_preposition(body, s)), None)
    subjects.append(carried)


def _after_preposition(body: str, slot: Slot) -> bool:
    """"من الرئيس الأمريكي", "مع نظيره": brought in by a preposition (or a proclitic ب/ل)."""
    if body[max(0, slot.start - 1) : slot.start] in ("\u0628", "\u0644"):
        return True
    toks, starts = body_tokens(body)
    k = bisect_left(starts, slot.start)
    return k > 0 and toks[k - 1].norm in PREPOSITIONS


def _second_follows(body: str, hit: PhraseHit, spec: Trigger, end: int) -> bool:
    """The rest of a split form stands after the verb and its subject ("أطلقت [السلطات] سراح")."""
    reach = PREP_WITHIN if spec.second & SPLIT_PREPOSITIONS else OBJECT_WITHIN
    return any(t.norm in spec.second or WITH_PRONOUN.get(t.norm) in spec.second for t in tokens_between(body, hit.end, end)[:reach])


def _trigger_word(body: str, hit: PhraseHit):
    """The body's tokens and the index of the word the trigger stands in (after any proclitic)."""
    toks, starts = body_tokens(body)
    return toks, bisect_right(starts, hit.start) - 1


def _after_relative(body: str, hit: PhraseHit) -> bool:
    """A verb right after a relative pronoun ("التي تعهد بها", "الذي وقعه"): a clause that names
    what the word before it is, an event told elsewhere or not at all."""
    toks, j = _trigger_word(body, hit)
    return j >= 1 and toks[j - 1].norm in RELATIVES


def _after_comma_relative(body: str, hit: PhraseHit) -> bool:
    """The relative pronoun before the trigger follows a comma: a clause set beside its noun."""
    toks, j = _trigger_word(body, hit)
    return j >= 1 and body[max(0, toks[j - 1].start - 2) : toks[j - 1].start].strip() in (",", "\u060c")


def _with_tanween(body: str, hit: PhraseHit) -> bool:
    """The trigger's word is written with tanween ("رفضاً", "احتجاجاً"): a noun (no verb takes it),
    where the page writes its diacritics."""
    toks, j = _trigger_word(body, hit)
    return j >= 0 and _TANWEEN in body[toks[j].start : toks[j].end]


_TANWEEN = "\u064b"  # fathatan


def _proclitic(body: str, hit: PhraseHit) -> str:
    """The folded letters the trigger's word carries before the trigger ("بال" of "بالتوصل"), or ""."""
    toks, j = _trigger_word(body, hit)
    return fold_key(body[toks[j].start : hit.start]) if j >= 0 and hit.start > toks[j].start else ""


def _with_article(body: str, hit: PhraseHit) -> bool:
    """The trigger's word carries the article ("التوصل", "بالتوصل", "للتوصل"): a noun."""
    before = _proclitic(body, hit)
    return bool(before) and before.endswith(_ARTICLES)


_ARTICLES = ("\u0627\u0644", "\u0644\u0644")  # ال، لل


def _with_purpose_lam(body: str, hit: PhraseHit) -> bool:
    """The trigger's word carries the "ل" of purpose ("للتشاور", "لبحث"): what another act is for
    (not a meeting a relative clause tells of: "متابعة للاجتماع التشاوري الذي استضافته جدة")."""
    if _proclitic(body, hit) not in _PURPOSE:
        return False
    toks, j = _trigger_word(body, hit)
    return not any(t.norm in RELATIVES for t in toks[j + 1 : j + 1 + RELATIVE_AFTER_WORDS])


_PURPOSE = ("\u0644", "\u0644\u0644")  # ل، لل


def _is_heading(sent: Sentence) -> bool:
    """A subheading ("الجولة الـ 16 من محادثات أستانة"): short, with no sentence end; it names, not reports."""
    return len(sent.text) <= HEADING_MAX_CHARS and len(sent.text.split()) <= 8 and not sent.text.rstrip("\"'\u201d\u00bb)").endswith((".", "!", "?", "\u061f"))


def _calendar_dates(doc: Document, sent: Sentence) -> list[tuple[int, int]]:
    """Where the sentence's time expressions with a calendar value stand."""
    dated, starts = calendar_timexes(doc.timexes)
    return [(t.start, t.end) for t in dated[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)] if t.value]


def _clauses(sent: Sentence, cue_hits, trig_hits, dates: list[tuple[int, int]] = ()) -> list[Clause]:
    """The main clause and the sub-clauses that name other happenings: "بعد إعلان واشنطن ...",
    "وبعد قمة ... ،", "بعد يوم من اجتماع ...".  A sub-clause runs from its cue to the next comma
    (or the end of the sentence), a clause of its own ("فيما طالبت ...") to the end of the
    sentence; the main clause is the rest."""

    def opens_event(c) -> bool:  # a trigger, a verb of saying or a light verb ("فيما وقعت ... اتفاقيات") next
        return any(0 <= h.first - c.last <= 1 for h in trig_hits) or any(
            not _VERB_CUES.isdisjoint(h.payloads) and 0 <= h.first - c.last <= 1 for h in cue_hits
        ) or _opens_clause(sent, c)

    subs: list[Clause] = []
    for c in cue_hits:  # (in text order)
        if CLAUSE_CUES.isdisjoint(c.payloads):
            continue
        kinds = [k for k in c.payloads if k in CLAUSE_CUES]
        if not kinds or not opens_event(c) or any(c.start in sub for sub in subs):
            continue
        if any(c.start <= a < c.end for a, _ in dates):
            continue  # "وبعد يومين وقعا": a date ("بعد يومين" in a story), not an earlier event
        m = None if kinds[0] == "while" else CLAUSE_BREAK_RE.search(sent.text, c.end - sent.start)
        end = sent.start + m.start() if m else sent.end  # "فيما ...": to the end of the sentence
        subs.append(Clause(c.start, end, kinds[0], c.key))
    subs += _coordinated(sent, trig_hits, subs, dates)
    subs += _sequels(sent, trig_hits, subs)
    subs += _dated_recaps(sent, trig_hits, subs, dates)
    subs += _by_phone(trig_hits, subs)
    main = Clause(sent.start, sent.end, None, None, tuple((sub.start, sub.end) for sub in subs),
                  tuple((sub.start, sub.end) for sub in subs if sub.cue == "and"))
    return [main] + subs


def _opens_clause(sent: Sentence, c) -> bool:
    """"، فيما أطلق حزب الله صواريخ": after a comma, "فيما", "بينما", "في حين" or "كما" begin a
    clause of their own whatever verb follows, but "فيما يتعلق ب" (regarding) and the like."""
    if c.key not in _WHILE_AFTER_COMMA or not sent.text[: c.start - sent.start].rstrip().endswith(("\u060c", ",")):
        return False
    nxt = _WORD_RE.match(sent.text, c.end - sent.start)
    return nxt is not None and fold_key(nxt.group(1)) not in _NOT_A_CLAUSE


_KAMA = fold_key("كما")
_WHILE_AFTER_COMMA = {fold_key(w) for w in ("فيما", "بينما", "في حين")} | {_KAMA}  # "، كما تلقى الرئيس الأسد ... اتصالاً هاتفياً من"
_NOT_A_CLAUSE = {fold_key(w) for w in ("يتعلق", "يخص", "بينها", "بينهما", "بينهم", "بين", "يلي", "بعد", "مضى", "سبق")}
_WORD_RE = re.compile(r"\s*(\w+)")


_SEQUEL_STEMS = ("\u0641\u064a\u0647", "\u062e\u0644\u0627\u0644")  # فيه، خلال: the sequel words' stems, looked for before any rule runs


def _sequels(sent: Sentence, trig_hits, subs: list[Clause]) -> list[Clause]:
    """"اختتم مؤتمر برلين ... أعماله ...، تعهدت فيه الدول المشاركة باحترام ...": after a comma, a
    verb with "فيه", "خلاله" (in it, during it) tells what happened at the event the clause before
    reports, if of another type: a clause of its own to the end of the sentence, sharing that
    event's parties and day."""
    out: list[Clause] = []
    if ("\u060c" not in sent.text and "," not in sent.text) or not any(w in sent.text for w in _SEQUEL_STEMS):
        return out
    for n, h in enumerate(trig_hits):
        spec = _strongest(h)
        if spec.noun or any(h.start in sub for sub in subs) or any(p.type == spec.type for e in trig_hits[:n] for p in e.payloads):
            continue  # (of the type told before: "زار السعودية ...، والتقى خلالها العاهل السعودي" is that visit)
        before = sent.text[: h.start - sent.start].rstrip().removesuffix("\u0648").rstrip()  # "، وتعهّد خلاله"
        nxt = _WORD_RE.match(sent.text, h.end - sent.start)
        if before.endswith(("\u060c", ",")) and nxt is not None and fold_key(nxt.group(1)) in cue_words("sequel-word"):
            out.append(Clause(h.start, sent.end, "sequel", None))
            break
    return out


def _by_phone(trig_hits, subs: list[Clause]) -> list[Clause]:
    """"هنأ الرئيس السيسي نظيره التركي هاتفيا بإعادة انتخابه": the adverb after a verb of another
    type is the call that act was done in, an event of its own (as "خلال اتصال هاتفي")."""
    out: list[Clause] = []
    for n, h in enumerate(trig_hits):
        if h.key in cue_words("by-phone") and any(not _strongest(e).noun and _strongest(e).type != "CONSULT" for e in trig_hits[:n]) \
                and not any(h.start in sub for sub in subs):
            out.append(Clause(h.start, h.end, "during", None))
    return out


def _dated_recaps(sent: Sentence, trig_hits, subs: list[Clause], dates: list[tuple[int, int]]) -> list[Clause]:
    """"التقى ... وذلك في إطار تنفيذ الاتفاق الذي جرى التوصل إليه في بكين بتاريخ 10 مارس 2023": a
    noun after the verb that reports the sentence's event, told by a relative clause with a date of
    its own, is an earlier event the sentence names: a clause of its own (as after "بعد"), to the
    next comma."""
    out: list[Clause] = []
    if not dates:
        return out
    for n, h in enumerate(trig_hits):
        if not _strongest(h).noun or any(h.start in sub for sub in subs) or all(_strongest(e).noun for e in trig_hits[:n]):
            continue  # (after a verb that reports the sentence's own event: not "إن جولة المحادثات التي جرت أمس")
        rest = sent.text[h.end - sent.start :]
        words = list(_WORD_RE.finditer(rest))[:RELATIVE_AFTER_WORDS]  # the pronoun, perhaps after two adjectives ("الاجتماع التشاوري الذي")
        relative = next((w for w in words if fold_key(w.group(1)) in RELATIVES), None)
        if relative is None:
            continue
        stop = CLAUSE_BREAK_RE.search(rest)
        end = h.end + (stop.start() if stop else len(rest))
        if any(h.end + relative.end() <= a and b <= end for a, b in dates):
            out.append(Clause(h.start, end, "after", None))
    return out


RELATIVE_AFTER_WORDS = 3  # words after a noun within which its relative pronoun stands


def _coordinated(sent: Sentence, trig_hits, subs: list[Clause], dates: list[tuple[int, int]] = ()) -> list[Clause]:
    """"إن الرئيسين بحثا ملف ...، واتفقا على ...": a verb of another type joined by "و" to an
    earlier verb is a clause of its own with the same subject, to the end of the sentence. Else
    each "، ثم", "، لكنها", "، تلتها", "، وكان" with a trigger a few words on opens a further act, to the
    next ("وقّعا في 11 مايو «إعلان جدة»، ثم وقّعا في 20 مايو اتفاقاً"), as does "، و" with a date of
    its own ("التقى بوتين أردوغان في سوتشي يوم 22 تشرين الأول، وفي اليوم ذاته أعلن الجانبان
    التوصل إلى اتفاق", "، وبعد يومين وقعا اتفاقا")."""
    out: list[Clause] = []
    first_verb = None
    for h in trig_hits:
        spec = _strongest(h)
        if spec.noun or any(h.start in sub for sub in subs):
            continue
        if first_verb is None:
            first_verb = spec
            continue
        joined = sent.text[h.start - sent.start - 1 : h.start - sent.start] == "\u0648"  # و
        if joined and spec.type != first_verb.type and spec.type in HEAD_TYPES:
            return [Clause(h.start, sent.end, "and", None)]
    opens = [(sent.start + m.end(), m.end()) for m in _THEN_RE.finditer(sent.text)]
    for a, _ in dates:
        m = _AND_DATED_RE.search(sent.text, 0, a - sent.start)
        if m:  # (the clause opens at the date: its verb is a few words on)
            opens.append((a, a - sent.start))
    participles = cue_words("participle")
    for h in trig_hits:  # "، داعيا إثيوبيا إلى ...": the participle opens the act
        if h.key in participles and sent.text[: h.start - sent.start].rstrip().endswith((",", "\u060c")):
            opens.append((h.start, h.start - sent.start))
    starts = []
    for start, end in sorted(opens):
        if any(h.start >= start and len(sent.text[end : h.start - sent.start].split()) < THEN_WITHIN
               and not CLAUSE_BREAK_RE.search(sent.text, end, h.start - sent.start) for h in trig_hits) \
                and any(h.start < start for h in trig_hits) and not any(start in sub for sub in subs):
            starts.append(start)
    # each to the next ("، تلتها جولة ثانية في أديس أبابا في أيلول، ثم جولة ثالثة في القاهرة")
    return [Clause(a, b, "and", _FURTHER) for a, b in zip(starts, starts[1:] + [sent.end])]


_FURTHER = "further"  # the key of a clause "، ثم" or a date of its own opens: a further act, perhaps of the same subject
_AND_DATED_RE = re.compile("[,\u060c]\\s*\u0648(?:\u0641\u064a\\s*)?$")  # "، وفي " or "، و" right before a date
_THEN_RE = re.compile("[,\u060c]\\s*(?:\u062b\u0645|\u0644\u0643\u0646(?:\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)?|\u062a\u0644\u062a(?:\u0647\u0627|\u0647)|\u062a\u0644\u0627(?:\u0647\u0627|\u0647)|\u0648\u0643\u0627\u0646\u062a?)\\s+")  # "، ثم ", "، لكنها ", "، تلتها ", "، وكان ... قد": a further act


def _weight(spec: Trigger) -> float:
    return spec.weight * (NOUN_FACTOR if spec.noun and spec.type != "CONSULT" else 1.0)


def _strongest(hit: PhraseHit[Trigger]) -> Trigger:
    """The reading of the trigger with the greatest weight (most words have one)."""
    payloads = hit.payloads
    return payloads[0] if len(payloads) == 1 else max(payloads, key=_weight)


_OCCASION_KINDS = frozenset(("margin", "within", "during", "press", "demonstrative"))  # cues that make the noun after them the occasion, not the event


class _Occasions(NamedTuple):
    """Where a sentence's cues make the noun after them the occasion of its event, and its governing verbs."""

    margin_ends: set[int]
    within_ends: set[int]
    during_ends: set[int]
    press: list[tuple[int, int]]
    demonstrative_ends: set[int]
    governors: "_Governors"


def _occasions(cue_hits) -> _Occasions:
    margin_ends, within_ends, during_ends, press, demonstrative_ends = set(), set(), set(), [], set()
    for c in cue_hits:
        if _OCCASION_KINDS.isdisjoint(c.payloads):
            continue
        if "demonstrative" in c.payloads:
            demonstrative_ends.add(c.last)
        if "margin" in c.payloads:
            margin_ends.add(c.last)
        if "within" in c.payloads:
            within_ends.add(c.last)
        if "during" in c.payloads:
            during_ends.add(c.last)
        if "press" in c.payloads:
            press.append((c.first, c.last))
    return _Occasions(margin_ends, within_ends, during_ends, press, demonstrative_ends, _governors(cue_hits))


def _main_trigger(body: str, hits, cue_hits, sentence: tuple[int, int], occasions: _Occasions) -> tuple[PhraseHit[Trigger], Trigger] | None:
    """The clause's event trigger: the first strong one that is not the object of another
    (``occasions``: of the sentence's ``cue_hits``)."""
    best = occasion = None
    ideas = 0  # nouns skipped as ideas
    margin_ends, within_ends, during_ends, press, demonstrative_ends, governors = occasions
    for n, hit in enumerate(hits):
        if hit.first in demonstrative_ends and any(not CLAUSE_BREAK_RE.search(body, hit.end, h.start) for h in hits[n + 1 :]):
            continue  # "ويأتي الاجتماع متابعة للاجتماع ... الذي استضافته جدة في 14 نيسان", "وأعقبت تلك الزيارة عملية تبادل ...": the one told before, and what the clause tells after it
        if n + 1 < len(hits) and (hit.first in margin_ends or (hit.last in within_ends and not _partaken(hit, hits[:n], cue_hits))):
            occasion = occasion or (hit, _strongest(hit))
            continue  # "على هامش اللقاء", "طرح خلال الاجتماع مقترحاً ...، إلا أن الجانب الإثيوبي رفض": the occasion of the event the clause reports
        if n + 1 < len(hits) and hit.first in during_ends \
                and any(_light_object(body, h, hits[:k], governors) for k, h in enumerate(hits[n + 1 :], n + 1)):
            continue  # "ووُقّعت خلال الزيارة ثلاث اتفاقيات": what was signed during the visit
        if press and any(a <= hit.first < b for a, b in press):
            continue  # "في مؤتمر صحفي": where it was said, no meeting
        spec = _strongest(hit)
        if not spec.noun and (_with_article(body, hit) or _with_tanween(body, hit)):
            spec = replace(spec, noun=True)  # "الهادفة إلى التوصل لاتفاق", "رفضاً لقرار": the verbal noun, not the verb
        if spec.noun and any("generic" in c.payloads and c.end <= hit.start and hit.first - c.last <= 1 for c in cue_hits) \
                and not any("denied" in c.payloads for c in cue_hits):
            ideas += 1
            continue  # "وتكثيف التشاور بين الدول العربية": an idea, not the clause's event (a meeting named as its occasion may be)
        if spec.second and not _second_follows(body, hit, spec, sentence[1]):
            continue  # "وأطلقت قوات الشرطة الغاز المسيل للدموع": no "سراح", no release; another trigger may report
        if spec.partner and _after_preposition(body, hit):
            continue  # "إضافة إلى بحث تزويد لبنان بالكهرباء": the noun, discussing, not a verb that reports talks
        if n > 0 and spec.noun and _with_purpose_lam(body, hit):
            continue  # "استدعاء سفير ... إلى مقديشو للتشاور": what the act before is for
        if spec.noun and (_light_object(body, hit, hits[:n], governors) or (best is None and spec.type in CROWD_TYPES and spec.type in detect_in(body, *sentence))):
            spec = replace(spec, noun=False)  # "خرج آلاف المتظاهرين ... احتجاجا على": the sentence reports it
        if best is not None:
            head_hit, head_spec = best
            if (spec.type != head_spec.type and any("denied" in c.payloads and c.start == head_hit.start for c in cue_hits)
                    and not CLAUSE_BREAK_RE.search(body, head_hit.end, hit.start) and not _blame_denied(body, head_hit, hit)):
                best = (hit, spec)  # "نفى ... عقد أي لقاء": the meeting, denied (see _status)
                break
            if head_spec.partner and spec.type == "CONSULT" and spec.mode == "phone":
                best = (hit, spec)  # "بحث ... في اتصال هاتفي مع": the call
                break
            if head_spec.pledge and spec.type != head_spec.type and _pledged(body, head_hit, hit):
                best = (hit, replace(spec, noun=False, pledged=True))  # "تعهدت السعودية بتقديم مساعدات": the aid, pledged
                break
            if head_spec.type in HEAD_TYPES and not head_spec.noun:
                break  # everything after a verb of agreeing, asking, meeting... is its object
            # "على خلفية القصف الذي استهدف أمس منتجعاً": what the relative clause tells of a word, not the
            # clause's event (but "هوكشتاين، الذي زار بيروت": told of a person after a comma, news of its own)
            if not spec.noun and _after_relative(body, hit) and not _after_comma_relative(body, hit):
                continue
            if _weight(spec) <= _weight(head_spec) or (spec.noun and not head_spec.noun):
                continue
        if _weight(spec) < MIN_WEIGHT:
            continue
        best = (hit, spec)
    return best or (occasion if ideas else None)  # ("أكد الوزراء، في ختام اجتماعهم ...، أهمية ... تكثيف التشاور": the meeting)


def _blame_denied(body: str, denial: PhraseHit, hit: PhraseHit) -> bool:
    """"نفت وزارة الخارجية التركية مسؤولية قواتها عن القصف": the denial takes the blame (cue kind
    "responsibility"), not the event after it; the denial is the event."""
    words = cue_words("responsibility")
    return any(not words.isdisjoint(clitic_forms(t.norm)) for t in tokens_between(body, denial.end, hit.start))


def _pledged(body: str, pledge: PhraseHit, hit: PhraseHit) -> bool:
    """What a pledge governs: the first word with "ب" after the verb and its subject is the
    trigger or the verbal noun right before it ("تعهدت السعودية [بتقديم] مساعدات", "تعهد [بسحب
    قواته]"), not pledged not to do ("بعدم تطوير أسلحة"), not a word further on ("تعهد بالرد
    على الهجوم")."""
    if hit.first - pledge.last > GOVERNED_WITHIN or CLAUSE_BREAK_RE.search(body, pledge.end, hit.start):
        return False
    toks = tokens_between(body, pledge.end, hit.start + 1)  # (the trigger's own word last)
    if any(t.norm in _NOT or not cue_words("abide").isdisjoint(clitic_forms(t.norm)) for t in toks):
        return False  # "بعدم تطوير", "باحترام حظر السلاح": not doing it, or respecting what there is
    first_bi = next((k for k, t in enumerate(toks) if t.norm.startswith(_BI)), None)
    return first_bi is not None and first_bi >= len(toks) - 2


_GOVERNING = frozenset(("light", "occur", "undergo", "fire"))  # verbs whose object noun is the event
_VERB_CUES = _GOVERNING | {"speech"}  # verbs that open a clause after "فيما"
_ADVERBIAL = frozenset(("margin", "during"))  # cue kinds after which a noun says when: "على هامش اللقاء", "خلال الزيارة"


class _Governors(NamedTuple):
    """A clause's verbs that govern an event noun, and where the nouns after "خلال", "على هامش" stand."""

    verbs: list
    adverbial: set[int]


def _governors(cue_hits) -> _Governors:
    verbs = [c for c in cue_hits if not _GOVERNING.isdisjoint(c.payloads)]
    if not verbs:
        return _Governors(verbs, set())
    adverbial = {m.last for m in cue_hits if not _ADVERBIAL.isdisjoint(m.payloads)}
    adverbial.update(m.last - 1 for m in cue_hits if "within" in m.payloads)  # "خلال اللقاء": one cue
    return _Governors(verbs, adverbial)


def _light_object(body: str, hit: PhraseHit, before, governors: _Governors) -> bool:
    """A noun that is the object of a light verb (announcing, signing, launching: the cues of
    kind "light") reports the event as a verb would: "أعلن [رئيس الوزراء القطري ... مساء
    اليوم] التوصل إلى اتفاق", "وشنت طائرات أمريكية ... غارات" (no other trigger, and no "أن"
    opening a clause of its own, between the two; "ووقع الوزيران على هامش اللقاء مذكرة تفاهم")."""
    if not governors.verbs or governors.verbs[0].end > hit.start:
        return False
    adverbial = governors.adverbial
    if hit.first in adverbial:
        return False  # "ووُقّعت خلال الزيارة اتفاقيات": the visit is when, not what was signed
    signed = any(p.type == "AGREE" for p in hit.payloads)
    for c in governors.verbs:
        if "light" in c.payloads:
            reach = SIGNED_WITHIN if signed and "sign" in c.payloads else GOVERNED_WITHIN
        elif "fire" in c.payloads and not any(p.type == "PROTEST" for p in hit.payloads):
            reach = GOVERNED_WITHIN  # (what is fired is no march: "أطلق ... ثلاث مسيرات" are drones)
        elif "occur" in c.payloads:
            reach = OCCUR_WITHIN
        elif "undergo" in c.payloads and body[hit.start - 1 : hit.start] == "\u0644":  # ل: "لهجوم"
            reach = GOVERNED_WITHIN
        else:
            continue
        if c.end <= hit.start and hit.first - c.last <= reach:
            if any(h.start >= c.end and h.first not in adverbial for h in before):
                continue  # (a meeting "على هامش" or "خلال" which the object is signed does not stand between)
            if not any(t.norm in _THAT for t in tokens_between(body, c.end, hit.start)):
                return True
    return False


def _partaken(hit: PhraseHit, before, cue_hits) -> bool:
    """"شارك ... في الاجتماع": a verb of taking part governs the meeting (its subject and day
    between, no other trigger): the meeting is the event."""
    return any("partake" in c.payloads and c.end <= hit.start and hit.first - c.last <= GOVERNED_WITHIN
               and not any(h.start >= c.end for h in before) for c in cue_hits)


def _read_as_verb(spec: Trigger, hit: PhraseHit[Trigger]) -> bool:
    """A noun trigger read as a verb: the object of a light verb (see :func:`_light_object`)."""
    return not spec.noun and _strongest(hit).noun


VERBAL_SUBJECT_WITHIN = 4  # words between an attacking verb and its subject's name ("الرئيس التركي")


def _in_words(body: str, hit: PhraseHit, slots: list[Slot], sent_triggers) -> bool:
    """An attack in words: a person or an office-holder attacks ("هاجم وزير الخارجية الإيراني
    السياسة الأميركية"), named right after the verb or right before it, and no other assault
    trigger of the sentence names a weapon, a strike or a casualty."""
    if any(h is not hit and any(p.type == "ASSAULT" for p in h.payloads) for h in sent_triggers):
        return False
    after = next((s for s in slots if s.start >= hit.end), None)
    if after is not None and len(tokens_between(body, hit.end, after.start)) <= VERBAL_SUBJECT_WITHIN:
        return after.kind in ("person", "title")
    before = next((s for s in reversed(slots) if s.end <= hit.start), None)
    return before is not None and not tokens_between(body, before.end, hit.start) and before.kind in ("person", "title")


def _warned(body: str, hit: PhraseHit, clause, clause_slots: list[Slot]) -> bool:
    """A verb of warning threatens: with no "من" after it ("حذرت إيران إسرائيل"), with "من أن"
    (what will be done: "حذر ... من أن بلاده سترد"), or with someone warned before "من": a party
    after the subject not joined to it by "و" ("حذرت الولايات المتحدة وبريطانيا الحوثيين من"), or
    any when the subject stands before the verb."""
    toks = tokens_between(body, hit.end, clause.end)
    m = next((k for k, t in enumerate(toks) if t.norm == _MIN), None)
    if m is None or (m + 1 < len(toks) and toks[m + 1].norm in _THAT):
        return True
    after = [s for s in clause_slots if _is_party(s) and s.start >= hit.end and s.end <= toks[m].start]
    if after and any(_is_party(s) and s.end <= hit.start for s in clause_slots):
        return True
    return any(not _joined(body[a.end : b.start]) for a, b in zip(after, after[1:]))


_WAW_WORDS = tuple(fold_key(w) for w in ("وزير", "وزيرة", "وزراء", "وفد", "وكيل", "والي"))  # words of a title that begin with "و"


def _joined(gap: str) -> bool:
    """Two parties joined by "و": "الولايات المتحدة [و]بريطانيا", "ماكرون [والمستشارة الألمانية] ميركل"."""
    gap = fold_key(gap)
    return gap[:1] == "\u0648" and not gap.startswith(_WAW_WORDS)


def _is_party(s: Slot) -> bool:
    """An actor that may take part: of a country, or an organisation of none ("منظمة العفو الدولية")."""
    return not s.is_place and (bool(s.country) or (s.kind == "org" and s.entity is not None)) and s.kind != "nisba" and s.sector not in NON_PARTIES


def _draft(doc, sent, n, clause, hit, spec, sent_slots, cue_hits, history, subject, drafts, sent_triggers=()) -> Draft | None:
    body = doc.body
    d = Draft(spec.type, spec.mode, hit, sent, n, spec.noun, confidence=_weight(spec))
    clause_cues = [c for c in cue_hits if c.start in clause]
    before = {kind for c in cue_hits if c.end <= hit.start and hit.start - c.end <= 12 for kind in c.payloads}
    d.after = (spec.noun and (clause.cue == "after" or "after" in before)) or any(  # "عقب اتصال هاتفي": a call named, before
        "after" in c.payloads and c.last == hit.first for c in cue_hits)
    d.definite = (spec.noun and _ALEF_LAM in body[max(0, hit.start - 3) : hit.start + 2]) or (
        spec.type == "CONSULT" and any("dual" in c.payloads and 0 <= c.first - hit.last <= 1 for c in cue_hits))  # "وبحث الجانبان": the two, met already
    d.demonstrative = any("demonstrative" in c.payloads and c.last == hit.first and not BREAK_OR_END_RE.search(body, c.end, hit.start) for c in cue_hits)
    d.referential = ((spec.noun or _read_as_verb(spec, hit)) and "reference" in before) or (
        spec.noun and _followed_by(body, hit, cue_hits, "reference")) or any(  # "ما تم التوصل إليه": what was agreed before
        "reference" in c.payloads and c.start < hit.start < c.end for c in cue_hits) or (
        not spec.noun and _followed_by(body, hit, cue_hits, "within")) or d.demonstrative or (  # "ناقشوا في الاجتماع", "وتأتي هذه الزيارة": the one reported
        not spec.noun and _after_relative(body, hit))  # "الالتزامات التي تعهد بها بموجب اتفاق سوتشي": named, not told
    d.status = _status(body, hit, cue_hits)
    if (spec.noun or _read_as_verb(spec, hit)) and d.status != "denied" and any("generic" in c.payloads and c.end <= hit.start and hit.first - c.last <= 1 for c in cue_hits):
        return None  # "أهمية استمرار الاجتماعات": the idea of a meeting, not one
    if any("hypothetical" in c.payloads and c.end <= hit.start and hit.first - c.last <= HYPOTHETICAL_WITHIN for c in cue_hits):
        return None  # "ولو اجتمع الرئيسان", "لن تتفق": a condition or a future denied, not a happening
    if spec.verbal and _in_words(body, hit, [s for s in sent_slots if s.start in clause], sent_triggers):
        spec = replace(spec, type="ACCUSE")  # "هاجم أردوغان الاتحاد الأوروبي": criticism, not an assault
        d.type = spec.type
    elif spec.type in REALIS_TYPES and not _read_as_verb(spec, hit) and spec.type not in detect_in(body, sent.start, sent.end):
        return None  # protesters or an attack named, not reported (see realis.py); "شنت ... غارات" reports

    # When: its own date expression, the other clause's, the day before or after another event,
    # the story's day; decided before the parties, so that what no date can report stops here.
    shared = next((dr for dr in reversed(drafts) if dr.sentence is sent), None) if clause.cue in ("and", "during", "sequel") else None
    d.date, d.date_explicit = draft_date(doc, clause, hit, d, drafts)
    if shared is not None and shared.date and not shared.after and not d.date_explicit and not d.referential:  # "... واتفقا", "طلب ... خلال اتصال هاتفي": when the other was (not "ما تم التوصل إليه": before it; nor an earlier event an "after" clause names)
        d.date, d.date_explicit = shared.date, shared.date_explicit
    elif clause.cue == "and" and not d.date_explicit and not d.referential and (said := said_on(doc, sent, clause)):
        d.date, d.date_explicit = said, True  # "وكانت الوزارة قد أعلنت في 5 أكتوبر ...، وطالبت مصر": that day
    if clause.cue in ("before-day", "after-day"):
        d.date, d.date_explicit = shifted_date(clause, drafts, sent, d)
    then = not (d.date_explicit or d.referential) and any("then" in c.payloads and c.start >= hit.end and c.start in clause for c in cue_hits)
    if then:  # "فيما رفض المسماري حينها الإعلان": when the event told before it was (an inferred day), else undated
        told = next((dr for dr in reversed(drafts) if dr.date), None)
        d.date, d.date_explicit = (told.date, False) if told is not None else (None, False)
    latest = doc.published.date or doc.published.latest
    if d.status == "reported" and d.date_explicit and latest and d.date[:10] > latest:
        d.status = "planned"  # "ويصل ... غدا إلى بيروت": dated after the page, not yet happened
    d.background = then or any("background" in c.payloads and (clause.start <= c.start or (clause.cue_key == _KAMA and c.start >= sent.start))
                               and c.end <= hit.start for c in cue_hits)  # ("وكان ... قد أجرى ...، كما تلقى": background too)
    if d.date is None and n > 0 and d.status == "reported" and not (d.referential or d.after or d.background):
        d.date = story_date(doc, drafts)  # (not explicit: a weak verb so dated stands)
    if spec.pledged and d.status == "reported":
        d.status = "planned"  # (dated by the pledge, as a verb reported that day)
    if spec.type not in _CONTENT_TYPES:  # (an agreement may take the date of the meeting it was reached at)
        if spec.noun and not d.date_explicit:
            return None  # "التطبيع", "التهديد": a noun alone, undated, reports nothing
        if not d.date and spec.weight < UNDATED_MIN_WEIGHT:
            return None  # an undated "سينسقان", "رحب": too weak to stand without a date

    # Mediator or host: "بوساطة روسية", "توسطت به روسيا", "نظمت روسيا هذا الاجتماع".
    mediator_spans = set()
    hosted_by = None  # the state a verb of hosting names: a party when it meets others, else the host
    envoy = None  # "استقبل عون ... الوسيط الأميركي": the envoy received, a party
    for c in clause_cues:
        if "mediator" in c.payloads and _told_of_a_named_one(body, c):
            continue  # "وقالت سلطنة عمان، التي تتوسط بين الرياض والحوثيين، إنها ...": who she is, not this act's broker
        if "mediator" in c.payloads and c.key == _THE_MEDIATOR:
            named = _mediator_named(body, c, sent_slots)
            if named is not None:  # "التقى الوسيط الأمريكي في مفاوضات ... بين لبنان وإسرائيل، آموس هوكشتاين، الرئيس عون": he meets
                mediator_spans.update((s.start, s.end) for s in sent_slots if c.end <= s.start < named.start)
                if _efforts_of(body, c):  # "دعم لبنان لمساعي الوسيط الأميركي آموس هوكستين": nor is he in this one
                    mediator_spans.add((named.start, named.end))
                continue
            nisba = next((s for s in sent_slots if s.kind == "nisba" and s.country and s.start >= c.end and not tokens_between(body, c.end, s.start)), None)
            if nisba is not None and spec.type == "CONSULT" and not _efforts_of(body, c) and not _present(body, c):
                envoy = _state_of(nisba)  # (no "بحضور": he is met, not brokering)
                mediator_spans.add((nisba.start, nisba.end))
                continue
        if "mediator" in c.payloads or ("host" in c.payloads and c.start < hit.start):
            hosting = "host" in c.payloads
            broker = next((s for s in sent_slots if s.start >= c.end and s.start - c.end <= 25
                           and (_is_party(s) or s.kind == "nisba" or (hosting and s.kind == "capital"))), None)  # "برعاية سعودية", "استضافت مسقط"
            if broker is None and hosting:
                broker = next((s for s in reversed(sent_slots) if s.end <= c.start and c.start - s.end <= 3 and _is_party(s)), None)
            if broker is not None:
                d.mediator = broker.country
                mediator_spans.add((broker.start, broker.end))
                also = None if hosting else next((s for s in sent_slots if s.start > broker.end and _is_party(s)), None)
                if also is not None and body[broker.end : also.start].strip() in _AND:  # "بتيسير من السعودية والولايات المتحدة": both broker
                    mediator_spans.add((also.start, also.end))
                hosted_by = broker.country if hosting else hosted_by

    sources = [(c.start, c.end) for c in cue_hits if "source" in c.payloads]
    margins = [(c.start, c.end) for c in cue_hits if "margin" in c.payloads]
    d.sideline = any(start < hit.start and clause.start <= start for start, _ in margins)
    clause_slots = [s for s in sent_slots if s.start in clause]
    if spec.partner and not any(s.start > hit.end and _is_party(s) and any(t.norm == _MA for t in tokens_between(body, max(hit.end, s.start - PARTNER_WITHIN), s.start))
                                for s in clause_slots) and not any("dual" in c.payloads and 0 <= c.first - hit.last <= 1 for c in clause_cues) \
            and not _pair_after(body, hit, clause_slots):
        return None  # "جرى بحث التطورات": discussing with no one named after "مع" ("وبحث الجانبان": the two)
    if spec.second and not _second_follows(body, hit, spec, clause.end):
        return None  # "توصلت [الحكومة ...] إلى", "نشرت [روسيا] قوات": the verb alone reports only with the rest of its form after the subject
    if spec.warns and not _warned(body, hit, clause, clause_slots):
        return None  # "حذر ماكرون وميركل من تفاقم الوضع": a danger warned of, no one's threat
    arrived = _arrived_at(body, hit, clause_slots) if spec.to_place else None
    if spec.to_place and (arrived is None or not any(_is_party(p) and p.end <= arrived.start for p in clause_slots)):
        return None  # "وصلت الأمور إلى", "ووصل إلى جدة": an arrival needs its visitor and a place
    speech = [c.start for c in cue_hits if "speech" in c.payloads and c.start >= hit.end]
    visited = _visited(body, hit, spec, clause_slots)
    if visited is not None and visited.kind == "country":  # "زيارة رسمية إلى سلطنة عمان التقى خلالها السلطان ... في مسقط": the city
        visited = next((s for s in clause_slots if s.start > visited.end and s.is_place and s.country == visited.country), visited)
    d.location = (arrived or visited or _hosted_at(body, clause_cues, clause_slots)
                  or (shared.location if shared is not None and clause.cue == "sequel" else None)
                  or _location(body, hit, clause_slots, speech)
                  or (_location(body, hit, [s for s in sent_slots if not any(a <= s.start < b for a, b in clause.further)], speech)
                      if clause.cue in (None, "during", "sequel") else None))  # (a further act's place is its own)
    if spec.type == "CONSULT" and hit.key.endswith(_ILA) and not any(s.start >= hit.end and len(tokens_between(body, hit.end, s.start)) <= 2 and (s.is_place or s.kind == "country") for s in sent_slots):
        return None  # "وصل إلى" a number, a result: an arrival needs a place
    parties = _parties(body, clause_slots, mediator_spans, sources, hit, margins)
    if envoy is not None and envoy.country not in {p.country for p in parties}:
        parties.append(envoy)
    traveller = _traveller(body, sent, clause, hit, spec, parties, drafts, sent_slots)
    if traveller is not None:  # "، ثم توجه إلى جوبا والتقى رئيس جنوب السودان": the sentence's subject goes on
        stop = CLAUSE_BREAK_RE.search(body, hit.end, clause.end)  # (its own object, before the next clause)
        parties = [traveller] + [p for p in parties if p.country != traveller.country and (stop is None or p.start < stop.start())]
    elif len({p.country for p in parties}) < 2 and spec.type in DYADIC and _strongest(hit).noun and len(chained := _nisbas_of_the_noun(body, hit, clause_slots)) >= 2:
        parties = chained + [p for p in parties if p.country not in {c.country for c in chained}]  # "الاتفاق السعودي - الإيراني"
    elif len({p.country for p in parties}) < 2 and spec.type in DYADIC:
        others = _parties(body, sent_slots, mediator_spans, sources, hit, margins)
        if _partner_named(body, hit, parties):  # (its subject, told before, is all the sentence adds)
            others = [o for o in others if o.end <= hit.start]
        taken = {(s.start, s.end) for dr in drafts if dr.sentence is sent for s in dr.actors}
        parties += [p for p in others if (p.start, p.end) not in taken and p not in parties]
    if spec.type in RECIPIENT_TYPES and len({p.country for p in parties}) < 2:
        # "وقدمت قطر مساعدات ... إلى السودان": the state the aid goes to
        parties += [s for s in clause_slots if s.kind == "country" and s.start > hit.end and s not in parties
                    and (_ILA.strip() in [t.norm for t in tokens_between(body, hit.end, s.start)][-1:] or body[s.start - 1 : s.start] == "\u0644")][:1]
    if spec.type in DYADIC and spec.type not in _CONTENT_TYPES:
        parties = _owner_over_content(body, hit, clause, sent_slots, parties)
    if ((spec.type in DYADIC and spec.type not in _CONTENT_TYPES) or spec.type in DOMESTIC_FORCE_TYPES) and len({p.country for p in parties}) < 2:
        parties += _done_by_nisba(body, hit, clause, sent_slots, parties, _RELEASE if spec.type == "CONCEDE" else _AGAINST)  # (what talks discuss is their topic)
    elif spec.type == "AGREE" and len({p.country for p in parties}) < 2:
        parties += [o for o in _act_owners(body, hit, clause, sent_slots) if o.country not in {p.country for p in parties}]
    if d.location is not None and d.location.country and (spec.type in DOMESTIC_FORCE_TYPES or (
            any(p.country == d.location.country for p in parties) and len({p.country for p in parties if p.country}) < 2)):  # (not a third to a meeting of two states)
        # "قتل 40 شخصا ... في العراق ... عندما أطلقت قوات الأمن النار", "دعا السيستاني في كربلاء قوات
        # الأمن": the forces or authorities of the place, where they act or are spoken to at home
        force = next((s for s in clause_slots if s.kind == "descriptor" and s.country is None and (s.sector in _FORCE_SECTORS or s.name in _HOME_AUTHORITIES)), None)
        if force is not None and (spec.type not in DOMESTIC_FORCE_TYPES or not any(p.country for p in parties)):
            parties.append(force._replace(country=d.location.country))
    host = arrived or visited  # (its state hosts)
    if host is not None and host.country and parties and host.country not in {p.country for p in parties}:
        # "زار السوداني أنقرة", "وصل الأسد إلى جدة السعودية": the visited state hosts
        parties.append(_state_of(host))
    if shared is not None and traveller is None:  # "بحثا ...، واتفقا", "طلب ماكرون خلال اتصال هاتفي": who did the other
        parties = shared.actors + [p for p in parties if p not in shared.actors]
    elif clause.cue == "during":  # the other was not an event of its own: who is named before
        before = [p for p in _parties(body, sent_slots, mediator_spans, sources, hit, margins) if p.end <= clause.start]
        parties = before + [p for p in parties if p not in before]
    if subject is not None and subject.country and _said_so_at(body, sent) and subject.country not in {p.country for p in parties} \
            and spec.type in DYADIC and clause.cue in (None, "after", "during"):
        parties = [subject] + parties  # "جاء ذلك في مؤتمر صحفي مشترك عقده مع ... السراج": the speaker of the sentence before
    parties = _reported_speech(body, hit, parties, cue_hits)
    parties = _between(body, hit, parties)
    parties = _without_content(body, hit, parties, spec)
    parties = _without_afterthought(body, hit, parties, spec)

    # "الرئيسان", "الجانبين": the two parties named before; "الدول الأربع": the last four.
    # a "خلال ..." clause happens to the subject named before it ("بحث الرئيسان ... خلال اجتماع")
    subject_cues = clause_cues if clause.cue != "during" else [c for c in cue_hits if c.start < clause.end]
    dual_seen = False
    for c in subject_cues:
        if "dual" in c.payloads and c.start < hit.end + 40 and not dual_seen:
            dual_seen = True  # the first: "إن الرئيسين أكدا ... بين البلدين، واتفقا" are the presidents
            after = c.end + 1 if body[c.end : c.end + 1] in (",", "\u060c") else c.end  # "وزيرا خارجية البلدين، X وY"
            first = next((p for p in parties if p.start <= c.start and p.end > c.end and p.country), None)
            if first is not None:  # "الرئيسان المصري والسوداني": the first named with the dual word itself
                after = first.end
            named = _named_after(body, after, parties)  # "الرئيسين المصري ... والفرنسي ..."
            nisbas = ([first] if first else []) + _nisbas_after(body, after, sent_slots) if len({p.country for p in named}) < 2 else []
            if len({p.country for p in nisbas}) >= 2:  # "الجانبان المصري والسوداني": the two states
                parties = parties + [n for n in nisbas if n.country not in {p.country for p in parties}]
            elif len({p.country for p in named}) < 2:  # else the two are named right there
                before = history + [s for s in sent_slots if s.end <= c.start]  # "مع نظيره المصري ...، اتفق خلالها الوزيران"
                sides = [s for s in history if s.country != d.mediator] if d.mediator else history  # ("البلدان اتفقا ... بتسهيل تركي": not the mediator)
                two = (_two_named_before(sent_slots, c.start) or _pair_between_before(body, sent, sent_slots, c.start)
                       or _pair_joined_before(body, sent_slots, c.start)
                       or _two_men(c.key, before) or _office_holders(c.key, before, doc) or _lead_parties(drafts) or _main_parties(sides, 2))
                if spec.act_object and 0 <= c.first - hit.last <= 1:  # "وأدان الوزيران العدوان الذي شنته القوات الإسرائيلية": the two condemn, what follows is condemned
                    first, rest = two + named, [p for p in parties if p.start >= c.end]
                else:  # "ورحب الأردن بالاتفاق بين الطرفين": Jordan welcomes the two's
                    first, rest = ([p for p in parties if p.end <= c.start] if spec.act_object else []), two + named
                parties = first + [p for p in rest if p.country not in {q.country for q in first}]
        if "group" in c.payloads and len({p.country for p in parties}) < 2:
            n = _group_size(c.key)
            named = _last_parties([s for s in sent_slots if s.end <= c.start], n)  # "تركيا وروسيا وإيران ... الدول الثلاث"
            parties += named if len(named) == n else _main_parties(history + parties, n)  # else the story's: "وكانت الدول الثلاث قد اتفقت"
    if (shared is None and not any(p.start < hit.start for p in parties) and not spec.noun and subject is not None
            and _continues(body, sent, hit) and not _has_own_subject(body, sent, hit, sent_slots) and not _subject_follows(body, hit, parties)
            and not ((spec.act_object or spec.type not in DYADIC) and _party_next(body, hit, parties))  # "وأدان الاتحاد الأوروبي الهجمات", "ونشرت روسيا قوات": its own subject
            and not (spec.type in DOMESTIC_FORCE_TYPES and _force_next(body, hit, clause_slots))  # "أوقفت قوات الأمن يوم الجمعة النائب ...": the forces
            and not _followed_by(body, hit, cue_hits, "agent") and not _count_follows(body, hit)  # "وهاجم مسلحون", "وقتل 10 أشخاص": a subject of its own
            and not any("turn" in c.payloads and clause.start <= c.start and c.end <= hit.start for c in cue_hits)  # "من جهته، دعا الاتحاد ...": another's turn
            and not _read_as_verb(spec, hit) and not spec.to_place):  # a light verb's object: the verb has its subject
        parties = [subject] + parties  # "قال ... إنه اقترح": the subject of the sentence before
        d.took_subject = True
    elif clause.cue == "while" and spec.type in DYADIC and not spec.noun and len({p.country for p in parties}) < 2 and not any(p.start < hit.start for p in parties):
        # "والتقى الأسد ... ولي العهد السعودي، كما التقى الرئيس التونسي": who the sentence is about
        main = next((s for s in sent_slots if s.end <= clause.start and _is_party(s)), None)
        if main is not None and not tokens_between(body, clause.start, hit.start)[1:]:
            parties = [main] + parties
    for members in formats_in(body, clause.start, clause.end, clause, None if d.after else hit):  # (not "بعد ... قمة": a summit named)
        parties += [Slot(hit.start, hit.end, "format", m, "GOV") for m in members]
    d.formats = any(p.kind == "format" for p in parties)
    if spec.type == "CONSULT" and len({p.country for p in parties}) < 2 and not d.formats and _in_series(body, clause, hit):
        least = 3 if any("multilateral" in c.payloads for c in clause_cues) else 2  # "الاجتماع الرباعي المقبل": the four
        told = [dr for dr in reversed(drafts) if dr.type == "CONSULT" and len(dr.countries()) >= least]
        # the latest of the same standing ("وتناولت المباحثات كذلك": talks held, not the round planned
        # just before), of the same day when both have one
        series = (next((dr for dr in told if dr.status == d.status and d.date and dr.date == d.date), None)
                  or next((dr for dr in told if dr.status == d.status), None) or next(iter(told), None))
        if series is not None:  # "وأضاف أن الجولة الثالثة ستعقد في مسقط": a round of the talks reported
            parties = series.actors + [p for p in parties if p.country not in series.countries()]
            d.mediator = d.mediator or series.mediator
            if d.location is not None and d.location.start - hit.end > SERIES_PLACE_WITHIN:
                d.location = None  # "وتناولت المباحثات كذلك ... تأمين الملاحة في البحر الأحمر": what the talks took up, far on
    if d.mediator and d.mediator == hosted_by and (d.mediator in {p.country for p in parties} or d.formats):
        # "استضافت السعودية محادثات بين وزيري الخارجية السعودي والأمريكي": a party at home;
        # "تستضيف البحرين القمة العربية": a member hosts its organisation's summit
        if d.mediator not in {p.country for p in parties}:
            parties = parties + [next(_state_of(s) for s in sent_slots if (s.start, s.end) in mediator_spans)]
        d.mediator = None
    if d.mediator:
        parties = [p for p in parties if p.country != d.mediator or p.kind in ("person", "title")]
    if spec.type == "CONSULT":
        parties = _without_topics(parties)
    d.formats = d.formats and any(p.kind == "format" for p in parties)  # (unless a broker's filter took it out)
    d.actors = _dedupe(parties)
    if spec.type in _TARGET_AT_PLACE and d.location is not None and d.location.country and len({a.country for a in d.actors}) == 1 \
            and d.location.country not in {a.country for a in d.actors}:
        # "هدد وزير الدفاع الإسرائيلي بشن عملية عسكرية واسعة في لبنان": the state where the threatened act would fall
        d.actors = d.actors + [_state_of(d.location)]

    if spec.type == "AGREE" and not d.referential:  # (not "ما تم التوصل إليه في جولات سابقة": agreed before)
        explicit_after = clause.cue == "after" or _after_meeting(body, cue_hits, hit)
        if explicit_after or not d.date_explicit:
            _inherit_meeting(body, d, drafts, any_parties=explicit_after)
    d.mode = _mode(d, clause_cues, spec, body)
    if d.referential and not d.date:
        return d  # joins the event it refers to (see stage.merge_drafts), or is dropped
    if spec.noun and spec.type != "CONSULT" and not d.date_explicit:
        return None  # "التطبيع", "التهديد": a noun alone, undated, reports nothing
    if not d.date and spec.type != "CONSULT" and spec.weight < UNDATED_MIN_WEIGHT:
        return None  # an undated "سينسقان", "رحب": too weak to stand without a date
    armed = spec.type == "ASSAULT" and d.location is not None and bool(d.location.country) and _armed_beside(body, hit)
    if armed:  # "وكان مسلحون ملثمون قد اقتحموا ... مكاتب القنوات في بغداد": unnamed armed men of the place (their target may be unnamed)
        d.actors = [Slot(hit.start, hit.end, "crowd", d.location.country, "UAF", None, "gunmen")] + d.actors
    summit = spec.type == "CONSULT" and d.date_explicit and not d.referential and d.formats  # "القمة الخليجية" dated: the organisation's members meet
    if spec.type in DYADIC and len(d.countries() | ({d.mediator} if d.mediator else set())) < 2 and len(d.actors) < 2 and not (armed or summit):
        if not (spec.type == "CONSULT" and spec.noun and d.date_explicit and d.status == "reported" and not d.referential):
            return None
        d.partial = True  # "اختتم مؤتمر برلين ..., مساء أمس الأحد، أعماله": dated here, its parties in a later retelling
        return d        # ("وشارك في المؤتمر ... ممثلو 12 دولة"), else dropped (see stage.merge_drafts)
    crowd = next((s for s in sent_slots if s.kind == "nisba" and s.start >= hit.end and len(tokens_between(body, hit.end, s.start)) <= 2), None)
    if spec.type in CROWD_TYPES and crowd is not None and crowd.country and not any(a.kind == "crowd" for a in d.actors):
        # "وتظاهر آلاف العراقيين ...، مطالبين برحيل حكومة ...": the crowd, whoever it speaks against
        d.actors = [Slot(crowd.start, crowd.end, "crowd", crowd.country, "CVL", None, CROWD_TYPES[spec.type])] + d.actors
    if not d.actors and spec.type in CROWD_TYPES and d.location is not None and d.location.country:
        # "خرج آلاف المتظاهرين في محافظة البصرة": the people of the place where they protest
        d.actors = [Slot(hit.start, hit.end, "crowd", d.location.country, "CVL", None, CROWD_TYPES[spec.type])]
    elif (spec.type in CROWD_TYPES and not any(a.kind == "crowd" for a in d.actors) and len(d.countries()) == 1
            and knowledge_base().is_state(next(iter(d.countries())))  # (not the UN the crowd addresses)
            and (_followed_by(body, hit, cue_hits, "agent") or _count_follows(body, hit) or _read_as_verb(spec, hit))):
        # ("خرج آلاف الطلاب ... في مسيرات ...، رفضاً لقرار الرئيس عبد العزيز بوتفليقة": the marches the sentence reports, a crowd's)
        # "وتظاهر الآلاف أمام البرلمان التونسي": a crowd of its own, of the one state the sentence names
        (country,) = d.countries()
        d.actors = [Slot(hit.start, hit.end, "crowd", country, "CVL", None, CROWD_TYPES[spec.type])] + d.actors
    if spec.type in CROWD_TYPES and d.actors:
        target = _protested_at(body, hit, clause, clause_slots)
        if target is not None and target.country not in d.countries():
            d.actors.append(target)  # "تظاهر العشرات أمام مركز منح التأشيرات التركية", "أمام السفارة الأمريكية"
    if not d.actors and (spec.type in CROWD_TYPES or spec.type in DOMESTIC_FORCE_TYPES) and (d.location is None or not d.location.country):
        d.actors = _at_home(doc, hit, spec, clause_slots)  # "وكانت العاصمة قد شهدت أمس مسيرة حاشدة" on an Algerian page about Algeria
    if not d.actors and spec.type in VICTIM_TYPES and d.location is not None and d.location.country and d.date:
        # "قُتل أكثر من 40 شخصاً، الأحد، في غارة جوية استهدفت سوقاً ... جنوب الخرطوم": no one named
        # did it; its victims are people of the place
        d.actors = [Slot(hit.start, hit.end, "crowd", d.location.country, "CVL", None, VICTIM_TYPES[spec.type])]
    if not d.actors:
        return None
    return d


def _protested_at(body: str, hit: PhraseHit, clause: Clause, slots: list[Slot]) -> Slot | None:
    """The state whose building a crowd gathers in front of ("أمام السفارة الأمريكية", "أمام مركز
    منح التأشيرات التركية"): the nisba a few words after "أمام", the protest's target."""
    for s in slots:
        if s.start < hit.end or s.kind != "nisba" or s.start not in clause or not s.country:
            continue
        before = tokens_between(body, max(hit.end, s.start - 60), s.start)
        k = next((k for k in range(len(before) - 1, -1, -1) if before[k].norm == _AMAM), None)
        if k is not None and len(before) - k <= PROTESTED_AT_WITHIN and not CLAUSE_BREAK_RE.search(body, before[k].end, s.start):
            return _state_of(s)
    return None


_AMAM = fold_key("أمام")
PROTESTED_AT_WITHIN = 5  # words from "أمام" to the nisba of the building


def _at_home(doc, hit: PhraseHit, spec: Trigger, clause_slots: list[Slot]) -> list[Slot]:
    """A crowd, or the unnamed forces of the clause, of the page's home country (see
    actors.home.page_country) when the clause names no country at all."""
    force = next((s for s in clause_slots if s.kind == "descriptor" and (s.sector in _FORCE_SECTORS or s.name in _HOME_AUTHORITIES)), None)
    named = {s.country for s in clause_slots if s.country}
    if force is not None and spec.type not in CROWD_TYPES:
        # "أوقفت قوات الأمن يوم الجمعة النائب ياسين العياري" on a page about Tunisia; "قتلت قوات الأمن
        # الخميس أكثر من 40 محتجا ... في الناصرية" on one about Iraq: the forces of the page's country,
        # when the clause names no other ("المسلح المغربي الأصل" in France: not Morocco's police)
        home = page_country(doc) or subject_country(doc)
        return [force._replace(country=home)] if home is not None and named <= {home} else []
    if named:
        return []
    home = page_country(doc)
    if home is None:
        return []
    if spec.type in CROWD_TYPES:
        return [Slot(hit.start, hit.end, "crowd", home, "CVL", None, CROWD_TYPES[spec.type])]
    return [force._replace(country=home)] if force is not None else []


def _armed_beside(body: str, hit: PhraseHit) -> bool:
    """Unnamed armed men (cue kind "armed") are the verb's subject: right after it, or up to three
    words before it in its clause ("هاجم مسلحون", "وكان مسلحون ملثمون قد اقتحموا")."""
    words = cue_words("armed")
    toks, j = _trigger_word(body, hit)
    near = [t for t in toks[j + 1 : j + 3] if not CLAUSE_BREAK_RE.search(body, hit.end, t.start)]
    near += [t for t in toks[max(0, j - 3) : j] if not CLAUSE_BREAK_RE.search(body, t.end, hit.start)]
    return any(not words.isdisjoint(clitic_forms(t.norm)) for t in near)


def _count_follows(body: str, hit: PhraseHit) -> bool:
    """A number right after the verb: "وقتل 10 أشخاص" (its passive's subject), "التقى 3 وزراء";
    or after a phrase with a preposition: "وقتل في الهجوم المزعوم 60 شخصا"."""
    nxt = tokens_between(body, hit.end, min(len(body), hit.end + 40))[:COUNT_AFTER_PHRASE + 1]
    if nxt and nxt[0].norm[:1].isdigit() and nxt[0].start - hit.end <= 2:
        return True
    k = next((k for k, t in enumerate(nxt) if t.norm[:1].isdigit()), None)
    return k is not None and k > 0 and nxt[0].norm in PREPOSITIONS and not CLAUSE_BREAK_RE.search(body, hit.end, nxt[k].start)


COUNT_AFTER_PHRASE = 3  # words of a prepositional phrase between a verb and the count of its passive subject


def _followed_by(body: str, hit: PhraseHit, cue_hits, kind: str) -> bool:
    return any(kind in c.payloads and 0 <= c.start - hit.end <= 2 for c in cue_hits)


def _status(body: str, hit: PhraseHit, cue_hits) -> str:
    word = body[hit.start : hit.end]
    if any("denied" in c.payloads and c.end <= hit.start and (hit.start - c.end <= 40 or (
            hit.first - c.last <= GOVERNED_WITHIN and not CLAUSE_BREAK_RE.search(body, c.end, hit.start))) for c in cue_hits):
        return "denied"  # "نفى [المتحدث ... اليوم] عقد أي لقاء": what a denial governs
    if word.startswith(("\u0633\u064a", "\u0633\u062a", "\u0633\u0646")) and not hit.payloads[0].noun:
        return "planned"  # سيعقد، ستعقد، سنعقد
    if any("planned" in c.payloads and abs(c.start - hit.end) <= 60 for c in cue_hits):
        return "planned"
    if hit.payloads[0].noun and any("proposed" in c.payloads and c.first == hit.last for c in cue_hits):
        return "planned"  # "القمة المقترحة"
    if any("expects" in c.payloads and c.end <= hit.start and hit.first - c.last <= GOVERNED_WITHIN
           and not CLAUSE_BREAK_RE.search(body, c.end, hit.start) for c in cue_hits):
        return "planned"  # "يتوقع أن تعدل ميركل ... نهجهم خلال اجتماع قمة الحلف": what an expectation governs
    return "reported"


def _mediator_named(body: str, cue: PhraseHit, slots: list[Slot]) -> Slot | None:
    """The person "الوسيط" is the title of ("الوسيط الأمريكي [في مفاوضات ... بين لبنان وإسرائيل]،
    آموس هوكشتاين"): a participant, not a broker of the act; what his title names between is his
    brief, not parties."""
    if _present(body, cue):
        return None  # "بحضور الوسيط الأميركي آموس هوكشتاين": he brokers what he attends
    for s in slots:
        if s.start < cue.end:
            continue
        if (s.start - cue.end > MEDIATOR_TITLE_CHARS or _SENTENCE_BREAK_RE.search(body, cue.end, s.start)
                or any(t.norm in _PRESENCE for t in tokens_between(body, cue.end, s.start))):
            return None  # ("الوسيط الأميركي، في حضور ... الياس بو صعب": another's name)
        if s.kind == "person":
            return s
    return None


_PRESENCE = frozenset(fold_key(w) for w in ("حضور", "بحضور", "وبحضور", "مشاركة", "بمشاركة", "وبمشاركة"))


def _present(body: str, cue: PhraseHit) -> bool:
    """"بحضور الوسيط": the word before the cue says he attends."""
    return _word_before(body, cue) in _PRESENCE


def _partner_named(body: str, hit: PhraseHit, parties: list[Slot]) -> bool:
    """The clause names its act's partner after "مع", a person ("عقب اجتماعه ... مع وزير الخارجية
    والمغتربين عبد الله بو حبيب"): the rest of the sentence adds only the subject told before it."""
    return any(p.kind == "person" and p.start > hit.end and any(t.norm == _MA for t in tokens_between(body, hit.end, p.start)) for p in parties)


def _efforts_of(body: str, cue: PhraseHit) -> bool:
    """"لمساعي الوسيط", "جهود الوسيط": the mediator's efforts are spoken of, he takes no part."""
    before = _word_before(body, cue)
    return bool(before) and not _EFFORTS.isdisjoint(clitic_forms(before))


_EFFORTS = frozenset(fold_key(w) for w in ("مساعي", "مساع", "جهود", "وساطة", "دور"))
_THE_MEDIATOR = fold_key("الوسيط")
MEDIATOR_TITLE_CHARS = 100  # characters from "الوسيط" to the name it titles, its brief between
_SENTENCE_BREAK_RE = re.compile("[.;:!?\u061f\n]")


def _parties(body: str, slots: list[Slot], mediator_spans: set, sources: list[tuple[int, int]], hit: PhraseHit | None = None,
             margins: list[tuple[int, int]] = ()) -> list[Slot]:
    out = []
    places_end = {p.end for p in slots if p.is_place}
    for s in slots:
        if (s.start, s.end) in mediator_spans or not (_is_party(s) or _for_its_state(body, s, hit)):
            continue
        if (s.kind == "country" and _located(body, s)) or (s.kind == "org" and _in_building(body, s)):
            continue  # "في سوريا", "في الكرملين": where, not who
        if s.kind == "country" and s.start - 1 in places_end and body[s.start - 1] == " ":
            continue  # "بمدينة جدة السعودية": the city's country, where
        if s.kind == "descriptor" and s.name in _PLACE_LIKE and (_located_at(body, s.start) or body[s.start : s.start + 2] == "\u0644\u0644"):
            continue  # "لم يُغلق من الجانب المصري", "القصف الإسرائيلي للجانب الفلسطيني منه": the sides of the crossing
        if _since(body, s):
            continue  # "منذ سقوط نظام بشار الأسد": a past the sentence dates from
        if any(0 <= s.start - e <= 30 and not CLAUSE_BREAK_RE.search(body, e, s.start) for _, e in sources):
            continue  # "وفق بيان صادر عن الكرملين", "بحسب وزارة الخارجية": who says, not who does ("بحسب رويترز، فإن الرئيس ...": he does)
        if any(0 <= s.start - e <= MARGIN_WITHIN for _, e in margins):
            continue  # "على هامش أعمال الجمعية العامة": the occasion, not a party
        if any(t.norm in _FILE_WORDS for t in tokens_between(body, max(0, s.start - FILE_WITHIN), s.start)[-2:]):
            continue  # "بحث الوزيران ملف تنظيم قسد": what they discussed, not who
        if any(t.norm in _ABSENT for t in tokens_between(body, max(0, s.start - ABSENT_WITHIN), s.start)[-2:]):
            continue  # "وسط غياب وفد الجيش السوداني": who stayed away
        if _cited(body, s):
            continue  # "حل سياسي ينسجم مع قرار مجلس الأمن 2254": whose resolution, not who asks
        out.append(s)
    return out


def _cited(body: str, s: Slot) -> bool:
    """The body that wrote a resolution cited by its number: right after "قرار" (cue kind
    "cited"), a number or "رقم" right after it."""
    if _cited_hint().search(body, max(0, s.start - 12), s.start) is None:
        return False  # (no such word just before: most parties)
    before = tokens_between(body, max(0, s.start - 12), s.start)[-1:]
    if not before or cue_words("cited").isdisjoint(clitic_forms(before[0].norm)):
        return False
    after = tokens_between(body, s.end, s.end + 12)[:1]
    return bool(after) and (after[0].norm[:1].isdigit() or after[0].norm == _RAQM) and not SENTENCE_END_RE.search(body, s.end, after[0].start)


_RAQM = fold_key("رقم")


@lru_cache(maxsize=1)
def _cited_hint() -> re.Pattern:
    """The words of cue kind "cited" without their article, looked for in the raw text first (a
    cheap test most parties fail)."""
    return re.compile("|".join(sorted({w.removeprefix(_ALEF_LAM) for w in cue_words("cited")})))


def _for_its_state(body: str, s: Slot, hit: PhraseHit | None) -> bool:
    """A capital right beside the verb, no locating word before it, stands for its government
    ("ورفضت طهران العقوبات", "اتهم الكرملين واشنطن", "وتتهم موسكو ودمشق")."""
    if hit is None or s.kind != "capital" or not s.country or _located(body, s) or body[max(0, s.start - 1) : s.start] == "\u0644":
        return False  # ("لجوبا": to Juba)
    if any(p.noun for p in hit.payloads):
        return False  # "محادثات أستانة", "قمة الرياض": the talks' place or series
    lo, hi = (s.end, hit.start) if s.end <= hit.start else (hit.end, s.start)
    gap = tokens_between(body, lo, hi)
    return len(gap) <= 1 and not any(t.norm in PREPOSITIONS for t in gap) and not CLAUSE_BREAK_RE.search(body, lo, hi)


def _visited(body: str, hit: PhraseHit, spec: Trigger, slots: list[Slot]) -> Slot | None:
    """"زار الرياض", "يزور موسكو": the place a verb of visiting takes as its object, after the
    verb's own subject if that comes first ("وزار رئيس الوزراء العراقي محمد شياع السوداني أنقرة")."""
    if spec.mode != "visit":
        return None
    end = hit.end
    first = next((s for s in slots if s.start >= hit.end), None)  # a person or a title right after the verb
    if first is not None and _is_party(first) and first.kind != "country" and _next_to(body, hit.end, first.start):
        end = first.end
    direct = next((s for s in slots if (s.is_place or s.kind == "country") and s.start >= end
                   and not tokens_between(body, end, s.start)), None)
    return direct if direct is not None or not spec.noun else _visited_place(body, hit, slots)


def _visited_place(body: str, hit: PhraseHit, slots: list[Slot]) -> Slot | None:
    """"زيارة وزير الخارجية السوري فيصل المقداد إلى جدة": the place after "إلى", the visitor between."""
    for s in slots:
        if s.start < hit.end:
            continue
        between = tokens_between(body, hit.end, s.start)
        if len(between) > VISIT_PLACE_WITHIN or CLAUSE_BREAK_RE.search(body, hit.end, s.start):
            return None
        if (s.is_place or s.kind == "country") and between and between[-1].norm == _ILA.strip():
            return s
    return None


VISIT_PLACE_WITHIN = 10  # words from a visit's noun to the "إلى" of its place, its visitor between


def _going_nowhere(body: str, hit: PhraseHit, clause: Clause, slots: list[Slot]) -> bool:
    """A verb of arriving or heading with no place after its "إلى" in the clause, or no visitor
    named before it ("توجه رئيس البرلمان ... إلى مقر البرلمان ...، فأعلن الدخول في اعتصام"): no
    visit, and no clause's event."""
    if not _strongest(hit).to_place:
        return False
    clause_slots = [s for s in slots if s.start in clause]
    arrived = _arrived_at(body, hit, clause_slots)
    return arrived is None or not any(_is_party(p) and p.end <= arrived.start for p in clause_slots)  # (nor its visitor: "ثم توجه إلى جوبا والتقى ...": the meeting tells)


def _arrived_at(body: str, hit: PhraseHit, slots: list[Slot]) -> Slot | None:
    """"وصل الرئيس ... مساء اليوم إلى مدينة جدة": the place a verb of arriving reaches."""
    for s in slots:
        if s.start >= hit.end and (s.is_place or s.kind == "country"):
            before = [t.norm for t in tokens_between(body, hit.end, s.start)][-3:]
            if _ILA.strip() in before:
                return s
    return None


def _hosted_at(body: str, cues, slots: list[Slot]) -> Slot | None:
    """A city or a state right after a verb of hosting hosts it: "استضافت عمّان اجتماعاً رباعياً",
    "استضافت العاصمة الأردنية عمّان", "تستضيف البحرين القمة العربية"."""
    for c in cues:
        if "host" in c.payloads:
            place = next((s for s in slots if s.start >= c.end), None)
            if place is not None and (place.is_place or place.kind == "country") and len(tokens_between(body, c.end, place.start)) <= HOST_PLACE_WITHIN \
                    and not BREAK_OR_END_RE.search(body, c.end, place.start):
                return place
    return None


def _location(body: str, hit: PhraseHit, slots: list[Slot], speech: list[int] = ()) -> Slot | None:
    """The place the clause puts the event in: a city or site first, then a country; not one in
    what a verb of saying after the trigger reports ("كشفت ... عن عقد اجتماع ...، مشيرة إلى وجود
    مساع لعقد لقاء ثان ... في بغداد": the second meeting's)."""
    if speech:
        slots = [s for s in slots if not any(hit.end <= c < s.start for c in speech)]
    places = [s for s in slots if s.is_place and _located(body, s) and not _topic(body, s) and (s.country or _in_it(body, s))]
    if not places:
        places = [s for s in slots if s.kind == "country" and _located(body, s) and not _topic(body, s)]
    if not places:
        return None
    return min(places, key=lambda s: (abs(s.start - hit.start), s.start))


_PREPOSITIONS_OF_PLACE = {fold_key(w) for w in ("في", "إلى", "الى", "من")}
_LOCATING = _PREPOSITIONS_OF_PLACE | {fold_key(w) for w in ("وسط", "قرب", "أمام", "داخل", "شمال", "جنوب", "شرق", "غرب",
                                                           "شمالي", "جنوبي", "شرقي", "غربي")}  # "وسط بغداد", "غرب العراق"
# "وزراء الدفاع ورؤساء المخابرات في تركيا": the office's country, not a place.
_PLACE_LIKE = frozenset({"side"})  # descriptor heads that also name where: "من الجانب المصري" (sector_heads.tsv)
_COUNCILS = {fold_key(w) for w in ("مجلس", "المجلس")}  # "رئيس مجلس السيادة الانتقالي في السودان": whose council
_MINISTERS = {fold_key(w) for w in ("وزير", "وزيرا", "وزيري", "وزيرة", "وزراء")}  # before a portfolio: "وزراء [الطاقة] في ..."
_OFFICE_WORDS = {fold_key(w) for w in ("الدفاع", "الخارجية", "الداخلية", "المخابرات", "الاستخبارات", "الأركان", "الوزراء", "البرلمان")}


def _in_series(body: str, clause: Clause, hit: PhraseHit) -> bool:
    """"الجولة الثالثة ستعقد", "الاجتماع المقبل": the trigger, or a word just before or right
    after it, is a meeting with the article, one of a series the page has reported."""
    near = tokens_between(body, max(clause.start, hit.start - SERIES_WITHIN), hit.end)
    near += tokens_between(body, hit.end, min(clause.end, hit.end + SERIES_AFTER))[:1]  # "أن يعقد الاجتماع الرباعي المقبل"
    return any(not cue_words("series").isdisjoint(clitic_forms(t.norm)) for t in near)


def _in_building(body: str, slot: Slot) -> bool:
    """An organisation named by its seat after "في" ("في الكرملين", "في البيت الأبيض"): where."""
    toks = tokens_between(body, max(0, slot.start - 10), slot.start)
    return bool(toks) and toks[-1].norm == _FI


def _since(body: str, slot: Slot) -> bool:
    """The slot lies in a "منذ ..." phrase (to the next comma): a time, not a party."""
    if _SINCE_STEM not in body[max(0, slot.start - SINCE_WITHIN) : slot.start]:
        return False
    toks = tokens_between(body, max(0, slot.start - SINCE_WITHIN), slot.start)
    for n in range(len(toks) - 1, -1, -1):
        if toks[n].norm in _SINCE:
            return not BREAK_OR_END_RE.search(body, toks[n].end, slot.start)  # not "منذ عقد.\n\nواستقبل السيسي"
    return False


def _located(body: str, slot: Slot) -> bool:
    """A place introduced by "في", "بـ", "إلى", "من" or "العاصمة ...": a location, not an actor;
    but not a country after a minister's portfolio ("لوزراء الطاقة في سوريا والأردن", "وزير
    الطاقة والموارد الطبيعية في الجمهورية التركية"): whose minister."""
    return _located_at(body, slot.start) and not (slot.kind == "country" and _country_of_people(body, slot.start, slot.end))


@lru_cache(maxsize=4096)
def _country_of_people(body: str, start: int, end: int) -> bool:  # (asked of each country slot once per event)
    return _portfolio_before(body, start) or _listed_from(body, start, end)


def _listed_from(body: str, start: int, end: int) -> bool:
    """A country after "من" that heads a list ("الوسطاء من دولة قطر وجمهورية مصر العربية
    والولايات المتحدة"): whose people, not a place left."""
    if body[end : end + 2].lstrip()[:1] != "\u0648":
        return False
    toks = tokens_between(body, max(0, start - 30), start)
    return bool(toks) and toks[-1].norm == _MIN


def _portfolio_before(body: str, start: int) -> bool:
    toks = tokens_between(body, max(0, start - 60), start)
    attached = bool(toks) and toks[-1].start == start - 1 and body[start - 1] == "\u0628"  # "... الانتقالي بجمهورية السودان": "ب" as "في"
    if not attached and (not toks or toks[-1].norm != _FI):
        return False
    before = toks[-1 - PORTFOLIO_WORDS : -1]
    k = next((k for k in range(len(before) - 1, -1, -1)
              if not _MINISTERS.isdisjoint(clitic_forms(before[k].norm)) or before[k].norm in _COUNCILS), None)
    return k is not None and not BREAK_OR_END_RE.search(body, before[k].end, toks[-1].start)


@lru_cache(maxsize=4096)
def _located_at(body: str, start: int) -> bool:  # (asked of each slot once per event that may hold it)
    if body[max(0, start - 1) : start] in ("\u0628", "\u0641"):
        return True
    toks = tokens_between(body, max(0, start - 40), start)
    if not toks:
        return False
    prev = toks[-1].norm
    if prev[:1] in CONJUNCTIONS and prev[1:] in _PREPOSITIONS_OF_PLACE:  # "وفي بنغازي، التقى" (not "وجنوب السودان": a name)
        prev = prev[1:]
    if prev in _LOCATING:
        return not (prev == _FI and len(toks) >= 2 and toks[-2].norm in _OFFICE_WORDS)
    if _is_site(prev):  # "في منتجع سوتشي", "بمدينة جدة", "قاعدة حميميم"
        return True
    # "في العاصمة الروسية موسكو", "بالعاصمة الكازاخية، نور سلطان": a nisba between.
    return len(toks) >= 2 and (toks[-2].norm in _LOCATING or _is_site(toks[-2].norm)) and prev.startswith(_ALEF_LAM) and prev.endswith(_NISBA_ENDINGS)


_NISBA_ENDINGS = ("\u064a", "\u064a\u0647")  # ي، يه (folded ية)


def _is_site(word: str) -> bool:
    """A kind of place ("مدينة", "بمدينة", "منتجع"; see cue kind "site"), alone or after "ب":
    not after "و" ("الأزمة السورية وإقليم قره باغ": a topic listed, not where)."""
    sites = cue_words("site")
    return word in sites or (word[:1] == "\u0628" and word[1:] in sites)


def _in_it(body: str, slot: Slot) -> bool:
    """A place of no state (a region, a sea) locates an event only inside it ("في خليج عدن",
    "بالبحر الأحمر"): "المبعوث الأمريكي إلى الشرق الأوسط" names an office, not where."""
    if body[max(0, slot.start - 1) : slot.start] == "\u0628":
        return True
    toks = tokens_between(body, max(0, slot.start - 20), slot.start)
    return bool(toks) and toks[-1].norm == _FI


def _topic(body: str, slot: Slot) -> bool:
    """"الحرب في اليمن", "الأزمة في سوريا": a place named as what is talked about, not where."""
    toks = tokens_between(body, max(0, slot.start - 40), slot.start)
    if len(toks) < 2 or toks[-1].norm != _FI:
        return False
    return not cue_words("topic").isdisjoint(clitic_forms(toks[-2].norm))


def _reported_speech(body: str, hit: PhraseHit, participants: list[Slot], cue_hits) -> list[Slot]:
    """"قال X إن Y وZ اتفقا": keep the parties after the complementizer, when there are two
    and the reported clause names its subject before the trigger."""
    speech = [c for c in cue_hits if "speech" in c.payloads and c.end <= hit.start]
    if not speech:
        return participants
    last = speech[-1]
    comp = [t for t in tokens_between(body, last.end, hit.start) if _COMPLEMENTIZER_RE.match(t.norm)]
    if not comp:
        return _announced(body, hit, participants, last, cue_hits)
    cut = comp[0].end
    after = [p for p in participants if p.start >= cut]
    if not any(p.start < hit.start for p in after):
        return participants  # "أن المباحثات استعرضت ... لبنان وسوريا": no subject of its own
    return after if len({p.country for p in after}) >= 2 else participants


def _speaker_s(body: str, hit: PhraseHit) -> bool:
    """A verbal noun with a pronoun ("أعلنت حماس موافقتها على المقترح المصري القطري"): the
    speaker's own act, whoever else the sentence names after it."""
    written = body[hit.start : hit.end]
    return _strongest(hit).noun and len(written) > 4 and written.endswith(_POSSESSIVE_ENDINGS)


_POSSESSIVE_ENDINGS = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u062a\u0647")  # ها، هم، هما، ته ("موافقته")


def _announced(body: str, hit: PhraseHit, participants: list[Slot], speech, cue_hits) -> list[Slot]:
    """"أعلن الرئيس التركي رجب طيب أردوغان، مساء الأربعاء، توصل الصومال وإثيوبيا إلى اتفاق": the
    verbal noun the speaker announces has its own subject, two states after it, not the speaker's
    (but for "قال بوتين عقب محادثات مع ...": the talks after which he spoke were his)."""
    if any(c.start >= speech.end and c.end <= hit.start and not _NOT_ANNOUNCED.isdisjoint(c.payloads) for c in cue_hits) \
            or len(tokens_between(body, speech.end, hit.start)) > ANNOUNCED_WITHIN or _speaker_s(body, hit):
        return participants
    speakers = {p.country for p in participants if speech.end <= p.start < hit.start}
    after = [p for p in participants if p.start >= hit.start]
    countries = {p.country for p in after if p.country}
    if speakers and len(countries) >= 2 and not countries & speakers:
        return after
    return participants


_NOT_ANNOUNCED = _OCCASION_KINDS | {"after"}  # cues between the verb of saying and the noun: the occasion, an earlier event
ANNOUNCED_WITHIN = 14  # words from a verb of saying to the verbal noun it announces (the speaker's name and titles, the day)


def _last_parties(history: list[Slot], n: int) -> list[Slot]:
    out: list[Slot] = []
    seen: set[str] = set()
    for s in reversed(history):
        if s.country and s.country not in seen and _is_party(s):
            seen.add(s.country)
            out.append(s)
        if len(out) == n:
            break
    return out


_AND = ("\u0648", "\u0648\u0627\u0644")  # و, وال (the article of the second: "والولايات المتحدة")


def _two_named_before(sent_slots: list[Slot], at: int) -> list[Slot]:
    """"تقارب مصري صومالي، إذ وقع البلدان ...": the two states whose adjectives the sentence has
    put before the dual word, when there are exactly two (not states named as hosts or
    mediators: "ما قامت به جمهورية العراق وسلطنة عمان من استضافة جولات الحوار ... بين الجانبين")."""
    named: dict[str, Slot] = {}
    for s in sent_slots:
        if s.end <= at and s.country and s.kind == "nisba":
            named[s.country] = s
    return list(named.values()) if len(named) == 2 else []


def _pair_joined_before(body: str, sent_slots: list[Slot], at: int) -> list[Slot]:
    """"لقاء الرئيس عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد في سوتشي ...، حيث اتفق
    الجانبان": the last two parties of two states the sentence joined by "و" before the dual word."""
    parties = [s for s in sent_slots if s.end <= at and s.kind in _PEOPLE and s.country]  # (states so joined are often a tour's stops)
    for first, second in zip(reversed(parties[:-1]), reversed(parties)):
        between = body[first.end : second.start].strip()  # "و", or "و" and the second's title: "ورئيس الوزراء الإثيوبي"
        if (first.country != second.country and between.startswith("\u0648") and len(between.split()) <= JOINED_TITLE_WORDS
                and not CLAUSE_BREAK_RE.search(between)):
            return [first, second]
    return []


JOINED_TITLE_WORDS = 4
_PEOPLE = frozenset(("person", "title"))


_TALK_TYPES = frozenset(("CONSULT", "AGREE"))


def _pair_between_before(body: str, sent: Sentence, sent_slots: list[Slot], at: int) -> list[Slot]:
    """"تدخل اتفاقية وقف إطلاق النار ... بين الجيش السوداني وقوات الدعم السريع ...، بعد أن وقّع
    ممثلو الطرفين الاتفاق": the two the sentence named after "بين" before the dual word, though
    of one state."""
    bayna = [t for t in tokens_between(body, sent.start, at) if t.norm == _BAYNA]
    if not bayna:
        return []
    named = _named_after(body, bayna[-1].end, [s for s in sent_slots if s.end <= at and _is_party(s)])
    return named[:2] if len({(p.entity, p.country) for p in named[:2]}) == 2 else []


def _lead_parties(drafts: list[Draft]) -> list[Slot]:
    """"الجانبين", "الطرفين", "الرئيسان": the two sides of the story, the parties of its first event."""
    for dr in drafts:
        parties = _dedupe([a for a in dr.actors if a.country != dr.mediator])
        by_country: dict[str, Slot] = {}
        for a in parties:  # the best-informed slot of each country (persons first)
            if a.country:
                by_country.setdefault(a.country, a)
        if len(by_country) == 2:
            return list(by_country.values())
        if len(by_country) == 1 and len(parties) == 2 and parties[0].entity != parties[1].entity and dr.type in _TALK_TYPES and not dr.definite:
            return parties  # two sides of one state that talk or agree: "الجيش السوداني وقوات الدعم السريع"
    return []


# Duals of an office: "الرئيسان" are the last two presidents named, "الوزيران" two ministers
# (the entity roles of data/actors/offices.yaml they may hold).
_DUAL_OFFICES = {
    fold_key(w): roles
    for words, roles in (
        (("الرئيسان", "الرئيسين"), ("president", "head of state")),
        (("الوزيران", "الوزيرين"), ("minister",)),
    )
    for w in words
}


_TWO_MEN = frozenset(fold_key(w) for w in ("الرجلان", "الرجلين"))


def _two_men(dual: str, history: list[Slot]) -> list[Slot]:
    """"وكان من المقرر أن يلتقي الرجلان": the last two people named before, of any state (the
    Sudanese army's and the RSF's leaders)."""
    if dual not in _TWO_MEN:
        return []
    found: dict[str, Slot] = {}
    for s in reversed(history):
        if s.kind == "person" and s.entity and s.entity not in found:
            found[s.entity] = s
            if len(found) == 2:
                return sorted(found.values(), key=lambda s: s.start)
    return []


def _office_holders(dual: str, history: list[Slot], doc: Document) -> list[Slot]:
    """"وقال ... إن الرئيسين أكدا": the last two people of two countries named before who hold
    the office the dual names (not the emir who attended)."""
    roles = _DUAL_OFFICES.get(dual)
    if roles is None:
        return []
    role_of = {e.id: e.role or "" for e in doc.entities}
    found: dict[str, Slot] = {}
    for s in reversed(history):
        if s.kind == "person" and s.country and s.country not in found and any(r in role_of.get(s.entity, "") for r in roles):
            found[s.country] = s
            if len(found) == 2:
                return sorted(found.values(), key=lambda s: s.start)
    return []


def _main_parties(history: list[Slot], n: int) -> list[Slot]:
    """"الجانبين", "الطرفين": the two parties the text has named most (the latest first on ties)."""
    counts: dict[str, int] = {}
    last: dict[str, Slot] = {}
    for i, s in enumerate(history):
        if s.country and _is_party(s):
            counts[s.country] = counts.get(s.country, 0) + 1
            last[s.country] = s
    order = {c: i for i, c in enumerate(last)}
    ranked = sorted(counts, key=lambda c: (-counts[c], -order[c]))
    return [last[c] for c in ranked[:n]]


def _traveller(body: str, sent: Sentence, clause: Clause, hit: PhraseHit, spec: Trigger, parties: list[Slot], drafts: list[Draft],
               sent_slots: list[Slot]) -> Slot | None:
    """The subject of the sentence's first event, when a further clause's verb names no subject of
    its own but a party of another state: a tour told in one sentence ("استهل البرهان جولته بزيارة
    العلمين ...، ثم توجه إلى جوبا والتقى رئيس جنوب السودان ...، قبل أن يصل إلى الدوحة ويجري
    مباحثات مع أمير قطر"); None when the clause has its own subject or names no one."""
    if spec.noun or not (clause.cue == "after" or clause.cue_key == _FURTHER) or not parties:
        return None  # ("طالبت القمة ...، ورفضت ...": a verb joined by "و" shares all the parties of the one before)
    received = _with_object_pronoun(body, hit)  # "قبل أن يستقبله أمير قطر": the traveller is its object
    if clause.cue == "after" and not (spec.to_place or hit.key.endswith(_ILA) or _next_word(body, hit) in PREPOSITIONS or received):
        return None  # "بعد أن دعا المرجع الشيعي الأعلى علي السيستاني": its own subject after the verb
    if not received and (any(clause.start <= p.start < hit.start for p in parties) or _subject_follows(body, hit, parties)):
        return None
    main = next((dr for dr in drafts if dr.sentence is sent and dr.actors), None)
    if main is None:
        return None
    # the subject before the first event's verb ("وكان البرهان قد استهل"), else its first party
    first = next((s for s in sent_slots if s.end <= main.trigger.start and _is_party(s) and not _after_preposition(body, s)), main.actors[0])
    if not _is_party(first) or not any(p.country and p.country != first.country for p in parties):
        return None
    return first


def _with_object_pronoun(body: str, hit: PhraseHit) -> bool:
    """The trigger is a verb with its object's pronoun ("يستقبله", "استقبلها"): the verb without
    the pronoun is a trigger too (not "توجه", which is no "توج" with "ه")."""
    written = hit.key
    entries = triggers().entries
    return any(written.endswith(suffix) and written[: -len(suffix)] in entries for suffix in _OBJECT_PRONOUNS)


_OBJECT_PRONOUNS = ("\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647")  # هما، هم، ها، ه (folded)


def _next_word(body: str, hit: PhraseHit) -> str:
    after = tokens_between(body, hit.end, min(len(body), hit.end + 24))
    return after[0].norm if after else ""


def _told_of_a_named_one(body: str, cue: PhraseHit) -> bool:
    """The cue opens a relative clause set off by a comma ("سلطنة عمان، التي تتوسط ..."): it tells
    of the one named before, not of the event ("المفاوضات التي تتوسط فيها قطر": of the talks)."""
    before = tokens_between(body, max(0, cue.start - 24), cue.start)
    return bool(before) and before[-1].norm in RELATIVES and body[: before[-1].start].rstrip().endswith((",", "\u060c"))


def _word_before(body: str, hit: PhraseHit) -> str:
    before = tokens_between(body, max(0, hit.start - 24), hit.start)
    return before[-1].norm if before else ""


def _continues(body: str, sent: Sentence, hit: PhraseHit) -> bool:
    """The sentence goes on from the one before, whose subject it may leave unsaid: it opens with
    "و" or "ف" ("واتهم ...", "وأضاف ...") or a connective ("كما", "ثم"), or a pronoun stands for
    the subject ("يجدر القول إنه التقى", "قال ... إنه اقترح"). One that opens with a bare verb
    ("هدد وزير الدفاع ... بشن عملية") starts afresh and names its own subject."""
    first = tokens_between(body, sent.start, min(sent.end, sent.start + 40))[:1]
    word = first[0].norm if first else ""
    return ((word[:1] in CONJUNCTIONS and len(word) > 2) or word in _CONNECTIVES
            or any(t.norm in _HE_THAT for t in tokens_between(body, sent.start, hit.start)))


_CONNECTIVES = {fold_key(w) for w in ("كما", "ثم", "كذلك", "بينما", "فيما", "لكن", "لكنه", "غير", "إلا", "أما", "من")}  # (and any word with "و")
_HE_THAT = {fold_key(w) for w in ("إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "وأنه", "وأنها")}  # the subject as a pronoun


def _has_own_subject(body: str, sent: Sentence, hit: PhraseHit, slots: list[Slot]) -> bool:
    """Whether the words before the verb may hold a subject of its own: more than a few of
    them, none a verb of saying ("قال في 15 ديسمبر إنه اقترح" continues the last sentence's),
    unless one named right after it says it ("إذ قال الدفاع المدني في غزة إن عشرات الفلسطينيين
    استشهدوا": the speaker tells of others, not the story's subject)."""
    toks = tokens_between(body, sent.start, hit.start)
    said = [t for t in toks if t.norm.startswith(_SAID)]
    if said:
        return any(0 < s.start - said[-1].end <= 2 for s in slots)
    return len(toks) > SUBJECT_WINDOW


def _subject_follows(body: str, hit: PhraseHit, parties: list[Slot]) -> bool:
    """Verb, subject, object: "التقى [القائد العام ... خليفة حفتر] [السفير الأمريكي ...]",
    "استقبل [وزير الخارجية فؤاد حسين] في مكتبه ببغداد [السفير التركي ...]". A party right after
    the verb and, later in the clause, a party of another country that no preposition
    introduces are the verb's own subject and object; a verb without a subject is followed by
    its object, and what a preposition brings in is another matter ("واتهم ميليشيا الحوثي
    بإفشال ... المدعومة من إيران")."""
    after = sorted((p for p in parties if p.start >= hit.end), key=lambda p: p.start)
    if not after or after[0].kind == "counterpart" or not _next_to(body, hit.end, after[0].start):
        return False
    if after[0].kind == "descriptor" and not tokens_between(body, hit.end, after[0].start):
        return True  # "واعتقلت السلطات التركية": authorities, forces, a government act; they are not acted on
    for p in after[1:]:
        if CLAUSE_BREAK_RE.search(body, after[0].end, p.start):
            return False
        if p.country and p.country != after[0].country:
            before = tokens_between(body, after[0].end, p.start)
            return not (before and before[-1].norm in PREPOSITIONS and before[-1].norm != _MA)
    return False


def _done_by_nisba(body: str, hit: PhraseHit, clause: Clause, slots: list[Slot], parties: list[Slot], against=_AGAINST) -> list[Slot]:
    """A nisba right after an act or a stance ("أي هجوم إسرائيلي", "المطالب الفلسطينية") names
    whose it is, and after "على"/"ضد" and a noun ("على شركات إيرانية") whom it targets (after
    "عن" whom a release frees: "أفرجت إيران عن صحفية فرنسية"): the
    other party of a verb that names only one ("وحذر عراقجي من أن بلاده سترد
    على أي هجوم إسرائيلي", "ورفضت الحكومة الإسرائيلية المطالب الفلسطينية")."""
    have = {p.country for p in parties}
    out: list[Slot] = []
    for s in slots:
        if s.kind != "nisba" or s.start not in clause or s.country in have:
            continue
        before = tokens_between(body, max(0, s.start - 30), s.start)
        if against is _AGAINST and any(not cue_words("casualty").isdisjoint(clitic_forms(t.norm)) for t in before[-CASUALTY_WITHIN:]):
            out.append(_state_of(s, "CVL"))  # its victims: "قُتل تاجر مخدرات سوري ... في غارة جوية يرجح أنها أردنية"
            have.add(s.country)
            if len(have) >= 2:
                break
            continue
        if s.start < hit.end:
            continue
        act = _after_act(before)
        target = (len(before) >= 2 and before[-2].norm in against) or (  # "عقوبات على شركات إيرانية"
            len(before) >= 3 and before[-3].norm in against and _is_number(before[-2].norm))  # "على ثلاثة مسؤولين إيرانيين"
        counted = bool(before) and before[-1].norm[:1].isdigit()  # "مقتل 35 فلسطينياً": the people it befell
        if act or target or counted:
            out.append(_state_of(s, "CVL" if counted else "GOV"))
            have.add(s.country)
            if not counted or len(have) >= 2:
                break
    return out


def _nisbas_of_the_noun(body: str, hit: PhraseHit, slots: list[Slot]) -> list[Slot]:
    """The states of the nisbas that follow an event's noun one after another ("الاتفاق السعودي -
    الإيراني", "القمة المصرية الأردنية", "المحادثات الأمريكية الإيرانية"): its sides."""
    return _nisbas_from(body, hit.end, slots)


def _act_owners(body: str, hit: PhraseHit, clause: Clause, slots: list[Slot]) -> list[Slot]:
    """"أعلنت حماس موافقتها على المقترح المصري القطري": the states whose nisbas follow the act an
    agreement takes, one after another: whom it agrees with."""
    for s in slots:
        if s.kind != "nisba" or s.start < hit.end or s.start not in clause:
            continue
        if s.start - hit.end > OWNER_WITHIN:
            break
        if _after_act(tokens_between(body, max(0, s.start - 30), s.start)):
            return _nisbas_from(body, s.start, slots)
    return []


def _nisbas_from(body: str, end: int, slots: list[Slot]) -> list[Slot]:
    """The states of the nisbas from ``end`` on, one right after another."""
    out: list[Slot] = []
    for s in slots:
        if s.start < end:
            continue
        if s.kind != "nisba" or body[end : s.start].strip(_NISBA_JOINERS) or s.country in {o.country for o in out}:
            break
        out.append(_state_of(s))
        end = s.end
    return out


_NISBA_JOINERS = " -\u2013\u2014/\u0648"  # space, dashes, "/", "و"


CASUALTY_WITHIN = 3  # words from a word of killing or wounding to the nisba of its victims


def _owner_over_content(body: str, hit: PhraseHit, clause: Clause, slots: list[Slot], parties: list[Slot]) -> list[Slot]:
    """"رفضت إيران الاتهامات الأمريكية بدعم الحوثيين", "أدانت مصر العمليات العسكرية الإسرائيلية في
    رفح، وما أسفرت عنه من سيطرة ... على الجانب الفلسطيني": the act the verb takes is the state's
    whose nisba follows it; who is named in what it says, where it happened or what it led to is
    no party."""
    if len({p.country for p in parties}) < 2:
        return parties
    for s in slots:
        if s.kind != "nisba" or s.start < hit.end or s.start not in clause:
            continue
        subject_end = max([hit.end] + [p.end for p in parties if p.end <= s.start])  # (the verb's subject may stand between)
        if s.start - subject_end <= OWNER_WITHIN and _after_act(tokens_between(body, max(0, s.start - 30), s.start)):
            kept = [p for p in parties if p.start < s.start]
            if s.country not in {p.country for p in kept}:
                kept.append(_state_of(s))
            return kept
    return parties


def _after_act(before) -> bool:
    """The last of these tokens is an act or a stance with a nisba to come (cue kind "act"), or
    the one before it, an adjective between ("العمليات العسكرية الإسرائيلية")."""
    acts = cue_words("act")
    if before and not acts.isdisjoint(clitic_forms(before[-1].norm)):
        return True
    return len(before) >= 2 and definite_adjective(before[-1].norm) and not acts.isdisjoint(clitic_forms(before[-2].norm))


def _state_of(s: Slot, sector: str = "GOV") -> Slot:
    """The state of a slot (a nisba, a visited capital, a place) as a party of its own."""
    return Slot(s.start, s.end, "country", s.country, sector, s.country, None)


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or word in number_words()


def _without_content(body: str, hit: PhraseHit, parties: list[Slot], spec: Trigger) -> list[Slot]:
    """Two countries before a verb ("بلاده والعراق اتفقتا على مكافحة حزب العمال") are its
    parties; what follows "على", "بشأن", "حول" after it is what they agreed, asked or discussed."""
    if spec.noun or spec.type not in _CONTENT_TYPES or len({p.country for p in parties if p.end <= hit.start}) < 2:
        return parties
    about = next((t for t in tokens_between(body, hit.end, len(body)) if t.norm in _ABOUT), None)
    if about is None or CLAUSE_BREAK_RE.search(body, hit.end, about.start):
        return parties
    return [p for p in parties if p.start < about.start]


def _between(body: str, hit: PhraseHit, parties: list[Slot]) -> list[Slot]:
    """"عقد أي لقاء بين [الرئيس الروسي ...] و[الرئيس الأوكراني ...]": the two after "بين" are
    the parties, not who reports or denies it."""
    toks = tokens_between(body, hit.end, hit.end + 30)[:2]
    at = next((t for t in toks if t.norm == _BAYNA), None)
    if at is None:
        return parties
    named = _named_after(body, at.end, parties)
    return named if len({p.country for p in named}) >= 2 else parties


def _without_afterthought(body: str, hit: PhraseHit, parties: list[Slot], spec: Trigger) -> list[Slot]:
    """Once a verb has two countries' parties before a comma, the countries named after it are
    said about them ("التقى حميدتي ... آبي أحمد، ضمن جولة إقليمية شملت أوغندا وكينيا"), and so
    are the people of other countries, unless they attend ("بحضور", "بمشاركة"): "وقع لبنان
    وإسرائيل ... اتفاق ...، في خطوة وصفها الرئيس الأميركي جو بايدن بأنها تاريخية"."""
    if spec.noun:
        return parties
    m = CLAUSE_BREAK_RE.search(body, hit.end)
    if m is None:
        return parties
    countries = {p.country for p in parties if p.start < m.start()}
    if len(countries) < 2:
        return parties
    attending = body[m.end() : m.end() + 12]
    return [p for p in parties if p.start < m.start() or (p.kind != "country" and (p.country in countries or any(w in attending for w in _ATTENDING)))]


def _named_after(body: str, end: int, parties: list[Slot]) -> list[Slot]:
    """The parties named right after ``end``, one next to the other ("الرئيسين [المصري ...]
    [والفرنسي ...]"); not those further on ("ووقع الرجلان الاتفاق ... أمام حشد ضم رئيسي أوغندا")."""
    out = []
    for p in sorted((p for p in parties if p.start > end), key=lambda p: p.start):
        if not _next_to(body, end, p.start):
            break
        out.append(p)
        end = max(end, p.end)
    return out


def _without_topics(parties: list[Slot]) -> list[Slot]:
    """A meeting's parties but a people, its refugees or a state to be ("الشعب السوري", "اللاجئين
    السوريين", "الدولة الفلسطينية"): what the talks were about, when two others meet."""
    kept = [p for p in parties if not (p.kind == "descriptor" and p.name in _TOPIC_LABELS)]
    return kept if len({p.country for p in kept if p.country}) >= 2 else parties


_TOPIC_LABELS = frozenset({"people", "citizens", "refugees", "state"})  # sector_heads.tsv labels


def _nisbas_after(body: str, end: int, slots: list[Slot]) -> list[Slot]:
    """The states of the nisbas right after ``end``, one joined to the next by "و" alone
    ("الجانبان [المصري] [والسوداني]"); not one a word away ("الدور الإيراني")."""
    out = []
    for s in sorted((s for s in slots if s.kind == "nisba" and s.country and s.start >= end), key=lambda s: s.start):
        if any(t.end <= s.start for t in tokens_between(body, end, s.start)) or CLAUSE_BREAK_RE.search(body, end, s.start):
            break
        out.append(_state_of(s))
        end = s.end
    return out


def _force_next(body: str, hit: PhraseHit, slots: list[Slot]) -> bool:
    """Unnamed forces stand right after the verb: its own subject ("أوقفت قوات الأمن")."""
    return any(s.kind == "descriptor" and s.sector in _FORCE_SECTORS and s.start >= hit.end and _next_to(body, hit.end, s.start)
               for s in slots)


def _party_next(body: str, hit: PhraseHit, parties: list[Slot]) -> bool:
    """A party stands right after the verb."""
    after = [p for p in parties if p.start >= hit.end]
    return bool(after) and _next_to(body, hit.end, min(p.start for p in after))


def _next_to(body: str, end: int, start: int) -> bool:
    """At most four words between ("القائد العام للجيش", "شيغيرو إيشيبا بالرئيس المصري"), none
    a preposition ("في"), and no clause break."""
    gap = tokens_between(body, end, start)
    return len(gap) <= 4 and not any(t.norm in PREPOSITIONS for t in gap) and not CLAUSE_BREAK_RE.search(body, end, start)


_GROUP_SIZES = {"\u062b\u0644\u0627\u062b": 3, "\u0627\u0631\u0628\u0639": 4, "\u062e\u0645\u0633": 5}  # ثلاث أربع خمس


def _group_size(key: str) -> int:
    for stem, n in _GROUP_SIZES.items():
        if stem in key:
            return n
    return 3


def _dedupe(slots: list[Slot]) -> list[Slot]:
    """One slot an entity (or a country when no entity), best-informed first; an unnamed title
    of a country and sector whose person is named is that person."""
    out: list[Slot] = []
    seen: set[tuple] = set()
    rank = {"person": 0, "title": 1, "org": 2, "descriptor": 3, "counterpart": 4, "country": 5, "capital": 6, "format": 7}
    for s in sorted(slots, key=lambda s: rank.get(s.kind, 9)):
        key = (s.entity,) if s.entity else (s.country, s.sector, s.kind if s.kind in ("title", "descriptor") else "")
        if key in seen:
            continue
        if s.kind in ("country", "format", "capital", "counterpart") and any(o.country == s.country for o in out):
            continue
        if s.kind == "title" and not s.entity and any(o.kind == "person" and o.country == s.country and o.sector == s.sector for o in out):
            continue  # "لفت الوزير السعودي": the Saudi minister already named
        seen.add(key)
        out.append(s)
    return out


_MEMBER_STATES = fold_key("دول")  # "وزراء خارجية دول مجلس التعاون": the body's member states


def _members_of(body: str, d: Draft) -> bool:
    """A party is an organisation named as its member states ("دول مجلس التعاون الخليجي")."""
    if not body:
        return False
    for a in d.actors:
        if a.kind == "org":
            before = tokens_between(body, max(0, a.start - 8), a.start)
            if before and before[-1].norm == _MEMBER_STATES:
                return True
    return False


def _after_meeting(body: str, clause_cues, hit: PhraseHit) -> bool:
    """"في أعقاب المحادثات، تم التوصل إلى اتفاق": an agreement reached at the talks."""
    return any("after" in c.payloads and c.end <= hit.start and hit.start - c.end <= 30 for c in clause_cues)


def _inherit_meeting(body: str, d: Draft, drafts: list[Draft], any_parties: bool = False) -> None:
    """An agreement with no date of its own was reached at the latest meeting of its parties
    ("في أعقاب المحادثات، تم التوصل إلى اتفاق", "فإن الجانبين اتفقا على ...")."""
    own = d.countries()
    meeting = next(
        (dr for dr in reversed(drafts) if dr.type == "CONSULT" and dr.status == "reported" and dr.date and dr.date_explicit and not dr.background and (any_parties or not own or len(own & dr.countries()) >= min(2, len(own)))),
        None,
    )
    if meeting is None:
        return
    if not d.date or not d.date_explicit:  # (of a meeting of several days, its last: "وأضاف البيان أن الجانبين اتفقا" after a round of 7-8 September)
        d.date, d.date_explicit = meeting.date.split("/")[-1], meeting.date_explicit
    if not _with_partner(body, d):  # "فإن الجانبين اتفقا": the meeting's parties; "وقع حميدتي ... مع حمدوك": its own
        known = {a.country for a in d.actors}
        d.actors += [a for a in meeting.actors if a.country not in known]
    d.location = d.location or meeting.location


def _with_partner(body: str, d: Draft) -> bool:
    """The sentence names the event's other party after "مع" ("وقع حميدتي إعلانا سياسيا مع ... حمدوك")."""
    for a in d.actors:
        if d.sentence.start <= a.start < d.sentence.end:
            before = tokens_between(body, max(d.sentence.start, a.start - PARTNER_WITHIN), a.start)
            if any(t.norm == _MA for t in before):
                return True
    return False


def _mode(d: Draft, cue_hits, spec: Trigger, body: str = "") -> str | None:
    if d.type != "CONSULT":
        return spec.mode
    if spec.mode == "phone":
        return "phone"
    if d.mediator:
        return "third-party"
    if len(d.countries()) >= 3 or any("multilateral" in c.payloads for c in cue_hits) or _members_of(body, d) or d.formats:
        return "multilateral"
    if spec.mode == "visit":
        return "visit"
    if d.location is not None and d.location.country and len(d.countries()) >= 2:
        if d.location.country in d.countries():
            return "visit"  # the host's country
        if len(d.countries()) == 2 and all(knowledge_base().is_state(c) for c in d.countries()):
            return "third-party"  # two states meeting in a third (PLOVER: "Trump and Kim in Singapore")
    return None

