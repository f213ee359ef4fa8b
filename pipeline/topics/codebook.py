"""A researcher's codebook as a topic model: `kaznews train topics LABELS.csv -o MODEL`.

Rows are articles coded by hand (a text, one or more labels). Features are the pipeline's
own: TF-IDF over the content lemmas (Russian and Kazakh) and the mean navec vector of the
Russian lemmas, so the classifier sees "коррупция" and "взятка" as related. One logistic
regression per label (balanced classes); its probability is the topic score, and a label
is tagged at MIN_SCORE. Cross-validated precision, recall and F1 per label are reported
before the model is saved; a label with fewer than MIN_EXAMPLES positive rows is refused.

A model folder is data only, because people share them and unpickling runs code: MODEL_FILE
(JSON: format, labels, vocabulary, feature settings) and WEIGHTS_FILE (idf, coefficients
and intercepts, read with allow_pickle=False). `load_codebook` rebuilds the scores from
those arrays in numpy (TF-IDF transform, then the logistic function), equal to the trained
scikit-learn pipeline's predict_proba; no scikit-learn object is made, so the scikit-learn
version that trained a model is recorded but not checked. A model of another FORMAT_VERSION,
or an old pickled one, is refused with a one-line CodebookError.
"""
from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import CodebookError

MIN_EXAMPLES = 10
MIN_SCORE = 0.5
FOLDS = 5
FORMAT = "kaznews codebook"
FORMAT_VERSION = 1
MODEL_FILE = "model.json"
WEIGHTS_FILE = "weights.npz"
CARD_FILE = "card.json"
PICKLED_FILE = "model.joblib"  # what kaznews saved before FORMAT_VERSION 1: never loaded
VECTOR_DIM = 300  # navec
# TfidfVectorizer's settings the saved scorer reproduces (lowercase and l2 norm are its defaults)
TFIDF = {"token_pattern": r"\S+", "ngram_range": (1, 2), "lowercase": True, "sublinear_tf": True, "norm": "l2"}



def mean_vectors(lemma_strings: Sequence[str], emb) -> np.ndarray:
    """Each text's mean navec vector (`emb`: a Resources' navec) over its known lemmas."""
    out = np.zeros((len(lemma_strings), VECTOR_DIM), dtype=np.float32)
    for i, lemmas in enumerate(lemma_strings):
        vectors = [emb[w] for w in lemmas.split() if w in emb]
        if vectors:
            out[i] = np.mean(vectors, axis=0)
    return out


def _with_vectors(tfidf, lemma_strings: Sequence[str], navec):
    """The classifier's input: TF-IDF columns, then the mean vector's."""
    from scipy.sparse import csr_matrix, hstack
    return hstack([tfidf, csr_matrix(mean_vectors(lemma_strings, navec))]).tocsr()


@dataclass
class LabelScore:
    label: str
    examples: int
    precision: float
    recall: float
    f1: float


