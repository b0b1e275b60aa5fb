"""Reading inputs: files, directories, globs and stdin, in every format the SPEC lists.

:func:`iter_pages` yields a :class:`Page` for each document and an :class:`InputError` for
each one that cannot be read, so that a batch goes on past bad input.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import re
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import M103, M104, M105, M106, M107, M109, M110, InputError
from ..model import Source
from .encoding import decode
from .page import Page, stable_id

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc.gz"}
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | {".jsonl.gz"}
_SUFFIX_LIST = ", ".join(sorted(s for s in ALL_SUFFIXES if s)) + (" or has no extension" if "" in ALL_SUFFIXES else "")

_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", re.I)


def iter_pages(inputs: Iterable[str], max_bytes: int = 50_000_000, stdin: BinaryIO | None = None) -> Iterator[Page | InputError]:
    """Every page of every input, in order; errors are yielded, not raised."""
    for spec in inputs:
        if spec == "-":
            data = (stdin or sys.stdin.buffer).read()
            yield from _pages_from_bytes(data, "-", _sniff_format(data), max_bytes, stdin_id=True)
            continue
        paths = _expand(spec)
        if not paths:
            exists = Path(spec).is_dir() or any(ch in spec for ch in "*?[")
            yield InputError(M110.format(path=spec, suffixes=_SUFFIX_LIST) if exists else M106.format(path=spec))
        for path in paths:
            yield from _pages_from_file(path, max_bytes)


def _expand(spec: str) -> list[Path]:
    path = Path(spec)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in ALL_SUFFIXES and not p.name.startswith("."))
    if path.is_file():
        return [path]
    if any(ch in spec for ch in "*?["):
        return sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
    return []


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for double in (".warc.gz", ".arc.gz", ".jsonl.gz"):
        if name.endswith(double):
            return double
    return path.suffix.lower()


def _pages_from_file(path: Path, max_bytes: int) -> Iterator[Page | InputError]:
    suffix = _suffix(path)
    if suffix in WARC_SUFFIXES:
        yield from _warc_pages(path)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(M109.format(path=path, size=size, limit=max_bytes))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(M106.format(path=path) if isinstance(exc, FileNotFoundError) else f"[M106] {path}: {exc.strerror}")
        return
    if suffix == ".jsonl.gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(M105.format(path=path, reason=_short_reason(exc)))
            return
        suffix = ".jsonl"
    fmt = {**{s: "html" for s in HTML_SUFFIXES}, **{s: "jsonl" for s in JSONL_SUFFIXES}}.get(suffix)
    yield from _pages_from_bytes(data, str(path), fmt or _sniff_format(data), max_bytes)


def _sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\x1f\x8b") or data[:2] == b"\x1f\x8b" or head.startswith(b"warc/"):
        return "warc"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def _pages_from_bytes(data: bytes, path: str, fmt: str, max_bytes: int, stdin_id: bool = False) -> Iterator[Page | InputError]:
    if len(data) > max_bytes:
        yield InputError(M109.format(path=path, size=len(data), limit=max_bytes))
        return
    if fmt == "warc":
        yield from _warc_pages_from_stream(io.BytesIO(data), path)
        return
    if fmt == "jsonl":
        yield from _jsonl_pages(data, path)
        return
    try:
        text = decode(data, path, declared=_declared_charset(data) if fmt == "html" else None)
    except InputError as exc:
        yield exc
        return
    if stdin_id:
        doc_id = stable_id("stdin", text)
    else:
        doc_id = Path(path).name.split(".")[0] or stable_id("doc", path)
    source = Source(path=path, url=None, format=fmt)
    if fmt == "html":
        yield Page(id=doc_id, source=source, html=text)
    else:
        yield Page(id=doc_id, source=source, text=text)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _jsonl_pages(data: bytes, path: str) -> Iterator[Page | InputError]:
    try:
        text = decode(data, path)
    except InputError as exc:
        yield exc
        return
    stem = Path(path).name.split(".")[0]
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(M104.format(path=path, line=lineno, reason=exc.msg))
            continue
        if not isinstance(record, dict):
            yield InputError(M104.format(path=path, line=lineno, reason="not an object"))
            continue
        html, body = record.get("html"), record.get("text")
        if not isinstance(html, str) and not isinstance(body, str):
            yield InputError(M107.format(path=path, line=lineno))
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        rid = record.get("id")
        doc_id = str(rid) if rid not in (None, "") else stable_id(stem, url or f"{path}:{lineno}")
        published = record.get("published")
        yield Page(
            id=doc_id,
            source=Source(path=f"{path}:{lineno}", url=url, format="jsonl"),
            text=body if isinstance(body, str) and not isinstance(html, str) else None,
            html=html if isinstance(html, str) else None,
            published=str(published) if published else None,
            title=record.get("title") if isinstance(record.get("title"), str) else None,
            clean=bool(record.get("clean", True)) and not isinstance(html, str),
        )


def _warc_pages(path: Path) -> Iterator[Page | InputError]:
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield InputError(f"[M106] {path}: {exc.strerror}")
        return
    with stream:
        yield from _warc_pages_from_stream(stream, str(path))


def _warc_pages_from_stream(stream: BinaryIO, path: str) -> Iterator[Page | InputError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stem = Path(path).name.split(".")[0] or "warc"
    count = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource", "conversion"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            rid = record.rec_headers.get_header("WARC-Record-ID") or url or str(count)
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                record.rec_headers.get_header("Content-Type") or ""
            )
            payload = record.content_stream().read()
            count += 1
            where = f"{path}#{url or rid}"
            if getattr(record.raw_stream, "limit", 0) > 0:  # the block ended before its Content-Length
                yield InputError(M105.format(path=where, reason="record cut short"))
                return
            if ctype and not any(t in ctype.lower() for t in ("html", "text", "xml")):
                continue
            declared = None
            m = re.search(r"charset=([\w\-]+)", ctype or "", re.I)
            if m:
                declared = m.group(1)
            try:
                text = decode(payload, where, declared=declared or _declared_charset(payload))
            except InputError as exc:
                yield exc
                continue
            source = Source(path=path, url=url, format="warc")
            doc_id = stable_id(stem, url or rid)
            if "html" in ctype.lower() or _sniff_format(payload) == "html":
                yield Page(id=doc_id, source=source, html=text)
            else:
                yield Page(id=doc_id, source=source, text=text)
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
        yield InputError(M105.format(path=path, reason=_short_reason(exc)))
        return
    if count == 0:
        yield InputError(M103.format(path=path).replace("binary data", "no page records"))


REASON_CHARS = 80  # of a library's message in an error line


def _short_reason(exc: BaseException) -> str:
    """A library's reason, on one short line: its first line, cut before any quoted data
    ("Unknown archive format, first line: [...]" quotes the bytes it could not read)."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    text = text.split(", first line:")[0]
    text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "\u2026"
