"""Topics: multi-label tags with calibrated scores over the taxonomy in
models/topics/taxonomy.json (17 IPTC topics and Kazakhstani subtopics).

Each article gets every topic's features (vector evidence from its content words in their
own language's space, keyword hits of the seed terms; see vectors.py and keywords.py), a
calibrated probability per topic (calibration.py), and the topics from the calibrated
threshold up, ranked.
A researcher's codebook (codebook.py) can replace the taxonomy; discover.py finds topics
nobody named.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..doc import Document
from .calibration import calibrated_scores, tag_threshold, topic_features
from .keywords import score_keywords
from .taxonomy import (
    TAXONOMY_PATH,
    Topic,
    load_taxonomy,
    top_level,
    top_level_ids,
    topic_ids,
)

__all__ = ["TAXONOMY_PATH", "Topic", "load_taxonomy", "top_level", "top_level_ids", "topic_ids", "score_keywords",
           "lemma_sentences", "topic_scores", "rank_topics", "tag_topics", "CodebookTagger"]


def lemma_sentences(doc: Document) -> list[list[str]]:
    return [[t.lemma for t in s.tokens if t.pos != "PUNCT"] for s in doc.sentences]


def topic_scores(doc: Document) -> list[tuple[str, float]]:
    """Every topic with its calibrated score, in `topic_ids()` order."""
    from ..analysis import content_words
    scores = calibrated_scores(topic_features(list(content_words(doc)), lemma_sentences(doc)), doc.lang)
    return list(zip(topic_ids(), (float(s) for s in scores)))


def rank_topics(doc: Document, min_score: float | None = None) -> list[tuple[str, float]]:
    """Tagged (topic, score) from min_score (default: the calibrated tag threshold) up, most
    specific first: subtopics by score, then top-level topics by score. A top-level score
    covers its subtopics' evidence, so it is never below theirs and would always lead."""
    taxonomy = load_taxonomy()
    threshold = tag_threshold() if min_score is None else min_score
    kept = [(t, round(s, 4)) for t, s in topic_scores(doc) if s >= threshold]
    return sorted(kept, key=lambda ts: (taxonomy[ts[0]].parent is None, -ts[1], ts[0]))


def tag_topics(docs: Iterable[Document]) -> list[Document]:
    """Stage entry point: fill doc.topics."""
    docs = list(docs)
    for doc in docs:
        doc.topics = rank_topics(doc)
    return docs


class CodebookTagger:
    """The topics stage with a researcher's trained codebook (codebook.py) in place of the
    taxonomy: each label scored by its classifier, tagged from MIN_SCORE."""

    def __init__(self, model_dir: str | Path) -> None:
        from .codebook import MIN_SCORE as CODEBOOK_MIN
        from .codebook import load_codebook
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
