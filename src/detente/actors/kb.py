"""The actor knowledge base: countries, IGOs, sectors, offices and people, loaded from data files.

``load_kb(folder)`` reads and validates every file in one go and returns a frozen
``KnowledgeBase``; a bad entry raises ``DataFileError`` naming the file and line, and nothing is
returned half-way.  Countries start from pycountry (names) and countryinfo (demonyms, capitals);
``countries.yaml`` adds and corrects.  Format of every file: docs/actors.md.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Optional

from ..datafiles import read_yaml
from ..errors import DataFileError
from ..model import Role

SECTOR_RE = re.compile(r"^[A-Z]{3}$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
PEOPLE_COLUMNS = ("name", "aliases", "country", "office", "start", "end")


def default_data_dir() -> Path:
    return Path(str(resources.files("detente.actors") / "data"))


@dataclass(frozen=True)
class Entry:
    """What a phrase of text names.  ``kind``: country, seat, igo, person, surname, sector,
    role (a noun for someone acting for others: "spokesman"), office ("foreign minister"),
    place (a sea or region whose name holds a country word but names no actor: "Indian Ocean")."""

    kind: str
    key: str
    sector: Optional[str] = None
    where: str = ""


@dataclass(frozen=True)
class Igo:
    """An international organisation, or a non-state group with a home country (Hamas: PSE)."""

    id: str
    code: str
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    line: int = 0


@dataclass(frozen=True)
class Office:
    id: str
    title: str
    sector: str


@dataclass(frozen=True)
class Person:
    name: str
    names: tuple[str, ...]
    roles: tuple[Role, ...]  # newest first


@dataclass
class KnowledgeBase:
    proper: dict[str, Entry] = field(default_factory=dict)   # case-sensitive phrases
    common: dict[str, Entry] = field(default_factory=dict)   # lower-case phrases
    countries: dict[str, str] = field(default_factory=dict)  # alpha-3 -> name
    igos: dict[str, Igo] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)    # code -> label
    offices: dict[str, Office] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    surnames: dict[str, tuple[Person, ...]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Person, Role]]] = field(default_factory=dict)
    former: frozenset[str] = frozenset()                      # "former", "ousted": -> ELI
    cities: dict[str, Entry] = field(default_factory=dict)    # city name -> Entry("city", alpha3)
    # a city or seat name other countries also have a city of ("Tripoli" -> LBN) -> those countries
    shared_cities: dict[str, frozenset[str]] = field(default_factory=dict)

    def holder(self, country: str, office: str, day: Optional[dt.date]) -> Optional[tuple[Person, Role]]:
        """Who held ``office`` of ``country`` on ``day`` (the latest holder when undated)."""
        for person, role in self.holders.get((country, office), []):
            if day is None and role.end is None or day is not None and role.holds_on(day):
                return person, role
        return None

    def name_of(self, code: Optional[str]) -> str:
        if not code:
            return ""
        if code in self.countries:
            return self.countries[code]
        return next((i.name for i in self.igos.values() if i.code == code), code)


def _fail(path: Path, line: int, reason: str) -> DataFileError:
    return DataFileError("E030", path=path, line=line, reason=reason)


def _strings(value: Any, path: Path, line: int, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, line, f"{what} must be a list of non-empty strings")
    return [v.strip() for v in value]


# ---------------------------------------------------------------------------- phrase tables

class _Phrases:
    """Collects phrase -> Entry; an explicit entry beats a derived one, two explicit ones clash."""

    def __init__(self) -> None:
        self.explicit: dict[str, Entry] = {}
        self.derived: dict[str, list[tuple[int, Entry]]] = {}

    def add(self, phrase: str, entry: Entry, path: Path, line: int) -> None:
        old = self.explicit.get(phrase)
        if old is not None and (old.kind, old.key) != (entry.kind, entry.key):
            raise _fail(path, line, f"{phrase!r} already names {old.kind} {old.key} ({old.where})")
        self.explicit.setdefault(phrase, entry)

    def derive(self, phrase: str, entry: Entry, weight: int) -> None:
        self.derived.setdefault(phrase, []).append((weight, entry))

    def table(self) -> dict[str, Entry]:
        out = dict(self.explicit)
        for phrase, claims in self.derived.items():
            if phrase in out or not claims:
                continue
            # Shared demonyms/capitals ("French", "Chinese") go to the most populous claimant.
            out[phrase] = max(claims, key=lambda c: c[0])[1]
        # News text writes the apostrophe curly as often as straight ("People’s Protection Units").
        for phrase, entry in list(out.items()):
            if "'" in phrase:
                out.setdefault(phrase.replace("'", "\u2019"), entry)
        return out


def plurals(noun: str) -> list[str]:
    """English plural(s) of the last word of ``noun``."""
    head, _, last = noun.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        forms = [last[:-1] + "ies"]
    elif last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"] if not last.endswith("ss") else [last + "es"]
    elif last.isupper():
        forms = [last + "s"]
    else:
        forms = [last + "s"]
    return [prefix + f for f in forms if f != last]


# ---------------------------------------------------------------------------- countries

def _people_plurals(demonym: str) -> list[str]:
    """Plurals of a demonym that names people: "Belarusians", "Israelis", "Greeks", "Czechs",
    "Uzbeks" -- not of adjectives with no plural ("British", "French", "Swiss")."""
    if demonym.endswith("s") or demonym.endswith("sh"):
        return []
    if demonym.endswith("man"):
        return [demonym + "s"]  # "Germans", not "Germen"
    if demonym[-1] in "nir":
        return plurals(demonym)
    if demonym[-1] in "kh" or demonym.endswith("ch") and demonym != "Dutch" and demonym != "French":
        return [demonym + "s"]
    if demonym[-1] in "bot" or demonym.endswith("e") and not demonym.endswith(("ese", "be")):
        return [demonym + "s"]  # "Serbs", "Croats", "Filipinos", "Poles", "Swedes" (not "Chinese")
    return []


def _country_sources() -> list[tuple[str, list[str], list[str], list[str], int]]:
    """(alpha3, names, demonyms, capitals, population) for every ISO-3166 country."""
    import countryinfo
    import pycountry

    info = {}
    for c in countryinfo.all_countries():
        code = (c.iso() or {}).get("alpha3")
        if code:
            info[code] = c
    out = []
    for country in pycountry.countries:
        names = [n for n in (getattr(country, "common_name", None), country.name,
                             getattr(country, "official_name", None)) if n and "," not in n and "(" not in n]
        extra = info.get(country.alpha_3)
        demonyms, capitals, population = [], [], 0
        if extra is not None:
            demonyms = [d.strip() for d in (extra.demonym() or "").split(",") if d.strip()]
            capital = extra.capital()
            capitals = [capital] if capital and "/" not in capital else []
            population = extra.population() or 0
        out.append((country.alpha_3, names, demonyms, capitals, population))
    return out


def _load_countries(path: Path, proper: _Phrases, kb: KnowledgeBase) -> None:
    data = read_yaml(path).mapping()
    table = data.get("countries")
    if not isinstance(table, dict):
        raise _fail(path, data.line, "expected a 'countries' mapping")
    ambiguous = set(_strings(data.get("ambiguous"), path, data.lines.get("ambiguous", 1), "ambiguous"))
    for code, names, demonyms, capitals, population in _country_sources():
        kb.countries[code] = names[0] if names else code
        for name in names:
            proper.derive(name, Entry("country", code, where="pycountry"), population)
        for demonym in demonyms:
            if demonym not in ambiguous:
                proper.derive(demonym, Entry("country", code, where="countryinfo"), population)
                for plural in _people_plurals(demonym):
                    proper.derive(plural, Entry("country", code, where="countryinfo"), population)
        for capital in capitals:
            if capital not in ambiguous:
                proper.derive(capital, Entry("seat", code, "GOV", where="countryinfo"), population)
    drops: set[tuple[str, str]] = set()
    for code, entry in table.items():
        line = table.lines[code]
        if not isinstance(code, str) or not COUNTRY_RE.match(code) or code in kb.igos:
            raise _fail(path, line, f"{code!r} is not an ISO-3166 alpha-3 code")
        if not isinstance(entry, dict):
            raise _fail(path, line, f"{code}: expected a mapping of names/adjectives/seats/drop")
        unknown = set(entry) - {"names", "adjectives", "seats", "drop"}
        if unknown:
            raise _fail(path, line, f"{code}: unknown field(s) {', '.join(sorted(unknown))}")
        where = f"{path.name}:{line}"
        names = _strings(entry.get("names"), path, line, f"{code}.names")
        if code not in kb.countries and not names:
            raise _fail(path, line, f"{code} is not in ISO-3166; give it names")
        if code not in kb.countries:
            kb.countries[code] = names[0]
        for name in names:
            proper.add(name, Entry("country", code, where=where), path, line)
        for adjective in _strings(entry.get("adjectives"), path, line, f"{code}.adjectives"):
            proper.add(adjective, Entry("country", code, where=where), path, line)
            for plural in _people_plurals(adjective):
                proper.add(plural, Entry("country", code, where=where), path, line)
        _add_seats(entry.get("seats"), code, proper, kb, path, line, where)
        drops.update((d, code) for d in _strings(entry.get("drop"), path, line, f"{code}.drop"))
    for phrase, code in drops:
        proper.derived[phrase] = [c for c in proper.derived.get(phrase, []) if c[1].key != code]
    line = data.lines.get("places", 1)
    for place in _strings(data.get("places"), path, line, "places"):
        proper.add(place, Entry("place", place, where=f"{path.name}:{line}"), path, line)
    kb.proper.update(proper.table())
    kb.cities = _cities(data.get("cities"), path, data.lines.get("cities", 1), kb)


def _cities(spec: Any, path: Path, line: int, kb: KnowledgeBase) -> dict[str, Entry]:
    """City name -> Entry("city", alpha3): the cities of cities.csv of at least ``min_population``
    people, without ``drop``, with ``add`` (countries.yaml's ``cities``)."""
    if spec is None:
        return {}
    if not isinstance(spec, dict) or not isinstance(spec.get("min_population"), int):
        raise _fail(path, line, "cities: expected min_population (a number), drop (a list), add (a mapping)")
    unknown = set(spec) - {"min_population", "drop", "add", "shared"}
    if unknown:
        raise _fail(path, line, f"cities: unknown field(s) {', '.join(sorted(unknown))}")
    drop = set(_strings(spec.get("drop"), path, line, "cities.drop"))
    table = path.with_name("cities.csv")
    out: dict[str, Entry] = {}
    try:
        handle = table.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise _fail(table, 0, f"cannot read ({exc.strerror})") from exc
    with handle:
        reader = csv.reader(text for text in handle if not text.startswith("#"))
        if next(reader, None) != ["name", "country", "population"]:
            raise _fail(table, 1, "header must be name,country,population")
        for row in reader:
            if len(row) != 3 or not row[2].isdigit() or row[1] not in kb.countries:
                raise _fail(table, reader.line_num, f"bad city row {row!r}")
            if int(row[2]) >= spec["min_population"] and row[0] not in drop:
                out[row[0]] = Entry("city", row[1], where=f"{table.name} (GeoNames)")
    added = spec.get("add") or {}
    if not isinstance(added, dict):
        raise _fail(path, line, "cities.add must map a name to a country code")
    for name, code in added.items():
        if code not in kb.countries:
            raise _fail(path, added.lines.get(name, line), f"cities.add: {name!r}: unknown country {code!r}")
        out[str(name)] = Entry("city", code, where=f"{path.name}:{added.lines.get(name, line)}")
    shared = spec.get("shared") or {}
    if not isinstance(shared, dict):
        raise _fail(path, line, "cities.shared must map a name to a list of country codes")
    for name, codes in shared.items():
        where = shared.lines.get(name, line) if hasattr(shared, "lines") else line
        codes = _strings(codes, path, where, f"cities.shared.{name}")
        bad = [c for c in codes if c not in kb.countries]
        if bad or not codes:
            raise _fail(path, where, f"cities.shared: {name!r}: unknown country {', '.join(bad) or '(none)'}")
        kb.shared_cities[str(name)] = frozenset(codes)
    return out


def _add_seats(seats: Any, key: str, proper: _Phrases, kb: KnowledgeBase, path: Path, line: int,
               where: str) -> None:
    if seats is None:
        return
    if not isinstance(seats, dict):
        raise _fail(path, line, f"{key}.seats must map a place to a sector")
    for place, sector in seats.items():
        if sector not in kb.sectors:
            raise _fail(path, line, f"{key}.seats: {sector!r} is not a sector of sectors.yaml")
        proper.add(str(place), Entry("seat", key, sector, where=where), path, line)


# ---------------------------------------------------------------------------- sectors, offices

def _load_sectors(path: Path, kb: KnowledgeBase) -> None:
    data = read_yaml(path).mapping()
    sectors, roles, offices = data.get("sectors"), data.get("role_nouns"), data.get("offices")
    if not isinstance(sectors, dict) or not isinstance(roles, dict) or not isinstance(offices, dict):
        raise _fail(path, 1, "expected 'sectors', 'role_nouns' and 'offices' mappings")
    kb.former = frozenset(w.lower() for w in _strings(data.get("former"), path, data.lines.get("former", 1), "former"))
    for code, body in sectors.items():
        line = sectors.lines[code]
        if not isinstance(code, str) or not SECTOR_RE.match(code) or not isinstance(body, dict):
            raise _fail(path, line, f"{code!r}: a sector is a 3-letter code with label and nouns")
        kb.sectors[code] = str(body.get("label", code))
    listed: dict[str, Entry] = {}

    def add(phrase: str, entry: Entry, line: int) -> None:
        old = listed.get(phrase.lower())
        if old is not None and (old.kind, old.key, old.sector) != (entry.kind, entry.key, entry.sector):
            raise _fail(path, line, f"{phrase!r} already signals {old.kind} {old.key} ({old.where})")
        listed[phrase.lower()] = entry

    for code, body in sectors.items():
        line = sectors.lines[code]
        nouns = body.get("nouns")
        for noun, noun_line in zip(_strings(nouns, path, line, f"{code}.nouns"), getattr(nouns, "lines", [])):
            add(noun, Entry("sector", noun.lower(), code, f"{path.name}:{noun_line}"), noun_line)
    for noun, sector in roles.items():
        line = roles.lines[noun]
        if sector is not None and sector not in kb.sectors:  # null: no sector of its own ("members")
            raise _fail(path, line, f"role noun {noun!r}: {sector!r} is not a sector")
        add(str(noun), Entry("role", str(noun), sector, f"{path.name}:{line}"), line)
    for office_id, body in offices.items():
        line = offices.lines[office_id]
        if not isinstance(body, dict) or body.get("sector") not in kb.sectors or not body.get("title"):
            raise _fail(path, line, f"office {office_id!r} needs a title and a known sector")
        kb.offices[office_id] = Office(office_id, str(body["title"]), body["sector"])
        for phrase in _strings(body.get("phrases"), path, line, f"{office_id}.phrases"):
            add(phrase, Entry("office", office_id, body["sector"], f"{path.name}:{line}"), line)
    kb.common.update(listed)
    for phrase, entry in listed.items():
        for plural in plurals(phrase):
            kb.common.setdefault(plural, entry)


# ---------------------------------------------------------------------------- IGOs

def _load_igos(path: Path, proper: _Phrases, kb: KnowledgeBase) -> None:
    data = read_yaml(path).mapping()
    table = data.get("igos")
    if not isinstance(table, dict):
        raise _fail(path, 1, "expected an 'igos' mapping")
    for igo_id, body in table.items():
        line = table.lines[igo_id]
        if not isinstance(body, dict) or not isinstance(body.get("code"), str) or not body.get("name"):
            raise _fail(path, line, f"{igo_id!r}: an IGO needs a code and a name")
        unknown = set(body) - {"code", "name", "names", "seats", "country", "sector"}
        if unknown:
            raise _fail(path, line, f"{igo_id}: unknown field(s) {', '.join(sorted(unknown))}")
        sector = body.get("sector")
        if sector is not None and sector not in kb.sectors:
            raise _fail(path, line, f"{igo_id}: {sector!r} is not a sector of sectors.yaml")
        kb.igos[str(igo_id)] = Igo(str(igo_id), body["code"], str(body["name"]), body.get("country"),
                                   sector, line)
        where = f"{path.name}:{line}"
        for name in _strings(body.get("names"), path, line, f"{igo_id}.names") + [str(body["name"])]:
            proper.add(name, Entry("igo", str(igo_id), where=where), path, line)
        _add_seats(body.get("seats"), str(igo_id), proper, kb, path, line, where)


# ---------------------------------------------------------------------------- people

def parse_day(text: str, *, end: bool) -> Optional[dt.date]:
    """YYYY-MM-DD, or YYYY-MM / YYYY when the day (month) is not sure: a start takes the first
    day of the period, an end its last day."""
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or len(parts) not in (1, 2, 3) or len(parts[0]) != 4:
        raise ValueError(f"{text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    if len(parts) == 3:
        return dt.date(year, month, int(parts[2]))
    return dt.date(year, month, calendar.monthrange(year, month)[1] if end else 1)


def _load_people(paths: Iterable[Path], kb: KnowledgeBase) -> None:
    rows = []
    for index, path in enumerate(paths):
        if index and not _has_people_header(path):  # an extra file: maybe a PETRARCH dictionary
            rows += [(path, line, row) for line, row in _petrarch_rows(path, kb)]
            continue
        try:
            handle = path.open(encoding="utf-8", newline="")
        except OSError as exc:
            raise _fail(path, 0, f"cannot read ({exc.strerror})") from exc
        with handle:
            rows += [(path, line, row) for line, row in _people_rows(handle, path)]
    package = paths[0] if paths else None
    own = {(row["name"], v) for path, _, row in rows if path == package
           for v in [row["name"], *(a.strip() for a in row["aliases"].split(";"))]}
    names: dict[str, list[str]] = {}
    roles: dict[str, list[Role]] = {}
    offices: dict[str, list[str]] = {}
    first: dict[str, tuple[Path, int]] = {}
    for path, line, row in rows:
        role, office = _role(row, kb, path, line)
        first.setdefault(row["name"], (path, line))
        names.setdefault(row["name"], [row["name"]])
        names[row["name"]] += [a.strip() for a in row["aliases"].split(";") if a.strip()]
        roles.setdefault(row["name"], []).append(role)
        offices.setdefault(row["name"], []).append(office)
    surnames: dict[str, list[Person]] = {}
    for name, person_roles in roles.items():
        ordered = tuple(sorted(person_roles, key=lambda r: r.start or dt.date.min, reverse=True))
        person = Person(name, tuple(dict.fromkeys(names[name])), ordered)
        kb.people[name] = person
        path, line = first[name]
        for variant in person.names:
            old = kb.proper.get(variant)
            if old is not None and (old.kind, old.key) != ("person", name):
                if (name, variant) not in own:
                    continue  # a user's dictionary may repeat a name the package knows: ours wins
                raise _fail(path, line, f"name {variant!r} of {name} is already {old.kind} {old.key} ({old.where})")
            kb.proper[variant] = Entry("person", name, where=f"{path.name}:{line}")
            surname = _surname(variant, person)
            if surname and len(variant.split()) > 1 and person not in surnames.get(surname, []):
                surnames.setdefault(surname, []).append(person)
        for role, office in zip(person_roles, offices[name]):
            key = (role.country or _igo_of(kb, role.code), office)
            kb.holders.setdefault(key, []).append((person, role))
    for holders in kb.holders.values():
        holders.sort(key=lambda pr: pr[1].start or dt.date.min, reverse=True)
    kb.surnames = {s: tuple(p) for s, p in surnames.items()}
    for surname in kb.surnames:
        if surname not in kb.proper and surname.lower() not in kb.common:  # not "Army", "Party"
            kb.proper[surname] = Entry("surname", surname, where=path.name)


FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK"})


STYLED = frozenset({"King", "Queen", "Pope", "Prince", "Princess", "Emperor", "Emir", "Sheikh",
                    "Sultan", "Crown", "Ayatollah", "President", "Lord", "Baroness", "Sir", "Grand",
                    "Cardinal", "Archbishop"})


def _surname(name: str, person: Person) -> str:
    """The word a later mention uses alone: the family name, written first in Chinese and Korean;
    none for a styled name ("Pope Francis", "King Philippe")."""
    words = name.split()
    if words[0] in STYLED:
        return ""
    if any(r.country in FAMILY_NAME_FIRST for r in person.roles) and len(words) > 1:
        return words[0]
    return words[-1]


def _igo_of(kb: KnowledgeBase, code: str) -> str:
    return next((i.id for i in kb.igos.values() if i.code == code), code)


def _has_people_header(path: Path) -> bool:
    """Whether the file's first line that is not blank or a comment is people.csv's header."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for text in handle:
                if text.strip() and not text.startswith("#"):
                    return tuple(c.strip() for c in text.split(",")) == PEOPLE_COLUMNS
    except OSError as exc:
        raise _fail(path, 0, f"cannot read ({exc.strerror})") from exc
    return True  # an empty file: nothing to convert


def _petrarch_rows(path: Path, kb: KnowledgeBase):
    """people.csv rows of a PETRARCH/Phoenix actor dictionary, each with its actor's line."""
    from .petrarch import people_rows, read_petrarch  # petrarch reads a KnowledgeBase

    for actor in read_petrarch(path):
        for row in people_rows([actor], kb):
            yield actor.line, dict(zip(PEOPLE_COLUMNS, row))


def _people_rows(handle: Iterable[str], path: Path):
    reader = csv.reader(line for line in handle)
    header = None
    for row in reader:
        line = reader.line_num
        if not row or row[0].startswith("#"):
            continue
        if header is None:
            header = tuple(c.strip() for c in row)
            if header != PEOPLE_COLUMNS:
                raise _fail(path, line, f"header must be {','.join(PEOPLE_COLUMNS)}")
            continue
        if len(row) != len(header):
            raise _fail(path, line, f"expected {len(header)} columns, found {len(row)}")
        yield line, {k: v.strip() for k, v in zip(header, row)}


def _role(row: dict[str, str], kb: KnowledgeBase, path: Path, line: int) -> tuple[Role, str]:
    if not row["name"]:
        raise _fail(path, line, "empty name")
    office = kb.offices.get(row["office"])
    if office is None and (row["office"] in kb.sectors or row["office"] == ""):
        office = Office(row["office"], kb.sectors.get(row["office"], ""), row["office"])  # a bare sector
    if office is None:
        raise _fail(path, line, f"unknown office {row['office']!r}; use an office or a sector of sectors.yaml")
    try:
        start, end = parse_day(row["start"], end=False), parse_day(row["end"], end=True)
    except ValueError as exc:
        raise _fail(path, line, str(exc)) from exc
    if start and end and end < start:
        raise _fail(path, line, f"term ends ({end}) before it starts ({start})")
    where, sector = row["country"], office.sector or None
    titled = office.id in kb.offices  # a bare sector line names no office
    if where in kb.countries:
        return Role(code=where + office.sector, country=where, sector=sector, entity=row["name"],
                    start=start, end=end,
                    title=f"{office.title} ({kb.countries[where]})" if titled else None), office.id
    if where in kb.igos:
        igo = kb.igos[where]
        code = igo.code if titled or not sector else igo.code + office.sector
        sector = sector or igo.sector  # a leader of Hamas is of Hamas's sector
        return Role(code=code, country=igo.country, sector=sector, entity=row["name"], start=start,
                    end=end, title=f"{office.title} ({igo.name})" if titled else None), office.id
    raise _fail(path, line, f"unknown country or IGO {where!r}")


# ---------------------------------------------------------------------------- words

# The word lists of words.yaml (the resolver's vocabulary); all are required.  The names are
# matched as written, every other list in lower case.
WORD_LISTS = frozenset({
    "common_surnames", "female_given", "title_only", "common_only", "rank_words", "speakers", "title_words",
    "ruler_titles", "member_envoys", "diplomats", "plain_people", "kin_nouns", "client_nouns", "conditions",
    "origin_nouns", "quantity_nouns", "crowd_words", "protest_nouns", "backing", "describing",
    "multinational", "abroad", "stationed", "alliances", "state_heads", "advocacy", "organisations",
    "nominal_governments", "foreign_nouns", "compass", "towns", "missions", "topic_nouns", "holdings",
    "military_actions", "weapons", "place_nouns", "venue_nouns", "crowd_verbs", "people_verbs",
    "own_force_verbs", "coercion_verbs", "own_government_verbs", "violent_verbs", "meeting_verbs",
    "harm_nouns", "head_only", "captive_verbs"})
CASED_WORD_LISTS = frozenset({"common_surnames", "female_given"})


@functools.lru_cache(maxsize=4)
def load_words(folder: Optional[str] = None) -> dict[str, frozenset[str]]:
    """The word lists of ``words.yaml`` in ``folder`` (default: the package's data), validated:
    every list of WORD_LISTS present and no other, each a list of non-empty strings given once,
    in lower case unless a list of names.  A bad entry raises DataFileError naming file and line."""
    path = (Path(folder) if folder else default_data_dir()) / "words.yaml"
    data = read_yaml(path).mapping()
    out: dict[str, frozenset[str]] = {}
    for key, value in data.items():
        line = data.lines.get(key, 1)
        if key not in WORD_LISTS:
            raise _fail(path, line, f"unknown word list {key!r} (the resolver reads: {', '.join(sorted(WORD_LISTS))})")
        words = _strings(value, path, line, key)
        if not words:
            raise _fail(path, line, f"{key}: the list is empty")
        seen: dict[str, int] = {}
        for word, word_line in zip(words, getattr(value, "lines", None) or [line] * len(words)):
            if word in seen:
                raise _fail(path, word_line, f"{key}: {word!r} is listed twice (first on line {seen[word]})")
            if key not in CASED_WORD_LISTS and word != word.lower():
                raise _fail(path, word_line, f"{key}: {word!r} must be written in lower case (the list is "
                                             "matched against lower-cased words)")
            seen[word] = word_line
        out[key] = frozenset(words)
    missing = sorted(WORD_LISTS - set(out))
    if missing:
        raise _fail(path, 1, f"missing word list(s): {', '.join(missing)}")
    return out


# ---------------------------------------------------------------------------- entry point

@functools.lru_cache(maxsize=4)
def load_kb(folder: Optional[str] = None, extra_people: tuple[str, ...] = ()) -> KnowledgeBase:
    """The knowledge base in ``folder`` (default: the package's data), validated as a whole;
    ``extra_people``: more files in people.csv's format (e.g. from ``detente actors import``)."""
    path = Path(folder) if folder else default_data_dir()
    kb = KnowledgeBase()
    _load_sectors(path / "sectors.yaml", kb)
    proper = _Phrases()
    _load_igos(path / "igos.yaml", proper, kb)
    _load_countries(path / "countries.yaml", proper, kb)
    for igo in kb.igos.values():
        if igo.country is not None and igo.country not in kb.countries:
            raise _fail(path / "igos.yaml", igo.line, f"{igo.id}: unknown country {igo.country!r}")
    _load_people([path / "people.csv", *map(Path, extra_people)], kb)
    for name, entry in kb.cities.items():  # a country, seat, IGO or person of that name wins
        words = name.split()
        if name not in kb.proper and name.lower() not in kb.common and not (
                len(words) > 1 and any(w in kb.proper and kb.proper[w].kind in ("country", "seat") for w in words)):
            kb.proper[name] = entry  # ("East Jerusalem", "Gaza City", "Mexico City" keep their place word)
    return kb
