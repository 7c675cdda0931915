"""Targets of existing events read from constructions news writers use: the stance a protest is
taken in ("in defiance of", "in protest at", "to show their anger at"), a jail or detention
centre abroad as the place a protest is held, a demand's "that" clause under "insisted on its
demand", the purpose of a promised act done for someone ("agreed to send trainers to help
protect Mali"), a promise or threat abroad whose source is known only from the reporter, and
a state of emergency lifted in a named place, and the mediation agreed to.

Every sentence here was written for these tests; none comes from an evaluation file.  Each case
names the asserted (type, source country, target country) the full pipeline must produce.
"""

from __future__ import annotations

import pytest

from event_triples import coded_triples


CASES = [
    # the stance a protest is taken in names whom it addresses, before the government default
    ("Protesters in Taipei blocked a highway in defiance of the Chinese authorities.", "PROTEST", "TWN", "CHN"),
    ("Protesters in Lima blocked a highway in defiance of the Peruvian government.", "PROTEST", "PER", "PER"),
    ("Crowds in Lima marched to show their anger at the American trade policies.", "PROTEST", "PER", "USA"),
    ("Thousands rallied in Jakarta in protest at Australia's treatment of asylum seekers.", "PROTEST", "IDN", "AUS"),
    ("Villagers near Kandy blocked a road in protest against the Indian fishing fleet.", "PROTEST", None, "IND"),
    # a target named outright stays
    ("Pakistanis protested in Lahore against France.", "PROTEST", "PAK", "FRA"),
    # a jail, prison or detention centre abroad: the government of the place where it is
    ("Tibetan prisoners rioted in a jail in western China.", "PROTEST", None, "CHN"),
    ("Kurdish inmates rioted at a prison in southern Syria.", "PROTEST", None, "SYR"),
    ("Haitian migrants protested outside a detention centre in the Bahamas.", "PROTEST", "HTI", "BHS"),
    ("Moroccan farm workers went on strike in Spain.", "PROTEST", "MAR", "ESP"),
    ("Rebels stormed a prison in northern Mali.", "ASSAULT", "MLI", "MLI"),
    # "insisted on its demand that X do ...": X is asked
    ("Chad's main rebel coalition again insisted on the demand that the government in N'Djamena free its jailed fighters.",
     "REQUEST", "TCD", "TCD"),
    ("Opposition leaders in Lusaka insisted on their demand that the Zambian president step down.",
     "REQUEST", "ZMB", "ZMB"),
    # the purpose of a promised or refused act done for someone
    ("Sweden is ready to send engineers to help rebuild Ukraine.", "AGREE", "SWE", "UKR"),
    ("Canada agreed to send trainers to help protect Mali from insurgents.", "AGREE", "CAN", "MLI"),
    ("Japan promised to provide funds to support Sri Lanka.", "AGREE", "JPN", "LKA"),
    ("Germany refused to send tanks to help defend Ukraine.", "REJECT", "DEU", "UKR"),
    # a promise or threat abroad whose source is the reporter ("it")
    ("Peru said it is ready to build a road in Bolivia.", "AGREE", "PER", "BOL"),
    ("Egypt said it is prepared to launch an operation in Libya.", "THREATEN", "EGY", "LBY"),
    # the mediation agreed to is the mediator's, not the other side's of the dispute
    ("Morocco has agreed to French mediation in its dispute with Algeria.", "AGREE", "MAR", "FRA"),
    ("Kyiv agreed to Turkish mediation with Moscow.", "AGREE", "UKR", "TUR"),
    # a state of emergency lifted in a named place lands on its people
    ("Ecuador's cabinet revoked the emergency in Guayaquil on Friday.", "CONCEDE", "ECU", "ECU"),
]

# What is promised, refused or not done is no asserted act of its own.
NOT_ASSERTED = [
    ("Ecuador's cabinet has not revoked the emergency in Guayaquil.", "CONCEDE"),
    ("Canada agreed to send trainers to help protect Mali from insurgents.", "AID"),
    ("Canada agreed to send trainers to help protect Mali from insurgents.", "MOBILIZE"),
    ("Egypt said it is prepared to launch an operation in Libya.", "ASSAULT"),
    ("Peru said it is ready to build a road in Bolivia.", "AID"),
    # agreeing that things are so in a place is no promise to act there
    ('"We agreed that in Chad there is some reason for hope," said the French president.', "AGREE"),
]


@pytest.mark.parametrize("sentence,event_type,source,target", CASES)
def test_target_construction_codes_type_and_actors(code_text, sentence, event_type, source, target):
    found = coded_triples(code_text, sentence)
    assert (event_type, source, target) in found, found


@pytest.mark.parametrize("sentence,event_type", NOT_ASSERTED)
def test_target_construction_asserts_no_governed_act(code_text, sentence, event_type):
    found = coded_triples(code_text, sentence)
    assert event_type not in {t for t, _, _ in found}, found
