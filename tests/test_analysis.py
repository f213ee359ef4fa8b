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


def test_a_sentence_finds_an_entitys_tokens_by_offsets():
    from kaznews.doc import Sentence, Token
    text = "Аким Астаны Жанғали Жақсыбеков провёл совещание."
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+|[^\w\s]", text)]
    sent = Sentence(0, len(text), "ru", [Token(text[a:b], a, b) for a, b in words])
    for start, end in ((5, 30), (0, 4), (12, 31), (47, 48), (6, 10)):
        scanned = [i for i, t in enumerate(sent.tokens) if t.start >= start and t.end <= end]
        assert list(sent.token_range(start, end)) == scanned
