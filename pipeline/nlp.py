"""The processing pipeline: named stages applied in order to a batch of Documents.

As in spaCy, a component is a callable registered under a name, and a pipeline is a list
of names; every component takes a batch of Documents and returns it filled in. Ingest is
not here: it runs once per run in the reading process, where duplicates can be seen.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .analysis import analyze
from .doc import Document
from .entities import extract_entities
from .language import detect_language
from .topics import tag_topics

Component = Callable[[Iterable[Document]], list[Document]]

COMPONENTS: dict[str, Component] = {
    "language": detect_language,
    "analysis": analyze,
    "entities": extract_entities,
    "topics": tag_topics,
}
DEFAULT_STAGES = ("language", "analysis", "entities", "topics")


class Pipeline:
    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES) -> None:
        unknown = [s for s in stages if s not in COMPONENTS]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {sorted(COMPONENTS)}")
        self.stages = tuple(stages)

    def __call__(self, docs: Iterable[Document]) -> list[Document]:
        docs = list(docs)
        for name in self.stages:
            docs = COMPONENTS[name](docs)
        return docs
