"""`kaznews eval topics`: top-level topics on the topic gold set, beside the keyword baseline.

The gold (data/eval/topics/gold.tsv) names real news texts kept in ../shared (factRuEval
dev articles, KazNERD sentences, the scraped samples) with their IPTC top-level topics.
A fixed half of it (`is_calibration`) fits the calibration weights; the scores are
reported on the other half, and on everything for reference.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..corpus import GoldItem, analyse_gold, is_calibration, load_gold
from ..doc import Document
from ..scores import prf

if TYPE_CHECKING:
    from ..resources import Resources


@dataclass
class TopicScores:
    """Top-level P/R/F1 counts for one system, top-1 accuracy, and calibration error."""
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    top1: int = 0
    items: int = 0
    by_language: dict[str, list[int]] = field(default_factory=dict)  # lang -> [top-1 right, texts]
    brier: float | None = None
    ece: float | None = None

    def add(self, gold: frozenset[str], predicted: set[str], best: str | None, lang: str) -> None:
        self.items += 1
        self.top1 += best in gold
        counts = self.by_language.setdefault(lang, [0, 0])
        counts[0] += best in gold
        counts[1] += 1
        for t in predicted | gold:
            counter = self.tp if t in gold and t in predicted else self.fp if t in predicted else self.fn
            counter[t] = counter.get(t, 0) + 1

    def prf(self, topic: str | None = None) -> tuple[float, float, float]:
        """One topic's P/R/F1, or micro-averaged over all with topic=None."""
        pick = (lambda d: d.get(topic, 0)) if topic else (lambda d: sum(d.values()))
        return prf(pick(self.tp), pick(self.fp), pick(self.fn))

    def macro(self, topics: list[str]) -> tuple[float, float, float]:
        present = [t for t in topics if self.tp.get(t, 0) + self.fn.get(t, 0)]
        values = np.array([self.prf(t) for t in present]) if present else np.zeros((1, 3))
        return tuple(float(v) for v in values.mean(axis=0))


def calibration_error(probabilities: list[float], outcomes: list[bool], bins: int = 10) -> tuple[float, float]:
    """(Brier score, expected calibration error over equal-width bins)."""
    p, y = np.array(probabilities), np.array(outcomes, dtype=float)
    brier = float(np.mean((p - y) ** 2))
    which = np.minimum((p * bins).astype(int), bins - 1)
    ece = sum(abs(p[which == b].mean() - y[which == b].mean()) * (which == b).mean()
              for b in range(bins) if (which == b).any())
    return brier, float(ece)


def score_systems(items: list[GoldItem], docs: list[Document], min_score: float,
                  resources: Resources) -> dict[str, TopicScores]:
    """The calibrated tagger and the keyword baseline, on top-level topics."""
    from ..topics import TopicTagger, lemma_sentences
    taxonomy, tagger = resources.taxonomy, TopicTagger(resources)
    tops = taxonomy.top_level_ids
    ours, baseline = TopicScores(), TopicScores()
    probabilities, outcomes = [], []
    for item, doc in zip(items, docs):
        scores = {t: s for t, s in tagger.topic_scores(doc) if t in tops}
        best = max(scores, key=scores.get)
        ours.add(item.topics, {t for t, s in scores.items() if s >= min_score}, best, doc.lang)
        for t in tops:
            probabilities.append(scores[t])
            outcomes.append(t in item.topics)
        keyword = resources.seed_index.score_keywords(lemma_sentences(doc))
        baseline.add(item.topics, {taxonomy.top_level(t) for t, _ in keyword},
                     taxonomy.top_level(keyword[0][0]) if keyword else None, doc.lang)
    ours.brier, ours.ece = calibration_error(probabilities, outcomes)
    return {"kaznews": ours, "keywords": baseline}


def evaluate_topics(gold: Path, shared: Path, min_score: float | None = None,
                    resources: Resources | None = None) -> dict[str, dict[str, TopicScores]]:
    """{"held-out half": systems, "all": systems}, with the models of `resources` (the
    API's shared ones by default)."""
    from ..api import shared_resources
    resources = resources or shared_resources()
    items = load_gold(gold, shared)
    docs = analyse_gold(items, resources)
    threshold = resources.calibration.threshold if min_score is None else min_score
    held = [i for i, item in enumerate(items) if not is_calibration(item.key)]
    return {"held-out half": score_systems([items[i] for i in held], [docs[i] for i in held], threshold, resources),
            "all": score_systems(items, docs, threshold, resources)}
