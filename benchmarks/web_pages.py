"""Render time of every dashboard page and API listing on a corpus database.

    .venv/bin/detente ingest examples/corpus --db sample.duckdb
    .venv/bin/python benchmarks/web_pages.py sample.duckdb [--repeat 20]

Each URL is fetched once to warm up (template compilation, DuckDB caches), then ``--repeat``
times through the full ASGI stack (routing, store queries, templates); the median and the
slowest time are printed, with the 300 ms budget of the dashboard issue.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings

warnings.filterwarnings("ignore")

from fastapi.testclient import TestClient  # noqa: E402

from detente.web import create_app  # noqa: E402

BUDGET_MS = 300.0


def urls(client: TestClient) -> list[str]:
    """The pages of the issue, with real ids taken from the corpus."""
    docs = client.get("/api/documents?limit=200").json()["items"]
    doc = max(docs, key=lambda d: d["n_events"])["doc_id"] if docs else "none"
    dyads = client.get("/api/dyads").json()["items"]
    a, b = (dyads[0]["a"], dyads[0]["b"]) if dyads else ("BLR", "USA")
    series = client.get(f"/api/dyads/{a}/{b}").json().get("rows", [])
    busiest = max(series, key=lambda r: r["events"])["period"] if series else ""
    actor = (client.get("/api/actors?limit=1").json()["items"] or [{"code": a}])[0]["code"]
    return ["/", f"/dyads?a={a}&b={b}", f"/dyads?a={a}&b={b}&period={busiest}",
            f"/dyads?a={a}&b={b}&by=week", "/events", f"/events?source={a}&target={b}",
            "/documents", f"/documents/{doc}", "/actors", f"/actors/{actor}", f"/actors/{a}",
            "/search?q=sanctions", "/api/events?limit=100", f"/api/dyads/{a}/{b}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    counts = client.get("/api/counts").json()
    print(f"corpus: {counts['documents']} documents, {counts['events']} events, "
          f"{counts['mentions']} mentions")
    print(f"{'url':58} {'median ms':>10} {'max ms':>8}  status")
    worst = 0.0
    for url in urls(client):
        status = client.get(url).status_code
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        worst = max(worst, max(times))
        print(f"{url[:58]:58} {statistics.median(times):10.1f} {max(times):8.1f}  {status}")
    verdict = "within" if worst < BUDGET_MS else "OVER"
    print(f"slowest single render {worst:.1f} ms: {verdict} the {BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
