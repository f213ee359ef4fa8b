"""`kaznews eval normal`: accuracy of entity normal forms on gold mentions, beside natasha.

Gold: lines with [[surface|normal|LABEL]] markup (data/eval/ru_normal_forms.txt), or
articles as JSONL ({"id", "text", "spans": [{"start", "stop", "type", "text", "normal"}]},
the blind news gold; items whose "split" is "locked" are skipped). Both systems normalise
the gold spans, so the score is about normal forms, not about finding entities: kaznews
with its entity normaliser (persons with all the clues in the text), natasha with
DocSpan.normalize after its segmenter, morph tagger and syntax parser. On JSONL a third row,
"kaznews, own spans", runs the whole pipeline and scores the normal forms of the mentions
whose span (edge quotes ignored) kaznews finds itself, which is what a user gets; its
counts are the gold mentions found.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([A-Z]+)\]\]")


@dataclass
class GoldMention:
    start: int
    end: int
    label: str
    normal: str


@dataclass
class GoldSentence:
    text: str
    mentions: list[GoldMention]


def read_markup(path: Path) -> list[GoldSentence]:
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, mentions, last = "", [], 0
        for match in _MARK.finditer(line):
            text += line[last:match.start()]
            mentions.append(GoldMention(len(text), len(text) + len(match[1]), match[3], match[2]))
            text += match[1]
            last = match.end()
        sentences.append(GoldSentence(text + line[last:], mentions))
    return sentences


def read_jsonl(path: Path) -> list[GoldSentence]:
    """Articles of the news gold (dev items only) as gold sentences: one per article."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if row is None or row.get("split") == "locked":
            continue
        mentions = [GoldMention(s["start"], s["stop"], s["type"], s["normal"]) for s in row["spans"]
                    if s.get("normal")]
        out.append(GoldSentence(row["text"], sorted(mentions, key=lambda m: m.start)))
    return out


def read_gold(path: Path) -> list[GoldSentence]:
    return read_jsonl(path) if path.suffix == ".jsonl" else read_markup(path)


def kaznews_normals(sentences: list[GoldSentence]) -> list[list[str]]:
    from ..doc import Document, Entity, RawRecord
    from ..entities import normalize_entities
    from ..nlp import Pipeline
    from ..resources import shared_resources
    from ..runner import documents
    from ..script import cyrillic_view
    resources = shared_resources()
    # a Latin-script Kazakh text is normalised in Cyrillic, as the pipeline does, and its
    # normal forms spelt back (script.py)
    views = [cyrillic_view(Document(str(i), s.text, "")) for i, s in enumerate(sentences)]
    docs = documents([RawRecord(str(i), {"id": str(i), "text": view.spelling.text if view else s.text})
                      for i, (s, view) in enumerate(zip(sentences, views))],
                     Pipeline(["language", "analysis"], resources), clean=False)
    out = []
    for doc, sentence, view in zip(docs, sentences, views):
        starts = [s.start for s in doc.sentences]
        spans = [view.cyrillic_span(m.start, m.end) if view else (m.start, m.end) for m in sentence.mentions]
        doc.entities = [Entity(m.label, doc.text[start:end], start, end, max(i for i, s in enumerate(starts) if s <= start))
                        for m, (start, end) in zip(sentence.mentions, spans)]
        normalize_entities(doc, resources)
        out.append([view.latin(e.normal, e.start, e.end) if view else e.normal for e in doc.entities])
    return out


def natasha_normals(sentences: list[GoldSentence]) -> list[list[str]]:
    from natasha import Doc, MorphVocab, NewsSyntaxParser, Segmenter
    from natasha.doc import DocSpan
    from ..api import shared_resources
    resources = shared_resources()
    segmenter, vocab = Segmenter(), MorphVocab()
    syntax = NewsSyntaxParser(resources.navec)
    out = []
    for sentence in sentences:
        doc = Doc(sentence.text)
        doc.segment(segmenter)
        doc.tag_morph(resources.natasha_morph_tagger)
        doc.parse_syntax(syntax)
        normals = []
        for m in sentence.mentions:
            tokens = [t for t in doc.tokens if t.start >= m.start and t.stop <= m.end]
            span = DocSpan(m.start, m.end, m.label, sentence.text[m.start:m.end], tokens=tokens)
            span.normalize(vocab)
            normals.append(span.normal or span.text)
        out.append(normals)
    return out


def own_span_normals(sentences: list[GoldSentence]) -> list[list[str | None]]:
    """kaznews' normal form of each gold mention whose span (edge quotes ignored) and label
    the whole pipeline finds; None where it does not."""
    from .. import analyze
    from .ner import trim
    entities = analyze([s.text for s in sentences], clean=False).entities
    found: dict[tuple, str] = {}
    for e in entities.itertuples():
        text = sentences[int(e.article_id)].text
        found[(int(e.article_id), *trim(text, int(e.start), int(e.end)), e.label)] = e.normal
    return [[found.get((i, *trim(s.text, m.start, m.end), m.label)) for m in s.mentions]
            for i, s in enumerate(sentences)]


def _same(normal: str, gold: str) -> bool:
    return " ".join(normal.split()) == " ".join(gold.split())


def _same_letters(normal: str, gold: str) -> bool:
    """Equal but for letter case: annotators differ on it ("Серик АХМЕТОВ" kept or
    "Серик Ахметов"; "Мажилис" or "мажилис"), and keys fold it."""
    return _same(normal.casefold(), gold.casefold())


def evaluate_normals(path: Path) -> dict[str, tuple[Counter, Counter]]:
    """System -> (correct per label, total per label); "total" of the own-spans row counts
    the gold mentions kaznews found."""
    sentences = read_gold(path)
    systems = [("kaznews", kaznews_normals), ("natasha", natasha_normals)]
    if path.suffix == ".jsonl":
        systems.append(("kaznews, own spans", own_span_normals))
    results = {}
    for name, system in systems:
        correct, total, letters = Counter(), Counter(), Counter()
        for sentence, normals in zip(sentences, system(sentences)):
            for mention, normal in zip(sentence.mentions, normals):
                if normal is not None:
                    total[mention.label] += 1
                    correct[mention.label] += _same(normal, mention.normal)
                    letters[mention.label] += _same_letters(normal, mention.normal)
        results[name] = (correct, total)
        if name == "kaznews":
            results["kaznews, letter case aside"] = (letters, total)
    return results
