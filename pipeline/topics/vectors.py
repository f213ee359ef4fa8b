"""Vector evidence for topics, so an article is tagged by what it is about, not only by
the seed terms it happens to use.

Each topic has a lexicon (models/topics/lexicon.tsv, built by `kaznews train topic-vectors`):
its seed terms plus the words nearest to them in a word-vector space, navec for Russian
and PPMI-SVD vectors trained on Kazakh news lemmas for Kazakh. A content word's affinity to
a topic is its best cosine with the topic's lexicon; the topic's evidence in an article is
the mean over its content words of max(0, affinity - TAU), against the topic's own words
and against its whole family's (a top-level topic with its subtopics). Kazakh words
missing from the Kazakh space are looked up in navec, since many are Russian loans
(парламент, футбол).

Affinities are exact: unit vectors are quantized to integers (QUANT per unit) held in
float32, so every product and partial sum of a cosine is an integer below 2**24 and
float32 arithmetic computes it without rounding. A word's affinities, hence every score,
are then bit-identical whatever other words share its matrix product, in what order, with
which BLAS kernel, on any CPU; the evidence is summed in int64.
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
TAU = 0.3
SPACES = ("ru", "kk")
# Integer units per unit length: |a.b| <= |a||b| < (QUANT + sqrt(300) / 2)**2 < 2**24 for the
# 300-dimensional navec and the 100-dimensional Kazakh vectors.
QUANT = 4000
QUANT2 = QUANT * QUANT
TAU_UNITS = round(TAU * QUANT2)


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


@dataclass
class SpaceLexicon:
    """One space's lexicon words as a matrix, grouped by topic: rows starts[g]..starts[g+1]
    belong to topic groups[g]."""
    vectors: np.ndarray
    starts: np.ndarray
    groups: list[int]


@dataclass
class Evidence:
    """Mean over an article's content words of max(0, affinity - TAU), per topic column:
    `own` against the topic's own lexicon, `family` against its whole family's (equal to
    `own` for subtopics)."""
    own: np.ndarray
    family: np.ndarray


AFFINITY_CACHE_SIZE = 200_000


class TopicVectors:
    """The two vector spaces, the topic lexicons in them, and each content word's cached
    affinities (news repeats its words): all from one models folder."""

    def __init__(self, taxonomy: Taxonomy, navec, kk_vectors_path: Path, lexicon_path: Path) -> None:
        self.taxonomy, self.navec, self.lexicon_path = taxonomy, navec, lexicon_path
        self.kk_index, self.kk_vectors = load_kk_vectors(kk_vectors_path)
        self._affinity_cache: dict[tuple[str, str], np.ndarray | None] = {}

    def word_vector(self, lang: str, word: str) -> tuple[str, np.ndarray] | None:
        """(space, quantized unit vector) of a lemma: the Kazakh space for Kazakh words it
        knows, else navec."""
        if lang == "kk" and word in self.kk_index:
            return "kk", quantized(self.kk_vectors[self.kk_index[word]])
        vector = self.navec.get(word)
        return None if vector is None else ("ru", quantized(vector))

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
                vectors = [v for w in by_topic[column] if (v := self.word_vector(space, w)) and v[0] == space]
                if vectors:
                    starts.append(len(rows))
                    groups.append(column)
                    rows.extend(v for _, v in vectors)
            out[space] = SpaceLexicon(np.stack(rows), np.array(starts), groups)
        return out

    def word_affinities(self, vectors: np.ndarray, space: str) -> np.ndarray:
        """(words x topics) best cosine, in QUANT2 units, of each quantized word vector with
        each topic's own lexicon words (a top-level topic's own words are the general ones,
        not its subtopics'); -QUANT2 for none. Exact, so independent of the other rows."""
        lex = self.lexicon[space]
        by_group = np.maximum.reduceat(vectors @ lex.vectors.T, lex.starts, axis=1)
        own = np.full((len(vectors), len(self.taxonomy.topic_ids)), -QUANT2, dtype=np.int32)
        own[:, lex.groups] = by_group.astype(np.int32)
        return own

    def own_affinities(self, words: list[tuple[str, str]]) -> list[np.ndarray | None]:
        """Each content word's row of `word_affinities`, cached, since news repeats its words;
        the words new to the cache go through one matrix product per space, not one each."""
        cache = self._affinity_cache
        new: dict[str, list[tuple[tuple[str, str], np.ndarray]]] = {space: [] for space in SPACES}
        for key in dict.fromkeys(words):
            if key not in cache:
                found = self.word_vector(*key)
                if found is None:
                    cache[key] = None
                else:
                    new[found[0]].append((key, found[1]))
        for space, found in new.items():
            if found:
                rows = self.word_affinities(np.stack([vector for _, vector in found]), space)
                cache.update(zip((key for key, _ in found), rows))
        rows = [cache[key] for key in words]
        if len(cache) > AFFINITY_CACHE_SIZE:
            cache.clear()
        return rows

    def vector_evidence(self, words: list[tuple[str, str]]) -> Evidence:
        rows = [row for row in self.own_affinities(words) if row is not None]
        if not rows:
            zeros = np.zeros(len(self.taxonomy.topic_ids), dtype=np.float64)
            return Evidence(zeros, zeros)
        affinities = np.stack(rows).astype(np.int64)
        family = np.stack([affinities[:, cols].max(axis=1) for cols in self.taxonomy.family_columns], axis=1)
        scale = float(len(rows) * QUANT2)
        return Evidence(np.clip(affinities - TAU_UNITS, 0, None).sum(axis=0) / scale,
                        np.clip(family - TAU_UNITS, 0, None).sum(axis=0) / scale)
