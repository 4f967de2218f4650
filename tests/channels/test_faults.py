"""Faults of the Bot API: the bot keeps running, backs off, and delivers each reply once."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from storybot.channels.telegram_pace import PacedRateLimiter
from storybot.testing.fakebotapi import FakeBotAPI

from tests.channels.conftest import Chatter

HELP = "/mystories"


def helps(fake: FakeBotAPI, user: int) -> int:
    return sum(HELP in m["text"] for m in fake.messages_to(user))


@pytest.mark.usefixtures("bot")
@pytest.mark.parametrize("fault", ["500", "502", "429", "disconnect"])
async def test_a_failed_send_is_retried_and_delivered_once(fault: str, fake: FakeBotAPI) -> None:
    if fault == "disconnect":
        fake.disconnect_next("sendMessage")
    elif fault == "429":
        fake.fail_next("sendMessage", 429, retry_after=1)
    else:
        fake.fail_next("sendMessage", int(fault))
    person = Chatter(fake, 8001)
    await person.say("/help", until=HELP)
    await asyncio.sleep(0.3)
    assert helps(fake, 8001) == 1


@pytest.mark.usefixtures("bot")
async def test_getupdates_failures_are_ridden_out(fake: FakeBotAPI) -> None:
    fake.fail_next("getupdates", 500, count=2)
    fake.disconnect_next("getupdates")
    await Chatter(fake, 8002).say("/help", until=HELP)


@pytest.mark.usefixtures("bot")
async def test_telegram_unreachable_for_a_while(fake: FakeBotAPI) -> None:
    person = Chatter(fake, 8003)
    await person.say("/help", until=HELP)
    fake.go_offline(2.0)
    fake.send_text(8003, "/help")  # waits at Telegram until the bot can reach it again
    await person.wait(HELP, timeout=20)
    await person.say("/privacy", until="How we look after your stories")
    assert helps(fake, 8003) == 2


@pytest.mark.usefixtures("bot")
async def test_a_send_stalled_beyond_the_timeout_is_not_sent_twice(fake: FakeBotAPI) -> None:
    # The fake carries the stalled call out after the stall, as Telegram may: resending
    # after the read timeout (PTB's default 5 s) would show the reply twice.
    fake.stall_next("sendMessage", 6.5)
    person = Chatter(fake, 8004)
    fake.send_text(8004, "/help")
    await person.wait(HELP, timeout=20)
    await person.say("/privacy", until="How we look after your stories")
    await asyncio.sleep(0.3)
    assert helps(fake, 8004) == 1


@pytest.mark.serial
async def test_one_chat_is_paced_with_a_short_burst() -> None:
    limiter = PacedRateLimiter(chat_rate=10, chat_burst=3)
    begun = time.monotonic()
    for _ in range(3):
        await limiter._pace(1)
    burst = time.monotonic() - begun
    for _ in range(3):
        await limiter._pace(1)
    paced = time.monotonic() - begun
    await limiter._pace(2)  # another chat is not held up
    assert burst < 0.05
    assert 0.25 <= paced < 0.6
    assert time.monotonic() - begun - paced < 0.05


async def test_a_replayed_update_is_applied_once(fake: FakeBotAPI, bot: object, db_path: Path) -> None:
    from storybot.channels.telegram_intake import Intake

    person = Chatter(fake, 8005)
    await person.say("/start", until="Before you start")
    await person.press("Only the team", until="Question 1")
    update = fake.send_text(8005, "an answer with plenty of words in it")
    await person.wait("Question 2")
    intake: Intake = bot.bot_data["intake"]  # type: ignore[attr-defined]
    await intake.drained()

    def mark_pending_again() -> None:
        # As after a crash between the engine's commit and "done": the row is pending again.
        with closing(sqlite3.connect(db_path, timeout=30)) as conn, conn:
            conn.execute("UPDATE inbox SET done_at = NULL, payload = ?, replies = ? WHERE update_id = ?",
                         (json.dumps(update), json.dumps([{"text": "Question 2, sent again", "buttons": []}]),
                          update["update_id"]))

    # In a thread: the bot's transactions span awaits, so a write that blocked the event loop
    # could wait on a lock only the loop can release ("database is locked" on a slow CI machine).
    await asyncio.to_thread(mark_pending_again)
    intake._enqueue("u8005", update["update_id"])
    await person.wait("Question 2, sent again")  # the stored replies, sent again (at least once)
    await intake.drained()
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT text FROM answers").fetchall() == [("an answer with plenty of words in it",)]


@pytest.mark.usefixtures("bot")
async def test_a_bad_request_is_not_retried_and_the_choice_still_counts(fake: FakeBotAPI) -> None:
    # After a restart a replayed button press can no longer be answered (400): asking again
    # only held up that person's lane, which stalled the 200-person crash run.
    person = Chatter(fake, 8010)
    await person.say("/start", until="Before you start")
    fake.fail_next("answerCallbackQuery", 400, description="Bad Request: query is too old")
    before = len(fake.calls("answerCallbackQuery"))
    await person.press("Not now, thank you", until="That's completely fine")
    assert len(fake.calls("answerCallbackQuery")) - before == 1
