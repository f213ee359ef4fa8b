import json

import pandas as pd
import pytest

import kaznews
from kaznews.doc import RawRecord
from kaznews.corpus import is_calibration, load_gold, load_topic_jsonl, topic_group
from kaznews.evaluate.topics import evaluate_topics
from kaznews.ingest import Ingestor
from kaznews.models import models_dir
from kaznews.nlp import Pipeline
from kaznews.topics import TAXONOMY_FILE, lemma_sentences

from .conftest import ROOT, SHARED, needs_shared

GOLD = ROOT / "data" / "eval" / "topics" / "gold.tsv"


def test_taxonomy_is_iptc_with_kazakhstani_subtopics():
    data = json.loads((models_dir() / TAXONOMY_FILE).read_text(encoding="utf-8"))
    tops = [t for t in data["topics"] if t["parent"] is None]
    assert len(tops) == 17 and all(t["medtop"].startswith("medtop:") for t in tops)
    ids = {t["id"] for t in data["topics"]}
    for topic in data["topics"]:
        assert topic["parent"] is None or topic["parent"] in ids
        assert topic["name_ru"] and topic["name_kk"] and topic["definition"]
        assert topic["seeds_ru"] and topic["seeds_kk"], topic["id"]
    assert {"corruption", "civil_society", "roads_transport", "water_irrigation"} <= ids


def test_subtopic_keyword_hits_count_for_its_parent(resources):
    hits = resources.seed_index.keyword_hits([("ru", ["взятка", "коррупция", "хищение"])])
    assert resources.taxonomy["corruption"].parent == "crime_law_justice"
    assert hits["crime_law_justice"] >= hits["corruption"] == 3


def test_kazakh_seed_does_not_fire_on_russian_sentence(resources):
    # "пара" is a bribe in Kazakh (a corruption seed) and a couple in Russian; the article is
    # mixed, so each sentence must be matched against its own language's seeds
    text = ("Молодая пара из Караганды купила квартиру в новом доме.\n"
            "Аудандық әкім кәсіпкерден пара алғаны үшін ұсталды.")
    doc = Pipeline(("language", "analysis"), resources)(Ingestor()([RawRecord("t", {"id": "t", "text": text})]))[0]
    (ru_lang, ru_lemmas), (kk_lang, kk_lemmas) = lemma_sentences(doc)
    assert (ru_lang, kk_lang) == ("ru", "kk") and "пара" in ru_lemmas and "пара" in kk_lemmas
    seeds = resources.seed_index
    assert "corruption" not in seeds.keyword_hits([(ru_lang, ru_lemmas)])
    assert seeds.keyword_hits([(kk_lang, kk_lemmas)])["corruption"] == 1
    assert seeds.keyword_hits(lemma_sentences(doc))["corruption"] == 1


def test_seed_article_leads_with_its_subject_corruption(seed_path, resources):
    topics = kaznews.analyze(seed_path.read_text(encoding="utf-8")).topics
    first = topics.iloc[0]
    assert first.topic == "corruption" and first.score >= 0.5 and not first.low_confidence
    assert "civil_society" in set(topics.topic)  # its angle, under society
    assert topics.score.between(0, 1).all()


BODY = ("Власти области подвели итоги недели. На заседании обсудили бюджет, ремонт дорог и подготовку к "
        "отопительному сезону. Также в регионе прошли соревнования, а спортсмены получили награды. "
        "Жителей пригласили на ярмарку.")


@pytest.mark.parametrize("title, topic", [
    ("Казахстанский боксёр выиграл чемпионат мира и получил золотую медаль", "sport"),
    ("Дефицит бюджета области вырос, инвестиции и налоговые поступления сократились", "economy_business_finance"),
])
def test_title_decides_the_main_topic(title, topic, resources):
    topics = kaznews.analyze(pd.DataFrame([{"id": "a", "title": title, "text": BODY}])).topics
    top_level = [t for t in topics.topic if resources.taxonomy.top_level(t) == t]
    best = topics[topics.topic.isin(top_level)].sort_values("score", ascending=False).topic.iat[0]
    assert best == topic


def test_every_article_gets_its_best_top_level_topic_flagged_when_low(resources):
    texts = ["Он сказал, что всё будет хорошо и они встретятся завтра утром у входа.",
             "Ол бәрі жақсы болатынын айтты, олар ертең таңертең кездеседі.",
             "Сборная Казахстана по футболу обыграла соперника со счётом 2:0, голы забили нападающие."]
    result = kaznews.analyze(texts)
    topics, threshold = result.topics, resources.topic_model.threshold
    assert set(result.articles.article_id) == set(topics.article_id) == {"0", "1", "2"}
    for article, rows in topics.groupby("article_id"):
        flagged = rows[rows.low_confidence]
        assert len(flagged) == 0 or (len(rows) == 1 and flagged.score.iat[0] < threshold), article
        assert (rows[~rows.low_confidence].score >= threshold).all()
    for chatter in ("0", "1"):  # no subject: one guess, never nothing
        rows = topics[topics.article_id == chatter]
        assert len(rows) == 1 and resources.taxonomy.top_level(rows.topic.iat[0]) == rows.topic.iat[0]
    assert set(topics[topics.article_id == "2"].topic) >= {"sport"} and not topics[topics.article_id == "2"].low_confidence.any()


