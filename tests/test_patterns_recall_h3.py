"""Recall of material acts in common newswire forms: aid goods handed over (also counted in
kilograms, tonnes or boxes), peacekeepers who arrive, a walkout called off, infrastructure blown
up or sabotaged, websites defaced, investigations completed and hearings opened,
know-how shared, an organisation forced out of a country, an outlet ordered shut, hackers
trained, roads blocked by people named by nationality, observers received, patrols
ordered, a death under torture.

Every sentence here was written for these tests; none comes from an evaluation file.  A case
names the (type, source country, target country) an event of the given modality must have; a
near miss must give no asserted event of the listed type.
"""

from __future__ import annotations

import pytest

from event_triples import PATTERN_TEST_DATE, asserted_triples, coded_triples


CASES = [
    # aid goods handed over, counted by weight or by the box
    ("Swedish medics handed over 400 kilograms of antibiotics to a hospital in Tripoli.", "AID", "SWE", "LBY"),
    ("Japan handed over 40 tonnes of rice to Sri Lanka.", "AID", "JPN", "LKA"),
    ("Canada handed over 200 boxes of vaccines to Uganda on Monday.", "AID", "CAN", "UGA"),
    ("Austria handed over blankets and tents to Albania after the earthquake.", "AID", "AUT", "ALB"),
    # peacekeepers arriving are a peacekeeping deployment come
    ("Brazilian peacekeepers arrived in Haiti on Tuesday.", "AID", "BRA", "HTI"),
    ("Rwandan peacekeepers landed in Bangui on Sunday.", "AID", "RWA", "CAF"),
    # a walkout called off by whoever led it
    ("The Zambian doctors' association said it had called off its week-long walkout.", "CONCEDE", "ZMB", None),
    ("Peruvian miners called off their strike on Friday.", "CONCEDE", "PER", None),
    ("The Kurdish prisoners called off their hunger strike in Turkey.", "CONCEDE", None, None),
    # ... while a military strike called off is still a retreat
    ("Israel called off the strike on Iran.", "RETREAT", "ISR", "IRN"),
    # infrastructure blown up or sabotaged is property destroyed
    ("Rebels blew up two electricity pylons in eastern Syria.", "COERCE", "SYR", "SYR"),
    ("Afghan insurgents blew up a high-voltage line near Herat.", "COERCE", "AFG", None),
    ("Indian Maoist rebels blew up a railway track in Bihar.", "COERCE", "IND", None),
    ("Militants sabotaged the oil pipeline in northern Iraq.", "COERCE", "IRQ", "IRQ"),
    # websites defaced
    ("Serbian hackers defaced hundreds of Croatian government websites.", "COERCE", "SRB", "HRV"),
    ("Iranian hackers defaced the websites of two Saudi ministries.", "COERCE", "IRN", "SAU"),
    # an investigation completed, a hearing opened into a matter
    ("The Kenyan police concluded their inquiry into the Ugandan army's conduct.", "ACCUSE", "KEN", "UGA"),
    ("A Kenyan parliamentary committee began hearings into the police killings.", "ACCUSE", "KEN", None),
    ("The US Senate held hearings into the Russian hacking.", "ACCUSE", "USA", "RUS"),
    # know-how shared between two named actors
    ("Cuba shares its medical skills with Venezuela.", "COOPERATE", "CUB", "VEN"),
    ("China shares its nuclear technology with Pakistan.", "COOPERATE", "CHN", "PAK"),
    # an organisation made to leave the country
    ("The Eritrean authorities forced the Danish charity out of the country.", "SANCTION", "ERI", "DNK"),
    ("Burundi kicked the UN human rights office out of the country.", "SANCTION", "BDI", None),
    # the state orders an outlet shut
    ("The Sri Lankan government ordered two Tamil newspapers to stop printing.", "COERCE", "LKA", None),
    ("Egypt ordered the Qatari channel to close its Cairo bureau.", "COERCE", "EGY", "QAT"),
    # hackers trained or recruited are cyber forces raised
    ("Iran recruited hundreds of hackers for its cyber army.", "MOBILIZE", "IRN", None),
    # people named by nationality or as locals who block roads protest
    ("Angry Moroccans blocked the highway near Tangier.", "PROTEST", "MAR", None),
    ("Hundreds of tribesmen blocked the highway in Yemen.", "PROTEST", "YEM", "YEM"),
    # observers or inspectors received are access allowed, not a visit hosted
    ("The Malian president welcomed a group of monitors from Ghana in Bamako.", "RETREAT", "MLI", "GHA"),
    ("The Saudi king received a team of inspectors from Egypt.", "RETREAT", "SAU", "EGY"),
    # patrols ordered or launched by a state's forces
    ("The Peruvian interior minister sent police patrols into the highlands.", "MOBILIZE", "PER", None),
    ("The Iranian navy launched patrols in the Strait of Hormuz.", "MOBILIZE", "IRN", None),
    # a death under torture
    ("An Egyptian activist died under torture at a police station in Cairo.", "ASSAULT", None, "EGY"),
]


