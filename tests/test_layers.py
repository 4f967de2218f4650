"""Dependencies point one way: channels -> services -> storage. Walk the imports to check."""

from __future__ import annotations

import ast
from pathlib import Path

from storybot.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "storybot"


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_only_the_telegram_channel_imports_telegram() -> None:
    offenders = [
        str(p.relative_to(PROJECT_ROOT)) for p in modules()
        if any(m == "telegram" or m.startswith("telegram.") for m in imports(p))
        and not (p.parent.name == "channels" and p.name.startswith("telegram"))
        and p.name != "cli.py"  # builds the Application only inside `storybot run`
    ]
    assert offenders == []


def test_only_the_nlp_package_imports_spacy() -> None:
    offenders = [
        str(p.relative_to(PROJECT_ROOT)) for p in modules()
        if any(m == "spacy" or m.startswith("spacy.") for m in imports(p)) and "nlp" not in p.parts
    ]
    assert offenders == []


def test_services_and_storage_never_import_channels() -> None:
    offenders = [
        str(p.relative_to(PROJECT_ROOT)) for p in modules()
        if p.parent.name != "channels" and p.name != "cli.py"
        and any(m.startswith("storybot.channels") for m in imports(p))
    ]
    assert offenders == []


def test_sql_lives_in_the_storage_layer() -> None:
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM")
    offenders = [
        str(p.relative_to(PROJECT_ROOT)) for p in modules()
        if p.name != "db.py" and any(k in p.read_text() for k in keywords)
    ]
    assert offenders == []
