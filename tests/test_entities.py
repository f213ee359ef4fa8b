import pytest

import pipeline


@pytest.fixture(scope="module")
def seed_entities(seed_path):
    return pipeline.analyze(seed_path.read_text(encoding="utf-8")).entities


def test_seed_article_people_in_nominative(seed_entities):
    people = seed_entities[seed_entities.label == "PER"]
    assert set(people.normal) == {"Самира Тайтенова", "Игорь Плюснин"}
    assert (people.text == "Самира Тайтенова").sum() == 2


def test_seed_article_organisations(seed_entities):
    orgs = set(seed_entities[seed_entities.label == "ORG"].normal)
    assert {"AMANAT", "Антикоррупционная служба", "Агентство по противодействию коррупции",
            "РОО «Әділдік жолы»"} <= orgs


def test_offsets_index_the_text(seed_path):
    result = pipeline.analyze(seed_path.read_text(encoding="utf-8"))
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
])
def test_person_normal_forms(sentence, normal):
    entities = pipeline.analyze([sentence], clean=False).entities
    assert normal in set(entities[entities.label == "PER"].normal)


def test_verb_agreement_decides_gender():
    text = "Эксперт Тайтенова проинформировала участников о старте акции."
    entities = pipeline.analyze([text], clean=False).entities
    assert list(entities[entities.label == "PER"].normal) == ["Тайтенова"]


def test_organisation_head_is_inflected_and_tail_kept():
    entities = pipeline.analyze(["Материалы направили в Агентство. Эксперт совета при Агентстве по "
                                 "противодействию коррупции выступил в Министерстве просвещения."],
                                clean=False).entities
    assert {"Агентство по противодействию коррупции", "Министерство просвещения"} <= set(entities.normal)
