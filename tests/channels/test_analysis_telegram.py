"""Through the fake Bot API: disclosures reach the team, analysis runs off the event loop."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from storybot.channels.telegram import build_application
from storybot.config import Settings, load_settings
from storybot.db import Database
from storybot.nlp.pipeline import Analyzer
from storybot.prompts import Locale, Prompts

from tests.channels.conftest import Chatter, running
from storybot.testing.fakebotapi import FakeBotAPI

ADMIN = 9001
DISCLOSURE = "Honestly everyone would be better off without me and I have been saving up my tablets"


@pytest.fixture
def settings(fake: FakeBotAPI, db_path: Path) -> Settings:
    return load_settings(
        telegram_token=fake.token, telegram_api_url=fake.base_url, database=db_path,
        admin_ids=frozenset({ADMIN}), _env_file=None,
    )


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.usefixtures("bot")
async def test_a_disclosure_gets_helplines_first_and_the_team_is_told(fake: FakeBotAPI, en: Locale) -> None:
    admin = Chatter(fake, ADMIN)
    await admin.say("/help", until="/mystories")  # Telegram only lets bots write to people who started them
    person = Chatter(fake, 5001)
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["team"].label, until="Question 1")
    before = len(fake.messages_to(5001))
    fake.send_text(5001, DISCLOSURE)
    first = await fake.await_message(5001, after=before)
    assert "116 123" in first["text"] and "999" in first["text"]
    notice = await admin.wait("Safeguarding")
    assert "tablets" not in notice["text"] and "better off" not in notice["text"]
    await admin.press(en.safeguarding.ack_button, until="taken in hand by you")
    await person.press(en.safeguarding.contact_yes, until="get in touch")
    contact = await admin.wait("asked for someone from the team to contact them")
    assert "tablets" not in contact["text"]


@pytest.mark.usefixtures("bot")
async def test_a_told_story_is_analysed_within_seconds(fake: FakeBotAPI, en: Locale, db_path: Path) -> None:
    person = Chatter(fake, 5002)
    questions = en.question_sets["participant"].questions
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["sessions"].label, until=questions[0].text)
    await person.answer_all(
        questions, en.messages.review_intro, lambda _: "My support worker Dave helped me get my own flat after the hostel"
    )
    await person.press(en.buttons.submit, until="Thank you for sharing your story")
    deadline = time.monotonic() + 60  # the model loads on first need
    while not rows(db_path, "SELECT * FROM analyses") and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert rows(db_path, "SELECT count(*) FROM analyses") == [(1,)]
    assert ("housing",) in rows(db_path, "SELECT theme_id FROM theme_suggestions")


async def fill_backlog(db_path: Path, count: int) -> None:
    db = await Database.open(db_path)
    try:
        async with db.transaction() as store:
            person = await store.person_for("import", "backlog", "en")
            consent = await store.record_consent(person.id, "given", "sessions", "v1")
            for number in range(count):
                story = await store.create_story(person.id, consent, "participant", "participant", "en")
                await store.save_answer(
                    story, "what_matters", 0,
                    f"Story {number}: the housing team listened, and my key worker helped with my benefits "
                    "forms and the rent arrears until I could breathe again.", None,
                )
                await store.submit_story(story)
    finally:
        await db.close()


@pytest.fixture
async def busy_bot(settings: Settings, prompts: Prompts, db_path: Path, analyzer: Analyzer) -> AsyncIterator[None]:
    await fill_backlog(db_path, 2000)
    async with running(build_application(settings, prompts, load_analyzer=lambda: analyzer)):
        yield


@pytest.mark.serial
@pytest.mark.usefixtures("busy_bot")
async def test_replies_stay_prompt_while_a_2000_story_backlog_is_analysed(fake: FakeBotAPI, db_path: Path) -> None:
    person = Chatter(fake, 5003)
    deadline = time.monotonic() + 60
    while not rows(db_path, "SELECT * FROM analyses") and time.monotonic() < deadline:
        await asyncio.sleep(0.1)  # wait until the worker is busy with the backlog
    latencies = []
    for _ in range(5):
        started = time.monotonic()
        await person.say("/help", until="/mystories")
        latencies.append(time.monotonic() - started)
        await asyncio.sleep(0.2)
    analysed = rows(db_path, "SELECT count(*) FROM analyses")[0][0]
    assert 0 < analysed < 2000, "the replies must have been measured while the backlog was being analysed"
    # Analysing 2,000 stories takes about a minute; a reply waits for none of it.
    assert max(latencies) < 2.0, latencies
