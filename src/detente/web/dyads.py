"""What the dyad explorer, the overview and the actor page show, computed from store reads.

No SQL here: the store answers, this module folds its rows into what a page or an endpoint
returns (undirected dyads, an actor's roles seen over time, a dyad's series with links).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Callable, Optional

from ..actors.kb import load_kb
from ..analysis import QUADS, dyad_series
from ..analysis.dyad import next_period
from ..store import Store
from .errors import WebError


def active_dyads(store: Store, *, since: Optional[str] = None, until: Optional[str] = None,
                 limit: int = 10) -> list[dict]:
    """Pairs of countries with most events in either direction, cooperation and conflict apart."""
    pairs: dict[tuple[str, str], dict] = {}
    for edge in store.network_rows(since=since, until=until, level="country"):
        a, b = sorted((edge["source"], edge["target"]))
        row = pairs.setdefault((a, b), {"a": a, "b": b, "events": 0, "cooperation": 0, "conflict": 0})
        row["events"] += edge["n_events"]
        row["cooperation"] += int(edge["n_cooperative"] or 0)
        row["conflict"] += int(edge["n_conflictual"] or 0)
    ranked = sorted(pairs.values(), key=lambda r: (-r["events"], r["a"], r["b"]))
    return ranked[:limit]


def actor_table(store: Store) -> dict[str, dict]:
    """Every actor the store knows, by upper-case code (a server caches this per database state)."""
    return {row["code"].upper(): row for row in store.actors(limit=1_000_000) if row.get("code")}


def find_actor(store: Store, code: str, known: Optional[dict[str, dict]] = None) -> dict:
    """The store's summary of the actor ``code`` (exact, case-insensitive); 404 when unseen."""
    wanted = code.upper()
    if known is not None and wanted in known:
        return known[wanted]
    for row in ([] if known is not None else store.actors(query=code, limit=500)):
        if (row.get("code") or "").upper() == wanted:
            return row
    if len(wanted) == 3 and store.count_events(source=wanted) + store.count_events(target=wanted):
        return {"code": wanted, "country": wanted, "sector": None, "entity": None,
                "n_mentions": None, "n_documents": None,
                "n_events": store.count_events(source=wanted, modality=None) +
                store.count_events(target=wanted, modality=None)}
    raise WebError("E071", kind="actor", id=code)


def actor_records(store: Store, code: str, limit: int = 2000) -> list[dict]:
    """Events (every modality) with ``code`` as source or as target, each once."""
    found: dict[str, dict] = {}
    for side in ("source", "target"):
        for event in store.events(limit=limit, **{side: code}):
            found.setdefault(event["event_id"], event)
    return list(found.values())


def roles_seen(code: str, records: list[dict]) -> list[dict]:
    """Who acted as ``code`` (or under it) and when: one row per entity and exact code, with
    the first and last event day: the actor's roles over time as the corpus shows them."""
    spans: dict[tuple[str, str], dict] = {}
    for event in records:
        day = _day(event.get("date") or event.get("doc_date"))
        for side in ("source", "target"):
            mention = event.get(side) or {}
            entity, exact = mention.get("entity"), mention.get("code")
            if not entity or not exact or not exact.upper().startswith(code.upper()):
                continue
            span = spans.setdefault((entity, exact), {"entity": entity, "code": exact, "title": None,
                                                      "start": day, "end": day, "events": 0})
            span["events"] += 1
            if day:
                span["start"] = min(filter(None, (span["start"], day)))
                span["end"] = max(filter(None, (span["end"], day)))
    return sorted(spans.values(), key=lambda r: (r["start"] or dt.date.max, r["entity"]))


def _day(value) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    except ValueError:
        return None


def partners(store: Store, code: str, limit: int = 12, edges: Optional[list[dict]] = None) -> list[dict]:
    """Actors ``code`` has events with, in either direction, most events first (``edges``:
    the store's network rows at the right level, when the caller has them already)."""
    level = "country" if len(code) == 3 else "code"
    counts: dict[str, int] = defaultdict(int)
    for edge in edges if edges is not None else store.network_rows(level=level):
        if edge["source"] == code:
            counts[edge["target"]] += edge["n_events"]
        elif edge["target"] == code:
            counts[edge["source"]] += edge["n_events"]
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [{"code": c, "events": n} for c, n in ranked]


def actor_events(records: list[dict], limit: int = 200) -> list[dict]:
    """The asserted ones among an actor's event records, newest first."""
    asserted = [e for e in records if e.get("modality") == "asserted"]
    ranked = sorted(asserted, key=lambda e: (e.get("date") or e.get("doc_date") or "", e["event_id"]),
                    reverse=True)
    return ranked[:limit]


def offices_held(entities: list[str], limit: int = 12) -> list[dict]:
    """Every dated office the actor knowledge base records for these people, oldest first."""
    kb = load_kb()
    rows = []
    for name in list(dict.fromkeys(entities))[:limit]:
        person = kb.people.get(name)
        for role in (person.roles if person else ()):
            rows.append({"entity": name, "title": role.title, "code": role.code,
                         "start": role.start, "end": role.end})
    return sorted(rows, key=lambda r: (r["entity"], r["start"] or dt.date.min))


def actor_profile(store: Store, code: str, *, known: Optional[dict[str, dict]] = None,
                  edges: Optional[Callable[[str], list[dict]]] = None) -> dict:
    """Summary, the people seen acting as the actor with the offices the knowledge base dates
    for them, partners, and its event ``records`` (the API leaves those to /api/events)."""
    actor = find_actor(store, code, known)
    records = actor_records(store, actor["code"])
    seen = roles_seen(actor["code"], records)
    level = "country" if len(actor["code"]) == 3 else "code"
    return {**actor, "roles": seen, "offices": offices_held([r["entity"] for r in seen]),
            "partners": partners(store, actor["code"], edges=edges(level) if edges else None),
            "records": records}


MAX_PAGE_PERIODS = 1000
"""A dyad page draws at most this many periods; longer ranges should use a longer period."""


def dyad_report(store: Store, a: str, b: str, *, by: str = "month", since: Optional[str] = None,
                until: Optional[str] = None) -> dict:
    """The dyad series of ``detente.analysis`` with each period's first and last day, the
    counts grouped per quad class, and the trend with a direction for the page's arrow."""
    series = dyad_series(store, a, b, by=by, since=since, until=until).as_dict()
    for row in series["rows"]:
        start = dt.date.fromisoformat(row["start"])
        row["end"] = (next_period(start, by) - dt.timedelta(days=1)).isoformat()
    trend = series["trend"]
    trend["direction"] = ("up" if (trend["low"] or 0) > 0 else
                          "down" if (trend["high"] or 0) < 0 else "flat")
    return series


def period_rows(series: dict) -> list[dict]:
    """Rows for the page's table and chart: quad counts apart, net, intensity, total."""
    return [{"period": r["period"], "start": r["start"], "end": r["end"],
             "counts": {q: r[q] for q in QUADS}, "net": r["net_cooperation"],
             "intensity": r["intensity"], "total": r["events"]} for r in series["rows"]]


def period_events(store: Store, a: str, b: str, row: dict, limit: int = 500) -> list[dict]:
    """Asserted events between ``a`` and ``b`` in either direction within one period."""
    found: dict[str, dict] = {}
    for source, target in ((a, b), (b, a)):
        for event in store.events(source=source, target=target, modality="asserted",
                                  since=row["start"], until=row["end"], limit=limit):
            found.setdefault(event["event_id"], event)
    return sorted(found.values(), key=lambda e: (e.get("date") or e.get("doc_date") or "", e["event_id"]))
