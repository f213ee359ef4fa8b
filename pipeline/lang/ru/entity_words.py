"""Russian nouns that name kinds of organisations and programmes (lemmas), for the entity
rules in pipeline/entities/rules.py."""

# "партии «AMANAT»", "компании Michelin", "РОО «Әділдік жолы»": the kind of organisation
# before its name belongs to the organisation's mention. Not "пресс-служба": a body's press
# service speaks for it ("сообщает пресс-служба МЧС": the mention is МЧС), and an official's
# is one of OFFICE_WORDS.
ORG_DESCRIPTORS = frozenset("""
партия движение газета журнал еженедельник издание телеканал радиостанция агентство
компания корпорация концерн холдинг группа банк завод фабрика комбинат предприятие
фонд союз профсоюз ассоциация объединение организация общество институт университет
академия колледж лицей центр театр музей клуб команда федерация сеть служба товарищество
кооператив консорциум альянс коалиция блок фракция филиал отделение
госкорпорация политсовет сборная портал комплекс библиотека школа отдел
студия ансамбль хор сад ясли-сад хозяйство курорт
роо оо тоо ао оао зао ооо нао ип гу ргп кгу гккп нпо нко ано фнб кх
""".split())

# A legal form spelled out is part of the quoted name as "ТОО «X»" is (the news gold): its noun
# where no descriptor is ("Коммунальное государственное учреждение «X»", lemmas), and the words
# between "товарищество" and the name ("Товарищество с ограниченной ответственностью «X»").
LEGAL_FORM_NOUNS = frozenset({"учреждение"})
LIMITED_LIABILITY = ("с", "ограниченной", "ответственностью")
# Such a form with its adjectives, capitalised as a register writes it, is part of the quoted
# name opening a sentence too ("Общественная организация «Сибирская казачья община»",
# "Государственное коммунальное казенное предприятие «...»": the news gold's training parts,
# 12 of 12 capitalised; in lower case, "общественного фонда «Eleos-Meirim»", 1 of 6).
SPELLED_LEGAL_FORMS = (frozenset({"организация", "объединение", "фонд", "предприятие", "общество", "учреждение"}),
                       ("общественн", "государственн", "коммунальн", "казенн", "акционерн", "некоммерческ",
                        "республиканск"))

# Fields a body is named by, abbreviated: "департамента ликвидации ЧС", "управления энергетики и ЖКХ".
FIELD_ABBREVIATIONS = frozenset({"ЧС", "ЖКХ"})

# Kinds of company, outlet, team or fund that open a sentence before a name, capitalised only as
# its first word ("Компания «Казахмыс»", "Предприятие «Алтай Полиметаллы»", "Телеканал Хабар",
# "Команде «Актобе» вручили", "Фонд «Қазақстан халқына» реализовал"): not part of the name, as in
# lower case (the news gold leaves out a team's, club's, fund's or portal's kind 52 times of 52,
# and 3 of 3 opening a sentence)
SENTENCE_CASE_KINDS = frozenset({"компания", "предприятие", "партия", "завод", "товарищество", "корпорация",
                                 "холдинг", "комбинат", "фабрика", "газета", "школа", "телеканал", "радиостанция",
                                 "телерадиокомпания", "команда", "клуб", "фонд", "театр", "движение", "музей",
                                 "лицей", "журнал", "портал", "курорт"})

# Kazakhstani and Russian legal forms, written before a quoted name ("ТОО «X»", "ОФ «Қазақстан
# халқына»", "ГКП «Каспий жылу, су арнасы»"): a mention of its own (lower case).
LEGAL_FORMS = frozenset("""
роо оо тоо ао оао зао ооо нао пао ип гу ргп кгп гкп кгу гккп нпо нко ано оф чу ко спк
""".split()) | {"too", "ao"}  # typed in Latin capitals: "TOO «Алматы тұрғын үй»" (2 sites of the news gold)

# Platforms a text is posted on ("в Facebook", "Фото: Instagram", "в Facebook, Instagram и
# Telegram"): no entity to the news gold (2 marked of 70), though the company acting is one
# ("Facebook купила Instagram": factRuEval marks each) (folded names).
PLATFORMS = frozenset("youtube instagram telegram facebook tiktok whatsapp twitter вконтакте одноклассники фейсбук "
                      "инстаграм телеграм ютуб".split())  # and the names' Cyrillic spellings

# "передает телеканал Астана", "газета Казахстанская правда": a paper or a broadcaster named
# right after its kind without quotes is the outlet, however the tagger took its name (a city's).
MEDIA_KINDS = frozenset({"телеканал", "радиостанция", "телерадиокомпания", "газета", "радио"})

# "Шымкентского городского филиала партии «X»", "Карагандинского представительства АО «Y»": a
# branch a place or level adjective names is a body of its own, named with its organisation
# (lemmas; a bare "филиал X" the gold sets mark either way).
BRANCH_WORDS = frozenset({"филиал", "представительство"})

