"""The one data model of detente.

Document -> Sentence -> Mention (resolved to an Actor) -> Event.  Every stage takes and
returns these records; JSON appears only at the edges (``Event.to_record``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
"""Character offsets ``[start, end)`` into the document text."""

Modality = Literal["asserted", "negated", "hypothetical", "future", "denied", "failed"]
Precision = Literal["day", "month", "year", "period", "document"]
ActorKind = Literal["state", "igo", "person", "sector", "group", "place"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Role(Record):
    """One actor identity a mention may take, bounded in time (a person's office)."""

    code: str = Field(description="Actor code: ISO-3166 alpha-3 (or IGO code) + sector, e.g. USAGOV")
    country: Optional[str] = Field(None, description="ISO-3166 alpha-3 country code")
    sector: Optional[str] = Field(None, description="PLOVER/CAMEO sector, e.g. GOV, MIL, OPP")
    entity: Optional[str] = Field(None, description="Canonical name of the entity")
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    title: Optional[str] = Field(None, description="Office held, e.g. 'President'")

    def holds_on(self, day: Optional[dt.date]) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Actor(Record):
    """An entry of the actor knowledge base."""

    id: str
    kind: ActorKind
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    roles: list[Role] = Field(default_factory=list)
    former_sector: str = "ELI"
    source: Optional[str] = Field(None, description="data file and line the entry came from")


class Mention(Record):
    """A stretch of text that names or describes an actor, with what it resolves to."""

    text: str
    span: Span
    code: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    entity: Optional[str] = None
    confidence: float = 1.0
    kind: Optional[ActorKind] = Field(None, exclude=True)
    roles: list[Role] = Field(
        default_factory=list, exclude=True,
        description="Time-bounded identities; resolve_at() picks the one valid at the event date",
    )
    head: Optional[int] = Field(None, exclude=True,
                                description="token index of the mention's head in the parsed doc")
    why: Optional[str] = Field(None, exclude=True, description="how the mention was resolved")

    def resolve_at(self, day: Optional[dt.date]) -> "Mention":
        """This mention with code/country/sector as they were on ``day``.

        A person whose every role ended before ``day`` is an elite (ELI) of the last country.
        """
        if not self.roles:
            return self
        current = [r for r in self.roles if r.holds_on(day)]
        if current:
            role = current[0]
            return self.model_copy(update=dict(
                code=role.code, country=role.country, sector=role.sector,
                entity=role.entity or self.entity,
                why=f"{self.why or 'role'}; {role.title or role.sector} {_range(role)}"))
        past = sorted((r for r in self.roles if r.end and day and r.end < day), key=lambda r: r.end)
        base = past[-1] if past else self.roles[0]
        country = base.country
        sector = "ELI" if past else (base.sector or self.sector)
        return self.model_copy(update=dict(
            code=(country or "") + (sector or ""), country=country, sector=sector,
            entity=base.entity or self.entity,
            why=f"{self.why or 'role'}; no role held on {day} ({'former ' + (base.title or '') if past else 'before term'})"))


def _range(role: Role) -> str:
    return f"{role.start or '…'}..{role.end or 'today'}"


class Trigger(Record):
    text: str
    span: Span


class Place(Record):
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    text: Optional[str] = Field(None, exclude=True)
    span: Optional[Span] = Field(None, exclude=True)


class EventDate(Record):
    date: Optional[dt.date] = None
    end: Optional[dt.date] = None
    precision: Precision = "document"
    text: Optional[str] = None


class Sentence(Record):
    index: int
    text: str
    span: Span


class Event(Record):
    """One coded event; ``to_record()`` is the output contract (docs/output.md)."""

    record: Literal["event"] = "event"
    event_id: str = ""
    doc_id: str
    doc_date: Optional[dt.date] = None
    sentence: str
    span: Span = Field(description="the sentence's character offsets in the document")
    trigger: Trigger
    event_type: str = Field(description="PLOVER event type")
    mode: Optional[str] = None
    cameo: Optional[str] = None
    intensity: float = 0.0
    source: Optional[Mention] = None
    target: Optional[Mention] = None
    reporter: Optional[Mention] = Field(None, description="who reported the event (reported speech)")
    symmetric: bool = Field(False, description="one event standing for both directions")
    date: Optional[dt.date] = None
    date_end: Optional[dt.date] = None
    date_precision: Precision = "document"
    date_text: Optional[str] = None
    location: Optional[Place] = None
    modality: Modality = "asserted"
    confidence: float = 0.5
    pattern: str = Field("", description="id of the pattern or model that fired")
    explanation: str = ""
    sentence_index: int = Field(0, exclude=True)

    def assign_id(self) -> "Event":
        key = "|".join(map(str, (self.doc_id, self.span, self.trigger.span, self.event_type,
                                 self.source and self.source.span, self.target and self.target.span)))
        self.event_id = hashlib.sha1(key.encode()).hexdigest()[:16]
        return self

    def with_date(self, when: EventDate) -> "Event":
        return self.model_copy(update=dict(date=when.date, date_end=when.end,
                                           date_precision=when.precision, date_text=when.text))

    def to_record(self) -> dict:
        """The output contract: one JSON object per event."""
        return self.model_dump(mode="json")


class Warning_(Record):
    code: str
    message: str


class Document(Record):
    doc_id: str
    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None
    date: Optional[dt.date] = None
    date_text: Optional[str] = Field(None, description="the text the document date came from")
    date_origin: Optional[Literal["option", "record", "text", "feed"]] = None
    content_hash: str = ""
    sentences: list[Sentence] = Field(default_factory=list)
    warnings: list[Warning_] = Field(default_factory=list)
    dateline_range: Optional[tuple[int, int]] = Field(
        None, description="plausible years of the events when the stamp looks wrong")
    duplicate_of: Optional[str] = None

    def model_post_init(self, __context) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(Warning_(code=code, message=message))

    def to_record(self) -> dict:
        """The document record `detente code` writes beside its events."""
        return {"record": "document",
                **self.model_dump(mode="json", exclude={"text", "sentences"})}


class CodedDocument(Record):
    """A document with the events coded from it: what the pipeline yields."""

    document: Document
    events: list[Event] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _iso(day: Optional[dt.date]) -> Optional[str]:
    return day.isoformat() if day else None
