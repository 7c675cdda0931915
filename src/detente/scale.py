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
import shutil
import tempfile
import time
import uuid
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

from .errors import DetenteError, InputError, OptionError
from .model import CodedDocument, Document
from .settings import Settings
from .store import Store, write_partition
from .store.db import unique_doc_id

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
           scheduler: Optional[str] = None, batch_size: int = 32, dedup: bool = True,
           parts_dir: Optional[str] = None, pipeline=None,
           on_error: Callable[[DetenteError], None] = lambda e: None,
           on_progress: Callable[[IngestReport], None] = lambda r: None) -> IngestReport:
    """Read ``inputs`` (paths, folders, URLs), code every document not yet stored, store it.

    Each batch of ``batch_size`` documents is stored in one transaction.  Bad inputs go to
    ``on_error`` and the run goes on.
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
    batches = chunks(admitted, batch_size)
    if engine == "dask":
        coded_batches = None
        _run_dask(batches, store, report, settings, workers, scheduler, parts_dir,
                  on_progress, on_error)
    elif workers > 1:
        coded_batches = _pool_batches(batches, settings, workers)
    else:
        coded_batches = _inline_batches(batches, settings, pipeline)
    if coded_batches is not None:
        for batch, failed in coded_batches:
            _report_failures(failed, report, on_error)
            _store_batch(store, batch, report)
            on_progress(report)
    on_progress(report)
    return report


def _report_failures(failed: list[tuple[str, str]], report: IngestReport,
                     on_error: Callable[[DetenteError], None]) -> None:
    for doc_id, reason in failed:
        report.errors += 1
        on_error(InputError("E042", doc_id=doc_id, reason=reason))


def _store_batch(store: Store, batch: Sequence[CodedDocument], report: IngestReport) -> None:
    new = store.write(batch)
    report.new += new
    report.events += sum(len(c.events) for c in batch)
    report.sentences += sum(len(c.document.sentences) for c in batch)


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


# ---------------------------------------------------------------------- in this process
def _inline_batches(batches: Iterable[list[Document]], settings: Settings,
                    pipeline=None) -> Iterator[tuple[list[CodedDocument], list[tuple[str, str]]]]:
    pipeline = pipeline or worker_pipeline(settings)
    for batch in batches:
        yield code_batch(batch, settings, pipeline)


# ---------------------------------------------------------------------- process pool
_PIPELINES: dict[str, object] = {}


def worker_pipeline(settings: Settings):
    """The pipeline of this process, built once per model (workers keep it between tasks)."""
    from .pipeline import Pipeline

    key = settings.model_dump_json()
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(settings)
    return _PIPELINES[key]


def code_batch(documents: list[Document], settings: Settings,
               pipeline=None) -> tuple[list[CodedDocument], list[tuple[str, str]]]:
    """Code one batch (the task every worker runs): the coded documents and, for each document
    a stage failed on, ``(doc_id, reason)`` — plain tuples, so they cross process borders."""
    from . import nlp as nlp_stage

    pipeline = pipeline or worker_pipeline(settings)
    coded, failed = [], []
    try:
        parsed = list(nlp_stage.parse(pipeline.nlp, documents, batch_size=settings.batch_size))
    except Exception:  # noqa: BLE001 - find the one document the parser fails on
        if len(documents) == 1:
            return [], [(documents[0].doc_id, "the parser failed")]
        for document in documents:
            one, bad = code_batch([document], settings, pipeline)
            coded += one
            failed += bad
        return coded, failed
    for document, sdoc in parsed:
        try:
            coded.append(pipeline.code_parsed(document, sdoc))
        except Exception as exc:  # noqa: BLE001 - one stage's bug on one document must not stop the run
            failed.append((document.doc_id, f"{type(exc).__name__}: {str(exc)[:200]}"))
    return coded, failed


def _pool_batches(batches: Iterable[list[Document]], settings: Settings,
                  workers: int) -> Iterator[tuple[list[CodedDocument], list[tuple[str, str]]]]:
    """Coded batches in input order (so an original is stored before its near-duplicates),
    with at most ``2 * workers`` batches in flight."""
    import multiprocessing

    # spawn: workers start clean (no inherited DuckDB handle or half-built state); they import
    # detente.scale, not the caller's __main__ body.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.submit(code_batch, batch, settings))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


# ---------------------------------------------------------------------- Dask distributed
def code_partition(documents: list[Document], settings: Settings, folder: str) -> tuple:
    """Dask task: code a partition and write it as Parquet.

    Returns (folder, events, sentences, failures) — small, so that the records travel through
    the shared file system, not through the scheduler."""
    coded, failed = code_batch(documents, settings)
    write_partition(coded, folder)
    return (folder, sum(len(c.events) for c in coded),
            sum(len(c.document.sentences) for c in coded), failed)


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
