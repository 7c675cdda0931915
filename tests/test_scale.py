"""Ingest at scale: the process pool and a Dask LocalCluster store exactly what one process
stores; a document a stage fails on is reported and the run goes on."""

from __future__ import annotations

import pytest

from detente.pipeline import Pipeline
from detente.scale import IngestReport, admit, ingest
from detente.settings import Settings
from detente.store import Store
from detente.model import Document

from ingest_corpus import tables, write_corpus, write_wire_story



@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus", 24)


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("single") / "one.duckdb"
    with Store(db) as store:
        report = ingest([str(corpus)], store, pipeline=pipeline, batch_size=5)
    assert report.new == 24 and report.errors == 0
    return tables(db)


def test_scale_single_process_stores_every_document(single):
    assert len(single["documents"]) == 24
    assert len(single["sentences"]) >= 24 * 4


@pytest.mark.slow
def test_scale_process_pool_same_tables_as_single_process(corpus, single, tmp_path):
    with Store(tmp_path / "pool.duckdb") as store:
        report = ingest([str(corpus)], store, workers=2, batch_size=5)
    assert report.new == 24
    assert tables(tmp_path / "pool.duckdb") == single


@pytest.mark.slow
def test_scale_dask_local_cluster_same_tables_as_single_process(corpus, single, tmp_path):
    with Store(tmp_path / "dask.duckdb") as store:
        report = ingest([str(corpus)], store, engine="dask", workers=2, batch_size=5,
                        parts_dir=str(tmp_path / "parts"))
    assert report.new == 24 and report.errors == 0
    assert tables(tmp_path / "dask.duckdb") == single
    assert not any((tmp_path / "parts").glob("*/part-*")), "partitions are removed once loaded"


class FailingPipeline(Pipeline):
    def code_parsed(self, document, sdoc):
        if "file number 1003" in document.text:
            raise RuntimeError("stage bug")
        return super().code_parsed(document, sdoc)


def test_scale_failed_document_is_reported_and_run_goes_on(corpus, nlp, tmp_path):
    errors = []
    with Store(tmp_path / "f.duckdb") as store:
        report = ingest([str(corpus)], store, pipeline=FailingPipeline(Settings(), nlp=nlp),
                        on_error=errors.append)
        assert store.counts()["documents"] == 23
    assert report.errors == 1 and errors[0].code == "E042" and "stage bug" in str(errors[0])


def test_scale_admit_skips_stored_links_near_duplicates_and_renames_ids(tmp_path):
    folder = write_wire_story(tmp_path / "wire", with_copies=True)
    texts = [p.read_text() for p in sorted(folder.iterdir())]
    docs = [Document(doc_id="x", text=t) for t in texts] + [Document(doc_id="y", text=texts[0])]
    with Store(tmp_path / "a.duckdb") as store:
        report = IngestReport()
        admitted = list(admit(docs, store, report))
    assert report.skipped == 1  # the same text twice
    assert len({d.doc_id for d in admitted}) == 3 and admitted[0].doc_id == "x"
    assert admitted[0].duplicate_of is None
    assert [d.duplicate_of for d in admitted[1:]] == ["x", "x"]


def test_scale_bad_engine_options_raise(tmp_path):
    from detente.errors import OptionError

    with Store(tmp_path / "o.duckdb") as store:
        with pytest.raises(OptionError):
            ingest(["x"], store, engine="spark")
        with pytest.raises(OptionError):
            ingest(["x"], store, workers=0)
        with pytest.raises(OptionError):
            ingest(["x"], store, scheduler="tcp://127.0.0.1:1")


def test_scale_ingest_writes_under_a_small_duckdb_memory_limit_and_restores_it(corpus, single, tmp_path,
                                                                               pipeline):
    from detente.store.db import INGEST_MEMORY_LIMIT

    seen = []

    def limit(store):
        return store._cursor().execute("SELECT current_setting('memory_limit')").fetchone()[0]

    with Store(tmp_path / "limited.duckdb") as store:
        before = limit(store)
        report = ingest([str(corpus)], store, pipeline=pipeline, batch_size=5,
                        on_progress=lambda r: seen.append(limit(store)))
        assert limit(store) == before != seen[0]
    # every write under the limit (32MB reads back as 30.5 MiB); the last report comes after
    assert INGEST_MEMORY_LIMIT == "32MB" and report.new == 24
    assert set(seen[:-1]) == {"30.5 MiB"} and seen[-1] == before
    assert tables(tmp_path / "limited.duckdb") == single
