"""Kazakh words that end the name of a body: the head noun of "Батыс Қазақстан облысының
стратегия және экономикалық даму басқармасы", "Шымкент мұнай өңдеу зауыты". The head of
such a compound takes the 3rd-person possessive (-ы/-і, -сы/-сі) and then any case ending,
so the stems are spelled as they stand before the possessive (мектеп -> мектебі,
әкімдік -> әкімдігі). Written for kaznews from Kazakh grammar and the names of state
bodies, schools and companies on gov.kz.

Left out on purpose: қоғам ("Қазақстан қоғамы" is the society, no body), қызмет
(a press service is part of a body, not one), құрама (a national team is tagged by the
model and the written-news gold does not mark a team of a kind: "Әйелдер құрамасы").
"""
import re

BODY_STEMS = frozenset("""
басқарма департамент әкімдіг әкімшіліг хокимият аппарат министрліг агенттіг комитет комиссия бөлім бөлімше
алқа филиал өкілдіг мәслихат палата инспекция прокуратура полиция сот штаб ұйым
партия қанат одағ қауымдастығ ассоциация федерация қор орталығ кеңес клуб команда
мектеб колледж университет институт академия лицей гимназия балабақша бөбекжай кафедра факультет
театр үй мешіт музей мұражай кітапхана филармония аурухана емхана шипажай үйірме лагер
зауыт фабрика комбинат цех шеберхана шахта компания корпорация банк холдинг мекеме кәсіпорн серіктестіг бірлестіг
консорциум кооператив
сарай жасағ қозғалыс ансамбл амбулатория телеарна қожалығ газет портал журнал
фракция хор бюро оркестр әуежай қолбасшылығ қорығ
""".split())

# Bodies of many states by their Kazakh abbreviations, which no country or place owns
# ("Қазақстанның | ТМД аясында"; lower case)
INTERNATIONAL_BODIES = frozenset("тмд бұұ шыұ еаэо ұқшұ еқыұ ео нато юнеско дсұ тмұ иыұ ааөсшк".split())

# Kazakhstani parties by their names (lower case, either script): a quoted name alone that the
# CRF reads as a programme («Nur Otan» in a headline) is the party
PARTY_NAMES = frozenset({"nur otan", "нұр отан", "нур отан", "amanat", "аманат", "ақ жол", "ak zhol", "ак жол",
                         "respublica", "adal"})

_STEM = rf"(?:{'|'.join(sorted(BODY_STEMS, key=len, reverse=True))})(?:сы|сі|ы|і)"
# a compound's last part heads it: "қорық-музейі", "мектеп-интернатына"
_BODY_HEAD = re.compile(rf"^(?:[а-яәғқңөұүһі]+-)?{_STEM}(?:н|ның|нің|на|не|нда|нде|нан|нен|мен|ндағы|ндегі)?$")
# A stem as it stands bare or before a consonant: мектеб -> мектеп (мектептер), орталығ -> орталық.
_BARE = {stem: stem[:-1] + {"б": "п", "г": "к", "ғ": "қ"}[stem[-1]] if stem[-1] in "бгғ" else stem for stem in BODY_STEMS}
_PLURAL_BODY = re.compile(rf"^(?:{'|'.join(sorted(BODY_STEMS | set(_BARE.values()), key=len, reverse=True))})[а-яәғқңөұүһі]?"
                          r"(?:лар|лер|дар|дер|тар|тер)")
_OWNER = re.compile(rf"^{_STEM}(?:ның|нің)?$")
# A possessed or plural noun in the locative, ablative, dative or accusative, or a long word
# in the ablative: where or whence, not a word of a body's name ("Атырау қаласында
# әуежайдан облыс әкімдігіне", "Текелі қалаларын бөлу жолымен"). The bare locative and
# dative are left out (сауда, медицина, дене end like them); the bare instrumental too
# ("жұмыспен қамту орталығы"), not the possessed one, by whose help or doing ("басқармасының
# қолдауымен облыстық ... музейінде").
_OBLIQUE = re.compile(r"(?:[ыі]|с[ыі]|[лдт][ае]р[ыі])(?:нда|нде|нан|нен|на|не)$|(?:с[ыі]|[лдт][ае]р[ыі])н$"
                      r"|[лдт][ае]р(?:да|де|та|те|ға|ге|дан|ден|тан|тен|ды|ді)$|^.{4,}(?:дан|ден|тан|тен|нан|нен)$"
                      r"|^.{3,}[ыі]мен$")
