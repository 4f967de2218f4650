"""SQLite storage through aiosqlite: the migrations runner and the only place with SQL.

One connection per process. Every unit of work runs inside `Database.transaction()`,
which holds an asyncio lock and a `BEGIN IMMEDIATE` transaction, so scheduled jobs and
chat handlers never interleave half a write.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import re
import secrets
import sqlite3
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager, closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Union

import aiosqlite

from storybot.config import PROJECT_ROOT
from storybot.errors import BackupError, MigrationError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

Clock = Callable[[], datetime]

# What an audit entry's detail may hold: ids, counts, flags and short labels. Strings are
# capped so that a sentence of story text cannot slip in by mistake.
AuditValue = Union[int, float, bool, str, None, Sequence[Union[int, str]]]
AUDIT_TEXT_LIMIT = 64
_AUDIT_ACTION = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")


def utcnow() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def stored_time(moment: datetime) -> str:
    """Return a moment as the database stores times (UTC ISO-8601, seconds)."""
    return _iso(moment)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def statements(self) -> list[str]:
        """Split the script into complete statements (triggers with BEGIN...END included)."""
        statements: list[str] = []
        buffer = ""
        for line in self.path.read_text(encoding="utf-8").splitlines(keepends=True):
            buffer += line
            if sqlite3.complete_statement(buffer):
                if buffer.strip():
                    statements.append(buffer.strip())
                buffer = ""
        leftover = [ln for ln in buffer.splitlines() if ln.strip() and not ln.strip().startswith("--")]
        if leftover:
            raise MigrationError(f"{self.path.name}: the last statement is not complete")
        return statements


def discover_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """List the migration files in order, refusing badly named or duplicate versions."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise MigrationError(f"{path.name}: migration files are named NNNN_name.sql")
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"{path.name}: version {version} is used twice")
        found[version] = Migration(version, path.stem, path)
    return [found[v] for v in sorted(found)]


@dataclass(frozen=True)
class Person:
    id: str
    role: str
    language: str


@dataclass(frozen=True)
class StoryRow:
    id: int
    status: str
    author_role: str
    question_set: str
    language: str
    consent_scope: str
    notice_version: str
    created_at: str
    submitted_at: str | None
    withdrawn_at: str | None
    consent_about: str = "self"
    consent_basis: str | None = None
    credit: str | None = None
    source: str = "chat"
    told_on: str | None = None


@dataclass(frozen=True)
class TeamMember:
    """A person holding a stored role (worker or facilitator); admins come from settings."""

    person_id: str
    role: str
    label: str | None
    since: str | None


@dataclass(frozen=True)
class RoleHolder:
    """A channel identity whose person holds a stored role, for per-chat command menus."""

    channel: str
    external_id: str
    role: str
    language: str


@dataclass(frozen=True)
class InvitationRow:
    id: int
    salt: bytes
    code_hash: bytes
    role: str
    label: str | None
    expires_at: str
    used_at: str | None


@dataclass(frozen=True)
class ImportedStory:
    """One validated CSV row, ready to store."""

    text: str
    author_role: str
    question_set: str
    question_id: str
    scope: str
    basis: str | None
    told_on: str | None
    import_hash: str


@dataclass(frozen=True)
class AnswerRow:
    question_id: str
    position: int
    text: str
    answered_at: str


@dataclass(frozen=True)
class ReminderCandidate:
    """A draft story whose teller could be reminded, with what decides whether it is time."""

    story_id: int
    person_id: str
    language: str
    channel: str
    external_id: str
    started_at: str
    active_at: str  # the later of the story's start and the person's last message
    reminders_sent: int
    last_reminded_at: str | None


@dataclass(frozen=True)
class Address:
    """Where a message to someone goes: a channel identity and the language to write in."""

    channel: str
    external_id: str
    language: str


@dataclass(frozen=True)
class ReviewCounts:
    """What the facilitators' digest reports. Counts only."""

    waiting_for_review: int
    unacknowledged_flags: int | None  # None where a deployment has no flags to count


