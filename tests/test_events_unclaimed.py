"""An attack whose only doer named is a device that went off is done by unidentified attackers
of the country where it went off (ontology ``doers: attackers``); never a victim's place, and
never what falls from the air."""
import pytest


def _attacks(code_text, text):
    return [e for e in code_text(text) if e.event_type == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize("text,source,target", [
    ("A roadside bomb near Kandahar killed two Canadian soldiers.", "AFGUAF", "CAN"),
    ("Four Danish soldiers were killed by a land mine outside the Afghan city of Herat.", "AFGUAF", "DNK"),
    ("A car bomb explosion in a busy bazaar in Peshawar killed seven Pakistani policemen.", "PAKUAF", "PAK"),
    ("Two Nigerian policemen were killed in a bombing in Maiduguri.", "NGAUAF", "NGA"),
    ("A bomb blast near a mosque in Quetta wounded 14 worshippers.", "PAKUAF", "PAK"),
])
def test_a_device_that_went_off_is_unidentified_attackers_there(code_text, text, source, target):
    events = _attacks(code_text, text)
    assert [(e.source and e.source.code, e.target and e.target.country) for e in events] == [(source, target)]
    assert "unidentified attackers" in events[0].explanation
    assert events[0].source.confidence < 1


@pytest.mark.parametrize("text", [
    # a victim's place names no doer: soldiers killed in Ukraine are not Ukraine's doing
    "Three Ukrainian soldiers were killed in Ukraine.",
    "Two Israeli soldiers were killed in Gaza on Tuesday.",
    # what falls from the air is someone's who is seldom there
    "A bomb dropped by a warplane near Idlib killed twelve civilians.",
    "A missile strike near Kharkiv killed four people.",
    # a device with an owner named, known or not, is that owner's
    "Eleven villagers were killed in a coalition bombing in Raqqa.",
    "A Russian bomb near Aleppo killed nine civilians.",
    # a bare explosion may be an accident, and a device with no place has no country
    "A gas explosion killed four workers at a chemical plant in Shanxi.",
    "A roadside bomb killed two soldiers on Monday.",
])
def test_no_unidentified_attackers_without_a_device_and_its_place(code_text, text):
    assert not any(e.source is not None and (e.source.code or "").endswith("UAF")
                   for e in _attacks(code_text, text))


@pytest.mark.parametrize("text,source", [
    ("Taliban fighters planted a roadside bomb that killed two Afghan policemen near Kandahar.", "AFGREB"),
    ("Insurgents detonated a car bomb in a market in Mosul, killing eight people.", "IRQREB"),
])
def test_a_named_doer_is_kept(code_text, text, source):
    sources = {e.source.code[:6] for e in _attacks(code_text, text) if e.source}
    assert sources == {source}
