"""`kaznews eval lemma`: token accuracy of `kaznews.lemmatize` on a CoNLL-U file, or on
the held-out part of UniMorph Kazakh.

Compared case-insensitively with ё = е, skipping PUNCT, SYM, X and NUM, beside baselines
run on the same tokens: plain natasha (its morph tagger and MorphVocab.lemmatize) and
pymorphy3's first parse for Russian, the unchanged word (identity) for both languages.

UniMorph (../shared/data/kk_morph/unimorph_kaz.tsv.gz) is split by lemma, so no lemma of
the held-out part is seen in development: a lemma is held out when the SHA-1 of
"kaznews-kk-lemmas:" + lemma is 0 modulo 5 (a fifth; fixed, so every run agrees). Its verb
lemmas are infinitives; they are turned into the bare stem as UD KTB writes them, taken
from the lemma's own past-tense 3rd-person form ("оқу": "оқыды" -> "оқы"). Multi-word
lemmas and forms are left out.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..api import lemmatize
from .conllu import GoldSentence, read_conllu

SKIP_POS = {"PUNCT", "SYM", "X", "NUM"}
Lemmatizer = Callable[[list[str]], list[str]]


def fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@dataclass
class LemmaScore:
    system: str
    correct: int = 0
    total: int = 0
    by_pos: Counter = field(default_factory=Counter)
    total_by_pos: Counter = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def natasha_lemmatizer() -> Lemmatizer:
    from natasha import MorphVocab
    from ..api import shared_resources
    vocab = MorphVocab()
    tagger = shared_resources().natasha_morph_tagger

    def run(words: list[str]) -> list[str]:
        markup = tagger(words)
        return [vocab.lemmatize(t.text, t.pos, t.feats) for t in markup.tokens]
    return run


def pymorphy_first_parse() -> Lemmatizer:
    from ..api import shared_resources
    analyzer = shared_resources().morph_analyzer
    return lambda words: [analyzer.parse(w)[0].normal_form for w in words]


def systems_for(lang: str) -> dict[str, Lemmatizer]:
    systems: dict[str, Lemmatizer] = {"kaznews": lambda words: lemmatize(words, lang)}
    if lang == "ru":
        systems["natasha"] = natasha_lemmatizer()
        systems["pymorphy3 first parse"] = pymorphy_first_parse()
    systems["identity"] = lambda words: list(words)
    return systems


def evaluate_lemmas(sentences: list[GoldSentence], lang: str) -> list[LemmaScore]:
    scores = []
    for name, system in systems_for(lang).items():
        score = LemmaScore(name)
        for sent in sentences:
            for predicted, gold, pos in zip(system(sent.words), sent.lemmas, sent.upos):
                if pos in SKIP_POS:
                    continue
                ok = fold(predicted) == fold(gold)
                score.total += 1
                score.correct += ok
                score.total_by_pos[pos] += 1
                score.by_pos[pos] += ok
        scores.append(score)
    return scores


def unimorph_held_out(lemma: str) -> bool:
    """Whether a UniMorph lemma is in the held-out fifth (the split by lemma above)."""
    return int(hashlib.sha1(f"kaznews-kk-lemmas:{lemma}".encode()).hexdigest(), 16) % 5 == 0


def read_unimorph(path: Path, held_out: bool = True) -> list[GoldSentence]:
    """One pseudo-sentence per UniMorph lemma of the chosen part: its single-word forms,
    with the lemma as UD KTB writes it and NOUN or VERB as the part of speech."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [(lemma, form, features) for lemma, form, features, _ in csv.reader(
            fh, delimiter="\t", quoting=csv.QUOTE_NONE) if lemma != "lemma"]
    stems = {lemma: form[:-2] for lemma, form, features in rows if features == "V;SG;3;PST" and " " not in form}
    by_lemma: dict[str, GoldSentence] = {}
    for lemma, form, features in rows:
        if " " in lemma or " " in form or unimorph_held_out(lemma) != held_out:
            continue
        verb = features.startswith("V;")
        if verb and lemma not in stems:
            continue
        sent = by_lemma.setdefault(lemma, GoldSentence([], [], []))
        sent.words.append(form)
        sent.lemmas.append(stems[lemma] if verb else lemma)
        sent.upos.append("VERB" if verb else "NOUN")
    return list(by_lemma.values())


def kazakh_gold(shared: Path) -> list[Path]:
    """The Kazakh lemma gold `kaznews eval lemma --lang kk` scores by default: UD KTB train
    (conventions), UniMorph Kazakh (its held-out part) and the project's news sentences."""
    return [shared / "data" / "ud" / "kk_ktb-ud-train.conllu", shared / "data" / "kk_morph" / "unimorph_kaz.tsv.gz",
            Path("data") / "eval" / "kk_news_lemmas.conllu"]


def load_gold(path: Path, limit: int | None = None) -> list[GoldSentence]:
    """Gold sentences of a CoNLL-U file, or of UniMorph's held-out part (a .tsv.gz)."""
    sentences = read_unimorph(path) if path.name.endswith(".tsv.gz") else list(read_conllu(path))
    return sentences[:limit] if limit else sentences
