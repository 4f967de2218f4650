"""Storage on real SQLite files: migrations and the transaction helper."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storybot.db import MIGRATIONS_DIR, Database, Person, discover_migrations
from storybot.errors import MigrationError

from tests.clock import FakeClock


def tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


async def test_migrate_from_empty_then_again_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = await Database.open(path)
    try:
        assert await db.migrate() == []
    finally:
        await db.close()
    assert {"people", "identities", "consents", "stories", "answers", "conversations"} <= tables(path)
    with closing(sqlite3.connect(path)) as conn:
        recorded = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY version")]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert recorded == [m.name for m in discover_migrations()]


async def test_a_failing_migration_leaves_no_partial_change(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    for source in MIGRATIONS_DIR.glob("*.sql"):
        (migrations / source.name).write_text(source.read_text())
    (migrations / "0900_broken.sql").write_text(
        "CREATE TABLE half_done (id INTEGER);\n"
        "INSERT INTO half_done VALUES (1);\n"
        "INSERT INTO no_such_table VALUES (1);\n"
    )
    path = tmp_path / "s.db"
    with pytest.raises(MigrationError, match="0900_broken.sql failed"):
        await Database.open(path, migrations=migrations)
    assert "half_done" not in tables(path)
    assert "people" in tables(path)  # the good migration before it stays applied
    with closing(sqlite3.connect(path)) as conn:
        recorded = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    # Every good migration before it stays applied; the broken one left no record.
    assert recorded == [m.version for m in discover_migrations()]


def test_badly_named_migrations_are_refused(tmp_path: Path) -> None:
    (tmp_path / "add_things.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match="NNNN_name.sql"):
        discover_migrations(tmp_path)


async def test_a_failed_unit_of_work_is_rolled_back(db: Database, db_path: Path) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as store:
            await store.person_for("test", "x", "en")
            raise RuntimeError("boom")
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone() == (0,)


async def test_a_unit_cancelled_while_beginning_leaves_no_transaction_open(db: Database) -> None:
    async def hold() -> None:
        async with db.transaction():
            await asyncio.sleep(60)

    task = asyncio.create_task(hold())
    await asyncio.sleep(0)  # the task has sent BEGIN to aiosqlite's thread and waits for it
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    async with db.transaction() as store:  # "cannot start a transaction within a transaction"
        await store.person_for("test", "x", "en")


async def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        async with db.transaction() as store:
            await store.create_story("nobody", 999, "participant", "participant", "en")


async def test_a_known_person_is_found_marked_seen_and_reachable_again(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    path = tmp_path / "s.db"
    db = await Database.open(path, clock=clock)
    try:
        async with db.transaction() as store:
            first = await store.person_for("test", "kit", "cy")
            other = await store.person_for("test", "lou", "en")
            await store.set_role(first.id, "worker", "Hub")
            await store.mark_inactive(first.id, "blocked")  # they had blocked the bot
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("SELECT count(inactive_at) FROM people").fetchone() == (1,)
        clock.advance(days=3)
        async with db.transaction() as store:
            again = await store.person_for("test", "kit", "en")  # a new language_code changes nothing
    finally:
        await db.close()
    assert again == Person(first.id, "worker", "cy")
    with closing(sqlite3.connect(path)) as conn:
        seen = dict(conn.execute("SELECT id, last_seen_at || '|' || COALESCE(inactive_at, '-') FROM people"))
        assert conn.execute("SELECT count(*) FROM identities").fetchone() == (2,)
    assert seen == {first.id: "2026-03-05T09:00:00+00:00|-", other.id: "2026-03-02T09:00:00+00:00|-"}
