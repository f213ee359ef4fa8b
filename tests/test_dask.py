"""The Dask engine on a real LocalCluster (2 worker processes on loopback) equals a local run."""
import json

import pandas as pd
import pytest

import kaznews
from kaznews.runner import RunOptions, run_dataset

from .conftest import SAMPLE

TABLES = ("articles", "sentences", "entities", "topics", "duplicates", "rejects")


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        yield local


def test_dask_run_equals_local_run(tmp_path, cluster, monkeypatch):
    import kaznews.dask_backend as backend
    monkeypatch.setattr(backend, "LINES_PER_PARTITION", 7)  # the sample in four line ranges
    extra = tmp_path / "more.jsonl"
    extra.write_text("\n".join(json.dumps({"id": f"x{i}", "text": f"Аким района {i} провел встречу с фермерами "
                                           f"и обсудил ремонт {i} каналов до начала полива."}, ensure_ascii=False)
                               for i in range(5)), encoding="utf-8")
    inputs = [SAMPLE, extra]
    run_dataset(RunOptions(inputs, tmp_path / "local"))
    run_dataset(RunOptions(inputs, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address))
    local, dask = kaznews.read(tmp_path / "local"), kaznews.read(tmp_path / "dask")
    assert len(dask.articles) == 27 and len(dask.duplicates) == 2
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(local, name), getattr(dask, name))
