"""The topic taxonomy (models/topics/taxonomy.json): IPTC top-level topics and the
subtopics Kazakhstani news research tracks, each with names, a definition and seed terms."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from ..models import MODELS_DIR

TAXONOMY_PATH = MODELS_DIR / "topics" / "taxonomy.json"


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    parent: str | None
    name_ru: str
    name_kk: str
    definition: str
    seeds_ru: tuple[str, ...]
    seeds_kk: tuple[str, ...]


@cache
def load_taxonomy() -> dict[str, Topic]:
    data = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    return {t["id"]: Topic(t["id"], t["parent"], t["name_ru"], t["name_kk"], t["definition"],
                           tuple(t["seeds_ru"]), tuple(t["seeds_kk"]))
            for t in data["topics"]}


def top_level(topic: str) -> str:
    return load_taxonomy()[topic].parent or topic


@cache
def top_level_ids() -> tuple[str, ...]:
    return tuple(t for t, v in load_taxonomy().items() if v.parent is None)


@cache
def topic_ids() -> tuple[str, ...]:
    """Every topic, top-level ones first (the column order of evidence arrays)."""
    return top_level_ids() + tuple(t for t, v in load_taxonomy().items() if v.parent is not None)


@cache
def lemmatized_seeds(topic: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """A topic's seed terms as lemma sequences, by the pipeline's own lemmatizer."""
    from ..analysis import lemmatize_words
    seeds = getattr(load_taxonomy()[topic], f"seeds_{lang}")
    return tuple(tuple(lemmatize_words(seed.split(), lang)) for seed in seeds)
