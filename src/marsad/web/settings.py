"""What the web app is started with: one frozen object, built by ``marsad serve`` or a test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field

from ..errors import M608, ConfigError
from ..options import Options

# Upload suffixes the pipeline reads (SPEC inputs), and the content types browsers send for them.
UPLOAD_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc", ".warc.gz")
UPLOAD_TYPES = (
    "", "text/plain", "text/html", "application/xhtml+xml", "application/json", "application/jsonl",
    "application/x-ndjson", "application/x-jsonlines", "application/warc", "application/gzip",
    "application/x-gzip", "application/octet-stream",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    db: str  # SQLite path or postgresql:// URL
    token: str | None = None  # write endpoints answer 403 unless this is set and sent
    max_upload_bytes: int = 5_000_000  # the whole request body of an upload
    max_files: int = 20
    options: Options = field(default_factory=Options)  # pipeline options for uploads
    pool_size: int = 10  # database connections kept open (more open on demand)
    max_overflow: int = 40

    def __post_init__(self) -> None:
        token = self.token
        if token is not None and not (len(token) >= 8 and token.isascii() and token.isprintable() and token.strip() == token):
            raise ConfigError(M608)

    @property
    def writable(self) -> bool:
        return bool(self.token)

    def to_json(self) -> str:
        """The settings as JSON, for the worker processes of ``marsad serve --workers``."""
        o = self.options
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "options"}
        data["options"] = {"reference_date": o.reference_date.isoformat() if o.reference_date else None,
                           "debug": o.debug, "max_bytes": o.max_bytes, "stages": list(o.stages) if o.stages else None}
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> "WebSettings":
        data = json.loads(text)
        o = data.pop("options")
        options = Options(reference_date=dt.date.fromisoformat(o["reference_date"]) if o["reference_date"] else None,
                          debug=o["debug"], max_bytes=o["max_bytes"], stages=tuple(o["stages"]) if o["stages"] else None)
        return cls(**data, options=options)
