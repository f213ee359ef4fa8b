"""`kaznews eval lemma`: token accuracy of `kaznews.lemmatize` on a CoNLL-U file.

Compared case-insensitively with ё = е, skipping PUNCT, SYM, X and NUM, beside baselines
run on the same tokens: plain natasha (its morph tagger and MorphVocab.lemmatize) and
pymorphy3's first parse for Russian, the unchanged word (identity) for both languages.
"""
from __future__ import annotations

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


def load_gold(path: Path, limit: int | None = None) -> list[GoldSentence]:
    sentences = list(read_conllu(path))
    return sentences[:limit] if limit else sentences
