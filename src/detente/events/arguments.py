"""Source and target of a matched trigger, from grammatical roles on the dependency parse.

A role names where to look ("subj", "obj", "prep:against", ...); the tokens found there are
mapped to actor mentions found by the actors stage.  A token that names no actor gives nothing:
arguments are never guessed, and only the prepositions a pattern names are read, so a place after
a locative preposition ("killed in Ukraine") is never taken as an actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span, Token

from ..model import Mention
from .match import (QUANTIFIERS, TIME_PREPS, Match, conjuncts, has_mark, stranded_predicate,
                    subjects_of, to_infinitive, word_in)
from .modality import claim_appended, comma_coordinate, fronted_coordinate, load_cues, summed_up

RELATIVE_TAGS = {"WDT", "WP", "WP$"}
# Dependents of a noun phrase's head that may carry its actor: "the Belarusian foreign
# ministry", "Russia's ambassador", "the president of Belarus", "spokesman ... Dzmitry Mironchyk".
NOMINAL_DEPS = ("appos", "compound", "amod", "poss", "nmod", "flat", "npadvmod")
OF_PREPS = {"of", "from", "by"}
PRONOUNS = {"PRON"}


@dataclass
class Argument:
    """The mentions one side of an event resolved to, and how they were found."""

    mentions: list[Mention] = field(default_factory=list)
    how: str = "none"
    parties: bool = False   # "between X and Y": the mentions are all the parties
    direct: bool = True     # found on the trigger itself, not inherited through another verb
    content: bool = False   # whom the governed action is aimed at ("agreed to send troops to
                            # Mali"), not a party to the trigger itself ("agreed with Mali")
    reciprocal: bool = False  # "each other": the sources act on one another

    @property
    def known(self) -> bool:
        """Whether some mention has a country of its own, not one borrowed from the sentence."""
        return any(m.country and m.confidence > BORROWED_COUNTRY for m in self.mentions)

    @property
    def borrowed(self) -> bool:
        """Whether every mention's country was only borrowed from its sentence ("troops")."""
        return bool(self.mentions) and all(m.country and m.confidence <= BORROWED_COUNTRY
                                           for m in self.mentions)


class MentionIndex:
    """Actor mentions of one document, looked up by token."""

    def __init__(self, sdoc, mentions: list[Mention], places: Optional[dict[int, str]] = None) -> None:
        self.sdoc = sdoc
        self.places = places or {}
        self.by_token: dict[int, Mention] = {}
        ranked = sorted(mentions, key=lambda m: m.span[1] - m.span[0], reverse=True)
        # Smaller mentions overwrite larger ones, then heads overwrite everything.
        for mention in ranked:
            span = sdoc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token[token.i] = mention
        # A compound actor ("US and Belarusian personnel") is several mentions sharing one
        # span and head: keep every member, not only the last.
        self.members: dict[tuple, list[Mention]] = {}
        for mention in mentions:
            if mention.head is not None:
                self.by_token[mention.head] = mention
            self.members.setdefault((mention.span, mention.head), []).append(mention)
        # Subject pronouns and the actor each stands for ("He met ...": the minister named
        # just before); looked up by mention_for like any other token.
        self.pronouns: dict[int, Mention] = _antecedents(sdoc, mentions)

    def members_of(self, mention: Optional[Mention]) -> list[Mention]:
        """All mentions of the compound actor ``mention`` belongs to (itself when single)."""
        if mention is None:
            return []
        return self.members.get((mention.span, mention.head), [mention])

    def owners(self, token: Token) -> list[Mention]:
        """The other countries of a plural noun owned by several: "negotiators from the US and
        Iran", "the foreign ministers of India and Pakistan" (mention_for gives the first)."""
        if token.tag_ not in ("NNS", "NNPS"):
            return []
        out = []
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and conjuncts(pobj):
                        out += [m for t in [pobj, *conjuncts(pobj)]
                                if (m := self.by_token.get(t.i)) is not None]
        return out

    def mention_for(self, token: Token) -> Optional[Mention]:
        """The actor a noun phrase headed by ``token`` names, looking into its modifiers."""
        if token.pos_ in PRONOUNS and token.i not in self.by_token:
            return self.pronouns.get(token.i)
        found = self.by_token.get(token.i)
        if found is not None:
            return found
        fallback = None
        frontier = [token]
        for _ in range(3):
            nxt = []
            for node in frontier:
                for child in node.children:
                    if child.dep_ in NOMINAL_DEPS:
                        nxt.append(child)
                    elif child.dep_ == "prep" and child.lower_ in OF_PREPS:
                        nxt.extend(c for c in child.children if c.dep_ == "pobj")
                    elif child.dep_ == "acl" and child.tag_ == "VBN":
                        # "austerity measures imposed by the EU": the agent owns the thing.
                        nxt.extend(c for a in child.children if a.dep_ == "agent"
                                   for c in a.children if c.dep_ == "pobj")
            for node in nxt:
                mention = self.by_token.get(node.i)
                if mention is not None:
                    if mention.country or mention.code:
                        return mention
                    fallback = fallback or mention
            frontier = nxt
        return fallback


SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "plural"}
# Nouns for people: "the minister ... he said", not "the government ... he".
PERSON_NOUNS = {"minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson",
                "premier", "chancellor", "king", "queen", "prince", "emir", "sheikh", "envoy",
                "ambassador", "secretary", "general", "commander", "official", "chief", "governor",
                "mayor", "senator", "lawmaker", "legislator", "diplomat", "prosecutor", "judge",
                "dictator", "monarch", "ruler", "head", "candidate", "politician", "activist",
                "negotiator", "representative", "deputy", "aide", "adviser", "advisor", "director",
                "chairman", "chairwoman", "counterpart", "cleric", "opponent", "strongman", "mp"}
EXPLETIVE_VERBS = {"be", "seem", "appear", "remain", "take", "emerge", "happen", "mean", "matter"}
PRONOUN_REACH = 2  # sentences back a pronoun may look for its actor


def _antecedents(sdoc, mentions: list[Mention]) -> dict[int, Mention]:
    """The actor each subject pronoun stands for: the nearest earlier actor of a fitting kind
    (a person for he/she, a state, organisation or institution for it, a plural or group for
    they) in its own or the two sentences before, subjects first. Expletive "it" ("it is
    likely", "it seems") stands for nothing."""
    # Subjects of main clauses only: a pronoun in a reported clause is the reporter's
    # ("Japan said it would", see coder.pronoun_reporter).
    pronouns = [t for t in sdoc if t.lower_ in SUBJECT_PRONOUNS and t.dep_ in ("nsubj", "nsubjpass")
                and (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))]
    if not pronouns:
        return {}
    placed = sorted(((m.head, m) for m in mentions if m.head is not None and m.kind != "place"),
                    key=lambda pair: pair[0])
    starts = [sent.start for sent in sdoc.sents]
    out: dict[int, Mention] = {}
    for pronoun in pronouns:
        if pronoun.lower_ == "it" and _expletive(pronoun):
            continue
        here = max(i for i, start in enumerate(starts) if start <= pronoun.i)
        first = starts[max(0, here - PRONOUN_REACH)]
        fitting = [(head, m) for head, m in placed
                   if first <= head < pronoun.i and _fits(SUBJECT_PRONOUNS[pronoun.lower_], sdoc[head], m)]
        if not fitting:
            continue
        subjects = [(head, m) for head, m in fitting if sdoc[head].dep_ in ("nsubj", "nsubjpass")]
        if pronoun.dep_ == "nsubjpass":
            # a passive pronoun is what was done to someone: after "police detained two men",
            # "they were released" are the men -- the object of the sentence before
            before = starts[here - 1] if here > 0 else 0
            objects = [(head, m) for head, m in fitting if head >= before and sdoc[head].dep_ == "dobj"]
            subjects = objects or subjects
        out[pronoun.i] = (subjects or fitting)[-1][1]
    return out


