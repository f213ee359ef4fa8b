"""The processing pipeline: named stages applied in order to a batch of Documents.

As in spaCy, a stage is registered under a name with a factory, and a pipeline is a list
of names. Each registration says what the stage needs on a Document (`requires`) and what
it fills in (`provides`), so a pipeline that lacks a stage is refused when it is built,
not found empty after a run. A factory gets the pipeline's `Resources` (the models, loaded
on first use) and the stage's configuration, and returns the component: a callable that
takes a batch of Documents and returns it filled in. Ingest is not here: it runs once per
run in the reading process, where duplicates can be seen.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .analysis import analyze_morphology
from .doc import Document
from .entities import extract_entities
from .langid import detect_language
from .resources import Resources
from .roles import extract_roles
from .script import cyrillic_view
from .topics import CodebookTagger, TopicTagger

Component = Callable[[Iterable[Document]], list[Document]]
Factory = Callable[[Resources, Mapping], Component]


@dataclass(frozen=True)
class Stage:
    """A registered stage: its factory and what it needs and fills on a Document."""

    name: str
    factory: Factory
    requires: tuple[str, ...]
    provides: tuple[str, ...]


STAGES: dict[str, Stage] = {}
DEFAULT_STAGES = ("language", "analysis", "entities", "roles", "topics")


def register_stage(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()) -> Callable[[Factory], Factory]:
    """Register `factory(resources, config) -> component` as the stage `name`."""
    def register(factory: Factory) -> Factory:
        STAGES[name] = Stage(name, factory, tuple(requires), tuple(provides))
        return factory
    return register


@register_stage("language", provides=("sentences", "lang"))
def language_stage(resources: Resources, config: Mapping) -> Component:
    return partial(detect_language, resources=resources)


@register_stage("analysis", requires=("sentences",), provides=("tokens", "lemmas"))
def analysis_stage(resources: Resources, config: Mapping) -> Component:
    return partial(analyze_morphology, resources=resources)


@register_stage("entities", requires=("tokens", "lemmas"), provides=("entities",))
def entities_stage(resources: Resources, config: Mapping) -> Component:
    return partial(extract_entities, resources=resources)


@register_stage("roles", requires=("entities",), provides=("roles",))
def roles_stage(resources: Resources, config: Mapping) -> Component:
    return partial(extract_roles, resources=resources)


@register_stage("topics", requires=("lemmas",), provides=("topics",))
def topics_stage(resources: Resources, config: Mapping) -> Component:
    """config["model"]: "taxonomy" (the default: calibrated tags over models/topics), or
    the folder of a codebook trained with `kaznews train topics`."""
    model = config.get("model", "taxonomy")
    return TopicTagger(resources) if model == "taxonomy" else CodebookTagger(model, resources)


def topics_config(topic_model: str | Path | None) -> dict[str, dict]:
    """The configuration the `topic_model=` shorthand of the runner and the API stands for."""
    return {"topics": {"model": str(topic_model)}} if topic_model is not None else {}


class Pipeline:
    """The named stages in order, each built by its factory with the shared `resources`
    (a new Resources on the shipped models folder if None) and its part of `config`
    ({stage name: {option: value}}, e.g. {"topics": {"model": "models/my_codebook"}})."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, resources: Resources | None = None,
                 config: Mapping[str, Mapping] | None = None) -> None:
        self.stages = tuple(stages)
        config = dict(config or {})
        unknown = [s for s in (*self.stages, *config) if s not in STAGES]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {sorted(STAGES)}")
        check_requirements(self.stages)
        self.resources = resources if resources is not None else Resources()
        self.components = {name: STAGES[name].factory(self.resources, config.get(name, {})) for name in self.stages}

    def __repr__(self) -> str:
        return f"Pipeline({list(self.stages)}, {self.resources!r})"

    def __call__(self, docs: Iterable[Document]) -> list[Document]:
        """The stages on `docs`, in order; a Latin-script Kazakh article goes through them
        as its Cyrillic transliteration and comes back in its own letters (script.py)."""
        docs = list(docs)
        views = [cyrillic_view(doc) for doc in docs]
        docs = [view.cyrillic if view else doc for doc, view in zip(docs, views)]
        views_by_copy = {id(view.cyrillic): view for view in views if view}
        for component in self.components.values():
            docs = component(docs)
        return [views_by_copy[id(doc)].restore(doc) if id(doc) in views_by_copy else doc for doc in docs]


def check_requirements(stages: tuple[str, ...]) -> None:
    """ValueError naming the first stage whose requirements no stage before it provides,
    and the stages to add before it."""
    provided: set[str] = set()
    for name in stages:
        missing = [need for need in STAGES[name].requires if need not in provided]
        if missing:
            providers = [s for s in DEFAULT_STAGES if s in _providers(missing, provided)]
            add = [s for s in providers if s not in stages]
            hint = (f"add {', '.join(repr(s) for s in add)} before it" if add else
                    f"move {', '.join(repr(s) for s in providers)} before it")
            raise ValueError(f"stage {name!r} requires {', '.join(missing)}, which no stage before it provides: {hint} "
                             f"(e.g. Pipeline({list(s for s in DEFAULT_STAGES if s in {*stages, *add})}))")
        provided.update(STAGES[name].provides)


def _providers(needs: list[str], provided: set[str]) -> set[str]:
    """The registered stages that provide `needs`, with those their own requirements call for."""
    found: set[str] = set()
    pending = [need for need in needs if need not in provided]
    while pending:
        need = pending.pop()
        for stage in STAGES.values():
            if need in stage.provides and stage.name not in found:
                found.add(stage.name)
                pending.extend(r for r in stage.requires if r not in provided)
    return found
