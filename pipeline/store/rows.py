"""Documents and Rejects as table rows (see pipeline/schema.py for the columns)."""
from __future__ import annotations

import numpy as np

from ..doc import Document, Duplicate, Reject
from ..version import __version__


def document_rows(doc: Document) -> dict[str, list[dict]]:
    """The rows one analysed Document contributes to articles, sentences, entities, roles and topics."""
    article = {
        "article_id": doc.article_id, "source": doc.source, "url": doc.url, "title": doc.title,
        "author": doc.author, "published": doc.published, "published_date": doc.published_date,
        "lang": doc.lang, "kk_share": doc.kk_share, "text": doc.text,
        "lemmas": doc.content_lemmas(), "n_sentences": len(doc.sentences),
        "n_tokens": sum(1 for t in doc.tokens if t.pos != "PUNCT"),
        "content_hash": doc.content_hash, "boilerplate": doc.boilerplate or None,
        "pipeline_version": __version__,
    }
    entities = [{"article_id": doc.article_id, "label": e.label, "text": e.text, "normal": e.normal,
                 "canonical": e.canonical, "title": e.title, "start": e.start, "end": e.end, "sentence": e.sentence}
                for e in doc.entities]
    roles = [{"article_id": doc.article_id, "sentence": r.person.sentence, "lang": r.lang,
              "person_canonical": r.person.canonical, "person_normal": r.person.normal,
              "person_start": r.person.start, "person_end": r.person.end, "position": r.position,
              "position_text": r.position_text, "start": r.start, "end": r.end, "body_text": r.body_text or None,
              "body_normal": r.body_normal or None, "body_canonical": r.body_canonical or None,
              "body_start": r.body_start, "body_end": r.body_end, "kind": r.kind} for r in doc.roles]
    topics = [{"article_id": doc.article_id, "topic": t, "score": s, "low_confidence": low}
              for t, s, low in doc.topics]
    sentences = [{"article_id": doc.article_id, "sentence": i, "start": s.start, "end": s.end, "lang": s.lang}
                 for i, s in enumerate(doc.sentences)]
    return {"articles": [article], "sentences": sentences, "entities": entities, "roles": roles, "topics": topics}


def reject_row(reject: Reject) -> dict:
    return {"where": reject.where, "reason": reject.reason, "excerpt": reject.excerpt}


def duplicate_row(duplicate: Duplicate) -> dict:
    return {"where": duplicate.where, "article_id": duplicate.article_id, "url": duplicate.url,
            "source": duplicate.source, "duplicate_of": duplicate.duplicate_of, "kind": duplicate.kind,
            "similarity": duplicate.similarity}


def signature_row(article_id: str, content_hash: str, values: np.ndarray) -> dict:
    """An article's near-duplicate signature, kept for the incremental runs after this one."""
    return {"article_id": article_id, "content_hash": content_hash, "minhash": values.astype("<u4").tobytes()}
