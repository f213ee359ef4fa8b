"""Near-duplicate index: kaznews' banded index beside datasketch's MinHashLSH, in one run.

    python bench/dedupe.py [--texts FILE.jsonl] [--articles N]

- Recall: every text is indexed, then reprinted many times with words changed at random
  and a sign-off added; for each reprint, is its original found at similarity >= 0.7?
  Printed per band of the true 3-shingle Jaccard similarity.
- Memory and time: N distinct articles (random signatures, as unrelated texts have) each
  looked up, then added, as a run does; Python heap peak (tracemalloc) and seconds.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import numpy as np
from datasketch import MinHash, MinHashLSH

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kaznews.ingest.duplicates import NEAR_THRESHOLD, NUM_PERM, WIDTH, DuplicateIndex, jaccard, signature  # noqa: E402

FACTRU = ROOT.parent / "shared" / "data" / "factru_dev" / "factru_dev.jsonl"
SAMPLE = ROOT / "data" / "sample" / "articles.jsonl"


class DatasketchIndex:
    """The baseline: datasketch's MinHashLSH at the same threshold, the same MinHash values
    (without kaznews' numbers check)."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, np.ndarray] = {}

    def find(self, content_hash: str, values: np.ndarray) -> tuple[str, str, float] | None:
        values = values[:NUM_PERM]
        query = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme="affine32")
        scored = [(float(np.mean(self.signatures[c] == values)), c) for c in self.lsh.query(query)]
        best = max(scored, default=(0.0, None))
        return (best[1], "near", best[0]) if best[0] >= NEAR_THRESHOLD else None

    def add(self, article_id: str, content_hash: str, values: np.ndarray) -> None:
        values = values[:NUM_PERM]
        self.lsh.insert(article_id, MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme="affine32"))
        self.signatures[article_id] = values


def recall_by_band(texts: list[str], copies: int) -> dict[float, Counter]:
    rng = random.Random(0)
    indexes = {"kaznews": DuplicateIndex(), "datasketch": DatasketchIndex()}
    for index in indexes.values():
        for i, text in enumerate(texts):
            index.add(f"a{i}", f"h{i}", signature(text))
    bands: dict[float, Counter] = {}
    for i, text in enumerate(texts):
        for _ in range(copies):
            rate = rng.uniform(0.0, 0.12)
            words = [w if rng.random() > rate else rng.choice(["и", "в", "также", "новый", "этот"])
                     for w in text.split()]
            if rng.random() < 0.5:
                words = words[rng.randint(0, 15):]
            copy = " ".join(words) + " Подробнее читайте на нашем сайте."
            values = signature(copy)
            if values is None:
                continue
            band = bands.setdefault(min(int(jaccard(text, copy) * 10), 9) / 10, Counter())
            band["reprints"] += 1
            for name, index in indexes.items():
                band[name] += (index.find("new", values) or (None,))[0] == f"a{i}"
    return bands


def heap_and_seconds(make_index, articles: int) -> tuple[float, float]:
    rng = np.random.default_rng(0)
    signatures = rng.integers(0, 2**32, (articles, WIDTH), dtype=np.uint64).astype(np.uint32)
    tracemalloc.start()
    start = time.perf_counter()
    index = make_index()
    for i, values in enumerate(signatures):
        index.find(f"h{i}", values)
        index.add(f"a{i}", f"h{i}", values)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=FACTRU if FACTRU.exists() else SAMPLE)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--copies", type=int, default=40, help="reprints made of each text")
    args = parser.parse_args()
    texts = [r.get("text") or "" for r in map(json.loads, args.texts.read_text(encoding="utf-8").splitlines())]
    texts = [t for t in texts if len(t.split()) >= 30]
    print(f"recall on reprints of {len(texts)} texts from {args.texts} (similarity >= {NEAR_THRESHOLD}):")
    for band, counts in sorted(recall_by_band(texts, args.copies).items()):
        n = counts["reprints"]
        print(f"  true Jaccard {band:.1f}-{band + 0.1:.1f}: {n:5d} reprints, kaznews {counts['kaznews'] / n:.2f}, "
              f"datasketch {counts['datasketch'] / n:.2f}")
    ours, theirs = heap_and_seconds(DuplicateIndex, args.articles), heap_and_seconds(DatasketchIndex, args.articles)
    print(f"{args.articles} distinct articles looked up and added:")
    print(f"  kaznews    {ours[0]:7.1f} MB heap peak, {ours[1]:6.1f} s")
    print(f"  datasketch {theirs[0]:7.1f} MB heap peak, {theirs[1]:6.1f} s")
    print(f"  ratio datasketch / kaznews: memory {theirs[0] / ours[0]:.1f}x, time {theirs[1] / ours[1]:.1f}x")


if __name__ == "__main__":
    main()
