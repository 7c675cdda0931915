"""Actors: peoples coded by where they live, friends of a state, faiths and shared city names,
with sentences written here."""

from __future__ import annotations


import pytest

from event_triples import coded_triples


# An ethnic group is coded by the country it lives in (the CAMEO convention), not by its kin state.
@pytest.mark.parametrize("text,phrase,code", [
    ("Ethnic Romanians in northern Serbia are asking for schools in their language.",
     "Ethnic Romanians in northern Serbia", "SRBCVL"),
    ("The Romanians of southern Ukraine asked Kyiv for schools in their language.",
     "The Romanians of southern Ukraine", "UKRCVL"),
    ("Some 400 ethnic Romanians marched on Sunday in Ukraine.", "Some 400 ethnic Romanians", "UKRCVL"),
    ("Ethnic Tajik fighters operating in Afghanistan handed over their rifles.",
     "Ethnic Tajik fighters", "AFGREB"),
])
def test_actors_ethnic_group_is_of_where_it_lives(codes, text, phrase, code):
    assert codes(text)[phrase] == code


def test_actors_ethnic_group_without_a_place_has_no_country(codes):
    assert codes("Ethnic Romanians gathered outside the parliament.")["Ethnic Romanians"] == "CVL"


@pytest.mark.parametrize("text,phrase,code", [
    ("Three Romanians were detained in Vienna.", "Three Romanians", "ROUCVL"),
    ("Romanians in Italy marched against the new law.", "Romanians", "ROUCVL"),
])
def test_actors_nationals_abroad_stay_their_country(codes, text, phrase, code):
    assert codes(text)[phrase] == code


def test_events_ethnic_group_protest_takes_the_country_it_is_in(code_text):
    found = coded_triples(code_text, "About 500 ethnic Poles demonstrated on Saturday in Lithuania.")
    assert ("PROTEST", "LTU", "LTU") in found or ("PROTEST", "LTU", None) in found


# An ally, proxy or partner of a state is not that state.
@pytest.mark.parametrize("text,phrase", [
    ("Rebel fighters killed a commander of Iran's militia ally in eastern Syria.",
     "a commander of Iran's militia ally in eastern Syria"),
    ("Pakistani troops attacked an ally of Russia in the north.", "an ally of Russia"),
])
def test_actors_friend_of_a_state_is_not_that_state(codes, text, phrase):
    found = codes(text)
    assert not (found.get(phrase) or "").startswith(("IRN", "RUS"))


def test_actors_friend_in_apposition_keeps_its_own_country(codes):
    found = codes("Chile, a close US partner, condemned the coup in Bolivia.")
    assert found["Chile"] == "CHL" and not any((c or "").startswith("USA") for c in found.values())


# Political Islam as a movement: an opposition sector that takes the country of its sentence.
@pytest.mark.parametrize("text,phrase,code", [
    ("Islamist hardliners blocked roads on Thursday, accusing the Egyptian government of corruption.",
     "Islamist hardliners", "EGYOPP"),
    ("Islamic fundamentalists accused Tunisian President Kais Saied of betraying the revolution.",
     "Islamic fundamentalists", "TUNOPP"),
    ("Islamic fundamentalists torched a cinema in Sousse, Tunisian police said.",
     "Islamic fundamentalists", "TUNOPP"),
    # armed men of a movement take no country from what is near them, as "Kurdish fighters" do
    ("Islamist militants attacked a police post in Mali.", "Islamist militants", "REB"),
    ("Government hardliners in Iran rejected the proposal.", "Government hardliners in Iran", "IRNGOV"),
])
def test_actors_islamists_and_hardliners(codes, text, phrase, code):
    assert codes(text)[phrase] == code


def test_actors_hardliners_alone_are_no_actor(codes):
    assert "Hardliners" not in codes("Hardliners walked out of the meeting.")


# A city name several countries share is of the country its text names.
@pytest.mark.parametrize("text,phrase,code", [
    ("Police in Tripoli detained twelve students after clashes near the harbour, Lebanon's state news agency said.",
     "Police in Tripoli", "LBNCOP"),
    ("Police in Tripoli detained twelve students outside the Libyan parliament.",
     "Police in Tripoli", "LBYCOP"),
    ("Police in Hyderabad arrested 20 opposition activists.", "Police in Hyderabad", "INDCOP"),
    ("Police in Hyderabad arrested 20 opposition activists in the Pakistani province of Sindh.",
     "Police in Hyderabad", "PAKCOP"),
])
def test_actors_shared_city_name_takes_the_country_named(codes, text, phrase, code):
    assert codes(text)[phrase] == code


def test_places_shared_city_name_takes_the_country_named(nlp, resolver):
    sdoc = nlp("Gunmen shelled Tripoli overnight, the Lebanese army said.")
    assert "LBN" in resolver.places(sdoc).values()


# A demonym on the people "of" or "in" a place is a people living there, as "ethnic" is.
@pytest.mark.parametrize("text,phrase,code", [
    ("Militiamen torched homes of the Greek population of southern Albania.",
     "the Greek population of southern Albania", "ALBCVL"),
    ("The Syrian population has suffered greatly, the minister said.", "The Syrian population", "SYRCVL"),
])
def test_actors_population_of_a_place_is_of_that_place(codes, text, phrase, code):
    assert codes(text)[phrase] == code


# An opposition, party or union coalition is one country's; coalition forces are of several.
@pytest.mark.parametrize("text,phrase,code", [
    ("The opposition coalition accused the Georgian government of rigging the vote.",
     "The opposition coalition", "GEOOPP"),
    ("Coalition forces shelled positions near the Iraqi town of Tal Afar.", "Coalition forces", "MIL"),
])
def test_actors_domestic_coalition_takes_its_sentence_country(codes, text, phrase, code):
    assert codes(text)[phrase] == code
