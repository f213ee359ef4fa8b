"""HTML pages, WARC archives, normalisation and dates: issue 3's formats and text rules."""
import io
import os
import re

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kaznews.doc import Document, Reject
from kaznews.ingest import MAX_CHARS, MAX_PAGE_CHARS, Ingestor
from kaznews.ingest.normalize import normalize_text
from kaznews.ingest.readers import list_inputs, read_dump

PAGE = """<!DOCTYPE html><html><head><title>Аким Павлодара проверил котельные | Pavlodar News</title>
<meta property="og:site_name" content="Pavlodar News"><meta name="author" content="Асель Жакупова">
<meta property="article:published_time" content="2026-10-02T11:00:00+05:00">
<script>window.counter = {views: 1235}; document.write("реклама");</script><style>.menu{color:red}</style>
</head><body><nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></nav>
<article><h1>Аким Павлодара проверил котельные</h1>
<p>Аким Павлодара проверил готовность городских котельных к отопительному сезону. Энергетики заверили,
что ремонт двух котлов на ТЭЦ завершен и тепло подадут по графику.</p>
<p>Коммунальным службам поручили ежедневно докладывать о порывах на теплотрассах и устранять их за сутки.</p>
</article><footer>© 2026 Pavlodar News. Все права защищены.</footer></body></html>"""


PAGE2 = """<html><head><title>В Экибастузе открыли каток</title></head><body><nav>Главная Новости</nav>
<article><h1>В Экибастузе открыли каток</h1><p>В Экибастузе на центральной площади залили новый каток. Вход
для детей и пенсионеров бесплатный, прокат коньков стоит 500 тенге в час.</p><p>Каток будет работать до
конца февраля, если позволит погода, сообщили в городском отделе культуры и спорта.</p></article></body></html>"""


def ingest(path, **kw):
    return list(Ingestor(**kw)(read_dump(path)))


def test_html_page_main_text_and_metadata(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "article.html").write_text(PAGE, encoding="utf-8")
    [path] = list_inputs([folder]).files
    [doc] = ingest(path)
    assert doc.text.startswith("Аким Павлодара проверил готовность")
    assert doc.text.endswith("устранять их за сутки.")
    assert "counter" not in doc.text and "Главная" not in doc.text and "©" not in doc.text
    assert (doc.title, doc.author, doc.source) == ("Аким Павлодара проверил котельные", "Асель Жакупова",
                                                   "Pavlodar News")
    assert str(doc.published) == "2026-10-02 06:00:00+00:00"


def _warc(path, pages, gzip=True):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, body, ctype in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2026-11-24T10:00:00Z"})
            writer.write_record(record)


def test_warc_html_responses_in_any_charset(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://pavlodar.news/a1", PAGE.encode("utf-8"), "text/html; charset=utf-8"),
                 ("https://pavlodar.news/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
                 ("https://old.kz/a2", PAGE2.encode("cp1251"), "text/html; charset=windows-1251")])
    items = ingest(path)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.url for d in docs] == ["https://pavlodar.news/a1", "https://old.kz/a2"]
    assert "прокат коньков стоит 500 тенге" in docs[1].text and not [i for i in items if isinstance(i, Reject)]


