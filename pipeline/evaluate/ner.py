"""`kaznews eval ner`: entity P/R/F1 per label, exact span and overlap, of the pipeline, of
kaznews' trained Russian NER alone (models/ru_ner; on Russian texts only) and of plain natasha.

Gold comes as factRuEval-style JSONL ({"id", "text", "spans": [{"start", "stop", "type"}]},
nested spans kept as given; the Kazakhstani gold in /work/kaznews-gold has this form too),
as NEREL JSONL (types mapped and flattened as kaznews.corpus.read_nerel does for training:
a document with "relations" is NEREL), or as KazNERD-style IOB2 (one "token tag" per line; tokens are joined with the spacing
rules of kaznews.train.kk_ner, classes mapped to kaznews labels). kaznews runs with
clean=False so its offsets index the gold texts; natasha runs as shipped (segment + NER).
Quotes at the edges of a span are not part of the comparison: factRuEval's gold keeps the
opening « of a quoted name and drops the closing », kaznews keeps both; neither is an
entity boundary.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..corpus import outermost
from ..scores import SpanScores

LABELS = ("PER", "ORG", "LOC", "PROG")
_EDGE = " \t\n«»\"„“”'"


@dataclass
class GoldText:
    id: str
    text: str
    spans: list[tuple[int, int, str]]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def read_gold(path: Path, held_out: bool = False) -> list[GoldText]:
    """Gold texts; held_out=True keeps only the part kaznews never trained on: KazNERD's
    held-out sentences, factRuEval dev's held-out texts (kaznews.corpus.factru_held_out)."""
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        return list(_read_jsonl(path, held_out))
    return list(_read_iob(path, held_out))


def _read_jsonl(path: Path, held_out: bool) -> Iterator[GoldText]:
    from ..corpus import factru_held_out, read_nerel
    if path.name.endswith(".gz") or '"relations"' in path.open(encoding="utf-8").readline():
        yield from (GoldText(t.id, t.text, list(t.spans)) for t in read_nerel(path))
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if held_out and not factru_held_out(str(row["id"])):
                continue
            yield GoldText(str(row["id"]), row["text"],
                           [(s["start"], s["stop"], s["type"]) for s in row["spans"] if s["type"] in LABELS])


def _read_iob(path: Path, held_out: bool) -> Iterator[GoldText]:
    from ..corpus import gold_spans, read_iob, spaces_for, split
    sentences = read_iob(path)
    for n, sentence in enumerate(split(sentences)[2] if held_out else sentences):
        words = [w for w, _ in sentence]
        offsets, text = [], ""
        for word, space in zip(words, spaces_for(words)):
            offsets.append(len(text))
            text += word + (" " if space else "")
        spans = [(offsets[s], offsets[e - 1] + len(words[e - 1]), label)
                 for s, e, label in gold_spans(sentence) if label in LABELS]
        yield GoldText(str(n), text, spans)


def kaznews_spans(golds: list[GoldText]) -> tuple[list[list[tuple[int, int, str]]], bool]:
    """The pipeline's spans per text, and whether the texts are mostly Kazakh (by the
    language stage's article languages)."""
    from .. import analyze
    result = analyze([g.text for g in golds], clean=False)
    out: list[list] = [[] for _ in golds]
    for e in result.entities.itertuples():
        out[int(e.article_id)].append((int(e.start), int(e.end), e.label))
    return out, (result.articles.lang == "kk").mean() > 0.5


def ru_ner_spans(golds: list[GoldText]) -> list[list[tuple[int, int, str]]]:
    """kaznews' trained Russian NER (models/ru_ner) alone, on each text's razdel tokens."""
    from ..analysis import tokenize_span
    from ..api import shared_resources
    tokens = [tokenize_span(g.text, 0, len(g.text)) for g in golds]
    found = shared_resources().ru_ner.spans([[t.text for t in toks] for toks in tokens])
    return [[(toks[a].start, toks[b - 1].end, label) for a, b, label in spans] for toks, spans in zip(tokens, found)]


def natasha_spans(golds: list[GoldText]) -> list[list[tuple[int, int, str]]]:
    from natasha import Doc, Segmenter
    from ..api import shared_resources
    segmenter, tagger = Segmenter(), shared_resources().natasha_ner_tagger
    out = []
    for gold in golds:
        doc = Doc(gold.text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        out.append([(s.start, s.stop, s.type) for s in doc.spans])
    return out


def score_system(golds: list[GoldText], predicted: list[list[tuple[int, int, str]]]) -> SpanScores:
    scores = SpanScores()
    for gold, spans in zip(golds, predicted):
        scores.add([(*trim(gold.text, s, e), label) for s, e, label in gold.spans],
                   [(*trim(gold.text, s, e), label) for s, e, label in spans])
    return scores


def second_annotator(golds: list[GoldText], path: Path) -> SpanScores:
    """Another annotator's spans of the same texts scored as a system: inter-annotator
    agreement, the ceiling a figure on this gold can be read against."""
    other = {g.id: g for g in read_gold(path)}
    shared = [g for g in golds if g.id in other and other[g.id].text == g.text]
    if not shared:
        raise ValueError(f"{path} annotates none of the gold's texts (same id and text)")
    return score_system(shared, [other[g.id].spans for g in shared])


def evaluate_ner(path: Path, limit: int | None = None, held_out: bool = False,
                 second: Path | None = None) -> dict[str, SpanScores]:
    golds = read_gold(path, held_out)
    golds = golds[:limit] if limit else golds
    if second is not None:  # the systems on the texts both annotators marked, beside the second one
        agreement = second_annotator(golds, second)
        ids = {g.id for g in read_gold(second)}
        golds = [g for g in golds if g.id in ids]
        return {**evaluate_ner_on(golds), "second annotator": agreement}
    return evaluate_ner_on(golds)


def evaluate_ner_on(golds: list[GoldText]) -> dict[str, SpanScores]:
    """Every system's scores. On a flat gold (no span inside another: the news gold, KazNERD)
    a system's outermost spans are scored, as the gold was written; kaznews also reports a
    place inside a body ("акимат [Алматинской области]"), and the row "kaznews, nested too"
    scores those as well, each an error against a flat gold."""
    spans, kazakh = kaznews_spans(golds)
    flat = all(len(outermost(g.spans)) == len(set(g.spans)) for g in golds)
    shape = (lambda found: [list(outermost(s)) for s in found]) if flat else (lambda found: found)
    systems = {"kaznews": score_system(golds, shape(spans))}
    if flat:
        systems["kaznews, nested too"] = score_system(golds, spans)
    if not kazakh:  # a Russian model: on Kazakh texts its row would say nothing
        systems["ru_ner model"] = score_system(golds, shape(ru_ner_spans(golds)))
    return systems | {"natasha": score_system(golds, natasha_spans(golds))}
