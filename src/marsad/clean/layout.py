"""Finding the article in a page dump: head, body and tail by the shape of the lines.

A page copied from a browser is a column of lines.  The article body is the run of
paragraph-like lines (long, in the page's script, ending like sentences); what stands
before it is the head (category labels, the title, the dateline, captions), what follows
the last paragraph is the tail (attribution, footer, tags, related links, comment forms,
appeals).  A block header such as "إقرأ أيضاً" or "كلمات دلالية" ends the article: every
line after it is chrome, even a whole appended article, unless a few links follow it and then
the article's own paragraphs go on (a box inside the article).  Each dropped line keeps its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates.dateline import is_dateline, opens_with_wire_dateline, parse_dateline
from . import chrome, outlets

# A paragraph has at least this many words and ends like a sentence, or is long anyway.
PARAGRAPH_MIN_WORDS = 8
PARAGRAPH_LONG_WORDS = 14
# A title has between these many words and does not end with a full stop.
TITLE_MIN_WORDS = 3
TITLE_LONG_WORDS = 5
TITLE_MAX_WORDS = 30
# A head line this short, before the title, is a section label.
CATEGORY_MAX_WORDS = 3
# A line of at most this many words right above a title-like line this many times longer is a
# kicker (an overline naming the occasion), not the headline.
KICKER_MAX_WORDS = 8
KICKER_RATIO = 1.5
# A long headline has at most this many lines (the headline and its subtitles).
HEADLINE_MAX_LINES = 3
BYLINE_MAX_WORDS = 4  # a byline or a credit line under a headline ("جنيف - بوابة الوسط", "كتب: محمد علي")
BOX_MAX_ITEMS = 5  # link titles in a block inside the article ("اقرأ المزيد" and its links)
BOX_RESUME_PARAGRAPHS = 2  # long paragraphs after such a block: the article goes on
_BULLET_RE = re.compile("\\s*[-\u2013\u2022\u25aa\u25cf\u00bb*]")  # a list item's mark: "- ", "• ", "▪ ", "» "
_BAR = "|"


@dataclass
class Line:
    number: int  # 1-based line of the page
    text: str


@dataclass
class Layout:
    title: Line | None = None
    body: list[Line] = field(default_factory=list)
    captions: list[Line] = field(default_factory=list)
    dropped: list[tuple[Line, str]] = field(default_factory=list)
    attribution: Line | None = None
    dateline: tuple[Line, str] | None = None  # the line and its ISO date


def split_lines(text: str) -> list[Line]:
    return [Line(i, raw.strip()) for i, raw in enumerate(text.splitlines(), 1) if raw.strip()]


def is_paragraph(line: str, page_script: str) -> bool:
    n = len(chrome.words(line))
    if chrome.script_of(line) != page_script or n < PARAGRAPH_MIN_WORDS:
        return False
    if n < PARAGRAPH_LONG_WORDS and line.rstrip(" \"'\u201d\u00bb)").endswith(("?", "!", "\u061f")):
        return False  # a short question or exclamation is a headline more often than a paragraph
    return chrome.ends_sentence(line) or n >= PARAGRAPH_LONG_WORDS


def is_attribution(line: str) -> bool:
    head, sep, rest = line.partition(":")
    return bool(sep) and bool(rest.strip()) and chrome.phrases().line.get(chrome._key(head)) is None and _is_source_word(head)


def _is_source_word(head: str) -> bool:
    key = chrome._key(head)
    return key in ("المصدر", "المصادر", "مصدر", "source", "sources")


def lay_out(text: str, title_hint: str | None = None) -> Layout:
    """Split a page dump into title, body, captions and dropped lines."""
    lines = split_lines(text)
    out = Layout()
    if not lines:
        return out
    page_script = chrome.script_of(text) if chrome.script_of(text) != "other" else "ar"

    # 1. The tail starts at the first block header that follows some article text.
    # A block inside the article ("اقرأ المزيد" and a few links, then the article goes on) is set
    # aside, not taken for the tail.
    tail_at = len(lines)
    tail_reason = None
    seen_paragraph = False
    boxed: dict[int, str] = {}  # line index -> the reason of the inline block it belongs to
    i = 0
    while i < len(lines):
        line = lines[i]
        if seen_paragraph and chrome.tail_reason(line.text) and not is_paragraph(line.text, page_script):
            end = _inline_box_end(lines, i, page_script)
            if end is None:
                tail_at, tail_reason = i, chrome.tail_reason(line.text)
                break
            boxed.update((k, chrome.tail_reason(line.text)) for k in range(i, end))
            i = end
            continue
        seen_paragraph = seen_paragraph or (is_paragraph(line.text, page_script) and not _fixed_reason(line.text, page_script))  # (a long menu bar is none)
        i += 1

    # 2. Body bounds: the first and last paragraph-like lines before the tail.
    paragraphs = [i for i in range(tail_at) if i not in boxed and is_paragraph(lines[i].text, page_script) and not _fixed_reason(lines[i].text, page_script)
                  and not chrome.inline_tail_reason(lines[i].text) and not _ticker(lines[i].text)  # (a news ticker above the title: "آخر الأخبار: ...", "عاجل: ...")
                  and parse_dateline(lines[i].text) is None]  # (a long dateline: "الإثنين 6 جمادى الأولى 1445 هـ - 20 نوفمبر 2023 م | العدد 8421")
    # A long headline: the first paragraph-like line, without a full stop, followed by head
    # material (a dateline, a byline, a caption, a widget) rather than by the article; or with
    # its subtitle, another such line, between.
    while run := _headline_run(lines, paragraphs, page_script):
        del paragraphs[:run]
    if title_hint and len(paragraphs) > 1 and chrome._key(lines[paragraphs[0]].text) == chrome._key(title_hint):
        paragraphs.pop(0)  # the page's own title (an HTML page's <h1>), however long, heads the article
    first = paragraphs[0] if paragraphs else tail_at
    last = paragraphs[-1] if paragraphs else -1
    # Short closing sentences right after the last paragraph still belong to it.
    while last + 1 < tail_at and _closing_sentence(lines[last + 1].text, page_script):
        last += 1

    # 3. Head: category labels, the title, datelines, captions.
    _lay_out_head(lines[:first], out, page_script, title_hint)

    # 4. Body: keep everything but chrome and captions.
    for k, line in enumerate(lines[first : last + 1], first):
        if k in boxed:
            out.dropped.append((line, boxed[k]))
            continue
        reason = _fixed_reason(line.text, page_script)
        date = None if reason or is_paragraph(line.text, page_script) else parse_dateline(line.text)
        if date:  # a dateline under a long headline, or between the lead and the body
            out.dateline = out.dateline or (line, date)
            out.dropped.append((line, "dateline"))
            continue
        if reason == "caption":
            out.captions.append(line)
        elif reason:
            out.dropped.append((line, reason))
        elif chrome.inline_tail_reason(line.text):
            out.dropped.append((line, chrome.inline_tail_reason(line.text)))
        elif not is_paragraph(line.text, page_script) and (outlets.credited_in([line.text]) is not None or outlets.credit_shaped(line.text)):
            out.dropped.append((line, "credit"))  # "الميادين نت" between the standfirst and the article
        else:
            out.body.append(line)

    # 5. Between the body and the tail: attribution, credits, footer; a dateline set below the
    # article ("نشر في: 2023-02-28") dates it when none stands above.
    for line in lines[last + 1 : tail_at]:
        date = parse_dateline(line.text) if out.dateline is None else None
        if date:
            out.dateline = (line, date)
            out.dropped.append((line, "dateline"))
            continue
        if is_attribution(line.text):
            out.attribution = out.attribution or line
            out.dropped.append((line, "attribution"))
            continue
        reason = _fixed_reason(line.text, page_script)
        if reason == "caption" or reason == "credit":
            out.captions.append(line)
        else:
            out.dropped.append((line, reason or "footer"))

    # 6. The tail itself: each line takes the reason of the block header above it.
    reason = tail_reason
    for line in lines[tail_at:]:
        reason = chrome.tail_reason(line.text) or reason
        if is_attribution(line.text):
            out.attribution = out.attribution or line
            out.dropped.append((line, "attribution"))
        else:
            own = chrome.line_reason(line.text)
            out.dropped.append((line, own if own not in (None, "decoration", "credit") else reason))
    return out


def _headline_run(lines: list[Line], paragraphs: list[int], page_script: str) -> int:
    """How many of the first paragraph-like lines are a long headline and its subtitles: lines
    next to each other, none ending like a sentence, the last followed by head material (0: none)."""
    for run in range(min(HEADLINE_MAX_LINES, len(paragraphs) - 1)):
        i = paragraphs[run]
        if run and i != paragraphs[run - 1] + 1:
            return 0
        if chrome.ends_sentence(lines[i].text):
            # a standfirst under the headline, itself a sentence, then the byline or the time
            # ("القوات المسلحة اليمنية تعلن أنّ ... مستمر." / "الميادين نت"): the headline is head, the standfirst the article's
            return run if run and _head_material(lines[i + 1].text, page_script) else 0
        if _head_material(lines[i + 1].text, page_script) or _byline_then_head(lines, i + 1, page_script):
            return run + 1
        if opens_with_wire_dateline(lines[i + 1].text) and not opens_with_wire_dateline(lines[i].text):
            return run + 1  # "جنين 5-7-2023 وفا- انسحبت ...": the lead begins under the headline
    return 0


def _inline_box_end(lines: list[Line], i: int, page_script: str) -> int | None:
    """Where a block of links opened by the header at ``i`` ends, when the article goes on after
    it: right after a paragraph of the article, at most BOX_MAX_ITEMS - 1 link titles (a bullet, or
    some words), then, past perhaps a short subheading, BOX_RESUME_PARAGRAPHS paragraphs that end
    a sentence. None: the tail begins."""
    before = lines[i - 1].text if i else ""
    if not is_paragraph(before, page_script) or _fixed_reason(before, page_script) or is_attribution(before) or chrome.inline_tail_reason(before):
        return None  # (after the source line or the tags, the article has ended)
    k = i + 1
    while (k < len(lines) and k - i <= BOX_MAX_ITEMS and not is_paragraph(lines[k].text, page_script) and not chrome.tail_reason(lines[k].text)
           and (_BULLET_RE.match(lines[k].text) or len(chrome.words(lines[k].text)) > CATEGORY_MAX_WORDS + 1)):
        k += 1  # (a short line without a bullet after the links is the article's subheading)
    if k == i + 1 or k - i > BOX_MAX_ITEMS:
        return None
    end = k
    resumed = [j for j in range(end, min(len(lines), end + BOX_RESUME_PARAGRAPHS + 1))
               if is_paragraph(lines[j].text, page_script) and chrome.ends_sentence(lines[j].text)
               and len(chrome.words(lines[j].text)) >= PARAGRAPH_LONG_WORDS and not chrome.tail_reason(lines[j].text)]
    return end if len(resumed) >= BOX_RESUME_PARAGRAPHS else None


def _byline_then_head(lines: list[Line], i: int, page_script: str) -> bool:
    """A short line that is no sentence, then head material: a byline or a credit of an outlet we
    do not know ("جنيف - بوابة الوسط" over "منذ 3 ساعات | آخر تحديث: 17:40")."""
    return (i + 1 < len(lines) and len(chrome.words(lines[i].text)) <= BYLINE_MAX_WORDS and not chrome.ends_sentence(lines[i].text)
            and _head_material(lines[i + 1].text, page_script))


def _fixed_reason(text: str, page_script: str) -> str | None:
    """A reason that makes the line chrome wherever it stands ('caption' for captions)."""
    reason = chrome.line_reason(text)
    if reason == "credit":
        return "caption"
    if reason:
        return reason
    if chrome.is_caption(text, page_script):
        return "caption"
    return None


def _closing_sentence(text: str, page_script: str) -> bool:
    return (
        chrome.script_of(text) == page_script
        and chrome.ends_sentence(text)
        and len(chrome.words(text)) >= 3
        and not _fixed_reason(text, page_script)
        and not is_attribution(text)
        and not chrome.tail_reason(text)
    )


def _lay_out_head(head: list[Line], out: Layout, page_script: str, title_hint: str | None) -> None:
    title_index = None
    if title_hint:
        hint = chrome._key(title_hint)
        for i, line in enumerate(head):
            if chrome._key(line.text) == hint:
                title_index = i
    # A headline has some words: a longer title-like line first (the skip link, the menu and the
    # tagline above it have few), a short one only when there is no longer one; and a line
    # without a bar or a label before one with it (a site's name and tagline, a news ticker, the day and the
    # weather: "لبنان اليوم | موقع إخباري مستقل", "عاجل | تابعوا ..."), which a headline has
    # only as a label ("فيديو | ...").
    for min_words, barred in ((TITLE_LONG_WORDS, False), (TITLE_MIN_WORDS, False), (TITLE_LONG_WORDS, True),
                              (TITLE_MIN_WORDS, True), (2, None)):
        if title_index is not None:
            break
        for i, line in enumerate(head):
            if chrome.is_tag_list(line.text) or chrome.inline_tail_reason(line.text) or (barred is not None and _labelled(line.text) != barred):
                continue
            if (_title_like(line.text, page_script, min_words) and not _fixed_reason(line.text, page_script)
                    and not is_dateline(line.text) and outlets.credited_in([line.text]) is None):  # not "موسكو - تاس", not "الثلاثاء 22 أكتوبر"
                if len(chrome.words(line.text)) <= CATEGORY_MAX_WORDS and chrome.is_category(line.text):
                    continue
                title_index = i
                break
    if title_index is not None and not title_hint:
        title_index = _above_the_dateline(head, title_index, page_script)
        title_index = _over_the_article(head, title_index, page_script)
    if title_index is not None and not title_hint and title_index + 1 < len(head):
        kicker, nxt = head[title_index].text, head[title_index + 1].text  # "في ختام الدورة الـ(١٥٩) للمجلس الوزاري بالرياض"
        if (len(chrome.words(kicker)) <= KICKER_MAX_WORDS and len(chrome.words(nxt)) >= KICKER_RATIO * len(chrome.words(kicker))
                and _title_like(nxt, page_script, TITLE_LONG_WORDS) and not _labelled(nxt) and not _head_material(nxt, page_script)):
            title_index += 1  # a short line over the headline is its kicker
    for i, line in enumerate(head):
        if i == title_index:
            out.title = line
            continue
        date = parse_dateline(line.text)
        if date:
            # the first under the title: one above it may be the site's today ("الأربعاء ٢٤
            # نيسان ٢٠٢٤ | بغداد ٢٨°"), not the article's day
            if out.dateline is None or (title_index is not None and i > title_index and out.dateline[0].number < head[title_index].number):
                out.dateline = (line, date)
            out.dropped.append((line, "dateline"))
            continue
        reason = _fixed_reason(line.text, page_script) or ("tags" if chrome.is_tag_list(line.text) else None)
        if reason == "caption":
            out.captions.append(line)
        elif reason:
            out.dropped.append((line, reason))
        elif title_index is not None and i < title_index:
            out.dropped.append((line, "category" if len(chrome.words(line.text)) <= 6 else "header"))
        else:
            out.dropped.append((line, "header"))


def _above_the_dateline(head: list[Line], title_index: int, page_script: str) -> int:
    """The headline right above the article's dateline, when only the site's menus stand between
    it and the line taken first ("وزارة الإعلام - الجمهورية اللبنانية", a menu, a breadcrumb, then
    the headline and its day): the first was the site's tagline."""
    k = next((k for k in range(title_index + 1, len(head)) if parse_dateline(head[k].text)), None)
    if k is None or k - 1 <= title_index + 1:
        return title_index  # (a credit right above the day: "واشنطن - أ ف ب")
    line = head[k - 1].text
    if (_title_like(line, page_script, TITLE_LONG_WORDS) and not _labelled(line) and not _head_material(line, page_script)
            and all(_fixed_reason(between.text, page_script) for between in head[title_index + 1 : k - 1])):
        return k - 1
    return title_index