def _expletive(it: Token) -> bool:
    """"it is likely that", "it seems", "it was agreed that": an "it" standing for nothing."""
    verb = it.head
    return verb.lemma_.lower() in EXPLETIVE_VERBS or (
        it.dep_ == "nsubjpass" and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children))


def _fits(kind: str, head: Token, mention: Mention) -> bool:
    person = mention.kind == "person" or (head.lemma_.lower() in PERSON_NOUNS and head.tag_ != "NNS")
    plural = head.tag_ in ("NNS", "NNPS")
    if kind == "person":
        return person
    if kind == "plural":
        return plural or mention.kind in ("group", "igo")
    return not person and not plural and (mention.kind in ("state", "igo", "group", "sector"))


# The actors stage gives a sector noun that borrowed its country from a neighbour ("security
# forces" beside "Iraq") at most this confidence.
BORROWED_COUNTRY = 0.5
CONDITIONS = ("if", "unless")
# Nouns of violence whose modifiers name the attacker of a passive verb ("killed in an Israeli
# air strike").
ATTACK_NOUNS = {"attack", "strike", "airstrike", "air-strike", "raid", "ambush", "bombing", "shelling",
                "assault", "offensive", "bombardment", "barrage", "onslaught", "incursion"}
# Passives that say what state the subject is in, not what was done to it.
# What an actor issues to say something ("issued a statement condemning", "a resolution urging").
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "resolution", "letter",
                   "note", "message", "release", "motion", "decree", "tweet", "post", "speech",
                   "petition", "editorial", "memorandum", "missive", "proclamation", "notice"}
STATIVE_PASSIVES = {"commit", "determine", "prepare", "dedicate", "devote", "resolve", "engage",
                    "poise", "set", "oppose"}
# Verbs of going somewhere for a purpose: "flew to Moscow for talks with Putin".
TRAVEL_VERBS = {"arrive", "travel", "go", "come", "fly", "head", "leave", "return", "gather",
                "convene", "visit", "stop", "land", "depart"}
# What a sum is given in ("50 million dollars in aid for Syria").
SUBSTANCE_NOUNS = {"aid", "assistance", "help", "support", "loan", "loans", "credit", "credits",
                   "grant", "grants", "funding", "funds", "relief", "investment", "donation",
                   "donations", "weapons", "arms", "equipment", "supplies"}
# Prepositions whose gerund is done by the governing verb's subject, not its object; those of
# means and time tell a second act, never the content of the first ("angered Togo by expelling").
CIRCUMSTANCE_PREPS = frozenset({"by", "after", "before", "since", "upon", "while", "when"})
SUBJECT_PREPS = CIRCUMSTANCE_PREPS | {"without", "despite", "through"}
# Particles a preposition may hang on: "pulled out of Somalia", "stayed away from the talks".
PARTICLE_PREPS = frozenset({"out", "away"})
COMPLEMENT_PREPS = ("to", "with", "against", "on", "into", "from", "for", "between", "at")


def find_argument(match: Match, roles: tuple[str, ...], index: MentionIndex,
                  other: tuple[Mention, ...] = ()) -> Argument:
    """The first role (in the pattern's order) whose tokens name an actor of a known country;
    failing that, the first whose actor only borrowed a country from its sentence ("troops"
    next to "Mali"), then the first whose tokens name any actor ("police", "rebels"). A
    pronoun standing for ``other`` (the event's other side) is skipped: in "Iran warned that
    it would ..." the "it" is Iran itself, not whom Iran warned."""
    fallback = borrowed = None
    for role in roles:
        found = _role_tokens(match, role)
        if found is None:
            continue
        tokens, how, direct = found
        # "Japan's closest ally, the United States, praised ...": the ally is the apposition
        tokens = [_named_relation(t) for t in tokens]
        # A mention may span the trigger ("US sanctions", "the Russian attack"), but the trigger
        # word itself is never its own argument, except by the role that says so.
        tokens = [t for t in tokens if not (t.i in index.pronouns
                                            and any(index.pronouns[t.i] is m for m in other))]
        mentions = _unique(member for t in tokens if role == "self" or t.i != match.trigger.i
                           for member in index.members_of(index.mention_for(t)) + index.owners(t)
                           + _listed_countries(t, index))
        # The other side is never this one too ("talks mediated by Qatar and Egypt": the talks
        # belong to their mediators, who are the source, not the target).
        mentions = [m for m in mentions if not any(m is o for o in other)]
        if role in ("xsubj", "fsubj", "wsubj"):
            # "Putin warned the West that Russia would respond": the source's own country doing
            # what it says is the source itself, not whom it addresses.
            mentions = [m for m in mentions if not any(_same_party(m, o) for o in other)]
        if role in ATTACKED_ROLES and match.pattern.event_type in ATTACKING_TYPES and not any(
                m.code for m in mentions):
            mentions = [m for t in tokens if (m := attacked_place(t, index)) is not None
                        and not any(m.country == o.country for o in other)] or mentions
        if not mentions:
            continue
        pronoun = next((t for t in tokens if t.i in index.pronouns), None)
        if pronoun is not None:
            how = f"{how} ('{pronoun.text}' refers back)"
        argument = Argument(mentions=mentions, how=how, parties=role == "between", direct=direct,
                            content=role in CONTENT_ROLES or role.startswith("comp:"))
        if argument.known:
            return argument
        if any(m.country for m in mentions):
            borrowed = borrowed or argument
        fallback = fallback or argument
    return borrowed or fallback or Argument()


# Nouns that name one party by its relation to another: "Japan's ally" is not Japan.
RELATIONAL_NOUNS = frozenset({"ally", "neighbour", "neighbor", "partner", "rival", "enemy", "foe",
                              "adversary", "patron", "backer", "sponsor", "friend"})


def _named_relation(token: Token) -> Token:
    """The apposition naming whom a relational noun stands for ("Japan's closest ally, the
    United States"), or the token itself."""
    if token.lemma_.lower() in RELATIONAL_NOUNS:
        named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
    return token


def _same_party(mention: Mention, other: Mention) -> bool:
    """Whether ``mention`` is the state ``other`` acts for ("Russia" for Putin, "the US" for
    the White House); not people or a sector of that state ("Cuba allowed journalists to
    report", "the chancellor demanded that departments ...")."""
    return mention.country is not None and mention.country == other.country and not mention.sector


# Quads whose target is a partner, never the common enemy (verbal and material cooperation).
COOPERATIVE_QUADS = (1, 2)
# Nouns of a struggle that own their "against": "the fight against Isis", "the war on drugs".
STRUGGLES = frozenset({"fight", "war", "battle", "campaign", "struggle", "offensive", "operation",
                       "crackdown", "effort", "efforts", "drive", "crusade"})
# How an argument found as the noun a participle describes is named ("citizens fighting").
PARTICIPLE_NOUN = "noun modified by participle"
# Roles naming whom the action a trigger governs is aimed at, not a party to the trigger.
CONTENT_ROLES = frozenset({"xobj", "xsubj", "fobj", "fsubj", "wsubj", "condition", "purpose", "xpurpose"})
GENERIC_TARGET_ROLES = ("prep:against", "prep:with", "prep:to", "prep:toward", "prep:towards")


def complement_argument(match: Match, index: MentionIndex, other: tuple[Mention, ...] = ()) -> Argument:
    """The target of the action a verb governs: "agreed to sell arms to Iran", "refused to meet
    the envoy", "promised to help Kenya"; used when the pattern's own roles find none."""
    # A threat or warning aims at whom what is still to come is about ("warned that Finland
    # would face countermeasures"), not at the actors of a report ("warned that Russia had
    # massed troops"); a denial or allegation at those of the past too.
    if _appended_claim(match.head) is not None:
        # "Turkey accused Greece of spying, a charge Athens denied": the denial answers whoever
        # made the charge, not those it names.
        return find_argument(match, ("claimant",), index, other)
    ahead = match.pattern.event_type in FORWARD_TYPES
    # (what a promised act is for: "agreed to send trainers to help protect Mali"; not a
    # threat's, aimed at whoever the help is against)
    roles = (["fobj", "wsubj"] if ahead else ["xobj", "xsubj"]) + \
        [f"comp:{p}" for p in COMPLEMENT_PREPS] + ["condition"] + ([] if ahead else ["xpurpose"])
    found = find_argument(match, tuple(roles), index, other)
    if not found.mentions:
        # A non-locative preposition of the trigger that names an actor ("talks on Iran").
        found = find_argument(match, GENERIC_TARGET_ROLES, index, other)
        found.direct = False
    return found


