"""Actors stage: find mentions of actors in a parsed document and resolve them."""

from __future__ import annotations

from ..model import Document, Mention


class ActorResolver:
    def mentions(self, document: Document, sdoc) -> list[Mention]:
        return []
