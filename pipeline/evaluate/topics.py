"""`kaznews eval topics`: top-level topics on a topic gold set, beside the keyword baseline
and, given training data, a supervised reference (the codebook trainer).

Two kinds of gold: data/eval/topics/gold.tsv names real news texts kept in ../shared
(factRuEval dev articles, KazNERD sentences, the sample) and is reported on its held-out
half and on everything; a JSONL of labelled news articles (texts inside, see
corpus.load_topic_jsonl) is reported whole, by language and by site. Every system is scored
the same way: P/R/F1 per topic and micro/macro, top-1 accuracy (the best topic is one of
the gold's), 3-group top-1 (culture, economy, society: corpus.topic_group), the shares of
untagged articles (no topic at all) and of low-confidence ones (no topic from the tag
threshold up: kaznews and the codebook still give those their best topic, flagged) and, for
calibrated scores, Brier score and expected calibration error over every (article, topic) pair.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..corpus import GoldItem, analyse_gold, is_calibration, load_topic_gold, topic_group
from ..scores import prf

if TYPE_CHECKING:
    from ..doc import Document
    from ..resources import Resources

# reported apart: the subjects a topic tagger of Kazakhstani news most often missed
RECALL_TOPICS = {"health": "epidemics", "disaster_emergency": "accidents", "sport": "boxing, wrestling",
                 "human_interest": "funerals, commemorations", "weather": "weather"}


@dataclass
class Counts:
    """Top-1, 3-group top-1 and no-tag counts over some articles."""
    items: int = 0
    top1: int = 0
    group_top1: int = 0
    no_tag: int = 0  # no topic from the tag threshold up

    def add(self, top1: bool, group: bool, no_tag: bool) -> None:
        self.items += 1
        self.top1 += top1
        self.group_top1 += group
        self.no_tag += no_tag


@dataclass
class TopicScores:
    """Top-level P/R/F1 counts for one system; top-1, 3-group and untagged counts overall,
    by language and by site; calibration error."""
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    by_site: dict[str, Counts] = field(default_factory=dict)
    brier: float | None = None
    ece: float | None = None
    flags_best: bool = False  # an article without tags still gets its best topic, flagged low_confidence

    @property
    def items(self) -> int:
        return self.overall.items

    def add(self, item: GoldItem, lang: str, predicted: set[str], best: str | None) -> None:
        """One article: its tags (`predicted`) and its best topic (None for no score at all)."""
        right = best in item.topics
        group = best is not None and topic_group(best) == (item.group or topic_group(item.main))
        for counts in (self.overall, self.by_language.setdefault(lang, Counts()),
                       self.by_site.setdefault(item.site, Counts())):
            counts.add(right, group, not predicted)
        for t in predicted | item.topics:
            counter = self.tp if t in item.topics and t in predicted else self.fp if t in predicted else self.fn
            counter[t] = counter.get(t, 0) + 1

    def prf(self, topic: str | None = None) -> tuple[float, float, float]:
        """One topic's P/R/F1, or micro-averaged over all with topic=None."""
        pick = (lambda d: d.get(topic, 0)) if topic else (lambda d: sum(d.values()))
        return prf(pick(self.tp), pick(self.fp), pick(self.fn))

    def macro(self, topics: Sequence[str]) -> tuple[float, float, float]:
        present = [t for t in topics if self.tp.get(t, 0) + self.fn.get(t, 0)]
        values = np.array([self.prf(t) for t in present]) if present else np.zeros((1, 3))
        return tuple(float(v) for v in values.mean(axis=0))

    def support(self, topic: str) -> int:
        return self.tp.get(topic, 0) + self.fn.get(topic, 0)


def calibration_error(probabilities: list[float], outcomes: list[bool], bins: int = 10) -> tuple[float, float]:
    """(Brier score, expected calibration error over equal-width bins)."""
    p, y = np.array(probabilities), np.array(outcomes, dtype=float)
    brier = float(np.mean((p - y) ** 2))
    which = np.minimum((p * bins).astype(int), bins - 1)
    ece = sum(abs(p[which == b].mean() - y[which == b].mean()) * (which == b).mean()
              for b in range(bins) if (which == b).any())
    return brier, float(ece)


