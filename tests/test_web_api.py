"""The REST API: every endpoint, its parameters, its errors (one shape) and the write token."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from detente.web import create_app
from web_corpus import DATELINE_DOC, StubPipeline, build_db

TOKEN = "s3cret-token-for-tests"


def assert_error(response, status: int, code: str | None = None) -> dict:
    """The response is the one error shape with ``status`` (and ``code``)."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "title", "message"}
    assert all(isinstance(v, str) and v for v in body["error"].values())
    if code:
        assert body["error"]["code"] == code
    return body["error"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("api") / "corpus.duckdb")


@pytest.fixture(scope="module")
def client(db):
    app = create_app(db)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.corpus.close()


@pytest.fixture(scope="module")
def writer(tmp_path_factory):
    app = create_app(build_db(tmp_path_factory.mktemp("write") / "corpus.duckdb"),
                     write_token=TOKEN, max_body_bytes=4000, pipeline=StubPipeline())
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.corpus.close()


def test_web_api_counts(client):
    counts = client.get("/api/counts").json()
    assert counts["documents"] == 5 and counts["events"] == 10 and counts["warnings"] == 1


def test_web_api_documents_list_newest_first(client):
    body = client.get("/api/documents").json()
    dates = [d["date"] for d in body["items"]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 5
    assert "text" not in body["items"][0]


def test_web_api_documents_filters_and_pages(client):
    assert [d["doc_id"] for d in client.get("/api/documents?q=embassy").json()["items"]] == ["embassy-mar"]
    first = client.get("/api/documents?limit=2").json()["items"]
    second = client.get("/api/documents?limit=2&offset=2").json()["items"]
    assert len(first) == len(second) == 2
    assert not {d["doc_id"] for d in first} & {d["doc_id"] for d in second}
    assert len(client.get("/api/documents?since=2015-06&until=2015-08").json()["items"]) == 2


def test_web_api_document_has_parts(client):
    doc = client.get(f"/api/documents/{DATELINE_DOC}").json()
    assert doc["text"].startswith("The United States suspended sanctions")
    assert len(doc["sentences"]) == 2 and len(doc["events"]) == 2
    assert {m["code"] for m in doc["mentions"]} >= {"USA", "BLR"}
    assert doc["warnings"][0]["code"] == "W-DATELINE"
    trigger = doc["events"][0]["trigger"]
    assert doc["text"][trigger["span"][0]:trigger["span"][1]] == trigger["text"]


def test_web_api_document_unknown_is_404(client):
    assert_error(client.get("/api/documents/no-such-doc"), 404, "E071")


def test_web_api_events_filters(client):
    body = client.get("/api/events?source=USA&type=SANCTION").json()
    assert [e["trigger"]["text"] for e in body["items"]] == ["extended sanctions"]
    assert body["total"] == 1
    assert client.get("/api/events").json()["total"] == 9          # asserted only by default
    assert client.get("/api/events?modality=any").json()["total"] == 10
    negated = client.get("/api/events?modality=negated").json()["items"]
    assert [e["event_type"] for e in negated] == ["THREATEN"]
    assert client.get("/api/events?since=2015-08&until=2015-08-31").json()["total"] == 2
    assert client.get("/api/events?q=Vienna").json()["total"] == 1
    assert client.get("/api/events?doc_id=wash-jan&modality=any").json()["total"] == 3


def test_web_api_events_paginate(client):
    a = client.get("/api/events?limit=4").json()
    b = client.get("/api/events?limit=4&offset=4").json()
    assert a["total"] == b["total"] == 9 and len(a["items"]) == len(b["items"]) == 4
    assert not {e["event_id"] for e in a["items"]} & {e["event_id"] for e in b["items"]}


@pytest.mark.parametrize("query", [
    "limit=0", "limit=501", "limit=ten", "offset=-1", "since=2015-13", "since=last-year",
    "until=2015-02-30", "type=BOGUS", "modality=maybe", "source=%00BLR", "source=" + "X" * 65,
])
def test_web_api_events_bad_parameters_are_400(client, query):
    assert_error(client.get(f"/api/events?{query}"), 400)


def test_web_api_actors(client):
    codes = [a["code"] for a in client.get("/api/actors").json()["items"]]
    assert "BLRGOV" in codes and "USA" in codes
    assert [a["code"] for a in client.get("/api/actors?q=DEU").json()["items"]] == ["DEU"]


def test_web_api_actor_profile(client):
    actor = client.get("/api/actors/BLRGOV").json()
    assert actor["code"] == "BLRGOV" and actor["country"] == "BLR"
    assert any(r["entity"] == "Alexander Lukashenko" for r in actor["roles"])
    assert any(p["code"] == "USAGOV" for p in actor["partners"])
    assert_error(client.get("/api/actors/ZZZGOV"), 404, "E071")
    assert_error(client.get("/api/actors/%3Cscript%3E"), 400, "E070")


def test_web_api_dyads_most_active(client):
    items = client.get("/api/dyads").json()["items"]
    assert items[0] == {"a": "BLR", "b": "USA", "events": 6, "cooperation": 3, "conflict": 3}


def test_web_api_dyad_series_and_trend(client):
    body = client.get("/api/dyads/BLR/USA?by=month").json()
    periods = [r["period"] for r in body["rows"]]
    assert periods[0] == "2015-01" and periods[-1] == "2015-10" and len(periods) == 10
    june = body["rows"][periods.index("2015-06")]
    assert june["material_conflict"] == 1 and june["end"] == "2015-06-30"
    assert body["trend"]["verdict"].startswith("cooperation rose")
    assert body["trend"]["direction"] == "up"
    quarters = client.get("/api/dyads/BLR/USA?by=quarter&since=2015-04&until=2015-09").json()
    assert [r["period"] for r in quarters["rows"]] == ["2015-Q2", "2015-Q3"]


def test_web_api_dyad_bad_parameters(client):
    assert_error(client.get("/api/dyads/BLR/USA?by=decade"), 400, "E070")
    assert_error(client.get("/api/dyads/BLR/USA?since=2015-00"), 400)


def test_web_api_search(client):
    body = client.get("/api/search?q=sanctions").json()
    assert {d["doc_id"] for d in body["documents"]} == {"sanctions-jun", "talks-oct"}
    assert [e["trigger"]["text"] for e in client.get("/api/search?q=Vienna").json()["events"]] == ["met"]
    assert client.get("/api/search?q=100%25_").json() == {"documents": [], "events": []}
    assert_error(client.get("/api/search"), 400, "E070")
    assert_error(client.get("/api/search?q=%20%20"), 400, "E070")


def test_web_api_unknown_path_and_method(client):
    assert_error(client.get("/api/nothing-here"), 404, "E076")
    assert_error(client.delete("/api/documents/wash-jan"), 405, "E077")


def test_web_api_openapi_document(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/events", "/api/actors",
            "/api/actors/{code}", "/api/dyads", "/api/dyads/{a}/{b}", "/api/search",
            "/api/counts"} <= set(spec["paths"])
    assert "ErrorBody" in spec["components"]["schemas"]
    assert all("422" not in op["responses"] for path in spec["paths"].values() for op in path.values())
    assert client.get("/docs").status_code == 404     # Swagger UI would load from a CDN


def test_web_api_post_refused_on_read_only_server(client):
    error = assert_error(client.post("/api/documents", json={"text": "Chile and Peru signed a pact."},
                                     headers={"Authorization": f"Bearer {TOKEN}"}), 403, "E074")
    assert "--write-token" in error["message"]


def test_web_api_post_needs_token(writer):
    response = writer.post("/api/documents", json={"text": "Chile and Peru signed a pact."})
    assert_error(response, 401, "E072")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(writer.post("/api/documents", json={"text": "x"},
                             headers={"Authorization": "Basic abc"}), 401, "E072")


def test_web_api_post_wrong_token(writer):
    assert_error(writer.post("/api/documents", json={"text": "Chile and Peru signed a pact."},
                             headers={"Authorization": "Bearer not-the-token"}), 403, "E073")


def test_web_api_post_stores_once(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    doc = {"text": "Chile and Peru signed a fisheries pact in Lima.", "title": "Pact",
           "date": "2016-02-03", "doc_id": "chile-peru"}
    assert '<div class="n">5</div><div class="l">documents</div>' in writer.get("/").text
    first = writer.post("/api/documents", json=doc, headers=auth)
    assert first.status_code == 201 and first.json()["doc_id"] == "chile-peru"
    assert first.json()["created"] is True
    again = writer.post("/api/documents", json=doc, headers=auth)
    assert again.status_code == 200 and again.json()["created"] is False
    stored = writer.get("/api/documents/chile-peru").json()
    assert stored["title"] == "Pact" and stored["date"] == "2016-02-03"
    assert writer.get("/api/counts").json()["documents"] == 6
    assert '<div class="n">6</div><div class="l">documents</div>' in writer.get("/").text  # cache cleared


def test_web_api_post_bad_bodies(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert_error(writer.post("/api/documents", content=b"{not json", headers=auth), 400, "E070")
    assert_error(writer.post("/api/documents", json={"title": "no text"}, headers=auth), 400, "E070")
    assert_error(writer.post("/api/documents", json={"text": ""}, headers=auth), 400, "E070")
    assert_error(writer.post("/api/documents", json={"text": "a", "date": "someday"}, headers=auth), 400, "E070")
    assert_error(writer.post("/api/documents", json={"text": "a", "doc_id": "../etc"}, headers=auth), 400, "E070")


def test_web_api_post_size_limit(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"text": "Talks were held. " * 400}
    assert_error(writer.post("/api/documents", json=big, headers=auth), 413, "E075")

    def chunks():      # no Content-Length: the route counts the streamed body
        for _ in range(10):
            yield b" " * 1000

    assert_error(writer.post("/api/documents", content=chunks(), headers=auth), 413, "E075")


def test_web_api_post_reads_text_like_ingest(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = "Fisheries pact signed\nUpdated at 14:00,27-11-2022\nChile and Peru signed a fisheries pact."
    body = writer.post("/api/documents", json={"text": text}, headers=auth).json()
    stored = writer.get(f"/api/documents/{body['doc_id']}").json()
    assert body["doc_id"].startswith("api-")
    assert stored["title"] == "Fisheries pact signed"
    assert stored["date"] == "2022-11-27" and stored["date_text"] == "Updated at 14:00,27-11-2022"


def test_web_api_post_codes_with_the_real_pipeline(tmp_path, pipeline):
    app = create_app(build_db(tmp_path / "real.duckdb"), write_token=TOKEN, pipeline=pipeline)
    with TestClient(app, raise_server_exceptions=False) as c:
        text = "Chile and Peru signed a fisheries agreement in Lima on Monday."
        body = c.post("/api/documents", json={"text": text, "date": "2016-02-03"},
                      headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert body["created"] is True and body["events"] >= 1
        stored = c.get(f"/api/documents/{body['doc_id']}").json()
        assert {e["event_type"] for e in stored["events"]} >= {"SUPPORT"}  # signing is CAMEO 057
        assert c.get("/api/events?source=CHL&type=SUPPORT").json()["total"] >= 1
    app.state.corpus.close()


def test_web_api_serve_command_refuses_bad_options(tmp_path):
    from typer.testing import CliRunner

    from detente.cli import app
    from detente.errors import OptionError, StoreError

    runner = CliRunner()
    missing = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert isinstance(missing.exception, StoreError) and missing.exception.code == "E040"
    short = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--write-token", "abc"])
    assert isinstance(short.exception, OptionError) and "--write-token" in str(short.exception)
    port = runner.invoke(app, ["serve", "--port", "70000"])
    assert isinstance(port.exception, OptionError)
