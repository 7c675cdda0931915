"""Render time of every dashboard page and API listing on a corpus database.

    .venv/bin/detente ingest examples/corpus --db sample.duckdb
    .venv/bin/python benchmarks/web_pages.py sample.duckdb [--repeat 20]

Each URL is fetched once cold (the first fetch also fills the server's per-database caches of
counts, actor codes and active dyads), then ``--repeat`` times through the full ASGI stack
(routing, store queries, templates).  Printed: the cold time, the median, the 90th percentile
and the slowest time, against the 300 ms budget of the dashboard issue (judged on the 90th
percentile: on a shared machine single outliers are the scheduler, not the page).
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
    print(f"{'url':50} {'cold':>7} {'median':>7} {'p90':>7} {'max':>7}  status   (ms)")
    worst = 0.0
    for url in urls(client):
        start = time.perf_counter()
        status = client.get(url).status_code
        cold = (time.perf_counter() - start) * 1000
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        p90 = statistics.quantiles(times, n=10)[-1] if len(times) > 1 else times[0]
        worst = max(worst, p90, cold)
        print(f"{url[:50]:50} {cold:7.1f} {statistics.median(times):7.1f} {p90:7.1f} "
              f"{max(times):7.1f}  {status}")
    verdict = "within" if worst < BUDGET_MS else "OVER"
    print(f"slowest cold or 90th-percentile render {worst:.1f} ms: {verdict} the "
          f"{BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