class Database:
    """The process's one SQLite connection, with a transaction helper."""

    def __init__(self, conn: aiosqlite.Connection, clock: Clock = utcnow) -> None:
        self._conn = conn
        self._clock = clock
        self._lock = asyncio.Lock()
        self._in_use: IO[bytes] | None = None

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        migrations: Path = MIGRATIONS_DIR,
        clock: Clock = utcnow,
    ) -> Database:
        """Open (creating if needed) the database file and bring its schema up to date."""
        path.parent.mkdir(parents=True, exist_ok=True)
        in_use = hold_in_use(path)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a migration and its
        # record share one transaction.
        try:
            conn = await aiosqlite.connect(path, isolation_level=None)
        except BaseException:
            in_use.close()
            raise
        try:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA foreign_keys=ON")
            await conn.execute("PRAGMA busy_timeout=5000")
            # Withdrawn text is overwritten on disk, not only unlinked from the b-tree.
            await conn.execute("PRAGMA secure_delete=ON")
            conn.row_factory = sqlite3.Row
            db = cls(conn, clock)
            db._in_use = in_use
            await db.migrate(migrations)
        except BaseException:
            await conn.close()
            in_use.close()
            raise
        return db

    async def close(self) -> None:
        """Close the connection."""
        await self._conn.close()
        if self._in_use is not None:
            self._in_use.close()
            self._in_use = None

    def now(self) -> str:
        """Return the database clock's time as stored text."""
        return _iso(self._clock())

    @property
    def clock(self) -> Clock:
        """Return the clock this database stamps times with (controllable in tests)."""
        return self._clock

    async def backup_to(self, target: Path) -> None:
        """Copy the database to `target` with SQLite's online backup API, between transactions."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        # Under the lock, so no unit of work is half done on this connection: a backup from
        # the connection that is writing would copy its uncommitted changes.
        async with self._lock:
            with closing(sqlite3.connect(partial)) as copy:
                # pages=-1: one step, one read snapshot. Other processes keep writing (WAL);
                # a stepwise copy would restart whenever they did.
                await self._conn.backup(copy, pages=-1)
                # One self-contained file: the copy would otherwise inherit WAL mode.
                copy.execute("PRAGMA journal_mode=DELETE")
        check = inspect_database(partial)
        if not check.ok:
            partial.unlink(missing_ok=True)
            raise BackupError(f"the copy at {target} failed its integrity check: {check.problem}")
        partial.replace(target)

    async def migrate(self, directory: Path = MIGRATIONS_DIR) -> list[str]:
        """Apply pending migrations in order, each in one transaction with its record."""
        async with self._lock:
            await self._conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            async with self._conn.execute("SELECT version FROM schema_migrations") as cur:
                done = {row[0] for row in await cur.fetchall()}
            applied: list[str] = []
            for migration in discover_migrations(directory):
                if migration.version in done:
                    continue
                statements = migration.statements()
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in statements:
                        await self._conn.execute(statement)
                    await self._conn.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (migration.version, migration.name, self.now()),
                    )
                    await self._conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    await self._conn.execute("ROLLBACK")
                    raise MigrationError(f"{migration.path.name} failed and was not applied: {exc}") from exc
                log.info("applied migration %s", migration.name)
                applied.append(migration.name)
            return applied

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Store]:
        """Run a unit of work in one `BEGIN IMMEDIATE` transaction; roll back on error."""
        async with self._lock:
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                yield Store(self._conn, self.now())
            except BaseException:
                # Also when cancelled while BEGIN was on its way: aiosqlite's thread runs it
                # anyway, and this ROLLBACK, queued after it, ends it.
                with suppress(sqlite3.OperationalError):  # no transaction began
                    await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT")


class Store:
    """The queries of one transaction. Handlers and services never write SQL themselves."""

    def __init__(self, conn: aiosqlite.Connection, now: str) -> None:
        self._conn = conn
        self.now = now

    # Each await below is one trip to aiosqlite's thread, made while holding the database
    # lock: fewer trips per query is what lets more people talk at once (bench (a)).
    async def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        return list(await self._conn.execute_fetchall(sql, params))  # type: ignore[arg-type]

    async def _one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        rows = await self._all(sql, params)
        return rows[0] if rows else None

    async def _run(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        """Run a write and return the new row's id (0 when it made none)."""
        cursor = await self._conn.execute(sql, params)
        return cursor.lastrowid or 0

    async def _changed(self, sql: str, params: tuple[Any, ...] = ()) -> int:
        """Run a write and return how many rows it changed."""
        cursor = await self._conn.execute(sql, params)
        return cursor.rowcount

    # --- people -----------------------------------------------------------------------

    async def person_for(self, channel: str, external_id: str, language: str) -> Person:
        """Find the person behind a channel identity, creating them on first contact."""
        # Any message shows they are here: retention and reminders count from it, and a
        # person who had blocked the bot and came back is reachable again. Found and marked
        # in one statement: every update comes through here (one trip, not two).
        row = await self._one(
            "UPDATE people SET last_seen_at = ?, inactive_at = NULL"
            " WHERE id = (SELECT person_id FROM identities WHERE channel = ? AND external_id = ?)"
            " RETURNING id, role, language",
            (self.now, channel, external_id),
        )
        if row is not None:
            return Person(row["id"], row["role"], row["language"])
        person_id = secrets.token_hex(8)
        await self._run(
            "INSERT INTO people (id, language, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
            (person_id, language, self.now, self.now),
        )
        await self._run(
            "INSERT INTO identities (channel, external_id, person_id, created_at) VALUES (?, ?, ?, ?)",
            (channel, external_id, person_id, self.now),
        )
        return Person(person_id, "participant", language)

    async def set_language(self, person_id: str, language: str) -> None:
        """Remember the language a person's conversation uses."""
        await self._run("UPDATE people SET language = ? WHERE id = ?", (language, person_id))

    # --- roles and invitations ------------------------------------------------------------

    async def set_role(self, person_id: str, role: str, label: str | None = None) -> None:
        """Give a person a stored role (participant drops the label too)."""
        since = None if role == "participant" else self.now
        await self._run(
            "UPDATE people SET role = ?, team_label = ?, role_since = ? WHERE id = ?",
            (role, label, since, person_id),
        )

    async def team(self) -> list[TeamMember]:
        """List workers and facilitators, longest-standing first."""
        rows = await self._all(
            "SELECT id, role, team_label, role_since FROM people"
            " WHERE role IN ('worker', 'facilitator') ORDER BY role_since, rowid"
        )
        return [TeamMember(r["id"], r["role"], r["team_label"], r["role_since"]) for r in rows]

    async def identities(self, person_id: str) -> list[tuple[str, str]]:
        """Return a person's (channel, external id) pairs."""
        rows = await self._all(
            "SELECT channel, external_id FROM identities WHERE person_id = ? ORDER BY channel",
            (person_id,),
        )
        return [(r["channel"], r["external_id"]) for r in rows]

    async def holders_of(self, person_id: str) -> list[RoleHolder]:
        """Return each identity of one person with the role they hold now."""
        rows = await self._all(
            "SELECT i.channel, i.external_id, p.role, p.language FROM people p"
            " JOIN identities i ON i.person_id = p.id WHERE p.id = ? ORDER BY i.channel",
            (person_id,),
        )
        return [RoleHolder(r["channel"], r["external_id"], r["role"], r["language"]) for r in rows]

    async def role_holders(self) -> list[RoleHolder]:
        """Return every identity of every worker and facilitator."""
        rows = await self._all(
            "SELECT i.channel, i.external_id, p.role, p.language FROM people p"
            " JOIN identities i ON i.person_id = p.id"
            " WHERE p.role IN ('worker', 'facilitator') ORDER BY i.channel, i.external_id"
        )
        return [RoleHolder(r["channel"], r["external_id"], r["role"], r["language"]) for r in rows]

    async def create_invitation(
        self, salt: bytes, code_hash: bytes, role: str, label: str | None, created_by: str, expires_at: str
    ) -> int:
        """Store a new invitation (its code only as a salted hash) and return its id."""
        return await self._run(
            "INSERT INTO invitations (salt, code_hash, role, label, created_by, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (salt, code_hash, role, label, created_by, self.now, expires_at),
        )

    async def invitations(self) -> list[InvitationRow]:
        """Return every invitation, newest first, to match a code against."""
        rows = await self._all(
            "SELECT id, salt, code_hash, role, label, expires_at, used_at FROM invitations ORDER BY id DESC"
        )
        return [
            InvitationRow(r["id"], r["salt"], r["code_hash"], r["role"], r["label"], r["expires_at"], r["used_at"])
            for r in rows
        ]

    async def use_invitation(self, invitation_id: int, person_id: str) -> bool:
        """Mark an invitation used by this person; False if it was already used."""
        return await self._changed(
            "UPDATE invitations SET used_by = ?, used_at = ? WHERE id = ? AND used_at IS NULL",
            (person_id, self.now, invitation_id),
        ) == 1

    async def record_join_failure(self, person_id: str) -> None:
        """Note that this person sent a code that matches no invitation."""
        await self._run("INSERT INTO join_failures (person_id, failed_at) VALUES (?, ?)", (person_id, self.now))

    async def join_failures_since(self, person_id: str, since: str) -> list[str]:
        """Return the times of this person's wrong codes since a moment, oldest first."""
        rows = await self._all(
            "SELECT failed_at FROM join_failures WHERE person_id = ? AND failed_at > ? ORDER BY failed_at",
            (person_id, since),
        )
        return [r["failed_at"] for r in rows]

    # --- conversation state -------------------------------------------------------------

    async def conversation(self, person_id: str) -> tuple[str, dict[str, Any]] | None:
        """Return the person's conversation step and data, or None when there is none."""
        row = await self._one("SELECT step, data FROM conversations WHERE person_id = ?", (person_id,))
        if row is None:
            return None
        return row["step"], json.loads(row["data"])

    async def save_conversation(self, person_id: str, step: str, data: dict[str, Any]) -> None:
        """Store where the person is in the conversation."""
        await self._run(
            "INSERT INTO conversations (person_id, step, data, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (person_id) DO UPDATE SET step = excluded.step, data = excluded.data,"
            " updated_at = excluded.updated_at",
            (person_id, step, json.dumps(data, sort_keys=True), self.now),
        )

    # --- consent and stories ----------------------------------------------------------

    async def record_consent(
        self,
        person_id: str,
        decision: str,
        scope: str | None,
        notice_version: str,
        *,
        about: str = "self",
        basis: str | None = None,
        actor: str | None = None,
    ) -> int:
        """Record a consent decision (given with a scope, or declined), audited; return its id."""
        consent_id = await self._run(
            "INSERT INTO consents (person_id, decision, scope, notice_version, about, basis, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (person_id, decision, scope, notice_version, about, basis, self.now),
        )
        # Here rather than in each caller, so no path records consent without its audit entry.
        await self.audit(
            actor or person_id, f"consent.{decision}", f"person:{person_id}",
            {"consent": consent_id, "scope": scope, "notice_version": notice_version, "about": about},
        )
        return consent_id

    async def consents(self, person_id: str) -> list[sqlite3.Row]:
        """Return a person's consent decisions, oldest first."""
        return await self._all(
            "SELECT id, decision, scope, notice_version, created_at FROM consents"
            " WHERE person_id = ? ORDER BY id",
            (person_id,),
        )

    async def create_story(
        self,
        person_id: str,
        consent_id: int,
        author_role: str,
        question_set: str,
        language: str,
        *,
        credit: str | None = None,
    ) -> int:
        """Open a draft story under a consent and return its id."""
        return await self._run(
            "INSERT INTO stories (person_id, consent_id, author_role, question_set, language,"
            " credit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (person_id, consent_id, author_role, question_set, language, credit, self.now),
        )

    async def import_hashes(self) -> set[str]:
        """Return the row hashes of every story imported so far (withdrawn ones included)."""
        rows = await self._all("SELECT import_hash FROM stories WHERE import_hash IS NOT NULL")
        return {r["import_hash"] for r in rows}

    async def import_stories(
        self, stories: list[ImportedStory], language: str, progress: Callable[[int], None] | None = None
    ) -> int:
        """Store imported stories as pending, each with its own pseudonymous teller and consent."""
        # Ids are assigned here, inside BEGIN IMMEDIATE, so that each table takes one
        # executemany: 10,000 rows in well under a second instead of 40,000 round trips.
        consent_base = (await self._one("SELECT COALESCE(MAX(id), 0) AS n FROM consents"))["n"]  # type: ignore[index]
        story_base = (await self._one("SELECT COALESCE(MAX(id), 0) AS n FROM stories"))["n"]  # type: ignore[index]
        batch = 1000
        for start in range(0, len(stories), batch):
            chunk = stories[start:start + batch]
            people, consents, rows, answers = [], [], [], []
            for offset, story in enumerate(chunk, start=start + 1):
                # One random person per row: imported tellers are unknown and must not be merged.
                person_id = secrets.token_hex(8)
                consent_id, story_id = consent_base + offset, story_base + offset
                # A role is never granted by import: the teller is a participant with no identity.
                people.append((person_id, language, self.now))
                # A worker's row always carries a basis (the importer requires it), which
                # says whether the person agreed or the narrative identifies no one.
                about = "person" if story.author_role == "worker" else "self"
                consents.append((consent_id, person_id, story.scope, about, story.basis, self.now))
                rows.append((story_id, person_id, consent_id, story.author_role, story.question_set, language,
                             story.told_on, story.import_hash, self.now, self.now))
                answers.append((story_id, story.question_id, story.text, self.now, self.now))
            await self._conn.executemany(
                "INSERT INTO people (id, role, language, created_at) VALUES (?, 'participant', ?, ?)",
                people,
            )
            await self._conn.executemany(
                "INSERT INTO consents (id, person_id, decision, scope, notice_version, about, basis, created_at)"
                " VALUES (?, ?, 'given', ?, 'import', ?, ?, ?)",
                consents,
            )
            await self._conn.executemany(
                "INSERT INTO stories (id, person_id, consent_id, author_role, question_set, language, status,"
                " source, told_on, import_hash, created_at, submitted_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'pending', 'import', ?, ?, ?, ?)",
                rows,
            )
            await self._conn.executemany(
                "INSERT INTO answers (story_id, question_id, position, text, answered_at, updated_at)"
                " VALUES (?, ?, 0, ?, ?, ?)",
                answers,
            )
            if progress is not None:
                progress(len(chunk))
        return len(stories)

    async def save_answer(
        self, story_id: int, question_id: str, position: int, text: str, message_ref: str | None
    ) -> None:
        """Store (or replace) the answer to one question of a draft story."""
        await self._run(
            "INSERT INTO answers (story_id, question_id, position, text, message_ref,"
            " answered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (story_id, question_id) DO UPDATE SET text = excluded.text,"
            " message_ref = excluded.message_ref, updated_at = excluded.updated_at",
            (story_id, question_id, position, text, message_ref, self.now, self.now),
        )

    async def append_to_answer(self, story_id: int, question_id: str, text: str) -> None:
        """Add more words to an answer already given."""
        await self._run(
            "UPDATE answers SET text = text || char(10) || ?, updated_at = ?"
            " WHERE story_id = ? AND question_id = ?",
            (text, self.now, story_id, question_id),
        )

    async def answer_for_message(self, person_id: str, message_ref: str) -> tuple[int, str, str] | None:
        """Find (story id, question id, story status) of the answer a message gave."""
        row = await self._one(
            "SELECT a.story_id, a.question_id, s.status FROM answers a"
            " JOIN stories s ON s.id = a.story_id"
            " WHERE s.person_id = ? AND a.message_ref = ?",
            (person_id, message_ref),
        )
        return None if row is None else (row["story_id"], row["question_id"], row["status"])

    async def answers(self, story_id: int) -> list[AnswerRow]:
        """Return a story's answers in the order they were asked."""
        rows = await self._all(
            "SELECT question_id, position, text, answered_at FROM answers WHERE story_id = ?"
            " ORDER BY position",
            (story_id,),
        )
        return [AnswerRow(r["question_id"], r["position"], r["text"], r["answered_at"]) for r in rows]

    async def delete_draft(self, story_id: int) -> None:
        """Discard a draft story and its answers."""
        await self._run("DELETE FROM stories WHERE id = ? AND status = 'draft'", (story_id,))

    async def submit_story(self, story_id: int) -> None:
        """Mark a draft as told in full and waiting for review."""
        await self._run(
            "UPDATE stories SET status = 'pending', submitted_at = ? WHERE id = ? AND status = 'draft'",
            (self.now, story_id),
        )

    async def withdraw_story(self, person_id: str, story_id: int, *, actor: str | None = None) -> bool:
        """Withdraw one of the person's stories: delete its text, keep the fact (audited)."""
        row = await self._one(
            "SELECT status FROM stories WHERE id = ? AND person_id = ?", (story_id, person_id)
        )
        if row is None or row["status"] in ("draft", "withdrawn"):
            return False
        # Evidence phrases and redaction offsets are derived from the words: they go too.
        for table in _STORY_TEXT_TABLES:
            await self._run(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))
        await self._run(
            "UPDATE stories SET status = 'withdrawn', withdrawn_at = ? WHERE id = ?",
            (self.now, story_id),
        )
        await self.audit(actor or person_id, "story.withdrawn", f"story:{story_id}", {"person": person_id})
        return True

    async def story(self, person_id: str, story_id: int) -> StoryRow | None:
        """Return one of the person's stories, or None if it is not theirs."""
        found = await self.stories(
            person_id=person_id, statuses=("draft", "pending", "confirmed", "withdrawn"), story_id=story_id
        )
        return found[0] if found else None

    async def stories(
        self,
        *,
        person_id: str | None = None,
        statuses: tuple[str, ...] = ("pending", "confirmed", "withdrawn"),
        story_id: int | None = None,
    ) -> list[StoryRow]:
        """List stories newest first, for one person or for everyone, by status."""
        marks = ",".join("?" for _ in statuses)
        where = f"s.status IN ({marks})"
        params: tuple[Any, ...] = statuses
        if person_id is not None:
            where += " AND s.person_id = ?"
            params += (person_id,)
        if story_id is not None:
            where += " AND s.id = ?"
            params += (story_id,)
        rows = await self._all(
            "SELECT s.id, s.status, s.author_role, s.question_set, s.language, c.scope,"
            " c.notice_version, s.created_at, s.submitted_at, s.withdrawn_at,"
            " c.about, c.basis, s.credit, s.source, s.told_on"
            " FROM stories s JOIN consents c ON c.id = s.consent_id"
            f" WHERE {where} ORDER BY COALESCE(s.submitted_at, s.created_at) DESC, s.id DESC",
            params,
        )
        return [
            StoryRow(
                r["id"], r["status"], r["author_role"], r["question_set"], r["language"],
                r["scope"], r["notice_version"], r["created_at"], r["submitted_at"], r["withdrawn_at"],
                r["about"], r["basis"], r["credit"], r["source"], r["told_on"],
            )
            for r in rows
        ]

    # --- analysis ---------------------------------------------------------------------

    async def stories_to_analyse(self, limit: int) -> list[tuple[int, list[AnswerRow]]]:
        """Return told stories that have no analysis yet, oldest first, with their answers."""
        rows = await self._all(
            "SELECT s.id FROM stories s LEFT JOIN analyses a ON a.story_id = s.id"
            " WHERE s.status = 'pending' AND a.story_id IS NULL ORDER BY s.submitted_at, s.id LIMIT ?",
            (limit,),
        )
        return [(r["id"], await self.answers(r["id"])) for r in rows]

    async def save_analysis(
        self,
        story_id: int,
        *,
        model_version: str,
        codebook_version: str,
        safeguarding: bool,
        themes: list[tuple[str, float, list[str]]],
        redactions: list[tuple[str, int, int, str]],
    ) -> bool:
        """Store a story's suggestions, unless it was withdrawn or analysed meanwhile."""
        row = await self._one(
            "SELECT s.status, a.story_id AS done FROM stories s"
            " LEFT JOIN analyses a ON a.story_id = s.id WHERE s.id = ?",
            (story_id,),
        )
        if row is None or row["status"] != "pending" or row["done"] is not None:
            return False
        await self._run(
            "INSERT INTO analyses (story_id, model_version, codebook_version, safeguarding, analysed_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (story_id, model_version, codebook_version, int(safeguarding), self.now),
        )
        for rank, (theme_id, score, evidence) in enumerate(themes):
            await self._run(
                "INSERT INTO theme_suggestions (story_id, theme_id, score, evidence, rank,"
                " model_version, codebook_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (story_id, theme_id, score, json.dumps(evidence, ensure_ascii=False), rank,
                 model_version, codebook_version),
            )
        for question_id, start, end, label in redactions:
            await self._run(
                "INSERT INTO redaction_suggestions (story_id, question_id, start, end, label, model_version)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (story_id, question_id, start, end, label, model_version),
            )
        return True

    async def count_analysed(self) -> int:
        """Return how many stories have an analysis."""
        row = await self._one("SELECT count(*) AS n FROM analyses")
        return int(row["n"]) if row is not None else 0

    async def analysis(self, story_id: int) -> dict[str, Any] | None:
        """Return a story's stored suggestions: versions, themes and redactions."""
        head = await self._one("SELECT * FROM analyses WHERE story_id = ?", (story_id,))
        if head is None:
            return None
        themes = await self._all(
            "SELECT theme_id, score, evidence, decision FROM theme_suggestions"
            " WHERE story_id = ? ORDER BY rank",
            (story_id,),
        )
        redactions = await self._all(
            "SELECT question_id, start, end, label, decision FROM redaction_suggestions"
            " WHERE story_id = ? ORDER BY question_id, start",
            (story_id,),
        )
        return {
            "model_version": head["model_version"],
            "codebook_version": head["codebook_version"],
            "safeguarding": bool(head["safeguarding"]),
            "analysed_at": head["analysed_at"],
            "themes": [
                {"id": t["theme_id"], "score": t["score"], "evidence": json.loads(t["evidence"]),
                 "decision": t["decision"]}
                for t in themes
            ],
            "redactions": [dict(r) for r in redactions],
        }

    # --- safeguarding -----------------------------------------------------------------

    async def raise_flag(
        self, person_id: str, story_id: int | None, source: str, reasons: list[str]
    ) -> int:
        """Record a safeguarding flag and queue a notice to the team, in this transaction."""
        flag_id = await self._run(
            "INSERT INTO safeguarding_flags (person_id, story_id, source, reasons, raised_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (person_id, story_id, source, json.dumps(sorted(set(reasons))), self.now),
        )
        await self._run(
            "INSERT INTO team_notices (kind, flag_id, created_at) VALUES ('safeguarding', ?, ?)",
            (flag_id, self.now),
        )
        await self.audit("system", "safeguarding.raised", f"flag:{flag_id}",
                         {"person": person_id, "story": story_id, "source": source})
        return flag_id

    async def story_owner(self, story_id: int) -> str:
        """Return the id of the person who told a story."""
        row = await self._one("SELECT person_id FROM stories WHERE id = ?", (story_id,))
        assert row is not None
        return str(row["person_id"])

    async def has_flag(self, story_id: int) -> bool:
        """Tell whether a story already carries a safeguarding flag."""
        return await self._one("SELECT 1 FROM safeguarding_flags WHERE story_id = ?", (story_id,)) is not None

    async def answer_flag(self, person_id: str, flag_id: int, wants_contact: bool) -> bool:
        """Record whether the person would like the team to contact them (once)."""
        row = await self._one(
            "SELECT contact_requested FROM safeguarding_flags WHERE id = ? AND person_id = ?",
            (flag_id, person_id),
        )
        if row is None or row["contact_requested"] is not None:
            return False
        await self._run(
            "UPDATE safeguarding_flags SET contact_requested = ? WHERE id = ?", (int(wants_contact), flag_id)
        )
        if wants_contact:
            await self._run(
                "INSERT INTO team_notices (kind, flag_id, created_at) VALUES ('contact_requested', ?, ?)",
                (flag_id, self.now),
            )
        return True

    async def acknowledge_flag(self, flag_id: int, person_id: str) -> bool:
        """Record that someone on the team has taken a flag in hand (once)."""
        row = await self._one("SELECT acknowledged_at FROM safeguarding_flags WHERE id = ?", (flag_id,))
        if row is None or row["acknowledged_at"] is not None:
            return False
        await self._run(
            "UPDATE safeguarding_flags SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?",
            (self.now, person_id, flag_id),
        )
        await self.audit(person_id, "safeguarding.acknowledged", f"flag:{flag_id}")
        return True

    async def unsent_notices(self) -> list[sqlite3.Row]:
        """Return notices for the team not yet sent, with their flag, oldest first."""
        return await self._all(
            "SELECT n.id, n.kind, n.flag_id, f.person_id, f.story_id, f.source, f.reasons,"
            " f.contact_requested, f.raised_at FROM team_notices n"
            " JOIN safeguarding_flags f ON f.id = n.flag_id WHERE n.sent_at IS NULL ORDER BY n.id"
        )

    async def mark_notice_sent(self, notice_id: int) -> None:
        """Record that a notice reached the team."""
        await self._run("UPDATE team_notices SET sent_at = ? WHERE id = ?", (self.now, notice_id))

    async def team_telegram_ids(self, admin_ids: frozenset[int]) -> list[str]:
        """Return the Telegram ids to notify: configured admins and people with a team role."""
        rows = await self._all(
            "SELECT i.external_id FROM identities i JOIN people p ON p.id = i.person_id"
            " WHERE i.channel = 'telegram' AND p.role IN ('facilitator', 'admin')"
        )
        found = {r["external_id"] for r in rows} | {str(a) for a in admin_ids}
        return sorted(found)

    # --- audit log (issue 6): other services call `audit` for their own events ------------

    async def audit(
        self, actor: str, action: str, subject: str = "", detail: Mapping[str, AuditValue] | None = None
    ) -> int:
        """Record who did what to which thing: ids and counts only, never story text."""
        if not _AUDIT_ACTION.match(action):
            raise ValueError(f"audit action {action!r} is not shaped like 'area.verb'")
        detail = dict(detail or {})
        for key, value in detail.items():
            values = value if isinstance(value, list | tuple) else [value]
            if any(isinstance(v, str) and len(v) > AUDIT_TEXT_LIMIT for v in values):
                raise ValueError(f"audit detail {key!r} is too long to be an id or a label")
        return await self._run(
            "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
            (self.now, actor, action, subject, json.dumps(detail, sort_keys=True)),
        )

    async def audit_entries(
        self, *, action: str | None = None, since: str | None = None, actor: str | None = None
    ) -> list[dict[str, Any]]:
        """List audit entries oldest first; `action` matches exactly or by area ('consent')."""
        where, params = ["1 = 1"], []
        if action is not None:
            where.append("(action = ? OR action LIKE ? ESCAPE '\\')")
            params += [action, action.replace("_", "\\_") + ".%"]
        if since is not None:
            where.append("at >= ?")
            params.append(since)
        if actor is not None:
            where.append("actor = ?")
            params.append(actor)
        rows = await self._all(
            f"SELECT id, at, actor, action, subject, detail FROM audit WHERE {' AND '.join(where)} ORDER BY id",
            tuple(params),
        )
        return [
            {"id": r["id"], "at": r["at"], "actor": r["actor"], "action": r["action"],
             "subject": r["subject"], "detail": json.loads(r["detail"])}
            for r in rows
        ]

    # --- the job schedule (issue 6) ----------------------------------------------------

    async def schedule_job(self, job: str, due_at: str) -> None:
        """Put a job on the schedule unless it is there already (its stored time wins)."""
        await self._run(
            "INSERT OR IGNORE INTO schedule (job, due_at, updated_at) VALUES (?, ?, ?)", (job, due_at, self.now)
        )

    async def unschedule_job(self, job: str) -> None:
        """Take a job off the schedule (it was switched off in the settings)."""
        await self._run("DELETE FROM schedule WHERE job = ?", (job,))

    async def due_jobs(self) -> list[tuple[str, str]]:
        """Return (job, due time) for every job due by now, earliest first."""
        rows = await self._all("SELECT job, due_at FROM schedule WHERE due_at <= ? ORDER BY due_at, job", (self.now,))
        return [(r["job"], r["due_at"]) for r in rows]

    async def claim_job(self, job: str, slot: str, next_due: str) -> int | None:
        """Claim one due run and move the job to its next time; None if it was claimed already."""
        moved = await self._changed(
            "UPDATE schedule SET due_at = ?, updated_at = ? WHERE job = ? AND due_at = ?",
            (next_due, self.now, job, slot),
        )
        if moved != 1:
            return None
        return await self._run(
            "INSERT INTO job_runs (job, slot, started_at) VALUES (?, ?, ?)", (job, slot, self.now)
        )

    async def finish_job(self, run_id: int, outcome: str, detail: Mapping[str, Any]) -> None:
        """Record how a run ended, with its counts."""
        await self._run(
            "UPDATE job_runs SET outcome = ?, finished_at = ?, detail = ? WHERE id = ?",
            (outcome, self.now, json.dumps(dict(detail), sort_keys=True), run_id),
        )

    async def prune_job_runs(self, started_before: str) -> int:
        """Delete the record of job runs that started before the given time; return how many."""
        # Safe for the (job, slot) guard: a job's schedule has long moved past those slots.
        return await self._changed("DELETE FROM job_runs WHERE started_at < ?", (started_before,))

    # --- reminders (issue 6) ----------------------------------------------------------

    async def reminder_candidates(self, channels: Sequence[str], max_reminders: int) -> list[ReminderCandidate]:
        """List draft stories whose tellers may still be reminded on these channels."""
        marks = ",".join("?" for _ in channels)
        rows = await self._all(
            "SELECT s.id AS story_id, p.id AS person_id, p.language, i.channel, i.external_id,"
            " s.created_at AS started_at,"
            " MAX(s.created_at, COALESCE(p.last_seen_at, s.created_at)) AS active_at,"
            " (SELECT COUNT(*) FROM reminders r WHERE r.story_id = s.id) AS sent,"
            " (SELECT MAX(r.sent_at) FROM reminders r WHERE r.story_id = s.id) AS last_reminded"
            " FROM stories s JOIN people p ON p.id = s.person_id"
            f" JOIN identities i ON i.person_id = p.id AND i.channel IN ({marks})"
            " WHERE s.status = 'draft' AND p.reminders_off_at IS NULL AND p.inactive_at IS NULL"
            " AND (SELECT COUNT(*) FROM reminders r WHERE r.story_id = s.id) < ?"
            " ORDER BY s.id",
            (*channels, max_reminders),
        )
        return [
            ReminderCandidate(
                r["story_id"], r["person_id"], r["language"], r["channel"], r["external_id"],
                r["started_at"], r["active_at"], r["sent"], r["last_reminded"],
            )
            for r in rows
        ]

    async def claim_reminder(self, story_id: int, number: int) -> bool:
        """Claim reminder `number` for a draft before sending it; False if it is no longer due."""
        # Checked again here, inside the write transaction: the person may have finished the
        # story or said stop since the candidates were listed.
        return await self._changed(
            "INSERT OR IGNORE INTO reminders (story_id, number, sent_at)"
            " SELECT s.id, ?, ? FROM stories s JOIN people p ON p.id = s.person_id"
            " WHERE s.id = ? AND s.status = 'draft' AND p.reminders_off_at IS NULL AND p.inactive_at IS NULL"
            " AND (SELECT COUNT(*) FROM reminders r WHERE r.story_id = s.id) = ?",
            (number, self.now, story_id, number - 1),
        ) == 1

    async def finish_reminder(self, story_id: int, number: int, outcome: str) -> None:
        """Record whether a claimed reminder was delivered."""
        await self._run(
            "UPDATE reminders SET outcome = ? WHERE story_id = ? AND number = ?", (outcome, story_id, number)
        )

    async def stop_reminders(self, person_id: str) -> bool:
        """Never remind this person again; True the first time they ask."""
        stopped = await self._changed(
            "UPDATE people SET reminders_off_at = ? WHERE id = ? AND reminders_off_at IS NULL",
            (self.now, person_id),
        )
        if stopped:
            await self.audit(person_id, "reminders.stopped", f"person:{person_id}")
        return stopped == 1

    async def mark_inactive(self, person_id: str, reason: str) -> None:
        """Note that the person cannot be reached (they blocked the bot); no more reminders."""
        changed = await self._changed(
            "UPDATE people SET inactive_at = ? WHERE id = ? AND inactive_at IS NULL", (self.now, person_id)
        )
        if changed:
            await self.audit("scheduler", "person.inactive", f"person:{person_id}", {"reason": reason})

    # --- retention and forget-me (issue 6) ----------------------------------------------

    async def delete_abandoned_drafts(self, idle_since: str) -> list[int]:
        """Delete drafts nobody has touched since `idle_since`, with their answers; return ids."""
        rows = await self._all(
            "SELECT s.id, s.person_id FROM stories s JOIN people p ON p.id = s.person_id"
            " WHERE s.status = 'draft'"
            " AND MAX(s.created_at, COALESCE(p.last_seen_at, s.created_at)) < ? ORDER BY s.id",
            (idle_since,),
        )
        for row in rows:
            await self._run("DELETE FROM stories WHERE id = ? AND status = 'draft'", (row["id"],))
            # The conversation pointed at that draft: start the person afresh next time.
            await self._run(
                "DELETE FROM conversations WHERE person_id = ? AND json_extract(data, '$.story') = ?",
                (row["person_id"], row["id"]),
            )
        return [row["id"] for row in rows]

    async def remove_inactive_identities(self, idle_since: str) -> list[str]:
        """Forget the channel identities of people silent since `idle_since`; stories stay."""
        # Not team members: their identity carries their role. Revoking the role lets it go.
        rows = await self._all(
            "SELECT DISTINCT p.id FROM people p JOIN identities i ON i.person_id = p.id"
            " WHERE COALESCE(p.last_seen_at, p.created_at) < ? AND p.role = 'participant' ORDER BY p.id",
            (idle_since,),
        )
        people = [row["id"] for row in rows]
        for person_id in people:
            await self._run("DELETE FROM identities WHERE person_id = ?", (person_id,))
        return people

    async def purge_withdrawn_text(self) -> int:
        """Delete any text left on withdrawn stories (withdrawing already does; a safety net)."""
        left = 0
        for table in _STORY_TEXT_TABLES:
            left += await self._changed(
                f"DELETE FROM {table} WHERE story_id IN (SELECT id FROM stories WHERE status = 'withdrawn')"
            )
        return left

    async def forget_person(self, person_id: str) -> dict[str, int]:
        """Remove a person's identities and the text of all their stories (forget me)."""
        drafts = await self._changed("DELETE FROM stories WHERE person_id = ? AND status = 'draft'", (person_id,))
        for table in _STORY_TEXT_TABLES:
            await self._run(
                f"DELETE FROM {table} WHERE story_id IN (SELECT id FROM stories WHERE person_id = ?)", (person_id,)
            )
        # Told stories keep their row (counts, consent, the audit trail) but no words: they
        # are withdrawn, so they leave every output as a withdrawn story does.
        emptied = await self._changed(
            "UPDATE stories SET status = 'withdrawn', withdrawn_at = COALESCE(withdrawn_at, ?)"
            " WHERE person_id = ? AND status != 'withdrawn'",
            (self.now, person_id),
        )
        identities = await self._changed("DELETE FROM identities WHERE person_id = ?", (person_id,))
        await self._run("DELETE FROM conversations WHERE person_id = ?", (person_id,))
        counts = {"drafts_deleted": drafts, "stories_emptied": emptied, "identities_removed": identities}
        await self.audit(person_id, "forgetme.done", f"person:{person_id}", counts)
        return counts

    # --- the facilitators' digest (issue 6) ---------------------------------------------

    async def review_counts(self) -> ReviewCounts:
        """Count what waits for facilitators: stories to review (and, later, flags)."""
        row = await self._one(
            "SELECT (SELECT COUNT(*) FROM stories WHERE status = 'pending') AS waiting,"
            " (SELECT COUNT(*) FROM safeguarding_flags WHERE acknowledged_at IS NULL) AS flags"
        )
        assert row is not None
        return ReviewCounts(waiting_for_review=row["waiting"], unacknowledged_flags=row["flags"])

    async def staff_addresses(self, channel: str, roles: Sequence[str] = ("facilitator", "admin")) -> list[Address]:
        """Return where to reach people with these roles (the digest's recipients in the database)."""
        marks = ",".join("?" for _ in roles)
        rows = await self._all(
            "SELECT i.channel, i.external_id, p.language FROM people p JOIN identities i ON i.person_id = p.id"
            f" WHERE p.role IN ({marks}) AND i.channel = ? AND p.inactive_at IS NULL ORDER BY p.id",
            (*roles, channel),
        )
        return [Address(r["channel"], r["external_id"], r["language"]) for r in rows]

    # --- review ----------------------------------------------------------------------------

    async def next_for_review(self, person_id: str) -> int | None:
        """Return the story this reviewer should see: their live lease, else the oldest free one."""
        row = await self._one(
            "SELECT s.id FROM stories s JOIN analyses a ON a.story_id = s.id"
            " LEFT JOIN review_leases l ON l.story_id = s.id"
            " WHERE s.status = 'pending' AND (l.story_id IS NULL OR l.expires_at <= ? OR l.person_id = ?)"
            " ORDER BY (l.person_id = ? AND l.expires_at > ?) DESC,"
            " EXISTS (SELECT 1 FROM review_decisions d WHERE d.story_id = s.id AND d.person_id = ?"
            "   AND d.decision IN ('skipped', 'sent_back')),"
            " s.submitted_at, s.id LIMIT 1",
            (self.now, person_id, person_id, self.now, person_id),
        )
        return None if row is None else int(row["id"])

    async def take_lease(self, story_id: int, person_id: str, expires_at: str) -> bool:
        """Hold a story for one reviewer until expires_at, unless someone else holds it now."""
        return await self._changed(
            "INSERT INTO review_leases (story_id, person_id, expires_at) VALUES (?, ?, ?)"
            " ON CONFLICT (story_id) DO UPDATE SET person_id = excluded.person_id,"
            " expires_at = excluded.expires_at"
            " WHERE review_leases.expires_at <= ? OR review_leases.person_id = excluded.person_id",
            (story_id, person_id, expires_at, self.now),
        ) == 1

    async def holds_lease(self, story_id: int, person_id: str) -> bool:
        """Tell whether this reviewer holds a live lease on a still pending story."""
        row = await self._one(
            "SELECT 1 FROM review_leases l JOIN stories s ON s.id = l.story_id"
            " WHERE l.story_id = ? AND l.person_id = ? AND l.expires_at > ? AND s.status = 'pending'",
            (story_id, person_id, self.now),
        )
        return row is not None

    async def release_lease(self, story_id: int) -> None:
        """Free a story for other reviewers."""
        await self._run("DELETE FROM review_leases WHERE story_id = ?", (story_id,))

    async def pending_review_count(self) -> int:
        """Count told, analysed stories waiting for review."""
        row = await self._one(
            "SELECT COUNT(*) AS n FROM stories s JOIN analyses a ON a.story_id = s.id WHERE s.status = 'pending'"
        )
        return int(row["n"]) if row else 0

    async def redaction_suggestions(self, story_id: int) -> list[sqlite3.Row]:
        """Return a story's proposed redactions with their ids, in reading order."""
        return await self._all(
            "SELECT id, question_id, start, end, label FROM redaction_suggestions"
            " WHERE story_id = ? ORDER BY question_id, start, id",
            (story_id,),
        )

    async def record_decision(
        self, story_id: int, person_id: str, kind: str, target: str | None, decision: str,
        model_version: str | None = None,
    ) -> None:
        """Record one reviewer decision: who, what, which way, when."""
        await self._run(
            "INSERT INTO review_decisions (story_id, person_id, kind, target, decision, model_version, decided_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (story_id, person_id, kind, target, decision, model_version, self.now),
        )

    async def decide_theme_suggestion(self, story_id: int, theme_id: str, decision: str, person_id: str) -> None:
        """Set a person's decision on a suggested theme."""
        await self._run(
            "UPDATE theme_suggestions SET decision = ?, decided_by = ?, decided_at = ?"
            " WHERE story_id = ? AND theme_id = ?",
            (decision, person_id, self.now, story_id, theme_id),
        )

    async def decide_redaction(self, story_id: int, redaction_id: int, decision: str, person_id: str) -> None:
        """Set a person's decision on a proposed redaction."""
        await self._run(
            "UPDATE redaction_suggestions SET decision = ?, decided_by = ?, decided_at = ?"
            " WHERE id = ? AND story_id = ?",
            (decision, person_id, self.now, redaction_id, story_id),
        )

    async def confirm_story(
        self,
        story_id: int,
        person_id: str,
        themes: list[tuple[str, str]],
        reviewed: list[tuple[str, int, str]],
        words: int,
    ) -> bool:
        """Store the confirmed themes and redacted text and mark the story confirmed."""
        if await self._changed(
            "UPDATE stories SET status = 'confirmed' WHERE id = ? AND status = 'pending'", (story_id,)
        ) != 1:
            return False
        await self._conn.executemany(
            "INSERT INTO story_themes (story_id, theme_id, source) VALUES (?, ?, ?)",
            [(story_id, theme, source) for theme, source in themes],
        )
        await self._conn.executemany(
            "INSERT INTO reviewed_answers (story_id, question_id, position, text) VALUES (?, ?, ?, ?)",
            [(story_id, qid, position, text) for qid, position, text in reviewed],
        )
        await self._run(
            "INSERT INTO story_reviews (story_id, confirmed_by, confirmed_at, words) VALUES (?, ?, ?, ?)",
            (story_id, person_id, self.now, words),
        )
        await self.release_lease(story_id)
        return True

    # --- the teller's own view ----------------------------------------------------------------

    async def save_teller_view(self, story_id: int, themes: list[str], felt: int | None) -> None:
        """Store (or replace) what the teller said their story is about and how it felt."""
        await self._run(
            "INSERT INTO teller_views (story_id, themes, felt, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (story_id) DO UPDATE SET themes = excluded.themes, felt = excluded.felt",
            (story_id, json.dumps(themes), felt, self.now),
        )

    async def set_hear_back(self, person_id: str, story_id: int, wanted: bool) -> bool:
        """Record whether the teller would like to hear when their story is shared."""
        return await self._changed(
            "UPDATE stories SET hear_back = ? WHERE id = ? AND person_id = ? AND status <> 'withdrawn'",
            (int(wanted), story_id, person_id),
        ) == 1

    # --- sessions and story sets --------------------------------------------------------------

    async def create_session(self, name: str, held_on: str, themes: list[str], person_id: str) -> int:
        """Record an inquiry event and return its id."""
        return await self._run(
            "INSERT INTO inquiry_sessions (name, held_on, themes, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
            (name, held_on, json.dumps(themes), person_id, self.now),
        )

    async def inquiry_sessions(self, limit: int = 5) -> list[sqlite3.Row]:
        """Return the latest inquiry events, newest first."""
        return await self._all(
            "SELECT id, name, held_on, themes FROM inquiry_sessions ORDER BY id DESC LIMIT ?", (limit,)
        )

    async def inquiry_session(self, session_id: int) -> sqlite3.Row | None:
        """Return one inquiry event."""
        return await self._one("SELECT id, name, held_on, themes FROM inquiry_sessions WHERE id = ?", (session_id,))

    async def shareable_stories(self, theme_id: str | None = None) -> list[dict[str, Any]]:
        """Return stories a set may show: consent covers sessions, confirmed by a reviewer, not withdrawn.

        Only storysets.eligible_stories calls this; every output goes through it.
        """
        where = ""
        params: tuple[Any, ...] = ()
        if theme_id is not None:
            where = " AND EXISTS (SELECT 1 FROM story_themes t WHERE t.story_id = s.id AND t.theme_id = ?)"
            params = (theme_id,)
        rows = await self._all(
            "SELECT s.id, s.person_id, s.status, c.scope, s.author_role, s.credit, s.hear_back,"
            " s.submitted_at, r.words, v.felt FROM stories s JOIN consents c ON c.id = s.consent_id"
            " JOIN story_reviews r ON r.story_id = s.id"
            " LEFT JOIN teller_views v ON v.story_id = s.id"
            " WHERE s.status = 'confirmed' AND s.withdrawn_at IS NULL"
            " AND c.decision = 'given' AND c.scope IN ('sessions', 'reports')" + where +
            " ORDER BY s.submitted_at, s.id",
            params,
        )
        stories = {r["id"]: {**dict(r), "themes": [], "answers": []} for r in rows}
        if not stories:
            return []
        for r in await self._all("SELECT story_id, theme_id FROM story_themes ORDER BY story_id, theme_id"):
            if r["story_id"] in stories:
                stories[r["story_id"]]["themes"].append(r["theme_id"])
        for r in await self._all(
            "SELECT story_id, question_id, text FROM reviewed_answers ORDER BY story_id, position"
        ):
            if r["story_id"] in stories:
                stories[r["story_id"]]["answers"].append((r["question_id"], r["text"]))
        return list(stories.values())

    async def record_story_set(
        self, session_id: int | None, theme_id: str | None, person_id: str | None, story_ids: list[int]
    ) -> int:
        """Record which stories a set used, in card order, and return the set's id."""
        set_id = await self._run(
            "INSERT INTO story_sets (session_id, theme_id, built_by, built_at) VALUES (?, ?, ?, ?)",
            (session_id, theme_id, person_id, self.now),
        )
        await self._conn.executemany(
            "INSERT INTO story_set_items (set_id, story_id, position) VALUES (?, ?, ?)",
            [(set_id, story_id, position) for position, story_id in enumerate(story_ids)],
        )
        return set_id

    async def queue_teller_notices(self, session_id: int, person_ids: list[str]) -> int:
        """Queue one kind note per teller per session (again for the same session: nothing)."""
        added = 0
        for person_id in sorted(set(person_ids)):
            added += await self._changed(
                "INSERT OR IGNORE INTO teller_notices (person_id, session_id, created_at) VALUES (?, ?, ?)",
                (person_id, session_id, self.now),
            )
        return added

    async def unsent_teller_notices(self, channel: str) -> list[sqlite3.Row]:
        """Return unsent notes to tellers with their identity on a channel and the session."""
        return await self._all(
            "SELECT n.id, i.external_id, p.language, e.name, e.held_on FROM teller_notices n"
            " JOIN inquiry_sessions e ON e.id = n.session_id JOIN people p ON p.id = n.person_id"
            " JOIN identities i ON i.person_id = n.person_id AND i.channel = ?"
            " WHERE n.sent_at IS NULL ORDER BY n.id",
            (channel,),
        )

    async def mark_teller_notice_sent(self, notice_id: int) -> None:
        """Record that a note reached its teller."""
        await self._run("UPDATE teller_notices SET sent_at = ? WHERE id = ?", (self.now, notice_id))

    # --- agreement and learning ---------------------------------------------------------------

    async def reviewed_theme_views(self) -> list[dict[str, Any]]:
        """Return, per confirmed story, the model's, the facilitator's and the teller's themes."""
        rows = await self._all(
            "SELECT s.id, a.model_version, v.themes AS teller FROM stories s"
            " JOIN story_reviews r ON r.story_id = s.id"
            " LEFT JOIN analyses a ON a.story_id = s.id LEFT JOIN teller_views v ON v.story_id = s.id"
            " WHERE s.status = 'confirmed' ORDER BY s.id"
        )
        views = {
            r["id"]: {"model_version": r["model_version"], "model": set(), "facilitator": set(),
                      "teller": set(json.loads(r["teller"])) if r["teller"] is not None else None}
            for r in rows
        }
        for r in await self._all("SELECT story_id, theme_id FROM theme_suggestions"):
            if r["story_id"] in views:
                views[r["story_id"]]["model"].add(r["theme_id"])
        for r in await self._all("SELECT story_id, theme_id FROM story_themes"):
            if r["story_id"] in views:
                views[r["story_id"]]["facilitator"].add(r["theme_id"])
        return list(views.values())

    async def suggestion_decisions(self) -> list[sqlite3.Row]:
        """Count decided theme suggestions by model version, theme and decision."""
        return await self._all(
            "SELECT model_version, theme_id, decision, COUNT(*) AS n FROM theme_suggestions"
            " WHERE decision IS NOT NULL GROUP BY model_version, theme_id, decision"
            " ORDER BY model_version, theme_id"
        )

    async def training_records(self) -> list[tuple[str, list[str], list[str]]]:
        """Return (text as told, confirmed themes, rejected suggestions) for every confirmed story."""
        rows = await self._all(
            "SELECT s.id FROM stories s JOIN story_reviews r ON r.story_id = s.id"
            " WHERE s.status = 'confirmed' ORDER BY s.id"
        )
        records = []
        for r in rows:
            text = "\n\n".join(a.text for a in await self.answers(r["id"]))
            themes = [t["theme_id"] for t in await self._all(
                "SELECT theme_id FROM story_themes WHERE story_id = ? ORDER BY theme_id", (r["id"],))]
            rejected = [t["theme_id"] for t in await self._all(
                "SELECT theme_id FROM theme_suggestions WHERE story_id = ? AND decision = 'rejected'"
                " ORDER BY theme_id", (r["id"],))]
            if text:
                records.append((text, themes, rejected))
        return records

    # --- durable intake (the inbox of channel updates) ------------------------------

    async def inbox_add(self, rows: list[tuple[int, str, str]]) -> list[int]:
        """Store fetched updates (update_id, lane, raw JSON); return the ids new to the inbox."""
        ids = [update_id for update_id, _, _ in rows]
        known = {r["update_id"] for r in await self._all(
            f"SELECT update_id FROM inbox WHERE update_id IN ({', '.join('?' * len(ids))})", tuple(ids))}
        new = [(update_id, lane, payload, self.now) for update_id, lane, payload in rows if update_id not in known]
        await self._conn.executemany(
            "INSERT INTO inbox (update_id, lane, payload, received_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (update_id) DO NOTHING",  # the same id twice in one batch
            new,
        )
        return list(dict.fromkeys(update_id for update_id, _, _, _ in new))

    async def inbox_pending(self) -> list[tuple[int, str, str]]:
        """Return (update_id, lane, raw JSON) of every update not yet done, oldest first."""
        rows = await self._all(
            "SELECT update_id, lane, payload FROM inbox WHERE done_at IS NULL ORDER BY update_id"
        )
        return [(r["update_id"], r["lane"], r["payload"]) for r in rows]

    async def inbox_claim(self, update_id: int) -> tuple[str, int] | None:
        """Count one more attempt at an update not yet done; return its raw JSON and attempts."""
        row = await self._one(
            "UPDATE inbox SET attempts = attempts + 1 WHERE update_id = ? AND done_at IS NULL"
            " RETURNING payload, attempts",
            (update_id,),
        )
        return None if row is None else (row["payload"], int(row["attempts"]))

    async def inbox_replies(self, update_id: int) -> str | None:
        """Return the stored replies (JSON) when the update's effect was already applied."""
        row = await self._one(
            "SELECT replies FROM inbox WHERE update_id = ? AND applied_at IS NOT NULL", (update_id,)
        )
        if row is None:
            return None
        return row["replies"] if row["replies"] is not None else "[]"  # done: nothing to resend

    async def inbox_apply(self, update_id: int, replies: str) -> None:
        """Record, in the engine's own transaction, that an update's effect is applied."""
        await self._run(
            "UPDATE inbox SET applied_at = ?, replies = ? WHERE update_id = ?",
            (self.now, replies, update_id),
        )

    async def inbox_done(self, update_ids: list[int]) -> None:
        """Mark updates done and forget their text (payload and replies)."""
        await self._conn.executemany(
            "UPDATE inbox SET done_at = ?, payload = NULL, replies = NULL WHERE update_id = ?",
            [(self.now, update_id) for update_id in update_ids],
        )

    async def inbox_prune(self, before: str) -> None:
        """Forget done updates older than `before` (their ids only guard against replays)."""
        await self._run("DELETE FROM inbox WHERE done_at IS NOT NULL AND done_at < ?", (before,))

    async def inbox_counts(self) -> dict[str, int]:
        """Count inbox rows by state, for tests and the bench."""
        row = await self._one(
            "SELECT count(*) AS total, count(applied_at) AS applied, count(done_at) AS done FROM inbox"
        )
        assert row is not None
        return {"total": row["total"], "applied": row["applied"], "done": row["done"]}


