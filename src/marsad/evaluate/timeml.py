"""``marsad eval --timeml DIR``: the temporal stage scored on TimeML documents (``*.tml``).

Each document's TIMEX3 annotations of type DATE are the gold. The documents carry no date of
their own, so they are resolved against the day the collection was written, taken from its
own annotated values: the most frequent full-day DATE value (YYYY-MM-DD) among all its
TIMEX3s, ties to the latest. (A document's own most frequent day is often the day of the
event it announces, "يفتتح بعد غد الثلاثاء", not the day it was written.)

Two figures, over DATE expressions: *span recall*, a timex of the stage overlaps the gold
text; *value accuracy*, of those found, how many carry the gold value (the stage values
calendar dates: YYYY, YYYY-MM, YYYY-MM-DD and weeks; ``PRESENT_REF``, centuries and seasons
are counted as they are annotated). Both are also given for the calendar-valued expressions
alone, and per document with ``-v``.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import M202, DataError
from .sentences import _fmt

_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_TAG_RE = re.compile(r"<[^>]+>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
CALENDAR_VALUE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_tml(path: Path) -> tuple[str, list[GoldTimex]]:
    """The plain text of a TimeML document and its TIMEX3 annotations, with offsets into it."""
    try:
        raw = path.read_text("utf-8")
        raw = raw[raw.index("<TimeML>") + len("<TimeML>") : raw.rindex("</TimeML>")]
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        reason = "no <TimeML> element" if isinstance(exc, ValueError) else f"cannot read ({exc.__class__.__name__})"
        raise DataError(M202.format(path=path, reason=reason)) from None
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


def read_collection(directory: str | Path) -> list[tuple[str, str, list[GoldTimex]]]:
    """``(name, text, gold)`` for every ``*.tml`` of ``directory``, in name order."""
    root = Path(directory)
    files = sorted(root.glob("*.tml")) if root.is_dir() else ([root] if root.suffix == ".tml" else [])
    if not files:
        raise DataError(M202.format(path=root, reason="no TimeML *.tml files"))
    return [(p.stem, *read_tml(p)) for p in files]


def writing_day(gold: list[GoldTimex]) -> str | None:
    """The day documents were written, from their annotations: the most frequent full-day DATE
    value, ties to the latest; None when there is none."""
    days = collections.Counter(t.value for t in gold if t.type == "DATE" and _DAY_RE.match(t.value))
    if not days:
        return None
    top = max(days.values())
    return max(day for day, n in days.items() if n == top)


def evaluate_timeml(directory: str | Path) -> dict[str, Any]:
    import datetime as dt

    from ..dates.stage import with_published
    from ..model import Document, Published
    from ..options import Context

    docs = read_collection(directory)
    collection_day = writing_day([t for _, _, gold in docs for t in gold])
    tally = {"all": [0, 0, 0], "calendar": [0, 0, 0]}  # gold, span found, value right
    per_doc = []
    for name, text, gold in docs:
        day = collection_day
        if day is None:
            raise DataError(M202.format(path=f"{directory}/{name}.tml", reason="no full-day DATE value to date the documents by"))
        published = Published(day, day, day, "annotation")
        doc = with_published(Document(id=name, body=text), published, Context(reference_date=dt.date.fromisoformat(day))).check()
        misses = []
        counts = [0, 0, 0]
        for g in gold:
            if g.type != "DATE":
                continue
            overlapping = [t for t in doc.timexes if t.start < g.end and g.start < t.end]
            right = any(t.value == g.value for t in overlapping)
            for key in ("all", "calendar") if CALENDAR_VALUE_RE.match(g.value) else ("all",):
                tally[key][0] += 1
                tally[key][1] += bool(overlapping)
                tally[key][2] += right
            counts[0] += 1
            counts[1] += bool(overlapping)
            counts[2] += right
            if not right:
                got = [t.value for t in overlapping]
                misses.append({"text": g.text, "want": g.value, "got": got})
        per_doc.append({"doc": name, "dates": counts[0], "found": counts[1], "right": counts[2], "misses": misses})
    summary = {key: {"gold": n, "span_recall": found / n if n else None, "value_accuracy": right / found if found else None,
                     "found": found, "right": right} for key, (n, found, right) in tally.items()}
    return {"directory": str(directory), "documents": len(docs), "collection_day": collection_day, **summary, "per_doc": per_doc}


def format_timeml(result: dict[str, Any], verbose: bool = False) -> str:
    lines = [f"TimeML DATE expressions ({result['directory']}: {result['documents']} documents, written on "
             f"{result['collection_day']}, their most frequent annotated day)",
             f"{'expressions':<22}{'gold':>6}{'found':>7}{'span R':>8}{'value right':>13}{'value acc':>11}"]
    for key, label in (("all", "all DATE"), ("calendar", "calendar-valued")):
        s = result[key]
        lines.append(f"{label:<22}{s['gold']:>6}{s['found']:>7}{_fmt(s['span_recall']):>8}{s['right']:>13}{_fmt(s['value_accuracy']):>11}")
    if verbose:
        for d in result["per_doc"]:
            lines.append(f"  {d['doc']}: {d['right']}/{d['dates']} right, {d['found']} found")
            for m in d["misses"]:
                lines.append(f"    miss: {m['text']!r} want {m['want']} got {m['got'] or 'nothing'}")
    return "\n".join(lines)
