"""The Ray engine on a local Ray with two workers: its Parquet equals the single-process output."""

import pytest

from marsad.runner.ray_engine import run_sharded

from .conftest import assert_same_output

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.mark.slow
def test_ray_with_two_workers_writes_the_single_process_output(local_ray, tiny_inputs, options, tmp_path):
    out = tmp_path / "out"
    seen = []
    report = run_sharded(tiny_inputs, options, out, engine="ray", workers=2, echo=seen.append)
    assert report.engine == "ray" and report.workers == 2 and report.shards == 4
    assert report.documents == 12 and report.failed == 2
    assert sum("M104" in line or "M106" in line for line in seen) == 2
    assert_same_output(out, tiny_inputs, options)
