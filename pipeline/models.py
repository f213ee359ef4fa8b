"""Heavy models, loaded lazily and once per process (workers each load their own)."""
from __future__ import annotations

import hashlib
import os
from functools import cache, lru_cache
from importlib import metadata, resources
from pathlib import Path


def models_dir() -> Path:
    """The model files: the folder $KAZNEWS_MODELS names (your retrained models, all files
    of the layout in models/), else those installed with kaznews as package data."""
    override = os.environ.get("KAZNEWS_MODELS")
    return Path(override) if override else Path(str(resources.files("kaznews.model_files")))


MODELS_DIR = models_dir()
# The installed packages whose models or dictionaries shape the output.
MODEL_PACKAGES = ("natasha", "navec", "slovnet", "pymorphy3", "pymorphy3-dicts-ru", "spacy",
                  "lingua-language-detector", "razdel")


def file_digests(folder: Path) -> dict[str, str]:
    """sha256 (first 16 hex digits) of every data file under `folder`, by relative path;
    code and docs (.py, .md) are not model data."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.suffix not in (".py", ".md", ".pyc")}


@cache
def model_identity(topic_model: str | None = None) -> dict[str, str]:
    """What made a run's output: every model file's digest, the codebook's if one is used,
    and the versions of the packages that ship models. Recorded in each run's manifest."""
    identity = {f"models/{name}": digest for name, digest in file_digests(MODELS_DIR).items()}
    if topic_model:
        identity.update({f"codebook/{name}": digest for name, digest in file_digests(Path(topic_model)).items()})
    for package in MODEL_PACKAGES:
        try:
            identity[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            identity[package] = "not installed"
    return identity


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
    """natasha's morph tagger run faster (kaznews.neural), same tags."""
    from .neural import MorphTagger
    return MorphTagger(natasha_morph_tagger())


@cache
def ner_tagger():
    """natasha's NER run faster (kaznews.neural), same tags; shares the morph tagger's word ids."""
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
