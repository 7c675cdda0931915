"""PLOVER quad classes, kept as data in quad.yaml beside this module."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..datafiles import line_of, read_yaml
from ..model import PLOVER_TYPES

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
COOPERATION = ("verbal_cooperation", "material_cooperation")
CONFLICT = ("verbal_conflict", "material_conflict")

QUAD_FILE = Path(__file__).with_name("quad.yaml")


@lru_cache(maxsize=2)
def load_quads(path: Optional[Path] = None) -> dict[str, str]:
    """event type -> quad class, from quad.yaml (or the file at ``path``).  A bad entry raises
    DataFileError naming the file and the line it is on; nothing is returned then."""
    file = read_yaml(Path(path) if path is not None else QUAD_FILE)
    data = file.data if file.data is not None else {}
    if not isinstance(data, dict):
        raise file.error(1, "expected quad_class: [PLOVER types]")
    mapping: dict[str, str] = {}
    for quad, types in data.items():
        if quad not in QUADS:
            raise file.error(line_of(data, quad), f"unknown quad class {quad!r}")
        if types is None:
            continue
        if not isinstance(types, list):
            raise file.error(line_of(data, quad), f"{quad}: expected a list of PLOVER types")
        for i, event_type in enumerate(types):
            line = line_of(types, i)
            if event_type not in PLOVER_TYPES:
                raise file.error(line, f"unknown PLOVER type {event_type!r}")
            if event_type in mapping:
                raise file.error(line, f"{event_type} listed twice")
            mapping[event_type] = quad
    missing = set(PLOVER_TYPES) - set(mapping)
    if missing:
        raise file.error(0, f"types without a quad class: {sorted(missing)}")
    return mapping


def quad_of(event_type: str) -> str | None:
    return load_quads().get(event_type)
