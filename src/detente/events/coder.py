"""EventCoder: PLOVER events of a parsed document, with source, target, modality and evidence."""

from __future__ import annotations

from itertools import combinations, product
from pathlib import Path
from typing import Optional

from spacy.tokens import Span, Token

from ..model import Document, Event, Mention, Trigger
from . import modality as modality_module
from .arguments import (
    ATTACKING_TYPES, BORROWED_COUNTRY, CIRCUMSTANCE_PREPS, FORWARD_TYPES, PARTICIPLE_NOUN, Argument,
    MentionIndex, absorbed_target, authorities_of_place, complement_argument, content_place, doer_behind, find_argument,
    government_addressed, people_of_place, purpose_argument, reciprocal_argument,
    still_to_come, unclaimed_attackers, where_done,
)
from .match import TIME_PREPS, Match, TriggerIndex, on_granted_time
from .patterns import PATTERN_DIR, PatternSet, load_ontology, load_patterns

_embedded_under = getattr(modality_module, "embedded_under", None)

# A trigger in the complement of one of these ("agreed to coordinate", "threatened to expel",
# "accused X of attacking") did not happen as told, whatever its own words say.
EMBEDDING_TYPES = {"AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
MEETING_TYPES = {"CONSULT"}  # whose parties named together meet each other
VERBAL_QUADS = (1, 3)  # verbal cooperation and verbal conflict
COMPLEMENT_CHAIN = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "acl", "dobj"}


class SentenceContext:
    """What the coder knows about one sentence's matches while coding each of them."""

    def __init__(self, matches: list[Match]) -> None:
        self.heads = {m.head.i: m for m in matches}
        self.absorbed: dict[int, list[Match]] = {}      # id(governor) -> absorbed matches
        self.arguments = {t.i for m in matches for t in argument_heads(m)}
        self.targets: dict[int, Argument] = {}           # head index -> target found
        self.dropped: set[int] = set()                   # id(match) of those that gave no event
        self.sources: dict[int, Argument] = {}           # id(match) -> source found


