"""The weekly retraining job: Sunday night by default, in a child process, reloads the model."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from storybot.config import load_settings
from storybot.db import Database
from storybot.jobs import RETRAIN, Jobs
from storybot.prompts import Prompts

from tests.jobs.conftest import LONDON, START, Outbox
from tests.seeding import confirm_directly, seed_story

THEMES = ["housing", "money", "being_heard", "connection", "work_learning"]


def test_retraining_is_due_on_sunday_at_two(db_path: Path, prompts: Prompts, outbox: Outbox) -> None:
    jobs = Jobs(None, prompts, load_settings(database=db_path, _env_file=None), outbox)  # type: ignore[arg-type]
    assert jobs.next_due(RETRAIN, START) == datetime(2026, 1, 18, 2, 0, tzinfo=LONDON)  # START is a Monday
    custom = load_settings(database=db_path, retrain_weekday="Wednesday", retrain_time="23:30", _env_file=None)
    assert Jobs(None, prompts, custom, outbox).next_due(RETRAIN, START) == datetime(  # type: ignore[arg-type]
        2026, 1, 14, 23, 30, tzinfo=LONDON
    )


async def test_with_too_few_reviewed_stories_nothing_is_trained(
    db: Database, db_path: Path, tmp_path: Path, prompts: Prompts, outbox: Outbox
) -> None:
    reloaded: list[None] = []
    settings = load_settings(database=db_path, models_dir=tmp_path / "models", _env_file=None)
    jobs = Jobs(db, prompts, settings, outbox, on_new_model=lambda: reloaded.append(None))
    assert await jobs.retrain(START) == {"retrained": False, "exit_code": 2}
    assert reloaded == [] and not (tmp_path / "models").exists()


@pytest.mark.slow
async def test_enough_reviewed_stories_train_a_model_and_reload_it(
    db: Database, db_path: Path, tmp_path: Path, prompts: Prompts, outbox: Outbox
) -> None:
    for number in range(12):
        theme = THEMES[number % len(THEMES)]
        story = await seed_story(db, f"Story {number} about {theme.replace('_', ' ')}: the team helped me a lot.")
        await confirm_directly(db, story, [theme])
    reloaded: list[None] = []
    settings = load_settings(
        database=db_path, models_dir=tmp_path / "models", retrain_min_stories=10, _env_file=None
    )
    jobs = Jobs(db, prompts, settings, outbox, on_new_model=lambda: reloaded.append(None))
    result = await jobs.retrain(START)
    assert result["retrained"] is True
    assert (tmp_path / "models").is_dir()
    assert reloaded == ([None] if result["activated"] else [])