# "батальона дорожно-патрульной полиции УВД г. Петропавловска": a unit of the police or the
# army before its force is part of the force's name (the news gold's training parts, 3 of 3)
FORCE_UNITS = frozenset({"батальон", "полк"})

# "Посольство Казахстана в России", "Консульства Республики Казахстан в Омске": a mission is
# named by the country it serves and the place it sits in (the news gold and factRuEval keep
# "в Токио" inside; lemmas).
MISSION_WORDS = frozenset({"посольство", "консульство", "генконсульство", "представительство", "постпредство"})

# "мэрии Москвы", "акимата Акмолинской области": a body of a place, named by the place.
ORG_HEADS_OF_PLACE = frozenset("""
мэрия администрация правительство парламент министерство посольство консульство акимат
маслихат мажилис сенат суд прокуратура полиция департамент управление комитет совет
дума конгресс палата армия генштаб штаб казначейство кабмин бюро инспекция комиссия
""".split())

# "департамент экологии", "районного отдела культуры и спорта", "министерства сельского
# хозяйства", "городской федерации бокса": state bodies (and a sport's federation) named by
# their function, a noun in the genitive, in lower case.
FUNCTION_BODIES = frozenset("""
министерство департамент управление отдел комитет агентство служба инспекция райотдел горотдел
облуправление федерация
""".split())

# "акции «Әділдікті талап ет!»", "Концепции антикоррупционной политики 2022-2026 годы",
# "стипендии «Болашак»" (a state scholarship is a programme).
PROG_HEADS = frozenset("""
программа госпрограмма концепция стратегия проект нацпроект план карта акция кампания
инициатива марафон доктрина подпрограмма спецпрограмма спецпроект мегапроект стипендия
""".split())

# "театр имени Жумата Шанина", "университет имени Льва Гумилева": the person named after
# these words is in the genitive, whatever the name's own endings allow.
GOVERNS_GENITIVE_NAME = frozenset({"имени"})

# "Аким Алматы Ерболат Досаев", "Министр здравоохранения Ажар Гиният": a position before a
# person's name is the person's title, not part of the name (it goes to Entity.title).
# Posts news writes with a capital out of respect ("Как отметил Премьер-министр"): alone,
# still a post, where another capitalised post word may be a surname ("позиция Адвоката").
CAPITALISED_POSTS = frozenset({"президент", "премьер-министр", "вице-премьер", "вице-президент", "премьер"})

POSITION_WORDS = frozenset("""
аким заместитель замакима президент вице-президент премьер премьер-министр вице-премьер министр
вице-министр глава руководитель директор гендиректор председатель зампред сопредседатель
депутат сенатор спикер посол консул генконсул губернатор мэр ректор проректор декан начальник
замначальник прокурор генпрокурор судья генерал полковник подполковник майор капитан
лейтенант сержант атаман командующий командир уполномоченный омбудсмен советник помощник
секретарь госсекретарь пресс-секретарь руководительница директорка управляющий главврач заведующий заведующая
врач министерка представитель спецпредставитель член эксперт аналитик политолог экономист
юрист адвокат журналист корреспондент блогер тренер капитан педагог учитель профессор
академик доцент инспектор следователь дознаватель участковый бизнесмен предприниматель
основатель сооснователь владелец акын писатель поэт художник певец певица актёр актер
актриса режиссёр режиссер композитор спортсмен чемпион боксёр боксер борец футболист
патриарх митрополит имам муфтий король королева принц канцлер премьер-министерка елбасы мажилисмен мажилисменка
""".split())

# Boilerplate words left in scraped bodies ("Читайте также", "Фото: ...", "Иллюстрация Жанары
# Каримовой", a site's language switch "Ru Kz", a menu's "Главная Новости Общество" or "АРХИВ
# НОВОСТЕЙ", a search box's Kazakh "Нәтиже табылмады", "Дополнено", a "PDF" link, the
# "Госинформзаказ" label of a paid state order) that a tagger reads as a name or as part of one.
BOILERPLATE_WORDS = frozenset("""
читайте читать смотрите смотреть фото фотография видео иллюстрация коллаж инфографика подробнее источник реклама
госинформзаказ
автор автора подписывайтесь новости новость новостей ru kz қазақша казакша english eng menu share shares
комментарии комментариев комментарий контакты подписка главная архив дополнено pdf нәтиже табылмады басты
""".split())

# A site's weather widget after its town ("в Семее Пасмурно"), which a tagger runs the place on into.
WEATHER_WORDS = frozenset("пасмурно облачно малооблачно ясно дождь снег туман".split())

