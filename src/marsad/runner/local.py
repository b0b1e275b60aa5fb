"""Running the pipeline here: a batch with a progress bar, into a store and/or JSON Lines."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from tqdm import tqdm

from .. import api
from ..errors import MarsadError
from ..model import Document
from ..options import Options


def run_local(
    inputs: list[str],
    options: Options,
    db: str | None = None,
    jsonl: str | None = None,
    echo: Callable[[str], None] = print,
) -> int:
    """Process every input; store and/or write the documents; return the number of failures.

    Each document is stored as soon as it is processed (one transaction each), so a killed
    batch keeps what it finished and a re-run replaces rather than duplicates.
    """
    from ..store import Store

    store = Store.open(db) if db else None
    docs: list[Document] = []
    failed = 0
    bar = tqdm(desc="marsad", unit="doc", disable=None, file=sys.stderr, leave=False)
    for item in api.iter_process(inputs, options):
        bar.update(1)
        if isinstance(item, MarsadError):
            failed += 1
            bar.clear()
            echo(f"marsad: {item}")
            if store is not None:
                store.save_failure(_source_of(str(item)), str(item))
            continue
        docs.append(item)
        if store is not None:
            store.save(item)
    bar.close()
    if store is not None:
        # The cross-document step runs over everything stored, so a page processed today is
        # narrowed by the pages of earlier batches (and narrows them).
        stored = list(store.documents())
        merged_all = api.merge(stored, options)
        changed = [m for d, m in zip(stored, merged_all) if d != m]
        if changed:
            store.save_many(changed)
        store.replace_stories(api.timeline(merged_all, options))
        store.close()
        by_id = {d.id: d for d in merged_all}
        merged = [by_id.get(d.id, d) for d in docs]
    else:
        merged = api.merge(docs, options)
    if jsonl:
        write_jsonl(merged, jsonl)
    echo(f"marsad: {len(docs)} documents processed, {failed} failed")
    return failed


def write_jsonl(docs: Iterable[Document], target: str) -> None:
    """Write records a line; an existing file keeps its other records (same id is replaced)."""
    docs = list(docs)
    if target == "-":
        for doc in docs:
            sys.stdout.write(doc.to_json() + "\n")
        sys.stdout.flush()
        return
    path = Path(target)
    new_ids = {d.id for d in docs}
    kept: list[str] = []
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            try:
                if json.loads(line).get("id") not in new_ids:
                    kept.append(line)
            except ValueError:
                continue
    fd, tmp = tempfile.mkstemp(dir=str(path.parent.resolve()), prefix=".marsad-", suffix=".jsonl")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for line in kept:
            fh.write(line + "\n")
        for doc in docs:
            fh.write(doc.to_json() + "\n")
    os.replace(tmp, path)


def _source_of(message: str) -> str:
    """The file named by a coded message: '[M101] a.html: ...' -> 'a.html'."""
    rest = message.split("] ", 1)[-1]
    return rest.split(": ", 1)[0]
