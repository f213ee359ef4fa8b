"""Roads and directions between two places: "трасса Актобе-Кенкияк", "Қобда-Жиренқопа тас
жолында", "Қырғызстан-Ресей бағытындағы". The taggers take the pair for one place; the
news gold marks two (32 of the 34 unquoted pairs of two places in the Russian and Kazakh
training parts), and so it does a quoted pair the Kazakh tagger calls an organisation
(«Қызылжар-Мойынты» теміржол желісі: 4 of 4 in batch 28's). Only with a road or direction
word beside the pair: a place whose own name is hyphenated (Усть-Каменогорск, Нұр-Сұлтан,
Іле-Алатау) stays whole. A chain of places parted by spaced dashes beside a road word is
tagged whether or not a tagger found it (А-15 «Жизақ – Гагарин – Жетісай» автожолы: the
Kazakh tagger takes none of it), and the road's code is no organisation. A road that ends at
a border (гр., граница) ends at a country, a place of its own ("Уральск-Каменка-гр.РФ"). A
timetable's list of three routes or more needs no road word beside each (_listed_routes)."""
from __future__ import annotations

import re

from ..doc import Document, Entity
from ..lang.kk.places import ROUTE_NOUN, ROUTE_STEMS
from ..lang.ru.entity_words import ROUTE_WORDS

_QUOTES = "«»\"“”„"
_LINK = r"(?:,|;|и|және|мен|бен|пен)"  # what joins the roads of a list
_LISTED_QUOTED = re.compile(rf"^(?:{_LINK}\s*[«\"“„][^«»\"“”„]+[»\"”]\s*)+")
_SPACED_PAIR = re.compile(r"(\S+)(\s+[-–—]\s+)(\S+)")
_JOINED_PAIR = re.compile(r"([^\W\d_]+)([-–—])([^\W\d_]+)")
_JOINED_CHAIN = re.compile(r"[^\W\d_]+(?:[-–—][^\W\d_]+){2,}")  # "Астана-Алматы-Үрімші бағытында"
_PLACE_IN_CHAIN = re.compile(r"[^\W\d_]+")
# "трассы «...»", "автодорога республиканского значения «...»", "поезда No 122/121 «...»": a
# road word, two words or a train's number, the quote
# (or a list's dash after a colon: "участки автодорог:\n- «...»")
_ROUTE_BEFORE = re.compile(r"\b(?:%s)\w*:?\s+(?:[-–—•]\s)?"
                           r"(?:[а-яё]+\s+|[а-яё]{4,}\s+[а-яё]{4,}\s+|(?:№|No|N)\s*[\d/]+\s+)?«?$"
                           % "|".join(ROUTE_WORDS),
                           re.IGNORECASE)
