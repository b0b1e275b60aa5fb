"""Terms of office as bounds on the publication date.

"الرئيس الأميركي دونالد ترامب" on a page means the page was written while Trump was
president: the page's date lies within one of his terms in that office (2017-2021 or from
2025, not between).  Titles marked
former ("السابق", "آنذاك") and plural titles give no bound.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from ..model import Document
from ..text.normalize import fold
from ..text.sentences import split_sentences
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
    sentences, starts = None, []
    recap: dict[int, bool] = {}  # sentence start -> dated in the past
    for cue in analyse(doc.body).titles:
        actor = kb.actors.get(cue.person or "")
        if actor is None or cue.former or cue.plural:
            continue
        if sentences is None:
            sentences = split_sentences(doc.body)
            starts = [x.start for x in sentences]
        k = bisect_right(starts, cue.start) - 1
        sent = sentences[k] if k >= 0 and cue.start < sentences[k].end else None
        if sent is not None and sent.start not in recap:
            recap[sent.start] = _dated_in_the_past(sent.text)  # (once a sentence: several titles may share one)
        if sent is not None and recap[sent.start]:
            continue
        if cue.countries and not actor.served(cue.role) & set(cue.countries):
            continue
        reason = f"{actor.name}, {cue.role}"
        for term in actor.terms:  # one person's terms are alternatives (one reason)
            if term.role == cue.role and (not cue.countries or (term.country or actor.country) in cue.countries):
                out.append((term.start or FAR_PAST, term.end or FAR_FUTURE, reason))
    return out


_PAST_OR_YEAR_RE = re.compile("\\d{4}|[\u0660-\u0669]{4}|\u0627\u0644\u0645\u0627\u0636\u064a|\u0627\u0644\u0645\u0646\u0635\u0631\u0645|\u0627\u0644\u0641\u0627[\u0626\u064a]\u062a")  # الماضي، المنصرم، الفائت


def _dated_in_the_past(sentence: str) -> bool:
    """The sentence names a past month or day of its own ("في الخامس من شباط الماضي", "في 5 أيار
    2021"), not the page's ("اليوم الخميس 29 ديسمبر 2022")."""
    from ..dates.grammar import find_mentions  # (the dates package reads this module's bounds)

    if not _PAST_OR_YEAR_RE.search(sentence):
        return False  # (no year and no "الماضي": nothing to parse)
    folded, _ = fold(sentence)
    return any(m.kind == "date" and m.month is not None and m.deictic is None and (m.year is not None or m.qualifier == -1)
               for m in find_mentions(folded))
