"""PLOVER quad classes, kept as data in quad.yaml beside this module."""

from __future__ import annotations

from functools import lru_cache

from ..datafiles import read_yaml
from ..errors import DataFileError
from ..model import PLOVER_TYPES

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
COOPERATION = ("verbal_cooperation", "material_cooperation")
CONFLICT = ("verbal_conflict", "material_conflict")


def _read():
    file = read_yaml(__package__, "quad.yaml")
    return file.path, file.data, file.text


@lru_cache(maxsize=1)
def load_quads() -> dict[str, str]:
    """event type -> quad class; a bad file raises DataFileError naming the line."""
    path, data, text = _read()
    mapping: dict[str, str] = {}
    for quad, types in (data or {}).items():
        line = _line_of(text, quad)
        if quad not in QUADS:
            raise DataFileError("E030", path=str(path), line=line, reason=f"unknown quad class {quad!r}")
        for event_type in types or []:
            if event_type not in PLOVER_TYPES:
                raise DataFileError("E030", path=str(path), line=line, reason=f"unknown PLOVER type {event_type!r}")
            if event_type in mapping:
                raise DataFileError("E030", path=str(path), line=line, reason=f"{event_type} listed twice")
            mapping[event_type] = quad
    missing = set(PLOVER_TYPES) - set(mapping)
    if missing:
        raise DataFileError("E030", path=str(path), line=0, reason=f"types without a quad class: {sorted(missing)}")
    return mapping


def quad_of(event_type: str) -> str | None:
    return load_quads().get(event_type)


def _line_of(text: str, key: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith(key + ":"):
            return n
    return 0