_SPACED_DASH_AFTER = re.compile(r"[-–—]\s")
_SPACED_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
_LEADING_ROUTE_WORD = re.compile(r"\b(?:%s)\w*\s+" % "|".join(ROUTE_WORDS), re.IGNORECASE)
# "Доссор – Құлсары – Бейнеу", «Жизақ – Гагарин – Жібек жолы»: capitalised places parted by
# spaced dashes (a hyphen inside a place's name stays: Усть-Каменогорск), quoted or not
_PLACE = r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*"
# "гр. Кыргызстан", "гр.РФ": the border (граница) a road runs to, the country a place
_BORDER = r"гр\.\s?"
# "РФ шекарасы", "РФ шек.": the Kazakh border noun after the country; "Көкшетау (айналма
# жолымен)": a note in brackets after a place. Neither is part of the place.
_BORDER_NOUN = r"\s(?:шекарасы|шек\.)"
_NOTE = r"\s*\([^()\n]{0,60}\)"
_PART_TAIL = re.compile(rf"(?:{_BORDER_NOUN})?(?:{_NOTE})?$")
_CHAIN_PART = rf"(?:{_BORDER})?{_PLACE}(?:\s{_PLACE})?(?:{_BORDER_NOUN})?(?:{_NOTE})?"
# a spaced dash, a dash, or a hyphen with a space after it («Қостанай- Әуликөл- Сұрған»)
_DASH = r"\s+[-–—]\s+|\s*[–—]\s*|-\s+"
_QUOTED_CHAIN = re.compile(rf"[«\"“„]({_CHAIN_PART}(?:(?:{_DASH}){_CHAIN_PART})+)[»\"”]")
_CHAIN = rf"(?<![\w«\"“„-])({_PLACE}(?:(?:{_DASH}){_PLACE})+)"
_UNQUOTED_CHAIN = re.compile(rf"{_CHAIN}(?=[\s,;.])")  # a comma, a semicolon or a stop may end it
# "Қайрат-Мұратсай-Сайқын газ құбыры", "дороге Еленовка-Арыкбалык-Чистополье", «Щучинск-Степняк-
# Валиханово»: three places or more joined by hyphens, none tagged, quoted or not
_HYPHENED_CHAIN = re.compile(r"(?<![\w-])[«\"“„]?([^\W\d_]+(?:-[^\W\d_]+){2,})[»\"”]?(?=[\s,;.:])")
_CHAIN_DASH = re.compile(_DASH)
# ", " or "; " between two listed routes, a note in brackets before it, a route written with a hyphen inside it
_ROUTE_LIST_GAP = re.compile(rf"\s*(?:\([^()\n]{{0,60}}\))?\s*[,;]\s*(?:{_PLACE}\s*[,;]\s*)?")
_BORDER_START = re.compile(_BORDER)
_BORDER_END = re.compile(rf"[-–—]\s?гр(?:\.\s?({_PLACE}))?$")  # "Уральск-Каменка-гр.РФ"
_LINK_BEFORE = re.compile(rf"[»\"”]\s*{_LINK}\s*(?:[-–—•]\s)?[«\"“„]?$")  # «...» и «: another road of a list
_LIST_LINK = re.compile(rf"\s*{_LINK}\s*(?:[-–—•]\s)?")  # "»;\n- «": the next of a dashed list
# a road or train word anywhere in the text: without one, no chain is looked for (the two chain
# patterns cost more than the rest of this module on an article; a substring test costs little)
_ROUTE_STEMS = (*ROUTE_STEMS, *ROUTE_WORDS)
_ROAD_CODE = re.compile(r"^(?:KZ|[AАMМPРEЕ])-\d{1,3}$")  # KZ-11, А-15, М-36: a road's number
# the first halves of hyphenated towns, no places alone: "Алматы-Усть-Каменогорск" is two places
_BOUND_HALVES = frozenset({"Усть", "Нур", "Нұр"})
# a compound place adjective, its first half in -о ("Восточно-Казахстанской", "Северо-Казахстанская"): one name
_COMPOUND_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]+о-[А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)$")


def split_routes(doc: Document, entities: list[Entity]) -> list[Entity]:
    """Each place of a route the taggers took as one LOC, less a road word the span opened
    with ("Трасса | Актобе-Кенкияк")."""
    out = []
    for entity in entities:
        out.extend(_route_places(doc, entity) if entity.label in ("LOC", "ORG") else [entity])
    lowered = doc.text.lower()
    if not any(stem in lowered for stem in _ROUTE_STEMS):  # no road word: no chain to look for
        return out
    chains = _chain_places(doc)
    if chains:
        out = [e for e in out if not _ROAD_CODE.match(e.text)
               and not any(c.start < e.end and e.start < c.end for c in chains)]
    listed = [e for e in _listed_routes(doc) if not any(o.start < e.end and e.start < o.end for o in [*out, *chains])]
    return sorted(out + chains + listed, key=lambda e: e.start) if chains or listed else out


