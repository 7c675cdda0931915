"""Constructions that lost an actor's country in coding: a possessive with a curly apostrophe
that the tagger runs into the name it owns, and the Tamil Tigers.

Sentences written for these tests; none comes from an evaluation file.
"""

from __future__ import annotations

import pytest

from event_triples import coded_triples


CASES = [
    # a curly possessive owner is no part of the name it owns
    ("Hassan Nasrallah’s Hezbollah fired rockets at northern Israel.", "ASSAULT", "LBN", "ISR"),
    ("Omar Bakri’s Hamas fighters attacked an Israeli town.", "ASSAULT", "PSE", "ISR"),
    ("Dmitry Utkin’s Wagner Group attacked a village in Mali.", "ASSAULT", "RUS", "MLI"),
    # the Tamil Tigers are Sri Lankan rebels
    ("Sri Lankan troops attacked the Tamil Tigers near Jaffna.", "ASSAULT", "LKA", "LKA"),
    ("India has been sharing intelligence with the LTTE, officials said.", "COOPERATE", "IND", "LKA"),
]

NOT_ASSERTED = [
    ("Hassan Nasrallah’s Hezbollah did not fire rockets at Israel.", "ASSAULT"),
    ("The Tamil Tigers may attack Colombo.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,event_type,source,target", CASES)
def test_codebook_gap_codes_countries(code_text, sentence, event_type, source, target):
    found = coded_triples(code_text, sentence)
    assert (event_type, source, target) in found, found


@pytest.mark.parametrize("sentence,event_type", NOT_ASSERTED)
def test_codebook_gap_near_miss(code_text, sentence, event_type):
    found = coded_triples(code_text, sentence)
    assert event_type not in {t for t, _, _ in found}, found
