"""Actor mentions in a parsed document, resolved against the knowledge base.

A mention is a whole noun phrase ("two officials from the Belarusian Ministry of Foreign
Affairs").  Phrases of the knowledge base are found with two spaCy PhraseMatchers built once
(proper names case-sensitively, sector nouns and titles case-insensitively); each match climbs the
dependency tree to the head of its noun phrase, and the matches sharing a head make one mention.
The rules are written down in docs/actors.md.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Optional

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..model import Document, Mention
from .kb import Entry, KnowledgeBase, Person, load_kb, load_words

# The vocabulary this module reads -- names, nouns, adjectives and verb lemmas whose class decides
# how a phrase is read -- is data/words.yaml (validated by load_words); the grammar stays here.
WORDS = load_words()

# Dependencies that attach a modifier to the noun it modifies inside one noun phrase.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat"})
# Prepositions that keep an actor inside the phrase of the noun it follows ("officials from X",
# "rebels in Ivory Coast").
PHRASE_PREPS = frozenset({"of", "from", "for", "in", "throughout", "across"})
# Those of them that say where an actor is, not whose it is: "coalition forces in Iraq".
LOCATED_PREPS = frozenset({"in", "throughout", "across"})
# Words before a demonym that make it something other than the state ("ethnic Albanians",
# "pro-Iranian", "anti-American").
NOT_THE_STATE = frozenset({"ethnic", "pro", "anti", "non"})
# Adjectives of a faith, which says nothing of a country ("Islamic fundamentalists").
# ("Jewish" is not among them: news uses it of Israelis too, "Jewish settlers".)
FAITHS = frozenset({"islamic", "muslim", "moslem", "christian", "catholic", "protestant",
                    "hindu", "buddhist", "sikh", "evangelical"})
# Words of political Islam that are sector nouns (OPP) but, before armed men, name a movement of
# no state, like an unknown people ("Islamist fighters" as "Kurdish fighters").
POLITICAL_FAITHS = frozenset({"islamist", "islamists", "fundamentalist", "fundamentalists"})
# Nouns for another party a state befriends or uses: "Iran's proxies", "a US ally", "Russia's
# partners" are not that state.
RELATIONAL_NOUNS = frozenset({"ally", "proxy", "partner", "surrogate", "client"})
NOUNISH = frozenset({"NOUN", "PROPN"})
PLACE_KINDS = frozenset({"country", "seat", "igo"})
NOUN_KINDS = frozenset({"sector", "role", "office"})
# Entities kept as mentions even when the knowledge base knows nothing about them.
OPEN_ENTITIES = frozenset({"PERSON", "ORG"})
# Surnames that are also English words or very common; alone they are not read as the person.
COMMON_SURNAMES = WORDS["common_surnames"]
# Sector nouns that are actors only as a title before a name ("Justice Alito"), not as common
# nouns ("brought to justice").
TITLE_ONLY = WORDS["title_only"]
# Sector nouns that are actors only as common nouns ("the challenger", not the "Challenger" shuttle).
COMMON_ONLY = WORDS["common_only"]
# Machines that are a force only as the head of their phrase, not describing a thing that is no
# actor ("jet fuel", "aircraft maker"; "helicopter pilots" are pilots).
HEAD_ONLY = WORDS["head_only"]
# Sector words that only rank another title they stand before ("deputy head", "deputy spokesman").
RANK_WORDS = WORDS["rank_words"]
# Words that make a capital a part of the city ("north London"), not its government.
COMPASS = WORDS["compass"]
# Words for people as such: civilians unless someone's ("two Algerian men"; "Putin's men").
PLAIN_PEOPLE = WORDS["plain_people"]
# The chair of a parliament, only when one: "the speaker of the Duma", "House Speaker X"; not
# "Arabic-speakers" or "speakers at the rally".
SPEAKERS = WORDS["speakers"]
# Things a country word may describe without saying who acts: "the Iraq war" lends no country
# to "his party" in the same sentence.
TOPIC_NOUNS = WORDS["topic_nouns"]
# Determiners that make a bare title point back to someone named before ("the minister").
BACK_POINTING = frozenset({"the", "his", "her", "their", "its"})
# "-backed": the state before these supports the group, which is of another country.
BACKING = WORDS["backing"]
# "-held", "-led": a sector noun before these describes something else.
DESCRIBING = WORDS["describing"]
# Words that make the men of a phrase strangers where they are: "coalition forces in Iraq",
# "foreign troops in Mali", "peacekeepers in Darfur" are not of the country they are in.
ABROAD = WORDS["abroad"]
STATIONED = WORDS["stationed"]
# Prepositions naming whom violence is done to ("fire on", "attacks against"), and nouns of harm
# done to people that are neither verbs of violence nor military actions ("violence against").
HARM_PREPOSITIONS = frozenset({"on", "against", "upon", "at"})
HARM_NOUNS = WORDS["harm_nouns"]
# Places that are their people only when a state's word is on them ("shelled the Lebanese town
# of X"); "the town" alone says where something happens ("withdrew from the town").
TOWNS = WORDS["towns"]
# Nouns for a coalition of states when a state leads it ("the US-led coalition"): its forces.
ALLIANCES = WORDS["alliances"]
# Words that make a phrase about several countries: no single country may be filled in.
MULTINATIONAL = WORDS["multinational"]
# Quantifiers that make a phrase about several countries only when it counts states or those who
# speak for them ("both leaders", "other governments"), not people of one ("several activists",
# "both the chancellor and ...").
SEVERAL = frozenset({"other", "several", "many", "both", "all"})
STATE_HEADS = WORDS["state_heads"]
# Advocacy and relief organisations speak across borders: "rights groups called on Egypt" are
# not Egyptian by that (an "aid worker in Niger" or a "rights activist" is a person there).
ADVOCACY = WORDS["advocacy"]
ORGANISATIONS = WORDS["organisations"]
# Sectors whose words keep their sense as adjectives before an actor noun ("separatist leaders");
# others do not ("public officials" are no civilians).
ADJECTIVE_SECTORS = frozenset({"REB", "MIL", "OPP", "UAF"})
# Titles of a state's envoy to an organisation ("UN ambassador"), and organisations that send
# ambassadors of their own.
MEMBER_ENVOYS = WORDS["member_envoys"]
MEMBER_ENVOY_WHY = "GOV: a member state's ambassador"
NATIONALS_WHY = "CVL: people named by their nationality ('two Israelis')"  # they lend no country across a verb  # such a mention borrows no country nearby
OWN_ENVOYS = frozenset({"EU", "EC", "EUCO", "EP"})
# A state's missions abroad are where people gather, not whose they are ("protesters outside the
# Russian embassy in Kyiv" are not Russian).
MISSIONS = WORDS["missions"]
# Relatives ("his Bulgarian wife") are of their own country and lend it to nobody else.
KIN_NOUNS = WORDS["kin_nouns"]
# Conditions of people named after them ("child poverty", "women's rights"), and dealings about
# them ("a prisoner swap"): no actor.
CONDITIONS = WORDS["conditions"]
# Nouns that say where someone comes from, not who acts: "of Somali heritage".
ORIGIN_NOUNS = WORDS["origin_nouns"]
# Sectors whose people are of the place they are in ("police in Lagos"); soldiers, diplomats,
# spies and refugees often are not.
# A diplomat named without a country serves a state abroad: the other country of his sentence
# is as likely his host ("the ambassador was expelled by Lithuania") -- he borrows none.
DIPLOMATS = WORDS["diplomats"]
FOREIGN_SECTORS = frozenset({"MIL", "SPY", "REF", "ELI"})
FOREIGN_NOUNS = WORDS["foreign_nouns"]
# What armed men hold: "militant hideouts", "insurgent camps" stand for the men attacked there.
HOLDINGS = WORDS["holdings"]
# People who act for a client: "a lawyer for the woman" are two actors, not one.
CLIENT_NOUNS = WORDS["client_nouns"]
MAX_CLIMB = 6
MAX_LEFT = 10


# A dateline opening a line: a place in capitals (up to four words), perhaps a region or country
# and a date after commas, perhaps a news agency in brackets, then a dash or colon.
DATELINE = re.compile(r"(?m)^[ \t]*(?P<place>[A-Z][A-Z'.]*(?:[ -][A-Z][A-Z'.]*){0,3})"
                      r"(?P<rest>(?:,[ \t]*[A-Za-z0-9][\w.\- ]{0,40}?){0,2})[ \t]*"
                      r"(?:\((?P<agency>[^()\n]{1,30})\)[ \t]*)?(?P<sep>--|—|–|-|:)(?=[ \t])")


@dataclass(frozen=True)
class Dateline:
    """Where a story was filed: ``place`` as written, its ``country`` if known, and the
    character ``span`` of the whole dateline (place to dash)."""

    place: str
    country: Optional[str]
    span: tuple[int, int]


@dataclass
class _Hit:
    start: int
    end: int
    entry: Entry
    anchor: int  # the hit's own syntactic root


@dataclass
class _Group:
    head: int
    hits: list[_Hit] = field(default_factory=list)
    names: list[Span] = field(default_factory=list)  # open entities (unknown people, orgs)
    start: int = 0
    end: int = 0


@dataclass
class _Memory:
    """What a document has said so far, for later surnames and bare titles."""

    names: dict[str, Mention] = field(default_factory=dict)
    titles: dict[str, Mention] = field(default_factory=dict)
    last_office: Optional[str] = None
    era: Optional[dt.date] = None  # an undated document's likely time, from the offices it names


@functools.lru_cache(maxsize=1)
def _blank() -> Language:
    """A tokenizer-only English pipeline to turn phrases into match patterns."""
    return spacy.blank("en")


class ActorResolver:
    """Finds actor mentions in a parsed document and resolves them at the document's date.

    ``data_dir``: a folder of actor data files (default: the package's own); ``extra_people``:
    more files in people.csv's format; ``kb``: an already loaded ``KnowledgeBase``.
    """

    def __init__(self, data_dir: Optional[str] = None, *, extra_people: tuple[str, ...] = (),
                 kb: Optional[KnowledgeBase] = None) -> None:
        self.kb = kb if kb is not None else load_kb(str(data_dir) if data_dir else None,
                                                    tuple(map(str, extra_people)))
        nlp = _blank()
        self._entries: dict[int, Entry] = {}
        self._proper = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._common = PhraseMatcher(nlp.vocab, attr="LOWER")
        for matcher, table in ((self._proper, self.kb.proper), (self._common, self.kb.common)):
            phrases = list(table)
            for phrase, pattern in zip(phrases, nlp.tokenizer.pipe(phrases)):
                name = ("P:" if matcher is self._proper else "C:") + phrase
                self._entries[nlp.vocab.strings.add(name)] = table[phrase]
                matcher.add(name, [pattern])

    # ------------------------------------------------------------------ public

    def places(self, sdoc: Doc) -> dict[int, str]:
        """Head token of each named city -> its country ("Kharkiv" -> UKR).  A city is no actor;
        the events stage reads these only where a place is what was attacked ("shelled Kharkiv")."""
        skip = {i for line in self.datelines(sdoc.text) for i in _token_range(sdoc, line.span)}
        return {ent.root.i: self._shared_city(sdoc[ent.start], ent.text, self.kb.cities[ent.text].key)
                for ent in sdoc.ents if ent.text in self.kb.cities and ent.root.i not in skip}

    def _shared_city(self, token: Token, name: str, default: str) -> str:
        """The country of a city whose name other countries' cities bear too ("Tripoli": Libya or
        Lebanon): the one other country its sentence names when it does not name the first, else
        the same in the whole document; otherwise the first (the most populous)."""
        others = self.kb.shared_cities.get(name)
        if not others:
            return default
        for tokens in (token.sent, token.doc):
            named = self._countries_named(tokens, name)
            if default not in named and len(named & others) == 1:
                return next(iter(named & others))
            if default in named:
                return default
        return default

    def _countries_named(self, tokens, city: str) -> set[str]:
        """Countries named by one- or two-word names, demonyms or seats among ``tokens`` (not
        by the shared city name itself)."""
        words = [t.text for t in tokens]
        found = set()
        for i, word in enumerate(words):
            for phrase in (word, " ".join(words[i:i + 2])):
                entry = self.kb.proper.get(phrase)
                if entry is not None and entry.kind in ("country", "seat") and entry.key in self.kb.countries \
                        and phrase != city and phrase not in self.kb.shared_cities:
                    found.add(entry.key)
        return found

    def datelines(self, text: str) -> list["Dateline"]:
        """The datelines of a text: a place in capitals opening a line, before a dash or colon
        ("CAIRO (Reuters) -", "MOSCOW:", "KYIV, Ukraine --", "LAGOS, May 3 (Xinhua) --").  Each says
        where the story was filed: its place, and that place's country when the knowledge base
        knows it.  A line opening with an actor's own capitals ("NATO -") or an unknown word before
        a colon (a speaker in a transcript: "SMITH:") is no dateline."""
        out = []
        for match in DATELINE.finditer(text):
            place, rest, agency, sep = match.group("place", "rest", "agency", "sep")
            if sum(c.isalpha() for c in place) < 3 or place in self.kb.proper and not agency:
                continue
            country = self._dateline_country(place, rest)
            if country is None and sep == ":" and not agency:
                continue
            out.append(Dateline(place=place, country=country, span=(match.start("place"), match.end("sep"))))
        return out

    def _dateline_country(self, place: str, rest: str) -> Optional[str]:
        """The country of a dateline's place in capitals ("NEW DELHI" -> IND, "HAVANA, Cuba" -> CUB),
        None for an unknown town or an organisation's seat ("UNITED NATIONS")."""
        names = [place.title(), " ".join(w.capitalize() for w in place.split()), place.capitalize()]
        names += [part.strip() for part in (rest or "").split(",") if part.strip()]
        for name in names:
            entry = self.kb.cities.get(name) or self.kb.proper.get(name)
            if entry is not None and entry.kind in ("city", "country", "seat") and entry.key in self.kb.countries:
                return entry.key
        return None

    def mentions(self, document: Document, sdoc: Doc) -> list[Mention]:
        """Every actor mention of the document, resolved at the document's date."""
        day = document.date
        toks = list(sdoc)  # Token objects made once: indexing a Doc makes a new one each time
        text = sdoc.text  # Doc.text joins every token on each call
        entities = _entity_index(sdoc)
        datelines = self.datelines(text)
        skip = {i for line in datelines for i in _token_range(sdoc, line.span)}
        if skip:
            # a dateline says where the story was filed: no actor ("CAIRO (Reuters) -")
            entities = {i: e for i, e in entities.items() if not skip.intersection(range(e.start, e.end))}
        hits = [h for h in self._hits(sdoc, toks, entities) if not skip.intersection(range(h.start, h.end))]
        if not hits and not entities:
            return []
        groups = _merge_adjacent(self._groups(toks, hits, entities))
        memory = _Memory(era=self._era(groups) if day is None else None)
        counts = self._country_counts(hits)
        for line in datelines:
            if line.country:  # the place the story was filed from counts as one naming of its country
                counts[line.country] = counts.get(line.country, 0) + 1
        context = _dominant(counts)
        # Nationalities and groups the knowledge base does not know ("Kurdish", "Tibetan").
        strangers = [e for e in sdoc.ents if e.label_ == "NORP" and e.text.lower() not in FAITHS
                     and e.text not in self.kb.proper and (e.text.lower() not in self.kb.common
                                                           or e.text.lower() in POLITICAL_FAITHS)]
        # Whom such a word keeps from borrowing a country: an unknown people, everyone ("Kurdish
        # fighters", "Kurdish officials"); political Islam, only armed men ("Islamist fighters" are
        # a movement's, "Islamist hardliners" of the country they are in); a faith, only plain
        # people ("Muslim men" may be a minority anywhere; "Islamic fundamentalists", "Catholic
        # priests" are of the country they are in).
        unknown = [(e.start_char, e.end_char, ARMED_SECTORS if e.text.lower() in POLITICAL_FAITHS else None)
                   for e in strangers]
        unknown += [(e.start_char, e.end_char, frozenset({"CVL"})) for e in sdoc.ents
                    if e.label_ == "NORP" and e.text.lower() in FAITHS]
        stranger_tokens = frozenset(i for e in strangers for i in range(e.start, e.end))
        out: list[Mention] = []
        for group in groups:
            out.extend(self._resolve(text, toks, group, day, memory, context, stranger_tokens))
        out = sorted(out + [m for m in _crowds(text, toks, out) if m.head not in skip], key=lambda m: m.span)
        # Cities saying where something happens ("marched in Lagos"), for domestic actors of the sentence.
        scenes = [(h.anchor, h.entry.key) for h in hits if h.entry.kind == "city" and _scene_city(toks, h.anchor)
                  or h.entry.kind in ("city", "seat", "country") and h.entry.key in self.kb.countries
                  and _mission_site(toks, h.anchor)]
        for line in datelines:
            # a dateline is where its first sentence happens ("CAIRO (Reuters) - Police arrested ...")
            after = next((t.i for t in toks if t.idx >= line.span[1] and not t.is_space), None)
            if line.country and after is not None:
                scenes += [(after, line.country), (after - 1, line.country)]
        return _fill_countries(sdoc, toks, out, unknown, context, scenes, counts)

    def _era(self, groups: list[_Group]) -> Optional[dt.date]:
        """When an undated document was likely written: the middle of the time most of its titled
        known people ("Prime Minister Gordon Brown") held the title it gives them; None without
        such evidence.  People it names without a title are then read in the office they held
        then ("David Cameron" in a Brown-era story is the opposition leader, not the premier)."""
        spans = []
        for group in groups:
            offices = {h.entry.key for h in group.hits if h.entry.kind == "office"}
            people = [self.kb.people[h.entry.key] for h in group.hits if h.entry.kind == "person"]
            if not offices or len(people) != 1:
                continue
            roles = [r for r in people[0].roles if _same_office(r, offices)]
            spans += [(r.start or dt.date.min, r.end or dt.date.today()) for r in roles if r.start]
        if not spans:
            return None
        best = max((sum(a <= point <= b for a, b in spans), point) for point, _ in spans)[1]
        covering = [(a, b) for a, b in spans if a <= best <= b]
        start, end = max(a for a, _ in covering), min(b for _, b in covering)
        return start + (end - start) / 2

    def _main_country(self, hits: list[_Hit]) -> Optional[str]:
        """The country a document is mostly about (see _dominant)."""
        return _dominant(self._country_counts(hits))

    def _country_counts(self, hits: list[_Hit]) -> dict[str, int]:
        """How many country-bearing phrases name each country."""
        counts: dict[str, int] = {}
        for hit in hits:
            entry = hit.entry
            if entry.kind in ("country", "seat") and entry.key in self.kb.countries:
                country = entry.key
            elif entry.kind == "igo" or entry.kind == "seat":
                country = self.kb.igos[entry.key].country if entry.key in self.kb.igos else None
            elif entry.kind == "person":
                found = {r.country for r in self.kb.people[entry.key].roles}
                country = found.pop() if len(found) == 1 else None
            else:
                country = None
            if country:
                counts[country] = counts.get(country, 0) + 1
        return counts

    # ------------------------------------------------------------------ matching

    def _hits(self, sdoc: Doc, toks: list[Token], entities: dict[int, Span]) -> list[_Hit]:
        candidates = []
        for priority, matcher in ((0, self._proper), (1, self._common)):
            for match_id, start, end in matcher(sdoc):
                entry = self._entries[match_id]
                entity = entities.get(start)
                if entry.kind == "surname" and sdoc[start:end].text in self.kb.cities and (
                        entity is not None and entity.label_ in ("GPE", "LOC") or self._before_actor(toks[end - 1])):
                    entry = self.kb.cities[sdoc[start:end].text]  # "students in Lagos", not Ricardo Lagos
                if entry.kind == "country" and _ethnic_people(toks, start, end):
                    entry = Entry("sector", "ethnic group", "CVL", ETHNIC_WHY)
                if self._accept(toks, start, end, entry, entities):
                    candidates.append((-(end - start), priority, start, end, entry))
        candidates.sort(key=lambda c: c[:3])
        taken = bytearray(len(sdoc))
        hits = []
        for _, _, start, end, entry in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            if entry.kind == "place":
                continue  # "the Indian Ocean": its country word names no actor
            if entry.kind == "seat" and end - start == 1 and entry.key in self.kb.countries and any(
                    c.dep_ in ("amod", "compound") and c.text in COMPASS for c in sdoc[start].children):
                # "north London", "central Moscow": a part of the city, not the government ("East
                # Jerusalem" is a name)
                entry = Entry("city", entry.key, None, entry.where)
            if entry.kind == "seat" and entry.key in self.kb.countries and _inside_name(
                    entities, start, end, lambda t: getattr(self.kb.proper.get(t.text), "key", None) == entry.key):
                # "Moscow State University", "the Washington Post": the country, not its government
                entry = Entry("country", entry.key, None, entry.where)
            hits.append(_Hit(start, end, entry, start if end - start == 1 else sdoc[start:end].root.i))
        hits.sort(key=lambda h: h.start)
        hits = [self._placed_city(sdoc, h) for h in hits]
        hits = [h for h in hits if not (h.entry.kind in ("country", "seat") and _befriended(toks[h.anchor]))]
        return self._kin_abroad(toks, hits)

    def _placed_city(self, sdoc: Doc, hit: _Hit) -> _Hit:
        """A city or seat whose name is shared, moved to the country its text says (see
        _shared_city); a seat moved elsewhere is only a city there."""
        name = sdoc[hit.start:hit.end].text
        if hit.entry.kind not in ("city", "seat") or name not in self.kb.shared_cities:
            return hit
        country = self._shared_city(sdoc[hit.start], name, hit.entry.key)
        if country == hit.entry.key:
            return hit
        entry = Entry("city", country, None, f"{name} in the country its text names ({hit.entry.where})")
        return _Hit(hit.start, hit.end, entry, hit.anchor)

    def _kin_abroad(self, toks: list[Token], hits: list[_Hit]) -> list[_Hit]:
        """A plural demonym heading a phrase "of" another state's land, or "in" a part of it, is a
        people living there ("the Hungarians of southern Slovakia", "the Serbs in northern
        Kosovo"): coded by where they live, like an ethnic group; "two Hungarians in Vienna" and
        "Americans in Iraq" stay their own country's."""
        lands = {h.anchor: h.entry.key for h in hits if h.entry.kind in ("country", "seat")
                 and h.entry.key in self.kb.countries}
        out = []
        for hit in hits:
            head = toks[hit.anchor]
            if hit.entry.kind == "country" and hit.end - hit.start == 1 and head.tag_ in ("NNS", "NNPS") \
                    and head.text.endswith("s") and head.text != self.kb.countries.get(hit.entry.key) \
                    and head.dep_ not in MODIFIER_DEPS and any(
                        lands.get(land.i, hit.entry.key) != hit.entry.key
                        for prep in head.children if prep.dep_ == "prep"
                        for land in prep.children if land.dep_ == "pobj" and (
                            prep.lower_ == "of" or prep.lower_ == "in" and any(
                                c.dep_ in ("amod", "compound") and c.lower_ in COMPASS for c in land.children))):
                hit = _Hit(hit.start, hit.end, Entry("sector", "ethnic group", "CVL", ETHNIC_WHY), hit.anchor)
            out.append(hit)
        return out

    def _accept(self, toks: list[Token], start: int, end: int, entry: Entry, entities: dict[int, Span]) -> bool:
        """Whether a phrase match is really this entry here (cheap checks on tags and entities)."""
        first = toks[start]
        entity = entities.get(start)
        # a name's honorific is no part of someone else's name ("Mrs Thatcher", "Mr Blair")
        inside = entity is not None and (_after_honorific(toks, entity.start, start) < start
                                         or _name_end(entity) > end)
        if entry.kind in NOUN_KINDS:
            if end + 1 < len(toks) and toks[end].text == "-" and toks[end + 1].lower_ in DESCRIBING:
                return False  # "rebel-held", "army-backed": a description, not an actor
            if end - start == 1 and first.lower_ in TITLE_ONLY:
                return first.pos_ == "PROPN"
            if end - start == 1 and first.lower_ in COMMON_ONLY:
                return first.pos_ == "NOUN"
            if end - start == 1 and first.lemma_.lower() in HEAD_ONLY and first.dep_ in ("compound", "amod", "nmod") \
                    and first.head.i > first.i and first.head.lower_ not in self.kb.common:
                return False  # "jet fuel", "an aircraft maker", "aircraft shelters" are no force
            if end - start == 1 and first.lemma_.lower() in SPEAKERS and (
                    start > 0 and toks[start - 1].text == "-" or first.tag_ == "NNS"
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children)):
                return False  # "Russian-speakers", "speakers at the rally" are no parliament's chair
            return end - start > 1 or first.pos_ in NOUNISH or self._describes_actor(first, entry)
        if entry.kind in PLACE_KINDS:
            if _not_the_state(toks, start) or entry.kind == "country" and _minority(toks[end - 1]):
                return False
            if end + 1 < len(toks) and toks[end].text == "-" and toks[end + 1].lower_ in BACKING:
                return False  # "Russian-backed separatists" are not Russian ("Saudi-led" stays Saudi)
            if end < len(toks) and toks[end].lower_ in BACKING and toks[end].tag_ == "VBN" \
                    and toks[end].head.i > end and toks[end].head.pos_ in NOUNISH:
                return False  # the same without the hyphen: "Russian backed forces" ("Russia backed X" stays)
            if entity is not None and entity.label_ == "PERSON" and _name_start(entity) < start:
                return False  # "George Washington", "Michael Jordan" (not "Jordanian King X")
            return True
        if entry.kind == "person" and entity is not None and entity.label_ == "PERSON" and inside:
            # "Francis Fukuyama" and "Lara Trump" are someone else; "Jordanian King Abdullah II" is not
            if _name_end(entity) > end or not all(_modifier_word(t) for t in toks[entity.start:start]):
                return False
        if entry.kind == "city":  # a place, not a person nor part of a longer name
            placed = toks[end - 1].dep_ == "pobj" and toks[end - 1].head.lower_ in PLACE_PREPOSITIONS
            if entity is not None and (entity.label_ == "PERSON" and not placed or inside):
                return False  # ("farmers from Kano" is the city even when the tagger says person)
            return all(t.pos_ == "PROPN" for t in toks[start:end]) or self._before_actor(toks[end - 1])
        if entry.kind == "surname":
            alone = sum(t.is_alpha for t in first.sent) == 1  # a bare name, as `detente actors` gets
            if first.pos_ != "PROPN" and not alone or entry.key in COMMON_SURNAMES:
                return False
            if entity is not None and entity.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                return False  # "in May"
            if entity is not None and entity.label_ == "GPE" and first.dep_ == "pobj" \
                    and first.head.lower_ in PLACE_PREPOSITIONS:
                return False  # "travelled to Lagos" is the city, not Ricardo Lagos
            sex = _honorific(toks, start)
            if sex is not None and not any((p.name.split()[0] in FEMALE_GIVEN) == (sex == "f")
                                           for p in self.kb.surnames[entry.key]):
                return False  # "Mrs Howard" is none of the known men named Howard
            # "Lyndon Johnson" is not "Boris Johnson": a longer name must be the person's own
            return not (entity is not None and entity.label_ == "PERSON" and inside)
        return True

    def _city_counts(self, group: _Group) -> bool:
        """Whether a city in the phrase may give its country: only to a domestic sector with no
        country, person or organisation named ("students in Lagos"; not "Lavrov in Geneva",
        "troops in Kandahar"); a city alone is no actor."""
        nouns = [h for h in group.hits if h.entry.kind in NOUN_KINDS]
        if not nouns or any(h.entry.kind in PLACE_KINDS or h.entry.kind in ("person", "surname") for h in group.hits):
            return False
        if any(n.label_ == "PERSON" for n in group.names):
            return False
        return _domestic(_sector(group, nouns, [])[0], nouns)

    def _member_envoy(self, toks: list[Token], group: _Group, nouns: list[_Hit], places: list[_Hit]) -> bool:
        """Whether the phrase is an ambassador to an organisation of states, with no country
        named: "UN ambassador Susan Rice" is her country's diplomat, not the UN's (the EU has
        ambassadors of its own: "the EU ambassador" stays the EU's)."""
        if not all(h.entry.kind == "igo" and h.entry.key in self.kb.igos for h in places):
            return False
        if any(self.kb.igos[h.entry.key].sector or h.entry.key in OWN_ENVOYS for h in places):
            return False
        head = toks[group.head]
        return any(h.entry.key in MEMBER_ENVOYS and (h.anchor == group.head or toks[h.anchor].head.i == group.head
                                                      and head.pos_ == "PROPN") for h in nouns)

    def _before_actor(self, token: Token) -> bool:
        """A capitalised word modifying an actor noun after it ("Lagos students", "Karachi police")."""
        above = self.kb.common.get(token.head.lower_)
        return token.is_title and token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i \
            and above is not None and above.kind in NOUN_KINDS

    def _describes_actor(self, token: Token, entry: Entry) -> bool:
        """An armed or opposition sector word the tagger read as an adjective, set before an actor
        noun: "separatist leaders", "militant commanders" are of that sector; so are what armed
        men hold ("militant hideouts", "insurgent camps" are the militants attacked)."""
        if entry.sector not in ADJECTIVE_SECTORS or token.dep_ not in ("amod", "compound"):
            return False
        if entry.sector in ("REB", "UAF") and token.head.i > token.i and token.head.lemma_.lower() in HOLDINGS:
            return True
        above = self.kb.common.get(token.head.lower_)
        return above is not None and above.kind in NOUN_KINDS and token.head.i > token.i

    # ------------------------------------------------------------------ grouping

    def _groups(self, toks: list[Token], hits: list[_Hit], entities: dict[int, Span]) -> list[_Group]:
        actor_nouns = {h.anchor for h in hits if h.entry.kind not in PLACE_KINDS and h.entry.kind != "city"}
        actor_nouns.update(i for i, e in entities.items() if e.label_ == "PERSON")
        groups: dict[int, _Group] = {}
        reach: dict[int, int] = {}  # id of a hit -> the end of the phrase it climbed through
        for hit in hits:
            head, end = _climb_with_extent(toks[hit.anchor], actor_nouns)
            group = groups.setdefault(head, _Group(head))
            group.hits.append(hit)
            reach[id(hit)] = end
        covered = {i for h in hits for i in range(h.start, h.end)}
        named = _open_names(toks, entities, covered, actor_nouns)
        actor_nouns.update(i for n in named if n.label_ == "PERSON" for i in range(n.start, n.end))
        for entity in named:
            if entity.label_ not in OPEN_ENTITIES or covered.intersection(range(entity.start, entity.end)):
                continue
            head = _climb(entity.root, actor_nouns)
            groups.setdefault(head, _Group(head)).names.append(entity)
        for head, group in list(groups.items()):
            group.hits = [h for h in group.hits if not _seat_as_place(h, head, actor_nouns, toks)]
            if not self._city_counts(group):
                group.hits = [h for h in group.hits if h.entry.kind != "city"]
            group.end = max([reach[id(h)] for h in group.hits] + [0])
            if not group.hits and not group.names:
                del groups[head]
        for group in groups.values():
            _set_extent(toks, group)
        return sorted(groups.values(), key=lambda g: (g.start, g.head))

    # ------------------------------------------------------------------ resolution

    def _resolve(self, text: str, toks: list[Token], group: _Group, day: Optional[dt.date],
                 memory: _Memory, context: Optional[str] = None,
                 strangers: frozenset[int] = frozenset()) -> list[Mention]:
        if any(h.entry.kind in ("person", "surname") for h in group.hits):
            # "Putin's men" are his people, not civilians
            group.hits = [h for h in group.hits if h.entry.key not in PLAIN_PEOPLE]
        if toks[group.head].lemma_.lower() in TOWNS and not any(
                h.entry.kind in PLACE_KINDS and toks[h.anchor].head.i == group.head
                and toks[h.anchor].dep_ in MODIFIER_DEPS for h in group.hits):
            # "the town" alone is where something happens; "the Lebanese town" is its people
            group.hits = [h for h in group.hits if not (h.entry.kind in NOUN_KINDS and h.anchor == group.head)]
            if not any(h.entry.kind in NOUN_KINDS | PLACE_KINDS for h in group.hits) and not group.names:
                return []
        first, last = toks[group.start], toks[group.end - 1]
        span = (first.idx, last.idx + len(last))
        base = dict(text=text[span[0]:span[1]], span=span, head=group.head)
        places = _by_head(toks, group, [h for h in group.hits if h.entry.kind in PLACE_KINDS])
        homes = {self.kb.igos[h.entry.key].country for h in places if h.entry.kind == "igo"
                 and h.entry.key in self.kb.igos and self.kb.igos[h.entry.key].sector}
        if homes:
            # "a Scottish Labour Party spokesman": the party's own country word adds nothing to it
            places = [h for h in places if not (h.entry.kind == "country" and h.entry.key in homes)] or places
        nouns = [h for h in group.hits if h.entry.kind in NOUN_KINDS]
        cities = _by_head(toks, group, [h for h in group.hits if h.entry.kind == "city"])
        former = _former(toks, group, self.kb)
        person = self._person(group, day, [h for h in places if not _where(toks, h)], context)
        surname = next((h for h in group.hits if h.entry.kind == "surname"), None)
        if person is None and surname is not None and not places:
            # a surname several known people share, named in full before ("Michael Howard ... Mr Howard")
            earlier = memory.names.get(toks[surname.start].text)
            if earlier is not None and _same_sex(_honorific(toks, surname.start), earlier):
                return [earlier.model_copy(update=dict(
                    **base, why=f"same as earlier {earlier.text!r}; {earlier.why}",
                    confidence=min(earlier.confidence, 0.85)))]
        if person is not None and _names_the_head(group, person):
            offices = {h.entry.key for h in nouns if h.entry.kind == "office"}
            mention = _person_mention(person, base, day, former, offices, memory.era)
            _remember(memory, mention, group, person.name)
            return [mention]
        if person is not None and nouns:
            # "the Obama administration", "Putin's spokesman": the person's country, the noun's sector
            mention = self._entourage_mention(base, person, nouns, day, group.names)
            _remember(memory, mention, group, mention.entity)
            return [mention]
        if not nouns and not group.names and toks[group.head].lemma_.lower() in ORIGIN_NOUNS:
            return []  # "of Somali heritage", "a Lebanese passport": where someone comes from
        if toks[group.head].lemma_.lower() in CONDITIONS and not places and not group.names \
                and not any(h.anchor == group.head for h in group.hits):
            return []  # "child poverty", "women's rights": a condition of people, not people acting
        if not places and not cities:
            recalled = _recall(toks, group, memory, nouns)
            if recalled is not None:
                return [recalled.model_copy(update=base)]
        extra: list[Mention] = []
        # (also for men owned by a pronoun: "its forces in Iraq" are the owner's, in Iraq)
        located = [h for h in places if _located(toks, group, h) is not None] \
            if any(t.lower_ in ABROAD for t in toks[group.start:group.head + 1]) or (
                toks[group.head].lower_ in STATIONED and any(
                    t.dep_ == "poss" and t.lower_ in OWNING_PRONOUNS for t in toks[group.start:group.head])) else []
        if located:
            # "coalition forces in Iraq", "foreign troops in Mali": where several states' men are,
            # not whose they are; the place stays a mention of its own, saying where
            places = [h for h in places if not any(h is x for x in located)]
            cut = min(_located(toks, group, h) for h in located)
            if cut > group.head:
                group.end = cut
                last = toks[cut - 1]
                base.update(text=text[base["span"][0]:last.idx + len(last)], span=(base["span"][0], last.idx + len(last)))
            for hit in located:
                first, last = toks[hit.start], toks[hit.end - 1]
                extra.append(self._place_mention(
                    dict(text=text[first.idx:last.idx + len(last)], span=(first.idx, last.idx + len(last)),
                         head=hit.anchor), hit, None, "", _Group(hit.anchor, [hit], [], hit.start, hit.end),
                    day, memory))
        sector, sector_why = _sector(group, nouns, places)
        if (sector is None or sector_why.startswith("seat of power")) \
                and toks[group.head].lemma_.lower() in ALLIANCES \
                and not any(t.lower_ in ADVOCACY for t in toks[group.start:group.head]) and any(
                _led_by(toks[h.anchor]) for h in places if h.entry.kind in ("country", "seat")
                and h.entry.key in self.kb.countries):
            # "the Saudi-led coalition", "the US-led alliance": a state's coalition is an armed one
            # (not "a US-led aid coalition")
            sector, sector_why = "MIL", "MIL: a coalition led by a state"
        if places and self._member_envoy(toks, group, nouns, places):
            # "UN ambassador X", "the NATO ambassador": a member state's diplomat there
            igo = self.kb.igos[places[0].entry.key].name
            places, sector, sector_why = [], "GOV", f"{MEMBER_ENVOY_WHY} to the {igo}"
        if sector == "MIL" and not places and strangers.intersection(range(group.start, group.end)):
            # "Kurdish forces", "Tuareg fighters": a people's own force, not a state's army
            sector, sector_why = "REB", f"REB: the armed force of a people, not a state ({sector_why})"
        if sector_why.startswith(f"{sector} from role noun") and not places \
                and {"ORG", "PERSON"} <= {n.label_ for n in group.names}:
            # "Acme Trust director Jo Bloggs": the staff of an organisation we do not know, not a government
            sector, sector_why = None, ""
        if sector is None and not nouns and self._people_of_a_country(toks, group, places):
            sector, sector_why = "CVL", NATIONALS_WHY
        if former and sector in (None, "GOV", "LEG"):
            sector, sector_why = "ELI", f"ELI: former holder ({sector_why or 'title'})"
        if sector in ("GOV", "JUD") and any(t.lower_ == "shadow" for t in toks[group.start:group.end]):
            sector, sector_why = "OPP", f"OPP: a shadow office-holder ({sector_why})"  # "shadow attorney general"
        if not places and cities and _domestic(sector, nouns):
            # "students in Lagos", "Karachi police": a city gives its country to those who live there
            city = cities[0]
            places = [_Hit(city.start, city.end, Entry("country", city.entry.key, None,
                                                       f"city {toks[city.anchor].text}, {city.entry.where}"),
                           city.anchor)]
        mentions = [self._place_mention(base, place, sector, sector_why, group, day, memory)
                    for place in _conjoined(toks, places)]
        if not mentions:
            mentions = [self._open_mention(base, sector, sector_why, group)]
        mentions = [m for m in mentions if m is not None]
        if mentions and mentions[0].code:
            name = group.names[0].text if group.names and group.names[0].label_ == "PERSON" else None
            _remember(memory, mentions[0], group, name)
        return mentions + extra

    def _person(self, group: _Group, day: Optional[dt.date], places: list[_Hit],
                context: Optional[str] = None) -> Optional[Person]:
        """The known person the phrase names, unless its country says it is someone else
        ("Jordan's King Abdullah" is not the Saudi one).  A surname several known people share
        is the one in office that day, else the one of the document's main country
        (``context``), else -- when they are all of one country -- the latest in office."""
        countries = {h.entry.key for h in places if h.entry.key in self.kb.countries}
        for hit in group.hits:
            if hit.entry.kind == "person":
                person = self.kb.people[hit.entry.key]
                if not countries or countries & {r.country for r in person.roles}:
                    return person
        for hit in group.hits:
            if hit.entry.kind == "surname":
                people = [p for p in self.kb.surnames[hit.entry.key]
                          if not countries or countries & {r.country for r in p.roles}]
                if len(people) == 1:
                    return people[0]
                current = [p for p in people if any(r.holds_on(day) for r in p.roles)] if day else []
                if len(current) == 1:
                    return current[0]
                pool = current or people
                local = [p for p in pool if context in {r.country for r in p.roles}] if context else []
                if len(local) == 1:
                    return local[0]
                homes = {r.country for p in pool for r in p.roles}
                if len(pool) > 1 and len(homes) == 1 and None not in homes:
                    return max(pool, key=lambda p: max(r.start or dt.date.min for r in p.roles
                                                       if day is None or not r.start or r.start <= day)
                               if any(day is None or not r.start or r.start <= day for r in p.roles)
                               else dt.date.min)
        return None

    def _entourage_mention(self, base: dict, person: Person, nouns: list[_Hit], day: Optional[dt.date],
                           names: list[Span]) -> Mention:
        resolved = _person_mention(person, base, day)
        sector = next((h.entry.sector for h in nouns if h.entry.kind != "role"), None) or \
            next((h.entry.sector for h in nouns if h.entry.sector), None) or resolved.sector or "GOV"
        country = resolved.country
        code = (country + sector) if country else sector
        group = resolved.code or ""
        if (len(group) > 6 and country and group[3:6] == resolved.sector) or (not country and group[:3] == "IGO"):
            # "Nasrallah's fighters" are Hezbollah's, "Guterres's spokesman" the UN's
            code, sector = group, resolved.sector
        named = next((n.text for n in names if n.label_ == "PERSON"), None)
        return Mention(**base, code=code, country=country, sector=sector, entity=named, confidence=0.8,
                       kind="person" if named else "sector",
                       why=f"{sector} of {person.name} ({resolved.code} on {day or 'today'})")

    def _place_mention(self, base: dict, place: _Hit, sector: Optional[str], sector_why: str,
                       group: _Group, day: Optional[dt.date], memory: _Memory) -> Mention:
        entry = place.entry
        if entry.kind == "seat" and sector is None:
            sector, sector_why = entry.sector, f"seat of power {entry.sector}"
        igo = self.kb.igos.get(entry.key)
        country = igo.country if igo else entry.key
        prefix = igo.code if igo else entry.key
        if igo is not None and igo.sector and (
                sector is None or sector == igo.sector or sector == "GOV" and igo.sector != "PTY"
                or igo.sector == "PTY" and "from role noun" in sector_why):
            # a party's "association", "supporters" or "leader" are the party; a "Labour
            # government" or "Tory minister" is the government
            sector, sector_why = igo.sector, f"{igo.sector}: the group's own sector"  # "Hamas officials" are Hamas
        code = prefix if not sector or prefix.endswith(sector) or (igo and igo.sector) else prefix + sector
        if igo is not None and igo.sector == "PTY" and igo.country and sector != "PTY":
            code = igo.country + sector  # "Labour MPs" sit in parliament (GBRLEG)
        why = f"{'IGO' if igo else 'country'} {entry.key} from {self._phrase(place)!r} ({entry.where})"
        if sector_why:
            why += f"; {sector_why}"
        entity = None if sector else (igo.name if igo else self.kb.countries.get(entry.key))
        holder = self._office_holder(group, country or entry.key, day, memory) if sector == "GOV" else None
        if holder is not None:
            entity, holder_why = holder
            why += f"; {holder_why}"
        if group.names and group.names[0].label_ == "PERSON":
            entity = group.names[0].text
        kind = ("group" if igo.sector else "igo") if igo and (not sector or igo.sector) else \
            "state" if not sector else "sector"
        if group.names and group.names[0].label_ == "PERSON":
            kind = "person"
        confidence = 0.9 if entry.kind != "seat" else 0.85
        return Mention(**base, code=code, country=country, sector=sector, entity=entity,
                       confidence=confidence, kind=kind, why=why)

    def _people_of_a_country(self, toks: list[Token], group: _Group, places: list[_Hit]) -> bool:
        """A counted plural demonym heading its phrase ("two Israelis were wounded", "thousands
        of Syrians fled", "many Afghans"): people, not the state.  Uncounted, it often speaks for
        the state ("Israelis and Palestinians resume talks", "the Russians rejected the plan")
        and stays a bare country."""
        head = toks[group.head]
        if len(places) != 1 or not places[0].start <= group.head < places[0].end:
            return False
        entry = places[0].entry
        if entry.kind != "country" or head.tag_ not in ("NNS", "NNPS") or not head.text.endswith("s"):
            return False
        if head.text == self.kb.countries.get(entry.key):  # "Philippines", "Netherlands"
            return False
        singular = self.kb.proper.get(head.text[:-1])
        if singular is None or singular.key != entry.key:
            return False
        verb = head.head.lemma_.lower() if head.head.pos_ in VERBAL else ""
        if head.dep_ in ("dobj", "nsubjpass") and verb in COERCION_VERBS | VIOLENT_VERBS | PEOPLE_VERBS:
            return True  # "police detained Britons", "Afghans were killed": people, not the state
        if head.dep_ == "nsubj" and verb in CROWD_VERBS:
            return True  # "Iranians took to the streets", "Syrians fled": people
        harm = head.head  # "opened fire on Eritreans", "attacks against Armenians": people harmed
        if head.dep_ == "pobj" and harm.lower_ in HARM_PREPOSITIONS and harm.head.lemma_.lower() in \
                VIOLENT_VERBS | COERCION_VERBS | MILITARY_ACTIONS | HARM_NOUNS:
            return True
        return _counted(head)

    def _office_holder(self, group: _Group, where: str, day: Optional[dt.date],
                       memory: _Memory) -> Optional[tuple[str, str]]:
        """Who a title without a name stands for ("the Belarusian foreign minister")."""
        if group.names:
            return None
        office = next((h.entry.key for h in group.hits
                       if h.entry.kind == "office" and h.anchor == group.head), None)
        if office is None and any(h.entry.key == "counterpart" and h.anchor == group.head for h in group.hits):
            office = memory.last_office
        if office is None:
            return None
        found = self.kb.holder(where, office, day)
        if found is None:
            return None
        person, role = found
        return person.name, f"{role.title} on {day or 'today'}: {person.name}"

    def _open_mention(self, base: dict, sector: Optional[str], sector_why: str,
                      group: _Group) -> Optional[Mention]:
        """A phrase with no country: a sector alone ("protesters") or an unknown name."""
        name = group.names[0] if group.names else None
        if sector is None and name is None:
            return None
        kind = "person" if name is not None and name.label_ == "PERSON" else "group" if name is not None else "sector"
        why = sector_why or f"unknown {name.label_.lower() if name is not None else 'actor'}"
        return Mention(**base, code=sector, country=None, sector=sector,
                       entity=name.text if name is not None else None,
                       confidence=0.6 if sector else 0.3, kind=kind, why=why)

    def _phrase(self, hit: _Hit) -> str:
        return f"{hit.entry.kind}:{hit.entry.key}"


