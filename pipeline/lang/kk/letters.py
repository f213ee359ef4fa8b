"""The Cyrillic letters Kazakh has and Russian lacks: the strongest cue for language; and the
Latin look-alikes typed for them."""
import re

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KAZAKH_LETTER = re.compile(f"[{''.join(sorted(KAZAKH_LETTERS))}]")  # a search, 5x a set's isdisjoint per word


def has_kazakh_letters(word: str) -> bool:
    return _KAZAKH_LETTER.search(word) is not None


_RUSSIAN_SPELLING = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def russian_spelling(word: str) -> str:
    """Kazakh letters as Russian text spells them (Гүлмира -> Гулмира, Қонаев -> Конаев),
    letter for letter, so a Kazakh-spelt name in a Russian sentence can be analysed as Russian."""
    return word.translate(_RUSSIAN_SPELLING) if has_kazakh_letters(word) else word


# Letters typed with look-alikes inside otherwise Cyrillic words: Latin ə/Ə, ɵ/Ɵ, ö, ü, i, h,
# ğ, ñ, q for Kazakh ә, ө, ө, ү, і, һ, ғ, ң, қ; Latin a, c, e, o, p, x, y and their capitals
# for the Cyrillic letters they copy ("Aстана" with a Latin A); and the Khakass ӊ for ң.
_LOOKALIKES = str.maketrans({
    "ə": "ә", "Ə": "Ә", "ɵ": "ө", "Ɵ": "Ө", "ö": "ө", "Ö": "Ө", "ü": "ү", "Ü": "Ү", "i": "і", "I": "І",
    "h": "һ", "H": "Н", "ğ": "ғ", "Ğ": "Ғ", "ñ": "ң", "Ñ": "Ң", "q": "қ", "Q": "Қ",
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к", "m": "м",
    "A": "А", "B": "В", "C": "С", "E": "Е", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    "ӊ": "ң", "Ӊ": "Ң",
})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KHAKASS_EN = ("ӊ", "Ӊ")  # typed for ң, Ң by some Kazakh sites


def cyrillic_spelling(word: str) -> str:
    """A word at least half Cyrillic in Cyrillic letters only ("кеңсесiнiң" with Latin i's ->
    "кеңсесінің", "облысыныӊ" -> "облысының"); a word in Latin script (AMANAT, iPhone) as it
    is. Letter for letter: offsets into the word stay valid."""
    cyrillic = len(_CYRILLIC.findall(word))
    if cyrillic * 2 < len(word) or cyrillic == len(word) and not any(k in word for k in _KHAKASS_EN):
        return word
    return word.translate(_LOOKALIKES)
