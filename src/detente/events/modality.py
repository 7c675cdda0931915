"""Modality of an event trigger (STUB written by the events engineer; the modality engineer
replaces this file).  Interface used by ``events/coder.py``:

    event_modality(trigger: spacy.tokens.Token) -> tuple[str, str]   # (modality, reason)
    reporter_of(trigger: spacy.tokens.Token) -> spacy.tokens.Token | None
"""

from __future__ import annotations


def event_modality(trigger) -> tuple[str, str]:
    for child in trigger.children:
        if child.dep_ == "neg":
            return "negated", f"neg '{child.text}'"
    return "asserted", "no modal marker"


def reporter_of(trigger):
    return None