# Diseases, vaccines and other products the taggers read as organisations ("COVID-19",
# "КВИ"), the press in general ("сообщают СМИ"), an emergency ("министр по ЧС") and kinds of
# facility, transport or group by their abbreviation ("водворили в ИВС", "ФАП в селе",
# "лишить ВУЗ лицензии", "начальнику РЭС": any higher school, any district power grid,
# "строительство LRT", "золотой ОПГ", "работники МИО"), livestock and paperwork ("КРС и МРС",
# "готовится ПСД"), a peasant farm ("пожар произошел в КХ"), the owners' association every
# block of flats has ("через ОСИ", "КСК"), the school-leaving test and the register of
# pre-trial cases ("сдали ЕНТ", "зарегистрировано в ЕРДР"), and any village, research firm,
# mining plant, road accident, power line or railway ("в СНП", "НПО", "ГОК", "ДТП", "ЛЭП",
# "ЖД", "ЧП"), a shopping centre, a block of flats, a dairy farm, a special economic zone and
# a registry office ("парк развлечений в ТРЦ", "в проблемных ЖК", "строительство МТФ",
# "территория СЭЗ", "здание ЗАГСа"), a public service centre ("как в ЦОНе": 3 of 3 alone
# unmarked), a ranking ("вошла в ТОП-10", a menu's "ТОП новости"), a video call and primary
# health care ("в режиме ВКС", "объектов ПМСП"), a day of the week in a site's date line ("19
# апреля | Пятница, 18:11"), the First President's title and the courts' figure of speech
# ("любимцем Елбасы", "служители Фемиды": the news gold marks neither, 6 of 6 and 4 of 5), the
# war by its abbreviation ("ветераны ВОВ": 4 of 4 unmarked),
# the codes of law ("нормам ГК, ГПК") and the President's Address, a document ("по Посланию
# президента", "в своих Посланиях", which the tagger takes for a person), a district heating
# substation ("ЦТП-518", a facility: 2 of 2 unmarked), the
# Net ("в Сети появилось обращение"), a page's counter (Top.Mail.Ru) and units of power and
# heat ("3,1 млрд кВтч"), a
# pollutant's limit ("превышение ПДК"), a depositary receipt (GDR), a menu's language switch
# ("РУ") (the sites a photo is credited to that are no outlet: shape.no_outlet_site), the
# country's Independence, capitalised
# ("за годы Независимости": none of 9 marked but a street's), the Internet ("выход в
# Интернет": 3 of 3 unmarked), the monthly index and minimum wage sums are counted in ("от
# МРП", МЗП), a game show's league (КВН: 3 of 3) and the football league (КПЛ, an event: 7 of
# 7), a lorry or jeep by its make ("столкнулись «Камаз» и легковое авто", "врезалась в «Камаз»":
# a vehicle, a thing; the maker keeps its legal form, "ПАО «КАМАЗ»"), a gas distribution station
# ("распределителей для АГРС", a facility), a member of the Mazhilis by his title ("Мажилисмен
# проверил ход строительства", opening a sentence), the 2017 exhibition («ЭКСПО-2017», an event;
# the company keeps its form: "АО «НК «Астана ЭКСПО-2017»"): never a PER, ORG or LOC (folded:
# lower case, ё as е).
NOT_NAMES = frozenset("""
covid-19 covid covid19 ковид ковид-19 коронавирус коронавируса кви орви sars-cov-2 sars мерс
вич спид омикрон дельта-штамм qazvac qazcovid-in qazcovid спутник-v hayat-vax coronavac сми
чс ивс фап фапа фапе фапы фапов фапах lrt brt опг мио крс мрс псд рэс вуз вуза вузу вузом вузе вузы вузов
вузам вузами вузах оси кск кх ент ердр снп нпо гок дтп лэп жд чп вкс пмсп трц тц трк
понедельник вторник среда четверг пятница суббота воскресенье
елбасы фемида фемиды фемиде фемиду фемидой гк гпк упк коап
послание послания посланию посланием послании посланий посланиям посланиями посланиях цтп
сети top.mail.ru квтч квт мвт гвт гкал
мтф сэз жк загс загса загсе загсом пдк gdr ру топ топ-3 топ-5 топ-10 топ-20 топ-50 топ-100
цон цона цону цоном цоне цоны цонов цонам цонах вов
независимость независимости интернет интернета интернету интернетом интернете мрп мзп квн кпл
камаз камаза камазу камазом камазе камазы камазов уаз уаза уазу уазом уазе агрс
мажилисмен мажилисмена мажилисмену мажилисменом мажилисмены мажилисменов экспо-2017
""".split()) | {"спутник v", "sputnik v", "кви-пневмония", "и.о.", "и. о.", "врио"}  # acting, before a post

# "в связи с празднованием Курбан айта", "посвятили Наурызу": Kazakhstani holidays, which
# the taggers read as a person or place (folded, the last word without its case ending; a
# quoted «Наурыз» is a programme's name and stays).
HOLIDAYS = frozenset({"наурыз", "курбан айт", "курбан-айт", "ораза айт", "ораза-айт", "сабантуй"})

