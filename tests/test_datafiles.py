"""The one reader of the stages' YAML data files."""

from __future__ import annotations

import pytest

import detente.datafiles as datafiles
from detente.errors import DataFileError


def _fake_package(monkeypatch, tmp_path, text):
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")

    class Files:
        def joinpath(self, *parts):
            return tmp_path.joinpath(*parts)

    monkeypatch.setattr(datafiles.importlib.resources, "files", lambda _: Files())


def test_datafiles_syntax_error_names_file_and_line(monkeypatch, tmp_path):
    _fake_package(monkeypatch, tmp_path, "a: [1, 2]\nb: [unclosed\nc: 3\n")
    with pytest.raises(DataFileError) as info:
        datafiles.read_yaml("anything", "x.yaml")
    assert "x.yaml:" in str(info.value) and "E030" in str(info.value)


def test_datafiles_line_of_finds_top_level_keys(monkeypatch, tmp_path):
    _fake_package(monkeypatch, tmp_path, "# comment\nalpha: 1\n'beta': 2\n")
    file = datafiles.read_yaml("anything", "x.yaml")
    assert file.data == {"alpha": 1, "beta": 2}
    assert (file.line_of("alpha"), file.line_of("beta"), file.line_of("gamma")) == (2, 3, 0)
    assert "x.yaml:3" in str(file.error(3, "bad"))


def test_datafiles_every_shipped_data_file_loads():
    from detente.analysis.quads import load_quads
    from detente.when.dateline import load_titles
    from detente.where.gazetteer import load_country_aliases

    assert load_quads() and load_titles() and load_country_aliases()
