"""Keyword evidence: seed terms matched as lemma sequences. It is one feature of the topic
tagger and, alone, the baseline `kaznews eval topics` compares it with.

A topic's hits are its own seed matches plus its subtopics'; the baseline score
hits / (hits + HALF) is 0.5 at HALF hits, and tags under MIN_SCORE are dropped.
"""
from __future__ import annotations

from functools import cache

from .taxonomy import lemmatized_seeds, load_taxonomy

HALF = 2.0
MIN_SCORE = 0.5


@cache
def seed_index() -> dict[tuple[str, ...], frozenset[str]]:
    """Lemma sequence -> topics it is a seed of (both languages in one index)."""
    index: dict[tuple[str, ...], set[str]] = {}
    for topic in load_taxonomy():
        for lang in ("ru", "kk"):
            for key in lemmatized_seeds(topic, lang):
                index.setdefault(key, set()).add(topic)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def seed_lengths() -> dict[str, tuple[int, ...]]:
    """First lemma of a seed -> the lengths of the seeds it starts, to try only those."""
    lengths: dict[str, set[int]] = {}
    for key in seed_index():
        lengths.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(ns)) for first, ns in lengths.items()}


def keyword_hits(lemma_sentences: list[list[str]]) -> dict[str, int]:
    """Seed matches per topic; a subtopic's matches count for its parent too."""
    index, lengths = seed_index(), seed_lengths()
    taxonomy = load_taxonomy()
    hits: dict[str, int] = {}
    for lemmas in lemma_sentences:
        for i, first in enumerate(lemmas):
            for n in lengths.get(first, ()):
                for topic in index.get(tuple(lemmas[i:i + n]), ()) if i + n <= len(lemmas) else ():
                    hits[topic] = hits.get(topic, 0) + 1
                    parent = taxonomy[topic].parent
                    if parent:
                        hits[parent] = hits.get(parent, 0) + 1
    return hits


def score_keywords(lemma_sentences: list[list[str]]) -> list[tuple[str, float]]:
    """The keyword baseline: ranked (topic, score) from seed matches alone."""
    scored = [(t, round(h / (h + HALF), 4)) for t, h in keyword_hits(lemma_sentences).items()]
    return sorted((ts for ts in scored if ts[1] >= MIN_SCORE), key=lambda ts: (-ts[1], ts[0]))
