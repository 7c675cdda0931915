"""Check that no gold sentence leaked into detente's patterns, data, tests, examples or docs.

Gold files are for measuring only. This script reads every gold file (JSON Lines with a "text"
field) and reports each line of the repository's own files that shares a run of N words
(default 7) with a gold text. It prints file:line and the number of shared runs only, never the
gold text itself, and exits 1 when anything is shared.

Usage:  python benchmarks/gold_overlap.py [GOLD_DIR_OR_FILE ...] [--words 7]
        (default: ../shared/eval/gold next to the repository)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "gold"
SCANNED = ("src", "tests", "examples", "docs", "benchmarks", "README.md")
SUFFIXES = {".py", ".yaml", ".yml", ".csv", ".json", ".jsonl", ".txt", ".md", ".html", ".xml", ".rss"}
WORD = re.compile(r"[a-z0-9]+")


def runs(text: str, n: int) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def gold_runs(paths: list[Path], n: int) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    found |= runs(record["text"], n)
    return found


def own_files() -> list[Path]:
    out = []
    for name in SCANNED:
        path = ROOT / name
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        out += [p for p in candidates if p.is_file() and p.suffix in SUFFIXES
                and "golden" not in p.parts and p.name != "last.json"]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    parser.add_argument("--words", type=int, default=7)
    args = parser.parse_args(argv)
    missing = [p for p in args.gold if not p.exists()]
    if missing:
        print(f"gold_overlap: {missing[0]}: no such file or folder", file=sys.stderr)
        return 2
    gold = gold_runs(args.gold, args.words)
    hits = 0
    files = own_files()
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            shared = runs(line, args.words) & gold
            if shared:
                hits += 1
                print(f"{path.relative_to(ROOT)}:{number}: shares {len(shared)} run(s) of "
                      f"{args.words} words with a gold text")
    print(f"{len(files)} files scanned against {len(gold)} gold {args.words}-word runs: "
          f"{hits} line(s) share text")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
