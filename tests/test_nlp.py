"""The NLP stage: loading, batching, and where sentences start."""

from __future__ import annotations

import pytest

from detente.errors import ModelError
from detente.model import Document
from detente.nlp import load_pipeline, parse


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_nlp_headline_dateline_and_byline_are_their_own_sentences(nlp):
    text = ("Ministers sign river accord in Vilnius\nApril 2, 2016\nSource: Harbour Wire\n\n"
            "VILNIUS - Lithuania and Latvia signed an accord on river pollution on Friday.")
    sentences = _sentences(nlp, text)
    assert sentences[0] == "Ministers sign river accord in Vilnius"
    assert sentences[1] == "April 2, 2016"
    assert sentences[-1].startswith("VILNIUS - Lithuania and Latvia signed")


def test_nlp_hard_wrapped_prose_stays_one_sentence(nlp):
    text = ("The Estonian delegation travelled to the\nFinnish capital on Monday and its members\n"
            "held talks with officials there. They left on Tuesday.")
    sentences = _sentences(nlp, text)
    assert sentences[0].startswith("The Estonian delegation") and sentences[0].endswith("there.")
    assert sentences[1] == "They left on Tuesday."


def test_nlp_parse_fills_document_sentences_with_offsets(nlp):
    docs = [Document(doc_id=str(i), text=t) for i, t in enumerate(
        ["Chile hosted a summit. Peru attended.", "Kenya sent aid to Uganda."])]
    parsed = list(parse(nlp, docs, batch_size=2))
    assert [d.doc_id for d, _ in parsed] == ["0", "1"]
    first = parsed[0][0]
    assert [s.text for s in first.sentences] == ["Chile hosted a summit.", "Peru attended."]
    for s in first.sentences:
        assert first.text[s.span[0]:s.span[1]] == s.text


def test_nlp_unknown_model_is_a_clear_error():
    with pytest.raises(ModelError) as info:
        load_pipeline("no_such_pipeline_xyz")
    assert "no_such_pipeline_xyz" in str(info.value) and "E020" in str(info.value)
