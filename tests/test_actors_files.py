"""Users' own actor files (people.csv format or PETRARCH/Phoenix dictionaries) take part in
resolution through the ``actor_files`` setting, DETENTE_ACTOR_FILES and ``--actors``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import DataFileError
from detente.pipeline import Pipeline
from detente.settings import Settings

DICTIONARY = """# a user's dictionary, PETRARCH style
HALYNA_DOROSHENKO_   [UKRGOV 150101-181231]
+DOROSHENKO_
[UKRELI >190101]
RUSSIA_ [RUS]
"""

PEOPLE = """name,aliases,country,office,start,end
Tomasz Wierzbicki,,POL,GOV,2016-01-01,2019-12-31
"""

TEXT = "Halyna Doroshenko met Tomasz Wierzbicki in Warsaw on Tuesday."


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    dictionary, people = tmp_path / "mine.txt", tmp_path / "mine.csv"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    people.write_text(PEOPLE, encoding="utf-8")
    return [dictionary, people]


def _codes(events):
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in events}


def test_actors_files_setting_adds_people_to_the_pipeline(nlp, files):
    pipeline = Pipeline(Settings(actor_files=files), nlp=nlp)
    doc = pipeline.code_text(TEXT, date=dt.date(2017, 3, 7))
    assert ("UKRGOV", "POLGOV") in _codes(doc.events)
    later = pipeline.code_text(TEXT, date=dt.date(2020, 3, 3))
    assert {m.text: m.code for m in later.mentions}["Halyna Doroshenko"] == "UKRELI"  # after her term


def test_actors_files_default_pipeline_does_not_know_them(nlp):
    doc = Pipeline(Settings(), nlp=nlp).code_text(TEXT, date=dt.date(2017, 3, 7))
    assert all(m.code != "UKRGOV" for m in doc.mentions)


def test_actors_files_from_the_environment(monkeypatch, files):
    monkeypatch.setenv("DETENTE_ACTOR_FILES", f"{files[0]}:{files[1]}")
    assert Settings().actor_files == files


def test_actors_files_a_known_name_in_a_dictionary_does_not_break_loading(nlp, files):
    # "Russia" is a country in the package's data: the user's line does not replace it
    doc = Pipeline(Settings(actor_files=files[:1]), nlp=nlp).code_text(
        "Russia accused Halyna Doroshenko of lying.", date=dt.date(2016, 1, 5))
    codes = {m.text: m.code for m in doc.mentions}
    assert codes["Russia"] == "RUS"
    assert codes["Halyna Doroshenko"] == "UKRGOV"


def test_actors_files_bad_dictionary_line_is_an_error_naming_the_line(nlp, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("HALYNA_DOROSHENKO_ [UKRGOV 150101-18]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        Pipeline(Settings(actor_files=[bad]), nlp=nlp)
    assert "bad.txt" in str(error.value) and "1" in str(error.value)


def test_actors_files_cli_option(files):
    result = CliRunner().invoke(app, ["code", "-", "--date", "2017-03-07", "--actors", str(files[0]),
                                      "--actors", str(files[1])], input=TEXT + "\n")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert any(e["source"]["code"] == "UKRGOV" and e["target"]["code"] == "POLGOV" for e in events)


def test_actors_files_actors_command_reads_a_petrarch_dictionary(files):
    result = CliRunner().invoke(app, ["actors", "Halyna Doroshenko", "--people", str(files[0]),
                                      "--date", "2017-03-07", "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    found = found if isinstance(found, list) else [found]
    assert found[0]["code"] == "UKRGOV"
