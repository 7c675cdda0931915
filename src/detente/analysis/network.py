"""The actor network of a period: who acted on whom, how often, how cooperatively."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..store import Store


@dataclass
class Network:
    nodes: list[dict]
    edges: list[dict]
    since: Optional[str] = None
    until: Optional[str] = None

    def as_dict(self) -> dict:
        return dict(nodes=self.nodes, edges=self.edges, since=self.since, until=self.until)


def actor_network(store: Store, *, since: Optional[str] = None, until: Optional[str] = None,
                  level: str = "country", modality: str = "asserted", min_events: int = 1) -> Network:
    """Directed edges (merged event instances) and nodes with their activity, for a period."""
    edges = [e for e in store.network_rows(since=since, until=until, modality=modality, level=level)
             if e["n_events"] >= min_events]
    nodes: dict[str, dict] = {}
    for edge in edges:
        for end, role in ((edge["source"], "out"), (edge["target"], "in")):
            node = nodes.setdefault(end, {"id": end, "out": 0, "in": 0, "partners": set()})
            node[role] += edge["n_events"]
            node["partners"].add(edge["target"] if role == "out" else edge["source"])
    for node in nodes.values():
        node["degree"] = len(node.pop("partners"))
        node["events"] = node["out"] + node["in"]
    ordered = sorted(nodes.values(), key=lambda n: (-n["events"], n["id"]))
    for edge in edges:
        edge["intensity"] = round(float(edge["intensity"] or 0.0), 3)
    return Network(nodes=ordered, edges=edges, since=since, until=until)