# Every table holding a story's words or text derived from them (evidence phrases,
# redaction offsets, the reviewed and redacted text, confirmed themes, the teller's own
# view): withdrawal, forget-me and retention clear them all.
_STORY_TEXT_TABLES = (
    "answers", "theme_suggestions", "redaction_suggestions", "analyses",
    "reviewed_answers", "story_themes", "teller_views", "review_leases",
)


# --- backup files (issue 6) -------------------------------------------------------------


def lock_path(path: Path) -> Path:
    """Return the lock file beside a database that says which processes have it open."""
    return path.with_name(path.name + ".lock")


def hold_in_use(path: Path) -> IO[bytes]:
    """Mark the database as open by this process (a shared lock) until the file is closed."""
    handle = open(lock_path(path), "ab")  # noqa: SIM115 - held for the connection's lifetime
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise BackupError(f"{path} is being restored right now; try again when the restore has finished") from None
    return handle


def hold_exclusive(path: Path) -> IO[bytes] | None:
    """Take the database for ourselves (to restore it); None if any process has it open."""
    handle = open(lock_path(path), "ab")  # noqa: SIM115 - closed by the caller
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


@dataclass(frozen=True)
class DatabaseCheck:
    """What a file holds: whether it is a sound storybot database, and how recent it is."""

    ok: bool
    problem: str
    versions: frozenset[int]
    last_change: str  # the latest time stamped in it, '' when empty


