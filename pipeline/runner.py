"""The runner: read dumps, ingest, run the stages in batches, write the tables.

The only place that composes stages with I/O. With workers > 1 the stages run in a pool
of spawned processes (each loads its models once, with single-threaded BLAS) over batches
of articles; with engine "dask" on a Dask cluster (dask_backend.py). Results are consumed
in input order, so the tables are identical whatever the engine and number of workers.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import chain, islice
from pathlib import Path

from .doc import Document, Duplicate, Reject, Unchanged
from .ingest import Ingestor, learn_boilerplate
from .ingest.readers import list_inputs, plan_partitions, read_dump
from .nlp import Pipeline
from .store import DatasetWriter, document_rows, duplicate_row, reject_row, stored_articles
from .store.lock import run_lock
from .version import __version__

BATCH_SIZE = 16
LEARN_SAMPLE = 20_000  # records read ahead to learn each source's boilerplate lines
CHECKPOINT = int(os.environ.get("KAZNEWS_CHECKPOINT", 2_000))  # articles between commits of the tables
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass
class RunOptions:
    inputs: list[Path]
    out_dir: Path
    fmt: str = "parquet"
    workers: int = 1
    limit: int | None = None
    field_map: Mapping[str, str] = field(default_factory=dict)
    batch_size: int = BATCH_SIZE
    learn_boilerplate: bool = True
    crawl_date: str | None = None  # anchors relative dates ("вчера, 15:30") without a crawl field
    incremental: bool = False  # only articles not stored in out_dir yet (or edited since)
    checkpoint: int = CHECKPOINT  # articles between commits: what a killed run can lose
    lock_timeout: float = 0.0  # seconds to wait for another run on out_dir
    dedupe: bool = True  # False: analyse repeated texts too (no duplicates table)
    engine: str = "local"  # "local" (this machine, `workers` processes) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a local cluster of `workers`
    topic_model: str | None = None  # a codebook from `kaznews train topics` instead of the taxonomy tagger


@dataclass
class RunSummary:
    articles: int = 0
    unchanged: int = 0
    rejects: int = 0
    duplicates: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    entities: Counter = field(default_factory=Counter)
    topics: Counter = field(default_factory=Counter)
    reject_reasons: Counter = field(default_factory=Counter)
    undated: int = 0  # records whose published date could not be read (left empty)
    seconds: float = 0.0
    out_dir: Path | None = None
    run_id: str = ""

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    def add(self, rows: dict[str, list[dict]]) -> None:
        self.articles += len(rows["articles"])
        self.languages.update(r["lang"] for r in rows["articles"])
        self.entities.update(r["label"] for r in rows["entities"])
        self.topics.update(r["topic"] for r in rows["topics"])


ProgressCallback = Callable[[RunSummary], None]

_PIPELINES: dict[str | None, Pipeline] = {}


def process_batch(docs: list[Document], topic_model: str | None = None) -> list[dict[str, list[dict]]]:
    """Run the stages on a batch and return its table rows (runs in workers too, where the
    pipeline and its models are made once per process)."""
    if topic_model not in _PIPELINES:
        _PIPELINES[topic_model] = Pipeline(topic_model=topic_model)
    return [document_rows(doc) for doc in _PIPELINES[topic_model](docs)]


def _batches(items: Iterator, size: int, on_other: Callable) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        if not isinstance(item, Document):
            on_other(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _documents_limited(items: Iterator, limit: int | None) -> Iterator:
    seen = 0
    for item in items:
        if limit is not None and isinstance(item, Document):
            if seen >= limit:
                return
            seen += 1
        yield item


def ordered_results(items: Iterable, submit: Callable, wait: Callable, in_flight: int) -> Iterator:
    """Results of submit(item) in the order of `items`, with at most `in_flight` pending:
    workers stay busy, memory stays bounded, and the output does not depend on timing."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= in_flight:
            yield wait(pending.popleft())
    while pending:
        yield wait(pending.popleft())


