"""Throughput and memory: plain natasha beside kaznews on the same texts, in one run.

    python bench/throughput.py [--texts FILE.jsonl] [--repeat N] [--rss-articles N]

Texts: ../shared/data/factru_dev (real Russian news) when present, else the bundled
sample. Baseline: natasha as a researcher runs it (segment, morph, syntax, NER, lemmatize
every token, normalize every span), one process. kaznews: the whole product path
(ingest, language, analysis, entities, topics, writing Parquet) through the runner, one
worker, then two, with duplicate detection off so that both analyse every text. Models
are loaded before timing starts. Peak RSS of kaznews is measured in a child process (so
that natasha's memory does not count) on a dump of --rss-articles articles, the texts
cycled with a number appended so that every article is new (100,000 by default: about
35 minutes on one core; pass a smaller number for a quick look).
"""
from __future__ import annotations

import os

# Per core: numpy's BLAS may not spread one process over several cores (set before numpy loads).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FACTRU = ROOT.parent / "shared" / "data" / "factru_dev" / "factru_dev.jsonl"
SAMPLE = ROOT / "data" / "sample" / "articles.jsonl"


def load_texts(path: Path) -> list[str]:
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        texts.append(record.get("text") or record.get("body"))
    return [t for t in texts if t]


def natasha_docs_per_second(texts: list[str]) -> float:
    from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)
    emb = NewsEmbedding()
    segmenter, vocab = Segmenter(), MorphVocab()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    start = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for token in doc.tokens:
            token.lemmatize(vocab)
        for span in doc.spans:
            span.normalize(vocab)
    return len(texts) / (time.perf_counter() - start)


def write_dump(texts: list[str], path: Path, articles: int | None = None) -> Path:
    """texts as a JSONL dump; with `articles`, cycled to that many, each made unique."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(articles or len(texts)):
            text = texts[i % len(texts)] + (f" Материал {i}." if articles else "")
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    return path


def kaznews_docs_per_second(dump: Path, out: Path, workers: int) -> float:
    import pipeline
    from pipeline.runner import RunOptions, run
    pipeline.analyze(["Аким Астаны провел совещание. Астана қаласының әкімдігі."])  # load models
    summary = run(RunOptions([dump], out, workers=workers, dedupe=False))  # the same work as the baseline
    return summary.articles / summary.seconds


def _peak_rss_child(dump: str, out: str, queue) -> None:
    kaznews_docs_per_second(Path(dump), Path(out), 1)
    queue.put(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def kaznews_peak_rss_mb(dump: Path, out: Path) -> float:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_peak_rss_child, args=(str(dump), str(out), queue))
    child.start()
    rss = queue.get()
    child.join()
    return rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=FACTRU if FACTRU.exists() else SAMPLE)
    parser.add_argument("--repeat", type=int, default=4, help="repeat the texts N times")
    parser.add_argument("--rss-articles", type=int, default=100_000, help="articles in the peak-RSS run")
    args = parser.parse_args()
    base = load_texts(args.texts)
    texts = [t for _ in range(args.repeat) for t in base]
    print(f"{len(texts)} texts from {args.texts} ({sum(map(len, texts)) / len(texts):.0f} chars on average)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        dump = write_dump(texts, tmp / "bench.jsonl")
        natasha = natasha_docs_per_second(texts)
        ours = kaznews_docs_per_second(dump, tmp / "w1", 1)
        ours2 = kaznews_docs_per_second(dump, tmp / "w2", 2)
        rss = kaznews_peak_rss_mb(write_dump(base, tmp / "large.jsonl", args.rss_articles), tmp / "rss")
    print(f"natasha (segment, morph, syntax, NER, lemmas, normalize), 1 process: {natasha:8.1f} docs/s")
    print(f"kaznews (all stages, tables written), 1 worker:                   {ours:8.1f} docs/s")
    print(f"kaznews, 2 workers:                                               {ours2:8.1f} docs/s")
    print(f"ratio kaznews / natasha (1 core): {ours / natasha:.2f}x")
    print(f"ratio 2 workers / 1 worker:       {ours2 / ours:.2f}x")
    print(f"kaznews peak RSS (1 worker, {args.rss_articles} articles): {rss:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
