import pandas as pd

import kaznews


def test_clean_false_offsets_index_the_input_strings():
    texts = ["  Аким  Алматы Ерболат Досаев\u00a0посетил\tшколу.", "Президент Токаев встретился с главой «Самрук-Казына»."]
    result = kaznews.analyze(texts, clean=False)
    assert list(result.articles.article_id) == ["0", "1"]
    assert list(result.articles.text) == texts
    assert len(result.entities) >= 3
    for e in result.entities.itertuples():
        assert texts[int(e.article_id)][e.start:e.end] == e.text


def test_dataframe_input_keeps_ids_and_metadata():
    frame = pd.DataFrame({"id": ["a1", "a2"], "title": ["Т1", None],
                          "body": ["Министерство энергетики сообщило о росте добычи нефти.",
                                   "Қазақстан құрамасы бес медаль жеңіп алды."],
                          "published": ["24.11.2026", None]})
    result = kaznews.analyze(frame)
    articles = result.articles.set_index("article_id")
    assert list(articles.lang) == ["ru", "kk"]
    assert str(articles.loc["a1"].published_date) == "2026-11-24"  # a date alone: that day, no instant
    assert pd.isna(articles.loc["a1"].published) and pd.isna(articles.loc["a2"].published_date)


def test_read_returns_the_written_tables(sample_run, sample_result):
    assert len(sample_result.articles) == 22
    assert set(sample_result.entities.label) <= {"PER", "ORG", "LOC", "PROG"}
    assert list(sample_result.rejects.reason.str.split(":").str[0]) == ["broken JSON"]
    dups = sample_result.duplicates.set_index("kind")
    assert dups.loc["exact", "duplicate_of"] == "ru-002" and dups.loc["near", "duplicate_of"] == "ru-003"
    assert 0.7 <= dups.loc["near", "similarity"] < 1
    top = sample_result.top_entities("PER", n=5).set_index("canonical")
    # ru-003 ("Айгерим Нурланова", then "Нурланова") and kk-002 ("Айгерім Нұрланова"): one person.
    assert top.index[0] == "PER:айгерим нурланова"
    assert (top.loc["PER:айгерим нурланова", "mentions"], top.loc["PER:айгерим нурланова", "articles"]) == (3, 2)
    assert top.loc["PER:самира тайтенова", "articles"] == 2


def test_show_renders_entity_html(sample_result):
    html = sample_result.show("ru-001", jupyter=False)
    assert "Ерлан Сапаров" in html and "PER" in html


def test_empty_input():
    result = kaznews.analyze([])
    assert result.articles.empty and list(result.entities.columns)[:3] == ["article_id", "label", "text"]


def test_analyze_takes_the_clis_field_mapping_and_exports_every_table(tmp_path):
    frame = pd.DataFrame({"guid": ["g1"], "article_body": ["Аким Туркестана Дархан Сатыбалды открыл школу в Кентау."]})
    result = kaznews.analyze(frame, field={"text": "article_body", "id": "guid"})
    assert list(result.articles.article_id) == ["g1"] and "Сатыбалды" in set(result.entities.text.str.split().str[-1])
    result.to_parquet(tmp_path / "tables")
    for name in ("articles", "sentences", "entities", "roles", "topics", "duplicates", "rejects"):
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "tables" / f"{name}.parquet"), getattr(result, name),
                                      check_dtype=name != "roles")  # roles: null body offsets read back as Int32
    assert result.roles.position.tolist() == ["аким"]
    assert result.roles.person_normal.tolist() == ["Дархан Сатыбалды"] and result.roles.body_normal.tolist() == ["Туркестан"]
    result.to_excel(tmp_path / "tables.xlsx")
    sheets = pd.read_excel(tmp_path / "tables.xlsx", sheet_name=None)
    assert list(sheets) == ["articles", "sentences", "entities", "roles", "topics", "duplicates", "rejects"]
    assert sheets["entities"].normal.tolist() == result.entities.normal.tolist()


def test_run_takes_the_clis_option_names(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"id": "a", "body": "Аким Павлодара провел совещание по отопительному сезону."}\n', encoding="utf-8")
    result = kaznews.run(dump, tmp_path / "out", format="csv", field={"text": "body"})
    assert list(result.articles.article_id) == ["a"] and list((tmp_path / "out" / "articles").glob("*.csv"))
