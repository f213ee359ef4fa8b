"""Pipelines as a library: stages declare what they need, models live in a Resources that a
pipeline owns, a retrained models folder is seen, and library calls leave the caller's
garbage collector alone."""
import gc
import json
import shutil

import pytest

import kaznews
from kaznews import Pipeline, Resources
from kaznews.doc import RawRecord
from kaznews.ingest import ingest
from kaznews.models import models_dir
from kaznews.nlp import STAGES

from .conftest import SAMPLE

TEXT = ("Аким Астаны провел совещание по программе «Нурлы жол»: в городе отремонтируют дороги и построят "
        "школы. Чистый Иртыш поможет сёлам очистить берега реки.")


def test_a_stage_without_what_it_needs_is_refused_with_what_to_add():
    with pytest.raises(ValueError, match=r"'entities' requires tokens.*add 'language', 'analysis' before it"):
        Pipeline(["entities"])
    with pytest.raises(ValueError, match=r"'analysis' requires sentences.*add 'language'"):
        Pipeline(["analysis", "topics"])
    with pytest.raises(ValueError, match="'analysis' requires sentences"):
        Pipeline(["analysis", "language"])  # the right stages, in the wrong order
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(["language", "sentiment"])
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(config={"topic": {"model": "taxonomy"}})


def test_every_registered_stage_declares_what_it_needs_and_fills():
    assert set(STAGES) == {"language", "analysis", "entities", "roles", "topics"}
    provided = {need for stage in STAGES.values() for need in stage.provides}
    assert all(need in provided for stage in STAGES.values() for need in stage.requires)


def test_pipelines_share_a_resources_and_load_nothing_until_they_run():
    resources = Resources()
    first, second = Pipeline(resources=resources), Pipeline(["language", "analysis"], resources)
    assert first.resources is second.resources is resources
    assert "nothing yet" in repr(resources)
    doc = second(ingest([RawRecord("t", {"id": "t", "text": TEXT})], clean=False))[0]
    assert doc.tokens and not doc.entities and not doc.topics
    assert "morph_tagger" in repr(resources) and "kazakh_ner" not in repr(resources)
    tables = kaznews.analyze([TEXT], pipeline=second)
    assert tables.articles.lemmas.iat[0].startswith("аким астана") and tables.entities.empty and tables.topics.empty


def test_the_topics_stage_is_chosen_by_configuration(tmp_path, resources):
    from kaznews.topics.codebook import train_codebook

    from .test_codebook import codebook_rows
    rows = codebook_rows()
    articles = kaznews.analyze([r["text"] for r in rows]).articles
    lemmas = articles.sort_values("article_id", key=lambda ids: ids.astype(int)).lemmas.tolist()
    train_codebook(lemmas, [[r["labels"]] for r in rows], tmp_path, resources.navec)
    texts = ["В Экибастузе отремонтируют дороги и мосты, автобусы пустят в объезд."]
    configured = kaznews.analyze(texts, pipeline=Pipeline(resources=resources,
                                                           config={"topics": {"model": str(tmp_path)}}))
    assert set(configured.topics.topic) <= {"health", "roads", "schools"} and "roads" in set(configured.topics.topic)
    assert configured.topics.equals(kaznews.analyze(texts, topic_model=tmp_path).topics)  # the shorthand
    taxonomy = kaznews.analyze(texts, pipeline=Pipeline(resources=resources, config={"topics": {"model": "taxonomy"}}))
    assert taxonomy.topics.equals(kaznews.analyze(texts).topics)
    assert set(taxonomy.topics.topic) <= set(resources.taxonomy)


def test_library_calls_never_freeze_the_callers_heap(tmp_path):
    gc.unfreeze()
    kaznews.analyze([TEXT])
    kaznews.lemmatize(["Депутаты", "маслихата"])
    kaznews.run(SAMPLE, tmp_path / "out", limit=3)
    assert gc.get_freeze_count() == 0


def _models_copy(tmp_path, changed: tuple[str, ...]):
    """A models folder whose files link to the shipped ones, except `changed` (copied, to edit)."""
    source, target = models_dir(), tmp_path / "models"
    for path in source.rglob("*"):
        if path.is_file():
            dest = target / path.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if str(path.relative_to(source)) in changed:
                shutil.copy(path, dest)
            else:
                dest.symlink_to(path)
    return target


