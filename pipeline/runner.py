"""The runner: read dumps, ingest, run the stages in batches, write the tables.

The only place that composes stages with I/O, with one code path whatever runs the work
(engines.py: this process, a local pool forked from a server that loaded the models once
in warm.py, or a Dask cluster). Workers learn boilerplate evidence from the first records,
prepare work units (decode, clean, hash: Ingestor.prepare) and analyse batches of
articles; this process keeps what must see the whole run in input order (duplicates and
incremental bookkeeping: Ingestor.admit) and the one writer. Results come back in input
order, so the tables are identical whatever the engine and number of workers.
"""
from __future__ import annotations

import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import chain, islice
from pathlib import Path

import numpy as np

from .doc import Document, Duplicate, RawRecord, Reject, Unchanged
from .engines import Engine, InProcess, PoolEngine, record_chunks
from .ingest import Ingestor, boilerplate_evidence, learn_boilerplate
from .ingest.dates import Zones
from .ingest.html import PAGE_FORMATS, require_page_extraction
from .ingest.readers import Inputs, display_name, dump_format, list_inputs, read_dump, read_partition
from .input_check import InputTally, UnusableInput, reject_kind
from .models import model_identity
from .nlp import Pipeline, topics_config
from .resources import shared_resources
from .store import (SIGNATURES, DatasetWriter, MemorySink, Sink, check_output, document_rows, duplicate_row, reject_row, signature_row,
                    stored_articles, stored_signatures)
from .store.lock import run_lock
from .version import __version__

BATCH_SIZE = 128  # articles per batch: the CRF and the taggers work on many at once (16: 5% slower per core)
LEARN_SAMPLE = 20_000  # records read ahead to learn each source's boilerplate lines
YOUNG_GC_THRESHOLD = 20_000  # new live objects between collections of the young generation (keep_models_out_of_gc)
CHECKPOINT = int(os.environ.get("KAZNEWS_CHECKPOINT", 2_000))  # articles between commits of the tables


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
    clean: bool = True  # False: texts verbatim (no normalisation or boilerplate removal), offsets index them
    engine: str = "local"  # "local" (this machine, `workers` processes) or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a local cluster of `workers`
    topic_model: str | None = None  # a codebook from `kaznews train topics` instead of the taxonomy tagger
    timezones: Zones = field(default_factory=Zones)  # the zones local publication times are in (run, per source)
    quiet: bool = False  # no engine chatter (Dask's INFO logs)
    own_process: bool = False  # the caller owns this process (`kaznews run`): see keep_models_out_of_gc


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
    dates_unreadable: int = 0  # records whose published date could not be read (left empty)
    unusable_inputs: list[UnusableInput] = field(default_factory=list)  # inputs whose records were all rejected
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

# The worker's state: the pipelines this process analyses batches with when it works for a
# run (a pool or Dask worker, or the process of an in-process run), by topic model. Made on
# the first batch, or by warm_up in the pool's fork server, and kept for the process's life:
# `process_batch` is sent to workers by reference, so its pipeline cannot travel with it.
# The pipelines share the process's default Resources (resources.shared_resources), which
# the API's calls use too, so a notebook that analyses and runs holds the models once.
_WORKER_PIPELINES: dict[str | None, Pipeline] = {}


def worker_pipeline(topic_model: str | None = None) -> Pipeline:
    """This worker's pipeline for `topic_model` (the taxonomy tagger if None)."""
    pipeline = _WORKER_PIPELINES.get(topic_model)
    if pipeline is None:
        pipeline = _WORKER_PIPELINES[topic_model] = Pipeline(resources=shared_resources(),
                                                              config=topics_config(topic_model))
    return pipeline


def process_batch(docs: list[Document], topic_model: str | None = None) -> list[dict[str, list[dict]]]:
    """Runs on a worker: the stages on a batch, as table rows."""
    return [document_rows(doc) for doc in worker_pipeline(topic_model)(docs)]


