"""The store: SQLite by default, PostgreSQL when given a postgresql:// URL."""

from .db import Store

__all__ = ["Store"]
