"""The timeline as a table for a terminal: one line a record, the summary last."""

from __future__ import annotations

from typing import Any

from ..timeline.records import shorten

SUMMARY_CHARS = 90
HEAD = ("date", "type", "mode", "place", "countries", "sources")


def to_table(records: list[dict[str, Any]]) -> str:
    """Fixed-width columns (Latin only) followed by the summary, which may be Arabic."""
    rows = [HEAD + ("summary",)]
    for rec in records:
        loc = rec.get("location") or {}
        outlets = []
        for s in rec.get("sources") or []:
            name = s.get("outlet") or s.get("outlet_text") or s.get("doc", "")[:3]
            if name not in outlets:
                outlets.append(name)
        n = len(rec.get("reports") or [])
        rows.append((
            rec.get("date") or "-",
            rec["type"] + ("" if rec.get("status", "reported") == "reported" else f" ({rec['status']})"),
            rec.get("mode") or "-",
            loc.get("name") or "-",
            " ".join(rec.get("countries") or []) or "-",
            f"{n}: {', '.join(outlets)}" if outlets else str(n),
            shorten(rec.get("summary") or "", SUMMARY_CHARS),
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEAD))]
    lines = ["  ".join(f"{r[i]:<{widths[i]}}" for i in range(len(HEAD))) + "  " + r[-1] for r in rows]
    lines.insert(1, "-" * (sum(widths) + 2 * len(HEAD) + 7))
    lines.append(f"{len(records)} records, {sum(1 for r in records if len(r.get('reports') or []) > 1)} reported by more than one document")
    return "\n".join(lines) + "\n"
