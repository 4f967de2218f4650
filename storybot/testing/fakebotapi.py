"""A fake Telegram Bot API HTTP server on 127.0.0.1 for tests.

The server runs in background threads (``http.server.ThreadingHTTPServer``), so it serves a
bot in the test's own event loop and a bot running as a separate process alike. Point
python-telegram-bot at it with ``base_url=fake.base_url`` (and ``base_file_url=
fake.base_file_url`` to download files); PTB appends the token, so requests arrive at
``/bot<TOKEN>/<method>``. It never connects anywhere itself.

Start and stop::

    with FakeBotAPI(token="123:ABC") as fake:      # or fake.start() ... fake.stop()
        fake.base_url        # "http://127.0.0.1:PORT/bot"
        fake.base_file_url   # "http://127.0.0.1:PORT/file/bot"
        fake.token           # "123:ABC"

Push updates (each returns the whole update dict, with ``update_id``)::

    fake.send_text(user_id, text, *, chat_id=None, chat_type="private", language_code="en",
                   first_name=None, last_name=None, username=None, is_bot=False,
                   reply_to_message_id=None)     # "/cmd ..." gets a bot_command entity
    fake.press_button(user_id, callback_data, *, message_id, chat_id=None, check=True)
    fake.edit_text(user_id, message_id, new_text, *, chat_id=None)      # edited_message
    fake.send_photo / send_voice / send_document / send_sticker / send_location /
        send_contact / forward_text / channel_post / block_bot / unblock_bot / add_to_group
    fake.send_update(raw_update)    # anything else; "update_id" is filled in if missing
    fake.add_file(data, *, file_path=None) -> file_id   # for getFile and downloads

Inspect what the bot did (every return value is a copy, safe to keep)::

    fake.requests                   # list[Call]; ``method, params = call`` unpacks
    fake.calls(method)              # the calls of one method
    fake.messages_to(chat_id)       # messages the bot sent there, edits applied
    fake.wait_for_message(chat_id, *, after=None, timeout=10.0, predicate=None)
    await fake.await_message(chat_id, *, after=None, timeout=10.0, predicate=None)
    fake.wait_for_method(method, *, after=None, timeout=10.0, predicate=None)
    await fake.await_method(method, *, after=None, timeout=10.0, predicate=None)
    fake.wait_for_confirmed(update_id, *, timeout=10.0)
    fake.confirmed_offset, fake.pending_updates, fake.webhook_url, fake.commands()
    fake.deliveries                 # list[Delivery(update_id, status, error, at)], webhook posts
    fake.wait_for_delivery(update_id, *, status=None, timeout=10.0)   # and await_delivery
    fake.is_deleted(chat_id, message_id), fake.file_bytes(file_id)
    fake.on_message(callback)       # callback(chat_id, message) in a server thread, per send

``wait_for_message`` keeps a cursor per chat: with ``after=None`` it returns the next message
no earlier wait returned (so a reply that arrives before the wait starts is not missed); with
``after=n`` it returns the first message with index >= n in ``messages_to(chat_id)``. Messages
skipped by ``predicate`` count as seen. ``wait_for_method`` does the same per method. The
blocking waits would freeze an event loop that also runs the bot, so async tests must use the
``await_*`` variants.

Call parameters are decoded as the Bot API decodes them: PTB form-encodes every parameter
(multipart when a file is uploaded); strings are sent raw, everything else as JSON, so
``reply_markup`` arrives as a dict and ``chat_id`` as an int. Uploaded files become
``UploadedFile(filename, content_type, data)`` values.

Like Telegram, the fake rejects what Telegram rejects: malformed HTML / MarkdownV2 markup
("can't parse entities"), empty or over-long text, callback_data over 64 bytes, edits that
change nothing ("message is not modified"), answering an unknown callback query, messages to
chats it has never seen (403), getUpdates while a webhook is set or when a newer getUpdates
arrives (409). The ``text`` of a sent message is what the user sees: markup is stripped.
Editing text without ``reply_markup`` removes the inline keyboard, as on Telegram.

Webhooks: once the bot calls setWebhook with an ``http://`` URL on this machine (127.0.0.1,
::1 or localhost), the fake posts queued updates to it as Telegram does, instead of serving
them through getUpdates: one at a time, in order, as JSON with the
``X-Telegram-Bot-Api-Secret-Token`` header when a ``secret_token`` was set. An update is
confirmed (``confirmed_offset``, ``wait_for_confirmed``) when the bot answers 2xx; any other
answer, or none, is retried after a short backoff (``webhook_retry_first`` doubling up to
``webhook_retry_max`` seconds), so a bot that restarts gets it then. getWebhookInfo reports
the last failure. Updates for any other URL simply wait: the fake never connects elsewhere.
deleteWebhook stops the posting; getUpdates serves what is left.

Faults::

    fake.fail_next(method, status=500, *, count=1, retry_after=None, description=None)
    fake.stall_next(method, seconds, *, count=1)   # waits, then processes the call anyway
    fake.disconnect_next(method, *, count=1)       # closes the connection, no response
    fake.go_offline(seconds=None); fake.go_online(); fake.is_online   # refuse connections

``method`` may be ``"*"`` to match any method. A stalled call is still carried out after the
stall, so a bot that timed out and retries sends a duplicate, as it can on Telegram.
"""

from __future__ import annotations

import asyncio
import copy
import html
import http.client
import ipaddress
import itertools
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = ["Call", "Delivery", "FakeBotAPI", "UploadedFile"]

_LOGGER = logging.getLogger(__name__)

JSONDict = dict[str, Any]

# Bot API parameters that are strings: PTB sends strings raw, not JSON-encoded, so "123" as a
# text must stay "123". Everything else is JSON (numbers, booleans, objects, lists).
_STRING_PARAMS = frozenset(
    {
        "action", "address", "animation", "audio", "business_connection_id", "callback_query_id",
        "caption", "currency", "custom_title", "description", "document", "emoji", "explanation",
        "file_id", "first_name", "foursquare_id", "inline_message_id", "inline_query_id",
        "ip_address", "language_code", "last_name", "message_effect_id", "name", "parse_mode",
        "payload", "phone_number", "photo", "provider_token", "question", "secret_token",
        "short_description", "start_parameter", "sticker", "text", "thumbnail", "title", "url",
        "video", "video_note", "voice",
    }
)  # fmt: skip

# Without allowed_updates, Telegram delivers every update type except these.
_NOT_DEFAULT_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note",
        "upload_video_note",
    }
)  # fmt: skip

_HTML_TAGS = frozenset(
    {
        "a", "b", "blockquote", "code", "del", "em", "i", "ins", "pre", "s", "span", "strike",
        "strong", "tg-emoji", "tg-spoiler", "u",
    }
)  # fmt: skip
_HTML_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>")
_HTML_ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);")
_MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")

_BUTTON_ACTIONS = frozenset(
    {
        "callback_data", "callback_game", "copy_text", "login_url", "pay", "switch_inline_query",
        "switch_inline_query_chosen_chat", "switch_inline_query_current_chat", "url", "web_app",
    }
)  # fmt: skip

_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass(frozen=True)
class UploadedFile:
    """A file the bot uploaded in a multipart request."""

    filename: str
    content_type: str
    data: bytes


@dataclass
class Call:
    """One request the bot made; unpacks as ``method, params``.

    ``status`` is None while the call is still being served (a long poll, a stall), then the
    HTTP status sent back, or 0 when the connection was dropped without a response.
    """

    method: str
    params: JSONDict
    status: int | None = None
    error: str | None = None
    at: float = field(default_factory=time.monotonic)

    def __iter__(self) -> Iterator[Any]:
        """Yield method and params so a call unpacks like a pair."""
        yield self.method
        yield self.params

    def describe(self) -> str:
        """Return a one-line summary for assertion messages."""
        outcome = "pending" if self.status is None else str(self.status)
        text = self.params.get("text")
        detail = f" text={text!r}" if isinstance(text, str) else ""
        error = f" error={self.error!r}" if self.error else ""
        return f"{self.method} -> {outcome}{error}{detail}"


