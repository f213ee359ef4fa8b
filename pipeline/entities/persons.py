"""Person names to the nominative, in the right gender, with every clue in the text.

The morph tagger is unreliable on Kazakh names ("Самира Тайтенова" comes out masculine
accusative + genitive), so each mention is decided by hypotheses (gender, case):
- each name part votes for the readings it allows: pymorphy3's Name/Surn/Patr parses and
  the Russian surname paradigm (-ов/-ев/-ин: masc -а gen/acc, -у dat, -ым ins, -е loc;
  femn -а nom, -ой oblique, -у acc), which also covers Kazakh stems pymorphy3 lacks;
- a preposition right before the mention rules the nominative out;
- a verb agreeing in gender after the mention ("Тайтенова проинформировала") votes;
- the other mentions of the same surname in the article vote (second pass);
- ties go to the nominative, then to the tagger's case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import Token
from ..lang.ru.lemmatizer import is_russian_word, normal_word
from ..models import morph_analyzer
from .shape import join_tokens, restore_shape

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_SURNAME = re.compile(r"^(.+?(?:ов|ев|ёв|ин|ын))(|а|у|ым|е|ой|ою)$", re.I)
_SURNAME_ENDINGS = {
    "masc": {"": ("nomn",), "а": ("gent", "accs"), "у": ("datv",), "ым": ("ablt",), "е": ("loct",)},
    "femn": {"а": ("nomn",), "ой": ("gent", "datv", "ablt", "loct"), "ою": ("ablt",), "у": ("accs",)},
}
_KAZAKH_PATRONYMIC = re.compile(r"(ұлы|қызы|улы|кызы)$", re.I)
_KAZAKH_GENDER = {"ұлы": "masc", "улы": "masc", "қызы": "femn", "кызы": "femn"}

Reading = tuple[str, str]  # (gender, case)


@dataclass
class PersonMention:
    tokens: list[Token]
    before: Token | None  # the token right before the mention in its sentence
    verb_gender: str | None  # gender of an agreeing verb after the mention
    surname_key: str | None = None
    scores: dict[Reading, float] | None = None


def _surname_readings(word: str) -> tuple[str | None, set[Reading]]:
    match = _SURNAME.match(word)
    if not match:
        return None, set()
    stem, ending = match[1], match[2].lower()
    readings = {(g, c) for g, table in _SURNAME_ENDINGS.items() for c in table.get(ending, ())}
    return normal_word(stem), readings


def part_readings(token: Token) -> set[Reading]:
    """Which (gender, case) readings a name part allows; empty if it says nothing."""
    word = token.text
    if m := _KAZAKH_PATRONYMIC.search(word):
        return {(_KAZAKH_GENDER[m[1].lower()], c) for c in CASES}
    if not is_russian_word(word):
        return set()
    _, readings = _surname_readings(word)
    for parse in morph_analyzer().parse(normal_word(word)):
        tag = parse.tag
        if ({"Name", "Surn", "Patr"} & tag.grammemes) and tag.number != "plur" and tag.case in CASES:
            if "ms-f" in tag.grammemes:
                readings.update({("masc", tag.case), ("femn", tag.case)})
            elif tag.gender in ("masc", "femn"):
                readings.add((tag.gender, tag.case))
    return readings


def surname_key(tokens: list[Token]) -> str | None:
    """The stem that all case forms of this person's surname share (for the article vote)."""
    for token in reversed(tokens):
        stem, readings = _surname_readings(token.text)
        if readings:
            return stem
    return normal_word(tokens[-1].text) if tokens else None


def score_readings(mention: PersonMention, article_gender: str | None = None) -> dict[Reading, float]:
    scores: dict[Reading, float] = {(g, c): 0.0 for g in ("masc", "femn") for c in CASES}
    for token in mention.tokens:
        for reading in part_readings(token):
            scores[reading] += 10
    for (gender, case) in scores:
        if case == "nomn":
            scores[(gender, case)] += 2
            if mention.before is not None and mention.before.pos == "ADP":
                scores[(gender, case)] -= 20
        if UD_CASE.get(mention.tokens[-1].feats.get("Case", "")) == case:
            scores[(gender, case)] += 1
        if mention.verb_gender == gender:
            scores[(gender, case)] += 5
        if article_gender == gender:
            scores[(gender, case)] += 5
    return scores


def best_reading(scores: dict[Reading, float]) -> Reading:
    return max(scores, key=lambda r: (scores[r], r[1] == "nomn"))


def nominative(token: Token, gender: str, case: str) -> str:
    """One name part in the nominative of `gender`, read as being in `case`."""
    word = token.text
    if _KAZAKH_PATRONYMIC.search(word) or not is_russian_word(word) or not word[:1].isupper():
        return word
    stem, readings = _surname_readings(word)
    if (gender, case) in readings:
        return restore_shape(stem + ("а" if gender == "femn" else ""), word)
    for parse in morph_analyzer().parse(normal_word(word)):
        tag = parse.tag
        if ({"Name", "Surn", "Patr"} & tag.grammemes) and tag.case == case \
                and (tag.gender == gender or "ms-f" in tag.grammemes) and tag.number != "plur":
            form = parse.inflect({"nomn", "sing"})
            if form is not None:
                return restore_shape(form.word, word)
    return word


def normalize_mentions(mentions: list[PersonMention]) -> list[str]:
    """Normal forms for all person mentions of one article (two passes for the article vote)."""
    votes: dict[str, dict[str, float]] = {}
    for mention in mentions:
        mention.surname_key = surname_key(mention.tokens)
        mention.scores = score_readings(mention)
        best = {g: max(v for (rg, _), v in mention.scores.items() if rg == g) for g in ("masc", "femn")}
        gender = max(best, key=best.get)
        margin = abs(best["masc"] - best["femn"])
        if mention.surname_key and margin > 0:
            votes.setdefault(mention.surname_key, {"masc": 0.0, "femn": 0.0})[gender] += margin
    normals = []
    for mention in mentions:
        vote = votes.get(mention.surname_key or "", {})
        article_gender = max(vote, key=vote.get) if vote and vote["masc"] != vote["femn"] else None
        gender, case = best_reading(score_readings(mention, article_gender))
        words = [nominative(t, gender, case) for t in mention.tokens]
        normals.append(join_tokens(words, mention.tokens))
    return normals
