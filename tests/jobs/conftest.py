"""Fixtures for scheduled jobs: a hand-moved clock, a database on it, and an outbox."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from storybot.config import Settings, load_settings
from storybot.conversation import Engine
from storybot.db import Address, Database
from storybot.errors import Blocked
from storybot.jobs import Jobs
from storybot.models import Reply
from storybot.prompts import Prompts

from tests.clock import FakeClock
from tests.talk import Talk

LONDON = ZoneInfo("Europe/London")
# A Monday morning in winter, when London is on UTC.
START = datetime(2026, 1, 12, 10, 0, tzinfo=LONDON)


class Outbox:
    """Stands in for a channel's send: records messages, refuses blocked people with Blocked."""

    def __init__(self) -> None:
        self.sent: list[tuple[Address, Reply]] = []
        self.blocked: set[str] = set()
        self.attempts: list[Address] = []

    async def __call__(self, address: Address, reply: Reply) -> None:
        self.attempts.append(address)
        if address.external_id in self.blocked:
            raise Blocked("blocked")
        self.sent.append((address, reply))

    def to(self, external_id: str) -> list[Reply]:
        return [reply for address, reply in self.sent if address.external_id == external_id]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def db(db_path: Path, clock: FakeClock) -> AsyncIterator[Database]:
    database = await Database.open(db_path, clock=clock)
    yield database
    await database.close()


@pytest.fixture
def settings(db_path: Path, tmp_path: Path) -> Settings:
    return load_settings(database=db_path, backup_dir=tmp_path / "backups", _env_file=None)


@pytest.fixture
def outbox() -> Outbox:
    return Outbox()


@pytest.fixture
async def jobs(db: Database, prompts: Prompts, settings: Settings, outbox: Outbox) -> Jobs:
    # Talk's people are on the "test" channel.
    jobs = Jobs(db, prompts, settings, outbox, channels=("test",))
    await jobs.start()
    return jobs


def talker(engine: Engine, name: str) -> Talk:
    return Talk(engine, name)


async def start_story(talk: Talk, prompts: Prompts, answers: int = 1) -> None:
    """Consent and answer the first questions, leaving a draft."""
    en = prompts.for_language("en")
    await talk.say("/start")
    await talk.press(en.consent.scopes["sessions"].label)
    for index in range(answers):
        await talk.say(f"Answer {index} from {talk.sender.external_id}: the library let me use the phone for free")


def rows(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql, params).fetchall()
