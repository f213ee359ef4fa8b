"""`kaznews eval duplicates`: are reprints found and distinct look-alikes kept apart?

The pairs (data/eval/duplicates/pairs.jsonl) name two texts each and say whether the second
reprints the first. Texts are referenced, not copied: factRuEval and NEREL texts in
../shared by id, short public news snippets by id from SHARED/data/duplicates/pages.jsonl,
whose addresses and sha256 are in pages_index.jsonl beside the pairs (the snippets are
third-party text, so the repository does not hold them; pairs that need a snippet which is
not there are skipped and counted). A derived reprint is its source text with the edits syndication makes, listed in
the pair and applied here: a changed lead, a dropped sentence, ё written as е, another
quote or dash style, an appended source line or sign-off. Near-misses are real: templated
series (daily COVID figures, KASE rate notes, weather) and different reports of one event.

A pair is scored as a run sees it: both texts cleaned by ingest, the first indexed, the
second looked up. A fixed third of the pairs (`split: test`) is locked; the parameters in
pipeline/ingest/duplicates.py were chosen on the other two thirds (`--grid` shows how).
"""
from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..doc import Document, RawRecord
from ..ingest import Ingestor, content_hash
from ..ingest import duplicates as dup
from ..scores import prf

SENTENCE_END = re.compile(r"(?<=[.!?…»\"])\s+(?=[«\"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9—–-])")
_QUOTES = {"straight": ('"', '"'), "german": ("„", "“"), "english": ("“", "”")}


@dataclass(frozen=True)
class Pair:
    id: str
    split: str  # "dev" (parameters chosen on it) or "test" (locked)
    reprint: bool
    origin: str  # "real" or "derived"
    kind: str  # what the pair is: "reprint", "crawled twice", "templated series", "same event", ...
    first: str
    second: str


def sentences(text: str) -> list[str]:
    """Sentences split at an end mark followed by a capital, a digit or a quote."""
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def apply_edits(text: str, edits: Iterable[list]) -> str:
    """The text as a syndicating site edits it; each edit is [name, *arguments]."""
    for name, *args in edits:
        if name == "yo":  # ё written as е
            text = text.replace("ё", "е").replace("Ё", "Е")
        elif name == "quotes":  # «» and straight quotes in another style
            opening, closing = _QUOTES[args[0]]
            text = re.sub(r"«|(?<![\w.,!?])\"", opening, text)
            text = re.sub(r"»|\"", closing, text)
        elif name == "dashes":  # every dash and hyphen as one character
            text = re.sub(r"[‐‑‒–—―-]", args[0], text)
        elif name == "drop_sentence":
            parts = sentences(text)
            del parts[args[0]]
            text = " ".join(parts)
        elif name == "attribute":  # "..., передает Zakon.kz." in the first sentence
            first, *rest = sentences(text)
            text = " ".join([re.sub(r"[.!?…]?$", f", {args[0]}.", first.rstrip(), count=1), *rest])
        elif name == "prepend":  # a dateline
            text = f"{args[0]} {text}"
        elif name == "append":  # a source line or a sign-off
            text = f"{text.rstrip()}\n{args[0]}"
        elif name == "replace":  # a word edited
            if args[0] not in text:
                raise ValueError(f"edit {args!r}: {args[0]!r} not in the text")
            text = text.replace(args[0], args[1], 1)
        elif name == "one_paragraph":  # line breaks lost
            text = " ".join(text.split())
        else:
            raise ValueError(f"unknown edit {name!r}")
    return text


def load_texts(pairs_path: Path, shared: Path) -> dict[tuple[str, str], str]:
    """(source, id) -> text for every source the pairs can name."""
    texts: dict[tuple[str, str], str] = {}
    data = shared / "data"
    pages = data / "duplicates" / "pages.jsonl"
    if pages.exists():
        index = {(row := json.loads(line))["id"]: row["sha256"]
                 for line in (pairs_path.parent / "pages_index.jsonl").read_text(encoding="utf-8").splitlines()}
        for line in pages.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if hashlib.sha256(row["text"].encode()).hexdigest() == index.get(row["id"]):  # the text labelled
                texts["pages", row["id"]] = row["text"]
    readers = [("factru", open, data / "factru_dev" / "factru_dev.jsonl"),
               ("nerel", gzip.open, data / "nerel" / "nerel_train.jsonl.gz"),
               ("nerel", open, data / "nerel" / "nerel_dev.jsonl"),
               ("nerel", open, data / "nerel" / "nerel_test.jsonl")]
    for source, opener, path in readers:
        with opener(path, "rt", encoding="utf-8") as lines:
            texts.update(((source, (row := json.loads(line))["id"]), row["text"]) for line in lines if line.strip())
    for path in (shared / "samples").glob("*.txt"):
        texts["samples", path.name] = path.read_text(encoding="utf-8")
    return texts


