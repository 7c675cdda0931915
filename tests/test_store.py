"""Store: idempotent writes, exact contract records, filters, merge of repeated events, checks."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from detente.errors import OptionError, StoreError
from detente.store import Store, write_partition
from detente.store.schema import MIGRATIONS

from store_records import coded


def table_rows(store: Store, table: str, order: str) -> list[tuple]:
    columns = "* EXCLUDE (ingested_at)" if table == "documents" else "*"
    return store._cursor().execute(f"SELECT {columns} FROM {table} ORDER BY {order}").fetchall()


ORDER = {"documents": "doc_id", "sentences": "doc_id, idx", "mentions": "doc_id, idx",
         "events": "event_id", "warnings": "doc_id, idx"}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def sample():
    return [
        coded("a", "2015-06-10", [("Washington", "sanctioned", "Minsk", "SANCTION"),
                                  ("Minsk", "criticised", "Washington", "ACCUSE")]),
        coded("b", "2015-07-02", [("Belarus", "met", "the United States", "CONSULT")], symmetric=True,
              place="Minsk"),
    ]


def test_store_migrations_recorded(store):
    rows = store._cursor().execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == [v for v, _, _ in MIGRATIONS]
    assert store.schema_version() == len(MIGRATIONS)


def test_store_reingest_adds_nothing(store):
    assert store.write(sample()) == 2
    before = store.counts()
    assert store.write(sample()) == 0
    assert store.counts() == before
    assert before["documents"] == 2 and before["events"] == 3 and before["sentences"] == 3


def test_store_events_are_exact_contract_records(store):
    batch = sample()
    store.write(batch)
    expected = sorted((e.to_record() for c in batch for e in c.events), key=lambda r: r["event_id"])
    got = sorted(store.events(), key=lambda r: r["event_id"])
    assert got == json.loads(json.dumps(expected))


def test_store_event_filters(store):
    store.write(sample())
    assert {r["event_type"] for r in store.events(source="USA", target="BLR")} == {"SANCTION", "CONSULT"}
    assert {r["event_type"] for r in store.events(source="BLR", target="USA")} == {"ACCUSE", "CONSULT"}
    assert [r["event_type"] for r in store.events(type="sanction")] == ["SANCTION"]
    assert [r["doc_id"] for r in store.events(since="2015-07")] == ["b"]
    assert [r["doc_id"] for r in store.events(until="2015-06")] == ["a", "a"]
    assert [r["event_type"] for r in store.events(place="minsk")] == ["CONSULT"]
    assert [r["event_type"] for r in store.events(text="criticised")] == ["ACCUSE"]
    assert store.events(modality="negated") == []
    assert store.count_events(source="USAGOV") == 2
    assert len(store.events(limit=1, offset=1)) == 1


def test_store_bad_filters_raise_option_errors(store):
    with pytest.raises(OptionError):
        store.events(since="June 2015")
    with pytest.raises(OptionError):
        store.events(colour="red")
    with pytest.raises(OptionError):
        store.events(limit=-1)


def test_store_text_search_treats_wildcards_literally(store):
    store.write(sample())
    assert store.search("sanctioned")["documents"][0]["doc_id"] == "a"
    assert store.search("100%")["events"] == []


def test_store_wire_copy_and_update_merge_into_one_instance(store):
    fact = [("Washington", "sanctioned", "Minsk", "SANCTION")]
    store.write([coded("story", "2015-06-10", fact, source="wire"),
                 coded("copy", "2015-06-10", fact, source="paper", extra="Reprinted.",
                       duplicate_of="story"),
                 coded("update", "2015-06-10", fact, source="wire", extra="Updated at noon.")])
    counts = store.counts()
    assert counts["events"] == 3 and counts["event_instances"] == 1 and counts["duplicates"] == 1
    [instance] = store.instances()
    assert (instance["n_mentions"], instance["n_documents"], instance["n_stories"],
            instance["n_sources"]) == (3, 3, 2, 2)
    assert len(store.dyad_rows("USA", "BLR")) == 1


def test_store_symmetric_events_merge_in_either_order(store):
    store.write([coded("x", "2015-07-02", [("Belarus", "met", "the United States", "CONSULT")], symmetric=True),
                 coded("y", "2015-07-02", [("the United States", "met", "Belarus", "CONSULT")], symmetric=True)])
    assert store.counts()["event_instances"] == 1
    assert store.dyad_rows("BLR", "USA")[0]["direction"] == "both"


def test_store_doc_id_taken_by_another_text_is_renamed(store):
    store.write([coded("same", "2015-06-10", [("Washington", "sanctioned", "Minsk", "SANCTION")])])
    store.write([coded("same", "2015-06-11", [("Moscow", "threatened", "Kyiv", "THREATEN")])])
    docs = {d["doc_id"] for d in store.documents()}
    assert len(docs) == 2 and "same" in docs
    renamed = (docs - {"same"}).pop()
    assert renamed.startswith("same~")
    assert store.document(renamed)["events"][0]["doc_id"] == renamed
    assert store.check() == []


def test_store_document_has_text_sentences_mentions_events(store):
    store.write(sample())
    doc = store.document("a")
    assert doc["text"].startswith("Washington sanctioned Minsk.")
    assert [s["index"] for s in doc["sentences"]] == [0, 1]
    assert [m["code"] for m in doc["mentions"]] == ["USAGOV", "BLRGOV", "BLRGOV", "USAGOV"]
    assert len(doc["events"]) == 2 and doc["warnings"] == []
    assert store.document("nope") is None


def test_store_actors_counts_mentions_and_events(store):
    store.write(sample())
    actors = {a["code"]: a for a in store.actors()}
    assert actors["USAGOV"]["n_mentions"] == 3 and actors["USAGOV"]["n_events"] == 3
    assert [a["code"] for a in store.actors(query="blr")] == ["BLRGOV"]


def test_store_parquet_partition_loads_like_a_direct_write(tmp_path):
    batch = sample()
    write_partition(batch, tmp_path / "part-0")
    with Store(tmp_path / "direct.duckdb") as direct, Store(tmp_path / "parts.duckdb") as parts:
        direct.write(batch)
        assert parts.load_parquet(tmp_path / "part-0") == 2
        assert parts.load_parquet(tmp_path / "part-0") == 0
        for table, order in ORDER.items():
            assert table_rows(direct, table, order) == table_rows(parts, table, order), table


def test_store_export_writes_every_format(store, tmp_path):
    store.write(sample())
    paths = store.export(tmp_path / "out", fmt="parquet")
    assert pq.read_table(tmp_path / "out" / "events.parquet").num_rows == 3
    assert len(paths) == 5
    store.export(tmp_path / "out", fmt="jsonl", tables=["events"])
    lines = (tmp_path / "out" / "events.jsonl").read_text().splitlines()
    assert {json.loads(line)["event_type"] for line in lines} == {"SANCTION", "ACCUSE", "CONSULT"}
    store.export(tmp_path / "out", fmt="csv", tables=["documents"])
    assert (tmp_path / "out" / "documents.csv").read_text().startswith("doc_id,")
    with pytest.raises(OptionError):
        store.export(tmp_path / "out", tables=["secrets"])


def test_store_check_reports_orphans_and_bad_spans(store):
    store.write(sample())
    assert store.check() == []
    cur = store._cursor()
    cur.execute("DELETE FROM documents WHERE doc_id = 'b'")
    cur.execute("UPDATE sentences SET end_char = 10000 WHERE doc_id = 'a' AND idx = 0")
    problems = "\n".join(store.check())
    assert "event whose document is missing" in problems
    assert "sentence span outside the text" in problems


def test_store_read_only_needs_an_existing_file(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path / "missing.duckdb", read_only=True)
    with Store(tmp_path / "x.duckdb") as s:
        s.write(sample())
    with Store(tmp_path / "x.duckdb", read_only=True) as s:
        assert s.counts()["documents"] == 2
        with pytest.raises(StoreError):
            s.write(sample())