class EventCoder:
    """Codes events with the patterns of ``pattern_dir``, compiled once."""

    def __init__(self, pattern_dir: Path = PATTERN_DIR, *, max_sentence_chars: int = 2_000,
                 patterns: Optional[PatternSet] = None) -> None:
        self.patterns = patterns or load_patterns(pattern_dir, load_ontology())
        self.index = TriggerIndex(self.patterns)
        self.max_sentence_chars = max_sentence_chars

    def code(self, document: Document, sdoc, mentions: list[Mention],
             places: Optional[dict[int, str]] = None) -> list[Event]:
        """Events of every modality, undated, in text order.  ``places``: head token of each
        named city -> its country (the actors stage's ``places``), for attacked places."""
        index = MentionIndex(sdoc, mentions, places)
        arrays = self.index.word_arrays(sdoc)
        events: list[Event] = []
        for number, sent in enumerate(sdoc.sents):
            if sent.end_char - sent.start_char > self.max_sentence_chars:
                continue
            events.extend(self.sentence_events(document, sent, number, index, arrays))
        return events

    def matches(self, sent: Span) -> list[Match]:
        """The patterns that fire in one sentence (used by ``detente explain``)."""
        return self.index.find(sent)

    def sentence_events(self, document: Document, sent: Span, number: int,
                        index: MentionIndex, arrays=None) -> list[Event]:
        """The events of one sentence."""
        matches = self.index.find(sent, arrays)
        context = self.context(matches)
        events = []
        for match in matches:
            if self.skipped(match, context):
                continue
            found = self.arguments(match, index, context)
            if isinstance(found, str):
                context.dropped.add(id(match))
                continue
            source, target, modality, reason, reporter = found
            hostile = self.hostile_content(match, matches, context)
            intended = self.intended_content(match, matches, context) if hostile is None else None
            for src, tgt, symmetric in pairs(match, source, target):
                event = self._event(document, sent, number, match, src, tgt, symmetric,
                                    source, target, modality, reason, reporter)
                if hostile is not None:
                    event = self._as_threat(event, hostile)
                elif intended is not None:
                    event = self._as_intent(event, intended)
                events.append(event)
                if announced(modality, reason, reporter, src, self._threat(match)) or \
                        self.stated_plan(match, modality, reason, source, src, tgt):
                    events.extend(self._derived(event, "intent", target))
                elif modality == "negated" and refused(match, reporter, src):
                    events.extend(self._derived(event, "refusal"))
        return drop_subsumed(events)

    def stated_plan(self, match: Match, modality: str, reason: str, source: Argument,
                    src: Optional[Mention], tgt: Optional[Mention]) -> bool:
        """An act of yielding its subject says it intends: "Turkey intends to withdraw its
        troops from Iraq" is an intent to yield (CAMEO 035), as "intends to free" is
        (AGREE/intend-to-with); not plans to send or supply ("plans to send a medical team").
        A plan the news only tells ("Kenya will host talks", "Japan to send aid") stays a
        future event: no one has stated an intent, and it may not happen."""
        intent = self.patterns.ontology[match.pattern.event_type].intent
        if intent is None or intent.type != "AGREE" or not reason.startswith(INTENDING_REASONS):
            return False
        return intent.cameo == "035" and src is not None and tgt is not None \
            and src.country != tgt.country and not hedged(match.light or match.head)

    def hostile_content(self, match: Match, matches: list[Match],
                        context: "SentenceContext") -> Optional[Match]:
        """The hostile act an AGREE promises or declares ("vowed to crush the revolt",
        "announced its intention to attack the enclave", "pledged to impose sanctions"): a
        trigger in its complement whose own announced intent is a threat (ontology.yaml), not
        one that is a threat only towards a target ("pledged to send troops to Mali" is a
        promise to Mali)."""
        if match.pattern.event_type != "AGREE" or not _declares(match.trigger):
            return None
        for content in matches:
            # (its own complement: "promised help in fighting migration" promises help)
            if content is match or content.head.head.i not in (match.trigger.i, match.head.i) \
                    or embedding_trigger(content, context.heads, any_type=True) is not match:
                continue
            intent = self.patterns.ontology[content.pattern.event_type].intent
            if intent is not None and intent.type == "THREATEN" and not intent.needs_target:
                return content
        return None

    def intended_content(self, match: Match, matches: list[Match],
                         context: "SentenceContext") -> Optional[Match]:
        """The cooperative act a generic intent (CAMEO 030) is about: "plans to release the
        prisoners" is an intent to yield (035, RETREAT's intent in ontology.yaml), "is ready
        to send aid" one to aid (033)."""
        if match.pattern.event_type != "AGREE" or match.pattern.cameo != "030":
            return None
        for content in matches:
            # (an adjective's complement hangs on the adjective, not on the copula its match
            # is headed by: "is ready to release", "is open to talks")
            complement = match.trigger in (content.head.head, content.head.head.head)
            if content is match or not (complement or embedding_trigger(
                    content, context.heads, any_type=True) is match):
                continue
            if content.head.dep_ == "pobj" and content.head.head.lower_ in TIME_PREPS:
                continue  # ("offered concessions during the negotiations": when, not what)
            intent = self.patterns.ontology[content.pattern.event_type].intent
            if intent is not None and intent.type == "AGREE" and intent.cameo != "030":
                return content
        return None

    def _as_intent(self, event: Event, content: Match) -> Event:
        intent = self.patterns.ontology[content.pattern.event_type].intent
        return event.model_copy(update=dict(
            cameo=intent.cameo, explanation=f"{event.explanation}; what it intends is "
            f"{content.pattern.event_type} '{content.trigger.text}' (CAMEO {intent.cameo})"))

    def _as_threat(self, event: Event, content: Match) -> Event:
        intent = self.patterns.ontology[content.pattern.event_type].intent
        return event.model_copy(update=dict(
            event_type=intent.type, cameo=intent.cameo, mode=None,
            intensity=self.patterns.ontology[intent.type].intensity,
            pattern=f"{event.pattern}+{content.pattern.pid}",
            explanation=f"{event.explanation}; what it promises is {content.pattern.event_type} "
                        f"'{content.trigger.text}', so it is a threat ({intent.type} {intent.cameo})"))

    def context(self, matches: list[Match]) -> "SentenceContext":
        """What the coder knows of one sentence's matches before coding any of them."""
        context = SentenceContext(matches)
        for match in matches:
            governor = self.absorbed(match, context.heads)
            if governor is not None:
                context.absorbed.setdefault(id(governor), []).append(match)
        return context

    def skipped(self, match: Match, context: "SentenceContext") -> Optional[str]:
        """Why embedded content, an absorbed clause or a background description is not coded;
        None for a match that is coded if its arguments are found."""
        embedded = self.embedded(match, context.heads)
        if embedded is not None and not self.speaks_for_dropped(match, context) and not (
                match.pattern.negated and embedded.startswith("refusal")):
            # ("refused to rule out force": a pattern of the negated act is that act refused)
            return f"it is the content of another event ({embedded})"
        if past_report(match, match.xcomp):
            return f"a warning that '{match.xcomp.text}' has happened is a report, not a threat"
        governor = self.absorbed(match, context.heads)
        if governor is not None:
            return f"it belongs to {governor.pattern.pid} '{governor.trigger.text}' (its purpose or participle clause)"
        if background(match, context.arguments, context.heads):
            return "it is background: it describes an actor or the time of another event"
        return None

    def speaks_for_dropped(self, match: Match, context: "SentenceContext") -> bool:
        """A threat whose governing threat word gave no event says the threat itself: "Russia
        warned it would take countermeasures" names no one warned, but the countermeasures it
        says it will take are a threat."""
        if match.pattern.event_type != "THREATEN":
            return False  # (a meeting under a dropped meeting word is no more certain)
        governor = embedding_trigger(match, context.heads, any_type=True)
        return governor is not None and id(governor) in context.dropped \
            and governor.pattern.event_type == match.pattern.event_type

    def speaker(self, match: Match, context: "SentenceContext") -> Optional[Argument]:
        """The source of the governor a content speaks for, when the content's own subject is a
        pronoun or missing ("Russia warned **it** would take countermeasures")."""
        subjects = [c for c in match.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.pos_ != "PRON" for c in subjects):
            return None
        governor = embedding_trigger(match, context.heads, any_type=True)
        found = context.sources.get(id(governor)) if governor is not None else None
        if found is None or not found.mentions:
            return None
        return Argument(mentions=found.mentions, how=f"{found.how} of {governor.trigger.text}",
                        direct=False)

    def decision(self, match: Match, index: MentionIndex, context: "SentenceContext"):
        """For ``detente explain``: (why a fired pattern gives no event, None), or (None, its
        arguments as ``arguments`` returns them) when it gives one."""
        skipped = self.skipped(match, context)
        if skipped is not None:
            return skipped, None
        found = self.arguments(match, index, context)
        if isinstance(found, str):
            context.dropped.add(id(match))
        return (found, None) if isinstance(found, str) else (None, found)

    def arguments(self, match: Match, index: MentionIndex, context: "SentenceContext"):
        """(source, target, modality, reason, reporter) of a match, or why it has no event
        when the arguments it requires are missing (a string)."""
        pattern = match.pattern
        source = find_argument(match, pattern.source, index)
        if not source.mentions:
            source = find_argument(match, ("attack", "host"), index)
        if not source.mentions and self.speaks_for_dropped(match, context):
            source = self.speaker(match, context) or source
        context.sources[id(match)] = source
        other = tuple(source.mentions)
        target = find_argument(match, pattern.named_target, index, other)
        meeting = pattern.symmetric and pattern.event_type in MEETING_TYPES and len(other) >= 2
        if not target.mentions and pattern.named_target and not meeting:
            # (parties named together in talks are each other's counterpart, whatever the
            # talks are about: "Chad and Niger are in talks to repatriate refugees to Sudan")
            target = complement_argument(match, index, other)
        elif target.content and (target.borrowed or (
                pattern.event_type == "REJECT" and target.how.startswith("dobj of")
                and not any(m.country or m.kind in ("igo", "state") for m in target.mentions))):
            # "agreed to send troops to Mali": the troops only borrowed Mali's name; the
            # governed action's own preposition names the target ("refused to extradite the
            # former minister to Britain": who is refused, not the person handed over).
            fuller = complement_argument(match, index, other)
            target = fuller if fuller.known else target
        if not target.mentions and id(match) in context.absorbed:
            target = absorbed_target(match, context.absorbed[id(match)], index)
        if not target.mentions and pattern.named_target and not pattern.symmetric:
            # (a meeting's purpose names its topic, not the other party: "met in Tehran to
            # discuss Syria")
            target = purpose_argument(match, index, other)
        if not target.mentions and pattern.symmetric:
            target = shared_party(match, context.heads, context.targets) or target
        if not target.mentions and len(source.mentions) >= 2:
            target = reciprocal_argument(match) or target
        actor = source.known or any(m.kind == "igo" for m in source.mentions)
        if not (target.mentions or target.reciprocal) and actor and not (
                pattern.symmetric and len(other) >= 2):
            # ("agreed to build a dam in Bolivia"; not "Chile and Peru agreed to hold talks in X")
            target = content_place(match, index, other)
        context.targets[match.head.i] = target
        modality, reason = modality_module.event_modality(
            match.head, match.trigger, attempts=self.patterns.ontology[pattern.event_type].attempts)
        reporter = self._reporter(match, index, modality, reason)
        # (a source whose country was only borrowed from its sentence may still be the
        # reporter's own: "the minister said his government had expelled two British diplomats")
        if reporter is not None and not any(m.country and m.confidence > BORROWED_COUNTRY
                                            for m in source.mentions):
            if not source.mentions and "reporter" in pattern.source:
                source = Argument(mentions=[reporter], how="reporter", direct=False)
            elif "reporter" not in pattern.source:
                source = pronoun_reporter(match, reporter) or source
            if not (target.mentions or target.reciprocal) and source.known and len(source.mentions) == 1:
                # (the source known only now: "Peru said it is ready to build a road in Bolivia")
                target = content_place(match, index, tuple(source.mentions))
        if pattern.aux is not None:
            # The demand itself was made: "X said Y must ..." is an asserted request.
            modality, reason = "asserted", f"reported '{reason}'"
        elif pattern.negated and modality == "negated":
            # "did not rule out force": the negation is the event
            modality, reason = "asserted", f"the negation is the event ({reason})"
        verbal = self.patterns.ontology[pattern.event_type].quad in VERBAL_QUADS
        target = settled_target(match, source, target, index, verbal)
        missing = unsatisfied(match, source, target, verbal)
        if missing is not None:
            return missing
        # (defaults only once the event stands without them: none saves a pattern's requirement)
        etype = self.patterns.ontology[pattern.event_type]
        if not target.mentions and etype.addressed:
            target = government_addressed(match, source, index)
        if not source.mentions and etype.crowd:
            source = people_of_place(match, target, index)
        if not source.mentions and etype.unclaimed:
            source = unclaimed_attackers(match, index)
        mode = etype.modes.get(pattern.mode or "")
        if not source.mentions and mode is not None and mode.authorities:
            source = authorities_of_place(match, index, mode.authorities)
        return source, target, modality, reason, reporter

    def embedded(self, match: Match, heads: dict[int, Match]) -> Optional[str]:
        """Why this trigger is the content of another coded trigger ("accused X of attacking",
        "threatened to expel", "agreed to withdraw"), so that only the governing event is coded."""
        governor = embedding_trigger(match, heads, any_type=True)
        if governor is None or past_report(governor, clause_under(match.head, governor.head)):
            # ("NATO warned that Russia had massed troops": the mobilisation is reported)
            return None
        reason = _embedded_under(match.head) if _embedded_under is not None else None
        if reason is None and governor.pattern.event_type in EMBEDDING_TYPES:
            reason = f"content of {governor.pattern.pid} '{governor.trigger.text}'"
        return reason

    def absorbed(self, match: Match, heads: dict[int, Match]) -> Optional[Match]:
        """The trigger whose purpose or participle clause this one is, when its type absorbs
        this one ("marched to demand", "rallied, denouncing")."""
        token = match.head
        if token.dep_ not in ("advcl", "xcomp", "conj", "acl"):
            return None
        governor = heads.get(token.head.i)
        if governor is None or governor is match:
            return None
        absorbs = self.patterns.ontology[governor.pattern.event_type].absorbs
        if match.pattern.event_type in absorbs:
            return governor
        # "attacked the convoy, killing four soldiers": a participle of the same type tells
        # more of the same event, not a second one.
        same = governor.pattern.event_type == match.pattern.event_type
        participle = token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        return governor if same and participle else None

    def _threat(self, match: Match) -> bool:
        """Whether an actor's announcement of this trigger's act is a threat."""
        intent = self.patterns.ontology[match.pattern.event_type].intent
        return intent is not None and intent.type == "THREATEN"

    def _derived(self, event: Event, why: str, target: Optional[Argument] = None) -> list[Event]:
        """The asserted speech act a non-asserted event stands for (ontology.yaml):
        intent -- "X will send aid to Y" is X->Y AGREE (CAMEO 033), "X will strike Y" THREATEN;
        refusal -- "X did not accept Y's plan" is X->Y REJECT.  A type that ``needs`` a target
        derives nothing without one named on the trigger itself: troops sent "to help Mozambique"
        threaten no one."""
        etype = self.patterns.ontology[event.event_type]
        derived = etype.intent if why == "intent" else etype.refusal
        if derived is None or (derived.needs_target and (
                event.target is None or (target is not None and target.content))):
            return []
        kind, cameo = derived.type, derived.cameo
        said = "announced" if why == "intent" else "negated"
        return [event.model_copy(update=dict(
            event_type=kind, cameo=cameo, mode=None, modality="asserted",
            intensity=self.patterns.ontology[kind].intensity,
            pattern=f"{event.pattern}+{why}", confidence=round(event.confidence * 0.8, 2),
            explanation=f"{event.explanation}; {said} {event.event_type} coded as {kind} ({why})"))]

    def _reporter(self, match: Match, index: MentionIndex, modality: str,
                  reason: str) -> Optional[Mention]:
        if modality == "asserted" and not reason.startswith("reported by"):
            return None  # the modality walk names the reporter of an asserted event
        token = modality_module.reporter_of(match.head)
        if token is None:
            return None
        return index.mention_for(token) if isinstance(token, Token) else None

    def _event(self, document: Document, sent: Span, number: int, match: Match,
               src: Optional[Mention], tgt: Optional[Mention], symmetric: bool,
               source: Argument, target: Argument, modality: str, reason: str,
               reporter: Optional[Mention]) -> Event:
        pattern = match.pattern
        tokens = match.tokens
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t.text) for t in tokens)
        source_how = _how(src, source, target)
        target_how = _how(tgt, target, source)
        explanation = f"pattern {pattern.pid}; source = {source_how}; target = {target_how}"
        if modality != "asserted":
            explanation += f"; {modality}: {reason}"
        text = document.text
        return Event(
            doc_id=document.doc_id, doc_date=document.date,
            sentence=text[sent.start_char:sent.end_char],
            span=(sent.start_char, sent.end_char), sentence_index=number,
            trigger=Trigger(text=text[start:end], span=(start, end)),
            event_type=pattern.event_type, mode=pattern.mode, cameo=pattern.cameo,
            intensity=pattern.intensity, source=src, target=tgt, reporter=reporter,
            symmetric=symmetric, modality=modality, pattern=pattern.pid,
            confidence=confidence(match, src, tgt, source, target), explanation=explanation)


