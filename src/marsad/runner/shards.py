"""Splitting inputs into shards: the units of work of the sharded runners.

A WARC or JSON Lines file is a shard of its own (it holds many pages); text and HTML pages
that come one to a file are grouped, consecutive files together, :data:`PAGES_PER_SHARD` to
a shard.  Shards list the inputs in the order the single-process runner reads them, so
``(shard, position)`` sorts every page as that runner would.  A path that does not exist is a
shard too: reading it records the error, as the single-process runner does.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import M702, ConfigError
from ..ingest.readers import ALL_SUFFIXES, JSONL_SUFFIXES, WARC_SUFFIXES

PAGES_PER_SHARD = 64
# Files read as archives of many pages: never grouped with others.
ARCHIVE_SUFFIXES = WARC_SUFFIXES | JSONL_SUFFIXES | {".jsonl.gz"}


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    paths: tuple[str, ...]  # files (or one missing path), read in this order


def plan_shards(inputs: list[str], pages_per_shard: int = PAGES_PER_SHARD, absolute: bool = False) -> list[Shard]:
    """The shards of ``inputs`` (files, directories, globs), in input order.

    ``absolute`` makes every path absolute, for workers whose working directory is not
    this one (a remote cluster).
    """
    groups: list[list[str]] = []
    pages: list[str] = []  # the group of single-page files being filled
    for spec in inputs:
        if spec == "-":
            raise ConfigError(M702)
        for path in _expand(spec) or [spec]:
            name = os.path.abspath(path) if absolute else path
            if _suffix(path) in ARCHIVE_SUFFIXES or not os.path.isfile(path):
                if pages:
                    groups.append(pages)
                    pages = []
                groups.append([name])
                continue
            pages.append(name)
            if len(pages) >= pages_per_shard:
                groups.append(pages)
                pages = []
    if pages:
        groups.append(pages)
    return [Shard(i, tuple(paths)) for i, paths in enumerate(groups)]


def _expand(spec: str) -> list[str]:
    """Files of an input as the single-process reader lists them (see ``marsad.ingest.readers``)."""
    path = Path(spec)
    if path.is_dir():
        return [str(p) for p in sorted(p for p in path.rglob("*") if p.is_file() and _suffix(str(p)) in ALL_SUFFIXES and not p.name.startswith("."))]
    if path.is_file():
        return [str(path)]
    if any(ch in spec for ch in "*?["):
        return [str(p) for p in sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())]
    return []


def _suffix(path: str) -> str:
    name = os.path.basename(path).lower()
    for double in (".warc.gz", ".arc.gz", ".jsonl.gz"):
        if name.endswith(double):
            return double
    return Path(name).suffix