def _appended_claim(verb: Token) -> Optional[Token]:
    """The clause before ``verb`` that a claim noun of it sums up ("..., a charge Athens
    denied"), parsed as its complement or with the noun hung on it."""
    found = next((c for c in verb.children if c.dep_ == "ccomp" and claim_appended(c)), None)
    if found is None and verb.dep_ == "relcl":
        found = summed_up(verb.head)
    return found


def reciprocal_argument(match: Match) -> Optional[Argument]:
    """"Moscow and Kyiv accused each other", "fired at one another": the target is the other
    source, whichever it is (an argument with no mentions of its own)."""
    for owner in (match.trigger, match.light, match.head):
        if owner is None:
            continue
        for child in owner.children:
            tokens = [child] if child.dep_ in ("dobj", "obj") else (
                [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [])
            for token in tokens:
                if token.lower_ in ("other", "one") and any(
                        c.lower_ in ("each", "another") for c in token.children):
                    return Argument(how=f"'{token.text}': the other source", reciprocal=True)
    return None


def purpose_argument(match: Match, index: MentionIndex, other: tuple[Mention, ...] = ()) -> Argument:
    """The last resort for a target: whom the purpose or accompanying clause of the action
    addresses ("marched through Gaza to demand compensation from Israel", "rallied in Seoul,
    denouncing Japan"), or the stance it is taken in ("in defiance of Beijing", "in protest at
    Ghana's decision"); used when nothing else names one."""
    found = find_argument(match, ("purpose",), index, other)
    found.direct = False
    # (with whom one shows solidarity is no one addressed: "to show solidarity with Kurds")
    found.mentions = [m for m in found.mentions if not _beside(m, index)]
    return found if found.mentions else stance_argument(match, index, other)


# Nouns of a stance an act is taken in, whose preposition names whom it is aimed at: "in
# defiance of the Chinese authorities", "in protest at Ghana's decision", "in anger over ...".
STANCE_NOUNS = frozenset({"defiance", "protest", "opposition", "anger", "outrage", "disapproval",
                          "fury", "rage", "indignation", "condemnation", "denunciation", "rejection"})
STANCE_PREPS = frozenset({"of", "at", "against", "over", "to", "toward", "towards", "for"})
# What one shows with or toward others who are not addressed.
BESIDE_NOUNS = frozenset({"solidarity", "support", "sympathy", "sympathies", "respect", "gratitude",
                          "condolences", "loyalty"})


def _beside(mention: Mention, index: MentionIndex) -> bool:
    if mention.head is None:
        return False
    prep = index.sdoc[mention.head].head
    return prep.dep_ == "prep" and prep.head.lemma_.lower() in BESIDE_NOUNS


def stance_argument(match: Match, index: MentionIndex, other: tuple[Mention, ...] = ()) -> Argument:
    """Whom the stance an act is taken in names: "blocked a highway in defiance of the Chinese
    authorities" (CHN), "recalled its envoy in protest at Ghana's decision" (GHA), "to show
    their anger at the American trade policies" (USA)."""
    owners = [o for o in (match.head, match.trigger, match.light, match.obj) if o is not None]
    # (the stance shown in a purpose clause: "rallied to show their anger at ...")
    owners += [o for c in match.head.children if c.dep_ == "advcl" and to_infinitive(c)
               for o in c.children if o.dep_ in ("dobj", "obj")]
    stances = [g for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in STANCE_NOUNS]
    stances += [o for o in owners if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in STANCE_NOUNS]
    for stance in stances:
        # (the parser may hang the preposition on the verb: "rallied in protest | at X")
        following = [c for c in stance.doc[stance.i + 1:stance.i + 2]
                     if c.dep_ == "prep" and c.head.i < stance.i and c.head in owners]
        for prep in [c for c in stance.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPS] + [
                c for c in following if c.lower_ in STANCE_PREPS]:
            for whom in (g for g in prep.children if g.dep_ == "pobj"):
                mentions = [m for m in index.members_of(index.mention_for(whom))
                            if m.country or m.code]
                mentions = [m for m in mentions if not any(m is o or _same_party(m, o) for o in other)]
                if mentions:
                    return Argument(mentions=mentions, how=f"pobj({prep.lower_}) of '{stance.text}'",
                                    direct=False)
    return Argument()


def _unique(mentions) -> list[Mention]:
    seen, out = set(), []
    for mention in mentions:
        if mention is not None and id(mention) not in seen:
            seen.add(id(mention))
            out.append(mention)
    return out


def _listed_countries(token: Token, index: MentionIndex) -> list[Mention]:
    """Countries a headline lists with a comma, which the parser reads as an apposition:
    "Sudan, South Sudan agree to reopen border", "Japan, South Korea sign pact".  Only one
    bare country beside another: "the president, Vladimir Putin" is one man."""
    head = index.mention_for(token)
    if token.pos_ != "PROPN" or not _bare_country(head):
        return []
    out = []
    for child in token.children:
        if child.dep_ != "appos" or child.i < token.i:
            continue
        between = [t.text for t in token.doc[token.i + 1:child.left_edge.i]]
        other = index.mention_for(child)
        if between == [","] and child.pos_ == "PROPN" and _bare_country(other) and other.country != head.country:
            out.append(other)
    return out


def _bare_country(mention: Optional[Mention]) -> bool:
    return mention is not None and mention.country is not None and mention.code == mention.country


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(conjuncts(token))
    return out


def _role_tokens(match: Match, role: str):
    """(tokens, how, direct) for one role, or None when the parse has nothing there."""
    if role == "subj":
        return subject_of(match.head)
    if role == "claimant":
        claim = _appended_claim(match.head)
        if claim is None or claim.lemma_.lower() not in load_cues().claiming_verbs:
            return None
        found = subject_of(claim)
        if found is None:
            return None
        return found[0], f"who made the claim ({found[1]} of {claim.text})", False
    if role == "gov":
        if match.light is None:
            return None
        return subject_of(match.light)
    if role == "obj":
        return _object(match.head)
    if role == "dative":
        for owner in (match.trigger, match.light):
            if owner is None:
                continue
            found = [c for c in owner.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
            if found:
                return _with_conjuncts(found), "dative", True
        for owner in (match.trigger, match.light):
            found = [] if owner is None else _misparsed_dative(owner)
            if found:
                return _with_conjuncts(found), "dative", True
        return None
    if role in ("xobj", "fobj"):
        # (fobj: only in a clause still to come -- "warned that Russia had massed troops"
        # aims at nobody)
        for comp in _complements(match):
            if role == "fobj" and not (still_to_come(comp) and all(
                    c.pos_ == "PRON" for c in comp.children if c.dep_ in ("nsubj", "nsubjpass"))):
                continue  # (the speaker's own act: "warned it would cut gas to Kyiv"; not a
                #          forecast of others': "warned that the cuts could damage schools")
            found = [c for c in comp.children if c.dep_ in ("dobj", "obj")]
            if found:
                return _with_conjuncts(found), f"dobj of {comp.text}", False
        return None
    if role in ("xsubj", "fsubj", "wsubj"):
        # fsubj: only a clause still to come, at whom it is aimed, passive or not ("warned that
        # Finland would face countermeasures"); not "warned that Russia had massed troops".
        # wsubj: only one that says what will befall its subject ("would pay a heavy price",
        # "could face sanctions", "will be punished"): "warned that the cuts could harm
        # schools" is a forecast about the cuts, not a threat to them.
        for comp in _complements(match):
            if role == "wsubj" and not (is_passive(comp) or comp.lemma_.lower() in CONSEQUENCE_VERBS):
                continue
            if role in ("fsubj", "wsubj"):
                if not still_to_come(comp):
                    continue
                found = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
            elif any(c.dep_ == "nsubjpass" for c in comp.children):
                # "claimed the reporter had been killed by Syrian troops": the doer is the
                # agent; a passive with none names only whom it was done to
                found = [g for c in comp.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                if found:
                    return _with_conjuncts(found), f"agent of {comp.text}", False
                if any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in comp.children):
                    # "called for the soldiers to be tried", "demanded that the officers be
                    # punished": what is asked is done to them, the only party named
                    found = [c for c in comp.children if c.dep_ == "nsubjpass"]
                    if found:
                        return _with_conjuncts(found), f"nsubjpass of {comp.text}", False
                continue
            else:
                found = [c for c in comp.children if c.dep_ == "nsubj"]
            if found:
                return _with_conjuncts(found), f"nsubj of {comp.text}", False
        return None
    if role == "condition":
        # "threatened to cut gas supplies unless Ukraine paid": whoever the condition is
        # put to is the one addressed.
        for clause in _complements(match) + [match.head]:
            for advcl in clause.children:
                if advcl.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS
                                                 for c in advcl.children):
                    found = [c for c in advcl.children if c.dep_ in ("nsubj", "nsubjpass")]
                    if found:
                        return _with_conjuncts(found), f"nsubj of condition {advcl.text}", False
        return None
    if role == "xpurpose":
        # the object of the purpose of the governed act: "agreed to send engineers to help
        # rebuild Ukraine", "promised to provide funds to support Sri Lanka"
        for comp in _complements(match):
            clauses = [c for c in comp.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)]
            # ("to help rebuild X": the act helped)
            clauses += [g for c in clauses if c.lemma_.lower() in HELP_VERBS
                        for g in c.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"]
            # (only an act done for someone: not "to fight Isis", whose object is the enemy)
            found = [o for c in clauses if c.lemma_.lower() in BENEFIT_VERBS
                     for o in c.children if o.dep_ in ("dobj", "obj")]
            if found:
                return _with_conjuncts(found), f"object of {comp.text}'s purpose", False
        return None
    if role == "purpose":
        for clause in match.head.children:
            if clause.dep_ != "advcl" or not (clause.tag_ == "VBG" or to_infinitive(clause)):
                continue
            found = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
            found += [g for c in list(clause.children) + found for g in c.children
                      if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS and g.dep_ == "pobj"]
            if found:
                return _with_conjuncts(found), f"object of {clause.text}", False
        return None
    if role == "visited":
        # where the visitor is, on the verb that brings him: "landed in Rabat for a state visit"
        found = [] if match.light is None else [
            g for c in match.light.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj"]
        return (_with_conjuncts(found), f"pobj(in) of {match.light.text}", False) if found else None
    if role == "host":
        # A noun trigger in a time phrase of a clause shares the clause's subject: "after
        # talks with Putin, Lukashenko said ...", "Lukashenko arrived for talks with Putin".
        prep = match.trigger.head
        if (match.trigger is not match.head or match.trigger.dep_ != "pobj"
                or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX")):
            return None
        if not (prep.lower_ in TIME_PREPS
                or (prep.lower_ == "for" and prep.head.lemma_.lower() in TRAVEL_VERBS)):
            return None
        found = subject_of(prep.head)
        return (found[0], f"subject of {prep.head.text}", False) if found else None
    if role == "attack":
        # "were wounded in a Hezbollah attack", "died in a Taliban ambush": a passive with no
        # agent (or "die"), whose attack names who did it.
        if not is_passive(match.head) and match.head.lemma_.lower() != "die":
            return None
        for child in match.head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "by"):
                # through a quantity: "killed in a series of air strikes by Saudi-led forces"
                nouns = [_quantified(c) for c in child.children if c.dep_ == "pobj"]
                found = [c for c in nouns if c.lemma_.lower() in ATTACK_NOUNS]
                if found:
                    return found, f"maker of the {found[0].text}", False
        return None
    if role == "self":
        return [match.trigger], "trigger noun", True
    if role in ("poss", "undergoer"):
        # Of a noun that can be suffered, the owner is who suffers it unless an "of" phrase
        # names that: "the journalist's arrest", "the hostages' release" against "Russia's
        # arrest of the journalist".
        undergone = "undergoer" in match.pattern.target and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in match.trigger.children)
        if undergone != (role == "undergoer"):
            return None
        found = [c for c in match.trigger.children if c.dep_ == "poss"]
        return (_with_conjuncts(found), role, True) if found else None
    if role == "mod":
        found = [c for c in match.trigger.children if c.dep_ in ("amod", "compound", "nmod")]
        return (found, "amod/compound", True) if found else None
    if role == "between":
        return _prep_objects(match, ("between", "among", "amongst"), "pobj(between)")
    if role.startswith("comp:"):
        word = role[5:]
        for comp in _complements(match):
            # ("threatened to pull out of the talks with Israel": the thing it leaves)
            left = [g for p in comp.children if p.dep_ in ("prep", "prt", "advmod") and p.lower_ in PARTICLE_PREPS
                    for q in p.children if q.dep_ == "prep" for g in q.children if g.dep_ == "pobj"]
            for owner in [comp] + [c for c in comp.children if c.dep_ in ("dobj", "obj")] + left:
                for child in owner.children:
                    if child.dep_ in ("prep", "dative") and child.lower_ == word:
                        found = [c for c in child.children if c.dep_ in ("pobj", "obj")]
                        if found:
                            return _with_conjuncts(found), f"pobj({word}) of {comp.text}", False
        return None
    if role.startswith("prep:"):
        word = role[5:]
        return _prep_objects(match, (word,), f"pobj({word})")
    if role.startswith("subjprep:"):
        # the event named by the subject: "demonstrations against the US erupted"
        word = role[9:]
        found = [g for subject in subjects_of(match.head) for c in subject.children
                 if c.dep_ == "prep" and c.lower_ == word for g in c.children if g.dep_ == "pobj"]
        return (_with_conjuncts(found), f"pobj({word}) of the subject", True) if found else None
    return None


# Verbs of helping whose own complement is the act helped ("to help rebuild").
HELP_VERBS = frozenset({"help", "assist", "aid"})
# Verbs of acts done for whoever is their object.
BENEFIT_VERBS = HELP_VERBS | {"support", "defend", "protect", "rebuild", "reconstruct", "stabilize",
                              "stabilise", "strengthen", "bolster", "train", "equip", "feed", "supply",
                              "back", "reinforce", "secure", "save", "rescue", "relieve"}
# Types whose object may be a proposal whose infinitive says what was proposed.
PROPOSAL_TYPES = frozenset({"REJECT", "AGREE"})


# Nouns of a demand whose "that" clause says what is demanded of whom.
DEMAND_NOUNS = frozenset({"demand", "call", "condition", "request", "insistence", "ultimatum"})


def _complements(match: Match) -> list[Token]:
    """The clauses a trigger governs: "agreed to sell", and for a noun trigger its infinitive
    ("expressed willingness to send troops to Mali")."""
    if match.xcomp is not None:
        return [match.xcomp]
    found = [c for c in match.head.children if c.dep_ in ("xcomp", "ccomp")]
    if match.trigger is not match.head or match.trigger.pos_ in ("NOUN", "PROPN"):
        # ("Moscow's threat to cut gas supplies to Moldova", a noun standing alone)
        found += [c for c in match.trigger.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)]
    # "committed to sending doctors to Sierra Leone", "agreed on sending observers" (not "of"
    # or "for": "accused X of attacking Y", "arrested for insulting Y" -- Y is no target)
    found += [g for c in match.head.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
              for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    # "insisted on its demand that Chad release the fighters", "stuck to its call that ...": what
    # the demand named says
    found += [a for c in match.head.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in DEMAND_NOUNS
              for a in g.children if a.dep_ in ("acl", "relcl", "ccomp") and has_mark(a, ("that",))]
    # "a call for North Korea to return", "appealed for Iran to free"
    found += [c for c in match.trigger.children
              if c.dep_ == "advcl" and has_mark(c, ("for",)) and to_infinitive(c)]
    # "declined an invitation to meet Russian envoys", "accepted an offer to send troops to
    # Mali": the infinitive of the proposal the pattern names is what is refused or accepted
    if match.obj is not None and match.obj is not match.trigger and \
            match.pattern.event_type in PROPOSAL_TYPES:
        found += [c for c in match.obj.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)]
    return found


