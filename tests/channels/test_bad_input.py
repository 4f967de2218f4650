"""Bad input, one kind per case: each gets a clear reply or is ignored safely.

Every case runs through the real Application and durable intake against the fake Bot API.
After each, the bot must still answer the same person, nothing may be logged at ERROR,
the token must not appear in the log, and what is stored must be exactly what was sent.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from storybot.prompts import Locale, Prompts
from storybot.testing.fakebotapi import FakeBotAPI

from tests.channels.conftest import Chatter

pytestmark = pytest.mark.usefixtures("bot")

USER = 7001
UNSUPPORTED = "I can only take written messages"
BLANK = "I couldn't see any words"
FORWARDED = "forwarded message"
STALE = "That button belongs to an earlier message"
UNKNOWN = "I don't know that command"
HELP = "/mystories"
PRIVACY = "How we look after your stories"


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


_ids = iter(range(100_000, 10**9))


def raw_message(user_id: int, content: dict[str, Any], *, chat: dict[str, Any] | None = None, sender: dict[str, Any] | None = None) -> dict[str, Any]:
    """Build a message as Telegram sends it, with any content."""
    return {
        "message_id": next(_ids),
        "from": sender or {"id": user_id, "is_bot": False, "first_name": "Pat", "language_code": "en"},
        "chat": chat or {"id": user_id, "type": "private", "first_name": "Pat"},
        "date": int(time.time()),
        **content,
    }


FILE = {"file_id": "f1", "file_unique_id": "u1"}


@dataclass
class Case:
    """What a person sends and what should come of it."""

    send: Callable[[FakeBotAPI], Any]
    reply: str | None  # words the reply contains, or None when it is ignored
    in_question: bool = True  # the person is at question 1 (else idle, before /start)
    stored: str | None = None  # the exact answer stored for question 1, when one should be


def message(content: dict[str, Any]) -> Callable[[FakeBotAPI], Any]:
    return lambda fake: fake.send_update({"message": raw_message(USER, content)})


def text(value: str) -> Callable[[FakeBotAPI], Any]:
    return lambda fake: fake.send_text(USER, value)


def press(data: str) -> Callable[[FakeBotAPI], Any]:
    """Press a button with any data on the bot's latest message."""
    return lambda fake: fake.press_button(USER, data, message_id=fake.messages_to(USER)[-1]["message_id"], check=False)


def update(kind: str, payload: dict[str, Any]) -> Callable[[FakeBotAPI], Any]:
    return lambda fake: fake.send_update({kind: payload})


PERSON = {"id": USER, "is_bot": False, "first_name": "Pat"}
HUGE = "word " * 20_000  # far beyond Telegram's 4096: a forged update
SQL = "Robert'); DROP TABLE stories;-- and more words"
HTML = "<b>bold</b> <script>alert(1)</script> &amp; <a href='x'>link</a>"
MARKDOWN = "*bold* _it_ [link](http://x) `code` ```pre``` \\ ~strike~ ||spoiler||"
RTL = "\u202eأهلا بكم في المدينة שלום עולם good words"
COMBINING = "Z\u0351\u0364\u036b\u0313a\u0306\u0303l\u0352g\u0350o text here now"

