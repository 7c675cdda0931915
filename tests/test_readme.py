"""The README stays true: every command is documented, every documented command and link exists."""

from __future__ import annotations

import json
import re
from pathlib import Path

from jsonschema import Draft202012Validator

from detente import contract
from detente.cli import app

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def registered_commands() -> set[str]:
    return {c.name or c.callback.__name__ for c in app.registered_commands}


def test_readme_documents_every_command():
    documented = set(re.findall(r"^\| `detente (\w+)", README, flags=re.M))
    assert documented == registered_commands()


def test_readme_links_point_to_existing_files():
    links = re.findall(r"\]\(((?:docs|examples|src)/[^)#]+)\)", README)
    assert links, "the README links to no docs"
    assert [link for link in links if not (ROOT / link).exists()] == []


def test_readme_quick_start_targets_exist_in_makefile():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, flags=re.M)


def test_readme_example_is_a_contract_record():
    block = re.search(r"```json\n(.*?)```", README, flags=re.S).group(1)
    record = json.loads(block)
    errors = list(Draft202012Validator(contract.committed_schema("event.schema.json")).iter_errors(record))
    assert errors == []
