"""Events stage: trigger patterns, argument roles, symmetric and compound events, confidence.

Every sentence here is written for these tests.  Most tests give the coder mentions built from
spaCy's named entities with a small country table (``entity_mentions``), so that they test the
events stage alone; a few run the full pipeline (``code_text``).
"""

from __future__ import annotations

import textwrap

import pytest

from detente.errors import DataFileError
from detente.events import EventCoder, load_ontology, load_patterns
from detente.model import PLOVER_TYPES, Document, Mention

COUNTRIES = {
    "Russia": "RUS", "Russian": "RUS", "Ukraine": "UKR", "Ukrainian": "UKR", "Germany": "DEU",
    "German": "DEU", "France": "FRA", "French": "FRA", "Belarus": "BLR", "Belarusian": "BLR",
    "Poland": "POL", "Polish": "POL", "Lithuania": "LTU", "United States": "USA", "US": "USA",
    "American": "USA", "Britain": "GBR", "British": "GBR", "Iran": "IRN", "Iranian": "IRN",
    "Iraq": "IRQ", "Egypt": "EGY", "Jordan": "JOR", "Japan": "JPN", "Nepal": "NPL",
    "Canada": "CAN", "Canadian": "CAN", "Mexico": "MEX", "Mexican": "MEX", "Chile": "CHL", "Peru": "PER", "Serbia": "SRB",
    "Kosovo": "XKX", "Kenya": "KEN", "Uganda": "UGA", "Turkey": "TUR", "Syrian": "SYR",
    "Syria": "SYR", "Israel": "ISR", "Israeli": "ISR", "Norway": "NOR", "Sweden": "SWE",
    "Georgia": "GEO", "Georgian": "GEO", "Moldova": "MDA", "Hungarian": "HUN", "Hungary": "HUN",
    "China": "CHN", "Chinese": "CHN", "India": "IND", "Indian": "IND", "Algeria": "DZA",
    "Armenia": "ARM", "Azerbaijan": "AZE", "Venezuela": "VEN", "Brazil": "BRA", "Spain": "ESP",
    "Morocco": "MAR", "Ghana": "GHA", "Nigeria": "NGA", "Pakistan": "PAK", "Vietnam": "VNM",
    "Colombia": "COL", "Mali": "MLI", "Malian": "MLI", "Cuba": "CUB", "Cuban": "CUB", "Greece": "GRC",
    "Ecuador": "ECU", "Hanoi": "VNM",
}


def entity_mentions(sdoc) -> list[Mention]:
    """Mentions of named entities, coded by country where the table knows them."""
    out = []
    for ent in sdoc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON"):
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        code = COUNTRIES.get(name)
        kind = "place" if ent.label_ == "GPE" and code is None else None
        out.append(Mention(text=ent.text, span=(ent.start_char, ent.end_char), code=code,
                           country=code, head=ent.root.i, kind=kind))
    return out


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


@pytest.fixture
def code(nlp, coder):
    """Events of one text (every modality) with entity mentions."""

    def run(text: str):
        sdoc = nlp(text)
        document = Document(doc_id="t", text=text)
        return coder.code(document, sdoc, entity_mentions(sdoc))

    return run


def asserted(events):
    return [e for e in events if e.modality == "asserted"]


def triples(events):
    """(source country, type, target country) of the asserted events."""
    return {(e.source and e.source.country, e.event_type, e.target and e.target.country)
            for e in asserted(events)}


def types(events):
    return {e.event_type for e in asserted(events)}


# --------------------------------------------------------------------------- data files

def test_events_ontology_has_all_plover_types_with_quad_cameo_intensity():
    ontology = load_ontology()
    assert set(ontology) == set(PLOVER_TYPES)
    for etype in ontology.values():
        assert etype.quad in (1, 2, 3, 4)
        assert etype.cameo.isdigit()
        assert -10 <= etype.intensity <= 10
    assert ontology["ASSAULT"].intensity < 0 < ontology["AID"].intensity


def test_events_every_type_has_patterns():
    patterns = load_patterns()
    assert {p.event_type for p in patterns.patterns} == set(PLOVER_TYPES)
    assert len(patterns.patterns) > 150
    assert all(p.pid.startswith(p.event_type + "/") for p in patterns.patterns)


# (file, patterns, a sentence the pattern codes, the pattern, a near miss it leaves alone)
PATTERN_KEY_CASES = [
    # a noun pattern's subject is its light verb's subject: "the markets staged a rally" is no
    # demonstration (a blocker keyed on it wins over the plain noun pattern)
    ("protest.yaml", """\
        type: PROTEST
        patterns:
          - id: market-rally
            note: blocker
            noun: [rally]
            light: [stage, hold]
            subject: [market, markets, share, shares]
            require: [target]
            target: []
          - id: rally
            noun: [rally]
            light: [stage, hold]
            mode: demonstrate
        """, "Greek pensioners held a rally in Athens.", "PROTEST/rally", "The markets held a rally in Athens."),
    # a noun pattern's prep is obeyed
    ("accuse.yaml", """\
        type: ACCUSE
        patterns:
          - id: charges-against
            noun: [charge]
            light: [bring, file, press]
            prep: [against]
        """, "Ecuador filed charges against Peru.", "ACCUSE/charges-against", "Ecuador filed charges in the morning."),
    # a verb pattern's prep_object is read on the object it names: "of the town" hangs on "control"
    ("assault.yaml", """\
        type: ASSAULT
        patterns:
          - id: take-town
            verb: [seize]
            object: [control]
            prep_object: [town, city]
            target: []
        """, "Mali seized control of the town.", "ASSAULT/take-town", "Mali seized control of the broadcaster."),
]


@pytest.mark.parametrize("name, patterns, fires, pid, quiet", PATTERN_KEY_CASES)
def test_events_pattern_keys_decide_what_fires(tmp_path, nlp, name, patterns, fires, pid, quiet):
    (tmp_path / name).write_text(textwrap.dedent(patterns))
    assert fired_with(tmp_path, nlp, fires, quiet) == {fires: [pid], quiet: []}


def test_events_pattern_file_error_names_file_and_line(tmp_path):
    (tmp_path / "assault.yaml").write_text(textwrap.dedent("""\
        type: ASSAULT
        patterns:
          - id: shell
            verb: [shell]
          - id: bad
            verb: [attack]
            mode: no-such-mode
        """))
    with pytest.raises(DataFileError) as info:
        load_patterns(tmp_path)
    message = str(info.value)
    assert "assault.yaml:7" in message and "no-such-mode" in message


def test_events_ontology_derived_event_condition_is_checked(tmp_path):
    from detente.events.patterns import ONTOLOGY_FILE
    text = ONTOLOGY_FILE.read_text().replace('cameo: "138", needs: target}', 'cameo: "138", needs: source}', 1)
    assert "needs: source" in text
    (tmp_path / "ontology.yaml").write_text(text)
    with pytest.raises(DataFileError) as info:
        load_ontology(tmp_path / "ontology.yaml")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "needs: source" in row)
    assert f"ontology.yaml:{line}" in str(info.value) and "'source'" in str(info.value)


@pytest.mark.parametrize("entry, line, reason", [
    ("  - id: talks-to\n    noun: [talk]\n    xcomp: [to]\n", 5, "'xcomp' is not read on a noun pattern"),
    ("  - id: any-must\n    verb: ['*']\n    xcomp: [to]\n", 4, "needs 'aux'"),
])
def test_events_pattern_keys_that_would_be_ignored_are_rejected(tmp_path, entry, line, reason):
    (tmp_path / "consult.yaml").write_text("type: CONSULT\npatterns:\n" + entry)
    with pytest.raises(DataFileError) as info:
        load_patterns(tmp_path)
    assert f"consult.yaml:{line}:" in str(info.value) and reason in str(info.value)


def test_events_pattern_with_unknown_role_is_rejected(tmp_path):
    (tmp_path / "consult.yaml").write_text("type: CONSULT\npatterns:\n  - id: meet\n    verb: [meet]\n    target: [elsewhere]\n")
    with pytest.raises(DataFileError, match="consult.yaml:5.*unknown role"):
        load_patterns(tmp_path)


def test_events_prepositions_stay_words_not_booleans(tmp_path):
    (tmp_path / "request.yaml").write_text("type: REQUEST\npatterns:\n  - id: call-on\n    verb: [call]\n    prep: [on, off, no]\n")
    pattern = load_patterns(tmp_path).patterns[0]
    assert pattern.prep == frozenset({"on", "off", "no"})


def fired_with(pattern_dir, nlp, *texts: str) -> dict[str, list[str]]:
    """The patterns that give events in each text, with the pattern files in ``pattern_dir``."""
    coder = EventCoder(pattern_dir)
    found = {}
    for text in texts:
        sdoc = nlp(text)
        found[text] = [e.pattern for e in coder.code(Document(doc_id="t", text=text), sdoc, entity_mentions(sdoc))]
    return found


def test_events_adding_a_pattern_is_a_data_change(tmp_path, nlp):
    (tmp_path / "protest.yaml").write_text("type: PROTEST\npatterns:\n  - id: picnic\n    verb: [picnic]\n    mode: demonstrate\n")
    text = "Angry Polish farmers picnicked outside the ministry."
    assert fired_with(tmp_path, nlp, text) == {text: ["PROTEST/picnic"]}


# --------------------------------------------------------------------------- one per type

