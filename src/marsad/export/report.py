"""The timeline as one self-contained HTML page (inline CSS and script, nothing fetched).

Right-to-left Arabic page with three parts: a visual timeline (an SVG time axis, one lane per
event type, time running right to left), one entry per record with each source's outlet,
title, publication date and evidence sentence (and the record's conflicts), and a table of
how each outlet names the main actors (:mod:`.naming`).  Every piece of article text is
escaped with :func:`html.escape`; links are kept only for http(s) URLs.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any, Iterable

from ..model import Document
from ..timeline.intervals import parse
from .labels import country_name
from .naming import outlet_names
from .timelinejs import headline

# Page labels (Arabic, written as escapes).
LABELS = {
    "title": "\u0645\u0631\u0635\u062f \N{EM DASH} \u0627\u0644\u062e\u0637 \u0627\u0644\u0632\u0645\u0646\u064a",  # مرصد — الخط الزمني
    "records": "\u0633\u062c\u0644\u0627\u062a",  # سجلات
    "documents": "\u0648\u062b\u0627\u0626\u0642",  # وثائق
    "several": "\u0628\u0623\u0643\u062b\u0631 \u0645\u0646 \u0645\u0635\u062f\u0631",  # بأكثر من مصدر
    "conflicts": "\u062a\u0639\u0627\u0631\u0636\u0627\u062a \u0628\u064a\u0646 \u0627\u0644\u062a\u0642\u0627\u0631\u064a\u0631",  # تعارضات بين التقارير
    "naming": "\u0643\u064a\u0641 \u062a\u0633\u0645\u0651\u064a \u0643\u0644 \u0648\u0633\u064a\u0644\u0629 \u0625\u0639\u0644\u0627\u0645 \u0627\u0644\u0641\u0627\u0639\u0644\u064a\u0646 \u0627\u0644\u0631\u0626\u064a\u0633\u064a\u064a\u0646",  # كيف تسمّي كل وسيلة إعلام الفاعلين الرئيسيين
    "undated": "\u0628\u0644\u0627 \u062a\u0627\u0631\u064a\u062e",  # بلا تاريخ
    "all": "\u0627\u0644\u0643\u0644",  # الكل
    "actor": "\u0627\u0644\u0641\u0627\u0639\u0644",  # الفاعل
    "published": "\u0646\u064f\u0634\u0631",  # نُشر
    "reported_date": "\u062a\u0627\u0631\u064a\u062e \u0627\u0644\u062d\u062f\u062b \u0641\u064a \u0627\u0644\u062a\u0642\u0631\u064a\u0631",  # تاريخ الحدث في التقرير
}
WIDTH, PAD, LABELS_WIDTH, LANE, TOP = 1000, 30, 90, 30, 34

STYLE = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d8dce4; --bg: #f7f8fa; --accent: #0b6e6e; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.6; }
header.page, main { max-width: 1100px; margin: 0 auto; padding: 0 1rem; }
header.page h1 { margin: 1rem 0 0.2rem; font-size: 1.6rem; }
.stats { color: var(--muted); margin: 0 0 0.8rem; }
#filters { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.5rem 0 1rem; }
#filters button { border: 1px solid var(--line); background: #fff; border-radius: 1rem; padding: 0.15rem 0.8rem; cursor: pointer; font: inherit; }
#filters button[aria-pressed="true"] { background: var(--accent); color: #fff; border-color: var(--accent); }
figure.axis { margin: 0 0 1.5rem; background: #fff; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
figure.axis svg { display: block; width: 100%; min-width: 700px; height: auto; direction: ltr; }
.tick line { stroke: var(--line); } .tick text, .lane text { font-size: 11px; fill: var(--muted); font-family: sans-serif; }
.dot circle { fill: var(--accent); stroke: #fff; stroke-width: 1.5; } .dot.multi circle { fill: #c2410c; }
.dot line { stroke: var(--accent); stroke-width: 3; opacity: 0.5; }
.hidden { display: none; }
article.entry { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; margin: 0 0 0.8rem; }
article.entry:target, article.entry.active { outline: 3px solid var(--accent); }
article.entry h3 { margin: 0 0 0.3rem; font-size: 1.05rem; display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: baseline; }
.date { font-family: monospace; color: var(--accent); }
.badge { font-size: 0.8rem; border-radius: 4px; padding: 0 0.4rem; background: #e6f2f2; }
.summary { margin: 0.2rem 0 0.5rem; }
ol.sources { margin: 0; padding-inline-start: 1.2rem; }
ol.sources li { margin-bottom: 0.5rem; }
.meta { color: var(--muted); font-size: 0.9rem; }
blockquote { margin: 0.2rem 0 0; padding: 0.2rem 0.8rem; border-inline-start: 3px solid var(--line); background: var(--bg); }
.conflicts { color: #9a3412; font-size: 0.9rem; }
table.naming { border-collapse: collapse; width: 100%; background: #fff; margin-bottom: 2rem; }
table.naming th, table.naming td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; vertical-align: top; text-align: start; }
table.naming th { background: #eef0f4; }
.form { white-space: nowrap; } .n { color: var(--muted); font-size: 0.8rem; }
"""

