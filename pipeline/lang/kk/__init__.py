"""Kazakh: letters, stop words and the lemmatizer live side by side in this folder."""
from .letters import KAZAKH_LETTERS, has_kazakh_letters, russian_spelling
from .stop_words import (CURRENCY_CODES, LANGUAGE_SWITCH, MENU_WORDS, POSTPOSITIONS, QUANTIFIERS, QUESTION_WORDS,
                         SENTENCE_ADVERBS, STOP_WORDS)

__all__ = ["CURRENCY_CODES", "KAZAKH_LETTERS", "LANGUAGE_SWITCH", "MENU_WORDS", "POSTPOSITIONS", "QUANTIFIERS",
           "QUESTION_WORDS", "SENTENCE_ADVERBS", "STOP_WORDS", "has_kazakh_letters", "russian_spelling"]
