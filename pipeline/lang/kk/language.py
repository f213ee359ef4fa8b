"""Kazakh for spaCy: `spacy.blank("kk")` (registered through the spacy_languages entry
point in pyproject.toml), modelled on spacy/lang/ky and spacy/lang/tt.

Tokenization follows KazNERD and UD Kazakh: hyphenated words stay whole (Сондай-ақ,
Нұр-Сұлтан, 55-ші, 1-інші), abbreviations keep their dots (т.б., ж., ҚР), « » and
other punctuation split off.
"""
from __future__ import annotations

from spacy.attrs import LIKE_NUM, NORM, ORTH
from spacy.lang.char_classes import (ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, LIST_ELLIPSES,
                                     LIST_ICONS)
from spacy.language import BaseDefaults, Language
from spacy.tokens import Doc

from .lemmatizer import lemmatize_word
from .stop_words import STOP_WORDS

_NUMBER_WORDS = frozenset("""
нөл бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс
сексен тоқсан жүз мың миллион миллиард триллион жарты
""".split())
_ORDINAL_ENDINGS = ("ыншы", "інші", "ншы", "нші", "-ші", "-шы", "-інші", "-ыншы", "-нші", "-ншы")

ABBREVIATIONS = ["т.б.", "т.с.с.", "т.с.", "ж.", "жж.", "ғ.", "ғғ.", "б.з.б.", "б.з.", "млн.", "млрд.",
                 "обл.", "қ.", "көш.", "ауд.", "ш.", "тг.", "т.", "мыс.", "проф.", "акад."]


def norm(text: str) -> str:
    """The stem: case forms of a word share a NORM (and so an embedding row in the NER)."""
    return lemmatize_word(text) if text.replace("-", "").isalpha() else text.lower()


def like_num(text: str) -> bool:
    text = text.replace(",", "").replace(".", "").replace(" ", "")
    if text.isdigit():
        return True
    lowered = text.lower()
    if lowered in _NUMBER_WORDS:
        return True
    return lowered.endswith(_ORDINAL_ENDINGS) and (lowered.split("-")[0].isdigit()
                                                   or any(lowered.startswith(w) for w in _NUMBER_WORDS))


_INFIXES = (
    LIST_ELLIPSES
    + LIST_ICONS
    + [
        r"(?<=[0-9])[+\*^](?=[0-9-])",
        rf"(?<=[{ALPHA_LOWER}{CONCAT_QUOTES}])\.(?=[{ALPHA_UPPER}{CONCAT_QUOTES}])",
        rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])[:<>=/](?=[{ALPHA}])",
    ]
)


class KazakhDefaults(BaseDefaults):
    stop_words = STOP_WORDS
    infixes = _INFIXES
    tokenizer_exceptions = {abbr: [{ORTH: abbr}] for abbr in ABBREVIATIONS}
    lex_attr_getters = {LIKE_NUM: like_num, NORM: norm}


class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults


@Language.component("kk_lemmatizer")
def kk_lemmatizer(doc: Doc) -> Doc:
    """Lemmas from kaznews' lexicon-backed Kazakh lemmatizer (lemmatizer.py)."""
    for token in doc:
        if not token.is_punct and not token.like_num:
            token.lemma_ = lemmatize_word(token.text)
    return doc


__all__ = ["Kazakh", "kk_lemmatizer", "like_num", "norm"]
