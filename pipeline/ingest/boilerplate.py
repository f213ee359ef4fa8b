"""Site boilerplate that scrapers leave around article bodies, removed line by line.

Scraped plain text from Kazakhstani news sites follows one pattern (see the kokshetau.asia
sample): a breadcrumb line ending with the title, the title again, view and comment
counters (or a dateline), the body, then a footer (donation appeal, copyright, "subscribe"). Rules look
only at the head and the tail of the text, so a body sentence is never removed, and every
removal is recorded as "reason=chars" for the articles table's boilerplate column.

Beyond the rules, each source's own boilerplate is learned from the dump
(BoilerplateLearner): a short line at the head or tail of at least LEARN_MIN_ARTICLES
articles and LEARN_MIN_SHARE of a source's articles is that site's furniture ("Читайте нас
в Telegram", a menu) and is removed wherever it stands (reason "learned"). A sentence a
journalist repeats now and then stays far under that share.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import parse_published

_BREADCRUMB_START = re.compile(
    r"^(Домой|Главная|Главная страница|Басты бет|Басты|Home|Новости|Жаңалықтар)\b", re.I)
_COUNTER = re.compile(r"^[\d\s.,:/|👁]*\d[\d\s.,:/|👁]*$")
_FOOTER = re.compile(
    r"(Если вы хотите поддержать|поддержать (наш|редакци)|©|\(c\)\s*\d{4}|Все права защищены|"
    r"Барлық құқықтар қорғалған|Перепечатка|При (использовании|копировании) материалов|"
    r"Подписывайтесь на (наш|нас)|Подпишитесь на (наш|нас)|Читайте (также|нас) в|"
    r"Жазылыңыз|Telegram-канал|Нашли ошибку\?|Выделите (её|ее) и нажмите)", re.I)
_MENU_WORDS = {"главная", "новости", "политика", "общество", "экономика", "спорт", "контакты",
               "регион", "культура", "происшествия", "реклама", "о нас", "жаңалықтар", "саясат",
               "қоғам", "мәдениет", "байланыс"}
_HEAD_LINES = 6
_TAIL_LINES = 4


LEARN_MIN_ARTICLES = 5
LEARN_MIN_SHARE = 0.3
LEARN_EDGE_LINES = 6
LEARN_MAX_LINE = 300
LEARN_CAPACITY = 500  # lines counted per source (Misra-Gries: bounded memory on any dump)


def edge_lines(text: str) -> list[str]:
    """The distinct short lines at the head and tail of a text, in order: where a site's
    furniture stands, and what the learner counts."""
    lines = [line for line in text.split("\n") if line and len(line) <= LEARN_MAX_LINE]
    return list(dict.fromkeys(lines[:LEARN_EDGE_LINES] + lines[-LEARN_EDGE_LINES:]))


class BoilerplateLearner:
    """Counts, per source, the short lines at the edges of articles; `learned()` gives the
    lines frequent enough to be the site's own furniture."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {}
        self.articles: dict[str, int] = {}

    def observe(self, source: str | None, lines: list[str]) -> None:
        """Count one article's edge_lines."""
        source = source or ""
        self.articles[source] = self.articles.get(source, 0) + 1
        counts = self.counts.setdefault(source, {})
        for line in lines:
            if line in counts or len(counts) < LEARN_CAPACITY:
                counts[line] = counts.get(line, 0) + 1
            else:  # Misra-Gries: make room by decrementing everything
                for key in list(counts):
                    counts[key] -= 1
                    if counts[key] <= 0:
                        del counts[key]

    def learned(self) -> dict[str, frozenset[str]]:
        out = {}
        for source, counts in self.counts.items():
            floor = max(LEARN_MIN_ARTICLES, LEARN_MIN_SHARE * self.articles[source])
            lines = frozenset(line for line, n in counts.items() if n >= floor)
            if lines:
                out[source] = lines
        return out


@dataclass(slots=True)
class Stripped:
    body: str
    title: str | None
    removed: dict[str, int]

    @property
    def audit(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.removed.items())


def strip_boilerplate(text: str, title: str | None = None, learned: frozenset[str] = frozenset()) -> Stripped:
    """Remove breadcrumbs, repeated title, counters, menus, footers and the source's learned
    boilerplate lines from normalised text."""
    lines = text.split("\n")
    removed: dict[str, int] = {}

    def drop(index: int, reason: str) -> None:
        removed[reason] = removed.get(reason, 0) + len(lines[index])
        lines[index] = ""

    for i, line in enumerate(lines):
        if line in learned and line != title:
            drop(i, "learned")

    content = [i for i, line in enumerate(lines) if line]
    head = content[:_HEAD_LINES]
    if not title and len(head) >= 2 and _BREADCRUMB_START.match(lines[head[0]]) \
            and lines[head[0]].endswith(lines[head[1]]) and lines[head[0]] != lines[head[1]]:
        title = lines[head[1]]
    if not title:  # a headline printed twice at the top (after a menu) is the title
        title = next((lines[a] for a, b in zip(head, head[1:]) if lines[a] == lines[b] and len(lines[a]) < 250), None)
    for i in head:
        line = lines[i]
        if title and line == title:
            drop(i, "title")
        elif title and line.endswith(title) and _BREADCRUMB_START.match(line):
            drop(i, "breadcrumb")
        elif _COUNTER.match(line) and len(line) <= 12:
            drop(i, "counters")
        elif len(line) <= 40 and parse_published(line) is not None:
            drop(i, "dateline")
        elif _is_menu(line):
            drop(i, "menu")
        else:
            break
    for i in reversed(content[-_TAIL_LINES:]):
        if lines[i] and (_FOOTER.search(lines[i]) and len(lines[i]) < 300 or _is_menu(lines[i])):
            drop(i, "footer")
        elif lines[i]:
            break
    body = "\n".join(lines).strip()
    body = re.sub(r"\n\s*\n+", "\n\n", body)
    return Stripped(body, title, removed)


def _is_menu(line: str) -> bool:
    words = line.lower().split()
    return len(words) >= 4 and sum(w in _MENU_WORDS for w in words) >= 3 and not re.search(r"[.!?,:;]", line)
