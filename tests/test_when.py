"""When stage: dates from the text against the document date, the dateline check, re-resolution."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import DataFileError
from detente.model import Document, Event, Mention, Role, Trigger
from detente.nlp import parse
from detente.when import date_events, dateline, resolve_text
from detente.when.expressions import find_expressions

D = dt.date
FIXTURES = Path(__file__).parent / "fixtures"
BASE = D(2016, 6, 12)  # a Sunday

OBAMA = [Role(code="USAGOV", country="USA", sector="GOV", entity="Barack Obama", title="President",
              start=D(2009, 1, 20), end=D(2017, 1, 20))]
KERRY = [Role(code="USALEG", country="USA", sector="LEG", entity="John Kerry", title="Senator",
              start=D(1985, 1, 3), end=D(2013, 2, 1)),
         Role(code="USAGOV", country="USA", sector="GOV", entity="John Kerry",
              title="Secretary of State", start=D(2013, 2, 1), end=D(2017, 1, 20))]


# --- the resolver, one form at a time ---------------------------------------------------------

@pytest.mark.parametrize("text, date, end, precision, date_text", [
    ("On June 10 the ministers met.", D(2016, 6, 10), None, "day", "On June 10"),
    ("They met on 7-8 June in the capital.", D(2016, 6, 7), D(2016, 6, 8), "day", "on 7-8 June"),
    ("Talks ran June 7 to 9.", D(2016, 6, 7), D(2016, 6, 9), "day", "June 7 to 9"),
    ("The summit ran from 30 June to 2 July 2015.", D(2015, 6, 30), D(2015, 7, 2), "day",
     "from 30 June to 2 July 2015"),
    ("May 9 saw a parade.", D(2016, 5, 9), None, "day", "May 9"),
    ("The treaty was signed in 2008.", D(2008, 1, 1), None, "year", "in 2008"),
    ("Relations soured last May.", D(2016, 5, 1), None, "month", "last May"),
    ("The envoy left in March.", D(2016, 3, 1), None, "month", "in March"),
    ("The border reopened in August.", D(2015, 8, 1), None, "month", "in August"),
    ("Trade fell earlier this month.", D(2016, 6, 1), None, "month", "earlier this month"),
    ("The minister resigned on Tuesday.", D(2016, 6, 7), None, "day", "on Tuesday"),
    ("The minister resigned yesterday.", D(2016, 6, 11), None, "day", "yesterday"),
    ("Protests began last week.", D(2016, 5, 30), D(2016, 6, 5), "period", "last week"),
    ("Ties warmed over the past eighteen months.", D(2014, 12, 12), D(2016, 6, 12), "period",
     "over the past eighteen months"),
    ("The deal collapsed in mid-2015.", D(2015, 5, 1), D(2015, 8, 31), "period", "in mid-2015"),
    ("They signed on 10 June 2015.", D(2015, 6, 10), None, "day", "on 10 June 2015"),
    ("Signed 2015-06-10 in the capital.", D(2015, 6, 10), None, "day", "2015-06-10"),
    ("It happened three days ago.", D(2016, 6, 9), None, "day", "three days ago"),
    ("Sanctions have been in force since 2014.", D(2014, 1, 1), D(2016, 6, 12), "period",
     "since 2014"),
    ("The talks resumed in June 2015.", D(2015, 6, 1), None, "month", "in June 2015"),
    ("Tension peaked in late May.", D(2016, 5, 21), D(2016, 5, 31), "period", "in late May"),
])
def test_when_resolves_each_form_against_document_date(text, date, end, precision, date_text):
    when = resolve_text(text, BASE)
    assert (when.date, when.end, when.precision, when.text) == (date, end, precision, date_text)


def test_when_weekday_future_tense_looks_forward():
    assert resolve_text("on Tuesday", BASE, future=True).date == D(2016, 6, 14)
    assert resolve_text("next Tuesday", BASE).date == D(2016, 6, 14)
    assert resolve_text("last Sunday", BASE).date == D(2016, 6, 5)


def test_when_year_without_document_date_is_absolute_relative_is_none():
    assert resolve_text("in 2008", None).date == D(2008, 1, 1)
    assert resolve_text("on 10 June 2015", None).date == D(2015, 6, 10)
    assert resolve_text("On June 10", None) is None
    assert resolve_text("last week", None) is None
    assert resolve_text("yesterday", None) is None


def test_when_impossible_dates_give_none():
    assert resolve_text("on February 30", BASE) is None
    assert resolve_text("on 31 April 2015", BASE) is None
    assert resolve_text("2015-13-01", BASE) is None


def test_when_february_29_takes_a_leap_year():
    assert resolve_text("on February 29", D(2017, 3, 1)).date == D(2016, 2, 29)


def test_when_modal_may_is_not_a_month():
    assert find_expressions("Belarus may join the talks, the minister said.") == []
    assert find_expressions("May I add that the two sides agreed?") == []


def test_when_window_puts_year_less_dates_inside_it():
    window = (D(2013, 2, 1), D(2017, 1, 20))
    assert resolve_text("On May 14", D(2023, 2, 14), window=window).date == D(2016, 5, 14)
    assert resolve_text("On January 10", D(2023, 2, 14), window=window).date == D(2017, 1, 10)


# --- property tests ---------------------------------------------------------------------------

FRAGMENTS = ["on", "in", "last", "next", "the", "past", "June", "May", "February", "30", "31",
             "29", "7-8", "2015", "1999", "mid-", "early", "Tuesday", "yesterday", "week",
             "month", "year", "ago", "eighteen", "months", "-", ",", "2016-02-30", "13/13/2013",
             "since", "over", "to", "0", "99", "June 31", "31-1 May"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(FRAGMENTS), max_size=8),
       base=st.one_of(st.none(), st.dates(min_value=D(1900, 3, 1), max_value=D(2099, 10, 1))),
       future=st.booleans())
def test_when_resolver_never_crashes_and_gives_valid_dates(words, base, future):
    when = resolve_text(" ".join(words), base, future=future)
    if when is not None:
        assert when.date is None or isinstance(when.date, dt.date)
        assert when.end is None or when.date is None or when.end >= when.date
        assert when.precision in ("day", "month", "year", "period", "document")


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=60), base=st.one_of(st.none(), st.dates()))
def test_when_resolver_never_crashes_on_any_text(text, base):
    when = resolve_text(text, base)
    assert when is None or when.date is None or when.date.isoformat()


# --- date_events on parsed documents ----------------------------------------------------------

def coded(nlp, text: str, date: D | None, triggers: list[str], **fields):
    """A parsed document and one event per trigger word (its n-th occurrence as 'word#n')."""
    document = Document(doc_id="t", text=text, date=date, **fields)
    document, sdoc = next(parse(nlp, [document]))
    events = []
    for spec in triggers:
        word, _, nth = spec.partition("#")
        at = -1
        for _ in range(int(nth or 0) + 1):
            at = text.index(word, at + 1)
        sentence = next(s for s in document.sentences if s.span[0] <= at < s.span[1])
        events.append(Event(doc_id="t", sentence=sentence.text, span=sentence.span,
                            trigger=Trigger(text=word, span=(at, at + len(word))),
                            event_type="CONSULT", sentence_index=sentence.index))
    return document, sdoc, events


def person(text: str, whole: str, roles: list[Role], code: str = "USAELI") -> Mention:
    at = whole.index(text)
    return Mention(text=text, span=(at, at + len(text)), entity=roles[0].entity, roles=roles,
                   code=code, country="USA", sector="ELI", kind="person")


def test_when_date_events_day_range_month_year_weekday(nlp):
    text = ("The two foreign ministers met on 7-8 June in the capital. "
            "Trade talks stalled last May. The treaty was first signed in 2008. "
            "The envoy resigned on Tuesday.")
    document, sdoc, events = coded(nlp, text, BASE, ["met", "stalled", "signed", "resigned"])
    met, stalled, signed, resigned = date_events(document, sdoc, events, [])
    assert (met.date, met.date_end, met.date_precision, met.date_text) == \
        (D(2016, 6, 7), D(2016, 6, 8), "day", "on 7-8 June")
    assert (stalled.date, stalled.date_precision) == (D(2016, 5, 1), "month")
    assert (signed.date, signed.date_precision) == (D(2008, 1, 1), "year")
    assert (resigned.date, resigned.date_precision) == (D(2016, 6, 7), "day")


def test_when_date_events_future_tense_weekday_is_ahead(nlp):
    text = "The delegation will meet the opposition on Tuesday."
    document, sdoc, events = coded(nlp, text, BASE, ["meet"])
    assert date_events(document, sdoc, events, [])[0].date == D(2016, 6, 14)


def test_when_date_events_picks_the_date_of_the_triggers_clause(nlp):
    text = ("The ministers met on 7 June, while the talks of 2 May had collapsed.")
    document, sdoc, events = coded(nlp, text, BASE, ["met", "collapsed"])
    met, collapsed = date_events(document, sdoc, events, [])
    assert met.date == D(2016, 6, 7)
    assert collapsed.date == D(2016, 5, 2)


def test_when_date_events_narrative_and_document_fallback(nlp):
    text = ("On June 3 the envoy arrived in the capital. He met the foreign minister.\n\n"
            "The opposition criticised the visit.")
    document, sdoc, events = coded(nlp, text, BASE, ["arrived", "met", "criticised"])
    arrived, met, criticised = date_events(document, sdoc, events, [])
    assert arrived.date == met.date == D(2016, 6, 3)
    assert met.date_text == "On June 3" and "earlier sentence" in met.explanation
    assert (criticised.date, criticised.date_precision) == (BASE, "document")


def test_when_date_events_impossible_date_undated_with_warning(nlp):
    text = "The agreement was signed on February 30 by both sides."
    document, sdoc, events = coded(nlp, text, BASE, ["signed"])
    signed = date_events(document, sdoc, events, [])[0]
    assert signed.date is None and signed.date_text == "on February 30"
    assert [w.code for w in document.warnings] == ["impossible-date"]


def test_when_date_events_without_document_date(nlp):
    text = "The treaty was signed in 2008. The envoys met on June 10."
    document, sdoc, events = coded(nlp, text, None, ["signed", "met"])
    signed, met = date_events(document, sdoc, events, [])
    assert (signed.date, signed.date_precision) == (D(2008, 1, 1), "year")
    assert met.date is None


def test_when_date_events_ignores_the_page_stamp(nlp):
    text = "Updated at 09:30,14-02-2023\n\nThe minister resigned."
    document, sdoc, events = coded(nlp, text, D(2023, 2, 14), ["resigned"],
                                   date_text="Updated at 09:30,14-02-2023")
    resigned = date_events(document, sdoc, events, [])[0]
    assert (resigned.date, resigned.date_precision) == (D(2023, 2, 14), "document")


def test_when_story_stamped_years_after_its_events_gets_dateline(nlp):
    text = (FIXTURES / "dateline-2016-stamped-2023.txt").read_text()
    mentions = [person("Barack Obama", text, OBAMA), person("John Kerry", text, KERRY)]
    document, sdoc, events = coded(nlp, text, D(2023, 2, 14), ["met", "visited", "travels"],
                                   date_text="Updated at 09:30,14-02-2023")
    events[0] = events[0].model_copy(update=dict(source=mentions[0]))
    events.insert(0, coded(nlp, text, D(2023, 2, 14), ["says"])[2][0])
    says, met, visited, travels = date_events(document, sdoc, events, mentions)
    # no date in its sentence: the story's estimated writing date, not the wrong stamp
    assert (says.date, says.date_precision) == (D(2016, 5, 25), "document")
    assert [w.code for w in document.warnings] == ["dateline"]
    assert "Barack Obama" in document.warnings[0].message
    first, last = document.dateline_range
    assert first <= 2016 <= last
    assert (met.date, met.date_text) == (D(2016, 5, 23), "On May 23")
    assert visited.date == D(2016, 4, 11)
    assert (travels.date, travels.date_end) == (D(2016, 5, 24), D(2016, 5, 25))
    # Obama is resolved as president at the event's date, not a former one at the stamp.
    assert met.source.code == "USAGOV"


def test_when_no_dateline_when_office_held_at_stamp(nlp):
    text = "US President Barack Obama met the envoy on June 3."
    mentions = [person("Barack Obama", text, OBAMA)]
    document, sdoc, events = coded(nlp, text, D(2016, 6, 12), ["met"])
    date_events(document, sdoc, events, mentions)
    assert document.warnings == [] and document.dateline_range is None


def test_when_no_dateline_for_a_former_office(nlp):
    text = "Former US President Barack Obama met the envoy on June 3."
    mentions = [person("Barack Obama", text, OBAMA)]
    document, sdoc, events = coded(nlp, text, D(2022, 6, 12), ["met"])
    (met,) = date_events(document, sdoc, events, mentions)
    assert document.warnings == [] and met.date == D(2022, 6, 3)


def test_when_title_in_apposition_counts(nlp):
    text = "John Kerry, the secretary of state, meets the envoy on June 3."
    mentions = [person("John Kerry", text, KERRY)]
    document, sdoc, events = coded(nlp, text, D(2020, 6, 12), ["meets"])
    (met,) = date_events(document, sdoc, events, mentions)
    assert document.dateline_range == (2013, 2017) and met.date == D(2016, 6, 3)


def test_when_reresolves_actors_at_event_date(nlp):
    text = "Senator John Kerry met the envoy in 2010. Kerry met the envoy again in 2015."
    kerry = person("John Kerry", text, KERRY)
    document, sdoc, events = coded(nlp, text, D(2016, 1, 1), ["met", "met#1"])
    events = [e.model_copy(update=dict(source=kerry)) for e in events]
    first, second = date_events(document, sdoc, events, [kerry])
    assert first.source.code == "USALEG" and second.source.code == "USAGOV"


def test_when_end_to_end_acceptance_document(pipeline):
    """Through the whole pipeline once the actors stage knows the people (skipped before)."""
    from detente.ingest import read_inputs

    (document,) = read_inputs([str(FIXTURES / "dateline-2016-stamped-2023.txt")])
    result = pipeline.code_text(document.text, date=document.date, date_text=document.date_text)
    if not any(m.roles for m in result.mentions):
        pytest.skip("the actors stage does not resolve people with roles yet")
    assert "dateline" in [w.code for w in result.document.warnings]
    first, last = result.document.dateline_range
    assert first <= 2016 <= last
    dated = [e for e in result.events if e.date_text and "May" in e.date_text]
    assert dated and all(e.date.year == 2016 for e in dated)


def test_when_president_elect_is_no_dateline(nlp):
    text = "President-elect Donald Trump met the envoy on December 3."
    trump = [Role(code="USAGOV", country="USA", sector="GOV", entity="Donald Trump",
                  title="President (United States)", start=D(2017, 1, 20), end=D(2021, 1, 20))]
    mentions = [person("Donald Trump", text, trump)]
    document, sdoc, events = coded(nlp, text, D(2016, 12, 12), ["met"])
    date_events(document, sdoc, events, mentions)
    assert document.warnings == []


def test_when_date_of_a_relative_clause_does_not_date_the_event(nlp):
    text = "The senator, who was elected in 2010, met the ambassador."
    document, sdoc, events = coded(nlp, text, BASE, ["met"])
    (met,) = date_events(document, sdoc, events, [])
    assert (met.date, met.date_precision) == (BASE, "document")


def test_when_verbless_headline_with_two_dates_terminates(nlp):
    text = "Border talks: 7 June round after the 2 May collapse"
    document, sdoc, events = coded(nlp, text, BASE, ["talks", "collapse"])
    talks, collapse = date_events(document, sdoc, events, [])
    assert talks.date in (D(2016, 6, 7), D(2016, 5, 2))
    assert collapse.date in (D(2016, 6, 7), D(2016, 5, 2))


TRUMP = [Role(code="USAGOV", country="USA", sector="GOV", entity="Donald Trump", title="President",
              start=D(2017, 1, 20), end=D(2021, 1, 20))]


@pytest.mark.parametrize("text, stamp", [
    # months after leaving office news still uses the title
    ("US President Barack Obama met the envoy on June 3.", D(2017, 6, 12)),
    # a look back
    ("Under President Barack Obama the envoy was received on June 3.", D(2020, 6, 12)),
    ("When President Barack Obama met the envoy on June 3, little changed.", D(2020, 6, 12)),
])
def test_when_no_dateline_for_recent_or_historical_titles(nlp, text, stamp):
    document, sdoc, events = coded(nlp, text, stamp, ["met" if "met" in text else "received"])
    date_events(document, sdoc, events, [person("Barack Obama", text, OBAMA)])
    assert document.warnings == []


def test_when_no_dateline_for_a_bare_title(nlp):
    text = "The president met the envoy on June 3."
    mention = Mention(text="The president", span=(0, 13), roles=OBAMA, entity="Barack Obama")
    document, sdoc, events = coded(nlp, text, D(2022, 6, 12), ["met"])
    date_events(document, sdoc, events, [mention])
    assert document.warnings == []


def test_when_no_dateline_when_the_stamps_office_holder_is_named_too(nlp):
    text = "President Donald Trump met the envoy, as President Barack Obama did on June 3."
    mentions = [person("Donald Trump", text, TRUMP), person("Barack Obama", text, OBAMA)]
    document, sdoc, events = coded(nlp, text, D(2019, 6, 12), ["met"])
    date_events(document, sdoc, events, mentions)
    assert document.warnings == []


def test_when_dateline_needs_present_tense_or_two_office_holders(nlp):
    one = "The crowd ousted President Barack Obama on June 3."
    document, sdoc, events = coded(nlp, one, D(2022, 6, 12), ["ousted"])
    date_events(document, sdoc, events, [person("Barack Obama", one, OBAMA)])
    assert document.warnings == []
    two = "President Barack Obama and Secretary of State John Kerry met the envoy on June 3."
    mentions = [person("Barack Obama", two, OBAMA), person("John Kerry", two, KERRY)]
    document, sdoc, events = coded(nlp, two, D(2022, 6, 12), ["met"])
    (met,) = date_events(document, sdoc, events, mentions)
    assert [w.code for w in document.warnings] == ["dateline"] and met.date == D(2016, 6, 3)


def test_when_future_date_is_not_carried_and_ages_are_not_years(nlp):
    text = ("The talks will resume next Wednesday. The minister, 36, criticised the delay. "
            "Theresa May spoke to the envoy.")
    document, sdoc, events = coded(nlp, text, BASE, ["resume", "criticised", "spoke"])
    resume, criticised, spoke = date_events(document, sdoc, events, [])
    assert resume.date == D(2016, 6, 15)
    assert (criticised.date, criticised.date_precision) == (BASE, "document")
    assert (spoke.date, spoke.date_precision) == (BASE, "document")


def test_when_end_to_end_dates_through_code_text(code_text):
    events = code_text("On 7-8 June Secretary of State John Kerry met Russian Foreign Minister "
                       "Sergei Lavrov. Belarus imposed sanctions in 2008.", date="2016-06-12")
    met = [e for e in events if e.trigger.text == "met"]
    sanctions = [e for e in events if e.event_type == "SANCTION"]
    if not met or not sanctions:
        pytest.skip("the events stage does not code these sentences yet")
    assert (met[0].date, met[0].date_end, met[0].date_text) == \
        (D(2016, 6, 7), D(2016, 6, 8), "On 7-8 June")
    assert met[0].source.code == "USAGOV"
    assert (sanctions[0].date, sanctions[0].date_precision) == (D(2008, 1, 1), "year")


# --- titles.yaml: a bad entry is an error at its own line ---------------------------------------

# Seven good lines; each bad tail below starts on line 8.
TITLES = ("president: [president, head of state]\n"
          "# a comment line\n"
          "prime minister:\n"
          "  - prime minister\n"
          "  - premier\n"
          "\n"
          "monarch: [king, queen]\n")


@pytest.fixture
def fresh_titles():
    """No titles or title patterns cached from the shipped file, before or after the test."""
    for cached in (dateline.load_titles, dateline._title_pattern):
        cached.cache_clear()
    yield
    for cached in (dateline.load_titles, dateline._title_pattern):
        cached.cache_clear()


@pytest.mark.parametrize("tail, line, reason", [
    ("governor: governor\n", 8, "'governor': expected a title and a list of phrases"),
    ("governor:\n  - governor\n  - ''\n", 10, "'governor': phrase '' is not a word or words"),
    ("monarch: [emir]\n", 8, "duplicate key 'monarch'"),
    ("minister: [minister]\nPrime Minister: [head of government]\n", 9,
     "'Prime Minister': title written twice (case does not count)"),
])
def test_when_bad_titles_entry_names_its_own_line(tmp_path, fresh_titles, tail, line, reason):
    bad = tmp_path / "titles.yaml"
    bad.write_text(TITLES + tail, encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        dateline.load_titles(bad)
    assert f"{bad}:{line}: " in str(error.value) and reason in str(error.value)
    assert dateline.load_titles.cache_info().currsize == 0  # nothing kept from half a file
    assert dateline.load_titles()["prime minister"][:2] == ("prime minister", "premier")


def test_when_good_titles_file_loads_from_a_path(tmp_path, fresh_titles):
    good = tmp_path / "titles.yaml"
    good.write_text(TITLES, encoding="utf-8")
    assert dateline.load_titles(good) == {"president": ("president", "head of state"),
                                          "prime minister": ("prime minister", "premier"),
                                          "monarch": ("king", "queen")}


def test_when_bad_titles_file_stops_the_dateline_check(nlp, tmp_path, monkeypatch, fresh_titles):
    bad = tmp_path / "titles.yaml"
    bad.write_text(TITLES + "president: [chief executive]\n", encoding="utf-8")
    monkeypatch.setattr(dateline, "TITLES_FILE", bad)
    text = "President Barack Obama telephoned the Danish envoy on June 3."
    document, sdoc, events = coded(nlp, text, D(2022, 6, 12), ["telephoned"])
    with pytest.raises(DataFileError, match=r"titles.yaml:8: .*duplicate key 'president'"):
        date_events(document, sdoc, events, [person("Barack Obama", text, OBAMA)])
    assert document.warnings == [] and document.dateline_range is None


def test_when_cli_shows_a_bad_titles_file_as_one_line(tmp_path, monkeypatch, run_cli, fresh_titles):
    bad = tmp_path / "titles.yaml"
    bad.write_text(TITLES + "monarch: [emir]\n", encoding="utf-8")
    monkeypatch.setattr(dateline, "TITLES_FILE", bad)
    story = tmp_path / "story.txt"
    story.write_text("President Barack Obama telephoned the Danish envoy on Friday.\n", encoding="utf-8")
    code, errors = run_cli("code", story, "--date", "2022-06-12")
    assert code == 2
    (line,) = errors
    assert line.startswith(f"detente: {bad}:8: ") and "duplicate key 'monarch'" in line
    assert line.endswith("[E030]")
