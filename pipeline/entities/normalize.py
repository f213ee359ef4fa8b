"""Normal (nominative dictionary) forms and canonical keys of entity mentions.

Persons are persons.py's job. Organisations and locations: only the head
noun and the adjectives agreeing with it before it are inflected ("Агентстве по
противодействию коррупции" -> "Агентство по противодействию коррупции"); quoted names,
abbreviations, Latin and Kazakh words stay as written.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from os.path import commonprefix
from pathlib import Path

from ..doc import Entity, Token
from ..lang.kk import has_kazakh_letters, russian_spelling
from ..lang.kk.letters import cyrillic_spelling
from ..lang.kk.lemmatizer import NAME_CASE_FORMS, PLURAL_FORMS, KazakhLemmatizer
from ..lang.kk.bodies import GENITIVE_ENDINGS, is_legal_kind
from ..lang.kk.exceptions import NAMESAKE_TITLES
from ..lang.kk.places import (PLURAL_PLACE_NOUN, REGION_NOUN, SETTLEMENT_NOUN, place_in_russian_case,
                              singular_region_noun)
from ..lang.ru.entity_words import (ADJECTIVE_PLACE_NOUNS, CAMPAIGN_WORDS, GOVERNS_GENITIVE_NAME, INSTITUTION_WORDS,
                                    KAZAKH_PLACE_WORDS, LEGAL_FORMS, NAMED_TERRITORY_NOUNS, NATIONAL_BODIES,
                                    ORG_DESCRIPTORS, PLACE_NOUNS, PROG_HEADS, SETTLEMENT_NOUN_GENDERS, SETTLEMENT_NOUNS,
                                    SITE_NOUNS, STREET_WORD_GENDERS)
from ..lang.ru.exceptions import KAZAKH_LOANS, riverside_region
from ..lang.ru.lemmatizer import RussianLemmatizer, is_foreign_word, is_russian_word, normal_word
from .persons import UD_CASE, UD_GENDER, _written_as_is, kazakh_spelling
from .rules import (after_street_word, listed_after_street_word, ministry_of_field, seat_of_power, town_adjective,
                    town_of_streets)
from .shape import DECLINED_ABBREVIATION, join_tokens, name_case, restore_shape

_QUOTES_OPEN, _QUOTES_CLOSE = "«\"„“", "»\"“”"
# an adjective's ending; the soft -ем, -его, -ему only after a soft or hushing stem (синем,
# свежем, третьем: "Коктем", "Тортем" are names, no adjectives)
_ADJECTIVE_ENDING = re.compile(r"(?:[ыиоа]й|[ая]я|[оеиы]е|ого|ому|[ыио]м|(?<=[нжчшщь])е(?:го|му|м)|[ую]ю|[ыи]х|[ыи]ми|[ео]й)$")
_PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ой|ого|ому|ом|ую|ым|ие|их|им|ими)$")
_RUSSIAN_PLACE_STEM = "московск"  # the model a place adjective with Kazakh letters declines on
_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:-\d+)?$")
_LIST_JOINERS = frozenset({",", "и", "или"})
_VILLAGE_LIST_MARKS = frozenset({",", "и", ":", "—", "–", "-"})
_UD_OF_CASE = {case: ud for ud, case in UD_CASE.items()}  # pymorphy3's case -> the tagger's
_INITIAL = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ]\.?$")
_OUR_POSSESSIVE = re.compile(r"(?<=\w{3})(?:ы|і)?(?:мыз|міз)$")  # -ымыз after a consonant, -мыз after a vowel
_LINKING_I = ("скі", "цкі")  # Kazakh adds і to a final -ск, -цк before a case ending (Томскіге)
# A named person's surname in the plural means "and those with them" ("Темір Мусаевтармен",
# "Айбек Жеңісқазиндер"): the person is one; a surname alone in the plural is a family.
_SURNAME_WITH_COMPANY = re.compile(rf"((?:ов|ев|ин)а?)(?:{'|'.join(PLURAL_FORMS)})$")
# what a list of place adjectives may share: "в Ленинском и Садовом микрорайонах", "на Ленинской и Садовой улицах"
_LISTED_PLACE_NOUNS = ADJECTIVE_PLACE_NOUNS | PLACE_NOUNS | SETTLEMENT_NOUNS | set(STREET_WORD_GENDERS) | {"микрорайон"}
# "в районе Бутаковки": a village in -овка in the genitive, which the tagger may read as a plural
_VILLAGE_IN_GENITIVE = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:овк|евк|ёвк)и$")
# "в Сивково", "в Налобино": a village in -ово/-ево/-ино/-ыно is written undeclined in the news
# (its nominative), which pymorphy3 reads as an oblique case of a name it guesses ("Сивковое")
_UNDECLINED_VILLAGE = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин|ын)о$")
# a name right after these stands in the nominative, whatever their case ("в селе Жанажол")
_NAMED_AFTER_NOUNS = SETTLEMENT_NOUNS | SITE_NOUNS | {"микрорайон"}
_TERRITORY_GENDER = {"область": "Fem", "район": "Masc"}  # of NAMED_TERRITORY_NOUNS, for a plural that shows none
_SETTLEMENT_ABBREVIATIONS = frozenset({"с", "п", "пос", "а", "ст", "д", "пгт"})  # село, посёлок, аул, ...
_ABBREVIATED_TERRITORY = {"обл": "область", "обл.": "область", "р-н": "район", "р-на": "район", "р-не": "район"}
_ACCUSATIVE_ONLY = ("ую", "юю")  # an adjective's feminine accusative ending, never a nominative
_COUNT = re.compile(r"^(?:\d+(?:[.,]\d+)?[%,.]?|[-–—%,.])$")  # a figure given for each place of a list, and its signs
_LIST_WINDOW = 30  # "в Иртышском, Качирском, ... и Майском районах": the list is walked, not searched


def feats_key(token: Token) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(token.feats.items()))


_UNDECLINED_HONORIFICS = frozenset({"сал", "сері", "серэ", "би", "датка", "датқа"})  # after a Kazakh name


def _declined_compound(word: str, grams: set[str], ru: RussianLemmatizer) -> str | None:
    """"школы-лицея" -> "школа-лицей": a compound of two known nouns in one case declines in
    both (pymorphy3 declines only the second: "школы-лицей"); None for any other word."""
    left, _, right = word.partition("-")
    nouns = [[p for p in ru.parse(part) if p.is_known and p.tag.POS == "NOUN"] for part in (left, right)]
    for first in nouns[0]:
        second = next((p for p in nouns[1] if p.tag.case == first.tag.case and p.tag.number == first.tag.number), None)
        forms = (first.inflect(grams), second.inflect(grams)) if second is not None else (None, None)
        if all(forms):
            return f"{forms[0].word}-{forms[1].word}"
    return None


_REGION_IN_YE = re.compile(r"^при\w+[бвгджзклмнпрстфхцчшщ]ья$")  # a region "by" a sea or river, in the genitive
_HILL = ("тобе", "төбе")  # Kazakh төбе, "hill", ends many a place's name


def inflect(token: Token, grams: set[str], ru: RussianLemmatizer) -> str:
    """The token's word inflected to `grams` (OpenCorpora grammemes), or as written.
    Kazakh loanwords take their lemma ("маслихата" -> "маслихат"); an unknown proper noun
    ending in a consonant is a nominative already (pymorphy3 would guess "Тенгизшевройл" ->
    "Тенгизшевройло"), one ending in a vowel is inflected by guess ("Шымкента" -> "Шымкент")."""
    word = normal_word(token.text)
    if "nomn" in grams and (declined := DECLINED_ABBREVIATION.match(token.text)):
        return declined[1]  # "Темиртауском ТЮЗе" -> "ТЮЗ": an abbreviation's case ending comes off
    if (ending := _PLACE_ADJECTIVE.search(word)) and has_kazakh_letters(word) and token.text[:1].isupper():
        return _declined_as_place_adjective(token, word[:ending.start() + 2], grams, ru)
    if ministry_of_field(token, ru):
        return token.text
    if not is_russian_word(token.text) or (token.text.isupper() and len(token.text) > 1) or _written_as_is(token.text):
        return token.text
    if word in KAZAKH_LOANS and "sing" in grams:
        return restore_shape(KAZAKH_LOANS[word], token.text)
    if word in _UNDECLINED_HONORIFICS:
        return token.text  # "Биржан сал", "Ақан сері": pymorphy3 reads сал as сало
    if token.text.islower() and word.count("-") == 1 and (compound := _declined_compound(word, grams, ru)):
        return compound
    parse = ru.best_parse(word, token.pos, feats_key(token))
    if token.pos == "ADJ" and parse is not None and "ADJF" not in parse.tag \
            and (ending := _PLACE_ADJECTIVE.search(word)):
        adjective = _place_adjective(word, ru)
        if adjective is None and "Surn" in parse.tag:  # "в Дмитревском лесничестве": pymorphy3 knows a surname only
            return _declined_as_place_adjective(token, word[:ending.start() + 2], grams, ru)
        parse = adjective or parse
    if parse is not None and parse.tag.POS in ("VERB", "GRND", "INFN") and token.text[:1].isupper():
        return token.text  # "Мангилик Ел", "из Урыля": a name's word read as a verb is no verb to decline
    if parse is not None and not parse.is_known and token.text[:1].isupper() \
            and (word[-1] in "ыи" or word.endswith(_HILL)) and not _VILLAGE_IN_GENITIVE.match(token.text) \
            and not _ends_in_oblique_noun(word, ru):
        return token.text  # Kazakh names in -ы/-и and hills (-төбе) do not decline: Мойылды, Жетекши, Каратобе
    if parse is not None and not parse.is_known and token.text[:1].isupper() and token.pos in ("NOUN", "PROPN"):
        if word.endswith(("ом", "ем")) and token.feats.get("Case") == "Ins" \
                and (nominative := ru.regular_nominative(word, "ablt")) is not None:
            return restore_shape(nominative, token.text)  # "в связке с Курыком": a consonant stem's instrumental
        if word.endswith("ах") and token.feats.get("Case") == "Loc" and len(word) > 5:
            plural = word[:-2] + ("и" if word[-3] in "кгхжшчщ" else "ы")  # "в Теректах", "в Кульсарах": a town
            return restore_shape(plural, token.text)  # named in the plural, as Russian declines it
        if _REGION_IN_YE.search(word) and token.feats.get("Case") == "Gen":
            return restore_shape(word[:-1] + "е", token.text)  # "Приаралья" -> "Приаралье", as Поволжье, Семиречье
        if word[-1] not in "аяоеыиуюё":
            return token.text
        nominative = ru.regular_nominative(word, UD_CASE.get(token.feats.get("Case", ""))) \
            if "Fixd" in parse.tag and "nomn" in grams else None
        if nominative is not None:
            return restore_shape(nominative, token.text)
    form = parse.inflect(grams) if parse is not None else None
    if form is None and "nomn" in grams and parse is not None:
        form = parse.inflect({"nomn"})
    stem = word[:max(len(word) - 3, 4)]
    if form is not None and "Supr" in parse.tag and not form.word.startswith(stem):
        # a superlative keeps its stem: "Высшей" -> "Высшая", not pymorphy3's "Высочайшая"
        form = next((f for f in parse.lexeme
                     if form.tag.grammemes <= f.tag.grammemes and f.word.startswith(stem)), form)
    return restore_shape(form.word, token.text) if form is not None else token.text


def _ends_in_oblique_noun(word: str, ru: RussianLemmatizer) -> bool:
    """"Нацгвардии", "Погранслужбы": a compound of a clipped word and a dictionary noun of five
    letters or more in an oblique case declines as that noun, unlike a Kazakh name in -ы/-и."""
    return any(p.is_known and p.tag.POS == "NOUN" and p.tag.case not in (None, "nomn")
               for k in range(3, len(word) - 4) for p in ru.parse(word[k:]))


def _declined_as_place_adjective(token: Token, stem: str, grams: set[str], ru: RussianLemmatizer) -> str:
    """"Жетісуской области": a place adjective spelt with Kazakh letters, which pymorphy3
    cannot parse, or one it knows only as a surname ("Дмитревском"), declines as any Russian
    adjective in -ский; its ending is inflected on one."""
    model = _RUSSIAN_PLACE_STEM + normal_word(token.text)[len(stem):]
    parse = next((p for p in ru.parse(model) if "ADJF" in p.tag), None)
    form = parse.inflect(grams) if parse is not None else None
    return restore_shape(stem + form.word[len(_RUSSIAN_PLACE_STEM):], token.text) if form is not None else token.text


def _place_adjective(word: str, ru: RussianLemmatizer):
    """"Казалинском районе": pymorphy3 reads the adjective of a town in -ск as the town's
    instrumental (Казалинск) when its dictionary lacks the adjective; its «-ский» form,
    parsed, is the adjective (None when pymorphy3 knows no adjective there either)."""
    lemma = _PLACE_ADJECTIVE.sub(lambda m: m.group(0)[:2] + "ий", word)
    return next((p for p in ru.parse(lemma) if {"ADJF", "masc", "nomn"} <= p.tag.grammemes), None)


def _team_letters(token: Token) -> bool:
    """A team's letters after a club's name, which do not decline: «Кызылжара СК», «Астане М»."""
    return token.text.isupper() and len(token.text) <= 3


def normalize_phrase(tokens: list[Token], ru: RussianLemmatizer, singular: bool = False) -> str:
    """Organisation, location, programme: inflect the head noun and the adjectives before it.

    The head's case and number come from the tagger, except that an adjective agreeing with
    it overrules a conflicting reading ("общереспубликанской акции": the tagger calls
    "акции" nominative plural), and a head right before a quoted name, or shared by
    coordinated names (`singular`: "Жамбылской областях" -> "Жамбылская область"), is
    singular."""
    tokens = [_as_modifier(t) if _foreign_tag_on_adjective(t, ru) else t for t in tokens]
    tokens = [_as_modifier(t) if _adjectival(t) and _before_common_noun(tokens, i + 1) else t
              for i, t in enumerate(tokens)]
    if tokens and tokens[0].pos == "ADV" and tokens[0].text[:1].isupper():
        tokens = [_adverb_as_noun(tokens[0], ru), *tokens[1:]]
    if len(tokens) >= 3 and tokens[0].text in _QUOTES_OPEN and tokens[-1].text in _QUOTES_CLOSE \
            and not any(t.text in _QUOTES for t in tokens[1:-1]):
        # a mention that is all one quoted name is its own head: «Академии Абая» -> «Академия
        # Абая», «Кайратом» -> «Кайрат» (the news gold: 8 of 8 such names of several words in
        # an oblique case, 11 of one word); one opening with a preposition is a slogan, a
        # phrase with no head to decline («С дипломом в село»), and so is a Kazakh name, its
        # words no Russian ones, one with a Kazakh letter («Жастар рухы», «Таза Қазақстан») or
        # its last a lower-case word no Russian one («Семей орманы», not «Семьи орманы»)
        words = [t.text for t in tokens[1:-1] if t.text.isalpha()]
        foreign = [is_foreign_word(w, ru.analyzer) for w in words]
        if tokens[1].pos == "ADP" or len(words) > 1 and (any(map(has_kazakh_letters, words)) or all(foreign)
                                                         or words[-1].islower() and foreign[-1]):
            return join_tokens([t.text for t in tokens], tokens)
        name = tokens[1:-1]
        team = len(name) > 1 and _team_letters(name[-1])
        inner = normalize_phrase(name[:-1] if team else name, ru, singular)
        if team:
            inner += " " * (name[-1].start - name[-2].end) + name[-1].text
        return (tokens[0].text + " " * (tokens[1].start - tokens[0].end) + inner
                + " " * (tokens[-1].start - tokens[-2].end) + tokens[-1].text)
    if _ABBREVIATION.match(tokens[0].text):  # "ДВД Астаны", "ТЭЦ-2 Петропавловска": the head does not decline
        return join_tokens([t.text for t in tokens], tokens)
    head = None
    depth = 0
    named_after = next((i for i, t in enumerate(tokens) if t.text.lower() in GOVERNS_GENITIVE_NAME), len(tokens))
    for i, token in enumerate(tokens[:named_after]):  # "драмтеатра имени Х. Букеевой": the head is before «имени»
        if token.text in _QUOTES_OPEN and depth == 0 and token.text != '"':
            depth += 1
        elif token.text in _QUOTES_CLOSE and depth:
            depth -= 1
        elif depth == 0 and (token.pos in ("NOUN", "PROPN") or _mistagged_noun(tokens, i, ru)):
            head = i + 1 if _name_before_its_kind(tokens, i, ru) else i
            break
    if head is None and 0 < named_after < len(tokens) and tokens[named_after - 1].text.islower():
        head = named_after - 1  # a noun the tagger mistook ("драмтеатра" read as an adjective)
    if head is None:
        return join_tokens([t.text for t in tokens], tokens)
    while head + 1 < len(tokens) and tokens[head + 1].pos in ("NOUN", "PROPN") \
            and tokens[head + 1].text[:1].isupper() and _names_the_next(tokens[head], ru) \
            and not _place_in_genitive(tokens[head + 1], ru) and not _ABBREVIATION.match(tokens[head + 1].text):
        head += 1  # (an abbreviation after it is its owner: "Совбеза ООН" -> "Совбез ООН")
    head_token = tokens[head]
    case, number = head_token.feats.get("Case"), head_token.feats.get("Number")
    modifier = tokens[head - 1] if head and _is_modifier(tokens[head - 1]) else None
    if modifier is not None and modifier.feats.get("Case") and modifier.feats.get("Case") != case:
        case, number = modifier.feats["Case"], modifier.feats.get("Number", number)
    elif modifier is not None and head_token.text.isupper() and modifier.feats.get("Number"):
        number = modifier.feats["Number"]  # "Экибастузскую ТЭЦ": an abbreviation shows no number, its adjective does
    elif modifier is not None and modifier.text[:1].isupper() and modifier.feats.get("Number") == "Sing" \
            and number == "Plur":
        number = "Sing"  # "Урджарского районов", "Улытауский районы": one of the places a list shares its noun with
    own_gender = None
    if modifier is not None and head_token.text.isupper() and case in (None, "Nom"):
        # "и Экибастузской ГРЭС-2": an abbreviation shows no case and the tagger may call the
        # adjective a name or nominative; pymorphy3's readings of it in its gender decide
        gender = UD_GENDER.get(modifier.feats.get("Gender", ""))
        parses = [p for p in ru.parse(normal_word(modifier.text.lower()))
                  if p.tag.POS == "ADJF" and (gender is None or p.tag.gender in (gender, None))]
        if parses and not any(p.tag.case == "nomn" for p in parses):
            case, number, own_gender = "Obl", "Plur" if parses[0].tag.number == "plur" else "Sing", parses[0].tag.gender
    if case == "Nom" and any(_is_modifier(t) and t.text.lower().endswith(_ACCUSATIVE_ONLY) for t in tokens[:head]):
        case = "Acc"  # "Северо-Казахстанскую область", tagged nominative: -ую is no nominative
    if case == "Nom" and _oblique_compound(head_token.text, ru):
        case = "Obl"  # "школе-гимназии", tagged nominative: "школе" is no nominative
    if singular or head + 1 < len(tokens) and tokens[head + 1].text in _QUOTES_OPEN:
        number = "Sing"
    loanword = normal_word(head_token.text) in KAZAKH_LOANS  # the tagger misreads these
    if case in (None, "Nom") and number == head_token.feats.get("Number") and not loanword and not singular:
        return join_tokens([t.text for t in tokens], tokens)
    grams = {"nomn", "plur" if number == "Plur" else "sing"}
    head_parse = ru.best_parse(normal_word(head_token.text), head_token.pos, feats_key(head_token)) \
        if is_russian_word(head_token.text) else None
    words = [t.text for t in tokens]
    words[head] = inflect(head_token, grams, ru)
    agree = set(grams)
    if "sing" in grams and loanword:
        agree.add("femn" if KAZAKH_LOANS[normal_word(head_token.text)].endswith("а") else "masc")
    elif "sing" in grams and head_parse is not None and not (head_token.text.isupper() and modifier is not None):
        gender = head_parse.tag.gender or _singular_gender(head_parse)
        if gender:
            agree.add(str(gender))
    elif "sing" in grams and (own_gender or modifier is not None and modifier.feats.get("Gender") in UD_GENDER):
        # an abbreviation shows no gender, its adjective does ("Аркалыкской городской ДЮСШ")
        agree.add(str(own_gender or _modifier_gender(modifier, ru)))
    chain = head  # the modifiers right before the head agree with it, whatever case the tagger gave them,
    while chain and (_is_modifier(tokens[chain - 1])  # those joined by «и» too: "историко-культурного и
                     or chain > 1 and tokens[chain - 1].text == "и" and _is_modifier(tokens[chain - 2])):
        chain -= 1  # литературно-мемориального заповедника"
    for i in range(head):
        if _is_modifier(tokens[i]) and (tokens[i].feats.get("Case") == case or i >= chain):
            words[i] = inflect(tokens[i], agree, ru)
    return join_tokens(words, tokens)


_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})  # pymorphy3's proper nouns


def _name_before_its_kind(tokens: list[Token], i: int, ru: RussianLemmatizer) -> bool:
    """A name written before its kind, the kind in lower case ("Назарбаев университета",
    "Астана опере"): the kind is the head, and the name stays as written (a Russian owner
    in the genitive comes after its noun). The name is no common noun a capital opens
    ("Министерством юстиции", tagged a proper noun)."""
    if not (tokens[i].pos == "PROPN" and tokens[i].text[:1].isupper() and i + 1 < len(tokens)
            and tokens[i + 1].pos == "NOUN" and tokens[i + 1].text.isalpha() and tokens[i + 1].text.islower()):
        return False
    return not any(p.tag.POS == "NOUN" and not p.tag.grammemes & _PROPER for p in ru.parse(normal_word(tokens[i].text)))


def _modifier_gender(modifier: Token, ru: RussianLemmatizer) -> str:
    """The adjective's gender as the tagger gives it, unless its ending cannot have that
    gender in the singular ("в Чарынский ГНПП", tagged neuter: -ский is masculine)."""
    gender = UD_GENDER[modifier.feats["Gender"]]
    readings = {str(p.tag.gender) for p in ru.parse(normal_word(modifier.text.lower()))
                if p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.gender}
    return gender if not readings or gender in readings else min(readings)


def _oblique_compound(word: str, ru: RussianLemmatizer) -> bool:
    """A lower-case hyphenated noun whose first part pymorphy3 knows only in oblique cases
    ("школе-гимназии", "школу-интернат"): the tagger, not knowing the compound, calls it
    nominative."""
    if not word.islower() or word.count("-") != 1:
        return False
    parses = [p for p in ru.parse(normal_word(word.split("-")[0])) if p.is_known and p.tag.POS == "NOUN"]
    return bool(parses) and not any(p.tag.case == "nomn" for p in parses)


_PLANT_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,5}(?:-\d+)?$")  # ГРЭС-2, ТЭЦ-3, АЭС


def _before_common_noun(tokens: list[Token], i: int) -> bool:
    """Whether a lower-case noun follows at `i`, past lower-case adjectives: the noun a place
    adjective before them agrees with ("Дильдабековского сельского округа"), or an
    abbreviation it agrees with as with its noun ("Экибастузской ГРЭС-2": станции)."""
    while i < len(tokens) and _is_modifier(tokens[i]) and tokens[i].text.islower():
        i += 1
    return i < len(tokens) and (tokens[i].pos == "NOUN" and tokens[i].text.islower()
                                or i == len(tokens) - 1 and bool(_PLANT_ABBREVIATION.match(tokens[i].text)))


def _adverb_as_noun(token: Token, ru: RussianLemmatizer) -> Token:
    """"Дома культуры": a name's capitalised first word the tagger read as an adverb
    ("дома", at home) is the noun pymorphy3 knows too, in the singular ("дом" in the
    genitive); the token as it was when pymorphy3 knows no such noun."""
    parse = next((p for p in ru.parse(normal_word(token.text))
                  if p.is_known and p.tag.POS == "NOUN" and p.tag.number == "sing" and p.tag.case in _UD_OF_CASE), None)
    if parse is None:
        return token
    feats = {"Case": _UD_OF_CASE[parse.tag.case], "Number": "Sing"}
    return Token(token.text, token.start, token.end, "NOUN", feats, parse.normal_form)


def _singular_gender(parse) -> str | None:
    """The gender of a plural noun ("областях" -> femn), which its plural forms do not show."""
    form = parse.inflect({"nomn", "sing"})
    return form.tag.gender if form is not None else None


def _name_before_institution(tokens: list[Token], ru: RussianLemmatizer) -> str | None:
    """"Торайгыров университета", "Шакарим университета": a name before an institution's noun
    that does not agree with it (no adjective of its case) is the institution's name as
    written, and only the noun declines ("Торайгыров университет", not "Торайгыр")."""
    if len(tokens) != 2 or not tokens[0].text[:1].isupper() or tokens[1].lemma not in INSTITUTION_WORDS:
        return None
    case = UD_CASE.get(tokens[1].feats.get("Case", ""))
    if case in (None, "nomn") or any({"ADJF", case} in parse.tag for parse in ru.parse(normal_word(tokens[0].text))):
        return None
    head = tokens[1].lemma
    return f"{tokens[0].text} {head[:1].upper() + head[1:] if tokens[1].text[:1].isupper() else head}"


def _adjectival(token: Token) -> bool:
    """A modifier, or a place adjective the tagger took for a name ("Акжарском" PROPN)."""
    return _is_modifier(token) or bool(token.text[:1].isupper() and _PLACE_ADJECTIVE.search(token.text))


def _foreign_tag_on_adjective(token: Token, ru: RussianLemmatizer) -> bool:
    """A lower-case Russian adjective the tagger called a foreign word ("Урало-Атырауского
    осетрового рыбоводного завода": "осетрового" X), which would hide the noun its
    neighbours agree with."""
    return token.pos == "X" and token.text.islower() and is_russian_word(token.text) \
        and any(p.is_known and p.tag.POS == "ADJF" for p in ru.parse(normal_word(token.text)))


def _as_modifier(token: Token) -> Token:
    """A place adjective the tagger read as a name, as an adjective; its case and number,
    read for a name, are dropped."""
    return token if _is_modifier(token) else Token(token.text, token.start, token.end, "ADJ", {}, token.lemma)


def _shared_head(tokens: list[Token], before: Sequence[Token], after: Sequence[Token]) -> list[Token] | None:
    """The words that coordinated place adjectives share ("в Акмолинской и Жамбылской
    областях": "областях" for "Акмолинской"; "Кызылбулакского и Жаркамысского сельских
    округов": "сельских округов"): the first place noun after the list of adjectives, with
    the adjectives before it; or, when no place noun follows ("Таскалинского и Зеленовского -
    10 февраля"), the nearest "Adjective noun" before in the sentence ("от Павлодарской
    области отделилась Абайская", "Акимы Сырымского районов ..., а Таскалинского ...")."""
    shared: list[Token] = []
    previous = ""
    for token in after[:_LIST_WINDOW]:
        if not shared and (token.text.lower() in _LIST_JOINERS or _adjectival(token) and token.text[:1].isupper()
                           or _COUNT.match(token.text)):  # "в Алматинской - 25,2% и Восточно-Казахстанской областях"
            previous = token.text
            continue
        if token.pos == "ADJ" and token.text.islower():
            shared.append(token)  # "сельских"
            previous = token.text
            continue
        if token.pos == "NOUN" and token.text.islower() and token.lemma in _LISTED_PLACE_NOUNS and previous != ",":
            return [*shared, token]  # (not "в посёлках Бестобе, Заводской, | сёлах Изобильное": the next list)
        break
    for i in range(len(before) - 1, 0, -1):
        if before[i].pos == "NOUN" and before[i].text.islower() and _adjectival(before[i - 1]) \
                and before[i - 1].text[:1].isupper() and _PLACE_ADJECTIVE.search(before[i - 1].text):
            if _may_agree(tokens[-1], before[i]):
                return [before[i]]
            break
    # "в 4 областях сменились акимы: в Карагандинской, ...", "из южных районов: Жангельдинского",
    # "во всех районах Западно-Казахстанской области кроме Бокейординского": the territory noun
    # the sentence named before the list, of the list's gender
    noun = next((t for t in reversed(before) if t.lemma in NAMED_TERRITORY_NOUNS and t.text.islower()
                 and _may_agree(tokens[-1], Token(t.text, t.start, t.end, t.pos,
                                                  {"Gender": _TERRITORY_GENDER[t.lemma]}, t.lemma))), None)
    return [noun] if noun is not None else None


def _may_agree(adjective: Token, noun: Token) -> bool:
    """Whether an adjective's ending allows the noun's gender: "Октябрьское" (a village) or
    "Иртышском" (a district) does not take "область" from "Павлодарской области"."""
    gender = noun.feats.get("Gender")
    word = adjective.text.lower()
    if gender is None or noun.feats.get("Number") == "Plur":
        return True
    if word.endswith(("ое", "ее")):
        return gender == "Neut"
    if word.endswith(("ая", "яя", "ую", "юю")):
        return gender == "Fem"
    if word.endswith(("ий", "ый", "ого", "его", "ому", "ему", "ом", "ем", "им", "ым")):
        return gender != "Fem"
    return True


def _in_a_list(before: Sequence[Token]) -> bool:
    """Whether a capitalised adjective and "и" or a comma stand right before the mention
    ("Алматинской и Атырауской областях"): its plural head is shared by several places."""
    if not before or before[-1].text.lower() not in _LIST_JOINERS:
        return False
    i = len(before) - 2
    while i >= 0 and _COUNT.match(before[i].text):  # "в Алматинской - 25,2% и Восточно-Казахстанской"
        i -= 1
    return i >= 0 and _adjectival(before[i]) and before[i].text[:1].isupper()


def _listed_settlement(before: Sequence[Token]) -> bool:
    """Whether the mention is listed after a plural settlement noun ("в пяти селах: Жанажол,
    Жанаталап, Ступинка", "в селах Бекбаул Аральского района, ... и Акжарма"): each village
    stands in the nominative, whatever case the noun is in (the first, right after the noun,
    may be the villages' owner: "сёл Восточного Казахстана")."""
    if not before or before[-1].text not in _VILLAGE_LIST_MARKS:
        return False
    for token in reversed(before[:-1]):
        if token.lemma in SETTLEMENT_NOUNS:
            return token.feats.get("Number") == "Plur"
        if not (token.text in _VILLAGE_LIST_MARKS or token.text[:1].isupper()
                or token.text.islower() and token.lemma in NAMED_TERRITORY_NOUNS):
            return False
    return False


def _names_the_next(token: Token, ru: RussianLemmatizer) -> bool:
    """A capitalised name standing before the noun it names, in the order Kazakhstani
    names take ("Назарбаев Университет", "Астана Опера", "Халык Банк"): it does not decline,
    the noun after it does. A known common noun ("Банк Развития") heads its phrase itself."""
    if not token.text[:1].isupper() or not is_russian_word(token.text) or normal_word(token.text) in KAZAKH_LOANS:
        return False
    parse = ru.best_parse(normal_word(token.text), token.pos, feats_key(token))
    return parse is None or not parse.is_known or bool({"Name", "Surn", "Geox", "Orgn", "Trad"} & parse.tag.grammemes)


def _mistagged_noun(tokens: list[Token], i: int, ru: RussianLemmatizer) -> bool:
    """Whether token `i` is a capitalised word the tagger called an adjective that has no
    adjective's ending ("Нацфонда Казахстана"): a noun it does not know, unless a common
    noun follows it ("Отбасы банка": a name before its noun) and pymorphy3 does not know
    the word as a noun only ("Ассамблеи народа Казахстана" in a headline). A word in lower
    case is one when pymorphy3 reads it only as a noun ("мастер-плана развития"), whatever
    its ending ("Генеральной прокуратурой": a noun's instrumental ends as an adjective's)."""
    token = tokens[i]
    if token.pos != "ADJ":
        return False
    parses = ru.parse(normal_word(token.text)) if is_russian_word(token.text) else ()
    if not token.text[:1].isupper():
        return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)
    if _ADJECTIVE_ENDING.search(token.text.lower()):
        return False
    known_noun = bool(parses) and all(p.is_known and p.tag.POS == "NOUN" for p in parses)
    return known_noun or not _before_common_noun(tokens, i + 1)


def _place_in_genitive(token: Token, ru: RussianLemmatizer) -> bool:
    """"Нацфонда Казахстана": a place in the genitive after a name is whose it is, not the
    noun the name names."""
    parse = ru.best_parse(normal_word(token.text), token.pos, feats_key(token))
    return parse is not None and "Geox" in parse.tag and parse.tag.case == "gent"


def _is_modifier(token: Token) -> bool:
    """Adjectives, determiners and participles agree with the noun they stand before."""
    return token.pos in ("ADJ", "DET") or token.feats.get("VerbForm") == "Part"


_OPENING, _CLOSING, _QUOTES = "«“„\"", "»”\"", "«»“”„\""
_RUSSIAN_ADJECTIVE = re.compile(r"\w(?:ая|яя|ый|ий|ое|ее|ые|ие|ой)$")  # no Kazakh word ends so


_NEXT_WORDS = re.compile(r"[\s,]*(\w+)(?:[\s,]+(\w+))?(?:[\s,]+(\w+))?(?:[\s,]+(\w+))?")
_LINKS = frozenset({"және", "мен", "бен", "пен"})
_TITLE = re.compile(rf"^(?:{'|'.join(sorted(NAMESAKE_TITLES))})"  # батыр, батырдың, биге, хандары
                    r"(?:дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|на|не|ды|ді|ты|ті|ны|ні|да|де|та|те|нда|нде"
                    r"|дан|ден|тан|тен|нан|нен|мен|бен|пен|ы|і|сы|сі|лар|лер|дар|дер|тар|тер)?$")


def bare_before_head(mention: str, following: str) -> bool:
    """Whether a Kazakh mention before `following` (the text after it) stands bare before
    the noun that takes its case: a title after a name ("Едіге | батырдың"; not after a kind,
    «Бақ сарайы» мейрамханасында | батырдың рухына), its place's kind ("Қызылқоға
    | ауданында"), or the plural kind of a list it opens ("Қызылқоға | және Исатай
    аудандарының"). Such a name carries no ending of its own; one in the genitive owns the
    noun after it ("Алакөлдің | ауданы": its area). A quoted name before its kind
    ("“Қазпошта” | компаниясы", «Лада» | басылымы) is bare too: the kind takes the case, and
    «Қазпошта» is no locative of "Қазпош"."""
    match = _NEXT_WORDS.match(following)
    last = mention.rpartition(" ")[2]
    if match is None or mention.lower().endswith(GENITIVE_ENDINGS) or REGION_NOUN.match(last.lower()):
        return False  # "Әйтеке би ауданындағы | ауылдар": the district's own kind takes the case
    words = [w.lower() for w in match.groups() if w]
    if _TITLE.match(words[0]) and not last.islower() or REGION_NOUN.match(words[0]) \
            or SETTLEMENT_NOUN.match(words[0]) or PLURAL_PLACE_NOUN.match(words[0]) \
            or mention[:1] in _OPENING and mention[-1:] in _CLOSING and is_legal_kind(words[0]):
        return True
    starts_list = words[0] in _LINKS or following.lstrip().startswith(",")
    return starts_list and any(PLURAL_PLACE_NOUN.match(w) for w in words[1:])


def normalize_kazakh(text: str, kk: KazakhLemmatizer, inside_quotes: bool = False, person: bool = False,
                     place: bool = False, bare: bool = False, programme: bool = False) -> str:
    """A Kazakh mention with the case ending off its last word ("Астана қаласының
    әкімдігіне" -> "Астана қаласының әкімдігі", "Тоқаевқа" -> "Тоқаев", "АҚШ-тың" ->
    "АҚШ", "Б.Сапарбаевқа" -> "Б.Сапарбаев"); with inside_quotes, also inside the quotes
    of a mention that is all one quoted name (an organisation: "«Тобылға»" -> "«Тобыл»"; a
    place: «Барыс Аренада» -> «Барыс Арена», its accusative-looking names kept, «Шеңгелді»;
    a programme's quoted name is a phrase that keeps its endings: «Сыбаға», «Қаладан
    ауылға», «Бірлігіміз – әралуандықта», but for one after the possessive of a several-word
    name's last noun, the case the sentence put it in: «Келешек мектептерінің» -> «Келешек
    мектептері» (the news gold, 4 of 4); a Russian name keeps its words: «Индустриальная
    Караганда»). A person named in full loses the plural on the surname ("Темір
    Мусаевтармен" -> "Темір Мусаев"). A quoted name before a noun and the possessive of a
    several-word name ("«Болашақ» бағдарламасы", "Қызылорда облысы") stay; letters keep
    their case ("ҚАЗАЛЫ АУДАНЫНЫҢ" -> "ҚАЗАЛЫ АУДАНЫ", a dateline). The last of a list of
    regions keeps its kind noun in the singular: "Батыс Қазақстан облыстарында" -> "Батыс
    Қазақстан облысы". A Russian town's linking і goes with its case ending
    ("Магнитогорскінің" -> "Магнитогорск"). A `bare` mention (`bare_before_head`) keeps its
    last word. A line break inside the mention is a space in its normal form."""
    text = " ".join(text.split())
    if programme and len(text) > 2 and text[0] in _OPENING and text[-1] in _CLOSING \
            and not any(q in text[1:-1] for q in _QUOTES):
        head, space, last = text[1:-1].rpartition(" ")
        possessed = kk.strip_case(last, keep_possessive=True, quoted_name=True)
        if head and len(possessed) < len(last) and possessed[-1:].lower() in ("ы", "і"):
            return f"{text[0]}{head}{space}{last[:len(possessed)]}{text[-1]}"
        return text
    if bare:
        return text
    if inside_quotes and len(text) > 2 and text[0] in _OPENING and text[-1] in _CLOSING \
            and not any(q in text[1:-1] for q in _QUOTES) \
            and not _russian_name(text[1:-1]):
        return f"{text[0]}{_without_case(text[1:-1], kk, quoted_name=True, place=place)}{text[-1]}"
    if inside_quotes and not place and text[-1:] in _CLOSING and (opening := _opening_quote(text)) > 0 \
            and not _russian_name(text[opening + 1:-1]):  # "Түркістан қалалық «Жастар ресурстық орталығында»"
        return text[:opening] + normalize_kazakh(text[opening:], kk, inside_quotes=True)
    head, _, last = text.rpartition(" ")
    if place and head and (region := singular_region_noun(last)):
        return f"{head} {region}"
    if place and head and last[-2:].lower() in ("ын", "ін") and (REGION_NOUN.match(last[:-1].lower())
                                                              or last.islower() and not kk.known(last, False)):
        return f"{head} {last[:-1]}"  # "Абай облысын", "Арал теңізін", "Бөкей ордасын": the accusative of the
        # possessed kind noun (not a word of its own: "Шал ақын", a poet)
    normal = _without_case(text, kk, person=person, place=place)
    if place and not head:
        normal = _without_our(normal, kk)
        if normal != text and len(normal) >= 6 and normal.endswith(_LINKING_I):
            normal = normal[:-1]  # "Магнитогорскінің", "Минскіде": a Russian town's -ск takes і before the case
    if person and " " in normal:
        normal = _SURNAME_WITH_COMPANY.sub(r"\1", normal)
    return normal


def _opening_quote(text: str) -> int:
    """Where the quoted name that ends `text` opens, if it is the only quoted name in it; else -1."""
    quotes = [i for i, char in enumerate(text[:-1]) if char in _QUOTES]
    return quotes[0] if len(quotes) == 1 and text[quotes[0]] in _OPENING else -1


def _russian_name(name: str) -> bool:
    """A Russian name of several words, an adjective before its last ("Индустриальная
    Караганда", "Южный Казахстан", "Мой город Риддер"): no Kazakh case ending inside its
    quotes (the news gold's quoted Kazakh names with no Kazakh letter, 71 of 71 as written)."""
    words = name.split()
    return len(words) > 1 and not has_kazakh_letters(name) and any(map(_RUSSIAN_ADJECTIVE.search, words[:-1]))


def _without_our(name: str, kk: KazakhLemmatizer) -> str:
    """A place possessed by "us", as news writes a home region fondly ("Алакөлімізге",
    "Павлодарымыздың", "Алматымызда"): the name without the possessive, its last vowel kept
    where the lexicon knows the name so ("Алматы"; "Павлодар", not "Павлодары")."""
    match = _OUR_POSSESSIVE.search(name)
    if match is None:
        return name
    after_vowel = name[:match.start()] + match.group()[:-3]  # -мыз after the name's own ы/і
    return after_vowel if kk.known(after_vowel.lower(), False) else name[:match.start()]


def _without_case(text: str, kk: KazakhLemmatizer, quoted_name: bool = False, person: bool = False,
                  place: bool = False) -> str:
    head, space, last = text.rpartition(" ")
    initials, dot, name = last.rpartition(".")  # "Б.Сапарбаевтың": the ending is on the surname
    if not name.replace("-", "").isalpha() and name.rpartition("-")[2].lower() not in NAME_CASE_FORMS:
        return text  # «Нұр Отан»-ның goes on; «Болашақ» stays as it is
    spelt = cyrillic_spelling(name)  # "кеңсесiнiң" typed with Latin i's: the endings are read in Cyrillic
    bare = kk.strip_case(spelt, keep_possessive=bool(head), quoted_name=quoted_name, person=person, place=place)
    if spelt != name and spelt.startswith(bare):
        bare = name[:len(bare)]  # the text's own letters
    return f"{head}{space}{initials}{dot}{bare}"


def normalize_entity(entity: Entity, tokens: list[Token], ru: RussianLemmatizer,
                     places: dict[str, str] | None = None,
                     before: Sequence[Token] = (), after: Sequence[Token] = (),
                     programmes: dict[tuple[str, ...], str] | None = None,
                     names: dict[str, str] | None = None) -> str:
    """The nominative form of an organisation, location or programme mention; a place of
    the gazetteer by the gazetteer ("Семее" -> "Семей", which pymorphy3 reads as "семья").
    `before` and `after` are the sentence's tokens around the mention: a place named by an
    adjective alone takes the noun its list shares ("в Акжарском и Есильском районах" ->
    "Акжарский район", "Есильский район"). A street's name after its street word keeps the
    case it is written in ("на улице Абая", "проспекте Райымбека": the street word declines;
    "на улицах Абая и Сейфуллина" and the streets of a list, "улицы Абая, Кайсенова и
    Ерубаева", too; but a listed town after a plural is the town's streets, after
    "набережная" its embankment), as does a village's name after its settlement noun ("в
    селе Жана дала") or ending on a Kazakh place word ("до Жана ауыл"), and the country's
    parliament, its chambers and government named alone are proper names ("в мажилисе" ->
    "Мажилис"). A programme whose words are those of a name in the gazetteer
    (`programmes`, by lemmas) is that name, in the mention's quotes, and
    so is a listed company or club named by its one word in any case (`names`: «Самрук-Казыне»
    -> «Самрук-Казына», «Елимаем» -> «Елимай»), or a club named by its town («Астане» ->
    «Астана», «Жетысу»), its team's letters after it too («Астане М» -> «Астана М»)."""
    if entity.label == "PROG" and programmes and not any(t.text in _QUOTES for t in tokens[1:-1]) \
            and (name := programmes.get(tuple(t.lemma for t in tokens if t.text not in _QUOTES))) is not None:
        if entity.text[:1].islower():  # "государственную программу ..." -> "государственная программа ...", as
            name = name[:1].lower() + name[1:]  # written (the news gold's training parts: 700 of 700 in lower case)
        return _in_quotes_of(entity, name)
    unquoted = [t for t in tokens if t.text not in _QUOTES]
    team = unquoted[1:] if len(unquoted) == 2 and _team_letters(unquoted[1]) else []
    word = unquoted[0].text if len(unquoted) == 1 or team else ""
    if entity.label == "ORG" and names and word[:1].isupper() and not word.isupper() \
            and (name := names.get(word.lower())
                 or kazakh_spelling(names.get(russian_spelling(word.lower()), ""), word)
                 or (places or {}).get(word.lower())):  # a club named by its town: «Жетысу», «Астане М»
        same = len(commonprefix([word.lower(), name.lower()]))
        spelt = word[:same] + name[same:]  # the mention's letters: "Казмунайгазе" -> "Казмунайгаз"
        return _in_quotes_of(entity, join_tokens([spelt, *(t.text for t in team)], unquoted))
    place = (places or {}).get(entity.text.lower()) if entity.label == "LOC" else None
    if place is None and entity.label == "LOC" and len(tokens) == 1:
        # "Екібастұза" -> "Екібастұз", "Оралом" -> "Орал", "Приишимья" -> "Приишимье"
        place = place_in_russian_case(entity.text) or riverside_region(entity.text)
    if place is None and entity.label == "LOC" and has_kazakh_letters(entity.text):
        spelt = (places or {}).get(russian_spelling(entity.text.lower()))
        place = kazakh_spelling(spelt, entity.text) if spelt else None  # "Қонаева": Конаев -> Қонаев
    around = [*before, *tokens] if entity.label == "LOC" and tokens else []
    if around and after_street_word(around, len(before)) \
            and not town_of_streets(before[-1], tokens[0], after[0] if after else None, place is not None, ru):
        # a street's name (but "на улицах Талдыкоргана", "набережной Павлодара": a town's)
        return _adjective_of_noun(tokens, before, STREET_WORD_GENDERS, _OBLIQUE_ADJECTIVE, ru) or entity.text
    if place is None and around and listed_after_street_word(around, len(before)):
        return entity.text  # "улицы Абая, Кайсенова и Ерубаева": each street keeps the case it is named in
    if place is not None and not (len(tokens) == 1 and _PLACE_ADJECTIVE.search(tokens[0].text)
                                  and _shared_head(tokens, before, after) is not None):
        return place  # but "в Аральском, Казалинском районах": a district, not the town Аральск
    if entity.label == "LOC" and len(tokens) > 1 and _INITIAL.match(tokens[0].text):
        return entity.text  # "улиц Абая, Ш. Уалиханова": a street named after a person keeps the genitive
    if entity.label == "LOC" and before and (before[-1].lemma in _NAMED_AFTER_NOUNS
                                             and before[-1].feats.get("Number") != "Plur"
                                             or _after_settlement_abbreviation(before)
                                             or len(tokens) == 1 and not _adjectival(tokens[0])
                                             and _listed_settlement(before)) \
            and not (tokens and {tokens[0].lemma, tokens[-1].lemma} & NAMED_TERRITORY_NOUNS):
        # (but "в пунктах Павлодарской области", "200 сел области Абай", "Города Приуралья": a
        # territory of its own, the settlements' owner)
        # "в селе Жана дала", "пункты Карой", "до п. Перелески", "месторождении Кокжиде", "в микрорайоне
        # Коктем поселка ...": after its noun
        return _adjective_of_noun(tokens, before, SETTLEMENT_NOUN_GENDERS, _VILLAGE_ADJECTIVE, ru) or entity.text
    if entity.label == "LOC" and len(tokens) == 1 and _UNDECLINED_VILLAGE.match(entity.text):
        return entity.text
    if entity.label == "LOC" and len(tokens) > 1 and tokens[-1].text in KAZAKH_PLACE_WORDS:
        return entity.text  # "до Жана ауыл": a Kazakh name, not Russian words to decline ("Жан ауыл")
    if entity.label == "LOC" and entity.text.lower().startswith(("имени ", "им.")):
        return entity.text  # "округах | имени Аскара Токмагамбетова": named after, the name in the genitive
    if not tokens:
        return entity.text
    if (seat := seat_of_power(entity.text)) is not None:
        return seat  # "в Акорде" -> "Акорда", not pymorphy3's "акорд"
    if len(tokens) == 1 and (declined := DECLINED_ABBREVIATION.match(tokens[0].text)):
        return declined[1]  # an abbreviation takes a case ending in speech; its name is as written
    words = [t for t in tokens if t.text != "."]
    if entity.label == "LOC" and len(words) > 1 and (noun := _ABBREVIATED_TERRITORY.get(words[-1].text.lower())) \
            and all(_adjectival(t) for t in words[:-1]) and words[0].text[:1].isupper():
        head = Token(noun, words[-1].start, words[-1].end, "NOUN", {"Gender": _TERRITORY_GENDER[noun]}, noun)
        return normalize_phrase([*map(_as_modifier, words[:-1]), head], ru, singular=True)  # "Кызылординской обл."
    if entity.label in ("LOC", "ORG") and tokens[0].text[:1].isupper() \
            and all(_adjectival(t) and _ADJECTIVE_ENDING.search(t.text.lower()) for t in tokens):
        # (not "реки Чаган | села": the tagger's adjective ends as no adjective does)
        shared = _shared_head(tokens, before, after)
        if shared is not None:
            phrase = [_as_modifier(t) for t in tokens]
            for word in shared:  # the shared words, one space apart after the mention
                start = phrase[-1].end + 1
                phrase.append(Token(word.text, start, start + len(word.text), word.pos, word.feats, word.lemma))
            return normalize_phrase(phrase, ru, singular=True)
    if entity.label == "LOC" and len(tokens) == 1 and (name := _place_in_capitals(tokens[0], ru)) is not None:
        return name
    if entity.label in ("LOC", "ORG") and (titled := _phrase_in_capitals(tokens, ru)) is not None:
        normal = normalize_phrase(titled, ru)
        if normal.lower() == entity.text.lower():
            return entity.text
        return normal
    if entity.label == "LOC" and len(tokens) == 1 and (region := _region_of_adjective(tokens[0].text, places or {})):
        return region  # "В Акмолинской к полудню проголосовали ...": a region a list named before
    if entity.label == "ORG" and _after_its_kind(entity, before):
        return entity.text
    if entity.label == "ORG" and (named := _name_before_institution(tokens, ru)) is not None:
        return named
    if entity.label == "ORG" and (name := _oblique_name(entity, tokens, ru)
                                  or _oblique_last_word(entity, tokens, before, ru)):
        return name
    if entity.label == "ORG" and tokens[0].text.islower() and town_adjective(tokens[0].text, places or {}):
        tokens = [_as_modifier(tokens[0]), *tokens[1:]]  # "шымкентского городского маслихата", read as a noun
    if entity.label == "LOC" and len(tokens) == 1 and (name := _known_place(tokens[0], ru)) is not None:
        return name
    if entity.label in ("ORG", "PROG") and _numbered_title(entity):
        return entity.text
    normal = normalize_phrase(tokens, ru, singular=entity.label in ("LOC", "ORG") and _in_a_list(before)
                              or entity.label == "LOC" and len(tokens) == 1 and bool(_VILLAGE_IN_GENITIVE.match(tokens[0].text)))
    if entity.label == "ORG" and len(tokens) == 1 and normal_word(normal) in NATIONAL_BODIES and entity.text[:1].isupper():
        return normal[:1].upper() + normal[1:]  # "Мажилиса" -> "Мажилис"; "мажилиса" keeps its lower case
    return normal


def _in_quotes_of(entity: Entity, name: str) -> str:
    """A gazetteer's name in the quotes the mention stands in, if it does."""
    quoted = len(entity.text) > 1 and entity.text[0] in _QUOTES_OPEN and entity.text[-1] in _QUOTES_CLOSE
    return entity.text[0] + name + entity.text[-1] if quoted else name


def _adjective_of_noun(tokens: list[Token], before: Sequence[Token], genders: dict[str, str], form: re.Pattern[str],
                       ru: RussianLemmatizer) -> str | None:
    """A street or village named by one adjective (of the oblique `form`), in the nominative
    of the gender its noun has in `genders` ("ул. Заводской" -> "Заводская", "переулке Дачном"
    -> "Дачный", "в селе Гагаринском" -> "Гагаринское"); None for a name in the genitive
    ("улице Сатпаева") or no adjective ("в селе Карой"), which stays as written."""
    if len(tokens) != 1 or not form.search(tokens[0].text) or not tokens[0].text[:1].isupper() \
            or any("Surn" in p.tag for p in ru.parse(normal_word(tokens[0].text))):
        return None  # "ул. Толстого": a surname
    noun = before[-2] if before[-1].text == "." and len(before) > 1 else before[-1]
    gender = genders.get(noun.lemma) or genders.get(noun.text.lower().rstrip("."))
    return inflect(_as_modifier(tokens[0]), {"nomn", "sing", gender}, ru) if gender else None


_OBLIQUE_ADJECTIVE = re.compile(r"(?:[ое]й|[ое]го|[ое]му|[ыи]м|[ое]м|ую|юю)$")
_VILLAGE_ADJECTIVE = re.compile(r"(?:ск|цк|н|в)(?:ом|ого|ому|ым)$")  # "Гагаринском", "Заречном" (not "Карой")


def _after_settlement_abbreviation(before: Sequence[Token]) -> bool:
    """Whether a village's abbreviated noun ends the tokens before a mention ("п. Перелески",
    "с. Акжар"; not "г.": a town's name after it declines, "в г. Таразе")."""
    if len(before) > 1 and before[-1].text == ".":
        return before[-2].text.lower() in _SETTLEMENT_ABBREVIATIONS
    return before[-1].text.endswith(".") and before[-1].text[:-1].lower() in _SETTLEMENT_ABBREVIATIONS  # not "с" alone


def _region_of_adjective(word: str, places: dict[str, str]) -> str | None:
    """The region a feminine place adjective alone names, when the gazetteer lists it with
    "область" ("Акмолинской" -> "Акмолинская область"): news lists regions by their adjective
    once the noun has been said."""
    match = _FEMININE_OBLIQUE.search(word)
    return places.get(f"{word[:match.start()].lower()}ая область") if match else None


_FEMININE_OBLIQUE = re.compile(r"(?<=[сц]к)(?:ой|ую)$")
_OBLIQUE_CASES = ("gent", "datv", "ablt", "loct")


def _place_in_capitals(token: Token, ru: RussianLemmatizer) -> str | None:
    """"ПОЕЗДКА В АЗИЮ", "ПОМОЩЬ РОССИИ": a headline's place in capitals in an oblique case,
    a word pymorphy3 knows only as a place's oblique forms (not an abbreviation such as
    "США"), is that place, in capitals ("АЗИЯ"); None otherwise (a place in capitals in the
    nominative stays as written)."""
    if not token.text.isupper() or len(token.text) < 4 or not is_russian_word(token.text):
        return None
    parses = [p for p in ru.parse(token.text.lower()) if p.is_known]
    places = [p for p in parses if "Geox" in p.tag and "Abbr" not in p.tag]
    if not places or any("nomn" in p.tag or "Abbr" in p.tag for p in parses):
        return None
    return places[0].normal_form.upper()


def _phrase_in_capitals(tokens: list[Token], ru: RussianLemmatizer) -> list[Token] | None:
    """"В КАРАГАНДИНСКОЙ ОБЛАСТИ", "ДЕПУТАТЫ МАЖИЛИСА ПАРЛАМЕНТА РК": a headline's name in
    capitals whose words of five letters or more pymorphy3 all knows (or place adjectives),
    its words as names are written (abbreviations as they are: "МИОР"), for pymorphy3 to
    decline (the normal form gets its capitals back: `capitals_as_written`); None for any
    other mention. The news gold's training parts decline such a name and keep its capitals
    ("КАРАГАНДИНСКАЯ ОБЛАСТЬ"), one in the nominative as it stands."""
    words = [t for t in tokens if any(c.isalpha() for c in t.text)]
    long = [t for t in words if len(t.text) > 4]
    if not long or not all(t.text.isupper() for t in words) \
            or not all(is_russian_word(t.text) and (_known_word(t.text.lower().rpartition("-")[2], ru)
                                                     or _PLACE_ADJECTIVE.search(t.text.lower())) for t in long):
        return None
    return [Token(_written_case(t.text, ru, first=i == 0), t.start, t.end,
                  "ADJ" if _PLACE_ADJECTIVE.search(t.text.lower()) else t.pos, _possible_case(t, ru), t.lemma)
            if len(t.text) > 4 else t for i, t in enumerate(tokens)]  # the tagger's parts of speech fail on capitals


def _possible_case(token: Token, ru: RussianLemmatizer) -> dict[str, str]:
    """The tagger's features of a word in capitals, without a case the word cannot be in
    ("ГАУЕЗ НУРМУХАМБЕТОВ, АКИМ СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ": "СЕВЕРО-КАЗАХСТАНСКОЙ" read
    as nominative, which would overrule its noun's genitive)."""
    case = UD_CASE.get(token.feats.get("Case", ""))
    if case is None or any(p.tag.case == case for p in ru.parse(normal_word(token.text.lower()))):
        return token.feats
    return {name: value for name, value in token.feats.items() if name != "Case"}


def _known_word(word: str, ru: RussianLemmatizer) -> bool:
    return normal_word(word) in KAZAKH_LOANS or any(p.is_known for p in ru.parse(normal_word(word)))


def _written_case(word: str, ru: RussianLemmatizer, first: bool) -> str:
    """A word in capitals as a name's word is written, the case pymorphy3 reads names in: the
    first and proper nouns capitalised ("Карагандинской", "Казахстана"), common nouns after
    them in lower case ("области")."""
    proper = first or any({"Geox", "Name", "Surn", "Orgn", "Trad"} & p.tag.grammemes
                          for p in ru.parse(normal_word(word.lower())) if p.is_known)
    return name_case(word) if proper else word.lower()


def _after_its_kind(entity: Entity, before: Sequence[Token]) -> bool:
    """A quoted name right after the kind of body it names, a legal form or a kind in the
    nominative or accusative ("ансамбль «Мереке»", "ведёт компания «Севимстальком»", "ТОО
    «Мереке»"): in apposition, so in the nominative as written, whatever ending it seems to
    have, also with the kind's complement between ("фонд развития предпринимательства
    «Даму»", not «Дама»); after a kind in another case it may decline with it ("компании
    «Казпочты»")."""
    if before and before[-1].text in _QUOTES_OPEN:
        before = before[:-1]  # the tagger's mention without its quotes: «Даму»
    elif entity.text[:1] not in _QUOTES_OPEN:
        return False
    if not before:
        return False
    i = len(before) - 1
    while i > 0 and len(before) - i <= 3 and before[i].text.islower() and before[i].feats.get("Case") == "Gen" \
            and before[i].lemma not in LEGAL_FORMS | ORG_DESCRIPTORS:
        i -= 1  # "развития предпринимательства": the kind's complement
    kind = before[i]
    return kind.lemma in LEGAL_FORMS or kind.lemma in ORG_DESCRIPTORS and kind.feats.get("Case") in ("Nom", "Acc")


_PERSONAL = frozenset({"Name", "Surn", "Patr"})  # pymorphy3's grammemes of a person's name


def _oblique_name(entity: Entity, tokens: list[Token], ru: RussianLemmatizer) -> str | None:
    """"Казахтелекому", «Кайсаром», "КазМунайГаза", «Тоболе», «Курсива»: an organisation's
    one-word name none of whose pymorphy3 readings is a nominative (the tagger's case of an
    unknown word in quotes is unreliable either way; a guessed nominative of a word in -ом/-ем
    does not count) is a consonant stem with a regular ending, or a noun pymorphy3 knows; its
    stem as written, or the known noun, is the nominative; a feminine adjective alone names a
    mine (шахта), in the nominative «Тентекская» (the news gold, 7 of 7). None when the name
    is not such a word, or ends on a capital as an abbreviation does ("после КазГУ": no case
    ending to take off)."""
    words = [t for t in tokens if t.text not in _QUOTES]
    if len(words) != 1:
        return None
    token = words[0]
    word = normal_word(token.text)
    if not token.text[:1].isupper() or token.text[-1:].isupper() or not is_russian_word(word) or word in KAZAKH_LOANS \
            or "-" in word \
            or ministry_of_field(token, ru):
        return None  # "Самрук-Казына": pymorphy3 reads the Kazakh part after the hyphen as a genitive; "Минтруда"
    parses = ru.parse(word)
    tagged = UD_CASE.get(token.feats.get("Case", ""))
    adjectives = [p for p in parses if "ADJF" in p.tag]  # (beside pymorphy3's guessed surnames)
    adjective = bool(adjectives) and "ADJF" in parses[0].tag \
        and all("femn" in p.tag and "nomn" not in p.tag for p in adjectives)
    if word.endswith(("ом", "ем")):
        parses = [p for p in parses if p.is_known or "nomn" not in p.tag]
    if not parses or any("nomn" in p.tag for p in parses):
        return None  # "Самрук-Казына" after a noun: a nominative the tagger may read as a genitive
    cases = [tagged] if tagged not in (None, "nomn", "accs") else []
    cases += [str(p.tag.case) for p in parses if p.tag.case]
    known = [p for p in parses if p.is_known]
    if not cases:
        return None
    if adjective:
        form = adjectives[0].inflect({"nomn", "femn", "sing"})
        if form is None:
            return None
        nominative = restore_shape(form.word, token.text)
    elif known:
        places = all({"Geox", "Orgn"} & p.tag.grammemes and "sing" in p.tag for p in known)
        noun = token.text[1:].islower() and any(p.tag.case != "accs" for p in known) \
            and all("sing" in p.tag and "NOUN" in p.tag and not _PERSONAL & p.tag.grammemes for p in known)
        if not (places or noun):
            return None  # a common noun in quotes names the body: «Курсива» -> «Курсив» (not «КазНУ», «Алау»)
        nominative = restore_shape(known[0].normal_form, token.text)
    else:
        stem = next((s for c in dict.fromkeys((*cases, *_OBLIQUE_CASES)) if (s := ru.regular_nominative(word, c))), None)
        if stem is None:
            return None
        nominative = token.text[:len(stem)] if word.startswith(stem) else token.text[:len(stem) - 1] + stem[-1]
    return _with_word(entity, token, nominative)


def _oblique_last_word(entity: Entity, tokens: list[Token], before: Sequence[Token],
                       ru: RussianLemmatizer) -> str | None:
    """«Нур Отана», «Ак жола», «Оскемен водоканала», «Кентау сервисе»: a quoted name of
    several words whose words before the last do not decline (Kazakh words, names, numbers)
    declines on its last word, a masculine noun in an oblique case with no nominative reading
    pymorphy3 knows (the Russian news gold, 25 such names); its nominative is that noun's. Not
    «Отбасы банка», which pymorphy3 also knows as a nominative (банка)."""
    words = [t for t in tokens if t.text not in _QUOTES]
    quoted = entity.text[:1] in _QUOTES_OPEN or bool(before) and before[-1].text in _QUOTES_OPEN
    if len(words) < 2 or not quoted or not all(_fixed_word(t, ru) for t in words[:-1]):
        return None
    last = words[-1]
    word = normal_word(last.text)
    if not is_russian_word(word) or last.text.isupper():
        return None
    parses = ru.parse(word)
    if any(p.is_known and "nomn" in p.tag for p in parses):
        return None
    oblique = next((p for p in parses if p.tag.case in _OBLIQUE_CASES and "masc" in p.tag and "sing" in p.tag
                    and "NOUN" in p.tag and p.normal_form != word and word.startswith(p.normal_form)), None)
    if oblique is None:
        return None
    return _with_word(entity, last, restore_shape(oblique.normal_form, last.text))


def _with_word(entity: Entity, token: Token, word: str) -> str:
    """The mention's text with `token`, one of its words, written as `word`."""
    offset = token.start - entity.start
    return entity.text[:offset] + word + entity.text[offset + len(token.text):]


def _numbered_title(entity: Entity) -> bool:
    """A quoted title that opens with a number, whose words the number governs («1000 лет
    степного фольклора и музыки», «100 новых лиц Казахстана»): kept as written, not read as
    a phrase whose head "лет" takes the nominative ("годы")."""
    text = entity.text
    return len(text) > 2 and text[0] in _QUOTES_OPEN and text[-1] in _QUOTES_CLOSE \
        and not any(q in text[1:-1] for q in _QUOTES) and text[1:].split(" ", 1)[0].isdigit()


def _fixed_word(token: Token, ru: RussianLemmatizer) -> bool:
    """A word of a name that does not decline with it: a number, a word pymorphy3 does not know
    (Kazakh ones: Ак, Жас, Отбасы), or one it knows only as a name or an indeclinable word
    (Нур, Азрет, Кентау)."""
    word = normal_word(token.text)
    if word.isdigit() or not is_russian_word(word):
        return True
    known = [p for p in ru.parse(word) if p.is_known]
    return not known or all({"Name", "Fixd", "Geox"} & p.tag.grammemes for p in known)


def _known_place(token: Token, ru: RussianLemmatizer) -> str | None:
    """The nominative of a one-word place pymorphy3 knows only as one place name, whatever
    the tagger made of the word ("Семиречья", read as an adjective -> "Семиречье")."""
    if not token.text[:1].isupper() or token.text.isupper() or not is_russian_word(token.text):
        return None
    known = [p for p in ru.parse(normal_word(token.text)) if p.is_known]
    if not known or not all("Geox" in p.tag for p in known) or len({p.normal_form for p in known}) > 1:
        return None
    return restore_shape(known[0].normal_form, token.text)


def phrase_key(entity: Entity, tokens: list[Token], before: Sequence[Token]) -> tuple | None:
    """All that `normalize_entity` reads, as a memo key; None when it reads further into the
    sentence (a place named by adjectives alone looks for the noun its list shares)."""
    if entity.label in ("LOC", "ORG") and tokens and all(_adjectival(t) for t in tokens) \
            and tokens[0].text[:1].isupper():
        return None
    return (entity.label, entity.text, tuple((t.text, t.pos, feats_key(t), t.start - entity.start) for t in tokens),
            tuple((t.text, t.pos, feats_key(t)) for t in before[-2:]))  # `_in_a_list`


_KEY_DROP = re.compile(r"[«»\"“”„'`.,;:!?()\[\]#]")
_QUOTED_NAME = re.compile(r"[«\"]([^»\"]+)[»\"]?")
_PROG_GENERIC = re.compile(r"^((?i:(?:(?:национальн|общенациональн|государственн|республиканск|общереспубликанск|региональн|областн|"
                           r"городск|комплексн|отраслев|международн|благотворительн|районн|президентск|правительственн|социальн|"
                           r"межведомственн|ведомственн)\w*\s+)*"
                           r"(?:" + "|".join(sorted(PROG_HEADS | CAMPAIGN_WORDS | {"флешмоб", "челлендж"})) + r")))\s+"
                           r"(?=[«\"#A-Z]|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"
                           r"|[А-ЯЁ][а-яё]+\s[а-яё]{3,})")  # "программа Smart Aqmola", "акция Чистый двор"
_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")
_LATIN = re.compile(r"^[a-z0-9\s\-&.'’]+$")
_LATIN_DIGRAPHS = (("shch", "щ"), ("yev", "ев"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
                   ("ya", "я"), ("yu", "ю"), ("yo", "е"), ("ai", "ай"), ("iy", "ий"))
_DOUBLED = re.compile(r"([a-z])\1")
_LATIN_LETTERS = str.maketrans(dict(zip("abcdefghijklmnopqrstuvwyz", "абкдефгхижклмнопкрстувуыз")) | {"x": "кс"})
ALIASES_FILE = Path("entities") / "aliases.tsv"  # under the models folder


def fold(name: str) -> str:
    """The spelling-independent form of a name: case, quotes and punctuation, ё, Kazakh
    letters (Нұрлы = Нурлы) and Latin script (AMANAT = Аманат, Kassym-Jomart Tokayev =
    Касым-Жомарт Токаев) folded away."""
    text = " ".join(_KEY_DROP.sub(" ", name.lower().replace("ё", "е")).split())
    if _LATIN.match(text):
        text = _DOUBLED.sub(r"\1", text)
        for latin, cyrillic in _LATIN_DIGRAPHS:
            text = text.replace(latin, cyrillic)
        text = text.translate(_LATIN_LETTERS)
    return text.translate(_KAZAKH_TO_RUSSIAN)


def fold_person(name: str) -> str:
    """`fold` and the soft and hard signs, which Russian spellings of Kazakh names add
    (Гульмира = Гүлмира, Асель = Әсел): the form a person's key is made of."""
    return fold(name).replace("ь", "").replace("ъ", "")


def load_aliases(path: Path) -> dict[str, str]:
    """Folded variant -> folded canonical name, from models/entities/aliases.tsv."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            variant, canonical = line.split("\t", 1)
            table[fold(variant)] = fold(canonical)
    return table


def _without_descriptor(name: str) -> str:
    """"компания Michelin" -> "Michelin": the kind of organisation is not part of its name."""
    first, _, rest = name.partition(" ")
    if rest and normal_word(first) in ORG_DESCRIPTORS and (rest[:1].isupper() or rest[:1].isdigit()):
        return rest
    return name


def programme_parts(normal: str) -> tuple[str, str]:
    """(generic words, name) of a programme's normal form: ("национальный проект",
    "«Сильные регионы»"), ("акция", "BizBirgemiz"), ("программа", "Дорожная карта бизнеса
    2025"); no generic words unless a quoted, Latin or written-as-a-name name, or a title of
    words in title case, follows them ("Дорожная карта бизнеса 2025" alone is all name, so is
    "Генеральный план Алматы": a place is no title)."""
    match = _PROG_GENERIC.match(normal)
    return (match[1], normal[match.end():]) if match else ("", normal)


def canonical_key(entity: Entity, alias_table: dict[str, str], aliases: dict[str, str] | None = None) -> str:
    """A corpus-wide key "LABEL:name": organisations and programmes by their quoted name
    (партия «AMANAT» = AMANAT), then the article's abbreviations ("АПК" as written beside
    its expansion) and the alias table (`load_aliases`)."""
    name = entity.normal or entity.text
    if entity.label == "PROG":
        name = programme_parts(name)[1]
    quoted = _QUOTED_NAME.search(name) if entity.label in ("ORG", "PROG") else None
    if quoted:
        name = quoted[1]
    elif entity.label == "ORG":
        name = _without_descriptor(name)
    key = fold_person(name) if entity.label == "PER" else fold(name)
    key = (aliases or {}).get(key, key)
    return f"{entity.label}:{alias_table.get(key, key)}"
