"""Ingest: raw records in, clean Documents (or Rejects) out.

`Ingestor` holds the run's memory of what it has seen, so that exact duplicates (the same
clean text, or the same article id twice) are reported as rejects naming the article they
repeat instead of being analysed twice. Reading files is the readers' job (readers.py).
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping

from ..doc import Document, RawRecord, Reject
from .boilerplate import strip_boilerplate
from .dates import parse_published
from .decode import looks_like_text
from .html import html_to_text, looks_like_html
from .normalize import normalize_text

log = logging.getLogger(__name__)

FIELDS = ("id", "text", "title", "url", "published", "source")
TEXT_FALLBACKS = ("text", "body", "content")
MAX_CHARS = 1_000_000  # longer "articles" are dumps of whole pages or logs, not news
MIN_CHARS = 20


def content_hash(text: str) -> str:
    """Hash of the text with case and spacing folded: the same story hashes the same."""
    folded = " ".join(text.lower().replace("ё", "е").split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def make_article_id(record_id: object, url: str | None, text: str) -> str:
    """The input id if there is one, else a stable hash of the url, else of the text."""
    if record_id not in (None, ""):
        return str(record_id)
    key = f"url:{url}" if url else f"text:{content_hash(text)}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


class Ingestor:
    """Turns RawRecords into Documents; remembers hashes and ids to drop duplicates."""

    def __init__(self, field_map: Mapping[str, str] | None = None, clean: bool = True,
                 dedupe: bool = True) -> None:
        self.field_map = dict(field_map or {})
        self.clean = clean
        self.dedupe = dedupe
        self.seen_hashes: dict[str, str] = {}
        self.seen_ids: set[str] = set()
        self.undated = 0

    def __call__(self, records: Iterable[RawRecord | Reject]) -> Iterator[Document | Reject]:
        for record in records:
            if isinstance(record, Reject):
                yield record
            else:
                yield self.ingest_one(record)

    def ingest_one(self, record: RawRecord) -> Document | Reject:
        try:
            fields = self._fields(record.fields)
        except ValueError as exc:
            return Reject(record.where, str(exc), _excerpt(record.fields))
        raw = fields["text"]
        if not raw.strip():
            return Reject(record.where, "empty text", _excerpt(record.fields))
        if len(raw) > MAX_CHARS:
            return Reject(record.where, f"text too long ({len(raw)} chars > limit {MAX_CHARS})", raw[:200])
        if not looks_like_text(raw):
            return Reject(record.where, "binary junk: mostly control characters", raw[:200])
        title = fields["title"] or None
        boilerplate = ""
        if self.clean:
            if looks_like_html(raw):
                raw = html_to_text(raw)
            stripped = strip_boilerplate(normalize_text(raw), normalize_text(title) if title else None)
            text, title, boilerplate = stripped.body, stripped.title, stripped.audit
        else:
            text = raw
        if self.clean and len(text.strip()) < MIN_CHARS:
            return Reject(record.where, f"no article text left (under {MIN_CHARS} chars after cleaning)", raw[:200])
        chash = content_hash(text)
        article_id = make_article_id(fields["id"], fields["url"] or None, text)
        if self.dedupe:
            if chash in self.seen_hashes:
                return Reject(record.where, f"duplicate of {self.seen_hashes[chash]}", text[:200])
            if article_id in self.seen_ids:
                return Reject(record.where, f"duplicate article_id {article_id} with different text", text[:200])
            self.seen_hashes[chash] = article_id
            self.seen_ids.add(article_id)
        published = parse_published(fields["published"])
        if published is None and fields["published"] not in (None, ""):
            self.undated += 1
            log.info("%s: unreadable published date %r left empty", record.where, fields["published"])
        return Document(
            article_id=article_id, text=text, content_hash=chash,
            source=fields["source"] or None, url=fields["url"] or None, title=title,
            published=published, boilerplate=boilerplate,
        )

    def _fields(self, raw: Mapping[str, object]) -> dict:
        out: dict[str, object] = {}
        for name in FIELDS:
            key = self.field_map.get(name, name)
            value = raw.get(key)
            if name == "text" and value is None and name not in self.field_map:
                value = next((raw[k] for k in TEXT_FALLBACKS if raw.get(k) is not None), None)
            if name == "text" and value is None:
                raise ValueError(f"no text field (looked for {key!r}"
                                 + ("" if name in self.field_map else ", " + ", ".join(TEXT_FALLBACKS[1:])) + ")")
            if name == "published":
                out[name] = value
                continue
            if value is not None and not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise ValueError(f"field {key!r} has type {type(value).__name__}, expected a string")
            out[name] = "" if value is None else str(value)
        return out


def _excerpt(fields: Mapping[str, object]) -> str:
    return str(dict(fields))[:200]


def ingest(records: Iterable[RawRecord | Reject], field_map: Mapping[str, str] | None = None,
           clean: bool = True, dedupe: bool = True) -> Iterator[Document | Reject]:
    """Stage entry point: one pass over records with fresh duplicate memory."""
    return Ingestor(field_map, clean, dedupe)(records)
