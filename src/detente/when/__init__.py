"""When stage: absolute event dates from the text, relative to the document date.

``date_events`` dates every event from the date expressions of its sentence (the one nearest
its trigger in the parse when there are several), else from the narrative it continues, else
the document date; runs the dateline check; and re-resolves each event's actors at its date.
See docs/dates-and-places.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Optional

from ..model import Document, Event, EventDate, Mention
from ..nlp import tree_distance
from .dateline import dateline_findings, dateline_message, dateline_window
from .expressions import (NEEDS_BASE, Anchor, Expression, ImpossibleDate, entity_expression,
                          find_expressions, resolve, resolve_text)
from .words import FUTURE_AUX, FUTURE_VERBS

__all__ = ["date_events", "resolve_text", "sentence_expressions"]

# Precisions a later sentence may inherit: a period ("over the past year") frames a story
# rather than dating its next sentence.
_NARRATIVE = frozenset({"day", "month", "year"})
# Clauses whose dates are their own: relative, adverbial and participial clauses.
_SUBORDINATE = frozenset({"relcl", "advcl", "acl"})
_STAMP = re.compile(r"(?i)\b(?:updated|published|posted|last\s+modified|modified)\b[^\n]{0,40}")


def date_events(document: Document, sdoc, events: list[Event],
                mentions: list[Mention]) -> list[Event]:
    """Events with date/date_end/date_precision/date_text set and actors resolved at that date."""
    window = _dateline(document, sdoc, mentions)
    spans = _sentence_spans(document, sdoc)
    exprs = sentence_expressions(document, sdoc, spans)
    base = _writing_date(document, exprs, window)
    resolved = _Resolver(document, base, window)
    carried = _carried_dates(document, spans, exprs, resolved)
    dated = []
    for event in events:
        index = _sentence_of(event, spans)
        when, inherited = _event_date(event, sdoc, exprs[index] if index is not None else [],
                                      carried[index] if index is not None else None, resolved)
        if when is None:
            # With a dateline window the stamp is known to be wrong: the story's estimated
            # writing date stands in for it.
            when = EventDate(date=base if window else document.date, precision="document")
        update = dict(date=when.date, date_end=when.end, date_precision=when.precision,
                      date_text=when.text, **_actors_at(event, when, document, window))
        if inherited:
            update["explanation"] = (event.explanation + "; " if event.explanation else "") + \
                f"date {when.text!r} from an earlier sentence of the paragraph"
        dated.append(event.model_copy(update=update))
    return dated


# --- sentences and their expressions ---------------------------------------------------------

def _sentence_spans(document: Document, sdoc) -> list[tuple[int, int]]:
    if document.sentences:
        return [s.span for s in document.sentences]
    if sdoc is not None:
        return [(s.start_char, s.end_char) for s in sdoc.sents]
    return [(0, len(document.text))]


def _stamp_spans(document: Document) -> list[tuple[int, int]]:
    """Where the page's own date stamp is: its dates are the document's, not an event's."""
    spans = [m.span() for m in _STAMP.finditer(document.text[:2000])]
    if document.date_text:
        at = document.text.find(document.date_text)
        if at >= 0:
            spans.append((at, at + len(document.date_text)))
    return spans


def sentence_expressions(document: Document, sdoc,
                         spans: list[tuple[int, int]]) -> list[list[Expression]]:
    """The date expressions of each sentence: the rules' finds plus spaCy DATE entities the
    rules missed (those are read by dateparser), minus the page's date stamp."""
    stamps = _stamp_spans(document)
    starts = [s for s, _ in spans]
    out: list[list[Expression]] = []
    for start, end in spans:
        found = find_expressions(document.text[start:end], start)
        out.append([x for x in found if not _inside(x.start, x.end, stamps)])
    for ent in (sdoc.ents if sdoc is not None else ()):
        if ent.label_ != "DATE":
            continue
        i = bisect.bisect_right(starts, ent.start_char) - 1
        if i < 0 or _inside(ent.start_char, ent.end_char, stamps):
            continue
        if any(x.start < ent.end_char and ent.start_char < x.end for x in out[i]):
            continue
        extra = entity_expression(ent.text, ent.start_char)
        if extra:
            out[i].append(extra)
            out[i].sort(key=lambda x: x.start)
    return out


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _sentence_of(event: Event, spans: list[tuple[int, int]]) -> Optional[int]:
    starts = [s for s, _ in spans]
    i = bisect.bisect_right(starts, event.trigger.span[0]) - 1
    if i < 0:
        i = bisect.bisect_right(starts, event.span[0]) - 1
    return i if i >= 0 else None


