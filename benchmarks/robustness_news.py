"""Run detente over the real English news in /work/shared/eval/news and count what happens.

    .venv/bin/python benchmarks/robustness_news.py [/work/shared/eval/news]

For every news file: documents read, crashes (an exception out of the pipeline on one
document), inputs rejected (with their reasons), the share of documents with at least one
event and events per 1,000 words (all modalities, and asserted only).  Documents are coded
one at a time so that a crash is pinned to its document and does not end the run.
"""

from __future__ import annotations

import collections
import sys
import time
import traceback
from pathlib import Path

from detente.errors import DetenteError
from detente.ingest import read_inputs
from detente.pipeline import Pipeline

NEWS = Path("/work/shared/eval/news")


def measure(path: Path, pipeline: Pipeline) -> dict:
    """Counts for one news file."""
    counts = collections.Counter()
    reasons = collections.Counter()
    for item in read_inputs([str(path)], settings=pipeline.settings):
        if isinstance(item, DetenteError):
            counts["rejected"] += 1
            reasons[f"{item.code}: {str(item).split(': ', 1)[-1][:80]}"] += 1
            continue
        counts["documents"] += 1
        counts["words"] += len(item.text.split())
        try:
            coded = next(pipeline.code([item]))
        except Exception:  # a crash is what this script is here to count
            counts["crashes"] += 1
            traceback.print_exc(limit=3)
            continue
        events = coded.events
        asserted = [e for e in events if getattr(e, "modality", "asserted") == "asserted"]
        counts["events"] += len(events)
        counts["asserted"] += len(asserted)
        counts["with_event"] += bool(events)
        counts["with_asserted"] += bool(asserted)
        counts["warnings"] += len(item.warnings) if getattr(item, "warnings", None) else 0
    return {"file": path.name, **counts, "reasons": dict(reasons)}


def report(row: dict) -> str:
    docs = max(row.get("documents", 0), 1)
    words = max(row.get("words", 0), 1)
    reasons = "; ".join(f"{n} x {r}" for r, n in row["reasons"].items()) or "-"
    return (f"{row['file']}: {row.get('documents', 0)} documents, {row.get('crashes', 0)} crashes, "
            f"{row.get('rejected', 0)} rejected ({reasons}), "
            f"{100 * row.get('with_event', 0) / docs:.1f}% with >= 1 event "
            f"({100 * row.get('with_asserted', 0) / docs:.1f}% asserted), "
            f"{1000 * row.get('events', 0) / words:.2f} events per 1,000 words "
            f"({1000 * row.get('asserted', 0) / words:.2f} asserted), {row.get('words', 0)} words")


def main(folder: Path = NEWS) -> int:
    if not folder.is_dir():
        print(f"{folder}: not present, nothing to measure")
        return 0
    pipeline = Pipeline()
    total = collections.Counter()
    start = time.perf_counter()
    for path in sorted(folder.glob("*.jsonl")):
        row = measure(path, pipeline)
        print(report(row), flush=True)
        total.update({k: v for k, v in row.items() if isinstance(v, int)})
    print(report({"file": "all", **total, "reasons": {}}))
    print(f"{time.perf_counter() - start:.0f}s")
    return 1 if total["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else NEWS))
