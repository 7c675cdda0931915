"""Ingest at scale: read -> admit (skip stored, link near-duplicates) -> code -> store.

Coding runs in this process, in a process pool (``workers > 1``, memory flat in corpus size:
a bounded number of batches is in flight), or on a Dask distributed cluster (``engine="dask"``),
whose workers write Parquet partitions that the store loads.  The scheduler is Dask's or the
standard library's; detente only chunks the stream.

Every function that starts processes is safe to call from an ``if __name__ == "__main__":``
block; worker processes import this module, never the caller's ``__main__``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import queue
import shutil
import tempfile
import threading
import time
import uuid
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .errors import DataFileError, DetenteError, InputError, OptionError
from .model import CodedDocument, Document
from .settings import Settings
from .store import Store, write_partition
from .store.db import unique_doc_id
from .store.rows import coded_tables, concat_tables

TASK_SIZE = 16  # documents per worker task: small enough to keep both cores busy on small inputs
FLUSH_SECONDS = 5.0

ENGINES = ("local", "dask")


@dataclass
class IngestReport:
    """What a run did; updated as it goes (the progress bar reads it)."""

    read: int = 0
    new: int = 0
    skipped: int = 0
    duplicates: int = 0
    events: int = 0
    sentences: int = 0
    errors: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def docs_per_second(self) -> float:
        return self.new / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        return dict(read=self.read, new=self.new, skipped=self.skipped, duplicates=self.duplicates,
                    events=self.events, sentences=self.sentences, errors=self.errors,
                    seconds=round(self.seconds, 2))


def ingest(inputs: Iterable[str], store: Store, *, settings: Optional[Settings] = None,
           date: Optional[dt.date] = None, workers: int = 1, engine: str = "local",
           scheduler: Optional[str] = None, batch_size: int = 128, dedup: bool = True,
           parts_dir: Optional[str] = None, pipeline=None,
           on_error: Callable[[DetenteError], None] = lambda e: None,
           on_progress: Callable[[IngestReport], None] = lambda r: None) -> IngestReport:
    """Read ``inputs`` (paths, folders, URLs), code every document not yet stored, store it.

    Documents are stored in transactions of ``batch_size`` (or what is coded within
    FLUSH_SECONDS); with Dask, one transaction per partition.  Bad inputs and documents a stage
    fails on go to ``on_error`` and the run goes on.
    """
    from .ingest import read_inputs

    settings = settings or Settings()
    if engine not in ENGINES:
        raise OptionError("E050", option="--engine", reason=f"{engine!r}; choose local or dask")
    if workers < 1:
        raise OptionError("E050", option="--workers", reason="must be at least 1")
    if scheduler and engine != "dask":
        raise OptionError("E050", option="--scheduler", reason="only with --engine dask")
    report = IngestReport()

    def readable() -> Iterator[Document]:
        for item in read_inputs(inputs, date=date, settings=settings):
            if isinstance(item, DetenteError):
                report.errors += 1
                on_error(item)
            else:
                report.read += 1
                yield item

    admitted = admit(readable(), store, report, dedup=dedup)
    tasks = chunks(admitted, min(batch_size, TASK_SIZE if workers > 1 or engine == "dask" else 64))
    with store.bulk_writing():  # DuckDB's cache kept small: memory flat in corpus size
        if engine == "dask":
            _run_dask(tasks, store, report, settings, workers, scheduler, parts_dir,
                      on_progress, on_error)
        else:
            results = (_pool_results(tasks, settings, workers) if workers > 1
                       else (code_batch(task, settings, pipeline) for task in tasks))
            _store_results(results, store, report, batch_size, on_progress, on_error)
    on_progress(report)
    return report


def _store_results(results: Iterable["BatchResult"], store: Store, report: IngestReport,
                   batch_size: int, on_progress: Callable[[IngestReport], None],
                   on_error: Callable[[DetenteError], None]) -> None:
    """Write coded tasks in transactions of at least ``batch_size`` documents, or whatever
    is waiting after FLUSH_SECONDS (a commit costs tens of milliseconds: fewer is faster,
    but a killed run should not lose minutes of work).

    The transactions run in order on one writer thread while the next documents are coded
    (DuckDB works and waits for the disk without holding the GIL); at most one transaction
    waits for it, so memory stays flat."""
    waiting: list[BatchResult] = []
    last = time.perf_counter()
    writer = _Writer(store, report)

    def flush() -> None:
        nonlocal waiting, last
        if waiting:
            writer.put(concat_tables([r.tables for r in waiting]))
            waiting = []
        last = time.perf_counter()
        on_progress(report)

    try:
        for result in results:
            _report_failures(result.failed, report, on_error)
            report.events += result.events
            report.sentences += result.sentences
            waiting.append(result)
            if sum(r.documents for r in waiting) >= batch_size or time.perf_counter() - last >= FLUSH_SECONDS:
                flush()
        if waiting:
            writer.put(concat_tables([r.tables for r in waiting]))
            waiting = []
    except BaseException:
        writer.close(quietly=True)  # what was handed over is stored; the first error goes up
        raise
    writer.close()
    on_progress(report)


class _Writer:
    """Stores table batches in order on a thread of its own; ``close`` waits for the last one.
    After a failed write nothing more is written, and the error is raised in the caller's
    thread (by the next ``put`` or by ``close``)."""

    def __init__(self, store: Store, report: IngestReport) -> None:
        self.store = store
        self.report = report
        self.error: Optional[BaseException] = None
        self.queue: "queue.Queue[Optional[dict]]" = queue.Queue(maxsize=1)
        self.thread = threading.Thread(target=self._run, name="detente-store-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            tables = self.queue.get()
            if tables is None:
                return
            if self.error is None:
                try:
                    self.report.new += self.store.write_tables(tables)
                except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
                    self.error = exc

    def put(self, tables: dict) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(tables)

    def close(self, quietly: bool = False) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None and not quietly:
            raise self.error


def _report_failures(failed: list[tuple[str, str]], report: IngestReport,
                     on_error: Callable[[DetenteError], None]) -> None:
    for doc_id, reason in failed:
        report.errors += 1
        on_error(InputError("E042", doc_id=doc_id, reason=reason))


def admit(documents: Iterable[Document], store: Store, report: IngestReport, *,
          dedup: bool = True, lookup: int = 256) -> Iterator[Document]:
    """Documents to code: not stored yet (by content hash), not repeated in this run, with a
    doc_id not taken by another text, and ``duplicate_of`` set for near-duplicates."""
    index = near_duplicate_index(store) if dedup else None
    original_of: dict[str, str] = {}  # near-duplicates seen in this run -> their original
    seen_hashes: set[str] = set()
    taken: dict[str, str] = {}
    for chunk in chunks(documents, lookup):
        stored = store.stored_hashes(d.content_hash for d in chunk)
        taken.update(store.taken_doc_ids(d.doc_id for d in chunk))
        for document in chunk:
            if document.content_hash in stored or document.content_hash in seen_hashes:
                report.skipped += 1
                continue
            seen_hashes.add(document.content_hash)
            if document.doc_id in taken:
                document = document.model_copy(update={"doc_id": unique_doc_id(document, taken)})
            taken[document.doc_id] = document.content_hash
            if index is not None and not document.duplicate_of:
                earlier = index.add(document.doc_id, document.text)
                if earlier:
                    document.duplicate_of = original_of.get(earlier, earlier)
                    original_of[document.doc_id] = document.duplicate_of
                    report.duplicates += 1
            yield document


def near_duplicate_index(store: Store):
    """The near-duplicate index of the ingest stage, seeded with the stories already stored."""
    from .ingest.dedup import NearDuplicateIndex

    index = NearDuplicateIndex()
    for doc_id, text in store.original_texts():
        index.add(doc_id, text)
    return index


def chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while True:
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield chunk


# ---------------------------------------------------------------------- process pool
_PIPELINES: dict[str, object] = {}


def worker_pipeline(settings: Settings):
    """The pipeline of this process, built once per model (workers keep it between tasks)."""
    from .pipeline import Pipeline

    key = settings.model_dump_json()
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(settings)
    return _PIPELINES[key]


@dataclass
class BatchResult:
    """A coded task as it crosses the process border: Arrow tables (cheap to pickle) and counts;
    failures are ``(doc_id, reason)`` tuples."""

    tables: dict
    documents: int
    events: int
    sentences: int
    failed: list[tuple[str, str]]


def code_batch(documents: list[Document], settings: Settings, pipeline=None) -> BatchResult:
    """Code one task (what every worker runs) and turn it into store rows."""
    coded, failed = code_documents(documents, settings, pipeline)
    return BatchResult(tables=coded_tables(coded), documents=len(coded),
                       events=sum(len(c.events) for c in coded),
                       sentences=sum(len(c.document.sentences) for c in coded), failed=failed)


def code_documents(documents: list[Document], settings: Settings,
                   pipeline=None) -> tuple[list[CodedDocument], list[tuple[str, str]]]:
    """The coded documents and, for each document a stage failed on, ``(doc_id, reason)``."""
    from . import nlp as nlp_stage

    pipeline = pipeline or worker_pipeline(settings)
    coded, failed = [], []
    try:
        parsed = list(nlp_stage.parse(pipeline.nlp, documents, batch_size=settings.batch_size))
    except DataFileError:
        raise  # a bad data file fails every document: one error for the user to fix
    except Exception:  # noqa: BLE001 - find the one document the parser fails on
        if len(documents) == 1:
            return [], [(documents[0].doc_id, "the parser failed")]
        for document in documents:
            one, bad = code_documents([document], settings, pipeline)
            coded += one
            failed += bad
        return coded, failed
    for document, sdoc in parsed:
        try:
            coded.append(pipeline.code_parsed(document, sdoc))
        except DataFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - one stage's bug on one document must not stop the run
            failed.append((document.doc_id, f"{type(exc).__name__}: {str(exc)[:200]}"))
    return coded, failed


BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded_children() -> None:
    """Worker processes use one BLAS thread each (unless the user said otherwise): N workers
    with a thread per core each oversubscribe the machine and ran slower than one worker."""
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")


def _pool_results(tasks: Iterable[list[Document]], settings: Settings,
                  workers: int) -> Iterator[BatchResult]:
    """Coded tasks in input order (so an original is stored before its near-duplicates),
    with at most ``3 * workers`` tasks in flight (memory stays flat however long the input)."""
    import multiprocessing

    # spawn: workers start clean (no inherited DuckDB handle or half-built state); they import
    # detente.scale, not the caller's __main__ body.
    context = multiprocessing.get_context("spawn")
    single_threaded_children()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque = deque()
        for task in tasks:
            pending.append(pool.submit(code_batch, task, settings))
            if len(pending) >= 3 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


# ---------------------------------------------------------------------- Dask distributed
def code_partition(documents: list[Document], settings: Settings, folder: str) -> tuple:
    """Dask task: code a partition and write it as Parquet.

    Returns (folder, events, sentences, failures) — small, so that the records travel through
    the shared file system, not through the scheduler."""
    result = code_batch(documents, settings)
    write_partition(result.tables, folder)
    return folder, result.events, result.sentences, result.failed


def _run_dask(batches: Iterable[list[Document]], store: Store, report: IngestReport,
              settings: Settings, workers: int, scheduler: Optional[str],
              parts_dir: Optional[str], on_progress: Callable[[IngestReport], None],
              on_error: Callable[[DetenteError], None]) -> None:
    from distributed import Client, LocalCluster

    root = Path(parts_dir) if parts_dir else Path(tempfile.gettempdir())
    run_dir = root / f"detente-parts-{uuid.uuid4().hex[:12]}"
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            single_threaded_children()
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    except OSError as exc:
        raise OptionError("E043", scheduler=scheduler, reason=f"cannot reach the Dask scheduler ({exc})") from exc
    try:
        in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: deque = deque()
        for n, batch in enumerate(batches):
            folder = str(run_dir / f"part-{n:06d}")
            pending.append(client.submit(code_partition, batch, settings, folder, pure=False))
            if len(pending) >= in_flight:
                _load_partition(pending.popleft(), store, report, on_progress, on_error)
        while pending:
            _load_partition(pending.popleft(), store, report, on_progress, on_error)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(run_dir, ignore_errors=True)


def _load_partition(future, store: Store, report: IngestReport,
                    on_progress: Callable[[IngestReport], None],
                    on_error: Callable[[DetenteError], None]) -> None:
    """Load a finished partition (in input order, like the process pool) and delete its files."""
    folder, events, sentences, failed = future.result()
    _report_failures(failed, report, on_error)
    report.new += store.load_parquet(folder)
    report.events += events
    report.sentences += sentences
    shutil.rmtree(folder, ignore_errors=True)
    on_progress(report)
