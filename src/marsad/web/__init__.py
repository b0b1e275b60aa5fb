"""The web app and JSON API (FastAPI): ``marsad serve``.

Imported only when serving, so the command line starts without FastAPI.
"""

from .app import create_app, serve
from .settings import WebSettings

__all__ = ["create_app", "serve", "WebSettings"]
