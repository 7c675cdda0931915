"""Time and peak memory of `detente ingest` on one 2 MB line with no sentence boundary.

    .venv/bin/python benchmarks/long_line.py [--max-chars N]

The line is the hostile corpus's (tests/hostile.py); by default it is cut to the default
max_chars (1,000,000 characters) and parsed.  Prints wall and CPU seconds and the peak resident
memory of the ingest process (docs/robustness.md has the numbers).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main(args: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        line = Path(tmp) / "one_line_2mb.txt"
        line.write_text(("Norway met Egypt and the talks went on " * 60_000)[:2_000_000],
                        encoding="utf-8")
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "detente", "ingest", str(line),
                              "--db", str(Path(tmp) / "l.duckdb"), "-q", *args],
                             capture_output=True, text=True)
        wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(out.stdout.strip() or out.stderr.strip()[-500:])
    print(f"wall {wall:.1f} s, cpu {usage.ru_utime + usage.ru_stime:.1f} s, "
          f"peak memory {usage.ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
