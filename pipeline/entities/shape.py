"""Putting normalised words back together the way the mention was written."""
from __future__ import annotations

import re

from ..doc import Token

ROMAN_NUMERAL = re.compile(r"^[IVXLCІХ]+$")  # "Николай II", "V созыва"; Cyrillic І and Х for I and X ("ХХІІ съезде")
# an abbreviation with the case ending speech gives it: "МИДа", "ЦОНе", "СИПа" (group 1: as written)
# A site's name as news cites it ("Zakon.kz", "7kun.kz", "kursiv.media"): an outlet, an ORG;
# not an address ("www.gov.kz", "publication.pravo.gov.ru": the gold sets leave those out).
SITE_NAME = re.compile(r"^[\w-]+\.(?:kz|ru|com|tv|net|org|info|media|news|asia|today|қаз)$", re.I)
# "Фото: Zakon.kz/Павел Михеев", "Tengrinews.kz/Тұрар Қазанғапов": a photo credit's site and
# photographer, glued by a slash, which the Kazakh tokenizer keeps one word (the news gold:
# the site an ORG and the person a PER, 7 times of 7)
SITE_SLASH_NAME = re.compile(r"^([\w-]+\.(?i:kz|ru|com|net|org|info|media|news))/(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")
# Sites that are no outlet: photo banks, reference sites, the state's portal and a Telegram
# link ("Фото: freepik", "Изображение ... с сайта Pixabay", "Фото: gov.kz", "Фото: wikipedia",
# "Фото:t.me/KZgovernment": the news gold marks 1 of the first 23 it saw; lower case)
_NO_OUTLET_SITES = frozenset("""
gov.kz t.me wikipedia wikipedia.org freepik freepik.com unsplash unsplash.com pixabay pixabay.com pexels pexels.com
shutterstock shutterstock.com pxhere.com
""".split())
# A state body's own site or a search engine, which a photo is credited to but which is no outlet
# there ("Фото: akorda.kz", "Фото: primeminister.kz", "Фото с сайта google maps": the news gold's
# training parts, 0 of 3), though a source cited by its site is one ("со ссылкой на
# Primeminister.kz": 2 of 2) (lower case; any *.gov.kz too)
_BODIES_SITES = frozenset("akorda.kz primeminister.kz parlam.kz egov.kz google google.com".split())
DECLINED_ABBREVIATION = re.compile(r"^([А-ЯЁ]{2,})(?:а|у|ом|е|ы|ов|ам|ах|ами)$")
# the wind's direction in a site's weather widget, which mixes the two languages: Kazakh
# солтүстік, оңтүстік, шығыс, батыс ("жел 2 м/с, ОШ") and Russian север, юг, запад, восток
_WIND_DIRECTIONS = frozenset({"С", "О", "Ш", "Б", "СШ", "СБ", "ОШ", "ОБ", "Ю", "З", "В", "СВ", "СЗ", "ЮВ", "ЮЗ"})
_WIND_SPEED = re.compile(r"м/с,?\s*$")


def no_outlet_site(text: str, credit: bool) -> bool:
    """"pxhere.com", "wikipedia": a photo bank or a reference site, no outlet wherever it
    stands; "akorda.kz", "astana.gov.kz": a state body's site, no outlet in a photo's
    `credit`."""
    site = text.lower()
    return site in _NO_OUTLET_SITES or credit and (site in _BODIES_SITES or site.endswith(".gov.kz"))


