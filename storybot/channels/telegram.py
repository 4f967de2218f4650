"""The Telegram channel: a python-telegram-bot Application that feeds the engine.

Handlers only translate: an update becomes an `Incoming`, the engine decides, and each
`Reply` becomes a message with an inline keyboard. Stories are told in private chats only.

Updates arrive through durable intake (telegram_intake: our own polling loop and an inbox
table), so the Application is built without PTB's Updater. Requests go through
telegram_pace's rate limiter: Telegram's pace, retries of requests that never arrived.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    Chat,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Update,
)
from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from storybot import safeguarding
from storybot.analysis import AnalysisService
from storybot.channels.telegram_intake import TRANSIENT, note_failure
from storybot.channels.telegram_pace import PacedRateLimiter, is_ambiguous
from storybot.config import Settings
from storybot.conversation import Engine
from storybot.conversation.engine import (
    COMMANDS,
    CONTACT_REQUESTED,
    FLAG_RAISED,
    STORY_SUBMITTED,
    STORYSET_BUILT,
    commands_for,
)
from storybot.conversation.review import notice_text
from storybot.db import Address, Clock, Database, RoleHolder, utcnow
from storybot.errors import Blocked, Unreachable
from storybot.jobs import Jobs
from storybot.learning import load_current_analyzer
from storybot.models import Incoming, Kind, Reply, Sender
from storybot.prompts import FALLBACK_LANGUAGE, Prompts
from storybot.roles import ADMIN, role_holders

log = logging.getLogger(__name__)

CHANNEL = "telegram"


def run_bot(settings: Settings, prompts: Prompts) -> None:
    """Run the bot until SIGTERM or SIGINT, with durable intake (see telegram_intake).

    Updates are polled, or with STORYBOT_WEBHOOK_URL set, posted to us (telegram_webhook).
    """
    import asyncio
    import gc
    import signal

    from storybot.channels.telegram_intake import serve_until_stopped

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        app = build_application(settings, prompts)
        # What start-up built (PTB, the prompts, the safeguarding cues: about 90,000 objects)
        # lives as long as the process. Frozen, it is no longer walked by every full
        # collection, each of which otherwise stalled the loop for 40-60 ms under load.
        # Start-up's garbage is collected first, so none of it is kept for good.
        gc.collect()
        gc.freeze()
        if settings.webhook_url:
            from storybot.channels.telegram_webhook import WebhookConfig, serve_webhook_until_stopped

            webhook = WebhookConfig.from_settings(settings)
            await serve_webhook_until_stopped(app, webhook, stop, workers=settings.telegram_workers)
        else:
            await serve_until_stopped(app, stop, workers=settings.telegram_workers)

    asyncio.run(main())


def build_application(
    settings: Settings,
    prompts: Prompts,
    *,
    load_analyzer: Callable[[], Any] | None = None,
    clock: Clock = utcnow,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """Build the bot: services are opened in post_init and closed in post_shutdown.

    `load_analyzer` lets a process that already holds the spaCy pipeline share it; `clock`
    lets tests move time for the scheduled jobs and review leases.
    """
    if settings.telegram_token is None:
        raise ValueError("build_application needs STORYBOT_TELEGRAM_TOKEN")

    async def post_init(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        db = await Database.open(settings.database, clock=clock)

        def notify_team() -> None:
            app.bot_data["tasks"].add(asyncio.create_task(deliver_notices(app)))

        def on_event(event: str) -> None:
            if event == STORY_SUBMITTED:
                analysis.notify()
            elif event in (FLAG_RAISED, CONTACT_REQUESTED):
                notify_team()
            elif event == STORYSET_BUILT:
                app.bot_data["tasks"].add(asyncio.create_task(deliver_teller_notices(app)))

        async def on_role_change(holders: list[RoleHolder]) -> None:
            await _set_role_menus(app, prompts, holders)

        analysis = AnalysisService(
            db, load_analyzer or partial(load_current_analyzer, settings),
            in_process=load_analyzer is not None, on_flag=notify_team,
        )
        engine = Engine(
            db, prompts, admins=settings.admin_identities(), invite_hours=settings.invite_hours,
            on_role_change=on_role_change, on_event=on_event,
            lease_minutes=settings.review_lease_minutes, set_words=settings.set_words,
            codebook_path=settings.prompts_dir / "themes.yaml",
        )
        app.bot_data.update(
            db=db, prompts=prompts, settings=settings, analysis=analysis, engine=engine,
            tasks=set(), notice_lock=asyncio.Lock(),
        )
        await _set_commands(app, prompts)
        admins = [RoleHolder(CHANNEL, str(i), ADMIN, FALLBACK_LANGUAGE) for i in sorted(settings.admin_ids)]
        await _set_role_menus(app, prompts, admins + await role_holders(db))
        app.bot_data["tasks"].add(asyncio.create_task(analysis.run()))
        notify_team()  # anything left unsent before a restart
        await _schedule_jobs(app, Jobs(
            db, prompts, settings, partial(deliver, app.bot), channels=(CHANNEL,), on_new_model=analysis.reload,
        ), settings)
        app.bot_data["tasks"].add(asyncio.create_task(deliver_teller_notices(app)))
        log.info("storybot is listening on Telegram")

    async def post_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        analysis: AnalysisService | None = app.bot_data.pop("analysis", None)
        if analysis is not None:
            await analysis.close()
        tasks: set[asyncio.Task[None]] = app.bot_data.pop("tasks", set())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        db: Database | None = app.bot_data.pop("db", None)
        if db is not None:
            await db.close()

    app = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .updater(None)  # intake is ours: see telegram_intake
        .rate_limiter(PacedRateLimiter(
            overall_max_rate=settings.telegram_overall_rate,
            chat_rate=settings.telegram_chat_rate,
            chat_burst=settings.telegram_chat_burst,
            retry_seconds=settings.telegram_retry_seconds,
            max_retries=3,
        ))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    # Before anything else: updates from groups, channels and bots stop here.
    app.add_handler(TypeHandler(Update, only_private_chats), group=-1)
    app.add_handler(ChatMemberHandler(added_to_group, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, on_edit))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.FORWARDED, on_forwarded))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, on_text))
    # Service messages (a pinned message, "write access allowed"...) need no answer.
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.StatusUpdate.ALL, on_other))
    app.add_error_handler(on_error)
    return app


async def deliver_teller_notices(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Tell tellers who asked to hear back that their story was shared; keep undelivered ones."""
    db: Database = app.bot_data["db"]
    prompts: Prompts = app.bot_data["prompts"]
    async with app.bot_data["notice_lock"]:
        async with db.transaction() as store:
            notices = await store.unsent_teller_notices(CHANNEL)
        for notice in notices:
            wording = prompts.for_language(notice["language"]).review
            try:
                await app.bot.send_message(int(notice["external_id"]), notice_text(wording, notice["name"], notice["held_on"]))
            except (Forbidden, BadRequest) as exc:
                log.info("teller notice %s not delivered: %s", notice["id"], exc.__class__.__name__)
                continue
            async with db.transaction() as store:
                await store.mark_teller_notice_sent(notice["id"])


