"""The database schema (SQLAlchemy Core), the same on SQLite and PostgreSQL.

The document record is stored whole (``record``, JSON text) so nothing is lost, and the
fields people filter on are columns beside it.  ``SCHEMA_VERSION`` and :data:`MIGRATIONS`
move an older database forward.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

SCHEMA_VERSION = 1

metadata = MetaData()

meta = Table("marsad_meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text, nullable=False))

documents = Table(
    "documents",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("path", Text),
    Column("url", Text),
    Column("format", String(16)),
    Column("outlet", String(200), index=True),
    Column("outlet_text", String(200)),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("earliest", String(10)),
    Column("latest", String(10)),
    Column("basis", String(200)),
    Column("body", Text, nullable=False),
    Column("search_text", Text, nullable=False),  # title and body, folded for Arabic search
    Column("record", Text, nullable=False),  # the whole document record as JSON
)

entities = Table(
    "entities",
    metadata,
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("entity", String(200), primary_key=True),
    Column("name", String(300), nullable=False),
    Column("type", String(8), nullable=False),
    Column("country", String(8), index=True),
    Column("role", String(200)),
    Column("mentions", Integer, nullable=False),
    Index("ix_entities_entity", "entity"),
)

events = Table(
    "events",
    metadata,
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String(200), primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("date", String(21), index=True),
    Column("location", String(300)),
    Column("location_country", String(8)),
    Column("countries", String(200)),  # " RUS SYR TUR " for LIKE filters
    Column("mediator", String(8)),
    Column("status", String(16)),
    Column("confidence", Float),
    Column("evidence", Text),
    Column("record", Text, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("date", String(21), index=True),
    Column("countries", String(200)),
    Column("record", Text, nullable=False),
)

story_reports = Table(
    "story_reports",
    metadata,
    Column("story_id", String(200), ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String(200), primary_key=True),
)

failures = Table(
    "failures",
    metadata,
    Column("source", String(500), primary_key=True),
    Column("message", Text, nullable=False),
)

# version -> list of SQL statements that bring a database from version-1 to version.
MIGRATIONS: dict[int, list[str]] = {}
