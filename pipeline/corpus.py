"""The gold corpora kaznews trains and evaluates on, read in one place: KazNERD's IOB2
sentences (with the fixed split every NER command uses) and the topic gold set (texts in
../shared named by data/eval/topics/gold.tsv, split into a calibration half and a held-out
half). train/ and evaluate/ both read them here, neither from the other."""
from __future__ import annotations

import json
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .doc import Document, RawRecord

if TYPE_CHECKING:
    from .resources import Resources

LABELS = {"PERSON": "PER", "ORGANISATION": "ORG", "GPE": "LOC", "LOCATION": "LOC", "PROJECT": "PROG",
          "DATE": "DATE", "MONEY": "MONEY", "POSITION": "POSITION", "EVENT": "EVENT", "LAW": "LAW"}
CORE = ("PER", "ORG", "LOC")
SEED = 2022
HELD_OUT = 0.12
DEV = 0.05
_NO_SPACE_BEFORE = set(",.;:!?)»%")
_NO_SPACE_AFTER = set("(«")

Sentence = list[tuple[str, str]]


def read_iob(path: Path) -> list[Sentence]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2:
            current.append((parts[0], parts[1]))
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def split(sentences: list[Sentence]) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(train, dev, held_out), reproducible from SEED."""
    order = list(range(len(sentences)))
    random.Random(SEED).shuffle(order)
    n_test, n_dev = int(len(order) * HELD_OUT), int(len(order) * DEV)
    pick = lambda idx: [sentences[i] for i in idx]  # noqa: E731
    return pick(order[n_test + n_dev:]), pick(order[n_test:n_test + n_dev]), pick(order[:n_test])


def spaces_for(words: list[str]) -> list[bool]:
    return [i + 1 < len(words) and words[i + 1][:1] not in _NO_SPACE_BEFORE and w not in _NO_SPACE_AFTER
            for i, w in enumerate(words)]


def gold_spans(sentence: Sentence) -> Iterator[tuple[int, int, str]]:
    """Token spans (start, end, kaznews label) from IOB2 tags."""
    start = label = None
    for i, (_, tag) in enumerate([*sentence, ("", "O")]):
        prefix, _, cls = tag.partition("-")
        if label is not None and (prefix != "I" or LABELS.get(cls) != label):
            yield start, i, label
            start = label = None
        if prefix == "B" and cls in LABELS:
            start, label = i, LABELS[cls]


@dataclass(frozen=True)
class GoldItem:
    key: str  # source:id
    text: str
    topics: frozenset[str]


def is_calibration(key: str) -> bool:
    """The calibration half: a fixed hash split, so train and eval agree without a list."""
    return zlib.crc32(key.encode("utf-8")) % 2 == 0


def load_gold(gold: Path, shared: Path) -> list[GoldItem]:
    rows = [line.split("\t") for line in gold.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    sources: dict[str, dict[str, str]] = {}
    if any(src == "factru" for src, _, _ in rows):
        path = shared / "data" / "factru_dev" / "factru_dev.jsonl"
        sources["factru"] = {(r := json.loads(line))["id"]: r["text"]
                             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    if any(src == "kaznerd" for src, _, _ in rows):
        sentences = read_iob(shared / "data" / "kaznerd" / "IOB2_valid.txt")
        sources["kaznerd"] = {}
        for n, sentence in enumerate(sentences):
            words = [w for w, _ in sentence]
            sources["kaznerd"][str(n)] = "".join(w + (" " if sp else "") for w, sp in zip(words, spaces_for(words)))
    items = []
    for src, ident, topics in rows:
        text = ((shared / "samples" / ident).read_text(encoding="utf-8") if src == "samples"
                else sources[src][ident])
        items.append(GoldItem(f"{src}:{ident}", text, frozenset(topics.split())))
    return items


def analyse_gold(items: list[GoldItem], resources: Resources) -> list[Document]:
    """The texts as a run analyses them (cleaning on, deduplication off), language and analysis."""
    from .nlp import Pipeline
    from .runner import documents
    records = [RawRecord(item.key, {"id": item.key, "text": item.text}) for item in items]
    return documents(records, Pipeline(("language", "analysis"), resources))


# Russian NER gold: NEREL (Wikinews, nested types) and factRuEval-2016 dev, as flat spans
NEREL_LABELS = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
                "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC", "LOCATION": "LOC"}
# NEREL has no programme type: a LAW, EVENT or ORGANIZATION span whose first word names a
# programme is one ("Стратегия развития ...", "программа «...»")
_PROGRAMME_WORDS = ("программ", "госпрограмм", "стратеги", "нацпроект", "национальный проект", "проект")
NEREL_DUPLICATES = frozenset({"12888_text"})  # the same article as a factru_dev text
FACTRU_SPLIT_KEY = "ru-ner"


@dataclass(frozen=True)
class NerText:
    id: str
    text: str
    spans: tuple[tuple[int, int, str], ...]  # flat (start, stop, label), sorted


def outermost(spans: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """A flat tagger's gold: the outermost of nested spans; of two crossing spans the
    earlier (longer on a tie) wins."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return tuple(kept)


def nerel_label(span: dict) -> str | None:
    """The kaznews label of a NEREL span (README mapping), PROG for a named programme."""
    text = span["text"].lower()
    if span["type"] in ("LAW", "EVENT", "ORGANIZATION") and text.startswith(_PROGRAMME_WORDS) \
            and ("«" in text or '"' in text or text.startswith("стратеги")):
        return "PROG"
    return NEREL_LABELS.get(span["type"])


def read_nerel(path: Path) -> list[NerText]:
    """NEREL JSONL (gzipped or not), mapped and flattened; the duplicate of factru_dev left out."""
    import gzip
    opener = gzip.open if path.suffix == ".gz" else open
    texts = []
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            if row["id"] in NEREL_DUPLICATES:
                continue
            spans = [(s["start"], s["stop"], label) for s in row["spans"] if (label := nerel_label(s))]
            texts.append(NerText(str(row["id"]), row["text"], outermost(spans)))
    return texts


def read_factru(path: Path) -> list[NerText]:
    """factRuEval-style JSONL ({"id", "text", "spans": [{"start", "stop", "type"}]}), flattened."""
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            spans = [(s["start"], s["stop"], s["type"]) for s in row["spans"] if s["type"] in ("PER", "ORG", "LOC", "PROG")]
            texts.append(NerText(str(row["id"]), row["text"], outermost(spans)))
    return texts


def factru_held_out(text_id: str) -> bool:
    """The factru_dev texts kaznews never trains on: crc32("ru-ner:" + id) odd. A fixed
    hash rule, so train and eval agree without a list (61 of the 122 texts)."""
    return zlib.crc32(f"{FACTRU_SPLIT_KEY}:{text_id}".encode("utf-8")) % 2 == 1