# Columns whose latest value tells how recent a database's contents are. Not the audit
# log: taking a backup writes an entry there, which would make every backup look stale.
_CHANGE_COLUMNS = (
    ("people", "created_at"), ("people", "last_seen_at"), ("identities", "created_at"),
    ("consents", "created_at"), ("stories", "created_at"), ("stories", "submitted_at"),
    ("stories", "withdrawn_at"), ("answers", "updated_at"), ("conversations", "updated_at"),
)


def inspect_database(path: Path) -> DatabaseCheck:
    """Check that a file is a sound storybot database, without changing it."""
    if not path.is_file():
        return DatabaseCheck(False, "there is no such file", frozenset(), "")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
            if integrity != "ok":
                return DatabaseCheck(False, f"SQLite reports damage ({integrity})", frozenset(), "")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"schema_migrations", "people", "stories", "answers"} <= tables:
                return DatabaseCheck(False, "it is an SQLite file but not a storybot database", frozenset(), "")
            versions = frozenset(r[0] for r in conn.execute("SELECT version FROM schema_migrations"))
            columns = {t: {r[1] for r in conn.execute(f"PRAGMA table_info({t})")} for t in tables}
            stamps = [
                conn.execute(f"SELECT MAX({column}) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
                for table, column in _CHANGE_COLUMNS if column in columns.get(table, set())
            ]
    except sqlite3.DatabaseError as exc:
        return DatabaseCheck(False, f"it is not an SQLite database ({exc})", frozenset(), "")
    return DatabaseCheck(True, "", versions, max((s for s in stamps if s), default=""))


def copy_database(source: Path, target: Path) -> None:
    """Copy one database file over another with the backup API (the target must be idle)."""
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src:
        with closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
