"""Keyword evidence: seed terms matched as lemma sequences. It is one feature of the topic
tagger and, alone, the baseline `kaznews eval topics` compares it with.

A topic's hits are its own seed matches plus its subtopics'; the baseline score
hits / (hits + HALF) is 0.5 at HALF hits, and tags under MIN_SCORE are dropped.
"""
from __future__ import annotations

from collections.abc import Callable

from .taxonomy import Taxonomy

HALF = 2.0
MIN_SCORE = 0.5

LANGUAGES = ("ru", "kk")
Lemmatize = Callable[[list[str], str], list[str]]  # (words, lang) -> lemmas
LemmaSentence = tuple[str, list[str]]  # (language, lemmas) of one sentence


class SeedIndex:
    """The taxonomy's seed terms as lemma sequences, by the pipeline's own lemmatizer, and
    an index of them for matching."""

    def __init__(self, taxonomy: Taxonomy, lemmatize: Lemmatize) -> None:
        self.taxonomy = taxonomy
        # (topic, lang) -> its seed terms as lemma sequences
        self.seeds = {(topic, lang): tuple(tuple(lemmatize(seed.split(), lang))
                                           for seed in getattr(taxonomy[topic], f"seeds_{lang}"))
                      for topic in taxonomy for lang in LANGUAGES}
        # language -> lemma sequence -> topics it is a seed of in that language: one index for
        # both would let the Kazakh seed "пара" (a bribe) fire on the Russian "пара" (a couple)
        self.index: dict[str, dict[tuple[str, ...], frozenset[str]]] = {}
        # language -> first lemma of a seed -> the lengths of the seeds it starts, to try only those
        self.lengths: dict[str, dict[str, tuple[int, ...]]] = {}
        for lang in LANGUAGES:
            index: dict[tuple[str, ...], set[str]] = {}
            for topic in taxonomy:
                for key in self.seeds[topic, lang]:
                    index.setdefault(key, set()).add(topic)
            lengths: dict[str, set[int]] = {}
            for key in index:
                lengths.setdefault(key[0], set()).add(len(key))
            self.index[lang] = {k: frozenset(v) for k, v in index.items()}
            self.lengths[lang] = {first: tuple(sorted(ns)) for first, ns in lengths.items()}

    def keyword_hits(self, sentences: list[LemmaSentence]) -> dict[str, int]:
        """Seed matches per topic, each sentence against its own language's seeds only (an
        "other" sentence has none); a subtopic's matches count for its parent too."""
        taxonomy = self.taxonomy
        hits: dict[str, int] = {}
        for lang, lemmas in sentences:
            index, lengths = self.index.get(lang, {}), self.lengths.get(lang, {})
            for i, first in enumerate(lemmas):
                for n in lengths.get(first, ()):
                    for topic in index.get(tuple(lemmas[i:i + n]), ()) if i + n <= len(lemmas) else ():
                        hits[topic] = hits.get(topic, 0) + 1
                        parent = taxonomy[topic].parent
                        if parent:
                            hits[parent] = hits.get(parent, 0) + 1
        return hits

    def score_keywords(self, sentences: list[LemmaSentence]) -> list[tuple[str, float]]:
        """The keyword baseline: ranked (topic, score) from seed matches alone."""
        scored = [(t, round(h / (h + HALF), 4)) for t, h in self.keyword_hits(sentences).items()]
        return sorted((ts for ts in scored if ts[1] >= MIN_SCORE), key=lambda ts: (-ts[1], ts[0]))
