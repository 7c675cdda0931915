"""When stage: absolute event dates from the text, relative to the document date."""

from __future__ import annotations

from .model import Document, Event, Mention


def date_events(document: Document, sdoc, events: list[Event], mentions: list[Mention]) -> list[Event]:
    return events