async def deliver_notices(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Send waiting safeguarding notices to admins and facilitators; keep them if none is reached."""
    db: Database = app.bot_data["db"]
    settings: Settings = app.bot_data["settings"]
    async with app.bot_data["notice_lock"]:
        notices = await safeguarding.pending_notices(db, app.bot_data["prompts"])
        if not notices:
            return
        recipients = await safeguarding.team_recipients(db, settings.admin_ids)
        if not recipients:
            log.error("%d safeguarding notices wait: set STORYBOT_ADMIN_IDS so someone receives them", len(notices))
            return
        for notice in notices:
            reached = 0
            for chat_id in recipients:
                try:
                    markup = None
                    if notice.ack_label is not None:
                        markup = InlineKeyboardMarkup(
                            [[InlineKeyboardButton(notice.ack_label, callback_data=f"ack:{notice.flag_id}")]]
                        )
                    await app.bot.send_message(int(chat_id), notice.text, reply_markup=markup)
                    reached += 1
                except (Forbidden, BadRequest) as exc:
                    # Telegram refuses until that person has started a chat with the bot.
                    log.warning("team member could not be notified of notice %s: %s", notice.id, exc.message)
            if reached:
                await safeguarding.mark_sent(db, notice.id)
            else:
                log.error("notice %s reached nobody; it will be tried again", notice.id)


async def _schedule_jobs(app: Application[Any, Any, Any, Any, Any, Any], jobs: Jobs, settings: Settings) -> None:
    # Due times live in the database; the JobQueue only wakes the jobs up to look at them.
    if app.job_queue is None:
        raise RuntimeError("scheduled jobs need python-telegram-bot[job-queue] installed")
    await jobs.start()
    app.bot_data["jobs"] = jobs
    app.job_queue.run_repeating(
        run_due_jobs, interval=settings.job_tick_seconds, first=min(settings.job_tick_seconds, 5.0), name="storybot-jobs"
    )


async def run_due_jobs(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Run the scheduled jobs that are due (reminders, retention, digest, backup)."""
    jobs: Jobs = context.bot_data["jobs"]
    await jobs.tick()


async def deliver(bot: Bot, address: Address, reply: Reply) -> None:
    """Send a message a job decided on; Forbidden (the person blocked us) becomes Blocked."""
    if address.channel != CHANNEL:
        raise Unreachable(f"cannot reach a {address.channel} identity on Telegram")
    try:
        if not await _send(bot, int(address.external_id), reply):
            raise Blocked("the person has blocked the bot")  # _send turned Forbidden into False
    except Forbidden as exc:
        raise Blocked("the person has blocked the bot") from exc
    except TelegramError as exc:
        raise Unreachable(type(exc).__name__) from exc


async def _set_commands(app: Application[Any, Any, Any, Any, Any, Any], prompts: Prompts) -> None:
    for language, locale in prompts.locales.items():
        commands = [BotCommand(name, getattr(locale.commands, name)) for name in COMMANDS]
        # English is also the default list for every language without a file of its own.
        await app.bot.set_my_commands(commands, language_code=None if language == "en" else language)


async def _set_role_menus(
    app: Application[Any, Any, Any, Any, Any, Any], prompts: Prompts, holders: list[RoleHolder]
) -> None:
    """Give each role holder's private chat the menu of their role (or the default back)."""
    for holder in holders:
        if holder.channel != CHANNEL:
            continue
        scope = BotCommandScopeChat(int(holder.external_id))
        try:
            if holder.role in (ADMIN, "worker", "facilitator"):
                locale = prompts.for_language(holder.language)
                commands = [BotCommand(n, locale.command_help(n)) for n in commands_for(holder.role)]
                await app.bot.set_my_commands(commands, scope=scope)
            else:
                await app.bot.delete_my_commands(scope=scope)
        except TelegramError as exc:
            # An admin who never opened the bot has no chat yet; /help still lists everything.
            log.info("could not set the command menu for a %s: %s", holder.role, exc.__class__.__name__)


def _sender(update: Update) -> Sender:
    user = update.effective_user
    assert user is not None  # only_private_chats lets through updates with a user only
    return Sender(CHANNEL, str(user.id), user.language_code)


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, incoming: Incoming) -> None:
    engine: Engine = context.bot_data["engine"]
    # The update id is the receipt: a replay after a crash returns the stored replies.
    replies = await engine.handle(_sender(update), incoming, receipt=update.update_id)
    chat = update.effective_chat
    assert chat is not None
    for reply in replies:
        if not await send_reply(context, chat.id, reply):
            return


