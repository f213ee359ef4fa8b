"""BIO tag sequences to spans and back, for every tagger the entities stage and its trainers read."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..doc import Token


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


def spans_to_bio(tokens: list[Token], spans: list[tuple[int, int, str]], labels: tuple[str, ...]) -> list[str]:
    """BIO tags of character spans over tokens; a span whose edges are not token edges, and
    one inside a span tagged before it, is left out."""
    tags = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        first, last = starts.get(start), ends.get(end)
        if label not in labels or first is None or last is None or any(t != "O" for t in tags[first:last + 1]):
            continue
        tags[first:last + 1] = [f"B-{label}"] + [f"I-{label}"] * (last - first)
    return tags
