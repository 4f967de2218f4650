"""Scheduled jobs in the running Telegram bot: PTB's JobQueue ticks, the fake Bot API answers."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from telegram.ext import Application

from storybot.channels.telegram import build_application
from storybot.config import Settings, load_settings
from storybot.nlp.pipeline import Analyzer
from storybot.prompts import Locale, Prompts

from tests.channels.conftest import Chatter, running
from tests.clock import FakeClock
from storybot.testing.fakebotapi import FakeBotAPI

START = datetime(2026, 1, 12, 10, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def job_settings(fake: FakeBotAPI, db_path: Path, tmp_path: Path) -> Settings:
    return load_settings(
        telegram_token=fake.token, telegram_api_url=fake.base_url, database=db_path, _env_file=None,
        job_tick_seconds=0.05, reminder_max=3, admin_ids="9001", backup_dir=tmp_path / "backups",
    )


@pytest.fixture
async def timed_bot(
    job_settings: Settings, prompts: Prompts, clock: FakeClock, analyzer: Analyzer
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    app = build_application(job_settings, prompts, load_analyzer=lambda: analyzer, clock=clock)
    async with running(app):
        yield app


def value(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> Any:
    with closing(sqlite3.connect(db_path)) as conn:
        row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


async def eventually(check: Any, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the condition never came true")


async def begin_story(person: Chatter, en: Locale) -> None:
    await person.say("/start", until="Before you start")
    questions = en.question_sets["participant"].questions
    await person.press(en.consent.scopes["team"].label, until=questions[0].text)
    await person.say("The nurse came on a Sunday when nobody else would", until=questions[1].text)


@pytest.mark.usefixtures("timed_bot")
async def test_reminders_through_telegram_stop_on_the_button_and_on_forbidden(
    fake: FakeBotAPI, prompts: Prompts, clock: FakeClock, db_path: Path
) -> None:
    en = prompts.for_language("en")
    stays, leaves = Chatter(fake, 5001), Chatter(fake, 5002)
    await begin_story(stays, en)
    await begin_story(leaves, en)
    fake.block_bot(5002)  # a real 403 from now on, through PTB's request machinery

    clock.advance(hours=24, minutes=20)
    await stays.wait("You started telling a story on 12 January")
    await eventually(lambda: value(db_path, "SELECT count(*) FROM people WHERE inactive_at IS NOT NULL") == 1)
    person = value(db_path, "SELECT person_id FROM identities WHERE external_id = '5002'")
    assert value(db_path, "SELECT inactive_at FROM people WHERE id = ?", (person,)) == "2026-01-13T10:20:00+00:00"

    await stays.press(en.lifecycle.stop_reminders, until="I won't send you any more reminders")
    sent_before = len(fake.calls("sendMessage"))
    for _ in range(3):  # three more days: neither is reminded again, nor is the blocked one tried
        clock.advance(hours=24, minutes=20)
        await eventually(lambda: value(db_path, "SELECT max(started_at) FROM job_runs WHERE job = 'reminders'") == clock().isoformat())
    assert len(fake.calls("sendMessage")) == sent_before
    assert value(db_path, "SELECT group_concat(outcome) FROM reminders") == "sent,blocked"


@pytest.mark.usefixtures("timed_bot")
async def test_the_weekly_digest_reaches_an_admin_on_telegram(
    fake: FakeBotAPI, prompts: Prompts, clock: FakeClock
) -> None:
    admin = Chatter(fake, 9001)
    await admin.say("/help", until="/mystories")  # Telegram lets a bot message only people who wrote first
    clock.set(datetime(2026, 1, 19, 9, 0, 30, tzinfo=ZoneInfo("Europe/London")))
    # The tick also runs the week's other due jobs first (retraining starts a process): give it time.
    message = await admin.wait("storybot weekly digest", timeout=30)
    assert "Stories waiting for review: 0" in message["text"]