# --- resolution --------------------------------------------------------------------------------

class _Resolver:
    """Resolves expressions once per (expression, tense); records impossible dates as warnings."""

    def __init__(self, document: Document, base: Optional[dt.date],
                 window: Optional[tuple[dt.date, dt.date]]) -> None:
        self.document = document
        self.base = base
        self.window = window
        self._cache: dict[tuple[Expression, bool], Optional[EventDate]] = {}
        self._warned: set[Expression] = set()

    def __call__(self, expr: Expression, future: bool = False) -> Optional[EventDate]:
        key = (expr, future)
        if key not in self._cache:
            try:
                self._cache[key] = resolve(expr, Anchor(self.base, self.window, future))
            except ImpossibleDate as exc:
                self._cache[key] = EventDate(date=None, precision="document", text=expr.text)
                if expr not in self._warned:
                    self._warned.add(expr)
                    self.document.warn("impossible-date",
                                       f"{expr.text!r} at {expr.start}: no such date ({exc}); "
                                       "events dated by it are left undated")
        return self._cache[key]


def _writing_date(document: Document, exprs: list[list[Expression]],
                  window: Optional[tuple[dt.date, dt.date]]) -> Optional[dt.date]:
    """The date relative expressions count from: the document date, or inside a dateline
    window the latest calendar date the story gives (it was written after it)."""
    if window is None:
        return document.date
    first, last = window
    latest = None
    for expr in (x for sentence in exprs for x in sentence if x.kind not in NEEDS_BASE):
        try:
            when = resolve(expr, Anchor(None, window))
        except ImpossibleDate:
            continue
        day = when and (when.end or when.date)
        if day and first <= day <= last and when.precision == "day":
            latest = max(latest or day, day)
    if latest:
        return latest
    stamp = document.date
    try:
        shifted = stamp.replace(year=last.year)
    except ValueError:  # 29 February
        shifted = stamp.replace(year=last.year, day=28)
    return min(shifted, last)


def _paragraph_breaks(text: str) -> list[int]:
    pattern = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n"
    return [m.start() for m in re.finditer(pattern, text)]


def _carried_dates(document: Document, spans: list[tuple[int, int]],
                   exprs: list[list[Expression]], resolved: _Resolver) -> list[Optional[EventDate]]:
    """For each sentence, the date the story carries into it from the previous sentences of
    its paragraph: the one date the last dated sentence set; None where that is not clear."""
    breaks = _paragraph_breaks(document.text)
    carried: list[Optional[EventDate]] = []
    current: Optional[EventDate] = None
    for i, (start, _) in enumerate(spans):
        # A sentence's span may take the blank line after it: compare from its last word.
        previous_end = spans[i - 1][0] + len(document.text[slice(*spans[i - 1])].rstrip()) \
            if i else None
        same_paragraph = previous_end is not None and \
            bisect.bisect_left(breaks, previous_end) == bisect.bisect_left(breaks, start)
        if not same_paragraph:
            current = None
        carried.append(current)
        if exprs[i]:
            dates = {(w.date, w.end, w.precision): w for w in map(resolved, exprs[i])
                     if w is not None and w.date is not None and w.precision in _NARRATIVE}
            current = next(iter(dates.values())) if len(dates) == 1 else None
            # A date still to come ("talks resume next week") does not date what follows.
            if current is not None and resolved.base and current.date > resolved.base:
                current = None
    return carried


