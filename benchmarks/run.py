"""`make bench`: throughput and memory of `detente ingest`, measured in one run.

The sample corpus (examples/corpus) is replicated to N distinct articles (each replica gets its
own id, a date shifted by whole days and a reference number in its text, so the content-hash
check keeps every one; near-duplicate linking still links them, which does not skip coding).
Printed, and written to benchmarks/last.json:

* sentences/s of bare ``nlp.pipe`` and of ``detente ingest`` (1 worker) on the same texts, and
  their ratio (target >= 0.8);
* sentences/s of the stages after the parse alone (actors, events, when, where; target >= 750);
* peak RSS of `detente ingest` at 1,000 and at N (5,000) articles (flat within 10%);
* the 2-worker over 1-worker speed-up of `detente ingest` (target >= 1.7).

Usage:  python benchmarks/run.py [--quick] [--articles 5000] [--small 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


def base_documents() -> list[dict]:
    """The sample corpus as plain records, read by detente's own readers."""
    from detente.errors import DetenteError
    from detente.ingest import read_inputs

    out = []
    for item in read_inputs([str(CORPUS)]):
        if isinstance(item, DetenteError):
            print(f"bench: skipped {item}", file=sys.stderr)
            continue
        out.append({"id": item.doc_id, "title": item.title, "source": item.source,
                    "date": item.date.isoformat() if item.date else None, "text": item.text})
    if not out:
        sys.exit("bench: examples/corpus has no readable documents")
    return out


def replicas(base: list[dict], n: int) -> list[dict]:
    """``n`` distinct articles cycling through ``base``."""
    out = []
    for k in range(n):
        doc = dict(base[k % len(base)])
        round_ = k // len(base)
        doc["id"] = f"{doc['id']}-r{round_:05d}"
        if doc["date"]:
            day = dt.date.fromisoformat(doc["date"]) + dt.timedelta(days=round_ % 28)
            doc["date"] = day.isoformat()
        doc["text"] = f"{doc['text'].rstrip()}\n\nReference number {100000 + k}."
        out.append(doc)
    return out


def write_jsonl(docs: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def bare_parse(texts: list[str], batch_size: int) -> tuple[int, float]:
    """Sentences and seconds of nlp.pipe alone (the model loaded beforehand, not timed)."""
    from detente.nlp import load_pipeline
    from detente.settings import Settings

    nlp = load_pipeline(Settings().model)
    start = time.perf_counter()
    sentences = 0
    for sdoc in nlp.pipe(texts, batch_size=batch_size):
        sentences += sum(1 for _ in sdoc.sents)
    return sentences, time.perf_counter() - start


def after_parse(docs: list[dict], batch_size: int) -> tuple[int, float]:
    """Sentences and seconds of the stages after the parse, timed apart from parsing."""
    from detente.model import Document
    from detente.nlp import parse
    from detente.pipeline import Pipeline
    from detente.settings import Settings

    pipeline = Pipeline(Settings())
    documents = [Document(doc_id=d["id"], text=d["text"],
                          date=dt.date.fromisoformat(d["date"]) if d["date"] else None) for d in docs]
    sentences, seconds = 0, 0.0
    for i in range(0, len(documents), batch_size):
        parsed = list(parse(pipeline.nlp, documents[i:i + batch_size], batch_size=batch_size))
        start = time.perf_counter()
        for document, sdoc in parsed:
            pipeline.code_parsed(document, sdoc)
            sentences += len(document.sentences)
        seconds += time.perf_counter() - start
    return sentences, seconds


def run_ingest(corpus: Path, db: Path, workers: int) -> dict:
    """`detente ingest` in a child process: wall seconds, peak RSS (MB) of it and its workers."""
    if db.exists():
        db.unlink()
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(corpus), str(db), str(workers)]
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"bench: ingest failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = seconds
    return result


