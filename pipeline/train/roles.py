"""Build the position vocabulary of the roles stage (models/roles/positions.tsv) from data:
NEREL's PROFESSION spans (Russian Wikinews) and KazNERD's POSITION spans (Kazakh TV news).

Russian: each PROFESSION span, analysed as a run analyses text, less the organisations and
places nested in it ("президент США": США is a COUNTRY), gives its head noun ("президент")
and the genitive nouns after the head that stay in the position ("министр здравоохранения",
"заместитель председателя"). Kazakh: each POSITION span's last word gives the head ("әкімі"
-> "әкім"), the words before it the position's own words ("Мемлекет басшысы") and, before a
head without a possessive, the modifiers ("бас имам"). In both languages the first noun of
organisation and place spans (Russian) and their last word (Kazakh) are counted as bodies, so
that "области" and "облысы" name the body, not the position.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from ..corpus import read_iob, split
from ..doc import Document, RawRecord
from ..resources import Resources
from ..roles.kazakh import kazakh_key
from ..roles.vocabulary import PositionVocabulary

NEREL_TRAIN = Path("data") / "nerel" / "nerel_train.jsonl.gz"  # under ../shared
KAZNERD = Path("data") / "kaznerd" / "IOB2_valid.txt"
RU_BODIES = {"ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION", "FACILITY"}
KK_BODIES = {"ORGANISATION", "GPE", "LOCATION", "FACILITY"}
_PARTICIPLE_ENDINGS = ("ған", "ген", "қан", "кен")


def read_nerel(path: Path) -> list[dict]:
    """NEREL documents ({"id", "text", "spans", "relations"}), gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def analyse_texts(texts: dict[str, str], resources: Resources) -> dict[str, Document]:
    """The texts as a run analyses them (language and morphology), offsets unchanged."""
    from ..nlp import Pipeline
    from ..runner import documents
    records = [RawRecord(key, {"id": key, "text": text}) for key, text in texts.items()]
    return {doc.article_id: doc for doc in documents(records, Pipeline(("language", "analysis"), resources),
                                                      clean=False)}


def add_russian(vocabulary: PositionVocabulary, nerel: list[dict], resources: Resources) -> None:
    docs = analyse_texts({d["id"]: d["text"] for d in nerel}, resources)
    for item in nerel:
        tokens = docs[item["id"]].tokens
        for span in item["spans"]:
            inside = [t for t in tokens if span["start"] <= t.start and t.end <= span["stop"]]
            if span["type"] in RU_BODIES:
                nouns = [t for t in inside if t.pos in ("NOUN", "PROPN")]
                if nouns:
                    vocabulary.add("ru", "body", nouns[0].lemma)
            if span["type"] != "PROFESSION":
                continue
            nested = [(s["start"], s["stop"]) for s in item["spans"] if s["type"] in RU_BODIES
                      and span["start"] <= s["start"] and s["stop"] <= span["stop"] and s is not span]
            own = [t for t in inside if not any(a <= t.start < b for a, b in nested)]
            heads = [i for i, t in enumerate(own) if t.pos == "NOUN" and t.text[:1].islower() or
                     (t.pos == "NOUN" and i == 0)]
            if not heads:
                continue
            head = heads[0]
            vocabulary.add("ru", "head", own[head].lemma)
            for t in own[:head]:
                if t.pos == "ADJ":
                    vocabulary.add("ru", "modifier", t.lemma)
            for t in own[head + 1:]:
                if t.pos == "NOUN" and t.feats.get("Case") == "Gen" and t.text[:1].islower():
                    # "мэр города Москвы": a noun right before a nested place names the body
                    body = any(0 < s - t.end <= 1 for s, _ in nested)
                    vocabulary.add("ru", "body" if body else "inside", t.lemma)


def add_kazakh(vocabulary: PositionVocabulary, sentences: list, resources: Resources) -> None:
    kk = resources.kk_lemmatizer
    add_kazakh_appositions(vocabulary, sentences, resources)
    for sentence in sentences:
        spans: list[tuple[str, list[str]]] = []
        for word, tag in sentence:
            if tag.startswith("B-"):
                spans.append((tag[2:], [word]))
            elif tag.startswith("I-") and spans and spans[-1][0] == tag[2:]:
                spans[-1][1].append(word)
        for label, words in spans:
            words = [w for w in words if any(c.isalpha() for c in w)]
            if not words:
                continue
            if label in KK_BODIES:
                vocabulary.add("kk", "body", kazakh_key(words[-1], kk))
            if label != "POSITION":
                continue
            head = words[-1]
            vocabulary.add("kk", "head", kazakh_key(head, kk))
            for word in words[:-1]:
                vocabulary.add("kk", "inside", kazakh_key(word, kk))
            if len(words) >= 2 and kk.strip_case(head).lower() == kazakh_key(head, kk):
                vocabulary.add("kk", "modifier", kazakh_key(words[-2], kk))  # "бас имам": no possessive


def add_kazakh_appositions(vocabulary: PositionVocabulary, sentences: list, resources: Resources,
                           min_share: float = 0.2, min_count: int = 3) -> None:
    """KazNERD's POSITION spans are mostly the head of state; the word right before a
    PERSON span gives the other Kazakh positions ("әкімі", "депутат", "тілшіміз") when at
    least `min_share` of its occurrences stand there, `min_count` times or more, and it is
    no participle ("айырылған")."""
    kk = resources.kk_lemmatizer
    before: Counter = Counter()
    total: Counter = Counter()
    for sentence in sentences:
        for i, (word, tag) in enumerate(sentence):
            key = kazakh_key(word, kk)
            total[key] += 1
            if i + 1 < len(sentence) and sentence[i + 1][1] == "B-PERSON" and word.replace("-", "").isalpha() \
                    and tag in ("O", "B-POSITION", "I-POSITION"):
                before[key] += 1
    for key, n in before.items():
        if n >= min_count and n >= min_share * total[key] and not key.endswith(_PARTICIPLE_ENDINGS):
            vocabulary.add("kk", "head", key, n)


def build_vocabulary(shared: Path, resources: Resources) -> PositionVocabulary:
    """The vocabulary from NEREL train (Russian) and KazNERD's train part (Kazakh; its dev
    and held-out parts stay out, as for the Kazakh NER)."""
    vocabulary = PositionVocabulary()
    add_russian(vocabulary, read_nerel(shared / NEREL_TRAIN), resources)
    add_kazakh(vocabulary, split(read_iob(shared / KAZNERD))[0], resources)
    return vocabulary
