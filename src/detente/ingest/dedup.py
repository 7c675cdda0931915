"""Near-duplicate stories (wire copies, updated versions) by MinHash over word shingles.

Deterministic: each text's set of 4-word shingles is hashed once with BLAKE2b and sketched by
one-permutation MinHash (Li, Owen & Zhang 2012: the hash picks a bin, each bin keeps its
smallest value) with rotation densification for empty bins (Shrivastava & Li 2014).  The share
of equal bins estimates the Jaccard similarity of the two shingle sets.  Candidates are found by
locality-sensitive hashing over bands of bins, so adding a document costs about the same however
many are indexed.

The index keeps each sketch compactly: one 64-bit word per bin (the full hash of the bin's
minimal shingle, or for an empty bin the hash its value was borrowed from) in one NumPy matrix,
and each band as one integer key; about 1 KB per story plus its band keys, not the ~9 KB of
Python ints and tuples a sketch of 128 values would take.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable, Iterator, Optional, Union

import numpy as np

from ..model import Document

_WORD = re.compile(r"\w+")
_SPAN = 1 << 58  # larger than any bin value: keeps densified values apart from real ones
# Odd 64-bit multipliers that fold a band's words into one key (arithmetic wraps modulo 2**64).
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
                dtype=np.uint64)


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
    """The MinHash sketch of ``text``, or None for a text without words: bin ``i`` holds the
    smallest ``hash // bins`` of the shingles whose hash falls in bin ``i``, and an empty bin
    the value of the next filled bin to its right plus ``distance * 2**58``."""
    found = shingles(text, size)
    if not found:
        return None
    words = _words(found, bins)
    return tuple(int(w) // bins + ((int(w) % bins - i) % bins) * _SPAN for i, w in enumerate(words))


def _hashes(found: set[str]) -> np.ndarray:
    """Each shingle's 8-byte BLAKE2b digest read as a little-endian unsigned integer."""
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(s.encode("utf-8"), digest_size=8).digest() for s in found])
    return np.frombuffer(digests, dtype="<u8").astype(np.uint64)


def _words(found: set[str], bins: int) -> np.ndarray:
    """The compact sketch of a non-empty shingle set: per bin, the full hash of its smallest
    shingle (hash // bins is the MinHash value, hash % bins the bin); an empty bin takes the
    word of the next filled bin to its right, circularly.  Two sketches agree at a bin exactly
    when their MinHash values (with rotation densification) agree there."""
    values = _hashes(found)
    slots = (values % np.uint64(bins)).astype(np.intp)
    words = np.full(bins, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(words, slots, values)  # same slot: the smaller hash has the smaller hash // bins
    filled = np.flatnonzero(np.bincount(slots, minlength=bins))
    if len(filled) < bins:
        donor = filled[np.searchsorted(filled, np.arange(bins)) % len(filled)]
        words = words[donor]
    return words


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

    Memory: a row of ``bins`` 64-bit words per text, its shingle count, and one integer key per
    band (shared by the texts with that band); buckets hold row numbers, not ids.
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
        self._row_of: dict[str, int] = {}  # doc_id -> row (rows are numbered in the order added)
        self._ids: list[str] = []  # row -> doc_id
        self._sketches = np.empty((0, bins), dtype=np.uint64)  # grown by doubling
        self._sizes = np.empty(0, dtype=np.int64)
        self._mix = np.resize(_MIX, self.rows)
        # band -> key -> a row, or a list of rows (most keys belong to one text)
        self.buckets: list[dict[int, Union[int, list[int]]]] = [{} for _ in range(bands)]

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._row_of

    def add(self, doc_id: str, text: str) -> Optional[str]:
        """Index ``text`` under ``doc_id``; the id of the most similar earlier near-duplicate,
        or None.  Adding an id again only answers the question."""
        found = shingles(text, self.shingle)
        if not found:
            return None
        words, size = _words(found, self.bins), len(found)
        keys = self._keys(words)
        match = self._best(words, size, keys, exclude=self._row_of.get(doc_id))
        if doc_id not in self._row_of:
            row = self._append(doc_id, words, size)
            for bucket, key in zip(self.buckets, keys):
                held = bucket.get(key)
                if held is None:
                    bucket[key] = row
                elif isinstance(held, int):
                    bucket[key] = [held, row]
                elif len(held) < self.bucket_limit:
                    held.append(row)
        return match[0] if match else None

    def query(self, text: str) -> Optional[tuple[str, float]]:
        """The most similar indexed near-duplicate of ``text`` and its similarity, or None."""
        found = shingles(text, self.shingle)
        if not found:
            return None
        words = _words(found, self.bins)
        return self._best(words, len(found), self._keys(words))

    def _append(self, doc_id: str, words: np.ndarray, size: int) -> int:
        row = len(self._ids)
        if row == len(self._sketches):
            capacity = max(64, 2 * row)
            grown = np.empty((capacity, self.bins), dtype=np.uint64)
            grown[:row] = self._sketches
            sizes = np.empty(capacity, dtype=np.int64)
            sizes[:row] = self._sizes
            self._sketches, self._sizes = grown, sizes
        self._sketches[row] = words
        self._sizes[row] = size
        self._ids.append(doc_id)
        self._row_of[doc_id] = row
        return row

    def _keys(self, words: np.ndarray) -> list[int]:
        """One integer per band: the band's words folded together."""
        return (words.reshape(self.bands, self.rows) * self._mix).sum(axis=1, dtype=np.uint64).tolist()

    def _best(self, words: np.ndarray, size: int, keys: list[int],
              exclude: Optional[int] = None) -> Optional[tuple[str, float]]:
        candidates: set[int] = set()
        for bucket, key in zip(self.buckets, keys):
            held = bucket.get(key)
            if held is None:
                continue
            if isinstance(held, int):
                candidates.add(held)
            else:
                candidates.update(held)
        candidates.discard(exclude)  # type: ignore[arg-type]
        if not candidates:
            return None
        rows = np.fromiter(candidates, dtype=np.intp, count=len(candidates))
        equal = np.count_nonzero(self._sketches[rows] == words, axis=1).tolist()
        best: Optional[tuple[float, int]] = None
        for row, same in zip(rows.tolist(), equal):
            score = same / self.bins
            if score >= self.threshold or self._contained(score, size, int(self._sizes[row])):
                if best is None or (score, -row) > (best[0], -best[1]):
                    best = (score, row)
        if best is None:
            return None
        return self._ids[best[1]], best[0]

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
