"""The roles table: who holds which position where, in Russian and Kazakh news sentences."""
import pandas as pd
import pytest

import kaznews
from kaznews.nlp import Pipeline, check_requirements
from kaznews.resources import shared_resources
from kaznews.roles.kazakh import genitive
from kaznews.runner import RunOptions, run_dataset
from kaznews.store import read_tables

RU = ("Аким Акмолинской области Ермек Маржикпаев провёл совещание. "
      "На нём выступил Ерлан Тургумбаев, аким области, и рассказал о дорогах. "
      "Заместитель акима города Алматы Ерлан Тургумбаев ответил журналистам. "
      "Глава Минздрава Алексей Цой заявил о вакцинации. "
      "Премьер-министр Олжас Бектенов и министр здравоохранения Ажар Гиният встретились с депутатами. "
      "Депутат Мажилиса Ерлан Саиров выступил с запросом.")
KK = ("Ақмола облысының әкімі Ермек Маржықпаев жиналыс өткізді. "
      "ҚР Премьер-Министрі Әлихан Смайылов мәлімдеме жасады. "
      "Мемлекет басшысы Қасым-Жомарт Тоқаев сөз сөйледі. "
      "Денсаулық сақтау министрінің орынбасары Ерлан Қиясов ауруханаға барды. "
      "Қарасай ауданы әкімінің орынбасары Нұрбол Сейітов мектепке барды. "
      "Мәжіліс депутаты Бақытжан Ертаев сауал жолдады.")


@pytest.fixture(scope="module")
def roles() -> pd.DataFrame:
    return kaznews.analyze([RU, KK], clean=False).roles


def _role(roles: pd.DataFrame, person: str, position: str) -> pd.Series:
    rows = roles[(roles.person_normal == person) & (roles.position == position)]
    assert len(rows) == 1, roles[["person_normal", "position", "body_normal"]].to_string()
    return rows.iloc[0]


@pytest.mark.parametrize("person, position, body, kind", [
    ("Ермек Маржикпаев", "аким", "Акмолинская область", "before"),
    ("Ерлан Тургумбаев", "аким", "область", "after"),  # postpositive apposition
    ("Алексей Цой", "глава", "Минздрав", "before"),
    ("Олжас Бектенов", "премьер-министр", None, "before"),
    ("Ажар Гиният", "министр здравоохранения", None, "before"),
    ("Ерлан Саиров", "депутат", "Мажилис", "before"),  # the body the tagger put into the name
])
def test_russian_roles(roles, person, position, body, kind):
    row = _role(roles, person, position)
    assert row.lang == "ru" and row.kind == kind
    assert (row.body_normal if isinstance(row.body_normal, str) else None) == body
    assert RU[row.start:row.end].lower().startswith(position.split()[0][:4])


def test_deputy_of_an_akim_keeps_the_akim_in_the_position_and_the_city_as_body(roles):
    row = _role(roles, "Ерлан Тургумбаев", "заместитель акима")
    assert row.body_normal == "город Алматы" and row.body_canonical == "LOC:алматы"
    assert RU[row.start:row.end] == "Заместитель акима"


@pytest.mark.parametrize("person, position, body", [
    ("Ермек Маржықпаев", "әкім", "Ақмола облысы"),
    ("Әлихан Смайылов", "премьер-министр", "ҚР"),
    ("Қасым-Жомарт Тоқаев", "мемлекет басшысы", None),
    ("Ерлан Қиясов", "денсаулық сақтау министрінің орынбасары", None),
    ("Нұрбол Сейітов", "әкімнің орынбасары", "Қарасай ауданы"),  # deputy of an akim
    ("Бақытжан Ертаев", "депутат", "Мәжіліс"),
])
def test_kazakh_roles(roles, person, position, body):
    row = _role(roles, person, position)
    assert row.lang == "kk" and row.kind == "before"
    assert (row.body_normal if isinstance(row.body_normal, str) else None) == body


def test_a_title_is_never_part_of_the_person(roles):
    entities = kaznews.analyze([RU, KK], clean=False).entities
    people = entities[entities.label == "PER"]
    for key in ("PER:ермек маржикпаев", "PER:ерлан тургумбаев", "PER:алексей цой", "PER:ермек маржыкпаев",
                "PER:алихан смайылов", "PER:касым-жомарт токаев"):
        assert key in set(roles.person_canonical), key
    for word in ("аким", "глава", "министр", "әкім", "басшы", "премьер"):
        assert not any(word in key for key in roles.person_canonical)
        assert not any(word in text.lower() for text in people.text)
    # the person columns are the entity's own: one PER mention per role
    merged = roles.merge(people, left_on=["article_id", "person_start"], right_on=["article_id", "start"])
    assert len(merged) == len(roles) and (merged.person_canonical == merged.canonical).all()


def test_a_chain_of_positions_gives_each_person_their_own():
    roles = kaznews.analyze(["На встрече выступил Асет Нурланов, советник министра энергетики Алмаса Саткалиева. "
                             "Первый вице-министр финансов Даурен Кенбеил ответил на вопросы."], clean=False).roles
    got = {(r.person_normal, r.position, r.kind) for r in roles.itertuples()}
    assert got == {("Асет Нурланов", "советник министра энергетики", "after"),  # the adviser of the minister
                   ("Алмас Саткалиев", "министр энергетики", "before"),  # the minister, in the genitive
                   ("Даурен Кенбеил", "первый вице-министр финансов", "before")}


