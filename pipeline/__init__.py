"""kaznews: Russian/Kazakh news in, clean articles, lemmas, entities and topics out.

    >>> from pipeline import analyze, read, lemmatize
    >>> result = analyze(["Аким Астаны провел совещание."])
    >>> result.entities[["label", "text", "normal"]]
"""
from .api import Result, analyze, lemmatize, read, run
from .nlp import Pipeline
from .resources import Resources
from .version import __version__

__all__ = ["Pipeline", "Resources", "Result", "__version__", "analyze", "lemmatize", "read", "run"]
