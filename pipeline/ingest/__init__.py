"""Ingest: raw records in, clean Documents out, and a reason for everything else.

`Ingestor` holds what a run remembers: the duplicate index (exact and near reprints become
Duplicate rows naming the article they repeat) and the boilerplate lines learned for each
source. Reading files is the readers' job (readers.py); this module works on strings.
"""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import numpy as np

from ..doc import Document, Duplicate, RawRecord, Reject, Unchanged
from .boilerplate import BoilerplateLearner, edge_lines, strip_boilerplate
from .dates import DateReader, Zones
from .decode import looks_like_text, writable
from .duplicates import DuplicateIndex, signature
from .html import extract_page, html_to_text, looks_like_html, looks_like_page
from .normalize import normalize_text

log = logging.getLogger(__name__)

FIELDS = ("id", "text", "title", "url", "published", "source", "author", "crawled")
TEXT_FALLBACKS = ("text", "body", "content")
MAX_CHARS = 1_000_000  # longer "articles" are dumps of whole pages or logs, not news
MAX_PAGE_CHARS = 5_000_000  # a raw page or text to clean: bounds the cost of extraction; its text must fit MAX_CHARS
MIN_CHARS = 20

Item = Document | Duplicate | Reject | Unchanged


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


@dataclass(slots=True)
class _Fields:
    id: str
    text: str
    html: str | None
    title: str | None
    url: str | None
    published: object
    source: str | None
    author: str | None
    crawled: object


class Ingestor:
    """Turns RawRecords into Documents, Duplicates or Rejects for one run.

    clean=False takes texts verbatim (no normalisation, HTML or boilerplate removal), so
    that offsets index the input; dedupe=False keeps repeated texts. `known` (article_id ->
    content hash, from an earlier run) makes records already stored with the same content
    Unchanged, and their texts count as seen for exact-duplicate detection; `signatures`
    (article_id -> MinHash values of known articles) for near-duplicate detection too.
    `timezones` are the zones local publication times are read in (Asia/Almaty by default).
    """

    def __init__(self, field_map: Mapping[str, str] | None = None, clean: bool = True, dedupe: bool = True,
                 learned: Mapping[str, frozenset[str]] | None = None, crawled: object = None,
                 known: Mapping[str, str] | None = None, signatures: Mapping[str, np.ndarray] | None = None,
                 timezones: Zones | None = None) -> None:
        self.field_map = dict(field_map or {})
        self.clean = clean
        self.dedupe = dedupe
        self.learned = dict(learned or {})
        self.crawled = crawled
        self.dates = DateReader(timezones)
        self.known = dict(known or {})
        self.duplicates = DuplicateIndex()
        self.duplicates.by_hash.update({h: a for a, h in self.known.items()})
        self.duplicates.add_stored({a: (self.known[a], values) for a, values in (signatures or {}).items()})
        self.seen_ids: set[str] = set()
        self.undated = 0

    def __call__(self, records: Iterable[RawRecord | Reject]) -> Iterator[Item]:
        for record in records:
            yield record if isinstance(record, Reject) else self.ingest_one(record)

    def ingest_one(self, record: RawRecord) -> Item:
        item = self.prepare(record)
        return self.admit(item) if isinstance(item, Document) else item

    def prepare(self, record: RawRecord) -> Document | Reject:
        """Decode, clean, hash and sign one record: no memory of other records, so it can
        run anywhere (a Dask worker); `admit` then decides about repeats, in input order."""
        try:
            fields = record_fields(record.fields, self.field_map)
        except ValueError as exc:
            return Reject(record.where, str(exc), _excerpt(record.fields))
        raw = fields.html if fields.html is not None else fields.text
        if not raw.strip():
            return Reject(record.where, "empty text", _excerpt(record.fields))
        limit = MAX_PAGE_CHARS if self.clean else MAX_CHARS
        if len(raw) > limit:
            return Reject(record.where, f"{'page' if fields.html is not None else 'text'} too long "
                                        f"({len(raw)} chars > limit {limit})", raw[:200])
        if not looks_like_text(raw):
            return Reject(record.where, "binary junk: mostly control characters", raw[:200])
        boilerplate = ""
        if self.clean:
            if fields.html is not None or looks_like_page(raw):
                page = extract_page(raw, fields.url)
                if page is None:
                    return Reject(record.where, "no article text found in the HTML page", raw[:200])
                raw = page.text
                fields.title = fields.title or page.title
                fields.author = fields.author or page.author
                fields.published = fields.published or page.date
                fields.source = fields.source or page.sitename
                fields.url = fields.url or page.url
            elif looks_like_html(raw):
                raw = html_to_text(raw)
            title = normalize_text(fields.title) if fields.title else None
            stripped = strip_boilerplate(normalize_text(raw), title, self.learned.get(fields.source or "", frozenset()))
            text, fields.title, boilerplate = stripped.body, stripped.title, stripped.audit
        else:
            text = raw
        if self.clean and len(text.strip()) < MIN_CHARS:
            return Reject(record.where, f"no article text left (under {MIN_CHARS} chars after cleaning)", raw[:200])
        if len(text) > MAX_CHARS:
            return Reject(record.where, f"text too long ({len(text)} chars > limit {MAX_CHARS})", text[:200])
        published = self.dates.read(fields.published, fields.crawled or self.crawled, fields.source)
        if published is None and fields.published not in (None, ""):
            log.info("%s: unreadable published date %r left empty", record.where, fields.published)
        return Document(
            article_id=make_article_id(fields.id, fields.url, text), text=text, content_hash=content_hash(text),
            source=fields.source, url=fields.url, title=fields.title, author=fields.author,
            published=published.instant if published else None, published_date=published.day if published else None,
            boilerplate=boilerplate, where=record.where, undated=published is None and fields.published not in (None, ""),
            minhash=signature(text) if self.dedupe else None,
        )

    def admit(self, doc: Document) -> Item:
        """The run's memory: stored unchanged, a repeat of an earlier article, or new."""
        self.undated += doc.undated
        article_id, chash = doc.article_id, doc.content_hash
        if self.known.get(article_id) == chash:
            self.seen_ids.add(article_id)
            return Unchanged(doc.where, article_id)
        if article_id in self.known:  # edited since it was stored: analysed again, the new rows win
            self.duplicates.forget(article_id, self.known.pop(article_id))
        if self.dedupe:
            repeat = self.duplicates.find(chash, doc.minhash)
            if repeat is not None:
                return Duplicate(doc.where, article_id, doc.url, doc.source, *repeat)
            if article_id in self.seen_ids:
                return Reject(doc.where, f"duplicate article_id {article_id} with different text", doc.text[:200])
            self.duplicates.add(article_id, chash, doc.minhash)
            self.seen_ids.add(article_id)
        return doc