SCRIPT = """
(function () {
  var buttons = Array.prototype.slice.call(document.querySelectorAll('#filters button'));
  var items = Array.prototype.slice.call(document.querySelectorAll('.entry, .dot'));
  function show(type) {
    items.forEach(function (el) {
      el.classList.toggle('hidden', type !== '*' && el.getAttribute('data-type') !== type);
    });
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === type)); });
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-filter')); });
  });
  function highlight() {
    document.querySelectorAll('.entry.active').forEach(function (el) { el.classList.remove('active'); });
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target) { target.classList.add('active'); }
  }
  window.addEventListener('hashchange', highlight);
  highlight();
})();
"""


def to_html(records: list[dict[str, Any]], docs: Iterable[Document] = ()) -> str:
    docs = list(docs)
    outlets, actors = outlet_names(docs, records) if docs else ([], [])
    n_docs = len({r["doc"] for rec in records for r in rec.get("reports") or []})
    multi = sum(1 for rec in records if len(rec.get("reports") or []) > 1)
    types = sorted({rec["type"] for rec in records})
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        f"<title>{_e(LABELS['title'])}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        '<header class="page">',
        f"<h1>{_e(LABELS['title'])}</h1>",
        f'<p class="stats">{len(records)} {LABELS["records"]} \N{MIDDLE DOT} {multi} {LABELS["several"]} \N{MIDDLE DOT} {n_docs} {LABELS["documents"]}</p>',
        "</header>",
        "<main>",
        '<nav id="filters">',
        f'<button type="button" data-filter="*" aria-pressed="true">{LABELS["all"]}</button>',
        *(f'<button type="button" data-filter="{_e(t)}" aria-pressed="false">{_e(t)}</button>' for t in types),
        "</nav>",
        _axis(records),
        '<section id="entries">',
        *(_entry(rec) for rec in records),
        "</section>",
        _naming_table(outlets, actors),
        "</main>",
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _anchor(rec: dict[str, Any]) -> str:
    return "rec-" + rec["id"]


# ---------------------------------------------------------------- the time axis

def _axis(records: list[dict[str, Any]]) -> str:
    dated = []
    for rec in records:
        when = parse(rec.get("date"))
        if when is not None and not when.yearless:
            dated.append((rec, when))
    if not dated:
        return ""
    first = dt.date(min(w.lo for _, w in dated).year, 1, 1)
    last = dt.date(max(w.hi for _, w in dated).year, 12, 31)
    span = max(1, (last - first).days)
    lanes = sorted({rec["type"] for rec, _ in dated})
    height = TOP + LANE * len(lanes) + 10

    right = WIDTH - LABELS_WIDTH  # the lane labels sit at the right

    def x(day: dt.date) -> float:  # time runs right to left
        return round(right - (day - first).days / span * (right - PAD), 1)

    out = [f'<figure class="axis"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{_e(LABELS["title"])}">']
    for year in range(first.year, last.year + 2):
        day = dt.date(year, 1, 1)
        if day > last + dt.timedelta(days=1):
            break
        xx = x(min(day, last))
        out.append(f'<g class="tick"><line x1="{xx}" y1="{TOP - 8}" x2="{xx}" y2="{height - 6}"/>'
                   f'<text x="{xx}" y="{TOP - 14}" text-anchor="middle">{year}</text></g>')
    for i, lane in enumerate(lanes):
        y = TOP + LANE * i + LANE / 2
        out.append(f'<g class="lane"><text x="{WIDTH - 4}" y="{y + 4}" text-anchor="end">{_e(lane)}</text></g>')
    for rec, when in dated:
        y = TOP + LANE * lanes.index(rec["type"]) + LANE / 2
        lo, hi = x(when.lo), x(when.hi)
        mid = round((lo + hi) / 2, 1)
        multi = " multi" if len(rec.get("reports") or []) > 1 else ""
        bar = f'<line x1="{lo}" y1="{y}" x2="{hi}" y2="{y}"/>' if abs(lo - hi) > 2 else ""
        tip = f"{rec['date']} \N{MIDDLE DOT} {headline(rec)} \N{MIDDLE DOT} {len(rec.get('reports') or [])}"
        out.append(f'<a class="dot{multi}" data-type="{_e(rec["type"])}" href="#{_e(_anchor(rec))}">{bar}'
                   f'<circle cx="{mid}" cy="{y}" r="{6 if multi else 4.5}"><title>{_e(tip)}</title></circle></a>')
    out.append("</svg></figure>")
    return "".join(out)


