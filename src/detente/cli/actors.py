"""`detente actors`: what a name resolves to at a date and why; importing PETRARCH dictionaries.

    detente actors "Makei" --date 2015-06-01
    detente actors "the Belarusian foreign minister" --date 2023-01-10 --json
    detente actors import --format petrarch phoenix.actors.txt --output my_people.csv
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..actors import ActorResolver, load_kb
from ..actors.kb import PEOPLE_COLUMNS
from ..actors.petrarch import people_rows, read_petrarch
from ..errors import OptionError
from ..model import Document, Mention
from ..settings import Settings
from .app import app, err
from .code import parse_date_option

IMPORT_FORMATS = ("petrarch",)


@app.command()
def actors(
    words: List[str] = typer.Argument(..., help="A name or phrase to resolve, or: import FILE."),
    date: Optional[str] = typer.Option(None, "--date", help="Resolve as of this day, YYYY-MM-DD (default: undated)."),
    json_: bool = typer.Option(False, "--json", help="Print JSON, one object per mention."),
    people: List[Path] = typer.Option([], "--people", help="Extra people file(s) in people.csv format."),
    fmt: str = typer.Option("petrarch", "--format", help="Dictionary format for 'import': petrarch."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="For 'import': write here instead of stdout."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to parse the phrase with."),
) -> None:
    """Show what a mention resolves to at a date and why, or import an actor dictionary.

    Examples:  detente actors "Makei" --date 2015-06-01
               detente actors import --format petrarch actors.txt -o my_people.csv
    """
    if words[0] == "import":
        if len(words) != 2:
            raise OptionError("E050", option="import", reason="give exactly one dictionary file")
        _import(Path(words[1]), fmt, output)
        return
    day = parse_date_option(date)
    text = " ".join(words)
    found = resolve_phrase(text, day, people=tuple(str(p) for p in people), model=model)
    for mention in found:
        print(json.dumps(mention_record(mention, day), ensure_ascii=False) if json_ else describe(mention, day))
    if not found and not json_:
        print(f"{text!r}: no actor found (not in the knowledge base, and no country or sector word)")


def resolve_phrase(text: str, day: Optional[dt.date], *, people: tuple[str, ...] = (),
                   model: Optional[str] = None) -> list[Mention]:
    """The mentions of ``text`` as the pipeline resolves them on ``day``."""
    from ..nlp import load_pipeline

    settings = Settings(**({"model": model} if model else {}))
    nlp = load_pipeline(settings.model)
    resolver = ActorResolver(extra_people=people)
    document = Document(doc_id="actors", text=text, date=day)
    return resolver.mentions(document, nlp(text))


def mention_record(mention: Mention, day: Optional[dt.date]) -> dict:
    record = mention.model_dump(mode="json")
    record.update(why=mention.why, kind=mention.kind, date=day.isoformat() if day else None,
                  roles=[r.model_dump(mode="json") for r in mention.roles])
    return record


def describe(mention: Mention, day: Optional[dt.date]) -> str:
    lines = [f"{mention.text!r} -> {mention.code or '(no code)'}"
             f"  country={mention.country or '-'} sector={mention.sector or '-'}"
             f"  entity={mention.entity or '-'}  confidence={mention.confidence:.2f}",
             f"  on {day or 'an undated document'}: {mention.why}"]
    for role in mention.roles:
        mark = "*" if day and role.holds_on(day) else " "
        lines.append(f"  {mark} {role.code:10} {role.title or role.sector or ''}  {role.start or '…'} .. {role.end or 'today'}")
    return "\n".join(lines)


def _import(path: Path, fmt: str, output: Optional[Path]) -> None:
    if fmt not in IMPORT_FORMATS:
        raise OptionError("E050", option="--format", reason=f"{fmt!r}; choose one of {', '.join(IMPORT_FORMATS)}")
    actors_read = read_petrarch(path)
    rows = list(people_rows(actors_read, load_kb()))
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(PEOPLE_COLUMNS)
        writer.writerows(rows)
    finally:
        if output:
            stream.close()
    err(f"{path}: {len(actors_read)} actors, {len(rows)} dated codes"
        + (f" written to {output}" if output else ""))
