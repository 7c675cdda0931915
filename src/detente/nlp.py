"""The NLP stage: one spaCy pipeline, loaded once, run in batches with ``nlp.pipe``."""

from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError
from .model import Document, Sentence

# Components the later stages read; everything else is disabled for speed.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")


def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path, keeping only what we use."""
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        raise ModelError("E020", name=name) from exc
    for component in ("parser", "ner"):
        if component not in nlp.pipe_names:
            raise ModelError("E021", name=name, component=component)
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in NEEDED])
    return nlp


def parse(nlp: Language, documents: Iterable[Document], batch_size: int = 64,
          n_process: int = 1) -> Iterator[tuple[Document, Doc]]:
    """Parse documents in batches; each Document gets its sentences filled in."""
    stream = ((d.text, d) for d in documents)
    for sdoc, document in nlp.pipe(stream, as_tuples=True, batch_size=batch_size,
                                   n_process=n_process):
        document.sentences = [Sentence(index=i, text=s.text, span=(s.start_char, s.end_char))
                              for i, s in enumerate(sdoc.sents)]
        yield document, sdoc
