"""Vector evidence for topics, so an article is tagged by what it is about, not only by
the seed terms it happens to use.

Each topic has a lexicon (models/topics/lexicon.tsv, built by `kaznews train topic-vectors`):
its seed terms plus the words nearest to them in a word-vector space, navec for Russian
and PPMI-SVD vectors trained on Kazakh news lemmas for Kazakh. A content word's affinity to
a topic is its best cosine with the topic's lexicon; the topic's evidence in an article is
the weighted mean over its content words (title and lead weigh more, see model.py) of
max(0, affinity - TAU), against the topic's own words and against its whole family's (a
top-level topic with its subtopics). A Kazakh word is looked up through its Russian
translation (models/topics/kk_ru.tsv, aligned on SIB-200's parallel sentences) in navec,
else in the Kazakh space, else in navec itself, since many are Russian loans (парламент,
футбол).

The trained topic model (model.py) adds two word-level parts that are cached here beside
the affinities: each word's navec vector projected on the model's per-topic directions
(Kazakh words through their translation), and each lemma's own per-topic weight.

Affinities are exact: unit vectors are quantized to integers (QUANT per unit) held in
float32, so every product and partial sum of a cosine is an integer below 2**24 and
float32 arithmetic computes it without rounding. A word's affinities, hence every score,
are then bit-identical whatever other words share its matrix product, in what order, with
which BLAS kernel, on any CPU; the evidence is summed in int64. The model's projections and
lexical weights are integers too (WEIGHT_UNITS per unit), multiplied and summed in int64.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from .taxonomy import Taxonomy

LEXICON_FILE = Path("topics") / "lexicon.tsv"  # under the models folder
KK_VECTORS_FILE = Path("topics") / "kk_vectors.npz"
TRANSLATIONS_FILE = Path("topics") / "kk_ru.tsv"
TAU = 0.3
SPACES = ("ru", "kk")
# Integer units per unit length: |a.b| <= |a||b| < (QUANT + sqrt(300) / 2)**2 < 2**24 for the
# 300-dimensional navec and the 100-dimensional Kazakh vectors.
QUANT = 4000
QUANT2 = QUANT * QUANT
TAU_UNITS = round(TAU * QUANT2)
# Integer units per unit of a model weight: a projection row times a quantized vector stays
# below 300 * 2**20 * 50 * QUANT < 2**63 for weights under 50.
WEIGHT_UNITS = 2 ** 20


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    return matrix / (np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9)


def quantized(vector: np.ndarray) -> np.ndarray:
    """The unit vector in integer units, as float32, by exact or correctly rounded steps
    only (components in 2**-20 units, their squares summed in int64, one square root,
    elementwise division and rounding), so a word gives the same integers on any machine."""
    fine = np.rint(np.asarray(vector, dtype=np.float64) * 2.0 ** 20)
    norm = math.sqrt(int(np.square(fine.astype(np.int64)).sum())) + 1e-9
    return np.rint(fine / norm * QUANT).astype(np.float32)


def load_kk_vectors(path: Path) -> tuple[dict[str, int], np.ndarray]:
    data = np.load(path)
    words = [str(w) for w in data["words"]]
    return {w: i for i, w in enumerate(words)}, data["vectors"]


def load_translations(path: Path) -> dict[str, str]:
    """Kazakh lemma -> Russian lemma (models/topics/kk_ru.tsv)."""
    with path.open(encoding="utf-8") as f:
        return {row["kk"]: row["ru"] for row in csv.DictReader(f, delimiter="\t")}


def integer_weights(weights: np.ndarray) -> np.ndarray:
    """Model weights in WEIGHT_UNITS, as int64."""
    return np.rint(np.asarray(weights, dtype=np.float64) * WEIGHT_UNITS).astype(np.int64)


@dataclass
class SpaceLexicon:
    """One space's lexicon words as a matrix, grouped by topic: rows starts[g]..starts[g+1]
    belong to topic groups[g]."""
    vectors: np.ndarray
    starts: np.ndarray
    groups: list[int]


@dataclass
class Evidence:
    """Weighted mean over an article's content words of max(0, affinity - TAU), per topic
    column: `own` against the topic's own lexicon, `family` against its whole family's
    (equal to `own` for subtopics)."""
    own: np.ndarray
    family: np.ndarray


@dataclass
class WordModel:
    """The trained model's word-level weights (model.py): per top-level topic, a direction
    in navec (`projection`, topics x 300) and per lemma its own weights (`lexical`)."""
    projection: np.ndarray
    lexical: dict[str, np.ndarray]


@dataclass(slots=True)
class WordRow:
    """One content word's cached values, all integers: evidence (its affinities with each
    topic's own lexicon and with each topic's family, above TAU, in QUANT2 units, side by
    side; None without a vector), projection on the model's directions (QUANT * WEIGHT_UNITS
    units, None without a navec vector) and lexical weights (WEIGHT_UNITS, None for an
    unknown lemma)."""
    evidence: np.ndarray | None
    projection: np.ndarray | None
    lexical: np.ndarray | None


@dataclass
class WordSums:
    """An article's weighted word-level features: evidence, the mean projection and the
    mean lexical weight per top-level topic (floats from exact integer sums)."""
    evidence: Evidence
    projection: np.ndarray
    lexical: np.ndarray


AFFINITY_CACHE_SIZE = 200_000


class TopicVectors:
    """The vector spaces, the topic lexicons in them, the Kazakh-Russian translations, the
    model's word-level weights, and each content word's cached row (news repeats its
    words): all from one models folder."""

    def __init__(self, taxonomy: Taxonomy, navec, kk_vectors_path: Path, lexicon_path: Path,
                 translations_path: Path, word_model: WordModel | None) -> None:
        self.taxonomy, self.navec, self.lexicon_path = taxonomy, navec, lexicon_path
        self.kk_index, self.kk_vectors = load_kk_vectors(kk_vectors_path)
        self.translations = load_translations(translations_path) if translations_path.is_file() else {}
        tops = len(taxonomy.top_level_ids)
        self.projection = (integer_weights(word_model.projection) if word_model
                           else np.zeros((tops, 300), dtype=np.int64))
        self.lexical = {w: integer_weights(v) for w, v in word_model.lexical.items()} if word_model else {}
        self._cache: dict[tuple[str, str], WordRow] = {}

    def navec_vector(self, lang: str, word: str) -> np.ndarray | None:
        """The quantized navec vector of a lemma, a Kazakh one through its Russian translation
        first."""
        vector = None
        if lang == "kk" and word in self.translations:
            vector = self.navec.get(self.translations[word])
        if vector is None and (lang != "kk" or word not in self.kk_index):
            vector = self.navec.get(word)
        return None if vector is None else quantized(vector)

    def word_vector(self, lang: str, word: str) -> tuple[str, np.ndarray] | None:
        """(space, quantized unit vector) of a lemma: navec for Russian words and translated
        Kazakh ones, the Kazakh space for other Kazakh words it knows, else navec."""
        if lang == "kk" and word not in self.translations and word in self.kk_index:
            return "kk", quantized(self.kk_vectors[self.kk_index[word]])
        vector = self.navec_vector(lang, word)
        return None if vector is None else ("ru", vector)

    @cached_property
    def lexicon(self) -> dict[str, SpaceLexicon]:
        columns = {t: i for i, t in enumerate(self.taxonomy.topic_ids)}
        words: dict[str, dict[int, list[str]]] = {space: {} for space in SPACES}
        with self.lexicon_path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                words[row["space"]].setdefault(columns[row["topic"]], []).append(row["word"])
        out = {}
        for space, by_topic in words.items():
            rows, starts, groups = [], [], []
            for column in sorted(by_topic):
                vectors = [v for w in by_topic[column] if (v := self.lexicon_vector(space, w)) is not None]
                if vectors:
                    starts.append(len(rows))
                    groups.append(column)
                    rows.extend(vectors)
            out[space] = SpaceLexicon(np.stack(rows), np.array(starts), groups)
        return out

    def lexicon_vector(self, space: str, word: str) -> np.ndarray | None:
        """A lexicon word's quantized vector in its own space."""
        if space == "kk":
            return quantized(self.kk_vectors[self.kk_index[word]]) if word in self.kk_index else None
        vector = self.navec.get(word)
        return None if vector is None else quantized(vector)

    def word_affinities(self, vectors: np.ndarray, space: str) -> np.ndarray:
        """(words x topics) best cosine, in QUANT2 units, of each quantized word vector with
        each topic's own lexicon words (a top-level topic's own words are the general ones,
        not its subtopics'); -QUANT2 for none. Exact, so independent of the other rows."""
        lex = self.lexicon[space]
        by_group = np.maximum.reduceat(vectors @ lex.vectors.T, lex.starts, axis=1)
        own = np.full((len(vectors), len(self.taxonomy.topic_ids)), -QUANT2, dtype=np.int32)
        own[:, lex.groups] = by_group.astype(np.int32)
        return own

    def word_evidence(self, vectors: np.ndarray, space: str) -> np.ndarray:
        """(words x 2 topics) int64: each word's affinities with each topic's own lexicon and
        with its family (the best of the topic's and its subtopics'), less TAU, floored at 0:
        what an article's evidence sums, per word once."""
        own = self.word_affinities(vectors, space).astype(np.int64)
        families = np.stack([own[:, cols].max(axis=1) for cols in self.taxonomy.family_columns], axis=1)
        return np.clip(np.concatenate([own, families], axis=1) - TAU_UNITS, 0, None)

    def word_rows(self, words: list[tuple[str, str]]) -> list[WordRow]:
        """Each content word's WordRow, cached, since news repeats its words; the words new
        to the cache go through one matrix product per space, not one each."""
        cache = self._cache
        new: dict[str, list[tuple[tuple[str, str], np.ndarray]]] = {space: [] for space in SPACES}
        projected: list[tuple[tuple[str, str], np.ndarray]] = []
        for key in dict.fromkeys(words):
            if key in cache:
                continue
            lang, word = key
            found = self.word_vector(lang, word)
            navec = found[1] if found and found[0] == "ru" else self.navec_vector(lang, word)
            cache[key] = WordRow(None, None, self.lexical.get(word))
            if navec is not None:
                projected.append((key, navec))
            if found is not None:
                new[found[0]].append((key, found[1]))
        if projected:  # integer products: exact, whatever rows share the product
            rows = np.stack([vector for _, vector in projected]).astype(np.int64) @ self.projection.T
            for (key, _), row in zip(projected, rows):
                cache[key].projection = row
        for space, found in new.items():
            if found:
                rows = self.word_evidence(np.stack([vector for _, vector in found]), space)
                for (key, _), row in zip(found, rows):
                    cache[key].evidence = row
        rows = [cache[key] for key in words]
        if len(cache) > AFFINITY_CACHE_SIZE:
            cache.clear()
        return rows

    def word_sums(self, words: list[tuple[str, str]], weights: list[int]) -> WordSums:
        """The article's weighted evidence, mean projection and mean lexical weight, from its
        content words and their integer weights."""
        topics, tops = len(self.taxonomy.topic_ids), len(self.taxonomy.top_level_ids)
        merged: dict[tuple[str, str], int] = {}
        for word, w in zip(words, weights):  # a repeated word once, its weights summed: the sums are integers
            merged[word] = merged.get(word, 0) + w
        words, weights = list(merged), list(merged.values())
        rows = self.word_rows(words)
        weight = np.array(weights, dtype=np.int64)
        total = int(weight.sum())
        with_affinity = [i for i, r in enumerate(rows) if r.evidence is not None]
        own = family = np.zeros(topics, dtype=np.float64)
        if with_affinity:
            w = weight[with_affinity]
            evidence = w @ np.stack([rows[i].evidence for i in with_affinity]) / float(int(w.sum()) * QUANT2)
            own, family = evidence[:topics], evidence[topics:]
        projection = np.zeros(tops, dtype=np.float64)
        with_vector = [i for i, r in enumerate(rows) if r.projection is not None]
        if with_vector:
            w = weight[with_vector][:, None]
            summed = (np.stack([rows[i].projection for i in with_vector]) * w).sum(axis=0)
            projection = summed / float(int(w.sum()) * QUANT * WEIGHT_UNITS)
        lexical = np.zeros(tops, dtype=np.float64)
        known = [i for i, r in enumerate(rows) if r.lexical is not None]
        if known:
            summed = (np.stack([rows[i].lexical for i in known]) * weight[known][:, None]).sum(axis=0)
            lexical = summed / float(total * WEIGHT_UNITS)
        return WordSums(Evidence(own, family), projection, lexical)
