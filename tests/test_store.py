import json
import signal

import pandas as pd
import pyarrow.parquet as pq
import pytest

import kaznews
from kaznews.runner import RunOptions, run_dataset
from kaznews.schema import SCHEMA_VERSION
from kaznews.store import IncompleteOutput, read_tables, stored_articles

from .conftest import SAMPLE, start_run


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_formats_read_back_the_same_tables(tmp_path, sample_result, fmt):
    run_dataset(RunOptions([SAMPLE], tmp_path / fmt, fmt=fmt))
    other = read_tables(tmp_path / fmt)
    for name in ("articles", "sentences", "entities", "roles", "topics", "duplicates", "rejects"):
        pd.testing.assert_frame_equal(getattr(sample_result, name), other[name], check_dtype=False)
    # what an incremental run skips, read from the articles table's two columns alone
    expected = dict(zip(sample_result.articles.article_id, sample_result.articles.content_hash))
    assert stored_articles(tmp_path / fmt) == expected and len(expected) == 22


def test_manifest_describes_the_run(sample_run):
    out, _ = sample_run
    manifest = json.loads((out / "manifest.json").read_text())
    [run] = manifest["runs"]
    assert manifest["schema_version"] == SCHEMA_VERSION and run["articles"] == 22 and run["finished"]
    assert run["rows"]["rejects"] == 1 and run["duplicates"] == {"exact": 1, "near": 1}
    assert sorted(p.name for p in out.iterdir()) == [
        ".lock", "articles", "duplicates", "entities", "manifest.json", "rejects", "roles", "sentences",
        "signatures", "topics"]
    assert all((out / part).exists() for parts in run["parts"].values() for part in parts)


def test_killed_run_leaves_nothing_that_looks_complete(tmp_path):
    dump = tmp_path / "big.jsonl"
    lines = [json.dumps({"id": i, "text": f"Статья {i}. Аким Астаны Ерлан Сапаров провел совещание "
                                          "по ремонту дорог и выделил деньги из бюджета."}, ensure_ascii=False)
             for i in range(3000)]
    dump.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"

    def listed() -> list[str]:
        manifest = json.loads((out / "manifest.json").read_text()) if (out / "manifest.json").exists() else None
        return [p for parts in manifest["runs"][-1]["parts"].values() for p in parts] if manifest else []

    proc = start_run(dump, out, env={"KAZNEWS_CHECKPOINT": "10"}, until=lambda: len(listed()) > 0, settle=0.05)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait() == -signal.SIGKILL  # killed while working
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["runs"][-1]["finished"] is None
    assert listed(), "killed before a part was listed: nothing would be checked"
    for part in listed():  # what is listed is whole
        assert pq.read_table(out / part).num_rows > 0
    with pytest.raises(IncompleteOutput):
        kaznews.read(out)
