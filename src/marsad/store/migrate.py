"""Creating a database and moving an older one forward, in one transaction.

A new database gets every table at :data:`schema.SCHEMA_VERSION`.  An older one runs, for
each later version, that version's SQL (:data:`schema.MIGRATIONS`) and then its backfill
here, which rebuilds the new columns and tables from each stored document record.  Two
processes opening the same database at once take turns (SQLite ``BEGIN IMMEDIATE``, a
PostgreSQL advisory lock).
"""

from __future__ import annotations

import json
from typing import Callable

from sqlalchemy import Text, delete, insert, select, text, update
from sqlalchemy.engine import Connection

from ..model import Document
from . import rows, schema

_PG_MIGRATION_LOCK = 7_346_001  # pg_advisory_xact_lock key for migrations

FTS_CREATE = "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(search_text, tokenize='unicode61 remove_diacritics 2')"
PG_INDEX = "CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (to_tsvector('simple', search_text))"


def migrate(conn: Connection) -> int:
    """Create or upgrade the schema on ``conn`` (inside its transaction); return the version."""
    sqlite = conn.dialect.name == "sqlite"
    if not sqlite:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
    fresh = not conn.dialect.has_table(conn, schema.meta.name)
    schema.metadata.create_all(conn)
    row = None if fresh else conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
    version = int(row[0]) if row else 0
    if version == 0:
        conn.execute(insert(schema.meta).values(key="schema_version", value=str(schema.SCHEMA_VERSION)))
        version = schema.SCHEMA_VERSION
    for target in range(version + 1, schema.SCHEMA_VERSION + 1):
        for statement in schema.MIGRATIONS.get(target, []):
            conn.execute(text(statement))
        backfill = BACKFILLS.get(target)
        if backfill is not None:
            backfill(conn)
        conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version").values(value=str(target)))
        version = target
    conn.execute(text(FTS_CREATE if sqlite else PG_INDEX))
    return version


def index_document(conn: Connection, doc: Document) -> None:
    """Write the rows derived from a document besides ``documents``/``entities``/``events``."""
    mention_rows = rows.mention_rows(doc)
    if mention_rows:
        conn.execute(insert(schema.mentions), mention_rows)
    actor_rows = rows.event_actor_rows(doc)
    if actor_rows:
        conn.execute(insert(schema.event_actors), actor_rows)
    if conn.dialect.name == "sqlite":
        conn.execute(
            text("INSERT INTO documents_fts (rowid, search_text) SELECT rowid, search_text FROM documents WHERE id = :id"),
            {"id": doc.id},
        )


def _backfill_v2(conn: Connection) -> None:
    """v2: event date ranges, event actors, mentions, the stemmed search text and its index."""
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.execute(text("DROP TABLE IF EXISTS documents_fts"))
        conn.execute(text(FTS_CREATE))
    else:  # version 1 limited text lengths (VARCHAR(n)); lift them
        for table in (schema.documents, schema.entities, schema.events, schema.stories, schema.story_reports, schema.failures):
            for col in table.columns:
                if isinstance(col.type, Text):
                    conn.execute(text(f'ALTER TABLE {table.name} ALTER COLUMN "{col.name}" TYPE TEXT'))
    conn.execute(delete(schema.mentions))
    conn.execute(delete(schema.event_actors))
    ids = [r[0] for r in conn.execute(select(schema.documents.c.id).order_by(schema.documents.c.id))]
    for doc_id in ids:
        record = conn.execute(select(schema.documents.c.record).where(schema.documents.c.id == doc_id)).scalar_one()
        doc = Document.from_json(record)
        conn.execute(update(schema.documents).where(schema.documents.c.id == doc_id)
                     .values(search_text=rows.document_row(doc)["search_text"]))
        for ev in rows.event_rows(doc):
            conn.execute(update(schema.events)
                         .where(schema.events.c.doc_id == doc_id, schema.events.c.event_id == ev["event_id"])
                         .values(date_from=ev["date_from"], date_to=ev["date_to"]))
        index_document(conn, doc)
    for story_id, record in conn.execute(select(schema.stories.c.id, schema.stories.c.record)).all():
        row = rows.story_row(json.loads(record))
        conn.execute(update(schema.stories).where(schema.stories.c.id == story_id)
                     .values(date_from=row["date_from"], date_to=row["date_to"]))


BACKFILLS: dict[int, Callable[[Connection], None]] = {2: _backfill_v2}
