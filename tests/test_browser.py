"""End to end in a real browser: Debian's Chromium driven by Playwright over a live server.

A fresh database gets a few sample-corpus files coded by the real pipeline plus the hand-coded
web fixture; the test opens the dashboard, picks a dyad, clicks a period of the chart, follows
an event to its document and checks the highlights.  Screenshots go to test-output/.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from detente.errors import DetenteError
from detente.ingest import read_inputs
from detente.store import Store
from web_corpus import build_db

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "test-output"
SAMPLES = ("2015-01-20-us-urges-belarus-free-prisoners.txt",
           "2015-06-12-obama-extends-belarus-sanctions.txt",
           "2015-10-30-us-suspends-sanctions-belarus-companies.txt")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory, pipeline) -> Path:
    """Sample-corpus files coded by the pipeline, then the hand-coded fixture, in a fresh file."""
    path = build_db(tmp_path_factory.mktemp("browser") / "corpus.duckdb")
    files = [str(ROOT / "examples" / "corpus" / name) for name in SAMPLES
             if (ROOT / "examples" / "corpus" / name).exists()]
    documents = [d for d in read_inputs(files) if not isinstance(d, DetenteError)]
    with Store(path) as store:
        store.write(list(pipeline.code(documents)))
    return path


@pytest.fixture(scope="module")
def server(corpus_db):
    import uvicorn

    from detente.web import create_app

    port = free_port()
    config = uvicorn.Config(create_app(corpus_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
        # the dashboard must not reach the network: any request off the server fails the test
        outside: list[str] = []
        context.on("request", lambda r: None if r.url.startswith(server) else outside.append(r.url))
        page = context.new_page()
        yield page
        browser.close()
        assert not outside, f"requests outside the server: {outside}"


def test_browser_dyad_period_to_highlighted_document(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator(".stat").count() >= 4
    page.screenshot(path=str(SHOTS / "01-overview.png"), full_page=True)

    page.click("nav >> text=Dyads")
    page.fill("input[name=a]", "BLR")
    page.fill("input[name=b]", "USA")
    page.click("form.filters button[type=submit]")
    assert "a=BLR" in page.url and "b=USA" in page.url
    assert page.locator("svg.chart").count() == 1
    verdict = page.locator(".verdict-text").inner_text()
    assert verdict.startswith(("cooperation rose", "cooperation fell", "no significant change", "too few"))
    page.screenshot(path=str(SHOTS / "02-dyad.png"), full_page=True)

    page.click('svg.chart a.period[data-period="2015-06"] rect.hit')
    assert "period=2015-06" in page.url
    rows = page.locator("#period-events table.events tbody tr")
    assert rows.count() >= 1
    assert "SANCTION" in page.locator("#period-events").inner_text()
    page.screenshot(path=str(SHOTS / "03-period.png"), full_page=True)

    page.locator("#period-events table.events a[href^='/documents/']").first.click()
    assert "/documents/" in page.url
    triggers = page.locator(".doctext mark.hl-trigger")
    actors = page.locator(".doctext mark.hl-actor")
    assert triggers.count() >= 1 and actors.count() >= 1
    assert "extended sanctions" in " ".join(triggers.all_inner_texts())
    page.screenshot(path=str(SHOTS / "04-document.png"), full_page=True)


def test_browser_document_shows_dateline_warning(server, page):
    page.goto(server + "/documents/talks-oct")
    warning = page.locator(".warning")
    assert warning.count() == 1 and "Updated at" in warning.inner_text()
    page.screenshot(path=str(SHOTS / "05-document-warning.png"), full_page=True)


def test_browser_actor_page_shows_roles(server, page):
    page.goto(server + "/actors/BLRGOV")
    assert page.locator("svg.timeline").count() == 1
    assert "Alexander Lukashenko" in page.locator("main").inner_text()
    page.screenshot(path=str(SHOTS / "06-actor.png"), full_page=True)
