"""The HTML pages: overview, dyad explorer, events, documents, actors, search.

Plain GET forms and links only, so every page reads and works without JavaScript.
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..errors import DetenteError
from . import charts
from . import dyads as dyad_views
from .api import OFFSET, clean, event_filters
from .highlight import highlighted
from .views import QUADS, actor_name, document_marks, page_of, snippet

router = APIRouter(include_in_schema=False)
PAGE = 50

QUAD_COLORS = {"vcoop": "#8cc6a0", "mcoop": "#2e8b57", "vconf": "#f0a66e", "mconf": "#c0392b"}


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    state = request.app.state
    context.setdefault("title", context.get("nav") or "detente")
    context.update(db_name=state.corpus.path.name, writable=bool(state.write_token))
    return state.templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, error: DetenteError, status: int) -> HTMLResponse:
    return render(request, "error.html", status=status, error=error, title=error.title)


def store(request: Request):
    return request.app.state.corpus.store


def actor_codes(request: Request) -> list[str]:
    """Codes for the actor pickers' datalist (countries first, then sector codes)."""

    def compute() -> list[str]:
        rows = store(request).actors(limit=300)
        codes = {r["country"] for r in rows if r.get("country")} | {r["code"] for r in rows}
        return sorted(codes, key=lambda c: (len(c) != 3, c))

    return request.app.state.corpus.cached("actor_codes", compute)


def active_dyads(request: Request) -> list[dict]:
    return request.app.state.corpus.cached("active_dyads",
                                           lambda: dyad_views.active_dyads(store(request), limit=8))


def profile_caches(request: Request) -> dict:
    """The corpus-wide tables an actor profile looks things up in, cached per database state."""
    corpus = request.app.state.corpus
    known = corpus.cached("actors", lambda: dyad_views.actor_table(store(request)))

    def edges(level: str) -> list[dict]:
        return corpus.cached(f"edges:{level}", lambda: store(request).network_rows(level=level))

    return {"known": known, "edges": edges}


def counts(request: Request) -> dict:
    return request.app.state.corpus.cached("counts", lambda: store(request).counts())


def latest_events(request: Request, n: int = 10) -> list[dict]:
    # the store lists oldest first; the newest are the last page
    s = store(request)
    total = s.count_events(modality="asserted")
    return list(reversed(s.events(modality="asserted", limit=n, offset=max(0, total - n))))


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    s = store(request)
    n = counts(request)
    shown = [("documents", n["documents"]), ("events", n["events"]),
             ("real events", n["event_instances"]), ("actor mentions", n["mentions"]),
             ("sentences", n["sentences"]), ("warnings", n["warnings"])]
    documents = [{**d, "events": d["n_events"], "warnings": d["n_warnings"]}
                 for d in s.documents(limit=8)]
    return render(request, "overview.html", nav="Overview", counts=shown,
                  dyads=active_dyads(request), documents=documents,
                  events=latest_events(request))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, offset: int = OFFSET):
    problem, events, page = None, [], page_of("/events", {}, 0, PAGE, 0)
    raw = dict(request.query_params)
    try:
        filters = event_filters(**_filter_args(raw))
        found = store(request).events(limit=PAGE, offset=max(0, offset), **filters.store_filters())
        total = store(request).count_events(**filters.store_filters())
        events, page = found, page_of("/events", raw, max(0, offset), PAGE, len(found), total)
    except DetenteError as exc:
        problem = exc
    api_link = "/api/events?" + urlencode({k: v for k, v in raw.items() if v and k != "offset"})
    return render(request, "events.html", status=400 if problem else 200, nav="Events",
                  f=_form(raw), events=events, page=page, problem=problem, api_link=api_link,
                  actor_codes=actor_codes(request))


