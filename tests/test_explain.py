"""`detente explain`: parse, mentions, patterns tried, and why each event was or was not coded.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

from detente.cli import app
from detente.events.patterns import Pattern
from detente.explain import explain_text, why_not


def test_explain_asserted_event_is_coded(pipeline):
    explanation = explain_text(pipeline, "Germany and France signed a trade agreement on Monday.",
                               dt.date(2024, 3, 6))
    sentence = explanation.sentences[0]
    assert sentence.tokens[0].text == "Germany" and sentence.tokens[0].dep
    assert {m.country for m in explanation.mentions} >= {"DEU", "FRA"}
    signed = [o for o in sentence.outcomes if o.event_type == "SUPPORT"]  # CAMEO 057
    assert signed and signed[0].modality == "asserted"
    assert signed[0].verdict.startswith("coded")
    assert any(t.fired for c in sentence.candidates for t in c.trials)


def test_explain_negated_event_says_why_not_written(pipeline):
    explanation = explain_text(pipeline, "Chile did not condemn the Peruvian raid on its embassy.")
    outcomes = explanation.sentences[0].outcomes
    assert outcomes, "the condemn pattern should fire"
    condemn = outcomes[0]
    assert condemn.modality == "negated" and "not" in condemn.modality_reason
    assert "not written" in condemn.verdict


def test_explain_reports_missing_target(pipeline):
    explanation = explain_text(pipeline, "Kenya protested on Tuesday.")
    outcomes = [o for s in explanation.sentences for o in s.outcomes]
    assert all(o.target.startswith("none found") for o in outcomes)


def test_explain_why_not_names_missing_object(nlp):
    pattern = Pattern(pid="TEST/expel-diplomat", event_type="COERCE", kind="verb",
                      lemmas=frozenset({"expel"}), object=frozenset({"ambassador", "diplomat"}))
    doc = nlp("Poland expelled three journalists.")
    reason = why_not(pattern, doc[1], frozenset())
    assert reason is not None and "needs object" in reason and "journalists" in reason
    doc = nlp("Poland expelled the ambassador.")
    assert why_not(pattern, doc[1], frozenset()) is None


def test_explain_why_not_noun_needs_light_verb(nlp):
    pattern = Pattern(pid="TEST/hold-talks", event_type="CONSULT", kind="noun",
                      lemmas=frozenset({"talk"}), light=frozenset({"hold"}))
    doc = nlp("Ghana praised the talks.")
    reason = why_not(pattern, doc[3], frozenset({"hold"}))
    assert reason is not None and "light verb" in reason


def test_explain_cli_prints_every_part():
    result = CliRunner().invoke(app, ["explain", "Brazil refused to meet the Argentine envoy.",
                                      "--date", "2024-03-06"])
    assert result.exit_code == 0, result.output
    for part in ("parse", "mentions", "patterns tried", "modality", "Brazil"):
        assert part in result.stdout


def test_explain_cli_bad_date():
    result = CliRunner().invoke(app, ["explain", "Brazil met Chile.", "--date", "yesterday"])
    assert result.exit_code != 0


def test_explain_cli_json():
    import json

    result = CliRunner().invoke(app, ["explain", "Chile did not condemn the Peruvian raid.", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    outcome = data["sentences"][0]["outcomes"][0]
    assert outcome["modality"] == "negated" and data["sentences"][0]["tokens"][0]["text"] == "Chile"
    assert data["events"] and data["events"][0]["modality"] == "negated"


def test_explain_cli_empty_text():
    result = CliRunner().invoke(app, ["explain", "  "])
    assert result.exit_code != 0


def test_explain_says_exactly_why_a_fired_pattern_left_no_event(pipeline):
    def verdicts(text):
        return {o.pattern: o.verdict for s in explain_text(pipeline, text).sentences for o in s.outcomes}

    found = verdicts("Ghana accused Togo of shelling its border posts.")
    assert any(v.startswith("no event: it is the content of another event (accusation")
               for p, v in found.items() if p.startswith("ASSAULT/"))
    found = verdicts("Farmers marched through Accra to demand lower fuel taxes.")
    assert any(v.startswith("no event: it belongs to PROTEST/") for p, v in found.items() if p.startswith("REQUEST/"))
    found = verdicts("The decision was condemned.")
    assert any("verbal event with neither source nor target" in v for v in found.values())


def test_explain_shows_a_promise_of_harm_coded_as_a_threat(pipeline):
    report = explain_text(pipeline, "Sudan announced its intention to bomb the rebel camps in Darfur.")
    outcomes = [o for s in report.sentences for o in s.outcomes if o.event_type == "AGREE"]
    assert outcomes and outcomes[0].verdict.startswith("coded: 1 asserted")
    assert [e.event_type for e in outcomes[0].events] == ["THREATEN"]
