"""HTML to visible text, with the page's title, author, date and site name from its meta tags.

Only what a reader sees as the article is kept: no scripts, styles, forms, navigation, menus,
page header, footer or asides.  The text of header/footer regions is kept apart
(``Page.chrome``) because a page header often carries the publication stamp.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Optional

from .files import Decoded, clean_text, decode

# Elements whose content is never article text.
SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "form", "button", "select", "textarea", "nav", "menu", "aside", "head",
    "header", "footer", "dialog",
})
# Skipped regions whose text may still hold a date stamp.
CHROME = frozenset({"header", "footer"})
SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "menu", "menubar",
                        "complementary", "search", "dialog"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr", "keygen"})
BLOCK = frozenset({
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table",
    "tbody", "td", "th", "thead", "tr", "ul", "br", "caption", "summary", "details", "body",
    "html", "title",
})
HEAD_CONTENT = frozenset({"head", "title", "meta", "link", "script", "style", "base", "noscript",
                          "template"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title"})

DATE_META = (
    "article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publication_date", "dc.date.issued", "dc.date", "dcterms.created",
    "dcterms.date", "sailthru.date", "og:published_time", "parsely-pub-date", "citation_date",
    "article:modified_time", "og:updated_time", "datemodified", "last-modified",
)
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "citation_author")
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
MAX_DEPTH = 2000  # deeper nesting is flattened: the stack stops growing, text still flows

_SPACES = re.compile(r"[ \t\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*(\n\s*)+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


@dataclass
class Page:
    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    site: Optional[str] = None
    date_values: list[str] = field(default_factory=list)
    chrome: str = ""
    url: Optional[str] = None


class _Extractor(HTMLParser):
    def __init__(self, max_chars: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_chars = max_chars
        self.parts: list[str] = []
        self.size = 0
        self.chrome: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skips its content)
        self.open_tags: Counter[str] = Counter()
        self.skipping = 0
        self.chrome_depth = 0
        self.hard_skipping = 0  # skipped regions other than header/footer (nav, scripts)
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_title = self.in_h1 = False
        self.canonical: Optional[str] = None

    # -- structure -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        self._read_metadata(tag, attributes)
        if tag in VOID:
            if tag in ("br", "hr"):
                self._text("\n")
            return
        skip = tag in SKIP or attributes.get("role", "").lower() in SKIP_ROLES \
            or "hidden" in attributes or attributes.get("aria-hidden") == "true"
        if tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        if tag not in HEAD_CONTENT and self.open_tags["head"]:
            self.handle_endtag("head")  # </head> may be left out: the body has begun
        if len(self.stack) >= MAX_DEPTH:
            return
        self.stack.append((tag, skip))
        self.open_tags[tag] += 1
        self.skipping += skip
        self.chrome_depth += tag in CHROME
        self.hard_skipping += skip and tag not in CHROME
        if tag in BLOCK:
            self._text("\n\n" if tag in HEADINGS or tag == "p" else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, Optional[str]]]) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        self._read_metadata(tag, attributes)
        if tag in ("br", "hr"):
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if not self.open_tags[tag]:
            return  # a stray end tag: ignore rather than close what is open
        while self.stack:
            open_tag, skip = self.stack.pop()
            self.open_tags[open_tag] -= 1
            self.skipping -= skip
            self.chrome_depth -= open_tag in CHROME
            self.hard_skipping -= skip and open_tag not in CHROME
            if open_tag == tag:
                break
        if tag in BLOCK:
            self._text("\n\n" if tag in HEADINGS or tag == "p" else "\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.in_h1:
            self.h1.append(data)
        if self.skipping:
            if self.chrome_depth and not self.hard_skipping and len(self.chrome) < 500:
                self.chrome.append(data)
            return
        self._text(data)

    def _text(self, data: str) -> None:
        if self.size < self.max_chars:
            self.parts.append(data)
            self.size += len(data)

    # -- metadata --------------------------------------------------------------------------
    def _read_metadata(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name")
                   or attributes.get("itemprop") or attributes.get("http-equiv") or "").lower()
            content = attributes.get("content", "").strip()
            if key and content and key not in self.meta:
                self.meta[key] = content
        elif tag == "time" and attributes.get("datetime"):
            self.times.append(attributes["datetime"])
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = attributes.get("href") or None
        elif attributes.get("itemprop", "").lower() in ("datepublished", "datecreated"):
            value = attributes.get("content") or attributes.get("datetime")
            if value:
                self.meta.setdefault(attributes["itemprop"].lower(), value)


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> Optional[str]:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def _tidy(text: str) -> str:
    text = clean_text(text)[0]
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def html_page(markup: str, *, max_chars: int = 1_000_000) -> Page:
    """The visible text and metadata of an HTML page.  Never raises on bad markup."""
    parser = _Extractor(max_chars)
    step = 1 << 20
    for start in range(0, len(markup), step):
        parser.feed(markup[start:start + step])
        if parser.size >= max_chars:
            break
    if parser.rawdata.startswith("<!--"):
        parser.rawdata = ""  # an unterminated comment hides the rest of the page, as in browsers
    try:
        parser.close()
    except (AssertionError, ValueError):  # html.parser may give up on a truncated declaration
        pass
    meta = parser.meta
    title = _tidy("".join(parser.title)) or _first(meta, TITLE_META) or _tidy("".join(parser.h1))
    dates = [v for v in (meta.get(k) for k in DATE_META) if v] + parser.times
    author, site = _first(meta, AUTHOR_META), _first(meta, SITE_META)
    return Page(text=_tidy("".join(parser.parts)), title=_tidy(title) or None,
                author=author and _tidy(author), site=site and _tidy(site),
                date_values=dates, chrome=_tidy(" \n".join(parser.chrome)),
                url=parser.canonical or meta.get("og:url"))


def html_text(markup: str) -> str:
    """Visible text of an HTML fragment (feed descriptions)."""
    return html_page(markup).text


def looks_like_html(head: str) -> bool:
    sample = head.lstrip()[:2000].lower()
    return sample.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(html|body|head|p|div|article|br|h1|h2|table|span|a)[\s>/]", sample))


def decode_html(data: bytes, name: str) -> Decoded:
    """Decode a page: BOM, then UTF-8, then the charset its <meta> declares, then cp1252."""
    decoded = decode(data, name)
    if decoded.encoding in ("cp1252", "latin-1"):
        match = _CHARSET.search(data[:4096])
        if match:
            try:
                charset = codecs.lookup(match.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                charset = None
            if charset and charset not in ("utf-8", "cp1252", "latin-1", "iso8859-1"):
                return Decoded(data.decode(charset, errors="replace"), charset)
    return decoded
