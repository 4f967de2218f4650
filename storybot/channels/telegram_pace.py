"""Keep to Telegram's pace and ride out Bot API faults, at PTB's rate-limiter seam.

`PacedRateLimiter` is PTB's `AIORateLimiter` (overall and group limits, retries on 429
with retry_after) plus two things it does not do:

- a pace per private chat: about one message a second, with short bursts (a token bucket);
- retries with backoff when a request certainly did not reach Telegram: connection
  refused or reset before an answer, a connect/pool timeout, a 5xx. A request that timed
  out while Telegram may have been carrying it out (read/write timeout) is NOT retried,
  because sendMessage has no idempotency key: resending could show a reply twice.
  `is_ambiguous` tells the channel which errors those are.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]

# Requests that are our own long poll: the intake loop backs off on its own.
_NOT_RETRIED = frozenset({"getupdates"})


def is_ambiguous(error: BaseException) -> bool:
    """Say whether a failed request may still have been carried out by Telegram."""
    if not isinstance(error, TimedOut):
        return False
    cause = error.__cause__
    # Nothing was sent when connecting (or waiting for a pooled connection) timed out.
    return not isinstance(cause, (httpx.ConnectTimeout, httpx.PoolTimeout))


class PacedRateLimiter(AIORateLimiter):
    """AIORateLimiter plus a per-chat pace and retries of requests that never arrived."""

    def __init__(
        self,
        *,
        overall_max_rate: float = 30,
        chat_rate: float = 1.0,
        chat_burst: int = 3,
        retry_seconds: float = 300.0,
        max_retries: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(overall_max_rate=overall_max_rate, overall_time_period=1, max_retries=max_retries)
        self.chat_rate = chat_rate
        self.chat_burst = max(1, chat_burst)
        self.retry_seconds = retry_seconds
        self._clock = clock
        # chat id -> (tokens, when counted); a token bucket per private chat.
        self._buckets: dict[int, tuple[float, float]] = {}

    async def _pace(self, chat_id: int) -> None:
        """Wait until the chat's bucket has a token, then take it."""
        if self.chat_rate <= 0:
            return
        now = self._clock()
        tokens, at = self._buckets.get(chat_id, (float(self.chat_burst), now))
        tokens = min(float(self.chat_burst), tokens + (now - at) * self.chat_rate)
        if tokens >= 1:
            self._buckets[chat_id] = (tokens - 1, now)
            return
        wait = (1 - tokens) / self.chat_rate
        # Book the token now, so concurrent senders to the same chat queue up behind it.
        self._buckets[chat_id] = (tokens - 1, now)
        await asyncio.sleep(wait)
        if len(self._buckets) > 10_000:  # forget chats idle long enough to be full again
            horizon = self._clock() - self.chat_burst / self.chat_rate
            self._buckets = {k: v for k, v in self._buckets.items() if v[1] >= horizon}

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        """Pace private chats, then send, retrying while the request certainly did not arrive."""
        chat_id = data.get("chat_id")
        if isinstance(chat_id, int) and chat_id > 0 and endpoint.startswith(("send", "copy", "forward")):
            await self._pace(chat_id)
        if endpoint.lower() in _NOT_RETRIED:
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        deadline = self._clock() + self.retry_seconds
        delay = 0.25
        while True:
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                # PTB's BadRequest subclasses NetworkError, but a 400 is Telegram's final word
                # (a callback query too old to answer after a restart): trying again only stalls.
                raise
            except NetworkError as exc:
                if is_ambiguous(exc) or self._clock() + delay > deadline:
                    raise
                log.warning("%s failed (%s); retrying in %.1f s", endpoint, type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
