"""`kaznews train ru-ner`: train kaznews' Russian NER (kaznews.entities.ru_ner) on NEREL and
on the training half of factRuEval dev, choose the epoch on NEREL dev, report NEREL test,
the held-out half of factRuEval dev and any other gold file beside plain natasha.

Data: NEREL v1.1 Wikinews documents (train; the duplicate of a factru text left out),
types mapped as kaznews.corpus.NEREL_LABELS, outermost span kept; factRuEval-2016 dev
texts with kaznews.corpus.factru_held_out false; with augment=True, one more copy of every
training text whose entities are swapped for Kazakhstani ones (kaznews.train.ru_ner_augment).
Gold spans lose their edge quotes (`eval ner` ignores them too). Tokens are the analysis
stage's (razdel); the input of each token is natasha NER's three encoder layers and its
BIO tag (kaznews.entities.ru_ner). Scores here are the network's own spans against the
flattened gold; `kaznews eval ner` adds natasha's places nested in its organisations.
"""
from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..corpus import NerText, factru_held_out, read_factru, read_nerel
from ..entities.ru_ner import LABELS, RU_NER_FILE, TAGS, build_model, decode_probs, features, tag_bigrams
from ..evaluate.ner import trim
from ..scores import SpanScores

SEED = 2016
BATCH_TOKENS = 3000
CORE = ("PER", "ORG", "LOC")


@dataclass
class Prepared:
    """Texts as the tagger sees them: tokens (start, end), inputs, gold tag ids, natasha's tags."""
    texts: list[NerText]
    tokens: list[list[tuple[int, int]]]
    inputs: list[np.ndarray]
    gold: list[np.ndarray]
    natasha: list[list[str]]


def prepare(texts: list[NerText], natasha) -> Prepared:
    from ..analysis import tokenize_span
    texts = [t for t in texts if t.text.strip()]
    tokens = [[(tok.start, tok.end) for tok in tokenize_span(t.text, 0, len(t.text))] for t in texts]
    words = [[t.text[s:e] for s, e in toks] for t, toks in zip(texts, tokens)]
    natasha_tags, inputs = features(natasha, words)
    index = {tag: i for i, tag in enumerate(TAGS)}
    gold = []
    for text, toks in zip(texts, tokens):
        tags = ["O"] * len(toks)
        for start, stop, label in text.spans:
            start, stop = trim(text.text, start, stop)
            inside = [i for i, (s, e) in enumerate(toks) if e > start and s < stop]
            for n, i in enumerate(inside):
                tags[i] = ("B-" if n == 0 else "I-") + label
        gold.append(np.array([index[t] for t in tags], dtype=np.int32))
    return Prepared(texts, tokens, inputs, gold, natasha_tags)


def network_spans(data: Prepared, model) -> list[list[tuple[int, int, str]]]:
    """The network's own spans of each prepared text (no nested places: the gold is flat)."""
    from ..entities.tags import bio_spans
    return [bio_spans(tags) for tags in decode_probs(model, data.inputs)]


def natasha_spans(data: Prepared) -> list[list[tuple[int, int, str]]]:
    from ..entities.tags import bio_spans
    return [bio_spans(tags) for tags in data.natasha]


def score(data: Prepared, predicted: list[list[tuple[int, int, str]]]) -> SpanScores:
    """Exact-span scores, edge quotes ignored, against the flat gold."""
    scores = SpanScores()
    for text, toks, spans in zip(data.texts, data.tokens, predicted):
        scores.add([(*trim(text.text, s, e), label) for s, e, label in text.spans],
                   [(*trim(text.text, toks[a][0], toks[b - 1][1]), label) for a, b, label in spans])
    return scores


def summary(scores: SpanScores) -> dict:
    out = {label: total.metrics() for label in LABELS if (total := scores.total((label,))).tp + total.fn}
    out["PER_ORG_LOC"] = scores.total(CORE).metrics()
    return out


def _batches(lengths: list[int], rng: random.Random) -> list[list[int]]:
    order = list(range(len(lengths)))
    rng.shuffle(order)
    batches, batch, size = [], [], 0
    for i in order:
        if batch and size + lengths[i] > BATCH_TOKENS:
            batches.append(batch)
            batch, size = [], 0
        batch.append(i)
        size += lengths[i]
    return batches + ([batch] if batch else [])


