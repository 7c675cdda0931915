"""Recall of the verbal conflict types (REQUEST, THREATEN, REJECT, CONCEDE) in the forms news
writers use: passives, nominalisations, ultimatums with a span of time, reported threats of what
a state could do, stated refusals, refusals with their conditions.

Every sentence here was written for these tests; none comes from an evaluation file.  A case
names the (type, source country, target country) an event of the given modality must have; a
near miss must give no asserted event of the listed type.
"""

from __future__ import annotations

import pytest

from event_triples import PATTERN_TEST_DATE, asserted_triples, coded_triples


CASES = [
    # a noun of asking names its asker after "from"
    ("The appeal from Lebanon for international aid went largely unanswered.", "REQUEST", "LBN", None),
    ("A plea from Tonga for drinking water reached New Zealand.", "REQUEST", "TON", None),
    # what is asked is done to a party the passive clause names
    ("Ireland called for the British soldiers to be prosecuted.", "REQUEST", "IRL", "GBR"),
    ("Turkey demanded that the Greek officers be punished.", "REQUEST", "TUR", "GRC"),
    ("Peru asked for the Chilean spies to be expelled.", "REQUEST", "PER", "CHL"),
    # a span of time given to a party to act is an ultimatum
    ("Saudi Arabia gave Qatar ten days to meet its demands.", "THREATEN", "SAU", "QAT"),
    ("Ghana gave Togo 30 days to hand over the suspects.", "THREATEN", "GHA", "TGO"),
    ("Washington gave Pakistan a week to act against the militants.", "THREATEN", "USA", "PAK"),
    # ... and one given to diplomats to leave is an expulsion
    ("Venezuela gave the Colombian diplomats 72 hours to leave the country.", "SANCTION", "VEN", "COL"),
    # a state warned what to do or not to do, active or passive
    ("Taiwan was warned by China not to seek independence.", "THREATEN", "CHN", "TWN"),
    ("China warned Taiwan not to seek independence.", "THREATEN", "CHN", "TWN"),
    # the passive's agent hung by the parser on the noun before it
    ("Eritrea was threatened with sanctions by the United States.", "THREATEN", "USA", "ERI"),
    ("Rwanda was accused of aggression by Congo.", "ACCUSE", "COG", "RWA"),
    # a hostile act the actor says it could or might do is a threat
    ("Russia said it could cut gas supplies to Moldova if the debt was not paid.", "THREATEN", "RUS", "MDA"),
    ("Turkey said it might close its airspace to Israeli planes.", "THREATEN", "TUR", "ISR"),
    # the other party of a treaty or talks left
    ("Russia pulled out of the arms control treaty with the United States.", "REJECT", "RUS", "USA"),
    ("The Palestinians threatened to pull out of the peace talks with Israel.", "THREATEN", "PSE", "ISR"),
    # the content of a refused invitation names whom it was to meet
    ("Ukraine declined an invitation to meet Russian officials in Minsk.", "REJECT", "UKR", "RUS"),
    # an actor's stated refusal of its own act ("would not", "will never", "won't")
    ("Iran said it would not accept any deal that limited its missile programme.", "REJECT", "IRN", None),
    ("Russia said it would never return the Kuril islands to Japan.", "REJECT", "RUS", "JPN"),
    ("Seoul said it would not meet the North Korean envoy.", "REJECT", "KOR", "PRK"),
    ("The president of Mali said he would not resign.", "REJECT", "MLI", None),
    ("Serbia won't extradite the former commander to Croatia.", "REJECT", "SRB", "HRV"),
    # a warning that names no one warned still says the threat it carries
    ("Russia warned it would take countermeasures.", "THREATEN", "RUS", None),
    # force kept open, a red line drawn: the negation is the threat
    ("Israel said it would not rule out military action against Iran.", "THREATEN", "ISR", "IRN"),
    ("The United States did not rule out military action against Venezuela.", "THREATEN", "USA", "VEN"),
    ("Israel refused to rule out a strike on Iranian nuclear sites.", "THREATEN", "ISR", "IRN"),
    ("China said it would not tolerate any foreign interference in Hong Kong.", "THREATEN", "CHN", None),
    ("Turkey will not tolerate a terror corridor on its border with Syria, Erdogan said.", "THREATEN", "TUR", None),
    # ... while force ruled out is still a REJECT
    ("Israel ruled out military action against Iran.", "REJECT", "ISR", "IRN"),
    # the refused act's own 'to' phrase names whom a refusal is aimed at, when its object is
    # a person of no country
    ("Nigeria refused to extradite the former minister to Britain.", "REJECT", "NGA", "GBR"),
    # a headline's name before a colon says what follows
    ("Latvia: Russia must pull troops back from the border.", "REQUEST", "LVA", "RUS"),
    ("Erdogan: Sweden must expel the militants", "REQUEST", "TUR", "SWE"),
    # the speaker's warning that another will bear the consequences
    ("Beijing said Washington would bear the consequences of the arms sale to Taiwan.", "THREATEN", "CHN", "USA"),
    # a refusal is made even when what it refuses stalls something else
    ("Ethiopia's rejection of the Egyptian proposal stalled the talks.", "REJECT", "ETH", "EGY"),
]


