"""Text normalisation: one canonical spelling of the same text, before anything else looks at it."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_TRANSLATE = str.maketrans({
    "\r": "\n", "\u2028": "\n", "\u2029": "\n",
    "\u201c": "\u00bb", "\u201d": "\u00bb", "\u201e": "\u00ab",  # „…“ and “…” as «…»
    "\u2012": "\u2013", "\u2015": "\u2014", "\u2212": "-",
})


def normalize_text(text: str) -> str:
    """NFC, one kind of space and line break, no invisible characters, tidy paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").translate(_TRANSLATE)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    lines = (line.strip() for line in text.split("\n"))
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip()
