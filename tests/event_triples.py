"""(type, source country, target country) of coded events, as the pattern tests compare them."""

from __future__ import annotations


def country(mention, missing=None, codes=False):
    """A mention's country; with ``codes``, else the head of its code ("IGO"); else ``missing``."""
    if mention is None:
        return missing
    return mention.country or (codes and (mention.code or "")[:3]) or missing


def asserted_triples(events, *, missing=None, codes=False, both_directions=False,
                     modality="asserted") -> set[tuple]:
    """The asserted events (or those of another ``modality``) as (type, source country, target
    country); ``both_directions`` adds the reverse of a symmetric event ("X and Y met")."""
    found = set()
    for event in events:
        if event.modality != modality:
            continue
        source, target = country(event.source, missing, codes), country(event.target, missing, codes)
        found.add((event.event_type, source, target))
        if both_directions and event.symmetric:
            found.add((event.event_type, target, source))
    return found


# The document date the pattern tests code their sentences at (people's offices as of then).
PATTERN_TEST_DATE = "2015-06-01"


def coded_triples(code_text, sentence: str, **options) -> set[tuple]:
    """``asserted_triples`` of one sentence coded at ``PATTERN_TEST_DATE``."""
    return asserted_triples(code_text(sentence, date=PATTERN_TEST_DATE), **options)
