"""Bot processes for `storybot bench`: a trivial echo bot, and storybot with a backfill thread.

    python -m storybot.channels.telegram_bench echo
    python -m storybot.channels.telegram_bench backfill N

Both read the usual STORYBOT_ settings. The echo bot is PTB's plainest form (run_polling,
one MessageHandler), the yardstick for our own overhead. `backfill` runs storybot exactly
as `storybot run` does, plus a worker thread that analyses N stories once the file named
by STORYBOT_BENCH_GO appears: the analysis-after-submission service is not on main yet,
so this stands in for its backfill.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from pathlib import Path

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


def backfill_texts(count: int) -> list[str]:
    """Return `count` story-like texts made from the shipped starter corpus."""
    corpus = Path(__file__).resolve().parent.parent / "nlp" / "data" / "starter_corpus.jsonl"
    base = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [base[i % len(base)] for i in range(count)]


def _backfill(settings: Settings, count: int, go: Path, started: Path) -> None:
    from storybot.nlp import load_analyzer

    analyzer = load_analyzer(settings)
    texts = backfill_texts(count)
    while not go.exists():
        time.sleep(0.05)
    started.touch()
    begun = time.monotonic()
    for start in range(0, len(texts), 64):
        analyzer.analyse(texts[start:start + 64])
    log.warning("backfill of %d stories took %.1f s", count, time.monotonic() - begun)
    (started.parent / "backfill.finished").touch()


def main(argv: list[str]) -> int:
    """Run the bench bot named on the command line."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    settings = load_settings()
    if argv[:1] == ["echo"]:
        run_echo(settings)
        return 0
    if argv[:1] == ["backfill"] and len(argv) == 2:
        from storybot.channels.telegram import run_bot
        from storybot.prompts import load_prompts

        go = Path(os.environ["STORYBOT_BENCH_GO"])
        started = Path(os.environ["STORYBOT_BENCH_STARTED"])
        worker = threading.Thread(target=_backfill, args=(settings, int(argv[1]), go, started), daemon=True)
        worker.start()
        run_bot(settings, load_prompts(settings.prompts_dir))
        return 0
    print("usage: python -m storybot.channels.telegram_bench echo | backfill N", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
