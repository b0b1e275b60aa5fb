"""HTML pages: main text and metadata through trafilatura, before the common cleaning."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RAW_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEP_RE = re.compile(r"\s+[|\-\u2013\u2014:]\s+")


@dataclass(frozen=True)
class HtmlText:
    text: str
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None
    guessed: bool = False  # the date is htmldate's guess from the text, not the page's markup or dateline


def extract_html(html: str, url: str | None = None) -> HtmlText:
    """The main text (paragraphs a line each) and metadata of an HTML page."""
    import trafilatura  # imported here: it costs start-up time and only HTML needs it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return HtmlText("", None, None, None, url)
    raw_title = _raw_title(html)
    sitename = doc.sitename if doc.sitename and not _is_the_headline(doc.sitename, raw_title, doc.title) else None
    _, site = _split_site_suffix(raw_title, sitename)
    title, _ = _split_site_suffix(doc.title, sitename)
    date = doc.date or _visible_dateline(html)
    guessed = None if date else _guessed_date(html)
    return HtmlText(text=doc.text or "", title=title, date=date or guessed, sitename=sitename or site or _short_suffix(raw_title),
                    url=doc.url or url, guessed=guessed is not None)


# How many text pieces after the headline (<h1>) the page's own dateline may stand.
DATELINE_AFTER_HEADLINE = 12


def _visible_dateline(html: str) -> str | None:
    """The date the page shows under its headline ("الثلاثاء 22 دجنبر 2020 - 19:41"), read by
    marsad's own dateline grammar (every Arabic month name): the page's markup gave none, and it
    beats htmldate's guess from the text, which cannot read such a line and may settle on the
    first of a month, or on the date of a bar above the headline."""
    import lxml.html

    from ..dates.dateline import parse_dateline

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    headline = next(iter(tree.iter("h1")), None)
    if headline is None:
        return None
    seen = 0
    for piece in _text_after(tree, headline):
        day = parse_dateline(piece)
        if day:
            return day
        seen += 1
        if seen >= DATELINE_AFTER_HEADLINE:
            break
    return None


def _text_after(tree, headline):
    """The pieces of text that follow ``headline`` in page order (not scripts or styles)."""
    inside = set(headline.iterdescendants())
    after = False
    for element in tree.iter():
        if element is headline:
            after = True
            pieces = [element.tail]
        elif not after or not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        elif element in inside:
            pieces = [element.tail]  # (the headline's own words are no dateline)
        else:
            pieces = [element.text, element.tail]
        for piece in pieces:
            if piece and piece.strip():
                yield " ".join(piece.split())


def _guessed_date(html: str) -> str | None:
    """htmldate's search of the page's text, the last resort."""
    from htmldate import find_date

    return find_date(html, extensive_search=True, original_date=True)


def _is_the_headline(sitename: str, raw_title: str | None, title: str | None) -> bool:
    """trafilatura names the site by the headline when the page names it nowhere else."""
    heads = {t.strip() for t in (title, raw_title, _TITLE_SEP_RE.split(raw_title)[0] if raw_title else None) if t}
    return sitename.strip() in heads


def _short_suffix(raw_title: str | None) -> str | None:
    """The last part of '<headline> | العربي الجديد', when it is short enough to be a site's name."""
    parts = _TITLE_SEP_RE.split(raw_title) if raw_title else []
    return parts[-1].strip() if len(parts) > 1 and 0 < len(parts[-1].split()) <= SITE_NAME_MAX_WORDS else None


SITE_NAME_MAX_WORDS = 4


def _split_site_suffix(title: str | None, sitename: str | None) -> tuple[str | None, str | None]:
    """'عنوان الخبر - الجزيرة نت' -> ('عنوان الخبر', 'الجزيرة نت') when the last part names the site."""
    if not title:
        return None, None
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) > 1:
        from .outlets import from_site_name

        last = parts[-1].strip()
        if (sitename and last == sitename.strip()) or from_site_name(last):
            return " - ".join(parts[:-1]).strip(), last
    return title.strip(), None


def _raw_title(html: str) -> str | None:
    """The page's <title> as written (trafilatura drops the site-name suffix we need)."""
    import html as html_lib

    m = _RAW_TITLE_RE.search(html[:20000])
    return " ".join(html_lib.unescape(m.group(1)).split()) if m else None
