"""A small hand-coded corpus for the web tests: every sentence written here, every span computed.

Built from model records and written through ``Store.write``, so the web tests do not depend on
what the NLP stages code today; the browser test adds documents coded by the real pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from detente.model import CodedDocument, Document, Event, Mention, Sentence, Trigger
from detente.store import Store

# actor phrase -> (code, country, sector, entity)
ACTORS = {
    "The United States": ("USA", "USA", None, None),
    "the United States": ("USA", "USA", None, None),
    "Belarus": ("BLR", "BLR", None, None),
    "Belarusian officials": ("BLRGOV", "BLR", "GOV", None),
    "Minsk": ("BLRGOV", "BLR", "GOV", None),
    "the American embassy": ("USAGOV", "USA", "GOV", None),
    "President Barack Obama": ("USAGOV", "USA", "GOV", "Barack Obama"),
    "Belarusian leaders": ("BLRGOV", "BLR", "GOV", None),
    "Germany": ("DEU", "DEU", None, None),
    "France": ("FRA", "FRA", None, None),
    "The US State Department": ("USAGOV", "USA", "GOV", None),
    "Alexander Lukashenko": ("BLRGOV", "BLR", "GOV", "Alexander Lukashenko"),
    "Washington": ("USAGOV", "USA", "GOV", None),
}

# doc_id, date, title, sentences, events: (sentence, trigger, type, source, target, extra)
DOCUMENTS = [
    ("wash-jan", "2015-01-14", "Washington presses Minsk on prisoners", [
        "The United States urged Belarus to release its jailed opposition figures.",
        "Belarusian officials rejected the demand as interference in domestic affairs.",
        "Minsk did not threaten to expel the ambassador.",
    ], [
        (0, "urged", "REQUEST", "The United States", "Belarus", {"intensity": -1.0}),
        (1, "rejected", "REJECT", "Belarusian officials", None, {}),
        (2, "threaten", "THREATEN", "Minsk", None, {"modality": "negated"}),
    ]),
    ("embassy-mar", "2015-03-05", "Belarus blames US embassy for protests", [
        "Belarus accused the American embassy of paying for street protests.",
        "The embassy called the claim absurd on Thursday.",
    ], [
        (0, "accused", "ACCUSE", "Belarus", "the American embassy", {"intensity": -2.0}),
    ]),
    ("sanctions-jun", "2015-06-12", "Obama keeps sanctions on Belarusian leaders <for now>", [
        "President Barack Obama extended sanctions against Belarusian leaders for another year.",
        "Germany and France signed an energy agreement in Berlin.",
    ], [
        (0, "extended sanctions", "SANCTION", "President Barack Obama", "Belarusian leaders", {"intensity": -4.0}),
        (1, "signed", "AGREE", "Germany", "France", {"symmetric": True, "intensity": 4.5}),
    ]),
    ("release-aug", "2015-08-24", "Belarus frees six prisoners", [
        "Alexander Lukashenko freed six political prisoners on Saturday.",
        "The US State Department welcomed the release and praised Minsk.",
    ], [
        (0, "freed", "CONCEDE", "Alexander Lukashenko", None, {"intensity": 3.0}),
        (1, "praised", "SUPPORT", "The US State Department", "Minsk", {"intensity": 3.0}),
    ]),
    ("talks-oct", "2015-10-30", "US suspends sanctions on Belarusian firms", [
        "The United States suspended sanctions on nine firms from Belarus.",
        "Officials from Minsk and Washington met in Vienna to discuss further steps.",
    ], [
        (0, "suspended sanctions", "RETREAT", "The United States", "Belarus", {"intensity": 5.0}),
        (1, "met", "CONSULT", "Minsk", "Washington", {"symmetric": True, "intensity": 1.0}),
    ]),
]

DATELINE_DOC = "talks-oct"
DATELINE_WARNING = ("W-DATELINE", "the stamp 'Updated at 14:00,27-11-2022' is years after the "
                    "events the text reports (2015); check the document date")


def mention(text: str, phrase: str, start: int = 0) -> Mention:
    at = text.index(phrase, start)
    code, country, sector, entity = ACTORS[phrase]
    return Mention(text=phrase, span=(at, at + len(phrase)), code=code, country=country,
                   sector=sector, entity=entity)


def coded_document(doc_id: str, date: str, title: str, sentences: list[str], events: list) -> CodedDocument:
    text = " ".join(sentences)
    day = dt.date.fromisoformat(date)
    doc = Document(doc_id=doc_id, text=text, title=title, date=day, source="Fixture Wire",
                   date_origin="record")
    at = 0
    for i, s in enumerate(sentences):
        doc.sentences.append(Sentence(index=i, text=s, span=(at, at + len(s))))
        at += len(s) + 1
    mentions, coded = [], []
    for s in doc.sentences:
        for phrase in ACTORS:
            if phrase in s.text:
                mentions.append(mention(text, phrase, s.span[0]))
    for idx, trigger, etype, src, tgt, extra in events:
        s = doc.sentences[idx]
        t0 = text.index(trigger, s.span[0])
        event = Event(doc_id=doc_id, doc_date=day, sentence=s.text, span=s.span,
                      trigger=Trigger(text=trigger, span=(t0, t0 + len(trigger))),
                      event_type=etype, source=mention(text, src, s.span[0]),
                      target=mention(text, tgt, s.span[0]) if tgt else None,
                      date=day, date_precision="day", confidence=0.8, sentence_index=idx,
                      pattern=f"{etype}/fixture", explanation=f"fixture pattern for {etype}",
                      **extra)
        coded.append(event.assign_id())
    if doc_id == DATELINE_DOC:
        doc.warn(*DATELINE_WARNING)
    return CodedDocument(document=doc, events=coded, mentions=mentions)


def fixture_documents() -> list[CodedDocument]:
    return [coded_document(*spec) for spec in DOCUMENTS]


def build_db(path: Path) -> Path:
    """A fresh database at ``path`` holding the fixture corpus."""
    with Store(path) as store:
        store.write(fixture_documents())
    return path


class StubPipeline:
    """A coding pipeline for the write tests: keeps each text as one sentence, codes no events.

    Passed to ``create_app(pipeline=...)`` so POST tests need no spaCy model.
    """

    def code(self, documents):
        for document in documents:
            document.sentences = [Sentence(index=0, text=document.text, span=(0, len(document.text)))]
            yield CodedDocument(document=document)
