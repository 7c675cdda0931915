"""Server-side SVG charts: plain markup strings, so pages work offline and without JavaScript.

Every label is escaped here; templates insert the result with ``|safe``.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from html import escape
from typing import Optional, Sequence


@dataclass(frozen=True)
class Series:
    """One stacked layer of a bar chart: a name, a value per period and a fill colour."""

    name: str
    values: Sequence[float]
    color: str


def nice_step(span: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 5 x 10^n) that cuts ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            # counts are whole numbers: never a step below one for them
            return max(factor * power, 1.0) if span >= 1 else factor * power
    return 10 * power


def _num(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def diverging_bars(periods: Sequence[str], up: Sequence[Series], down: Sequence[Series], *,
                   line: Optional[Sequence[float]] = None, line_name: str = "net",
                   links: Optional[Sequence[Optional[str]]] = None, title: str = "",
                   selected: Optional[str] = None, width: int = 1080, height: int = 320) -> str:
    """Stacked bars above zero (``up``) and below it (``down``), one column per period.

    Each column is a link (``links[i]``) with a native tooltip, so a click lists the period's
    events without any script; ``line`` draws an optional overlay such as net cooperation.
    """
    n = len(periods)
    left, right, top, bottom = 48, 12, 34, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    ups = [sum(s.values[i] for s in up) for i in range(n)]
    downs = [sum(s.values[i] for s in down) for i in range(n)]
    line_vals = list(line or [])
    hi = max([1.0, *ups, *line_vals])
    lo = max([0.0, *downs, *(-v for v in line_vals)])
    step = nice_step(hi + lo)
    hi = math.ceil(hi / step) * step
    lo = math.ceil(lo / step) * step if lo > 0 else 0.0
    scale = plot_h / (hi + lo)
    zero_y = top + hi * scale

    def y(value: float) -> float:
        return zero_y - value * scale

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">']
    if title:
        out.append(f'<title>{escape(title)}</title>')
    out.append(_legend([*up, *down], line_name if line is not None else None, left, 16))
    tick = -lo
    while tick <= hi + 1e-9:
        ty = y(tick)
        cls = "axis" if abs(tick) < 1e-9 else "grid"
        stroke = "#9aa3ad" if cls == "axis" else "#e6e9ed"
        out.append(f'<line class="{cls}" x1="{left}" x2="{width - right}" y1="{ty:.1f}" y2="{ty:.1f}" '
                   f'stroke="{stroke}" stroke-width="1"/>')
        out.append(f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end" font-size="11" '
                   f'fill="#5b6570">{_num(abs(tick))}</text>')
        tick += step
    if n == 0:
        out.append(f'<text x="{left + plot_w / 2}" y="{zero_y - 10:.1f}" text-anchor="middle" '
                   f'font-size="13" fill="#5b6570">no events in this range</text></svg>')
        return "".join(out)
    col_w = plot_w / n
    bar_w = max(2.0, min(42.0, col_w * 0.7))
    label_every = max(1, math.ceil(n / max(1, plot_w // 64)))
    for i, period in enumerate(periods):
        x0 = left + i * col_w
        bx = x0 + (col_w - bar_w) / 2
        tip = "; ".join(f"{s.name} {_num(s.values[i])}" for s in (*up, *down))
        parts = [f'<title>{escape(period)}: {escape(tip)}</title>',
                 f'<rect class="hit" x="{x0:.1f}" y="{top}" width="{col_w:.1f}" height="{plot_h}" '
                 f'fill="transparent"/>']
        base = 0.0
        for s in up:
            v = s.values[i]
            if v > 0:
                parts.append(f'<rect x="{bx:.1f}" y="{y(base + v):.1f}" width="{bar_w:.1f}" '
                             f'height="{v * scale:.1f}" fill="{s.color}"/>')
                base += v
        base = 0.0
        for s in down:
            v = s.values[i]
            if v > 0:
                parts.append(f'<rect x="{bx:.1f}" y="{y(-base):.1f}" width="{bar_w:.1f}" '
                             f'height="{v * scale:.1f}" fill="{s.color}"/>')
                base += v
        link = links[i] if links else None
        group = "".join(parts)
        if link:
            cls = "period selected" if period == selected else "period"
            out.append(f'<a class="{cls}" href="{escape(link)}" data-period="{escape(period)}">'
                       f'{group}</a>')
        else:
            out.append(f'<g class="period">{group}</g>')
        if i % label_every == 0:
            out.append(f'<text x="{x0 + col_w / 2:.1f}" y="{height - bottom + 16}" '
                       f'text-anchor="middle" font-size="11" fill="#5b6570">{escape(period)}</text>')
    if line is not None and n:
        points = " ".join(f"{left + (i + 0.5) * col_w:.1f},{y(v):.1f}" for i, v in enumerate(line_vals))
        out.append(f'<polyline points="{points}" fill="none" stroke="#1f2d3d" stroke-width="2" '
                   f'stroke-linejoin="round" pointer-events="none"/>')
        for i, v in enumerate(line_vals if n <= 40 else ()):   # dots only while they stay apart
            out.append(f'<circle cx="{left + (i + 0.5) * col_w:.1f}" cy="{y(v):.1f}" r="3" '
                       f'fill="#1f2d3d" pointer-events="none"/>')
    out.append(f'<text x="{left}" y="{height - 8}" font-size="11" fill="#5b6570">'
               f'above the line: cooperation · below: conflict · click a period for its events</text>')
    out.append("</svg>")
    return "".join(out)


def _legend(series: Sequence[Series], line_name: Optional[str], x: float, y: float) -> str:
    out = []
    for s in series:
        out.append(f'<rect x="{x:.0f}" y="{y - 9}" width="11" height="11" rx="2" fill="{s.color}"/>'
                   f'<text x="{x + 15:.0f}" y="{y}" font-size="12" fill="#1f2d3d">{escape(s.name)}</text>')
        x += 26 + 7 * len(s.name)
    if line_name:
        out.append(f'<line x1="{x:.0f}" x2="{x + 16:.0f}" y1="{y - 4}" y2="{y - 4}" stroke="#1f2d3d" '
                   f'stroke-width="2"/><text x="{x + 20:.0f}" y="{y}" font-size="12" '
                   f'fill="#1f2d3d">{escape(line_name)}</text>')
    return "".join(out)


@dataclass(frozen=True)
class Span_:
    """One bar of a timeline: a label, a start and an end (open ends run to the axis edge)."""

    label: str
    start: Optional[dt.date]
    end: Optional[dt.date]
    color: str = "#3b6ea8"


def timeline(bars: Sequence[Span_], *, today: Optional[dt.date] = None, width: int = 1080,
             row: int = 26) -> str:
    """Horizontal bars from start to end date, one row each: an actor's roles over time."""
    today = today or dt.date.today()
    left, right, top = 320, 16, 10
    days = [d for b in bars for d in (b.start, b.end) if d]
    first = min(days, default=today - dt.timedelta(days=3650))
    last = max([*days, today]) if any(b.end is None for b in bars) or not days else max(days)
    first = dt.date(first.year, 1, 1)
    last = dt.date(last.year + 1, 1, 1)
    span = (last - first).days or 1
    plot_w = width - left - right
    height = top + row * len(bars) + 26

    def x(day: Optional[dt.date], default: dt.date) -> float:
        return left + ((day or default) - first).days / span * plot_w

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" viewBox="0 0 {width} '
           f'{height}" width="{width}" height="{height}" role="img" aria-label="roles over time">']
    years = last.year - first.year
    every = max(1, math.ceil(years / 10))
    for year in range(first.year, last.year + 1, every):
        tx = x(dt.date(year, 1, 1), first)
        out.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{top}" y2="{height - 22}" stroke="#e6e9ed"/>'
                   f'<text x="{tx:.1f}" y="{height - 8}" font-size="11" text-anchor="middle" '
                   f'fill="#5b6570">{year}</text>')
    for i, bar in enumerate(bars):
        by = top + i * row
        x0, x1 = x(bar.start, first), x(bar.end, last)
        when = f"{bar.start or '…'} – {bar.end or 'open'}"
        out.append(f'<text x="{left - 8}" y="{by + 16}" font-size="12" text-anchor="end" '
                   f'fill="#1f2d3d">{escape(_clip(bar.label, 48))}</text>'
                   f'<rect x="{x0:.1f}" y="{by + 5}" width="{max(3.0, x1 - x0):.1f}" height="15" rx="3" '
                   f'fill="{bar.color}"><title>{escape(bar.label)}: {escape(when)}</title></rect>')
    out.append("</svg>")
    return "".join(out)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
