"""Terms of office as bounds on the publication date.

"الرئيس الأميركي دونالد ترامب" on a page means the page was written while Trump was
president: the page's date lies within one of his terms in that office (2017-2021 or from
2025, not between).  Titles marked
former ("السابق", "آنذاك") and plural titles give no bound.
"""

from __future__ import annotations

import datetime as dt

from ..model import Document
from .kb import knowledge_base
from .link import analyse

FAR_FUTURE = dt.date(9999, 12, 31)
FAR_PAST = dt.date(1900, 1, 1)


def bounds(doc: Document) -> list[tuple[dt.date, dt.date, str]]:
    """(earliest, latest, reason) for every office-holder named with the title they hold, but in
    a sentence that dates itself in the past ("في عملية تصويت أشرفت عليها المبعوثة الأممية
    بالإنابة ستيفاني ويليامز" after "في الخامس من شباط الماضي": her office then, not the page's)."""
    kb = knowledge_base()
    out = []
    recaps = None
    for cue in analyse(doc.body).titles:
        actor = kb.actors.get(cue.person or "")
        if actor is None or cue.former or cue.plural:
            continue
        recaps = _recap_sentences(doc.body) if recaps is None else recaps
        if any(a <= cue.start < b for a, b in recaps):
            continue
        if cue.countries and not actor.served(cue.role) & set(cue.countries):
            continue
        reason = f"{actor.name}, {cue.role}"
        for term in actor.terms:  # one person's terms are alternatives (one reason)
            if term.role == cue.role and (not cue.countries or (term.country or actor.country) in cue.countries):
                out.append((term.start or FAR_PAST, term.end or FAR_FUTURE, reason))
    return out


def _recap_sentences(body: str) -> list[tuple[int, int]]:
    """The spans of the sentences that name a past month or day of their own ("في الخامس من شباط
    الماضي", "في 5 أيار 2021"), not the page's ("اليوم الخميس 29 ديسمبر 2022")."""
    from ..dates.grammar import find_mentions  # (the dates package reads this module's bounds)
    from ..text.normalize import fold
    from ..text.sentences import split_sentences

    out = []
    for sent in split_sentences(body):
        folded, _ = fold(sent.text)
        if any(m.kind == "date" and m.month is not None and m.deictic is None and (m.year is not None or m.qualifier == -1)
               for m in find_mentions(folded)):
            out.append((sent.start, sent.end))
    return out
