"""Date expressions: found in text by regexes (compiled once), resolved against an anchor date.

``find_expressions`` returns every date expression of a text with its kind and parts;
``resolve`` turns one into an ``EventDate`` given the document date (or a dateline window)
and the tense of the event.  dateparser is the fallback for spans the rules do not read
(spaCy DATE entities), called through a cache.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ..model import EventDate
from .words import MONTHS, NUMBERS, WEEKDAYS


class ImpossibleDate(ValueError):
    """A date the calendar does not have ("February 30")."""


@dataclass(frozen=True)
class Expression:
    """One date expression: where it is (document offsets), what it says, how it was found."""

    kind: str
    start: int
    end: int
    text: str
    parts: tuple[tuple[str, str], ...] = ()

    def get(self, name: str) -> Optional[str]:
        return dict(self.parts).get(name)


@dataclass(frozen=True)
class Anchor:
    """What a relative date is relative to.

    ``base`` is the writing date (the document date, or an estimate inside the dateline
    window); ``window`` bounds year-less dates when the document's stamp is not to be trusted.
    """

    base: Optional[dt.date]
    window: Optional[tuple[dt.date, dt.date]] = None
    future: bool = False


# --- patterns -------------------------------------------------------------------------------

_MONTH = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d])"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = (r"(?:\d{1,3}|a\s+few|a\s+couple\s+of|several|an?|one|two|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen|twenty|thirty|forty|fifty|sixty)")
_PREP = r"(?:(?P<prep>(?i:on|in|at|during|since|from))\s+)?"
_DASH = r"\s*(?:-|–|—|to|and|until|till)\s*"
_PART = r"(?P<part>(?i:early|mid|middle|late|the\s+(?:end|beginning|start|middle)\s+of))"


def _p(pattern: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + pattern, re.UNICODE)


# (kind, gate, pattern); earlier entries win ties of equal length.  A pattern is only run on a
# text its gate finds something in (most sentences name no month and no weekday).
PATTERNS: tuple[tuple[str, str, re.Pattern], ...] = (
    ("iso", "year", _p(_PREP + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")),
    ("numeric", "year", _p(_PREP + r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")),
    ("cross_dm", "month", _p(_PREP + rf"(?P<d1>{_DAY})\s+(?P<mon1>{_MONTH}){_DASH}(?P<d2>{_DAY})\s+"
                            rf"(?P<mon2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?")),
    ("cross_md", "month", _p(_PREP + rf"(?P<mon1>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<mon2>{_MONTH})\s+"
                            rf"(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?")),
    ("range_dm", "month", _p(_PREP + rf"(?:the\s+)?(?P<d1>{_DAY}){_DASH}(?:the\s+)?(?P<d2>{_DAY})\s+"
                            rf"(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?")),
    ("range_md", "month", _p(_PREP + rf"(?P<mon>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})"
                            rf"(?:,?\s+(?P<y>{_YEAR}))?")),
    ("dm", "month", _p(_PREP + rf"(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})"
                      rf"(?:,?\s+(?P<y>{_YEAR}))?")),
    ("md", "month", _p(_PREP + rf"(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?")),
    ("my", "month", _p(_PREP + rf"(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})")),
    ("part_year", "year", _p(_PREP + _PART + rf"[\s-]+(?P<y>{_YEAR})")),
    ("part_month", "month", _p(_PREP + _PART + rf"[\s-]+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?")),
    ("rel_month", "month", _p(r"(?P<mod>(?i:last|next|this|coming|in|since|during|of|from|until|by|"
                     r"before|after|early|late))\s+(?P<mon>" + _MONTH + ")")),
    ("year_range", "year", _p(r"(?:(?P<prep>(?i:from|between|in|during))\s+)?(?P<y1>" + _YEAR + ")"
                      r"\s*(?:-|–|to|and)\s*(?P<y2>" + _YEAR + r"|\d\d(?!\d))")),
    ("year", "year", _p(r"(?P<prep>(?i:in|since|during|from|of|by|until|before|after|through))\s+"
                r"(?:(?i:the\s+(?:year\s+)?))?(?P<y>" + _YEAR + ")")),
    ("rel_day", "rel", _p(r"(?P<word>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|"
                   r"last\s+night|this\s+(?:morning|afternoon|evening)))")),
    ("weekday", "weekday", _p(r"(?:(?P<mod>(?i:last|next|this|on|coming|on\s+the\s+following))\s+)?"
                   r"(?P<wd>" + _WEEKDAY + r")(?:\s+(?i:morning|afternoon|evening|night))?")),
    ("rel_unit", "rel", _p(r"(?:(?i:over|in|during|for|within)\s+)?(?:(?i:the)\s+)?"
                    r"(?P<mod>(?i:last|past|previous|this|next|coming|earlier\s+this|"
                    r"later\s+this|earlier\s+in\s+the|later\s+in\s+the))\s+"
                    r"(?P<unit>(?i:week|weekend|month|year|decade))(?![\w-])")),
    ("ago", "rel", _p(r"(?P<n>" + _NUM + r")\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?))"
               r"\s+(?i:ago|earlier)")),
    ("past_n", "rel", _p(r"(?:(?i:over|in|during|for|within)\s+)?(?:(?i:the)\s+)?"
                  r"(?i:past|last|previous)\s+(?P<n>" + _NUM + r")\s+"
                  r"(?P<unit>(?i:days|weeks|months|years|decades))")),
)

_GATES = {
    "month": re.compile(_MONTH),
    "year": re.compile(r"\d{4}"),
    "weekday": re.compile(_WEEKDAY),
    "rel": re.compile(r"(?i)yesterday|today|tonight|night|morning|afternoon|evening|week|month|"
                      r"year|decade|day"),
}
# A bare "36" (an age) is no date: digits count only as a year or with a separator.
_DATEPARSER_WORTHY = re.compile(r"\d{4}|\d[/.-]\d|" + _MONTH + "|" + _WEEKDAY + r"|(?i:\bago\b)")
_BARE_YEAR = re.compile(_YEAR + "$")
_BARE_MONTH = re.compile(_MONTH + "$")
# "60 days", "the two-year": durations, not dates (dateparser would read them as "ago").
_DURATION = re.compile(r"(?i)^(?:the\s+|a\s+|an\s+|some\s+|about\s+|nearly\s+|over\s+)*"
                       + _NUM + r"[\s-]+(?:days?|weeks?|months?|years?|decades?|hours?)"
                       r"(?:[\s-]+(?:old|long))?$")


def find_expressions(text: str, offset: int = 0) -> list[Expression]:
    """Every date expression of ``text``, longest first where they overlap, in text order.

    Offsets are shifted by ``offset`` (the text's start in the document).
    """
    open_gates = {name for name, gate in _GATES.items() if gate.search(text)}
    if not open_gates:
        return []
    found: list[tuple[int, int, int, str, re.Match]] = []
    for rank, (kind, gate, pattern) in enumerate(PATTERNS):
        if gate not in open_gates:
            continue
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), rank, kind, match))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[Expression] = []
    for start, end, _, kind, match in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        parts = tuple((k, v) for k, v in match.groupdict().items() if v is not None)
        chosen.append(Expression(kind, start + offset, end + offset, match.group(0).strip(), parts))
    chosen.sort(key=lambda x: x.start)
    return chosen


def entity_expression(text: str, start: int) -> Optional[Expression]:
    """A spaCy DATE entity the rules missed, kept if dateparser could read it."""
    text = text.strip()
    # An entity across a line break is layout (a heading and a date line), not one date.
    if "\n" in text or not _DATEPARSER_WORTHY.search(text) or _DURATION.match(text):
        return None
    end = start + len(text)
    # The bare forms spaCy tags most ("2010", "October") need no dateparser.
    if _BARE_YEAR.match(text):
        return Expression("year", start, end, text, (("y", text),))
    if text == "May":  # far more often Theresa May than the month, when alone
        return None
    if _BARE_MONTH.match(text):
        return Expression("rel_month", start, end, text, (("mon", text), ("mod", "in")))
    return Expression("dateparser", start, end, text)


# --- resolution -----------------------------------------------------------------------------

def resolve(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    """The date an expression stands for, or None when it needs a base date there is not.

    Raises ImpossibleDate for dates the calendar does not have.
    """
    return _RESOLVERS[expr.kind](expr, anchor)


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ImpossibleDate(f"{year:04d}-{month:02d}-{day:02d}: {exc}") from None


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, _last_day(year, month + 1)))


def _check_day(month: int, day: int) -> None:
    if not 1 <= month <= 12 or not 1 <= day <= (29 if month == 2 else _last_day(2001, month)):
        raise ImpossibleDate(f"{calendar.month_name[month] if 1 <= month <= 12 else month} {day}")


def _year_of(month: int, day: int, anchor: Anchor, *, strictly_before: bool = False,
             whole_month: bool = False) -> Optional[int]:
    """The year of a year-less date: inside the dateline window if there is one (the latest
    year whose date fits), else the nearest before the base date (after it for the future)."""
    _check_day(month, day)
    if anchor.window:
        first, last = anchor.window
        for year in range(last.year, first.year - 1, -1):
            if month == 2 and day == 29 and not calendar.isleap(year):
                continue
            lo = dt.date(year, month, 1 if whole_month else day)
            hi = dt.date(year, month, _last_day(year, month) if whole_month else day)
            if hi >= first and lo <= last:
                return year
    base = anchor.base
    if base is None:
        return None
    years = [y for y in range(base.year - 8, base.year + 9)
             if not (month == 2 and day == 29 and not calendar.isleap(y))]
    if whole_month:
        key = lambda y: (y, month)  # noqa: E731
        ref = (base.year, base.month)
    else:
        key = lambda y: dt.date(y, month, day)  # noqa: E731
        ref = base
    if anchor.future:
        later = [y for y in years if key(y) >= ref]
        return min(later) if later else None
    earlier = [y for y in years if (key(y) < ref if strictly_before else key(y) <= ref)]
    return max(earlier) if earlier else None


def _since(expr: Expression, when: EventDate, anchor: Anchor) -> EventDate:
    """'since 2014': a period from the date to the base."""
    if (expr.get("prep") or expr.get("mod") or "").lower() != "since" or when.date is None:
        return when
    end = anchor.base if anchor.base and anchor.base >= when.date else when.end
    return EventDate(date=when.date, end=end, precision="period", text=when.text)


def _iso(expr: Expression, anchor: Anchor) -> EventDate:
    day = _date(int(expr.get("y")), int(expr.get("m")), int(expr.get("d")))
    return _since(expr, EventDate(date=day, precision="day", text=expr.text), anchor)


def _numeric(expr: Expression, anchor: Anchor) -> EventDate:
    a, b, year = int(expr.get("a")), int(expr.get("b")), int(expr.get("y"))
    # Day first unless impossible: detente's sources are mostly international news.
    day, month = (b, a) if b > 12 and a <= 12 else (a, b)
    return _since(expr, EventDate(date=_date(year, month, day), precision="day", text=expr.text),
                  anchor)


def _day_month(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    month, day = _month(expr.get("mon")), _day(expr.get("d"))
    year = int(expr.get("y")) if expr.get("y") else _year_of(month, day, anchor)
    if year is None:
        _check_day(month, day)
        return None
    return _since(expr, EventDate(date=_date(year, month, day), precision="day", text=expr.text),
                  anchor)


def _range(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    if expr.get("mon"):
        month1 = month2 = _month(expr.get("mon"))
    else:
        month1, month2 = _month(expr.get("mon1")), _month(expr.get("mon2"))
    day1, day2 = _day(expr.get("d1")), _day(expr.get("d2"))
    _check_day(month2, day2)
    year = int(expr.get("y")) if expr.get("y") else _year_of(month1, day1, anchor)
    if year is None:
        _check_day(month1, day1)
        return None
    start = _date(year, month1, day1)
    end = _date(year + (1 if month2 < month1 else 0), month2, day2)
    if end < start:
        raise ImpossibleDate(f"{expr.text}: ends before it starts")
    return EventDate(date=start, end=end if end != start else None, precision="day", text=expr.text)


def _month_year(expr: Expression, anchor: Anchor) -> EventDate:
    start = _date(int(expr.get("y")), _month(expr.get("mon")), 1)
    return _since(expr, EventDate(date=start, precision="month", text=expr.text), anchor)


_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12)}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "middle": (11, 20), "late": (21, 31)}


def _part_key(part: str) -> str:
    part = part.lower()
    if "end" in part:
        return "late"
    if "beginning" in part or "start" in part:
        return "early"
    return "middle" if "middle" in part else part


def _part_year(expr: Expression, anchor: Anchor) -> EventDate:
    year = int(expr.get("y"))
    first, last = _YEAR_PARTS[_part_key(expr.get("part"))]
    return EventDate(date=dt.date(year, first, 1), end=dt.date(year, last, _last_day(year, last)),
                     precision="period", text=expr.text)


def _part_month(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    month = _month(expr.get("mon"))
    year = int(expr.get("y")) if expr.get("y") else _year_of(month, 1, anchor, whole_month=True)
    if year is None:
        return None
    first, last = _MONTH_PARTS[_part_key(expr.get("part"))]
    last = min(last, _last_day(year, month))
    return EventDate(date=dt.date(year, month, first), end=dt.date(year, month, last),
                     precision="period", text=expr.text)


def _rel_month(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    month, mod = _month(expr.get("mon")), expr.get("mod").lower()
    if mod == "this" and anchor.base is not None and anchor.window is None:
        year: Optional[int] = anchor.base.year
    else:
        future = anchor.future or mod in ("next", "coming")
        year = _year_of(month, 1, Anchor(anchor.base, anchor.window, future),
                        strictly_before=mod == "last", whole_month=True)
    if year is None:
        return None
    return _since(expr, EventDate(date=dt.date(year, month, 1), precision="month",
                                  text=expr.text), anchor)


def _year_range(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    first, second = int(expr.get("y1")), expr.get("y2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first:
        return None
    return EventDate(date=dt.date(first, 1, 1), end=dt.date(last, 12, 31), precision="period",
                     text=expr.text)


def _year(expr: Expression, anchor: Anchor) -> EventDate:
    year = int(expr.get("y"))
    return _since(expr, EventDate(date=dt.date(year, 1, 1), precision="year", text=expr.text),
                  anchor)


_REL_DAYS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
             "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0}


def _rel_day(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    if anchor.base is None:
        return None
    offset = _REL_DAYS[" ".join(expr.get("word").lower().split())]
    return EventDate(date=anchor.base + dt.timedelta(days=offset), precision="day",
                     text=expr.text)


def _weekday(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    base = anchor.base
    if base is None:
        return None
    weekday, mod = WEEKDAYS[expr.get("wd").lower()], (expr.get("mod") or "").lower()
    if anchor.future or mod in ("next", "coming"):
        ahead = (weekday - base.weekday()) % 7
        day = base + dt.timedelta(days=ahead or (7 if mod == "next" else 0))
    else:
        back = (base.weekday() - weekday) % 7
        day = base - dt.timedelta(days=back or (7 if mod == "last" else 0))
    return EventDate(date=day, precision="day", text=expr.text)


def _unit_period(unit: str, base: dt.date, step: int) -> EventDate:
    """The calendar week/month/year ``step`` units from the one holding ``base``."""
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        return EventDate(date=monday, end=monday + dt.timedelta(days=6), precision="period")
    if unit == "weekend":
        saturday = base + dt.timedelta(days=5 - base.weekday()) + dt.timedelta(weeks=step)
        return EventDate(date=saturday, end=saturday + dt.timedelta(days=1), precision="period")
    if unit == "month":
        first = _add_months(base.replace(day=1), step)
        return EventDate(date=first, precision="month")
    if unit == "year":
        return EventDate(date=dt.date(base.year + step, 1, 1), precision="year")
    start = dt.date(base.year // 10 * 10 + 10 * step, 1, 1)  # decade
    return EventDate(date=start, end=dt.date(start.year + 9, 12, 31), precision="period")


def _rel_unit(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    base = anchor.base
    if base is None:
        return None
    mod, unit = " ".join(expr.get("mod").lower().split()), expr.get("unit").lower()
    if mod == "past" and unit != "weekend":
        start = _minus(base, 1, unit)
        when = EventDate(date=start, end=base, precision="period")
    elif mod in ("last", "previous"):
        when = _unit_period(unit, base, -1)
    elif mod in ("next", "coming"):
        when = _unit_period(unit, base, 1)
    else:  # this / earlier this / later this / earlier in the
        when = _unit_period(unit, base, 0)
        if unit == "weekend" and not anchor.future and when.date > base:
            when = _unit_period(unit, base, -1)
    return when.model_copy(update=dict(text=expr.text))


def _minus(base: dt.date, n: int, unit: str) -> dt.date:
    unit = unit.rstrip("s")
    if unit == "day":
        return base - dt.timedelta(days=n)
    if unit == "week":
        return base - dt.timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    return _add_months(base, -months)


def _count(text: str) -> int:
    text = " ".join(text.lower().split())
    return int(text) if text.isdigit() else NUMBERS[text]


def _ago(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    if anchor.base is None:
        return None
    n, unit = _count(expr.get("n")), expr.get("unit").lower().rstrip("s")
    day = _minus(anchor.base, n, unit)
    if unit == "day":
        return EventDate(date=day, precision="day", text=expr.text)
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return EventDate(date=monday, end=monday + dt.timedelta(days=6), precision="period",
                         text=expr.text)
    if unit == "month":
        return EventDate(date=day.replace(day=1), precision="month", text=expr.text)
    return EventDate(date=dt.date(day.year, 1, 1), precision="year", text=expr.text)


def _past_n(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    if anchor.base is None:
        return None
    start = _minus(anchor.base, _count(expr.get("n")), expr.get("unit").lower())
    return EventDate(date=start, end=anchor.base, precision="period", text=expr.text)


# A bare number of 5 to 9 digits ("Reference number 100423", "12062015"): spaCy often tags it
# DATE, and dateparser reads none of them (checked on every compact date layout: ddmmyy,
# yymmdd, yyyymmdd, ddmmyyyy, ...; ten digits it reads as a Unix time, so those still go to it).
# Asking costs ~2.5 ms each time, and a reference number is new in every story.
_UNREADABLE_NUMBER = re.compile(r"[0-9]{5,9}")


def _dateparser(expr: Expression, anchor: Anchor) -> Optional[EventDate]:
    if anchor.base is None or _UNREADABLE_NUMBER.fullmatch(expr.text):
        return None
    day, period = _dateparser_read(expr.text, anchor.base, anchor.future)
    if day is None:
        return None
    precision = {"day": "day", "month": "month", "year": "year"}.get(period, "period")
    if precision == "year":
        day = day.replace(month=1, day=1)
    elif precision == "month":
        day = day.replace(day=1)
    return EventDate(date=day, precision=precision, text=expr.text)


@lru_cache(maxsize=8192)
def _dateparser_read(text: str, base: dt.date, future: bool) -> tuple[Optional[dt.date], str]:
    data = _dateparser_parser(base, future).get_date_data(text)
    if data is None or data.date_obj is None:
        return None, ""
    return data.date_obj.date(), data.period or "day"


@lru_cache(maxsize=256)
def _dateparser_parser(base: dt.date, future: bool):
    from dateparser.date import DateDataParser  # imported late: it is slow to import

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_TIME_AS_PERIOD": False, "STRICT_PARSING": False})


_RESOLVERS = {
    "iso": _iso, "numeric": _numeric, "cross_dm": _range, "cross_md": _range,
    "range_dm": _range, "range_md": _range, "dm": _day_month, "md": _day_month,
    "my": _month_year, "part_year": _part_year, "part_month": _part_month,
    "rel_month": _rel_month, "year_range": _year_range, "year": _year, "rel_day": _rel_day,
    "weekday": _weekday, "rel_unit": _rel_unit, "ago": _ago, "past_n": _past_n,
    "dateparser": _dateparser,
}

# Kinds that need the writing date; the others only need a year for year-less dates.
NEEDS_BASE = frozenset({"rel_day", "weekday", "rel_unit", "ago", "past_n", "dateparser"})


def resolve_text(text: str, base: Optional[dt.date], *, future: bool = False,
                 window: Optional[tuple[dt.date, dt.date]] = None) -> Optional[EventDate]:
    """The first date expression of ``text`` resolved (a convenience for users and tests).

    Returns None when the text has no date or it needs a base date there is not; impossible
    dates give None too.
    """
    anchor = Anchor(base, window, future)
    for expr in find_expressions(text):
        try:
            return resolve(expr, anchor)
        except ImpossibleDate:
            return None
    return None