def _listed_routes(doc: Document) -> list[Entity]:
    """The places of routes listed three or more in a row, parted by commas or semicolons
    ("Новоишимская – Қостанай, Арқалық – Шұбаркөл, Қостанай – Кайрақ"; a note in brackets may
    follow one: "Нұр-Сұлтан – Атырау (Тобыл станциясы арқылы);"), whether or not a road word
    stands beside each: a timetable's list. Only the places no tagger found are added (a
    tagged "Әйтеке Би" of two words stays whole)."""
    matches = [m for m in _UNQUOTED_CHAIN.finditer(doc.text) if _CHAIN_DASH.search(m[1]) and "\n" not in m[1]]
    runs: list[list[re.Match]] = []
    for match in matches:
        if runs and _ROUTE_LIST_GAP.fullmatch(doc.text, runs[-1][-1].end(), match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
    found = []
    for run in runs:
        if len(run) < 3:
            continue
        found += [Entity("LOC", doc.text[a:b], a, b, doc.sentence_at(a))
                  for match in run for a, b in _chain_parts(doc.text, match.start(1), match.end(1))]
    return found


def _chain_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the places of the chain text[start:end], parted at its dashes; a border's
    abbreviation before a place is left out ("гр. Кыргызстан", "гр.РФ"), and so are a border's
    noun and a note in brackets after it ("РФ шекарасы (Жаңа Жол ө/п)")."""
    parts, position = [], start
    for dash in [*_CHAIN_DASH.finditer(text, start, end), None]:
        stop = dash.start() if dash else end
        stop = _PART_TAIL.search(text, position, stop).start()
        border = _BORDER_START.match(text, position, end)
        parts.append((border.end() if border else position, stop))
        position = dash.end() if dash else stop
    return parts


def _chain_places(doc: Document) -> list[Entity]:
    """The places of each chain of capitalised names parted by spaced dashes that a road word
    follows («Доссор – Құлсары – Ақтау» автомобиль жолының, Жетісай – Абай – Сарыағаш
    автожолын) or precedes (трасса «Алматы – Бишкек», "участки дорог: «...»"), or that is
    listed right after such a road («...» и «Ленинский – Аксу – Курчатов»), two names at least;
    a border's abbreviation before the last is left out ("гр. Кыргызстан"); so are three
    names or more joined by hyphens that a road word follows ("Қайрат-Мұратсай-Сайқын газ
    құбыры")."""
    found = []
    for pattern in (_QUOTED_CHAIN, _UNQUOTED_CHAIN, _HYPHENED_CHAIN):
        listed = -1  # the end of the last road found: a chain listed right after it is a road too
        for match in pattern.finditer(doc.text):
            inner, start = match[1], match.start(1)
            hyphened = pattern is _HYPHENED_CHAIN
            if not (hyphened or _CHAIN_DASH.search(inner)) or "\n" in inner:
                continue
            after = doc.text[match.end():match.end() + 120].lstrip(" " + _QUOTES)
            after = _LISTED_QUOTED.sub("", after).lstrip(" " + _QUOTES)
            before = doc.text[max(0, match.start() - 40):match.start()]
            listed_after = listed >= 0 and _LIST_LINK.fullmatch(doc.text[listed:match.start()])
            if not (ROUTE_NOUN.match(after) or _ROUTE_BEFORE.search(before) or listed_after):
                continue
            parts = _hyphened_places(doc.text, start, match.end(1)) if hyphened \
                else _chain_parts(doc.text, start, match.end(1))
            listed = match.end()
            if all(doc.text[a:b][:1].isupper() for a, b in parts) \
                    and not any(e.start < match.end() and match.start() < e.end for e in found):
                found += [Entity("LOC", doc.text[a:b], a, b, doc.sentence_at(start)) for a, b in parts]
    return found


def _hyphened_places(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the places of the chain text[start:end] joined by hyphens, a town's bound
    first half kept with the rest of its name ("Алматы-Усть-Каменогорск": two places)."""
    parts: list[tuple[int, int]] = []
    for match in _PLACE_IN_CHAIN.finditer(text, start, end):
        if parts and text[parts[-1][0]:parts[-1][1]] in _BOUND_HALVES and parts[-1][1] + 1 == match.start():
            parts[-1] = (parts[-1][0], match.end())
        else:
            parts.append(match.span())
    return parts


def _listed_after_road(before: str) -> bool:
    """The text before a quoted name ends with quoted names parted by links, the first of
    which a road word precedes: "двух дорог: «Казталовка-Жанибек-гр.РФ» и «", "участки
    автодорог:\n- «...»;\n- «...»;\n- «"."""
    while (link := _LINK_BEFORE.search(before)) is not None:
        opening = max(before.rfind(quote, 0, link.start()) for quote in "«\"“„")
        if opening < 0:
            return False
        before = before[:opening + 1]
        if _ROUTE_BEFORE.search(before):
            return True
        before = before[:-1]
    return False


def _route_places(doc: Document, entity: Entity) -> list[Entity]:
    start, text = entity.start, entity.text
    if entity.label == "ORG":
        inner = text.strip(_QUOTES)
        if inner == text and not (doc.text[start - 1:start] and doc.text[start - 1] in _QUOTES
                                  and doc.text[entity.end:entity.end + 1] in tuple(_QUOTES)):
            return [entity]  # an organisation only when quoted: «Қызылжар-Мойынты», the quotes in or not
        start, text = start + text.index(inner), inner
    opening = _LEADING_ROUTE_WORD.match(text)
    if opening and (_SPACED_PAIR.fullmatch(text[opening.end():]) or _JOINED_PAIR.fullmatch(text[opening.end():])):
        start, text = start + opening.end(), text[opening.end():]
    border = _BORDER_END.search(text)
    ends = []  # the country at the border the road ends at: "гр.РФ"
    if border is not None:
        if border[1]:
            ends.append(Entity("LOC", border[1], start + border.start(1), start + border.end(1), entity.sentence))
        text = text[:border.start()]
    chain = _JOINED_CHAIN.fullmatch(text)
    pair = _SPACED_PAIR.fullmatch(text) or _JOINED_PAIR.fullmatch(text)
    places = _hyphened_places(text, 0, len(text)) if chain else []
    if pair is not None and pair.re is _JOINED_PAIR and (pair[1] in _BOUND_HALVES or _COMPOUND_ADJECTIVE.match(text)):
        return [entity]  # "трассы Усть-Каменогорск": one town; "по дорогам Восточно-Казахстанской": one region
    if chain is None and (pair is None or not (pair[1][:1].isupper() and pair[3][:1].isupper())) \
            or chain is not None and not all(text[a:b][:1].isupper() for a, b in places):
        return [entity]
    sentence = doc.sentences[entity.sentence]
    before, after = doc.text[sentence.start:start], doc.text[entity.end:sentence.end].lstrip(" " + _QUOTES)
    after = _LISTED_QUOTED.sub("", after)  # «Алтынкөл-Жетіген» және «Бейнеу-Маңғыстау» учаскелері
    if not (opening or _ROUTE_BEFORE.search(before) or ROUTE_NOUN.match(after)
            or _listed_after_road(doc.text[max(0, start - 300):start])):  # a list's items may be sentences
        return [entity]
    if chain is not None:
        return [Entity("LOC", text[a:b], start + a, start + b, entity.sentence) for a, b in places] + ends
    if pair.re is _JOINED_PAIR and not ends and (_SPACED_DASH_AFTER.match(after) or _SPACED_DASH_BEFORE.search(before)):
        return [entity]  # "рейс Усть-Каменогорск - Астана": the spaced dash parts the route, the hyphen a name
    second = start + pair.start(3)
    return [Entity("LOC", pair[1], start, start + len(pair[1]), entity.sentence),
            Entity("LOC", pair[3], second, second + len(pair[3]), entity.sentence)] + ends
