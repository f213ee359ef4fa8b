"""Kazakh lemmatizer (first version: lower-cased word; replaced by the suffix stripper)."""


def lemmatize_word(word: str) -> str:
    return word.lower()
