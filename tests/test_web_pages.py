"""The HTML pages: content, escaping, highlights, links, errors, and no resource off the server."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from detente.web import create_app
from detente.web.charts import Series, diverging_bars, timeline
from detente.web.highlight import Mark, highlighted
from web_corpus import DATELINE_DOC, build_db

PAGES = ["/", "/dyads", "/dyads?a=BLR&b=USA", "/dyads?a=BLR&b=USA&period=2015-06", "/events",
         "/events?source=USA&type=SANCTION", "/documents", f"/documents/{DATELINE_DOC}",
         "/actors", "/actors?q=BLR", "/actors/BLRGOV", "/actors/USA", "/search?q=sanctions"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(build_db(tmp_path_factory.mktemp("pages") / "corpus.duckdb"))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.corpus.close()


@pytest.mark.parametrize("url", PAGES)
def test_web_pages_render_offline(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "<script" not in html                       # readable without JavaScript
    external = re.findall(r'(?:src|href)="(https?://[^"]*)"', html)
    assert external == [], external                     # no CDN, works offline


def test_web_pages_static_css_served(client):
    response = client.get("/static/style.css")
    assert response.status_code == 200 and "mark.hl-trigger" in response.text


def test_web_pages_overview_counts_events_dyads(client):
    html = client.get("/").text
    assert re.search(r'<div class="n">5</div><div class="l">documents</div>', html)
    assert "/dyads?a=BLR&amp;b=USA" in html
    assert "suspended sanctions" in html


def test_web_pages_document_highlights_and_escapes(client):
    html = client.get("/documents/sanctions-jun").text
    assert "Obama keeps sanctions on Belarusian leaders &lt;for now&gt;" in html
    assert "<for now>" not in html
    assert re.search(r'<mark class="hl hl-trigger"[^>]*id="ev-[0-9a-f]+"[^>]*>extended sanctions</mark>', html)
    assert re.search(r'<mark class="hl hl-actor"[^>]*>President Barack Obama</mark>', html)


def test_web_pages_document_shows_dateline_warning(client):
    html = client.get(f"/documents/{DATELINE_DOC}").text
    assert 'class="warning"' in html and "Updated at 14:00,27-11-2022" in html


def test_web_pages_dyad_chart_links_periods(client):
    html = client.get("/dyads?a=blr&b=usa").text
    assert html.count('<a class="period"') == 10
    assert 'href="/dyads?a=BLR&amp;b=USA&amp;by=month&amp;period=2015-06#period-events"' in html
    assert "cooperation rose" in html


def test_web_pages_dyad_period_lists_its_events(client):
    html = client.get("/dyads?a=BLR&b=USA&period=2015-10").text
    section = html.split('id="period-events"')[1]
    assert "RETREAT" in section and "CONSULT" in section and "SANCTION" not in section


def test_web_pages_bad_parameters_are_400_pages(client):
    for url in ("/events?since=yesterday", "/dyads?a=BLR&b=USA&by=decade",
                "/dyads?a=BLR&b=USA&period=1999-01", "/events?offset=-5", "/events?type=NOPE"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert response.headers["content-type"].startswith("text/html")


def test_web_pages_unknown_ids_are_404_pages(client):
    for url in ("/documents/nope", "/actors/ZZZMIL", "/no/such/page"):
        response = client.get(url)
        assert response.status_code == 404 and "<h1>" in response.text, url


def test_web_pages_highlight_overlapping_spans_stay_nested():
    text = "A <b>&c met B."
    marks = [Mark(0, 8, "actor", "X"), Mark(2, 12, "trigger", "T", "ev-1"), Mark(5, 99, "actor")]
    html = highlighted(text, marks)
    assert "<b>" not in html and "&lt;b&gt;&amp;c" in html.replace("</mark>", "").replace(
        '<mark class="hl hl-actor hl-trigger" title="X · T" id="ev-1">', "")
    assert html.count("<mark") == html.count("</mark>") == 3
    assert re.sub(r"<[^>]+>", "", html) == "A &lt;b&gt;&amp;c met B."


def test_web_pages_chart_escapes_and_handles_empty_series():
    svg = diverging_bars(['"><x>'], [Series("up<", [2], "#000")], [Series("down", [1], "#111")],
                         links=['/p?a=1&b="2"'], line=[1])
    assert "<x>" not in svg and "&quot;&gt;&lt;x&gt;" in svg and 'href="/p?a=1&amp;b=&quot;2&quot;"' in svg
    empty = diverging_bars([], [], [])
    assert "no events in this range" in empty and empty.endswith("</svg>")
    assert timeline([]).endswith("</svg>")


def test_web_pages_dyad_notable_events_link_to_their_mentions(client):
    html = client.get("/dyads?a=BLR&b=USA").text
    notable = html.split("Notable events")[1]
    link = re.search(r'href="(/events\?instance_id=[0-9a-f]+&amp;modality=any)">([^<]+)</a>', notable)
    assert link, notable[:500]
    listed = client.get(link.group(1).replace("&amp;", "&")).text
    assert link.group(2) in listed and 'name="instance_id"' in listed


def test_web_pages_events_link_to_same_query_as_json(client):
    html = client.get("/events?source=USA&type=SANCTION").text
    assert 'href="/api/events?source=USA&amp;type=SANCTION"' in html


def test_web_pages_forbid_scripts_and_foreign_resources(client):
    response = client.get(f"/documents/{DATELINE_DOC}")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "style-src 'self'" in csp and "script" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert ' style="' not in response.text       # inline styles would be blocked by the policy
