"""The REST API under /api: documents, events, actors, dyads, search, and one write route.

Every handler validates its parameters (FastAPI + the checks below), asks the store, and
returns JSON; every failure is a ``WebError`` rendered in the one error shape.
"""

from __future__ import annotations

import datetime as dt
import hmac
import io
import json
from typing import Any, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field, ValidationError

from ..errors import DetenteError
from ..ingest import read_stream
from ..ingest.jsonl import Source
from ..model import PLOVER_TYPES, Document, content_hash
from . import dyads as dyad_views
from .errors import ErrorBody, WebError
from .views import MODALITIES

router = APIRouter(prefix="/api", tags=["api"])

DATE = r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$"
CODE = r"^[A-Za-z0-9_.\- ]+$"
ERRORS = {404: {"model": ErrorBody, "description": "unknown id"}}


def corpus(request: Request):
    return request.app.state.corpus


def clean(value: Optional[str], field: str) -> Optional[str]:
    """A text parameter without control characters (DuckDB and logs choke on them)."""
    if value is None:
        return None
    if any(ord(c) < 32 for c in value):
        raise WebError("E070", field=field, reason="contains a control character")
    value = value.strip()
    return value or None


def types_param(value: Optional[str]) -> Optional[str]:
    value = clean(value, "type")
    if value:
        bad = [t for t in value.upper().split(",") if t.strip() and t.strip() not in PLOVER_TYPES]
        if bad:
            raise WebError("E070", field="type", reason=f"{bad[0]!r} is not a PLOVER event type; "
                                                        f"use one of {', '.join(PLOVER_TYPES)}")
    return value


def modality_param(value: Optional[str]) -> Optional[str]:
    """'asserted' by default, like `detente events`; 'any' lists every modality."""
    value = clean(value, "modality")
    if value is None or value.lower() == "any":
        return None
    bad = [m for m in value.lower().split(",") if m.strip() and m.strip() not in MODALITIES]
    if bad:
        raise WebError("E070", field="modality", reason=f"{bad[0]!r}; use any or one of {', '.join(MODALITIES)}")
    return value


class EventFilters(BaseModel):
    source: Optional[str] = None
    target: Optional[str] = None
    type: Optional[str] = None
    modality: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    place: Optional[str] = None
    text: Optional[str] = None
    doc_id: Optional[str] = None
    instance_id: Optional[str] = None

    def store_filters(self) -> dict:
        return {k: v for k, v in self.model_dump().items() if v is not None}


