"""The grammar of Arabic news time expressions, over folded text.

:func:`find_mentions` reads folded text (:func:`marsad.text.normalize.fold`) and returns
:class:`Mention` records: what was said (day, month, year, weekday, qualifier, ...), not yet
what it means; :mod:`marsad.dates.resolve` turns a mention into a TIMEX3 value against a
publication date.  Forms read (examples in the tests, tests/dates/test_grammar.py):

- day month year, "من" between day and month, paired months ("29 ديسمبر/كانون الأول 2022",
  "أيار/ مايو", "شباط (فبراير)"), ordinal days ("الخامس من يونيو"), numeric dates;
- weekday prefixes ("الثلاثاء 11 حزيران"), deictic prefixes ("اليوم الخميس 29 ...");
- ranges ("بين 6 و8 من تموز", "23 و24 من كانون الثاني 2017", "من 6 إلى 8 تموز");
- month and year alone ("في أيار/ مايو 2023", "عام 2011"), with parts ("أوائل أيار");
- qualifiers (الماضي, المقبل, الجاري, الحالي) after months and weekdays;
- words relative to publication ("اليوم", "أمس", "أمس الأول", "غدا", "بعد غد",
  "الأسبوع الماضي", "هذا العام"), bare weekdays, "قبل 5 سنوات";
- durations ("منذ 11 عاماً", "ثلاثة أيام"); Hijri dates ("5 رمضان 1444 هـ");
- English month names for captions and datelines ("DECEMBER 29", "December 29, 2018").

The grammar runs only where :mod:`marsad.dates.scan` finds that an expression may start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.normalize import fold_key
from .lexicon import Entry, Lexicon, lexicon
from .scan import PAIR_OPEN as _PAIR_OPEN
from .scan import WAW as _WAW
from .scan import previous_word, trigger_positions, word_entries, worth_parsing

_TOKEN_RE = re.compile(r"\s*(\d+|[^\W\d_]+|[^\w\s])")
_MIM = "\u0645"  # "2022م": the Gregorian era letter after a year
_MIN_WORD = "\u0645\u0646"  # "الأسبوع الأول من تموز"
_LATER_FROM = ("\u0639\u0644\u064a", "\u0639\u0646")  # علي (على)، عن: counted from another event ("من" is a preposition)
_HA = "\u0647"  # "1444هـ": the Hijri era letter (tatweel folded away)
_RANGE_DASH = frozenset("-\u2013\u2014")
_WINDOW = 160  # characters a single expression may span
_CUE_WINDOW = 40  # characters before an expression searched for a future cue
_MAX_YEAR = 2199


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression as said; offsets into the folded text."""

    start: int
    end: int
    kind: str  # date | range | relative | weekday | duration | anaphoric (counted from the last date said)
    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: str = "gregorian"  # gregorian | hijri
    weekday: int | None = None  # Monday = 0
    qualifier: int | None = None  # -1 past, 0 current, 1 next
    part: str | None = None  # START | MID | END
    deictic: int | None = None  # days from publication ("اليوم" 0, "أمس" -1)
    unit: str | None = None  # D W M Y DE CE H, for relative and duration
    amount: int | None = None
    to: "Mention | None" = None  # the end of a range
    year_shift: int | None = None  # "من العام الماضي": the year is publication's year + this
    month_shift: int | None = None  # "25 من الشهر الجاري": the month is publication's month + this
    future: bool = False  # a future cue ("المقرر", "بحلول") comes just before (read for stated years)
    past: bool = False  # a verb that tells it as past comes just before ("التي جرت في ١٠ أكتوبر ٢٠٢١")
    ahead: bool | None = None  # a month named without its year: True when its clause speaks of the future
    context: bool = False  # a day, year, pair, "شهر" or preposition makes a bare name a date


class _Stream:
    """Tokens of the folded text from a position on, read lazily."""

    __slots__ = ("text", "toks", "pos", "limit", "memo")

    def __init__(self, text: str, start: int):
        self.text = text
        self.memo: dict[tuple[int, bool], list] = {}
        self.toks: list[tuple[int, int, str]] = []
        self.pos = start
        self.limit = min(len(text), start + _WINDOW)

    def tok(self, i: int) -> tuple[int, int, str] | None:
        toks = self.toks
        while len(toks) <= i:
            m = _TOKEN_RE.match(self.text, self.pos, self.limit)
            if not m:
                return None
            toks.append((m.start(1), m.end(1), m.group(1)))
            self.pos = m.end()
        return toks[i]

    def text_at(self, i: int) -> str | None:
        t = self.tok(i)
        return t[2] if t else None


def _matches(lex: Lexicon, s: _Stream, i: int, clitic: bool = False) -> list[tuple[Entry, int, int]]:
    """Entries of the phrases starting at token i: (entry, next token index, clitic length)."""
    key = (i, clitic)
    got = s.memo.get(key)
    if got is None:
        got = s.memo[key] = _find_matches(lex, s, i, clitic)
    return got


