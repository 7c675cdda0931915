"""Why a text did or did not produce events: the parse, the mentions, every pattern tried on
every candidate trigger, and for each event its arguments and modality.

    explanation = explain_text(Pipeline(), "Chile did not condemn the raid.")

``detente explain`` prints it; the web page or a notebook can render the same records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Optional

from spacy.tokens import Span, Token

from .events.arguments import MentionIndex, find_argument
from .events.match import (
    ADJECTIVAL, MODIFIER_DEPS, NOUN_POS, PARTICLE_DEPS, VERB_POS, Match, light_subject_fits, verb_fits,
    noun_governor, noun_preps_fit, objects_of,
)
from .events.modality import embedded_under, event_modality, reporter_of, walk
from .events.patterns import Pattern
from .model import Document, Event, Mention


@dataclass
class TokenRow:
    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    head_text: str


@dataclass
class Trial:
    """One pattern tried on one candidate trigger."""

    pattern: str
    event_type: str
    fired: bool
    why: str


@dataclass
class Candidate:
    """A word some pattern could fire on, with every pattern tried."""

    i: int
    text: str
    trials: list[Trial] = field(default_factory=list)


@dataclass
class Outcome:
    """A pattern that fired, what it found and what became of it."""

    pattern: str
    event_type: str
    trigger: str
    source: str
    target: str
    modality: str
    modality_reason: str
    reporter: Optional[str]
    embedded: Optional[str]
    path: str = ""  # the words the modality walk went through, trigger first
    events: list[Event] = field(default_factory=list)
    verdict: str = ""


@dataclass
class SentenceExplanation:
    index: int
    text: str
    tokens: list[TokenRow]
    candidates: list[Candidate]
    outcomes: list[Outcome]


@dataclass
class Explanation:
    document: Document
    mentions: list[Mention]
    sentences: list[SentenceExplanation]
    events: list[Event]


def explain_text(pipeline, text: str, date: Optional[dt.date] = None) -> Explanation:
    """Run ``pipeline`` (a detente Pipeline) on ``text`` and record why each event was or was
    not coded."""
    document = Document(doc_id="explain", text=text, date=date)
    (document, sdoc), = _parse(pipeline, document)
    coded = pipeline.code_parsed(document, sdoc)
    index = MentionIndex(sdoc, coded.mentions)
    coder = pipeline.coder
    sentences = []
    for number, sent in enumerate(sdoc.sents):
        matches = coder.matches(sent)
        context = coder.context(matches)
        sentences.append(SentenceExplanation(
            index=number, text=sent.text, tokens=[_row(t) for t in sent],
            candidates=candidates(coder, sent, matches),
            outcomes=[outcome(m, index, coded.events, *coder.decision(m, index, context),
                              attempts=coder.patterns.ontology[m.pattern.event_type].attempts)
                      for m in matches]))
    return Explanation(document=document, mentions=coded.mentions, sentences=sentences,
                       events=coded.events)


def explanation_record(explanation: Explanation) -> dict:
    """The explanation as JSON-ready data (``detente explain --json``)."""
    def sentence(s: SentenceExplanation) -> dict:
        return {"index": s.index, "text": s.text,
                "tokens": [asdict(t) for t in s.tokens],
                "candidates": [asdict(c) for c in s.candidates],
                "outcomes": [{**{k: v for k, v in vars(o).items() if k != "events"},
                              "events": [e.to_record() for e in o.events]} for o in s.outcomes]}

    return {"document": explanation.document.to_record(),
            "mentions": [m.model_dump(mode="json") for m in explanation.mentions],
            "sentences": [sentence(s) for s in explanation.sentences],
            "events": [e.to_record() for e in explanation.events]}


def _parse(pipeline, document: Document):
    from .nlp import parse

    return list(parse(pipeline.nlp, [document], batch_size=1))


def _row(token: Token) -> TokenRow:
    return TokenRow(i=token.i, text=token.text, lemma=token.lemma_, pos=token.pos_, tag=token.tag_,
                    dep=token.dep_, head=token.head.i, head_text=token.head.text)


def candidates(coder, sent: Span, matches: list[Match]) -> list[Candidate]:
    """Every word with a pattern indexed under its lemma, and each pattern's verdict on it."""
    fired = {m.trigger.i: m for m in matches}
    taken = {m.obj.i: m for m in matches if m.obj is not None}
    out = []
    for token in sent:
        patterns = _indexed(coder.index.verbs, token) + _indexed(coder.index.nouns, token)
        if not patterns:
            continue
        candidate = Candidate(i=token.i, text=token.text)
        winner = fired.get(token.i)
        for pattern in patterns:
            if winner is not None and winner.pattern is pattern:
                candidate.trials.append(Trial(pattern.pid, pattern.event_type, True, "fired"))
                continue
            why = why_not(pattern, token, coder.index.light_verbs)
            if why is None:
                if winner is not None:
                    why = f"fits, but {winner.pattern.pid} fired (more specific or listed first)"
                elif token.i in taken:
                    why = f"fits, but the word is the object of {taken[token.i].pattern.pid}"
                else:
                    why = "fits the word, but the noun is the topic of another event or lacks its verb"
            candidate.trials.append(Trial(pattern.pid, pattern.event_type, False, why))
        out.append(candidate)
    return out


def _indexed(index: dict[str, list[Pattern]], token: Token) -> list[Pattern]:
    return list(index.get(token.lemma_.lower()) or index.get(token.lower_) or ())


