"""Hostile input: random bytes and random JSON through every reader, the normaliser and the CLI."""
import json
import random
import subprocess

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.doc import Document, Duplicate, Reject
from pipeline.ingest import Ingestor
from pipeline.ingest.normalize import normalize_text
from pipeline.ingest.readers import read_dump

from .conftest import KAZNEWS

SUFFIXES = ["jsonl", "csv", "parquet", "txt", "html", "warc", "jsonl.gz", "csv.gz", "txt.gz", "warc.gz"]
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children,
                                                                                       max_size=5), max_leaves=12)
FIELDS = st.fixed_dictionaries({}, optional={k: JSON | st.text() for k in ("id", "text", "title", "url", "published",
                                                                          "source", "body", "html")})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_readers_survive_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"junk.{suffix}"
    path.write_bytes(data)
    for item in Ingestor()(read_dump(path)):
        assert isinstance(item, (Document, Duplicate, Reject))


@settings(max_examples=150, deadline=None)
@given(record=FIELDS)
def test_ingest_survives_random_records(record):
    from pipeline.doc import RawRecord
    [item] = list(Ingestor()([RawRecord("x", record)]))
    assert isinstance(item, (Document, Duplicate, Reject))


@settings(max_examples=300, deadline=None)
@given(text=st.text())
def test_normaliser_never_raises_and_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_fuzzed_dump_through_the_cli_loses_nothing(tmp_path):
    rng = random.Random(7)
    lines = []
    for i in range(60):
        kind = i % 4
        if kind == 0:
            lines.append(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 120))).replace(b"\n", b" "))
        elif kind == 1:
            lines.append(json.dumps(rng.choice([[1, 2], "text", 3.5, None, {"text": None}, {"text": ["a"]}])).encode())
        elif kind == 2:
            lines.append(json.dumps({"id": f"ok{i}", "text": f"Статья {i}: аким района {i} открыл школу на "
                                     f"{i * 7} мест и пообещал отремонтировать дорогу до конца года."},
                                    ensure_ascii=False).encode())
        else:
            lines.append(b'{"id": "broken' + str(i).encode() + b'", "text": "\xd0\x9f\xd1\x80')
    dump = tmp_path / "fuzz.jsonl"
    dump.write_bytes(b"\n".join(lines))
    proc = subprocess.run([*KAZNEWS, "run", str(dump), "-o", str(tmp_path / "out"), "-q"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    result = pipeline.read(tmp_path / "out")
    accounted = len(result.articles) + len(result.rejects) + len(result.duplicates)
    assert accounted == sum(1 for line in lines if line.strip())
    assert len(result.articles) == 15