# ---------------------------------------------------------------------------- helpers

TITLE_WORDS = WORDS["title_words"]


QUANTIFIERS = frozenset({"many", "several", "some", "few", "most", "numerous", "dozens", "hundreds",
                         "thousands", "millions", "scores", "tens", "more", "fewer"})
QUANTITY_NOUNS = WORDS["quantity_nouns"]


# What crowds of people do: a plural demonym doing it is people ("Iranians marched"), not the state.
CROWD_VERBS = WORDS["crowd_verbs"]
# Words that count people when nothing follows them ("thousands protested", "dozens were held").
CROWD_WORDS = WORDS["crowd_words"]
# Entities a number is part of when it counts no people: years, sums, shares, measures.
NOT_PEOPLE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
# Determiners that make a number point back to people named before ("the two met in Geneva").
BACK_NUMBERS = frozenset({"the", "these", "those", "all", "both", "its", "their", "his", "her"})
# Verbs whose object, when a bare number, is people: what is done to people ("police arrested
# dozens", "the blast killed 12", "troops evacuated hundreds"), not sums ("rose 20", "won 12").
PEOPLE_VERBS = WORDS["people_verbs"]
CROWD_PREPOSITIONS = frozenset({"at", "on", "against", "among", "into"})


def _crowd_word(token: Token) -> bool:
    """A number word that may stand for people by itself: "thousands", "12", "dozens"."""
    if token.ent_type_ in NOT_PEOPLE_ENTITIES or token.lower_ in ("one", "1"):
        return False
    if token.lower_ in CROWD_WORDS:
        return True
    return token.tag_ == "CD" and token.like_num and not (token.is_digit and len(token.text) == 4)


