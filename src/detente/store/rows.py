"""Coded documents as table rows (and Arrow tables), the one shape both the local writer and the
Parquet partitions written by cluster workers use."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Iterable, Optional

import pyarrow as pa

from ..model import CodedDocument, Event, Mention

_S, _I, _F, _B, _D, _T = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.date32(), pa.timestamp("us")

ARROW_SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", _S), ("content_hash", _S), ("title", _S), ("author", _S), ("source", _S),
        ("url", _S), ("path", _S), ("date", _D), ("date_text", _S), ("date_origin", _S),
        ("dateline_start", _I), ("dateline_end", _I), ("duplicate_of", _S), ("text", _S),
        ("n_sentences", _I), ("n_events", _I), ("n_mentions", _I), ("n_warnings", _I),
        ("ingested_at", _T)]),
    "sentences": pa.schema([("doc_id", _S), ("idx", _I), ("start_char", _I), ("end_char", _I),
                            ("text", _S)]),
    "mentions": pa.schema([("doc_id", _S), ("idx", _I), ("start_char", _I), ("end_char", _I),
                           ("text", _S), ("code", _S), ("country", _S), ("sector", _S),
                           ("entity", _S), ("kind", _S), ("confidence", _F)]),
    "events": pa.schema([
        ("event_id", _S), ("doc_id", _S), ("instance_id", _S), ("sentence_index", _I),
        ("sentence_start", _I), ("sentence_end", _I), ("trigger_text", _S), ("trigger_start", _I),
        ("trigger_end", _I), ("event_type", _S), ("mode", _S), ("cameo", _S), ("intensity", _F),
        ("source_text", _S), ("source_code", _S), ("source_country", _S), ("source_sector", _S),
        ("source_entity", _S), ("target_text", _S), ("target_code", _S), ("target_country", _S),
        ("target_sector", _S), ("target_entity", _S), ("reporter_code", _S), ("symmetric", _B),
        ("doc_date", _D), ("date", _D), ("date_end", _D), ("date_precision", _S), ("date_text", _S),
        ("event_day", _D), ("place_name", _S), ("place_country", _S), ("lat", _F), ("lon", _F),
        ("modality", _S), ("confidence", _F), ("pattern", _S), ("record", _S)]),
    "warnings": pa.schema([("doc_id", _S), ("idx", _I), ("code", _S), ("message", _S)]),
}


def instance_key(event: Event) -> str:
    """Id of the real event a mention reports: same dyad, type, day, place and modality.

    Symmetric events ("A and B met") are keyed on the sorted pair so that "B and A met" in
    another story lands on the same instance.
    """
    source, target = _actor_key(event.source), _actor_key(event.target)
    if event.symmetric:
        source, target = sorted((source, target))
    day = event.date or event.doc_date
    place = event.location
    key = "|".join((source, target, event.event_type, str(day or ""),
                    (place.country or "") + "/" + place.name.lower() if place else "",
                    event.modality, "sym" if event.symmetric else ""))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _actor_key(mention: Optional[Mention]) -> str:
    if mention is None:
        return ""
    return mention.code or mention.country or mention.text.lower()


def unique_event_ids(events: list[Event]) -> list[Event]:
    """Events whose ids are unique within the document (a coder may yield two with one key)."""
    seen: set[str] = set()
    out = []
    for event in events:
        if not event.event_id:
            event.assign_id()
        base, n = event.event_id, 1
        while event.event_id in seen:
            n += 1
            event.event_id = f"{base}-{n}"
        seen.add(event.event_id)
        out.append(event)
    return out


def document_rows(coded: CodedDocument, now: Optional[dt.datetime] = None) -> dict[str, list[dict]]:
    """Rows of every table for one coded document."""
    doc = coded.document
    events = unique_event_ids(list(coded.events))
    doc_id = doc.doc_id
    line = doc.dateline_range or (None, None)
    rows: dict[str, list[dict]] = {
        "documents": [dict(
            doc_id=doc_id, content_hash=doc.content_hash, title=doc.title, author=doc.author,
            source=doc.source, url=doc.url, path=doc.path, date=doc.date, date_text=doc.date_text,
            date_origin=doc.date_origin, dateline_start=line[0], dateline_end=line[1],
            duplicate_of=doc.duplicate_of, text=doc.text, n_sentences=len(doc.sentences),
            n_events=len(events), n_mentions=len(coded.mentions), n_warnings=len(doc.warnings),
            ingested_at=now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))],
        "sentences": [dict(doc_id=doc_id, idx=s.index, start_char=s.span[0], end_char=s.span[1],
                           text=s.text) for s in doc.sentences],
        "mentions": [dict(doc_id=doc_id, idx=i, start_char=m.span[0], end_char=m.span[1],
                          text=m.text, code=m.code, country=m.country, sector=m.sector,
                          entity=m.entity, kind=m.kind, confidence=m.confidence)
                     for i, m in enumerate(coded.mentions)],
        "events": [event_row(e) for e in events],
        "warnings": [dict(doc_id=doc_id, idx=i, code=w.code, message=w.message)
                     for i, w in enumerate(doc.warnings)],
    }
    return rows


def event_row(event: Event) -> dict:
    src, tgt, place = event.source, event.target, event.location
    return dict(
        event_id=event.event_id, doc_id=event.doc_id, instance_id=instance_key(event),
        sentence_index=event.sentence_index, sentence_start=event.span[0],
        sentence_end=event.span[1], trigger_text=event.trigger.text,
        trigger_start=event.trigger.span[0], trigger_end=event.trigger.span[1],
        event_type=event.event_type, mode=event.mode, cameo=event.cameo, intensity=event.intensity,
        source_text=src and src.text, source_code=src and src.code,
        source_country=src and src.country, source_sector=src and src.sector,
        source_entity=src and src.entity,
        target_text=tgt and tgt.text, target_code=tgt and tgt.code,
        target_country=tgt and tgt.country, target_sector=tgt and tgt.sector,
        target_entity=tgt and tgt.entity,
        reporter_code=event.reporter.code if event.reporter else None,
        symmetric=event.symmetric, doc_date=event.doc_date, date=event.date,
        date_end=event.date_end, date_precision=event.date_precision, date_text=event.date_text,
        event_day=event.date or event.doc_date,
        place_name=place and place.name, place_country=place and place.country,
        lat=place and place.lat, lon=place and place.lon,
        modality=event.modality, confidence=event.confidence, pattern=event.pattern,
        record=json.dumps(event.to_record(), ensure_ascii=False, sort_keys=False))


def merge_rows(batches: Iterable[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {t: [] for t in ARROW_SCHEMAS}
    for rows in batches:
        for table, items in rows.items():
            out[table].extend(items)
    return out


def arrow_tables(rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    return {t: pa.Table.from_pylist(rows.get(t, []), schema=ARROW_SCHEMAS[t]) for t in ARROW_SCHEMAS}


def coded_tables(coded: Iterable[CodedDocument]) -> dict[str, pa.Table]:
    """Arrow tables (one per store table) of coded documents: what workers hand to the store."""
    return arrow_tables(merge_rows(document_rows(c) for c in coded))


def concat_tables(parts: list[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    return {t: pa.concat_tables([p[t] for p in parts]) for t in ARROW_SCHEMAS}
