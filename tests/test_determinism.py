"""Same article, same rows: exact values whatever else is in the batch, in what order, with
what cache state, in a fresh process or a warm one. No tolerance anywhere."""
import json
import subprocess
import sys

import pandas as pd
import pytest

import kaznews

from .conftest import ROOT, SAMPLE, SHARED, needs_shared

TABLES = ("articles", "sentences", "entities", "topics")
TARGETS = ("ru-002", "kk-001", "mix-001")  # anticorruption news, a Kazakh and a mixed article


def sample_records() -> list[dict]:
    records = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:  # the sample's broken line, there for the rejects table
            pass
    return records


def rows_of(result: kaznews.Result, article_id: str) -> dict[str, list[dict]]:
    """The article's rows as plain Python values (floats compared bit for bit)."""
    out = {}
    for name in TABLES:
        frame = getattr(result, name)
        frame = frame[frame.article_id == article_id].drop(columns=["pipeline_version"], errors="ignore")
        out[name] = json.loads(frame.to_json(orient="records", double_precision=15, date_format="iso"))
    return out


def frame(records: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{"id": r["id"], "text": r["text"], "source": r.get("source") or r["id"]} for r in records])


@pytest.fixture(scope="module")
def others() -> list[dict]:
    """40 real news texts that are not the target: the other sample articles, then factRuEval's."""
    mine = [r for r in sample_records() if r.get("id") not in TARGETS and r.get("id") and r.get("text")]
    factru = needs_shared(SHARED / "data" / "factru_dev" / "factru_dev.jsonl")
    more = [json.loads(line) for line in factru.read_text(encoding="utf-8").splitlines()[:40]]
    return (mine + more)[:40]


@pytest.mark.parametrize("target_id", TARGETS)
def test_an_article_gets_the_same_rows_in_any_batch_and_any_process(target_id, others):
    [target] = [r for r in sample_records() if r.get("id") == target_id]
    fresh = subprocess.run(  # alone, in a process whose caches are empty
        [sys.executable, "-c", "import json, sys, pandas as pd, kaznews\n"
         "from tests.test_determinism import rows_of\n"
         "record = json.loads(sys.stdin.read())\n"
         "result = kaznews.analyze(pd.DataFrame([record]))\n"
         "print(json.dumps(rows_of(result, record['id'])))"],
        input=json.dumps(frame([target]).iloc[0].to_dict()), capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert fresh.returncode == 0, fresh.stderr
    alone_fresh = json.loads(fresh.stdout)
    assert alone_fresh["topics"] and alone_fresh["sentences"]  # there is something to compare
    after_others = rows_of(kaznews.analyze(frame(others + [target])), target_id)
    first_reversed = rows_of(kaznews.analyze(frame([target] + others[::-1])), target_id)
    alone_warm = rows_of(kaznews.analyze(frame([target])), target_id)
    assert after_others == alone_fresh
    assert first_reversed == alone_fresh
    assert alone_warm == alone_fresh
