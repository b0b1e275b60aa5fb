"""The database schema (SQLAlchemy Core), the same on SQLite and PostgreSQL.

The document record is stored whole (``record``, JSON text) so nothing is lost, and the
fields people filter on are columns beside it.  Text columns have no length limit (a page
may carry any id or name), so PostgreSQL takes whatever SQLite takes.  ``SCHEMA_VERSION`` and :data:`MIGRATIONS`
move an older database forward.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

SCHEMA_VERSION = 2

metadata = MetaData()

meta = Table("marsad_meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text, nullable=False))

documents = Table(
    "documents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("path", Text),
    Column("url", Text),
    Column("format", Text),
    Column("outlet", Text, index=True),
    Column("outlet_text", Text),
    Column("title", Text),
    Column("published", Text, index=True),
    Column("earliest", Text),
    Column("latest", Text),
    Column("basis", Text),
    Column("body", Text, nullable=False),
    Column("search_text", Text, nullable=False),  # title and body, folded for Arabic search
    Column("record", Text, nullable=False),  # the whole document record as JSON
)

entities = Table(
    "entities",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("entity", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("country", Text, index=True),
    Column("role", Text),
    Column("mentions", Integer, nullable=False),
    Index("ix_entities_entity", "entity"),
)

events = Table(
    "events",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", Text, primary_key=True),
    Column("type", Text, nullable=False, index=True),
    Column("mode", Text),
    Column("date", Text, index=True),
    Column("location", Text),
    Column("location_country", Text),
    Column("countries", Text),  # " RUS SYR TUR " for LIKE filters
    Column("mediator", Text),
    Column("status", Text),
    Column("confidence", Float),
    Column("evidence", Text),
    Column("record", Text, nullable=False),
    Column("date_from", Text, index=True),  # first and last day ``date`` may mean (v2)
    Column("date_to", Text),
)

# One row per actor of an event, for filters by actor and the actor page's counterparts (v2).
event_actors = Table(
    "event_actors",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", Text, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("entity", Text, index=True),
    Column("name", Text, nullable=False),
    Column("country", Text, index=True),
    Column("sector", Text),
)

# The words each document uses for each entity, for "how each outlet names the actor" (v2).
mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("entity", Text, primary_key=True),
    Column("text", Text, primary_key=True),
    Column("key", Text, nullable=False),  # folded text, for name search
    Column("count", Integer, nullable=False),
    Index("ix_mentions_entity", "entity"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Text, primary_key=True),
    Column("type", Text, nullable=False, index=True),
    Column("date", Text, index=True),
    Column("countries", Text),
    Column("record", Text, nullable=False),
    Column("date_from", Text, index=True),  # v2
    Column("date_to", Text),
)

story_reports = Table(
    "story_reports",
    metadata,
    Column("story_id", Text, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("doc_id", Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", Text, primary_key=True),
)

failures = Table(
    "failures",
    metadata,
    Column("source", Text, primary_key=True),
    Column("message", Text, nullable=False),
)

# version -> SQL statements that bring a database from version-1 to version (tables new in
# that version are made by ``create_all``); :mod:`marsad.store.migrate` then runs the
# version's backfill, which fills new columns and tables from each stored record.
MIGRATIONS: dict[int, list[str]] = {
    2: [
        "ALTER TABLE events ADD COLUMN date_from VARCHAR(10)",
        "ALTER TABLE events ADD COLUMN date_to VARCHAR(10)",
        "CREATE INDEX IF NOT EXISTS ix_events_date_from ON events (date_from)",
        "ALTER TABLE stories ADD COLUMN date_from VARCHAR(10)",
        "ALTER TABLE stories ADD COLUMN date_to VARCHAR(10)",
        "CREATE INDEX IF NOT EXISTS ix_stories_date_from ON stories (date_from)",
    ],
}
