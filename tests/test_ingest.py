"""Ingest: readers, encodings, limits, dates, feeds, URLs, near-duplicates, and property tests.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import os
import subprocess
import sys
import threading
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from detente.errors import InputError
from detente.ingest import read_inputs, read_stream
from detente.ingest.dedup import NearDuplicateIndex, jaccard, mark_near_duplicates, signature
from detente.ingest.feeds import parse_feed
from detente.ingest.files import clean_text, decode
from detente.ingest.html import html_page
from detente.ingest.jsonl import Source, read_json
from detente.ingest.stamps import document_stamp, find_dates, parse_date
from detente.model import Document
from detente.settings import Settings

ARTICLE = ("Border talks resume in Vienna\n"
           "Published: March 3, 2021\n\n"
           "VIENNA - Diplomats from Austria and Hungary met on Tuesday to settle a dispute over "
           "river traffic that has strained ties since the autumn.\n")


def read(*paths, **kwargs) -> list:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def docs(items) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def codes(items) -> list[str]:
    return [i.code for i in errors(items)]


# -- plain text, ids, folders -------------------------------------------------------------------

def test_ingest_text_file_has_id_date_title(tmp_path):
    path = tmp_path / "vienna-talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = read(path)
    assert doc.doc_id == "vienna-talks"
    assert doc.title == "Border talks resume in Vienna"
    assert doc.date == dt.date(2021, 3, 3) and doc.date_origin == "text"
    assert doc.date_text == "Published: March 3, 2021"
    assert doc.path == str(path) and doc.warnings == []


def test_ingest_text_title_skips_stamp_and_byline(tmp_path):
    path = tmp_path / "stamped.txt"
    path.write_text("Updated at 09:15,02-05-2024\nBy Lena Berg\nSource: Nordic Desk\n"
                    "Norway and Iceland extend fishing pact\n\nThe two governments agreed to "
                    "extend the pact for five years, officials said on Thursday.\n")
    [doc] = read(path)
    assert doc.title == "Norway and Iceland extend fishing pact"
    assert (doc.author, doc.source) == ("Lena Berg", "Nordic Desk")
    assert doc.date == dt.date(2024, 5, 2) and doc.date_text == "Updated at 09:15,02-05-2024"


def test_ingest_date_option_overrides_everything(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "Quiet day.", "date": "2020-01-01"}) + "\n")
    found = docs(read(tmp_path, date=dt.date(2024, 3, 6)))
    assert [d.date for d in found] == [dt.date(2024, 3, 6)] * 2
    assert {d.date_origin for d in found} == {"option"}


def test_ingest_folder_sorted_recursive_hidden_skipped(tmp_path):
    (tmp_path / "b.txt").write_text("Second file text.")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "z.txt").write_text("Nested file text.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden folder text.")
    (tmp_path / ".hidden.txt").write_text("Hidden file text.")
    (tmp_path / "c.txt").write_text("Third file text.")
    (tmp_path / "c.html").write_text("<p>Same stem, other type.</p>")
    ids = [d.doc_id for d in docs(read(tmp_path))]
    assert ids == ["a/z", "b", "c", "c.txt"]


def test_ingest_unlistable_subfolder_is_error_and_walk_goes_on(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text("Cannot be listed.")
    (tmp_path / "open.txt").write_text("Readable text.")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(tmp_path)
    assert codes(items) == ["E002"] and "locked" in str(items[0]) and "Permission denied" in str(items[0])
    assert [d.doc_id for d in docs(items)] == ["open"]


def test_ingest_missing_path_is_error_and_run_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("Readable text.")
    items = read(tmp_path / "nope.txt", tmp_path / "ok.txt")
    assert codes(items) == ["E001"]
    assert "nope.txt" in str(items[0])
    assert [d.doc_id for d in docs(items)] == ["ok"]


def test_ingest_reads_lazily(tmp_path):
    (tmp_path / "one.txt").write_text("First.")
    stream = read_inputs([str(tmp_path / "one.txt"), str(tmp_path / "later.txt")])
    assert isinstance(next(stream), Document)
    (tmp_path / "later.txt").write_text("Written after the first was read.")
    assert isinstance(next(stream), Document)


def test_ingest_rejects_one_path_string():
    with pytest.raises(TypeError):
        list(read_inputs("file.txt"))


# -- bad input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"PK\x03\x04" + b"\x00" * 100,
    bytes(range(256)) * 40,
    b"text then \x00\x00\x00\x00\x00\x00 many NULs \x00\x00\x00\x01\x02\x03",
])
def test_ingest_binary_file_rejected(tmp_path, content):
    path = tmp_path / "thing.txt"
    path.write_bytes(content)
    items = read(path)
    assert codes(items) == ["E003"] and "thing.txt" in str(items[0])


def test_ingest_latin1_read_with_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\u00e9 owners in Z\u00fcrich met the mayor \u2014 briefly.".encode("cp1252"))
    [doc] = read(path)
    assert doc.text == "Caf\u00e9 owners in Z\u00fcrich met the mayor \u2014 briefly."
    assert [w.code for w in doc.warnings] == ["W101"]
    assert "old.txt" in doc.warnings[0].message and "cp1252" in doc.warnings[0].message


def test_ingest_utf8_with_stray_byte_stays_utf8(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Envoys from \u0141\u00f3d\u017a and Gda\u0144sk met.".encode() + b" \xff end.")
    [doc] = read(path)
    assert doc.text == "Envoys from \u0141\u00f3d\u017a and Gda\u0144sk met. \ufffd end."
    assert [w.code for w in doc.warnings] == ["W105"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_ingest_unicode_encodings_with_and_without_bom(tmp_path, encoding):
    text = "Envoys from \u0141\u00f3d\u017a and Kyiv met in Warsaw on Friday."
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode(encoding))
    [doc] = read(path)
    assert doc.text == text and doc.warnings == []


def test_ingest_undecodable_text_rejected(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(b"\x81\x8d\x90\x9d\x8f" * 200 + b" some words")
    items = read(path)
    assert codes(items) == ["E004"]


@pytest.mark.parametrize("content", [b"", b"   \n\n\t ", b"\xef\xbb\xbf", "\u200b\u200e".encode()])
def test_ingest_empty_file_rejected(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    items = read(path)
    assert codes(items) == ["E005"] and "blank.txt" in str(items[0])


def test_ingest_nul_bytes_removed_with_warning(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Peru and Chile\x00 signed a fishing accord.")
    [doc] = read(path)
    assert doc.text == "Peru and Chile signed a fishing accord."
    assert [w.code for w in doc.warnings] == ["W103"]


def test_ingest_zero_width_and_rtl_characters_removed():
    raw = "Ger\u200bmany and \u202eFrance\u202c met\u00a0in Pa\u00adris.\r\nNext\u2028line"
    text, removed = clean_text(raw)
    assert text == "Germany and France met in Paris.\nNext\nline" and removed == 0


def test_ingest_size_limit_rejects(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    items = read(path, settings=Settings(max_bytes=1000))
    assert codes(items) == ["E012"] and "big.txt" in str(items[0]) and "1000" in str(items[0])


def test_ingest_long_text_cut_with_warning(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("Ministers met again. " * 500)
    [doc] = read(path, settings=Settings(max_chars=1000))
    assert len(doc.text) <= 1000 and doc.text.endswith(("again.", "met", "Ministers"))
    assert [w.code for w in doc.warnings] == ["W102"]


def test_ingest_50mb_file_cut_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.txt"
    line = b"Delegations from Chile and Peru met in Lima to discuss fishing quotas.\n"
    with path.open("wb") as out:
        for _ in range(50_000_000 // (len(line) * 1000) + 1):
            out.write(line * 1000)
    assert path.stat().st_size >= 50_000_000
    assert codes(read(path)) == ["E012"]  # over the default 20 MB limit: rejected unread
    tracemalloc.start()
    [doc] = read(path, settings=Settings(max_bytes=100_000_000, max_chars=1_000_000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(doc.text) <= 1_000_000 and [w.code for w in doc.warnings] == ["W102"]
    assert peak < 30_000_000


def test_ingest_unknown_suffix_is_sniffed(tmp_path):
    (tmp_path / "a.dat").write_text('{"id": "r1", "text": "Sniffed as JSON Lines."}\n')
    (tmp_path / "b.dat").write_text("<!doctype html><title>T</title><p>Sniffed as a page.</p>")
    (tmp_path / "c.dat").write_text("Plain words, sniffed as text.")
    (tmp_path / "d.dat").write_text('<?xml version="1.0"?><rss><channel><title>F</title>'
                                    "<item><title>Sniffed as a feed.</title></item></channel></rss>")
    found = docs(read(tmp_path))
    assert [d.text for d in found] == ["Sniffed as JSON Lines.", "Sniffed as a page.",
                                      "Plain words, sniffed as text.", "Sniffed as a feed."]
    assert found[0].doc_id == "r1"


# -- stdin ----------------------------------------------------------------------------------------

class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_ingest_stdin_text_gets_content_hash_id(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b"Germany and France signed a trade agreement on Monday.\n"))
    [doc] = read("-", date=dt.date(2024, 3, 6))
    assert len(doc.doc_id) == 16 and doc.content_hash.startswith(doc.doc_id)
    assert doc.date == dt.date(2024, 3, 6) and doc.path == "-"


def test_ingest_no_stdin_is_empty_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert codes(read("-")) == ["E005"]


def test_ingest_stdin_jsonl_and_html_are_sniffed(monkeypatch):
    lines = b'{"text": "First record."}\n{"id": "n2", "text": "Second record."}\n'
    monkeypatch.setattr(sys, "stdin", _Stdin(lines))
    assert [d.doc_id for d in docs(read("-"))] == ["stdin:1", "n2"]
    monkeypatch.setattr(sys, "stdin", _Stdin(b"<html><body><script>x()</script><p>Page text.</p></body></html>"))
    assert [d.text for d in docs(read("-"))] == ["Page text."]


# -- JSON and JSON Lines --------------------------------------------------------------------------

def test_ingest_jsonl_bad_lines_skipped_good_lines_read(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "w1", "text": "Kenya and Uganda agreed on a rail link.", "date": "2019-05-02",
                    "title": "Rail link", "url": "https://example.org/w1", "source": "Wire"}),
        '{"id": "w2", "text": "broken',
        "[1, 2, 3]",
        json.dumps({"id": "w4", "body": "no text field"}),
        "",
        json.dumps({"text": "Tanzania joined the talks.", "doc_date": "2019-05-03"}),
        json.dumps({"text": "Bad date.", "date": "someday"}),
    ]) + "\n")
    items = read(path)
    assert codes(items) == ["E006", "E006", "E007"]
    assert [str(e).split(": ")[0] for e in errors(items)] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    first, second, third = docs(items)
    assert (first.doc_id, first.title, first.url, first.source) == ("w1", "Rail link", "https://example.org/w1", "Wire")
    assert first.date == dt.date(2019, 5, 2) and first.date_origin == "record"
    assert second.doc_id == "wire:6" and second.date == dt.date(2019, 5, 3)
    assert third.date is None and [w.code for w in third.warnings] == ["W104"]


def test_ingest_json_array_object_and_lines_in_json(tmp_path):
    (tmp_path / "arr.json").write_text(json.dumps([{"text": "Item one."}, "nope", {"id": 9, "text": "Item three."}]))
    (tmp_path / "one.json").write_text(json.dumps({"text": "Just one.", "title": "Single"}, indent=2))
    (tmp_path / "rows.json").write_text('{"text": "Row one."}\n{"text": "Row two."}\n')
    (tmp_path / "torn.json").write_text('{"text": "never closed"')
    items = read(tmp_path)
    assert [d.doc_id for d in docs(items)] == ["arr:1", "9", "one", "rows:1", "rows:2"]
    assert codes(items) == ["E006", "E013"]


def test_ingest_jsonl_overlong_line_skipped(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "Short one."}) + "\n")
    items = read(path, settings=Settings(max_bytes=1000))
    assert codes(items) == ["E012"] and ":1" in str(errors(items)[0])
    assert [d.text for d in docs(items)] == ["Short one."]


def test_ingest_jsonl_garbage_line_does_not_stop_the_file(tmp_path):
    path = tmp_path / "garbled.jsonl"
    path.write_bytes(b'{"text": "Before."}\n' + b"\x81\x8d\x90\x9d" * 50 + b"\n"
                     + b'{"a": ' + b"[" * 100_000 + b"\n" + b'{"text": "After."}\n')
    items = read(path)
    assert [d.text for d in docs(items)] == ["Before.", "After."]
    assert codes(items) == ["E004", "E006"]
    nested = tmp_path / "nested"
    nested.write_bytes(b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n")
    assert codes(read(nested)) == ["E006"]


def test_ingest_jsonl_utf16_and_latin1_lines(tmp_path):
    wide = tmp_path / "wide.jsonl"
    wide.write_bytes((json.dumps({"text": "Warsaw hosted the summit."}) + "\n").encode("utf-16"))
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"text": "Caf\u00e9 diplomacy."}\n'.encode("latin-1"))
    wide_doc, latin_doc = docs(read(wide, latin))
    assert wide_doc.text == "Warsaw hosted the summit."
    assert latin_doc.text == "Caf\u00e9 diplomacy." and [w.code for w in latin_doc.warnings] == ["W101"]


# -- HTML -----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Chile and Peru sign accord | Pacific Times</title>
<meta property="og:site_name" content="Pacific Times">
<meta name="author" content="Rosa Quispe">
<meta property="article:published_time" content="2018-09-14T08:30:00-05:00">
<style>p { color: red }</style><script>var menu = "<p>not text</p>";</script></head>
<body><header><nav><ul><li>Home</li><li>World</li></ul></nav></header>
<div role="navigation">Skip me</div>
<main><article><h1>Chile and Peru sign accord</h1>
<p>LIMA &mdash; Chile and Peru signed a fisheries accord on Thursday &amp; promised&nbsp;more talks.</p>
<aside>Related: other stories</aside><p>The deal covers <b>anchovy</b> quotas.</p>
<form><button>Subscribe</button></form></article></main>
<footer>Copyright Pacific Times</footer><noscript>Enable JS</noscript></body></html>"""


