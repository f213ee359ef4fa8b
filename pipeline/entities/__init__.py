"""Entities: PER, ORG, LOC from natasha's NER on Russian sentences, with normal forms.

NER runs per sentence, all Russian sentences of a batch together in length-sorted
batches, so offsets map straight back to the article text and one long article does not
pad a whole batch. Spans are then repaired (a quoted name keeps both quotes), persons are
normalised article by article (persons.py), other mentions phrase by phrase (normalize.py).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..doc import Document, Entity, Sentence
from ..models import ner_tagger
from .normalize import canonical_key, normalize_entity
from .persons import PersonMention, normalize_mentions

NER_BATCH = 32
VERB_WINDOW = 6


def balance_quotes(text: str, start: int, end: int, limit: int) -> int:
    """Extend a span that opens « without closing it to the closing » (up to `limit`)."""
    span = text[start:end]
    if span.count("«") > span.count("»"):
        close = text.find("»", end, limit)
        if close != -1:
            return close + 1
    return end


def _person_mention(sent: Sentence, entity: Entity) -> PersonMention:
    tokens = sent.tokens
    inside = [i for i, t in enumerate(tokens) if t.start >= entity.start and t.end <= entity.end]
    before = tokens[inside[0] - 1] if inside and inside[0] > 0 else None
    verb_gender = None
    after = tokens[inside[-1] + 1: inside[-1] + 1 + VERB_WINDOW] if inside else []
    for token in after:
        if token.pos in ("VERB", "AUX") and token.feats.get("Gender") in ("Masc", "Fem"):
            verb_gender = "masc" if token.feats["Gender"] == "Masc" else "femn"
            break
    return PersonMention([tokens[i] for i in inside], before, verb_gender)


def _normalize(doc: Document) -> None:
    people = [(e, _person_mention(doc.sentences[e.sentence], e)) for e in doc.entities if e.label == "PER"]
    people = [(e, m) for e, m in people if m.tokens]
    for (entity, _), normal in zip(people, normalize_mentions([m for _, m in people])):
        entity.normal = normal
    for entity in doc.entities:
        if entity.label != "PER":
            sent = doc.sentences[entity.sentence]
            tokens = [t for t in sent.tokens if t.start >= entity.start and t.end <= entity.end]
            entity.normal = normalize_entity(entity, tokens)
        entity.normal = entity.normal or entity.text
        entity.canonical = canonical_key(entity)


def extract_entities(docs: Iterable[Document]) -> list[Document]:
    """Stage entry point: fill doc.entities, sorted by offset."""
    docs = list(docs)
    jobs = [(doc, index, sent) for doc in docs for index, sent in enumerate(doc.sentences)
            if sent.lang == "ru"]
    order = sorted(range(len(jobs)), key=lambda i: jobs[i][2].end - jobs[i][2].start)
    tagger = ner_tagger()
    tagger.batch_size = NER_BATCH
    texts = [jobs[i][0].text[jobs[i][2].start:jobs[i][2].end] for i in order]
    for i, markup in zip(order, tagger.map(texts)):
        doc, index, sent = jobs[i]
        for span in markup.spans:
            start = sent.start + span.start
            end = balance_quotes(doc.text, start, sent.start + span.stop, sent.end)
            doc.entities.append(Entity(span.type, doc.text[start:end], start, end, index))
    for doc in docs:
        doc.entities.sort(key=lambda e: e.start)
        _normalize(doc)
    return docs
