"""The data model: time-bounded roles, stable event ids, the document record."""

from __future__ import annotations

import datetime as dt

from detente.model import Document, Event, EventDate, Mention, Role, Trigger, content_hash

D = dt.date

# A foreign minister who later became an ambassador, then left office (invented person).
MINISTER = Role(code="XYZGOV", country="XYZ", sector="GOV", entity="Ana Vidal",
                title="Foreign Minister", start=D(2012, 3, 1), end=D(2016, 6, 30))
AMBASSADOR = Role(code="XYZGOV", country="XYZ", sector="GOV", entity="Ana Vidal",
                  title="Ambassador to the UN", start=D(2016, 9, 1), end=D(2019, 12, 31))


def vidal(*roles: Role) -> Mention:
    return Mention(text="Vidal", span=(10, 15), entity="Ana Vidal", roles=list(roles), why="person")


def test_model_resolve_at_picks_role_held_on_the_day():
    mention = vidal(MINISTER, AMBASSADOR).resolve_at(D(2015, 5, 1))
    assert (mention.code, mention.country, mention.sector) == ("XYZGOV", "XYZ", "GOV")
    assert "Foreign Minister" in mention.why


def test_model_resolve_at_later_role_when_first_has_ended():
    mention = vidal(MINISTER, AMBASSADOR).resolve_at(D(2017, 2, 1))
    assert mention.code == "XYZGOV"
    assert "Ambassador to the UN" in mention.why


def test_model_resolve_at_after_every_role_is_former_elite():
    mention = vidal(MINISTER, AMBASSADOR).resolve_at(D(2021, 1, 1))
    assert (mention.code, mention.country, mention.sector) == ("XYZELI", "XYZ", "ELI")
    assert "former Ambassador to the UN" in mention.why


def test_model_resolve_at_in_gap_between_roles_is_former_elite():
    mention = vidal(MINISTER, AMBASSADOR).resolve_at(D(2016, 7, 15))
    assert mention.sector == "ELI"
    assert "former Foreign Minister" in mention.why


def test_model_resolve_at_before_first_role_keeps_country_not_office():
    mention = vidal(MINISTER).resolve_at(D(2010, 1, 1))
    assert mention.country == "XYZ"
    assert mention.sector == "GOV"
    assert "before term" in mention.why


def test_model_resolve_at_undated_takes_first_role():
    assert vidal(MINISTER, AMBASSADOR).resolve_at(None).why.endswith("2012-03-01..2016-06-30")


def test_model_resolve_at_without_roles_returns_same_mention():
    plain = Mention(text="Belarus", span=(0, 7), code="BLR", country="BLR")
    assert plain.resolve_at(D(2015, 1, 1)) is plain


def test_model_resolve_at_leaves_original_untouched():
    mention = vidal(MINISTER)
    mention.resolve_at(D(2021, 1, 1))
    assert mention.code is None and mention.sector is None


def test_model_role_holds_on_open_ended_role():
    role = Role(code="ABCGOV", start=D(2014, 6, 7))
    assert role.holds_on(D(2030, 1, 1))
    assert not role.holds_on(D(2014, 6, 6))
    assert role.holds_on(None)


def event(**changes) -> Event:
    fields = dict(doc_id="doc-1", sentence="Chile and Peru signed a fisheries accord.", span=(0, 41),
                  trigger=Trigger(text="signed", span=(15, 21)), event_type="AGREE",
                  source=Mention(text="Chile", span=(0, 5), code="CHL", country="CHL"),
                  target=Mention(text="Peru", span=(10, 14), code="PER", country="PER"))
    fields.update(changes)
    return Event(**fields)


def test_model_assign_id_is_stable_across_runs():
    first, second = event().assign_id(), event().assign_id()
    assert first.event_id == second.event_id
    assert len(first.event_id) == 16


def test_model_assign_id_ignores_scores_and_explanation():
    base = event().assign_id().event_id
    other = event(confidence=0.99, intensity=3.5, explanation="changed", pattern="x").assign_id()
    assert other.event_id == base


def test_model_assign_id_differs_by_document_type_and_arguments():
    base = event().assign_id().event_id
    assert event(doc_id="doc-2").assign_id().event_id != base
    assert event(event_type="CONSULT").assign_id().event_id != base
    assert event(target=None).assign_id().event_id != base
    assert event(trigger=Trigger(text="accord", span=(34, 40))).assign_id().event_id != base


def test_model_with_date_sets_every_date_field():
    dated = event().with_date(EventDate(date=D(2016, 6, 7), end=D(2016, 6, 8),
                                        precision="day", text="on 7-8 June"))
    assert (dated.date, dated.date_end, dated.date_precision, dated.date_text) == (
        D(2016, 6, 7), D(2016, 6, 8), "day", "on 7-8 June")


def test_model_event_record_hides_internal_fields():
    record = event(sentence_index=3).assign_id().to_record()
    assert record["record"] == "event"
    assert "sentence_index" not in record
    assert set(record["source"]) == {"text", "span", "code", "country", "sector", "entity", "confidence"}
    assert record["span"] == [0, 41]


def test_model_document_record_has_no_text_and_carries_warnings():
    doc = Document(doc_id="d7", text="Some text.\nMore text.", date=D(2015, 6, 12),
                   date_text="June 12, 2015", date_origin="text")
    doc.warn("W999", "an invented warning")
    record = doc.to_record()
    assert record["record"] == "document"
    assert "text" not in record and "sentences" not in record
    assert record["date"] == "2015-06-12"
    assert record["warnings"] == [{"code": "W999", "message": "an invented warning"}]
    assert record["content_hash"] == content_hash("Some text.\nMore text.")


def test_model_content_hash_ignores_whitespace_layout():
    assert content_hash("Minsk  and\nWashington") == content_hash(" Minsk and Washington ")
    assert content_hash("Minsk and Washington") != content_hash("Minsk or Washington")
