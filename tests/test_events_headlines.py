"""A headline's reduced passive: a verb that never goes without its object, found with none,
says what was done to its subject ("UK urged to act" is a demand on the UK, by someone unnamed)."""
import pytest


def _pairs(code_text, text, etype):
    return [(e.source and e.source.code, e.target and e.target.code)
            for e in code_text(text) if e.event_type == etype and e.modality == "asserted"]


@pytest.mark.parametrize("text,etype,target", [
    ("Canada urged to rethink its Arctic policy", "REQUEST", "CAN"),
    ("Act on the court ruling, Poland urged", "REQUEST", "POL"),
    ("Labour accused of breaking its housing pledge", "ACCUSE", "GBRPTY"),
])
def test_a_headline_passive_makes_its_subject_the_target(code_text, text, etype, target):
    assert _pairs(code_text, text, etype) == [(None, target)]


@pytest.mark.parametrize("text,etype,pair", [
    # with its object the verb is active, as it always was
    ("France urged Iran to release the sailors.", "REQUEST", ("FRA", "IRN")),
    ("Germany criticised Turkey over the arrests.", "ACCUSE", ("DEU", "TUR")),
    ("Russia accused Ukraine of shelling the plant.", "ACCUSE", ("RUS", "UKR")),
])
def test_the_active_verb_keeps_its_subject_as_source(code_text, text, etype, pair):
    assert pair in [(s and s[:3], t and t[:3]) for s, t in _pairs(code_text, text, etype)]


@pytest.mark.parametrize("text,etype,pair", [
    # a relative clause's object is the pronoun before it; a full sentence says "was"
    ("The raid was one that Delhi blamed on a Pakistan-based group.", "ACCUSE", ("IND", "PAK")),
])
def test_no_headline_passive_in_a_full_sentence(code_text, text, etype, pair):
    assert pair in [(s and s[:3], t and t[:3]) for s, t in _pairs(code_text, text, etype)]
