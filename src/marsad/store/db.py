"""The store: documents, entities, events and timeline stories in SQLite or PostgreSQL.

``Store.open("marsad.db")`` opens (and creates or migrates) an SQLite file in WAL mode with
foreign keys on; ``Store.open("postgresql://...")`` a PostgreSQL database with the same
schema.  Saving a document replaces every row of an earlier version in one transaction, so
re-processing never duplicates and a killed batch leaves whole documents only.

SQLite transactions are explicit (``BEGIN``, and ``BEGIN IMMEDIATE`` for writes, so two
writers queue on the busy timeout instead of failing); on PostgreSQL, writers of the same
document id take turns on an advisory lock.  Reading is in :mod:`.queries` and :mod:`.actors`.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlalchemy import create_engine, delete, event, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import M301, M401, NotFound, StoreError
from ..model import Document
from . import actors, queries, rows, schema
from .filters import Filters
from .migrate import index_document, migrate
from .queries import Results
from .search import search_key

__all__ = ["Store", "Filters", "Results", "search_key"]

# Tables holding a document's rows, children first.
DOCUMENT_TABLES = (schema.story_reports, schema.mentions, schema.event_actors, schema.entities, schema.events)
_PG_STORIES_LOCK = 7_346_002


class Store:
    def __init__(self, engine: Engine, target: str):
        self.engine = engine
        self.target = target
        self.is_sqlite = engine.dialect.name == "sqlite"

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, target: str | Path, *, pool_size: int = 5, max_overflow: int = 10) -> "Store":
        """Open (creating or migrating) an SQLite file or a ``postgresql://`` database."""
        target = str(target)
        url = target if "://" in target else f"sqlite:///{Path(target).expanduser()}"
        if url.startswith(("postgresql://", "postgres://")):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        try:
            sqlite = url.startswith("sqlite")  # a file has no server to lose: no pre-ping
            engine = create_engine(url, pool_pre_ping=not sqlite, pool_size=pool_size, max_overflow=max_overflow)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_connect)
                event.listen(engine, "begin", _sqlite_begin)
            store = cls(engine, target)
            with store._writing() as conn:
                migrate(conn)
        except (SQLAlchemyError, ImportError, OSError, StoreError) as exc:
            raise StoreError(M301.format(target=_safe(target), reason=_reason(exc))) from None
        return store

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar_one())

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction; database errors become StoreError."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(marsad_write=True)
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(M301.format(target=_safe(self.target), reason=_reason(exc))) from None

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(M301.format(target=_safe(self.target), reason=_reason(exc))) from None

    # ------------------------------------------------------------ writing
    def save(self, doc: Document) -> None:
        """Insert or replace one document with its entities and events, atomically."""
        self.save_many([doc])

    def save_many(self, docs: Iterable[Document]) -> int:
        """Insert or replace documents, all in one transaction; return how many."""
        n = 0
        with self._writing() as conn:
            for doc in docs:
                self._replace(conn, doc)
                n += 1
        return n

    def _replace(self, conn: Connection, doc: Document) -> None:
        if self.is_sqlite:
            conn.execute(text("DELETE FROM documents_fts WHERE rowid IN (SELECT rowid FROM documents WHERE id = :id)"), {"id": doc.id})
        else:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:id))"), {"id": doc.id})
        for table in DOCUMENT_TABLES:
            conn.execute(delete(table).where(table.c.doc_id == doc.id))
        conn.execute(delete(schema.documents).where(schema.documents.c.id == doc.id))
        conn.execute(delete(schema.failures).where(schema.failures.c.source == (doc.source.path or doc.id)))
        conn.execute(insert(schema.documents).values(**rows.document_row(doc)))
        entity_rows = rows.entity_rows(doc)
        if entity_rows:
            conn.execute(insert(schema.entities), entity_rows)
        event_rows = rows.event_rows(doc)
        if event_rows:
            conn.execute(insert(schema.events), event_rows)
        index_document(conn, doc)

    def save_failure(self, source: str, message: str) -> None:
        with self._writing() as conn:
            conn.execute(delete(schema.failures).where(schema.failures.c.source == source))
            conn.execute(insert(schema.failures).values(source=source, message=message))

    def replace_stories(self, records: list[dict[str, Any]]) -> None:
        """Replace the whole timeline with ``records`` (SPEC timeline records)."""
        with self._writing() as conn:
            if not self.is_sqlite:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_STORIES_LOCK})
            conn.execute(delete(schema.story_reports))
            conn.execute(delete(schema.stories))
            known = {r[0] for r in conn.execute(select(schema.documents.c.id))}
            for rec in records:
                conn.execute(insert(schema.stories).values(**rows.story_row(rec)))
                pairs = {(r["doc"], r["event"]) for r in rec.get("reports", []) if r["doc"] in known}
                if pairs:
                    conn.execute(insert(schema.story_reports), [
                        {"story_id": rec["id"], "doc_id": d, "event_id": e} for d, e in sorted(pairs)
                    ])

    def clear(self) -> None:
        """Delete every document, story and failure (the schema stays)."""
        with self._writing() as conn:
            if self.is_sqlite:
                conn.execute(text("DELETE FROM documents_fts"))
            for table in (*DOCUMENT_TABLES, schema.stories, schema.documents, schema.failures):
                conn.execute(delete(table))

    # ------------------------------------------------------------ checking
    def check(self) -> list[str]:
        """Problems found in the database (empty when it is consistent).

        SQLite's own integrity and foreign-key checks, the full-text index against the
        documents, and rows of any table whose document or event is missing.
        """
        problems: list[str] = []
        with self._writing() as conn:
            if self.is_sqlite:
                result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if result != ["ok"]:
                    problems += [f"integrity_check: {r}" for r in result]
                problems += [f"foreign_key_check: {tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
                try:
                    conn.exec_driver_sql("INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')")
                except SQLAlchemyError as exc:
                    problems.append(f"documents_fts: {_reason(exc)}")
                stray = conn.exec_driver_sql(
                    "SELECT (SELECT count(*) FROM documents_fts WHERE rowid NOT IN (SELECT rowid FROM documents)),"
                    " (SELECT count(*) FROM documents WHERE rowid NOT IN (SELECT rowid FROM documents_fts))").one()
                if any(stray):
                    problems.append(f"documents_fts: {stray[0]} rows without a document, {stray[1]} documents not indexed")
            docs = select(schema.documents.c.id)
            for table in (*DOCUMENT_TABLES,):
                n = conn.execute(select(func.count()).select_from(table).where(table.c.doc_id.not_in(docs))).scalar_one()
                if n:
                    problems.append(f"{table.name}: {n} rows whose document is missing")
            ev = schema.events
            for table in (schema.event_actors, schema.story_reports):
                n = conn.execute(select(func.count()).select_from(table).where(
                    ~select(ev.c.event_id).where(ev.c.doc_id == table.c.doc_id, ev.c.event_id == table.c.event_id).exists()
                )).scalar_one()
                if n:
                    problems.append(f"{table.name}: {n} rows whose event is missing")
        return problems

    # ------------------------------------------------------------ reading
    def count(self, table: str = "documents") -> int:
        return self.counts(table)[table]

    def counts(self, *tables: str) -> dict[str, int]:
        """Rows in each of these tables (default: documents, events, stories), in one transaction."""
        with self._reading() as conn:
            return {t: conn.execute(select(func.count()).select_from(schema.metadata.tables[t])).scalar_one()
                    for t in tables or ("documents", "events", "stories")}

    def document(self, doc_id: str) -> Document:
        with self._reading() as conn:
            row = conn.execute(select(schema.documents.c.record).where(schema.documents.c.id == doc_id)).first()
        if row is None:
            raise NotFound(M401.format(what="document", key=doc_id))
        return Document.from_json(row[0])

    def documents(self) -> Iterator[Document]:
        with self._reading() as conn:
            for (record,) in conn.execute(select(schema.documents.c.record).order_by(schema.documents.c.id)):
                yield Document.from_json(record)

    def stories(self) -> list[dict[str, Any]]:
        with self._reading() as conn:
            rows_ = conn.execute(select(schema.stories.c.record).order_by(schema.stories.c.date, schema.stories.c.id))
            return [json.loads(r[0]) for r in rows_]

    def failures(self) -> list[tuple[str, str]]:
        with self._reading() as conn:
            return [tuple(r) for r in conn.execute(select(schema.failures.c.source, schema.failures.c.message))]

    def search(self, query: str, limit: int = 50) -> list[str]:
        """Ids of documents whose title or body match every word of ``query`` (Arabic folded)."""
        return [d["id"] for d in self.search_documents(query, Filters(limit=limit)).items]

    def search_documents(self, query: str, filters: Filters | None = None) -> Results:
        """Summaries of the documents matching ``query``, best first, under ``filters``."""
        with self._reading() as conn:
            return queries.search(conn, query, filters or Filters())

    def find_documents(self, filters: Filters | None = None) -> Results:
        """Summaries of documents (newest first) under ``filters``."""
        with self._reading() as conn:
            return queries.find_documents(conn, filters or Filters())

    def summaries(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        with self._reading() as conn:
            return queries.summaries(conn, list(ids))

    def find_events(self, filters: Filters | None = None) -> Results:
        """Event records (each with its ``doc``) under ``filters``, by date."""
        with self._reading() as conn:
            return queries.find_events(conn, filters or Filters())

    def timeline(self, filters: Filters | None = None) -> Results:
        """Timeline records under ``filters``; ``extra["merged"]`` is False while no timeline is stored."""
        with self._reading() as conn:
            return queries.timeline(conn, filters or Filters())

    def timeline_months(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Timeline records per month under ``filters`` (``month`` None counts the undated)."""
        with self._reading() as conn:
            return queries.timeline_months(conn, filters or Filters())

    def texts(self, ids: Iterable[str]) -> dict[str, tuple[str | None, str]]:
        """``{id: (title, body)}`` for these document ids."""
        with self._reading() as conn:
            return queries.texts(conn, list(ids))

    def story(self, story_id: str) -> dict[str, Any]:
        with self._reading() as conn:
            found = queries.story(conn, story_id)
        if found is None:
            raise NotFound(M401.format(what="timeline record", key=story_id))
        return found

    def event_stories(self, doc_id: str) -> dict[str, str]:
        with self._reading() as conn:
            return queries.event_stories(conn, doc_id)

    def actors(self, filters: Filters | None = None, kind: str | None = None, q: str | None = None) -> Results:
        """Entities, most cited first, with their document, mention and event counts."""
        with self._reading() as conn:
            return actors.find_actors(conn, filters or Filters(), kind=kind, q=q)

    def actor(self, entity: str) -> dict[str, Any]:
        """One actor's profile: names by outlet, events over time, counterparts, events."""
        with self._reading() as conn:
            found = actors.actor_profile(conn, entity)
        if found is None:
            raise NotFound(M401.format(what="actor", key=entity))
        return found

    def facets(self) -> dict[str, list[dict[str, Any]]]:
        with self._reading() as conn:
            return queries.facets(conn)


def _sqlite_connect(dbapi_conn, _record) -> None:
    dbapi_conn.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("marsad_write") else "BEGIN")


def _safe(target: str) -> str:
    """A database target without its password."""
    if "://" in target and "@" in target:
        scheme, rest = target.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}"
    return target


def _reason(exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return exc.message.split(": ", 1)[-1]
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__
