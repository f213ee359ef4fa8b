"""Topics: multi-label tags with scores from the taxonomy in models/topics/taxonomy.json.

First version: a lemma-keyword tagger. Each topic's seed terms (Russian and Kazakh) are
lemmatized once with the pipeline's own lemmatizers and matched as lemma sequences in the
article. A topic's evidence is its own hits plus its subtopics' hits; the score
hits / (hits + HALF) is 0.5 at HALF hits, and tags under MIN_SCORE are dropped.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..doc import Document
from ..models import MODELS_DIR

TAXONOMY_PATH = MODELS_DIR / "topics" / "taxonomy.json"
HALF = 2.0
MIN_SCORE = 0.5
MAX_SEED_WORDS = 6


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    parent: str | None
    name_ru: str
    name_kk: str
    definition: str


@cache
def load_taxonomy() -> dict[str, Topic]:
    data = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    return {t["id"]: Topic(t["id"], t["parent"], t["name_ru"], t["name_kk"], t["definition"])
            for t in data["topics"]}


@cache
def seed_index() -> dict[tuple[str, ...], frozenset[str]]:
    """Lemma sequence -> topics it is a seed of (both languages in one index)."""
    from ..analysis import lemmatize_words
    data = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    index: dict[tuple[str, ...], set[str]] = {}
    for topic in data["topics"]:
        for lang in ("ru", "kk"):
            for seed in topic[f"seeds_{lang}"]:
                key = tuple(lemmatize_words(seed.split(), lang))
                index.setdefault(key, set()).add(topic["id"])
    return {k: frozenset(v) for k, v in index.items()}


def score_topics(lemma_sentences: list[list[str]]) -> list[tuple[str, float]]:
    """Ranked (topic, score) for an article given the lemmas of its sentences."""
    index = seed_index()
    taxonomy = load_taxonomy()
    hits: dict[str, int] = {}
    for lemmas in lemma_sentences:
        for i in range(len(lemmas)):
            for n in range(1, MAX_SEED_WORDS + 1):
                for topic in index.get(tuple(lemmas[i:i + n]), ()):
                    hits[topic] = hits.get(topic, 0) + 1
                    parent = taxonomy[topic].parent
                    if parent:
                        hits[parent] = hits.get(parent, 0) + 1
    scored = [(t, round(h / (h + HALF), 4)) for t, h in hits.items()]
    return sorted((ts for ts in scored if ts[1] >= MIN_SCORE), key=lambda ts: (-ts[1], ts[0]))


def tag_topics(docs: Iterable[Document]) -> list[Document]:
    """Stage entry point: fill doc.topics."""
    docs = list(docs)
    for doc in docs:
        doc.topics = score_topics([[t.lemma for t in s.tokens if t.pos != "PUNCT"] for s in doc.sentences])
    return docs


class CodebookTagger:
    """The topics stage with a researcher's trained codebook (codebook.py) in place of the
    taxonomy: each label scored by its classifier, tagged from MIN_SCORE."""

    def __init__(self, model_dir: str | Path) -> None:
        from .codebook import MIN_SCORE as CODEBOOK_MIN, load_codebook
        self.model = load_codebook(Path(model_dir))
        self.min_score = CODEBOOK_MIN

    def __call__(self, docs: Iterable[Document]) -> list[Document]:
        from ..analysis import content_lemmas
        docs = list(docs)
        if not docs:
            return docs
        scores = self.model.score([content_lemmas(d) for d in docs])
        for doc, row in zip(docs, scores):
            tags = [(label, round(float(p), 4)) for label, p in zip(self.model.labels, row) if p >= self.min_score]
            doc.topics = sorted(tags, key=lambda ts: (-ts[1], ts[0]))
        return docs
