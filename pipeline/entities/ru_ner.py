"""kaznews' Russian NER: a network trained on NEREL and factRuEval over natasha's NER.

natasha's NER (slovnet CNN, kaznews.neural) encodes every Russian token; this tagger reads
its three encoder layers and its BIO tag per token (448 + 8 numbers), looks at three
tokens on either side through three maxout layers, and gives PER, ORG, LOC and PROG BIO
tags, decoded under BIO constraints and the training tags' bigrams. It learns NEREL's and
factRuEval's boundaries (an organisation with its descriptor: "акимат Алматинской
области", "мэрии Москвы") and Kazakhstani names and bodies (trained on swapped-in ones,
kaznews.train.ru_ner_augment).

It is measured by `kaznews eval ner` beside the pipeline and natasha, and is not yet the
pipeline's tagger: it costs about 380,000 multiply-adds a token, three times what kaznews
computes of natasha's network, which would take the pipeline well under `make bench`'s 3x natasha; a network small enough
to keep that (15,000 a token) measured below natasha. models/ru_ner/README.md has both.
Trained by `kaznews train ru-ner` (kaznews.train.ru_ner); weights in models/ru_ner/.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from thinc.api import Model

    from ..neural import NERTagger

RU_NER_FILE = Path("ru_ner") / "model.bin"  # under the models folder
LABELS = ("PER", "ORG", "LOC", "PROG")
TAGS = ("O", *(f"{p}-{label}" for label in LABELS for p in "BI"))
NATASHA_TAGS = ("<pad>", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
ENCODER_WIDTH = 256 + 128 + 64  # natasha NER's conv layers
N_IN = ENCODER_WIDTH + len(NATASHA_TAGS)
WIDTH = 128
WINDOWS = (2, 1)  # tokens on each side seen by the second and third layers
BIGRAM_WEIGHT = 0.5  # of the training tags' log bigram probabilities in decoding (chosen on NEREL dev)
_IMPOSSIBLE = -1e4


def build_model(dropout: float = 0.0) -> Model:
    """The tagger's network: three maxout layers with windows, a softmax over TAGS."""
    from thinc.api import Maxout, Softmax, chain, expand_window, with_array
    layers = [Maxout(WIDTH, N_IN, nP=2, dropout=dropout, normalize=True)]
    for window in WINDOWS:
        layers += [expand_window(window), Maxout(WIDTH, WIDTH * (2 * window + 1), nP=2, dropout=dropout, normalize=True)]
    return with_array(chain(*layers, Softmax(len(TAGS), WIDTH)), pad=sum(WINDOWS))


def _transitions() -> np.ndarray:
    """BIO constraints: I-X only after B-X or I-X."""
    out = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
    for j, to in enumerate(TAGS):
        if to.startswith("I-"):
            for i, src in enumerate(TAGS):
                if src[2:] != to[2:]:
                    out[i, j] = _IMPOSSIBLE
    return out


TRANSITIONS = _transitions()
_INSIDE = np.array([t.startswith("I-") for t in TAGS])


def features(natasha: NERTagger, items: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[np.ndarray]]:
    """natasha's BIO tags and the network's input (tokens x N_IN) of each token list."""
    from ..neural import decode
    encoded = natasha.encoded(items, layers=3)
    tags = decode([x[:, ENCODER_WIDTH:] for x in encoded], natasha.transitions, natasha.tags)
    index = {tag: i for i, tag in enumerate(NATASHA_TAGS)}
    out = []
    for item_tags, x in zip(tags, encoded):
        onehot = np.zeros((len(item_tags), len(NATASHA_TAGS)), dtype=np.float32)
        onehot[np.arange(len(item_tags)), [index[t] for t in item_tags]] = 1
        out.append(np.hstack([x[:, :ENCODER_WIDTH], onehot]))
    return tags, out


def tag_bigrams(gold: Sequence[np.ndarray]) -> np.ndarray:
    """log P(next tag | tag) in training tag sequences (add-one smoothed): decoding with it
    keeps the per-token softmax from closing a span and opening another of its kind at once."""
    counts = np.ones((len(TAGS), len(TAGS)))
    for tags in gold:
        np.add.at(counts, (tags[:-1], tags[1:]), 1)
    return np.log(counts / counts.sum(1, keepdims=True)).astype(np.float32)


def decode_probs(model: Model, inputs: Sequence[np.ndarray]) -> list[list[str]]:
    """BIO tags of each input: the network's log probabilities, the training tags' bigrams
    (model.attrs["bigrams"]) and the constraints (no I- first, no I-X after another tag)."""
    from ..neural import decode
    emissions = [np.log(np.maximum(p, 1e-9)) for p in model.predict(list(inputs))]
    for e in emissions:
        e[0, _INSIDE] = _IMPOSSIBLE
    bigrams = np.array(model.attrs.get("bigrams", np.zeros_like(TRANSITIONS)), dtype=np.float32)
    return decode(emissions, TRANSITIONS + BIGRAM_WEIGHT * bigrams, TAGS)


def entity_spans(tags: Sequence[str], natasha_tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of a token list's entities: the tagger's, and the
    places natasha finds inside one of its organisations ("Конгресса США" and "США"), as
    kaznews gives both (factRuEval's gold nests them too)."""
    from .tags import bio_spans
    spans = bio_spans(list(tags))
    orgs = [(a, b) for a, b, label in spans if label == "ORG"]
    spans += [(a, b, label) for a, b, label in bio_spans(list(natasha_tags)) if label == "LOC"
              and any(s <= a and b <= e and (s, e) != (a, b) for s, e in orgs)]
    return sorted(spans)


class RussianNER:
    """Token lists in, entity spans (PER, ORG, LOC, PROG) out."""

    def __init__(self, path: Path, natasha: NERTagger) -> None:
        self.natasha = natasha
        self.model = build_model().from_bytes(Path(path).read_bytes())

    def spans(self, items: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """(first token, end token, label) of each item's entities (`entity_spans`)."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in items]
        keep = [i for i, item in enumerate(items) if item]
        if keep:
            natasha_tags, inputs = features(self.natasha, [items[i] for i in keep])
            for i, tags, theirs in zip(keep, decode_probs(self.model, inputs), natasha_tags):
                out[i] = entity_spans(tags, theirs)
        return out
