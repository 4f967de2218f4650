"""Webhook mode: Telegram posts each update to us, and hears 200 only once it is stored.

The optional alternative to polling (telegram_intake), chosen by STORYBOT_WEBHOOK_URL.
PTB's own `run_webhook` (telegram/ext/_utils/webhookhandler.py) puts an update on an
in-memory queue and answers 200 before any handler has run, so a crash at that moment
loses the update for good, the same gap its polling has. So we own the handler, and each
POST on the URL's path:

1. must carry Telegram's `X-Telegram-Bot-Api-Secret-Token`, compared in constant time:
   otherwise 403 (PTB compares with `!=`; neither the secret nor a wrong one is logged);
2. must be at most 1 MB (413; tornado itself cuts off a body past 8 MB with 400) and one
   JSON object with an integer `update_id` (400);
3. is written to the inbox and committed (`Intake.store`) before the answer: 200 after the
   commit, 500 if it failed, so Telegram sends the update again later. An update sent
   twice (our 200 was lost on the way) is stored once and answered 200 both times.

Bodies are never logged, only update ids. Telegram posts only to https: an operator runs a
TLS reverse proxy in front (the server listens on 127.0.0.1 by default) that passes the
URL's path through unchanged.

The HTTP server is tornado's, as in PTB's `webhooks` extra: a mature HTTP/1.1 server (keep-
alive, header and body limits, timeouts) on the same asyncio loop as the Application.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import tornado.web
from telegram import Update
from tornado.httpserver import HTTPServer

from storybot.channels.telegram_intake import App, Intake, serving
from storybot.config import Settings
from storybot.errors import ConfigError

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20  # an update is a few KB; Telegram's largest are far below this
# Up to here a refused body is still read (and dropped), so the client hears why; beyond
# it tornado gives up on the connection.
HARD_MAX_BODY = 8 * MAX_BODY


@dataclass(frozen=True)
class WebhookConfig:
    """Where Telegram posts (url), the shared secret, and where our server listens."""

    url: str
    secret: str = field(repr=False)
    listen: str = "127.0.0.1"
    port: int = 8443

    @classmethod
    def from_settings(cls, settings: Settings) -> WebhookConfig:
        """Build the webhook configuration from the settings (STORYBOT_WEBHOOK_*)."""
        if settings.webhook_url is None or settings.webhook_secret is None:
            raise ConfigError("webhook mode needs STORYBOT_WEBHOOK_URL and STORYBOT_WEBHOOK_SECRET")
        return cls(
            url=settings.webhook_url,
            secret=settings.webhook_secret.get_secret_value(),
            listen=settings.webhook_listen,
            port=settings.webhook_port,
        )

    @property
    def path(self) -> str:
        """Return the path Telegram posts to: the URL's, which the proxy passes through."""
        return urlsplit(self.url).path or "/"


def parse_update(body: bytes) -> dict[str, Any] | None:
    """Return the update a body holds (a JSON object with an integer update_id), or None."""
    try:
        update = json.loads(body)
    except (ValueError, RecursionError):  # ValueError covers bad UTF-8 too
        return None
    if not isinstance(update, dict):
        return None
    update_id = update.get("update_id")
    # Within SQLite's INTEGER: a larger id would fail the store on every retry.
    if not isinstance(update_id, int) or isinstance(update_id, bool) or not 0 <= update_id < 2**63:
        return None
    return update


@tornado.web.stream_request_body
class _UpdateHandler(tornado.web.RequestHandler):
    """Take one update from Telegram into the inbox; answer 200 only after the commit."""

    SUPPORTED_METHODS = ("POST",)  # type: ignore[assignment]

    def initialize(self, server: WebhookServer) -> None:  # tornado's per-request hook
        self.webhook = server
        self.chunks: list[bytes] = []
        self.size = 0
        self.refusal: HTTPStatus | None = None

    def prepare(self) -> None:
        """Decide, before the body arrives, to refuse a request without the secret or too large.

        The answer waits until the body is read (and dropped): answering first and closing
        with unread data would reset the connection, and the client might not hear why.
        """
        if self.webhook.closing:
            self.refusal = HTTPStatus.SERVICE_UNAVAILABLE  # Telegram tries again later
            return
        given = self.request.headers.get(SECRET_HEADER, "")
        # Headers arrive decoded as latin-1, so this gives back the bytes that were sent.
        if not hmac.compare_digest(given.encode("latin-1", "replace"), self.webhook.secret):
            log.warning("refused a webhook request: %s secret header", "wrong" if given else "no")
            self.refusal = HTTPStatus.FORBIDDEN
            return
        length = self.request.headers.get("Content-Length")
        if length is not None and length.isdigit() and int(length) > MAX_BODY:
            self._too_large()

    def data_received(self, chunk: bytes) -> None:
        """Collect the body up to MAX_BODY (a chunked body has no length to check first)."""
        if self.refusal is not None:
            return
        self.size += len(chunk)
        if self.size > MAX_BODY:
            self.chunks.clear()
            self._too_large()
            return
        self.chunks.append(chunk)

    def _too_large(self) -> None:
        log.warning("refused a webhook request of more than %d bytes", MAX_BODY)
        self.refusal = HTTPStatus.REQUEST_ENTITY_TOO_LARGE

    async def post(self) -> None:
        """Store the update and answer 200, or say why not."""
        if self.refusal is not None:
            self._answer(self.refusal)
            return
        update = parse_update(b"".join(self.chunks))
        self.chunks.clear()
        if update is None:
            log.warning("refused a webhook request whose body is not a Telegram update")
            self._answer(HTTPStatus.BAD_REQUEST)
            return
        update_id = update["update_id"]
        self.webhook.busy += 1
        try:
            await self.webhook.intake.store([update])
        except Exception as exc:  # the database failed: Telegram must send it again
            log.error("update %s could not be stored (%s); answered 500 so Telegram sends it again",
                      update_id, type(exc).__name__)
            self._answer(HTTPStatus.INTERNAL_SERVER_ERROR)
            return
        finally:
            self.webhook.busy -= 1
            if not self.webhook.busy:
                self.webhook.idle.set()
        log.debug("update %s stored from the webhook", update_id)
        self._answer(HTTPStatus.OK)

    def _answer(self, status: HTTPStatus) -> None:
        # A short plain body: Telegram reads only the status (a JSON body would be a method call).
        self.set_status(status)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.finish("" if status == HTTPStatus.OK else status.phrase)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """Answer tornado's own refusals (405, a server error) briefly, without a traceback page."""
        self.finish(HTTPStatus(status_code).phrase)