def child(corpus: str, db: str, workers: int) -> None:
    """Run by run_ingest: the real `detente ingest` code path, then report counts and memory."""
    from detente.scale import ingest
    from detente.store import Store

    start = time.perf_counter()
    with Store(db) as store:
        report = ingest([corpus], store, workers=workers)
        counts = store.counts()
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "documents": counts["documents"],
                      "sentences": counts["sentences"], "events": counts["events"],
                      "errors": report.errors, "rss_mb": own, "worker_rss_mb": kids}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes for development")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "DB", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    big, small = (500, 100) if args.quick else (args.articles, args.small)
    base = base_documents()
    docs = replicas(base, big)
    work = Path(tempfile.mkdtemp(prefix="detente-bench-"))
    big_corpus = write_jsonl(docs, work / "big.jsonl")
    small_corpus = write_jsonl(docs[:small], work / "small.jsonl")
    print(f"bench: {len(base)} sample documents replicated to {big} articles "
          f"({sum(len(d['text'].split()) for d in docs) / big:.0f} words each); cpus={os.cpu_count()}")

    parse_sents, parse_s = bare_parse([d["text"] for d in docs], args.batch_size)
    after_sents, after_s = after_parse(docs[:small], args.batch_size)
    one_small = run_ingest(small_corpus, work / "small1.duckdb", 1)
    two_small = run_ingest(small_corpus, work / "small2.duckdb", 2)
    one_big = run_ingest(big_corpus, work / "big1.duckdb", 1)

    r = {
        "articles": big, "small": small, "cpus": os.cpu_count(),
        "bare_parse_sentences_per_s": parse_sents / parse_s,
        "ingest_sentences_per_s": one_big["sentences"] / one_big["seconds"],
        "ingest_2_workers_sentences_per_s": two_small["sentences"] / two_small["seconds"],
        "ingest_1_worker_small_sentences_per_s": one_small["sentences"] / one_small["seconds"],
        "after_parse_sentences_per_s": after_sents / after_s,
        "rss_mb_small": one_small["rss_mb"], "rss_mb_big": one_big["rss_mb"],
        "speedup_2_workers": one_small["seconds"] / two_small["seconds"],
        "ingest_1_worker_small_s": one_small["seconds"], "ingest_2_workers_small_s": two_small["seconds"],
        "events_big": one_big["events"], "sentences_big": one_big["sentences"],
        "documents_big": one_big["documents"], "worker_rss_mb_2": two_small["worker_rss_mb"],
        "measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "load_average": os.getloadavg(),
    }
    r["ratio_ingest_to_parse"] = r["ingest_sentences_per_s"] / r["bare_parse_sentences_per_s"]
    r["rss_growth"] = r["rss_mb_big"] / r["rss_mb_small"] - 1
    print(f"bare nlp.pipe           {r['bare_parse_sentences_per_s']:8.0f} sentences/s")
    print(f"detente ingest          {r['ingest_sentences_per_s']:8.0f} sentences/s  "
          f"(ratio {r['ratio_ingest_to_parse']:.2f}, target >= 0.8)")
    print(f"detente ingest -w 2     {r['ingest_2_workers_sentences_per_s']:8.0f} sentences/s  "
          f"(on {small} articles; 1 worker there: {r['ingest_1_worker_small_sentences_per_s']:.0f})")
    print(f"stages after the parse  {r['after_parse_sentences_per_s']:8.0f} sentences/s  (target >= 750)")
    print(f"peak RSS ingest         {r['rss_mb_small']:8.0f} MB at {small} articles, "
          f"{r['rss_mb_big']:.0f} MB at {big} ({r['rss_growth']:+.1%}, target within 10%)")
    print(f"2 workers / 1 worker    {r['speedup_2_workers']:8.2f}x  ({r['ingest_1_worker_small_s']:.1f}s vs "
          f"{r['ingest_2_workers_small_s']:.1f}s on {small} articles, target >= 1.7)")
    print(f"stored                  {one_big['documents']} documents, {one_big['sentences']} sentences, "
          f"{one_big['events']} events")
    (ROOT / "benchmarks" / "last.json").write_text(json.dumps(r, indent=1) + "\n")


if __name__ == "__main__":
    main()