def _crowds(text: str, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """A bare number or quantity of people with no noun ("Thousands protested in Cairo",
    "police arrested dozens", "Tens of thousands rallied"): civilians, whose country comes from
    where they are (see _fill_countries).  A number counting something named ("two of the
    ministers", "20 percent", "in 2015") or pointing back ("the two met") is no actor."""
    taken = {m.head for m in found} | {t.i for m in found for t in toks
                                       if m.span[0] <= t.idx < m.span[1]}
    out = []
    for token in toks:
        if token.i in taken or not _crowd_word(token):
            continue
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass"):
            ok = verb.pos_ in VERBAL
        elif token.dep_ == "dobj":
            ok = verb.lemma_.lower() in PEOPLE_VERBS
        elif token.dep_ == "pobj":
            ok = verb.lower_ in CROWD_PREPOSITIONS and verb.head.pos_ in VERBAL
        else:
            ok = False
        if not ok or any(c.dep_ in ("det", "poss") and c.lower_ in BACK_NUMBERS for c in token.children):
            continue
        end = token.i + 1
        counted = False
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "out"):
                numbers = [c for c in child.children if c.dep_ == "pobj"]
                if numbers and all(_crowd_word(c) and not any(g.dep_ == "prep" for g in c.children)
                                   for c in numbers):
                    end = max(end, max(c.i for c in numbers) + 1)  # "tens of thousands"
                else:
                    counted = True  # "two of the ministers", "thousands of people"
            elif child.dep_ in ("compound", "nmod") or child.dep_ == "prep" and child.i < token.i:
                counted = True
        if counted:
            continue
        start = token.i
        while start > 0 and token.i - start < 4 and toks[start - 1].head.i in (token.i, start) \
                and toks[start - 1].dep_ in ("advmod", "quantmod", "nummod", "amod") or (
                    start > 0 and toks[start - 1].dep_ in ("advmod", "quantmod", "prep", "pobj")
                    and toks[start - 1].head.i == start and token.i - start < 4):
            start -= 1  # "at least 20", "more than 300", "about 200"
        span = (toks[start].idx, toks[end - 1].idx + len(toks[end - 1]))
        # no kind: a number stands for no "it" ("Two were hurt. It was ..."); "they" it may be
        out.append(Mention(text=text[span[0]:span[1]], span=span, code="CVL", sector="CVL",
                           confidence=0.5, kind=None, head=token.i,
                           why="CVL: a number of people ('thousands protested')"))
    return out


