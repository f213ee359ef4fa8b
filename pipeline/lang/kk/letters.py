"""The Cyrillic letters Kazakh has and Russian lacks: the strongest cue for language."""

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def has_kazakh_letters(word: str) -> bool:
    return not KAZAKH_LETTERS.isdisjoint(word)
