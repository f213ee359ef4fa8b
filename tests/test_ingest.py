import gzip
import json

import pandas as pd
import pytest

from kaznews.doc import Document, Duplicate, Reject
from kaznews.ingest import Ingestor, content_hash, make_article_id
from kaznews.ingest.boilerplate import strip_boilerplate
from kaznews.ingest.normalize import normalize_text
from kaznews.ingest.readers import list_inputs, read_dump


def ingest_file(path, **kw):
    return list(Ingestor(**kw)(read_dump(path)))


def test_jsonl_keeps_good_records_around_a_broken_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": 1, "text": "Первая статья о ремонте дорог в Астане."}\n'
                    '{"id": 2, "text": "оборвано\n'
                    '[1, 2]\n'
                    '{"id": 3, "body": "Третья статья: поле body вместо text."}\n', encoding="utf-8")
    items = ingest_file(path)
    docs = [i for i in items if isinstance(i, Document)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [d.article_id for d in docs] == ["1", "3"]
    assert [r.where for r in rejects] == [f"{path}:2", f"{path}:3"]
    assert "broken JSON" in rejects[0].reason and "not an object" in rejects[1].reason


def test_gzip_csv_parquet_and_txt_folder(tmp_path):
    rows = [{"id": "a", "text": "Аким Павлодара провел совещание по отопительному сезону.", "title": "T"},
            {"id": "b", "text": "Су тасқыны кезінде құтқарушылар тұрғындарды эвакуациялады.", "title": "U"}]
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    pd.DataFrame(rows).to_csv(tmp_path / "d.csv", index=False)
    pd.DataFrame(rows).to_parquet(tmp_path / "d.parquet")
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "one.txt").write_text(rows[0]["text"], encoding="utf-8")
    for name in ("d.jsonl.gz", "d.csv", "d.parquet"):
        docs = ingest_file(tmp_path / name)
        assert [d.article_id for d in docs] == ["a", "b"], name
        assert docs[1].text == rows[1]["text"]
    [txt] = list_inputs([folder]).files
    [doc] = ingest_file(txt)
    assert doc.text == rows[0]["text"] and doc.article_id == make_article_id(None, None, doc.text)


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    lines = [json.dumps({"id": i, "text": f"Новость номер {i} о строительстве школы в Шымкенте."},
                        ensure_ascii=False) for i in range(2000)]
    data = gzip.compress("\n".join(lines).encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = ingest_file(path)
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) > 100
    assert isinstance(items[-1], Reject) and "gzip" in items[-1].reason


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16", "utf-8-sig"])
def test_legacy_encodings_are_decoded(tmp_path, encoding):
    text = "В Караганде открыли новую поликлинику на пятьсот посещений в смену."
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [doc] = ingest_file(path)
    assert doc.text == text


def test_bad_records_become_rejects_with_reasons(tmp_path):
    path = tmp_path / "bad.jsonl"
    records = [{"id": "empty", "text": "   "}, {"id": "none"}, {"id": "list", "text": ["a"]},
               {"id": "junk", "text": "\x00\x01\x02\x03" * 50},
               {"id": "huge", "text": "а" * 1_000_001},
               {"id": "ok", "text": "<html><script>alert(1)</script><p>Новая школа открылась в Таразе.</p></html>"}]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    items = ingest_file(path)
    reasons = [i.reason for i in items if isinstance(i, Reject)]
    assert len(reasons) == 5
    assert reasons[0] == "empty text"
    assert "no text field" in reasons[1] and "type list" in reasons[2]
    assert "binary" in reasons[3] and "too long" in reasons[4]
    [doc] = [i for i in items if isinstance(i, Document)]
    assert doc.text == "Новая школа открылась в Таразе."


def test_exact_duplicate_is_reported_against_the_first(tmp_path):
    path = tmp_path / "dup.jsonl"
    text = "Антикоррупционная служба задержала чиновника  при получении взятки."
    path.write_text("\n".join(json.dumps({"url": u, "text": t}, ensure_ascii=False) for u, t in
                              [("https://a.kz/1", text), ("https://b.kz/9", text.replace("  ", " ").upper())]))
    first, second = ingest_file(path)
    assert isinstance(second, Duplicate) and (second.duplicate_of, second.kind) == (first.article_id, "exact")
    assert content_hash(first.text) == first.content_hash


