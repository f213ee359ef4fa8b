"""Russian: stop words and the lemmatizer live side by side in this folder."""
from .stop_words import STOP_WORDS

__all__ = ["STOP_WORDS"]