@dataclass(frozen=True)
class Delivery:
    """One attempt to post an update to the bot's webhook.

    ``status`` is the HTTP status the bot answered, or 0 when no answer came (connection
    refused or dropped, timeout); ``error`` says what went wrong, as getWebhookInfo would.
    """

    update_id: int
    status: int
    error: str | None = None
    at: float = field(default_factory=time.monotonic)

    @property
    def ok(self) -> bool:
        """Return whether the bot accepted the update (a 2xx answer), as Telegram counts it."""
        return 200 <= self.status < 300


@dataclass
class _Fault:
    kind: str  # "fail", "stall" or "disconnect"
    method: str  # lower-case method name or "*"
    remaining: int
    status: int = 500
    description: str = ""
    retry_after: int | None = None
    seconds: float = 0.0


class _ApiError(Exception):
    def __init__(
        self, status: int, description: str, parameters: JSONDict | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


class _Aborted(Exception):
    """The server is going away; drop the connection without answering."""


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _render_html(text: str) -> str:
    """Return the text a user sees for HTML markup, raising like Telegram on bad markup."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _HTML_TAG_RE.match(text, i)
            offset = _byte_offset(text, i)
            if match is None:
                raise _bad(
                    f"can't parse entities: Unsupported start tag at byte offset {offset}"
                )
            closing, name = match.group(1), match.group(2).lower()
            if name not in _HTML_TAGS:
                raise _bad(
                    f'can\'t parse entities: Unsupported start tag "{name}" at byte offset '
                    f"{offset}"
                )
            if closing:
                if not stack or stack[-1] != name:
                    raise _bad(
                        f'can\'t parse entities: Unexpected end tag "{name}" at byte offset '
                        f"{offset}"
                    )
                stack.pop()
            else:
                stack.append(name)
            i = match.end()
        elif char == "&" and (entity := _HTML_ENTITY_RE.match(text, i)):
            out.append(html.unescape(entity.group(0)))
            i = entity.end()
        else:
            out.append(char)
            i += 1
    if stack:
        raise _bad(
            f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{stack[-1]}"'
        )
    return "".join(out)


def _render_markdown(text: str, *, v2: bool) -> str:
    """Return the text a user sees for (legacy or V2) Markdown, raising like Telegram."""
    markers = ("```", "__", "||", "*", "_", "~", "`") if v2 else ("```", "*", "_", "`")
    out: list[str] = []
    open_markers: list[str] = []
    in_link = False
    i = 0
    while i < len(text):
        char = text[i]
        code = bool(open_markers) and open_markers[-1] in ("`", "```")
        if char == "\\" and (v2 or not code):
            if i + 1 < len(text):
                out.append(text[i + 1])
                i += 2
                continue
        marker = next((m for m in markers if text.startswith(m, i)), None)
        if marker is not None and (not code or marker == open_markers[-1]):
            if open_markers and open_markers[-1] == marker:
                open_markers.pop()
            elif marker in open_markers:
                raise _bad(
                    "can't parse entities: Can't find end of the entity starting at byte offset "
                    f"{_byte_offset(text, i)}"
                )
            else:
                open_markers.append(marker)
                if marker == "```":  # a pre block may name its language on the first line
                    language = re.match(r"[\w+-]+\n", text[i + 3 :])
                    i += language.end() if language else 0
            i += len(marker)
            continue
        if not code and char == "[" and not in_link:
            in_link = True
            i += 1
            continue
        if not code and char == "]" and in_link:
            close = text.find(")", i)
            if not text.startswith("(", i + 1) or close == -1:
                raise _bad(
                    "can't parse entities: Can't find end of a URL at byte offset "
                    f"{_byte_offset(text, i)}"
                )
            in_link = False
            i = close + 1
            continue
        at_line_start = i == 0 or text[i - 1] == "\n"
        if v2 and not code and char in _MDV2_RESERVED and not (char == ">" and at_line_start):
            raise _bad(
                f"can't parse entities: Character '{char}' is reserved and must be escaped "
                "with the preceding '\\'"
            )
        out.append(char)
        i += 1
    if open_markers or in_link:
        raise _bad(
            "can't parse entities: Can't find end of the entity starting at byte offset "
            f"{_byte_offset(text, len(text))}"
        )
    return "".join(out)


def _render(text: str, parse_mode: Any) -> str:
    """Return the visible text for ``parse_mode``."""
    if not parse_mode:
        return text
    mode = str(parse_mode).lower()
    if mode == "html":
        return _render_html(text)
    if mode == "markdownv2":
        return _render_markdown(text, v2=True)
    if mode == "markdown":
        return _render_markdown(text, v2=False)
    raise _bad(f"unsupported parse_mode {parse_mode!r}")


def _check_inline_keyboard(markup: Any) -> JSONDict | None:
    """Return the inline keyboard to keep on the message, validating it like Telegram."""
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None  # reply keyboards and ForceReply are not echoed on the message
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list):
        raise _bad("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array")
    for row in rows:
        for button in row:
            if not isinstance(button.get("text"), str):
                raise _bad(
                    "can't parse inline keyboard button: Field \"text\" must be of type String"
                )
            if not _BUTTON_ACTIONS & button.keys():
                raise _bad(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                raise _bad("BUTTON_DATA_INVALID")
    return {"inline_keyboard": rows}


def _decode_param(name: str, raw: str) -> Any:
    if name in _STRING_PARAMS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # e.g. chat_id="@channelname"


def _parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, Any]]:
    """Split a multipart/form-data body into text fields and uploaded files."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if match is None:
        raise _bad("multipart body without boundary")
    delimiter = b"\r\n--" + match.group(1).encode("latin-1")
    fields: dict[str, str] = {}
    files: dict[str, Any] = {}
    for part in (b"\r\n" + body).split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        head, _, data = part[2:].partition(b"\r\n\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = dict(
            re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', headers.get("content-disposition", ""))
        )
        name = disposition.get("name", "")
        if "filename" in disposition:
            files[name] = UploadedFile(
                filename=disposition["filename"],
                content_type=headers.get("content-type", "application/octet-stream"),
                data=data,
            )
        else:
            fields[name] = data.decode("utf-8")
    return fields, files


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # bursts of concurrent replies must not overflow the backlog
    block_on_close = True  # server_close() joins handler threads, so nothing outlives stop()

    def __init__(self, address: tuple[str, int], fake: FakeBotAPI) -> None:
        self.fake = fake
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        # Idle keep-alive connections block their handler thread in a read; shutting the
        # socket down ends that read so server_close() can join the thread.
        with self.connections_lock:
            connections = list(self.connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-response are expected (timeouts, offline tests).
        _LOGGER.debug("connection error from %s", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this, Nagle's algorithm and
        # delayed ACKs add ~40 ms to every call on a keep-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.server.fake._serve_http(self)

    do_GET = do_POST  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # request lines carry the token


def _read_body(handler: BaseHTTPRequestHandler) -> bytes:
    if "chunked" in handler.headers.get("Transfer-Encoding", "").lower():
        chunks: list[bytes] = []
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                handler.rfile.readline()
                return b"".join(chunks)
            chunks.append(handler.rfile.read(size))
            handler.rfile.readline()
    length = int(handler.headers.get("Content-Length") or 0)
    return handler.rfile.read(length) if length else b""


class FakeBotAPI:
    """Serve a fake Telegram Bot API on 127.0.0.1 and record what the bot does."""

    # Webhook delivery: a failed post is retried after these delays, doubling up to the
    # cap (Telegram waits longer; tests need a bot that comes back to be found quickly).
    webhook_retry_first = 0.05
    webhook_retry_max = 0.5
    webhook_timeout = 10.0  # seconds to wait for the bot's answer to one post

    def __init__(
        self,
        token: str = "123:ABC",
        *,
        bot_username: str = "storybot_test_bot",
        bot_first_name: str = "Storybot",
    ) -> None:
        self.token = token
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self._bot_user: JSONDict = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self._cond = threading.Condition(threading.RLock())
        self._lifecycle = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._timer: threading.Timer | None = None
        self._port = 0
        self._stopped = False
        self._epoch = 0  # bumped when connections are dropped, to abort waiting handlers

        self._calls: list[Call] = []
        self._faults: list[_Fault] = []
        self._pending: list[JSONDict] = []
        self._next_update_id = 1
        self._confirmed_offset = 0
        self._allowed_updates: frozenset[str] | None = None
        self._poll_generation = 0
        self._poll_terminator = "other getUpdates request"
        self._webhook: JSONDict = {}
        self._deliveries: list[Delivery] = []
        self._deliverer: threading.Thread | None = None
        self._webhook_error: tuple[int, str] | None = None  # (unix time, message), last failure

        self._users: dict[int, JSONDict] = {}
        self._chats: dict[int, JSONDict] = {}
        self._blocked: set[int] = set()
        self._left: set[int] = set()
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}  # user's and bot's
        self._sent: dict[int, list[JSONDict]] = {}  # bot's, per chat, in order
        self._deleted: set[tuple[int, int]] = set()
        self._message_cursor: dict[int, int] = {}
        self._method_cursor: dict[str, int] = {}
        self._open_queries: set[str] = set()
        self._query_ids = itertools.count(4_000_000_000_000_000_001)
        self._files: dict[str, tuple[bytes, str]] = {}  # file_id -> (data, file_path)
        self._file_ids = itertools.count(1)
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._bot_settings: dict[tuple[str, str], Any] = {}
        self._listeners: list[Callable[[int, JSONDict], None]] = []

        self._methods: dict[str, Callable[[JSONDict, int], Any]] = {
            "getme": lambda p, e: {
                **self._bot_user,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
                "can_connect_to_business": False,
                "has_main_web_app": False,
            },
            "logout": lambda p, e: True,
            "close": lambda p, e: True,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setmydescription": self._bot_setting_setter("description"),
            "getmydescription": self._bot_setting_getter("description"),
            "setmyshortdescription": self._bot_setting_setter("short_description"),
            "getmyshortdescription": self._bot_setting_getter("short_description"),
            "setmyname": self._bot_setting_setter("name"),
            "getmyname": self._bot_setting_getter("name"),
            "setchatmenubutton": self._set_chat_menu_button,
            "getchatmenubutton": self._get_chat_menu_button,
            "sendmessage": self._send_message,
            "senddocument": self._media_sender("document"),
            "sendphoto": self._media_sender("photo"),
            "sendvoice": self._media_sender("voice"),
            "sendaudio": self._media_sender("audio"),
            "sendvideo": self._media_sender("video"),
            "sendanimation": self._media_sender("animation"),
            "sendsticker": self._media_sender("sticker"),
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
            "leavechat": self._leave_chat,
            "getchat": self._get_chat,
            "getfile": self._get_file,
        }

    # ----------------------------------------------------------------------------- lifecycle

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> FakeBotAPI:
        """Start listening on an ephemeral port of 127.0.0.1."""
        with self._lifecycle:
            if self._port:
                raise RuntimeError("FakeBotAPI already started")
            self._listen(0)
        return self

    def stop(self) -> None:
        """Stop listening, drop every connection and join all server threads."""
        with self._lifecycle:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._stopped = True
            self._unlisten()
            with self._cond:
                self._cond.notify_all()
                deliverer, self._deliverer = self._deliverer, None
        if deliverer is not None:
            deliverer.join(self.webhook_timeout + 1)

    def go_offline(self, seconds: float | None = None) -> None:
        """Refuse connections (drop open ones) until go_online(), or for ``seconds``."""
        with self._lifecycle:
            self._unlisten()
            if seconds is not None:
                self._timer = threading.Timer(seconds, self._timer_online)
                self._timer.daemon = True
                self._timer.start()

    def go_online(self) -> None:
        """Listen again on the same port after go_offline()."""
        with self._lifecycle:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._server is None and self._port and not self._stopped:
                self._listen(self._port)

    @property
    def is_online(self) -> bool:
        """Return whether the server accepts connections."""
        return self._server is not None

    def _timer_online(self) -> None:
        with self._lifecycle:
            self._timer = None
            if self._server is None and self._port and not self._stopped:
                self._listen(self._port)

    def _listen(self, port: int) -> None:
        server = _Server(("127.0.0.1", port), self)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fakebotapi:{server.server_address[1]}",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread
        self._port = int(server.server_address[1])

    def _unlisten(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self._server = self._thread = None
        with self._cond:
            self._epoch += 1
            self._cond.notify_all()
        server.shutdown()
        server.drop_connections()
        server.server_close()
        thread.join()

    @property
    def port(self) -> int:
        """Return the port the server listens on."""
        return self._port

    @property
    def base_url(self) -> str:
        """Return the ``base_url`` for PTB (it appends the token)."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        """Return the ``base_file_url`` for PTB file downloads."""
        return f"http://127.0.0.1:{self._port}/file/bot"

    # ------------------------------------------------------------------------------ faults

    def fail_next(
        self,
        method: str,
        status: int = 500,
        *,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
    ) -> None:
        """Answer the next ``count`` calls of ``method`` with an error instead of serving them."""
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            description = (
                f"Too Many Requests: retry after {retry_after}"
                if status == 429
                else _DEFAULT_DESCRIPTIONS.get(status, "Internal Server Error")
            )
        self._add_fault(
            _Fault("fail", method.lower(), count, status, description, retry_after=retry_after)
        )

    def stall_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """Delay the next ``count`` calls of ``method`` by ``seconds``, then serve them."""
        self._add_fault(_Fault("stall", method.lower(), count, seconds=seconds))

    def disconnect_next(self, method: str, *, count: int = 1) -> None:
        """Close the connection on the next ``count`` calls of ``method`` without answering."""
        self._add_fault(_Fault("disconnect", method.lower(), count, status=0))

    def _add_fault(self, fault: _Fault) -> None:
        with self._cond:
            self._faults.append(fault)

    def _take_fault(self, kinds: tuple[str, ...], method: str) -> _Fault | None:
        with self._cond:
            for fault in self._faults:
                if fault.kind in kinds and fault.method in (method, "*"):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _sleep(self, seconds: float, epoch: int) -> None:
        deadline = time.monotonic() + seconds
        with self._cond:
            while (remaining := deadline - time.monotonic()) > 0:
                if epoch != self._epoch:
                    raise _Aborted
                self._cond.wait(remaining)

    # -------------------------------------------------------------------------------- HTTP

    def _serve_http(self, handler: _Handler) -> None:
        with self._cond:
            epoch = self._epoch
        url = urlsplit(handler.path)
        body = _read_body(handler)
        if url.path.startswith("/file/bot"):
            # PTB percent-encodes the whole path, so the token's ":" arrives as "%3A".
            self._serve_file(handler, unquote(url.path[len("/file/bot") :]))
            return
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", url.path)
        if match is None:
            self._respond(handler, 404, self._error_payload(_ApiError(404, "Not Found")))
            return
        if match.group(1) != self.token:
            self._respond(handler, 401, self._error_payload(_ApiError(401, "Unauthorized")))
            return
        try:
            params = self._parse_params(handler, url.query, body)
        except _ApiError as exc:
            self._respond(handler, exc.status, self._error_payload(exc))
            return
        except ValueError as exc:
            self._respond(handler, 400, self._error_payload(_bad(f"malformed request: {exc}")))
            return
        status, payload = self._dispatch(match.group(2), params, epoch)
        if payload is None:
            handler.close_connection = True
            return
        self._respond(handler, status, payload)

    def _serve_file(self, handler: _Handler, rest: str) -> None:
        token, _, file_path = rest.partition("/")
        with self._cond:
            data = next((d for d, p in self._files.values() if p == file_path), None)
        if token != self.token or data is None:
            self._respond(handler, 404, self._error_payload(_ApiError(404, "Not Found")))
            return
        self._respond_bytes(handler, 200, data, "application/octet-stream")

    @staticmethod
    def _parse_params(handler: _Handler, query: str, body: bytes) -> JSONDict:
        content_type = handler.headers.get("Content-Type", "")
        fields: dict[str, str] = dict(parse_qsl(query, keep_blank_values=True))
        files: dict[str, Any] = {}
        if content_type.startswith("multipart/form-data"):
            more, files = _parse_multipart(content_type, body)
            fields.update(more)
        elif content_type.startswith("application/json"):
            raw = json.loads(body or b"{}")
            return {**{k: _decode_param(k, v) for k, v in fields.items()}, **raw}
        elif body:
            fields.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        params: JSONDict = {name: _decode_param(name, value) for name, value in fields.items()}
        for name, upload in files.items():
            attached = [k for k, v in params.items() if v == f"attach://{name}"]
            for key in attached:
                params[key] = upload
            if not attached:
                params[name] = upload
        return params

    @staticmethod
    def _error_payload(exc: _ApiError) -> JSONDict:
        payload: JSONDict = {
            "ok": False,
            "error_code": exc.status,
            "description": exc.description,
        }
        if exc.parameters:
            payload["parameters"] = exc.parameters
        return payload

    def _respond(self, handler: _Handler, status: int, payload: JSONDict) -> None:
        try:
            body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (a forged update): send it escaped
            body = json.dumps(payload).encode("utf-8")
        self._respond_bytes(handler, status, body, "application/json")

    @staticmethod
    def _respond_bytes(handler: _Handler, status: int, body: bytes, content_type: str) -> None:
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
            handler.wfile.flush()
        except OSError:
            handler.close_connection = True

    def _dispatch(self, method: str, params: JSONDict, epoch: int) -> tuple[int, JSONDict | None]:
        key = method.lower()
        call = Call(method, params)
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()
        try:
            stall = self._take_fault(("stall",), key)
            if stall is not None:
                self._sleep(stall.seconds, epoch)
            fault = self._take_fault(("fail", "disconnect"), key)
            if fault is not None and fault.kind == "disconnect":
                raise _Aborted
            if fault is not None:
                parameters = {"retry_after": fault.retry_after} if fault.retry_after else None
                raise _ApiError(fault.status, fault.description, parameters)
            implementation = self._methods.get(key)
            if implementation is None:
                raise _ApiError(404, "Not Found")
            result = implementation(params, epoch)
        except _Aborted:
            self._finish(call, 0, "connection dropped")
            return 0, None
        except _ApiError as exc:
            self._finish(call, exc.status, exc.description)
            return exc.status, self._error_payload(exc)
        except Exception as exc:  # a bug in the fake must not look like a hung server
            _LOGGER.exception("fake Bot API failed on %s", method)
            self._finish(call, 500, f"fake Bot API bug: {exc!r}")
            return 500, {"ok": False, "error_code": 500, "description": f"fake bug: {exc!r}"}
        self._finish(call, 200, None)
        return 200, {"ok": True, "result": result}

    def _finish(self, call: Call, status: int, error: str | None) -> None:
        with self._cond:
            call.status, call.error = status, error
            self._cond.notify_all()

    # ------------------------------------------------------------------------------ updates

    def _get_updates(self, params: JSONDict, epoch: int) -> list[JSONDict]:
        with self._cond:
            if self._webhook.get("url"):
                raise _ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            offset = int(params.get("offset") or 0)
            limit = min(max(int(params.get("limit") or 100), 1), 100)
            timeout = max(float(params.get("timeout") or 0), 0.0)
            if "allowed_updates" in params:
                allowed = params["allowed_updates"]
                self._allowed_updates = frozenset(allowed) if allowed else None
            self._confirm(offset)
            # Telegram ends an older long poll when a newer getUpdates arrives.
            self._poll_generation += 1
            self._poll_terminator = "other getUpdates request"
            generation = self._poll_generation
            self._cond.notify_all()
            deadline = time.monotonic() + timeout
            while True:
                if epoch != self._epoch:
                    raise _Aborted
                if generation != self._poll_generation:
                    raise _ApiError(
                        409,
                        f"Conflict: terminated by {self._poll_terminator}; make sure that only "
                        "one bot instance is running",
                    )
                self._drop_unwanted()
                if self._pending:
                    return copy.deepcopy(self._pending[:limit])
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._cond.wait(remaining)

    def _confirm(self, offset: int) -> None:
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
            self._confirmed_offset = max(self._confirmed_offset, offset)
        elif offset < 0:
            kept = self._pending[offset:]
            if kept:
                self._confirmed_offset = max(self._confirmed_offset, kept[0]["update_id"])
            self._pending = kept
        self._cond.notify_all()

    def _drop_unwanted(self) -> None:
        allowed = self._allowed_updates

        def wanted(update: JSONDict) -> bool:
            kind = _update_kind(update)
            return kind in allowed if allowed is not None else kind not in _NOT_DEFAULT_UPDATES

        self._pending = [u for u in self._pending if wanted(u)]

    def _set_webhook(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            if params.get("drop_pending_updates"):
                self._drop_pending()
            self._webhook = {k: v for k, v in params.items() if k != "drop_pending_updates"}
            if "allowed_updates" in params:
                allowed = params["allowed_updates"]
                self._allowed_updates = frozenset(allowed) if allowed else None
            self._poll_generation += 1
            self._poll_terminator = "setWebhook request"
            self._webhook_error = None
            self._cond.notify_all()
        self._start_deliverer()
        return True

    def _delete_webhook(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            if params.get("drop_pending_updates"):
                self._drop_pending()
            self._webhook = {}
        return True

    def _drop_pending(self) -> None:
        if self._pending:
            self._confirmed_offset = max(
                self._confirmed_offset, self._pending[-1]["update_id"] + 1
            )
        self._pending = []
        self._cond.notify_all()

    def _get_webhook_info(self, params: JSONDict, epoch: int) -> JSONDict:
        with self._cond:
            info: JSONDict = {
                "url": self._webhook.get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": len(self._pending),
            }
            if self._webhook.get("max_connections"):
                info["max_connections"] = self._webhook["max_connections"]
            if self._allowed_updates is not None:
                info["allowed_updates"] = sorted(self._allowed_updates)
            if self._webhook_error is not None and info["url"]:
                info["last_error_date"], info["last_error_message"] = self._webhook_error
            return info

    # ---------------------------------------------------------------------- webhook delivery

    def _start_deliverer(self) -> None:
        # Under _cond, not _lifecycle: stop() holds _lifecycle while it joins handler threads.
        with self._cond:
            if self._deliverer is not None or self._stopped:
                return
            self._deliverer = threading.Thread(
                target=self._deliver_forever, name=f"fakebotapi:{self._port}:webhook", daemon=True
            )
            self._deliverer.start()

    def _next_delivery(self) -> tuple[str, str | None, JSONDict] | None:
        """Return what to post next (url, secret, update), or None when there is nothing."""
        url = str(self._webhook.get("url") or "")
        if not _loopback_http(url):
            return None  # polling, or a host the fake never connects to: updates wait
        self._drop_unwanted()
        if not self._pending:
            return None
        secret = self._webhook.get("secret_token")
        return url, str(secret) if secret else None, copy.deepcopy(self._pending[0])

    def _deliver_forever(self) -> None:
        # Like Telegram with max_connections=1: one update at a time, in order, each posted
        # until the bot answers 2xx; only then is it confirmed and the next one sent.
        delay = self.webhook_retry_first
        while True:
            with self._cond:
                while not self._stopped and (job := self._next_delivery()) is None:
                    self._cond.wait()
                if self._stopped or job is None:
                    return
            url, secret, update = job
            delivery = self._post_update(url, secret, update)
            with self._cond:
                self._deliveries.append(delivery)
                if delivery.ok:
                    delay = self.webhook_retry_first
                    if self._pending and self._pending[0]["update_id"] == delivery.update_id:
                        self._pending.pop(0)
                        self._confirmed_offset = max(self._confirmed_offset, delivery.update_id + 1)
                else:
                    self._webhook_error = (int(time.time()), delivery.error or "")
                self._cond.notify_all()
                if not delivery.ok:
                    self._cond.wait_for(lambda: self._stopped, delay)
                    delay = min(delay * 2, self.webhook_retry_max)

    def _post_update(self, url: str, secret: str | None, update: JSONDict) -> Delivery:
        """Post one update as Telegram does: JSON, with the secret token header when set."""
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        body = json.dumps(update).encode("utf-8")
        update_id = int(update["update_id"])
        connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port or 80, timeout=self.webhook_timeout
        )
        try:
            connection.request("POST", target, body, headers)
            response = connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException) as exc:
            return Delivery(update_id, 0, f"Connection failed: {type(exc).__name__}")
        finally:
            connection.close()
        error = None
        if not 200 <= response.status < 300:
            error = f"Wrong response from the webhook: {response.status} {response.reason}"
        return Delivery(update_id, response.status, error)

    # ----------------------------------------------------------------------- bot settings

    @staticmethod
    def _command_key(params: JSONDict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: JSONDict, epoch: int) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("parameter \"commands\" is required")
        for command in commands:
            name = str(command.get("command", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        with self._cond:
            self._commands[self._command_key(params)] = commands
        return True

    def _get_my_commands(self, params: JSONDict, epoch: int) -> list[JSONDict]:
        with self._cond:
            return copy.deepcopy(self._commands.get(self._command_key(params), []))

    def _delete_my_commands(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            self._commands.pop(self._command_key(params), None)
        return True

    def commands(
        self, *, scope: JSONDict | None = None, language_code: str = ""
    ) -> list[JSONDict]:
        """Return the commands the bot set for ``scope`` and ``language_code``."""
        return self._get_my_commands(
            {"scope": scope, "language_code": language_code}, self._epoch
        )

    def _bot_setting_setter(self, name: str) -> Callable[[JSONDict, int], bool]:
        def setter(params: JSONDict, epoch: int) -> bool:
            with self._cond:
                key = (name, str(params.get("language_code") or ""))
                self._bot_settings[key] = params.get(name) or ""
            return True

        return setter

    def _bot_setting_getter(self, name: str) -> Callable[[JSONDict, int], JSONDict]:
        def getter(params: JSONDict, epoch: int) -> JSONDict:
            with self._cond:
                key = (name, str(params.get("language_code") or ""))
                return {name: self._bot_settings.get(key, "")}

        return getter

    def _set_chat_menu_button(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            key = ("menu_button", str(params.get("chat_id") or ""))
            self._bot_settings[key] = params.get("menu_button") or {"type": "default"}
        return True

    def _get_chat_menu_button(self, params: JSONDict, epoch: int) -> JSONDict:
        with self._cond:
            key = ("menu_button", str(params.get("chat_id") or ""))
            return dict(self._bot_settings.get(key, {"type": "default"}))

    # ---------------------------------------------------------------------------- messages

    def _resolve_chat(self, chat_id: Any) -> JSONDict:
        """Return the chat the bot may write to, raising like Telegram otherwise."""
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            found = next(
                (c for c in self._chats.values() if c.get("username") == chat_id[1:]), None
            )
            if found is None:
                raise _bad("chat not found")
            chat_id = found["id"]
        try:
            chat_key = int(chat_id)
        except (TypeError, ValueError):
            raise _bad("chat not found") from None
        chat = self._chats.get(chat_key)
        if chat is None:
            if chat_key > 0:
                raise _ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            raise _bad("chat not found")
        if chat_key in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_key in self._left:
            kind = "channel chat" if chat["type"] == "channel" else "group chat"
            raise _ApiError(403, f"Forbidden: bot is not a member of the {kind}")
        return chat

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def _new_bot_message(self, params: JSONDict, content: JSONDict) -> JSONDict:
        with self._cond:
            chat = self._resolve_chat(params.get("chat_id"))
            chat_id = int(chat["id"])
            message: JSONDict = {
                "message_id": 0,
                "from": dict(self._bot_user),
                "chat": dict(chat),
                "date": int(time.time()),
                **content,
            }
            if "message_thread_id" in params:
                message["message_thread_id"] = params["message_thread_id"]
            reply = params.get("reply_parameters")
            if reply is None and "reply_to_message_id" in params:
                reply = {
                    "message_id": params["reply_to_message_id"],
                    "allow_sending_without_reply": params.get("allow_sending_without_reply"),
                }
            if isinstance(reply, dict):
                target_chat = int(reply.get("chat_id") or chat_id)
                target = self._messages.get((target_chat, int(reply["message_id"])))
                if target is not None and (target_chat, target["message_id"]) not in self._deleted:
                    quoted = dict(target)
                    quoted.pop("reply_to_message", None)
                    message["reply_to_message"] = quoted
                elif not reply.get("allow_sending_without_reply"):
                    raise _bad("message to be replied not found")
            markup = _check_inline_keyboard(params.get("reply_markup"))
            if markup is not None:
                message["reply_markup"] = markup
            message["message_id"] = self._next_message_id(chat_id)
            self._messages[(chat_id, message["message_id"])] = message
            self._sent.setdefault(chat_id, []).append(message)
            self._cond.notify_all()
            sent = copy.deepcopy(message)
        # Outside the lock: a listener (the bench's driver) may push the next update.
        for listener in list(self._listeners):
            listener(chat_id, copy.deepcopy(sent))
        return sent

    def _send_message(self, params: JSONDict, epoch: int) -> JSONDict:
        text = _render(str(params.get("text", "")), params.get("parse_mode"))
        if not text.strip():
            raise _bad("message text is empty")
        if _utf16_len(text) > _MAX_TEXT:
            raise _bad("message is too long")
        content: JSONDict = {"text": text}
        preview = params.get("link_preview_options")
        if isinstance(preview, dict) and preview:
            content["link_preview_options"] = preview
        return self._new_bot_message(params, content)

    def _media_sender(self, kind: str) -> Callable[[JSONDict, int], JSONDict]:
        def send(params: JSONDict, epoch: int) -> JSONDict:
            content: JSONDict = {kind: self._media_object(kind, params.get(kind))}
            if params.get("caption"):
                caption = _render(str(params["caption"]), params.get("parse_mode"))
                if _utf16_len(caption) > _MAX_CAPTION:
                    raise _bad("message caption is too long")
                content["caption"] = caption
            return self._new_bot_message(params, content)

        return send

    def _media_object(self, kind: str, media: Any) -> Any:
        """Return the Bot API object for an uploaded file, a file_id or a URL."""
        with self._cond:
            if isinstance(media, UploadedFile):
                file_id = self._store_file(media.data, f"{kind}s/{media.filename}")
                data, name, mime = media.data, media.filename, media.content_type
            elif isinstance(media, str) and media in self._files:
                file_id, data = media, self._files[media][0]
                name, mime = self._files[media][1].rsplit("/", 1)[-1], "application/octet-stream"
            elif isinstance(media, str) and media.startswith(("http://", "https://")):
                # Never fetched: the fake connects nowhere.
                file_id = self._store_file(b"", f"{kind}s/{media.rsplit('/', 1)[-1]}")
                data, name, mime = b"", media.rsplit("/", 1)[-1], "application/octet-stream"
            else:
                raise _bad("wrong file identifier/HTTP URL specified")
        base: JSONDict = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(data),
        }
        if kind == "photo":
            return [{**base, "width": 90, "height": 90}]
        if kind == "sticker":
            return {**base, "type": "regular", "width": 512, "height": 512,
                    "is_animated": False, "is_video": False}  # fmt: skip
        if kind in ("video", "animation"):
            return {**base, "width": 320, "height": 240, "duration": 1, "mime_type": mime}
        if kind in ("voice", "audio"):
            return {**base, "duration": 1, "mime_type": mime}
        return {**base, "file_name": name, "mime_type": mime}

    def _store_file(self, data: bytes, file_path: str) -> str:
        with self._cond:
            file_id = f"FAKEFILE{next(self._file_ids)}"
            self._files[file_id] = (data, f"{file_id}/{file_path}")
            return file_id

    def _editable(self, params: JSONDict) -> JSONDict:
        if "inline_message_id" in params:
            raise _bad("inline messages are not supported by the fake")
        chat = self._resolve_chat(params.get("chat_id"))
        key = (int(chat["id"]), int(params.get("message_id") or 0))
        message = self._messages.get(key)
        if message is None or key in self._deleted:
            raise _bad("message to edit not found")
        if message["from"]["id"] != self._bot_user["id"]:
            raise _bad("message can't be edited")
        return message

    def _apply_edit(
        self, message: JSONDict, changes: JSONDict, markup: JSONDict | None
    ) -> JSONDict:
        unchanged = all(message.get(k) == v for k, v in changes.items())
        if unchanged and message.get("reply_markup") == markup:
            raise _bad(_NOT_MODIFIED)
        message.update(changes)
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        self._cond.notify_all()
        return copy.deepcopy(message)

    def _edit_message_text(self, params: JSONDict, epoch: int) -> JSONDict:
        text = _render(str(params.get("text", "")), params.get("parse_mode"))
        if not text.strip():
            raise _bad("message text is empty")
        if _utf16_len(text) > _MAX_TEXT:
            raise _bad("message is too long")
        with self._cond:
            message = self._editable(params)
            if "text" not in message:
                raise _bad("there is no text in the message to edit")
            markup = _check_inline_keyboard(params.get("reply_markup"))
            return self._apply_edit(message, {"text": text}, markup)

    def _edit_message_caption(self, params: JSONDict, epoch: int) -> JSONDict:
        caption = _render(str(params.get("caption", "")), params.get("parse_mode"))
        with self._cond:
            message = self._editable(params)
            if "text" in message:
                raise _bad("there is no caption in the message to edit")
            markup = _check_inline_keyboard(params.get("reply_markup"))
            return self._apply_edit(message, {"caption": caption}, markup)

    def _edit_message_reply_markup(self, params: JSONDict, epoch: int) -> JSONDict:
        with self._cond:
            message = self._editable(params)
            markup = _check_inline_keyboard(params.get("reply_markup"))
            return self._apply_edit(message, {}, markup)

    def _delete_message(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            chat = self._resolve_chat(params.get("chat_id"))
            key = (int(chat["id"]), int(params.get("message_id") or 0))
            if key not in self._messages or key in self._deleted:
                raise _bad("message to delete not found")
            self._deleted.add(key)
            self._cond.notify_all()
        return True

    def _answer_callback_query(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            query_id = str(params.get("callback_query_id", ""))
            if query_id not in self._open_queries:
                raise _bad(
                    "query is too old and response timeout expired or query ID is invalid"
                )
            self._open_queries.discard(query_id)
        if len(str(params.get("text", ""))) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        return True

    def _send_chat_action(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            self._resolve_chat(params.get("chat_id"))
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    def _leave_chat(self, params: JSONDict, epoch: int) -> bool:
        with self._cond:
            chat = self._resolve_chat(params.get("chat_id"))
            if chat["type"] == "private":
                raise _bad("chat member status can't be changed in private chats")
            self._left.add(int(chat["id"]))
        return True

    def _get_chat(self, params: JSONDict, epoch: int) -> JSONDict:
        with self._cond:
            chat_id = params.get("chat_id")
            chat = self._chats.get(int(chat_id)) if str(chat_id).lstrip("-").isdigit() else None
            if chat is None:
                raise _bad("chat not found")
            return {
                **chat,
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }

    def _get_file(self, params: JSONDict, epoch: int) -> JSONDict:
        with self._cond:
            file_id = str(params.get("file_id", ""))
            if file_id not in self._files:
                raise _bad("invalid file_id")
            data, file_path = self._files[file_id]
            return {
                "file_id": file_id,
                "file_unique_id": f"u{file_id}",
                "file_size": len(data),
                "file_path": file_path,
            }

    # ---------------------------------------------------------------------- pushing updates

    def send_update(self, update: JSONDict) -> JSONDict:
        """Queue a raw update for getUpdates and return it with its ``update_id``."""
        with self._cond:
            update = copy.deepcopy(update)
            if "update_id" not in update:
                update["update_id"] = self._next_update_id
            self._next_update_id = max(self._next_update_id, int(update["update_id"]) + 1)
            self._remember(update)
            self._pending.append(update)
            self._cond.notify_all()
            return copy.deepcopy(update)

    def _remember(self, update: JSONDict) -> None:
        """Learn the chats, users and messages an update shows, as Telegram knows them."""
        for value in update.values():
            if not isinstance(value, dict):
                continue
            chat = value.get("chat")
            if isinstance(chat, dict) and "id" in chat:
                self._chats.setdefault(int(chat["id"]), dict(chat))
                if "message_id" in value:
                    key = (int(chat["id"]), int(value["message_id"]))
                    self._messages[key] = copy.deepcopy(value)
                    counter = self._message_ids.setdefault(int(chat["id"]), itertools.count(1))
                    # keep the chat's counter ahead of ids given in raw updates
                    current = next(counter)
                    if current <= key[1]:
                        self._message_ids[int(chat["id"])] = itertools.count(key[1] + 1)
                    else:
                        self._message_ids[int(chat["id"])] = itertools.count(current)
            sender = value.get("from")
            if isinstance(sender, dict) and "id" in sender:
                self._users[int(sender["id"])] = dict(sender)

    def _user(
        self,
        user_id: int,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        is_bot: bool | None = None,
    ) -> JSONDict:
        with self._cond:
            user = dict(
                self._users.get(user_id)
                or {"id": user_id, "is_bot": False, "first_name": f"User{user_id}",
                    "language_code": "en"}  # fmt: skip
            )
        for key, value in (
            ("first_name", first_name),
            ("last_name", last_name),
            ("username", username),
            ("language_code", language_code),
            ("is_bot", is_bot),
        ):
            if value is not None:
                user[key] = value
        return user

    def _chat(self, user: JSONDict, chat_id: int | None, chat_type: str) -> JSONDict:
        if chat_type == "private":
            if chat_id not in (None, user["id"]):
                raise ValueError("a private chat's id is the user's id")
            chat: JSONDict = {"id": user["id"], "type": "private",
                              "first_name": user["first_name"]}  # fmt: skip
            for key in ("last_name", "username"):
                if key in user:
                    chat[key] = user[key]
            return chat
        if chat_id is None:
            raise ValueError(f"a {chat_type} chat needs chat_id")
        with self._cond:
            known = self._chats.get(chat_id)
        return dict(known) if known else {"id": chat_id, "type": chat_type,
                                          "title": f"Chat {chat_id}"}  # fmt: skip

    def _user_message(
        self,
        user: JSONDict,
        content: JSONDict,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
    ) -> JSONDict:
        chat = self._chat(user, chat_id, chat_type)
        with self._cond:
            # claim the id now so a bot reply sent meanwhile cannot take it
            message_id = self._next_message_id(int(chat["id"]))
        return {
            "message_id": message_id,
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            **content,
        }

    def _push_message(self, user_id: int, content: JSONDict, chat_id: int | None) -> JSONDict:
        with self._cond:
            chat_type = self._chats.get(chat_id, {}).get("type", "group") if chat_id else "private"
        message = self._user_message(
            self._user(user_id), content, chat_id=chat_id, chat_type=chat_type
        )
        return self.send_update({"message": message})

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str = "en",
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        is_bot: bool = False,
        reply_to_message_id: int | None = None,
    ) -> JSONDict:
        """Push a text message from a user; a leading "/" makes it a command."""
        user = self._user(
            user_id,
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            is_bot=is_bot,
        )
        content: JSONDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        message = self._user_message(user, content, chat_id=chat_id, chat_type=chat_type)
        if reply_to_message_id is not None:
            with self._cond:
                target = self._messages.get((message["chat"]["id"], reply_to_message_id))
            if target is None:
                raise ValueError(f"no message {reply_to_message_id} to reply to")
            message["reply_to_message"] = copy.deepcopy(target)
        return self.send_update({"message": message})

    def press_button(
        self,
        user_id: int,
        callback_data: str,
        *,
        message_id: int,
        chat_id: int | None = None,
        check: bool = True,
    ) -> JSONDict:
        """Push a callback query for a button on a message the bot sent."""
        chat = chat_id if chat_id is not None else user_id
        with self._cond:
            message = self._messages.get((chat, message_id))
            if message is None or message["from"]["id"] != self._bot_user["id"]:
                raise AssertionError(f"the bot sent no message {message_id} to chat {chat}")
            if (chat, message_id) in self._deleted:
                raise AssertionError(f"message {message_id} in chat {chat} was deleted")
            buttons = [
                b.get("callback_data")
                for row in message.get("reply_markup", {}).get("inline_keyboard", [])
                for b in row
            ]
            if check and callback_data not in buttons:
                raise AssertionError(
                    f"message {message_id} has no button {callback_data!r}; it has {buttons}"
                )
            query_id = str(next(self._query_ids))
            self._open_queries.add(query_id)
            snapshot = copy.deepcopy(message)
        query = {
            "id": query_id,
            "from": self._user(user_id),
            "message": snapshot,
            "chat_instance": str(-abs(chat)),
            "data": callback_data,
        }
        return self.send_update({"callback_query": query})

    def edit_text(
        self, user_id: int, message_id: int, new_text: str, *, chat_id: int | None = None
    ) -> JSONDict:
        """Push an edited_message: the user changed the text of one of their messages."""
        chat = chat_id if chat_id is not None else user_id
        with self._cond:
            original = self._messages.get((chat, message_id))
            if original is None or original["from"]["id"] != user_id:
                raise ValueError(f"user {user_id} sent no message {message_id} in chat {chat}")
            edited = copy.deepcopy(original)
        edited["text"] = new_text
        edited["edit_date"] = int(time.time())
        edited.pop("entities", None)
        if new_text.startswith("/"):
            command = new_text.split(maxsplit=1)[0]
            edited["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return self.send_update({"edited_message": edited})

    def add_file(self, data: bytes, *, file_path: str = "documents/file") -> str:
        """Store a file the bot can fetch with getFile and download; return its file_id."""
        return self._store_file(data, file_path)

    def send_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        data: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        chat_id: int | None = None,
    ) -> JSONDict:
        """Push a photo message (two sizes) from a user."""
        file_id = self.add_file(data, file_path="photos/file.jpg")
        sizes = [
            {"file_id": file_id, "file_unique_id": f"u{file_id}s", "width": 90, "height": 90,
             "file_size": len(data)},
            {"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 800, "height": 800,
             "file_size": len(data)},
        ]  # fmt: skip
        content: JSONDict = {"photo": sizes}
        if caption is not None:
            content["caption"] = caption
        return self._push_message(user_id, content, chat_id)

    def send_voice(
        self,
        user_id: int,
        *,
        duration: int = 3,
        data: bytes = b"OggS\x00fake-voice",
        chat_id: int | None = None,
    ) -> JSONDict:
        """Push a voice note from a user."""
        file_id = self.add_file(data, file_path="voice/file.oga")
        voice = {"file_id": file_id, "file_unique_id": f"u{file_id}", "duration": duration,
                 "mime_type": "audio/ogg", "file_size": len(data)}  # fmt: skip
        return self._push_message(user_id, {"voice": voice}, chat_id)

    def send_document(
        self,
        user_id: int,
        data: bytes,
        *,
        file_name: str = "story.txt",
        mime_type: str = "text/plain",
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> JSONDict:
        """Push a document from a user."""
        file_id = self.add_file(data, file_path=f"documents/{file_name}")
        document = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name,
                    "mime_type": mime_type, "file_size": len(data)}  # fmt: skip
        content: JSONDict = {"document": document}
        if caption is not None:
            content["caption"] = caption
        return self._push_message(user_id, content, chat_id)

    def send_sticker(
        self, user_id: int, *, emoji: str = "\N{THUMBS UP SIGN}", chat_id: int | None = None
    ) -> JSONDict:
        """Push a sticker from a user."""
        file_id = self.add_file(b"RIFFfake-webp", file_path="stickers/file.webp")
        sticker = {"file_id": file_id, "file_unique_id": f"u{file_id}", "type": "regular",
                   "width": 512, "height": 512, "is_animated": False, "is_video": False,
                   "emoji": emoji}  # fmt: skip
        return self._push_message(user_id, {"sticker": sticker}, chat_id)

    def send_location(
        self, user_id: int, latitude: float, longitude: float, *, chat_id: int | None = None
    ) -> JSONDict:
        """Push a location from a user."""
        location = {"latitude": latitude, "longitude": longitude}
        return self._push_message(user_id, {"location": location}, chat_id)

    def send_contact(
        self,
        user_id: int,
        phone_number: str,
        first_name: str,
        *,
        chat_id: int | None = None,
    ) -> JSONDict:
        """Push a shared contact from a user."""
        contact = {"phone_number": phone_number, "first_name": first_name}
        return self._push_message(user_id, {"contact": contact}, chat_id)

    def forward_text(
        self,
        user_id: int,
        text: str,
        *,
        origin_name: str = "Someone Else",
        chat_id: int | None = None,
    ) -> JSONDict:
        """Push a text the user forwarded from a hidden user."""
        origin = {"type": "hidden_user", "sender_user_name": origin_name,
                  "date": int(time.time()) - 60}  # fmt: skip
        return self._push_message(user_id, {"text": text, "forward_origin": origin}, chat_id)

    def channel_post(self, chat_id: int, text: str, *, title: str = "Channel") -> JSONDict:
        """Push a post in a channel the bot is in."""
        with self._cond:
            message_id = self._next_message_id(chat_id)
        post = {
            "message_id": message_id,
            "chat": {"id": chat_id, "type": "channel", "title": title},
            "date": int(time.time()),
            "text": text,
        }
        return self.send_update({"channel_post": post})

    def _member_update(self, user_id: int, chat: JSONDict, old: str, new: str) -> JSONDict:
        bot = dict(self._bot_user)
        update = {
            "chat": chat,
            "from": self._user(user_id),
            "date": int(time.time()),
            "old_chat_member": {"status": old, "user": bot},
            "new_chat_member": {"status": new, "user": bot},
        }
        if new == "kicked":
            update["new_chat_member"]["until_date"] = 0
        return self.send_update({"my_chat_member": update})

    def block_bot(self, user_id: int) -> JSONDict:
        """Block the bot for a user: later sends get 403; push the my_chat_member update."""
        user = self._user(user_id)
        with self._cond:
            self._blocked.add(user_id)
        return self._member_update(user_id, self._chat(user, None, "private"), "member", "kicked")

    def unblock_bot(self, user_id: int) -> JSONDict:
        """Unblock the bot for a user and push the my_chat_member update."""
        user = self._user(user_id)
        with self._cond:
            self._blocked.discard(user_id)
        return self._member_update(user_id, self._chat(user, None, "private"), "kicked", "member")

    def add_to_group(
        self, user_id: int, chat_id: int, *, title: str = "Group", chat_type: str = "group"
    ) -> JSONDict:
        """Push the my_chat_member update of a user adding the bot to a group."""
        with self._cond:
            self._left.discard(chat_id)
        chat = {"id": chat_id, "type": chat_type, "title": title}
        return self._member_update(user_id, chat, "left", "member")

    # ---------------------------------------------------------------------------- inspection

    def on_message(self, callback: Callable[[int, JSONDict], None]) -> None:
        """Call ``callback(chat_id, message)`` (in a server thread) for every message sent."""
        self._listeners.append(callback)

    @property
    def requests(self) -> list[Call]:
        """Return every call the bot made, in arrival order."""
        with self._cond:
            return list(self._calls)

    def calls(self, method: str) -> list[Call]:
        """Return the calls of one method (case-insensitive)."""
        with self._cond:
            return [c for c in self._calls if c.method.lower() == method.lower()]

    def messages_to(self, chat_id: int) -> list[JSONDict]:
        """Return the messages the bot sent to a chat, in order, with edits applied."""
        with self._cond:
            return copy.deepcopy(self._sent.get(chat_id, []))

    def is_deleted(self, chat_id: int, message_id: int) -> bool:
        """Return whether a message was deleted."""
        with self._cond:
            return (chat_id, message_id) in self._deleted

    def file_bytes(self, file_id: str) -> bytes:
        """Return the bytes of a stored or uploaded file."""
        with self._cond:
            return self._files[file_id][0]

    @property
    def confirmed_offset(self) -> int:
        """Return the highest offset the bot confirmed (getUpdates, or webhook 2xx; 0 if none)."""
        with self._cond:
            return self._confirmed_offset

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Return the updates not yet confirmed."""
        with self._cond:
            return copy.deepcopy(self._pending)

    @property
    def webhook_url(self) -> str:
        """Return the webhook URL set by the bot, or "" when polling."""
        with self._cond:
            return str(self._webhook.get("url", ""))

    @property
    def deliveries(self) -> list[Delivery]:
        """Return every attempt to post an update to the webhook, in order."""
        with self._cond:
            return list(self._deliveries)

    def wait_for_delivery(
        self, update_id: int, *, status: int | None = None, timeout: float = 10.0
    ) -> Delivery:
        """Block until an attempt to post ``update_id`` got ``status`` (any, when None)."""

        def found() -> Delivery | None:
            return next(
                (d for d in self._deliveries
                 if d.update_id == update_id and status in (None, d.status)),
                None,
            )  # fmt: skip

        with self._cond:
            if not self._cond.wait_for(lambda: found() is not None, timeout):
                tried = [d.status for d in self._deliveries if d.update_id == update_id]
                raise AssertionError(
                    f"no delivery of update {update_id} with status {status} within {timeout}s "
                    f"(statuses so far: {tried}; webhook {self._webhook.get('url', '')!r})"
                )
            delivery = found()
            assert delivery is not None
            return delivery

    async def await_delivery(
        self, update_id: int, *, status: int | None = None, timeout: float = 10.0
    ) -> Delivery:
        """Wait like wait_for_delivery in a worker thread, leaving the event loop free."""
        return await asyncio.to_thread(
            self.wait_for_delivery, update_id, status=status, timeout=timeout
        )

    def wait_for_message(
        self,
        chat_id: int,
        *,
        after: int | None = None,
        timeout: float = 10.0,
        predicate: Callable[[JSONDict], bool] | None = None,
    ) -> JSONDict:
        """Block until the bot sends a message to ``chat_id`` not yet waited for; return it."""
        def failure(sent: list[JSONDict], start: int) -> str:
            texts = [m.get("text", m.get("caption", "<media>")) for m in sent]
            return (f"the bot sent no new message to chat {chat_id} within {timeout}s "
                    f"(looking from index {start}); sent there so far: {texts}")

        found = self._wait_for_next(
            lambda: self._sent.get(chat_id, []), self._message_cursor, chat_id, after, timeout,
            None if predicate is None else lambda m: predicate(copy.deepcopy(m)), failure,
        )
        return copy.deepcopy(found)

    def _wait_for_next(
        self,
        items: Callable[[], list[Any]],
        cursors: dict[Any, int],
        key: Any,
        after: int | None,
        timeout: float,
        predicate: Callable[[Any], bool] | None,
        failure: Callable[[list[Any], int], str],
    ) -> Any:
        """Wait for the first item past the cursor (or `after`) that passes; move the cursor past it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            start = cursors.get(key, 0) if after is None else after
            while True:
                current = items()
                for index in range(start, len(current)):
                    if predicate is None or predicate(current[index]):
                        cursors[key] = max(cursors.get(key, 0), index + 1)
                        return current[index]
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recent = "\n  ".join(c.describe() for c in self._calls[-15:])
                    raise AssertionError(f"{failure(current, start)}\nlast calls:\n  {recent}")
                self._cond.wait(remaining)

    async def await_message(
        self,
        chat_id: int,
        *,
        after: int | None = None,
        timeout: float = 10.0,
        predicate: Callable[[JSONDict], bool] | None = None,
    ) -> JSONDict:
        """Wait like wait_for_message in a worker thread, leaving the event loop free."""
        return await asyncio.to_thread(
            self.wait_for_message, chat_id, after=after, timeout=timeout, predicate=predicate
        )

    def wait_for_method(
        self,
        method: str,
        *,
        after: int | None = None,
        timeout: float = 10.0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> Call:
        """Block until the bot calls ``method`` (once more than already waited for)."""
        key = method.lower()
        return self._wait_for_next(
            lambda: [c for c in self._calls if c.method.lower() == key], self._method_cursor, key, after, timeout,
            predicate,
            lambda calls, start: f"the bot made no new {method} call within {timeout}s "
                                 f"({len(calls)} so far, looking from index {start})",
        )

    async def await_method(
        self,
        method: str,
        *,
        after: int | None = None,
        timeout: float = 10.0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> Call:
        """Wait like wait_for_method in a worker thread, leaving the event loop free."""
        return await asyncio.to_thread(
            self.wait_for_method, method, after=after, timeout=timeout, predicate=predicate
        )

    def wait_for_confirmed(self, update_id: int, *, timeout: float = 10.0) -> None:
        """Block until the bot has confirmed ``update_id`` (offset beyond it, or webhook 2xx)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._confirmed_offset > update_id, timeout):
                raise AssertionError(
                    f"update {update_id} not confirmed within {timeout}s "
                    f"(confirmed offset {self._confirmed_offset})"
                )


def _loopback_http(url: str) -> bool:
    """Return whether ``url`` is plain http on this machine: the only place the fake posts to."""
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def _update_kind(update: JSONDict) -> str:
    return next((k for k in update if k != "update_id"), "")
