"""Ingest stage: read files, folders, stdin, feeds and web pages into Documents.

``read_inputs`` yields a ``Document`` for each readable document and an ``InputError`` for each
problem, so a caller reports the problem and goes on.  Everything is read lazily, one file (and
in JSON Lines one line) at a time.  What is read and what is rejected: docs/inputs.md.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from ..errors import InputError
from ..model import Document, content_hash
from ..settings import Settings
from .dedup import NearDuplicateIndex, mark_near_duplicates  # noqa: F401
from .feeds import fetch, looks_like_feed, parse_feed
from .files import (SNIFF_BYTES, add_warnings, binary_kind, decode, finished_text, peek,
                    read_limited, read_prefix, text_document)
from .html import decode_html, html_page, looks_like_html
from .jsonl import Source, read_json
from .stamps import document_date, document_stamp, find_dates, parse_date  # noqa: F401

__all__ = ["read_inputs", "read_stream", "NearDuplicateIndex", "mark_near_duplicates",
           "document_stamp", "find_dates", "parse_date"]

SUFFIX_KIND = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
URL = re.compile(r"^https?://", re.I)

Item = Union[Document, InputError]


def read_inputs(inputs: Iterable[Union[str, os.PathLike]], *, date: Optional[dt.date] = None,
                settings: Optional[Settings] = None) -> Iterator[Item]:
    """Documents of files, folders (recursively, sorted, hidden ones skipped), ``-`` (stdin)
    and http(s) URLs, in order; every problem is yielded as an InputError, never raised."""
    if isinstance(inputs, (str, bytes, os.PathLike)):
        raise TypeError("read_inputs takes a list of paths, not one path")
    settings = settings or Settings()
    ids = _Ids()
    for item in inputs:
        name = os.fspath(item)
        if not isinstance(name, str):
            raise TypeError(f"input {item!r} is not a path")
        if name == "-":
            yield from read_stream(_stdin(), Source(name="-"), date=date, settings=settings)
        elif URL.match(name):
            yield from _read_url(name, date, settings)
        else:
            yield from _read_path(Path(name), name, date, settings, ids)


def read_stream(stream: BinaryIO, source: Source, *, date: Optional[dt.date] = None,
                settings: Optional[Settings] = None) -> Iterator[Item]:
    """Documents of one binary stream whose kind comes from its suffix, else its content."""
    settings = settings or Settings()
    head, stream = peek(stream)
    if len(head) < SNIFF_BYTES and not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        yield InputError("E005", path=source.name)
        return
    if binary_kind(head):
        yield InputError("E003", path=source.name)
        return
    kind = SUFFIX_KIND.get(source.suffix) or sniff(head, source.name)
    if kind == "feed" and sniff(head, source.name) == "html":
        kind = "html"  # an XHTML page saved as .xml
    try:
        if kind == "json":
            yield from read_json(stream, source, date=date, settings=settings)
        elif kind == "feed":
            data = read_limited(stream, source.name, settings.max_bytes, source.size)
            yield from parse_feed(data, name=source.name, url=source.url, id_base=source.id_base,
                                  date=date, settings=settings)
        elif kind == "html":
            data = read_limited(stream, source.name, settings.max_bytes, source.size)
            yield html_document(data, source, date, settings)
        else:
            data, more = read_prefix(stream, source.name, settings.max_bytes,
                                     settings.max_chars, source.size)
            document = text_document(data, name=source.name, doc_id=source.id_base,
                                     max_chars=settings.max_chars, more=more,
                                     path=source.path or source.name, url=source.url)
            yield _dated_text(document, date)
    except InputError as error:
        yield error


def sniff(head: bytes, name: str = "") -> str:
    """"json", "feed", "html" or "text", from the first bytes of an input."""
    try:
        text = decode(head, name, final=False).text
    except InputError:
        return "text"
    start = text.lstrip("\ufeff \t\r\n")
    if looks_like_feed(start):
        return "feed"
    if start.startswith("{"):
        first_line = start.split("\n", 1)[0]
        try:
            if isinstance(json.loads(first_line), dict):
                return "json"
        except (json.JSONDecodeError, RecursionError):
            if "\n" not in start and len(head) >= 8192:
                return "json"  # one long first line: let the JSON reader judge it
    if re.match(r"\[\s*(\{|\])", start):
        return "json"
    if looks_like_html(start):
        return "html"
    return "text"


def html_document(data: bytes, source: Source, date: Optional[dt.date],
                  settings: Settings) -> Document:
    """One web page as a Document; raises InputError."""
    decoded = decode_html(data, source.name)
    page = html_page(decoded.text, max_chars=settings.max_chars + 1000)
    warnings = decoded.warnings
    text = finished_text(page.text, source.name, settings.max_chars, warnings)
    dates, date_warnings = document_date(option=date, values=tuple(page.date_values),
                                         texts=(text, page.chrome), where=source.name)
    document = Document(doc_id=source.id_base or source.url or content_hash(text)[:16],
                        text=text, title=page.title, author=page.author or _byline(text),
                        source=page.site,
                        url=source.url or page.url, path=source.path or source.name, **dates)
    return add_warnings(document, warnings + date_warnings)


_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*(?:[,|·(–—-]|$)")
_SOURCE_LINE = re.compile(r"^\s*Source:\s*(.{2,80}?)\s*$", re.I)


def _dated_text(document: Document, date: Optional[dt.date]) -> Document:
    """A plain text with its date, title, author and source line filled in where found."""
    dates, _ = document_date(option=date, texts=(document.text,))
    lines = [line.strip() for line in document.text[:2000].split("\n")[:8] if line.strip()]
    for number, line in enumerate(lines[:6]):
        byline, source = _BYLINE.match(line), _SOURCE_LINE.match(line)
        if byline and not document.author:
            document.author = byline.group(1)
        if source and not document.source:
            document.source = source.group(1)
        if document.title is None and number < len(lines) - 1 and not (byline or source) \
                and _headline(line):
            document.title = line
        if len(line) > 150:
            break  # the body has begun
    for key, value in dates.items():
        setattr(document, key, value)
    return document


def _byline(text: str) -> Optional[str]:
    """The NAME of a "By NAME" line among the first lines of a text."""
    for line in [line for line in text[:2000].split("\n")[:8] if line.strip()][:6]:
        match = _BYLINE.match(line)
        if match:
            return match.group(1)
    return None


def _headline(line: str) -> bool:
    """A short line that does not end like a sentence and is not just a date stamp."""
    if len(line) > 150 or line.endswith((".", "!", "?", ":", ";", ",", '"', "\u201d")):
        return False
    stamp = next(find_dates(line), None)
    if stamp is None:
        return bool(re.search(r"[^\W\d_]", line))  # any letter
    # a line with a date is a headline only if three words remain without it
    return len(re.findall(r"[^\W\d_]{2,}", line.replace(stamp.text, " "))) >= 3


def _read_path(path: Path, name: str, date: Optional[dt.date], settings: Settings,
               ids: "_Ids") -> Iterator[Item]:
    try:
        if path.is_dir():
            for file in _walk(path):
                if isinstance(file, InputError):
                    yield file
                    continue
                relative = file.relative_to(path)
                yield from _read_file(file, str(file), ids.claim(relative), date, settings)
        elif path.exists():
            yield from _read_file(path, name, ids.claim(Path(path.name)), date, settings)
        else:
            yield InputError("E001", path=name)
    except OSError as exc:
        yield InputError("E002", path=name, reason=exc.strerror or str(exc))


def _walk(folder: Path) -> Iterator[Union[Path, InputError]]:
    """Files under ``folder`` in sorted path order, skipping hidden files and folders and not
    following links to folders (which could loop); a folder that cannot be listed is an
    InputError and the walk goes on."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield InputError("E002", path=str(folder), reason=exc.strerror or str(exc))
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif not entry.is_dir():
            yield Path(entry.path)


