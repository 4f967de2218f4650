"""Backups with SQLite's online backup API, nightly rotation, and a careful restore.

A backup is a consistent snapshot taken while the bot keeps running. A restore refuses
to overwrite a database that any storybot process has open, or one holding newer data
than the backup (unless forced), and keeps the database it replaces beside it.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storybot.db import (
    Database,
    copy_database,
    discover_migrations,
    hold_exclusive,
    inspect_database,
)
from storybot.errors import BackupError

log = logging.getLogger(__name__)

_NIGHTLY = re.compile(r"^storybot-\d{8}T\d{6}Z\.db$")


def backup_name(moment: datetime) -> str:
    """Name a backup file after the moment it was taken (sorts as time does)."""
    return f"storybot-{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}.db"


async def take_backup(db: Database, target: Path, *, actor: str) -> Path:
    """Copy the running database to `target` (a file, or a folder to name one in); audited."""
    if target.is_dir():
        target = target / backup_name(db.clock())
    await db.backup_to(target)
    async with db.transaction() as store:
        await store.audit(actor, "backup.created", f"file:{target.name}", {"bytes": target.stat().st_size})
    log.info("backup written to %s", target)
    return target


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest nightly backups in `folder` beyond the newest `keep`; return them."""
    nightly = sorted(p for p in folder.iterdir() if p.is_file() and _NIGHTLY.match(p.name))
    doomed = nightly[: max(len(nightly) - keep, 0)]
    for path in doomed:
        path.unlink()
    return doomed


async def nightly_backup(db: Database, folder: Path, keep: int, *, actor: str = "scheduler") -> dict[str, object]:
    """Take the nightly backup into `folder` and keep only the newest `keep` copies."""
    folder.mkdir(parents=True, exist_ok=True)
    path = await take_backup(db, folder / backup_name(db.clock()), actor=actor)
    removed = prune_backups(folder, keep)
    return {"file": path.name, "removed": [p.name for p in removed]}


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    previous: Path | None  # where the replaced database was kept, if there was one


def restore_backup(source: Path, database: Path, *, force: bool = False, now: datetime | None = None) -> Restored:
    """Replace `database` with the backup at `source`, after checking both."""
    backup = inspect_database(source)
    if not backup.ok:
        raise BackupError(f"{source} cannot be restored: {backup.problem}")
    known = {m.version for m in discover_migrations()}
    if not backup.versions <= known:
        raise BackupError(
            f"{source} was made by a newer storybot (migrations {sorted(backup.versions - known)} are unknown here);"
            " restore it with that version"
        )
    in_use = hold_exclusive(database)
    if in_use is None:
        # Never forced: replacing the file under an open connection corrupts it.
        raise BackupError(f"{database} is open in a running storybot process; stop the bot first, then restore")
    try:
        previous = None
        if database.exists():
            current = inspect_database(database)
            if current.ok and current.last_change > backup.last_change and not force:
                raise BackupError(
                    f"{database} holds newer data (last change {current.last_change}) than the backup"
                    f" ({backup.last_change or 'empty'}); use --force to replace it anyway"
                )
            if not current.ok and "not a storybot database" in current.problem and not force:
                raise BackupError(f"{database} is not a storybot database; use --force to replace it anyway")
            stamp = f"{(now or datetime.now(UTC)).astimezone(UTC):%Y%m%dT%H%M%SZ}"
            previous = database.with_name(f"{database.name}.before-restore-{stamp}")
            if current.ok:
                copy_database(database, previous)
            else:
                shutil.copy2(database, previous)
            for leftover in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
                leftover.unlink(missing_ok=True)
        database.parent.mkdir(parents=True, exist_ok=True)
        copy_database(source, database)
        restored = inspect_database(database)
        if not restored.ok:
            raise BackupError(f"the restored {database} failed its check: {restored.problem}")
    finally:
        in_use.close()
    log.info("restored %s from %s", database, source)
    return Restored(database, source, previous)