def record_fields(raw: Mapping[str, object], field_map: Mapping[str, str]) -> _Fields:
    """The record's fields under kaznews' names; ValueError for a missing text or a wrong type."""
    values: dict[str, object] = {}
    for name in FIELDS:
        key = field_map.get(name, name)
        value = raw.get(key)
        if name == "text" and value is None and name not in field_map:
            value = next((raw[k] for k in TEXT_FALLBACKS if raw.get(k) is not None), None)
        if isinstance(value, str):
            value = writable(value)
        if name in ("published", "crawled"):
            values[name] = value
            continue
        if value is not None and (not isinstance(value, (str, int, float)) or isinstance(value, bool)):
            raise ValueError(f"field {key!r} has type {type(value).__name__}, expected a string")
        values[name] = None if value in (None, "") else str(value)
    html = raw.get("html")
    html = writable(html) if isinstance(html, str) else html
    if values["text"] is None and not isinstance(html, str):
        looked = [field_map.get("text", "text")] + ([] if "text" in field_map else
                                                         list(TEXT_FALLBACKS[1:]))
        raise ValueError(f"no text field (looked for {', '.join(map(repr, looked))})")
    return _Fields(values["id"] or "", values["text"] or "", html if isinstance(html, str) else None,
                   values["title"], values["url"], values["published"], values["source"], values["author"],
                   values["crawled"])




def boilerplate_evidence(record: RawRecord | Reject, field_map: Mapping[str, str] | None = None
                         ) -> tuple[str | None, list[str]] | None:
    """What one record teaches the boilerplate learner: its source and edge lines, or None
    (rejects, HTML pages, records without a text). Needs no other record, so it can run
    on a worker."""
    if isinstance(record, Reject):
        return None
    try:
        fields = record_fields(record.fields, field_map or {})
    except ValueError:
        return None
    if fields.html is not None or not fields.text or looks_like_html(fields.text):
        return None
    return fields.source, edge_lines(normalize_text(fields.text))


def learn_boilerplate(evidence: Iterable[tuple[str | None, list[str]] | None]) -> dict[str, frozenset[str]]:
    """Each source's recurring edge lines, from the boilerplate_evidence of many records."""
    learner = BoilerplateLearner()
    for item in evidence:
        if item is not None:
            learner.observe(*item)
    return learner.learned()


def _excerpt(fields: Mapping[str, object]) -> str:
    try:
        return writable(str(dict(fields))[:200])
    except RecursionError:  # values nested deeper than repr goes
        return "(nested too deep to show)"


def ingest(records: Iterable[RawRecord | Reject], field_map: Mapping[str, str] | None = None,
           clean: bool = True, dedupe: bool = True) -> Iterator[Item]:
    """Stage entry point: one pass over records with fresh duplicate memory."""
    return Ingestor(field_map, clean, dedupe)(records)
