"""Publication dates (issue 14, item 3): the local day never shifts, the UTC instant follows
Asia/Almaty's history (UTC+6 until 1 March 2024, UTC+5 since), other zones per run or source,
forms our fast paths and dateparser read, and junk that stays empty without stopping a run."""
import json
import socket
import subprocess
from datetime import date, datetime, timezone

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import kaznews
from kaznews.doc import Document, RawRecord
from kaznews.ingest import Ingestor
from kaznews.ingest.dates import DateReader, Zones, parse_published
from kaznews.ingest.readers import read_dump

from .conftest import KAZNEWS

BODY = "Аким Павлодара проверил готовность городских котельных к отопительному сезону и поручил ускорить ремонт."


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


# value -> (the local calendar day, the UTC instant or None for a date alone)
FORMS = [
    ("2020-07-04", "2020-07-04", None),  # date only: never the day before
    ("04.07.2020", "2020-07-04", None),
    ("4 июля 2020 г.", "2020-07-04", None),
    ("2020-07-04T12:30:00", "2020-07-04", "2020-07-04 06:30"),  # 2020: Almaty was UTC+6
    ("2024-06-04 12:30", "2024-06-04", "2024-06-04 07:30"),  # 2024 after 1 March: UTC+5
    ("2024-02-29 23:30", "2024-02-29", "2024-02-29 17:30"),  # the last evening of UTC+6
    ("2024-03-01 00:30", "2024-03-01", "2024-02-29 19:30"),  # the first night of UTC+5
    ("Sat, 04 Jul 2020 12:30:00 +0600", "2020-07-04", "2020-07-04 06:30"),  # RFC 2822 with an offset
    ("Sat, 04 Jul 2020 12:30:00 GMT", "2020-07-04", "2020-07-04 12:30"),
    ("2020-07-03T20:30:00-05:00", "2020-07-04", "2020-07-04 01:30"),  # the offset wins; the day is Almaty's
    ("2020-07-04T06:30:00Z", "2020-07-04", "2020-07-04 06:30"),
    ("12:30, 4 июля 2020", "2020-07-04", "2020-07-04 06:30"),  # time first
    ("суббота, 4 июля 2020", "2020-07-04", None),  # weekday
    ("Сб, 4 июля 2020 12:30", "2020-07-04", "2020-07-04 06:30"),
    ("4 июля 2020 года в 12:30", "2020-07-04", "2020-07-04 06:30"),
    ("04.07.2020 12:30", "2020-07-04", "2020-07-04 06:30"),
    ("24 ноября 2026, 15:30", "2026-11-24", "2026-11-24 10:30"),
    ("July 4, 2020 12:30", "2020-07-04", "2020-07-04 06:30"),  # English, through dateparser
    ("Saturday, July 4, 2020 at 12:30 PM", "2020-07-04", "2020-07-04 06:30"),
    ("4 June 2024", "2024-06-04", None),
    ("2020 жылғы 4 шілде, 12:30", "2020-07-04", "2020-07-04 06:30"),  # Kazakh
    ("4 шілде 2020 ж.", "2020-07-04", None),
    ("сенбі, 4 шілде 2020", "2020-07-04", None),
    ("4 маусым 2024 ж., 12:30", "2024-06-04", "2024-06-04 07:30"),
    ("2026 жылғы 24 қараша", "2026-11-24", None),
    (1593844200, "2020-07-04", "2020-07-04 06:30"),  # epoch seconds
    (1593844200000, "2020-07-04", "2020-07-04 06:30"),  # epoch milliseconds
    (datetime(2020, 7, 4, 12, 30), "2020-07-04", "2020-07-04 06:30"),  # a naive Parquet timestamp is local
    (date(2020, 7, 4), "2020-07-04", None),  # a Parquet date
    ("2020-07-04T00:00:00", "2020-07-04", None),  # a naive midnight is how exports write a date alone
    (datetime(2020, 7, 4), "2020-07-04", None),
    ("2020-07-04T00:00:00+06:00", "2020-07-04", "2020-07-03 18:00"),  # with its zone it is a time
]
ENGLISH = {"July 4, 2020 12:30", "Saturday, July 4, 2020 at 12:30 PM", "4 June 2024"}  # dateparser's


