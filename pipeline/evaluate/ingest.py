"""`kaznews eval ingest`: does ingest find the body, title and date a reader sees?

Gold (data/eval/ingest/gold.jsonl): per file, the first and last words of the body, the
title and the publication date (or null). An item is exact when the clean text starts and
ends with the gold words, the title matches and the date matches to the minute. HTML items
are also run through trafilatura's own extraction (bare_extraction with metadata, its
defaults) as the baseline; a gold file marked "optional" is skipped when absent.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..doc import Document
from ..ingest import Ingestor
from ..ingest.dates import Published, parse_published
from ..ingest.readers import read_dump


@dataclass
class Check:
    start: bool
    end: bool
    title: bool
    date: bool

    @property
    def exact(self) -> bool:
        return self.start and self.end and self.title and self.date


def _check(gold: dict, text: str, title: str | None, published: Published | None) -> Check:
    text = text.strip()
    expected = parse_published(gold["published"]) if gold["published"] else None
    return Check(text.startswith(gold["body_start"]), text.endswith(gold["body_end"]),
                 (title or "").strip() == gold["title"], published == expected)


def kaznews_check(path: Path, gold: dict) -> Check:
    items = list(Ingestor()(read_dump(path)))
    doc = next((i for i in items if isinstance(i, Document)), None)
    if doc is None:
        return Check(False, False, False, False)
    published = Published(doc.published_date, doc.published) if doc.published_date else None
    return _check(gold, doc.text, doc.title, published)


def trafilatura_check(path: Path, gold: dict) -> Check | None:
    if path.suffix not in (".html", ".htm"):
        return None
    import trafilatura
    doc = trafilatura.bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True)
    if doc is None:
        return Check(False, False, False, False)
    return _check(gold, doc.text or "", doc.title, parse_published(doc.date))


def evaluate_ingest(gold_path: Path) -> list[tuple[str, Check, Check | None]]:
    rows = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        path = (gold_path.parent / gold["file"]).resolve()
        if not path.exists():
            if gold.get("optional"):
                continue
            raise FileNotFoundError(path)
        rows.append((path.name, kaznews_check(path, gold), trafilatura_check(path, gold)))
    return rows