def _counted(head: Token) -> bool:
    """Whether a plural noun is counted: "two Israelis", "many Afghans", "thousands of Syrians"."""
    if any(c.dep_ == "nummod" or c.lower_ in QUANTIFIERS for c in head.children):
        return True
    if head.dep_ == "conj" and head.head.i != head.i and head.head.tag_ in ("NNS", "NNPS"):
        return _counted(head.head)  # "thousands of Syrians and Iraqis"
    above = head.head
    return (head.dep_ == "pobj" and above.lower_ == "of" and above.head.lower_ in QUANTITY_NOUNS
            or above.head.like_num and above.lower_ == "of")


def _name_start(entity: Span) -> int:
    """The start of a name entity without an article the tagger put in it ("the Lib Dems")."""
    start = entity.start
    while start < entity.end - 1 and entity.doc[start].pos_ == "DET":
        start += 1
    return start


def _name_end(entity: Span) -> int:
    """The end of a name entity without a possessive the tagger put in it ("Antonio Guterres's")."""
    end = entity.end
    while end > entity.start + 1 and entity.doc[end - 1].tag_ == "POS":
        end -= 1
    return end


def _modifier_word(token: Token) -> bool:
    """A word that may stand before a name inside the name's entity: an adjective or a title."""
    return token.pos_ in ("ADJ", "DET", "PUNCT") or token.lower_ in TITLE_WORDS


