"""Normal (nominative dictionary) forms and canonical keys of entity mentions.

Persons are persons.py's job. Organisations and locations: only the head
noun and the adjectives agreeing with it before it are inflected ("Агентстве по
противодействию коррупции" -> "Агентство по противодействию коррупции"); quoted names,
abbreviations, Latin and Kazakh words stay as written.
"""
from __future__ import annotations

import re

from ..doc import Entity, Token
from ..lang.ru.lemmatizer import best_parse, is_russian_word, normal_word
from .shape import join_tokens, restore_shape

_QUOTES_OPEN, _QUOTES_CLOSE = "«\"„“", "»\"“”"


def feats_key(token: Token) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(token.feats.items()))


def inflect(token: Token, grams: set[str]) -> str:
    """The token's word inflected to `grams` (OpenCorpora grammemes), or as written."""
    if not is_russian_word(token.text) or (token.text.isupper() and len(token.text) > 1):
        return token.text
    parse = best_parse(normal_word(token.text), token.pos, feats_key(token))
    form = parse.inflect(grams) if parse is not None else None
    if form is None and "nomn" in grams and parse is not None:
        form = parse.inflect({"nomn"})
    return restore_shape(form.word, token.text) if form is not None else token.text


def normalize_phrase(tokens: list[Token]) -> str:
    """Organisation or location: inflect the head noun and the adjectives before it."""
    head = None
    depth = 0
    for i, token in enumerate(tokens):
        if token.text in _QUOTES_OPEN and depth == 0 and token.text != '"':
            depth += 1
        elif token.text in _QUOTES_CLOSE and depth:
            depth -= 1
        elif depth == 0 and token.pos in ("NOUN", "PROPN"):
            head = i
            break
    if head is None or tokens[head].feats.get("Case") in (None, "Nom"):
        return join_tokens([t.text for t in tokens], tokens)
    head_token = tokens[head]
    number = "plur" if head_token.feats.get("Number") == "Plur" else "sing"
    head_parse = best_parse(normal_word(head_token.text), head_token.pos, feats_key(head_token)) \
        if is_russian_word(head_token.text) else None
    words = [t.text for t in tokens]
    words[head] = inflect(head_token, {"nomn", number})
    agree = {"nomn", number}
    if number == "sing" and head_parse is not None and head_parse.tag.gender:
        agree.add(head_parse.tag.gender)
    for i in range(head):
        if tokens[i].pos in ("ADJ", "DET") and tokens[i].feats.get("Case") == head_token.feats.get("Case"):
            words[i] = inflect(tokens[i], agree)
    return join_tokens(words, tokens)


def normalize_entity(entity: Entity, tokens: list[Token]) -> str:
    """The nominative form of an organisation, location or programme mention."""
    return normalize_phrase(tokens) if tokens else entity.text


_KEY_DROP = re.compile(r"[«»\"“”„'`.,;:!?()\[\]]")


def canonical_key(entity: Entity) -> str:
    """A corpus-wide key: label plus the folded normal form."""
    folded = " ".join(_KEY_DROP.sub(" ", normal_word(entity.normal or entity.text)).split())
    return f"{entity.label}:{folded}"