def _log_request(handler: tornado.web.RequestHandler) -> None:
    # Instead of tornado's access log: status and time only, at debug.
    log.debug("webhook %s %d in %.1f ms", handler.request.method, handler.get_status(),
              1000 * handler.request.request_time())


class WebhookServer:
    """The HTTP server Telegram posts updates to; each is stored through `Intake.store`."""

    def __init__(self, intake: Intake, config: WebhookConfig) -> None:
        self.intake = intake
        self.config = config
        self.secret = config.secret.encode("ascii")
        self.port = config.port  # the bound port once started (differs when asked for 0)
        self.closing = False
        self.busy = 0
        self.idle = asyncio.Event()
        self.idle.set()
        self._http: HTTPServer | None = None

    async def start(self) -> None:
        """Listen on the configured address and port."""
        path = re.escape(self.config.path.rstrip("/"))
        app = tornado.web.Application(
            [(rf"{path}/?", _UpdateHandler, {"server": self})], log_function=_log_request
        )
        # Bounded: a stalled or idle connection does not hold a slot for ever.
        self._http = HTTPServer(
            app, max_body_size=HARD_MAX_BODY, idle_connection_timeout=75, body_timeout=30
        )
        try:
            # Not tornado's bind_sockets: on a port in use it leaves its socket open.
            family = socket.getaddrinfo(self.config.listen, self.config.port, type=socket.SOCK_STREAM,
                                        flags=socket.AI_PASSIVE)[0][0]
            sock = socket.create_server((self.config.listen, self.config.port), family=family, backlog=128)
        except OSError as exc:
            raise ConfigError(
                f"cannot listen for the webhook on {self.config.listen}:{self.config.port} "
                f"({exc.strerror or exc}); check STORYBOT_WEBHOOK_LISTEN and STORYBOT_WEBHOOK_PORT"
            ) from None
        sock.setblocking(False)
        self._http.add_sockets([sock])
        self.port = int(sock.getsockname()[1])
        log.info("listening for Telegram's webhook on %s:%d", self.config.listen, self.port)

    async def stop(self, timeout: float = 10.0) -> None:
        """Stop taking updates: refuse new ones (Telegram keeps them), finish those being stored."""
        if self._http is None:
            return
        self.closing = True
        self._http.stop()
        try:
            await asyncio.wait_for(self.idle.wait(), timeout)
        except TimeoutError:
            log.warning("stopping with %d webhook requests still being stored", self.busy)
        await self._http.close_all_connections()
        self._http = None


async def set_webhook(app: App, config: WebhookConfig) -> None:
    """Ask Telegram to post every kind of update to the URL, with the secret, keeping what it holds."""
    await app.bot.set_webhook(
        url=config.url,
        secret_token=config.secret,
        allowed_updates=Update.ALL_TYPES,
        drop_pending_updates=False,
    )
    log.info("Telegram posts updates to the webhook now")


@asynccontextmanager
async def serving_webhook(app: App, config: WebhookConfig, *, workers: int = 64) -> AsyncIterator[WebhookServer]:
    """Run the Application in webhook mode: finish the inbox, listen, set the webhook; stop after."""
    async with serving(app, workers=workers, poll=False) as intake:
        server = WebhookServer(intake, config)
        # Listen before setWebhook, so Telegram's first post finds us.
        await server.start()
        try:
            await set_webhook(app, config)
            yield server
        finally:
            # The webhook stays set: Telegram keeps updates for us until we are back.
            await server.stop()


async def serve_webhook_until_stopped(app: App, config: WebhookConfig, stop: asyncio.Event, *, workers: int = 64) -> None:
    """Serve in webhook mode until `stop` is set (by SIGTERM/SIGINT in `storybot run`)."""
    async with serving_webhook(app, config, workers=workers):
        await stop.wait()
