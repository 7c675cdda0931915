"""The FastAPI application: the REST API under /api, the HTML pages, the static files.

``create_app`` takes the database path and the services it needs, so tests can pass their own
pipeline; nothing is read from globals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from .. import __version__
from ..actors.kb import load_kb
from ..errors import DetenteError
from ..settings import Settings
from . import api, errors, pages
from .context import Corpus
from .views import template_globals

HERE = Path(__file__).parent
MAX_BODY_BYTES = 2_000_000
"""Largest request body accepted (POST /api/documents); larger ones get 413."""


def create_app(db_path: str | Path, write_token: Optional[str] = None, *,
               max_body_bytes: int = MAX_BODY_BYTES, pipeline=None,
               settings: Optional[Settings] = None) -> FastAPI:
    """The detente server for the database at ``db_path``.

    Read-only unless ``write_token`` is given; then ``POST /api/documents`` codes and stores a
    document for requests that carry ``Authorization: Bearer <write_token>``.  ``pipeline`` is
    the coding Pipeline to use (built on the first POST when not given).
    """
    app = FastAPI(
        title="detente API",
        version=__version__,
        description="Political event data coded from news text: documents, events, actors, "
                    "dyad series and trends. Errors have one shape: "
                    '{"error": {"code", "title", "message"}}.',
        docs_url=None, redoc_url=None,  # Swagger UI loads from a CDN; the dashboard must not
        openapi_url="/api/openapi.json",
    )
    app.state.corpus = Corpus(Path(db_path), writable=bool(write_token), pipeline=pipeline,
                              settings=settings or Settings())
    app.state.write_token = write_token
    app.state.max_body_bytes = max_body_bytes
    load_kb()  # the actor knowledge base names actors on pages: load it now, not on a request
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(template_globals())
    for name in templates.env.list_templates():   # compile now: a broken template fails here
        templates.env.get_template(name)
    app.state.templates = templates

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    errors.install(app, pages.error_page)
    app.middleware("http")(_limit_body)
    app.middleware("http")(_security_headers)
    app.openapi = lambda: _openapi(app)
    return app


async def _limit_body(request: Request, call_next):
    """Refuse a declared body over the limit before reading it (streamed bodies are counted
    by the route that reads them)."""
    limit = request.app.state.max_body_bytes
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        error = errors.WebError("E075", limit=limit)
        if not declared.isdigit():
            error = errors.WebError("E070", field="Content-Length", reason="not a number")
        return errors.JSONResponse({"error": error.as_dict()}, status_code=errors.status_of(error))
    return await call_next(request)


# Pages show untrusted news text: allow nothing but our own stylesheet, no script at all.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


async def _security_headers(request: Request, call_next):
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def _openapi(app: FastAPI) -> dict:
    """The OpenAPI document, with FastAPI's 422 replaced by our 400 error shape."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description,
                         routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["ErrorBody"] = errors.ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
    for sub in components["ErrorBody"].pop("$defs", {}).items():
        components[sub[0]] = sub[1]
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    error_ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            responses.setdefault("400", {"description": "bad parameter", **error_ref})
    app.openapi_schema = schema
    return schema


__all__ = ["create_app", "DetenteError"]