# "среди команд Премьер-лиги", "играет в Серии А": the divisions of a league are
# competitions, not organisations (lemmas of the mention's words, folded; none of the gold
# sets marks one).
LEAGUE_DIVISIONS = frozenset({
    "премьер-лига", "суперлига", "первый лига", "второй лига", "высший лига", "высокий лига",  # pymorphy3: высший -> высокий
    "серия а", "серия в", "серия b", "первый дивизион", "второй дивизион", "высший дивизион", "высокий дивизион",
    # a league's regional division ("6 место в Южном дивизионе Первой лиги"), no place
    "южный дивизион", "северный дивизион", "западный дивизион", "восточный дивизион", "центральный дивизион",
})

# "относительно первых лиц ФК", "Учредителями ФК стали ...": a club's kind abbreviated, with no
# name after it, names no club (the news gold: 3 of 3 unmarked)
CLUB_KINDS = frozenset({"ФК", "ХК", "БК", "ВК", "ГК"})

# "санкции ЕС", "страны Евросоюза", "в рамках ЕАЭС": unions of states are organisations,
# which the taggers often call places (folded lemmas of the mention's words, or its text).
STATE_UNIONS = frozenset({
    "ес", "евросоюз", "европейский союз", "еаэс", "евразийский экономический союз", "евразэс",
    "евразийский союз", "африканский союз", "асеан", "снг", "содружество независимых государств",
})

# Bodies of many states, which no country owns: a country in the genitive after one is
# another mention ("вступления в ШОС | Беларуси"), not part of the name (folded).
INTERNATIONAL_BODIES = STATE_UNIONS | frozenset("""
оон шос одкб оис нато обсе вто свмда отг мвф воз юнеско юнисеф оэср опек тюрксой
""".split())

# "подчеркнул г-н КАЖИЕВ": forms of address before a surname, which then names a person
ADDRESS_FORMS = frozenset({"г-н", "г-жа", "господин", "госпожа", "господина", "госпожи", "мистер", "миссис"})

# "Сын Мусина идет в депутаты", "вдова Нуркадилова", "Семья Мукашовых": a kinship noun before a
# surname is who the person is to another, or the family, no part of a name (lemmas).
KINSHIP_NOUNS = frozenset("""
сын дочь жена муж брат сестра отец мать вдова вдовец внук внучка племянник племянница супруг супруга
семья династия
""".split())

# "Кремль заявил", "пресс-служба Акорды": a seat of power named for the administration it
# houses is an organisation; "встреча в Акорде", "у Белого дома" is the building, a place
# (NEREL and factRuEval mark them so). The name's case forms (folded) -> the name.
SEATS_OF_POWER = {
    r"кремл(?:ь|я|ю|е|ем)": "Кремль",
    r"бел(?:ый|ого|ому|ым|ом) дом(?:а|у|ом|е)?": "Белый дом",
    r"акорд(?:а|ы|е|у|ой)": "Акорда",
    r"ак орд(?:а|ы|е|у|ой)": "Ак Орда",
}

# Words before a seat of power that make it the building: "в Кремле", "перед Белым домом",
# "в резиденции Акорда" (lower case; the nouns as lemmas).
PLACE_PREPOSITIONS = frozenset({"в", "во", "у", "перед", "возле", "около", "близ", "под", "к"})
BUILDING_NOUNS = frozenset({"резиденция", "дворец", "здание", "холл", "зал", "фойе"})  # "в холле Акорды"

# "еще одной ТЭЦ", "рядом с АЭС": a kind of power plant or refinery alone names none; "ТЭЦ-2",
# "Экибастузской ТЭЦ", "Павлодарский НХЗ", "Карачаганакского ГПЗ" do (folded; the news gold 4 of 4).
PLANT_KINDS = frozenset({"тэц", "аэс", "гэс", "грэс", "тэс", "гтэс", "нпз", "гпз", "нхз"})

# "трасса Актобе-Кенкияк", "на маршруте Астана — Алматы": a road or a direction between
# two places names the two places (word stems, lower case); so does a pipeline ("водовода
# «Астрахань-Мангистау»", "нефтепровода «Кенкияк-Атырау»"), a railway or power line
# ("железнодорожной линии Макат-Мангистау-Узень", "ЛЭП Экибастуз-Кокшетау").
ROUTE_WORDS = ("трасс", "автотрасс", "автодорог", "дорог", "шоссе", "маршрут", "рейс", "направлени", "магистрал",
               "участ", "перегон", "автобус", "поезд", "водовод", "водопровод", "газопровод", "нефтепровод",
               "трубопровод", "лини", "лэп")

# "статьи 269 УК РК", "по статье КоАП РК": a code of laws by its abbreviation; the country after
# it is part of the law's name, no place of its own.
CODE_ABBREVIATIONS = frozenset({"УК", "УПК", "КоАП", "ГК", "ГПК", "НК", "ТК", "ЗК"})

