"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else a detected encoding.

Kazakhstani dumps come as UTF-8, cp1251 or KOI8-R from older sites, and UTF-16 from
Windows tools. charset-normalizer guesses the single-byte ones; a guess is accepted only
if the result is mostly letters, so binary junk is refused instead of decoded to noise.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes; "utf-8" unless evidence says otherwise."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a character cut at the end of the sample
            return "utf-8"
    best = from_bytes(head).best()
    return best.encoding if best is not None else "utf-8"


def decode_bytes(data: bytes, encoding: str = "utf-8") -> str | None:
    """Decode `data`; None if it is not text (undecodable or mostly control characters)."""
    for name in dict.fromkeys((encoding, "utf-8")):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        return text if looks_like_text(text) else None
    return None


_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")  # control characters other than \t \n \f \r, and U+FFFD


def looks_like_text(text: str) -> bool:
    """False for binary junk: many control or replacement characters."""
    if not text:
        return True
    return len(_JUNK.findall(text)) / len(text) < 0.05


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def writable(text: str) -> str:
    """`text` with lone surrogates (JSON escapes such as "\\ud800", undecodable bytes of a
    file name) replaced by U+FFFD: they have no UTF-8 form, and one would stop the writer."""
    return _SURROGATE.sub("\ufffd", text)
