"""The sample corpus in examples/corpus: readable, dated, and as broad as `make demo` needs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from detente.errors import DetenteError
from detente.ingest import read_inputs

CORPUS = Path(__file__).parents[1] / "examples" / "corpus"


def corpus_documents():
    items = list(read_inputs([str(CORPUS)]))
    problems = [str(i) for i in items if isinstance(i, DetenteError)]
    assert problems == []
    return items


def test_corpus_reads_every_file_without_error():
    documents = corpus_documents()
    assert len(documents) >= 40
    assert all(d.text.strip() for d in documents)


def test_corpus_has_three_formats_and_several_records_per_jsonl():
    suffixes = Counter(p.suffix for p in CORPUS.iterdir())
    assert suffixes[".txt"] >= 10 and suffixes[".html"] >= 10 and suffixes[".jsonl"] >= 2
    for path in CORPUS.glob("*.jsonl"):
        assert len(path.read_text(encoding="utf-8").splitlines()) >= 5


def test_corpus_every_document_is_dated_across_twelve_months():
    documents = corpus_documents()
    assert [d.doc_id for d in documents if d.date is None] == []
    months = {d.date.strftime("%Y-%m") for d in documents}
    assert len(months) >= 12


def test_corpus_html_reader_drops_menus_scripts_and_footers():
    page = next(d for d in corpus_documents()
                if d.doc_id == "2015-10-06-lukashenko-rejects-russian-airbase")
    assert "We do not need a base today" in page.text
    # the menu (role=navigation), the footer, scripts and styles
    for noise in ("Poland", "Video", "Imprint", "onsubmit", "analytics.js", "display:flex"):
        assert noise not in page.text


def test_corpus_jsonl_ids_become_doc_ids():
    ids = {d.doc_id for d in corpus_documents()}
    assert {"cpa-2015-02-12-minsk-agreement", "san-2016-01-05-pathankot"} <= ids


def test_corpus_text_header_stamp_gives_the_date():
    update = next(d for d in corpus_documents()
                  if d.doc_id == "2015-10-31-us-suspends-sanctions-belarus-companies-updated")
    assert update.date.isoformat() == "2015-10-31"