async def send_reply(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply) -> bool:
    """Send one reply, split at Telegram's length limit, with its buttons on the last part.

    Return False when the person cannot be reached (they blocked the bot). A request that
    timed out mid-flight is not resent: Telegram may have shown it already.
    """
    return await _send(context.bot, chat_id, reply)


async def _send(bot: Bot, chat_id: int, reply: Reply) -> bool:
    parts = split_text(reply.text)
    markup = None
    if reply.buttons:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data)] for b in reply.buttons])
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        try:
            await bot.send_message(chat_id, part, reply_markup=markup if last else None)
        except Forbidden:
            log.info("chat %s cannot be reached (blocked or deleted); replies dropped", chat_id)
            return False
        except TelegramError as exc:
            if not is_ambiguous(exc):
                raise
            log.warning("a reply to chat %s timed out mid-flight; not resent, to avoid a duplicate", chat_id)
    for document in reply.documents:
        await bot.send_document(chat_id, InputFile(document.data, filename=document.filename))
    return True


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Cut text into pieces Telegram accepts, preferring paragraph and line breaks."""
    text = text.strip() or "…"
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n\n", 0, limit), text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return parts


async def only_private_chats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Let through private chats with people; answer groups once and leave them."""
    chat = update.effective_chat
    user = update.effective_user
    if update.my_chat_member is not None:
        return  # handled by added_to_group
    if chat is None or user is None or user.is_bot:
        raise ApplicationHandlerStop
    if chat.type != Chat.PRIVATE:
        await _leave(context, chat.id, _locale_text(context, user.language_code))
        raise ApplicationHandlerStop


