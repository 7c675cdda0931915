"""Actors: the knowledge base, mention resolution at a date, PETRARCH import, `detente actors`.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pycountry
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from detente.actors import ActorResolver, load_kb
from detente.actors.kb import default_data_dir, parse_day
from detente.actors.petrarch import people_rows, petrarch_date, read_petrarch
from detente.cli import app
from detente.errors import DataFileError
from detente.model import Document


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


@pytest.fixture
def mentions(nlp, resolver):
    def run(text: str, date: str | None = None):
        day = dt.date.fromisoformat(date) if date else None
        document = Document(doc_id="t", text=text, date=day)
        return resolver.mentions(document, nlp(text))

    return run


def codes(found) -> list[str]:
    return [m.code for m in found]


def by_text(found, text):
    return next(m for m in found if text in m.text)


# ---------------------------------------------------------------- countries, seats, IGOs

@pytest.mark.parametrize("text,code", [
    ("Belarusian diplomats left on Tuesday.", "BLR"),
    ("The US protested.", "USA"),
    ("The U.S. protested.", "USA"),
    ("American diplomats left on Tuesday.", "USA"),
    ("Britain protested.", "GBR"),
    ("British officials protested.", "GBR"),
    ("The Netherlands protested.", "NLD"),
    ("Dutch officials protested.", "NLD"),
    ("Ivory Coast protested.", "CIV"),
    ("Burma protested.", "MMR"),
    ("Myanmar protested.", "MMR"),
    # a former name and its adjective
    ("Kampuchea protested.", "KHM"),
    ("Kampuchean officials protested.", "KHM"),
    ("Saudi officials protested.", "SAU"),
    ("Emirati officials protested.", "ARE"),
    ("Kosovar officials protested.", "XKX"),
    ("South Korea protested.", "KOR"),
    ("North Korean officials protested.", "PRK"),
    ("Ukrainian officials protested.", "UKR"),
    # adjectives the derived lists lacked: a nationality the KB does not know reads as a people,
    # so "Ecuadorian soldiers" were coded as rebels
    ("Ecuadorian soldiers crossed the river.", "ECU"),
    ("Djiboutian officials protested.", "DJI"),
    ("Salvadorean police arrested the gang leaders.", "SLV"),
    ("Surinamese officials protested.", "SUR"),
    ("Burkinabe soldiers crossed the river.", "BFA"),
    # "eastern Congo" is the DRC; Congo-Brazzaville and the Republic of the Congo are not
    ("Rebels attacked villages in eastern Congo.", "COD"),
    ("Congo-Brazzaville protested.", "COG"),
    ("The Republic of the Congo protested.", "COG"),
    # states that no longer exist keep their ISO 3166-3 codes; their adjectives describe things
    ("The Soviet Union protested.", "SUN"),
    ("The USSR protested.", "SUN"),
    ("Yugoslavia protested.", "YUG"),
    ("East Germany protested.", "DDR"),
    ("Czechoslovakia protested.", "CSK"),
])
def test_actors_country_by_name_alias_and_adjective(mentions, text, code):
    found = mentions(text)
    assert found and found[0].country == code


def test_actors_things_of_a_former_state_are_not_its_actors(mentions):
    assert not any(m.country == "SUN" for m in mentions("Azerbaijan bought Soviet-era tanks."))


def test_actors_every_iso_country_is_known_by_a_phrase():
    kb = load_kb()
    reachable = {e.key for e in kb.proper.values() if e.kind in ("country", "seat")}
    missing = {c.alpha_3 for c in pycountry.countries} - reachable
    assert not missing


def test_actors_every_country_name_resolves_in_a_sentence(nlp, resolver):
    kb = load_kb()
    names = {}
    for phrase, entry in kb.proper.items():
        if entry.kind == "country" and entry.key not in names and " " not in phrase and phrase.istitle():
            names[entry.key] = phrase
    texts = [f"Officials from {name} arrived on Monday." for name in names.values()]
    wrong = []
    for (code, name), sdoc in zip(names.items(), nlp.pipe(texts)):
        found = resolver.mentions(Document(doc_id="c", text=sdoc.text), sdoc)
        if not any(m.country == code for m in found):
            wrong.append(name)
    assert len(wrong) <= len(names) // 50, wrong


def test_actors_bare_country_is_its_code_without_sector(mentions):
    germany = by_text(mentions("Germany and France signed a trade agreement."), "Germany")
    assert (germany.code, germany.country, germany.sector) == ("DEU", "DEU", None)


@pytest.mark.parametrize("text,code", [
    ("Minsk rejected the proposal.", "BLRGOV"),
    ("The Kremlin rejected the proposal.", "RUSGOV"),
    ("The White House rejected the proposal.", "USAGOV"),
    ("Downing Street rejected the proposal.", "GBRGOV"),
    ("Beijing rejected the proposal.", "CHNGOV"),
    ("The Pentagon rejected the proposal.", "USAMIL"),
])
def test_actors_seat_of_power_is_the_government(mentions, text, code):
    assert codes(mentions(text))[0] == code


def test_actors_brussels_is_the_eu(mentions):
    found = mentions("Brussels rejected the proposal.")
    assert found[0].code.startswith("IGOEUREEC") and found[0].country is None


@pytest.mark.parametrize("text,code", [
    ("The OSCE sent observers.", "IGOEUROSC"),
    ("The Eurasian Economic Union sent observers.", "IGOEUREAU"),
    ("NATO sent observers.", "IGOWSTNAT"),
    ("The United Nations sent observers.", "IGOUNO"),
])
def test_actors_international_organisations(mentions, text, code):
    assert codes(mentions(text))[0] == code


# ---------------------------------------------------------------- sectors and phrases

@pytest.mark.parametrize("text,phrase,code", [
    ("The Belarusian opposition called for a boycott.", "opposition", "BLROPP"),
    ("Russian troops crossed the border overnight.", "troops", "RUSMIL"),
    ("Polish police detained two men.", "police", "POLCOP"),
    ("The German parliament approved the bill.", "parliament", "DEULEG"),
    ("A Belarusian court sentenced the blogger.", "court", "BLRJUD"),
    ("Ukrainian protesters gathered in the square.", "protesters", "UKRCVL"),
    ("Georgian rebels seized a bridge.", "rebels", "GEOREB"),
    ("The Lithuanian foreign ministry summoned the envoy.", "ministry", "LTUGOV"),
    ("A Russian rebel leader was killed.", "leader", "RUSREB"),
    # the leaders of a protest are no government
    ("Serbian protest leaders met the interior minister.", "leaders", "SRBCVL"),
])
def test_actors_sector_from_signalling_noun(mentions, text, phrase, code):
    assert by_text(mentions(text), phrase).code == code


def test_actors_mention_covers_the_noun_phrase_and_head(nlp, mentions):
    text = "Belarusian foreign minister Vladimir Makei arrived in Vienna."
    sdoc = nlp(text)
    makei = by_text(mentions(text, "2015-06-01"), "Makei")
    assert makei.text == "Belarusian foreign minister Vladimir Makei"
    assert sdoc[makei.head].text == "Makei"
    assert text[makei.span[0]:makei.span[1]] == makei.text


def test_actors_head_of_sector_phrase(nlp, mentions):
    text = "On Friday the Belarusian opposition called for talks."
    opposition = by_text(mentions(text), "opposition")
    assert nlp(text)[opposition.head].text == "opposition"


def test_actors_officials_from_a_ministry(nlp, mentions):
    text = "Two officials from the Belarusian Ministry of Foreign Affairs visited Riga."
    found = mentions(text)
    officials = by_text(found, "officials")
    assert officials.code == "BLRGOV"
    assert officials.text.startswith("Two officials from the Belarusian Ministry")
    assert nlp(text)[officials.head].text == "officials"


def test_actors_conjoined_countries_make_one_mention_each(mentions):
    found = mentions("The Latvian and Estonian delegations signed the memorandum in Riga.")
    compound = [m for m in found if "delegations" in m.text]
    assert {m.code for m in compound} == {"LVAGOV", "ESTGOV"}
    assert len({(m.span, m.head) for m in compound}) == 1


def test_actors_unknown_person_takes_modifiers(mentions):
    found = mentions("Belarusian opposition leader Andrei Kavalenka called for new elections.")
    person = by_text(found, "Kavalenka")
    assert person.code == "BLROPP" and person.entity == "Andrei Kavalenka"


def test_actors_ethnic_demonym_is_not_the_state(mentions):
    found = mentions("Ethnic Hungarians in the village voted on Sunday.")
    assert all(m.country != "HUN" for m in found)


def test_actors_former_office_holder_is_elite(mentions):
    found = mentions("The ousted president of Paraguay gave an interview.")
    assert by_text(found, "president").code == "PRYELI"


def test_actors_a_country_inside_the_phrase_is_borrowed_first(mentions):
    # "Saudi-led forces" bombing Sanaa are Saudi, though Sanaa (Yemen) is nearer their head
    found = mentions("Saudi-led forces bombed Sanaa on Friday.")
    assert by_text(found, "forces").code == "SAUMIL"


def test_actors_a_diplomat_of_no_named_country_borrows_none(mentions):
    # he serves a state abroad: the country of his sentence is as likely his host
    assert by_text(mentions("The ambassador was expelled by Latvia last week."), "ambassador").country is None
    # while "its ambassador" is the subject's own
    assert by_text(mentions("Chile announced the recall of its ambassador to Peru."), "ambassador").country == "CHL"


def test_actors_sector_takes_country_from_the_sentence(mentions):
    found = mentions("In Tbilisi, riot police dispersed the march.")
    assert by_text(found, "police").code == "GEOCOP"


# ---------------------------------------------------------------- people and dates

def test_actors_resolution_across_a_term_boundary(mentions):
    before = by_text(mentions("Makei met the delegation.", "2016-03-01"), "Makei")
    after = by_text(mentions("Makei met the delegation.", "2023-03-01"), "Makei")
    assert before.code == "BLRGOV" and after.code == "BLRELI"
    assert before.resolve_at(dt.date(2023, 3, 1)).code == "BLRELI"
    assert after.resolve_at(dt.date(2016, 3, 1)).code == "BLRGOV"


def test_actors_person_roles_are_carried(mentions):
    putin = by_text(mentions("Vladimir Putin spoke on television.", "2010-06-01"), "Putin")
    assert putin.code == "RUSGOV" and putin.entity == "Vladimir Putin"
    titles = {r.title.split(" (")[0] for r in putin.roles}
    assert {"President", "Prime Minister"} <= titles
    current = [r for r in putin.roles if r.holds_on(dt.date(2010, 6, 1))]
    assert current[0].title.startswith("Prime Minister")


@pytest.mark.parametrize("variant", ["Lukashenka", "Lukashenko", "Alyaksandr Lukashenka"])
def test_actors_transliteration_variants_of_lukashenko(mentions, variant):
    found = mentions(f"{variant} signed the decree on Monday.", "2019-04-01")
    assert by_text(found, variant).entity == "Alexander Lukashenko"


@pytest.mark.parametrize("variant", ["Zelensky", "Zelenskyy", "Zelenskiy"])
def test_actors_transliteration_variants_of_zelensky(mentions, variant):
    found = mentions(f"President {variant} addressed parliament.", "2022-04-01")
    assert by_text(found, variant).code == "UKRGOV"


def test_actors_sergei_and_sergey_are_one_person(mentions):
    one = by_text(mentions("Sergei Lavrov flew to Minsk.", "2015-06-01"), "Lavrov")
    two = by_text(mentions("Sergey Lavrov flew to Minsk.", "2015-06-01"), "Lavrov")
    assert one.entity == two.entity == "Sergey Lavrov" and one.code == "RUSGOV"


def test_actors_title_without_name_finds_the_holder(mentions):
    found = mentions("The Belarusian foreign minister met reporters.", "2023-06-01")
    minister = by_text(found, "minister")
    assert minister.code == "BLRGOV" and minister.entity == "Sergei Aleinik"


def test_actors_counterpart_takes_the_same_office(mentions):
    text = "The Belarusian foreign minister met his Russian counterpart in Moscow."
    counterpart = by_text(mentions(text, "2015-06-01"), "counterpart")
    assert counterpart.code == "RUSGOV" and counterpart.entity == "Sergey Lavrov"


def test_actors_named_counterpart(mentions):
    text = "Makei spoke with his Russian counterpart Sergey Lavrov by phone."
    lavrov = by_text(mentions(text, "2015-06-01"), "Lavrov")
    assert lavrov.code == "RUSGOV" and lavrov.entity == "Sergey Lavrov"


def test_actors_later_surname_and_title_reuse_the_first_resolution(mentions):
    text = ("Belarusian opposition leader Andrei Kavalenka met diplomats in Vilnius. "
            "Kavalenka said the talks were useful. "
            "Estonian Foreign Minister Urmas Paet visited Minsk. The minister praised the plan.")
    found = mentions(text, "2010-05-01")
    later = [m for m in found if m.text == "Kavalenka"]
    assert later and later[0].code == "BLROPP"
    minister = next(m for m in found if m.text.lower() == "the minister")
    assert minister.code == "ESTGOV" and minister.entity == "Urmas Paet"


def test_actors_country_in_text_overrides_a_namesake(mentions):
    found = mentions("Jordanian King Abdullah II opened the new parliament session.", "2019-01-01")
    assert by_text(found, "Abdullah").country == "JOR"


# ---------------------------------------------------------------- data files

def copy_data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(default_data_dir(), folder)
    return folder


def test_actors_bad_people_line_names_file_and_line(tmp_path):
    folder = copy_data(tmp_path)
    people = folder / "people.csv"
    lines = people.read_text(encoding="utf-8").splitlines()
    lines.append("Ivan Testov,,BLR,foreign_minister,2020-13-01,")
    people.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_kb(str(folder))
    assert f"people.csv:{len(lines)}" in str(caught.value)


def test_actors_unknown_office_and_reversed_term_are_errors(tmp_path):
    folder = copy_data(tmp_path)
    people = folder / "people.csv"
    base = people.read_text(encoding="utf-8")
    people.write_text(base + "Ivan Testov,,BLR,court_jester,2020-01-01,\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown office"):
        load_kb(str(folder))
    people.write_text(base + "Ivan Testov,,BLR,president,2020-01-01,2019-01-01\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="before it starts"):
        load_kb(str(folder))


def test_actors_bad_yaml_names_file_and_line(tmp_path):
    folder = copy_data(tmp_path)
    countries = folder / "countries.yaml"
    text = countries.read_text(encoding="utf-8")
    countries.write_text(text.replace("seats: {Minsk: GOV,", "seats: {Minsk: XYZ,", 1), encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_kb(str(folder))
    assert "countries.yaml:" in str(caught.value) and "XYZ" in str(caught.value)


def test_actors_duplicate_yaml_key_is_an_error(tmp_path):
    folder = copy_data(tmp_path)
    countries = folder / "countries.yaml"
    text = countries.read_text(encoding="utf-8")
    countries.write_text(text.replace("  BLR:\n", "  BLR:\n    seats: {Minsk: GOV}\n", 1), encoding="utf-8")
    with pytest.raises(DataFileError, match="duplicate key 'seats'"):
        load_kb(str(folder))


def test_actors_phrase_claimed_by_two_sectors_is_an_error(tmp_path):
    folder = copy_data(tmp_path)
    sectors = folder / "sectors.yaml"
    text = sectors.read_text(encoding="utf-8")
    sectors.write_text(text.replace("nouns: [army,", "nouns: [police, army,", 1), encoding="utf-8")
    with pytest.raises(DataFileError, match="already signals"):
        load_kb(str(folder))


def test_actors_month_precision_dates():
    assert parse_day("2024-04", end=False) == dt.date(2024, 4, 1)
    assert parse_day("2024-02", end=True) == dt.date(2024, 2, 29)
    assert parse_day("", end=True) is None
    assert (parse_day("2015", end=False), parse_day("2015", end=True)) == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))


# ---------------------------------------------------------------- PETRARCH import

PETRARCH_FIXTURE = """\
# a small Phoenix-style dictionary written for this test
MARTA_KOVALCHUK_  [UKRELI]
+MARTA_KOVALCHUK_
+MARTA_KOVALCHUKOVA_
[UKRGOV 150301-190520]
[UKRELI >190520]

