"""`kaznews train kk-ner`: train the Kazakh NER on KazNERD, score it on a held-out part.

KazNERD (Yeshpanov, Khassanov, Varol, LREC 2022; CC BY 4.0), IOB2, is split by a seeded
shuffle of its sentences: HELD_OUT for our evaluation (never trained on), DEV for spaCy's
model selection, the rest for training. Classes map to kaznews labels (LABELS); the others
become O. Training is spaCy's CNN NER on the CPU (config.cfg beside the model); the
result replaces models/kk_ner/ with model-best, metrics.json and an updated card.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from ..corpus import CORE, LABELS, SEED, Sentence, gold_spans, read_iob, spaces_for, split
from ..models import models_dir
from ..scores import SpanScores

CONFIG = Path(__file__).with_name("kk_ner.cfg")


def to_doc(nlp, sentence: Sentence) -> Doc:
    words = [w for w, _ in sentence]
    doc = Doc(nlp.vocab, words=words, spaces=spaces_for(words))
    doc.ents = [Span(doc, s, e, label) for s, e, label in gold_spans(sentence)]
    return doc


def score(nlp, sentences: list[Sentence]) -> SpanScores:
    """Exact-span scores of `nlp` on gold sentences, in characters of the rebuilt text."""
    scores = SpanScores()
    for sentence in sentences:
        gold = to_doc(nlp, sentence)
        predicted = nlp(gold.text)
        scores.add([(e.start_char, e.end_char, e.label_) for e in gold.ents],
                   [(e.start_char, e.end_char, e.label_) for e in predicted.ents])
    return scores


def train(data: Path, out_dir: Path | None = None, max_epochs: int = 30) -> dict:
    """Train, score on the held-out part, and replace out_dir (models/kk_ner by default)."""
    from spacy.cli.train import train as spacy_train

    out_dir = out_dir or models_dir() / "kk_ner"
    sentences = read_iob(data)
    train_set, dev_set, held_out = split(sentences)
    blank = spacy.blank("kk")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for name, part in (("train", train_set), ("dev", dev_set)):
            DocBin(docs=[to_doc(blank, s) for s in part]).to_disk(tmp / f"{name}.spacy")
        spacy_train(CONFIG, tmp / "out", overrides={
            "paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy"),
            "training.max_epochs": max_epochs, "system.seed": SEED})
        nlp = spacy.load(tmp / "out" / "model-best")
        scores = score(nlp, held_out)
        if out_dir.exists():
            shutil.rmtree(out_dir / "model", ignore_errors=True)
        out_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(tmp / "out" / "model-best", out_dir / "model")
    labels = sorted(set(LABELS.values()))
    metrics = {
        "data": str(data.name), "sentences": {"train": len(train_set), "dev": len(dev_set),
                                                "held_out": len(held_out)},
        "seed": SEED,
        "exact": {label: _prf(scores.exact[label]) for label in labels},
        "exact_PER_ORG_LOC": _prf(scores.total(CORE)),
        "exact_all": _prf(scores.total(labels)),
        "overlap_PER_ORG_LOC": _prf(scores.total(CORE, "overlap")),
    }
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    return metrics


def _prf(s) -> dict:
    return {"p": round(s.precision, 4), "r": round(s.recall, 4), "f1": round(s.f1, 4),
            "support": s.tp + s.fn}
