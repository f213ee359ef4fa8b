"""`kaznews eval normal`: accuracy of entity normal forms on gold mentions, beside natasha.

Gold: lines with [[surface|normal|LABEL]] markup (data/eval/ru_normal_forms.txt). Both
systems normalise the gold spans, so the score is about normal forms, not about finding
entities: kaznews with its entity normaliser (persons with all the clues in the text),
natasha with DocSpan.normalize after its segmenter, morph tagger and syntax parser.
"""
from __future__ import annotations

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


def kaznews_normals(sentences: list[GoldSentence]) -> list[list[str]]:
    from ..doc import Entity, RawRecord
    from ..entities import normalize_entities
    from ..nlp import Pipeline
    from ..resources import shared_resources
    from ..runner import documents
    resources = shared_resources()
    docs = documents([RawRecord(str(i), {"id": str(i), "text": s.text}) for i, s in enumerate(sentences)],
                     Pipeline(["language", "analysis"], resources), clean=False)
    out = []
    for doc, sentence in zip(docs, sentences):
        starts = [s.start for s in doc.sentences]
        doc.entities = [Entity(m.label, doc.text[m.start:m.end], m.start, m.end,
                               max(i for i, s in enumerate(starts) if s <= m.start)) for m in sentence.mentions]
        normalize_entities(doc, resources)
        out.append([e.normal for e in doc.entities])
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


def evaluate_normals(path: Path) -> dict[str, tuple[Counter, Counter]]:
    """System -> (correct per label, total per label)."""
    sentences = read_markup(path)
    results = {}
    for name, system in (("kaznews", kaznews_normals), ("natasha", natasha_normals)):
        correct, total = Counter(), Counter()
        for sentence, normals in zip(sentences, system(sentences)):
            for mention, normal in zip(sentence.mentions, normals):
                total[mention.label] += 1
                correct[mention.label] += " ".join(normal.split()) == mention.normal
        results[name] = (correct, total)
    return results
