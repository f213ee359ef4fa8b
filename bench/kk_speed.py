"""Per-token speed of the Kazakh path beside the Russian one, in one process.

    python bench/kk_speed.py [--shared ../shared] [--words N] [--rounds N]

Texts: real Kazakh sentences (KazNERD, ../shared/data/kaznerd) grouped into articles of
20 sentences, and real Russian news (factRuEval dev, ../shared/data/factru_dev), each cut
to about --words words. Both go through `kaznews.analyze` (language, morphology,
entities with normal forms, topics) with cleaning and duplicate detection off.

- Models are loaded before timing, by a warm-up on texts of the other half of each corpus,
  so that no timed word is in the lemma caches yet (the cold figure a new dump meets).
- Each round times both languages on a fresh slice, interleaved; the best round counts (a
  busy machine only ever slows a run down).
- One BLAS thread, as in bench/throughput.py: a per-core comparison.
- The ratio printed is Kazakh microseconds per word over Russian ones: at most 1.0 means
  the Kazakh path is at least as fast per token (issue 17, item 8).
"""
from __future__ import annotations

import os

# Per core, as bench/throughput.py: numpy's BLAS may spread the Russian networks over several
# cores of an idle machine, which no per-token comparison should count (set before numpy loads).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import re
import time
from pathlib import Path

_WORD = re.compile(r"\w+")


def kazakh_articles(shared: Path, per_article: int = 20) -> list[str]:
    sentences, words = [], []
    for line in (shared / "data" / "kaznerd" / "IOB2_valid.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            words.append(line.rsplit(" ", 1)[0])
        elif words:
            sentences.append(" ".join(words))
            words = []
    return [" ".join(sentences[i:i + per_article]) for i in range(0, len(sentences), per_article)]


def russian_articles(shared: Path) -> list[str]:
    path = shared / "data" / "factru_dev" / "factru_dev.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def take(texts: list[str], words: int) -> tuple[list[str], list[str]]:
    """The first texts holding about `words` words, and the rest."""
    count = 0
    for i, text in enumerate(texts):
        count += len(_WORD.findall(text))
        if count >= words:
            return texts[:i + 1], texts[i + 1:]
    return texts, []


def us_per_word(texts: list[str]) -> float:
    import kaznews
    words = sum(len(_WORD.findall(t)) for t in texts)
    start = time.perf_counter()
    kaznews.analyze(texts, clean=False, dedupe=False)
    return (time.perf_counter() - start) / words * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--words", type=int, default=5000, help="words per language per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    kk, ru = kazakh_articles(args.shared), russian_articles(args.shared)
    # warm-up on the far end of each corpus: loads the models, leaves the timed words cold
    us_per_word(take(kk[::-1], 1000)[0])
    us_per_word(take(ru[::-1], 1000)[0])
    best_kk = best_ru = float("inf")
    for _ in range(args.rounds):
        kk_slice, kk = take(kk, args.words)
        ru_slice, ru = take(ru, args.words)
        if not ru_slice:
            break
        best_kk = min(best_kk, us_per_word(kk_slice))
        best_ru = min(best_ru, us_per_word(ru_slice))
    print(f"Kazakh path:  {best_kk:7.1f} µs/word ({1e6 / best_kk:,.0f} words/s)")
    print(f"Russian path: {best_ru:7.1f} µs/word ({1e6 / best_ru:,.0f} words/s)")
    print(f"ratio Kazakh/Russian per word: {best_kk / best_ru:.2f} (at most 1.0: Kazakh at least as fast)")


if __name__ == "__main__":
    main()