@pytest.mark.parametrize("text, expected", [
    ("Germany and France reached a trade agreement on Monday.", ("DEU", "AGREE", "FRA")),
    ("Germany and France signed a trade agreement on Monday.", ("DEU", "SUPPORT", "FRA")),
    ("The Chinese foreign minister met his Indian counterpart in Delhi.", ("CHN", "CONSULT", "IND")),
    ("Canada praised Mexico for its handling of the floods.", ("CAN", "SUPPORT", "MEX")),
    ("Venezuela yielded to Brazil on the border dispute.", ("VEN", "CONCEDE", "BRA")),
    ("Colombia extradited two suspects to Spain.", ("COL", "COOPERATE", "ESP")),
    ("Japan sent humanitarian aid to Nepal.", ("JPN", "AID", "NPL")),
    ("Armenia withdrew its troops from Azerbaijan.", ("ARM", "RETREAT", "AZE")),
    ("Germany called on Russia to withdraw its troops.", ("DEU", "REQUEST", "RUS")),
    ("Poland accused Belarus of spying.", ("POL", "ACCUSE", "BLR")),
    ("Serbia rejected Kosovo's proposal.", ("SRB", "REJECT", "XKX")),
    ("Turkey threatened Greece with sanctions.", ("TUR", "THREATEN", "GRC")),
    ("Hungarian students protested against Hungary's government.", ("HUN", "PROTEST", "HUN")),
    ("Last week the United States quietly extended its sanctions against nine Belarusian officials.", ("USA", "SANCTION", "BLR")),
    ("Russia deployed troops to Belarus.", ("RUS", "MOBILIZE", "BLR")),
    ("Iranian police arrested two British journalists.", ("IRN", "COERCE", "GBR")),
    ("Russian forces shelled Ukrainian positions near the river.", ("RUS", "ASSAULT", "UKR")),
])
def test_events_each_plover_type(code, text, expected):
    assert expected in triples(code(text))


def test_events_carry_mode_cameo_intensity_and_explanation(code):
    [event] = asserted(code("Last week the United States quietly extended its sanctions against nine Belarusian officials."))
    assert event.event_type == "SANCTION" and event.mode == "embargo"
    assert event.cameo == "163" and event.intensity < 0
    assert event.explanation == "pattern SANCTION/sanctions; source = nsubj; target = pobj(against)"
    assert event.trigger.text == "extended its sanctions"
    assert event.span == (0, len(event.sentence))


def test_events_trigger_span_points_into_the_document(code):
    text = "Nothing happened on Sunday. Japan sent humanitarian aid to Nepal."
    [event] = [e for e in code(text) if e.event_type == "AID"]
    start, end = event.trigger.span
    assert text[start:end] == event.trigger.text == "sent humanitarian aid"
    assert text[event.span[0]:event.span[1]] == event.sentence


# --------------------------------------------------------------------------- argument structures

def test_events_passive_voice_takes_agent_as_source(code):
    assert ("RUS", "ASSAULT", "GEO") in triples(code("Two Georgian soldiers were killed by Russian troops."))


def test_events_passive_light_verb(code):
    assert ("USA", "SANCTION", "IRN") in triples(code("Sanctions were imposed on Iran by the United States."))


def test_events_x_and_y_met_is_one_symmetric_event(code):
    events = asserted(code("Egypt and Jordan held talks on Tuesday."))
    assert len(events) == 1
    event = events[0]
    assert event.symmetric and {event.source.country, event.target.country} == {"EGY", "JOR"}


def test_events_talks_between_x_and_y_is_symmetric(code):
    [event] = asserted(code("Talks between Iran and Iraq ended on Friday."))
    assert event.event_type == "CONSULT" and event.symmetric
    assert (event.source.country, event.target.country) == ("IRN", "IRQ")
    assert "pobj(between)" in event.explanation


def test_events_x_met_with_y_is_symmetric(code):
    [event] = asserted(code("Kenya's president met with Uganda's president."))
    assert event.symmetric and (event.source.country, event.target.country) == ("KEN", "UGA")


def test_events_agreement_aimed_at_a_third_party_is_directed(code_text):
    # The target of what was agreed is no party to the agreement: directed, not symmetric; and
    # the troops are not Mali's because Mali is named.
    events = asserted(code_text("Norway and Denmark agreed to send engineers to Niger."))
    assert {(e.source.country, e.event_type, e.target.country, e.symmetric) for e in events} == {
        ("NOR", "AGREE", "NER", False), ("DNK", "AGREE", "NER", False)}
    [event] = asserted(code_text("Belgium agreed to send soldiers to Chad."))
    assert (event.target.code, event.symmetric) == ("TCD", False)


def test_events_parties_agreeing_about_their_own_is_mutual(code_text):
    # "their forces" is the parties' own: the agreement is between them, not with one of them.
    events = asserted(code_text("Thailand and Cambodia agreed to withdraw their forces from the temple."))
    assert [(e.event_type, e.source.country, e.target.country, e.symmetric) for e in events] == [
        ("AGREE", "THA", "KHM", True)]


def test_events_mediators_named_together_are_all_sources_and_never_targets(code_text):
    events = asserted(code_text("The negotiations, mediated by Oman, Kuwait and Jordan, broke down."))
    mediation = [e for e in events if e.event_type == "CONSULT" and e.source is not None]
    assert sorted(e.source.country for e in mediation) == ["JOR", "KWT", "OMN"]
    assert all(e.target is None for e in mediation)


def test_events_planned_noun_under_a_light_verb_is_future(code_text):
    # the adjective sits on the event noun, the walk starts at its light verb
    [event] = code_text("The planned Dutch withdrawal from Iraq was announced on Friday.")
    assert (event.event_type, event.modality) == ("RETREAT", "future")
    assert "planned" in event.explanation


def test_events_asking_whether_is_a_question_not_a_request(code_text):
    assert "REQUEST" not in types(code_text("Peru asked whether Bolivia would reopen the border."))
    assert "REQUEST" not in types(code_text("Peru asked if Bolivia could reopen the border."))
    assert ("PER", "REQUEST", "BOL") in triples(code_text("Peru demanded that Bolivia should reopen the border."))
    # nor is deciding whether to do something a decision to do it
    assert asserted(code_text("Norway said it would decide on Friday whether to send aid to Tonga.")) == []


def test_events_a_meetings_purpose_names_its_topic_not_a_party(code_text):
    found = {(e.event_type, e.source.country, e.target and e.target.country)
             for e in asserted(code_text("Envoys from Ghana and Togo met in Accra to discuss Mali."))}
    assert ("CONSULT", "GHA", "TGO") in found
    assert not any(target == "MLI" for _, _, target in found)


def test_events_forecasts_and_blame_for_the_past_are_no_demands(code_text):
    assert "REQUEST" not in types(code_text("The Kenyan minister insisted his reforms will succeed."))
    assert "REQUEST" not in types(code_text("Lithuania insisted the pipeline did not threaten Poland."))
    assert "REQUEST" not in types(code_text("Canada should have expelled the Iranian diplomats, the senator said."))
    assert "REQUEST" in types(code_text("Canada must expel the Iranian diplomats, the senator said."))


def test_events_accused_of_a_passive_deed_is_its_agent_not_its_victim(code_text):
    found = triples(code_text("The Malian army alleged that the hostages had been seized by Libyan smugglers."))
    assert ("MLI", "ACCUSE", "LBY") in found
    assert not any(t[1] == "ACCUSE" and t[2] == "MLI" for t in found)


def test_events_preposition_objects_are_read_through_compound_prepositions(code_text):
    # "out of the treaty": the treaty is the object of "of" under "out"
    assert ("SRB", "REJECT", None) in {(e.source.country, e.event_type, None)
                                       for e in asserted(code_text("Serbia pulled out of the fisheries treaty."))}
    # and the place a retreat leaves names its target
    assert ("UGA", "RETREAT", "SSD") in triples(code_text("Ugandan troops pulled out of South Sudan."))


def test_events_a_vow_never_to_attack_is_no_threat_of_force(code_text):
    assert ("PAK", "THREATEN", None) not in {(e.source and e.source.country, e.event_type, None)
                                            for e in asserted(code_text("Pakistan vowed never to attack its neighbours."))}
    assert "THREATEN" in types(code_text("Pakistan vowed to attack the militant camps."))


def test_events_owners_of_a_described_noun_are_one_side(code_text):
    # a participle describing the soldiers of two countries does not set them against each other
    events = asserted(code_text("Soldiers from Benin and Togo fighting in Mali were ambushed."))
    assert not any(e.event_type == "ASSAULT" and e.source and e.target
                   and {e.source.country, e.target.country} == {"BEN", "TGO"} for e in events)
    # while the owners of a subject that acts are its parties
    found = triples(code_text("The foreign ministers of Benin and Togo held talks in Accra."))
    assert ("BEN", "CONSULT", "TGO") in found


def test_events_recipient_the_parser_hung_on_the_object_is_the_target(code_text):
    # "Vanuatu new ..." reads as a modifier of the object; right after the verb it is whom
    assert ("NZL", "AGREE", "VUT") in triples(code_text("New Zealand offered Vanuatu emergency funding."))
    assert ("IND", "AID", "NPL") in triples(code_text("India lent Nepal three hundred million dollars."))


def test_events_parties_acting_on_each_other_give_one_mutual_event(code_text):
    for text in ("Kenya and Somalia accused each other of violating the border deal.",
                 "Greece and Turkey blamed one another for the collision.",
                 "Thai and Cambodian troops fired at each other along the border."):
        events = asserted(code_text(text))
        assert len(events) == 1, (text, events)
        assert events[0].symmetric and events[0].source.country != events[0].target.country, text
    # one party alone has no "other" to act on
    assert all(e.target is None for e in code_text("Kenya and its allies praised each other."))