def test_ingest_html_visible_text_and_metadata(tmp_path):
    path = tmp_path / "accord.html"
    path.write_text(PAGE)
    [doc] = read(path)
    assert doc.text == ("Chile and Peru sign accord\n\nLIMA \u2014 Chile and Peru signed a fisheries accord "
                        "on Thursday & promised more talks.\n\nThe deal covers anchovy quotas.")
    assert doc.title == "Chile and Peru sign accord | Pacific Times"
    assert (doc.author, doc.source) == ("Rosa Quispe", "Pacific Times")
    assert doc.date == dt.date(2018, 9, 14) and doc.date_origin == "record"


def test_ingest_html_byline_when_no_author_meta(tmp_path):
    path = tmp_path / "byline.html"
    path.write_text("<h1>Harbour deal</h1><p class='byline'>By Tomas Lind | 4 May 2017</p>"
                    "<p>Denmark and Sweden agreed to share a harbour authority.</p>")
    [doc] = read(path)
    assert doc.author == "Tomas Lind" and doc.date == dt.date(2017, 5, 4)


def test_ingest_html_header_stamp_when_no_meta_date(tmp_path):
    path = tmp_path / "stamp.htm"
    path.write_text("<html><body><header><nav>Home | News</nav><p>Updated at 14:00,27-11-2022</p></header>"
                    "<article><p>Ministers from Ghana and Togo met in Lome to discuss border trade, "
                    "officials said, adding that further meetings were planned.</p></article></body></html>")
    [doc] = read(path)
    assert "Updated" not in doc.text and "Home" not in doc.text
    assert doc.date == dt.date(2022, 11, 27) and doc.date_text == "Updated at 14:00,27-11-2022"