@contextmanager
def _one_thread_per_worker() -> Iterator[None]:
    """Start workers with single-threaded BLAS: N workers x N BLAS threads on N cores is
    slower than one worker (measured: 2 workers ran at 0.39x of 1 on 2 cores)."""
    saved = {k: os.environ.get(k) for k in _BLAS_THREADS}
    os.environ.update(dict.fromkeys(_BLAS_THREADS, "1"))
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(options: RunOptions, progress: ProgressCallback | None = None) -> RunSummary:
    """Process the inputs into options.out_dir and return the run's summary.

    Holds OUT's lock for the whole run (LockBusy if another run has it) and commits the
    tables every `checkpoint` articles, so a killed run loses at most that much work."""
    with run_lock(options.out_dir, options.lock_timeout):
        return _run_locked(options, progress)


def _run_locked(options: RunOptions, progress: ProgressCallback | None) -> RunSummary:
    started = datetime.now(timezone.utc)
    clock = time.perf_counter()
    summary = RunSummary(out_dir=options.out_dir)
    known = stored_articles(options.out_dir) if options.incremental else {}
    writer = DatasetWriter(options.out_dir, options.fmt, incremental=options.incremental)
    summary.run_id = writer.run["run_id"]
    files = list_inputs(options.inputs)

    def records():
        return chain.from_iterable(read_dump(path) for path in files)

    learned = learn_boilerplate(islice(records(), LEARN_SAMPLE), options.field_map) \
        if options.learn_boilerplate else {}
    ingestor = Ingestor(options.field_map, dedupe=options.dedupe, learned=learned, crawled=options.crawl_date,
                        known=known)
    dask = None
    if options.engine == "dask":
        from .dask_backend import LINES_PER_PARTITION, DaskEngine
        dask = DaskEngine(options.scheduler, options.workers)
        prepared = dask.prepared(plan_partitions(files, LINES_PER_PARTITION), options.field_map, learned,
                                 options.crawl_date)
        items = _documents_limited((ingestor.admit(i) if isinstance(i, Document) else i for i in prepared),
                                   options.limit)
    else:
        items = _documents_limited(ingestor(records()), options.limit)

    def on_other(item: Duplicate | Reject | Unchanged) -> None:
        if isinstance(item, Unchanged):
            summary.unchanged += 1
        elif isinstance(item, Duplicate):
            summary.duplicates[item.kind] += 1
            writer.add("duplicates", [duplicate_row(item)])
        else:
            summary.rejects += 1
            summary.reject_reasons[item.reason.split(":")[0]] += 1
            writer.add("rejects", [reject_row(item)])

    since_commit = 0

    def publish(batch_rows: list[dict[str, list[dict]]]) -> None:
        nonlocal since_commit
        for rows in batch_rows:
            for table, table_rows in rows.items():
                writer.add(table, table_rows)
            summary.add(rows)
        since_commit += len(batch_rows)
        if since_commit >= options.checkpoint:
            writer.commit()
            since_commit = 0
        if progress:
            progress(summary)

    batches = _batches(items, options.batch_size, on_other)
    if dask is not None:
        try:
            for batch_rows in dask.map(lambda batch: (process_batch, batch, options.topic_model), batches):
                publish(batch_rows)
        finally:
            dask.close()
    elif options.workers <= 1:
        for batch in batches:
            publish(process_batch(batch, options.topic_model))
    else:  # batches are read in this thread, so rejects and duplicates keep their order
        with _one_thread_per_worker(), mp.get_context("spawn").Pool(options.workers) as pool:
            for batch_rows in ordered_results(batches, lambda b: pool.apply_async(process_batch, (b, options.topic_model)),
                                              lambda r: r.get(), 2 * options.workers):
                publish(batch_rows)
    summary.seconds = time.perf_counter() - clock
    summary.undated = ingestor.undated
    writer.close({
        "pipeline_version": __version__, "started": started.isoformat(), "inputs": [str(p) for p in files],
        "articles": summary.articles, "unchanged": summary.unchanged, "rejects": summary.rejects,
        "undated": summary.undated, "duplicates": dict(summary.duplicates),
        "learned_boilerplate": {source or "(no source)": len(lines) for source, lines in learned.items()},
    })
    if progress:
        progress(summary)
    return summary