def _seat_as_place(hit: _Hit, head: int, actor_nouns: set[int], toks: list[Token]) -> bool:
    """A capital modifying something other than an actor ("the Minsk agreements", "a Brussels
    conference") is a place, not a government; a possessive one owns what follows
    ("Moscow's decision", "Beijing's response") and is the government."""
    if hit.entry.kind != "seat" or hit.start <= head < hit.end or head in actor_nouns:
        return False
    return toks[hit.anchor].dep_ != "poss"


def _open_names(toks: list[Token], entities: dict[int, Span], covered: set[int],
                actor_nouns: set[int]) -> list[Span]:
    """Named entities; proper names set beside an actor noun, which are people whatever the
    tagger said ("the spokeswoman, Natalya Eismont,"); later bare surnames of those people."""
    people = []
    for token in toks:
        if token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.i in actor_nouns \
                and token.i not in covered:
            start = token.left_edge.i
            if token.i - start < 4 and all(t.pos_ == "PROPN" for t in toks[start:token.i + 1]):
                people.append(Span(token.doc, start, token.i + 1, label="PERSON"))
    taken = {i for p in people for i in range(p.start, p.end)}
    names = [e for e in {id(e): e for e in entities.values()}.values()
             if not taken.intersection(range(e.start, e.end))] + people
    surnames = {e[-1].text for e in names if e.label_ == "PERSON" and len(e) > 1}
    for token in toks:
        if (token.text in surnames and token.i not in entities and token.i not in covered
                and token.pos_ in NOUNISH):
            names.append(Span(token.doc, token.i, token.i + 1, label="PERSON"))
    return names


def _inside_name(entities: dict[int, Span], start: int, end: int, own=lambda token: False) -> bool:
    """Whether tokens start..end are part of a longer name ("Moscow State University"); a
    leading article does not count ("the White House"), nor a word ``own`` says names the same
    country ("the Israeli Knesset", "Iranian Revolutionary Guards")."""
    entity = entities.get(start)
    if entity is None or entity.label_ in ("GPE", "NORP", "LOC"):
        return False
    extra = [t for t in entity if not start <= t.i < end]
    return any(t.pos_ != "DET" and not own(t) for t in extra)


def _entity_index(sdoc: Doc) -> dict[int, Span]:
    """token index -> the entity span it belongs to."""
    index = {}
    for whole in sdoc.ents:
        for entity in _owner_split(whole):
            for i in range(entity.start, entity.end):
                index[i] = entity
    return index


def _owner_split(entity: Span) -> list[Span]:
    """A person's name the tagger ran on through a possessive, as it does with a curly
    apostrophe ("Omar Bakri’s Hamas"): the owner and the name it owns are two names (an
    organisation's own "People's" stays whole)."""
    cut = next((t.i for t in entity[:-1] if t.tag_ == "POS" and t.i > entity.start), None)
    if cut is None or entity.label_ != "PERSON":
        return [entity]
    return [Span(entity.doc, entity.start, cut + 1, label=entity.label_),
            Span(entity.doc, cut + 1, entity.end, label=entity.label_)]


def _climb(token: Token, actor_nouns: set[int]) -> int:
    """Index of the head of the noun phrase ``token`` belongs to."""
    return _climb_with_extent(token, actor_nouns)[0]


def _climb_with_extent(token: Token, actor_nouns: set[int]) -> tuple[int, int]:
    """The head of ``token``'s noun phrase, and the end of the prepositional phrase it came
    through ("doctors from two American aid groups" ends after "groups")."""
    end = token.i + 1
    start = token.i
    for _ in range(MAX_CLIMB):
        head, dep = token.head, token.dep_
        if head.i == token.i:
            break
        if dep in MODIFIER_DEPS:
            token = head
        elif _led_by(token):
            token = head.head  # "the Saudi-led coalition", "US-led forces": the leader's phrase
        elif dep == "conj" and head.dep_ in MODIFIER_DEPS and head.head.i != head.i:
            token = head
        elif dep == "appos" and token.i in actor_nouns and head.i in actor_nouns and _comma_between(token, head):
            token = head
        elif (dep == "pobj" and head.dep_ == "prep" and head.lower_ in PHRASE_PREPS
              and head.head.i in actor_nouns
              and not (head.lower_ == "for" and head.head.lemma_.lower() in CLIENT_NOUNS)
              and not (head.lower_ == "for" and token.i != start and token.i not in actor_nouns)):
            # not a reason: "jailing 11 people for IRA bomb attacks" are not the IRA
            if token.right_edge.i - token.i < MAX_LEFT:
                end = max(end, token.right_edge.i + 1)
            token = head.head
        else:
            break
    return token.i, end


def _led_by(token: Token) -> bool:
    """Whether ``token`` names who leads the noun after it: "Saudi" in "the Saudi-led coalition"
    (the parser hangs the country on "led", which modifies the noun)."""
    led = token.head
    return token.dep_ in ("npadvmod", "compound", "nmod", "amod") and led.lower_ == "led" \
        and led.dep_ == "amod" and led.head.i > led.i and led.head.pos_ in NOUNISH


def _located(toks: list[Token], group: _Group, hit: _Hit) -> Optional[int]:
    """The index of the preposition by which a place of the phrase only says where its actor is
    ("coalition forces in Iraq"); None when it says more."""
    token, steps = toks[hit.anchor], 0
    while token.i != group.head and token.head.i != token.i and steps < MAX_CLIMB * 2:
        if token.dep_ == "pobj" and token.head.lower_ in LOCATED_PREPS:
            return token.head.i
        token, steps = token.head, steps + 1
    return None


def _dominant(counts: dict[str, int]) -> Optional[str]:
    """The country a document is mostly about: named at least twice and by more than half of
    its country-bearing phrases (countries, seats, national groups and parties, known people
    of one country, its dateline); None when no country dominates."""
    if not counts:
        return None
    best = max(counts, key=counts.get)
    return best if counts[best] >= 2 and 2 * counts[best] > sum(counts.values()) else None


def _token_range(sdoc: Doc, span: tuple[int, int]) -> list[int]:
    """Indices of the tokens that start inside a character span."""
    return [t.i for t in sdoc if span[0] <= t.idx < span[1]]


def _comma_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(t.text == "," for t in a.doc[lo:hi])


def _set_extent(toks: list[Token], group: _Group) -> None:
    """The token range of the whole noun phrase: its head's left modifiers and every part found."""
    head = toks[group.head]
    starts = [h.start for h in group.hits] + [n.start for n in group.names] + [head.i]
    ends = [h.end for h in group.hits] + [n.end for n in group.names] + [head.i + 1]
    left = head.left_edge.i
    start = min(starts)
    if head.i - left <= MAX_LEFT and left < start:
        start = left
    group.start, group.end = start, max(ends + [group.end])


def _merge_adjacent(groups: list[_Group]) -> list[_Group]:
    """Join a lone country to the actor noun right after it that has none ("US personnel"), which
    the small parser sometimes attaches elsewhere."""
    out: list[_Group] = []
    for group in groups:
        prev = out[-1] if out else None
        if (prev is not None and prev.end == group.start and not prev.names
                and all(h.entry.kind in PLACE_KINDS for h in prev.hits)
                and any(h.anchor == prev.head for h in prev.hits)
                and not any(h.entry.kind in PLACE_KINDS for h in group.hits)
                and any(h.entry.kind in NOUN_KINDS for h in group.hits)):
            group.hits = prev.hits + group.hits
            group.start = prev.start
            out[-1] = group
        else:
            out.append(group)
    return out


def _befriended(token: Token) -> bool:
    """Whether a state's word only says whose friend the noun it hangs on is ("Iran's proxies",
    "a US ally", "an ally of Russia", "Moscow's partners"): the friend is someone else."""
    friend = token.head
    if token.dep_ == "poss":
        return friend.lemma_.lower() in RELATIONAL_NOUNS
    if token.dep_ in ("compound", "amod", "nmod"):
        # "a US ally" is someone else, but an adjective says what the friend is ("backed by
        # Russian allies"), as does any word once the friend is someone's ("Damascus's Russian ally")
        return friend.lemma_.lower() in RELATIONAL_NOUNS and token.tag_ != "JJ" \
            and not any(c.dep_ == "poss" for c in friend.children)
    above = token.head
    return token.dep_ == "pobj" and above.lower_ == "of" and above.head.lemma_.lower() in RELATIONAL_NOUNS


ETHNIC_WHY = "a people coded by where they live, not by its kin state"


def _ethnic_people(toks: list[Token], start: int, end: int) -> bool:
    """A demonym after "ethnic" heading its phrase: people of that ethnicity ("ethnic Hungarians
    in Slovakia"), coded by where they live; before a noun ("ethnic Albanian guerrillas") it
    only describes that noun's people."""
    last = toks[end - 1]
    return start > 0 and toks[start - 1].lower_ == "ethnic" and last.tag_ in ("NNS", "NNPS") \
        and last.dep_ not in MODIFIER_DEPS


def _minority(token: Token) -> bool:
    """A demonym naming the people of a place ("the Serb population of the region", "the Russian
    community in Latvia"): they are coded by where they live, as an ethnic group is; "the Syrian
    population" alone stays Syria's."""
    if token.dep_ not in ("amod", "compound") or token.head.i < token.i:
        return False
    people = token.head
    return people.lemma_.lower() in ("population", "community") and any(
        c.dep_ == "prep" and c.lower_ in ("of", "in") for c in people.children)


def _not_the_state(toks: list[Token], start: int) -> bool:
    before = [t.lower_ for t in toks[max(0, start - 2):start]]
    return bool(before) and (before[-1] in NOT_THE_STATE or before[-1] == "-" and len(before) == 2
                             and before[0] in NOT_THE_STATE)


def _domestic(sector: Optional[str], nouns: list[_Hit]) -> bool:
    """Whether people of this sector are of the city they are in ("police in Lagos"): not soldiers,
    diplomats or refugees ("troops in Kandahar", "diplomats in Kabul")."""
    return sector is not None and sector not in FOREIGN_SECTORS \
        and not any(h.entry.key in FOREIGN_NOUNS for h in nouns)