def _how(mention: Optional[Mention], own: Argument, other: Argument) -> str:
    """How an argument was found, for the explanation; a party of a symmetric event that came
    from the other role ("Germany and France signed") says so."""
    if mention is None:
        return "none"
    if any(m is mention for m in own.mentions):
        return own.how
    return f"party of {other.how} (symmetric)"


def pairs(match: Match, source: Argument, target: Argument):
    """(source, target, symmetric) for each actor pair: one event per pair of a compound actor;
    a symmetric event ("X and Y met", "talks between X and Y") once per unordered pair."""
    symmetric = match.pattern.symmetric
    if target.parties and len(target.mentions) >= 2:
        parties = sorted(target.mentions, key=lambda m: m.span[0])
        codes = [m.code or m.text for m in parties]
        # "clashes between Armenia and Azerbaijan, Georgia and Azerbaijan": a party named
        # twice means the text lists pairs, not one group of parties
        couples = (zip(parties[::2], parties[1::2]) if len(set(codes)) < len(codes)
                   else combinations(parties, 2))
        for a, b in couples:
            if (a.code or a.text) != (b.code or b.text):
                yield a, b, symmetric
        return
    sources: list[Optional[Mention]] = source.mentions or [None]
    targets: list[Optional[Mention]] = target.mentions or [None]
    # "India and China agreed to pull back their troops": what the parties agreed to do with
    # their own is no target; the agreement is between them.
    own = target.content and {t.country for t in target.mentions} <= {s.country for s in source.mentions}
    # "soldiers from Chad and Niger fighting in Mali": the owners of a noun a participle
    # describes are on one side, not two
    described = source.how.startswith(PARTICIPLE_NOUN)
    # (any pattern is mutual when its parties act on each other: "X and Y accused each other")
    if (symmetric or target.reciprocal) and len(source.mentions) >= 2 and (not target.mentions or own) \
            and not described:
        for a, b in combinations(source.mentions, 2):
            yield a, b, True
        return
    # "Britain agreed to send troops to Mali" is an agreement aimed at Mali, not one with it.
    symmetric = symmetric and not target.content
    for src, tgt in product(sources, targets):
        if src is not None and src is tgt:
            continue
        yield src, tgt, symmetric and src is not None and tgt is not None


