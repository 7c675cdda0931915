"""`detente check --db`: integrity check of a store; exits non-zero when anything is wrong."""

from __future__ import annotations

import typer

from ..store import DEFAULT_DB, Store
from .app import app, err


@app.command()
def check(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to check."),
) -> None:
    """Check that every event's document exists, no text is stored twice, spans lie within
    their text and the per-document counts agree with the rows; exit 1 on any problem.

    Example:  detente check --db detente.duckdb
    """
    with Store(db, read_only=True) as store:
        problems = store.check()
        counts = store.counts()
    for problem in problems:
        err(problem)
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    if problems:
        err(f"{db}: {len(problems)} kinds of problems ({summary})")
        raise typer.Exit(1)
    print(f"{db}: ok ({summary})")
