"""End to end: `storybot run` as its own process, polling a fake Bot API on 127.0.0.1.

A person tells a whole story, the bot is stopped in the middle and started again, and the
story is read back with `storybot stories`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storybot.prompts import Prompts

from storybot.testing.fakebotapi import FakeBotAPI

pytestmark = pytest.mark.slow
USER = 4242


@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(token="4242:END-to-end") as server:
        yield server


@contextmanager
def running_bot(env: dict[str, str], log: Path) -> Iterator[None]:
    """Run `storybot run` with its log in a file; stop it with SIGTERM as systemd would."""
    with open(log, "w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "storybot", "run"], env=env, stderr=stderr, text=True)
        try:
            yield
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def environment(fake: FakeBotAPI, db_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    env.update(
        STORYBOT_TELEGRAM_TOKEN=fake.token,
        STORYBOT_TELEGRAM_API_URL=fake.base_url,
        STORYBOT_DATABASE=str(db_path),
        PTB_TIMEDELTA="true",
    )
    return env


def say(fake: FakeBotAPI, text: str, until: str) -> dict[str, Any]:
    fake.send_text(USER, text)
    return fake.wait_for_message(USER, timeout=30, predicate=lambda m: until in m["text"])


def press(fake: FakeBotAPI, label: str, until: str) -> dict[str, Any]:
    for message in reversed(fake.messages_to(USER)):
        for row in message.get("reply_markup", {}).get("inline_keyboard", []):
            for button in row:
                if button["text"] == label:
                    fake.press_button(USER, button["callback_data"], message_id=message["message_id"])
                    return fake.wait_for_message(USER, timeout=30, predicate=lambda m: until in m["text"])
    raise AssertionError(f"no button {label!r}")


def test_a_story_told_across_a_restart_is_stored_whole(fake: FakeBotAPI, tmp_path: Path, prompts: Prompts) -> None:
    en = prompts.for_language("en")
    questions = en.question_sets["participant"].questions
    answers = [f"Answer number {i}: the people at the hub treated me like a person ✨" for i in range(len(questions))]
    db_path = tmp_path / "bot.db"
    env = environment(fake, db_path)

    with running_bot(env, tmp_path / "first.log"):
        say(fake, "/start", until="Before you start")
        press(fake, en.consent.scopes["sessions"].label, until=questions[0].text)
        say(fake, answers[0], until=questions[1].text)
        say(fake, answers[1], until=questions[2].text)

    with running_bot(env, tmp_path / "second.log"):
        say(fake, "/resume", until=questions[2].text)
        for index in range(2, len(questions)):
            following = questions[index + 1].text if index + 1 < len(questions) else en.messages.review_intro
            say(fake, answers[index], until=following)
        press(fake, en.buttons.submit, until="Thank you for sharing your story")

    listing = subprocess.run(
        [sys.executable, "-m", "storybot", "stories", "--status", "pending", "--format", "json"],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )
    stories = json.loads(listing.stdout)
    assert len(stories) == 1
    story = stories[0]
    assert story["status"] == "pending" and story["author_role"] == "participant"
    assert story["consent_scope"] == "sessions"
    assert [a["question_id"] for a in story["answers"]] == [q.id for q in questions]
    assert [a["text"] for a in story["answers"]] == answers
    for log in ("first.log", "second.log"):
        text = (tmp_path / log).read_text()
        assert fake.token not in text and "hub treated me" not in text


def test_webhook_mode_loses_no_answered_update_to_sigkill(
    fake: FakeBotAPI, tmp_path: Path, prompts: Prompts, unused_tcp_port: int
) -> None:
    en = prompts.for_language("en")
    questions = en.question_sets["participant"].questions
    answers = [f"Answer number {i}: the people at the hub treated me like a person ✨" for i in range(len(questions))]
    db_path = tmp_path / "bot.db"
    secret = "end-to-end_Secret"
    env = environment(fake, db_path)
    env.update(
        STORYBOT_WEBHOOK_URL=f"http://127.0.0.1:{unused_tcp_port}/telegram",
        STORYBOT_WEBHOOK_SECRET=secret,
        STORYBOT_WEBHOOK_PORT=str(unused_tcp_port),
    )

    def start(log: str) -> subprocess.Popen[str]:
        with open(tmp_path / log, "w") as stderr:
            process = subprocess.Popen([sys.executable, "-m", "storybot", "run"], env=env, stderr=stderr, text=True)
        fake.wait_for_method("setWebhook", timeout=60)
        return process

    first = start("first.log")
    try:
        say(fake, "/start", until="Before you start")
        press(fake, en.consent.scopes["sessions"].label, until=questions[0].text)
        say(fake, answers[0], until=questions[1].text)
        # Killed the moment the bot has answered 200 for an answer, before it need have replied.
        answered = fake.send_text(USER, answers[1])
        fake.wait_for_delivery(answered["update_id"], status=200, timeout=30)
        first.kill()
        first.wait()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    # Telegram keeps trying to post what the person says meanwhile (connection refused).
    unanswered = fake.send_text(USER, answers[2])
    fake.wait_for_delivery(unanswered["update_id"], status=0, timeout=10)

    second = start("second.log")
    try:
        fake.wait_for_message(USER, timeout=30, predicate=lambda m: questions[3].text in m["text"])
        for index in range(3, len(questions)):
            following = questions[index + 1].text if index + 1 < len(questions) else en.messages.review_intro
            say(fake, answers[index], until=following)
        press(fake, en.buttons.submit, until="Thank you for sharing your story")
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=30) == 0
    finally:
        if second.poll() is None:
            second.kill()
            second.wait()

    assert fake.calls("getUpdates") == []
    listing = subprocess.run(
        [sys.executable, "-m", "storybot", "stories", "--status", "pending", "--format", "json"],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )
    [story] = json.loads(listing.stdout)
    assert [a["text"] for a in story["answers"]] == answers  # each once, in order
    for log in ("first.log", "second.log"):
        text = (tmp_path / log).read_text()
        assert fake.token not in text and secret not in text and "hub treated me" not in text