def test_events_a_warning_aims_at_what_is_still_to_come(code_text):
    assert ("BLR", "THREATEN", "LTU") in triples(code_text("Belarus warned that Lithuania would face retaliation."))
    # a warning that reports what someone did threatens them with nothing
    assert not any(t[1] == "THREATEN" and t[2] == "ARM"
                   for t in triples(code_text("Azerbaijan warned that Armenia had moved artillery to the border.")))
    # while a denial is still aimed at the subject of a past clause
    assert ("TUR", "REJECT", "TUR") in triples(code_text("The Turkish foreign ministry denied that Ankara had bombed the convoy."))


def test_events_a_place_attacked_stands_for_its_country(code_text):
    # a city (no actor) or a place noun located in a country, as the object of an attack
    assert ("RUS", "ASSAULT", "UKR") in triples(code_text("Russian forces shelled Kharkiv overnight."))
    assert ("SAU", "ASSAULT", "YEM") in triples(code_text("Saudi jets pounded Hodeidah."))
    assert ("TUR", "ASSAULT", "IRQ") in triples(code_text("Turkish jets bombed positions in northern Iraq."))
    # never as the one who acts, nor where someone died
    assert not any(t[0] == "UKR" or t[2] == "UKR"
                   for t in triples(code_text("Three Russian soldiers were killed in Kharkiv.")))
    # nor for talks, visits or other events held in a city
    assert not any(t[2] == "UKR" for t in triples(code_text("Polish officials visited Kharkiv.")))


def test_events_a_sum_given_in_aid_for_someone_is_aimed_at_them(code_text):
    assert ("NOR", "AGREE", "YEM") in triples(code_text("Norway pledged 80 million dollars in emergency aid for Yemen."))


def test_events_a_warning_that_reports_the_past_is_a_report_not_a_threat(code_text):
    # what a warning reports as done is coded, as reported, and nobody is threatened
    events = asserted(code_text("Estonia warned that Russia had massed troops near the border."))
    assert [(e.event_type, e.source.country) for e in events] == [("MOBILIZE", "RUS")]
    events = asserted(code_text("Officials warned that militants had attacked a convoy near Herat."))
    assert [e.event_type for e in events] == ["ASSAULT"]
    # what is still to come is a threat, and its content is not coded as done
    events = asserted(code_text("Iran warned that it would retaliate against any attack."))
    assert [e.event_type for e in events] == ["THREATEN"]


def test_events_whose_proposal_was_accepted_or_refused_is_the_target(code_text):
    # "from Lima" hangs on the verb, but names whose the offer is
    assert ("ECU", "AGREE", "PER") in triples(code_text("Ecuador accepted the proposal from Peru."))
    assert ("GEO", "REJECT", "ARM") in triples(code_text("Georgia turned down an invitation from Armenia."))


def test_events_a_copulas_subject_does_what_its_adjective_or_noun_governs(code_text):
    assert ("GBR", "ASSAULT", "AFG") in triples(code_text("Britain was wrong to invade Afghanistan, the inquiry concluded."))
    assert ("QAT", "ACCUSE", "IRN") in triples(code_text("Qatar was quick to condemn the Iranian missile test."))
    assert ("CHL", "SUPPORT", "XKX") in triples(code_text("Chile was the first country to recognise Kosovo."))


def test_events_the_attacker_named_behind_a_quantity_of_strikes(code_text):
    # "a series of air strikes by X": the maker of the strikes is the source of the killing
    found = triples(code_text("Twelve fishermen were killed in a wave of air strikes by Ethiopian forces."))
    assert any(t[0] == "ETH" and t[1] == "ASSAULT" for t in found), found


def test_events_a_sentences_only_verb_read_as_a_participle_keeps_its_subject(code_text):
    # The small parser hangs "protested" on "Hundreds" as if it modified it; a verb that takes
    # no object has no passive, so the nurses protested and were not protested against.
    events = [e for e in code_text("Hundreds of nurses protested in Lusaka on Tuesday.")
              if e.event_type == "PROTEST"]
    # (the protest is addressed to the government where it is held: ZMBGOV)
    assert [(e.source and e.source.code, e.target and e.target.code) for e in events] == [
        ("ZMBHLH", "ZMBGOV")]
    # a verb that takes an object keeps its passive reading: the protesters were arrested (by
    # no one named, so by the authorities where it was done)
    arrested = code_text("Dozens of protesters arrested in Minsk.")
    assert [(e.event_type, e.source and e.source.code, e.target and e.target.code) for e in arrested] == [
        ("COERCE", "BLRCOP", "BLRCVL")]
    assert "none named: the authorities" in arrested[0].explanation


def test_events_what_is_done_by_or_after_a_gerund_is_the_subjects_own_act(code_text):
    # "by VERBing" names the subject's means, not the object's deed nor the content of the verb
    assert ("JPN", "SANCTION") in {t[:2] for t in triples(code_text(
        "Japan punished North Korea by freezing the assets of its banks."))}
    assert ("GHA", "SANCTION", "TGO") in triples(code_text(
        "Ghana angered Togo by expelling the Togolese ambassador."))
    assert ("CHL", "CONSULT", "ARG") in triples(code_text(
        "Before visiting Argentina, the Chilean president met the Pope in Rome."))
    # the object still acts in what it is praised or accused for
    assert ("NGA", "RETREAT") in {t[:2] for t in triples(code_text(
        "The minister praised Nigeria for releasing the hostages."))}


def test_events_ones_own_envoy_or_troops_are_no_target(code_text):
    recalled = [e for e in code_text("Qatar recalled its ambassador on Sunday.") if e.event_type == "SANCTION"]
    assert [(e.source.code, e.target) for e in recalled] == [("QAT", None)]
    # where a retreat leaves names whom it concerns, when that is abroad
    assert ("RUS", "RETREAT", "UKR") in triples(code_text("Russia withdrew its forces from Kherson."))
    # words said to one's own colleague keep him as their target
    praised = [e for e in code_text("Prime Minister Tony Blair praised his chancellor for the budget.")
               if e.event_type == "SUPPORT"]
    assert [e.target and e.target.code for e in praised] == ["GBRGOV"]


def test_events_a_charge_summed_up_and_denied_after_a_comma(code_text):
    # the parser makes the accusation the complement of the denial: it was still made, and
    # the denial answers whoever made it
    found = triples(code_text("Serbia accused Croatia of spying on its army, a charge Zagreb denied."))
    assert ("SRB", "ACCUSE", "HRV") in found and ("HRV", "REJECT", "SRB") in found, found
    # a deed summed up as a claim is only alleged, and denied when the claim is rejected
    claimed = code_text("Ethiopian drones bombed a market in Tigray, a claim Addis Ababa rejected.")
    assert [e.modality for e in claimed if e.event_type == "ASSAULT"] == ["denied"], claimed
    claimed = code_text("Ethiopian drones bombed a market in Tigray, a claim repeated by aid groups.")
    assert [e.modality for e in claimed if e.event_type == "ASSAULT"] == ["hypothetical"], claimed
    claimed = code_text("Ethiopian drones bombed a market in Tigray, an account confirmed by the UN.")
    assert [e.modality for e in claimed if e.event_type == "ASSAULT"] == ["asserted"], claimed


def test_events_a_patterns_subject_words_see_the_noun_a_participle_describes(code_text):
    # "forces backing X" and "militias that support X" have the forces and the militias as
    # subjects, so a blocker for armed backers applies as it does to "forces backed X"
    assert not [e for e in code_text("Iranian and Iraqi forces backing the Syrian government shelled the town.")
                if e.event_type == "SUPPORT"]
    found = triples(code_text("Kurdish militias fighting against Turkey appealed to Damascus."))
    assert any(t[1] == "ASSAULT" and t[2] == "TUR" for t in found), found
    # a passive relative clause's subject suffers it: the children did not leave anyone
    assert not [e for e in code_text("The children of a Kenyan fighter who were abandoned in Somalia "
                                     "returned home.") if e.event_type == "RETREAT" and e.modality == "asserted"]


def test_events_a_call_for_someone_to_act_is_a_demand_on_them(code_text):
    assert ("MEX", "REQUEST", "GTM") in triples(code_text("Mexico called for Guatemala to free the activists."))
    # a phrase before the verb is no complement of it
    assert not [e for e in code_text("For the farmers, the minister called the plan a disaster.")
                if e.event_type == "REQUEST"]


def test_events_a_demand_carries_the_cameo_code_of_what_it_demands(code_text):
    # CAMEO 1053: demand release of persons or property
    events = code_text("Chile demanded the release of the fishermen detained by Peru.")
    assert ("REQUEST", "1053") in {(e.event_type, e.cameo) for e in events}, events


def test_events_an_ally_named_in_apposition_is_the_actor(code_text):
    # "Peru's neighbour, Bolivia": the neighbour is Bolivia, not Peru
    assert ("BOL", "SUPPORT", "ECU") in triples(code_text(
        "Peru's closest neighbour, Bolivia, praised Ecuador for the agreement."))


def test_events_compound_actor_gives_one_event_per_pair(code):
    found = triples(code("Canada and Britain imposed fresh sanctions on Iranian shipping firms."))
    assert {("CAN", "SANCTION", "IRN"), ("GBR", "SANCTION", "IRN")} <= found


def test_events_missing_target_stays_null(code):
    [event] = asserted(code("Chile condemned the decision."))
    assert event.event_type == "ACCUSE" and event.source.country == "CHL" and event.target is None
    assert "target = none" in event.explanation


def test_events_place_after_locative_preposition_is_not_an_actor(code):
    events = asserted(code("Four conscripts were killed overnight in Ukraine."))
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].source is None and (events[0].target is None or events[0].target.country != "UKR")