# "митрополит Астанайский и Казахстанский Александр", "архиепископа Усть-Каменогорского и
# Семипалатинского": a hierarch's title names his see by its places' adjectives, no place
# (lemmas; the news gold: 3 such titles, none marked).
CHURCH_TITLES = frozenset({"митрополит", "архиепископ", "епископ"})

# Kazakhstani regions by their abbreviation: places, never organisations.
REGION_ABBREVIATIONS = frozenset({"ЗКО", "ВКО", "СКО", "ЮКО"})

# "в правительстве", "сессия мажилиса": the country's own bodies, one of each, name an
# organisation in lower case too (lemmas; in the singular).
NATIONAL_BODIES = frozenset({"парламент", "мажилис", "сенат", "правительство", "кабмин"})
# "на заседании Правительства", "поручил Правительству": the government alone is a kind, as
# "министерство" alone is (the news gold's training parts: 17 of 22 bare forms unmarked;
# "Правительство РК" and the chambers named by one word are names)
GOVERNMENT_WORDS = frozenset({"правительство", "кабмин"})

# "Республика Казахстан", "Королевство Марокко": nouns that are part of a place's own name.
PLACE_NAME_NOUNS = frozenset("""
республика федерация королевство княжество эмират штат провинция край остров озеро река море
""".split())

# "ул. Абая", "на улице Сатпаева", "пр. Тауелсыздык": the name after these is a street (a
# place), often a person's name in the genitive; the street word is not part of it.
STREET_WORDS = frozenset({"улица", "проспект", "бульвар", "переулок", "шоссе", "набережная"})
# "улицы Заводской" -> "Заводская", "переулке Дачном" -> "Дачный": an adjective naming a
# street agrees with its street word (written out or abbreviated), whose gender this is.
STREET_WORD_GENDERS = {"улица": "femn", "ул": "femn", "набережная": "femn", "проспект": "masc", "пр": "masc",
                       "просп": "masc", "пр-т": "masc", "переулок": "masc", "пер": "masc", "бульвар": "masc",
                       "б-р": "masc", "шоссе": "neut"}

# "парка «Желтоксан»", "в садоводческом массиве «Сокол»", "водохранилищ «Калгуты», «Акмола» и
# «Ыргайты»": a quoted name after these names a place, not an organisation (lemmas); one in the
# genitive after them is their owner ("станция „Водоканала“"). (Not a канал: as often a TV
# channel's, «КТК».)
QUOTED_PLACE_WORDS = frozenset("""
массив аэропорт аэровокзал ипподром каток бассейн космодром водохранилище манеж площадь
""".split())

# "на стадионе «Томарлы»", "станции метро «Сарыарка»", "вокзала «Нурлы жол»", "пункта пропуска
# «Кордай»", "ЖК «Оазис»", "жилой комплекс «Emeralds»", "в парке «Достық»", "сквера «Дорожников»":
# a quoted name after these names a building or a town's park, which the guidelines do not mark
# with squares and buildings (lemmas; the news gold's training parts 95-118 mark none of 19 such
# names, parts 126-137 none of 5 quoted parks; the parts before 95 marked stations, housing
# estates and parks as places).
BUILDING_WORDS = frozenset("стадион вокзал станция метро пропуск жк мжк парк сквер этнопарк котельная".split())
BUILDINGS_BY_ADJECTIVE = {"комплекс": frozenset({"жилой", "вокзальный"})}  # "вокзальный комплекс "Нурлы жол""

# "мемориальный комплекс «Хазрет Хизр»", "магистрального канала «Достык»", "индустриальная зона
# «Кайрат-2»": words that name a place with one of these adjectives before them (lemmas; the
# news gold: 16 of 16, housing estates then among them), not alone (a спортивный комплекс, a TV
# канал, an экономическая зона are as often organisations).
PLACE_WORDS_BY_ADJECTIVE = {
    "комплекс": frozenset({"мемориальный"}),
    "канал": frozenset({"магистральный", "межгосударственный", "поливной", "оросительный", "ирригационный"}),
    "зона": frozenset({"индустриальный"}),
}

# "улицы академика Маргулана", "проспекта генерала Карбышева", "больницы имени профессора Х.Ж.
# Макажанова": a title the name of a street or of what is named after someone holds (lemmas,
# in lower case), part of that name.
STREET_NAME_TITLES = frozenset({"академик", "генерал", "маршал", "адмирал", "профессор", "космонавт", "писатель",
                                "поэт", "акын"})

# "на шахте имени Костенко", "на руднике «Жолымбет»": a mine's words; a mine named after a
# person is the enterprise with its word (entities/rules.py: _places_named_after), a quoted one
# the enterprise without it (_quoted_places; the news gold: «Казахстанская» and «Тентекская» 3
# of 3, the quoted names after рудник 4 of 6), and its name keeps its case (SITE_NOUNS).
MINE_WORDS = frozenset({"шахта", "рудник"})