# A head noun that with the word before it names a place, not a body: a region's
# administrative centre is a town ("Алматы облысының әкімшілік орталығы"), and the centre of
# a place in the genitive is where something is ("Алматының орталығында", "ауданының орталығы");
# a residential house is a building ("№ 30 көпқабатты тұрғын үйдің", not "Тұрғын үй басқармасы").
_PLACE_PHRASE = re.compile(r"^(?:(?:әкімшілік|аудан|облыс|ауданы|облысы|округі|\S+(?:ның|нің|дың|дің|тың|тің)) орталығ"
                           r"|тұрғын үй)")
# A numbered body's head, bare or possessed, in any case form but the plural: "№50 орта
# мектептің", "қалалық №3 емханаға", "№9 колледжінде" (the number is its name).
_NUMBERED_HEAD = re.compile(rf"^(?:{'|'.join(sorted(BODY_STEMS | set(_BARE.values()), key=len, reverse=True))})"
                            r"(?!лар|лер|дар|дер|тар|тер)[а-яәғқңөұүһі]{0,5}$")
# The state's bodies that news names by one word, capitalised, in any case form ("Сенатта",
# "Мәжілістің", "Үкіметпен"): the CRF, trained on transcripts, misses them.
# (not "Құрылтай" alone, the written-news gold's 12 of 12 unmarked: "Ұлттық құрылтай" is the body)
NATIONAL_BODIES = frozenset("сенат мәжіліс парламент үкімет ассамблея".split())
_CASE_FORMS = (r"(?:(?:ы|і|сы)(?:н|ның|нің|на|не|нда|нде|нан|нен|мен)?"
               r"|тың|тің|ның|нің|дың|дің|та|те|да|де|қа|ке|ға|ге|ты|ті|ны|ні|ды|ді|пен|мен|тан|тен|дан|ден)?$")
_NATIONAL = re.compile(rf"^(?:{'|'.join(NATIONAL_BODIES)}){_CASE_FORMS}")
# The ones some outlets write in lower case ("сенат депутаттары", "парламенттің сессиясы");
# мәжіліс in lower case is any meeting ("мәжіліс залы", "мәжіліс өтті"), and үкімет as often
# any government ("үкімет басшыларымен", "Электронды үкімет": the news gold marks a lower-case
# үкімет alone 5 times of 15 in its training parts).
_LOWER_CASE_NATIONAL = re.compile(rf"^(?:сенат|парламент){_CASE_FORMS}")
# A company's, an institution's or an outlet's kind, possessed, in any case form: written
# news keeps it with the quoted name before it even bare («Memolux» серіктестігінің,
# «ҚазГермұнай» компаниясының, «Мұз айдыны» спорт кешенінің, «...» газетінің, «Бауыр»
# кооперативі, «Самұрық-Қазына» тобында, a group of companies or a band, «Ерлік» мұражайының,
# «Зәру» шипажайына, «Дастан» цехы, «Алаш» қозғалысының, «Крымский вал» галереясында,
# «Қазақстан заман» басылымына, «Бақ сарайы» мейрамханасында, “Жомарт” кенішіндегі, «Семей
# орманы» табиғи резерватының, "Бурабай" ұлттық паркінің (9 of 9 in the training parts of
# 95-125), «Түркістан – Адалдық алаңы» кеңсесі (an office, 3 of 3 with it), «...» акционерлік
# қоғамы шағын зауытын: a society or joint-stock company ends there), where KazNERD leaves it out.
# тоб is no body noun of its own (BODY_STEMS): "жұмыс тобы" names no body.
_LEGAL_KIND = re.compile(r"^(?:серіктестіг|қоғам|компания|кәсіпорн|мекеме|бірлестіг|корпорация|холдинг|(?:агро)?кешен"
                         r"|газет|портал|журнал|партия|мешіт|кооператив|тоб|музей|мұражай|шипажай|үйірме|цех"
                         r"|шеберхана|қозғалыс|басылым|команда|клуб|галерея|мейрамхана|кеніш|резерват|парк|кеңсе"
                         r"|қор(?=ы(?:н|ның|на|нда|нан|мен)?$))"
                         r"(?:сы|сі|ы|і)")