def test_events_a_verbal_event_names_at_least_one_actor(code_text):
    # a demand or a condemnation by and to nobody is no event; a bombing still happened
    assert asserted(code_text("An apology was demanded.")) == []
    assert asserted(code_text("The decision was strongly condemned.")) == []
    assert ("ACCUSE", "NZL", None) in {(e.event_type, e.source and e.source.country, None)
                                       for e in asserted(code_text("New Zealand strongly condemned the decision."))}
    assert types(code_text("A car bomb exploded outside a hotel in Mogadishu.")) == {"ASSAULT"}


def test_events_a_verbal_event_between_people_known_only_by_name_is_no_event(code_text):
    # nobody can say whose praise or blame this is; with one coded side it is an event
    assert asserted(code_text("Gwendolyn Marsh praised Tobias Quill for his courage.")) == []
    assert asserted(code_text("Tobias Quill was accused of fraud.")) == []
    found = triples(code_text("Gwendolyn Marsh praised Ghana for its courage."))
    assert (None, "SUPPORT", "GHA") in found
    assert types(code_text("Tobias Quill was shot dead outside his home.")) == {"ASSAULT"}


def test_events_apposition_takes_the_ministry_country(code):
    text = "The spokesman of the Belarusian foreign ministry, Anton Kavalenka, condemned Lithuania."
    assert ("BLR", "ACCUSE", "LTU") in triples(code(text))


def test_events_possessive_visit_has_source_and_target(code):
    [event] = [e for e in code("Poland's visit to Germany was a success.") if e.event_type == "CONSULT"]
    assert (event.source.country, event.target.country) == ("POL", "DEU")
    assert "source = poss" in event.explanation and "pobj(to)" in event.explanation


def test_events_relative_clause_subject_is_antecedent(code):
    found = triples(code("Russia, which invaded Georgia in 2008, remains isolated."))
    assert ("RUS", "ASSAULT", "GEO") in found


def test_events_agree_to_coordinate_is_agree_only(code):
    events = asserted(code("Kenya agreed to coordinate border policy with Uganda."))
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [("AGREE", "KEN", "UGA")]


def test_events_called_on_to_withdraw_is_request_not_retreat(code):
    assert types(code("Germany called on Russia to withdraw its troops.")) == {"REQUEST"}


def test_events_accused_of_attacking_is_accuse_not_assault(code):
    events = code("Poland accused Belarus of attacking Lithuania.")
    assert triples(events) == {("POL", "ACCUSE", "BLR")}
    assert not [e for e in events if e.event_type == "ASSAULT" and e.modality == "asserted"]


def test_events_threatened_to_expel_is_threaten_not_expulsion(code):
    events = code("France threatened to expel the Malian ambassador.")
    assert types(events) == {"THREATEN"}


def test_events_reported_speech_codes_the_reported_event_and_keeps_reporter(code):
    events = [e for e in asserted(code("Ukraine said Russia attacked Moldova.")) if e.event_type == "ASSAULT"]
    assert [(e.source.country, e.target.country) for e in events] == [("RUS", "MDA")]
    assert events[0].reporter is not None and events[0].reporter.country == "UKR"


def test_events_announced_aid_is_future_and_not_asserted(code):
    events = code("Japan will send humanitarian aid to Nepal.")
    assert [(e.event_type, e.modality) for e in events] == [("AID", "future")]
    assert (events[0].source.country, events[0].target.country) == ("JPN", "NPL")


def test_events_reported_own_promise_is_an_asserted_agree(code):
    events = code("Japan said it would send humanitarian aid to Nepal.")
    assert ("JPN", "AGREE", "NPL") in triples(events)
    assert [e.modality for e in events if e.event_type == "AID"] == ["hypothetical"]
    [agree] = [e for e in asserted(events) if e.event_type == "AGREE"]
    assert agree.cameo == "033" and agree.pattern.endswith("+intent")


def test_events_reported_own_attack_plan_is_a_threat(code):
    found = triples(code("Turkey said it will strike Syrian positions."))
    assert ("TUR", "THREATEN", "SYR") in found and ("TUR", "ASSAULT", "SYR") not in found


def test_events_announced_deployment_is_a_threat_only_against_someone(code):
    # Troops sent to help an ally threaten no one; troops massed against a country do.
    found = triples(code("Portugal said it would send 200 soldiers to help Mozambique."))
    assert not any(t[1] == "THREATEN" for t in found)
    assert ("RUS", "THREATEN", "UKR") in triples(code("Russia said it would deploy troops against Ukraine."))


def test_events_someone_elses_future_is_no_promise(code):
    assert asserted(code("Japan said Korea would send aid to Nepal.")) == []


def test_events_negated_event_is_not_asserted(code):
    events = code("Chile did not condemn the attack on Peru.")
    assert not asserted(events)


def test_events_noun_topic_of_another_event_is_not_coded(code):
    events = asserted(code("Brazil condemned the attack on Peru."))
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_events_request_verbs_need_an_infinitive_or_subjunctive(code):
    assert "REQUEST" in types(code("Chile asked Peru to withdraw its troops."))
    assert "REQUEST" in types(code("Chile asked that Peru withdraw its troops."))
    assert "REQUEST" in types(code("Chile insisted that Peru withdraw its troops."))
    assert "REQUEST" not in types(code("Chile insisted that Peru had withdrawn its troops."))
    # a reported clause or a question is no request
    assert "REQUEST" not in types(code("Chile asked Peru whether its troops had withdrawn."))


def test_events_noun_describing_a_thing_is_no_event(code_text):
    events = code_text("Iranian state media showed US sanctions costs.")
    assert not [e for e in events if e.event_type == "SANCTION"]


@pytest.mark.parametrize("text, absent", [
    ("Students in Kenya set up a website for their football club.", "ASSAULT"),
    ("The Kenyan budget came out at the end of a long week.", "ACCUSE"),
    ("Both Canadian parties built up big cash reserves before the vote.", "MOBILIZE"),
    ("Kenyan officials said it turns out that the Somali vote was fair.", "REJECT"),
])
def test_events_phrasal_verbs_of_other_senses_are_no_events(code_text, text, absent):
    assert absent not in types(code_text(text))


def test_events_be_as_a_main_verb_can_trigger(code_text):
    # "X said Y was behind the attack" accuses Y; "be" as an auxiliary never triggers
    assert ("UKR", "ACCUSE", "RUS") in triples(code_text("Kyiv said Moscow was behind the attack on the power plant."))
    assert "ACCUSE" not in types(code_text("The Indian project was behind schedule, officials in Delhi said."))
    assert ("JPN", "CONSULT", None) in triples(code_text("Japan was host to talks on the border dispute."))


def test_events_sanctions_relief_is_easing_sanctions_not_aid(code_text):
    events = asserted(code_text("The US extended sanctions relief for Belarusian companies."))
    assert [(e.event_type, e.mode, e.source.country) for e in events] == [("RETREAT", "ease-sanctions", "USA")]
    assert "AID" in types(code_text("Japan sent relief supplies to the Philippines."))


def test_events_list_of_pairs_between_parties(code_text):
    events = asserted(code_text("The war led to clashes between Armenia and Azerbaijan, and Georgia and Azerbaijan."))
    assert {(e.source.country, e.target.country) for e in events} == {("ARM", "AZE"), ("GEO", "AZE")}


def test_events_wanting_to_do_something_oneself_is_no_demand(code_text):
    assert "REQUEST" not in types(code_text("The Kenyan runner said she wanted to go back to Nairobi after the race."))
    assert ("POL", "REQUEST", "USA") in triples(code_text("Poland wants the United States to deploy more troops."))


@pytest.mark.parametrize("text, triple", [
    ("Iran protested that Saudi Arabia had violated the agreement.", ("IRN", "ACCUSE", "SAU")),
    ("Kenyan officials complained that Uganda had closed the border.", ("KEN", "ACCUSE", "UGA")),
])
def test_events_complaint_about_what_a_clause_says(code_text, text, triple):
    assert triple in triples(code_text(text))


def test_events_attacking_positions_is_military(code_text):
    events = code_text("Russian forces attacked the Ukrainian positions near Donetsk.")
    assert ("RUS", "ASSAULT", "UKR") in triples(events) and "ACCUSE" not in types(events)


def test_events_curfew_and_martial_law_have_their_cameo_codes(code_text):
    # CAMEO 1723 impose curfew, 1724 impose state of emergency or martial law
    assert [e.cameo for e in asserted(code_text("The Thai army imposed a curfew in Bangkok."))] == ["1723"]
    assert [e.cameo for e in asserted(code_text("The Thai army imposed martial law in Bangkok."))] == ["1724"]


def test_events_noun_in_a_topic_phrase_is_not_coded(code):
    # "lodge" licenses nouns ("lodged a complaint"), but what the complaint is about is no event
    events = asserted(code("Chile lodged a complaint with Peru over the visit."))
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert types(code("Chile and Peru argued about the talks.")) <= {"ACCUSE", "REJECT"}


def test_events_lifting_sanctions_is_not_a_sanction(code):
    assert types(code("The European Union lifted sanctions on Belarus.")) == {"RETREAT"}


def test_events_verbal_attack_on_a_policy_is_criticism(code):
    assert types(code("Britain attacked France's fishing policy.")) == {"ACCUSE"}


def test_events_crowd_violence_is_a_protest(code):
    assert "PROTEST" in types(code("Protesters clashed with police in the Hungarian capital."))


