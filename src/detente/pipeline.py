"""The pipeline: ingest -> nlp -> actors -> events -> when/where, one direction.

``Pipeline`` holds the services each stage needs (the spaCy pipeline, the actor knowledge base,
the pattern set, the gazetteer), built once and passed in, so tests can give their own.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

from spacy.language import Language

from . import nlp as nlp_stage
from .actors import ActorResolver
from .events import EventCoder
from .events.modality import load_cues
from .model import CodedDocument, Document
from .settings import Settings
from .when import date_events
from .when.dateline import load_titles
from .where import Geocoder
from .where.gazetteer import load_country_aliases


class Pipeline:
    def __init__(self, settings: Optional[Settings] = None, *, nlp: Optional[Language] = None,
                 resolver: Optional[ActorResolver] = None, coder: Optional[EventCoder] = None,
                 geocoder: Optional[Geocoder] = None) -> None:
        self.settings = settings or Settings()
        self._nlp = nlp
        self.resolver = resolver or ActorResolver(extra_people=tuple(map(str, self.settings.actor_files)))
        self.coder = coder or EventCoder()
        self.geocoder = geocoder or Geocoder(min_population=self.settings.min_population)
        # The small data files the later stages read lazily are checked now: a bad one is one
        # clear error before any document is read, not a failure on every document.
        load_titles()
        load_country_aliases()
        load_cues()

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = nlp_stage.load_pipeline(self.settings.model)
        return self._nlp

    def code(self, documents: Iterable[Document]) -> Iterator[CodedDocument]:
        """Code every document; yields each with all its events (every modality)."""
        parsed = nlp_stage.parse(self.nlp, documents, batch_size=self.settings.batch_size)
        for document, sdoc in parsed:
            yield self.code_parsed(document, sdoc)

    def code_parsed(self, document: Document, sdoc) -> CodedDocument:
        """The stages after the parse, for one document."""
        mentions = self.resolver.mentions(document, sdoc)
        events = self.coder.code(document, sdoc, mentions, places=self.resolver.places(sdoc))
        events = date_events(document, sdoc, events, mentions)
        events = self.geocoder.locate(document, sdoc, events)
        for event in events:
            event.assign_id()
        return CodedDocument(document=document, events=events, mentions=mentions)

    def code_text(self, text: str, **fields) -> CodedDocument:
        """Convenience for Python users and tests: code one text."""
        fields.setdefault("doc_id", "text")
        return next(self.code([Document(text=text, **fields)]))
