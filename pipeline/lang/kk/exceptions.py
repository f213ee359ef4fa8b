"""Kazakh forms no suffix rule reaches: pronoun stems that change, auxiliaries, copulas;
and the closed classes that do not inflect. Lemmas follow the UD Kazakh-KTB convention
(емес and еді are forms of the copula "е"; a postposition is its own lemma)."""

IRREGULAR = {
    "маған": "мен", "менің": "мен", "мені": "мен", "менде": "мен", "менен": "мен", "меннен": "мен",
    "саған": "сен", "сенің": "сен", "сені": "сен", "сенде": "сен", "сенен": "сен",
    "оның": "ол", "оған": "ол", "оны": "ол", "онда": "ол", "одан": "ол", "онымен": "ол", "олар": "ол",
    "олардың": "ол", "оларға": "ол", "оларды": "ол", "оларда": "ол", "олардан": "ол",
    "бұның": "бұл", "бұған": "бұл", "мұны": "бұл", "мұнда": "бұл", "мұнан": "бұл", "бұдан": "бұл",
    "бұлар": "бұл", "осының": "осы", "осыған": "осы", "осыны": "осы", "осында": "осы", "осыдан": "осы",
    "соның": "сол", "соған": "сол", "соны": "сол", "сонда": "сол", "содан": "сол", "сонымен": "сол",
    "біздің": "біз", "бізге": "біз", "бізді": "біз", "бізде": "біз", "бізден": "біз",
    "өзі": "өз", "өзін": "өз", "өзіне": "өз", "өзінің": "өз", "өзінде": "өз", "өзінен": "өз",
    "өздері": "өз", "өздерінің": "өз",
    "еді": "е", "екен": "е", "емес": "е", "едім": "е", "едік": "е", "екенін": "е", "екендігі": "е",
    "жатыр": "жат", "жатырмын": "жат", "отыр": "отыр", "тұр": "тұр", "жүр": "жүр",
    "деп": "де", "деді": "де", "дейді": "де", "деген": "де", "десе": "де", "дегенде": "де",
}
# The present of the four posture verbs takes the person endings on its bare form
# (отыр-мын, жатыр-мыз, тұр-сың), which no tense stands before.
IRREGULAR.update({form + ending: lemma
                  for form, lemma in (("отыр", "отыр"), ("тұр", "тұр"), ("жүр", "жүр"), ("жатыр", "жат"))
                  for ending in ("мын", "мыз", "сың", "сыз", "сыңдар", "сыздар")})

# Postpositions, conjunctions, particles and adverbs: closed classes that take no ending,
# whose shape often looks like one ("кейін" is no кей-і-н, "алайда" no алай-да).
# Relational nouns (ішінде, алдында, кезінде) are not here: UD lemmatises them to the noun.
INVARIANT = frozenset("""
үшін туралы арқылы бойынша бойы дейін шейін кейін соң бері сайын қарай қарсы бірге
сияқты секілді тәрізді ретінде жөнінде жайлы жайында гөрі қатар басқа бұрын соңғы
және мен бен пен да де та те ал бірақ алайда әйтсе дегенмен немесе не әлде сондықтан
себебі өйткені егер әрі яғни сондай-ақ тіпті әсіресе тағы енді әлі ғана қана тек
нақ дәл шамамен қазір биыл былтыр бүгін ертең кеше әрдайым әрқашан мүлде өте тым ең
аса сонша ғой қой ма ме ба бе па пе ше ау иә жоқ бар
""".split())

# The possessed nouns compounds end in, whose -ы/-сы is no possessive of the compound
# (отбасы, Елбасы, Құнанбайұлы, Нұрланқызы).
POSSESSED_HEADS = ("басы", "ұлы", "қызы")
# "son of", "daughter of" in both spellings: the only possessed part of a person's name.
PATRONYMIC_ENDINGS = ("ұлы", "қызы", "улы", "кызы")
# Titles written after a name, which take the name's case ending: "Едіге батырдың",
# "Төле би ауданы" (the name before them stays bare).
NAMESAKE_TITLES = frozenset({"батыр", "би", "ахун", "хан", "жырау"})
# One who made the hajj: an honorific between a given name and a surname, part of the person's
# name ("Ахметжан қажы Керімбек"; in Russian text "Наурызбай кажы Таганулы").
HAJJ = "қажы"
# The words in lower case a district or village named after a person keeps inside its name
# between the name and the place's noun: a hero's, judge's or bard's title, and a poet's or a
# singer's epithet, which names no title ("Шал ақын ауданы", "Біржан сал ауданы", "Ақтан батыр
# ауылы": the news gold, 16 such places of 16).
PLACE_EPITHETS = (NAMESAKE_TITLES - {"ахун", "хан"}) | {"ақын", "сал"}
