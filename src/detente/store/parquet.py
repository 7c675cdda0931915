"""Partitioned Parquet: what cluster workers write and the store loads."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyarrow.parquet as pq

from ..model import CodedDocument
from .rows import coded_tables


def write_partition(coded: Iterable[CodedDocument] | dict, folder: str | Path) -> Path:
    """Write coded documents (or their ``coded_tables``) to ``folder/<table>.parquet``.

    Files are written under a temporary name and renamed, so a partition folder holding
    ``documents.parquet`` is complete (it is written last).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tables = coded if isinstance(coded, dict) else coded_tables(coded)
    for name in ("sentences", "mentions", "events", "warnings", "documents"):
        tmp = folder / f".{name}.parquet.tmp"
        pq.write_table(tables[name], tmp)
        tmp.replace(folder / f"{name}.parquet")
    return folder