def test_events_ready_to_negotiate_is_agree(code):
    assert ("IRN", "AGREE", "GBR") in triples(code("Iran is ready to resume talks with Britain."))


def test_events_no_trigger_no_event(code):
    assert code("The weather in Madrid was mild and the markets were calm.") == []


# --------------------------------------------------------------------------- confidence

def test_events_confidence_rises_with_resolved_arguments(code):
    [full] = asserted(code("Egypt condemned Israel."))
    [bare] = asserted(code("Egypt condemned the decision."))
    assert 0 < bare.confidence < full.confidence < 1


# --------------------------------------------------------------------------- full pipeline

def test_events_full_pipeline_codes_signing_between_germany_and_france(code_text):
    # Signing a formal agreement is SUPPORT, CAMEO 057 (PLOVER's CAMEO2PLOVER crosswalk).
    events = code_text("Germany and France signed a trade agreement on Monday.", date="2024-03-06")
    signed = [e for e in events if e.event_type == "SUPPORT"]
    assert signed and signed[0].symmetric and signed[0].cameo == "057"
    assert {signed[0].source.country, signed[0].target.country} == {"DEU", "FRA"}
    assert signed[0].explanation.startswith("pattern SUPPORT/sign-agreement")


def test_events_agreement_after_meeting_is_with_the_same_party(code):
    text = "The Polish foreign minister met his German counterpart and agreed to coordinate policy."
    found = triples(code(text))
    assert {("POL", "CONSULT", "DEU"), ("POL", "AGREE", "DEU")} <= found


def test_events_participle_visit_of_the_subject_is_coded(code):
    found = triples(code("A Canadian senator visiting Mexico praised the Mexican government."))
    assert {("CAN", "CONSULT", "MEX"), ("CAN", "SUPPORT", "MEX")} <= found


def test_events_quantified_object_is_the_quantified_noun(code):
    assert types(code("The European Union suspended most of its sanctions against Belarus.")) == {"RETREAT"}


@pytest.mark.parametrize("text", [
    "The Polish economy grew by three percent last year.",
    "The ministers discussed the weather before lunch.",
    "Exports of Chilean copper hit a record high in March.",
    "The agreement signed in 1995 remains in force.",
    "The company's new strategy targets young buyers.",
    "He was born in Moscow and studied in Berlin.",
])
def test_events_ordinary_sentences_give_no_event(code, text):
    assert asserted(code(text)) == []


def test_events_spoke_by_telephone_with_is_a_phone_consultation(code):
    [event] = asserted(code("France's president spoke by telephone with Ukraine's president."))
    assert event.event_type == "CONSULT" and event.mode == "phone"
    assert (event.source.country, event.target.country) == ("FRA", "UKR")


def test_events_reported_responsibility_is_an_accusation(code):
    assert ("UKR", "ACCUSE", "RUS") in triples(code("Ukraine said Russia was responsible for the attack."))


def test_events_a_reported_passive_pronoun_is_no_doer(code):
    # "they" undergo the torture feared; the reporter is not the one who would torture
    events = code("Canada concluded that the refugees cannot be sent back to Egypt because they would be tortured there.")
    assert not [e for e in asserted(events) if e.event_type in ("THREATEN", "ASSAULT")]


def test_events_reported_must_is_a_demand_of_the_reporter(code):
    assert ("JPN", "REQUEST", "CHN") in triples(code("Japan said China must release the fishermen."))
    assert ("CAN", "REQUEST", "IRN") in triples(code("Canada issued a statement saying Iran must free the sailors."))


def test_events_negated_acceptance_is_not_asserted(code):
    events = code("Poland did not accept the proposal.")
    assert events and not asserted(events)


def test_events_place_after_in_is_never_a_target(code):
    events = asserted(code("Russian troops launched an attack in Ukraine."))
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].source.country == "RUS" and events[0].target is None


def test_events_empty_document_has_no_events(nlp, coder):
    sdoc = nlp("")
    assert coder.code(Document(doc_id="t", text=""), sdoc, []) == []


def test_events_missing_pattern_folder_is_a_data_file_error(tmp_path):
    with pytest.raises(DataFileError, match="no pattern files"):
        load_patterns(tmp_path / "nowhere")


def test_events_long_sentence_is_skipped(nlp):
    coder = EventCoder(max_sentence_chars=20)
    text = "Last week the United States quietly extended its sanctions against nine Belarusian officials."
    sdoc = nlp(text)
    assert coder.code(Document(doc_id="t", text=text), sdoc, entity_mentions(sdoc)) == []


def test_events_every_event_has_evidence(code):
    text = "Egypt and Jordan held talks. Israeli jets bombed Gaza."
    for event in code(text):
        assert event.explanation.startswith(f"pattern {event.pattern};")
        assert text[event.trigger.span[0]:event.trigger.span[1]] == event.trigger.text
        assert 0 < event.confidence < 1 and -10 <= event.intensity <= 10
        assert event.cameo and event.cameo.isdigit()


def test_events_noun_in_time_adjunct_of_another_event_is_background(code):
    found = triples(code("During his visit to Vietnam, the Japanese prime minister praised Hanoi's reforms."))
    assert {t[1] for t in found} == {"SUPPORT"}


def test_events_restoring_diplomatic_relations_is_recognition(code):
    [event] = asserted(code("Norway and Sweden restored diplomatic relations."))
    assert (event.event_type, event.mode, event.cameo) == ("SUPPORT", "recognize", "054")
    assert event.symmetric and {event.source.country, event.target.country} == {"NOR", "SWE"}


def test_events_compound_actor_gives_an_event_per_member(code_text):
    # The actors stage gives one mention per country of "US and Belarusian personnel".
    events = code_text("US and Belarusian personnel held talks with Polish officials on Monday.")
    found = triples(events)
    assert ("USA", "CONSULT", "POL") in found and ("BLR", "CONSULT", "POL") in found


def test_events_one_trigger_between_the_same_countries_is_one_event(code_text):
    events = code_text("Poland expelled the Russian consul and his assistant on Tuesday.")
    expel = [e for e in asserted(events) if e.event_type == "SANCTION"]
    assert [(e.source.country, e.target.country) for e in expel] == [("POL", "RUS")]


def test_events_one_trigger_against_two_countries_stays_two_events(code_text):
    events = code_text("Canada extended sanctions against Iranian and Syrian officials for a year.")
    found = triples(events)
    assert ("CAN", "SANCTION", "IRN") in found and ("CAN", "SANCTION", "SYR") in found


def test_events_target_owns_the_thing_protested(code):
    # The object of a protest is a policy; its agent ("imposed by Spain") is the target.
    events = code("Thousands of Moroccan farmers protested the tariffs imposed by Spain.")
    assert ("ESP" in {e.target.country for e in asserted(events) if e.event_type == "PROTEST" and e.target})


def test_events_accepting_a_deployment_of_peacekeepers_is_retreat(code_text):
    events = [e for e in code_text("Lebanon accepted the deployment of UN peacekeepers in the south.")
              if e.modality == "asserted"]
    assert [(e.event_type, e.source.country, e.target.code[:3]) for e in events] == [("RETREAT", "LBN", "IGO")]


def test_events_participle_of_the_same_type_is_the_same_event(code):
    events = asserted(code("Israeli troops attacked the village, killing three Syrian soldiers."))
    assert [(e.event_type, e.target.country) for e in events] == [("ASSAULT", "SYR")]


def test_events_passive_victims_of_a_named_attack(code_text):
    events = [e for e in code_text("Three Israeli soldiers were wounded in a Hezbollah attack.")
              if e.modality == "asserted"]
    assert [(e.event_type, e.source.code[:3], e.target.country) for e in events] == [("ASSAULT", "LBN", "ISR")]


def test_events_spokesman_of_the_same_country_announces_its_promise(code_text):
    events = code_text("The Kremlin said Moscow would retaliate against Washington.")
    assert ("THREATEN", "RUS", "USA") in {(e.event_type, e.source.country, e.target.country)
                                          for e in events if e.modality == "asserted"}
    other = code_text("Germany said Russia would retaliate against Poland.")
    assert not [e for e in other if e.modality == "asserted" and e.event_type == "THREATEN"]


def test_events_plural_owned_by_several_countries_gives_each(code_text):
    events = [e for e in code_text("The foreign ministers of India and Pakistan held talks in New York.")
              if e.modality == "asserted"]
    assert {(e.source.country, e.target.country, e.symmetric) for e in events} == {("IND", "PAK", True)}
    events = [e for e in code_text("Officials from Britain and France condemned the Syrian offensive.")
              if e.modality == "asserted" and e.event_type == "ACCUSE"]
    assert {e.source.country for e in events} == {"GBR", "FRA"}


def test_events_sending_peacekeepers_is_aid_not_mobilization(code_text):
    events = [e for e in code_text("The African Union deployed peacekeepers to Somalia.") if e.modality == "asserted"]
    assert [(e.event_type, e.mode, e.target.country) for e in events] == [("AID", "peacekeeping", "SOM")]


