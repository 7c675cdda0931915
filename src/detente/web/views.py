"""Store records turned into what the pages show: quad classes, highlight marks, pagers."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Optional
from urllib.parse import urlencode

from ..actors.kb import load_kb
from ..analysis.quads import load_quads
from ..model import PLOVER_TYPES
from .highlight import Mark

# quad class of detente.analysis -> (CSS class, label); the order is the legend's
QUADS = {"verbal_cooperation": ("vcoop", "verbal cooperation"),
         "material_cooperation": ("mcoop", "material cooperation"),
         "verbal_conflict": ("vconf", "verbal conflict"),
         "material_conflict": ("mconf", "material conflict")}
MODALITIES = ("asserted", "negated", "hypothetical", "future", "denied", "failed")


def template_globals() -> dict:
    """Functions the templates call: the quad class of an event type, for badges."""
    quads = load_quads()

    def quad_class(event_type: str) -> str:
        return QUADS[quads[event_type]][0] if event_type in quads else "none"

    def quad_name(event_type: str) -> str:
        return QUADS[quads[event_type]][1] if event_type in quads else "unknown type"

    return {"quad_class": quad_class, "quad_name": quad_name,
            "event_types": list(PLOVER_TYPES), "modalities": MODALITIES}


def actor_name(code: str) -> str:
    """A readable name for an actor code: 'Belarus · government' for BLRGOV."""
    kb = load_kb()
    code = code.upper()
    if code in kb.countries or not code[:3] in kb.countries:
        return kb.name_of(code)
    sector = code[3:]
    return f"{kb.name_of(code[:3])} · {kb.sectors.get(sector, sector)}"


def document_marks(doc: dict) -> list[Mark]:
    """Highlights of a stored document: every actor mention and every event's trigger."""
    marks = [Mark(m["start_char"], m["end_char"], "actor", _mention_label(m))
             for m in doc.get("mentions", [])]
    for event in doc.get("events", []):
        trigger = event.get("trigger") or {}
        span = trigger.get("span") or ()
        if len(span) == 2:
            label = f"{event.get('event_type')}: {_code(event.get('source'))} → {_code(event.get('target'))}"
            marks.append(Mark(span[0], span[1], "trigger", label, f"ev-{event.get('event_id')}"))
        for side in ("source", "target"):
            mention = event.get(side) or {}
            mspan = mention.get("span") or ()
            if len(mspan) == 2:
                marks.append(Mark(mspan[0], mspan[1], "actor", _mention_label(mention)))
    return marks


def _mention_label(mention: dict) -> str:
    parts = [mention.get("code") or "unresolved", mention.get("entity")]
    return " · ".join(p for p in parts if p)


def _code(mention: Optional[dict]) -> str:
    return (mention or {}).get("code") or "?"


def snippet(text: str, query: str, width: int = 90) -> str:
    """``text`` around the first match of ``query``, escaped, the match in <mark>."""
    at = text.lower().find(query.lower())
    if at < 0:
        return escape(text[: 2 * width])
    start, end = max(0, at - width), min(len(text), at + len(query) + width)
    return ("…" if start else "") + escape(text[start:at]) + \
        f'<mark class="hl hl-trigger">{escape(text[at:at + len(query)])}</mark>' + \
        escape(text[at + len(query):end]) + ("…" if end < len(text) else "")


@dataclass
class Page:
    """Where a listing is: its range, the total when known, links to neighbours."""

    first: int
    last: int
    total: Optional[int]
    prev: Optional[str]
    next: Optional[str]


def page_of(path: str, params: dict, offset: int, limit: int, shown: int,
            total: Optional[int] = None) -> Page:
    kept = {k: v for k, v in params.items() if v not in (None, "") and k != "offset"}

    def link(at: int) -> str:
        return path + "?" + urlencode({**kept, "offset": at})

    more = (offset + shown < total) if total is not None else shown == limit
    return Page(first=offset + 1 if shown else 0, last=offset + shown, total=total,
                prev=link(max(0, offset - limit)) if offset > 0 else None,
                next=link(offset + limit) if more else None)
