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


def extract_html(html: str, url: str | None = None) -> HtmlText:
    """The main text (paragraphs a line each) and metadata of an HTML page."""
    import trafilatura  # imported here: it costs start-up time and only HTML needs it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        return HtmlText("", None, None, None, url)
    _, site = _split_site_suffix(_raw_title(html), doc.sitename)
    title, _ = _split_site_suffix(doc.title, doc.sitename)
    return HtmlText(text=doc.text or "", title=title, date=doc.date, sitename=doc.sitename or site, url=doc.url or url)


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
