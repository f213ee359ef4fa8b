"""Kazakhstani and neighbouring place names in Kazakh spelling: proper nouns the hunspell
lexicon lacks, so that case endings come off them and nothing else does
("Қызылордада" -> "қызылорда", not "қызылор"). Written for kaznews from public lists of
Kazakhstan's regions, cities and rivers."""
import re

from .letters import has_kazakh_letters, russian_spelling

PLACES = frozenset("""
қазақстан астана алматы шымкент қарағанды ақтөбе атырау ақтау орал қостанай павлодар
өскемен семей петропавл көкшетау тараз қызылорда түркістан талдықорған жезқазған
теміртау екібастұз байқоңыр қонаев балқаш сарыағаш кентау жаңаөзен ақмола абай жетісу
ұлытау маңғыстау алатау сырдария ертіс іле жайық есіл нұра арал каспий балхаш зайсан
бурабай щучинск степногор рудный лисаковск сәтбаев қаражал приозерск аягөз ридер
текелі жаркент үшарал шу қордай қаскелең есік талғар ұзынағаш леңгер арыс шардара
жетісай мақтаарал ордабасы сайрам төлеби байзақ меркі жамбыл мойынқұм қаратау
ресей қытай өзбекстан қырғызстан түрікменстан тәжікстан әзірбайжан түркия иран
мәскеу ташкент бішкек пекин анкара еуропа азия америка германия франция жапония
ақорда ақсу ақкөл ерейментау қарқаралы арқалық жітіқара әулиекөл қарабалық бейнеу құлсары шалқар
хромтау қандыағаш атбасар
""".split())


# The written-news gold's convention for the kind of a place (data/eval/news/README.md):
# a region or district ("облысы", "ауданы", "ауылдық округі") is part of the LOC in any
# case form of the singular; a city, village, settlement, port, station or section is not
# ("Өскемен қаласының", "Құрық порты", "Шағалалы станциясына": the gold, 5 ports of 5, 8
# stations of 8, 3 sections of 4). A plural ("облыстарының") is several places and no part
# of one. Streets, avenues, squares and bridges are no entities at all (STREET_NOUN).
# POSSESSED_CASE: the possessive and any case after it.
POSSESSED_CASE = r"(?:ы|і|сы|сі)(?:н|ның|нің|на|не|нда|нде|нан|нен|ндағы|ндегі|мен)?"
# A name before a street's, avenue's, square's or bridge's noun, singular or plural, is the
# street's ("Абай көшесі", "Д.Қонаев даңғылында", "Шолохов, Сейфуллин көшелері", "Астана
# алаңында", "Ертіс көпірінде"): streets, squares and bridges are no entities
# (data/eval/news/GUIDELINES.md, as NEREL, whose FACILITY they are; the news gold marks no
# bridge's name, 10 of 10), so a street named after a person counts as no place of that name.
STREET_NOUN = re.compile(rf"^(?:көше|даңғыл|бульвар|алаң|көпір)(дар|тар|лар|тер|дер|лер)?{POSSESSED_CASE}$")
# A sea's or strait's noun is part of its name as a region's is ("Арал теңізі", "Берг
# бұғазынан": the news gold has 16 such places, each with its noun); a province's too (Шаньси
# провинциясы). A nature reserve is a body (`bodies.BODY_STEMS`).
REGION_NOUN = re.compile(rf"^(?:облыс|аудан|округ|провинция|штат|теңіз|бұғаз){POSSESSED_CASE}$")
SETTLEMENT_NOUN = re.compile(rf"^(?:қала|қалашығ|шаһар|ауыл|кент|көше|даңғыл|порт|станция|станса|учаске){POSSESSED_CASE}$")
# "Кеңес Одағының", "Кеңестер одағындағы", the Soviet Union: a country, whatever the CRF calls
# it (the news gold, 8 of the 10 it names outside a title; its training parts, 7 of 7 in a
# hero's title too), though a union of states of today is a body (Еуропалық Одақ)
SOVIET_UNION = re.compile(rf"^кеңес(?:тер)? одағ{POSSESSED_CASE}$")
# "Қазақ хандығының", "Ресей империясынан": a khanate or an empire after its people's or
# country's name is a state of its own (the news gold's training parts: 7 of 7 khanates and 1 of 1
# empire places, as "Казахского ханства" in Russian)
KHANATE_OR_EMPIRE = re.compile(rf"^(?:хандығ|империя){POSSESSED_CASE}$")
# A settlement, district, station, reservoir or deposit noun in the plural, in any case
# ("ауылдарында", "аудандары", "станцияларында", "су қоймаларының", "кен орындарында", "елді
# мекендерінің", "тұрғын алаптарының"): the names listed before it are each a place.
PLURAL_PLACE_NOUN = re.compile(r"^(?:ауыл|қала|аудан|кент|округ|станция|станса|қойма|облыс|орын|мекен|алап)"
                               r"(?:дар|тар|лар|тер|дер|лер)(?:ы|і)?"
                               r"(?:н|нда|нде|на|не|ның|нің|нан|нен|ндағы|ндегі)?$")

