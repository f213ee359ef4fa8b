"""HTML in records: whole pages through trafilatura, fragments through a small extractor.

A page (a scraped .html file, a WARC response) has navigation, scripts, comments and
footers around the article: trafilatura finds the main text and the metadata (title,
author, date, site name, canonical url). A fragment inside a JSON "text" field
("<p>...</p>") is already the article: only scripts, styles and tags go.

trafilatura needs lxml_html_clean (jusText imports it through lxml.html.clean), a separate
package since lxml 5.2: `require_page_extraction` says so before a run reads any page,
rather than the run failing on its first one.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser

from ..errors import MissingDependency

_TAG = re.compile(r"<\s*(p|div|br|html|body|span|a|script|style|h[1-6]|li|table)\b", re.I)
_PAGE = re.compile(r"<\s*(!doctype\s+html|html|body|head)\b", re.I)
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "ul", "ol", "blockquote"}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}
# The publication time with its zone, not only the day; the original date, not an update.
_DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": True}
PAGE_FORMATS = frozenset({"html", "warc"})  # dump formats whose records are whole web pages
_PAGE_MODULES = ("lxml_html_clean", "trafilatura")  # the cleaner first: trafilatura fails without it


def require_page_extraction() -> None:
    """Raise MissingDependency (one line, with the fix) unless web pages can be extracted."""
    for module in _PAGE_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            reason = " ".join(str(exc).split())
            raise MissingDependency(f"HTML and WARC input need the Python package {module}, which cannot be "
                                    f"imported ({reason}): install it with `pip install {module}` or "
                                    "reinstall kaznews") from None


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:5000])) >= 2


def looks_like_page(text: str) -> bool:
    return bool(_PAGE.search(text[:3000]))


def extract_page(html: str, url: str | None = None) -> Page | None:
    """The main text and metadata of a web page; None if trafilatura finds no article."""
    require_page_extraction()
    import trafilatura
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True,
                                          date_extraction_params=_DATE_PARAMS)
    except Exception:  # lxml and trafilatura raise many types on broken markup
        return None
    if doc is None or not getattr(doc, "text", None):
        return None
    return Page(doc.text, doc.title, doc.author, doc.date, doc.sitename, doc.url or url)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Readable text of an HTML fragment, paragraphs kept as blank-line breaks."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; anything it still chokes on is left as text
        return unescape(re.sub(r"<[^>]+>", " ", html))
    return "".join(parser.parts)