def _prep_objects(match: Match, words: tuple[str, ...], how: str):
    owners = [match.trigger, match.obj, match.light]
    if match.obj is None and match.pattern.kind != "noun":
        # "rejected demands from Japan", "threatened action against Iran"
        owners += [c for c in match.head.children if c.dep_ in ("dobj", "obj")]
    # "spoke by telephone with Kyiv", "sanctions imposed by the EU on Russia": a preposition
    # the parser attached to another one's object.
    # (for a cooperative act not through a struggle: "supported the units in the fight against
    # Isis" does not support Isis, while "warned of a war with Iran" warns Iran)
    struggles = STRUGGLES if match.pattern.quad in COOPERATIVE_QUADS else frozenset()
    owners += [g for owner in (match.trigger, match.light) if owner is not None
               for c in owner.children if c.dep_ in ("prep", "agent") and c.lower_ not in words
               for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in struggles]
    # "pulled out of Somalia", "stayed away from the talks": the parser hangs the preposition
    # on the particle.
    particles = [c for c in match.trigger.children if c.dep_ in ("prep", "prt", "advmod")
                 and c.lower_ in PARTICLE_PREPS]
    owners += particles
    # "pulled out of the treaty with Russia": the named thing after the particle's own
    # preposition carries the phrase too
    if match.pattern.prep_object is not None:
        owners += [g for c in particles for p in c.children if p.dep_ == "prep"
                   for g in p.children if g.dep_ == "pobj" and word_in(g, match.pattern.prep_object)]
    # "pledged 500 million euros in aid for Syria": the sum's substance carries the phrase.
    owners += [g for owner in owners[:2] if owner is not None
               for c in owner.children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in SUBSTANCE_NOUNS]
    # "sent aid worth $5 million to Nepal": the parser hangs the phrase on the sum's 'worth'.
    owners += [c for owner in list(owners) if owner is not None
               for c in owner.children if c.dep_ == "amod" and c.lower_ == "worth"]
    # Every such phrase, in order: "lifted sanctions on Iran on Saturday" has two "on".
    tokens, direct = [], None
    for owner in owners:
        if owner is None:
            continue
        for child in owner.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ in words:
                found = _prep_object(child)
                if found:
                    tokens += [t for t in _with_conjuncts(found) if t not in tokens]
                    direct = (owner is match.trigger or owner is match.obj) if direct is None else direct
    return (tokens, how, direct) if tokens else None


