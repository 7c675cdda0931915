"""Actors stage: find mentions of actors in a parsed document and resolve them.

``ActorResolver().mentions(document, sdoc)`` returns every actor mention of a document, each
resolved to a code (country + sector, CAMEO/PLOVER style) at the document's date, with the
time-bounded roles of the people it names so later stages can re-resolve at an event's date.
The knowledge base lives in ``data/`` (docs/actors.md).
"""

from __future__ import annotations

from .kb import KnowledgeBase, load_kb, load_words
from .resolve import ActorResolver

__all__ = ["ActorResolver", "KnowledgeBase", "load_kb", "load_words"]