CASES: dict[str, Case] = {
    # --- every kind of message Telegram can send, besides text ---------------------
    "photo": Case(lambda f: f.send_photo(USER, caption="my street"), UNSUPPORTED),
    "voice": Case(lambda f: f.send_voice(USER), UNSUPPORTED),
    "document": Case(lambda f: f.send_document(USER, b"story"), UNSUPPORTED),
    "sticker": Case(lambda f: f.send_sticker(USER), UNSUPPORTED),
    "location": Case(lambda f: f.send_location(USER, 51.5, -0.1), UNSUPPORTED),
    "contact": Case(lambda f: f.send_contact(USER, "+447700900123", "Sam"), UNSUPPORTED),
    "video": Case(message({"video": {**FILE, "width": 1, "height": 1, "duration": 1}}), UNSUPPORTED),
    "video_note": Case(message({"video_note": {**FILE, "length": 1, "duration": 1}}), UNSUPPORTED),
    "audio": Case(message({"audio": {**FILE, "duration": 1}}), UNSUPPORTED),
    "animation": Case(message({"animation": {**FILE, "width": 1, "height": 1, "duration": 1}}), UNSUPPORTED),
    "poll": Case(message({"poll": {"id": "p", "question": "q?", "options": [{"text": "a", "voter_count": 0, "persistent_id": "o1"}],
                                   "total_voter_count": 0, "is_closed": False, "is_anonymous": True,
                                   "type": "regular", "allows_multiple_answers": False,
                                   "allows_revoting": False, "members_only": False}}), UNSUPPORTED),
    "dice": Case(message({"dice": {"emoji": "🎲", "value": 3}}), UNSUPPORTED),
    "venue": Case(message({"venue": {"location": {"latitude": 1, "longitude": 2}, "title": "t", "address": "a"}}), UNSUPPORTED),
    "story": Case(message({"story": {"chat": {"id": 5, "type": "private"}, "id": 1}}), UNSUPPORTED),
    "service message": Case(message({"write_access_allowed": {}}), None),
    "unknown future message field": Case(message({"hologram": {"id": 1}}), UNSUPPORTED),
    # --- texts --------------------------------------------------------------------
    "empty text (forged)": Case(message({"text": ""}), UNSUPPORTED),
    "spaces only": Case(text("     "), BLANK),
    "zero-width characters only": Case(text("\u200b\u200c\u200d\ufeff"), BLANK),
    "control characters only": Case(text("\x00\x07\x1b\x7f"), BLANK),
    "huge text": Case(text(HUGE), "Question 2", stored=HUGE),
    "exactly 4096 characters": Case(text("a " * 2048), "Question 2", stored="a " * 2048),
    "control characters inside words": Case(text("my \x00 friend \x1b[31m helped a lot"), "Question 2",
                                            stored="my \x00 friend \x1b[31m helped a lot"),
    "zero-width inside words": Case(text("my\u200b friend\u200d helped me a lot"), "Question 2",
                                    stored="my\u200b friend\u200d helped me a lot"),
    "right-to-left text": Case(text(RTL), "Question 2", stored=RTL),
    "combining characters": Case(text(COMBINING), "Question 2", stored=COMBINING),
    "emoji sequences": Case(text("👩‍👩‍👧‍👦 🏳️‍🌈 family means everything 🇬🇧"), "Question 2",
                            stored="👩‍👩‍👧‍👦 🏳️‍🌈 family means everything 🇬🇧"),
    "lone surrogate": Case(text("broken \ud800 pair but words"), "Question 2", stored="broken \ufffd pair but words"),
    "SQL-looking text": Case(text(SQL), "Question 2", stored=SQL),
    "HTML-looking text": Case(text(HTML), "Question 2", stored=HTML),
    "Markdown-looking text": Case(text(MARKDOWN), "Question 2", stored=MARKDOWN),
    # --- forwarded and edited -----------------------------------------------------
    "forwarded text": Case(lambda f: f.forward_text(USER, "someone else's words about me"), FORWARDED),
    "edit of a message that is no answer": Case(
        lambda f: f.edit_text(USER, f.send_text(USER, "/help")["message"]["message_id"], "new words here"), "couldn't match"),
    "edited photo caption": Case(update("edited_message", raw_message(USER, {"photo": [{**FILE, "width": 1, "height": 1}],
                                                                            "caption": "x", "edit_date": 1})), None),
    # --- buttons ------------------------------------------------------------------
    "forged callback data": Case(press("submit:99999"), STALE),
    "callback for another action": Case(press("consent:admin"), STALE),
    "empty callback data": Case(press(""), STALE),
    "huge story number": Case(press("withdraw-yes:99999999999999999999999"), STALE),
    "superscript digits": Case(press("withdraw:²"), STALE),
    "SQL in callback data": Case(press("withdraw:1 OR 1=1"), STALE),
    "stale button from an old message": Case(press("consent:team"), STALE),
    "callback without a message (inline)": Case(update("callback_query", {"id": "q1", "from": PERSON, "chat_instance": "1",
                                                                          "inline_message_id": "im", "data": "submit:1"}), None),
    # --- commands with odd arguments ------------------------------------------------
    "unknown command": Case(text("/frobnicate"), UNKNOWN),
    "upper-case command": Case(text("/HELP"), HELP),
    "command for this bot by name": Case(text("/help@storybot_test_bot"), HELP),
    "withdraw with letters": Case(text("/withdraw abc"), "no stories that can be taken back"),
    "withdraw with a negative number": Case(text("/withdraw -1"), "no stories that can be taken back"),
    "withdraw with superscript digit": Case(text("/withdraw ²"), "no stories that can be taken back"),
    "start with a deep-link payload": Case(text("/start <script>x</script>"), "Before you start", in_question=False),
    "slash alone": Case(text("/"), "Would you like to tell a story", in_question=False),
    # --- other chats and senders ------------------------------------------------------
    "group message": Case(lambda f: f.send_text(USER, "/start", chat_id=-900, chat_type="group"), None, in_question=False),
    "supergroup message": Case(lambda f: f.send_text(USER, "hello", chat_id=-100900, chat_type="supergroup"), None, in_question=False),
    "channel post": Case(lambda f: f.channel_post(-100901, "news"), None, in_question=False),
    "edited channel post": Case(update("edited_channel_post", raw_message(0, {"text": "x", "edit_date": 1},
                                chat={"id": -100902, "type": "channel", "title": "c"}, sender={"id": 1, "is_bot": True, "first_name": "c"})), None),
    "message from another bot": Case(lambda f: f.send_text(USER + 1, "/start", is_bot=True), None, in_question=False),
    "inline query": Case(update("inline_query", {"id": "i", "from": PERSON, "query": "q", "offset": ""}), None),
    "message reaction": Case(update("message_reaction", {"chat": {"id": USER, "type": "private"}, "message_id": 1,
                                                          "date": 1, "old_reaction": [], "new_reaction": [], "user": PERSON}), None),
    "update type PTB does not know": Case(update("teleportation", {"from": PERSON}), None),
    "malformed update (message without chat)": Case(update("message", {"message_id": 5, "date": 1, "text": "x"}), None),
}