def event_filters(
    source: Optional[str] = Query(None, max_length=64, pattern=CODE, description="actor code, country or entity (e.g. BLR, USAGOV)"),
    target: Optional[str] = Query(None, max_length=64, pattern=CODE, description="actor code, country or entity"),
    type: Optional[str] = Query(None, max_length=200, description="PLOVER type(s), comma-separated"),
    modality: Optional[str] = Query("asserted", max_length=100, description="modality(ies), comma-separated, or 'any'"),
    since: Optional[str] = Query(None, pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD"),
    until: Optional[str] = Query(None, pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD"),
    place: Optional[str] = Query(None, max_length=100, description="place name or country code"),
    q: Optional[str] = Query(None, max_length=200, description="text in the event record (sentence, trigger)"),
    doc_id: Optional[str] = Query(None, max_length=300, description="events of one document"),
    instance_id: Optional[str] = Query(None, max_length=64, description="mentions of one real event (merged across stories)"),
) -> EventFilters:
    """The filters of `detente events`, as query parameters."""
    return EventFilters(source=clean(source, "source"), target=clean(target, "target"),
                        type=types_param(type), modality=modality_param(modality),
                        since=clean(since, "since"), until=clean(until, "until"),
                        place=clean(place, "place"), text=clean(q, "q"), doc_id=clean(doc_id, "doc_id"),
                        instance_id=clean(instance_id, "instance_id"))


LIMIT = Query(50, ge=1, le=500, description="items per page (1-500)")
OFFSET = Query(0, ge=0, le=10_000_000, description="items to skip")


def listing(items: list, limit: int, offset: int, total: Optional[int] = None) -> dict:
    return {"items": items, "limit": limit, "offset": offset, "total": total}


class Listing(BaseModel):
    items: list[dict[str, Any]]
    limit: int
    offset: int
    total: Optional[int] = Field(None, description="all matching items, when known")


@router.get("/counts", summary="Rows per table of the corpus")
def get_counts(request: Request) -> dict[str, int]:
    return corpus(request).store.counts()


@router.get("/documents", summary="Document summaries, newest first", response_model=Listing)
def list_documents(request: Request,
                   source: Optional[str] = Query(None, max_length=200, description="exact source name"),
                   since: Optional[str] = Query(None, pattern=DATE),
                   until: Optional[str] = Query(None, pattern=DATE),
                   q: Optional[str] = Query(None, max_length=200, description="text in title or body"),
                   limit: int = LIMIT, offset: int = OFFSET):
    items = corpus(request).store.documents(
        source=clean(source, "source"), since=clean(since, "since"), until=clean(until, "until"),
        text=clean(q, "q"), limit=limit, offset=offset)
    return listing(items, limit, offset)


@router.get("/documents/{doc_id}", summary="One document with text, sentences, mentions, events, warnings",
            responses=ERRORS)
def get_document(request: Request, doc_id: str = Path(..., max_length=300)) -> dict[str, Any]:
    doc = corpus(request).store.document(clean(doc_id, "doc_id") or "")
    if doc is None:
        raise WebError("E071", kind="document", id=doc_id)
    return doc


@router.get("/events", summary="Events matching the filters of `detente events`", response_model=Listing)
def list_events(request: Request, filters: EventFilters = Depends(event_filters),
                limit: int = LIMIT, offset: int = OFFSET):
    store = corpus(request).store
    items = store.events(limit=limit, offset=offset, **filters.store_filters())
    return listing(items, limit, offset, store.count_events(**filters.store_filters()))


@router.get("/actors", summary="Actors seen in the corpus, most mentioned first", response_model=Listing)
def list_actors(request: Request, q: Optional[str] = Query(None, max_length=100, description="part of a code or name"),
                limit: int = LIMIT, offset: int = OFFSET):
    items = corpus(request).store.actors(query=clean(q, "q"), limit=limit, offset=offset)
    return listing(items, limit, offset)


@router.get("/actors/{code}", summary="One actor: counts, known roles, partners", responses=ERRORS)
def get_actor(request: Request, code: str = Path(..., max_length=64, pattern=CODE)) -> dict[str, Any]:
    from .pages import profile_caches

    profile = dyad_views.actor_profile(corpus(request).store, clean(code, "code") or "",
                                       **profile_caches(request))
    profile.pop("records")
    return profile


@router.get("/dyads", summary="Most active pairs of countries", response_model=Listing)
def list_dyads(request: Request, since: Optional[str] = Query(None, pattern=DATE),
               until: Optional[str] = Query(None, pattern=DATE), limit: int = Query(20, ge=1, le=500)):
    items = dyad_views.active_dyads(corpus(request).store, since=clean(since, "since"),
                                    until=clean(until, "until"), limit=limit)
    return listing(items, limit, 0)


@router.get("/dyads/{a}/{b}", summary="Dyad series by quad class, with the trend and its verdict")
def get_dyad(request: Request, a: str = Path(..., max_length=64, pattern=CODE),
             b: str = Path(..., max_length=64, pattern=CODE),
             by: str = Query("month", pattern="^(week|month|quarter)$"),
             since: Optional[str] = Query(None, pattern=DATE),
             until: Optional[str] = Query(None, pattern=DATE)) -> dict[str, Any]:
    return dyad_views.dyad_report(corpus(request).store, clean(a, "a") or "", clean(b, "b") or "",
                                  by=by, since=clean(since, "since"), until=clean(until, "until"))


@router.get("/search", summary="Documents and events whose text contains q")
def search(request: Request, q: str = Query(..., min_length=1, max_length=200),
           limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
    text = clean(q, "q")
    if not text:
        raise WebError("E070", field="q", reason="empty search text")
    return corpus(request).store.search(text, limit=limit)


class NewDocument(BaseModel):
    """A document to code and store."""

    text: str = Field(..., min_length=1, description="the article text")
    doc_id: Optional[str] = Field(None, max_length=200, pattern=r"^[A-Za-z0-9_.:~\-]+$",
                                  description="id to store it under (default: from the content hash)")
    title: Optional[str] = Field(None, max_length=1000)
    author: Optional[str] = Field(None, max_length=500)
    source: Optional[str] = Field(None, max_length=500)
    url: Optional[str] = Field(None, max_length=2000)
    date: Optional[dt.date] = Field(None, description="document date YYYY-MM-DD")


class Stored(BaseModel):
    doc_id: str
    created: bool = Field(description="false when the same text was stored before")
    events: int
    warnings: list[dict[str, str]]


bearer = HTTPBearer(auto_error=False, description="the server's --write-token")


def check_token(request: Request) -> None:
    """Writes need a server started with --write-token and that token as a bearer token."""
    expected = request.app.state.write_token
    if not expected:
        raise WebError("E074")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise WebError("E072")
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise WebError("E073")


async def read_limited(request: Request) -> bytes:
    """The body, refused with 413 as soon as it passes the server's limit."""
    limit = request.app.state.max_body_bytes
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise WebError("E075", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def parse_new_document(body: bytes) -> NewDocument:
    try:
        data = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebError("E070", field="body", reason=f"not JSON ({exc})")
    try:
        return NewDocument.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "body"
        raise WebError("E070", field=field, reason=first.get("msg", "invalid"))


def document_of(new: NewDocument) -> Document:
    """The posted text read like a text file by the ingest stage (title, byline and date stamps
    found in the text), then the fields the request gives explicitly."""
    doc_id = new.doc_id or "api-" + content_hash(new.text)[:12]
    source = Source(name="POST /api/documents", id_base=doc_id, suffix=".txt")
    item = next(read_stream(io.BytesIO(new.text.encode("utf-8")), source, date=new.date), None)
    if item is None or isinstance(item, DetenteError):
        raise WebError("E070", field="text", reason=item.message if item else "nothing to read")
    given = new.model_dump(exclude_none=True, exclude={"text", "doc_id", "date"})
    return item.model_copy(update={**given, "doc_id": doc_id, "path": None})


@router.post("/documents", summary="Code and store a document (needs the write token)",
             status_code=201, response_model=Stored, dependencies=[Depends(bearer)],
             responses={200: {"model": Stored, "description": "already stored"},
                        401: {"model": ErrorBody, "description": "token missing"},
                        403: {"model": ErrorBody, "description": "wrong token or read-only server"},
                        413: {"model": ErrorBody, "description": "body too large"}},
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                 "schema": NewDocument.model_json_schema()}}}})
async def post_document(request: Request):
    check_token(request)
    new = parse_new_document(await read_limited(request))
    stored = await run_in_threadpool(corpus(request).add, document_of(new))
    return JSONResponse(Stored(**stored).model_dump(), status_code=201 if stored["created"] else 200)
