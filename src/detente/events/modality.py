"""Modality and reported speech of an event trigger.

Everything here is a walk over the dependency parse, from the trigger up through the verbs and
nouns that govern it, looking at cue words kept as data in ``modality.yaml``:

    event_modality(trigger)   -> (modality, reason)   asserted / negated / hypothetical /
                                                      future / denied / failed
    reporter_of(trigger)      -> Token | None          X in "X said Y attacked Z"
    embedded_under(trigger)   -> str | None            "X accused Y of attacking Z": the
                                                      attacking is the content of an accusation
    refusal_reason(trigger)   -> str | None            a negated event that is a refusal
                                                      ("would not extradite"), not a mere fact
                                                      ("has not yet signed"): derive a REJECT
                                                      from a negated event only when this says so

The rules are written down in docs/modality.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Token

from ..datafiles import line_of, read_yaml
from ..errors import DataFileError
from .match import has_mark, to_infinitive

CUES_FILE = Path(__file__).with_name("modality.yaml")

CLASSES = ("negated", "hypothetical", "future", "denied", "failed", "alleged")
NEGATIONS = ("not", "n't", "never", "no", "nor")
MAX_STEPS = 12  # a trigger is rarely more than a few clauses below its root

# Relations along which a word's modality reaches the word below it.
_PASS = {"xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "acl", "advcl", "conj", "compound",
         "attr", "oprd", "acomp", "dative", "appos", "csubj", "csubjpass", "pcomp", "pobj"}
# Relations a governor's complement comes by when its entry has no ``via``.
_DEFAULT_VIA = frozenset({"xcomp", "ccomp", "dobj", "nsubjpass", "acl", "compound", "of", "for", "from"})


@dataclass(frozen=True)
class Governor:
    cls: str
    via: Optional[frozenset[str]] = None
    embedded: Optional[str] = None
    attempt: bool = False  # "tried to", "an attempt to": what was attempted was done, for some types

    def governs(self, label: str) -> bool:
        return label in (self.via if self.via is not None else _DEFAULT_VIA)


@dataclass(frozen=True)
class Cues:
    auxiliaries: dict[str, str]
    adverbs: dict[str, str]
    conditions: frozenset[str]
    condition_phrases: tuple[tuple[str, ...], ...]
    moment_nouns: frozenset[str]
    consequence_verbs: frozenset[str]
    faced_acts: frozenset[str]
    decisions: frozenset[str]
    adjectives: dict[str, str]
    negative_arguments: frozenset[str]
    scarce: frozenset[str]
    negating_prepositions: frozenset[str]
    future_prepositions: frozenset[str]
    failing_subjects: frozenset[str]
    occurrence_verbs: frozenset[str]
    ending_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    evaluative: frozenset[str]
    governors: dict[str, Governor]
    time_units: frozenset[str]
    scheduling: frozenset[str]
    holding_verbs: frozenset[str]
    taking_place: frozenset[str]
    reluctance: frozenset[str]
    temporal_subordinators: frozenset[str]
    claim_nouns: frozenset[str]
    claiming_verbs: frozenset[str]
    denying_verbs: frozenset[str]
    confirming_verbs: frozenset[str]


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_FILE) -> Cues:
    """The modality cue words, validated; a bad entry raises DataFileError naming its line."""
    data = read_yaml(path).mapping()

    def bad(where: object, key: object, reason: str) -> DataFileError:
        return DataFileError("E030", path=path, line=line_of(where, key), reason=reason)

    def classes(section: str) -> dict[str, str]:
        entries = data.get(section) or {}
        for word, cls in entries.items():
            if cls not in CLASSES:
                raise bad(entries, word, f"{section}: {word!r} has class {cls!r}; use one of {CLASSES}")
        return {str(k).lower(): v for k, v in entries.items()}

    def words(section: str) -> frozenset[str]:
        entries = data.get(section) or []
        if not isinstance(entries, list) or not all(isinstance(w, str) for w in entries):
            raise bad(data, section, f"{section} must be a list of words (quote no/yes/on/off)")
        return frozenset(str(w).lower() for w in entries)

    governors = {}
    entries = data.get("governors") or {}
    for word, entry in entries.items():
        if not isinstance(entry, dict) or entry.get("class") not in CLASSES:
            raise bad(entries, word, f"governor {word!r} needs a class, one of {CLASSES}")
        unknown = set(entry) - {"class", "via", "embedded", "attempt"}
        if unknown:
            raise bad(entries, word, f"governor {word!r} has unknown keys {sorted(unknown)}")
        via = entry.get("via")
        governors[str(word).lower()] = Governor(
            cls=entry["class"], via=frozenset(via) if via is not None else None,
            embedded=entry.get("embedded"), attempt=bool(entry.get("attempt")))
    return Cues(
        auxiliaries=classes("auxiliaries"), adverbs=classes("adverbs"),
        conditions=words("conditions"),
        condition_phrases=tuple(sorted((tuple(w.split()) for w in words("condition_phrases")),
                                       key=len, reverse=True)),
        moment_nouns=words("moment_nouns"), consequence_verbs=words("consequence_verbs"),
        faced_acts=words("faced_acts"), decisions=words("decisions"),
        adjectives=classes("adjectives"),
        negative_arguments=words("negative_arguments"), scarce=words("scarce"),
        negating_prepositions=words("negating_prepositions"),
        future_prepositions=words("future_prepositions"),
        failing_subjects=words("failing_subjects"), occurrence_verbs=words("occurrence_verbs"),
        ending_verbs=words("ending_verbs"),
        reporting_verbs=words("reporting_verbs"), evaluative=words("evaluative"),
        governors=governors, time_units=words("time_units"), scheduling=words("scheduling"),
        holding_verbs=words("holding_verbs"), taking_place=words("taking_place"),
        reluctance=words("reluctance"), temporal_subordinators=words("temporal_subordinators"),
        claim_nouns=words("claim_nouns"), claiming_verbs=words("claiming_verbs"),
        denying_verbs=words("denying_verbs"), confirming_verbs=words("confirming_verbs"))


FINITE_TAGS = ("VBD", "VBZ", "VBP")


def fronted_coordinate(clause: Token) -> bool:
    """Whether a clause the parser hung as the complement of a later verb is in truth that
    verb's coordinate: "X extended support to Y, condemned Z" parsed as "condemned" with the
    first clause as its ccomp.  The later verb is no speech verb, has no subject of its own
    and follows a comma ("'We will act,' the minister said" keeps its speaker)."""
    head = clause.head
    if clause.dep_ != "ccomp" or clause.i > head.i or not _comma_before(head):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    cues = load_cues()
    if _lemma(head) in cues.reporting_verbs or _lemma(head) in cues.governors:
        return False  # "Iran will retaliate, warned the minister": an inverted speaker
    return not any(t.tag_ in ("''", "``") for t in head.doc[clause.i:head.i])


def comma_coordinate(verb: Token) -> bool:
    """Whether a finite verb the parser left as an unlabelled ``dep`` of an earlier verb is
    its coordinate, sharing its subject: "X offered support to Y, condemned Z"."""
    return verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
        and _comma_before(verb)


def _comma_before(verb: Token) -> bool:
    """A finite verb with no subject of its own, right after a comma."""
    return verb.tag_ in FINITE_TAGS and verb.i > 0 and verb.doc[verb.i - 1].text == "," and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)


# --------------------------------------------------------------------------------------------
# The walk


@dataclass
class Marker:
    cls: str
    reason: str
    embedded: Optional[str] = None
    governor: bool = False  # put there by a governing word rather than the word itself
    consumes: Optional[int] = None  # token whose "no"/"little" this marker already counted
    attempt: bool = False  # put there by a word of attempting ("tried to", "an attempt to")


@dataclass
class Walk:
    """What the walk from a trigger to its root found."""

    markers: list[Marker] = field(default_factory=list)
    reporter: Optional[Token] = None
    top: Optional[Token] = None
    path: list[Token] = field(default_factory=list)
    affirmed: set[int] = field(default_factory=set)   # words whose negation affirms ("not hesitate")
    contrasted: set[int] = field(default_factory=set)  # first verbs of "X but Y": their own cues stay theirs


def _lemma(token: Token) -> str:
    return token.lemma_.lower() or token.lower_


def _phrasal(token: Token) -> str:
    """'rule out' for rule + particle out, else the lemma."""
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return f"{_lemma(token)} {particles[0]}" if particles else _lemma(token)


PREP_ADVERBS = ("instead", "rather", "ahead", "prior")


def _prep_label(prep: Token) -> str:
    """'instead of' / 'rather than' for a preposition hanging off an adverb, else its word."""
    if prep.head.i != prep.i and prep.head.dep_ in ("advmod", "amod") and prep.head.lower_ in PREP_ADVERBS:
        return f"{prep.head.lower_} {prep.lower_}"
    return prep.lower_


def _is_negation(child: Token) -> bool:
    if child.dep_ == "advmod" and child.lower_ == "longer" and any(
            g.dep_ == "neg" for g in child.children):
        return True  # "no longer recognises", "would no longer supply"
    if child.dep_ != "neg" and not (child.dep_ == "advmod" and child.lower_ == "never"):
        return False
    following = child.nbor(1) if child.i + 1 < len(child.doc) else None
    return not (following is not None and following.lower_ == "only")  # "not only ... but"


def _own_markers(token: Token, cues: Cues, visited: list[Token]) -> list[Marker]:
    """Cues attached to one word of the chain: negation, modal, condition, adverb, adjective.

    Negations come first: "won't attend" is negated before it is future.
    """
    found: list[Marker] = []
    if token.pos_ in ("VERB", "AUX") and _lemma(token) not in cues.claiming_verbs:
        claim = next((t for t in token.subtree if t.i > token.i
                      and getattr(summed_up(t, cues), "i", None) == token.i), None)
        if claim is not None:  # "jets bombed a market, a claim Damascus rejected"
            answer = next(c for c in claim.children if c.dep_ in ("relcl", "acl"))
            found += _claimed(token, claim, answer, cues)
    if _inverted_condition(token):
        found.append(Marker("hypothetical", f"inverted condition '{token.left_edge.text} ...'"))
    if (phrase := _condition_phrase(token, cues)) is not None:
        found.append(Marker("hypothetical", f"condition '{phrase} ...'"))
    for child in token.children:
        if child in visited:  # "no talks were held": the "no" was counted on "talks"
            continue
        word, dep = _lemma(child), child.dep_
        if _is_negation(child):
            found.append(Marker("negated", f"negation '{child.text} {token.text}'"))
        elif cls := _auxiliary(child, cues):
            found.append(Marker(cls, f"auxiliary '{child.text} {token.text}'"))
        elif dep == "advmod" and _adverb(child, cues):
            adverb = _adverb(child, cues)
            found.append(Marker(cues.adverbs[adverb.lower_], f"adverb '{adverb.text}'"))
        elif _coming(child, cues):
            found.append(Marker("future", f"'{child.text}' is still to come"))
        elif dep == "acl" and token.pos_ == "NOUN" and _to_be_held(child, cues):
            found.append(Marker("future", f"'{token.text} to be {child.text}': still to come"))
        elif dep == "aux" and child.lower_ == "to" and _headline(token):
            found.append(Marker("future", f"headline infinitive 'to {token.text}'"))
        elif dep == "aux" and child.lower_ == "to" and (token.dep_ == "ROOT" or (
                token.dep_ in ("csubj", "csubjpass") and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children))):
            # (an infinitive the parser made the root or a clausal subject with a subject of
            # its own: "a summit between Chile and Bolivia to be convened in Quito was seen as ...")
            found.append(Marker("future", f"infinitive 'to {token.text}' is still to come"))
        elif dep == "mark" and child.lower_ == "before" and _able(token, cues):
            # "was shot before he was able to attack", "arrested him before he could detonate
            # the device": forestalled, it did not come off
            found.append(Marker("failed", f"'before ... {token.text}': forestalled"))
        elif dep == "mark" and child.lower_ in cues.conditions:
            found.append(Marker("hypothetical", f"condition '{child.text} ...'"))
        elif dep == "amod" and token.pos_ in ("NOUN", "PROPN") and child.lower_ in cues.adjectives:
            found.append(Marker(cues.adjectives[child.lower_], f"adjective '{child.text} {token.text}'"))
        elif dep == "det" and child.lower_ in ("no", "neither") and token.pos_ in ("NOUN", "PROPN"):
            found.append(Marker("negated", f"determiner '{child.text} {token.text}'"))
        elif dep in ("nsubj", "nsubjpass", "dobj") and token.pos_ in ("VERB", "AUX") and _negative_argument(child, cues):
            found.append(Marker("negated", f"negative argument '{child.text}' of '{token.text}'"))
    return sorted(found, key=lambda m: m.cls != "negated")


def _able(token: Token, cues: Cues) -> bool:
    """'he could', 'he was able', 'he managed', 'they had a chance': a clause of ability in the
    past (not "before they can strike", still to come)."""
    if any(c.dep_ == "aux" and c.lower_ == "could" for c in token.children):
        return True
    if token.tag_ != "VBD":
        return False
    if _lemma(token) == "be" and any(c.dep_ == "acomp" and c.lower_ == "able" for c in token.children):
        return True
    return _lemma(token) in ("manage", "get") or (_lemma(token) == "have" and any(
        c.dep_ == "dobj" and c.lower_ in ("chance", "time", "opportunity") for c in token.children))


def _auxiliary(child: Token, cues: Cues) -> Optional[str]:
    """The modality a modal or future auxiliary gives its verb ("would", "will", "may")."""
    if child.dep_ != "aux":
        return None
    return cues.auxiliaries.get(_lemma(child)) or cues.auxiliaries.get(child.lower_)


def _coming(child: Token, cues: Cues) -> bool:
    """A time still to come on the verb: "next week", "next Tuesday", "tomorrow" (not the
    narrative's "the next day" or "the following week")."""
    if child.dep_ not in ("npadvmod", "advmod") or any(c.dep_ == "neg" for c in child.children) \
            or (child.i > 0 and child.doc[child.i - 1].lower_ == "not"):
        return False  # ("do so not tomorrow but now")
    if child.lower_ == "tomorrow":
        return True
    return child.lower_ in cues.time_units and any(c.dep_ == "amod" and c.lower_ in ("next", "coming")
                                              for c in child.children) and not any(
        c.dep_ in ("det", "poss") for c in child.children)


def _to_be_held(clause: Token, cues: Cues) -> bool:
    """'a summit to be convened in Quito', 'talks to take place in May': an event noun's own
    infinitive of occurrence announces it (not "a summit to discuss trade", its purpose)."""
    if not to_infinitive(clause):
        return False
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return passive and _lemma(clause) in cues.holding_verbs or _phrasal(clause) in cues.taking_place


def _inverted_condition(token: Token) -> bool:
    """"Had Russia invaded, ...", "Were Iran to attack, ...", "Should Iran attack, ...": a clause opening with its
    auxiliary before its subject is a condition, not a report."""
    if token.dep_ not in ("advcl", "ccomp") or token.pos_ not in ("VERB", "AUX"):
        return False
    first = token.left_edge
    if first.lower_ not in ("had", "were", "should") or not (
            first.i == token.i or (first.head.i == token.i and first.dep_ == "aux")):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in token.children)


