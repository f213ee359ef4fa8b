import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


_TOKENIZER_ALPHABET = "аяёЖЗqzXӘқңіΔβ019 \n-–—_.,/\\!?…:;=()«»\"'*#@%№©"


@given(st.text(alphabet=_TOKENIZER_ALPHABET, max_size=40))
@settings(max_examples=400, deadline=None)
def test_the_tokenizer_cuts_exactly_where_razdel_does(text):
    """kaznews' one-loop tokenizer must give razdel's tokens (natasha's taggers were trained
    on them): dashes, floats, fractions, smileys, Kazakh letters, spaces on either side;
    its two departures, words of both scripts and a dash or © glued to a word, are applied
    to razdel's tokens alike."""
    from razdel import tokenize

    from kaznews.analysis.tokenizer import join_mixed_scripts, split_glued_marks, word_spans
    razdel_spans = join_mixed_scripts(text, [(t.start, t.stop) for t in tokenize(text)])
    assert word_spans(text) == split_glued_marks(text, razdel_spans)


def test_a_word_typed_in_both_scripts_is_one_token():
    """A Latin i for the Kazakh і, a Latin C in Семей, a Cyrillic а in a Latin name: one
    word each, where razdel cuts at every change of script; two long words the scraper glued
    stay two."""
    from kaznews.analysis.tokenizer import word_spans
    text = "области Жетiсу, Cемей, Бүгiн MediаNet Vласть АМАNАТ jpgТүркістанда SUPINSKYЦентральная"
    assert [text[a:b] for a, b in word_spans(text)] == [
        "области", "Жетiсу", ",", "Cемей", ",", "Бүгiн", "MediаNet", "Vласть", "АМАNАТ", "jpg", "Түркістанда",
        "SUPINSKY", "Центральная"]


def test_a_dash_or_a_copyright_sign_glued_to_a_word_is_punctuation():
    from kaznews.analysis.tokenizer import word_spans
    text = ("региона —Петропавловская ТЭЦ-2, Нур-Султан –Алматы. Фото Жанара Берикова© Фото ©Турар "
            "Дом культуры– единственный, Алматы–Астана")
    assert [text[a:b] for a, b in word_spans(text)] == [
        "региона", "—", "Петропавловская", "ТЭЦ-2", ",", "Нур-Султан", "–", "Алматы", ".", "Фото", "Жанара", "Берикова",
        "©", "Фото", "©", "Турар", "Дом", "культуры", "–", "единственный", ",", "Алматы–Астана"]


def test_the_tokenizer_keeps_news_words_whole():
    from kaznews.analysis.tokenizer import word_spans
    text = "Нур-Султан, 3,5 млрд ₸ (1/2) «Қазақстан-2050»… ЗКО :)"
    assert [text[a:b] for a, b in word_spans(text)] == [
        "Нур-Султан", ",", "3,5", "млрд", "₸", "(", "1/2", ")", "«", "Қазақстан-2050", "»", "…", "ЗКО", ":)"]


def test_a_letter_without_a_unicode_name_does_not_stop_the_analysis():
    """Found by the fuzz test: pymorphy3 asks Unicode for each letter's name, and some
    letters (Tangut "𗀀") have none."""
    assert lemmatize(["𗀀", "школа"], "ru") == ["𗀀", "школа"]
