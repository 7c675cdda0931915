"""One reader for the YAML data files that live beside each stage.

Every stage keeps its dictionaries, patterns and lists as YAML next to its code; this is the one
place that reads them, so a syntax error always names the file and line the same way.
"""

from __future__ import annotations

import importlib.resources
from typing import Any, NamedTuple

import yaml

from .errors import DataFileError


class DataFile(NamedTuple):
    data: Any
    path: str
    text: str

    def line_of(self, key: object) -> int:
        """The line where the top-level ``key:`` is written (0 when it is not found)."""
        prefix = f"{key}:"
        return next((i for i, line in enumerate(self.text.splitlines(), 1)
                     if line.strip().strip("'\"").startswith(prefix)
                     or line.lstrip().startswith((f"'{key}':", f'"{key}":'))), 0)

    def error(self, line: int, reason: str) -> DataFileError:
        return DataFileError("E030", path=self.path, line=line, reason=reason)


def read_yaml(package: str, *parts: str) -> DataFile:
    """Parse a YAML file shipped in ``package``; a syntax error raises DataFileError (E030)."""
    resource = importlib.resources.files(package).joinpath(*parts)
    text = resource.read_text(encoding="utf-8")
    path = str(resource)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
        raise DataFileError("E030", path=path, line=line, reason=str(exc).splitlines()[0]) from exc
    return DataFile(data, path, text)