PAVEL_DUBROVSKY_
[BLRMIL <120101]
[BLRGOV 120101-]
"""


def test_actors_petrarch_import_reads_dated_codes(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH_FIXTURE, encoding="utf-8")
    actors = read_petrarch(path)
    assert [a.name for a in actors] == ["Marta Kovalchuk", "Pavel Dubrovsky"]
    marta = actors[0]
    assert "Marta Kovalchukova" in marta.synonyms
    gov = next(c for c in marta.codes if c.code == "UKRGOV")
    assert (gov.start, gov.end) == (dt.date(2015, 3, 1), dt.date(2019, 5, 20))
    after = next(c for c in marta.codes if c.start == dt.date(2019, 5, 20))
    assert after.code == "UKRELI" and after.end is None
    before = actors[1].codes[0]
    assert before.end == dt.date(2011, 12, 31)


def test_actors_petrarch_people_resolve_at_dates(tmp_path, nlp):
    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH_FIXTURE, encoding="utf-8")
    rows = list(people_rows(read_petrarch(path), load_kb()))
    people = tmp_path / "people_extra.csv"
    people.write_text("name,aliases,country,office,start,end\n"
                      + "\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    resolver = ActorResolver(extra_people=(str(people),))
    text = "Marta Kovalchuk criticised the plan."
    sdoc = nlp(text)
    during = resolver.mentions(Document(doc_id="p", text=text, date=dt.date(2017, 1, 1)), sdoc)
    later = resolver.mentions(Document(doc_id="p", text=text, date=dt.date(2021, 1, 1)), sdoc)
    assert during[0].code == "UKRGOV" and later[0].code == "UKRELI"


def test_actors_petrarch_bad_line_is_an_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("SOMEONE_ [USAGOV]\n[USAGOV 99-01]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_petrarch(path)
    assert "bad.txt:2" in str(caught.value)


def test_actors_petrarch_two_digit_years():
    assert petrarch_date("090120") == dt.date(2009, 1, 20)
    assert petrarch_date("910825") == dt.date(1991, 8, 25)
    assert petrarch_date("20170120") == dt.date(2017, 1, 20)


# ---------------------------------------------------------------- CLI

def test_actors_cli_shows_resolution_and_reason():
    result = CliRunner().invoke(app, ["actors", "Makei", "--date", "2015-06-01"])
    assert result.exit_code == 0, result.output
    assert "BLRGOV" in result.output and "Foreign Minister" in result.output
    result = CliRunner().invoke(app, ["actors", "Makei", "--date", "2023-06-01"])
    assert "BLRELI" in result.output


def test_actors_cli_import_writes_people_csv(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH_FIXTURE, encoding="utf-8")
    out = tmp_path / "people.csv"
    result = CliRunner().invoke(app, ["actors", "import", "--format", "petrarch", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,aliases,country,office,start,end"
    assert "Marta Kovalchuk,Marta Kovalchukova,UKR,GOV,2015-03-01,2019-05-20" in lines


# ---------------------------------------------------------------- properties

WORDS = st.sampled_from(["Belarus", "Belarusian", "the", "Kremlin", "minister", "foreign", "US",
                         "and", "opposition", "Makei", "said", ",", "of", "officials", "from",
                         "Lukashenka", "Russian", "troops", "met", ".", "his", "counterpart",
                         "former", "ethnic", "pro", "-", "police", "in", "Minsk", "NATO", "EU"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(WORDS, min_size=1, max_size=25), text=st.text(max_size=60),
       day=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_actors_resolver_never_crashes_and_spans_point_into_text(nlp, resolver, words, text, day):
    for sample in (" ".join(words), text):
        sdoc = nlp(sample)
        for mention in resolver.mentions(Document(doc_id="h", text=sample, date=day), sdoc):
            start, end = mention.span
            assert 0 <= start < end <= len(sample)
            assert sample[start:end] == mention.text
            assert mention.head is not None and 0 <= mention.head < len(sdoc)
            assert sdoc[mention.head].idx >= start and sdoc[mention.head].idx < end


def test_actors_entourage_of_a_person_takes_his_country(mentions):
    found = mentions("The Lukashenko government denied the report.", "2012-01-01")
    assert by_text(found, "government").code == "BLRGOV"


def test_actors_undated_title_picks_the_named_office(mentions):
    found = mentions("UN Secretary-General Ban Ki-moon arrived in Kyiv.")
    assert by_text(found, "Ban").code == "IGOUNO"


def test_actors_same_surname_resolved_by_date(mentions):
    early = by_text(mentions("President Bush spoke in Ohio.", "1991-05-01"), "Bush")
    later = by_text(mentions("President Bush spoke in Ohio.", "2005-05-01"), "Bush")
    assert early.entity == "George H. W. Bush" and later.entity == "George W. Bush"


def test_actors_non_state_group_keeps_its_own_code(mentions):
    found = mentions("Hamas officials rejected the truce on Sunday.")
    hamas = by_text(found, "Hamas")
    assert hamas.code == "PSEREBHMS" and hamas.country == "PSE" and hamas.sector == "REB"


def test_actors_cli_says_when_nothing_resolves():
    result = CliRunner().invoke(app, ["actors", "the weather"])
    assert result.exit_code == 0 and "no actor found" in result.output


def test_actors_cli_bad_date_is_one_line_error():
    result = CliRunner().invoke(app, ["actors", "Makei", "--date", "June 2015"])
    assert result.exit_code != 0


def test_actors_rebel_held_is_a_description(mentions):
    found = mentions("Shelling hit a rebel-held town near Idlib.")
    assert all(m.sector != "REB" for m in found)


def test_actors_capital_modifying_a_thing_is_a_place(mentions):
    found = mentions("The Minsk agreements were signed after long talks.")
    assert all(m.code != "BLRGOV" for m in found)


def test_actors_place_where_a_person_is_does_not_make_him_of_that_country(mentions):
    found = mentions("Belarusian Foreign Minister Vladimir Makei met his Russian counterpart "
                     "Sergey Lavrov in Minsk.", "2016-05-03")
    lavrov = by_text(found, "Lavrov")
    assert lavrov.code == "RUSGOV" and lavrov.entity == "Sergey Lavrov"


def test_actors_city_named_like_a_statesman_is_the_city(mentions):
    found = mentions("The Chinese minister travelled to Lagos to meet Nigerian officials.", "2004-01-01")
    assert all(m.country != "CHL" for m in found)


def test_actors_possessive_capital_is_the_government(mentions):
    found = mentions("Beijing's response surprised analysts.")
    assert [m.code for m in found if m.text.startswith("Beijing")] == ["CHNGOV"]


def test_actors_titled_person_in_apposition_is_the_person(mentions):
    found = mentions("The president, Vladimir Putin, signed the law.", "2015-01-01")
    putin = by_text(found, "Putin")
    assert putin.entity == "Vladimir Putin" and putin.code == "RUSGOV"


def test_actors_multinational_phrase_gets_no_country_from_the_sentence(mentions):
    found = mentions("Western diplomats said Belarus would not attend.")
    assert by_text(found, "diplomats").country is None


def test_actors_office_terms_do_not_overlap_beyond_a_handover_month():
    kb = load_kb()
    disputed = {("CIV", "president"),  # 2010-11: two claimants
                ("BIH", "presidency_member")}  # a collective office: three members at once
    problems = []
    for (where, office), holders in kb.holders.items():
        if office in kb.sectors or not office or (where, office) in disputed:  # bare lines: no office
            continue
        terms = sorted((r.start, r.end or dt.date.max, p.name) for p, r in holders if r.start)
        for (s1, e1, n1), (s2, e2, n2) in zip(terms, terms[1:]):
            if n1 != n2 and (e1 - s2).days > 31:
                problems.append((where, office, n1, n2))
    assert not problems


def test_actors_known_name_inside_a_longer_name_is_someone_else(mentions):
    found = mentions("Francis Fukuyama gave a lecture in Kyiv.", "2016-01-01")
    assert all(m.country != "VAT" for m in found)


def test_actors_name_after_a_first_name_is_someone_else(mentions):
    found = mentions("Lara Trump spoke at the rally.", "2019-01-01")
    assert all(m.entity != "Donald Trump" for m in found)


def test_actors_named_aide_of_a_known_person_and_later_surname(mentions):
    text = ("The Kremlin leader's spokeswoman, Olga Vetrova, declined to comment. "
            "Vetrova said a statement would follow.")
    found = mentions(text, "2021-01-01")
    aide = by_text(found, "Olga Vetrova")
    assert aide.code == "RUSGOV" and aide.entity == "Olga Vetrova"
    later = [m for m in found if m.text == "Vetrova"]
    assert later and later[0].code == "RUSGOV"


def test_actors_us_and_belarusian_personnel(mentions):
    found = [m for m in mentions("US and Belarusian personnel inspected the site.") if "personnel" in m.text]
    assert [m.code for m in found] == ["USAGOV", "BLRGOV"]


# ---------------------------------------------------------------- the nations of the UK

@pytest.mark.parametrize("text,phrase,code", [
    ("Scotland's first minister wrote to the prime minister on Friday.", "Scotland's first minister", "GBRGOV"),
    ("The Welsh government closed its offices in Cardiff.", "The Welsh government", "GBRGOV"),
    ("Northern Ireland's police searched a farm near Omagh.", "Northern Ireland's police", "GBRCOP"),
    ("Scottish fishermen blockaded the harbour.", "Scottish fishermen", "GBRAGR"),
    ("Wales asked the Treasury for flood money.", "Wales", "GBR"),
    ("Stormont agreed a budget after weeks of wrangling.", "Stormont", "GBRGOV"),
])
def test_actors_nations_of_the_uk_are_the_uk(mentions, text, phrase, code):
    assert by_text(mentions(text), phrase).code == code


def test_actors_devolved_first_ministers_are_uk_government(mentions):
    found = mentions("Mark Drakeford criticised the lockdown rules for England.", "2020-11-01")
    assert by_text(found, "Mark Drakeford").code == "GBRGOV"
    found = mentions("Arlene Foster met the taoiseach in Dublin.", "2016-05-01")
    assert by_text(found, "Arlene Foster").code == "GBRGOV"
    # common surnames alone are not read as these ministers
    assert by_text(mentions("Jones praised the new stadium.", "2012-05-01"), "Jones").code is None


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("text,absent", [
    ("TUNIS (Reuters) - Tunisia's parliament approved the budget on Friday.", "TUNIS"),
    ("HANOI, Vietnam -- Vietnam recalled its ambassador from Beijing.", "Vietnam --"),
    ("ROME, March 3 (AP) -- Italy expelled two Libyan diplomats.", "AP"),
])
def test_actors_a_dateline_is_no_actor(mentions, text, absent):
    found = mentions(text, "2015-03-03")
    assert not any(m.span[0] < text.index(absent) + len(absent) and m.span[1] > text.index(absent)
                   for m in found), [(m.text, m.code) for m in found]


def test_actors_a_dateline_says_where_the_first_sentence_happens(mentions, resolver):
    found = mentions("DHAKA: Police detained forty garment workers outside a factory on Sunday.", "2015-03-03")
    assert by_text(found, "Police").code == "BGDCOP"
    assert by_text(found, "garment workers").code == "BGDLAB"
    # a foreign capital's dateline gives no country to those of a state named in the sentence
    found = mentions("LONDON (Reuters) - Iran's foreign ministry summoned the Swiss envoy.", "2015-03-03")
    assert [m.code for m in found] == ["IRNGOV", "CHEGOV"]
    # a transcript's speaker, or an actor's own capitals, is no dateline
    assert resolver.datelines("NGUYEN: We will not give up.") == []
    assert resolver.datelines("OPEC - Saudi Arabia cut output.") == []
    (line,) = resolver.datelines("Headline\nNEW DELHI, May 2 (PTI) -- Farmers marched.")
    assert (line.place, line.country) == ("NEW DELHI", "IND")


# ---------------------------------------------------------------- words.yaml

def _words_line(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(start))


@pytest.mark.parametrize("change,message,at", [
    (("towns: [town]", "towns: [town, Village]"), "'Village' must be written in lower case", "towns:"),
    (("towns: [town]", "towns: [town, town]"), "'town' is listed twice", "towns:"),
    (("towns: [town]", "towns: [town]\nhamlets: [hamlet]"), "unknown word list 'hamlets'", "hamlets:"),
    (("towns: [town]", "towns: town"), "towns must be a list of non-empty strings", "towns:"),
    (("towns: [town]", "towns: []"), "towns: the list is empty", "towns:"),
    (("towns: [town]\n", ""), "missing word list(s): towns", None),
])
def test_actors_bad_word_list_names_file_and_line(tmp_path, change, message, at):
    from detente.actors.kb import load_words

    folder = copy_data(tmp_path)
    words = folder / "words.yaml"
    text = words.read_text(encoding="utf-8").replace(*change)
    words.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_words(str(folder))
    line = _words_line(text, at) if at else 1
    assert message in str(caught.value) and f"words.yaml:{line}" in str(caught.value), str(caught.value)


def test_actors_word_lists_load_and_lower_case_lists_are_lower_case():
    from detente.actors.kb import CASED_WORD_LISTS, WORD_LISTS, load_words

    words = load_words()
    assert set(words) == WORD_LISTS and "O'Neill" in words["common_surnames"]
    assert all(w == w.lower() for key, found in words.items() if key not in CASED_WORD_LISTS for w in found)
