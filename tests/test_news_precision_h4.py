"""Look-alikes that news English uses and that are no political event (precision on news).

Every sentence here was written for these tests from general knowledge of news English; none
comes from an evaluation file. Each look-alike must produce no asserted event of the named type;
each right reading beside it must still code the named (type, source country, target country).
"""

from __future__ import annotations

import pytest

from event_triples import coded_triples


NOT_THIS_TYPE = [
    # "bombarded X with questions, letters, complaints": words and paper, not shells
    ("Opposition MPs bombarded the Danish health minister with questions about the contract.", "ASSAULT"),
    ("Irish voters have bombarded the transport ministry with complaints about the new tolls.", "ASSAULT"),
    ("Kenyan lawmakers peppered the finance minister with queries over the loan.", "ASSAULT"),
    # attacking "the way" something was done is criticism in words
    ("The Irish foreign minister attacked the way the fisheries agreement had been negotiated.", "ASSAULT"),
    ("Chile's opposition leader attacked the manner in which the mine was sold.", "ASSAULT"),
    # what a rise or a change "is intended to" do is its purpose, no actor's intent
    ("The pension credit increase is intended to help poorer families in Wales.", "AGREE"),
    ("The new visa rules are intended to help Indian students find work.", "AGREE"),
    # a group that "claims to have" done something boasts of its own act; it accuses no one
    ("The Baloch militia claims to have shelled an army post in Quetta.", "ACCUSE"),
    ("A hacking group claimed to have attacked Estonian government websites.", "ACCUSE"),
    # what someone is called on or pleads to do has not been done
    ("The Peruvian president faces calls to resign.", "CONCEDE"),
    ("Growing calls to quit have put the Maltese prime minister under pressure.", "CONCEDE"),
    ("A Kenyan senator was pleading to reverse the decision on the levy.", "CONCEDE"),
]

STILL_CODED = [
    ("Ethiopian artillery bombarded Eritrean positions with shells.", "ASSAULT", "ETH", "ERI"),
    ("Kenyan police attacked the protesters in Nairobi.", "ASSAULT", "KEN", "KEN"),
    ("Norway plans to expand trade with Chile.", "AGREE", "NOR", "CHL"),
    ("Armenia claimed Azerbaijani troops had shelled the village.", "ACCUSE", "ARM", "AZE"),
    ("The Malian president resigned after weeks of protests.", "CONCEDE", "MLI", None),
    ("Bolivia renewed its call to lift the blockade.", "REQUEST", "BOL", None),
]


@pytest.mark.parametrize("sentence,event_type", NOT_THIS_TYPE)
def test_look_alike_is_not_coded(code_text, sentence, event_type):
    found = coded_triples(code_text, sentence)
    assert event_type not in {t for t, _, _ in found}, found


@pytest.mark.parametrize("sentence,event_type,source,target", STILL_CODED)
def test_right_reading_still_coded(code_text, sentence, event_type, source, target):
    found = coded_triples(code_text, sentence)
    assert (event_type, source, target) in found, found
