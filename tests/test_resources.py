"""Reading the data files: the fast record reader builds what PyYAML's safe loader builds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from marsad import resources
from marsad.errors import DataError

DATA = Path(resources.data_path("actors")).parent


class _Reference(resources._LineLoader):
    """PyYAML's own construction, each mapping with its line: what the reader must build."""


def _mapping_with_line(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_Reference.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_records_are_what_the_safe_loader_builds(path):
    text = path.read_text("utf-8")
    expected = yaml.load(text, Loader=_Reference) or []
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
