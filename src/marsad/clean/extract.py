"""The first stage: a raw :class:`Page` becomes a :class:`Document` with its body set."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from ..dates.dateline import parse_dateline
from ..dates.publication import GUESSED
from ..errors import M108, InputError
from ..ingest.page import Page
from ..model import Document, Dropped, Outlet, Published
from . import outlets
from .html import extract_html
from .layout import Layout, lay_out, split_lines

_ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

PROVIDES = ("body", "title", "outlet", "captions", "dropped", "published:metadata")


HINT_MIN_WORDS = 3  # an HTML page's title this long is its headline, not the site's name


def extract(page: Page) -> Document:
    """Clean a page: the article body, title, outlet, captions and dropped chrome."""
    url = page.source.url
    sitename = None
    published = page.published
    guessed = False
    if page.html is not None:
        html = extract_html(page.html, url)
        text, title_hint, sitename = html.text, page.title or html.title, html.sitename
        guessed = not published and html.guessed
        published = published or html.date
        url = url or html.url
    else:
        text, title_hint = page.text or "", page.title

    if page.clean:
        layout = _clean_layout(split_lines(text))
        title = title_hint
    else:
        layout = lay_out(text, title_hint)
        if page.html is not None and title_hint and len(title_hint.split()) >= HINT_MIN_WORDS:
            title = title_hint  # the page's own headline (<h1>, its metadata) over a line of the text ("رووداو - بغداد")
        else:
            title = layout.title.text if layout.title else title_hint
    if not layout.body:
        raise InputError(M108.format(path=page.source.path or page.id))

    source = page.source if url == page.source.url else type(page.source)(page.source.path, url, page.source.format)
    return Document(
        id=page.id,
        source=source,
        outlet=_outlet(layout, url, sitename),
        title=title,
        published=_metadata_date(published, layout, guessed),
        body="\n\n".join(line.text for line in layout.body),
        captions=tuple(line.text for line in layout.captions),
        dropped=tuple(Dropped(line.text, reason) for line, reason in sorted(layout.dropped, key=lambda lr: lr[0].number)),
    )


def _clean_layout(lines) -> Layout:
    """Clean text as it came, but a first line that is only a date (and the place it was filed
    from: "الرياض - الثلاثاء 14 مارس 2023"): that is the dateline, not the story."""
    day = parse_dateline(lines[0].text) if len(lines) > 1 else None
    if day is None:
        return Layout(body=lines)
    return Layout(body=lines[1:], dropped=[(lines[0], "dateline")], dateline=(lines[0], day))


def _outlet(layout: Layout, url: str | None, sitename: str | None) -> Outlet:
    if layout.attribution is not None:
        words = layout.attribution.text.partition(":")[2]
        found = outlets.from_attribution(words)
        if found.name != found.text or not url:
            return found
    return (
        outlets.from_url(url)
        or outlets.from_site_name(sitename)
        or outlets.credited_in(_head_lines(layout))
        or (outlets.credited_in_lead(layout.body[0].text) if layout.body else None)
        or outlets.mentioned_in([line.text for line, _ in layout.dropped])
        or (Outlet(name=sitename, text=sitename) if sitename else Outlet())
    )


def _head_lines(layout: Layout) -> list[str]:
    """The lines set aside above the body, in page order ("الدوحة (رويترز)" reads as a caption),
    but a photo's credit ("صدر الصورة، Reuters": the agency took the picture, not the story)."""
    top = layout.body[0].number if layout.body else 0
    head = [line for line, reason in layout.dropped if line.number < top and reason != "credit"] + [line for line in layout.captions if line.number < top]
    return [line.text for line in sorted(head, key=lambda line: line.number)]


def _metadata_date(published: str | None, layout: Layout, guessed: bool = False) -> Published:
    day = parse_metadata_date(published) if published else None
    if day and not (guessed and layout.dateline is not None):  # (a guess gives way to the page's dateline)
        return Published(date=day, earliest=day, latest=day, basis=GUESSED if guessed else "metadata")
    if layout.dateline is not None:
        day = layout.dateline[1]
        return Published(date=day, earliest=day, latest=day, basis="dateline")
    return Published()


def parse_metadata_date(value: str) -> str | None:
    """An ISO day from a metadata date: ISO 8601, RFC 2822 ("Sat, 05 May 2018 22:00:14 +0400") or a dateline."""
    value = str(value).strip()
    m = _ISO_DAY_RE.match(value)
    if m:
        try:
            return dt.date(*(int(g) for g in m.groups())).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return parse_dateline(value)
