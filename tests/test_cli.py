import subprocess

import pandas as pd

import pipeline

from .conftest import KAZNEWS, SAMPLE


def kaznews(*args, timeout=600):
    return subprocess.run([*KAZNEWS, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def test_run_prints_a_summary(sample_run):
    out, proc = sample_run
    assert "articles" in proc.stdout and "22" in proc.stdout and "tables written to" in proc.stdout
    assert "exact 1, near 1" in proc.stdout and "broken JSON: 1" in proc.stdout


def test_missing_input_is_one_line_and_exit_2(tmp_path):
    proc = kaznews("run", tmp_path / "nope.jsonl", "-o", tmp_path / "out")
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "input not found" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_bad_options_exit_2(tmp_path):
    for args in (["run", SAMPLE, "-o", tmp_path, "--format", "xml"], ["run", SAMPLE], ["frobnicate"],
                 ["run", SAMPLE, "-o", tmp_path, "--workers", "0"], ["run", SAMPLE, "-o", tmp_path, "--field", "x"]):
        proc = kaznews(*args)
        assert proc.returncode == 2, args
        assert proc.stderr.startswith("kaznews: error:") and proc.stderr.strip().count("\n") == 0, proc.stderr


def test_two_workers_write_the_same_tables(tmp_path, sample_result):
    proc = kaznews("run", SAMPLE, "-o", tmp_path / "w2", "--workers", "2", "-q")
    assert proc.returncode == 0, proc.stderr
    other = pipeline.read(tmp_path / "w2")
    for name in ("articles", "sentences", "entities", "topics", "duplicates", "rejects"):
        pd.testing.assert_frame_equal(getattr(sample_result, name), getattr(other, name))


def test_limit_and_field_mapping(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"guid": "g1", "content": "Аким Туркестана открыл школу в Кентау."}\n'
                    '{"guid": "g2", "content": "Второй текст о ремонте дорог в Сарыагаше."}\n', encoding="utf-8")
    proc = kaznews("run", dump, "-o", tmp_path / "o", "--field", "id=guid", "--field", "text=content",
                   "--limit", "1", "-q")
    assert proc.returncode == 0, proc.stderr
    assert list(pipeline.read(tmp_path / "o").articles.article_id) == ["g1"]


def test_seed_article_through_the_cli(tmp_path, seed_path):
    proc = kaznews("run", seed_path, "-o", tmp_path / "seed", "-q")
    assert proc.returncode == 0, proc.stderr
    ents = pipeline.read(tmp_path / "seed").entities
    assert {"Самира Тайтенова", "Игорь Плюснин"} <= set(ents[ents.label == "PER"].text)
    orgs = ents[ents.label == "ORG"]
    assert "партия «AMANAT»" in set(orgs.normal) and "Антикоррупционная служба" in set(orgs.normal)
