import json

import pytest

from marsad.errors import DataError
from marsad.model import Document, Timex


def test_round_trip_keeps_every_field(seed_docs):
    for doc in seed_docs.values():
        again = Document.from_json(doc.to_json())
        assert again == doc
        assert set(json.loads(doc.to_json())) == {
            "id", "source", "outlet", "title", "published", "body", "captions", "dropped",
            "timexes", "entities", "events",
        }


def test_check_rejects_spans_that_do_not_match_the_body(seed_docs):
    doc = seed_docs["000"]
    start = doc.body.index("28 ديسمبر")
    good = doc.replace(timexes=(Timex(start, start + 9, "28 ديسمبر", "2022-12-28"),))
    assert good.check() is good
    bad = doc.replace(timexes=(Timex(start + 1, start + 10, "28 ديسمبر", "2022-12-28"),))
    with pytest.raises(DataError, match="does not match"):
        bad.check()
