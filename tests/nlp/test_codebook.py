"""The codebook file: the promised ids, validation errors that name file and field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from storybot.config import PROJECT_ROOT
from storybot.errors import PromptsError
from storybot.nlp.codebook import DEFAULT_THEME_IDS, load_codebook, parse_codebook

SHIPPED = PROJECT_ROOT / "prompts" / "themes.yaml"


def test_shipped_codebook_has_exactly_the_design_ids() -> None:
    codebook = load_codebook(SHIPPED)
    assert sorted(codebook.ids) == sorted(DEFAULT_THEME_IDS)
    for theme in codebook.themes:
        assert theme.label and theme.description
        assert len(theme.vocabulary.strong) >= 10


def test_version_is_a_hash_of_the_content() -> None:
    data = SHIPPED.read_bytes()
    first = parse_codebook(data)
    assert first.version == parse_codebook(data).version
    assert len(first.version) == 12
    assert parse_codebook(data + b"\n# edited\n").version != first.version


def _edit(mutate: object) -> bytes:
    raw = yaml.safe_load(SHIPPED.read_bytes())
    assert callable(mutate)
    mutate(raw)
    return yaml.safe_dump(raw).encode()


def test_unknown_field_is_named(tmp_path: Path) -> None:
    path = tmp_path / "themes.yaml"
    path.write_bytes(_edit(lambda raw: raw["themes"][1].update({"colour": "red"})))
    with pytest.raises(PromptsError) as info:
        load_codebook(path)
    message = str(info.value)
    assert str(path) in message
    assert "themes[1] (money).colour" in message
    assert "Extra inputs are not permitted" in message


def test_missing_label_is_named() -> None:
    data = _edit(lambda raw: raw["themes"][0].pop("label"))
    with pytest.raises(PromptsError, match=r"themes\[0\] \(housing\)\.label: Field required"):
        parse_codebook(data, "themes.yaml")


def test_duplicate_ids_are_rejected() -> None:
    data = _edit(lambda raw: raw["themes"][1].update({"id": "housing"}))
    with pytest.raises(PromptsError, match="housing.*twice"):
        parse_codebook(data)


def test_bad_yaml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PromptsError, match="not valid YAML"):
        parse_codebook(b"themes: [unclosed", "x.yaml")
    with pytest.raises(PromptsError, match="cannot read"):
        load_codebook(tmp_path / "nope.yaml")
