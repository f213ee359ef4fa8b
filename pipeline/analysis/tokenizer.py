"""razdel's word tokenizer, in one loop: the same atoms and join rules as
razdel.tokenize, without its per-atom records and generators, which made tokenizing the
largest single cost of a run (a fifth of it). tests/test_analysis.py checks that the tokens
equal razdel's on real texts and on generated strings, but for two departures: a word
whose Cyrillic and Latin letters meet, one side two letters or fewer, is one token
(`join_mixed_scripts`), and a dash glued to the start of a word after a space, a long dash
glued to its end before a space, or a © or a Braille blank (U+2800, an invisible space some
sites type) glued to its start or end is a token of its own (`split_glued_marks`)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, PUNCT, SMILE

_Atom = tuple[int, int, str, str]  # start, stop, type (RU LAT INT PUNCT OTHER), text
_WORDISH = ("OTHER", "RU", "LAT")
_SCRIPTS_MEET = re.compile(r"[\u0400-\u04ff][a-zA-Z]|[a-zA-Z][\u0400-\u04ff]")
# "региона —Петропавловская", "Дом культуры– единственный", "Фото Жанара Берикова©", "Фото ©Турар": a dash or a
# copyright sign glued to a word
# or a Braille blank some sites type as an invisible space ("служба коммуникаций⠀")
_GLUED_MARK = re.compile(r"(?:^|(?<=\s))[-–—](?=[^\W\d_])|(?<=[^\W\d_])[–—](?=\s|$)|(?<=[^\W\d_])[©®™\u2800]"
                         r"|[©\u2800](?=[^\W\d_])")


def _around(atoms: list[_Atom], i: int, marks: str) -> tuple[_Atom, _Atom] | None:
    """razdel's Rule2112: with a delimiter `marks` atom left of the split ("cho-|to") the
    atoms around it, else with one right of it ("cho|-to")."""
    if atoms[i - 1][3] in marks:
        return (atoms[i - 2], atoms[i]) if i >= 2 else None
    if atoms[i][3] in marks:
        return (atoms[i - 1], atoms[i + 1]) if i + 1 < len(atoms) else None
    return None


def _joins(atoms: list[_Atom], i: int, buffer: str) -> bool:
    """Whether atom i glues to the token before it (no space between them)."""
    left, right = atoms[i - 1], atoms[i]
    for marks in (DASHES, "_"):  # "Нур-Султан", "snake_case"
        pair = _around(atoms, i, marks)
        if pair and pair[0][2] != PUNCT and pair[1][2] != PUNCT:
            return True
    for marks in (".,", "/\\"):  # "3.14", "1/2"
        pair = _around(atoms, i, marks)
        if pair and pair[0][2] == "INT" and pair[1][2] == "INT":
            return True
    if left[2] == PUNCT and right[2] == PUNCT:  # "...", "?!", ":-)", "--"
        if SMILE.match(buffer + right[3]) or (left[3] in ENDINGS and right[3] in ENDINGS) \
                or left[3] + right[3] in ("--", "**"):
            return True
    if (left[2] == "OTHER" and right[2] in _WORDISH) or (left[2] in _WORDISH and right[2] == "OTHER"):
        return True  # "Қазақстан": Kazakh letters are razdel's OTHER atoms
    return left[3].lower() == "yahoo" and right[3] == "!"


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each token, as razdel.tokenize gives them (and `join_mixed_scripts`)."""
    atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text)]
    spans: list[tuple[int, int]] = []
    if not atoms:
        return spans
    start, buffer = atoms[0][0], atoms[0][3]
    for i in range(1, len(atoms)):
        if atoms[i - 1][1] == atoms[i][0] and _joins(atoms, i, buffer):
            buffer += atoms[i][3]
        else:
            spans.append((start, atoms[i - 1][1]))
            start, buffer = atoms[i][0], atoms[i][3]
    spans.append((start, atoms[-1][1]))
    if _SCRIPTS_MEET.search(text):
        spans = join_mixed_scripts(text, spans)
    return split_glued_marks(text, spans) if _GLUED_MARK.search(text) else spans


def split_glued_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A dash typed against the next word after a space ("региона —Петропавловская ТЭЦ-2"), a
    long dash against the word before a space ("Дом культуры– единственный"), and a copyright
    sign against the last ("Фото Жанара Берикова©") or the first ("Фото ©Турар Казангапов")
    are punctuation: razdel joins
    a dash to the word on either side and a sign (an "other" atom, as Kazakh letters are) to
    a word, and a name found there would hold it."""
    out = []
    for start, stop in spans:
        if stop - start > 1 and text[start] in "-–—" and _GLUED_MARK.match(text, start):
            out += [(start, start + 1), (start + 1, stop)]
        elif stop - start > 1 and text[stop - 1] in "–—" and _GLUED_MARK.match(text, stop - 1):
            out += [(start, stop - 1), (stop - 1, stop)]  # "Дом культуры– единственный"
        elif stop - start > 1 and text[stop - 1] in "©®™\u2800" and text[stop - 2].isalpha():
            out += [(start, stop - 1), (stop - 1, stop)]
        elif stop - start > 1 and text[start] in "©\u2800" and _GLUED_MARK.match(text, start):
            out += [(start, start + 1), (start + 1, stop)]  # "Фото ©Турар Казангапов"
        else:
            out.append((start, stop))
    return out


def join_mixed_scripts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Glued letters of both scripts, one side two letters or fewer, are one word: a Cyrillic
    letter in a Latin name ("Тengrinews", "MediаNet"), a stylised name ("Vласть"), and, in
    text not cleaned by the ingest stage (`analyze(clean=False)`, the eval commands; cleaning
    respells mostly Cyrillic words), a Latin i typed for і ("Жетiсу") or a Latin C in
    "Cемей"; razdel cuts each at the change of script, and the tagger then sees "Medi", "а",
    "Net". Longer runs on both sides are two words the scraper glued ("jpgТүркістанда",
    "comАлматы") and stay apart."""
    out = spans[:1]
    for start, stop in spans[1:]:
        first, end = out[-1]
        left, right = text[first:end], text[start:stop]
        if end == start and left.isalpha() and right.isalpha() and _latin(left[-1]) != _latin(right[0]) \
                and min(_run(reversed(left)), _run(right)) <= 2:
            out[-1] = (first, stop)
        else:
            out.append((start, stop))
    return out


def _latin(letter: str) -> bool:
    return "a" <= letter <= "z" or "A" <= letter <= "Z"


def _run(letters: Iterable[str]) -> int:
    """How many letters from the start are in the script of the first."""
    rest = iter(letters)
    latin = _latin(next(rest))
    return 1 + sum(1 for _ in takewhile(lambda c: _latin(c) == latin, rest))
