"""Ingest stage: read files, folders, stdin, feeds into Documents.

``read_inputs`` yields a ``Document`` for each readable document and an ``InputError`` for each
problem, so a caller reports the problem and goes on.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..errors import InputError
from ..model import Document
from ..settings import Settings


def read_inputs(inputs: Iterable[str], *, date: Optional[dt.date] = None,
                settings: Optional[Settings] = None) -> Iterator[Union[Document, InputError]]:
    settings = settings or Settings()
    for item in inputs:
        if item == "-":
            text = sys.stdin.read()
            yield Document(doc_id="stdin", text=text, date=date, path="-",
                           date_origin="option" if date else None)
            continue
        path = Path(item)
        if not path.exists():
            yield InputError("E001", path=item)
            continue
        text = path.read_text(encoding="utf-8")
        yield Document(doc_id=path.stem, text=text, date=date, path=str(path),
                       date_origin="option" if date else None)
