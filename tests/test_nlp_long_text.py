"""The NLP stage on long text: documents over the parse limit are parsed in pieces.

The limit (100,000 characters) keeps the parser's memory bounded; here it is lowered so that
short texts written for these tests are cut.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from detente.model import Document
from detente.nlp import MAX_PARSE_CHARS, _batches, parse, pieces

WORDS = ["Norway", "met", "Egypt", "and", "the", "talks", "went", "on", "U.S.", "Mr.", "co-op",
         "'s", "(", ")", ",", ".", "?", "\u201c", "\u201d", "\u00e9t\u00e9", "42", "..."]
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", " \n", "\t", "\u00a0"]


def _tokens(doc):
    return [(t.text, t.whitespace_) for t in doc]


def _sentences(document):
    return [(s.span, s.text) for s in document.sentences]


def _parsed(nlp, text, max_chars=MAX_PARSE_CHARS):
    (document, sdoc), = parse(nlp, [Document(doc_id="d", text=text)], max_chars=max_chars)
    return document, sdoc


text_strategy = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)),
                         max_size=120).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=text_strategy, limit=st.integers(min_value=1, max_value=200))
def test_nlp_pieces_join_to_the_text_and_keep_its_tokens(nlp, text, limit):
    spans = pieces(text, limit)
    assert "".join(text[a:b] for a, b in spans) == text
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b <= a + limit for a, b in spans) or text == ""
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))
    if all(text[b - 1].isspace() and not text[b].isspace() for _, b in spans[:-1]):
        assert [t for a, b in spans for t in _tokens(nlp.make_doc(text[a:b]))] \
            == _tokens(nlp.make_doc(text))


def test_nlp_a_text_under_the_limit_is_one_piece():
    assert pieces("Peru hosted a summit.", 21) == [(0, 21)]
    assert pieces("", 10) == [(0, 0)]


def test_nlp_a_line_of_words_is_cut_at_white_space_into_even_pieces():
    text = "Norway met Egypt and the talks went on " * 30  # 1,170 characters, no sentence end
    spans = pieces(text, 500)
    sizes = [b - a for a, b in spans]
    assert len(spans) == 3 and max(sizes) <= 500 and min(sizes) > 300  # no scrap at the end
    assert all(text[b - 1] == " " and text[b] != " " for _, b in spans[:-1])


def test_nlp_a_long_document_is_cut_at_a_blank_line_before_a_sentence_end_or_a_space():
    first = "Chile hosted a summit on trade. Peru attended it. " * 4
    second = "Bolivia sent a delegation to the summit in Santiago. " * 4
    text = first.strip() + "\n\n" + second
    (a, b), (c, d) = pieces(text, len(text) - 10)
    assert text[a:b] == first.strip() + "\n\n" and text[c:d] == second
    text = first + second
    (_, b), _ = pieces(text, len(text) - 10)
    assert text[b:].startswith("Bolivia sent") or text[b:].startswith("Peru attended")


def test_nlp_text_without_white_space_is_cut_at_the_limit():
    assert pieces("x" * 25, 10) == [(0, 9), (9, 17), (17, 25)]


def test_nlp_batches_are_bounded_by_count_and_characters():
    items = [("a" * n, (i,)) for i, n in enumerate([40, 40, 30, 90, 5, 5, 5])]
    batches = [[ctx[0] for _, ctx in batch] for batch in _batches(iter(items), 2, 100)]
    assert batches == [[0, 1], [2], [3, 4], [5, 6]]


def test_nlp_a_long_line_parses_in_pieces_with_exact_offsets(nlp):
    text = "norway met egypt and the talks went on and on " * 60  # one line, no sentence end
    document, sdoc = _parsed(nlp, text, max_chars=1000)
    assert sdoc.text == text and _tokens(sdoc) == _tokens(nlp.make_doc(text))
    assert sdoc.has_annotation("DEP") and sdoc.has_annotation("TAG")
    assert document.sentences and all(s.span[1] - s.span[0] <= 1000 for s in document.sentences)
    assert [document.text[a:b] for (a, b), _ in _sentences(document)] \
        == [s.text for s in document.sentences]
    starts = {a for a, _ in pieces(text, 1000)}
    assert starts <= {s.span[0] for s in document.sentences}  # each piece starts a sentence


def test_nlp_entities_and_heads_of_a_cut_document_point_into_the_whole_text(nlp):
    paragraph = ("Kenya and Uganda signed a trade agreement in Nairobi on Monday. "
                 "The Kenyan president welcomed the Ugandan delegation.\n\n")
    text = paragraph * 12
    document, sdoc = _parsed(nlp, text, max_chars=600)
    ents = [(e.text, e.start_char) for e in sdoc.ents if e.text == "Nairobi"]
    assert len(ents) == 12
    assert all(text[start:start + 7] == "Nairobi" for _, start in ents)
    assert all(t.head.sent == t.sent for t in sdoc)  # no dependency crosses a cut


def test_nlp_news_under_the_limit_parses_exactly_as_whole(nlp):
    text = ("Ministers sign river accord in Vilnius\nApril 2, 2016\n\n"
            "VILNIUS - Lithuania and Latvia signed an accord on river pollution on Friday. "
            "The Estonian delegation travelled to the\nFinnish capital on Monday and its members\n"
            "held talks with officials there. They left on Tuesday.\n\n"
            "Poland said it would join the accord next year, officials said.")
    document, sdoc = _parsed(nlp, text)
    whole = nlp(text)
    assert _tokens(sdoc) == _tokens(whole)
    assert [(s.start_char, s.end_char) for s in whole.sents] == [s.span for s in document.sentences]
    assert [(t.tag_, t.dep_, t.head.i) for t in sdoc] == [(t.tag_, t.dep_, t.head.i) for t in whole]
    assert [(e.text, e.label_) for e in sdoc.ents] == [(e.text, e.label_) for e in whole.ents]


def test_nlp_paragraphs_cut_at_blank_lines_keep_their_sentences(nlp):
    paragraphs = [f"Paragraph {i}: Chile hosted a summit on fishing rights. Peru attended and "
                  f"signed a declaration with Ecuador on Tuesday." for i in range(10)]
    text = "\n\n".join(paragraphs)
    document, _ = _parsed(nlp, text, max_chars=400)
    whole, _ = _parsed(nlp, text)
    assert len(pieces(text, 400)) > 3
    assert _sentences(document) == _sentences(whole)


def test_nlp_several_documents_around_a_cut_one_stay_in_order(nlp):
    texts = ["Chile hosted a summit.", "norway met egypt and the talks went on " * 40,
             "Kenya sent aid to Uganda."]
    parsed = list(parse(nlp, [Document(doc_id=str(i), text=t) for i, t in enumerate(texts)],
                        batch_size=2, max_chars=500))
    assert [d.doc_id for d, _ in parsed] == ["0", "1", "2"]
    assert [sdoc.text for _, sdoc in parsed] == texts
    assert [s.text for s in parsed[2][0].sentences] == ["Kenya sent aid to Uganda."]


def test_nlp_a_cut_document_codes_through_the_pipeline(pipeline):
    # a run-on line longer than the limit, then a sentence: the sentence is still coded
    text = "the talks went on and on " * 8000 + "\n\nKenya sent humanitarian aid to Uganda."
    assert len(text) > MAX_PARSE_CHARS
    coded = pipeline.code_text(text)
    assert coded.document.text == text
    events = [e for e in coded.events if e.source and e.target]
    assert any(e.source.country == "KEN" and e.target.country == "UGA" for e in events)
    for e in coded.events:
        a, b = e.span
        assert text[a:b] == e.sentence
