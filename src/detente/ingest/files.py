"""Bytes to clean text: binary detection, encodings, size limits, invisible characters.

Encoding policy (docs/inputs.md):

1. A byte-order mark decides: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE.
2. Without a BOM, text whose NUL bytes sit on every other position is UTF-16 (LE or BE).
3. Strict UTF-8.
4. UTF-8 with a few invalid bytes (at least two valid non-ASCII characters for each invalid
   sequence) stays UTF-8, the bad bytes replaced by U+FFFD, with warning W105.
5. Otherwise cp1252 (or latin-1 for the five bytes cp1252 leaves undefined), with warning W101.
   Any byte string decodes this way, so "invalid" means: the decoded text is not plausibly
   text (too many control characters, too few letters) -> E004.

A file is *binary* (E003) when it starts with a known magic number (PDF, ZIP/Office, images,
archives, executables) or, without a UTF-16/32 explanation, its first 8 KiB hold NUL bytes or
more than 10% C0 control characters.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import BinaryIO, Optional

from ..errors import CATALOGUE, InputError
from ..model import Document, content_hash

SNIFF_BYTES = 8192

MAGIC = (
    (b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"),
    (b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7z"), (b"Rar!", "RAR"), (b"\x7fELF", "ELF"),
    (b"MZ", "Windows executable"), (b"\xd0\xcf\x11\xe0", "OLE/Office"),
    (b"SQLite format 3", "SQLite"), (b"\x00\x00\x01\x00", "icon"),
    (b"RIFF", "RIFF media"), (b"OggS", "Ogg"), (b"ID3", "MP3"), (b"\x1a\x45\xdf\xa3", "Matroska"),
)

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that are invisible but split or glue tokens: zero-width spaces/joiners, soft
# hyphen, word joiner, BOM, and the bidirectional controls (LRM/RLM, embeddings, overrides,
# isolates, Arabic letter mark).  Removed.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u061c" \
            "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Unusual spaces become a plain space (same length, so offsets stay meaningful).
SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
         "\u202f\u205f\u3000"
LINE_BREAKS = "\u000b\u000c\u0085\u2028\u2029"
CONTROLS = "".join(chr(c) for c in list(range(0, 9)) + list(range(14, 32)) + [127]
                   + list(range(0x80, 0x85)) + list(range(0x86, 0xA0)))

_CONTROL_RE = re.compile("[" + re.escape(CONTROLS) + "]")
_INVISIBLE_RE = re.compile("[" + re.escape(INVISIBLE) + "]")
_SPACES_RE = re.compile("[" + re.escape(SPACES) + "]")
_LINE_BREAKS_RE = re.compile("[" + re.escape(LINE_BREAKS) + "]")
_C0_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x0b\x1b") + b"\x7f"


@dataclass
class Decoded:
    """Text decoded from bytes, with the warnings a reader puts on the Document."""

    text: str
    encoding: str
    warnings: list[tuple[str, dict]] = field(default_factory=list)


def warning_message(code: str, **fields: object) -> str:
    return CATALOGUE[code][1].format(**fields)


def add_warnings(document: Document, warnings: list[tuple[str, dict]]) -> Document:
    for code, fields in warnings:
        document.warn(code, warning_message(code, **fields))
    return document


def binary_kind(head: bytes) -> Optional[str]:
    """What binary format ``head`` (the first bytes of a file) is, or None for text."""
    for magic, kind in MAGIC:
        if head.startswith(magic):
            if kind == "Windows executable" and len(head) > 64 and b"PE\x00\x00" not in head[:1024]:
                continue  # "MZ" also starts ordinary words
            return kind
    if bom_encoding(head) or utf16_guess(head):
        return None
    sample = head[:SNIFF_BYTES]
    if not sample:
        return None
    if sample.count(0) > max(2, len(sample) // 1000):
        return "data with NUL bytes"
    controls = sum(sample.count(b) for b in _C0_BYTES)
    if controls > len(sample) * 0.10:
        return "data with control bytes"
    return None


def bom_encoding(head: bytes) -> Optional[str]:
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return None


def utf16_guess(head: bytes) -> Optional[str]:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = head[:SNIFF_BYTES]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / max(1, len(odd))
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str, *, final: bool = True) -> Decoded:
    """Decode ``data`` following the module's policy; raises InputError E004.

    ``final=False`` means ``data`` is a prefix of a longer file: a multi-byte character cut
    at the end is dropped instead of counted as an error.
    """
    encoding = bom_encoding(data) or utf16_guess(data)
    if encoding:
        body = data[len(_bom_of(encoding)):] if bom_encoding(data) else data
        text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(body, final=final)
        return _checked(Decoded(text, encoding), name, replaced=text.count("\ufffd"))
    try:
        return Decoded(codecs.getincrementaldecoder("utf-8")().decode(data, final=final), "utf-8")
    except UnicodeDecodeError:
        pass
    lenient = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(data, final=final)
    bad = lenient.count("\ufffd")
    good = len(lenient) - len(lenient.encode("ascii", "ignore")) - bad
    if good >= 2 * bad:  # UTF-8 with a few stray bytes (pasted or cut text), not a legacy encoding
        return _checked(Decoded(lenient, "utf-8"), name, replaced=bad)
    encoding = "cp1252" if _cp1252_ok(data) else "latin-1"
    text = data.decode(encoding)
    decoded = Decoded(text, encoding, [("W101", {"path": name, "encoding": encoding})])
    return _checked(decoded, name, replaced=0)


def _bom_of(encoding: str) -> bytes:
    return next(bom for bom, enc in BOMS if enc == encoding)


def _cp1252_ok(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _checked(decoded: Decoded, name: str, replaced: int) -> Decoded:
    """Reject decoded text that is not plausibly text in the chosen encoding."""
    sample = decoded.text[:SNIFF_BYTES]
    if sample:
        bad = sum(1 for c in sample if c == "\ufffd" or (unicodedata.category(c) == "Cc"
                                                            and c not in "\t\n\r\x0c\x0b"))
        if bad > len(sample) * 0.10:
            raise InputError("E004", path=name,
                             reason=f"{bad} of the first {len(sample)} characters are not text "
                                    f"when read as {decoded.encoding}")
    if replaced:
        decoded.warnings.append(("W105", {"path": name, "count": replaced}))
    return decoded


def _has_any(text: str, characters: str) -> bool:
    return any(c in text for c in characters)


_ASCII_CONTROLS = bytes(c for c in range(32) if c not in b"\t\n") + b"\x7f"


def clean_text(text: str) -> tuple[str, int]:
    """Text with line breaks unified, invisible/bidi characters removed, NFC composed.

    Returns the text and the number of NUL/control characters removed.  (Most texts are plain
    ASCII with nothing to remove: they take a fast path through bytes.translate.)
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():
        if "\x0b" in text or "\x0c" in text:
            text = text.replace("\x0b", "\n").replace("\x0c", "\n")
        raw = text.encode("ascii")
        kept = raw.translate(None, _ASCII_CONTROLS)
        return (kept.decode("ascii"), len(raw) - len(kept)) if len(kept) != len(raw) else (text, 0)
    # `c in text` is a fast C search; a regex pass runs only when its characters occur
    removed = 0
    if _has_any(text, LINE_BREAKS):
        text = _LINE_BREAKS_RE.sub("\n", text)
    if _has_any(text, CONTROLS):
        text, removed = _CONTROL_RE.subn("", text)
    if _has_any(text, INVISIBLE):
        text = _INVISIBLE_RE.sub("", text)
    if _has_any(text, SPACES):
        text = _SPACES_RE.sub(" ", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, removed


_WORD_END = re.compile(r"\s")


def cut_text(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a space when one is near the end."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = max(head.rfind(" ", limit - 200), head.rfind("\n", limit - 200))
    return head[:space] if space > 0 else head


def finished_text(text: str, name: str, max_chars: int,
                  warnings: list[tuple[str, dict]], *, cut: bool = False) -> str:
    """Clean and cut ``text``, appending warnings; raises InputError E005 when empty."""
    text, removed = clean_text(text)
    if removed:
        warnings.append(("W103", {"path": name, "count": removed}))
    if cut or len(text) > max_chars:
        text = cut_text(text, max_chars)
        warnings.append(("W102", {"path": name, "limit": max_chars}))
    text = text.strip()
    if not text:
        raise InputError("E005", path=name)
    return text


def read_limited(stream: BinaryIO, name: str, max_bytes: int, size: Optional[int] = None) -> bytes:
    """All of ``stream``, or InputError E012 when it is longer than ``max_bytes``."""
    if size is not None and size > max_bytes:
        raise InputError("E012", path=name, size=size, limit=max_bytes)
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("E012", path=name, size=f"more than {max_bytes}", limit=max_bytes)
    return data


def read_prefix(stream: BinaryIO, name: str, max_bytes: int, max_chars: int,
                size: Optional[int] = None) -> tuple[bytes, bool]:
    """The first bytes of ``stream`` that can hold ``max_chars`` characters, and whether more
    follow: a long plain text is cut without reading all of it into memory."""
    if size is not None and size > max_bytes:
        raise InputError("E012", path=name, size=size, limit=max_bytes)
    want = min(max_bytes, 4 * max_chars + 4)
    data = stream.read(want)
    more = bool(stream.read(1)) if len(data) == want else False
    if more and want == max_bytes:
        raise InputError("E012", path=name, size=f"more than {max_bytes}", limit=max_bytes)
    return data, more


def text_document(data: bytes, *, name: str, doc_id: Optional[str], max_chars: int,
                  more: bool = False, **fields) -> Document:
    """A Document from the bytes of a plain-text file; raises InputError."""
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind:
        raise InputError("E003", path=name)
    decoded = decode(data, name, final=not more)
    text = finished_text(decoded.text, name, max_chars, decoded.warnings, cut=more)
    document = Document(doc_id=doc_id or content_hash(text)[:16], text=text, **fields)
    return add_warnings(document, decoded.warnings)


class _Prefixed(io.RawIOBase):
    """A stream that first replays bytes already read from it."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head = memoryview(head)
        self.rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def peek(stream: BinaryIO, size: int = SNIFF_BYTES) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of a stream and a stream that still starts at its beginning."""
    head = stream.read(size)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 16)