class CodebookModel:
    """Vectoriser + one classifier per label, as scikit-learn fits them (training and
    cross-validation only; a saved model is a SavedCodebook)."""

    def __init__(self, labels: list[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        self.labels = labels
        self.vectorizer = TfidfVectorizer(**TFIDF, min_df=2)
        self.classifier = OneVsRestClassifier(LogisticRegression(class_weight="balanced", max_iter=2000, C=4.0))

    def fit(self, lemma_strings: Sequence[str], targets: np.ndarray, navec) -> CodebookModel:
        self.classifier.fit(_with_vectors(self.vectorizer.fit_transform(lemma_strings), lemma_strings, navec), targets)
        return self

    def score(self, lemma_strings: Sequence[str], navec) -> np.ndarray:
        return self.classifier.predict_proba(_with_vectors(self.vectorizer.transform(lemma_strings), lemma_strings,
                                                           navec))


@dataclass(frozen=True)
class SavedCodebook:
    """A trained codebook as plain arrays: what a model folder holds and `--topics` scores
    with. `score` is CodebookModel.score rebuilt in numpy, so loading makes no object
    from the folder's contents."""

    labels: list[str]
    vocabulary: list[str]  # the TF-IDF columns in order
    idf: np.ndarray  # (terms,)
    coef: np.ndarray  # (labels, terms + VECTOR_DIM)
    intercept: np.ndarray  # (labels,)
    token_pattern: str
    ngram_range: tuple[int, int]
    lowercase: bool
    sublinear_tf: bool

    @classmethod
    def from_model(cls, model: CodebookModel) -> SavedCodebook:
        vectorizer = model.vectorizer
        columns = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        estimators = model.classifier.estimators_
        return cls(list(model.labels), columns, np.asarray(vectorizer.idf_, dtype=np.float64),
                   np.vstack([e.coef_[0] for e in estimators]).astype(np.float64),
                   np.array([e.intercept_[0] for e in estimators], dtype=np.float64),
                   vectorizer.token_pattern, tuple(vectorizer.ngram_range), vectorizer.lowercase,
                   vectorizer.sublinear_tf)

    def _terms(self, text: str) -> list[str]:
        """TfidfVectorizer's word analyzer: tokens, then their n-grams joined by spaces."""
        tokens = re.findall(self.token_pattern, text.lower() if self.lowercase else text)
        low, high = self.ngram_range
        return [" ".join(tokens[i:i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]

    def tfidf(self, lemma_strings: Sequence[str]):
        """Counts of the known terms, sublinear tf, times idf, rows scaled to unit length."""
        from scipy.sparse import csr_matrix
        column = {term: j for j, term in enumerate(self.vocabulary)}
        indptr, indices, counts = [0], [], []
        for text in lemma_strings:
            found = Counter(column[t] for t in self._terms(text) if t in column)
            indices.extend(found)
            counts.extend(found.values())
            indptr.append(len(indices))
        matrix = csr_matrix((np.array(counts, dtype=np.float64), np.array(indices, dtype=np.int32),
                             np.array(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(self.vocabulary)))
        matrix.sort_indices()
        if self.sublinear_tf:
            np.log(matrix.data, matrix.data)
            matrix.data += 1.0
        matrix.data *= self.idf[matrix.indices]
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        matrix.data /= np.repeat(norms, np.diff(matrix.indptr))
        return matrix

    def score(self, lemma_strings: Sequence[str], navec) -> np.ndarray:
        """(articles, labels) probabilities: the logistic function of each label's linear score."""
        from scipy.special import expit
        lemma_strings = list(lemma_strings)
        return expit(_with_vectors(self.tfidf(lemma_strings), lemma_strings, navec) @ self.coef.T + self.intercept)

    def save(self, out_dir: Path) -> None:
        """MODEL_FILE and WEIGHTS_FILE in out_dir: JSON and plain float arrays, no pickle."""
        import sklearn

        from ..version import __version__
        np.savez_compressed(out_dir / WEIGHTS_FILE, idf=self.idf, coef=self.coef, intercept=self.intercept)
        spec = {"format": FORMAT, "format_version": FORMAT_VERSION, "pipeline_version": __version__,
                "sklearn_version": sklearn.__version__, "labels": self.labels,
                "tfidf": {"token_pattern": self.token_pattern, "ngram_range": list(self.ngram_range),
                          "lowercase": self.lowercase, "sublinear_tf": self.sublinear_tf, "norm": "l2"},
                "vectors": {"embedding": "navec", "dim": VECTOR_DIM, "pooling": "mean of the known lemmas"},
                "vocabulary": self.vocabulary}
        (out_dir / MODEL_FILE).write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")


def targets_for(labels: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray]:
    names = sorted({label for row in labels for label in row})
    matrix = np.array([[name in row for name in names] for row in labels], dtype=int)
    return names, matrix


def check_codebook(names: list[str], matrix: np.ndarray, min_examples: int = MIN_EXAMPLES) -> None:
    if len(names) < 2:
        raise CodebookError(f"a codebook needs at least 2 labels, found {len(names)}")
    few = {n: int(c) for n, c in zip(names, matrix.sum(axis=0)) if c < min_examples}
    if few:
        listed = ", ".join(f"{n!r} ({c})" for n, c in sorted(few.items(), key=lambda kv: kv[1]))
        raise CodebookError(f"too few examples for {listed}: each label needs at least {min_examples} "
                            "coded articles; code more or merge labels")
    everywhere = [n for n, c in zip(names, matrix.sum(axis=0)) if c == len(matrix)]
    if everywhere:
        raise CodebookError(f"{', '.join(map(repr, everywhere))} is on every coded article: a label needs "
                            "articles without it too")


def cross_validate(lemma_strings: Sequence[str], names: list[str], matrix: np.ndarray, navec,
                   seed: int = 0) -> list[LabelScore]:
    """Out-of-fold predictions for every row, then P/R/F1 per label."""
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import KFold
    predicted = np.zeros_like(matrix)
    lemma_strings = list(lemma_strings)
    for train, test in KFold(FOLDS, shuffle=True, random_state=seed).split(lemma_strings):
        model = CodebookModel(names).fit([lemma_strings[i] for i in train], matrix[train], navec)
        predicted[test] = model.score([lemma_strings[i] for i in test], navec) >= MIN_SCORE
    p, r, f, _ = precision_recall_fscore_support(matrix, predicted, average=None, zero_division=0)
    return [LabelScore(n, int(matrix[:, i].sum()), float(p[i]), float(r[i]), float(f[i]))
            for i, n in enumerate(names)]


def train_codebook(lemma_strings: Sequence[str], labels: Sequence[Sequence[str]], out_dir: Path, navec,
                   min_examples: int = MIN_EXAMPLES) -> list[LabelScore]:
    """Check, cross-validate, fit on everything and save to out_dir; returns the CV scores.
    `navec`: the embeddings of the Resources that will score with the model."""
    from ..version import __version__
    names, matrix = targets_for(labels)
    check_codebook(names, matrix, min_examples)
    scores = cross_validate(lemma_strings, names, matrix, navec)
    model = CodebookModel(names).fit(list(lemma_strings), matrix, navec)
    out_dir.mkdir(parents=True, exist_ok=True)
    SavedCodebook.from_model(model).save(out_dir)
    card = {"kind": FORMAT, "pipeline_version": __version__, "articles": len(lemma_strings),
            "labels": names, "min_score": MIN_SCORE, "features": "TF-IDF of content lemmas (1-2 grams) + mean navec",
            "cross_validation": {s.label: {"examples": s.examples, "precision": round(s.precision, 4),
                                           "recall": round(s.recall, 4), "f1": round(s.f1, 4)} for s in scores}}
    (out_dir / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2), encoding="utf-8")
    return scores


def load_codebook(model_dir: Path) -> SavedCodebook:
    """The model in model_dir, read as JSON and plain arrays: nothing in the folder runs.
    CodebookError (one line) for a missing, pickled, damaged or other-format model."""
    model_dir = Path(model_dir)
    retrain = "retrain it with `kaznews train topics`"
    if not (model_dir / MODEL_FILE).is_file():
        if (model_dir / PICKLED_FILE).exists():
            raise CodebookError(f"{model_dir} is a pickled codebook model from an older kaznews, which is not "
                                f"loaded because unpickling can run any code: {retrain}")
        raise CodebookError(f"{model_dir} is not a codebook model (no {MODEL_FILE}); train one with "
                            "`kaznews train topics`")
    try:
        spec = json.loads((model_dir / MODEL_FILE).read_text(encoding="utf-8"))
        kind, version = spec.get("format"), spec.get("format_version")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError) as exc:
        raise CodebookError(f"{model_dir / MODEL_FILE} is not a codebook model's JSON ({exc})") from None
    if kind != FORMAT or version != FORMAT_VERSION:
        raise CodebookError(f"{model_dir} holds a model of format {kind!r} version {version!r}; this kaznews "
                            f"reads {FORMAT!r} version {FORMAT_VERSION}: {retrain}")
    try:
        with np.load(model_dir / WEIGHTS_FILE, allow_pickle=False) as weights:
            arrays = {name: weights[name] for name in ("idf", "coef", "intercept")}
        tfidf = spec["tfidf"]
        model = SavedCodebook([str(x) for x in spec["labels"]], [str(x) for x in spec["vocabulary"]],
                              *(np.asarray(arrays[n], dtype=np.float64) for n in ("idf", "coef", "intercept")),
                              str(tfidf["token_pattern"]), (int(tfidf["ngram_range"][0]), int(tfidf["ngram_range"][1])),
                              bool(tfidf["lowercase"]), bool(tfidf["sublinear_tf"]))
        re.compile(model.token_pattern)
    except (OSError, ValueError, KeyError, TypeError, IndexError, re.error, zipfile.BadZipFile) as exc:
        raise CodebookError(f"{model_dir} holds a damaged codebook model ({type(exc).__name__}: {exc}): "
                            f"{retrain}") from None
    labels, terms = len(model.labels), len(model.vocabulary)
    if (model.idf.shape != (terms,) or model.coef.shape != (labels, terms + VECTOR_DIM)
            or model.intercept.shape != (labels,) or tfidf.get("norm") != "l2"):
        raise CodebookError(f"{model_dir} holds a damaged codebook model (weights of {labels} labels and "
                            f"{terms} terms expected): {retrain}")
    return model
