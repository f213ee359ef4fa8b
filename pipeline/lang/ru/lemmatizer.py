"""Russian lemmas: the pymorphy3 parse that agrees best with the morph tagger's tag.

natasha does the same with pymorphy2 but ignores pymorphy's own parse scores and treats
determiners and pronominal adjectives as mismatches. Here: POS classes that pymorphy and
UD split differently count as equal, agreement is weighted (POS first, then case, number,
gender, the rest), pymorphy's score breaks ties, and Kazakh and Latin words keep their form
(pymorphy3 mangles them: "Нұрлы" -> "нұрла").
"""
from __future__ import annotations

from functools import lru_cache

from natasha.morph.vocab import ud_feats, ud_pos

from ..kk import has_kazakh_letters
from .exceptions import ABBREVIATIONS, FORM_IS_LEMMA_POS, INVARIANT, KAZAKH_LOANS

# Classes that pymorphy3 (OpenCorpora) and UD draw differently.
_POS_CLASS = {"PROPN": "NOUN", "AUX": "VERB", "SCONJ": "CCONJ", "DET": "ADJ"}
_FEAT_WEIGHTS = {"Case": 3.0, "Number": 2.0, "Gender": 2.0, "VerbForm": 2.0, "Aspect": 1.0,
                 "Tense": 1.0, "Person": 1.0, "Degree": 1.0, "Variant": 1.0, "Voice": 0.5}
_POS_WEIGHT = 10.0
# pymorphy3 guesses an unknown "-ском"/"-ского" adjective from both paradigms, and often
# prefers "-ской" ("Зерендинском" -> "зерендинской"); place adjectives of that kind are
# stressed on the stem ("-ский") but for a few the dictionary knows (Донской).
_STRESSED_ENDINGS = ("ской", "цкой")
_STRESSED_GUESS_PENALTY = 0.5
_UNCHANGED_POS = {"PUNCT", "SYM", "NUM", "X"}

Feats = tuple[tuple[str, str], ...]


def normal_word(word: str) -> str:
    return word.lower().replace("ё", "е")


def is_russian_word(word: str) -> bool:
    """Cyrillic and free of Kazakh letters: a word pymorphy3 can analyse."""
    return not has_kazakh_letters(word) and any("а" <= c <= "я" or c == "ё" for c in word.lower())


def is_foreign_word(word: str, analyzer) -> bool:
    """A word of letters that is no Russian word pymorphy3 knows: Kazakh ("Әділдік",
    "жастар"), Latin, or Cyrillic outside the dictionary."""
    return not analyzer.word_is_known(word.lower()) if is_russian_word(word) else word.isalpha()


VOWELS = frozenset("аяоёеэиыую")  # Russian vowel letters, lower case
_FIRST_DECLENSION_ENDINGS = {"gent": "ы", "ablt": "ой"}  # after a hard consonant
_VKA_STEMS = ("овк", "евк", "ёвк")  # Ивановка, Николаевка, «Лермонтовка»: no Russian name ends in -овк


