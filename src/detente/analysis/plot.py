"""Plots drawn with matplotlib's Agg backend (no display needed): PNG or SVG by file suffix."""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from ..errors import OptionError  # noqa: E402
from .dyad import DyadSeries, period_of  # noqa: E402
from .network import Network  # noqa: E402

QUAD_STYLE = {
    "verbal_cooperation": ("#9ecae1", 1), "material_cooperation": ("#3182bd", 1),
    "verbal_conflict": ("#fcae91", -1), "material_conflict": ("#de2d26", -1),
}
SUFFIXES = (".png", ".svg")


def _check_suffix(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise OptionError("E050", option="--plot", reason=f"{path.name}: use a .png or .svg file name")
    return path


def plot_dyad(series: DyadSeries, path: str | Path) -> Path:
    """Stacked quad-class counts (cooperation up, conflict down), net cooperation, the trend,
    and the most intense events marked."""
    path = _check_suffix(path)
    rows = series.rows
    xs = list(range(len(rows)))
    fig, ax = plt.subplots(figsize=(max(6.0, 0.5 * len(rows) + 3), 4.5))
    up = [0.0] * len(rows)
    down = [0.0] * len(rows)
    for quad, (colour, sign) in QUAD_STYLE.items():
        values = [r[quad] for r in rows]
        base = up if sign > 0 else down
        heights = [sign * v for v in values]
        ax.bar(xs, heights, bottom=base, color=colour, label=quad.replace("_", " "), width=0.8)
        for i, v in enumerate(values):
            base[i] += sign * v
    net = [r["net_cooperation"] for r in rows]
    ax.plot(xs, net, color="black", marker="o", linewidth=1.5, label="net cooperation")
    trend = series.trend
    if trend.slope is not None and rows:
        mean_x = (len(rows) - 1) / 2
        mean_y = sum(net) / len(net)
        ax.plot(xs, [mean_y + trend.slope * (x - mean_x) for x in xs], color="black",
                linestyle="--", linewidth=1, label="trend")
    index = {r["start"]: i for i, r in enumerate(rows)}
    stacked: dict[int, int] = {}  # labels already put on a bar: stack the next one higher
    for event in series.notable:
        i = index.get(period_of(event["day"], series.by))
        if i is None:
            continue
        y = up[i] if (event["intensity"] or 0) >= 0 else down[i]
        level = stacked[i] = stacked.get(i, -1) + 1
        offset = 12 + 11 * level
        ax.annotate(f"{event['event_type']} {event['day']:%d %b}", (i, y),
                    xytext=(0, offset if y >= 0 else -offset - 2), textcoords="offset points", ha="center",
                    fontsize=7, arrowprops=dict(arrowstyle="-", color="grey"))
        ax.plot([i], [y], marker="*", color="goldenrod", markersize=10)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.margins(y=0.25)
    ax.set_xticks(xs)
    ax.set_xticklabels([r["period"] for r in rows], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("events (conflict below zero)")
    ax.set_title(f"{series.a} – {series.b} by {series.by}\n{trend.verdict}", fontsize=9)
    ax.legend(fontsize=7, loc="upper left", ncol=2)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def plot_network(network: Network, path: str | Path, *, max_nodes: int = 40) -> Path:
    """Actors on a circle, most active first; edge width = events, colour = mean intensity."""
    path = _check_suffix(path)
    nodes = network.nodes[:max_nodes]
    keep = {n["id"] for n in nodes}
    n = max(len(nodes), 1)
    pos = {node["id"]: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n))
           for i, node in enumerate(nodes)}
    fig, ax = plt.subplots(figsize=(7, 7))
    edges = [e for e in network.edges if e["source"] in keep and e["target"] in keep]
    widest = max((e["n_events"] for e in edges), default=1)
    cmap = plt.get_cmap("RdBu")
    for edge in edges:
        (x0, y0), (x1, y1) = pos[edge["source"]], pos[edge["target"]]
        colour = cmap(0.5 + max(-1.0, min(1.0, edge["intensity"] / 10)) / 2)
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0),
                    arrowprops=dict(arrowstyle="-|>", color=colour, shrinkA=12, shrinkB=12,
                                    linewidth=0.5 + 4 * edge["n_events"] / widest,
                                    connectionstyle="arc3,rad=0.12"))
    biggest = max((node["events"] for node in nodes), default=1)
    for node in nodes:
        x, y = pos[node["id"]]
        ax.scatter([x], [y], s=200 + 800 * node["events"] / biggest, color="#dddddd",
                   edgecolors="black", zorder=3)
        ax.text(x, y, node["id"], ha="center", va="center", fontsize=8, zorder=4)
    period = f"{network.since or '…'} .. {network.until or '…'}"
    ax.set_title(f"actor network {period} (blue cooperative, red conflictual)", fontsize=9)
    ax.set_axis_off()
    ax.set_aspect("equal")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