def _condition_phrase(token: Token, cues: Cues) -> Optional[str]:
    """A condition of more than one word that opens the clause of ``token`` or the phrase of
    an event noun: "in case Burundi raided the camp", "in the event that troops cross",
    "provided that Iran withdraws"; for a noun, "in case of an attack", "in the event of a
    strike" (a phrase ending in "of" only governs its own object, not the clause it sits in:
    "In case of an attack, NATO will deploy" conditions the attack, and the deployment by its
    own "will")."""
    if token.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return None
    doc, left = token.doc, token.left_edge.i
    for phrase in cues.condition_phrases:
        n = len(phrase)
        for start in range(max(0, left - n), left + 1):
            end = start + n
            if end > token.i or end < left:
                continue
            if tuple(t.lower_ for t in doc[start:end]) != phrase:
                continue
            if phrase[-1] == "of":
                if token.head.i != end - 1:
                    continue
            elif token.pos_ not in ("VERB", "AUX") or doc[end].lower_ == "of":
                continue
            return " ".join(phrase)
    return None


def _verbless_condition(token: Token, cues: Cues) -> Optional[str]:
    """'to evacuate its citizens if necessary', 'will expel the diplomats if needed': a condition
    with no clause of its own conditions the verb it follows, wherever the parser hangs it."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    doc = token.doc
    nxt = token.right_edge.i + 1
    candidates = [m for c in token.children if c.dep_ == "advcl" for m in c.children
                  if m.dep_ == "mark"] + ([doc[nxt]] if nxt < len(doc) else [])
    for mark in candidates:
        if mark.dep_ != "mark" or mark.lower_ not in cues.conditions:
            continue
        last_verb = next((t for t in reversed(doc[token.i:mark.i]) if t.pos_ == "VERB"), None)
        if last_verb is None or last_verb.i != token.i:
            continue  # ("put its navy on standby to evacuate them if necessary": the evacuation's)
        word = mark.head
        if word.i == token.i or word.pos_ not in ("ADJ", "VERB", "ADV") or word.tag_ not in (
                "JJ", "VBN", "RB") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in word.children) \
                or word.right_edge.i - mark.i > 2:
            continue
        return f"{mark.text} {word.text}"
    return None


def _headline(token: Token) -> bool:
    """'Erdogan to meet Putin': an infinitive in a clause with no finite verb announces."""
    root = token.sent.root
    if not (root.i == token.i or root.pos_ in ("NOUN", "PROPN")):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in token.sent)


def _adverb(child: Token, cues: Cues) -> Optional[Token]:
    """The cue adverb itself or the one modifying it ("hardly ever")."""
    if child.lower_ in cues.adverbs:
        return child
    return next((g for g in child.children if g.dep_ == "advmod" and g.lower_ in cues.adverbs), None)


def _negative_argument(child: Token, cues: Cues) -> bool:
    if child.lower_ in cues.negative_arguments:
        return True
    return any(d.dep_ == "det" and d.lower_ in ("no", "neither") and not _comparative(d)
               for d in child.children)


def _comparative(no: Token) -> bool:
    """"no more than two diplomats", "no fewer than 40 people": a number, not a negation."""
    following = no.doc[no.i + 1:no.i + 3]
    return len(following) == 2 and following[0].lower_ in ("more", "fewer", "less") and \
        following[1].lower_ == "than"


def _governor_marker(head: Token, label: str, cues: Cues) -> Optional[Marker]:
    """The marker a governing word puts on its complement reached by ``label``."""
    if label == "xcomp" and _lemma(head) in ("have", "be", "remain") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
        return Marker("negated", f"'{head.text} yet to'", None, True)
    for key in _forms(head):
        governor = cues.governors.get(key)
        if governor is not None and governor.governs(label):
            break
    else:
        return None
    cls = governor.cls
    if head.pos_ in ("NOUN", "PROPN") and _scarce(head, cues):  # "no plans to", "little sign of"
        return Marker("negated", f"under '{_scarce(head, cues)} {head.text}'", governor.embedded, True,
                      consumes=head.i)
    where = f"under '{head.text} {label}'" if label not in _PASS else f"{label} of '{head.text}'"
    return Marker(cls, where, governor.embedded, True, attempt=governor.attempt)


def _forms(token: Token) -> tuple[str, ...]:
    """Keys to look a governor up by; the plain word form too, since the small model's
    lemmatizer sometimes errs ("hopes" -> "hop")."""
    forms = (_phrasal(token), _lemma(token), token.lower_)
    if token.tag_ == "VBZ" and token.lower_.endswith("s"):
        forms += (token.lower_[:-1],)
    return forms


def _scarce(noun: Token, cues: Cues) -> Optional[str]:
    for child in noun.children:
        if child.dep_ in ("amod", "det", "neg") and child.lower_ in cues.scarce:
            return child.text
    return None


def _reporter(verb: Token) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "there"):
            return child
    for child in verb.children:  # "it was reported by X"
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        # "NATO issued a statement saying ...", "Iran's statement saying ...": the statement's
        # owner, or who issued it
        noun = verb.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
            return next((c for c in noun.head.children if c.dep_ == "nsubj"
                         and c.lower_ not in ("it", "there")), None)
    return None


def _according_to(token: Token) -> Optional[Token]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                if to.lower_ == "to":
                    return next((g for g in to.children if g.dep_ == "pobj"), None)
    return None


def walk(trigger: Token, cues: Optional[Cues] = None, noun: Optional[Token] = None) -> Walk:
    """Walk from ``trigger`` to the root of its clause, collecting modality markers.  ``noun``
    is the event noun a light verb ``trigger`` carries ("the planned withdrawal was
    announced"): its adjectives count first (its negation is the verb's negative argument)."""
    cues = cues or load_cues()
    result = Walk()
    if noun is not None and noun is not trigger:
        result.markers += [m for m in _own_markers(noun, cues, [noun]) if m.cls != "negated"]
    for own in (_left_open(trigger, cues), _raising(trigger)):
        if own is not None:
            result.markers.append(own)
    if trigger.tag_ == "VBG" and trigger.dep_ in ("csubj", "nsubj") and trigger.head.tag_ in (
            "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "poss", "agent") for c in trigger.children):
        # an act named as the subject of a judgement in the present, by no one: "jailing
        # journalists without trial violates the constitution", "attacking civilians is a
        # crime" (not "shelling the villages was a mistake", said of what was done)
        result.markers.append(Marker("hypothetical", f"'{trigger.text}' is named, not done"))
    if noun is not None and noun.head.i == trigger.i and noun.dep_ in ("nsubj", "nsubjpass") \
            and (when := _scheduled(trigger, cues)):  # (the light verb itself: "the visit is set for June")
        result.markers.append(Marker("future", f"'{noun.text} {when}': still to come"))
    token, subject_mode = trigger, False
    verbless = None
    for _ in range(MAX_STEPS):
        result.path.append(token)
        verbless = verbless or _verbless_condition(token, cues)
        own = _own_markers(token, cues, result.path)
        if token.i in result.contrasted:  # "did not attack but shelled": not the first verb's own cues
            own = []
        if any(m.consumes == token.i for m in result.markers) or token.i in result.affirmed:
            own = [m for m in own if m.cls != "negated"]
        if subject_mode:  # "the visit did not change anything": the visit still happened
            own = [m for m in own if m.cls != "negated"]
        result.markers += own
        result.reporter = result.reporter or _according_to(token)
        step = _step_up(token, cues, result)
        if step is None:
            break
        token, dep = step
        occurs = _lemma(token) in cues.occurrence_verbs or _phrasal(token) in cues.occurrence_verbs
        subject_mode = subject_mode or (dep in ("nsubj", "csubj") and not occurs)
    result.top = token
    if token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX"):
        # "Once Kosovo signs the accord Serbia will recognise ...", "The moment Hamas frees the
        # hostages Israel will halt ...": with no comma the parser may make the clause of time
        # the root and hang the main clause under it
        main = next((t for t in token.subtree if t.i > token.i and t.pos_ in ("VERB", "AUX")
                     and any(_auxiliary(c, cues) for c in t.children)
                     and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
        if main is not None and (marker := _awaited(token, main, cues)) is not None:
            result.markers.append(marker)
    if verbless is not None:
        # outermost: it only tells an act otherwise asserted ("put its navy on standby to
        # evacuate its citizens if necessary"); "would evacuate them if necessary" stays a "would"
        result.markers.append(Marker("hypothetical", f"condition '{verbless}'"))
    if _imperative(token):
        result.markers.append(Marker("hypothetical", f"imperative '{token.text}': a command, "
                                                     "not a report"))
    if result.reporter is None:
        result.reporter = _parenthetical_reporter(token, cues) or _headline_speaker(trigger)
    if _is_question(trigger):
        result.markers.append(Marker("hypothetical", "question"))
    return result


def _imperative(top: Token) -> bool:
    """'Kill them all.', 'Please expel the ambassador and close the embassy.': a sentence opening
    with its bare verb, with no subject or auxiliary, orders an act; it does not report one."""
    if top.dep_ != "ROOT" or top.tag_ != "VB" or top.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "csubj") for c in top.children):
        return False
    opening = [t for t in top.sent if not (t.is_punct or t.is_quote or t.is_space)]
    while opening and (opening[0].pos_ == "INTJ" or opening[0].lower_ in ("now", "just", "so")):
        opening = opening[1:]
    return bool(opening) and opening[0].i == top.i


def _left_open(trigger: Token, cues: Cues) -> Optional[Marker]:
    """'refused to rule out', 'would not exclude': a refusal of a refusal rejects nothing."""
    if _negating(trigger, cues) is None and not any(_is_negation(c) for c in trigger.children):
        return None
    for child in trigger.children:
        if child.dep_ in ("xcomp", "ccomp") and _negating(child, cues) is not None:
            return Marker("hypothetical", f"'{trigger.text} ... {_phrasal(child)}' leaves it open")
    return None


RAISING = {"expect", "schedule", "set", "due", "poise", "slate", "suppose", "likely", "unlikely"}


def _raising(trigger: Token) -> Optional[Marker]:
    """'is expected to sign', 'is set to host': the verb only dates or hedges its complement,
    it is not an event (not a demand, not a setting) of its own."""
    if _lemma(trigger) not in RAISING and trigger.lower_ not in RAISING:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
    adjectival = trigger.pos_ == "ADJ" or trigger.dep_ == "acomp"
    if (passive or adjectival) and any(c.dep_ == "xcomp" for c in trigger.children):
        return Marker("future", f"'{trigger.text} to' only dates its complement")
    return None


def _negating(token: Token, cues: Cues) -> Optional[Governor]:
    for key in _forms(token):
        governor = cues.governors.get(key)
        if governor is not None and governor.cls == "negated" and governor.governs("xcomp"):
            return governor
    return None


def _step_up(token: Token, cues: Cues, result: Walk) -> Optional[tuple[Token, str]]:
    """The next word up the chain and the relation followed, or None to stop; records markers."""
    dep, head = token.dep_, token.head
    if head.i == token.i or dep == "ROOT":
        return None
    if dep in ("relcl", "appos", "acl") and _lemma(head) in cues.moment_nouns \
            and head.dep_ in ("npadvmod", "advmod") \
            and head.i < token.i and any(d.dep_ == "det" and d.lower_ == "the" for d in head.children):
        # "will bomb the bridges the moment troops cross the river": the noun of time is the
        # subordinator of its clause
        marker = _awaited(token, head.head, cues, mark=head)
        if marker is not None:
            result.markers.append(marker)
        return None
    if dep == "relcl" and to_infinitive(token):
        dep = "acl"  # "ways to end the conflict" is parsed as a relative clause
    if dep == "ccomp" and (to_infinitive(token) or _bare_infinitive(token)):
        # "allow inspectors to visit", "help Mali fight the rebels": an infinitive, not a
        # reported clause
        dep = "xcomp"
    if dep == "ccomp" and claim_appended(token, cues):
        # "X accused Y of spying, a charge Z denied": the accusation was made; "jets bombed a
        # market, a claim Z rejected" (parsed this way round): the bombing is denied
        if _lemma(token) not in cues.claiming_verbs:
            claim = next(c for c in head.children if _lemma(c) in cues.claim_nouns)
            result.markers += _claimed(token, claim, head, cues)
        return None
    if dep == "dep" and token.pos_ == "VERB" and head.pos_ == "VERB" and token.i > head.i \
            and token.tag_ == head.tag_ and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
        # "by disarming the fighters then freeing them": a verb of the same form the parser left
        # unlabelled after its first is its coordinate and shares its modality
        dep = "conj"
    if dep not in _PASS and not (dep == "amod" and token.tag_ in ("VBG", "VBN")):
        return None  # "reappointing ambassadors": a verb form modifying a noun still climbs
    label = dep
    if dep == "xcomp" and _lemma(head) in cues.reluctance and any(_is_negation(c) for c in head.children):
        # A refused reluctance affirms: "will not hesitate to strike" is a will to strike, not a
        # negation; the reluctant word's own modal still counts ("will": future).
        result.affirmed.add(head.i)
        return head, dep
    if dep in ("pobj", "pcomp") and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        label = _prep_label(head)
        if label in cues.negating_prepositions:
            verb = _lemma(head.head)
            failing = verb in cues.failing_subjects or verb in cues.ending_verbs
            result.markers.append(Marker("failed" if failing else "negated",
                                         f"'{label} {token.text}'"))
        if label in cues.future_prepositions:
            result.markers.append(Marker("future", f"'{label} {token.text}' is still to come"))
        head = head.head
        if head.dep_ in ("advmod", "amod") and head.lower_ in PREP_ADVERBS:
            head = head.head
    if dep == "conj":
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children):
            # A contrast turns a negation ("did not attack but shelled"), not the auxiliary
            # both verbs share: "would accept but prosecute" prosecutes no one yet.
            if not any(c.dep_ in ("aux", "auxpass") for c in token.children):
                result.markers += [Marker(cls, f"auxiliary '{c.text} {head.text}' shared by "
                                                  f"'{token.text}'")
                                   for c in head.children if (cls := _auxiliary(c, cues))]
            # What governs both still governs the second: "the ministry's claim that its jets
            # killed 300 fighters but killed only one civilian" claims both (not "refused to
            # meet the envoy but sent ...", a verb of another form, parsed under "meet").
            if token.tag_ != head.tag_:
                return None
            result.contrasted.add(head.i)
            return head, dep
        return head, dep
    if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("ccomp", "oprd", "xcomp") \
            and _lemma(head.head) in ("make", "render") and any(
                c.lower_ == "it" and c.dep_ in ("nsubj", "expl", "dobj") for c in head.children):
        # "changed the law to make it easier to deport criminals": what is made easier (or
        # harder, or impossible) is not done by the making
        governor = _governor_marker(head, "xcomp", cues)
        result.markers.append(governor or Marker(
            "hypothetical", f"'make it {head.text} to {token.text}': made possible, not done"))
        return None
    if dep in ("advcl", "ccomp", "xcomp", "relcl", "acl") and _lemma(head) in ("be", "time"):
        judged = _judged(head, cues)
        if judged is not None:
            result.markers.append(Marker("hypothetical", f"it is '{judged.text}' to "
                                                         f"{token.text}: judged, not done"))
            return (head.head, dep) if head.lower_ == "time" and head.head.i != head.i else (head, dep)
    if dep in ("advcl", "ccomp", "xcomp") and _lemma(head) == "be" and any(
            c.dep_ == "acomp" for c in head.children):
        # "it would be difficult for X to defend Y", "it is unlikely that X will attack":
        # the adjective of the copula governs the extraposed clause.
        # The walk goes on to the copula, whose modal ("would be difficult") counts too.
        marker = _child_marker(head, lambda c: c.dep_ == "acomp", "xcomp", cues)
        if marker is not None:
            result.markers.append(marker)
        return head, dep
    if dep == "advcl" and _purpose_clause(token):
        # "uncovered a plot to kill", "announced plans to expel": the small parser hangs the
        # noun's infinitive on the verb; the noun still governs it.
        marker = _child_marker(head, lambda c: c.dep_ in ("dobj", "obj") and c.i < token.i
                               and c.pos_ == "NOUN", "acl", cues)
        if marker is not None:
            result.markers.append(marker)
    if dep == "advcl" and for_to_clause(token):
        # "its call for North Korea to return", "an appeal for Iran to release": the
        # clause completes its governor as a "for" complement.
        marker = _governor_marker(head, "for", cues)
        if marker is None:
            return None
        result.markers.append(marker)
        return head, dep
    if dep == "advcl" and (marker := _awaited(token, head, cues)) is not None:
        result.markers.append(marker)
        return None
    if dep == "advcl" and (marker := _participle_of(token, head, cues)) is not None:
        result.markers.append(marker)
        return None
    if dep == "advcl" and not _purpose_clause(token):
        return None
    if dep in ("nsubj", "nsubjpass") and (_phrasal(head) in cues.failing_subjects
                                          or _lemma(head) in cues.failing_subjects) \
            and not any(c.dep_ in ("dobj", "obj") for c in head.children):
        # (not a failing verb with an object: "Peru's refusal stalled the talks" stalled the
        # talks, the refusal itself came off)
        result.markers.append(Marker("failed", f"'{token.text} {head.text}'"))
    if dep == "nsubj" and _lemma(head) in cues.consequence_verbs and head.tag_ in ("VBZ", "VBP") \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in token.children):
        # "an invasion of Taiwan risks a wider war", "any attack on one member means war":
        # an indefinite act whose consequence is weighed in the present is supposed, not told
        result.markers.append(Marker("hypothetical", f"'{token.text} {head.text}': a case "
                                                     "supposed, not an act told"))
        return None
    if dep in ("nsubj", "nsubjpass") and (when := _scheduled(head, cues)):
        result.markers.append(Marker("future", f"'{token.text} {when}': still to come"))
        return None
    if dep in ("nsubj", "nsubjpass") and _phrasal(head) not in cues.occurrence_verbs \
            and _lemma(head) not in cues.occurrence_verbs and _given(token) \
            and not (dep == "nsubjpass" and _governor_marker(head, dep, cues) is not None):
        # (a passive governor's subject is what it governs: "the plan to meet was shelved")
        return None  # "the sanctions imposed in May will hurt": they exist whatever follows
    if dep == "acl" and token.tag_ == "VBG" and head.dep_ == "pobj" \
            and head.head.dep_ == "prep" and head.head.head.i != head.head.i \
            and _governor_marker(head.head.head, _prep_label(head.head), cues) is not None:
        # "argued in favour of the deputies boycotting the vote": a gerund with its own subject,
        # parsed as a participle of that subject, is the complement of the governing preposition
        return head, dep
    if dep == "acl" and token.tag_ == "VBG" and any(
            c.dep_ == "prep" and c.lower_ == "of" and head.i < c.i < token.i for c in head.children):
        # '"little prospect" of Brazil agreeing to ...': the gerund with its own subject after
        # "of", hung on the noun itself, is the noun's "of" complement
        marker = _governor_marker(head, "of", cues)
        if marker is not None:
            result.markers.append(marker)
            return head, dep
    if dep == "acl" and not _complement_clause(token) and token.pos_ in ("VERB", "AUX"):
        return None
    if dep == "dobj" and _lemma(head) == "face" and _lemma(token) in cues.faced_acts \
            and head.tag_ in ("VBZ", "VBP", "VB", "VBG"):
        # "faces deportation", "faces arrest if he returns": a sanction still to come (not
        # "faces criticism", "faced charges", which are there, nor "Iran faced sanctions for
        # decades", told of the past)
        result.markers.append(Marker("hypothetical", f"'{head.text} {token.text}': still to come"))
        return head, dep
    marker = _governor_marker(head, label, cues) or _be_to(head, dep)
    if marker is None and dep == "advcl":
        # The small parser often labels an infinitive complement as a purpose clause:
        # "called on Egypt to release", "was working to end" are xcomps of their governor.
        marker = _governor_marker(head, "xcomp", cues)
    if marker is not None:
        result.markers.append(marker)
    if dep == "acl" and marker is None and _purpose_clause(token) and head.pos_ == "NOUN" \
            and _lemma(head) not in cues.decisions \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "will make a speech during a visit to support the candidates": an event noun's purpose
        # shares its chain, as a verb's purpose clause does ("travelled to Minsk to meet ..."),
        # but not a decision's content: "urged Russia to reverse its decision to expel the
        # diplomats" does not make the expulsion a wish
        return head, dep
    if dep == "ccomp" or (dep == "acl" and marker is None and token.pos_ in ("VERB", "AUX")):
        if _lemma(head) in cues.reporting_verbs and marker is None:
            result.reporter = _reporter(head)
        return None
    return head, dep


