"""Backups taken while writes go on restore to a consistent database; restore is careful."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from storybot.backups import nightly_backup, restore_backup
from storybot.db import Database, inspect_database
from storybot.errors import BackupError

ANSWERS_PER_STORY = 3


async def write_stories(db: Database, stop: asyncio.Event, label: str) -> int:
    """Write whole stories, each in one transaction, until told to stop; return how many."""
    written = 0
    while not stop.is_set():
        async with db.transaction() as store:
            person = await store.person_for("test", f"{label}-{written}", "en")
            consent = await store.record_consent(person.id, "given", "team", "v1")
            story = await store.create_story(person.id, consent, "participant", "participant", "en")
            for position in range(ANSWERS_PER_STORY):
                await store.save_answer(story, f"q{position}", position, f"answer {position} " * 50, None)
            await store.submit_story(story)
        written += 1
        await asyncio.sleep(0)
    return written


def assert_consistent(path: Path) -> int:
    """Check a restored database: sound, keys intact, and every story whole. Return the story count."""
    check = inspect_database(path)
    assert check.ok, check.problem
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = conn.execute(
            "SELECT s.id, count(a.story_id) FROM stories s LEFT JOIN answers a ON a.story_id = s.id GROUP BY s.id"
        ).fetchall()
    assert all(n == ANSWERS_PER_STORY for _, n in counts), "a story was copied half written"
    return len(counts)


def storybot(*args: str, database: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    env["STORYBOT_DATABASE"] = str(database)
    return subprocess.run([sys.executable, "-m", "storybot", *args], env=env, capture_output=True, text=True, timeout=120)


async def test_a_backup_taken_during_writes_restores_consistently(db: Database, db_path: Path, tmp_path: Path) -> None:
    stop = asyncio.Event()
    writer = asyncio.create_task(write_stories(db, stop, "w"))
    await asyncio.sleep(0.2)
    # From another process (the CLI, as an operator would) and from the bot's own connection.
    cli = asyncio.create_task(asyncio.to_thread(storybot, "backup", str(tmp_path / "cli.db"), database=db_path))
    async with asyncio.timeout(60):  # a backup that deadlocks with the writer fails, not hangs
        while not cli.done():
            await nightly_backup(db, tmp_path / "nightly", keep=50)
            await asyncio.sleep(0.05)
        result = await cli
    stop.set()
    total = await writer
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path / "cli.db")
    copies = [tmp_path / "cli.db", *sorted((tmp_path / "nightly").glob("storybot-*.db"))]
    assert len(copies) >= 2
    for number, copy in enumerate(copies):
        target = tmp_path / f"restored-{number}.db"
        restore_backup(copy, target)
        stories = assert_consistent(target)
        assert 0 < stories <= total
    assert not list(tmp_path.glob("**/*.partial"))


async def test_nightly_backups_keep_the_newest_n(db: Database, tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "nightly"
    folder.mkdir()
    (folder / "notes.txt").write_text("not ours")
    names = []
    for _ in range(4):
        names.append((await nightly_backup(db, folder, keep=2))["file"])
        clock.advance(days=1)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*names[-2:], "notes.txt"])


async def test_restore_refuses_a_database_in_use(db: Database, db_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.db"
    await db.backup_to(backup)
    with pytest.raises(BackupError, match="open in a running storybot process"):
        restore_backup(backup, db_path, force=True)


async def test_restore_refuses_newer_data_unless_forced_and_keeps_what_it_replaces(
    db: Database, db_path: Path, tmp_path: Path, clock  # type: ignore[no-untyped-def]
) -> None:
    async with db.transaction() as store:
        await store.person_for("test", "before", "en")
    backup = tmp_path / "b.db"
    await db.backup_to(backup)
    clock.advance(hours=1)
    async with db.transaction() as store:
        await store.person_for("test", "after", "en")
    await db.close()
    with pytest.raises(BackupError, match="holds newer data"):
        restore_backup(backup, db_path)
    restored = restore_backup(backup, db_path, force=True)
    assert restored.previous is not None
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT external_id FROM identities").fetchall() == [("before",)]
    with closing(sqlite3.connect(restored.previous)) as conn:
        assert sorted(conn.execute("SELECT external_id FROM identities").fetchall()) == [("after",), ("before",)]
    reopened = await Database.open(db_path)  # a restored file opens and migrates like any other
    await reopened.close()


def test_restore_refuses_files_that_are_not_storybot_databases(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE things (x)")
    target = tmp_path / "s.db"
    with pytest.raises(BackupError, match="not an SQLite database"):
        restore_backup(junk, target)
    with pytest.raises(BackupError, match="not a storybot database"):
        restore_backup(other, target)
    assert not target.exists()


async def test_restore_refuses_a_backup_from_a_newer_storybot(db: Database, tmp_path: Path) -> None:
    backup = tmp_path / "b.db"
    await db.backup_to(backup)
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (9999, '9999_future', '2030-01-01')")
        conn.commit()
    with pytest.raises(BackupError, match="newer storybot"):
        restore_backup(backup, tmp_path / "s.db")


def test_backup_and_restore_commands_round_trip(tmp_path: Path) -> None:
    database = tmp_path / "s.db"
    assert storybot("chat", "--name", "ana", database=database).returncode == 0  # creates a person
    backup = tmp_path / "b.db"
    assert storybot("backup", str(backup), database=database).returncode == 0
    refused = storybot("restore", str(backup), database=database)
    assert refused.returncode == 0, refused.stderr  # nothing newer since the backup
    assert "kept as" in refused.stderr and refused.stdout == ""
    entries = json.loads(storybot("audit", "--action", "backup", database=database).stdout)
    assert [e["action"] for e in entries] == ["backup.restored"]
    assert entries[0]["actor"] == "operator" and entries[0]["subject"] == "file:b.db"
    missing = storybot("backup", str(backup), database=tmp_path / "none.db")
    assert missing.returncode == 2 and "there is no database" in missing.stderr