def _find_matches(lex: Lexicon, s: _Stream, i: int, clitic: bool) -> list[tuple[Entry, int, int]]:
    t = s.tok(i)
    if t is None:
        return []
    form = lex.forms.get(t[2])
    if form is None or (form[1] and not clitic):
        return []
    word, clitic_len = form
    out = []
    for rest, entries in lex.phrases[word]:
        j = i + 1
        for w in rest:
            if s.text_at(j) != w:
                break
            j += 1
        else:
            out.extend((e, j, clitic_len) for e in entries)
    return out


def _first(matches: list[tuple[Entry, int, int]], *classes: str) -> tuple[Entry, int, int] | None:
    for m in matches:
        if m[0].cls in classes:
            return m
    return None


class _Parser:
    """Recursive descent over one stream; every method returns (fields, next index) or None."""

    def __init__(self, lex: Lexicon, s: _Stream):
        self.lex = lex
        self.s = s

    def at(self, i: int, *classes: str, clitic: bool = False) -> tuple[Entry, int, int] | None:
        return _first(_matches(self.lex, self.s, i, clitic), *classes)

    def is_text(self, i: int, *texts: str) -> bool:
        return self.s.text_at(i) in texts

    # ---------------------------------------------------------------- numbers

    def day(self, i: int) -> tuple[int, int] | None:
        """A day of the month: "24", "الخامس", "الحادي والعشرين", "الخامس عشر"."""
        text = self.s.text_at(i)
        if text is None:
            return None
        if text.isdigit():
            return (int(text), i + 1) if len(text) <= 2 and 1 <= int(text) <= 31 else None
        m = self.at(i, "ordinal", "tens_ordinal")
        if not m:
            first = self.at(i, "first_day")  # "غرة", "فاتح": only right before the month
            if first and (self._month_ahead(first[1], strict=True) or (self.at(first[1], "month_word") and self._month_ahead(first[1] + 1, strict=True))):
                return 1, first[1]
            return None
        value, j = int(m[0].value), m[1]
        if m[0].cls == "ordinal":
            teen = self.at(j, "cardinal")
            if teen and teen[0].value == 10:
                value, j = value + 10, teen[1]
            else:
                tens = self._conj(j, "tens_ordinal")
                if tens:
                    value, j = value + tens[0], tens[1]
        return (value, j) if 1 <= value <= 31 else None

    def count(self, i: int) -> tuple[int, int] | None:
        """A count: "11", "ثلاثة", "خمسة وتسعين", "خمسة عشر", "عشرين"."""
        text = self.s.text_at(i)
        if text is None:
            return None
        if text.isdigit():
            return int(text), i + 1
        m = self.at(i, "cardinal", "tens")
        if not m:
            return None
        value, j = int(m[0].value), m[1]
        if m[0].cls == "cardinal" and value < 10:
            teen = self.at(j, "cardinal")
            if teen and teen[0].value == 10:
                return value + 10, teen[1]
            tens = self._conj(j, "tens")
            if tens:
                return value + tens[0], tens[1]
        return value, j

    def _conj(self, i: int, cls: str) -> tuple[int, int] | None:
        """"و" + a tens word, as one token ("والعشرين") or two."""
        text = self.s.text_at(i)
        if text is None:
            return None
        if text == _WAW:
            m = self.at(i + 1, cls)
            return (int(m[0].value), m[1]) if m else None
        m = self.at(i, cls, clitic=True)
        if m and m[2] == 1 and text.startswith(_WAW):
            return int(m[0].value), m[1]
        return None

    # ---------------------------------------------------------------- calendar names

    def month(self, i: int, clitic: bool = False) -> tuple[dict, int] | None:
        """A month name, possibly paired ("ديسمبر/كانون الأول", "شباط (فبراير)")."""
        m = self.at(i, "month", "hijri", "month_en", clitic=clitic)
        if not m:
            return None
        entry, j, _ = m
        calendar = "hijri" if entry.cls == "hijri" else "gregorian"
        name = self.s.text_at(i)
        single = j == i + 1
        ambiguous = single and self.lex.forms.get(name, (name, 0))[0] in self.lex.ambiguous
        fields = {"month": int(entry.value), "calendar": calendar, "english": entry.cls == "month_en"}
        # a second name for the same month: "/ مايو", "(فبراير)", or directly after
        k = j
        sep = self.s.text_at(k)
        if sep in _PAIR_OPEN:
            k += 1
        other = self.at(k, "month", "hijri", "month_en")
        if other and int(other[0].value) == fields["month"] and (other[0].cls == "hijri") == (calendar == "hijri"):
            j = other[1]
            ambiguous = False
            if sep == "(" and self.is_text(j, ")"):
                j += 1
        fields["ambiguous"] = ambiguous
        return fields, j

    def year(self, i: int, calendar: str) -> tuple[int, int] | None:
        """A year after a month or day: ", 2022", "من عام 2017", "2022م", "1444 هـ"."""
        j = i
        if self.is_text(j, ","):
            j += 1
        if self.at(j, "preposition") and self.at(j + 1, "year_word"):
            j += 1
        word = self.at(j, "year_word")
        if word:
            j = word[1]
        text = self.s.text_at(j)
        if text is None or not text.isdigit() or len(text) != 4:
            return None
        value = int(text)
        j += 1
        era = self.s.text_at(j)
        if era == _MIM and calendar == "gregorian":
            j += 1
        elif era == _HA:
            if calendar != "hijri":
                return None
            j += 1
        if calendar == "hijri" and not 1300 <= value <= 1600:
            return None
        if calendar == "gregorian" and not 1000 <= value <= _MAX_YEAR:
            return None
        return value, j

    def qualifier(self, i: int) -> tuple[int, int] | None:
        m = self.at(i, "qualifier")
        return (int(m[0].value), m[1]) if m else None

    # ---------------------------------------------------------------- dates

    def date_from_month(self, i: int, fields: dict) -> tuple[dict, int]:
        """Month (already read into ``fields``), then year or qualifier."""
        j = fields.pop("_next")
        readers = (("year", lambda k: self.year(k, fields["calendar"])), ("qualifier", self.qualifier), ("year_shift", self.year_shift))
        for key, read in readers:
            got = read(j)
            if got:
                fields[key], j = got
                fields["context"] = True
                fields["ambiguous"] = False
                break
        return fields, j

    def year_shift(self, i: int) -> tuple[int, int] | None:
        """"من العام الماضي", "من هذا العام", "من العام المقبل": the year relative to publication."""
        j = i + 1 if self.at(i, "preposition") else i
        if self.at(j, "demonstrative"):
            p = self.at(j + 1, "period")
            return (0, p[1]) if p and p[0].value == "Y" else None
        p = self.at(j, "period")
        if not p or p[0].value != "Y":
            return None
        q = self.qualifier(p[1])
        return q if q else None

    def date_from_day(self, i: int) -> tuple[dict, int] | None:
        """Day [range] [من] month [year] [qualifier]; or an English "29 December 2018"."""
        d = self.day(i)
        if not d:
            return None
        day, j = d
        end_day = None
        if self.s.text_at(j) in _RANGE_DASH or self.at(j, "to") or self.is_text(j, _WAW):
            d2 = self.day(j + 1)
            if d2 and d2[0] > day:
                end_day, j2 = d2
                if self._month_ahead(j2):
                    j = j2
                else:
                    end_day = None
        if self.at(j, "preposition") and self.s.text_at(j) != self.s.text_at(i):
            if self._month_ahead(j + 1, strict=True):
                j += 1  # "24 من حزيران"
            elif self.at(j + 1, "month_word") and self._month_ahead(j + 2, strict=True):
                j += 2  # "24 من شهر حزيران", "الثامن والعشرين من شهر رمضان"
        elif self.at(j, "month_word") and self._month_ahead(j + 1, strict=True):
            j += 1  # "غرة شهر محرم"
        m = self.month(j)
        if not m:
            return self.day_of_relative_month(day, j)
        fields, j = m
        fields["day"] = day
        fields["context"] = True
        fields["ambiguous"] = False
        fields["_next"] = j
        fields, j = self.date_from_month(i, fields)
        if end_day is not None:
            end = dict(fields, day=end_day)
            fields = {"kind": "range", "from": fields, "to": end}
        return fields, j

    def day_of_relative_month(self, day: int, j: int) -> tuple[dict, int] | None:
        """"25 من الشهر الجاري", "10 من الشهر الماضي": a day of a month named by its distance;
        "في الخامس عشر منه": of the month said before."""
        of_it = self.at(j, "of_it")
        if of_it:
            return {"kind": "anaphoric", "day": day, "unit": "M", "amount": 0, "context": True}, of_it[1]
        if not (self.at(j, "preposition") and self.s.text_at(j) != self.s.text_at(j - 1)):
            return None
        same = self.at(j + 1, "anaphoric")
        if same and same[0].value[0] == "M":  # "في السادس من الشهر نفسه": of the month said before
            return {"kind": "anaphoric", "day": day, "unit": "M", "amount": same[0].value[1], "context": True}, same[1]
        p = self.at(j + 1, "period")
        if not p or p[0].value != "M":
            return None
        q = self.qualifier(p[1])
        if not q:
            return None
        return {"kind": "date", "day": day, "month_shift": q[0], "context": True}, q[1]

    def _month_ahead(self, j: int, strict: bool = False) -> bool:
        if self.at(j, "month", "hijri", "month_en"):
            return True
        return not strict and bool(self.at(j, "preposition")) and bool(self.at(j + 1, "month", "hijri", "month_en"))

    def numeric_date(self, i: int) -> tuple[dict, int] | None:
        """29/12/2022, 29-12-2022, 29.12.2022 or 2022-12-29."""
        a = self.s.text_at(i)
        sep = self.s.text_at(i + 1)
        if sep not in ("/", "-", ".") or self.s.text_at(i + 3) != sep:
            return None
        b, c = self.s.text_at(i + 2), self.s.text_at(i + 4)
        if not (b and c and b.isdigit() and c.isdigit()):
            return None
        # the tokens must touch: "29/12/2022", not "29 / 12"
        toks = [self.s.tok(k) for k in range(i, i + 5)]
        if any(toks[k][1] != toks[k + 1][0] for k in range(4)):
            return None
        x, y, z = int(a), int(b), int(c)
        if len(a) == 4:
            year, month, day = x, y, z
        elif len(c) == 4:
            year, month, day = z, y, x
        else:
            return None
        if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= _MAX_YEAR):
            return None
        if self.s.text_at(i + 5) == _HA:  # "22/1/1422هـ": a Hijri date written in figures
            if not (1 <= day <= 30 and 1300 <= year <= 1600):
                return None
            return {"day": day, "month": month, "year": year, "calendar": "hijri", "context": True}, i + 6
        return {"day": day, "month": month, "year": year, "context": True}, i + 5

    # ---------------------------------------------------------------- entry points by first word

    def parse(self, i: int) -> tuple[dict, int, int] | None:
        """The expression starting at token i: (fields, next index, clitic length)."""
        text = self.s.text_at(i)
        if text is None:
            return None
        if text.isdigit():
            got = self.numeric_date(i) or self.date_from_day(i) or self.duration(i) or self.bare_year(i)
            return (*got, 0) if got else None
        matches = _matches(self.lex, self.s, i, clitic=True)
        if not matches:
            return None
        clitic = matches[0][2]
        classes = {e.cls: (e, j) for e, j, _ in reversed(matches)}
        for method in (
            self._anaphoric, self._deictic, self._weekday, self._month_first, self._ordinal_day, self._part,
            self._month_word, self._time_of_day, self._period, self._demonstrative,
            self._year_word, self._since, self._ago, self._later, self._between, self._count_words,
        ):  # fmt: skip
            got = method(i, classes)
            if got:
                return got[0], got[1], clitic
        return None

    def _anaphoric(self, i: int, classes: dict) -> tuple[dict, int] | None:
        """"اليوم التالي", "في اليوم نفسه", "العام التالي": counted from the date the text gave
        last (resolved by the stage, which knows it), not from publication."""
        if "anaphoric" not in classes:
            return None
        entry, j = classes["anaphoric"]
        unit, amount = entry.value
        return {"kind": "anaphoric", "unit": unit, "amount": amount, "context": True}, j

    def _deictic(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "deictic" not in classes:
            return None
        entry, j = classes["deictic"]
        if self.at(j, "blocker"):
            return None
        offset = int(entry.value)
        k = j + 1 if self.is_text(j, ",") else j
        w = self.at(k, "weekday")
        if w:
            weekday, k = int(w[0].value), w[1]
            k2 = k + 1 if self.is_text(k, ",") else k
            got = self.date_from_day(k2)
            if got and got[0].get("kind") != "range":
                fields, end = got
                return dict(fields, kind="date", weekday=weekday, deictic=offset), end
            return {"kind": "relative", "unit": "D", "amount": offset, "weekday": weekday, "context": True}, k
        return {"kind": "relative", "unit": "D", "amount": offset, "context": True}, j

    def _weekday(self, i: int, classes: dict) -> tuple[dict, int] | None:
        entry = classes.get("weekday") or classes.get("weekday_en")
        if not entry:
            return None
        weekday, j = int(entry[0].value), entry[1]
        k = j + 1 if self.is_text(j, ",") else j
        if self.at(k, "align"):
            k += 1
        got = self.date_from_day(k)
        if got:
            fields, end = got
            if fields.get("kind") == "range":
                fields["from"]["weekday"] = weekday
                return fields, end
            return dict(fields, kind="date", weekday=weekday), end
        if entry[0].cls == "weekday_en":
            m = self.month(k)
            if m:  # "Saturday, December 29, 2018"
                got = self.english_month_first(k, m)
                if got:
                    return dict(got[0], weekday=weekday), got[1]
            return None
        pair = self._second_weekday(j)
        if pair:  # "يومي الخميس والجمعة", "يومي الأربعاء والخميس المقبلين": two days running
            second, q, end = pair
            dated = self.date_from_day(end + 1 if self.is_text(end, ",") else end)
            if dated:  # "يومي الخميس والجمعة 25 و26 نيسان": the dates say which
                fields, stop = dated
                if fields.get("kind") == "range":
                    fields["from"]["weekday"] = weekday
                    return fields, stop
                return dict(fields, kind="date", weekday=weekday), stop
            return {"kind": "range", "from": {"weekday": weekday, "qualifier": q},
                    "to": {"kind": "weekday", "weekday": second, "qualifier": q}}, end
        q = self.qualifier(j)
        if q:
            return {"kind": "weekday", "weekday": weekday, "qualifier": q[0], "context": True}, q[1]
        return {"kind": "weekday", "weekday": weekday}, j

    def _second_weekday(self, j: int) -> tuple[int, int | None, int] | None:
        """"و" and a second weekday after a first ("الخميس والجمعة"), and a qualifier of both."""
        w = self.at(j + 1, "weekday") if self.is_text(j, _WAW) else self.at(j, "weekday", clitic=True)
        if not w or (not self.is_text(j, _WAW) and w[2] != 1):
            return None
        q = self.qualifier(w[1])
        return int(w[0].value), (q[0] if q else None), (q[1] if q else w[1])

    def _month_first(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if not ({"month", "hijri", "month_en"} & classes.keys()):
            return None
        m = self.month(i, clitic=True)
        if not m:
            return None
        fields, j = m
        if fields["english"]:
            return self.english_month_first(i, m)
        fields["_next"] = j
        fields, j = self.date_from_month(i, fields)
        return dict(fields, kind="date"), j

    def english_month_first(self, i: int, m: tuple[dict, int]) -> tuple[dict, int] | None:
        """"DECEMBER 29", "December 29, 2018", "Dec. 29"."""
        fields, j = m
        if self.is_text(j, "."):
            j += 1
        d = self.day(j)
        if not d:
            y = self.year(j, "gregorian")
            if y:
                return dict(fields, kind="date", year=y[0], context=True), y[1]
            return None
        fields = dict(fields, kind="date", day=d[0], context=True)
        y = self.year(d[1], "gregorian")
        if y:
            fields["year"] = y[0]
            return fields, y[1]
        return fields, d[1]

    def bare_year(self, i: int) -> tuple[dict, int] | None:
        """"2003م", or a year after a preposition ("في 2003", "حتى 2020"): checked by the caller."""
        text = self.s.text_at(i)
        if len(text) != 4 or not 1000 <= int(text) <= _MAX_YEAR:
            return None
        if self.is_text(i + 1, _MIM):
            return {"kind": "date", "year": int(text), "context": True}, i + 2
        before = self.s.text[self.s.toks[i][0] - 1 : self.s.toks[i][0]]
        after = self.s.text_at(i + 1)
        if before == "(" and after == ")" and self.s.tok(i + 1)[0] == self.s.toks[i][1]:
            return {"kind": "date", "year": int(text), "context": True}, i + 1  # "(1949)"
        return {"kind": "date", "year": int(text), "bare": True}, i + 1

    def _ordinal_day(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "first_day" in classes:
            return self.date_from_day(i)
        if "ordinal" not in classes and "tens_ordinal" not in classes:
            return None
        d = self.day(i)
        if d and self.at(d[1], "of_it"):
            return self.day_of_relative_month(*d)
        if not d or not self.at(d[1], "preposition"):
            return None
        if not self.at(d[1] + 1, "month", "hijri", "period") and not (self.at(d[1] + 1, "month_word") and self.at(d[1] + 2, "month", "hijri")):
            return None  # (an ordinal is a day only before "من" and a month: "الخامس من [شهر] حزيران")
        got = self.date_from_day(i)
        return (dict(got[0], kind=got[0].get("kind", "date")), got[1]) if got else None

    def _part(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "part" not in classes:
            return None
        entry, j = classes["part"]
        got = self._inner(j)
        if not got:
            return None
        fields, end = got
        if fields.get("kind") in ("range", "duration", "weekday") or fields.get("day"):
            return None
        return dict(fields, part=entry.value, context=True), end

    def _inner(self, j: int) -> tuple[dict, int] | None:
        """What a part word ("أوائل", "الأسبوع الأول من") or "شهر" governs: a month, a period, a year."""
        if self.is_text(j, _MIN_WORD):
            j += 1
        if self.at(j, "month_word"):
            j += 1
        m = self.month(j)
        if m:
            fields, k = m
            fields["_next"] = k
            fields, k = self.date_from_month(j, fields)
            return dict(fields, kind="date", context=True), k
        p = self.at(j, "period")
        if p:
            return self._period(j, {"period": (p[0], p[1])})
        yw = self.at(j, "year_word")
        if yw:
            return self._year_word(j, {"year_word": (yw[0], yw[1])})
        return None

    def _month_word(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "month_word" not in classes:
            return None
        j = classes["month_word"][1]
        if not self.at(j, "month", "hijri"):
            return None
        got = self._inner(j)
        return got

    def _time_of_day(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "time_of_day" not in classes and "day_word" not in classes:
            return None
        j = (classes.get("time_of_day") or classes.get("day_word"))[1]
        anaphoric = self.at(j, "anaphoric")
        if anaphoric:  # "صباح اليوم التالي"
            return self._anaphoric(j, {"anaphoric": anaphoric[:2]})
        if self.at(j, "weekday"):
            got = self._weekday(j, {"weekday": (self.at(j, "weekday")[0], self.at(j, "weekday")[1])})
            return (dict(got[0], context=True), got[1]) if got else None
        if self.at(j, "deictic"):
            return self._deictic(j, {"deictic": self.at(j, "deictic")[:2]})
        got = self.date_from_day(j)
        if got:
            return dict(got[0], kind=got[0].get("kind", "date")), got[1]
        return None

    def _period(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "period" not in classes:
            return None
        entry, j = classes["period"]
        q = self.qualifier(j)
        if q:
            return {"kind": "relative", "unit": entry.value, "amount": q[0], "context": True}, q[1]
        if "year_word" in classes:
            return self._year_word(i, classes)
        return None

    def _demonstrative(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "demonstrative" not in classes:
            return None
        p = self.at(classes["demonstrative"][1], "period")
        if not p:
            return None
        return {"kind": "relative", "unit": p[0].value, "amount": 0, "context": True}, p[1]

    def _year_word(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "year_word" not in classes:
            return None
        j = classes["year_word"][1]
        text = self.s.text_at(j)
        if text is None or not text.isdigit() or len(text) != 4 or not 1000 <= int(text) <= _MAX_YEAR:
            return None
        end = j + 2 if self.is_text(j + 1, _MIM) else j + 1
        return {"kind": "date", "year": int(text), "context": True}, end

    def duration(self, i: int) -> tuple[dict, int] | None:
        """A count and a unit: "11 عاما", "ثلاثة أيام"; a dual unit alone: "عامين"."""
        c = self.count(i)
        if c:
            u = self.at(c[1], "unit")
            if not u:
                return None
            unit, dual = u[0].value
            return {"kind": "duration", "unit": unit, "amount": c[0] * (dual or 1)}, u[1]
        u = self.at(i, "unit")
        if u and u[0].value[1] and not (self.s.text_at(u[1]) or "").isdigit():  # not "منذ عام 2015"
            return {"kind": "duration", "unit": u[0].value[0], "amount": u[0].value[1]}, u[1]
        return None

    def _since(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "since" not in classes:
            return None
        got = self.duration(classes["since"][1])  # "منذ 11 عاما", "منذ عامين", "منذ عام"
        if not got:
            return None
        fields, j = got
        # the span is the duration itself ("11 عاما"), as TimeML marks it
        return dict(fields, _skip=1), j

    def _ago(self, i: int, classes: dict) -> tuple[dict, int] | None:
        """"قبل ثلاثة أيام": that long before publication."""
        got = self._counted(classes, "ago")
        if not got:
            return None
        fields, j = got
        return {"kind": "relative", "unit": fields["unit"], "amount": -fields["amount"], "context": True}, j

    def _later(self, i: int, classes: dict) -> tuple[dict, int] | None:
        """"ستعقد بعد أسبوعين": that long after publication, in a clause about the future (the
        caller checks); not "بعد أسبوعين من المحادثات" nor "بعد 11 عاما على" (counted from
        another event), nor a story's "وبعد خمسة أيام فقط، اكتشف" (after its last event)."""
        got = self._counted(classes, "later")
        if not got:
            return None
        fields, j = got
        if self.at(j, "preposition") or self.s.text_at(j) in _LATER_FROM:
            return None
        return {"kind": "relative", "unit": fields["unit"], "amount": fields["amount"], "context": True, "later": True}, j

    def _counted(self, classes: dict, cls: str) -> tuple[dict, int] | None:
        """A count of days, weeks, months or years after a word of class ``cls``."""
        if cls not in classes:
            return None
        got = self.duration(classes[cls][1])
        if not got or got[0]["unit"] not in ("D", "W", "M", "Y"):
            return None
        return got

    def _between(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "between" not in classes:
            return None
        j = classes["between"][1]
        got = self.date_from_day(j)
        if not got:
            return None
        fields, k = got
        if fields.get("kind") == "range":
            return fields, k
        if not self.is_text(k, _WAW):
            return None
        got2 = self.date_from_day(k + 1)
        if not got2 or got2[0].get("kind") == "range":
            return None
        return {"kind": "range", "from": fields, "to": got2[0]}, got2[1]

    def _count_words(self, i: int, classes: dict) -> tuple[dict, int] | None:
        if "cardinal" not in classes:
            return None
        return self.duration(i)


def _mention(fields: dict, start: int, end: int, future: bool) -> Mention:
    kind = fields.get("kind", "date")
    if kind == "range":
        a, b = fields["from"], fields["to"]
        to = _mention(dict(b, kind=b.get("kind", "date")), start, end, future)
        frm = _mention(dict(a, kind="date"), start, end, future)
        return Mention(
            start, end, "range", day=frm.day, month=frm.month, year=frm.year, calendar=frm.calendar,
            weekday=frm.weekday, qualifier=frm.qualifier, to=to, future=future, context=True,
        )  # fmt: skip
    return Mention(
        start=start,
        end=end,
        kind=kind,
        day=fields.get("day"),
        month=fields.get("month"),
        year=fields.get("year"),
        calendar=fields.get("calendar", "gregorian"),
        weekday=fields.get("weekday"),
        qualifier=fields.get("qualifier"),
        part=fields.get("part"),
        deictic=fields.get("deictic"),
        unit=fields.get("unit"),
        amount=fields.get("amount"),
        year_shift=fields.get("year_shift"),
        month_shift=fields.get("month_shift"),
        future=future,
        context=bool(fields.get("context")) and not fields.get("ambiguous"),
    )


def find_mentions(folded: str) -> list[Mention]:
    """Every time expression of a folded text, left to right, not overlapping."""
    lex = lexicon()
    out: list[Mention] = []
    taken = 0
    for pos in trigger_positions(folded):
        if pos < taken or not worth_parsing(lex, folded, pos):
            continue
        s = _Stream(folded, pos)
        got = _Parser(lex, s).parse(0)
        if not got:
            continue
        fields, j, clitic = got
        first = s.toks[fields.pop("_skip", 0)]
        start = first[0] + (clitic if first is s.toks[0] else 0)
        end = s.toks[j - 1][1]
        bare = fields.pop("bare", False)
        later = fields.pop("later", False)
        dated = fields.get("year") is not None or fields.get("kind") == "range"
        mention = _mention(fields, start, end, dated and _cue_before(lex, folded, start, "future_cue", FUTURE_CUE_WORDS))
        if fields.get("month") is not None and not mention.future and (
                (dated and _cue_before(lex, folded, start, "past_cue", PAST_CUE_WORDS)) or _past_perfect_before(folded, start)):
            mention = replace(mention, past=True)  # ("وكانت قوات ... قد أسقطت، مساء الثلاثاء 9 يناير": a Tuesday before the page)
        if bare and not _year_context(lex, folded, start, end, out):
            continue
        if later and not _future_clause(lex, folded, start, end):
            if not _day_before_in_sentence(folded, start, out):
                continue  # a story's "بعد خمسة أيام": its count alone is read from the next word
            # "اجتمع الوزيران في 5 أيار، وبعد يومين وقعا اتفاقا": two days after that day
            mention = replace(mention, kind="anaphoric")
        if not _acceptable(lex, folded, mention):
            continue
        if mention.month is not None and mention.year is None and mention.qualifier is None and mention.kind in ("date", "range"):
            mention = replace(mention, ahead=_future_clause(lex, folded, start, end))
        elif mention.kind == "weekday" and mention.qualifier is None and _future_before(lex, folded, start):
            mention = replace(mention, ahead=True)  # "ومن المقرر أن يتوجه أردوغان، الثلاثاء، إلى الدوحة"
        out.append(mention)
        taken = end
    return out


def is_anaphoric(text: str) -> bool:
    """Whether a time expression counts from the date said before it ("اليوم نفسه")."""
    found = find_mentions(fold_key(text))
    return bool(found) and found[0].kind == "anaphoric"


_CLAUSE_END_RE = re.compile(r"[,;.:!?\n]")


def _day_before_in_sentence(folded: str, start: int, before: list[Mention]) -> bool:
    """Whether the sentence gave a day before ``start`` (what "بعد يومين" in a story counts from)."""
    if not before:
        return False
    last = before[-1]
    day = (last.kind in ("date", "weekday") and (last.day is not None or last.weekday is not None)) or (last.kind == "relative" and last.unit == "D")
    return day and _SENTENCE_END_RE.search(folded, last.end, start) is None


def _future_clause(lex: Lexicon, folded: str, start: int, end: int) -> bool:
    """Whether the clause around a mention (between commas or stops) speaks of the future."""
    left = max((m.end() for m in _CLAUSE_END_RE.finditer(folded, max(0, start - 160), start)), default=max(0, start - 160))
    right = _CLAUSE_END_RE.search(folded, end)
    words = folded[left : right.start() if right else min(len(folded), end + 160)].split()
    future = next((k for k, w in enumerate(words) if any(e.cls == "tense_future" for e in word_entries(lex, w))), None)
    return future is not None and not any(w in _KANA for w in words[max(0, future - 2) : future])  # ("وكان من المقرر أن ...": a plan of the past)


_SENTENCE_END_RE = re.compile(r"[.!?\n]")
FUTURE_BEFORE_WORDS = 16  # a bare weekday is ahead when a future word stands this close before it in its sentence


def _future_before(lex: Lexicon, folded: str, start: int) -> bool:
    """Whether the sentence speaks of the future before a bare weekday, across commas."""
    left = max((m.end() for m in _SENTENCE_END_RE.finditer(folded, max(0, start - 120), start)), default=max(0, start - 120))
    words = folded[left:start].split()[-FUTURE_BEFORE_WORDS:]
    return any(any(e.cls == "tense_future" for e in word_entries(lex, w.strip("،,"))) for w in words)


def _cue_before(lex: Lexicon, folded: str, start: int, cls: str, words: int) -> bool:
    """A word of class ``cls`` among the last ``words`` words before ``start``: a future cue
    ("المقرر", "بحلول"), or a verb that tells a happening as past ("الانتخابات التي جرت في ١٠
    أكتوبر ٢٠٢١")."""
    return any(any(e.cls == cls for e in word_entries(lex, w)) for w in folded[max(0, start - _CUE_WINDOW) : start].split()[-words:])


def _past_perfect_before(folded: str, start: int) -> bool:
    """The past perfect ("كان" ... "قد" and a verb) in the words just before ``start``, in its
    sentence: "وكانت قوات أمريكية وبريطانية قد أسقطت، مساء الثلاثاء 9 يناير"."""
    before = folded[max(0, start - _PERFECT_WINDOW) : start]
    before = before[max(before.rfind("."), before.rfind("\n")) + 1 :]
    words = [w.strip(_PERFECT_PUNCT) for w in before.split()]
    if _QAD not in words[-PERFECT_QAD_WORDS:]:
        return False
    return any(w in _KANA for w in words[: len(words) - words[::-1].index(_QAD) - 1])


_PERFECT_WINDOW = 90  # characters back for "كان" (its subject may stand between it and "قد")
PERFECT_QAD_WORDS = 4  # "قد", the verb, "مساء", then the date
_PERFECT_PUNCT = ",\u060c\"'()\u00ab\u00bb"
_QAD = "\u0642\u062f"  # قد
_KANA = frozenset(("\u0643\u0627\u0646", "\u0643\u0627\u0646\u062a", "\u0643\u0627\u0646\u0648\u0627",
                   "\u0648\u0643\u0627\u0646", "\u0648\u0643\u0627\u0646\u062a", "\u0648\u0643\u0627\u0646\u0648\u0627"))  # (و)كان، كانت، كانوا


FUTURE_CUE_WORDS = 4
PAST_CUE_WORDS = 2  # the verb, then "في"


_CHRONOLOGY_RE = re.compile(r"[ \t]*[-\u2013\u2014:]")  # "١٩٨٤- المغرب ينسحب ...", "2011: ..."


def _year_context(lex: Lexicon, folded: str, start: int, end: int, before: list[Mention]) -> bool:
    """A bare four-digit number is a year after a preposition, or after a year and "و", or at
    the head of a line of a chronology ("١٩٨٤- المغرب ينسحب من منظمة الوحدة الإفريقية")."""
    line_start = folded.rfind("\n", 0, start) + 1
    if not folded[line_start:start].strip(" \t*\u2022-") and _CHRONOLOGY_RE.match(folded, end):
        return True
    previous = previous_word(folded, start)
    if previous == _WAW or folded[start - 1 : start] == _WAW:
        return bool(before) and before[-1].year is not None and start - before[-1].end <= 3
    return any(e.cls == "year_context" for e in word_entries(lex, previous))


def _acceptable(lex: Lexicon, folded: str, m: Mention) -> bool:
    """Bare names that are also ordinary words need context: "في آب", not "أب"."""
    if m.kind == "date" and m.day is None and m.year is None and m.month is not None and not m.context:
        name = lex.forms.get(folded[m.start : m.end].split()[0], ("", 0))[0]
        previous = previous_word(folded, m.start)
        prep = any(e.cls == "preposition" for e in word_entries(lex, previous))
        if name in lex.ambiguous or m.calendar == "hijri":
            return prep and m.calendar == "gregorian" or (prep and name not in lex.ambiguous)
        return True
    if m.kind == "anaphoric" and m.day and folded[m.start : m.end].endswith(_OF_IT):
        # "في الخامس عشر منه" (of the month said before), not "البند الثاني منه" (of a text)
        return any(e.cls in ("preposition", "day_word") for e in word_entries(lex, previous_word(folded, m.start)))
    if m.kind == "weekday" and m.qualifier is None:
        name = lex.forms.get(folded[m.start : m.end].split()[0], ("", 0))[0]
        if name in lex.ambiguous or name in lex.blockable:
            previous = previous_word(folded, m.start)
            if any(e.cls == "weekday_blocker" for e in word_entries(lex, previous)):
                return False
            if name in lex.blockable:
                return not _both_after(lex, folded, m.end)
    return True


_OF_IT = fold_key("منه")


def _both_after(lex: Lexicon, folded: str, end: int) -> bool:
    """After "الاثنين", a word that makes it "both" ("الاثنين معا", "الاثنين اللذين") or the tens
    of an ordinal ("الاثنين والعشرين")."""
    words = folded[end : end + 24].split()[:1]
    if not words:
        return False
    return any(e.cls in ("both_cue", "tens_ordinal") for e in word_entries(lex, words[0]))
