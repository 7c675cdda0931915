"""The NLP stage: one spaCy pipeline, loaded once, run in batches with ``nlp.pipe``."""

from __future__ import annotations

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


def parse(nlp: Language, documents: Iterable[Document], batch_size: int = 64,
          n_process: int = 1) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in batches; each Document gets its sentences filled in."""
    stream = ((d.text, d) for d in documents)
    for sdoc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size,
                                   n_process=n_process):
        text = document.text  # what was parsed; slicing it is cheaper than joining tokens (Span.text)
        document.sentences = [Sentence(index=i, text=text[s.start_char:s.end_char],
                                       span=(s.start_char, s.end_char))
                              for i, s in enumerate(sdoc.sents)]
        yield document, sdoc