PRONOUNS = {"it", "they", "he", "she", "we", "i"}
OWN = {"his", "her", "its", "their", "our", "my"}
OWN_STATE = {"country", "nation", "government", "state", "administration", "army", "military"}


def pronoun_reporter(match: Match, reporter: Mention) -> Optional[Argument]:
    """In reported speech a pronoun subject is the reporter: "Japan said it would send aid"."""
    verb = match.light or match.head
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.dep_ == "nsubjpass" and "subj" in match.pattern.source:
            continue  # (a passive's subject undergoes it: "fear that they will be tortured")
        if child.lower_ in PRONOUNS:
            return Argument(mentions=[reporter], how=f"'{child.text}' = reporter", direct=False)
        # "Lavrov said his country would respond", "the minister said our government will"
        owner = next((c for c in child.children if c.dep_ == "poss" and c.lower_ in OWN), None)
        if owner is not None and child.lemma_.lower() in OWN_STATE:
            return Argument(mentions=[reporter], how=f"'{owner.text} {child.text}' = reporter's",
                            direct=False)
    return None


def announced(modality: str, reason: str, reporter: Optional[Mention],
              source: Optional[Mention], threat: bool = False) -> bool:
    """An actor's report of its own future action -- a promise or a threat: "Japan said it will
    (or, backshifted, would) send aid", "the Kremlin said Moscow would respond", not "Japan will
    send aid" nor "Japan said Korea will".  A hostile act (``threat``: its intent is a threat)
    the actor says it could, might or may do is a threat too: "Peru said it could cut gas to
    Chile" (a possible help offered is no promise)."""
    if reporter is None or source is None:
        return False
    # "it will" after "Japan said", or "Moscow would" after "the Kremlin said": the speaker
    # speaks for the actor when both are of one country.
    if source.span != reporter.span and not (source.country and source.country == reporter.country):
        return False
    if modality == "hypothetical" and threat and reason.startswith(POSSIBLE_AUXILIARIES):
        # (only the speaker's own "it could": "the government may try to deport them," a
        # commentator said, is a guess about another)
        return source.span == reporter.span
    return modality == "future" or (modality == "hypothetical" and reason.startswith("auxiliary 'would"))


