"""The server's handle on the corpus: the store, opened once, and the coding pipeline for writes."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable, Optional

from ..model import Document
from ..settings import Settings
from ..store.db import Store


class Corpus:
    """One open ``Store`` (read-only unless writes are allowed) and a lazily built Pipeline."""

    def __init__(self, path: Path, *, writable: bool = False, pipeline=None,
                 settings: Optional[Settings] = None) -> None:
        self.path = path
        self.writable = writable
        self.settings = settings or Settings()
        self.store = Store(path, read_only=not writable)
        self._pipeline = pipeline
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._cache: dict[str, Any] = {}

    def cached(self, key: str, compute: Callable[[], Any]) -> Any:
        """Corpus-wide summaries (counts, actor codes, active dyads) computed once per state of
        the database: only this server can write the file while it is open, and every write
        clears the cache."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def pipeline(self):
        # built on the first write: loading spaCy takes seconds and read-only servers never need it
        with self._lock:
            if self._pipeline is None:
                from ..pipeline import Pipeline

                self._pipeline = Pipeline(self.settings)
            return self._pipeline

    def add(self, document: Document) -> dict:
        """Code ``document``, store it, and say what happened (new or already stored)."""
        pipeline = self.pipeline()
        with self._write_lock:   # one spaCy pipeline is not to be run by two threads at once
            coded = next(pipeline.code([document]))
            new = self.store.write([coded]) == 1
            self._cache.clear()
        doc_id = self.store.doc_id_of_hash(coded.document.content_hash) or coded.document.doc_id
        return {"doc_id": doc_id, "created": new, "events": len(coded.events),
                "warnings": [w.model_dump() for w in coded.document.warnings]}

    def close(self) -> None:
        self.store.close()
