"""`detente dyad A B`: relations between two actors over time, with a trend verdict."""

from __future__ import annotations

import json
from typing import Optional

import typer

from ..analysis import QUADS, dyad_series
from ..errors import OptionError
from ..store import DEFAULT_DB, Store
from .app import app
from .output import Writer, render_table

COLUMNS = ("period", *QUADS, "net_cooperation", "net_cooperation_ab", "net_cooperation_ba",
           "intensity", "events")


@app.command()
def dyad(
    a: str = typer.Argument(..., help="First actor: country (BLR), actor code (BLRGOV) or entity."),
    b: str = typer.Argument(..., help="Second actor."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file written by `detente ingest`."),
    by: str = typer.Option("month", "--by", help="week, month or quarter."),
    since: Optional[str] = typer.Option(None, "--since", help="From YYYY, YYYY-MM or YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to YYYY, YYYY-MM or YYYY-MM-DD."),
    plot: Optional[str] = typer.Option(None, "--plot", help="Draw the series to FILE.png or FILE.svg."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Counts per PLOVER quad class, net cooperation (cooperation minus conflict) and intensity
    sums per period, in both directions (_ab: A towards B), a trend with its 95% interval and a
    plain verdict. Each real event counts once however many stories report it.

    Example:  detente dyad BLR USA --db detente.duckdb --by month --plot dyad.png
    """
    if fmt not in ("table", "csv", "json"):
        raise OptionError("E050", option="--format", reason=f"{fmt!r}; choose table, csv or json")
    with Store(db, read_only=True) as store:
        series = dyad_series(store, a, b, by=by, since=since, until=until)
    if plot:
        from ..analysis.plot import plot_dyad

        plot_dyad(series, plot)
    if fmt == "json":
        print(json.dumps(series.as_dict(), ensure_ascii=False, indent=1))
        return
    rows = [{c: r[c] for c in COLUMNS} for r in series.rows]
    if fmt == "csv":
        writer = Writer("csv")
        writer.write_all(rows)
        writer.close()
        return
    print(render_table(rows, COLUMNS), end="")
    for event in series.notable:
        print(f"  notable: {event['day']} {event['event_type']} {event['source_code']} -> "
              f"{event['target_code']} ({event['trigger']}; intensity {event['intensity']:+.1f}, "
              f"{event['n_documents']} documents)")
    if series.background:
        print(f"  ({series.background} earlier events recalled by the stories are left out; "
              f"use --since to include them)")
    print(f"{series.a}-{series.b}: {series.trend.verdict}")
    if plot:
        print(f"plot written to {plot}")
