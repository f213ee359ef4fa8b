"""Publication dates in the forms news sites write them: the local day, and the UTC instant.

A value gives a `Published`: the calendar day in the article's time zone (always, when the
value can be read) and the UTC instant when it names a time of day. A date-only value
("2020-07-04", "4 июля 2020") has a day and no instant, so it is never shifted to the day
before by a conversion to UTC. Local times are read in an IANA zone through zoneinfo
(tzdata): Asia/Almaty by default, which is UTC+6 until 1 March 2024 and UTC+5 since, or a
zone given for the run or per source (`Zones`); an explicit offset in the value wins.

Our own fast paths read the common forms (ISO, RFC 2822, "24.11.2026", "24 ноября 2026,
15:30", "12:30, 5 июля 2020", weekdays, the Kazakh "2020 жылғы 4 шілде"); anything else
that names a day, a month and a year goes to dateparser (ru, kk, en; offline; no relative
forms). Relative dates ("вчера, 15:30", "бүгін", "3 часа назад") are read against the
crawl date; without one they stay empty. A value we cannot read, or one outside the years
1900..2100, stays empty (the caller counts it); we never guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from numbers import Real
from typing import TYPE_CHECKING, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

DEFAULT_ZONE = "Asia/Almaty"
YEARS = range(1900, 2101)  # a value outside is a placeholder or junk, not a publication date
MAX_CHARS = 80  # a longer value is a sentence, not a date: not worth dateparser's time

_MONTHS = {
    # Russian, genitive and nominative stems
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Russian abbreviations of agencies' datelines ("9 фев", "3 окт.")
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
_LONGEST_STEMS_FIRST = sorted(_MONTHS.items(), key=lambda kv: -len(kv[0]))  # "март" before "ма"
_TIME = r"(?:[,\s]+(?:в\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})" + _TIME + r"\s*$")
_WORDY = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})(?:\s*(?:г\.?|года|ж\.?|жыл\w*))?" + _TIME + r"\s*$")
_KK_WORDY = re.compile(r"^(\d{4})\s*(?:ж\.?|жыл\w*)?\s+(\d{1,2})\s+([^\W\d_]+)" + _TIME + r"\s*$")
_TIME_FIRST = re.compile(r"^(\d{1,2}:\d{2}(?::\d{2})?)[,\s]+(.+)$")
_WEEKDAY = re.compile(r"^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс"
                      r"|дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\.?,?\s+", re.I)
_RFC2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}")
_HAS_YEAR = re.compile(r"\d{4}")

_RELATIVE_DAYS = {"сегодня": 0, "бүгін": 0, "вчера": 1, "кеше": 1, "позавчера": 2, "алдыңғы күні": 2}
_RELATIVE = re.compile(r"^(" + "|".join(_RELATIVE_DAYS) + r")" + _TIME + r"\s*$", re.I)
_AGO = re.compile(r"^(\d+)\s+(минут\w*|мин\.?|час\w*|ч\.?|дн\w*|день|сағат\w*|күн\w*)\s+(назад|бұрын)\s*$", re.I)


class Published(NamedTuple):
    """When an article was published: its local calendar day, and the UTC instant when
    the value named a time of day (None for a date alone)."""

    day: date
    instant: datetime | None = None


@dataclass(frozen=True)
class Zones:
    """The IANA time zone local times are read in: one for the run, and per source
    (the record's `source` field). ValueError names a zone zoneinfo does not know."""

    default: str = DEFAULT_ZONE
    by_source: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in (self.default, *self.by_source.values()):
            _zone(name)

    @classmethod
    def parse(cls, specs: Iterable[str]) -> Zones:
        """From `--timezone` values: "ZONE" for the run, "SOURCE=ZONE" for one source."""
        default, by_source = DEFAULT_ZONE, {}
        for spec in specs:
            source, _, name = spec.rpartition("=")
            if source:
                by_source[source] = name
            else:
                default = name
        return cls(default, by_source)

    def zone(self, source: str | None) -> ZoneInfo:
        return _zone(self.by_source.get(source or "", self.default))


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (an IANA name such as Asia/Almaty or Europe/Moscow)") from None


class DateReader:
    """Reads published values in the run's zones. Holds its dateparser parser, made on
    the first value the fast paths cannot read (most dumps never need it)."""

    def __init__(self, zones: Zones | None = None) -> None:
        self.zones = zones or Zones()
        self._dateparser: DateDataParser | None = None

    def read(self, value: object, crawled: object = None, source: str | None = None) -> Published | None:
        """The Published of a field value (str, datetime, date, epoch seconds or ms), else
        None. `crawled` (any form this reads) anchors relative dates."""
        if isinstance(value, bool) or not isinstance(value, (str, date, Real)) or value == "" \
                or value != value:  # NaN, NaT
            return None
        zone = self.zones.zone(source)
        if isinstance(value, str) and crawled is not None:
            anchor = self.read(crawled, source=source)
            relative = _relative(value.strip(), anchor, zone) if anchor is not None else None
            if relative is not None:
                return relative
        if isinstance(value, datetime):
            return _at(value, zone)
        if isinstance(value, date):
            return Published(value) if value.year in YEARS else None
        if isinstance(value, Real):
            try:
                seconds = float(value) / 1000 if value > 1e11 else float(value)  # milliseconds past year 5138
                return _at(datetime.fromtimestamp(seconds, tz=timezone.utc), zone)
            except (OverflowError, OSError, ValueError):
                return None
        if not isinstance(value, str):
            return None
        text = value.strip()
        if len(text) > MAX_CHARS:
            return None
        return _fast(text, zone) or self._fallback(text, zone)

    def _fallback(self, text: str, zone: ZoneInfo) -> Published | None:
        if not _HAS_YEAR.search(text):  # dateparser is told to need a year: spare it the rest
            return None
        if self._dateparser is None:
            from dateparser.date import DateDataParser  # imported here: most runs never get this far
            self._dateparser = DateDataParser(languages=["ru", "kk", "en"], settings={
                "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_TIME_AS_PERIOD": True,
                # no "relative-time" (it reads against today's clock) nor bare timestamps
                "PARSERS": ["custom-formats", "absolute-time"]})
        try:
            found = self._dateparser.get_date_data(text)
        except (OverflowError, ValueError):
            return None
        if found.date_obj is None:
            return None
        if found.period != "time":
            day = found.date_obj.date()
            return Published(day) if day.year in YEARS else None
        return _at(found.date_obj, zone)


_DEFAULT = DateReader()


def parse_published(value: object, crawled: object = None) -> Published | None:
    """A value read in the default zone (Asia/Almaty), as `DateReader.read`."""
    return _DEFAULT.read(value, crawled)


def _fast(text: str, zone: ZoneInfo) -> Published | None:
    """The forms we read without dateparser: ISO, RFC 2822, and our Russian/Kazakh ones."""
    try:
        return Published(day) if (day := date.fromisoformat(text)).year in YEARS else None
    except ValueError:
        pass
    try:
        return _at(datetime.fromisoformat(text.replace("Z", "+00:00")), zone)
    except ValueError:
        pass
    if _RFC2822.match(text):
        try:
            found = parsedate_to_datetime(text)
        except (TypeError, ValueError, OverflowError):
            return None
        return _at(found if found.tzinfo else found.replace(tzinfo=timezone.utc), zone)  # "-0000" is UTC
    text = _WEEKDAY.sub("", text)
    if m := _TIME_FIRST.match(text):  # "12:30, 5 июля 2020"
        text = f"{m[2]}, {m[1]}"
    if m := _DOTTED.match(text):
        return _local(int(m[3]), int(m[2]), int(m[1]), m[4], m[5], m[6], zone)
    if m := _WORDY.match(text):
        month = month_number(m[2])
        return _local(int(m[3]), month, int(m[1]), m[4], m[5], m[6], zone) if month else None
    if m := _KK_WORDY.match(text):
        month = month_number(m[3])
        return _local(int(m[1]), month, int(m[2]), m[4], m[5], m[6], zone) if month else None
    return None


def _relative(text: str, anchor: Published, zone: ZoneInfo) -> Published | None:
    """A relative value against the crawl date. "N дней назад" names a day, not a time; so
    do hours and minutes when the crawl date has no time of day."""
    local = anchor.instant.astimezone(zone) if anchor.instant else None
    today = local.date() if local else anchor.day
    try:
        if m := _RELATIVE.match(text):
            day = today - timedelta(days=_RELATIVE_DAYS[m[1].lower()])
            return _local(day.year, day.month, day.day, m[2], m[3], m[4], zone)
        if m := _AGO.match(text):
            unit, n = m[2].lower(), int(m[1])
            if unit.startswith(("дн", "день", "күн")):
                day = today - timedelta(days=n)
                return Published(day) if day.year in YEARS else None
            if anchor.instant is None:
                return Published(today)
            return _at(anchor.instant - n * (timedelta(minutes=1) if unit.startswith("мин") else timedelta(hours=1)),
                       zone)
    except OverflowError:  # "99999999 дней назад"
        return None
    return None


def is_weekday(word: str) -> bool:
    """Whether the word names a day of the week (Russian or Kazakh, also abbreviated)."""
    return bool(_WEEKDAY.match(word + " "))


def month_number(word: str) -> int | None:
    """The month a Russian or Kazakh month name names, in any case form ("октября", "ақпан")."""
    word = word.lower()
    for stem, number in _LONGEST_STEMS_FIRST:
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "май")):
            return number
    return None


def _local(year: int, month: int, day: int, hh: str | None, mm: str | None, ss: str | None,
           zone: ZoneInfo) -> Published | None:
    """A day, and the instant of a local time of day on it when one was given."""
    try:
        local = datetime(year, month, day, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=zone)
    except ValueError:
        return None
    if year not in YEARS:
        return None
    return _at(local, zone) if hh is not None else Published(local.date())


def _at(value: datetime, zone: ZoneInfo) -> Published | None:
    """An instant (naive: local time in `zone`) and its day in `zone`; None outside YEARS.
    A naive midnight is a date alone: it is how exports and htmldate write one."""
    if value.year not in YEARS:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        if value.time() == time():
            return Published(value.date())
        value = value.replace(tzinfo=zone)
    try:
        utc = value.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None
    if utc.year not in YEARS:
        return None
    return Published(utc.astimezone(zone).date(), utc)