# "Центральный парк отдыха", "парке Победы", "сквере имени Амангельды Иманова": a park is a
# place with its noun (all 14 in the news gold), never an organisation (lemmas).
PARK_WORDS = frozenset({"парк", "сквер"})
# "Коргалжинский заповедник", "Чарынский нацпарк", "Иле-Алатауский национальный парк": a nature
# reserve or a national park is the state institution that keeps it, an organisation (the news
# gold's training parts: 13 of 16), whatever a tagger calls it (lemmas; a park only with
# «национальный»); so is a forestry, a reserve's or a region's unit ("в Бегенском
# лесничестве", "тракториста Долонского лесничества": 5 of 5 in the training parts of 145-146;
# an older count, of batches whose texts this machine lacks, had 2 of 2 as places)
RESERVE_WORDS = frozenset({"заповедник", "резерват", "нацпарк", "лесничество"})

# "На официальном Интернет-ресурсе Министерства ...": a site a body posts on, capitalised or
# not, is no organisation of its own (lemmas; the guidelines: a platform is no entity).
PLATFORM_NOUNS = frozenset({"сайт", "веб-сайт", "интернет-ресурс", "интернет-портал", "веб-портал",
                            "интернет-страница"})

# "шаттл «Дискавери»", "корабль «Союз МС-23»", "фильм «Цирк»", "мелодраму Островского «Последняя
# жертва»", "орден «Парасат»", "выставка «ЭКСПО-2017»", "мотопробега «Тегеран-75»", "знак «Алтын
# белгі»" (4 of 4 unmarked), "Послания «Нурлы жол»": a quoted name after these names a vehicle,
# a work, an award, an event or a document, no entity of ours, nor do they with adjectives alone
# ("Почетной грамотой"; lemmas; not «концерт»: "концерт «Астана Опера»" is the theatre's).
NOT_ENTITY_KINDS = frozenset("""
шаттл корабль самолёт самолет спутник ракета судно яхта лайнер поезд подлодка ледокол
фильм кинофильм мультфильм сериал песня сингл альбом клип роман повесть книга поэма стихотворение
картина спектакль мюзикл сочинение пьеса мелодрама комедия трагедия опера балет оперетта постановка рассказ сказка
орден медаль премия награда грамота звание выставка фестиваль конкурс турнир олимпиада спартакиада
пробег мотопробег автопробег велопробег марафон знак послание
""".split())

# "г. Караганда", "с. Белоусовка", "пос. Шахан": the word after these is a place, and the
# abbreviation is not part of its name.
PLACE_ABBREVIATIONS = frozenset({"г", "с", "п", "пос", "пгт", "мкр", "а", "ст", "д", "г.", "с.", "п.", "пос.",
                                 "пгт.", "мкр.", "а.", "ст.", "д."})

# "в программе I Международного фестиваля искусств «Астана кештері»", "программа форума
# «Астана Инвест»": a programme word before an event's noun is the event's schedule, no
# programme (lemmas).
EVENT_NOUNS = frozenset("""
фестиваль форум конкурс концерт конференция конгресс съезд саммит слёт выставка ярмарка
праздник турнир чемпионат олимпиада визит
""".split())

# "проект Налоговый кодекс", "в рамках проекта Национальный банк выделил": a law, or a body
# in the nominative after a programme word, is no programme's unquoted title (lemmas).
NOT_PROGRAMME_TITLES = frozenset("""
кодекс закон указ постановление приказ положение правило регламент договор соглашение
меморандум конституция послание банк фонд партия компания корпорация холдинг министерство
агентство комитет департамент управление акимат маслихат правительство парламент мажилис
сенат совет суд прокуратура полиция служба организация ассоциация союз палата
""".split()) | EVENT_NOUNS

# "в Доме культуры села", "ремонт Дома культуры", "в Доме престарелых": every village has its
# house of culture, every region its care home, a kind of facility that names none alone
# (folded lemmas; the gold sets mark none of ten such mentions), unlike "Дом культуры имени
# Будабая" or "ДК «Мирас»".
FACILITY_KINDS = frozenset({"дом культура", "дом престарелый"})

# "флешмоб #BizBirgemiz": a hashtag is a campaign when a word for campaigns names it, or it
# is written as a name (CamelCase).
CAMPAIGN_WORDS = frozenset("""
акция кампания флешмоб челлендж марафон хэштег хештег движение инициатива проект
""".split())

# "областного историко-краеведческого музея", "школы № 24 имени У. Туктибаева": one
# institution when a body's adjective (областной, городской) or a person's name after
# «имени» makes the common noun a name. Not "центр": "областной центр" is a town.
# Schools by their abbreviation, which name one school with its number ("ОШ №13", "СОШ № 25"),
# sports schools too ("ДЮСШОР №6", "СДЮШОР № 8": the news gold writes 6 such with their number).
SCHOOL_ABBREVIATIONS = frozenset({"СШ", "ОШ", "СОШ", "ОСШ", "НШ", "ООШ", "СШГ", "ШГ", "ШЛ",
                                  "ДЮСШ", "ДЮСШОР", "СДЮШОР", "СДЮСШОР", "ОСДЮСШ", "ОСДЮШОР"})

