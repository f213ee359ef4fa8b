"""`kaznews train topic-model`: the topic model's weights and calibration (topics/model.py).

Training articles: labelled news in JSONL (by site), the calibration half of the topic gold
(data/eval/topics/gold.tsv; its other half stays held out for `kaznews eval topics`) and SIB-200's Russian and Kazakh sentences (weight
SIB_WEIGHT: short encyclopaedic sentences, not news). Per top-level topic, one logistic
regression over [mean navec vector | lemma frequencies (lemmas in MIN_LEMMA_ARTICLES articles
and at most MAX_LEMMA_SHARE of a language's news) | zero-shot features]; a positive
that is the article's main topic weighs MAIN_WEIGHT. The JSONL's sites are split into FOLDS
groups: each group's articles are scored by a model fitted without that group's sites, and
those out-of-site scores fit the per-language calibration and the tag threshold, and give
the cross-validated figures the command prints. The final weights are fitted on everything.
Results go to models/topics/ (model.npz, calibration.json); commit them with the card.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..corpus import GoldItem, analyse_gold, is_calibration, load_gold, load_sib200, load_topic_jsonl
from ..evaluate.topics import TopicScores, score_probabilities
from ..models import models_dir
from ..resources import Resources
from ..topics.model import CALIBRATION_FILE, MODEL_FILE, article_words, model_language, topic_features
from ..topics.vectors import QUANT

SIB_WEIGHT = 0.1
MAIN_WEIGHT = 2.0
VEC_SCALE = 4.0  # feature scales: what the one regularisation strength C sees
BOW_SCALE = 8.0
EVIDENCE_SCALE = 10.0
C = 3.0
MIN_LEMMA_ARTICLES = 3
MAX_LEMMA_SHARE = 0.3  # of a language's news articles: lemmas in more (быть, айт) say nothing of a topic
FOLDS = 5
SEED = 0


@dataclass
class Example:
    """One training article's features, as the model sees them."""
    item: GoldItem
    lang: str
    zero_shot: np.ndarray  # top-level topics x (family evidence, log keyword hits)
    vector: np.ndarray  # weighted mean quantized navec vector / QUANT
    lemmas: dict[str, float]  # lemma -> weight share


def examples(items: list[GoldItem], resources: Resources, weight: float = 1.0) -> list[tuple[Example, float]]:
    """The items' features (with the shipped lexicons and translations) and sample weight."""
    vectors = resources.topic_vectors
    out = []
    for item, doc in zip(items, analyse_gold(items, resources)):
        words = article_words(doc, resources)
        total, summed, lemmas = 0, np.zeros(300, dtype=np.int64), Counter()
        for (lang, lemma), w in zip(words.words, words.weights):
            lemmas[lemma] += w
            vector = vectors.navec_vector(lang, lemma)
            if vector is not None:
                summed += w * vector.astype(np.int64)
                total += w
        all_weight = sum(words.weights) or 1
        out.append((Example(item, model_language(doc.lang), topic_features(doc, resources).zero_shot(),
                            summed / (QUANT * total) if total else np.zeros(300),
                            {lemma: n / all_weight for lemma, n in lemmas.items()}), weight))
    return out


def design(data: list[Example], vocabulary: dict[str, int], topic: int):
    """The regression's input for one topic: [vector | lemma shares | evidence, hits, Kazakh]."""
    from scipy.sparse import csr_matrix, hstack
    rows, cols, values = [], [], []
    for i, ex in enumerate(data):
        for lemma, share in ex.lemmas.items():
            if lemma in vocabulary:
                rows.append(i)
                cols.append(vocabulary[lemma])
                values.append(share * BOW_SCALE)
    bow = csr_matrix((values, (rows, cols)), shape=(len(data), len(vocabulary)))
    dense = np.array([np.concatenate([ex.vector * VEC_SCALE, [ex.zero_shot[topic, 0] * EVIDENCE_SCALE,
                                                               ex.zero_shot[topic, 1], float(ex.lang == "kk")]])
                      for ex in data])
    return hstack([csr_matrix(dense[:, :300]), bow, csr_matrix(dense[:, 300:])]).tocsr()


@dataclass
class Weights:
    """Fitted per-topic weights in the model file's terms."""
    topics: list[str]
    vocabulary: list[str]
    projection: np.ndarray  # topics x 300
    lexical: np.ndarray  # vocabulary x topics
    intercept: np.ndarray
    intercept_kk: np.ndarray
    coef_evidence: np.ndarray
    coef_hits: np.ndarray

    def raw_scores(self, data: list[Example]) -> np.ndarray:
        """(articles x topics) z, as topics/model.py computes it (in floats)."""
        column = {w: j for j, w in enumerate(self.vocabulary)}
        out = np.zeros((len(data), len(self.topics)))
        for i, ex in enumerate(data):
            lexical = sum((share * self.lexical[column[w]] for w, share in ex.lemmas.items() if w in column),
                          np.zeros(len(self.topics)))
            out[i] = (self.intercept + self.intercept_kk * (ex.lang == "kk") + self.coef_evidence * ex.zero_shot[:, 0]
                      + self.coef_hits * ex.zero_shot[:, 1] + self.projection @ ex.vector + lexical)
        return out


