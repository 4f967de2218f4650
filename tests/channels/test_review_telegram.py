"""Review and story sets end to end: the real Application against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from storybot.channels.telegram import build_application
from storybot.config import Settings, load_settings
from storybot.db import Database
from storybot.prompts import Locale, Prompts

from tests.channels.conftest import Chatter, running
from tests.conversation.test_roles import Clock
from storybot.testing.fakebotapi import FakeBotAPI
from tests.seeding import seed_story

FAY, FINN, TELLER = 9101, 9102, 9103
TEXT = "I told Dave at the council about the rent and the landlord finally fixed the damp."


@pytest.fixture
def settings(fake: FakeBotAPI, db_path: Path) -> Settings:
    return load_settings(
        telegram_token=fake.token, telegram_api_url=fake.base_url, database=db_path,
        admin_ids=f"{FAY},{FINN}", _env_file=None,
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def seeded(db_path: Path, clock: Clock) -> tuple[int, int]:
    db = await Database.open(db_path, clock=clock)
    try:
        start = TEXT.index("Dave")
        first = await seed_story(
            db, TEXT, themes=[("housing", 0.91, ["rent", "landlord"])],
            redactions=[("support_helped", start, start + 4, "PERSON")], teller=("telegram", str(TELLER)),
        )
        async with db.transaction() as store:
            await store.set_hear_back(await store.story_owner(first), first, True)
        clock.advance(minutes=1)
        second = await seed_story(db, "The food bank volunteer remembered my name.", themes=[("money", 0.8, ["food bank"])])
    finally:
        await db.close()
    return first, second


@pytest.fixture
async def app(settings: Settings, prompts: Prompts, clock: Clock, seeded: tuple[int, int]
              ) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    application = build_application(settings, prompts, clock=clock)
    async with running(application):
        yield application


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.usefixtures("app")
async def test_review_lease_and_story_set_through_telegram(
    fake: FakeBotAPI, en: Locale, db_path: Path, clock: Clock, seeded: tuple[int, int]
) -> None:
    first, second = seeded
    fay, finn, teller = Chatter(fake, FAY), Chatter(fake, FINN), Chatter(fake, TELLER)
    await teller.say("/mystories", until="Your stories")  # Telegram lets a bot write only to known chats
    await fay.say("/review", until="⟦1 PERSON: Dave⟧")
    await finn.say("/review", until="food bank")  # a different story for the second facilitator
    assert "Dave" not in finn.last["text"]

    await fay.press("⬜ Home and housing", until="Suggested themes")
    labels = [b["text"] for row in fay.last["reply_markup"]["inline_keyboard"] for b in row]
    assert "✅ Home and housing" in labels
    await fay.press(en.review.buttons.add_theme, until=en.review.messages.review_add_pick)
    await fay.press("Money", until="Suggested themes")
    await fay.press(en.review.buttons.edit_text, until=en.review.messages.review_edit_pick)
    await fay.press("When support helped", until="Send the corrected wording")
    await fay.say("I told [PERSON] at the [ORG] about the rent and the landlord finally fixed the damp.",
                  until="✏️ I told [PERSON] at the [ORG]")
    await fay.press(en.review.buttons.confirm, until="Confirmed, with themes: Home and housing, Money")
    assert rows(db_path, f"SELECT status FROM stories WHERE id = {first}") == [("confirmed",)]
    assert rows(db_path, f"SELECT text FROM reviewed_answers WHERE story_id = {first}") == [
        ("I told [PERSON] at the [ORG] about the rent and the landlord finally fixed the damp.",),
    ]
    assert rows(db_path, f"SELECT theme_id, source FROM story_themes WHERE story_id = {first} ORDER BY 1") == [
        ("housing", "suggested"), ("money", "added"),
    ]

    # Finn walks away; after the lease runs out Fay may take his story, and his buttons stop working.
    clock.advance(minutes=31)
    await fay.say("/review", until="food bank")
    await finn.press("⬜ Money", until=en.review.messages.review_lost)
    await fay.press(en.review.buttons.skip, until="Skipped for now")
    assert rows(db_path, f"SELECT status FROM stories WHERE id = {second}") == [("pending",)]

    # A session, its set as files, and the teller who asked to hear back is told.
    await fay.say("/session Winter learning day; 2026-12-03; housing", until="Session created")
    await fay.say("/storyset", until=en.review.messages.storyset_pick)
    await fay.press("Winter learning day (2026-12-03)", until="Here is the story set")
    documents = [(await fake.await_method("sendDocument")).params for _ in range(3)]
    assert [d["document"].filename for d in documents] == [
        "winter-learning-day-2026-12-03.html", "winter-learning-day-2026-12-03.csv",
        "winter-learning-day-2026-12-03.json",
    ]
    page = documents[0]["document"].data.decode()
    assert "[ORG]" in page and "Dave" not in page and "council" not in page and str(TELLER) not in page
    assert "@page" in page and "<svg" in page and en.review.discussion_prompts[0].replace("'", "&#x27;") in page
    assert json.loads(documents[2]["document"].data)["cards"][0]["themes"] == ["housing", "money"]
    notice = await teller.wait("Winter learning day")
    assert "without your name" in notice["text"] and "Dave" not in notice["text"]
    for _ in range(50):  # marked sent just after the message goes
        if rows(db_path, "SELECT sent_at IS NOT NULL FROM teller_notices") == [(1,)]:
            break
        await asyncio.sleep(0.1)
    assert rows(db_path, "SELECT sent_at IS NOT NULL FROM teller_notices") == [(1,)]
