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
from typing import TYPE_CHECKING

from ..doc import Document
from .calibration import topic_features
from .taxonomy import TAXONOMY_FILE, Taxonomy, Topic, load_taxonomy

if TYPE_CHECKING:
    from ..resources import Resources

__all__ = ["TAXONOMY_FILE", "Taxonomy", "Topic", "load_taxonomy", "lemma_sentences", "TopicTagger", "CodebookTagger"]


def lemma_sentences(doc: Document) -> list[list[str]]:
    return [[t.lemma for t in s.tokens if t.pos != "PUNCT"] for s in doc.sentences]


class TopicTagger:
    """The topics stage over the taxonomy: calibrated scores from vector and keyword
    evidence, with the models of `resources` (loaded on the first batch)."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def topic_scores(self, doc: Document) -> list[tuple[str, float]]:
        """Every topic with its calibrated score, in `taxonomy.topic_ids` order."""
        r = self.resources
        features = topic_features(doc.content_words, lemma_sentences(doc), r.seed_index, r.topic_vectors)
        return list(zip(r.taxonomy.topic_ids, (float(s) for s in r.calibration.scores(features, doc.lang))))

    def rank_topics(self, doc: Document, min_score: float | None = None) -> list[tuple[str, float]]:
        """Tagged (topic, score) from min_score (default: the calibrated tag threshold) up,
        most specific first: subtopics by score, then top-level topics by score. A top-level
        score covers its subtopics' evidence, so it is never below theirs and would always lead."""
        taxonomy = self.resources.taxonomy
        threshold = self.resources.calibration.threshold if min_score is None else min_score
        kept = [(t, round(s, 4)) for t, s in self.topic_scores(doc) if s >= threshold]
        return sorted(kept, key=lambda ts: (taxonomy[ts[0]].parent is None, -ts[1], ts[0]))

    def __call__(self, docs: Iterable[Document]) -> list[Document]:
        """Stage entry point: fill doc.topics."""
        docs = list(docs)
        for doc in docs:
            doc.topics = self.rank_topics(doc)
        return docs


class CodebookTagger:
    """The topics stage with a researcher's trained codebook (codebook.py) in place of the
    taxonomy: each label scored by its classifier, tagged from MIN_SCORE."""

    def __init__(self, model_dir: str | Path, resources: Resources) -> None:
        from .codebook import MIN_SCORE as CODEBOOK_MIN
        from .codebook import load_codebook
        self.model = load_codebook(Path(model_dir))
        self.min_score = CODEBOOK_MIN
        self.resources = resources

    def __call__(self, docs: Iterable[Document]) -> list[Document]:
        docs = list(docs)
        if not docs:
            return docs
        scores = self.model.score([d.content_lemmas() for d in docs], self.resources.navec)
        for doc, row in zip(docs, scores):
            tags = [(label, round(float(p), 4)) for label, p in zip(self.model.labels, row) if p >= self.min_score]
            doc.topics = sorted(tags, key=lambda ts: (-ts[1], ts[0]))
        return docs
