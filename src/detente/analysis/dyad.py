"""Dyad time series: how two actors treat each other, per week, month or quarter.

Counts are of merged event instances (``Store.dyad_rows``), so one real event reported by many
stories counts once.  Both directions are kept (``_ab``: A acts on B, ``_ba``: B on A); a
symmetric event ("A and B met") counts once in the totals and once in each direction.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Optional

from ..errors import OptionError
from ..store import Store, period_end, period_start
from .quads import CONFLICT, COOPERATION, QUADS, load_quads

PERIODS = ("week", "month", "quarter")

# Two-sided 95% Student-t quantiles (df -> t); beyond the table the normal 1.96 is close enough.
_T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
         9: 2.262, 10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120,
         17: 2.110, 18: 2.101, 19: 2.093, 20: 2.086, 25: 2.060, 30: 2.042, 40: 2.021, 60: 2.000,
         120: 1.980}


@dataclass
class Trend:
    """Least-squares slope of net cooperation per period, with a 95% interval."""

    slope: Optional[float]
    low: Optional[float]
    high: Optional[float]
    periods: int
    first: str
    last: str
    by: str
    verdict: str

    def as_dict(self) -> dict:
        return dict(slope=self.slope, low=self.low, high=self.high, periods=self.periods,
                    first=self.first, last=self.last, by=self.by, verdict=self.verdict)


@dataclass
class DyadSeries:
    a: str
    b: str
    by: str
    rows: list[dict]
    trend: Trend
    notable: list[dict] = field(default_factory=list)
    undated: int = 0
    background: int = 0  # events before the reporting period, left out unless --since asks

    def as_dict(self) -> dict:
        return dict(a=self.a, b=self.b, by=self.by, rows=[_jsonable(r) for r in self.rows],
                    trend=self.trend.as_dict(), notable=[_jsonable(n) for n in self.notable],
                    undated=self.undated, background=self.background)


def dyad_series(store: Store, a: str, b: str, *, by: str = "month", since: Optional[str] = None,
                until: Optional[str] = None, modality: str = "asserted",
                notable: int = 5) -> DyadSeries:
    """Counts per quad class, net cooperation and intensity sums per period, both directions,
    with a trend and its verdict."""
    if by not in PERIODS:
        raise OptionError("E050", option="--by", reason=f"{by!r}; choose week, month or quarter")
    a, b = a.strip(), b.strip()
    if not a or not b:
        raise OptionError("E050", option="dyad", reason="give two actors, e.g. BLR USA")
    instances = store.dyad_rows(a, b, since=since, until=until, modality=modality)
    dated = [i for i in instances if i["day"] is not None]
    background = 0
    if not since:
        # Without --since the series covers the corpus' reporting period: events the stories
        # recall from years before ("frozen since 2008") are background, not the trend.
        reported = [i["doc_day"] for i in dated if i["doc_day"] is not None]
        if reported:
            start = period_of(min(reported), by)
            background = sum(1 for i in dated if i["day"] < start)
            dated = [i for i in dated if i["day"] >= start]
    quads = load_quads()
    buckets: dict[dt.date, dict] = {}
    for instance in dated:
        start = period_of(instance["day"], by)
        row = buckets.setdefault(start, empty_row(start, by))
        add_instance(row, instance, quads.get(instance["event_type"]))
    first = period_of(period_start(since), by) if since else (min(buckets) if buckets else None)
    last = period_of(period_end(until), by) if until else (max(buckets) if buckets else None)
    rows = [buckets.get(start) or empty_row(start, by) for start in period_range(first, last, by)]
    for row in rows:
        finish_row(row)
    trend = trend_of(rows, by)
    top = sorted(dated, key=lambda i: (-abs(i["intensity"] or 0), -i["n_documents"], i["day"]))
    return DyadSeries(a=a, b=b, by=by, rows=rows, trend=trend, notable=top[:notable],
                      undated=sum(1 for i in instances if i["day"] is None), background=background)


def empty_row(start: dt.date, by: str) -> dict:
    row: dict = {"period": period_label(start, by), "start": start, "events": 0}
    for quad in QUADS:
        row[quad] = row[f"{quad}_ab"] = row[f"{quad}_ba"] = 0
    row["intensity"] = row["intensity_ab"] = row["intensity_ba"] = 0.0
    return row


def add_instance(row: dict, instance: dict, quad: Optional[str]) -> None:
    intensity = float(instance["intensity"] or 0.0)
    direction = instance["direction"]
    row["events"] += 1
    row["intensity"] += intensity
    sides = ("ab", "ba") if direction == "both" else (direction,)
    for side in sides:
        row[f"intensity_{side}"] += intensity
        if quad:
            row[f"{quad}_{side}"] += 1
    if quad:
        row[quad] += 1


def finish_row(row: dict) -> None:
    for suffix in ("", "_ab", "_ba"):
        coop = sum(row[q + suffix] for q in COOPERATION)
        conflict = sum(row[q + suffix] for q in CONFLICT)
        row["net_cooperation" + suffix] = coop - conflict
        row["intensity" + suffix] = round(row["intensity" + suffix], 3)


def trend_of(rows: list[dict], by: str) -> Trend:
    """OLS slope of net cooperation over the periods, its 95% interval, and a plain verdict."""
    ys = [float(r["net_cooperation"]) for r in rows]
    n = len(ys)
    first = rows[0]["period"] if rows else ""
    last = rows[-1]["period"] if rows else ""
    span = f"{first}..{last}"
    if n < 3:
        return Trend(None, None, None, n, first, last, by,
                     f"too few {by}s to tell a trend ({n} over {span or 'no data'})")
    xs = list(range(n))
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    intercept = my - slope * mx
    residual = sum((y - intercept - slope * x) ** 2 for x, y in zip(xs, ys))
    se = math.sqrt(residual / (n - 2) / sxx)
    half = t975(n - 2) * se
    low, high = slope - half, slope + half
    detail = f"net cooperation {slope:+.2f} per {by}, 95% CI {low:+.2f}..{high:+.2f}"
    if low > 0:
        verdict = f"cooperation rose over {span} ({detail})"
    elif high < 0:
        verdict = f"cooperation fell over {span} ({detail})"
    else:
        verdict = f"no significant change over {span} ({detail})"
    return Trend(round(slope, 4), round(low, 4), round(high, 4), n, first, last, by, verdict)


def t975(df: int) -> float:
    if df in _T975:
        return _T975[df]
    smaller = [k for k in _T975 if k <= df]
    return _T975[max(smaller)] if df <= 120 else 1.96


def period_of(day: dt.date, by: str) -> dt.date:
    """First day of the week (Monday), month or quarter holding ``day``."""
    if by == "week":
        return day - dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_period(start: dt.date, by: str) -> dt.date:
    if by == "week":
        return start + dt.timedelta(days=7)
    months = 1 if by == "month" else 3
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def period_range(first: Optional[dt.date], last: Optional[dt.date], by: str) -> list[dt.date]:
    if first is None or last is None:
        return []
    out, current = [], first
    while current <= last and len(out) < 10_000:
        out.append(current)
        current = next_period(current, by)
    return out


def period_label(start: dt.date, by: str) -> str:
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year}-{start.month:02d}"
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}"


def _jsonable(row: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items()}
