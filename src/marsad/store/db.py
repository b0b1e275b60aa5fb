"""The store: documents, entities, events and timeline stories in SQLite or PostgreSQL.

``Store.open("marsad.db")`` opens (and creates or migrates) an SQLite file in WAL mode with
foreign keys on; ``Store.open("postgresql://...")`` a PostgreSQL database with the same
schema.  Saving a document replaces every row of an earlier version in one transaction, so
re-processing never duplicates and a killed batch leaves whole documents only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from sqlalchemy import create_engine, delete, event, func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import M301, NotFound, StoreError
from ..model import Document
from ..text.normalize import fold_key
from . import schema


def search_key(text_: str) -> str:
    """Folded text for search: alef/ya/ta marbuta forms, diacritics and tatweel folded."""
    return fold_key(text_).lower()


class Store:
    def __init__(self, engine: Engine, target: str):
        self.engine = engine
        self.target = target
        self.is_sqlite = engine.dialect.name == "sqlite"

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, target: str | Path) -> "Store":
        target = str(target)
        url = target if "://" in target else f"sqlite:///{Path(target).expanduser()}"
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://") :]
        try:
            engine = create_engine(url, future=True, pool_pre_ping=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            store = cls(engine, target)
            store._migrate()
        except (SQLAlchemyError, ImportError, OSError) as exc:
            raise StoreError(M301.format(target=_safe(target), reason=_reason(exc))) from None
        return store

    def _migrate(self) -> None:
        schema.metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
            version = int(row[0]) if row else 0
            if version == 0:
                conn.execute(insert(schema.meta).values(key="schema_version", value=str(schema.SCHEMA_VERSION)))
                version = schema.SCHEMA_VERSION
            for target in range(version + 1, schema.SCHEMA_VERSION + 1):
                for statement in schema.MIGRATIONS.get(target, []):
                    conn.execute(text(statement))
                conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version").values(value=str(target)))
            if self.is_sqlite:
                conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(id UNINDEXED, search_text, tokenize='unicode61 remove_diacritics 2')"))
            else:
                conn.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (to_tsvector('simple', search_text))"))

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).scalar_one())

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------ writing
    def save(self, doc: Document) -> None:
        """Insert or replace one document with its entities and events, atomically."""
        self.save_many([doc])

    def save_many(self, docs: Iterable[Document]) -> int:
        n = 0
        try:
            with self.engine.begin() as conn:
                for doc in docs:
                    self._replace(conn, doc)
                    n += 1
        except SQLAlchemyError as exc:
            raise StoreError(M301.format(target=_safe(self.target), reason=_reason(exc))) from None
        return n

    def _replace(self, conn, doc: Document) -> None:
        for table in (schema.story_reports, schema.entities, schema.events):
            conn.execute(delete(table).where(table.c.doc_id == doc.id))
        conn.execute(delete(schema.documents).where(schema.documents.c.id == doc.id))
        conn.execute(delete(schema.failures).where(schema.failures.c.source == (doc.source.path or doc.id)))
        p = doc.published
        searchable = search_key(f"{doc.title or ''}\n{doc.body}")
        conn.execute(
            insert(schema.documents).values(
                id=doc.id, path=doc.source.path, url=doc.source.url, format=doc.source.format,
                outlet=doc.outlet.name, outlet_text=doc.outlet.text, title=doc.title,
                published=p.date, earliest=p.earliest, latest=p.latest, basis=p.basis,
                body=doc.body, search_text=searchable, record=doc.to_json(),
            )
        )
        if self.is_sqlite:
            conn.execute(text("DELETE FROM documents_fts WHERE id = :id"), {"id": doc.id})
            conn.execute(text("INSERT INTO documents_fts (id, search_text) VALUES (:id, :t)"), {"id": doc.id, "t": searchable})
        if doc.entities:
            conn.execute(insert(schema.entities), [
                {"doc_id": doc.id, "entity": e.id, "name": e.name, "type": e.type, "country": e.country,
                 "role": e.role, "mentions": len(e.mentions)} for e in doc.entities
            ])
        if doc.events:
            conn.execute(insert(schema.events), [_event_row(doc.id, ev) for ev in doc.events])

    def save_failure(self, source: str, message: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(schema.failures).where(schema.failures.c.source == source))
            conn.execute(insert(schema.failures).values(source=source, message=message))

    def replace_stories(self, records: list[dict[str, Any]]) -> None:
        """Replace the whole timeline with ``records`` (SPEC timeline records)."""
        with self.engine.begin() as conn:
            conn.execute(delete(schema.story_reports))
            conn.execute(delete(schema.stories))
            known = {r[0] for r in conn.execute(select(schema.documents.c.id))}
            for rec in records:
                conn.execute(insert(schema.stories).values(
                    id=rec["id"], type=rec["type"], date=rec.get("date"),
                    countries=" " + " ".join(rec.get("countries") or []) + " ",
                    record=json.dumps(rec, ensure_ascii=False),
                ))
                rows = {(r["doc"], r["event"]) for r in rec.get("reports", []) if r["doc"] in known}
                if rows:
                    conn.execute(insert(schema.story_reports), [
                        {"story_id": rec["id"], "doc_id": d, "event_id": e} for d, e in sorted(rows)
                    ])

    # ------------------------------------------------------------ reading
    def count(self, table: str = "documents") -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.metadata.tables[table])).scalar_one()

    def document(self, doc_id: str) -> Document:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents.c.record).where(schema.documents.c.id == doc_id)).first()
        if row is None:
            raise NotFound(f"[M401] document {doc_id!r} not found")
        return Document.from_json(row[0])

    def documents(self) -> Iterator[Document]:
        with self.engine.connect() as conn:
            for (record,) in conn.execute(select(schema.documents.c.record).order_by(schema.documents.c.id)):
                yield Document.from_json(record)

    def stories(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.stories.c.record).order_by(schema.stories.c.date, schema.stories.c.id))
            return [json.loads(r[0]) for r in rows]

    def failures(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(schema.failures.c.source, schema.failures.c.message))]

    def search(self, query: str, limit: int = 50) -> list[str]:
        """Ids of documents whose title or body match every word of ``query`` (Arabic folded)."""
        words = [w for w in search_key(query).split() if w]
        if not words:
            return []
        with self.engine.connect() as conn:
            if self.is_sqlite:
                match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
                rows = conn.execute(
                    text("SELECT id FROM documents_fts WHERE documents_fts MATCH :q ORDER BY rank LIMIT :n"),
                    {"q": match, "n": limit},
                )
            else:
                rows = conn.execute(
                    text("SELECT id FROM documents WHERE to_tsvector('simple', search_text) @@ plainto_tsquery('simple', :q) LIMIT :n"),
                    {"q": " ".join(words), "n": limit},
                )
            return [r[0] for r in rows]


def _event_row(doc_id: str, ev) -> dict[str, Any]:
    from ..model import _plain

    countries = sorted({a.country for a in ev.actors if a.country} | ({ev.mediator} if ev.mediator else set()))
    return {
        "doc_id": doc_id, "event_id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date,
        "location": ev.location.name if ev.location else None,
        "location_country": ev.location.country if ev.location else None,
        "countries": " " + " ".join(countries) + " ", "mediator": ev.mediator, "status": ev.status,
        "confidence": ev.confidence, "evidence": ev.evidence.text if ev.evidence else None,
        "record": json.dumps(_plain(ev), ensure_ascii=False),
    }


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _safe(target: str) -> str:
    """A database target without its password."""
    if "://" in target and "@" in target:
        scheme, rest = target.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}"
    return target


def _reason(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__