def _prep_object(prep: Token) -> list[Token]:
    """A preposition's objects; or the subject of the clause the parser made of them: "granted
    asylum to two generals hiding (holed up) in its embassy" ('generals' the subject of 'hiding')."""
    found = [c for c in prep.children if c.dep_ in ("pobj", "obj")]
    if found or prep.lower_ != "to":  # (not "with X winning": an absolute clause)
        return found
    return [s for clause in prep.children if clause.dep_ == "pcomp" and clause.tag_ in ("VBG", "VBD", "VBN")
            for s in clause.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]


def absorbed_target(governor: Match, absorbed: list[Match], index: MentionIndex) -> Argument:
    """The target of a purpose or participle clause a trigger absorbs: "marched to demand
    the president's resignation" is a protest against the president."""
    for match in absorbed:
        found = find_argument(match, match.pattern.target, index)
        if not found.mentions:
            found = complement_argument(match, index)
        if found.mentions:
            found.how = f"{found.how} of {match.trigger.text}"
            found.direct = False
            return found
    return Argument()


def is_passive(verb: Token) -> bool:
    """Passive voice: a passive subject or auxiliary, or a bare participle modifying a noun
    ("sanctions imposed by the EU"); a relative clause with its own subject or a perfect
    auxiliary ("which has criticized Somalia") is active."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or absolute(verb):
        return True
    if stranded_predicate(verb):
        return False
    return verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children)


# Verbs that never go without their object: with none, a headline's bare participle is passive
# ("UK urged to act", "Labour accused of broken pledge", "Kenya criticised over arrests").
OBJECT_VERBS = frozenset({"urge", "accuse", "criticise", "criticize", "condemn", "blame", "praise",
                          "slam", "fault", "censure", "rebuke"})


def absolute(verb: Token) -> bool:
    """A bare participle whose subject, as the parser has it, is what it was done to: after
    "with" ("..., with 40 soldiers killed"), or a headline's reduced passive of a verb that
    never goes without its object, in a headline ("UK urged to act", "Labour accused of broken
    pledge")."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VBN" and verb.head.lower_ in ("with", "without"):
        return True
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in OBJECT_VERBS and headline(verb) \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "attr", "prt") for c in verb.children)


