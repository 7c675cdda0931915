"""Find event triggers in a parsed sentence: which pattern fires on which token.

Patterns are indexed once by trigger lemma (``TriggerIndex``); a sentence is scanned once,
verbs first (so a noun that is the object of a verb trigger can be left to that verb), then nouns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Span, Token

from .patterns import Pattern, PatternSet

VERB_POS = {"VERB"}
NOUN_POS = {"NOUN", "PROPN"}
# A verb used as an adjective ("the besieged city") is not a trigger.
ADJECTIVAL = {"amod", "compound", "nmod"}
OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd"}
PARTICLE_DEPS = {"prt", "advmod", "prep", "acomp", "dobj", "compound", "oprd", "ccomp", "xcomp",
                 # "gave the envoy 48 hours to leave": the time read as an adverbial
                 "npadvmod"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}
COMPLEMENT_DEPS = {"xcomp", "ccomp"}
# In a pattern's `xcomp`: any verb in an infinitive or subjunctive complement; the same with
# someone else to do it ("wants NATO to deploy", not "wanted to return home").
INFINITIVE = "to"
OTHERS_INFINITIVE = "someone-to"
# Things an event noun may describe without the event being reported ("beheading videos").
DESCRIBED_NOUNS = {"video", "footage", "image", "picture", "photo", "photograph", "film", "movie",
                   "song", "poster", "banner", "game", "book", "novel", "documentary", "show",
                   "scene", "simulation", "drill", "museum", "memorial", "anniversary", "ceremony",
                   "site", "scenario", "movement", "organizer", "organiser", "leader", "expert",
                   "specialist", "fatigue", "cost", "costs", "season", "tactic", "tactics",
                   "technique", "training", "manual", "plan", "plans", "strategy", "policy", "law",
                   "rule", "rules", "ban", "threat", "risk", "fear", "fears", "warning", "alert"}
# A noun after one of these is what another act is about ("protested over the visit"), not an
# event of its own.
TOPIC_PREPS = {"over", "about", "regarding", "concerning"}
# A noun in one of these phrases reports an event on its own ("after talks with").
TIME_PREPS = {"after", "during", "following", "before", "since", "amid", "amidst", "despite",
              "ahead", "throughout", "without", "until", "till", "upon"}


@dataclass
class Match:
    """A pattern that fired; ``head`` is the predicate carrying tense, negation and subject."""

    pattern: Pattern
    trigger: Token
    head: Token
    obj: Optional[Token] = None
    light: Optional[Token] = None
    xcomp: Optional[Token] = None

    @property
    def tokens(self) -> list[Token]:
        return [t for t in (self.trigger, self.obj, self.light) if t is not None]


class TriggerIndex:
    """Patterns by trigger lemma, most specific first; built once per EventCoder."""

    def __init__(self, patterns: PatternSet) -> None:
        self.light_verbs = patterns.light_verbs
        self.verbs: dict[str, list[Pattern]] = {}
        self.nouns: dict[str, list[Pattern]] = {}
        self.adjs: dict[str, list[Pattern]] = {}
        # Patterns for any verb ("*"): tried on every verb besides its own pattern.
        self.any_verb: list[Pattern] = [p for p in patterns.patterns if p.kind == "verb" and "*" in p.lemmas]
        indexes = {"verb": self.verbs, "noun": self.nouns, "adj": self.adjs}
        for pattern in patterns.patterns:
            if pattern in self.any_verb:
                continue
            index = indexes[pattern.kind]
            for lemma in pattern.lemmas:
                index.setdefault(lemma, []).append(pattern)
        for index in indexes.values():
            for candidates in index.values():
                candidates.sort(key=lambda p: (-p.specificity, -p.base_confidence))
        # Hashes of every trigger word, to skip tokens without creating them (speed).
        self.keys = {hash_string(w) for index in indexes.values() for w in index}
        self.aux_keys = {hash_string(w) for p in self.any_verb for w in (p.aux or ())}
    @staticmethod
    def word_arrays(doc):
        """Lemma and lower-case hashes of every token, computed once per document."""
        return doc.to_array([LEMMA, LOWER])

    def candidate_tokens(self, sent: Span, arrays=None) -> tuple[list[Token], list[Token]]:
        """Tokens of the sentence whose lemma or form is a trigger word, and the verbs that
        carry an auxiliary a wildcard pattern asks for."""
        doc = sent.doc
        if arrays is None:
            arrays = self.word_arrays(doc)
        keys, aux_keys = self.keys, self.aux_keys
        words, auxed = [], []
        for i in range(sent.start, sent.end):
            lemma, lower = arrays[i]
            if int(lemma) in keys or int(lower) in keys:
                words.append(doc[i])
            if aux_keys and int(lower) in aux_keys:
                auxed.append(doc[i].head)
        return words, auxed

    def find(self, sent: Span, arrays=None) -> list[Match]:
        """Every trigger of the sentence, one pattern per token (``arrays``: ``word_arrays``
        of the document, to compute them once)."""
        words, auxed = self.candidate_tokens(sent, arrays)
        sent = words
        verbs = [m for m in map(self._verb_match, sent) if m is not None]
        if self.any_verb:
            # (a blocker of the verb's own blocks a wildcard pattern of its type too: what
            # someone "should know" is no demand)
            blocked = {(m.trigger.i, m.pattern.event_type) for m in verbs if m.pattern.blocker}
            verbs += [m for t in auxed if t.pos_ in VERB_POS or demanded_state(t) for p in self.any_verb
                      if (t.i, p.event_type) not in blocked
                      for m in (verb_fits(p, t),) if m is not None]
        verbs += [m for m in map(self._adj_match, sent) if m is not None]
        taken = {m.obj.i for m in verbs if m.obj is not None}
        fired = {m.trigger.i for m in verbs}
        # Nouns that may be triggers: a noun governed by one ("request for aid") is its topic.
        fired |= {t.i for t in sent if t.pos_ in NOUN_POS and self._candidates(self.nouns, t)}
        nouns = []
        for token in sent:
            if token.i in taken:
                continue
            match = self._noun_match(token, fired)
            if match is not None:
                nouns.append(match)
                if match.obj is not None:
                    taken.add(match.obj.i)
        nouns = [m for m in nouns if m.trigger.i not in taken]
        return verbs + nouns

    def _candidates(self, index: dict[str, list[Pattern]], token: Token) -> list[Pattern]:
        lemma = token.lemma_.lower()
        found = index.get(lemma)
        if found is None:
            found = index.get(token.lower_, ())
        return found

    def _verb_match(self, token: Token) -> Optional[Match]:
        if token.pos_ not in VERB_POS or token.dep_ in ADJECTIVAL:
            # "be" as a main verb ("said Russia was behind the attack"), never as an auxiliary
            if not (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
                return None
        for pattern in self._candidates(self.verbs, token):
            match = verb_fits(pattern, token)
            if match is not None:
                return match
        return None

    def _adj_match(self, token: Token) -> Optional[Match]:
        """"ready to negotiate", "willing to help": the adjective's copula carries the subject."""
        if token.pos_ != "ADJ" or token.dep_ not in ("acomp", "ROOT", "xcomp", "conj"):
            return None
        for pattern in self._candidates(self.adjs, token):
            match = verb_fits(pattern, token)
            if match is not None:
                if token.dep_ == "acomp":
                    match.head = token.head
                return match
        return None

    def _noun_match(self, token: Token, fired: set[int]) -> Optional[Match]:
        if token.pos_ not in NOUN_POS:
            return None
        if token.dep_ == "compound" and token.head.lemma_.lower() in DESCRIBED_NOUNS:
            return None  # "beheading videos", "protest songs": a thing described, no event
        candidates = self._candidates(self.nouns, token)
        if not candidates:
            return None
        governor = noun_governor(token)
        for pattern in candidates:
            if pattern.modifier is not None and not _has_child(token, MODIFIER_DEPS, pattern.modifier):
                continue
            if pattern.not_modifier is not None and _has_child(token, MODIFIER_DEPS, pattern.not_modifier):
                continue
            obj = None
            if pattern.object is not None:
                obj = next((o for o in noun_objects(token) if word_in(o, pattern.object)), None)
                if obj is None:
                    continue
            light = self._participle(pattern, token, fired) or self._licensed(pattern, governor, fired, token)
            if light is False:
                continue
            if pattern.subject is not None and not light_subject_fits(pattern, light):
                continue  # "stocks staged a rally": the light verb's subject decides the sense
            if not noun_preps_fit(pattern, token, light):
                continue
            head = light if light is not None else token
            return Match(pattern=pattern, trigger=token, head=head, light=light, obj=obj)
        return None

    def _participle(self, pattern: Pattern, token: Token, fired: set[int]) -> Optional[Token]:
        """A light verb as a participle after the noun: "sanctions imposed by the EU on Russia",
        "aid sent by Japan"; it carries the source (its agent) and the target."""
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.i not in fired:
                lemma = child.lemma_.lower()
                if lemma in pattern.light or (not pattern.light and lemma in self.light_verbs):
                    return child
        return None

    def _licensed(self, pattern: Pattern, governor: Optional[tuple[Token, str]],
                  fired: set[int], token: Token):
        """The light verb licensing a noun trigger, None when it stands alone, False when blocked."""
        verb, how = governor if governor else (None, "")
        if verb is not None and (verb.i in fired or (how == "prep" and topic_of(verb, token))):
            return False
        if verb is not None and how in ("obj", "prep"):
            lemma = verb.lemma_.lower()
            if lemma in pattern.light or (not pattern.light and lemma in self.light_verbs):
                return verb
        if pattern.light and pattern.modifier is None:
            return False
        if verb is None:
            return None
        # The topic of another event ("condemned the attack", "a request for aid") is not an
        # event of its own, nor is the object of an unknown verb ("postponed the talks").
        if verb.i in fired or how == "obj":
            return False
        return None


