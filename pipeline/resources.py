"""Every model a pipeline uses, and every cache derived from one, in one object.

A `Resources` loads each model on first use from its models folder (the shipped one by
default) and keeps it, with the caches built from it, for as long as it lives. Stages get
theirs from the `Pipeline` that owns them, so two pipelines can run side by side on
different models, and a retrained model is seen by a new Resources or after `reload()`:
nothing is cached at module level.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

from .entities.memo import Memo
from .entities.normalize import ALIASES_FILE, load_aliases
from .entities.kk_rules import ABBREVIATIONS_FILE, load_abbreviations
from .entities.persons import FIRST_NAMES_FILE, Reading, load_first_names
from .entities.rules import GAZETTEER_FILE, EntityRules
from .lang.kk.lemmatizer import LEXICON_FILE as KK_LEXICON_FILE
from .lang.kk.lemmatizer import KazakhLemmatizer
from .lang.ru.lemmatizer import RussianLemmatizer
from .models import models_dir as default_models_dir
from .roles.vocabulary import POSITIONS_FILE, PositionVocabulary
from .topics.model import TopicModel
from .topics.keywords import SeedIndex
from .topics.taxonomy import TAXONOMY_FILE, Taxonomy
from .topics.vectors import KK_VECTORS_FILE, LEXICON_FILE, TRANSLATIONS_FILE, TopicVectors

KK_NER_DIR = Path("kk_ner") / "model"  # under the models folder


class Resources:
    """The models and derived caches of one models folder, each loaded on first use."""

    def __init__(self, models_dir: Path | str | None = None) -> None:
        self.models_dir = Path(models_dir) if models_dir is not None else default_models_dir()

    def __repr__(self) -> str:
        loaded = [name for name in _LOADED_ON_USE if name in self.__dict__]
        return f"Resources({str(self.models_dir)!r}, loaded: {', '.join(loaded) or 'nothing yet'})"

    def reload(self) -> None:
        """Drop every loaded model and cache: the next use reads the models folder again
        (after `kaznews train ...` rewrote a model)."""
        for name in _LOADED_ON_USE:
            self.__dict__.pop(name, None)

    # natasha (navec embeddings, slovnet taggers)
    @cached_property
    def navec(self):
        from natasha import NewsEmbedding
        return NewsEmbedding()

    @cached_property
    def natasha_morph_tagger(self):
        """natasha's own morph tagger: the baseline in evaluations, and the weights of ours."""
        from natasha import NewsMorphTagger
        return NewsMorphTagger(self.navec)

    @cached_property
    def natasha_ner_tagger(self):
        """natasha's own NER: the baseline in evaluations, and the weights of ours."""
        from natasha import NewsNERTagger
        return NewsNERTagger(self.navec)

    @cached_property
    def morph_tagger(self):
        """natasha's morph tagger run faster (kaznews.neural), same tags."""
        from .neural import MorphTagger
        return MorphTagger(self.natasha_morph_tagger)

    @cached_property
    def ner_tagger(self):
        """natasha's NER run faster (kaznews.neural), same tags; shares the morph tagger's word ids."""
        from .neural import NERTagger
        return NERTagger(self.natasha_ner_tagger, self.morph_tagger.ids)

    @cached_property
    def ru_ner(self):
        """kaznews' Russian NER (models/ru_ner, `kaznews train ru-ner`): reads natasha NER's
        encoder and tags, so it shares that tagger and its caches."""
        from .entities.ru_ner import RU_NER_FILE, RussianNER
        return RussianNER(self.models_dir / RU_NER_FILE, self.ner_tagger)

    # Russian morphology
    @cached_property
    def morph_analyzer(self):
        import pymorphy3
        return pymorphy3.MorphAnalyzer()

    @cached_property
    def ru_lemmatizer(self) -> RussianLemmatizer:
        """pymorphy3 with the per-word parse, best-parse and lemma caches."""
        return RussianLemmatizer(self.morph_analyzer)

    # Kazakh
    @cached_property
    def kk_lemmatizer(self) -> KazakhLemmatizer:
        return KazakhLemmatizer(self.models_dir / KK_LEXICON_FILE)

    @cached_property
    def kazakh_ner(self):
        """The Kazakh NER trained by `kaznews train kk-ner`, its vocab computing only the
        lexical attributes the tagger, its sentencizer and the repairs read (kazakh.LEXEME_ATTRS):
        spaCy's Kazakh vocab computes twenty more (shape, url, NORM by the lemmatizer...) for
        every word it has not seen, a cost each cold word paid again."""
        import spacy

        from .entities.kazakh import LEXEME_ATTRS  # the module registers the kk_crf_ner component
        nlp = spacy.load(self.models_dir / KK_NER_DIR)
        # the tokenizer splits by lang/kk/language.py as it is now, not by the copy of its rules
        # saved with the model when it was trained: they are the language's, not learnt
        nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(nlp.Defaults.infixes).finditer
        getters = nlp.vocab.lex_attr_getters
        nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in LEXEME_ATTRS}
        return nlp

    @cached_property
    def kk_abbreviations(self) -> dict[str, str]:
        """Kazakh abbreviations' labels (models/gazetteers/kk_abbreviations.tsv)."""
        return load_abbreviations(self.models_dir / ABBREVIATIONS_FILE)

    @cached_property
    def language_detector(self):
        """lingua's, restricted to Kazakh and Russian, with its models loaded now: loaded
        lazily they cost the first sentence that reaches lingua a second or more, in each
        worker, instead of once where the models load (the fork server shares them)."""
        from lingua import Language, LanguageDetectorBuilder
        return LanguageDetectorBuilder.from_languages(Language.KAZAKH, Language.RUSSIAN) \
            .with_preloaded_language_models().build()

    # entities
    @cached_property
    def entity_rules(self) -> EntityRules:
        return EntityRules(self.models_dir / GAZETTEER_FILE, self.ru_lemmatizer)

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Folded variant -> folded canonical name (models/entities/aliases.tsv)."""
        return load_aliases(self.models_dir / ALIASES_FILE)

    @cached_property
    def entity_memo(self) -> Memo:
        """Normal forms of name parts and phrases already computed (entities/memo.py)."""
        return Memo()

    @cached_property
    def first_names(self) -> dict[str, dict[Reading, str]]:
        """First names' case forms (models/gazetteers/first_names.tsv)."""
        return load_first_names(self.models_dir / FIRST_NAMES_FILE)

    # roles
    @cached_property
    def position_vocabulary(self) -> PositionVocabulary:
        """Position words learned from NEREL and KazNERD (models/roles/positions.tsv)."""
        return PositionVocabulary.load(self.models_dir / POSITIONS_FILE)

    # topics
    @cached_property
    def taxonomy(self) -> Taxonomy:
        return Taxonomy(self.models_dir / TAXONOMY_FILE)

    @cached_property
    def seed_index(self) -> SeedIndex:
        """The taxonomy's seed terms, lemmatized by this Resources' own lemmatizers."""
        from .analysis import lemmatize_words
        return SeedIndex(self.taxonomy, lambda words, lang: lemmatize_words(words, lang, self))

    @cached_property
    def topic_vectors(self) -> TopicVectors:
        """Word vectors, topic lexicons, translations, the topic model's word-level weights and
        the cache of each word's values."""
        return TopicVectors(self.taxonomy, self.navec, self.models_dir / KK_VECTORS_FILE,
                            self.models_dir / LEXICON_FILE, self.models_dir / TRANSLATIONS_FILE,
                            self.topic_model.word_model() if self.topic_model else None)

    @cached_property
    def topic_model(self) -> TopicModel | None:
        """The trained topic model and its calibration (None before `kaznews train
        topic-model` first wrote one: the trainer's own features need no model)."""
        return TopicModel(self.models_dir, self.taxonomy) if TopicModel.exists(self.models_dir) else None


_LOADED_ON_USE = tuple(name for name, value in vars(Resources).items() if isinstance(value, cached_property))


_shared: Resources | None = None


def shared_resources() -> Resources:
    """This process's default Resources, made on first use and kept, so that calls given
    none (`kaznews.analyze`, the runner's workers, the evaluations) load the models once;
    its `reload()` makes the next call read a retrained models folder."""
    global _shared
    if _shared is None:
        _shared = Resources()
    return _shared
