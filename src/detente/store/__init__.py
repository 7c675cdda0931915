"""Store stage: the only module that knows the database (DuckDB file, Parquet partitions).

``Store`` is the read/write API (docs/store.md); ``write_partition`` writes coded documents as a
Parquet partition folder that ``Store.load_parquet`` loads.
"""

from __future__ import annotations

from .db import DEFAULT_DB, EVENT_FILTERS, Store, period_end, period_start
from .parquet import write_partition
from .schema import TABLES

__all__ = ["DEFAULT_DB", "EVENT_FILTERS", "Store", "TABLES", "period_end", "period_start",
           "write_partition"]