_UNIT = re.compile(r"^(?:филиал|бөлімше|бөлім|өкілдіг)(?:сы|сі|ы|і)")
_DEPARTMENT = re.compile(r"^(?:басқарма|бөлім|департамент|комитет|инспекция|штаб)(?:сы|сі|ы|і)")
# What a team has, possessed, in any case form: a quoted name before one is a club («Тобыл»
# шабуылшысы, «Қайрат» сапынан, "Ертіс" қақпасына), though a lower-case word after a quoted
# name mostly says it is no organisation («Айбын» орденімен).
_TEAM_WORD = re.compile(r"^(?:шабуылшы|қақпашы|қорғаушы|ойыншы|футболшы|бапкер|капитан|легионер|жанкүйер|сап|қақпа)"
                        r"(?:лар|лер)?(?:сы|сі|ы|і)")
# What a quoted name names when one of these follows it, possessed: an award, a contest, an
# event or a work, no body («Жас ғалым» номинациясы, «Құрмет» орденімен, «Абай жолы» романының,
# «Абай» операсы, «...» мақаласы, «Ақжайық» күйімен, a kui: nor the person it is named after;
# «...», «Ақ босаға» кітаптары, books; «УАЗ» автокөлігі, a vehicle); a stem losing its soft sign
# (фестивалі).
# акция is left out: the written-news gold marks «...» акциясы a programme.
_NO_BODY_STEMS = (r"(?:номинация|байқау|конкурс|фестивал|марафон|саммит|форум|конференция|орден|медал|"
                  r"төсбелгі|сыйлығ|фильм|кітаб|роман|спектакл|көрме|референдум|драма|опера|балет|оратория|поэма|"
                  r"пьеса|ән|альбом|қойылым|мақала|өлең|дастан|айтыс|күй(?:лер)?|шығарма|экскурсия|кітап(?=тар)|"
                  r"(?:авто)?көліг)")
# possessed, or in the possessed plural after a list of titles: «...», «...» опералары
_NO_BODY = re.compile(rf"^{_NO_BODY_STEMS}(?:(?:лар|лер|дар|дер|тар|тер)?(?:ы|і)|сы|сі)")
# after "атты", bare or with a case ending: «...» атты айтыс, «...» атты фестивалдің
_BARE_NO_BODY = re.compile(rf"^{_NO_BODY_STEMS}(?:дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен"
                           rf"|ды|ді|ты|ті|мен|бен|пен)?$")
_DOCUMENT = re.compile(r"^(?:жолдау|заң|жарлығ|қаулы|бұйрығ|мәлімдеме)(?:сы|сі|ы|і)")
# The Constitution in any case form (not "конституциялық", a court's adjective): a document, no
# name, though the CRF reads it as a person (the news gold, 16 of 16 unmarked alone)
_CONSTITUTION = re.compile(r"^конституция(?!лық)")
# A person's title or job, possessed, in any case form, a body's name never ends on:
# "Kazinform тілшісі", "... басқармасының басшысы".
_TITLE = re.compile(r"^(?:тілші|басшы|төраға|директор|өкіл|қызметкер|қызметші|мүше|бастығ|хатшы|депутат|маман|министр|"
                    r"прокурор|елші|судья)"
                    r"(?:лар|лер)?(?:сы|сі|ы|і)")
_COURT_LEVELS = frozenset({"конституциялық", "жоғарғы"})
_COURT = re.compile(r"^сот(?:тың|қа|та|тан|пен|ы|ының|ына|ында|ынан|ымен)?$")
GENITIVE_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің")
# Suffixes of adjectives made from a place: алматылық, түркістандық, семейлік, көкшетаулық
PLACE_ADJECTIVE_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік")


# a body's noun in any form, bare too: "кеңес", "комиссиясының", and the National Kurultai
_BODY_NOUNS = BODY_STEMS | set(_BARE.values()) | {"құрылтай"}
_BODY_NOUN = re.compile(rf"^(?:{'|'.join(sorted(_BODY_NOUNS, key=len, reverse=True))})")