def test_field_map_reads_other_column_names(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps({"guid": "x1", "content": "Текст статьи о выборах в маслихат.",
                                "headline": "Выборы"}, ensure_ascii=False))
    [doc] = ingest_file(path, field_map={"id": "guid", "text": "content", "title": "headline"})
    assert (doc.article_id, doc.title) == ("x1", "Выборы")


def test_seed_article_boilerplate(seed_path):
    [doc] = ingest_file(seed_path)
    assert doc.text.startswith("В рамках активного вовлечения")
    assert doc.text.endswith("обеспечении транспарентности госаппарата.")
    assert doc.title == ("Усиление роли гражданского общества в противодействии коррупции "
                         "обсудили в Акмолинской области")
    assert set(dict(kv.split("=") for kv in doc.boilerplate.split())) == {"breadcrumb", "title", "counters", "footer"}


def test_boilerplate_leaves_body_lines_alone():
    text = normalize_text("Главная новость дня: в Астане открыли мост.\n\nМост строили три года.\n\n"
                          "Жители довольны.")
    stripped = strip_boilerplate(text)
    assert stripped.body == text and stripped.removed == {}


def test_normalize_text():
    assert normalize_text("a\u00a0b\u200b c\u00add\r\n\r\n\r\ne „x“") == "a b cd\n\ne «x»"
    # runs of mixed spaces, lone non-plain spaces, figure dash, minus, bar, line separators
    assert normalize_text("a \t\u2003 b\u2212c\u2015d\u2029e\u00a0f g\u2012h\rи") == "a b-c—d\ne f g–h\nи"


def test_concatenated_files_with_byte_order_marks_lose_nothing(tmp_path):
    one = [{"id": "a", "text": "Аким Павлодара провел совещание по отопительному сезону."}]
    two = [{"id": "b", "text": "Су тасқыны кезінде құтқарушылар тұрғындарды эвакуациялады."}]
    jsonl = tmp_path / "cat.jsonl"
    jsonl.write_bytes(b"".join(("\n".join(json.dumps(r, ensure_ascii=False) for r in part) + "\n").encode("utf-8-sig")
                               for part in (one, two)))
    assert [d.article_id for d in ingest_file(jsonl)] == ["a", "b"]
    csv_path = tmp_path / "cat.csv"
    csv_path.write_bytes(b"".join(pd.DataFrame(part).to_csv(index=False).encode("utf-8-sig") for part in (one, two)))
    items = ingest_file(csv_path)
    assert [(d.article_id, d.text) for d in items] == [(r["id"], r["text"]) for r in one + two]


@pytest.mark.parametrize("broken", ['3,"Незакрытая кавычка съела бы остаток файла', '3,"Кавычка" закрыта посреди поля'])
def test_a_broken_csv_row_costs_only_itself(tmp_path, broken):
    rows = [f'{i},"Новость {i}: в Шымкенте отремонтировали, наконец, дорогу на улице номер {i}."' for i in range(1, 7)]
    rows[2] = broken
    path = tmp_path / "quote.csv"
    path.write_text("id,text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    items = ingest_file(path, dedupe=False)
    assert [d.article_id for d in items if isinstance(d, Document)] == ["1", "2", "4", "5", "6"]
    [reject] = [r for r in items if isinstance(r, Reject)]
    assert reject.where == f"{path}:4" and reject.reason.startswith("broken CSV: a quote")


def test_json_nested_too_deep_is_a_reject(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + '{"a": ' * 100_000 + "\n"
                    '{"id": "ok", "text": "После глубокой вложенности статья читается как обычно."}\n')
    items = ingest_file(path)
    assert [(i.where, i.reason) for i in items[:2]] == [(f"{path}:1", "JSON nested too deep"),
                                                       (f"{path}:2", "JSON nested too deep")]
    assert items[2].article_id == "ok"
