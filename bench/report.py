"""`kaznews report` and `kaznews network` on a synthetic dataset of a million articles.

    python bench/report.py [--articles 1000000] [--folder /tmp/kaznews-bench-report]

Writes a dataset in the layout `kaznews run` writes (Parquet parts and a manifest): N
articles over two years from 40 sources with a 1,500-character text each, ten entity
mentions per article drawn from a skewed vocabulary of 60,000 keys, one to three topic tags,
and some rejects and duplicates. Then times each command in a fresh process and reports its
peak memory (the text column alone is about 2.8 GB in memory: a report that loaded it would show).
The dataset is synthetic, so the figures say what the aggregation costs, not what a real
dump's plots look like.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import duckdb

RUN = "20260101T000000-0be0c0"  # a run id of the pattern kaznews writes


def build(folder: Path, n: int) -> None:
    """The synthetic dataset, written by DuckDB straight to Parquet parts."""
    from kaznews.schema import SCHEMA_VERSION
    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    topics = ["politics", "economy_business_finance", "society", "health", "education", "sport",
              "crime_law_justice", "environment", "budget_finance", "corruption", "roads_transport",
              "agriculture", "arts_culture", "disaster_emergency"]
    queries = {
        "articles": f"""SELECT 'a' || i AS article_id, 'source' || (i % 40) || '.kz' AS source,
                               'https://example.kz/' || i AS url, 'Заголовок ' || i AS title, NULL::VARCHAR AS author,
                               TIMESTAMPTZ '2024-01-01 06:00:00+00' + to_minutes((i * 1051 % 1051200)::BIGINT)
                                   AS published,
                               CASE WHEN i % 50 = 0 THEN NULL ELSE (DATE '2024-01-01'
                                   + ((i * 1051 % 1051200) // 1440)::INTEGER) END AS published_date,
                               ['ru', 'ru', 'ru', 'kk', 'mixed'][1 + i % 5] AS lang, 0.0 AS kk_share,
                               repeat('Аким области провел совещание ' || i || '. ', 40) AS text,
                               repeat('аким область совещание ', 20) AS lemmas, 20::INTEGER AS n_sentences,
                               300::INTEGER AS n_tokens, md5(i::VARCHAR) AS content_hash,
                               CASE WHEN i % 3 = 0 THEN 'footer=' || (i % 300) || ' menu=40' END AS boilerplate,
                               '0.1.0' AS pipeline_version
                        FROM range({n}) t(i)""",
        "entities": f"""SELECT 'a' || (j // 10) AS article_id, ['PER', 'ORG', 'LOC', 'LOC', 'PROG'][1 + j % 5] AS label,
                               'x' AS text, 'Name ' || k AS normal,
                               ['PER', 'ORG', 'LOC', 'LOC', 'PROG'][1 + j % 5] || ':name ' || k AS canonical,
                               0::INTEGER AS start, 1::INTEGER AS "end", (j % 20)::INTEGER AS sentence
                        FROM (SELECT j, floor(pow(random(), 4) * 60000)::INTEGER AS k FROM range({n * 10}) t(j))""",
        "topics": f"""SELECT 'a' || i AS article_id, $topics[1 + (i * 7 + r) % {len(topics)}] AS topic,
                             0.5 AS score
                      FROM range({n}) t(i), range(3) s(r) WHERE r <= i % 3""",
        "sentences": """SELECT 'a0' AS article_id, 0::INTEGER AS sentence, 0::INTEGER AS start, 1::INTEGER AS "end",
                               'ru' AS lang""",
        "duplicates": f"""SELECT 'dump.jsonl:' || i AS "where", 'd' || i AS article_id, NULL::VARCHAR AS url,
                                 'source1.kz' AS source, 'a' || i AS duplicate_of,
                                 CASE WHEN i % 2 = 0 THEN 'exact' ELSE 'near' END AS kind, 0.9 AS similarity
                          FROM range({n // 20}) t(i)""",
        "rejects": f"""SELECT 'dump.jsonl:' || i AS "where", ['broken JSON', 'empty text', 'no text field'][1 + i % 3]
                              AS reason, '' AS excerpt FROM range({n // 100}) t(i)""",
    }
    parts = {}
    for i, (table, sql) in enumerate(queries.items()):
        (folder / table).mkdir(exist_ok=True)
        name = f"{table}/part-{RUN}-{i:05d}.parquet"
        con.execute(f"COPY ({sql}) TO '{folder / name}' (FORMAT parquet, COMPRESSION zstd)",
                    {"topics": topics} if "$topics" in sql else {})
        parts[table] = [name]
    manifest = {"schema_version": SCHEMA_VERSION, "format": "parquet",
                "runs": [{"run_id": RUN, "incremental": False, "started": "", "finished": "bench", "parts": parts,
                          "bench_articles": n}]}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def measure(args: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of `python -m kaznews ARGS` in a fresh process."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kaznews", *args], capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode:
        sys.exit(proc.stderr)
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/kaznews-bench-report"))
    options = parser.parse_args()
    start = time.perf_counter()
    manifest = options.folder / "manifest.json"
    if not manifest.exists() or json.loads(manifest.read_text())["runs"][0].get("bench_articles") != options.articles:
        build(options.folder, options.articles)  # else the dataset of an earlier run of this bench
    size = sum(p.stat().st_size for p in options.folder.rglob("*.parquet")) / 1e6
    print(f"dataset: {options.articles:,} articles, {options.articles * 10:,} entity mentions, "
          f"{size:,.0f} MB of Parquet ({time.perf_counter() - start:.0f} s to build or find)")
    for name, args in (("report", ["report", str(options.folder), "-o", str(options.folder / "report.html")]),
                       ("network", ["network", str(options.folder), "-o", str(options.folder / "g.gexf")])):
        seconds, peak = measure(args)
        print(f"kaznews {name}: {seconds:.1f} s, peak RSS of the processes so far {peak:,.0f} MB")


if __name__ == "__main__":
    main()