def headline(verb: Token) -> bool:
    """The main verb of a line with no closing stop: a headline, where "is" and "was" go unsaid
    (not a relative clause whose object is the pronoun before it: "the raid Delhi blamed on")."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
    return verb.dep_ == "ROOT" and last.text not in (".", "!", "?", '"', "'", "”", "’")


# Prepositions of a passive whose noun the parser may give the passive's 'by' agent.
MISHUNG_AGENT = frozenset({"with", "of", "for", "over"})


def subject_of(verb: Token, depth: int = 0):
    """Who does what ``verb`` says: its subject, the passive agent, or the subject it inherits
    (xcomp control, coordinated verbs, participles, relative clauses)."""
    if depth > 4:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not absolute(verb)]
    if not subjects and (not is_passive(verb) or verb.lemma_.lower() in STATIVE_PASSIVES):
        # The small parser sometimes hangs the subject on the auxiliary ("Hungary is opposed
        # to": Hungary <- is <- opposed).
        subjects = [g for a in verb.children if a.dep_ in ("aux", "auxpass")
                    for g in a.children if g.dep_ == "nsubj"]
    if subjects:
        subject = subjects[0]
        if subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            return _with_conjuncts([verb.head]), "antecedent of relative clause", False
        # A headline's list of names read as two subjects, or the first as a modifier of the
        # verb: "Japan, South Korea sign pact", "Iran, Iraq sign oil deal".
        listed = [c for c in verb.children if c.i < verb.i and c.pos_ == "PROPN"
                  and c.dep_ in ("nsubj", "npadvmod")]
        doc = verb.doc
        found = listed if len(listed) > 1 and subject in listed and all(
            [t.text for t in doc[a.right_edge.i + 1:b.left_edge.i]] == [","]
            for a, b in zip(listed, listed[1:])) else [subject]
        return _with_conjuncts(found), "nsubj" if depth == 0 else f"nsubj of {verb.text}", depth == 0
    for child in verb.children:
        if child.dep_ == "agent":
            found = [c for c in child.children if c.dep_ == "pobj"]
            if found:
                return _with_conjuncts(found), "agent(by)", depth == 0
        if fronted_coordinate(child):
            # "Kenya extended support to Uganda, condemned ...": the first verb's subject
            return subject_of(child, depth + 1)
    if is_passive(verb):
        # "Vietnam is committed to deepening ties": a state, not an act done to Vietnam
        found = [c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ not in RELATIVE_TAGS]
        if found and verb.lemma_.lower() in STATIVE_PASSIVES:
            return _with_conjuncts(found), "nsubjpass", depth == 0
        # "Laos was threatened with sanctions by Japan": the parser hangs the agent on the
        # noun before it
        found = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in MISHUNG_AGENT
                 for n in p.children if n.dep_ == "pobj"
                 for by in n.children if by.dep_ == "prep" and by.lower_ == "by"
                 for g in by.children if g.dep_ == "pobj"]
        if found:
            return _with_conjuncts(found[:1]), "agent(by) hung on the noun before it", depth == 0
        return None
    head = verb.head
    if head is verb:
        return None
    if stranded_predicate(verb):
        return _with_conjuncts([head]), "subject read as modified by the verb", depth == 0
    if verb.dep_ == "xcomp" and is_passive(head):
        # A passive governor's subject is the doer: "the government was forced to release",
        # "rebels were ordered to withdraw", "Iran is said to have attacked".
        found = [c for c in head.children if c.dep_ == "nsubjpass"]
        if found and found[0].tag_ not in RELATIVE_TAGS:
            return _with_conjuncts(found), f"nsubjpass of {head.text}", False
    if verb.dep_ == "advcl" and head.lemma_.lower() in CAUSATIVE_VERBS and to_infinitive(verb):
        # The small parser reads a caused act as a purpose: in "the offensive led the rebels
        # to plead with Chad" the rebels plead.
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        if objects:
            return _with_conjuncts(objects), f"dobj of {head.text}", False
    if verb.dep_ == "xcomp":
        # Object control: "urged Russia to withdraw", "called on Russia to withdraw".
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        if objects and head.lemma_.lower() not in ("promise", "vow", "pledge"):
            return _with_conjuncts(objects), f"dobj of {head.text}", False
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                found = [c for c in child.children if c.dep_ == "pobj"]
                if found:
                    return _with_conjuncts(found), f"pobj(on) of {head.text}", False
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        # "accused Russia of attacking", "praised Poland for helping": the object acts; but
        # the subject acts by what it does, before, after or without it ("Ghana angered Togo by
        # expelling its envoy").
        governor = head.head
        if head.lower_ in SUBJECT_PREPS:
            return subject_of(governor, depth + 1)
        objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
        if objects:
            return _with_conjuncts(objects), f"dobj of {governor.text}", False
        return subject_of(governor, depth + 1)
    if verb.dep_ in ("conj", "advcl") or comma_coordinate(verb) or (
            verb.dep_ in ("acomp", "attr") and head.lemma_ == "be"):
        # (the copula's subject: "Britain was quick to condemn", "Japan was the first to act")
        return subject_of(head, depth + 1)
    if verb.dep_ in ("acl", "relcl") and head.lemma_.lower() in STATEMENT_NOUNS:
        # "Kenya issued a statement condemning the raid", "the council adopted a resolution
        # that urges Iran to ...": whoever issued the statement says what it says.
        owner = statement_owner(head, depth)
        if owner is not None:
            return owner
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [head], PARTICIPLE_NOUN, False
    if verb.dep_ in ("acl", "relcl") and to_infinitive(verb):
        # "Moscow's decision to expel", "the EU's offer to mediate": the noun's owner.
        found = [c for c in head.children if c.dep_ == "poss"]
        if found:
            return _with_conjuncts(found), f"poss of {head.text}", False
        if head.dep_ == "attr" and head.head.lemma_ == "be":
            # "Japan was the first country to recognise Kosovo"
            return subject_of(head.head, depth + 1)
        if headline_name(head):
            # "Morocco to resume talks with Mauritania", "Chilean president to visit Peru": the
            # parser hangs a headline's infinitive on its subject
            return [head], "subject of headline", False
    return None


def headline_name(head: Token) -> bool:
    """Whether a noun is the subject of a verbless headline (a name, or a noun with its
    modifier: "Chilean president"), not a noun an infinitive describes ("plans to ...")."""
    if head.dep_ != "ROOT" or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in head.sent):
        return False
    return head.pos_ == "PROPN" or (head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") for c in head.children))


def statement_owner(noun: Token, depth: int):
    """Who issued a statement, letter or resolution: its owner ("Kenya's statement"), its
    author ("a letter from the minister", "a resolution by the council"), or whoever the verb
    it is the object or the means of has as its subject ("issued a statement", "said in a
    statement", "a resolution was adopted by the council")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return _with_conjuncts(owners), f"poss of {noun.text}", False
    for prep in noun.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("from", "by"):
            found = [c for c in prep.children if c.dep_ == "pobj"]
            if found:
                return _with_conjuncts(found), f"author of {noun.text}", False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "through", "via"):
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(verb, depth + 1)


# Verbs that make their object do what follows ("led the rebels to plead", "prompted Kenya to
# recall"), whatever the parser calls the infinitive.
CAUSATIVE_VERBS = frozenset({"lead", "prompt", "cause", "drive", "push", "spur", "force", "compel",
                             "persuade", "convince", "induce", "provoke", "oblige", "pressure",
                             "pressurise", "pressurize"})

# What befalls the subject of a warning's clause: then the warning is aimed at it.
CONSEQUENCE_VERBS = frozenset({"pay", "face", "regret", "suffer", "lose", "bear", "feel", "rue",
                               "answer", "reap", "risk"})

# Types whose complement target must be about what is still to come.
FORWARD_TYPES = frozenset({"THREATEN"})
# Auxiliaries of a clause about what is still to come.
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "could", "may", "might", "must", "wo",
                                "'ll", "'d"})
# Types whose object may be a place that stands for its country ("shelled Kharkiv").
ATTACKING_TYPES = frozenset({"ASSAULT", "COERCE"})
# Where what an attack hits is named: "shelled Kharkiv", "the shelling of Kharkiv", "air strikes
# on Aleppo", "rockets fired at Sderot".
ATTACKED_ROLES = frozenset({"obj", "prep:of", "prep:on", "prep:against", "prep:at"})
# Things attacked that are where they are: "struck targets in southern Lebanon".
PLACE_NOUNS = {"target", "position", "village", "town", "city", "area", "base", "facility", "site",
               "home", "house", "hideout", "camp", "district", "neighbourhood", "neighborhood",
               "outpost", "post", "depot", "airfield", "airport", "port", "infrastructure",
               "building", "settlement", "region", "territory", "stronghold", "enclave", "suburb",
               "province", "quarter", "township", "valley", "checkpoint", "jail", "prison", "centre",
               "center", "capital"}
LOCATED_PREPS = ("in", "near", "across", "along", "inside", "around", "outside")


def still_to_come(clause: Token) -> bool:
    """A clause about what is to come or is wanted: a future or modal auxiliary ("would pay",
    "must leave") or the subjunctive ("demanded that Israel withdraw"); an infinitive.  Not
    a report of what is or was ("had massed troops", "are playing with fire")."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in FUTURE_AUXILIARIES or c.lower_ == "should" for c in auxiliaries):
        return True
    if any(c.lower_ == "to" for c in auxiliaries):
        return True
    return clause.tag_ == "VB" and not auxiliaries


def attacked_place(token: Token, index: MentionIndex) -> Optional[Mention]:
    """The country a place attacked stands for: a named city ("shelled Kharkiv", "besieged
    Goma") or a place noun located in a country or city ("struck targets in southern
    Lebanon").  Never a source: only an attack's object is read this way."""
    if token.i in index.places:
        return _place_mention(token, index.places[token.i], index)
    if token.lemma_.lower() not in PLACE_NOUNS:
        return None
    named = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if named is not None and named.i in index.places and named.pos_ == "PROPN":
        # the place named right after it, however parsed: "in the capital Kabul"
        return _place_mention(named, index.places[named.i], index)
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        # the place named: "the town of Idlib", "the port city of Hodeidah"
        for name in (g for g in of.children if g.dep_ == "pobj" and g.i in index.places):
            return _place_mention(name, index.places[name.i], index)
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "for"):
        # whom a place is for is hit with it: "stormed a school for Sudanese refugees"
        for whom in (g for g in of.children if g.dep_ == "pobj"):
            mention = index.mention_for(whom)
            if mention is not None and mention.country:
                return mention
    # (where the attack happened is where its targets are: "struck targets in Lebanon")
    owners = [token] + ([token.head] if token.dep_ in ("dobj", "obj", "nsubjpass") else [])
    for prep in (c for owner in owners for c in owner.children):
        if prep.dep_ != "prep" or prep.lower_ not in LOCATED_PREPS:
            continue
        for where in prep.children:
            if where.dep_ != "pobj":
                continue
            mention = index.by_token.get(where.i)
            if mention is not None and mention.kind == "state":
                return mention
            if where.i in index.places:
                return _place_mention(where, index.places[where.i], index)
    return None


