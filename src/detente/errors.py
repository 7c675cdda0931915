"""Errors a user can cause, each with a code and a message that says what to do.

The library raises these and never prints or exits; the CLI prints ``str(error)`` on one line
(a traceback only with ``--debug``); the API turns them into one JSON error shape.
"""

from __future__ import annotations

# code -> (title, template).  Templates are formatted with the keyword arguments of the error.
CATALOGUE: dict[str, tuple[str, str]] = {
    "E001": ("missing path", "{path}: no such file or folder"),
    "E002": ("unreadable file", "{path}: cannot read ({reason})"),
    "E003": ("binary file", "{path}: looks like a binary file, not text; skipped"),
    "E004": ("bad encoding", "{path}: not valid text in any known encoding ({reason})"),
    "E005": ("empty document", "{path}: empty, nothing to code"),
    "E006": ("bad JSON", "{path}:{line}: not a JSON object ({reason}); line skipped"),
    "E007": ("missing text field", "{path}:{line}: JSON record has no string field 'text'; line skipped"),
    "E008": ("bad date", "{where}: cannot read date {value!r}; use YYYY-MM-DD"),
    "E009": ("unsupported input", "{path}: unsupported file type {suffix!r}; use .txt, .html, .json, .jsonl, .xml/.rss/.atom"),
    "E010": ("bad feed", "{path}: not a readable RSS/Atom feed ({reason})"),
    "E011": ("fetch failed", "{path}: could not fetch ({reason})"),
    "E012": ("too large", "{path}: {size} bytes is over the limit of {limit}; raise --max-bytes to read it"),
    "E013": ("bad JSON file", "{path}: not a JSON object, array of objects or JSON Lines ({reason})"),
    "E014": ("empty feed item", "{path}: feed item {item} has neither text nor title; skipped"),
    "E015": ("unsafe XML", "{path}: XML with entity declarations or external references is not read ({reason})"),
    # ingest warnings: put on Document.warnings, the document is still coded
    "W101": ("fallback encoding", "{path}: not valid UTF-8; read as {encoding}, some characters may be wrong"),
    "W102": ("text cut", "{path}: text longer than {limit} characters; cut there (raise --max-chars to keep more)"),
    "W103": ("control characters removed", "{path}: removed {count} NUL or control characters"),
    "W104": ("bad record date", "{path}: cannot read date {value!r}; use YYYY-MM-DD (the date is looked for in the text instead)"),
    "W105": ("undecodable bytes", "{path}: {count} undecodable characters replaced by U+FFFD"),
    "E020": ("model not installed", "spaCy pipeline {name!r} is not installed; pip install it or set DETENTE_MODEL to an installed one"),
    "E021": ("model lacks component", "spaCy pipeline {name!r} lacks {component!r}, which detente needs"),
    "E030": ("bad data file", "{path}:{line}: {reason}"),
    "E031": ("bad gold file", "{path}:{line}: {reason}"),
    "E040": ("database error", "{path}: {reason}"),
    "E041": ("database busy", "{path}: in use by another detente process; wait for it or use another --db"),
    "E042": ("coding failed", "{doc_id}: the pipeline failed on this document ({reason}); skipped, the run goes on"),
    "E043": ("cluster failed", "{scheduler}: {reason}"),
    "E050": ("bad option", "{option}: {reason}"),
    "E060": ("nothing read", "no input could be read; see the messages above"),
    # web / API (detente serve)
    "E070": ("bad parameter", "{field}: {reason}"),
    "E071": ("not found", "no {kind} with id {id!r}"),
    "E072": ("token missing", "this request needs the header 'Authorization: Bearer TOKEN' with the server's --write-token"),
    "E073": ("token wrong", "the bearer token does not match the server's --write-token"),
    "E074": ("read-only server", "writes are disabled; start the server with --write-token TOKEN to allow POST /api/documents"),
    "E075": ("request too large", "the request body is over the limit of {limit} bytes"),
    "E076": ("no such page", "{path}: no such page or endpoint"),
    "E077": ("method not allowed", "{method} is not allowed on {path}"),
    "E078": ("server error", "the server failed on this request ({reason}); see the server log"),
}


class DetenteError(Exception):
    """An error the user can fix; ``code`` indexes CATALOGUE."""

    code = "E000"

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        title, template = CATALOGUE[code]
        self.title = title
        try:
            self.message = template.format(**fields)
        except (KeyError, IndexError):
            self.message = f"{title}: {fields}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"

    def __reduce__(self):
        # Rebuilt from code and fields, so errors cross process boundaries (workers, Dask).
        return (_rebuild, (type(self), self.code, self.fields))

    def as_dict(self) -> dict:
        return {"code": self.code, "title": self.title, "message": self.message}


class InputError(DetenteError):
    """A file or record that could not be read; the run goes on without it."""


class DataFileError(DetenteError):
    """A dictionary or pattern file that does not validate; nothing is loaded half-way."""


class ModelError(DetenteError):
    """The spaCy pipeline cannot be loaded or lacks a component."""


class StoreError(DetenteError):
    """The database cannot be opened or written."""


class OptionError(DetenteError):
    """A command-line option or API parameter with a bad value."""


def _rebuild(cls: type, code: str, fields: dict) -> DetenteError:
    return cls(code, **fields)
