from pathlib import Path

import pytest

from pipeline import lemmatize
from pipeline.evaluate.lemma import evaluate_lemmas, load_gold
from pipeline.lang.kk.lemmatizer import analyses

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
