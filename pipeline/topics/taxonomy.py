"""The topic taxonomy (models/topics/taxonomy.json): IPTC top-level topics and the
subtopics Kazakhstani news research tracks, each with names, a definition and seed terms."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TAXONOMY_FILE = Path("topics") / "taxonomy.json"  # under the models folder


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    parent: str | None
    name_ru: str
    name_kk: str
    definition: str
    seeds_ru: tuple[str, ...]
    seeds_kk: tuple[str, ...]


def load_taxonomy(path: Path) -> dict[str, Topic]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {t["id"]: Topic(t["id"], t["parent"], t["name_ru"], t["name_kk"], t["definition"],
                           tuple(t["seeds_ru"]), tuple(t["seeds_kk"]))
            for t in data["topics"]}


class Taxonomy:
    """The topics by id, and the column orders every topic array follows."""

    def __init__(self, path: Path) -> None:
        self.topics = load_taxonomy(path)
        self.top_level_ids = tuple(t for t, v in self.topics.items() if v.parent is None)
        # every topic, top-level ones first (the column order of evidence arrays)
        self.topic_ids = self.top_level_ids + tuple(t for t, v in self.topics.items() if v.parent is not None)
        # for each topic column, its family's columns: itself and its subtopics
        self.family_columns = [[j for j, s in enumerate(self.topic_ids) if s == t or self.topics[s].parent == t]
                               for t in self.topic_ids]
        # for each topic column, the column of its top-level topic
        self.parent_columns = np.array([self.topic_ids.index(self.top_level(t)) for t in self.topic_ids])

    def __getitem__(self, topic: str) -> Topic:
        return self.topics[topic]

    def __iter__(self) -> Iterator[str]:
        return iter(self.topics)

    def __len__(self) -> int:
        return len(self.topics)

    def top_level(self, topic: str) -> str:
        return self.topics[topic].parent or topic