def doer_behind(target: Argument, index: MentionIndex, other: tuple[Mention, ...] = ()) -> Optional[Argument]:
    """Who did what a target of words suffered, named by a "by" phrase: a demand for the
    release of "its nationals held by Vietnam", revenge for "the killing of its commander by
    Israel" are addressed to the one who did it.  None when no such doer with a country."""
    for mention in target.mentions:
        if mention.head is None:
            continue
        token = index.sdoc[mention.head]
        owners = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            owners.append(token.head.head)  # "the killing of X by Y"
        for owner in owners:
            for by in owner.children:
                if by.dep_ not in ("agent", "prep") or by.lower_ != "by":
                    continue
                for doer in (g for g in by.children if g.dep_ == "pobj"):
                    found = index.mention_for(doer)
                    if found is not None and found.country and not any(found is o for o in other):
                        return Argument(mentions=[found], how=f"'by' of {owner.text} {token.text}",
                                        direct=False)
    return None


ATTACKED_IN_PREPS = ("in", "into", "inside")
# Types whose act done abroad lands on the country where it is done: "deployed jets in Estonia",
# "reduced its garrison in Chad", "lifted its travel restrictions in Latvia", "delivered food in
# Haiti".  (Not words, meetings or protests: "talks in Geneva" and "a rally
# in London" are not addressed to Switzerland or Britain.)
PLACED_TYPES = frozenset({"MOBILIZE", "AID", "SANCTION", "CONCEDE", "RETREAT", "COOPERATE"})
WATERS = frozenset({"sea", "gulf", "ocean", "strait", "straits", "channel", "bay", "waters"})


def where_done(match: Match, index: MentionIndex, other: tuple[Mention, ...] = ()) -> Argument:
    """The last resort for the target of an act that lands where it is done: the country it was
    carried out in ("Iran's armed intervention in Iraq", "an incursion into a mountain district
    in Azerbaijan", "drones killed five men in Yemen", "deployed jets in Estonia") -- the people
    there, when none is named.  Only for ATTACKING_TYPES and PLACED_TYPES; never the source
    ("soldiers killed in Ukraine" is not Ukraine acting)."""
    if match.pattern.event_type not in ATTACKING_TYPES | PLACED_TYPES:
        return Argument()
    owners = [o for o in (match.trigger, match.obj, match.light) if o is not None]
    owners += [g for o in owners if o.pos_ == "NOUN" for c in o.children  # "a state of emergency in X"
               if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # (a retreat is done where it leaves: "withdrew its forces from Kherson")
    preps = ATTACKED_IN_PREPS + (("from",) if match.pattern.event_type == "RETREAT" else ())
    for prep, where, mention in places_at(owners, preps, index):
        if where.lemma_.lower() in WATERS:
            continue  # (the sea a fleet sails is no one's people: "in the Persian Gulf")
        if mention not in other:
            return Argument(mentions=[mention], how=f"where it was done ({prep.lower_} "
                            f"{where.text}): the people there", direct=False)
    return Argument()


def places_at(owners: list[Token], preps: tuple[str, ...], index: MentionIndex,
              proper: bool = False):
    """(preposition, its object, the place mention) for each of ``preps`` on ``owners`` whose
    object is a state or a place in one (``attacked_place``); with ``proper``, a state only by
    its own name ("in Bolivia", not "in the Gaza war")."""
    for prep in (c for owner in owners for c in owner.children):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for where in (c for c in prep.children if c.dep_ == "pobj"):
            place = index.by_token.get(where.i)
            if not (place is not None and place.kind == "state" and (
                    where.pos_ == "PROPN" or not proper)):
                place = attacked_place(where, index)
            if place is not None and place.country:
                yield prep, where, place


# Where a gathering is held: "marched in Nairobi", "a rally outside parliament in Accra".
HELD_PREPS = ("in", "at", "outside", "across", "throughout", "around", "near", "inside")
# Doers who address their own government through diplomacy or force, not in the street.
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP"})


def government_addressed(match: Match, source: Argument, index: MentionIndex) -> Argument:
    """The default target of a type whose ontology entry has ``addressee: government`` (a
    protest) when the text names none: the government of the country where it is held
    ("students marched in Nairobi"), else of the doers' own country ("Egyptian workers went on
    strike").  None for a doer that is a state, an organisation of states or a state's agent:
    their protests are addressed to someone named."""
    stated = purpose_argument(match, index, tuple(source.mentions))
    if stated.mentions:
        return stated
    if any(m.kind in ("state", "igo") or m.sector in STATE_SECTORS for m in source.mentions):
        return Argument()
    held = held_place(match, index)
    if held is not None:
        return _addressed(*held, sector="GOV", role="the government addressed")
    countries = {m.country for m in source.mentions if m.country}
    if len(countries) == 1:
        return _addressed(source.mentions[0], f"the doers' country: {source.mentions[0].text}",
                          sector="GOV", role="the government addressed")
    return Argument()


def people_of_place(match: Match, target: Argument, index: MentionIndex) -> Argument:
    """The default source of a type whose ontology entry has ``doers: people`` (a protest) when
    the text names none: the people of the country where it is held ("demonstrations against
    the US erupted in Pakistan": PAKCVL), not when a target named is of that country."""
    held = held_place(match, index)
    if held is None or any(m.country == held[0].country and m.kind != "place" for m in target.mentions):
        return Argument()
    if any(s.i not in {t.i for t in match.tokens} and not word_in(s, match.pattern.subject or ())
           for s in subjects_of(match.head)):
        return Argument()  # (a doer named but unknown is no local: "Kurds protested in Berlin")
    return _addressed(*held, sector="CVL", role="its people")


# Devices that go off with no one named who set them: "a roadside bomb", "a land mine", "an
# improvised explosive device", "a car bomb explosion".  (Not shells, missiles or air strikes:
# whoever fires them is seldom where they land; not a bare "explosion" or "mine": a gas
# explosion or a mine blast is as likely an accident.)
DEVICES = frozenset({"bomb", "bombing", "ied", "landmine", "minefield", "grenade", "car-bomb"})
# A word that makes a device of a plainer one: "land mine", "explosive device", "bomb blast".
DEVICE_MODIFIERS = {"mine": {"land"}, "device": {"explosive"}, "explosion": DEVICES,
                    "blast": DEVICES, "trap": {"booby"}}
# Words that put a device in the air: "a bomb dropped by a warplane", "a drone's bomb".
AIRBORNE = frozenset({"drop", "plane", "warplane", "jet", "aircraft", "drone", "helicopter", "air",
                      "airstrike", "air-strike", "launch", "missile", "rocket", "shell", "aerial"})
# Modifiers that name who owns a device, known or not: "a coalition bombing", "an army mine".
OWNING_MODIFIERS = frozenset({"coalition", "allied", "government", "army", "military", "police",
                              "regime", "naval", "artillery", "rebel", "insurgent", "militant"})


def unclaimed_attackers(match: Match, index: MentionIndex) -> Argument:
    """The default source of a type whose ontology entry has ``doers: attackers`` (an attack)
    when the only doer named is a device that went off: unidentified attackers (UAF) of the
    country where it did ("a roadside bomb near Kandahar killed two soldiers": AFGUAF).  The
    place must be the device's or the act's; a victim's place is no doer's ("soldiers killed in
    Ukraine" names none)."""
    devices = [d for d in _device_words(match)
               if not any(t.lemma_.lower() in AIRBORNE for t in d.subtree)
               and not any(c.dep_ in ("compound", "amod", "nmod", "poss") and (
                   c.lemma_.lower() in OWNING_MODIFIERS or index.mention_for(c) is not None)
                   for c in d.children)]
    owners = devices + [o for o in (match.trigger, match.light) if o is not None]
    for prep in (c for owner in owners for c in owner.children) if devices else ():
        if prep.dep_ != "prep" or prep.lower_ not in LOCATED_PREPS:
            continue
        found = _place_within(prep, index)
        if found is not None:
            where, country = found
            device = devices[0]
            mention = Mention(text=device.text, span=(device.idx, device.idx + len(device.text)),
                              code=f"{country}UAF", country=country, sector="UAF", kind="group",
                              confidence=0.4, head=device.i,
                              why=f"none named but a {device.text}: unidentified attackers where "
                                  f"it went off ({prep.lower_} ... {where.text}, {country})")
            return Argument(mentions=[mention], how=f"none named: unidentified attackers "
                            f"({prep.lower_} ... {where.text})", direct=False)
    return Argument()


def _device_words(match: Match) -> list[Token]:
    """The devices named as what did the act: its subject ("a bomb killed"), its agent ("killed
    by a land mine") or the attack it was done in ("killed in a bombing")."""
    nouns = subjects_of(match.head) + [g for c in match.head.children
                                       if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "in")
                                       for g in c.children if g.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in DEVICES or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in DEVICE_MODIFIERS.get(n.lemma_.lower(), ())
        for c in n.children)]