def claim_appended(clause: Token, cues: Optional[Cues] = None) -> bool:
    """Whether ``clause``, parsed as the complement of a verb after it, is summed up by a claim
    noun that verb answers: "Turkey accused Greece of spying, a charge Athens denied"."""
    cues = cues or load_cues()
    head = clause.head
    if clause.dep_ != "ccomp" or clause.i > head.i or not any(
            t.text == "," for t in clause.doc[clause.right_edge.i + 1:head.i]):
        return False
    return any(c.dep_ in ("nsubj", "dobj", "npadvmod") and clause.right_edge.i < c.i < head.i
               and _lemma(c) in cues.claim_nouns for c in head.children)


def summed_up(noun: Token, cues: Optional[Cues] = None) -> Optional[Token]:
    """The verb whose clause ``noun`` sums up as a claim, when the noun follows it after a
    comma (hung on the verb or on its last word) with a clause that answers it:
    "jets bombed a market in Tigray, a claim Addis Ababa rejected"; else None."""
    cues = cues or load_cues()
    if noun.dep_ not in ("npadvmod", "appos") or _lemma(noun) not in cues.claim_nouns \
            or not any(c.dep_ in ("relcl", "acl") for c in noun.children) or noun.i == 0 \
            or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    verb = noun.head
    for _ in range(MAX_STEPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i else None


def _claimed(verb: Token, claim: Token, answer: Token, cues: Cues) -> list[Marker]:
    """What a deed summed up as a claim is, by the verb that answers the claim: denied
    ("rejected"), still asserted ("confirmed"), else alleged."""
    if _lemma(answer) in cues.confirming_verbs:
        return []
    cls = "denied" if _lemma(answer) in cues.denying_verbs else "alleged"
    return [Marker(cls, f"'{verb.text} ...' is summed up as a {claim.text} '{answer.text}'")]


def _awaited(clause: Token, head: Token, cues: Cues, mark: Optional[Token] = None) -> Optional[Marker]:
    """A clause of time under a main verb still to come has not happened either: "will
    release the sailors once Britain apologizes", "talks will resume after Hamas frees the
    hostages", "is ready to reopen its embassy once Syria expels the militias", "threatened to
    block the bid the moment Finland applies" (present tense), "would restore ties only after
    Chile returned the land" (past under "would"); not "will try them after they entered" (past
    under a future), nor "can barely remember the time before he left" (past under a present
    ability).  ``mark`` is a noun of time standing for the subordinator ("the moment ...")."""
    mark = mark or _moment(clause, cues) or next(
        (c for c in clause.children if c.dep_ == "mark" or (c.dep_ == "advmod" and (
            c.tag_ == "WRB" or (c.i == clause.left_edge.i and c.lower_ in cues.temporal_subordinators)))),
        None)  # ("Once Ankara lifts its veto, ...": "once" parsed as an adverb opening the clause)
    if mark is None or (mark.lower_ not in cues.temporal_subordinators
                        and _lemma(mark) not in cues.moment_nouns):
        return None
    if mark.lower_ == "as":  # only "as soon as": the clause hangs on "soon"
        if head.lower_ != "soon":
            return None
        if head.dep_ == "ROOT":
            # "As soon as Hamas frees the hostages the bombing will stop" with no comma: the
            # parser made "soon" the root; the main verb is the first later one with a modal
            head = next((t for t in head.sent if t.i > clause.i and t.pos_ in ("VERB", "AUX")
                         and any(_auxiliary(c, cues) for c in t.children)), None)
            if head is None:
                return None
        elif head.dep_ != "advmod":
            return None
        else:
            head = head.head
    perfect = any(c.dep_ == "aux" and _lemma(c) == "have" for c in clause.children)
    # (the present of its auxiliary too: "once the accord is signed", "until troops have left")
    still_to_come = clause.tag_ in ("VBZ", "VBP") or perfect or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in clause.children)
    aux = next(((c, cls) for c in head.children if (cls := _auxiliary(c, cues))), None)
    if aux is None and mark.lower_ in ("until", "till") and _refused(head, cues):
        # "refused to negotiate until the hostages were freed": the condition of a refusal
        return Marker("hypothetical", f"'{mark.text} {clause.text}' is the condition of "
                                      f"refusing '{head.text}': not yet happened")
    if aux is None:
        if not still_to_come or head.pos_ not in ("VERB", "AUX"):
            return None
        # no auxiliary of its own: the main verb may still be to come by what governs it
        # ("is ready to reopen ... once", "threatened to strike ... the moment")
        cls, why = resolve(walk(head, cues).markers)
        if cls in ("asserted", "alleged"):
            return None
        cls = cls if cls in ("future", "hypothetical") else "hypothetical"
        return Marker(cls, f"'{mark.text} {clause.text}' under '{head.text}' ({why}): not yet happened")
    if still_to_come or (clause.tag_ == "VBD" and aux[0].lower_ == "would"):
        return Marker(aux[1], f"'{mark.text} {clause.text}' under '{aux[0].text} {head.text}': "
                              "not yet happened")
    return None


