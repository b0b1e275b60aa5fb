"""Reading the Arabic TimeML development set (../shared/corpus/timeml-dev/*.tml) for the tests."""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from pathlib import Path

_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_TAG_RE = re.compile(r"<[^>]+>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
CALENDAR_VALUE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_tml(path: Path) -> tuple[str, list[GoldTimex]]:
    """The plain text of a TimeML document and its TIMEX3 annotations, with offsets into it."""
    raw = path.read_text("utf-8")
    raw = raw[raw.index("<TimeML>") + len("<TimeML>") : raw.rindex("</TimeML>")]
    text, gold, last = [], [], 0
    size = 0
    for m in _TIMEX_RE.finditer(raw):
        before = _TAG_RE.sub("", raw[last : m.start()])
        text.append(before)
        size += len(before)
        inner = _TAG_RE.sub("", m.group(2))
        attrs = dict(_ATTR_RE.findall(m.group(1)))
        gold.append(GoldTimex(size, size + len(inner), inner, attrs.get("type", ""), attrs.get("value", "")))
        text.append(inner)
        size += len(inner)
        last = m.end()
    text.append(_TAG_RE.sub("", raw[last:]))
    return "".join(text), gold


def reference_day(docs: list[tuple[str, list[GoldTimex]]]) -> str:
    """The collection's own day of writing: its most frequent full DATE value."""
    days = collections.Counter(t.value for _, gold in docs for t in gold if t.type == "DATE" and len(t.value) == 10)
    return days.most_common(1)[0][0]
