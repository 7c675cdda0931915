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


@pytest.fixture(scope="session")
def resolver():
    from detente.actors import ActorResolver

    return ActorResolver()


@pytest.fixture
def codes(nlp, resolver):
    """The code of each actor mention of one text: {mention text: code}."""
    import datetime as dt

    from detente.model import Document

    def run(text: str, date: str = "2015-06-01") -> dict[str, str | None]:
        doc = Document(doc_id="t", text=text, date=dt.date.fromisoformat(date))
        return {m.text: m.code for m in resolver.mentions(doc, nlp(text))}

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