def _filter_args(raw: dict) -> dict:
    """Query parameters of the event form as arguments of ``event_filters`` (blank = unset)."""
    keys = ("source", "target", "type", "since", "until", "place", "q", "doc_id", "instance_id")
    args = {k: (raw.get(k) or None) for k in keys}
    args["modality"] = raw.get("modality") or "asserted"
    for key in ("since", "until"):
        if args[key] and not _date_like(args[key]):
            raise dyad_views.WebError("E070", field=key, reason=f"{args[key]!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return args


def _date_like(value: str) -> bool:
    parts = value.strip().split("-")
    return 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


def _form(raw: dict) -> dict:
    return {k: raw.get(k, "") for k in ("source", "target", "type", "modality", "since", "until",
                                          "q", "a", "b", "by", "period", "doc_id", "instance_id")}


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, offset: int = OFFSET):
    offset = max(0, offset)
    found = store(request).documents(limit=PAGE, offset=offset)
    total = counts(request)["documents"]
    documents = [{**d, "events": d["n_events"], "warnings": d["n_warnings"]} for d in found]
    return render(request, "documents.html", nav="Documents", documents=documents,
                  page=page_of("/documents", {}, offset, PAGE, len(found), total))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str):
    doc = store(request).document(doc_id)
    if doc is None:
        raise dyad_views.WebError("E071", kind="document", id=doc_id)
    in_text_order = sorted(doc["events"], key=lambda e: tuple((e.get("trigger") or {}).get("span") or (0, 0)))
    return render(request, "document.html", nav="Documents", title=doc.get("title") or doc_id,
                  doc=doc, warnings=doc["warnings"], events=in_text_order,
                  n_mentions=len(doc["mentions"]),
                  text_html=highlighted(doc["text"], document_marks(doc)))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, q: Optional[str] = None, offset: int = OFFSET):
    problem, actors = None, []
    try:
        found = store(request).actors(query=clean(q, "q"), limit=PAGE, offset=max(0, offset))
        actors = [{**a, "name": a.get("entity"), "events": a.get("n_events")} for a in found]
    except DetenteError as exc:
        problem = exc
    page = page_of("/actors", {"q": q}, max(0, offset), PAGE, len(actors))
    return render(request, "actors.html", status=400 if problem else 200, nav="Actors",
                  actors=actors, q=q, page=page, problem=problem)


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: str):
    s = store(request)
    profile = dyad_views.actor_profile(s, code, **profile_caches(request))
    code = profile["code"]
    bars = [charts.Span_(f"{r['entity']}: {r['title'] or r['code']}", r["start"], r["end"])
            for r in profile["offices"]]
    bars += [charts.Span_(f"{r['entity']} as {r['code']} (seen)", r["start"], r["end"], "#d98e04")
             for r in profile["roles"]]
    events = dyad_views.actor_events(profile["records"])
    return render(request, "actor.html", nav="Actors", title=code,
                  actor={**profile, "name": actor_name(code), "events": profile.get("n_events")},
                  roles=profile["offices"], seen=profile["roles"], partners=profile["partners"],
                  timeline=charts.timeline(bars) if bars else None, events=events)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = ""):
    problem, hits = None, []
    try:
        text = clean(q, "q")
        if text:
            found = store(request).search(text, limit=50)
            hits = [{"date": e.get("date") or e.get("doc_date"), "doc_id": e["doc_id"], "title": None,
                     "snippet_html": snippet(e["sentence"], text)} for e in found["events"]]
            seen = {h["doc_id"] for h in hits}
            for d in found["documents"]:
                if d["doc_id"] not in seen:
                    hits.append({"date": d.get("date"), "doc_id": d["doc_id"], "title": d.get("title"),
                                 "snippet_html": snippet(d.get("title") or "", text)})
    except DetenteError as exc:
        problem = exc
    return render(request, "search.html", status=400 if problem else 200, title="Search",
                  search_q=q, hits=hits, problem=problem)


@router.get("/dyads", response_class=HTMLResponse)
def dyad_page(request: Request):
    raw = dict(request.query_params)
    f = _form(raw)
    f["by"] = f["by"] or "month"
    s = store(request)
    context = dict(nav="Dyads", title="Dyad explorer", f=f, actor_codes=actor_codes(request),
                   suggestions=active_dyads(request)[:6], series=None,
                   period_events=None, problem=None, quads=[], chart="", trend=None, notable=[])
    a, b = (clean(f["a"], "a") or "").upper(), (clean(f["b"], "b") or "").upper()
    if not (a and b):
        return render(request, "dyad.html", **context)
    f.update(a=a, b=b)
    try:
        report = dyad_views.dyad_report(s, a, b, by=f["by"], since=f["since"] or None,
                                        until=f["until"] or None)
    except DetenteError as exc:
        context["problem"] = exc
        return render(request, "dyad.html", status=400, **context)
    base = {"a": a, "b": b, "by": f["by"], "since": f["since"], "until": f["until"]}
    base = {k: v for k, v in base.items() if v}
    if len(report["rows"]) > dyad_views.MAX_PAGE_PERIODS:
        context["problem"] = dyad_views.WebError(
            "E070", field="since/until", reason=f"{len(report['rows'])} {f['by']}s are too many to draw; "
                                                "narrow the range or choose a longer period")
        return render(request, "dyad.html", status=400, **context)
    rows = []
    for row in dyad_views.period_rows(report):
        link = "/dyads?" + urlencode({**base, "period": row["period"]}) + "#period-events"
        rows.append({**row, "link": link})
    quads = [{"key": quad, "name": label} for quad, (_, label) in QUADS.items()]
    context.update(series=rows, quads=quads, trend=trend_view(report["trend"]), notable=report["notable"],
                   chart=dyad_chart(rows, f"{a} and {b} by {f['by']}", f["period"]))
    if f["period"]:
        chosen = next((r for r in rows if r["period"] == f["period"]), None)
        if chosen is None:
            context["problem"] = dyad_views.WebError("E070", field="period", reason=f"{f['period']!r} is not a period of this series")
            return render(request, "dyad.html", status=400, **context)
        else:
            context["period_events"] = dyad_views.period_events(s, a, b, chosen)
    return render(request, "dyad.html", **context)


def trend_view(trend: dict) -> dict:
    """The verdict split into its sentence and its figures ("... over X (slope, CI)")."""
    head, _, rest = trend["verdict"].partition(" (")
    return {**trend, "verdict": head, "detail": rest.rstrip(")") if rest else ""}


def dyad_chart(rows: list[dict], title: str, selected: Optional[str] = None) -> str:
    periods = [r["period"] for r in rows]

    def series(quad: str) -> charts.Series:
        css, label = QUADS[quad]
        return charts.Series(label, [r["counts"][quad] for r in rows], QUAD_COLORS[css])

    return charts.diverging_bars(
        periods, up=[series("material_cooperation"), series("verbal_cooperation")],
        down=[series("verbal_conflict"), series("material_conflict")],
        line=[r["net"] for r in rows], line_name="net cooperation",
        links=[r["link"] for r in rows], title=title, selected=selected)
