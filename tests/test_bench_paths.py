"""The shortcuts the ingest benchmark relies on give the answers of the slow paths they skip."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.model import Document, Event, Mention, Trigger
from detente.nlp import parse
from detente.when import expressions
from detente.when.expressions import Anchor, Expression, _dateparser, _dateparser_read
from detente.where import Geocoder

BASE = dt.date(2015, 6, 12)


@pytest.mark.parametrize("number", ["100423", "12062015", "20150612", "120615", "150612", "31299",
                                    "2015061", "123456789"])
def test_bench_bare_numbers_are_no_dates_for_dateparser_either(number):
    for future in (False, True):
        assert _dateparser_read(number, BASE, future) == (None, "")
    assert _dateparser(Expression("dateparser", 0, len(number), number), Anchor(BASE)) is None


def test_bench_bare_number_shortcut_leaves_other_texts_to_dateparser(monkeypatch):
    asked = []
    monkeypatch.setattr(expressions, "_dateparser_read", lambda text, base, future: (asked.append(text), (None, ""))[1])
    for text in ("100423", "Reference 100423", "1434000000", "mid-2015", "2015"):
        _dateparser(Expression("dateparser", 0, len(text), text), Anchor(BASE))
    assert asked == ["Reference 100423", "1434000000", "mid-2015", "2015"]


STORY = ("The foreign ministers of Belarus and Latvia met in Minsk on Monday. Their deputies "
         "held talks in Riga a day later, and the two prime ministers will meet in Vilnius. "
         "Protesters gathered in Minsk, and police in Riga arrested two of them.")


def test_bench_locate_finds_what_place_of_finds_event_by_event(nlp):
    document, sdoc = next(parse(nlp, [Document(doc_id="w", text=STORY)]))
    blr = Mention(text="Belarus", span=(30, 37), country="BLR")
    events = []
    for trigger in ("met", "held", "meet", "gathered", "arrested"):
        at = STORY.index(trigger)
        events.append(Event(doc_id="w", sentence=STORY, span=(0, len(STORY)), event_type="CONSULT",
                            trigger=Trigger(text=trigger, span=(at, at + len(trigger))), source=blr))
    geocoder = Geocoder()
    located = geocoder.locate(document, sdoc, events)
    one_by_one = [Geocoder().place_of(event, sdoc) for event in events]
    assert [e.location for e in located] == one_by_one
    assert [p.name if p else None for p in one_by_one] == ["Minsk", "Riga", "Vilnius", "Minsk", "Riga"]
    # the cached names give the same places on a second document
    again = geocoder.locate(document, sdoc, events)
    assert [e.location for e in again] == one_by_one


def test_bench_gazetteer_read_from_its_cache_is_the_one_built(tmp_path, monkeypatch):
    from detente.where import gazetteer as gazetteer_module

    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path / "cache"))
    built = gazetteer_module.Gazetteer(15_000)
    files = list((tmp_path / "cache").glob("gazetteer-15000-*.pickle"))
    assert len(files) == 1
    monkeypatch.setattr(gazetteer_module.Gazetteer, "_build", lambda *a: pytest.fail("rebuilt"))
    cached = gazetteer_module.Gazetteer(15_000)
    for name in gazetteer_module._BUILT:
        assert getattr(cached, name) == getattr(built, name)
    assert cached.cities("Kiev")[0][0].name == "Kyiv" and cached.country("Ukraine").iso3 == "UKR"
    files[0].write_bytes(b"not a pickle")  # a broken file is rebuilt, not trusted
    monkeypatch.undo()
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path / "cache"))
    assert gazetteer_module.Gazetteer(15_000)._cities == built._cities
    monkeypatch.setenv("DETENTE_CACHE_DIR", "off")
    assert gazetteer_module._cache_file(15_000, {}) is None