@pytest.mark.parametrize("text, triple", [
    # a perfect relative clause is active: the antecedent criticizes
    ("The Israeli government, which has long criticized Iran, closed the border.", ("ISR", "ACCUSE", "IRN")),
    # a light-verb participle after its noun licenses it and carries the agent
    ("Sanctions imposed by Canada on Venezuela took effect on Monday.", ("CAN", "SANCTION", "VEN")),
    ("Aid sent by Japan to Nepal arrived on Monday.", ("JPN", "AID", "NPL")),
    # the target in a noun trigger's infinitive, and between the parties of a mediation
    ("Germany expressed willingness to send troops to Mali.", ("DEU", "AGREE", "MLI")),
    ("Norway offered to mediate between Colombia and Venezuela.", ("NOR", "AGREE", "COL")),
    # a threat addresses whoever its condition is put to
    ("Russia threatened to cut off gas supplies if Ukraine did not pay its debts.", ("RUS", "THREATEN", "UKR")),
    ("Turkey threatened to retaliate unless Syria withdrew its tanks.", ("TUR", "THREATEN", "SYR")),
    # the target of a purpose or accompanying clause
    ("Thousands of Cuban workers marched through Havana to demand compensation from Spain.", ("CUB", "PROTEST", "ESP")),
    ("Indian students rallied on Friday, denouncing China over the border dispute.", ("IND", "PROTEST", "CHN")),
    # every phrase of a preposition: the first "on" names a day, the second the target
    ("Canada imposed sanctions on Monday on Venezuela.", ("CAN", "SANCTION", "VEN")),
    # a quantity noun between the light verb and the event noun
    ("Syrian rebels carried out a series of attacks on Israeli positions.", ("SYR", "ASSAULT", "ISR")),
])
def test_events_argument_structures(code, text, triple):
    assert triple in triples(code(text))


