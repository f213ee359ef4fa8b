from pathlib import Path

import pytest

import kaznews
from kaznews.doc import Token
from kaznews.entities.persons import surname_key
from kaznews.evaluate.normal import evaluate_normals, kaznews_normals, read_gold as read_normal_gold


@pytest.fixture(scope="module")
def seed_entities(seed_path):
    return kaznews.analyze(seed_path.read_text(encoding="utf-8")).entities


def test_seed_article_people_in_nominative(seed_entities):
    people = seed_entities[seed_entities.label == "PER"]
    assert set(people.normal) == {"Самира Тайтенова", "Игорь Плюснин"}
    assert (people.text == "Самира Тайтенова").sum() == 2


def test_seed_article_organisations(seed_entities):
    orgs = seed_entities[seed_entities.label == "ORG"]
    assert {"Акмолинский областной филиал партии «AMANAT»", "«Аманат»", "Антикоррупционная служба региона",
            "Агентство по противодействию коррупции", "РОО «Әділдік жолы»"} <= set(orgs.normal)
    amanat = orgs[orgs.normal.str.contains("AMANAT|Аманат")]  # the party, and its regional branch
    assert amanat.canonical.nunique() == 1 and len(amanat) == 2


def test_seed_article_programmes(seed_entities):
    progs = seed_entities[seed_entities.label == "PROG"]
    assert set(progs.normal) == {"общереспубликанская акция «Әділдікті талап ет!»",
                                 "Концепция антикоррупционной политики 2022-2026 годы"}
    assert "PROG:адилдикти талап ет" in set(progs.canonical)


def test_nothing_from_boilerplate(seed_path, seed_entities):
    from kaznews.ingest import Ingestor
    from kaznews.ingest.readers import read_dump
    [doc] = list(Ingestor()(read_dump(seed_path)))
    assert "Kokshetau.asia" not in set(seed_entities.text)
    assert seed_entities.start.min() >= 0 and not doc.text.startswith("Домой")


def test_abbreviation_and_surname_share_the_full_key():
    text = ("Эксперты Агентства по противодействию коррупции (АПК) встретились с Айгерим Нурлановой. "
            "Позже АПК сообщило, что Нурланова подготовит доклад.")
    ents = kaznews.analyze([text], clean=False).entities
    apk = ents[ents.text.isin(["АПК", "Агентства по противодействию коррупции"])]
    assert len(apk) == 3 and apk.canonical.nunique() == 1
    people = ents[ents.label == "PER"]
    assert people.canonical.nunique() == 1 and set(people.normal) == {"Айгерим Нурланова", "Нурланова"}


def test_alias_table_and_scripts_fold_into_one_key(resources):
    from kaznews.doc import Entity
    from kaznews.entities.normalize import canonical_key
    keys = {canonical_key(Entity("ORG", t, 0, 1, 0, normal=t), resources.aliases) for t in
            ("AMANAT", "Аманат", "партия «Аманат»", "Нур Отан")}
    assert keys == {"ORG:аманат"}
    assert canonical_key(Entity("PROG", "", 0, 1, 0, normal="«Нұрлы жол»"), resources.aliases) == \
        canonical_key(Entity("PROG", "", 0, 1, 0, normal="программа «Нурлы жол»"), resources.aliases)


def test_descriptors_and_genitive_bodies_join_the_name():
    ents = kaznews.analyze(["Представители компании Michelin и партии «Яблоко» посетили мэрию Москвы "
                             "и встретились с членами Конгресса США."], clean=False).entities
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Michelin", "«Яблоко»", "мэрию Москвы", "Конгресса США"} <= orgs
    assert {"Москвы", "США"} <= set(ents[ents.label == "LOC"].text)


def test_the_national_parliament_is_an_organisation_whatever_the_tagger_says():
    ents = _entities("Мажилис принял закон во втором чтении.\nВыступая в Мажилисе, министр финансов ответил "
                     "на вопросы. Как заявил спикер Сената, поправки будут рассмотрены.")
    bodies = ents[ents.text.str.startswith(("Мажилис", "Сенат"))]
    assert set(bodies.label) == {"ORG"} and len(bodies) == 3
    assert {"Мажилис", "Сенат"} == set(bodies.normal)
    ents = _entities("С критикой выступил депутат Мажилиса Арман Сапаров.")
    assert "Мажилиса" in set(ents[ents.label == "ORG"].text)
    assert "Арман Сапаров" in set(ents[ents.label == "PER"].text)


def test_a_body_named_by_its_place_adjective():
    """"Павлодарского городского маслихата": the capitalised place adjective names the body,
    and is no person or place of its own."""
    ents = _entities("Сессию Павлодарского городского маслихата открыл секретарь.",
                     "Дело рассмотрит Шымкентский городской суд по уголовным делам в марте.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Павлодарского городского маслихата", "Шымкентский городской суд по уголовным делам"} <= orgs
    assert not set(ents[ents.label.isin(["PER", "LOC"])].text) & {"Павлодарского", "Шымкентский"}


def test_a_territorial_body_takes_the_place_it_serves():
    ents = _entities("Проверку провел Антимонопольный департамент по Алматы. Департамент юстиции по Карагандинской "
                     "области зарегистрировал фонд.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Антимонопольный департамент по Алматы", "Департамент юстиции по Карагандинской области"} <= orgs


def test_a_state_body_named_by_its_function():
    """A body in lower case with the nouns of its function in the genitive is one
    organisation; a noun after «и» that heads another body starts that one."""
    ents = _entities("Жалобу направили в департамент санитарно-эпидемиологического контроля, а копию - в "
                     "районный отдел образования и областной совет ветеранов.",
                     "Начальник управления туризма и спорта Акмолинской области провел прием.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"департамент санитарно-эпидемиологического контроля", "районный отдел образования",
            "управления туризма и спорта Акмолинской области"} <= orgs
    assert not {t for t in orgs if "ветеранов" in t and "отдел" in t}


def test_a_club_after_its_town_adjective_in_straight_quotes():
    ents = _entities('Карагандинский "Шахтер" обыграл актюбинский "Актобе" со счетом 2:1.')
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Шахтер", "Актобе"} <= orgs


def test_a_body_takes_its_town_after_the_abbreviation():
    ents = _entities("Иск рассмотрел Специализированный межрайонный суд г. Экибастуза в понедельник.")
    assert "Специализированный межрайонный суд г. Экибастуза" in set(ents[ents.label == "ORG"].text)


def test_a_body_takes_a_town_that_does_not_decline():
    ents = _entities("Нарушения выявила прокуратура г. Шу, а дело рассмотрел районный суд Аксу на прошлой неделе.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"прокуратура г. Шу", "районный суд Аксу"} <= orgs
    assert {"Шу", "Аксу"} <= set(ents[ents.label == "LOC"].text)


def test_the_press_and_the_head_of_government_are_no_organisations():
    ents = _entities("Как сообщают местные СМИ, глава правительства провел совещание с акимами областей.")
    assert not set(ents[ents.label == "ORG"].text) & {"СМИ", "правительства"}


def test_nested_straight_quotes_close_the_whole_name():
    ents = _entities('Проверку провели на заводе АО "ТК "Жетысу Трейд" в понедельник.')
    assert 'АО "ТК "Жетысу Трейд"' in set(ents[ents.label == "ORG"].text)


def test_a_quoted_town_is_a_club_a_quoted_station_or_stadium_no_entity():
    """A station, a stadium, a checkpoint, a housing estate: a building, which the guidelines
    do not mark (the news gold's training parts 95-118: none of 19 such quoted names)."""
    ents = _entities('В последнем туре "Тобол" уступил "Астане" со счетом 0:2.',
                     "Пассажиры пересаживаются между станциями «Байконыр» и «Алатау», а ремонт "
                     "на стадионе «Жастар» завершат к осени.",
                     'Ремонт пункта пропуска "Кордай" начнется в сентябре. Строительство ЖК "Оазис" и жилого '
                     "комплекса «Emeralds» заморожено. В районе вокзала «Нурлы жол» откроют клинику.")
    assert "Астане" in set(ents[ents.label == "ORG"].text)
    assert "Астане" not in set(ents[ents.label == "LOC"].text)
    assert not {text.strip("«»\"") for text in ents.text} & {"Байконыр", "Алатау", "Жастар", "Кордай", "Оазис",
                                                           "Emeralds", "Нурлы жол"}, ents


def test_a_quoted_name_marked_once_is_an_organisation_throughout_the_article():
    ents = _entities("Карагандинский «Шахтер» проиграл дома. Болельщики «Шахтер» остались недовольны, "
                     "и «Шахтер» сменит тренера.")
    orgs = ents[ents.label == "ORG"]
    assert list(orgs.text).count("Шахтер") == 3


def test_a_kind_of_business_or_club_stays_out_of_the_name():
    """Annotators of Kazakhstani news keep a lower-case kind out of the quoted name it is said
    of (a company's, club's or party's, "национальная компания"), a legal form in it."""
    ents = _entities("Подрядчиком стала строительная компания «Жол Курылыс», а спонсором - клуб "
                     "«Барыс» и холдинг Alatau Group.",
                     "Акции ТОО «Кен Дала» выкупила национальная компания «Казатомпром» у партии «Ак жол».")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"«Жол Курылыс»", "«Барыс»", "ТОО «Кен Дала»", "«Казатомпром»", "«Ак жол»"} <= orgs
    assert not {t for t in orgs if t.startswith(("строительная", "клуб", "холдинг", "национальная", "партии"))}
    ents = _entities("Тренер работал с командой «Кызылжар», а турнир прошел при поддержке спортивных клубов «Намыс».")
    assert {"«Кызылжар»", "«Намыс»"} <= set(ents[ents.label == "ORG"].text)
    ents = _entities("Рабочие подрядной организации «Озенмунайгаз» остались без работы.",
                     'Об этом сообщает корреспондент портала "Мой ГОРОД".')
    assert {"«Озенмунайгаз»", '"Мой ГОРОД"'} <= set(ents[ents.label == "ORG"].text)  # an outlet's or a body's kind too


def test_a_club_and_a_theatre_leave_their_kind_out_an_abbreviated_kind_stays():
    """The news gold of batches 22 to 28: "клуба «X»", "театр «X»", "партии «X»" out of the
    name 74 of 77 times; a kind in capitals (ФК, ДК, a legal form) in it."""
    ents = _entities('Павлодарский баскетбольный клуб «Кереку» обыграл гостей, а игроки футбольного клуба '
                     '"Жетысу Талдыкорган" проиграли.',
                     "Новый театр «Ертіс-Баян» открыт при ДК «Өнер». Члены партии «Ак Жол» подсчитали расходы.")
    orgs = {t.strip("«»\"") for t in ents[ents.label == "ORG"].text}
    assert {"Кереку", "Жетысу Талдыкорган", "Ертіс-Баян", "ДК «Өнер", "Ак Жол"} <= orgs


def test_a_surname_written_before_the_first_name_and_patronymic():
    """Orders and lists write "Фамилия Имя Отчество": one person, whatever the tagger split."""
    ents = _entities("Назначены на должность Бекмуханов Серик Жумабекович и ТАЖИБАЕВА Алия Маратовна.",
                     "Кротов Игорь Николаевич освобожден от должности. Вчера Игорь Николаевич уехал.")
    people = set(ents[ents.label == "PER"].text)
    assert {"Бекмуханов Серик Жумабекович", "ТАЖИБАЕВА Алия Маратовна", "Кротов Игорь Николаевич",
            "Игорь Николаевич"} <= people
    assert not {t for t in people if t.startswith("Вчера")}
    ents = _entities("На вечере выступила жена Кротова Ольга Сергеевна.")
    assert "Ольга Сергеевна" in set(ents[ents.label == "PER"].text)


def test_a_place_after_its_noun_and_the_person_after_it_are_apart():
    """"акима села X Имя Фамилия": the tagger runs the village into its akim's name."""
    ents = _entities("Прием ведет аким поселка Жанатурмыс Бакытжан Омаров, а жалобы на акима г. Кентау "
                     "Сейтжанова Е.Б. поступили в прокуратуру. В селе Шокан Уалиханов открыли школу.")
    assert {"Жанатурмыс", "Кентау", "Шокан Уалиханов"} <= set(ents[ents.label == "LOC"].text)
    assert {"Бакытжан Омаров", "Сейтжанова Е.Б."} <= set(ents[ents.label == "PER"].text)


def test_a_kazakh_honorific_closes_the_name_an_institution_bears():
    ents = _entities("Ремонт начался в школе № 12 имени Райымбек батыра села Акши, а затем в гимназии имени "
                     "Карасай батыра.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"школе № 12 имени Райымбек батыра", "гимназии имени Карасай батыра"} <= orgs


def test_a_house_of_culture_names_none_alone():
    ents = _entities("Концерт прошел в Доме культуры поселка Жаксы, а в районном Доме культуры имени Абая "
                     "открыли выставку. Ремонт Дома культуры завершат летом.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert not {"Доме культуры", "Дома культуры"} & orgs
    assert any("имени Абая" in t for t in orgs)


def test_a_holiday_is_no_person_or_place():
    ents = _entities("Прием граждан перенесли в связи с празднованием Ораза Айта. Концерт посвятили Наурызу, "
                     "а по программе «Наурыз» выдали ипотеку.")
    assert not {t for t in ents[ents.label.isin(["PER", "LOC"])].text if "Ораза" in t or "Наурыз" in t}


def test_an_ordinal_numbers_a_hospital():
    ents = _entities("Пациента перевели из второй горбольницы в четвертую поликлинику, а в пятой школе начался ремонт.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"второй горбольницы", "четвертую поликлинику"} <= orgs
    assert not {t for t in orgs if "школе" in t}


def test_an_abbreviation_marked_once_is_an_organisation_throughout_the_article():
    ents = _entities("Годовщина АМК\nСотрудники АМК получили награды от руководства АМК.")
    assert list(ents[ents.label == "ORG"].text).count("АМК") == 3


def test_a_kind_of_facility_in_capitals_names_none():
    ents = _entities("Суд обязал ВУЗ вернуть деньги студентам. Выпускники ВУЗа пожаловались начальнику РЭС Ивану Петренко.")
    assert not {"ВУЗ", "ВУЗа", "РЭС"} & set(ents[ents.label == "ORG"].text)


def test_a_party_with_a_latin_name_needs_no_quotes():
    ents = _entities("Выдвигать партию BAYTAQ на выборах будут ветераны. Кроме того, BAYTAQ открыла новый филиал.")
    assert list(ents[ents.label == "ORG"].text) == ["BAYTAQ", "BAYTAQ"]  # "партию" is said of the name


def test_offsets_index_the_text(seed_path):
    result = kaznews.analyze(seed_path.read_text(encoding="utf-8"))
    text = result.articles.text.iat[0]
    for e in result.entities.itertuples():
        assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("sentence,normal", [
    ("По словам эксперта Самиры Тайтеновой, жители жалуются.", "Самира Тайтенова"),
    ("Награду вручили Айгерим Нурлановой.", "Айгерим Нурланова"),
    ("Встреча с Игорем Плюсниным прошла в Кокшетау.", "Игорь Плюснин"),
    ("Министр Ерлану Сапарову вручили награду.", "Ерлан Сапаров"),
    ("Заявление Асхата Шахарова опубликовали вчера.", "Асхат Шахаров"),
    ("Вопрос задали Данияру Ахметову.", "Данияр Ахметов"),
    # "имени" governs the genitive; a masculine name no list knows declines as a noun
    ("В Шымкенте открылся областной драматический театр имени Жумата Шанина.", "Жумат Шанин"),
    # a title in an oblique case, a thing the person owns: the name is not a nominative
    ("Журналисты дождались акима Туркестанской области Даниала Ахметова у входа.", "Даниал Ахметов"),
    ("Прокуратура изучила дело Бергея Серикова о хищении бюджетных средств.", "Бергей Сериков"),
    # a title in the nominative may govern the name in the genitive
    ("Вчера уволен бывший заместитель Махамбета Сапарова.", "Махамбет Сапаров"),
    # a first name no list holds, built on "гүл" as only women's names are
    ("Гульбарам Мусагазину задержали вчера вечером.", "Гульбарам Мусагазина"),
    ("Награду вручили Гульдаре Нурумовой.", "Гульдара Нурумова"),
    ("Встреча с Гульшарой Абдыкаликовой прошла в Астане.", "Гульшара Абдыкаликова"),
    # a Kazakh name in -алы does not decline: "Ералы" is no genitive of "Ерала"
    ("Совещание прошло с участием Ералы Тугжанова.", "Ералы Тугжанов"),
    # a first name no list holds ending in a consonant: a man's would decline ("Багдата"), so
    # the surname's feminine reading wins
    ("Слово предоставили Багдат Анарбаевой.", "Багдат Анарбаева"),
    ("Член совета Багдат Анарбаева выступила на брифинге.", "Багдат Анарбаева"),
    ("Без Багдата Анарбаева совещание не начали.", "Багдат Анарбаев"),
])
def test_person_normal_forms(sentence, normal):
    entities = kaznews.analyze([sentence], clean=False).entities
    assert normal in set(entities[entities.label == "PER"].normal)


def test_verb_agreement_decides_gender():
    text = "Эксперт Тайтенова проинформировала участников о старте акции."
    entities = kaznews.analyze([text], clean=False).entities
    assert list(entities[entities.label == "PER"].normal) == ["Тайтенова"]


def test_organisation_head_is_inflected_and_tail_kept():
    entities = kaznews.analyze(["Материалы направили в Агентство. Эксперт совета при Агентстве по "
                                 "противодействию коррупции выступил в Министерстве просвещения."],
                                clean=False).entities
    assert {"Агентство по противодействию коррупции", "Министерство просвещения"} <= set(entities.normal)


def assert_normal_forms(tmp_path, lines: list[str]) -> None:
    """kaznews' normal forms of the [[text|normal|LABEL]] mentions of `lines` are the given ones."""
    from kaznews.evaluate.normal import kaznews_normals, read_markup
    gold = tmp_path / "gold.txt"
    gold.write_text("\n".join(lines), encoding="utf-8")
    sentences = read_markup(gold)
    assert kaznews_normals(sentences) == [[m.normal for m in s.mentions] for s in sentences]


def test_a_man_s_surname_in_a_declines_and_a_son_s_unknown_name_too(tmp_path):
    """Men's surnames in -а follow the first declension (Рамафоса, like Окуджава); the first
    name before -улы is a man's, declined as one though no list knows it; -у and -е
    surnames stay as written (Шойгу, Дюпре)."""
    assert_normal_forms(tmp_path, [
        "Встреча с президентом ЮАР [[Сирилом Рамафосой|Сирил Рамафоса|PER]] прошла в Претории.",
        "Визит [[Сирила Рамафосы|Сирил Рамафоса|PER]] перенесли.",
        "Стихи [[Маралтая Райымбекулы|Маралтай Райымбекулы|PER]] звучали в зале.",
        "Министр встретился с [[Сергеем Шойгу|Сергей Шойгу|PER]] и [[Анной Дюпре|Анна Дюпре|PER]].",
    ])


def test_a_town_adjective_pymorphy_reads_as_the_town(tmp_path):
    """"Зыряновском": pymorphy3 knows only Зыряновск's instrumental; before its noun it is the adjective."""
    assert_normal_forms(tmp_path, [
        "Дороги отремонтируют в [[Зыряновском районе|Зыряновский район|LOC]] к осени.",
    ])


def test_organisation_and_place_normal_forms_on_gold_spans(tmp_path):
    """Names in the order Kazakhstani names take decline on their last noun; a known common
    noun heads its own phrase; a Kazakh loanword head gives its adjective the right gender;
    a town pymorphy3 guesses indeclinable declines as its own paradigm says."""
    assert_normal_forms(tmp_path, [
        "Студенты учатся в [[Назарбаев Университете|Назарбаев Университет|ORG]] уже пять лет.",
        "Премьера прошла в [[Астана Опере|Астана Опера|ORG]], а матч на [[Алматы Арене|Алматы Арена|ORG]].",
        "Кредит выдан при участии [[Банка Развития Казахстана|Банк Развития Казахстана|ORG]].",
        "Законопроект одобрили депутаты [[Мажилиса Парламента|Мажилис Парламента|ORG]].",
        "Решение [[областного маслихата|областной маслихат|ORG]] опубликовано.",
        "Делегация приехала из [[Щучинска|Щучинск|LOC]] и [[Лисаковска|Лисаковск|LOC]].",
    ])


def test_an_unknown_place_adjective_takes_the_stem_stressed_ending(tmp_path):
    """pymorphy3 guesses "-ском"/"-ского" of an unknown place adjective from "-ской" as often as
    from "-ский"; Kazakhstani district names are "-ский" ("Зерендинский район")."""
    assert_normal_forms(tmp_path, [
        "Школу открыли в [[Зерендинском районе|Зерендинский район|LOC]] в сентябре.",
        "Аким [[Зерендинского района|Зерендинский район|LOC]] провел прием граждан.",
    ])


def test_a_street_name_keeps_the_case_its_street_word_governs(tmp_path):
    """After "улица", "проспект", "ул." the name is in the genitive whatever the street
    word's case; the name is written so in the normal form too."""
    assert_normal_forms(tmp_path, [
        "Ремонт дороги на улице [[Сейфуллина|Сейфуллина|LOC]] закончат в мае.",
        "Пробки образовались на проспекте [[Абылай хана|Абылай хана|LOC]] и ул. [[Толстого|Толстого|LOC]].",
    ])


def test_national_body_named_alone_is_a_proper_name(tmp_path):
    """"Правительству", "Сената": the country's own chamber or government alone keeps its
    capital in its normal form, and "в мажилис" its writer's lower case (the news gold: 2 of 2
    so written); with a complement it stays as written."""
    assert_normal_forms(tmp_path, [
        "Законопроект внесли в [[мажилис|мажилис|ORG]], а отчет направили [[Правительству|Правительство|ORG]].",
        "Депутаты [[Сената|Сенат|ORG]] и члены [[Правительства России|Правительство России|ORG]] встретились.",
    ])


def test_a_one_word_organisation_in_an_oblique_case(tmp_path):
    """An unknown company or club name in quotes declines as a consonant stem even when the
    tagger calls it nominative (one in -овке as -овка); a known one takes its dictionary form,
    a nominative stays."""
    assert_normal_forms(tmp_path, [
        "Контракт достался \"[[Тенгизмунайгазу|Тенгизмунайгаз|ORG]]\", а не \"[[Казтрансгазу|Казтрансгаз|ORG]]\".",
        "В костанайском «[[Тоболе|Тобол|ORG]]» сменился главный тренер.",
        "Акции передали «[[Казатомпрому|Казатомпром|ORG]]», а «[[Байтерек|Байтерек|ORG]]» их продал.",
        "Дети отдохнули в санатории «[[Лермонтовке|Лермонтовка|ORG]]».",
    ])


def test_places_in_a_list_share_their_noun(tmp_path):
    """Coordinated place adjectives share one noun: each place takes it in the singular,
    after the list or, when none follows, from the "Adjective noun" before it; a place
    adjective the tagger reads as a name before its noun still agrees."""
    assert_normal_forms(tmp_path, [
        "Снег ожидается в [[Павлодарской|Павлодарская область|LOC]] и "
        "[[Костанайской областях|Костанайская область|LOC]].",
        "Дороги ремонтируют в [[Сарыагашском|Сарыагашский район|LOC]], [[Мактааральском|Мактааральский район|LOC]] "
        "и [[Келесском районах|Келесский район|LOC]].",
        "Из [[Жамбылской области|Жамбылская область|LOC]] выделилась [[Таласская|Таласская область|LOC]] "
        "с центром в Каратау.",
        "Школы открыты в [[Ленинском|Ленинский микрорайон|LOC]] и [[Садовом микрорайонах|Садовый микрорайон|LOC]].",
        "В [[Акмолинской области|Акмолинская область|LOC]] газ провели в селах Каменка и [[Зеленое|Зеленое|LOC]].",
        "Паводки ожидаются в [[Буландынском|Буландынский район|LOC]], [[Бурабайском|Бурабайский район|LOC]], "
        "[[Аршалынском|Аршалынский район|LOC]], [[Коргалжынском|Коргалжынский район|LOC]], "
        "[[Сандыктауском|Сандыктауский район|LOC]] и [[Ерейментауском районах|Ерейментауский район|LOC]].",
    ])


def test_body_of_a_place_takes_its_adjectives_and_complement():
    """A body before a place in the genitive joins it with its usual adjectives, whatever
    case the tagger gave a loanword, and with the words between it and the place."""
    ents = _entities("Вчера депутаты городского маслихата Петропавловска утвердили бюджет.",
                     "Приговор вынес специализированный межрайонный суд по делам несовершеннолетних Павлодарской области.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "городского маслихата Петропавловска" in orgs
    assert "специализированный межрайонный суд по делам несовершеннолетних Павлодарской области" in orgs


def _entities(*texts):
    return kaznews.analyze(list(texts), clean=False).entities


def _normals_on_gold(tmp_path, lines: str) -> list[str]:
    """kaznews' normal forms of the mentions marked [[surface|normal|LABEL]] in `lines`, in
    order, as `kaznews eval normal` reads them (gold spans, not kaznews' own)."""
    gold = tmp_path / "gold.txt"
    gold.write_text(lines, encoding="utf-8")
    return [normal for normals in kaznews_normals(read_normal_gold(gold)) for normal in normals]


def test_byline_city_is_a_place_and_spans_stop_at_paragraphs():
    ents = _entities("Айгуль Сейткалиева, Нур-Султан\nВ столице прошло заседание областного совета по вопросам "
                     "образования и науки.")
    assert set(ents[ents.label == "PER"].text) == {"Айгуль Сейткалиева"}
    assert "Нур-Султан" in set(ents[ents.label == "LOC"].text)
    assert not any("\n" in t for t in ents.text)


def test_places_after_abbreviations_diseases_and_regions():
    ents = _entities("В г. Караганде открыли школу. Жители с. Белоусовка довольны. Министерство здравоохранения "
                     "сообщило о новых случаях COVID-19 и КВИ в ЗКО и ВКО.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Караганде", "Белоусовка", "ЗКО", "ВКО"} <= places
    assert not {"г. Караганде", "COVID-19", "КВИ"} & set(ents.text)


def test_title_before_a_person_is_kept_apart_and_out_of_the_key():
    ents = _entities("Читайте также: Аким Алматы Ерболат Досаев провел встречу с предпринимателями города.",
                     "Вчера Досаев посетил новую школу в микрорайоне Алгабас.")
    people = ents[ents.label == "PER"]
    assert list(people.text) == ["Ерболат Досаев", "Досаев"]
    assert people.title.iat[0] == "Аким Алматы"
    assert people.canonical.nunique() == 1 and people.canonical.iat[0] == "PER:ерболат досаев"
    assert "Алматы" in set(ents[ents.label == "LOC"].text)


def test_dataset_link_only_for_a_unique_full_name():
    from kaznews.entities.keys import link_in_dataset
    import pandas as pd
    rows = pd.DataFrame({"article_id": ["1", "2", "3", "3"], "label": ["PER"] * 4,
                         "normal": ["Досаев", "Ерболат Досаев", "Сапаров", "Ерлан Сапаров"],
                         "canonical": ["PER:досаев", "PER:ерболат досаев", "PER:сапаров", "PER:ерлан сапаров"]})
    assert list(link_in_dataset(rows).canonical) == ["PER:ерболат досаев", "PER:ерболат досаев",
                                                     "PER:ерлан сапаров", "PER:ерлан сапаров"]
    second = pd.concat([rows, pd.DataFrame({"article_id": ["4"], "label": ["PER"], "normal": ["Асет Досаев"],
                                            "canonical": ["PER:асет досаев"]})], ignore_index=True)
    assert link_in_dataset(second).canonical.iat[0] == "PER:досаев"  # two full names: no guess


def test_spelling_variants_share_a_key():
    from kaznews.entities.normalize import fold, fold_person
    assert fold_person("Гүлмира") == fold_person("Гульмира") and fold_person("Әсел") == fold_person("Асель")
    assert fold("Kassym-Jomart Tokayev") == fold("Қасым-Жомарт Тоқаев") == fold("Касым-Жомарт Токаев")
    assert fold("Алёна") == fold("Алена")


def test_a_place_adjective_the_tagger_read_as_a_name_agrees_past_another_adjective(resources):
    from kaznews.doc import Token
    from kaznews.entities.normalize import normalize_phrase
    words = [("Жумабековского", "PROPN", {"Case": "Gen", "Number": "Sing"}, "жумабековский"),
             ("сельского", "ADJ", {"Case": "Gen", "Number": "Sing"}, "сельский"),
             ("округа", "NOUN", {"Case": "Gen", "Number": "Sing"}, "округ")]
    tokens, start = [], 0
    for text, pos, feats, lemma in words:
        tokens.append(Token(text, start, start + len(text), pos, feats, lemma))
        start += len(text) + 1
    assert normalize_phrase(tokens, resources.ru_lemmatizer) == "Жумабековский сельский округ"


@pytest.mark.parametrize("sentence,label,normal", [
    ("Жители областного центра в прошлом году встретились с Гүлмире Сәрсенбаевой в районном акимате.",
     "PER", "Гүлмира Сәрсенбаева"),
    ("Новый медицинский центр на двести мест открыли в прошлом месяце в Семее.", "LOC", "Семей"),
    ("Студенты КазНУ встретились с выпускниками прошлых лет.", "ORG", "КазНУ"),
    # an abbreviation with a spoken case ending keeps its letters; ё stays where written;
    # a superlative keeps its stem; an unknown place adjective agrees past another adjective
    ("По сведениям МИДа, переговоры продолжатся в следующем месяце в столице.", "ORG", "МИД"),
    ("Вчера журналисты побеседовали с Артёмом Пугачёвым о новом сезоне.", "PER", "Артём Пугачёв"),
    ("Выпускники Высшей школы права получили дипломы в торжественной обстановке.", "ORG", "Высшая школа права"),
    ("Сотрудники Казгидромета Казахстана предупредили о сильном ветре.", "ORG", "Казгидромет Казахстана"),
    ("Новую амбулаторию открыли в селе Карой в прошлом месяце.", "LOC", "Карой"),
    # -ую is no nominative, whatever case the tagger gives; an abbreviation's number is its adjective's
    ("Ограничен въезд в город Петропавловск и Северо-Казахстанскую область, а также выезд.", "LOC",
     "Северо-Казахстанская область"),
    ("Глава государства поручил восстановить Экибастузскую ТЭЦ.", "ORG", "Экибастузская ТЭЦ"),
    # adjectives listed with no noun of their own share the place noun after them, or the one before
    ("Аким Байганинского района начинает с Кызылбулакского и Жаркамысского сельских округов.", "LOC",
     "Кызылбулакский сельский округ"),
])
def test_kazakh_names_towns_and_abbreviations(sentence, label, normal):
    ents = _entities(sentence)
    assert normal in set(ents[ents.label == label].normal)


def test_programmes_in_quotes_lists_and_campaigns():
    ents = _entities(
        "Предприниматели участвуют в таких программах, как «Еңбек» и «Бизнестің жол картасы». "
        "Работы ведутся в рамках «Дорожной карты занятости». Программа \"Молодой специалист\" продлена. "
        "Реализуется национальный проект «Качественное и доступное здравоохранение для каждого гражданина "
        "«Здоровая нация»». Акимат утвердил Генеральный план Алматы. "
        "Казахстанцы присоединились к флешмобу #BizBirgemiz, акция BizBirgemiz продолжается.")
    progs = ents[ents.label == "PROG"]
    texts = set(progs.text)
    assert {"«Еңбек»", "«Бизнестің жол картасы»", "«Дорожной карты занятости»", "Генеральный план Алматы",
            "флешмобу #BizBirgemiz", "акция BizBirgemiz"} <= texts
    assert any(t.startswith("национальный проект «Качественное") and t.endswith("»»") for t in texts)
    assert 'Программа "Молодой специалист"' in texts  # straight quotes: a programme, not an ORG
    assert "ORG" not in set(ents[ents.text.str.contains("Молодой специалист")].label)
    campaign = progs[progs.text == "флешмобу #BizBirgemiz"].iloc[0]
    assert (campaign.normal, campaign.title) == ("флешмоб #BizBirgemiz", "флешмоб")
    assert progs[progs.text.str.contains("BizBirgemiz")].canonical.nunique() == 1


def test_a_programme_takes_the_adjectives_of_its_kind_and_owner():
    ents = _entities("Семьи получили помощь в рамках социальной программы «Береке». Стартовала международная "
                     "благотворительная акция «Тёплый дом».")
    progs = ents[ents.label == "PROG"]
    assert {"социальной программы «Береке»", "международная благотворительная акция «Тёплый дом»"} <= set(progs.text)
    assert set(progs.title) == {"социальная программа", "международная благотворительная акция"}
    ents = _entities("Работа ведется в рамках специального проекта «Туған жер». Библиотека реализовала "
                     "библиотечный проект «День с писателем».")
    assert {"специального проекта «Туған жер»", "библиотечный проект «День с писателем»"} <= \
        set(ents[ents.label == "PROG"].text)


def test_prefixed_programme_words_and_a_field_before_the_name():
    ents = _entities("В районе запущен спецпроект «Таза аула». Средства выделены по подпрограмме «Жасыл ел» и "
                     "программе по поддержке молодых семей «Отбасы».")
    texts = set(ents[ents.label == "PROG"].text)
    assert {"спецпроект «Таза аула»", "подпрограмме «Жасыл ел»", "программе по поддержке молодых семей «Отбасы»"} \
        <= texts


def test_programme_gazetteer_is_large_and_sourced(resources):
    rows = [line.split("\t") for line in
            (resources.models_dir / "gazetteers" / "programmes.txt").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    assert len(rows) >= 150 and all(len(r) == 2 and r[1] for r in rows)


def test_unknown_masculine_name_declines_by_its_paradigm():
    ents = _entities("Журналисты поговорили с Даниалом Ахметовым после заседания в Усть-Каменогорске.")
    assert "Даниал Ахметов" in set(ents[ents.label == "PER"].normal)


def test_names_in_a_list_of_villages_are_places():
    ents = _entities("Дороги отремонтируют в селах Курмангазы, Сафон, Бирлик, Котяевка и Тениз Атырауской области.")
    assert "Бирлик" not in set(ents[ents.label == "PER"].text)


def test_programme_with_a_period_and_in_curly_quotes():
    ents = _entities("Министры обсудили национальный план подготовки “Туркестан-2030” "
                     "и программу развития регионов на 2020 - 2025 годы.")
    assert "программу развития регионов на 2020 - 2025 годы" in set(ents[ents.label == "PROG"].text)


def test_dataset_keys_follow_later_incremental_runs(tmp_path):
    """A surname alone stored by an earlier run takes the key of a full name a later run
    stores, and the stored parts keep the article-level key."""
    import json

    from kaznews.runner import RunOptions, run_dataset
    from kaznews.store import read_tables
    day1, day2, out = tmp_path / "d1.jsonl", tmp_path / "d2.jsonl", tmp_path / "out"
    day1.write_text(json.dumps({"id": "a1", "text": "Вчера Досаев посетил новую школу в микрорайоне Алгабас "
                                                   "и встретился с учителями."}, ensure_ascii=False) + "\n")
    day2.write_text(json.dumps({"id": "a2", "text": "Аким Алматы Ерболат Досаев провел встречу с "
                                                   "предпринимателями города."}, ensure_ascii=False) + "\n")
    run_dataset(RunOptions([day1], out, clean=False))
    first = read_tables(out)["entities"]
    assert set(first[first.label == "PER"].canonical) == {"PER:досаев"}
    run_dataset(RunOptions([day2], out, clean=False, incremental=True))
    people = read_tables(out)["entities"].query("label == 'PER'")
    assert set(people.canonical) == {"PER:ерболат досаев"} and len(people) == 2
    stored = read_tables(out, dataset_keys=False)["entities"].query("label == 'PER'")
    assert set(stored.canonical) == {"PER:досаев", "PER:ерболат досаев"}


def test_bodies_before_an_organisation_join_it():
    ents = _entities("Как сообщил заместитель председателя филиала партии Nur Otan, заседание политсовета партии "
                     "Nur Otan пройдет в пятницу. Об этом сообщили в пресс-службе МВД.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"филиала партии Nur Otan", "политсовета партии Nur Otan", "МВД"} <= orgs
    assert "пресс-службе МВД" not in orgs  # a body's press service speaks for it and is no name


def test_units_and_years_are_not_place_abbreviations():
    ents = _entities("Ветер северо-западный, днем порывы 15-20 м/с. В Петропавловске днем до плюс пяти градусов.",
                     "Вспомним, что в 2020 г. Компания «Казахтелеком» открыла новый центр обработки данных.")
    assert not {"В", "Компания"} & set(ents.text)
    assert "Петропавловске" in set(ents[ents.label == "LOC"].text)
    assert "LOC" not in set(ents[ents.text.str.contains("Казахтелеком")].label)


def test_listed_first_name_and_surname_the_tagger_missed_is_a_person():
    ents = _entities("Визит Президента Касым-Жомарта Токаева в Павлодарскую область начался утром.")
    person = ents[ents.label == "PER"]
    assert list(zip(person.normal, person.title)) == [("Касым-Жомарт Токаев", "Президента")]


def test_unknown_foreign_surname_keeps_its_ending():
    ents = _entities("Встреча с премьер-министром Марком Рютте состоялась в Гааге в среду.")
    assert "Марк Рютте" in set(ents[ents.label == "PER"].normal)


def test_a_document_is_no_organisation():
    ents = _entities("Глава региона напомнил, что Региональная Карта занятости - главный инструмент поддержки "
                     "безработных.")
    assert list(ents[ents.text.str.contains("Карта")].label) == ["PROG"]


def test_a_gazetteer_town_is_never_a_person():
    ents = _entities("Из состава Алматинской выделилась Жетысуская, центром которой стал Талдыкорган.")
    assert list(ents[ents.text == "Талдыкорган"].label) == ["LOC"]


def test_a_plural_kind_of_organisation_stays_out_of_the_name():
    ents = _entities("Представители всех филиалов партии Nur Otan собрались в Кокшетау. Матчи команд "
                     "Национальной баскетбольной ассоциации пройдут без зрителей.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Nur Otan", "Национальной баскетбольной ассоциации"} <= orgs
    assert not {t for t in orgs if t.startswith(("филиалов", "команд", "партии"))}


def test_institutions_named_by_a_body_adjective_or_a_person():
    ents = _entities("Экспонаты передали в фонды областного историко-краеведческого музея.",
                     "Летом начнется ремонт школы № 12 имени Абая Кунанбаева.",
                     "Воспитанники городской школы олимпийского резерва по плаванию победили.",
                     "Жители областного центра довольны, а в городских школах идет ремонт.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"областного историко-краеведческого музея", "школы № 12 имени Абая Кунанбаева",
            "городской школы олимпийского резерва по плаванию"} <= orgs
    assert "Абай Кунанбаев" in set(ents[ents.label == "PER"].normal)  # the person is still mentioned
    assert not {t for t in orgs if "центр" in t or "школах" in t}  # "областной центр" is a town; schools are several


def test_a_body_takes_its_field_and_an_officials_service_is_no_body():
    """"пресс-служба акима области": the news gold marks the place alone (36 of 36 such
    services and offices of an akim in its training batches)."""
    ents = _entities("Второе место заняла сборная Казахстана по дзюдо и самбо.",
                     "Об этом сообщила МВК по нераспространению коронавируса.",
                     "Об этом сообщает пресс-служба акима Павлодарской области.",
                     "Приговор вынес суд по уголовным делам города Караганда.",
                     "Об этом рассказал директор НАСА по космическим полетам.",
                     "Казахстанцы обыграли сборную Чили по пенальти.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert not {t for t in orgs if t.endswith(("полетам", "пенальти"))}  # a post's field, a way of winning
    assert {"МВК по нераспространению коронавируса", "суд по уголовным делам города Караганда", "НАСА"} <= orgs
    assert "Казахстана" in set(ents[ents.label == "LOC"].text)  # a team named by its country is that place
    assert not {t for t in orgs if "акима" in t}
    assert "Павлодарской области" in set(ents[ents.label == "LOC"].text)


def test_news_outlets_and_quoted_clubs_after_a_place_adjective():
    ents = _entities("В Караганде выпал снег, передает корреспондент zakon.kz.",
                     "Тарифы выросли, сообщает Караганда-онлайн.",
                     "Футболисты сыграли вничью с карагандинским «Шахтером» в субботу.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"zakon.kz", "Караганда-онлайн", "Шахтером"} <= orgs


def test_a_site_stands_alone_without_the_words_and_slashes_around_it():
    ents = _entities("Передает корреспондент zakon.kz, встреча прошла в Акорде.",
                     "Как сообщает Zakon.kz/, в Алматы открыли школу.",
                     "АСТАНА, 12 мая. /Zakon.kz/. Аким города провел совещание.")
    assert list(ents[ents.label == "ORG"].text) == ["zakon.kz", "Zakon.kz", "Zakon.kz"]


def test_a_name_written_in_capitals_keeps_them_in_its_normal_form_and_its_key_folds_them():
    """Regional news writes surnames in capitals ("Серик АХМЕТОВ") and datelines, headlines
    too: the normal form keeps the letters as written (the guidelines; all 478 such mentions
    of the news gold's training parts), declined in either language; the key researchers count
    by is the same as the name's in lower case."""
    entities = kaznews.analyze(["Вчера аким района Серик АХМЕТОВ встретился с жителями. "
                                "Благодарность вручили Берику АХМЕТОВУ. Серик Ахметов поблагодарил всех.",
                                "Аудан әкімі Бейбіт ЖҮСІПОВТІҢ сөзі. ҚАЗАЛЫ АУДАНЫНЫҢ тұрғындары келді.",
                                "ОТКРЫЛИ БОЛЬНИЦУ В КАРАГАНДИНСКОЙ ОБЛАСТИ"]).entities
    normals = set(entities.normal)
    assert {"Серик АХМЕТОВ", "Берик АХМЕТОВ", "Серик Ахметов", "Бейбіт ЖҮСІПОВ", "ҚАЗАЛЫ АУДАНЫ",
            "КАРАГАНДИНСКАЯ ОБЛАСТЬ"} <= normals, normals
    keys = dict(zip(entities.normal, entities.canonical))
    assert keys["Серик АХМЕТОВ"] == keys["Серик Ахметов"], keys


def test_a_body_named_by_an_abbreviation_keeps_its_place_in_the_genitive():
    entities = kaznews.analyze(["Сотрудники ДВД Астаны задержали подозреваемого. "
                                "Ремонт на ТЭЦ-2 Петропавловска завершат осенью."]).entities
    orgs = dict(zip(entities[entities.label == "ORG"].text, entities[entities.label == "ORG"].normal))
    assert orgs == {"ДВД Астаны": "ДВД Астаны", "ТЭЦ-2 Петропавловска": "ТЭЦ-2 Петропавловска"}, orgs


def test_the_mazhilis_in_lower_case_is_a_body_the_senate_and_government_are_not_streets_and_routes():
    """The news gold's convention: lower-case "мажилис" is marked, lower-case "сенат",
    "парламент", "правительство" are not (batches 20 to 41: 0 of 64)."""
    ents = _entities("Закон обсудили в сенате, затем председатель мажилиса выступил в правительстве.",
                     "Приём пройдет по адресу ул. Жансугурова, 12 и на улице Каныша Сатпаева.",
                     "Новые поезда пойдут по маршрутам Астана–Караганда и Павлодар–Семей.")
    orgs, places = set(ents[ents.label == "ORG"].text), set(ents[ents.label == "LOC"].text)
    assert "мажилиса" in orgs and not {"сенате", "правительстве"} & orgs
    assert {"Астана", "Караганда", "Павлодар", "Семей"} <= places
    assert not {"Каныша Сатпаева", "Жансугурова"} & set(ents.text)  # streets, no entities
    assert not {t for t in ents.text if "–" in t}


def test_a_quote_glued_to_a_word_opens_no_name():
    ents = _entities('Строят по проекту "Реновация 1300 школ". Сегодня в торговой системе KASE '
                     'объявили, что АО "Кайнар" выпустило облигации.')
    assert not {t for t in ents.text if "KASE" in t and len(t) > 4}
    assert 'АО "Кайнар' in " ".join(ents[ents.label == "ORG"].text)


def test_sites_anywhere_are_outlets_and_a_body_takes_its_town():
    ents = _entities("Цены выросли, пишет Tengrinews.kz со ссылкой на kolesa.kz. Заявку подают на портале egov.kz.",
                     "Об этом рассказали в Региональной службе коммуникаций города Караганды.",
                     "Тарифы выросли, сообщает Караганда-онлайн.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Tengrinews.kz", "kolesa.kz", "Региональной службе коммуникаций города Караганды",
            "Караганда-онлайн"} <= orgs
    assert "egov.kz" not in orgs  # an address after «портал»
    assert "Караганда-онлайн" not in set(ents[ents.label == "PER"].text)


def test_datelines_numbered_schools_and_a_press_service_outside_its_body():
    ents = _entities("КОСТАНАЙ. КАЗИНФОРМ - В городе открылась школа №17, а пристройку к школе №5 сдадут летом.",
                     "Шымкент, 3 марта. Об этом сообщила пресс-служба ДЧС области.")
    orgs, places = set(ents[ents.label == "ORG"].text), set(ents[ents.label == "LOC"].text)
    assert {"КАЗИНФОРМ", "школа №17", "школе №5"} <= orgs
    assert {"КОСТАНАЙ", "Шымкент"} <= places
    assert not {t for t in orgs if t.startswith("пресс-служб")}


def test_agencies_in_datelines_after_a_date_a_dash_or_a_slash():
    ents = _entities("Взносы растут\nАТЫРАУ, 5 апр - Sputnik. Глава региона Серик Шапкенов открыл новый мост.",
                     "Итоги года\nКостанай - 12 ноября /Kazinform/. Аким области провел прием граждан.",
                     "Караганда, 3 мая 2023 г. - Глава региона прибыл в Темиртау.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Sputnik", "Kazinform"} <= orgs and not {t for t in orgs if t.startswith("Глава")}
    assert {"АТЫРАУ", "Костанай", "Караганда"} <= set(ents[ents.label == "LOC"].text)


def test_a_legal_form_stays_before_a_name_with_nested_quotes():
    ents = _entities("Правление АО «Национальная компания «Kazakh Invest» утвердило план на год.")
    assert "АО «Национальная компания «Kazakh Invest»" in set(ents[ents.label == "ORG"].text)


def test_a_nested_name_closed_once_ends_at_its_quote():
    ents = _entities("Об этом сообщил председатель правления АО «НК «КазАвтоЖол» Ермек Кизатов. «Будет ли "
                     "в этом году открыто движение?» - спросили его журналисты.")
    assert "АО «НК «КазАвтоЖол»" in set(ents[ents.label == "ORG"].text)
    assert "Ермек Кизатов" in set(ents[ents.label == "PER"].text)
    assert not [t for t in ents.text if "Кизатов." in t]


def test_no_mention_crosses_a_line_break():
    ents = _entities("Подписывайтесь на Sputnik в Дзен\nАСТАНА, 9 фев - Sputnik. Министр прибыл в Анкару.",
                     "Новости компании Казахтелеком\nАлматы стал лидером по числу абонентов.")
    assert not [t for t in ents.text if "\n" in t]


def test_programmes_sharing_a_plural_head_and_in_oblique_cases():
    ents = _entities(
        "Область получит деньги по программам «Жасыл аула» и «Таза су», сообщили в акимате. "
        "Стройка идет в рамках национальных проектов \"Новые дороги\" и \"Теплый дом\". "
        "Объект сдадут по общенациональному проекту «Комфортная школа». "
        "Депутаты обсудили ход Государственной программы жилищного строительства и Дорожной карты занятости. "
        "Цеха открыты в рамках программы индустриально-инновационного развития. "
        "Маслихат одобрил Генеральный план города Талгар и национальный план организации и проведения “Форума-2030”.")
    progs = set(ents[ents.label == "PROG"].text)
    assert {"программам «Жасыл аула»", "«Таза су»", "национальных проектов \"Новые дороги\"", "\"Теплый дом\"",
            "общенациональному проекту «Комфортная школа»", "Государственной программы жилищного строительства",
            "Дорожной карты занятости", "программы индустриально-инновационного развития",
            "Генеральный план города Талгар",
            "национальный план организации и проведения “Форума-2030”"} <= progs
    normals = set(ents[ents.label == "PROG"].normal)
    assert {"Дорожная карта занятости", "общенациональный проект «Комфортная школа»",
            "Государственная программа жилищного строительства"} <= normals


def test_unquoted_programme_names_after_a_programme_word():
    ents = _entities(
        "Фермеры получили гранты по программе Устойчивое развитие села, сообщили в акимате. "
        "Школьники участвуют в проекте Цифровая грамотность детей. "
        "Город присоединился к проекту Smart Aqmola. Объявлена акция Чистый двор. "
        "Работы идут в рамках Карты индустриализации и концепции Smart City.")
    progs = set(ents[ents.label == "PROG"].text)
    assert {"программе Устойчивое развитие села", "проекте Цифровая грамотность детей", "проекту Smart Aqmola",
            "акция Чистый двор", "Карты индустриализации", "концепции Smart City"} <= progs


def test_an_unquoted_programme_name_keeps_its_head_apart_as_the_title():
    ents = _entities("Гранты выдают по программе Дорожная карта бизнеса 2025. Дорожная карта бизнеса 2025 продлена.")
    progs = ents[ents.label == "PROG"]
    assert list(progs.title) == ["программа", ""] and progs.canonical.nunique() == 1


def test_a_hashtag_with_digits_is_one_campaign():
    ents = _entities("Школьники читают стихи с хэштегом #Shokan185 в соцсетях.")
    assert "#Shokan185" in set(ents[ents.label == "PROG"].text)  # not "#Shokan" alone


def test_kazakh_and_dated_names_after_a_programme_word():
    ents = _entities("В прошлом году молодые семьи области получили квартиры по программе Бақытты отбасы, "
                     "сообщили в управлении строительства. Студенты учатся по программе Серпін-2050.")
    assert {"программе Бақытты отбасы", "программе Серпін-2050"} <= set(ents[ents.label == "PROG"].text)


def test_quoted_names_listed_after_a_programme_in_the_singular():
    ents = _entities("Кредиты выданы в рамках программы «Кен дала» и «Жайлау береке», сообщили в управлении.")
    assert {"программы «Кен дала»", "«Жайлау береке»"} <= set(ents[ents.label == "PROG"].text)


def test_not_programmes_shares_laws_bills_and_bodies():
    ents = _entities("Холдинг продал акции Kcell инвесторам. Депутаты одобрили проект Налоговый кодекс. "
                     "В рамках проекта Национальный банк выдал кредиты. Банк выпустил карты Visa. "
                     "Правительство внесло проект закона «О местном самоуправлении».")
    assert not set(ents[ents.label == "PROG"].text)
    # a listed programme's name inside an award's title or after an address it names
    ents = _entities("Учителям присваивается почетное звание «Қазақстанның еңбек сіңірген ұстазы». Дороги "
                     "построили в рамках Послания «Нурлы жол». Участники программы «Еңбек» получили гранты.")
    assert set(ents[ents.label == "PROG"].text) == {"программы «Еңбек»"}


def test_state_programme_title_only_in_the_singular():
    ents = _entities("Акимат отчитался о ходе госпрограммы развития образования.",
                     "Акимат отчитался по госпрограммам развития образования и здравоохранения.",
                     "Все госпрограммы жилищного строительства выполнены.")
    progs = ents[ents.label == "PROG"]
    assert list(zip(progs.article_id, progs.text)) == [("0", "госпрограммы развития образования")]


def test_not_programmes_lower_case_quotes_places_and_quotes_across_sentences():
    ents = _entities(
        "Проект «зеленых улиц» оказался пустым обещанием. Планы “весом” в миллиард отложили. "
        "Дома строят в микрорайонах Шугыла, Акбулак, Мамыр. "
        "Детей учат в комфортной школе на окраине. "
        "Школу построили в проекте \"Мектеп\". Набор в лицей объявлен. Компания \"Жол\" ремонтирует дорогу.")
    progs = set(ents[ents.label == "PROG"].text)
    assert not progs & {"Проект «зеленых улиц»", "Планы “весом”", "Акбулак", "комфортной школе"}
    assert "проекте \"Мектеп\"" in progs
    assert not any("\n" in t or ". " in t for t in ents.text)  # no mention runs from one sentence into the next


def test_a_name_and_its_other_name_in_brackets_are_two_mentions():
    ents = _entities("Об этом заявил адвокат Джошуа Вольфа (Joshua Wolf) в пятницу.",
                     "Министр состоял в партии ХДС (Христианско-демократический союз Германии) с юности.",
                     "Эксперты Агентства по делам спорта (АДС) встретились с тренерами.")
    assert not {t for t in ents.text if "(" in t or ")" in t}
    assert {"Джошуа Вольфа", "Joshua Wolf"} <= set(ents[ents.label == "PER"].text)
    orgs = ents[ents.label == "ORG"]
    assert "Христианско-демократический союз Германии" in set(orgs.text)
    sport = orgs[orgs.text.isin(["АДС", "Агентства по делам спорта"])]
    assert len(sport) == 2 and sport.canonical.nunique() == 1  # the abbreviation is the name's alias


def test_a_latin_name_or_abbreviation_in_brackets_after_an_organisation_is_one_too():
    ents = _entities("Японская компания «Тойота» (Toyota) отзывает машины.",
                     "Отчёт выпустил Фонд защиты гласности (ФЗГ) (Glasnost Defence Foundation).",
                     "Доклад подготовили в Институте экономики Лондона (London Institute of Economics, LIE).",
                     "Вратарь перешёл в клуб из Турина (Италия).",
                     "Апелляционный суд Лиона (Франция) отклонил жалобу. Иск рассмотрел суд Техаса (США).")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Toyota", "ФЗГ", "Glasnost Defence Foundation", "London Institute of Economics", "LIE"} <= orgs
    assert not {"Италия", "Франция", "США"} & orgs


def test_the_level_of_a_body_before_its_abbreviation_is_part_of_it_not_before_its_capitalised_name():
    ents = _entities("Об этом сообщили в пресс-службе городского ДВД.",
                     "Районный ДЧС направил на место пожара две машины.",
                     "Заявку рассмотрели в областном Управлении образования.",
                     "Сделку одобрила норвежская Telenor.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"городского ДВД", "Районный ДЧС", "Управлении образования", "Telenor"} <= orgs
    assert "областном Управлении образования" not in orgs


def test_a_league_division_is_no_organisation():
    ents = _entities("Клуб вернулся в Премьер-лигу, а год назад играл среди команд Первой лиги.",
                     "Форвард провёл сезон в Серии А и перешёл в Национальную хоккейную лигу.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert not orgs & {"Премьер-лигу", "Первой лиги", "Серии А"}


def test_a_body_attached_to_another_is_named_with_it():
    ents = _entities("Пресс-конференция прошла в Службе центральных коммуникаций при Президенте РК.",
                     "Заседание провёл Общественный совет при акимате Карагандинской области.",
                     "Фонд развития предпринимательства при реализации проекта допустил ошибку.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Службе центральных коммуникаций при Президенте РК",
            "Общественный совет при акимате Карагандинской области"} <= orgs
    assert not {t for t in orgs if "реализации" in t}


def test_a_bureau_takes_its_territory():
    ents = _entities("Дело расследует Национальное бюро по противодействию коррупции по Костанайской области.")
    assert "Национальное бюро по противодействию коррупции по Костанайской области" in set(ents[ents.label == "ORG"].text)


def test_a_union_of_states_is_an_organisation():
    ents = _entities("Казахстан обсудил с ЕС поставки зерна. Министры стран Евросоюза и ЕАЭС встретились в Астане.")
    orgs, places = set(ents[ents.label == "ORG"].text), set(ents[ents.label == "LOC"].text)
    assert {"ЕС", "Евросоюза", "ЕАЭС"} <= orgs and not {"ЕС", "Евросоюза", "ЕАЭС"} & places
    assert {"Казахстан", "Астане"} <= places


def test_a_common_noun_for_a_person_is_a_title_not_part_of_the_name():
    ents = _entities("Император Акихито отрёкся от престола. Папа Франциск прибыл в Астану.",
                     "Договор подписан Мавром Абдуллиным и Львом Толстым.")
    persons = set(ents[ents.label == "PER"].text)
    assert {"Акихито", "Франциск"} <= persons and not {"Император Акихито", "Папа Франциск"} & persons
    assert "Мавром Абдуллиным" in persons  # a first name that is also a noun, before a surname


def test_a_compound_of_a_body_noun_is_an_organisation():
    ents = _entities("Дело передано в Нацбюро. Об этом сообщили в Рыбохране.")
    assert {("Нацбюро", "ORG"), ("Рыбохране", "ORG")} <= set(zip(ents.text, ents.label))


def test_a_seat_of_power_is_the_administration_unless_it_is_the_building():
    ents = _entities("Кремль пока не комментирует решение. Указ опубликован на сайте Акорды.",
                     "Глава государства принял посла в Акорде. Журналисты собрались у Белого дома.")
    rows = set(zip(ents.text, ents.label, ents.normal))
    assert {("Кремль", "ORG", "Кремль"), ("Акорды", "ORG", "Акорда")} <= rows
    assert {("Акорде", "LOC", "Акорда"), ("Белого дома", "LOC", "Белый дом")} <= rows


def test_a_quoted_work_or_vehicle_is_no_organisation_anywhere_in_the_article():
    texts = ["Шаттл «Дискавери» вернулся. Затем полёт «Индевор» отложили, а шаттл «Индевор» остался на Земле.",
             "Вышел фильм «Кочевник», его снимали в горах."]
    ents = kaznews.analyze(texts, clean=False).entities
    starts = {(int(e.article_id), int(e.start)) for e in ents[ents.label == "ORG"].itertuples()}
    assert (0, texts[0].rindex("Индевор")) not in starts  # the name an ORG elsewhere in the article
    assert (1, texts[1].index("Кочевник")) not in starts
    # a play after its author: the author in -ского is no place's adjective, the title no theatre
    ents = _entities("В репертуаре театра – «Двенадцатая ночь» Шекспира, мелодраму Островского «Последняя жертва».")
    assert ("Островского", "PER") in set(zip(ents.text, ents.label))
    assert "Последняя жертва" not in set(ents.text)


def test_an_abbreviation_named_after_a_person_and_the_person_after_it():
    ents = _entities("Министр встретился с ректором ЖМУ им. К. Сатпаева Ерланом Мукановым.",
                     "В Таразе отметили юбилей ТарГУ имени М. Дулати.")
    orgs, people = set(ents[ents.label == "ORG"].text), set(ents[ents.label == "PER"].text)
    assert {"ЖМУ им. К. Сатпаева", "ТарГУ имени М. Дулати"} <= orgs
    assert "Ерланом Мукановым" in people and not {p for p in people if "Сатпаева" in p and "Муканов" in p}


def test_a_kind_of_power_plant_alone_is_no_organisation():
    ents = _entities("В городе построят еще одну ТЭЦ. Специалисты выехали на ТЭЦ-2 Павлодара.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "ТЭЦ" not in orgs and "ТЭЦ-2 Павлодара" in orgs


def test_region_or_district_named_by_a_noun_keeps_the_noun():
    ents = _entities("Фермеры области Улытау собрали урожай, а школу открыли в районе им. Габита Мусрепова. "
                     "Бои идут в районе Донецка. Аким области Ерлан Сапаров выступил.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"области Улытау", "районе им. Габита Мусрепова", "Донецка"} <= places and "районе Донецка" not in places
    assert "Ерлан Сапаров" in set(ents[ents.label == "PER"].text)


def test_name_after_a_settlement_noun_and_honorific_are_a_place():
    ents = _entities("Новую амбулаторию открыли в ауле Жанибек Омаров, а дорогу отремонтировали "
                     "в селе Райымбек батыра и в Талдыбулаке (Аксуский район).")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Жанибек Омаров", "Райымбек батыра", "Аксуский район"} <= places
    assert not set(ents[ents.label == "PER"].text) & places


def test_route_of_two_towns_written_with_a_hyphen_is_two_places():
    ents = _entities("Водители жалуются на трассу Астана-Караганда, жители Усть-Каменогорска тоже.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Астана", "Караганда", "Усть-Каменогорска"} <= places and "Астана-Караганда" not in places


def test_a_hyphenated_town_at_one_end_of_a_spaced_route_stays_whole():
    ents = _entities("Почти на сутки могут задержать рейс Усть-Каменогорск - Астана.",
                     "Рейс Астана - Усть-Каменогорск вылетел вовремя.")
    places = list(ents[ents.label == "LOC"].text)
    assert places.count("Усть-Каменогорск") == 2 and "Усть" not in places and "Каменогорск" not in places


def test_a_name_with_its_surname_in_capitals_on_its_own_line_is_a_person():
    """A byline or an author alone on a line ("Алиса ВОЙТАШЕНКО", "И. КАЛЬМАН") and a speaker
    in capitals before his post are persons, though the tagger misses them; a title and an
    abbreviation on a line are not ("Новости МТРК")."""
    ents = _entities("Ущерб в настоящее время устанавливается.\nАлиса ВОЙТАШЕНКО\nВчера, 2025 15:50",
                     "УЗНАТЬ БОЛЬШЕ\nИ. КАЛЬМАН\n\n«СИЛЬВА»",
                     "Школу построили за год.\nНУРГАЛИ ДАУРЕНБЕКОВ - ЗАМЕСТИТЕЛЬ ДИРЕКТОРА ТОО «АЛЕМ»\nВсе довольны.",
                     "Новости МТРК\n\nВ прокуратуре прошла встреча.")
    assert list(ents[ents.label == "PER"].text) == ["Алиса ВОЙТАШЕНКО", "И. КАЛЬМАН", "НУРГАЛИ ДАУРЕНБЕКОВ"]


def test_a_military_unit_named_by_its_number_is_a_body():
    """"войсковой части 28237 МЧС", "воинская часть 20982": a body, with its ministry's
    abbreviation, in its dictionary form (the tagger finds none, or the ministry alone)."""
    ents = _entities("Спасатели прибыли вместе с военнослужащими войсковой части 28237 МЧС. Меры приняты.",
                     "На место прибыли полиция, воинская часть 20982 и пожарные.")
    orgs = dict(zip(ents[ents.label == "ORG"].text, ents[ents.label == "ORG"].normal))
    assert orgs["войсковой части 28237 МЧС"] == "войсковая часть 28237 МЧС"
    assert orgs["воинская часть 20982"] == "воинская часть 20982" and "МЧС" not in orgs


def test_a_sport_s_federation_is_named_by_its_sport():
    """"президент областной федерации футбола": a federation named by its sport is a body,
    as a department named by its field is (2 of 2 in the training parts)."""
    ents = _entities("На встрече выступил президент областной федерации футбола Владимир Головатюк.")
    assert list(zip(ents.label, ents.normal)) == [("ORG", "областная федерация футбола"), ("PER", "Владимир Головатюк")]


def test_a_town_in_kent_is_no_person():
    """"и сам Жезкент выглядели": a name in -кент is a town (the news gold's training parts:
    75 places, no person), whatever the tagger calls it."""
    ents = _entities("Прошло время, и эта дорога, и сам Жезкент выглядели по-другому.")
    assert list(zip(ents.label, ents.text)) == [("LOC", "Жезкент")]


def test_a_hyphenated_town_in_a_hyphened_route_or_alone_after_a_road_word_stays_whole():
    """"трассы Алматы-Усть-Каменогорск" is two places, "трассе Усть-Каменогорск" one town:
    "Усть" and "Нур" are no places alone."""
    ents = _entities("Наряду с трассой Алматы-Усть-Каменогорск будут обновлены автодороги.",
                     "Ремонт на трассе Усть-Каменогорск продолжается.", "Прибыл поезд Нур-Султан-Алматы.")
    places = list(ents[ents.label == "LOC"].text)
    assert places == ["Алматы", "Усть-Каменогорск", "Усть-Каменогорск", "Нур-Султан", "Алматы"]


def test_outlet_kind_centre_of_a_region_and_a_villager_after_his_village():
    ents = _entities("Об этом сообщает ИА «Aqmola news». Передает корреспондент МИА «Казинформ».",
                     "Узнали, какими авиалиниями можно добраться до областного центра ВКО.",
                     "Проблемы решаются быстрее, - говорит житель села Кособа Ерген Тойгожаулы.")
    assert {"ИА «Aqmola news»", "МИА «Казинформ»"} <= set(ents[ents.label == "ORG"].text)  # a kind in capitals
    assert {"ВКО", "Кособа"} <= set(ents[ents.label == "LOC"].text)
    assert "Ерген Тойгожаулы" in set(ents[ents.label == "PER"].text)
    assert not any("центра" in text or "корреспондент" in text for text in ents.text)


def test_a_place_adjective_before_its_plural_noun_and_a_weekday_are_no_persons():
    ents = _entities("Она поговорила с участником Жанаозенских событий 2011 года.",
                     "USD 477.55\n19 апреля Пятница, 18:11\nвосход заход",
                     "Сенсационно-коррупционные дела акимата вышли на свободу. Встреча с Ивановым прошла вчера.")
    assert set(ents[ents.label == "PER"].text) == {"Ивановым"}


def test_a_region_s_noun_alone_a_noun_after_a_town_and_a_person_after_a_place_or_its_code():
    ents = _entities("Балхашцев волнует, что станет с аэропортом. Аким области ответил, что проведут ремонт.",
                     "Терминалы расширят: • в Кушмуруне площадь вырастет с 893 до 944 кв. м.",
                     "Глава Карагандинской области, Ермаганбет Булекпаев, заверил жителей.",
                     "Прибыли вице-министр сельского хозяйства РК Б. Бекбауов и аким района.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Кушмуруне", "Карагандинской области", "РК"} <= places
    assert not places & {"области", "района", "Кушмуруне площадь", "РК Б. Бекбауов"}
    assert {"Ермаганбет Булекпаев", "Б. Бекбауов"} <= set(ents[ents.label == "PER"].text)


def test_a_state_scholarship_is_a_programme():
    ents = _entities("Казахстанцы стали обладателями международной стипендии \"Болашак\". Ассоциация «Болашак» провела встречу.")
    assert "международной стипендии \"Болашак\"" in set(ents[ents.label == "PROG"].text)
    assert "Ассоциация «Болашак»" in set(ents[ents.label == "ORG"].text)


def test_town_before_a_surname_is_no_first_name_and_a_former_post_is_no_name():
    ents = _entities("В Жезказгане Кайназарова осмотрела больницу. Экс-аким СКО Ерлан Сапаров назначен советником.")
    assert {"Кайназарова", "Ерлан Сапаров"} <= set(ents[ents.label == "PER"].text)
    assert {"Жезказгане", "СКО"} <= set(ents[ents.label == "LOC"].text)


def test_byline_on_a_line_of_its_own_stays_a_person():
    ents = _entities("Вопросы остались без ответа.\nЕкатерина СМИРНОВА, Караганда")
    assert "Екатерина СМИРНОВА" in set(ents[ents.label == "PER"].text)
    assert "Караганда" in set(ents[ents.label == "LOC"].text)


def test_names_in_brackets_are_persons_apart():
    ents = _entities("Шайбы забросили: 1:0 – Петров (Сидоров) - 12:02, 2:0 – Кузнецов (Иванов, Смирнов) - 19:10.")
    assert {"Петров", "Сидоров", "Кузнецов"} <= set(ents[ents.label == "PER"].text)
    assert not any("(" in t or ")" in t for t in ents.text)


def test_streets_squares_and_avenues_are_no_entities_but_the_town_of_streets_is_a_place():
    """Streets, squares and addresses are not marked (data/eval/news/GUIDELINES.md; NEREL's
    FACILITY): a street named after a person is neither the person nor a place of his name;
    "на улицах Бангкока" are the town's streets, and "площади" of a region its area."""
    ents = _entities("Ремонт пройдет на ул. Тополиная, ул. Заводская и на улице Садовой. Работы на улицах.\n"
                     "Сегодня аким города осмотрел двор.",
                     "Пожар произошел на улице Бауыржана Момышулы, дом по ул. Касыма Кайсенова, 4/1 не пострадал.",
                     "Митинг прошел на площади Республики. Посевные площади Костанайской области выросли.",
                     "Беспорядки продолжаются на улицах Бангкока.")
    assert not set(ents.text) & {"Тополиная", "Заводская", "Садовой", "Сегодня", "Бауыржана Момышулы",
                                 "Касыма Кайсенова", "Республики"}, set(ents.text)
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places.get("Бангкока") == "Бангкок" and places.get("Костанайской области") == "Костанайская область"


def test_village_suffix_is_no_surname():
    ents = _entities("Школу отремонтировали за лето.\nРомашковка встречает учеников новыми классами.")
    assert "Ромашковка" in set(ents[ents.label == "LOC"].text)


def test_themed_year_and_environmental_campaign_are_programmes():
    ents = _entities("Наступающий год объявлен Годом рабочих профессий. Год работы показал рост. "
                     "В городе стартовала экологическая акция «Чистый берег».")
    progs = set(ents[ents.label == "PROG"].text)
    assert {"Годом рабочих профессий", "экологическая акция «Чистый берег»"} <= progs
    assert not any(p.startswith("Год работы") for p in progs)


def test_programme_name_of_a_school_is_no_programme():
    ents = _entities("Волонтеры поздравили учеников школы-интерната «Болашак» с праздником.")
    assert "Болашак" not in {t.strip("«»") for t in ents[ents.label == "PROG"].text}


def test_village_and_its_rural_district_are_two_places():
    ents = _entities("Газ провели в поселки Жанатурмыс Каратальского сельского округа и Жана дала.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Жанатурмыс", "Каратальского сельского округа", "Жана дала"} <= places


def test_names_listed_after_a_settlement_noun_are_places():
    ents = _entities("Водопровод проведут в населенные пункты Каракемер, Ынталы, Жанаталап и Ерлан.")
    assert not set(ents[ents.label == "PER"].text) & {"Ынталы", "Жанаталап", "Ерлан"}


def test_a_branch_a_place_names_is_one_organisation_with_its_parent():
    ents = _entities("Выступил секретарь Шуского районного филиала партии «AMANAT» Ерлан Касымов.",
                     "Работу проверил директор Кызылординского производственного филиала АО «QazaqGaz» Асхат Нуров.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Шуского районного филиала партии «AMANAT»", "Кызылординского производственного филиала АО «QazaqGaz»"} <= orgs
    assert not {"партии «AMANAT»", "АО «QazaqGaz»"} & orgs


def test_a_quoted_body_takes_the_territory_it_serves():
    ents = _entities("Как отметил руководитель РОО «Добрые сердца» по ЗКО Марат Оспанов, акция продлится месяц.")
    assert "РОО «Добрые сердца» по ЗКО" in set(ents[ents.label == "ORG"].text)
    assert "ЗКО" in set(ents[ents.label == "LOC"].text)


def test_awards_events_emergencies_and_kinds_of_facility_are_no_organisations():
    ents = _entities("Ветерана наградили орденами «Курмет» и «Парасат». Гости посетили выставку «Астана-Строй».",
                     "На место прибыл министр по ЧС. Задержанного водворили в ИВС, а в селе открыли ФАП.",
                     "Министр осмотрела городскую поликлинику.",
                     "Суд огласил приговор по делу о строительстве LRT в столице.",
                     "Выпускники сдали ЕНТ. Факт зарегистрирован в ЕРДР. На трассе произошло ДТП, оборвало ЛЭП.")
    assert not set(ents[ents.label == "ORG"].text)  # (a level with a kind does name one: "областную
    # многопрофильную больницу", test_hospitals_with_their_kind_line_ups_credits_and_houses_of_culture)


def test_a_numbered_or_placed_hospital_is_an_organisation():
    ents = _entities("Пациента доставили в Павлодарскую областную больницу. Врачи городской больницы №2 провели операцию.")
    assert {"Павлодарскую областную больницу", "городской больницы №2"} <= set(ents[ents.label == "ORG"].text)


def test_the_press_service_of_a_named_institution_is_no_person():
    ents = _entities("«Мы готовы к сотрудничеству», — цитирует Касым-Жомарта Токаева пресс-служба Акорды.",
                     "Как сообщила пресс-служба Токаева, встреча прошла в теплой обстановке.")
    assert "Акорды" in set(ents[ents.label == "ORG"].text) and "Токаева" in set(ents[ents.label == "PER"].text)


def test_an_institution_named_after_a_person_runs_to_the_name_and_no_further():
    ents = _entities("Турнир пройдет в Центре бокса имени Серика Сапиева в Караганде.",
                     "Слово взял проректор Кызылординского университета имени Коркыт Ата Ахметбек Бахытжан Мухарамович.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Центре бокса имени Серика Сапиева", "Кызылординского университета имени Коркыт Ата"} <= orgs
    assert "Ахметбек Бахытжан Мухарамович" in set(ents[ents.label == "PER"].text)


def test_an_initial_alone_is_no_organisation():
    ents = _entities("Газ получили жители населенного пункта Г. Муратбаева Ералиевского сельского округа.")
    assert not {t for t in ents[ents.label == "ORG"].text if t.startswith("Г.")}


def test_clubs_listed_after_a_plural_place_adjective():
    ents = _entities("Павлодарские «Иртыш» и «Экибастуз» пропустят розыгрыш Кубка.")
    assert {"Иртыш", "Экибастуз"} <= {t.strip("«»") for t in ents[ents.label == "ORG"].text}


def test_a_town_names_its_museum_or_philharmonic_but_not_any_hospital():
    ents = _entities("Гости ознакомились с экспозицией музея города Караганды. В филармонии Шымкента открылся сезон.",
                     "Пострадавшего доставили в больницу Актобе.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"музея города Караганды", "филармонии Шымкента"} <= orgs and not {o for o in orgs if "Актобе" in o}


def test_a_kind_and_whose_it_is_stay_out_of_the_quoted_name():
    ents = _entities("В Уральске открылся координационный центр волонтеров «Добрые руки».",
                     "Президент заслушал отчет группы компаний «Казахтелеком» за прошлый год.",
                     "Акцию поддержали сотрудники компании «Air Astana».")
    orgs = {t.strip("«»") for t in ents[ents.label == "ORG"].text}
    assert {"Добрые руки", "Казахтелеком", "Air Astana"} <= orgs  # "группа компаний" out: the news gold of batch 25


def test_a_court_takes_its_town_in_the_genitive_the_tagger_does_not_know():
    ents = _entities("Межрайонный суд по уголовным делам Семея завершил рассмотрение дела.",
                     "Бывшего секретаря маслихата Нур-Султана осудили на пять лет.",
                     "Дело рассмотрели в суде №2 Павлодара на прошлой неделе.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Межрайонный суд по уголовным делам Семея", "маслихата Нур-Султана", "суде №2 Павлодара"} <= orgs


def test_a_gazetteer_town_after_a_preposition_and_a_settlement_word_opening_a_sentence():
    ents = _entities("Паводки обсудили во время рабочего визита в Семей акима Восточно-Казахстанской области.",
                     "В Костанае поздравили лучших спортсменов и тренеров области, проявивших себя в прошлом году.",
                     "Село Степное отделено от Усть-Каменогорска лишь несколькими кварталами частных домов.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Семей", "Костанае", "Степное"} <= places and "Село Степное" not in places


def test_a_first_name_inside_a_sentence_joins_its_surname_and_a_noun_opening_one_is_no_person():
    ents = _entities("В Кызылорде побывал общественный деятель Икрам Адырбеков.",
                     "Аким области решил уйти в отставку\n\nПричиной стала коррупция его подчиненного.",
                     "Министр Адырбеков открыл школу.")
    persons = set(ents[ents.label == "PER"].text)
    assert "Икрам Адырбеков" in persons and "Причиной" not in set(ents.text)
    assert "Министр Адырбеков" not in persons


def test_the_draft_of_a_programme_is_not_part_of_its_name():
    ents = _entities("Прошли общественные слушания по проекту Генерального плана развития Балхаша до 2035 года.",
                     "Акимат реализует проект «Цифровой Казахстан».")
    progs = set(ents[ents.label == "PROG"].text)
    assert "Генерального плана развития Балхаша до 2035 года" in progs
    assert "проект «Цифровой Казахстан»" in progs


def test_a_writers_adjective_before_a_body_and_a_page_on_a_platform_are_no_name():
    ents = _entities("Нуржигитов возглавил новое министерство водных ресурсов и ирригации.",
                     "Об этом сообщается в Telegram-канале ведомства. Видео опубликовали в Facebook.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "министерство водных ресурсов и ирригации" in orgs
    assert not {t for t in orgs if t.startswith("новое") or "Telegram" in t} and "Facebook" not in set(ents.text)


def test_an_elided_territory_noun_a_region_after_a_settlement_noun_and_a_womans_consonant_surname():
    ents = _entities("Сразу в 4 областях сменились акимы: в Карагандинской и Мангистауской.",
                     "Обеспеченность водой в населенных пунктах Павлодарской области достигла 23 процентов.",
                     "Илья Коробейников — наставник Полины Омельчук. Награду вручили Ивану Омельчуку.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Карагандинской"] == "Карагандинская область"
    assert normals["Мангистауской"] == "Мангистауская область"
    assert normals["Павлодарской области"] == "Павлодарская область"
    assert normals["Полины Омельчук"] == "Полина Омельчук" and normals["Ивану Омельчуку"] == "Иван Омельчук"


def test_a_region_named_by_a_noun_after_an_akims_title_is_the_place():
    ents = _entities("Об этом сообщает пресс-служба акима области Абай.",
                     "Аким района Абай Жумабаев выступил на сессии.")
    assert "области Абай" in set(ents[ents.label == "LOC"].text)
    assert "Абай Жумабаев" in set(ents[ents.label == "PER"].text)


def test_places_named_by_an_adjective_in_lists_of_districts_and_streets_and_in_capitals():
    ents = _entities("Акиму Рудного на встрече задали более 20 вопросов.",
                     "Район создан из сельских округов Шага, Жана Икан, Ески Икан и Ушкайык.",
                     "В селе Акжар отремонтировали улицы Абая, Ш. Уалиханова и С. Сейфуллина.",
                     "Выборы прошли спокойно.\nСНХР: МУХТАР АЯГАНОВ - ЖИТЕЛЬ Г. ПЕТРОПАВЛОВСК",
                     "Из прежнего здания, расположенного по улице Абая 35, их переселили летом.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places["Рудного"] == "Рудный" and "Рудного" not in set(ents[ents.label == "PER"].text)
    assert {"Жана Икан", "Ески Икан", "Ушкайык"} <= set(places) and places["ПЕТРОПАВЛОВСК"] == "ПЕТРОПАВЛОВСК"
    assert not {"Ш. Уалиханова", "С. Сейфуллина", "Абая"} & set(ents.text)  # the streets


def test_a_kind_of_place_or_a_common_noun_opening_a_sentence_stays_out_of_the_place():
    ents = _entities("Город Кульсары в этом году празднует 16-летие.",
                     "Молодёжь Шахтинска очищает от снега дворы пожилых людей.",
                     "В Туркестанской области появится новый район Сауран.",
                     "Республика Казахстан и Новая Зеландия подписали договор.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Кульсары", "Шахтинска", "район Сауран", "Туркестанской области"} <= places
    assert {"Республика Казахстан", "Новая Зеландия"} <= places and not places & {"Город Кульсары", "Сауран"}


def test_a_studio_garden_or_farm_leaves_its_kind_out_and_livestock_or_a_preposition_is_no_name():
    ents = _entities("Детей поздравили воспитанники детского сада «Нұр бөбек» и вокальной студии «Журек дауысы».",
                     "Минувшей зимой крестьянское хозяйство “Жүнісовтер” стало победителем.",
                     "Школы выселяют из здания\nПеред врачами и пациентами поликлиники закрыли двери.",
                     "По поголовью КРС и МРС район занимает первое место. Об этом передает Vласть.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"«Нұр бөбек»", "«Журек дауысы»", "“Жүнісовтер”", "Vласть"} <= orgs
    assert not {"Перед врачами и пациентами", "КРС", "МРС"} & set(ents.text)


def test_a_region_named_like_a_first_name_before_its_akim_and_a_plural_participle_before_a_person():
    ents = _entities("Фото секретаря президента РК Берика Уали и акима города Курчатов области Абай Болата Абдралиева.",
                     "Юные хоккеисты готовы удивить\n\nПодопечные Сергея Польского экзаменуют гостей.",
                     "Соединенные Штаты и Южная Корея подписали соглашение.")
    persons, places = set(ents[ents.label == "PER"].text), set(ents[ents.label == "LOC"].text)
    assert {"Болата Абдралиева", "Сергея Польского"} <= persons and "области Абай" in places  # its official name
    assert {"Соединенные Штаты", "Южная Корея"} <= places


def test_a_surname_printed_in_capitals_after_a_first_name_is_a_person():
    ents = _entities("Как пояснил директор филиала Данияр ТОКСАНБАЕВ, работы завершат к осени.",
                     "Ремонт начнется в мае, – сообщил аким города Абай КУРМАНОВ.")
    persons = dict(zip(ents[ents.label == "PER"].text, ents[ents.label == "PER"].normal))
    assert persons == {"Данияр ТОКСАНБАЕВ": "Данияр ТОКСАНБАЕВ", "Абай КУРМАНОВ": "Абай КУРМАНОВ"}
    assert not set(ents[ents.label == "LOC"].text)


def test_a_district_adjective_joined_to_another_before_their_shared_noun_is_a_place():
    ents = _entities("Для проведения выборов выбраны три пилотных региона. "
                     "Выборы акимов Жанибекского и Казталовского районов состоятся осенью.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places["Жанибекского"] == "Жанибекский район" and "Жанибекского" not in set(ents[ents.label == "PER"].text)


def test_a_plural_place_adjective_a_preposition_or_a_common_noun_opening_a_line_is_no_name():
    ents = _entities("Аким пообещал жителям тепло\nКостанайские энергетики готовятся к зиме, отмечая рост тарифов.",
                     "Западноказахстанские спасатели провели учения для детей",
                     "Громкие дела года: прокуратура рассказала подробности\nС 2015 года в органах прокуратуры работает институт медиации.",
                     "Новости региона\n\nВ приграничной зоне усилен контроль.",
                     "Съезд партии состоится в марте\nДелегаты соберутся в Астане.")
    assert set(ents.text) <= {"Астане", "региона"}


def test_an_institution_named_after_initials_or_with_a_compound_noun_takes_the_name():
    ents = _entities("Лучшей признана городская поликлиника им. Г. Жубановой.",
                     "Учащиеся гимназии-интерната им. Абая Кунанбаева победили в олимпиаде.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"городская поликлиника им. Г. Жубановой", "гимназии-интерната им. Абая Кунанбаева"} <= orgs


def test_the_source_after_a_present_reporting_verb_is_no_person():
    ents = _entities("На трассе введены ограничения из-за метели, передает Казавтожол. Движение откроют утром.",
                     "Об этом сообщил Карин.")
    assert "Казавтожол" in set(ents[ents.label == "ORG"].text) and "Карин" in set(ents[ents.label == "PER"].text)


def test_a_station_named_after_a_person_is_no_entity_also_after_metro_or_opening_a_sentence():
    """"станции метро «Т. Рыскулова»": the station's name, neither a person nor a place."""
    ents = _entities("Две новые станции метро «Сарыарка» и «Т. Рыскулова» запустят в июне. Об этом сообщил аким города.",
                     "Станция «Ж. Жабаева» расположена на пр. Абая, возле рынка. Станция «Сарыарка» находится рядом.")
    assert not set(ents.text) & {"Ж. Жабаева", "Т. Рыскулова", "Сарыарка"}, ents


def test_an_unquoted_development_programme_takes_an_adjective_before_its_compound():
    ents = _entities("В рамках государственной программы ускоренного индустриально-инновационного развития открыт цех.")
    assert "государственной программы ускоренного индустриально-инновационного развития" in set(ents[ents.label == "PROG"].text)


def test_a_name_closing_the_text_leaves_the_period_out():
    ents = _entities("Об этом сообщает Казгидромет.", "Цены выросли, сообщает Курсив.")
    assert {"Казгидромет", "Курсив"} <= set(ents.text)
    assert not any(text.endswith(".") for text in ents.text)


def test_a_listed_town_after_streets_in_the_plural_is_the_town_but_a_street_is_none():
    ents = _entities("Группа всадников устроила кокпар на улицах Талдыкоргана. Задержано семь человек.",
                     "Дом стоит на улице Абая. На улицах Абая и Сейфуллина идет ремонт.")
    places = list(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert ("Талдыкоргана", "Талдыкорган") in places
    assert not {"Абая", "Сейфуллина"} & set(ents.text)


def test_a_region_adjective_in_kazakh_letters_keeps_its_noun_and_declines():
    ents = _entities("Туристов в этом году ждут на курортах Жетісуской области и Ұлытауской области.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places == {"Жетісуской области": "Жетісуская область", "Ұлытауской области": "Ұлытауская область"}


def test_names_with_initials_in_a_list_closing_the_line_are_persons():
    ents = _entities("На торжестве выступили руководители общин Г.Д. Ковальчук, Е.Б. Сидоренко.")
    persons = set(ents[ents.label == "PER"].text)
    assert {"Г.Д. Ковальчук", "Е.Б. Сидоренко"} <= persons and not set(ents[ents.label == "LOC"].text)


def test_a_capitalised_body_opening_a_line_heads_its_place_and_a_date_in_capitals_is_no_name():
    ents = _entities("Проверка продлится неделю.\nДепартамент полиции Атырауской области напомнил об ответственности.",
                     "КОСТАНАЙ. 12 МАРТА — В городе открыли новую школу.")
    assert "Департамент полиции Атырауской области" in set(ents[ents.label == "ORG"].text)
    assert not {"МАРТА", "12 МАРТА"} & set(ents.text)


def test_a_town_spelt_with_kazakh_letters_is_the_place_the_russian_spelling_names():
    ents = _entities("Новую школу откроют в сентябре, сообщил аким города Қонаева Ерлан Сапаров. В целом Қонаев быстро растёт.")
    places = ents[ents.label == "LOC"]
    assert set(places.text) == {"Қонаева", "Қонаев"} and set(places.normal) == {"Қонаев"}


def test_a_district_or_village_named_after_a_person_is_a_place():
    ents = _entities("Новую школу построили в районе им. Б. Момышулы и в селе имени К. Сатпаева.",
                     "Жители аула имени Исатая батыра и села имени Жанибека датка получили газ.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"районе им. Б. Момышулы", "имени К. Сатпаева", "имени Исатая батыра", "имени Жанибека датка"} <= places
    assert not set(ents[ents.label == "ORG"].text)


def test_a_district_named_after_a_person_is_a_place_after_any_word():
    """"(район Габита Мусрепова)", "р-н Г. Мусрепова": «район» and its namesake are one place
    in any case, and an akim named after the district stays a person of his own."""
    ents = _entities("Река Акканбурлык, село Возвышенка (район Габита Мусрепова): уровень 540 см. "
                     "Река Иманбурлык, село Соколовка (р-н Г. Мусрепова): -8 см.",
                     "Аким района Магжана Жумабаева Ерлан Ахметов сообщил о паводке.",
                     "Аким района им. Г. Мусрепова Ерлан Ахметов сообщил о паводке.",
                     "Сотрудники отдела полиции района Шал акына задержали вора.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"район Габита Мусрепова", "р-н Г. Мусрепова", "района Магжана Жумабаева",
            "района им. Г. Мусрепова"} <= places
    people = ents[ents.label == "PER"]
    assert (people.text == "Ерлан Ахметов").sum() == 2
    assert not set(people.text) & {"Габита Мусрепова", "Г. Мусрепова", "Жумабаева Ерлан Ахметов"}
    assert any("района Шал акына" in org for org in ents[ents.label == "ORG"].text)


def test_a_dam_a_waterworks_and_a_lake_are_named_by_their_adjective_with_the_noun():
    ents = _entities("Рассматривается вопрос укрепления Кокаральской плотины. В Коксарайском контррегуляторе "
                     "накоплено 1,6 млрд кубометров. Сбросы Шардаринского водохранилища и Кызылординского гидроузла "
                     "увеличили. Туристы отдыхают у Язевого озера.")
    normals = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert normals.get("Кокаральской плотины") == "Кокаральская плотина"
    assert normals.get("Коксарайском контррегуляторе") == "Коксарайский контррегулятор"
    assert normals.get("Кызылординского гидроузла") == "Кызылординский гидроузел"
    assert normals.get("Язевого озера") == "Язевое озеро"


def test_a_unit_s_abbreviation_takes_the_region_after_it():
    """"управлении по противодействию экстремизму ДП СКО": the department's unit and the
    department's region are one body, not a unit and a second body "ДП СКО" over it."""
    ents = _entities("Как сообщают в управлении по противодействию экстремизму ДП СКО, подросток задержан.")
    assert list(ents[ents.label == "ORG"].text) == ["управлении по противодействию экстремизму ДП СКО"]


def test_a_body_runs_on_past_its_bracketed_abbreviation_into_its_territory():
    """"Департамента полиции (ДП) Жамбылской области": one body (the news gold's 11 of 11);
    one whose name ends at the bracket is the name and its abbreviation."""
    ents = _entities("Как рассказали в пресс-службе Департамента полиции (ДП) Жамбылской области, задержан мужчина. "
                     "Руководитель Департамента государственных доходов (ДГД) по Павлодарской области заявил.",
                     "В пресс-службе городского Департамента полиции (ДП) сообщили о задержании.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Департамента полиции (ДП) Жамбылской области",
            "Департамента государственных доходов (ДГД) по Павлодарской области", "ДП"} <= orgs, orgs
    assert "Жамбылской области" not in set(ents[ents.label == "LOC"].text)


def test_a_body_ended_before_its_named_after_runs_on_to_the_name():
    ents = _entities("В Национальном театре оперы и балета им. К.Байсеитовой покажут балет.")
    assert "Национальном театре оперы и балета им. К.Байсеитовой" in set(ents[ents.label == "ORG"].text)


def test_a_capitalised_kind_inside_a_sentence_is_part_of_the_quoted_name():
    """"Члены Демократической партии "Ак жол"": a kind after a capitalised adjective inside
    a sentence is the party's name; "членов партии «Ак жол»" keeps its lower-case kind out."""
    ents = _entities("Члены Демократической партии \"Ак жол\" из Актюбинской области выбрали делегатов.",
                     "Лидер Народно-демократической партии «Нур Отан» выступил. Члены партии «Ак жол» пришли.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Демократической партии \"Ак жол\"", "Народно-демократической партии «Нур Отан»", "«Ак жол»"} <= orgs
    assert "партии «Ак жол»" not in orgs


def test_a_numbered_institution_takes_its_town_and_one_named_after_a_person_ends_with_the_name():
    ents = _entities("Пациентов перевели из городской больницы №2 Караганды в областной центр.",
                     "Ремонт школы № 15 имени Абая Кунанбаева поселка Жолымбет завершат к сентябрю.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"городской больницы №2 Караганды", "школы № 15 имени Абая Кунанбаева"} <= orgs
    assert "Жолымбет" in set(ents[ents.label == "LOC"].text)



def test_initials_and_a_surname_are_a_person_also_after_a_body_the_tagger_ran_on():
    ents = _entities("Гостей встречал директор областного Дома дружбы Ж.Толегенов.",
                     "Председатели этнокультурных обьеденений Т.К. Бондаренков, С.А. Гринько поздравили гостей.")
    assert {"Ж.Толегенов", "Т.К. Бондаренков"} <= set(ents[ents.label == "PER"].text)
    assert "Дома дружбы" in set(ents[ents.label == "ORG"].text)  # its level in lower case left out (_with_level)


def test_a_first_name_spelt_as_a_town_opens_the_name_where_nothing_governs_a_place():
    ents = _entities("С отчётом выступил секретарь маслихата Шалкар Тулегенов.",
                     "Бронзу в весе до 60 кг взял Шалкар Есимбай.",
                     "Об этом рассказал аким города Шымкент Марат Сейткалиев.")
    assert {"Шалкар Тулегенов", "Шалкар Есимбай", "Марат Сейткалиев"} == set(ents[ents.label == "PER"].text)
    assert set(ents[ents.label == "LOC"].text) == {"Шымкент"}


def test_a_place_in_the_locative_takes_no_genitive_phrase_after_it():
    ents = _entities("Вопрос о развитии в Баянауле курортной зоны обсудили в акимате.")
    assert set(ents[ents.label == "LOC"].text) == {"Баянауле"}


def test_a_headline_in_capitals_names_the_place_before_its_verb():
    ents = _entities("В КОСТАНАЕ ОТКРЫЛАСЬ НОВАЯ ШКОЛА\nШкола рассчитана на 600 мест.",
                     "В ПАВЛОДАРЕ ПРОШЁЛ ОБЛАСТНОЙ ФЕСТИВАЛЬ\nВчера в городе прошёл фестиваль.")
    assert set(ents.text) == {"КОСТАНАЕ", "ПАВЛОДАРЕ"} and set(ents.label) == {"LOC"}


def test_a_programme_takes_the_place_in_the_genitive_it_is_drawn_up_for():
    ents = _entities("Завод вошёл в Карту индустриализации Павлодарской области в прошлом году.",
                     "Всего Карта индустриализации Аксу насчитывает семь проектов.")
    progs = set(ents[ents.label == "PROG"].text)
    assert {"Карту индустриализации Павлодарской области", "Карта индустриализации Аксу"} <= progs


def test_every_street_of_a_list_keeps_the_case_it_is_named_in(tmp_path):
    """A list of streets is no entity, nor a person after a street; a street a gold set marks
    (older batches did) keeps the case its street word governs in its normal form."""
    ents = _entities("В этом году отремонтированы улицы Б. Момышулы, Курмангазы, Кайсенова, Ерубаева и Баршина.",
                     "На улице Абая, сообщил Нурлан Сериков, идет ремонт.")
    assert not {"Курмангазы", "Кайсенова", "Ерубаева", "Баршина", "Абая"} & set(ents.text)
    assert "Нурлан Сериков" in set(ents[ents.label == "PER"].text)  # a person after a street is no street
    assert_normal_forms(tmp_path, [
        "Отремонтированы улицы [[Курмангазы|Курмангазы|LOC]], [[Кайсенова|Кайсенова|LOC]] и "
        "[[Баршина|Баршина|LOC]].",
    ])


def test_a_post_after_a_body_in_another_case_and_a_field_after_the_government_stay_out_of_the_body():
    """A field after the government alone makes no body of it ("в Правительство | по развитию
    ...": the government alone is a kind, GOVERNMENT_WORDS)."""
    ents = _entities("Об этом сообщил в Службе центральных коммуникаций вице-министр внутренних дел РК Юрий Ильин.",
                     "Компании поручено внести предложения в Правительство по развитию новых месторождений.",
                     "Комитет Мажилиса по международным делам одобрил закон.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Службе центральных коммуникаций", "Комитет Мажилиса по международным делам"} <= orgs
    assert not any("министр" in org or "развитию" in org for org in orgs)


def test_a_listed_company_in_a_place_case_is_the_company():
    ents = _entities("До этого он работал в Казмунайгазе и Казатомпроме, потом в Казпочте.")
    assert {"Казмунайгазе", "Казатомпроме", "Казпочте"} <= set(ents[ents.label == "ORG"].text)
    assert dict(zip(ents.text, ents.normal))["Казатомпроме"] == "Казатомпром"


def test_no_person_is_a_post_alone_an_acting_mark_or_a_numbered_district():
    ents = _entities("И.о.акима города Виктор Ионенко встретился с жителями.",
                     "Как сообщает ведомство, Самал-3 полностью обеспечен водой.",
                     "Как отметил Премьер-министр, запасы выросли. Его сменил Николай II.")
    persons = dict(zip(ents[ents.label == "PER"].text, ents[ents.label == "PER"].normal))
    assert persons == {"Виктор Ионенко": "Виктор Ионенко", "Николай II": "Николай II"}
    assert "Самал-3" in set(ents[ents.label == "LOC"].text)


def test_the_last_of_a_list_of_places_and_a_town_after_its_embankment_are_the_towns():
    ents = _entities("Вода подается в Курсае, Сайраме и Кайнарбулаке по графику.",
                     "Прием граждан прошел на центральной набережной Павлодара.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places == {"Курсае": "Курсай", "Сайраме": "Сайрам", "Кайнарбулаке": "Кайнарбулак", "Павлодара": "Павлодар"}


def test_a_person_after_a_place_and_a_named_school_with_its_district():
    ents = _entities("Аким Нур-Султана Алтай Кульгинов на своей странице сообщил о новостях.",
                     "Одна из них — Улпан Ержанова, ученица средней школы им. Г.Муратбаева Ордабасинского района.")
    labels = dict(zip(ents.text, ents.label))
    assert labels.get("Нур-Султана") == "LOC" and labels.get("Алтай Кульгинов") == "PER"
    assert labels.get("средней школы им. Г.Муратбаева Ордабасинского района") == "ORG"
    assert "Г.Муратбаева Ордабасинского района" not in labels


def test_a_post_s_village_named_by_its_adjective_is_a_place_not_a_person():
    ents = _entities("Экс-акиму Заречного дали два года колонии.")
    assert "PER" not in set(ents.label)
    assert dict(zip(ents.text, ents.normal)).get("Заречного") == "Заречный"


def test_an_outlet_and_the_anticorruption_service_by_the_names_news_use():
    ents = _entities("Антикор задержал акима района. Об этом Азаттыку сообщил прокурор Марат Ахметов.")
    orgs = dict(zip(ents[ents.label == "ORG"].text, ents[ents.label == "ORG"].normal))
    assert orgs.get("Азаттыку") == "Азаттык" and "Антикор" in orgs
    assert set(ents[ents.label == "PER"].text) == {"Марат Ахметов"}
    dateline = _entities("Астана. 3 июля. КазТАГ — Анастасия Прилепская. Финпол возбудил три уголовных дела.")
    assert {"КазТАГ", "Финпол"} <= set(dateline[dateline.label == "ORG"].text)
    assert set(dateline[dateline.label == "PER"].text) == {"Анастасия Прилепская"}


def test_an_abbreviated_body_takes_the_region_it_serves():
    ents = _entities("Задержан руководитель ГАСК по ЗКО.",
                     "Задержана начальник УМС ДП области Абай Г. Доненбаева при получении денег.")
    assert {"ГАСК по ЗКО", "УМС ДП области Абай"} <= set(ents[ents.label == "ORG"].text)


def test_the_districts_of_a_count_are_places():
    ents = _entities("Новые скверы появятся в Алмалинском районе – 5, Ауэзовском – 4 и Медеуском – 1.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places.get("Ауэзовском") == "Ауэзовский район" and places.get("Медеуском") == "Медеуский район"
    assert "PER" not in set(ents.label)


def test_parks_and_quoted_microdistricts_are_places():
    """A park named with its noun is a place; a quoted name after "парк" or "сквер" names the
    park as a building's name does, no entity (the news gold's parts 126-137: 5 of 5)."""
    ents = _entities("Аким Алматы поручил продолжить модернизацию Центрального парка отдыха.",
                     "Аким осмотрел парк «Жастар» и сквер в мкр. «Самал-2». "
                     "Митинг прошел в парке Победы, а один из парков Алматы закрыли.")
    assert {"Центрального парка отдыха", "Самал-2", "парке Победы", "Алматы"} == set(ents[ents.label == "LOC"].text)
    assert "ORG" not in set(ents.label) and "Жастар" not in set(ents.text)


def test_no_entity_in_a_festival_s_name_a_holiday_or_a_withheld_name_but_a_currency_s_country():
    """"500 долларов США": the country after a currency is a place, as the news gold (3 of 3 in
    its training parts) and NEREL (31 of 32 in its train part) mark it."""
    ents = _entities("В Таразе прошел фестиваль землячества «Страна Азия». Поздравляю вас с Днём Независимости! "
                     "Сотрудник Б., работая в отделе, получил 500 долларов США.")
    assert list(zip(ents.label, ents.text)) == [("LOC", "Таразе"), ("LOC", "США")]


def test_a_person_by_initial_a_byline_in_capitals_and_a_son_s_father():
    ents = _entities("Пришел поздравить горожан и аким города Н. Турегалиев.\nИнна ПЕДАН, фото автора",
                     "Сын Мусина идет в депутаты.")
    assert {"Н. Турегалиев", "Инна ПЕДАН", "Мусина"} == set(ents[ents.label == "PER"].text)


def test_a_kazakh_company_name_in_a_russian_sentence_is_read_as_russian():
    ents = _entities("Замену лифтов в жилых домах ведут по программе модернизации жилья, которую реализуют "
                     "местные исполнительные органы.\nОлжас Базарбеков, заместитель директора ТОО «Тұрғын үй Шымкент»:"
                     "\n«Для участия в программе жильцам нужно подать заявку».")
    assert set(ents[ents.label == "ORG"].text) == {"ТОО «Тұрғын үй Шымкент»"}
    assert "LOC" not in set(ents.label)


def test_a_body_s_second_field_after_and_and_a_map_of_a_region():
    ents = _entities("Отчет Казахстанского международного бюро по правам человека и соблюдению законности опубликован.",
                     "Карта Южно-Казахстанской области (ЮКО).")
    assert "Казахстанского международного бюро по правам человека и соблюдению законности" in \
        set(ents[ents.label == "ORG"].text)
    assert "Южно-Казахстанской области" in set(ents[ents.label == "LOC"].text) and "PROG" not in set(ents.label)


def test_economic_industrial_and_tourist_zones_by_their_names():
    """A zone's name is a place, the town it is named by; written by its abbreviation, or by a
    quoted name that is no place, it names the body that runs the zone (the news gold's
    training parts: 11 ORG of 11 such marked), its abbreviation with it."""
    ents = _entities("Проект будет реализован в специальной экономической зоне TURAN. "
                     "Заводы уже возводят в индустриальной зоне «Талдыкорган». Порт входит в специальную "
                     "экономическую зону «Морпорт Актау». Грузы идут через СЭЗ «Хоргос – Восточные ворота».")
    assert {"TURAN", "Талдыкорган"} <= set(ents[ents.label == "LOC"].text)
    assert {"Морпорт Актау", "СЭЗ «Хоргос – Восточные ворота»"} <= set(ents[ents.label == "ORG"].text)


def test_a_legal_form_inside_a_tagger_span_opens_a_company_of_its_own():
    ents = _entities("По инициативе Министерства просвещения РК ОФ «Қазақстан халқына» принято решение.")
    assert {"Министерства просвещения РК", "ОФ «Қазақстан халқына»"} == set(ents[ents.label == "ORG"].text)


def test_a_programme_s_capitalised_first_adjective_and_words_that_name_nothing():
    ents = _entities("Помощь оказана в рамках Единой программы поддержки предпринимательства «Дорожная карта бизнеса – "
                     "2020». Пожар произошел в КХ, пациентов примут в зданиях ФАПов.",
                     "Ru  Kz\nВсе новости\n\nПрошло заседание Агросовета.")
    assert list(zip(ents.label, ents.text)) == [
        ("PROG", "Единой программы поддержки предпринимательства «Дорожная карта бизнеса – 2020»"),
        ("ORG", "Агросовета")]


def test_normal_forms_of_a_headline_body_listed_regions_and_abbreviated_territories():
    ents = _entities("Выступление Главы государства на ХХХІV сессии Ассамблеи народа Казахстана\nТекст речи.",
                     "В самой Кызылорде выкупят 192 квартиры, в Аральском, Казалинском районах − по 35 квартир.",
                     "Наибольшая явка отмечается в Алматинской - 25,2% и Восточно-Казахстанской областях - 27,2%. "
                     "В Акмолинской к полудню проголосовали 23,4% избирателей.",
                     "В 2012 году откроют 532 км в Кызылординской обл. Участок идет от п. Денисовка до п. Перелески.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Ассамблеи народа Казахстана"] == "Ассамблея народа Казахстана"
    assert normals["Аральском"] == "Аральский район"
    assert [normals[t] for t in ("Алматинской", "Восточно-Казахстанской областях", "Акмолинской")] == \
        ["Алматинская область", "Восточно-Казахстанская область", "Акмолинская область"]
    assert normals["Кызылординской обл."] == "Кызылординская область"
    assert normals["Перелески"] == "Перелески" and normals["Денисовка"] == "Денисовка"


def test_a_power_plant_named_by_its_number_or_town_is_an_organisation():
    ents = _entities("На Балхашской ТЭЦ произошла авария. На ТЭЦ-1 все работы проведены. На риддерскую ТЭЦ не "
                     "поставили мазут. Реконструкция Экибастузской ГРЭС-1 завершена. В городе нет еще одной ТЭЦ, "
                     "а городскую ТЭЦ закрыли.")
    assert set(ents[ents.label == "ORG"].text) == {"Балхашской ТЭЦ", "ТЭЦ-1", "риддерскую ТЭЦ", "Экибастузской ГРЭС-1"}


def test_power_plants_spelled_out_or_listed_by_adjective_are_each_an_organisation():
    """"Аксуской электростанции", "Бухтарминской, Усть-Каменогорской и Шульбинской
    гидроэлектростанциях": a plant's kind spelled out after its town's adjective, and each
    adjective listed before it, names a plant (the news gold's training parts, 4 of 4); the
    kind alone names none."""
    ents = _entities("Сброс воды будет обеспечен на Бухтарминской, Усть-Каменогорской и Шульбинской "
                     "гидроэлектростанциях.", "Делегация посетила Аксускую электростанцию. В городе построят еще "
                     "одну электростанцию.")
    assert set(ents[ents.label == "ORG"].text) == {"Бухтарминской", "Усть-Каменогорской",
                                                   "Шульбинской гидроэлектростанциях", "Аксускую электростанцию"}


def test_a_route_is_its_two_places_and_a_national_team_its_country():
    """The news gold marks a team named by its country or town as that place (14 of 14)."""
    ents = _entities("Трасса Актобе-Кенкияк закрыта из-за снежных заносов. В Усть-Каменогорске идет снег.",
                     "Команда Казахстана завоевала шесть медалей, вторая строчка у команды Узбекистана.",
                     "Полузащитник национальной сборной Казахстана забил гол, опередив сборную Таиланда.")
    assert {"Актобе", "Кенкияк", "Усть-Каменогорске", "Казахстана", "Узбекистана", "Таиланда"} <= set(
        ents[ents.label == "LOC"].text)
    assert not any("Актобе-Кенкияк" in text or "команд" in text.lower() or "сборн" in text for text in ents.text)


def test_a_mention_that_is_all_one_quoted_name_declines_inside_its_quotes(tmp_path):
    """«Академии Абая» alone is the academy's name in the genitive; after a kind word
    ("фонда «Детская деревня»") the quoted name is no head and stays as written."""
    assert_normal_forms(tmp_path, [
        "Студенты [[«Академии Абая»|«Академия Абая»|ORG]] приехали на форум.",
        "Воспитанникам [[«Детской деревни»|«Детская деревня»|ORG]] передали подарки.",
        "Зрители канала [[«Хабар 24»|«Хабар 24»|ORG]] увидят матч.",
        "Помощь оказали сотрудники [[фонда «Детская деревня»|фонд «Детская деревня»|ORG]].",
        "Болельщики [[«Кайрата»|«Кайрат»|ORG]] встретили команду, акции [[«Казатомпрома»|«Казатомпром»|ORG]] выросли.",
        "Пьесу поставили в [[Темиртауском ТЮЗе|Темиртауский ТЮЗ|ORG]].",  # an abbreviation's case ending off
    ])


def test_a_street_adjective_agrees_with_its_street_word_a_cut_name_is_whole(tmp_path):
    """"ул. Заводской" is Заводская улица, "переулке Дачном" Дачный переулок; a name in the
    genitive after the street word stays ("пр. Абая"); a name the sentence splitter cut at
    an abbreviation's full stop is normalised whole."""
    assert_normal_forms(tmp_path, [
        "Ремонт дороги от улицы [[Заводской|Заводская|LOC]] до кольца закончат в мае.",
        "Свет отключат в переулке [[Дачном|Дачный|LOC]] завтра.",
        "Ремонт на пр. [[Абая|Абая|LOC]] закончат в мае.",
        "Он родился в [[Каз. ССР|Каз. ССР|LOC]] в 1950 году, а вырос в [[Средней Азии|Средняя Азия|LOC]].",
    ])


def test_a_body_s_listed_functions_and_a_first_name_before_a_surname_in_capitals():
    ents = _entities("Выставка организована совместно с Управлением культуры, архивов и документации Павлодарской "
                     "области. Слово взял директор Национального музея РК Дархан МЫНБАЙ.")
    orgs, persons = set(ents[ents.label == "ORG"].text), set(ents[ents.label == "PER"].text)
    assert "Управлением культуры, архивов и документации Павлодарской области" in orgs
    assert "Национального музея РК" in orgs and "Дархан МЫНБАЙ" in persons


def test_a_region_named_by_a_noun_after_a_village_the_tagger_misread():
    """"В селе Актогай области Абай": the tagger read the village as an adjective and took
    "области" into it; the region is "область Абай", its official name."""
    ents = _entities("В селе Актогай области Абай поручили модернизировать амбулаторию.")
    assert {"Актогай", "области Абай"} <= set(ents[ents.label == "LOC"].text)


def test_a_town_s_adjective_in_lower_case_names_its_body():
    ents = _entities("Депутаты шымкентского городского маслихата утвердили бюджет.",
                     "Как сообщила павлодарская прокуратура, дело передано в суд.",
                     "Представители казахстанской прокуратуры выступили на форуме.")
    orgs = dict(zip(ents[ents.label == "ORG"].text, ents[ents.label == "ORG"].normal))
    assert orgs.get("шымкентского городского маслихата") == "шымкентский городской маслихат"
    assert "павлодарская прокуратура" in orgs
    assert "казахстанской прокуратуры" not in orgs


def test_a_place_adjective_names_a_region_reservoir_or_field_with_its_noun():
    ents = _entities("Совещание прошло с участием главы Мангистауского региона.",
                     "Уровень Бухтарминского водохранилища поднялся. Добыча на Карачаганакском месторождении выросла.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places.get("Мангистауского региона") == "Мангистауский регион"
    assert places.get("Бухтарминского водохранилища") == "Бухтарминское водохранилище"
    assert places.get("Карачаганакском месторождении") == "Карачаганакское месторождение"


def test_a_body_ends_at_its_place_or_its_eponym_before_a_person_or_another_list():
    ents = _entities("Он обладатель грамоты Министерства культуры и спорта РК, благодарственных писем акима области.",
                     "Встреча прошла с руководителем Управления по делам религий Западно-Казахстанской области "
                     "Ныгметовым Талгатом Рахимовичем.",
                     "Корреспондент встретилась с ректором Казахского национального педагогического университета "
                     "имени Абая Такиром Балыкбаевым.")
    orgs, people = set(ents[ents.label == "ORG"].text), set(ents[ents.label == "PER"].normal)
    assert {"Министерства культуры и спорта РК", "Управления по делам религий Западно-Казахстанской области",
            "Казахского национального педагогического университета имени Абая"} <= orgs
    assert {"Ныгметов Талгат Рахимович", "Такир Балыкбаев"} <= people


def test_a_kind_of_organisation_alone_names_none():
    ents = _entities("Общество\nЗаместитель директора Центра рассказала о видах услуг Центра. "
                     "Совещание прошло в режиме ВКС, построены 645 объектов ПМСП.")
    assert ents[ents.label == "ORG"].empty


def test_a_body_at_an_akim_takes_his_town_and_a_body_before_a_place_is_one_organisation():
    ents = _entities("Акимат Актау объявил конкурс. Член Совета молодежи при акиме города Алматы Айгуль Серикова выступила.")
    assert {"Акимат Актау", "Совета молодежи при акиме города Алматы"} <= set(ents[ents.label == "ORG"].text)


def test_a_line_up_is_persons_and_a_weather_list_places():
    ents = _entities("«Тобол»: Бусурманов, Жагоров, Кавнич, Марочкин, Асранкулов.\n\nПогода\n  • Семей\n    -11°\n"
                     "  • Риддер\n    -4°\nВ частности, на Кашагане добыто 7,2 млн тонн.")
    assert {"Бусурманов", "Жагоров", "Марочкин"} <= set(ents[ents.label == "PER"].text)
    assert {"Семей", "Риддер", "Кашагане"} <= set(ents[ents.label == "LOC"].text)
    assert ents[ents.text == "Кашагане"].normal.tolist() == ["Кашаган"]  # an oil field, not "Кашагана"


def test_a_post_after_the_name_and_a_byline_in_capitals():
    ents = _entities("Назарбаев подписал указ о назначении Аскара Мамина Премьер-министром.\n\nАбдрахман ЕНСЕГЕН\n\n"
                     "Shares\nОдно из ключевых предприятий в регионе – Казхром.")
    people = ents[ents.label == "PER"]
    assert {"Аскара Мамина", "Абдрахман ЕНСЕГЕН"} <= set(people.text)
    assert "Аскар Мамин" in set(people.normal)
    assert "Казхром" in set(ents[ents.label == "ORG"].text) and "Shares" not in set(ents.text)
    # a surname in capitals with a Russian surname's ending, after a first name no list holds
    ents = _entities("По словам заместителя руководителя отдела образования городе Уральска Батики ПАЙДИНОЙ, "
                     "в 2017 году планируется открыть школу.")
    assert "Батики ПАЙДИНОЙ" in set(ents[ents.label == "PER"].text)


def test_a_verb_before_a_name_and_a_second_name_after_a_comma_stay_out_of_the_place():
    ents = _entities("Докладывал Аманкул Дюсенбаев.", "Автор фото Аманкула Дюсенбаева, Еркебулана Укибаева\n\nПовестка дня",
                     "Журналисты СМИ «Говорит Москва» выехали на место. На линейке в новой ОШ № 28 был аким.")
    assert {"Аманкул Дюсенбаев", "Еркебулан Укибаев"} <= set(ents[ents.label == "PER"].normal)
    assert {"Говорит Москва", "ОШ № 28"} <= {t.strip("«»") for t in ents[ents.label == "ORG"].text}  # a quoted name keeps its verb
    assert ents[ents.label == "LOC"].empty


def test_an_initial_and_a_surname_in_capitals_in_the_dative_are_a_person_not_a_town():
    ents = _entities("Коллегия отменила приговор работникам рыбоохраны Б. КАМЕТОВУ, М. ДЖАНБАТЫРОВУ и Г. ГОРБАЧЕВУ.",
                     "ЖИТЕЛЬНИЦА Г. ПЕТРОПАВЛОВСК ПОСТРАДАЛА.")
    assert set(ents[ents.label == "PER"].normal) == {"Б. КАМЕТОВ", "М. ДЖАНБАТЫРОВ", "Г. ГОРБАЧЕВ"}
    assert set(ents[ents.label == "LOC"].normal) == {"ПЕТРОПАВЛОВСК"}


def test_an_adjective_of_a_title_is_no_person_and_a_post_s_adjectives_stay_with_it():
    ents = _entities("Маулен Ашимбаев провел встречу с Чрезвычайным и Полномочным Послом Турции.",
                     "Состоялась встреча Федерального канцлера Германии Олафа Шольца. Издания пишут, что Мишкин родился.")
    assert set(ents[ents.label == "PER"].normal) == {"Маулен Ашимбаев", "Олаф Шольц", "Мишкин"}
    assert ("LOC", "Германии") in set(zip(ents.label, ents.text))


def test_a_foreign_man_s_name_in_the_instrumental_or_genitive_comes_back_whole():
    ents = _entities("Встреча с Олафом Шольцем и Эммануэлем Макроном. Разговор с Сергеем Шойгу и Игорем Ивановым.",
                     "Визит Олафа Шольца прошел.")
    assert {"Олаф Шольц", "Эммануэль Макрон", "Сергей Шойгу", "Игорь Иванов"} <= set(ents[ents.label == "PER"].normal)


def test_a_programme_s_period_after_its_quoted_name_and_schools_by_abbreviation():
    ents = _entities("Была обсуждена «Дорожная карта развития волонтерства на 2021-2023 годы». Концепцию "
                     "госпрограммы «Нурлы Жол» до 2025 года представят.",
                     "Ремонт ждут СШ №№ 23, 9 и ОШ №13. Расследование в отношении лиц акимата Атырау по признакам "
                     "мошенничества.")
    assert {"Дорожная карта развития волонтерства на 2021-2023 годы",
            "госпрограммы «Нурлы Жол» до 2025 года"} <= set(ents[ents.label == "PROG"].text)
    assert {"СШ №№ 23, 9", "ОШ №13", "акимата Атырау"} <= set(ents[ents.label == "ORG"].text)
    assert "ОШ" not in set(ents.text)  # not the town of Osh


def test_a_fund_stays_out_of_its_quoted_name_its_abbreviated_kind_does_not():
    ents = _entities("Он поставил задачу фонду «Самрук-Казына».",
                     "Руководитель общественного фонда «Добрые сердца» сообщил.",
                     "Руководитель ОФ «Добрые сердца» сообщил.")
    assert {"«Самрук-Казына»", "«Добрые сердца»", "ОФ «Добрые сердца»"} <= set(ents[ents.label == "ORG"].text)


def test_a_mission_takes_the_place_it_sits_in_and_a_sentence_end_is_no_street():
    ents = _entities("Об этом сообщили в Посольстве Казахстана в России по итогам визита.",
                     "Он работал в посольствах Японии в Лаосе, США и Бельгии.",
                     "Жители жаловались на отсутствие асфальта на многих улицах.\nБахыт Султанов сообщил жителям о ремонте.",
                     "Итоги сезона\nМангистауские боксеры привезли из Орска 12 медалей.",
                     "Погода в Семее\n+18°С\nв Семее Облачность\nдавление: 741 мм.рт.ст.")
    orgs = set(ents[ents.label == "ORG"].normal)
    assert "Посольство Казахстана в России" in orgs
    assert "посольства Японии" in orgs and {"Лаос", "США", "Бельгия"} <= set(ents[ents.label == "LOC"].normal)  # a list: each its own
    assert set(ents[ents.label == "PER"].normal) == {"Бахыт Султанов"}  # not a street, nor the adjective opening a line
    assert set(ents[ents.label == "LOC"].text) >= {"Семее"} and "Семее Облачность" not in set(ents.text)


def test_a_capitalised_body_opening_a_line_joins_its_place():
    ents = _entities("Город\nАкимат Атырау проведет открытую встречу с жителями.",
                     "Фото: Акимат Карагандинской области\n\nКарагандинская область собрала урожай.")
    assert {"Акимат Атырау", "Акимат Карагандинской области"} <= set(ents[ents.label == "ORG"].text)
    assert "Акимат" not in set(ents[ents.label == "LOC"].text)


def test_a_listed_town_after_its_noun_is_a_place_whatever_the_tagger_read():
    ents = _entities("Выставка показывает, как выглядел и жил город Семей когда-то давно.")
    assert list(ents[ents.label == "LOC"].normal) == ["Семей"]  # "семей" is also "of families"
    ents = _entities("Туркестанская и Челябинская области сотрудничают в сфере туризма.")
    assert {"Туркестанская", "Челябинская области"} <= set(ents[ents.label == "LOC"].text)  # the first of two, opening a line


def test_an_email_address_is_no_organisation():
    ents = _entities("Вопросы направляйте на press@prokuror.kz, сообщил Берик Асылов. Об этом сообщает Kazinform.kz.")
    assert "Kazinform.kz" in set(ents[ents.label == "ORG"].text)
    assert not {t for t in ents.text if "prokuror" in t}


def test_a_branch_of_a_quoted_public_body_is_one_and_a_quoted_phone_number_no_body():
    ents = _entities("Субботник провели совместно с Усть-Каменогорским филиалом общественного объединения "
                     "«Лига волонтеров Казахстана». 21 февраля на пульт «112» поступило сообщение о задымлении.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "Усть-Каменогорским филиалом общественного объединения «Лига волонтеров Казахстана»" in orgs
    assert not {o for o in orgs if "112" in o}


def test_a_kind_the_tagger_took_apart_from_its_quoted_name_is_no_organisation():
    ents = _entities("На семь бед - один сырой ответ\n\nЧлены парламентской фракции “Ак жол” заявляют, что ответы "
                     "читать невозможно.")
    assert set(ents[ents.label == "ORG"].text) == {"“Ак жол”"}


def test_a_chamber_after_its_speaker_and_the_cis_are_organisations_a_party_s_kind_stays_out():
    ents = _entities("Спикер Мажилиса, председатель партии AMANAT Ерлан Кошанов прибыл в Караганду. "
                     "Продукцию планируют экспортировать в страны СНГ.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Мажилиса", "AMANAT", "СНГ"} <= orgs and "Ерлан Кошанов" in set(ents[ents.label == "PER"].text)
    assert not {t for t in orgs if t.startswith("партии")} and "СНГ" not in set(ents[ents.label == "LOC"].text)


def test_the_first_president_s_title_themis_codes_of_law_and_an_age_mark_are_no_names():
    ents = _entities("Почему он стал любимцем Елбасы? Служители Фемиды не торопятся. Это противоречит нормам ГК, "
                     "ГПК и закона. Аким Нур-Султана Бахыт Султанов пришел.", "18+\nВ Актау прошел субботник.")
    assert set(ents.text) == {"Нур-Султана", "Бахыт Султанов", "Актау"}


def test_an_initial_the_tagger_took_for_a_preposition_joins_its_surname():
    ents = _entities("Большой вклад внесли деятели театра: В. Ермаков, В. Кузенков, И. Райский.")
    assert {"В. Ермаков", "В. Кузенков", "И. Райский"} <= set(ents[ents.label == "PER"].text)


def test_listed_microdistricts_an_unquoted_channel_and_a_club_after_a_lower_case_kind():
    ents = _entities("Участки дадут в микрорайонах «Солнечный-2» и «Южный». Заседания пройдут онлайн, передает "
                     "телеканал Астана. Кубок достался команде, представлявшей футбольный центр ФК «Атырау».")
    assert {"Солнечный-2", "Южный"} <= set(ents[ents.label == "LOC"].text)
    assert {"Астана", "ФК «Атырау»"} <= set(ents[ents.label == "ORG"].text)


def test_a_numbered_train_s_route_is_its_places_and_a_plural_head_opens_no_programme():
    ents = _entities("Вагоны идут в составе поезда No 122/121 «Нурлы жол – Семей». Аким доложил о ходе "
                     "инвестиционных проектов и экологической программы «Таза Қазақстан».")
    assert {"Нурлы жол", "Семей"} <= set(ents[ents.label == "LOC"].text)
    assert set(ents[ents.label == "PROG"].text) == {"экологической программы «Таза Қазақстан»"}


def test_a_woman_s_name_that_is_also_a_man_s_genitive_and_a_double_surname_decline_as_hers():
    ents = _entities("На сцене выступила Валерия Ланская. Спектакль поставлен по драме О. Погодиной-Кузьминой.")
    assert {"Валерия Ланская", "О. Погодина-Кузьмина"} <= set(ents[ents.label == "PER"].normal)


def test_a_body_named_by_a_field_after_po_takes_its_region_a_dated_dateline_and_a_sal_honorific():
    ents = _entities("Об этом сообщил руководитель Департамента по регулированию естественных монополий по ВКО.",
                     "Петропавловск. 4 мая. КазТАГ – В городе высадили деревья.",
                     "В селе Буланды района Биржан сал завершилось строительство.")
    assert {"Департамента по регулированию естественных монополий по ВКО", "КазТАГ"} \
        <= set(ents[ents.label == "ORG"].text)
    # the district's noun is part of its name, as the news gold has it (DISTRICT_NAMESAKES)
    assert ("района Биржан сал", "район Биржан сал") in set(zip(ents[ents.label == "LOC"].text,
                                                             ents[ents.label == "LOC"].normal))


def test_listed_quoted_roads_hyphenated_chains_and_the_border_they_run_to_are_places():
    ents = _entities("Ремонтом охвачено 248 километров двух дорог: «Казталовка-Жанибек-гр.РФ» и «Униге-Бисен-Сайхин». "
                     "Работами охвачены участки дорог «Калкаман – Баянауыл – Умуткер» и «Ленинский – Аксу – Курчатов». "
                     "Завершается реконструкция автодороги Уральск-Каменка-гр.РФ.")
    places = set(ents[ents.label == "LOC"].text)
    assert {"Казталовка", "Жанибек", "РФ", "Униге", "Бисен", "Сайхин", "Ленинский", "Аксу", "Курчатов", "Уральск",
            "Каменка"} <= places
    assert not any("-" in text or "–" in text for text in ents.text)


def test_a_quoted_slogan_keeps_its_words():
    ents = _entities("«С дипломом в село»: программе нужна перезагрузка, считает эксперт.")
    assert "«С дипломом в село»" in set(ents.normal)


def test_villages_listed_after_a_settlement_noun_a_new_school_a_company_opening_a_sentence_and_a_police_unit():
    ents = _entities("Подключены к газу села Ерназар, Енбек, Рахат, Колькайнар, Тастобе.",
                     "В поселке открыли новую среднюю школу № 57.",
                     "Предприятие «Алтай Полиметаллы» оштрафовано. Суд осудил сотрудников Сауранского РОП.")
    assert {"Рахат", "Колькайнар"} <= set(ents[ents.label == "LOC"].text)
    assert {"среднюю школу № 57", "«Алтай Полиметаллы»", "Сауранского РОП"} <= set(ents[ents.label == "ORG"].text)
    assert not set(ents[ents.label == "PER"].text)


def test_a_weather_widget_names_its_towns_without_bullets_and_temperatures():
    ents = _entities("Погода\n  • Абай-33°С\n  • Аягөз-39°С\n  • Курчатов-4°С")
    assert {"Аягөз", "Курчатов"} <= set(ents[ents.label == "LOC"].text)
    assert not any("•" in text or any(c.isdigit() for c in text) for text in ents.text)



def test_a_pipeline_s_places_a_field_s_abbreviation_an_inspection_of_a_town_and_a_company_s_kind():
    ents = _entities("Вода из водовода «Астрахань-Мангистау» пойдет в Жанаозен. Открыта автодорога республиканского "
                     "значения «Астана – Атбасар». Выступил начальник департамента ликвидации ЧС Ерлан Ахметов.",
                     "По словам руководителя жилищной инспекции Павлодара, заявление по Посланию президента принято. "
                     "Экологи проверили местное предприятие ТОО Zengin. Какие авиарейсы доступны в Усть-Каменогорске?")
    assert {"Астрахань", "Мангистау", "Астана", "Атбасар", "Усть-Каменогорске"} <= set(ents[ents.label == "LOC"].text)
    assert {"департамента ликвидации ЧС", "жилищной инспекции Павлодара", "ТОО Zengin"} \
        <= set(ents[ents.label == "ORG"].text)
    assert not any("Послан" in text or "предприятие" in text for text in ents.text)


def test_the_towns_of_a_weather_widget_are_places():
    ents = _entities("Погода\n  • Усть-Каменогорск\n    -12°\n  • Нур-Султан (Астана)\n    -3°\n"
                     "  • Актобе\n    -3°\nНовости")
    assert {"Усть-Каменогорск", "Нур-Султан", "Актобе"} <= set(ents[ents.label == "LOC"].text)


def test_a_region_named_by_its_noun_makes_its_bodies_and_a_district_named_after_a_programme_is_a_place():
    ents = _entities("Депутаты маслихата области Абай озвучили проблемы. По материалам суда области Абай, некое ТОО "
                     "нарушило закон.",
                     "Семья живёт в строящемся микрорайоне «Нұрлы жол». Школа открыта в населённом пункте Нурлы жол.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"маслихата области Абай", "суда области Абай"} <= orgs and "ТОО" not in orgs
    assert list(ents[ents.text == "Нурлы жол"].label) == ["LOC"] and "PROG" not in set(ents.label)


def test_numbers_keys_compass_points_menus_and_a_topic_after_po_name_nothing():
    ents = _entities("Сообщение поступило на пульт службы \"101\" ДЧС Павлодарской области. Выделите текст и нажмите "
                     "Ctrl+Enter.",
                     "Порт укрепил позиции на маршрутах Восток–Запад и Север–Юг со странами Европейского союза по "
                     "вопросу экспорта сухого кобыльего молока.",
                     "     О газете     Контакты     Подписка     Письмо\n\nСемейчане задают вопросы власти. "
                     "Постановление опубликовано в Telegram-канале правительства.",
                     "Фото: Акимат ВКО\n\nУсть-Каменогорск. Акимы районов встретились с жителями.")
    texts = set(ents.text)
    assert "Европейского союза" in texts and "Акимат ВКО" in set(ents[ents.label == "ORG"].text)
    assert not texts & {"\"101\"", "101", "Ctrl+Enter", "Восток", "Запад", "Север–Юг", "Семейчане"}
    assert not any("Контакты" in t or "Подписка" in t or "Telegram" in t or t.startswith(":") for t in texts)


def test_a_railway_line_s_places_a_school_named_after_nazarbayev_and_a_kind_opening_a_sentence():
    ents = _entities("С вводом в действие железнодорожной линии Макат-Мангистау-Узень возникли станции. В поликлинике "
                     "«Жан-Ер» привиты 500 человек.",
                     "В городе Туркестан построена Назарбаев интеллектуальная школа на 720 мест.",
                     "Газета \"Flash!\"\n\n– Открытие новой поликлиники решит проблему. Трудоустройство идёт "
                     "через Центры занятости.",
                     "Проблему двух школ обсудили на сходе.\n\nШкола «Болашак» была построена в 2007 году.")
    assert {"Макат", "Мангистау", "Узень"} <= set(ents[ents.label == "LOC"].text)
    assert {"Назарбаев интеллектуальная школа", "«Болашак»", "\"Flash!\""} <= set(ents[ents.label == "ORG"].text)
    assert not any(t in ("Жан", "Ер", "занятости") or t.startswith(("Школа", "Газета", "Открытие")) for t in ents.text)


def test_a_level_adjective_before_a_capitalised_body_a_place_before_a_body_and_compound_level_bodies():
    ents = _entities("Передано экстренное сообщение областного Управления по ЧС. Протест в Верховный суд РК по "
                     "ходатайству прокуратуры Алматы направил заместитель генпрокурора.",
                     "Так по нормам, одобренным для Усть-Каменогорска Государственной экологической экспертизой, "
                     "ОАО «Казцинк» имеет право выбросить больше. По данным облдепартамента экологии, выбросы снизились.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Управления по ЧС", "Верховный суд РК", "прокуратуры Алматы", "Государственной экологической экспертизой",
            "облдепартамента экологии"} <= orgs
    assert "Усть-Каменогорска" in set(ents[ents.label == "LOC"].text)


def test_mines_a_named_theatre_demonyms_aircraft_and_a_quoted_speech_s_first_word():
    ents = _entities("Напомним, 28 октября на шахте имени Костенко в Караганде произошла трагедия. Еще одна "
                     "трагедия случилась на шахте «Казахстанская» в Шахтинске.",
                     "Казахский драмтеатр им. Ж. Шанина выступил в музее. Сегодня в ГДК имени Естая областного центра "
                     "состоялась конференция. Рейс обслуживают воздушные суда Ан-24.",
                     "Актаусцы жаждут реванша.\n\"Комитет готов принять в работу законопроект\", – сказал он. "
                     "Мажилисмены приняли законопроект.")
    assert "Казахстанская" in set(ents[ents.label == "ORG"].text)  # a quoted mine: the enterprise (3 of 3)
    assert "шахте имени Костенко" in set(ents[ents.label == "ORG"].text)  # the enterprise, named with its noun
    assert {"Казахский драмтеатр им. Ж. Шанина", "ГДК имени Естая"} <= set(ents[ents.label == "ORG"].text)
    assert dict(zip(ents.text, ents.normal))["шахте имени Костенко"] == "шахта имени Костенко"
    assert not set(ents.text) & {"Ан-24", "Актаусцы", "Комитет", "Мажилисмены"}
    # a mine's name right after its noun, without «имени»; not the town a mine is of, nor a person
    ents = _entities("Идет суд о гибели 46 горняков шахты Костенко. Тогда образовался рудник Сталинский. Директор "
                     "шахты Иван Петров рассказал. Горняки шахты Шахтинска бастуют.")
    assert {"шахты Костенко", "рудник Сталинский"} <= set(ents[ents.label == "ORG"].text)
    assert {"Иван Петров", "Шахтинска"} <= set(ents.text) and "шахты Шахтинска" not in set(ents.text)


def test_a_photo_credit_s_body_a_colony_s_territory_an_initial_with_a_caps_surname_and_a_tag_line_s_places():
    ents = _entities("Посевная идёт, сообщает Kazpravda.kz\n\nФото: акимат СКО\n\nВ Акжарском районе сев идет.",
                     "20 августа в учреждении РУ-170/2 ДУИС по ЗКО заключённые поранили себе руки. Ему помогали "
                     "заключённые В. ПЕРНИЦКИЙ и Е. КАЛИЕВ.",
                     "Если хотите поднять проблему\n\nУсть-Каменогорск и ВКО Усть-Каменогорск и ВКО\nИсточник:\n"
                     "Актерам русского театра ВКО вручили ключи от квартир.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"акимат СКО", "РУ-170/2 ДУИС по ЗКО", "русского театра ВКО"} <= orgs
    assert "В. ПЕРНИЦКИЙ" in set(ents[ents.label == "PER"].text)
    assert "ВКО Усть-Каменогорск" not in set(ents.text)


def test_subzones_a_street_named_with_a_title_and_no_name_for_a_new_school_a_club_s_town_or_a_unit():
    ents = _entities("Было создано ТОО «Управляющая компания «Индустриальная зона «Тараз». В субзоне «Талас» занято "
                     "45 гектаров. Выработка вырастет на 3,1 млрд кВтч в год.",
                     "Жители улицы академика Маргулана в растерянности.\nНовой школе в Павлодаре присвоили имя "
                     "писателя. Костанайский «Тобол» по праву носит звание чемпиона.")
    assert "Талас" in set(ents[ents.label == "LOC"].text) and "академика Маргулана" not in set(ents.text)
    assert "ТОО «Управляющая компания «Индустриальная зона «Тараз»" in set(ents[ents.label == "ORG"].text)
    assert not set(ents.text) & {"Тараз", "кВтч", "Новой школе", "Костанайский", "Маргулана"}


def test_a_microdistrict_abbreviation_ends_no_sentence_and_a_university_abbreviation_is_a_body():
    ents = _entities("Маршруты свяжут жилой комплекс К7 в мкр. Самал и рынок, а также поселок в пгт. Актас.",
                     "Много грантов у выбравших учебу в КазНУ. К слову, студентов стало больше.")
    assert {"Самал", "Актас"} <= set(ents[ents.label == "LOC"].text)
    assert "КазНУ" in set(ents[ents.label == "ORG"].text)


def test_a_weather_widget_s_word_and_a_shopping_centre_s_abbreviation_are_no_names():
    ents = _entities("Погода в Семее\n+10°С\nв Семее Пасмурно\nдавление: 738 мм.рт.ст.",
                     "Для детей работают скалодром и парк развлечений в ТРЦ.")
    assert set(ents.text) == {"Семее"} and set(ents.normal) == {"Семей"}


def test_a_rural_district_named_after_a_person_opens_at_imeni():
    ents = _entities("Выборы прошли в Кармакшинском районе – село Жанажол, сельский округ им. Сакена Сейфуллина в "
                     "Сырдарьинском районе, в сельских округах имени Аскара Токмагамбетова.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places["им. Сакена Сейфуллина"] == "им. Сакена Сейфуллина"
    assert places["имени Аскара Токмагамбетова"] == "имени Аскара Токмагамбетова"


def test_a_resident_after_the_village_noun_a_preposition_opening_a_sentence_and_a_town_s_refinery():
    ents = _entities("Вода вновь подается стабильно. Жительница села Динора Сафарова поблагодарила всех. Жители села "
                     "Саин Шапагатов жалуются на дороги.",
                     "Отправление в Самару по нечётным дням. В Саратов - по чётным дням, билет стоит 5 тысяч тенге.",
                     "Ремонт идет на Павлодарском НХЗ и Карачаганакском ГПЗ. В стране построят еще один НПЗ.")
    assert "Динора Сафарова" in set(ents[ents.label == "PER"].text)
    assert set(ents[ents.label == "ORG"].text) == {"Павлодарском НХЗ", "Карачаганакском ГПЗ"}
    assert {"Саин Шапагатов", "Саратов"} <= set(ents[ents.label == "LOC"].text)
    assert "В Саратов" not in set(ents.text)


def test_a_deposit_or_mine_named_by_any_adjective_a_police_operation_and_a_holiday_s_first_word():
    ents = _entities("Запасы Долинного месторождения составляют 7,7 млн тонн руды. Работы ведутся на нижних горизонтах "
                     "Тишинского рудника.",
                     "В рамках оперативно-профилактического мероприятия «Карасора 2022» задержан житель района. В "
                     "области проходит операция «Правопорядок». Во время отработки ОПМ \"Қарасора-2025\" полицейские "
                     "заметили парня.",
                     "Весь мусульманский мир отметил праздник Курбан айт.")
    places = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert places["Долинного месторождения"] == "Долинное месторождение"
    orgs = dict(zip(ents[ents.label == "ORG"].text, ents[ents.label == "ORG"].normal))
    assert orgs["Тишинского рудника"] == "Тишинский рудник"  # a mine is the enterprise
    assert {"оперативно-профилактического мероприятия «Карасора 2022»", "операция «Правопорядок»",
            "ОПМ \"Қарасора-2025\""} <= set(ents[ents.label == "PROG"].text)
    assert "Курбан" not in set(ents.text)


def test_a_body_named_after_an_initialled_person_ends_with_the_surname():
    ents = _entities("Суд вынес приговор бывшему директору Государственного академического русского театра драмы "
                     "имени М. Горького Еркину Касенову.")
    bodies, people = ents[ents.label == "ORG"], ents[ents.label == "PER"]
    assert "Государственного академического русского театра драмы имени М. Горького" in set(bodies.text)
    assert dict(zip(people.text, people.normal))["Еркину Касенову"] == "Еркин Касенов"


def test_a_hyphenated_first_initial_and_a_woman_whose_name_is_a_country_s():
    ents = _entities("Президент Республики Казахстан К.-Ж. Токаев обратился с Посланием к народу.",
                     "В мероприятии приняли участие Сергей Симонов, Дания Еспаева, Магеррам Магеррамов. Дания и "
                     "Швеция подписали договор.")
    people = set(ents[ents.label == "PER"].text)
    assert {"К.-Ж. Токаев", "Дания Еспаева"} <= people
    assert "Дания" in set(ents[ents.label == "LOC"].text)


def test_a_compound_of_two_nouns_declines_in_both_and_a_surname_bounds_a_first_name_s_case():
    ents = _entities("Медали получили ученицы школы-лицея № 14 и школы-интерната имени Абая.",
                     "Как сообщил зампред исполнительного секретаря СНГ Ильхом Нематов, штаб уже открылся.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["школы-лицея № 14"] == "школа-лицей № 14"
    assert normals["школы-интерната имени Абая"] == "школа-интернат имени Абая"
    assert normals["Ильхом Нематов"] == "Ильхом Нематов"


def test_a_district_of_a_region_named_by_its_abbreviation_is_not_named_so():
    ents = _entities("В другом районе ВКО у жителя села Кокжайык украли скот. В районе Байтерек открыли школу.")
    places = set(ents[ents.label == "LOC"].text)
    # the district "район Байтерек" by its official name, the noun in (NOUN_NAMED_DISTRICTS)
    assert {"ВКО", "Кокжайык", "районе Байтерек"} <= places and "районе ВКО" not in places


def test_a_person_after_a_capitalised_title_in_the_genitive_and_a_body_named_after_someone():
    ents = _entities("Программа визита Премьер-Министра РК Карима Масимова в область началась. Карима Ахметова "
                     "выступила.",
                     "Спектакли прошли на сцене областного казахского драмтеатра имени Х. Букеевой.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Карима Масимова"] == "Карим Масимов" and normals["Карима Ахметова"] == "Карима Ахметова"
    assert normals["областного казахского драмтеатра имени Х. Букеевой"] == \
        "областной казахский драмтеатр имени Х. Букеевой"


def test_a_quoted_name_after_its_kind_a_house_of_culture_and_a_place_in_capitals():
    """A quoted name in apposition to its kind keeps its ending ("ансамбль «Мереке»" is no
    "Мерек"); after a kind in the genitive it may still decline; "Дома культуры", whose
    first word the tagger reads as an adverb, is "Дом культуры"; a headline's place in
    capitals in an oblique case is its name, in capitals ("АЗИЮ" -> "АЗИЯ"), an abbreviation as written."""
    ents = _entities("Вокально-инструментальный ансамбль «Мереке» Дома культуры имени Аскара Токмагамбетова выступил.",
                     "Строительство ведёт компания «Севимстальком». Теперь жители довольны.",
                     "ЗА ПУТЕВКОЙ В АЗИЮ\n\nАтырау стал местом встречи.", "ПОМОЩЬ РОССИИ", "НОВОСТИ ВКО")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["«Мереке»"] == "«Мереке»" and normals["«Севимстальком»"] == "«Севимстальком»"
    assert normals["Дома культуры имени Аскара Токмагамбетова"] == "Дом культуры имени Аскара Токмагамбетова"
    assert normals["АЗИЮ"] == "АЗИЯ" and normals["РОССИИ"] == "РОССИЯ" and normals["ВКО"] == "ВКО"


def test_a_region_in_capitals_after_a_speakers_name_is_declined():
    """"ГАУЕЗ НУРМУХАМБЕТОВ, АКИМ СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ:": the tagger reads the
    adjective in capitals as a nominative, a case "-ОЙ" cannot be, which had kept the region
    as written."""
    ents = _entities("Все обсудили.\n\nГАУЕЗ НУРМУХАМБЕТОВ, АКИМ СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ:\n\n- На 1 июля в сфере")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ"] == "СЕВЕРО-КАЗАХСТАНСКАЯ ОБЛАСТЬ"


def test_a_dash_typed_against_a_name_is_not_part_of_its_last_word():
    """"Дом культуры– единственный": razdel reads "культуры–" as one word, which the mention
    (it ends before the dash) then lost from its normal form; a place's adjective before a
    house of culture, its noun capitalised, names the house (the tagger calls the adjective
    a person)."""
    ents = _entities("Отмечается, что Тургеневский сельский Дом культуры– единственный очаг культуры на селе.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Тургеневский сельский Дом культуры"] == "Тургеневский сельский Дом культуры"


def test_a_listed_district_an_unclosed_quote_and_a_programme_in_the_plural():
    """"во всех районах Западно-Казахстанской области кроме Бокейординского": the listed
    adjectives take the territory noun of their gender, not the nearer "области"; a name
    whose one quote the source never closed is closed; a gazetteer programme in another
    case and number is its name ("о «Комфортных школах»" -> "Комфортная школа")."""
    ents = _entities("Травля будет произведена во всех районах Западно-Казахстанской области кроме Бокейординского "
                     "и Таскалинского, потому как обследование показало.",
                     "Председатель Правления НАО «Центр поддержки гражданских инициатив написала об этом.",
                     "Ахметжанов о «Комфортных школах» рассказал журналистам.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Бокейординского"] == "Бокейординский район" and normals["Таскалинского"] == "Таскалинский район"
    assert normals["НАО «Центр поддержки гражданских инициатив"] == "НАО «Центр поддержки гражданских инициатив»"
    assert "Комфортная школа" in {normals.get("Комфортных школах"), normals.get("«Комфортных школах»")}


def test_a_listed_company_in_any_case_is_its_listed_name():
    """"в «Самрук-Казыне»", "поручить "Самрук-Казына"": pymorphy3 reads the unknown word as
    "казын" in another case; a company of kz_organisations.txt is its listed name, in the
    mention's letters and quotes; the chamber in lower case stays "мажилис", as the writer has it."""
    ents = _entities("Об этом сообщили в «Самрук-Казыне». Прошу поручить \"Самрук-Казына\" ускорить работу.",
                     "Глава «Самрук-Казыны» выступил. Он трудился в Казмунайгазе, сотрудники Казпочты не согласны.",
                     "Законопроект внесли в мажилис.")
    normals = set(zip(ents.text, ents.normal))
    assert {("Самрук-Казыне", "Самрук-Казына"), ("Самрук-Казыны", "Самрук-Казына"),
            ("Казмунайгазе", "Казмунайгаз"), ("Казпочты", "Казпочта")} <= normals
    assert all(normal in ("Самрук-Казына", '"Самрук-Казына"') for text, normal in normals if "Самрук" in text)
    assert ("мажилис", "мажилис") in normals


def test_a_battalion_before_its_force_is_part_of_its_name():
    """"батальона дорожно-патрульной полиции МПС ДВД": the news gold's training parts, 3 of 3."""
    ents = _entities("Ежесуточно задействуется 65 сотрудников батальона дорожно-патрульной полиции МПС ДВД.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals.get("батальона дорожно-патрульной полиции МПС ДВД") \
        == "батальон дорожно-патрульной полиции МПС ДВД", normals


def test_a_listed_club_in_any_case_is_its_listed_name():
    """«Елимаем», «Арланом», «Сарыаркой»: pymorphy3 reads the first as a verb, the second as a
    first name, and no regular paradigm gave "-кой"; the news gold declines a quoted club's
    name (41 of 41 oblique ones in the training parts)."""
    ents = _entities("Матч между «Елимаем» и «Сарыаркой» завершился вничью, а «Торпедо» обыграло «Арлан». "
                     "Встреча с «Арланом» прошла в Кокшетау.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Елимаем"] == "Елимай" and normals["Сарыаркой"] == "Сарыарка", normals
    assert normals["Арланом"] == "Арлан", normals


def test_kazakh_names_in_i_and_a_feminine_town_in_a_soft_sign():
    """An unknown name in -и is a Kazakh one that does not decline ("Әбдіғали", not the
    genitive of "Әбдіғаля" pymorphy3 guesses, whatever the rest of the article says); "в
    Сарани" is Сарань, a feminine town."""
    ents = _entities("В Карагандинской области новый главный имам – Естай Әбдіғали\n\nНа эту должность "
                     "назначен Естай Әбдіғали. В 2015 году Естай Әбдіғали был учителем в мечети города Сарани.")
    normals = set(zip(ents.text, ents.normal))
    assert {("Естай Әбдіғали", "Естай Әбдіғали"), ("Сарани", "Сарань")} <= normals
    assert not any("Әбдіғаля" in normal for _, normal in normals)


def test_kazakh_womens_names_in_a_are_not_read_as_mens_genitives():
    """"Батима Мукина" is a woman in the nominative, not "Батим Мукин" in the genitive;
    "бабушки Канипы" is Канипа (names pymorphy3 does not know, first_names.tsv)."""
    ents = _entities("Председатель Правления Батима Мукина написала об этом.", "Рассказ бабушки Канипы о войне.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Батима Мукина"] == "Батима Мукина" and normals["Канипы"] == "Канипа"


def test_a_board_alone_the_weather_service_and_a_hall_of_the_akorda():
    """"Председатель Правления АО «X»": the board alone names no organisation; Казгидромет
    is the weather service, not a person; "в холле Акорды" is the building."""
    ents = _entities("В мероприятии приняли участие Председатель Правления АО «Samruk-Kazyna Construction» Маулен "
                     "Ахметжанов.", "В штормовом сообщении Казгидромета говорится также, что ожидается ветер.",
                     "За несколько часов до начала в холле Акорды раскатывали красные дорожки.")
    found = set(zip(ents.text, ents.label))
    assert not any(text == "Правления" for text, _ in found)
    assert ("Казгидромета", "ORG") in found and ("Акорды", "LOC") in found


def test_a_finite_verb_the_tagger_took_into_a_name_is_left_out():
    """"Мади Елеусизов доложился об итогах": natasha's ORG of the name and the verb is the
    person."""
    ents = _entities("Отчетная встреча прошла в Доме культуры села Иргиз. Мади Елеусизов доложился об итогах развития "
                     "за 2018 год.")
    assert ("Мади Елеусизов", "PER") in set(zip(ents.text, ents.label))
    assert not any("доложился" in text for text in ents.text)


def test_a_short_russian_text_with_kazakh_lettered_names_is_normalised_as_russian():
    """One sentence is all a short text has to tell its language by: Kazakh letters in its
    names alone make it no Kazakh text, and the names and places take the nominative."""
    ents = _entities("Грамоты вручили Нұрлану Сәрсенбаеву и Ғалыму Әлімжанову.",
                     "Вместе с Құралай Жұмабаевой в конкурсе участвовали студенты из Туркестана и Кызылорды.")
    assert {"Нұрлан Сәрсенбаев", "Ғалым Әлімжанов", "Құралай Жұмабаева", "Туркестан", "Кызылорда"} <= set(ents.normal)


def test_a_place_a_post_and_a_place_the_tagger_joined_are_apart():
    """natasha's one place "Усть-Каменогорске аким ВКО": a place, the akim's post, a region."""
    ents = _entities("В ходе визита на Согринскую ТЭЦ в Усть-Каменогорске аким ВКО Ермек Кошербаев проинспектировал "
                     "ход работ.")
    found = set(zip(ents.text, ents.label))
    assert {("Усть-Каменогорске", "LOC"), ("ВКО", "LOC"), ("Ермек Кошербаев", "PER")} <= found
    assert not any("аким" in text for text in ents.text)


def test_companies_in_om_regions_named_after_and_a_last_initial():
    """«Байтереком» is Байтерек, not a neuter "Байтереко"; "200 сел области Абай" names the
    region, not a village; the dot of "Цой Д.С." at a sentence's end is the initial's."""
    ents = _entities("Совместный фонд с «Байтереком» создаст банк.",
                     "Специалисты подключили к интернету 200 сел области Абай.",
                     "Интересы истца в суде представлял адвокат Цой Д.С.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Байтереком"] == "Байтерек"
    assert normals["области Абай"] == "область Абай"
    assert normals["Цой Д.С."] == "Цой Д.С."


def test_quoted_kazakh_names_keep_their_words(tmp_path):
    """A quoted Kazakh name in a Russian sentence, «Жастар рухы» (no word pymorphy3 knows),
    «Таза Қазақстан» ("таза" is Russian too) or «Семей орманы» ("Семей" is, and was made
    «Семьи»), has no Russian word to put in the nominative (`kaznews eval normal` on gold
    mentions with their quotes)."""
    assert _normals_on_gold(tmp_path,
                            "Вопросы обсудили с председателем молодёжного крыла [[«Жастар рухы»|«Жастар рухы»|ORG]].\n"
                            "Жители вышли на субботник в рамках акции [[«Таза Қазақстан»|«Таза Қазақстан»|PROG]].\n"
                            "Руководители природного резервата [[«Семей орманы»|«Семей орманы»|ORG]] осуждены.\n"
                            ) == ["«Жастар рухы»", "«Таза Қазақстан»", "«Семей орманы»"]


def test_prepositions_stay_out_of_names():
    """natasha's "В ВКО" opening a headline, and "из ОАЭ" after a company (a lower-case
    word is no first name, as in the byline "Инна ПЕДАН"): the place alone."""
    ents = _entities("В ВКО ежегодно диагноз «рак» ставят более двум тысячам человек",
                     "Аэропорт Астаны передали в доверительное управление компании из ОАЭ «Terminals Holding».")
    found = set(zip(ents.text, ents.label))
    assert ("ВКО", "LOC") in found and ("ОАЭ", "LOC") in found
    assert not any(text.lower().startswith(("в ", "из ")) for text in ents.text)
    assert not any("управление" in text for text in ents.text)  # a company's management, no state body


def test_names_the_taggers_run_on_or_miss():
    """A person named after a body in one tagger span ("... документации Мира АБУОВА": a
    dictionary word inside a sentence before a surname in capitals; a woman, as the verb
    before her post says), a person before a quoted title, a body "по ЧС" and a town opening
    a headline before a colon."""
    ents = _entities("– рассказала руководитель Кызылординского областного управления культуры, архивов и "
                     "документации Мира АБУОВА. – В Кызылорде, например, пройдёт айтыс.",
                     "Прозвучали фрагменты оперы Ахмета Жубанова и Латифа Хамиди “Абай”.",
                     "Проект реализован департаментом по ЧС города Алматы.",
                     "Новости\n\nШымкент: в новом учебном году более 24 тыс школьников пойдут в первый класс")
    found = set(zip(ents.text, ents.label))
    assert {("Кызылординского областного управления культуры, архивов и документации", "ORG"),
            ("Мира АБУОВА", "PER"), ("Латифа Хамиди", "PER"), ("департаментом по ЧС города Алматы", "ORG"),
            ("Шымкент", "LOC")} <= found
    assert dict(zip(ents.text, ents.normal))["Мира АБУОВА"] == "Мира АБУОВА"


def test_kazakh_spelt_places_and_names_declined_in_russian(tmp_path):
    """Kazakh-spelled places a Russian sentence declines (Екібастұза, из Қызылорды, Оралом)
    come back to their names, and Қарағанды is one already (no genitive of Караганда); a
    woman's name in -ь declined as a Russian noun (Асели), a company's in Kazakh letters
    («Самрук-Қазыне») and a head noun the tagger called an adjective ("мастер-плана")."""
    assert _normals_on_gold(tmp_path,
                            "Аким отметил её вклад в развитие [[Екібастұза|Екібастұз|LOC]].\n"
                            "Школьники из [[Қызылорды|Қызылорда|LOC]] заняли призовые места на олимпиаде в "
                            "[[Қарағанды|Қарағанды|LOC]].\n"
                            "Между [[Атырау|Атырау|LOC]] и [[Оралом|Орал|LOC]] запустят новый авиарейс.\n"
                            "Слово предоставили вице-министру [[Асели Жандосовой|Асель Жандосова|PER]].\n"
                            "В [[«Самрук-Қазыне»|«Самрук-Қазына»|ORG]] сообщили о смене руководства.\n"
                            "Утверждение [[мастер-плана развития Алматинской агломерации|мастер-план развития Алматинской "
                            "агломерации|PROG]] отложили.\n") == [
        "Екібастұз", "Қызылорда", "Қарағанды", "Атырау", "Орал", "Асель Жандосова", "«Самрук-Қазына»",
        "мастер-план развития Алматинской агломерации"]


def test_clubs_named_by_a_town_or_with_a_letter_after_their_name(tmp_path):
    """A club's quoted name declined with its team's letters after it («Кызылжара СК») or
    named by an indeclinable town («Жетысу»: no dative of "Жетыс")."""
    assert _normals_on_gold(tmp_path,
                            "Уже на 8 минуте ворота [[«Кызылжара СК»|«Кызылжар СК»|ORG]] поразил Иван Свиридов.\n"
                            "В прошлом туре команда уступила [[«Жетысу»|«Жетысу»|ORG]] и [[«Тоболу»|«Тобол»|ORG]].\n"
                            "Молодёжная команда уступила лидерам конференции – [[«Астане М»|«Астана М»|ORG]].\n") == [
        "«Кызылжар СК»", "«Жетысу»", "«Тобол»", "«Астана М»"]


def test_the_blind_normal_form_sets_training_parts_hold():
    """The training parts of the five blind normal-form sets (tuned on, so a regression set,
    not a score to quote: the locked parts are `make eval`'s) stay where release 50 left them
    (935 of their 949 mentions, 0.985; release 49 had 0.974); a repair that costs several
    breaks it."""
    folder = Path(__file__).resolve().parents[1] / "data" / "eval" / "normal_blind"
    right = total = 0
    for name in ("a", "b", "c", "d", "e"):
        results = evaluate_normals(folder / f"{name}_train.txt")
        correct, counted = results["kaznews"]
        right, total = right + sum(correct.values()), total + sum(counted.values())
    assert total == 949
    assert right / total >= 0.976


def test_a_page_title_names_its_site_after_the_dash():
    """"Наука получать золото - Караван" on a page's first line: the site's name is an outlet
    (the news gold, 4 of 4); a route on the first line stays two places, and a first line
    ending on a full stop is a paragraph, whose last words after a dash are no site (batch 141:
    "... в городе Уральск – Волков Владимир Александрович.")."""
    ents = _entities("Наука получать золото - Караван\n  • $ 506.7\nАлматы", "Астана - Алматы\nПоезд отправился.",
                     "Встречу открыл почетный консул РФ в городе Уральск – Волков Владимир Александрович.\nЗал был полон.")
    found = set(zip(ents.article_id, ents.text, ents.label))
    assert ("0", "Караван", "ORG") in found
    assert {("1", "Астана", "LOC"), ("1", "Алматы", "LOC")} <= found
    assert ("2", "Волков Владимир Александрович", "PER") in found and not any(
        label == "ORG" and text.startswith("Волков") for text, label in zip(ents.text, ents.label)), found


def test_a_field_the_tagger_cut_short_runs_on():
    """"Агентство по регулированию | и развитию финансового рынка", "Нацбюро | по
    противодействию коррупции": the body's field is part of its name."""
    ents = _entities("Об этом сообщило Агентство по регулированию и развитию финансового рынка.",
                     "Сотрудники Нацбюро по противодействию коррупции задержали чиновника.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Агентство по регулированию и развитию финансового рынка", "Нацбюро по противодействию коррупции"} <= orgs


def test_the_republic_and_headlines_in_capitals():
    """The country the tagger loses among initials and holidays is a place (not inside a
    quoted award's name); a headline in capitals keeps its gazetteer places and loses the
    tagger's mentions of dictionary words ("ШТАТНОМ РЕЖИМЕ")."""
    ents = _entities("2 сентября 2019 г. Президент Республики Казахстан К.-Ж. Токаев обратился с Посланием к народу.",
                     "Участники розыгрыша Кубка РК по этому виду спорта собрались в зале.",
                     "Художнику вручили награды («Ерең еңбегі үшін», «Отличник культуры РК»).",
                     "Новости\n\nМЕДИЦИНСКИЕ ОРГАНИЗАЦИИ В СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ РАБОТАЮТ В ШТАТНОМ РЕЖИМЕ\n\n"
                     "Текст новости.",
                     "Новости\n\nПОЕТ И ТАНЦУЕТ КЫЗЫЛОРДА\n\nВладимир ВОРОБЬЁВ")
    found = set(zip(ents.article_id, ents.text, ents.label))
    assert {("0", "Республики Казахстан", "LOC"), ("1", "РК", "LOC"), ("3", "СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ", "LOC"),
            ("4", "КЫЗЫЛОРДА", "LOC")} <= found
    assert not any(article == "2" and text == "РК" for article, text, _ in found)
    assert not any("РЕЖИМЕ" in text for text in ents.text)


def test_a_credit_names_its_source():
    """"Фото: Depositphotos", "Источник:newskaz", "фото с сайта firsov.kz": the source a credit
    names in Latin letters is an outlet (the news gold: 33 of 34); the photographer after
    the slash stays a person; a stock-photo or reference site none marks ("Фото: freepik": 0 of
    5; "Фото - pxhere.com", "Фото: wikipedia") is none, and so is a state body's site credited
    for a photo ("Фото: akorda.kz"), though cited as a source it is one ("со ссылкой на
    Primeminister.kz": 2 of 2)."""
    ents = _entities("Заявки принимают до мая.\n\nФото: Depositphotos\n\nРанее заявки принимали иначе.",
                     "Заявки принимают до мая.\n\nФото: freepik\n\nРанее заявки принимали иначе.",
                     "Иллюстративное фото с сайта firsov.kz Самолет авиакомпании сел.",
                     "Переговоры завершаются.\nИсточник:newskaz",
                     "Президент поздравил писателя.\n\nФото: Sputnik / Абзал Калиев",
                     "Президент посетил завод.\n\nФото: akorda.kz\n\nЗавод выпустил первую продукцию.",
                     "В Семее построят школы Фото - pxhere.com\n\nСтроительство начнется весной.",
                     "Город переименуют. Фото: wikipedia Президент подписал указ.",
                     "Премьер провел совещание, передает «Голос народа» со ссылкой на Primeminister.kz.")
    found = set(zip(ents.text, ents.label))
    assert {("Depositphotos", "ORG"), ("firsov.kz", "ORG"), ("newskaz", "ORG"), ("Sputnik", "ORG"),
            ("Абзал Калиев", "PER"), ("Primeminister.kz", "ORG")} <= found, found
    assert not {"freepik", "akorda.kz", "pxhere.com", "wikipedia"} & set(ents.text), found


def test_names_listed_after_villages_in_the_plural_are_each_a_village():
    """"Это сёла: Акжол, Кавыншы Южный, Г.Муратбаев", "поселков-спутников Торетам и Акай": each
    name of a list after a settlement noun in the plural (a compound's too) is a village, one
    named after a person as well; the akim after "села" in the singular stays a person."""
    ents = _entities("Работы идут в пяти населенных пунктах. Это сёла: Акжол, Кавыншы Южный, Г.Муратбаев, "
                     "Каратобе, Косеткель.",
                     "Больница обслуживает жителей казахстанских поселков-спутников Торетам и Акай.",
                     "Аким села Орынбай Оралбаев сообщил об этом.")
    found = set(zip(ents.article_id.astype(int), ents.label, ents.text))
    assert {(0, "LOC", "Кавыншы Южный"), (0, "LOC", "Г.Муратбаев"), (1, "LOC", "Торетам"), (1, "LOC", "Акай"),
            (2, "PER", "Орынбай Оралбаев")} <= found, found


def test_a_town_named_after_a_person_is_a_place_after_the_town_noun():
    """"ныне города Кунаев": a town named after a person keeps the name in the nominative, so
    a surname-shaped name right after «города» is the town, not a person; "в честь Кунаева"
    stays the person."""
    ents = _entities("Казино перенесли в Капшагай, ныне города Кунаев.", "Улицу назвали в честь Кунаева.")
    found = set(zip(ents.article_id.astype(int), ents.label, ents.text))
    assert {(0, "LOC", "Кунаев"), (1, "PER", "Кунаева")} <= found, found


def test_a_quoted_resort_is_an_organisation_without_its_kind():
    """«Шымбулак», "курорта «Шымбулак»": a ski resort is a company (the news gold, 8 of 8), its
    kind left out, at a sentence's start too ("Курорты «Шымбулак» и «Ой-Қарағай»")."""
    ents = _entities("Курорты «Шымбулак» и «Ой-Қарағай» соединят сетью канатных дорог.",
                     "Еркинбаев назначен руководителем горнолыжного курорта \"Шымбулак\".")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "«Шымбулак»"), ("ORG", "Ой-Қарағай"), ("ORG", '"Шымбулак"')} <= found, found
    assert not any(label == "PROG" or text.startswith("Курорт") for label, text in found), found


def test_a_level_alone_names_no_institution():
    """"областной филармонии", "городской школы": a level adjective alone names no institution
    (the news gold: 18 of 18 unmarked); a place's adjective or a complement does; and a body's
    field is no topic of the sentence ("по делу о хищении")."""
    ents = _entities("Концерт прошёл на сцене областной филармонии, ученики городской школы победили.",
                     "Экспонаты Карагандинского областного историко-краеведческого музея показали в столице.",
                     "Против отдела строительства города по делу о хищении возбуждено дело.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "Карагандинского областного историко-краеведческого музея" in orgs
    assert not orgs & {"областной филармонии", "городской школы"}
    assert not any("по делу" in text for text in orgs)


def test_unknown_places_in_the_instrumental_and_regions_by_a_sea(tmp_path):
    """An unknown place in -ом after «с» is a consonant stem's instrumental ("Курыком" ->
    "Курык"), and a region "by" a sea or river pymorphy3 does not know is a neuter in -ье
    ("Приаралья" -> "Приаралье")."""
    assert _normals_on_gold(tmp_path, "В связке с [[Курыком|Курык|LOC]] эта логика замыкается.\n"
                                      "Экология [[Приаралья|Приаралье|LOC]] улучшается с каждым годом.\n"
                            ) == ["Курык", "Приаралье"]


def test_a_surname_alone_of_a_person_named_in_full():
    """"Ахметжанов о «Комфортных школах»" opening a headline after "Нурлан Ахметжанов": the
    person again, in any case form; a school named after him stays the school's name."""
    ents = _entities("Аким Нурлан Ахметжанов провёл совещание.\n\nАхметжанов о «Комфортных школах»: \"Построить "
                     "в указанные сроки\". Школа имени Ахметжанова открыта.")
    people = list(ents[ents.label == "PER"].text)
    assert people.count("Ахметжанов") == 1
    assert "Ахметжанова" not in people


def test_a_body_named_after_a_programme_is_the_body():
    """«Рухани жаңғыру» after a body's abbreviation or its noun and complement names the
    body (КИОР, the institute); after a programme's word it is the programme."""
    ents = _entities("На встрече были руководство КИОР «Рухани жаңғыру» и координаторы проектов.",
                     "Директор Казахстанского института общественного развития «Рухани жаңғыру» выступил.",
                     "Сотрудники центра по реализации программы «Рухани жаңғыру» выступили.")
    found = set(zip(ents.text, ents.label))
    assert {("КИОР «Рухани жаңғыру»", "ORG"),
            ("Казахстанского института общественного развития «Рухани жаңғыру»", "ORG"),
            ("программы «Рухани жаңғыру»", "PROG")} <= found


def test_common_words_after_a_closing_quote_or_hyphenated_are_no_persons():
    """A capitalised common word opening a sentence after a closing quote ("нет.» Покрывшиеся",
    "»\\nКомедия"), a hyphenated common noun ("Режиссёром-постановщиком") and a town's people
    in an oblique case ("Акмолинцам") name nobody."""
    ents = _entities("Зарплаты тоже нет.» Покрывшиеся пылью грамоты лишь напоминают о былом.",
                     "КЕН ЛЮДВИГ «ПРИМАДОННЫ»\nКомедия в 2-х действиях",
                     "Режиссёром-постановщиком выступил Нурканат Жакыпбай.",
                     "Спектакли прошли с аншлагом. Акмолинцам очень понравилось, как приуральцы ценят слово.")
    people = set(ents[ents.label == "PER"].text)
    assert people & {"Покрывшиеся", "Комедия", "Режиссёром-постановщиком", "Акмолинцам"} == set()
    assert "Нурканат Жакыпбай" in people


def test_a_known_town_after_any_lower_case_word_and_a_club_s_kind_opening_a_line():
    """"пожелал Туркестану": a town of the gazetteer after a lower-case word is a place the
    tagger missed; "Хоккейный клуб "Актобе"" opening a line: the kind stays out, the quoted
    name is the club."""
    ents = _entities("Профессор Кулбек Ергобек пожелал Туркестану процветания.",
                     "В Актобе будет команда.\n\nХоккейный клуб \"Актобе\" будет участвовать в чемпионате.")
    found = set(zip(ents.text, ents.label))
    assert ("Туркестану", "LOC") in found and ('"Актобе"', "ORG") in found
    assert not {text for text, label in found if "клуб" in text.lower()}


def test_a_person_after_a_body_s_town_is_no_part_of_the_body():
    """"Управления молодежной политики г. Алматы Азиз Кажденбек": a first name pymorphy3
    knows after the town starts a person, whom the body does not take in."""
    ents = _entities("Выступили заместитель руководителя Управления молодежной политики г. Алматы Азиз Кажденбек "
                     "и волонтеры.")
    found = set(zip(ents.text, ents.label))
    assert ("Управления молодежной политики г. Алматы", "ORG") in found
    assert ("Азиз Кажденбек", "PER") in found


def test_an_indeclinable_first_name_does_not_outvote_the_surname_s_gender(tmp_path):
    """"Ару Серикбаевой": pymorphy3 calls Ару a man's name that does not decline; the
    surname's feminine ending decides; a name ending in an initial keeps the dot that ends
    the sentence; a Russian-spelled Kazakh town declines back to its name ("в Узынагаше")."""
    assert _normals_on_gold(tmp_path, "Стипендии вручили [[Ару Серикбаевой|Ару Серикбаева|PER]].\n"
                                      "Интересы представляла адвокат [[Абдикова Ж.М.|Абдикова Ж.М.|PER]].\n"
                                      "В [[Узынагаше|Узынагаш|LOC]] открыли центр обслуживания.\n"
                            ) == ["Ару Серикбаева", "Абдикова Ж.М.", "Узынагаш"]


def test_places_named_by_a_hill_in_the_plural_or_known_to_pymorphy_only_as_places(tmp_path):
    """"до Каратобе": a Kazakh hill's name (-тобе) does not decline; "в Теректах": a town
    named in the plural declines as one ("Теректы"); "Города Приуралья", "В селах Семиречья":
    a region pymorphy3 knows only as a place takes its nominative, after a plural settlement
    noun too (its owner, not its name: "в селе Жана дала" keeps its case)."""
    assert _normals_on_gold(tmp_path, "Дорогу до [[Каратобе|Каратобе|LOC]] отремонтируют.\n"
                                      "В [[Теректах|Теректы|LOC]] открыли больницу.\n"
                                      "Города [[Приуралья|Приуралье|LOC]] растут.\n"
                                      "В селах [[Семиречья|Семиречье|LOC]] тепло.\n"
                                      "В селе [[Жана дала|Жана дала|LOC]] тепло.\n"
                            ) == ["Каратобе", "Теректы", "Приуралье", "Семиречье", "Жана дала"]


def test_a_town_s_people_in_a_headline_in_capitals_name_no_one(tmp_path):
    """"САРЫАГАШСКИЕ КРЕСТЬЯНЕ" opening a headline in capitals: a place's adjective before a
    plural noun for people is no organisation; the region below stays a place. Russian-
    spelled Kazakh towns in -ай decline back ("из Кордая"), and the resort the news still
    calls Боровое is a place of the gazetteer ("в Боровом")."""
    ents = _entities("САРЫАГАШСКИЕ КРЕСТЬЯНЕ ПОЛУЧАЮТ УРОЖАЙ ДВА РАЗА В ГОД\n\nВ Туркестанской области успешно.")
    assert set(zip(ents.text, ents.label)) == {("Туркестанской области", "LOC")}
    assert _normals_on_gold(tmp_path, "Дети из [[Кордая|Кордай|LOC]] написали письмо.\n"
                                      "Семинар прошел в [[Боровом|Боровое|LOC]].\n") == ["Кордай", "Боровое"]


def test_a_state_enterprise_with_its_property_right_is_one_organisation():
    """"КГП на ПХВ «...»", "РГП на ПХВ «Казгидромет»": the legal form, the right the
    enterprise holds its property by and the quoted name are one organisation."""
    ents = _entities("Врач КГП на ПХВ «Павлодарский областной диагностический центр» награждена.",
                     "Сотрудники РГП на ПХВ «Казгидромет» сообщили о жаре.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"КГП на ПХВ «Павлодарский областной диагностический центр»", "РГП на ПХВ «Казгидромет»"} <= orgs


def test_a_place_ending_a_quoted_title_after_a_lower_case_word_is_no_place():
    """"Симфоническая сюита «В древнем Туркестане»": a work's title, not a mention of the
    town the place rule after any lower-case word would make of it ("пожелал Туркестану" is)."""
    ents = _entities("На концерте прозвучит Симфоническая сюита «В древнем Туркестане» Сыдыка Мухамеджанова.",
                     "Аким пожелал Туркестану процветания.")
    assert set(ents[(ents.article_id == "0") & (ents.label == "LOC")].text) == set()
    assert "Туркестану" in set(ents[ents.label == "LOC"].text)


def test_a_listed_organisation_the_tagger_cut_is_whole_in_any_case():
    """"Заседание Ассамблеи народа Казахстана": the tagger gives "Ассамблеи" and a place; the
    name of kz_organisations.txt found by its lemmas is one ORG (in lower case too when it has
    three words or more), unless the tagger's span holding it is longer."""
    ents = _entities("Заседание Ассамблеи народа Казахстана прошло в Астане.",
                     "Поддержку к 20-летию ассамблеи народа Казахстана оказал акимат.",
                     "Председатель Национального банка Казахстана Тимур Сулейменов выступил.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Ассамблеи народа Казахстана", "ассамблеи народа Казахстана", "Национального банка Казахстана"} <= orgs
    assert "Ассамблеи" not in orgs


def test_a_kind_in_a_headline_s_capitals_and_a_dangling_slash_stay_out_of_the_name():
    """"ДЕПУТАТЫ ФРАКЦИИ «AMANAT»": a kind in capitals is the headline's word, as a lower-case
    kind is ("фракции «AMANAT»"), not a legal form ("ТОО «КАЗЦИНК»"); "КАЗИНФОРМ /Андрей
    Соколов/": the slash after the agency is the byline's."""
    ents = _entities("ДЕПУТАТЫ ФРАКЦИИ «AMANAT» ПОСЕТИЛИ ШКОЛУ", "ТОО «КАЗЦИНК» ОШТРАФОВАЛИ НА МИЛЛИОН",
                     "Детсады\n\nАТЫРАУ. 29 октября. КАЗИНФОРМ /Андрей Соколов/ - В Атырауской области тепло.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"«AMANAT»", "ТОО «КАЗЦИНК»", "КАЗИНФОРМ"} <= orgs
    assert not any(o.startswith("ФРАКЦИИ") or o.endswith("/") for o in orgs)


def test_names_in_a_headline_s_capitals_decline_and_hodja_names_are_men_s(tmp_path):
    """"В КАРАГАНДИНСКОЙ ОБЛАСТИ", "В ЖАМБЫЛСКОМ РАЙОНЕ": a name in capitals declines and
    keeps its capitals (an abbreviation of four letters stays: "МИОР РК"); "Нуркожа
    Кайпанова": a name built on қожа is a man's, so the surname is his, in the genitive."""
    assert _normals_on_gold(tmp_path, "ОТКРЫЛИ БОЛЬНИЦУ В [[КАРАГАНДИНСКОЙ ОБЛАСТИ|КАРАГАНДИНСКАЯ ОБЛАСТЬ|LOC]]\n"
                                      "В [[СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ|СЕВЕРО-КАЗАХСТАНСКАЯ ОБЛАСТЬ|LOC]] ТЕПЛО\n"
                                      "В [[ЖАМБЫЛСКОМ РАЙОНЕ|ЖАМБЫЛСКИЙ РАЙОН|LOC]] ПОСТРОЯТ ШКОЛУ\n"
                                      "ДАННЫЕ [[МИОР РК|МИОР РК|ORG]] ОПУБЛИКОВАНЫ\n"
                                      "Слова [[Нуркожа Кайпанова|Нуркожа Кайпанов|PER]] подтвердились.\n"
                                      "Встреча с [[Нуркожой Кайпановым|Нуркожа Кайпанов|PER]] прошла.\n"
                            ) == ["КАРАГАНДИНСКАЯ ОБЛАСТЬ", "СЕВЕРО-КАЗАХСТАНСКАЯ ОБЛАСТЬ", "ЖАМБЫЛСКИЙ РАЙОН",
                                  "МИОР РК", "Нуркожа Кайпанов", "Нуркожа Кайпанов"]


def test_a_listed_place_the_tagger_missed_after_any_word_is_a_place():
    """A site's menu ("Новости Актау и Мангыстау"), a sentence's subject after a comma: a
    gazetteer place of five letters or more is a place wherever the tagger left it, but
    before a capitalised word (a longer name) or in quotes (a title)."""
    ents = _entities("Новости Актау и Мангыстау\nВ городе прошёл субботник.",
                     "Развитие кластера является приоритетом. Туркестан должен формироваться как центр.",
                     "Жилой комплекс «Актау Сити» сдан.")
    locs = set(ents[ents.label == "LOC"].text)
    assert {"Актау", "Туркестан"} <= locs
    # the housing estate is a building, no entity, nor is Актау inside its name
    assert ents[ents.article_id == "2"].empty, ents
    # a menu's "Новости Казахстана Новости мира": the next item is no longer name (8 of 8 marked)
    assert ("LOC", "Казахстана") in set(zip(*[_entities("Новости Казахстана Новости мира Интервью Спорт\n"
                                                          "В городе прошёл субботник.")[c] for c in ("label", "text")]))


def test_an_adjective_before_an_abbreviation_and_a_compound_the_tagger_misreads_decline(tmp_path):
    """"и Экибастузской ГРЭС-2": the adjective the tagger reads as a name agrees with the
    abbreviation as with its noun (станции), in the case its own ending shows; "–
    школе-гимназии №83": a compound whose first part is no nominative declines though the
    tagger calls it one; "Ходжа Ахмеда Яссауи": Ходжа is a man's name that stays."""
    assert _normals_on_gold(tmp_path, "Авария на [[Экибастузской ГРЭС-1|Экибастузская ГРЭС-1|ORG]] и "
                                      "[[Экибастузской ГРЭС-2|Экибастузская ГРЭС-2|ORG]] привела к отключениям.\n"
                                      "Аким посетил старейшую гимназию Алматы – [[школе-гимназии №83|школа-гимназия "
                                      "№83|ORG]], открытую в 1936 году.\n"
                                      "Мавзолей [[Ходжа Ахмеда Яссауи|Ходжа Ахмед Яссауи|PER]] отреставрирован.\n"
                            ) == ["Экибастузская ГРЭС-1", "Экибастузская ГРЭС-2", "школа-гимназия №83",
                                  "Ходжа Ахмед Яссауи"]


def test_a_latin_legal_form_keeps_its_dot_where_the_sentence_goes_on():
    """"Miryildiz Kz Ltd. инвестирует": the abbreviation's dot is the company's; at a
    sentence's end it is the sentence's."""
    ents = _entities("Турецкая компания Miryildiz Kz Ltd. инвестирует 480 млн долларов.",
                     "Казахстан ведет переговоры с Exxon Mobil Corp. о разработке месторождения.")
    assert {"Miryildiz Kz Ltd.", "Exxon Mobil Corp."} <= set(ents[ents.label == "ORG"].text)


def test_a_scraper_s_empty_value_and_a_convocation_name_nothing():
    """A line holding only "None" (a field the scraper found empty) is no organisation;
    "Мажилиса | V созыва": the convocation is no person."""
    ents = _entities("Один из старейших районных экс-акимов озвучил идеи сельчан Даниалу Ахметову\n\nNone\nNone\n"
                     "УСТЬ-КАМЕНОГОРСК. КАЗИНФОРМ - Один из старейших экс-акимов района записался на прием.",
                     'Назарбаев был избран председателем партии "Нур Отан", спикером Мажилиса V созыва и '
                     'руководителем Администрации.')
    assert "None" not in set(ents.text) and not any("созыва" in text for text in ents.text)
    assert "Мажилиса" in set(ents[ents.label == "ORG"].text)


def test_a_kind_opening_a_line_stays_out_of_an_outlet_s_name():
    """"Телеканал Хабар", "Партия Nur Otan" opening a line: the kind is capitalised only as
    the sentence's first word (the news gold leaves it out, as it does in lower case)."""
    ents = _entities("Телеканал Хабар\n\n«Жеті күн». 17 сентября 2017", "Партия Nur Otan провела съезд.")
    assert {"Хабар", "Nur Otan"} <= set(ents[ents.label == "ORG"].text)
    assert not any(text.startswith(("Телеканал", "Партия")) for text in ents.text)


def test_two_places_the_tagger_ran_together_and_a_credit_after_its_author():
    """"в Нью-Йорке | Казахстан был избран": where, then the subject (not "Республике
    Казахстан", one name); "Фото: Айгерим Коппаева / Kazinform": the agency after the author."""
    ents = _entities("В ходе голосования в штаб-квартире ООН в Нью-Йорке  Казахстан  был впервые избран.",
                     "День траура в Республике Казахстан.",
                     "Урожай собран.\n\nФото: Айгерим Коппаева / Kazinform\n\nФермер рассказал о планах.")
    locs = set(ents[ents.label == "LOC"].text)
    assert {"Нью-Йорке", "Казахстан", "Республике Казахстан"} <= locs
    assert "Kazinform" in set(ents[ents.label == "ORG"].text)


def test_a_body_before_an_abbreviation_declines_and_a_place_possessed_by_us_loses_the_possessive(tmp_path):
    """"члена Совбеза ООН": the abbreviation after the body is its owner, the body the head
    that declines (not "Халык Банк"'s order, a name before its noun); "Алакөлімізге",
    "Алматымызда": "our" Alakol, Almaty, the name without the possessive."""
    assert _normals_on_gold(tmp_path, "Казахстан вступает в права члена [[Совбеза ООН|Совбез ООН|ORG]].\n"
                                      "Акции [[Халык Банка|Халык Банк|ORG]] выросли.\n"
                                      "Сол [[Алакөлімізге|Алакөл|LOC]] барып қайттық.\n"
                                      "Биыл [[Алматымызда|Алматы|LOC]] көктем ерте келді.\n"
                            ) == ["Совбез ООН", "Халык Банк", "Алакөл", "Алматы"]


def test_a_street_word_a_town_s_people_and_a_riverside_region():
    """"на проспекте Комсомольском": a street, no entity; "Шымкентцев" (a town's people) names
    nobody; "Приаралья", "Приишимье": regions along the Aral and the Ishim, places in the
    nominative in -ье."""
    ents = _entities("До 1 октября завершат работы по освещению на проспекте Комсомольском.",
                     "Шымкентцев ожидает насыщенная культурная программа.",
                     "Фестиваль способствует развитию основных сфер деятельности Приаралья. В Приишимье начался сев.")
    locs = dict(zip(ents[ents.label == "LOC"].text, ents[ents.label == "LOC"].normal))
    assert locs == {"Приаралья": "Приаралье", "Приишимье": "Приишимье"}, locs
    assert ents[ents.label == "PER"].empty


def test_a_numbered_kindergarten_with_its_name_is_one_institution():
    ents = _entities("Строительство финансировалось из бюджета. Детский сад №30 “Байтерек” рассчитан на 320 мест.")
    assert list(ents[ents.label == "ORG"].text) == ["Детский сад №30 “Байтерек”"]


def test_a_flower_name_is_a_woman_s_and_a_surname_s_forms_share_one_key():
    """"Гулдара Нурумова" is a woman (Гул- opens women's names, as Гүл- and Гуль- do; not
    Гулям); "Айтказину" and "Айтказиной" are one surname, whatever gender each reads as,
    so the article's vote counts both."""
    ents = _entities("В конференции приняли участие депутат Мажилиса Гулдара Нурумова и вице-министр.",
                     "Встреча с Гулямом Каримовым прошла в Ташкенте.")
    assert {"Гулдара Нурумова", "Гулям Каримов"} <= set(ents[ents.label == "PER"].normal)
    dative, instrumental = (Token(w, 0, len(w), "PROPN", {}, w.lower()) for w in ("Айтказину", "Айтказиной"))
    assert surname_key([dative]) == surname_key([instrumental]) == "айтказин"


def test_a_legal_form_s_quoted_name_a_mine_and_a_person_after_a_body_s_territory():
    """"ГКП «Каспий жылу, су арнасы»": any legal form opens a quoted name, a comma in it too;
    "шахты имени Костенко": a mine named after a person is the enterprise, its noun in its
    name; "департамента ... по Актюбинской области | Жаксыгали ИМАНКУЛОВ": the territory
    ends the body, the person after it is his own; "BAQ.KZ | cо ссылкой" (a Latin c typed)."""
    ents = _entities("Жители не могут добиться от ГКП «Каспий жылу, су арнасы» восстановления асфальта.",
                     "Бейсембаев – директор шахты имени Костенко.",
                     "Руководитель департамента экологии по Актюбинской области Жаксыгали ИМАНКУЛОВ рассказал о проблеме.",
                     'Жители заметили нефтяную плёнку, передает BAQ.KZ cо ссылкой на "Ак Жайык".')
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"ГКП «Каспий жылу, су арнасы»", "шахты имени Костенко", "департамента экологии по Актюбинской области",
            "BAQ.KZ"} <= orgs, orgs
    assert "Жаксыгали ИМАНКУЛОВ" in set(ents[ents.label == "PER"].text)


def test_a_commission_s_field_a_fight_s_field_and_a_doctor_named_like_a_place():
    """"Государственной комиссии по обеспечению режима ... при президенте РК": a commission
    is a body with a field, and so is one "по борьбе с" what it fights; "главный врач
    больницы Манас Рамазанов": a listed first name and a surname are a person; "в Уштобе |
    Скриншот с видео": a caption's word ends the place; "турнир «Жулдызша»" is an event."""
    ents = _entities("Под председательством Аскара Мамина проведено заседание Государственной комиссии по обеспечению "
                     "режима чрезвычайного положения при президенте РК.",
                     "Дулат Кайыр назначен начальником управления по борьбе с организованной преступностью.",
                     "Как рассказал главный врач больницы Манас Рамазанов, 5 января в больницу ворвались.",
                     "Вандалов ищут в Уштобе Скриншот с видео В пресс-службе рассказали.",
                     "Завершился хоккейный турнир «Жулдызша».")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Государственной комиссии по обеспечению режима чрезвычайного положения при президенте РК",
            "управления по борьбе с организованной преступностью"} <= orgs, orgs
    assert "Жулдызша" not in orgs
    assert "Манас Рамазанов" in set(ents[ents.label == "PER"].text)
    assert "Уштобе" in set(ents[ents.label == "LOC"].text)


def test_a_credited_photographer_and_a_theatre_named_by_its_place_and_kinds():
    """"Фото: Асель Турар": a listed first name after a credit's cue and any capitalised word
    are a person; "Туркестанский музыкальный драматический театр", which the tagger missed:
    a place's adjective and another adjective before an institution noun name it."""
    ents = _entities("12 Марта 2023, 10:03 Фото: Асель Турар\n\nЖители Щучинска жалуются на больницу.",
                     "Открывать фестиваль будет Туркестанский музыкальный драматический театр с постановкой «Магжан».")
    assert "Асель Турар" in set(ents[ents.label == "PER"].text)
    assert "Туркестанский музыкальный драматический театр" in set(ents[ents.label == "ORG"].text)
    # an illustration's credit word is no part of its author's name
    ents = _entities("КНБ задержал преступную группу в Мангистауской области – КНБ\nИллюстрация Жанары Каримовой\n\n"
                     "В ходе спецоперации задержаны трое.")
    assert "Жанары Каримовой" in set(ents[ents.label == "PER"].text)


def test_a_body_s_function_a_grant_a_deposit_s_name_and_a_dash_glued_to_a_name():
    """"Комитета ... надзора и контроля | и местных исполнительных органов": other bodies, no
    function of the first; "АИНГ | по гранту": a grant is no field; "месторождение
    Акшабулак": a deposit, not a person; "региона —Петропавловская ТЭЦ-2": the dash is
    the text's, not the name's."""
    ents = _entities("Комиссия в составе представителей Комитета атомного и энергетического надзора и контроля и "
                     "местных исполнительных органов побывала на станции.",
                     "Также 281 студент поступил в АИНГ по гранту.",
                     "Аким и Магзум Мирзагалиев посетили месторождение Акшабулак.",
                     "При морозах объекты теплоснабжения региона —Петропавловская ТЭЦ-2, АО «СевКазЭнерго» работают.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Комитета атомного и энергетического надзора и контроля", "АИНГ", "Петропавловская ТЭЦ-2"} <= orgs, orgs
    assert "Петропавловская ТЭЦ-2" in set(ents[ents.label == "ORG"].normal)
    assert "Акшабулак" in set(ents[ents.label == "LOC"].text)


def test_villages_listed_after_a_plural_noun_keep_their_names_and_listed_first_names_their_gender(tmp_path):
    """"в селах Бекбаул ..., Уркендеу ... и Акжарма", "о селах Тастубек, Шакен, Шили": each
    listed village stands in the nominative (pymorphy3 reads "Акжарма" as a genitive, "Шили"
    as a verb); "Сая Тауекелова" is a woman, "Фото Багдата Есжанова" a man's genitive."""
    normals = _normals_on_gold(tmp_path, (
        "Открыты амбулатории в селах [[Бекбаул|Бекбаул|LOC]] [[Аральского района|Аральский район|LOC]] и "
        "[[Акжарма|Акжарма|LOC]] [[Сырдарьинского района|Сырдарьинский район|LOC]].\n"
        "Речь идёт о селах [[Тастубек|Тастубек|LOC]], [[Шакен|Шакен|LOC]], [[Шили|Шили|LOC]] и "
        "[[Шитубек|Шитубек|LOC]].\n"
        "Подключены 200 сёл [[Восточного Казахстана|Восточный Казахстан|LOC]].\n"
        "Схемы хищения выявили прокуроры. [[Сая Тауекелова|Сая Тауекелова|PER]]\n"
        "Фото [[Багдата Есжанова|Багдат Есжанов|PER]]\n"))
    assert normals == ["Бекбаул", "Аральский район", "Акжарма", "Сырдарьинский район", "Тастубек", "Шакен", "Шили",
                       "Шитубек", "Восточный Казахстан", "Сая Тауекелова", "Багдат Есжанов"]


def test_kinds_of_facility_by_abbreviation_and_a_ranking_are_no_names():
    """"в проблемных ЖК", "строительство МТФ", "на территории СЭЗ", "в зданиях ЗАГСа", "в
    ТОП-10": a kind, never one organisation (the news gold marks none of them alone)."""
    ents = _entities("Отчёты по проблемным ЖК заслушиваются, и в связи со строительством МТФ поголовье выросло.",
                     "На территории СЭЗ планируют запустить пять проектов. В зданиях ЗАГСа произошел пожар.",
                     "Недаром область внесена в ТОП-10 туристических зон.")
    assert not {"ЖК", "МТФ", "СЭЗ", "ЗАГСа", "ТОП-10"} & set(ents.text), set(ents.text)


def test_an_address_form_a_copyright_sign_an_official_s_place_an_international_body_and_a_river_s_villages():
    """"г-н КАЖИЕВ": a person; "Фото Жанара Берикова©": the sign is no part of the name;
    "на сессии маслихата | аким Алматы": the place is the akim's, no body's; "вступления в
    ШОС | Беларуси": no country owns the organisation; "вдоль устья реки Чаган | села": the
    villages along the river are no part of its name."""
    ents = _entities("“Мы продали 14 тысяч штук акций”, - подчеркнул г-н КАЖИЕВ.",
                     "Люди передвигаются на лодках. Фото Жанара Берикова©\n\nОбстановка на реках Урал и Шаган.",
                     "«Дорогие горожане», - сказал на сессии маслихата аким Алматы Ерболат Досаев.",
                     "Близится процесс вступления в ШОС Беларуси.",
                     "Расположенные вдоль устья реки Чаган села и дачные кооперативы затоплены.")
    found = set(zip(ents.label, ents.text, ents.normal))
    assert {("PER", "КАЖИЕВ", "КАЖИЕВ"), ("PER", "Жанара Берикова", "Жанара Берикова"), ("LOC", "Алматы", "Алматы"),
            ("ORG", "ШОС", "ШОС"), ("LOC", "Беларуси", "Беларусь"), ("LOC", "Чаган", "Чаган")} <= found, found
    assert not any(label == "ORG" and "аким" in text for label, text, _ in found)


def test_a_quoted_name_after_its_kind_and_complement_and_a_kazakh_name_in_da(tmp_path):
    """"фонд развития предпринимательства «Даму»": in apposition, the name as written (not
    pymorphy3's «Дама»); "Джун Ямада", "Фарида" in a Kazakh sentence: no person stands in the
    locative, so "-да" is the name's own."""
    normals = _normals_on_gold(tmp_path, (
        "Оператором является фонд развития предпринимательства [[«Даму»|«Даму»|ORG]].\n"
        "Облыс әкімі Жапонияның елшісі [[Джун Ямада|Джун Ямада|PER]] мырзаны қабылдады.\n"))
    assert normals == ["«Даму»", "Джун Ямада"]


def test_reservoirs_listed_after_a_dash_are_places_and_a_clause_after_a_body_s_comma_is_no_function():
    """"водохранилищ – «Калгуты», «Акмола» и «Ыргайты»": quoted reservoirs are places, the list
    opened by a dash; "в Комитете торговли, | времени для их завершения": the clause goes on."""
    ents = _entities("Планируется строительство водохранилищ – «Калгуты», «Акмола» и «Ыргайты».",
                     "Работы начались, но, как подчеркнули в Комитете торговли, времени для их завершения мало.")
    assert {"Калгуты", "Акмола", "Ыргайты"} <= set(ents[ents.label == "LOC"].text), set(ents.text)
    assert "Комитете торговли" in set(ents[ents.label == "ORG"].text)


def test_a_seat_of_power_before_a_person_a_town_s_sports_school_and_an_arena(tmp_path):
    """"пресс-секретарь Акорды Берик Уали": the seat, then the person; "Аркалыкской городской
    ДЮСШ": a body its town's adjective names, its normal form in the abbreviation's gender,
    which its adjectives show ("Аркалыкская городская ДЮСШ"); "в манеже «Тобыл Арена»": a place."""
    ents = _entities("Об этом сообщил пресс-секретарь Акорды Берик Уали.",
                     "Играют команды Аркалыкской городской ДЮСШ и центра «Тобол».",
                     "Игры проходили в манеже «Тобыл Арена».")
    found = set(zip(ents.label, ents.text, ents.normal))
    assert {("ORG", "Акорды", "Акорда"), ("PER", "Берик Уали", "Берик Уали"),
            ("ORG", "Аркалыкской городской ДЮСШ", "Аркалыкская городская ДЮСШ"),
            ("LOC", "Тобыл Арена", "Тобыл Арена")} <= found, found


def test_a_post_after_a_town_noun_a_test_site_an_edition_a_mine_and_initials():
    """"активу города | Премьер-министром | Олжасом Бектеновым": a post names no place;
    "Семипалатинского испытательного ядерного полигона": a place with its noun, however the
    tagger labelled it; "Sputnik Казахстан": the outlet's edition; "шахте «Казахстанская»":
    the enterprise; "пьесы М. Ауэзова, Г. Мусрепова": initials and a surname are a person;
    "превышение ПДК": no name."""
    ents = _entities("Его представил активу города Премьер-министром Олжасом Бектеновым.",
                     "Исполняется 30 лет со дня закрытия Семипалатинского испытательного ядерного полигона – события.",
                     "29 лет назад закрыли Семипалатинский ядерный полигон",
                     "Колумнист Sputnik Казахстан проехала дорогами Улытау.",
                     "Работы на шахте «Казахстанская» возобновлены.",
                     "Театр ставил пьесы М. Ауэзова, Г. Мусрепова, С. Муканова и других драматургов.",
                     "На улице Бажова зафиксировано превышение ПДК по сероводороду.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Олжасом Бектеновым"), ("LOC", "Семипалатинского испытательного ядерного полигона"),
            ("LOC", "Семипалатинский ядерный полигон"), ("ORG", "Sputnik Казахстан"), ("ORG", "Казахстанская"),
            ("PER", "Г. Мусрепова")} <= found, found
    assert not {text for _, text in found} & {"Премьер-министром", "ПДК", "Казахстан"}, found


def test_a_russian_town_s_linking_i_in_kazakh_and_a_kazakh_village_in_russian(tmp_path):
    """"Магнитогорскінің", "Минскіде": Kazakh puts і between a final -ск and the case ending,
    which goes with it; "до Жана ауыл": a Kazakh name ending on a Kazakh place word is not
    Russian words to decline ("Жан ауыл")."""
    normals = _normals_on_gold(tmp_path, (
        "«Барыс» [[Магнитогорскінің|Магнитогорск|LOC]] «Металлург» клубын қабылдайды.\n"
        "Делегация [[Минскіде|Минск|LOC]] болды.\n"
        "Дорога до [[Жана ауыл|Жана ауыл|LOC]] отремонтирована.\n"))
    assert normals == ["Магнитогорск", "Минск", "Жана ауыл"]


def test_a_career_s_quoted_clubs_a_menu_a_verb_after_a_village_and_a_glued_copyright_sign():
    """"за «Кайрат», «Достык» и «Актюбинец»": each quoted name of a list two of whose names
    are organisations is one; "Контакты Реклама Партнеры": a site's menu; "До Рудничного |
    добраться": no name ends on a verb; "Фото ©Турар Казангапов": the sign is no part of the
    name."""
    ents = _entities("Он выступал за «Кайрат», «Достык» и «Актюбинец».",
                     "    О нас\n    Об Агентстве Контакты Реклама Партнеры Фотосайт Карта сайта\n",
                     "До Рудничного добраться от областного центра непросто.",
                     "Фото ©Турар Казангапов\n\nПрезидент посетил детский сад.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Кайрат"), ("ORG", "Достык"), ("ORG", "Актюбинец"), ("LOC", "Рудничного"),
            ("PER", "Турар Казангапов")} <= found, found
    assert not any("Контакты" in text for _, text in found), found


def test_a_body_credited_for_a_photo_a_tv_site_and_khabar():
    """"Фото: СЦК", "Источник фото: РСК Алматы": the body credited, by its abbreviation and
    place; "• AstanaTV": an outlet's name; "показал Хабар": the broadcaster, no person."""
    ents = _entities("Кандидатуру поддержали.\nФото: СЦК\n\nАким провел совещание.",
                     "Не остаются без внимания волонтеры.\nИсточник фото: РСК Алматы\n\nВолонтеры помогли.",
                     "Состав маслихата обновился\n\n  • AstanaTV\n  • 25 март 2016\n\nНовости дня.",
                     "Сюжет об этом показал Хабар.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "СЦК"), ("ORG", "РСК Алматы"), ("ORG", "AstanaTV"), ("ORG", "Хабар")} <= found, found


def test_a_place_s_bracketed_abbreviation_a_hashtag_listed_deposits_and_a_town_after_oblast():
    """"... ядерного полигона (далее – СИП)": the abbreviation is the place, there and after;
    "челлендже #BizBirgemiz": the tag with its sign; "месторождениях Жанажол, Кенкияк
    Надсолевой": listed deposits are places; "в области | Талгар": a town, no region named so."""
    ents = _entities("Исполнилось 30 лет со дня закрытия Семипалатинского испытательного ядерного полигона "
                     "(далее – СИП). Территория бывшего СИП полностью очищена.",
                     "Жители приняли участие в набирающем популярность челлендже #BizBirgemiz. Акцию запустил "
                     "артист.",
                     "Компания работает на месторождениях Жанажол, Кенкияк Надсолевой и Кенкияк Подсолевой.",
                     "В целом, по его словам, в области Талгар по количеству недовольств лидирует.")
    found = list(zip(ents.label, ents.text))
    assert found.count(("LOC", "СИП")) == 2 and ("ORG", "СИП") not in found, found
    assert {("PROG", "#BizBirgemiz"), ("LOC", "Кенкияк Надсолевой"), ("LOC", "Кенкияк Подсолевой"),
            ("LOC", "Талгар")} <= set(found), found


def test_places_a_word_names_with_its_adjective_a_mine_s_name_and_a_group_s_letter():
    """"магистральному каналу «Достык»", "площадь «Астана»": places; "индустриальная зона
    «Кайрат-2»": the body that runs the zone, its quoted name no place; "в жилом комплексе
    «Ривьера»": a building, no entity; "спортивном комплексе «Жекпе-Жек»" stays a club; "на
    руднике «Жолымбет»": the enterprise, as a mine's; "в группе «А»": no name at all."""
    ents = _entities("Детский сад открылся в жилом комплексе «Ривьера» на 157 мест.",
                     "Так, по магистральному каналу «Достык» в Казахстан поступает 80 кубометров воды.",
                     "Из них, если индустриальная зона «Кайрат-2» будет построена, выиграют все. В областном "
                     "центре появится площадь «Астана».",
                     "Турнир прошел в спортивном комплексе «Жекпе-Жек» города Актобе.",
                     "Около 04:15 на руднике «Жолымбет» группа неизвестных лиц проникла на склад.",
                     "В группе «А» сыграют «Сарыарка» и «Номад».")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Достык"), ("ORG", "Кайрат-2"), ("LOC", "Астана"), ("ORG", "«Жекпе-Жек»"),
            ("ORG", "Жолымбет")} <= found, found
    assert not {text for _, text in found} & {"Ривьера", "«Ривьера»", "А", "«А»"}, found


def test_roads_of_hyphened_places_after_a_road_word_listed_with_dashes_or_ending_on_a_comma():
    """"по областной дороге Еленовка-Арыкбалык-Чистополье", the quoted roads of a list under
    "участках автодорог:" and "автодороги Костанай — Аулиеколь — Сурган, ...": each place."""
    ents = _entities("Ремонтируют мост по областной дороге Еленовка-Арыкбалык-Чистополье. А также идет ремонт.",
                     "Ремонт проведут на участках автодорог:\n- «Щучинск-Степняк-Валиханово»;\n"
                     "- «Щучинск-Николаевка»;\n- «Бурабай-Катарколь» и другие.",
                     "Завершили средний ремонт автодороги Костанай — Аулиеколь — Сурган, передает агентство.")
    places = list(ents[ents.label == "LOC"].text)
    assert {"Еленовка", "Арыкбалык", "Чистополье", "Степняк", "Валиханово", "Николаевка", "Бурабай", "Катарколь",
            "Костанай", "Аулиеколь", "Сурган"} <= set(places), places
    assert places.count("Щучинск") == 2, places
    assert not any("-" in text for text in ents.text), list(ents.text)


def test_a_site_s_name_after_its_noun_and_a_title_after_imeni():
    """"на месторождении Кокжиде", "в урочище Бозжыра": the name as written, not a case of
    "Кокжид"; "больницы имени профессора Х.Ж. Макажанова": the title is part of the name, as
    is the name of "каздрамтеатра им. Омарова"; "Фото Турара Казангапова": Турар, a given name."""
    ents = _entities("Забастовка на месторождении Кокжиде продолжается. Инвесторы предложили построить отель в "
                     "урочище Бозжыра. ТЭЦ заключила договоры с разрезом Каражыра.",
                     "Еще один пострадавший — в стационаре Многопрофильной больницы имени профессора Х.Ж. "
                     "Макажанова. На сцене областного каздрамтеатра им. Омарова выступили артисты.",
                     "Фото Турара Казангапова.")
    normals = dict(zip(ents.text, ents.normal))
    assert [normals.get(name) for name in ("Кокжиде", "Бозжыра", "Каражыра")] == ["Кокжиде", "Бозжыра", "Каражыра"]
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Многопрофильной больницы имени профессора Х.Ж. Макажанова", "областного каздрамтеатра им. Омарова"} <= orgs
    assert normals.get("Турара Казангапова") == "Турар Казангапов", normals


def test_a_body_the_tagger_ended_at_its_head_takes_its_function_and_a_quoted_sentence_is_no_name():
    """"Шиелийского районного отдела | полиции", "Центр оперативного управления | полиции":
    the function in the genitive is part of the body; in a list of quoted names, titles that
    are sentences («Спасать больше некого») are no organisations, as the names around them are."""
    ents = _entities("Задержанный находится в изоляторе временного содержания Шиелийского районного отдела полиции. "
                     "Камеры интегрированы в Центр оперативного управления полиции.",
                     "Чиновники погасили забастовку на “Тентекской” (cм. “Взрыв на шахте “Абайская”, “Он всегда "
                     "приезжает нас хоронить”, “Спасать больше некого”, “Время” от 12.1.2008 г.).")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Шиелийского районного отдела полиции", "Центр оперативного управления полиции"} <= orgs, orgs
    assert not orgs & {"Он всегда приезжает нас хоронить", "Спасать больше некого"}, orgs


def test_a_name_after_an_acting_post_and_its_long_complement_keeps_its_own_case():
    """"сообщила и.о. руководителя управления культуры, развития языков и архивного дела Сауле
    Османова": the name holds the post (no owner of the "дела" before it), and "и.о." heads
    the post in the genitive, so the name is a woman's in the nominative; "По словам
    руководителя отдела ... Мейрамбека Аухадиева": after a post in the genitive, the genitive."""
    ents = _entities("Большую часть мероприятий проведут онлайн, сообщила и.о. руководителя управления культуры, "
                     "развития языков и архивного дела Сауле Османова, передаёт корреспондент.",
                     "По словам руководителя отдела экономики и планирования бюджета областного управления образования "
                     "Мейрамбека Аухадиева, в вузах региона обучаются студенты.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals.get("Сауле Османова") == "Сауле Османова", normals
    assert normals.get("Мейрамбека Аухадиева") == "Мейрамбек Аухадиев", normals


def test_a_byline_s_name_on_its_own_line_is_a_nominative():
    """"Флора Левина\nсобственный корреспондент": a byline names its author in the nominative,
    a woman here, not "Флор Левин" in the genitive."""
    ents = _entities("У школы – новоселье!\n\nФлора Левина\nсобственный корреспондент по области Абай\n\n"
                     "В Семее открыли школу.")
    assert dict(zip(ents.text, ents.normal)).get("Флора Левина") == "Флора Левина", list(ents.normal)


def test_a_code_s_country_is_no_place_and_inform_s_signature_is_its_broadcaster():
    """"по статье 269 УК РК": the country is part of the code's name, no place (6 of 6
    unmarked), as it is one in "Конституции РК"; inform.kz signs its pages with its owner,
    "телерадиокомплекс президента РК" (8 of 9 marked), one organisation."""
    ents = _entities("Расследование ведется по статье 269 УК РК «Нападение на здания». Согласно Конституции РК все "
                     "равны.",
                     "РУ\nТренды:\nтелерадиокомплекс президента РК\n    15:55, 20 Сентябрь 2025\n\n"
                     "Аким провел встречу.")
    found = list(zip(ents.article_id, ents.label, ents.text))
    assert found.count(("0", "LOC", "РК")) == 1, found  # the Constitution's country, not the code's
    assert ("1", "ORG", "телерадиокомплекс президента РК") in found, found


def test_a_town_s_plant_villages_after_an_untagged_plural_and_doubled_spaces():
    """"на ТЭЦ Экибастуза": the town's plant, an ORG with the town inside it (the training
    parts of batches 95-109, 5 times of 7); "аулы
    Бекежанов и Кодаманов": "аулы" is plural though the tagger gave no number, so each is a
    village; "области  Алтай  Кульгинов": scraped text's doubled spaces part no name, and the
    normal form has one."""
    ents = _entities("Министр заявил, что все котлы на ТЭЦ Экибастуза отремонтированы.",
                     "Газ пришел в поселки Жосалы и Жалагаш, аулы Бекежанов и Кодаманов Шиелинского района.",
                     "Под занавес года аким области  Алтай  Кульгинов встретился с активом.")
    found = set(zip(ents.label, ents.text, ents.normal))
    assert {("LOC", "Экибастуза", "Экибастуз"), ("ORG", "ТЭЦ Экибастуза", "ТЭЦ Экибастуза")} <= found, found
    assert {("LOC", "Бекежанов", "Бекежанов"), ("LOC", "Кодаманов", "Кодаманов")} <= found, found
    assert ("PER", "Алтай  Кульгинов", "Алтай Кульгинов") in found, found


def test_a_hierarch_s_see_is_no_place_and_the_hierarch_a_person():
    """"митрополитом Астанайским и Казахстанским Александром", "архиепископ Усть-Каменогорский и
    Семипалатинский Амфилохий": the title names the see by its places' adjectives, no place
    (3 such titles in the news gold, none marked); the name after them is the person."""
    ents = _entities("Делегация во главе с митрополитом Астанайским и Казахстанским Александром прибыла в Тараз. "
                     "Литургию возглавил архиепископ Усть-Каменогорский и Семипалатинский Амфилохий.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Александром"), ("PER", "Амфилохий"), ("LOC", "Тараз")} <= found, found
    assert not any(label == "LOC" and text != "Тараз" for label, text in found), found


def test_a_credit_s_outlet_a_street_named_as_a_programme_and_a_body_s_country():
    """"Фото: Солтан Жексенбеков / Kazinform": the person and the outlet, not one name;
    "по пр. Мангилик Ел": the avenue, neither the programme nor a place; "фото прессслужбы МКИ РК": one body,
    its country inside (not "УК РК", a code); "Южно-Кемпирсайских месторождений": the
    deposits with their noun."""
    ents = _entities("Экс-аким Астаны высказался о запуске LRT\n    Фото: Солтан Жексенбеков / Kazinform\n\n"
                     "    Экс-акима спросили о том, как он оценивает проект.",
                     "Открытие аллеи состоялось по пр. Мангилик Ел, 36.",
                     "Открывая заседание коллегии, министр выступил.\n\nфото прессслужбы МКИ РК",
                     "Дело возбуждено по статье 190 УК РК.",
                     "Донской ГОК основан в 1938 году на базе Южно-Кемпирсайских месторождений хромитовых руд.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Солтан Жексенбеков"), ("ORG", "Kazinform"), ("ORG", "МКИ РК"),
            ("LOC", "Южно-Кемпирсайских месторождений")} <= found, found
    assert not any(label == "PROG" or "УК" in text or "Мангилик" in text for label, text in found), found


def test_the_programme_a_plan_carries_out_and_a_plan_b():
    """"региональную программу по реализации проекта «Таза Қазақстан»": the programme named is
    the project carried out (the news gold, 3 of 3); "Плана «Б»" names no programme."""
    ents = _entities("В Жетісу разработают региональную программу по реализации проекта «Таза Қазақстан».",
                     "Плана «Б» у нас не было, поэтому мы ушли.")
    assert set(ents[ents.label == "PROG"].text) == {"проекта «Таза Қазақстан»"}, list(zip(ents.label, ents.text))


def test_a_board_before_its_company_a_patronymic_and_a_two_word_credit():
    """"Председатель Правления АО НК «КазМунайГаз»": the board is the post's; "Бозумбаеву
    Канату Алдабергеновичу": a patronymic makes a person of what the tagger called a place;
    "Фото: Jibek Joly" on its own line: the outlet, not a person."""
    ents = _entities("28 июля Председатель Правления АО НК \"КазМунайГаз\" Магзум Мирзагалиев посетил АНПЗ.",
                     "«Объявить выговор министру энергетики Республики Казахстан Бозумбаеву Канату "
                     "Алдабергеновичу», – говорится в сообщении.",
                     "В Экибастузе много ухоженных дворов.\n\nФото: Jibek Joly\n\n— Наша мама с 2017 года занимается.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", 'АО НК "КазМунайГаз"'), ("PER", "Бозумбаеву Канату Алдабергеновичу"),
            ("ORG", "Jibek Joly")} <= found, found


def test_a_zone_s_abbreviation_a_patronymic_in_a_list_two_tagged_halves_and_a_title_s_epithet():
    """"СЭЗ "Turan"": the abbreviation is part of the zone's name (6 of 6), its words are not, and
    the zone so written is the body that runs it (the news gold's training parts, 9 of 9);
    "города Караганды, Казитов Сейфул-Малик Туреханович": a person, though a place precedes
    him; "Нагашыбек | Канатбаев", tagged apart: one person; "Неизведанный Шымкент" heading an
    article: the town; "как в ЦОНе", a menu's "ТОП новости": no names."""
    ents = _entities('В рамках визита в СЭЗ "Turan" вице-министр посетил завод. Завод построят в индустриальной '
                     'зоне «Талдыкорган».',
                     "Члены Общественного совета города Караганды, Казитов Сейфул-Малик Туреханович член "
                     "постоянной комиссии.",
                     "Глава семьи Нагашыбек Канатбаев начал работать на одном из подразделений предприятия.",
                     "Лента новостей\n\nНеизведанный Шымкент: тайны и секреты древнего города\n\nТекст.",
                     "Очередь как в ЦОНе. ТОП новости")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", 'СЭЗ "Turan"'), ("LOC", "Талдыкорган"), ("PER", "Казитов Сейфул-Малик Туреханович"),
            ("PER", "Нагашыбек Канатбаев"), ("LOC", "Шымкент")} <= found, found
    assert not {"ЦОНе", "ТОП", "Неизведанный Шымкент"} & set(ents.text), found


def test_a_name_s_word_read_as_a_verb_and_a_double_first_name_in_the_instrumental(tmp_path):
    """"моста через Мангилик Ел": pymorphy3 reads "Ел" as a verb, which a place's name
    never declines as ("Мангилик Евший" was the normal); "с Касымом-Жомартом Токаевым": both
    parts of the double first name decline."""
    gold = tmp_path / "gold.txt"
    gold.write_text("Движение пойдет в направлении моста через [[Мангилик Ел|Мангилик Ел|LOC]].\n"
                    "Встреча с [[Касымом-Жомартом Токаевым|Касым-Жомарт Токаев|PER]] прошла в Акорде.\n",
                    encoding="utf-8")
    normals = [n for row in kaznews_normals(read_normal_gold(gold)) for n in row]
    assert normals == ["Мангилик Ел", "Касым-Жомарт Токаев"], normals


def test_menu_words_and_the_war_s_abbreviation_name_nothing():
    """A menu's "Главная Новости Общество", a search box's "Нәтиже табылмады", "Дополнено",
    a "PDF" link and "ветераны ВОВ" (4 of 4 unmarked in the news gold): no names."""
    ents = _entities("Главная Новости Общество\n\nВ Жетісу разработают программу.\nНәтиже табылмады\nДополнено\n"
                     "Ветераны ВОВ пришли на встречу. Скачать PDF")
    assert set(ents.text) == {"Жетісу"}, list(zip(ents.label, ents.text))


def test_a_field_s_roman_number_is_part_of_its_name():
    """"на месторождениях Геофизическое XI и Июньское": the field is "Геофизическое XI"."""
    ents = _entities("Компания получила лицензии на добычу твердых полезных ископаемых на месторождениях "
                     "Геофизическое XI и Июньское в Актюбинской области.")
    assert {("LOC", "Геофизическое XI"), ("LOC", "Июньское")} <= set(zip(ents.label, ents.text)), list(ents.text)


def test_an_international_body_s_abbreviation_and_a_by_line_s_untagged_town():
    """"договор о создании ТЮРКСОЙ": a body of many states (88 of 88 such abbreviations
    marked in the news gold), wherever the tagger missed it; "Любовь Доброта, Туркестан" on
    its own line: the by-line's town, which the tagger left untagged."""
    ents = _entities("Четверть века с ТЮРКСОЙ\n\n594\nЛюбовь Доброта, Туркестан\n\nК слову, договор о создании "
                     "ТЮРКСОЙ был подписан в 1993 году в Алматы.")
    found = list(zip(ents.label, ents.text))
    assert found.count(("ORG", "ТЮРКСОЙ")) == 2 and ("LOC", "Туркестан") in found, found


def test_two_organisations_the_taggers_found_over_a_shared_word_are_one():
    """"[Центральная комиссия] референдума РК" and "Центральная [комиссия референдума РК]"
    are one body, "Центральная комиссия референдума РК"."""
    ents = _entities("Центральная комиссия референдума РК опубликовала итоги голосования.")
    assert ("ORG", "Центральная комиссия референдума РК") in set(zip(ents.label, ents.text)), list(ents.text)


def test_quoted_names_in_an_oblique_case_take_their_nominative(tmp_path):
    """«Кайсаром» (pymorphy3's guessed nominative aside), «Курсива» (a known noun), a mine's
    «Тентекской» (a feminine adjective: 7 of 7 «...ская» in the news gold) and a quoted title
    in capitals «НАШЕМУ СПОРТУ» (its capitals kept) take the nominative; an abbreviation
    (КазНУ) and a first name (Алау) stay as written."""
    gold = tmp_path / "gold.txt"
    gold.write_text("Мы встретились с игроками [[\"Кайсаром\"|\"Кайсар\"|ORG]] вчера.\n"
                    "Редакция [[«Курсива»|«Курсив»|ORG]] сообщила.\n"
                    "Горняки [[«Тентекской»|«Тентекская»|ORG]] вышли на смену.\n"
                    "Как сообщили [[«НАШЕМУ СПОРТУ»|«НАШ СПОРТ»|ORG]] в клубе, игрок здоров.\n"
                    "Студенты [[КазНУ|КазНУ|ORG]] приехали. Ансамбль [[«Алау»|«Алау»|ORG]] выступил.\n",
                    encoding="utf-8")
    normals = [n for row in kaznews_normals(read_normal_gold(gold)) for n in row]
    assert normals == ['"Кайсар"', "«Курсив»", "«Тентекская»", "«НАШ СПОРТ»", "КазНУ", "«Алау»"], normals


def test_a_quoted_title_opening_with_a_number_keeps_its_words(tmp_path):
    """«1000 лет степного фольклора и музыки»: the number governs "лет", which is no head to
    put in the nominative ("годы"); a quoted title without a number still takes it."""
    gold = tmp_path / "gold.txt"
    gold.write_text("В рамках проекта [[«1000 лет степного фольклора и музыки»|«1000 лет степного фольклора и "
                    "музыки»|PROG]] выпустили диски.\nУчастники [[«Сакральной географии Казахстана»|«Сакральная "
                    "география Казахстана»|PROG]] собрались.\n", encoding="utf-8")
    normals = [n for row in kaznews_normals(read_normal_gold(gold)) for n in row]
    assert normals == ["«1000 лет степного фольклора и музыки»", "«Сакральная география Казахстана»"], normals


def test_a_quoted_name_of_several_words_declines_on_its_last(tmp_path):
    """«Нур Отана», «Оскемен водоканала»: words that do not decline (Нур, Оскемен), then a
    masculine noun in an oblique case, take that noun's nominative; «Ак Орда», a feminine
    nominative, and «Нур Отан» stay."""
    gold = tmp_path / "gold.txt"
    gold.write_text("Члены [[«Нур Отана»|«Нур Отан»|ORG]] собрались. Работники [[«Оскемен водоканала»|"
                    "«Оскемен водоканал»|ORG]] вышли.\nВ [[«Кентау сервисе»|«Кентау сервис»|ORG]] прошла проверка. "
                    "Сотрудники [[«Ак Орды»|«Ак Орда»|ORG]] и [[«Нур Отан»|«Нур Отан»|ORG]] пришли.\n",
                    encoding="utf-8")
    normals = [n for row in kaznews_normals(read_normal_gold(gold)) for n in row]
    assert normals[:3] == ["«Нур Отан»", "«Оскемен водоканал»", "«Кентау сервис»"], normals
    assert normals[4] == "«Нур Отан»", normals


def test_a_body_named_with_the_akimat_it_belongs_to():
    """"Управления энергетики акимата Атырауской области": one body (the news gold joins a
    department and its akimat 18 times, splits them never), though the tagger gives the
    loanword "акимата" no case."""
    orgs = set(_entities("Члены комиссии: представители Управления энергетики акимата Атырауской области.").query(
        "label == 'ORG'").text)
    assert "Управления энергетики акимата Атырауской области" in orgs, orgs


def test_a_district_named_in_quotes_keeps_its_noun():
    """"района «Байқоңыр»": a district of Astana named in quotes is a place with its noun, as
    other districts are (the news gold 9 of 9), not an organisation «Байқоңыр»."""
    ents = _entities("Пятилетие столичного района «Байқоңыр» отметили в Астане. Жители района «Сарыарка» жалуются.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "района «Байқоңыр»"), ("LOC", "района «Сарыарка»")} <= found, found
    assert not any(label == "ORG" for label, _ in found), found


def test_an_institution_named_after_a_person_with_a_complement():
    """"театре драмы имени Лермонтова": the theatre, its complement and the person it is
    named after, one organisation (the news gold writes 34 institutions named so whole)."""
    orgs = set(_entities("Юбилейный 85-й сезон открылся в театре драмы имени Лермонтова.").query("label == 'ORG'").text)
    assert "театре драмы имени Лермонтова" in orgs, orgs


def test_a_territorial_body_by_its_abbreviation_and_region():
    """"ДКНБ по СКО": an abbreviation, «по» and a region name one territorial body (the news
    gold 8 of 8), also where the tagger finds nothing there; a road accident by its
    abbreviation "по области" names none."""
    ents = _entities("Параллельно сотрудники отдела по борьбе с экстремизмом и ДКНБ по СКО вели работу.",
                     "Число ДТП по Карагандинской области выросло.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "ДКНБ по СКО" in orgs, orgs
    assert not any("ДТП" in text for text in ents.text), set(ents.text)


def test_a_town_s_adjective_opens_its_branch_of_a_party():
    """"Рудненское городское представительство Народной партии Казахстана": one body, not a
    place "Рудненское" and an unnamed branch."""
    ents = _entities("В Рудненское городское представительство Народной партии Казахстана обратились жители.")
    assert "Рудненское городское представительство Народной партии Казахстана" in set(ents[ents.label == "ORG"].text)


def test_a_first_name_alone_reads_as_the_same_word_of_a_full_name():
    """"Нет Бергея ...", then "от Бергея РЫСКАЛИЕВА": the first name alone is the full name's
    first name, whose surname tells its gender and case (Бергей, not "Бергея")."""
    ents = _entities("Нет Бергея - нет хоккея? Возможно, судьба клуба зависит от Бергея РЫСКАЛИЕВА.")
    assert set(ents[ents.text == "Бергея"].normal) == {"Бергей"}, ents[["text", "normal"]]


def test_a_hospital_its_adjective_singles_out_in_a_town():
    """"центральную больницу Темиртау", "кожно-венерологической поликлинике Усть-Каменогорска":
    one hospital (the news gold, 7 of 7 with an adjective), but not "новой больнице Атырау"
    nor "в больнице Лондона", any hospital there, nor a hospital of a town abroad that a
    nationality's adjective describes (NEREL's "немецкой больнице города Ландштуль")."""
    ents = _entities("В ночь на 4 апреля в центральную больницу Темиртау доставили раненых.",
                     "Почему затянулся ремонт в кожно-венерологической поликлинике Усть-Каменогорска?",
                     "В новой больнице Атырау мест нет. В больнице Лондона мест нет.",
                     "Раненого доставили в немецкой больнице города Ландштуль.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert orgs == {"центральную больницу Темиртау", "кожно-венерологической поликлинике Усть-Каменогорска"}, orgs


def test_a_region_s_capital_is_no_body():
    """"В областном центре ЗКО": the regional capital, a town; the region is the place (the news
    gold marks no "областной центр" that is not a named centre)."""
    ents = _entities("В областном центре ЗКО наблюдается дефицит питьевой воды.")
    assert set(zip(ents.label, ents.text)) == {("LOC", "ЗКО")}, ents[["label", "text"]]


def test_a_company_with_its_legal_form_is_located_by_the_district_after_it():
    """"ТОО «Агрофирма «Бурабай-2007 GCK» Бурабайского района": the company, then the district
    it is in (the news gold, 8 of 8 apart)."""
    ents = _entities("Зерновой клин ТОО «Агрофирма «Бурабай-2007 GCK» Бурабайского района убран.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "ТОО «Агрофирма «Бурабай-2007 GCK»"), ("LOC", "Бурабайского района")} <= found, found
    assert not any("GCK» Бурабайского" in text for text in ents.text), found


def test_a_body_s_abbreviation_takes_the_district_named_after_a_person():
    """"ОВД района имени М. Жумабаева": the district's police, one body, as a body whose name
    runs into the district does."""
    orgs = set(_entities("По тревоге был поднят весь личный состав ОВД района имени М. Жумабаева.").query(
        "label == 'ORG'").text)
    assert "ОВД района имени М. Жумабаева" in orgs, orgs


def test_an_akimat_of_a_region_whose_adjective_the_tagger_read_in_the_body_s_case():
    """"сообщили в акимате Туркестанской области": the tagger reads "Туркестанской" in the
    locative of "акимате"; the region's noun says the genitive, so the akimat is one body."""
    orgs = set(_entities("Об этом сообщили в акимате Туркестанской области.").query("label == 'ORG'").text)
    assert "акимате Туркестанской области" in orgs, orgs


def test_a_sports_school_by_its_abbreviation_and_number():
    """"ДЮСШОР №6", "СДЮШОР № 8": one school with its number, as "СОШ № 25"."""
    orgs = set(_entities("Почетное 3 место досталось сборной ДЮСШОР №6. Тренер СДЮШОР № 8 рассказал.").query(
        "label == 'ORG'").text)
    assert {"ДЮСШОР №6", "СДЮШОР № 8"} <= orgs, orgs


def test_a_gerund_opening_an_article_is_no_person():
    """" date 2025-08-26 Поздравляя педагогическое сообщество ...": a word pymorphy3 knows only
    as a gerund names nobody, whatever the tagger made of it after a scraper's date line."""
    ents = _entities(" date 2025-08-26 Поздравляя педагогическое сообщество региона с наступающим Днем знаний, "
                     "Нурлыбек Налибаев отметил заслуги учителей.")
    assert set(ents[ents.label == "PER"].text) == {"Нурлыбек Налибаев"}, ents[["label", "text"]]


def test_a_town_s_adjective_opens_no_person_s_name():
    """"Павлодарское Прииртышье" is a place; "Шымкентская делегация", "Кызылординского
    гидроузла": the tagger's person of a town's adjective names no one; "Жетысуской и
    Улытауской областей": a region listed before the noun the two share stays a place."""
    ents = _entities("Павлодарское Прииртышье как индустриальный флагман страны всегда был регионом. "
                     "Шымкентская делегация и аким области Берик Уали посетили заповедник. "
                     "Премьер ознакомился с работой Кызылординского гидроузла, введенного в 1956 году. "
                     "Решено исключить из политсовета акимов Улытауской и Жетысуской областей.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Павлодарское Прииртышье"), ("LOC", "Улытауской"), ("PER", "Берик Уали")} <= found, found
    assert set(ents[ents.label == "PER"].text) == {"Берик Уали"}, found


def test_an_initial_is_no_town_and_a_town_s_noun_is_no_person_s():
    """"Аким района Г. Исмаилов": "Г." is the akim's initial, no abbreviation of "город";
    "Шахтерскому городу Сатпаеву": a town's noun before the name says the name is the town's."""
    ents = _entities("Глава региона облетел Мактааральский район.\n\nАким района Г. Исмаилов доложил о паводке.\n\n"
                     "Шахтерскому городу Сатпаеву исполнилось 50 лет\n\nТекст.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Г. Исмаилов"), ("LOC", "Сатпаеву")} <= found, found
    assert not any(text.endswith("Г.") or "городу" in text for _, text in found), found


def test_a_body_s_function_ends_before_a_person_in_apposition():
    """"директора департамента по техническому надзору, заказчика проекта ТОО «...»": the
    customer after the comma is the department's description, no field of it."""
    orgs = set(_entities("По словам директора департамента по техническому надзору, заказчика проекта "
                         "ТОО «KazakhstanPetrochemicalIndustriesInc» Нурлыбека Егизбаева, работы идут.").query(
        "label == 'ORG'").text)
    assert "департамента по техническому надзору" in orgs, orgs
    assert not any("заказчика" in text for text in orgs), orgs


def test_an_adjective_of_another_case_stays_out_of_a_quoted_company_and_an_award_is_no_body():
    """"На шахте Западная | золотодобывающей компании «Казахалтын»": the mine's name, in the
    nominative, is none of the company's in the genitive (as "Демократической партии «Ак жол»"
    keeps its own): the mine is an enterprise of its own with its noun, as the news gold marks
    it; "наградил Почетной грамотой": an award."""
    ents = _entities("На шахте Западная золотодобывающей компании «Казахалтын» погиб работник Куаныш Купешев. "
                     "Члены Демократической партии «Ак жол» выступили. Аким наградил сотрудников Почетной грамотой.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Демократической партии «Ак жол»", "шахте Западная", "«Казахалтын»"} <= orgs, orgs
    assert not any("Западная" in text and "Казахалтын" in text or "грамот" in text for text in orgs), orgs


def test_a_park_named_by_an_adjective_and_its_noun():
    """"парка Вечного огня": the park's name is the adjective and its noun, not the adjective alone."""
    places = set(_entities("Проект объединит парк Победы и часть парка Вечного огня у площади.").query(
        "label == 'LOC'").text)
    assert "парка Вечного огня" in places, places


def test_a_party_with_its_country_and_quoted_name_and_the_seat_of_power_in_a_credit():
    """"Демократической партии Казахстана "Ак жол"": the kind, the country and the quoted name
    are one party (the news gold joins all 15 such), where the tagger ends it at the country;
    "Фото: Акорда": the President's seat in a photo's credit is named, as elsewhere (the
    gold: 9 of 9 in its training parts), the building after «в»."""
    ents = _entities('Депутата Азамата Абильдаева исключили из Демократической партии Казахстана "Ак жол" из-за '
                     "его высказываний.\n\nФото: Акорда\n\nВстреча прошла в Акорде.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", 'Демократической партии Казахстана "Ак жол"'), ("ORG", "Акорда"), ("LOC", "Акорде")} <= found, found
    assert ("ORG", "Ак жол") not in found, found


def test_an_institution_leaves_out_new_and_a_noun_the_tagger_called_an_adjective_is_declined():
    """"осмотрел новый | историко-краеведческий музей Кызылординской области": "новый" says
    when, not which; "организованная Генеральной прокуратурой": the tagger reads the noun's
    instrumental -ой as an adjective's, pymorphy3 knows it only as a noun."""
    ents = _entities("Президент осмотрел новый историко-краеведческий музей Кызылординской области. "
                     "Ключевым событием стала организованная Генеральной прокуратурой совместно с "
                     "Министерством юстиции акция.")
    found = set(zip(ents.label, ents.text, ents.normal))
    assert ("ORG", "Генеральной прокуратурой", "Генеральная прокуратура") in found, found
    assert any(label == "ORG" and text.startswith("историко-краеведческий музей") for label, text, _ in found), found
    assert not any(text.startswith("новый") for _, text, _ in found), found


def test_a_field_s_abbreviation_opens_a_department_s_list_of_fields():
    """"отдела ЖКХ, пассажирского транспорта и автомобильных дорог Риддера": one department
    with its fields and town, as "отдела культуры, спорта и туризма"; "снабжает Риддер | водой":
    a noun in the instrumental the tagger ran on is none of the place; "в августе т. г. | Также":
    "т. г." is this year, no town's abbreviation."""
    ents = _entities("Об этом сказал руководитель отдела ЖКХ, пассажирского транспорта и автомобильных дорог "
                     "Риддера Иван Петров. Вода в р. Громотуха, которая снабжает Риддер водой, замерзла. "
                     "Работы завершат в августе т. г. Также в Кульсары построят школу.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "отдела ЖКХ, пассажирского транспорта и автомобильных дорог Риддера"),
            ("LOC", "Риддер")} <= found, found
    assert not any(text in ("Риддер водой", "Также") for _, text in found), found


def test_a_region_s_adjective_between_a_post_and_a_name_and_public_relations_as_a_field():
    """"По поручению Акима Туркестанской области У. Шукеева": the region is the post's, a place,
    no word of the person's name; "департамента по связям с общественностью Министерства
    здравоохранения РК", "Отдел информационной работы и связей с общественностью": public
    relations is one field, "с общественностью" no clause of its own."""
    ents = _entities("По поручению Акима Туркестанской области У. Шукеева ведутся работы. Об этом сообщила директор "
                     "департамента по связям с общественностью Министерства здравоохранения РК Айгуль Садуакасова. "
                     "Отдел информационной работы и связей с общественностью КГУ сообщает.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Туркестанской области"), ("PER", "У. Шукеева"),
            ("ORG", "департамента по связям с общественностью Министерства здравоохранения РК"),
            ("ORG", "Отдел информационной работы и связей с общественностью")} <= found, found


def test_a_quoted_mine_a_headline_s_adjectives_and_a_menu_word():
    """"шахты «Болашак»": a mine, the body, though a programme bears the name; "Лучшим
    Кызылординским аграриям": a headline's adjectives, no person; "Басты бет": a Kazakh
    site's menu ("home page") over a Russian article, no person."""
    ents = _entities("Басты бет Жаңалықтар Средства выделены\n\nЛучшим Кызылординским аграриям вручили ключи\n\n"
                     "Токаев ознакомился с работой шахты «Болашак». Программа «Болашак» отметила юбилей.")
    found = set(zip(ents.label, ents.text))
    assert ("ORG", "Болашак") in found and ("PROG", "Программа «Болашак»") in found, found
    assert not any(text in ("Басты", "Лучшим Кызылординским") for _, text in found), found


def test_a_spelled_out_legal_form_opens_the_quoted_name_a_site_and_a_microdistrict():
    """"Коммунальное государственное учреждение «X»", "Товарищество с ограниченной
    ответственностью «Y»": the legal form spelled out is part of the name as "ТОО «Y»" is (the
    news gold, 6 of 6); in lower case inside a sentence it stays out, as a descriptor does.
    "Интернет-ресурсе Министерства ...": the site a body posts on is no part of the body;
    "в микрорайоне Алтын Орда": a part of a town, no person."""
    ents = _entities("В числе объектов аудита:\n- Коммунальное государственное учреждение «Астана-Жарнама»;\n"
                     "- Товарищество с ограниченной ответственностью «Центр изучения религий».",
                     "Работы выполнило товарищество с ограниченной ответственностью «Бекжан».",
                     "На официальном Интернет-ресурсе Министерства экологии, геологии и природных ресурсов РК "
                     "опубликован приказ.",
                     "Аким осмотрел ход строительства школ в микрорайоне Алтын Орда.")
    orgs = list(ents[ents.label == "ORG"].text)
    assert {"Коммунальное государственное учреждение «Астана-Жарнама»",
            "Товарищество с ограниченной ответственностью «Центр изучения религий»", "«Бекжан»"} <= set(orgs), orgs
    assert orgs.count("Министерства экологии, геологии и природных ресурсов РК") == 1, orgs
    assert not any(o.startswith(("с ограниченной", "Интернет")) for o in orgs), orgs
    assert ("LOC", "Алтын Орда") in set(zip(ents.label, ents.text))


def test_a_power_plant_named_by_its_town_is_an_organisation():
    """"ТЭЦ Риддера": the plant with its town is an ORG (the training parts 5 times of 7), as
    "риддерская ТЭЦ" is; "городскую ТЭЦ" names none."""
    ents = _entities("Ремонт на ТЭЦ Риддера завершат в ноябре. Городскую ТЭЦ модернизируют.")
    assert ("ORG", "ТЭЦ Риддера") in set(zip(ents.label, ents.text))
    assert "Городскую ТЭЦ" not in set(ents.text)


def test_a_town_named_like_a_man_before_its_akim_and_a_surname_before_initials():
    """"акимом Абая Сапара Сатаева": the town of Abai (a first name too) and its akim, as two
    first names and a surname make no one person; "памяти Сатпаева К.И.": a surname the tagger
    took for the town of Satpaev, then the initials, is one person."""
    ents = _entities("Депутаты местных маслихатов избрали акимом Абая Сапара Сатаева.",
                     "Конференция посвящена памяти Сатпаева К.И. в Жезказгане.",
                     "Встреча с Абаем Кунанбаевым прошла в музее.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Абая"), ("PER", "Сапара Сатаева"), ("PER", "Сатпаева К.И."), ("PER", "Абаем Кунанбаевым")} <= found
    assert not {("PER", "Абая Сапара Сатаева"), ("LOC", "Сатпаева")} & found, found


def test_a_surname_alone_takes_the_full_name_it_shortens_and_a_village_adjective_its_noun_s_gender():
    """"Сагындык ЛУКПАНОВ ... Соперники Лукпанова": the surname alone is his, in the masculine
    nominative, not a woman Лукпанова (a woman's full name keeps hers); "в селе Гагаринском":
    a village's adjective in the nominative of "село", "Гагаринское"."""
    ents = _entities("Сенатором стал Сагындык ЛУКПАНОВ. Соперники Лукпанова набрали меньше голосов.",
                     "Айжан Лукпанова выступила. Лукпановой аплодировали.",
                     "Пристройку к школе сделали в селе Гагаринском, клуб открыли в поселке Заречном.")
    normals = list(zip(ents.text, ents.normal))
    assert {("Лукпанова", "Лукпанов"), ("Лукпановой", "Лукпанова"), ("Гагаринском", "Гагаринское"),
            ("Заречном", "Заречный")} <= set(normals), normals


def test_a_country_after_a_bodys_bracketed_abbreviation_is_none_of_its_name():
    """"Министерства по чрезвычайным ситуациям (МЧС) РК": the body and its abbreviation, the
    country apart (2 of 2 in the training parts), though a region after the bracket is the
    body's territory ("Департамента полиции (ДП) Жамбылской области": 11 of 11)."""
    ents = _entities("Об этом поделились в пресс-службе Министерства по чрезвычайным ситуациям (МЧС) РК. "
                     "Сотрудники Департамента полиции (ДП) Жамбылской области задержали вора.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Министерства по чрезвычайным ситуациям", "МЧС", "Департамента полиции (ДП) Жамбылской области"} <= orgs
    assert "Министерства по чрезвычайным ситуациям (МЧС) РК" not in orgs


def test_a_level_and_a_kind_name_no_body_and_a_legal_form_in_latin_letters_does():
    """"Сельский акимат выделил участок" opening a sentence: every village has one, no name
    (none of 40 marked in lower case); "Районный суд № 2": a number names it; "TOO «Алматы
    тұрғын үй»": ТОО typed in Latin capitals, a legal form before its quoted name."""
    ents = _entities("Сельский акимат по его заявлению выделил участок в 121 га. Областной акимат выделил деньги.",
                     "Сейчас TOO «Алматы тұрғын үй» проводит капитальный ремонт домов.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "TOO «Алматы тұрғын үй»" in orgs, orgs
    assert not {"Сельский акимат", "Областной акимат", "TOO"} & orgs, orgs


def test_a_ministry_named_by_its_field_keeps_its_genitive_and_ali_is_a_man_s_name():
    """"Минтруда", "Минтранспорта РК", "Минэкологии": a field's noun in the genitive, as the
    gold writes them (19 of 19), while a cut stem declines ("Минздрава" -> "Минздрав");
    "Али Рыза Акынджы" in the instrumental is Али, not the woman's name Аля; a programme's
    "ведомственной" is part of it; a Telegram link in a photo credit is no outlet."""
    ents = _entities("Представители Минтранспорта РК и Минтруда осмотрели объект вместе с Минздрава и Минэкологии.",
                     "Аким Шымкента встретился с Генеральным консулом Республики Турция Али Рыза Акынджы.",
                     "В Кызылординской области продолжается реализация ведомственной программы \"Ауыл құтқарушылары\".",
                     "Досудебное расследование начато.\n\nПОДЕЛИТЬСЯ\n\nФото:t.me/KZgovernment Фото: Tengrinews.kz")
    normals = set(zip(ents.text, ents.normal))
    assert {("Минтранспорта РК", "Минтранспорта РК"), ("Минтруда", "Минтруда"), ("Минздрава", "Минздрав"),
            ("Минэкологии", "Минэкологии")} <= normals, normals
    assert any(text == "Али Рыза Акынджы" and normal.startswith("Али ") for text, normal in normals), normals
    assert ("PROG", "ведомственной программы \"Ауыл құтқарушылары\"") in set(zip(ents.label, ents.text))
    assert "t.me" not in set(ents.text) and "Tengrinews.kz" in set(ents.text)


def test_hospitals_with_their_kind_line_ups_credits_and_houses_of_culture():
    """"областного перинатального центра": a level and a kind of hospital name it (9 of 11 in
    the training parts), "областной центр" alone is a town; "«Кайсар»: Сикач, Юденков,
    Приндета, ...": a line-up's names the tagger took for places are players; "Фото: gov.kz",
    "в Facebook": a portal and a platform posted on, no outlet (but "Компания Facebook купила":
    the company); "во Дворце культуры": every town has one;
    "КГУ «Қоғамдық келісім» УВП": a signature line of a Russian article, a company's name."""
    ents = _entities("Президент оценил работу областного перинатального центра. Делегация прибыла в областной центр.",
                     "Стартовые составы:\n«Кайсар»: Сикач, Юденков, Приндета, Кабуладзе, Пайович, Калмуратов, "
                     "Милойко, Бородин.",
                     "Урожай собран полностью. Читайте нас в Facebook.\n\nФото: gov.kz",
                     "Компания Facebook купила Instagram за миллиард долларов.",
                     "Концерт прошел во Дворце культуры. Юрта стала символом достижений за годы Независимости.",
                     "Администрация провела встречу с жителями в рамках акции. Подробности у организаторов.\n"
                     "Пресс-центр\nКГУ «Қоғамдық келісім» УВП")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "областного перинатального центра"), ("PER", "Приндета"), ("PER", "Кабуладзе"),
            ("ORG", "КГУ «Қоғамдық келісім»")} <= found, found
    assert ("ORG", "Facebook") in set(zip(ents[ents.article_id == "3"].label, ents[ents.article_id == "3"].text))
    posted = set(ents[ents.article_id != "3"].text)
    assert not {"областной центр", "gov.kz", "Facebook", "Дворце культуры", "Независимости"} & posted, found
    assert not any(label == "LOC" and text in ("Приндета", "Кабуладзе", "Пайович") for label, text in found), found


def test_a_body_s_owner_named_by_a_common_word_and_an_agency_s_abbreviation_are_its_name():
    """"Департамента полиции региона", "отдела финансов акимата", "управления культуры акимата
    области": the region or akimat the article is about owns the body (10 of 11 in the
    training parts), though not before a named region ("области Абай"); "ИА El.kz": a news
    agency's abbreviation is part of its name (8 of 8), not the state agency's "МИА"."""
    ents = _entities("Об этом заявили в пресс-службе Департамента полиции региона. Как сообщила руководитель "
                     "отдела финансов акимата Анна Ким, деньги выделены. Начальник управления культуры акимата "
                     "области Ерлан Аскаров выступил. Как передает ИА El.kz, дороги открыты.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Департамента полиции региона", "отдела финансов акимата", "управления культуры акимата области",
            "ИА El.kz"} <= orgs, orgs
    assert ("PER", "Ерлан Аскаров") in set(zip(ents.label, ents.text))


def test_a_kind_opening_a_sentence_a_town_s_plan_a_field_and_a_town_s_zoo():
    """"Команде «Актобе» вручили": a team's kind opening a sentence stays out of its name, as
    in lower case (52 of 52); "Сельская школа" opening one names no school; "Комплексный план
    развития Балхаша" capitalised is the town's plan (7 of 7); "Месторождению Кашаган" opening
    a headline: the field is the place, no person; "в Алматинском зоопарке": a town's zoo is
    named by the town's adjective (22 of 22 such institutions)."""
    ents = _entities("Команде «Актобе» вручили кубок. Фонд «Қазақстан халқына» реализовал проект. Сельская школа "
                     "получила компьютеры.",
                     "Комплексный план развития Балхаша утвердили в Правительстве. Договор подписан в рамках "
                     "Комплексного плана развития Жанаозена.",
                     "Месторождению Кашаган исполнилось 30 лет\n\nВ Алматинском зоопарке появятся снежные барсы.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "«Актобе»"), ("PROG", "Комплексный план развития Балхаша"),
            ("PROG", "Комплексного плана развития Жанаозена"), ("LOC", "Кашаган"),
            ("ORG", "Алматинском зоопарке")} <= found, found
    assert not any(text.startswith(("Команде", "Фонд", "Сельская", "Месторождению")) for text in ents.text), found
    normals = set(zip(ents.text, ents.normal))
    assert ("Комплексного плана развития Жанаозена", "Комплексный план развития Жанаозена") in normals, normals


def test_a_khan_s_title_a_match_s_teams_a_surname_after_a_dash_and_the_premier_s_post():
    """"Касым хана", "Абылай хана": a khan's title after his name is no part of the person
    (8 persons of 8 with such a title); "«Кайрат» - «Каспий» 5:1": a score's two teams; "ЛРТ
    откроется — Касымбек" over an article naming "Женис Касымбек": the surname, no site;
    "Руководитель Правительства": the Prime Minister's post, not the Government."""
    ents = _entities("Ставка Абылай хана была в Бурабае. Этот край связан с именем Кенесары хана.",
                     "Матчи завершились так: «Астана» - «Ордабасы» 0:2, «Кайрат» - «Каспий» 5:1, «Тараз» - «Туран» 1:1.",
                     "ЛРТ в Астане откроется в сентябре — Касымбек\n\nЛРТ откроется в сентябре, сообщил аким "
                     "столицы Женис Касымбек. Руководитель Правительства ознакомился с проектом. Заседание "
                     "Правительства прошло в Астане.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Абылай"), ("PER", "Кенесары"), ("ORG", "Каспий"), ("ORG", "Туран"), ("ORG", "Ордабасы"),
            ("PER", "Касымбек"), ("PER", "Женис Касымбек")} <= found, found
    assert not any("хана" in text for text in ents.text), found
    assert "Правительства" not in set(ents.text), found  # the premier's post, and the government alone a kind


def test_a_party_named_without_quotes_and_a_family_named_by_its_surname():
    """"кандидатами от партии Аманат": a party's name after «партия» is the party, no person (8
    of 8 in the news gold); "Семья Мукашовых", "династия Закусиловых": the family word opens no
    name, and the family's normal form is the plural's nominative ("Мукашовы": 3 of 3)."""
    ents = _entities("Трое являлись кандидатами от партии Аманат, один от партии Ауыл.",
                     "Было бы желание\n\nСемья Мукашовых живёт в селе. Хозяйствами руководит династия Закусиловых.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Аманат"), ("ORG", "Ауыл"), ("PER", "Мукашовых"), ("PER", "Закусиловых")} <= found, found
    normals = set(zip(ents.text, ents.normal))
    assert {("Мукашовых", "Мукашовы"), ("Закусиловых", "Закусиловы")} <= normals, normals


def test_kazakh_first_names_the_list_lacked_decline_as_men_s():
    """"аким области Бауржан Ғайса": Бауржан (a spelling of Бауыржан) is a man's name in the
    nominative, so the surname stays "Ғайса", no genitive of "Ғайс"; "Канатбека Бегалиева" is
    a man's genitive ("Канатбек Бегалиев"); "Гани" is a man's name, not "Ганя"."""
    ents = _entities("Совещание провёл аким области Бауржан Ғайса.",
                     "Слово предоставили акиму Талгарского района Канатбеку Бегалиеву. Выступление "
                     "Канатбека Бегалиева длилось час. Лучшим учителем назван Гани Сейтов.")
    normals = set(zip(ents.text, ents.normal))
    assert {("Бауржан Ғайса", "Бауржан Ғайса"), ("Канатбека Бегалиева", "Канатбек Бегалиев"),
            ("Гани Сейтов", "Гани Сейтов")} <= normals, normals


def test_a_collage_s_credit_and_an_abbreviation_ending_on_a_capital(tmp_path):
    """"Фото: коллаж Kazinform": the outlet after the picture's kind is credited, no person;
    "после КазГУ": an abbreviation ending on a capital takes no case ending off ("КазГ")."""
    ents = _entities("Новый аким Шахтинска, Мурат Кыдырганбеков\nФото: коллаж Kazinform\n\nАким представлен.")
    assert ("ORG", "Kazinform") in set(zip(ents.label, ents.text)), ents
    assert _normals_on_gold(tmp_path, "Указ создал третий после [[КазГУ|КазГУ|ORG]] и [[КарГУ|КарГУ|ORG]] вуз "
                                      "такого ранга в Казахстане.\n") == ["КазГУ", "КарГУ"]


def test_an_ambulance_station_an_abbreviation_of_the_region_and_a_rally_s_name():
    """"областной станции скорой и неотложной медицинской помощи": a station with a body's
    adjective is an institution, its complement's adjectives joined by «и»; "пресс-службе ДЧС
    региона": "the region's" names no place after an abbreviation (but "ДВД области" keeps
    its region); "мотопробега «Тегеран-75»": an event's name, no entity."""
    ents = _entities("Состоялось открытие нового здания Мангистауской областной станции скорой и неотложной "
                     "медицинской помощи. Как сообщили в пресс-службе ДЧС региона, вода зашла в дома. "
                     "Сотрудники ДВД области задержали подозреваемых.",
                     "Митрополит благословил участников мотопробега «Тегеран-75».")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Мангистауской областной станции скорой и неотложной медицинской помощи"), ("ORG", "ДЧС"),
            ("ORG", "ДВД области")} <= found, found
    assert not {text for _, text in found} & {"ДЧС региона", "Тегеран-75", "«Тегеран-75»"}, found


def test_a_street_or_a_cemetery_named_by_its_adjective_is_no_place():
    """"по Николоямской улице", "на Кунцевском кладбище": a street or a cemetery, which the
    guidelines do not mark (nor does NEREL as a place); the town after it is one."""
    ents = _entities("Вечером он ехал на мотоцикле по Николоямской улице в Москве.",
                     "Юрий Визбор умер в 1984 году. Он похоронен на Кунцевском кладбище в Москве.")
    found = set(zip(ents.label, ents.text))
    assert ("LOC", "Москве") in found and not any("улиц" in text or "кладбищ" in text for _, text in found), found


def test_a_theatre_for_children_named_after_a_writer_and_a_field_joined_by_and():
    """"театра для детей и юношества им. Г. Мусрепова", "театра драмы им М. Ауэзова": whom a
    theatre is for and «им» without its dot stay inside its name; "управления экологии и
    окружающей среды Алматы": a department's two fields and its town (not "управления
    образования | и акимата", two bodies); "Знаменитый | Кембриджский университет", "в
    Instagram | Департамента по ЧС": the writer's adjective and the platform stay out; a
    care home is no name; "знак «Алтын белгі»" is an award."""
    ents = _entities("Показ спектаклей состоится на сцене казахского театра для детей и юношества им. Г. Мусрепова. "
                     "На сцене государственного академического театра драмы им М. Ауэзова прошли гастроли.",
                     "Во взятке изобличен заместитель руководителя управления экологии и окружающей среды Алматы. "
                     "Проверку провели сотрудники управления образования и акимата области.",
                     "Знаменитый Кембриджский университет основан давно. Пожар вспыхнул в Доме престарелых, "
                     "сообщает аккаунт в Instagram Департамента по чрезвычайным ситуациям региона. 254 выпускника "
                     'получили знак "Алтын белгі".')
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "казахского театра для детей и юношества им. Г. Мусрепова"),
            ("ORG", "государственного академического театра драмы им М. Ауэзова"),
            ("ORG", "управления экологии и окружающей среды Алматы"), ("ORG", "Кембриджский университет"),
            ("ORG", "Департамента по чрезвычайным ситуациям региона")} <= found, found
    assert not any("акимата" in text or "Знаменитый" in text or "Instagram" in text or "престарелых" in text
                   or "Алтын" in text for _, text in found), found


def test_an_adjective_tagged_in_a_gender_its_ending_cannot_have(tmp_path):
    """"в Чарынский ГНПП": the tagger calls the adjective neuter, but -ский is masculine; the
    abbreviation's name keeps the adjective's own gender."""
    assert _normals_on_gold(tmp_path, "Туристы отправились в [[Чарынский ГНПП|Чарынский ГНПП|LOC]].\n") \
        == ["Чарынский ГНПП"]


def test_a_result_list_s_surname_before_the_given_name_is_a_person():
    """"Второе - Шакенов Абзал (Алматы)": a surname, then a listed first name, is a person
    however the tagger read it; the town in brackets is a place."""
    ents = _entities("Первое место - Абильбаев Динмухамед (Алматы)\nВторое - Шакенов Абзал (Алматы)\n"
                     "Третье - Текенов Бауыржан (Астана)")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Шакенов Абзал"), ("PER", "Текенов Бауыржан"), ("LOC", "Алматы")} <= found, found


def test_a_council_named_in_kazakh_is_a_body():
    """"Курултай, Халык Кенес и вице-президент": a council's noun in Kazakh heads a body's
    name in a Russian text; a tagger reads the two capitalised words as a person."""
    ents = _entities("Среди новых институтов власти – Курултай, Халык Кенес и вице-президент.")
    found = set(zip(ents.label, ents.text))
    assert ("ORG", "Халык Кенес") in found, found
    assert not any(label == "PER" for label, _ in found), found


def test_the_name_after_a_mausoleum_is_a_person():
    """"мавзолея Карахана": a mausoleum is named after whom it holds (a tagger says a place)."""
    ents = _entities("Экскурсию мы начали с посещения мавзолея Карахана.")
    found = set(zip(ents.label, ents.text))
    assert ("PER", "Карахана") in found, found


def test_a_region_named_by_a_noun_whatever_the_tagger_reads_it_as():
    """"В области Абай генеральный прокурор ...": "Абай" before an adjective is tagged as one,
    and the region keeps its noun all the same ("область Абай", its official name)."""
    ents = _entities("В области Абай генеральный прокурор Берик Асылов заложил капсулу памяти.")
    assert ("LOC", "области Абай", "область Абай") in set(zip(ents.label, ents.text, ents.normal)), ents


def test_an_arabic_name_s_particle_is_not_declined():
    """"Абу Наср аль-Фараби": "Абу" is no accusative of "Аба"."""
    ents = _entities("Именно здесь родился и вырос выдающийся мыслитель Абу Наср аль-Фараби.")
    assert list(ents[ents.label == "PER"].normal) == ["Абу Наср аль-Фараби"], ents


def test_districts_listed_by_their_adjectives_alone_are_places():
    """"в остальных - Узункольский и Мендыкаринский" after "районах", a bulleted list after
    "в следующих районах:": each district a place, which a tagger leaves untagged or calls a
    person; a person's surname in -ский after a given name stays a person."""
    ents = _entities("Уборка продвигается медленнее, чем в остальных районах. В остальных - Узункольский и "
                     "Мендыкаринский.", "Работы идут в следующих районах:\n- Амангельдинский;\n- Алтынсаринский;\n"
                     "- Денисовский.", "Матч судили Олег Ковальский и Вишневский.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Узункольский"), ("LOC", "Мендыкаринский"), ("LOC", "Амангельдинский"),
            ("LOC", "Алтынсаринский"), ("LOC", "Денисовский"), ("PER", "Олег Ковальский")} <= found, found


def test_a_place_of_a_list_sharing_its_plural_noun_is_one_place():
    """"..., Уланского, а также Шемонаихинского районов": the last district took the list's
    plural noun; its normal form is one district, as the singular adjective says."""
    ents = _entities("Уголь получили жители Глубоковского, Зайсанского, Уланского, а также Шемонаихинского районов.",
                     "Он был акимом Зайсанского, аким Катон-Карагайского, затем Урджарского районов.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals.get("Шемонаихинского районов") == "Шемонаихинский район", normals
    assert normals.get("Урджарского районов") == "Урджарский район", normals


def test_an_outlet_s_kazakh_edition_in_a_russian_caption():
    """"... к солнцу - Sputnik Қазақстан, 1920": a Kazakh page's Russian photo caption credits
    the outlet's edition, written in Kazakh: one organisation, no country."""
    ents = _entities("Человек протягивает руку к солнцу - Sputnik Қазақстан, 1920, 14.08.2021")
    found = set(zip(ents.label, ents.text))
    assert ("ORG", "Sputnik Қазақстан") in found, found
    assert ("LOC", "Қазақстан") not in found, found


def test_a_name_before_its_kind_declines_the_kind():
    """"Назарбаев университета", "Астана опере": a name written before its lower-case kind
    stays as written and the kind is the head; a capitalised common noun is the head itself
    ("Министерством юстиции")."""
    ents = _entities("Представитель Назарбаев университета ответил депутату. Концерт прошел в Астана опере. Письмо "
                     "направлено Министерством юстиции.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals.get("Назарбаев университета") == "Назарбаев университет", normals
    assert normals.get("Астана опере") == "Астана опера", normals
    assert normals.get("Министерством юстиции") == "Министерство юстиции", normals


def test_a_nature_reserve_is_an_organisation_a_town_s_park_a_place():
    """"Коргалжинский заповедник", "Наурзумского государственного природного заповедника":
    the state institution that keeps a reserve, whatever the tagger called it; "парк Победы"
    stays a place."""
    ents = _entities("Коргалжинский заповедник - самый большой в Казахстане. На территории Наурзумского "
                     "государственного природного заповедника начался пожар. Концерт прошел в парке Победы.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Коргалжинский заповедник"), ("ORG", "Наурзумского государственного природного заповедника"),
            ("LOC", "парке Победы")} <= found, found


def test_a_town_before_its_district_stays_a_place():
    """"В городе Степняк района Биржан сал": the town, then the district named after a person;
    a tagger's "Степняк района" gives way to the district without losing the town."""
    ents = _entities("В городе Степняк района Биржан сал завершается строительство районной больницы.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Степняк"), ("LOC", "района Биржан сал")} <= found, found


def test_the_internet_a_unit_of_sums_and_leagues_are_no_organisations():
    """"выход в Интернет": the network, capitalised by habit, names no body; nor do the monthly
    index sums are counted in ("от МРП"), a game show's league (КВН) or the football league
    (КПЛ, an event)."""
    ents = _entities("Все классы оснащены электронными досками, есть выход в Интернет.",
                     "Депутат предлагает отказаться от МРП. Молодежную лигу КВН поддержали. Команда возглавила КПЛ.")
    assert not {"Интернет", "МРП", "КВН", "КПЛ"} & set(ents.text), ents


def test_a_woman_s_name_in_bany_does_not_decline():
    """"Гульбану Акильжанову": -бану (lady) is no accusative of a name in -а."""
    ents = _entities("Коллеги поздравили Гульбану Акильжанову с юбилеем.")
    assert list(ents[ents.label == "PER"].normal) == ["Гульбану Акильжанова"], ents



def test_the_government_alone_is_a_kind_its_full_name_a_body():
    """"на заседании Правительства": the government alone is a kind, as "министерство" alone
    is; "Постановление Правительства РК" names it, and "Мажилиса" is a chamber's name."""
    ents = _entities("Вопрос рассмотрели на заседании Правительства. Постановление Правительства РК опубликовано. "
                     "Депутаты Мажилиса одобрили закон.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Правительства РК"), ("ORG", "Мажилиса")} <= found, found
    assert ("ORG", "Правительства") not in found, found


def test_a_dateline_s_agency_named_by_a_noun_and_its_genitive():
    """"Алматы. 14 ноября. Центр информации.": the agency after a dateline's date, a noun in
    the genitive after its capitalised word; "Пожар потушен." after one is a sentence."""
    ents = _entities("Проблемы с водоснабжением\n\nАлматы. 14 ноября. Центр информации. В Риддере из-за "
                     "похолодания начались проблемы.", "Итоги\n\nАлматы. 14 ноября. Пожар потушен. В Риддере спокойно.")
    found = set(zip(ents.label, ents.text))
    assert ("ORG", "Центр информации") in found, found
    assert not any(text.startswith("Пожар") for text in ents.text), found


def test_a_quoted_sports_club_of_the_list_is_an_organisation_but_after_a_building():
    """«Кайсар» и «Атырау», делящие шестое место, стал «Тараз»: clubs of kz_clubs.tsv, quoted
    alone; "на стадионе «Жетысу»" names the stadium, no entity."""
    ents = _entities("Костанайцы набрали 29 очков, и остаются на восьмом месте. «Кайсар» и «Атырау», делящие шестое и "
                     "седьмое место, набрали по 30 очков. Затем в 1996 году «золотым» стал «Тараз». Праздник прошел "
                     "на стадионе «Жетысу».")
    assert {("ORG", "Кайсар"), ("ORG", "Атырау"), ("ORG", "Тараз")} <= set(zip(ents.label, ents.text.str.strip("«»")))
    assert "Жетысу" not in set(ents.text.str.strip("«»")), ents


def test_the_football_league_s_season_is_no_organisation():
    """"на четвертом месте в КПЛ-2024": the league's season, as the league alone, names no body."""
    ents = _entities("Команда из Шымкента завершила сезон на четвертом месте в КПЛ-2024.")
    assert "КПЛ-2024" not in set(ents.text), ents


def test_a_capitalised_legal_form_spelled_out_opening_a_sentence_is_part_of_the_name():
    """"Общественная организация «Сибирская казачья община»": a legal form as a register
    writes it joins the quoted name at a sentence's start too; a kind in lower case stays out."""
    ents = _entities("Общественная организация «Сибирская казачья община», благодаря финансированию, открыла центр. "
                     "Проект проведет общественный фонд «Жайдарлы Жастар».")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "Общественная организация «Сибирская казачья община»" in orgs, orgs
    assert not any(o.startswith("общественный фонд") for o in orgs), orgs


def test_a_source_named_alone_on_its_line_is_the_outlet():
    """"Источник:\\nУстинка LIVE": the text's source on the line after its label is an outlet."""
    ents = _entities("Усть-Каменогорск и ВКО Анна Коцарева\nИсточник:\nУстинка LIVE\n\nЧетыре дома не готовы к зиме.")
    assert ("ORG", "Устинка LIVE") in set(zip(ents.label, ents.text)), ents


def test_a_woman_s_first_name_keeps_her_surname_feminine():
    """"примы казахстанской сцены Жупар Габдуллина", "Жансулу Туремуратова": a first name
    that is only a woman's (listed, or in -сулу, -бану) rules out a man's genitive."""
    ents = _entities("Партию Турандот исполнили примы казахстанской сцены Жупар Габдуллина и Бибигуль Жанузак.",
                     "Об этом сообщила руководитель управления образования Жансулу Туремуратова.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals.get("Жупар Габдуллина") == "Жупар Габдуллина", normals
    assert normals.get("Жансулу Туремуратова") == "Жансулу Туремуратова", normals


def test_a_capitalised_body_noun_alone_names_no_person():
    """"депутаты Маслихата": the town's maslikhat capitalised is no person (the tagger's PER)."""
    ents = _entities("На концерте присутствовали аким мегаполиса Ерболат Досаев, члены Общественного совета, "
                     "депутаты Маслихата, ветераны.")
    assert "Маслихата" not in set(ents[ents.label == "PER"].text), ents


def test_a_long_list_after_a_settlement_noun_is_of_villages_named_after_people():
    """"(поселок Шиели, Байтерек, Ы.Жакаев, Акмая, Досбол Датта, ...)": five names or more after
    a settlement's noun are villages, those named after people too."""
    ents = _entities("Природным газом охвачены 15 населенных пунктов (поселок Шиели, Байтерек, Ы.Жакаев, Акмая, "
                     "Досбол Датта, Алмалы, Бестам, Н.Бекежанов, А.Тажибаев, Ортакшил).")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Ы.Жакаев"), ("LOC", "Досбол Датта"), ("LOC", "Н.Бекежанов")} <= found, found
    assert not any(label == "PER" for label, _ in found), found


def test_a_name_with_an_arabic_article_after_imeni_ends_there_and_the_rector_after_it_is_a_person():
    """"ректора Казахского Национального Университета имени аль-Фараби Жансеита Туймебаева": the
    university is named after al-Farabi alone; its rector is a person, no part of the name."""
    ents = _entities("Глава государства принял ректора Казахского Национального Университета имени аль-Фараби "
                     "Жансеита Туймебаева.")
    found = set(zip(ents.label, ents.text))
    assert ("ORG", "Казахского Национального Университета имени аль-Фараби") in found, found
    assert ("PER", "Жансеита Туймебаева") in found and len(ents) == len(found), ents


def test_capitalised_adjectives_before_a_body_open_its_name_but_not_a_sentence_s_praise():
    """"Избирательная комиссия села Шетпе", "Трудовой инспекции акимата": the adjectives are the
    name's; "Знаменитый | Кембриджский университет" opening a sentence is said of the name."""
    ents = _entities("Избирательная комиссия села Шетпе подвела итоги. Жалобу приняли в Трудовой инспекции акимата "
                     "Жамбылской области. Знаменитый Кембриджский университет открыл филиал.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Избирательная комиссия села Шетпе", "Трудовой инспекции акимата Жамбылской области",
            "Кембриджский университет"} <= orgs, orgs


def test_a_mine_named_by_its_adjective_is_the_enterprise():
    """"на Тишинском руднике", "Качарский рудник": a mine with its adjective is the enterprise,
    an ORG (a tagger's place or person); a deposit with its adjective stays a place."""
    ents = _entities("Трагедия произошла 24 августа на Тишинском руднике Риддерского горно-обогатительного "
                     "комплекса ТОО «Казцинк». А сейчас Качарский рудник переживает второе рождение. Работы на "
                     "Карачаганакском месторождении идут.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Тишинском руднике"), ("ORG", "Качарский рудник"),
            ("LOC", "Карачаганакском месторождении")} <= found, found


def test_a_national_park_named_by_its_adjective_is_the_institution():
    """"Катон-Карагайский государственный национальный природный парк": four words after the
    adjective, the park the state keeps (RESERVE_WORDS: an ORG), not the adjective alone."""
    ents = _entities("Одна из жемчужин Казахстана, Катон-Карагайский государственный национальный природный парк, "
                     "расположен в ВКО.", "Катон-Карагайский национальный парк был создан в 2001 году.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Катон-Карагайский государственный национальный природный парк"),
            ("ORG", "Катон-Карагайский национальный парк")} <= found, found


def test_an_adjective_before_a_place_s_or_body_s_kind_names_it():
    """"Коксарайский контррегулятор": a capitalised adjective agreeing with the lower-case kind
    of place or body after it names that thing, whatever a tagger read; a surname before a
    post's noun stays a person."""
    ents = _entities("При этом 400 кубометров воды в секунду будет принимать на себя Коксарайский контррегулятор. "
                     "Вишневский сказал, что Яблонский директор не пришёл.")
    found = set(zip(ents.label, ents.text))
    assert ("LOC", "Коксарайский контррегулятор") in found, found
    assert {("PER", "Вишневский"), ("PER", "Яблонский")} <= found, found


def test_a_league_s_country_is_a_place_and_a_club_s_kind_alone_names_no_club():
    """"в Премьер-лиге РК": the division is a competition, the country after it a place; "первых
    лиц ФК" names no club (the news gold marks neither), "ФК «Кайрат»" does."""
    ents = _entities("Команда неудачно выступает в Премьер-лиге РК. Клуб вышел в Премьер-лигу Казахстана. Мнения "
                     "относительно первых лиц ФК были едкими. ФК «Кайрат» победил.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "РК"), ("LOC", "Казахстана"), ("ORG", "ФК «Кайрат»")} <= found, found
    assert not any(text == "ФК" or "лиг" in text for _, text in found), found


def test_a_capitalised_preposition_opens_no_name():
    """"фото автора\n\nВ Кызылорде весна": the preposition a tagger took into a person is no
    part of the name, which is the town; "Фото из архива газеты\n\nКак отметили": a paper's
    word names no outlet across a paragraph; an initial ("А. Шаяхметов") and a foreign name's
    particle ("Ли Со Ён") stay."""
    ents = _entities("Максут ИРЖАНОВ\nфото автора\n\nВ Кызылорде весна. Здесь всё цветёт.",
                     "Фото из архива газеты\n\nКак отметили в акимате, работа продолжится. А. Шаяхметов выступил. "
                     "Ли Со Ён приехала.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Кызылорде"), ("PER", "А. Шаяхметов"), ("PER", "Ли Со Ён")} <= found, found
    assert not any(text.startswith(("В ", "Как")) for _, text in found), found


def test_a_list_of_streets_after_a_colon_names_no_person_or_town():
    """"по 9 улицам: Подгорная, Пушкина, Толе би, ..., Алматы, Күншығыз и Достық": streets, which
    the guidelines do not mark, a known town's name among them too; "Улицы Семея" are the town's."""
    ents = _entities("Установлены опоры по 9 улицам: Подгорная, Пушкина, Толе би, Абылай хана, Толстого, Толебаева, "
                     "Алматы, Күншығыз и Достық. Улицы Семея за несколько дней стали непроходимыми.")
    assert list(zip(ents.label, ents.text)) == [("LOC", "Семея")], ents


def test_a_rural_district_named_by_any_adjective_is_one_place():
    """"Рудничного сельского округа": the district's adjective with its nouns is one place (the
    news gold 2 of 2), not a village before a bare district; "Атаконыс сельского округа" is."""
    ents = _entities("Аким встречался с населением Рудничного сельского округа. В селе Атаконыс сельского округа "
                     "открыли школу.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Рудничного сельского округа"), ("LOC", "Атаконыс")} <= found, found


def test_a_river_s_name_after_its_noun_is_a_place():
    """"река Или", "по реке Сапожникова": the capitalised word after a river's noun is the river,
    though it reads as a conjunction or a surname."""
    ents = _entities("Озеро усыхает, река Или мелеет. Работы идут на реке Сапожникова.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Или"), ("LOC", "Сапожникова")} <= found, found


def test_the_writer_s_local_before_a_company_s_kind_is_no_part_of_its_name():
    """"конференц-зале местного | ТОО «Кенесары Агро»": the writer's adjective; "местной полицейской
    службы" is the body's name."""
    ents = _entities("Сходы проходили в конференц-зале местного ТОО «Кенесары Агро». Сотрудники местной полицейской "
                     "службы департамента полиции Костанайской области выехали.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"ТОО «Кенесары Агро»", "местной полицейской службы департамента полиции Костанайской области"} <= orgs, orgs


def test_an_abbreviated_kind_before_a_quoted_name_is_part_of_the_organisation():
    """"МЦПС «Хоргос»", "ГК «Шымбулак»", 'ФК "Ордабасы"': an organisation's abbreviated kind joins
    its quoted name as a legal form does; not a place's ("Закону РК «О ...»"), a housing
    estate's ("ЖК «Оазис»") or a word in capitals ('ДВА "ЗОЛОТА"')."""
    ents = _entities('Через МЦПС «Хоргос» прошли 5 тысяч человек. На курорте ГК «Шымбулак» прошел этап. Тренером '
                     'ФК "Ордабасы" назначен Иванов. Согласно Закону РК «О государственной службе» он уволен. '
                     'Строительство ЖК «Оазис» заморожено. ДВА "ЗОЛОТА" для ЗКО.')
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"МЦПС «Хоргос»", "ГК «Шымбулак»", 'ФК "Ордабасы"'} <= orgs, orgs
    assert not any(o.startswith(("РК", "ЖК", "ДВА")) for o in orgs), orgs


def test_a_name_in_the_locative_after_v_is_a_place():
    """"в родной Новоишимке", "в тогдашнем Гурьеве": a one-word name in the locative after "в"
    (an adjective or an adverb or two between) is a place, not the person a tagger or a surname's ending read;
    "в игре аль-Барадеи" stays a person (a noun between)."""
    ents = _entities("Раньше, когда по телевизору в родной Новоишимке показывали фильм, мы смотрели. Было скучно "
                     "в тогдашнем Гурьеве. Теперь вновь в игре аль-Барадеи.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Новоишимке"), ("LOC", "Гурьеве"), ("PER", "аль-Барадеи")} <= found, found
    ents = _entities("В 1980/1981 годах в тогда еще Гурьеве играла слабенькая по меркам команда.")  # adverbs between
    assert ("LOC", "Гурьеве") in set(zip(ents.label, ents.text))


def test_a_surname_in_ich_declines_as_a_man_s_and_stays_as_a_woman_s(tmp_path):
    """"теперь Машкевичу, несмотря на ...": a surname in -ич in a case ending is a man's, whatever
    case the tagger reads there; a woman's stays as it is ("поздравил Ирину Машкевич")."""
    normals = _normals_on_gold(tmp_path, "Возможно, теперь [[Машкевичу|Машкевич|PER]], несмотря на опасения, придется "
                                         "летать. Встреча с [[Романом Абрамовичем|Роман Абрамович|PER]] прошла. Он "
                                         "поздравил [[Ирину Машкевич|Ирина Машкевич|PER]].\n")
    assert normals == ["Машкевич", "Роман Абрамович", "Ирина Машкевич"], normals


def test_a_capitalised_body_noun_alone_is_no_place_but_opens_its_region_s_body():
    """"в Маслихате работают": a body's noun alone, capitalised, names no place (nor, alone, a
    body); before its region it is that region's body ("Акимат Актюбинской области")."""
    ents = _entities("Отметим, что в Маслихате работают 4 человека.",
                     "Акимат Актюбинской области сообщил о ремонте школ.")
    found = set(zip(ents.label, ents.text))
    assert not any(text.startswith("Маслихат") for _, text in found), found
    assert ("ORG", "Акимат Актюбинской области") in found, found


def test_a_league_s_division_is_a_competition_in_either_language():
    """"Казахстанской Премьер-лиги", "клубе Первой лиги", "Высшего дивизиона", "Премьер-лига
    командалары": a league's division names no organisation or place (the news gold: 22 of 22
    Russian, 9 of 10 Kazakh unmarked); a league that is a body stays one."""
    ents = _entities("По итогам прошлого сезона Казахстанской Премьер-лиги клуб стал третьим.",
                     "В «Кыране», клубе Первой лиги, играют молодые.",
                     "Медали национального первенства среди команд Высшего дивизиона вручили.",
                     "Игрок Континентальной хоккейной лиги уехал.",
                     "АСТАНА. KAZINFORM — Бүгін футболдан Премьер-лига командалары арасындағы ел біріншілігінің "
                     "20-туры өтті.",
                     "Команда заняла 6 место в Южном дивизионе Первой лиги.")
    found = set(zip(ents.label, ents.text))
    assert not any("лиг" in text.lower() or "дивизион" in text for label, text in found
                   if text != "Континентальной хоккейной лиги"), found
    assert ("ORG", "Континентальной хоккейной лиги") in found, found


def test_a_place_s_adjective_before_a_body_s_kind_names_the_body():
    """"на Аксуской электростанции", "Боровского элеватора", "Атырауского областного
    противотуберкулезного санатория": a tagger's place or person of one adjective before the
    lower-case kind it agrees with (lower-case adjectives between) is the body with its kind
    (the news gold: 17 of 18); coordinated adjectives stay places."""
    ents = _entities("Тур прошел на Аксуской электростанции и на угольном разрезе «Восточный».",
                     "О проблемах Боровского элеватора рассказал директор.",
                     "Детские площадки получили для Атырауского областного противотуберкулезного санатория, "
                     "кабинет для интерната.",
                     "В Алматинской и Жамбылской областях тепло.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Аксуской электростанции"), ("ORG", "Боровского элеватора"),
            ("ORG", "Атырауского областного противотуберкулезного санатория"), ("LOC", "Алматинской")} <= found, found


def test_a_town_after_the_name_an_institution_is_named_after_is_no_person():
    """"библиотеке им. М. Ауэзова Караганды": the town a tagger ran the named-after person
    into is a place; a body's own abbreviation after its name ("Торгайском бокситовом
    рудоуправлении ТБРУ") is no owner it takes in."""
    ents = _entities("О проекте рассказали в Центральной городской библиотеке им. М. Ауэзова Караганды.",
                     "Судьбы горожан, работавших в Торгайском бокситовом рудоуправлении ТБРУ АО “Алюминий "
                     "Казахстана”, сложились по-разному.")
    found = set(zip(ents.label, ents.text))
    assert ("PER", "Караганды") not in found and ("LOC", "Караганды") in found, found
    assert not any(text.endswith("ТБРУ") and text != "ТБРУ" for _, text in found), found


def test_a_name_after_a_river_s_or_lake_s_abbreviation_is_a_place():
    """"в р. Громотуха", "(оз. Токтамыс)": a capitalised word after "р." or "оз." is the river or
    lake (the news gold: 6 of 6); "100 р." is a sum, and what follows it no place."""
    ents = _entities("Из-за похолодания вода в р. Громотуха стала замерзать.",
                     "Берега помнят конницу Тохтамыша (оз. Токтамыс), хана Кучума (р. Кулынун).",
                     "Билет стоил 100 р. Потом цены выросли.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Громотуха"), ("LOC", "Токтамыс"), ("LOC", "Кулынун")} <= found, found
    assert not any(text == "Потом" for _, text in found), found


def test_a_district_and_a_foreign_town_in_a_headline_s_capitals_are_places():
    """"ШИЕЛИЙСКИЙ РАЙОН: НОВЫЕ ОБЪЕКТЫ", "... ПРОЕКТОМ В ЛОНДОНЕ": on a line in capitals, where
    the tagger finds nothing, a district named by any place adjective and a word pymorphy3 knows
    only as a place are places."""
    ents = _entities("ШИЕЛИЙСКИЙ РАЙОН: НОВЫЕ ОБЪЕКТЫ\n\nВ районе открыли школу.",
                     "ОБСУДИЛИ СИТУАЦИЮ С КАРАЧАГАНАКСКИМ ПРОЕКТОМ В ЛОНДОНЕ\n\nАким принял участие во встрече.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "ШИЕЛИЙСКИЙ РАЙОН"), ("LOC", "ЛОНДОНЕ")} <= found, found
    assert not any(text.startswith(("НОВЫЕ", "ОБСУДИЛИ", "СИТУАЦИЮ")) for _, text in found), found


def test_a_programme_s_period_after_in_and_a_site_s_tag_list_name_no_programme():
    """"в рамках данного национального проекта в 2024-2025 годах": a period after "в" or "с"
    says when the project runs, no title ("на 2020-2025 годы" ends one); a site's list of tags
    ("#паводки #правительство #СудБишимбаева") names no campaign, a hashtag alone does."""
    ents = _entities("Строительные работы завершаются. В рамках данного национального проекта в 2024-2025 годах "
                     "построят 20 школ.",
                     "Всего же в рамках данного нацпроекта в период с 2024-2025 годы будет построено 217 школ.",
                     "В рамках Государственной программы развития образования на 2020-2025 годы построят школы.",
                     "× 447.4 477.55 #паводки #правительство #СудБишимбаева #финансы #назначения\n\nТекст новости.",
                     "В области стартовал флешмоб #BizBirgemiz. Его поддержали.")
    progs = set(ents[ents.label == "PROG"].text)
    assert progs == {"Государственной программы развития образования на 2020-2025 годы", "флешмоб #BizBirgemiz"}, progs


def test_a_person_after_a_body_s_noun_is_cut_from_the_body():
    """"руководитель ... библиотечной системы Сауле Мунсузбаева": a first name in the nominative
    and a surname the tagger ran the body on into are a person of their own; a body named after
    a person takes the name in the genitive and keeps it."""
    ents = _entities("Об этом рассказала руководитель Камыстинской централизованной библиотечной системы "
                     "Сауле Мунсузбаева. – Также пришли книги.",
                     "Студенты университета Сулеймана Демиреля приехали на олимпиаду.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Камыстинской централизованной библиотечной системы"), ("PER", "Сауле Мунсузбаева")} <= found, found
    assert not any(label == "ORG" and "Сауле" in text for label, text in found), found


def test_a_school_after_a_line_break_keeps_its_number_and_not_the_word_governing_it():
    """"Коллективу | Бадамшинской средней школы № 1": the common noun opening the line is no part
    of the school, whose place adjective the tagger read as a name after the break; its number is."""
    ents = _entities("Они были отмечены подарками и цветами.\nКоллективу Бадамшинской средней школы № 1 в честь "
                     "75-летия акимат района подарил оргтехнику.",
                     "Коллективу Бадамшинской средней школы № 1 в честь 75-летия акимат района вручил подарки.")
    assert list(ents[ents.label == "ORG"].text) == ["Бадамшинской средней школы № 1"] * 2, ents


def test_a_date_and_its_author_s_initial_on_the_first_line_are_a_signature():
    """"15 декабря 2015 - Садыкова А.": no headline and site, but a person with her initial's dot."""
    ents = _entities("15 декабря 2015 - Садыкова А.\n\nЭтот подарок сделала областная библиотека.")
    assert set(zip(ents.label, ents.text)) == {("PER", "Садыкова А.")}, ents


def test_a_team_s_line_up_after_its_quoted_name_is_persons():
    """"«Кызылжар»: Довгаль, Саулет, ...": the names of a line-up the tagger read as places are
    the players, whatever share of them it tagged persons."""
    ents = _entities("«Тобол»: Мухутдинов, Мосиашвили, Зуев, Чесноков;\n«Кызылжар»: Довгаль, Саулет, Жаксыбаев, "
                     "Нижич, Хассейн, Бушман, Сабино, Имнадзе.\n«Тобол» отличился первым.")
    assert set(ents[ents.label == "LOC"].text) == set(), ents
    assert {"Довгаль", "Нижич", "Имнадзе"} <= set(ents[ents.label == "PER"].text), ents


def test_a_club_named_without_quotes_is_the_club():
    """"футбольная команда Каспий ... матч между Каспием и Кайсаром": a club of kz_clubs.tsv after a
    team's word, and in such an article the clubs no place list knows, are organisations; the
    Caspian elsewhere stays a place."""
    ents = _entities("В Актау футбольная команда Каспий разгромила соперников. Каспий принимал кызылординский Кайсар.\n"
                     "На стадионе состоялся матч между Каспием и Кайсаром. Тренер Каспия вносит коррективы.",
                     "Уровень Каспия снизился, сообщили в Актау.")
    first = ents[ents.article_id.astype(int) == 0]
    assert set(first[first.label == "ORG"].text) == {"Каспий", "Кайсар", "Каспием", "Кайсаром", "Каспия"}, first
    second = ents[ents.article_id.astype(int) == 1]
    assert ("LOC", "Каспия") in set(zip(second.label, second.text)), second


def test_counts_of_companies_addresses_and_function_words_name_no_body():
    """"заняты 64 ТОО" (a count by legal form), "службы по ул. Тауелсиздик" (an address, no
    field of the body), "газета | Об этом" (a preposition after a paper's kind)."""
    ents = _entities("Сейчас в Жаркаинском районе заняты 64 ТОО и 441 крестьянское хозяйство.",
                     "Кирилл не мог покинуть здания местной полицейской службы по ул. Тауелсиздик, где его держали.",
                     "Новость сообщила газета \"Костанайские Новости\"\nгазета Об этом стало известно на совещании.")
    texts = set(ents.text)
    assert not {"64 ТОО", "Об"} & texts, texts
    assert not any("по ул" in t for t in texts), texts


def test_an_event_s_schedule_a_law_s_title_and_a_numbered_congress_name_no_programme_or_body():
    """"в программе фестиваля «...»" is the festival's schedule, 'ЗРК "Об ..."' a law, "27-го
    Конгресса" an event of the body after it; "Клуб из Актау" is the town, "Instаgram" typed
    with a Cyrillic а no name, and "Госинформзаказ" a site's label."""
    ents = _entities("В программе II Международного фестиваля искусств «Жибек жолы» произошли изменения. "
                     "Сегодня в программе форума «Туркестан Инвест» выступят министры.",
                     "Согласно статье 7 ЗРК «О дорожном движении» штраф назначает суд.",
                     "В Алматы пройдет 31-й Конгресс Европейской ассоциации урологов. Казахстан выиграл право "
                     "проведения 31-го Конгресса Европейской ассоциации урологов.",
                     "Итоги тура\n\nКлуб из Костаная, обыграв соперников, вышел в лидеры.",
                     "Видео появилось в Instаgram-паблике города.",
                     "Новая школа\n\nГосинформзаказ 0 240\n\nВ селе открыли школу.")
    found = set(zip(ents.label, ents.text))
    assert not {label for label, _ in found} & {"PROG"}, found
    assert not any(text.startswith(("ЗРК", "31-", "Конгресс", "Клуб", "Inst", "Госинформзаказ")) for _, text in found), found
    assert {("ORG", "Европейской ассоциации урологов"), ("LOC", "Костаная")} <= found, found


def test_a_first_name_before_a_surname_in_capitals_and_a_national_project_after_its_owner():
    """... and a programme after its concept's noun starts at its own head."""
    ents = _entities("Секретарь маслихата Саламат ЖАНБЫР рассказал о работе.",
                     "Школа открыта в рамках национального проекта Главы государства Касым-Жомарта Токаева "
                     "«Келешек мектептері».",
                     "Музей работает в соответствии с концепцией программы «Туған жер».")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Саламат ЖАНБЫР"), ("PROG", "«Келешек мектептері»"), ("PROG", "программы «Туған жер»")} <= found, found


def test_a_microdistrict_s_name_a_village_in_ovka_and_the_mazhilis_in_lower_case_normalised():
    """"в микрорайоне Коктем поселка ..." stays "Коктем" (a name after its noun, no adjective);
    "в районе Бутаковки" is "Бутаковка"; "мажилиса" keeps the writer's lower case."""
    ents = _entities("В микрорайоне Коктем поселка Индербор строят дом. Земли в районе Бутаковки продали. "
                     "Депутат мажилиса направил запрос.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Коктем"] == "Коктем" and normals["Бутаковки"] == "Бутаковка", normals
    assert normals["мажилиса"] == "мажилис", normals


def test_a_lake_s_or_river_s_noun_opening_a_line_is_no_part_of_its_name():
    ents = _entities("Медведи и браконьеры\nОзеро Алаколь — одно из самых солёных в стране. Река Тобол вышла из берегов.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Алаколь"), ("LOC", "Тобол")} <= found, found
    assert not any(text.startswith(("Озеро", "Река")) for _, text in found), found


def test_a_short_participle_ends_no_name():
    """"Школы отремонтированы по ...": the tagger's ORG over a plural noun and a participle, then
    run on to a field by «по», names nothing."""
    ents = _entities("Школы отремонтированы по Дорожной карте в Иртышском районе.")
    assert set(zip(ents.label, ents.text)) == {("LOC", "Иртышском районе")}, ents


def test_names_listed_together_share_their_case():
    """"под руководством Рустама Раимова, ..., Рафхата Максутова и ...": a name no list knows,
    read alone as a woman's nominative, takes the genitive its neighbours show; a list in the
    nominative keeps it."""
    ents = _entities("Помощь собрали под руководством Рустама Раимова, Барата Мамбетова, Рафхата Максутова и "
                     "Иминжана Турдиева.",
                     "На встрече выступили Айгуль Сейткалиева, Рафхата Максутова и Гульнара Омарова.")
    first = ents[ents.article_id.astype(int) == 0]
    second = ents[ents.article_id.astype(int) == 1]
    assert dict(zip(first.text, first.normal))["Рафхата Максутова"] == "Рафхат Максутов", first
    assert dict(zip(second.text, second.normal))["Рафхата Максутова"] == "Рафхата Максутова", second


def test_a_saint_s_name_with_a_hyphened_honorific_is_not_declined():
    """"Мавзолей Арыстан-баба и Ходжа Ахмеда Яссауи": the name with «-баба» stays as written,
    and the mausoleum's noun opening the sentence is no part of it."""
    ents = _entities("Мавзолей Арыстан-баба и Ходжа Ахмеда Яссауи привлекают паломников.")
    assert ("PER", "Арыстан-баба", "Арыстан-баба") in set(zip(ents.label, ents.text, ents.normal)), ents


def test_a_district_s_name_before_its_akim_is_no_part_of_him():
    """"аким района Сарайшык Максат Саматулы": the word after a district's noun is the
    district's name, not the akim's surname written first."""
    ents = _entities("Об этом рассказал аким нового столичного района Сарайшык Максат Саматулы.")
    found = set(zip(ents.label, ents.text))
    assert ("PER", "Максат Саматулы") in found, found
    assert not any("Сарайшык" in text for label, text in found if label == "PER"), found


def test_an_anniversary_opens_no_body_s_name():
    """"празднование 100-летия городской больницы № 1": the tagger reads the anniversary as an
    adjective; the news gold opens no body with one (2 of 2 in the training parts)."""
    ents = _entities("Прошло празднование 100-летия многопрофильной городской больницы № 1.",
                     "Концерт посвящен 50-летию Атырауской областной филармонии имени Нурмухана Жантурина.")
    assert {"многопрофильной городской больницы № 1",
            "Атырауской областной филармонии имени Нурмухана Жантурина"} <= set(ents.text), ents
    assert not any("летию" in text or "летия" in text for text in ents.text), ents


def test_an_institution_after_a_comma_is_no_field_of_the_body_before_it():
    """"управления общественного здравоохранения города, медвузов": higher schools listed after
    a department are others, not its function."""
    ents = _entities("На встрече были представители столичного акимата, управления общественного "
                     "здравоохранения города, медвузов и ветераны.")
    assert "управления общественного здравоохранения города" in set(ents.text), ents
    assert not any("медвуз" in text for text in ents.text), ents


def test_the_ends_of_a_stretch_of_street_are_streets():
    """"улицы Куйши Дина от М. Жумабаева до проспекта ...", "улицах – Байтурсынова и
    Нажимеденова": cross streets and streets listed after a dash are no people (streets are
    no entities in the gold)."""
    ents = _entities("Начато строительство улицы Куйши Дина от М. Жумабаева до проспекта Абылай хана. "
                     "На улице Айтеке би от Сыганак до К. Мухамедханова открыт проезд.",
                     "Речь о двух улицах – Байтурсынова и Нажимеденова.",
                     "От Алматы до Астаны ехал Ерлан Жумабаев.")
    found = set(zip(ents.label, ents.text))
    assert not any(name in text for name in ("Жумабаева", "Сыганак", "Мухамедханова", "Байтурсынова",
                                             "Нажимеденова") for _, text in found), found
    assert {("LOC", "Алматы"), ("LOC", "Астаны"), ("PER", "Ерлан Жумабаев")} <= found, found


def test_a_programme_s_name_after_a_building_s_word_is_no_programme():
    """"близ вокзала Нурлы жол": a station named after the programme is a building, no entity;
    "в рамках программы «Нурлы жол»" is the programme."""
    ents = _entities("Дороги построят близ вокзала Нурлы жол, рассказал аким.",
                     "В рамках программы «Нурлы жол» построят дороги.")
    found = set(zip(ents.label, ents.text))
    assert found == {("PROG", "программы «Нурлы жол»")}, found


def test_a_unit_takes_in_the_body_of_a_town_in_the_genitive_after_it():
    """"отдела ветеринарии акимата г. Семея": the akimat of the town, made from the town after
    it, owns the department before it; one ORG, as "отдела образования акимата Жамбылского
    района" is."""
    ents = _entities("Об этом сообщил и. о. начальника отдела ветеринарии акимата г. Семея Ерлан Жумабаев.",
                     "Об этом сообщил начальник отдела ветеринарии акимата Семея Ерлан Жумабаев.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "отдела ветеринарии акимата г. Семея"), ("ORG", "отдела ветеринарии акимата Семея"),
            ("PER", "Ерлан Жумабаев")} <= found, found
    assert ("ORG", "отдела ветеринарии") not in found, found


def test_a_street_named_after_a_person_is_no_town_in_its_genitive():
    """"по ул. Сатпаева": the town Сатпаев's genitive is the street's name after a singular
    street word; "в Сатпаев", "из Сатпаева" stay the town."""
    ents = _entities("Ремонт моста по ул. Сатпаева завершат в мае.",
                     "Он переехал в Сатпаев, а потом уехал из Сатпаева.")
    found = set(zip(ents.article_id.astype(int), ents.text))
    assert (0, "Сатпаева") not in found, found
    assert {(1, "Сатпаев"), (1, "Сатпаева")} <= found, found


def test_a_mosque_s_name_is_a_building():
    """"мечеть Бекет-Ата", "мечеть Хильвет": a mosque named after its saint or by its own name
    is a building, no place (the news gold's training parts: 4 of 4 unmarked); a town after
    "мечети" in the genitive stays the town."""
    ents = _entities("Подземную мечеть Бекет-Ата подключили к газу. Паломники посетили подземную мечеть Хильвет.",
                     "Школьники убрали территорию центральной мечети Шымкента.")
    found = set(zip(ents.article_id.astype(int), ents.text))
    assert not any(text in ("Бекет-Ата", "Хильвет") for _, text in found), found
    assert any(i == 1 and "Шымкента" in text for i, text in found), found


def test_a_forestry_is_an_institution_and_its_adjective_agrees_with_it():
    """"в Дмитревском лесничестве": a forestry is the state institution that keeps the forest,
    an ORG (the news gold's training parts: 5 of 5), and its adjective, which pymorphy3 knows
    only as a surname, takes the neuter of its noun in the normal form."""
    ents = _entities("Пожар в Дмитревском лесничестве потушен. Тракториста Долонского лесничества наградили.")
    found = set(zip(ents.label, ents.text, ents.normal))
    assert {("ORG", "Дмитревском лесничестве", "Дмитревское лесничество"),
            ("ORG", "Долонского лесничества", "Долонское лесничество")} <= found, found


def test_an_adjective_tagged_foreign_still_agrees_with_its_noun():
    """"Урало-Атырауского осетрового рыбоводного завода": the tagger calls "осетрового" a
    foreign word and the first adjective a name in the nominative; the normal form still
    declines the whole name to the nominative."""
    ents = _entities("На участке реки рыболовецкая бригада Урало-Атырауского осетрового рыбоводного завода "
                     "выловила самку белуги.")
    assert "Урало-Атырауский осетровый рыбоводный завод" in set(ents.normal), ents


def test_a_rural_district_named_after_its_noun_takes_the_noun():
    """"в сельском округе Батыр": a rural district's name after its two-word noun is one place
    with it, as "района Сауран" is (the news gold, 3 of 4); its akim after it stays a person."""
    ents = _entities("Открыты две школы в сельском округе Батыр и в сельском округе Баскудук.",
                     "Встречу провел аким сельского округа Талгат Оспанов.")
    found = set(zip(ents.label, ents.text, ents.normal))
    assert {("LOC", "сельском округе Батыр", "сельский округ Батыр"),
            ("LOC", "сельском округе Баскудук", "сельский округ Баскудук")} <= found, found
    assert ("PER", "Талгат Оспанов", "Талгат Оспанов") in found, found


def test_a_district_named_by_a_noun_after_v_raione_is_the_district():
    """"в районе Сарыарка", "в районе Туран": a district of Astana or Shymkent whose official
    name is «район» and a noun is that district (the news gold's training parts, 8 of 9 with
    the noun); "в районе Вонсан", a place no district of Kazakhstan, is near it."""
    ents = _entities("Новая поликлиника откроется в районе Сарыарка. Школа построена в районе Туран.",
                     "Учения прошли в районе Вонсан.")
    found = set(zip(ents.article_id.astype(int), ents.label, ents.text, ents.normal))
    assert {(0, "LOC", "районе Сарыарка", "район Сарыарка"), (0, "LOC", "районе Туран", "район Туран"),
            (1, "LOC", "Вонсан", "Вонсан")} <= found, found


def test_a_district_named_by_a_noun_keeps_it_after_a_city_adjective_or_a_post():
    """"столичном районе Байконыр", "акимом района Астана": a district named by a noun takes
    its noun after the capital's adjective too, and "Астана" after «района» is a district in
    the nominative (Aktobe's), not the city's genitive pymorphy3 also reads (the news gold's
    batch 149, 2 of 2); "в районе Донецка" stays near the town."""
    ents = _entities("30 апреля в столичном районе Байконыр открыли двор. Десятый месяц акимом района Астана "
                     "является Айбек Купенов.", "Бои идут в районе Донецка.")
    found = set(zip(ents.article_id.astype(int), ents.label, ents.text, ents.normal))
    assert {(0, "LOC", "районе Байконыр", "район Байконыр"), (0, "LOC", "района Астана", "район Астана"),
            (1, "LOC", "Донецка", "Донецк")} <= found, found


def test_a_museum_named_after_a_person_is_one_organisation_with_the_name():
    """"дом-музей Жамбыла", "музея Абая «Жидебай-Борили»": a museum with a person in the
    genitive after its noun is named after them, one ORG with its adjectives (joined by «и»
    too, each declined in the normal form) and its quoted name; a person in the nominative
    after a museum ("директор музея Иван Петров") stays a person."""
    ents = _entities("В Таразе отремонтируют Литературно-мемориальный дом-музей Жамбыла.",
                     "Встречу провел директор Государственного историко-культурного и литературно-мемориального "
                     "заповедника-музея Абая «Жидебай-Борили» Турдыкул Шанбай.",
                     "На встрече выступил директор музея Иван Петров.")
    found = set(zip(ents.article_id.astype(int), ents.label, ents.text, ents.normal))
    assert (0, "ORG", "Литературно-мемориальный дом-музей Жамбыла", "Литературно-мемориальный дом-музей Жамбыла") \
        in found, found
    assert (1, "ORG", "Государственного историко-культурного и литературно-мемориального заповедника-музея Абая "
                      "«Жидебай-Борили»",
            "Государственный историко-культурный и литературно-мемориальный заповедник-музей Абая «Жидебай-Борили»") \
        in found, found
    assert (2, "PER", "Иван Петров", "Иван Петров") in found, found


def test_a_match_protocol_s_names_are_players_referees_and_their_towns():
    """A football match's protocol: every surname of its goals, cards, line-ups and referees
    is a person (an initial before it too), a referee's town a place, the quoted team before
    its line-up an organisation; a common noun in it ("Стадион") is none."""
    ents = _entities("«Актобе» — «Атырау» 3:0 (1:0)\n"
                     "Голы: Харабара 45+2, Мирошниченко 83, Хайруллин 86\n"
                     "Предупреждения: Гридин 21 — Нурыбеков 9, Д. Родионов 10\n"
                     "«Атырау»: Бойченко, Чуреев (к), Голич (Фомин 5), Овшинов (Головешкин 81)\n"
                     "Резерв: Плотников, Маров, Мадиев\n"
                     "Судьи: Абданбаев (Тараз), Мельников (Актау). Стадион Центральный.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", name) for name in ("Харабара", "Гридин", "Нурыбеков", "Д. Родионов", "Фомин", "Головешкин",
                                       "Мадиев", "Абданбаев", "Мельников")} <= found, found
    assert {("LOC", "Тараз"), ("LOC", "Актау"), ("ORG", "«Атырау»")} <= found, found
    assert not any(text == "Стадион" for _, text in found), found


def test_a_match_protocol_s_full_names_are_one_person_each():
    """"Предупреждения: Михаил Бакаев 57", a line-up of first names and surnames: each player is
    one person, his first name and surname together, not two (release 75 cut them: the news
    gold of batch 153, one protocol of 51 names)."""
    ents = _entities("«Ордабасы» – «Шахтер» – 0:0\n"
                     "Предупреждения: Михаил Бакаев 57, Таир Нурсеитов 60, Евгений Гапон 87\n"
                     "«Шахтер»: Игорь Шацкий (В) (К) – Ескендир Кыбырай (Егор Алишаускас 86), Жан-Али Пайруз;\n"
                     "Резерв: Ернар Сайлауов (В) – Давид Атанаскоски")
    found = set(zip(ents.label, ents.text))
    assert {("PER", name) for name in ("Михаил Бакаев", "Таир Нурсеитов", "Евгений Гапон", "Игорь Шацкий",
                                       "Ескендир Кыбырай", "Егор Алишаускас", "Жан-Али Пайруз", "Ернар Сайлауов",
                                       "Давид Атанаскоски")} <= found, found
    assert not {("PER", "Михаил"), ("PER", "Бакаев"), ("PER", "Игорь")} & found, found


def test_an_office_and_the_body_or_akim_it_serves_are_one_organisation():
    """"аппарате акима Бурлинского района", "аппарата Правительства РК", "Секретариатом АНК":
    an office is a body named by the official or the body it serves, the places after the akim
    included; a device ("аппарату ИВЛ") names none."""
    ents = _entities("Об этом сообщили в аппарате акима Карасайского района Алматинской области.",
                     "Руководитель аппарата Правительства РК провел совещание.",
                     "Заведующая Секретариатом АНК Кымбат Дощанова выступила.",
                     "Пациента подключили к аппарату ИВЛ.")
    found = set(zip(ents.article_id.astype(int), ents.label, ents.text))
    assert {(0, "ORG", "аппарате акима Карасайского района Алматинской области"),
            (1, "ORG", "аппарата Правительства РК"), (2, "ORG", "Секретариатом АНК")} <= found, found
    assert not any(i == 3 and "аппарат" in text for i, _, text in found), found


def test_ochered_noi_is_no_part_of_a_body_s_name():
    """"очередного генерального консульства России": «очередной» (the next one) is the
    writer's word, as «новый» is; the consulate's name opens after it."""
    ents = _entities("Как он пояснил, выбор на размещение очередного генерального консульства России пал на Актау, "
                     "потому что в городе проживают соотечественники.")
    assert "генерального консульства России" in set(ents.text), ents
    assert not any(text.startswith("очередн") for text in ents.text), ents


def test_quoted_rivers_listed_after_their_plural_noun_are_places():
    """"в бассейнах рек «Аксай», «Каргалы» и «Киши Алматы»": each quoted name after the
    rivers' noun is a river, a place, not the organisation the tagger reads in quotes."""
    ents = _entities("Сели сошли в бассейнах рек «Аксай», «Каргалы», «Улкен» и «Киши Алматы».")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Аксай"), ("LOC", "Каргалы"), ("LOC", "Улкен"), ("LOC", "Киши Алматы")} <= found, found


def test_a_quoted_name_after_a_reserve_or_a_national_park_is_the_institution():
    """"резервата «Семей орманы»", "национальном природном парке «Алтынемел»", "заповедник-музей
    «Азрет Султан»": the quoted name is the state institution, an ORG with its quotes; a town's
    park ("в парке «Достык»") is none, and a longer name around it keeps the reserve inside."""
    ents = _entities("Руководители природного резервата «Семей орманы» рассказали о пожарах. Популяция выросла "
                     "в национальном природном парке «Алтынемел». Гости посетили историко-культурный "
                     "заповедник-музей «Азрет Султан». Дети гуляли в парке «Достык».")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "«Семей орманы»"), ("ORG", "«Алтынемел»"), ("ORG", "«Азрет Султан»")} <= found, found
    assert not any("Достык" in text for _, text in found), found
    assert not any(label == "LOC" and text == "Алтынемел" for label, text in found), found


def test_a_surname_before_two_initials_is_one_person_as_court_records_list_them():
    """"Государственные обвинители Мендыбай Т.Е., Мейрбекова Д.М.": a court record's list of
    surnames, each with its initials after it, is one person per name; not two joined over a
    dash, not with the next sentence's first word, never a place; initials before the next word
    are that word's ("в Казахстане К.Т. Сатпаеву")."""
    ents = _entities("Секретарь судебного заседания: Сабыр Ә. Е.\nГосударственные обвинители Мендыбай Т.Е., "
                     "Мейрбекова Д.М.\nПредставитель потерпевших адвокат Усенова Д.А.\nПотерпевшие Бегаз Ж.Д. — "
                     "Смагулов Н.Х. подключен по видеосвязи. Переводчик Ахметов Г.Б. Подсудимые Саутбеков А.С., "
                     "Мурзашев А.Е.\nЯвилось 12 присяжных заседателей.",
                     "Премию в Казахстане К.Т. Сатпаеву вручили посмертно.")
    found = set(zip(ents.label, ents.text))
    persons = {"Сабыр Ә. Е.", "Мендыбай Т.Е.", "Мейрбекова Д.М.", "Усенова Д.А.", "Бегаз Ж.Д.", "Смагулов Н.Х.",
               "Ахметов Г.Б.", "Саутбеков А.С.", "Мурзашев А.Е."}
    assert {("PER", name) for name in persons} <= found, found
    assert not any(label == "LOC" and "." in text for label, text in found), found
    assert {("LOC", "Казахстане"), ("PER", "К.Т. Сатпаеву")} <= found, found


def test_a_post_capitalised_before_a_body_is_no_word_of_its_name():
    """"встреча Председателя Сената Парламента", "Атаман РОО СКСК": a post capitalised out of
    respect is a person's, the body's name opens after it; posts of several bodies in lower case
    ("Руководители городских управлений Астаны") name no body, the place stays."""
    ents = _entities("В Талдыкоргане состоялась встреча Председателя Сената Парламента Маулен Ашимбаев с жителями.",
                     "Выступил Атаман РОО СКСК Коваленко Н.М.", "Руководители городских управлений Астаны отчитались.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Сената Парламента"), ("ORG", "РОО СКСК"), ("LOC", "Астаны")} <= found, found
    assert not any(text.startswith(("Председател", "Атаман", "Руководител")) for _, text in found), found


def test_a_fund_s_country_branch_is_an_organisation_not_a_person():
    """"при поддержке фонда Сорос-Казахстан": a name joined to the country by a hyphen is a
    fund's or company's branch in it, as "Интерфакс-Казахстан" is an agency; no person."""
    ents = _entities("Тренинг прошёл при поддержке фонда Сорос-Казахстан. Молодежь поднимает вопрос реабилитации.")
    assert ("ORG", "Сорос-Казахстан") in set(zip(ents.label, ents.text)), ents
    assert "PER" not in set(ents.label), ents


def test_a_hockey_goal_s_line_names_its_scorer_and_assistants():
    """"1:2 - Сарваров (Антоновский, Ердаков) - 10:45": each name of a hockey goal's line is a
    player, a person, whatever its ending (-ский reads as a place's adjective), and so are the
    goalkeepers after "Вратари:"."""
    ents = _entities("«Металлург» (Новокузнецк) – «Сарыарка» (Караганда) 4:7\n\nШайбы:\n\n"
                     "1:2 - Сарваров (Антоновский, Ердаков) - 10:45\n\n4:7 – Лаута (Ломако) – 56:38\n\n"
                     "Вратари: Литвинов – Гелашвили")
    found = set(zip(ents.label, ents.text))
    assert {("PER", name) for name in ("Сарваров", "Антоновский", "Ердаков", "Лаута", "Ломако", "Литвинов",
                                       "Гелашвили")} <= found, found
    assert {("LOC", "Новокузнецк"), ("LOC", "Караганда")} <= found, found


def test_a_count_of_districts_and_a_body_of_listed_regions_name_no_place_or_body():
    """"Три района подтопило": a count before a district's noun is no place; "акиматам
    Карагандинской, Акмолинской областей": regions' adjectives listed before the noun they share
    are each a place, and the plural body before them takes none into a name."""
    ents = _entities("Три района подтопило в Туркестанской области.",
                     "Доставку газа поручили акиматам Карагандинской, Акмолинской областей и Астаны.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Туркестанской области"), ("LOC", "Карагандинской"), ("LOC", "Астаны")} <= found, found
    assert not any(text.startswith(("Три", "акимат")) for _, text in found), found
    assert dict(zip(ents.text, ents.normal))["Карагандинской"] == "Карагандинская область"


def test_a_photo_credit_word_and_a_closing_quote_glued_to_the_next_word_cut_no_name():
    """"© Photo : Пресс-служба АО "Самрук-Казына"Глава ...": "Photo" is the credit's own word,
    no outlet; a straight quote after an open one closes the name even glued to the next
    sentence's first word, which is no part of it."""
    ents = _entities('Работы завершены.\n© Photo : Пресс-служба АО "Самрук-Казына"Глава "Самрук-Казына" '
                     'заложил капсулу.')
    found = set(zip(ents.label, ents.text))
    assert ("ORG", 'АО "Самрук-Казына"') in found, found
    assert not any("Photo" in text or "Глава" in text for _, text in found), found


def test_a_site_s_name_with_digits_is_an_outlet():
    """"По данным strategy2050.kz", "Qazaq24.com": the tokenizer cuts a site's name at its digits
    ("strategy | 2050 | . | kz"); the name glued back is the outlet."""
    ents = _entities("По данным strategy2050.kz, так, по состоянию на 1 января создано 50 кооперативов.")
    assert ("ORG", "strategy2050.kz") in set(zip(ents.label, ents.text)), ents


def test_a_hajji_s_title_a_roman_ordinal_and_a_body_inside_a_decision_s_title():
    """"Наурызбай кажы Таганулы": the hajji's honorific between a Kazakh given name and
    surname is part of the person; "ХХІІ съезде": a Roman ordinal written with Cyrillic letters
    is no organisation; «Об избрании председателя маслихата города Астаны»: the body inside a
    decision's quoted title is found as outside it."""
    ents = _entities("На встрече обсудили работу духовенства.\nНаурызбай кажы Таганулы выразил благодарность.",
                     "На внеочередном ХХІІ съезде выступил председатель партии.",
                     "Рассмотрены проекты решений «Об избрании председателя маслихата города Астаны».")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Наурызбай кажы Таганулы"), ("ORG", "маслихата города Астаны")} <= found, found
    assert not any(text in ("Таганулы", "ХХІІ") for _, text in found), found


def test_a_given_name_read_in_the_nominative_once_and_a_village_after_a_comma_keep_their_form():
    """"Им стал Сатыбалды Даулеталин ... кандидатуру Сатыбалды Даулеталина": the given name
    written as in the nominative mention is that nominative, not "Сатыбалда"; "в посёлках
    Бестобе, Заводской, сёлах Изобильное": the noun after a comma opens the next list, no
    noun the village's adjectival name shares."""
    ents = _entities("Им стал Сатыбалды Даулеталин. Съезд поддержал кандидатуру Сатыбалды Даулеталина.",
                     "В посёлках Бестобе, Заводской, сёлах Изобильное, Карабулак прошли выборы.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Сатыбалды Даулеталина"] == "Сатыбалды Даулеталин", normals
    assert normals["Заводской"] == "Заводской", normals


def test_a_diocese_a_temperature_and_an_abbreviation_before_a_name():
    """"в Костанайскую епархию": a diocese with its place's adjective is a church body, no
    place; "9 C" of a weather widget is nothing; "Академии наук КазССР Каныша Сатпаева": the
    abbreviation is no word of the person's name after it."""
    ents = _entities("Начался визит митрополита в Костанайскую епархию.",
                     "9 C\nАлматы\nПятница, 19 апреля, 2024\n\nСегодня исполнилось 125 лет со дня рождения "
                     "основателя Академии наук КазССР Каныша Имантаевича Сатпаева. Именно благодаря его работе "
                     "открыли месторождение.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Костанайскую епархию"), ("PER", "Каныша Имантаевича Сатпаева")} <= found, found
    assert not any(text == "9 C" or label == "PER" and "КазССР" in text for label, text in found), found


def test_a_line_up_running_over_lines_and_a_district_named_after_a_judge():
    """A team's line-up that runs on over its lines ("Деркач,\\nСакенов (Насибуллин 78)",
    "Сахибов\\n(Куанышбеков 84)") is one protocol section, each name a player, none a place (not
    the city of a byline: "Морец, Сахибов" at a line's end); "акима района Айтеке би": the
    district named after the judge, with its noun."""
    ents = _entities("«Спартак» — «Кайсар» 1:1 (0:0)\nГолы: Ерсалимов 73 (1:0), Семлер 52 (1:1)\n"
                     "«Спартак»: Айдаргалиев, Нургалиев (Каппаров 60), Сартаков, Деркач,\n"
                     "Сакенов (Насибуллин 78), Ерсалимов, Казиев (Власичев 55),\nВолох (Акинжанов 68), Ахметов, Данаев\n"
                     "«Кайсар»: Алайдаров, Алтаев, Семлер (Пархачев 66),\nХромцов, Молдакараев (Алиев 73), Морец, Сахибов\n"
                     "(Куанышбеков 84)\nРезерв: Прядкин, Алтынбеков",
                     "Заместитель акима района Айтеке би Максат Зейноллаулы поблагодарил спасателей.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", name) for name in ("Насибуллин", "Акинжанов", "Данаев", "Морец", "Сахибов", "Куанышбеков")} \
        <= found, found
    assert ("LOC", "района Айтеке би") in found, found
    assert not any(label == "LOC" and text in ("Данаев", "Морец", "Сахибов") for label, text in found), found


def test_a_compound_region_adjective_after_a_road_word_is_one_place():
    """"по дорогам Восточно-Казахстанской и Алматинской областей": a region's compound adjective
    (its first half in -о) is one name, no route of two places joined by a hyphen, as
    "трассу Астана-Караганда" is."""
    ents = _entities("Аким проверил ход работ по дорогам Восточно-Казахстанской и Алматинской областей. "
                     "Водители жалуются на трассу Астана-Караганда.")
    places = set(ents.text[ents.label == "LOC"])
    assert {"Восточно-Казахстанской", "Астана", "Караганда"} <= places, places
    assert not {"Восточно", "Казахстанской"} & places, places


def test_a_cooperative_s_legal_form_alone_and_a_platform_before_a_name_name_nobody():
    """"для всех членов СПК": a production cooperative's legal form alone names no body, as
    "ТОО" alone does, while "СПК «Батыс Сут»" is one; "со ссылкой на Инстаграм Сагинтаева": the
    platform is no word of the person's name."""
    ents = _entities("Кроме того, для всех членов СПК фонд дает возможность взять кредит. Создан СПК «Батыс Сут».",
                     "Об этом передает Almaty.tv со ссылкой на Инстаграм Сагинтаева.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "СПК «Батыс Сут»"), ("PER", "Сагинтаева")} <= found, found
    assert ("ORG", "СПК") not in found and not any(text.startswith("Инстаграм") for _, text in found), found


def test_a_web_address_names_no_body_and_a_plan_for_a_purpose_runs_to_its_year():
    """"![](https://yujanka.kz/wp-content/...)": an image's source a scraper kept is an address,
    no outlet (the site named in the text still is one); "Национальный план по обеспечению прав ...
    лиц с инвалидностью до 2025 года": a plan's purpose after "по" keeps its own prepositions
    up to the year it runs to."""
    ents = _entities("В регионе создается центр «Қамқорлық».\n![](https://yujanka.kz/wp-content/uploads/2025/02/e4.jpg)\n"
                     "Об этом сообщает Yujanka.kz.",
                     "В 2019 году правительство приняло Национальный план по обеспечению прав и улучшению качества "
                     "жизни лиц с инвалидностью до 2025 года.")
    found = set(zip(ents.label, ents.text))
    assert ("PROG", "Национальный план по обеспечению прав и улучшению качества жизни лиц с инвалидностью до 2025 "
                    "года") in found, found
    assert not any(text in ("yujanka.kz", "https") for _, text in found), found


def test_a_verb_agreeing_after_a_name_makes_it_the_subject_not_an_owner():
    """"мастер спорта международного класса Камиля Досмалова получила": a name right after a
    thing reads as its owner in the genitive ("дело Бергея Рыскалиева") unless a verb after it
    agrees with it: then it is the subject, a woman in the nominative."""
    ents = _entities("Пара дзюдоистка мастер спорта международного класса Камиля Досмалова получила серебряную медаль.",
                     "Суд рассмотрел дело Бергея Рыскалиева.")
    assert dict(zip(ents.text, ents.normal)) == {"Камиля Досмалова": "Камиля Досмалова",
                                                 "Бергея Рыскалиева": "Бергей Рыскалиев"}, ents


def test_karkaraly_opening_a_sentence_is_a_place_and_a_national_team_unnamed_no_body():
    """"Каркаралы — одно из красивейших мест": the town's name as news writes it now (the
    gazetteer had only Каркаралинск) is a place at a sentence's start too; "в составе
    Национальной сборной": a team's noun after adjectives, with no country named, is no body."""
    ents = _entities("Без комплексного подхода здесь нельзя. Каркаралы — одно из красивейших мест области.",
                     "Спортсмены клуба «Алматы» в составе Национальной сборной приняли участие в соревнованиях.")
    found = set(zip(ents.label, ents.text))
    assert ("LOC", "Каркаралы") in found, found
    assert not any("сборной" in text for _, text in found), found


def test_a_banner_word_in_capitals_and_a_public_council_unnamed_are_no_bodies():
    """"15 МАРТА - РЕФЕРЕНДУМ": a word in capitals that the dictionary knows only as a common
    word is a banner, no name (a quoted club in capitals still is one); "члены областного
    Общественного совета": a public council with no place or body after it is none either,
    while "Общественный совет Лисаковска" is one."""
    ents = _entities("15 МАРТА - РЕФЕРЕНДУМ\n\nНачалась эвакуация населения. Клуб «ШАХТЕР» победил.",
                     "Первое заседание областного Общественного совета открыла председатель. Общественный совет "
                     "Лисаковска провел заседание.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "«ШАХТЕР»"), ("ORG", "Общественный совет Лисаковска")} <= found, found
    assert not any(text in ("РЕФЕРЕНДУМ", "Общественного совета") for _, text in found), found


def test_a_tract_s_name_a_range_of_places_a_caption_s_outlet_and_a_place_after_a_post():
    """"урочища Туюк Су": a tract's name is a place; "от Медео до Шымбулака": a word that is no
    surname between "от" and "до" is a place (not "от Иванова до Петрова"); "Коллаж Ulysmedia":
    a collage credited to an outlet; "Аким Алматы Ерболат Досаев" under it: the place after the
    post, before the name."""
    ents = _entities("Так считают работники урочища Туюк Су. Теперь от Медео до Шымбулака можно добраться на автобусе.",
                     "Досаев поссорился с зоопарком\nКоллаж Ulysmedia\n\nАким Алматы Ерболат Досаев заявил об этом.",
                     "Зарплату платили от Иванова до Петрова.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Туюк Су"), ("LOC", "Медео"), ("ORG", "Ulysmedia"), ("LOC", "Алматы"),
            ("PER", "Ерболат Досаев"), ("PER", "Иванова")} <= found, found


def test_a_venue_is_a_building_and_the_person_it_is_named_after_a_person():
    """"на Центральном стадионе г. Алматы", "в Караганды-Арена": a stadium or an arena is a
    building, which the guidelines leave out (the town after it is a place); "на стадионе им.
    П. Атояна": the person it is named after is marked alone."""
    ents = _entities("В четверг на Центральном стадионе г. Алматы состоится игра. Матч прошел на стадионе им. П. Атояна.",
                     "Игра прошла в Караганды-Арена.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Алматы"), ("PER", "П. Атояна")} <= found, found
    assert not any("стадион" in text or "Арена" in text for _, text in found), found


def test_a_cleric_s_surname_in_brackets_a_party_a_lake_and_a_compound_half():
    """"митрополит Геннадий (Бурдюжа)": a name in religion and the surname in brackets are one
    person (not a line-up's "Макаров (Григоренко)", nor a name spelt again in another script:
    "Марио (何猷君)"); "Нур Отан" is the party, no person; "озера Неклюдова" a lake; "От
    Северо-Казахстана до Аризоны" one place before the dash, and "Трасса Астана-Караганда"
    opening a sentence two places without the road's word."""
    ents = _entities("Литургию возглавил митрополит Геннадий (Бурдюжа). Замены: Макаров (Григоренко). 24-летний Марио "
                     "(何猷君) — шестнадцатый из 17 детей.",
                     "Говоря энергично, Нур Отан - преобразователь общественной жизни. Рыбаки застряли возле озера "
                     "Неклюдова.",
                     "От Северо-Казахстана до Аризоны: укрепление научных связей. Трасса Астана-Караганда закрыта.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Геннадий (Бурдюжа)"), ("PER", "Макаров"), ("PER", "Григоренко"), ("ORG", "Нур Отан"),
            ("LOC", "Неклюдова"), ("LOC", "Северо-Казахстана"), ("LOC", "Астана"), ("LOC", "Караганда"),
            ("PER", "Марио")} <= found, found
    assert not any(text in ("Северо", "Трасса Астана") for _, text in found), found
    assert dict(zip(ents.text, ents.canonical))["Геннадий (Бурдюжа)"] == "PER:геннадий бурдюжа"


def test_an_address_s_adjective_a_split_patronymic_and_a_surname_in_capitals_after_one():
    """"Уважаемый Бердыбек Машбекович!": the adjective of an address is no word of the name;
    "Сержан | Жакиянович Чайжунусов", tagged as two persons, is one; "Нину Ивановну КАРЯКИНУ":
    a patronymic in any case (Ивановну, not only Ивановна) keeps the person whole before a
    surname in capitals."""
    ents = _entities("– Уважаемая Гульнара Сериковна! Расскажите о планах.",
                     "Директором клуба назначен Сержан Жакиянович Чайжунусов.",
                     "Зрители с теплом вспоминают Нину Ивановну КАРЯКИНУ.")
    found = set(zip(ents.label, ents.text))
    assert {("PER", "Гульнара Сериковна"), ("PER", "Сержан Жакиянович Чайжунусов"),
            ("PER", "Нину Ивановну КАРЯКИНУ")} <= found, found
    assert dict(zip(ents.text, ents.normal))["Нину Ивановну КАРЯКИНУ"] == "Нина Ивановна КАРЯКИНА"


def test_a_team_s_noun_a_body_named_by_a_district_adjective_and_a_place_near_a_town():
    """"заняла команда МВД РК": the team is the body's, no word of its name (the news gold's
    training parts mark none of 27 with it); "Каракиянского | пограничного управления ...": a
    district's adjective opens the body the tagger began after it; "в районе Риддера": near
    the town, which alone is the place ("в районе Сарыарка" is a district, its noun kept)."""
    ents = _entities("Первое место заняла команда МВД РК, второе – команда департамента полиции Актюбинской области.",
                     "Пограничниками Каракиянского пограничного управления департамента погранслужбы КНБ РК области "
                     "задержан браконьер.",
                     "Запасы разведаны в районе Риддера. Пожар произошел в районе Сарыарка.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "МВД РК"), ("ORG", "департамента полиции Актюбинской области"),
            ("ORG", "Каракиянского пограничного управления департамента погранслужбы КНБ РК области"),
            ("LOC", "Риддера"), ("LOC", "районе Сарыарка")} <= found, found
    assert not any(text.startswith("команда") or text in ("Каракиянского", "районе Риддера")
                   for _, text in found), found


def test_a_clipped_compound_declines_as_its_last_noun(tmp_path):
    """"Нацгвардии", "Погранслужбы": a clipped word and a dictionary noun decline as that noun,
    which pymorphy3 only guesses; a Kazakh name in -ы stays as written."""
    assert _normals_on_gold(tmp_path,
                            "На турнире выступили борцы [[Нацгвардии РК|Нацгвардия РК|ORG]] и "
                            "[[Погранслужбы КНБ РК|Погранслужба КНБ РК|ORG]].\n"
                            "Жители села [[Мойылды|Мойылды|LOC]] собрались у акимата.\n"
                            ) == ["Нацгвардия РК", "Погранслужба КНБ РК", "Мойылды"]


def test_a_party_s_branch_by_its_level_a_town_s_body_unnamed_and_a_concept_with_prepositions():
    """"районного филиала партии «Нур Отан»": a branch with a level's adjective alone is the
    party's, which alone is named (with a place's adjective it is a body of its own); "В
    Караганде ТЭЦ перестала": the town, and a plant named by its kind alone; "концепции
    обеспечения общественной безопасности в партнерстве с обществом на 2024-2028 годы": the
    period ends a programme's title that holds prepositions of its own; "Сабантуй" is a
    holiday, no person."""
    ents = _entities("Председатель районного филиала партии «Нур Отан» встретился с жителями. Директор Жамбылского "
                     "областного филиала партии «AMANAT» выступил.",
                     "В Караганде ТЭЦ перестала подавать электроэнергию. Каждый год Сабантуй собирает гостей.",
                     "На заседании обсужден проект концепции обеспечения общественной безопасности в партнерстве с "
                     "обществом на 2024-2028 годы.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "«Нур Отан»"), ("ORG", "Жамбылского областного филиала партии «AMANAT»"),
            ("LOC", "Караганде"),
            ("PROG", "концепции обеспечения общественной безопасности в партнерстве с обществом на 2024-2028 годы")
            } <= found, found
    assert not any(text.startswith("районного") or "ТЭЦ" in text or text == "Сабантуй" for _, text in found), found


def test_an_abbreviation_after_a_plural_adjective_and_an_orchestra_named_after_a_composer():
    """"на сценах двух городских ДК": an abbreviation after a plural adjective speaks of bodies
    of a kind, none named (the training parts, 6 of 6 unmarked); "оркестра имени Таттимбета":
    an orchestra named after a person is one body with the name, as a school or library is."""
    ents = _entities("Артисты выступали на сценах двух городских ДК, а кабинетов не хватало.",
                     "В Караганде стартует новый сезон оркестра имени Таттимбета\n\nКарагандинцев ждут концерты.")
    found = set(zip(ents.label, ents.text))
    assert ("ORG", "оркестра имени Таттимбета") in found, found  # a name ends at a line break
    assert not any("ДК" in text or "\n" in text for _, text in found), found


def test_a_region_named_by_a_noun_is_one_place_wherever_the_taggers_left_it():
    """"область Абай", "области Жетісу": the regions named by a noun since 2022 (the news gold:
    missed after «В», run on into "сегодня", cut from a department's name at "по области")."""
    ents = _entities("В области Абай экс-аким района исключен из списка почетных граждан.",
                     "Область Абай сегодня – это современный регион.",
                     "Выступил начальник департамента Пограничной службы КНБ РК по области Абай полковник "
                     "Асхат Ахметов.")
    assert {"области Абай", "Область Абай"} <= set(ents[ents.label == "LOC"].text)
    assert "департамента Пограничной службы КНБ РК по области Абай" in set(ents[ents.label == "ORG"].text)
    assert not {"Абай", "Область Абай сегодня"} & set(ents.text)


def test_a_short_quoted_programme_with_a_full_stop_is_one_programme():
    ents = _entities("Данный рейд проводился в рамках акции «Чистый водоём. Чистый берег» и помог реке.")
    assert list(ents[ents.label == "PROG"].text) == ["акции «Чистый водоём. Чистый берег»"]


def test_a_village_written_undeclined_keeps_its_name():
    """"в Сивково", "в Налобино": the news writes these villages undeclined, which pymorphy3
    reads as another name's oblique case ("Сивковое", "Налобина")."""
    ents = _entities("Жителей отправили в Сивково. Там переночевали.",
                     "Часть сельчан эвакуировали в Пресновку и Налобино. Там тепло.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Сивково"] == "Сивково" and normals["Налобино"] == "Налобино"
    assert normals["Пресновку"] == "Пресновка"


def test_words_that_name_no_one_whichever_pass_found_them():
    ents = _entities("На место ЧС прибывают сотрудники полиции. Глава государства в своих Посланиях поручил "
                     "развивать село. Идет ремонт на сетях: ЦТП-518, ЦТП 401 и сети от котельной «Центр».")
    assert not {"ЧС", "Посланиях", "ЦТП-518", "Центр"} & set(ents.text), ents


def test_a_person_after_a_paper_s_kind_is_a_person_not_the_paper():
    ents = _entities("Статья подписана редактором газеты Тамарой Ислямовой и содержит факты.",
                     "Об этом передает телеканал Хабар Ерлан Карин заявил вчера.")
    assert "Тамарой Ислямовой" in set(ents[ents.label == "PER"].text)
    assert "Хабар" in set(ents[ents.label == "ORG"].text)
    assert not {"Тамарой Ислямовой", "Хабар Ерлан"} & set(ents[ents.label == "ORG"].text)


def test_bodies_a_tagger_ended_early_or_read_into_an_act_or_a_place():
    """An inspection conducted is an act, an inspectorate's name runs to its noun, a place in
    the prepositional case opens no school's name, and a country's plant is any plant."""
    ents = _entities("Аким Б. Сагинтаев провел инспекцию хода пуско-наладочных работ. Сотрудники инспекции "
                     "труда провели проверку.",
                     "В начале апреля сотрудники Балхаш-алакольской межобластной бассейновой инспекции провели рейд.",
                     "Деньги выделили на начало строительства в Аркалыке общеобразовательной школы.",
                     "Первую партию таблеток китайская АЭС получит летом, уголь пойдет на риддерскую ТЭЦ.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"инспекции труда", "Балхаш-алакольской межобластной бассейновой инспекции", "риддерскую ТЭЦ"} <= orgs
    assert not any(text.startswith(("инспекцию", "Аркалыке", "китайская")) for text in orgs), orgs
    assert "Аркалыке" in set(ents[ents.label == "LOC"].text)


def test_a_pipeline_s_name_is_no_club_and_a_latin_company_takes_its_legal_form():
    ents = _entities("Сроки строительства газопровода «Сарыарка» назвал Канат Бозумбаев. Матч «Сарыарка» – «Барыс».",
                     "В июле начал работу завод по производству скотча и пленки ТОО KazTigerTape с мощностью 1250 тонн.")
    orgs = list(ents[ents.label == "ORG"].text)
    assert orgs.count("Сарыарка") == 1 and "ТОО KazTigerTape" in orgs


def test_plans_in_the_plural_without_a_name_are_no_programme():
    ents = _entities("Правительство утвердило комплексные планы социально-экономического развития городов Жанатас, "
                     "Каратау и Риддер. Школы строят по госпрограммам «Нурлы жол» и «Нурлы жер».")
    assert not any(text.startswith("комплексные планы") for text in ents.text)
    assert "Жанатас" in set(ents[ents.label == "LOC"].text)
    assert any("Нурлы жол" in text for text in ents[ents.label == "PROG"].text)


def test_a_university_named_by_a_name_declines_its_noun_alone():
    ents = _entities("Студенты Торайгыров университета и Шакарим университета, а также Карагандинского "
                     "университета приехали.")
    normals = dict(zip(ents.text, ents.normal))
    assert normals["Торайгыров университета"] == "Торайгыров университет"
    assert normals["Шакарим университета"] == "Шакарим университет"
    assert normals["Карагандинского университета"] == "Карагандинский университет"


def test_a_mission_s_town_after_its_abbreviation_and_a_soviet_republic():
    ents = _entities("Выступил глава Генерального консульства Азербайджанской Республики в г. Актау Эльчин Маммадов.",
                     "Он заслуженный деятель науки КазССР и академик НАН РК.")
    assert "Генерального консульства Азербайджанской Республики в г. Актау" in set(ents[ents.label == "ORG"].text)
    assert "КазССР" in set(ents[ents.label == "LOC"].text)


def test_a_braille_blank_ends_no_name_and_a_compound_school_takes_its_town():
    """"служба коммуникаций⠀": some sites type U+2800 as an invisible space; "школа-гимназия №44
    города Уральск": a school named by a compound takes its town in, as "средняя школа" does."""
    ents = _entities("Об этом сообщает Региональная служба коммуникаций⠀\n\nРуководители центра обменялись опытом.",
                     "Гран-при получила школа-гимназия №44 города Уральск.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"Региональная служба коммуникаций", "школа-гимназия №44 города Уральск"} <= orgs, orgs
    assert dict(zip(ents.text, ents.normal))["Региональная служба коммуникаций"] == "Региональная служба коммуникаций"


def test_a_college_s_field_a_district_centre_and_a_lorry_by_its_make():
    """"колледж агробизнеса и права": the field the tagger left out is the college's name;
    "компактный районный центр" is a town, whatever the writer says of it; «Камаз» in a crash
    is a vehicle, while "ПАО «КАМАЗ»" stays the maker; a gas distribution station is a facility."""
    ents = _entities("В мае будет год, как Сарыкольский колледж агробизнеса и права возглавляет Владислав Петров.",
                     "Это небольшой и компактный районный центр на востоке Павлодарской области.",
                     "В районе Бектау-ата столкнулись «Камаз» и легковое авто. Акции ПАО «КАМАЗ» выросли.",
                     "Подана заявка на постройку распределителей для АГРС в посёлке Саксаульский.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert "Сарыкольский колледж агробизнеса и права" in orgs, orgs
    assert not any("центр" in org or org in ("«Камаз»", "АГРС") for org in orgs), orgs
    assert "ПАО «КАМАЗ»" in orgs


def test_a_name_after_a_credit_s_colon_is_in_the_nominative():
    """"Фото: Валерия Бугаева": a photo credit names its author in the nominative (the news
    gold's training parts: 7 names of 7 after a colon), not a man's genitive."""
    ents = _entities("Экибастуз отмечает День шахтёра\n\nФото: Валерия Бугаева/Акимат Павлодарской области\n\n"
                     "По традиции праздник отмечается в последнее воскресенье августа.")
    assert dict(zip(ents.text, ents.normal))["Валерия Бугаева"] == "Валерия Бугаева"


def test_a_commission_a_ministry_s_short_name_a_road_map_and_a_championship():
    """"комиссия Минздрава": the ministry is the body named; "Минцифры" opening a sentence is
    the ministry, no person; «Дорожная карта» quoted is a programme; "ЧМ-2013" is an event."""
    ents = _entities("Комиссия Минздрава выедет в Павлодар после жалоб врачей.",
                     "Президент подписал закон.\n\nМинцифры подчеркивает, что реализация проекта важна.",
                     "Проблем по выполнению «Дорожной карты» и завершению ремонта нет.",
                     "На ЧМ-2013 в Алматы сборная выиграла шесть медалей.")
    assert {("ORG", "Минздрава"), ("ORG", "Минцифры"), ("PROG", "«Дорожной карты»")} <= set(zip(ents.label, ents.text))
    assert not any(text.startswith(("Комиссия", "ЧМ")) for text in ents.text), list(ents.text)


def test_a_school_after_a_predicate_adjective_and_a_school_by_its_village_s_adjective():
    """"объявлена аварийной | начальная школа № 19": an adjective in the instrumental is the
    predicate's (not one whose case the tagger reads otherwise: "посетили областной
    историко-краеведческий музей"); "Мичуринская ОШ" is a school, not Kyrgyzstan's Osh."""
    ents = _entities("В Петропавловске была объявлена аварийной начальная школа № 19, сообщает Bizmedia.kz.",
                     "На дистанционном обучении Заречная школа-лицей, Мичуринская ОШ и ОШ им.Каримова.",
                     "Гости посетили мемориальный комплекс, новый стадион «Кайсар Арена», областной "
                     "историко-краеведческий музей и побывали на концерте.")
    orgs = set(ents[ents.label == "ORG"].text)
    assert {"начальная школа № 19", "Мичуринская ОШ", "областной историко-краеведческий музей"} <= orgs, orgs


def test_streets_of_a_block_a_theatre_s_genre_and_a_house_of_culture_s_trade():
    """"в контуре улиц Монке би – Момышулы – Райымбека": the streets around a block, no people;
    "театр оперы и балета имени Абая": its genre and namesake are in its name; "ДК энергетиков"."""
    ents = _entities("Горячей воды не будет в контуре улиц Монке би – Момышулы – Райымбека – Онгарсыновой.",
                     "ПОДЕЛИТЬСЯ\nКазахский государственный академический театр оперы и балета имени Абая выступит "
                     "с гастролями в Греции.",
                     "Один из первых вопросов касался судьбы ДК энергетиков. Здание долго пустовало.")
    found = set(zip(ents.label, ents.text))
    assert not any(text in ("Момышулы", "Райымбека", "Онгарсыновой") for _, text in found), found
    assert {("ORG", "Казахский государственный академический театр оперы и балета имени Абая"),
            ("ORG", "ДК энергетиков")} <= found, found


def test_a_village_s_size_word_a_region_in_capitals_an_enterprise_and_a_company_s_unit():
    """"Киши Байсерке": the Kazakh size word opens the village; "АКИМ ВОСТОЧНО-КАЗАХСТАНСКОЙ
    ОБЛАСТИ": a region in capitals; "от Казселезащиты": a national enterprise; "на Тишинском
    руднике ТОО «Казцинк»": the company's mine, one body (not its board of directors)."""
    ents = _entities("К слову, еще недавно жители Киши Байсерке регулярно жаловались на отсутствие газа.",
                     "Ермек КОШЕРБАЕВ, АКИМ ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ: Сейчас имущество в собственности.",
                     "По данным от Казселезащиты, произошел прорыв озера.",
                     "Сегодня ночью, 25 августа, на Тишинском руднике ТОО «Казцинк», (Риддерский горно-обогатительный "
                     "комплекс) произошло обрушение.",
                     "Председатель Совета директоров ООО «Фирма ОРГРЭС» выступил.")
    found = set(zip(ents.label, ents.text))
    assert {("LOC", "Киши Байсерке"), ("LOC", "ВОСТОЧНО-КАЗАХСТАНСКОЙ ОБЛАСТИ"), ("ORG", "Казселезащиты"),
            ("ORG", "Тишинском руднике ТОО «Казцинк»"), ("ORG", "ООО «Фирма ОРГРЭС»")} <= found, found


def test_a_person_after_a_body_a_building_a_league_and_a_member_s_title():
    """"вице-спикер Мажилиса парламента РК Дания Еспаева": the tagger's place ran on into the
    person, whom the body must not take in; "Здание сената ...": the building is no part of
    the body; "Континентальной хоккейной лиги": the league's noun; "Мажилисмен" is a title."""
    ents = _entities("Об этом рассказала вице-спикер Мажилиса парламента РК Дания Еспаева.",
                     "В Казахстане выбрали сенаторов\n\nЗдание сената парламента Казахстана. Фото Владимир Дмитриев.",
                     "Второй поединок в рамках Континентальной хоккейной лиги столичный «Барыс» провел в Казани.",
                     "Мажилисмен проверил ход строительства газоперерабатывающего завода.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "Мажилиса парламента РК"), ("PER", "Дания Еспаева"), ("ORG", "сената парламента Казахстана"),
            ("ORG", "Континентальной хоккейной лиги")} <= found, found
    assert not any("Еспаева" in text and label == "ORG" or text.startswith(("Здание", "Мажилисмен"))
                   for label, text in found), found


def test_a_company_s_savings_programme_the_expo_and_a_listed_programme_in_lower_case():
    """"Программа экономии средств «Самрук-Казына»": the fund is named, no programme; «ЭКСПО-2017»
    is an event; "государственную программу ..." keeps its lower case in its normal form."""
    ents = _entities("Программа экономии средств «Самрук-Казына» не затронет проекты. Средства направят в "
                     "программу «Нұрлы жол» или в «ЭКСПО-2017».",
                     "Средства направят в государственную программу индустриально-инновационного развития.")
    found = set(zip(ents.label, ents.text))
    assert {("ORG", "«Самрук-Казына»"), ("PROG", "программу «Нұрлы жол»")} <= found, found
    assert not any("ЭКСПО" in text for _, text in found), found
    normals = dict(zip(ents.text, ents.normal))
    assert normals["государственную программу индустриально-инновационного развития"] \
        == "государственная программа индустриально-инновационного развития"
