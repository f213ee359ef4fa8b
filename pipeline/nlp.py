"""The processing pipeline: named stages applied in order to a batch of Documents.

As in spaCy, a component is a callable registered under a name, and a pipeline is a list
of names; every component takes a batch of Documents and returns it filled in. Ingest is
not here: it runs once per run in the reading process, where duplicates can be seen.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from .analysis import analyze
from .doc import Document
from .entities import extract_entities
from .language import detect_language
from .topics import CodebookTagger, tag_topics

Component = Callable[[Iterable[Document]], list[Document]]

COMPONENTS: dict[str, Component] = {
    "language": detect_language,
    "analysis": analyze,
    "entities": extract_entities,
    "topics": tag_topics,
}
DEFAULT_STAGES = ("language", "analysis", "entities", "topics")


class Pipeline:
    """The named stages in order; `topic_model` (a codebook trained by `kaznews train
    topics`) replaces the taxonomy tagger in the topics stage."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, topic_model: str | Path | None = None) -> None:
        stages = tuple(stages)
        unknown = [s for s in stages if s not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {sorted(COMPONENTS)}")
        self.components = {name: COMPONENTS[name] for name in stages}
        if topic_model is not None and "topics" in self.components:
            self.components["topics"] = CodebookTagger(topic_model)

    def __call__(self, docs: Iterable[Document]) -> list[Document]:
        docs = list(docs)
        for component in self.components.values():
            docs = component(docs)
        return docs
