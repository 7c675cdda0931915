"""The `detente` command: a thin wrapper over the library, one module per command."""

from __future__ import annotations

from .app import app, main  # noqa: F401

# Each module registers its commands on ``app`` when imported.
from . import code  # noqa: F401,E402
from . import ingest  # noqa: F401,E402
from . import serve  # noqa: F401,E402
from . import events, export, dyad, network, check  # noqa: F401,E402
from . import evaluate, explain  # noqa: F401,E402
from . import actors  # noqa: F401,E402