def _over_the_article(head: list[Line], title_index: int, page_script: str) -> int:
    """The headline right over the article, with only head material under it (a section label,
    a stamp, a credit, a dateline, share buttons), when the site's menus part it from the line
    taken first: that was the site's masthead or tagline ("IRNA وكالة الجمهورية الإسلامية للأنباء",
    "جريدة يومية سياسية تصدر عن دار الشرق"). (A subtitle right under the headline is not so parted.)"""
    if title_index > MASTHEAD_LINES:
        return title_index  # (below the menus already)
    last = next((k for k in range(len(head) - 1, title_index, -1) if not _head_line(head[k].text, page_script)), None)
    if last is None or last == title_index + 1:
        return title_index
    line = head[last].text
    if (_title_like(line, page_script, TITLE_LONG_WORDS) and not _labelled(line) and not is_dateline(line)
            and any(_fixed_reason(between.text, page_script) in _MENUS for between in head[title_index + 1 : last])):
        return last
    return title_index


_MENUS = frozenset({"navigation", "language-switch"})


MASTHEAD_LINES = 1  # a site's name and tagline open the page: its first two lines


def _head_line(text: str, page_script: str) -> bool:
    """Head material, or a section label ("عربي ودولي")."""
    return _head_material(text, page_script) or (len(chrome.words(text)) <= CATEGORY_MAX_WORDS and chrome.is_category(text))


def _labelled(text: str) -> bool:
    """A bar, or a section label and a colon ("عاجل: ..."): a site's tagline, a ticker, or a
    headline only as a label's."""
    return _BAR in text or _ticker(text)


def _ticker(text: str) -> bool:
    """A section label and a colon before the line ("عاجل: اللجنة الوطنية ... ..."): a ticker."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(chrome.words(head)) <= CATEGORY_MAX_WORDS and chrome.is_category(head)


def _head_material(text: str, page_script: str) -> bool:
    """A dateline (with its year, or only its weekday: "تونس الآن - الإثنين 26 جويلية، 13:40"),
    chrome, or a credit line ("سكاي نيوز عربية - أبوظبي")."""
    return (is_dateline(text) or bool(_fixed_reason(text, page_script))
            or outlets.credited_in([text]) is not None or outlets.credit_shaped(text))


def _title_like(text: str, page_script: str, min_words: int = TITLE_MIN_WORDS) -> bool:
    n = len(chrome.words(text))
    stripped = text.rstrip()
    return (
        min_words <= n <= TITLE_MAX_WORDS
        and chrome.script_of(text) == page_script
        and (not stripped.endswith((".", "\u061b", ":")) or stripped.endswith(("..", "\u2026")))
    )
