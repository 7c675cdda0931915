"""Load and validate the event ontology and the trigger patterns (data files beside this module).

``load_ontology()`` reads ``ontology.yaml``; ``load_patterns()`` reads ``patterns/*.yaml`` (one file
per PLOVER type, plus ``patterns/_lexicon.yaml`` with shared word classes and light verbs).  Every
problem raises ``DataFileError`` naming the file and line; nothing is loaded half-way.
The pattern format is documented in docs/events.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, NamedTuple, Optional

from ..datafiles import line_of, read_yaml
from ..errors import DataFileError
from ..model import PLOVER_TYPES

HERE = Path(__file__).parent
ONTOLOGY_FILE = HERE / "ontology.yaml"
PATTERN_DIR = HERE / "patterns"
LEXICON_NAME = "_lexicon.yaml"

# Target roles that name no words: the place the act is done stands for its target, at home too
# ("where": a curfew lands on the people where it is imposed) or only abroad ("abroad": troops
# on alert in Moldova).
PLACE_ROLES = frozenset({"where", "abroad"})
ROLE_NAMES = {"subj", "obj", "dative", "poss", "undergoer", "mod", "between", "gov", "xobj", "xsubj", "fsubj", "wsubj", "self",
              "reporter", "visited"} | PLACE_ROLES
ROLE_PREFIXES = ("prep:", "subjprep:")
NOT_ON_NOUNS = frozenset({"particle", "xcomp", "aux"})  # a noun has none of these
PATTERN_KEYS = {"id", "verb", "noun", "adj", "object", "subject", "prep_object", "particle", "prep", "xcomp", "modifier", "mode", "cameo",
                "not_modifier", "intensity", "symmetric", "source", "target", "light", "confidence", "note", "require", "aux", "standalone",
                "negated"}
DEFAULT_ROLES = {
    "verb": (("subj",), ("obj", "dative")),
    "noun": (("poss", "gov", "mod"), ()),
    "adj": (("subj",), ()),
}


@dataclass(frozen=True)
class Mode:
    cameo: str
    intensity: float
    authorities: Optional[str] = None   # with no doer named, the sector of the place's authorities


class Derived(NamedTuple):
    """What an announced (intent) or negated (refusal) event of a type is coded as."""

    type: str
    cameo: str
    needs_target: bool = False   # only when the event has a target ("deploy troops" alone is no threat)


@dataclass(frozen=True)
class EventType:
    name: str
    quad: int
    cameo: str
    intensity: float
    description: str
    modes: dict[str, Mode]
    intent: Optional[Derived] = None           # what an announced future event is coded as
    absorbs: frozenset[str] = frozenset()      # types its purpose/participle clauses belong to it
    refusal: Optional[Derived] = None          # what a negated event is coded as
    attempts: bool = False                     # an attempt at it is one ("tried to kill")
    addressed: bool = False                    # with no target, aimed at the government there
    crowd: bool = False                        # with no doer named, done by the people there
    unclaimed: bool = False                    # a device's work, by unknown attackers there


@dataclass(frozen=True)
class Pattern:
    """One compiled trigger pattern; matched by ``match.find_triggers``."""

    pid: str
    event_type: str
    kind: str                       # "verb", "noun" or "adj"
    lemmas: frozenset[str]
    object: Optional[frozenset[str]] = None
    particle: Optional[frozenset[str]] = None
    prep: Optional[frozenset[str]] = None
    xcomp: Optional[frozenset[str]] = None
    modifier: Optional[frozenset[str]] = None
    subject: Optional[frozenset[str]] = None
    prep_object: Optional[frozenset[str]] = None
    aux: Optional[frozenset[str]] = None
    not_modifier: Optional[frozenset[str]] = None  # words that must not modify the trigger noun or object
    light: frozenset[str] = frozenset()
    mode: Optional[str] = None
    cameo: str = ""
    intensity: float = 0.0
    symmetric: bool = False
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    base_confidence: float = 0.5
    require: frozenset[str] = frozenset()   # "source", "target", "any": else no event
    standalone: bool = False                # a noun with no light verb and no actor still counts
    negated: bool = False                   # fires only negated, and that is the event ("did not rule out force")
    quad: int = 0                           # the type's PLOVER quad class (ontology.yaml)
    origin: str = ""

    @property
    def blocker(self) -> bool:
        """A pattern that requires a target and reads none: this sense of the word is no event."""
        return "target" in self.require and not self.target

    @property
    def named_target(self) -> tuple[str, ...]:
        """The target roles that read words of the sentence (not PLACE_ROLES)."""
        return tuple(role for role in self.target if role not in PLACE_ROLES)

    @property
    def specificity(self) -> int:
        """How many constraints beyond the trigger word: more specific patterns win."""
        return sum(x is not None for x in (self.object, self.particle, self.prep, self.xcomp,
                                             self.modifier, self.subject, self.prep_object, self.aux)) + bool(self.light)


@dataclass
class PatternSet:
    ontology: dict[str, EventType]
    patterns: list[Pattern]
    light_verbs: frozenset[str] = frozenset()
    classes: dict[str, frozenset[str]] = field(default_factory=dict)


def _fail(path: Path, where: Any, reason: str, key: Optional[str] = None) -> DataFileError:
    """The error for a bad entry, at the line of ``key`` when given, else of the entry."""
    return DataFileError("E030", path=path, line=line_of(where, key), reason=reason)


def load_ontology(path: Path = ONTOLOGY_FILE) -> dict[str, EventType]:
    """The 16 PLOVER types with quad class, default CAMEO code, intensity and modes."""
    data = read_yaml(path).data
    types = data.get("types") if isinstance(data, dict) else None
    if not isinstance(types, dict):
        raise _fail(path, data if isinstance(data, dict) else 1, "expected a mapping 'types:'")
    missing = [t for t in PLOVER_TYPES if t not in types]
    if missing:
        raise _fail(path, data, f"PLOVER types missing: {', '.join(missing)}")
    ontology = {}
    for name, entry in types.items():
        if name not in PLOVER_TYPES:
            raise _fail(path, types, f"{name!r} is not a PLOVER type")
        ontology[name] = _event_type(path, name, entry)
    for name, etype in ontology.items():
        if etype.intent and etype.intent.type not in ontology:
            raise _fail(path, types[name], f"{name}: intent type {etype.intent.type!r} is not a PLOVER type")
        if not etype.absorbs <= set(ontology):
            raise _fail(path, types[name], f"{name}: absorbs must list PLOVER types")
    return ontology


def _event_type(path: Path, name: str, entry: Any) -> EventType:
    if not isinstance(entry, dict):
        raise _fail(path, 0, f"{name}: expected a mapping")
    if entry.get("quad") not in (1, 2, 3, 4):
        raise _fail(path, entry, f"{name}: quad must be 1, 2, 3 or 4")
    modes = {}
    for mode, spec in (entry.get("modes") or {}).items():
        if not isinstance(spec, dict):
            raise _fail(path, entry, f"{name}: mode {mode!r} must be a mapping")
        if spec.get("authorities") not in (None, "GOV", "COP", "JUD"):
            raise _fail(path, entry, f"{name}: mode {mode!r}: authorities must be GOV, COP or JUD")
        modes[mode] = Mode(cameo=_cameo(path, spec, spec.get("cameo")),
                           intensity=_intensity(path, spec, spec.get("intensity")),
                           authorities=spec.get("authorities"))
    intent, refusal = (_derived(path, entry, name, key) for key in ("intent", "refusal"))
    if entry.get("addressee") not in (None, "government"):
        raise _fail(path, entry, f"{name}: addressee must be 'government'")
    if entry.get("doers") not in (None, "people", "attackers"):
        raise _fail(path, entry, f"{name}: doers must be 'people' or 'attackers'")
    return EventType(name=name, quad=entry["quad"], cameo=_cameo(path, entry, entry.get("cameo")),
                     intensity=_intensity(path, entry, entry.get("intensity")),
                     description=str(entry.get("description", "")), modes=modes, intent=intent,
                     absorbs=frozenset(entry.get("absorbs") or ()), refusal=refusal,
                     attempts=bool(entry.get("attempts")),
                     addressed=entry.get("addressee") == "government",
                     crowd=entry.get("doers") == "people",
                     unclaimed=entry.get("doers") == "attackers")


def _derived(path: Path, entry: dict, name: str, key: str) -> Optional[Derived]:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, dict) or value.get("type") not in PLOVER_TYPES:
        raise _fail(path, entry, f"{name}: {key} must be a mapping with a PLOVER 'type' and a 'cameo'", key)
    needs = value.get("needs")
    if needs not in (None, "target"):
        raise _fail(path, value, f"{name}: {key} needs {needs!r}; the only value is 'target'", "needs")
    return Derived(value["type"], _cameo(path, value, value.get("cameo")), needs == "target")


def _cameo(path: Path, where: Any, value: Any) -> str:
    if not (isinstance(value, str) and value.isdigit() and 2 <= len(value) <= 4):
        raise _fail(path, where, f"cameo {value!r} must be a string of 2-4 digits, quoted")
    return value


def _intensity(path: Path, where: Any, value: Any) -> float:
    if not isinstance(value, (int, float)) or not -10 <= value <= 10:
        raise _fail(path, where, f"intensity {value!r} must be a number from -10 to 10")
    return float(value)


def load_patterns(directory: Path = PATTERN_DIR, ontology: Optional[dict[str, EventType]] = None) -> PatternSet:
    """Every pattern of ``directory``, validated against the ontology."""
    ontology = ontology or load_ontology()
    lexicon = _load_lexicon(directory / LEXICON_NAME)
    classes = lexicon["classes"]
    patterns: list[Pattern] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        for pattern in _patterns_of_file(path, ontology, classes):
            if pattern.pid in seen:
                raise DataFileError("E030", path=path, line=pattern.origin.rsplit(":", 1)[-1],
                                    reason=f"pattern id {pattern.pid} already used at {seen[pattern.pid]}")
            seen[pattern.pid] = pattern.origin
            patterns.append(pattern)
    if not patterns:
        raise DataFileError("E030", path=directory, line=0, reason="no pattern files (*.yaml) found")
    return PatternSet(ontology=ontology, patterns=patterns, light_verbs=lexicon["light_verbs"],
                      classes=classes)


def _load_lexicon(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"classes": {}, "light_verbs": frozenset()}
    data = read_yaml(path).data
    if not isinstance(data, dict):
        raise _fail(path, 1, "expected a mapping with 'classes' and 'light_verbs'")
    raw = data.get("classes") or {}
    classes: dict[str, frozenset[str]] = {}
    for name, words in raw.items():
        classes[name] = _words(path, raw, words, {}, f"class {name}")
    return {"classes": classes,
            "light_verbs": _words(path, data, data.get("light_verbs") or [], classes, "light_verbs")}


def _words(path: Path, where: Any, value: Any, classes: dict[str, frozenset[str]],
           what: str) -> frozenset[str]:
    """A list of lemmas; "@name" expands a class of _lexicon.yaml."""
    key = what.rsplit(": ", 1)[-1]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise _fail(path, where, f"{what}: expected a non-empty list of words", key)
    words: set[str] = set()
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise _fail(path, where, f"{what}: {item!r} is not a word", key)
        if item.startswith("@"):
            if item[1:] not in classes:
                raise _fail(path, where, f"{what}: unknown word class {item!r} (define it in {LEXICON_NAME})", key)
            words |= classes[item[1:]]
        else:
            words.add(item.strip().lower())
    return frozenset(words)


def _patterns_of_file(path: Path, ontology: dict[str, EventType],
                      classes: dict[str, frozenset[str]]) -> Iterable[Pattern]:
    data = read_yaml(path).data
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise _fail(path, data if isinstance(data, dict) else 1, "expected 'type:' and a list 'patterns:'")
    file_type = data.get("type")
    for entry in data["patterns"]:
        if not isinstance(entry, dict):
            raise _fail(path, data, f"pattern {entry!r} must be a mapping")
        yield _pattern(path, entry, entry.get("type", file_type), ontology, classes)


def _pattern(path: Path, entry: dict, event_type: Any, ontology: dict[str, EventType],
             classes: dict[str, frozenset[str]]) -> Pattern:
    unknown = set(entry) - PATTERN_KEYS - {"type"}
    if unknown:
        raise _fail(path, entry, f"unknown key(s) {', '.join(sorted(unknown))}", sorted(unknown)[0])
    if event_type not in ontology:
        raise _fail(path, entry, f"event type {event_type!r} is not one of the 16 PLOVER types")
    pid = entry.get("id")
    if not isinstance(pid, str) or not pid:
        raise _fail(path, entry, "every pattern needs an 'id'")
    kinds = [k for k in ("verb", "noun", "adj") if k in entry]
    if len(kinds) != 1:
        raise _fail(path, entry, f"pattern {pid}: give exactly one of 'verb', 'noun' or 'adj'")
    kind = kinds[0]
    unread = sorted(NOT_ON_NOUNS & set(entry)) if kind == "noun" else []
    if unread:
        raise _fail(path, entry, f"pattern {pid}: '{unread[0]}' is not read on a noun pattern", unread[0])
    if entry.get("negated") and kind != "verb":
        raise _fail(path, entry, f"pattern {pid}: 'negated' is read on a verb pattern only", "negated")
    if kind == "verb" and "*" in (entry["verb"] or ()) and "aux" not in entry:
        raise _fail(path, entry, f"pattern {pid}: a pattern for any verb ('*') needs 'aux' "
                                 "(it is tried only on verbs carrying one of them)", "verb")
    etype = ontology[event_type]
    mode = entry.get("mode")
    if mode is not None and mode not in etype.modes:
        raise _fail(path, entry, f"pattern {pid}: mode {mode!r} is not a mode of {event_type} in ontology.yaml", "mode")
    mode_spec = etype.modes.get(mode) if mode else None
    cameo = _cameo(path, entry, entry["cameo"]) if "cameo" in entry else (mode_spec.cameo if mode_spec else etype.cameo)
    intensity = (_intensity(path, entry, entry["intensity"]) if "intensity" in entry
                 else (mode_spec.intensity if mode_spec else etype.intensity))
    default_source, default_target = DEFAULT_ROLES[kind]
    if kind == "verb" and "object" in entry:
        default_target = ("dative",)
    source = _roles(path, entry, entry.get("source", list(default_source)), "source", pid)
    target = _roles(path, entry, entry.get("target", list(default_target)), "target", pid)
    optional = {k: _words(path, entry, entry[k], classes, f"pattern {pid}: {k}")
                for k in ("object", "particle", "prep", "xcomp", "modifier", "subject", "prep_object", "aux",
                          "not_modifier")
                if k in entry}
    require = entry.get("require", [])
    require = [require] if isinstance(require, str) else require
    if not isinstance(require, list) or not set(require) <= {"source", "target", "any"}:
        raise _fail(path, entry, f"pattern {pid}: require must list source, target or any")
    confidence = entry.get("confidence", 0.5)
    if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
        raise _fail(path, entry, f"pattern {pid}: confidence must be a number in (0, 1]")
    return Pattern(
        pid=f"{event_type}/{pid}", event_type=event_type, kind=kind,
        lemmas=_words(path, entry, entry[kind], classes, f"pattern {pid}: {kind}"),
        light=_words(path, entry, entry["light"], classes, f"pattern {pid}: light") if "light" in entry else frozenset(),
        mode=mode, cameo=cameo, intensity=intensity, symmetric=bool(entry.get("symmetric", False)),
        source=source, target=target, base_confidence=float(confidence), require=frozenset(require),
        standalone=bool(entry.get("standalone", False)), negated=bool(entry.get("negated", False)),
        quad=etype.quad,
        origin=f"{path.name}:{line_of(entry)}", **optional)


def _roles(path: Path, entry: dict, value: Any, key: str, pid: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise _fail(path, entry, f"pattern {pid}: {key}: expected a list of roles", key)
    for role in value:
        if not isinstance(role, str) or not (role in ROLE_NAMES or (
                role.startswith(ROLE_PREFIXES) and not role.endswith(":"))):
            raise _fail(path, entry, f"pattern {pid}: {key}: unknown role {role!r}; use "
                        f"{', '.join(sorted(ROLE_NAMES))}, prep:WORD or subjprep:WORD", key)
    return tuple(value)
