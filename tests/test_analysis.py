import pytest

from kaznews import lemmatize


def test_russian_lemmas_follow_the_tagger():
    words = "Стали известны итоги конкурса , сталь подорожала".split()
    assert lemmatize(words, "ru") == ["стать", "известный", "итог", "конкурс", ",", "сталь", "подорожать"]


def test_kazakh_loanwords_in_russian_are_not_mangled():
    words = "Депутаты маслихата и аким выделили 5 млрд тенге".split()
    assert lemmatize(words, "ru") == ["депутат", "маслихат", "и", "аким", "выделить", "5", "миллиард", "тенге"]


def test_kazakh_words_inside_russian_keep_their_form():
    assert lemmatize(["«Нұрлы", "жер»"], "ru")[0] == "«нұрлы"


def test_one_lemma_per_word_and_unknown_language():
    assert lemmatize([], "ru") == []
    assert len(lemmatize(["Астанаға", "бардық"], "kk")) == 2
    with pytest.raises(ValueError):
        lemmatize(["word"], "en")


def test_content_lemmas_column(sample_result):
    row = sample_result.articles.set_index("article_id").loc["ru-012"]
    lemmas = row.lemmas.split()
    assert {"паводок", "эвакуировать", "спасатель", "дамба"} <= set(lemmas)
    assert not {"в", "из-за", "и", "на", ",", "."} & set(lemmas)
    assert row.n_tokens >= len(lemmas) and row.n_sentences == 3
