"""Pages: one Jinja environment (autoescaped, strict), the reader's language, links.

Every value reaches HTML through Jinja's autoescaping; nothing is marked safe.  Records a
page's script reads travel as JSON through ``|tojson`` (which escapes ``<``, ``>``, ``&``
and quotes), and the script builds its popups with ``textContent``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

from ..store import EVENT_TYPES
from .labels import DIRECTION, LANGUAGES, label, labels

LANG_COOKIE = "marsad_lang"
LANG_COOKIE_AGE = 365 * 24 * 3600


def language(request: Request) -> str:
    """``?lang=`` when given, else the reader's cookie, else Arabic."""
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    kept = request.cookies.get(LANG_COOKIE)
    return kept if kept in LANGUAGES else "ar"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("marsad.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["EVENT_TYPES"] = EVENT_TYPES
    env.filters["http_url"] = http_url
    return env


def http_url(value: str | None) -> str | None:
    """``value`` when it is an http(s) URL (so a link from article data cannot run script)."""
    if isinstance(value, str) and urlsplit(value.strip()).scheme.lower() in ("http", "https") and value == value.strip():
        return value
    return None


def url(path: str, **params: Any) -> str:
    """``path`` with the parameters that are set as its query string."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def page(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` in the reader's language; remember an explicit ``?lang=``."""
    lang = language(request)

    def t(key: str, **values: Any) -> str:
        return label(key, lang, **values)

    def type_label(event_type: str | None) -> str:
        key = f"type_{event_type}"
        return label(key, lang) if key in labels() else (event_type or "?")

    def here(**changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if k != "lang"}
        params.update({k: v for k, v in changes.items()})
        return url(request.url.path, **params)

    context.setdefault("title", None)
    html = environment().get_template(template).render(
        request=request, lang=lang, dir=DIRECTION[lang], t=t, type_label=type_label, url=url, here=here,
        path=request.url.path, **context,
    )
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=LANG_COOKIE_AGE, httponly=True, samesite="lax")
    return response
