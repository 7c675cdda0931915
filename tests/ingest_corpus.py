"""A small corpus written by the tests (sentences written here), for end-to-end ingest tests."""

from __future__ import annotations

import json
from pathlib import Path

PAIRS = [("Belarus", "the United States"), ("Russia", "Ukraine"), ("Germany", "France"),
         ("India", "Pakistan"), ("China", "Japan"), ("Poland", "Lithuania")]

TEMPLATES = [
    "{a} and {b} signed an agreement on border trade on {day} {month} 2015.",
    "The foreign minister of {a} met his counterpart from {b} in the capital on {day} {month}.",
    "{a} accused {b} of breaking the truce along their frontier.",
    "{a} imposed new sanctions on officials from {b}, the government said.",
    "Officials in {a} praised the decision of {b} to release two detained reporters.",
    "{b} rejected a proposal from {a} to reopen the consulate.",
]
ORDER = {"documents": "doc_id", "sentences": "doc_id, idx", "mentions": "doc_id, idx",
         "events": "event_id", "warnings": "doc_id, idx"}

MONTHS = ["January", "February", "March", "April", "May", "June"]


def article(n: int) -> tuple[str, str]:
    """The date and text of article ``n``: three sentences about one pair of countries."""
    a, b = PAIRS[n % len(PAIRS)]
    month = MONTHS[(n // len(PAIRS)) % len(MONTHS)]
    day = 1 + n % 27
    lines = [TEMPLATES[(n + k) % len(TEMPLATES)].format(a=a, b=b, day=day, month=month)
             for k in range(3)]
    lines.append(f"The report carried the file number {1000 + n}.")
    date = f"2015-{MONTHS.index(month) + 1:02d}-{day:02d}"
    return date, " ".join(lines)


def write_corpus(folder: Path, n: int) -> Path:
    """``n`` distinct articles: text files and one JSON Lines file with the rest."""
    folder.mkdir(parents=True, exist_ok=True)
    half = n // 2
    for i in range(half):
        date, text = article(i)
        (folder / f"a{i:04d}.txt").write_text(f"{date}\n\n{text}\n", encoding="utf-8")
    with open(folder / "more.jsonl", "w", encoding="utf-8") as fh:
        for i in range(half, n):
            date, text = article(i)
            fh.write(json.dumps({"id": f"j{i:04d}", "date": date, "text": text}) + "\n")
    return folder


STORY = ("WASHINGTON, June 10, 2015 - The United States extended sanctions against nine "
         "Belarusian officials on Wednesday, the Treasury said. Belarus condemned the decision "
         "and summoned the American envoy in Minsk. The measures freeze any assets the "
         "officials hold in American banks and bar Americans from dealing with them.")
COPY = "By a staff writer (wire copy)\n\n" + STORY
UPDATE = STORY + (" A spokesman in Minsk said later that Belarus would answer the measures "
                  "at the right time.")


def write_wire_story(folder: Path, with_copies: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    if with_copies:
        (folder / "story-copy.txt").write_text(COPY, encoding="utf-8")
        (folder / "story-update.txt").write_text(UPDATE, encoding="utf-8")
    return folder


def tables(path) -> dict[str, list[tuple]]:
    """Every stored row but the ingest time stamps, in a fixed order."""
    from detente.store import TABLES, Store

    with Store(path, read_only=True) as store:
        cur = store._cursor()
        return {t: cur.execute(f"SELECT {'* EXCLUDE (ingested_at)' if t == 'documents' else '*'} "
                               f"FROM {t} ORDER BY {ORDER[t]}").fetchall() for t in TABLES}