def load_pairs(pairs_path: Path, shared: Path) -> list[Pair]:
    """The pairs whose texts are all at hand (see `count_pairs` for how many there are)."""
    texts = load_texts(pairs_path, shared)

    def text(ref: dict) -> str:
        return apply_edits(texts[ref["source"], ref["id"]], ref.get("edits", ()))
    rows = [json.loads(line) for line in pairs_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Pair(r["id"], r["split"], r["label"] == "reprint", r["origin"], r["kind"], text(r["a"]), text(r["b"]))
            for r in rows if (r["a"]["source"], r["a"]["id"]) in texts and (r["b"]["source"], r["b"]["id"]) in texts]


def count_pairs(pairs_path: Path) -> int:
    return sum(1 for line in pairs_path.read_text(encoding="utf-8").splitlines() if line.strip())


def cleaned(pairs: list[Pair]) -> list[tuple[str, str]]:
    """Both texts of every pair as ingest cleans them (boilerplate rules, normalisation)."""
    records = [RawRecord(f"{p.id}/{side}", {"id": f"{p.id}/{side}", "text": t})
               for p in pairs for side, t in (("a", p.first), ("b", p.second))]
    docs = list(Ingestor(clean=True, dedupe=False)(records))
    bad = [d.where for d in docs if not isinstance(d, Document)]
    if bad:
        raise ValueError(f"pair texts rejected by ingest: {', '.join(bad)}")
    return [(a.text, b.text) for a, b in zip(docs[::2], docs[1::2])]


def kaznews_found(texts: list[tuple[str, str]], size: int = dup.SHINGLE, min_words: int = dup.MIN_WORDS,
                  thresholds: Iterable[tuple[float, float]] = ((dup.NEAR_THRESHOLD, dup.NUMBERS_AGREE),),
                  ) -> dict[tuple[float, float], list[bool]]:
    """Per (similarity threshold, numbers agreement): is the second text of each pair found
    as a repeat of the first, as a run finds it (first indexed, second looked up)?"""
    signed = [[(content_hash(t), dup.signature(t, size, min_words)) for t in pair] for pair in texts]
    found: dict[tuple[float, float], list[bool]] = {}
    for threshold, numbers in thresholds:
        hits = found[threshold, numbers] = []
        for (hash_a, sig_a), (hash_b, sig_b) in signed:
            index = dup.DuplicateIndex(threshold, numbers)
            index.add("first", hash_a, sig_a)
            hits.append(index.find(hash_b, sig_b) is not None)
    return found


def whitespace_found(texts: list[tuple[str, str]], threshold: float = 0.7) -> list[bool]:
    """The baseline: exact Jaccard of word 3-shingles split at spaces (case and ё folded)."""
    def grams(text: str) -> set[str]:
        tokens = text.lower().replace("ё", "е").split()
        return {" ".join(tokens[i:i + 3]) for i in range(len(tokens) - 2)}
    found = []
    for first, second in texts:
        x, y = grams(first), grams(second)
        similar = bool(x | y) and len(x & y) / len(x | y) >= threshold
        found.append(content_hash(first) == content_hash(second) or similar)
    return found


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, reprint: bool, found: bool) -> None:
        if reprint:
            self.tp, self.fn = self.tp + found, self.fn + (not found)
        else:
            self.fp, self.tn = self.fp + found, self.tn + (not found)

    def prf(self) -> tuple[float, float, float]:
        return prf(self.tp, self.fp, self.fn)


def score(pairs: list[Pair], found: list[bool], split: str | None = None) -> Scores:
    scores = Scores()
    for pair, hit in zip(pairs, found):
        if split is None or pair.split == split:
            scores.add(pair.reprint, hit)
    return scores


def evaluate_duplicates(pairs_path: Path, shared: Path) -> tuple[list[Pair], dict[str, list[bool]]]:
    """The pairs and, per system, whether each pair's second text was found as a repeat."""
    pairs = load_pairs(pairs_path, shared)
    texts = cleaned(pairs)
    return pairs, {"kaznews": next(iter(kaznews_found(texts).values())),
                   "whitespace 3-shingles, exact": whitespace_found(texts)}


GRID = {"size": (2, 3, 4, 5), "min_words": (10, 15, 20, 30), "threshold": (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8),
        "numbers": (0.0, 0.5, 0.6, 0.7, 0.8)}


def grid(pairs_path: Path, shared: Path) -> list[tuple[int, int, float, float, Scores]]:
    """Every combination of shingle size, MIN_WORDS, similarity threshold and numbers
    agreement (0: no number check), scored on the dev pairs only."""
    pairs = [p for p in load_pairs(pairs_path, shared) if p.split == "dev"]
    texts = cleaned(pairs)
    thresholds = list(itertools.product(GRID["threshold"], GRID["numbers"]))
    return [(size, min_words, threshold, numbers, score(pairs, found))
            for size, min_words in itertools.product(GRID["size"], GRID["min_words"])
            for (threshold, numbers), found in kaznews_found(texts, size, min_words, thresholds).items()]
