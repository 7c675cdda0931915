"""Integrity check of a store: every problem one line, so a user (or a kill -9 loop) can act on it."""

from __future__ import annotations

import duckdb

# (what is wrong, SQL counting the offending rows, SQL listing a few of them)
CHECKS: list[tuple[str, str]] = [
    ("event whose document is missing",
     "SELECT e.event_id FROM events e LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL"),
    ("sentence whose document is missing",
     "SELECT s.doc_id || '#' || s.idx FROM sentences s LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL"),
    ("mention whose document is missing",
     "SELECT m.doc_id || '#' || m.idx FROM mentions m LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL"),
    ("warning whose document is missing",
     "SELECT w.doc_id || '#' || w.idx FROM warnings w LEFT JOIN documents d USING (doc_id) WHERE d.doc_id IS NULL"),
    ("content hash stored twice",
     "SELECT content_hash FROM documents GROUP BY content_hash HAVING count(*) > 1"),
    ("event id stored twice",
     "SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1"),
    ("duplicate_of names a missing document",
     "SELECT d.doc_id FROM documents d LEFT JOIN documents o ON d.duplicate_of = o.doc_id "
     "WHERE d.duplicate_of IS NOT NULL AND o.doc_id IS NULL"),
    ("sentence span outside the text or not matching it",
     "SELECT s.doc_id || '#' || s.idx FROM sentences s JOIN documents d USING (doc_id) "
     "WHERE s.start_char < 0 OR s.end_char > length(d.text) OR s.start_char > s.end_char "
     "OR substring(d.text, s.start_char + 1, s.end_char - s.start_char) <> s.text"),
    ("mention span outside the text",
     "SELECT m.doc_id || '#' || m.idx FROM mentions m JOIN documents d USING (doc_id) "
     "WHERE m.start_char < 0 OR m.end_char > length(d.text) OR m.start_char > m.end_char"),
    ("event span outside the text",
     "SELECT e.event_id FROM events e JOIN documents d USING (doc_id) "
     "WHERE e.sentence_start < 0 OR e.sentence_end > length(d.text) OR e.sentence_start > e.sentence_end "
     "OR e.trigger_start < 0 OR e.trigger_end > length(d.text) OR e.trigger_start > e.trigger_end"),
    ("event trigger text does not match its span",
     "SELECT e.event_id FROM events e JOIN documents d USING (doc_id) "
     "WHERE substring(d.text, e.trigger_start + 1, e.trigger_end - e.trigger_start) <> e.trigger_text"),
    ("document's sentence count differs from its sentences",
     "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) n FROM sentences GROUP BY doc_id) s "
     "USING (doc_id) WHERE d.n_sentences <> coalesce(s.n, 0)"),
    ("document's event count differs from its events",
     "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) n FROM events GROUP BY doc_id) e "
     "USING (doc_id) WHERE d.n_events <> coalesce(e.n, 0)"),
    ("document's mention count differs from its mentions",
     "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) n FROM mentions GROUP BY doc_id) m "
     "USING (doc_id) WHERE d.n_mentions <> coalesce(m.n, 0)"),
    ("document's warning count differs from its warnings",
     "SELECT d.doc_id FROM documents d LEFT JOIN (SELECT doc_id, count(*) n FROM warnings GROUP BY doc_id) w "
     "USING (doc_id) WHERE d.n_warnings <> coalesce(w.n, 0)"),
    ("event record does not agree with its columns",
     "SELECT event_id FROM events WHERE json_extract_string(record, '$.event_id') <> event_id "
     "OR json_extract_string(record, '$.doc_id') <> doc_id "
     "OR json_extract_string(record, '$.event_type') <> event_type"),
]


def integrity_problems(cur: duckdb.DuckDBPyConnection, examples: int = 3) -> list[str]:
    """One line per kind of problem found: what, how many, and a few offending keys."""
    problems = []
    for what, sql in CHECKS:
        rows = cur.execute(f"SELECT * FROM ({sql}) LIMIT {examples + 1}").fetchall()
        if not rows:
            continue
        n = cur.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
        shown = ", ".join(str(r[0]) for r in rows[:examples])
        problems.append(f"{n} × {what} (e.g. {shown})")
    return problems
