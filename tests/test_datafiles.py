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
    assert "x.yaml:3: not valid YAML" in str(info.value) and "E030" in str(info.value)


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


def test_datafiles_records_the_line_of_every_mapping_key_and_item(tmp_path):
    path = tmp_path / "lines.yaml"
    path.write_text("# a comment\ntop:\n  first: 1\n  second:\n    - alpha\n    - beta: 2\n", encoding="utf-8")
    data = datafiles.read_yaml(path).data
    assert data.lines["top"] == 2 and data["top"].line == 3
    assert (datafiles.line_of(data["top"], "first"), datafiles.line_of(data["top"], "second")) == (3, 4)
    items = data["top"]["second"]
    assert (items.line, datafiles.line_of(items, 0), datafiles.line_of(items, 1), items[1].line) == (5, 5, 6, 6)
    # an unknown key falls back to the line of the mapping; a plain number is a line already
    assert (datafiles.line_of(data["top"], "third"), datafiles.line_of(7), datafiles.line_of(None)) == (3, 7, 0)


def test_datafiles_on_off_yes_no_stay_words_and_only_true_false_are_booleans(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text("words: [on, off, yes, no, NO, Yes]\nflag: true\nother: False\nno: answer\n", encoding="utf-8")
    data = datafiles.read_yaml(path).data
    assert data == {"words": ["on", "off", "yes", "no", "NO", "Yes"], "flag": True, "other": False, "no": "answer"}


def test_datafiles_duplicate_key_is_an_error_at_its_second_line(tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text("items:\n  - id: one\n    mode: expel\n    mode: recall\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="twice.yaml:4: .*duplicate key 'mode'"):
        datafiles.read_yaml(path)


def test_datafiles_reads_a_path_or_a_folder_and_names_unreadable_files(tmp_path):
    (tmp_path / "mine.yaml").write_text("a: 1\n", encoding="utf-8")
    assert datafiles.read_yaml(tmp_path, "mine.yaml").data == {"a": 1}
    assert datafiles.read_yaml(tmp_path / "mine.yaml").line_of("a") == 1
    with pytest.raises(DataFileError, match="missing.yaml:0: cannot read"):
        datafiles.read_yaml(tmp_path / "missing.yaml")
    (tmp_path / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="list.yaml:1: expected a mapping at the top"):
        datafiles.read_yaml(tmp_path / "list.yaml").mapping()


def test_datafiles_serves_the_pattern_and_modality_readers(tmp_path):
    from detente.events.modality import load_cues
    from detente.events.patterns import load_patterns

    (tmp_path / "consult.yaml").write_text(
        "type: CONSULT\npatterns:\n  - id: meet\n    verb: [meet]\n    prep: [on]\n    prep: [with]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="consult.yaml:6: .*duplicate key 'prep'"):
        load_patterns(tmp_path)
    cues = tmp_path / "modality.yaml"
    # "may" also starts line 2, but the bad governor entry is the one on line 4
    cues.write_text("auxiliaries:\n  may: hypothetical\ngovernors:\n  may: {class: perhaps}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="modality.yaml:4: governor 'may' needs a class"):
        load_cues(cues)