def keep_models_out_of_gc() -> None:
    """The models are a million long-lived Python objects (navec's and slovnet's
    vocabularies, pymorphy3's tables); every full garbage collection walked them all, a
    tenth of a cold run. Frozen, the collector skips them, and workers forked from the
    server keep sharing their pages. Only for a process that owns its heap (a worker once
    warmed up, the `kaznews run` command): never from library calls, as gc.freeze() would
    freeze the caller's objects too. The young generation is then collected when
    YOUNG_GC_THRESHOLD more container objects are alive, not Python's 700: a batch keeps
    hundreds of thousands of tokens, dicts and lists alive, and a collection after every
    700 of them took 4% of a run (1% now)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_GC_THRESHOLD, *gc.get_threshold()[1:])


def warm_up(topic_model: str | None = None) -> None:
    """Load every model of this worker's pipeline by running it, as a run does, on two short
    texts: with a programme (the entity rules' matchers) and a date only dateparser reads
    (its tables are regular expressions compiled on first use, two seconds)."""
    texts = ["Аким Астаны провёл совещание в «Нур Отане» о программе «Нұрлы жол».",
             "Астана қаласының әкімдігі жиналыс өткізді."]
    dates = ["July 5, 2020 3:30 PM", "5 шілде 2020 жыл, сенбі"]
    records = [RawRecord(f"warm-up:{i}", {"id": str(i), "text": t, "published": d})
               for i, (t, d) in enumerate(zip(texts, dates))]
    execute(RunOptions([], Path("."), clean=False, dedupe=False, learn_boilerplate=False, topic_model=topic_model),
            Source(records=records), MemorySink())


def prepare_unit(unit: tuple | list[RawRecord | Reject], field_map: Mapping[str, str],
                 learned: Mapping[str, frozenset[str]], crawled: object, dedupe: bool,
                 timezones: Zones | None = None, clean: bool = True) -> list[Document | Reject]:
    """Runs on a worker: the prepared records of one work unit (a chunk of records, or a
    partition the worker reads itself)."""
    ingestor = Ingestor(field_map, clean=clean, dedupe=dedupe, learned=learned, crawled=crawled,
                        timezones=timezones)
    records = read_partition(unit) if isinstance(unit, tuple) else unit
    return [item if isinstance(item, Reject) else ingestor.prepare(item) for item in records]


def records_evidence(records: list[RawRecord | Reject], field_map: Mapping[str, str]) -> list:
    """Runs on a worker: what each record teaches the boilerplate learner."""
    return [boilerplate_evidence(record, field_map) for record in records]


def start_engine(options: RunOptions) -> Engine:
    if options.engine == "dask":
        from .dask_backend import DaskEngine
        return DaskEngine(options.scheduler, options.workers, quiet=options.quiet)
    return PoolEngine(options.workers) if options.workers > 1 else InProcess()


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


def output_options(options: RunOptions) -> dict:
    """The options that can change a run's tables (not where or how fast it runs)."""
    return {"format": options.fmt, "limit": options.limit, "field_map": dict(options.field_map),
            "learn_boilerplate": options.learn_boilerplate, "crawl_date": options.crawl_date,
            "incremental": options.incremental, "dedupe": options.dedupe, "topic_model": options.topic_model,
            "timezones": {"default": options.timezones.default, "by_source": dict(options.timezones.by_source)}}


def run_dataset(options: RunOptions, progress: ProgressCallback | None = None) -> RunSummary:
    """Process the inputs into options.out_dir and return the run's summary.

    Holds OUT's lock for the whole run (LockBusy if another run has it) and commits the
    tables every `checkpoint` articles, so a killed run loses at most that much work.
    Before OUT is touched: IncompatibleOutput if it may not be written, InputError for an
    input that cannot be read at all, MissingDependency if web pages are input and cannot
    be read. An input folder may hold the output folder, which is not read as input."""
    check_output(options.out_dir, options.inputs)
    inputs = list_inputs(options.inputs)
    out_dir = Path(options.out_dir).resolve()
    inputs = inputs._replace(files=[path for path in inputs.files if not path.resolve().is_relative_to(out_dir)])
    if any(dump_format(path) in PAGE_FORMATS for path in inputs.files):
        require_page_extraction()
    with run_lock(options.out_dir, options.lock_timeout):
        return _run_locked(options, inputs, progress)


def _run_locked(options: RunOptions, inputs: Inputs, progress: ProgressCallback | None) -> RunSummary:
    known = stored_articles(options.out_dir) if options.incremental else {}
    signatures = stored_signatures(options.out_dir, known) if known and options.dedupe else {}
    writer = DatasetWriter(options.out_dir, options.fmt, incremental=options.incremental, stored=known)
    return execute(options, Source(inputs.files, rejects=inputs.rejects), writer, progress, known, signatures)


@dataclass
class Source:
    """What a run reads: dump files (read here, or in partitions by the workers), or records
    already in memory (the texts and DataFrames of `kaznews.analyze`)."""
    files: list[Path] = field(default_factory=list)
    records: list[RawRecord] | None = None
    rejects: list[Reject] = field(default_factory=list)  # paths a folder listing could not use

    def read(self) -> Iterator[RawRecord | Reject]:
        if self.records is not None:
            return iter(self.records)
        return chain.from_iterable(read_dump(path) for path in self.files)


def pipeline_rows(pipeline: Pipeline, docs: list[Document]) -> list[dict[str, list[dict]]]:
    """The stages of a caller's own pipeline on a batch, as table rows (in this process)."""
    return [document_rows(doc) for doc in pipeline(docs)]


def documents(records: list[RawRecord], pipeline: Pipeline, clean: bool = True) -> list[Document]:
    """The analysed Documents of in-memory records, for callers that read more than the
    tables (the evaluations, training): the same assembly as a run, without deduplication
    or boilerplate learning (each text is judged alone); a ValueError names the records
    ingest rejected."""
    kept: list[Document] = []

    def stages(batch: list[Document]) -> list[dict[str, list[dict]]]:
        kept.extend(pipeline(batch))
        return []  # the Documents are the result: no table rows to make
    sink = MemorySink()
    execute(RunOptions([], Path("."), clean=clean, dedupe=False, learn_boilerplate=False), Source(records=records),
            sink, stages=stages)
    if sink.rows["rejects"]:
        raise ValueError(f"{len(sink.rows['rejects'])} texts did not pass ingest: "
                         + ", ".join(r["where"] for r in sink.rows["rejects"][:5]))
    return kept


def execute(options: RunOptions, source: Source, sink: Sink, progress: ProgressCallback | None = None,
            known: Mapping[str, str] | None = None, signatures: Mapping[str, np.ndarray] | None = None,
            stages: Callable[[list[Document]], list[dict[str, list[dict]]]] | None = None) -> RunSummary:
    """The one assembly of a run, whoever asks (`kaznews run`, `kaznews.analyze`, the
    evaluations, the workers' warm-up): source -> boilerplate learned from the first
    LEARN_SAMPLE records -> records prepared on the engine -> admitted here in input order
    (duplicates, incremental bookkeeping) -> stages in batches -> table rows -> the sink
    (the dataset writer, or tables in memory). `stages`: the caller's own (a batch of
    Documents to their rows), run in this process; otherwise each worker's pipeline
    (`process_batch`) on the engine the options choose."""
    started = datetime.now(timezone.utc)
    clock = time.perf_counter()
    summary = RunSummary(out_dir=options.out_dir, run_id=sink.run_id)
    tally = InputTally(source.files)

    def on_other(item: Duplicate | Reject | Unchanged) -> None:
        if isinstance(item, Unchanged):
            summary.unchanged += 1
        elif isinstance(item, Duplicate):
            summary.duplicates[item.kind] += 1
            sink.add("duplicates", [duplicate_row(item)])
        else:
            summary.rejects += 1
            summary.reject_reasons[reject_kind(item.reason)] += 1
            sink.add("rejects", [reject_row(item)])

    for reject in source.rejects:
        on_other(reject)
    since_commit = 0
    frozen = not options.own_process

    def publish(batch_rows: list[dict[str, list[dict]]]) -> None:
        nonlocal since_commit, frozen
        for rows in batch_rows:
            for table, table_rows in rows.items():
                sink.add(table, table_rows)
            for article in rows["articles"]:
                values = ingestor.duplicates.signature_of(article["article_id"])
                if values is not None:
                    sink.add(SIGNATURES, [signature_row(article["article_id"], article["content_hash"], values)])
            summary.add(rows)
        if not frozen:  # the first batch loaded the models (in this process, if it analyses)
            keep_models_out_of_gc()
            frozen = True
        since_commit += len(batch_rows)
        if since_commit >= options.checkpoint:
            sink.commit()
            since_commit = 0
        if progress:
            progress(summary)

    def analyse(batch: list[Document]) -> tuple:
        return (stages, batch) if stages is not None else (process_batch, batch, options.topic_model)

    engine = InProcess() if stages is not None else start_engine(options)
    try:
        field_map = dict(options.field_map)
        learned = learn_boilerplate(chain.from_iterable(engine.map(
            lambda chunk: (records_evidence, chunk, field_map),
            record_chunks(islice(source.read(), LEARN_SAMPLE))))) if options.learn_boilerplate and options.clean else {}
        ingestor = Ingestor(field_map, clean=options.clean, dedupe=options.dedupe, learned=learned,
                            crawled=options.crawl_date, known=known, signatures=signatures)
        prepared = chain.from_iterable(engine.map(lambda unit: (prepare_unit, unit, field_map, learned,
                                                                options.crawl_date, options.dedupe,
                                                                options.timezones, options.clean),
                                                  engine.units(source.files, source.read())))
        # admitted here, in input order: duplicates and incremental bookkeeping see the whole run
        items = (tally.see(ingestor.admit(item) if isinstance(item, Document) else item) for item in prepared)
        size = min(options.batch_size, options.checkpoint)  # a batch never holds more than a killed run may lose
        for batch_rows in engine.map(analyse, _batches(_documents_limited(items, options.limit), size, on_other)):
            publish(batch_rows)
    finally:
        engine.close()
    summary.seconds = time.perf_counter() - clock
    summary.dates_unreadable = ingestor.undated
    provenance = {"options": output_options(options), "models": model_identity(options.topic_model)} \
        if sink.keeps_provenance else {}
    sink.close({
        "pipeline_version": __version__, "started": started.isoformat(),
        "inputs": [display_name(p) for p in source.files], **provenance,
        "articles": summary.articles, "unchanged": summary.unchanged, "rejects": summary.rejects,
        "dates_unreadable": summary.dates_unreadable, "duplicates": dict(summary.duplicates),
        "learned_boilerplate": {site or "(no source)": len(lines) for site, lines in learned.items()},
    })
    summary.unusable_inputs = tally.unusable()
    if progress:
        progress(summary)
    return summary
