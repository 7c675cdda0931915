"""The Typer application and the one place user errors become one line on stderr."""

from __future__ import annotations

import sys

import typer

from ..errors import DetenteError

app = typer.Typer(
    name="detente",
    help="Political event data from news text: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_state = {"debug": False}


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show tracebacks for errors.")) -> None:
    _state["debug"] = debug


def err(message: str) -> None:
    """One line on stderr."""
    print(f"detente: {message}", file=sys.stderr)


def main() -> None:
    try:
        app()
    except DetenteError as exc:
        if _state["debug"]:
            raise
        err(str(exc))
        sys.exit(2)
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
