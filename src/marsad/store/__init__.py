"""The store: SQLite by default, PostgreSQL when given a postgresql:// URL."""

from .db import Store
from .filters import EVENT_TYPES, Filters
from .queries import Results

__all__ = ["Store", "Filters", "Results", "EVENT_TYPES"]
