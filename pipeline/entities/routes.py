"""Roads and directions between two places: "трасса Актобе-Кенкияк", "Қобда-Жиренқопа тас
жолында", "Қырғызстан-Ресей бағытындағы". The taggers take the pair for one place; the
news gold marks two (32 of the 34 unquoted pairs of two places in the Russian and Kazakh
training parts), and so it does a quoted pair the Kazakh tagger calls an organisation
(«Қызылжар-Мойынты» теміржол желісі: 4 of 4 in batch 28's). Only with a road or direction
word beside the pair: a place whose own name is hyphenated (Усть-Каменогорск, Нұр-Сұлтан,
Іле-Алатау) stays whole."""
from __future__ import annotations

import re

from ..doc import Document, Entity
from ..lang.kk.places import ROUTE_NOUN
from ..lang.ru.entity_words import ROUTE_WORDS

_QUOTES = "«»\"“”„"
_LISTED_QUOTED = re.compile(r"^(?:(?:,|и|және|мен|бен|пен)\s*[«\"“„][^«»\"“”„]+[»\"”]\s*)+")
_SPACED_PAIR = re.compile(r"(\S+)(\s+[-–—]\s+)(\S+)")
_JOINED_PAIR = re.compile(r"([^\W\d_]+)([-–—])([^\W\d_]+)")
_JOINED_CHAIN = re.compile(r"[^\W\d_]+(?:[-–—][^\W\d_]+){2,}")  # "Астана-Алматы-Үрімші бағытында"
_PLACE_IN_CHAIN = re.compile(r"[^\W\d_]+")
_ROUTE_BEFORE = re.compile(r"(?:%s)\w*\s+(?:[а-яё]+\s+)?«?$" % "|".join(ROUTE_WORDS), re.IGNORECASE)
_SPACED_DASH_AFTER = re.compile(r"[-–—]\s")
_SPACED_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
_LEADING_ROUTE_WORD = re.compile(r"(?:%s)\w*\s+" % "|".join(ROUTE_WORDS), re.IGNORECASE)


def split_routes(doc: Document, entities: list[Entity]) -> list[Entity]:
    """Each place of a route the taggers took as one LOC, less a road word the span opened
    with ("Трасса | Актобе-Кенкияк")."""
    out = []
    for entity in entities:
        out.extend(_route_places(doc, entity) if entity.label in ("LOC", "ORG") else [entity])
    return out


def _route_places(doc: Document, entity: Entity) -> list[Entity]:
    start, text = entity.start, entity.text
    if entity.label == "ORG":
        inner = text.strip(_QUOTES)
        if inner == text:
            return [entity]  # an organisation only when quoted: «Қызылжар-Мойынты»
        start, text = start + text.index(inner), inner
    opening = _LEADING_ROUTE_WORD.match(text)
    if opening and (_SPACED_PAIR.fullmatch(text[opening.end():]) or _JOINED_PAIR.fullmatch(text[opening.end():])):
        start, text = start + opening.end(), text[opening.end():]
    chain = _JOINED_CHAIN.fullmatch(text)
    pair = _SPACED_PAIR.fullmatch(text) or _JOINED_PAIR.fullmatch(text)
    places = list(_PLACE_IN_CHAIN.finditer(text)) if chain else []
    if chain is None and (pair is None or not (pair[1][:1].isupper() and pair[3][:1].isupper())) \
            or chain is not None and not all(m.group()[:1].isupper() for m in places):
        return [entity]
    sentence = doc.sentences[entity.sentence]
    before, after = doc.text[sentence.start:start], doc.text[entity.end:sentence.end].lstrip(" " + _QUOTES)
    after = _LISTED_QUOTED.sub("", after)  # «Алтынкөл-Жетіген» және «Бейнеу-Маңғыстау» учаскелері
    if not (opening or _ROUTE_BEFORE.search(before) or ROUTE_NOUN.match(after)):
        return [entity]
    if chain is not None:
        return [Entity("LOC", m.group(), start + m.start(), start + m.end(), entity.sentence) for m in places]
    if pair.re is _JOINED_PAIR and (_SPACED_DASH_AFTER.match(after) or _SPACED_DASH_BEFORE.search(before)):
        return [entity]  # "рейс Усть-Каменогорск - Астана": the spaced dash parts the route, the hyphen a name
    second = start + pair.start(3)
    return [Entity("LOC", pair[1], start, start + len(pair[1]), entity.sentence),
            Entity("LOC", pair[3], second, second + len(pair[3]), entity.sentence)]
