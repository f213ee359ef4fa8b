import json

import pytest

import kaznews
from kaznews.doc import RawRecord
from kaznews.corpus import is_calibration, load_gold
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
    hits = resources.seed_index.keyword_hits([["взятка", "коррупция", "хищение"]])
    assert resources.taxonomy["corruption"].parent == "crime_law_justice"
    assert hits["crime_law_justice"] >= hits["corruption"] == 3


def test_seed_article_is_about_corruption_and_civil_society(seed_path):
    topics = kaznews.analyze(seed_path.read_text(encoding="utf-8")).topics
    assert set(topics.topic.head(2)) == {"corruption", "civil_society"}
    assert topics.score.between(0, 1).all()


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
    assert ours.top1 / ours.items >= keywords.top1 / keywords.items + 0.15
    assert ours.prf()[2] > keywords.prf()[2] + 0.05
    assert ours.ece < 0.05


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
