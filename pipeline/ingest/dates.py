"""Publication dates in the forms Kazakhstani news sites write them, as UTC timestamps.

A date without a time zone is local Kazakhstan time: UTC+5 for the whole country since
1 March 2024. Relative dates ("вчера, 15:30", "бүгін", "3 часа назад") are read against
the crawl date (a WARC record's date, the record's "crawled" field or `--crawl-date`);
without one they stay empty. A value we cannot read stays empty (the caller warns); we
never guess.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

KZ_TZ = timezone(timedelta(hours=5))

_MONTHS = {
    # Russian, genitive and nominative stems
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
_TIME = r"(?:[,\s]+(?:в\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})" + _TIME + r"\s*$")
_WORDY = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})(?:\s*(?:г\.?|года|ж\.?|жыл\w*))?" + _TIME + r"\s*$")
_KK_WORDY = re.compile(r"^(\d{4})\s*(?:ж\.?|жыл\w*)?\s+(\d{1,2})\s+([^\W\d_]+)" + _TIME + r"\s*$")


_RELATIVE_DAYS = {"сегодня": 0, "бүгін": 0, "вчера": 1, "кеше": 1, "позавчера": 2, "алдыңғы күні": 2}
_RELATIVE = re.compile(r"^(" + "|".join(_RELATIVE_DAYS) + r")" + _TIME + r"\s*$", re.I)
_AGO = re.compile(r"^(\d+)\s+(минут\w*|мин\.?|час\w*|ч\.?|дн\w*|день|сағат\w*|минут\w*|күн\w*)\s+(назад|бұрын)\s*$",
                  re.I)


def parse_published(value: object, crawled: object = None) -> datetime | None:
    """A UTC datetime from a field value (str, datetime, epoch seconds), else None.
    `crawled` (any form this function reads) anchors relative dates."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and crawled is not None:
        relative = _relative(value.strip(), parse_published(crawled))
        if relative is not None:
            return relative
    if isinstance(value, datetime):
        return _to_utc(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value / 1000 if value > 1e11 else value, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return _to_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    if m := _DOTTED.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        return _build(year, month, day, m[4], m[5], m[6])
    if m := _WORDY.match(text):
        month = _month(m[2])
        return _build(int(m[3]), month, int(m[1]), m[4], m[5], m[6]) if month else None
    if m := _KK_WORDY.match(text):
        month = _month(m[3])
        return _build(int(m[1]), month, int(m[2]), m[4], m[5], m[6]) if month else None
    return None


def _relative(text: str, anchor: datetime | None) -> datetime | None:
    if anchor is None:
        return None
    local = anchor.astimezone(KZ_TZ)
    if m := _RELATIVE.match(text):
        day = local - timedelta(days=_RELATIVE_DAYS[m[1].lower()])
        return _build(day.year, day.month, day.day, m[2], m[3], m[4])
    if m := _AGO.match(text):
        unit = m[2].lower()
        step = timedelta(minutes=1) if unit.startswith("мин") else \
            timedelta(days=1) if unit.startswith(("дн", "день", "күн")) else timedelta(hours=1)
        return (anchor - int(m[1]) * step).astimezone(timezone.utc)
    return None


def _month(word: str) -> int | None:
    word = word.lower()
    for stem, number in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "май")):
            return number
    return None


def _build(year: int, month: int, day: int, hh: str | None, mm: str | None, ss: str | None) -> datetime | None:
    try:
        local = datetime(year, month, day, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=KZ_TZ)
    except ValueError:
        return None
    return local.astimezone(timezone.utc)


def _to_utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=KZ_TZ)
    return value.astimezone(timezone.utc)
