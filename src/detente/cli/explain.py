"""`detente explain`: the parse, the mentions, the patterns tried and why each event was or was
not coded, for one sentence or short text."""

from __future__ import annotations

import json
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from ..errors import OptionError
from ..explain import Explanation, SentenceExplanation, explain_text, explanation_record
from ..pipeline import Pipeline
from ..settings import Settings
from .app import app
from .code import parse_date_option


@app.command()
def explain(
    text: str = typer.Argument(..., help="The sentence (or short text) to explain, quoted."),
    date: Optional[str] = typer.Option(None, "--date", help="Document date YYYY-MM-DD."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to parse with."),
    parse: bool = typer.Option(True, "--parse/--no-parse", help="Show the token table."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
) -> None:
    """Explain how detente codes TEXT.

    Example:  detente explain "Brazil refused to meet the Argentine envoy." --date 2024-03-06
    """
    if not text.strip():
        raise OptionError("E050", option="TEXT", reason="empty; give the sentence to explain, quoted")
    settings = Settings(**({"model": model} if model else {}))
    explanation = explain_text(Pipeline(settings), text, parse_date_option(date))
    if as_json:
        print(json.dumps(explanation_record(explanation), ensure_ascii=False, indent=2))
        return
    Console(highlight=False).print(*renderables(explanation, show_parse=parse), sep="\n")


def renderables(explanation: Explanation, show_parse: bool = True) -> list:
    out: list = []
    document = explanation.document
    out.append(f"[bold]document date[/bold]: {document.date or 'none'}"
               + (f" ({document.date_origin})" if document.date_origin else ""))
    out.append(_mentions(explanation))
    for sentence in explanation.sentences:
        out.append(f"\n[bold]sentence {sentence.index}[/bold]: {sentence.text}")
        if show_parse:
            out.append(_parse_table(sentence))
        out.extend(_candidates(sentence))
        out.extend(_outcomes(sentence))
    asserted = sum(e.modality == "asserted" for e in explanation.events)
    out.append(f"\n{len(explanation.events)} event(s), {asserted} asserted "
               "(only asserted events are written by `detente code` without --all)")
    return out


def _mentions(explanation: Explanation) -> Table | str:
    if not explanation.mentions:
        return "[bold]mentions[/bold]: none (no actor found in the text)"
    table = Table(title="mentions", title_justify="left")
    for column in ("text", "span", "code", "country", "sector", "entity", "how"):
        table.add_column(column)
    for m in explanation.mentions:
        table.add_row(m.text, f"{m.span[0]}-{m.span[1]}", m.code or "", m.country or "", m.sector or "",
                      m.entity or "", m.why or "")
    return table


def _parse_table(sentence: SentenceExplanation) -> Table:
    table = Table(title="parse", title_justify="left")
    for column in ("i", "token", "lemma", "POS", "tag", "dep", "head"):
        table.add_column(column)
    for t in sentence.tokens:
        table.add_row(str(t.i), t.text, t.lemma, t.pos, t.tag, t.dep, f"{t.head} {t.head_text}")
    return table


def _candidates(sentence: SentenceExplanation) -> list:
    if not sentence.candidates:
        return ["[bold]patterns tried[/bold]: no word of this sentence is a trigger of any pattern"]
    out = ["[bold]patterns tried[/bold]"]
    for candidate in sentence.candidates:
        out.append(f"  {candidate.i} '{candidate.text}'")
        for trial in candidate.trials:
            mark = "[green]fired[/green]" if trial.fired else "[dim]no[/dim]"
            out.append(f"      {mark} {trial.pattern}" + ("" if trial.fired else f": {trial.why}"))
    return out


def _outcomes(sentence: SentenceExplanation) -> list:
    out = []
    for o in sentence.outcomes:
        out.append(f"[bold]{o.event_type}[/bold] by {o.pattern} on '{o.trigger}'")
        out.append(f"      source: {o.source}")
        out.append(f"      target: {o.target}")
        out.append(f"      modality: {o.modality} ({o.modality_reason}); walked {o.path}")
        if o.reporter:
            out.append(f"      reported by: {o.reporter}")
        if o.embedded:
            out.append(f"      embedded: {o.embedded}")
        for e in o.events:
            src = e.source.code if e.source else "-"
            tgt = e.target.code if e.target else "-"
            arrow = "<->" if e.symmetric else "->"
            out.append(f"      event: {src} {arrow} {tgt} {e.event_type} {e.modality}, "
                       f"confidence {e.confidence}, date {e.date or '-'} ({e.date_precision})")
        out.append(f"      => {o.verdict}")
    return out