async def start_question(fake: FakeBotAPI, en: Locale) -> Chatter:
    person = Chatter(fake, USER)
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["team"].label, until="Question 1")
    return person


@pytest.mark.parametrize("name", list(CASES))
async def test_bad_input(name: str, fake: FakeBotAPI, prompts: Prompts, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    case = CASES[name]
    en = prompts.for_language("en")
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.WARNING, logger="httpx")  # as `storybot run` sets it: URLs carry the token
    person = await start_question(fake, en) if case.in_question else Chatter(fake, USER)
    before = len(fake.messages_to(USER))
    case.send(fake)
    if case.reply is not None:
        await person.wait(case.reply)
    # The same person is still answered, after the bad input (one lane, in order).
    await person.say("/privacy", until=PRIVACY)
    said = [m["text"] for m in fake.messages_to(USER)[before:]]
    if case.reply is None:
        assert len(said) == 1, f"expected the bad input to be ignored, got {said}"
    stored = rows(db_path, "SELECT text FROM answers")
    assert stored == ([(case.stored,)] if case.stored is not None else [])
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert fake.token not in caplog.text
    assert all(call.params.get("parse_mode") is None for call in fake.calls("sendMessage"))


async def test_html_and_markdown_are_shown_as_typed(fake: FakeBotAPI, prompts: Prompts) -> None:
    en = prompts.for_language("en")
    person = await start_question(fake, en)
    await person.say(HTML + " " + MARKDOWN, until="Question 2")
    await person.say("/skip", until="Question 3")
    for _ in range(5):
        await person.say("/skip", until="")
    review = await person.wait(en.messages.review_intro.strip()[:20])
    assert HTML in review["text"] and MARKDOWN in review["text"]


async def test_a_person_who_blocked_the_bot_is_left_alone(fake: FakeBotAPI, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    person = Chatter(fake, USER)
    await person.say("/start", until="Before you start")
    fake.block_bot(USER)
    fake.send_text(USER, "/help")  # the reply gets 403 Forbidden
    other = Chatter(fake, USER + 5)
    await other.say("/help", until=HELP)
    await fake.await_method("sendMessage", predicate=lambda c: c.status == 403)
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    fake.unblock_bot(USER)
    await person.say("/help", until=HELP)


async def test_many_messages_at_once_are_kept_in_order(fake: FakeBotAPI, prompts: Prompts, db_path: Path) -> None:
    en = prompts.for_language("en")
    person = await start_question(fake, en)
    questions = en.question_sets["participant"].questions
    answers = [f"answer {n} with enough words to count" for n in range(len(questions))]
    for answer in answers:
        fake.send_text(USER, answer)  # all at once, before any reply
    await person.wait(en.messages.review_intro.strip()[:20], timeout=20)
    assert [r[0] for r in rows(db_path, "SELECT text FROM answers ORDER BY position")] == answers


async def test_the_same_update_twice_is_handled_once(fake: FakeBotAPI, prompts: Prompts, db_path: Path) -> None:
    en = prompts.for_language("en")
    person = await start_question(fake, en)
    sent = fake.send_text(USER, "one answer given only once please")
    await person.wait("Question 2")
    fake.send_update(sent)  # Telegram delivering an update again (same update_id)
    await person.say("/privacy", until=PRIVACY)
    assert rows(db_path, "SELECT text FROM answers") == [("one answer given only once please",)]
    assert sum("Question 2" in m["text"] for m in fake.messages_to(USER)) == 1
