"""BIO tag sequences to spans, for every tagger the entities stage and its trainers read."""
from __future__ import annotations


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, label) of each entity in a BIO tag sequence; a stray I- opens
    an entity."""
    spans, first, label = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if label is not None and (prefix != "I" or kind != label):
            spans.append((first, i, label))
            first = label = None
        if prefix == "B" or (prefix == "I" and label is None):
            first, label = i, kind
    return spans
