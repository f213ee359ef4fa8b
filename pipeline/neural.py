"""natasha's morph tagger and NER (slovnet CNNs) run faster, with the same tags.

slovnet encodes every token of every text again (shape regex, vocabulary lookups), runs
each convolution channels-first (pad, copy, unroll every window, swap axes back), decodes
each tag string back into a dict, and backtracks the CRF one text at a time. Here:

- a word's (word id, shape id) is computed once per process (`WordIds`), shared by both
  taggers, which use the same navec and shape vocabularies;
- texts are sorted by length and batched by a token budget, so padding costs little;
- the first convolution is linear in the embedding, so each word's product with its
  weights is computed once and kept (`FirstLayer`): news repeats its words, and that layer
  is two thirds of the network's arithmetic; a batch's first layer is then gathered from
  those products, no matrix product; the other layers are one matrix product per layer on
  channels-last arrays, shifted and summed, with ReLU and batch norm folded;
- morph tags are parsed once per tag id; the CRF is decoded for the whole batch at once.

Pad vectors are zero in both models, so a text's tags do not depend on its batch; they
equal slovnet's up to float rounding (tests compare the tags on the sample and in eval).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

import numpy as np

BATCH_TOKENS = 1024  # padded tokens per network batch: larger batches fall out of the CPU cache (measured)
CRF_ROWS = 64  # texts decoded together by the CRF
CACHED_WORDS = 16_384  # rows of first-layer products kept per tagger (about 50 MB)
CACHED_IDS = 500_000  # words whose ids WordIds keeps before it starts over (bounded on any dump)


class WordIds(dict):
    """Word -> its row in `table`, which holds the word's (navec word id, slovnet shape id):
    the shape is a regex and two case tests per token, and the same words come back all the
    time. A batch looks its words up at C speed (`map` over the dict); a new word is encoded
    in `__missing__`. `generation` counts the times the table started over (a row then
    holds another word)."""

    def __init__(self, encoder) -> None:
        from slovnet.shape import word_shape
        super().__init__()
        self.words, self.shapes, self.word_shape = encoder.words_vocab, encoder.shapes_vocab, word_shape
        self.table = np.empty((CACHED_IDS, 2), dtype=np.int64)
        self.generation = 0

    def serves(self, encoder) -> bool:
        return encoder.words_vocab.items == self.words.items and encoder.shapes_vocab.items == self.shapes.items

    def encode(self, word: str) -> tuple[int, int]:
        return self.words.encode(word.lower()), self.shapes.encode(self.word_shape(word))

    def __missing__(self, word: str) -> int:
        row = self[word] = len(self)
        self.table[row] = self.encode(word)
        return row

    def batch(self, items: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Each token's row (batch x longest item, -1 past an item's end) in a table of
        (word id, shape id): `table`, or for a batch too large to keep, one of its own."""
        lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
        filled = np.arange(lengths.max(initial=0)) < lengths[:, None]  # row-major: the words in order
        words, count = chain.from_iterable(items), int(lengths.sum())
        rows = np.full(filled.shape, -1, dtype=np.int64)
        if count > CACHED_IDS:  # one enormous text: no room to keep its words
            rows[filled] = np.arange(count)
            return rows, np.array([self.encode(word) for word in words], dtype=np.int64).reshape(-1, 2)
        if len(self) + count > CACHED_IDS:  # emptied before the batch, never while its rows are read
            self.clear()
            self.generation += 1
        rows[filled] = np.fromiter(map(self.__getitem__, words), dtype=np.int64, count=count)
        return rows, self.table


def length_batches(items: Sequence[Sequence], tokens: int = BATCH_TOKENS, rows: int | None = None) -> Iterator[list[int]]:
    """Indexes of the non-empty `items`, sorted by length, in batches of at most `tokens`
    padded tokens (and `rows` items)."""
    order = sorted((i for i in range(len(items)) if len(items[i])), key=lambda i: len(items[i]))
    batch: list[int] = []
    for i in order:
        if batch and ((len(batch) + 1) * len(items[i]) > tokens or len(batch) == rows):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


def shift_sum(products: np.ndarray, kernel: int, padding: int) -> np.ndarray:
    """A 1-d convolution from its per-offset products: `products` is batch x seq x
    (kernel * filters), the input times each offset's weights; output t sums offset k's
    product at input t + k - padding (zero outside the sequence)."""
    batch, seq, width = products.shape
    filters = width // kernel
    out = np.zeros((batch, seq, filters), dtype=np.float32)
    for k in range(kernel):
        d = k - padding
        part = products[:, max(0, d):seq + min(0, d), k * filters:(k + 1) * filters]
        out[:, max(0, -d):seq - max(0, d)] += part
    return out


