"""A minimal CoNLL-U reader: words, gold lemmas and UPOS per sentence."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class GoldSentence:
    words: list[str]
    lemmas: list[str]
    upos: list[str]


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    words: list[str] = []
    lemmas: list[str] = []
    upos: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield GoldSentence(words, lemmas, upos)
                words, lemmas, upos = [], [], []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
                continue  # multiword ranges and empty nodes carry no token of their own
            words.append(cols[1])
            lemmas.append(cols[2])
            upos.append(cols[3])
    if words:
        yield GoldSentence(words, lemmas, upos)