# ---------------------------------------------------------------- entries

def _entry(rec: dict[str, Any]) -> str:
    loc = rec.get("location") or {}
    countries = ", ".join(f"{country_name(c)} ({c})" for c in rec.get("countries") or [])
    badges = [rec["type"]] + [v for v in (rec.get("mode"), rec.get("status") if rec.get("status") != "reported" else None) if v]
    date = rec.get("date") or LABELS["undated"]
    provenance = rec.get("provenance") or {}
    sources = "".join(_source(s, provenance) for s in rec.get("sources") or [])
    conflicts = ""
    if rec.get("conflicts"):
        items = "".join(
            f"<li>{_e(c['field'])}: " + "; ".join(f"<bdi>{_e(v['value'])}</bdi> ({_e(v['doc'])})" for v in c["values"]) + "</li>"
            for c in rec["conflicts"]
        )
        conflicts = f'<div class="conflicts"><b>{LABELS["conflicts"]}</b><ul>{items}</ul></div>'
    return (
        f'<article class="entry" id="{_e(_anchor(rec))}" data-type="{_e(rec["type"])}">'
        f'<h3><span class="date" dir="ltr">{_e(date)}</span>'
        + "".join(f'<span class="badge" dir="ltr">{_e(b)}</span>' for b in badges)
        + (f"<span><bdi>{_e(loc.get('name'))}</bdi></span>" if loc.get("name") else "")
        + f'<span class="meta" dir="ltr">{_e(countries)}</span></h3>'
        f'<p class="summary">{_e(rec.get("summary"))}</p>'
        f'<ol class="sources">{sources}</ol>{conflicts}</article>'
    )


def _source(s: dict[str, Any], provenance: dict[str, Any]) -> str:
    outlet = s.get("outlet") or s.get("outlet_text") or s["doc"]
    name = f"<b><bdi>{_e(outlet)}</bdi></b>"
    if s.get("outlet_text") and s.get("outlet_text") != outlet:
        name += f" ({_e(s['outlet_text'])})"
    url = s.get("url") or ""
    title = _e(s.get("title")) if s.get("title") else f'<bdi dir="ltr">{_e(s["doc"])}</bdi>'
    if url.startswith(("http://", "https://")):
        title = f'<a href="{_e(url)}" rel="noopener">{title}</a>'
    gave = [f for f, ref in provenance.items() if ref.get("doc") == s["doc"] and ref.get("event") == s["event"]]
    meta = [f"{LABELS['published']} <bdi dir=\"ltr\">{_e(s.get('published') or '?')}</bdi>"]
    meta.append(f"{LABELS['reported_date']} <bdi dir=\"ltr\">{_e(s.get('date') or '?')}</bdi>")
    if gave:
        meta.append(f'<span dir="ltr">({_e(", ".join(gave))})</span>')
    evidence = (s.get("evidence") or {}).get("text") or ""
    sep = " \N{MIDDLE DOT} "
    return (
        f"<li>{name} \N{EM DASH} {title}<div class=\"meta\">{sep.join(meta)}</div>"
        f"<blockquote>{_e(evidence)}</blockquote></li>"
    )


# ---------------------------------------------------------------- naming table

def _naming_table(outlets: list[str], actors) -> str:
    if not outlets or not actors:
        return ""
    head = f"<tr><th>{LABELS['actor']}</th>" + "".join(f"<th><bdi>{_e(o)}</bdi></th>" for o in outlets) + "</tr>"
    rows = []
    for row in actors:
        cells = []
        for outlet in outlets:
            forms = sorted(row.forms.get(outlet, {}).items(), key=lambda kv: (-kv[1], kv[0]))
            cells.append("<td>" + " \N{MIDDLE DOT} ".join(
                f'<span class="form">{_e(text)} <span class="n">&#215;{n}</span></span>' for text, n in forms
            ) + "</td>")
        rows.append(f'<tr><th dir="ltr">{_e(row.label)}</th>{"".join(cells)}</tr>')
    return f'<section id="naming"><h2>{LABELS["naming"]}</h2><table class="naming">{head}{"".join(rows)}</table></section>'