NEAR_MISSES = [
    # time granted to think is no ultimatum
    ("The lenders gave Greece two weeks to study the plan.", "THREATEN"),
    # advice to residents is no threat
    ("The agency warned residents to seek shelter.", "THREATEN"),
    # restrictions eased, in a parse that reads the verb as an adjective, are no sanction
    ("China relaxed travel restrictions on visitors from Australia.", "SANCTION"),
    # the condition of a refusal has not happened
    ("Uribe refused to negotiate with the FARC until the hostages were freed.", "RETREAT"),
    ("Iran declined to meet the Saudi envoys until Riyadh released the detained pilgrims.", "RETREAT"),
    # a guess about what a government may do, told by someone else, is no threat of its own
    ('"The government may try to deport some of them," the British minister said.', "THREATEN"),
    # a help the actor says it could give is no promise, and no threat
    ("Japan said it could send aid to Nepal.", "THREATEN"),
    # a negated report, a counterfactual, another's refusal, a stop and an inability refuse
    # nothing; a promise not to attack is no refusal
    ("Iran did not accept the deal.", "REJECT"),
    ("Kenya has not signed the treaty.", "REJECT"),
    ("Israel would not have accepted the deal without guarantees.", "REJECT"),
    ("Japan said China would not accept the deal.", "REJECT"),
    ("Washington would no longer supply arms to the Kurdish fighters.", "REJECT"),
    ("Chile said it cannot send troops to Haiti.", "REJECT"),
    ("Russia said it would not attack Ukraine.", "REJECT"),
    # a forecast under a warning that names no one is no threat
    ("The minister warned it would take years to rebuild the city.", "THREATEN"),
    # a past intolerance and an option other than force kept open threaten no one
    ("The junta did not tolerate dissent.", "THREATEN"),
    ("Kenya did not rule out early elections.", "THREATEN"),
    # a column's label before a colon is no speaker
    ("Analysis: Russia must decide on Ukraine.", "REQUEST"),
    # a burden or a duty borne is no threat
    ("The minister said taxpayers would bear the cost of the bailout.", "THREATEN"),
    ("The Greek finance minister said Greece would bear responsibility for its debts.", "THREATEN"),
    # what an ultimatum demands is not done
    ("Ghana gave Togo 30 days to hand over the suspects.", "COOPERATE"),
]


MODALITY = [
    # the content of the threat stays hypothetical
    ("Russia said it could cut gas supplies to Moldova if the debt was not paid.", "SANCTION", "hypothetical"),
    ("Uribe refused to negotiate with the FARC until the hostages were freed.", "RETREAT", "hypothetical"),
    # talks that stall without an object still failed
    ("The talks with Iran stalled.", "CONSULT", "failed"),
    # an act after "until" under a plain main verb happened
    ("Fighting continued until the Russian troops withdrew from the town.", "RETREAT", "asserted"),
]


@pytest.mark.parametrize("sentence,event_type,source,target", CASES)
def test_verbal_recall_codes_type_and_actors(code_text, sentence, event_type, source, target):
    found = coded_triples(code_text, sentence)
    assert (event_type, source, target) in found, found


@pytest.mark.parametrize("sentence,event_type", NEAR_MISSES)
def test_verbal_recall_near_miss_asserts_no_event_of_type(code_text, sentence, event_type):
    found = coded_triples(code_text, sentence)
    assert not any(t == event_type for t, _, _ in found), found


@pytest.mark.parametrize("sentence,event_type,modality", MODALITY)
def test_verbal_recall_keeps_modality(code_text, sentence, event_type, modality):
    events = code_text(sentence, date=PATTERN_TEST_DATE)
    assert event_type in {t for t, _, _ in asserted_triples(events, modality=modality)}, [
        (e.event_type, e.modality) for e in events]
