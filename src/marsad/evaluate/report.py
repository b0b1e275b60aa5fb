"""The table ``marsad eval`` prints for people."""

from __future__ import annotations

from typing import Any


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def _ratio(r: dict[str, Any]) -> str:
    return f"{r['found']}/{r['total']}" + (f" ({r['share']:.2f})" if r["share"] is not None else "")


def format_report(summary: dict[str, Any], verbose: bool = False) -> str:
    rows = [("stage", "measure", "value")]
    c = summary["cleaning"]
    rows.append(("cleaning", "line P / R / F1", f"{_pct(c['precision'])} / {_pct(c['recall'])} / {_pct(c['f1'])}"))
    rows.append(("title", "right title", _ratio(summary["title"])))
    rows.append(("outlet", "right outlet", _ratio(summary["outlet"])))
    rows.append(("published", "precise", _ratio(summary["published_precise"])))
    rows.append(("published", "honest", _ratio(summary["published_honest"])))
    rows.append(("dates", "body expressions right", _ratio(summary["timexes"])))
    rows.append(("entities", "gold entities found", _ratio(summary["entities"])))
    rows.append(("entities", "leaked from chrome", str(len(summary["leaked"])) + (f" {summary['leaked']}" if summary["leaked"] else "")))
    e = summary["events"]
    rows.append(("events", "P / R / F1 (required)", f"{_pct(e['precision'])} / {_pct(e['recall'])} / {_pct(e['f1'])}  tp={e['tp']} fp={e['fp']} fn={e['fn']}"))
    m = summary.get("merge")
    if m is not None:
        rows.append(("timeline", "merge P / R", f"{_pct(m['precision'])} / {_pct(m['recall'])}  tp={m['tp']} fp={m['fp']} fn={m['fn']}"))
    width = [max(len(r[i]) for r in rows) for i in range(2)]
    lines = [f"{r[0]:<{width[0]}}  {r[1]:<{width[1]}}  {r[2]}" for r in rows]
    lines.insert(1, "-" * (width[0] + width[1] + 30))
    lines.append("")
    lines.append(f"{summary['documents']} documents scored" + (f"; not found: {', '.join(summary['missing'])}" if summary["missing"] else ""))
    for err in summary["errors"]:
        lines.append(f"error: {err}")
    lines.append("")
    head = ("doc", "clean F1", "title", "outlet", "published", "prec", "hon", "dates", "entities", "events P/R")
    table = [head]
    for d in summary["per_document"]:
        p = d["published"]
        pub = p["date"] or (f"{p['earliest']}..{p['latest']}" if p["earliest"] else "-")
        table.append((
            d["doc"][:3], _pct(d["cleaning_f1"]).strip(), "ok" if d["title"] else "no", "ok" if d["outlet"] else "no",
            pub, "ok" if d["published_precise"] else "no", "ok" if d["published_honest"] else "no",
            d["timexes"], d["entities"], f"{_pct(d['events']['precision']).strip()}/{_pct(d['events']['recall']).strip()}",
        ))
    widths = [max(len(str(r[i])) for r in table) for i in range(len(head))]
    lines += ["  ".join(f"{str(v):<{widths[i]}}" for i, v in enumerate(r)) for r in table]
    if verbose:
        for d in summary["per_document"]:
            for miss in d["misses"]:
                lines.append(f"  {d['doc'][:3]} miss: {miss}")
    return "\n".join(lines)
