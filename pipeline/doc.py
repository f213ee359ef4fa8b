"""The document model passed from stage to stage.

Ingest makes a `Document` from a raw record; each later stage fills in its own fields
(language: sentences and their languages; analysis: tokens; entities; topics). Offsets are
character offsets into `Document.text`, the clean body that lands in the articles table.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np


@dataclass(slots=True)
class Reject:
    """A record that could not become an article, and why (a row of the rejects table)."""

    where: str
    reason: str
    excerpt: str = ""


@dataclass(slots=True)
class Duplicate:
    """A record kept out of the analysis because it repeats an earlier article (a row of the
    duplicates table): kind "exact" (same folded text) or "near" (MinHash similarity)."""

    where: str
    article_id: str
    url: str | None
    source: str | None
    duplicate_of: str
    kind: str
    similarity: float


@dataclass(slots=True)
class Unchanged:
    """A record an incremental run has already processed with the same content."""

    where: str
    article_id: str


@dataclass(slots=True)
class RawRecord:
    """One record as a reader found it: `where` is "file:line" or "file" or "file#member"."""

    where: str
    fields: dict[str, object]


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    pos: str = ""
    feats: dict[str, str] = field(default_factory=dict)
    lemma: str = ""


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    lang: str  # "ru", "kk" or "other"
    tokens: list[Token] = field(default_factory=list)

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens inside the characters [start, end) (an entity's tokens):
        tokens are in text order, so two bisections instead of a scan of the sentence."""
        first = bisect_left(self.tokens, start, key=lambda t: t.start)
        last = bisect_right(self.tokens, end, key=lambda t: t.end)
        return range(first, max(first, last))


@dataclass(slots=True)
class Entity:
    label: str  # PER, ORG, LOC, PROG
    text: str
    start: int
    end: int
    sentence: int
    normal: str = ""
    canonical: str = ""
    title: str = ""  # PER: the position written before the name ("Аким Алматы"); PROG: the generic words


@dataclass(slots=True)
class Document:
    article_id: str
    text: str
    content_hash: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: datetime | None = None  # UTC, when the value named a time of day
    published_date: date | None = None  # the local calendar day, whenever the value could be read
    boilerplate: str = ""  # what ingest removed: "reason=chars ..."
    where: str = ""  # the record it came from (file:line)
    undated: bool = False  # it had a published value that could not be read
    minhash: np.ndarray | None = None  # near-duplicate signature (ingest, when deduplicating)
    lang: str = ""
    kk_share: float = 0.0
    sentences: list[Sentence] = field(default_factory=list)
    content_words: list[tuple[str, str]] = field(default_factory=list)  # (lang, lemma), filled by analysis
    entities: list[Entity] = field(default_factory=list)
    topics: list[tuple[str, float, bool]] = field(default_factory=list)  # topic, score, low_confidence
    roles: list[Role] = field(default_factory=list)  # filled by the roles stage

    def content_lemmas(self) -> str:
        """Space-joined lemmas of the content words: the articles table's lemmas column."""
        return " ".join(lemma for _, lemma in self.content_words)

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence a character offset falls in (0 before the first)."""
        return max(0, bisect_right([s.start for s in self.sentences], offset) - 1)


@dataclass(slots=True)
class Role:
    """A position a person mention carries (the roles table): "аким Акмолинской области
    Ермек Маржикпаев" -> person Ермек Маржикпаев, position «аким», body «Акмолинская область»."""

    person: Entity
    position: str  # normal form: «аким», «министр здравоохранения», «әкім»
    position_text: str  # as written: «Акимом», «министрінің орынбасары»
    start: int  # offsets of the position words
    end: int
    lang: str
    kind: str  # "before" the name, "after" it (apposition), or joined by a verb ("predicate")
    body_text: str = ""  # the body or place the position is held in, as written
    body_normal: str = ""
    body_canonical: str = ""  # the entity key when the body is (or holds) an entity
    body_start: int | None = None
    body_end: int | None = None
