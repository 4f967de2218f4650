"""Load and validate the theme codebook (prompts/themes.yaml)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from storybot.errors import PromptsError

logger = logging.getLogger(__name__)

CODEBOOK_FILE = "themes.yaml"

# The ids DESIGN.md promises; gold labels, stored suggestions and exports rely on them.
DEFAULT_THEME_IDS: tuple[str, ...] = (
    "housing",
    "money",
    "work_learning",
    "physical_health",
    "mental_health",
    "substance_use",
    "relationships",
    "connection",
    "safety",
    "identity_purpose",
    "being_heard",
    "trust_relationships",
    "strengths",
    "choice_control",
    "system_barriers",
    "flexible_help",
    "collaboration",
    "learning_change",
    "worker_experience",
)


class Vocabulary(BaseModel):
    """Words and phrases that signal a theme, matched on lemmas and on lower-case forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    strong: list[str] = Field(default_factory=list)
    weak: list[str] = Field(default_factory=list)
    # Phrases in which the theme's words mean something else ("change my answer"): a word
    # inside one is no evidence for the theme.
    unless: list[str] = Field(default_factory=list)

    @field_validator("strong", "weak", "unless")
    @classmethod
    def _clean_terms(cls, terms: list[str]) -> list[str]:
        cleaned = [" ".join(term.split()) for term in terms]
        if any(not term for term in cleaned):
            raise ValueError("empty term")
        return cleaned


class Theme(BaseModel):
    """One codebook entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    group: Literal["life", "support"]
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    vocabulary: Vocabulary
    # Life domains drop out when the teller says the domain is fine ("no problems with
    # housing"); how support felt stays even when negated ("never felt listened to").
    dismissible: bool = True


class Codebook(BaseModel):
    """The whole codebook; `version` is a short hash of the file's bytes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str = "en"
    themes: list[Theme] = Field(min_length=1)
    version: str = ""

    @model_validator(mode="after")
    def _unique_ids(self) -> "Codebook":
        seen: set[str] = set()
        for theme in self.themes:
            if theme.id in seen:
                raise ValueError(f"theme id {theme.id!r} appears twice")
            seen.add(theme.id)
        return self

    @property
    def ids(self) -> list[str]:
        """Return the theme ids in file order."""
        return [theme.id for theme in self.themes]

    def theme(self, theme_id: str) -> Theme:
        """Return the theme with this id."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)


def content_version(data: bytes) -> str:
    """Return the short content hash used as a codebook or model version."""
    return hashlib.sha256(data).hexdigest()[:12]


def parse_codebook(data: bytes, source: str = CODEBOOK_FILE) -> Codebook:
    """Validate codebook YAML bytes, raising PromptsError naming file, field and problem."""
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError as exc:
        raise PromptsError(f"{source}: not valid YAML ({exc})") from None
    if not isinstance(raw, dict):
        raise PromptsError(f"{source}: expected a mapping with a 'themes' list")
    if "version" in raw:
        raise PromptsError(f"{source}: field 'version': is computed from the content, remove it")
    try:
        codebook = Codebook.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = _field_path(raw, error["loc"])
        raise PromptsError(f"{source}: field {where}: {error['msg']}") from None
    return codebook.model_copy(update={"version": content_version(data)})


def load_codebook(path: Path) -> Codebook:
    """Load and validate a codebook file (prompts/themes.yaml)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PromptsError(f"{path}: cannot read the codebook ({exc.strerror})") from None
    codebook = parse_codebook(data, str(path))
    logger.info("codebook %s loaded: %d themes", codebook.version, len(codebook.themes))
    return codebook


def _field_path(raw: object, loc: tuple[int | str, ...]) -> str:
    """Name a failing field the way a facilitator reads the file: themes[3] (money).vocabulary."""
    parts: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and key < len(node):
                node = node[key]
                if isinstance(node, dict) and isinstance(node.get("id"), str):
                    label += f" ({node['id']})"
            parts.append(label)
        else:
            parts.append(("." if parts else "") + str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "(top level)"
