"""The trained topic model: per top-level topic, one logistic score over an article's
weighted words, then one calibration per article language.

An article's words weigh by position: title words TITLE_WEIGHT, the first LEAD_WORDS
content words of the body LEAD_WEIGHT, the rest 1, so the main subject leads. Per top-level
topic t the raw score is

    z_t = b_t + b_kk,t [Kazakh] + a_t family_evidence_t + c_t log(1 + keyword_hits_t)
          + u_t . mean navec vector + mean lexical weight_t

with the zero-shot features of the taxonomy (vector evidence against the topic lexicons,
seed hits: vectors.py, keywords.py), a learnt direction u_t in navec (Kazakh words through
their Russian translation, so both languages share it) and learnt per-lemma weights. All
are fitted by `kaznews train topic-model` on labelled news of other sites, SIB-200 and the
gold; the calibration (one logistic function of z per language, fitted on scores of sites
held out of the fit) makes 0.7 mean 7 times in 10 for every topic. A subtopic scores its
parent's probability times its share of the parent's evidence. Sums of products go through
math.fsum, so a score does not depend on the BLAS kernel a CPU picks.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from razdel import tokenize

from ..analysis import CONTENT_POS
from ..doc import Document
from ..lang import kk, ru
from ..langid import analyser_language
from .keywords import LemmaSentence
from .taxonomy import Taxonomy
from .vectors import WordModel, WordSums

if TYPE_CHECKING:
    from ..resources import Resources

MODEL_FILE = Path("topics") / "model.npz"  # under the models folder
CALIBRATION_FILE = Path("topics") / "calibration.json"
TITLE_WEIGHT = 3
LEAD_WEIGHT = 2
LEAD_WORDS = 30


def model_language(doc_lang: str) -> str:
    return "kk" if doc_lang == "kk" else "ru"


def title_words(title: str | None, lang: str, resources: Resources) -> list[tuple[str, str]]:
    """(language, lemma) of the title's content words, lemmatized word by word (pymorphy3's
    likeliest parse for Russian: the title is not tagged in context)."""
    if not title:
        return []
    from natasha.morph.vocab import ud_pos
    out = []
    for token in tokenize(title):
        word = token.text.lower()
        if not word.isalpha():
            continue
        if lang == "kk":
            lemma = resources.kk_lemmatizer.lemmatize(word)
            if lemma not in kk.STOP_WORDS:
                out.append(("kk", lemma))
            continue
        parses = resources.ru_lemmatizer.parse(word)
        pos = ud_pos(parses[0].tag) if parses else "X"
        lemma = resources.ru_lemmatizer.lemmatize(word, pos)
        if pos in CONTENT_POS and lemma not in ru.STOP_WORDS:
            out.append(("ru", lemma))
    return out


@dataclass
class ArticleWords:
    """An article's content words (title first) with their integer weights, and its lemma
    sentences for the seed matching (the title's matches count TITLE_WEIGHT times)."""
    words: list[tuple[str, str]]
    weights: list[int]
    title: LemmaSentence
    sentences: list[LemmaSentence]


def article_words(doc: Document, resources: Resources) -> ArticleWords:
    lang = model_language(doc.lang)
    title = title_words(doc.title, lang, resources)
    body = doc.content_words
    weights = [TITLE_WEIGHT] * len(title) + [LEAD_WEIGHT if i < LEAD_WORDS else 1 for i in range(len(body))]
    return ArticleWords(title + body, weights, (lang, [lemma for _, lemma in title]), lemma_sentences(doc))


def lemma_sentences(doc: Document) -> list[LemmaSentence]:
    """(language, lemmas) of each sentence, the language its lemmas were made in: a mixed
    article's Russian sentences match Russian seeds and its Kazakh ones Kazakh seeds."""
    return [(analyser_language(doc, s), [t.lemma for t in s.tokens if t.pos != "PUNCT"]) for s in doc.sentences]


@dataclass
class TopicFeatures:
    """One article's features, topics in `taxonomy.topic_ids` order."""
    sums: WordSums
    hits: np.ndarray  # keyword hits; a top-level topic's include its subtopics'
    kazakh: bool
    taxonomy: Taxonomy

    def zero_shot(self) -> np.ndarray:
        """(top-level topics x 2): family vector evidence and log keyword hits."""
        tops = len(self.taxonomy.top_level_ids)
        return np.column_stack([self.sums.evidence.family[:tops], np.log1p(self.hits[:tops])])

    def shares(self) -> np.ndarray:
        """Each subtopic's share of its family: the mean of its share of the family's
        own-lexicon vector evidence and of its seed hits (of those the family has); 1 for
        top-level topics. The hits count the title thrice, so the subject outranks a
        sibling the article merely mentions."""
        out = np.ones(len(self.hits), dtype=np.float64)
        own_hits = self.hits.copy()
        own = self.sums.evidence.own
        for parent, family in enumerate(self.taxonomy.family_columns[:len(self.taxonomy.top_level_ids)]):
            children = [c for c in family if c != parent]
            own_hits[parent] -= own_hits[children].sum()
            parts = [weights[children] / total for weights in (own, own_hits)
                     if (total := weights[parent] + weights[children].sum()) > 0]
            out[children] = sum(parts) / len(parts) if parts else 0.0
        return out


def topic_features(doc: Document, resources: Resources) -> TopicFeatures:
    words = article_words(doc, resources)
    seeds, taxonomy = resources.seed_index, resources.taxonomy
    hits = seeds.keyword_hits(words.sentences)
    for topic, n in seeds.keyword_hits([words.title]).items():
        hits[topic] = hits.get(topic, 0) + TITLE_WEIGHT * n
    counts = np.array([hits.get(t, 0) for t in taxonomy.topic_ids], dtype=np.float64)
    sums = resources.topic_vectors.word_sums(words.words, words.weights)
    return TopicFeatures(sums, counts, model_language(doc.lang) == "kk", taxonomy)


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


class TopicModel:
    """The fitted weights (models/topics/model.npz), the calibration and the tag threshold
    (models/topics/calibration.json)."""

    def __init__(self, models: Path, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.fit = json.loads((models / CALIBRATION_FILE).read_text(encoding="utf-8"))
        with np.load(models / MODEL_FILE, allow_pickle=False) as data:
            self.arrays = {name: np.asarray(data[name]) for name in data.files}
        if list(self.arrays["topics"]) != list(taxonomy.top_level_ids):
            raise ValueError(f"{models / MODEL_FILE} was trained for other topics: retrain it "
                             "with `kaznews train topic-model`")

    @staticmethod
    def exists(models: Path) -> bool:
        return (models / MODEL_FILE).is_file() and (models / CALIBRATION_FILE).is_file()

    @property
    def threshold(self) -> float:
        """The score from which a topic is tagged: the best micro F1 on held-out sites."""
        return float(self.fit["min_score"])

    def word_model(self) -> WordModel:
        a = self.arrays
        return WordModel(a["projection"].astype(np.float64),
                         {str(w): row for w, row in zip(a["lexical_words"], a["lexical"].astype(np.float64))})

    def raw_scores(self, features: TopicFeatures) -> list[float]:
        """z per top-level topic (before calibration)."""
        a, zero_shot = self.arrays, features.zero_shot()
        kazakh = 1.0 if features.kazakh else 0.0
        return [math.fsum((float(a["intercept"][t]), kazakh * float(a["intercept_kk"][t]),
                           float(a["coef_evidence"][t]) * float(zero_shot[t, 0]),
                           float(a["coef_hits"][t]) * float(zero_shot[t, 1]),
                           float(features.sums.projection[t]), float(features.sums.lexical[t])))
                for t in range(len(self.taxonomy.top_level_ids))]

    def scores(self, features: TopicFeatures, lang: str) -> np.ndarray:
        """Per topic in `taxonomy.topic_ids` order: a top-level topic's calibrated probability,
        and a subtopic's as its parent's times its share of the parent's evidence."""
        slope, offset = self.fit["calibration"][model_language(lang)]
        top = np.array([logistic(math.fsum((float(slope) * z, float(offset)))) for z in self.raw_scores(features)])
        return top[self.taxonomy.parent_columns] * features.shares()
