"""The NLP stage: one spaCy pipeline, loaded once, run in batches with ``nlp.pipe``."""

from __future__ import annotations

import re
from itertools import chain
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from .errors import ModelError
from .model import Document, Sentence

# Components the later stages read; everything else is disabled for speed.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", "line_breaks")

# Tags of a word that cannot end a line of a header: the line is wrapped prose.
_CONTINUES = {"DT", "IN", "CC", "TO", "PRP$", ",", "HYPH", "POS"}
_ENDS_SENTENCE = tuple('.!?:;"\u201d\')')

# The parser's memory grows with the characters it is given at once (about 3.5 KB a character
# with the default model: 3.5 GB for one 1,000,000-character document), so no batch it sees holds
# more than this, and a longer document is parsed in pieces no longer than this.
MAX_PARSE_CHARS = 100_000

# Where a long document is cut, best first.  A cut goes after the white space a match ends with
# and before the next word, so the tokens are the same as in the whole text.
_CUTS = tuple(re.compile(p) for p in (
    r"\n[^\S\n]*\n\s*",                           # a blank line
    r"[.!?][\"'\u201d\u2019)\]]*[^\S\n]*\n\s*",    # a sentence ending a line
    r"[.!?][\"'\u201d\u2019)\]]*\s+",               # a sentence end
    r"\n\s*",                                      # a line break
))
_SPACE = re.compile(r"\s+")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a header-like line break.

    The parser glues a headline, a date line or a byline to the first sentence of the article
    ("Russia frees pilot\nMay 26, 2016\n\nKIEV - ..."), which then codes false events.  A single
    line break ends a sentence when the line before it ends a sentence, or is clearly shorter than
    the document's lines (a header, not hard-wrapped prose) and the next line does not start in
    lower case.
    """
    text = doc.text  # Doc.text joins every token: read it once, not once per line break
    if "\n" not in text:
        return doc
    widest = max(len(line) for line in text.split("\n"))
    line_start = 0
    for token in doc[:-1]:
        if "\n" not in token.text:
            continue
        following = doc[token.i + 1]
        previous = text[line_start:token.idx].rstrip()
        line_start = token.idx + token.text.rindex("\n") + 1
        if ("\n\n" in token.text.replace(" ", "") or previous.endswith(_ENDS_SENTENCE)
                or (not following.text[:1].islower() and len(previous) < 0.8 * widest
                    and token.i > 0 and doc[token.i - 1].tag_ not in _CONTINUES)):
            following.is_sent_start = True
            # and keep the parser from cutting the new line's first word off on its own
            if following.i + 1 < len(doc) and doc[following.i + 1].is_sent_start is None:
                doc[following.i + 1].is_sent_start = False
    return doc


def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, keeping only what we use."""
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        raise ModelError("E020", name=name) from exc
    for component in ("parser", "ner"):
        if component not in nlp.pipe_names:
            raise ModelError("E021", name=name, component=component)
    if "line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in NEEDED])
    return nlp


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens in the dependency tree (1000 when in different sentences)."""
    path_a = [a, *a.ancestors]
    depth_b = {t.i: d for d, t in enumerate([b, *b.ancestors])}
    for d, token in enumerate(path_a):
        if token.i in depth_b:
            return d + depth_b[token.i]
    return 1000


def pieces(text: str, limit: int = MAX_PARSE_CHARS) -> list[tuple[int, int]]:
    """Character spans that cut ``text`` into pieces of at most ``limit`` characters.

    A text no longer than ``limit`` is one piece.  A longer one is cut into pieces of about equal
    size (so no piece is a scrap of a few words that would read as a sentence of its own), each
    ending at the last blank line, else sentence end, else line break in the second half of its
    stretch; a stretch with none of these (one 2 MB line of words) is cut at its last white space,
    text without white space anywhere.  The pieces join to ``text`` exactly.  (The
    ``line_breaks`` component then measures a piece's lines, not the whole document's.)
    """
    spans, start = [], 0
    while len(text) - start > limit:
        left = len(text) - start
        needed = -(-left // limit)  # pieces still needed: left / limit rounded up
        end = _cut(text, start, start - (-left // needed))
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, stop: int) -> int:
    for pattern in _CUTS:
        end = _last_end(pattern, text, start + (stop - start) // 2, stop)
        if end:
            return end
    return _last_end(_SPACE, text, start + 1, stop) or stop


def _last_end(pattern: re.Pattern, text: str, start: int, stop: int) -> int:
    """Where the last match in ``text[start:stop]`` ends, if a word follows it there (else 0)."""
    end = 0
    for match in pattern.finditer(text, start, stop):
        if match.end() < stop:  # the white space ended before stop: a word comes next
            end = match.end()
    return end


def _batches(items: Iterable[tuple[str, tuple]], batch_size: int,
             max_chars: int) -> Iterator[list[tuple[str, tuple]]]:
    """Consecutive items, at most ``batch_size`` of them and ``max_chars`` characters a batch."""
    batch, chars = [], 0
    for item in items:
        if batch and (len(batch) >= batch_size or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def parse(nlp: Language, documents: Iterable[Document], batch_size: int = 64,
          n_process: int = 1, max_chars: int = MAX_PARSE_CHARS) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in batches; each Document gets its sentences filled in.

    A batch holds at most ``batch_size`` documents and ``max_chars`` characters.  A document
    longer than ``max_chars`` is parsed in pieces (see ``pieces``) joined back into one Doc with
    the document's exact text, so every offset still points into ``Document.text``; each piece
    starts a sentence.  Shorter documents parse exactly as they would whole.
    """
    items = ((d.text[a:b], (d, i, n)) for d in documents
             for i, (a, b), n in _numbered(pieces(d.text, max_chars)))
    if n_process == 1:
        parsed = chain.from_iterable(nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
                                     for batch in _batches(items, batch_size, max_chars))
    else:  # one stream for the worker processes: batches are bounded by count only
        parsed = nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
    done: list[Doc] = []
    for sdoc, (document, i, n) in parsed:
        done.append(sdoc)
        if i + 1 < n:
            continue
        sdoc = done[0] if n == 1 else Doc.from_docs(done, ensure_whitespace=False)
        done = []
        text = document.text  # what was parsed; slicing it is cheaper than joining tokens (Span.text)
        document.sentences = [Sentence(index=i, text=text[s.start_char:s.end_char],
                                       span=(s.start_char, s.end_char))
                              for i, s in enumerate(sdoc.sents)]
        yield document, sdoc


def _numbered(spans: list[tuple[int, int]]) -> Iterator[tuple[int, tuple[int, int], int]]:
    return ((i, span, len(spans)) for i, span in enumerate(spans))
