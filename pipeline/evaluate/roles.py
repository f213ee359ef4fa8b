"""Roles against gold: the news gold (person span, position normal form, body) by language,
and NEREL's WORKS_AS (person -> profession) and WORKPLACE (person -> organisation) relations.

News gold: one article a line {"id", "lang", "roles": [{"person_start", "person_stop",
"position_normal", "body_normal", ...}]}, the texts in the NER gold files by id ("text").
A found role matches a gold role of the same article when the person spans overlap and
the position normal forms are equal (case, ё and spacing aside); "with body" also asks the
body normal forms to be equal, or both absent. Each gold role matches one found role.
NEREL: a role matches a WORKS_AS relation when its person overlaps the relation's PERSON
and its position words overlap the PROFESSION span; with WORKPLACE, when its body overlaps
the relation's ORGANIZATION.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..doc import Document, RawRecord, Role
from ..lang.ru.entity_words import POSITION_WORDS
from ..resources import Resources
from ..roles.russian import title_tokens

LEVELS = ("position", "position+body")


@dataclass
class Scores:
    """Matched, found and gold counts per (language, level)."""

    matched_found: Counter
    matched_gold: Counter
    found: Counter
    gold: Counter

    def precision(self, key: tuple[str, str]) -> float:
        return self.matched_found[key] / self.found[key] if self.found[key] else 0.0

    def recall(self, key: tuple[str, str]) -> float:
        return self.matched_gold[key] / self.gold[key] if self.gold[key] else 0.0


def _same(a: str | None, b: str | None) -> bool:
    clean = lambda s: " ".join(re.sub(r"[«»\"“”„]", " ", (s or "").lower().replace("ё", "е")).split())  # noqa: E731
    return clean(a) == clean(b)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def analyse_roles(texts: dict[str, str], resources: Resources) -> dict[str, Document]:
    """The texts through the pipeline up to roles, verbatim (offsets index the texts)."""
    from ..nlp import Pipeline
    from ..runner import documents
    records = [RawRecord(key, {"id": key, "text": text}) for key, text in texts.items()]
    pipeline = Pipeline(("language", "analysis", "entities", "roles"), resources)
    return {doc.article_id: doc for doc in documents(records, pipeline, clean=False)}


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def title_roles(doc: Document) -> list[Role]:
    """The baseline: what the entities table gave before the roles table, the first
    position word of each person's title (`entities.title`, Russian) as the position, no body."""
    roles = []
    for entity in doc.entities:
        if entity.label != "PER":
            continue
        heads = [t for t in title_tokens(doc, doc.sentences[entity.sentence], entity) if t.lemma in POSITION_WORDS]
        if heads:
            roles.append(Role(entity, heads[0].lemma, heads[0].text, heads[0].start, heads[0].end, "ru", "before"))
    return roles


def evaluate_news(roles_path: Path, text_paths: list[Path], resources: Resources) -> dict[str, Scores]:
    """Precision and recall of the roles found in the gold articles, by language and level,
    beside the baseline of `title_roles`."""
    gold = read_jsonl(roles_path)
    texts = {item["id"]: item["text"] for path in text_paths for item in read_jsonl(path)}
    missing = [item["id"] for item in gold if item["id"] not in texts]
    if missing:
        raise ValueError(f"{len(missing)} gold articles have no text in the text files: {missing[:3]}")
    docs = analyse_roles({item["id"]: texts[item["id"]] for item in gold}, resources)
    systems = {"kaznews roles": lambda doc: doc.roles, "entities.title head (baseline)": title_roles}
    out = {}
    for name, roles_of in systems.items():
        scores = out[name] = Scores(Counter(), Counter(), Counter(), Counter())
        for item in gold:
            for lang in (item["lang"], "all"):
                _score_article(roles_of(docs[item["id"]]), item["roles"], lang, scores)
    return out


def _score_article(found: list[Role], gold: list[dict], lang: str, scores: Scores) -> None:
    for level in LEVELS:
        key = (lang, level)
        scores.found[key] += len(found)
        scores.gold[key] += len(gold)
        used: set[int] = set()
        for role in found:
            for i, g in enumerate(gold):
                if i in used or not _overlap((role.person.start, role.person.end), (g["person_start"], g["person_stop"])) \
                        or not _same(role.position, g["position_normal"]):
                    continue
                if level == "position+body" and not _same(role.body_normal, g.get("body_normal")):
                    continue
                used.add(i)
                scores.matched_found[key] += 1
                scores.matched_gold[key] += 1
                break


def evaluate_nerel(path: Path, resources: Resources) -> Scores:
    """Precision and recall against NEREL's WORKS_AS and WORKPLACE relations ("ru" only)."""
    from ..train.roles import read_nerel
    nerel = read_nerel(path)
    docs = analyse_roles({d["id"]: d["text"] for d in nerel}, resources)
    scores = Scores(Counter(), Counter(), Counter(), Counter())
    for item in nerel:
        spans = item["spans"]
        pairs = {level: [((spans[r["head"]]["start"], spans[r["head"]]["stop"]),
                          (spans[r["tail"]]["start"], spans[r["tail"]]["stop"]))
                         for r in item["relations"] if r["type"] == relation]
                 for level, relation in (("WORKS_AS", "WORKS_AS"), ("WORKPLACE", "WORKPLACE"))}
        for level, gold in pairs.items():
            found = [((r.person.start, r.person.end), (r.start, r.end) if level == "WORKS_AS" else (r.body_start, r.body_end))
                     for r in docs[item["id"]].roles if level == "WORKS_AS" or r.body_start is not None]
            key = ("ru", level)
            scores.found[key] += len(found)
            scores.gold[key] += len(gold)
            scores.matched_found[key] += sum(any(_overlap(p, gp) and _overlap(o, go) for gp, go in gold) for p, o in found)
            scores.matched_gold[key] += sum(any(_overlap(p, gp) and _overlap(o, go) for p, o in found) for gp, go in gold)
    return scores