def _place_within(prep: Token, index: MentionIndex) -> Optional[tuple[Token, str]]:
    """The first named city or state inside a preposition's phrase, and its country: "in a
    bazaar in Peshawar", "just outside the Syrian port of Latakia", "near a village of Helmand"."""
    for token in prep.subtree:
        if token.pos_ == "VERB":
            return None  # (not into a clause of its own)
        if token.i in index.places:
            return token, index.places[token.i]
        mention = index.by_token.get(token.i)
        if mention is not None and mention.kind == "state" and token.pos_ == "PROPN" and mention.country:
            return token, mention.country
    return None


def authorities_of_place(match: Match, index: MentionIndex, sector: str) -> Argument:
    """The default source of a mode whose ontology entry names ``authorities`` (an arrest, a
    deportation, a trial, an inquiry) when the text names no doer: that sector of the
    authorities of the place where it is done ("a Briton was arrested in Turkey": TURCOP); a
    country by its own name or a city of it (not "held in the Cuban camp", a base abroad)."""
    held = held_place(match, index, proper=True, undergone=True)
    return Argument() if held is None else _addressed(*held, sector=sector, role="the authorities")


def held_place(match: Match, index: MentionIndex, proper: bool = False,
               undergone: bool = False) -> Optional[tuple[Mention, str]]:
    """The place (a state or a mention of a place in one) where the trigger's act is held, and
    the words that say so ("in Nairobi"); with ``proper``, a state only by its own name (see
    places_at); with ``undergone``, also on the state the act is put under ("was put under
    investigation in Italy", "taken into custody in Kenya")."""
    owners = [o for o in (match.trigger, match.light, match.obj) if o is not None]
    if undergone:
        owners += [g for c in match.trigger.children if c.dep_ == "prep" and c.lower_ in ("under", "into")
                   for g in c.children if g.dep_ == "pobj"]
    for prep, where, place in places_at(owners, HELD_PREPS, index, proper=proper):
        return place, f"{prep.lower_} {where.text}"
    return None


def _addressed(place: Mention, where: str, sector: str, role: str) -> Argument:
    country = place.country
    mention = Mention(text=place.text, span=place.span, code=f"{country}{sector}", country=country,
                      sector=sector, kind="place", confidence=0.4, head=place.head,
                      why=f"none named: {role} of {country} ({where})")
    return Argument(mentions=[mention], how=f"none named: {role} ({where})", direct=False)


# Types whose governed act, done abroad, is aimed at the country where it would be done:
# "agreed to build a dam in Bolivia", "threatened to launch an offensive in northern Syria".
CONTENT_PLACED_TYPES = frozenset({"AGREE", "THREATEN"})


def content_place(match: Match, index: MentionIndex, other: tuple[Mention, ...] = ()) -> Argument:
    """The last resort for the target of a promise or threat: the country its governed act
    would be done in, when that is abroad for the source ("Brazil agreed to build a dam in
    Bolivia" is BRA->BOL; "Kenyan police threatened to arrest protesters in Nairobi" names
    its target otherwise)."""
    if match.pattern.event_type not in CONTENT_PLACED_TYPES or not other:
        return Argument()
    home = {m.country for m in other}
    for comp in _complements(match):
        doers = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "PRP"
                 and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)]
        if any((d := index.mention_for(c)) is None or d.country not in home for c in doers):
            # (only the source's own act, "it" or "its troops" too: not "warned that Americans
            # took steps in X")
            continue
        if comp.lemma_.lower() == "be" or any(c.dep_ == "expl" for c in comp.children):
            continue  # (a state of things is no act: "agreed that in Chad there is hope")
        owners = [comp] + [c for c in comp.children if c.dep_ in ("dobj", "obj")]
        # (not "its mediation in the Gaza war")
        for prep, where, place in places_at(owners, ATTACKED_IN_PREPS, index, proper=True):
            if place.country not in home:
                return Argument(mentions=[place], how=f"where {comp.text} would be done "
                                f"({prep.lower_} {where.text})", direct=False, content=True)
    return Argument()


def _place_mention(token: Token, country: str, index: MentionIndex) -> Mention:
    span = next((e for e in index.sdoc.ents if e.start <= token.i < e.end), index.sdoc[token.i:token.i + 1])
    return Mention(text=span.text, span=(span.start_char, span.end_char), code=country,
                   country=country, kind="place", confidence=0.5, head=token.i,
                   why=f"'{span.text}' is a place in {country}: the place attacked stands for its country")


def _quantified(noun: Token) -> Token:
    """The noun a quantity stands for ("a series of strikes", "dozens of raids"), or itself."""
    if noun.lower_ in QUANTIFIERS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((g for g in prep.children if g.dep_ == "pobj"), noun)
    return noun


def _misparsed_dative(verb: Token) -> list[Token]:
    """The indirect object the parser hung on the direct one: in "promised Vietnam new patrol
    boats" the name opening the object phrase, with no determiner before it, is the recipient
    (the small parser reads "Vietnam" as a modifier of "boats")."""
    return [c for o in verb.children if o.dep_ in ("dobj", "obj")
            for c in o.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
            and c.left_edge.i == o.left_edge.i == verb.i + 1]


def _object(verb: Token):
    if is_passive(verb):
        found = [c for c in verb.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and absolute(verb))]
        if found:
            subject = found[0]
            if subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return [verb.head], "antecedent of relative clause", False
            return _with_conjuncts(found), "nsubjpass", True
        if verb.dep_ in ("acl", "relcl"):
            return [verb.head], PARTICIPLE_NOUN, True
        return None
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if found:
        return _with_conjuncts(found) + _object_owner(verb, found[0]), "dobj", True
    # An object shifted past an 'as' phrase, which the parser hangs there as an apposition:
    # "condemned as a grave injustice Italy's treatment of ..."
    found = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1
             for g in c.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos"]
    if found:
        return _with_conjuncts(found), "dobj (after its 'as' phrase)", True
    return None


def _object_owner(verb: Token, obj: Token) -> list[Token]:
    """Whose the object is when the parser hung "from X" on the verb: "accepted the proposal
    from Tanzania", "turned down an invitation from Beijing" (a singular thing, not "withdrew
    troops from Syria", where "from" is the place left)."""
    if (obj.tag_ != "NN" or obj.lemma_.lower() in PERSON_NOUNS
            or any(c.dep_ == "prep" and c.lower_ in OF_PREPS for c in obj.children)):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > obj.i
            for g in c.children if g.dep_ == "pobj"]
