"""A reported "must/should be ..." with another subject is a demand on it, as "must do" is."""
import pytest


def _events(code_text, text, etype):
    return [(e.source and e.source.country, e.target and e.target.country, e.modality)
            for e in code_text(text) if e.event_type == etype]


@pytest.mark.parametrize("text,source,target", [
    ("Egypt said Israel must be ready to make concessions.", "EGY", "ISR"),
    ("France said Iran must be more transparent about its nuclear programme.", "FRA", "IRN"),
    ("Germany said Greece should be willing to compromise.", "DEU", "GRC"),
])
def test_a_reported_must_be_is_a_demand(code_text, text, source, target):
    assert (source, target, "asserted") in _events(code_text, text, "REQUEST")


@pytest.mark.parametrize("text", [
    # a judgement of mind or fact asks nothing
    "The opposition said voters must be aware that the count was flawed.",
    "Brazil said the figures must be wrong.",
    "Chile said Peru should be able to appoint its own judges.",
    "Norway said Sweden should be concerned about the risk.",
    "Canada said there should be a proper inquiry.",
    # no reporter, no demand made
    "Israel must be ready to make concessions.",
])
def test_no_demand_from_a_judgement_or_without_a_reporter(code_text, text):
    assert not [e for e in _events(code_text, text, "REQUEST") if e[2] == "asserted"]
