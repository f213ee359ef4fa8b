"""Rule-based entities and boundary repairs, with spaCy's Matcher over the analysed tokens.

natasha's NER knows nothing of programmes and cuts organisations at their name
("партии «AMANAT»" comes out as "AMANAT"). Here, on a spaCy Doc built from the article's
tokens (text, lemma, POS, case from the analysis stage):
- PROG: a programme noun with a quoted name ("акции «Әділдікті талап ет!»"; the quoted
  names listed after it are programmes too: "программам «A» и «B»", "программы «A» и «B»"),
  with an unquoted title-case name ("проекту Smart Aqmola", "программы Дорожная карта
  занятости") or with a period ("Концепции антикоррупционной политики 2022-2026 годы",
  "... до 2030 года"), a state programme's genitive title ("госпрограммы жилищного
  строительства"), and names from the programme gazetteer
  (models/gazetteers/programmes.txt), Russian ones in any case;
- ORG: a kind-of-organisation noun with a quoted name ("движения «Солидарность»");
- repairs of natasha's ORG spans: the descriptor before a name joins it ("компании
  Michelin"), a name with its abbreviation in brackets splits in two and the
  abbreviation is remembered as an alias, and a body followed by a place or organisation
  in the genitive takes it in ("Конгресса США", "акимата Акмолинской области").
Word lists are Russian rules: pipeline/lang/ru/entity_words.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container
from dataclasses import replace
from functools import cached_property, partial
from itertools import accumulate, chain
from pathlib import Path

from spacy.attrs import LOWER
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token as SpacyToken
from spacy.vocab import Vocab

from ..doc import Document, Entity, Token
from ..ingest.dates import month_number
from ..lang.ru.entity_words import (ADDRESS_FORMS, ADJECTIVE_PLACE_NOUNS, BOILERPLATE_WORDS, BRANCH_WORDS,
                                    BUILDING_NOUNS, BUILDING_WORDS, BUILDINGS_BY_ADJECTIVE, CAMPAIGN_WORDS,
                                    CAPITALISED_POSTS, CHURCH_TITLES, CLUB_KINDS, CODE_ABBREVIATIONS, DEPOSIT_NOUNS,
                                    DISTRICT_NAMESAKES, EVENT_NOUNS, FACILITY_KINDS, FACILITY_WORDS,
                                    FIELD_ABBREVIATIONS, FORCE_UNITS, FUNCTION_BODIES, GOVERNMENT_WORDS, HOLIDAYS,
                                    HONORIFIC_TITLES, INSTITUTION_WORDS, INTERNATIONAL_BODIES, KAZAKH_COUNCIL_NOUNS,
                                    KAZAKH_HONORIFICS, KAZAKH_PLACE_PREFIXES, KAZAKH_PLACE_WORDS, KINSHIP_NOUNS,
                                    LEAGUE_DIVISIONS,
                                    LEGAL_FORM_NOUNS, LEGAL_FORMS, LIMITED_LIABILITY, MEDIA_KINDS, MINE_WORDS,
                                    MISSION_WORDS, NAMED_TERRITORY_NOUNS, NATIONAL_BODIES, NOT_ENTITY_KINDS, NOT_FIELDS,
                                    NOT_NAMES, NOT_NAME_ADJECTIVES, NOT_PROGRAMME_TITLES, NOUN_NAMED_DISTRICTS,
                                    OFFICE_WORDS, ORDINALS, ORG_DESCRIPTORS, ORG_HEADS_OF_PLACE, PARK_WORDS,
                                    PLACE_INSTITUTIONS, PLATFORM_NOUNS,
                                    PLATFORMS, PLACE_NAME_NOUNS, PLACE_NOUNS, PLACE_PREPOSITIONS,
                                    PLACE_WORDS_BY_ADJECTIVE, PLANT_KINDS, POSITION_WORDS, PROG_HEADS,
                                    QUOTED_PLACE_WORDS, REGIONS_NAMED_BY_NOUNS, REGION_ABBREVIATIONS, REPORTING_VERBS,
                                    RESERVE_WORDS, RIVER_WORDS, SCHOOL_ABBREVIATIONS, SEATS_OF_POWER,
                                    SENTENCE_CASE_KINDS, SETTLEMENT_NOUNS, SPELLED_LEGAL_FORMS, STATE_UNIONS,
                                    STREET_NAME_TITLES, STREET_WORDS, TEAM_WORDS, WEATHER_WORDS)
from ..lang.kk import russian_spelling
from ..lang.kk.bodies import PARTY_NAMES
from ..lang.kk.exceptions import HAJJ
from ..lang.ru.exceptions import KAZAKH_LOANS, riverside_region
from ..lang.ru.lemmatizer import VOWELS, RussianLemmatizer, is_russian_word, normal_word
from ..langid import analyser_language
from .persons import FIRST_NAMES_FILE, KAZAKH_PATRONYMIC, Reading, declensions, load_first_names, surname_stem
from .shape import (DECLINED_ABBREVIATION, ROMAN_NUMERAL, SITE_NAME, camel_case, name_case, no_outlet_site,
                    wind_direction)

GAZETTEER_FILE = Path("gazetteers") / "programmes.txt"  # under the models folder
PLACES_FILE = "places.tsv"  # beside the programme gazetteer
ORGANISATIONS_FILE = "kz_organisations.txt"  # beside it too
CLUBS_FILE = "kz_clubs.tsv"  # and the sports clubs
GAZETTEER_ORG = "ORG_GAZETTEER"  # a rule span of a name in ORGANISATIONS_FILE: an ORG unless the tagger's is longer
_COMPANY_KINDS = ("АО ", "ТОО ", "фонд ")  # lines of that file that name a company by its quoted name
_PERIOD = r"^(19|20)\d\d\s*[-–—]\s*(19|20)\d\d$"
_QUOTED = [{"ORTH": "«"}, {"ORTH": {"NOT_IN": ["»", "«"]}, "OP": "+"}, {"ORTH": "»"}]
_STRAIGHT_QUOTED = [{"ORTH": '"'}, {"ORTH": {"NOT_IN": ['"', "«", "»"]}, "OP": "+"}, {"ORTH": '"'}]
_CURLY_QUOTED = [{"ORTH": {"IN": ["“", "„"]}}, {"ORTH": {"NOT_IN": ["“", "”", "„"]}, "OP": "+"}, {"ORTH": "”"}]
# «Качественное и доступное здравоохранение для каждого гражданина «Здоровая нация»»
_NESTED_QUOTED = [{"ORTH": "«"}, {"ORTH": {"NOT_IN": ["»", "«"]}, "OP": "*"}, {"ORTH": "«"},
                  {"ORTH": {"NOT_IN": ["»", "«"]}, "OP": "+"}, {"ORTH": "»"}, {"ORTH": {"NOT_IN": ["»", "«"]}, "OP": "*"},
                  {"ORTH": "»"}]
_NAMES = (_QUOTED, _STRAIGHT_QUOTED, _CURLY_QUOTED, _NESTED_QUOTED)
_YEAR = r"^(19|20)\d\d$"
_CAMEL = r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\w*$"  # BizBirgemiz
# the adjectives a programme's head takes in, by stem (the tagger's lemma of a capitalised adjective is
# unreliable): the news gold writes each before a programme's head ("специального проекта «Туған жер»",
# "библиотечный проект «День с писателем»")
_PROG_MODIFIER = re.compile(r"^(национальн|общенациональн|государственн|республиканск|общереспубликанск|региональн|областн|городск|" \
    r"дорожн|комплексн|отраслев|генеральн|районн|президентск|правительственн|социальн|благотворительн|международн|" \
    r"межведомственн|ведомственн|экологическ|специальн|общественн|пилотн|библиотечн|стипендиальн|предвыборн|" \
    r"культурн|молод[её]жн|грантов|менторск|воспитательн|рамочн)")
_LOWER_WORD = r"^[а-яё]+(-[а-яё]+)?$"
_COMPOUND_GENITIVE = r"^[а-яё]+о-[а-яё]+(ого|ой)$"  # индустриально-инновационного, социально-экономической
_GENITIVE_ADJECTIVE = {"TEXT": {"REGEX": r"^[а-яё]{3,}(ого|ой)$"}, "OP": "?"}  # "форсированного индустриально-..."
_LATIN_TITLE = r"^(?![IVXLC]+$)[A-Z][A-Za-z]+$"  # not a Roman number: "в программе II фестиваля"
_CYRILLIC_TITLE = r"^[А-ЯЁ][а-яё]+$"
_TITLE_ADJECTIVE = r"^[А-ЯЁ][а-яё]+(ый|ий|ая|яя|ое|ее|ые|ие)$"  # in the nominative ("-ой" is a genitive too)
_NOMINATIVE = {"MORPH": {"IS_SUPERSET": ["Case=Nom"]}}
_GENITIVE = {"MORPH": {"IS_SUPERSET": ["Case=Gen"]}}
_NOT_TITLE = {"LEMMA": {"NOT_IN": sorted(NOT_PROGRAMME_TITLES)}}
_NAME_YEAR = {"TEXT": {"REGEX": r"^-?(19|20)\d\d$"}, "OP": "?"}
_YEAR_WORD = {"LOWER": {"IN": ["год", "года", "годы", "годов", "гг", "гг."]}}  # by its text: the tagger's lemma varies
# Unquoted programme names after their head word. Latin words in title case ("проекта Smart
# City", "программы Digital Kazakhstan"); not after a word that says so of a company: "акции
# Kcell" are its shares, "карты Visa" bank cards, "план Apple" the company's own.
_LATIN_NAME = [{"TEXT": {"REGEX": _LATIN_TITLE}}, {"TEXT": {"REGEX": r"^[A-Za-z]+$"}, "OP": "*"}, _NAME_YEAR]
_NOT_LATIN_NAME_HEADS = frozenset({"акция", "карта", "план", "инициатива", "кампания", "спецпроект"})
# A Russian title in the nominative, whatever the head's case, that opens with a capital and
# goes on in lower case: an adjective and its noun ("программы Дорожная карта занятости",
# "акция Чистый двор") or a noun with its genitive ("Модернизация сельского здравоохранения");
# a law or a body is no programme ("проект Налоговый кодекс", "проекта Национальный банк").
# A Kazakh name: a capitalised word with a Kazakh letter and the lower-case words after it
# that are Kazakh too (rule_spans keeps those with a Kazakh letter or unknown to pymorphy:
# "программы Еңбек", "по программе Бақытты отбасы получили").
_KAZAKH_NAME = [{"TEXT": {"REGEX": r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]*[әғқңөұүһі][а-яёәғқңөұүһі]*$"}},
                {"TEXT": {"REGEX": r"^[а-яёәғқңөұүһі]+$"}, "OP": "{,2}"}]
_TITLES = (
    [{"TEXT": {"REGEX": r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+-(19|20)\d\d$"}}],  # "программе Серпін-2050"
    [{"TEXT": {"REGEX": _TITLE_ADJECTIVE}},  # the tagger's case of a capitalised adjective is unreliable
     {"TEXT": {"REGEX": _LOWER_WORD}, "POS": "ADJ", **_NOMINATIVE, "OP": "*"},
     {"TEXT": {"REGEX": _LOWER_WORD}, "POS": "NOUN", **_NOMINATIVE, **_NOT_TITLE},
     {"TEXT": {"REGEX": _LOWER_WORD}, "POS": {"IN": ["ADJ", "NOUN"]}, **_GENITIVE, "OP": "*"}, _NAME_YEAR],
    [{"TEXT": {"REGEX": _CYRILLIC_TITLE}, "POS": "NOUN", **_NOMINATIVE, **_NOT_TITLE},
     {"TEXT": {"REGEX": _LOWER_WORD}, "POS": "ADJ", **_GENITIVE, "OP": "*"},
     {"TEXT": {"REGEX": _LOWER_WORD}, "POS": "NOUN", **_GENITIVE},
     {"TEXT": {"REGEX": _LOWER_WORD}, "POS": {"IN": ["ADJ", "NOUN"]}, **_GENITIVE, "OP": "*"}, _NAME_YEAR],
)
_DEVELOPMENT_HEADS = frozenset({"программа", "госпрограмма", "стратегия", "концепция", "план"})
_SINGULAR = {"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}
# "... развития Алматинской области", "... развития города Алматы", "... развития Республики Казахстан"
_PLAN_PLACES = frozenset({"область", "город", "район", "регион", "республика"})  # a plan's place in lower case
_PLACE_OF_PLAN = [{"POS": "ADJ", "MORPH": {"IS_SUPERSET": ["Case=Gen"]}, "OP": "?"},
                  {"LEMMA": {"IN": sorted(_PLAN_PLACES)}}, {"POS": "PROPN", "OP": "?"}]
_BODY_MODIFIERS = re.compile(r"^(областн|городск|районн|сельск|республиканск|межрайонн|специализированн)")
_BRACKET_GROUP = re.compile(r"\s*\(([^()]*)(?:\)|$)")  # "(other name)", the ")" may be cut off
_LOCAL = "местный"  # the writer's before a company's kind; in "местной полицейской службы", the body's
# a local level, which every region, district or village has: "сельский акимат", "районный маслихат"
# name no body (the news gold marks none of 40 in lower case)
_LOCAL_LEVEL = re.compile(r"^(областн|городск|районн|сельск|поселков)")
# the level of a body: "городского ДВД", "областного Управления здравоохранения", "Региональный ДЧС"
_LEVEL_ADJECTIVE = re.compile(r"^(областн|городск|районн|региональн|столичн|республиканск|межрайонн)", re.I)
_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.\-]{1,12}$")


class EntityRules:
    """The rules' spaCy matchers and the programme gazetteer they include (built on first
    use), over a vocab of their own."""

    def __init__(self, gazetteer: Path, ru: RussianLemmatizer) -> None:
        self.gazetteer = gazetteer
        self.ru = ru  # the lemmas of the gazetteer's Russian names, matched in any case
        # A vocab with the one lexical attribute the patterns match on besides the text: LOWER.
        # spaCy's Russian vocab computes twenty more (shape, like_num, stop words...) for every
        # new word, which cost a cold run more than the matching itself.
        self.vocab = Vocab(lex_attr_getters={LOWER: str.lower})

    @cached_property
    def names(self) -> list[str]:
        """The gazetteer's programme names (first column; "#" lines are comments)."""
        return [line.split("\t")[0] for line in self.gazetteer.read_text(encoding="utf-8").splitlines()
                if not line.startswith("#")]

    @cached_property
    def kazakh_names(self) -> re.Pattern[str]:
        """The gazetteer's Kazakh names of two words or more ("Таза Қазақстан", "100 нақты
        қадам"), as written, quoted or not (in a case form, "Қазақстанның киелі жерлерінің",
        the words are as often the phrase: KazNERD marks the place there)."""
        names = [name for name in self.names if len(name.split()) > 1 and re.search("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", name)
                 and "«" not in name]  # not a Russian title around a Kazakh name
        body = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w«\"“„])(?:{body})(?![\w-])")

    @cached_property
    def name_lemmas(self) -> dict[str, list[str]]:
        """The gazetteer's Russian names of several words -> their words' lemmas, by which
        their oblique cases are found ("Дорожной карты занятости")."""
        return {name: lemmas for name in self.names if (lemmas := self._russian_lemmas(name)) is not None}

    @cached_property
    def organisation_lemmas(self) -> list[list[str]]:
        """The lemmas of kz_organisations.txt's unquoted Russian names of several words
        ("Ассамблея народа Казахстана"), found in any case where the tagger cut them
        ("Ассамблеи | народа Казахстана")."""
        lines = (self.gazetteer.parent / ORGANISATIONS_FILE).read_text(encoding="utf-8").splitlines()
        return [lemmas for line in lines if not line.startswith("#") and "{" not in line
                and not any(q in line for q in _QUOTES) and (lemmas := self._russian_lemmas(line)) is not None]

    def _russian_lemmas(self, name: str) -> list[str] | None:
        """A name's words' lemmas when it has several words, all Russian but for punctuation."""
        from razdel import tokenize
        words = [t.text for t in tokenize(name)]
        russian = [is_russian_word(w) for w in words]
        if len(words) < 2 or not all(r or not any(c.isalpha() for c in w) for r, w in zip(russian, words)):
            return None
        return [normal_word(self.ru.parse(normal_word(w))[0].normal_form) if r else w.lower()
                for r, w in zip(russian, words)]

    @cached_property
    def programmes_by_lemmas(self) -> dict[tuple[str, ...], str]:
        """The gazetteer's unquoted Russian names by their words' lemmas: a mention in any
        case or number is the name ("о «Комфортных школах»" -> "Комфортная школа")."""
        return {tuple(lemmas): name for name, lemmas in self.name_lemmas.items() if not any(q in name for q in _QUOTES)}

    @cached_property
    def places(self) -> dict[str, str]:
        """Lower-cased case forms of the Kazakhstani places in places.tsv -> the name
        ("семее" -> "Семей"); names of several words and abbreviations as written only."""
        forms: dict[str, str] = {}
        for line in (self.gazetteer.parent / PLACES_FILE).read_text(encoding="utf-8").splitlines():
            name = line.split("\t")[0]
            if not name.strip() or line.startswith("#"):
                continue
            if " " in name or name.isupper():
                forms[name.lower()] = name
                continue
            adjectival = _ADJECTIVAL_PLACE.match(name)
            cases = ([name[:-2] + ending for ending in _ADJECTIVE_CASES[adjectival[1]]] if adjectival else
                     self._case_forms(name))  # Рудный: "акиму Рудного"
            for form in cases:
                forms.setdefault(form.lower(), name)
        return forms

    def _case_forms(self, name: str) -> list[str]:
        """A one-word name's case forms by the regular paradigms of its ending; one in -ь that
        pymorphy3 knows as feminine declines as "Сарань" ("в Сарани", "Саранью"; Акколь and
        Есиль, which it does not know, as masculines: "в Акколе")."""
        if name.endswith("ь") and any({"Geox", "femn", "nomn"} <= p.tag.grammemes and p.is_known
                                      for p in self.ru.parse(name.lower())):
            return [name, name[:-1] + "и", name[:-1] + "ью"]
        return list(declensions(name, "femn" if name[-1] in "ая" else "masc"))

    @cached_property
    def companies(self) -> dict[str, str]:
        """Lower-cased case forms of the one-word company names in kz_organisations.txt
        ("Казатомпром", АО «Казпочта») -> the name: "в Казатомпроме" is the company, not a
        place, and "поручить «Самрук-Казыне»" names «Самрук-Казына» (pymorphy3 reads the
        unknown word as "казын"). Not other quoted names: Атамекен is a village too,
        Байтерек a monument."""
        forms: dict[str, str] = {}
        for line in (self.gazetteer.parent / ORGANISATIONS_FILE).read_text(encoding="utf-8").splitlines():
            quoted = re.findall(r"«([^«»]+)»?$", line) if line.startswith(_COMPANY_KINDS) else []
            name = quoted[0] if quoted else line
            if line.startswith("#") or not name or " " in name or name.isupper() or "{" in name:
                continue
            cyrillic = is_russian_word(name.replace("-", ""))
            for form in self._case_forms(name) if cyrillic else [name]:
                forms.setdefault(form.lower(), name)
        return forms

    @cached_property
    def _club_names(self) -> dict[str, str]:
        """kz_clubs.tsv's lower-cased names -> the name: the Russian names' case forms
        ("кайсаром" -> "Кайсар") and the Kazakh names as written ("тұран" -> "Тұран")."""
        forms: dict[str, str] = {}
        for line in (self.gazetteer.parent / CLUBS_FILE).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            russian, kazakh = line.split("\t")[:2]
            for form in self._case_forms(russian):
                forms.setdefault(form.lower(), russian)
            forms.setdefault(kazakh.lower(), kazakh)
        return forms

    @cached_property
    def clubs(self) -> frozenset[str]:
        """Lower-cased forms of the sports clubs in kz_clubs.tsv; a quoted one alone is the club."""
        return frozenset(self._club_names)

    @cached_property
    def one_word_names(self) -> dict[str, str]:
        """The listed one-word companies' and clubs' case forms -> the name, for normal forms:
        «Самрук-Казыне» -> «Самрук-Казына», «Елимаем» -> «Елимай», «Сарыаркой» -> «Сарыарка»
        (the news gold declines a quoted club's name, 41 of 41 in oblique cases in the training
        parts, where pymorphy3 reads some as a verb or a first name)."""
        return {**self._club_names, **self.companies}

    @cached_property
    def first_names(self) -> dict[str, dict[Reading, str]]:
        """First names' case forms (first_names.tsv beside the programme gazetteer)."""
        return load_first_names(self.gazetteer.parent / FIRST_NAMES_FILE.name)

    @cached_property
    def matchers(self) -> tuple[Matcher, PhraseMatcher, PhraseMatcher]:
        from razdel import tokenize
        matcher = Matcher(self.vocab)
        head = {"LEMMA": {"IN": sorted(PROG_HEADS)}}
        # PROG_MODIFIABLE and ORG take the words before them in rule_spans (a modifier; the
        # adjectives): as optional first tokens they put a matcher state on every token
        matcher.add("PROG_MODIFIABLE", [
            *([head, *name] for name in _NAMES),
            [{"LEMMA": {"IN": sorted(CAMPAIGN_WORDS)}}, {"TEXT": "#", "OP": "?"}, {"TEXT": {"REGEX": _CAMEL}}],
            # (not "проекта в 2024-2025 годах", "в период с 2024-2025": when it runs, no title)
            [head, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "DET"]},
                    "LOWER": {"NOT_IN": ["в", "во", "с", "со"]}, "OP": "*"},
             {"LOWER": "на", "OP": "?"}, {"TEXT": {"REGEX": _PERIOD}}, {**_YEAR_WORD, "OP": "?"}],
            [head, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "CCONJ", "DET"]}, "OP": "*"},  # на 2020 - 2025 годы
             {"LOWER": "на"}, {"TEXT": {"REGEX": _YEAR}}, {"TEXT": {"IN": ["-", "–", "—"]}}, {"TEXT": {"REGEX": _YEAR}},
             {**_YEAR_WORD, "OP": "?"}],
            # "концепции обеспечения общественной безопасности в партнерстве с обществом на 2024-2028
            # годы": the period and its "годы" end a title that holds prepositions of its own
            *([head, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "CCONJ", "DET", "ADP"]},
                      "LOWER": {"NOT_IN": ["на", "до"]}, "OP": "*"}, {"LOWER": "на"}, *period, _YEAR_WORD]
              for period in ([{"TEXT": {"REGEX": _PERIOD}}], [{"TEXT": {"REGEX": _YEAR}},
                                                               {"TEXT": {"IN": ["-", "–", "—"]}},
                                                               {"TEXT": {"REGEX": _YEAR}}])),
            # "госпрограммы «Нурлы Жол» до 2025 года", "программы «...» на 2020-2025 годы": the
            # period after the quoted name is part of it (the news gold keeps it)
            *([head, *name, *period] for name in _NAMES for period in (
                [{"LOWER": "до"}, {"TEXT": {"REGEX": _YEAR}}, _YEAR_WORD],
                [{"LOWER": "на"}, {"TEXT": {"REGEX": _PERIOD}}, _YEAR_WORD])),
            # план организации и проведения “ЭКСПО-2017”; not "программа ... компании «X»", nor
            # a bill: "проект закона «О полиции»", nor a plural ("проектов и программы «X»": several)
            # (nor an event's schedule: "в программе I Международного фестиваля искусств «...»")
            *([{**head, **_SINGULAR}, {"POS": {"IN": ["NOUN", "ADJ", "CCONJ"]}, "LEMMA": {"NOT_IN": sorted(EVENT_NOUNS)},
                                      "OP": "*"}, *by,
               {"POS": {"IN": ["NOUN", "ADJ"]}, "LEMMA": {"NOT_IN": sorted(ORG_DESCRIPTORS | ORG_HEADS_OF_PLACE |
                                                                            POSITION_WORDS | NOT_PROGRAMME_TITLES)}},
               *name] for name in _NAMES
              # "программы по повышению доходов сельского населения «Ауыл аманаты»"
              for by in ([], [{"LOWER": "по"}, {"POS": {"IN": ["NOUN", "ADJ"]}, "OP": "+"}])),
            # "Национальный план по обеспечению прав ... лиц с инвалидностью до 2025 года": a
            # plan "по" its purpose takes the purpose's own prepositions in (not a place's "в")
            *([head, *purpose, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "CCONJ", "DET"]}, "OP": "+"},
               {"LOWER": "до"}, {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}, {"LEMMA": "год"}] for purpose in (
                [], [{"LOWER": "по"}, {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "CCONJ", "DET", "ADP"]},
                                        "LOWER": {"NOT_IN": ["в", "во", "на", "до"]}, "OP": "+"}])),
            # "программы индустриально-инновационного развития (Республики Казахстан)": a
            # compound adjective before «развития» makes a programme's title
            *([{"LEMMA": {"IN": sorted(_DEVELOPMENT_HEADS)}}, _GENITIVE_ADJECTIVE, {"TEXT": {"REGEX": _COMPOUND_GENITIVE}},
               {"LEMMA": "развитие"}, *tail] for tail in ([], _PLACE_OF_PLAN)),
            # unquoted names: "проекта Smart City", "программы Дорожная карта занятости" (a
            # title in the nominative after a head in any case), "акции Комфортная школа"
            [{"LEMMA": {"IN": sorted(PROG_HEADS - _NOT_LATIN_NAME_HEADS)}}, *_LATIN_NAME],
            *([head, *name] for name in _TITLES),
        ])
        matcher.add("PROG_KAZAKH", [[head, *_KAZAKH_NAME]])
        matcher.add("PROG", [
            [{"LOWER": {"REGEX": "^генеральн"}}, {"LEMMA": "план"}, {"POS": "PROPN", "OP": "+"}],  # Генеральный план Алматы
            # "по выполнению «Дорожной карты»": a road map quoted as a title is a programme's name (the
            # news gold's training parts: 3 of 3, after any word)
            [{"TEXT": {"IN": sorted(_CLOSING_QUOTE)}}, {"TEXT": {"REGEX": "^Дорожн"}}, {"LEMMA": "карта"},
             {"TEXT": {"IN": sorted(set(_CLOSING_QUOTE.values()))}}],
            # the police's named operations are campaigns: "оперативно-профилактического мероприятия
            # «Карасора 2022»", "операция «Правопорядок»", "ОПМ "Қарасора-2025"" (the news gold: 6 such PROG spans)
            *([*kind, *name] for name in _NAMES for kind in (
                [{"LOWER": {"REGEX": "^оперативно-профилактическ"}}, {"LEMMA": {"IN": ["мероприятие", "операция"]}}],
                [{"LEMMA": "операция"}], [{"TEXT": "ОПМ"}])),
            [{"LOWER": {"REGEX": "^генеральн"}}, {"LEMMA": "план"}, {"LEMMA": "город"}, {"POS": "PROPN", "OP": "+"}],
            [{"LEMMA": {"IN": ["генплан", "мастер-план"]}}, {"LEMMA": "город", "OP": "?"}, {"POS": "PROPN", "OP": "+"}],
            # a town's "Комплексный план развития" is capitalised as its name (the news gold: 7 of 7
            # so written are PROG, 1 of 3 in lower case): "Комплексного плана развития Жанаозена"
            *([{"TEXT": {"REGEX": "^Комплексн"}}, {"LEMMA": "план"}, {"LEMMA": "развитие"}, *place]
              for place in ([{"POS": "PROPN", "OP": "+"}], _PLACE_OF_PLAN)),
            # "Государственной программы жилищного строительства": a state programme's title is
            # the genitive phrase after it (lower-case words: "... Министерства" is its owner)
            *([*state, {"TEXT": {"REGEX": _LOWER_WORD}, "POS": "ADJ", "MORPH": {"IS_SUPERSET": ["Case=Gen"]}, "OP": "*"},
               {"TEXT": {"REGEX": _LOWER_WORD}, "POS": "NOUN", "MORPH": {"IS_SUPERSET": ["Case=Gen"]}}, *more]
              for state in ([{"LOWER": {"REGEX": "^государственн"}}, {"LEMMA": "программа", **_SINGULAR}],
                            [{"LEMMA": "госпрограмма"}])  # in the singular: tested in rule_spans
              for more in ([], [{"TEXT": {"REGEX": _LOWER_WORD}, "POS": {"IN": ["NOUN", "ADJ"]},
                                 "MORPH": {"IS_SUPERSET": ["Case=Gen"]}, "OP": "+"}])),
        ])
        # the descriptor stands apart from the quote: in 'школ" ... "' the quote closes another name
        matcher.add("ORG", [*([{attr: {"IN": sorted(words)}, "SPACY": True}, *name] for name in _NAMES
                              for attr, words in (("LEMMA", ORG_DESCRIPTORS | LEGAL_FORM_NOUNS),
                                                  ("LOWER", LEGAL_FORMS))),
                            *([{"LEMMA": "товарищество"}, *({"LOWER": w} for w in LIMITED_LIABILITY[:-1]),
                               {"LOWER": LIMITED_LIABILITY[-1], "SPACY": True}, *name] for name in _NAMES)])
        # (every legal form as written: "ГКП «Каспий жылу, су арнасы»", whatever its lemma)
        matcher.add("PROG_NAME", [[{"LOWER": "в"}, {"LOWER": "рамках"}, *name] for name in _NAMES])
        phrases = PhraseMatcher(self.vocab, attr="LOWER")
        names = [n for n in self.names if n.strip()]
        phrases.add("PROG", [SpacyDoc(self.vocab, words=[t.text for t in tokenize(n)]) for n in names])
        inflected = PhraseMatcher(self.vocab, attr="LEMMA")
        inflected.add("PROG", [SpacyDoc(self.vocab, words=lemmas, lemmas=lemmas) for lemmas in self.name_lemmas.values()])
        inflected.add(GAZETTEER_ORG, [SpacyDoc(self.vocab, words=lemmas, lemmas=lemmas)
                                      for lemmas in self.organisation_lemmas])
        return matcher, phrases, inflected

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Lemmas or words without which no programme rule can match a sentence: a programme
        or campaign word, or a gazetteer name, whose words are all there, the longest the
        rarest ("100 конкретных шагов": not "100")."""
        from razdel import tokenize
        longest = {max((t.text.lower() for t in tokenize(n)), key=len) for n in self.names if n.strip()}
        longest |= {max(lemmas, key=len) for lemmas in [*self.name_lemmas.values(), *self.organisation_lemmas]}
        return frozenset(PROG_HEADS | CAMPAIGN_WORDS | longest | {"генплан", "мастер-план", "операция", "опм"})

    def rule_tokens(self, sentences: list[list[Token]]) -> list[list[Token]]:
        """The sentences a rule could match: the spaCy Doc is built from these only, which
        saves the work and keeps spaCy's vocabulary from growing with every word. A sentence
        with a trigger word, or with a quote and an organisation word or "рамках" (the
        patterns of quoted names: a quote alone is in most news sentences, and so is a word
        such as "центр" or "служба")."""
        triggers, quoted = self.trigger_words, ORG_DESCRIPTORS | LEGAL_FORM_NOUNS | LEGAL_FORMS | {"рамках"}
        return [tokens for tokens in sentences
                if any(t.lemma in triggers or t.text.lower() in triggers for t in tokens)
                or any(t.text in _QUOTES for t in tokens) and any(t.lemma in quoted or t.text.lower() in quoted
                                                                  for t in tokens)]

    def spacy_doc(self, sentences: list[list[Token]]) -> SpacyDoc:
        """A spaCy Doc with the analysis stage's sentences, tokens, lemmas, POS and morphology."""
        tokens = [t for sentence in sentences for t in sentence]
        spaces = [i + 1 < len(tokens) and tokens[i + 1].start > t.end for i, t in enumerate(tokens)]
        return SpacyDoc(self.vocab, words=[t.text for t in tokens], spaces=spaces,
                        lemmas=[t.lemma or t.text.lower() for t in tokens],
                        pos=[t.pos or "X" for t in tokens],
                        morphs=["|".join(f"{k}={v}" for k, v in sorted(t.feats.items())) for t in tokens],
                        sent_starts=[i == 0 for sentence in sentences for i in range(len(sentence))])

    def rule_spans(self, sentences: list[list[Token]]) -> list[tuple[int, int, str]]:
        """Token spans (start, end, label) for PROG and quoted ORG names, on the sentences'
        tokens in a row; none crosses a sentence's end (a quote left open in one sentence
        closes on the next one's opening quote)."""
        matcher, phrases, inflected = self.matchers
        sdoc = self.spacy_doc(sentences)
        tokens = [t for sentence in sentences for t in sentence]
        ends = list(accumulate(len(sentence) for sentence in sentences))
        firsts = {0, *ends}  # each sentence's first token
        found = []
        for m, s, e in matcher(sdoc):
            label = self.vocab.strings[m]
            if label == "PROG" and _plural_state_programme(sdoc[s]):
                continue
            if label == "PROG_NAME":
                s, label = s + 2, "PROG"  # "в рамках" stays out
            elif label in ("PROG_MODIFIABLE", "PROG_KAZAKH"):
                if label == "PROG_KAZAKH":
                    e = next((i for i in range(s + 2, e) if not self._kazakh_word(tokens[i].text)), e)
                while s and _PROG_MODIFIER.search(sdoc[s - 1].lower_):  # "республиканская благотворительная акция"
                    s -= 1
                label = "PROG"
                if e - s > 4 and tokens[e - 1].text in _QUOTES and tokens[e - 3].text in _QUOTES \
                        and tokens[e - 2].text.lower() in self.companies and tokens[e - 4].lemma not in PROG_HEADS:
                    s, label = e - 3, "ORG"  # "Программа экономии средств | «Самрук-Казына»": a listed company's
                    # quoted name after the programme's words is its owner, no programme's name
            elif label == "ORG":
                if _names_a_place(tokens, s):
                    continue  # "магистрального канала «Достык»": a place (_quoted_places)
                kind = s
                case = tokens[kind].feats.get("Case")
                while s and sdoc[s - 1].pos_ == "ADJ" and tokens[s - 1].lemma not in NOT_NAME_ADJECTIVES | {_LOCAL} \
                        and tokens[s - 1].feats.get("Case", case) == case:  # not "шахте Западная | золотодобывающей
                    s -= 1  # компании «Казахалтын»": an adjective of another case is another noun's; nor
                    # "местного | ТОО «Кенесары Агро»", the writer's
                # "компании «Аркан»", "партии «Ак жол»": a kind said of the quoted name stays out
                # (_quoted_after_kind), but not one inside an outer name: АО «Национальная компания «Kazakh Invest»»;
                # nor a company's kind capitalised as a sentence's first word ("Предприятие «Алтай
                # Полиметаллы» оштрафовано": the news gold of batches 25 to 35, 5 times of 5), nor
                # a kind in a headline's capitals ("ФРАКЦИИ «AMANAT»", not the legal form in "ТОО «...»");
                # nor one after a capitalised adjective inside a sentence, the name's own words
                # ("Члены Демократической партии «Ак жол»"), or opening it in a legal form
                # spelled out ("Общественная организация «Сибирская казачья община»")
                if (tokens[kind].text.islower() or kind in firsts and tokens[kind].lemma in SENTENCE_CASE_KINDS
                    or tokens[kind].text.isupper() and len(tokens[kind].text) > 4) \
                        and not (s and tokens[s - 1].text in "«\"“„") \
                        and not (s < kind and tokens[s].text[:1].isupper() and not tokens[s].text.isupper()
                                 and (s not in firsts or _spelled_legal_form(tokens, s, kind))):
                    s = next(i for i in range(kind + 1, e) if tokens[i].text in _QUOTES)  # (and "с ограниченной ...")
            if label == "ORG":
                e = _straight_nested_end(tokens, e)
            if label in ("ORG", "PROG") and len(words := [t for t in tokens[s:e] if t.text not in _QUOTES
                                                          and t.lemma not in PROG_HEADS]) == 1 \
                    and len(words[0].text) == 1:
                continue  # "в группе «А»", "плана «Б»": a letter names no organisation or programme
            if label == "PROG" and _lower_case_quote(tokens, s, e):
                continue
            found.append((s, e, label))
            # "национальных проектов «A» и «B»", "программы «Еңбек» и «Дорожной карты бизнеса»":
            # quoted names listed after a programme's are programmes too
            plural = any(t.lemma in PROG_HEADS and t.feats.get("Number") == "Plur" for t in tokens[s:e])
            if label == "PROG" and (plural or tokens[e - 1].text in _QUOTES):
                found += _quoted_list(tokens, e)
        for _, s, e in phrases(sdoc):
            quoted_s, quoted_e = _enclosing_quotes(sdoc, s, e)
            if quoted_e - quoted_s > e - s and e - s == 1 and tokens[s].text.islower():
                continue  # «Қазақстанның еңбек сіңірген ұстазы»: the common word (еңбек, labour), no «Еңбек»
            s, e = quoted_s, quoted_e
            if tokens[s].text in _QUOTES and _after_no_entity_kind(tokens, s + 1):
                continue  # "звание «...»", "Послания «Нурлы жол»": an award's or a document's title
            if (e - s > 1 or _programme_word(tokens, s)) and not _named_body(tokens, s):
                found.append((s, e, "PROG"))
        # in another case a name keeps its capital: "в комфортной школе" is no programme; a
        # body's name of three words or more is one in lower case too ("ассамблеи народа Казахстана")
        found += [(s, e, label) for label, s, e in ((self.vocab.strings[m], s, e) for m, s, e in inflected(sdoc))
                  if tokens[s].text[:1].isupper() or label == GAZETTEER_ORG and e - s > 2]
        found += _listed_after_kak(tokens)
        found = [(_implemented(tokens, s, e) if label == "PROG" else s, e, label) for s, e, label in found]
        return _longest([(s, e, label) for s, e, label in found if e <= ends[bisect_right(ends, s)]])

    def _kazakh_word(self, word: str) -> bool:
        """A word with a Kazakh letter or one pymorphy does not know ("отбасы", "жол")."""
        return not is_russian_word(word) or not self.ru.analyzer.word_is_known(word)


def _spelled_legal_form(tokens: list[Token], first: int, kind: int) -> bool:
    """tokens[first:kind + 1] are a legal form spelled out: its adjectives and its noun
    ("Государственное коммунальное казенное предприятие", "Общественное объединение")."""
    kinds, adjectives = SPELLED_LEGAL_FORMS
    return tokens[kind].lemma in kinds and all(t.text.lower().startswith(adjectives) for t in tokens[first:kind])


def _straight_nested_end(tokens: list[Token], end: int, reach: int = 12) -> int:
    """End of a quoted name whose straight quote at `end - 1` is glued to the word after
    it: that quote opens a name inside ('АО "НК "КазМунайГаз"'), and the whole ends at the
    next quote (and a second one glued to it: '""'); `end` itself otherwise."""
    if tokens[end - 1].text != '"' or end >= len(tokens) or tokens[end].start != tokens[end - 1].end \
            or not tokens[end].text[:1].isalnum():
        return end
    close = next((k for k in range(end + 1, min(len(tokens), end + reach)) if tokens[k].text in _QUOTES), None)
    if close is None or tokens[close].text != '"':
        return end
    if close + 1 < len(tokens) and tokens[close + 1].text == '"' and tokens[close + 1].start == tokens[close].end:
        close += 1
    return close + 1


def _after_place_abbreviation(tokens: list[Token], first: int, end: int) -> int | None:
    """Where the name starts in a span opening with «г.», «с.», «пос.» (one token or two)."""
    if tokens[first].text.rstrip(".").lower() not in _TOWN_ABBREVIATIONS:
        return None
    name = first + 1 if tokens[first].text.endswith(".") else first + 2
    return name if name < end and (name == first + 1 or tokens[first + 1].text == ".") else None


_IMPLEMENTATION_NOUNS = frozenset({"реализация", "исполнение", "выполнение"})


_DRAFTS = frozenset({"проект", "концепция", "план"})  # a programme's draft, idea or plan, before its head


def _implemented(tokens: list[Token], start: int, end: int) -> int:
    """Where the programme a span names starts: after «проект», «концепция» or «план» before
    another programme's head ("проекту | Генерального плана развития Балхаша" is the draft of
    the plan, "концепцией | программы «Рухани жаңғыру»" the programme's idea), and
    after a plan for carrying another out ("региональную программу по реализации |
    общенационального проекта «Таза Қазақстан»": the news gold, 3 of 3)."""
    if end - start > 2 and tokens[start].lemma in _DRAFTS and tokens[start + 1].text not in _QUOTES \
            and any(t.lemma in PROG_HEADS - {tokens[start].lemma} for t in tokens[start + 1:start + 3]):
        return start + 1
    for k in range(start + 1, end - 2):
        if tokens[k].text == "по" and tokens[k + 1].lemma in _IMPLEMENTATION_NOUNS \
                and any(t.lemma in PROG_HEADS for t in tokens[k + 2:k + 4]):
            return k + 2
    return start


def _plural_state_programme(token: SpacyToken) -> bool:
    """A PROG match that opens with «госпрограмма» not in the singular: its pattern's
    condition, tested on the matches, since the Matcher tests a MORPH condition of a
    pattern's first token on every token of the Doc (a third of the matching time)."""
    return token.lemma_ == "госпрограмма" and "Number=Sing" not in token.morph


def _enclosing_quotes(sdoc: SpacyDoc, start: int, end: int, reach: int = 12) -> tuple[int, int]:
    """A gazetteer name inside a longer quoted name takes the whole quoted name, quotes
    included («Болашаққа бағдар: Рухани жаңғыру»)."""
    left = next((i for i in range(start - 1, max(-1, start - reach), -1) if sdoc[i].text in "«»"), None)
    right = next((i for i in range(end, min(len(sdoc), end + reach)) if sdoc[i].text in "«»"), None)
    if left is not None and right is not None and sdoc[left].text == "«" and sdoc[right].text == "»" \
            and sdoc[left].sent_start is not True and not any("\n" in t.whitespace_ for t in sdoc[left:right]):
        return left, right + 1
    return start, end


def _listed_after_kak(tokens: list[Token], reach: int = 5) -> list[tuple[int, int, str]]:
    """"таких программ, как «Еңбек» и «Бизнестің жол картасы»": the quoted names listed
    after «как» that a programme word announces are programmes. (On the analysis tokens:
    walking a spaCy Doc builds a Token object per word.)"""
    return [span for i, token in enumerate(tokens)
            if token.text.lower() == "как" and any(t.lemma in PROG_HEADS for t in tokens[max(0, i - reach):i])
            for span in _quoted_list(tokens, i + 1, joined=False)]


_CLOSING_QUOTE = {"«": "»", '"': '"', "“": "”", "„": "”"}


def _quoted_list(tokens: list[Token], j: int, joined: bool = True) -> list[tuple[int, int, str]]:
    """The quoted names from token `j` on, joined by commas and «и» (the first one too when
    `joined`: after a name the list goes on), as PROG spans; a name that opens in lower
    case ("«весом»") ends the list."""
    found: list[tuple[int, int, str]] = []
    while j < len(tokens):
        if joined or found:
            if tokens[j].text not in (",", "и"):
                break
            j += 1
        if j + 1 >= len(tokens) or tokens[j].text not in _CLOSING_QUOTE or tokens[j + 1].text[:1].islower():
            break
        closing = _CLOSING_QUOTE[tokens[j].text]
        close = next((k for k in range(j + 1, min(len(tokens), j + 15)) if tokens[k].text in _QUOTES), None)
        if close is None or tokens[close].text != closing or close == j + 1:
            break
        found.append((j, close + 1, "PROG"))
        j = close + 1
    return found


def _programme_word(tokens: list[Token], i: int, reach: int = 3) -> bool:
    """A gazetteer name of one word alone, unquoted, is a programme when written as one
    (Казахстан-2050, ГПИИР, BizBirgemiz) or after a programme word ("программы Еңбек");
    else it is as often a place or a company (микрорайоны Теректи, Акбулак)."""
    word = tokens[i].text
    return bool(re.search(r"[\d\-a-zA-Z]", word)) or word.isupper() \
        or any(t.lemma in PROG_HEADS | CAMPAIGN_WORDS for t in tokens[max(0, i - reach):i])


def _named_body(tokens: list[Token], start: int) -> bool:
    """A quoted name right after an organisation, institution or mine noun is the body's
    ("школы-интерната «Болашак»", "фонда «Самрук-Казына»", "шахты «Болашак»"), though a programme bears it too;
    so is one after such a noun and its lower-case complement ("института общественного
    развития «Рухани жаңғыру»") or after a body's abbreviation ("КИОР «Рухани жаңғыру»")."""
    i = start - 1 if start and tokens[start - 1].text in _CLOSING_QUOTE else start
    if i > 0 and len(tokens[i - 1].text) >= 3 and tokens[i - 1].text.isupper() and tokens[i - 1].text.isalpha():
        return True
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j].lemma in ORG_DESCRIPTORS | INSTITUTION_WORDS | MINE_WORDS \
                or normal_word(tokens[j].text).split("-")[0] in INSTITUTION_WORDS:
            return True
        if not tokens[j].text.islower() or tokens[j].lemma in PROG_HEADS:
            return False  # "центра по реализации программы «...»": the programme's own name
    return False


def _lower_case_quote(tokens: list[Token], start: int, end: int) -> bool:
    """A quoted word in lower case is a figure of speech, not a programme's name
    ("планов “весом” 1,25 млрд", "проект «яблоневых садов» оказался фиктивным")."""
    return any(t.text in _CLOSING_QUOTE and i + 1 < end and tokens[i + 1].text[:1].islower()
               for i, t in enumerate(tokens[start:end], start))


def _longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans, longest first (spaCy's filter_spans on token indices)."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, label))
    return sorted(chosen)


class TokenIndex:
    """Character offsets of an article's tokens <-> token indices."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.starts = {t.start: i for i, t in enumerate(tokens)}
        self.ends = {t.end: i for i, t in enumerate(tokens)}

    def span(self, entity: Entity) -> tuple[int, int] | None:
        first, last = self.starts.get(entity.start), self.ends.get(entity.end)
        return (first, last + 1) if first is not None and last is not None else None


def apply_rules(doc: Document, entities: list[Entity], rules: EntityRules,
                ru: RussianLemmatizer) -> tuple[list[Entity], dict[str, str]]:
    """Add rule entities, repair the tagger's spans by the conventions of news
    (`news_repairs`) and its ORG spans by descriptors and genitives; returns entities and
    abbreviation aliases found in the article ({"АПК": "Агентство по противодействию коррупции"})."""
    russian = [s.tokens for s in doc.sentences if analyser_language(doc, s) == "ru"]
    tokens = [t for sentence in russian for t in sentence]
    if not tokens:  # Kazakh sentences are the Kazakh NER's alone
        return entities, {}
    index = TokenIndex(tokens)
    aliases: dict[str, str] = {}
    entities = [_without_dangling_mark(e) for e in map(_cut_at_newline, entities) if e is not None]
    entities = _split_brackets(doc, entities, aliases)
    entities = [part for e in entities for part in _split_at_legal_form(doc, index, e)]
    entities = [part for e in entities for part in _split_before_person(doc, index, e, rules)]
    entities = [_with_descriptor(doc, e, index) for e in entities]
    entities = _join_genitive(doc, [*entities, *_national_bodies(doc, index, entities)], index, rules.places)
    entities = news_repairs(doc, entities, index, rules, ru)
    candidates = rules.rule_tokens(russian)
    flat = [t for sentence in candidates for t in sentence]
    found = [_with_descriptor(doc, f, index) if f.start and doc.text[f.start - 1] in "«\"“„" else f
             for s, e, label in (rules.rule_spans(candidates) if candidates else [])
             if (f := _cut_at_newline(_entity(doc, flat, s, e, label))) is not None
             and not _plans_in_general(index, f)]  # АО «Национальная компания «...»
    found = [f if f.label != GAZETTEER_ORG else replace(f, label="ORG") for f in found
             if f.label != GAZETTEER_ORG or not any(e.label == "ORG" and e.start <= f.start and f.end <= e.end
                                                    and e.end - e.start > f.end - f.start for e in entities)]
    tags = [h for h in hashtag_campaigns(doc, index, entities)  # "#BizBirgemiz": the tag with its sign, over
            if not any(f.start < h.end and h.start < f.end and not (h.start <= f.start and f.end <= h.end)
                       for f in found)]  # the listed name inside it
    found = [f for f in found if not any(h.start <= f.start and f.end <= h.end for h in tags)] + tags
    untagged = [*_themed_years(doc, index), *_military_units(doc, index), *_names_in_capitals(doc, index, ru)]
    found += [y for y in untagged if not any(f.start < y.end and y.start < f.end for f in found)]
    kept = [e for e in entities if not any(r.start <= e.start and e.end <= r.end and
                                           (e.label != "LOC" or r.label != "ORG") for r in found)]
    kept = [e for e in kept if not any(r.start < e.end and e.start < r.end and
                                       not (r.start <= e.start and e.end <= r.end) for r in found)]
    out = _bracketed_aliases(doc, [*kept, *found], ru)
    out = [e for e in map(_cut_at_newline, [*out, *_quoted_again(doc, index, out, rules.clubs)]) if e is not None]
    out = _bare_clubs(doc, index, out, rules)
    out = _units_of_companies(doc, index, [*out, *_abbreviations_again(doc, index, out)])
    out = _covering(out, _branches(doc, index, out, rules.places), rules.places)
    # a nested body and the one around it may split off the same person after their name: once
    parts = {(p.start, p.end, p.label): p for e in out for p in _with_named_after(doc, index, e)}
    out = _with_capitalised_adjectives(doc, index, _quoted_with_territory(doc, index, list(parts.values())))
    out = _quoted_after_country(doc, index, _bracketed_with_territory(doc, index, out))
    out = list({(e.start, e.end, e.label): e for e in map(partial(_without_opening_post, doc, index), out)
                if e is not None}.values())
    programmes = (_programme_as_place(doc, index, _with_capitalised_adjective(doc, index, e))
                  for e in _plans_with_place(doc, index, out, rules.places))
    out = [_with_agency_abbreviation(doc, e) for e in programmes if e is not None and not _building_name(index, e)]
    # "деятель науки | КазССР": a Soviet republic the tagger read as a person
    out = [replace(e, label="LOC") if e.label == "PER" and _SOVIET_REPUBLIC.match(e.text) else e
           for e in _regions_named_by_nouns(doc, index, out)]
    return sorted(out, key=lambda e: (e.start, -e.end)), aliases


def _regions_named_by_nouns(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"области Абай", "Область Жетісу": the regions named by a noun since 2022 are one place
    of two words, whatever the taggers made of them: found where nothing was ("В области Абай
    экс-аким"), cut where a span ran on ("Область Абай | сегодня"), a body that ended at
    "по области" given its name ("департамента ... КНБ РК по области Абай"), its name alone
    a place or a person no more."""
    tokens = index.tokens
    for noun, name in zip(tokens, tokens[1:]):
        if noun.lemma != "область" or noun.feats.get("Number") == "Plur" or not noun.text[1:].islower() \
                or _fold(name.text).replace("i", "і") not in REGIONS_NAMED_BY_NOUNS \
                or doc.text[noun.end:name.start] != " ":
            continue
        region = Entity("LOC", doc.text[noun.start:name.end], noun.start, name.end, doc.sentence_at(noun.start))
        body = next((e for e in entities if e.label == "ORG" and e.start < noun.start and e.end == noun.end), None)
        if body is not None:
            region = replace(body, text=doc.text[body.start:name.end], end=name.end)
        elif any(e.start <= noun.start and name.end <= e.end and e.end - e.start > len(region.text)
                 and e.label != "LOC" for e in entities):
            continue  # inside a body's name: "акимата области Абай"
        entities = [e for e in entities if e is not body and (not (e.start < name.end and noun.start < e.end)
                                                             or e.start < noun.start and name.end <= e.end)] + [region]
    return entities


def _plans_in_general(index: TokenIndex, entity: Entity) -> bool:
    """"утвердило комплексные планы социально-экономического развития городов Жанатас, ...": a
    programme's noun in the plural without a quoted name names a kind of plan, not one."""
    span = index.span(entity) if entity.label == "PROG" else None
    if span is None or any(q in entity.text for q in _QUOTES):
        return False
    head = next((t for t in index.tokens[span[0]:span[1]] if t.lemma in PROG_HEADS), None)
    return head is not None and head.feats.get("Number") == "Plur"


def _building_name(index: TokenIndex, entity: Entity) -> bool:
    """"на стадионе «Томарлы»", "пункта пропуска «Кордай»", "вокзала «Нурлы жол»" (a
    programme's name too), "станции метро «Т. Рыскулова»" (a person's): a quoted name after a
    building's word names the building, no entity, whichever pass found it."""
    span = index.span(entity)
    if span is None:
        return False
    first = span[0] + (index.tokens[span[0]].text in _QUOTES)
    if first == 0 or first >= len(index.tokens) or index.tokens[first - 1].text not in _QUOTES:
        return False
    kind = _word_before_quoted(index.tokens, first)
    return kind is not None and _names_a_building(index.tokens, kind)


_AGENCY_BEFORE = re.compile(r"(?<![\w-])ИА[ \t]*$")  # "передает ИА | «NewTimes.kz»"


def _with_agency_abbreviation(doc: Document, entity: Entity) -> Entity:
    """"передает ИА «NewTimes.kz»", "ИА Bestnews.kz": a news agency's abbreviation is part of
    its name, as a kind in capitals is ("ДК «Өнер»", the state agency's "МИА «Казинформ»"): the
    news gold has 44 such spans, and the training parts of batches 95-114 keep "ИА" in 8 of 8."""
    before = _AGENCY_BEFORE.search(doc.text, max(0, entity.start - 6), entity.start)
    if entity.label != "ORG" or before is None:
        return entity
    return Entity("ORG", doc.text[before.start():entity.end], before.start(), entity.end, entity.sentence)


def _programme_as_place(doc: Document, index: TokenIndex, entity: Entity) -> Entity | None:
    """"в микрорайоне «Нұрлы жол»", "в населённом пункте Нурлы жол": a programme's name after
    a word for a settlement or a part of a town names that place (a district built under the
    programme), its quotes left out as _quoted_places leaves them; after a street word ("по
    пр. Мангилик Ел") it names a street, after a building's ("близ вокзала Нурлы жол") the
    building: no entity (None)."""
    span = index.span(entity) if entity.label == "PROG" else None
    if span is None or span[0] == 0:
        return entity
    before = index.tokens[span[0] - 1]
    if after_street_word(index.tokens, span[0]) or before.text.islower() and before.lemma in BUILDING_WORDS:
        return None
    if not before.text.islower() or before.lemma not in _QUOTED_PLACE_NOUNS | SETTLEMENT_NOUNS:
        return entity
    name = entity.text.strip(_QUOTES)
    start = entity.start + entity.text.index(name)
    return Entity("LOC", name, start, start + len(name), entity.sentence)


def _with_capitalised_adjective(doc: Document, index: TokenIndex, entity: Entity) -> Entity:
    """"Единой | программы поддержки предпринимательства «Дорожная карта бизнеса – 2020»",
    "Национальный | проект «Комфортная школа»": a capitalised adjective agreeing with a
    programme noun is the first word of the programme's official name."""
    span = index.span(entity) if entity.label == "PROG" else None
    if span is None or span[0] == 0:
        return entity
    head, before = index.tokens[span[0]], index.tokens[span[0] - 1]
    if head.lemma not in PROG_HEADS or not head.text.islower() or before.pos != "ADJ" \
            or not before.text[:1].isupper() or not before.text[1:].islower() \
            or before.feats.get("Case") != head.feats.get("Case") or not _spaced(doc, before, head):
        return entity
    return Entity("PROG", doc.text[before.start:entity.end], before.start, entity.end, entity.sentence)


_LATIN_NAME_IN_BRACKETS = re.compile(r"^[A-Z][\w’'.&\- ]*$")
_HENCEFORTH = re.compile(r"^далее\s*[-–—]?\s*")  # "(далее – СИП)": hereinafter
# after a name: its closing quotes or bracket, then "(" or, after an alias in brackets, ","
_NEXT_IN_BRACKETS = re.compile(r"[»\"”)]*\s*[(,]\s*([^(),;]+?)\s*[),;]")


def _bracketed_aliases(doc: Document, entities: list[Entity], ru: RussianLemmatizer) -> list[Entity]:
    """"концерн «Фольксваген» (Volkswagen)", "Комитет защиты журналистов (КЗЖ) (Committee to
    Protect Journalists)", "колледжа Лондона (King's College London, KCL)": names in Latin
    letters or abbreviations in brackets right after an organisation are other names of it,
    organisations whatever the tagger called them; not a country's ("суд Сан-Франциско (США)").
    So is an abbreviation after a place of several words ("Семипалатинского испытательного
    ядерного полигона (далее – СИП)"), a place wherever the article uses it ("территории
    бывшего СИП", "закрытия СИПа"), whatever the tagger called it there."""
    out = sorted(entities, key=lambda e: (e.start, -e.end))
    owners = {e.end: e.label for e in out if e.label == "ORG" or e.label == "LOC" and " " in e.text}
    ends = sorted(owners)
    aliases: set[int] = set()
    places: set[str] = set()
    for end in ends:  # grows: an alias may be followed by another
        match = _NEXT_IN_BRACKETS.match(doc.text, end)
        word = _HENCEFORTH.sub("", match[1]) if match else ""
        label = owners[end]
        if not word or "\n" in match[0] or ("(" not in match[0] and end not in aliases) \
                or not ((label == "ORG" and _LATIN_NAME_IN_BRACKETS.match(word))
                        or (_ABBREVIATION.match(word) and word.isupper() and not _may_be_place(word, ru))):
            continue
        start = match.start(1) + match[1].index(word)
        alias = Entity(label, word, start, start + len(word), doc.sentence_at(start))
        out = [e for e in out if not (e.start < alias.end and alias.start < e.end)] + [alias]
        ends.append(alias.end)
        owners[alias.end] = label
        aliases.add(alias.end)
        if label == "LOC":
            places.add(word)
    if places:  # "СИП", "СИПа": the place's abbreviation, in any case
        out = [replace(e, label="LOC") if e.label == "ORG" and (e.text in places or (
            (declined := DECLINED_ABBREVIATION.match(e.text)) is not None and declined[1] in places)) else e
            for e in out]
    return out


def _quoted_again(doc: Document, index: TokenIndex, entities: list[Entity], clubs: frozenset[str]) -> list[Entity]:
    """"павлодарский «Иртыш» ... что делает «Иртыш»": a quoted name the article has marked an
    organisation once is one wherever else it stands in quotes (one sense per article), and
    so is each capitalised quoted name of a list two of whose names are ("за «Кайрат»,
    «Достык» и «Актюбинец»": the clubs of a player's career; one alone may be the tagger's
    slip: rice «Регул», «Заря»), and a sports club's of kz_clubs.tsv in any case («Кайсар» и
    «Атырау», делящие шестое место; "с «Кайсаром»": the news gold's training parts mark 380 of
    397 quoted names of the list ORG), unless a building's word stands before it
    (_building_name: "стадиона «Жетысу»") or a pipeline's ("газопровода «Сарыарка»", the
    pipeline's name; a route's places stay: "водовода «Астрахань-Мангистау»")."""
    names = {e.text.strip(_QUOTES) for e in entities if e.label == "ORG" and e.start
             and doc.text[e.start - 1] in _QUOTES and e.text.strip(_QUOTES) and e.text.strip(_QUOTES)[0].isupper()}
    names |= {match[1] for match in _QUOTED_ITEM.finditer(doc.text) if match[1].lower() in clubs}
    for listed in _QUOTED_LIST.finditer(doc.text):
        items = _QUOTED_ITEM.findall(listed[0])
        if len(names & set(items)) >= 2:
            names |= {match[1] for match in _QUOTED_ITEM.finditer(listed[0]) if match[1][:1].isupper()
                      and not _with_verb(index, listed.start() + match.start(1), listed.start() + match.end(1))}
    taken = [(e.start, e.end) for e in entities]
    found = []
    for name in names:
        for match in re.finditer(r"[«\"“„]" + re.escape(name) + r"[»\"”“]", doc.text):
            start, end = match.start() + 1, match.end() - 1
            if start not in index.starts or end not in index.ends or any(s < end and start < e for s, e in taken):
                continue
            kind = _word_before_quoted(index.tokens, index.starts[start])  # a work's, event's or pipeline's
            if kind is None or index.tokens[kind].lemma not in NOT_ENTITY_KINDS | _PIPELINES:
                found.append(Entity("ORG", name, start, end, doc.sentence_at(start)))
                taken.append((start, end))
    return found


_TEAM_KINDS = frozenset({"команда", "клуб", "фк", "хк", "соперник"})
_PIPELINES = frozenset({"газопровод", "нефтепровод", "трубопровод", "водовод", "водопровод"})


def _bare_clubs(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules) -> list[Entity]:
    """"футбольная команда Каспий ... матч между Каспием и Кайсаром": a club of kz_clubs.tsv
    without quotes, which a tagger reads as a place or a person, is the club after a team's
    word ("команда", "ФК"); in an article that names one so, or a club in quotes, so is every
    other club's name no place list knows (Кайсар, not Актобе or Тобол)."""
    one_word = {i: span[0] for i, e in enumerate(entities) if e.label in ("LOC", "PER")
                and (span := index.span(e)) is not None and span[1] - span[0] == 1
                and e.text.lower() in rules.clubs}
    if not one_word:
        return entities
    after_kind = {i for i, k in one_word.items() if k and index.tokens[k - 1].lemma in _TEAM_KINDS}
    sports = after_kind or any(e.label == "ORG" and e.text.strip(_QUOTES).lower() in rules.clubs for e in entities)
    if not sports:
        return entities
    named = {entities[i].text.lower() for i in after_kind}
    return [replace(e, label="ORG") if i in one_word and (i in after_kind or e.text.lower() in named
                                                         or e.text.lower() not in rules.places) else e
            for i, e in enumerate(entities)]


def _with_verb(index: TokenIndex, start: int, end: int) -> bool:
    """Whether a verb stands among the tokens of text[start:end]: a quoted title that is a
    sentence («Спасать больше некого»), no name."""
    first, last = index.starts.get(start), index.ends.get(end)
    return first is not None and last is not None and any(t.pos == "VERB" for t in index.tokens[first:last + 1])


# quoted names listed with commas and «и»: «Кайрат», «Достык» и «Актюбинец»
_QUOTED_ITEM = re.compile(r"[«\"“„]([^«»\"“”„\n]{1,40})[»\"”“]")
_QUOTED_LIST = re.compile(rf"{_QUOTED_ITEM.pattern}(?:(?:,[ \t]*|[ \t]+и[ \t]+){_QUOTED_ITEM.pattern})+")
_CAPITALS_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}$")  # ТШО, КНБ, KASE


def _abbreviations_again(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"ветераны ТШО ... 30 лет ТШО": an abbreviation the article has marked an organisation
    once, alone or after its kind ("партию AMANAT"), is one wherever else it stands alone
    (one sense per article; its kind before it joins); not before another capitalised word
    or «по», where it opens a longer name ("СЦК РК", "МВД по Москве"), nor in brackets after
    the words it shortens."""
    names = {words[-1] for e in entities if e.label == "ORG"
             and _CAPITALS_ABBREVIATION.match((words := e.text.split())[-1]) and all(w.islower() for w in words[:-1])
             and words[-1].lower() not in PLANT_KINDS}  # "риддерскую ТЭЦ": any other ТЭЦ is another plant
    if not names:
        return []  # most articles: no token to walk
    taken = [(e.start, e.end) for e in entities]
    found = []
    for i, token in enumerate(index.tokens):
        if token.text not in names or any(s < token.end and token.start < e for s, e in taken):
            continue
        after = index.tokens[i + 1] if i + 1 < len(index.tokens) else None
        before = index.tokens[i - 1] if i else None
        if after is not None and (after.text == "по" or after.text[:1].isupper() and _spaced(doc, token, after)) \
                or (before is not None and before.text == "(" and after is not None and after.text == ")"):
            continue
        found.append(_with_descriptor(doc, Entity("ORG", token.text, token.start, token.end,
                                                  doc.sentence_at(token.start)), index))
    return found


_LOWER_CASE_BODY = "мажилис"
# An abbreviation ending in «У» (университет, училище, управление), short or with lower-case
# letters inside: "КазНУ", "ЕНУ", "КарГУ", "ЦРУ" (the news gold: ORG 12 times of 12; not
# "КОКШЕТАУ", a town in capitals)
_UNIVERSITY_ABBREVIATION = re.compile(r"^(?=(?:[^А-ЯЁ]*[А-ЯЁ]){2})(?:[А-ЯЁ][А-ЯЁа-яё]*[а-яё][А-ЯЁа-яё]*|[А-ЯЁ]{1,4})У$")


def _national_bodies(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"председатель мажилиса": the Mazhilis is an organisation in lower case too (the
    taggers know it capitalised only; the news gold of batches 20 to 41 marks it 16 times of
    27), the lower-case parliament, senate and government are not (0 of 64: "в
    правительстве", "депутаты сената"), whatever NEREL does; not after an adjective or
    pronoun ("его мажилис"), nor after «глава» (a title, not the body)."""
    tokens = index.tokens
    return [_from_tokens(doc, index, i, i + 1, "ORG") for i, t in enumerate(tokens)
            if t.lemma in NATIONAL_BODIES and t.feats.get("Number") != "Plur"
            and (t.text[:1].isupper() or t.lemma == _LOWER_CASE_BODY)
            and not (i and (tokens[i - 1].pos in ("ADJ", "DET", "PRON") or tokens[i - 1].lemma == "глава"))
            and not any(e.start < t.end and t.start < e.end for e in entities)]


def _entity(doc: Document, tokens: list[Token], start: int, end: int, label: str) -> Entity:
    char_start, char_end = tokens[start].start, tokens[end - 1].end
    sentence = next(i for i, s in enumerate(doc.sentences) if s.start <= char_start < s.end)
    return Entity(label, doc.text[char_start:char_end], char_start, char_end, sentence)


def _split_brackets(doc: Document, entities: list[Entity], aliases: dict[str, str]) -> list[Entity]:
    """"Джошуа Вольфа (Joshua Wolf)", "ХДС (Христианско-демократический союз Германии)",
    "колледжа Лондона (King's College London, KCL)": the taggers run a name on into its other
    names in brackets; each is a mention of its own (factRuEval, NEREL and the news gold
    agree), a lower-case remark in the brackets none. An organisation's abbreviation in
    brackets is the article's alias of its name. A bracketed word inside a name
    ("Кировоградской (Кропивницкой) области") stays, a stray closing bracket goes."""
    out: list[Entity] = []
    taken: set[tuple[int, int]] = set()
    for entity in sorted(entities, key=lambda e: e.start - e.end):  # of two mentions' brackets the longer's label
        if ")" not in entity.text and "(" not in entity.text:
            out.append(entity)
            continue
        text = entity.text.rstrip(")") if "(" not in entity.text else entity.text
        groups = _bracket_groups(text)
        if not groups:
            out.append(Entity(entity.label, text, entity.start, entity.start + len(text), entity.sentence)
                       if text and text != entity.text else entity)
            continue
        name = text[:text.index("(")].rstrip()
        out.append(Entity(entity.label, name, entity.start, entity.start + len(name), entity.sentence))
        for group in groups:
            inner = group[1]
            for part in re.finditer(r"[^,;]+", inner):
                word = part[0].strip()
                start = entity.start + group.start(1) + part.start() + part[0].index(word[0]) if word else 0
                if not word or not word[0].isalpha() or word[0].islower() or (start, start + len(word)) in taken:
                    continue
                taken.add((start, start + len(word)))
                out.append(Entity(entity.label, word, start, start + len(word), entity.sentence))
                if entity.label == "ORG" and word == inner.strip() and _ABBREVIATION.match(word):
                    aliases.setdefault(word, name)
    return sorted(out, key=lambda e: (e.start, -e.end))


def _split_at_legal_form(doc: Document, index: TokenIndex, entity: Entity) -> list[Entity]:
    """A legal form and a quoted name inside a tagger's span open a company of their own: "РК |
    ОФ «Қазақстан халқына»" (a LOC), "Министерства просвещения | ТОО «...»" (an ORG)."""
    span = index.span(entity)
    if span is None:
        return [entity]
    first, end = span
    tokens = index.tokens
    legal = next((k for k in range(first + 1, end - 1) if tokens[k].text.isupper()
                  and tokens[k].text.lower() in LEGAL_FORMS and tokens[k + 1].text in _QUOTES), None)
    if legal is None:
        return [entity]
    return [_from_tokens(doc, index, first, legal, entity.label), _from_tokens(doc, index, legal, end, "ORG")]


def _split_before_person(doc: Document, index: TokenIndex, entity: Entity, rules: EntityRules) -> list[Entity]:
    """"вице-спикер Мажилиса парламента | РК Дания Еспаева": a tagger's place or body that ends
    on a listed first name and a surname is the place or body, then the person (before the
    genitive joins take the name into the body)."""
    span = index.span(entity) if entity.label in ("LOC", "ORG") else None
    if span is None or span[1] - span[0] < 3:
        return [entity]
    tokens, first, end = index.tokens, *span
    given, surname = tokens[end - 2], tokens[end - 1]
    if not (given.text.istitle() and given.text.lower() in rules.first_names and _SURNAME_SHAPE.match(surname.text)
            and tokens[end - 3].text[:1].isupper()):
        return [entity]
    return [_from_tokens(doc, index, first, end - 2, entity.label), _from_tokens(doc, index, end - 2, end, "PER")]


def _bracket_groups(text: str) -> list[re.Match]:
    """The bracket groups that end a mention's text after a name, none when anything else
    follows a closing bracket."""
    first = text.find("(")
    if first < 1 or not text[:first].strip():
        return []
    groups, pos = [], first
    while pos < len(text) and (group := _BRACKET_GROUP.match(text, pos)):
        groups.append(group)
        pos = group.end()
    return groups if pos == len(text) else []


_UNITS = ORG_HEADS_OF_PLACE | BRANCH_WORDS | {"политсовет"}  # a body of an organisation, named with it


def _with_descriptor(doc: Document, entity: Entity, index: TokenIndex) -> Entity:
    """"ТОО «Казцинк»", "АО Kaspi Bank": a legal form or a kind abbreviated in capitals right
    before an organisation's name joins it; a kind in lower case alone is said of the name
    and stays out ("компании Michelin", "партии «Яблоко»", "партии AMANAT": the news gold of
    batches 22 to 28 keeps it out 74 times of 77 before a quoted name, 8 of 8 before others).
    Before an unquoted name, a capitalised kind ("Консорциум СРПСК"), a kind whose name is its
    genitive ("центром Урбанистики") and a unit of the organisation ("Комитет Мажилиса",
    "политсовета партии Nur Otan") are a body named with it (adjectives join, and a
    battalion or regiment before them: FORCE_UNITS)."""
    span = index.span(entity)
    if entity.label != "ORG" or span is None:
        return entity
    tokens = index.tokens
    quoted = span[0] > 0 and tokens[span[0] - 1].text in "«\"“„"
    first = span[0] - quoted
    if first == 0 or "\n" in doc.text[tokens[first - 1].end:entity.start]:
        return entity
    if tokens[first - 1].text.isupper() and _body_word(tokens[first - 1], ORG_DESCRIPTORS):
        first -= 1  # "ТОО «Казцинк»"
    elif quoted:
        return entity
    elif tokens[first].text.isupper() and tokens[first].text.lower() in LEGAL_FORMS:
        return entity  # "местное предприятие | ТОО Zengin": a kind said of a company named with its legal form
    else:
        kind, name = tokens[first - 1], tokens[first]
        said_of = kind.text.islower() and kind.lemma in ORG_DESCRIPTORS \
            and not name.feats.get("Case") == "Gen" != kind.feats.get("Case")  # not "центром | Урбанистики"
        unit = first - 1 - (first > 1 and said_of)
        if not _body_word(tokens[unit], _UNITS if said_of else ORG_DESCRIPTORS | ORG_HEADS_OF_PLACE):
            return entity
        case = tokens[unit].feats.get("Case")
        first = _adjectives_before(doc, tokens, unit, lambda t: t.feats.get("Case") == case)
        if first > 0 and _body_word(tokens[first - 1], FORCE_UNITS) and not tokens[first - 1].text.istitle():
            first -= 1  # "батальона | дорожно-патрульной полиции МПС ДВД": the force's unit
    start = tokens[first].start
    return Entity("ORG", doc.text[start:entity.end], start, entity.end, entity.sentence)


def _quoted_after_kind(tokens: list[Token], first: int, end: int) -> int | None:
    """The opening quote of a name that a kind of body is said of: lowercase words before a
    quoted name that ends the span ("членов партии «Ак жол»", "театральная студия «Маска»").
    The news gold of batches 22 to 28 keeps such a kind out of the name (74 of 77 times); a
    legal form or kind abbreviated in capitals joins it ("ТОО «Казцинк»", "ДК «Өнер»", an
    outlet's "МИА «Казинформ»", "ИА «NewTimes.kz»": the news gold 47 times over 27 files;
    the lower-case words before it stay out), and so does a capital that may be the name's
    ("Ассоциация «Болашак»")."""
    quote = next((k for k in range(first + 1, end - 1) if tokens[k].text in _QUOTES), None)
    if quote is None or any(t.text in _QUOTES for t in tokens[quote + 1:end - 1]):
        return None
    if quote - first > 1 and tokens[quote - 1].text.isupper() and tokens[quote - 1].text.isalpha():
        quote -= 1  # "футбольный центр | ФК «Атырау»": the kind before a capital one stays out of it
    return quote if all(t.text.isalpha() and t.text.islower() for t in tokens[first:quote]) else None


def _body_word(token: Token, bodies: frozenset[str]) -> bool:
    """A kind of organisation in the singular: a plural one ("команд Премьер-лиги", "в
    филиалах партии") speaks of several organisations and is not part of the name."""
    return token.lemma in bodies and token.feats.get("Number") != "Plur"


def _join_genitive(doc: Document, entities: list[Entity], index: TokenIndex, places: dict[str, str],
                   new_bodies: bool = True) -> list[Entity]:
    """A body followed by a place or organisation in the genitive takes it in:
    ORG "Конгресса" + LOC "США" -> ORG "Конгресса США" (the LOC stays); "мэрии" + LOC "Москвы"
    -> ORG "мэрии Москвы" when the noun before the place is a body of a place (with new_bodies,
    or after «г./с.»: the news repairs make that place, "суд г. Аксу").
    A Kazakhstani town that does not decline ("прокуратурой Аксу": the gazetteer's name
    ending in a vowel of no case ending) counts as a genitive whatever case it was tagged. A
    company named with its legal form takes no place: the place locates it ("ТОО «Терра» |
    Карабалыкского района": the news gold, 8 of 8 apart). A body made here takes in the unit
    right before it ("отдела ветеринарии | акимата г. Семея")."""
    out = list(entities)
    by_start = {e.start: e for e in entities}
    for entity in entities:
        span = index.span(entity)
        if span is None or entity.label not in ("LOC", "ORG"):
            continue
        first = index.tokens[span[0]]
        previous = span[0] - 1
        if previous < 0 or first.text.lower() in LEGAL_FORMS:  # "ОФ «...»" names a company, nobody's part
            continue
        place_noun = index.tokens[previous]  # "города Караганда": the name in the nominative
        # "суд г. Аксу", "акимат с. Жанатурмыс": the abbreviation is one token or two
        gap = 2 if previous >= 2 and place_noun.text == "." and index.tokens[previous - 1].text in ("г", "с") \
            else 1
        abbreviated = entity.label == "LOC" and (gap == 2 or place_noun.text in ("г.", "с."))
        after_place_noun = abbreviated or entity.label == "LOC" and place_noun.text.islower() \
            and place_noun.lemma in PLACE_NOUNS and place_noun.feats.get("Case") == "Gen"
        fixed = span[1] - span[0] == 1 and places.get(first.text.lower()) == first.text and first.text[-1] in "уюиыэо"
        declined = span[1] - span[0] == 1 and _place_genitive(first.text, places)
        # "в акимате Туркестанской области": the tagger may give the adjective the body's case, not the region's
        last = index.tokens[span[1] - 1]
        region_genitive = last.lemma in NAMED_TERRITORY_NOUNS and last.feats.get("Case") == "Gen"
        if first.feats.get("Case") != "Gen" and not first.text.isupper() and not after_place_noun and not fixed \
                and not declined and not _loanword_genitive(first) and not region_genitive:
            continue
        before = [e for e in out if e.label == "ORG" and (
            e.end == index.tokens[previous].end or (after_place_noun and previous >= gap
                                                    and e.end == index.tokens[previous - gap].end
                                                    and (_body(e, index) or _abbreviated(e))))  # "УМС ДП | области Абай"
                  and not _named_after_person(e, index) and _fold(e.text) not in INTERNATIONAL_BODIES
                  and e.text.split()[0].lower() not in LEGAL_FORMS and not _abbreviates(first.text, e.text)]
        if before:
            head = before[0]
            merged = Entity("ORG", doc.text[head.start:entity.end], head.start, entity.end, head.sentence)
            out[out.index(head)] = merged
        named_region = entity.label == "LOC" and (span[1] - span[0] > 1 and first.text.islower()
                                                  and first.lemma in PLACE_NOUNS  # "маслихата | области Абай"
                                                  or span[1] - span[0] == 1 and first.text in REGION_ABBREVIATIONS)
        if (new_bodies or abbreviated or declined or named_region) and entity.label == "LOC" and not before \
                and by_start.get(index.tokens[previous].start) is None \
                and not _listed_place_adjective(index.tokens, *span) \
                and (start_tok := _body_start(doc, index.tokens, previous - gap if abbreviated else previous,
                                              hospitals=first.text.lower() in places)) is not None \
                and (new_bodies or not any(e.label == "ORG" and e.start < entity.start and index.tokens[start_tok].start < e.end
                                           for e in out)):
            # a town the tagger misread ("маслихата Нур-Султана": a person) makes its body in the
            # second join too, where no organisation it would cut stands in the way
            start = index.tokens[start_tok].start
            out.append(Entity("ORG", doc.text[start:entity.end], start, entity.end, entity.sentence))
            head = index.tokens[start_tok]
            unit = next((e for e in out if e.label == "ORG" and start_tok and e.end == index.tokens[start_tok - 1].end
                         and _body(e, index) and not _named_after_person(e, index)), None) \
                if head.feats.get("Case") == "Gen" or _loanword_genitive(head) else None
            if unit is not None:  # "отдела ветеринарии | акимата Семея": the unit of the body just made
                out[out.index(unit)] = Entity("ORG", doc.text[unit.start:entity.end], unit.start, entity.end,
                                              unit.sentence)
    return out


def _abbreviates(word: str, name: str) -> bool:
    """Whether `word` in capitals is the abbreviation of `name` right before it ("Торгайском
    бокситовом рудоуправлении | ТБРУ"), its words' first letters opening it: the body's own
    short name, no owner in the genitive."""
    initials = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    return word.isupper() and len(initials) >= 2 and word.startswith(initials)


def _loanword_genitive(token: Token) -> bool:
    """"Управления энергетики | акимата Атырауской области": a body's loanword the tagger gave
    no case, in the genitive by its ending (акимат-а, маслихат-а)."""
    return token.feats.get("Case") is None and token.lemma in ORG_HEADS_OF_PLACE \
        and token.text.lower() == token.lemma + "а"


def _named_after_person(entity: Entity, index: TokenIndex) -> bool:
    """"школе № 70 имени Жанкожа батыра": a body named after a person ends with the name;
    the village after it is the body's place, not part of its name."""
    span = index.span(entity)
    return span is not None and any(t.text.lower() in _NAMED_AFTER_WORDS for t in index.tokens[slice(*span)])


def _place_genitive(word: str, places: dict[str, str]) -> bool:
    """Whether `word` is the genitive of a Kazakhstani place by its paradigm ("Семея",
    "Нур-Султана"), whatever case the tagger, not knowing the name, gave it."""
    name = places.get(word.lower())
    if name is None or name.lower() == word.lower():
        return False
    forms = declensions(name, "femn" if name[-1] in "ая" else "masc")
    return any("gent" in cases for form, cases in forms.items() if form.lower() == word.lower())


def _abbreviated(entity: Entity) -> bool:
    """Whether the mention ends in an abbreviation ("УМС ДП", "ДЧС"), a body's name."""
    last = entity.text.split()[-1]
    return len(last) > 1 and last.isupper() and last.isalpha()


def _body(entity: Entity, index: TokenIndex) -> bool:
    """Whether a kind of body or organisation is among the mention's words: "службе
    коммуникаций" (города Алматы) is one, and so is a compound that opens with one ("школа-гимназия
    №44", города Уральск), "СОШ №14" (села Желаево) or "Доме культуры" are not."""
    span = index.span(entity)
    return span is not None and any(t.lemma.split("-")[0] in ORG_HEADS_OF_PLACE | ORG_DESCRIPTORS
                                    for t in index.tokens[slice(*span)])


def _body_start(doc: Document, tokens: list[Token], last: int, reach: int = 6, hospitals: bool = False) -> int | None:
    """The first token of a body of a place that ends at `last`, right before the place:
    its head ("мэрии"), the bodies it belongs to before it ("департаменте полиции"), the
    adjectives before them ("городского маслихата": the tagger's case of a loanword is
    unreliable, so a body's usual adjectives join whatever case it gave them) and the
    words between the head and the place ("суд по уголовным делам"). A cultural institution
    in the singular heads one too ("музея города Алматы"), and so does, with `hospitals` (the
    place a Kazakhstani town of the gazetteer), a hospital its adjective singles out
    ("центральную больницу Темиртау"; not "новой больнице Атырау", nor "в больнице Лондона",
    "немецкой больнице города Ландштуль": any); the service of an official does not
    ("пресс-служба акима области": the news gold marks the place alone, 36 times of 36)."""
    def heads(i: int) -> bool:
        singular = tokens[i].feats.get("Number") != "Plur"
        return tokens[i].lemma in ORG_HEADS_OF_PLACE or singular and (
            tokens[i].lemma in PLACE_INSTITUTIONS
            or hospitals and tokens[i].lemma in FACILITY_WORDS and i > 0 and tokens[i - 1].pos == "ADJ"
            and tokens[i - 1].text.islower() and tokens[i - 1].lemma not in NOT_NAME_ADJECTIVES)
    head = last
    while head > max(0, last - reach) and not heads(head):
        token = tokens[head]
        # "суде №2 Павлодара": a body's number may stand between it and its place
        numbered = token.text.isdigit() and tokens[head - 1].text in ("№", "N") or token.text in ("№", "N") and head < last
        if not numbered and (not token.text.islower() or not (token.pos in ("NOUN", "ADJ") or token.text == "по")
                             or token.lemma in POSITION_WORDS):
            return None  # "маслихата | аким Алматы": the place is the official's
        head -= 1
    if not heads(head):
        return None
    while head > 0 and tokens[head - 1].lemma in ORG_HEADS_OF_PLACE | ORG_DESCRIPTORS and (
            tokens[head - 1].text.islower() or _opens_sentence(doc, tokens[head - 1].start)):
        head -= 1  # "Департамент полиции ...": capitalised where it opens the sentence
    case = tokens[head].feats.get("Case")
    while head > 0 and tokens[head - 1].pos == "ADJ" and tokens[head - 1].text[:1].islower() \
            and tokens[head - 1].lemma not in NOT_NAME_ADJECTIVES \
            and (tokens[head - 1].feats.get("Case") == case or _BODY_MODIFIERS.match(tokens[head - 1].text)):
        head -= 1  # (not "осмотрел новый | историко-краеведческий музей Кызылординской области")
    return head


# ---- news conventions -------------------------------------------------------------------

_PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}
_PLACE_ABBREVIATION_BEFORE = re.compile(r"(?:^|[\s(«,])(?:г|с|п|пос|пгт|мкр|ст|а)\.\s*$")
# "с. Белоусовка", and in a line of capitals "Г. ПЕТРОПАВЛОВСК" (not "Г. Муратбаева": an initial)
_TOWN_ABBREVIATIONS = ("г", "с", "пос", "пгт")  # город, село, посёлок, посёлок городского типа
_PLACE_AFTER_ABBREVIATION = re.compile(r"(?:^|(?<=[\s(«]))(?:(?:г|с|п|пос|пгт|мкр|р|оз)\.\s*([А-ЯЁӘҒҚҢӨҰҮҺІ]\w*(?:-\w+)*)"
                                       rf"|(?:{'|'.join(a.upper() for a in _TOWN_ABBREVIATIONS)})\.\s*"
                                       r"([А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ]+)*)(?!\w))")
_INITIAL = re.compile(r"^\w\.?$")
_ONE_LETTER_WORDS = frozenset("в с к о у и а я".split())  # prepositions, conjunctions, a pronoun
_NAMED_AFTER_WORDS = frozenset({"имени", "им.", "им"})  # "школа имени Абая", "им. Г. Мусрепова", "им М. Ауэзова"
# a territory, settlement, rural district or mine named after a person ("сельский округ им. ...")
_RURAL_DISTRICT = "округ"
_NAMED_AFTER_NOUNS = NAMED_TERRITORY_NOUNS | SETTLEMENT_NOUNS | MINE_WORDS | {_RURAL_DISTRICT}
_RESIDENT_NOUNS = frozenset({"житель", "жительница", "уроженец", "уроженка"})
# the text before a name ends on one of them
_NAMED_AFTER = re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, sorted(_NAMED_AFTER_WORDS)))})\s*$")
_JOINED_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.){2,3}$")
_SURNAME_SHAPE = re.compile(r"^\w{3,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой)?$|^\w+(?:ұлы|қызы|улы|кызы)$", re.I)
_ADJECTIVAL_PLACE = re.compile(r"^[А-ЯЁ][а-яё]+(ый|ое|ая)$")  # Рудный, Степное: a town named by an adjective
_ADJECTIVE_CASES = {"ый": ("ый", "ого", "ому", "ым", "ом"), "ое": ("ое", "ого", "ому", "ым", "ом"),
                    "ая": ("ая", "ой", "ую")}
_SETTLEMENT_OR_PLACE_NOUNS = SETTLEMENT_NOUNS | PLACE_NOUNS
_KIND_OF_PLACE = _SETTLEMENT_OR_PLACE_NOUNS - NAMED_TERRITORY_NOUNS  # not "район Сауран": its name
# a field's, a tract's, a lake's or a river's noun opening a sentence before its name: "Месторождению
# Кашаган исполнилось 30 лет" (the news gold: the name after "месторождение" a place 7 times of 10, after
# "озеро" or "река" 37 of 39, the noun out), "Озеро Маркаколь — один из ..."
_TRACT_OR_LAKE = frozenset({"урочище", "озеро"})  # the name after it is a place's, never a person's
_KIND_OF_PLACE_OR_SITE = _KIND_OF_PLACE | RIVER_WORDS | {"месторождение"} | _TRACT_OR_LAKE
_TOWN_NOUNS = SETTLEMENT_NOUNS | {"город"}
# "председатель Правления": a board alone is a kind too
_BARE_KINDS = (ORG_DESCRIPTORS | FUNCTION_BODIES | GOVERNMENT_WORDS | {"правление"}) - {"союз", "альянс", "сеть"}
# "сельских округов Шага, Жана Икан", "улиц Абая, Ш. Уалиханова", "месторождениях Жанажол, Кенкияк Надсолевой"
_LIST_OF_PLACES = _KIND_OF_PLACE | STREET_WORDS | DEPOSIT_NOUNS
_CAPS_SURNAME = re.compile(r"(?:ОВ|ЕВ|ЁВ|ИН|ЫН)(?:А|У|Ы|ОЙ|ЫМ|ЕЙ|Е|ОМ)?$")  # ПАЙДИНОЙ, НУХИНА: a surname in capitals
_NUMBERED = re.compile(r"^(?:\d+(?:-?[а-я]{1,3})?|[IVXLC]+)$")  # 27-м, 27-го, XV: an event's number
_UNIT_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,4}$")  # РОП, ДП, УВД: a short word in capitals
_PLATFORM_PAGE = re.compile(r"^[\w.]+-(?:канал|чат|бот|аккаунт|страниц|паблик|групп|блог)", re.I)
_PROPERTY_RIGHTS = frozenset({"ПХВ", "ПОУ"})  # на праве хозяйственного ведения, оперативного управления
_PLACE_WORD_PREPOSITIONS = frozenset({"в", "во", "из", "до", "под", "через", "около", "возле", "близ"})
_SURNAME_BASE = re.compile(r"^\w{3,}(?:ов|ев|ёв|ин|ын)$|^\w+(?:ұлы|қызы|улы|кызы)$", re.I)
_COMPOUND_BODY = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:корпорац|холдинг|бюро|банк|фонд|охран|инспекц|агентств|совет)[а-яё]{0,3}$")
# Васильковка, Михайловке; Жезкент, Кожакенте (the news gold's training parts: 75 places in -кент, no person)
_VILLAGE_NAME = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:(?:овк|евк|ёвк)(?:а|и|е|у|ой)|кент(?:а|у|е|ом)?)$")
_FULL_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ое|ее)$")
_SURNAME_TO_OR_WITH = re.compile(r"^\w{3,}(?:ов|ев|ёв|ин|ын)(?:у|ым)$", re.I)  # "Б. КАМЕТОВУ": no street's genitive
_OBLIQUE_SURNAME = re.compile(r"^\w{3,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой)$", re.I)  # Кажина, not Дацин or Берлине
_MASCULINE_SURNAME = re.compile(r"^\w{3,}(?:ов|ев|ёв)$", re.I)  # Жагоров; not Дацин, Пекин
_CAPTION_WORDS = frozenset({"скриншот", "фото", "видео"})  # a photo's caption opening after a name (not "РИА Новости")
_FIGHT = "борьба"  # "по борьбе с коррупцией": a field named by what is fought
_CYRILLIC_LOOKALIKES = str.maketrans("aceopxy", "асеорху")  # Latin letters typed in Cyrillic words
_PREPOSITIONS_AFTER_NAMES = frozenset({"со", "с", "по", "на", "в", "во", "к", "ко", "от", "из", "для"})
_QUOTES = "«»\"„“”"
_COUNTRY_GENITIVES = frozenset({"Казахстана", "РК"})
_LEVEL_PREFIX = re.compile(r"^(?:обл|гор|рай)(?=[а-яё]{5,})")  # облдепартамент, горуправление, райотдел
_LEADING_MARKS = frozenset({":", ",", ".", "|", "/", "-", "–", "—"})  # punctuation no name opens with
_PLANT = re.compile(rf"^(?:{'|'.join(kind.upper() for kind in PLANT_KINDS)})(-\d+)?$")  # ТЭЦ, ГРЭС-1
_PLACE_ADJECTIVE_FORM = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ой|ого|ому|ом|ую|ым)$")  # риддерскую, Балхашской
# a power plant's kind spelled out (lemmas): "Аксуской электростанции", "Шульбинской гидроэлектростанции"
_PLANT_NOUNS = frozenset({"электростанция", "гидроэлектростанция", "теплоэлектростанция", "теплоэлектроцентраль"})
_MICRODISTRICT = "микрорайон"
# "микрорайона «Батыс-2»" ("мкр." by its text); "рек «Аксай», «Каргалы» и «Киши Алматы»": rivers
_QUOTED_PLACE_NOUNS = QUOTED_PLACE_WORDS | RIVER_WORDS | {_MICRODISTRICT, "субзона"}
_COUNTED_GAP = re.compile(r"\s*(?:[–—-]\s*\d[\d\s,.%]*?\s*)?(?:,|;|и)\s*")  # " – 5, " between listed places
_CASE_ENDING = re.compile(r"(?:ом|ами|ам|ах|ов|а|у|е|ы)$")  # of a masculine noun: "Экс-акиму"
_HYPHENATED_INITIAL = re.compile(r"(?<![\w.])[А-ЯЁ]\.-$")  # "К.-" of "К.-Ж. Токаев"
# "Д.С" of "Цой Д.С.", "А" of "Садыкова А.": a last initial, its dot read as the sentence's end
_LAST_INITIAL = re.compile(r"(?:[А-ЯЁA-Z]\.\s?|[а-яё]\s)[А-ЯЁA-Z]$")
_HOLIDAY_CASE = re.compile(r"(?:а|у|ом|е)$")  # Курбан Айта, Наурызу: the case ending of a holiday's last word
_CAPITAL_LEVELS = frozenset({"областной", "районный"})  # "областной центр": a region's capital town, no body
_STREET_ABBREVIATIONS = frozenset({"ул", "пр", "просп", "пр-т", "б-р", "пер"})
_SQUARE = "площадь"
_MAUSOLEUM = "мавзолей"
_MOSQUE = "мечеть"
_EMBANKMENT = "набережная"
# Programme words that never head an organisation's name ("программа", "проект" may: Программа развития ООН).
_PLURAL_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[а-яё]+)*(?:ые|ие)$")
_DEMONYM = re.compile(r"^[А-ЯЁ][а-яё]{3,}(?:чан(?:е|ам|ами|ах)|тян(?:е|ам|ами|ах)|цы|цам|цами|цах|смен(?:ы|ам|ами|ах))$")
# Семейчане, Актаусцы, Акмолинцам, Мажилисмены (plural only: "Солнцев" is a surname)
# "Шымкентцев", "Павлодарцев", "Семейчан": a listed town's people in the genitive, "-цев" after the
# town's own name (a surname's "-цев", Солнцев, has no town before it)
_PLACE_PEOPLE = re.compile(r"^([А-ЯЁ][а-яё]{3,}?)(?:цев|цами|чан)$")
_PLURAL_PLACE_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]+[сц]к(?:ие|их|им|ими)$")
_BODY_WORDS = ORG_DESCRIPTORS | ORG_HEADS_OF_PLACE | FUNCTION_BODIES | NATIONAL_BODIES | INSTITUTION_WORDS | PLACE_INSTITUTIONS \
    | FACILITY_WORDS | BRANCH_WORDS
_DOCUMENT_HEADS = frozenset({"карта", "стратегия", "концепция", "госпрограмма", "нацпроект", "доктрина", "генплан"})


def _cut_at_newline(entity: Entity) -> Entity | None:
    """A mention never crosses a paragraph: what comes after a line break is not part of it."""
    if "\n" not in entity.text:
        return entity
    text = entity.text.split("\n", 1)[0].rstrip()
    return Entity(entity.label, text, entity.start, entity.start + len(text), entity.sentence) if text.strip() else None


_DANGLING_MARK = re.compile(r"\s+[/|\-–—,:;]+$")
_SPACED_SLASH = re.compile(r"[ \t]+/[ \t]")


def _without_dangling_mark(entity: Entity) -> Entity:
    """"КАЗИНФОРМ | /Андрей Соколов/": a slash or dash the tagger took in after a space ends
    no name; a person's name ends at a spaced slash, after which a photo's credit names the
    outlet ("Фото: Солтан Жексенбеков / Kazinform")."""
    slash = _SPACED_SLASH.search(entity.text) if entity.label == "PER" else None
    end = slash.start() if slash is not None and slash.start() else len(entity.text)
    if (match := _DANGLING_MARK.search(entity.text, 0, end)) is not None and match.start():
        end = match.start()
    if end == len(entity.text):
        return entity
    return Entity(entity.label, entity.text[:end], entity.start, entity.start + end, entity.sentence)


_LATIN_LEGAL_FORM = re.compile(r"\b(?:Ltd|Inc|Corp|Co|Plc)$")
_SENTENCE_GOES_ON = re.compile(r"\. [a-zа-яё]")


def with_legal_form_dot(doc: Document, entity: Entity) -> Entity:
    """"Miryildiz Kz Ltd. инвестирует", "Exxon Mobil Corp. о разработке", "Kazakhstan
    Petrochemical Industries Inc. компаниясы": a company's Latin legal form keeps its
    abbreviation's dot where the sentence goes on after it (at a sentence's end the dot is the
    sentence's: the news gold, 2 and 2), in either language."""
    if entity.label != "ORG" or not _LATIN_LEGAL_FORM.search(entity.text) \
            or not _SENTENCE_GOES_ON.match(doc.text, entity.end):
        return entity
    return Entity(entity.label, entity.text + ".", entity.start, entity.end + 1, entity.sentence)


_SEAT_OF_POWER = re.compile("|".join(f"({form})" for form in SEATS_OF_POWER))


def seat_of_power(text: str) -> str | None:
    """The name of the seat of power `text` is a case form of ("Акорде" -> "Акорда"), or None."""
    match = _SEAT_OF_POWER.fullmatch(_fold(text))
    return list(SEATS_OF_POWER.values())[match.lastindex - 1] if match else None


def _fold(text: str) -> str:
    return " ".join(normal_word(text).strip(_QUOTES + " ").split())


def _level_alone(tokens: list[Token], first: int, end: int) -> bool:
    """"Сельский акимат выделил участок" opening a sentence: a local level and a kind, and no
    number after them ("Районный суд № 2"), name no body."""
    return end - first == 2 and bool(_LOCAL_LEVEL.match(tokens[first].text.lower())) \
        and tokens[first + 1].text.islower() and not (end < len(tokens) and tokens[end].text in ("№", "N"))


def _public_council_alone(tokens: list[Token], first: int, end: int) -> bool:
    """"члены областного Общественного совета": a public council, which every akimat and
    ministry has, named by its kind alone with no place or body after it is no body (the news
    gold's training parts: 6 of 6 unmarked; "Общественный совет Лисаковска" and "Общественный
    совет при акимате ..." are one)."""
    return end - first == 2 and tokens[first].lemma == "общественный" and tokens[first + 1].lemma == "совет" \
        and not (end < len(tokens) and (tokens[end].text[:1].isupper() or tokens[end].pos in ("NOUN", "PROPN")
                                         or tokens[end].text == _ATTACHED_TO))


def _team_alone(tokens: list[Token], first: int, end: int) -> bool:
    """"в составе Национальной сборной": a team's noun after its adjectives, with no country or
    club named, is no body (the news gold's training parts mark none of 4 national teams so
    said)."""
    return tokens[end - 1].lemma in TEAM_WORDS and all(t.pos == "ADJ" for t in tokens[first:end - 1])


# a house or palace of culture, youth, creativity or schoolchildren: every town has one, and
# the news gold marks none of 19 without a name after it ("во Дворце культуры", "в Доме молодежи")
_HOUSES = frozenset({"дом", "дворец"})
_HOUSE_PURPOSES = frozenset({"культура", "молодёжь", "молодежь", "творчество", "школьник"})
_POSTED_ON = frozenset({"в", "во", "на", "через", "из"})  # "в Facebook": where a text is posted
_PHOTO = re.compile(r"\b[Фф]ото\b")  # "Фото: кадр YouTube": a photo's credit on the line


def _house_alone(tokens: list[Token], first: int, end: int) -> bool:
    """"во Дворце культуры": a house of culture with no name after it names none."""
    return end - first == 2 and tokens[first].lemma in _HOUSES and tokens[first + 1].lemma in _HOUSE_PURPOSES \
        and not (end < len(tokens) and (tokens[end].text.lower() in _NAMED_AFTER_WORDS or tokens[end].text in _QUOTES))


def _head_of_government(tokens: list[Token], first: int, end: int) -> bool:
    """"Руководитель Правительства ознакомился", "по словам главы Правительства": the Prime
    Minister's post, no mention of the Government (the news gold: none of 5)."""
    return end - first == 1 and tokens[first].lemma == "правительство" and first > 0 \
        and tokens[first - 1].lemma in ("глава", "руководитель")


_PARTIES = PARTY_NAMES | {"ауыл"}  # after «партия» "Ауыл" is the party, whatever else it names


def _party_named(tokens: list[Token], first: int, end: int) -> bool:
    """"от партии Аманат", "съезде партии Amanat": a party's name after «партия» in lower case
    (the news gold: 8 such names of 8 an ORG; the person after "председатель партии" has a
    given name and a surname, no party's)."""
    return first > 0 and tokens[first - 1].lemma == "партия" and tokens[first - 1].text.islower() \
        and " ".join(t.text for t in tokens[first:end]).lower() in _PARTIES


def _platform(text: str) -> bool:
    """"Instagram", "instagram.com", "Instagram/Jenis_Qasymbek": a platform's name."""
    return text.lower().split("/")[0].removesuffix(".com") in PLATFORMS


def _posted_on(doc: Document, tokens: list[Token], first: int, end: int) -> bool:
    """"в Facebook", "в Facebook, Instagram и Telegram", "Фото: кадр YouTube": a platform
    something is posted on or a photo taken from, no body (the news gold; the company acting,
    "Facebook купила ...", is one)."""
    if end - first != 1 or not _platform(tokens[first].text) or first == 0:
        return False
    before = tokens[first - 1].text.lower()
    line = doc.text[doc.text.rfind("\n", 0, tokens[first].start) + 1:tokens[first].start]
    return before in _POSTED_ON or before in (",", "и") and first > 1 and _platform(tokens[first - 2].text) \
        or _PHOTO.search(line) is not None


def _from_tokens(doc: Document, index: TokenIndex, first: int, end: int, label: str) -> Entity:
    start, stop = index.tokens[first].start, index.tokens[end - 1].end
    return Entity(label, doc.text[start:stop], start, stop, doc.sentence_at(start))


def _common_word(token: Token, rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """A word of the dictionary that is no name (pymorphy3 knows it only as a common word):
    "Читайте", "Жители", "Акимат" at the start of a sentence."""
    word = normal_word(token.text)
    if word in KAZAKH_LOANS or word in BOILERPLATE_WORDS:
        return True
    if token.text.isupper() and len(token.text) > 1:
        return False  # an abbreviation (ФИФА), whatever pymorphy3 knows of the word
    if not is_russian_word(word) or word in rules.places or word in rules.first_names or _SURNAME_BASE.match(word):
        return False  # a surname's base shape ("Шумов") is read as a name; "Причиной" is not one
    if "-" in word and not _known_common(word, ru):  # "Режиссёром-постановщиком": each part a common word
        parts = [part for part in word.split("-") if part]
        return bool(parts) and all(_known_common(part, ru) for part in parts)
    return _known_common(word, ru)


def _known_common(word: str, ru: RussianLemmatizer) -> bool:
    """pymorphy3 knows the lower-case word, and only as a common word."""
    parses = ru.parse(word)
    return bool(parses) and all(p.is_known and not (_PROPER & p.tag.grammemes) for p in parses)


_CYRILLIC_WORD = re.compile(r"^[А-ЯЁ][а-яё]+$")  # one word in Cyrillic letters, capitalised
_COMPOUND_HALF = re.compile(r"^[А-ЯЁ][а-яё]+о$")  # "Северо-", "Восточно-": the first half of a compound name
_VENUES = frozenset({"стадион", "арена"})
_ATTACHED_TO = "при"  # "Общественный совет при акимате ...": attached to a body, which names it


def _venue(tokens: list[Token], first: int, end: int) -> int | None:
    """The index of a stadium's or an arena's noun in tokens[first:end] ("Центральном
    стадионе", "Караганды-Арена"), or None."""
    return next((k for k in range(first, end) if tokens[k].lemma in _VENUES
                 or tokens[k].text.lower().endswith("-арена")), None)


_CAPITALS_WORD_MIN = 6  # letters of a word in capitals read as a word, not an abbreviation (ЮНЕСКО is known as none)


def _capitalised_common_word(doc: Document, token: Token, ru: RussianLemmatizer) -> bool:
    """A word written in capitals, long enough for no abbreviation, outside quotes, that
    pymorphy3 knows only as a common word ("РЕФЕРЕНДУМ", "БОЛЬШЕ"), is a page's banner or menu
    item, no name (a quoted one may be a club's: «ШАХТЕР»)."""
    text = token.text
    return text.isupper() and text.isalpha() and len(text) >= _CAPITALS_WORD_MIN and is_russian_word(text.lower()) \
        and doc.text[token.start - 1:token.start] not in _QUOTES and not _in_open_quote(doc, token.start) \
        and _known_common(text.lower(), ru)


def _person_noun(tokens: list[Token], i: int, rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """"Император Акихито", "Кронпринц", "Мадам": a common noun for a person, no name, is a
    title before one; not before a surname ("Мавром Абдуллиным": Мавр is a first name too)."""
    token = tokens[i]
    return not _SURNAME_SHAPE.match(normal_word(tokens[i + 1].text)) and _common_word(token, rules, ru) \
        and all(p.tag.POS == "NOUN" and "anim" in p.tag for p in ru.parse(normal_word(token.text)))


def _function_word(token: Token, ru: RussianLemmatizer) -> bool:
    """"На", "В", "Ночью" at a sentence start: a word whose likeliest reading is a
    preposition, conjunction, particle, adverb or pronoun, or a lone letter, is no name."""
    parses = ru.parse(normal_word(token.text))
    return len(token.text) == 1 or bool(parses) and parses[0].is_known and parses[0].tag.POS in ("PREP", "CONJ", "PRCL", "INTJ", "ADVB",
                                                                           "NPRO", "PRED")


def _opening_preposition(tokens: list[Token], i: int, ru: RussianLemmatizer) -> bool:
    """"В Кызылорде" opening a paragraph: a capitalised preposition a tagger took into a name
    before it (not an initial, "А. Шаяхметов", nor a particle of a foreign name: "Аль Аин",
    "Ли Со Ён", "Н’диайе"; pymorphy3 reads those as particles or conjunctions)."""
    token = tokens[i]
    if not token.text.istitle() or tokens[i + 1].text == "." or tokens[i + 1].start == token.end \
            or i and tokens[i - 1].text in _QUOTES:
        return False
    parses = ru.parse(normal_word(token.text))
    return bool(parses) and parses[0].is_known and parses[0].tag.POS == "PREP"


def _verb(token: Token, ru: RussianLemmatizer, kinds: tuple[str, ...] = ("VERB", "INFN", "GRND")) -> bool:
    """A word pymorphy3 knows only as a verb (or a gerund), which is no part of a name:
    "Докладывал" opening a sentence before one, a page's button "ПОДЕЛИТЬСЯ"."""
    parses = ru.parse(normal_word(token.text)) if is_russian_word(token.text) else ()
    return bool(parses) and all(p.is_known and p.tag.POS in kinds for p in parses)


def _plural_common_noun(token: Token, rules: EntityRules, ru: RussianLemmatizer, person: bool = False) -> bool:
    """"Жители СКО", "Казахстанцы": a plural common noun does not start a name, nor, before a
    person, an adjective or participle standing for one ("Подопечные Сергея Польского"; not
    "Соединенные Штаты")."""
    kinds = ("NOUN", "ADJF", "PRTF") if person else ("NOUN",)
    return token.text[:1].isupper() and _common_word(token, rules, ru) and \
        all("plur" in p.tag and p.tag.POS in kinds for p in ru.parse(normal_word(token.text)))


def _line_start(doc: Document, entity: Entity) -> bool:
    """Whether the mention opens its sentence or line (after quotes and dashes)."""
    return _opens_sentence(doc, entity.start, entity.sentence)


def _opens_sentence(doc: Document, offset: int, sentence: int | None = None) -> bool:
    """Whether the text at offset opens its sentence or line (after quotes and dashes)."""
    if sentence is None:
        sentence = doc.sentence_at(offset)
    before = doc.text[doc.sentences[sentence].start:offset] if doc.sentences else ""
    tail = before.rsplit("\n", 1)[-1]
    return not tail.strip(" \t" + _QUOTES + "-–—•*") or bool(re.search(r"[.!?…]\s+$", tail))  # "м/с. Днем ..."


def _is_place(tokens: list[Token], rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """A Kazakhstani place of the gazetteer (also spelt with Kazakh letters: "Қонаева"), or a
    name pymorphy3 knows only as a place."""
    text = " ".join(t.text for t in tokens).lower()
    if (text in rules.places or russian_spelling(text) in rules.places) and text not in rules.first_names:
        return True
    known = [p for p in ru.parse(normal_word(text)) if p.is_known] if len(tokens) == 1 and is_russian_word(text) else []
    return bool(known) and all("Geox" in p.tag for p in known)


def _given_name(token: Token, rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """A first name a list or pymorphy3 knows (Инна, Айгуль)."""
    word = normal_word(token.text)
    return word in rules.first_names or is_russian_word(word) and any(
        p.is_known and "Name" in p.tag for p in ru.parse(word))


def _adjective_only(token: Token, ru: RussianLemmatizer) -> bool:
    """Whether pymorphy3 knows the word only as an adjective ("Заречного"): after a post it
    names the post's village or district, no person (an adjectival surname has a Surn reading)."""
    parses = ru.parse(normal_word(token.text)) if is_russian_word(token.text) else []
    return bool(parses) and all(p.is_known and p.tag.POS == "ADJF" and not (_PROPER & p.tag.grammemes) for p in parses)


def _address_adjective(token: Token, rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """A word opening a person's mention that pymorphy3 knows only as a qualitative adjective
    ("Уважаемый", "Дорогая"), no first name (a possessive one is: "Надин" of Надя)."""
    return token.text.lower() not in rules.first_names and _adjective_only(token, ru) \
        and not any("Poss" in p.tag for p in ru.parse(normal_word(token.text)))


def _league_division(tokens: list[Token], first: int, end: int) -> bool:
    """Whether the tokens name a league's division, maybe after its country's adjective or a
    lower-case word ("Премьер-лиги", "Казахстанской Премьер-лиги", "клубе Первой лиги",
    "Высшего дивизиона"): a competition, which the news gold marks nowhere (its Russian
    training parts: 22 of 22 unmarked); a league that is a body ("Континентальной хоккейной
    лиги", "Профессиональной футбольной лиги") is no division."""
    for start in range(first, end):
        if _fold(" ".join(t.lemma for t in tokens[start:end])) in LEAGUE_DIVISIONS:
            return all(t.pos == "ADJ" or t.text.islower() for t in tokens[first:start])
    return False


def _after_in(tokens: list[Token], i: int) -> bool:
    """Whether "в" or "во" stands before token i, maybe with one lower-case adjective or participle
    in the locative between ("в родной Новоишимке", "в тогдашнем Гурьеве"), or an adverb or two
    ("в тогда еще Гурьеве"; not a noun: "в игре | аль-Барадеи"): a word in the locative there is
    a place (the news gold: 464 one-word names so placed are places or bodies, none a person)."""
    j = i
    if j and tokens[j - 1].text.islower() and tokens[j - 1].feats.get("Case") == "Loc" \
            and (tokens[j - 1].pos == "ADJ" or tokens[j - 1].feats.get("VerbForm") == "Part"):
        j -= 1
    else:
        while j > i - 2 and j and tokens[j - 1].text.islower() and tokens[j - 1].pos == "ADV":
            j -= 1
    return j > 0 and tokens[j - 1].text.lower() in ("в", "во")


def _noun_of_adjective(tokens: list[Token], i: int, ru: RussianLemmatizer) -> int | None:
    """Index of the lower-case thing's noun after a capitalised adjective in -ский that agrees
    with it in case, number and gender, maybe past lower-case adjectives that agree too
    ("Качарский рудник", "Атырауского областного противотуберкулезного санатория", not
    "директор"); a house's noun may be capitalised ("Тургеневский сельский Дом культуры")."""
    if i + 1 >= len(tokens) or not _CAPITAL_PLACE_ADJECTIVE.match(tokens[i].text):
        return None
    adjectives = [p.tag for p in ru.parse(normal_word(tokens[i].text)) if p.tag.POS == "ADJF"]
    for k in range(i + 1, min(i + 5, len(tokens))):  # "Катон-Карагайский государственный национальный природный парк"
        word = tokens[k]
        if not (word.text.isalpha() and (word.text.islower() or word.lemma in _HOUSES) and is_russian_word(word.text)) \
                or word.start != tokens[k - 1].end + 1:
            return None
        parses = ru.parse(word.text)
        if not parses or parses[0].tag.POS not in ("NOUN", "ADJF"):
            return None  # "Пендерецкий в 1960-е": a preposition, whatever else pymorphy3 reads it as
        pos = parses[0].tag.POS
        tags = [p.tag for p in parses if p.tag.POS == pos and (pos == "ADJF" or p.tag.animacy == "inan")]
        agreeing = [t for t in tags for a in adjectives if a.case == t.case and a.number == t.number
                    and (a.number == "plur" or a.gender == t.gender)]
        if not agreeing:
            return None
        if pos == "NOUN":
            return k
    return None


def _named_by_adjective(doc: Document, index: TokenIndex, first: int, ru: RussianLemmatizer) -> Entity | None:
    """A capitalised adjective a tagger took for a person or a place alone, before the
    lower-case kind of a place or a body it agrees with, names that thing, with the kind
    ("Качарский рудник", "на Аксуской электростанции", "Атырауского областного
    противотуберкулезного санатория", "Коксарайский контррегулятор"): an adjectival surname
    tagged PER in the news gold's training parts is followed so 0 times, the named thing 4
    times; a place's adjective before a body's kind opens the body's name 17 times of 18
    (NEREL marks a person's adjective before an award a PER: "Филдсовская премия")."""
    tokens = index.tokens
    k = _noun_of_adjective(tokens, first, ru)
    lemma = tokens[k].lemma if k is not None else ""
    if lemma in _HOUSES and k + 1 < len(tokens) and tokens[k + 1].lemma in _HOUSE_PURPOSES:
        return _from_tokens(doc, index, first, k + 2, "ORG")  # "Качарский дом культуры"
    if lemma == "парк" and any(t.lemma == "национальный" for t in tokens[first + 1:k]):
        return _from_tokens(doc, index, first, k + 1, "ORG")  # a national park (RESERVE_WORDS)
    if lemma not in MINE_WORDS | RESERVE_WORDS | ORG_DESCRIPTORS | INSTITUTION_WORDS | ADJECTIVE_PLACE_NOUNS \
            | _ADJECTIVE_BODY_NOUNS:
        return None
    return _from_tokens(doc, index, first, k + 1, "LOC" if lemma in ADJECTIVE_PLACE_NOUNS - MINE_WORDS else "ORG")


# the kinds of enterprise and institution a place's adjective names beside ORG_DESCRIPTORS and
# INSTITUTION_WORDS: "Аксуской электростанции", "Боровского элеватора", "Уральской епархии"
_ADJECTIVE_BODY_NOUNS = frozenset({"электростанция", "элеватор", "санаторий", "рудоуправление", "епархия"})


def _may_be_place(token: Token | str, ru: RussianLemmatizer) -> bool:
    """Whether pymorphy3 knows any place reading of the word (Берлине, София, США)."""
    text = token if isinstance(token, str) else token.text
    return is_russian_word(text) and any(p.is_known and "Geox" in p.tag for p in ru.parse(normal_word(text)))


def _one_resident(token: Token) -> bool:
    """"житель", "жительница" in the singular: one resident, whose name may follow his village's noun."""
    return token.lemma in _RESIDENT_NOUNS and token.feats.get("Number") != "Plur"


def _position(token: Token) -> bool:
    """A position word, also a former one ("Экс-аким", "Экс-акиму": pymorphy3 knows no
    such compound, so its case ending comes off here)."""
    return any(w in POSITION_WORDS or (former := w.removeprefix("экс-")) != w
               and (former in POSITION_WORDS or _CASE_ENDING.sub("", former) in POSITION_WORDS)
               for w in (token.lemma, normal_word(token.text)))


def _day_number(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is a day of a month ("4" in "4 АВГУСТА")."""
    return i >= 0 and tokens[i].text.isdigit() and 1 <= int(tokens[i].text) <= 31


def _initial(token: Token) -> bool:
    """An initial of a person's name ("А", "В." in "В.П. Магазинщиков")."""
    return bool(_INITIAL.match(token.text)) and token.text[:1].isupper()


def _initials_before(doc: Document, tokens: list[Token], first: int) -> int:
    """First token of the initials the tagger left before a name that opens with one
    ("В." + PER "П. Магазинщиков") or before a surname ("В. | Ермаков": the tagger takes
    "В." for the preposition): a name with initials is one person."""
    if not _initial(tokens[first]):
        dotted = first > 0 and tokens[first - 1].text.endswith(".") and _initial(tokens[first - 1]) \
            or first > 1 and tokens[first - 1].text == "." and len(tokens[first - 2].text) == 1 \
            and _initial(tokens[first - 2]) and tokens[first - 2].end == tokens[first - 1].start
        if not dotted or not tokens[first].text[:1].isupper() \
                or doc.text[tokens[first - 1].end:tokens[first].start] not in ("", " "):
            return first
        first -= 1 if tokens[first - 1].text != "." else 2
    while first > 0 and (_initial(tokens[first - 1]) or tokens[first - 1].text == "." and first > 1
                         and _initial(tokens[first - 2])) \
            and doc.text[tokens[first - 1].end:tokens[first].start] in ("", " "):
        first -= 1 if tokens[first - 1].text != "." else 2
    return first


def _initialled_surname(doc: Document, tokens: list[Token], end: int) -> int | None:
    """First token of "В.П. Магазинщиков" ending at tokens[end - 1]: initials and a surname in
    the nominative, a person (all 20 such in the news gold); after "имени" the one a body is
    named after, in the genitive anyway ("им. Г. Мусрепова")."""
    last = end - 1
    if last < 1 or not tokens[last].text[:1].isupper() or not (_SURNAME_BASE.match(tokens[last].text)
                                                               or _SURNAME_TO_OR_WITH.match(tokens[last].text)):
        return None
    initial = last - 2 if tokens[last - 1].text == "." and last > 1 else last - 1
    joined = bool(_JOINED_INITIALS.match(tokens[initial].text))  # "Т.К." one token
    if not (_initial(tokens[initial]) or joined) or doc.text[tokens[last - 1].end:tokens[last].start] not in ("", " "):
        return None
    if initial == last - 1 and tokens[initial].text.lower() in _ONE_LETTER_WORDS:
        return None  # "В Саратов - по чётным дням": an undotted preposition opening a sentence, no initial
    start = initial if joined else _initials_before(doc, tokens, initial)
    if start > 0 and tokens[start - 1].text.lower() in _NAMED_AFTER_WORDS:
        return None
    return start


def _name_start(tokens: list[Token], rules: EntityRules, ru: RussianLemmatizer) -> int:
    """Index of the first token of a person's name in a PER span that may open with a
    position and a place or body ("Аким Алматы Ерболат Досаев", "Депутат Мажилиса Ерлан
    Саиров" -> 2; "КазССР Каныша Сатпаева", "Инстаграм Сагинтаева" -> 1)."""
    i = 0
    while i < len(tokens) - 1:
        token = tokens[i]
        lowered = normal_word(token.text)
        # "акимом Абая | Сапара Сатаева": a town named like a man, then the man
        town_named_so = lowered in rules.places and i < len(tokens) - 2 \
            and tokens[i + 1].text.lower() in rules.first_names
        place = _is_place([token], rules, ru) and (lowered in rules.places or i < len(tokens) - 2) or town_named_so
        if token.text.lower() in rules.first_names and token.text[:1].isupper() and not town_named_so:
            break
        if _position(token) or not token.text[:1].isupper() or _person_noun(tokens, i, rules, ru) \
                or token.lemma in KINSHIP_NOUNS and not any("plur" in p.tag for p in ru.parse(lowered)) \
                or lowered in BOILERPLATE_WORDS or place or token.text in _QUOTES \
                or token.lemma in ORG_HEADS_OF_PLACE or lowered in ORG_HEADS_OF_PLACE \
                or any(c.isdigit() for c in token.text) or _region_adjective(tokens, i, rules) \
                or _MIXED_ABBREVIATION.match(token.text) or lowered in PLATFORMS:
            i += 1
            continue
        break
    return i


_TEMPERATURE = re.compile(r"^[+−-]?\d+\s?°?\s?[CС]$")  # "9 C", "+14 °C": a weather widget's degrees
_COMMISSION = "комиссия"
_LEAGUE = "лига"
_BUILDING = "здание"  # "Здание сената парламента Казахстана": a photo's caption, the body the building's
_UNIT_WORDS = _BODY_WORDS | MINE_WORDS  # "руднике", "департамента", "центр", "совета": a company's unit
_REGION_FORMS = frozenset({"область", "области", "областью", "район", "района", "районе"})
# a national enterprise's compound name: Казселезащита, Казводхоз, Казгидромет (not Казахстан, Казань)
_KAZ_ENTERPRISE = re.compile(r"^Каз(?!ах|ан)[а-яё]{5,}$")
# a world, European, Asian or national championship and its year: "ЧМ-2013", "ЧЕ-2024", "ЧРК-2019"
_CHAMPIONSHIP = re.compile(r"^(?:ЧМ|ЧЕ|ЧА|ЧРК)[-–]?\d{2,4}$")


# an abbreviation begun by a shortened word ("Академии наук | КазССР | Каныша Сатпаева", КазНУ,
# ЕврАзЭС): the body's or country's, no word of the name after it
_MIXED_ABBREVIATION = re.compile(r"^[А-ЯЁ][а-яё]+[А-ЯЁ]{2,}$")


def _region_adjective(tokens: list[Token], i: int, rules: EntityRules) -> bool:
    """Whether tokens[i] is a region's or district's adjective before its noun ("Акима
    Туркестанской | области | У. Шукеева"): the place the post is of, no word of a name."""
    return i + 1 < len(tokens) and tokens[i + 1].lemma in NAMED_TERRITORY_NOUNS and tokens[i + 1].text.islower() \
        and town_adjective(tokens[i].text.lower(), rules.places)


def news_repairs(doc: Document, entities: list[Entity], index: TokenIndex, rules: EntityRules,
                 ru: RussianLemmatizer) -> list[Entity]:
    """Spans repaired by the conventions of Kazakhstani news, whatever tagger made them:
    bylines and datelines ("Имя Фамилия, Нур-Султан": the city is a place), places after
    «г./с./пос.», positions and places before a name moved out of the PER span (the
    position goes to Entity.title), boilerplate words and sentence-initial common nouns,
    diseases and vaccines dropped, regional abbreviations (ЗКО) as places, quoted names
    not persons, a person the tagger called a place."""
    out: list[Entity] = []
    per_tokens: set[int] = set()
    entities = [part for e in entities for part in _place_before_body(doc, index, e, rules.places)]
    for entity in _overlapping_bodies_joined(doc, entities):
        span = index.span(entity)
        if span is None:
            out.append(entity)
            continue
        out.extend(_repair(doc, entity, span, index, rules, ru, out))
    out = _capitalised_surnames(doc, index, out, rules, ru)
    out = [*out, *_places_after_abbreviations(doc, index, out), *_untagged_places(doc, index, out, rules, ru),
           *_listed_names(doc, index, out, rules), *_initialled_names(doc, index, out), *_surnames_again(doc, index, out),
           *_datelines(doc, index, out, rules), *_places_on_own_lines(doc, index, out, rules),
           *_the_republic(doc, index, out), *_international_bodies(doc, index, out),
           *_seats_of_power(doc, index, out)]
    out = list({(e.start, e.end): e for e in reversed(out)}.values())  # one mention per span
    if _CAPITALS_WORDS.search(doc.text):
        out = _on_capital_lines(doc, index, out, rules, ru)
    out = [*_listed_functions(doc, index, out), *_bodies_with_function(doc, index, out)]
    out = _bodies_by_region(doc, index, _with_fields(doc, index, out))
    outlets = _outlets(doc, index, rules)
    out = _covering(_without_words_around_sites(doc, out, outlets),
                    [*_institutions(doc, index, ru), *_abbreviations_named_after(doc, index), *outlets,
                     *_state_enterprises(doc, index), *_fixtures(doc, index),
                     *_quoted_after_place_adjective(doc, index), *_plants(doc, index, rules.places),
                     *_latin_names_after_legal_forms(doc, index)],
                    rules.places)
    # "суд по делам ... Семея", "городской больницы №1 Шымкента": the institutions found above too
    out = _join_genitive(doc, out, index, rules.places, new_bodies=False)
    out = _bodies_named_by_place(doc, index, out, rules.places)
    out = [_with_level(doc, _reserve_as_body(e, index), index) for e in out if not _kind_in_plural(e, index)]
    out = _attached_to(doc, index, out)
    out = _join_split_names(doc, sorted(out, key=lambda e: (e.start, -e.end)), index, rules, ru)
    out = _surnames_before_names(doc, index, out, rules, ru)
    out = [_named_place(doc, e, index, out, rules.places, ru) for e in map(partial(_with_tail, doc, index), out)]
    out = _villages_listed(doc, index, out, ru)
    if any(e.label == "LOC" and e.text[:1].islower() for e in out):  # "маслихата | области Абай", named just now
        out = _join_genitive(doc, out, index, rules.places, new_bodies=False)
    # a tagger's span of the zone's word and its name goes: "СЭЗ | «Оңтүстік»" (not a company's name
    # that holds a zone's: "ТОО «Управляющая компания «Индустриальная зона «Тараз»")
    zones = _zones(doc, index, rules, ru)
    zones = [z for z in zones if not any(e.start < z.start < e.end and e.label == "ORG"
                                         and any(q in doc.text[e.start:z.start].rstrip(_QUOTES + " ") for q in _QUOTES)
                                         for e in out)]
    out = _covering([e for e in out if not any(e.start < z.start < e.end for z in zones)],
                    [*_places_named_after(doc, index, rules.places), *_parks(doc, index, rules.places),
                     *_quoted_places(doc, index),
                     *zones, *_abbreviated_kinds(doc, index, out, rules, ru)], rules.places)
    out = _quoted_reserves(doc, index, out)
    out = _museums_named_after_people(doc, index, _districts_named_after_people(doc, index, out), ru)
    out = _rivers(doc, index, _offices(doc, index, out))
    out = [part for e in out for part in _split_territory(doc, index, e)]
    out = _places_in_lists(doc, [e for e in out if not _bare_kind(doc, e, index)], index, rules)
    out = _district_lists(doc, index, out)
    out = _persons_in_lists(doc, out, index, rules, ru)
    if _PROTOCOL_CUE.search(doc.text) or _SCORE_LINE.search(doc.text):
        out = _match_protocol_names(doc, index, out, rules.places, ru)
    out = [_with_generic_owner(doc, index, e, out) for e in out]
    # and again over the repairs' own: "[управлении ... ДП]" and "[ДП СКО]", the unit's region
    out = [_with_closing_initial(doc, _with_hyphenated_initial(doc, e))
           for e in _surnames_with_initials(doc, _surnames_before_initials(doc, _overlapping_bodies_joined(doc, out)),
                                            rules, ru)]
    out = list({(e.start, e.end, e.label): e for e in out}.values())  # two repairs may reach one span
    out = _names_in_religion(doc, [_without_honorific(doc, index, e) for e in _surnames_taken_for_bodies(out)], ru)
    for entity in out:
        if entity.label == "PER" and (span := index.span(entity)):
            per_tokens.update(range(*span))
    for entity in out:
        if entity.label == "PER" and (span := index.span(entity)):
            entity.title = _title_before(doc, index, span[0], per_tokens)
    return sorted(out, key=lambda e: (e.start, -e.end))


def _units_of_companies(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Тишинском руднике | ТОО «Казцинк»", "Центрального совета | РОО «Организации ветеранов»":
    a unit the taggers found, right before a company named with its legal form, is the
    company's unit, one body with it (the news gold's training parts: 44 such spans; a kind
    of plant before it names none: "на заводе ТОО «Костанай-МБИ»", nor is its board of
    directors one, "Совета директоров | ООО «Фирма ОРГРЭС»", nor a field it sows, "Зерновой
    клин | ТОО «...»")."""
    ordered = sorted(entities, key=lambda e: (e.start, -e.end))
    out: list[Entity] = []
    for entity in ordered:
        unit = out[-1] if out else None
        span, before = index.span(entity), index.span(unit) if unit is not None else None
        if unit is not None and span is not None and before is not None and unit.label == entity.label == "ORG" \
                and doc.text[unit.end:entity.start] == " " and index.tokens[span[0]].text.lower() in LEGAL_FORMS \
                and span[1] - span[0] > 1 \
                and index.tokens[before[0]].text.lower() not in LEGAL_FORMS \
                and index.tokens[before[1] - 1].lemma not in POSITION_WORDS \
                and (index.tokens[before[1] - 1].text.isupper()
                     or any(t.lemma in _UNIT_WORDS for t in index.tokens[before[0]:before[1]])):
            out[-1] = _from_tokens(doc, index, before[0], span[1], "ORG")
            continue
        out.append(entity)
    return out


# A football match's protocol: its goals, cards, referees, reserves and each team's line-up
# ("Голы: Бурцев 11 (0:1), Куанышев 14", "«Актобе»: Сидельников, Мулдаров, Бадло (к)", "Судьи:
# Абданбаев (Тараз)"); a quoted team opens a line-up only in a text with one of the others.
_PROTOCOL_CUE = re.compile(r"(?:^|[\s.])(?:Голы|Гол|Автоголы|Предупреждения|Предупреждение|Удаления|Удаление|Резерв"
                           r"|Запасные|Судьи|Судья|Главный судья|Вратари)\s*:")
# a hockey match's goal on a line of its own: the score, the scorer and his assistants, the time
# ("1:2 - Сарваров (Антоновский, Ердаков) - 10:45")
_SCORE_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}:\d{1,2}[ \t]*[-–—][ \t]*(\S[^\n]*?)"
                         r"[ \t]*[-–—][ \t]*\d{1,3}:\d{2}[ \t]*$")
_LINE_UP = re.compile(r"(?:^|[\s)])([«\"][^»\"\n]{2,30}[»\"])\s*:", re.M)  # the team's quoted name, then ":"


def _section_end(text: str, start: int) -> int:
    """The end of a protocol's section: its line's end, or a later line's while the list runs
    on ("Сартаков, Деркач,\nСакенов (Насибуллин 78), ...", "Сахибов\n(Куанышбеков 84)")."""
    end = text.find("\n", start)
    while end >= 0 and (text[:end].rstrip().endswith(",") or text.startswith("(", end + 1)):
        end = text.find("\n", end + 1)
    return len(text) if end < 0 else end


def _match_protocol_names(doc: Document, index: TokenIndex, entities: list[Entity], places: dict[str, str],
                          ru: RussianLemmatizer) -> list[Entity]:
    """The names of a match's protocol, which the tagger misses or takes for places: each
    capitalised word of a protocol's section (to its line's end, or the next line when the
    cue ends one: "Голы:\n\nМарочкин (Досмагамбетов), 15") is a player or a referee, with
    the initial before it ("Д. Родионов") or the capitalised words right before it ("Михаил
    Бакаев"), a person; a town (a referee's, "(Тараз)") is a
    place; a quoted team before its line-up is an organisation, other quoted names are left
    as they are, and so is a common noun ("Стадион") (the news gold's training parts mark all
    such names: 25 of 25 in three protocols). A hockey goal's line is such a section too
    ("1:2 - Сарваров (Антоновский, Ердаков) - 10:45")."""
    text, tokens = doc.text, index.tokens
    sections, found, line_ups = [], [], list(_LINE_UP.finditer(text))
    for match in line_ups:  # the team a line-up is of
        team, close = match.span(1)
        if team in index.starts and close in index.ends:
            found.append(Entity("ORG", text[team:close], team, close, doc.sentence_at(team)))
    for match in (*_PROTOCOL_CUE.finditer(text), *line_ups):
        start, rest = match.end(), text[match.end():]
        if not rest.partition("\n")[0].strip():  # the names on the next line with words
            start += len(rest) - len(rest.lstrip())
        sections.append((start, _section_end(text, start)))
    sections += [match.span(1) for match in _SCORE_LINE.finditer(text)]
    quoted, section = False, None
    for k, token in enumerate(tokens):
        inside = next((span for span in sections if span[0] <= token.start < span[1]), None)
        if inside is None:
            continue
        if inside != section:
            quoted, section = False, inside
        if token.text in _QUOTES:
            quoted = not quoted
            continue
        if quoted or not token.text[:1].isupper() or token.text.isupper() or len(token.text) < 3 \
                or not token.text.replace("-", "").isalpha() or k + 1 < len(tokens) and tokens[k + 1].text == ":" \
                or is_russian_word(token.text) and _known_common(normal_word(token.text), ru) \
                and ru.parse(normal_word(token.text))[0].tag.POS == "NOUN":  # not "Чеховский", a surname too
            continue
        if normal_word(token.text) in places:
            found.append(_from_tokens(doc, index, k, k + 1, "LOC"))
            continue
        first = k - 2 if k > 1 and tokens[k - 1].text == "." and len(tokens[k - 2].text) == 1 \
            and tokens[k - 2].text.isupper() else k  # "Д. Родионов", "Т.Аубакиров"
        if found and found[-1].label == "PER" and found[-1].end == tokens[k - 1].end \
                and text[tokens[k - 1].end:token.start] == " ":  # "Михаил Бакаев": a first name and a surname
            first = index.span(found.pop())[0]
        found.append(_from_tokens(doc, index, first, k + 1, "PER"))
    if not found:
        return entities
    kept = [e for e in entities if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted(kept + found, key=lambda e: (e.start, -e.end))


def _with_hyphenated_initial(doc: Document, entity: Entity) -> Entity:
    """"К.-Ж. Токаев": the first of a hyphenated first name's initials, which the tokenizer
    leaves before the person's span, is the person's."""
    if entity.label != "PER" or not _HYPHENATED_INITIAL.search(doc.text, max(0, entity.start - 3), entity.start):
        return entity
    start = entity.start - 3
    return Entity("PER", doc.text[start:entity.end], start, entity.end, entity.sentence)


def _surnames_before_initials(doc: Document, entities: list[Entity]) -> list[Entity]:
    """"памяти Сатпаева К.И.": a surname-shaped word the tagger took for a place (or a person
    of its own) right before the initials it tagged alone is one person with them."""
    out = sorted(entities, key=lambda e: e.start)
    for k in range(len(out) - 1, 0, -1):
        initials, surname = out[k], out[k - 1]
        if initials.label == "PER" and _INITIALS_ONLY.match(initials.text) and surname.label in ("PER", "LOC") \
                and surname.end + 1 == initials.start and doc.text[surname.end] == " " \
                and _SURNAME_SHAPE.match(surname.text):
            out[k - 1:k + 1] = [Entity("PER", doc.text[surname.start:initials.end], surname.start, initials.end,
                                       surname.sentence)]
    return out


_COUNTRY_BRANCH = re.compile(r"^[А-ЯЁA-Z][\w]+-(?:Казахстан|Kazakhstan|Қазақстан)$")  # "Сорос-Казахстан"
_INITIALS_ONLY = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[А-ЯЁӘҒҚҢӨҰҮҺІ]\.?$")
# "Мендыбай Т.Е.", "Сабыр Ә. Е.": a surname, then its first name's and patronymic's initials
_SURNAME_INITIALS = re.compile(r"(?<![\w.-])([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?)"
                               r" [А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?[А-ЯЁӘҒҚҢӨҰҮҺІ](?:\.|(?!\w))")
_NEXT_WORD = re.compile(r"\s*([А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w-]*)")


def _surnames_with_initials(doc: Document, entities: list[Entity], rules: EntityRules,
                            ru: RussianLemmatizer) -> list[Entity]:
    """"Государственные обвинители Мендыбай Т.Е., Мейрбекова Д.М.", "адвокат Усенова Д.А.": a
    word that is no common noun or place before two initials is a person with them, as court
    records and lists write names; the tagger misses some, cuts the initials off, joins two
    over a dash ("Бегаз Ж.Д. — Смагулов Н.Х.") or the next sentence's first word ("Ахметов Г.Б.
    Подсудимые"), and a list of them reads to the repairs as places. Not initials that open the
    next word's name ("в Казахстане К.Т. Сатпаев")."""
    text, out = doc.text, list(entities)
    for match in _SURNAME_INITIALS.finditer(text):
        start, end = match.span()
        word = match.group(1)
        after = _NEXT_WORD.match(text, end)
        if after is not None and text[end:after.start(1)] in (" ", "") \
                and not _known_common(normal_word(after.group(1)), ru) \
                or normal_word(word) in rules.places or _known_common(normal_word(word), ru):
            continue
        touched = [e for e in out if e.start < end and start < e.end]
        if any(e.label not in ("PER", "LOC") or e.start < start for e in touched):
            continue
        person = Entity("PER", text[start:end], start, end, doc.sentence_at(start))
        out = [e for e in out if e not in touched] + [person]
    return sorted(out, key=lambda e: (e.start, -e.end))


def _with_closing_initial(doc: Document, entity: Entity) -> Entity:
    """"адвокат Цой Д.С.": the dot after a person's last initial is the initial's, also where
    it ends the sentence (the news gold marks it in 5 of 5)."""
    if entity.label != "PER" or doc.text[entity.end:entity.end + 1] != "." or not _LAST_INITIAL.search(entity.text):
        return entity
    return Entity("PER", doc.text[entity.start:entity.end + 1], entity.start, entity.end + 1, entity.sentence)


def _bare_kind(doc: Document, entity: Entity, index: TokenIndex) -> bool:
    """"о деятельности Центра", "членам Совета", a rubric "Общество": a kind of organisation
    alone, capitalised, names none (the news gold marks none of them), nor does the government
    alone ("заседании Правительства": GOVERNMENT_WORDS; "Мажилис" is a name, and so are
    abbreviations and quoted names, a band «Центр», kept; "Союз" and "Альянс" alone name a
    union of states); nor does a kind in lower case the tagger took
    apart from the quoted name it is said of ("Члены | парламентской фракции | “Ак жол”",
    "Хоккейный клуб | "Актобе"" opening a line)."""
    span = index.span(entity) if entity.label == "ORG" else None
    if span is None or entity.start > 0 and doc.text[entity.start - 1] in _QUOTES \
            and doc.text[entity.end:entity.end + 1] in _QUOTES:  # not "«Комитет готов ...": a quoted speech's first word
        return False
    tokens = index.tokens[span[0]:span[1]]
    if len(tokens) > 1:
        return span[1] < len(index.tokens) and index.tokens[span[1]].text in _QUOTES \
            and all(t.text.islower() for t in tokens[1:]) and tokens[-1].lemma in _BARE_KINDS \
            and (tokens[0].text.islower() or _line_start(doc, entity) and tokens[0].pos == "ADJ")
    return tokens[0].lemma in _BARE_KINDS and not tokens[0].text.isupper()


_SEASON = re.compile(r"-(?:19|20)\d\d$")  # "в КПЛ-2024": the league's season, named by NOT_NAMES' КПЛ (4 of 4 unmarked)


def _repair(doc: Document, entity: Entity, span: tuple[int, int], index: TokenIndex, rules: EntityRules,
            ru: RussianLemmatizer, previous: list[Entity]) -> list[Entity]:
    first, end = span
    label = entity.label
    tokens = index.tokens
    if _fold(_SEASON.sub("", entity.text)) in NOT_NAMES or _credited_site(doc.text, entity) \
            or (label == "ORG" and normal_word(tokens[first].text) in NOT_NAMES) \
            or (_PLATFORM_PAGE.match(tokens[first].text) and all(t.text.islower() for t in tokens[first + 1:end])):
        return []  # "в Telegram-канале (правительства)": a page on a platform names nobody
    if end - first == 1 and wind_direction(doc.text, tokens[first].start, tokens[first].end) \
            or _TEMPERATURE.match(entity.text) or _CHAMPIONSHIP.match(entity.text):
        return []  # "жел 1 м/с, СШ": a weather widget's wind direction; "9 C\nАлматы": its temperature;
        # "На ЧМ-2013 в Алматы": a championship, an event
    if label == "ORG" and end - first > 1 and all(t.text.isupper() for t in tokens[first:end] if t.text.isalpha()) \
            and tokens[end - 1].text.lower() in _REGION_FORMS \
            and _CAPITAL_PLACE_ADJECTIVE.match(tokens[first].text.title()):
        label = "LOC"  # "АКИМ ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ": a region in capitals, no body
    if end - first == 1 and label != "ORG" and ministry_of_field(tokens[first], ru) \
            or end - first == 1 and label == "LOC" and _KAZ_ENTERPRISE.match(tokens[first].text) \
            and not _is_place(tokens[first:end], rules, ru) \
            or label == "LOC" and tokens[end - 1].text in SCHOOL_ABBREVIATIONS:
        label = "ORG"  # "Минцифры подчеркивает": a ministry's short name, no person opening a sentence;
        # "от Казселезащиты": a national enterprise's compound name, no place; "Мичуринская ОШ": a school,
        # not Kyrgyzstan's Osh
    if end - first == 1 and _capitalised_common_word(doc, tokens[first], ru):
        return []  # "15 МАРТА - РЕФЕРЕНДУМ", "УЗНАТЬ БОЛЬШЕ": a banner's or a menu's word in capitals
    if _inside_a_word(doc.text, tokens[first].start, tokens[end - 1].end):
        return []  # "в Instаgram-паблике" typed with a Cyrillic а: the tagger's piece of one word (no span of the
        # Russian news gold touches a letter outside it)
    if (venue := _venue(tokens, first, end)) is not None:
        named = next((k + 1 for k in range(venue + 1, end - 1) if tokens[k].text.lower() in _NAMED_AFTER_WORDS), None)
        # "на Центральном стадионе", "Кайсар Арена": a venue is a building, no body (the news gold's training
        # parts mark none of 10); "стадионе им. П. Атояна": the person it is named after (3 of 3)
        return [] if named is None else _repair_person(doc, index, named, end, rules, ru, previous)
    if label == "ORG" and tokens[first].text.isdigit() \
            and all(t.text.lower() in LEGAL_FORMS for t in tokens[first + 1:end]):
        return []  # "заняты 64 ТОО": a count of companies by their legal form names none
    if label in ("PER", "LOC") and end - first == 1 and tokens[first].lemma in ORG_HEADS_OF_PLACE - NATIONAL_BODIES \
            and not (end < len(tokens) and tokens[end].text[:1].isupper()):
        return []  # "депутаты Маслихата", "в Маслихате работают": a body's noun, capitalised, names no person or
        # place (nor, alone, a body; "Акимат | Актюбинской области" is its region's body)
    if label == "ORG" and (_level_alone(tokens, first, end) or _house_alone(tokens, first, end)
                           or _team_alone(tokens, first, end) or _public_council_alone(tokens, first, end)
                           or _posted_on(doc, tokens, first, end) or _head_of_government(tokens, first, end)):
        return []
    if label == "LOC" and end - first > 1 and tokens[end - 1].text.islower() \
            and tokens[end - 1].lemma in _STREETS_AND_GRAVES:
        return []  # "по Николоямской улице", "на Кунцевском кладбище": a street or a cemetery, which the
        # guidelines do not mark (the news gold has none such; NEREL marks neither a place)
    while label == "ORG" and end - first > 1 and (tokens[first].text.lower() in PLATFORMS
                                                  or tokens[first].lemma in NOT_NAME_ADJECTIVES
                                                  and tokens[first].pos == "ADJ"
                                                  and tokens[first + 1].text[:1].isupper()):
        first += 1  # "в Instagram | Департамента по ЧС", "Знаменитый | Кембриджский университет": the
        # platform the body posts on, the writer's adjective
    if label != "ORG" and (_party_named(tokens, first, end)
                           or label == "PER" and " ".join(t.text for t in tokens[first:end]).lower() in PARTY_NAMES):
        label = "ORG"  # "кандидатами от партии Аманат", "Нур Отан - преобразователь": the party's name,
        # unquoted, no person
    if label != "ORG" and end - first > 1 and _fold(tokens[end - 1].text) in KAZAKH_COUNCIL_NOUNS:
        label = "ORG"  # "среди которых – Курултай, Халык Кенес": a council named in Kazakh, no person
    if end - first > 1 and tokens[first].lemma == _MAUSOLEUM and label != "ORG":
        first, label = first + 1, "PER"  # "Мавзолей Арыстан-баба" opening a sentence: the noun stays out, as below
    if label == "LOC" and first > 0 and tokens[first - 1].lemma == _MAUSOLEUM:
        label = "PER"  # "мавзолея Карахана": a mausoleum is named after whom it holds (the news gold: 5 of 5)
    if label != "ORG" and first > 0 and tokens[first - 1].lemma == _MOSQUE and tokens[first - 1].text.islower() \
            and not _place_genitive(tokens[first].text, rules.places):
        return []  # "мечеть Бекет-Ата", "мечеть Хильвет": a mosque's name, a building (the news gold's training
        # parts: 4 of 4 unmarked; "мечети Шымкента" is the town's)
    if label != "ORG" and first > 0 and tokens[first - 1].lemma == _MICRODISTRICT and tokens[first - 1].text.islower():
        return [_from_tokens(doc, index, first, end, "LOC")]  # "в микрорайоне Алтын Орда": a part of a town, named
    if label != "PER" and first > 0 and tokens[first - 1].text.lower() in ADDRESS_FORMS \
            and tokens[first].text[:1].isupper():
        label = "PER"  # "подчеркнул г-н КАЖИЕВ": a form of address names a person
    if label == "PER" and end - first > 2 and seat_of_power(tokens[first].text) is not None \
            and tokens[first + 1].text[:1].isupper():
        # "пресс-секретарь Акорды | Берик Уали": the seat, then the person
        return [_from_tokens(doc, index, first, first + 1, "ORG"),
                *_repair_person(doc, index, first + 1, end, rules, ru, previous)]
    if (verb := _headline_verb(tokens, first, end, ru)) is not None:
        end = verb  # "В ТУРКЕСТАНЕ ОТКРЫЛСЯ ТУРИСТИЧЕСКИЙ СЕЗОН": a headline in capitals, the name before its verb
        label = "LOC" if _is_place(tokens[first:end], rules, ru) else label
    if label == "ORG" and not any(c.isalpha() for c in entity.text):
        return []  # "на пульт «112»", a page's "18+": a number names no body
    if label == "LOC" and end - first > 1 and tokens[end - 1].text.islower() \
            and (tokens[end - 1].lemma in SETTLEMENT_NOUNS
                 or tokens[end - 1].pos == "NOUN" and tokens[end - 1].feats.get("Case") == "Ins"
                 and _is_place(tokens[first:end - 1], rules, ru)):
        end -= 1  # "реки Чаган | села и дачные кооперативы": the villages along it; "снабжает Риддер | водой"
    if label == "PER" and (quote := next((k for k in range(first + 1, end) if tokens[k].text in "«\"“„"), None)):
        end = quote  # "оперы ... Латифа Хамиди “Абай”": a person's name ends before a quoted title
    if (numeral := next((k for k in range(first + 1, end - 1) if ROMAN_NUMERAL.match(tokens[k].text)
                         and tokens[k + 1].text.islower()), None)) is not None:
        end = numeral  # "Мажилиса | V созыва": a body's convocation, no part of a name (not "Петр I")
    if label == "ORG" and end - first == 2 and first > 0 and tokens[first - 1].text.lower() in ("в", "во") \
            and tokens[first].feats.get("Case") == "Loc" and tokens[end - 1].text.isupper() \
            and _is_place(tokens[first:first + 1], rules, ru):
        return [_from_tokens(doc, index, first, first + 1, "LOC")]  # "В Караганде | ТЭЦ перестала": the town,
        # then a body in it named by its kind alone (one of it would follow in the genitive: "ТЭЦ Караганды")
    team = next((k for k in range(first, end - 1) if tokens[k].lemma in TEAM_WORDS), None)
    if label == "ORG" and team is not None and all(t.text.islower() for t in tokens[first:team + 1]):
        if _is_place(tokens[team + 1:end], rules, ru):
            return [_from_tokens(doc, index, team + 1, end, "LOC")]  # "национальную команду | Таиланда"
        if any(t.text[:1].isupper() or t.text in _QUOTES for t in tokens[team + 1:end]):
            first = team + 1  # "команда | МВД РК": the team is the body's, no part of its name (the news
            # gold's Russian training parts: 0 of 27 teams marked with their noun)
    if label in ("LOC", "PER") and (see := _see_of_a_hierarch(tokens, first, end)) > first:
        if see == end:
            return []  # "митрополитом Астанайским и | Казахстанским": his see, no place
        first, label = see, "PER"  # "Семипалатинский | Амфилохий": the hierarch after his see's adjectives
    if label == "ORG" and end - first > 2 and _place_genitive(tokens[first].text, rules.places) \
            and tokens[first + 1].text.istitle() and tokens[end - 1].feats.get("Case") not in (None, "Gen"):
        body = _from_tokens(doc, index, first + 1, end, label)  # "для Усть-Каменогорска | Государственной
        return [_from_tokens(doc, index, first, first + 1, "LOC"),  # экологической экспертизой": a place, then a body
                *_repair(doc, body, (first + 1, end), index, rules, ru, previous)]
    if label == "ORG" and (quote := _quoted_after_kind(tokens, first, end)) is not None:
        first = quote  # "партии «Ак жол»": the kind is said of the name, not part of it
    if label == "ORG" and end - first > 1 and tokens[first].lemma == _BUILDING and tokens[first + 1].text.islower() \
            and tokens[first + 1].lemma in _BODY_WORDS:
        first += 1  # "Здание | сената парламента Казахстана": the building is no part of the body's name
    if label == "ORG" and end - first == 2 and tokens[first].lemma == _COMMISSION \
            and tokens[first + 1].text[:1].isupper() and not (end < len(tokens) and tokens[end].text == "по"):
        first += 1  # "комиссия | Минздрава выедет": a ministry's commission is its doing, the ministry named
        # (the news gold's training parts: 2 of 2); not one by its field ("комиссии Совета федерации по
        # информационной политике") or of a chamber ("комиссия Палаты общин": NEREL's)
    if label == "ORG" and end - first > 1 and first > 0 and tokens[first].lemma == "правление" \
            and tokens[first - 1].lemma in ("председатель", "член"):
        first += 1  # "Председатель Правления | АО НК «КазМунайГаз»": the board is the post's, not the company's name
    if label == "PER" and end - first == 2 and _adjective_only(tokens[first], ru) \
            and _is_place(tokens[first + 1:end], rules, ru):
        return [_from_tokens(doc, index, first + 1, end, "LOC")]  # "Неизведанный | Шымкент": a title's epithet
    if label == "PER" and town_adjective(tokens[first].text.lower(), rules.places) \
            and not any(p.is_known and _PROPER & p.tag.grammemes for p in ru.parse(normal_word(tokens[first].text))) \
            and not _is_place(tokens[first:end], rules, ru):
        # "Павлодарское Прииртышье" is a place, "Жетысуской | и Улытауской областей" a region listed before the
        # noun they share, "Шымкентская | делегация" no one: a town's adjective opens no person's name
        listed = end < len(tokens) and tokens[end].text in ("и", ",")
        return [_from_tokens(doc, index, first, end, "LOC")] if end - first > 1 or listed else []
    if label == "PER" and end - first > 1 and all(_adjective_only(t, ru) or town_adjective(t.text.lower(), rules.places)
                                                  for t in tokens[first:end]):
        return []  # "Лучшим Кызылординским | аграриям": a headline's adjectives, no name
    if label == "LOC" and all(_initial(t) or t.text == "." for t in tokens[first:end]):
        return []  # "Аким района | Г. | Исмаилов": an initial, not the abbreviation of "город"
    if label == "LOC" and any(_PATRONYMIC.search(t.text) for t in tokens[first + 1:end]) \
            and all(t.text.istitle() for t in tokens[first:end]):
        label = "PER"  # "министру ... Бозумбаеву Канату Алдабергеновичу": a patronymic names a person
    if label == "LOC" and end - first > 1 and tokens[first].text in REGION_ABBREVIATIONS \
            and _is_place(tokens[first + 1:end], rules, ru):
        rest = _from_tokens(doc, index, first + 1, end, "LOC")  # "ВКО | Усть-Каменогорск": a tag line's two places
        return [_from_tokens(doc, index, first, first + 1, "LOC"),
                *_repair(doc, rest, (first + 1, end), index, rules, ru, previous)]
    if label == "LOC" and (post := next((k for k in range(first + 1, end - 1) if tokens[k].text.islower()
                                         and _position(tokens[k])), None)) and tokens[post + 1].text[:1].isupper():
        # "в Усть-Каменогорске | аким | ВКО": a place, a post, a place
        rest = _from_tokens(doc, index, post + 1, end, "LOC")
        return [*_repair(doc, _from_tokens(doc, index, first, post, "LOC"), (first, post), index, rules, ru, previous),
                *_repair(doc, rest, (post + 1, end), index, rules, ru, previous)]
    if label == "ORG" and (post := next((k for k in range(first + 1, end) if tokens[k].text.islower()
                                         and tokens[k].feats.get("Case") == "Nom" and _position(tokens[k])), None)):
        end = post  # "в Службе центральных коммуникаций | вице-министр внутренних дел": the subject's post
    lemmas = _fold(" ".join(t.lemma for t in tokens[first:end]))
    if label == "ORG" and (lemmas in FACILITY_KINDS or _fold(entity.text) in PLANT_KINDS):
        return []  # "еще одной ТЭЦ": any plant
    if label in ("ORG", "LOC") and _league_division(tokens, first, end):
        return []  # "среди команд Премьер-лиги", "Казахстанской Премьер-лиги": a division is a competition
    if label == "ORG" and end - first == 1 and tokens[first].text in CLUB_KINDS:
        return []  # "первых лиц ФК": a club's kind alone names no club
    division = next((k for k in range(first + 1, end) if _fold(" ".join(t.lemma for t in tokens[first:k]))
                     in LEAGUE_DIVISIONS), None) if label in ("ORG", "LOC") else None
    if division is not None and _is_place(tokens[division:end], rules, ru):
        return [_from_tokens(doc, index, division, end, "LOC")]  # "в Премьер-лиге | РК": the country's
    if label == "ORG" and tokens[end - 1].lemma in NOT_ENTITY_KINDS \
            and all(t.pos == "ADJ" for t in tokens[first:end - 1]):
        return []  # "наградил Почетной грамотой": an award
    if label in ("PER", "LOC") and (_HOLIDAY_CASE.sub("", _fold(entity.text)) in HOLIDAYS or end < len(tokens)
                                    and _HOLIDAY_CASE.sub("", _fold(f"{entity.text} {tokens[end].text}")) in HOLIDAYS):
        return []  # "празднованием Курбан Айта": a holiday, or its first word the tagger took ("Курбан | айт")
    if label == "LOC" and end - first > 1 and tokens[first].lemma in ORG_HEADS_OF_PLACE \
            and tokens[first].feats.get("Number") != "Plur" and _is_place(tokens[first + 1:end], rules, ru):
        label = "ORG"  # "Акимат Актау объявил": the tagger's place with its body before it
    if label != "ORG" and (lemmas in STATE_UNIONS or _fold(entity.text) in STATE_UNIONS):
        label = "ORG"  # "страны ЕС", "в Евросоюзе": a union of states, not a place
    if label != "ORG" and end - first == 1 and tokens[first].text.lower() in rules.companies:
        label = "ORG"  # "трудился в Казатомпроме", "рассказали Азаттыку": a listed company or outlet
    if label == "PER" and end - first == 1 and _COUNTRY_BRANCH.match(tokens[first].text):
        label = "ORG"  # "фонда Сорос-Казахстан": a fund's or company's branch in the country, no person
    if label == "LOC" and end - first == 1 and _UNIVERSITY_ABBREVIATION.match(tokens[first].text) \
            and not _is_place(tokens[first:end], rules, ru):
        label = "ORG"  # "учебу в КазНУ", "ЕНУ": a university's abbreviation, not a place
    if seat_of_power(entity.text) is not None:
        label = _seat_label(tokens, first)
    if sum(normal_word(t.text) in BOILERPLATE_WORDS for t in tokens[first:end]) >= min(2, end - first):
        return []  # "Об Агентстве Контакты Реклама Партнеры", "Басты | бет": a site's menu, no name
    if label == "ORG" and end - first == 2 and tokens[first].text.istitle() \
            and (tokens[first].text.lower() in rules.first_names or _CAPS_SURNAME.search(tokens[end - 1].text)) \
            and len(tokens[end - 1].text) > 3 and tokens[end - 1].text.isupper() and is_russian_word(tokens[end - 1].text):
        label = "PER"  # "Абдрахман ЕНСЕГЕН", "Батики ПАЙДИНОЙ": a surname in capitals, no abbreviation
    while end - first > 1 and (normal_word(tokens[first].text) in BOILERPLATE_WORDS
                               or _plural_common_noun(tokens[first], rules, ru, person=label == "PER")
                               or label == "PER" and _address_adjective(tokens[first], rules, ru)
                               or not tokens[first].text.isupper() and _verb(tokens[first], ru)
                               and not (first and tokens[first - 1].text in _QUOTES)
                               or end - first == 2 and _opening_preposition(tokens, first, ru)):
        first += 1  # "Жители СКО", "Читайте Айгуль ...", "Докладывал Аманкул Дюсенбаев", "В Кызылорде",
        # "Уважаемый Бердыбек Машбекович" (an address's adjective); not «Говорит Москва»
    while end - first > 1 and tokens[first].text in _LEADING_MARKS:
        first += 1  # "Фото: Акимат ВКО": the colon after the credit word cut above
    while end - first > 1 and normal_word(tokens[end - 1].text) in WEATHER_WORDS | _CAPTION_WORDS:
        end -= 1  # "в Семее | Пасмурно", "в Уштобе | Скриншот с видео": a widget's or a caption's word after its town
    while end - first > 1 and tokens[end - 1].text.islower() and _verb(tokens[end - 1], ru, ("VERB", "INFN", "PRTS")):
        end -= 1  # "Мади Елеусизов | доложился", "До Рудничного | добраться", "Школы | отремонтированы": no name
        # ends in a verb or a short participle the tagger took in
    while end - first > 1 and tokens[end - 1].text.translate(_CYRILLIC_LOOKALIKES) in _PREPOSITIONS_AFTER_NAMES:
        end -= 1  # "передает BAQ.KZ | cо ссылкой" (a Latin c typed in "со"): a name ends before a preposition
    if first > span[0] and all(t.text.islower() for t in tokens[first:end]):
        return []  # "через Центры | занятости": no name is left after the common noun
    while label == "PER" and end - first > 1 and tokens[end - 1].lemma in CAPITALISED_POSTS:
        end -= 1  # "о назначении Аскара Мамина | Премьер-министром": the post after the name (not "Дик Адвокат")
    if label == "ORG" and (event := _numbered_event(tokens, first, end)) is not None:
        first = event + 1  # "27-м Конгрессе | Всемирной ассоциации ...": a numbered event, held by the body after it
        if first == end or not tokens[first].text[:1].isupper():
            return []
    if label == "ORG" and end - first > 2 and tokens[first + 1].text == "из" and _common_word(tokens[first], rules, ru) \
            and _is_place(tokens[first + 2:end], rules, ru):
        return [_from_tokens(doc, index, first + 2, end, "LOC")]  # "Клуб из Актау": a team called by its town
    if end - first > 1 and label != "ORG" and tokens[first].lemma in _KIND_OF_PLACE_OR_SITE:
        first, label = first + 1, "LOC"  # "Село Степное", "Город Кульсары", "Месторождению Кашаган" opening a sentence
    elif end - first > 1 and label == "LOC" and _line_start(doc, entity) \
            and tokens[first].lemma not in PLACE_NAME_NOUNS and _common_word(tokens[first], rules, ru) \
            and all(p.tag.POS == "NOUN" for p in ru.parse(normal_word(tokens[first].text))) \
            and (_is_place(tokens[first + 1:end], rules, ru)
                 or all("anim" in p.tag for p in ru.parse(normal_word(tokens[first].text)))):
        first += 1  # "Молодёжь Шахтинска", "Жительнице Карабалыка": a common noun opening a sentence before its place
    if label == "ORG" and end - first > 1 and tokens[first].text.istitle() and _line_start(doc, entity) \
            and tokens[first].lemma in SENTENCE_CASE_KINDS \
            and (tokens[first + 1].text[:1].isupper() or tokens[first + 1].text in _QUOTES):
        first += 1  # "Телеканал Хабар", "Партия Nur Otan" opening a line: the kind stays out, as in lower case
        # (the news gold's training parts 42-62: 6 times of 6)
    if label in ("ORG", "LOC") and end - first > 1 and tokens[first].text.istitle() and tokens[first + 1].text[:1].isupper() \
            and tokens[first].text.lower() in _PLACE_WORD_PREPOSITIONS | {"с", "к", "у", "о", "на", "по"}:
        first += 1  # "В ВКО ежегодно ..." opening a headline: the preposition is no part of the name
    if label != "PER" and (len(tokens[first].text) > 1 or end - first > 1 and _spaced(doc, tokens[first], tokens[first + 1])) \
            and _function_word(tokens[first], ru) and not any(t.text[:1].isupper() for t in tokens[first + 1:end]):
        return []  # "Перед врачами и пациентами", "В приграничной", "С 2007" opening a line: no name in it
    if label in ("LOC", "PER") and _PLURAL_ADJECTIVE.match(tokens[first].text) and end < len(tokens) \
            and _line_start(doc, entity) and all(t.text.islower() for t in tokens[first + 1:end + 1]):
        return []  # "Аксуские энергетики", "Мангистауские боксеры": an adjective opening a line before its noun
    if label in ("PER", "LOC") and end - first == 1 and end + 1 < len(tokens) \
            and tokens[end].lemma == "интеллектуальный" and tokens[end + 1].lemma == "школа":
        return [_from_tokens(doc, index, first, end + 2, "ORG")]  # "Назарбаев интеллектуальная школа": a school
    if label == "PER" and end - first == 1 and (_DEMONYM.match(tokens[first].text) or (
            (people := _PLACE_PEOPLE.match(tokens[first].text)) and people[1].lower() in rules.places)):
        return []  # "Семейчане задают вопросы", "Карагандинцы": a town's people, no person's name
    if label != "LOC" and end - first == 1 and riverside_region(tokens[first].text):
        label = "LOC"  # "сфер деятельности Приаралья": a region along the Aral
    if label == "PER" and end - first == 1 and end < len(tokens) and tokens[end].text in _QUOTES \
            and _CAPITAL_PLACE_ADJECTIVE.match(tokens[first].text) and not _after_work_kind(tokens, first):
        return []  # "Костанайский | «Тобол»": the club's town, whose quoted name _quoted_after_place_adjective finds
        # (but "пьесу Островского | «Гроза»": the play's author)
    if label == "ORG" and end - first == 2 and tokens[first].lemma in NOT_NAME_ADJECTIVES \
            and tokens[first + 1].text.islower():
        return []  # "Новой школе в Павлодаре присвоили имя": a new school, no name
    if label in ("ORG", "LOC") and end - first in (2, 3) and _initial(tokens[first]) \
            and tokens[first].text.rstrip(".").lower() not in _TOWN_ABBREVIATIONS \
            and len(tokens[end - 1].text) >= 6 and tokens[end - 1].text.isupper() and tokens[end - 1].text.isalpha() \
            and not _is_place(tokens[end - 1:end], rules, ru):
        label = "PER"  # "заключённые В. ПЕРНИЦКИЙ": an initial and a surname in capitals (not "Г. ПЕТРОПАВЛОВСК")
    if label == "PER" and end - first == 1 and end < len(tokens) and _PLURAL_PLACE_ADJECTIVE.match(tokens[first].text) \
            and tokens[end].text.islower() and tokens[end].pos == "NOUN" and tokens[end].feats.get("Number") == "Plur" \
            and _spaced(doc, tokens[first], tokens[end]):
        return []  # "участником Жанаозенских событий": a place's adjective before its plural noun, no name
    if label == "PER" and end - first == 2 and _UNIT_ABBREVIATION.match(tokens[first + 1].text) \
            and _CAPITAL_PLACE_ADJECTIVE.match(tokens[first].text):
        label = "ORG"  # "сотрудникам Сауранского РОП": a district's adjective and its unit's abbreviation
    if label == "ORG" and end - first > 1 and _line_start(doc, entity) and tokens[first].pos in ("NOUN", "PROPN") \
            and all(t.text.islower() or t.text.isdigit() for t in tokens[first + 1:end]) \
            and tokens[first].lemma not in _BODY_WORDS and _common_word(tokens[first], rules, ru):
        return []  # "Запуск заводов", "Съезд партии" opening a line: a common noun, no kind of body, heads it
    if label == "ORG" and end - first > 2 and _line_start(doc, entity) and tokens[first].pos in ("NOUN", "PROPN") \
            and tokens[first].lemma not in _BODY_WORDS and tokens[first].feats.get("Case") not in (None, "Nom") \
            and _common_word(tokens[first], rules, ru) and tokens[first + 1].text.istitle() \
            and any(t.lemma in _BODY_WORDS and t.text.islower() for t in tokens[first + 2:end]):
        first += 1  # "Коллективу | Бадамшинской средней школы № 1": the common noun opening the line governs the body
        end = (_number_end(tokens, end) if tokens[end - 1].lemma in _BODY_WORDS else None) or end
        entity = _from_tokens(doc, index, first, end, label)
        return _repair(doc, entity, (first, end), index, rules, ru, previous)
    if label in ("ORG", "LOC") and (person := _initialled_surname(doc, tokens, end)) is not None and person > first:
        body = _from_tokens(doc, index, first, person, label)  # "Дома дружбы Э.Толеубеков", "РК Б. Бекбауов"
        return [*_repair(doc, body, (first, person), index, rules, ru, previous),
                _from_tokens(doc, index, person, end, "PER")]
    if label == "LOC" and end - first == 2 and tokens[first].text.istitle() and tokens[end - 1].text.istitle() \
            and any(given.text.lower() in rules.first_names and _SURNAME_SHAPE.match(surname.text)
                    for given, surname in ((tokens[first], tokens[end - 1]), (tokens[end - 1], tokens[first]))) \
            and not _is_place(tokens[first:end], rules, ru):
        label = "PER"  # "главный врач больницы Манас Рамазанов": a first name and a surname, whatever else Манас
        # is; "Второе - Шакенов Абзал (Алматы)": a result list's surname first
    if label == "ORG" and end - first > 1 and tokens[first].lemma in _CAPITAL_LEVELS and tokens[first].text.islower() \
            and tokens[first + 1].lemma == "центр" and (end - first == 2 or tokens[first + 2].text[:1].isupper()):
        # "в областном центре | ЗКО": the region's capital, a town (not "центра дополнительного образования")
        rest = _from_tokens(doc, index, first + 2, end, "LOC") if end - first > 2 else None
        return _repair(doc, rest, (first + 2, end), index, rules, ru, previous) if rest else []
    if label == "LOC" and end - first == 1 and tokens[first].text.islower() and tokens[first].lemma in PLACE_NOUNS:
        return []  # "Аким области ответил": the region's noun alone names none
    if label == "LOC" and end - first >= 3 and _person_after_place(tokens[end - 2], tokens[end - 1], rules):
        place = _from_tokens(doc, index, first, end - 2, "LOC")  # "Аким Нур-Султана | Алтай Кульгинов"
        return [*_repair(doc, place, (first, end - 2), index, rules, ru, previous),
                _from_tokens(doc, index, end - 2, end, "PER")]
    if label == "ORG" and end - first >= 3 and _head_after_body(tokens[end - 3]) \
            and _nominative_person(tokens[end - 2], tokens[end - 1], rules):
        body = _from_tokens(doc, index, first, end - 2, "ORG")  # "библиотечной системы | Сауле Мунсузбаева"
        return [*_repair(doc, body, (first, end - 2), index, rules, ru, previous),
                _from_tokens(doc, index, end - 2, end, "PER")]
    name = _after_place_abbreviation(tokens, first, end) if label != "PER" else None
    if name is not None and (all(t.text.isupper() for t in tokens[name:end]) or _is_place(tokens[name:end], rules, ru)):
        first, label = name, "LOC"  # "ЖИТЕЛЬНИЦА Г. ПЕТРОПАВЛОВСК" tagged whole
    if label == "LOC" and end - first > 2 and tokens[first].text[:1].isupper() \
            and tokens[first].feats.get("Case") in ("Loc", "Dat", "Ins") \
            and all(t.text.islower() and t.feats.get("Case") == "Gen" for t in tokens[first + 1:end]):
        end = first + 1  # "в Бурабае курортной зоны": a phrase in the genitive after a place in another case
        # is none of its name (one word may be: "по улице Даулет керея", a person's title)
    if label == "LOC" and end - first == 2 and (tokens[first].feats.get("Case") in ("Loc", "Dat", "Ins")
                                                or first > 0 and tokens[first - 1].text.lower() in PLACE_PREPOSITIONS) \
            and tokens[end - 1].feats.get("Case") == "Nom" \
            and (tokens[end - 1].text.istitle() or tokens[end - 1].text.islower()) \
            and _common_word(tokens[end - 1], rules, ru):
        end -= 1  # "в Семее Облачность", "в Кушмуруне площадь вырастет": a common noun after a place in another case
    if label == "LOC" and end - first == 2 and tokens[first].feats.get("Case") == "Loc" \
            and tokens[first].pos == "PROPN" \
            and tokens[end - 1].feats.get("Case") == "Nom" and tokens[end - 1].text.istitle() \
            and _is_place(tokens[first:first + 1], rules, ru) and _is_place(tokens[end - 1:end], rules, ru):
        return [_from_tokens(doc, index, first, first + 1, "LOC"),  # "в Нью-Йорке | Казахстан был избран": where,
                _from_tokens(doc, index, end - 1, end, "LOC")]  # then the sentence's subject
    while end - first > 1 and label == "LOC" and tokens[end - 1].text.isdigit():
        end -= 1  # "по улице Абая 35": the house number is no part of the street
    if end - first > 2 and label == "LOC" and tokens[end - 1].lemma in NAMED_TERRITORY_NOUNS \
            and tokens[end - 1].text.islower() and tokens[end - 2].lemma in NAMED_TERRITORY_NOUNS:
        end -= 1  # "в составе Туркестанской области | район Сауран": the next territory's noun
    quoted = first > 0 and tokens[first - 1].text in _QUOTES and tokens[first - 1].end == tokens[first].start
    # (a quote glued to the name opens it; "нет.» Покрывшиеся", "»\nКомедия": one closing what came before)
    if label in ("ORG", "PER") and quoted and (k := _word_before_quoted(tokens, first)) is not None:
        kind = tokens[k]
        if kind.lemma in NOT_ENTITY_KINDS and label == "ORG":  # "шаттлы «Индевор» и «Атлантис»", "фильм «Цирк»"
            return []
        if _names_a_place(tokens, k) and not (tokens[first].feats.get("Case") == "Gen" != kind.feats.get("Case")):
            label = "LOC"  # "станций «Сарыарка» и «Достык»", "Станция «Б. Момышулы»" (a person's name); not the owner in "станция „Водоканала“"
    if end - first == 1:
        token = tokens[first]
        if token.text in REGION_ABBREVIATIONS:
            return [_from_tokens(doc, index, first, end, "LOC")]
        if ROMAN_NUMERAL.match(token.text):
            return []  # "На внеочередном ХХІІ съезде": an ordinal in Roman numerals
        if _law_s_country(tokens, first):
            return []
        if _body_s_country(doc, tokens, first) and not (previous and previous[-1].end > tokens[first - 1].start):
            return [_from_tokens(doc, index, first - 1, end, "ORG")]  # "прессслужбы МКИ РК"
        if token.text in SCHOOL_ABBREVIATIONS and _number_end(tokens, end) is not None:
            return []  # "ОШ №13": a school, which _institutions finds (not the town of Osh)
        if label == "LOC" and (named := _named_by_adjective(doc, index, first, ru)) is not None:
            return [named]  # "на Аксуской электростанции", "Боровского элеватора"
        if first > 0 and tokens[first - 1].lemma == "день" and _common_word(token, rules, ru):
            return []  # "с Днём Независимости": a holiday
        if label == "PER" and _adjective_only(token, ru) and _FULL_ADJECTIVE.search(token.text) \
                and not any("Poss" in p.tag for p in ru.parse(normal_word(token.text))):
            return []  # "встречу с Чрезвычайным и Полномочным Послом": an adjective of a title (not "Мишкина")
        if token.text.isupper() and len(token.text) > 3 and _verb(token, ru, ("VERB", "INFN")):
            return []  # "ПОДЕЛИТЬСЯ": a page's button in capitals
        if token.text.istitle() and _verb(token, ru, ("GRND",)):
            return []  # "Поздравляя коллег, аким ...": a gerund opening a sentence names nobody
        if label != "PER" and token.text.isupper() and len(token.text) > 2 and first > 0 \
                and _given_name(given := tokens[first - 1], rules, ru) and given.text.istitle() \
                and _spaced(doc, given, token) and not (previous and previous[-1].end > given.start):
            return [_from_tokens(doc, index, first - 1, end, "PER")]  # "Инна ПЕДАН, фото ...": a byline
        if label != "ORG" and token.lemma in ORG_HEADS_OF_PLACE and token.text.istitle() \
                and end + 1 < len(tokens) and (tokens[end].text[:1].isupper() and (
                    _is_place(tokens[end:end + 1], rules, ru) or tokens[end + 1].lemma in NAMED_TERRITORY_NOUNS)
                    or tokens[end].lemma in PLACE_NOUNS and tokens[end].text.islower()
                    and tokens[end + 1].text[:1].isupper()):  # "Акимат | области Жетісу"
            return [_from_tokens(doc, index, first, end, "ORG")]  # "Акимат | Атырау" opening a line: the body,
            # which the second join below merges with its place
        lowered = normal_word(token.text)
        if label != "ORG" and token.lemma in NATIONAL_BODIES and token.feats.get("Number") != "Plur":
            label = "ORG"  # "в Мажилисе", "спикер Мажилиса": the country's body, not a place or person
        position = _position(token)
        if lowered in BOILERPLATE_WORDS or token.lemma in PLATFORM_NOUNS or _function_word(token, ru) \
                or (position and (_line_start(doc, entity) or not token.text[:1].isupper())) \
                or (label == "ORG" and _INITIAL.match(token.text)) \
                or (_day_number(tokens, first - 1) and month_number(token.text) is not None):
            return []  # "пункта Г. Муратбаева": an initial; "ПАВЛОДАР. 4 АВГУСТА": a date in capitals
        if label != "LOC" and (lowered in rules.places or f"{lowered} область" in rules.places) \
                and lowered not in rules.first_names and not (quoted and label == "ORG") \
                and not _a_street(tokens, first, end, rules, ru):
            # also "отделилась Абайская": a region named by its adjective; a quoted place
            # the tagger called an organisation is a club or company ("проиграл «Астане»")
            return [_from_tokens(doc, index, first, end, "LOC")]  # "НУР-СУЛТАН, 18 фев": a dateline
        if label != "ORG" and _COMPOUND_BODY.match(token.text):
            label = "ORG"  # "Продкорпорации", "в Нацбюро": a compound of a body noun is a body
        if label == "PER" and _VILLAGE_NAME.match(token.text):
            label = "LOC"  # "Васильковка встречает ...": a village's suffix, no surname's
        if label == "LOC" and (_OBLIQUE_SURNAME.match(token.text) or _MASCULINE_SURNAME.match(token.text)) \
                and lowered not in rules.places and not _may_be_place(token, ru) and not _after_in(tokens, first) \
                and not (first and tokens[first - 1].lemma == "город" and _MASCULINE_SURNAME.match(token.text)):
            label = "PER"  # "инфраструктуры Кажина", "Жагоров": a surname no place list knows (but "города
            # Кунаев": a town named after a person is named in the nominative, a surname would be in the genitive)
        trimmed = _from_tokens(doc, index, first, end, label)
        heads = ORG_HEADS_OF_PLACE | ORG_DESCRIPTORS if label == "ORG" else frozenset()
        coordinated = label == "LOC" and _listed_place_adjective(tokens, first, end)
        if _line_start(doc, trimmed) and not quoted and _common_word(token, rules, ru) and token.lemma not in heads \
                and seat_of_power(token.text) is None and not coordinated:  # "Туркестанская и Челябинская области"
            return []
        if label != "PER" and KAZAKH_PATRONYMIC.search(token.text):
            label = "PER"
    if pair := _dashed_places(doc, entity, rules):
        return pair
    if end - first > 1 and tokens[first].lemma in PLATFORM_NOUNS:
        first += 1  # "Интернет-ресурсе | Министерства экологии": the body, not its site
    if _a_street(tokens, first, end, rules, ru):
        return []
    before = doc.text[max(0, tokens[first].start - 12):tokens[first].start]
    if label != "ORG" and first > 0 and (tokens[first - 1].lemma in _SETTLEMENT_OR_PLACE_NOUNS
                                         or _PLACE_ABBREVIATION_BEFORE.search(before)) \
            and _name_after_place(tokens, first, end, rules, ru):  # "акима г. Темиртау Таурбекова О.К."
        place = _from_tokens(doc, index, first, first + 1, "LOC")
        return [place, *_repair_person(doc, index, first + 1, end, rules, ru, [*previous, place])]
    if label in ("LOC", "ORG") and (person := _initialled_surname(doc, tokens, end)) is not None and person <= first \
            and not after_street_word(tokens, first) and not _PLACE_ABBREVIATION_BEFORE.search(before) \
            and not (previous and previous[-1].end > tokens[person].start):
        return [_from_tokens(doc, index, person, end, "PER")]  # "аким города Н. Турегалиев", "Г. ГОРБАЧЕВУ"
    if _PLACE_ABBREVIATION_BEFORE.search(before) and not re.search(r"\d\s*г\.\s*$", before):  # "2020 г." is a year
        return [_from_tokens(doc, index, first, end, "LOC")]
    if label != "ORG" and _source_after_reporting_verb(doc, tokens, first, end, rules, ru):
        return [_from_tokens(doc, index, first, end, "ORG")]  # "..., передает Казгидромет.": the source is an outlet or body
    if label == "PER":
        return _repair_person(doc, index, first, end, rules, ru, previous)
    if label == "ORG":
        head = next((t for t in tokens[first:end] if t.pos in ("NOUN", "PROPN")), None)
        if any(t.lemma in PARK_WORDS for t in tokens[first:end]) and not any(t.text in _QUOTES for t in tokens[first:end]):
            return [_from_tokens(doc, index, first, end, "LOC")]  # "Центральный парк отдыха": a place
        if end - first > 1 and _SURNAME_SHAPE.match(tokens[end - 1].text) \
                and all(_initial(t) or t.text == "." for t in tokens[first:end - 1]) \
                and not (first and tokens[first - 1].text in _NAMED_AFTER_WORDS | {"."}):
            return [_from_tokens(doc, index, first, end, "PER")]  # "пьесы М. Ауэзова, Г. Мусрепова": initials name a person
        # "Семипалатинского испытательного ядерного полигона": a place; not a mine, which as an ORG
        # may be the enterprise ("сотрудниками Южно-Жезказганского рудника")
        if end - first > 1 and _CAPITAL_PLACE_ADJECTIVE.match(tokens[first].text) \
                and tokens[end - 1].lemma in ADJECTIVE_PLACE_NOUNS - DEPOSIT_NOUNS and tokens[end - 1].text.islower() \
                and all(t.pos == "ADJ" and t.text.islower() for t in tokens[first + 1:end - 1]):
            return [_from_tokens(doc, index, first, end, "LOC")]
        if head is tokens[first] and head.lemma == "карта" and end - first > 1 \
                and (tokens[end - 1].lemma in NAMED_TERRITORY_NOUNS or _is_place(tokens[first + 1:end], rules, ru)):
            return [_from_tokens(doc, index, first + 1, end, "LOC")]  # "Карта Южно-Казахстанской области": a map
        if head is not None and head.lemma in _DOCUMENT_HEADS:  # "Региональная Карта занятости"
            return [_from_tokens(doc, index, first, end, "PROG")]
    if label in ("LOC", "ORG"):
        start = first
        post = next((k for k in range(first, end) if _position(tokens[k])), None)
        if post is not None and post > first and all(t.pos == "ADJ" for t in tokens[first:post]):
            start = post  # "Федерального канцлера Германии": the post's adjectives go with it
        while start < end and _position(tokens[start]):
            start += 1
        if start > first:  # "Экс-аким СКО": what follows the position is repaired on its own
            label = "LOC" if label == "ORG" and (_is_place(tokens[start:end], rules, ru) or end - start == 1
                                                 and _may_be_place(tokens[start], ru)) else label  # "канцлера Германии"
            return _repair(doc, _from_tokens(doc, index, start, end, label), (start, end), index, rules, ru, previous) \
                if start < end and tokens[start].text[:1].isupper() else []
        if 2 <= end - first <= 3 and _person_shaped(tokens[first:end], rules, ru):
            return _repair_person(doc, index, first, end, rules, ru, previous)
    return [_from_tokens(doc, index, first, end, label)]


def _headline_verb(tokens: list[Token], first: int, end: int, ru: RussianLemmatizer) -> int | None:
    """Index of the first verb in the past or present after the first word of a span written
    in capitals: the tagger takes a headline's words for a name ("ТУРКЕСТАНЕ ОТКРЫЛСЯ ...");
    no name in the news gold's headlines in capitals runs on over a verb. pymorphy3 reads the
    word: the tagger's parts of speech fail on capitals ("ОТКРЫЛАСЬ" an adjective)."""
    words = tokens[first:end]
    if len(words) < 2 or not all(t.text.isupper() or not t.text.isalpha() for t in words):
        return None
    return next((first + i for i, t in enumerate(words[1:], 1) if t.text.isalpha() and is_russian_word(t.text)
                 and (parses := ru.parse(normal_word(t.text))) and parses[0].tag.POS == "VERB"), None)


def _source_after_reporting_verb(doc: Document, tokens: list[Token], first: int, end: int, rules: EntityRules,
                                 ru: RussianLemmatizer) -> bool:
    """"..., передает Казгидромет.", "сообщает Курсив": one word closing the clause after a reporting
    verb in the present is the outlet or body that reports, not a person (no surname's shape, no
    first name; "сообщил Карин" is one) nor a place the tagger guessed (no known place)."""
    if end - first != 1 or first == 0:
        return False
    verb, word = tokens[first - 1], tokens[first]
    after = doc.text[word.end:word.end + 1]
    return verb.lemma in REPORTING_VERBS and verb.text.islower() and verb.feats.get("Tense") == "Pres" \
        and after in ("", ".", ",", ";", "\n") and not _SURNAME_SHAPE.match(word.text) \
        and word.text.lower() not in rules.first_names and not _is_place([word], rules, ru)


def _attached_to(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Служба центральных коммуникаций при Президенте РК", "Высшей партийной школе при ЦК
    КПСС", "Совета молодежи при акиме города Алматы": a body attached to another («при» and
    an organisation, or an official or body and its place) is named with it; the organisation
    inside stays a mention ("при реализации проекта" attaches nothing)."""
    tokens = index.tokens
    starts = {e.start: e for e in sorted(entities, key=lambda e: e.end)}  # the longest at each start
    out = []
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" else None
        i = span[1] if span else 0
        if span and i + 1 < len(tokens) and tokens[i].text == _ATTACHED_TO and _spaced(doc, tokens[i - 1], tokens[i]) \
                and _body(entity, index):
            head = tokens[i + 1]
            inner = starts.get(head.start)
            end = inner.end if inner is not None and inner.label == "ORG" else None
            if end is None and (head.lemma in POSITION_WORDS or head.lemma in ORG_HEADS_OF_PLACE | ORG_DESCRIPTORS):
                j = i + 2
                if j + 1 < len(tokens) and tokens[j].text.islower() and tokens[j].lemma in _TOWN_NOUNS:
                    j += 1  # "при акиме | города | Алматы": the town noun stays outside the place
                place = starts.get(tokens[j].start) if j < len(tokens) else None
                end = place.end if place is not None and place.label in ("LOC", "ORG") else head.end
            if end is not None:
                entity = Entity("ORG", doc.text[entity.start:end], entity.start, end, entity.sentence)
        out.append(entity)
    return out


def _reserve_as_body(entity: Entity, index: TokenIndex) -> Entity:
    """A nature reserve or a national park a tagger called a place is an organisation
    (lang/ru/entity_words.py, RESERVE_WORDS); a town's park stays a place."""
    span = index.span(entity) if entity.label == "LOC" else None
    if span is None:
        return entity
    lemmas = {t.lemma for t in index.tokens[span[0]:span[1]]}
    return replace(entity, label="ORG") if lemmas & RESERVE_WORDS or "парк" in lemmas and "национальный" in lemmas \
        else entity


def _kind_in_plural(entity: Entity, index: TokenIndex) -> bool:
    """"на сценах двух городских ДК", "областных и городских ДВД": an abbreviation after a
    plural adjective speaks of bodies of a kind, none named (the news gold's training parts,
    6 of 6 such unmarked)."""
    span = index.span(entity) if entity.label == "ORG" else None
    if span is None or span[0] == 0 or not entity.text.isupper():
        return False
    before = index.tokens[span[0] - 1]
    return before.text.islower() and before.pos == "ADJ" and before.feats.get("Number") == "Plur"


def _with_level(doc: Document, entity: Entity, index: TokenIndex) -> Entity:
    """"городского ДВД", "Региональный ДЧС": the adjective of a body's level before its
    abbreviation, or opening the line, is part of the mention; one in lower case before a
    capitalised name is not ("областного | Управления по ЧС", "регионального | Департамента
    по чрезвычайным ситуациям": the news gold of batches 25 on, 5 times of 6), nor is a
    nationality adjective ("шведской Telia")."""
    span = index.span(entity) if entity.label == "ORG" else None
    if span is None or span[0] == 0 or not entity.text[:1].isupper():
        return entity
    first, before = index.tokens[span[0]], index.tokens[span[0] - 1]
    if before.text.islower() and not first.text.isupper():
        return entity
    if not _LEVEL_ADJECTIVE.match(before.text) or before.pos != "ADJ" or not _spaced(doc, before, index.tokens[span[0]]) \
            or not (before.text.islower() or _line_start(doc, _from_tokens(doc, index, span[0] - 1, span[1], "ORG"))):
        return entity
    return _from_tokens(doc, index, span[0] - 1, span[1], "ORG")


_ANNIVERSARY = re.compile(r"^\d+-лети[еяюи]м?$")  # "100-летия", "50-летию", "30-летием"


def _adjectives_before(doc: Document, tokens: list[Token], start: int,
                       accept: Callable[[Token], bool] = lambda t: True) -> int:
    """Index of the first of the adjectives written right before tokens[start] (spaced,
    each taken by `accept`): where a name's modifiers begin ("Жамбылского областного"); a
    place's adjective the tagger took for a name after a line break ("\nБадамшинской") too; not an
    anniversary the tagger takes for one ("100-летия | городской больницы")."""
    while start > 0 and (tokens[start - 1].pos == "ADJ" or _CAPITAL_PLACE_ADJECTIVE.match(tokens[start - 1].text)) \
            and _spaced(doc, tokens[start - 1], tokens[start]) and accept(tokens[start - 1]) \
            and not _ANNIVERSARY.match(tokens[start - 1].text):
        start -= 1
    return start


def _branches(doc: Document, index: TokenIndex, entities: list[Entity], places: dict[str, str]) -> list[Entity]:
    """"Жамбылского областного филиала партии «X»": a branch word with a place's adjective
    before an organisation names the branch, the organisation's name and kind included (a
    branch is a body of its own, its kind no word said of the name alone); with a level's
    alone it is the organisation's, which alone is named ("областного филиала партии | «Нұр
    Отан»": the news gold's training parts, 3 of 3)."""
    tokens = index.tokens
    found = []
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" else None
        if span is None or span[0] < 2:
            continue
        first = span[0]
        if tokens[first - 1].text.islower() and tokens[first - 1].lemma in ORG_DESCRIPTORS \
                and tokens[first - 1].feats.get("Case") == "Gen" and tokens[first].text in _QUOTES:
            first = _adjectives_before(doc, tokens, first - 1,
                                       lambda t: t.text.islower() and t.feats.get("Case") == "Gen")
            # "филиала | партии | «AMANAT»", "филиалом | общественного объединения | «Лига волонтеров»"
        branch = tokens[first - 1]
        if branch.lemma not in BRANCH_WORDS or branch.feats.get("Number") == "Plur" or not branch.text.islower() \
                or not _spaced(doc, branch, tokens[first]):
            continue
        start = _adjectives_before(doc, tokens, first - 1,
                                   lambda t: t.text.islower() or bool(_CAPITAL_PLACE_ADJECTIVE.match(t.text)))
        if start > 0 and _CAPITAL_PLACE_ADJECTIVE.match(tokens[start - 1].text) \
                and _spaced(doc, tokens[start - 1], tokens[start]):
            start -= 1  # "Рудненское городское представительство": a town's adjective the tagger called no ADJ
        if any(_CAPITAL_PLACE_ADJECTIVE.match(t.text) or town_adjective(t.text, places)
               for t in tokens[start:first - 1]):
            found.append(_from_tokens(doc, index, start, span[1], "ORG"))
    return found


def _after_no_entity_kind(tokens: list[Token], first: int) -> bool:
    """Whether the quoted name that starts at token `first` follows the noun of a vehicle,
    work, award, event or document (NOT_ENTITY_KINDS: "фильм «Цирк»", "звание «...»")."""
    kind = _word_before_quoted(tokens, first)
    return kind is not None and tokens[kind].lemma in NOT_ENTITY_KINDS


def _word_before_quoted(tokens: list[Token], first: int, reach: int = 8) -> int | None:
    """The index of the lower-case word before the quoted name that starts at token `first`, or before
    the list of quoted names it ends ("станций «Сарыарка» и «Достык»": станций, also after a
    dash or colon); None when
    there is none. A kind of work or event keeps its genitive complement between
    ("фестиваль землячества «Страна Азия»": фестиваль)."""
    i = first - 2
    while i > 1 and tokens[i].text in (",", "и") and tokens[i - 1].text in _QUOTES:
        opening = next((k for k in range(i - 2, max(0, i - reach), -1) if tokens[k].text in _QUOTES), None)
        if opening is None:
            return None
        i = opening - 1
    if i > 0 and tokens[i].text in ("–", "—", "-", ":"):
        i -= 1  # "водохранилищ – «Калгуты», «Акмола»": a dash or colon opens the list
    if i < 0 or not tokens[i].text[1:].islower():  # also opening a sentence
        return None
    if i > 0 and tokens[i].feats.get("Case") == "Gen" and tokens[i - 1].lemma in NOT_ENTITY_KINDS:
        return i - 1
    return i


def _names_a_place(tokens: list[Token], k: int) -> bool:
    """Whether the word tokens[k] before a quoted name makes the name a place: a word for a
    place of a town ("стадиона «Жастар»"), or one that is a place only after its adjective
    ("в жилом комплексе «Ривьера»", "магистрального канала «Достык»")."""
    adjectives = PLACE_WORDS_BY_ADJECTIVE.get(tokens[k].lemma, ())
    return tokens[k].lemma in QUOTED_PLACE_WORDS or k > 0 and tokens[k - 1].lemma in adjectives


def _names_a_building(tokens: list[Token], k: int) -> bool:
    """Whether the word tokens[k] before a quoted name makes the name a building's ("стадиона
    «Жастар»", "в жилом комплексе «Ривьера»"), which is no entity; not a national park's."""
    adjectives = BUILDINGS_BY_ADJECTIVE.get(tokens[k].lemma, ())
    return tokens[k].lemma in BUILDING_WORDS and not _national_park(tokens, k) \
        or k > 0 and tokens[k - 1].lemma in adjectives


def _national_park(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a park's noun with «национальный» or «природный» among the two
    words before it ("национальном природном парке"): the state institution, no town's park."""
    return tokens[k].lemma == "парк" and any(t.lemma in _PARK_KINDS for t in tokens[max(0, k - 2):k])


_PARK_KINDS = frozenset({"национальный", "природный"})  # a national or natural park: "природного парка"


def _quoted_reserves(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"резервата «Семей орманы»", "заповедника-музея «Азрет Султан»", "национальном природном
    парке «Алтынемел»": a quoted name after a reserve's noun (RESERVE_WORDS, a reserve-museum) or
    a national park's names the state institution, an ORG with its quotes, the noun left out and
    whatever a tagger made of the name inside dropped (the news gold's training parts mark all
    16 such names so; a town's park is none: _names_a_building, nor, left, the national park
    named again after a bare «парк»); not inside a longer organisation's name ("РГУ
    «Государственный лесной природный резерват «Семей орманы» Комитета ...")."""
    tokens = index.tokens
    out = list(entities)
    for k, token in enumerate(tokens[1:-1], 1):
        noun = tokens[k - 1]
        if token.text not in _QUOTES or not noun.text.islower() \
                or not (any(part in RESERVE_WORDS for part in noun.lemma.split("-")) or _national_park(tokens, k - 1)) \
                or (close := _closing_quote(tokens, k, 8)) is None:
            continue
        reserve = _from_tokens(doc, index, k, close + 1, "ORG")
        if any(e.start < reserve.end and reserve.start < e.end and (e.start < reserve.start or reserve.end < e.end)
               for e in out):
            continue
        out = [e for e in out if not (reserve.start <= e.start and e.end <= reserve.end)] + [reserve]
    return sorted(out, key=lambda e: (e.start, -e.end))


def _names_street(tokens: list[Token], first: int, end: int, places: frozenset[str]) -> bool:
    """Whether tokens[first:end] name a street or square: "на | проспекте Комсомольском",
    "улицы академика Маргулана", "улицы Абая, Кайсенова и Ерубаева", "площади Республики"
    (not "посевные площади Костанайской области", an area). Streets, squares and addresses
    are no entities (data/eval/news/GUIDELINES.md, as NEREL, whose FACILITY they are): a
    street named after a person would count as a place of that name."""
    if end - first > 1 and tokens[first].text.islower() and tokens[first].lemma in STREET_WORDS \
            and tokens[first + 1].text[:1].isupper():
        return True
    if first > 0 and tokens[first - 1].lemma == _SQUARE and tokens[first - 1].text.islower() \
            and tokens[first].lemma not in places and not _CAPITAL_PLACE_ADJECTIVE.match(tokens[first].text):
        return True
    if first > 1 and tokens[first - 1].lemma in STREET_NAME_TITLES and tokens[first - 1].text.islower() \
            and after_street_word(tokens, first - 1):
        return True
    one_name = end - first == 1 or _INITIAL.match(tokens[first].text) \
        or end - first == 2 and tokens[first + 1].text in KAZAKH_HONORIFICS  # "Толе би"
    return after_street_word(tokens, first) or one_name and listed_after_street_word(tokens, first) \
        or _street_range_end(tokens, first)


def _street_range_end(tokens: list[Token], first: int, reach: int = 8) -> bool:
    """Whether token `first` follows «от» or «до» of a stretch along a street ("улицы Куйши
    Дина от | М. Жумабаева до | проспекта ...", "улице Айтеке би от | Сыганак до | К.
    Мухамедханова"): the ends are cross streets, no people. The street word comes at most
    `reach` tokens before «от», in the same sentence."""
    i = first - 1
    if i >= 0 and tokens[i].text == "до":
        i = next((k for k in range(i - 1, max(-1, i - reach), -1) if tokens[k].text == "от"), -1)
    if i < 1 or tokens[i].text != "от":
        return False
    for k in range(i, max(0, i - reach), -1):
        if after_street_word(tokens, k):  # "ул. | Абая от", "улиц | от"
            return True
        if tokens[k - 1].text in (".", ";", "!", "?"):
            return False
    return False


def _a_street(tokens: list[Token], first: int, end: int, rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """Whether tokens[first:end] name a street, not the town whose streets they are ("на улицах
    Бангкока")."""
    return _names_street(tokens, first, end, rules.places) and not (
        first > 0 and town_of_streets(tokens[first - 1], tokens[first], tokens[end] if end < len(tokens) else None,
                                      tokens[first].lemma in rules.places, ru))


def town_of_streets(street: Token, name: Token, after: Token | None, known_place: bool,
                    ru: RussianLemmatizer) -> bool:
    """Whether `name` after a plural street word or "набережная" is the town whose streets
    they are, not a street's name ("на улицах Бангкока", "набережной Павлодара"): a known
    place or a word pymorphy3 reads first as a place, and no list of streets ("на улицах
    Абая и Кунаева")."""
    if street.feats.get("Number") != "Plur" and street.lemma != _EMBANKMENT \
            or after is not None and after.text in ("и", ","):
        return False
    parses = ru.parse(normal_word(name.text)) if is_russian_word(name.text) else []
    return known_place or bool(parses) and parses[0].is_known and "Geox" in parses[0].tag


def after_street_word(tokens: list[Token], first: int) -> bool:
    """Whether a street word stands right before token `first`: "ул. Абая", "на улице
    Бауыржана Момышулы" (a name in the genitive there is a street, not a person). A dot
    after a whole street word ends its sentence: "на многих улицах. Бахыт Султанов" is no
    street."""
    i = first - 1
    dot = i >= 0 and tokens[i].text == "."
    # "по 9 улицам: Подгорная, Пушкина, ...", "о двух улицах – Байтурсынова и ...": a list of them
    colon = i >= 0 and tokens[i].text in (":", "–", "—")
    i -= dot or colon
    if i < 0:
        return False
    word = tokens[i].text.lower().rstrip(".")
    if dot or tokens[i].text.endswith("."):
        return word in _STREET_ABBREVIATIONS
    return (tokens[i].lemma in STREET_WORDS or word in STREET_WORDS) \
        and not (colon and tokens[i].feats.get("Number") != "Plur")


def listed_after_street_word(tokens: list[Token], first: int, items: int = 12) -> bool:
    """Whether token `first` goes on a list of streets a street word opens: "улицы Абая,
    Кайсенова и Ерубаева", "улиц Б. Момышулы, Курмангазы", "в контуре улиц Монке би –
    Момышулы – Райымбека" (the block between them; each name one word, with an initial before
    it or a Kazakh honorific after it)."""
    i = first
    for _ in range(items):
        if i < 2 or tokens[i - 1].text not in (",", "и", "–", "—"):
            return False
        j = i - 2  # the last word of the name before the comma or "и"
        if tokens[j].text in KAZAKH_HONORIFICS:
            j -= 1
        if j < 0 or not tokens[j].text[:1].isupper() or not tokens[j].text.replace("-", "").isalpha():
            return False
        if j >= 2 and tokens[j - 1].text == "." and len(tokens[j - 2].text) == 1:
            j -= 2  # its initial
        if after_street_word(tokens, j):
            return True
        i = j
    return False


def _places_on_own_lines(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules) -> list[Entity]:
    """"  • Семей\n    -11°\n  • Алматы": a Kazakhstani town alone on its line (a bullet aside),
    as a site's weather or city menu lists them, or opening a headline before a colon
    ("Шымкент: в новом учебном году ..."), is a place; the taggers, with no sentence around
    it, miss it; so is one ending a by-line after its author's name ("Любовь Доброта,
    Туркестан")."""
    taken = [(e.start, e.end) for e in entities]
    bylines = {e.end for e in entities if e.label == "PER"}
    out = []
    for i, token in enumerate(index.tokens):
        if rules.places.get(token.text.lower()) != token.text \
                or not (_at_line_end(doc, token.end) or doc.text.startswith(":", token.end)):
            continue
        line = doc.text[doc.text.rfind("\n", 0, token.start) + 1:token.start]
        author = line.endswith(", ") and token.start - 2 in bylines and _at_line_end(doc, token.end)
        if (line.strip(" \t•·*-–—") and not author) or any(s < token.end and token.start < e for s, e in taken):
            continue
        out.append(_from_tokens(doc, index, i, i + 1, "LOC"))
    return out


# three words in capitals on a line, no lower-case letter between them
_CAPITALS_WORDS = re.compile(r"\b[А-ЯЁ]{3,}\b[^a-zа-яё\n]*?\b[А-ЯЁ]{3,}\b[^a-zа-яё\n]*?\b[А-ЯЁ]{3,}\b")


def _on_capital_lines(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules,
                      ru: RussianLemmatizer) -> list[Entity]:
    """A headline in capitals ("МЕДИЦИНСКИЕ ОРГАНИЗАЦИИ В СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ РАБОТАЮТ В
    ШТАТНОМ РЕЖИМЕ", "ПОЕТ И ТАНЦУЕТ КЫЗЫЛОРДА"), on which the tagger sees every word as a
    name: its mentions of dictionary words alone go ("ШТАТНОМ РЕЖИМЕ", "ЛЕТ"), and the
    gazetteer's places on it, a region by its adjective and noun too, a district by any place
    adjective and its noun ("ШИЕЛИЙСКИЙ РАЙОН") and a word pymorphy3 knows only as a place
    ("В ЛОНДОНЕ"), are places."""
    tokens = index.tokens
    starts = [t.start for t in tokens]
    out, found = list(entities), []
    for match in re.finditer(r"[^\n]+", doc.text):
        words = [w for w in re.findall(r"[^\W\d_]+", match.group()) if len(w) > 2]
        if len(words) < 3 or not all(w.isupper() for w in words):
            continue
        line_start, line_end = match.span()
        line = range(bisect_left(starts, line_start), bisect_left(starts, line_end))
        out = [e for e in out if not (line_start <= e.start < line_end and (span := index.span(e)) is not None and (all(
            not t.text.isalpha() or _dictionary_word(t.text, rules, ru) for t in tokens[span[0]:span[1]])
            or _townspeople(tokens[span[0]:span[1]], rules, ru)))]
        for k in line:
            word = tokens[k].text.lower()
            place = rules.places.get(word)
            end = k + 1
            if k + 1 in line and tokens[k + 1].text.lower().startswith("област"):  # "СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ"
                adjective = next((word[:-len(ending)] + "ая" for ending in ("ой", "ая", "ую") if word.endswith(ending)), "")
                if (region := rules.places.get(f"{adjective} область")) is not None:
                    place, end = region, k + 2
            elif k + 1 in line and tokens[k + 1].text.lower().startswith("район") \
                    and _CAPITAL_PLACE_ADJECTIVE.match(name_case(tokens[k].text)):
                place, end = tokens[k].text, k + 2  # "ШИЕЛИЙСКИЙ РАЙОН", "ШАРДАРИНСКОГО РАЙОНА"
            if place is None and len(word) > 3 and _is_place(tokens[k:k + 1], rules, ru):
                place = tokens[k].text  # "В ЛОНДОНЕ"
            if place is not None and not any(
                    e.start < tokens[end - 1].end and tokens[k].start < e.end for e in out):
                found.append(_from_tokens(doc, index, k, end, "LOC"))
    return [*out, *found]


def _townspeople(tokens: list[Token], rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """"САРЫАГАШСКИЕ КРЕСТЬЯНЕ", "АКТЮБИНСКИЕ ВРАЧИ" in a headline in capitals: a place's
    adjective before a plural noun for people names no one."""
    if len(tokens) != 2 or not _PLURAL_PLACE_ADJECTIVE.match(name_case(tokens[0].text)) \
            or not _dictionary_word(tokens[1].text, rules, ru):
        return False
    parses = ru.parse(normal_word(tokens[1].text.lower()))
    return all(p.tag.POS == "NOUN" and "plur" in p.tag and "anim" in p.tag for p in parses)


def _dictionary_word(word: str, rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """A word in capitals that is a common word of the dictionary once lower-cased ("ШТАТНОМ"),
    no place, first name or abbreviation of four letters or fewer ("ЕНУ")."""
    low = normal_word(word.lower())
    if len(word) <= 4 or low in rules.places or low in rules.first_names or not is_russian_word(low):
        return False
    parses = ru.parse(low)
    return bool(parses) and all(p.is_known and not (_PROPER & p.tag.grammemes) for p in parses)


_SOVIET_REPUBLIC = re.compile(r"^(?:[А-ЯЁ][а-яё]{1,5}ССР|СССР)$")  # КазССР, УзССР, КиргССР


def _the_republic(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Президент Республики Казахстан К.-Ж. Токаев", "Кубка РК", "Дню Независимости Республики
    Казахстан": the country, which the tagger loses among initials, posts and holidays, is a
    place wherever no mention holds it (the news gold: 7 such of 7), but inside a quoted name
    («Отличник культуры РК»: an award's) or after a code's abbreviation ("статьи 269 УК РК":
    the law's name, 6 of 6 unmarked). After a body's abbreviation that no mention holds it
    is part of the body's name ("фото прессслужбы МКИ РК": the news gold writes "МВД РК",
    "НЯЦ РК" inside one organisation 24 times of 24). So is a Soviet republic by its
    abbreviation ("деятель науки КазССР", "АН КазССР"), which the tagger does not know."""
    tokens = index.tokens
    taken = [(e.start, e.end) for e in entities]
    found = []
    for i, token in enumerate(tokens):
        end = i + 1 if token.text == "РК" or _SOVIET_REPUBLIC.match(token.text) \
            else i + 2 if token.lemma == "республика" and token.text.istitle() \
            and i + 1 < len(tokens) and tokens[i + 1].text.startswith("Казахстан") else None
        if end is None or any(s < tokens[end - 1].end and token.start < e for s, e in taken):
            continue
        if _in_open_quote(doc, token.start) or _law_s_country(tokens, i):
            continue
        body = end == i + 1 and _body_s_country(doc, tokens, i) \
            and not any(s < tokens[i - 1].end and tokens[i - 1].start < e for s, e in taken)
        found.append(_from_tokens(doc, index, i - 1, end, "ORG") if body else _from_tokens(doc, index, i, end, "LOC"))
    return found


def _see_of_a_hierarch(tokens: list[Token], first: int, end: int) -> int:
    """Where the place adjectives of a hierarch's title that open tokens[first:end] end, the
    title before them or another of its adjectives and «и» ("митрополитом Астанайским и |
    Казахстанским Александром"); `first` when there are none."""
    k = first - 1
    while k > 1 and tokens[k].text == "и" and _CAPITAL_PLACE_ADJECTIVE.match(tokens[k - 1].text):
        k -= 2
    if k < 0 or tokens[k].lemma not in CHURCH_TITLES:
        return first
    see = first
    while see < end and (_CAPITAL_PLACE_ADJECTIVE.match(tokens[see].text) or tokens[see].text == "и" and see > first):
        see += 1
    return see


def _overlapping_bodies_joined(doc: Document, entities: list[Entity]) -> list[Entity]:
    """"[Центральная комиссия] референдума РК" and "Центральная [комиссия референдума РК]":
    two organisations the taggers found over a shared word are one, from the first's start
    to the second's end."""
    out: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        prior = next((e for e in reversed(out)
                      if e.label == "ORG" and e.start < entity.start < e.end < entity.end), None)
        if entity.label == "ORG" and prior is not None and "\n" not in doc.text[prior.start:entity.end]:
            out.remove(prior)
            entity = Entity("ORG", doc.text[prior.start:entity.end], prior.start, entity.end, prior.sentence)
        out.append(entity)
    return out


def _international_bodies(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"договор о создании ТЮРКСОЙ", "саммит ШОС": a body of many states by its abbreviation
    in capitals is an organisation wherever no mention holds it (the news gold marks all 88
    of its training parts' such abbreviations)."""
    taken = [(e.start, e.end) for e in entities]
    return [_from_tokens(doc, index, i, i + 1, "ORG") for i, token in enumerate(index.tokens)
            if token.text.isupper() and _fold(token.text) in INTERNATIONAL_BODIES
            and not any(s < token.end and token.start < e for s, e in taken)]


def _seat_label(tokens: list[Token], first: int) -> str:
    """A seat of power at tokens[first] is the building after a preposition of place or a
    building's noun ("в Кремле", "в холле Акорды"), else the power it seats: ORG."""
    at_building = first > 0 and (tokens[first - 1].text.lower() in PLACE_PREPOSITIONS
                                 or tokens[first - 1].lemma in BUILDING_NOUNS)
    return "LOC" if at_building else "ORG"


def _seats_of_power(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Фото: Акорда", "со ссылкой на Акорду": a seat of power in one capitalised word is named
    wherever no mention holds it (the news gold marks all 9 of its training parts' Акорда),
    where the tagger saw no name in a photo's credit."""
    taken = [(e.start, e.end) for e in entities]
    return [_from_tokens(doc, index, i, i + 1, _seat_label(index.tokens, i)) for i, token in enumerate(index.tokens)
            if token.text[:1].isupper() and seat_of_power(token.text) is not None
            and not any(s < token.end and token.start < e for s, e in taken)]


def _body_s_country(doc: Document, tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is the "РК" of a body's abbreviation ("МКИ РК"), part of its name."""
    return tokens[i].text == "РК" and i > 0 and _body_abbreviation(tokens[i - 1].text) \
        and _spaced(doc, tokens[i - 1], tokens[i])


def _body_abbreviation(text: str) -> bool:
    """A body's abbreviation in capitals ("МКИ", "ДКНБ"), not a region's (СКО) nor a code's (УК)."""
    return bool(_CAPITALS_ABBREVIATION.match(text)) and text not in REGION_ABBREVIATIONS \
        and text not in CODE_ABBREVIATIONS


def _bodies_by_region(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"ДКНБ по СКО", "ДЧС по Атырауской области": a body's abbreviation before «по» and a
    place is the territorial body, named with its territory (the news gold, 8 times of 8),
    where no mention holds the abbreviation but one of it alone, which goes."""
    tokens = index.tokens
    found, alone = [], set()
    for place in entities:
        span = index.span(place) if place.label == "LOC" else None
        if span is None or span[0] < 2 or tokens[span[0] - 1].text != "по":
            continue
        abbreviation = tokens[span[0] - 2]
        if not _body_abbreviation(abbreviation.text) or abbreviation.text == "РК" \
                or normal_word(abbreviation.text) in NOT_NAMES:
            continue
        holders = [e for e in entities if e.start < abbreviation.end and abbreviation.start < e.end]
        if any(e.label != "ORG" or (e.start, e.end) != (abbreviation.start, abbreviation.end) for e in holders):
            continue
        alone.update((e.start, e.end) for e in holders)
        found.append(_from_tokens(doc, index, span[0] - 2, span[1], "ORG"))
    return [e for e in entities if (e.start, e.end) not in alone] + found


def _law_s_country(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is the "РК" of a code's name ("статьи 269 УК РК"): no place."""
    return tokens[i].text == "РК" and i > 0 and tokens[i - 1].text in CODE_ABBREVIATIONS




def _dashed_places(doc: Document, entity: Entity, rules: EntityRules) -> list[Entity]:
    """"Астана–Алматы", "Бахты–Аягоз", "Жезказган-Бейнеу": a route between two known places
    joined by a dash or hyphen is two places (a hyphenated name is one: Усть-Каменогорск,
    whose parts are no places); a place the tagger found may pair a known place with a
    district centre no list knows ("Жезказган-Бейнеу"), not with an adjective
    ("Петропавловск-Камчатский"); empty when the mention is no such pair."""
    parts = re.split(r"[–—-]", entity.text)
    if len(parts) != 2 or entity.text.lower() in rules.places or not all(p and p == p.strip() for p in parts) \
            or _COMPOUND_HALF.match(parts[0]) and parts[0].lower() not in rules.places \
            or any(" " in p and p.lower() not in rules.places for p in parts):
        return []  # "От Северо-Казахстана до Аризоны": a compound's first half in -о, no place; "Трасса
        # Астана-Караганда" opening a sentence: the road's word, which split_routes takes off
    known = [p.lower() in rules.places for p in parts]
    if not all(known) and not (entity.label == "LOC" and any(known) and all(
            p[:1].isupper() and not re.search(r"(ий|ый|ой|ая|ое|ые|ие)$", p) for p in parts)):
        return []
    second = entity.start + len(parts[0]) + 1
    return [Entity("LOC", parts[0], entity.start, entity.start + len(parts[0]), entity.sentence),
            Entity("LOC", parts[1], second, entity.end, entity.sentence)]


def _repair_person(doc: Document, index: TokenIndex, first: int, end: int, rules: EntityRules,
                   ru: RussianLemmatizer, previous: list[Entity]) -> list[Entity]:
    tokens = index.tokens
    text = doc.text
    before = text[:tokens[first].start].rstrip(" ")
    after = text[tokens[end - 1].end:].lstrip(" ")
    if before.endswith(("«", "„", "“", '"')) and after.startswith(("»", "“", "”", '"')):
        return [_from_tokens(doc, index, first, end, "ORG")]  # «Аманат»: a quoted name is no person
    if end - first == 1 and first > 0 and tokens[first - 1].lemma in OFFICE_WORDS \
            and not _SURNAME_SHAPE.match(tokens[first].text) and tokens[first].text.lower() not in rules.first_names:
        return [_from_tokens(doc, index, first, end, "ORG")]  # "пресс-служба Акорды", not "пресс-служба Кадырова"
    if end - first == 1 and tokens[first].lemma in NATIONAL_BODIES:
        return [_from_tokens(doc, index, first, end, "ORG")]  # "Спикер Мажилиса": the chamber, no surname
    if (first > 0 and tokens[first - 1].text.islower() and tokens[first - 1].lemma in _TRACT_OR_LAKE) \
            or (end - first == 1 and first > 0 and tokens[first - 1].text == "от" and end + 1 < len(tokens)
                and tokens[end].text == "до" and tokens[end + 1].text[:1].isupper()
                and not _SURNAME_SHAPE.match(tokens[first].text)):
        return [_from_tokens(doc, index, first, end, "LOC")]  # "урочища Туюк Су", "озера Неклюдова", "от Медео до
        # Шымбулака": places
    if end - first > 2 and tokens[end - 2].text.islower() and tokens[end - 2].lemma in _TOWN_NOUNS \
            and all(t.pos == "ADJ" for t in tokens[first:end - 2]):
        return [_from_tokens(doc, index, end - 1, end, "LOC")]  # "Шахтерскому городу | Сатпаеву": the town
    if end - first == 1 and _after_in(tokens, first) and tokens[first].text.endswith(("е", "и")):
        return [_from_tokens(doc, index, first, end, "LOC")]  # "в родной Новоишимке", "в тогдашнем Гурьеве"
    if end - first == 1 and (named := _named_by_adjective(doc, index, first, ru)) is not None:
        return [named]
    brackets = [i for i in range(first, end) if tokens[i].text in "()"]
    if brackets:  # "Лоханин (Виноградов)": a name and the one in brackets are two persons
        bounds = [first - 1, *brackets, end]
        return [e for a, b in zip(bounds, bounds[1:]) if b > a + 1
                for e in _repair_person(doc, index, a + 1, b, rules, ru, previous)]
    commas = [i for i in range(first, end) if tokens[i].text == ","]
    if commas:  # "Айгуль Сейткалиева, Нур-Султан": a byline; the city is a place
        comma = commas[0]
        out = _repair_person(doc, index, first, comma, rules, ru, previous) if comma > first else []
        if comma + 1 < end:
            rest = tokens[comma + 1:end]
            label = "LOC" if _is_place(rest, rules, ru) or _at_line_end(doc, tokens[end - 1].end) else "PER"
            out.append(_from_tokens(doc, index, comma + 1, end, label))
        return out
    if all(_position(t) and (t.text.islower() or t.lemma in CAPITALISED_POSTS) for t in tokens[first:end]):
        return []  # "Как отметил Премьер-министр": a post, no name (but "позиция Адвоката": a surname)
    if all(_initial(t) or t.text == "." for t in tokens[first:end]):
        return []  # "Сотрудник Б., работая ...": a name withheld
    if any(c.isdigit() for c in text[tokens[first].start:tokens[end - 1].end]):
        return [_from_tokens(doc, index, first, end, "LOC")]  # "Самал-3": a microdistrict; no name has a digit
    if _is_place(tokens[first:end], rules, ru):
        return [_from_tokens(doc, index, first, end, "LOC")]
    if end - first >= 3 and first > 0 and tokens[first - 1].lemma in NAMED_TERRITORY_NOUNS \
            and normal_word(tokens[first].text) in rules.places:  # "акима области Абай Болата Абдралиева"
        place = _from_tokens(doc, index, first, first + 1, "LOC")
        return [place, *_repair_person(doc, index, first + 1, end, rules, ru, [*previous, place])]
    prior = previous[-1] if previous else None
    if prior is not None and prior.label == "PER" and text[prior.end:tokens[first].start].strip() == "," \
            and _at_line_end(doc, tokens[end - 1].end) and not _initial(tokens[first]) \
            and not (end - first > 1 and _person_shaped(tokens[first:end], rules, ru)) \
            and not (_SURNAME_SHAPE.match(tokens[first].text) and normal_word(tokens[first].text) not in rules.places):
        return [_from_tokens(doc, index, first, end, "LOC")]  # the city of a byline the tagger split off
        # (not a second name: "фото Аманкула Дюсенбаева, Еркебулана Укибаева", a line-up's "Морец, Сахибов")
    out = []
    start = first + _name_start(tokens[first:end], rules, ru)
    if start == first + 1 and end - first == 2 and _first_name_spelt_as_place(doc, tokens, first, rules):
        start = first
    places = [i for i in range(first, start) if _is_place([tokens[i]], rules, ru) or _region_adjective(tokens, i, rules)
              or i > first and _region_adjective(tokens, i - 1, rules)
              or tokens[i].text[:1].isupper() and normal_word(tokens[i].text) in rules.places]
    if places:
        out.append(_from_tokens(doc, index, places[0], places[-1] + 1, "LOC"))
    out += [_from_tokens(doc, index, i, i + 1, "ORG") for i in range(first, start)  # "депутат Мажилиса Майра Айсина"
            if tokens[i].lemma in NATIONAL_BODIES and tokens[i].feats.get("Number") != "Plur"]
    if start > first and end - start == 1 and (_is_place(tokens[start:end], rules, ru) or (
            all(_position(t) for t in tokens[first:start]) and _adjective_only(tokens[start], ru))):
        return [*out, _from_tokens(doc, index, start, end, "LOC")]  # "Аким Туркестана", "Экс-акиму Заречного"
    if start == first and first > 1 and tokens[first - 1].text in _HAJJ and tokens[first - 2].text.istitle() \
            and _spaced(doc, tokens[first - 2], tokens[first - 1]) and _spaced(doc, tokens[first - 1], tokens[first]):
        out.append(_from_tokens(doc, index, first - 2, end, "PER"))  # "Наурызбай кажы | Таганулы"
    elif start == first and _first_name_left_out(doc, index, first, end, rules, ru, previous):
        out.append(_from_tokens(doc, index, first - 1, end, "PER"))
    else:
        start = _initials_before(doc, tokens, start) if start == first else start
        out.append(_from_tokens(doc, index, start, end, "PER"))
    return out


def _names_in_religion(doc: Document, entities: list[Entity], ru: RussianLemmatizer) -> list[Entity]:
    """"митрополит Геннадий (Бурдюжа)", "священноисповедника Амвросия (Полянского)": a cleric's
    name in religion and his surname in brackets after it are one person (the news gold's
    training parts: 5 of 5), not a line-up's "Макаров (Григоренко)", a player and the one who
    came on (the first word is a given name by its likeliest reading and no surname's shape), nor a
    name and its spelling in another script ("Марио (何猷君)", "ДЖЕЙ-ЗИ (JAY-Z)")."""
    out: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        prior = out[-1] if out else None
        if prior is not None and prior.label == entity.label == "PER" and doc.text[prior.end:entity.start] == " (" \
                and doc.text[entity.end:entity.end + 1] == ")" and _CYRILLIC_WORD.match(prior.text) \
                and _CYRILLIC_WORD.match(entity.text) and not _SURNAME_SHAPE.match(prior.text) \
                and (parses := ru.parse(normal_word(prior.text))) and "Name" in parses[0].tag:
            out[-1] = Entity("PER", doc.text[prior.start:entity.end + 1], prior.start, entity.end + 1, prior.sentence)
        else:
            out.append(entity)
    return out


def _numbered_event(tokens: list[Token], first: int, end: int) -> int | None:
    """The index of an event's noun that opens tokens[first:end] after its number, inside the
    span or right before it ("27-го | Конгресса", "XV съезда"), or None."""
    event = first + 1 if _NUMBERED.match(tokens[first].text) \
        else first if first and _NUMBERED.match(tokens[first - 1].text) else None
    return event if event is not None and event < end and tokens[event].lemma in EVENT_NOUNS else None


def _law_title(tokens: list[Token], first: int, end: int) -> bool:
    """A quote inside the span opens with «О»/«Об» and a lower-case word: a law's or a
    decree's title ("«О бюджете города ...»", "«Об автомобильном транспорте»")."""
    return any(tokens[i].text in _CLOSING_QUOTE and tokens[i + 1].text in ("О", "Об", "Обо")
               and tokens[i + 2].text.islower() for i in range(first, end - 2))


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """A letter touches text[start:end] on either side."""
    return start > 0 and text[start - 1].isalpha() or end < len(text) and text[end].isalpha()


def _person_after_place(given: Token, surname: Token, rules: EntityRules) -> bool:
    """The last two words of a place the tagger ran on are a person: a surname no place list
    knows after a first name, or after a town's name in the nominative that is one too
    ("Нур-Султана Алтай Кульгинов")."""
    return bool(_SURNAME_SHAPE.match(surname.text)) and surname.text.lower() not in rules.places \
        and given.text[:1].isupper() and (given.text.lower() in rules.first_names
                                           or rules.places.get(given.text.lower()) == given.text)


def _head_after_body(token: Token) -> bool:
    """A lower-case word a person's name can follow inside an ORG the tagger ran on: the
    body's own noun ("системы | Сауле ..."), not "имени" that names it after the person."""
    return token.text.islower() and token.text.isalpha() and token.text not in ("имени", "им")


def _nominative_person(given: Token, surname: Token, rules: EntityRules) -> bool:
    """A first name in the nominative and a surname-shaped word right after a body's noun: a
    person of their own ("руководитель библиотечной системы Сауле Мунсузбаева"); a body named
    after a person takes the name in the genitive ("университета Сулеймана Демиреля")."""
    readings = rules.first_names.get(given.text.lower(), {})
    return given.text.istitle() and any(case == "nomn" for _, case in readings) \
        and bool(_SURNAME_SHAPE.match(surname.text)) and surname.text.lower() not in rules.places


def _first_name_spelt_as_place(doc: Document, tokens: list[Token], first: int, rules: EntityRules) -> bool:
    """"председатель маслихата Шалкар Байбеков": a town's name that declines, left in its
    nominative before a name, with no place noun or preposition to govern it, is the
    person's first name (a place after a body would be in the genitive: "маслихата
    Шалкара"); the news gold marks all 4 such as one person, and splits "аким города
    Шымкент Мурат ...", "в Экибастуз Асаин ...", "Республики Казахстан Нурсултан ..."."""
    token = tokens[first]
    if rules.places.get(token.text.lower()) != token.text or token.text[-1] in "аяеёиоуыэюь":
        return False
    if first == 0:
        return True
    before = tokens[first - 1]
    return before.lemma not in _KIND_OF_PLACE | {"республика"} \
        and before.text.lower() not in PLACE_PREPOSITIONS | _PLACE_WORD_PREPOSITIONS \
        and not _PLACE_ABBREVIATION_BEFORE.search(doc.text[max(0, token.start - 12):token.start])


def _name_after_place(tokens: list[Token], first: int, end: int, rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """"акима поселка Зачаганск Курмангали Байгаржанова", "акима г. Темиртау Таурбекова О.К.":
    after a place noun or abbreviation, one word names the place and a person's name follows
    it (a first name and another word, or a surname and initials); two words alone
    may be a place named after a person ("село Наги Ильясова"). A surname no place list
    knows opens a name written surname first ("области Ныгметовым Талгатом Рахимовичем"). A post
    names no place ("активу города | Премьер-министром | Олжасом Бектеновым")."""
    word, rest = tokens[first], tokens[first + 1:end]
    if len(rest) < 2 or not rest[0].text[:1].isupper() or _position(word) or (
            (word.text.lower() in rules.first_names or _SURNAME_SHAPE.match(word.text))
            and normal_word(word.text) not in rules.places):
        return False
    if _SURNAME_SHAPE.match(rest[0].text) and all(_INITIAL.match(t.text) or t.text == "." for t in rest[1:]):
        return True
    return _given_name(rest[0], rules, ru) and rest[1].text[:1].isupper() or _person_shaped(rest, rules, ru)


# the hajji's honorific in both spellings, part of the person's name ("Наурызбай кажы Таганулы":
# the news gold, 2 of 2)
_HAJJ = (HAJJ, russian_spelling(HAJJ))


def _first_name_left_out(doc: Document, index: TokenIndex, first: int, end: int, rules: EntityRules,
                         ru: RussianLemmatizer, previous: list[Entity]) -> bool:
    """"Жанне Бекқызы", "деятель Икрам Адырбеков": the capitalised word right before a
    surname the tagger found alone is its first name when a list knows it as one or an
    earlier person of the text opened with it, or when the surname has a surname's shape or is
    written in capitals ("Саламат САБЫР") and the word is no place or title, nor a dictionary
    word opening a sentence (inside one, its capital says name: Икрам, not "икрам")."""
    if first == 0 or not _spaced(doc, index.tokens[first - 1], index.tokens[first]):
        return False
    word = index.tokens[first - 1]
    if not word.text[:1].isupper() or (previous and previous[-1].end > word.start):
        return False
    if word.text.lower() in rules.first_names or any(e.label == "PER" and e.text.startswith(word.text + " ")
                                                     for e in previous):
        return True
    surname = index.tokens[first].text
    return end - first == 1 and bool(_SURNAME_SHAPE.match(surname) or surname.isupper() and len(surname) > 3) \
        and word.text.isalpha() \
        and not word.text.isupper() and is_russian_word(word.text) \
        and not (_opens_sentence(doc, word.start) and _common_word(word, rules, ru)) \
        and not _function_word(word, ru) and not _position(word) and not _may_be_place(word, ru) \
        and normal_word(word.text) not in rules.places and word.lemma not in ORG_HEADS_OF_PLACE | NATIONAL_BODIES


def _person_shaped(tokens: list[Token], rules: EntityRules, ru: RussianLemmatizer) -> bool:
    """"Жанслу ТУРЕМУРАТОВА" tagged ORG: capitalised words, a listed first name first or a
    Russian-pattern surname last, no place and no kind of organisation among them."""
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tokens) \
            or any(t.lemma in ORG_DESCRIPTORS | ORG_HEADS_OF_PLACE or _may_be_place(t, ru) for t in tokens):
        return False
    return tokens[0].text.lower() in rules.first_names or \
        (bool(_SURNAME_SHAPE.match(tokens[-1].text)) and tokens[0].pos not in ("ADJ", "DET"))


def _at_line_end(doc: Document, offset: int) -> bool:
    rest = doc.text[offset:].split("\n", 1)[0]
    return not rest.strip(" .;:—–-")


def _join_split_names(doc: Document, entities: list[Entity], index: TokenIndex, rules: EntityRules,
                      ru: RussianLemmatizer) -> list[Entity]:
    """"Алтая Кульгинова", "Касым-Жомарт Токаев" tagged LOC + PER: a one-word mention right
    before a person's name is the first name when a list knows it as one or it is no place;
    "Нагашыбек | Канатбаев" tagged as two persons: a first name and the surname after it, and
    "Сержан | Жакиянович Чайжунусов": a first name and the patronymic (and surname) after it."""
    out: list[Entity] = []
    for entity in entities:
        prior = out[-1] if out else None
        person = index.span(entity)
        patronymic = person is not None and person[1] - person[0] in (1, 2) and prior is not None \
            and prior.label == "PER" and index.tokens[person[0]].text.istitle() \
            and _PATRONYMIC.search(index.tokens[person[0]].text) is not None
        if prior is not None and entity.label == "PER" and prior.label in ("LOC", "ORG", "PER") and person \
                and (person[1] - person[0] == 1 or patronymic) and _only_spaces(doc.text[prior.end:entity.start]) \
                and (span := index.span(prior)) and span[1] - span[0] == 1:
            token, surname = index.tokens[span[0]], index.tokens[person[0]]
            if patronymic:
                first_name = token.text.istitle()
            elif prior.label == "PER":
                first_name = bool(_SURNAME_SHAPE.match(surname.text)) and not _SURNAME_SHAPE.match(token.text) \
                    and token.text.istitle()
            else:
                first_name = token.text[:1].isupper() and (token.text.lower() in rules.first_names or (
                    _SURNAME_SHAPE.match(surname.text) and prior.label == "LOC" and not _may_be_place(token, ru)
                    and normal_word(token.text) not in rules.places))  # "В Жезказгане Альназарова"
            if first_name:
                out[-1] = Entity("PER", doc.text[prior.start:entity.end], prior.start, entity.end, prior.sentence)
                continue
        out.append(entity)
    return out


# in any case: Мубараковича, Ивановну, Кенжеевной
_PATRONYMIC = re.compile(r"(вич\w{0,3}|вн[аыеу]|вной|ичн[аыеу]|ичной|(?:ұлы|қызы|улы|кызы)\w{0,3})$")
# the words a credit or a byline opens with, right before the name ("Фото: ", "Подготовила ")
_BYLINE_CUE = re.compile(r"(?:\b[Фф]ото|\bАвтор|\bПодготовил[аи]?|\bТекст)[ \t]*:?[ \t]*$")


def _surnames_before_names(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules,
                           ru: RussianLemmatizer) -> list[Entity]:
    """"Ныгыметов Гани Сактаганович", "ИВАНОВА Марина Петровна": in orders and lists the
    surname comes first, which the tagger leaves out of the first name and patronymic or
    tags apart; a capitalised word right before them that may be a surname joins them, not
    after a kin word ("вдова Ельцина Наина Иосифовна" is Ельцин's widow) nor a settlement's
    noun (the village's name)."""
    tokens = index.tokens
    out: list[Entity] = []
    for entity in entities:
        span = index.span(entity) if entity.label == "PER" else None
        if span is not None and span[1] - span[0] == 2 and span[0] > 0 and _PATRONYMIC.search(tokens[span[1] - 1].text):
            word = tokens[span[0] - 1]
            joined = [e for e in out if e.end > word.start]
            kin = span[0] > 1 and tokens[span[0] - 2].pos == "NOUN" and tokens[span[0] - 2].text.islower() \
                and tokens[span[0] - 2].feats.get("Animacy") == "Anim" and not _position(tokens[span[0] - 2])
            # "села | Кособа | Ерген Тойгожаулы", "района | Сарайшык | Максат Саматулы": the place's name
            town = span[0] > 1 and tokens[span[0] - 2].lemma in _SETTLEMENT_OR_PLACE_NOUNS
            if not kin and not town and _spaced(doc, word, tokens[span[0]]) and word.text.isalpha() \
                    and len(word.text) > 2 \
                    and (word.text.istitle() or word.text.isupper()) \
                    and all(e.start == word.start and e.end == word.end for e in joined) \
                    and not (_position(word) or _function_word(word, ru)) \
                    and (_SURNAME_SHAPE.match(word.text) or not (_common_word(word, rules, ru) or _may_be_place(word, ru)
                                                                  or normal_word(word.text) in rules.places)):
                out = [e for e in out if e not in joined]
                entity = Entity("PER", doc.text[word.start:entity.end], word.start, entity.end, entity.sentence)
        out.append(entity)
    return out


def _listed_names(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules) -> list[Entity]:
    """"Президента Касым-Жомарта Токаева" the tagger missed: a listed first name (any case)
    followed by a capitalised surname-shaped word (and a patronymic) is a person; after a
    photo credit or a byline's cue any capitalised word will do ("Фото: Асель Турар")."""
    taken = [(e.start, e.end) for e in entities]
    tokens = index.tokens
    found = []
    for i, token in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if not (token.text[:1].isupper() and token.text.lower() in rules.first_names and nxt.text[:1].isupper()
                and _spaced(doc, token, nxt) and (
                    _SURNAME_SHAPE.match(nxt.text)
                    or nxt.text.isalpha() and _BYLINE_CUE.search(doc.text, max(0, token.start - 16), token.start))) \
                or _names_street(tokens, i, i + 2, rules.places):
            continue  # (a street named after a person is no one: "по ул. Касыма Кайсенова")
        end = i + 2
        if end < len(tokens) and _spaced(doc, tokens[end - 1], tokens[end]) \
                and _PATRONYMIC.search(tokens[end].text):
            end += 1
        start, stop = token.start, tokens[end - 1].end
        if not any(s < stop and start < e for s, e in taken):
            found.append(Entity("PER", doc.text[start:stop], start, stop, doc.sentence_at(start)))
            taken.append((start, stop))
    return found


def _surnames_again(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Ахметжанов о «Комфортных школах»" after "Нурлан Ахметжанов": a surname alone, in any
    case form, of a person the article names in full is that person where the tagger found
    nothing (not after «имени» or a street's word, nor after a capitalised word whose name
    it would end)."""
    surnames = {surname_stem(e.text.split()[-1]) for e in entities
                if e.label == "PER" and len(e.text.split()) > 1 and _SURNAME_SHAPE.match(e.text.split()[-1])}
    if not surnames:
        return []
    taken = [(e.start, e.end) for e in entities]
    tokens = index.tokens
    found = []
    for i, token in enumerate(tokens):
        if not token.text.istitle() or not _SURNAME_SHAPE.match(token.text) \
                or surname_stem(token.text) not in surnames \
                or any(s < token.end and token.start < e for s, e in taken):
            continue
        before = tokens[i - 1] if i else None
        if before is not None and (before.text[:1].isupper() and not _opens_sentence(doc, token.start)
                                   or before.text.lower().rstrip(".") in _NAMED_AFTER_WORDS
                                   or after_street_word(tokens, i)):
            continue
        found.append(_from_tokens(doc, index, i, i + 1, "PER"))
    return found


def _without_honorific(doc: Document, index: TokenIndex, entity: Entity) -> Entity:
    """"Абылай хана", "Ескельды би": a person's span less the khan's, hero's or judge's title
    after the name (a place named after one keeps it: "село Отеген батыр")."""
    span = index.span(entity) if entity.label == "PER" else None
    if span is None or span[1] - span[0] < 2 or index.tokens[span[1] - 1].text not in HONORIFIC_TITLES:
        return entity
    return _from_tokens(doc, index, span[0], span[1] - 1, "PER")


def _without_opening_post(doc: Document, index: TokenIndex, entity: Entity) -> Entity | None:
    """"встреча Председателя Сената Парламента", "Атаман РОО СКСК": a post capitalised out of
    respect before a body is a person's, no word of the body's name (the news gold's training
    parts open no organisation with a post); posts of bodies in lower case after it ("Руководители
    | городских управлений Астаны") name no one body."""
    span = index.span(entity) if entity.label == "ORG" else None
    if span is None:
        return entity
    first, end = span
    while end - first > 1 and index.tokens[first].lemma in POSITION_WORDS and index.tokens[first].text[:1].isupper() \
            and not index.tokens[first].lemma.endswith(("ий", "ый", "ой")):  # not "Управляющая компания"
        first += 1
    if first == span[0]:
        return entity
    return None if index.tokens[first].text.islower() else _from_tokens(doc, index, first, end, "ORG")


# "«Кайрат» - «Каспий» 5:1", "«Кайсар» – «Актобе» – 0:2": two quoted names a dash joins before
# a score are a match's two teams (the news gold: 9 such pairs of 9, each team an ORG)
_FIXTURE = re.compile(r"(?P<home>[«\"][^«»\"\n]{1,30}[»\"])[ \t]?[-–—][ \t]?(?P<away>[«\"][^«»\"\n]{1,30}[»\"])"
                      r"[ \t]*(?:[-–—][ \t]*)?\d{1,2}:\d{1,2}")


def _fixtures(doc: Document, index: TokenIndex) -> list[Entity]:
    """"«Кайрат» - «Каспий» 5:1": the teams of a match's score, each an ORG inside its quotes
    (as the tagger marks a quoted name, which _quoted_again then finds elsewhere)."""
    return [Entity("ORG", match[side][1:-1], start, end, doc.sentence_at(start))
            for match in _FIXTURE.finditer(doc.text) for side in ("home", "away")
            if (start := match.start(side) + 1) in index.starts and (end := match.end(side) - 1) in index.ends]


def _surnames_taken_for_bodies(entities: list[Entity]) -> list[Entity]:
    """"ЛРТ в Астане откроется в сентябре — Касымбек" in the article of "аким столицы Женис
    Касымбек": a word taken for a body (here for the site after a page title's dash), written
    as the surname of a person the article names in full, is that person (a town named after
    one, "в Сатпаеве", is the tagger's place, and stays)."""
    surnames = {e.text.split()[-1] for e in entities if e.label == "PER" and len(e.text.split()) > 1}
    return [replace(e, label="PER") if e.label == "ORG" and e.text in surnames and e.text.istitle() else e
            for e in entities]


def _initialled_names(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"В.П. Магазинщиков" the tagger missed: initials and a surname are a person."""
    taken = [(e.start, e.end) for e in entities]
    found = []
    for end in range(2, len(index.tokens) + 1):
        if (start := _initialled_surname(doc, index.tokens, end)) is None:
            continue
        person = _from_tokens(doc, index, start, end, "PER")
        if not any(s < person.end and person.start < e for s, e in taken) \
                and not _names_street(index.tokens, start, end, frozenset()):  # "улицы Абая, Ш. Уалиханова"
            found.append(person)
    return found


def _capitalised_surnames(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules,
                          ru: RussianLemmatizer) -> list[Entity]:
    """"аким города Абай ИБРАЕВ", "Алмат РОМАНКУЛОВ": regional papers print the surname in
    capitals, which the tagger reads as a place or misses; a capitalised word that is no
    dictionary, function or position word before a surname-shaped word in capitals (inside
    a sentence a dictionary word too: "документации Мира АБУОВА"), or a listed first name
    before any word in capitals ("Дархан МЫНБАЙ"), is a person, in place of the mentions
    inside the pair (a body that runs into it ends before); after a patronymic the person is
    the one the patronymic ends ("Нину Ивановну КАРЯКИНУ")."""
    tokens = index.tokens
    for i, token in enumerate(tokens[:-1]):
        surname = tokens[i + 1]
        if not (surname.text.isupper() and len(surname.text) > 3 and surname.text.isalpha()
                and (_SURNAME_SHAPE.match(surname.text) or token.text.lower() in rules.first_names)
                and token.text.istitle() and token.text.isalpha() and _spaced(doc, token, surname)) \
                or _position(token) or _function_word(token, ru) \
                or (token.text.lower() not in rules.first_names and _common_word(token, rules, ru)
                    and not (_SURNAME_SHAPE.match(surname.text) and i and tokens[i - 1].text.islower())):
            continue
        start, stop = token.start, surname.end
        if _PATRONYMIC.search(token.text):
            start = next((e.start for e in entities if e.label == "PER" and e.end == token.end), start)
        if any(e.start < stop and start < e.end and e.end > stop for e in entities):
            continue
        person = Entity("PER", doc.text[start:stop], start, stop, doc.sentence_at(start))
        kept = []
        for e in entities:
            if e.end <= start or e.start >= stop:
                kept.append(e)
            elif e.start < start and e.label != "PER":  # "маслихата Аккали АУБЕКЕРОВ" tagged one body
                head = doc.text[e.start:start].rstrip()
                kept.append(Entity(e.label, head, e.start, e.start + len(head), e.sentence))
        entities = [*kept, person]
    return entities


def _with_tail(doc: Document, index: TokenIndex, entity: Entity) -> Entity:
    """Words the taggers leave after a name: a Kazakh honorific in lower case after a place
    or person ("Отеген батыр", "Бекарыстан би", "Акана серэ"), a Roman numeral after a place
    ("Геологическое I"), the Kazakh noun of a village's name after its first word ("Жана
    дала", "Жылы су": a place, whatever the tagger called the first word), and the noun after
    a place's adjective, which is no name alone ("Аксуский район", "Абайского сельского
    округа", "Мангистауского региона"; any adjective before a rural district's: "Рудничного
    сельского округа", the news gold 2 of 2); with a mine's or an enterprise's noun the two
    are the body ("на Тишинском руднике", "Костанайскую епархию"); a body's name the tagger
    ended on an adjective goes on to its noun ("Балхаш-алакольской межобластной | бассейновой
    инспекции"); and the Kazakh size or age word before a village ("Киши | Байсерке")."""
    span = index.span(entity) if entity.label in ("LOC", "PER", "ORG") else None
    if span is None:
        return entity
    tokens, end, label = index.tokens, span[1], entity.label
    if label == "ORG":
        return _with_field_of_study(doc, index, _with_body_noun(doc, index, entity, span))
    if end < len(tokens) and tokens[end].text in KAZAKH_HONORIFICS:
        end += 1
    elif label == "LOC" and end < len(tokens) and ROMAN_NUMERAL.match(tokens[end].text):
        end += 1  # "на месторождениях Геофизическое XI и ...": a field's number is part of its name
    elif end < len(tokens) and span[1] - span[0] == 1 and tokens[end].text in KAZAKH_PLACE_WORDS:
        end, label = end + 1, "LOC"
    elif entity.label == "LOC" and ((place := bool(_CAPITAL_PLACE_ADJECTIVE.match(tokens[end - 1].text)))
                                    or _CAPITAL_ADJECTIVE.match(tokens[end - 1].text)):
        while end < len(tokens) and tokens[end].pos == "ADJ" and tokens[end].text.islower() and end - span[1] < 2:
            end += 1
        noun = tokens[end] if end < len(tokens) else None
        end = end + 1 if noun is not None and noun.text.islower() and noun.lemma in ADJECTIVE_PLACE_NOUNS \
            and (place or noun.lemma in DEPOSIT_NOUNS or noun.lemma == _RURAL_DISTRICT and end > span[1]) else span[1]
    if label == "LOC" and end - span[0] > 1 and tokens[end - 1].lemma in MINE_WORDS | _ADJECTIVE_BODY_NOUNS \
            and tokens[end - 1].text.islower():
        label = "ORG"  # "на Тишинском руднике": the news gold 7 of 7; "в Костанайскую епархию": 10 of 10
    first = span[0]
    if label == "LOC" and first > 0 and tokens[first - 1].text in KAZAKH_PLACE_PREFIXES \
            and _spaced(doc, tokens[first - 1], tokens[first]):
        first -= 1  # "жители | Киши Байсерке": the size word opens the village's name
    if (first, end, label) == (*span, entity.label) or not all(_spaced(doc, tokens[k - 1], tokens[k])
                                                               for k in range(span[1], end)):
        return entity
    return _from_tokens(doc, index, first, end, label)


def _place_before_body(doc: Document, index: TokenIndex, entity: Entity, places: Container[str]) -> list[Entity]:
    """"строительства в Аркалыке | общеобразовательной школы": a tagger's organisation opening
    on a place the gazetteer knows, in the prepositional case after «в»/«на», whose next word
    stands in another case, is the place where, then the rest, a body only with a name (a
    capital or a quote after its first word); not "в Центре бокса"."""
    span = index.span(entity) if entity.label == "ORG" else None
    if span is None or span[1] - span[0] < 2 or span[0] == 0:
        return [entity]
    tokens = index.tokens
    first, second = tokens[span[0]], tokens[span[0] + 1]
    if tokens[span[0] - 1].text.lower() not in ("в", "во", "на") or not first.text.istitle() \
            or first.feats.get("Case") != "Loc" or second.feats.get("Case") in ("Loc", None) \
            or not second.text.islower() or normal_word(first.text) not in places:
        return [entity]
    rest = tokens[span[0] + 1:span[1]]
    named = any(t.text[:1].isupper() or t.text in _QUOTES for t in rest[1:])
    return [_from_tokens(doc, index, span[0], span[0] + 1, "LOC"),
            *([_from_tokens(doc, index, span[0] + 1, span[1], "ORG")] if named else [])]


def _with_body_noun(doc: Document, index: TokenIndex, entity: Entity, span: tuple[int, int]) -> Entity:
    """A body's name that ends on an adjective in lower case, taken on over at most two more
    adjectives to the body's noun that agrees with it ("Континентальной хоккейной | лиги": a
    league that names its clubs' union, no division)."""
    tokens, end = index.tokens, span[1]
    last = tokens[end - 1]
    if last.pos != "ADJ" or not last.text.islower() or end - span[0] < 2:
        return entity
    while end < len(tokens) and end - span[1] < 2 and tokens[end].pos == "ADJ" and tokens[end].text.islower():
        end += 1
    noun = tokens[end] if end < len(tokens) else None
    if noun is None or noun.lemma not in _BODY_WORDS | {_LEAGUE} or not noun.text.islower() \
            or noun.feats.get("Case") != last.feats.get("Case") \
            or not all(_spaced(doc, tokens[k - 1], tokens[k]) for k in range(span[1], end + 1)):
        return entity
    return _from_tokens(doc, index, span[0], end + 1, "ORG")


def _with_field_of_study(doc: Document, index: TokenIndex, entity: Entity) -> Entity:
    """"Сарыкольский колледж | агробизнеса и права", "театр | оперы и балета": a college's,
    university's, institute's or theatre's field, a noun in the genitive the tagger left out,
    and the fields joined to it by «и» are part of its name (not a place's noun: "колледжа
    города" is the town's, nor a year's); so is the trade a house of culture was built for
    ("ДК | энергетиков")."""
    span = index.span(entity)
    tokens = index.tokens
    if span is None or span[1] >= len(tokens):
        return entity
    trade = tokens[span[1] - 1].text == _HOUSE_OF_CULTURE
    if tokens[span[1] - 1].lemma not in _SCHOOLS_OF_A_FIELD and not trade:
        return entity
    field = tokens[span[1]]
    if field.pos != "NOUN" or not field.text.islower() or field.feats.get("Case") != "Gen" \
            or field.feats.get("Number") != ("Plur" if trade else "Sing") or field.lemma in _NOT_A_FIELD \
            or not _spaced(doc, tokens[span[1] - 1], field):
        return entity
    return _from_tokens(doc, index, span[0], _coordinated_field_end(tokens, span[1] + 1), "ORG")


def _district_adjective(token: Token) -> bool:
    """"Рудничного": a capitalised adjective in the genitive, as a rural district's name agrees
    with "сельского округа" (a village before it is a noun: "Атаконыс сельского округа")."""
    return token.pos == "ADJ" and token.feats.get("Case") == "Gen" and bool(_CAPITAL_ADJECTIVE.match(token.text))


def _listed_place_adjective(tokens: list[Token], first: int, end: int) -> bool:
    """"Карагандинской, | Акмолинской областей", "Туркестанская и | Челябинская области": a
    place's adjective alone, listed before another; the noun they share comes after both, so
    neither is the name of a body before it ("акиматам | Карагандинской, Акмолинской
    областей")."""
    return end - first == 1 and bool(_CAPITAL_PLACE_ADJECTIVE.match(tokens[first].text)) and end + 1 < len(tokens) \
        and tokens[end].text in (",", "и") and bool(_CAPITAL_PLACE_ADJECTIVE.match(tokens[end + 1].text))


def _split_territory(doc: Document, index: TokenIndex, entity: Entity) -> list[Entity]:
    """"Атажурт Абайского сельского округа", "Атаконыс сельского округа": a village and the
    district or region it belongs to (in the genitive after it) are two places; the
    district is one only with its name ("сельского округа" alone is none, nor is a count of
    them: "Три района")."""
    span = index.span(entity) if entity.label == "LOC" else None
    if span is None or span[1] - span[0] < 2:
        return [entity]
    tokens = index.tokens
    noun = tokens[span[1] - 1]
    genitive = noun.feats.get("Case") == "Gen" or tokens[span[1] - 2].text.endswith(("ого", "ой"))  # "округа": or plural
    if not noun.text.islower() or noun.lemma not in NAMED_TERRITORY_NOUNS | {_RURAL_DISTRICT} or not genitive:
        return [entity]
    k = span[1] - 1
    while k > span[0] and tokens[k - 1].pos == "ADJ" and tokens[k - 1].feats.get("Case", "Gen") == "Gen" \
            and (tokens[k - 1].text.islower() or _CAPITAL_PLACE_ADJECTIVE.match(tokens[k - 1].text)):
        k -= 1
    if k == span[0] or _CAPITAL_PLACE_ADJECTIVE.match(tokens[k - 1].text) or not tokens[k - 1].text[:1].isupper() \
            or k - 1 == span[0] and _district_adjective(tokens[k - 1]):
        return [entity]  # "Рудничного сельского округа": the district's own adjective, no village
    if all(t.pos == "NUM" for t in tokens[span[0]:k]):
        return []
    out = [_from_tokens(doc, index, span[0], k, "LOC")]
    if _CAPITAL_PLACE_ADJECTIVE.match(tokens[k].text):
        out.append(_from_tokens(doc, index, k, span[1], "LOC"))
    return out


def _named_place(doc: Document, entity: Entity, index: TokenIndex, entities: list[Entity],
                 places: dict[str, str], ru: RussianLemmatizer) -> Entity:
    """A name right after a settlement or deposit noun is a place ("в ауле Наги Ильясова",
    named after a person; "месторождение Акшабулак", not after one its adjective names:
    "угольного месторождения | Аппака Байжанова"; not after a position: "аким села Ерлан ..."
    may name the akim; nor after one resident: "жительница села Динора Сафарова", the news
    gold 3 of 3, where "жители села Саин Шапагатов" is the village); a region or district
    named by a noun takes the noun in ("области Жетысу", "района «Сарыарка»": the
    official names; a region only if it is one of the three so named: "в области | Талгар" is
    a town in it, whatever a tagger makes of its name: "В области Абай генеральный
    прокурор", "Абай" tagged as an adjective), but not a declined town ("в районе Донецка"
    is near it), an adjective ("района Акмолинской области"), a region's abbreviation ("в другом районе | ВКО": its
    district) nor a district a city's adjective names ("лондонском районе Тоттенем", though a district of
    Kazakhstan named by a noun takes its noun after one: "столичном районе Байконыр"); one
    named after a person only after «им.» or
    a preposition ("в районе Магжана Жумабаева", not "аким района Ерлан Ахметов")."""
    span = index.span(entity) if entity.label in ("LOC", "PER") else None
    if span is None or span[0] < 1:
        return entity
    tokens = index.tokens
    first, j = tokens[span[0]], span[0] - 1
    quoted = tokens[j].text in _CLOSING_QUOTE
    j -= quoted
    if j >= 1 and tokens[j].text == "." and tokens[j - 1].text == "им":  # "района им. Габита Мусрепова"
        j -= 2
    elif tokens[j].text in _NAMED_AFTER_WORDS:
        j -= 1
    if j < 0:
        return entity
    noun = tokens[j]
    if not noun.text.islower() or "\n" in doc.text[noun.end:first.start]:
        return entity
    if entity.label == "PER" and j == span[0] - 1 and (_settlement_noun(noun) or noun.lemma in DEPOSIT_NOUNS
                                                      and not (j and tokens[j - 1].pos == "ADJ")) \
            and not (j and (_position(tokens[j - 1]) or _one_resident(tokens[j - 1]))):
        return _from_tokens(doc, index, span[0], span[1], "LOC")
    rural = 0 < j == span[0] - 1 - quoted and noun.lemma == "округ" and tokens[j - 1].lemma == "сельский" \
        and tokens[j - 1].text.islower()
    opening = j - rural  # "в сельском округе Батыр": a rural district's noun is two words (the news gold, 3 of 4;
    # one named after a person opens at «им.», as the older gold has it)
    if noun.lemma not in NAMED_TERRITORY_NOUNS and not rural or noun.feats.get("Number") == "Plur" \
            or noun.lemma == "область" and _fold(first.text).replace("i", "і") not in REGIONS_NAMED_BY_NOUNS \
            or _CAPITAL_PLACE_ADJECTIVE.match(first.text) or first.pos == "ADJ" and noun.lemma != "область" \
            or first.text in REGION_ABBREVIATIONS \
            or (opening and tokens[opening - 1].pos == "ADJ" and tokens[opening - 1].lemma not in NOT_NAME_ADJECTIVES
                and (tokens[opening - 1].text.islower() and _fold(first.text) not in NOUN_NAMED_DISTRICTS
                     or _CAPITAL_PLACE_ADJECTIVE.match(tokens[opening - 1].text))) \
            or (entity.label == "PER" and j == span[0] - 1 - quoted
                and not (opening and tokens[opening - 1].pos == "ADP")
                and not (span[1] - span[0] == 1 and normal_word(first.text) in places)):  # "акима области Абай"
        return entity
    if entity.label == "LOC" and not quoted and (
            (span[1] - span[0] == 1 and is_russian_word(first.text)
             and _declined_place(ru.parse(normal_word(first.text))))
            or (noun.lemma == "район" and j and tokens[j - 1].text.lower() in ("в", "во", "на")
                and (normal_word(first.text) not in places or _place_genitive(first.text, places))
                and _fold(first.text) not in NOUN_NAMED_DISTRICTS)):
        return entity  # "в районе Вонсан", "в районе Риддера": near it
    end = span[1] + (quoted and span[1] < len(tokens) and tokens[span[1]].text in _QUOTES)
    new = _from_tokens(doc, index, opening, end, "LOC")
    if any(e is not entity and e.start < noun.end and noun.start < e.end and not (e.start <= new.start and new.end <= e.end)
           and not (e.label == "LOC" and e.start < noun.start and e.end == noun.end)  # "Актогай области | Абай"
           for e in entities):
        return entity
    return new


def _villages_listed(doc: Document, index: TokenIndex, entities: list[Entity], ru: RussianLemmatizer) -> list[Entity]:
    """"сёл Жарсуат и Бөдене", "Это сёла: Акжол, Кавыншы Южный, Г.Муратбаев", "поселков-спутников
    Торетам и Акай": the names listed right after a settlement noun in the plural are each a
    village, one named after a person too, whatever the tagger made of them (the news gold's
    training parts mark every name of such lists a place: "аулы Енбекши, Жиделиарык, Бестам, А.
    Тажибаева")."""
    tokens = index.tokens
    at = {e.start: k for k, e in enumerate(entities)}
    out = list(entities)
    for i, token in enumerate(tokens[:-1]):
        if not token.text.islower() or not _settlement_noun(token) or not _plural(token, ru):
            continue
        j = i + 1 + (tokens[i + 1].text == ":")
        while j < len(tokens) and (k := at.get(tokens[j].start)) is not None and (span := index.span(out[k])):
            if out[k].label == "PER":
                out[k] = _from_tokens(doc, index, span[0], span[1], "LOC")
            if span[1] + 1 >= len(tokens) or tokens[span[1]].text not in (",", "и"):
                break
            j = span[1] + 1
    return out


def _settlement_noun(token: Token) -> bool:
    """A settlement's noun, a compound's first part too ("посёлок-спутник")."""
    return token.lemma.partition("-")[0] in SETTLEMENT_NOUNS


def _declined_place(parses: tuple) -> bool:
    """A word read in the genitive and never as a place in the nominative: "в районе Донецка"
    is near the town, but "района Астана" is the district (pymorphy3 also reads "Астана" as
    the genitive of the name "Астан")."""
    return any(p.is_known and "gent" in p.tag for p in parses) \
        and not any("Geox" in p.tag and "nomn" in p.tag for p in parses)


def _plural(token: Token, ru: RussianLemmatizer) -> bool:
    """A noun in the plural, by the tagger or, where it gave no number ("аулы"), by every
    reading pymorphy3 has of the word."""
    if "Number" in token.feats:
        return token.feats["Number"] == "Plur"
    parses = ru.parse(normal_word(token.text))
    return bool(parses) and all("plur" in p.tag for p in parses)


def _places_in_lists(doc: Document, entities: list[Entity], index: TokenIndex, rules: EntityRules) -> list[Entity]:
    """"в селах Курмангазы, Сафон, Бирлик, Котяевка": a name without a known first name in a
    list of places (its neighbours joined by a comma or «и» are places) is a place, and any
    name in a list a settlement, district, street or deposit noun in the plural opens
    ("населенных пунктов Карой, Ынтымак и Темирлан", "сельских округов Шага, Жана Икан",
    "улиц Абая, Ш. Уалиханова", "месторождениях Жанажол, Кенкияк Надсолевой"; not "глава
    округа Тимур АШИГАЛИЕВ и Максим ТЛЕГЕНОВ");
    not a byline's name, on a line of its own with the city ("Маргарита НИКИТИНА, Астана")."""
    out = list(entities)

    def joined(a: Entity, b: Entity) -> bool:
        return doc.text[min(a.end, b.end):max(a.start, b.start)].strip() in (",", "и")

    for i, entity in enumerate(out):
        if entity.label != "PER" or (span := index.span(entity)) is None:
            continue
        head, last = i, i
        while head > 0 and joined(out[head - 1], out[head]):
            head -= 1
        while last + 1 < len(out) and joined(out[last], out[last + 1]):
            last += 1
        first = index.span(out[head])
        noun = index.tokens[first[0] - 1] if first is not None and first[0] > 0 else None
        # the noun in the plural, or three names or more after it, each of one word: "к газу
        # села Ерназар, Енбек, Рахат, Колькайнар" (the tagger reads "села" as one village's), or
        # five or more of any words: "(поселок Шиели, Байтерек, Ы.Жакаев, Акмая, Досбол Датта, ...)",
        # villages named after people
        several = last - head >= 2 and span[1] - span[0] == 1 or last - head >= 4
        if head < i and noun is not None and noun.lemma in _LIST_OF_PLACES and noun.text.islower() \
                and (_plural(noun, rules.ru) or several):
            out[i] = Entity("LOC", entity.text, entity.start, entity.end, entity.sentence)
            continue
        prior = out[i - 1] if i else None
        if prior is not None and prior.label == "LOC" and _agreeing_place_adjectives(entity, prior) \
                and _COUNTED_GAP.fullmatch(doc.text[prior.end:entity.start]):
            out[i] = Entity("LOC", entity.text, entity.start, entity.end, entity.sentence)
            continue  # "в Алмалинском районе – 5, Ауэзовском – 4": the districts of a count
        if any(t.text.lower() in rules.first_names for t in index.tokens[span[0]:span[1]]) \
                or (_line_start(doc, entity) and i + 1 < len(out) and _at_line_end(doc, out[i + 1].end)):
            continue
        neighbours = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
        listed = [n for n in neighbours if joined(n, entity)]
        comma = "," in doc.text[listed[0].end:entity.start] + doc.text[entity.end:listed[0].start] if listed else False
        # the last of a longer list of places: "в Курсае, Сайраме и Кайнарбулаке"
        longer = i - head >= 2 and all(out[j].label == "LOC" for j in range(head, i))
        surname = entity.text.split()[-1]
        if (_SURNAME_SHAPE.match(surname) or _PATRONYMIC.search(surname)) and surname.lower() not in rules.places:
            continue  # "«Тобол»: Бусурманов, Жагоров", "области, Ермаганбет Булекпаев", "города Караганды,
            # Казитов Сейфул-Малик Туреханович": persons, not places
        if listed and all(n.label == "LOC" for n in listed) and (
                len(listed) == 2 or comma or longer or _agreeing_place_adjectives(entity, listed[0])):
            out[i] = Entity("LOC", entity.text, entity.start, entity.end, entity.sentence)
    return out


_GENERIC_OWNERS = frozenset({"области", "региона", "города", "района"})  # of the region, city, district
_AKIMAT_OF = "акимата"


def _with_generic_owner(doc: Document, index: TokenIndex, entity: Entity, entities: list[Entity]) -> Entity:
    """"Департамента полиции | региона", "отдела финансов | акимата", "управления культуры |
    акимата области": a body's owner named by a common word, the region, city or district the
    article is about or its akimat, is part of its name (the training parts of batches 95-114:
    10 of 11); not before a name ("области Абай": the place's), nor "региона" after an
    abbreviation alone ("пресс-службе ДЧС | региона", "РСК | региона": 2 of 2; but "ДВД
    области")."""
    span = index.span(entity) if entity.label == "ORG" else None
    if span is None:
        return entity
    tokens, end = index.tokens, span[1]
    if end < len(tokens) and tokens[end].text == _REGION_GENITIVE and span[1] - span[0] == 1 \
            and tokens[span[0]].text.isupper():
        return entity
    if end < len(tokens) and tokens[end].text == _AKIMAT_OF:
        end += 1
    if end < len(tokens) and tokens[end].text in _GENERIC_OWNERS:
        end += 1
    named = end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha() \
        and not any(e.label == "PER" and e.start == tokens[end].start for e in entities)  # (a person after: the post's)
    if end == span[1] or named or not _spaced(doc, tokens[span[1] - 1], tokens[span[1]]) \
            or any(e.start < tokens[end - 1].end and tokens[span[1]].start < e.end for e in entities if e is not entity):
        return entity
    return _from_tokens(doc, index, span[0], end, "ORG")


# "«Кызылжар»: Довгаль, ...": a team's quoted name and a colon opening the line of its line-up
_LINEUP_HEAD = re.compile(r"[ \t]*[«\"“„][^«»\"“”„\n]{1,40}[»\"”][ \t]*:[ \t]*")


def _persons_in_lists(doc: Document, entities: list[Entity], index: TokenIndex, rules: EntityRules,
                      ru: RussianLemmatizer) -> list[Entity]:
    """"«Кайсар»: Сикач, Юденков, Приндета, Кабуладзе, ...": a one-word name the tagger took
    for a place, in a comma list of one-word names most of which are persons (a list of players
    or winners), or that opens with a team's quoted name and a colon (its line-up, whatever the
    tagger made of the names), is a person too, unless a place of the gazetteer."""
    out = list(entities)
    single = [i for i, e in enumerate(out) if (span := index.span(e)) is not None and span[1] - span[0] == 1]
    runs: list[list[int]] = []
    for i in single:
        if runs and runs[-1][-1] == i - 1 and doc.text[out[i - 1].end:out[i].start].strip() == ",":
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        persons = sum(out[i].label == "PER" for i in run)
        line = doc.text.rfind("\n", 0, out[run[0]].start) + 1
        lineup = _LINEUP_HEAD.fullmatch(doc.text, line, out[run[0]].start) is not None
        if len(run) < 4 or persons * 2 < len(run) and not lineup:
            continue
        for i in run:
            e = out[i]
            if e.label == "LOC" and not _is_place(index.tokens[slice(*index.span(e))], rules, ru):
                out[i] = Entity("PER", e.text, e.start, e.end, e.sentence)
    return out


def _district_lists(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"районах Медеуский, Бостандыкский и Ауэзовский", "в остальных - Узункольский и
    Мендыкаринский", "в следующих районах:\n- Амангельдинский;\n- Алтынсаринский;": two or more
    districts named by their adjectives alone, listed, with "районы" in the plural or after a
    numeral near (before the list in its paragraph or right after it), are places, each one; a tagger leaves them
    untagged or calls them persons (the news gold's training parts: 10 listed pairs of 10
    places). Not one after a capitalised word or an initial (a person's surname in -ский: "Олег
    Ковальский"), nor a list with one district near ("В районе выступили Ковальский и ...")."""
    tokens = index.tokens
    listed = [k for k, t in enumerate(tokens) if _DISTRICT_ADJECTIVE.match(t.text)
              and not (k and (tokens[k - 1].text[:1].isupper() and tokens[k - 1].text not in _LEADING_MARKS
                              or tokens[k - 1].text == "."))]
    runs: list[list[int]] = []
    for k in listed:
        if runs and _LIST_GAP.fullmatch(doc.text[tokens[runs[-1][-1]].end:tokens[k].start]):
            runs[-1].append(k)
        else:
            runs.append([k])
    found = []
    for run in (run for run in runs if len(run) > 1):
        first, last = run[0], run[-1]
        paragraph = doc.text.rfind("\n\n", 0, tokens[first].start) + 1
        before = [j for j in range(max(0, first - 12), first) if tokens[j].start >= paragraph]
        if any(_districts(tokens, j) for j in before) or last + 1 < len(tokens) and _districts(tokens, last + 1):
            found += [k for k in run if not any(e.start < tokens[k].end and tokens[k].start < e.end
                                                and (e.start, e.end) != (tokens[k].start, tokens[k].end)
                                                for e in entities)]
    if not found:
        return entities
    places = {(tokens[k].start, tokens[k].end) for k in found}
    return sorted([e for e in entities if (e.start, e.end) not in places]
                  + [_from_tokens(doc, index, k, k + 1, "LOC") for k in found], key=lambda e: (e.start, -e.end))


def _districts(tokens: list[Token], j: int) -> bool:
    """Token j names several districts: "районах", "районы", "два района" (a numeral's genitive)."""
    return tokens[j].lemma == _DISTRICT and (tokens[j].feats.get("Number") == "Plur"
                                             or j > 0 and tokens[j - 1].pos == "NUM")


def _agreeing_place_adjectives(entity: Entity, place: Entity) -> bool:
    """"Актогайского и Осакаровского районов": two place adjectives in the same case ending,
    the second with the district noun both share."""
    word = place.text.split()[0]
    return bool(_CAPITAL_PLACE_ADJECTIVE.match(entity.text) and _CAPITAL_PLACE_ADJECTIVE.match(word)) \
        and entity.text[-3:] == word[-3:]


def _rivers(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"река Или", "реки Каргалы", "реке Сапожникова": the capitalised word after a river's noun
    is the river, a place (the news gold: 32 of 32), though it reads as a conjunction or a
    surname: untagged, it is added; tagged a person, it is a place."""
    tokens = index.tokens
    out = list(entities)
    for token, name in zip(tokens, tokens[1:]):
        if token.lemma not in RIVER_WORDS or not token.text.islower() or token.feats.get("Number") == "Plur" \
                or not name.text[:1].isupper() or not name.text.replace("-", "").isalpha() \
                or "\n" in doc.text[token.end:name.start]:
            continue
        covering = [k for k, e in enumerate(out) if e.start < name.end and name.start < e.end]
        if not covering:
            out.append(Entity("LOC", name.text, name.start, name.end, doc.sentence_at(name.start)))
        elif len(covering) == 1 and out[covering[0]].label == "PER" \
                and (out[covering[0]].start, out[covering[0]].end) == (name.start, name.end):
            out[covering[0]] = replace(out[covering[0]], label="LOC")
    return out


def _places_after_abbreviations(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"с. Белоусовка", "пос. Шахан", "в р. Громотуха", "оз. Токтамыс": a capitalised word after a
    place's, a river's or a lake's abbreviation is a place (the news gold: 6 of 6 after "р." and
    "оз."; after "г." only when no number stands before it: "2020 г." is a year, "100 р." a sum,
    and "т. г." this year)."""
    taken = [(e.start, e.end) for e in entities]
    found = []
    for sent in doc.sentences:
        if not sent.tokens or sent.tokens[0].start not in index.starts:
            continue
        chunk = doc.text[sent.start:sent.end]
        for match in _PLACE_AFTER_ABBREVIATION.finditer(chunk):
            start, end = sent.start + match.start(match.lastindex), sent.start + match.end(match.lastindex)
            if re.search(r"(?:\d|\bт\.)\s*$", chunk[:match.start()]) or start not in index.starts \
                    or end not in index.ends or any(s < end and start < e for s, e in taken) \
                    or match.lastindex == 2 and _SURNAME_SHAPE.match(match[2]):
                continue  # "Г. ГОРБАЧЕВУ" in capitals: an initial and a surname, not "Г. ПЕТРОПАВЛОВСК"
            found.append(Entity("LOC", doc.text[start:end], start, end, doc.sentence_at(start)))
        for token in sent.tokens:
            if token.text in REGION_ABBREVIATIONS and not any(s < token.end and token.start < e for s, e in taken):
                found.append(Entity("LOC", token.text, token.start, token.end, doc.sentence_at(token.start)))
    return found


def _untagged_places(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules,
                     ru: RussianLemmatizer) -> list[Entity]:
    """A Kazakhstani place of the gazetteer, in any case, that the tagger missed: after a
    preposition of place, a place noun or a post ("визита в Семей", "В Костанае", "жил город
    Семей", "Аким Алматы Ерболат Досаев"; "семей" is also "of families"), and when longer than
    four letters after any word ("пожелал Туркестану", a site's menu: "Новости Актау и
    Мангыстау", "Новости Казахстана Новости мира"), unless a capitalised word follows (a longer name: "Актау Сити"; but after
    a menu's "Новости" the next item follows: 8 of 8 in the news gold) or a quote holds it
    (сюита «В древнем Туркестане»); never a first name ("у Айгерим") nor a street's name."""
    taken = [(e.start, e.end) for e in entities]
    tokens = index.tokens
    found = []
    for k, token in enumerate(tokens[1:], 1):
        before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
        lowered = token.text.lower()
        if not token.text[:1].isupper() or lowered not in rules.places or lowered in rules.first_names \
                or any(s < token.end and token.start < e for s, e in taken) \
                or _a_street(tokens, k, k + 1, rules, ru) and (rules.places[lowered].lower() == lowered
                                                             or before.text.lower() != _STREETS_OR_STREET):
            continue  # "по 9 улицам: ..., Толебаева, Алматы, ...", "улицы Туркестан", "по ул. Сатпаева": a
            # street (but "Улицы Семея", in a case of the town's own, are the town's streets)
        if before.text.lower() in _PLACE_WORD_PREPOSITIONS or before.text.islower() and before.lemma in PLACE_NOUNS \
                or _position(before) \
                or len(token.text) > 4 and (before.text == _NEWS
                                            or not _inside_a_longer_name(doc, before, token, after)):
            found.append(Entity("LOC", token.text, token.start, token.end, doc.sentence_at(token.start)))
    return found


_NEWS = "Новости"  # a site's menu item: "Новости Казахстана Новости мира"
_STREETS_OR_STREET = "улицы"  # the streets (of a town) or a street's genitive


def _inside_a_longer_name(doc: Document, before: Token, token: Token, after: Token | None) -> bool:
    """Whether a capitalised word next to the token or a quote around it makes the token part
    of a longer name or a title; so does a Latin name before it ("Sputnik Қазақстан", an outlet's
    edition)."""
    if after is not None and (after.text[:1].isalpha() and after.text[:1].isupper() or after.text in _QUOTES) \
            or before.text in _QUOTES or before.text[:1].isupper() and before.text.isascii() and before.text.isalpha():
        return True
    return _in_open_quote(doc, token.start)


def _in_open_quote(doc: Document, start: int) -> bool:
    """Whether a «...» opened earlier on the line is still open at `start` (a quoted title's
    or award's name: «В древнем Туркестане», «Отличник культуры РК»)."""
    line = doc.text[doc.text.rfind("\n", 0, start) + 1:start]
    return line.count("«") > line.count("»")


def _datelines(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules) -> list[Entity]:
    """"ПАВЛОДАР. КАЗИНФОРМ - ...", "АСТАНА, 9 фев - Sputnik.", "Астана - 8 октября
    /KZinform/.", "Алматы. 24 мая. КазТАГ.": a known place opening a line before a full stop,
    comma or dash is the dateline's place, and the agency after it (and after a date) the ORG."""
    tokens = index.tokens
    taken = [(e.start, e.end) for e in entities]
    found = []
    for i, token in enumerate(tokens[:-1]):
        if tokens[i + 1].text not in ".,-–—" or not token.text[:1].isupper() or token.text.lower() not in rules.places \
                or doc.text[doc.text.rfind("\n", 0, token.start) + 1:token.start].strip():  # not at a line's start
            continue
        found.append(_from_tokens(doc, index, i, i + 1, "LOC"))
        if (agency := _dateline_agency(doc, tokens, i + 1, rules)) is not None:
            found.append(_from_tokens(doc, index, *agency, "ORG"))
    return [e for e in found if not any(s < e.end and e.start < t for s, t in taken)]


def _dateline_agency(doc: Document, tokens: list[Token], first: int, rules: EntityRules,
                     reach: int = 3) -> tuple[int, int] | None:
    """The agency's tokens in a dateline after its place: past the punctuation and the date,
    one to three capitalised words on the same line, closed by a dash (a word in capitals:
    "КАЗИНФОРМ -"), or after a dash, a slash or a date closed by a full stop or a slash
    ("- Sputnik.", "/KZinform/", "24 мая. КазТАГ."), or after a date by a dash ("4 мая.
    КазТАГ –"); a noun in the genitive may follow them ("14 ноября. Центр информации.")."""
    i, dated, dashed = first, False, False
    while i < len(tokens) and i - first < 8 and not _line_break_before(doc, tokens, i):
        text = tokens[i].text
        if text in "-–—/":
            dashed = True
        elif text[:1].isdigit() or month_number(text) is not None or text.lower() in ("г", "года"):
            dated = True
        elif text not in ".,":
            break
        i += 1
    end = i
    while end < len(tokens) and end - i < reach and tokens[end].text[:1].isupper() \
            and not _line_break_before(doc, tokens, end):
        end += 1
    if i < end < len(tokens) and tokens[end].text.islower() and tokens[end].pos == "NOUN" \
            and tokens[end].feats.get("Case") == "Gen" and not _line_break_before(doc, tokens, end):
        end += 1  # "Алматы. 14 ноября. Центр информации." (5 of 5 in the news gold)
    if end == i or end >= len(tokens) or _line_break_before(doc, tokens, end) \
            or doc.text[tokens[i].start:tokens[end - 1].end].lower() in rules.places:
        return None
    closing = tokens[end].text
    if closing in "-–—" and not (dated or dashed) and end - i == 1 and tokens[i].text.isupper() \
            and len(tokens[i].text) > 2:
        return i, end
    if closing in "./" and (dated or dashed) or closing in "-–—" and dated:  # "4 мая. КазТАГ –"
        return i, end
    return None


def _line_break_before(doc: Document, tokens: list[Token], i: int) -> bool:
    return i > 0 and "\n" in doc.text[tokens[i - 1].end:tokens[i].start]


def _title_before(doc: Document, index: TokenIndex, first: int, persons: set[int], reach: int = 10) -> str:
    """The position written before a person's name, as written: "Аким Алматы",
    "председатель правления АО «Самрук-Казына»"; empty when none."""
    tokens = index.tokens
    leftmost = None
    i = first - 1
    while i >= 0 and first - i <= reach and i not in persons:
        token, following = tokens[i], tokens[i + 1]
        if _line_break_before(doc, tokens, i + 1) or doc.sentence_at(token.start) != doc.sentence_at(following.start):
            break
        lowered = normal_word(token.text)
        if _position(token):
            leftmost = i
        elif not (token.pos in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or token.text in _QUOTES
                  or lowered in ("по", "при", "и", "-")) or lowered in BOILERPLATE_WORDS:
            break
        i -= 1
    if leftmost is None:
        return ""
    while leftmost > 0 and tokens[leftmost - 1].pos == "ADJ" and leftmost - 1 not in persons \
            and _spaced(doc, tokens[leftmost - 1], tokens[leftmost]):
        leftmost -= 1
    return doc.text[tokens[leftmost].start:tokens[first - 1].end]


def hashtag_campaigns(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"флешмоб #BizBirgemiz": a hashtag is a campaign (PROG) when a campaign word stands in
    the three words before it, a tagger found a name in it, or it is written as a name
    (#BizBirgemiz, #СтопКоронавирус); a place or a word alone (#Казахстан) is not, nor is a
    tag of a site's list of tags on one line ("#паводки #правительство #СудБишимбаева": the
    news gold marks none). The tag runs on over the tokens written up against it (#Abai175:
    "Abai", "175")."""
    found = []
    tokens = index.tokens
    for i, token in enumerate(tokens[:-1]):
        if token.text != "#" or tokens[i + 1].start != token.end or _in_tag_list(doc.text, token.start):
            continue
        word, last = tokens[i + 1], i + 1
        while last + 1 < len(tokens) and tokens[last + 1].start == tokens[last].end \
                and (tokens[last + 1].text.isalnum() or tokens[last + 1].text == "_"):
            last += 1
        tag = doc.text[word.start:tokens[last].end]
        named = any(e.start <= word.start < e.end and e.label in ("ORG", "PER", "PROG") for e in entities)
        campaign = any(t.lemma in CAMPAIGN_WORDS for t in tokens[max(0, i - 3):i])
        if named or camel_case(tag) or campaign:
            found.append(Entity("PROG", doc.text[token.start:tokens[last].end], token.start, tokens[last].end,
                                doc.sentence_at(token.start)))
    return found


def _in_tag_list(text: str, start: int) -> bool:
    """Whether the hashtag at `start` shares its line with two others or more: a site's list
    of tags, no campaign's name (a post may give a campaign two tags)."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(_HASHTAG.findall(line)) > 2


_HASHTAG = re.compile(r"(?:^|\s)#\w")


# "воинской части 52859", "войсковой части 28237 МЧС": a military unit by its number (and its
# ministry's abbreviation), a body (the news gold's training parts: 3 of 3, none tagged)
_MILITARY_UNIT = re.compile(r"(?<!\w)[Вв](?:оинск|ойсков)(?:ая|ой|ую|ою) част(?:ь|и|ью)\s+(?:№\s*)?\d{3,6}"
                            r"(?:\s+(?:МЧС|МВД|МО|НГ|КНБ|ПС КНБ)(?!\w))?")


def _military_units(doc: Document, index: TokenIndex) -> list[Entity]:
    """The military units of Russian sentences named by their numbers."""
    units = (Entity("ORG", m.group(), m.start(), m.end(), doc.sentence_at(m.start()))
             for m in _MILITARY_UNIT.finditer(doc.text))
    return [unit for unit in units if index.span(unit) is not None]


# a byline or an author's name alone on its line, the surname in capitals ("Алиса
# ВОЙТАШЕНКО", "И. КАЛЬМАН"), and a speaker's name in capitals opening a line before his post
# ("ГАУЕЗ НУРМУХАМБЕТОВ, АКИМ ...", "НУРГАЛИ ДАУРЕНБЕКОВ - ЗАМЕСТИТЕЛЬ ..."): the training parts
# mark 14 of 14 such lines persons, where the tagger misses half
_NAME_LINE = re.compile(r"(?m)^(?P<first>[А-ЯЁ]\.|[А-ЯЁ][а-яё]+) ?(?P<surname>[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})?)[ \t]*$")
_SPEAKER_LINE = re.compile(r"(?m)^(?P<first>[А-ЯЁ]{3,}) (?P<surname>[А-ЯЁ]{3,})(?=\s*(?:,|\s[-–—])\s*[А-ЯЁ]{3,}\b)")


def _names_in_capitals(doc: Document, index: TokenIndex, ru: RussianLemmatizer) -> list[Entity]:
    """Persons on a name's line (_NAME_LINE, _SPEAKER_LINE): a first name no common word
    pymorphy3 knows, and a surname of two vowels or more (not an abbreviation: "Новости МТРК")."""
    found = []
    for match in chain(_NAME_LINE.finditer(doc.text), _SPEAKER_LINE.finditer(doc.text)):
        first, surname = match["first"], match["surname"]
        parses = ru.parse(normal_word(first.lower())) if len(first) > 2 else ()
        if sum(c in VOWELS for c in surname.lower()) < 2 \
                or any(p.is_known for p in parses) and not any("Name" in p.tag for p in parses):
            continue
        end = match.end("surname")
        person = Entity("PER", doc.text[match.start():end], match.start(), end, doc.sentence_at(match.start()))
        if index.span(person) is not None:
            found.append(person)
    return found


def _themed_years(doc: Document, index: TokenIndex) -> list[Entity]:
    """"объявленный Годом рабочих профессий", "этот год - "Год волонтеров"": a year
    capitalised inside a sentence and named by a genitive noun (and its adjectives) is a
    state campaign (PROG); at a sentence's start "Год работы" is only a year."""
    tokens = index.tokens
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.lemma != "год" or not token.text.startswith("Год"):
            continue
        before = i - 1
        while before >= 0 and tokens[before].text in _QUOTES:
            before -= 1
        if before < 0 or doc.sentence_at(tokens[before].start) != doc.sentence_at(token.start):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].pos == "ADJ" and tokens[j].text.islower() and tokens[j].feats.get("Case") == "Gen":
            j += 1
        if j < len(tokens) and tokens[j].pos == "NOUN" and tokens[j].text.islower() and tokens[j].feats.get("Case") == "Gen" \
                and all(_spaced(doc, tokens[k - 1], tokens[k]) for k in range(i + 1, j + 1)):
            found.append(_from_tokens(doc, index, i, j + 1, "PROG"))
    return found


# what heads another body or an institution after «и» or a comma, no function of the first
# ("Комитета ... надзора и контроля | и местных исполнительных органов", "... и районного совета
# ветеранов", "управления здравоохранения города, | медвузов")
_OTHER_BODIES = ORG_HEADS_OF_PLACE | FUNCTION_BODIES | INSTITUTION_WORDS | {"орган", "учреждение", "ведомство", "вуз",
                                                                          "медвуз"}


def _function_end(doc: Document, tokens: list[Token], i: int, end: int | None = None) -> int:
    """Past the nouns of a body's function in the genitive after its head at `i` (from
    `end`, when some are read already): "отдела культуры, спорта и туризма"; not a noun
    after a comma that a preposition follows ("в Комитете торговли, | времени для их
    завершения": the clause goes on), nor one person after it ("департамента по техническому
    надзору, | заказчика проекта": an apposition)."""
    end = j = end or i + 1
    if end == i + 1 and end < len(tokens) and tokens[end].text in FIELD_ABBREVIATIONS:
        end = j = i + 2  # "отдела ЖКХ, пассажирского транспорта ...": a field's abbreviation opens the list
    while j < len(tokens) and j - i <= 8:
        if tokens[j].text == "по" and (about := _field_after_po(tokens, j)):
            end = j = about  # "департамента по делам молодежи", "по регулированию естественных монополий"
            continue
        k = j + (tokens[j].text in (",", "и") and end > i + 1)
        while k < len(tokens) and tokens[k].pos == "ADJ" and tokens[k].text.islower() \
                and tokens[k].feats.get("Case", "Gen") == "Gen":  # a compound adjective may come untagged
            k += 1
        noun = tokens[k] if k < len(tokens) else None
        if noun is None or noun.pos != "NOUN" or not noun.text.islower() or noun.feats.get("Case") != "Gen" \
                or len(noun.text) < 3 or not noun.text.replace("-", "").isalpha() \
                or (k > j and tokens[j].text in (",", "и") and noun.lemma in _OTHER_BODIES) \
                or tokens[j].text in (",", "и") and noun.feats.get("Animacy") == "Anim" \
                and noun.feats.get("Number") == "Sing" \
                or tokens[j].text == "," and k + 1 < len(tokens) and tokens[k + 1].pos == "ADP" \
                or not all(_spaced(doc, tokens[m], tokens[m + 1]) or tokens[m + 1].text == "," for m in range(j - 1, k)):
            break
        end = j = _with_the_public(tokens, k + 1)
    if end > i + 1 and end < len(tokens):  # "ликвидации ЧС", "энергетики и ЖКХ": a field's abbreviation ends it
        joined = end + (tokens[end].text == "и" and end + 1 < len(tokens))
        end = joined + 1 if tokens[joined].text in FIELD_ABBREVIATIONS else end
    if end > i + 1 and end + 1 < len(tokens) and tokens[end].text == "по":  # "... по ВКО", "по Карагандинской области"
        if tokens[end + 1].text in REGION_ABBREVIATIONS:
            end += 2
        elif end + 2 < len(tokens) and tokens[end + 1].pos == "ADJ" and tokens[end + 1].text[:1].isupper() \
                and tokens[end + 2].lemma in ("область", "район") and tokens[end + 2].text.islower():
            end += 3
    return end


def _field_after_po(tokens: list[Token], j: int) -> int | None:
    """The end of "по" and a field in the dative at token j ("по делам", "по вопросам
    молодежной политики" takes its genitives in the loop after it, "по ЧС" a field's
    abbreviation); None when no such noun."""
    k = j + 1
    if k < len(tokens) and tokens[k].text in FIELD_ABBREVIATIONS:
        return k + 1
    while k < len(tokens) and tokens[k].pos == "ADJ" and tokens[k].text.islower():
        k += 1
    if k >= len(tokens):
        return None
    noun = tokens[k]
    public = _with_the_public(tokens, k + 1)
    # not "по вопросу экспорта", "по делу о хищении", "по видеосвязи": the sentence's topic or a
    # means (but "по делам молодежи", "по связям с общественностью")
    topic = noun.lemma in NOT_FIELDS and public == k + 1 \
        and not (noun.lemma in ("дело", "вопрос") and noun.feats.get("Number") == "Plur")
    if noun.pos == "NOUN" and noun.text.islower() and noun.feats.get("Case") == "Dat" and not topic \
            and not _street_word(noun):
        return public
    return None


def _street_word(token: Token) -> bool:
    """"по ул. Тауелсиздик", "по улице Абая": after «по» an address follows a body, no field of it."""
    word = token.text.lower().rstrip(".")
    return token.lemma in STREET_WORDS or word in STREET_WORDS or word in _STREET_ABBREVIATIONS


def _with_the_public(tokens: list[Token], k: int) -> int:
    """Past "с общественностью" at token k after "связям"/"связей" (public relations, one
    field: "департамента по связям с общественностью"), else k."""
    if 0 < k and tokens[k - 1].lemma == "связь" and k + 1 < len(tokens) and tokens[k].text == "с" \
            and tokens[k + 1].lemma == "общественность":
        return k + 2
    return k


def _listed_functions(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Управлением культуры | , архивов и документации": a body the tagger ended at the
    first noun of its function runs on over the others listed after it; not one ended by
    its place ("Министерства культуры и спорта РК | , благодарственных писем"). One the
    tagger ended at its head runs on over its function ("Шиелийского районного отдела |
    полиции", "Центр оперативного управления | полиции")."""
    out = []
    tokens = index.tokens
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" else None
        end = span[1] if span is not None else 0
        if span is not None and span[1] - span[0] > 1 and tokens[span[0]].lemma in FUNCTION_BODIES \
                and span[1] < len(tokens) and tokens[span[1]].text in (",", "и") and tokens[span[1] - 1].text.islower():
            end = _function_end(doc, tokens, span[0], span[1])
        elif span is not None and (head := tokens[span[1] - 1]).lemma in FUNCTION_BODIES and head.text.islower() \
                and head.feats.get("Number") != "Plur":
            end = _function_end(doc, tokens, span[1] - 1)
            nouns = [t.lemma for t in tokens[span[1]:end] if t.pos == "NOUN"]
            if nouns[:1] and (nouns[0] in _FIRMS or set(nouns) & _TERRITORY_NOUNS):
                end = span[1]  # "управления | компании": a company's management; "службы | региона": its territory
        if span is not None and end > span[1]:
            entity = _from_tokens(doc, index, span[0], end, "ORG")
        out.append(entity)
    return out


# a territory a body serves, in the genitive after it, is no function of it ("департаменте полиции | региона")
_TERRITORY_NOUNS = PLACE_NOUNS | {"регион", "страна", "республика", "столица"}
# the firm an "управление" or "отдел" belongs to names no function of a state body
_FIRMS = frozenset({"компания", "корпорация", "концерн", "холдинг", "банк", "завод", "фабрика", "комбинат",
                    "предприятие", "товарищество"})


_FEDERATION = "федерация"  # a sport's in lower case ("федерации бокса"), not "Российской Федерации по вопросам ..."


def _bodies_with_function(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"в департамент экологии", "районного отдела культуры, спорта", "отдел собственной
    безопасности департамента полиции", "Департамента по регулированию естественных монополий
    по ВКО": a state body in lower case or capitalised followed by the nouns of its function
    in the genitive, or by «по» and one in the dative, names one body (the guideline: a body
    with its name, place or function is an entity); a noun after «и» or a comma joins unless
    it heads another body ("... и районного совета ветеранов"). Its adjectives before it join;
    its region after a second «по» joins here, its place in the genitive later (_join_genitive)."""
    tokens = index.tokens
    taken = [(e.start, e.end) for e in entities if e.label != "LOC"]  # its place may be inside: "... по ВКО"
    found = []
    for i, token in enumerate(tokens):
        if _LEVEL_PREFIX.sub("", token.lemma) not in FUNCTION_BODIES or token.feats.get("Number") == "Plur" \
                or not (token.text.islower() or token.text.istitle() and token.lemma != _FEDERATION):
            continue  # "облдепартамента экологии", "горуправления": the level is a prefix of the noun
        end = _function_end(doc, tokens, i)
        if end == i + 1 or next((t.lemma for t in tokens[i + 1:end] if t.pos == "NOUN"), None) in _FIRMS:
            continue  # "в доверительное управление компании": a company's management, no body
        if i and tokens[i - 1].lemma in _CONDUCTING_VERBS:
            continue  # "провел инспекцию хода работ": the act, no body
        start = i
        case = token.feats.get("Case")
        while start > 0 and tokens[start - 1].pos == "ADJ" and tokens[start - 1].text.islower() \
                and tokens[start - 1].lemma not in NOT_NAME_ADJECTIVES \
                and (tokens[start - 1].feats.get("Case") == case or _BODY_MODIFIERS.match(tokens[start - 1].text)):
            start -= 1
        first, last = tokens[start].start, tokens[end - 1].end
        if not any(s < last and first < e for s, e in taken):
            found.append(_from_tokens(doc, index, start, end, "ORG"))
            taken.append((first, last))
    return found


_CONDUCTING_VERBS = frozenset({"провести", "проводить", "осуществить", "осуществлять"})
# "Бостандыкский", "Жамбылский": a district's adjective in the nominative, as a list names it
_DISTRICT_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]{3,}(?:ский|цкий)$")
_LIST_GAP = re.compile(r"\s*(?:,|;|и)?\s*(?:[-–—]\s+)?")  # ", ", " и ", ";\n- " between two listed names
_DISTRICT = "район"
_CAPITAL_PLACE_ADJECTIVE = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ым)$")
# "Долинного", "Южно-Кемпирсайских" (месторождений)
_CAPITAL_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:ий|ый|ого|ому|им|ым|ом|ая|ой|ую|ое|ые|ие|ых|их)$")
# bodies of a place that its adjective names ("Костанайский областной маслихат"); not the
# country's own (NATIONAL_BODIES: "Российское правительство" is another country's) or an army
_PLACE_BODIES = ORG_HEADS_OF_PLACE - NATIONAL_BODIES - {"армия", "генштаб", "штаб", "палата"}


def _bodies_named_by_place(doc: Document, index: TokenIndex, entities: list[Entity],
                           places: dict[str, str]) -> list[Entity]:
    """"Костанайского областного маслихата", "Алматинский городской суд по уголовным делам":
    a capitalised place adjective and the body's adjectives before a body of a place name
    that body (the taggers take the adjective for a person or a place); its «по» field
    joins. So does the adjective of a known town in lower case, as news writes it
    ("шымкентского городского маслихата", "павлодарская прокуратура": the gold marks 7 of 7),
    and so does a place adjective and a level's before a body's abbreviation ("Аркалыкской
    городской ДЮСШ"). Mentions of adjectives alone inside it go (they were the adjective
    misread)."""
    tokens = index.tokens
    found = []
    for i, token in enumerate(tokens):
        abbreviated = token.text.isupper() and len(token.text) > 2 and token.text.isalpha() and i > 1 \
            and _LEVEL_ADJECTIVE.match(tokens[i - 1].text) and tokens[i - 1].text.islower() \
            and bool(_CAPITAL_PLACE_ADJECTIVE.match(tokens[i - 2].text))  # "Аркалыкской городской ДЮСШ"
        if not abbreviated and (token.lemma not in _PLACE_BODIES or token.feats.get("Number") == "Plur"
                                or not token.text.islower()):
            continue
        start = _adjectives_before(doc, tokens, i, lambda t: t.text.islower())
        if start < i and town_adjective(tokens[start].text, places):
            first = start  # "шымкентского городского маслихата": the town's adjective, first of the body's
        elif start > 0 and _spaced(doc, tokens[start - 1], tokens[start]) and (
                _CAPITAL_PLACE_ADJECTIVE.match(tokens[start - 1].text)
                or town_adjective(tokens[start - 1].text, places)):
            first = start - 1
        else:
            continue
        end = _field_end(doc, tokens, i + 1)
        # "Каракиянского | пограничного управления департамента ... области": the tagger's body from
        # the adjectives on is this one, the place adjective before it its first word
        end = max([end, *(span[1] for e in entities if e.label == "ORG" and (span := index.span(e)) is not None
                          and first < span[0] <= i)])
        if not _level_alone(tokens, first, end):  # "Сельский акимат" opening a sentence
            found.append(_from_tokens(doc, index, first, end, "ORG"))
    if not found:
        return entities
    out = _covering(entities, found, places)
    bodies = [e for e in found if e in out]
    return [e for e in out if e.label == "ORG" or not any(b.start <= e.start and e.end <= b.end for b in bodies)
            or not all(t.pos == "ADJ" for t in index.tokens[slice(*(index.span(e) or (0, 0)))])]


_LOWER_PLACE_ADJECTIVE = re.compile(r"^([а-яё]+(?:-[а-яё]+)?)(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ым)$")
# a town's name from its adjective's stem: павлодар-ский, усть-каменогорск-ий, акмол-инский -> Акмола,
# карагандин-ский -> Караганда, алматин-ский -> Алматы
_TOWN_FROM_STEM = (lambda s: s, lambda s: s + "ск", lambda s: s[:-2] + "а", lambda s: s[:-2] + "ы", lambda s: s + "а")


def town_adjective(word: str, places: dict[str, str]) -> bool:
    """A Kazakhstani town's or region's adjective in lower case ("шымкентского", "акмолинский");
    not the country's ("казахстанского": a body of the state, not of a place)."""
    match = _LOWER_PLACE_ADJECTIVE.match(word)
    return match is not None and match.group(1) != "казахстан" \
        and any(make(match.group(1)) in places for make in _TOWN_FROM_STEM)


def _covering(entities: list[Entity], found: list[Entity], places: Container[str] = frozenset()) -> list[Entity]:
    """Organisations found by the news rules, in place of the tagger's organisations inside
    them; persons and places inside stay, as after _join_genitive (the person a school is
    named after is still mentioned), but not one of the same span ("Павлодар-онлайн" is no
    person). A tagger's organisation from the name after «имени» on past it is the
    institution's name with its place ("средней школы им. Г.Муратбаева Ордабасинского
    района"). A person running on past the end of a name it ends ("ЗКМУ им. [М. Оспанова]
    [Талгаром Абиловым]": the tagger joined the rector to the one the university is named
    after) is two persons, or a person and a place `places` lists ("им. [М. Ауэзова] Караганды");
    another found span that cuts a tagger's mention is dropped."""
    for new in sorted(found, key=lambda e: e.start - e.end):
        entities = [part for e in entities for part in _cut_person(e, new, places)]
        tail = next((e for e in entities if e.label == "ORG" and new.start < e.start < new.end < e.end
                     and _NAMED_AFTER.search(new.text[:e.start - new.start])), None)
        if tail is not None:  # "средней школы им. [Г.Муратбаева Ордабасинского района]": one body, its district
            entities.remove(tail)
            new = Entity("ORG", new.text[:tail.start - new.start] + tail.text, new.start, tail.end, new.sentence)
        inside = [e for e in entities if new.start <= e.start and e.end <= new.end
                  and (e.label not in ("PER", "LOC") or (e.start, e.end) == (new.start, new.end)
                       or e.label == new.label == "LOC")]  # not "Победы" inside "парке Победы"
        if any(e.start < new.end and new.start < e.end and not (new.start <= e.start and e.end <= new.end)
               for e in entities) \
                or any((e.start, e.end, e.label) == (new.start, new.end, new.label) for e in inside):
            continue
        entities = [e for e in entities if e not in inside] + [new]
    return sorted(entities, key=lambda e: (e.start, -e.end))


def _cut_person(entity: Entity, name: Entity, places: Container[str]) -> list[Entity]:
    """A person mention that starts inside `name` and runs on past it, cut at its end (the
    rest a person of its own when it starts with a capital, a place when `places` lists it)."""
    if entity.label != "PER" or not name.start < entity.start < name.end < entity.end:
        return [entity]
    head = Entity("PER", entity.text[:name.end - entity.start], entity.start, name.end, entity.sentence)
    if (rest := _rest_past(entity, name.end)) is None:
        return [head]
    return [head, replace(rest, label="LOC") if rest.text.lower() in places else rest]


def _rest_past(entity: Entity, end: int, label: str = "PER") -> Entity | None:
    """What of `entity` runs on past offset `end`, as a mention of `label`, when it starts
    with a capital; None otherwise."""
    rest = entity.text[end - entity.start:]
    if not rest.strip()[:1].isupper():
        return None
    start = end + len(rest) - len(rest.lstrip())
    return Entity(label, rest.strip(), start, entity.end, entity.sentence)


def _spaced(doc: Document, left: Token, right: Token) -> bool:
    return _only_spaces(doc.text[left.end:right.start])


def _only_spaces(gap: str) -> bool:
    """Whether the text between two words is spaces on one line: one, or more where scraped
    text doubles them ("области  Алтай  Кульгинов")."""
    return bool(gap) and not gap.strip(" \t\u00a0")


def _field_end(doc: Document, tokens: list[Token], end: int) -> int:
    """End of a «по» phrase naming a body's field right after token `end - 1` ("по боксу",
    "по обучению языкам", "по развитию языков", "по нераспространению COVID-19"): «по», its
    adjectives and a dative noun, then up to two genitive or dative nouns or a name written in
    capitals or a town after its place noun ("по городу Алматы"); `end` itself when there
    is none."""
    i = end
    if i >= len(tokens) or tokens[i].text != "по" or not _spaced(doc, tokens[i - 1], tokens[i]):
        return end
    i += 1
    while i < len(tokens) and tokens[i].pos == "ADJ" and _spaced(doc, tokens[i - 1], tokens[i]):
        i += 1
    noun = tokens[i] if i < len(tokens) else None
    plural_field = noun is not None and noun.lemma in ("дело", "вопрос") \
        and noun.feats.get("Number") == "Plur"  # "по уголовным делам", "по вопросам"; not "по вопросу экспорта"
    if noun is None or noun.pos != "NOUN" or noun.feats.get("Case") != "Dat" or (noun.lemma in NOT_FIELDS and not plural_field) \
            or not noun.text.islower() or not _spaced(doc, tokens[i - 1], noun) or _street_word(noun):
        return end
    i += 1
    if noun.lemma == _FIGHT and i + 1 < len(tokens) and tokens[i].text == "с":
        j = i + 1  # "по борьбе с организованной преступностью": what the body fights is its field
        while j < len(tokens) and tokens[j].pos in ("ADJ", "VERB") and tokens[j].text.islower():
            j += 1  # (a participle too: "организованной")
        if j < len(tokens) and tokens[j].pos == "NOUN" and tokens[j].text.islower() \
                and tokens[j].feats.get("Case") == "Ins":
            i = j + 1
    for field in range(2):  # "по правам человека и соблюдению законности": a second field after «и»
        if i + 1 < len(tokens) and tokens[i].text == "и" and tokens[i + 1].pos == "NOUN" \
                and tokens[i + 1].feats.get("Case") == "Dat" and tokens[i + 1].text.islower():
            i += 2  # "по бобслею и скелетону"
        elif field:
            break
        for _ in range(2):
            j = i
            while j < len(tokens) and tokens[j].pos == "ADJ" and tokens[j].text.islower() \
                    and _spaced(doc, tokens[j - 1], tokens[j]):
                j += 1
            if j < len(tokens) and _spaced(doc, tokens[j - 1], tokens[j]) and (
                    (tokens[j].pos == "NOUN" and tokens[j].text.islower() and tokens[j].feats.get("Case") in ("Gen", "Dat"))
                    or (tokens[j].text[:1].isupper() and tokens[j].text.upper() == tokens[j].text and j == i)
                    or (j == i and tokens[j].pos == "PROPN" and tokens[j - 1].lemma in PLACE_NOUNS
                        and tokens[j - 2].text == "по")):  # "по городу Алматы"; not "по Актюбинской области | Жаксыгали"
                i = j + 1
            else:
                break
    return i


def _with_fields(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"сборная Казахстана по боксу", "МВК по нераспространению COVID-19": an organisation
    named by a kind of body or an abbreviation takes the «по» phrase of its field (or the rest
    of one the tagger cut short: "Агентство по регулированию | и развитию финансового рынка",
    "Нацбюро | по противодействию коррупции"); not the
    country's one government or parliament, which has none ("предложения в Правительство по
    развитию месторождений"), nor an abbreviation after a noun, whose field it may be
    ("директор НАСА по космическим полётам", "конвенции ООН по изменению климата"). Then the
    territory it serves: "Антимонопольный департамент по Алматы", "... по защите конкуренции
    по городу Алматы", "главой ГАСК по ЗКО" (a place the taggers found, after «по» and a
    place noun; a post has no territory of its own). A mission then takes its seat: "Посольство
    Казахстана в России"."""
    out = []
    places = {e.start: e.end for e in entities if e.label == "LOC"}
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" else None
        if span is not None:
            tokens = index.tokens[span[0]:span[1]]
            before = index.tokens[span[0] - 1] if span[0] else None
            abbreviation = tokens[-1].text.isupper() and len(tokens[-1].text) > 1 \
                and all(t.text.isupper() or not t.text.isalpha() for t in tokens)  # "РУ-170/2 ДУИС | по ЗКО" too
            body = any(t.lemma in ORG_DESCRIPTORS | ORG_HEADS_OF_PLACE or _COMPOUND_BODY.match(t.text) for t in tokens) \
                and not (len(tokens) == 1 and tokens[0].lemma in NATIONAL_BODIES) \
                or (abbreviation and (before is None or before.pos != "NOUN"))  # "директор НАСА по ...": the post's field
            # a field the tagger cut short runs on from its «по»: "Агентство по регулированию | и развитию ..."
            field = next((k for k in range(span[1] - 1, span[0], -1) if index.tokens[k].text == "по"), span[1])
            end = max(span[1], _field_end(doc, index.tokens, field)) if body else span[1]
            end = _coordinated_field_end(index.tokens, end) if body else end
            end = _territory_end(doc, index, end, places) if body or abbreviation else end
            end = _territory_end(doc, index, end, places, ("в", "во")) if _mission(tokens) else end
            if end > span[1]:
                entity = _from_tokens(doc, index, span[0], end, "ORG")
        out.append(entity)
    return out


def _with_named_after(doc: Document, index: TokenIndex, entity: Entity) -> list[Entity]:
    """"Центре бокса имени Серика Сапиева": an organisation the tagger ended at «имени», just
    before it, or inside the name after it, runs on to the end of the name (the person stays a
    mention); one it ran on past the name into another person's ("университета имени Коркыт
    Ата Ахметбек Бахытжан": the rector) ends with the name, and the rest is that person; one
    run on into lower-case words ends with the name too (_named_after_person: its town is no
    part)."""
    span = index.span(entity) if entity.label == "ORG" else None
    if span is None:
        return [entity]
    tokens = index.tokens
    k = next((k for k in range(span[1] - 1, span[0], -1) if tokens[k].text.lower() in _NAMED_AFTER_WORDS), None)
    if k is None and span[1] < len(tokens) and tokens[span[1]].text.lower() in _NAMED_AFTER_WORDS \
            and tokens[span[1] - 1].text.islower() and _spaced(doc, tokens[span[1] - 1], tokens[span[1]]):
        k = span[1]  # "Национальном театре оперы и балета | им. К. Байсеитовой": ended before «им.»
    end = _named_after(doc, tokens, k) if k is not None else None
    if end is not None and end > span[1]:
        return [_from_tokens(doc, index, span[0], end, "ORG")]
    if end is not None and span[1] - end >= 2 and all(t.text[:1].isupper() and t.text.isalpha() for t in tokens[end:span[1]]):
        return [_from_tokens(doc, index, span[0], end, "ORG"), _from_tokens(doc, index, end, span[1], "PER")]
    if end is not None and end < span[1] and all(t.text.islower() for t in tokens[end:span[1]]):
        return [_from_tokens(doc, index, span[0], end, "ORG")]  # "ГДК имени Естая | областного центра": its town
    return [entity]


def _with_capitalised_adjectives(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Региональная служба коммуникаций ...", "Избирательная комиссия села Шетпе", "ректора
    Казахского | Национального Университета": capitalised adjectives right before an
    organisation, in its first word's case and no other mention's, are its name's first words,
    also opening a sentence before a lower-case word (the news gold's training parts: 6 such spans
    the tagger cut); not an opening adjective before a name's capital, said of the name
    ("Знаменитый | Кембриджский университет")."""
    taken = [(e.start, e.end) for e in entities]
    out = []
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" else None
        head = index.tokens[span[0]] if span is not None else None
        if head is not None and (case := head.feats.get("Case")) is not None:
            first = _adjectives_before(doc, index.tokens, span[0], lambda t: t.text[:1].isupper()
                                       and t.text[1:].islower() and t.feats.get("Case") == case
                                       and not any(s <= t.start < e for s, e in taken)
                                       and (head.text.islower() or not _opens_sentence(doc, t.start)))
            if first < span[0]:
                entity = _from_tokens(doc, index, first, span[1], "ORG")
        out.append(entity)
    return out


def _quoted_with_territory(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"общественного фонда «Лига волонтеров» по ЗКО": a kind of body with its quoted name
    takes the territory it serves, as _with_fields gives one unquoted."""
    places = {e.start: e.end for e in entities if e.label == "LOC"}
    out = []
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" and entity.text[-1:] in "»\"”" else None
        if span is not None and _body(entity, index) \
                and (end := _territory_end(doc, index, span[1], places)) > span[1]:
            entity = _from_tokens(doc, index, span[0], end, "ORG")
        out.append(entity)
    return out


def _quoted_after_country(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Демократической партии Казахстана "Ак жол"", "Национальная атомная компания Казахстана
    «Казатомпром»": a kind of body with its country runs on into the quoted name right after
    it, one organisation (the news gold joins all 15 such), where the tagger ends it at the
    country."""
    quoted = {e.start: e for e in entities if e.label == "ORG"}
    tokens, out, joined = index.tokens, [], set()
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" and _body(entity, index) else None
        k = span[1] if span is not None else len(tokens)
        name = quoted.get(tokens[k + 1].start) or quoted.get(tokens[k].start) \
            if k + 1 < len(tokens) and tokens[k].text in "«\"“„" and tokens[k - 1].text in _COUNTRY_GENITIVES \
            and _spaced(doc, tokens[k - 1], tokens[k]) else None  # the name with its quotes or without
        if name is None:
            out.append(entity)
            continue
        end = name.end + (doc.text[name.end:name.end + 1] in "»\"”")
        out.append(Entity("ORG", doc.text[entity.start:end], entity.start, end, entity.sentence))
        joined.add(id(name))
    return [e for e in out if id(e) not in joined]


def _bracketed_with_territory(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"Департамента полиции (ДП) Жамбылской области", "Департамента государственных доходов
    (ДГД) по Павлодарской области": a body's name runs on past its abbreviation in brackets
    into the territory it serves, right after the bracket or after «по» (_territory_end); one
    organisation, as the news gold has all 11 such (the abbreviation is still the article's
    alias of the name: _split_brackets)."""
    places = {e.start: e.end for e in entities if e.label == "LOC"}
    tokens, out, dropped = index.tokens, [], set()
    for entity in entities:
        span = index.span(entity) if entity.label == "ORG" and _body(entity, index) else None
        k = span[1] if span is not None else len(tokens)
        if k + 3 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")" \
                or not _ABBREVIATION.match(tokens[k + 1].text) or not _spaced(doc, tokens[k + 2], tokens[k + 3]):
            out.append(entity)
            continue
        end = _territory_end(doc, index, k + 3, places)
        if end == k + 3 and (place_end := places.get(tokens[k + 3].start)) is not None and place_end in index.ends:
            end = index.ends[place_end] + 1  # right after the bracket: "(ДП) Жамбылской области"
        if end == k + 3 or " ".join(t.text for t in tokens[k + 3:end]) in _COUNTRY_GENITIVES:
            # (not the country: "Министерства по чрезвычайным ситуациям (МЧС) | РК", "Генеральной
            # прокуратуре (ГП) | Казахстана": 2 of 2 apart in the training parts)
            out.append(entity)
            continue
        whole = _from_tokens(doc, index, span[0], end, "ORG")
        dropped.update((e.start, e.end) for e in entities
                       if e is not entity and whole.start <= e.start and e.end <= whole.end)
        out.append(whole)
    return [e for e in out if (e.start, e.end) not in dropped]


def _plans_with_place(doc: Document, index: TokenIndex, entities: list[Entity], names: dict[str, str]) -> list[Entity]:
    """"Карта индустриализации Кокшетау", "карту индустриализации области": an unquoted
    programme takes the place it is drawn up for, a place in the genitive right after it
    (all 3 such in the news gold; no programme there is followed by one it leaves out)."""
    places = {index.starts[e.start]: index.ends[e.end] for e in entities
              if e.label == "LOC" and e.start in index.starts and e.end in index.ends}
    out = []
    for entity in entities:
        span = index.span(entity) if entity.label == "PROG" and entity.text[-1:].isalpha() else None
        if span is not None and (end := _plan_place_end(doc, index, span[1], places, names)) is not None:
            entity = _from_tokens(doc, index, span[0], end, "PROG")
        out.append(entity)
    return out


def _plan_place_end(doc: Document, index: TokenIndex, i: int, places: dict[int, int],
                    names: dict[str, str]) -> int | None:
    """End of a place in the genitive starting at token i ("Кокшетау", "области", "города
    Алматы"; a name that does not decline is in any case), None if there is none."""
    tokens = index.tokens
    if i >= len(tokens) or not _spaced(doc, tokens[i - 1], tokens[i]):
        return None
    if i in places:
        last = tokens[places[i]]
        fixed = names.get(last.text.lower()) == last.text and last.text[-1] in "уюиыэо"
        return places[i] + 1 if fixed or last.feats.get("Case") == "Gen" else None
    if not (tokens[i].text.islower() and tokens[i].lemma in _PLAN_PLACES and tokens[i].feats.get("Case") == "Gen"):
        return None
    return places[i + 1] + 1 if i + 1 in places and _spaced(doc, tokens[i], tokens[i + 1]) else i + 1


def _territory_end(doc: Document, index: TokenIndex, end: int, places: dict[int, int],
                   prepositions: tuple[str, ...] = ("по",)) -> int:
    """End of "по Алматы", "по городу Астана" right after token `end - 1`: «по», a place
    noun in lower case or none, and a place mention (one the taggers found: "по региону" is
    none); `end` itself when there is none. With «в», a mission's seat ("в России", "в г.
    Актау": a town's abbreviation between)."""
    tokens = index.tokens
    if end + 1 >= len(tokens) or tokens[end].text not in prepositions or not _spaced(doc, tokens[end - 1], tokens[end]):
        return end
    first = end + 1 + (tokens[end + 1].lemma in PLACE_NOUNS and tokens[end + 1].text.islower())
    if first < len(tokens) and tokens[first].text.rstrip(".") in _TOWN_ABBREVIATIONS:
        first += 1 + (first + 1 < len(tokens) and tokens[first + 1].text == ".")
    place_end = places.get(tokens[first].start) if first < len(tokens) else None
    return index.ends[place_end] + 1 if place_end in index.ends else end


def _mission(tokens: list[Token]) -> bool:
    """An embassy, consulate or representative office, in the singular (not "в посольствах
    Японии в Лаосе, США и Бельгии": a list of places, each its own)."""
    head = next((t for t in tokens if t.pos in ("NOUN", "PROPN")), None)
    return head is not None and head.lemma in MISSION_WORDS and head.feats.get("Number") != "Plur"


# a town's own museum, theatre, zoo or university is named by the town's adjective alone
# ("Отрарского музея", "Кызылординский университет": the news gold, 22 of 22 ORG; not a school,
# every town has many: "Костанайскую школу")
_NAMED_BY_PLACE = PLACE_INSTITUTIONS | {"университет", "институт", "академия", "колледж", "зоопарк"}


_MINISTRY = "Мин"  # Минтруда, Минздрав: a ministry's short name


def ministry_of_field(token: Token, ru: RussianLemmatizer) -> bool:
    """"Минтруда", "Минтранспорта", "Минэкологии": a ministry's short name on its field's noun
    in the genitive, which does not decline (the news gold: 19 of 19), unlike one on a cut stem
    ("Минздрава" -> "Минздрав", "Минсельхоза": pymorphy3 knows "сельхоз" as an abbreviation)."""
    if not token.text.startswith(_MINISTRY):
        return False  # (asked of every word a normal form inflects: the cheap test first)
    field = normal_word(token.text)[len(_MINISTRY):]
    return len(field) >= 4 and any(
        p.is_known and p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
        and "inan" in p.tag and "Orgn" not in p.tag for p in ru.parse(field))


def _institution(token: Token, ru: RussianLemmatizer) -> bool:
    """An institution noun, also as the first part of a compound ("школы-интерната-колледжа")."""
    if token.lemma in INSTITUTION_WORDS:
        return True
    first = normal_word(token.text).split("-")[0]
    return "-" in token.text and any(p.normal_form in INSTITUTION_WORDS for p in ru.parse(first)[:1])


def _named_after(doc: Document, tokens: list[Token], i: int, reach: int = 6) -> int | None:
    """End of "имени Героя Советского Союза У. Туктибаева", "им. Коркыт Ата" starting at
    token `i` («имени» or «им.»): capitalised words and initials up to the first surname-shaped
    word, or two words when none is, and a Kazakh honorific in lower case after them ("имени
    Бауыржана батыра"); a name ends at a line break ("оркестра имени Таттимбета\n\nКарагандинцев")."""
    end = _named_after_name(tokens, i, reach)
    if end is not None:
        end = next((k for k in range(i + 1, end) if "\n" in doc.text[tokens[k - 1].end:tokens[k].start]), end)
        if end == i + 1:
            return None
    if end is not None and end < len(tokens) and tokens[end].text in KAZAKH_HONORIFICS:
        end += 1
    return end


_ARABIC_ARTICLE = re.compile(r"^(?:аль|ал|әл|эль|әль)-[А-ЯЁӘҒҚҢӨҰҮҺІ]\w+$")  # аль-Фараби, әл-Фараби


def _named_after_name(tokens: list[Token], i: int, reach: int) -> int | None:
    """End of the name after «имени» or «им.» at token `i` (see _named_after)."""
    if i >= len(tokens) or tokens[i].text.lower() not in _NAMED_AFTER_WORDS:
        return None
    ends, j, initialled = [], i + 1, False  # the end of each word after «имени», initials with theirs
    if j + 1 < len(tokens) and tokens[j].lemma in STREET_NAME_TITLES and tokens[j].text.islower() \
            and tokens[j + 1].text[:1].isupper():
        j += 1  # "имени профессора Х.Ж. Макажанова", "имени академика Е. Букетова": the title is part of the name
    if j < len(tokens) and _ARABIC_ARTICLE.match(tokens[j].text):
        return j + 1  # "имени аль-Фараби | Жансеита Туймебаева": a name of one word (the rector after it)
    while j < len(tokens) and j - i <= reach and tokens[j].text[:1].isupper() \
            and (tokens[j].text.replace("-", "").isalpha() or _INITIAL.match(tokens[j].text)):
        if _SURNAME_SHAPE.match(tokens[j].text) \
                or initialled and len(tokens[j].text) > 1 and not _INITIAL.match(tokens[j].text):
            # the word after initials is the surname: "имени М. Горького | Еркину Касенову" (the director)
            if ends and tokens[j].text.endswith("ым"):
                return ends[0]  # "имени Абая | Такиром Балыкбаевым": a person in the instrumental after the name
            return j + 1
        if len(tokens[j].text) == 1 and j + 1 < len(tokens) and tokens[j + 1].text == ".":
            j, initialled = j + 2, True
            continue
        if _INITIAL.match(tokens[j].text):  # "им. Г. Султанова": the initial one token with its dot
            j, initialled = j + 1, True
            continue
        j += 1
        ends.append(j)
    return ends[min(1, len(ends) - 1)] if ends else None


def _places_named_after(doc: Document, index: TokenIndex, places: dict[str, str]) -> list[Entity]:
    """"района им. Габита Мусрепова", "села имени Ш. Калдаякова": a district or settlement
    named after a person is a place; a district's name keeps its noun (the official "район
    имени ..."), a settlement's or a rural district's opens at «имени» as "Степное" does
    after «село» ("сельский округ | им. Сакена Сейфуллина"). A mine named after a person is
    the enterprise, its noun in its name ("шахты имени Костенко": the news gold's training
    parts, 7 of 7 with the noun, 4 of them an organisation), and so is one whose name follows
    its noun without «имени» ("шахты Костенко", "рудник Сталинский": 2 of 2)."""
    tokens = index.tokens
    found = []
    for k, noun in enumerate(tokens[:-1], 1):
        if noun.text.islower() and noun.lemma in _NAMED_AFTER_NOUNS \
                and (end := _named_after(doc, tokens, k)) is not None:
            mine = noun.lemma in MINE_WORDS
            found.append(_from_tokens(doc, index, k - 1 if noun.lemma in NAMED_TERRITORY_NOUNS or mine else k, end,
                                      "ORG" if mine else "LOC"))
        elif noun.text.islower() and noun.lemma in MINE_WORDS and noun.feats.get("Number") != "Plur" \
                and "\n" not in doc.text[noun.end:tokens[k].start] and _mine_s_own_name(tokens, k, places):
            found.append(_from_tokens(doc, index, k - 1, k + 1, "ORG"))
    return found


def _mine_s_own_name(tokens: list[Token], k: int, places: dict[str, str]) -> bool:
    """Whether tokens[k], right after a mine's noun, is the mine's name: one capitalised
    word, no place (the town a mine is of: "шахты Шахтинска") nor the first of a person's
    names ("шахты Иван Петров")."""
    word = tokens[k]
    return word.text.istitle() and word.text.isalpha() and normal_word(word.text) not in places \
        and not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and tokens[k + 1].text.isalpha())


def _districts_named_after_people(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """"район Габита Мусрепова", "(р-н Г. Мусрепова)", "аким района Магжана Жумабаева Ерлан
    Ахметов": «район» and a district's namesake after it are one place, whatever the tagger
    made of the name (a person, or a mention running on into the akim's name, who stays a
    person: _past_district); inside a body's name or right after it, the body's ("отдел
    полиции района Шал акына", "ОВД района имени М. Жумабаева")."""
    tokens = index.tokens
    for k, noun in enumerate(tokens[:-1]):
        if not (noun.text == "р-н" or noun.text.islower() and noun.lemma == "район") \
                or (end := _district_namesake_end(tokens, k + 1)) is None:
            continue
        district = _from_tokens(doc, index, k, end, "LOC")
        body = next((e for e in entities if e.label == "ORG" and (e.start < district.end and district.start < e.end
                                                                   or k > 0 and e.end == tokens[k - 1].end
                                                                   and noun.feats.get("Case") == "Gen"
                                                                   and (_body(e, index) or _abbreviated(e)))), None)
        if body is not None:  # the body's name takes the district's whole ("отдела полиции района Шал | акына")
            if body.start < district.start and body.end < district.end:
                entities = [e for e in entities if e is not body] + [
                    Entity("ORG", doc.text[body.start:district.end], body.start, district.end, body.sentence)]
            continue
        entities = [*(e for e in entities if not (e.start < district.end and district.start < e.end)),
                    *(tail for e in entities if (tail := _past_district(e, district)) is not None),
                    *(town for e in entities if (town := _town_before_district(e, district)) is not None), district]
    return sorted(entities, key=lambda e: (e.start, -e.end))


# "аппарат акима Бурлинского района", "аппарата Правительства РК", "Секретариатом АНК": the offices
# of OFFICE_WORDS that serve an official or a body and are named by them (not a press service:
# "пресс-служба акима области", which the news gold splits as often as not)
_OFFICES = frozenset({"аппарат", "секретариат"})


def _offices(doc: Document, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """An office and the body or the akim's place after it are one ORG (the news gold's training
    parts: 8 of 8), which the tagger splits into the body alone or the place alone; the places
    after the first go with it ("аппарат акима Карасайского района Алматинской области"). A
    device ("аппарат ИВЛ") is none: after «аппарат» the body is no abbreviation alone."""
    tokens = index.tokens
    out = sorted(entities, key=lambda e: e.start)
    for k, token in enumerate(tokens[:-1]):
        if token.lemma.lower() not in _OFFICES or token.pos not in ("NOUN", "PROPN") \
                or token.feats.get("Number") == "Plur":
            continue
        j = k + 1 + (tokens[k + 1].text.lower() == "акима")  # the akim's genitive (the tagger gives it no case)
        if j >= len(tokens) or not _spaced(doc, tokens[j - 1], tokens[j]):
            continue
        owner = next((e for e in out if e.start == tokens[j].start and (
            e.label == "LOC" and j > k + 1
            or e.label == "ORG" and j == k + 1 and (token.lemma.lower() == "секретариат" or not e.text.isupper()))),
                     None)
        if owner is None:
            continue
        end = owner.end
        for e in out:
            if e.label == "LOC" and e.start > end and doc.text[end:e.start] == " ":
                end = e.end  # "Карасайского района | Алматинской области"
        office = Entity("ORG", doc.text[token.start:end], token.start, end, owner.sentence)
        out = sorted([e for e in out if not (e.start < office.end and office.start < e.end)] + [office],
                     key=lambda e: e.start)
    return out


_MUSEUM_NOUNS = frozenset({"музей", "дом-музей", "музей-заповедник", "заповедник-музей"})
_HERO_TITLE = "ГСС"  # Герой Советского Союза: "мемориальный музей ГСС Алии Молдагуловой"


def _museums_named_after_people(doc: Document, index: TokenIndex, entities: list[Entity],
                                ru: RussianLemmatizer) -> list[Entity]:
    """"дом-музей Жамбыла", "литературно-мемориального музея Абая", "мемориальный музей ГСС
    Алии Молдагуловой": a museum with a person right after its noun is named after them, one
    ORG with its adjectives and the quoted name after the person («Жидебай-Борили»), as one
    named «имени» is (the news gold's training parts: 4 of 4), when the person is in the
    genitive."""
    tokens = index.tokens
    out = list(entities)
    for person in entities:
        span = index.span(person) if person.label == "PER" else None
        if span is None:
            continue
        j = span[0] - 1 - (span[0] > 0 and tokens[span[0] - 1].text == _HERO_TITLE)
        if j < 0 or tokens[j].lemma.lower() not in _MUSEUM_NOUNS or tokens[j].feats.get("Number") == "Plur" \
                or not _spaced(doc, tokens[j], tokens[j + 1]) or not _genitive_name(tokens[span[0]:span[1]], ru):
            continue  # (not "директор музея | Иван Петров", a person in the nominative)
        start = min([_adjectives_before(doc, tokens, j, lambda t: t.lemma not in NOT_NAME_ADJECTIVES),
                     *(s for e in out if e.label in ("ORG", "LOC") and e.end == tokens[j].end
                       and (s := index.starts.get(e.start)) is not None)])  # the tagger's, adjectives joined by «и»
        end = span[1]
        if end < len(tokens) and tokens[end].text in _QUOTES and _spaced(doc, tokens[end - 1], tokens[end]) \
                and (close := _closing_quote(tokens, end, 8)) is not None:
            end = close + 1  # "заповедника-музея Абая «Жидебай-Борили»": and the name it goes by
        museum = _from_tokens(doc, index, start, end, "ORG")
        out = [e for e in out if not (e.start < museum.end and museum.start < e.end)] + [museum]
    return sorted(out, key=lambda e: (e.start, -e.end))


def _genitive_name(words: list[Token], ru: RussianLemmatizer) -> bool:
    """Whether a person's name is in the genitive: by the tagger, or by every reading pymorphy3
    has of its first word past initials, none a nominative ("Абая", which the tagger may call
    nominative; not "Иван")."""
    if words[-1].feats.get("Case") == "Gen":
        return True
    first = next((t for t in words if len(t.text) > 2), None)
    parses = ru.parse(normal_word(first.text)) if first is not None else []
    return any("gent" in p.tag for p in parses) and not any("nomn" in p.tag for p in parses)


def _town_before_district(entity: Entity, district: Entity) -> Entity | None:
    """The place a tagger's place ran from into the district after it ("Степняк | района
    Биржан сал": the town, then its district); None when no capitalised word is left."""
    if entity.label != "LOC" or not entity.start < district.start < entity.end:
        return None
    town = entity.text[:district.start - entity.start].rstrip()
    return replace(entity, text=town, end=entity.start + len(town)) if town[:1].isupper() else None


def _past_district(entity: Entity, district: Entity) -> Entity | None:
    """What of a mention starting in `district` runs on past it: a person when the tagger's
    mention was one or the rest is all capitalised words ("района Магжана Жумабаева | Ерлан
    Ахметов", the akim), else a place; None when the rest does not start with a capital."""
    if entity.label not in ("PER", "LOC") or not district.start <= entity.start < district.end < entity.end \
            or (rest := _rest_past(entity, district.end)) is None:
        return None
    person = entity.label == "PER" or all(w[:1].isupper() for w in rest.text.split())
    return rest if person else replace(rest, label="LOC")


def _district_namesake_end(tokens: list[Token], i: int) -> int | None:
    """End of a district's namesake (DISTRICT_NAMESAKES) starting at token `i`, after «им.» or
    «имени», a first name or an initial, or None."""
    if i < len(tokens) and (tokens[i].text.lower() in _NAMED_AFTER_WORDS or tokens[i].text == "им"):
        i += 1 + (tokens[i].text == "им" and i + 1 < len(tokens) and tokens[i + 1].text == ".")
    before = tokens[i:i + 2]
    for skip in (0, 1, 2):
        if skip == 1 and not (before and before[0].text[:1].isupper()
                              and (before[0].text.isalpha() or _INITIAL.match(before[0].text))) \
                or skip == 2 and not (len(before) == 2 and len(before[0].text) == 1 and before[1].text == "."):
            continue
        for size in (2, 1):
            words = tokens[i + skip:i + skip + size]
            if len(words) == size and words[0].text[:1].isupper() \
                    and _fold(" ".join(w.text for w in words)) in DISTRICT_NAMESAKES:
                return i + skip + size
    return None


def _parks(doc: Document, index: TokenIndex, places: dict[str, str]) -> list[Entity]:
    """"парке Победы", "парка Вечного огня", "сквере имени Амангельды Иманова": a park and
    the name after it (capitalised words in the genitive and the noun of an adjective among
    them, or a name after «имени») are one place; not "парков Алматы", the town's parks."""
    tokens = index.tokens
    found = []
    for k, noun in enumerate(tokens[:-1], 1):
        if noun.lemma not in PARK_WORDS or not noun.text.islower() or noun.feats.get("Number") == "Plur":
            continue
        end = _named_after(doc, tokens, k)
        if end is None:
            end = k
            while end < len(tokens) and end - k < 2 and tokens[end].text[:1].isupper() and tokens[end].text.isalpha() \
                    and tokens[end].feats.get("Case") == "Gen" and normal_word(tokens[end].text) not in places \
                    and _spaced(doc, tokens[end - 1], tokens[end]):
                end += 1
            if k < end < len(tokens) and tokens[end - 1].pos == "ADJ" and tokens[end].pos == "NOUN" \
                    and tokens[end].text.islower() and tokens[end].feats.get("Case") == "Gen":
                end += 1  # "парка Вечного огня": the name's noun after its adjective
        if end > k:
            found.append(_from_tokens(doc, index, k - 1, end, "LOC"))
    return found


def _plants(doc: Document, index: TokenIndex, places: frozenset[str]) -> list[Entity]:
    """"ТЭЦ-1", "на риддерскую ТЭЦ", "Экибастузской ГРЭС-1", "Павлодарский НХЗ", "ТЭЦ
    Риддера", "Аксуской электростанции": a power plant or refinery named by its number, its
    town's adjective or its town is an organisation (all 27 power plants in the news gold, the
    town inside 5 times of the training parts' 7; its kind spelled out, 2 of 2), and so is each
    plant whose adjective is listed before the last's ("Бухтарминской, Усть-Каменогорской и
    Шульбинской гидроэлектростанциях"); "еще одной ТЭЦ", "городскую ТЭЦ" name none."""
    tokens = index.tokens
    found = []
    for k, token in enumerate(tokens):
        plant = _PLANT.match(token.text)
        if plant is None and token.lemma not in _PLANT_NOUNS:
            continue
        adjective = tokens[k - 1] if k else None
        start = k - 1 if adjective is not None and _plant_adjective(adjective, places) \
            and _spaced(doc, adjective, token) else k
        number = plant is not None and plant[1]
        town = plant is not None and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() \
            and tokens[k + 1].lemma in places and tokens[k + 1].feats.get("Case") == "Gen" \
            and _spaced(doc, token, tokens[k + 1])
        if start < k or number or town:
            found.append(_from_tokens(doc, index, start, k + 1 + (town and start == k and not number), "ORG"))
        while start > 1 and tokens[start - 1].text in (",", "и") and _plant_adjective(tokens[start - 2], places) \
                and tokens[start - 2].text[:1].isupper():
            start -= 2
            found.append(_from_tokens(doc, index, start, start + 1, "ORG"))
    return found


_LATIN_NAME_WORD = re.compile(r"^[A-Z][A-Za-z0-9&'-]*$")


def _latin_names_after_legal_forms(doc: Document, index: TokenIndex) -> list[Entity]:
    """"ТОО KazTigerTape", "АО Kaspi Bank": a legal form in capitals and a name in Latin letters
    without quotes, up to three words on its line, is a company, the form inside as before a
    quoted name ("ТОО «Казцинк»"), though the tagger may see neither."""
    tokens = index.tokens
    found = []
    for i, token in enumerate(tokens[:-1]):
        if not token.text.isupper() or token.text.lower() not in LEGAL_FORMS:
            continue
        end = i + 1
        while end < len(tokens) and end - i <= 3 and _LATIN_NAME_WORD.match(tokens[end].text) \
                and doc.text[tokens[end - 1].end:tokens[end].start] == " ":
            end += 1
        if end > i + 1:
            found.append(_from_tokens(doc, index, i, end, "ORG"))
    return found


def _plant_adjective(token: Token, places: Container[str]) -> bool:
    """A town's adjective that can name a plant ("риддерскую", "Экибастузской"; not "городскую",
    "сельскую", nor a country's in lower case: "китайская АЭС" is any plant of China)."""
    return bool(_PLACE_ADJECTIVE_FORM.search(token.text)) and not token.text.lower().startswith(("городск", "сельск")) \
        and (not token.text.islower() or town_adjective(token.text, places))


# an abbreviation in capitals, then a quoted name on the same line: "МЦПС «Хоргос»", "ГК «Шымбулак»"
_ABBREVIATED_KIND = re.compile(r"\b([А-ЯЁ]{2,5})[ \t]+[«\"“][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9][^«»\"“”\n]{0,60}[»\"”]")
# a zone's (_zones), a police campaign's (PROG); the media, said of the name ("СМИ «Говорит Москва»")
_OTHER_ABBREVIATED_KINDS = frozenset({"СЭЗ", "ИЗ", "ОПМ", "СМИ"})


def _abbreviated_kinds(doc: Document, index: TokenIndex, entities: list[Entity], rules: EntityRules,
                       ru: RussianLemmatizer) -> list[Entity]:
    """"МЦПС «Хоргос»", "ГК «Шымбулак»", "ЦДК «ULBA»": an organisation's kind abbreviated before
    its quoted name is part of the name, as a legal form is (the news gold: 323 of 331 such
    names ORG with the abbreviation), unless the abbreviation is a place's ("Закона РК «О
    ...»"), a building's (ЖК, BUILDING_WORDS), a zone's or campaign's (_OTHER_ABBREVIATED_KINDS),
    a word in capitals ("ДВА «ЗОЛОТА»"), or the name belongs to a longer mention."""
    found = []
    for match in _ABBREVIATED_KIND.finditer(doc.text):
        start, end = match.start(), match.end()
        first = index.starts.get(start)
        if first is None or end not in index.ends or match[1].lower() in BUILDING_WORDS | LEGAL_FORMS \
                or match[1] in _OTHER_ABBREVIATED_KINDS or _is_place(index.tokens[first:first + 1], rules, ru) \
                or (parses := ru.parse(match[1].lower())) and parses[0].is_known and "Abbr" not in parses[0].tag \
                or any(e.start < end and start < e.end and (e.start < start or e.end > end or e.label == "PROG")
                       for e in entities) \
                or _law_title(index.tokens, first, index.ends[end] + 1):
            continue  # 'ЗРК "Об автомобильном транспорте"': a law's title; no body's name opens with «О»
        found.append(Entity("ORG", match[0], start, end, doc.sentence_at(start)))
    return found



def _zones(doc: Document, index: TokenIndex, rules: EntityRules, ru: RussianLemmatizer,
           reach: int = 8) -> list[Entity]:
    """"в специальной экономической зоне TURAN", "индустриальной зоны «Талдыкорган»", "СЭЗ
    «Сарыарка»": a special economic, industrial or tourist zone's name (quoted, Latin or
    capitalised) is a place, the town it is named by ("индустриальной зоне Талдыкоргана",
    "курортной зоне Бурабай"), unless the zone is written by its abbreviation or its quoted
    name is no place: then it names the body that runs the zone (the news gold's training
    parts, 11 of 11 such marked ORG: "СЭЗ «Хоргос – Восточные ворота»"); the zone's words
    are not part of it, but its abbreviation is, as a legal form is ("СЭЗ «Морпорт Актау»",
    "СЭЗ "Turan"")."""
    tokens = index.tokens
    found = []
    for k, token in enumerate(tokens[:-1]):
        name = tokens[k + 1]
        if token.text != "СЭЗ" and not (token.text == "ИЗ" and name.text in _QUOTES) \
                and not (token.lemma == "зона" and token.text.islower() and k and tokens[k - 1].pos == "ADJ"):
            continue  # СЭЗ, ИЗ «Тассай» (an industrial zone; "ИЗ" unquoted is the preposition in capitals)
        if name.text in _QUOTES:
            close = _closing_quote(tokens, k + 1, reach - 1)
            first, end = k + 2, close
        else:
            first, end = k + 1, k + 2 if name.text[:1].isupper() and name.text.replace("-", "").isalpha() \
                and _spaced(doc, token, name) else None
        if end is not None:
            body = token.text == "СЭЗ" or name.text in _QUOTES and not _is_place(tokens[first:end], rules, ru)
            label = "ORG" if body else "LOC"
            found.append(_from_tokens(doc, index, k, end + (name.text in _QUOTES), label) if token.text.isupper()
                         else _from_tokens(doc, index, first, end, label))  # СЭЗ and its name's closing quote
    return found


def _state_enterprises(doc: Document, index: TokenIndex, reach: int = 16) -> list[Entity]:
    """"КГП на ПХВ «Павлодарский областной диагностический центр»", "РГП на ПХВ «Казгидромет»":
    a state enterprise's legal form, the right it holds its property by (ПХВ, ПОУ) and its
    quoted name are one organisation (the tagger starts it at ПХВ, or misses it)."""
    if "на П" not in doc.text:
        return []
    tokens, found = index.tokens, []
    for i in range(len(tokens) - 4):
        if tokens[i].text.lower() in LEGAL_FORMS and tokens[i].text.isupper() and tokens[i + 1].text == "на" \
                and tokens[i + 2].text in _PROPERTY_RIGHTS and tokens[i + 3].text in _QUOTES \
                and (close := _closing_quote(tokens, i + 3, reach)) is not None:
            found.append(_from_tokens(doc, index, i, close + 1, "ORG"))
    return found


def _closing_quote(tokens: list[Token], opening: int, reach: int) -> int | None:
    """The quote closing a name opened at token `opening`, within `reach` tokens of it and
    with a word between; None when there is none."""
    close = next((j for j in range(opening + 1, min(len(tokens), opening + reach)) if tokens[j].text in _QUOTES), None)
    return close if close is not None and close > opening + 1 else None


def _quoted_places(doc: Document, index: TokenIndex, reach: int = 6) -> list[Entity]:
    """"в мкр. «Жетысу-3»", "у водохранилища «Бартогай»", "рек «Аксай», «Каргалы»": a quoted
    name right after a word for a place of a town (QUOTED_PLACE_WORDS, a microdistrict) or a
    river's is that place, the quotes and the word left out, as the news gold writes them, and
    so is each name listed after the word in the plural ("микрорайонах «Солнечный-2» и
    «Южный»"); not its owner in the genitive. After a mine's word the name is the enterprise, an
    ORG ("шахте «Тентекская»"). A district named in quotes keeps its noun, as named districts do
    ("района «Байқоңыр»": the news gold 9 of 9)."""
    tokens = index.tokens
    found = []
    for k, token in enumerate(tokens[1:-1], 1):
        if token.text not in _QUOTES:
            continue
        at = k - 2 if tokens[k - 1].text == "." and k > 1 else k - 1
        word = tokens[at]
        district = word.lemma == "район" and word.feats.get("Number") != "Plur"
        if not (word.text.islower() and (word.lemma in _QUOTED_PLACE_NOUNS | MINE_WORDS
                                         or _names_a_place(tokens, at) or district)
                or word.text == "мкр"):
            continue
        label = "ORG" if word.lemma in MINE_WORDS else "LOC"
        close = _closing_quote(tokens, k, reach)
        owner = tokens[k + 1].feats.get("Case") == "Gen" != word.feats.get("Case")  # "станция „Водоканала“"
        while close is not None and tokens[k + 1].text[:1].isupper() and not owner:
            found.append(_from_tokens(doc, index, at, close + 1, label) if district
                         else _from_tokens(doc, index, k + 1, close, label))
            k = close + 2  # the next of a list: "в микрорайонах «Солнечный-2» и «Южный»"
            listed = k < len(tokens) - 1 and tokens[k - 1].text in (",", "и") and tokens[k].text in _QUOTES
            close = _closing_quote(tokens, k, reach) if listed and word.feats.get("Number") == "Plur" else None
    return found


_SHORT_NAME = re.compile(r"^[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z]*[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z]*$")  # ЗКМУ, КарТУ, КазНУ


def _abbreviations_named_after(doc: Document, index: TokenIndex) -> list[Entity]:
    """"ЗКМУ им. М. Оспанова", "КарТУ имени А. Сагинова": an abbreviation and «имени» with a
    person's name is one organisation, named after the person (whether the tagger found it)."""
    tokens = index.tokens
    found = []
    for i in range(1, len(tokens)):
        if tokens[i].text in _NAMED_AFTER_WORDS and len(tokens[i - 1].text) <= 8 and _SHORT_NAME.match(tokens[i - 1].text) \
                and (end := _named_after(doc, tokens, i)):
            found.append(_from_tokens(doc, index, i - 1, end, "ORG"))
    return found


_CENTRE = "центр"  # "областного кардиологического центра"; "областной центр" alone is a region's capital
# schools named by the field they teach: "колледж агробизнеса", "институт философии"
_SCHOOLS_OF_A_FIELD = frozenset({"колледж", "университет", "институт", "академия", "техникум", "училище", "театр"})
_HOUSE_OF_CULTURE = "ДК"  # "ДК энергетиков", "ДК металлургов": named after the trade it was built for
_NOT_A_FIELD = PLACE_NOUNS | _BODY_WORDS | frozenset({"страна", "регион", "республика", "штат", "провинция", "край",
                                                       "мир", "год", "имя", "студент"})


def _institutions(doc: Document, index: TokenIndex, ru: RussianLemmatizer) -> list[Entity]:
    """"Карагандинского областного историко-краеведческого музея", "школы № 24 имени У.
    Туктибаева", "областной школы олимпийского резерва по боксу", "школе №23": an institution
    noun names one institution when a body's adjective (областной, городской) stands before
    it with another adjective or a complement ("многопрофильной областной детской больнице",
    "областного перинатального центра": the training parts of batches 95-114 mark 9 of 11
    such hospitals and centres), a place's adjective with another one ("Туркестанский
    музыкальный драматический театр"), a number after it (an ordinal before a hospital:
    "третьей горбольницы"), or «имени» and a name; the mention takes its
    adjectives, its number, one genitive complement with an adjective, its «по» field and
    the name."""
    tokens = index.tokens
    found = []
    for i, token in enumerate(tokens):
        named_next = i + 1 < len(tokens) and tokens[i + 1].text.lower() in _NAMED_AFTER_WORDS
        abbreviated = token.text in SCHOOL_ABBREVIATIONS  # "ОШ №13", "СШ №№ 23, 9"
        if not abbreviated and ((token.pos != "NOUN" or token.feats.get("Number") == "Plur") and not named_next
                                or not (_institution(token, ru) or token.lemma == _CENTRE)):
            continue  # the tagger's number and part of speech fail on "школы-лицея им. ..."; «имени» says it
        # "объявлена аварийной | начальная школа № 19": a lower-case adjective in the instrumental before a noun
        # in another case is a predicate's (the tagger's other cases are less sure: "посетили областной
        # историко-краеведческий музей"; nor a place's after a line break: "\nКоллективу Бадамшинской ...")
        case = token.feats.get("Case")
        start = i if abbreviated else _adjectives_before(  # "в новой | ОШ № 28", "новую | среднюю школу № 57"
            doc, tokens, i, lambda t: t.lemma not in NOT_NAME_ADJECTIVES
            and not (t.text.islower() and t.feats.get("Case") == "Ins" != case))
        if abbreviated and i > 0 and _CAPITAL_PLACE_ADJECTIVE.match(tokens[i - 1].text) \
                and _spaced(doc, tokens[i - 1], token):
            start = i - 1  # "Мичуринская ОШ", "Перцевская ОШ": a school its village's adjective names
        end = i + 1
        after_number = _number_end(tokens, end)
        numbered = after_number is not None
        end = after_number or end
        if abbreviated and not numbered and start == i:
            continue
        if numbered and end < len(tokens) and tokens[end].text in _QUOTES \
                and (close := _closing_quote(tokens, end, 8)) is not None:
            end = close + 1  # "Детский сад №30 “Байтерек”": the number and the name it goes by, one name
        j = end
        while j < len(tokens) and _genitive_adjective(tokens[j]) or j > end and j + 1 < len(tokens) \
                and tokens[j].text == "и" and _genitive_adjective(tokens[j + 1]):
            j += 1  # "станции скорой и неотложной медицинской помощи": adjectives joined by «и» too
        if j < len(tokens) and tokens[j].pos == "NOUN" and tokens[j].text.islower() \
                and tokens[j].feats.get("Case") == "Gen" and tokens[j].feats.get("Number") == "Sing" \
                and (end < j or j + 1 < len(tokens) and tokens[j + 1].text.lower() in _NAMED_AFTER_WORDS):
            end = j + 1  # "школы олимпийского резерва", "станции скорой помощи", "театре драмы имени Лермонтова"
        end = _field_end(doc, tokens, end)
        named = _named_after(doc, tokens, end) or _named_after(doc, tokens, _audience_end(tokens, end))
        numbered = numbered or (token.lemma in FACILITY_WORDS and i > 0 and tokens[i - 1].lemma in ORDINALS)
        if named is None and not numbered and not any(_BODY_MODIFIERS.match(t.text.lower()) for t in tokens[start:i]) \
                and not (i - start >= (1 if token.lemma in _NAMED_BY_PLACE else 2)
                         and _CAPITAL_PLACE_ADJECTIVE.match(tokens[start].text)):
            continue  # "Туркестанский музыкальный драматический театр", "в Алматинском зоопарке": its
            # place and its kind name it
        bare = end == i + 1 and (all(_BODY_MODIFIERS.match(t.text.lower()) for t in tokens[start:i])
                                 or token.lemma == _CENTRE and i > start
                                 and _LOCAL_LEVEL.match(tokens[i - 1].text.lower()))
        if named is None and not numbered and bare \
                and not any(_CAPITAL_PLACE_ADJECTIVE.match(t.text) and not _LOCAL_LEVEL.match(t.text.lower())
                            for t in tokens[start:i]):
            continue  # "областной филармонии", "городской школы", "областной центр": a level alone names none,
            # nor one capitalised as a sentence's first word ("Сельская школа получила ..."); a level right
            # before "центр" makes it a town whatever the writer says of it ("компактный районный центр")
        found.append(_from_tokens(doc, index, start, named or end, "ORG"))
    return found


def _coordinated_field_end(tokens: list[Token], end: int) -> int:
    """End of "управления экологии | и окружающей среды": a body's genitive field and another
    joined to it by «и», lower-case adjectives and a noun in the genitive (not a second body:
    "управления образования | и акимата"); `end` itself when there is none."""
    last = tokens[end - 1]
    if end + 1 >= len(tokens) or tokens[end].text != "и" or not (last.text.islower() and last.pos == "NOUN"
                                                                  and last.feats.get("Case") == "Gen"):
        return end
    j = end + 1
    while j < len(tokens) and _genitive_adjective(tokens[j]):
        j += 1
    noun = tokens[j] if j < len(tokens) else None
    if noun is None or noun.pos != "NOUN" or not noun.text.islower() or noun.feats.get("Case") != "Gen" \
            or noun.feats.get("Number") != "Sing" or noun.lemma in _BODY_NOUNS:
        return end  # (nor "надзора и контроля | и местных исполнительных органов": other bodies)
    return j + 1


def _audience_end(tokens: list[Token], i: int) -> int:
    """End of "для детей и юношества" at token `i`: whom a theatre or school is for, lower-case
    genitives joined by «и» (`i` itself when there is none)."""
    if i >= len(tokens) or tokens[i].text != "для":
        return i
    j = i + 1
    while j < len(tokens) and tokens[j].text.lower() not in _NAMED_AFTER_WORDS \
            and (tokens[j].text.islower() and tokens[j].feats.get("Case") == "Gen" and tokens[j].pos in ("NOUN", "ADJ")
                 or tokens[j].text == "и" and j > i + 1):
        j += 1
    return j if j > i + 1 else i


def _genitive_adjective(token: Token) -> bool:
    """A lower-case adjective or participle in the genitive ("скорой", "окружающей")."""
    return token.pos in ("ADJ", "VERB") and token.text.islower() and token.feats.get("Case") == "Gen"


def _number_end(tokens: list[Token], i: int) -> int | None:
    """End of "№ 24" or "N24" at tokens[i], or of "№№ 23, 9" (several schools' numbers in
    one name, as the news gold keeps them); None if no number is there."""
    if i >= len(tokens) or tokens[i].text not in ("№", "N", "№№"):
        return None
    several = tokens[i].text == "№№" or i + 1 < len(tokens) and tokens[i + 1].text == "№"
    j = i + 1 + (tokens[i].text == "№" and several)
    if j >= len(tokens) or not _NUMBER_ITEM.match(tokens[j].text):
        return None
    end = j + 1
    while several and end < len(tokens) and (tokens[end - 1].text.endswith(",") or tokens[end].text == ","):
        following = end + (tokens[end].text == ",")
        if following >= len(tokens) or not _NUMBER_ITEM.match(tokens[following].text) or tokens[following].text.endswith(","):
            break
        end = following + 1
    return end


_NUMBER_ITEM = re.compile(r"^\d+,?$")
_BODY_NOUNS = ORG_DESCRIPTORS | ORG_HEADS_OF_PLACE | FUNCTION_BODIES | {"орган"}  # a second body after «и»
_STREETS_AND_GRAVES = STREET_WORDS | {"кладбище"}
_REGION_GENITIVE = "региона"  # "the region's": an owner named by a common word (_with_generic_owner)
_OUTLET_WORD = re.compile(r"\w-(?:онлайн|online|инфо|info|news|медиа|media)$|^[A-Z][a-z]+TV$", re.I)  # ..., AstanaTV
# a photo's or text's credit: the source named in Latin letters after it is an outlet or agency
# (the news gold: 33 of 34), after its author's name too ("Фото: Айгерим Коппаева / Kazinform") or the
# kind of picture ("Фото: коллаж Kazinform", "Коллаж Ulysmedia"); after "© Photo :" the word "Photo" is
# the credit's, no name
_CREDIT = re.compile(r"(?:\b[Фф]ото|\bИсточник|\bКоллаж|©)[ \t]*(?::|—|–|-|с сайта)?[ \t]*(?:[А-ЯЁ][^\n/A-Za-z]{0,40}?/[ \t]*)?"
                     r"(?:(?:коллаж|скриншот)[ \t]+)?"
                     r"(?P<name>(?!Photo\b)[A-Za-z][\w.-]*\w(?:[ \t]+[A-Z][a-z]+(?=[ \t]*$))?)", re.MULTILINE)  # "Фото: Jibek Joly"
# a photo's credit to a body by its abbreviation, with its place, ending the line: "Фото: СЦК",
# "Фото: ДЧС Костанайской области", "Источник фото: РСК Алматы", "Фото: УВП города Шымкента" (10 of 10)
_CREDITED_BODY = re.compile(r"\b[Фф]ото[ \t]*:[ \t]*(?P<name>[А-ЯЁ]{2,6}(?:[ \t]+(?:города[ \t]+)?[А-ЯЁ][\w-]*"
                            r"(?:[ \t]+области)?)?)[ \t]*$", re.MULTILINE)
# a text's source named alone on its line, or on the next one: "Источник:\nУстинка LIVE" (the news
# gold's training parts: 3 of 3)
_SOURCE_LINE = re.compile(r"^Источник[ \t]*:[ \t]*\n?[ \t]*(?P<name>[А-ЯЁA-Z][\w.-]*(?:[ \t]+[\w.-]+){0,2})[ \t]*$",
                          re.MULTILINE)
# a Latin name and the country of its edition, in the nominative: "Sputnik Казахстан", "Forbes Kazakhstan",
# "Sputnik Қазақстан" in a Russian caption of a Kazakh page (the news gold: 6 times of 6 one ORG; 4 of 4)
_NATIONAL_EDITION = re.compile(r"\b[A-Z][A-Za-z]+[ \t]+(?:Казахстан|Қазақстан|Kazakhstan)\b(?![а-яёәғқңөұүһі])")
# "15 декабря 2015 - Садыкова А.": a date and its author's signature, not a headline and its site
_SIGNED_DATE = re.compile(r"\s*\d{1,2}[ \t]+\w+[ \t]+\d{4}[ \t]+[-–—][ \t]+\w+[ \t]+\w\.[ \t]*\n")
# a page's title as a scraper keeps it on the first line, "Наука получать золото - Караван": the site's name after the dash
# a page's title and its site on the first line; a sentence's full stop after the last word
# makes the line a paragraph ("... в городе Уральск – Волков Владимир Александрович.")
_TITLE_SITE = re.compile(r"^\s*(?P<headline>[^\n]+?)[ \t]+[-–—|][ \t]+"
                         r"(?P<site>[A-ZА-ЯЁ][\w.]*(?:[ \t][A-ZА-ЯЁ][\w.]*){0,2})(?<!\.)[ \t]*\n")


# "газета | Об этом ...": a preposition, conjunction, particle, pronoun or adverb after a paper's kind names no paper
_FUNCTION_POS = ("ADP", "CCONJ", "SCONJ", "PART", "PRON", "ADV")


def _outlets(doc: Document, index: TokenIndex, rules: EntityRules) -> list[Entity]:
    """"передает корреспондент zakon.kz", "со ссылкой на krisha.kz": a site's name is the
    outlet wherever it stands, but not an address after «сайт»/«портал» ("на портале
    enbek.kz"); a capitalised word shaped like an outlet's name ("Павлодар-онлайн",
    "AstanaTV") is one wherever it stands, a lower-case one after a reporting verb (and the
    correspondent), and one or two capitalised words right after a broadcaster's or paper's
    kind (MEDIA_KINDS) but a person's name ("редактором газеты | Тамарой Ислямовой"), and the
    name after a dash ending a page's title on its first line; a source in Latin letters after
    a photo's or text's credit ("Фото: Depositphotos", "фото с сайта firsov.kz"), a body's
    abbreviation after a photo's ("Фото: СЦК"), and a source alone on its line ("Источник:\nУстинка
    LIVE")."""
    tokens = index.tokens
    found = [_from_tokens(doc, index, i, i + 1, "ORG") for i, t in enumerate(tokens)
             if t.text[:1].isupper() and _OUTLET_WORD.search(t.text)]
    for j, token in enumerate(tokens):
        if "." not in token.text and not (j + 1 < len(tokens) and (tokens[j + 1].text == "."
                                                                   or tokens[j + 1].start == token.end)):
            continue  # a site's name has its dot in its first token, right after it or after tokens glued to it
            # ("strategy | 2050 | . | kz")
        glued = j > 0 and tokens[j - 1].end == token.start and tokens[j - 1].text not in ("@", "/")
        if not glued and not (j > 0 and tokens[j - 1].lemma in ("сайт", "портал")) \
                and SITE_NAME.match(name := _glued_name(doc, tokens, j)):
            found.append(Entity("ORG", name, token.start, token.start + len(name), doc.sentence_at(token.start)))
    for i, token in enumerate(tokens[:-1]):
        if token.lemma not in REPORTING_VERBS:
            continue
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j].lemma in ("собственный", "корреспондент"):
            j += 1
        name = _glued_name(doc, tokens, j) if j < len(tokens) else ""
        if _OUTLET_WORD.search(name):
            start = tokens[j].start
            found.append(Entity("ORG", name, start, start + len(name), doc.sentence_at(start)))
    for i, token in enumerate(tokens[:-1]):  # "телеканал Астана", no quotes: the outlet's name
        if token.lemma in MEDIA_KINDS and token.text.islower() and tokens[i + 1].text.istitle() \
                and tokens[i + 1].pos not in _FUNCTION_POS \
                and "\n" not in doc.text[token.end:tokens[i + 1].start] \
                and normal_word(tokens[i + 1].text) not in BOILERPLATE_WORDS:  # not a menu's "О газете | Контакты"
            end = i + 3 if i + 2 < len(tokens) and tokens[i + 2].text.istitle() \
                and normal_word(tokens[i + 2].text) not in BOILERPLATE_WORDS else i + 2
            if end == i + 3 and tokens[i + 1].text.lower() in rules.first_names \
                    and _SURNAME_SHAPE.match(tokens[i + 2].text):
                continue
            if end == i + 3 and tokens[i + 2].text.lower() in rules.first_names:
                end = i + 2  # "телеканал Хабар | Ерлан Карин": the name after the outlet's
            found.append(_from_tokens(doc, index, i + 1, end, "ORG"))
    # "Фото: freepik", "Источник:newskaz", "фото с сайта firsov.kz"; "Фото: СЦК"
    for credit in chain(_CREDIT.finditer(doc.text), _CREDITED_BODY.finditer(doc.text), _SOURCE_LINE.finditer(doc.text)):
        if credit.start("name") in index.starts:
            found.append(Entity("ORG", credit["name"], credit.start("name"), credit.end("name"),
                                doc.sentence_at(credit.start("name"))))
    for edition in _NATIONAL_EDITION.finditer(doc.text):  # "Улытау - Sputnik Казахстан": an outlet's edition
        found.append(Entity("ORG", edition[0], edition.start(), edition.end(), doc.sentence_at(edition.start())))
    title = _TITLE_SITE.match(doc.text)
    if title is not None and len(title["headline"].split()) >= 3 and not _SIGNED_DATE.match(title[0]):
        found.append(Entity("ORG", title["site"], title.start("site"), title.end("site"), doc.sentence_at(title.start("site"))))
    return [e for e in found if e.end in index.ends  # not "Фото: gov.kz", "Фото: Instagram/...", "instagram.com"
            and _fold(e.text) not in NOT_NAMES and not _platform(e.text) and not _credited_site(doc.text, e)]


def _credited_site(text: str, entity: Entity) -> bool:
    """"Фото: akorda.kz", "Фото - pxhere.com": a site that is no outlet (shape.no_outlet_site),
    a state body's only when a photo is credited to it on its line."""
    line = text[text.rfind("\n", 0, entity.start) + 1:entity.start]
    return no_outlet_site(entity.text, credit=_PHOTO.search(line) is not None or "©" in line)


def _without_words_around_sites(doc: Document, entities: list[Entity], sites: list[Entity]) -> list[Entity]:
    """The tagger's ORG that runs from common words into a site's name ("Передает
    корреспондент zakon.kz" at a sentence's start) or on past it into punctuation
    ("Zakon.kz/") is dropped, so the site stands alone."""
    if not sites:
        return entities
    starts = {sentence.start for sentence in doc.sentences}

    def padded_site(e: Entity) -> bool:
        return e.label == "ORG" and any(
            e.start <= site.start and site.end <= e.end and (e.start, e.end) != (site.start, site.end)
            and not any(c.isalnum() for c in doc.text[site.end:e.end])
            and not any(word[:1].isupper() for word in doc.text[e.start:site.start].split()[e.start in starts:])
            for site in sites)
    return [e for e in entities if not padded_site(e)]


def _glued_name(doc: Document, tokens: list[Token], j: int) -> str:
    """The tokens from `j` written without spaces, quotes or other punctuation than dots and
    hyphens ("zakon.kz" of "/Zakon.kz/."), a final full stop left out."""
    end = j
    while end < len(tokens) and (end == j or tokens[end].start == tokens[end - 1].end
                                 and (tokens[end].text[:1].isalnum() or tokens[end].text in ".-")):
        end += 1
    return doc.text[tokens[j].start:tokens[end - 1].end].rstrip(".")


_PLACE_ADJECTIVE = re.compile(r"^[а-яё]{3,}ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")


def _after_work_kind(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] follows the kind of a work or award ("пьесу Островского", "мелодраму
    Островского «Последняя жертва»"): a word in -ского there is its author, no place's adjective."""
    return i > 0 and tokens[i - 1].lemma in NOT_ENTITY_KINDS


def _quoted_after_place_adjective(doc: Document, index: TokenIndex) -> list[Entity]:
    """"костанайском «Тоболе»", "алматинского «Кайрата»": a quoted capitalised name of one
    or two words after an adjective of a place is a club, theatre or company, whatever case
    it is in; the adjective may open the sentence, the quotes be straight ("Шымкентский "Ордабасы""),
    and a plural one names a list ("павлодарские «Иртыш» и «Мунайшы»")."""
    tokens = index.tokens
    found = []
    for i, token in enumerate(tokens[:-4]):
        if not _PLACE_ADJECTIVE.match(token.text.lower()) or _after_work_kind(tokens, i):
            continue
        opening = i + 1
        while opening + 3 < len(tokens) and tokens[opening].text in _CLOSING_QUOTE:
            close = next((k for k in range(opening + 1, min(len(tokens), opening + 4)) if tokens[k].text in _QUOTES), None)
            if close is None or close == opening + 1 or tokens[close].text != _CLOSING_QUOTE[tokens[opening].text] \
                    or not tokens[opening + 1].text[:1].isupper():
                break
            found.append(_from_tokens(doc, index, opening + 1, close, "ORG"))
            if token.feats.get("Number") != "Plur" or close + 2 >= len(tokens) or tokens[close + 1].text not in (",", "и"):
                break
            opening = close + 2
    return found
