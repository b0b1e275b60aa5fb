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


@pytest.mark.parametrize("name", ["ar/event_cues.yaml", "ar/realis.yaml", "ar/triggers.yaml"])
def test_no_phrase_ends_with_a_proclitic_the_scanner_joins_to_the_next_word(name):
    """"وفقا ل" could never be found in "وفقا لمصادر": the scanner reads "لمصادر" as one word, so a
    form must end before the proclitic ("وفقا")."""
    proclitics = {"\u0644", "\u0628", "\u0643", "\u0648", "\u0641"}  # ل ب ك و ف
    loose = [f for rec in yaml.safe_load((DATA / name).read_text("utf-8")) for f in rec.get("forms") or []
             if " " in str(f) and str(f).split(" ")[-1] in proclitics
             and not all(len(w) == 1 for w in str(f).split(" "))]  # (initials stand apart: "أ ف ب")
    assert not loose, loose
