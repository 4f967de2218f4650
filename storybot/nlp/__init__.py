"""The NLP core: theme suggestions, redaction and safeguarding.

Importing this package does not import spaCy; `load_analyzer` does. `detect_risk` needs
only regular expressions and a small linear model (a few arrays), so the conversation can
check every message cheaply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storybot.nlp.codebook import Codebook, load_codebook
from storybot.nlp.risk import assess_risk, detect_risk
from storybot.nlp.types import PII_LABELS, Analysis, PiiSpan, ThemeSuggestion, redact

if TYPE_CHECKING:
    from pathlib import Path

    from storybot.config import Settings
    from storybot.nlp.pipeline import Analyzer

__all__ = [
    "PII_LABELS",
    "Analysis",
    "Analyzer",
    "Codebook",
    "PiiSpan",
    "ThemeSuggestion",
    "assess_risk",
    "detect_risk",
    "load_analyzer",
    "load_codebook",
    "redact",
]


def load_analyzer(settings: "Settings", **kwargs: "Path | None") -> "Analyzer":
    """Load the spaCy pipeline (slow, ~1 s) and return an Analyzer; call off the event loop."""
    from storybot.nlp.pipeline import load_analyzer as _load

    return _load(settings, **kwargs)


def __getattr__(name: str) -> object:
    if name == "Analyzer":
        from storybot.nlp.pipeline import Analyzer

        return Analyzer
    raise AttributeError(name)
