"""How much of 2000..today the people file covers for the offices issue 3 asks for.

For every G20 and European state and each of four roles (head of state, head of government,
foreign minister, defence minister), list the stretches of more than ``--gap`` days that no
holder's term covers, and count the years with no such gap.

    .venv/bin/python benchmarks/kb_coverage.py [--gap 31] [--people extra.csv ...] [--data DIR] [--list]
"""

from __future__ import annotations

import argparse
import datetime as dt

from detente.actors.kb import load_kb

G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
       "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]
EUROPE = ["ALB", "AND", "ARM", "AUT", "AZE", "BLR", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK",
          "EST", "FIN", "FRA", "GEO", "DEU", "GRC", "HUN", "ISL", "IRL", "ITA", "XKX", "LVA", "LIE",
          "LTU", "LUX", "MLT", "MDA", "MCO", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "RUS",
          "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "TUR", "UKR", "GBR", "VAT"]
# States that came into being after 2000: covered from then on.
SINCE = {"MNE": dt.date(2006, 6, 3), "XKX": dt.date(2008, 2, 17)}
# The president also heads the government.
PRESIDENTIAL = {"USA", "ARG", "BRA", "MEX", "IDN", "ZAF", "CYP", "KOR"}
ROLES = {
    "head of state": ("president", "monarch", "head_of_state", "presidency_member"),
    "head of government": ("prime_minister", "head_of_government"),
    "foreign minister": ("foreign_minister",),
    "defence minister": ("defence_minister",),
}
# No armed forces, or no minister for them (Malta's armed forces answer to its home affairs minister).
NO_DEFENCE = {"ISL", "LIE", "MCO", "AND", "SMR", "VAT", "MLT"}
# Heads of state held by another state's office-holder: the British monarch reigns over Australia
# and Canada; the French president is co-prince of Andorra (with the Bishop of Urgell, not listed).
SHARED_HEAD = {"AUS": ("GBR", "monarch"), "CAN": ("GBR", "monarch"), "AND": ("FRA", "president")}
# Collegial executives: the Swiss Federal Council (its president, one a year, stands for it); San
# Marino's two Captains Regent, elected every six months, are not listed (nor checked).
COLLEGIAL = {"CHE"}
NOT_CHECKED = {("SMR", "head of state"), ("SMR", "head of government")}


def offices_for(country: str, role: str) -> tuple[str, ...]:
    offices = ROLES[role]
    if role == "head of government":
        if country in PRESIDENTIAL or country == "TUR":
            offices += ("president",)
        if country == "SAU":
            offices += ("monarch",)
        if country in COLLEGIAL:
            offices += ("president",)
    return offices


def gaps(kb, country: str, offices: tuple[str, ...], start: dt.date, end: dt.date, least: int):
    keys = [(country, o) for o in offices]
    if offices == ROLES["head of state"] and country in SHARED_HEAD:
        keys = [SHARED_HEAD[country]]
    terms = sorted((r.start or dt.date.min, r.end or dt.date.max)
                   for key in keys for _, r in kb.holders.get(key, []))
    found, day = [], start
    for a, b in terms:
        if a > day and (a - day).days > least:
            found.append((day, min(a, end)))
        day = max(day, b + dt.timedelta(days=1)) if b != dt.date.max else dt.date.max
        if day > end:
            break
    if day <= end and (end - day).days > least:
        found.append((day, end))
    return [(a, b) for a, b in found if a < end]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gap", type=int, default=31, help="ignore gaps up to this many days")
    parser.add_argument("--people", nargs="*", default=(), help="more people files")
    parser.add_argument("--list", action="store_true", help="list every gap")
    parser.add_argument("--data", default=None, help="a data folder other than the package's")
    args = parser.parse_args()
    kb = load_kb(args.data, tuple(args.people))
    today = dt.date.today()
    years = list(range(2000, today.year + 1))
    total = covered = 0
    for country in dict.fromkeys(G20 + EUROPE):
        for role in ROLES:
            if role == "defence minister" and country in NO_DEFENCE or (country, role) in NOT_CHECKED:
                continue
            begin = SINCE.get(country, dt.date(2000, 1, 1))
            holes = gaps(kb, country, offices_for(country, role), begin, today, args.gap)
            bad = {y for a, b in holes for y in range(a.year, b.year + 1)}
            wanted = [y for y in years if y >= begin.year]
            total += len(wanted)
            covered += sum(y not in bad for y in wanted)
            if holes and args.list:
                print(f"{country} {role}: " + ", ".join(f"{a}..{b}" for a, b in holes))
    print(f"country-role-years covered: {covered}/{total} ({covered / total:.1%})")


if __name__ == "__main__":
    main()
