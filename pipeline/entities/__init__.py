"""Entities: PER, ORG, LOC and PROG mentions with normal forms and canonical keys.

Kazakh stretches of an article go to kaznews' Kazakh NER (models/kk_ner). Russian
stretches (a whole Russian article, the Russian parts of a mixed one) go to natasha's NER,
fed with the analysis stage's tokens, over whole stretches: its tagger finds a lone
surname ("Путин") from the context of other sentences, which per-sentence tagging loses
(measured on factRuEval dev). rules.py then adds programmes and quoted organisations and
repairs boundaries; persons are normalised article by article (persons.py), other
mentions phrase by phrase (normalize.py).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from ..doc import Document, Entity, Sentence, Token
from ..lang.kk import POSTPOSITIONS, russian_spelling
from ..lang.kk.bodies import is_national_body, is_national_court
from ..lang.ru.entity_words import LEGAL_FORMS, NOT_NAMES, PLATFORMS, POSITION_WORDS
from ..lang.ru.lemmatizer import normal_word
from ..langid import analyser_language
from .kazakh import gazetteer_programmes, merge_programmes, programme_spans
from .keys import link_in_article
from .kk_rules import datelines, places_in_titles, repair, surnames_again
from .normalize import (bare_before_head, canonical_key, fold, normalize_entity, normalize_kazakh, phrase_key,
                        programme_parts)
from .persons import UD_GENDER, PersonMention, normalize_mentions
from .routes import split_routes
from .shape import SITE_SLASH_NAME, capitals_as_written, closed_quotes
from .rules import apply_rules, with_legal_form_dot
from .tags import bio_spans

if TYPE_CHECKING:
    from ..resources import Resources

KAZAKH_LABELS = ("PER", "ORG", "LOC", "PROG")
# a mailbox or a web address with its scheme ("press@prokuror.kz", "![](https://yujanka.kz/wp-content/...)")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+")
_ADDRESS_REACH = 64  # characters an address runs on either side of a mention inside it
# Platforms a post or video is put on: products where the text puts something on them, which
# the news gold leaves unmarked (24 of 25 in its training parts: "написала в Facebook",
# «YouTube»-тағы, "мессенджер Telegram"; NEREL calls them products); the company that acts
# stays an organisation ("акции Facebook", "Facebook получит патент": factRuEval's ORG); the
# Russian rules' list and the app stores
_PLATFORMS = PLATFORMS | {"appstore", "app store", "google play"}
_PLATFORM_SUFFIX = re.compile(r"-[а-яәғқңөұүһі]+$")  # «YouTube»-тағы, Telegram-да: a Kazakh case ending
# "в Facebook", "на своей странице в Instagram", "в социальной сети Twitter", "мессенджер Telegram"
_ON_A_PLATFORM = re.compile(r"(?:\b(?:в|во|на|через|из)\s+(?:[а-яё]+\s+){0,2}|мессенджер\w*\s+|соцсет\w*\s+)[«\"“]?$",
                            re.IGNORECASE)
_TEMPERATURE = re.compile(r"[-−+]\d{1,2}$")  # a weather widget's "Аягөз-39°С"
# a weather widget's line: "• Алматы⏎ +4°", "• Нур-Султан (Астана)⏎ -3°", "• Аягөз-39°С", "• Аягөз10°С"
_WIDGET_TOWN = re.compile(r"^[ \t]*[•·▪][ \t]*([^\W\d_][\w-]*?(?:[ \t][^\W\d_][\w-]*?)?)(?:[ \t]*\([^)\n]*\))?"
                          r"(?:[ \t]*\n[ \t]*[-−+]?|[-−+]?)\d{1,2}°", re.MULTILINE)
VERB_WINDOW = 6
_LIST_GAP = re.compile(r"\s*,\s*|\s+и\s+")  # between two names of a list
POST_PHRASE_WINDOW = 12  # a post and its complement: "руководитель областного управления культуры, ..."


def balance_quotes(text: str, start: int, end: int, limit: int) -> int:
    """Extend a span that opens « without closing it to the closing » (up to `limit`). A span
    that holds a » already is a nested name closed once, as Kazakhstani news writes it
    (АО «НК «КазАвтоЖол»): the next » belongs to a quote further on."""
    span = text[start:end]
    if span.count("«") > span.count("»") and "»" not in span:
        close = text.find("»", end, limit)
        if close != -1:
            return close + 1
    return end


_FOLLOWING = 80  # characters after a Kazakh mention read for the noun that takes its case
_ENDS_IN_INITIAL = re.compile(r"(?:^|[\s.])[А-ЯЁA-Z]$")  # a name ending in an initial without its dot
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_ACTING = frozenset({"и.о.", "и.о", "врио", "вр.и.о."})  # "и.о. руководителя": acting for the post after it
_GENDERS = {ud: g for ud, g in UD_GENDER.items() if g != "neut"}  # the tagger's gender of a verb -> a person's


def _post(token: Token) -> bool:
    """A noun naming a position ("аким", "руководитель"), by its lemma or its normal word."""
    return token.pos in ("NOUN", "PROPN") \
        and (token.lemma in POSITION_WORDS or normal_word(token.text) in POSITION_WORDS)


def _verb_gender_before_post(tokens: list[Token], first: int) -> str | None:
    """Gender of a past verb before the post in the nominative that a name follows ("–
    рассказала руководитель областного управления культуры, архивов и документации Мира
    АБУОВА"): the name is the verb's subject, whatever words of the post come between."""
    post = False
    for token in reversed(tokens[max(0, first - POST_PHRASE_WINDOW):first]):
        if token.pos in ("VERB", "AUX"):
            return _GENDERS.get(token.feats.get("Gender", "")) if post else None
        if _post(token) and token.feats.get("Case") == "Nom":
            post = True
        elif not _in_post_phrase(token):
            return None
    return None


def _in_post_phrase(token: Token) -> bool:
    """Whether the token may stand in a post's complement between the post and its holder's
    name ("руководитель областного управления культуры, архивов и документации")."""
    return token.pos in ("NOUN", "PROPN", "ADJ", "ADP", "CCONJ") or token.text == ","


def _post_before(tokens: list[Token], first: int) -> Token | None:
    """The post a name follows, over the post's complement ("акима Жамбылской области",
    "руководителя управления культуры, развития языков и архивного дела | Сауле Османова");
    a post in another case after a post or "и.о." is that one's complement, the name that
    one's ("заместитель | акима города Зауреш Исабаева", "и.о. | руководителя управления")."""
    start = max(0, first - POST_PHRASE_WINDOW)
    for k in reversed(range(start, first)):
        if _post(tokens[k]):
            while k > start and (_post(tokens[k - 1]) or tokens[k - 1].text.lower() in _ACTING) \
                    and tokens[k].feats.get("Case") != "Nom":
                k -= 1
            return tokens[k]
        if not _in_post_phrase(tokens[k]):
            return None
    return None


def _own_line(text: str, entity: Entity) -> bool:
    """Whether the name stands on a line of its own, a byline's ("Флора Левина\nсобственный
    корреспондент", "Айгуль Сейткалиева, Нур-Султан"): a name read as a subject."""
    line_start = text.rfind("\n", 0, entity.start) + 1
    line_end = text.find("\n", entity.end)
    rest = text[entity.end:line_end if line_end >= 0 else len(text)].strip()
    return not text[line_start:entity.start].strip() and (not rest or rest.startswith(","))


def _person_mention(sent: Sentence, entity: Entity, text: str) -> PersonMention:
    tokens = sent.tokens
    inside = sent.token_range(entity.start, entity.end)
    before = tokens[inside[0] - 1] if inside and inside[0] > 0 else None
    verb_gender = None
    after = tokens[inside[-1] + 1: inside[-1] + 1 + VERB_WINDOW] if inside else []
    for token in after:
        if token.pos in ("VERB", "AUX") and (verb_gender := _GENDERS.get(token.feats.get("Gender", ""))):
            break
    if verb_gender is None and inside:
        verb_gender = _verb_gender_before_post(tokens, inside[0])
    title = _post_before(tokens, inside[0]) if inside else None
    first = inside[0] if inside else 0
    owner = title is None and before is not None and before.pos == "NOUN" and before.text.islower() \
        and before.feats.get("Animacy") == "Inan" and not (first > 1 and tokens[first - 2].text[:1].isupper())
    return PersonMention([tokens[i] for i in inside], before, verb_gender, title, owner=owner,
                         own_line=_own_line(text, entity))


def _mark_lists(text: str, people: list[tuple[Entity, PersonMention]]) -> None:
    """Number each run of names listed in one sentence, parted by a comma or «и» alone
    ("Рустама Раимова, Максута Назарова и Рафхата Максутова"): they share a case."""
    listed = 0
    for (before, previous), (entity, mention) in zip(people, people[1:]):
        if before.sentence == entity.sentence and _LIST_GAP.fullmatch(text, before.end, entity.start):
            if previous.listed is None:
                listed += 1
                previous.listed = listed
            mention.listed = previous.listed


def normalize_entities(doc: Document, resources: Resources, aliases: dict[str, str] | None = None) -> None:
    """Fill normal forms and canonical keys of doc.entities (spans already set)."""
    aliases = aliases or {}
    people = [(e, _person_mention(doc.sentences[e.sentence], e, doc.text)) for e in doc.entities
              if e.label == "PER" and analyser_language(doc, doc.sentences[e.sentence]) == "ru"]
    people = [(e, m) for e, m in people if m.tokens]
    _mark_lists(doc.text, people)
    for (entity, _), normal in zip(people, normalize_mentions([m for _, m in people], resources)):
        closing_dot = entity.text.endswith(".") and not normal.endswith(".") and _ENDS_IN_INITIAL.search(normal)
        entity.normal = normal + "." if closing_dot else normal  # "адвокат Абдикова Ж.М.": the dot that ends
        # the sentence is the initial's too
    for entity in doc.entities:
        sent = doc.sentences[entity.sentence]
        if analyser_language(doc, sent) == "kk":
            entity.normal = normalize_kazakh(entity.text, resources.kk_lemmatizer,
                                             inside_quotes=entity.label in ("ORG", "LOC"),
                                             person=entity.label == "PER", place=entity.label == "LOC",
                                             programme=entity.label == "PROG",
                                             bare=bare_before_head(entity.text, doc.text[entity.end:][:_FOLLOWING]))
            if entity.label == "ORG" and entity.normal.islower() and _national(entity.normal.split()):
                entity.normal = entity.normal.capitalize()  # "мәжіліске" -> "Мәжіліс", as Russian "в мажилисе"
        elif entity.label != "PER":
            inside = sent.token_range(entity.start, entity.end)
            tokens = sent.tokens[inside.start:inside.stop]
            before, after = sent.tokens[:inside.start], sent.tokens[inside.stop:]
            for later in doc.sentences[entity.sentence + 1:]:  # a name the sentence splitter cut ("Каз. ССР")
                if later.start >= entity.end:
                    break
                inside = later.token_range(later.start, entity.end)
                tokens, after = tokens + later.tokens[:inside.stop], later.tokens[inside.stop:]
            normal = partial(normalize_entity, entity, tokens, resources.ru_lemmatizer,
                             resources.entity_rules.places, before, after, resources.entity_rules.programmes_by_lemmas,
                             resources.entity_rules.one_word_names)
            key = phrase_key(entity, tokens, before)
            entity.normal = normal() if key is None else resources.entity_memo.get("phrase", key, normal)
        # "Алтай  Кульгинов": scraped text's doubled spaces are one in a normal form
        entity.normal = capitals_as_written(entity.text, _SPACES.sub(" ", entity.normal or entity.text))
        if entity.label in ("ORG", "PROG"):
            entity.normal = closed_quotes(entity.normal.removeprefix("@"))  # "@Pavlodarnews.kz": a handle's @ is no
            # part of the outlet's name (the news gold, 8 of 10)
        if entity.label == "PROG":  # normal keeps the generic words; title holds them apart
            entity.title = programme_parts(entity.normal)[0]
    normals = {e.text: e.normal for e in doc.entities}
    folded = {fold(abbr): fold(normals.get(name, name)) for abbr, name in aliases.items()}
    for entity in doc.entities:
        entity.canonical = canonical_key(entity, resources.aliases, folded)
    link_in_article(doc.entities)  # across the dataset: keys.link_in_dataset, when tables are read


def _national(words: list[str]) -> bool:
    """A Kazakh state body's name, a chamber ("мәжіліс") or a court ("конституциялық сот")."""
    return len(words) == 1 and is_national_body(words[0].capitalize()) or len(words) == 2 and is_national_court(*words)


def stretches(doc: Document, lang: str) -> list[list[Sentence]]:
    """Runs of consecutive sentences that go to one analyser."""
    out: list[list[Sentence]] = []
    previous = -2
    for index, sent in enumerate(doc.sentences):
        if analyser_language(doc, sent) != lang:
            continue
        if previous == index - 1:
            out[-1].append(sent)
        else:
            out.append([sent])
        previous = index
    return out


def kazakh_entities(docs: list[Document], resources: Resources) -> None:
    """Kazakh sentences through the Kazakh NER (models/kk_ner, trained on sentences); PER,
    ORG, LOC, PROG kept, repaired by the grammar of written news (kk_rules), programme names
    widened to their head noun (kazakh.programme_spans)."""
    jobs = [(doc, index, sent.start, sent.end) for doc in docs for index, sent in enumerate(doc.sentences)
            if analyser_language(doc, sent) == "kk"]
    if not jobs:
        return
    nlp = resources.kazakh_ner
    places = nlp.get_pipe("kk_crf_ner").places
    names = resources.entity_rules.kazakh_names
    for (doc, index, offset, end), parsed in zip(jobs, nlp.pipe(doc.text[s:e] for doc, _, s, e in jobs)):
        spans, titles = [], []
        for ent in parsed.ents:
            if ent[-1].lower_ in POSTPOSITIONS:
                continue  # «Қазақстан Республикасындағы сайлау туралы» заң: a title about something, no name
            if ent.label_ in KAZAKH_LABELS:
                spans.append((ent.start, ent.end, ent.label_))
            elif ent.label_ == "POSITION":
                titles.append((ent.start, ent.end, ent.label_))
        spans += places_in_titles(parsed, titles, resources.kk_abbreviations, places)
        found = [(parsed[s].idx, parsed[e - 1].idx + len(parsed[e - 1]), label)
                 for s, e, label in repair(parsed, spans, resources.kk_abbreviations, places,
                                           resources.kk_lemmatizer.strip_case, resources.entity_rules.clubs,
                                           resources.entity_rules.first_names)]
        # the sentence's text as sliced: the same as parsed.text, which makes a Token of every word
        programmes = programme_spans(doc.text[offset:end], [0])
        programmes += [(s, e) for s, e in gazetteer_programmes(doc.text[offset:end], names, [0])
                       if not any(ps < e and s < pe for ps, pe in programmes)
                       and not any(fs <= s and e <= fe and (fs, fe) != (s, e) and label == "ORG"
                                   for fs, fe, label in found)]  # «Болашақ» ЖШС: a company's name
        for start, stop, label in merge_programmes(found, programmes):
            start, stop = offset + start, offset + stop
            doc.entities.append(Entity(label, doc.text[start:stop], start, stop, index))
    kazakh_sentences: dict[int, tuple[Document, list[int]]] = {}
    for doc, index, *_ in jobs:
        kazakh_sentences.setdefault(id(doc), (doc, []))[1].append(index)
    for doc, indexes in kazakh_sentences.values():  # an article's surnames alone, once its full names are known
        doc.entities += surnames_again(doc, indexes, resources.kk_lemmatizer.strip_case)
        doc.entities += datelines(doc, indexes, places)


def _in_address(text: str, entity: Entity) -> bool:
    """"press@prokuror.kz": an address names a mailbox, no organisation, though both taggers
    take its domain or the whole for one (the news gold of batch 28); so does a web address
    written with its scheme, a link or an image's source a scraper kept (the news gold marks
    none: "https://www.gov.kz", "![](https://yujanka.kz/...)")."""
    low, high = max(0, entity.start - _ADDRESS_REACH), entity.end + _ADDRESS_REACH
    window = text[low:high]
    return ("@" in window or "://" in window) \
        and any(m.start() <= entity.start and entity.end <= m.end() for m in _ADDRESS.finditer(text, low, high))


# "Сапарбаев|Әкімнің": a word of four letters or more glued to a capitalised one (not "Мак|Клари")
_GLUED_WORDS = re.compile(r"(?<!\S)\S{3,}?[а-яёәғқңөұүһі](?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])")
# "жұмыстарын«ӘлемТрансЖол»": the space before a quoted name lost
_GLUED_QUOTE = re.compile(r"[а-яёәғқңөұүһіa-z](?:[«„]|\"(?=[^\W\d_]))")


def _names_a_platform(doc: Document, entity: Entity) -> bool:
    """A platform's name where something is put on it: in a Kazakh sentence (the news gold
    marks none), with a Kazakh case ending, or after a Russian preposition or a platform's kind."""
    name = entity.text.strip("«»\"“”„")
    bare = _PLATFORM_SUFFIX.sub("", name)
    if bare.lower() not in _PLATFORMS:
        return False
    return bare != name or analyser_language(doc, doc.sentences[entity.sentence]) == "kk" \
        or bool(_ON_A_PLATFORM.search(doc.text[max(0, entity.start - 40):entity.start]))


# "Выделите и нажмите Ctrl+Enter": a page's key combination; Восток–Запад, Север–Юг: directions
_KEYS = re.compile(r"^(?:Ctrl|Alt|Shift)\+\w+$", re.IGNORECASE)
_AIRCRAFT = re.compile(r"^(?:Ан|Ил|Ту|Як|Су|Ми|Ка|Бе)-\d+\w*$")  # "воздушные суда Ан-24": a model
_EMPTY_VALUES = frozenset({"None", "null", "undefined", "NaN"})
_MEDIA_MARKS = frozenset({"видео", "фото", "video", "photo"})  # "(ВИДЕО)" after a headline: what the page holds
_NUMBERED = re.compile(r"[-\s]*\d+$")  # "ЦТП-518", "ЦТП 401": a facility's number
_COMPASS = frozenset({"восток", "запад", "север", "юг", "шығыс", "батыс", "солтүстік", "оңтүстік"})
_COMPASS_PAIR = re.compile(r"(\w+)\s*[-–—]\s*(\w+)")


def _names_nothing(doc: Document, entity: Entity) -> bool:
    """No name at all: a number ("службы «101»"), a key combination, an aircraft's model, a
    legal form alone ("изъяли у ТОО"), a scraper's empty value on a line of its own ("None"), a
    headline's mark of what the page holds ("(ВИДЕО)"), a word of a Russian sentence that names
    no one whichever pass found it ("На место ЧС", "ЦТП-518": NOT_NAMES), or a point of the
    compass paired with another by a dash ("маршрутах Восток–Запад и Север–Юг"), a direction, no
    place."""
    if not any(c.isalpha() for c in entity.text) or _KEYS.match(entity.text) or _AIRCRAFT.match(entity.text) \
            or entity.label == "ORG" and entity.text.lower() in LEGAL_FORMS or _empty_value(doc.text, entity) \
            or entity.text.lower() in _MEDIA_MARKS:
        return True
    if normal_word(_NUMBERED.sub("", entity.text.strip("«»\"“”„"))) in NOT_NAMES \
            and analyser_language(doc, doc.sentences[entity.sentence]) == "ru":
        return True
    return entity.label == "LOC" and any(
        m.start() <= entity.start and entity.end <= m.end() and m[1].lower() in _COMPASS and m[2].lower() in _COMPASS
        for m in _COMPASS_PAIR.finditer(doc.text, max(0, entity.start - 12), entity.end + 12))


def _empty_value(text: str, entity: Entity) -> bool:
    """A line holding only "None", "null" or "undefined": a field the scraper found empty."""
    if entity.text not in _EMPTY_VALUES:
        return False  # (every entity comes here: the line is looked for only around these words)
    line_start = text.rfind("\n", 0, entity.start) + 1
    line_end = text.find("\n", entity.end)
    return text[line_start:len(text) if line_end < 0 else line_end].strip() == entity.text


def _without_edge_marks(doc: Document, entity: Entity) -> Entity:
    """A weather widget's line ("• Аягөз-39°С", "• Курчатов-4°С") names the town alone: its
    bullet and the temperature glued to it by a hyphen are no part of the name; nor is a
    copyright sign after a photographer's name ("Фото Жанара Берикова©"), nor a Braille blank
    some sites type as an invisible space ("служба коммуникаций⠀"), nor a dash typed against a
    name's end before a space."""
    text = entity.text
    head = len(text) - len(text.lstrip("•·▪ "))
    tail = _TEMPERATURE.search(text) if doc.text.startswith("°", entity.end) else None
    stop = tail.start() if tail else len(text.rstrip("©®™\u2800 "))
    if not tail and text[:stop].endswith(("-", "–", "—")) and doc.text[entity.end:entity.end + 1].isspace():
        stop -= 1  # "Жəнібек Сармолдаев- ақын": a dash typed against the name before a space
    if not head and stop == len(text) or head >= stop:
        return entity
    return Entity(entity.label, text[head:stop], entity.start + head, entity.start + stop, entity.sentence)


def _widget_towns(doc: Document) -> list[Entity]:
    """The towns of a weather widget a page kept (a bullet, a town, its temperature), places
    the taggers miss on lines without a sentence around them."""
    if "°" not in doc.text:
        return []
    taken = [(e.start, e.end) for e in doc.entities]
    return [Entity("LOC", m[1], m.start(1), m.end(1), doc.sentence_at(m.start(1)))
            for m in _WIDGET_TOWN.finditer(doc.text) if not any(s < m.end(1) and m.start(1) < e for s, e in taken)]


def _from_glued_quote(entity: Entity) -> Entity:
    """A name whose opening quote the text glued to the lower-case word before it starts at
    the quote: the word is no part of it (ТОО«Казцинк», a legal form in capitals, stays). A
    straight quote after an open one closes the name, glued to the next sentence's word
    (АО "Самрук-Казына"Глава): the name ends there."""
    match = _GLUED_QUOTE.search(entity.text)
    if match is None or entity.label not in ("ORG", "PROG"):
        return entity
    cut = match.start() + 1
    if entity.text[cut] == '"' and entity.text.count('"', 0, cut) % 2:
        return Entity(entity.label, entity.text[:cut + 1], entity.start, entity.start + cut + 1, entity.sentence)
    return Entity(entity.label, entity.text[cut:], entity.start + cut, entity.end, entity.sentence)


def _unglued_persons(entity: Entity) -> list[Entity]:
    """"Самат СапарбаевӘкімнің айтуынша", "Абзал КалиевБақытжан Сағынтаев": a caption glued to
    the next sentence or name, a capital right after a lower-case letter inside a person's later
    word, ends the person there; what follows is another person when more words of the mention
    follow it, else no part of any ("МұхтарОразбаев", glued in its first word, stays one)."""
    if entity.label != "PER":
        return [entity]
    first_space = entity.text.find(" ")
    glued = _GLUED_WORDS.search(entity.text, first_space + 1) if first_space > 0 else None
    if glued is None:
        return [entity]
    cut = glued.end()
    head = Entity("PER", entity.text[:cut], entity.start, entity.start + cut, entity.sentence)
    rest = entity.text[cut:]
    if " " not in rest.strip():
        return [head]
    return [head, Entity("PER", rest, entity.start + cut, entity.end, entity.sentence)]


def _sites_and_photographers(doc: Document, entities: list[Entity]) -> list[Entity]:
    """"Zakon.kz/Павел Михеев": the site (ORG) and the person after the slash (PER), who
    takes in the surname the tagger found apart ("Tengrinews.kz/Тұрар | Қазанғапов")."""
    out: list[Entity] = []
    credited = None  # the person a credit's slash ended, whose surname may follow
    for entity in entities:
        match = SITE_SLASH_NAME.match(entity.text)
        if match is None:
            if credited is not None and out and out[-1] is credited and entity.label == "PER" \
                    and doc.text[credited.end:entity.start] == " ":
                out[-1] = Entity("PER", doc.text[credited.start:entity.end], credited.start, entity.end,
                                 credited.sentence)
            else:
                out.append(entity)
            credited = None
            continue
        site, rest = entity.start + match.end(1), entity.start + match.end()
        out.append(Entity("ORG", doc.text[entity.start:site], entity.start, site, entity.sentence))
        credited = None
        if rest < entity.end:
            credited = Entity("PER", doc.text[rest:entity.end], rest, entity.end, entity.sentence)
            out.append(credited)
    return out


def _closes_sentence(token: Token, sentence_ends: set[int]) -> bool:
    """A sentence's closing punctuation, no part of a name before it."""
    return token.end in sentence_ends and token.text in (".", "!", "?", "...", "…")


def extract_entities(docs: Iterable[Document], resources: Resources) -> list[Document]:
    """Stage entry point: fill doc.entities, sorted by offset."""
    docs = list(docs)
    kazakh_entities(docs, resources)
    jobs = [(doc, tokens) for doc in docs for run in stretches(doc, "ru")
            if (tokens := [t for sent in run for t in sent.tokens])]
    # natasha's NER on the analysis stage's tokens: no second razdel pass over the text; Kazakh
    # letters in Russian spelling, as its Russian vocabulary knows the names ("Қонаев": Конаев)
    words = [[russian_spelling(t.text) for t in tokens] for _, tokens in jobs]
    for (doc, tokens), tags in zip(jobs, resources.ner_tagger(words)):
        starts = [s.start for s in doc.sentences]
        ends = {s.tokens[-1].end for s in doc.sentences if s.tokens}
        limit = tokens[-1].end
        for first, last, label in bio_spans(tags):
            while last - first > 1 and _closes_sentence(tokens[last - 1], ends):
                last -= 1  # "сообщает Казгидромет." at a text's end: the tagger takes the period in
            start = tokens[first].start
            end = balance_quotes(doc.text, start, tokens[last - 1].end, limit)
            doc.entities.append(Entity(label, doc.text[start:end], start, end, bisect_right(starts, start) - 1))
    for doc in docs:
        doc.entities.sort(key=lambda e: e.start)
        doc.entities, aliases = apply_rules(doc, doc.entities, resources.entity_rules, resources.ru_lemmatizer)
        doc.entities = [with_legal_form_dot(doc, _from_glued_quote(_without_edge_marks(doc, part)))
                        for e in _sites_and_photographers(doc, split_routes(doc, doc.entities))
                        for part in _unglued_persons(e)
                        if not _in_address(doc.text, part) and not _names_a_platform(doc, part)
                        and not _names_nothing(doc, part)]
        doc.entities = sorted(doc.entities + _widget_towns(doc), key=lambda e: e.start)
        normalize_entities(doc, resources, aliases)
    return docs