POSSIBLE_AUXILIARIES = ("auxiliary 'could", "auxiliary 'might", "auxiliary 'may")


# The auxiliaries of a will (not "can", "could": an inability refuses nothing).
WILLING = frozenset({"will", "wo", "would", "shall"})


def refused(match: Match, reporter: Optional[Mention], source: Optional[Mention]) -> bool:
    """An actor's refusal of its own act, as it states it: "Iran said it would not accept the
    deal", "Russia will never return the islands", "Serbia won't extradite him"; not a
    negated report ("Iran did not accept", "has not signed"), a refusal word's content (coded
    by the refusal itself: "refused to sign") nor what another party says it will not do."""
    if source is None or (reporter is not None and reporter.span != source.span
                          and not (source.country and source.country == reporter.country)):
        return False
    verb = match.light or match.head
    if any(c.dep_ == "aux" and c.lower_ in ("have", "'ve", "has", "had") for c in verb.children):
        return False  # "would not have accepted": a counterfactual
    if any(c.lower_ in ("longer", "anymore") for c in verb.children):
        return False  # "would no longer supply arms": a stop, which no one is refused
    if not any(c.dep_ == "aux" and c.lower_ in WILLING for c in verb.children):
        return False  # "the UN can't endorse": what one cannot do is not refused
    reason = modality_module.refusal_reason(verb)
    return reason is not None and reason.startswith("refusal:") and "xcomp of" not in reason \
        and "ccomp of" not in reason


