"""Plain result types of the NLP core. Importing this module never imports spaCy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

PII_LABELS: tuple[str, ...] = (
    "PERSON",
    "LOCATION",
    "ORG",
    "PHONE",
    "EMAIL",
    "POSTCODE",
    "NHS_NUMBER",
    "NI_NUMBER",
    "DATE_OF_BIRTH",
    "URL",
)


@dataclass(frozen=True)
class ThemeSuggestion:
    """One suggested theme: its codebook id, a score in [0, 1] and the words behind it."""

    id: str
    score: float
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PiiSpan:
    """Character offsets (Python str indices, end exclusive) of personal data and its label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Analysis:
    """Everything the pipeline suggests for one text; a person confirms each part."""

    themes: list[ThemeSuggestion]
    pii: list[PiiSpan]
    redacted: str
    safeguarding: bool
    safeguarding_reasons: list[str]


def redact(text: str, spans: list[PiiSpan]) -> str:
    """Return text with each span replaced by a [LABEL] placeholder."""
    parts: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < cursor:  # overlaps are resolved upstream; never emit a span twice
            continue
        parts.append(text[cursor : span.start])
        parts.append(f"[{span.label}]")
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


_TEXT = "storybot.text"


def doc_text(doc: Doc) -> str:
    """Return doc's text. spaCy's Doc.text joins every token on each access; this joins once per story."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)
