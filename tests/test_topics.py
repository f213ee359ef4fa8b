import json

import pipeline
from pipeline.topics import TAXONOMY_PATH, load_taxonomy, score_topics


def test_taxonomy_is_iptc_with_kazakhstani_subtopics():
    data = json.loads(TAXONOMY_PATH.read_text(encoding="utf-8"))
    tops = [t for t in data["topics"] if t["parent"] is None]
    assert len(tops) == 17 and all(t["medtop"].startswith("medtop:") for t in tops)
    ids = {t["id"] for t in data["topics"]}
    for topic in data["topics"]:
        assert topic["parent"] is None or topic["parent"] in ids
        assert topic["name_ru"] and topic["name_kk"] and topic["definition"]
        assert topic["seeds_ru"] and topic["seeds_kk"], topic["id"]
    assert {"corruption", "civil_society", "roads_transport", "water_irrigation"} <= ids


def test_subtopic_evidence_counts_for_its_parent():
    taxonomy = load_taxonomy()
    scores = dict(score_topics([["взятка", "коррупция", "хищение"]]))
    assert taxonomy["corruption"].parent == "crime_law_justice"
    assert scores["crime_law_justice"] >= scores["corruption"] > 0.5


def test_seed_article_is_about_corruption_and_civil_society(seed_path):
    topics = pipeline.analyze(seed_path.read_text(encoding="utf-8")).topics
    assert {"corruption", "civil_society"} <= set(topics.topic.head(4))
    assert topics.score.between(0, 1).all()


def test_kazakh_article_gets_topics(sample_result):
    topics = sample_result.topics
    assert "sport_events" in set(topics[topics.article_id == "kk-004"].topic)
