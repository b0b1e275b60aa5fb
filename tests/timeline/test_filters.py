"""The filters of `marsad timeline`."""

from __future__ import annotations

import datetime as dt

from marsad.timeline import build, select


def test_filters_by_actor_window_and_type(seed_docs, december_meeting):
    records = build(list(december_meeting) + [seed_docs["003"], seed_docs["004"]])
    assert records
    both = select(records, actors=["TUR", "SYR"])
    assert both and all({"TUR", "SYR"} <= set(r["countries"]) for r in both)
    assert len(select(records, actors=["tur"])) == len(select(records, actors=["TUR"]))
    akar = select(records, actors=["hulusi-akar"])
    assert "2022-12-28" in [r["date"] for r in akar]
    assert all(any(a["entity"] == "hulusi-akar" for a in r["actors"]) for r in akar)
    window = select(records, since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31))
    assert window and all(r["date"] and r["date"][:4] == "2022" for r in window)
    assert not [r for r in select(records, since=dt.date(2000, 1, 1)) if r["date"] is None]
    consults = select(records, types=["consult"])
    assert consults and {r["type"] for r in consults} == {"CONSULT"}
    assert select(records) == records