@pytest.mark.parametrize("value,day,instant", FORMS)
def test_real_forms_give_the_local_day_and_the_utc_instant(value, day, instant):
    published = parse_published(value)
    assert published is not None, value
    assert published.day == date.fromisoformat(day)
    assert published.instant == (utc(instant) if instant else None)


@pytest.mark.parametrize("value", [
    "0001-01-01", "1 января 0001", "9999-12-31T23:00:00-05:00", "9999-12-31", 1e20, -1e20, float("nan"),
    datetime(1, 1, 1), datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, tzinfo=timezone.utc),
    "31.02.2026", "скоро", "24 брюмера 2026", "вчера", "12 апреля", "Май", "4 июля 2020, 25:99", True, [2020],
])
def test_unreadable_and_out_of_range_values_stay_empty(value):
    assert parse_published(value) is None


@pytest.mark.parametrize("value", ["99999999 дней назад", "99999999999 дней назад", "99999999999 часов назад"])
def test_huge_relative_values_stay_empty(value):
    assert parse_published(value, "2026-11-24T12:00:00Z") is None


@pytest.mark.parametrize("value,day,instant", [
    ("вчера, 15:30", "2026-11-23", "2026-11-23 10:30"),
    ("Сегодня в 09:15", "2026-11-24", "2026-11-24 04:15"),
    ("кеше, 10:00", "2026-11-23", "2026-11-23 05:00"),
    ("3 часа назад", "2026-11-24", "2026-11-24 09:00"),
    ("вчера", "2026-11-23", None),
    ("2 дня назад", "2026-11-22", None),  # a number of days names a day, not a time
])
def test_relative_dates_against_the_crawl_date(value, day, instant):
    published = parse_published(value, "2026-11-24T12:00:00Z")
    assert published == (date.fromisoformat(day), utc(instant) if instant else None)
    assert parse_published(value) is None  # no crawl date: left empty, never guessed


def test_zones_per_run_and_per_source():
    moscow = DateReader(Zones("Europe/Moscow"))
    assert moscow.read("2020-07-04 12:30").instant == utc("2020-07-04 09:30")
    assert moscow.read("2020-07-04T12:30:00+06:00").instant == utc("2020-07-04 06:30")  # the offset wins
    assert moscow.read("2020-07-04").day == date(2020, 7, 4)
    zones = Zones.parse(["lenta.ru=Europe/Moscow"])
    reader = DateReader(zones)
    assert reader.read("2020-07-04 12:30", source="lenta.ru").instant == utc("2020-07-04 09:30")
    assert reader.read("2020-07-04 12:30", source="tengrinews.kz").instant == utc("2020-07-04 06:30")
    assert reader.read("2020-07-04 12:30").instant == utc("2020-07-04 06:30")
    both = Zones.parse(["Europe/Moscow", "tengrinews.kz=Asia/Almaty"])
    assert (both.default, dict(both.by_source)) == ("Europe/Moscow", {"tengrinews.kz": "Asia/Almaty"})
    # a late evening in Moscow is the next day in Almaty: the day is the source's own
    late = "2020-07-04T23:30:00+03:00"
    assert reader.read(late, source="lenta.ru").day == date(2020, 7, 4)
    assert reader.read(late, source="tengrinews.kz").day == date(2020, 7, 5)


@pytest.mark.parametrize("specs", [["Mars/Olympus"], ["lenta.ru=UTC+3"], ["lenta.ru="], ["../etc/passwd"]])
def test_unknown_zones_are_refused(specs):
    with pytest.raises(ValueError, match="unknown time zone"):
        Zones.parse(specs)


