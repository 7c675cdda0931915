"""Reading PETRARCH/Phoenix actor dictionaries, so users keep the dictionaries they have.

The format (one actor per block)::

    # comment
    BARACK_OBAMA_        [USAELI]          <- a name, optionally with codes on the same line
    +PRESIDENT_OBAMA_                      <- a synonym of the name above
    [USAGOV 090120-170120]                 <- a code valid from 2009-01-20 to 2017-01-20
    [USAELI >170120]                       <- a code valid after 2017-01-20
    [USAELI <090120]                       <- a code valid before 2009-01-20

Dates are YYMMDD (years 50-99 are 19xx) or YYYYMMDD.  ``read_petrarch`` returns the actors;
``people_rows`` turns them into rows of people.csv (office column = the sector), ready to load
beside the package's data.  A line that is none of the above raises DataFileError with its line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..errors import DataFileError
from .kb import KnowledgeBase

CODE_RE = re.compile(r"\[\s*([A-Z]{3,15})\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8})?)?\s*\]")
NAME_RE = re.compile(r"^([^\s\[#+]+)\s*((?:\[[^\]]*\]\s*)*)$")


@dataclass
class PetrarchCode:
    code: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None


@dataclass
class PetrarchActor:
    name: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    codes: list[PetrarchCode] = field(default_factory=list)


def petrarch_date(text: str) -> dt.date:
    """YYMMDD (50-99 -> 19xx, else 20xx) or YYYYMMDD."""
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    year = int(text[:2])
    return dt.date(year + (1900 if year >= 50 else 2000), int(text[2:4]), int(text[4:]))


def phrase(token: str) -> str:
    """OBAMA_ / BARACK_OBAMA -> 'Barack Obama' (the dictionaries are upper case)."""
    words = [w for w in token.strip("_").split("_") if w]
    return " ".join(w if len(w) <= 3 and "." not in w and w.isupper() and w in _ACRONYMS
                    else w.capitalize() for w in words)


_ACRONYMS = frozenset({"US", "UK", "UN", "EU", "USA", "NATO"})


def _codes(text: str, path: Path, line: int) -> list[PetrarchCode]:
    out = []
    rest = text
    for match in CODE_RE.finditer(text):
        code, sign, when, start, end = match.groups()
        try:
            if sign == ">":
                out.append(PetrarchCode(code, start=petrarch_date(when)))
            elif sign == "<":
                out.append(PetrarchCode(code, end=petrarch_date(when) - dt.timedelta(days=1)))
            elif start:
                out.append(PetrarchCode(code, petrarch_date(start), petrarch_date(end) if end else None))
            else:
                out.append(PetrarchCode(code))
        except ValueError as exc:
            raise DataFileError("E030", path=path, line=line, reason=f"bad date in {match.group(0)!r} ({exc})") from exc
        rest = rest.replace(match.group(0), "", 1)
    if rest.strip():
        raise DataFileError("E030", path=path, line=line,
                            reason=f"cannot read {rest.strip()!r}; expected [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD]")
    return out


def read_petrarch(path: Path | str) -> list[PetrarchActor]:
    """Every actor of a PETRARCH/Phoenix actor dictionary, all or nothing."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8", errors="strict").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError("E030", path=path, line=0, reason=f"cannot read ({exc})") from exc
    actors: list[PetrarchActor] = []
    for number, raw in enumerate(lines, start=1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        if text.startswith("+"):
            if not actors:
                raise DataFileError("E030", path=path, line=number, reason="a synonym (+NAME) before any actor")
            name, _, codes = text[1:].partition("[")
            actors[-1].synonyms.append(phrase(name.strip()))
            if codes:
                actors[-1].codes += _codes("[" + codes, path, number)
        elif text.startswith("["):
            if not actors:
                raise DataFileError("E030", path=path, line=number, reason="a code before any actor")
            actors[-1].codes += _codes(text, path, number)
        else:
            match = NAME_RE.match(text)
            if match is None:
                raise DataFileError("E030", path=path, line=number, reason=f"cannot read {text!r}")
            actors.append(PetrarchActor(phrase(match.group(1)), number))
            actors[-1].codes += _codes(match.group(2) or "", path, number)
    for actor in actors:
        if not actor.codes:
            raise DataFileError("E030", path=path, line=actor.line, reason=f"{actor.name!r} has no [CODE]")
    return actors


def people_rows(actors: Iterable[PetrarchActor], kb: KnowledgeBase) -> Iterable[list[str]]:
    """Rows of people.csv for the actors: country = the code's first three letters (or the IGO
    whose code starts the actor code), office = the sector that follows."""
    igo_by_code = sorted(((i.code, i.id) for i in kb.igos.values()), key=lambda c: -len(c[0]))
    for actor in actors:
        aliases = ";".join(s for s in dict.fromkeys(actor.synonyms) if s != actor.name)
        for code in actor.codes:
            where, sector = _split_code(code.code, kb, igo_by_code)
            yield [actor.name, aliases, where, sector,
                   code.start.isoformat() if code.start else "", code.end.isoformat() if code.end else ""]


def _split_code(code: str, kb: KnowledgeBase, igo_by_code: list[tuple[str, str]]) -> tuple[str, str]:
    for igo_code, igo_id in igo_by_code:
        if code.startswith(igo_code):
            return igo_id, code[len(igo_code):len(igo_code) + 3]
    return code[:3], code[3:6]