class RussianLemmatizer:
    """pymorphy3's analyser with the caches the pipeline asks it through: parses per word
    (news repeats its words, and the lemmatizer and the normalisers ask for the same ones),
    the best parse per tagged word, and lemmas. One per Resources, so the caches go with
    the analyser they came from."""

    def __init__(self, analyzer) -> None:
        self.analyzer = analyzer
        self.parse = lru_cache(maxsize=300_000)(self._parse)
        self.best_parse = lru_cache(maxsize=200_000)(self._best_parse)
        self.lemmatize = lru_cache(maxsize=200_000)(self._lemmatize)

    def _parse(self, word: str) -> tuple:
        """pymorphy3's parses of a word (cached as `parse`); none for a word with a letter
        Unicode gives no name (pymorphy3's Latin check raises on "𗀀")."""
        try:
            return tuple(self.analyzer.parse(word))
        except ValueError:
            return ()

    def _best_parse(self, word: str, pos: str, feats: Feats = ()):
        """The pymorphy3 parse of `word` that agrees best with a UD tag, or None (cached as
        `best_parse`)."""
        parses = self.parse(word)
        if not parses:
            return None
        wanted = dict(feats)
        pos_class = _POS_CLASS.get(pos, pos)
        best, best_score = None, -1.0
        for parse in parses:
            score = parse.score
            if parse.normal_form.endswith(_STRESSED_ENDINGS) and "ADJF" in parse.tag and not parse.is_known:
                score -= _STRESSED_GUESS_PENALTY
            parse_pos = ud_pos(parse.tag)
            if _POS_CLASS.get(parse_pos, parse_pos) == pos_class:
                score += _POS_WEIGHT
            for key, value in ud_feats(parse.tag):
                if wanted.get(key) == value:
                    score += _FEAT_WEIGHTS.get(key, 0.0)
            if score > best_score:
                best, best_score = parse, score
        return best

    def _lemmatize(self, word: str, pos: str, feats: Feats = ()) -> str:
        """The lemma of one Russian word given its UD POS and features (as sorted pairs);
        cached as `lemmatize`."""
        lowered = normal_word(word)
        if lowered in ABBREVIATIONS:
            return ABBREVIATIONS[lowered]
        if lowered in KAZAKH_LOANS:
            return KAZAKH_LOANS[lowered]
        if pos in _UNCHANGED_POS or pos in FORM_IS_LEMMA_POS or lowered in INVARIANT or not is_russian_word(lowered):
            return lowered
        if pos == "PROPN" and len(lowered) == 2 and lowered.endswith("."):  # an initial: "А." -> "а"
            return lowered[0]
        parse = self.best_parse(lowered, pos, feats)
        if parse is None or (pos == "PROPN" and not parse.is_known):
            return lowered
        return normal_word(parse.normal_form)

    def first_declension_nominative(self, word: str, case: str) -> str | None:
        """The nominative in -а of a name read in the genitive or the instrumental of the
        first declension, which men's surnames in -а follow too ("Рамафосы", "Рамафосой" ->
        "рамафоса"), if the guessed paradigm of that nominative gives `word` back. Only these
        two cases: a name in -е or -у may not decline at all (Шойгу). Lower case in and out."""
        ending = _FIRST_DECLENSION_ENDINGS.get(case)
        if ending is None or not word.endswith(ending) or len(word) - len(ending) < 3:
            return None
        candidate = word[:-len(ending)] + "а"
        return candidate if self._declines_to(candidate, case, word) else None

    def regular_nominative(self, word: str, case: str | None) -> str | None:
        """The nominative of an unknown name read in an oblique case (pymorphy3 may guess it
        indeclinable: "Щучинска" as an abbreviation, "Жумата" as a name of its own): the word
        minus an ending, if the stem's guessed paradigm gives `word` back in that case
        ("щучинск" -> genitive "щучинска"). Lower case in, lower case out."""
        if case in (None, "nomn"):
            return None
        # -а -у -е, -ом -ой; an -ом is a consonant stem's before a neuter's in -о ("Байтереком")
        for cut in ((2, 1) if word.endswith("ом") else (1, 2)):
            stem = word[:-cut]
            if stem.endswith(_VKA_STEMS) and self._declines_to(stem + "а", case, word):
                return stem + "а"  # "Лермонтовке" -> "лермонтовка": -овка, never a stem in -овк
            if len(stem) >= 3 and self._declines_to(stem, case, word):
                return stem
        return None

    def _declines_to(self, nominative: str, case: str, word: str) -> bool:
        """Whether a guessed singular noun paradigm of `nominative` (not an indeclinable one)
        gives `word` in `case`."""
        for parse in self.parse(nominative):
            if {"NOUN", "nomn", "sing"} <= parse.tag.grammemes and "Fixd" not in parse.tag:
                form = parse.inflect({case, "sing"})
                if form is not None and form.word == word:
                    return True
        return False
