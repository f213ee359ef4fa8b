"""HTML bodies inside records: keep the readable text, drop scripts, styles and markup."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_TAG = re.compile(r"<\s*(p|div|br|html|body|span|a|script|style|h[1-6]|li|table)\b", re.I)
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "header", "footer", "table", "ul", "ol", "blockquote"}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "head"}


def looks_like_html(text: str) -> bool:
    return len(_TAG.findall(text[:5000])) >= 2


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
    """Readable text of an HTML fragment or page, paragraphs kept as blank-line breaks."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; anything it still chokes on is left as text
        return unescape(re.sub(r"<[^>]+>", " ", html))
    return "".join(parser.parts)
