"""Property-based test against the OpenAPI document: schemathesis generates requests for every
operation (valid and invalid) and no response may be a 5xx.

Examples are bounded so the whole file runs in well under two minutes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from detente.web import create_app
from web_corpus import StubPipeline, build_db

TOKEN = "fuzz-token-123456"

_tmp = Path(tempfile.mkdtemp(prefix="detente-fuzz-"))
read_app = create_app(build_db(_tmp / "read.duckdb"))
write_app = create_app(build_db(_tmp / "write.duckdb"), write_token=TOKEN, max_body_bytes=20_000,
                       pipeline=StubPipeline())

read_schema = schemathesis.openapi.from_asgi("/api/openapi.json", read_app)
write_schema = schemathesis.openapi.from_asgi("/api/openapi.json", write_app).include(method="POST")

FUZZ = settings(max_examples=20, deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


@read_schema.parametrize()
@FUZZ
def test_openapi_fuzz_no_server_error(case):
    case.call_and_validate(checks=[not_a_server_error])


@write_schema.parametrize()
@FUZZ
def test_openapi_fuzz_write_with_token_no_server_error(case):
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
    case.call_and_validate(checks=[not_a_server_error])
