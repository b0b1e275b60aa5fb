"""From name occurrences to actors: disambiguation, titles, surnames, offices and counterparts.

:func:`analyse` reads a body once (cached) and returns what the actor stages and the event
stage need: resolved name mentions, title cues ("وزير الدفاع التركي خلوصي أكار"), collective
descriptors ("القوات التركية"), counterpart phrases ("نظيره السوري") and office-only mentions.
Nothing here depends on the date; :mod:`marsad.actors.roles` adds what does.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from ..dates.lexicon import time_words
from ..resources import read_tsv
from ..text.normalize import fold, fold_key
from ..text.phrases import MIN_STRIPPED_LETTERS, offset_after_prefix, same_line, token_stream
from ..text.tokens import (
    CONJUNCTIONS,
    definite_adjective,
    clitic_forms,
    strip_clitics,
    token_starts,
    tokenize,
)
from .kb import KnowledgeBase, honorifics, knowledge_base, office_qualifiers
from .match import Hit, find_hits, honorific_length, kinds, phrase_length
from .words import given_names, plain_given_name_keys, role_nouns, stopwords

NAME_KINDS = ("name", "short")
# A title cue may be separated from its name by a comma: "الرئيس الروسي، فلاديمير بوتين".
_GAP_RE = re.compile(r"^[\s,\u060c]*$")
_COUNTERPART_RE = re.compile(
    "^\u0646\u0638\u064a\u0631(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627|\u064a\u0647|\u0627\u0647|\u062a\u0647|\u0647\u0627)?$"  # نظيره، نظيرها، نظيريه ...
    "|^\u0646\u0638\u0631\u0627[\u064a\u0621](?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)$")  # نظرائه، نظرائهم (folded نظرايه)
_COUNTERPART_STEMS = ("\u0646\u0638\u064a\u0631", "\u0646\u0638\u0631\u0627")  # نظير، نظرا
_ALEF_LAM = "\u0627\u0644"  # ال
_FORMER = {fold_key(w) for w in ("السابق", "السابقة", "الأسبق", "الراحل", "آنذاك", "حينها", "حينذاك", "وقتها", "المخلوع", "المعزول")}
MAX_UNKNOWN_NAME_TOKENS = 3
# rapidfuzz ratio for a near-miss spelling of a known person's name; set on the knowledge base's
# own spellings (tests/actors/test_link.py::test_near_miss_threshold_separates_people): at 85 no
# two different people's names meet, while the close variants of one name do.
FUZZY_MIN = 85
FUZZY_MARGIN = 5  # a second person this close to the best makes the match ambiguous


@dataclass(frozen=True, slots=True)
class NameMention:
    start: int
    end: int
    actor: str  # knowledge-base id, or "per-..." for a person found by a title cue only
    kind: str  # name | short | surname | cue | body (named inside an office: "الأمين العام لحلف شمال الأطلسي")


@dataclass(frozen=True, slots=True)
class TitleCue:
    start: int  # the office phrase through its nisba (and the name, when one follows)
    end: int
    role: str
    countries: tuple[str, ...]  # from the nisba(s); empty when none
    person: str | None  # the actor named right after the title
    former: bool  # "السابق", "آنذاك": the title is not held at publication
    plural: bool  # "وزراء الدفاع", "وزيرا الدفاع": several holders
    title_end: int  # end of the office phrase and nisba, before any name


@dataclass(frozen=True, slots=True)
class Descriptor:
    start: int
    end: int
    country: str | None  # None: no nisba ("قوات الأمن", "السلطات"): the country is the context's
    sector: str
    label: str  # "forces", "government"


@dataclass(frozen=True, slots=True)
class Counterpart:
    start: int
    end: int
    country: str | None


@dataclass(frozen=True)
class Analysis:
    names: tuple[NameMention, ...]
    titles: tuple[TitleCue, ...]
    descriptors: tuple[Descriptor, ...]
    counterparts: tuple[Counterpart, ...]
    nisbas: tuple[tuple[int, int, str], ...]  # (start, end, country) of nisbas not inside the above
    unknown: dict[str, tuple[str, str | None]]  # per-... id -> (Arabic name, country)


@lru_cache(maxsize=1)
def _common_word_names() -> frozenset[str]:
    """Short forms of names that are also common words ("بري", "المنفي"): sure only with the full name."""
    return frozenset(fold_key(row[0]) for _, row in read_tsv("ar/common_word_names.tsv", 1))


def _state_named(hit: Hit, kb: KnowledgeBase) -> str | None:
    """The state whose own name the hit is ("قطر", "الأردن"), or None."""
    return next((a.actor for a in hit.payloads if a.kind == "name" and kb.is_state(a.actor)), None)


def _country_of_nisba(hit: Hit, kb: KnowledgeBase) -> str | None:
    for alias in hit.payloads:
        if alias.kind == "nisba":
            return kb.actors[alias.actor].country
    return None


def _adjacent(text: str, a: Hit, b: Hit) -> bool:
    """``b`` follows ``a`` with nothing but a space or a comma between, or an honorific before a
    name ("ولي العهد السعودي [الأمير] محمد بن سلمان": the honorific is not part of the name)."""
    if b.first != a.last:
        return a.last < b.first <= a.last + 2 and _honorific_between(text, a, b)
    return bool(_GAP_RE.match(_gap(text, a.end, b.start)))


def _adjective_between(text: str, toks, a: Hit, b: Hit) -> bool:
    """One adjective between a head noun and its nisba: "وفد [وزاري] سوري", "قوات [خاصة] أمريكية"."""
    if b.first != a.last + 1:
        return False
    word = toks[a.last]
    return (word.norm.endswith(_ADJECTIVE_ENDINGS) and not word.norm.startswith(_ALEF_LAM) and word.norm not in stopwords()
            and not _gap(text, a.end, word.start).strip() and not _gap(text, word.end, b.start).strip())


def _holder_by_surname(h: Hit, role: str, full_ids: set[str], kb: KnowledgeBase) -> bool:
    """A word that is both a nisba and the short name of a person the page names in full, who held
    the office before it ("رئيس الوزراء السوداني": محمد شياع السوداني, Iraq's prime minister)."""
    return any(a.kind == "nisba" for a in h.payloads) and any(
        a.kind == "short" and a.actor in full_ids and a.actor in kb.actors and any(t.role == role for t in kb.actors[a.actor].terms)
        for a in h.payloads)


def _adjective_of_noun(text: str, toks, head: Hit) -> bool:
    """A one-word head shaped as an adjective ("الداخلية", "الخارجية") right after a noun with
    the article: it agrees with that noun ("الشؤون الداخلية", "السياسة الخارجية"), names no body."""
    if head.last - head.first != 1 or head.first == 0 or not toks[head.first].norm.endswith(_FEMININE_NISBA):
        return False
    before = toks[head.first - 1]
    return (not _gap(text, before.end, head.start).strip() and before.norm not in stopwords()
            and any(form.startswith(_ALEF_LAM) and len(form) > 3 for form in clitic_forms(before.norm)))


_FEMININE_NISBA = "يه"  # ية folded


def _deputy_before(toks, hit: Hit) -> bool:
    """A deputy's, an aide's or an adviser's word stands before the office ("مساعد وزير الخارجية",
    "نائب وزير الخارجية الروسي", "مستشار الرئيس"): the office is another's."""
    return hit.first > 0 and toks[hit.first - 1].norm in _DEPUTY


_DEPUTY = frozenset(fold_key(w) for w in ("مساعد", "مساعدة", "نائب", "نائبة", "مستشار", "مستشارة", "معاون", "وكيل", "وكيلة"))


def _cut_in_quotes(text: str, hit: Hit) -> bool:
    """A name matched up to the middle of a quoted name ('حركة "أمل وعمل"' is not "حركة أمل"):
    a quotation mark opens inside the match and does not close right after it."""
    surface = text[hit.start : hit.end]
    opened = next((q for q in _OPENING_QUOTES if q in surface), None)
    if opened is None or _CLOSING_QUOTES[opened] in surface[surface.index(opened) + 1 :]:
        return False
    return not text[hit.end : hit.end + 3].lstrip().startswith(_CLOSING_QUOTES[opened])


_CLOSING_QUOTES = {'"': '"', "\u00ab": "\u00bb", "\u201c": "\u201d"}
_OPENING_QUOTES = tuple(_CLOSING_QUOTES)


def _honorific_between(text: str, a: Hit, b: Hit) -> bool:
    toks = tokenize(text)
    return (honorific_length(toks, a.last) == b.first - a.last and _GAP_RE.match(_gap(text, a.end, toks[a.last].start)) is not None
            and not _gap(text, toks[b.first - 1].end, b.start).strip())


def _gap(text: str, start: int, end: int) -> str:
    """The text between two words, folded: a diacritic ending the first ("رسمياً") is no gap."""
    return fold(text[start:end])[0]


@lru_cache(maxsize=1)
def prepare() -> None:
    """Build every table name linking reads, with the knowledge base: loading data is
    start-up, and a run should not pay for it at whichever page first needs a table."""
    knowledge_base()
    _given_names(), _name_words(), _names_by_role(), stopwords(), _common_word_names()
    import rapidfuzz.fuzz  # noqa: F401  (near_miss imports it on use)
    import rapidfuzz.process  # noqa: F401


@lru_cache(maxsize=32)
def analyse(text: str) -> Analysis:
    prepare()
    kb = knowledge_base()
    found = find_hits(text)
    hits = [h for h in found.names if not _cut_in_quotes(text, h)]
    toks = tokenize(text)
    names: list[NameMention] = []
    titles: list[TitleCue] = []
    descriptors: list[Descriptor] = []
    counterparts: list[Counterpart] = []
    nisbas: list[tuple[int, int, str]] = []
    unknown: dict[str, tuple[str, str | None]] = {}
    consumed: set[int] = set()  # hit indices used inside a title or descriptor

    full_ids = {a.actor for h in hits for a in h.payloads if a.kind == "name" and a.actor in kb.actors}

    for i, hit in enumerate(hits):
        hit_kinds = kinds(hit)
        if "office" in hit_kinds:
            names += _bodies_in_office(text, toks, hit)
        if "office" in hit_kinds and i not in consumed:
            cue, used, person_hit = _title_at(text, hits, i, kb, toks, full_ids)
            if cue is not None and titles and _of_office(text, titles[-1], cue):
                # "مبعوث الرئيس الأمريكي ستيف ويتكوف": the president's envoy is named, not the president
                outer = titles.pop()
                cue = replace(cue, start=outer.start, role=outer.role, person=None if cue.person and not _held(kb, cue.person, outer.role) else cue.person)
                person_hit = None if cue.person is None else person_hit
            if cue is not None and _deputy_before(toks, hit):
                cue = replace(cue, former=True)  # "مساعد وزير الخارجية الأمريكي ديفيد شينكر": not the minister, nor a holder's term
            if cue is not None:
                titles.append(cue)
                consumed.update(used)
                names += [NameMention(hits[k].start, hits[k].end, state, "body") for k in used if k != i and (state := _state_named(hits[k], kb))]
                if cue.person and cue.person.startswith("per-"):
                    unknown[cue.person] = person_hit  # type: ignore[assignment]
                    names.append(NameMention(cue.end - len(person_hit[0]), cue.end, cue.person, "cue"))  # the name ends the cue
                continue
        if "head" in hit_kinds and _adjective_of_noun(text, toks, hit):
            continue  # "في الشؤون الداخلية الليبية", "السياسة الخارجية الأمريكية": no ministry
        if "head" in hit_kinds and i not in consumed and i + 1 < len(hits):
            country = _adjective_country(text, hits[i + 1], kb)
            if country and (_adjacent(text, hit, hits[i + 1]) or _adjective_between(text, toks, hit, hits[i + 1])):
                sector, _, label = next(a.extra for a in hit.payloads if a.kind == "head").partition(":")
                descriptors.append(Descriptor(hit.start, hits[i + 1].end, country, sector, label))
                consumed.update({i, i + 1})
                j = i + 2  # "طائرات أمريكية وبريطانية": one head, two countries
                while j < len(hits) and hits[j].first == hits[j - 1].last and text[hits[j - 1].end : hits[j].start] == " \u0648":
                    country = _country_of_nisba(hits[j], kb)
                    if not country:
                        break
                    descriptors.append(Descriptor(hits[j].start, hits[j].end, country, sector, label))
                    consumed.add(j)
                    j += 1
                continue
        if "head" in hit_kinds and i not in consumed and not (i + 1 < len(hits) and _adjacent(text, hit, hits[i + 1])):
            sector, _, label = next(a.extra for a in hit.payloads if a.kind == "head").partition(":")
            descriptors.append(Descriptor(hit.start, hit.end, None, sector, label))  # "أطلقت قوات الأمن النار"

    opened = {o.last for o in found.openers}  # tokens right after an honorific or a verb of saying
    # short forms the page gives another person ("جوهر بن مبارك" ... "شقيقة بن مبارك": not Yemen's prime minister)
    taken = {h.key for h in hits if _others_surname(text, h, kb, full_ids)}
    for i, hit in enumerate(hits):
        if i in consumed and not _is_person_hit(hit, kb):
            continue
        if hit.key in taken and all(a.kind == "short" for a in hit.payloads if a.kind in NAME_KINDS):
            continue
        actor = _resolve(hit, kb, full_ids, text, cued=hit.first in opened)
        if actor is None and names and _listed_after_place(text, names[-1], hit, kb):
            actor = _resolve(hit, kb, full_ids, text, listed=True)  # "في صنعاء والحديدة"
        if actor is not None and kb.actors[actor].type == "GPE":
            actor = _country_or_capital(hit, actor, hits, kb)
        if actor is not None:
            kind = "name" if any(a.kind == "name" and a.actor == actor for a in hit.payloads) else "short"
            names.append(NameMention(hit.start, hit.end, actor, kind))
        elif i not in consumed:
            country = _adjective_country(text, hit, kb)
            if country:
                nisbas.append((hit.start, hit.end, country))

    # Counterparts: "نظيره السوري".
    for tok in toks if any(stem in text for stem in _COUNTERPART_STEMS) else ():
        if _COUNTERPART_RE.match(_strip_proclitics(tok.norm)):
            nxt = next((h for h in hits if h.start >= tok.end), None)
            country = None
            if nxt is not None and not _gap(text, tok.end, nxt.start).strip(" ,"):
                country = _country_of_nisba(nxt, kb)
            counterparts.append(Counterpart(tok.start, nxt.end if country else tok.end, country))

    titles = _titles_in_apposition(text, titles, kb)
    names += _cued_names(text, toks, hits, found.openers, titles, unknown)
    last_word = _surnames(text, names, kb)
    if found.given or _LINEAGE_STEMS_RE.search(text):
        led = _given_name_led(text, toks, hits, found.given, names, titles, unknown, last_word)
        names += led
        _surnames(text, led, kb, last_word)  # "سيرغي سكريبال ... سكريبال"
    names += _surname_mentions(text, toks, names, last_word, hits)
    names.sort(key=lambda m: m.start)
    return Analysis(tuple(names), tuple(titles), tuple(descriptors), tuple(counterparts), tuple(nisbas), unknown)


def _titles_in_apposition(text: str, titles: list[TitleCue], kb: KnowledgeBase) -> list[TitleCue]:
    """Titles one right after another name the holder after the last ("رئيس مجلس السيادة قائد الجيش
    الفريق أول عبد الفتاح البرهان", "رئيس مجلس الوزراء وزير الخارجية ... محمد بن عبد الرحمن"): each
    earlier one without a holder of its own is his, where he held that office."""
    out = list(titles)
    holder = None  # the holder named after the chain of titles the loop walks back along
    for k in range(len(out) - 1, -1, -1):
        cue = out[k]
        if k + 1 < len(out) and text[cue.end : out[k + 1].start].strip():
            holder = None  # (not next to the title after it: another chain)
        if cue.person:
            holder = cue.person
        elif holder and not cue.plural and holder in kb.actors and _held(kb, holder, cue.role):
            out[k] = replace(cue, person=holder)
    return out


def _bodies_in_office(text: str, toks, hit: Hit) -> list[NameMention]:
    """The bodies an office phrase names ("الأمين العام لحلف شمال الأطلسي": NATO, "مدير وكالة
    المخابرات المركزية": the CIA): mentions of their own, not participants beside the title."""
    out = []
    for k, n, stripped, actor in _inner_names(hit.key):
        tok = toks[hit.first + k]
        out.append(NameMention(offset_after_prefix(text, tok, stripped), toks[hit.first + k + n - 1].end, actor, "body"))
    return out


@lru_cache(maxsize=1024)
def _inner_names(key: str) -> tuple[tuple[int, int, int, str], ...]:
    """The names of one actor each inside an office's phrase key, after its first word (that of
    an office inside it too: "مبعوث الأمين العام للأمم المتحدة"): (token, tokens, proclitic
    letters, actor). Looked up phrase by phrase, longest first, as the scanner would find them
    (a key is a few folded words: no scan of its own)."""
    kb = knowledge_base()
    entries = kb.names.entries
    words = key.split(" ")
    out: list[tuple[int, int, int, str]] = []
    k = 1
    while k < len(words):
        found = _phrase_at(entries, words, k)
        if found is None:
            k += 1
            continue
        end, phrase, stripped = found
        aliases = entries[phrase]
        named = {a.actor for a in aliases if a.kind == "name" and a.actor in kb.actors}
        if len(named) == 1:
            out.append((k, end - k, stripped, named.pop()))
        elif not named and any(a.kind == "office" for a in aliases):
            out += [(k + j, n, s, actor) for j, n, s, actor in _inner_names(phrase)]
        k = end
    return tuple(out)


def _phrase_at(entries: dict, words: list[str], k: int) -> tuple[int, str, int] | None:
    """The longest table phrase beginning at word ``k`` (its first word with a proclitic or
    not): (the word after it, the phrase, letters of proclitic)."""
    for end in range(len(words), k, -1):
        rest = words[k + 1 : end]
        for form in clitic_forms(words[k]):
            if end - k == 1 and form != words[k] and len(form) < MIN_STRIPPED_LETTERS:
                continue  # (as the scanner: a short word alone only whole)
            phrase = " ".join([form, *rest])
            if phrase in entries:
                return end, phrase, len(words[k]) - len(form)
    return None


# Offices of someone else's ("مبعوث الرئيس", "مستشار وزير الخارجية"): the title after them names whose.
OF_ROLES = frozenset({"envoy", "un envoy", "spokesperson", "national security adviser", "ambassador"})


def _of_office(text: str, outer: TitleCue, cue: TitleCue) -> bool:
    """``cue`` is the office ``outer`` is of: a bare "مبعوث" right before "الرئيس الأمريكي"."""
    return outer.role in OF_ROLES and outer.person is None and not outer.countries and not text[outer.end : cue.start].strip()


def _held(kb: KnowledgeBase, person: str, role: str) -> bool:
    actor = kb.actors.get(person)
    return actor is not None and any(t.role == role for t in actor.terms)


def _cued_names(text: str, toks, hits: list[Hit], openers, titles: list[TitleCue], unknown: dict) -> list[NameMention]:
    """People outside the knowledge base named after an honorific ("الشيخ سالم بن حميد", "السيد
    جعفر الموسوي") or as the subject of a verb of saying ("وقال جون سميث إن", "أكد فؤاد
    السنيورة أن"): no office, so no role and no country. The name must look like one (see
    :func:`_unknown_name`: a known given name first, or set off by a comma)."""
    out: list[NameMention] = []
    starts = [h.start for h in hits]
    covered = [(c.start, c.end) for c in titles]
    kb = knowledge_base()
    for cue in openers:
        if any(a <= cue.start < b for a, b in covered):
            continue
        k, country = cue.last, None
        if cue.payloads[0] == "role":  # "المندوب الإسرائيلي دان غيلرمان": past its adjectives
            while k < len(toks) and k - cue.last < MAX_ROLE_ADJECTIVES and _is_adjective(toks[k].norm):
                j = bisect_left(starts, toks[k].start)
                country = country or (_country_of_nisba(hits[j], kb) if j < len(hits) and hits[j].first == k else None)
                k += 1
        j = bisect_left(starts, toks[k - 1].end)
        if j < len(hits) and hits[j].first == k:
            continue  # a known name or an office follows
        found = _unknown_name(text, toks, k, hits, j)
        if found:
            name_text, end = found
            person = _unknown_id(name_text)
            unknown.setdefault(person, (name_text, country))
            out.append(NameMention(end - len(name_text), end, person, "cue"))
    return out


MAX_ROLE_ADJECTIVES = 2  # "الخبير الاقتصادي المصري"


def _is_adjective(word: str) -> bool:
    """A word with the article and a nisba's ending ("الاقتصادي", "الإسرائيلية"), or "السابق"."""
    return definite_adjective(word) or word in _FORMER


def _given_name_led(text: str, toks, hits: list[Hit], given, names: list[NameMention], titles: list[TitleCue], unknown: dict, surnames: dict[str, str]) -> list[NameMention]:
    """People outside the knowledge base whose name begins with a given name that is no common
    word, with no title or verb before it ("ألكسندر سلطانوف،", "عثمان بن عفان"), or with a kunya
    or a word and a patronymic ("أبو هريرة", "بسر بن أرطأة"): the same test of a name's shape as
    after a cue (:func:`_unknown_name`). "و" before the name stays out of it."""
    plain = plain_given_name_keys()
    kb = knowledge_base()
    taken = sorted([(m.start, m.end) for m in names] + [(h.start, h.end) for h in hits if not _given_away(text, h, kb)] + [(c.start, c.end) for c in titles])
    taken_starts = [a for a, _ in taken]
    token_ends = [t.end for t in toks]
    starts = [h.start for h in hits]
    out: list[NameMention] = []
    after = 0  # the end of the last name found here
    for i, conj, given_len in sorted(_name_starts(text, toks, given, plain) + _lineage_starts(text, toks)):
        tok = toks[i]
        if tok.start < after:
            continue
        k = bisect_left(taken_starts, tok.end) - 1
        if k >= 0 and taken[k][1] > tok.start:
            continue  # inside a known name, an office or a name found after a cue
        if i > 0 and toks[i - 1].norm in _NAME_PARTICLES:
            continue  # "أبو بكر", "بن علي": part of a longer name
        j = bisect_left(starts, tok.end)
        found = _unknown_name(text, toks, i, hits, j, cued=False)
        if not found:
            continue
        name_text, end = found
        words = toks[i : bisect_left(token_ends, end) + 1]
        if len(words) <= given_len:
            continue  # the given name alone ("عبد السلام"): no one in particular
        second = min(given_len, len(words) - 1)  # the word after the given name (a compound one is two: "عبد الرحيم")
        if len(words) > second + 1 and not any(w.norm in _PATRONYMIC for w in words) and not name_text.rsplit(" ", 1)[-1].startswith(_ALEF_LAM) and words[second].norm not in _given_names() and words[second].norm not in _FOREIGN_PARTICLES:
            # a word after the surname is a surname with the article, or follows a second given name
            # or a particle ("خوان مانويل سانتوس", "لويجي دي مايو"); else none: "وسيم رزوق [ينحدر]"
            end = toks[i + second].end
            name_text = text[tok.start : end]
            words = words[: second + 1]
        k = bisect_left(taken_starts, end) - 1  # the last known span that starts before the name ends
        if k >= 0 and taken[k][0] > tok.start:
            continue  # it runs into a known name
        given = _given_of(words)
        if any(form in surnames and not (form == w.norm and given not in _name_words().get(surnames[form], ()))
               for w in words[1:] for form in clitic_forms(w.norm)):
            continue  # or into a known person's surname: "واتصل تميم [بروحاني]" (not his kin's: "عبد الرحيم دقلو")
        if conj:
            name_text = name_text[1:]
        person = _unknown_id(name_text)
        unknown.setdefault(person, (name_text, None))
        out.append(NameMention(end - len(name_text), end, person, "cue"))
        after = end
    return out


def _name_starts(text: str, toks, given, plain) -> list[tuple[int, bool, int]]:
    """Where a listed given name begins a word, or follows "و" or "ف" (not "ب" or "ال"):
    ``(token, after a conjunction, tokens of the given name)``."""
    out = []
    for g in given:
        tok = toks[g.first]
        before = fold_key(text[tok.start : g.start])  # a proclitic the scanner stripped
        if before in ("", *CONJUNCTIONS):
            out.append((g.first, bool(before) or g.key not in plain, g.last - g.first))  # "وعثمان", "وجون"
    return out


def _lineage_starts(text: str, toks) -> list[tuple[int, bool, int]]:
    """Names that a kunya begins ("أبو هريرة", "وأبو بكر البغدادي") or a patronymic follows the
    first word of ("بسر بن أرطأة", "معاوية بن أبي سفيان"), whether or not that word is a listed
    given name: ``(token, after a conjunction, 1)``. Not a function word or a word with the
    article before "بن" ("على بن ..." as written with alef maqsura is the preposition), nor a
    verb's present tense ("يتباحث بن زايد")."""
    stream = token_stream(text)  # (sought in the folded tokens written out, not token by token)
    spaced = " " + stream.text
    at = [m.start() for m in _KUNYA_RE.finditer(spaced)]  # the kunya's own token
    for bin_ in _BIN:
        pos = spaced.find(" " + bin_ + " ")
        while pos > 0:
            at.append(spaced.rfind(" ", 0, pos))  # the token before "بن"
            pos = spaced.find(" " + bin_ + " ", pos + 1)
    out = []
    for start in sorted(set(at)):
        i = bisect_right(stream.starts, start) - 1  # (start in ``spaced`` is the token's in the stream)
        if 0 <= i < len(toks) - 1 and (toks[i].norm in _KUNYA_FORMS or _father_follows(text, toks, i)):
            word = toks[i].norm
            out.append((i, word[:1] in CONJUNCTIONS and len(word) > 3, 1))
    return out


_KUNYA_RE = re.compile(" [\u0648\u0641]?\u0627\u0628[\u0648\u064a\u0627](?= )")  # أبو، أبي، أبا, with و or ف (folded)


def _father_follows(text: str, toks, k: int) -> bool:
    """Token ``k`` is a name because "بن" and a name follow it (see :func:`_lineage_starts`)."""
    if k + 2 >= len(toks) or toks[k + 1].norm not in _BIN:
        return False  # ("ابن" is also the noun: "وهو ابن عم")
    word = toks[k].norm
    bare = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 3 else word
    if not bare.isalpha() or len(bare) < 3 or bare.startswith(_ALEF_LAM):
        return False
    given = _given_names()
    if not stopwords().isdisjoint(clitic_forms(word)) and not (bare in given and text[toks[k].end - 1] == "\u064a"):
        return False  # a function word ("وهو"); "علي" as written with yeh is the name, "على" the preposition
    return bare[0] not in _PRESENT_PREFIXES or bare in given


_PRESENT_PREFIXES = "\u064a\u062a\u0646"  # ي ت ن: "يتباحث", "تبحث"
_LINEAGE_STEMS_RE = re.compile("(?:\u0628\u0646|[\u0627\u0623\u0625]\u0628[\u0648\u064a\u0627])\\s")  # بن، أبو، أبي، أبا: a page without them has no lineage name
_FOREIGN_PARTICLES = frozenset(fold_key(w) for w in ("دي", "دو", "دا", "ديل", "فان", "فون", "لا", "لو"))
_CONJUNCTION_ARTICLE = ("\u0648\u0627\u0644", "\u0641\u0627\u0644")  # وال، فال


def _unknown_id(name_text: str) -> str:
    """The stable id of a person outside the knowledge base, from their name as written."""
    return "per-" + hashlib.sha1(fold_key(name_text).encode()).hexdigest()[:12]


def _strip_proclitics(word: str) -> str:
    """"ونظيره", "بنظيره", "لنظيره", "وبنظيره": the word after a conjunction and a preposition."""
    word = _strip_waw(word)
    return word[1:] if word.startswith(("\u0628", "\u0644")) and len(word) > 4 else word  # ب، ل


def _strip_waw(word: str) -> str:
    return word[1:] if word.startswith(("\u0648", "\u0641")) and len(word) > 4 else word


# Words that announce a place: a one-word GeoNames name counts only after one of them
# ("في عرسال", "بلدة حرستا", "بحلب"), since many such names are also common words.
_PLACE_CONTEXT = {fold_key(w) for w in (
    "في", "من", "إلى", "الى", "نحو", "قرب", "داخل", "مدينة", "بمدينة", "لمدينة", "بلدة", "ببلدة", "محافظة", "بمحافظة",
    "منطقة", "بمنطقة", "قرية", "بقرية", "ناحية", "قضاء", "ولاية", "بولاية", "إقليم", "بإقليم", "مخيم", "ريف", "بريف", "شمال",
    "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "أحياء", "حي", "مطار", "ميناء", "معبر", "العاصمة",
)}


def _place_context(text: str, hit: Hit) -> bool:
    if hit.start > 0 and text[hit.start - 1] in ("\u0628", "\u0644"):  # بحلب، لحلب: the preposition is attached
        return True
    before = text[max(0, hit.start - 20) : hit.start].split()
    return bool(before) and fold_key(before[-1]) in _PLACE_CONTEXT


def _country_or_capital(hit: Hit, actor: str, hits: list[Hit], kb: KnowledgeBase) -> str:
    """A country's name that is also another country's capital ("عمان": Oman, or Amman) names
    the capital when the text speaks of the capital's country more than of the other."""
    capitals = {a.actor for a in hit.payloads if a.kind == "capital" and a.actor in kb.actors}
    capitals = {c for c in capitals if kb.actors[c].country != kb.actors[actor].country}
    if len(capitals) != 1:
        return actor
    (capital,) = capitals
    votes = {kb.actors[actor].country: 0, kb.actors[capital].country: 0}
    for other in hits:
        if other.key == hit.key:
            continue
        for country in {_country_of(a, kb) for a in other.payloads} & votes.keys():
            votes[country] += 1
    return capital if votes[kb.actors[capital].country] > votes[kb.actors[actor].country] else actor


def _country_of(alias, kb: KnowledgeBase) -> str | None:
    actor = kb.actors.get(alias.actor)
    return actor.country if actor is not None else None


def _is_person_hit(hit: Hit, kb: KnowledgeBase) -> bool:
    return any(a.kind in NAME_KINDS and a.actor in kb.actors and kb.actors[a.actor].type == "PER" for a in hit.payloads)


def _listed_after_place(text: str, last: NameMention, hit: Hit, kb: KnowledgeBase) -> bool:
    """The hit follows a place name in a list ("صنعاء والحديدة", "حلب، إدلب"): a place context."""
    actor = kb.actors.get(last.actor)
    return actor is not None and actor.type in ("GPE", "LOC") and text[last.end : hit.start] in (" \u0648", "\u060c ", ", ", " \u0648 ")


def _adjective_country(text: str, hit: Hit, kb: KnowledgeBase) -> str | None:
    """The country a nisba names, or that of the one person whose short form stands as an
    adjective ("الوفد الحوثي": Yemen's)."""
    country = _country_of_nisba(hit, kb)
    if country is not None:
        return country
    people = {a.actor for a in hit.payloads if a.kind == "short" and a.actor in kb.actors and kb.actors[a.actor].type == "PER"}
    if len(people) != 1 or any(a.kind == "name" for a in hit.payloads) or not _adjective_after_noun(text, hit):
        return None
    return kb.actors[people.pop()].country


def _adjective_after_noun(text: str, hit: Hit) -> bool:
    """A short form with the article right after a word with the article that is no title ("الوفد
    الحوثي", "الجانب الحوثي"): in agreement with that noun, an adjective; after a title or an
    honorific ("الرئيس الأسد", "الشيخ الحوثي") a name."""
    if not text.startswith(_ALEF_LAM, hit.start):
        return False
    before = text[max(0, hit.start - 20) : hit.start]
    words = before.split()
    if not words or before[-1:] != " ":
        return False
    word = fold_key(words[-1])
    return word.startswith(_ALEF_LAM) and len(word) > 3 and word[2:] not in role_nouns() and word not in honorifics() \
        and word not in _titles_first_words()


@lru_cache(maxsize=1)
def _titles_first_words() -> frozenset[str]:
    """The first words of the knowledge base's offices, folded ("الرئيس", "الملك", "الوزير")."""
    kb = knowledge_base()
    return frozenset(key.split(" ")[0] for key, aliases in kb.names.entries.items() if any(a.kind == "office" for a in aliases))


def _resolve(hit: Hit, kb: KnowledgeBase, full_ids: set[str], text: str = "", listed: bool = False, cued: bool = False) -> str | None:
    """The actor a name occurrence names, or None when it names none or is ambiguous. ``cued``:
    it follows a verb of saying or an honorific, where a person's short form, however short or
    common a word, is that person ("وقال بلير", "وأكد بري")."""
    cands = [a for a in hit.payloads if a.kind in NAME_KINDS and a.actor in kb.actors]
    if not cands:
        capital = [a for a in hit.payloads if a.kind == "capital" and a.actor in kb.actors]
        if capital:
            return capital[0].actor
        cities = {a.actor for a in hit.payloads if a.kind == "city" and a.actor in kb.actors}
        if len(cities) == 1 and (listed or _place_context(text, hit)):
            return cities.pop()
        return None
    ids = {a.actor for a in cands}
    if len(ids) == 1:
        (actor,) = ids
        only_short = all(a.kind == "short" for a in cands)
        # A short form ("السوداني", "الأسد") names the person when the full name is in the
        # document, or when the form is long and means nothing else (no nisba, no office).
        other_kinds = {a.kind for a in hit.payloads} - set(NAME_KINDS)
        cued_person = cued and kb.actors[actor].type == "PER" and hit.key not in _listed_given_names()  # ("وقال نزار": a given name)
        if only_short and actor not in full_ids and (other_kinds or (_short_word(hit, kb.actors[actor], text) and not cued_person)):
            return None
        if only_short and _other_given_name(text, hit, actor):
            return None  # "حاتم النفطي", "قمر جاويد باجوه": another person of that name
        if only_short and _adjective_after_noun(text, hit):
            return None  # "الوفد الحوثي", "القيادي الحوثي": an adjective of the noun, not Abdul-Malik al-Houthi
        if only_short and actor not in full_ids:
            others = _named_in_full(hit.key, full_ids) - {actor}
            if len(others) == 1:
                return others.pop()  # "حافظ الأسد ... وقال الأسد": the one the page names in full
        return actor
    by_name = {a.actor for a in cands if a.kind == "name"}
    if len(by_name) == 1:
        return by_name.pop()
    in_doc = ids & full_ids
    if len(in_doc) == 1:
        return in_doc.pop()
    # Places and countries share names (a city named after its country): prefer the country.
    gpe = {i for i in ids if kb.is_state(i)}
    if len(gpe) == 1:
        return gpe.pop()
    return None


SHORT_MIN_LETTERS = 5  # a short form alone, before the full name, needs this many letters
ORG_SHORT_MIN_LETTERS = 4  # an organisation's ("وفدي حماس وإسرائيل"), but after "ب" ("بحماس": with zeal)


def _short_word(hit: Hit, actor, text: str) -> bool:
    """A short form too short, or too common a word, to name its bearer alone."""
    return len(hit.key) < _min_short(hit, actor, text) or hit.key in _common_word_names()


def _min_short(hit: Hit, actor, text: str) -> int:
    if actor.type != "ORG" or not text:
        return SHORT_MIN_LETTERS
    start = text.rfind(" ", 0, hit.start) + 1  # where the word begins
    return SHORT_MIN_LETTERS if "\u0628" in text[start : hit.start] else ORG_SHORT_MIN_LETTERS


_LADA = "\u0644\u062f\u0649"  # لدى
_ACCREDITED_RE = re.compile("\\s+(\u0644\u062f\u0649|\u0625\u0644\u0649|\u0627\u0644\u0649)\\s+")  # لدى، إلى
# Offices a state fills many times over at once, one per posting: "المبعوث الأمريكي إلى سوريا توم
# باراك", "السفير الروسي" (which one?).
POSTED_ROLES = frozenset({"envoy", "un envoy", "ambassador"})


def _title_at(text: str, hits: list[Hit], i: int, kb: KnowledgeBase, toks, full_ids):
    """A title cue starting at office hit ``i``: office [head] nisba* [name]."""
    office = hits[i]
    role = next(a.extra for a in office.payloads if a.kind == "office")
    plural = _is_plural(office.key)
    used = {i}
    countries: list[str] = [a.actor for a in office.payloads if a.kind == "office" and a.actor][:1]  # the body it names
    j = i + 1
    end = office.end
    prev = office
    if not countries and not plural and j < len(hits) and text[office.end : hits[j].start] == " " and not office.key.rsplit(" ", 1)[-1].startswith(_ALEF_LAM):
        state = _state_named(hits[j], kb)
        if state:  # "أمير قطر", "وزير خارجية روسيا": the office in construct with a state (not "وزراء خارجية روسيا وإيران": each their own)
            countries.append(state)
            used.add(j)
            end, prev = hits[j].end, hits[j]
            j += 1
    while j < len(hits) and (_adjacent(text, prev, hits[j]) or (plural and countries and _joined_by_and(text, prev, hits[j]))):
        h = hits[j]  # (a plural's nisbas joined by "و": "وزيرا الدفاع التركي والسوري")
        if not countries and _holder_by_surname(h, role, full_ids, kb):
            break  # "رئيس الوزراء السوداني" on a page naming محمد شياع السوداني in full: his surname, not Sudan
        country = _country_of_nisba(h, kb)
        if country:
            countries.append(country)
        elif "head" in kinds(h) and j + 1 < len(hits) and _country_of_nisba(hits[j + 1], kb) and _adjacent(text, h, hits[j + 1]):
            pass  # "وزير دفاع النظام السوري": the nisba follows
        else:
            break
        used.add(j)
        end, prev = h.end, h
        j += 1
    posted = _ACCREDITED_RE.fullmatch(text[prev.end : hits[j].start]) if countries and j < len(hits) else None
    if posted and (posted.group(1) == _LADA or role in POSTED_ROLES) and any(a.kind == "name" and kb.is_state(a.actor) for a in hits[j].payloads):
        prev = hits[j]  # "السفير السعودي لدى اليمن محمد آل جابر": where the envoy is posted, then the name
        j += 1
    title_end = end
    if not countries and office.key in kb.offices[role].with_nisba:
        return None, used, None  # "المستشار أحمد فهمي": a counsellor; "المستشار الألماني" is the chancellor
    former = _former_after(toks, prev.last)
    person = None
    person_info = None
    between = 1 if former else _qualifier_length(toks, prev.last)  # "السابق", "تصريف الأعمال"
    name_follows = j < len(hits) and (
        _adjacent(text, prev, hits[j])
        or (between and hits[j].first == prev.last + between and _GAP_RE.match(_gap(text, toks[prev.last + between - 1].end, hits[j].start)))
    )  # "الرئيس الأميركي السابق دونالد ترامب", "رئيس حكومة تصريف الأعمال نجيب ميقاتي"
    if name_follows and _is_person_hit(hits[j], kb):
        person = _resolve(hits[j], kb, full_ids | {a.actor for a in hits[j].payloads})
        if person:
            end = hits[j].end
            former = former or _former_after(toks, hits[j].last)
    elif not plural:
        k = prev.last + (between if not former else 0)
        found = _unknown_name(text, toks, k + honorific_length(toks, k), hits, j)
        if found:
            name_text, name_end = found
            used.update(k for k in range(j, len(hits)) if hits[k].end <= name_end)  # (a short form inside it is no one else)
            person = near_miss(name_text, role, countries, kb)
            if person is None:
                person = _unknown_id(name_text)
                person_info = (name_text, countries[0] if countries else None)
            end = name_end
    cue = TitleCue(office.start, end, role, tuple(dict.fromkeys(countries)), person, former, plural, title_end)
    return cue, used, person_info


@lru_cache(maxsize=1)
def _person_names() -> dict[str, str]:
    """Every full-name spelling of a person in the knowledge base, folded, to its actor id."""
    kb = knowledge_base()
    out: dict[str, str] = {}
    for key, aliases in kb.names.entries.items():
        ids = {a.actor for a in aliases if a.kind == "name" and a.actor in kb.actors and kb.actors[a.actor].type == "PER"}
        if len(ids) == 1:
            out[key] = ids.pop()
    return out


@lru_cache(maxsize=1)
def _full_names_by_last_word() -> dict[str, frozenset[str]]:
    """The people whose full name (two words or more) ends with a word, by that word."""
    out: dict[str, set[str]] = {}
    for key, actor in _person_names().items():
        if " " in key:
            out.setdefault(key.rsplit(" ", 1)[1], set()).add(actor)
    return {word: frozenset(ids) for word, ids in out.items()}


def _named_in_full(key: str, full_ids: set[str]) -> set[str]:
    """The people named in full in the text whose name ends with ``key``."""
    return set(_full_names_by_last_word().get(key, frozenset()) & full_ids)


def _given_away(text: str, hit: Hit, kb: KnowledgeBase) -> bool:
    """A person's short form right after another's given name ("عبد الرحيم دقلو"): a word of that
    other's name, not the known person."""
    ids = {a.actor for a in hit.payloads if a.kind in NAME_KINDS and a.actor in kb.actors}
    return (len(ids) == 1 and all(a.kind == "short" for a in hit.payloads if a.kind in NAME_KINDS)
            and _other_given_name(text, hit, next(iter(ids))))


def _others_surname(text: str, hit: Hit, kb: KnowledgeBase, full_ids: set[str]) -> bool:
    """A person's short form that the page writes after another's given name, the person never
    named in full: the page's someone else of that name."""
    ids = {a.actor for a in hit.payloads if a.kind in NAME_KINDS and a.actor in kb.actors}
    return len(ids) == 1 and next(iter(ids)) not in full_ids and _given_away(text, hit, kb)


def _other_given_name(text: str, hit: Hit, actor: str) -> bool:
    """Whether a given name that is not the person's stands right before a short form of theirs
    (the knowledge base's first words are not used: they hold titles, "الجنرال", "الشيخ")."""
    if not text or hit.first == 0:
        return False
    toks = tokenize(text)
    if hit.first >= len(toks) or toks[hit.first].start > hit.start:
        return False
    k = hit.first - 1
    if not same_line(text, toks[k], toks[hit.first]):
        return False
    own = _name_words().get(actor, ())
    if toks[k].norm in own and k > 0 and same_line(text, toks[k - 1], toks[k]):
        k -= 1  # a father's name they share: "عبد الرحيم [حمدان] دقلو", Hemedti's brother
    word = toks[k].norm[1:] if toks[k].norm.startswith("\u0648") and len(toks[k].norm) > 3 else toks[k].norm  # و
    if k > 0 and toks[k - 1].norm.lstrip("\u0648") == _ABD_WORD:
        word = _ABD_WORD + word  # a compound written apart: "عبد الرحيم"
    return word in _listed_given_names() and word not in own


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """Person id -> every word of every spelling of their name (and every two joined), folded."""
    out: dict[str, set[str]] = {}
    for key, pid in _person_names().items():
        words = key.split(" ")
        # "عبد الفتاح" is also written "عبدالفتاح": two words joined count as one of the name's
        out.setdefault(pid, set()).update(words + [a + b for a, b in zip(words, words[1:])])
    return {pid: frozenset(words) for pid, words in out.items()}


@lru_cache(maxsize=1)
def _names_by_role() -> dict[str, list[tuple[str, str]]]:
    """Office -> the name spellings of the people who held it, with their ids."""
    kb = knowledge_base()
    out: dict[str, list[tuple[str, str]]] = {}
    for key, pid in _person_names().items():
        for role in {t.role for t in kb.actors[pid].terms}:
            out.setdefault(role, []).append((key, pid))
    return out


@lru_cache(maxsize=256)
def _office_names(role: str, countries: tuple[str, ...]) -> dict[str, str]:
    """Name spellings of the people who held ``role`` (in ``countries``, when given)."""
    kb = knowledge_base()
    return {k: pid for k, pid in _names_by_role().get(role, ()) if not countries or kb.actors[pid].served(role) & set(countries)}


def near_miss(name_text: str, role: str, countries: list[str], kb: KnowledgeBase) -> str | None:
    """A person of the knowledge base whose name is spelled a little differently after a title
    ("وزير الخارجية التركي مولود تشاووش أوغلو"): the best match scoring at least
    :data:`FUZZY_MIN` among people who held that office (in that country, when the title says)."""
    from rapidfuzz import fuzz, process

    key = " ".join(t.norm for t in tokenize(name_text))
    candidates = _office_names(role, tuple(sorted(set(countries))))
    found = process.extract(key, list(candidates), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=5)
    people = {candidates[k] for k, score, _ in found if score >= found[0][1] - FUZZY_MARGIN} if found else set()
    return people.pop() if len(people) == 1 else None  # two people that close: say nothing


def _is_plural(key: str) -> bool:
    """Several holders: وزراء، رؤساء، قادة, and duals in construct, وزيرا، رئيسا، وزيري، رئيسي
    (no singular office word of five letters ends in ا or ي)."""
    first = key.split(" ")[0]
    return first.startswith(("\u0648\u0632\u0631\u0627\u0621", "\u0631\u0624\u0633\u0627\u0621", "\u0642\u0627\u062f\u0647")) or (
        first.endswith(("\u0627", "\u064a", "\u0649")) and len(first) >= 5)


def _joined_by_and(text: str, a: Hit, b: Hit) -> bool:
    """``b`` is the next word, with "و" before it: "التركي والسوري"."""
    return b.first == a.last and _gap(text, a.end, b.start).strip() == "\u0648"


def _former_after(toks, index: int) -> bool:
    return index < len(toks) and toks[index].norm in _FORMER


def _qualifier_length(toks, k: int) -> int:
    """How many tokens from ``k`` on make an office qualifier ("المكلف", "تصريف الأعمال"), or 0."""
    return phrase_length(toks, k, office_qualifiers(), clitics=False)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names, folded: the first words of the knowledge base's person names ("محمد",
    "أيمن", "هاكان") and the common ones of ``ar/given_names.tsv`` ("حاتم", "قمر")."""
    return frozenset(key.split(" ")[0] for key in _person_names() if " " in key) | _listed_given_names()


@lru_cache(maxsize=1)
def _listed_given_names() -> frozenset[str]:
    """The common given names of ``ar/given_names.tsv``, folded, but those that fold into a
    function word ("علي" is also "على")."""
    return frozenset(fold_key(name) for name, _ in given_names()) - stopwords()


_PRONOUN_SUFFIXES = ("\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627")  # ها، هم، هما
_OWN_SUFFIXES = (*_PRONOUN_SUFFIXES, "\u062a\u0647")  # and ته: "مشاركته"
_PREPOSITION_ARTICLE = ("\u0644\u0644", "\u0628\u0627\u0644")  # لل، بال
_NOUN_ENDINGS = ("\u0627\u062a", "\u064a\u0647")  # ات، يه (folded ية): "ملفات", "اقليمية"
_PATRONYMIC = frozenset(("\u0628\u0646", "\u0628\u0646\u062a", "\u0627\u0628\u0646"))  # بن، بنت، ابن
_KUNYA = frozenset(fold_key(w) for w in ("أبو", "أبي", "أبا"))
_LINEAGE = _KUNYA | _PATRONYMIC  # the next word is a father's or a child's name
_KUNYA_FORMS = _KUNYA | {c + k for c in CONJUNCTIONS for k in _KUNYA}  # "وأبو"
_BIN = frozenset(("\u0628\u0646", "\u0628\u0646\u062a"))  # بن، بنت: only in names


def _has_pronoun(word: str) -> bool:
    """A noun with a pronoun after it ("مشاركته", "لإقناعهم"), which no surname is."""
    return len(word) >= 5 and word.endswith(_OWN_SUFFIXES)


def _given_of(picked) -> str:
    """The given name the picked words begin with, a compound written apart joined ("عبد الرحيم")."""
    first = picked[0].norm
    if first == _ABD_WORD and len(picked) >= 2:
        return first + picked[1].norm
    return first


_ABD_WORD = fold_key("عبد")


def _short_form_only(hit: Hit, given: str) -> bool:
    """The hit is only short forms of people ("جونسون", no full name, place or office) whom the
    listed given name before it does not name ("ليزا جونسون" is not Boris Johnson; "جواد ظريف"
    is Mohammad Javad Zarif)."""
    kb = knowledge_base()
    return given in _listed_given_names() and all(
        a.kind == "short" and a.actor in kb.actors and kb.actors[a.actor].type == "PER" and given not in _name_words().get(a.actor, ())
        for a in hit.payloads)


def _unknown_name(text: str, toks, index: int, hits: list[Hit], hit_index: int, cued: bool = True) -> tuple[str, int] | None:
    """Two or three name-like tokens right after a title ("أيمن الصفدي"), not in the knowledge base
    (``cued``; else beginning with a given name wherever it stands)."""
    stop = stopwords()
    next_hit_start = hits[hit_index].start if hit_index < len(hits) else len(text)
    picked = []
    k = index
    while k < len(toks) and len(picked) < MAX_UNKNOWN_NAME_TOKENS + sum(t.norm in _PATRONYMIC or t.norm in _NAME_PARTICLES for t in picked):
        tok = toks[k]
        gap = _gap(text, toks[k - 1].end if k > 0 else 0, tok.start)
        if picked and (gap.strip() or "\n" in gap):
            break
        if not picked and cued and gap.strip(" ,\u060c"):
            return None
        linked = bool(picked) and picked[-1].norm in _PATRONYMIC  # "بدر بن [سلطان]": the next word is a name
        fathered = not picked and _father_follows(text, toks, k)  # "علي [بن أبي طالب]": a name, though "على" is a word
        if (tok.end > next_hit_start and not linked and picked and (cued or len(picked) >= 2) and len(picked) <= 3
                and hits[hit_index].first == k and _short_form_only(hits[hit_index], _given_of(picked))):
            hit_index += 1  # "السفيرة الأمريكية ليزا [جونسون]", "عبد الرحيم حمدان [دقلو]": another's surname after this one's given name
            next_hit_start = hits[hit_index].start if hit_index < len(hits) else len(text)
        if (tok.end > next_hit_start and not linked) or (tok.norm in stop and not fathered) or any(c.isdigit() for c in tok.norm) or not tok.norm.isalpha():
            break
        if picked and (tok.norm in time_words() or tok.norm in role_nouns() or honorific_length(toks, k)):
            break  # "الرئيس عون [منتصف] ليل الاثنين", "حسن البرنوصي [مدير] ...", "أحمد قطان [ومعالي] ...": a time word, an office or an honorific ends a name
        if (strip_clitics(tok.norm)[-1] in stop and not fathered) or (picked and tok.norm.startswith(_PREPOSITION_ARTICLE)):
            break  # "فؤاد السنيورة [للصحفيين]": a preposition and the article begin no name
        if (len(picked) >= 2 and len(picked[-1].norm) > 2 and text.startswith(_ALEF_LAM, picked[-1].start) and tok.norm not in _PATRONYMIC
                and picked[-2].norm not in _NAME_PARTICLES):  # ("عبد [الكريم] الخطابي": a compound given name)
            break  # "فهد العيسى [ومعالي]": a surname with the article ends an Arab name
        if picked and not linked and (tok.norm.startswith(_CONJUNCTION_ARTICLE) or _has_pronoun(tok.norm)):
            break  # "سيرغي سكريبال [وابنته]", "عائشة [لإقناعهم]", "[والوفد]": no surname ("ويلي", "فراوس")
        if len(picked) >= 2 and picked[-2].norm in _LINEAGE and picked[-1].norm not in _NAME_PARTICLES and not (tok.norm in _PATRONYMIC or tok.norm.startswith(_ALEF_LAM)):
            break  # "بسر بن أرطأة [إلى]", "أبو الحسن [أبو تراب]": after a father's name, "بن" or a word with "ال" ("آل" folds to it)
        picked.append(tok)
        k += 1
    if len(picked) < 2 or text.startswith(_ALEF_LAM, picked[0].start):
        return None  # a given name has no article ("الأزمة", "التي" are not names)
    first = picked[0].norm
    lineage = first in _KUNYA_FORMS or (len(picked) > 2 and picked[1].norm in _PATRONYMIC)  # "أبو هريرة", "بسر بن أرطأة"
    if not lineage and first not in _given_names() and not (first[:1] in CONJUNCTIONS and first[1:] in _given_names()):
        if not text[picked[-1].end : picked[-1].end + 2].strip().startswith((",", "\u060c")):
            return None  # not a known first name, and not set off by a comma: likely a phrase
        if any(t.norm.startswith(_ALEF_LAM) for t in picked) and not any(t.norm in _PATRONYMIC for t in picked):
            return None  # "واوقفوا البعثات الطلابية،": a foreign name has no article, an Arab one a known first name or "بن"
        if any(t.norm.endswith(_NOUN_ENDINGS) for t in picked):
            return None  # "ملفات اقليمية ساخنة،": plurals and nisba adjectives, not a foreign name
        if len(picked[0].norm) >= 5 and picked[0].norm.endswith(_PRONOUN_SUFFIXES):
            return None  # "مندوبتها كارن بيرس،": a noun with its pronoun, then the name
    if lineage:
        return text[picked[0].start : picked[-1].end], picked[-1].end  # its shape says it is a name
    # The name stands apart: a comma, a stop, the end, or a function word ("... الصفدي، إن")
    # follows it; a name running on into more words is more likely a phrase.
    after = text[picked[-1].end : picked[-1].end + 3]
    known_phrase_next = k < len(toks) and toks[k].end > next_hit_start  # "شيغيرو إيشيبا [بالرئيس المصري]"
    if k < len(toks) and not known_phrase_next and not after.strip(" ")[:1] in (",", "\u060c", ".", ":", "\"", "\u00bb", ")", "\n", "") and toks[k].norm not in stop:
        nxt = toks[k].norm
        if not (strip_clitics(nxt)[-1] in stop or nxt.startswith(_PREPOSITION_ARTICLE) or (nxt.startswith(CONJUNCTIONS) and len(nxt) > 3) or nxt in role_nouns()):
            return None  # (a preposition with the article, or "و", begins no name: "... سلطانوف للصحفيين")
    return text[picked[0].start : picked[-1].end], picked[-1].end


_ADJECTIVE_ENDINGS = ("\u064a", "\u064a\u0647", "\u0647")  # ي، ية، ة (folded): وزاري، خاصة
# Words that bind the next to them in a name: its last word alone is no surname.
_NAME_PARTICLES = frozenset(fold_key(w) for w in ("عبد", "أبو", "أبي", "بن", "ابن", "آل", "ولد", "بنت", "أم"))
# Last words that end a compound, never a surname alone ("نصر الله", "نور الدين").
_BOUND_ENDINGS = frozenset(fold_key(w) for w in ("الله", "الدين", "الإسلام", "الرحمن"))
SHORT_SURNAME = 3  # letters of a surname that is a later mention only right after a title


def _surnames(text: str, names: list[NameMention], kb: KnowledgeBase, last_word: dict[str, str] | None = None) -> dict[str, str]:
    """The last word of each person's name seen in full -> the person (added to ``last_word``)."""
    last_word = {} if last_word is None else last_word
    toks, starts = tokenize(text), token_starts(text)
    for m in names:
        actor = kb.actors.get(m.actor)
        is_person = (actor is not None and actor.type == "PER") or m.actor.startswith("per-")
        if not is_person or m.kind not in ("name", "cue"):
            continue
        first = bisect_right(starts, m.start) - 1
        if toks[first].start < m.start:  # a proclitic before the name ("وعبد الله"): its own words
            words = tokenize(text[m.start : m.end])
        else:  # the body's tokens, not a new tokenizing (mentions end where a token ends)
            words = toks[first : bisect_left(starts, m.end)]
        if len(words) >= 2 and (words[-2].norm in _NAME_PARTICLES or words[-1].norm in _BOUND_ENDINGS):
            continue  # "رامي عبد الرحمن", "حسن نصر الله": the surname is two words, not "الرحمن", "الله"
        if len(words) >= 2 and len(words[-1].norm) >= SHORT_SURNAME and words[-1].norm not in stopwords():
            last_word.setdefault(words[-1].norm, m.actor)
    return last_word


