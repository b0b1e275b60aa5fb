"""The 100 real ANT articles (clean text in JSON Lines) go through whole."""

from __future__ import annotations

import json

from marsad import api



def test_ant_dev_articles_lose_no_text(options, shared):
    path = shared("corpus", "ant-dev.jsonl")
    records = {r["id"]: r for r in map(json.loads, path.read_text("utf-8").splitlines())}
    items = list(api.iter_process([str(path)], options))
    errors = [str(i) for i in items if not isinstance(i, api.Document)]
    assert not errors
    assert len(items) == 100
    for doc in items:
        src = records[doc.id]
        assert doc.title == src["title"]
        for line in src["text"].splitlines():
            assert line.strip() in doc.body