@pytest.mark.parametrize("text, triple", [
    # a passive governor's subject does what its infinitive says
    ("The Sudanese government was forced to free the detained Egyptian fishermen.", ("SDN", "RETREAT", "EGY")),
    # the owner of a noun governing the infinitive; a possessive capital is its government
    ("Ankara's decision to expel the Dutch ambassador surprised diplomats.", ("TUR", "SANCTION", "NLD")),
    # a noun trigger in a time phrase or a trip's purpose shares its clause's subject
    ("After talks with the Turkish president, the Azerbaijani leader said the border would reopen.",
     ("AZE", "CONSULT", "TUR")),
    ("The Kenyan foreign minister flew to Geneva for talks with Ethiopian officials.", ("KEN", "CONSULT", "ETH")),
    # the target in a gerund complement; a stative passive's subject is its doer
    ("China committed to sending doctors to Sierra Leone.", ("CHN", "AGREE", "SLE")),
    ("Vietnam is committed to deepening ties with Japan.", ("VNM", "AGREE", "JPN")),
    # "his government" in a reported clause is the speaker's, not the country named nearby
    ("The Iranian foreign minister said his government had expelled two British diplomats.",
     ("IRN", "SANCTION", "GBR")),
    ("Merkel said her government supported the Ukrainian bid.", ("DEU", "SUPPORT", "UKR")),
    # whoever issued a statement, letter or resolution says what it says
    ("Kenya issued a statement condemning the raid by Somali militants.", ("KEN", "ACCUSE", "SOM")),
    ("Japan's statement condemning the missile launch by North Korea came hours later.",
     ("JPN", "ACCUSE", "PRK")),
    ("A letter from the Polish president urging Germany to pay reparations was published.",
     ("POL", "REQUEST", "DEU")),
    ("Ghana released a communique welcoming the peace deal between Sudan and Chad.", ("GHA", "SUPPORT", None)),
])
def test_events_argument_structures_with_actors(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


@pytest.mark.parametrize("text, triple", [
    # where an attack with no named target was carried out names it
    ("Iran's armed intervention in Iraq began in the spring.", ("IRN", "ASSAULT", "IRQ")),
    ("Armenia said its troops had made an incursion into a mountain district in Azerbaijan.", ("ARM", "ASSAULT", "AZE")),
    ("US drones killed five men in Yemen on Sunday.", ("USA", "ASSAULT", "YEM")),
    ("Israeli jets carried out strikes in Syria overnight.", ("ISR", "ASSAULT", "SYR")),
    ("Egyptian police arrested dozens in Cairo.", ("EGY", "COERCE", "EGY")),
    # a named target still comes first
    ("The US conducted airstrikes in Somalia against al-Shabaab.", ("USA", "ASSAULT", "SOM")),
])
def test_events_an_attack_is_on_the_country_it_was_carried_out_in(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


@pytest.mark.parametrize("text, triple", [
    # a named city hit through a noun's or a verb's preposition stands for its country
    ("The Russian shelling of Kharkiv continued overnight.", ("RUS", "ASSAULT", "UKR")),
    ("Israeli jets launched air strikes on Aleppo.", ("ISR", "ASSAULT", "SYR")),
    # a place noun naming its place with "of"
    ("Turkish jets struck the city of Kobani.", ("TUR", "ASSAULT", "SYR")),
    ("Saudi jets bombed the port city of Hodeidah.", ("SAU", "ASSAULT", "YEM")),
])
def test_events_a_city_hit_through_a_preposition_stands_for_its_country(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


@pytest.mark.parametrize("text, triple", [
    # an act that lands where it is done abroad is aimed at the country it is done in
    ("Britain deployed four fighter jets in Estonia last month.", ("GBR", "MOBILIZE", "EST")),
    ("France reduced its garrison in Chad by half.", ("FRA", "RETREAT", "TCD")),
    ("Canada delivered food and blankets in Haiti after the storm.", ("CAN", "AID", "HTI")),
])
def test_events_an_act_done_abroad_lands_on_the_country_it_is_done_in(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


@pytest.mark.parametrize("text, triple", [
    # forces put on alert abroad are aimed at the country they stand in
    ("Russian soldiers were kept on high alert in Moldova on Monday.", ("RUS", "MOBILIZE", "MDA")),
    ("Israeli soldiers were kept on high alert in the West Bank after the clashes.", ("ISR", "MOBILIZE", "PSE")),
    # a curfew or emergency lands on the people where it is imposed or lifted, at home too
    ("Belgrade ended the overnight curfew in Kosovo on Friday.", ("SRB", "CONCEDE", "XKX")),
    # forces mobilized for a war against someone are mobilized against it
    ("France mobilised reserve units for an expected offensive against Libya.", ("FRA", "MOBILIZE", "LBY")),
    ("The government of Peru declared a state of emergency in Cusco.", ("PER", "COERCE", "PER")),
    # a visit's host is the government of the place the visitor arrives in
    ("The Egyptian president landed in Rabat on Monday for a two-day state visit.", ("EGY", "CONSULT", "MAR")),
    ("The Chinese premier is in Berlin on an official visit.", ("CHN", "CONSULT", "DEU")),
    # the parser's gerund clause after 'to' still names whom: "to officers hiding in ..."
    ("Ecuador granted asylum to four Colombian officers hiding in its embassy.", ("ECU", "AID", "COL")),
    ("Uruguay granted asylum to two Paraguayan generals holed up in its embassy.", ("URY", "AID", "PRY")),
    # an object shifted past an 'as' phrase is still the object
    ("Austria condemned as a grave injustice Italy's treatment of the minority.", ("AUT", "ACCUSE", "ITA")),
    # a place attacked stands for those it is for
    ("Chadian militiamen stormed a school for Sudanese refugees.", ("TCD", "ASSAULT", "SDN")),
    # a pronoun's men somewhere are still its own: the place only says where
    ("Turkey reinforced its troops in Iraq.", ("TUR", "MOBILIZE", "IRQ")),
    ("France said its troops in Mali were attacked by militants.", ("MLI", "ASSAULT", "FRA")),
])
def test_events_where_a_measure_alert_or_visit_takes_place_names_its_target(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


@pytest.mark.parametrize("text, kind", [
    # forces on alert at home are aimed at no one the sentence names
    ("Indian troops were put on high alert in Kashmir.", "MOBILIZE"),
    ("Russian soldiers were kept on high alert in Rostov.", "MOBILIZE"),
])
def test_events_an_alert_at_home_has_no_target(code_text, text, kind):
    events = [e for e in code_text(text, date="2015-06-01") if e.event_type == kind]
    assert events and all(e.target is None for e in events), events


@pytest.mark.parametrize("text, kind, pair", [
    # at home, or two parties acting together, the place is no target
    ("Egypt sent troops into Sinai on Monday.", "MOBILIZE", ("EGY", "EGY")),
    ("Poland and Lithuania worked together in Ukraine on demining.", "COOPERATE", ("POL", "UKR")),
])
def test_events_an_act_at_home_or_together_is_not_aimed_at_the_place(code_text, text, kind, pair):
    events = [e for e in code_text(text, date="2015-06-01") if e.event_type == kind]
    assert events, text
    assert pair not in {(e.source and e.source.country, e.target and e.target.country) for e in events}


@pytest.mark.parametrize("text, triple", [
    # the owner of an arrest, a release or a deportation with no "of" phrase undergoes it
    ("Relatives said the Bahraini students' arrest was unfair.", (None, "COERCE", "BHR")),
    ("The Bahraini students' arrest by Saudi police came days after the rally.", ("SAU", "COERCE", "BHR")),
    ("Iran's arrest of a French academic angered Paris.", ("IRN", "COERCE", "FRA")),
    ("Qatar secured the Nepali hostages' release on Sunday.", ("QAT", "RETREAT", "NPL")),
    ("The Afghan migrants' deportation by Iran began in May.", ("IRN", "COERCE", "AFG")),
])
def test_events_the_owner_of_what_is_suffered_suffers_it_unless_of_names_who(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


def test_events_a_caused_act_is_done_by_the_object_of_its_cause(code_text):
    # the parser reads the infinitive as a purpose clause of "led"
    assert ("COD", "REQUEST", "RWA") in triples(code_text(
        "The Ugandan offensive led the Congolese rebels to plead with Rwanda for help.", date="2015-06-01"))


def test_events_support_in_a_fight_is_not_support_of_the_enemy(code_text):
    events = code_text("Germany supported Kurdish units in the fight against al-Shabaab.", date="2015-06-01")
    assert not [e for e in events if e.event_type == "SUPPORT" and e.target and e.target.country == "SOM"]


def test_events_those_killed_after_with_are_the_victims_not_the_killers(code_text):
    events = code_text("Al-Shabaab overran the base on Tuesday, with 40 Kenyan soldiers killed.", date="2015-06-01")
    killed = [e for e in events if e.trigger.text == "killed"]
    assert killed and all(e.source is None or e.source.country != "KEN" for e in killed)
    assert any(e.target is not None and e.target.country == "KEN" for e in killed)


def test_events_an_attack_after_since_is_a_date_not_news(code_text):
    assert not asserted(code_text("Since the American invasion of Iraq, oil prices have doubled."))


@pytest.mark.parametrize("text", [
    # fighting somewhere, by no one named or at home, is no attack on the country
    "Armed groups fighting in Libya worry its neighbours.",
    "The veteran had previously fought in Afghanistan.",
])
def test_events_where_fighting_happened_is_no_target_of_its_own(code_text, text):
    assert not [e for e in asserted(code_text(text, date="2015-06-01")) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, triple", [
    # a standalone noun's own infinitive names whom its action aims at
    ("Moscow's threat to cut gas supplies to Moldova worried its neighbours.", ("RUS", "THREATEN", "MDA")),
    ("Poland's refusal to accept the German proposal angered Berlin.", ("POL", "REJECT", "DEU")),
    # being opposed is a stance the subject holds, even when the parser hangs it on "is"
    ("Hungary is opposed to new sanctions on Russia.", ("HUN", "REJECT", None)),
])
def test_events_noun_complements_and_stative_opposition(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


def test_events_parties_in_talks_meet_each_other_whatever_the_talks_are_about(code_text):
    events = [e for e in asserted(code_text("Chad and Niger are in talks to repatriate refugees to Sudan."))
              if e.event_type == "CONSULT"]
    assert [(e.event_type, e.source.country, e.target.country, e.symmetric) for e in events] == [
        ("CONSULT", "TCD", "NER", True)]


def test_events_a_passives_agent_is_the_subject_a_pattern_checks(code_text):
    # a party attacking something is no violence, and a parent taking children no abduction,
    # whichever the voice
    assert not [e for e in asserted(code_text("The levy was attacked by the Greens as unfair."))
                if e.event_type == "ASSAULT"]
    assert not asserted(code_text("Two girls were abducted by their stepfather."))
    events = asserted(code_text("Two police officers were attacked by protesters in Paris."))
    assert [(e.event_type, e.source.sector, e.target.sector) for e in events] == [("ASSAULT", "CVL", "COP")]


@pytest.mark.parametrize("text, triple", [
    # words about what someone suffered address whoever did it, named by "by"
    ("Kenya condemned the killing of Somali civilians by al-Shabaab.", ("KEN", "ACCUSE", "SOM")),
    ("Japan welcomed the release of its citizens by North Korea.", ("JPN", "SUPPORT", "PRK")),
    # parties named together agree with each other on what has no country of its own
    ("Malaysia and Indonesia agreed to take in thousands of migrants stranded at sea.",
     ("MYS", "AGREE", "IDN")),
])
def test_events_words_address_the_doer_and_parties_each_other(code_text, text, triple):
    assert triple in triples(code_text(text, date="2015-06-01"))


def test_events_a_resolution_speaks_for_the_body_that_adopted_it(code_text):
    events = asserted(code_text("The Security Council adopted a resolution urging Israel to halt "
                                "settlement building.", date="2015-06-01"))
    assert [(e.event_type, e.source.code[:3], e.target.country) for e in events] == [("REQUEST", "IGO", "ISR")]


def test_events_crowd_gathered_to_mourn_is_no_protest(code_text):
    assert "PROTEST" not in types(code_text("Hundreds of Chileans gathered in the square to mourn the singer."))
    assert "PROTEST" in types(code_text("Thousands of Georgians gathered outside parliament to protest the law."))


def test_events_reason_for_an_act_gives_no_target(code_text):
    # whom the jailed man insulted is not whom the court jailed
    events = [e for e in asserted(code_text("The court jailed him for insulting President Erdogan."))
              if e.event_type == "COERCE"]
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize("text, triple", [
    # a subject pronoun stands for the nearest earlier actor of its kind, subjects first
    ("The Kenyan foreign minister landed in Addis Ababa on Monday. He met Ethiopian officials on Tuesday.",
     ("KEN", "CONSULT", "ETH")),
    ("The Peruvian government rejected the report. It also accused Chile of spying.", ("PER", "ACCUSE", "CHL")),
    ("Ukrainian soldiers entered the village. They arrested three Russian officers.", ("UKR", "COERCE", "RUS")),
    # "he" is a person, not the government named last
    ("The Egyptian president visited Khartoum, where the Sudanese government hosted a summit. "
     "He praised Ethiopia.", ("EGY", "SUPPORT", "ETH")),
])
def test_events_pronoun_subject_refers_back(code_text, text, triple):
    events = code_text(text)
    assert triple in triples(events)
    event = next(e for e in asserted(events) if e.event_type == triple[1])
    assert "refers back" in event.explanation


def test_events_expletive_it_refers_to_nothing(code_text):
    events = code_text("Peru met Chile on Monday. It was agreed with Bolivia that talks would continue.")
    assert [(e.source, e.target.country) for e in events if e.event_type == "AGREE"] == [(None, "BOL")]


# --------------------------------------------------------------------------------------------
# Coordinated clauses the small parser mislabels.  The parses are built by hand, as the parser
# gives them on long sentences with a dated subject ("... on Monday extended ..., condemned ..."),
# so that the test does not depend on when the model happens to produce them.

def _parsed(nlp, rows):
    """A Doc from (word, lemma, pos, tag, dep, head index) rows."""
    from spacy.tokens import Doc

    words, lemmas, pos, tags, deps, heads = map(list, zip(*rows))
    doc = Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads,
              sent_starts=[True] + [False] * (len(rows) - 1))
    return doc


def _coordinated(second_dep: str):
    """'Envoys from Chad extended support to Niger, condemned the raid.' with the second verb
    as the parser leaves it: the head of the first (ccomp), or an unlabelled dep of it."""
    fronted = second_dep == "ccomp"
    first, second = 3, 8
    return [
        ("Envoys", "envoy", "NOUN", "NNS", "nsubj", first),
        ("from", "from", "ADP", "IN", "prep", 0),
        ("Chad", "Chad", "PROPN", "NNP", "pobj", 1),
        ("extended", "extend", "VERB", "VBD", "ccomp" if fronted else "ROOT", second if fronted else first),
        ("support", "support", "NOUN", "NN", "dobj", first),
        ("to", "to", "ADP", "IN", "prep", first),
        ("Niger", "Niger", "PROPN", "NNP", "pobj", 5),
        (",", ",", "PUNCT", ",", "punct", second),
        ("condemned", "condemn", "VERB", "VBD", "ROOT" if fronted else "dep", second if fronted else first),
        ("the", "the", "DET", "DT", "det", 10),
        ("raid", "raid", "NOUN", "NN", "dobj", second),
        (".", ".", "PUNCT", ".", "punct", second),
    ]


@pytest.mark.parametrize("dep", ["ccomp", "dep"])
def test_misparsed_coordinate_shares_the_subject_and_is_no_content(nlp, dep):
    from detente.events.arguments import subject_of
    from detente.events.modality import comma_coordinate, fronted_coordinate

    doc = _parsed(nlp, _coordinated(dep))
    extended, condemned = doc[3], doc[8]
    assert fronted_coordinate(extended) is (dep == "ccomp")
    assert comma_coordinate(condemned) is (dep == "dep")
    tokens, how, _ = subject_of(condemned)
    assert [t.text for t in tokens] == ["Envoys"], how


def test_misparsed_coordinate_codes_both_acts_with_one_source(nlp):
    from detente.pipeline import Pipeline

    doc = _parsed(nlp, _coordinated("ccomp"))
    pipeline = Pipeline(nlp=nlp)
    coded = pipeline.code_parsed(Document(text=doc.text, doc_id="x"), doc)
    found = {(e.event_type, e.source and e.source.country) for e in coded.events if e.modality == "asserted"}
    assert ("ACCUSE", "TCD") in found
    assert ("SUPPORT", "TCD") in found  # no longer the content of the condemnation


@pytest.mark.parametrize("rows", [
    # "Iran will retaliate, warned the minister.": a speaker after his words, not a coordinate
    [("Iran", "Iran", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
     ("retaliate", "retaliate", "VERB", "VB", "ccomp", 4), (",", ",", "PUNCT", ",", "punct", 4),
     ("warned", "warn", "VERB", "VBD", "ROOT", 4), ("the", "the", "DET", "DT", "det", 6),
     ("minister", "minister", "NOUN", "NN", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 4)],
    # "Iran will retaliate, the minister warned.": the later verb has its own subject
    [("Iran", "Iran", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
     ("retaliate", "retaliate", "VERB", "VB", "ccomp", 6), (",", ",", "PUNCT", ",", "punct", 6),
     ("the", "the", "DET", "DT", "det", 5), ("minister", "minister", "NOUN", "NN", "nsubj", 6),
     ("warned", "warn", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)],
])
def test_fronted_speech_is_no_coordinate(nlp, rows):
    from detente.events.modality import fronted_coordinate

    doc = _parsed(nlp, rows)
    assert not fronted_coordinate(doc[2])


@pytest.mark.parametrize("sentence,target", [
    # the source's own country doing what it warns of is the source, not whom it warns
    ("Putin warned the West that Russia would respond to any attack.", None),
    ("Downing Street warned that Britain would hit back if Iran seized another tanker.", "IRN"),
    # two sectors of one country stay apart
    ("The Kenyan government warned that Kenyan protesters would face arrest.", "KEN"),
])
def test_a_warning_about_ones_own_act_is_not_aimed_at_oneself(code_text, sentence, target):
    threats = [e for e in code_text(sentence) if e.event_type == "THREATEN" and e.modality == "asserted"]
    assert threats, sentence
    assert {e.target.country if e.target else None for e in threats} == {target}


def test_a_passive_pronoun_is_the_object_of_the_sentence_before(code_text):
    # "they were released" are the men the police detained, not the police
    events = code_text("Kenyan police detained two Ugandan traders in Busia. "
                       "They were released by a magistrate on Friday.")
    released = [e for e in events if e.event_type == "RETREAT" and e.modality == "asserted"]
    assert released and released[0].target is not None and released[0].target.country == "UGA"
    # an active pronoun still takes the subject before it
    events = code_text("Russia expelled two Polish diplomats on Monday. It accused them of spying.")
    accused = [e for e in events if e.event_type == "ACCUSE" and e.modality == "asserted"]
    assert accused and accused[0].source.country == "RUS"


@pytest.mark.parametrize("headline,parties", [
    # a headline lists its parties with a comma; the parser reads the list as a modifier, an
    # apposition or two subjects
    ("Armenia, Azerbaijan hold talks in Moscow", {"ARM", "AZE"}),
    ("Sudan, South Sudan agree to reopen border", {"SDN", "SSD"}),
    ("Japan, South Korea sign intelligence pact.", {"JPN", "KOR"}),
    ("Iran, Iraq sign oil deal", {"IRN", "IRQ"}),
])
def test_headline_lists_both_parties(code_text, headline, parties):
    events = [e for e in code_text(headline) if e.modality == "asserted"]
    found = {m.country for e in events for m in (e.source, e.target) if m is not None}
    assert parties <= found, [(e.event_type, e.source and e.source.text, e.target and e.target.text) for e in events]


def test_an_apposition_naming_one_actor_is_not_a_list(code_text):
    events = [e for e in code_text("Russia's ally, Belarus, condemned the sanctions.") if e.modality == "asserted"]
    assert len({e.source.country for e in events if e.source}) == 1
    events = [e for e in code_text("The Russian president, Vladimir Putin, met Erdogan in Sochi.")
              if e.event_type == "CONSULT"]
    assert {(e.source.country, e.target.country) for e in events} <= {("RUS", "TUR"), ("TUR", "RUS")}


@pytest.mark.parametrize("sentence,target", [
    # a warning is aimed at the subject of its clause only when the clause says what will
    # befall it; otherwise it is a forecast about that subject
    ("Iran warned that Israel would pay a heavy price.", "ISR"),
    ("The Kremlin warned that Georgia would be punished.", "GEO"),
    ("The EU warned that Poland could lose funding.", "POL"),
    ("The IMF warned that Greece could run out of money.", None),
    ("Labour warned that Tory tax cuts could damage schools.", None),
])
def test_a_warning_about_what_befalls_someone_is_a_threat_to_them(code_text, sentence, target):
    threats = [e for e in code_text(sentence) if e.event_type == "THREATEN" and e.modality == "asserted"]
    if target is None:
        assert not threats, [(e.pattern, e.target and e.target.text) for e in threats]
    else:
        assert threats and threats[0].target is not None and threats[0].target.country == target


def _protests(code_text, text):
    return [e for e in code_text(text) if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text,source,target", [
    # where it is held names the government addressed ...
    ("Hundreds of Chilean students marched in Lima on Monday.", "CHL", "PERGOV"),
    ("Dock workers walked out in Rotterdam.", "NLD", "NLDGOV"),
    ("A crowd gathered outside the courthouse in Harare.", "ZWE", "ZWEGOV"),
    # ... else the doers' own country does
    ("Tunisian teachers went on strike for a second day.", "TUN", "TUNGOV"),
    ("A hunger strike by Moroccan detainees entered its tenth day.", "MAR", "MARGOV"),
])
def test_events_protest_with_no_target_is_addressed_to_the_government(code_text, text, source, target):
    events = _protests(code_text, text)
    assert [(e.source and e.source.country, e.target and e.target.code, e.modality) for e in events] \
        == [(source, target, "asserted")]
    assert "none named: the government addressed" in events[0].explanation
    assert events[0].confidence < 1


@pytest.mark.parametrize("text,target", [
    # a target named is kept, and the place is only where it happened
    ("Hundreds of Chileans protested against Bolivia in Santiago.", "BOL"),
    ("Students rallied outside the Turkish embassy in Athens.", "TUR"),
])
def test_events_protest_with_a_named_target_keeps_it(code_text, text, target):
    assert {e.target.country for e in _protests(code_text, text) if e.target} == {target}


@pytest.mark.parametrize("text", [
    # a state's protest is diplomatic, and an unknown crowd in an unknown place names no one
    "Japan protested to Seoul over the islands.",
    "Hundreds of people marched through the town on Sunday.",
])
def test_events_protest_addressee_is_not_guessed_without_a_country(code_text, text):
    assert all(e.target is None or e.target.country != "" for e in _protests(code_text, text))
    assert not any(e.target and e.target.code.endswith("GOV") and "none named" in e.explanation
                   for e in _protests(code_text, text))


def test_events_protest_not_held_has_no_addressee_of_its_own(code_text):
    # a strike only threatened is not asserted, whatever it is addressed to
    events = _protests(code_text, "Kenyan nurses may go on strike next week.")
    assert all(e.modality != "asserted" for e in events)


def test_events_inferred_addressee_yields_to_a_named_target_of_the_same_act(code_text):
    # "a protest ... who marched to X": one protest by the same people, aimed at X
    events = _protests(code_text, "It was a protest by Ghanaian cocoa farmers, who marched to the "
                                  "Ivorian border in a row over prices.")
    assert [(e.source.country, e.target and e.target.country) for e in events] == [("GHA", "CIV")]


def test_events_ontology_addressee_is_checked(tmp_path):
    from detente.events.patterns import ONTOLOGY_FILE
    text = ONTOLOGY_FILE.read_text().replace("    addressee: government", "    addressee: police", 1)
    (tmp_path / "ontology.yaml").write_text(text)
    with pytest.raises(DataFileError) as info:
        load_ontology(tmp_path / "ontology.yaml")
    assert "addressee must be 'government'" in str(info.value)
    assert load_ontology()["PROTEST"].addressed and not load_ontology()["ASSAULT"].addressed
    text = ONTOLOGY_FILE.read_text().replace("    doers: people", "    doers: anyone", 1)
    (tmp_path / "ontology.yaml").write_text(text)
    with pytest.raises(DataFileError) as info:
        load_ontology(tmp_path / "ontology.yaml")
    assert "doers must be 'people'" in str(info.value)


@pytest.mark.parametrize("text,etype,source,target", [
    # a promise or threat whose act would be done abroad is aimed at the country it is done in
    ("Portugal agreed to build two hospitals in Angola.", "AGREE", "PRT", "AGO"),
    ("Canada offered to fund new schools in Haiti.", "AGREE", "CAN", "HTI"),
    ("The EU agreed to finance water projects in Jordan.", "AGREE", "IGO", "JOR"),
    ("Denmark promised that its engineers would stay in Ghana.", "AGREE", "DNK", "GHA"),
    ("Egypt warned that it would launch an operation in Libya.", "THREATEN", "EGY", "LBY"),
])
def test_events_promise_or_threat_aimed_at_where_its_act_would_be_done(code_text, text, etype,
                                                                        source, target):
    found = [(e.event_type, e.source.code[:3], e.target and e.target.country)
             for e in code_text(text) if e.modality == "asserted" and e.source]
    assert (etype, source, target) in found, found


@pytest.mark.parametrize("text", [
    # at home, or someone else's act, is no target of the promise or threat
    "Brazil agreed to build two hospitals in Brazil's north.",
    "Sweden warned that Russian ships had entered waters near Gotland.",
    "Egypt warned that Turkish troops would stay in Libya.",
])
def test_events_promise_or_threat_place_only_for_the_sources_own_act_abroad(code_text, text):
    for event in code_text(text):
        assert "would be done" not in event.explanation, event.explanation


@pytest.mark.parametrize("text,source,target", [
    # with no doer named, the people of where it is held protest
    ("Demonstrations against Britain erupted in Kenya.", "KENCVL", "GBR"),
    ("A rally was held in Warsaw against the Russian embassy's closure.", "POLCVL", None),
    ("Riots broke out in Lusaka after the vote.", "ZMBCVL", "ZMBGOV"),
])
def test_events_protest_with_no_doer_is_held_by_the_people_there(code_text, text, source, target):
    events = _protests(code_text, text)
    assert events and events[0].source.code == source
    assert target is None or events[0].target.code.startswith(target)
    assert "none named" in events[0].explanation


def test_events_protest_doers_are_not_the_people_of_a_named_target(code_text):
    # the rally is against Israel, held in Israel: who rallied is not said
    events = _protests(code_text, "Protests against Israel erupted in Haifa.")
    assert [e.source for e in events] == [None]


def test_events_subjprep_role_reads_the_subjects_preposition(code_text):
    events = _protests(code_text, "Protests against Turkey erupted across Armenia.")
    assert [(e.source.country, e.target.country) for e in events] == [("ARM", "TUR")]
    assert "pobj(against) of the subject" in events[0].explanation
