"""Writing records as JSON Lines, CSV or a readable table: shared by every listing command."""

from __future__ import annotations

import csv
import json
import sys
from typing import Iterable, TextIO

from rich.console import Console
from rich.table import Table

FORMATS = ("jsonl", "csv", "table")

TABLE_COLUMNS = ("date", "source", "event_type", "target", "modality", "trigger", "sentence")


def flatten(record: dict) -> dict:
    """One level of keys for CSV and tables: {"source": {"code": ..}} -> {"source.code": ..}."""
    out: dict = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                out[f"{key}.{sub}"] = json.dumps(v) if isinstance(v, (list, dict)) else v
        elif isinstance(value, list):
            out[key] = json.dumps(value)
        else:
            out[key] = value
    return out


class Writer:
    """Streams records to ``stream`` in one of FORMATS; tables are drawn at ``close()``."""

    def __init__(self, fmt: str = "jsonl", stream: TextIO | None = None) -> None:
        self.fmt = fmt
        self.stream = stream or sys.stdout
        self._csv: csv.DictWriter | None = None
        self._rows: list[dict] = []

    def write(self, record: dict) -> None:
        if self.fmt == "jsonl":
            self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            row = flatten(record)
            if self._csv is None:
                self._csv = csv.DictWriter(self.stream, fieldnames=list(row), extrasaction="ignore")
                self._csv.writeheader()
            self._csv.writerow(row)
        else:
            self._rows.append(record)

    def write_all(self, records: Iterable[dict]) -> None:
        for record in records:
            self.write(record)

    def close(self) -> None:
        if self.fmt == "table":
            self.stream.write(render_table(self._rows))
        self.stream.flush()


def _cell(record: dict, column: str) -> str:
    value = record.get(column)
    if column in ("source", "target") and isinstance(value, dict):
        return f"{value.get('code') or '?'} ({value.get('text')})"
    if column == "trigger" and isinstance(value, dict):
        return value.get("text", "")
    return "" if value is None else str(value)


def render_table(records: list[dict], columns: Iterable[str] = TABLE_COLUMNS) -> str:
    columns = list(columns)
    table = Table(show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=60 if column == "sentence" else None)
    for record in records:
        table.add_row(*(_cell(record, c) for c in columns))
    console = Console(width=200, record=True, file=open("/dev/null", "w"))
    console.print(table)
    return console.export_text()