async def added_to_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say once that stories are told in private, then leave the group or channel."""
    member: ChatMemberUpdated | None = update.my_chat_member
    if member is None or member.chat.type == Chat.PRIVATE:
        return
    if member.new_chat_member.status in ("member", "administrator"):
        language = member.from_user.language_code if member.from_user else None
        await _leave(context, member.chat.id, _locale_text(context, language))


def _locale_text(context: ContextTypes.DEFAULT_TYPE, language: str | None) -> str:
    prompts: Prompts = context.bot_data["prompts"]
    return prompts.for_language(language).messages.private_only


async def _leave(context: ContextTypes.DEFAULT_TYPE, chat_id: int, notice: str) -> None:
    try:
        await context.bot.send_message(chat_id, notice)
        await context.bot.leave_chat(chat_id)
    except (Forbidden, BadRequest):
        log.info("could not post the private-chat notice in chat %s", chat_id)


def storable(text: str) -> str:
    """Return text as sent, except lone surrogates (unencodable, so unstorable) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Pass a typed message or command to the engine."""
    message = update.message
    assert message is not None and message.text is not None
    await _answer(update, context, Incoming.parse_text(storable(message.text), str(message.message_id)))


async def on_forwarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the person a forwarded message is not kept: a story is told in their own words."""
    await _answer(update, context, Incoming(Kind.FORWARDED))


async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Pass an edited message to the engine, which updates the answer it gave."""
    message = update.edited_message
    assert message is not None and message.text is not None
    await _answer(update, context, Incoming(Kind.EDIT, storable(message.text), message_ref=str(message.message_id)))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge a button press, take the keyboard away and pass the choice on."""
    query = update.callback_query
    assert query is not None
    # Both are courtesies: a press too old to answer (a replay after a restart), a keyboard
    # already gone (a double press) or any refusal must never cost the person their choice.
    # They go out while the engine works, so a press costs one round trip, not three.
    courtesies = [courtesy(query.answer(), "answer button press", update.update_id)]
    if query.message is not None and query.message.is_accessible:
        courtesies.append(courtesy(query.edit_message_reply_markup(None), "remove keyboard", update.update_id))
    sent = asyncio.gather(*courtesies)
    try:
        await _answer(update, context, Incoming(Kind.CHOICE, storable(query.data or "")))
    finally:
        await sent


async def courtesy(request: Awaitable[object], what: str, update_id: int) -> None:
    """Send a request whose failure changes nothing for the person; log only its kind."""
    try:
        await request
    except TelegramError as exc:
        log.info("could not %s in update %s: %s", what, update_id, type(exc).__name__)


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply kindly to photos, stickers, voice notes and the like; store nothing."""
    await _answer(update, context, Incoming(Kind.UNSUPPORTED))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with the update id only: never the text, never the token."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    if error is not None:
        note_failure(error)  # the intake tries a passing failure again
    if isinstance(error, TRANSIENT):
        log.warning("update %s failed for now (%s); it stays in the inbox", update_id, type(error).__name__)
        return
    log.error("error while handling update %s", update_id, exc_info=error)


