"""The `storybot` command. Data goes to stdout; logs and progress go to stderr."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TypeVar

from storybot.config import Settings, load_settings
from storybot.db import Database
from storybot.errors import StorybotError

log = logging.getLogger(__name__)
T = TypeVar("T")

NO_TOKEN = """\
storybot run needs a Telegram bot token, and STORYBOT_TELEGRAM_TOKEN is not set.
  1. Talk to @BotFather on Telegram, send /newbot and copy the token it gives you.
  2. Set it, for example:  export STORYBOT_TELEGRAM_TOKEN=123456:ABC-your-token
     (or put the line STORYBOT_TELEGRAM_TOKEN=... in a file named .env here).
  3. Run storybot run again.
To try the conversation without Telegram, run:  storybot chat"""


def _setup_logging(verbose: bool, quiet: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request URL, and Bot API URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def _on_database(settings: Settings, work: Callable[[Database], Awaitable[T]]) -> T:
    """Open (and migrate) the database, run one piece of work on it, and close it."""

    async def main() -> T:
        db = await Database.open(settings.database)
        try:
            return await work(db)
        finally:
            await db.close()

    return asyncio.run(main())


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Run the bot on Telegram (or a console conversation with --console-without-token)."""
    from storybot.prompts import load_prompts

    prompts = load_prompts(settings.prompts_dir)
    if settings.telegram_token is None:
        if args.console_without_token:
            print("STORYBOT_TELEGRAM_TOKEN is not set, so here is the conversation in this terminal.\n"
                  "Type your answers; press Ctrl-D to stop (your place is kept).\n", file=sys.stderr)
            return cmd_chat(settings, argparse.Namespace(name="console", language=None))
        print(NO_TOKEN, file=sys.stderr)
        return 2
    from storybot.channels.telegram import run_bot

    run_bot(settings, prompts)
    return 0


def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    """Hold a conversation on stdin/stdout with the same engine as Telegram."""
    from storybot.channels.console import chat
    from storybot.conversation import Engine
    from storybot.prompts import load_prompts

    prompts = load_prompts(settings.prompts_dir)

    async def talk(db: Database) -> None:
        # Console names are typed freely, so they are never admins: admin ids are Telegram ids.
        engine = Engine(
            db, prompts, invite_hours=settings.invite_hours, lease_minutes=settings.review_lease_minutes,
            set_words=settings.set_words, codebook_path=settings.prompts_dir / "themes.yaml",
        )
        await chat(engine, name=args.name, language=args.language)

    _on_database(settings, talk)
    return 0

def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    """Create the database if needed and apply pending migrations."""

    async def nothing_more(db: Database) -> None:
        return None  # opening the database applied the migrations

    _on_database(settings, nothing_more)
    print(f"database {settings.database} is up to date", file=sys.stderr)
    return 0

def cmd_stories(settings: Settings, args: argparse.Namespace) -> int:
    """Print stories as a JSON array, newest first."""
    from storybot.stories import list_stories

    _print_json(_on_database(settings, lambda db: list_stories(db, args.status)))
    return 0

def cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    """Import stories from a CSV file, all or nothing; print the report."""
    from storybot.importer import import_csv
    from storybot.prompts import load_prompts

    prompts = load_prompts(settings.prompts_dir)
    report = _on_database(
        settings, lambda db: import_csv(db, prompts, args.file, dry_run=args.dry_run, progress=sys.stderr)
    )
    print(report.render())
    return 0 if report.ok else 1

def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    """Copy the database to PATH with SQLite's online backup API (safe while the bot runs)."""
    from storybot.backups import take_backup

    if not settings.database.exists():
        raise StorybotError(f"there is no database at {settings.database} to back up (STORYBOT_DATABASE)")
    print(_on_database(settings, lambda db: take_backup(db, args.path, actor="operator")))
    return 0

