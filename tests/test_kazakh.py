from pathlib import Path

import pytest

from kaznews import lemmatize
from kaznews.evaluate.lemma import evaluate_lemmas, load_gold
from kaznews.lang.kk.lemmatizer import analyses

GOLD = Path(__file__).resolve().parents[1] / "data" / "eval" / "kk_news_lemmas.conllu"


@pytest.mark.parametrize("word,lemma", [
    ("болады", "бол"), ("қолдайды", "қолда"), ("Астанаға", "астана"), ("Қызылордада", "қызылорда"),
    ("қалаларымыздың", "қала"), ("министрлігі", "министрлік"), ("әкімдігіне", "әкімдік"),
    ("мектебінің", "мектеп"), ("орнына", "орын"), ("сатылып", "сат"), ("адамның", "адам"),
    ("бала", "бала"), ("адам", "адам"), ("жасында", "жас"), ("спектакльмен", "спектакль"),
    ("еді", "е"), ("Өскемен-Семейге", "өскемен-семей"),
])
def test_kazakh_lemmas(word, lemma):
    assert lemmatize([word], "kk") == [lemma]


def test_case_endings_need_a_possessive_before_them():
    # -н (accusative after a possessive) cannot come off "Шолпан": "Шолпа" has no possessive.
    assert lemmatize(["Шолпан"], "kk") == ["шолпан"]
    assert all(a.stem != "шолпа" for a in analyses("шолпан") if "acc" in a.suffixes)


def test_news_gold_accuracy_far_above_identity():
    scores = {s.system: s.accuracy for s in evaluate_lemmas(load_gold(GOLD), "kk")}
    assert scores["identity"] < 0.4
    assert scores["kaznews"] >= 0.85


def test_spacy_kazakh_language_tokenizes_like_kaznerd():
    import spacy
    nlp = spacy.blank("kk")
    words = [t.text for t in nlp("Сондай-ақ ҚР Президенті т.б. 55-ші отырыста «Рухани жаңғыру» туралы айтты.")]
    assert words == ["Сондай-ақ", "ҚР", "Президенті", "т.б.", "55-ші", "отырыста", "«", "Рухани", "жаңғыру",
                     "»", "туралы", "айтты", "."]
    assert nlp.vocab["Астанаға"].norm_ == "астана" and nlp.vocab["55-ші"].like_num


def test_kazakh_entities_with_normal_forms():
    import kaznews
    text = ("Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Астанада «Рухани жаңғыру» "
            "бағдарламасы туралы айтты. Тапсырма Алматы облысының әкімдігіне берілді.")
    ents = kaznews.analyze([text], clean=False).entities
    found = set(zip(ents.label, ents.normal))
    assert {("PER", "Қасым-Жомарт Тоқаев"), ("LOC", "Астана")} <= found
    assert any(label == "PROG" and "Рухани жаңғыру" in normal for label, normal in found)
    for e in ents.itertuples():
        assert text[e.start:e.end] == e.text


def test_a_kazakh_name_never_ends_with_a_postposition():
    """The NER took "туралы" (about) into the name before it; KazNERD never does."""
    import kaznews
    from kaznews.lang.kk import POSTPOSITIONS
    # "Жастар саясаты" alone is a policy, no organisation: the committee is one.
    ents = kaznews.analyze(["Жастар ұйымы Астанада жиналыс өткізді. Жастар саясаты комитеті туралы Асқар Жұмабаев "
                            "айтты."], clean=False).entities
    assert ("ORG", "Жастар саясаты комитеті") in set(zip(ents.label, ents.text))
    assert not any(text.split()[-1].lower() in POSTPOSITIONS for text in ents.text)


@pytest.mark.parametrize("mention,normal", [
    ("Астана қаласының әкімдігіне", "Астана қаласының әкімдігі"), ("«Болашақ» бағдарламасы", "«Болашақ» бағдарламасы"),
    ("Тоқаевқа", "Тоқаев"), ("Алматыда", "Алматы"), ("Алматы", "Алматы"), ("Президенті", "Президент"),
    ("Қазақстан", "Қазақстан"), ("Қазақстанда", "Қазақстан"), ("Өзбекстаннан", "Өзбекстан"),  # -стан is no ablative
])
def test_kazakh_normal_forms(mention, normal, resources):
    from kaznews.entities.normalize import normalize_kazakh
    assert normalize_kazakh(mention, resources.kk_lemmatizer) == normal


def test_mixed_article_sends_each_sentence_to_its_analyser(sample_result):
    ents = sample_result.entities
    mixed = ents[ents.article_id == "mix-001"]
    assert {"РОО «Әділдік жолы»", "партия «AMANAT»", "Самира Тайтенова"} <= set(mixed.normal)
    assert "PROG:адилдикти талап ет" in set(mixed.canonical)
    kazakh = ents[ents.article_id == "kk-005"]
    assert "PROG:рухани жангыру" in set(kazakh.canonical) and "Шымкент" in set(kazakh.normal)


def test_kazakh_names_in_russian_text_are_not_lemmatized_as_russian():
    from kaznews import lemmatize
    assert lemmatize(["акции", "«", "Әділдікті", "талап", "ет", "!", "»"], "ru")[2] == "әділдікті"


def test_quoted_kazakh_names_without_kazakh_letters_keep_their_form():
    from kaznews import lemmatize
    words = "участники движения « Жасыл ел » и программы « Цифровой Казахстан »".split()
    lemmas = lemmatize(words, "ru")
    assert lemmas[3:5] == ["жасыл", "ел"] and lemmas[9] == "цифровой"
