"""Webhook mode: the real Application behind our webhook server, the fake Bot API posting to it.

Every update is answered 200 only once it is committed to the inbox; requests without the
secret or with a bad body are refused and store nothing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegram import Bot, Update

from storybot.channels.telegram import build_application
from storybot.channels.telegram_intake import Intake, serving
from storybot.channels.telegram_webhook import MAX_BODY, SECRET_HEADER, WebhookConfig, WebhookServer, serving_webhook
from storybot.config import Settings, load_settings
from storybot.db import Database
from storybot.errors import ConfigError
from storybot.nlp.pipeline import Analyzer
from storybot.prompts import Locale, Prompts
from storybot.testing.fakebotapi import FakeBotAPI

from tests.channels.conftest import Chatter, running

SECRET = "s3cret_Webhook-token"
HELP = "/mystories"
ANSWER = "The volunteer at the drop-in sat with me and listened; nobody had done that for a year"


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def webhook_settings(fake: FakeBotAPI, db_path: Path) -> Settings:
    port = free_port()
    return load_settings(
        telegram_token=fake.token, telegram_api_url=fake.base_url, database=db_path, _env_file=None,
        telegram_chat_rate=50, telegram_chat_burst=5,
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook", webhook_secret=SECRET, webhook_port=port,
    )


@pytest.fixture
async def hook(webhook_settings: Settings, prompts: Prompts, analyzer: Analyzer) -> AsyncIterator[WebhookServer]:
    """The real Application serving in webhook mode, as `storybot run` does with a URL set."""
    app = build_application(webhook_settings, prompts, load_analyzer=lambda: analyzer)
    async with serving_webhook(app, WebhookConfig.from_settings(webhook_settings)) as server:
        yield server


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def inbox(db_path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT update_id, done_at IS NOT NULL FROM inbox ORDER BY update_id").fetchall()


def helps(fake: FakeBotAPI, user: int) -> int:
    return sum(HELP in m["text"] for m in fake.messages_to(user))


async def post(server: WebhookServer, body: bytes, *, secret: str | None = SECRET, path: str = "/telegram/hook",
               method: str = "POST", headers: dict[str, str | bytes] | None = None) -> int:
    sent: dict[str, str | bytes] = {"Content-Type": "application/json", **(headers or {})}
    if secret is not None:
        sent[SECRET_HEADER] = secret
    async with httpx.AsyncClient() as client:
        response = await client.request(method, f"http://127.0.0.1:{server.port}{path}", content=body, headers=sent)
    return response.status_code


def update_body(update_id: int, user: int = 9100, text: str = "/help") -> bytes:
    entities = [{"type": "bot_command", "offset": 0, "length": len(text)}] if text.startswith("/") else []
    message = {"message_id": 1, "date": 0, "text": text, "entities": entities,
               "from": {"id": user, "is_bot": False, "first_name": "Sam", "language_code": "en"},
               "chat": {"id": user, "type": "private", "first_name": "Sam"}}
    return json.dumps({"update_id": update_id, "message": message}).encode()


async def test_a_whole_story_through_the_webhook(
    hook: WebhookServer, fake: FakeBotAPI, en: Locale, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="storybot")
    person = Chatter(fake, 9001)
    questions = en.question_sets["participant"].questions
    await person.say("/start", until="Before you start")
    await person.press(en.consent.scopes["sessions"].label, until=questions[0].text)
    await person.answer_all(questions, en.messages.review_intro, lambda q: f"{ANSWER} ({q.id})")
    await person.press(en.buttons.submit, until="Thank you for sharing your story")

    [call] = fake.calls("setWebhook")
    assert call.params["url"] == f"http://127.0.0.1:{hook.port}/telegram/hook"
    assert call.params["secret_token"] == SECRET
    assert call.params["allowed_updates"] == list(Update.ALL_TYPES)
    assert call.params["drop_pending_updates"] is False
    assert fake.calls("getUpdates") == [] and fake.calls("deleteWebhook") == []
    # Each update posted once, answered 200, and confirmed to "Telegram".
    assert [d.status for d in fake.deliveries] == [200] * (len(questions) + 3)
    assert fake.pending_updates == []
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT status FROM stories").fetchall() == [("pending",)]
        assert len(conn.execute("SELECT * FROM answers").fetchall()) == len(questions)
    # Neither the secret nor what the person said reaches the log.
    assert SECRET not in caplog.text and "volunteer at the drop-in" not in caplog.text


@pytest.mark.parametrize("secret", [None, "", "not-the-secret", SECRET[:-1] + "X", SECRET + "X", "ü" * 5])
async def test_a_request_without_the_right_secret_is_refused_and_stores_nothing(
    hook: WebhookServer, fake: FakeBotAPI, db_path: Path, secret: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    headers: dict[str, str | bytes] = {}
    if secret is not None and not secret.isascii():
        headers, secret = {SECRET_HEADER: secret.encode("utf-8")}, None  # raw bytes on the wire
    assert await post(hook, update_body(501), secret=secret, headers=headers) == 403
    await asyncio.sleep(0.2)
    assert inbox(db_path) == [] and fake.messages_to(9100) == []
    assert "refused a webhook request" in caplog.text
    if secret:
        assert secret not in caplog.text


@pytest.mark.parametrize(("body", "status"), [
    (b"", 400),
    (b"not json at all", 400),
    (b"\xff\xfe\x00garbage", 400),
    (b"[]", 400),
    (b'"a string"', 400),
    (b'{"message": {"text": "no update id"}}', 400),
    (b'{"update_id": "7"}', 400),
    (b'{"update_id": true}', 400),
    (b'{"update_id": 7.5}', 400),
    (b'{"update_id": 7', 400),
    (b'{"update_id": -1}', 400),
    (b'{"update_id": 9223372036854775808}', 400),
    (b"[" * 100_000 + b"]" * 100_000, 400),
    (b'{"update_id": 7, "message": "' + b"x" * MAX_BODY + b'"}', 413),
])
async def test_a_bad_body_is_refused_and_stores_nothing(
    hook: WebhookServer, db_path: Path, body: bytes, status: int
) -> None:
    assert await post(hook, body) == status
    assert inbox(db_path) == []


async def test_a_body_too_large_without_a_length_is_cut_off_with_413(hook: WebhookServer, db_path: Path) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"update_id": 8, "message": "'
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"x" * 65536
        yield b'"}'

    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"http://127.0.0.1:{hook.port}/telegram/hook", content=chunks(),
            headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"},
        )
    assert response.status_code == 413
    assert inbox(db_path) == []


async def test_other_methods_and_paths_are_refused(hook: WebhookServer, db_path: Path) -> None:
    assert await post(hook, b"", method="GET") == 405
    assert await post(hook, update_body(9), path="/telegram/other") == 404
    assert await post(hook, update_body(9), path="/") == 404
    assert inbox(db_path) == []
    # The path with a trailing slash is the same endpoint, as in PTB's handler.
    assert await post(hook, update_body(9), path="/telegram/hook/") == 200


async def test_an_update_delivered_twice_is_stored_and_processed_once(
    hook: WebhookServer, fake: FakeBotAPI, db_path: Path
) -> None:
    person = Chatter(fake, 9002)
    first = fake.send_text(9002, "/help")
    fake.send_update(first)  # Telegram sends it again, as when our 200 was lost on the way
    await person.wait(HELP)
    await fake.await_delivery(first["update_id"], status=200)
    # Posted directly too: still 200 (Telegram must stop resending), still stored once.
    assert await post(hook, json.dumps(first).encode()) == 200
    await person.say("/privacy", until="How we look after your stories")
    await hook.intake.drained()
    assert [d.status for d in fake.deliveries if d.update_id == first["update_id"]] == [200, 200]
    assert helps(fake, 9002) == 1
    assert inbox(db_path) == [(first["update_id"], 1), (first["update_id"] + 1, 1)]


async def test_a_failed_store_answers_500_and_telegrams_retry_is_stored(
    hook: WebhookServer, fake: FakeBotAPI, db_path: Path
) -> None:
    # A real failure: another process holds SQLite's write lock past the bot's busy timeout
    # (5 s), so the inbox write fails with "database is locked".
    person = Chatter(fake, 9003)
    blocker = sqlite3.connect(db_path, isolation_level=None, timeout=10, check_same_thread=False)
    try:
        # In a thread: the bot shares this event loop and may be in a write of its own.
        await asyncio.to_thread(blocker.execute, "BEGIN IMMEDIATE")
        sent = fake.send_text(9003, "/help")
        refused = await fake.await_delivery(sent["update_id"], status=500, timeout=15)
        assert "500" in (refused.error or "")
        assert inbox(db_path) == [] and helps(fake, 9003) == 0
        assert sent["update_id"] in [u["update_id"] for u in fake.pending_updates]  # not confirmed
    finally:
        if blocker.in_transaction:
            blocker.execute("ROLLBACK")
        blocker.close()
    await person.wait(HELP, timeout=15)
    await fake.await_delivery(sent["update_id"], status=200)
    assert helps(fake, 9003) == 1
    await hook.intake.drained()
    assert inbox(db_path) == [(sent["update_id"], 1)]


async def test_start_finishes_what_an_earlier_run_left_in_the_inbox(
    webhook_settings: Settings, prompts: Prompts, analyzer: Analyzer, fake: FakeBotAPI, db_path: Path
) -> None:
    # An update stored (and so answered 200) just before a crash, never processed; then the
    # person writes again, which Telegram holds until the webhook is back.
    later = fake.send_text(9004, "hello")
    db = await Database.open(db_path)
    async with db.transaction() as store:
        await store.inbox_add([(77, "u9004", update_body(77, user=9004).decode())])
    await db.close()
    app = build_application(webhook_settings, prompts, load_analyzer=lambda: analyzer)
    async with serving_webhook(app, WebhookConfig.from_settings(webhook_settings)) as server:
        await Chatter(fake, 9004).wait(HELP)
        await fake.await_delivery(later["update_id"], status=200)  # never block the bot's loop
        await server.intake.drained()
    assert inbox(db_path) == [(later["update_id"], 1), (77, 1)]


async def test_polling_after_webhook_mode_removes_the_webhook_first(
    settings: Settings, prompts: Prompts, analyzer: Analyzer, fake: FakeBotAPI
) -> None:
    # An operator switches back to polling: getUpdates answers Conflict while a webhook is
    # set, so the bot must delete it (keeping the updates Telegram holds) before polling.
    async with Bot(fake.token, base_url=fake.base_url) as bot:
        await bot.set_webhook("https://bot.example.org/telegram", secret_token=SECRET)
    waiting = fake.send_text(9005, "/help")  # held by Telegram while the webhook was set
    app = build_application(settings, prompts, load_analyzer=lambda: analyzer)
    async with running(app):
        await Chatter(fake, 9005).wait(HELP)
    [delete] = fake.calls("deleteWebhook")
    assert not delete.params.get("drop_pending_updates")
    assert fake.webhook_url == ""
    assert fake.confirmed_offset > waiting["update_id"]


async def test_a_port_in_use_is_one_clear_error(
    webhook_settings: Settings, prompts: Prompts, analyzer: Analyzer, fake: FakeBotAPI
) -> None:
    config = WebhookConfig.from_settings(webhook_settings)
    with closing(socket.socket()) as taken:
        taken.bind((config.listen, config.port))
        taken.listen()
        app = build_application(webhook_settings, prompts, load_analyzer=lambda: analyzer)
        with pytest.raises(ConfigError, match=f"cannot listen for the webhook on 127.0.0.1:{config.port}"):
            async with serving_webhook(app, config):
                pass
    assert fake.calls("setWebhook") == []


def test_the_config_never_shows_the_secret(webhook_settings: Settings) -> None:
    config = WebhookConfig.from_settings(webhook_settings)
    assert config.path == "/telegram/hook"
    assert SECRET not in repr(config) and SECRET not in repr(webhook_settings)


async def test_intake_without_polling_fetches_nothing(
    settings: Settings, prompts: Prompts, analyzer: Analyzer, fake: FakeBotAPI
) -> None:
    app = build_application(settings, prompts, load_analyzer=lambda: analyzer)
    async with serving(app, poll=False) as intake:
        assert isinstance(intake, Intake)
        fake.send_text(9006, "/help")
        await asyncio.sleep(0.5)
    assert fake.calls("getUpdates") == [] and fake.messages_to(9006) == []