def _event_date(event: Event, sdoc, exprs: list[Expression], narrative: Optional[EventDate],
                resolved: _Resolver) -> tuple[Optional[EventDate], bool]:
    """The event's date and whether it came from an earlier sentence."""
    own = [x for x in exprs if not _in_other_clause(event, sdoc, x)]
    if not own:
        return narrative, narrative is not None
    future = _is_future(event, sdoc)
    expr = own[0] if len(own) == 1 else _nearest(event, sdoc, own)
    return resolved(expr, future), False


def _in_other_clause(event: Event, sdoc, expr: Expression) -> bool:
    """Whether the expression dates another clause that does not hold the trigger
    ("X, who was elected in 2010, met Y": 2010 is not when they met)."""
    trigger = _token_at(sdoc, *event.trigger.span)
    token = _phrase_token(sdoc, expr.start, expr.end)
    if trigger is None or token is None or trigger.sent != token.sent:
        return False
    clause, own = _clause_head(token), _clause_head(trigger)
    if clause == own or clause.is_ancestor(own) or clause.dep_ not in _SUBORDINATE:
        return False
    return not clause.is_ancestor(trigger)


def _token_at(sdoc, start: int, end: int):
    if sdoc is None:
        return None
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None



def _phrase_token(sdoc, start: int, end: int):
    """The head of a phrase's content: "June" of "on 7-8 June", not the preposition."""
    token = _token_at(sdoc, start, end)
    if token is not None and token.dep_ == "prep":
        objects = [c for c in token.children if c.dep_ == "pobj" and start <= c.idx < end]
        token = objects[0] if objects else token
    return token


def _clause_head(token):
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _nearest(event: Event, sdoc, exprs: list[Expression]) -> Expression:
    """The expression in the trigger's clause; else the nearest in the parse, then the text."""
    trigger = _token_at(sdoc, *event.trigger.span)
    clause = _clause_head(trigger) if trigger is not None else None
    middle = sum(event.trigger.span) / 2

    def distance(expr: Expression) -> tuple[int, int, float]:
        token = _phrase_token(sdoc, expr.start, expr.end)
        by_char = abs((expr.start + expr.end) / 2 - middle)
        if trigger is None or token is None:
            return 0, 0, by_char
        outside = 0 if token == clause or clause.is_ancestor(token) else 1
        return outside, tree_distance(trigger, token), by_char

    return min(exprs, key=distance)


def _is_future(event: Event, sdoc) -> bool:
    """Whether the tense puts the event after the writing date ("will meet on Tuesday",
    "plans to visit", "is to sign", "a summit will open")."""
    if event.modality == "future":
        return True
    token = _token_at(sdoc, *event.trigger.span)
    if token is not None and token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
    for _ in range(3):
        if token is None:
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in token.children):
            return True
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        head = token.head
        if head.lemma_ in FUTURE_VERBS or (head.lemma_ == "go" and head.tag_ == "VBG") or \
                (head.lemma_ == "be" and any(c.lower_ == "to" for c in token.children)):
            return True
        token = head
    return False


# --- dateline and actors -------------------------------------------------------------------

def _dateline(document: Document, sdoc,
              mentions: list[Mention]) -> Optional[tuple[dt.date, dt.date]]:
    findings = dateline_findings(document, mentions, sdoc)
    window = dateline_window(findings)
    if window is None:
        return None
    document.dateline_range = (window[0].year, window[1].year)
    message = dateline_message(document, findings, window)
    if not any(w.code == "dateline" and w.message == message for w in document.warnings):
        document.warn("dateline", message)
    return window


def _actors_at(event: Event, when: EventDate, document: Document,
               window: Optional[tuple[dt.date, dt.date]]) -> dict[str, Mention]:
    """The event's actors as they were on its date (inside the dateline window when the
    event only has the untrusted stamp)."""
    if when.date is not None:
        day = when.date
    else:
        day = window[1] if window else document.date
    return {name: getattr(event, name).resolve_at(day)
            for name in ("source", "target", "reporter") if getattr(event, name) is not None}
