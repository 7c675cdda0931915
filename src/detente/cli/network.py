"""`detente network`: who acted on whom in a period, as a table and optionally a drawing."""

from __future__ import annotations

import json
from typing import Optional

import typer

from ..analysis import actor_network
from ..errors import OptionError
from ..store import DEFAULT_DB, Store
from .app import app
from .output import render_table

COLUMNS = ("source", "target", "n_events", "n_cooperative", "n_conflictual", "intensity")


@app.command()
def network(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file written by `detente ingest`."),
    since: Optional[str] = typer.Option(None, "--since", help="From YYYY, YYYY-MM or YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, "--until", help="Up to YYYY, YYYY-MM or YYYY-MM-DD."),
    level: str = typer.Option("country", "--level", help="country or code (country + sector)."),
    min_events: int = typer.Option(1, "--min-events", help="Leave out edges with fewer events."),
    plot: Optional[str] = typer.Option(None, "--plot", help="Draw the network to FILE.png or FILE.svg."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """The directed actor network of a period (merged events, asserted only).

    Example:  detente network --db detente.duckdb --since 2015-01 --until 2015-12 --plot net.png
    """
    if level not in ("country", "code"):
        raise OptionError("E050", option="--level", reason=f"{level!r}; choose country or code")
    if fmt not in ("table", "json"):
        raise OptionError("E050", option="--format", reason=f"{fmt!r}; choose table or json")
    with Store(db, read_only=True) as store:
        net = actor_network(store, since=since, until=until, level=level, min_events=min_events)
    if plot:
        from ..analysis.plot import plot_network

        plot_network(net, plot)
    if fmt == "json":
        print(json.dumps(net.as_dict(), ensure_ascii=False, indent=1))
        return
    print(render_table(net.edges, COLUMNS), end="")
    if plot:
        print(f"plot written to {plot}")
