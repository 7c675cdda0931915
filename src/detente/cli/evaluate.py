"""`detente evaluate`: precision, recall and F1 of detente against a gold file."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ..errors import DetenteError, OptionError
from ..evaluate import Report, count_records, evaluate as run_evaluation
from ..model import PLOVER_TYPES
from ..pipeline import Pipeline
from ..settings import Settings
from .app import app, err


@app.command()
def evaluate(
    gold: str = typer.Argument(..., help="Gold file, JSON Lines (format: docs/gold-format.md)."),
    by: Optional[str] = typer.Option(None, "--by", help="Break scores down: 'type' (per PLOVER type) or 'confusion' (what missed and spurious types became)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N records."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to parse with."),
) -> None:
    """Code each gold sentence and score the asserted events: event types, (source country,
    type, target country) triples and actor codes.

    Example:  detente evaluate gold.jsonl --by type
    """
    if by not in (None, "type", "confusion"):
        raise OptionError("E050", option="--by", reason=f"{by!r}; give 'type' or 'confusion'")
    if limit is not None and limit < 1:
        raise OptionError("E050", option="--limit", reason=f"{limit}; give a positive number")
    settings = Settings(**({"model": model} if model else {}))
    pipeline = Pipeline(settings)
    stderr = Console(file=sys.stderr)
    with Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=stderr, transient=True, disable=not stderr.is_terminal) as progress:
        task = progress.add_task("coding", total=count_records(gold, limit))
        report = run_evaluation(gold, pipeline, limit=limit,
                                on_record=lambda: progress.advance(task),
                                on_problem=lambda problem: err(str(problem)))
    if report.records == 0:
        raise DetenteError("E060")
    if as_json:
        print(json.dumps(report.to_dict(by_type=by == "type", confusion=by == "confusion"), indent=2))
    else:
        Console().print(*tables(report, by_type=by == "type", confusion=by == "confusion"))


def tables(report: Report, by_type: bool = False, confusion: bool = False) -> list:
    """Rich renderables: the summary, and per-type scores when asked."""
    summary = Table(title=f"detente vs {report.path}: {report.records} records"
                          + (f", {report.skipped} skipped" if report.skipped else "")
                          + (f", {report.unusable} marked not usable" if report.unusable else ""))
    for column in ("measure", "precision", "recall", "F1", "tp", "fp", "fn"):
        summary.add_column(column, justify="left" if column == "measure" else "right")
    rows = (("event type (micro)", report.type_micro), ("event type, distinct per sentence", report.distinct_types),
            (f"(source, type, target) triple ({report.triple_records} records)", report.triple_micro))
    for name, counts in rows:
        summary.add_row(name, f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}",
                        str(counts.tp), str(counts.fp), str(counts.fn))
    actors = Table(title="actors on matched events")
    for column in ("measure", "accuracy", "correct", "total"):
        actors.add_column(column, justify="left" if column == "measure" else "right")
    for measure, accuracy in report.actors.items():
        actors.add_row(measure.replace("_", " "), f"{accuracy.value:.3f}", str(accuracy.correct),
                       str(accuracy.total))
    out = [summary, actors]
    if report.empty_records:
        out.append(f"records with no event: {report.empty_records}; detente asserted an event in "
                   f"{report.false_alarms} of them ({report.false_alarms / report.empty_records:.1%})")
    if by_type:
        per_type = Table(title="per PLOVER type")
        for column in ("type", "type P", "type R", "type F1", "gold", "triple F1"):
            per_type.add_column(column, justify="left" if column == "type" else "right")
        for plover in PLOVER_TYPES:
            counts, triple = report.types.get(plover), report.triples.get(plover)
            if counts is None and triple is None:
                continue
            counts = counts or type(report.type_micro)()
            per_type.add_row(plover, f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}",
                             str(counts.tp + counts.fn), f"{triple.f1:.3f}" if triple else "-")
        out.append(per_type)
    if confusion:
        pairs = Table(title="unmatched types: gold -> predicted in the same record")
        for column in ("gold", "predicted", "count"):
            pairs.add_column(column, justify="right" if column == "count" else "left")
        for (gold, predicted), count in report.confusion.most_common():
            pairs.add_row(gold or "(none: false alarm)", predicted or "(none: missed)", str(count))
        out.append(pairs)
    out.append(f"{report.seconds:.1f} s; rules: docs/gold-format.md")
    return out