def _refused(verb: Token, cues: Cues) -> bool:
    """The verb is what a refusal governs ("refused to negotiate", "declined to meet")."""
    governor = cues.governors.get(_lemma(verb.head)) if verb.dep_ in ("xcomp", "ccomp") else None
    return governor is not None and governor.embedded == "refusal" and governor.governs(verb.dep_)


def _participle_of(clause: Token, head: Token, cues: Cues) -> Optional[Marker]:
    """A participle clause after its verb tells what goes with the act, so it is no more real
    than the act: "Russia will strike the city, killing hundreds" (future), "would comply by
    surrendering its rifles then releasing the hostages" (hypothetical).  A negation does not
    carry ("did not withdraw, leaving the town exposed" leaves it exposed), nor a failure."""
    if clause.tag_ != "VBG" or clause.i < head.i or head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in clause.children):
        return None
    cls, why = resolve(walk(head, cues).markers)
    if cls not in ("future", "hypothetical", "denied"):
        return None
    return Marker(cls, f"participle '{clause.text}' of '{head.text}' ({why})")


def _moment(clause: Token, cues: Cues) -> Optional[Token]:
    """'the moment Finland joins', 'the minute Hamas frees ...', 'the day Ukraine joins': a
    definite noun of time before the clause, hung on its verb, stands for "when"."""
    return next((c for c in clause.children if c.dep_ in ("npadvmod", "advmod") and c.i < clause.i
                 and _lemma(c) in cues.moment_nouns
                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)


def _judged(head: Token, cues: Cues) -> Optional[Token]:
    """The evaluative word of "it is wrong to ...", "it is time to ...": the copula's adjective
    or noun with the expletive "it" (or "this") as subject; ``head`` is the copula or "time"."""
    if head.lower_ == "time" and head.dep_ == "attr" and "time" in cues.evaluative:
        word, head = head, head.head
    else:
        word = next((c for c in head.children if c.dep_ in ("acomp", "attr")
                     and _lemma(c) in cues.evaluative), None)
    if word is None:
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "expl")), None)
    return word if subject is not None and subject.lower_ in ("it", "this") else None