def fit(train: Prepared, dev: Prepared, max_epochs: int, max_minutes: float, log=print) -> tuple[bytes, list[dict]]:
    """Adam on the per-token cross-entropy; the epoch with the best PER/ORG/LOC exact F1 on
    dev (decoded without the bigrams, which are counted after training)."""
    from thinc.api import Adam, SequenceCategoricalCrossentropy, fix_random_seed
    fix_random_seed(SEED)
    rng = random.Random(SEED)
    model = build_model(dropout=0.2)
    model.initialize(X=train.inputs[:4], Y=[np.eye(len(TAGS), dtype=np.float32)[g] for g in train.gold[:4]])
    optimizer = Adam(0.001)
    loss_calc = SequenceCategoricalCrossentropy(normalize=False)
    best, best_f1, history, started = model.to_bytes(), -1.0, [], time.time()
    for epoch in range(max_epochs):
        total = 0.0
        for batch in _batches([len(g) for g in train.gold], rng):
            guesses, backprop = model.begin_update([train.inputs[i] for i in batch])
            grads, loss = loss_calc(guesses, [train.gold[i] for i in batch])
            backprop(grads)
            model.finish_update(optimizer)
            total += float(loss)
        f1 = score(dev, network_spans(dev, model)).total(CORE).f1
        history.append({"epoch": epoch + 1, "loss": round(total, 1), "dev_f1": round(f1, 4)})
        log(history[-1])
        if f1 > best_f1:
            best, best_f1 = model.to_bytes(), f1
        if (time.time() - started) / 60 > max_minutes:
            break
    return best, history


def train(shared: Path, out_dir: Path, max_epochs: int = 30, max_minutes: float = 25.0, augment: bool = True,
          report: Sequence[Path] = (), limit: int | None = None, log=print) -> dict:
    """Train, write out_dir/ru_ner/model.bin and metrics.json, return the metrics."""
    from ..resources import Resources
    natasha = Resources(out_dir).ner_tagger
    data = shared / "data"
    nerel_train = read_nerel(data / "nerel" / "nerel_train.jsonl.gz")[:limit]
    factru = read_factru(data / "factru_dev" / "factru_dev.jsonl")
    factru_train = [t for t in factru if not factru_held_out(t.id)]
    texts = nerel_train + factru_train
    if augment:
        from .ru_ner_augment import Augmenter
        augmenter = Augmenter(out_dir, Resources(out_dir).morph_analyzer, seed=SEED)
        texts = texts + [augmenter(t) for t in texts]
    log(f"training texts: {len(texts)}")
    train_set = prepare(texts, natasha)
    dev = prepare(read_nerel(data / "nerel" / "nerel_dev.jsonl"), natasha)
    weights, history = fit(train_set, dev, max_epochs, max_minutes, log)
    model = build_model().from_bytes(weights)
    model.attrs["bigrams"] = tag_bigrams(train_set.gold).tolist()
    target = out_dir / RU_NER_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(model.to_bytes())
    parts = {"nerel_dev": dev, "nerel_test": prepare(read_nerel(data / "nerel" / "nerel_test.jsonl"), natasha),
             "factru_held_out": prepare([t for t in factru if factru_held_out(t.id)], natasha)}
    for path in report:
        parts[Path(path).stem] = prepare(read_factru(Path(path)), natasha)
    metrics = {"data": {"nerel_train_texts": len(nerel_train), "factru_train_texts": len(factru_train),
                        "augmented": augment, "training_texts": len(texts),
                        "training_tokens": int(sum(len(g) for g in train_set.gold))},
               "seed": SEED, "epochs": history,
               "scores": {name: {"kaznews_ru_ner": summary(score(part, network_spans(part, model))),
                                 "natasha": summary(score(part, natasha_spans(part)))}
                          for name, part in parts.items()}}
    (target.parent / "metrics.json").write_text(json.dumps(metrics, indent=2, ensure_ascii=False), encoding="utf-8")
    return metrics