def _by_head(toks: list[Token], group: _Group, places: list[_Hit]) -> list[_Hit]:
    """Places with the one the phrase is about first ("NATO-member Norway" is Norway), then those
    that modify it directly before those in a prepositional phrase: "Iranian forces in Syria's war"
    are Iran's."""
    def through_preposition(hit: _Hit) -> bool:
        token, steps = toks[hit.anchor], 0
        while token.i != group.head and token.head.i != token.i and steps < MAX_CLIMB * 2:
            if token.dep_ == "pobj":
                return True
            token, steps = token.head, steps + 1
        return False
    return sorted(places, key=lambda h: (not h.start <= group.head < h.end, through_preposition(h)))


def _former(toks: list[Token], group: _Group, kb: KnowledgeBase) -> bool:
    """Whether the phrase calls its actor a former office-holder ("ousted President X")."""
    return any(t.lower_ in kb.former for t in toks[group.start:group.end])


def _fill_countries(sdoc: Doc, toks: list[Token], mentions: list[Mention],
                    unknown: list[tuple[int, int, Optional[frozenset[str]]]] = (), context: Optional[str] = None,
                    scenes: list[tuple[int, str]] = (), counts: Optional[dict[str, int]] = None) -> list[Mention]:
    """A sector or a titled person with no country ("President Mugabe", "security forces")
    takes the country of the nearest mention of the same sentence that has one; not a phrase
    of a nationality or group the knowledge base does not know (``unknown`` character spans, and
    the sectors they keep from a country, None for all; "Islamist" only armed men):
    "Kurdish fighters" are not Turkish because Turkey is named nearby).  A country word that
    only describes a topic, companion or instrument (``_describing``: "near the Iraqi border",
    "with his Bulgarian wife") lends no country.  In a sentence that names no country nor organisation at all, the document's main
    country (``context``) is taken ("the chancellor", "ministers" in a story about Britain), unless
    the phrase itself speaks of several countries ("western diplomats").  Refugees take no country
    from the sentence ("refugees fled to Turkey" are not Turkish).  With no country in the
    sentence, a city saying where it happens (``scenes``: token index and country, "marched in
    Lagos") gives its country to the people who live there (not to soldiers, officials, refugees)."""
    out = []
    heads = {m.head for m in mentions if m.sector or m.kind == "person"}
    for mention in mentions:
        if mention.country is None and mention.sector and mention.sector != "REF" and not mention.roles \
                and not _stranger_diplomat(toks, mention) \
                and mention.kind != "igo" \
                and mention.code == mention.sector and mention.head is not None \
                and not _several_countries(toks, mention, plural_titles=False) \
                and not any(mention.span[0] <= a and b <= mention.span[1]
                            and (blocked is None or mention.sector in blocked)
                            for a, b, blocked in unknown):
            sent = toks[mention.head].sent
            in_sentence = [m for m in mentions if m.head is not None and sent.start <= m.head < sent.end]
            near = [m for m in in_sentence if m.country and m.kind != "igo"
                    and not _aimed_at(toks, mention.head, m.head) and not _describing(toks, m, heads)
                    and not _venue(toks, m.head)
                    and toks[m.head].lemma_.lower() not in KIN_NOUNS | MISSIONS
                    and not _host_of(toks, mention, m)]
            owned = any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in toks[mention.head].children)
            if not owned and _several_countries(toks, mention) or mention.why.startswith(MEMBER_ENVOY_WHY):
                near = []  # "foreign ministers", "leaders" beside one country may be of many
            # The other side of an event lends no country to an armed or foreign-facing actor
            # ("the US bombed rebel areas": the rebels are not American); see _may_lend.
            refused = [m for m in near if not _may_lend(toks, mention, m, counts, context)]
            near = [m for m in near if not any(m is r for r in refused)]
            if owned:
                # "Chile recalled its envoy from Peru": the owner is named before the pronoun
                near = [m for m in near if m.head < mention.head]
            if mention.kind == "person" and len({m.country for m in near}) > 1:
                near = []  # a titled name next to two countries could be of either
            doers = _doers(toks, mention, in_sentence)
            if doers:
                near = doers  # "airstrikes by Russian jets ... in Syria" are the jets' (Russian)
            if near:
                clause = toks[mention.head].head  # prefer the clause the mention belongs to
                inside = [m for m in near if clause.left_edge.i <= m.head <= clause.right_edge.i]
                # a country inside the phrase itself first ("Saudi-led forces" bombing Sanaa are
                # Saudi), then where it happens ("in Belarus") before another party ("Russian
                # journalists")
                other = min(inside or near,
                            key=lambda m: (not (mention.span[0] <= m.span[0] and m.span[1] <= mention.span[1]),
                                           not _placed(toks, m.head), abs(m.head - mention.head)))
                mention = mention.model_copy(update=dict(
                    country=other.country, code=other.country + mention.sector,
                    confidence=min(mention.confidence, 0.5),
                    why=f"{mention.why}; country {other.country} from {other.text!r} in the same sentence"))
            elif scene := _scene(toks, mention, [c for i, c in scenes if sent.start <= i < sent.end]):
                mention = mention.model_copy(update=dict(
                    country=scene, code=scene + mention.sector, confidence=min(mention.confidence, 0.5),
                    why=f"{mention.why}; country {scene}: a city of it is where this happens"))
            elif context and context not in {m.country for m in refused} and not any(
                    (m.country and not any(m is r for r in refused)) or m.kind == "igo"
                    or (m.code or "")[:3] in ("IGO", "NGO", "IMG") for m in in_sentence):
                mention = mention.model_copy(update=dict(
                    country=context, code=context + mention.sector,
                    confidence=min(mention.confidence, 0.4),
                    why=f"{mention.why}; country {context}: the document's main country"))
            elif previous := _previous_country(toks, mention, mentions, refused):
                mention = mention.model_copy(update=dict(
                    country=previous, code=previous + mention.sector, confidence=min(mention.confidence, 0.4),
                    why=f"{mention.why}; country {previous}: the one country of the sentence before"))
        out.append(mention)
    return out


def _doers(toks: list[Token], mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """For a military action ("airstrikes by Russian jets"), the mentions with a country that its
    "by" names as the doer."""
    head = toks[mention.head]
    if head.lemma_.lower() not in MILITARY_ACTIONS:
        return []
    holders = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        holders.append(head.head.head)  # "a series of airstrikes by ..."
    agents = {c.i for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "by"
              for c in prep.children if c.dep_ == "pobj"}
    return [m for m in mentions if m.country and m.head in agents]


# Sectors of armed men: the other side of what they do lends them no country ("the US bombed
# rebel areas", "gunmen killed Kenyan police officers").
ARMED_SECTORS = frozenset({"REB", "UAF", "MIL", "SPY"})
# Sectors of people who act at home ("police", "students", "the opposition"): they may share the
# country of a domestic actor on the other side of what they do ("Kenyan police arrested protesters").
DOMESTIC_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "OPP", "CVL", "EDU", "MED", "LAB", "PTY", "REL",
                              "BUS", "AGR", "HLH", "ELI", "REB", "CRM", "UAF"})
# Sectors of those who unite at home against or beside the state: a "coalition" of them is one
# country's ("an opposition coalition"; "members of the coalition" may be of many).
CIVIC_SECTORS = frozenset({"OPP", "PTY", "LAB"})
# Those a state, its army or its police act against at home ("Russia detained protesters", "troops
# fired on students"); ordinary civilians hit by an army or a state are as likely abroad
# ("American drones killed civilians").
REPRESSED_SECTORS = frozenset({"OPP", "EDU", "MED", "LAB", "PTY"})
PROTEST_NOUNS = WORDS["protest_nouns"]
# Nominal governments that, named without a country, are the one the text is about ("the regime").
NOMINAL_GOVERNMENTS = WORDS["nominal_governments"]
OWNING_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
RULER_TITLES = WORDS["ruler_titles"]
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
VERBAL = frozenset({"VERB", "AUX"})


def _ancestors(token: Token) -> list[Token]:
    out = [token]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


# Verbs whose object is the doer's own force ("sent troops", "withdrew its soldiers").
OWN_FORCE_VERBS = WORDS["own_force_verbs"]
# Military action nouns ("air strikes", "shelling"): the attacker's, whoever names it.
MILITARY_ACTIONS = WORDS["military_actions"]


# Weapons named as the doer of violence ("killed by drones"): like a military action, whose they are
# is not said by those they hit.
WEAPONS = WORDS["weapons"]


def _own_force_object(token: Token) -> bool:
    """Whether a phrase is the object of a verb that moves the doer's own force ("sent troops to
    Mali", "agreed to send soldiers")."""
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            return False
        if token.head.pos_ in VERBAL:
            return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in OWN_FORCE_VERBS
        if token.dep_ not in ("pobj", "prep") or token.head.lower_ != "of" and token.dep_ == "pobj":
            return False  # only through "hundreds of troops"
        token = token.head
    return False


def _agent_side(token: Token) -> bool:
    """Whether a phrase is the doer of the verb it belongs to ("Kenyan police arrested ...",
    "were arrested by Kenyan police"), climbing through nouns and prepositions to the verb."""
    for _ in range(MAX_CLIMB * 2):
        if token.head.i == token.i:
            return False
        if token.head.pos_ in VERBAL:
            return token.dep_ in ("nsubj", "agent", "csubj")
        if token.dep_ == "relcl":
            return False
        if token.dep_ == "prep" and token.lower_ == "by":
            return True  # the maker of a noun: "a wave of strikes by Ethiopian forces"
        token = token.head
    return False


def _relation(toks: list[Token], mention: Mention, other: Mention) -> str:
    """How ``other`` stands to ``mention`` in its sentence: "own" (inside the same phrase or
    conjoined with it), "scene" (where it happens: "in Belarus"), "reporter" (the speaker of the
    clause the mention is in: "Kenyan police said troops ..."), else "counterpart" (the other
    side of a verb or of an event noun: "the US bombed rebel areas", "an attack by Russia on
    rebels")."""
    (a, b), (c, d) = mention.span, other.span
    if a <= c and d <= b or c <= a and b <= d:
        return "own"
    if _placed(toks, other.head):
        return "scene"
    mine, theirs = _ancestors(toks[mention.head]), _ancestors(toks[other.head])
    seen = {t.i for t in theirs}
    lca = next((t for t in mine if t.i in seen), None)
    if lca is None:
        return "counterpart"
    path_m = [t for t in mine[:next(k for k, t in enumerate(mine) if t.i == lca.i)]]
    path_o = [t for t in theirs[:next(k for k, t in enumerate(theirs) if t.i == lca.i)]]
    crosses = lca.pos_ in VERBAL or any(t.pos_ in VERBAL for t in path_m[1:] + path_o[1:])
    if not crosses:
        if all(t.dep_ in ("conj", "appos") for t in path_m + path_o):
            return "own"  # "Kenyan police and soldiers", "Syrian troops and militiamen"
        if lca.i in (mention.head, other.head) and not any(t.dep_ == "prep" and t.lower_ in TARGET_PREPOSITIONS
                                                            for t in path_m + path_o):
            return "own"  # "leaders of the Syrian opposition"
        return "counterpart"
    if lca.pos_ in VERBAL and path_m and path_o and path_o[-1].dep_ in SUBJECT_DEPS \
            and path_m[-1].dep_ in ("ccomp", "parataxis") and lca.lemma_.lower() not in ("order", "tell", "urge"):
        return "reporter"
    return "counterpart"


