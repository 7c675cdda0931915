"""One reader for the YAML data files: those that live beside each stage and the users' own.

Every stage keeps its dictionaries, patterns and lists as YAML next to its code, and users may
pass actor files of their own; this is the one place that reads them, so a problem always names
the file and line the same way (``DataFileError`` E030):

- every mapping read is a ``LineDict`` and every list a ``LineList``, which know the line they
  start on (``.line``) and the line of each key or item (``.lines``); ``line_of`` looks them up;
- a key written twice in one mapping is an error at the second one, not a silent overwrite;
- only true/false are booleans: YAML 1.1 also reads on/off/yes/no that way, but here they are
  words (prepositions in patterns, cue words, the country code NO);
- a syntax error or an unreadable file is an error naming the file and line (0 when unknown).
"""

from __future__ import annotations

import importlib.resources
import os
import re
import types
from pathlib import Path
from typing import Any, Mapping, NamedTuple, Sequence, Union

import yaml

from .errors import DataFileError


class LineDict(dict):
    """A mapping read from YAML: ``line`` is where it starts, ``lines[key]`` where each key is."""

    line = 0
    lines: Mapping[Any, int] = types.MappingProxyType({})


class LineList(list):
    """A list read from YAML: ``line`` is where it starts, ``lines[i]`` where each item is."""

    line = 0
    lines: Sequence[int] = ()


def line_of(where: Any, key: Any = None) -> int:
    """The line of ``key`` (a key of a ``LineDict``, an index of a ``LineList``) when it is known,
    else of ``where`` itself; an int is a line already; 0 when nothing is known."""
    if where is None or isinstance(where, int):
        return int(where or 0)
    lines = getattr(where, "lines", None)
    if key is not None and lines:
        if isinstance(lines, dict):
            found = lines.get(key)
        else:
            found = lines[key] if isinstance(key, int) and -len(lines) <= key < len(lines) else None
        if found:
            return found
    return getattr(where, "line", 0)


# libyaml's parser when PyYAML was built with it: the same nodes and line marks, about seven
# times faster on our data files (every pipeline, worker and CLI command reads them).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):
    """SafeLoader with lines, duplicate keys refused and only true/false as booleans."""


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            seen = key in out
        except TypeError:
            raise yaml.constructor.ConstructorError(None, None, "found unhashable key", key_node.start_mark) from None
        if seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        out[key] = loader.construct_object(value_node, deep=True)
        out.lines[key] = key_node.start_mark.line + 1
    return out


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(n, deep=True) for n in node.value)
    out.line = node.start_mark.line + 1
    out.lines = [n.start_mark.line + 1 for n in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|false|False)$"), list("tTfF"))


class DataFile(NamedTuple):
    data: Any
    path: str

    def line_of(self, key: object) -> int:
        """The line where the top-level ``key:`` is written (0 when it is not found)."""
        return line_of(self.data, key) if isinstance(self.data, dict) and key in self.data else 0

    def error(self, line: int, reason: str) -> DataFileError:
        return DataFileError("E030", path=self.path, line=line, reason=reason)

    def mapping(self) -> LineDict:
        """The data, which must be a mapping at the top (else an error at line 1)."""
        if not isinstance(self.data, dict):
            raise self.error(1, "expected a mapping at the top")
        return self.data


def read_yaml(source: Union[str, os.PathLike], *parts: str) -> DataFile:
    """Parse a YAML file: ``source`` is a package name (a str) whose file ``parts`` names, or a
    filesystem path (a ``Path``, to a folder when ``parts`` follow).  Any problem raises
    DataFileError (E030) with the file and line."""
    if isinstance(source, str):
        resource = importlib.resources.files(source).joinpath(*parts)
    else:
        resource = Path(source).joinpath(*parts)
    path = str(resource)
    try:
        text = resource.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_Loader)
    except OSError as exc:
        raise DataFileError("E030", path=path, line=0, reason=f"cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError("E030", path=path, line=0, reason=f"not UTF-8 text ({exc.reason})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError("E030", path=path, line=mark.line + 1 if mark else 0,
                            reason=f"not valid YAML ({getattr(exc, 'problem', None) or exc})") from exc
    return DataFile(data, path)
