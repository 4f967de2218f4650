"""NLP fixtures; the real pipeline itself (`analyzer`) is loaded once in tests/conftest.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storybot.config import Settings
from storybot.nlp import Analysis
from storybot.nlp.pipeline import Analyzer


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(_env_file=None)  # type: ignore[call-arg]


@pytest.fixture(scope="session")
def analyse(analyzer: Analyzer) -> Callable[[str], Analysis]:
    return analyzer.analyse_one
