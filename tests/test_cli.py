import csv
import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

import kaznews
from kaznews.cli import main
from kaznews.ingest import readers
from kaznews.store import load_manifest

from .conftest import KAZNEWS, SAMPLE


def cli(*args, timeout=600):
    return subprocess.run([*KAZNEWS, *map(str, args)], capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def kaznews_here(capsys, monkeypatch):
    """The console entry point in this process (exit code, stdout, stderr): no cold start,
    for what does not depend on a fresh process."""
    def call(*args):
        monkeypatch.setattr(sys, "argv", ["kaznews", *map(str, args)])
        with pytest.raises(SystemExit) as stop:
            main()
        captured = capsys.readouterr()
        return stop.value.code, captured.out, captured.err
    return call


def test_run_prints_a_summary(sample_run):
    out, proc = sample_run
    assert "articles" in proc.stdout and "22" in proc.stdout and "tables written to" in proc.stdout
    assert "exact 1, near 1" in proc.stdout and "broken JSON: 1" in proc.stdout


def test_missing_input_is_one_line_and_exit_2(tmp_path, kaznews_here):
    code, _, err = kaznews_here("run", tmp_path / "nope.jsonl", "-o", tmp_path / "out")
    assert code == 2
    assert err.strip().count("\n") == 0 and "input not found" in err
    assert "Traceback" not in err


def test_bad_options_exit_2(tmp_path, kaznews_here):
    for args in (["run", SAMPLE, "-o", tmp_path, "--format", "xml"], ["run", SAMPLE], ["frobnicate"],
                 ["run", SAMPLE, "-o", tmp_path, "--workers", "0"], ["run", SAMPLE, "-o", tmp_path, "--field", "x"]):
        code, _, err = kaznews_here(*args)
        assert code == 2, args
        assert err.startswith("kaznews: error:") and err.strip().count("\n") == 0, err


def test_two_workers_write_the_same_tables(tmp_path, sample_result):
    proc = cli("run", SAMPLE, "-o", tmp_path / "w2", "--workers", "2", "-q")
    assert proc.returncode == 0, proc.stderr
    other = kaznews.read(tmp_path / "w2")
    for name in ("articles", "sentences", "entities", "topics", "duplicates", "rejects"):
        pd.testing.assert_frame_equal(getattr(sample_result, name), getattr(other, name))


def test_limit_and_field_mapping(tmp_path, kaznews_here):
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"guid": "g1", "content": "Аким Туркестана открыл школу в Кентау."}\n'
                    '{"guid": "g2", "content": "Второй текст о ремонте дорог в Сарыагаше."}\n', encoding="utf-8")
    code, _, err = kaznews_here("run", dump, "-o", tmp_path / "o", "--field", "id=guid", "--field", "text=content",
                                "--limit", "1", "-q")
    assert code == 0, err
    assert list(kaznews.read(tmp_path / "o").articles.article_id) == ["g1"]


def test_seed_article_through_the_cli(tmp_path, seed_path):
    proc = cli("run", seed_path, "-o", tmp_path / "seed", "-q")
    assert proc.returncode == 0, proc.stderr
    ents = kaznews.read(tmp_path / "seed").entities
    assert {"Самира Тайтенова", "Игорь Плюснин"} <= set(ents[ents.label == "PER"].text)
    orgs = ents[ents.label == "ORG"]
    assert "Акмолинский областной филиал партии «AMANAT»" in set(orgs.normal) and "Антикоррупционная служба региона" in set(orgs.normal)


def news(i: int) -> str:
    return (f"Аким района номер {i} Ерлан Сапаров провел совещание по ремонту {i} улиц и пообещал выделить "
            f"{i * 3} миллионов тенге на освещение дворов.")