def _surname_mentions(text: str, toks, names: list[NameMention], last_word: dict[str, str], hits: list[Hit]) -> list[NameMention]:
    """Later mentions by the last word of a name already seen in full ("أوغلو", "السوداني",
    see :func:`_surnames`); a surname of three letters only right after a title ("الرئيس عون")."""
    if not last_word:
        return []
    covered = [(m.start, m.end) for m in names] + [(h.start, h.end) for h in hits]
    out = []
    first_mention: dict[str, int] = {}
    for m in sorted(names, key=lambda m: m.start):
        first_mention.setdefault(m.actor, m.start)
    endings = tuple({w[1:] if w.startswith("\u0627\u0644") else w for w in last_word})  # "للسوداني" ends in "لسوداني"
    office_ends = {h.end for h in hits if "office" in kinds(h)}
    for tok in toks:
        if not tok.norm.endswith(endings):
            continue
        for form in strip_clitics(tok.norm):
            actor = last_word.get(form)
            if actor and len(form) == SHORT_SURNAME and not any(text[e:tok.start] == " " for e in office_ends if e <= tok.start):
                continue  # "عون" is Aoun only after a title: "الرئيس عون"
            if actor and tok.start > first_mention.get(actor, len(text)) and not any(s <= tok.start < e for s, e in covered):
                start = tok.end - _original_len(text, tok, form)
                out.append(NameMention(start, tok.end, actor, "surname"))
                break
    return out


def _original_len(text: str, tok, form: str) -> int:
    """Length in ``text`` of the last ``len(form)`` letters of a token (diacritics included)."""
    letters, pos = 0, tok.end
    while pos > tok.start and letters < len(form):
        pos -= 1
        if text[pos].isalpha():
            letters += 1
    return tok.end - pos

