"""A researcher's codebook: train, cross-validate, refuse thin labels, tag a new dump."""
import csv
import json
import random
import subprocess

import pytest

import pipeline

from .conftest import KAZNEWS

CITIES = ["Астане", "Алматы", "Шымкенте", "Караганде", "Актобе", "Павлодаре", "Костанае", "Таразе", "Атырау",
          "Кокшетау", "Семее", "Туркестане"]
TEMPLATES = {
    "roads": ["В {c} отремонтируют {n} километров дорог, подрядчик обещает закончить асфальтирование к осени.",
              "Жители {c} жалуются на ямы и пробки на центральных улицах, акимат обещал ремонт проезжей части.",
              "В {c} закрыли движение транспорта по мосту, автобусы пустят в объезд на время ремонта."],
    "schools": ["В {c} построят новую школу на {n}00 учеников, в ней будут спортзал и кабинеты робототехники.",
                "Учителя {c} получат надбавки к зарплате, сообщили в управлении образования.",
                "Родители школьников {c} просят открыть дополнительные классы и убрать трехсменное обучение."],
    "health": ["В {c} открыли поликлинику на {n}00 посещений в смену, врачи начали прием пациентов.",
               "Больница {c} получила новый томограф, теперь обследования будут бесплатными для жителей.",
               "В {c} началась вакцинация от гриппа, прививки делают в поликлиниках по месту жительства."],
}


def write_codebook(path, per_label=12, thin=None):
    rng = random.Random(3)
    rows = [{"text": rng.choice(ts).format(c=CITIES[i % len(CITIES)], n=rng.randint(2, 9)), "labels": label}
            for label, ts in TEMPLATES.items() for i in range(per_label if label != thin else 3)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["text", "labels"])
        writer.writeheader()
        writer.writerows(rows)


def kaznews(*args):
    return subprocess.run([*KAZNEWS, *map(str, args)], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("codebook")
    write_codebook(folder / "codebook.csv")
    proc = kaznews("train", "topics", folder / "codebook.csv", "-o", folder / "model")
    assert proc.returncode == 0, proc.stderr
    return folder / "model"


def test_training_reports_cross_validated_scores(model):
    card = json.loads((model / "card.json").read_text(encoding="utf-8"))
    assert card["labels"] == ["health", "roads", "schools"]
    for scores in card["cross_validation"].values():
        assert scores["examples"] == 12 and scores["f1"] >= 0.8


def test_thin_labels_are_refused_clearly(tmp_path):
    write_codebook(tmp_path / "thin.csv", thin="health")
    proc = kaznews("train", "topics", tmp_path / "thin.csv", "-o", tmp_path / "m")
    assert proc.returncode == 2 and "too few examples for 'health' (3)" in proc.stderr
    assert not (tmp_path / "m").exists()


def test_run_tags_a_new_dump_with_the_codebook(model, tmp_path):
    dump = tmp_path / "new.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "n1", "text": "В Экибастузе отремонтируют дороги и мосты: подрядчик обещает уложить асфальт до "
                             "зимы, а автобусы временно пустят в объезд."},
        {"id": "n2", "text": "В Жезказгане открыли новую больницу, врачи принимают пациентов, а томограф "
                             "работает круглосуточно."}]), encoding="utf-8")
    proc = kaznews("run", dump, "-o", tmp_path / "out", "--topics", model, "-q")
    assert proc.returncode == 0, proc.stderr
    topics = pipeline.read(tmp_path / "out").topics
    best = topics.sort_values("score", ascending=False).groupby("article_id").topic.first()
    assert best.to_dict() == {"n1": "roads", "n2": "health"}
    assert topics.score.between(0.5, 1).all()


def test_codebook_by_ids_of_a_processed_dump(sample_run, tmp_path):
    out, _ = sample_run
    articles = pipeline.read(out).articles
    with open(tmp_path / "ids.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "labels"])
        for article_id, lang in zip(articles.article_id, articles.lang):
            writer.writerow([article_id, "kazakh-language" if lang == "kk" else "other-language"])
    proc = kaznews("train", "topics", tmp_path / "ids.csv", "--from", out, "-o", tmp_path / "m", "--min-examples", "5")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "m" / "card.json").read_text())["articles"] == len(articles)


def test_a_missing_model_is_a_usage_error(tmp_path):
    proc = kaznews("run", tmp_path, "-o", tmp_path / "out", "--topics", tmp_path / "nomodel")
    assert proc.returncode == 2 and "not a codebook model" in proc.stderr and "Traceback" not in proc.stderr
