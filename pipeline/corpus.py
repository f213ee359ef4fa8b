"""The gold corpora kaznews trains and evaluates on, read in one place: KazNERD's IOB2
sentences (with the fixed split every NER command uses) and the topic gold sets: texts in
../shared named by data/eval/topics/gold.tsv (split into a calibration half and a held-out
half), news articles labelled by site in JSONL (texts inside, see `load_topic_jsonl`) and
SIB-200's parallel topic sentences. train/ and evaluate/ both read them here, neither from
the other."""
from __future__ import annotations

import json
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .doc import Document, RawRecord, Reject

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
    """(train, dev, held_out), reproducible from SEED. KazNERD writes many sentences two or
    three times (a number in words, in digits, with %): a held-out sentence with such a
    variant in the train or dev part is left out of held_out (222 of 1,340 in the valid
    split), so held-out figures measure sentences the tagger has not seen in another spelling."""
    order = list(range(len(sentences)))
    random.Random(SEED).shuffle(order)
    n_test, n_dev = int(len(order) * HELD_OUT), int(len(order) * DEV)
    pick = lambda idx: [sentences[i] for i in idx]  # noqa: E731
    train, dev, held_out = pick(order[n_test + n_dev:]), pick(order[n_test:n_test + n_dev]), pick(order[:n_test])
    seen = {spelling_variant_key(s) for s in (*train, *dev)}
    return train, dev, [s for s in held_out if spelling_variant_key(s) not in seen]


def spelling_variant_key(sentence: Sentence) -> tuple[str, ...]:
    """What the spellings of one KazNERD sentence share: its first three and last four words
    that hold no digit (lower-cased)."""
    words = [w.lower() for w, _ in sentence if not any(c.isdigit() for c in w)]
    return tuple(words[:3] + words[-4:])


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
    """A text with its top-level topics. `main` is the topic listed first (the main subject),
    `site` the source a by-source split goes by, `group` the 3-group label (culture,
    economy, society) where the gold has one."""
    key: str  # source:id
    text: str
    topics: frozenset[str]
    main: str | None = None
    site: str = ""
    lang: str = ""
    title: str | None = None
    group: str | None = None


GROUPS = {"arts_culture": "culture", "economy_business_finance": "economy"}  # any other topic: society


def topic_group(topic: str | None) -> str | None:
    """The 3-group label of a top-level topic: culture, economy, or society for the rest."""
    return None if topic is None else GROUPS.get(topic, "society")


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
        listed = topics.split()
        items.append(GoldItem(f"{src}:{ident}", text, frozenset(listed), listed[0], src,
                              "kk" if src == "kaznerd" else "ru", group=topic_group(listed[0])))
    return items


def load_topic_jsonl(path: Path) -> list[GoldItem]:
    """Labelled news articles, one JSON object a line: {"id", "site", "lang", "title", "text",
    "topics": [main first, ...], "groups"} (url and year are ignored). Lines without text or
    topics are skipped."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        topics = [t for t in row.get("topics") or [] if t]
        if not topics or not (row.get("text") or "").strip():
            continue
        group = row.get("groups")
        group = group[0] if isinstance(group, list) and group else group or topic_group(topics[0])
        items.append(GoldItem(f"{row.get('site', '')}:{row['id']}", row["text"], frozenset(topics), topics[0],
                              str(row.get("site") or ""), str(row.get("lang") or ""), row.get("title") or None,
                              str(group)))
    return items


def load_topic_gold(path: Path, shared: Path) -> list[GoldItem]:
    """A topic gold set of either kind: JSONL with texts inside, or gold.tsv naming texts in `shared`."""
    return load_topic_jsonl(path) if path.suffix == ".jsonl" else load_gold(path, shared)


SIB_TOPICS = {"politics": "politics", "sports": "sport", "health": "health", "science/technology": "science_technology",
              "entertainment": "arts_culture", "travel": "lifestyle_leisure"}  # geography: no IPTC match, dropped


def load_sib200(shared: Path, lang: str) -> list[GoldItem]:
    """SIB-200's sentences of one language (../shared/data/topics/sib200_LANG.jsonl) with the
    IPTC topic of their label (the data README's mapping); keys are shared by both languages
    (sib200:SPLIT-N), so parallel sentences pair up."""
    items = []
    path = shared / "data" / "topics" / f"sib200_{lang}.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        topic = SIB_TOPICS.get(row["rubric"])
        if topic:
            key = "sib200:" + row["id"].replace(f"-{lang}-", "-", 1).removeprefix("sib200-")
            items.append(GoldItem(key, row["text"], frozenset([topic]), topic, "sib200", lang,
                                  group=topic_group(topic)))
    return items


def analyse_gold(items: list[GoldItem], resources: Resources) -> list[Document]:
    """The texts as a run analyses them (cleaning on, deduplication off), language and
    analysis; a text cleaning would leave empty (a short article whose lines all look like
    boilerplate) is analysed verbatim, so every item gets its Document."""
    from .ingest import Ingestor
    from .nlp import Pipeline
    from .runner import documents
    records = [RawRecord(item.key, {"id": item.key, "text": item.text, "title": item.title}) for item in items]
    check = Ingestor(dedupe=False)
    verbatim = [isinstance(check.prepare(r), Reject) for r in records]
    pipeline = Pipeline(("language", "analysis"), resources)
    cleaned = iter(documents([r for r, v in zip(records, verbatim) if not v], pipeline))
    raw = iter(documents([r for r, v in zip(records, verbatim) if v], pipeline, clean=False) if any(verbatim) else [])
    return [next(raw) if v else next(cleaned) for v in verbatim]



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