# What one may be told to be: a disposition towards others ("must be ready to negotiate", "should
# be more transparent"); not an ability, a feeling or a judgement ("should be able to", "must
# be concerned", "must be true"), which ask nothing of anyone.
DEMANDED_STATES = frozenset({"ready", "prepared", "willing", "flexible", "transparent", "open",
                             "serious", "constructive", "accountable", "cooperative", "restrained",
                             "realistic", "pragmatic", "responsive"})


def demanded_state(token: Token) -> bool:
    """A copula saying how someone must be towards others: "Israel must be ready to make
    concessions", "Iran must be more transparent" (an auxiliary's wildcard pattern takes it as
    a verb); not "there should be an inquiry"."""
    return token.lemma_ == "be" and token.dep_ not in ("aux", "auxpass") \
        and not any(c.dep_ == "expl" for c in token.children) \
        and any(c.dep_ == "acomp" and c.lemma_.lower() in DEMANDED_STATES for c in token.children)


def verb_fits(pattern: Pattern, token: Token) -> Optional[Match]:
    if pattern.negated and not _negated(token) and not (
            token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSING_VERBS):
        return None  # ("ruled out force" is left to other patterns)
    obj = None
    if pattern.object is not None:
        obj = next((o for o in objects_of(token) if word_in(o, pattern.object)
                    and not (pattern.not_modifier and _has_child(o, MODIFIER_DEPS, pattern.not_modifier))),
                   None)
        if obj is None:
            return None
    if pattern.particle is not None and not _has_child(token, PARTICLE_DEPS, pattern.particle):
        return None
    if pattern.prep is not None:
        owners = [token] + ([obj] if obj is not None else [])
        # (a phrase before the verb is an adjunct: "For the nationalists, their leader called
        # the budget timid" calls for nothing)
        if not any(c.dep_ in ("prep", "agent", "dative") and c.i > token.i
                   and word_in(c, pattern.prep) for o in owners for c in o.children) and not (
                "for" in pattern.prep and pattern.prep_object is None and _for_clause(token)):
            return None
    xcomp = None
    if pattern.xcomp is not None:
        # A blocker naming the complement's verb sees every purpose infinitive ("gathered to
        # mourn"); a pattern that codes keeps to complements proper.
        named = "*" not in pattern.xcomp and "target" in pattern.require and not pattern.named_target
        # "pledged never to attack": a named action that is negated is not that action
        # promised or threatened (a blocker may name one: "asked not to be named")
        coding = "*" not in pattern.xcomp and not named
        xcomp = next((c for c in _complements_of(token, named) if word_in(c, pattern.xcomp)
                      and not (coding and _negated(c))), None)
        if xcomp is None:
            xcomp = next((c for c in _complements_of(token) if _infinitive(c) and (
                INFINITIVE in pattern.xcomp
                or (OTHERS_INFINITIVE in pattern.xcomp and _someone_else(token, c)))), None)
        if xcomp is None:
            return None
    # (a verb's modifier is an adverb too: "sexually abused")
    if pattern.modifier is not None and not _has_child(token, MODIFIER_DEPS | {"advmod"}, pattern.modifier):
        return None
    if pattern.aux is not None and (not _has_child(token, {"aux"}, pattern.aux) or _has_child(
            token, {"aux"}, PERFECT)):
        return None  # "should have acted sooner" blames the past, it demands nothing
    if pattern.subject is not None and not any(word_in(s, pattern.subject) for s in subjects_of(token)):
        return None
    # (like ``prep``, on the verb or its named object: "seized control **of the town**")
    if pattern.prep_object is not None and not any(
            word_in(g, pattern.prep_object) for o in [token] + ([obj] if obj is not None else [])
            for g in _prep_objects_of(o)):
        return None
    return Match(pattern=pattern, trigger=token, head=token, obj=obj, xcomp=xcomp)


