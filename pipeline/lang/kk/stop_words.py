"""Kazakh function words left out of the content lemmas (pronouns, postpositions, particles,
conjunctions, auxiliaries). Written for kaznews from Kazakh grammar references."""

# Postpositions and relational nouns: they follow the noun phrase they govern, so a name
# never ends with one (none of KazNERD's person, organisation, place or project spans does).
POSTPOSITIONS = frozenset("""
үшін туралы арқылы бойынша бойы дейін шейін кейін соң бері сайын қарай қарсы бірге
сияқты секілді тәрізді ретінде жөнінде жайлы жайында арасында ішінде алдында артында
үстінде астында аясында кезінде шеңберінде барысында
""".split())

# Question words: capitalised at a sentence's start, never a name ("Неше адам өтеді?").
QUESTION_WORDS = frozenset("кім не қандай қанша неше қай қашан қайда неге неліктен қалай".split())
# Adverbs that open a sentence, capitalised there, never a name ("Жалпы орын саны – 7400", "Атап
# айтқанда, ...": namely).
SENTENCE_ADVERBS = frozenset("""
жалпы бүгін бүгінде бүгіндері кеше биыл былтыр жуырда таяуда қазір алайда дегенмен әрине мысалы яғни осылайша атап
сонымен сондай-ақ негізінен әсіресе кейін бұрын ертең
""".split())
# Quantifiers: a noun phrase holding one names a kind, not one body or place ("Қазақстанның
# барлық мектебі" is all its schools, no school's name).
QUANTIFIERS = frozenset("барлық бүкіл барша бәрі әр әрбір кейбір бірнеше көптеген".split())

STOP_WORDS = POSTPOSITIONS | QUESTION_WORDS | QUANTIFIERS | frozenset("""
мен сен сіз ол біз сендер сіздер олар бұл осы сол мына ана анау мынау осындай сондай
оны оның оған одан онымен мұны мұның бұны бұның бұған осыны осының соны соның оларды олардың
соған осыған мұған содан осыдан бұдан осында мұнда солай осылай
өз өзі өздері ешкім ештеңе ешқандай бір екі және мен мен бен пен да де та те
ал бірақ әйтсе дегенмен немесе яки не әлде сондықтан себебі өйткені егер онда сонда
шамамен тағы енді әлі әлі де ғана тек қана нақ дәл
ма ме ба бе па пе ғой қой шығар екен еді емес жоқ бар иә болып болды болады болған
болатын болса бола болу тұр отыр жатыр жүр деп деді дейді деген дегенде
""".split())

# A Kazakh site's menu and search widget as scrapes keep them ("Басты бет", "Саясат", "Қоғам",
# "No Result", "View All Result", the language switch "RU", "Қазақ тілі | Русский | English"):
# words no name is made of alone.
# The language switch's words are no one's name even beside another word ("Русский Сайттың
# толық нұсқасы": the site's full version in Russian).
LANGUAGE_SWITCH = frozenset({"русский", "english", "қазақша"})
MENU_WORDS = LANGUAGE_SWITCH | frozenset("""
басты бет жаңалықтар саясат қоғам экономика мәдениет спорт әлем мақала сұхбат аймақ
жаңалықтары байланыс ru kz en no result view all
""".split())

# "USD/KZT 0.0": a site's exchange-rate widget; a currency's code names no organisation
CURRENCY_CODES = frozenset({"KZT", "USD", "EUR", "RUB", "CNY", "GBP", "KGS", "UZS", "TRY", "JPY", "CHF"})