INSTITUTION_WORDS = frozenset("""
музей школа школа-интернат библиотека больница поликлиника роддом госпиталь театр драмтеатр каздрамтеатр филармония
консерватория колледж лицей гимназия университет институт академия училище техникум
детсад ясли-сад сад дворец горбольница облбольница зоопарк цирк станция оркестр капелла
""".split())

# "музея города Алматы", "в филармонии Астаны": a town's own cultural institution, named by
# the town in the genitive (lemmas; not a school or hospital: "в больнице Лондона" is any).
PLACE_INSTITUTIONS = frozenset({"музей", "театр", "драмтеатр", "филармония", "библиотека", "консерватория", "цирк"})

# "городской поликлиники": a level adjective alone does not name one of these (every town has
# them); a place, a number, a name or a kind with the level does ("Костанайской районной
# больницы", "больница №3", "областная многопрофильная больница").
FACILITY_WORDS = frozenset({"больница", "поликлиника", "роддом", "госпиталь", "горбольница", "облбольница"})

# "третьей горбольницы", "второй поликлиники Шымкента": an ordinal before a facility is its
# number, which names it as "больница № 3" does (lemmas; the gold sets mark four of four).
ORDINALS = frozenset("первый второй третий четвёртый четвертый пятый шестой седьмой восьмой девятый десятый".split())

# "сборную Узбекистана", "национальную команду Таиланда", "команды Кызылорды": a team named by
# its country or town is that place to the news gold (14 of 14 in the training parts of batches
# 23 to 30), no organisation (lemmas).
TEAM_WORDS = frozenset({"сборная", "команда"})

# "МВК по нераспространению COVID-19": a «по» phrase after a
# body is its field, unless it is one of these phrases about the sentence ("МВД по данным
# на ...", "суд по делу ...").
NOT_FIELDS = frozenset("""
данные слово итог состояние мнение информация сравнение повод причина случай просьба приглашение
инициатива решение требование поручение заказ линия факт дело вопрос ходатайство адрес телефон программа результат
версия оценка подсчёт подсчет сведение окончание завершение истечение прибытие возвращение
пенальти очко сумма договор соглашение закон указ приказ контракт видеосвязь связь телефон
телевидение радио почта страна мир специальность желание признак статья подозрение обвинение
грант квота направление
""".split())

# "пресс-служба акима области", "аппарат премьер-министра": the office of an official, named
# by the official's position and place.
OFFICE_WORDS = frozenset("""
пресс-служба аппарат канцелярия приёмная приемная секретариат
""".split())

# "передает zakon.kz", "сообщает корреспондент Павлодар-онлайн": a news outlet named
# after these verbs (lemmas), by a word shaped like a site.
REPORTING_VERBS = frozenset({"передавать", "сообщать", "писать"})

# "река Или", "реке Сапожникова": the name after a river's noun is the river's
RIVER_WORDS = frozenset({"река", "речка"})

# "суд ... города Караганда", "акимат села Жанаталап": after these place nouns in the genitive
# a town's name often stays in the nominative, and still names the body's place.
PLACE_NOUNS = frozenset("""
город село поселок посёлок аул район область округ станция
""".split())

# "области Жетысу", "района Байтерек", "районе Магжана Жумабаева": a region or district named
# by a noun, not an adjective, has this word in its name (lemmas; the official names:
# "область Абай", "область Ұлытау").
NAMED_TERRITORY_NOUNS = frozenset({"область", "район"})
# "район Габита Мусрепова", "района Шал акына", "р-н М. Жумабаева": the districts named after
# people (their official names, the namesake in the genitive; folded), so that the name after
# «район» is the district's whatever comes before ("аким района Магжана Жумабаева Ерлан
# Ахметов" names the district and then its akim); the news gold has 37 such places with the noun
DISTRICT_NAMESAKES = frozenset({"мусрепова", "жумабаева", "майлина", "рыскулова", "шал акына", "биржан сал",
                                "биржан сала", "айтеке би"})
# "в районе Сарыарка", "в районе Байдибек": the districts whose official Russian name is «район»
# and a noun in the nominative, the districts of Astana and Shymkent and rural districts renamed
# so (ru.wikipedia.org/wiki/Административно-территориальное_деление_Казахстана and the pages of
# each region's districts; lower case, both spellings): after «в районе» the name is the
# district's, not a place it is near (the news gold's training parts, 8 of 9 with the noun).
# Алматы, Абай, a town and a person as often, are left out.
NOUN_NAMED_DISTRICTS = frozenset({"байконур", "байконыр", "байқоңыр", "есиль", "нура", "сарыарка", "сарайшык", "туран",
                                  "байдибек", "сауран", "алтай", "самар", "аккулы", "аққулы", "теренколь", "тереңкөл",
                                  "байтерек", "бәйтерек"})
