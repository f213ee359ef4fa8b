"""The output folder as users and other tools see it: nothing of theirs deleted, every table
readable by a plain glob, current rows only in the part files, idempotent re-runs, CSV
that round-trips."""
import json

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

import kaznews
from kaznews.runner import RunOptions, run_dataset
from kaznews.schema import SCHEMA_VERSION, TABLES
from kaznews.store import IncompatibleOutput, compact

from .test_batch import article, write_dump


def files_of(out) -> dict[str, int]:
    """Every file under OUT (but the manifest and lock) with its modification time."""
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in ("manifest.json", ".lock")}


def glob_tables(out) -> dict[str, pd.DataFrame]:
    """The tables as a reader that knows nothing of kaznews sees them: every *.parquet file."""
    return {t: ds.dataset(sorted(str(p) for p in (out / t).glob("*.parquet")), schema=TABLES[t]).to_table().to_pandas()
            for t in TABLES}


def test_a_folder_holding_someone_elses_files_is_refused_and_left_alone(tmp_path):
    dump = tmp_path / "d.jsonl"
    write_dump(dump, [article(i) for i in range(2)])
    mine = tmp_path / "out" / "articles" / "my_article.csv"
    mine.parent.mkdir(parents=True)
    mine.write_text("id,text\n1,мой текст\n", encoding="utf-8")
    with pytest.raises(IncompatibleOutput, match="articles/my_article.csv"):
        run_dataset(RunOptions([dump], tmp_path / "out"))
    assert mine.read_text(encoding="utf-8") == "id,text\n1,мой текст\n"
    notes = tmp_path / "notes" / "notes.txt"
    notes.parent.mkdir()
    notes.write_text("мои заметки", encoding="utf-8")
    with pytest.raises(IncompatibleOutput, match="notes.txt"):
        run_dataset(RunOptions([dump], notes.parent))
    assert sorted(p.name for p in notes.parent.iterdir()) == ["notes.txt"]  # not even a lock file


def test_the_input_is_never_deleted_by_its_own_output(tmp_path):
    folder = tmp_path / "dumps"
    (folder / "articles").mkdir(parents=True)
    write_dump(folder / "articles.jsonl", [article(i) for i in range(2)])
    write_dump(folder / "articles" / "day1.jsonl", [article(i) for i in range(2, 4)])
    for inputs in ([folder / "articles.jsonl"], [folder / "articles"]):
        with pytest.raises(IncompatibleOutput):
            run_dataset(RunOptions(inputs, folder))
    assert (folder / "articles.jsonl").exists() and (folder / "articles" / "day1.jsonl").exists()
    # an output folder inside the input folder is not read back as input
    run_dataset(RunOptions([folder], folder / "out"))
    run_dataset(RunOptions([folder], folder / "out"))
    assert len(kaznews.read(folder / "out").articles) == 4


def test_every_table_has_a_part_with_its_schema_and_version(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    write_dump(dump, [article(i) for i in range(2)])  # no duplicate, no reject
    run_dataset(RunOptions([dump], out))
    for table, schema in TABLES.items():
        parts = sorted((out / table).glob("*.parquet"))
        assert parts, table
        for part in parts:
            assert pq.read_schema(part).remove_metadata() == schema
            assert pq.read_metadata(part).metadata[b"kaznews.schema_version"] == str(SCHEMA_VERSION).encode()
    tables = glob_tables(out)
    assert len(tables["duplicates"]) == 0 and len(tables["rejects"]) == 0 and len(tables["articles"]) == 2


def test_part_files_hold_current_rows_only_and_a_rerun_writes_nothing(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    records = [article(i) for i in range(4)] + [article(1) | {"id": "copy"}]
    write_dump(dump, records, broken=True)
    run_dataset(RunOptions([dump], out, incremental=True))
    records[2] = article(2, " Обновлено вечером: аким Астаны Жанғали Жақсыбеков приехал в район.")
    write_dump(dump, records, broken=True)
    run_dataset(RunOptions([dump], out, incremental=True))
    expected = kaznews.read(out)
    tables = glob_tables(out)
    for name in TABLES:
        got = tables[name].sort_values(list(tables[name].columns[:4])).reset_index(drop=True)
        want = getattr(expected, name).sort_values(list(tables[name].columns[:4])).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert tables["articles"].article_id.tolist().count("a2") == 1
    assert tables["articles"].set_index("article_id").loc["a2", "text"].endswith("приехал в район.")
    assert len(tables["rejects"]) == 1 and len(tables["duplicates"]) == 1
    before = files_of(out)
    summary = run_dataset(RunOptions([dump], out, incremental=True))
    assert summary.articles == 0 and summary.unchanged == 4
    assert files_of(out) == before  # no new part, no rewritten one
    again = kaznews.read(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(again, name), getattr(expected, name))


def test_csv_output_round_trips_appends_and_compacts(tmp_path):
    dump, out = tmp_path / "d.jsonl", tmp_path / "out"
    titles = ["NA", "null", "N/A", "#N/A", "", "Заголовок, с запятой и «кавычками»"]
    records = [article(i) | {"title": t, "text": article(i)["text"] + f"\n\nВторой абзац, с запятой: улица {i}."}
               for i, t in enumerate(titles)]
    write_dump(dump, records)
    run_dataset(RunOptions([dump], out, fmt="csv", incremental=True))
    write_dump(dump, records + [article(9)])
    run_dataset(RunOptions([dump], out, fmt="csv", incremental=True))
    result = kaznews.read(out)
    by_id = result.articles.set_index("article_id")
    assert [by_id.loc[f"a{i}", "title"] for i in range(4)] == titles[:4]
    assert by_id.loc["a5", "title"] == titles[5] and "\n\nВторой абзац" in by_id.loc["a0", "text"]
    assert len(by_id) == 7
    compact(out)
    after = kaznews.read(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(after, name), getattr(result, name))
    assert json.loads((out / "manifest.json").read_text())["format"] == "csv"


def test_output_folder_problems_exit_2_with_one_line(tmp_path):
    import subprocess

    from .conftest import KAZNEWS
    dump = tmp_path / "d.jsonl"
    write_dump(dump, [article(0)])
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "report.docx").write_bytes(b"PK\x03\x04")
    for out in (tmp_path / "taken", dump, dump / "out", tmp_path):  # foreign files, a file, under a file, the input's
        proc = subprocess.run([*KAZNEWS, "run", str(dump), "-o", str(out), "-q"], capture_output=True, text=True,
                              timeout=600)
        assert proc.returncode == 2 and proc.stderr.startswith("kaznews: error:"), (out, proc.stderr)
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert (tmp_path / "taken" / "report.docx").read_bytes() == b"PK\x03\x04" and dump.is_file()


def test_the_manifest_names_the_options_and_models_that_made_the_tables(sample_run):
    from importlib import metadata
    out, _ = sample_run
    [record] = json.loads((out / "manifest.json").read_text())["runs"]
    assert record["options"]["format"] == "parquet" and record["options"]["topic_model"] is None
    models = record["models"]
    assert len(models["models/topics/calibration.json"]) == 16 and "models/kk_ner/model/meta.json" in models
    assert models["natasha"] == metadata.version("natasha") and models["slovnet"] == metadata.version("slovnet")