NEAR_MISSES = [
    # a military strike called off is no concession to a union's adversary
    ("Israel called off the strike on Iran.", "CONCEDE"),
    # a general strike called (not off) is no concession
    ("The Nigerian unions called a general strike.", "CONCEDE"),
    # troops of no peacekeeping mission arriving are no aid
    ("Russian troops arrived in Syria.", "AID"),
    # goods handed out with no one named as recipient
    ("Volunteers handed out food at the stadium.", "AID"),
    # prisoners handed over are a return, not aid
    ("Kenya handed over the prisoners to Somalia.", "AID"),
    # experience shared with students is no cooperation between actors
    ("The minister shared her experience with the students.", "COOPERATE"),
    # a bomb blown up among people stays an assault, no property destroyed
    ("A suicide bomber blew up a bus in Jerusalem.", "COERCE"),
    # a threat to blow up power lines is no destruction done
    ("Rebels threatened to blow up the power lines in Yemen.", "COERCE"),
    # a firm's order to a paper is no state coercion
    ("The bank ordered the paper to stop printing its adverts.", "COERCE"),
    # a course for students is no cyber force
    ("The university trained 200 students in coding.", "MOBILIZE"),
    # people hurt in an explosion at a house were not attacked (the explosion may be gas)
    ("Two Welsh pensioners were injured in an explosion at their home.", "ASSAULT"),
    # a delegation of diplomats received is a visit hosted, no access allowed
    ("The Kenyan president received a delegation of Chinese diplomats.", "RETREAT"),
    # joint patrols are cooperation, no mobilisation
    ("India and Bangladesh began joint patrols along the border.", "MOBILIZE"),
    # soldiers blocking a road do not protest
    ("Israeli soldiers blocked the road to the village.", "PROTEST"),
    # a court hearing of a case has no 'into'
    ("The Kenyan court held a hearing on the election petition.", "ACCUSE"),
]


MODALITY = [
    # an attempt to deface is not the act
    ("Russian hackers tried to deface Estonian government websites.", "COERCE", "hypothetical"),
    # a walkout to be called off later has not been
    ("The Kenyan teachers' union will call off its strike next week.", "CONCEDE", "future"),
]


@pytest.mark.parametrize("sentence,event_type,source,target", CASES)
def test_recall_h3_codes_type_and_actors(code_text, sentence, event_type, source, target):
    found = coded_triples(code_text, sentence)
    assert (event_type, source, target) in found, found


@pytest.mark.parametrize("sentence,event_type", NEAR_MISSES)
def test_recall_h3_near_miss_asserts_no_event_of_type(code_text, sentence, event_type):
    found = coded_triples(code_text, sentence)
    assert not any(t == event_type for t, _, _ in found), found


@pytest.mark.parametrize("sentence,event_type,modality", MODALITY)
def test_recall_h3_keeps_modality(code_text, sentence, event_type, modality):
    events = code_text(sentence, date=PATTERN_TEST_DATE)
    assert event_type in {t for t, _, _ in asserted_triples(events, modality=modality)}, [
        (e.event_type, e.modality) for e in events]
    assert event_type not in {t for t, _, _ in asserted_triples(events)}
