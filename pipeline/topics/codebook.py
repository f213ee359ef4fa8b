"""A researcher's codebook as a topic model: `kaznews train topics LABELS.csv -o MODEL`.

Rows are articles coded by hand (a text, one or more labels). Features are the pipeline's
own: TF-IDF over the content lemmas (Russian and Kazakh) and the mean navec vector of the
Russian lemmas, so the classifier sees "коррупция" and "взятка" as related. One logistic
regression per label (balanced classes); its probability is the topic score, and a label
is tagged at MIN_SCORE. Cross-validated precision, recall and F1 per label are reported
before the model is saved; a label with fewer than MIN_EXAMPLES positive rows is refused.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MIN_EXAMPLES = 10
MIN_SCORE = 0.5
FOLDS = 5
MODEL_FILE = "model.joblib"
CARD_FILE = "card.json"


class CodebookError(ValueError):
    """The labelled data cannot train a model (too few examples, one label only...)."""


def mean_vectors(lemma_strings: Sequence[str]) -> np.ndarray:
    from ..models import navec_embedding
    emb = navec_embedding()
    out = np.zeros((len(lemma_strings), 300), dtype=np.float32)
    for i, lemmas in enumerate(lemma_strings):
        vectors = [emb[w] for w in lemmas.split() if w in emb]
        if vectors:
            out[i] = np.mean(vectors, axis=0)
    return out


@dataclass
class LabelScore:
    label: str
    examples: int
    precision: float
    recall: float
    f1: float


class CodebookModel:
    """Vectoriser + one classifier per label; `score(lemma_strings)` gives probabilities."""

    def __init__(self, labels: list[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        self.labels = labels
        self.vectorizer = TfidfVectorizer(token_pattern=r"\S+", ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        self.classifier = OneVsRestClassifier(LogisticRegression(class_weight="balanced", max_iter=2000, C=4.0))

    def _features(self, lemma_strings: Sequence[str], fit: bool = False):
        from scipy.sparse import csr_matrix, hstack
        tfidf = self.vectorizer.fit_transform(lemma_strings) if fit else self.vectorizer.transform(lemma_strings)
        return hstack([tfidf, csr_matrix(mean_vectors(lemma_strings))]).tocsr()

    def fit(self, lemma_strings: Sequence[str], targets: np.ndarray) -> CodebookModel:
        self.classifier.fit(self._features(lemma_strings, fit=True), targets)
        return self

    def score(self, lemma_strings: Sequence[str]) -> np.ndarray:
        return self.classifier.predict_proba(self._features(lemma_strings))


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


def cross_validate(lemma_strings: Sequence[str], names: list[str], matrix: np.ndarray,
                   seed: int = 0) -> list[LabelScore]:
    """Out-of-fold predictions for every row, then P/R/F1 per label."""
    from sklearn.metrics import precision_recall_fscore_support
    from sklearn.model_selection import KFold
    predicted = np.zeros_like(matrix)
    lemma_strings = list(lemma_strings)
    for train, test in KFold(FOLDS, shuffle=True, random_state=seed).split(lemma_strings):
        model = CodebookModel(names).fit([lemma_strings[i] for i in train], matrix[train])
        predicted[test] = model.score([lemma_strings[i] for i in test]) >= MIN_SCORE
    p, r, f, _ = precision_recall_fscore_support(matrix, predicted, average=None, zero_division=0)
    return [LabelScore(n, int(matrix[:, i].sum()), float(p[i]), float(r[i]), float(f[i]))
            for i, n in enumerate(names)]


def train_codebook(lemma_strings: Sequence[str], labels: Sequence[Sequence[str]], out_dir: Path,
                   min_examples: int = MIN_EXAMPLES) -> list[LabelScore]:
    """Check, cross-validate, fit on everything and save to out_dir; returns the CV scores."""
    import joblib

    from ..version import __version__
    names, matrix = targets_for(labels)
    check_codebook(names, matrix, min_examples)
    scores = cross_validate(lemma_strings, names, matrix)
    model = CodebookModel(names).fit(list(lemma_strings), matrix)
    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, out_dir / MODEL_FILE)
    card = {"kind": "kaznews codebook", "pipeline_version": __version__, "articles": len(lemma_strings),
            "labels": names, "min_score": MIN_SCORE, "features": "TF-IDF of content lemmas (1-2 grams) + mean navec",
            "cross_validation": {s.label: {"examples": s.examples, "precision": round(s.precision, 4),
                                           "recall": round(s.recall, 4), "f1": round(s.f1, 4)} for s in scores}}
    (out_dir / CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=2), encoding="utf-8")
    return scores


def load_codebook(model_dir: Path) -> CodebookModel:
    import joblib
    path = Path(model_dir) / MODEL_FILE
    if not path.exists():
        raise CodebookError(f"{model_dir} is not a codebook model (no {MODEL_FILE}); train one with "
                            "`kaznews train topics`")
    return joblib.load(path)
