"""The roles stage: the position a person mention carries, and the body it is held in.

Russian: the position written before a name is the one the entities stage found
(`Entity.title`, "Аким Акмолинской области" before "Ермек Маржикпаев"); this stage splits
it into the position ("аким") and the body ("Акмолинская область"), and finds the position
written after a name as an apposition ("Ермек Маржикпаев, аким области,", "Ганди Шамелова
(секретарь)") or joined to it by a verb ("назначен министром юстиции", "Акимом поселка
избран ..."). Kazakh: the position before a name, with its body before it ("Ақмола
облысының әкімі Ермек Маржықпаев", "ҚР Премьер-Министрі Әлихан Смайылов"). Which words name
a position, which belong to it and which name the body come from the position vocabulary
learned from NEREL and KazNERD (`kaznews train roles`, models/roles/). The person's span,
normal form and key are the entities stage's: a title is never part of them.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from ..doc import Document, Role
from ..langid import analyser_language
from .kazakh import kazakh_roles
from .russian import russian_roles

if TYPE_CHECKING:
    from ..resources import Resources


def extract_roles(docs: Iterable[Document], resources: Resources) -> list[Document]:
    """Fill each Document's `roles`: one per person mention and position it carries."""
    docs = list(docs)
    vocabulary = resources.position_vocabulary
    for doc in docs:
        doc.roles = []
        for entity in doc.entities:
            if entity.label != "PER" or not 0 <= entity.sentence < len(doc.sentences):
                continue
            sentence = doc.sentences[entity.sentence]
            lang = analyser_language(doc, sentence)
            if lang == "ru":
                found = russian_roles(doc, sentence, entity, vocabulary, resources.ru_lemmatizer)
            elif lang == "kk":
                found = kazakh_roles(doc, sentence, entity, vocabulary, resources.kk_lemmatizer)
            else:
                continue
            doc.roles.extend(Role(person=entity, lang=lang, **fields) for fields in found)
    return docs


def link_roles(roles: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """The roles table with each person's key as the entities table has it (after
    `entities.keys.link_in_dataset` gave a surname alone its dataset-wide key)."""
    if roles.empty or entities.empty:
        return roles
    people = entities[entities["label"] == "PER"]
    keys = dict(zip(zip(people["article_id"], people["start"]), people["canonical"]))
    linked = [keys.get((a, s), k) for a, s, k in zip(roles["article_id"], roles["person_start"], roles["person_canonical"])]
    return roles.assign(person_canonical=linked)
