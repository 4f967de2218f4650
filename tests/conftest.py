"""Shared fixtures: a real SQLite file per test and the shipped prompts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storybot.config import PROJECT_ROOT, load_settings
from storybot.conversation import Engine
from storybot.db import Database
from storybot.nlp import load_analyzer
from storybot.nlp.pipeline import Analyzer
from storybot.prompts import Prompts, load_prompts

from tests.talk import Talk


@pytest.fixture(scope="session")
def prompts() -> Prompts:
    return load_prompts(PROJECT_ROOT / "prompts")


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The real spaCy pipeline, loaded once per test session."""
    return load_analyzer(load_settings(_env_file=None))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "storybot.db"


@pytest.fixture
async def db(db_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(db_path)
    yield database
    await database.close()


@pytest.fixture
def engine(db: Database, prompts: Prompts) -> Engine:
    return Engine(db, prompts)


@pytest.fixture
def talk(engine: Engine) -> Talk:
    return Talk(engine, "alex")
