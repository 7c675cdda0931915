"""A hostile corpus written into a folder by the tests: every kind of input users scrape.

Every sentence here is written for these tests.  ``write_hostile`` returns the folder; each file
must end up coded or rejected with a one-line reason.
"""

from __future__ import annotations

import json
from pathlib import Path

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "Chile", "Norway", "Egypt",
             "India", "Canada", "Mexico", "Poland", "Peru", "Ghana", "Vietnam", "Turkey"]

NEWS = "Germany and France signed a treaty on energy trade in Berlin on 3 March 2016."


def write_hostile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 64)
    (folder / "zeros.txt").write_bytes(b"\x00" * 4096)
    (folder / "latin1.txt").write_bytes(
        "Le ministre français a rencontré à Genève son homologue. Japan criticised Chile over "
        "fishing rights on 4 May 2017.".encode("latin-1"))
    utf16 = "Canada praised Mexico for the new customs agreement on 2 June 2018."
    (folder / "utf16_bom.txt").write_bytes(utf16.encode("utf-16"))
    (folder / "utf16_le_nobom.txt").write_bytes(utf16.encode("utf-16-le"))
    (folder / "utf16_be_nobom.txt").write_bytes(utf16.encode("utf-16-be"))
    (folder / "one_line_2mb.txt").write_text(
        ("Norway met Egypt and the talks went on " * 60_000)[:2_000_000], encoding="utf-8")
    nested = "<div>" * 5000 + NEWS + "</div>" * 5000
    (folder / "nested.html").write_text(
        "<html><head><title>Energy &amp; trade</title><script>var s = '<p>India attacked "
        "Peru</p>'; for (;;) {}</script><style>p {color: red}</style></head><body>"
        f"{nested}<p>Kenya &amp; Ghana &#8212; &quot;partners&quot; &eacute;&nbsp;again.</p>"
        "</body></html>", encoding="utf-8")
    (folder / "broken.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        "<title>Poland and Turkey agree</title><description>Poland and Turkey agreed to "
        "expand rail links on 5 July 2019.</description><pubDate>Fri, 05 Jul 2019 10:00:00 "
        "GMT</pubDate></item><item><title>Unclosed <b>item", encoding="utf-8")
    with open(folder / "mixed.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "ok1", "date": "2016-03-03", "text": NEWS}) + "\n")
        fh.write('{"id": "broken", "text": "Brazil condemned\n')
        fh.write("[1, 2, 3]\n\"just a string\"\n42\nnull\n\n")
        fh.write(json.dumps({"id": "notext", "date": "2016-03-03"}) + "\n")
        fh.write(json.dumps({"id": "ok2", "text": "Vietnam accused India of spying."}) + "\n")
    (folder / "invisible.txt").write_text(
        "\u200bJa\u200dpan\u200b and \u202eBrazil\u202c signed\u2066 a deal \u200f on "
        "\ufeff1 August 2020.\u2067 \u061c مصر وافقت على الاتفاق. Egypt welcomed it.",
        encoding="utf-8")
    words = " ".join(COUNTRIES[i % len(COUNTRIES)].lower() + " said that" for i in range(5_000))
    (folder / "no_boundaries.txt").write_text(words, encoding="utf-8")
    (folder / "many_countries.txt").write_text(
        "The summit was attended by " + ", ".join(COUNTRIES[i % len(COUNTRIES)]
                                                 for i in range(4000)) + " and Chile.",
        encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "plain.txt").write_text("Kenya praised Ghana for the new trade pact.", encoding="utf-8")
    return folder


def write_big(path: Path, megabytes: int = 50) -> Path:
    """A text file of ``megabytes`` MB of ordinary sentences."""
    block = ("France criticised Germany over the energy plan. " * 2000).encode("utf-8")
    with open(path, "wb") as fh:
        for _ in range(megabytes * 1_000_000 // len(block) + 1):
            fh.write(block)
    return path
