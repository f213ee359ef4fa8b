"""Calibrated topic scores: one logistic function per article language turns a topic's
features into a probability, shared by every topic, so 0.7 means the same for corruption
as for sport. The features (a top-level topic's vector evidence and log keyword hits,
family included) are computed the same way for every topic; the few weights are fitted by
`kaznews train topic-vectors` on the calibration half of the topic gold set. A subtopic's
score is its parent's times its share of the parent's evidence: P(sub) = P(parent) P(sub | parent)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .keywords import SeedIndex
from .taxonomy import Taxonomy
from .vectors import Evidence, TopicVectors

CALIBRATION_FILE = Path("topics") / "calibration.json"  # under the models folder
FEATURES = ("family_evidence", "log_keyword_hits")


def calibration_language(doc_lang: str) -> str:
    return "kk" if doc_lang == "kk" else "ru"


def topic_features(words: list[tuple[str, str]], lemma_sentences: list[list[str]], seeds: SeedIndex,
                   vectors: TopicVectors) -> TopicFeatures:
    """One article's features, topics in `taxonomy.topic_ids` order."""
    hits = seeds.keyword_hits(lemma_sentences)
    counts = np.array([hits.get(t, 0) for t in vectors.taxonomy.topic_ids], dtype=np.float64)
    return TopicFeatures(vectors.vector_evidence(words), counts, vectors.taxonomy)


@dataclass
class TopicFeatures:
    evidence: Evidence
    hits: np.ndarray  # keyword hits; a top-level topic's include its subtopics'
    taxonomy: Taxonomy

    def top_level(self) -> np.ndarray:
        """(top-level topics x FEATURES): what the calibration weights apply to."""
        tops = len(self.taxonomy.top_level_ids)
        return np.column_stack([self.evidence.family[:tops], np.log1p(self.hits[:tops])])

    def shares(self) -> np.ndarray:
        """Each topic's share of its family's own-lexicon evidence (keyword hits where a
        family has no vector evidence); 1 for top-level topics."""
        out = np.ones(len(self.hits), dtype=np.float64)
        own_hits = self.hits.copy()
        for parent, family in enumerate(self.taxonomy.family_columns[:len(self.taxonomy.top_level_ids)]):
            children = [c for c in family if c != parent]
            own_hits[parent] -= own_hits[children].sum()
            out[children] = 0.0
            for weights in (self.evidence.own, own_hits):
                total = weights[parent] + weights[children].sum()
                if total > 0:
                    out[children] = weights[children] / total
                    break
        return out


class Calibration:
    """The fitted weights (models/topics/calibration.json) and the tag threshold."""

    def __init__(self, path: Path, taxonomy: Taxonomy) -> None:
        self.fit = json.loads(path.read_text(encoding="utf-8"))
        self.taxonomy = taxonomy

    @property
    def threshold(self) -> float:
        """The score from which a topic is tagged: the best micro F1 on the calibration half."""
        return float(self.fit["min_score"])

    def scores(self, features: TopicFeatures, lang: str) -> np.ndarray:
        """Per topic in `taxonomy.topic_ids` order: a top-level topic's calibrated
        probability, and a subtopic's as its parent's times the subtopic's share of the
        parent's evidence. Elementwise float64 and the C library's exp, not a BLAS product,
        so a score does not depend on the kernel a CPU picks."""
        fit = self.fit["languages"][calibration_language(lang)]
        x = features.top_level()
        z = float(fit["intercept"]) + sum(x[:, i] * float(c) for i, c in enumerate(fit["coef"]))
        top = np.array([1.0 / (1.0 + math.exp(-v)) for v in z.tolist()])
        return top[self.taxonomy.parent_columns] * features.shares()
