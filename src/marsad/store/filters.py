"""What a reader may ask the store for: filters by actor, country, event type, outlet and date.

:class:`Filters` checks and normalises its values on construction (an unknown event type,
a country that is not an ISO code or a date that is not a date raise :class:`InputError`
naming the parameter).  Dates are compared as intervals: ``since=2022-12`` keeps whatever
may fall on or after 1 December 2022, and an event dated ``2022`` overlaps any day of it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..errors import M601, InputError
from ..model import EVENT_TYPES

ENTITY_KINDS = ("PER", "ORG", "GPE", "LOC")
MAX_LIMIT = 500

_COUNTRY_RE = re.compile(r"^[A-Z]{3,5}$")  # ISO 3166-1 alpha-3, or an IGO code (UNO, NATO, ...)
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ID_RE = re.compile(r"^[^\x00-\x1f]{1,200}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    actor: str | None = None  # an entity id, as in a document's entities
    country: str | None = None  # ISO3 of an actor (or the mediator) of the event
    type: str | None = None  # PLOVER event type
    outlet: str | None = None  # canonical outlet name
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD: first day kept
    until: str | None = None  # last day kept
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        set_ = lambda name, value: object.__setattr__(self, name, value)  # noqa: E731 (frozen)
        for name in ("actor", "country", "type", "outlet", "since", "until"):
            value = getattr(self, name)
            if value is not None:
                value = str(value).strip() or None
            if value is not None and not _ID_RE.match(value):
                raise InputError(M601.format(name=name, value=value[:40], reason="not a valid value"))
            set_(name, value)
        if self.country is not None:
            set_("country", self.country.upper())
            if not _COUNTRY_RE.match(self.country):
                raise InputError(M601.format(name="country", value=self.country, reason="not an ISO 3166-1 alpha-3 code"))
        if self.type is not None:
            set_("type", self.type.upper())
            if self.type not in EVENT_TYPES:
                raise InputError(M601.format(name="type", value=self.type, reason="not a PLOVER event type"))
        if self.since is not None:
            set_("since", _bound("since", self.since, 0))
        if self.until is not None:
            set_("until", _bound("until", self.until, 1))
        if not (1 <= int(self.limit) <= MAX_LIMIT):
            raise InputError(M601.format(name="limit", value=self.limit, reason=f"must be 1 to {MAX_LIMIT}"))
        if int(self.offset) < 0:
            raise InputError(M601.format(name="offset", value=self.offset, reason="must be 0 or more"))

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    def as_params(self) -> dict[str, str]:
        """The filters that are set, as query parameters (for links that keep them)."""
        names = ("actor", "country", "type", "outlet", "since", "until")
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}


def date_range(value: str | None) -> tuple[str | None, str | None]:
    """First and last day a SPEC date may mean: ``2022-12`` -> (2022-12-01, 2022-12-31).

    ``START/END`` intervals take the first day of START and the last of END; anything else
    (null, unparseable) gives (None, None).
    """
    if not value:
        return None, None
    if "/" in value:
        start, _, end = value.partition("/")
        return date_range(start)[0], date_range(end)[1]
    m = _DATE_RE.match(value.strip())
    if not m:
        return None, None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        return value, value
    if month:
        last = calendar.monthrange(year, int(month))[1] if 1 <= int(month) <= 12 else 31
        return f"{year:04d}-{month}-01", f"{year:04d}-{month}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _bound(name: str, value: str, end: int) -> str:
    first, last = date_range(value) if _DATE_RE.match(value) else (None, None)
    try:
        if first and last and dt.date.fromisoformat(first) <= dt.date.fromisoformat(last):
            return (first, last)[end]
    except ValueError:
        pass
    raise InputError(M601.format(name=name, value=value, reason="not a date like 2022-12-28, 2022-12 or 2022"))
