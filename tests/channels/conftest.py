"""Fixtures for the Telegram channel: the fake Bot API and the real Application running."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from storybot.channels.telegram import build_application
from storybot.channels.telegram_intake import Intake, serving
from storybot.config import Settings, load_settings
from storybot.nlp.pipeline import Analyzer
from storybot.prompts import Prompts, Question

from storybot.testing.fakebotapi import FakeBotAPI

# PTB 22 warns when RetryAfter.retry_after is read as a number; warnings are errors here.
os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(token="123456:TEST-token") as server:
        yield server


@pytest.fixture
def settings(fake: FakeBotAPI, db_path: Path) -> Settings:
    # A quick pace keeps tests fast; test_faults checks the real one (1 a second).
    return load_settings(
        telegram_token=fake.token, telegram_api_url=fake.base_url, database=db_path, _env_file=None,
        telegram_chat_rate=50, telegram_chat_burst=5,
    )


@asynccontextmanager
async def running(app: Application[Any, Any, Any, Any, Any, Any]) -> AsyncIterator[Intake]:
    """Start the app as `storybot run` does (post_init, durable intake) and stop it after."""
    async with serving(app, poll_timeout=1) as intake:
        yield intake


@pytest.fixture
async def bot(
    settings: Settings, prompts: Prompts, analyzer: Analyzer
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    app = build_application(settings, prompts, load_analyzer=lambda: analyzer)
    async with running(app):
        yield app


class Chatter:
    """A person on Telegram, talking to the bot through the fake Bot API."""

    def __init__(self, fake: FakeBotAPI, user_id: int, language: str = "en") -> None:
        self.fake = fake
        self.user_id = user_id
        self.language = language
        self.last: dict[str, Any] = {}

    async def wait(self, contains: str, timeout: float = 10.0) -> dict[str, Any]:
        """Wait for the bot's message to this person that contains the given words."""
        self.last = await self.fake.await_message(
            self.user_id, timeout=timeout, predicate=lambda m: contains in m.get("text", "")
        )
        return self.last

    async def say(self, text: str, *, until: str) -> dict[str, Any]:
        """Send a message and wait for the reply containing `until`."""
        self.sent = self.fake.send_text(self.user_id, text, language_code=self.language)
        return await self.wait(until)

    async def press(self, label: str, *, until: str) -> dict[str, Any]:
        """Press a button on the newest message that has it, and wait for the reply."""
        for message in reversed(self.fake.messages_to(self.user_id)):
            for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label:
                        self.fake.press_button(self.user_id, button["callback_data"], message_id=message["message_id"])
                        return await self.wait(until)
        raise AssertionError(f"no button {label!r} in any message to {self.user_id}")

    async def answer_all(self, questions: Sequence[Question], review_intro: str, answer: Callable[[Question], str]) -> None:
        """Answer each question in turn, waiting for the next one (then the review)."""
        for index, question in enumerate(questions):
            following = questions[index + 1].text if index + 1 < len(questions) else review_intro
            await self.say(answer(question), until=following)
