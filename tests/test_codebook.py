"""A researcher's codebook: train, cross-validate, refuse thin labels, tag a new dump."""
import csv
import json
import pickle
import random
import shutil
import subprocess

import numpy as np
import pytest
import sklearn

import kaznews
from kaznews.topics.codebook import (CodebookError, CodebookModel, SavedCodebook, check_codebook,
                                      load_codebook, targets_for)

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


def codebook_rows(per_label=12, thin=None):
    rng = random.Random(3)
    return [{"text": rng.choice(ts).format(c=CITIES[i % len(CITIES)], n=rng.randint(2, 9)), "labels": label}
            for label, ts in TEMPLATES.items() for i in range(per_label if label != thin else 3)]


def write_codebook(path, per_label=12, thin=None):
    rows = codebook_rows(per_label, thin)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["text", "labels"])
        writer.writeheader()
        writer.writerows(rows)


def cli(*args):
    return subprocess.run([*KAZNEWS, *map(str, args)], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("codebook")
    write_codebook(folder / "codebook.csv")
    proc = cli("train", "topics", folder / "codebook.csv", "-o", folder / "model")
    assert proc.returncode == 0, proc.stderr
    return folder / "model"


def test_training_reports_cross_validated_scores(model):
    card = json.loads((model / "card.json").read_text(encoding="utf-8"))
    assert card["labels"] == ["health", "roads", "schools"]
    for scores in card["cross_validation"].values():
        assert scores["examples"] == 12 and scores["f1"] >= 0.8


def test_thin_labels_are_refused_clearly(tmp_path):
    write_codebook(tmp_path / "thin.csv", thin="health")
    proc = cli("train", "topics", tmp_path / "thin.csv", "-o", tmp_path / "m")
    assert proc.returncode == 2 and "too few examples for 'health' (3)" in proc.stderr
    assert not (tmp_path / "m").exists()


def test_run_tags_a_new_dump_with_the_codebook(model, tmp_path):
    dump = tmp_path / "new.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "n1", "text": "В Экибастузе отремонтируют дороги и мосты: подрядчик обещает уложить асфальт до "
                             "зимы, а автобусы временно пустят в объезд."},
        {"id": "n2", "text": "В Жезказгане открыли новую больницу, врачи принимают пациентов, а томограф "
                             "работает круглосуточно."}]), encoding="utf-8")
    proc = cli("run", dump, "-o", tmp_path / "out", "--topics", model, "-q")
    assert proc.returncode == 0, proc.stderr
    topics = kaznews.read(tmp_path / "out").topics
    best = topics.sort_values("score", ascending=False).groupby("article_id").topic.first()
    assert best.to_dict() == {"n1": "roads", "n2": "health"}
    assert topics[~topics.low_confidence].score.between(0.5, 1).all()


def test_codebook_by_ids_of_a_processed_dump(sample_run, tmp_path):
    out, _ = sample_run
    articles = kaznews.read(out).articles
    with open(tmp_path / "ids.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "labels"])
        for article_id, lang in zip(articles.article_id, articles.lang):
            writer.writerow([article_id, "kazakh-language" if lang == "kk" else "other-language"])
    proc = cli("train", "topics", tmp_path / "ids.csv", "--from", out, "-o", tmp_path / "m", "--min-examples", "5")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "m" / "card.json").read_text())["articles"] == len(articles)


def test_a_missing_model_is_a_usage_error(tmp_path):
    proc = cli("run", tmp_path, "-o", tmp_path / "out", "--topics", tmp_path / "nomodel")
    assert proc.returncode == 2 and "not a codebook model" in proc.stderr and "Traceback" not in proc.stderr


