"""HTML pages, WARC archives, normalisation and dates: issue 3's formats and text rules."""
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.doc import Document, Reject
from pipeline.ingest import Ingestor
from pipeline.ingest.dates import parse_published
from pipeline.ingest.normalize import normalize_text
from pipeline.ingest.readers import list_inputs, read_dump

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


def _warc(path, pages):
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
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
    ("пере\u00adнос и\u200bневидимые\u00a0пробелы", "перенос иневидимые пробелы"),
])
def test_normalisation(raw, clean):
    assert normalize_text(raw) == clean


@pytest.mark.parametrize("value,expected", [
    ("вчера, 15:30", "2026-11-23 10:30:00+00:00"),
    ("Сегодня в 09:15", "2026-11-24 04:15:00+00:00"),
    ("кеше, 10:00", "2026-11-23 05:00:00+00:00"),
    ("3 часа назад", "2026-11-24 09:00:00+00:00"),
])
def test_relative_dates_against_the_crawl_date(value, expected):
    assert str(parse_published(value, "2026-11-24T12:00:00Z")) == expected
    assert parse_published(value) is None  # no crawl date: left empty, never guessed


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

    from pipeline.evaluate.ingest import evaluate_ingest
    rows = evaluate_ingest(Path(__file__).resolve().parents[1] / "data" / "eval" / "ingest" / "gold.jsonl")
    assert len(rows) >= 6 and all(ours.exact for _, ours, _ in rows)
    html = [(ours, theirs) for _, ours, theirs in rows if theirs is not None]
    assert sum(t.exact for _, t in html) < sum(o.exact for o, _ in html)
