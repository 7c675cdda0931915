"""One error shape for the whole server: ``{"error": {"code", "title", "message"}}``.

API paths get it as JSON; page paths get the same fields rendered as an HTML page.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DetenteError, StoreError

log = logging.getLogger("detente.web")

# HTTP status of each catalogue code the server raises; any other DetenteError is a bad request.
STATUS = {"E071": 404, "E072": 401, "E073": 403, "E074": 403, "E075": 413, "E076": 404,
          "E077": 405, "E078": 500}


class ErrorDetail(BaseModel):
    code: str
    title: str
    message: str


class ErrorBody(BaseModel):
    """The one JSON error shape of the API."""

    error: ErrorDetail


class WebError(DetenteError):
    """A request the server refuses: a bad parameter, an unknown id, a token problem."""


def status_of(error: DetenteError) -> int:
    if error.code in STATUS:
        return STATUS[error.code]
    if isinstance(error, StoreError):
        return 503
    return 400


def validation_error(exc: RequestValidationError) -> WebError:
    """FastAPI's validation report as one bad-parameter error naming the first bad field."""
    first = (exc.errors() or [{}])[0]
    loc = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body", "header")]
    field = ".".join(loc) or "request"
    return WebError("E070", field=field, reason=str(first.get("msg", "invalid value")))


def install(app: FastAPI, render_page) -> None:
    """Register the handlers; ``render_page(request, error, status)`` draws HTML errors."""

    def respond(request: Request, error: DetenteError, status: int, headers=None):
        if request.url.path.startswith("/api") or render_page is None:
            return JSONResponse({"error": error.as_dict()}, status_code=status, headers=headers)
        return render_page(request, error, status)

    @app.exception_handler(DetenteError)
    async def _detente(request: Request, exc: DetenteError):
        status = status_of(exc)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return respond(request, exc, status, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return respond(request, validation_error(exc), 400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            error = WebError("E076", path=request.url.path)
        elif exc.status_code == 405:
            error = WebError("E077", method=request.method, path=request.url.path)
        else:
            error = WebError("E070", field="request", reason=str(exc.detail))
        return respond(request, error, exc.status_code, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return respond(request, WebError("E078", reason=type(exc).__name__), 500)