def cmd_restore(settings: Settings, args: argparse.Namespace) -> int:
    """Replace the database with a backup, after checking that both are what they seem."""
    from storybot.backups import restore_backup

    restored = restore_backup(args.path, settings.database, force=args.force)

    async def record(db: Database) -> None:  # opening also brings an older backup's schema up to date
        async with db.transaction() as store:
            await store.audit("operator", "backup.restored", f"file:{args.path.name}", {
                "forced": args.force,
                "previous_kept_as": restored.previous.name if restored.previous else None,
            })

    _on_database(settings, record)
    print(f"restored {settings.database} from {args.path}", file=sys.stderr)
    if restored.previous is not None:
        print(f"the database it replaced is kept as {restored.previous}", file=sys.stderr)
    return 0

def _moment(text: str) -> str:
    from datetime import UTC, datetime

    from storybot.db import stored_time

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date or time like 2026-01-31 or 2026-01-31T09:00") from None
    return stored_time(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def cmd_audit(settings: Settings, args: argparse.Namespace) -> int:
    """Print the audit log as a JSON array, oldest first."""

    async def entries(db: Database) -> list[dict[str, object]]:
        async with db.transaction() as store:
            return await store.audit_entries(action=args.action, since=args.since, actor=args.actor)

    _print_json(_on_database(settings, entries))
    return 0

def cmd_analyse(settings: Settings, args: argparse.Namespace) -> int:
    """Print theme, redaction and safeguarding suggestions for each {"id", "text"} line."""
    from storybot.learning import load_current_analyzer
    from storybot.nlp.batch import analyse_jsonl

    analyse_jsonl(load_current_analyzer(settings), args.file, sys.stdout)
    return 0


def cmd_evaluate(settings: Settings, args: argparse.Namespace) -> int:
    """Score the pipeline against a gold file shaped like eval/dev.jsonl, or cross-validate it; print JSON."""
    from storybot.learning import current_classifier_dir, load_current_analyzer, shipped_classifier_dir
    from storybot.nlp.batch import evaluate_jsonl
    from storybot.nlp.pipeline import has_classifier

    if args.cv is not None:
        from storybot.nlp.measure import cross_validate
        from storybot.nlp.train import read_corpus_records, training_corpora

        if args.file is not None:
            raise StorybotError("give either a gold FILE or --cv K, not both")
        if args.cv < 2:
            raise StorybotError("--cv needs at least 2 folds")
        _print_json(cross_validate(read_corpus_records(training_corpora()), settings, args.cv, args.seed))
        return 0
    if args.file is None:
        raise StorybotError("give a gold FILE to score against, or --cv K to cross-validate on the training corpora")
    folder = {"current": current_classifier_dir(settings), "shipped": shipped_classifier_dir()}.get(
        args.model, settings.models_dir / args.model
    )
    if not has_classifier(folder):
        raise StorybotError(f"no theme model in {folder} (use current, shipped or a folder name under {settings.models_dir})")
    evaluate_jsonl(load_current_analyzer(settings, folder), args.file, sys.stdout)
    return 0


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    """Write a story set of shareable, confirmed, not withdrawn stories (redacted text only)."""
    from storybot.nlp.codebook import load_codebook
    from storybot.prompts import load_prompts
    from storybot.storysets import build_set, render, title_for

    locale = load_prompts(settings.prompts_dir).for_language(None)
    codebook = load_codebook(settings.prompts_dir / "themes.yaml")
    if args.theme is not None and args.theme not in codebook.ids:
        raise StorybotError(f"unknown theme {args.theme!r}; theme ids: {', '.join(codebook.ids)}")

    async def export(db: Database) -> str:
        async with db.transaction() as store:
            title = title_for(locale.review.cards, codebook, theme=args.theme)
            story_set = await build_set(store, codebook, title, theme=args.theme, budget_words=args.budget)
            await store.audit("operator", "export.built", "", {
                "theme": args.theme, "format": args.format, "stories": [c.story.key for c in story_set.cards],
            })
        log.info("exported %d stories", len(story_set.cards))
        return render(story_set, args.format, locale, codebook)

    text = _on_database(settings, export)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0

def cmd_agreement(settings: Settings, args: argparse.Namespace) -> int:
    """Print, per theme, agreement between teller, facilitator and model, and the model's precision."""
    from storybot.nlp.codebook import load_codebook
    from storybot.prompts import load_prompts
    from storybot.review import agreement

    codebook = load_codebook(settings.prompts_dir / "themes.yaml")
    teller_choices = set(load_prompts(settings.prompts_dir).for_language(None).review.teller_themes)
    _print_json(_on_database(settings, lambda db: agreement(db, list(codebook.ids), teller_choices)))
    return 0

def cmd_retrain(settings: Settings, args: argparse.Namespace) -> int:
    """Retrain the theme classifier on reviewers' decisions; print before/after figures as JSON."""
    from storybot.learning import read_labelled, retrain

    async def gather(db: Database) -> list[tuple[str, list[str], list[str]]]:
        async with db.transaction() as store:
            return await store.training_records()

    extra = read_labelled(args.file) if args.file is not None else []
    report = retrain(settings, _on_database(settings, gather), extra, force=args.force)
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0

def cmd_bench(settings: Settings, args: argparse.Namespace) -> int:
    """Measure load, NLP speed, latency under a backfill and memory; print a JSON report."""
    from storybot import bench

    report = bench.run(
        settings, people=args.people, nlp_texts=args.nlp_texts, backfill_stories=args.backfill,
        crash_people=args.crash_people, crash_kills=args.crash_kills, do_crash=args.crash, skip_nlp=args.skip_nlp,
        set_stories=args.set_stories, pause=args.pause,
    )
    bench.print_report(report)
    crash = report.get("crash")
    return 1 if crash is not None and not crash["ok"] else 0


def build_parser() -> argparse.ArgumentParser:
    """Describe every command and its options."""
    parser = argparse.ArgumentParser(
        prog="storybot",
        description="Gather consented stories from people accessing support and frontline workers.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail to stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[Settings, argparse.Namespace], int], summary: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=summary, description=summary)
        command.set_defaults(handler=handler)
        return command

    run = add("run", cmd_run, "Run the bot on Telegram (needs STORYBOT_TELEGRAM_TOKEN).")
    run.add_argument(
        "--console-without-token", action="store_true",
        help="when no token is set, hold a console conversation instead of stopping (used by `make run`)",
    )
    chat = add("chat", cmd_chat, "Tell a story in this terminal: reads lines from stdin, prints the bot's messages.")
    chat.add_argument("--name", default="console", help="who is talking, so each name keeps its own place (default: console)")
    chat.add_argument("--language", default=None, help="language code for the wording, such as en (default: en)")
    add("migrate", cmd_migrate, "Create the database if needed and apply pending migrations.")
    stories = add("stories", cmd_stories, "List stories as JSON for an operator, newest first.")
    stories.add_argument("--status", choices=["pending", "confirmed", "withdrawn", "all"], default="all",
                         help="which stories to list (default: all)")
    stories.add_argument("--format", choices=["json"], default="json", help="output format (default: json)")
    importer = add("import", cmd_import, "Import stories from a CSV file (all or nothing) as pending, ready for review.")
    importer.add_argument("file", type=Path, help="CSV with the header text,author,question_id,consent_scope,consent_basis,told_on")
    importer.add_argument("--dry-run", action="store_true", help="check every row and report, but store nothing")
    backup = add("backup", cmd_backup, "Back up the database to a file, safely while the bot is running.")
    backup.add_argument("path", type=Path, help="the backup file to write, or a folder to write a dated file in")
    restore = add("restore", cmd_restore, "Replace the database with a backup (stop the bot first).")
    restore.add_argument("path", type=Path, help="a backup file written by `storybot backup` or the nightly job")
    restore.add_argument("--force", action="store_true",
                         help="replace a database holding newer data than the backup, or one that is not storybot's")
    audit = add("audit", cmd_audit, "List the audit log as JSON: who did what, when (ids only, no story text).")
    audit.add_argument("--action", help="only this action (consent.given) or area (consent)")
    audit.add_argument("--since", type=_moment, help="only entries at or after this UTC date or time (2026-01-31)")
    audit.add_argument("--actor", help="only entries by this actor: a person id, operator or scheduler")
    analyse = add("analyse", cmd_analyse, "Suggest themes, redactions and safeguarding flags for a JSON-lines file.")
    analyse.add_argument("file", type=Path, help='JSON lines, one {"id", "text"} record per line')
    evaluate = add("evaluate", cmd_evaluate, "Score the NLP pipeline against a gold-labelled JSON-lines file.")
    evaluate.add_argument("file", type=Path, nargs="?", default=None, help="JSON lines shaped like eval/dev.jsonl")
    evaluate.add_argument("--cv", type=int, default=None, metavar="K",
                          help="instead, cross-validate the theme suggester in K folds on the training corpora "
                               "(storybot/nlp/data/*corpus*.jsonl): retrains K times, about a minute a fold")
    evaluate.add_argument("--seed", type=int, default=0, help="how --cv shuffles the folds")
    evaluate.add_argument("--model", default="current",
                          help="theme model: current (the active one), shipped, or a folder under STORYBOT_MODELS_DIR")
    export = add("export", cmd_export, "Write a story set (redacted, consented, confirmed stories) as html, md, csv or json.")
    export.add_argument("--theme", default=None, help="a codebook theme id (default: all themes)")
    export.add_argument("--format", choices=["html", "md", "csv", "json"], required=True, help="output format")
    export.add_argument("--output", type=Path, default=None, help="file to write (default: stdout)")
    export.add_argument("--budget", type=int, default=None, help="reading budget in words (default: no limit)")
    add("agreement", cmd_agreement, "Print per-theme agreement of teller, facilitator and model, and model precision, as JSON.")
    retrain_cmd = add("retrain", cmd_retrain, "Retrain the theme classifier on reviewers' decisions; print before/after figures.")
    retrain_cmd.add_argument("--file", type=Path, default=None,
                             help='extra labelled JSON lines: {"text", "themes", optional "rejected"} per line')
    retrain_cmd.add_argument("--force", action="store_true", help="activate the new model even if it scores worse")
    bench = add("bench", cmd_bench, "Measure throughput, latency, NLP speed and memory on 127.0.0.1; print JSON.")
    bench.add_argument("--people", type=int, default=200, help="simulated people telling a story at once (default: 200)")
    bench.add_argument("--pause", type=float, default=10.0,
                       help="mean seconds a person pauses between steps in the human-pace run (default: 10)")
    bench.add_argument("--nlp-texts", type=int, default=1000, help="texts for the NLP speed comparison (default: 1000)")
    bench.add_argument("--backfill", type=int, default=5000, help="stories analysed during the latency run (default: 5000)")
    bench.add_argument("--set-stories", type=int, default=10_000,
                       help="confirmed stories in the story set rendered to HTML (default: 10000)")
    bench.add_argument("--skip-nlp", action="store_true", help="leave out the NLP, backfill and memory parts")
    bench.add_argument("--crash", action="store_true", help="also run the crash test: SIGKILL the bot mid-conversation")
    bench.add_argument("--crash-people", type=int, default=200, help="people in the crash test (default: 200)")
    bench.add_argument("--crash-kills", type=int, default=20, help="SIGKILLs in the crash test (default: 20)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the storybot command line."""
    args = build_parser().parse_args(argv)
    # A conversation in the terminal shares the screen with the log: keep it to warnings.
    _setup_logging(args.verbose, quiet=args.command != "run")
    try:
        settings = load_settings()
        return int(args.handler(settings, args))
    except StorybotError as exc:
        print(f"storybot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