def _may_lend(toks: list[Token], mention: Mention, other: Mention,
              counts: Optional[dict[str, int]] = None, context: Optional[str] = None) -> bool:
    """Whether ``other`` may lend its country to ``mention``, a sector with none.  Inside one
    phrase or where it happens, always; so the doer's own ("Chile recalled its ambassador",
    "Kenya sent police to Haiti").  Across a verb or an event noun (the other side of what is
    done) the two sectors decide:

    - a state named bare is an international actor: it lends no country to the armed men or
      the people it acts on ("the US bombed rebel areas", "firms that trade with Cuba"), nor to
      "the government" ("Britain urged the government"), except to those a state coerces at
      home ("Russia detained protesters", "Egypt jailed ten people");
    - an army lends its country to the other side only at home: when the document names no
      country more often than the army's ("Pakistani troops killed militants"; not American
      jets in a story about Syria);
    - a government takes the country of a domestic non-state actor ("Kenyan opposition leaders
      accused the government"), not another government's ("the Japanese minister condemned the
      junta"), except its own official speaking of it ("the Kenyan minister said the government");
    - people at home share a domestic actor's country ("Kenyan police arrested protesters")."""
    if mention.kind == "person" or mention.head is None or other.head is None:
        return True
    relation = _relation(toks, mention, other)
    if relation == "own":
        return True
    agent = _agent_side(toks[other.head])
    if any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in toks[mention.head].children):
        # "Chile recalled its ambassador": the owner named before; "its members" are no one
        # else's, not even of the place where something happens
        return relation != "scene"
    if NATIONALS_WHY in (other.why or "") and mention.sector in ARMED_SECTORS | {"COP", "JUD"}:
        return False  # "police detained Iranians": people named by nationality are often abroad
    sector, lender = mention.sector, (other.sector if other.kind != "state" else None)
    if lender is None and (other.kind == "person" or RULER_TITLES.intersection(other.text.lower().split())):
        lender = "GOV"  # a titled person the knowledge base does not know ("Jordan's King Abdullah")
    if relation == "scene":
        return True
    if sector in ARMED_SECTORS and toks[mention.head].lemma_.lower() in MILITARY_ACTIONS | WEAPONS and not agent \
            and VIOLENT_VERBS.intersection((_governing_verb(toks[other.head]), _governing_verb(toks[mention.head]))):
        return False  # "Dutch citizens killed in drone strikes": the strikes are not the victims'
    if context and other.country == context and not (sector in ARMED_SECTORS and lender is None):
        return True  # the country the whole story is about: "the chancellor is leaving Britain"
    if agent and _own_force_object(toks[mention.head]):
        return True  # "Kenya sent police to Haiti", "Belgium agreed to send soldiers to Chad"
    diplomat = toks[other.head].lemma_.lower() in FOREIGN_NOUNS or any(
        " " in noun and noun in other.text.lower() for noun in FOREIGN_NOUNS)  # "aid workers"
    home = not counts or counts.get(other.country or "", 0) >= max(counts.values())
    doer = _agent_side(toks[mention.head]) and _governing_verb(toks[mention.head]) == _governing_verb(toks[other.head])
    coerced = agent and not doer and (
        sector in REPRESSED_SECTORS or toks[mention.head].lemma_.lower() in PROTEST_NOUNS
        or _governing_verb(toks[mention.head]) in COERCION_VERBS)
    if sector in ARMED_SECTORS:
        if not agent and _governing_verb(toks[other.head]) in CAPTIVE_VERBS:
            return False  # "rebels kidnapped nine Chinese engineers": the captives' country
        if relation == "reporter" and sector in ("MIL", "SPY") and lender is not None and home:
            return True  # "the Pentagon said troops ...": a state reports its own forces
        if agent and toks[mention.head].lemma_.lower() in MILITARY_ACTIONS:
            return True  # "Russia launched air strikes on X", "killed in air strikes by Ethiopian forces"
        violent = _governing_verb(toks[mention.head]) in VIOLENT_VERBS or _governing_verb(toks[other.head]) in VIOLENT_VERBS
        return lender != "SPY" and not diplomat and home and not (lender is None and violent)
    if sector == "GOV":
        if agent and lender in ("GOV", None) and _governing_verb(toks[mention.head]) in OWN_GOVERNMENT_VERBS:
            return True  # "the king dismissed the government"
        if _agent_side(toks[mention.head]) and toks[mention.head].tag_ in ("NN", "NNP") \
                and _speaks_of(toks[mention.head], toks[other.head]):
            return True  # "Germany will take in refugees, the interior minister said": his own
        if lender is None or diplomat:
            return False
        if lender == "GOV":
            return relation == "reporter" and home
        return lender in DOMESTIC_SECTORS and lender not in ARMED_SECTORS
    if sector not in DOMESTIC_SECTORS:
        return True
    if lender is None or diplomat:
        return coerced
    if lender in ("MIL", "SPY"):
        return coerced or home
    return lender in DOMESTIC_SECTORS


# Verbs of a state coercing people at home ("Egypt jailed ten people"): those it acts on are its own.
COERCION_VERBS = WORDS["coercion_verbs"]
# Verbs by which a government's head acts on his own government ("dismissed the government",
# "accepted the resignation of the oil minister").
OWN_GOVERNMENT_VERBS = WORDS["own_government_verbs"]
# Verbs of violence: a state named as their doer is an attacker, likely abroad ("the US bombed
# rebel areas"); in talks or calls its counterpart is as likely at home ("Sudan called on the rebels").
VIOLENT_VERBS = WORDS["violent_verbs"]
# Verbs of taking or killing captives ("kidnapped", "beheaded"): the captives lend no country.
CAPTIVE_VERBS = WORDS["captive_verbs"]


def _speaks_of(speaker: Token, other: Token) -> bool:
    """Whether ``other`` is the subject of what ``speaker`` (a verb's subject) says."""
    verb = speaker.head
    if speaker.dep_ != "nsubj" or verb.pos_ not in VERBAL or other.dep_ != "nsubj":
        return False
    clause = other.head
    while clause.i != verb.i and clause.head.i != clause.i:
        if clause.head.i == verb.i and clause.dep_ in ("ccomp", "parataxis"):
            return True
        clause = clause.head
    return False


def _governing_verb(token: Token) -> str:
    """The lemma of the verb a phrase belongs to, through nouns and prepositions ("" when none)."""
    for _ in range(MAX_CLIMB * 2):
        if token.head.i == token.i:
            return ""
        if token.head.pos_ in VERBAL:
            return token.head.lemma_.lower()
        token = token.head
    return ""


def _previous_country(toks: list[Token], mention: Mention, mentions: list[Mention],
                      refused: list[Mention]) -> Optional[str]:
    """The country of "the government", "the authorities", "the regime" named without one, when
    the sentence before names exactly one country (and it is not one this sentence's other
    side refused to lend): "Zimbabwe votes on Monday. The opposition says the government ..."."""
    head = toks[mention.head]
    if mention.sector != "GOV" or mention.kind != "sector" or head.lemma_.lower() not in NOMINAL_GOVERNMENTS \
            or not any(c.lower_ == "the" and c.dep_ == "det" for c in head.children):
        return None
    sent = head.sent
    if sent.start == 0:
        return None
    before = toks[sent.start - 1].sent
    countries = {m.country for m in mentions if m.head is not None and before.start <= m.head < before.end
                 and m.country and m.kind != "igo" and m.confidence > 0.5}
    if len(countries) != 1 or countries & {m.country for m in refused}:
        return None
    return countries.pop()


def _host_of(toks: list[Token], mention: Mention, other: Mention) -> bool:
    """Whether ``other`` is the country a diplomat is sent to ("its ambassador to Somalia")."""
    if mention.head is None or other.head is None or toks[mention.head].lemma_.lower() not in DIPLOMATS:
        return False
    where = toks[other.head]
    return where.dep_ == "pobj" and where.head.lower_ in ("to", "in") and where.head.head.i == mention.head


def _stranger_diplomat(toks: list[Token], mention: Mention) -> bool:
    """A diplomat of no named country ("the ambassador"), not one owned ("its ambassador")."""
    if mention.head is None or toks[mention.head].lemma_.lower() not in DIPLOMATS:
        return False
    return not any(c.dep_ == "poss" for c in toks[mention.head].children)


def _mission_site(toks: list[Token], index: int) -> bool:
    """Whether a place says where an embassy is ("outside the Chilean embassy in La Paz"): where
    those gathered there are."""
    token = toks[index]
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS \
        and token.head.head.lemma_.lower() in MISSIONS


def _scene(toks: list[Token], mention: Mention, countries: list[str]) -> Optional[str]:
    """The one country of the cities where a domestic actor's sentence happens, if any."""
    if len(set(countries)) != 1 or mention.sector in FOREIGN_SECTORS or mention.sector == "GOV" \
            or toks[mention.head].lemma_.lower() in FOREIGN_NOUNS or mention.kind == "person":
        return None
    return countries[0]


# Prepositions whose object is a companion, a topic or an instrument, not the scene: "with his
# Bulgarian wife", "against the Russian invasion", "by Israeli fire".
DESCRIBING_PREPOSITIONS = frozenset({"with", "about", "like", "than", "against", "by", "of", "for",
                                     "over", "toward", "towards", "despite"})


# Prepositions whose object, after a noun that is no actor, is that thing's topic or other
# party: "collusion with Russia", "a resolution on Syria", "an inquiry into Iran" (not "by": the
# agent of "the killing of its commander by Israel" may well be the other side's).
TOPIC_PREPOSITIONS = (DESCRIBING_PREPOSITIONS - {"of", "by"}) | {"on", "into", "toward", "towards"}


# Prepositions whose object, after a verb, is a destination, recipient or topic -- somewhere or
# someone else: "is travelling to America", "sent troops to Mali", "attacked the government
# over Iraq".
BEYOND_PREPOSITIONS = frozenset({"to", "into", "onto", "toward", "towards", "over", "about"})


def _describing(toks: list[Token], mention: Mention, actors: set[Optional[int]] = frozenset()) -> bool:
    """A bare country word modifying a thing that is no actor and no place: a topic ("the Iraq
    war", "the Iraqi border") or a companion or instrument ("with his Bulgarian wife"); not a
    scene ("on the Syrian city of Idlib", "at a Pakistan election rally").  A bare country that
    completes a thing no actor heads (``actors``: heads of actor phrases) is a topic too:
    "collusion with Russia", "protests against Russia"; so is one after a verb that says where
    to or what about ("travelled to Syria", "attacked the government over Iraq")."""
    head = toks[mention.head]
    if mention.sector is not None:
        return False
    if head.pos_ == "NOUN" and (head.lemma_.lower() in TOPIC_NOUNS
                                or head.dep_ == "pobj" and head.head.lower_ in DESCRIBING_PREPOSITIONS):
        return True
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ in BEYOND_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX"):
        return True  # "travelling to America", "criticised the government over Iraq"
    return (head.dep_ == "pobj" and prep.lower_ in TOPIC_PREPOSITIONS
            and prep.head.pos_ == "NOUN" and prep.head.i not in actors)


LOCATIVE_PREPOSITIONS = frozenset({"in", "inside", "across", "throughout", "within"})
# A place-tagged name after one of these is a place even when a statesman bears it.
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | {"to", "at", "from", "near", "into", "outside", "via"}


def _where(toks: list[Token], hit: _Hit) -> bool:
    """A place in a phrase saying where ("Sergey Lavrov in Minsk"), which does not make a
    named person someone of that country."""
    token = toks[hit.anchor]
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


# Prepositions whose phrase is what something is about, not where it happens ("concern about the
# violence in Iraq").
ABOUT_PREPOSITIONS = frozenset({"about", "over", "regarding", "concerning"})
# Nouns of places and of violence: a place named after them is where it happens ("a military post
# in Mali", "the Syrian city of Idlib", "an attack in Kabul"); talks and conferences meet in
# venues that say nothing of who takes part ("peace talks in Doha").
PLACE_NOUNS = WORDS["place_nouns"]
VENUE_NOUNS = WORDS["venue_nouns"]


def _placed(toks: list[Token], index: int) -> bool:
    """Whether the mention headed at ``index`` says where something is or happens: "in Belarus"
    after a verb, or after a noun ("attacks in Afghanistan", "a resort in south-west Turkey"),
    but not inside what something is about ("concern about the violence in Iraq"); or a dateline
    ("CAIRO, Egypt -- Police arrested ...")."""
    token = toks[index]
    if _locative(toks, index):
        return True
    sent = token.sent
    if index - sent.start < 6 and any(t.text in ("--", "—", "–") for t in toks[index + 1:min(sent.end, index + 3)]):
        return True
    if token.dep_ == "pobj" and token.lemma_.lower() in PLACE_NOUNS and token.head.lower_ in PLACE_PREPOSITIONS | {"on"}:
        return True  # the phrase headed by the place: "on the Syrian city of Idlib"
    if token.dep_ == "dobj" and token.lemma_.lower() in PLACE_NOUNS and token.head.lemma_.lower() in VIOLENT_VERBS:
        return True  # the place attacked: "struck the Iraqi town of Sinjar, killing villagers"
    if token.dep_ == "compound" or token.dep_ == "amod":
        # "the Syrian city of Idlib", "a Pakistan election rally": a country word on a place
        place = token.head
        return place.lemma_.lower() in PLACE_NOUNS and place.dep_ == "pobj" \
            and place.head.lower_ in PLACE_PREPOSITIONS | {"on"}
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the Anglophone regions of Cameroon"
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    above = token.head.head
    if above.pos_ not in VERBAL and above.lemma_.lower() in VENUE_NOUNS:
        return False  # "peace talks in Doha": a venue
    for _ in range(MAX_CLIMB * 2):
        if above.pos_ in VERBAL or above.head.i == above.i:
            return above.dep_ not in ("relcl", "acl")  # not where someone described is ("now in exile in X")
        if above.dep_ == "prep" and above.lower_ in ABOUT_PREPOSITIONS:
            return False
        above = above.head
    return True