def test_a_retrained_model_is_seen_by_reload_and_by_a_new_resources(tmp_path, resources):
    folder = _models_copy(tmp_path, ("topics/calibration.json", "gazetteers/programmes.txt"))
    own = Resources(folder)
    mine = Pipeline(resources=own)
    before = kaznews.analyze([TEXT], pipeline=mine)
    assert len(before.topics) and ("PROG", "Чистый Иртыш") not in set(zip(before.entities.label,
                                                                                before.entities.text))
    shipped = kaznews.analyze([TEXT], pipeline=Pipeline(resources=resources))
    assert before.topics.equals(shipped.topics) and before.entities.equals(shipped.entities)

    calibration = json.loads((folder / "topics/calibration.json").read_text(encoding="utf-8"))
    calibration["min_score"] = 1.0  # no score reaches it
    (folder / "topics/calibration.json").write_text(json.dumps(calibration), encoding="utf-8")
    with open(folder / "gazetteers/programmes.txt", "a", encoding="utf-8") as fh:
        fh.write("\nЧистый Иртыш\n")
    assert kaznews.analyze([TEXT], pipeline=mine).topics.equals(before.topics)  # loaded models stay until reload
    own.reload()
    after = kaznews.analyze([TEXT], pipeline=mine)
    assert len(after.topics) == 1 and after.topics.low_confidence.all()  # only the best guess, flagged
    assert ("PROG", "Чистый Иртыш") in set(zip(after.entities.label, after.entities.text))
    fresh = kaznews.analyze([TEXT], pipeline=Pipeline(resources=Resources(folder)))
    assert fresh.topics.equals(after.topics) and fresh.entities.equals(after.entities)
    assert kaznews.analyze([TEXT]).topics.equals(shipped.topics)  # other Resources are untouched


def test_lemmatizers_say_their_language(resources):
    assert resources.ru_lemmatizer.lemmatize("Депутаты", "NOUN", (("Case", "Nom"), ("Number", "Plur"))) == "депутат"
    assert resources.kk_lemmatizer.lemmatize("Астанаға") == "астана"
    assert kaznews.lemmatize(["Астанаға"], "kk", resources=Resources()) == ["астана"]


def test_training_writes_a_folder_of_its_own_not_the_installed_models(tmp_path):
    from kaznews.models import file_digests, models_dir, training_folder
    installed = file_digests(models_dir())
    folder = training_folder(tmp_path / "retrained")
    assert file_digests(folder) == installed  # the whole layout, so the retrained files have what they need
    (folder / "topics" / "calibration.json").write_text("{}", encoding="utf-8")
    assert training_folder(folder) == folder and file_digests(models_dir()) == installed


def test_memoised_normal_forms_stay_bounded_and_equal_to_a_fresh_run():
    """Normal forms are memoised per word and phrase: a long dump must not keep every name,
    and a memoised answer is the one a fresh Resources computes."""
    from kaznews.entities.memo import Memo
    memo = Memo(limit=2)
    calls = []
    for word in ("Токаев", "Алматы", "Токаев", "Астана"):
        memo.get("t", word, lambda w=word: calls.append(w) or w.upper())
    assert calls == ["Токаев", "Алматы", "Астана"] and len(memo.tables["t"]) == 1
    text = "Встреча с Айгерим Сапаровой прошла в Алматы. Айгерим Сапаровой вручили грамоту акимата Алматы."
    warm = Pipeline(resources=Resources())
    kaznews.analyze([text], pipeline=warm)
    again = kaznews.analyze([text], pipeline=warm).entities[["start", "normal"]].values.tolist()
    fresh = kaznews.analyze([text], pipeline=Pipeline(resources=Resources())).entities[["start", "normal"]].values.tolist()
    assert warm.resources.entity_memo.tables["nominative"] and warm.resources.entity_memo.tables["phrase"]
    assert again == fresh and ["Айгерим Сапарова"] == sorted({n for _, n in fresh if "Сапар" in n})
