"""Analysis stage: relations measured from the stored events (read through ``detente.store``).

``dyad_series`` (quad-class counts, net cooperation, intensity, trend and verdict),
``actor_network``, and the plots in ``detente.analysis.plot``.
"""

from __future__ import annotations

from .dyad import PERIODS, DyadSeries, Trend, dyad_series, trend_of
from .network import Network, actor_network
from .quads import QUADS, load_quads, quad_of

__all__ = ["PERIODS", "QUADS", "DyadSeries", "Network", "Trend", "actor_network", "dyad_series",
           "load_quads", "quad_of", "trend_of"]