# Verbs whose place is a venue that says nothing of who takes part ("met opposition leaders in
# Geneva", "signed the accord in Paris").
MEETING_VERBS = WORDS["meeting_verbs"]


def _venue(toks: list[Token], index: int) -> bool:
    """Whether the mention headed at ``index`` is where people meet ("met rebel leaders in
    Geneva"): a venue lends its country to no one."""
    token = toks[index]
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "at"):
        return False
    above = token.head.head
    return above.pos_ in VERBAL and above.lemma_.lower() in MEETING_VERBS


def _scene_city(toks: list[Token], index: int) -> bool:
    """Whether a city says where something happens: in it ("marched in Lagos") or by it
    ("shelled positions near Donetsk", "camped outside Kyiv"); not a venue ("met in Geneva")."""
    token = toks[index]
    if _venue(toks, index):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS:
        above = token.head.head  # "killed in a blast in Peshawar", "died in clashes in Kano"
        if above.pos_ == "NOUN" and above.lemma_.lower() in PLACE_NOUNS - {"home", "house"}:
            return True
    return _locative(toks, index) or token.dep_ == "pobj" and token.head.lower_ in ("near", "around", "outside", "through")


def _locative(toks: list[Token], index: int) -> bool:
    """Whether the mention headed at ``index`` says where something happens ("in Belarus")."""
    token = toks[index]
    return (token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
            and token.head.head.pos_ in ("VERB", "AUX"))


TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "into", "onto", "toward", "towards", "over"})


def _aimed_at(toks: list[Token], head: int, other: int) -> bool:
    """Whether ``other`` is what the phrase at ``head`` is aimed at ("air strikes on Gaza"): not
    the country the phrase belongs to."""
    prep = toks[other].head
    return toks[other].dep_ == "pobj" and prep.lower_ in TARGET_PREPOSITIONS and prep.head.i == head


def _several_countries(toks: list[Token], mention: Mention, plural_titles: bool = True) -> bool:
    """Whether the phrase speaks of several countries ("western leaders", "foreign ministers");
    with ``plural_titles`` false, only by a word that says so ("western", "foreign", "rights
    groups"), not by a plural title alone ("ministers", "leaders")."""
    head = toks[mention.head]
    words = {t.lower_ for t in head.subtree if mention.span[0] <= t.idx < mention.span[1]}
    if words & ADVOCACY and head.lemma_.lower() in ORGANISATIONS:
        return True
    if words & SEVERAL and head.lemma_.lower() in STATE_HEADS and head.tag_ in ("NNS", "NNPS"):
        return True
    multinational = words & MULTINATIONAL
    if multinational == {"coalition"} and mention.sector in CIVIC_SECTORS:
        multinational = set()  # "an opposition coalition" is one country's, unlike "coalition forces"
    return bool(multinational) or plural_titles and (
        head.tag_ in ("NNS", "NNPS") and mention.kind == "sector" and "minister" in head.lower_
        or head.lower_ in ("presidents", "leaders", "ministers"))


def _conjoined(toks: list[Token], places: list[_Hit]) -> list[_Hit]:
    """The places the phrase stands for: all of them when conjoined ("US and Belarusian"),
    otherwise the first."""
    if not places:
        return []
    distinct = list({h.entry.key: h for h in reversed(places)}.values())[::-1]
    chosen = distinct[:1]
    linked = True
    while linked:  # the first place and those conjoined with it ("US, British and French")
        linked = False
        for hit in distinct:
            if hit not in chosen and any(_conj_pair(toks, hit.anchor, c.anchor) or _comma_pair(toks, hit, c)
                                         for c in chosen):
                chosen.append(hit)
                linked = True
    return chosen


def _conj_pair(toks: list[Token], a: int, b: int) -> bool:
    """Whether two place words are conjoined: by the parse, or as two modifiers of one noun
    with only a comma or "and" between them ("US, British and French troops")."""
    if toks[a].dep_ == "conj" and toks[a].head.i == b or toks[b].dep_ == "conj" and toks[b].head.i == a:
        return True
    lo, hi = sorted((a, b))
    between = [t.lower_ for t in toks[lo + 1:hi]]
    return toks[a].head.i == toks[b].head.i and bool(between) and all(w in (",", "and", "or", "&") for w in between)


def _comma_pair(toks: list[Token], one: _Hit, other: _Hit) -> bool:
    """Two different countries with only a comma between them, one hung on the other, as
    headlines join them ("Armenia, Azerbaijan hold talks", "Sudan, South Sudan agree")."""
    first, second = sorted((one, other), key=lambda h: h.start)
    if [t.text for t in toks[first.end:second.start]] != [","]:
        return False
    return toks[second.anchor].head.i == first.anchor or toks[first.anchor].head.i == second.anchor


def _sector(group: _Group, nouns: list[_Hit], places: list[_Hit]) -> tuple[Optional[str], str]:
    """The phrase's sector: the sector noun or title nearest the head, else a seat's, else a role
    noun's default ("spokesman" -> GOV)."""
    def distance(hit: _Hit) -> int:
        return 0 if hit.start <= group.head < hit.end else abs(hit.anchor - group.head)

    specific = sorted((h for h in nouns if h.entry.kind != "role"), key=distance)
    if len(nouns) > 1:
        # "deputy" before another title is a rank, not a legislator ("the deputy spokesman")
        specific = [h for h in specific if h.entry.key not in RANK_WORDS or h.anchor == group.head]
    # "rebel" describes the whole group it modifies ("the rebel Workers' Party")
    specific.sort(key=lambda h: h.entry.sector != "REB")
    if specific:
        hit = specific[0]
        return hit.entry.sector, f"{hit.entry.sector} from {hit.entry.kind} {hit.entry.key!r} ({hit.entry.where})"
    seats = [h for h in places if h.entry.kind == "seat"]
    if seats:
        return seats[0].entry.sector, f"seat of power {seats[0].entry.sector}"
    roles = sorted((h for h in nouns if h.entry.kind == "role" and h.entry.sector), key=distance)
    if roles:
        hit = roles[0]
        return hit.entry.sector, f"{hit.entry.sector} from role noun {hit.entry.key!r}"
    return None, ""


def _names_the_head(group: _Group, person: Person) -> bool:
    """Whether the phrase is about the person ("President Obama") rather than someone of his
    ("the Obama administration")."""
    return any(h.start <= group.head < h.end for h in group.hits if h.entry.kind in ("person", "surname")) \
        or not any(h.anchor == group.head for h in group.hits if h.entry.kind in ("sector", "role"))


def _person_mention(person: Person, base: dict, day: Optional[dt.date], former: bool = False,
                    offices: frozenset[str] | set[str] = frozenset(), era: Optional[dt.date] = None) -> Mention:
    roles = list(person.roles)
    if day is None:
        # undated: the office the text names, else the one held in the document's era (its
        # titled people's time), else the latest real office (a bare ELI line last)
        roles.sort(key=lambda r: (not _same_office(r, offices), not (era and r.holds_on(era)),
                                  r.title is None))
    mention = Mention(**base, entity=person.name, roles=roles, kind="person",
                      confidence=0.95, why=f"person {person.name}").resolve_at(day)
    if former and mention.sector != "ELI" and mention.country:
        # the text says "former": trust it over an undated or mis-dated document
        mention = mention.model_copy(update=dict(code=mention.country + "ELI", sector="ELI",
                                                 why=f"{mention.why}; called former in the text"))
    return mention


def _same_office(role, offices) -> bool:
    return bool(offices) and any(o.replace("_", " ") in (role.title or "").lower() for o in offices)


def _remember(memory: _Memory, mention: Mention, group: _Group, name: Optional[str]) -> None:
    if name:
        memory.names[name] = mention
        memory.names[name.split()[-1]] = mention
    for hit in group.hits:
        if hit.entry.kind in ("sector", "role") and hit.anchor != group.head and hit.entry.sector != mention.sector:
            continue  # "local government workers" are no later "the government"
        if hit.entry.kind in ("office", "sector", "role") and hit.entry.key != "counterpart":
            memory.titles[hit.entry.key] = mention
            memory.titles[hit.entry.key.split()[-1]] = mention
            if hit.entry.kind == "office":
                memory.last_office = hit.entry.key
    if mention.roles and name:
        current = mention.roles[0]
        title = (current.title or "").split(" (")[0].lower()
        if title:
            memory.titles[title] = mention
            memory.titles[title.split()[-1]] = mention


# Honorifics that say whether a surname is a woman's or a man's ("Mrs Howard" is not Mr Howard).
FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "lady", "dame",
                               "baroness", "frau", "señora", "senora"})
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "monsieur", "herr", "señor", "senor"})
# Given names of women, to tell a known woman from a known man of the same surname.
FEMALE_GIVEN = WORDS["female_given"]


def _after_honorific(toks: list[Token], start: int, limit: int) -> int:
    """The first token from ``start`` that is no article or honorific ("Mrs", "Mr", "Dr")."""
    while start < limit and (toks[start].lower_ in FEMALE_HONORIFICS | MALE_HONORIFICS | {"dr", "dr.", "the"}):
        start += 1
    return start


def _honorific(toks: list[Token], start: int) -> Optional[str]:
    """"f" or "m" when the name at ``start`` (or the word before it) is an honorific, else None."""
    for token in toks[max(0, start - 1):start + 1]:
        word = token.lower_
        if word in FEMALE_HONORIFICS:
            return "f"
        if word in MALE_HONORIFICS:
            return "m"
    return None


def _same_sex(sex: Optional[str], earlier: Mention) -> bool:
    """Whether an earlier mention may be the person an honorific names: "Mrs Howard" is neither
    an earlier "Mr Howard" nor a known man; "Mr Howard" no earlier "Mrs Howard"."""
    if sex is None:
        return True
    words = earlier.text.split()
    said = next((("f" if w.lower() in FEMALE_HONORIFICS else "m") for w in words
                 if w.lower() in FEMALE_HONORIFICS | MALE_HONORIFICS), None)
    if said is not None:
        return said == sex
    if earlier.entity and earlier.kind == "person" and (earlier.roles or earlier.why.startswith("person ")):
        female = earlier.entity.split()[0] in FEMALE_GIVEN
        return female == (sex == "f")
    return True


def _recall(toks: list[Token], group: _Group, memory: _Memory, nouns: list[_Hit]) -> Optional[Mention]:
    """An earlier mention this phrase points back to: a surname, a full name, "the minister"."""
    for name in group.names:
        # a name the tagger calls an organisation may still be a person named before
        earlier = memory.names.get(name.text) or (memory.names.get(name[-1].text)
                                                  if name.label_ == "PERSON" else None)
        if earlier is not None and not _same_sex(_honorific(toks, name.start), earlier):
            return None  # "Mrs Howard" is not the Mr Howard named before
        if earlier is not None:
            return earlier.model_copy(update=dict(why=f"same as earlier {earlier.text!r}; {earlier.why}",
                                                  confidence=min(earlier.confidence, 0.85)))
        if name.label_ == "PERSON":
            return None
    head = toks[group.head]
    if not nouns or head.tag_ not in ("NN", "NNP") or not any(
            c.lower_ in BACK_POINTING for c in head.children if c.dep_ in ("det", "poss")):
        return None
    if head.pos_ == "PROPN" and not any(h.start <= group.head < h.end for h in nouns):
        return None  # "spiritual leader the Dalai Lama" names someone, not the leader named before
    for hit in sorted(nouns, key=lambda h: h.anchor != group.head):
        for key in (hit.entry.key, hit.entry.key.split()[-1], " ".join(t.lower_ for t in toks[hit.start:hit.end])):
            earlier = memory.titles.get(key)
            if earlier is not None:
                return earlier.model_copy(update=dict(why=f"same as earlier {earlier.text!r}; {earlier.why}",
                                                      confidence=min(earlier.confidence, 0.8)))
    return None
