"""Document text as HTML with actor mentions and event triggers marked, escaped piece by piece.

Spans may overlap (a trigger inside a mention, two mentions of one phrase); the text is cut at
every span boundary and each piece is wrapped once with the classes of all spans covering it,
so the markup is always well nested whatever the spans are.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Iterable, Optional, Sequence


@dataclass(frozen=True)
class Mark:
    """A span of the text to highlight: ``kind`` is 'actor' or 'trigger'."""

    start: int
    end: int
    kind: str
    label: str = ""
    anchor: Optional[str] = None


def valid_marks(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks that lie inside the text; a bad span from the store is dropped, not fatal."""
    return [m for m in marks
            if isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start < m.end <= length]


def highlighted(text: str, marks: Sequence[Mark]) -> str:
    """``text`` escaped for HTML, with each marked piece in a ``<mark>`` carrying its classes."""
    marks = valid_marks(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    anchored: set[str] = set()
    for start, end in zip(cuts, cuts[1:]):
        piece = escape(text[start:end])
        covering = [m for m in marks if m.start <= start and end <= m.end]
        if not covering:
            out.append(piece)
            continue
        kinds = sorted({m.kind for m in covering})
        labels = list(dict.fromkeys(m.label for m in covering if m.label))
        attrs = [f'class="hl {" ".join("hl-" + k for k in kinds)}"']
        if labels:
            attrs.append(f'title="{escape(" · ".join(labels))}"')
        fresh = [m.anchor for m in covering if m.anchor and m.anchor not in anchored]
        if fresh:
            # the first piece of a trigger carries its id, so an event row can link to it
            attrs.append(f'id="{escape(fresh[0])}"')
            anchored.add(fresh[0])
        out.append(f'<mark {" ".join(attrs)}>{piece}</mark>')
    return "".join(out)