@dataclass
class ConvLayer:
    weight: np.ndarray  # in x (kernel * filters): the offsets side by side
    kernel: int
    padding: int
    bias: np.ndarray
    scale: np.ndarray  # ReLU, then batch norm as x * scale + shift
    shift: np.ndarray

    @classmethod
    def from_slovnet(cls, layer) -> ConvLayer:
        weight = layer.conv.weight.array  # filters x in x kernel
        filters, _, kernel = weight.shape
        norm = layer.norm
        scale = norm.weight.array / norm.std.array
        return cls(np.ascontiguousarray(weight.transpose(1, 2, 0).reshape(-1, kernel * filters)), kernel,
                   layer.conv.padding, layer.conv.bias.array, scale, norm.bias.array - norm.mean.array * scale)

    def activate(self, out: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Bias, ReLU, batch norm and zeros at pads, in place on the convolution's sums."""
        out += self.bias
        np.maximum(out, 0, out=out)
        out *= self.scale
        out += self.shift
        out[mask] = 0
        return out

    def __call__(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, seq, dim = x.shape
        products = (x.reshape(-1, dim) @ self.weight).reshape(batch, seq, -1)
        return self.activate(shift_sum(products, self.kernel, self.padding), mask)


class FirstLayer:
    """The first convolution from kept products: each word's embeddings (navec word and
    shape) times the layer's weights, computed once per WordIds row and kept for up to
    CACHED_WORDS words (emptied when full, so a long run keeps its frequent words, and when
    WordIds starts over). A batch's layer is then, for each kernel offset, that offset's
    columns gathered at the shifted words and summed in `shift_sum`'s order, so its floats
    are those of the convolution."""

    def __init__(self, layer: ConvLayer, navec, shape_weight: np.ndarray, ids: WordIds) -> None:
        words_dim = navec.dim
        self.layer, self.navec, self.ids = layer, navec, ids
        self.words = layer.weight[:words_dim]
        self.shapes = shape_weight @ layer.weight[words_dim:]
        self.slot = np.full(CACHED_IDS, -1, dtype=np.int64)
        self.kept = CACHED_WORDS
        self.rows = np.zeros((self.kept + 1, layer.weight.shape[1]), dtype=np.float32)  # the last: a pad's zeros
        self.filled, self.generation = 0, ids.generation

    def products(self, pairs: np.ndarray) -> np.ndarray:
        """(word id, shape id) pairs times the layer's weights, one row per pair."""
        return self.navec(pairs[:, 0]) @ self.words + self.shapes[pairs[:, 1]]

    def slots(self, rows: np.ndarray, table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The products' array and each token's row in it (its last row, zeros, for pads)."""
        tokens = rows >= 0
        unique, inverse = np.unique(rows[tokens], return_inverse=True)
        slots = np.full(rows.shape, self.kept, dtype=np.int64)
        if table is not self.ids.table or len(unique) > self.kept:  # too many words to keep
            products = np.zeros((len(unique) + 1, self.rows.shape[1]), dtype=np.float32)
            products[:-1] = self.products(table[unique])
            slots[:] = len(unique)
            slots[tokens] = inverse
            return products, slots
        if self.generation != self.ids.generation:
            self.slot[:], self.filled, self.generation = -1, 0, self.ids.generation
        new = unique[self.slot[unique] < 0]
        if self.filled + len(new) > self.kept:
            self.slot[:], self.filled, new = -1, 0, unique
        self.rows[self.filled:self.filled + len(new)] = self.products(table[new])
        self.slot[new] = np.arange(self.filled, self.filled + len(new))
        self.filled += len(new)
        slots[tokens] = self.slot[unique][inverse]
        return self.rows, slots

    def __call__(self, rows: np.ndarray, table: np.ndarray, mask: np.ndarray) -> np.ndarray:
        products, slots = self.slots(rows, table)
        batch, seq = rows.shape
        kernel, padding = self.layer.kernel, self.layer.padding
        shifted = np.full((batch, seq + kernel - 1), len(products) - 1, dtype=np.int64)
        shifted[:, padding:padding + seq] = slots  # column t + k: the input offset k reads for output t
        filters = products.shape[1] // kernel
        out = products[shifted[:, :seq], :filters]
        for k in range(1, kernel):
            out += products[shifted[:, k:k + seq], k * filters:(k + 1) * filters]
        return self.layer.activate(out, mask)


class CNNTagger:
    """slovnet's Tag network (word and shape embeddings, CNN encoder, linear head):
    token lists in, per-token scores out."""

    def __init__(self, tagger, ids: WordIds | None = None) -> None:
        encoder, model = tagger.infer.encoder, tagger.infer.model
        self.ids = ids if ids is not None and ids.serves(encoder) else WordIds(encoder)
        self.model = model
        layers = [ConvLayer.from_slovnet(layer) for layer in model.encoder.layers]
        self.first, self.layers = FirstLayer(layers[0], model.emb.word, model.emb.shape.weight.array, self.ids), layers[1:]
        self.head, self.head_bias = model.head.proj.weight.array, model.head.proj.bias.array

    def encode(self, items: Sequence[Sequence[str]]) -> tuple[list[np.ndarray], np.ndarray]:
        """Every encoder layer's output (batch x seq x channels) and the pad mask of one batch."""
        rows, table = self.ids.batch(items)
        mask = rows < 0
        outputs = [self.first(rows, table, mask)]
        for layer in self.layers:
            outputs.append(layer(outputs[-1], mask))
        return outputs, mask

    def scores(self, items: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Tag scores (batch x seq x tags) and the pad mask of one batch."""
        outputs, mask = self.encode(items)
        return self.head_scores(outputs[-1]), mask

    def head_scores(self, x: np.ndarray) -> np.ndarray:
        """The linear head on the last layer's output, the bias added in place: a second
        batch x seq x tags array in fresh memory cost as much as the product (753 morph tags)."""
        scores = x @ self.head
        scores += self.head_bias
        return scores


class MorphTag(NamedTuple):
    """One of the tagger's tags, parsed once; shared by every token that gets it (read only)."""
    pos: str
    feats: dict[str, str]
    key: tuple[tuple[str, str], ...]  # the features sorted, hashable


class MorphTagger(CNNTagger):
    """natasha's morph tagger: a MorphTag (UPOS, features) per token."""

    def __init__(self, tagger, ids: WordIds | None = None) -> None:
        from slovnet.conll import parse_conll_tag
        super().__init__(tagger, ids)
        self.tags = [MorphTag(pos, feats, tuple(sorted(feats.items())))
                     for pos, feats in map(parse_conll_tag, tagger.infer.decoder.tags_vocab.items)]

    def __call__(self, items: Sequence[Sequence[str]]) -> list[list[MorphTag]]:
        out: list[list[MorphTag]] = [[] for _ in items]
        for batch in length_batches(items):
            scores, _ = self.scores([items[i] for i in batch])
            best = scores.argmax(-1)
            for row, i in enumerate(batch):
                out[i] = list(map(self.tags.__getitem__, best[row, :len(items[i])].tolist()))
        return out


def viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best tag paths of a batch under a CRF (slovnet's decode, for all texts at once).
    Past a text's end the step is the identity (stay on the same tag at no cost), so its
    best final tag carries to the last column and every row backtracks the same way."""
    batch, seq, tags = emissions.shape
    steps = emissions[:, :, None, :] + transitions  # batch x seq x from x to
    identity = np.where(np.eye(tags, dtype=bool), 0, -np.inf).astype(steps.dtype)
    steps[np.arange(seq) >= lengths[:, None]] = identity
    score = emissions[:, 0]
    history = np.empty((seq, batch, tags), dtype=np.int64)
    for index in range(1, seq):
        total = score[:, :, None] + steps[:, index]
        history[index] = total.argmax(1)
        score = total.max(1)
    rows = np.arange(batch)
    paths = np.empty((batch, seq), dtype=np.int64)
    paths[:, -1] = tag = score.argmax(-1)
    for index in range(seq - 1, 0, -1):
        paths[:, index - 1] = tag = history[index][rows, tag]
    return paths


def decode(emissions: Sequence[np.ndarray], transitions: np.ndarray, tags: Sequence[str]) -> list[list[str]]:
    """Best tag sequence of each item's emissions (tokens x tags) under CRF transitions."""
    out: list[list[str]] = [[] for _ in emissions]
    # the CRF steps token by token: many texts per step, whatever the network's batches
    for batch in length_batches(emissions, tokens=np.iinfo(np.int64).max, rows=CRF_ROWS):
        lengths = np.array([len(emissions[i]) for i in batch])
        padded = np.zeros((len(batch), lengths.max(), len(tags)), dtype=np.float32)
        for row, i in enumerate(batch):
            padded[row, :lengths[row]] = emissions[i]
        for row, path in zip(batch, viterbi(padded, lengths, transitions)):
            out[row] = [tags[t] for t in path[:len(emissions[row])].tolist()]
    return out


class NERTagger(CNNTagger):
    """natasha's NER: a BIO tag (PER, LOC, ORG) per token."""

    def __init__(self, tagger, ids: WordIds | None = None) -> None:
        super().__init__(tagger, ids)
        self.tags = list(tagger.infer.decoder.tags_vocab.items)
        self.transitions = self.model.head.crf.transitions.array

    def __call__(self, items: Sequence[Sequence[str]]) -> list[list[str]]:
        return decode(self.encoded(items), self.transitions, self.tags)

    def encoded(self, items: Sequence[Sequence[str]], layers: int = 0) -> list[np.ndarray]:
        """Per item (tokens x channels): the last `layers` encoder layers' outputs, then the
        tag scores. kaznews' Russian NER reads them (kaznews.entities.ru_ner)."""
        out: list[np.ndarray] = [np.empty((0, 0), dtype=np.float32)] * len(items)
        for batch in length_batches(items):
            outputs, _ = self.encode([items[i] for i in batch])
            scores = self.head_scores(outputs[-1])
            stacked = np.concatenate([*outputs[len(outputs) - layers:], scores], axis=-1) if layers else scores
            for row, i in enumerate(batch):
                out[i] = stacked[row, :len(items[i])]
        return out
