"""Events stage: PLOVER events from the dependency parse, by patterns kept as data.

``EventCoder().code(document, sdoc, mentions)`` returns events of every modality, undated;
patterns live in ``events/patterns/*.yaml`` and the ontology in ``events/ontology.yaml``
(formats in docs/events.md).
"""

from __future__ import annotations

from .coder import EventCoder
from .patterns import load_ontology, load_patterns

__all__ = ["EventCoder", "load_ontology", "load_patterns"]