def test_ingest_html_deep_nesting_and_missing_head_end():
    deep = "<div>" * 50_000 + "Deep words." + "</div>" * 50_000
    assert html_page(deep).text == "Deep words."
    page = html_page("<html><head><title>No end</title><body><p>Body still read.</p>")
    assert page.text == "Body still read." and page.title == "No end"
    assert html_page("<p>Seen.</p><!-- never closed <p>hidden</p>").text == "Seen."


def test_ingest_html_meta_charset_for_non_utf8(tmp_path):
    path = tmp_path / "cyr.html"
    path.write_bytes('<html><head><meta charset="windows-1251"></head><body><p>\u041c\u0438\u043d\u0441\u043a</p></body></html>'.encode("cp1251"))
    [doc] = read(path)
    assert doc.text == "\u041c\u0438\u043d\u0441\u043a"


# -- feeds ----------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Andes Wire</title>
<item><title>Bolivia recalls envoy</title><link>https://example.org/a1</link><guid>andes-1</guid>
<pubDate>Tue, 04 Feb 2020 09:15:00 +0000</pubDate><dc:creator>Ana Mamani</dc:creator>
<description>&lt;p&gt;Bolivia recalled its envoy from &lt;b&gt;Chile&lt;/b&gt;.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Bolivia recalled its envoy from Chile on Tuesday.</p><script>x()</script>]]></content:encoded></item>
<item><title>Headline only</title><link>https://example.org/a2</link></item>
<item><link>https://example.org/a3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Lake Desk</title><entry><title>Lake accord</title><id>urn:lake:1</id>
<link rel="alternate" href="https://example.org/lake"/><updated>2021-07-09T12:00:00Z</updated>
<published>2021-07-08T12:00:00Z</published><author><name>Jo Banda</name></author>
<summary type="html">&lt;p&gt;Malawi and Tanzania agreed to share lake data.&lt;/p&gt;</summary></entry></feed>"""


def test_ingest_rss_items_become_documents(tmp_path):
    path = tmp_path / "andes.rss"
    path.write_text(RSS)
    items = read(path)
    first, second = docs(items)
    assert first.doc_id == "andes-1" and first.text == "Bolivia recalled its envoy from Chile on Tuesday."
    assert (first.title, first.url, first.author, first.source) == (
        "Bolivia recalls envoy", "https://example.org/a1", "Ana Mamani", "Andes Wire")
    assert first.date == dt.date(2020, 2, 4) and first.date_origin == "feed"
    assert second.doc_id == "https://example.org/a2" and second.text == "Headline only"
    assert codes(items) == ["E014"]


def test_ingest_atom_entry(tmp_path):
    path = tmp_path / "lake.atom"
    path.write_text(ATOM)
    [doc] = read(path)
    assert (doc.doc_id, doc.url, doc.author, doc.source) == (
        "urn:lake:1", "https://example.org/lake", "Jo Banda", "Lake Desk")
    assert doc.date == dt.date(2021, 7, 8) and doc.text == "Malawi and Tanzania agreed to share lake data."


@pytest.mark.parametrize("content,code", [
    ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
     "<rss><channel><item><title>&b;</title></item></channel></rss>", "E015"),
    ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
     "<rss><channel><item><title>&ext;</title></item></channel></rss>", "E015"),
    ("<rss><channel><item><title>unclosed</channel></rss>", "E010"),
    ('<?xml version="1.0"?><catalog><book>Not a feed</book></catalog>', "E010"),
    ('<?xml version="1.0"?><rss><channel><title>Empty</title></channel></rss>', "E010"),
])
def test_ingest_bad_or_unsafe_feed_rejected(tmp_path, content, code):
    path = tmp_path / "feed.xml"
    path.write_text(content)
    items = read(path)
    assert codes(items) == [code] and "feed.xml" in str(items[0])


# -- URLs (a server on the loopback address only) -------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    routes = {
        "/feed": ("application/rss+xml", RSS.encode()),
        "/page": ("text/html; charset=utf-8", PAGE.encode()),
        "/big": ("text/plain", b"x" * 5000),
    }

    def do_GET(self):  # noqa: N802
        if self.path not in self.routes:
            self.send_error(404)
            return
        kind, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_urls_feed_page_and_failures(server):
    items = read(f"{server}/feed", f"{server}/page", f"{server}/missing", f"{server}/big",
                 settings=Settings(max_bytes=4000, fetch_timeout=5))
    found = docs(items)
    assert [d.doc_id for d in found] == ["andes-1", "https://example.org/a2", f"{server}/page"]
    assert found[2].url == f"{server}/page" and found[2].author == "Rosa Quispe"
    assert codes(items) == ["E014", "E011", "E012"]
    assert "HTTP 404" in str(errors(items)[1])


def test_ingest_unreachable_url_is_error():
    items = read("http://127.0.0.1:9/nothing", settings=Settings(fetch_timeout=2))
    assert codes(items) == ["E011"]


# -- dates and stamps -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,day", [
    ("June 12, 2015", dt.date(2015, 6, 12)),
    ("Jun. 12th 2015", dt.date(2015, 6, 12)),
    ("12 June 2015", dt.date(2015, 6, 12)),
    ("the 12th of June, 2015", dt.date(2015, 6, 12)),
    ("2015-06-12", dt.date(2015, 6, 12)),
    ("2015/6/12", dt.date(2015, 6, 12)),
    ("27-11-2022", dt.date(2022, 11, 27)),
    ("27.11.2022", dt.date(2022, 11, 27)),
    ("11/27/2022", dt.date(2022, 11, 27)),
    ("Sept 3, 1999", dt.date(1999, 9, 3)),
])
def test_ingest_find_dates_formats(text, day):
    assert [s.date for s in find_dates(text)] == [day]


@pytest.mark.parametrize("text", ["June 31, 2015", "2015-13-01", "31/31/2015", "in 2015", "June 2015", "99-99-9999"])
def test_ingest_find_dates_rejects_impossible(text):
    assert list(find_dates(text)) == []


def test_ingest_document_stamp_prefers_published_to_updated():
    text = "Updated: 02/01/2023 10:00\nFirst published: 15 March 2019\n\nTalks ended."
    stamp = document_stamp(text)
    assert stamp.date == dt.date(2019, 3, 15) and stamp.label == "first published"
    assert document_stamp("Last updated 14:00, 27-11-2022\nText.").date == dt.date(2022, 11, 27)


def test_ingest_document_stamp_ignores_dates_in_long_sentences():
    body = ("The two governments said on June 12, 2015 that they would reopen embassies that "
            "were closed during the long dispute over fishing rights in the gulf.")
    assert document_stamp(body) is None
    assert document_stamp("QUITO, June 12, 2015 - " + body).date == dt.date(2015, 6, 12)
    assert document_stamp("Para one.\n" * 20 + "June 12, 2015") is None


@pytest.mark.parametrize("value,day", [
    ("2015-06-12", dt.date(2015, 6, 12)),
    ("2015-06-12T23:30:00-05:00", dt.date(2015, 6, 12)),
    ("2015-06-12T10:00:00Z", dt.date(2015, 6, 12)),
    ("Fri, 12 Jun 2015 10:00:00 GMT", dt.date(2015, 6, 12)),
    ("June 12, 2015", dt.date(2015, 6, 12)),
    ("2015-02-30", None), ("soon", None), ("", None), (20150612, None), (None, None),
])
def test_ingest_parse_date_values(value, day):
    assert parse_date(value) == day


# -- near-duplicates ------------------------------------------------------------------------------

STORY = ("Foreign ministers of Ghana and Burkina Faso met in Accra on Monday to discuss security "
         "along their shared border, where attacks by armed groups have risen this year. The "
         "ministers agreed to set up joint patrols and to share intelligence, according to a "
         "statement issued after the talks. Ghana's minister said the two countries faced a "
         "common threat and needed a common answer. The next round of talks is due in "
         "Ouagadougou in two months, officials said.")
WIRE_COPY = STORY.replace("on Monday", "on Monday, July 3,").replace("officials said", "an official said")
UPDATE = STORY + (" In a later statement, the ministry said the patrols would begin next week and "
                  "that a hotline between the two defence headquarters had been opened.")
OTHER = ("Farmers in northern Ghana are switching to drought-tolerant maize after a second poor "
         "rainy season, agronomists say, as prices for fertiliser keep climbing and local banks "
         "tighten credit for smallholders who cannot show a reliable harvest.")


def test_ingest_near_duplicates_found_and_distinct_stories_kept_apart():
    assert jaccard(STORY, WIRE_COPY) > 0.7 and jaccard(STORY, OTHER) < 0.05
    index = NearDuplicateIndex()
    assert index.add("orig", STORY) is None
    assert index.add("copy", WIRE_COPY) == "orig"
    assert index.add("update", UPDATE) in ("orig", "copy")
    assert index.add("other", OTHER) is None
    assert index.add("empty", "") is None and len(index) == 4


def test_ingest_update_that_doubles_a_story_is_contained():
    doubled = STORY + (" Later on Monday the Ghanaian defence ministry said the patrols would cover "
                       "four districts in the Upper East region, where two police posts were "
                       "attacked in March, and that soldiers would be rotated every six weeks. "
                       "Burkina Faso's army spokesman said a liaison office would open in Bolgatanga "
                       "and that both forces would use one radio frequency. Civil society groups in "
                       "both countries welcomed the plan but asked for guarantees that border "
                       "traders and herders would not be harassed at checkpoints.")
    assert jaccard(STORY, doubled) < 0.5
    index = NearDuplicateIndex(threshold=0.9)  # only containment can link them
    index.add("orig", STORY)
    assert index.add("doubled", doubled) == "orig"
    strict = NearDuplicateIndex(threshold=0.9, containment=None)
    strict.add("orig", STORY)
    assert strict.add("doubled", doubled) is None


def test_ingest_mark_near_duplicates_sets_duplicate_of():
    documents = [Document(doc_id=i, text=t) for i, t in (("a", STORY), ("b", OTHER), ("c", WIRE_COPY))]
    assert [d.duplicate_of for d in mark_near_duplicates(documents)] == [None, None, "a"]


def test_ingest_signature_is_deterministic_across_processes():
    code = "from detente.ingest.dedup import signature; print(sum(signature('%s')))" % STORY.replace("'", "")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(outputs) == 1 and int(outputs.pop()) == sum(signature(STORY.replace("'", "")))


# -- property tests -------------------------------------------------------------------------------

TAGS = st.sampled_from(["p", "div", "script", "style", "nav", "header", "footer", "aside", "br",
                        "title", "head", "body", "html", "b", "h1", "li", "meta", "time", "!--"])
FRAGMENT = st.one_of(
    st.text(max_size=30),
    st.builds(lambda t, a: f"<{t}{a}>", TAGS, st.sampled_from(["", " hidden", ' content="2015-06-12" name="date"', ' datetime="x"'])),
    st.builds(lambda t: f"</{t}>", TAGS),
    st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&bogus;", "<![CDATA[", "<!DOCTYPE html>", "<?xml", "\x00"]),
)
MARKUP = st.lists(FRAGMENT, max_size=40).map("".join)
# DETENTE_HYPOTHESIS_EXAMPLES raises the example count for a longer robustness run.
PROPERTY = hsettings(max_examples=int(os.environ.get("DETENTE_HYPOTHESIS_EXAMPLES", 150)), deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _is_clean(text: str) -> bool:
    return isinstance(text, str) and "\x00" not in text


@PROPERTY
@given(MARKUP)
def test_ingest_property_html_reader_never_crashes(markup):
    page = html_page(markup)
    assert _is_clean(page.text) and (page.title is None or isinstance(page.title, str))
    result = list(read_stream(io.BytesIO(markup.encode("utf-8", "surrogatepass")), Source(name="p.html", suffix=".html")))
    for item in result:
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            assert _is_clean(item.text) and item.text.strip()
            assert item.date is None or isinstance(item.date, dt.date)


FEED_PART = st.one_of(
    st.text(max_size=20).map(lambda s: s.replace("<", "&lt;").replace("&", "&amp;")),
    st.sampled_from(["<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<description>",
                     "</description>", "<pubDate>", "</pubDate>", "<link>", "</link>", "&lt;p&gt;",
                     "<link href='u'/>", "<guid>g</guid>", "Fri, 12 Jun 2015 10:00:00 GMT", "2015-06-31"]),
)


@PROPERTY
@given(st.lists(FEED_PART, max_size=30).map("".join), st.sampled_from(["rss", "feed", "channel"]))
def test_ingest_property_feed_reader_never_crashes(body, root):
    data = f'<?xml version="1.0"?><{root}><channel>{body}</channel></{root}>'.encode()
    for item in parse_feed(data, name="f.xml"):
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            assert _is_clean(item.text) and item.text
            assert item.date is None or isinstance(item.date, dt.date)


@PROPERTY
@given(st.binary(max_size=300))
def test_ingest_property_feed_reader_on_bytes(data):
    for item in parse_feed(data, name="f.xml"):
        assert isinstance(item, (Document, InputError))


JSON_VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                          lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                          max_leaves=8)
RECORD = st.fixed_dictionaries({"text": st.text(max_size=40)},
                               optional={"id": JSON_VALUE, "date": JSON_VALUE, "title": JSON_VALUE,
                                         "url": JSON_VALUE, "source": JSON_VALUE})
JSONL_LINE = st.one_of(RECORD.map(json.dumps), JSON_VALUE.map(json.dumps), st.text(max_size=30))


@PROPERTY
@given(st.lists(JSONL_LINE, max_size=10), st.sampled_from([".jsonl", ".json"]))
def test_ingest_property_jsonl_reader_never_crashes(lines, suffix):
    data = "\n".join(line.replace("\n", " ") for line in lines).encode("utf-8", "surrogatepass")
    for item in read_json(io.BytesIO(data), Source(name="r" + suffix, suffix=suffix)):
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            assert _is_clean(item.text) and item.text.strip() and item.doc_id
            assert item.date is None or isinstance(item.date, dt.date)


@PROPERTY
@given(st.binary(max_size=400))
def test_ingest_property_any_bytes_as_any_input(data):
    for suffix in (".txt", ".jsonl", "", ".html"):
        for item in read_stream(io.BytesIO(data), Source(name="x" + suffix, suffix=suffix)):
            assert isinstance(item, (Document, InputError))
            if isinstance(item, Document):
                assert _is_clean(item.text) and item.text == item.text.strip()


@PROPERTY
@given(st.text(max_size=200))
def test_ingest_property_dates_from_any_text_are_valid(text):
    for stamp in find_dates(text):
        assert isinstance(stamp.date, dt.date) and text[stamp.start:stamp.end] == stamp.text
    stamp = document_stamp(text)
    assert stamp is None or isinstance(stamp.date, dt.date)
    assert parse_date(text) is None or isinstance(parse_date(text), dt.date)


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


@PROPERTY
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["{d:%Y-%m-%d}", "{m} {d.day}, {d.year}", "{d.day} {m} {d.year}",
                        "{d.day:02d}-{d.month:02d}-{d.year}", "Published: {m} {d.day}, {d.year}"]),
       st.text(alphabet="abc ,;\n", max_size=10))
def test_ingest_property_written_dates_read_back(day, template, noise):
    written = template.format(d=day, m=MONTH_NAMES[day.month - 1])
    if "-" in template and day.day <= 12 and "%Y" not in template:
        return  # dd-mm-yyyy with both parts <= 12 is read day-first, which is what we wrote
    assert [s.date for s in find_dates(noise + " " + written + " " + noise)] == [day]
    assert parse_date(written) == day


def test_ingest_decode_keeps_valid_utf8_verbatim():
    text = "Plain \u00fcml\u00e4uts and \u4e2d\u6587 and emoji \U0001F600"
    assert decode(text.encode("utf-8"), "x").text == text


def test_ingest_input_errors_survive_pickling():
    import pickle

    error = InputError("E006", path="wire.jsonl", line=3, reason="a JSON array")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InputError and str(copy) == str(error) and copy.fields == error.fields


def test_ingest_near_duplicate_index_scores_like_the_full_sketches():
    # The index keeps 64-bit words, not the tuple sketch: its scores must be the tuple's.
    from detente.ingest.dedup import similarity

    index = NearDuplicateIndex(threshold=0.05, containment=None)
    index.add("orig", STORY)
    for text in (WIRE_COPY, UPDATE, STORY.upper()):
        best, score = index.query(text)
        assert best == "orig" and score == similarity(signature(STORY), signature(text))
    assert index.query(OTHER) is None and index.query("") is None


def test_ingest_near_duplicate_index_memory_per_story_is_small():
    stories = [f"{STORY} Story number {n} of the day, filed by desk {n * 7919 % 1000} "
               f"with {' '.join(f'w{n}x{k}' for k in range(60))}." for n in range(400)]
    tracemalloc.start()
    index = NearDuplicateIndex()
    before, _ = tracemalloc.get_traced_memory()
    for n, text in enumerate(stories):
        index.add(f"story-{n}", text)
    after, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(index) == 400
    assert (after - before) / 400 < 6000  # a tuple of 128 Python ints alone took ~5,700 bytes