def write_csv(path, rows: int) -> None:
    """A dump whose text column is called `article`, which kaznews does not guess."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "headline", "article"])
        writer.writerows([f"c{i}", f"Заголовок {i}", news(i)] for i in range(rows))


def test_an_input_with_every_record_rejected_says_why_and_exits_4(tmp_path, kaznews_here):
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "good.jsonl").write_text(json.dumps({"id": "g1", "text": news(1)}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    write_csv(dumps / "theirs.csv", 3)
    code, out, err = kaznews_here("run", dumps, "-o", tmp_path / "out", "-q")
    assert code == 4, err
    assert "nothing usable in" in err and "theirs.csv" in err and "good.jsonl" not in err
    assert "all 3 records rejected" in err and "no text field" in err
    assert "id, headline, article" in err and "--field text=article" in err
    assert "tables written to" in out  # the good file's article is stored all the same
    assert list(kaznews.read(tmp_path / "out").articles.article_id) == ["g1"]
    # the hint works
    code, _, err = kaznews_here("run", dumps / "theirs.csv", "-o", tmp_path / "mapped", "-q", "--field", "text=article")
    assert code == 0, err
    assert len(kaznews.read(tmp_path / "mapped").articles) == 3


def test_json_logs_are_one_shape_for_every_message(tmp_path, kaznews_here):
    dump = tmp_path / "theirs.csv"
    write_csv(dump, 2)

    def objects(text):
        found = [json.loads(line) for line in text.splitlines()]
        assert found and all({"event", "level", "message"} <= set(obj) for obj in found), found
        return found

    code, out, err = kaznews_here("run", dump, "-o", tmp_path / "o", "--log-format", "json")
    assert code == 4
    [summary], [warning] = objects(out), objects(err)
    assert summary["event"] == "run finished" and summary["rejects"] == 2 and summary["topics"] == {}
    assert warning["level"] == "warning" and warning["fields"] == ["id", "headline", "article"]
    code, out, err = kaznews_here("run", dump, "-o", tmp_path / "o", "--log-format", "json", "--field", "text=article")
    assert code == 0 and err == ""
    [summary] = objects(out)
    assert summary["articles"] == 2 and sum(summary["topics"].values()) >= 2 and summary["level"] == "info"
    code, out, err = kaznews_here("compact", tmp_path / "o", "--log-format", "json")
    assert code == 0 and objects(out)[0]["rows"]["articles"] == 2
    for args in (["run", tmp_path / "nope.jsonl", "-o", tmp_path / "x"], ["run", dump], ["compact", tmp_path]):
        code, out, err = kaznews_here(*args, "--log-format", "json")
        [error] = objects(err)
        assert code == 2 == error["exit_code"] and error["level"] == "error" and out == "", args


def test_bare_kaznews_shows_the_help_without_an_error(kaznews_here):
    for args in ([], ["eval"]):
        code, out, err = kaznews_here(*args)
        assert code == 2 and "Usage" in out and "Commands" in out and err == "", args


def test_version_flag_and_command(kaznews_here):
    assert kaznews_here("--version")[:2] == kaznews_here("version")[:2] == (0, f"kaznews {kaznews.__version__}\n")


def test_help_names_every_input_format(kaznews_here):
    suffixes = [*readers._SUFFIXES, ".gz"]
    for args in (["--help"], ["run", "--help"]):
        code, out, _ = kaznews_here(*args)
        text = " ".join(out.replace("│", " ").split())
        assert code == 0 and all(s.lstrip(".") in text for s in suffixes), (args, text)


# enough that the run is still going when the signal comes: 150 took 0.35 s after the first
# commit, a margin a busy machine's test process could miss
ARTICLES_TO_INTERRUPT = 1000


def test_ctrl_c_says_what_is_stored_and_an_incremental_run_goes_on(tmp_path, kaznews_here):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    dump.write_text("".join(json.dumps({"id": f"a{i}", "text": news(i)}, ensure_ascii=False) + "\n"
                            for i in range(ARTICLES_TO_INTERRUPT)), encoding="utf-8")
    proc = subprocess.Popen([*KAZNEWS, "run", str(dump), "-o", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "KAZNEWS_CHECKPOINT": "10"})

    def parts() -> list[str]:
        manifest = load_manifest(out)
        return manifest["runs"][-1]["parts"]["articles"] if manifest and manifest["runs"] else []
    deadline = time.time() + 300
    while not parts() and proc.poll() is None and time.time() < deadline:  # wait for work, not for the clock
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    stored = pd.concat(pd.read_parquet(out / name) for name in parts()).article_id.nunique()
    assert 10 <= stored < ARTICLES_TO_INTERRUPT
    assert stderr.strip().splitlines()[-1] == (f"kaznews: interrupted: {stored} articles are safely stored in {out}; "
                                              f"run the same command with --incremental to continue from there")
    assert "Traceback" not in stderr
    code, _, err = kaznews_here("run", dump, "-o", out, "-q", "--incremental")
    assert code == 0, err
    articles = kaznews.read(out).articles
    assert sorted(articles.article_id) == sorted(f"a{i}" for i in range(ARTICLES_TO_INTERRUPT))


def test_quiet_silences_the_dask_cluster(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "a", "text": news(1)}, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = cli("run", dump, "-o", tmp_path / "o", "--engine", "dask", "--workers", "1", "-q")
    assert proc.returncode == 0, proc.stderr
    assert "INFO" not in proc.stderr and "distributed" not in proc.stderr, proc.stderr


HEAVY = ("spacy", "pandas", "pyarrow", "natasha", "sklearn", "dask", "distributed", "lingua", "numpy", "scipy")


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["run", "--help"], ["run", "missing.jsonl", "-o", "out"],
                                  ["run", "missing.jsonl"], ["eval", "ner", "missing.jsonl"], ["frobnicate"]])
def test_help_version_and_usage_errors_load_no_heavy_library(argv):
    script = ("import sys\nfrom kaznews.cli import main\nsys.argv = ['kaznews', *sys.argv[1:]]\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              f"print('HEAVY', [m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True, timeout=60)
    assert proc.stderr.splitlines()[-1] == "HEAVY []", proc.stderr


def test_import_kaznews_is_light_and_its_names_load_on_use():
    script = (f"import sys, kaznews\nassert not [m for m in {HEAVY!r} if m in sys.modules], sys.modules.keys()\n"
              "assert callable(kaznews.analyze) and 'pandas' in sys.modules\nprint(sorted(kaznews.__all__))")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