def _read_file(path: Path, name: str, doc_id: str, date: Optional[dt.date],
               settings: Settings) -> Iterator[Item]:
    try:
        if not path.is_file():
            yield InputError("E002", path=name, reason="not a regular file")
            return
        size = path.stat().st_size
        with path.open("rb") as stream:
            source = Source(name=name, id_base=doc_id, path=str(path), size=size,
                            suffix=path.suffix.lower())
            yield from read_stream(stream, source, date=date, settings=settings)
    except OSError as exc:
        yield InputError("E002", path=name, reason=exc.strerror or str(exc))


def _read_url(url: str, date: Optional[dt.date], settings: Settings) -> Iterator[Item]:
    try:
        data, content_type = fetch(url, max_bytes=settings.max_bytes,
                                   timeout=settings.fetch_timeout)
    except InputError as error:
        yield error
        return
    kind = _kind_of_content_type(content_type) or sniff(data[:8192], url)
    suffix = {"json": ".json", "feed": ".xml", "html": ".html", "text": ".txt"}[kind]
    source = Source(name=url, id_base=url, url=url, size=len(data), suffix=suffix)
    yield from read_stream(io.BytesIO(data), source, date=date, settings=settings)


def _kind_of_content_type(content_type: str) -> Optional[str]:
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return "feed"
    if kind in ("text/html", "application/xhtml+xml"):
        return "html"
    if kind in ("application/json", "application/x-ndjson", "application/jsonl"):
        return "json"
    return None  # text/xml, text/plain, octet-stream: look at the content


def _stdin() -> BinaryIO:
    if sys.stdin is None:
        return io.BytesIO(b"")  # no standard input at all: reported as empty
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


class _Ids:
    """Document ids from relative paths without suffix, unique within one run."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def claim(self, relative: Path) -> str:
        stem = relative.with_suffix("").as_posix() if relative.suffix else relative.as_posix()
        for candidate in (stem, relative.as_posix()):
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        number = 2
        while f"{stem}~{number}" in self.used:
            number += 1
        self.used.add(f"{stem}~{number}")
        return f"{stem}~{number}"
