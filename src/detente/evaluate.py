"""Scoring detente against a gold file: precision, recall and F1 for event types, for
(source country, type, target country) triples, and accuracy of actor codes.

The gold format and every matching rule are written down in docs/gold-format.md.  Use:

    report = evaluate("gold.jsonl", Pipeline())
    report.to_dict()

``read_gold`` yields records and, for bad lines, ``InputError`` values (the run goes on);
``score_record`` scores one record's asserted events and can be used without a pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

import pycountry

from .errors import InputError
from .model import PLOVER_TYPES, Document, Event, Mention

# Codes older CAMEO dictionaries use where ISO-3166 alpha-3 differs.
LEGACY_COUNTRY_CODES = {
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
    "VTN": "VNM",  # Vietnam
    "ROM": "ROU",  # Romania
    "ZAR": "COD",  # Zaire -> DR Congo
    "TMP": "TLS",  # East Timor
}
UNKNOWN_COUNTRY = "---"
"""An actor with no country (CAMEO's '---REB'): matches another actor with no country."""


@dataclass(frozen=True)
class GoldActor:
    text: Optional[str]
    code: Optional[str]


@dataclass(frozen=True)
class GoldEvent:
    plover: Optional[str]
    cameo: Optional[str]
    source: Optional[GoldActor]
    target: Optional[GoldActor]


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    doc_date: Optional[dt.date]
    events: tuple[GoldEvent, ...]
    line: int
    usable: bool = True  # meta.gold_usable: false marks a record the annotators did not settle


# --------------------------------------------------------------------------------------------
# Reading


def read_gold(path: Union[str, Path]) -> Iterator[Union[GoldRecord, InputError]]:
    """Gold records of a JSON Lines file, and an InputError (not raised) for each bad line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        yield InputError("E001", path=path)
        return
    except OSError as exc:
        yield InputError("E002", path=path, reason=exc.strerror or str(exc))
        return
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield gold_record(json.loads(line), number)
            except (ValueError, TypeError, KeyError) as exc:
                reason = str(exc).strip("'\"") if not isinstance(exc, json.JSONDecodeError) else f"not JSON ({exc.msg})"
                yield InputError("E031", path=path, line=number, reason=f"{reason}; line skipped")


def gold_record(data: object, line: int = 0) -> GoldRecord:
    """One validated gold record; ValueError/TypeError say what is wrong."""
    if not isinstance(data, dict):
        raise TypeError("not a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("field 'text' must be a non-empty string")
    events = data.get("events")
    if not isinstance(events, list):
        raise ValueError("field 'events' must be a list")
    day = data.get("doc_date")
    if day is not None:
        try:
            day = dt.date.fromisoformat(str(day))
        except ValueError:
            raise ValueError(f"doc_date {day!r} is not YYYY-MM-DD") from None
    meta = data.get("meta")
    usable = not (isinstance(meta, dict) and meta.get("gold_usable") is False)
    return GoldRecord(id=str(data.get("id") or f"line-{line}"), text=text, doc_date=day,
                      events=tuple(_gold_event(e, i) for i, e in enumerate(events)), line=line,
                      usable=usable)


def _gold_event(data: object, index: int) -> GoldEvent:
    if not isinstance(data, dict):
        raise TypeError(f"events[{index}] is not an object")
    plover = data.get("plover")
    if plover is not None and plover not in PLOVER_TYPES:
        raise ValueError(f"events[{index}].plover {plover!r} is not a PLOVER type")
    cameo = data.get("cameo")
    if cameo is not None and not (isinstance(cameo, str) and cameo.isdigit()):
        raise ValueError(f"events[{index}].cameo {cameo!r} is not a CAMEO code")
    return GoldEvent(plover=plover, cameo=cameo, source=_gold_actor(data.get("source"), index, "source"),
                     target=_gold_actor(data.get("target"), index, "target"))


def _gold_actor(data: object, index: int, role: str) -> Optional[GoldActor]:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise TypeError(f"events[{index}].{role} is not an object or null")
    text, code = data.get("text"), data.get("code")
    for name, value in (("text", text), ("code", code)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"events[{index}].{role}.{name} must be a string or null")
    if not text and not code:
        return None
    return GoldActor(text=text or None, code=(code or None) and code.upper())


# --------------------------------------------------------------------------------------------
# Matching keys


NON_STATE = {"IGO", "NGO", "IMG", "MNC", UNKNOWN_COUNTRY}
"""Code prefixes that stand where a country would: organisations and groups (CAMEO style)."""


@lru_cache(maxsize=None)
def _is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None or code in ("XKX", "KOS")


def normalise_code(code: str) -> str:
    """An actor code with a legacy CAMEO country prefix mapped to ISO ('JAPGOV' -> 'JPNGOV');
    a code with no country part ('GOV') gets the unknown-country prefix ('---GOV')."""
    code = code.upper()
    head = LEGACY_COUNTRY_CODES.get(code[:3], code[:3])
    if head in NON_STATE or _is_country(head):
        return head + code[3:]
    return UNKNOWN_COUNTRY + code


def country_key(code: Optional[str]) -> str:
    """The country part of a code: ISO alpha-3, 'IGO', 'NGO', 'IMG', 'MNC' or '---'."""
    if not code:
        return UNKNOWN_COUNTRY
    return normalise_code(code)[:3]


def gold_key(actor: Optional[GoldActor]) -> Optional[str]:
    return None if actor is None else country_key(actor.code)


def predicted_key(mention: Optional[Mention]) -> Optional[str]:
    if mention is None:
        return None
    return country_key(mention.country or mention.code)


def predicted_code(mention: Optional[Mention]) -> Optional[str]:
    if mention is None:
        return None
    return normalise_code(mention.code) if mention.code else None


def directions(event: Event) -> list[tuple[Optional[Mention], Optional[Mention]]]:
    """(source, target) pairs an event stands for: both directions when symmetric."""
    pairs = [(event.source, event.target)]
    if event.symmetric and event.target is not None:
        pairs.append((event.target, event.source))
    return pairs


# --------------------------------------------------------------------------------------------
# Scores


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


ACTOR_MEASURES = ("source_country", "target_country", "source_code", "target_code")


@dataclass
class RecordScore:
    """The scores of one gold record against the asserted events coded from its text."""

    types: dict[str, Counts] = field(default_factory=dict)
    distinct_types: Counts = field(default_factory=Counts)
    triples: Optional[dict[str, Counts]] = None  # None: the record has uncoded gold actors
    actors: dict[str, Accuracy] = field(default_factory=lambda: {m: Accuracy() for m in ACTOR_MEASURES})
    predicted: int = 0  # asserted events coded
    confusion: Counter = field(default_factory=Counter)  # (gold type or None, predicted or None)


def _multiset(gold: Counter, predicted: Counter, wildcards: int) -> dict[str, Counts]:
    """Per-key counts of a multiset match; up to ``wildcards`` unmatched predictions are
    forgiven (gold events with no PLOVER type: CAMEO statements, appeals, bare 08)."""
    matched = gold & predicted
    spare = predicted - matched
    forgiven = Counter()
    for key in sorted(spare, key=lambda k: -spare[k]):
        take = min(spare[key], wildcards - sum(forgiven.values()))
        if take <= 0:
            break
        forgiven[key] = take
    per_type: dict[str, Counts] = {}
    for key in set(gold) | set(predicted):
        plover = key if isinstance(key, str) else key[1]
        counts = per_type.setdefault(plover, Counts())
        counts.add(Counts(tp=matched[key], fp=spare[key] - forgiven[key], fn=gold[key] - matched[key]))
    return per_type


def _confusion(gold: Counter, predicted: Counter, wildcards: int) -> Counter:
    """What the unmatched types of one record became: (gold, predicted) pairs of a missed and a
    spurious type in the same record, (gold, None) for a miss, (None, predicted) for a false
    alarm. Predictions forgiven by untyped gold events are left out."""
    missed = sorted((gold - predicted).elements())
    spurious = sorted((predicted - gold).elements())
    if len(spurious) > len(missed):
        spurious = spurious[:max(len(missed), len(spurious) - wildcards)]
    pairs = Counter()
    for index in range(max(len(missed), len(spurious))):
        pairs[(missed[index] if index < len(missed) else None,
               spurious[index] if index < len(spurious) else None)] += 1
    return pairs


def score_record(record: GoldRecord, events: Iterable[Event]) -> RecordScore:
    """Score the asserted ``events`` coded from ``record.text`` (rules: docs/gold-format.md)."""
    asserted = [e for e in events if e.modality == "asserted"]
    positives = [g for g in record.events if g.plover]
    wildcards = len(record.events) - len(positives)
    score = RecordScore(predicted=len(asserted))

    gold_types = Counter(g.plover for g in positives)
    predicted_types = Counter(e.event_type for e in asserted for _ in directions(e))
    score.types = _multiset(gold_types, predicted_types, wildcards)
    score.confusion = _confusion(gold_types, predicted_types, wildcards)
    distinct = _multiset(Counter(set(gold_types)), Counter(set(predicted_types)), min(wildcards, 1))
    for counts in distinct.values():
        score.distinct_types.add(counts)

    predicted_triples = [(predicted_key(s), e.event_type, predicted_key(t), e, s, t)
                         for e in asserted for s, t in directions(e)]
    if all(g.source is not None and _coded(g.source) and _coded(g.target) for g in positives):
        gold_triples = Counter((gold_key(g.source), g.plover, gold_key(g.target)) for g in positives)
        score.triples = _multiset(gold_triples, Counter(p[:3] for p in predicted_triples), wildcards)
    _score_actors(positives, predicted_triples, score.actors)
    return score


def _coded(actor: Optional[GoldActor]) -> bool:
    """An actor the triple score can use: absent, or with a code."""
    return actor is None or actor.code is not None


def _score_actors(gold: list[GoldEvent], predicted: list[tuple], out: dict[str, Accuracy]) -> None:
    """Pair gold and predicted events of the same type (exact triples first) and count how
    often the predicted actors carry the gold country and code."""
    free = list(predicted)
    pairs = []
    for exact in (True, False):
        for g in gold:
            if any(g is p[0] for p in pairs):
                continue
            for p in free:
                same = (gold_key(g.source), g.plover, gold_key(g.target)) == p[:3]
                if p[1] == g.plover and (same or not exact):
                    pairs.append((g, p))
                    free.remove(p)
                    break
    for g, (_, _, _, _, source, target) in pairs:
        for role, gold_actor, mention in (("source", g.source, source), ("target", g.target, target)):
            if gold_actor is None or gold_actor.code is None:
                continue
            country, code = out[f"{role}_country"], out[f"{role}_code"]
            country.total += 1
            code.total += 1
            country.correct += predicted_key(mention) == country_key(gold_actor.code)
            code.correct += predicted_code(mention) == normalise_code(gold_actor.code)


@dataclass
class Report:
    """Totals over a gold file."""

    path: str = ""
    records: int = 0
    skipped: int = 0
    unusable: int = 0
    no_event_records: int = 0
    empty_records: int = 0  # gold "events": [] -- the text holds no event at all
    false_alarms: int = 0   # empty records where detente asserted an event anyway
    triple_records: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    types: dict[str, Counts] = field(default_factory=dict)
    distinct_types: Counts = field(default_factory=Counts)
    triples: dict[str, Counts] = field(default_factory=dict)
    actors: dict[str, Accuracy] = field(default_factory=lambda: {m: Accuracy() for m in ACTOR_MEASURES})
    confusion: Counter = field(default_factory=Counter)

    def add(self, record: GoldRecord, score: RecordScore) -> None:
        self.records += 1
        self.confusion.update(score.confusion)
        self.no_event_records += not any(g.plover for g in record.events)
        if not record.events:
            self.empty_records += 1
            self.false_alarms += score.predicted > 0
        for plover, counts in score.types.items():
            self.types.setdefault(plover, Counts()).add(counts)
        self.distinct_types.add(score.distinct_types)
        if score.triples is not None:
            self.triple_records += 1
            for plover, counts in score.triples.items():
                self.triples.setdefault(plover, Counts()).add(counts)
        for measure, accuracy in score.actors.items():
            self.actors[measure].correct += accuracy.correct
            self.actors[measure].total += accuracy.total

    @property
    def type_micro(self) -> Counts:
        return _total(self.types.values())

    @property
    def triple_micro(self) -> Counts:
        return _total(self.triples.values())

    def to_dict(self, by_type: bool = True, confusion: bool = False) -> dict:
        out = {
            "gold": self.path, "records": self.records, "skipped": self.skipped,
            "unusable": self.unusable,
            "no_event_records": self.no_event_records, "triple_records": self.triple_records,
            "empty_records": self.empty_records, "false_alarms": self.false_alarms,
            "seconds": round(self.seconds, 2),
            "event_type": self.type_micro.to_dict(),
            "event_type_distinct": self.distinct_types.to_dict(),
            "triple": self.triple_micro.to_dict(),
            "actors": {m: a.to_dict() for m, a in self.actors.items()},
            "problems": self.problems,
        }
        if by_type:
            out["by_type"] = {t: {"event_type": self.types.get(t, Counts()).to_dict(),
                                  "triple": self.triples.get(t, Counts()).to_dict()}
                              for t in PLOVER_TYPES if t in self.types or t in self.triples}
        if confusion:
            out["confusion"] = [{"gold": g, "predicted": p, "count": n}
                                for (g, p), n in self.confusion.most_common()]
        return out


def _total(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


# --------------------------------------------------------------------------------------------
# Running


def evaluate(path: Union[str, Path], pipeline, *, limit: Optional[int] = None,
             on_record: Optional[Callable[[], None]] = None,
             on_problem: Optional[Callable[[InputError], None]] = None) -> Report:
    """Code every gold record's text with ``pipeline`` (a detente Pipeline) and score it.

    Bad lines are skipped: each is passed to ``on_problem`` and listed in ``report.problems``.
    ``on_record`` is called after each scored record (a progress bar hooks in here).
    """
    report = Report(path=str(path))
    records: dict[str, GoldRecord] = {}

    def documents() -> Iterator[Document]:
        taken = 0
        for item in read_gold(path):
            if limit is not None and taken >= limit:
                return
            if isinstance(item, InputError):
                if item.code in ("E001", "E002"):  # the file itself: nothing to evaluate
                    raise item
                report.skipped += 1
                report.problems.append(str(item))
                if on_problem:
                    on_problem(item)
                continue
            if not item.usable:
                report.unusable += 1
                continue
            taken += 1
            doc_id = f"{item.line}:{item.id}"
            records[doc_id] = item
            yield Document(doc_id=doc_id, text=item.text, date=item.doc_date)

    started = time.perf_counter()
    for coded in pipeline.code(documents()):
        record = records.pop(coded.document.doc_id)
        report.add(record, score_record(record, coded.events))
        if on_record:
            on_record()
    for record in records.values():  # a document the pipeline gave nothing back for
        report.add(record, score_record(record, []))
    report.seconds = time.perf_counter() - started
    return report


def count_records(path: Union[str, Path], limit: Optional[int] = None) -> Optional[int]:
    """Non-blank lines of the file (for a progress bar's total), or None if unreadable."""
    try:
        with Path(path).open(encoding="utf-8", errors="replace") as handle:
            total = sum(1 for line in handle if line.strip())
    except OSError:
        return None
    return min(total, limit) if limit is not None else total
