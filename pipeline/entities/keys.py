"""Person keys across a dataset: a surname or first name alone takes the key of the full
name it shortens.

In an article (`link_in_article`, run by the entities stage): a one-word person mention
takes the key of the one full name in the same article whose first or last word it is
("Досаев" after "Ерболат Досаев"). Across the dataset (`link_in_dataset`, a pure
function over the entities table, applied when tables are read: `kaznews.analyze`,
`kaznews.read`, `read_tables`): a one-word mention its article left unlinked takes the
key of the one full name anywhere in the dataset with that surname; none or several:
it keeps its own key. Stored part files hold the article-level keys, so the dataset
keys are always those of the current dataset, whatever order the incremental runs
came in: a full name stored later links an earlier surname alone the next time the
tables are read, and a second full name with the same surname unlinks it again.
"""
from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..doc import Entity
from .normalize import fold_person


def _name_index(names: Iterable[tuple[str, str]], positions: tuple[int, ...]) -> dict[str, set[str]]:
    """Folded first/last word of each full name (two words or more) -> the keys it has."""
    index: dict[str, set[str]] = {}
    for normal, key in names:
        words = normal.split()
        if len(words) >= 2:
            for position in positions:
                index.setdefault(fold_person(words[position]), set()).add(key)
    return index


def _alone(label: str, normal: str) -> bool:
    return label == "PER" and len(normal.split()) == 1


def link_in_article(entities: list[Entity]) -> None:
    """One-word person mentions take the key of the one full name of the article they
    shorten (its first or last word), in place."""
    index = _name_index(((e.normal, e.canonical) for e in entities if e.label == "PER"), (0, -1))
    for entity in entities:
        if _alone(entity.label, entity.normal):
            keys = index.get(fold_person(entity.normal), set())
            if len(keys) == 1:
                entity.canonical = next(iter(keys))


def link_in_dataset(entities: pd.DataFrame) -> pd.DataFrame:
    """The entities table with each one-word person mention that its article left with its
    own key ("PER:<folded normal>") keyed by the one full name in the table with that
    surname, if there is exactly one."""
    if entities.empty:
        return entities
    people = entities[entities["label"] == "PER"]
    index = _name_index(zip(people["normal"], people["canonical"]), (-1,))
    canonical = entities["canonical"].copy()
    for row, label, normal, key in zip(entities.index, entities["label"], entities["normal"], entities["canonical"]):
        if _alone(label, normal) and key == f"PER:{fold_person(normal)}":
            keys = index.get(fold_person(normal), set())
            if len(keys) == 1:
                canonical[row] = next(iter(keys))
    return entities.assign(canonical=canonical)