def fit(weighted: list[tuple[Example, float]], topics: list[str]) -> Weights:
    """One balanced logistic regression per topic over `design`."""
    from sklearn.linear_model import LogisticRegression
    data = [ex for ex, _ in weighted]
    articles = Counter(lemma for ex in data for lemma in ex.lemmas)
    news = [ex for ex in data if ex.item.site != "sib200"]
    per_language = Counter(ex.lang for ex in news)
    spread = Counter((ex.lang, lemma) for ex in news for lemma in ex.lemmas)
    common = {lemma for (lang, lemma), n in spread.items() if n > MAX_LEMMA_SHARE * per_language[lang]}
    vocabulary = sorted(w for w, n in articles.items() if n >= MIN_LEMMA_ARTICLES and w not in common)
    index = {w: j for j, w in enumerate(vocabulary)}
    k = len(topics)
    w = Weights(topics, vocabulary, np.zeros((k, 300)), np.zeros((len(vocabulary), k)), np.full(k, -5.0),
                np.zeros(k), np.zeros(k), np.zeros(k))
    base = np.array([wt for _, wt in weighted])
    for t, topic in enumerate(topics):
        y = np.array([topic in ex.item.topics for ex in data])
        if y.all() or not y.any():
            continue
        sample = base * np.where([ex.item.main == topic for ex in data], MAIN_WEIGHT, 1.0)
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(
            design(data, index, t), y, sample_weight=sample)
        coef = model.coef_[0]
        w.projection[t] = coef[:300] * VEC_SCALE
        w.lexical[:, t] = coef[300:300 + len(vocabulary)] * BOW_SCALE
        w.coef_evidence[t], w.coef_hits[t], w.intercept_kk[t] = coef[-3] * EVIDENCE_SCALE, coef[-2], coef[-1]
        w.intercept[t] = model.intercept_[0]
    return w


def site_folds(items: list[GoldItem]) -> list[set[str]]:
    """The sites in FOLDS groups of about equal article counts (largest sites first)."""
    sizes = Counter(i.site for i in items)
    folds: list[set[str]] = [set() for _ in range(FOLDS)]
    load = [0] * FOLDS
    for site, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        j = load.index(min(load))
        folds[j].add(site)
        load[j] += n
    return [f for f in folds if f]


def calibrate(z: np.ndarray, outcomes: np.ndarray) -> tuple[float, float]:
    """(slope, offset) of the logistic function of z fitted to outcomes."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=100.0).fit(z.reshape(-1, 1), outcomes)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def best_threshold(probabilities: np.ndarray, outcomes: np.ndarray) -> float:
    """The tag threshold (in steps of 0.05) with the best micro F1."""
    def f1(threshold: float) -> float:
        predicted = probabilities >= threshold
        tp = float((predicted & outcomes).sum())
        return 2 * tp / (predicted.sum() + outcomes.sum()) if tp else 0.0
    return max((round(t, 2) for t in np.arange(0.1, 0.65, 0.05)), key=f1)


def train_topic_model(shared: Path, gold: Path, gold_jsonl: list[Path], models: Path | None = None
                      ) -> tuple[dict, TopicScores]:
    """Fit, cross-validate by site, calibrate and save into `models`/topics/; returns a
    summary and the out-of-site scores of the JSONL articles."""
    models = models or models_dir()
    resources = Resources(models)
    topics = list(resources.taxonomy.top_level_ids)
    news = [i for path in gold_jsonl for i in load_topic_jsonl(path)]
    always = (examples([i for i in load_gold(gold, shared) if is_calibration(i.key)], resources)
              + examples(load_sib200(shared, "ru") + load_sib200(shared, "kk"), resources, SIB_WEIGHT))
    held = examples(news, resources)
    z = np.zeros((len(held), len(topics)))
    for fold in site_folds(news):
        inside = [i for i, (ex, _) in enumerate(held) if ex.item.site in fold]
        weights = fit(always + [h for h in held if h[0].item.site not in fold], topics)
        z[inside] = weights.raw_scores([held[i][0] for i in inside])
    outcomes = np.array([[t in ex.item.topics for t in topics] for ex, _ in held])
    langs = [ex.lang for ex, _ in held]
    calibration = {}
    probabilities = np.zeros_like(z)
    for lang in ("ru", "kk"):
        rows = [i for i, lg in enumerate(langs) if lg == lang]
        slope, offset = calibrate(z[rows].ravel(), outcomes[rows].ravel())
        calibration[lang] = [round(slope, 6), round(offset, 6)]
        probabilities[rows] = 1 / (1 + np.exp(-(slope * z[rows] + offset)))
    threshold = best_threshold(probabilities, outcomes)
    held_out = score_probabilities([ex.item for ex, _ in held], langs, probabilities, topics, threshold)
    final = fit(always + held, topics)
    np.savez_compressed(models / MODEL_FILE, topics=np.array(topics), projection=final.projection,
                        lexical_words=np.array(final.vocabulary), lexical=final.lexical, intercept=final.intercept,
                        intercept_kk=final.intercept_kk, coef_evidence=final.coef_evidence,
                        coef_hits=final.coef_hits)
    summary = {"topics": topics, "trained_on": {"news_articles": len(held), "news_sites": len({i.site for i in news}),
                              "gold_tsv": f"{gold.name}, calibration half", "sib200_weight": SIB_WEIGHT},
               "calibration": calibration, "min_score": threshold, "vocabulary": len(final.vocabulary),
               "cross_validation": {"folds": FOLDS, "by": "site", "articles": held_out.items,
                                    "top1": round(held_out.overall.top1 / max(held_out.items, 1), 4),
                                    "group_top1": round(held_out.overall.group_top1 / max(held_out.items, 1), 4),
                                    "low_confidence": round(held_out.overall.no_tag / max(held_out.items, 1), 4),
                                    "brier": round(held_out.brier, 4), "ece": round(held_out.ece, 4)}}
    (models / CALIBRATION_FILE).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    resources.reload()
    return summary, held_out
