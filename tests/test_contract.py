"""The output contract: JSON Schema files, golden JSON Lines, and spans that point into the text.

Golden files: ``tests/golden/inputs/*`` are short documents written for these tests; the records
``detente code --all --documents`` writes for each are kept in ``tests/golden/expected/``.  After an
intended change of output, regenerate them with

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_contract.py

and review the diff (``git diff tests/golden``) before committing.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from detente import contract
from detente.cli.output import Writer
from detente.errors import DetenteError
from detente.ingest import read_inputs

GOLDEN = Path(__file__).parent / "golden"
INPUTS = sorted(p.name for p in (GOLDEN / "inputs").iterdir() if p.is_file())
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(contract.committed_schema(name), format_checker=FormatChecker())


EVENT = validator("event.schema.json")
DOCUMENT = validator("document.schema.json")


def schema_errors(record: dict) -> list[str]:
    checker = EVENT if record.get("record") == "event" else DOCUMENT
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in checker.iter_errors(record)]


def coded(pipeline, path: Path) -> list:
    items = list(read_inputs([str(path)]))
    problems = [str(i) for i in items if isinstance(i, DetenteError)]
    assert not problems, problems
    return list(pipeline.code(items))


def contract_lines(coded_documents) -> list[str]:
    """What `detente code --all --documents` writes, with the machine's path made relative."""
    out = io.StringIO()
    writer = Writer("jsonl", out)
    for doc in coded_documents:
        record = doc.document.to_record()
        record["path"] = record["path"] and Path(record["path"]).name
        writer.write(record)
        for event in doc.events:
            writer.write(event.to_record())
    writer.close()
    return out.getvalue().splitlines()


def test_contract_committed_schemas_match_model():
    assert contract.stale_schemas() == [], "run: .venv/bin/python -m detente.contract"


def test_contract_check_command_reports_stale_schema(tmp_path, capsys):
    contract.write_schemas(tmp_path)
    assert contract.main(["--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "event.schema.json").write_text("{}\n")
    assert contract.main(["--check", "--out", str(tmp_path)]) == 1
    assert "event.schema.json: stale" in capsys.readouterr().err


def test_contract_event_schema_requires_every_key():
    schema = contract.event_schema()
    assert set(schema["required"]) == set(schema["properties"])
    assert schema["properties"]["event_type"]["enum"][0] == "AGREE"
    assert "sentence_index" not in schema["properties"]


def test_contract_document_schema_has_no_text():
    props = contract.document_schema()["properties"]
    assert props["record"]["const"] == "document"
    assert "text" not in props and "sentences" not in props


@pytest.mark.parametrize("name", INPUTS)
def test_contract_golden_output(pipeline, name):
    lines = contract_lines(coded(pipeline, GOLDEN / "inputs" / name))
    expected_path = GOLDEN / "expected" / f"{name}.jsonl"
    if UPDATE or not expected_path.exists():
        expected_path.parent.mkdir(exist_ok=True)
        expected_path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{expected_path} was missing and has been written; review and commit it")
    expected = expected_path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == [json.loads(x) for x in expected], (
        f"output differs from {expected_path}; if intended, rerun with UPDATE_GOLDEN=1")


@pytest.mark.parametrize("name", INPUTS)
def test_contract_golden_files_validate_against_schema(name):
    path = GOLDEN / "expected" / f"{name}.jsonl"
    if not path.exists():
        pytest.skip("golden file not written yet")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        assert schema_errors(json.loads(line)) == [], f"{path.name}:{number}"


def test_contract_golden_inputs_code_some_events():
    paths = [GOLDEN / "expected" / f"{name}.jsonl" for name in INPUTS]
    if not all(p.exists() for p in paths):
        pytest.skip("golden files not written yet")
    records = [json.loads(line) for p in paths for line in p.read_text().splitlines()]
    events = [r for r in records if r["record"] == "event"]
    documents = [r for r in records if r["record"] == "document"]
    assert len(documents) == 5
    assert {e["event_type"] for e in events} >= {"AGREE", "ACCUSE", "CONSULT"}


def test_contract_schema_rejects_record_with_missing_or_extra_key():
    record = json.loads((GOLDEN / "expected" / "accord.txt.jsonl").read_text().splitlines()[1])
    assert schema_errors(record) == []
    del record["modality"]
    assert any("modality" in e for e in schema_errors(record))
    record["modality"], record["colour"] = "asserted", "blue"
    assert any("colour" in e for e in schema_errors(record))


def assert_spans_point_into_text(doc) -> None:
    text = doc.document.text
    for event in doc.events:
        start, end = event.span
        assert text[start:end] == event.sentence, event.event_id
        t_start, t_end = event.trigger.span
        assert start <= t_start < t_end <= end
        assert text[t_start:t_end] == event.trigger.text
        for mention in (event.source, event.target, event.reporter):
            if mention is not None:
                assert text[mention.span[0]:mention.span[1]] == mention.text


@pytest.mark.parametrize("name", INPUTS)
def test_contract_spans_point_into_document_text(pipeline, name):
    for doc in coded(pipeline, GOLDEN / "inputs" / name):
        assert_spans_point_into_text(doc)


@pytest.mark.slow
def test_contract_sample_corpus_records_validate(pipeline):
    corpus = Path(__file__).parents[1] / "examples" / "corpus"
    documents = coded(pipeline, corpus)
    assert len(documents) >= 40
    events = 0
    for doc in documents:
        assert_spans_point_into_text(doc)
        for line in contract_lines([doc]):
            assert schema_errors(json.loads(line)) == [], doc.document.doc_id
        events += len(doc.events)
    assert events >= len(documents)
