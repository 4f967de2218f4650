"""Drive the fake Bot API with a real python-telegram-bot Bot and Application."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes, MessageHandler, filters

from storybot.testing.fakebotapi import FakeBotAPI, UploadedFile

USER = 4242

JSONDict = dict[str, Any]


@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url) as client:
        yield client


def _keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton("Yes", callback_data="consent:yes")],
         [InlineKeyboardButton("No", callback_data="consent:no")]]  # fmt: skip
    )


async def test_get_me_describes_the_bot(fake: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()

    assert (me.id, me.username, me.is_bot) == (123, "storybot_test_bot", True)
    assert [call.method for call in fake.requests] == ["getMe", "getMe"]  # initialize + ours


async def test_send_message_round_trips_an_inline_keyboard(fake: FakeBotAPI, bot: Bot) -> None:
    fake.send_text(USER, "hello")

    sent = await bot.send_message(USER, "Do you consent?", reply_markup=_keyboard())

    assert sent.reply_markup == _keyboard()
    assert sent.chat.id == USER and sent.from_user is not None and sent.from_user.is_bot
    assert sent.message_id == 2  # the user's "hello" was 1 in this chat
    method, params = fake.calls("sendMessage")[0]
    assert params["chat_id"] == USER
    assert params["reply_markup"] == _keyboard().to_dict()
    assert fake.messages_to(USER)[0]["text"] == "Do you consent?"

    pressed = fake.press_button(USER, "consent:yes", message_id=sent.message_id)
    (update,) = await bot.get_updates(offset=pressed["update_id"])
    assert update.callback_query is not None and update.callback_query.data == "consent:yes"
    assert await update.callback_query.answer("Thanks")
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await update.callback_query.answer()
    with pytest.raises(AssertionError, match="has no button"):
        fake.press_button(USER, "consent:maybe", message_id=sent.message_id)


async def test_messages_are_validated_like_telegram(fake: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(Forbidden, match="can't initiate"):
        await bot.send_message(USER, "nobody wrote to me")
    fake.send_text(USER, "/start")

    shown = await bot.send_message(
        USER, "<b>a</b> &lt; b", parse_mode="HTML", reply_markup=_keyboard()
    )
    assert shown.text == "a < b"
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(USER, "1 < 2 <b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="reserved"):
        await bot.send_message(USER, "Thanks.", parse_mode="MarkdownV2")
    with pytest.raises(BadRequest, match="message is not modified"):
        await bot.edit_message_text("a < b", USER, shown.message_id, reply_markup=_keyboard())
    edited = await bot.edit_message_text("done", USER, shown.message_id)
    assert edited.reply_markup is None  # editing without reply_markup drops the keyboard
    assert fake.messages_to(USER)[0]["text"] == "done"

    fake.block_bot(USER)
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(USER, "still there?")


@pytest.mark.serial
async def test_get_updates_wakes_on_push_and_honours_offset(fake: FakeBotAPI, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.to_thread(fake.wait_for_method, "getUpdates", timeout=2)
    started = time.monotonic()
    pushed = fake.send_text(USER, "/start")

    (update,) = await poll
    assert time.monotonic() - started < 1
    assert update.update_id == pushed["update_id"]
    assert update.message is not None and update.message.text == "/start"
    assert update.message.entities[0].type == "bot_command"
    assert fake.confirmed_offset == 0 and len(fake.pending_updates) == 1

    again = await bot.get_updates(timeout=0)  # unconfirmed updates come back
    assert [u.update_id for u in again] == [update.update_id]
    started = time.monotonic()
    assert await bot.get_updates(offset=update.update_id + 1, timeout=1) == ()
    assert time.monotonic() - started >= 0.9
    assert fake.confirmed_offset == update.update_id + 1
    assert fake.pending_updates == []


async def test_newer_get_updates_ends_an_older_long_poll(fake: FakeBotAPI, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.to_thread(fake.wait_for_method, "getUpdates", timeout=2)

    # A second bot instance: PTB's getUpdates pool holds one connection per Bot.
    async with Bot(fake.token, base_url=fake.base_url) as other:
        assert await other.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first


async def test_faults_surface_as_ptb_errors(
    fake: FakeBotAPI, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PTB's RetryAfter reads its own deprecated int attribute unless this opt-in is set.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    fake.send_text(USER, "hi")

    fake.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(USER, "one")
    assert flood.value.retry_after == dtm.timedelta(seconds=3)

    fake.fail_next("sendMessage", 500)
    with pytest.raises(NetworkError) as server_error:
        await bot.send_message(USER, "two")
    assert not isinstance(server_error.value, BadRequest)

    fake.disconnect_next("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "three")

    fake.stall_next("sendMessage", 0.6)
    with pytest.raises(TimedOut):
        await bot.send_message(USER, "four", read_timeout=0.2)
    late = await fake.await_message(USER, timeout=2)  # a stalled call is still carried out
    assert late["text"] == "four"

    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy")
    assert fake.calls("sendTelepathy")[0].status == 404

    assert [m["text"] for m in fake.messages_to(USER)] == ["four"]
    assert [c.status for c in fake.calls("sendMessage")] == [429, 500, 0, 200]


async def test_offline_refuses_connections_until_online(fake: FakeBotAPI, bot: Bot) -> None:
    port = fake.port
    fake.go_offline()
    with pytest.raises(NetworkError):
        await bot.get_me()

    fake.go_online()
    assert fake.port == port
    assert (await bot.get_me()).username == "storybot_test_bot"


async def test_send_document_keeps_the_bytes(fake: FakeBotAPI, bot: Bot) -> None:
    fake.send_text(USER, "export please")
    payload = bytes(range(256)) * 4 + b"\r\n--not-a-boundary\r\n"

    sent = await bot.send_document(USER, payload, filename="stories.csv", caption="Your stories")

    _, params = fake.calls("sendDocument")[0]
    assert params["document"] == UploadedFile("stories.csv", "text/csv", payload)
    assert params["caption"] == "Your stories" and params["chat_id"] == USER
    assert sent.document is not None and sent.document.file_name == "stories.csv"
    assert fake.file_bytes(sent.document.file_id) == payload


async def test_user_files_can_be_downloaded(fake: FakeBotAPI) -> None:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as bot:
        voice = fake.send_voice(USER, data=b"OggS voice bytes")["message"]["voice"]
        file = await bot.get_file(voice["file_id"])
        assert bytes(await file.download_as_bytearray()) == b"OggS voice bytes"


def test_wait_for_message_reports_what_was_sent(fake: FakeBotAPI) -> None:
    fake.send_text(7, "hello?")
    with pytest.raises(AssertionError, match=r"no new message to chat 7 .*so far: \[\]"):
        fake.wait_for_message(7, timeout=0.1)


async def test_application_polling_answers_a_pushed_command(fake: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Greet the user."""
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welcome!", do_quote=True)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Repeat the user's text."""
        assert update.effective_message is not None and update.effective_message.text
        await update.effective_message.reply_text(update.effective_message.text)

    app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=dtm.timedelta(seconds=5))

        command = fake.send_text(USER, "/start")
        welcome = await fake.await_message(USER, timeout=5)
        fake.send_text(USER, "a story")
        echoed = await fake.await_message(USER, timeout=5)

        await app.updater.stop()
        await app.stop()

    assert welcome["text"] == "Welcome!"
    assert welcome["reply_to_message"]["message_id"] == command["message"]["message_id"]
    assert echoed["text"] == "a story"
    assert [c.method for c in fake.requests][:2] == ["getMe", "deleteWebhook"]
    assert fake.pending_updates == []  # stopping confirmed everything it fetched