# The actor's own words of intent governing the act ("intends to"); a plan the news tells
# ("plans to", "will", "is to") stays future (docs/modality.md).
INTENDING_REASONS = tuple(f"xcomp of '{word}'" for word in ("intends", "intend", "intended"))


# Words under which a plan is only guessed at or hoped for ("it is likely Chile will side with
# Peru", "expects that Oman will host the talks"), and conditions ("will vote for it unless").
HEDGES = frozenset({"likely", "unlikely", "possible", "probable", "expect", "believe", "think",
                    "fear", "doubt", "hope", "predict", "suspect", "assume", "guess", "bet",
                    "speculate", "wonder", "whether", "if", "unless", "perhaps", "maybe",
                    "probably", "possibly", "chance", "risk", "question", "uncertain", "unclear"})


def hedged(verb: Token) -> bool:
    """Whether a future act is a guess, a hope or a condition rather than a plan told: a hedge
    on a governing clause, a condition on the act itself or a subject denied; and the future
    perfect ("will have shared") is an inference about the past."""
    if verb.tag_ == "VBN" or any(c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in verb.children):
        return True
    for head in verb.ancestors:
        words = [head] + [c for c in head.children if c.dep_ in ("acomp", "advmod", "mark", "neg")]
        if any(w.lemma_.lower() in HEDGES or w.lower_ in HEDGES or w.dep_ == "neg" for w in words):
            return True
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in HEDGES for c in verb.children):
        return True
    # ("not a single minister will attend", "no envoy will travel": no one will)
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        g.dep_ == "neg" or (g.dep_ == "det" and g.lower_ in ("no", "neither")) for g in c.children)
        for c in verb.children)




def shared_party(match: Match, heads: dict[int, Match], targets: dict[int, Argument]) -> Optional[Argument]:
    """The other party of a mutual event coordinated with another: "met his Russian
    counterpart and agreed to coordinate policy" -- the agreement is with the counterpart."""
    head = match.head
    if head.dep_ != "conj":
        return None
    first = heads.get(head.head.i)
    if first is None or not first.pattern.symmetric or head.head.i not in targets:
        return None
    found = targets[head.head.i]
    if not found.mentions:
        return None
    return Argument(mentions=found.mentions, how=f"{found.how} of {first.trigger.text}",
                    parties=found.parties, direct=False)


def argument_heads(match: Match) -> list[Token]:
    """The nouns a trigger takes as subject or object."""
    verb = match.light or match.head
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "dative")]


def background(match: Match, arguments: set[int], heads: dict[int, Match]) -> bool:
    """A relative clause or past participle describing an argument of another event ("freed
    the hostages it had seized", "mourned the soldiers killed in 2014"), or a noun in a time
    adjunct of another event ("during his visit to Hanoi, he praised ..."), is background, not
    news; "a senator visiting Minsk praised ..." is two events."""
    head = match.head
    describes = head.dep_ == "relcl" or (head.dep_ == "acl" and head.tag_ == "VBN")
    if describes and head.head.i in arguments and head.i not in arguments:
        return True
    if match.pattern.kind == "noun" and match.light is None and head.dep_ == "pobj":
        prep = head.head
        # ("since the invasion of Iraq" dates what follows by an event long told)
        return prep.lower_ == "since" or (prep.lower_ in TIME_PREPS and prep.head.i in heads)
    return False