# "Халык Кенес", "Ұлттық құрылтай": a council's or assembly's noun in Kazakh, written so in a
# Russian text, heads a body's name (folded; a tagger reads "Халык Кенес" as a person)
KAZAKH_COUNCIL_NOUNS = frozenset({"кенес", "кеңес", "кенеси", "кенесі", "кеңесі", "курултай", "құрылтай", "курылтай"})

# the regions named by a noun, not an adjective (2022): "область Абай", "области Жетысу", "области Улытау"
# (folded; a Latin i typed for і read as і); "в области Талгар" is a town of the region
REGIONS_NAMED_BY_NOUNS = frozenset({"абай", "жетысу", "жетісу", "улытау", "ұлытау"})

# "Долинного месторождения", "Тишинского рудника": a deposit or mine is named by any capitalised
# adjective before it, not only a place's in -ский, and the noun is part of the name; a deposit
# so named is a place, a mine the enterprise, an ORG (the news gold's training parts of 95-130:
# 7 of 7 mines; the earlier parts counted 20 such places and 3 organisations together).
DEPOSIT_NOUNS = frozenset({"месторождение", "рудник"})

# "на месторождении Кокжиде", "в урочище Бозжыра", "с разрезом Каражыра", "шахте имени
# Костенко": a site's name after its noun keeps the case it is written in, whatever the noun's
# (the news gold: 23 of 23 after a singular noun)
SITE_NOUNS = DEPOSIT_NOUNS | MINE_WORDS | {"урочище", "разрез", "карьер"}

# "Аксуский район", "Мангистауского региона", "Бухтарминского водохранилища",
# "Карачаганакского месторождения", "Семипалатинского ядерного полигона", "Кокаральской
# плотины", "Коксарайском контррегуляторе": the nouns a place's adjective names a place with, in
# its name (the news gold: a region 6 times of 6, a reservoir 47 of 47, a field 2 of 3, the test
# site 6 of 6, a dam 6 of 6, a waterworks 4 of 4, a regulating reservoir 3 of 3, a lake 3 of 3;
# not "канал", a TV channel's as often: "Первый канал"; not "лесничество", an institution:
# RESERVE_WORDS)
ADJECTIVE_PLACE_NOUNS = NAMED_TERRITORY_NOUNS | DEPOSIT_NOUNS | {"округ", "регион", "водохранилище", "полигон",
                                                                 "плотина", "гидроузел", "контррегулятор", "озеро"}

# "возглавил новое министерство водных ресурсов", "Знаменитый | Кембриджский университет":
# adjectives of time, reference or evaluation before a body are the writer's words, not the
# body's name.
NOT_NAME_ADJECTIVES = frozenset("""
новый бывший прежний нынешний данный указанный соответствующий профильный уполномоченный очередной
каждый любой другой весь свой наш ваш этот тот такой сам знаменитый известный легендарный прославленный
долгожданный
""".split())

# "в селе Наги Ильясова", "в ауле Шеген Кодаманов": a name right after these (lemmas) is a
# settlement, often named after a person; "пункт" as in "населённом пункте".
SETTLEMENT_NOUNS = frozenset("""
село аул поселок посёлок деревня станица хутор пункт
""".split())
# "в селе Гагаринском" -> "Гагаринское": the gender a village's adjective takes from its noun
SETTLEMENT_NOUN_GENDERS = {"село": "neut", "аул": "masc", "поселок": "masc", "посёлок": "masc", "деревня": "femn",
                           "станица": "femn", "хутор": "masc"}

# "село Отеген батыр", "улица Бокенбай батыра", "Акан сері": a Kazakh honorific written in
# lower case after a name is part of it (as written, in its Russian cases). A khan's, hero's,
# judge's or bard's title is not part of a person's name ("ставка Касым хана", "в честь
# Ескельды би, Балпык би", "про Агыбай батыра": the news gold, 8 persons of 8 without it).
HONORIFIC_TITLES = frozenset("""
батыр батыра батыру батыром батыре би хан хана хану ханом хане сері серэ сал датка датқа жырау
""".split())
KAZAKH_HONORIFICS = HONORIFIC_TITLES | {"ата", "баба", "ана"}

# "Жана ауыл", "Жана дала", "Жылы су": Kazakh common nouns written in lower case as the
# second word of a village's name (a place with them is one place).
KAZAKH_PLACE_WORDS = frozenset("""
ауыл аул дала су тау көл кол булак бұлақ жол кум құм
""".split())
# "Киши Байсерке", "Улкен Нарын", "Ески Икан": the Kazakh size or age word that opens a village's
# name, capitalised, before the word a tagger takes for the whole name
KAZAKH_PLACE_PREFIXES = frozenset("Киши Кіші Улкен Үлкен Ески Ескі".split())
