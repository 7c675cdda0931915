"""Events stage: PLOVER events from the dependency parse, by patterns kept as data."""

from __future__ import annotations

from ..model import Document, Event, Mention


class EventCoder:
    def code(self, document: Document, sdoc, mentions: list[Mention]) -> list[Event]:
        return []
