"""Modality of events that are only risked, conditioned, awaited or held as a capacity or an
attitude: "faces being deported", "in case troops crossed", "the moment X joins", "has no
authority to concede", "its eagerness to disengage".

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from detente.events.modality import event_modality
from parsed_tokens import trigger


# (sentence, trigger word, expected modality)
CASES = [
    # 1. an act one faces, risks or is in danger of, or is threatened with, is still to come
    ("The Uyghur activist faces being deported by Kazakhstan.", "deported", "hypothetical"),
    ("The blogger risks being arrested by Turkish police.", "arrested", "hypothetical"),
    ("Two Afghan interpreters are in danger of being expelled by Pakistan.", "expelled",
     "hypothetical"),
    ("Malaysia threatened the Myanmar envoy with expulsion.", "expulsion", "future"),
    ("Poland threatened Belarus with new sanctions.", "sanctions", "future"),
    ("The Bahraini activist faces deportation from Thailand.", "deportation", "hypothetical"),
    ("Moscow faces new sanctions from the EU.", "sanctions", "hypothetical"),
    ("Iran faced sanctions for decades.", "sanctions", "asserted"),
    # ... but what one faced or has been charged with is not
    ("The activist faced charges of sedition in Dhaka.", "charges", "asserted"),
    # 2. conditions of more than one word, "lest" and an inverted "should"
    ("Latvia put its border guards on alert in case Russian units crossed the frontier.",
     "crossed", "hypothetical"),
    ("Manila will protest formally in the event that Chinese vessels ram its boats.", "ram",
     "hypothetical"),
    ("In the event of an attack on Lithuania, Germany will send reinforcements.", "attack",
     "hypothetical"),
    ("Canberra will lift the tariffs provided that Beijing releases the detained writer.",
     "releases", "hypothetical"),
    ("Kyiv will accept the ceasefire on condition that Moscow withdraws its troops from Kherson.",
     "withdraws", "hypothetical"),
    ("Peru closed the consulate lest Bolivian protesters storm it.", "storm", "hypothetical"),
    ("Should Venezuela invade the Essequibo, Guyana will appeal to the Security Council.",
     "invade", "hypothetical"),
    # the main clause keeps its own modality
    ("In the event of an attack on Lithuania, Germany will send reinforcements.", "send",
     "future"),
    ("Peru closed the consulate lest Bolivian protesters storm it.", "closed", "asserted"),
    # 3. a clause of time under a main clause still to come, with "the moment", "the minute",
    # "as soon as", "once", or under a governor rather than an auxiliary
    ("Hungary will veto the package the moment Brussels imposes sanctions on Russian gas.",
     "imposes", "future"),
    ("The minute Pyongyang tests another missile, Tokyo will impose new sanctions.", "tests",
     "future"),
    ("Nicaragua is ready to restore relations with Taiwan once Taipei expels the opposition "
     "leaders.", "expels", "hypothetical"),
    ("Turkey threatened to block the bid the moment Finland applies.", "applies", "future"),
    # (the parser's other readings: the clause as an apposition of "moment", "once" as an adverb)
    ("The moment Kyiv attacks Crimea, Moscow will retaliate.", "attacks", "future"),
    ("Once Ankara lifts its veto, Stockholm will extradite the suspects.", "lifts", "future"),
    # (with no comma the parser makes the clause of time the root, or "soon" the root)
    ("Once Kosovo signs the accord Serbia will recognise its passports.", "signs", "future"),
    ("The moment Hamas frees the hostages Israel will halt the strikes.", "frees", "future"),
    ("As soon as Hamas frees the hostages the bombing will stop.", "frees", "future"),
    # (a passive clause in the present)
    ("Once the accord is signed by Armenia, Baku will reopen the border.", "signed", "future"),
    ("Azerbaijan reopened the border once the accord was signed.", "signed", "asserted"),
    # ... but in a past narrative it happened
    ("Bulgaria recalled its ambassador the moment Skopje published the report.", "published",
     "asserted"),
    ("Argentina lifted the tariffs once Brazil released the detained sailors.", "released",
     "asserted"),
    # 4. nouns of capacity, attitude, plan or agreement governing an infinitive
    ("The negotiator has no authority to recognise Kosovo's independence.", "recognise",
     "negated"),
    ("Bolivia gave the mediator the authority to negotiate with Chile.", "negotiate",
     "hypothetical"),
    ("The parliament has the power to impeach the president.", "impeach", "hypothetical"),
    ("Ghana welcomed the junta's eagerness to release the detained activists.", "release",
     "hypothetical"),
    ("Serbia's willingness to recognise Kosovo surprised analysts.", "recognise", "hypothetical"),
    ("Mali expressed readiness to negotiate with the Tuareg rebels.", "negotiate", "hypothetical"),
    ("Britain unveiled a plan to deport migrants to Rwanda.", "deport", "future"),
    ("Thailand and Cambodia reached a deal to release detained fishermen.", "release", "future"),
    ("Egypt has a duty to protect the Sudanese refugees.", "protect", "hypothetical"),
    ("Iraq sees no reason to expel the Turkish ambassador.", "expel", "negated"),
    ("The ministers discussed a campaign to oust the Burmese junta.", "oust", "hypothetical"),
    ("Lima is committed to extraditing the smugglers to Ecuador.", "extraditing", "future"),
    ("The detainee has a reasonable expectation of being repatriated to Morocco.", "repatriated",
     "future"),
    ("Some 500 instructors are in Mogadishu, tasked with teaching the army to fight the "
     "insurgents.", "fight", "hypothetical"),
    ("Ms Diaz argued in favour of the deputies boycotting the budget vote.", "boycotting",
     "hypothetical"),
    # an event noun's purpose shares its chain
    ("Mr Kerr will give a speech during a visit to support Labour candidates in Leeds.",
     "support", "future"),
    ("Mr Kerr gave a speech during a visit to support Labour candidates in Leeds.", "support",
     "asserted"),
    # ... not a decision's content: a decision to act is the act
    ("Paris urged Moscow to reverse its decision to expel the diplomats.", "expel", "asserted"),
    ("The senator did not address the decision to withdraw 2,000 troops from Syria.", "withdraw",
     "asserted"),
    # commands, and supposed cases weighed in the present
    ("Kill them all.", "Kill", "hypothetical"),
    ("Please expel the ambassador and close the embassy.", "close", "hypothetical"),
    ("An invasion of Taiwan risks a wider war.", "invasion", "hypothetical"),
    ("Any attack on Estonia means war with the whole alliance.", "attack", "hypothetical"),
    ("The invasion of Ukraine risks a wider war.", "invasion", "asserted"),
    ("A clash in Goma killed four soldiers.", "clash", "asserted"),
    ("Sudan expelled the envoy.", "expelled", "asserted"),
    # a participle after its verb is no more real than the verb
    ("The envoy said she expected the militia would comply by surrendering its rifles then "
     "releasing the hostages.", "releasing", "hypothetical"),
    ("Russia will strike the city, killing hundreds.", "killing", "future"),
    ("Russia struck the city, killing hundreds.", "killing", "asserted"),
    ("Russia did not withdraw, leaving the town exposed.", "leaving", "asserted"),
    # what governs the first of two verbs joined by "but" governs the second
    ("Uganda rejected claims that its troops looted Bunia but shelled Beni.", "shelled", "denied"),
    ("Kenya did not attack the camp but shelled the town.", "shelled", "asserted"),
    ("Brazil refused to meet the envoy but sent a letter.", "sent", "asserted"),
    # a hedging adverb, a deliberation, a condition with no clause of its own
    ("The two men are allegedly responsible for murdering six hostages in Mali.", "murdering",
     "hypothetical"),
    ("Chadian troops allegedly shelled the village.", "shelled", "hypothetical"),
    ("The Peruvian premier mulled over resigning.", "resigning", "hypothetical"),
    ("Italy has put its navy on standby to evacuate its citizens if necessary.", "evacuate",
     "hypothetical"),
    ("Italy has put its navy on standby to evacuate its citizens if necessary.", "put",
     "asserted"),
    ("Spain plans to evacuate its nationals from Niger if necessary.", "evacuate", "future"),
    # a gerund with its own subject after "of", hung on the governing noun itself
    ('But there is still "little prospect" of Brazil agreeing to curb logging.', "agreeing",
     "negated"),
    ("Voters are more inclined to back the Greens.", "back", "hypothetical"),
    # forestalled: "before he was able to", "before he could"
    ("A gunman was shot dead before he was able to attack the checkpoint.", "attack", "failed"),
    ("Police arrested the bomber before he could detonate the device.", "detonate", "failed"),
    ("The army withdrew before the rebels attacked the base.", "attacked", "asserted"),
    # what is made easier or impossible is not done by the making
    ("The new law makes it easier to deport foreign criminals.", "deport", "hypothetical"),
    ("The snow made it impossible to hold the vote in Bihar.", "hold", "negated"),
    # an aim, plan or goal that is to do something
    ("Canada's aims are to deter Russian pressure in the Arctic, resisting Moscow's attempts to "
     "claim the seabed.", "resisting", "future"),
]


@pytest.mark.parametrize("sentence, word, expected", CASES)
def test_modality_gap(nlp, sentence, word, expected):
    modality, reason = event_modality(trigger(nlp, sentence, word))
    assert modality == expected, reason


def _events(code_text, sentence):
    return code_text(sentence, date="2024-03-06")


# (sentence, event type that must be coded, its modality)
END_TO_END = [
    ("The Uyghur activist faces being deported by Kazakhstan.", "COERCE", "hypothetical"),
    ("The blogger risks being arrested by Turkish police.", "COERCE", "hypothetical"),
    ("Manila will protest formally in the event that Chinese vessels ram its boats.", "ASSAULT",
     "hypothetical"),
    ("Hungary will veto the package the moment Brussels imposes sanctions on Russian gas.",
     "SANCTION", "future"),
    ("The moment Kyiv attacks Crimea, Moscow will retaliate.", "ASSAULT", "future"),
    ("Nicaragua is ready to restore relations with Taiwan once Taipei expels the opposition "
     "leaders.", "COERCE", "hypothetical"),
    ("Ghana welcomed the junta's eagerness to release the detained activists.", "RETREAT",
     "hypothetical"),
    ("Iraq sees no reason to expel the Turkish ambassador.", "SANCTION", "negated"),
    ('But there is still "little prospect" of Brazil agreeing to curb logging.', "AGREE",
     "negated"),
]


@pytest.mark.parametrize("sentence, event_type, modality", END_TO_END)
def test_modality_gap_end_to_end(code_text, sentence, event_type, modality):
    events = [e for e in _events(code_text, sentence) if e.event_type == event_type]
    assert events, f"no {event_type} in {sentence!r}"
    assert {e.modality for e in events} == {modality}


# The governing event is still coded, asserted, while what it governs is not.
GOVERNING = [
    ("Mali expressed readiness to negotiate with the Tuareg rebels.", "AGREE", "MLI", "CONSULT"),
    ("Senegal expressed its readiness to hold talks with the Malian junta.", "AGREE", "SEN",
     "CONSULT"),
    ("Malaysia threatened the Myanmar envoy with expulsion.", "THREATEN", "MYS", "SANCTION"),
    ("Poland threatened Belarus with new sanctions.", "THREATEN", "POL", "SANCTION"),
    ("Thailand and Cambodia reached a deal to release detained fishermen.", "AGREE", "THA",
     "RETREAT"),
]


@pytest.mark.parametrize("sentence, event_type, source, embedded_type", GOVERNING)
def test_modality_gap_governing_event_still_asserted(code_text, sentence, event_type, source,
                                                     embedded_type):
    asserted = [e for e in _events(code_text, sentence) if e.modality == "asserted"]
    assert any(e.event_type == event_type and e.source and e.source.code.startswith(source)
               for e in asserted), asserted
    assert not any(e.event_type == embedded_type for e in asserted), asserted


# Positive controls: plain past events stay asserted (an attempted attack is an attack).
@pytest.mark.parametrize("sentence, event_type", [
    ("Rebels made an attempt to seize the airport from Congolese troops.", "ASSAULT"),
    ("The Chinese coast guard blocked Philippine supply boats near the shoal.", "COERCE"),
    ("Colombia expelled the Venezuelan consul after the raid.", "SANCTION"),
    ("Argentina lifted the tariffs once Brazil released the detained sailors.", "RETREAT"),
    ("Bulgaria recalled its ambassador the moment Skopje published the report.", "SANCTION"),
])
def test_modality_gap_positive_controls(code_text, sentence, event_type):
    assert event_type in {e.event_type for e in _events(code_text, sentence)
                          if e.modality == "asserted"}


# 5. A negated agent: the act itself is asserted; the source must be the agent after "but by".
# The source is chosen by the argument stage (events/arguments.py, subject_of), which still
# takes the first, negated "by"; the xfail records that gap.
NEGATED_AGENT = "The raid on the convoy was carried out not by the Malian army but by jihadists."


def test_modality_gap_negated_agent_keeps_the_act_asserted(code_text):
    events = [e for e in _events(code_text, NEGATED_AGENT) if e.event_type == "ASSAULT"]
    assert events and {e.modality for e in events} == {"asserted"}


@pytest.mark.xfail(reason="arguments.py takes the negated 'not by' agent as the source",
                   strict=False)
def test_modality_gap_negated_agent_is_not_the_source(code_text):
    events = [e for e in _events(code_text, NEGATED_AGENT) if e.event_type == "ASSAULT"]
    assert events and not any(e.source and e.source.code.startswith("MLI") for e in events)
