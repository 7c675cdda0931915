"""``Store``: the one boundary around the DuckDB file.

All writes go through ``Store.write`` (one transaction per batch, idempotent by content hash);
all reads through the documented read methods, with parameterised SQL only.  See docs/store.md.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import json
import threading
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

import duckdb
import pyarrow as pa

from ..errors import OptionError, StoreError
from ..model import CodedDocument, Document
from .rows import ARROW_SCHEMAS, coded_tables
from .schema import MIGRATIONS, TABLES

DEFAULT_DB = "detente.duckdb"

# DuckDB's buffer pool during an ingest.  By default DuckDB may cache up to 80% of RAM, and a
# long ingest's process grew with the file (~110 MB more at 5,000 documents than at 1,000 in a
# store-only test, mostly at checkpoints); with 32 MB it stayed flat (+17 MB) up to 41,600
# documents, the indexes and tables spilling to the file and its .tmp folder.
INGEST_MEMORY_LIMIT = "32MB"

EVENT_FILTERS = ("source", "target", "type", "modality", "since", "until", "place", "text",
                 "doc_id", "instance_id")


class Store:
    """A detente database: ``Store(path)`` opens (and migrates) it; ``read_only=True`` for readers.

    Use as a context manager or call ``close()``.  A ``Store`` may be shared by threads: every
    read runs on its own cursor, writes are serialised by a lock.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError("E040", path=self.path, reason="no such database; run `detente ingest` first")
        try:
            self._conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError("E041", path=self.path) from exc
            raise StoreError("E040", path=self.path, reason=str(exc).splitlines()[0]) from exc
        except duckdb.Error as exc:
            raise StoreError("E040", path=self.path, reason=str(exc).splitlines()[0]) from exc
        self._lock = threading.Lock()
        if not read_only:
            self.migrate()
        elif self.schema_version() < len(MIGRATIONS):
            raise StoreError("E040", path=self.path,
                             reason="database schema is older than this detente; open it once for writing to migrate")

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        return self._conn.cursor()

    def schema_version(self) -> int:
        cur = self._cursor()
        exists = cur.execute("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_name = 'schema_migrations'").fetchone()[0]
        if not exists:
            return 0
        return cur.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    def migrate(self) -> list[int]:
        """Apply the migrations this file lacks; returns the versions applied."""
        cur = self._cursor()
        cur.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                    "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
        done = {v for (v,) in cur.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self._transaction(cur):
                cur.execute(sql)
                cur.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)",
                            [version, name])
            applied.append(version)
        return applied

    @contextlib.contextmanager
    def _transaction(self, cur: duckdb.DuckDBPyConnection) -> Iterator[None]:
        cur.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        cur.execute("COMMIT")

    @contextlib.contextmanager
    def bulk_writing(self, memory_limit: Optional[str] = INGEST_MEMORY_LIMIT) -> Iterator[None]:
        """Settings for a long run of writes (``detente ingest``): DuckDB's memory limit
        lowered to ``memory_limit`` (None: unchanged), restored afterwards.  An in-memory
        database keeps its limit (its tables cannot go to a file)."""
        if memory_limit is None or self.read_only or self.path == ":memory:":
            yield
            return
        cur = self._cursor()
        before = cur.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        cur.execute(f"SET memory_limit = '{_setting(memory_limit)}'")
        try:
            yield
        finally:
            with contextlib.suppress(duckdb.Error):  # a closed store has nothing to restore
                cur.execute("CHECKPOINT")  # under the same limit, not when the store closes
                cur.execute("RESET memory_limit")
                if cur.execute("SELECT current_setting('memory_limit')").fetchone()[0] != before:
                    cur.execute(f"SET memory_limit = '{_setting(before)}'")

    # ------------------------------------------------------------------ writing
    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` already in the store."""
        hashes = list(set(hashes))
        if not hashes:
            return set()
        rows = self._cursor().execute(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))",
            [hashes]).fetchall()
        return {h for (h,) in rows}

    def doc_id_of_hash(self, content_hash: str) -> Optional[str]:
        """The doc_id under which the text with ``content_hash`` is stored, if it is."""
        row = self._cursor().execute("SELECT doc_id FROM documents WHERE content_hash = ?",
                                     [content_hash]).fetchone()
        return row[0] if row else None

    def taken_doc_ids(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """doc_id -> content hash for the ids among ``doc_ids`` already in the store."""
        ids = list(set(doc_ids))
        if not ids:
            return {}
        rows = self._cursor().execute(
            "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [ids]).fetchall()
        return dict(rows)

    def write(self, batch: Sequence[CodedDocument]) -> int:
        """Store a batch of coded documents in one transaction; returns how many were new.

        Documents whose content hash is stored already are skipped, so re-ingesting adds
        nothing and a run killed half-way can simply be run again.
        """
        self._check_writable()
        with self._lock:
            fresh = self._fresh(batch)
        return self.write_tables(coded_tables(fresh)) if fresh else 0

    def _fresh(self, batch: Sequence[CodedDocument]) -> list[CodedDocument]:
        """The documents of ``batch`` not stored yet, renamed where their doc_id is taken."""
        stored = self.stored_hashes(c.document.content_hash for c in batch)
        taken = self.taken_doc_ids(c.document.doc_id for c in batch)
        fresh, seen = [], set()
        for coded in batch:
            doc = coded.document
            if doc.content_hash in stored or doc.content_hash in seen:
                continue
            seen.add(doc.content_hash)
            if doc.doc_id in taken:
                coded = rename_document(coded, unique_doc_id(doc, taken))
            taken[coded.document.doc_id] = doc.content_hash
            fresh.append(coded)
        return fresh

    def write_tables(self, tables: dict[str, pa.Table]) -> int:
        """Store rows built by ``coded_tables`` (what pool workers send back) in one
        transaction, skipping documents whose content hash is stored; returns how many were new.

        Their doc_ids must be free (ingest's admission renames taken ones)."""
        self._check_writable()
        cur = self._cursor()
        names = {t: f"_rows_{t}" for t in TABLES}
        for table, name in names.items():
            cur.register(name, tables[table])
        try:
            return self._insert_new(cur, {t: (f"SELECT * FROM {n}", []) for t, n in names.items()})
        finally:
            for name in names.values():
                cur.unregister(name)

    def load_parquet(self, folder: str | Path) -> int:
        """Load a partition folder written by ``write_partition`` in one transaction, skipping
        documents already stored (by content hash); returns how many were new."""
        self._check_writable()
        folder = Path(folder)
        sources = {t: ("SELECT * FROM read_parquet(?)", [str(folder / f"{t}.parquet")]) for t in TABLES}
        return self._insert_new(self._cursor(), sources)

    def _insert_new(self, cur: duckdb.DuckDBPyConnection, sources: dict[str, tuple[str, list]]) -> int:
        """Insert the documents of ``sources`` whose hash is new, with their rows of every table."""
        documents, params = sources["documents"]
        with self._lock:
            try:
                with self._transaction(cur):
                    cur.execute(
                        f"CREATE OR REPLACE TEMP TABLE _new AS SELECT * FROM ({documents}) "
                        "WHERE content_hash NOT IN (SELECT content_hash FROM documents) "
                        "QUALIFY row_number() OVER (PARTITION BY content_hash ORDER BY doc_id) = 1",
                        params)
                    new = cur.execute("SELECT count(*) FROM _new").fetchone()[0]
                    cur.execute("INSERT INTO documents SELECT * FROM _new")
                    for table in TABLES[1:]:
                        query, params = sources[table]
                        cur.execute(f"INSERT INTO {table} SELECT * FROM ({query}) "
                                    "WHERE doc_id IN (SELECT doc_id FROM _new)", params)
                    cur.execute("DROP TABLE _new")
            except duckdb.Error as exc:
                raise StoreError("E040", path=self.path, reason=str(exc).splitlines()[0]) from exc
        return new

    def original_texts(self, chunk: int = 1000) -> Iterator[tuple[str, str]]:
        """(doc_id, text) of every stored document that is not itself a near-duplicate,
        in ingest order: what the near-duplicate index is seeded with."""
        result = self._cursor().execute(
            "SELECT doc_id, text FROM documents WHERE duplicate_of IS NULL ORDER BY ingested_at, doc_id")
        while True:
            rows = result.fetchmany(chunk)
            if not rows:
                return
            yield from rows

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("E040", path=self.path, reason="opened read-only")

    # ------------------------------------------------------------------ reading
    def counts(self) -> dict[str, int]:
        """Rows per table, plus merged event instances and linked duplicate documents."""
        cur = self._cursor()
        out = {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["event_instances"] = cur.execute("SELECT count(DISTINCT instance_id) FROM events").fetchone()[0]
        out["duplicates"] = cur.execute(
            "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
        return out

    def documents(self, *, source: Optional[str] = None, since: Optional[str] = None,
                  until: Optional[str] = None, text: Optional[str] = None,
                  limit: int = 50, offset: int = 0) -> list[dict]:
        """Document summaries (no text), newest first."""
        where, params = ["TRUE"], []
        if source:
            where.append("source = ?")
            params.append(source)
        if since:
            where.append("date >= ?")
            params.append(period_start(since))
        if until:
            where.append("date <= ?")
            params.append(period_end(until))
        if text:
            where.append("(title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
            params += [f"%{_like(text)}%"] * 2
        sql = (f"SELECT {', '.join(DOC_COLUMNS)} FROM documents WHERE {' AND '.join(where)} "
               "ORDER BY date DESC NULLS LAST, doc_id LIMIT ? OFFSET ?")
        return self._dicts(sql, params + [_limit(limit), _offset(offset)])

    def document(self, doc_id: str) -> Optional[dict]:
        """One document with its text, sentences, events (contract records), mentions, warnings."""
        rows = self._dicts(f"SELECT {', '.join(DOC_COLUMNS)}, text FROM documents WHERE doc_id = ?",
                           [doc_id])
        if not rows:
            return None
        doc = rows[0]
        doc["sentences"] = self._dicts("SELECT idx AS index, start_char, end_char, text FROM sentences "
                                       "WHERE doc_id = ? ORDER BY idx", [doc_id])
        doc["mentions"] = self._dicts("SELECT idx, start_char, end_char, text, code, country, sector, "
                                      "entity, kind, confidence FROM mentions WHERE doc_id = ? "
                                      "ORDER BY idx", [doc_id])
        doc["warnings"] = self._dicts("SELECT code, message FROM warnings WHERE doc_id = ? ORDER BY idx",
                                      [doc_id])
        doc["events"] = self.events(doc_id=doc_id, limit=100_000)
        doc["duplicates"] = [r["doc_id"] for r in self._dicts(
            "SELECT doc_id FROM documents WHERE duplicate_of = ? ORDER BY doc_id", [doc_id])]
        return doc

    def events(self, *, limit: int = 100, offset: int = 0, records: bool = True,
               **filters: Optional[str]) -> list[dict]:
        """Events matching ``filters`` (see ``EVENT_FILTERS``), ordered by day and id.

        ``records=True`` gives the exact JSON contract records; ``False`` gives the flat
        columns (with ``instance_id``, no ``record``).
        """
        where, params = event_where(filters)
        columns = "e.record" if records else EVENT_SELECT
        sql = (f"SELECT {columns} FROM events e WHERE {where} "
               "ORDER BY e.event_day NULLS LAST, e.doc_id, e.sentence_start, e.event_id LIMIT ? OFFSET ?")
        params += [_limit(limit), _offset(offset)]
        if records:
            return [json.loads(r) for (r,) in self._cursor().execute(sql, params).fetchall()]
        return self._dicts(sql, params)

    def count_events(self, **filters: Optional[str]) -> int:
        where, params = event_where(filters)
        return self._cursor().execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]

    def event_query(self, **filters: Optional[str]) -> tuple[str, list]:
        """SQL and parameters selecting the flat columns of matching events (for COPY/export)."""
        where, params = event_where(filters)
        return (f"SELECT {EVENT_SELECT} FROM events e WHERE {where} "
                "ORDER BY e.event_day NULLS LAST, e.doc_id, e.sentence_start, e.event_id", params)

    def instances(self, *, limit: int = 100, offset: int = 0, **filters: Optional[str]) -> list[dict]:
        """Merged event instances (one per real event) whose mentions match ``filters``."""
        where, params = event_where(filters)
        sql = ("SELECT i.* FROM event_instances i WHERE i.instance_id IN "
               f"(SELECT e.instance_id FROM events e WHERE {where}) "
               "ORDER BY i.event_day NULLS LAST, i.instance_id LIMIT ? OFFSET ?")
        return self._dicts(sql, params + [_limit(limit), _offset(offset)])

    def actors(self, *, query: Optional[str] = None, limit: int = 100, offset: int = 0) -> list[dict]:
        """Resolved actors (code, country, sector, entity) with mention and event counts."""
        where, params = "code IS NOT NULL", []
        if query:
            where += " AND (code ILIKE ? ESCAPE '\\' OR entity ILIKE ? ESCAPE '\\' OR country = ?)"
            params += [f"%{_like(query)}%", f"%{_like(query)}%", query.upper()]
        sql = f"""
            WITH m AS (SELECT code, any_value(country) AS country, any_value(sector) AS sector,
                              mode(entity) AS entity, count(*) AS n_mentions,
                              count(DISTINCT doc_id) AS n_documents
                       FROM mentions WHERE {where} GROUP BY code),
                 ev AS (SELECT code, count(*) AS n_events FROM (
                          SELECT source_code AS code FROM events UNION ALL
                          SELECT target_code FROM events) GROUP BY code)
            SELECT m.*, coalesce(ev.n_events, 0) AS n_events
            FROM m LEFT JOIN ev USING (code)
            ORDER BY n_mentions DESC, code LIMIT ? OFFSET ?"""
        return self._dicts(sql, params + [_limit(limit), _offset(offset)])

    def search(self, text: str, *, limit: int = 20) -> dict[str, list[dict]]:
        """Documents whose title or text, and events whose sentence, contain ``text``."""
        if not text or not text.strip():
            raise OptionError("E050", option="text", reason="empty search text")
        return {"documents": self.documents(text=text, limit=limit),
                "events": self.events(text=text, limit=limit)}

    def dyad_rows(self, a: str, b: str, *, since: Optional[str] = None, until: Optional[str] = None,
                  modality: str = "asserted") -> list[dict]:
        """Merged event instances between ``a`` and ``b`` (either direction), one row each,
        with ``direction`` 'ab', 'ba' or 'both' (symmetric), ``day`` (event day) and
        ``doc_day`` (earliest reporting document's date).  The input of dyad analysis."""
        ab = f"({_actor_sql('e.source')} AND {_actor_sql('e.target')})"
        params = [*_actor_params(a), *_actor_params(b), *_actor_params(b), *_actor_params(a)]
        where = [f"({ab} OR ({_actor_sql('e.source')} AND {_actor_sql('e.target')}))"]
        _event_filters(where, params, modality, since, until)
        sql = f"""
            SELECT e.instance_id,
                   CASE WHEN bool_or(e."symmetric") THEN 'both'
                        WHEN bool_or({_actor_sql('e.source')}) THEN 'ab' ELSE 'ba' END AS direction,
                   any_value(e.event_type) AS event_type, min(e.event_day) AS day,
                   min(e.doc_date) AS doc_day,
                   avg(e.intensity) AS intensity, count(*) AS n_mentions,
                   count(DISTINCT e.doc_id) AS n_documents, min(e.event_id) AS event_id,
                   any_value(e.trigger_text) AS trigger, any_value(e.source_code) AS source_code,
                   any_value(e.target_code) AS target_code
            FROM events e WHERE {' AND '.join(where)}
            GROUP BY e.instance_id ORDER BY day, e.instance_id"""
        return self._dicts(sql, [*_actor_params(a), *params])

    def network_rows(self, *, since: Optional[str] = None, until: Optional[str] = None,
                     modality: str = "asserted", level: str = "country") -> list[dict]:
        """Directed edges source -> target with instance counts and mean intensity."""
        col = "country" if level == "country" else "code"
        where, params = [f"e.source_{col} IS NOT NULL", f"e.target_{col} IS NOT NULL",
                         f"e.source_{col} <> e.target_{col}"], []
        _event_filters(where, params, modality, since, until)
        sql = f"""
            SELECT source, target, count(*) AS n_events, avg(intensity) AS intensity,
                   sum(CASE WHEN intensity > 0 THEN 1 ELSE 0 END) AS n_cooperative,
                   sum(CASE WHEN intensity < 0 THEN 1 ELSE 0 END) AS n_conflictual
            FROM (SELECT e.instance_id, any_value(e.source_{col}) AS source,
                         any_value(e.target_{col}) AS target, avg(e.intensity) AS intensity
                  FROM events e WHERE {' AND '.join(where)} GROUP BY e.instance_id)
            GROUP BY source, target ORDER BY n_events DESC, source, target"""
        return self._dicts(sql, params)

    def _dicts(self, sql: str, params: Sequence = ()) -> list[dict]:
        cur = self._cursor()
        result = cur.execute(sql, list(params))
        names = [d[0] for d in result.description]
        return [dict(zip(names, row)) for row in result.fetchall()]

    # ------------------------------------------------------------------ export and checks
    def export(self, out_dir: str | Path, *, fmt: str = "parquet",
               tables: Sequence[str] = TABLES) -> list[Path]:
        """Write whole tables to ``out_dir/<table>.<fmt>``; events as JSONL are contract records."""
        if fmt not in EXPORT_FORMATS:
            raise OptionError("E050", option="--format", reason=f"{fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        for table in tables:
            if table not in TABLES:
                raise OptionError("E050", option="--table", reason=f"{table!r}; choose from {', '.join(TABLES)}")
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in tables:
            target = out / f"{table}.{fmt}"
            if table == "events" and fmt == "jsonl":
                query = "SELECT record FROM events ORDER BY event_day NULLS LAST, doc_id, sentence_start, event_id"
                self.copy_records(query, [], target)
            else:
                self.copy(f"SELECT * FROM {table}", [], target, fmt)
            written.append(target)
        return written

    def copy(self, query: str, params: list, target: str | Path, fmt: str) -> None:
        """Write the result of a SELECT to a Parquet, CSV or JSON Lines file."""
        options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true",
                   "jsonl": "FORMAT json"}[fmt]
        # COPY cannot take a prepared parameter for the query, so filtered queries are
        # materialised first into a temporary table through a parameterised statement.
        cur = self._cursor()
        cur.execute("CREATE OR REPLACE TEMP TABLE _export AS " + query, params)
        cur.execute(f"COPY _export TO '{_quote_path(target)}' ({options})")
        cur.execute("DROP TABLE _export")

    def copy_records(self, query: str, params: list, target: str | Path) -> None:
        """Write one JSON record column (the contract) as JSON Lines."""
        with open(target, "w", encoding="utf-8") as fh:
            result = self._cursor().execute(query, params)
            while True:
                chunk = result.fetchmany(10_000)
                if not chunk:
                    break
                fh.writelines(r + "\n" for (r,) in chunk)

    def check(self) -> list[str]:
        """Integrity problems, one line each (empty when the store is sound)."""
        from .check import integrity_problems

        return integrity_problems(self._cursor())


DOC_COLUMNS = ("doc_id", "content_hash", "title", "author", "source", "url", "path", "date",
               "date_text", "date_origin", "dateline_start", "dateline_end", "duplicate_of",
               "n_sentences", "n_events", "n_mentions", "n_warnings", "ingested_at")
EVENT_COLUMNS = tuple(f.name for f in ARROW_SCHEMAS["events"] if f.name != "record")
EVENT_SELECT = ", ".join(f'e."{c}"' for c in EVENT_COLUMNS)
SYMMETRIC = 'e."symmetric"'  # a reserved word in SQL, hence quoted
EXPORT_FORMATS = ("parquet", "csv", "jsonl")


def event_where(filters: dict) -> tuple[str, list]:
    """WHERE clause and parameters for the event filters (unknown filter -> OptionError)."""
    unknown = set(filters) - set(EVENT_FILTERS)
    if unknown:
        raise OptionError("E050", option=", ".join(sorted(unknown)), reason="unknown event filter")
    where, params = ["TRUE"], []
    source, target = filters.get("source"), filters.get("target")
    if source and target:
        where.append(f"(({_actor_sql('e.source')} AND {_actor_sql('e.target')}) OR "
                     f"({SYMMETRIC} AND {_actor_sql('e.source')} AND {_actor_sql('e.target')}))")
        params += [*_actor_params(source), *_actor_params(target),
                   *_actor_params(target), *_actor_params(source)]
    elif source or target:
        side, other, value = ("e.source", "e.target", source) if source else ("e.target", "e.source", target)
        where.append(f"({_actor_sql(side)} OR ({SYMMETRIC} AND {_actor_sql(other)}))")
        params += [*_actor_params(value), *_actor_params(value)]
    if filters.get("type"):
        types = [t.strip().upper() for t in str(filters["type"]).split(",") if t.strip()]
        where.append("e.event_type IN (SELECT unnest(?))")
        params.append(types)
    if filters.get("modality"):
        modes = [m.strip().lower() for m in str(filters["modality"]).split(",") if m.strip()]
        where.append("e.modality IN (SELECT unnest(?))")
        params.append(modes)
    if filters.get("since"):
        where.append("e.event_day >= ?")
        params.append(period_start(filters["since"]))
    if filters.get("until"):
        where.append("e.event_day <= ?")
        params.append(period_end(filters["until"]))
    if filters.get("place"):
        where.append("(e.place_name ILIKE ? ESCAPE '\\' OR e.place_country = ?)")
        params += [_like(filters["place"]), str(filters["place"]).upper()]
    if filters.get("text"):
        where.append("e.record ILIKE ? ESCAPE '\\'")
        params.append(f"%{_like(filters['text'])}%")
    for column in ("doc_id", "instance_id"):
        if filters.get(column):
            where.append(f"e.{column} = ?")
            params.append(filters[column])
    return " AND ".join(where), params


def _actor_sql(side: str) -> str:
    """An actor filter matches the country, the code (or its prefix) or the entity name."""
    return (f"({side}_country = ? OR {side}_code = ? OR starts_with({side}_code, ?) "
            f"OR lower({side}_entity) = lower(?))")


def _actor_params(value: str) -> list[str]:
    return [value.upper(), value.upper(), value.upper(), value]


def _like(text: str) -> str:
    """User text with ILIKE's wildcards escaped, so that they match themselves (ESCAPE '\\')."""
    return str(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _limit(limit: int) -> int:
    limit = int(limit)
    if limit < 0 or limit > 1_000_000:
        raise OptionError("E050", option="limit", reason="must be between 0 and 1000000")
    return limit


def _offset(offset: int) -> int:
    offset = int(offset)
    if offset < 0:
        raise OptionError("E050", option="offset", reason="must not be negative")
    return offset


def _quote_path(path: str | Path) -> str:
    return str(path).replace("'", "''")


def period_start(value: str | dt.date) -> dt.date:
    """First day of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
    return _period(value)[0]


def period_end(value: str | dt.date) -> dt.date:
    """Last day of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
    return _period(value)[1]


def _period(value: str | dt.date) -> tuple[dt.date, dt.date]:
    if isinstance(value, dt.date):
        return value, value
    text = str(value).strip()
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
    except ValueError:
        pass
    raise OptionError("E050", option="date", reason=f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


def rename_document(coded: CodedDocument, doc_id: str) -> CodedDocument:
    """The coded document under another doc_id (its events re-identified accordingly)."""
    document: Document = coded.document.model_copy(update={"doc_id": doc_id})
    events = [e.model_copy(update={"doc_id": doc_id}).assign_id() for e in coded.events]
    return CodedDocument(document=document, events=events, mentions=coded.mentions)


def _setting(value: str) -> str:
    """A memory size for a SET statement (DuckDB takes no parameters there)."""
    if not all(c.isalnum() or c in " ." for c in value):
        raise OptionError("E050", option="memory_limit", reason=f"{value!r} is not a size like 32MB")
    return value


def unique_doc_id(document: Document, taken: dict[str, str]) -> str:
    """A doc_id not in ``taken``: the original with a short content hash appended."""
    base = f"{document.doc_id}~{document.content_hash[:8]}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _event_filters(where: list, params: list, modality: Optional[str], since: Optional[str],
                   until: Optional[str]) -> None:
    """The modality and period conditions shared by the dyad and network queries."""
    if modality:
        where.append("e.modality = ?")
        params.append(modality)
    if since:
        where.append("e.event_day >= ?")
        params.append(period_start(since))
    if until:
        where.append("e.event_day <= ?")
        params.append(period_end(until))
