from pathlib import Path

import pytest

from marsad.errors import ConfigError
from marsad.runner.shards import plan_shards


def test_archives_are_shards_and_pages_are_grouped_in_input_order(tmp_path):
    for name in ("a.txt", "b.html", "c.jsonl", "d.txt", "e.txt", "f.warc.gz", ".hidden.txt", "g.pdf"):
        (tmp_path / name).write_text("x", "utf-8")
    shards = plan_shards([str(tmp_path), str(tmp_path / "nowhere.jsonl")], pages_per_shard=2)
    names = [[Path(p).name for p in s.paths] for s in shards]
    assert names == [["a.txt", "b.html"], ["c.jsonl"], ["d.txt", "e.txt"], ["f.warc.gz"], ["nowhere.jsonl"]]
    assert [s.index for s in shards] == [0, 1, 2, 3, 4]


def test_absolute_paths_for_a_remote_cluster(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("x", "utf-8")
    monkeypatch.chdir(tmp_path)
    [shard] = plan_shards(["a.txt"], absolute=True)
    assert shard.paths == (str(tmp_path / "a.txt"),)
    [shard] = plan_shards(["a.txt"])
    assert shard.paths == ("a.txt",)


def test_stdin_cannot_be_sharded():
    with pytest.raises(ConfigError, match="M702"):
        plan_shards(["-"])
