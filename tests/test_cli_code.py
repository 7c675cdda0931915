"""`detente code` end to end through the installed command, on files these tests write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DETENTE = Path(sys.executable).parent / "detente"


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(DETENTE), *args], input=stdin, capture_output=True, text=True,
                          timeout=300, env={**os.environ, **(env or {})})


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A folder of one good article and one of every kind of bad input."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "good.txt").write_text(
        "Portugal and Spain signed a water-sharing agreement on Monday.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "cp1252.txt").write_bytes("Caf\u00e9 owners protested in Lisbon \u2013 again.".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.jsonl").write_text(
        '{"id": "ok-1", "text": "Chile and Peru signed a fisheries accord on Tuesday."}\n'
        '{"id": "bad", "text": \n'
        '["not", "an", "object"]\n', encoding="utf-8")
    (folder / "bomb.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
        "<rss><channel><item><title>&b;</title></item></channel></rss>")
    (folder / "zero-width.txt").write_text("Ger\u200bmany and \u202eFrance\u202c met in Paris.\x00")
    return folder


def test_cli_code_bad_inputs_reported_good_ones_coded(hostile):
    missing = str(hostile / "missing.txt")
    result = run("code", str(hostile), missing, "--documents")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    expected = {
        "binary.txt": "[E003]", "empty.txt": "[E005]", "broken.jsonl:2": "[E006]",
        "broken.jsonl:3": "[E006]", "bomb.xml": "[E015]", "missing.txt": "[E001]",
        "cp1252.txt": "[W101]", "zero-width.txt": "[W103]",
    }
    for name, code in expected.items():
        assert len([line for line in lines if f"{name}:" in line and code in line]) == 1, (name, lines)
    assert all(line.startswith("detente: ") for line in lines)
    assert len(lines) == len(expected)
    documents = [r for r in records(result.stdout) if r["record"] == "document"]
    assert sorted(d["doc_id"] for d in documents) == ["cp1252", "good", "ok-1", "zero-width"]


def test_cli_code_nothing_readable_exits_nonzero(hostile, tmp_path):
    result = run("code", str(hostile / "binary.txt"), str(hostile / "empty.txt"), str(tmp_path / "nope"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1].endswith("[E060]") and len(lines) == 4
    assert result.stdout == ""


def test_cli_code_stdin_acceptance_example():
    result = run("code", "-", "--date", "2024-03-06", "--documents",
                 stdin="Germany and France signed a trade agreement on Monday.\n")
    assert result.returncode == 0, result.stderr
    out = records(result.stdout)
    document = out[0]
    assert document["record"] == "document" and document["date"] == "2024-03-06"
    assert document["date_origin"] == "option" and document["path"] == "-"
    events = [r for r in out if r["record"] == "event"]
    # Signing a formal agreement is SUPPORT (CAMEO 057), as in PLOVER's crosswalk.
    signed = [e for e in events if e["event_type"] == "SUPPORT"]
    assert signed and {signed[0]["source"]["country"], signed[0]["target"]["country"]} == {"DEU", "FRA"}
    assert signed[0]["cameo"] == "057"
    assert signed[0]["date"] == "2024-03-04" and signed[0]["doc_date"] == "2024-03-06"


def test_cli_code_limits_and_bad_options(tmp_path):
    (tmp_path / "long.txt").write_text("Norway and Sweden held talks in Oslo. " * 200)
    (tmp_path / "big.txt").write_text("word " * 5000)
    result = run("code", str(tmp_path / "long.txt"), str(tmp_path / "big.txt"),
                 "--max-chars", "500", "--max-bytes", "10000", "--documents")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "long.txt" in lines[0] and "[W102]" in lines[0]
    assert "big.txt" in lines[1] and "[E012]" in lines[1]
    [document] = [r for r in records(result.stdout) if r["record"] == "document"]
    assert [w["code"] for w in document["warnings"]] == ["W102"]
    bad = run("code", str(tmp_path / "long.txt"), "--date", "12/03/2024")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines() == ["detente: --date: '12/03/2024' is not a date; use YYYY-MM-DD [E050]"]
