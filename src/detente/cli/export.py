"""`detente export`: whole tables as Parquet, CSV or JSON Lines files."""

from __future__ import annotations

from typing import List, Optional

import typer

from ..store import DEFAULT_DB, TABLES, Store
from .app import app


@app.command()
def export(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file written by `detente ingest`."),
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet, csv or jsonl."),
    table: Optional[List[str]] = typer.Option(None, "--table", "-t", help=f"Table(s) to export (default all: {', '.join(TABLES)})."),
    out: str = typer.Option("export", "--out", "-o", help="Folder to write <table>.<format> files into."),
) -> None:
    """Export stored tables (events as JSON Lines are the output-contract records).

    Example:  detente export --db detente.duckdb --format parquet --out export/
    """
    with Store(db, read_only=True) as store:
        for path in store.export(out, fmt=fmt, tables=table or TABLES):
            print(path)