def is_body_noun(word: str) -> bool:
    """A body's noun in any form ("кеңес", "Комиссиясы", "Құрылтай"), where the name it ends
    is known to be a body's."""
    return bool(_BODY_NOUN.match(word.lower()))


def is_bare_body_noun(word: str) -> bool:
    """A body's noun bare, as it stands before a case ending ("университет", "мектеп"), not
    a word it opens (Қоразов, Үйсінов)."""
    return word.lower() in _BODY_NOUNS


def is_body_head(word: str) -> bool:
    """A lower-case body noun with the possessive and any case ending ("басқармасының")."""
    return bool(_BODY_HEAD.match(word))


def is_plural_body(word: str) -> bool:
    """A body noun in the plural ("мәслихаттардың", "кеңестердің", "департаменттері",
    "орталықтары"): bodies of a kind, never one body's name."""
    return bool(_PLURAL_BODY.match(word))


def owns_next(word: str) -> bool:
    """A body noun that can own a further body after it: in the genitive or with the bare
    possessive ("басқармасының өңірлік даму бөлімі", "департаменті тергеу басқармасы")."""
    return bool(_OWNER.match(word))


def breaks_chain(word: str) -> bool:
    """A lower-case word in a case that places or directs ("қаласында", "қалаларын",
    "әуежайдан"): a body's name does not run through it."""
    return bool(_OBLIQUE.search(word))


def names_a_place(previous: str, head: str) -> bool:
    """The body noun `head` after `previous` names a place ("әкімшілік орталығы")."""
    return bool(_PLACE_PHRASE.match(f"{previous} {head}"))


def names_a_press_conference(previous: str, head: str) -> bool:
    """"баспасөз | мәслихатында": a press conference, an event; no maslikhat (council)."""
    return previous == "баспасөз" and head.lower().startswith("мәслихат")


_NATIONAL_HINT = re.compile("|".join(word.capitalize() for word in NATIONAL_BODIES))


def mentions_national_body(text: str) -> bool:
    """`text` may hold a one-word state body: a cheap test before the words are looked at."""
    return bool(_NATIONAL_HINT.search(text))


# A market's or a shopping centre's noun, with the word after it: «Қуаныш» базарын, «Бірлік»
# сауда нысандарын, «Дастархан» сауда үйлерінде, «Semey Mall» сауда-ойын-сауық орталығы (not
# "сауда белгісі", a trademark)
_MARKET = re.compile(r"^(?:базар|сауда[ -](?:үй|орталы|нысан|кешен|ойын))")


def names_a_market(words: str) -> bool:
    """Lower-case words of a market's or a shopping centre's kind ("базарларында", "сауда
    үйлерінде"): the quoted name before them is the business."""
    return bool(_MARKET.match(words))


def names_a_team(word: str) -> bool:
    """A lower-case noun of what a team has ("шабуылшысы", "сапынан", "қақпасына")."""
    return bool(_TEAM_WORD.match(word))


def names_no_body(word: str, bare: bool = False) -> bool:
    """A lower-case noun of an award, a contest, an event or a work, possessed
    ("номинациясы", "орденімен", "романының"), or `bare` as after "атты" ("айтыс"): the
    quoted name before it is none of a body."""
    return bool(_NO_BODY.match(word) or bare and _BARE_NO_BODY.match(word))


def is_constitution(word: str) -> bool:
    """"Конституцияның", "Конституциядағы": the Constitution, a document."""
    return bool(_CONSTITUTION.match(word.lower()))


def names_a_document(word: str) -> bool:
    """A lower-case noun of an address, a law or a decree, possessed ("Президент жолдауында",
    "Үкімет қаулысы"): the words before it name whose it is, and the phrase is no body."""
    return bool(_DOCUMENT.match(word))


def is_title(word: str) -> bool:
    """A lower-case noun of a person's title or job ("тілшісі", "басшысының")."""
    return bool(_TITLE.match(word))


def is_national_court(first: str, second: str) -> bool:
    """"Конституциялық сотқа", "жоғарғы соттың": the country's Constitutional or Supreme
    Court in any case form and letter case (not "сотталды": convicted)."""
    return first.lower() in _COURT_LEVELS and bool(_COURT.match(second.lower()))


