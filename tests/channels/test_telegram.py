"""The real python-telegram-bot Application against a fake Bot API on 127.0.0.1."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from storybot.channels.telegram import split_text
from storybot.conversation.engine import COMMANDS
from storybot.prompts import Locale, Prompts

from tests.channels.conftest import Chatter
from storybot.testing.fakebotapi import FakeBotAPI

pytestmark = pytest.mark.usefixtures("bot")

ANSWER = "The woman at the food bank remembered my name and asked how my son was getting on"


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


async def test_a_whole_story_from_start_to_submitted(fake: FakeBotAPI, en: Locale, db_path: Path) -> None:
    person = Chatter(fake, 1001)
    questions = en.question_sets["participant"].questions
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["reports"].label, until=questions[0].text)
    await person.answer_all(questions, en.messages.review_intro, lambda q: f"{ANSWER} ({q.id})")
    await person.press(en.buttons.submit, until="Thank you for sharing your story")
    assert rows(db_path, "SELECT status FROM stories") == [("pending",)]
    assert rows(db_path, "SELECT scope FROM consents") == [("reports",)]
    assert len(rows(db_path, "SELECT * FROM answers")) == len(questions)
    # The Telegram user id is kept only in identities, apart from the person's stories.
    assert rows(db_path, "SELECT channel, external_id FROM identities") == [("telegram", "1001")]


async def test_commands_are_registered(fake: FakeBotAPI) -> None:
    assert [c["command"] for c in fake.commands()] == list(COMMANDS)


async def test_buttons_are_acknowledged_and_taken_away(fake: FakeBotAPI, en: Locale) -> None:
    person = Chatter(fake, 1002)
    consent = await person.say("/start", until="Before you start")
    await person.press(en.consent.decline_label, until="That's completely fine")
    assert fake.calls("answerCallbackQuery")
    assert "reply_markup" not in next(
        m for m in fake.messages_to(1002) if m["message_id"] == consent["message_id"]
    )


async def test_a_group_is_told_once_and_left_and_nothing_is_stored(fake: FakeBotAPI, db_path: Path) -> None:
    fake.send_text(2001, "/start", chat_id=-500, chat_type="group")
    notice = await fake.await_message(-500)
    assert "private chat" in notice["text"]
    await fake.await_method("leaveChat")
    assert rows(db_path, "SELECT * FROM people") == []


async def test_being_added_to_a_group_says_so_and_leaves(fake: FakeBotAPI, db_path: Path) -> None:
    fake.add_to_group(2002, -600)
    assert "private chat" in (await fake.await_message(-600))["text"]
    await fake.await_method("leaveChat")
    assert rows(db_path, "SELECT * FROM people") == []


async def test_a_photo_gets_a_kind_reply_and_is_not_stored(fake: FakeBotAPI, en: Locale, db_path: Path) -> None:
    person = Chatter(fake, 1003)
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["team"].label, until="Question 1")
    fake.send_photo(1003, caption="this is my street")
    await person.wait("I can only take written messages")
    fake.send_voice(1003)
    await person.wait("I can only take written messages")
    assert rows(db_path, "SELECT * FROM answers") == []


async def test_an_edited_answer_is_updated(fake: FakeBotAPI, en: Locale, db_path: Path) -> None:
    person = Chatter(fake, 1004)
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["team"].label, until="Question 1")
    await person.say(ANSWER, until="Question 2")
    fake.edit_text(1004, person.sent["message"]["message_id"], "My garden and my grandchildren matter most")
    await person.wait("I've updated your answer")
    assert rows(db_path, "SELECT text FROM answers") == [("My garden and my grandchildren matter most",)]


async def test_messages_from_other_bots_are_ignored(fake: FakeBotAPI, db_path: Path) -> None:
    update = fake.send_text(3001, "/start", is_bot=True)
    await asyncio.to_thread(fake.wait_for_confirmed, update["update_id"])
    human = Chatter(fake, 3002)
    await human.say("/help", until="/mystories")  # handled after the bot's update
    assert fake.messages_to(3001) == []
    assert rows(db_path, "SELECT count(*) FROM identities") == [(1,)]


async def test_a_long_review_is_split_with_buttons_on_the_last_part(fake: FakeBotAPI, en: Locale) -> None:
    person = Chatter(fake, 1005)
    questions = en.question_sets["participant"].questions
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["team"].label, until="Question 1")
    long_answer = ("I waited and waited for someone to call me back. " * 80).strip()
    assert len(long_answer) < 4096
    await person.answer_all(questions, en.messages.review_intro, lambda _: long_answer)
    # The parts go out one after another; on a loaded machine the last can lag (up to 10 s).
    for _ in range(100):
        review = [m for m in fake.messages_to(1005) if m["message_id"] >= person.last["message_id"]]
        if review and "reply_markup" in review[-1]:
            break
        await asyncio.sleep(0.1)
    assert len(review) > 1
    assert all(len(m["text"]) <= 4096 for m in review)
    assert "reply_markup" in review[-1] and all("reply_markup" not in m for m in review[:-1])
    await person.press(en.buttons.submit, until="Thank you for sharing your story")


def test_split_text_keeps_every_word() -> None:
    text = "\n\n".join(f"paragraph {i} " + "word " * 300 for i in range(20))
    parts = split_text(text, limit=1000)
    assert all(len(p) <= 1000 for p in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())
    assert split_text("x" * 2500, limit=1000) == ["x" * 1000, "x" * 1000, "x" * 500]
