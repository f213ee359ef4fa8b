"""Text normalisation: one canonical spelling of the same text, before anything else looks at it.

- Unicode NFC; one kind of space; no zero-width characters or soft hyphens; tidy paragraphs.
- Quotes: „…“, “…”, "…" become «…» (by position: an opening quote follows a space or a
  bracket); dashes between spaces become an em dash; figure dashes and minus signs unified.
- Letters typed with look-alikes inside otherwise Cyrillic words: Latin ə/Ə, ɵ/Ɵ, ö, ü, i,
  h, ğ, ñ, q for Kazakh ә, ө, ө, ү, і, һ, ғ, ң, қ; Latin a, c, e, o, p, x, y and their
  capitals for the Cyrillic letters they copy ("Aстана" with a Latin A); the Khakass ӊ for ң
  (`lang/kk/letters.py`). Words in Latin script are left alone, so AMANAT and iPhone stay as
  written.
"""
from __future__ import annotations

import re
import unicodedata

from ..lang.kk.letters import cyrillic_spelling

# a run of spaces, or one that is not a plain space (a lone plain space is left alone: no
# match and replacement per word)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# one replace each: str.translate with a table looks every character up in it, a hundred times slower
_REPLACEMENTS = (("\r", "\n"), ("\u2028", "\n"), ("\u2029", "\n"), ("\u2012", "\u2013"), ("\u2015", "\u2014"),
                 ("\u2212", "-"), ("\u04ca", "\u04a3"), ("\u04c9", "\u04a2"))  # Khakass ӊ, Ӊ typed for ң, Ң
_SPACED_DASH = re.compile(r"(?<=\s)[-\u2013\u2014](?=\s)")
_DOUBLE_QUOTES = re.compile(r"[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")
_OPENS_AFTER = set(" \n\t([{«/—–-")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# a Cyrillic letter beside another letter: only words with such a seam can mix scripts
_MIXED_SCRIPT = re.compile(r"[\u0400-\u04ff][^\W\d_\u0400-\u04ff]|[^\W\d_\u0400-\u04ff][\u0400-\u04ff]")


def _pair_quotes(text: str) -> str:
    """Every double quote as « or », by position: « opens after a space or bracket."""
    def pair(match: re.Match) -> str:
        ch, at = match.group(0), match.start()
        before = text[at - 1] if at else " "
        return "«" if ch in "«\u201e" or (ch != "»" and before in _OPENS_AFTER) else "»"
    return _DOUBLE_QUOTES.sub(pair, text)


def normalize_text(text: str) -> str:
    """NFC, one kind of space, quotes and dashes; Kazakh look-alike letters fixed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n")
    for old, new in _REPLACEMENTS:
        text = text.replace(old, new)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if _MIXED_SCRIPT.search(text):
        text = _WORD.sub(lambda match: cyrillic_spelling(match.group(0)), text)
    text = _pair_quotes(text)
    text = _SPACED_DASH.sub("\u2014", text)
    lines = (line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
