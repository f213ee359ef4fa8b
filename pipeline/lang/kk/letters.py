"""The Cyrillic letters Kazakh has and Russian lacks: the strongest cue for language."""

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def has_kazakh_letters(word: str) -> bool:
    return not KAZAKH_LETTERS.isdisjoint(word)


_RUSSIAN_SPELLING = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def russian_spelling(word: str) -> str:
    """Kazakh letters as Russian text spells them (Гүлмира -> Гулмира, Қонаев -> Конаев),
    letter for letter, so a Kazakh-spelt name in a Russian sentence can be analysed as Russian."""
    return word.translate(_RUSSIAN_SPELLING)
