"""Reading the data files: the fast record reader builds what PyYAML's safe loader builds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from marsad import resources
from marsad.errors import DataError

DATA = Path(resources.data_path("actors")).parent


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_records_are_what_the_safe_loader_builds(path):
    text = path.read_text("utf-8")
    expected = yaml.load(text, Loader=resources._LineLoader) or []
    assert resources.read_records(str(path.relative_to(DATA)), keys=_keys(expected), required=(), unique=None) == [
        {**rec, "__file__": str(path.relative_to(DATA))} for rec in expected
    ]


def _keys(records):
    return {k for rec in records if isinstance(rec, dict) for k in rec}


def test_a_tag_the_reader_does_not_know_is_a_data_error(tmp_path, monkeypatch):
    (tmp_path / "x.yaml").write_text("- {id: a, when: !!binary aGk=}\n", "utf-8")
    monkeypatch.setattr(resources, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(DataError, match="x.yaml"):
        resources.read_records("x.yaml", keys=("id", "when"))