def test_kazakh_words_reach_navec_through_the_sib200_lexicon(resources):
    vectors = resources.topic_vectors
    assert vectors.translations["саяси"] == "политический"
    assert (vectors.navec_vector("kk", "саяси") == vectors.navec_vector("ru", "политический")).all()


@pytest.mark.parametrize("text, topic", [
    ("Терапевты городской клиники рассказали, как уберечься от простуды. Осенью число заболевших растёт: "
     "кашель, насморк и лихорадка гонят людей в аптеки. Антибиотики без рецепта принимать не стоит, "
     "а при симптомах инфекции лучше остаться дома и вызвать доктора.", "health"),
    ("Әртістер жаңа маусымды Мұхтар Әуезовтің пьесасымен ашты. Көрермендер қойылымды қол шапалақтаумен "
     "қарсы алды, режиссер сахнаға шықты.", "arts_culture"),
])
def test_article_without_seed_terms_is_tagged_by_its_words(text, topic, resources):
    doc = Pipeline(("language", "analysis"), resources)(Ingestor()([RawRecord("t", {"id": "t", "text": text})]))[0]
    hits = resources.seed_index.keyword_hits(lemma_sentences(doc))
    top_level = resources.taxonomy.top_level
    assert topic not in hits and top_level(topic) not in hits
    tagged = dict(kaznews.analyze(text).topics[["topic", "score"]].values)
    tops = {t: s for t, s in tagged.items() if top_level(t) == t}
    assert max(tops, key=tops.get) == topic


def test_scores_are_probabilities_for_every_topic(sample_result, resources):
    topics = sample_result.topics
    assert topics.score.between(0, 1).all()
    assert set(topics.topic) <= set(resources.taxonomy)


def test_calibrated_tagger_beats_keywords_on_held_out_gold():
    results = evaluate_topics(GOLD, needs_shared(SHARED))["held-out half"]
    ours, keywords = results["kaznews"], results["keywords"]
    assert ours.items >= 100
    assert ours.overall.top1 / ours.items >= keywords.overall.top1 / keywords.items + 0.15
    assert ours.overall.group_top1 / ours.items >= 0.8
    assert ours.prf()[2] > keywords.prf()[2] + 0.05
    assert ours.ece < 0.05


def article(ident, site, lang, topics, title, text):
    return {"id": ident, "url": f"https://{site}/{ident}", "site": site, "lang": lang, "year": 2026, "title": title,
            "text": text, "topics": topics, "groups": topic_group(topics[0])}


def test_eval_of_labelled_news_by_site_beside_a_supervised_reference(tmp_path):
    sport = "Футболисты сборной выиграли матч, тренер похвалил команду, болельщики радовались голам."
    money = "Банк повысил ставку, курс тенге упал, инфляция и цены на бензин растут, бизнес ждёт кредитов."
    train = [article(f"t{i}", f"train{i % 3}.kz", "ru", [topic], "", text)
             for i, (topic, text) in enumerate([("sport", sport), ("economy_business_finance", money)] * 6)]
    test = [article("x1", "new.kz", "ru", ["sport"], "Чемпионат по футболу", sport),
            article("x2", "new.kz", "ru", ["economy_business_finance"], "Курс тенге", money),
            article("x3", "other.kz", "kk", ["sport", "health"], "Боксшы жеңді",
                    "Қазақстандық боксшы әлем чемпионатында алтын медаль жеңіп алды.")]
    for name, rows in (("train.jsonl", train), ("test.jsonl", test)):
        (tmp_path / name).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert [i.main for i in load_topic_jsonl(tmp_path / "test.jsonl")] == ["sport", "economy_business_finance", "sport"]
    systems = evaluate_topics(tmp_path / "test.jsonl", SHARED, train=tmp_path / "train.jsonl")["test"]
    assert set(systems) == {"kaznews", "keywords", "codebook"}
    ours = systems["kaznews"]
    assert ours.items == 3 and set(ours.by_site) == {"new.kz", "other.kz"} and set(ours.by_language) == {"ru", "kk"}
    assert ours.overall.top1 == 3 and ours.overall.group_top1 == 3
    assert systems["codebook"].by_site["new.kz"].top1 == 2


def test_topic_gold_has_200_real_texts_in_both_languages(resources):
    items = load_gold(GOLD, needs_shared(SHARED))
    assert len(items) >= 200
    assert sum(i.key.startswith("kaznerd:") for i in items) >= 80
    assert 0.35 < sum(is_calibration(i.key) for i in items) / len(items) < 0.65
    taxonomy = resources.taxonomy
    assert all(i.topics <= set(taxonomy) and all(taxonomy.top_level(t) == t for t in i.topics) for i in items)


def test_kazakh_article_gets_topics(sample_result):
    topics = sample_result.topics
    assert "sport_events" in set(topics[topics.article_id == "kk-004"].topic)
