"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds, from a file or an http(s) URL.

Each item becomes a Document with its link, date, title and author; its text is the visible
text of the item's content (``content:encoded``, Atom ``content``) or else its description or
summary.  Linked pages are not fetched.  XML is parsed with defusedxml: a feed that declares
entities (the "billion laughs" bomb) or refers to external ones is refused (E015).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Optional, Union
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
import httpx
from defusedxml import DefusedXmlException

from ..errors import InputError
from ..model import Document
from ..settings import Settings
from .files import add_warnings, binary_kind, decode, finished_text
from .html import html_text
from .stamps import document_date

ITEM_TAGS = ("item", "entry")
TEXT_TAGS = ("encoded", "content", "description", "summary")
DATE_TAGS = ("pubDate", "published", "date", "issued", "created", "updated", "modified")
FETCH_TIMEOUT = 20.0
USER_AGENT = "detente (+https://github.com/detente; news event coder)"

Item = Union[Document, InputError]


def _local(tag: object) -> str:
    """An element's name without its namespace ("{http://www.w3.org/2005/Atom}entry" -> "entry")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: Element, names: tuple[str, ...]) -> Optional[Element]:
    """The first child named one of ``names``, in the order of ``names``."""
    children = list(element)
    for name in names:
        for child in children:
            if _local(child.tag) == name:
                return child
    return None


def _text(element: Optional[Element]) -> Optional[str]:
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


def looks_like_feed(head: str) -> bool:
    sample = head.lstrip("\ufeff \t\r\n")[:3000].lower()
    if sample.startswith("<?xml") or sample.startswith("<rss") or sample.startswith("<feed") \
            or sample.startswith("<rdf:rdf"):
        return any(tag in sample for tag in ("<rss", "<feed", "<rdf:rdf", "<channel"))
    return False


def parse_feed(data: bytes, *, name: str, url: Optional[str] = None,
               id_base: Optional[str] = None, date: Optional[dt.date] = None,
               settings: Optional[Settings] = None) -> Iterator[Item]:
    """Documents of the items of a feed given as bytes; problems as InputErrors."""
    settings = settings or Settings()
    if binary_kind(data[:8192]):
        yield InputError("E003", path=name)
        return
    try:
        root = _parse_xml(data, name)
    except DefusedXmlException as exc:
        yield InputError("E015", path=name, reason=type(exc).__name__)
        return
    except (ParseError, ValueError, RecursionError) as exc:
        yield InputError("E010", path=name, reason=str(exc)[:200] or type(exc).__name__)
        return
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        yield InputError("E010", path=name, reason=f"root element is <{_local(root.tag)}>, "
                                                   "not <rss>, <feed> or <rdf:RDF>")
        return
    channel = _child(root, ("channel",))
    feed_title = _text(_child(channel if channel is not None else root, ("title",)))
    items = [e for e in root.iter() if _local(e.tag) in ITEM_TAGS and e is not root]
    if not items:
        yield InputError("E010", path=name, reason="no <item> or <entry> in it")
        return
    base = id_base or url or name
    for number, element in enumerate(items, 1):
        yield _item_document(element, number, name=name, base=base, feed_title=feed_title,
                             date=date, settings=settings, url=url)


def _item_document(element: Element, number: int, *, name: str, base: str,
                   feed_title: Optional[str], date: Optional[dt.date], settings: Settings,
                   url: Optional[str]) -> Item:
    where = f"{name}#{number}"
    title = _text(_child(element, ("title",)))
    markup = _text(_child(element, TEXT_TAGS))
    body = html_text(markup) if markup else ""
    if not body and not title:
        return InputError("E014", path=name, item=number)
    warnings: list[tuple[str, dict]] = []
    try:
        text = finished_text(body or title or "", where, settings.max_chars, warnings)
    except InputError as error:
        return error
    link = _link(element)
    identifier = _text(_child(element, ("guid", "id"))) or link or f"{base}#{number}"
    author = _text(_child(element, ("creator", "author")))
    dates, date_warnings = document_date(
        option=date, origin="feed", texts=(text,), where=where,
        values=tuple(_text(_child(element, (tag,))) for tag in DATE_TAGS
                     if _child(element, (tag,)) is not None))
    document = Document(doc_id=identifier[:500], text=text, title=title, author=author,
                        source=feed_title, url=link, path=url or name, **dates)
    return add_warnings(document, warnings + date_warnings)


def _link(element: Element) -> Optional[str]:
    """An RSS <link>text</link> or the Atom <link href> that is the item's page."""
    links = [child for child in element if _local(child.tag) == "link"]
    for link in links:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link.get("href")
    for link in links:
        if link.get("href"):
            return link.get("href")
        if _text(link):
            return _text(link)
    return None


def fetch(url: str, *, max_bytes: int, timeout: float = FETCH_TIMEOUT,
          transport: Optional[httpx.BaseTransport] = None) -> tuple[bytes, str]:
    """The body and content type of ``url``; InputError E011 or E012 when it cannot be had.

    The body is read in chunks and given up as soon as it passes ``max_bytes``.
    """
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout, transport=transport,
                          headers={"User-Agent": USER_AGENT}) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputError("E011", path=url, reason=f"HTTP {response.status_code}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise InputError("E012", path=url, size=int(declared), limit=max_bytes)
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError("E012", path=url, size=f"more than {max_bytes}",
                                         limit=max_bytes)
                    chunks.append(chunk)
                return b"".join(chunks), response.headers.get("content-type", "")
    except httpx.HTTPError as exc:
        raise InputError("E011", path=url, reason=str(exc)[:200] or type(exc).__name__) from exc


_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _parse_xml(data: bytes, name: str) -> Element:
    """The root element; bytes that are not in their declared encoding are decoded by the
    ingest encoding policy and parsed again."""
    options = dict(forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        return safe_xml.fromstring(data, **options)
    except ParseError:
        try:
            text = decode(data, name).text
        except InputError:
            raise ParseError("not text in any known encoding") from None
        return safe_xml.fromstring(_DECLARATION.sub("", text.lstrip("\ufeff"), count=1), **options)
