"""JSON Lines, a JSON array of objects, or one JSON object: one document per object.

Fields: ``text`` (required, a string); optional ``id`` (becomes doc_id), ``title``, ``date``
(or ``doc_date``), ``url``, ``source``, ``author``.  JSON Lines are read one line at a time, so
a corpus of any length streams; a bad line is reported with its number and the next is read.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import BinaryIO, Iterator, Optional, Union

from ..errors import InputError
from ..model import Document
from ..settings import Settings
from .files import (add_warnings, binary_kind, bom_encoding, decode, finished_text, peek,
                    read_limited, utf16_guess)
from .stamps import document_date

DATE_FIELDS = ("date", "doc_date", "published", "pubDate")
STRING_FIELDS = ("title", "url", "source", "author")


@dataclass
class Source:
    """Where input comes from: ``name`` for messages, ``id_base`` for doc ids."""

    name: str
    id_base: Optional[str] = None
    path: Optional[str] = None
    url: Optional[str] = None
    size: Optional[int] = None
    suffix: str = ""

    @property
    def line_base(self) -> str:
        return self.id_base or ("stdin" if self.name == "-" else self.name)


Item = Union[Document, InputError]


def read_json(stream: BinaryIO, source: Source, *, date: Optional[dt.date] = None,
              settings: Optional[Settings] = None) -> Iterator[Item]:
    """Documents of a .json/.jsonl stream; bad records become InputErrors."""
    settings = settings or Settings()
    head, stream = peek(stream)
    if binary_kind(head):
        yield InputError("E003", path=source.name)
        return
    first = _first_char(head)
    if first is None:
        yield InputError("E005", path=source.name)
        return
    if first == "[" or (first == "{" and source.suffix == ".json"):
        try:
            data = read_limited(stream, source.name, settings.max_bytes, source.size)
            yield from _whole(data, source, date, settings)
        except InputError as error:
            yield error
        return
    yield from _lines(stream, head, source, date, settings)


def _first_char(head: bytes) -> Optional[str]:
    encoding = bom_encoding(head) or utf16_guess(head) or "utf-8"
    text = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    return text[0] if text else None


def _whole(data: bytes, source: Source, date: Optional[dt.date], settings: Settings) -> Iterator[Item]:
    decoded = decode(data, source.name)
    try:
        value = json.loads(decoded.text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Extra data"):  # one object per line in a .json file
            yield from _lines(io.BytesIO(data), data[:4096], source, date, settings)
        else:
            yield InputError("E013", path=source.name, reason=f"line {exc.lineno}: {exc.msg}")
        return
    except RecursionError:
        yield InputError("E013", path=source.name, reason="nested too deeply")
        return
    if isinstance(value, dict):
        yield _record(value, source, source.id_base or source.line_base, 0, date, settings,
                      decoded.warnings)
        return
    if not isinstance(value, list):
        yield InputError("E013", path=source.name, reason=f"a JSON {_kind(value)}")
        return
    for number, record in enumerate(value, 1):
        if not isinstance(record, dict):
            yield InputError("E006", path=source.name, line=number,
                             reason=f"item is a JSON {_kind(record)}")
            continue
        yield _record(record, source, f"{source.line_base}:{number}", number, date, settings,
                      list(decoded.warnings))


def _lines(stream: BinaryIO, head: bytes, source: Source, date: Optional[dt.date],
           settings: Settings) -> Iterator[Item]:
    wide = bom_encoding(head) or utf16_guess(head)
    lines = _wide_lines(stream, wide, settings.max_bytes) if wide and wide != "utf-8" \
        else _byte_lines(stream, settings.max_bytes)
    for number, line in lines:
        if line is None:
            yield InputError("E012", path=f"{source.name}:{number}",
                             size=f"more than {settings.max_bytes}", limit=settings.max_bytes)
            continue
        warnings: list[tuple[str, dict]] = []
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    decoded = decode(line, f"{source.name}:{number}")
                except InputError as error:
                    yield error
                    continue
                line, warnings = decoded.text, decoded.warnings
        line = line.strip().lstrip("\ufeff")
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError("E006", path=source.name, line=number, reason=exc.msg)
            continue
        except RecursionError:
            yield InputError("E006", path=source.name, line=number, reason="nested too deeply")
            continue
        if not isinstance(record, dict):
            yield InputError("E006", path=source.name, line=number,
                             reason=f"a JSON {_kind(record)}")
            continue
        yield _record(record, source, f"{source.line_base}:{number}", number, date, settings,
                      warnings)


def _byte_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """(line number, line) pairs; None for a line longer than ``max_bytes``, skipped unread."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def _wide_lines(stream: BinaryIO, encoding: str, max_bytes: int) -> Iterator[tuple[int, Optional[str]]]:
    """Lines of a UTF-16/32 stream (BOM or not), decoded as they are read."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    if encoding.startswith("utf-16") and bom_encoding(stream.peek(4)[:4]) == encoding:
        stream.read(2)
    elif encoding.startswith("utf-32") and bom_encoding(stream.peek(4)[:4]) == encoding:
        stream.read(4)
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace")
    number = 0
    while True:
        line = text.readline(max_bytes // 2 + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes // 2 and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = text.readline(1 << 20)
            yield number, None
            continue
        yield number, line


def _kind(value: object) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean",
            type(None): "null", dict: "object"}.get(type(value), type(value).__name__)


def _record(record: dict, source: Source, default_id: str, line: int, date: Optional[dt.date],
            settings: Settings, warnings: list[tuple[str, dict]]) -> Item:
    """One record (``line`` 0 for a file that is one object) as a Document, or an InputError
    saying what is wrong with it."""
    where = f"{source.name}:{line}" if line else source.name
    text = record.get("text")
    if not isinstance(text, str):
        return InputError("E007", path=source.name, line=line or 1)
    try:
        text = finished_text(text, where, settings.max_chars, warnings)
    except InputError as error:
        return error
    doc_id = record.get("id")
    doc_id = str(doc_id).strip() if isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool) \
        and str(doc_id).strip() else default_id
    fields = {key: _string(record.get(key)) for key in STRING_FIELDS}
    fields["url"] = fields["url"] or source.url
    dates, date_warnings = document_date(
        option=date, values=tuple(record.get(k) for k in DATE_FIELDS if k in record),
        texts=(text,), where=where)
    document = Document(doc_id=doc_id, text=text, path=source.path or source.name, **fields,
                        **dates)
    return add_warnings(document, warnings + date_warnings)


def _string(value: object) -> Optional[str]:
    if isinstance(value, str):
        return value.strip()[:1000] or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None
