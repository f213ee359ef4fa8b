"""Topics: multi-label tags with calibrated scores over the taxonomy in
models/topics/taxonomy.json (17 IPTC topics and Kazakhstani subtopics).

Each article gets every topic's calibrated probability from the trained topic model
(model.py: its weighted words in navec and as lemmas, vector evidence against the topic
lexicons, seed-term hits; see vectors.py and keywords.py), and the topics from the
calibrated threshold up, ranked; an article none of whose top-level topics reaches the
threshold still gets its best one, flagged low_confidence.
A researcher's codebook (codebook.py) can replace the taxonomy; discover.py finds topics
nobody named.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..doc import Document
from .model import lemma_sentences, topic_features
from .taxonomy import TAXONOMY_FILE, Taxonomy, Topic, load_taxonomy

if TYPE_CHECKING:
    from ..resources import Resources

__all__ = ["TAXONOMY_FILE", "Taxonomy", "Topic", "load_taxonomy", "lemma_sentences", "Tag", "TopicTagger", "CodebookTagger"]

Tag = tuple[str, float, bool]  # topic, score, low_confidence


def with_best(tags: list[Tag], best: tuple[str, float]) -> list[Tag]:
    """`tags`, or the best top-level (topic, score) flagged low_confidence when no tag made it."""
    return tags or [(best[0], round(best[1], 4), True)]


class TopicTagger:
    """The topics stage over the taxonomy: calibrated scores from vector and keyword
    evidence, with the models of `resources` (loaded on the first batch)."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def topic_scores(self, doc: Document) -> list[tuple[str, float]]:
        """Every topic with its calibrated score, in `taxonomy.topic_ids` order."""
        r = self.resources
        scores = r.topic_model.scores(topic_features(doc, r), doc.lang)
        return list(zip(r.taxonomy.topic_ids, (float(s) for s in scores)))

    def rank_topics(self, doc: Document, min_score: float | None = None) -> list[Tag]:
        """Tagged (topic, score, False) from min_score (default: the calibrated tag threshold)
        up, most specific first: subtopics by score, then top-level topics by score (a
        top-level score covers its subtopics' evidence, so it is never below theirs and would
        always lead); with none, the best top-level topic flagged low_confidence."""
        taxonomy = self.resources.taxonomy
        threshold = self.resources.topic_model.threshold if min_score is None else min_score
        scores = self.topic_scores(doc)
        kept = [(t, round(s, 4), False) for t, s in scores if s >= threshold]
        best = max(scores[:len(taxonomy.top_level_ids)], key=lambda ts: ts[1])
        return with_best(sorted(kept, key=lambda ts: (taxonomy[ts[0]].parent is None, -ts[1], ts[0])), best)

    def __call__(self, docs: Iterable[Document]) -> list[Document]:
        """Stage entry point: fill doc.topics."""
        docs = list(docs)
        for doc in docs:
            doc.topics = self.rank_topics(doc)
        return docs


class CodebookTagger:
    """The topics stage with a researcher's trained codebook (codebook.py) in place of the
    taxonomy: each label scored by its classifier, tagged from MIN_SCORE; with none, the
    best label flagged low_confidence."""

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
            scored = [(label, float(p)) for label, p in zip(self.model.labels, row)]
            tags = [(label, round(p, 4), False) for label, p in scored if p >= self.min_score]
            doc.topics = with_best(sorted(tags, key=lambda ts: (-ts[1], ts[0])), max(scored, key=lambda ts: ts[1]))
        return docs
