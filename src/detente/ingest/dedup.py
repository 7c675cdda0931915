"""Near-duplicate stories (wire copies, updated versions) by MinHash over word shingles.

Pure Python and deterministic: each text's set of 4-word shingles is hashed once with BLAKE2b
and sketched by one-permutation MinHash (Li, Owen & Zhang 2012: the hash picks a bin, each bin
keeps its smallest value) with rotation densification for empty bins (Shrivastava & Li 2014).
The share of equal bins estimates the Jaccard similarity of the two shingle sets.  Candidates
are found by locality-sensitive hashing over bands of bins, so adding a document costs about
the same however many are indexed.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable, Iterator, Optional

from ..model import Document

_WORD = re.compile(r"\w+")
_SPAN = 1 << 58  # larger than any bin value: keeps densified values apart from real ones


def shingles(text: str, size: int = 4) -> set[str]:
    """The set of ``size``-word shingles of ``text`` (lower-cased words); one shingle for a
    text shorter than ``size`` words, none for a text without words."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: str, b: str, size: int = 4) -> float:
    """The exact Jaccard similarity of two texts' shingle sets (for tests and checks)."""
    sa, sb = shingles(a, size), shingles(b, size)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def signature(text: str, *, bins: int = 128, size: int = 4) -> Optional[tuple[int, ...]]:
    """The MinHash sketch of ``text``, or None for a text without words."""
    sketch = _sketch(shingles(text, size), bins)
    return sketch[0] if sketch else None


def _sketch(found: set[str], bins: int) -> Optional[tuple[tuple[int, ...], int]]:
    """The sketch of a shingle set and the set's size."""
    if not found:
        return None
    blake2b = hashlib.blake2b
    values = [int.from_bytes(blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
              for s in found]
    empty = _SPAN  # above any value // bins
    mins = [empty] * bins
    for value in values:
        slot = value % bins
        rest = value // bins
        if rest < mins[slot]:
            mins[slot] = rest
    return tuple(_densified([None if m == empty else m for m in mins])), len(found)


def _densified(mins: list[Optional[int]]) -> list[int]:
    """Empty bins borrow the value of the next filled bin to the right (circularly), shifted
    by the distance so that borrowed values only match values borrowed the same way."""
    bins = len(mins)
    out = list(mins)
    donor: Optional[int] = None
    for position in range(2 * bins - 1, -1, -1):  # twice round, right to left
        slot = position % bins
        if mins[slot] is not None:
            donor = position
        elif position < bins and donor is not None:
            out[slot] = mins[donor % bins] + (donor - position) * _SPAN  # type: ignore[operator]
    return out  # type: ignore[return-value]


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two sketches: the share of equal bins."""
    return sum(x == y for x, y in zip(a, b)) / len(a)


class NearDuplicateIndex:
    """Remembers texts and tells, for each new one, which earlier text it nearly repeats.

    ``threshold`` is the estimated Jaccard similarity of 4-word shingle sets at or above
    which two texts count as the same story (a wire copy scores near 1.0; an update that adds
    a paragraph to a short article about 0.6-0.8; two stories on the same event by different
    writers below 0.2).  ``containment``: a text of at least ``min_shingles`` shingles that
    is this much contained in the other also counts (an update that doubles a story keeps all
    of it but has a Jaccard similarity near 0.5); None turns this off.
    """

    def __init__(self, threshold: float = 0.5, *, containment: Optional[float] = 0.8, bins: int = 128,
                 bands: int = 32, shingle: int = 4, bucket_limit: int = 100,
                 min_shingles: int = 20) -> None:
        if bins % bands:
            raise ValueError("bins must be a multiple of bands")
        self.threshold = threshold
        self.containment = containment
        self.min_shingles = min_shingles
        self.bins = bins
        self.bands = bands
        self.rows = bins // bands
        self.shingle = shingle
        self.bucket_limit = bucket_limit
        self.signatures: dict[str, tuple[int, ...]] = {}
        self.sizes: dict[str, int] = {}
        self.order: dict[str, int] = {}
        self.buckets: list[dict[tuple[int, ...], list[str]]] = [{} for _ in range(bands)]

    def __len__(self) -> int:
        return len(self.signatures)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.signatures

    def add(self, doc_id: str, text: str) -> Optional[str]:
        """Index ``text`` under ``doc_id``; the id of the most similar earlier near-duplicate,
        or None.  Adding an id again only answers the question."""
        sketched = _sketch(shingles(text, self.shingle), self.bins)
        if sketched is None:
            return None
        sketch, size = sketched
        match = self._best(sketch, size, exclude=doc_id)
        if doc_id not in self.signatures:
            self.order[doc_id] = len(self.order)
            self.signatures[doc_id] = sketch
            self.sizes[doc_id] = size
            for band, key in enumerate(self._keys(sketch)):
                bucket = self.buckets[band].setdefault(key, [])
                if len(bucket) < self.bucket_limit:
                    bucket.append(doc_id)
        return match[0] if match else None

    def query(self, text: str) -> Optional[tuple[str, float]]:
        """The most similar indexed near-duplicate of ``text`` and its similarity, or None."""
        sketched = _sketch(shingles(text, self.shingle), self.bins)
        return self._best(*sketched) if sketched else None

    def _keys(self, sketch: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        for band in range(self.bands):
            yield sketch[band * self.rows:(band + 1) * self.rows]

    def _best(self, sketch: tuple[int, ...], size: int,
              exclude: Optional[str] = None) -> Optional[tuple[str, float]]:
        candidates: set[str] = set()
        for band, key in enumerate(self._keys(sketch)):
            candidates.update(self.buckets[band].get(key, ()))
        candidates.discard(exclude)  # type: ignore[arg-type]
        scored = []
        for candidate in candidates:
            score = similarity(sketch, self.signatures[candidate])
            if score >= self.threshold or self._contained(score, size, self.sizes[candidate]):
                scored.append((score, -self.order[candidate], candidate))
        if not scored:
            return None
        score, _, best = max(scored)
        return best, score

    def _contained(self, jaccard_estimate: float, a: int, b: int) -> bool:
        """Whether the smaller shingle set lies mostly inside the larger one: |A∩B| follows
        from the Jaccard similarity and the set sizes."""
        if self.containment is None or min(a, b) < self.min_shingles or jaccard_estimate <= 0:
            return False
        shared = jaccard_estimate * (a + b) / (1 + jaccard_estimate)
        return shared / min(a, b) >= self.containment


def mark_near_duplicates(documents: Iterable[Document],
                         index: Optional[NearDuplicateIndex] = None) -> Iterator[Document]:
    """The documents, each with ``duplicate_of`` set to an earlier near-duplicate's id."""
    index = index if index is not None else NearDuplicateIndex()
    for document in documents:
        earlier = index.add(document.doc_id, document.text)
        if earlier and not document.duplicate_of:
            document.duplicate_of = earlier
        yield document