# The state's armed and security services, named by two or three words of which the first is
# capitalised ("Қарулы күштерге", "Шекара қызметіне", "Мемлекеттік күзет қызметіне", "Ұлттық
# ұланға"): bodies (the news gold's training parts mark 22 of 22), though "қызмет" alone is none
# and its staff ("Шекара қызметкерлері") no body; each word a pattern of its lower case
ARMED_SERVICES = tuple(tuple(map(re.compile, words)) for words in (
    ("қарулы$", "күштер"), ("шекара$", "қызмет(?!кер)"), ("мемлекеттік$", "күзет$", "қызмет(?!кер)"),
    ("ұлттық$", "ұлан")))


def is_national_body(word: str) -> bool:
    """A capitalised one-word state body in any case form ("Сенатта", "Үкіметпен")."""
    return word[:1].isupper() and not word.isupper() and bool(_NATIONAL.match(word.lower()))


# The Parliament and the Assembly alone are kinds, no names (the written-news gold's training
# parts: 1 of 11 and 0 of 9 marked alone), though "ҚР Парламенті" and "Қазақстан халқы
# Ассамблеясы" are; the chambers and the Government alone are marked (22 of 23, 5 of 5, 13 of 25).
_KINDS_ALONE = ("парламент", "ассамблея")


def names_itself(word: str) -> bool:
    """A one-word state body that is a name without its country: Сенат, Мәжіліс, Үкімет."""
    return is_national_body(word) and not word.lower().startswith(_KINDS_ALONE)


def is_lower_case_national_body(word: str) -> bool:
    """The Senate or the Parliament written in lower case, in any case form."""
    return word.islower() and bool(_LOWER_CASE_NATIONAL.match(word))


_POSSESSED_NATIONAL = re.compile(rf"^(?:{'|'.join(NATIONAL_BODIES)})(?:ы|і|сы)")


def is_owned_national_body(word: str) -> bool:
    """A state body in lower case with the possessive, in any case form, as some outlets
    write it after its country ("ҚР үкіметінің", "Қазақстан парламенті")."""
    return word.islower() and bool(_POSSESSED_NATIONAL.match(word)) and bool(_NATIONAL.match(word))


def is_possessed_national_body(word: str) -> bool:
    """A one-word state body with the possessive, owned by the body or place before it
    ("Парламент Мәжілісінің", "ҚР Парламенті Сенаты"; not "Үкіметпен")."""
    return is_national_body(word) and bool(_POSSESSED_NATIONAL.match(word.lower()))


def is_legal_kind(word: str) -> bool:
    """A lower-case noun of a company's, an institution's, an outlet's, a party's, a
    mosque's, a cooperative's or a group's kind, possessed ("серіктестігінің", "газетінің",
    "партиясының", "кооперативі", "тобында", «Барыс» командасы, «Самұрық-Қазына» қоры: the news
    gold takes a party's kind in 24 times of 25, a mosque's 5 of 5, a group's 2 of 2)."""
    return bool(_LEGAL_KIND.match(word))


def is_unit(word: str) -> bool:
    """A lower-case noun of a body's unit, possessed ("филиалының", "бөлімі"): it names the unit
    of the body before it even in the genitive ("«Нұр Отан» партиясының Целиноград аудандық
    филиалы")."""
    return bool(_UNIT.match(word))


def is_department(word: str) -> bool:
    """A lower-case noun of a department or a headquarters, possessed ("басқармасы", "комитетінің",
    "штабы"): a region's, a town's or a state body's in the genitive before it is part of its
    name ("Семей қаласының Мәдениет және тілдерді дамыту бөлімі", "Мәжілістің Заңнама ...
    комитетінің", "Атырау облысының Төтенше жағдай жөніндегі жедел штабы")."""
    return bool(_DEPARTMENT.match(word))


def is_numbered_head(word: str) -> bool:
    """A lower-case body noun, possessed or not, in any case but the plural, that can end a
    numbered body's name ("№50 орта мектептің") or one named after a person ("... атындағы
    облыстық кітапханада")."""
    return bool(_NUMBERED_HEAD.match(word))
