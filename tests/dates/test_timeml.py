"""Recall on the Arabic TimeML development set (25 documents, December 2015).

The documents carry no date; they are resolved against the collection's own day of writing,
its most frequent full DATE value (2015-12-24).  Measured: 59 of the 73 DATE expressions with
a calendar value (YYYY, YYYY-MM, YYYY-MM-DD) found with that value; most misses are
annotation slips (the Yemeni city "إب" taken for August, "الأربعاء المقبل" valued as the day
before, "10 و 11 ابريل" annotated as two dates, "15 من الشهر الجاري" as the month only) or
anaphora left alone ("اليوم التالي").  Of all 112 DATE expressions (with PRESENT_REF,
centuries, seasons, which the stage does not value) 59.
"""

from __future__ import annotations

import datetime as dt

from marsad.dates.stage import with_published
from marsad.model import Document, Published
from marsad.options import Context

from .conftest import shared_path
from .timeml import CALENDAR_VALUE_RE, read_tml, reference_day

FLOOR = 55  # of 73 calendar-valued DATE expressions


def test_calendar_valued_date_recall_floor():
    docs = [read_tml(p) for p in sorted(shared_path("corpus", "timeml-dev").glob("*.tml"))]
    assert len(docs) == 25
    day = reference_day(docs)
    ctx = Context(reference_date=dt.date.fromisoformat(day))
    published = Published(day, day, day, "annotation")
    found = total = 0
    for text, gold in docs:
        doc = with_published(Document(id="tml", body=text), published, ctx).check()
        for g in gold:
            if g.type != "DATE" or not CALENDAR_VALUE_RE.match(g.value):
                continue
            total += 1
            found += any(t.value == g.value and t.start < g.end and g.start < t.end for t in doc.timexes)
    assert total == 73
    assert found >= FLOOR
