"""Where an attack lands and whose its doers are: a capital named after its noun stands for its
country, and the victims of a kidnapping lend no country to the armed men who took them."""
import pytest


def _asserted(code_text, text, etype):
    return [e for e in code_text(text) if e.event_type == etype and e.modality == "asserted"]


@pytest.mark.parametrize("text,source,target", [
    ("Separatists set off several bombs in the capital Luanda overnight.", None, "AGO"),
    ("Insurgents fired mortars into the capital Mogadishu on Sunday.", None, "SOM"),
])
def test_a_capital_named_after_its_noun_is_the_place_attacked(code_text, text, source, target):
    events = _asserted(code_text, text, "ASSAULT")
    assert events and {e.target.country for e in events if e.target} == {target}


@pytest.mark.parametrize("text,etype,source", [
    # the victims' nationality is not the kidnappers'; the scene's is
    ("Rebels kidnapped nine Chinese engineers in Luanda on Monday.", "COERCE", "AGOREB"),
    ("Gunmen abducted four Turkish truck drivers outside Benghazi.", "COERCE", "LBYUAF"),
])
def test_kidnappers_take_no_country_from_their_victims(code_text, text, etype, source):
    events = _asserted(code_text, text, etype)
    assert [e.source.code[:6] for e in events if e.source] == [source]


@pytest.mark.parametrize("text,etype,source,target", [
    # only a state arrests, deports, tries or opens an inquiry where it rules
    ("A British tourist was arrested in Turkey on suspicion of espionage.", "COERCE", "TURCOP", "GBR"),
    ("Two Kenyan activists were detained in Kampala on Sunday.", "COERCE", "UGACOP", "KEN"),
    ("A Dutch journalist has been put under investigation in Morocco over his reporting.", "ACCUSE", "MARGOV", "NLD"),
])
def test_an_arrest_with_no_doer_named_is_the_authorities_there(code_text, text, etype, source, target):
    events = _asserted(code_text, text, etype)
    assert [(e.source and e.source.code, e.target and e.target.country) for e in events] == [(source, target)]
    assert "none named: the authorities" in events[0].explanation


@pytest.mark.parametrize("text,etype", [
    # no place, no authorities; a kidnapping is no state's act
    ("Mr Okonjo was arrested on Tuesday morning.", "COERCE"),
    ("Four Chinese engineers were kidnapped in Nigeria.", "COERCE"),
])
def test_no_authorities_without_a_place_or_for_a_kidnapping(code_text, text, etype):
    assert all(e.source is None for e in _asserted(code_text, text, etype))
