"""Modality, reported speech and embedded events: unit tests on parsed sentences, and the
end-to-end rule that non-asserted sentences produce no asserted event.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from detente.errors import DataFileError
from detente.events.modality import (
    embedded_under, event_modality, load_cues, refusal_reason, reporter_of,
)
from parsed_tokens import trigger


# (sentence, trigger word, expected modality)
CASES = [
    # negated
    ("Chile did not condemn the raid on its embassy.", "condemn", "negated"),
    ("Kenya never met Ugandan officials during the crisis.", "met", "negated"),
    ("No talks were held between Ghana and Togo last week.", "held", "negated"),
    ("No talks were held between Ghana and Togo last week.", "talks", "negated"),
    ("Spain no longer recognises the Venezuelan government.", "recognises", "negated"),
    # what talks are held to achieve has not happened
    ("Chad and Niger are in talks to repatriate refugees to Sudan.", "repatriate", "hypothetical"),
    ("Negotiations to free the detained sailors resumed in Oslo.", "free", "hypothetical"),
    ("Chile expelled no more than two Bolivian diplomats.", "expelled", "asserted"),
    ("Brazil refused to meet the Argentine envoy.", "meet", "negated"),
    # a negated governor over a plan or wish: the plan is off
    ("Bolivia cancelled plans to open an embassy in Tehran.", "open", "negated"),
    ("The proposal to hold talks with Paraguay was shelved.", "hold", "negated"),
    ("Oman did not want to join the coalition.", "join", "negated"),
    ("There is no evidence that Eritrea sent troops across the border.", "sent", "negated"),
    # inverted conditions and raising passives
    ("Had Belarus attacked, Poland would have responded.", "attacked", "hypothetical"),
    ("Were Serbia to invade, NATO would respond.", "invade", "hypothetical"),
    ("Qatar is believed to have funded the militia.", "funded", "hypothetical"),
    ("Syria is reported to have bombed the market.", "bombed", "hypothetical"),
    ("The Hungarian government declined to sign the declaration.", "sign", "negated"),
    ("Nobody in Ankara criticised the Greek decision.", "criticised", "negated"),
    ("Ottawa has not imposed sanctions on Caracas.", "imposed", "negated"),
    ("Vietnam ruled out holding talks with Cambodia.", "holding", "negated"),
    ("The Dutch minister left without meeting her Belgian counterpart.", "meeting", "negated"),
    ("There is little sign of a breakthrough between Armenia and Azerbaijan.", "breakthrough", "negated"),
    ("Norway hardly ever consults Denmark on fisheries.", "consults", "negated"),
    ("Thailand did not recall its ambassador from Phnom Penh.", "recall", "negated"),
    ("The Swiss government would not extradite the suspect to Russia.", "extradite", "negated"),
    ("Kazakhstan has not yet signed the treaty.", "signed", "negated"),
    ("Iran won't attend the summit in Baku.", "attend", "negated"),
    ("Kenya has yet to sign the treaty.", "sign", "negated"),
    ("The summit in Lusaka did not take place.", "summit", "negated"),
    ("Germany's refusal to send tanks angered Kyiv.", "send", "negated"),
    ("Ireland has no plans to meet British officials this week.", "meet", "negated"),
    # hypothetical or conditional
    ("The European Union may impose new sanctions on Belarus.", "impose", "hypothetical"),
    ("Washington might reappoint an ambassador to Minsk.", "reappoint", "hypothetical"),
    ("Seoul could expel North Korean diplomats.", "expel", "hypothetical"),
    ("If Japan imposes tariffs, Korea will retaliate.", "imposes", "hypothetical"),
    ("Germany would send tanks if Poland asked.", "send", "hypothetical"),
    ("The minister refused to rule out reappointing ambassadors.", "reappointing", "hypothetical"),
    ("Poland did not rule out sanctions against Minsk.", "sanctions", "hypothetical"),
    ("A new summit might change opinions in Vilnius.", "summit", "hypothetical"),
    ("France is considering sanctions against Mali.", "sanctions", "hypothetical"),
    ("Tokyo urged Beijing to release the detained fishermen.", "release", "hypothetical"),
    ("Iraq is ready to resume talks with Kuwait.", "resume", "hypothetical"),
    ("Spain hopes to sign a fisheries accord with Morocco.", "sign", "hypothetical"),
    ("Mexico proposed holding a summit with Guatemala.", "holding", "hypothetical"),
    # a bare infinitive under help/let/make belongs to its governor, not a report of its own
    ("Italy said it would send engineers to help Albania rebuild the port.", "rebuild", "hypothetical"),
    ("Chad may let the convoy cross into Sudan.", "cross", "hypothetical"),
    ("Austria moved to lift the ban on Iranian flights.", "lift", "future"),
    ("Greece is tipped to host the next summit.", "host", "future"),
    ("Denmark hinted at easing sanctions on Belarus.", "easing", "hypothetical"),
    ("Laos received an invitation to visit Vietnam.", "visit", "hypothetical"),
    ("The rebel leader spoke of his desire to attack the capital.", "attack", "hypothetical"),
    ("Ghana called for talks with Togo.", "talks", "hypothetical"),
    ("Pakistan accused India of shelling border posts.", "shelling", "hypothetical"),
    ("Azerbaijan and Armenia accused each other of breaking the truce.", "breaking", "hypothetical"),
    ("Russia is unlikely to attend the summit.", "attend", "hypothetical"),
    ("It remains unclear whether Russia will attend.", "attend", "hypothetical"),
    ("Hungary blamed Romania for the border incident.", "incident", "hypothetical"),
    ("The two leaders discussed ways to end the conflict.", "end", "hypothetical"),
    ("The minister refused to rule out reappointing ambassadors.", "refused", "hypothetical"),
    # future or intended
    ("Norway will host Swedish negotiators next week.", "host", "future"),
    ("Poland plans to expel the Russian ambassador.", "expel", "future"),
    ("Egypt is expected to sign the accord with Sudan.", "sign", "future"),
    ("Cuba intends to restore ties with Spain.", "restore", "future"),
    ("Moscow is set to host Chinese leaders in May.", "host", "future"),
    ("France threatened to expel the Malian ambassador.", "expel", "future"),
    ("Indonesia pledged to send aid to the Philippines.", "send", "future"),
    ("The Kenyan president is scheduled to visit Ethiopia on Friday.", "visit", "future"),
    ("Peru agreed to withdraw troops from the border.", "withdraw", "future"),
    ("Argentina is going to recall its envoy from London.", "recall", "future"),
    ("Qatar announced plans to mediate between the two sides.", "mediate", "future"),
    ("Macron to visit Algeria next month.", "visit", "future"),
    ("The talks between Iran and Oman will resume on Monday.", "talks", "future"),
    ("Moscow warned Kyiv against joining NATO.", "joining", "future"),
    ("Italy is expected to host Libyan leaders.", "expected", "future"),
    # denied
    ("Iran denied that it attacked the tanker.", "attacked", "denied"),
    ("Iran denied attacking the tanker.", "attacking", "denied"),
    ("Turkey rejected claims that its troops shelled Syrian villages.", "shelled", "denied"),
    ("The Rwandan army denied it had shelled Congolese villages.", "shelled", "denied"),
    ("Belgrade dismissed reports that it had armed the militia.", "armed", "denied"),
    ("Hamas denied any involvement in the attack.", "attack", "denied"),
    ("Moscow rejected the accusation that it had bombed the hospital.", "bombed", "denied"),
    # failed
    ("Serbia and Kosovo failed to reach an agreement.", "reach", "failed"),
    ("The talks collapsed without a deal.", "deal", "failed"),
    ("The Geneva talks ended without an agreement.", "agreement", "failed"),
    ("Lebanon was unable to secure a loan from the IMF.", "secure", "failed"),
    ("Negotiators from Sudan and Chad nearly reached a ceasefire.", "reached", "failed"),
    ("The failed coup against the Gambian president shocked the region.", "coup", "failed"),
    # asserted controls
    ("Canada signed a trade deal with Mexico on Monday.", "signed", "asserted"),
    ("Estonia helped Latvia repair the damaged cable.", "repair", "asserted"),
    ("Germany said Russian forces attacked Ukrainian positions.", "attacked", "asserted"),
    ("Russian forces attacked Ukrainian positions, Kyiv said.", "attacked", "asserted"),
    ("The visit did not change anything.", "visit", "asserted"),
    ("Japan not only condemned the test but also summoned the ambassador.", "condemned", "asserted"),
    ("The Chinese foreign minister travelled to Lagos to meet Nigerian officials.", "meet", "asserted"),
    ("India and Bangladesh held talks on water sharing.", "held", "asserted"),
    ("Pakistan accused India of shelling border posts.", "accused", "asserted"),
    ("France threatened to expel the Malian ambassador.", "threatened", "asserted"),
    ("Sweden did not meet Finland but signed a defence pact with Norway.", "signed", "asserted"),
    ("The United States extended sanctions against Belarusian leaders.", "extended", "asserted"),
    ("Israel continued to strike targets in Gaza.", "strike", "asserted"),
    ("Turkey managed to broker a deal between the two sides.", "broker", "asserted"),
    ("The minister, who visited Kabul on Monday, met Afghan officials.", "visited", "asserted"),
    ("Before meeting Putin, Xi visited Kazakhstan.", "meeting", "asserted"),
    ("Washington expects Moscow to withdraw its troops.", "expects", "asserted"),
    ("The sanctions imposed in May will hurt the Russian economy.", "sanctions", "asserted"),
    ("The talks between Iran and Oman began on Sunday.", "talks", "asserted"),
    ("The faction claimed credit for the ambush on the convoy.", "ambush", "asserted"),
    ("The minister told reporters that Syrian troops had shelled the town.", "shelled", "asserted"),
    # a clause of time under a main verb still to come has not happened either
    ("Tunisia will free the fishermen once Malta apologizes.", "apologizes", "future"),
    ("Aid will flow when Eritrea withdraws its troops from the border.", "withdraws", "future"),
    ("Oman will host the talks as soon as Yemen frees the hostages.", "frees", "future"),
    ("Ghana would restore ties only after Togo returned the seized boats.", "returned", "hypothetical"),
    ("The mission will stay until the militias have disarmed.", "disarmed", "future"),
    # but what it follows has happened: past under a future, or an act done
    ("Peru will try the fishermen after they entered its waters last week.", "entered", "asserted"),
    ("Kenya expelled the envoy after he insulted the president.", "insulted", "asserted"),
    ("We can hardly recall the years before the army seized power.", "seized", "asserted"),
]


@pytest.mark.parametrize("sentence,word,expected", CASES)
def test_modality_of_trigger(nlp, sentence, word, expected):
    modality, reason = event_modality(trigger(nlp, sentence, word))
    assert modality == expected, reason
    assert reason


def test_modality_reason_names_the_cue(nlp):
    _, reason = event_modality(trigger(nlp, "Chile did not condemn the raid.", "condemn"))
    assert "not" in reason
    _, reason = event_modality(trigger(nlp, "Poland plans to expel the envoy.", "expel"))
    assert "plans" in reason


def test_modality_question_is_not_asserted(nlp):
    modality, _ = event_modality(trigger(nlp, "Did Russia attend the summit in Astana?", "attend"))
    assert modality != "asserted"


@pytest.mark.parametrize("sentence,word,reporter", [
    ("Germany said Russian forces attacked Ukrainian positions.", "attacked", "Germany"),
    ("Russian forces attacked Ukrainian positions, Kyiv said.", "attacked", "Kyiv"),
    ("According to officials, Sudan bombed the town.", "bombed", "officials"),
    ("Officials said the two ministers will meet in Geneva.", "meet", "Officials"),
    ("Ukraine claimed that Russia shelled Kharkiv overnight.", "shelled", "Ukraine"),
    # a statement's issuer or owner reports what it says; an inquiry's conclusion is reported
    ("Canada issued a statement saying Iran had detained two sailors.", "detained", "Canada"),
    ("Chile's statement saying Peru had closed the border was denied.", "closed", "Chile"),
    ("The panel concluded that Sudanese troops burned the villages.", "burned", "panel"),
])
def test_modality_reporter_of_reported_speech(nlp, sentence, word, reporter):
    found = reporter_of(trigger(nlp, sentence, word))
    assert found is not None and found.text == reporter


@pytest.mark.parametrize("sentence,word,kind", [
    ("Iran won't attend the summit in Baku.", "attend", "refusal"),
    ("The Swiss government would not extradite the suspect to Russia.", "extradite", "refusal"),
    ("Brazil refused to meet the Argentine envoy.", "meet", "refusal"),
    ("France can't accept the proposal.", "accept", "refusal"),
    ("Russia does not recognise the breakaway republic.", "recognise", "stance"),
    ("Kazakhstan has not yet signed the treaty.", "signed", None),
    ("Chile did not condemn the raid on its embassy.", "condemn", None),
    ("Kenya never met Ugandan officials during the crisis.", "met", None),
    ("Canada signed a trade deal with Mexico.", "signed", None),
])
def test_modality_refusal_reason(nlp, sentence, word, kind):
    reason = refusal_reason(trigger(nlp, sentence, word))
    assert (reason.split(":")[0] if reason else None) == kind


def test_modality_no_reporter_in_plain_sentence(nlp):
    assert reporter_of(trigger(nlp, "Canada signed a trade deal with Mexico.", "signed")) is None


@pytest.mark.parametrize("sentence,word,kind", [
    ("Pakistan accused India of shelling border posts.", "shelling", "accusation"),
    ("France threatened to expel the Malian ambassador.", "expel", "threat"),
    ("Iran denied attacking the tanker.", "attacking", "denial"),
    ("Tokyo urged Beijing to release the detained fishermen.", "release", "request"),
    ("Brazil refused to meet the Argentine envoy.", "meet", "refusal"),
])
def test_modality_embedded_under_governing_event(nlp, sentence, word, kind):
    reason = embedded_under(trigger(nlp, sentence, word))
    assert reason is not None and reason.startswith(kind)


@pytest.mark.parametrize("sentence,word", [
    ("Pakistan accused India of shelling border posts.", "accused"),
    ("Canada signed a trade deal with Mexico.", "signed"),
    ("Poland plans to expel the Russian ambassador.", "expel"),  # a plan is not itself an event
])
def test_modality_not_embedded(nlp, sentence, word):
    assert embedded_under(trigger(nlp, sentence, word)) is None


def test_modality_cues_file_validates(tmp_path):
    assert "refuse" in load_cues().governors
    bad = tmp_path / "modality.yaml"
    bad.write_text("auxiliaries:\n  may: maybe\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_cues(bad)
    assert "modality.yaml:2" in str(info.value)


# ----------------------------------------------------------------------------------------------
# End to end: negated, hypothetical, denied-or-failed sentences produce no asserted event at all.

NOTHING_ASSERTED = [
    # a judgement put to "it", a remit
    "It may be preferable to prosecute the Somali pirates in Kenya.",
    "The agency has a mandate to support the Somali government.",
    # an act named as the subject of a judgement in the present, by no one
    "Jailing journalists without trial violates the Kenyan constitution.",
    "Attacking civilians is a war crime, the UN said.",
    # a reluctance keeps its complement undone
    "Kenya hesitated to shell the Somali camps.",
    # a capacity to act is not the act
    "Kenya is in a position to expel the Somali envoy.",
    "Kenyan courts are well equipped to convict the Somali pirates.",
    # the raising passive of "say" reports hearsay
    "Chad is said to have shelled the rebel camps near the border.",
    # negated
    "Washington would no longer supply arms to the Kurdish fighters.",
    "Refugees are no longer repatriated to Eritrea.",
    "Chile did not condemn the raid on its embassy.",
    "Kenya never met Ugandan officials during the crisis.",
    "No talks were held between Ghana and Togo last week.",
    "Nobody in Ankara criticised the Greek decision.",
    # prevented: barred, forbidden, deterred from doing it
    "A court order barred the Kenyan police from arresting the opposition leader.",
    "Washington has forbidden Israel to strike Iranian nuclear sites.",
    "Western warnings deterred Serbia from attacking Kosovo.",
    "A court order prevented Kenyan police from detaining the opposition leader.",
    "Egyptian officials were stopped from meeting their Ethiopian counterparts.",
    # an adjective or modal of the copula governs its extraposed clause
    "It would be hard for Lisbon to side with Madrid in the fishing quarrel.",
    "It is impossible for Belgrade to recognise Kosovo.",
    # imagined
    "A Polish analyst imagined Russian jets bombing Warsaw.",
    # a plot, a plan: the small parser hangs the infinitive on the verb, the noun still governs it
    "Kenyan police uncovered a plot to kill the Ugandan president.",
    "Analysts discussed the conspiracy to bomb the Turkish embassy in Athens.",
    # a deadline or an order is not yet the act; working towards it is not the act
    "The Palestinian Authority was working to end attacks on Israeli settlers.",
    "Belarus has until Friday to free the detained Polish journalists.",
    "The Russian general ordered his troops to attack the Ukrainian positions.",
    "Ottawa has not imposed sanctions on Caracas.",
    "The Dutch minister left without meeting her Belgian counterpart.",
    "There is little sign of a breakthrough between Armenia and Azerbaijan.",
    "Norway hardly ever consults Denmark on fisheries.",
    "Thailand did not recall its ambassador from Phnom Penh.",
    "Kazakhstan has not yet signed the treaty.",
    "Japan did not protest the Chinese naval exercise.",
    "Ireland has no plans to meet British officials this week.",
    "The Kremlin has never recognised the independence of the breakaway region.",
    "Hanoi did not send troops to the border.",
    "Neither side fired on the other during the night.",
    "The Syrian army did not shell the town on Sunday.",
    "Kabul and Islamabad have not held talks since March.",
    "Bolivia did not expel any foreign diplomats last year.",
    "The Peruvian navy did not fire on the fishing boats.",
    "No aid reached the besieged town last month.",
    "Ecuador has not expelled any diplomats since 2015.",
    "Mongolia has never hosted a summit with North Korea.",
    # hypothetical or conditional
    "The European Union may impose new sanctions on Belarus.",
    "Washington might reappoint an ambassador to Minsk.",
    "Seoul could expel North Korean diplomats.",
    "Germany would send tanks if Poland asked.",
    "The minister refused to rule out reappointing ambassadors.",
    "Poland did not rule out sanctions against Minsk.",
    "A new summit might change opinions in Vilnius.",
    "France is considering sanctions against Mali.",
    "Spain hopes to sign a fisheries accord with Morocco.",
    "Ankara may recognise the new government in Tripoli.",
    "Uruguay could sever diplomatic relations with Venezuela.",
    "Canberra might recall its ambassador from Jakarta.",
    "Pyongyang could launch another missile test this month.",
    "Cairo may cut diplomatic ties with Ankara.",
    "Should Belgrade attack, NATO would respond.",
    "Unless Tehran complies, Washington could impose new penalties.",
    "Did Russia attend the summit in Astana?",
    # failed
    "Serbia and Kosovo failed to reach an agreement.",
    "The talks collapsed without a deal.",
    "Lebanon was unable to secure a loan from the IMF.",
    "Negotiators from Sudan and Chad nearly reached a ceasefire.",
    "The failed coup against the Gambian president shocked the region.",
    "Talks between Ethiopia and Egypt failed to produce an agreement on the dam.",
    "Talks between Sudan and South Sudan broke down without an agreement.",
    "Hungary failed to persuade Poland to back the plan.",
    "Ukraine was unable to reach an agreement with Moldova on transit fees.",
    # a judgement put to the expletive "it" does not report the action
    "Mr Okafor said it was wrong to impose sanctions on Ghana.",
    "It is time to lift the blockade of Qatar, the Kuwaiti emir said.",
    "It would be unwise to expel the Turkish diplomats, the Greek minister said.",
    "It is essential to hold talks with Armenia, the Azerbaijani president said.",
    "Canada was reluctant to sanction Brazil over the fires.",
    # a reason, right or capacity to act is not the act
    "The border incident gave the junta a pretext to expel the Ivorian envoy.",
    "The ruling said Ghana is free to expel the Togolese diplomats.",
    "Opposition deputies in Lima were entitled to criticise the Chilean government, the court said.",
    "The sanctions curbed the Syrian army's ability to shell Idlib.",
    "Argentina reserves the right to retaliate against Britain.",
    # a step, a resolve or a hope is not the act; nor is being close to it
    "Ghana made moves to lift the ban on Togolese poultry.",
    "The Chadian army was determined to retake the town from the rebels.",
    "Senegalese troops were days away from capturing the rebel base.",
    "Kenya hoped to sign a trade deal with Ethiopia.",
]

# A refusal, accusation, threat, denial, request or promise is itself an event; what it refuses,
# alleges, threatens, denies, asks or promises is not.  (sentence, the only types allowed)
EMBEDDED = [
    # the small parser's purpose clause is the governor's infinitive complement
    ("Human rights groups called on Egypt to release the detained Canadian journalists.", {"REQUEST"}),
    # a "for X to" clause completes its request
    ("Japan renewed its call for North Korea to return the abducted Japanese citizens.", {"REQUEST"}),
    ("Brazil refused to meet the Argentine envoy.", {"REJECT"}),
    ("The Hungarian government declined to sign the declaration.", {"REJECT"}),
    ("Vietnam ruled out holding talks with Cambodia.", {"REJECT"}),
    ("The Estonian government refused to expel the Russian diplomat.", {"REJECT"}),
    ("Pakistan accused India of shelling border posts.", {"ACCUSE"}),
    ("Hungary blamed Romania for the border incident.", {"ACCUSE"}),
    ("France threatened to expel the Malian ambassador.", {"THREATEN"}),
    ("The prime minister threatened to cut aid to Somalia.", {"THREATEN"}),
    ("Iran denied that it attacked the tanker.", {"REJECT"}),
    ("Iran denied attacking the tanker.", {"REJECT"}),
    ("Turkey rejected claims that its troops shelled Syrian villages.", {"REJECT"}),
    ("The Rwandan army denied it had shelled Congolese villages.", {"REJECT"}),
    ("Belgrade dismissed reports that it had armed the militia.", {"REJECT"}),
    ("Beijing denied that its coast guard rammed a Philippine vessel.", {"REJECT"}),
    ("Tokyo urged Beijing to release the detained fishermen.", {"REQUEST"}),
    ("Ghana called for talks with Togo.", {"REQUEST"}),
    ("Mexico proposed holding a summit with Guatemala.", {"AGREE"}),
    ("Indonesia pledged to send aid to the Philippines.", {"AGREE"}),
    ("Peru agreed to withdraw troops from the border.", {"AGREE"}),
    ("Iraq is ready to resume talks with Kuwait.", {"AGREE"}),
    # a negation with will/would/can is a refusal, which is an event (REJECT) of its own
    ("Iran won't attend the summit in Baku.", {"REJECT"}),
    ("The Swiss government would not extradite the suspect to Russia.", {"REJECT"}),
    ("Nigeria would not negotiate with the kidnappers.", {"REJECT"}),
    # leave given is the permission, not what it permits
    ("Zambia allowed opposition parties to hold rallies in Lusaka.", {"CONCEDE", "RETREAT"}),
    ("A new law permits citizens to petition the Ghanaian parliament.", {"CONCEDE", "RETREAT"}),
]

# Announced future events: the event itself is not asserted.  The coder may add the
# announcement as a statement of intent (pattern "...+intent", CAMEO 03x/13x), nothing else.
FUTURE = [
    "Norway will host Swedish negotiators next week.",
    "Poland plans to expel the Russian ambassador.",
    "Egypt is expected to sign the accord with Sudan.",
    "Cuba intends to restore ties with Spain.",
    "Moscow is set to host Chinese leaders in May.",
    "The Kenyan president is scheduled to visit Ethiopia on Friday.",
    "Argentina is going to recall its envoy from London.",
    "Qatar announced plans to mediate between the two sides.",
    "Lithuania will impose sanctions on Belarusian officials next month.",
    "Italy is expected to host Libyan leaders for talks in Rome.",
    "If Japan imposes tariffs, Korea will retaliate.",
    # a modal shared across "but" by a verb with no auxiliary of its own
    "Denmark would take back but prosecute the Danish fighters held in Iraq.",
    # a time still to come; an event noun's own infinitive of occurrence
    "The Ghanaian finance minister is travelling to Nigeria next week.",
    "The Kenyan president visits Uganda tomorrow.",
    "A summit between Chile and Bolivia to be convened in Quito in March was seen as a breakthrough.",
    # an event noun as the subject of a word of the present that schedules it
    "Fresh talks between Chile and Bolivia are due in March.",
    "A state visit by the Kenyan president to Uganda is set for October.",
    "A meeting of Gulf foreign ministers with Iran is scheduled for next week.",
]

ASSERTED = [
    ("Kenya did not attack but shelled the Somali camps.", "ASSAULT"),
    ("Kenya did not hesitate to shell the Somali camps.", "ASSAULT"),
    ("The next day, Kenyan troops attacked the Somali camp.", "ASSAULT"),
    ("Shelling the Somali villages was a mistake, Kenyan officials admitted.", "ASSAULT"),
    ("Kenya launched an offensive to take the Somali town.", "ASSAULT"),
    ("Talks between Chile and Bolivia resumed in March.", "CONSULT"),
    ("Germany and France signed a trade agreement on Monday.", "SUPPORT"),
    ("The United States imposed sanctions on Belarus.", "SANCTION"),
    ("Russian troops attacked Ukrainian villages near Kharkiv.", "ASSAULT"),
    ("Pakistan accused India of violating the ceasefire.", "ACCUSE"),
    ("Germany said Russian forces shelled Ukrainian towns.", "ASSAULT"),
    ("Japan not only condemned the test but also summoned the ambassador.", "ACCUSE"),
    ("India and Bangladesh held talks on water sharing.", "CONSULT"),
    # with a real subject the judgement presupposes the deed
    ("Britain was wrong to invade Afghanistan, the inquiry concluded.", "ASSAULT"),
]


def _asserted(code_text, sentence):
    return [e for e in code_text(sentence, date="2024-03-06") if e.modality == "asserted"]


def _show(events):
    return [(e.event_type, e.trigger.text, e.explanation) for e in events]


@pytest.mark.parametrize("sentence", NOTHING_ASSERTED)
def test_modality_end_to_end_no_asserted_event(code_text, sentence):
    asserted = _asserted(code_text, sentence)
    assert asserted == [], _show(asserted)


def test_modality_end_to_end_has_enough_negative_sentences():
    assert len(set(NOTHING_ASSERTED)) >= 40


@pytest.mark.parametrize("sentence,allowed", EMBEDDED)
def test_modality_end_to_end_embedded_event_not_asserted(code_text, sentence, allowed):
    asserted = _asserted(code_text, sentence)
    assert {e.event_type for e in asserted} <= allowed, _show(asserted)


@pytest.mark.parametrize("sentence", FUTURE)
def test_modality_end_to_end_future_event_not_asserted(code_text, sentence):
    # (a stated intent to cooperate is itself CAMEO 03, coded on the intent verb by
    # AGREE/intend-to or derived as "+intent"; the future act is what must not be asserted)
    asserted = [e for e in _asserted(code_text, sentence)
                if not e.pattern.endswith("+intent") and e.pattern != "AGREE/intend-to"]
    assert asserted == [], _show(asserted)


@pytest.mark.parametrize("sentence,event_type", ASSERTED)
def test_modality_end_to_end_positive_controls(code_text, sentence, event_type):
    assert event_type in {e.event_type for e in _asserted(code_text, sentence)}


def test_modality_end_to_end_reported_speech_keeps_reporter(code_text):
    events = _asserted(code_text, "Germany said Russian forces shelled Ukrainian towns.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and assault[0].source.country == "RUS"
    assert assault[0].reporter is not None and assault[0].reporter.country == "DEU"


# Announcements of a future event, plain or in "be to" form: no asserted event at all.
ANNOUNCED = [
    "Moldova will hold a parliamentary election later this year.",
    "Lavrov will meet Blinken in Geneva.",
    "Officials in Riga said talks with the Estonian side would continue next month.",
    "Uganda will host talks with Rwanda next week.",
    "The talks between Chile and Peru are to resume in Lima this week.",
    "Ghana is to sign the trade deal with Togo on Friday.",
]


@pytest.mark.parametrize("sentence", ANNOUNCED)
def test_modality_announced_event_has_no_asserted_event(code_text, sentence):
    asserted = _asserted(code_text, sentence)
    assert asserted == [], _show(asserted)


# A declared intent to do harm is a threat, not a promise of cooperation (the CAMEO code is
# that of the act's own intent in ontology.yaml); an agreement between parties is no threat.
DECLARED_HARM = [
    # a refused reluctance is a will: "will not hesitate to strike"
    ("Kenya will not hesitate to strike al-Shabaab, the minister said.", "THREATEN", "138"),
    ("Sudan announced its intention to bomb the rebel camps in Darfur.", "THREATEN", "138"),
    ("The Ethiopian army vowed to crush the Tigrayan fighters.", "THREATEN", "138"),
    ("Washington pledged to impose new sanctions on Caracas.", "THREATEN", "131"),
    ("Canada pledged to send medical aid to Haiti.", "AGREE", None),
    ("Kenya and Tanzania agreed to ban the trade in rhino horn.", "AGREE", None),
]


@pytest.mark.parametrize("sentence,event_type,cameo", DECLARED_HARM)
def test_modality_declared_harm_is_a_threat(code_text, sentence, event_type, cameo):
    events = _asserted(code_text, sentence)
    found = {(e.event_type, e.cameo) for e in events}
    assert any(t == event_type and (cameo is None or c == cameo) for t, c in found), _show(events)
    if event_type == "THREATEN":
        assert "AGREE" not in {t for t, _ in found}, _show(events)


def test_modality_a_deadline_is_an_ultimatum_not_the_act_it_demands(code_text):
    events = code_text("The UN gave Belarus until Friday to free the detained Polish journalists.")
    asserted = [(e.event_type, e.cameo) for e in events if e.modality == "asserted"]
    assert asserted == [("THREATEN", "139")], events


def test_modality_pledge_stays_an_asserted_agree(code_text):
    events = _asserted(code_text, "Canada pledged to send medical aid to Haiti.")
    assert "AGREE" in {e.event_type for e in events}, _show(events)


def test_modality_infinitive_parsed_as_ccomp_inherits_would(nlp):
    # "would allow inspectors to visit": the visit is no more asserted than the allowing.
    from detente.events.modality import walk
    sdoc = nlp("Iran announced it would allow Canadian inspectors to visit the site.")
    visit = next(t for t in sdoc if t.lower_ == "visit")
    assert any(m.cls in ("future", "hypothetical") for m in walk(visit).markers)


def test_modality_ahead_of_talks_is_still_to_come(code_text):
    events = code_text("Ahead of talks with Iran, the American envoy met Saudi officials.")
    talks = [e for e in events if e.trigger.text == "talks"]
    assert talks and all(e.modality == "future" for e in talks)
    assert [e.modality for e in events if e.trigger.text == "met"] == ["asserted"]


@pytest.mark.parametrize("sentence, modality", [
    # an attempted attack is an attack (CAMEO 185: attempted assassination) ...
    ("Gunmen tried to assassinate the Pakistani interior minister on Tuesday.", "asserted"),
    ("Iraqi militants attempted to kill the Turkish ambassador.", "asserted"),
    # ... unless the attempt itself did not happen or is still to come
    ("Iraqi militants will try to kill the Turkish ambassador.", "future"),
    ("The rebels did not try to attack the capital.", "negated"),
])
def test_modality_an_attempted_attack_is_an_attack(code_text, sentence, modality):
    events = [e for e in code_text(sentence) if e.event_type == "ASSAULT"]
    assert [e.modality for e in events] == [modality]


def test_modality_an_attempt_at_anything_else_is_no_act(code_text):
    # trying to persuade is not a request made
    events = code_text("Hungary tried to persuade Serbia to join the pipeline project.")
    assert events and all(e.modality != "asserted" for e in events)
