"""The yardstick bot for `storybot bench`: a trivial echo bot.

    python -m storybot.channels.telegram_bench echo

It reads the usual STORYBOT_ settings. It is PTB's plainest form (run_polling, one
MessageHandler), so the bench can compare storybot's own overhead with it.
"""

from __future__ import annotations

import logging
import sys

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from storybot.config import Settings, load_settings

log = logging.getLogger(__name__)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back."""
    assert update.message is not None and update.message.text is not None
    await update.message.reply_text(update.message.text)


def run_echo(settings: Settings) -> None:
    """Run the echo bot with PTB's own polling."""
    assert settings.telegram_token is not None
    app = ApplicationBuilder().token(settings.telegram_token.get_secret_value()).base_url(settings.telegram_api_url).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


def main(argv: list[str]) -> int:
    """Run the bench bot named on the command line."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    settings = load_settings()
    if argv[:1] == ["echo"]:
        run_echo(settings)
        return 0
    print("usage: python -m storybot.channels.telegram_bench echo", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