def why_not(pattern: Pattern, token: Token, light_verbs: frozenset[str]) -> Optional[str]:
    """What in the parse keeps ``pattern`` from firing on ``token``; None when nothing does."""
    if pattern.kind == "verb":
        main_be = token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")
        if token.pos_ not in VERB_POS and not main_be:
            return f"needs a verb; '{token.text}' is {token.pos_}"
        if token.dep_ in ADJECTIVAL:
            return f"verb used as a modifier ({token.dep_})"
        if verb_fits(pattern, token) is not None:
            return None
        if pattern.object is not None:
            objects = list(objects_of(token))
            if not any(word_in(o, pattern.object) for o in objects):
                found = ", ".join(o.text for o in objects) or "no object"
                return f"needs object {_words(pattern.object)}; found {found}"
        if pattern.particle is not None and not _has_child(token, PARTICLE_DEPS, pattern.particle):
            return f"needs particle {_words(pattern.particle)}"
        if pattern.prep is not None and not _has_prep(token, pattern.prep):
            return f"needs preposition {_words(pattern.prep)}"
        if pattern.xcomp is not None:
            return f"needs complement {_words(pattern.xcomp)}"
        if pattern.not_modifier is not None:
            return f"its object must not be modified by {_words(pattern.not_modifier)}"
        return "the verb's subject, modifier, auxiliary or preposition object does not fit"
    else:
        if token.pos_ not in NOUN_POS:
            return f"needs a noun; '{token.text}' is {token.pos_}"
        governor = noun_governor(token)
        verb = governor[0].lemma_.lower() if governor and governor[1] != "subj" else None
        if pattern.light and verb not in pattern.light and pattern.modifier is None:
            return f"needs light verb {_words(pattern.light)}; governed by {verb or 'no verb'}"
        if not pattern.light and governor and governor[1] == "obj" and verb not in light_verbs:
            return f"object of '{governor[0].text}', which is not a light verb"
        light = governor[0] if verb is not None else None
        if pattern.subject is not None and not light_subject_fits(pattern, light):
            return f"its verb's subject must be {_words(pattern.subject)}"
        if not noun_preps_fit(pattern, token, light):
            return f"needs preposition {_words(pattern.prep or pattern.prep_object)}"
    if pattern.modifier is not None and not _has_child(token, MODIFIER_DEPS, pattern.modifier):
        return f"needs modifier {_words(pattern.modifier)}"
    if pattern.not_modifier is not None and _has_child(token, MODIFIER_DEPS, pattern.not_modifier):
        return f"must not be modified by {_words(pattern.not_modifier)}"
    return None


def _words(words: frozenset[str], most: int = 5) -> str:
    shown = sorted(words)[:most]
    return "/".join(shown) + ("/..." if len(words) > most else "")


def word_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _has_child(token: Token, deps: set[str], words: frozenset[str]) -> bool:
    return any(c.dep_ in deps and word_in(c, words) for c in token.children)


def _has_prep(token: Token, words: frozenset[str]) -> bool:
    owners = [token] + list(objects_of(token))
    return any(_has_child(o, {"prep", "agent", "dative"}, words) for o in owners)


def outcome(match: Match, index: MentionIndex, events: list[Event],
            left_out: Optional[str] = None, found: Optional[tuple] = None,
            attempts: bool = False) -> Outcome:
    """Arguments and modality of a fired pattern, the events it left and, when none, why
    (``left_out``, from the coder); ``attempts``: the type counts an attempt as done (as the
    coder reads modality); ``found`` is the coder's (source, target, ...) when it
    coded the match."""
    pattern = match.pattern
    if found is not None:
        source, target = found[0], found[1]
    else:
        source = find_argument(match, pattern.source, index)
        target = find_argument(match, pattern.target, index)
    start = min(t.idx for t in match.tokens)
    mine = [e for e in events if _made_by(e, pattern.pid) and e.trigger.span[0] == start]
    modality, reason = found[2:4] if found is not None else event_modality(
        match.head, match.trigger, attempts=attempts)
    if mine and mine[0].modality != modality:  # the coder's own embedding check overrode it
        modality, reason = mine[0].modality, mine[0].explanation.rpartition(f"{mine[0].modality}: ")[2]
    reporter = reporter_of(match.head)
    result = Outcome(
        pattern=pattern.pid, event_type=pattern.event_type,
        trigger=" ".join(t.text for t in sorted(match.tokens, key=lambda t: t.i)),
        source=_argument(source, pattern.source), target=_argument(target, pattern.target),
        modality=modality, modality_reason=reason, reporter=reporter.text if reporter is not None else None,
        embedded=embedded_under(match.head), events=mine,
        path=" > ".join(f"{t.text}({t.dep_})" for t in walk(match.head).path))
    result.verdict = verdict(mine, left_out)
    return result


def _made_by(event: Event, pid: str) -> bool:
    """Whether the pattern ``pid`` coded ``event``: itself, or recoded by what it governs (a
    promise of harm is a threat, pattern "pid+act"); not an intent or refusal derived from it."""
    return event.pattern == pid or (event.pattern.startswith(pid + "+")
                                    and event.pattern.rpartition("+")[2] not in ("intent", "refusal"))


def _argument(argument, roles: tuple[str, ...]) -> str:
    if argument.reciprocal:
        return f"each source, for the other ({argument.how})"
    if not argument.mentions:
        return f"none found (looked at {', '.join(roles) or 'no role'})"
    names = ", ".join(f"{m.text} = {m.code or '?'}" for m in argument.mentions)
    return f"{names} (via {argument.how})"


def verdict(events: list[Event], left_out: Optional[str] = None) -> str:
    if not events:
        return f"no event: {left_out or 'a fuller event of the same type on the same words covers it'}"
    asserted = [e for e in events if e.modality == "asserted"]
    if asserted:
        return f"coded: {len(asserted)} asserted event(s), written by `detente code`"
    event = events[0]
    return f"not written by `detente code` ({event.modality}); `detente code --all` shows it"
