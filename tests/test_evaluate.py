"""`detente evaluate`: reading gold files, the matching rules, the scores and the command.

The gold fixture (tests/fixtures/gold_small.jsonl) and every sentence here were written for
these tests; scoring is tested with events built by hand, so no spaCy model is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.errors import InputError
from detente.evaluate import (
    Counts, GoldActor, GoldEvent, GoldRecord, country_key, evaluate, normalise_code, read_gold,
    score_record,
)
from detente.model import CodedDocument, Event, Mention, Trigger

FIXTURE = Path(__file__).parent / "fixtures" / "gold_small.jsonl"
BAD_ONLY = Path(__file__).parent / "fixtures" / "gold_bad_only.jsonl"


def mention(text: str, code: str | None) -> Mention:
    return Mention(text=text, span=(0, len(text)), code=code, country=code[:3] if code else None)


def event(kind: str, source=None, target=None, *, symmetric=False, modality="asserted") -> Event:
    return Event(doc_id="d", sentence="s", span=(0, 1), trigger=Trigger(text="t", span=(0, 1)),
                 event_type=kind, source=source, target=target, symmetric=symmetric, modality=modality)


def gold(*events: GoldEvent) -> GoldRecord:
    return GoldRecord(id="g", text="s", doc_date=None, events=events, line=1)


def gev(plover, source=None, target=None) -> GoldEvent:
    actor = lambda code: None if code is None else GoldActor(text=code, code=code)  # noqa: E731
    return GoldEvent(plover=plover, cameo=None, source=actor(source), target=actor(target))


# ---------------------------------------------------------------------------------------------
# reading


def test_evaluate_read_gold_skips_bad_lines_naming_file_and_line():
    items = list(read_gold(FIXTURE))
    records = [i for i in items if not isinstance(i, InputError)]
    problems = [str(i) for i in items if isinstance(i, InputError)]
    assert [r.id for r in records] == ["t1", "t2", "t3", "t4", "t5", "t7", "t8"]
    assert [r.usable for r in records][-1] is False
    assert len(problems) == 2
    assert f"{FIXTURE}:4:" in problems[0] and "not JSON" in problems[0]
    assert f"{FIXTURE}:7:" in problems[1] and "text" in problems[1]


def test_evaluate_read_gold_rejects_unknown_plover_type():
    problems = [str(i) for i in read_gold(BAD_ONLY) if isinstance(i, InputError)]
    assert any(":1:" in p and "PRAISE" in p for p in problems)
    assert any(":2:" in p and "not a JSON object" in p for p in problems)


def test_evaluate_read_gold_missing_file(tmp_path):
    items = list(read_gold(tmp_path / "nope.jsonl"))
    assert len(items) == 1 and items[0].code == "E001"


def test_evaluate_read_gold_parses_fields():
    record = next(r for r in read_gold(FIXTURE) if not isinstance(r, InputError))
    assert record.doc_date.isoformat() == "2024-03-06"
    assert record.events[0].source.code == "DEUGOV" and record.events[0].plover == "AGREE"


# ---------------------------------------------------------------------------------------------
# matching rules


def test_evaluate_legacy_cameo_codes_map_to_iso():
    assert normalise_code("JAPGOV") == "JPNGOV"
    assert country_key("ITL") == "ITA"
    assert country_key("IGOUNO") == "IGO"
    assert country_key(None) == "---"


def test_evaluate_symmetric_event_matches_both_gold_directions():
    record = gold(gev("AGREE", "DEUGOV", "FRAGOV"), gev("AGREE", "FRAGOV", "DEUGOV"))
    score = score_record(record, [event("AGREE", mention("Germany", "DEUGOV"),
                                        mention("France", "FRAGOV"), symmetric=True)])
    assert score.types["AGREE"].tp == 2 and score.types["AGREE"].fp == 0
    assert score.triples["AGREE"].tp == 2


def test_evaluate_only_asserted_events_count():
    record = gold(gev("SANCTION", "USA", "BLR"))
    score = score_record(record, [event("SANCTION", mention("US", "USAGOV"), mention("Belarus", "BLR"),
                                        modality="hypothetical")])
    assert (score.types["SANCTION"].tp, score.types["SANCTION"].fn) == (0, 1)


def test_evaluate_triple_compares_countries_and_null_targets():
    record = gold(gev("PROTEST", "JAPGOV", None))
    good = score_record(record, [event("PROTEST", mention("Japan", "JPNGOV"))])
    wrong_target = score_record(record, [event("PROTEST", mention("Japan", "JPNGOV"), mention("China", "CHN"))])
    assert good.triples["PROTEST"].tp == 1
    assert wrong_target.triples["PROTEST"].tp == 0 and wrong_target.types["PROTEST"].tp == 1


def test_evaluate_wrong_type_is_false_positive_and_false_negative():
    score = score_record(gold(gev("ACCUSE", "IND", "PAK")), [event("THREATEN", mention("India", "IND"),
                                                                    mention("Pakistan", "PAK"))])
    assert score.types["ACCUSE"].fn == 1 and score.types["THREATEN"].fp == 1


def test_evaluate_gold_without_plover_type_forgives_one_prediction():
    record = gold(gev(None, "EST", None))
    score = score_record(record, [event("CONSULT", mention("Estonia", "EST")),
                                  event("SUPPORT", mention("Estonia", "EST"))])
    fp = sum(c.fp for c in score.types.values())
    assert fp == 1 and sum(c.tp for c in score.types.values()) == 0


def test_evaluate_uncoded_gold_actor_leaves_record_out_of_triples():
    record = GoldRecord(id="g", text="s", doc_date=None, line=1, events=(
        GoldEvent(plover="ASSAULT", cameo="190", source=GoldActor(text="Rebels", code=None),
                  target=GoldActor(text="army", code="MLIMIL")),))
    score = score_record(record, [event("ASSAULT", mention("rebels", None), mention("army", "MLIMIL"))])
    assert score.triples is None and score.types["ASSAULT"].tp == 1


def test_evaluate_actor_accuracy_on_matched_events():
    record = gold(gev("SANCTION", "USAGOV", "BLRGOV"))
    score = score_record(record, [event("SANCTION", mention("US", "USAGOV"), mention("Minsk", "BLR"))])
    assert score.actors["source_code"].correct == 1 and score.actors["source_country"].correct == 1
    assert score.actors["target_country"].correct == 1 and score.actors["target_code"].correct == 0


def test_evaluate_counts_f1():
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == 0.75 and counts.recall == 0.6
    assert round(counts.f1, 4) == round(2 * 0.75 * 0.6 / 1.35, 4)
    assert Counts().f1 == 0.0


# ---------------------------------------------------------------------------------------------
# running over a file


class FakePipeline:
    """Codes by looking the text up: stands in for the real pipeline in scoring tests."""

    ANSWERS = {
        "Germany and France signed": [event("AGREE", mention("Germany", "DEUGOV"), mention("France", "FRAGOV"),
                                            symmetric=True)],
        "The United States imposed": [event("SANCTION", mention("The United States", "USAGOV"),
                                            mention("Belarus", "BLRGOV"))],
        "Rain fell": [event("ASSAULT", mention("Lisbon", "PRT"))],
    }

    def code(self, documents):
        for document in documents:
            events = next((v for k, v in self.ANSWERS.items() if document.text.startswith(k)), [])
            yield CodedDocument(document=document, events=events)


def test_evaluate_runs_a_file_and_reports_problems():
    seen, problems = [], []
    report = evaluate(FIXTURE, FakePipeline(), on_record=lambda: seen.append(1),
                      on_problem=problems.append)
    assert report.records == 6 and report.skipped == 2 and len(seen) == 6 and len(problems) == 2
    assert report.unusable == 1  # meta.gold_usable: false
    assert (report.empty_records, report.false_alarms) == (1, 1)  # the Lisbon weather
    assert report.no_event_records == 2
    types = report.type_micro
    assert (types.tp, types.fp, types.fn) == (3, 1, 2)  # AGREE x2, SANCTION; Lisbon; PROTEST, ASSAULT
    assert report.triple_records == 5
    assert report.triples["SANCTION"].tp == 1
    data = report.to_dict()
    assert data["event_type"]["tp"] == 3 and "SANCTION" in data["by_type"]


def test_evaluate_limit():
    assert evaluate(FIXTURE, FakePipeline(), limit=2).records == 2


# ---------------------------------------------------------------------------------------------
# the command


@pytest.fixture
def cli(monkeypatch):
    import detente.cli.evaluate as command
    from detente.cli import app

    monkeypatch.setattr(command, "Pipeline", lambda settings: FakePipeline())
    return lambda *args: CliRunner().invoke(app, ["evaluate", *map(str, args)])


def test_evaluate_cli_json(cli):
    result = cli(FIXTURE, "--json", "--by", "type")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["records"] == 6 and data["by_type"]["AGREE"]["event_type"]["f1"] == 1.0
    assert ":4:" in result.stderr


def test_evaluate_cli_table(cli):
    result = cli(FIXTURE, "--by", "type")
    assert result.exit_code == 0, result.output
    assert "event type (micro)" in result.stdout and "SANCTION" in result.stdout


def test_evaluate_cli_bad_option(cli):
    result = cli(FIXTURE, "--by", "actor")
    assert result.exit_code != 0


def test_evaluate_code_without_country_is_unknown_country():
    assert normalise_code("GOV") == "---GOV"
    assert country_key("REB") == "---"
    assert normalise_code("---REB") == "---REB"
    assert country_key("IGOWSTNAT") == "IGO"


def test_evaluate_cli_nothing_readable_fails(cli):
    result = cli(BAD_ONLY)
    assert result.exit_code != 0
    assert ":1:" in result.stderr and ":2:" in result.stderr


def test_evaluate_limit_stops_before_later_bad_lines():
    report = evaluate(FIXTURE, FakePipeline(), limit=3)
    assert report.records == 3 and report.skipped == 0


from hypothesis import given, settings, strategies as st  # noqa: E402

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.one_of(st.text(max_size=40), _json_values.map(json.dumps),
                                st.fixed_dictionaries({"text": st.text(max_size=20),
                                                       "events": st.lists(_json_values, max_size=2)}).map(json.dumps)),
                      max_size=6))
def test_evaluate_read_gold_never_raises(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("gold") / "g.jsonl"
    path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8")
    for item in read_gold(path):
        assert isinstance(item, (GoldRecord, InputError))
        if isinstance(item, InputError):
            assert str(path) in str(item) and item.code == "E031"


def test_evaluate_record_the_pipeline_drops_scores_as_no_events():
    class Dropping(FakePipeline):
        def code(self, documents):
            for coded in super().code(documents):
                if not coded.document.text.startswith("Tokyo"):
                    yield coded

    report = evaluate(FIXTURE, Dropping())
    assert report.records == 6 and report.types["PROTEST"].fn == 1


def test_evaluate_gold_event_without_source_leaves_record_out_of_triples():
    record = gold(gev("CONSULT", None, None))
    score = score_record(record, [event("CONSULT", mention("Chile", "CHL"), mention("Peru", "PER"))])
    assert score.triples is None and score.types["CONSULT"].tp == 1


def test_evaluate_confusion_pairs_missed_and_spurious_types():
    score = score_record(gold(gev("ACCUSE", "IND", "PAK"), gev("AGREE", "IND", "PAK")),
                         [event("THREATEN", mention("India", "IND")), event("AGREE", mention("India", "IND")),
                          event("ASSAULT", mention("India", "IND"))])
    assert score.confusion == {("ACCUSE", "ASSAULT"): 1, (None, "THREATEN"): 1}
    missed = score_record(gold(gev("SANCTION", "USA", "RUS")), [])
    assert missed.confusion == {("SANCTION", None): 1}
    forgiven = score_record(gold(gev(None, "EST", None)), [event("CONSULT", mention("Estonia", "EST"))])
    assert forgiven.confusion == {}


def test_evaluate_cli_confusion(cli):
    result = cli(FIXTURE, "--json", "--by", "confusion")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert all(set(row) == {"gold", "predicted", "count"} for row in data["confusion"])
    table = cli(FIXTURE, "--by", "confusion")
    assert "unmatched types" in table.stdout