def noun_preps_fit(pattern: Pattern, noun: Token, light: Optional[Token]) -> bool:
    """A noun pattern's ``prep`` and ``prep_object``, on the noun or its light verb: "charges
    **against** the minister", "a phone conversation with **the Guardian**"."""
    owners = [noun] + ([light] if light is not None else [])
    preps = [c for o in owners for c in o.children if c.dep_ in ("prep", "agent", "dative")]
    if pattern.prep is not None and not any(word_in(p, pattern.prep) for p in preps):
        return False
    return pattern.prep_object is None or any(
        word_in(g, pattern.prep_object) for o in owners for g in _prep_objects_of(o))


# Verbs whose infinitive is negated as a refusal: "refused to rule out force".
REFUSING_VERBS = frozenset({"refuse", "decline"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children)


def _prep_objects_of(token: Token) -> list[Token]:
    """Objects of the word's prepositions, also through a compound one ("pulled out of the
    treaty", "because of the sanctions"); not a passive's agent ("killed by Israeli fire" is
    no accident by fire)."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def light_subject_fits(pattern: Pattern, light: Optional[Token]) -> bool:
    """A noun pattern's ``subject`` words name the subject of its light verb."""
    return light is not None and any(word_in(s, pattern.subject) for s in subjects_of(light))


def subjects_of(verb: Token) -> list[Token]:
    """The verb's own subjects, or those of the verb it is coordinated with; a passive's agent
    is its subject too ("was attacked by the Tories" is what critics do); the noun a relative
    clause or an -ing participle describes ("forces that back Assad", "forces backing Assad")."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl":
            # (the antecedent of an active relative's pronoun; a passive's stays the pronoun:
            # "children who were abandoned" did not abandon)
            found = [verb.head if f.tag_ in ("WDT", "WP") and f.dep_ == "nsubj" else f
                     for f in found]
        elif not found and verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = [verb.head]
        if found:
            return found + [c for f in found for c in conjuncts(f)]
        if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
            return []
        verb = verb.head
    return []


QUANTIFIERS = {"most", "some", "all", "part", "many", "several", "half", "one", "rest", "bulk",
               "majority", "portion", "much", "remainder", "number", "dozen", "dozens", "hundred",
               "hundreds", "thousand", "thousands", "each", "any", "two", "three", "remaining",
               "series", "string", "spate", "wave", "round", "raft", "slew", "batch",
               # measures of goods: "sent 300 kilograms of vaccines"
               "kilograms", "kilos", "kg", "tonnes", "tons", "boxes", "crates", "sacks", "bags",
               "cartons", "pallets", "truckloads", "planeloads", "shiploads", "worth"}


# Verbs that take no object, so that a bare participle of one cannot be passive.
INTRANSITIVE_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "riot", "clash",
                                "gather", "mutiny", "flee", "retreat", "assemble", "converge",
                                "parade", "walk"})


def stranded_predicate(verb: Token) -> bool:
    """A sentence's only verb that the small parser reads as a participle modifying its subject:
    in "Hundreds of students protested in Dakar." the root is "Hundreds" and "protested" hangs
    on it.  A verb that takes no object cannot be a passive participle, so with no agent, no
    auxiliary and no other verb in the sentence the noun is its subject."""
    head = verb.head
    if (verb.dep_ != "acl" or verb.tag_ != "VBN" or head.dep_ != "ROOT" or head.i > verb.i
            or verb.lemma_.lower() not in INTRANSITIVE_VERBS):
        return False
    if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
                   for t in verb.sent if t.i != verb.i)


def objects_of(verb: Token) -> Iterable[Token]:
    """The verb's objects: dobj (and its conjuncts), the passive subject, or the noun a
    participle modifies ("the sanctions imposed on ..."); through a quantifier ("most of its
    sanctions") to the quantified noun."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass", "attr"):  # attr: "was host to"
            yield child
            yield from conjuncts(child)
            if child.lower_ in QUANTIFIERS:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        yield from (g for g in prep.children if g.dep_ == "pobj")
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and not stranded_predicate(verb):
        yield verb.head


def noun_objects(noun: Token) -> Iterable[Token]:
    """What a noun trigger acts on: "suspension of aid", "aid cuts"."""
    for child in noun.children:
        if child.dep_ == "compound":
            yield child
        elif child.dep_ == "prep" and child.lower_ in ("of", "on", "to"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield grandchild
                    yield from conjuncts(grandchild)


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with ``token`` ("X, Y and Z"), not including it."""
    found, stack = [], [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                found.append(child)
                stack.append(child)
    return found


def noun_governor(noun: Token) -> Optional[tuple[Token, str]]:
    """The verb a noun is an argument of, and how: ("obj"|"prep"|"subj"), or None."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    # "carried out a series of attacks", "signed dozens of agreements": the quantity stands in.
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in QUANTIFIERS:
        noun = noun.head.head
    dep, head = noun.dep_, noun.head
    if dep in OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return head, "obj"
    if dep == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ in ("VERB", "AUX"):
        if head.lower_ in TIME_PREPS:
            return None
        return head.head, "prep"
    if dep in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head, "subj"
    if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in NOUN_POS:
        return head.head, "noun"
    if dep == "compound" and head.pos_ in NOUN_POS:
        return head, "noun"
    return None


def to_infinitive(verb: Token) -> bool:
    """The verb has the infinitive marker: "(decided) to expel"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def has_mark(verb: Token, words: tuple[str, ...] = ()) -> bool:
    """The clause has a subordinator (one of ``words``, or any): "for Iran to", "that Iran"."""
    return any(c.dep_ == "mark" and (not words or c.lower_ in words) for c in verb.children)


def _complements_of(verb: Token, named: bool = False) -> list[Token]:
    """The verb's clause complements; with an object, also the infinitive the small parser
    labels a purpose clause ("called Tsipras to discuss", "urged Iran to accept"); with
    ``named``, every purpose infinitive ("gathered to mourn")."""
    # "would decide whether to send troops": an open question is no complement of a decision
    found = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and not has_mark(c, ("whether", "if"))]
    # (an object the parser reads as a dative counts: "gave the envoy 48 hours to leave")
    if named or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        found += [c for c in verb.children if c.dep_ == "advcl" and to_infinitive(c) and not has_mark(c)]
    # "gave Chad 30 days to hand over the suspects": the parser hangs the infinitive on the
    # time granted, which only says how long the complement may take
    found += [g for c in verb.children for g in c.children if on_granted_time(g)]
    return found


GRANTED_TIME = frozenset({"hour", "day", "week", "month", "time"})


def on_granted_time(clause: Token) -> bool:
    """An infinitive the parser hangs on the time a verb grants ("gave Chad 30 days **to hand
    over** the suspects"): the verb's complement, not the noun's."""
    noun = clause.head
    return clause.dep_ in ("relcl", "acl") and to_infinitive(clause) and noun.dep_ in (
        "dobj", "npadvmod") and noun.lemma_.lower() in GRANTED_TIME and noun.head is not noun


PERFECT = frozenset({"have", "'ve"})

# Modals that make a base-form clause a question or a forecast, not a subjunctive demand
# ("asked whether Uganda would send troops"); "should" and "must" still demand.
NOT_SUBJUNCTIVE = frozenset({"will", "would", "can", "could", "may", "might", "wo", "ca",
                             "do", "does", "did"})


def _infinitive(token: Token) -> bool:
    """An infinitive or subjunctive complement: "told Iran to leave", "asked that Iran leave";
    not a reported clause ("told reporters that Iran had left") nor an indirect question
    ("asked whether Uganda would send troops")."""
    if token.pos_ not in VERB_POS or has_mark(token, ("whether", "if")):
        return False
    if token.dep_ in ("xcomp", "advcl"):
        return True
    return token.dep_ == "ccomp" and token.tag_ == "VB" and not any(
        c.dep_ == "aux" and c.lower_ in NOT_SUBJUNCTIVE for c in token.children)


def _someone_else(verb: Token, complement: Token) -> bool:
    """The complement's doer is not the verb's subject: an object before it or a subject of
    its own."""
    return any(c.dep_ in ("dobj", "obj") for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in complement.children)


def topic_of(verb: Token, noun: Token) -> bool:
    """The noun is in a topic phrase of the verb: "lodged a protest over the visit"."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS and noun.head.head.i == verb.i


def _for_clause(token: Token) -> bool:
    """Whether the verb governs a "for X to VERB" clause, which the parser reads as a clause
    with "for" as its mark: "called for Assad to step down", "pushed for Berlin to pay"."""
    return any(c.dep_ in ("advcl", "ccomp", "xcomp") and has_mark(c, ("for",))
               and to_infinitive(c) and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in token.children)


def _has_child(token: Token, deps: set[str], words: frozenset[str]) -> bool:
    return any(c.dep_ in deps and word_in(c, words) for c in token.children)


def word_in(token: Token, words: frozenset[str]) -> bool:
    """Whether a pattern's word list takes ``token``: its lemma or form, any word ("*"), or its
    named-entity label ("ent:GPE": a country or city standing for its government)."""
    return "*" in words or token.lemma_.lower() in words or token.lower_ in words or (
        bool(token.ent_type_) and f"ent:{token.ent_type_.lower()}" in words)
