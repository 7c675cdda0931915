"""`detente ingest` and the commands reading its store, end to end through the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pyarrow.parquet as pq
import pytest

from detente.analysis import dyad_series
from detente.store import TABLES, Store

from ingest_corpus import tables, write_corpus, write_wire_story


def detente(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    out = subprocess.run([sys.executable, "-m", "detente", *map(str, args)],
                         capture_output=True, text=True, timeout=600)
    if check and out.returncode != 0:
        raise AssertionError(f"detente {' '.join(map(str, args))} failed:\n{out.stderr[-2000:]}")
    return out



@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("cmd") / "corpus", 40)


@pytest.fixture(scope="module")
def db(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "detente.duckdb"
    out = detente("ingest", corpus, "--db", path)
    assert "40 new documents" in out.stderr
    return path


def test_ingest_cmd_reingest_adds_nothing(corpus, db):
    before = tables(db)
    out = detente("ingest", corpus, "--db", db)
    assert "0 new documents (40 already stored" in out.stderr
    assert tables(db) == before
    assert len(before["documents"]) == 40 and len(before["events"]) > 0


def test_ingest_cmd_bad_inputs_reported_one_line_each(tmp_path):
    (tmp_path / "good.txt").write_text("Germany and France signed a treaty on energy.", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    out = detente("ingest", tmp_path / "good.txt", tmp_path / "blob.txt", tmp_path / "nowhere.txt",
                  "--db", tmp_path / "x.duckdb")
    problems = [line for line in out.stderr.splitlines() if line.startswith("detente:")]
    assert len(problems) == 2 and "nowhere.txt" in "\n".join(problems)
    assert "1 new documents" in out.stderr and "2 errors" in out.stderr


def test_ingest_cmd_check_passes_and_catches_damage(db, tmp_path):
    out = detente("check", "--db", db)
    assert ": ok (" in out.stdout
    damaged = tmp_path / "damaged.duckdb"
    damaged.write_bytes(db.read_bytes())
    with Store(damaged) as store:
        store._cursor().execute("DELETE FROM documents WHERE doc_id = (SELECT min(doc_id) FROM documents)")
    out = detente("check", "--db", damaged, check=False)
    assert out.returncode == 1 and "whose document is missing" in out.stderr


def test_ingest_cmd_events_in_every_format(db, tmp_path):
    jsonl = detente("events", "--db", db, "--source", "RUS", "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in jsonl]
    with Store(db, read_only=True) as store:
        assert records == store.events(source="RUS", modality="asserted", limit=10_000)
    assert all(r["source"]["country"] == "RUS" or r["symmetric"] for r in records)
    csv_out = detente("events", "--db", db, "--format", "csv", "--since", "2015-02", "--until", "2015-03").stdout
    assert csv_out.startswith("record,event_id,doc_id")
    detente("events", "--db", db, "--format", "parquet", "--out", tmp_path / "e.parquet")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == len(
        detente("events", "--db", db, "--format", "jsonl").stdout.splitlines())
    bad = detente("events", "--db", db, "--since", "last week", check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_ingest_cmd_export_dyad_network(db, tmp_path):
    out = detente("export", "--db", db, "--format", "parquet", "--out", tmp_path / "x")
    assert {p.name for p in (tmp_path / "x").iterdir()} == {f"{t}.parquet" for t in TABLES}
    out = detente("dyad", "RUS", "UKR", "--db", db, "--by", "month", "--plot", tmp_path / "d.svg")
    assert "RUS-UKR: " in out.stdout and "2015-01" in out.stdout
    assert (tmp_path / "d.svg").read_text().lstrip().startswith("<?xml")
    series = json.loads(detente("dyad", "RUS", "UKR", "--db", db, "--format", "json").stdout)
    assert series["trend"]["verdict"]
    out = detente("network", "--db", db, "--since", "2015", "--until", "2015", "--plot", tmp_path / "n.png")
    assert (tmp_path / "n.png").read_bytes()[:4] == b"\x89PNG"


def test_ingest_cmd_wire_copy_and_update_do_not_double_counts(tmp_path):
    alone = write_wire_story(tmp_path / "alone", with_copies=False)
    copies = write_wire_story(tmp_path / "copies", with_copies=True)
    detente("ingest", alone, "--db", tmp_path / "alone.duckdb", "--date", "2015-06-10")
    detente("ingest", copies, "--db", tmp_path / "copies.duckdb", "--date", "2015-06-10")
    with Store(tmp_path / "alone.duckdb", read_only=True) as one, \
            Store(tmp_path / "copies.duckdb", read_only=True) as three:
        assert three.counts()["documents"] == 3 and three.counts()["duplicates"] == 2
        assert three.counts()["events"] > one.counts()["events"] > 0
        single = dyad_series(one, "USA", "BLR").rows
        repeated = dyad_series(three, "USA", "BLR").rows
    assert repeated == single and sum(r["events"] for r in single) > 0


KILLABLE = textwrap.dedent("""
    import sys
    from detente.scale import ingest
    from detente.store import Store
    if __name__ == "__main__":
        with Store(sys.argv[2]) as store:
            ingest([sys.argv[1]], store, batch_size=2,
                   on_progress=lambda r: print("stored", r.new, flush=True))
""")


@pytest.mark.slow
def test_ingest_cmd_killed_and_resumed_equals_uninterrupted(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 60)
    detente("ingest", corpus, "--db", tmp_path / "whole.duckdb")
    script = tmp_path / "killable.py"
    script.write_text(KILLABLE)
    killed = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, str(script), str(corpus), str(killed)],
                            stdout=subprocess.PIPE, text=True)
    stored = 0
    for line in proc.stdout:
        stored = int(line.split()[1])
        if stored >= 10:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 10 <= stored < 60, "the ingest must be killed half-way"
    assert detente("check", "--db", killed).returncode == 0  # no half-written document
    with Store(killed, read_only=True) as store:
        assert stored <= store.counts()["documents"] < 60
    out = detente("ingest", corpus, "--db", killed)
    assert "already stored" in out.stderr
    assert tables(killed) == tables(tmp_path / "whole.duckdb")


def test_ingest_cmd_bad_data_file_is_one_error_and_stores_nothing(tmp_path, monkeypatch, run_cli):
    # A broken data file fails every document alike: ingest stops with one line naming the
    # file and line, instead of a "coding failed" line per document and exit 0.
    from detente.when import dateline

    bad = tmp_path / "titles.yaml"
    bad.write_text("president: [president]\npresident: [head of state]\n", encoding="utf-8")
    monkeypatch.setattr(dateline, "TITLES_FILE", bad)
    dateline.load_titles.cache_clear()
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Peru and Chile held talks in Lima on Monday.\n", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    try:
        code, stderr = run_cli("ingest", tmp_path / "one.txt", tmp_path / "two.txt", "--db", db)
    finally:
        dateline.load_titles.cache_clear()
    assert code == 2
    errors = [line for line in stderr if line.startswith("detente:")]
    assert errors == [line for line in errors if f"{bad}:2: " in line and "duplicate key" in line]
    assert len(errors) == 1
    assert not db.exists() or all(len(rows) == 0 for rows in tables(db).values())
