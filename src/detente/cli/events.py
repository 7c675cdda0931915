"""`detente events`: stored events matching filters, as a table, CSV, JSON Lines or Parquet."""

from __future__ import annotations

from typing import Optional

import typer

from ..errors import OptionError
from ..store import DEFAULT_DB, Store
from .app import app
from .output import FORMATS, Writer

EVENT_FORMATS = (*FORMATS, "parquet")


@app.command()
def events(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file written by `detente ingest`."),
    source: Optional[str] = typer.Option(None, "--source", help="Source actor: country (BLR), actor code (USAGOV) or entity name."),
    target: Optional[str] = typer.Option(None, "--target", help="Target actor, as --source."),
    type_: Optional[str] = typer.Option(None, "--type", help="PLOVER event type(s), comma-separated (SANCTION,COERCE)."),
    modality: Optional[str] = typer.Option(None, "--modality", help="Modality(ies), comma-separated; default asserted."),
    all_: bool = typer.Option(False, "--all", help="Every modality (negated, hypothetical, future ... too)."),
    since: Optional[str] = typer.Option(None, "--since", help="From YYYY, YYYY-MM or YYYY-MM-DD (inclusive)."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to YYYY, YYYY-MM or YYYY-MM-DD (inclusive)."),
    place: Optional[str] = typer.Option(None, "--place", help="Place name or its country code."),
    text: Optional[str] = typer.Option(None, "--text", help="Substring of the sentence, trigger or actor text."),
    limit: int = typer.Option(100_000, "--limit", help="At most this many events."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, jsonl or parquet."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Output file (required for parquet; default stdout)."),
) -> None:
    """List stored events (JSON Lines are the exact output-contract records).

    Example:  detente events --db detente.duckdb --source BLR --target USA --since 2015-01
    """
    if fmt not in EVENT_FORMATS:
        raise OptionError("E050", option="--format", reason=f"{fmt!r}; choose one of {', '.join(EVENT_FORMATS)}")
    if all_ and modality:
        raise OptionError("E050", option="--all", reason="give --all or --modality, not both")
    filters = dict(source=source, target=target, type=type_, since=since, until=until,
                   place=place, text=text, modality=None if all_ else (modality or "asserted"))
    with Store(db, read_only=True) as store:
        if fmt == "parquet":
            if not out:
                raise OptionError("E050", option="--out", reason="parquet needs an output file")
            query, params = store.event_query(**filters)
            store.copy(f"{query} LIMIT {int(limit)}", params, out, "parquet")
            return
        records = store.events(limit=limit, **filters)
    stream = open(out, "w", encoding="utf-8", newline="") if out else None
    try:
        writer = Writer(fmt, stream)
        writer.write_all(records)
        writer.close()
    finally:
        if stream:
            stream.close()