def unsatisfied(match: Match, source: Argument, target: Argument, verbal: bool = False) -> Optional[str]:
    """Which argument the pattern requires is missing, or None when all are found.  A noun
    standing alone (no light verb: "the attack", "talks") needs at least one actor, or it is
    background, not an event; so does every ``verbal`` event (quads 1 and 3): a demand,
    accusation or meeting by and to nobody ("an apology was demanded", "discussions were
    convened") tells no one anything, while "protests erupted across Iran" or "a car bomb
    exploded in Baghdad" still happened."""
    require = match.pattern.require
    if "source" in require and not source.mentions:
        return "the pattern requires a source and none was found"
    parties = match.pattern.symmetric and len(source.mentions) >= 2   # "X and Y discussed"
    if "target" in require and not (target.mentions or parties or target.reciprocal):
        return "the pattern is a blocker: this sense of the word is no event" if match.pattern.blocker \
            else "the pattern requires a target and none was found"
    mentions = source.mentions + target.mentions
    if mentions and (not verbal or any(m.code for m in mentions)):
        return None
    # A participle modifying a noun ("the agreement signed in 1995") names an event only
    # with an actor.
    if verbal and mentions:
        # "Smith praised Jones": people known by name only tell no one who did what to whom.
        names = ", ".join(f"'{m.text}'" for m in mentions)
        return f"a verbal event whose actors have no code ({names}) is no event"
    if verbal:
        return "a verbal event with neither source nor target is no event"
    if "any" in require or match.head.dep_ == "acl" or (
            match.pattern.kind == "noun" and match.light is None and not match.pattern.standalone):
        return "a noun or participle standing alone names an event only with an actor"
    return None


def settled_target(match: Match, source: Argument, target: Argument, index: MentionIndex,
                   verbal: bool) -> Argument:
    """The target once what surrounds it is read: the doer behind what a target of words
    suffered, the parties themselves instead of a countryless thing their joint act is about,
    and where an attack or an act abroad was carried out when nothing else names whom it hit."""
    other = tuple(source.mentions)
    if verbal and target.mentions:
        target = doer_behind(target, index, other) or target
    if (not verbal or target.content) and own_agents(target, source, index):
        # "Brazil responded by recalling its envoy": its own envoy is no one it acts on ("Blair
        # praised his chancellor" is said to him)
        target = Argument()
    if match.pattern.symmetric and len(other) >= 2 and target.mentions and not any(
            m.country for m in target.mentions) and (
            target.content or "compound" in target.how or "amod" in target.how):
        # ("agreed to take in migrants", "a border personnel meeting": they act with each other)
        return Argument()
    attack = match.pattern.event_type in ATTACKING_TYPES
    together = match.pattern.symmetric and len(other) >= 2
    # (parties who "worked together in Syria" act with each other, not on Syria)
    if not target.mentions and match.pattern.target and (attack or not together):
        # It satisfies a required target only for a known actor acting abroad ("Israeli jets
        # carried out strikes in Syria"), not for fighting at home or by nobody named
        # ("armed groups fighting in Libya", "had fought in Afghanistan"); only an attack is
        # aimed at where it is done at home ("police arrested dozens in Minsk").
        where = where_done(match, index, other)
        abroad = source.known and {m.country for m in where.mentions}.isdisjoint(
            m.country for m in source.mentions)
        # (role 'where': a measure lands on the people where it is imposed, at home too:
        # "lifted the curfew in Kandy")
        home = "where" in match.pattern.target
        if where.mentions and (abroad or (attack or home) and unsatisfied(match, source, target, verbal) is None):
            return where
    return target


# Sectors that act for a state, so that "its envoy", "their troops" are the doer's own men.
AGENT_SECTORS = frozenset({"GOV", "MIL", "SPY"})


def own_agents(target: Argument, source: Argument, index: MentionIndex) -> bool:
    """Whether the target is only the source's own officials or forces, owned by a pronoun
    ("recalled its ambassador", "pulled back their troops")."""
    countries = {m.country for m in source.mentions if m.country}
    return bool(target.mentions and countries) and all(
        m.country in countries and m.sector in AGENT_SECTORS and m.head is not None
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in index.sdoc[m.head].children)
        for m in target.mentions)


def past_report(match: Match, clause: Optional[Token]) -> bool:
    """Whether ``clause``, a clause complement of a threat or warning, reports what has
    happened or is so ("warned that militants had attacked a convoy") rather than what is
    still to come ("warned that it would retaliate")."""
    return (match.pattern.event_type in FORWARD_TYPES and clause is not None
            and clause.dep_ == "ccomp" and not still_to_come(clause))


def clause_under(token: Token, governor: Token) -> Optional[Token]:
    """The child of ``governor`` whose subtree holds ``token``."""
    while token.head.i != governor.i:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


