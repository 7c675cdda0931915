"""The token of a parsed sentence a modality test asks about."""

from __future__ import annotations


def trigger(nlp, sentence: str, word: str):
    """The first token of ``sentence`` (parsed by ``nlp``) whose text is ``word``."""
    doc = nlp(sentence)
    matches = [t for t in doc if t.text == word]
    assert matches, f"{word!r} not in {sentence!r}"
    return matches[0]