def _child_marker(head: Token, which, label: str, cues: Cues) -> Optional[Marker]:
    """The marker the first child of ``head`` chosen by ``which`` puts on a complement reached
    by ``label`` (a copula's adjective, a verb's object noun standing in for the governor)."""
    return next((m for c in head.children if which(c)
                 for m in (_governor_marker(c, label, cues),) if m is not None), None)


def _scheduled(head: Token, cues: Cues) -> Optional[str]:
    """'talks are due in May', 'a summit is scheduled for June', 'the visit is expected next
    week': words of the present that put their subject still to come (not "the attack was
    planned in Raqqa", a plot told of an attack that happened)."""
    if any(c.dep_ == "auxpass" for c in head.children):
        word = head
    else:
        word = next((c for c in head.children if c.dep_ == "acomp"), None) if _lemma(head) == "be" else None
    if word is None or (_lemma(word) not in cues.scheduling and word.lower_ not in cues.scheduling):
        return None
    verb = head if head.tag_ in ("VBZ", "VBP") else next(
        (c for c in head.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")), None)
    return None if verb is None else f"{verb.text} {word.text}"


def _be_to(head: Token, dep: str) -> Optional[Marker]:
    """'talks are to resume', 'Iran is to sign': "be to" announces, it does not report."""
    if dep not in ("nsubj", "xcomp") or _lemma(head) != "be":
        return None
    for comp in head.children:
        if comp.dep_ == "xcomp" and to_infinitive(comp) and comp.lemma_.lower() != "blame":
            # (not "was to blame": who is responsible, said of the past)
            return Marker("future", f"'{head.text} to {comp.text}' is planned")
    return None


def _given(noun: Token) -> bool:
    """A definite, possessed or modified subject names something that exists; an indefinite one
    ("a new summit might change ...") may be as hypothetical as its verb."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in ("the", "this", "these", "that", "those"):
            return True
        if child.dep_ in ("poss", "acl", "relcl"):
            return True
    return False


def infinitive_clause(token: Token) -> bool:
    """An infinitive clause the small parser calls advcl: a purpose clause ("called on Egypt
    to release") or one with its own subject after "for" ("a call for Iran to release")."""
    return _purpose_clause(token) or for_to_clause(token)


def for_to_clause(token: Token) -> bool:
    """'for North Korea to return': an infinitive with its own subject after "for"."""
    return has_mark(token, ("for",)) and to_infinitive(token)


def _bare_infinitive(token: Token) -> bool:
    """'help Mali fight', 'let the convoy cross': a bare infinitive with no subordinator
    ("demanded that Israel withdraw" is a subjunctive clause) and no auxiliary of its own."""
    return token.tag_ == "VB" and not has_mark(token) and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children)


def _purpose_clause(token: Token) -> bool:
    """'travelled to Minsk to meet ...': an infinitive with no subordinator of its own."""
    return to_infinitive(token) and not has_mark(token)


def _complement_clause(token: Token) -> bool:
    """'plans to expel', 'claims that it attacked', 'risks being executed' (a passive gerund the
    parser hangs on "risks" read as a noun): an acl that completes its noun."""
    return to_infinitive(token) or has_mark(token, ("that",)) or any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in token.children)


def _parenthetical_reporter(top: Token, cues: Cues) -> Optional[Token]:
    """'Y attacked Z, X said' parsed with 'said' hanging off the event verb."""
    for child in top.children:
        if child.dep_ in ("parataxis", "advcl", "ccomp") and _lemma(child) in cues.reporting_verbs:
            if child.i > top.i:
                return _reporter(child)
    return None


def _headline_speaker(trigger: Token) -> Optional[Token]:
    """'Latvia: Russia must pull its troops back': a headline's name of at most three words
    before a colon opening the sentence says what follows it."""
    sent = trigger.sent
    colon = next((t for t in sent[:5] if t.text == ":"), None)
    if colon is None or trigger.i < colon.i:
        return None
    before = [t for t in sent if t.i < colon.i and not t.is_punct]
    if not before or len(before) > 3:
        return None
    head = next((t for t in before if not before[0].i <= t.head.i < colon.i or t.head.i == t.i), None)
    return head if head is not None and head.pos_ == "PROPN" else None


def _is_question(trigger: Token) -> bool:
    sent = trigger.sent
    for token in reversed(sent):
        if token.is_space or token.is_quote:
            continue
        return token.text == "?"
    return False


# --------------------------------------------------------------------------------------------
# The interface the event coder calls


def resolve(markers: list[Marker]) -> tuple[str, str]:
    """One modality from the markers, innermost first."""
    if not markers:
        return "asserted", "no modal marker"
    first = markers[0]
    second = markers[1] if len(markers) > 1 else None
    if first.cls in ("negated", "failed") and second is not None and second.cls == "negated":
        return "hypothetical", f"double negation: {first.reason}; {second.reason}"
    if first.cls in ("future", "hypothetical") and second is not None and second.cls == "negated":
        # "cancelled plans to meet", "the plan to hold talks was shelved", "did not want to go"
        return "negated", f"{second.reason}, over {first.reason}"
    if first.cls == "alleged":
        if second is not None and second.cls in ("negated", "denied"):
            return "denied", f"{first.reason}; {second.reason}"
        return "hypothetical", f"alleged: {first.reason}"
    return first.cls, first.reason


def event_modality(trigger: Token, noun: Optional[Token] = None,
                   attempts: bool = False) -> tuple[str, str]:
    """(modality, reason) of the event whose trigger is ``trigger`` (with ``noun``, the event
    noun of a light verb).  ``attempts``: the event's type counts an attempt as done (an
    attempted assassination is an attack), so words of attempting mark nothing -- the attempt
    itself may still be negated, future or failed ("will try to storm", "a failed attempt")."""
    found = walk(trigger, noun=noun)
    markers = found.markers
    if attempts and any(m.attempt for m in markers):
        markers = [m for m in markers if not m.attempt]
        attempt = next(m for m in found.markers if m.attempt)
        modality, reason = resolve(markers)
        if modality == "asserted":
            return modality, f"attempted, {attempt.reason}: an attempt is done"
        return modality, reason
    modality, reason = resolve(markers)
    if modality == "asserted" and found.reporter is not None:
        reason = f"reported by '{found.reporter.text}'"
    return modality, reason


REFUSING_AUXILIARIES = {"will", "wo", "would", "can", "could", "shall", "ca"}


def refusal_reason(trigger: Token) -> Optional[str]:
    """Why a negated event is a refusal (an asserted REJECT of its own), or None when the text
    only says it did not happen.

    "Brazil refused to sign", "Iran won't attend", "Serbia would not extradite", "Russia does not
    recognise" refuse; "Kazakhstan has not yet signed", "Kenya never met", "no talks were held"
    report a fact and are no event at all.
    """
    modality, reason = event_modality(trigger)
    if modality != "negated":
        return None
    governor = next((m for m in walk(trigger).markers if m.governor), None)
    if governor is not None and governor.embedded == "refusal" and governor.cls == "negated":
        return f"refusal: {governor.reason}"
    negated = any(_is_negation(c) for c in trigger.children)
    auxiliaries = [c for c in trigger.children if c.dep_ == "aux"]
    if negated and any(a.lower_ in REFUSING_AUXILIARIES for a in auxiliaries):
        return f"refusal: {reason}"
    if negated and any(a.lower_ in ("do", "does") for a in auxiliaries):
        return f"stance: {reason}"  # present tense: "does not recognise"
    return None


def reporter_of(trigger: Token) -> Optional[Token]:
    """Head token of who reports the event: X in 'X said Y attacked Z', 'according to X'."""
    return walk(trigger).reporter


def embedded_under(trigger: Token) -> Optional[str]:
    """Why the trigger is the content of another event (accusation, threat, denial, request,
    refusal, promise, offer, proposal, agreement), or None.

    The coder codes the governing event and not this one: "X accused Y of attacking Z" is
    X -> Y ACCUSE; "X threatened to expel Y's ambassador" is THREATEN, not an expulsion.
    """
    for marker in walk(trigger).markers:
        if not marker.governor:
            continue
        if marker.embedded:
            return f"{marker.embedded}: {marker.reason}"
        if marker.cls != "alleged":  # "rejected claims that ...": look one governor further
            return None
    return None
