"""`detente ingest`: code files, folders, feeds and URLs and store them in the database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import DetenteError
from ..scale import ENGINES, IngestReport, ingest as run_ingest
from ..settings import Settings
from ..store import DEFAULT_DB, Store
from .app import app, err
from .code import parse_date_option


@app.command()
def ingest(
    inputs: List[str] = typer.Argument(..., help="Files, folders (walked recursively), feeds or http(s) URLs."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to store into (created if missing)."),
    workers: int = typer.Option(1, "--workers", "-w", help="Worker processes (local engine) or LocalCluster workers (dask)."),
    engine: str = typer.Option("local", "--engine", help=f"Where coding runs: {' or '.join(ENGINES)}."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://HOST:8786 (with --engine dask)."),
    parts: Optional[str] = typer.Option(None, "--parts", help="Folder for the Parquet partitions Dask workers write (shared by workers and this machine)."),
    date: Optional[str] = typer.Option(None, "--date", help="Document date YYYY-MM-DD, overriding dates found in the input."),
    batch_size: int = typer.Option(128, "--batch-size", help="Documents per transaction (at most; a transaction is also committed every 5 seconds)."),
    no_dedup: bool = typer.Option(False, "--no-dedup", help="Do not link near-duplicate stories."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", min=1, help="Reject files (and JSON Lines records) larger than this many bytes (default 20,000,000 or DETENTE_MAX_BYTES)."),
    max_chars: Optional[int] = typer.Option(None, "--max-chars", min=1, help="Cut document text to this many characters, with a warning (default 1,000,000 or DETENTE_MAX_CHARS)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar; print the summary only."),
    actors: List[Path] = typer.Option([], "--actors", help="More actor files (repeatable): people.csv format or PETRARCH/Phoenix actor dictionaries (default: DETENTE_ACTOR_FILES)."),
) -> None:
    """Code documents and store them; documents already stored are skipped.

    Example:  detente ingest examples/corpus --db detente.duckdb --workers 2
    """
    overrides = {"model": model, "max_bytes": max_bytes, "max_chars": max_chars, "actor_files": actors or None}
    settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    day = parse_date_option(date)
    console = Console(stderr=True)
    with Store(db) as store:
        if quiet or not console.is_terminal:
            report = run_ingest(inputs, store, settings=settings, date=day, workers=workers,
                                engine=engine, scheduler=scheduler, batch_size=batch_size,
                                dedup=not no_dedup, parts_dir=parts, on_error=_report_error)
        else:
            with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                          console=console, transient=False) as progress:
                task = progress.add_task(_status(IngestReport()))

                def show(report: IngestReport) -> None:
                    progress.update(task, description=_status(report))

                def report_error(error: DetenteError) -> None:
                    progress.console.print(f"detente: {error}", markup=False, highlight=False)

                report = run_ingest(inputs, store, settings=settings, date=day, workers=workers,
                                    engine=engine, scheduler=scheduler, batch_size=batch_size,
                                    dedup=not no_dedup, parts_dir=parts, on_error=report_error,
                                    on_progress=show)
        counts = store.counts()
    print(f"{report.new} new documents ({report.skipped} already stored, {report.duplicates} "
          f"near-duplicates linked), {report.events} events, {report.errors} errors in "
          f"{report.seconds:.1f}s; {db} holds {counts['documents']} documents, "
          f"{counts['events']} events ({counts['event_instances']} distinct)", file=sys.stderr)
    if report.read == 0 and report.errors:
        raise DetenteError("E060")


def _status(report: IngestReport) -> str:
    return (f"{report.new} documents ({report.docs_per_second:.1f}/s), {report.skipped} skipped, "
            f"{report.events} events, {report.errors} errors")


def _report_error(error: DetenteError) -> None:
    err(str(error))
