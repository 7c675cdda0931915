"""`detente serve`: the dashboard and REST API on uvicorn, read-only unless given a write token."""

from __future__ import annotations

import os
from typing import Optional

import typer

from ..errors import OptionError
from ..store import DEFAULT_DB
from .app import app, err


@app.command()
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="DuckDB file written by `detente ingest`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (keep 127.0.0.1 unless you mean to share it)."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    write_token: Optional[str] = typer.Option(
        None, "--write-token", envvar="DETENTE_WRITE_TOKEN",
        help="Allow POST /api/documents for requests with 'Authorization: Bearer TOKEN' (also DETENTE_WRITE_TOKEN)."),
) -> None:
    """Serve the dashboard (overview, dyads, events, documents, actors) and the REST API under /api.

    Example:  detente serve --db detente.duckdb --port 8000
    """
    import uvicorn

    from ..web import create_app

    if not 0 < port < 65536:
        raise OptionError("E050", option="--port", reason=f"{port} is not a TCP port")
    if write_token is not None and len(write_token) < 8:
        raise OptionError("E050", option="--write-token", reason="use at least 8 characters")
    web_app = create_app(db, write_token=write_token)
    mode = "writes allowed with the token" if write_token else "read-only"
    err(f"serving {os.path.abspath(db)} ({mode}) on http://{host}:{port}/")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
