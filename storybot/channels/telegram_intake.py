"""Durable intake: no update Telegram handed us is lost to a crash.

PTB's own polling confirms a batch (the next getUpdates offset) before its handlers have
run, so a SIGKILL right after a fetch loses those messages. Here the Application is
built with `updater(None)` and this loop does the polling:

1. `bot.get_updates(offset)` fetches a batch;
2. every update is written to the `inbox` table as JSON and committed;
3. only then is the next getUpdates sent, whose offset confirms the batch to Telegram.

A worker feeds inbox rows to `Application.process_update`, in order for each person (a
"lane"), different people concurrently. On start, rows not yet done are finished first.

In webhook mode (telegram_webhook) nothing is polled: Telegram posts each update, the
handler calls `Intake.store`, and only after that commit does Telegram get its 200.

Delivery guarantees (the trade-off, chosen on purpose):
- Stored answers: exactly once. The engine writes `applied_at` and its replies into the
  inbox row in the same transaction as its own writes (`Engine.handle(..., receipt=)`);
  a replayed update returns those replies and changes nothing.
- Replies: at least once across a crash. A row is marked done after its replies went
  out; a crash between the engine's commit and that mark resends the stored replies (a
  person may see one message twice, never lose the next question). Within one run, a
  reply is sent once: requests that certainly failed are retried, a request that timed
  out mid-flight is not (see telegram_pace).
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import logging
import sqlite3
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

from storybot.db import Database, Store, utcnow

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]

# Set by the worker around process_update; the error handler notes a transient failure in it.
OUTCOME: contextvars.ContextVar[dict[str, BaseException] | None] = contextvars.ContextVar(
    "storybot_intake_outcome", default=None
)
TRANSIENT = (NetworkError, RetryAfter, sqlite3.OperationalError)
KEEP_DONE = timedelta(days=2)  # longer than Telegram keeps an unconfirmed update (24 h)


def note_failure(error: BaseException) -> None:
    """Tell the intake worker that the update being processed failed for a passing reason."""
    outcome = OUTCOME.get()
    if outcome is not None and isinstance(error, TRANSIENT):
        outcome["error"] = error


def lane_of(update: dict[str, Any]) -> str:
    """Name the ordering lane of a raw update: its person, else its chat, else its own id."""
    for key, value in update.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        sender = value.get("from") or value.get("user")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return f"u{sender['id']}"
        chat = value.get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return f"c{chat['id']}"
    return f"x{update.get('update_id')}"


class Intake:
    """Poll Telegram into the inbox and process the inbox through the Application."""

    def __init__(
        self,
        app: App,
        db: Database,
        *,
        poll_timeout: int = 10,
        workers: int = 64,
        max_attempts: int = 4,
        retry_delay: float = 1.0,
        done_delay: float = 0.05,
    ) -> None:
        self.app = app
        self.db = db
        self.poll_timeout = poll_timeout
        self.max_attempts = max_attempts
        self.retry_delay = retry_delay
        self._slots = asyncio.Semaphore(workers)
        self._lanes: dict[str, deque[int]] = {}
        self._lane_tasks: dict[str, asyncio.Task[None]] = {}
        self._poller: asyncio.Task[None] | None = None
        self._idle = asyncio.Event()
        self._idle.set()
        self._finished: list[int] = []
        self._flusher: asyncio.Task[None] | None = None
        self.done_delay = done_delay
        self.offset: int | None = None

    async def start(self, *, poll: bool = True) -> None:
        """Finish what an earlier run left in the inbox, then start polling (unless `poll` is False).

        Without polling, updates come in through `store` alone (webhook mode, telegram_webhook).
        """
        async with self.db.transaction() as store:
            await store.inbox_prune((utcnow() - KEEP_DONE).isoformat(timespec="seconds"))
            pending = await store.inbox_pending()
        if pending:
            log.info("finishing %d updates left in the inbox by an earlier run", len(pending))
        for update_id, lane, _ in pending:
            self._enqueue(lane, update_id)
        if poll:
            self._poller = asyncio.create_task(self._poll(), name="storybot:intake:poll")

    async def stop(self, drain_timeout: float = 10.0) -> None:
        """Stop polling and let the updates in hand finish (what is left stays in the inbox)."""
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None
        try:
            await asyncio.wait_for(self._idle.wait(), drain_timeout)
        except TimeoutError:
            log.warning("stopping with %d lanes busy; their updates stay in the inbox", len(self._lane_tasks))
        tasks = list(self._lane_tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._flusher is not None:
            self._flusher.cancel()
            await asyncio.gather(self._flusher, return_exceptions=True)
        await self.flush()

    async def drained(self) -> None:
        """Wait until every update in hand is done and marked so (for tests and the bench)."""
        await self._idle.wait()
        await self.flush()

    # --- fetching -------------------------------------------------------------------

    async def _poll(self) -> None:
        delay = 0.5
        webhook_cleared = False
        while True:
            try:
                if not webhook_cleared:
                    # getUpdates answers Conflict for as long as a webhook is set (webhook mode
                    # ran before). Like PTB's start_polling, remove it first, keeping what
                    # Telegram holds for us.
                    await self.app.bot.delete_webhook(drop_pending_updates=False)
                    webhook_cleared = True
                # The raw JSON, not bot.get_updates: that one parses first, and on an update it
                # cannot parse it raises (losing the batch) and logs the whole batch's text.
                # "getupdates": the Bot API's method names are case-insensitive, and this
                # spelling is not a Bot attribute, so PTB does not warn to use get_updates.
                raw = await self.app.bot.do_api_request(
                    "getupdates",
                    api_kwargs={"offset": self.offset, "timeout": self.poll_timeout, "allowed_updates": Update.ALL_TYPES},
                    read_timeout=self.poll_timeout + 10,
                )
                updates = [u for u in raw if isinstance(u, dict) and isinstance(u.get("update_id"), int)] if isinstance(raw, list) else []
            except InvalidToken:
                log.critical("Telegram refused the bot token; polling stops")
                raise
            except (NetworkError, Conflict, RetryAfter) as exc:
                # Conflict: another instance polls; NetworkError: Telegram unreachable, 5xx, timeouts.
                wait = exc.retry_after.total_seconds() if isinstance(exc, RetryAfter) else delay  # type: ignore[union-attr]
                log.warning("getUpdates failed (%s); trying again in %.1f s", type(exc).__name__, wait)
                await asyncio.sleep(wait)
                delay = min(delay * 2, 30.0)
                continue
            except TelegramError as exc:
                log.error("getUpdates failed (%s); trying again in %.1f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            delay = 0.5
            if not updates:
                continue
            await self.store(updates)
            # Only now may the next getUpdates confirm this batch to Telegram.
            self.offset = max(u["update_id"] for u in updates) + 1

    async def store(self, updates: list[dict[str, Any]]) -> list[int]:
        """Write raw updates to the inbox (committed), queue the new ones, and return their ids."""
        rows = [(u["update_id"], lane_of(u), json.dumps(u)) for u in updates]
        async with self.db.transaction() as store:
            added = set(await store.inbox_add(rows))
        for update_id, lane, _ in rows:
            if update_id in added:
                self._enqueue(lane, update_id)
        return sorted(added)

    # --- processing -----------------------------------------------------------------

    def _enqueue(self, lane: str, update_id: int) -> None:
        self._lanes.setdefault(lane, deque()).append(update_id)
        if lane not in self._lane_tasks:
            self._idle.clear()
            self._lane_tasks[lane] = asyncio.create_task(self._run_lane(lane), name=f"storybot:intake:{lane}")

    async def _run_lane(self, lane: str) -> None:
        queue = self._lanes[lane]
        try:
            while queue:
                update_id = queue[0]
                try:
                    async with self._slots:
                        await self._process(update_id)
                except Exception:  # the inbox itself failed: keep the update, try again soon
                    log.exception("update %s could not be processed; trying again", update_id)
                    await asyncio.sleep(self.retry_delay)
                    continue
                queue.popleft()
        finally:
            if not queue:
                self._lanes.pop(lane, None)
            self._lane_tasks.pop(lane, None)
            if not self._lane_tasks:
                self._idle.set()

    async def _process(self, update_id: int) -> None:
        while True:
            async with self._unit() as store:
                claimed = await store.inbox_claim(update_id)
            if claimed is None:
                return  # done already (a duplicate in the queue)
            payload, attempt = claimed
            try:
                update = Update.de_json(json.loads(payload), self.app.bot)
            except Exception as exc:  # malformed input, not our failure: keep going
                log.warning("update %s could not be read (%s); it is set aside", update_id, type(exc).__name__)
                self._done(update_id)
                return
            outcome: dict[str, BaseException] = {}
            token = OUTCOME.set(outcome)
            try:
                await self.app.process_update(update)
            finally:
                OUTCOME.reset(token)
            error = outcome.get("error")
            if error is None or attempt >= self.max_attempts:
                if error is not None:
                    log.error("update %s failed %d times (%s); giving up", update_id, attempt, type(error).__name__)
                self._done(update_id)
                return
            wait = self.retry_delay * 2 ** (attempt - 1)
            log.warning("update %s failed (%s); trying again in %.1f s", update_id, type(error).__name__, wait)
            await asyncio.sleep(wait)

    # --- done marks -------------------------------------------------------------------
    # A done mark rides along with the next claim's transaction instead of costing one of
    # its own (a third fewer commits under load); a short timer writes what is left when
    # it is quiet. A crash before the write only means those replies are sent again.

    def _done(self, update_id: int) -> None:
        self._finished.append(update_id)
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush_soon(), name="storybot:intake:done")

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self.done_delay)
        try:
            await self.flush()
        except Exception:  # kept in memory: the next claim or flush writes them
            log.exception("could not mark updates done; trying again with the next one")

    async def flush(self) -> None:
        """Write the done marks not yet written."""
        if self._finished:
            async with self._unit():
                pass

    @asynccontextmanager
    async def _unit(self) -> AsyncIterator[Store]:
        """A transaction that also writes the done marks in hand (kept for later if it fails)."""
        finished, self._finished = self._finished, []
        try:
            async with self.db.transaction() as store:
                if finished:
                    await store.inbox_done(finished)
                yield store
        except BaseException:
            self._finished[:0] = finished
            raise


@asynccontextmanager
async def serving(app: App, *, poll_timeout: int = 10, workers: int = 64, poll: bool = True) -> AsyncIterator[Intake]:
    """Run the Application with durable intake: post_init, start, poll; stop it all after.

    With `poll=False` nothing is fetched: the caller feeds `Intake.store` (webhook mode).
    """
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        intake = Intake(app, app.bot_data["db"], poll_timeout=poll_timeout, workers=workers)
        app.bot_data["intake"] = intake
        await intake.start(poll=poll)
        try:
            yield intake
        finally:
            await intake.stop()
            await app.stop()
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


async def serve_until_stopped(app: App, stop: asyncio.Event, *, poll_timeout: int = 10, workers: int = 64) -> None:
    """Serve until `stop` is set (by SIGTERM/SIGINT in `storybot run`)."""
    async with serving(app, poll_timeout=poll_timeout, workers=workers):
        await stop.wait()
