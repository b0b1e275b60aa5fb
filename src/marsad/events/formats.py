"""Named multilateral formats ("محادثات أستانة") and their member countries (data/actors/formats.yaml)."""

from __future__ import annotations

from functools import lru_cache

from ..resources import read_records
from ..text.normalize import fold
from ..text.phrases import PhraseTable, phrase_key, scan
from ..text.tokens import tokenize


@lru_cache(maxsize=8)
def _hits(text: str):
    table = _table()[0]
    folded = fold(text)[0]
    if not any(first in folded for first in _stems()):
        return ()  # no format named: skip the word-by-word scan
    return scan(text, table)


@lru_cache(maxsize=1)
def _stems() -> tuple[str, ...]:
    """The first words of the format names without their article, as substrings to look for."""
    return tuple(sorted({key.split(" ")[0].removeprefix("\u0627\u0644") for key in _table()[0].entries}))


@lru_cache(maxsize=1)
def _table() -> tuple[PhraseTable[tuple[str, ...]], dict[tuple[str, ...], frozenset[str]], frozenset[tuple[str, ...]]]:
    """The names' table, each format's head words, and the formats whose name is a meeting
    (``meeting: true``)."""
    pairs = []
    heads: dict[tuple[str, ...], frozenset[str]] = {}
    meetings = set()
    for rec in read_records("actors/formats.yaml", keys=("id", "name", "names", "heads", "members", "meeting"), required=("id", "names", "members")):
        members = tuple(rec["members"])
        pairs += [(name, members) for name in rec["names"]]
        heads[members] = frozenset(phrase_key(h) for h in rec.get("heads") or [])
        if rec.get("meeting"):
            meetings.add(members)
    return PhraseTable.build(pairs), heads, frozenset(meetings)


def formats_in(text: str, start: int = 0, end: int | None = None, inside=None, trigger=None) -> list[tuple[str, ...]]:
    """Member lists of the formats named in ``text`` (between ``start`` and ``end``, at offsets
    ``inside`` accepts); a format whose name is also a city ("أستانة") counts only right after
    one of its head words ("مسار", "محادثات"), and one whose name is a meeting ("القمة العربية")
    only for the event that name reports (the ``trigger`` hit inside it) or whose verb it follows
    as subject ("طالبت القمة العربية الإسلامية"), not for any other its clause tells ("احتفاء
    بمشاركتها في قمة الاتحاد الإفريقي").  The text is scanned once and remembered."""
    table, heads, meetings = _table()
    toks = tokenize(text)
    end = len(text) if end is None else end
    out = []
    for hit in _hits(text):
        if not (start <= hit.start < end) or (inside is not None and hit.start not in inside):
            continue
        for members in hit.payloads:
            if members in meetings and not (trigger is not None and (hit.start <= trigger.start < hit.end or hit.first == trigger.last)):
                continue
            need = heads.get(members)
            if need:
                before = {t.norm for t in toks[max(0, hit.first - 3) : hit.first]}
                before |= {f for t in toks[max(0, hit.first - 3) : hit.first] for f in (t.norm[1:], t.norm[2:])}
                if not before & need:
                    continue
            if members not in out:
                out.append(members)
    return out
