"""The output contract as JSON Schema, generated from the data model.

``detente code`` writes two kinds of JSON Lines records: events (``Event.to_record()``) and, with
``--documents``, documents (``Document.to_record()``).  Their schemas are generated here from
``model.py`` and committed beside it as ``event.schema.json`` and ``document.schema.json`` so
that users can validate output without installing detente.  A test fails when the committed files
drift from the model; regenerate them with ``python -m detente.contract``.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Callable, Optional

from .model import PLOVER_TYPES, Document, Event

DIALECT = "https://json-schema.org/draft/2020-12/schema"
HERE = Path(__file__).parent
# Fields of Document that the document record leaves out (see Document.to_record).
DOCUMENT_RECORD_OMITS = ("text", "sentences")


def event_schema() -> dict:
    """JSON Schema of one event record, as ``Event.to_record()`` writes it."""
    schema = Event.model_json_schema(mode="serialization")
    schema["properties"]["event_type"]["enum"] = list(PLOVER_TYPES)
    return _finish(schema, "detente event record",
                   "One coded event: who did what to whom, when and where, with its evidence.")


def document_schema() -> dict:
    """JSON Schema of one document record, as ``Document.to_record()`` writes it."""
    schema = Document.model_json_schema(mode="serialization")
    props = schema["properties"]
    for name in DOCUMENT_RECORD_OMITS:
        props.pop(name, None)
    schema["properties"] = {"record": {"const": "document", "title": "Record", "type": "string"},
                            **props}
    schema.get("$defs", {}).pop("Sentence", None)
    return _finish(schema, "detente document record",
                   "One input document: its id, date, provenance and warnings (no text).")


def _finish(schema: dict, title: str, description: str) -> dict:
    # to_record() always writes every key (null when unknown), so every key is required:
    # a consumer may rely on a key's presence, and a renamed field breaks validation.
    _require_all(schema)
    for definition in schema.get("$defs", {}).values():
        _require_all(definition)
    return {"$schema": DIALECT, **schema, "title": title, "description": description}


def _require_all(schema: dict) -> None:
    if "properties" in schema:
        schema["required"] = list(schema["properties"])


SCHEMAS: dict[str, Callable[[], dict]] = {
    "event.schema.json": event_schema,
    "document.schema.json": document_schema,
}


def schema_text(name: str) -> str:
    """The file content of the schema ``name`` as generated from the model now."""
    return json.dumps(SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"


def committed_schema(name: str, folder: Path = HERE) -> dict:
    """The schema ``name`` as committed beside the model."""
    return json.loads((folder / name).read_text(encoding="utf-8"))


def stale_schemas(folder: Path = HERE) -> list[str]:
    """Names of committed schema files that differ from what the model generates."""
    stale = []
    for name in SCHEMAS:
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != schema_text(name):
            stale.append(name)
    return stale


def write_schemas(folder: Path = HERE) -> list[Path]:
    """Write every schema file into ``folder``; returns the paths written."""
    paths = []
    for name in SCHEMAS:
        path = folder / name
        path.write_text(schema_text(name), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m detente.contract",
        description="Regenerate event.schema.json and document.schema.json from detente.model.")
    parser.add_argument("--check", action="store_true",
                        help="only report stale schema files; exit 1 if any")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write to")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_schemas(args.out)
        for name in stale:
            print(f"{args.out / name}: stale; run python -m detente.contract", file=sys.stderr)
        return 1 if stale else 0
    for path in write_schemas(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