def test_a_verb_joins_a_person_to_a_position():
    roles = kaznews.analyze(["Марат Бекетаев назначен министром юстиции. "
                             "Новым акимом Актобе избран Асхат Шахаров. "
                             "Серик Ахметов, который был премьер-министром Казахстана, выступил на суде. "
                             "Айдар Аринов работает в Астане."], clean=False).roles
    got = {(r.person_normal, r.position, r.body_normal if isinstance(r.body_normal, str) else None, r.kind)
           for r in roles.itertuples()}
    assert got == {("Марат Бекетаев", "министр юстиции", None, "predicate"),
                   ("Асхат Шахаров", "аким", "Актобе", "predicate"),
                   ("Серик Ахметов", "премьер-министр", "Казахстан", "predicate")}


def test_no_role_without_a_position():
    roles = kaznews.analyze(["Ермек Маржикпаев провёл совещание с жителями.",
                             "Ермек Маржықпаев жиналыс өткізді."], clean=False).roles
    assert roles.empty


def test_kazakh_bare_owner_of_a_position_is_its_body():
    roles = kaznews.analyze(["Жиында облыс әкімі Серік Шәпкенов сөз сөйледі. "
                             "Жиналысқа облыстық жастар істері басқармасының басшысы Ғалым Сәрсенов қатысты."],
                            clean=False).roles
    got = {(r.person_normal, r.position, r.body_normal) for r in roles.itertuples()}
    assert got == {("Серік Шәпкенов", "әкім", "облыс"),
                   ("Ғалым Сәрсенов", "басшы", "облыстық жастар істері басқармасы")}  # not "Жиналысқа"


def test_kazakh_genitive_follows_the_stem():
    assert [genitive(w) for w in ("бастық", "әкім", "президент", "төраға", "кезекші")] == \
        ["бастықтың", "әкімнің", "президенттің", "төрағаның", "кезекшінің"]


def test_roles_stage_needs_the_entities():
    with pytest.raises(ValueError, match="entities"):
        check_requirements(("language", "analysis", "roles"))
    docs = Pipeline(("language", "analysis", "entities", "roles"), shared_resources())
    assert "roles" in docs.stages


def test_roles_table_round_trips_through_the_store(tmp_path):
    dump = tmp_path / "news.jsonl"
    pd.DataFrame({"id": ["ru", "kk"], "text": [RU, KK]}).to_json(dump, orient="records", lines=True, force_ascii=False)
    for fmt in ("parquet", "csv"):
        out = tmp_path / fmt
        run_dataset(RunOptions([dump], out, fmt=fmt, clean=False, workers=1))
        stored = read_tables(out)["roles"]
        assert set(stored.article_id) == {"ru", "kk"} and len(stored) >= 10
        again = kaznews.read(out).roles
        pd.testing.assert_frame_equal(stored, again)
        row = stored[(stored.person_normal == "Ермек Маржикпаев") & (stored.kind == "before")].iloc[0]
        assert (row.position, row.body_normal) == ("аким", "Акмолинская область")
        entities = read_tables(out)["entities"]
        body = entities[(entities.article_id == "ru") & (entities.start == row.body_start)].iloc[0]
        assert body.label == "LOC" and row.body_canonical == body.canonical  # the body's entity key


def test_eval_roles_scores_a_gold_file(tmp_path):
    from typer.testing import CliRunner

    from kaznews.cli import app
    from kaznews.evaluate.roles import evaluate_news

    text = "Аким Акмолинской области Ермек Маржикпаев провёл совещание."
    gold = [{"person_start": 25, "person_stop": 41, "person_text": "Ермек Маржикпаев", "position_normal": "Аким",
             "position_start": 0, "position_stop": 4, "body_normal": "Акмолинская область"},
            {"person_start": 25, "person_stop": 41, "person_text": "Ермек Маржикпаев", "position_normal": "губернатор",
             "position_start": 0, "position_stop": 4, "body_normal": None}]
    (tmp_path / "roles.jsonl").write_text(pd.Series([{"id": "a", "lang": "ru", "roles": gold}]).to_json(
        orient="records", lines=True, force_ascii=False), encoding="utf-8")
    (tmp_path / "texts.jsonl").write_text(pd.DataFrame({"id": ["a"], "text": [text]}).to_json(
        orient="records", lines=True, force_ascii=False), encoding="utf-8")
    scores = evaluate_news(tmp_path / "roles.jsonl", [tmp_path / "texts.jsonl"], shared_resources())["kaznews roles"]
    for level in ("position", "position+body"):  # one role found, matching the first gold role only
        assert (scores.precision(("ru", level)), scores.recall(("ru", level))) == (1.0, 0.5)
    result = CliRunner().invoke(app, ["eval", "roles", str(tmp_path / "roles.jsonl"),
                                      "--texts", str(tmp_path / "texts.jsonl")], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "0.500" in result.output and "1.000" in result.output


def test_an_incremental_run_replaces_an_edited_articles_roles(tmp_path):
    dump, out = tmp_path / "news.jsonl", tmp_path / "out"
    pd.DataFrame({"id": ["ru", "kk"], "text": [RU, KK]}).to_json(dump, orient="records", lines=True, force_ascii=False)
    run_dataset(RunOptions([dump], out, clean=False, workers=1))
    edited = "Аким Павлодарской области Асаин Байханов провёл совещание."
    pd.DataFrame({"id": ["ru"], "text": [edited]}).to_json(dump, orient="records", lines=True, force_ascii=False)
    run_dataset(RunOptions([dump], out, clean=False, workers=1, incremental=True))
    roles = kaznews.read(out).roles
    ru = roles[roles.article_id == "ru"]
    assert ru[["person_normal", "position", "body_normal"]].values.tolist() == [
        ["Асаин Байханов", "аким", "Павлодарская область"]]
    assert set(roles[roles.article_id == "kk"].person_normal) >= {"Ермек Маржықпаев", "Бақытжан Ертаев"}  # kept