class CreatesFile:
    """Unpickling this opens `path` for writing: the file appears only if the pickle ran."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return open, (self.path, "w")


def test_the_saved_model_scores_like_the_trained_pipeline(tmp_path, resources):
    rows = codebook_rows()
    new = ["В Экибастузе отремонтируют дороги и мосты, автобусы пустят в объезд.",
           "В Жезказгане открыли новую больницу, врачи принимают пациентов.",
           "Учителя Сатпаева просят открыть новые классы.", "Погода: завтра солнечно."]
    result = kaznews.analyze([r["text"] for r in rows] + new)
    lemmas = result.articles.sort_values("article_id", key=lambda ids: ids.astype(int)).lemmas.tolist()
    names, matrix = targets_for([[r["labels"]] for r in rows])
    trained = CodebookModel(names).fit(lemmas[:len(rows)], matrix, resources.navec)
    SavedCodebook.from_model(trained).save(tmp_path)
    loaded = load_codebook(tmp_path)
    texts = [*lemmas, "", "слово которого нет в словаре", "Ремонт дорога ремонт Дорога дорога школа"]
    assert loaded.labels == names == ["health", "roads", "schools"]
    assert np.abs(loaded.score(texts, resources.navec) - trained.score(texts, resources.navec)).max() <= 1e-12
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.json", "weights.npz"]


def test_the_model_folder_is_json_and_plain_arrays(model):
    spec = json.loads((model / "model.json").read_text(encoding="utf-8"))
    assert spec["format"] == "kaznews codebook" and spec["format_version"] == 1
    assert spec["sklearn_version"] == sklearn.__version__
    with np.load(model / "weights.npz", allow_pickle=False) as weights:
        assert weights["coef"].shape == (3, len(spec["vocabulary"]) + 300)
    assert not list(model.glob("*.joblib")) and not list(model.glob("*.pkl"))


def test_a_pickled_model_is_refused_without_running_it(tmp_path):
    probe, canary = tmp_path / "probe", tmp_path / "canary"
    pickle.loads(pickle.dumps(CreatesFile(probe)))
    assert probe.exists()  # the crafted pickle does run code when unpickled
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.joblib").write_bytes(pickle.dumps(CreatesFile(canary)))
    proc = cli("run", tmp_path, "-o", tmp_path / "out", "--topics", folder)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "pickled codebook model from an older kaznews" in proc.stderr and len(proc.stderr.splitlines()) == 1
    assert not canary.exists()


def test_pickled_weights_are_refused_without_running_them(model, tmp_path):
    folder, canary = tmp_path / "model", tmp_path / "canary"
    shutil.copytree(model, folder)
    with np.load(folder / "weights.npz") as weights:
        arrays = dict(weights)
    evil = np.empty(1, dtype=object)
    evil[0] = CreatesFile(canary)
    np.savez(folder / "weights.npz", **{**arrays, "coef": evil})
    with pytest.raises(CodebookError, match="damaged codebook model"):
        load_codebook(folder)
    assert not canary.exists()
    with np.load(folder / "weights.npz", allow_pickle=True) as weights:
        weights["coef"]
    assert canary.exists()  # what loading it with pickle would have done


def test_another_format_version_is_refused_and_the_sklearn_version_only_recorded(model, tmp_path):
    folder = tmp_path / "model"
    shutil.copytree(model, folder)
    spec = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    (folder / "model.json").write_text(json.dumps({**spec, "sklearn_version": "0.1"}), encoding="utf-8")
    assert load_codebook(folder).labels == ["health", "roads", "schools"]
    (folder / "model.json").write_text(json.dumps({**spec, "format_version": 2}), encoding="utf-8")
    proc = cli("run", tmp_path, "-o", tmp_path / "out", "--topics", folder)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "model of format 'kaznews codebook' version 2; this kaznews reads 'kaznews codebook' version 1" \
        in proc.stderr


def test_a_label_on_every_article_is_refused():
    names, matrix = targets_for([["roads", "city"]] * 10 + [["schools", "city"]] * 10)
    with pytest.raises(CodebookError, match="'city' is on every coded article"):
        check_codebook(names, matrix)