def test_page_without_an_article_is_a_reject(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav>Главная Новости</nav><script>x()</script></body></html>", encoding="utf-8")
    [item] = ingest(path)
    assert isinstance(item, Reject) and "no article text" in item.reason


@pytest.mark.parametrize("raw,clean", [
    ("Aстана қаласының Əкімдігі", "Астана қаласының Әкімдігі"),
    ("Бiлiм мен ғылым, кöше, шаhар", "Білім мен ғылым, көше, шаһар"),
    ("Партия \"AMANAT\" и „Нур Отан“ - одно", "Партия «AMANAT» и «Нур Отан» — одно"),
    ("iPhone, AMANAT, Kokshetau.asia", "iPhone, AMANAT, Kokshetau.asia"),
    ("Оӊтүстік Қазақстан облысыныӊ", "Оңтүстік Қазақстан облысының"),
    ("пере\u00adнос и\u200bневидимые\u00a0пробелы", "перенос иневидимые пробелы"),
])
def test_normalisation(raw, clean):
    assert normalize_text(raw) == clean


def test_relative_date_from_warc_record(tmp_path):
    path = tmp_path / "c.warc.gz"
    page = PAGE.replace('<meta property="article:published_time" content="2026-10-02T11:00:00+05:00">', "")
    _warc(path, [("https://x.kz/1", page.encode("utf-8"), "text/html")])
    [record] = list(read_dump(path))
    record.fields["published"] = "вчера, 15:30"
    [doc] = list(Ingestor()([record]))
    assert str(doc.published) == "2026-11-23 10:30:00+00:00"


def test_eval_ingest_gold_items_are_exact():
    from pathlib import Path

    from kaznews.evaluate.ingest import evaluate_ingest
    rows = evaluate_ingest(Path(__file__).resolve().parents[1] / "data" / "eval" / "ingest" / "gold.jsonl")
    assert len(rows) >= 6 and all(ours.exact for _, ours, _ in rows)
    html = [(ours, theirs) for _, ours, theirs in rows if theirs is not None]
    assert sum(t.exact for _, t in html) < sum(o.exact for o, _ in html)


def _news_warc(path, n=8, gzip=False):
    """n pages of news, each its own article, in one WARC file."""
    pages = [(f"https://x.kz/{i}", PAGE2.replace("каток", f"каток номер {i}").encode("utf-8"), "text/html")
             for i in range(n)]
    _warc(path, pages, gzip=gzip)
    return path.read_bytes()


def _urls(items):
    return [int(i.url.rsplit("/", 1)[1]) for i in items if isinstance(i, Document)]


@pytest.mark.parametrize("delta", [+500, -40])
def test_bad_warc_content_length_costs_only_its_record(tmp_path, delta):
    data = _news_warc(tmp_path / "c.warc")
    lengths = list(re.finditer(rb"msgtype=response\r\nContent-Length: (\d+)", data))
    third = lengths[2]
    path = tmp_path / "bad.warc"
    path.write_bytes(data[:third.start(1)] + str(int(third[1]) + delta).encode() + data[third.end(1):])
    items = ingest(path, dedupe=False)
    assert _urls(items) == [0, 1, 3, 4, 5, 6, 7]
    [reject] = [i for i in items if isinstance(i, Reject)]
    assert reject.where == f"{path}#3" and "Content-Length" in reject.reason


def test_plain_warc_cut_or_with_a_broken_header_is_a_reject(tmp_path):
    data = _news_warc(tmp_path / "c.warc")
    starts = [m.start() for m in re.finditer(rb"WARC/1\.0\r\n", data)]
    path = tmp_path / "broken.warc"
    path.write_bytes(data[:starts[2]] + b"WARC/9.9 garbage\r\n" + data[starts[2] + 10:])
    items = ingest(path, dedupe=False)
    assert _urls(items) == [0, 1, 3, 4, 5, 6, 7]
    assert [(i.where, i.reason) for i in items if isinstance(i, Reject)] == [
        (f"{path}#3", "broken WARC header (no WARC/1.x line)")]
    for cut, read in ((starts[5] + 100, 5), (starts[5] + 700, 5), (len(data) - 200, 7)):  # in a header, in pages
        path.write_bytes(data[:cut])
        items = ingest(path, dedupe=False)
        assert isinstance(items[-1], Reject) and "cut short" in items[-1].reason, cut
        assert _urls(items) == list(range(read)), cut


def test_gzipped_warc_cut_short_is_a_reject(tmp_path):
    data = _news_warc(tmp_path / "c.warc.gz", gzip=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-30])
    items = ingest(path, dedupe=False)
    assert len(_urls(items)) >= 7
    assert isinstance(items[-1], Reject) and "truncated" in items[-1].reason


def test_the_text_limit_applies_to_the_text_not_the_page(tmp_path):
    script = "<script>var data = '" + "x" * (MAX_CHARS + 1000) + "';</script>"
    path = tmp_path / "heavy.html"
    path.write_text(PAGE.replace("</head>", script + "</head>"), encoding="utf-8")
    [doc] = ingest(path)
    assert doc.text.startswith("Аким Павлодара проверил готовность")
    page = "<html><body><p>" + "Weather news. " * (MAX_PAGE_CHARS // 14) + "</p></body></html>"
    path.write_text(page)
    [reject] = ingest(path)
    assert isinstance(reject, Reject) and reject.reason == f"page too long ({len(page)} chars > limit {MAX_PAGE_CHARS})"


def test_symlinks_out_of_the_input_folder_are_not_followed(tmp_path):
    folder = tmp_path / "dump"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("В Таразе открыли новую школу на шестьсот мест.", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash", encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "etc").symlink_to(tmp_path)
    (folder / "sub" / "again.txt").symlink_to(folder / "a.txt")  # inside the folder: read
    files, rejects = list_inputs([folder])
    assert files == [folder / "a.txt", folder / "sub" / "again.txt"]
    assert sorted((r.where, r.reason.split(" (")[0]) for r in rejects) == [
        (str(folder / "etc"), "symlink outside the input folder"),
        (str(folder / "passwd.txt"), "symlink outside the input folder")]


def test_an_unreadable_subfolder_is_a_reject_and_the_rest_is_read(tmp_path, monkeypatch):
    folder = tmp_path / "dump"
    for sub in ("a", "locked", "z"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / f"{sub}.txt").write_text(f"Новость из папки {sub} о ремонте дорог.", encoding="utf-8")
    scandir = os.scandir

    def denied(path):  # tests run as root, which chmod 000 does not stop
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)
    monkeypatch.setattr(os, "scandir", denied)
    files, rejects = list_inputs([folder])
    assert files == [folder / "a" / "a.txt", folder / "z" / "z.txt"]
    assert [(r.where, r.reason) for r in rejects] == [(str(folder / "locked"), "cannot read folder: Permission denied")]
