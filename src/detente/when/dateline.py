"""The dateline check: does the document's stated date fit the offices it gives people?

A page stamped 2023 that says "US President Barack Obama" was written (or is reporting)
while he held that office.  Each person named by a title in the present tense whose every
role with that title lies outside the stamp narrows the plausible window; the window is the
intersection of their tenures (or, if they do not overlap, the tenure of the last one named).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..datafiles import line_of, read_yaml
from ..model import Document, Mention, Role
from .words import PAST_TITLE_MARKERS

Interval = tuple[dt.date, dt.date]

_PAST_MARKER = re.compile(r"\b(?:" + "|".join(map(re.escape, PAST_TITLE_MARKERS)) + r")\b",
                          re.IGNORECASE)
_APPOSITION_LEAD = re.compile(r"^\s*,\s*(?:the\s+|who\s+is\s+(?:the\s+)?)?", re.IGNORECASE)


@dataclass(frozen=True)
class DatelineFinding:
    """One person the stamp does not fit: who, with which title, and when they held it."""

    who: str
    title: str
    tenures: tuple[Interval, ...]
    present: bool = False


TITLES_FILE = Path(__file__).parent / "data" / "titles.yaml"


@lru_cache(maxsize=2)
def load_titles(path: Optional[Path] = None) -> dict[str, tuple[str, ...]]:
    """titles.yaml (or the file at ``path``), validated: office title (lower case) -> the
    phrases that name it.  A bad entry, or a title written twice in any case, raises
    DataFileError naming the file and the line it is on; nothing is returned then."""
    file = read_yaml(Path(path) if path is not None else TITLES_FILE)
    data = file.data if file.data is not None else {}
    if not isinstance(data, dict):
        raise file.error(1, "expected title: [phrases]")
    titles = {}
    for title, phrases in data.items():
        if not isinstance(title, str) or not isinstance(phrases, list):
            raise file.error(line_of(data, title), f"{title!r}: expected a title and a list of phrases")
        bad = next((i for i, p in enumerate(phrases) if not (isinstance(p, str) and p.strip())), None)
        if bad is not None:
            raise file.error(line_of(phrases, bad) or line_of(data, title),
                             f"{title!r}: phrase {phrases[bad]!r} is not a word or words")
        if title.lower() in titles:
            raise file.error(line_of(data, title), f"{title!r}: title written twice (case does not count)")
        titles[title.lower()] = tuple(phrases)
    return titles


@lru_cache(maxsize=1024)
def _title_pattern(title: str) -> re.Pattern:
    """What names the office ``title`` in text ("Foreign Minister (United States)" is also
    "Secretary of State")."""
    base = title.split(" (")[0].strip()
    phrases = {base, *load_titles().get(base.lower(), ())}
    words = (r"[\s-]+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    # "Vice-President" is not "President"; a "President-elect" does not hold the office yet.
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w]|-(?:elect|designate))",
                      re.IGNORECASE)


def _title_context(document: Document, mention: Mention) -> tuple[str, str]:
    """The mention's text with the words that may carry its title: the ones just before it
    (a title in front of a name the mention does not cover) and an apposition just after."""
    start, end = mention.span
    before = document.text[max(0, start - 60):start]
    before = re.split(r"[.;:!?\n]|,\s", before)[-1]
    after = document.text[end:end + 60]
    lead = _APPOSITION_LEAD.match(after)
    after = after[lead.end():] if lead and lead.end() else ""
    after = re.split(r"[,.;:!?\n]", after)[0]
    return before + mention.text, after


def _titled_roles(document: Document, mention: Mention) -> list[tuple[Role, bool]]:
    """Roles whose title the text gives this mention, each with whether it is marked as past."""
    if not any(role.title for role in mention.roles):
        return []
    front, apposition = _title_context(document, mention)
    found = []
    for role in mention.roles:
        if not role.title:
            continue
        pattern = _title_pattern(role.title)
        for text in (front, apposition):
            match = pattern.search(text)
            if match:
                found.append((role, bool(_PAST_MARKER.search(text[:match.start()][-25:]))))
                break
    return found


def _tenure(role: Role, today: dt.date) -> Interval:
    return (role.start or dt.date(1900, 1, 1), role.end or today)


# News keeps calling someone by an office for a while after they leave it (and just before
# they take it): only a stamp this far outside every tenure is suspect.
GRACE = dt.timedelta(days=365)


def _names_the_person(mention: Mention, who: str) -> bool:
    """A bare title ("the president") may point back to anyone; only a named person counts."""
    surname = who.split()[-1].lower() if who.split() else ""
    return bool(surname) and surname in mention.text.lower()


def dateline_findings(document: Document, mentions: list[Mention],
                      sdoc=None) -> list[DatelineFinding]:
    """People the document names by an office they did not hold on its stated date (by more
    than GRACE), unless someone who held that office on the stated date is named by it too."""
    stamp = document.date
    if stamp is None:
        return []
    today = max(dt.date.today(), stamp)
    findings: list[DatelineFinding] = []
    supported: set[str] = set()
    seen: set[str] = set()
    for mention in mentions:
        titled = [(role, past) for role, past in _titled_roles(document, mention) if not past]
        if not titled:
            continue
        if any(_near(role, stamp) for role, _ in titled):
            supported.update(role.title for role, _ in titled if role.holds_on(stamp))
            continue
        who = mention.entity or titled[0][0].entity or mention.text
        if who in seen or not _names_the_person(mention, who):
            continue
        seen.add(who)
        title = titled[0][0].title or ""
        tenures = tuple(sorted({_tenure(role, today) for role, _ in titled
                                if role.title == title}))
        findings.append(DatelineFinding(who=who, title=title, tenures=tenures,
                                        present=_present_tense(sdoc, mention)))
    return [f for f in findings if f.title not in supported]


def _present_tense(sdoc, mention: Mention) -> bool:
    """Whether the clause the mention is in is in the present tense ("Obama says", "Kerry,
    who accompanies the president, praises", "has met", "is visiting")."""
    if sdoc is None:
        return False
    if mention.head is not None and 0 <= mention.head < len(sdoc):
        token = sdoc[mention.head]
    else:
        span = sdoc.char_span(*mention.span, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    words = [token, *(c for c in token.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ in ("VBZ", "VBP") for w in words)


def _near(role: Role, day: dt.date) -> bool:
    """Whether ``role`` was held on ``day`` or within GRACE of it."""
    start = role.start - GRACE if role.start else None
    end = role.end + GRACE if role.end else None
    return (start is None or start <= day) and (end is None or day <= end)


def _intersect(a: list[Interval], b: tuple[Interval, ...]) -> list[Interval]:
    out = []
    for s1, e1 in a:
        for s2, e2 in b:
            start, end = max(s1, s2), min(e1, e2)
            if start <= end:
                out.append((start, end))
    return out


def dateline_window(findings: list[DatelineFinding]) -> Optional[Interval]:
    """The dates all findings allow (the latest stretch if several).

    None unless the evidence is good: one office-holder named in a present-tense clause, or
    two or more of them (a single title in a past narrative is usually history: "who ousted
    President X")."""
    if not findings or (len(findings) < 2 and not any(f.present for f in findings)):
        return None
    allowed = list(findings[0].tenures)
    for finding in findings[1:]:
        narrowed = _intersect(allowed, finding.tenures)
        allowed = narrowed or list(finding.tenures)
    return max(allowed, key=lambda iv: iv[1])


def dateline_message(document: Document, findings: list[DatelineFinding],
                     window: Interval) -> str:
    named = "; ".join(
        f"{f.who} as {f.title!r} (held {', '.join(f'{s}..{e}' for s, e in f.tenures)})"
        for f in findings)
    return (f"the document is dated {document.date} but names {named}; its events are dated "
            f"within {window[0]}..{window[1]} instead")
