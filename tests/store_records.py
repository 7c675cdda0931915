"""Coded documents built by hand for store and analysis tests (no parser needed)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from detente.model import CodedDocument, Document, Event, Mention, Place, Sentence, Trigger

COUNTRIES = {
    "Belarus": ("BLRGOV", "BLR"), "Minsk": ("BLRGOV", "BLR"),
    "Washington": ("USAGOV", "USA"), "the United States": ("USAGOV", "USA"),
    "Moscow": ("RUSGOV", "RUS"), "Kyiv": ("UKRGOV", "UKR"),
}


def coded(doc_id: str, day: str, facts: list[tuple[str, str, str, str]], *, source: str = "wire",
          extra: str = "", symmetric: bool = False, modality: str = "asserted",
          intensity: Optional[dict] = None, place: Optional[str] = None,
          duplicate_of: Optional[str] = None) -> CodedDocument:
    """One document with one sentence per fact ``(source name, verb, target name, TYPE)``:
    "<source> <verb> <target>." — spans are exact, so the integrity check holds."""
    date = dt.date.fromisoformat(day)
    sentences, events, mentions, text = [], [], [], ""
    for i, (src, verb, tgt, event_type) in enumerate(facts):
        start = len(text)
        sentence = f"{src} {verb} {tgt}."
        text += sentence + " "
        s_span = (start, start + len(src))
        v_span = (s_span[1] + 1, s_span[1] + 1 + len(verb))
        t_span = (v_span[1] + 1, v_span[1] + 1 + len(tgt))
        m_src = Mention(text=src, span=s_span, code=COUNTRIES[src][0], country=COUNTRIES[src][1], sector="GOV")
        m_tgt = Mention(text=tgt, span=t_span, code=COUNTRIES[tgt][0], country=COUNTRIES[tgt][1], sector="GOV")
        mentions += [m_src, m_tgt]
        sentences.append(Sentence(index=i, text=sentence, span=(start, start + len(sentence))))
        events.append(Event(
            doc_id=doc_id, doc_date=date, sentence=sentence, span=(start, start + len(sentence)),
            trigger=Trigger(text=verb, span=v_span), event_type=event_type, source=m_src,
            target=m_tgt, symmetric=symmetric, date=date, date_precision="day",
            modality=modality, intensity=(intensity or {}).get(event_type, 1.0),
            location=Place(name=place, country="BLR") if place else None,
            sentence_index=i, pattern="test").assign_id())
    text += extra
    document = Document(doc_id=doc_id, text=text, date=date, source=source,
                        sentences=sentences, duplicate_of=duplicate_of)
    return CodedDocument(document=document, events=events, mentions=mentions)
