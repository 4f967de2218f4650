"""Prompts files: validated at start-up, chosen by the person's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from storybot.config import PROJECT_ROOT
from storybot.errors import PromptsError
from storybot.prompts import Prompts, load_prompts


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(PROJECT_ROOT / "prompts", target)
    return target


def edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True))


def test_the_shipped_prompts_load(prompts: Prompts) -> None:
    en = prompts.for_language("en")
    assert set(en.consent.scopes) == {"team", "sessions", "reports"}
    assert len(en.question_sets["participant"].questions) >= 5


def test_language_codes_pick_a_file_or_fall_back_to_english(folder: Path) -> None:
    def to_welsh(data: dict) -> None:  # type: ignore[type-arg]
        data["language"] = "cy"
        data["messages"]["help"] = "Helo! Dyma beth alla i ei wneud."

    shutil.copy(folder / "en.yaml", folder / "cy.yaml")
    edit(folder / "cy.yaml", to_welsh)
    prompts = load_prompts(folder)
    assert prompts.for_language("cy").messages.help.startswith("Helo")
    assert prompts.for_language("en-GB").language == "en"
    assert prompts.for_language("fr").language == "en"
    assert prompts.for_language(None).language == "en"


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d["consent"].pop("version"), "consent.version"),
    (lambda d: d["messages"].update(surprise="hello"), "messages.surprise"),
    (lambda d: d["consent"]["scopes"].pop("reports"), "consent.scopes"),
    (lambda d: d["question_sets"]["participant"]["questions"][1].update(id="what_matters"), "question_sets.participant"),
    (lambda d: d["messages"].update(edit_saved="Changed {questoin}"), "messages"),
    (lambda d: d["question_sets"].pop("participant"), "question_sets"),
])
def test_a_broken_file_names_the_file_and_the_field(folder: Path, change: object, field: str) -> None:
    edit(folder / "en.yaml", change)
    with pytest.raises(PromptsError) as error:
        load_prompts(folder)
    assert str(error.value).startswith(f"{folder / 'en.yaml'}: {field}")


def test_invalid_yaml_and_a_missing_english_file(folder: Path) -> None:
    (folder / "en.yaml").write_text("consent: [unclosed")
    with pytest.raises(PromptsError, match="not valid YAML"):
        load_prompts(folder)
    (folder / "en.yaml").unlink()
    with pytest.raises(PromptsError, match="en.yaml is required"):
        load_prompts(folder)
