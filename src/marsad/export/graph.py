"""The actor network as GraphML (for networkx, Gephi, yEd): countries linked by shared events.

Nodes are the countries of the timeline's records (``label``: name, ``events``: records they
take part in); an edge joins two countries of one record, ``weight`` counting the records they
share, ``reports`` the documents' reports of those records, ``types`` the PLOVER types seen.
"""

from __future__ import annotations

import io
import itertools
from typing import Any

from .labels import country_name


def network(records: list[dict[str, Any]]):
    import networkx as nx

    g = nx.Graph()
    types: dict[tuple[str, str], set[str]] = {}
    for rec in records:
        countries = sorted(set(rec.get("countries") or []))
        n_reports = len(rec.get("reports") or [])
        for c in countries:
            if c not in g:
                g.add_node(c, label=country_name(c), events=0)
            g.nodes[c]["events"] += 1
        for a, b in itertools.combinations(countries, 2):
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
                g[a][b]["reports"] += n_reports
            else:
                g.add_edge(a, b, weight=1, reports=n_reports)
            types.setdefault((a, b), set()).add(rec["type"])
    for (a, b), seen in types.items():
        g[a][b]["types"] = " ".join(sorted(seen))
    return g


def to_graphml(records: list[dict[str, Any]]) -> bytes:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(network(records), buf, encoding="utf-8")
    return buf.getvalue()