def test_fast_paths_never_start_dateparser_and_it_stays_offline(monkeypatch):
    reader = DateReader()
    for value, *_ in FORMS:
        if value not in ENGLISH:
            assert reader.read(value) is not None
    assert reader._dateparser is None  # every Russian and Kazakh form above is ours

    def no_network(*args, **kwargs):
        raise AssertionError("dateparser tried the network")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    assert reader.read("Saturday, July 4, 2020 at 12:30 PM").instant == utc("2020-07-04 06:30")
    assert reader._dateparser is not None


def test_an_ingested_date_only_article_keeps_its_day():
    records = [RawRecord("a:1", {"id": "d", "text": BODY, "published": "2020-07-04"}),
               RawRecord("a:2", {"id": "t", "text": BODY + " Второй.", "published": "4 июля 2020, 12:30"}),
               RawRecord("a:3", {"id": "m", "text": BODY + " Третий.", "published": "2020-07-04 12:30",
                                 "source": "lenta.ru"}),
               RawRecord("a:4", {"id": "x", "text": BODY + " Четвёртый.", "published": "9999-12-31T23:00:00-05:00"})]
    docs = {d.article_id: d for d in Ingestor(timezones=Zones.parse(["lenta.ru=Europe/Moscow"]))(records)}
    assert (docs["d"].published_date, docs["d"].published) == (date(2020, 7, 4), None)
    assert (docs["t"].published_date, docs["t"].published) == (date(2020, 7, 4), utc("2020-07-04 06:30"))
    assert docs["m"].published == utc("2020-07-04 09:30")
    assert (docs["x"].published_date, docs["x"].published, docs["x"].undated) == (None, None, True)


def test_a_year_one_parquet_timestamp_is_left_empty(tmp_path):
    path = tmp_path / "old.parquet"
    stamps = [datetime(1, 1, 1), datetime(2020, 7, 4, 12, 30)]
    pq.write_table(pa.table({"id": ["old", "new"], "text": [BODY, BODY + " Ещё."],
                             "published": pa.array(stamps, pa.timestamp("us"))}), path)
    docs = {d.article_id: d for d in Ingestor()(read_dump(path)) if isinstance(d, Document)}
    assert docs["old"].published is None and docs["old"].published_date is None and docs["old"].undated
    assert docs["new"].published == utc("2020-07-04 06:30")


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
def test_run_writes_published_date_and_reads_it_back(tmp_path, fmt):
    dump = tmp_path / "dump.jsonl"
    rows = [{"id": "day", "text": BODY, "published": "2020-07-04"},
            {"id": "time", "text": BODY + " Второй абзац.", "published": "Sat, 04 Jul 2020 12:30:00 +0600"},
            {"id": "msk", "text": BODY + " Третий абзац.", "published": "2024-06-04 12:30", "source": "lenta.ru"},
            {"id": "bad", "text": BODY + " Четвёртый абзац.", "published": "1 января 0001"}]
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = kaznews.run(dump, tmp_path / "out", fmt=fmt, timezones=Zones.parse(["lenta.ru=Europe/Moscow"]))
    articles = result.articles.set_index("article_id")
    assert list(result.articles.columns[5:7]) == ["published", "published_date"]
    assert articles.loc["day", "published_date"] == date(2020, 7, 4) and pd.isna(articles.loc["day", "published"])
    assert articles.loc["time", "published"] == pd.Timestamp("2020-07-04 06:30", tz="UTC")
    assert articles.loc["msk", "published"] == pd.Timestamp("2024-06-04 09:30", tz="UTC")
    assert articles.loc["time", "published_date"] == date(2020, 7, 4)
    assert articles.loc["msk", "published_date"] == date(2024, 6, 4)
    assert pd.isna(articles.loc["bad", "published"]) and pd.isna(articles.loc["bad", "published_date"])
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["runs"][-1]["dates_unreadable"] == 1


def test_an_unknown_zone_is_a_usage_error(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": BODY}, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run([*KAZNEWS, "run", str(dump), "-o", str(tmp_path / "out"), "--timezone", "Mars/Olympus"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.startswith("kaznews: error: --timezone: unknown time zone 'Mars/Olympus'")
    assert proc.stderr.strip().count("\n") == 0