def score_probabilities(items: Sequence[GoldItem], langs: Sequence[str], probabilities: np.ndarray,
                        topics: Sequence[str], min_score: float) -> TopicScores:
    """A system that gives every article a probability per topic (`probabilities`: articles x
    `topics`): tags from min_score up, best = the highest, calibration over every pair."""
    scores = TopicScores(flags_best=True)
    outcomes = []
    for item, lang, row in zip(items, langs, probabilities):
        scores.add(item, lang, {t for t, p in zip(topics, row) if p >= min_score}, topics[int(np.argmax(row))])
        outcomes.extend(t in item.topics for t in topics)
    scores.brier, scores.ece = calibration_error(list(np.ravel(probabilities)), outcomes)
    return scores


def tagger_probabilities(docs: Sequence[Document], resources: Resources) -> np.ndarray:
    """(articles x top-level topics) calibrated scores of the taxonomy tagger."""
    from ..topics import TopicTagger
    tagger, tops = TopicTagger(resources), len(resources.taxonomy.top_level_ids)
    return np.array([[s for _, s in tagger.topic_scores(doc)[:tops]] for doc in docs])


def keyword_scores(items: Sequence[GoldItem], docs: Sequence[Document], resources: Resources) -> TopicScores:
    """The keyword baseline: seed-term hits alone."""
    from ..topics import lemma_sentences
    taxonomy, scores = resources.taxonomy, TopicScores()
    for item, doc in zip(items, docs):
        keyword = resources.seed_index.score_keywords(lemma_sentences(doc))
        scores.add(item, doc.lang, {taxonomy.top_level(t) for t, _ in keyword},
                   taxonomy.top_level(keyword[0][0]) if keyword else None)
    return scores


def codebook_scores(train: Sequence[GoldItem], train_docs: Sequence[Document], items: Sequence[GoldItem],
                    docs: Sequence[Document], resources: Resources) -> TopicScores:
    """The supervised reference: the codebook trainer's model (TF-IDF + mean navec, one
    logistic regression per topic) fitted on `train`, tagged from its MIN_SCORE."""
    from ..topics.codebook import MIN_SCORE, CodebookModel, targets_for
    names, matrix = targets_for([sorted(i.topics) for i in train])
    model = CodebookModel(names).fit([d.content_lemmas() for d in train_docs], matrix, resources.navec)
    probabilities = model.score([d.content_lemmas() for d in docs], resources.navec)
    return score_probabilities(items, [d.lang for d in docs], probabilities, names, MIN_SCORE)


def score_systems(items: list[GoldItem], docs: list[Document], min_score: float, resources: Resources,
                  reference: tuple[list[GoldItem], list[Document]] | None = None) -> dict[str, TopicScores]:
    """The calibrated tagger, the keyword baseline and, given training items and their
    documents, the codebook reference."""
    systems = {"kaznews": score_probabilities(items, [d.lang for d in docs], tagger_probabilities(docs, resources),
                                              resources.taxonomy.top_level_ids, min_score),
               "keywords": keyword_scores(items, docs, resources)}
    if reference is not None:
        systems["codebook"] = codebook_scores(*reference, items, docs, resources)
    return systems


def evaluate_topics(gold: Path, shared: Path, min_score: float | None = None, resources: Resources | None = None,
                    train: Path | None = None) -> dict[str, dict[str, TopicScores]]:
    """{part: {system: scores}} with the models of `resources` (the API's shared ones by
    default): gold.tsv as "held-out half" and "all", a JSONL gold as "test". `train` (a
    JSONL gold) fits the codebook reference on its articles of sites the test does not have."""
    from ..api import shared_resources
    resources = resources or shared_resources()
    items = load_topic_gold(gold, shared)
    docs = analyse_gold(items, resources)
    threshold = resources.topic_model.threshold if min_score is None else min_score
    reference = None
    if train is not None:
        sites = {i.site for i in items}
        train_items = [i for i in load_topic_gold(train, shared) if i.site not in sites]
        reference = (train_items, analyse_gold(train_items, resources))
    if gold.suffix == ".jsonl":
        return {"test": score_systems(items, docs, threshold, resources, reference)}
    held = [i for i, item in enumerate(items) if not is_calibration(item.key)]
    return {"held-out half": score_systems([items[i] for i in held], [docs[i] for i in held], threshold, resources,
                                           reference),
            "all": score_systems(items, docs, threshold, resources, reference)}