class _Receiver(ThreadingHTTPServer):
    """A webhook endpoint on 127.0.0.1 that answers with the statuses it is given, then 200."""

    daemon_threads = True

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.posts: list[tuple[str, dict[str, str], JSONDict]] = []
        super().__init__(("127.0.0.1", 0), _ReceiverHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hook"


class _ReceiverHandler(BaseHTTPRequestHandler):
    server: _Receiver

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.posts.append((self.path, dict(self.headers), json.loads(body)))
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    server = _Receiver([])
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


async def test_a_webhook_gets_updates_posted_in_order_until_accepted(
    fake: FakeBotAPI, bot: Bot, receiver: _Receiver
) -> None:
    receiver.statuses[:] = [500, 403]  # the first update is refused twice, then taken
    first = fake.send_text(USER, "one")
    second = fake.send_text(USER, "two")
    assert await bot.set_webhook(receiver.url, secret_token="abc_DEF-1")

    fake.wait_for_delivery(second["update_id"], status=200)
    assert [(d.update_id, d.status) for d in fake.deliveries] == [
        (first["update_id"], 500), (first["update_id"], 403),
        (first["update_id"], 200), (second["update_id"], 200),
    ]  # fmt: skip
    path, headers, update = receiver.posts[0]
    assert path == "/hook" and update == first
    assert headers["X-Telegram-Bot-Api-Secret-Token"] == "abc_DEF-1"
    assert headers["Content-Type"] == "application/json"
    assert fake.pending_updates == [] and fake.confirmed_offset == second["update_id"] + 1
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates(timeout=0)
    info = await bot.get_webhook_info()
    assert info.url == receiver.url and info.last_error_message == (
        "Wrong response from the webhook: 403 Forbidden"
    )

    assert await bot.delete_webhook()
    third = fake.send_text(USER, "three")
    (polled,) = await bot.get_updates(timeout=0)
    assert polled.update_id == third["update_id"] and len(receiver.posts) == 4


async def test_a_webhook_that_is_down_is_retried_and_one_elsewhere_never_posted(
    fake: FakeBotAPI, bot: Bot, receiver: _Receiver
) -> None:
    await bot.set_webhook("https://bot.example.org/hook")  # the fake connects nowhere else
    waiting = fake.send_text(USER, "held")
    await asyncio.sleep(0.2)
    assert fake.deliveries == [] and len(fake.pending_updates) == 1

    port = receiver.server_address[1]
    receiver.shutdown()
    receiver.server_close()  # nothing listens: connection refused
    await bot.set_webhook(f"http://127.0.0.1:{port}/hook")
    refused = fake.wait_for_delivery(waiting["update_id"], status=0)
    assert refused.error is not None and "Connection" in refused.error
    await asyncio.sleep(0.3)
    assert 2 <= len(fake.deliveries) <= 6  # backing off, not spinning
    assert len(fake.pending_updates) == 1