# "Батыс Қазақстан облыстарында", "Қарабалық аудандарында": the last of a list of regions
# with their kind noun in the plural is one region; its dictionary form has the singular
# (the written-news gold: 9 of 9, "Батыс Қазақстан облысы").
_PLURAL_REGION_NOUN = re.compile(r"^(облыс|аудан|округ)(?:тар|дар|тер)(?:ы|і)?"
                                 r"(?:н|нда|нде|на|не|ның|нің|нан|нен|ндағы|ндегі)?$")
_SINGULAR_REGION_NOUN = {"облыс": "облысы", "аудан": "ауданы", "округ": "округі"}


def singular_region_noun(word: str) -> str | None:
    """The singular possessive of a region noun in the plural ("облыстарында" -> "облысы"),
    in the word's letter case; None for any other word."""
    match = _PLURAL_REGION_NOUN.match(word.lower())
    if match is None:
        return None
    singular = _SINGULAR_REGION_NOUN[match.group(1)]
    return singular.upper() if word.isupper() else singular


# Russian case endings a Kazakh-spelled place takes in a Russian sentence, and what its name
# ends in instead: "Екібастұза", "Оралом", "в Өскемене"; "из Қызылорды", "Қызылорде"
_RUSSIAN_SPELT_PLACES = frozenset(map(russian_spelling, PLACES))  # "ұзынағаш" -> "узынагаш"
_RUSSIAN_ENDINGS = (("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", ""),
                    ("ой", "а"), ("ы", "а"), ("е", "а"), ("у", "а"),
                    ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"))  # "из Кордая" -> "Кордай"


def place_in_russian_case(word: str) -> str | None:
    """A place of PLACES that a Russian sentence declines, Kazakh-spelled ("Екібастұза" ->
    "Екібастұз", "из Қызылорды" -> "Қызылорда") or in Russian letters ("в Узынагаше" ->
    "Узынагаш"), in the word's letters and letter case; the word itself when it is the name
    already ("в Қарағанды", which Russian would read as a genitive of Караганда); None for
    a word of no place of the list."""
    low = word.lower()
    names = PLACES if has_kazakh_letters(low) else _RUSSIAN_SPELT_PLACES
    if low in names:
        return word
    for ending, name_ending in _RUSSIAN_ENDINGS:
        if low.endswith(ending) and low[:-len(ending)] + name_ending in names:
            return word[:-len(ending)] + name_ending
    return None

# "Қобда-Жиренқопа тас жолында", "Қырғызстан-Ресей бағытындағы", «Қызылжар-Мойынты» жаңа
# теміржол желісі, «Бейнеу-Маңғыстау» учаскелері: a road, railway line, section or direction
# after two places joined by a dash names the two places; so does a pipeline ("Қарашығанақ-Орал
# газ құбырының"); so does a border ("Қазақстан-Қытай шекарасында").
ROUTE_STEMS = ("жол", "трасса", "бағыт", "рейс", "магистрал", "желі", "учаске", "телім", "пойыз", "құбыр", "шекара",
               "қатынас")  # «Қарағанды-Томск» қатынасындағы пойыз: the train's route
ROUTE_NOUN = re.compile(rf"^(?:жаңа\s+)?(?:тас\s+|темір\s*|автомобиль\s+|автокөлік\s+|авто|газ\s+|су\s+|мұнай\s+)?"
                        rf"(?:{'|'.join(ROUTE_STEMS)})", re.IGNORECASE)

# Districts and villages named after persons whose bare name in a sentence is as often the
# person (Абай, Жамбыл, Исатай, Махамбет, Райымбек): no place unless its kind noun follows.
NAMED_AFTER_PERSONS = frozenset("""
абай алтай амангелді байзақ бәйдібек дания ескелді жамбыл исатай махамбет райымбек сырым
қарасай әйтеке сауран құрманғазы
""".split())
