"""Dates written in text: "June 12, 2015", "12 June 2015", "2015-06-12", "27-11-2022".

``parse_date`` reads a value that is one date (a record's ``date`` field, a meta tag, a feed's
pubDate).  ``document_stamp`` finds the publication stamp of an article among its first lines:
a labelled stamp ("Published: ...", "Updated at 14:00,27-11-2022"), a short date line or
byline, or a dateline ("MINSK, June 12, 2015 -").  A date inside a long sentence is an event
date, not a stamp, and is left to the when stage.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from typing import Iterator, Optional

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
FIRST_YEAR, LAST_YEAR = 1900, 2100

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
PATTERNS = (
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I)),
    ("dmy", re.compile(rf"(?<![\d.]){_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}(?!\d)", re.I)),
    ("iso", re.compile(r"(?<![\d.])(?P<year>(?:19|20|21)\d\d)(?P<sep>[-/.])(?P<month>[01]?\d)"
                       r"(?P=sep)(?P<day>[0-3]?\d)(?![\d])")),
    ("num", re.compile(r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)"
                       r"(?P<year>(?:19|20|21)\d\d)(?!\d)")),
)
LABEL = re.compile(
    r"\b(?P<label>first published|published|posted|released|issued|dated|date|filed|"
    r"last updated|last modified|updated|modified|revised)\b", re.I)
UPDATE_LABELS = ("last updated", "last modified", "updated", "modified", "revised")
DATELINE = re.compile(r"^\s*(?:[A-Z][A-Za-z .'’-]{0,40},\s*)?$")
DATELINE_AFTER = re.compile(r"^\s*(?:[-–—:|(/]|\(|$)")


@dataclass(frozen=True)
class Stamp:
    """A day written in text, where it was, and the label before it ("Updated")."""

    date: dt.date
    text: str
    start: int
    end: int
    label: Optional[str] = None


_ANY_YEAR = re.compile(r"(?:19|20|21)\d\d")


def find_dates(text: str) -> Iterator[Stamp]:
    """Every valid day date written in ``text``, in order of position."""
    if not _ANY_YEAR.search(text):
        return iter(())  # every pattern needs a four-digit year: skip the slow search
    found: list[Stamp] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            day = _match_date(kind, match)
            if day:
                found.append(Stamp(day, match.group(0), match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return iter(sorted(found, key=lambda s: s.start))


def _match_date(kind: str, match: re.Match) -> Optional[dt.date]:
    year = int(match.group("year"))
    if kind in ("mdy", "dmy"):
        return _valid(year, MONTHS[match.group("month").lower()], int(match.group("day")))
    if kind == "iso":
        return _valid(year, int(match.group("month")), int(match.group("day")))
    a, b = int(match.group("a")), int(match.group("b"))
    if a > 12:
        return _valid(year, b, a)
    if b > 12:
        return _valid(year, a, b)
    # Ambiguous: slashes are read month-first (US), dashes and dots day-first (Europe).
    return _valid(year, a, b) if match.group("sep") == "/" else _valid(year, b, a)


def _valid(year: int, month: int, day: int) -> Optional[dt.date]:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")


def parse_date(value: object) -> Optional[dt.date]:
    """The date a metadata value stands for ("2015-06-12", "2015-06-12T10:00:00+03:00",
    "Fri, 12 Jun 2015 10:00:00 GMT", "June 12, 2015"), or None.

    The date is the day as written, in the value's own time zone.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        return None
    match = _ISO.match(value)
    if match:
        return _valid(*map(int, match.groups()))
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        if parsed and FIRST_YEAR <= parsed.year <= LAST_YEAR:
            return parsed.date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    stamp = next(find_dates(value), None)
    return stamp.date if stamp else None


def document_stamp(text: str, *, lines: int = 8, chars: int = 1200) -> Optional[Stamp]:
    """The publication stamp among the first ``lines`` non-empty lines of ``text``.

    Preference: a "Published"-like label, then an unlabelled date line or dateline, then an
    "Updated"-like label (an update stamp may be years after the events reported).
    """
    candidates: list[tuple[int, Stamp]] = []
    offset = 0
    seen = 0
    for line in text[:chars].split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > lines:
            break
        for stamp in find_dates(line):
            rank = _stamp_rank(line, stamp)
            if rank is not None:
                label = _label_match(line, stamp)
                first = label.start() if label else stamp.start
                candidates.append((rank, Stamp(stamp.date, line[first:stamp.end], start + first,
                                               start + stamp.end,
                                               label.group("label").lower() if label else None)))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1].start))[1]


def _stamp_rank(line: str, stamp: Stamp) -> Optional[int]:
    """0 for a publication label, 1 for a date line or dateline, 2 for an update label."""
    label = _label_before(line, stamp)
    if label:
        return 2 if label in UPDATE_LABELS else 0
    if len(line.strip()) <= 80:
        return 1
    if DATELINE.match(line[:stamp.start]) and DATELINE_AFTER.match(line[stamp.end:]):
        return 1
    return None


def _label_before(line: str, stamp: Stamp) -> Optional[str]:
    label = _label_match(line, stamp)
    return label.group("label").lower() if label else None


def _label_match(line: str, stamp: Stamp) -> Optional[re.Match]:
    """The nearest label word ("published", "updated") just before the date, if any."""
    labels = list(LABEL.finditer(line, max(0, stamp.start - 32), stamp.start))
    return labels[-1] if labels else None


def document_date(*, option: Optional[dt.date] = None, values: tuple = (), origin: str = "record",
                  texts: tuple = (), where: str = "") -> tuple[dict, list[tuple[str, dict]]]:
    """The Document fields date/date_text/date_origin, and warnings.

    Order: the ``--date`` option, else the first metadata value that reads as a date (a
    record's ``date``, a page's meta tags, a feed item's pubDate), else a stamp at the top of
    one of ``texts``, else no date.
    """
    warnings: list[tuple[str, dict]] = []
    if option is not None:
        return {"date": option, "date_text": None, "date_origin": "option"}, warnings
    given = [v for v in values if v not in (None, "")]
    for value in given:
        day = parse_date(value)
        if day:
            return {"date": day, "date_text": str(value)[:100], "date_origin": origin}, warnings
    if given:
        warnings.append(("W104", {"path": where, "value": str(given[0])[:100]}))
    for text in texts:
        stamp = document_stamp(text) if text else None
        if stamp:
            return {"date": stamp.date, "date_text": stamp.text, "date_origin": "text"}, warnings
    return {}, warnings
