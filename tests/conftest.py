"""Shared fixtures: the spaCy pipeline and the detente pipeline are loaded once per session."""

from __future__ import annotations

import pytest

from detente.nlp import load_pipeline
from detente.pipeline import Pipeline
from detente.settings import Settings


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(Settings().model)


@pytest.fixture(scope="session")
def pipeline(nlp):
    return Pipeline(Settings(), nlp=nlp)


@pytest.fixture
def code_text(pipeline):
    """Code one text and return all its events (every modality)."""

    def run(text: str, date: str | None = None, **fields):
        import datetime as dt

        day = dt.date.fromisoformat(date) if date else None
        return pipeline.code_text(text, date=day, **fields).events

    return run


@pytest.fixture
def run_cli(monkeypatch, capsys):
    """Run `detente ARGS...` in this process (so monkeypatched data files count); returns the
    exit code and the lines written to stderr."""

    def run(*args: str) -> tuple[int, list[str]]:
        import detente.cli  # noqa: F401 - registers the commands
        from detente.cli.app import main

        monkeypatch.setattr("sys.argv", ["detente", *map(str, args)])
        with pytest.raises(SystemExit) as exit:
            main()
        return exit.value.code, capsys.readouterr().err.splitlines()

    return run