def wind_direction(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a weather widget's wind direction, right after its speed
    ("жел 1 м/с, СШ"): no body or place (the news gold: 4 of 4 unmarked). The text before it
    is searched only for a word that may be one."""
    return text[start:end] in _WIND_DIRECTIONS and _WIND_SPEED.search(text, 0, start) is not None


def restore_shape(word: str, like: str) -> str:
    """Give `word` the capitalisation of `like` (ПАРТИЯ, Партия, партия), part by part for
    hyphenated words (Восточно-Казахстанская), and with ё where the text has it, only there
    ("Ерёминым" -> "Ерёмин", not "Еремин")."""
    if "ё" in word and "ё" not in like.lower():  # pymorphy3 writes ё where the text did not
        word = word.replace("ё", "е")
    elif "ё" in like.lower():  # and е where the text wrote ё (a surname it does not know)
        word = "".join("ё" if c == "е" and i < len(like) and like[i].lower() == "ё" else c
                       for i, c in enumerate(word))
    if "-" in like and word.count("-") == like.count("-"):
        return "-".join(restore_shape(w, lk) for w, lk in zip(word.split("-"), like.split("-")))
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def name_case(word: str) -> str:
    """A name written in capitals, as news writes surnames ("Серик АХМЕТОВ", datelines
    "НҰР-СҰЛТАН"), in the case a dictionary writes it: "Ахметов", "Нұр-Сұлтан"; other
    words, initials ("А.", "Н.В.", those of "Н.В.ГОГОЛЬ") and Roman numerals ("Николай II")
    as they are."""
    if sum(c.isalpha() for c in word) < 2 or not word.isupper() or ROMAN_NUMERAL.match(word):
        return word
    return ".".join("-".join(part[:1] + part[1:].lower() for part in piece.split("-")) for piece in word.split("."))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def capitals_as_written(text: str, normal: str) -> str:
    """The normal form with the letter case the mention is written in, word by word: a word
    in capitals stays in capitals ("Серика АХМЕТОВА" -> "Серик АХМЕТОВ", "В КАРАГАНДИНСКОЙ
    ОБЛАСТИ" -> "КАРАГАНДИНСКАЯ ОБЛАСТЬ", "ҚАЗАЛЫ АУДАНЫНЫҢ" -> "ҚАЗАЛЫ АУДАНЫ"), and a word
    written as a name that a fuller mention's capitals reached is a name again ("Ахметову"
    after "Серик АХМЕТОВ" -> "Ахметов"). The news gold's training parts write normal forms so
    (all 478 such mentions); keys fold letter case either way. Words are paired in order, or,
    where declension added or dropped one ("Аральском" -> "Аральский район"), by their first
    two letters."""
    written = _LETTER_RUN.findall(text)
    if not any(len(w) > 1 and (w.isupper() or w[:1].isupper()) for w in written):
        return normal
    words = list(_LETTER_RUN.finditer(normal))
    if len(words) == len(written):
        pairs = list(zip(words, written))
    else:
        pairs, start = [], 0
        for word in words:
            for i in range(start, len(written)):
                if written[i][:2].lower() == word[0][:2].lower():
                    pairs.append((word, written[i]))
                    start = i + 1
                    break
    out, last = [], 0
    for word, like in pairs:
        letters = word[0]
        if len(like) > 1 and like.isupper():
            letters = letters.upper()
        elif len(letters) > 3 and letters.isupper() and like[:1].isupper() and like[1:].islower():
            letters = letters[:1] + letters[1:].lower()
        out.append(normal[last:word.start()] + letters)
        last = word.end()
    return "".join(out) + normal[last:]


def camel_case(word: str) -> bool:
    """A word written as a name of several words run together (BizBirgemiz, СтопКоронавирус,
    КүшімізБірлікте): two capitals or more, not all capitals; how a hashtag names a campaign."""
    return sum(c.isupper() for c in word) >= 2 and not word.isupper()


def join_tokens(words: list[str], tokens: list[Token]) -> str:
    """Words in place of tokens, with the original spacing between them."""
    out = []
    for i, (word, token) in enumerate(zip(words, tokens)):
        if i:
            out.append(" " * (token.start - tokens[i - 1].end))
        out.append(word)
    return "".join(out)


def closed_quotes(name: str) -> str:
    """A name whose one « quote is not closed, closed at its end: «Центр поддержки
    гражданских инициатив, its quote lost in the source, is «... инициатив». Nested names
    stay as written ("АО «ТНК «Казхром»": news closes them once)."""
    return name + "»" if name.count("«") == 1 and "»" not in name else name