# Words by which one party declares what it will do ("vowed", "its intention"), as against words
# of agreement between parties ("agreed to ban nuclear tests" bans nothing of anyone's).
DECLARING_NOUNS = frozenset({"intention", "intent", "willingness", "readiness", "determination",
                             "resolve", "commitment"})


def _declares(trigger: Token) -> bool:
    lemma = trigger.lemma_.lower()
    governor = modality_module.load_cues().governors.get(lemma)
    return lemma in DECLARING_NOUNS or (governor is not None and governor.embedded == "promise")


def embedding_trigger(match: Match, heads: dict[int, Match], any_type: bool = False) -> Optional[Match]:
    """The trigger whose complement this trigger sits in (of an embedding type unless
    ``any_type``: then the modality module decides whether it embeds)."""
    token = match.head
    for _ in range(4):
        if on_granted_time(token):
            token = token.head  # "gave Chad 30 days to hand over": the giving verb is next
        elif token.dep_ not in COMPLEMENT_CHAIN and not (
                token.dep_ == "advcl" and modality_module.infinitive_clause(token)) or token.head is token:
            return None
        if modality_module.fronted_coordinate(token):
            return None  # "extended support to Y, condemned Z": two acts, neither the other's content
        if modality_module.claim_appended(token):
            return None  # "accused Greece of spying, a charge Athens denied": made, then denied
        if token.dep_ == "pcomp" and token.head.lower_ in CIRCUMSTANCE_PREPS:
            return None  # "angered Togo by expelling its envoy": the means, not the content
        token = token.head
        governor = heads.get(token.i)
        if governor is not None and governor is not match:
            if any_type or governor.pattern.event_type in EMBEDDING_TYPES:
                return governor
            return None
    return None


def confidence(match: Match, src: Optional[Mention], tgt: Optional[Mention],
               source: Argument, target: Argument) -> float:
    """Pattern specificity, arguments resolved, and agreement of the parse with the pattern."""
    pattern = match.pattern
    score = pattern.base_confidence + 0.05 * min(pattern.specificity, 3)
    score += 0.15 if src is not None else 0.0
    if tgt is not None:
        score += 0.15
    elif not pattern.named_target:
        score += 0.1
    if (src is None or source.direct) and (tgt is None or target.direct):
        score += 0.05
    if match.trigger.dep_ in ("dep", "appos", "npadvmod", "nmod") or match.trigger.pos_ == "PROPN":
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 2)


def drop_subsumed(events: list[Event]) -> list[Event]:
    """Drop an event another event of the same type and sentence says with more actors, and
    repeats of one trigger between the same actors ("expelled the US ambassador and his
    deputy" is one expulsion of the US): the more confident, then the more specific (longer
    trigger), then the first is kept."""
    kept = []
    for i, event in enumerate(events):
        if any(other is not event and _subsumes(other, event) for other in events):
            continue
        if any(_repeats(other, event) and _rank(other, j) > _rank(event, i)
               for j, other in enumerate(events) if j != i):
            continue
        kept.append(event)
    return kept


def _repeats(other: Event, event: Event) -> bool:
    """Whether two events code overlapping trigger words with one type and the same actors."""
    if other.event_type != event.event_type or other.modality != event.modality:
        return False
    (a0, a1), (b0, b1) = other.trigger.span, event.trigger.span
    if a0 >= b1 or b0 >= a1:
        return False
    return (_actor(other.source), _actor(other.target)) == (_actor(event.source), _actor(event.target))


def _rank(event: Event, position: int) -> tuple:
    return (event.confidence, event.trigger.span[1] - event.trigger.span[0], -position)


def _actor(mention: Optional[Mention]):
    """Which country (else which actor code, else which words) a mention names: one trigger
    between the same countries is one event, whatever office each noun resolved to."""
    if mention is None:
        return None
    return mention.country or mention.code or mention.span


def _subsumes(big: Event, small: Event) -> bool:
    if big.event_type != small.event_type or big.modality != small.modality:
        return False
    a = (_key(big.source), _key(big.target))
    b = (_key(small.source), _key(small.target))
    if _inferred(small.target) and not _inferred(big.target):
        b = (b[0], None)  # (one named target says more than one inferred from the place)
    if a == b:
        # Same actors from two triggers: keep the more confident (then the earlier) one.
        return (big.confidence, -big.trigger.span[0]) > (small.confidence, -small.trigger.span[0])
    return all(y is None or x == y for x, y in zip(a, b))


def _key(mention: Optional[Mention]):
    if _inferred(mention):
        return mention.code  # (a target inferred from where it happened is that country's)
    return mention.span if mention is not None else None


def _inferred(mention: Optional[Mention]) -> bool:
    """Whether a target was inferred, not named: the place an act was done or addressed."""
    return mention is not None and mention.kind == "place"
