"""What the Russian and Kazakh role finders share."""
from __future__ import annotations

from ..doc import Document, Token


def body_of(doc: Document, tokens: list[Token], normal: str) -> dict:
    """The body fields of a role from the body's tokens: its text, its normal form (an
    entity's own when the tokens are exactly one entity) and the key of the first entity
    among them."""
    if not tokens:
        return {}
    start, end = tokens[0].start, tokens[-1].end
    inside = [e for e in doc.entities if e.label != "PER" and e.start < end and start < e.end]
    exact = [e for e in inside if (e.start, e.end) == (start, end)]
    return {"body_text": doc.text[start:end], "body_normal": exact[0].normal if exact else normal,
            "body_canonical": inside[0].canonical if inside else "", "body_start": start, "body_end": end}



def lower_words(words: list[str], tokens: list[Token]) -> str:
    """The words joined as the tokens were spaced, lower-cased except abbreviations and
    names written with inner capitals ("РК", "ҚР", "NurOtan")."""
    out = ""
    for i, (word, token) in enumerate(zip(words, tokens)):
        keep = (word.isupper() and len(word) > 1) or any(c.isupper() and word[k - 1].islower()
                                                         for k, c in enumerate(word) if k)
        if i:
            out += " " if token.start > tokens[i - 1].end else ""
        out += word if keep else word.lower()
    return out
