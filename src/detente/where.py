"""Where stage: the place of each event, from a gazetteer."""

from __future__ import annotations

from .model import Document, Event


class Geocoder:
    def __init__(self, min_population: int = 15_000) -> None:
        self.min_population = min_population

    def locate(self, document: Document, sdoc, events: list[Event]) -> list[Event]:
        return events
