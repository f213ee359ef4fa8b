"""Heavy models, loaded lazily and once per process (workers each load their own)."""
from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


@cache
def navec_embedding():
    from natasha import NewsEmbedding
    return NewsEmbedding()


@cache
def natasha_morph_tagger():
    """natasha's own morph tagger: the baseline in evaluations, and the weights of ours."""
    from natasha import NewsMorphTagger
    return NewsMorphTagger(navec_embedding())


@cache
def natasha_ner_tagger():
    """natasha's own NER: the baseline in evaluations, and the weights of ours."""
    from natasha import NewsNERTagger
    return NewsNERTagger(navec_embedding())


@cache
def morph_tagger():
    """natasha's morph tagger run faster (pipeline.neural), same tags."""
    from .neural import MorphTagger
    return MorphTagger(natasha_morph_tagger())


@cache
def ner_tagger():
    """natasha's NER run faster (pipeline.neural), same tags; shares the morph tagger's word ids."""
    from .neural import NERTagger
    return NERTagger(natasha_ner_tagger(), morph_tagger().ids)


@cache
def morph_analyzer():
    import pymorphy3
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=300_000)
def parse_word(word: str) -> tuple:
    """pymorphy3's parses of a word, cached: news repeats its words, and the lemmatizer and
    the normalisers ask for the same ones."""
    return tuple(morph_analyzer().parse(word))


@cache
def language_detector():
    from lingua import Language, LanguageDetectorBuilder
    return LanguageDetectorBuilder.from_languages(Language.KAZAKH, Language.RUSSIAN).build()


@cache
def kazakh_ner():
    """The Kazakh NER trained by `kaznews train kk-ner` (models/kk_ner/model)."""
    import spacy
    return spacy.load(MODELS_DIR / "kk_ner" / "model")
