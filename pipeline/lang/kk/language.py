"""Kazakh for spaCy: `spacy.blank("kk")` (registered through the spacy_languages entry
point in pyproject.toml), modelled on spacy/lang/ky and spacy/lang/tt.

Tokenization follows KazNERD and UD Kazakh: hyphenated words stay whole (Сондай-ақ,
Нұр-Сұлтан, 55-ші, 1-інші), abbreviations keep their dots (т.б., ж., ҚР), « » and
other punctuation split off.
"""
from __future__ import annotations

from functools import partial

from spacy.attrs import LIKE_NUM, NORM, ORTH
from spacy.lang.char_classes import (ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, LIST_ELLIPSES,
                                     LIST_ICONS)
from spacy.lang.norm_exceptions import BASE_NORMS
from spacy.language import BaseDefaults, Language
from spacy.tokens import Doc
from spacy.util import add_lookups

from ...models import models_dir
from .lemmatizer import LEXICON_FILE, KazakhLemmatizer
from .stop_words import STOP_WORDS

_NUMBER_WORDS = frozenset("""
нөл бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс
сексен тоқсан жүз мың миллион миллиард триллион жарты
""".split())
_ORDINAL_ENDINGS = ("ыншы", "інші", "ншы", "нші", "-ші", "-шы", "-інші", "-ыншы", "-нші", "-ншы")

ABBREVIATIONS = ["т.б.", "т.с.с.", "т.с.", "ж.", "жж.", "ғ.", "ғғ.", "б.з.б.", "б.з.", "млн.", "млрд.",
                 "обл.", "қ.", "көш.", "ауд.", "ш.", "тг.", "т.", "мыс.", "проф.", "акад."]


def norm(lemmatizer: KazakhLemmatizer, text: str) -> str:
    """The stem: case forms of a word share a NORM (and so an embedding row in the NER)."""
    return lemmatizer.lemmatize(text) if text.replace("-", "").isalpha() else text.lower()


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
        # a dateline glued to its outlet: "АТЫРАУ.KAZINFORM", "ТАЛДЫҚОРҒАН.ҚазАқпарат" (not a
        # domain: "ZAKON.KZ")
        r"(?<=[А-ЯӘҒҚҢӨҰҮҺІ]{2})\.(?=[A-Z]{3}|[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі])",
        rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])[:<>=/](?=[{ALPHA}])",
        # a colon glued to the quote of what is said: "Ұлттық банк:«Бұл нормалар ..."
        rf"(?<=[{ALPHA}]):(?=[«„“\"])",
        # a dash with no spaces joins no word: "Астанада—3245", "Алматы–Бішкек" (a hyphen does)
        rf"(?<=[{ALPHA}0-9])[—–](?=[{ALPHA}0-9])",
        # a quote a scraper glued to the word beside it: "«Балқаш өңірі»газетінің",
        # "жұмыстарын«ӘлемТрансЖол»"
        rf"(?<=[{ALPHA}])[«»„“”](?=[{ALPHA}])",
    ]
)


class KazakhDefaults(BaseDefaults):
    stop_words = STOP_WORDS
    infixes = _INFIXES
    tokenizer_exceptions = {abbr: [{ORTH: abbr}] for abbr in ABBREVIATIONS}
    lex_attr_getters = {LIKE_NUM: like_num}  # NORM: bound to each pipeline's own lemmatizer


class Kazakh(Language):
    """spaCy's Language for Kazakh. NORM and the kk_lemmatizer pipe use the instance's
    Kazakh lemmatizer: the shipped lexicon's by default, a Resources' own once it loads the
    Kazakh NER (`use_lemmatizer`), so its lexicon and cache serve both."""

    lang = "kk"
    Defaults = KazakhDefaults

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.use_lemmatizer(KazakhLemmatizer(models_dir() / LEXICON_FILE))  # reads the lexicon on first use

    def use_lemmatizer(self, lemmatizer: KazakhLemmatizer) -> None:
        """Lemmas and NORM from `lemmatizer`, behind spaCy's own norm tables as in
        spacy.vocab.create_vocab."""
        self.kazakh_lemmatizer = lemmatizer
        getter = add_lookups(partial(norm, lemmatizer), BASE_NORMS)
        if "lexeme_norm" in self.vocab.lookups:
            getter = add_lookups(getter, self.vocab.lookups.get_table("lexeme_norm"))
        self.vocab.lex_attr_getters[NORM] = getter


@Language.factory("kk_lemmatizer")
def kk_lemmatizer(nlp: Kazakh, name: str):
    """Lemmas from kaznews' lexicon-backed Kazakh lemmatizer (lemmatizer.py)."""
    def set_lemmas(doc: Doc) -> Doc:
        for token in doc:
            if not token.is_punct and not token.like_num:
                token.lemma_ = nlp.kazakh_lemmatizer.lemmatize(token.text)
        return doc
    return set_lemmas


__all__ = ["Kazakh", "kk_lemmatizer", "like_num", "norm"]
