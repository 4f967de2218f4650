"""Scheduled jobs: reminders, retention, the facilitators' digest and nightly backups.

Transport-free: a job gets the database, its clock and a `send(address, reply)` callable;
the Telegram channel only runs `Jobs.tick` every few seconds through PTB's JobQueue.

Each job's next due time lives in the `schedule` table. A tick claims a due run and moves
the job on in one transaction (the `(job, slot)` pair is unique in `job_runs`), then does
the work and records the outcome. So a restart neither loses a run nor repeats one, and
a run missed while the bot was down happens once when it is back. Messages are claimed
before they are sent: at most once, never twice.

Audit actions (actor in brackets): consent.given / consent.declined (person, or the
worker recording it), story.withdrawn (person), forgetme.requested / forgetme.done
(person), reminders.stopped (person), person.inactive (scheduler),
retention.drafts_deleted / retention.identities_removed (scheduler), digest.sent
(scheduler), backup.created (operator or scheduler), backup.restored (operator),
role.invited / role.granted / role.revoked (admin or joiner), stories.imported
(operator), safeguarding.raised (system). Services still to come call
`Store.audit(actor, "area.verb", subject, detail)` for theirs, e.g. storyset.built,
export.built, safeguarding.acknowledged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from storybot.backups import nightly_backup
from storybot.config import WEEKDAYS, Settings
from storybot.db import Address, Database, ReminderCandidate, stored_time
from storybot.errors import Blocked
from storybot.models import Button, Reply
from storybot.prompts import Prompts

log = logging.getLogger(__name__)

Send = Callable[[Address, Reply], Awaitable[None]]

REMINDERS, RETENTION, DIGEST, BACKUP, RETRAIN = "reminders", "retention", "digest", "backup", "retrain"
# The record of each job run (counts, never text) is kept a year: enough to see what the
# weekly jobs did through the seasons, without a table that grows for ever.
JOB_HISTORY_DAYS = 366
SCHEDULER = "scheduler"  # the audit actor for everything jobs do on their own
# STORYBOT_ADMIN_IDS are Telegram user ids.
ADMIN_CHANNEL = "telegram"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def in_quiet_hours(moment: datetime, quiet: tuple[time, time] | None, zone: tzinfo) -> bool:
    """Say whether a moment falls in the quiet hours (which may run past midnight)."""
    if quiet is None:
        return False
    start, end = quiet
    local = moment.astimezone(zone).time()
    return start <= local < end if start < end else (local >= start or local < end)


def next_daily(after: datetime, at: time, zone: tzinfo, weekday: int | None = None) -> datetime:
    """Return the first local `at` (on `weekday`, if given) strictly after `after`."""
    day: date = after.astimezone(zone).date()
    while True:
        candidate = datetime.combine(day, at, tzinfo=zone)
        if candidate > after and (weekday is None or candidate.weekday() == weekday):
            return candidate
        day += timedelta(days=1)


class Jobs:
    """The periodic work of a running bot; `tick` runs whatever is due."""

    def __init__(
        self, db: Database, prompts: Prompts, settings: Settings, send: Send, *,
        channels: tuple[str, ...] = ("telegram",),
        on_new_model: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self.prompts = prompts
        self.settings = settings
        self.send = send
        self.channels = channels
        self.on_new_model = on_new_model
        runners: dict[str, Callable[[datetime], Awaitable[dict[str, Any]]]] = {
            REMINDERS: self.remind, RETENTION: self.purge, DIGEST: self.digest, BACKUP: self.backup,
            RETRAIN: self.retrain,
        }
        enabled = {REMINDERS: settings.reminder_max > 0, BACKUP: settings.backup_keep > 0}
        self.runners = {name: run for name, run in runners.items() if enabled.get(name, True)}

    def next_due(self, job: str, now: datetime) -> datetime:
        """Return when a job is next due after running at `now`."""
        s = self.settings
        if job == REMINDERS:
            return now + timedelta(minutes=s.reminder_check_minutes)
        if job == RETENTION:
            return next_daily(now, s.retention_time, s.zone)
        if job == BACKUP:
            return next_daily(now, s.backup_time, s.zone)
        if job == DIGEST:
            return next_daily(now, s.digest_time, s.zone, WEEKDAYS.index(s.digest_weekday))
        if job == RETRAIN:
            return next_daily(now, s.retrain_time, s.zone, WEEKDAYS.index(s.retrain_weekday))
        raise ValueError(f"unknown job {job}")

    async def start(self) -> None:
        """Put enabled jobs on the schedule (keeping stored due times) and drop disabled ones."""
        now = self.db.clock()
        async with self.db.transaction() as store:
            for job in (REMINDERS, RETENTION, DIGEST, BACKUP, RETRAIN):
                if job in self.runners:
                    # Reminders are checked at the first tick; the others wait for their time.
                    await store.schedule_job(job, stored_time(now if job == REMINDERS else self.next_due(job, now)))
                else:
                    await store.unschedule_job(job)

    async def tick(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Run every job that is due, each at most once per due time; return what ran."""
        async with self.db.transaction() as store:
            due = await store.due_jobs()
        ran = []
        for job, slot in due:
            runner = self.runners.get(job)
            if runner is None:
                continue
            now = self.db.clock()
            async with self.db.transaction() as store:
                run_id = await store.claim_job(job, slot, stored_time(self.next_due(job, now)))
            if run_id is None:
                continue  # another tick or process claimed it first
            try:
                detail, outcome = await runner(now), "done"
            except Exception as exc:  # one failing job must not stop the others
                log.error("job %s failed (%s)", job, type(exc).__name__, exc_info=exc)
                detail, outcome = {"error": type(exc).__name__}, "failed"
            async with self.db.transaction() as store:
                await store.finish_job(run_id, outcome, detail)
            log.info("job %s (due %s): %s %s", job, slot, outcome, detail)
            ran.append((job, outcome, detail))
        return ran

    # --- reminders ------------------------------------------------------------------------

    async def remind(self, now: datetime) -> dict[str, Any]:
        """Remind the tellers of unfinished stories, gently, at most a few times, never at night."""
        s = self.settings
        if in_quiet_hours(now, s.quiet, s.zone):
            return {"quiet_hours": True, "sent": 0}
        async with self.db.transaction() as store:
            candidates = await store.reminder_candidates(self.channels, s.reminder_max)
        wait = timedelta(hours=s.reminder_after_hours)
        counts = {"sent": 0, "blocked": 0, "failed": 0}
        for candidate in candidates:
            quiet_since = max(candidate.active_at, candidate.last_reminded_at or "")
            if datetime.fromisoformat(quiet_since) + wait > now:
                continue
            number = candidate.reminders_sent + 1
            async with self.db.transaction() as store:
                if not await store.claim_reminder(candidate.story_id, number):
                    continue
            outcome = await self._deliver_reminder(candidate, number)
            async with self.db.transaction() as store:
                await store.finish_reminder(candidate.story_id, number, outcome)
                if outcome == "blocked":
                    await store.mark_inactive(candidate.person_id, "blocked")
            counts[outcome] += 1
        return counts

    async def _deliver_reminder(self, candidate: ReminderCandidate, number: int) -> str:
        words = self.prompts.for_language(candidate.language).lifecycle
        started = datetime.fromisoformat(candidate.started_at).astimezone(self.settings.zone)
        when = f"{started.day} {_MONTHS[started.month - 1]}"
        text = (words.reminder_last if number >= self.settings.reminder_max else words.reminder_first).format(date=when)
        reply = Reply(text, (Button(words.carry_on, "start:"), Button(words.stop_reminders, "reminders-off:")))
        address = Address(candidate.channel, candidate.external_id, candidate.language)
        try:
            await self.send(address, reply)
        except Blocked:
            log.info("person %s has blocked the bot; no more reminders", candidate.person_id)
            return "blocked"
        except Exception as exc:
            log.warning("reminder %s for story %s not delivered (%s)", number, candidate.story_id, type(exc).__name__)
            return "failed"
        log.info("reminder %s sent for story %s", number, candidate.story_id)
        return "sent"

    # --- retention ------------------------------------------------------------------------

    async def purge(self, now: datetime) -> dict[str, Any]:
        """Delete abandoned drafts and the identities of long-silent people, as configured."""
        s = self.settings
        async with self.db.transaction() as store:
            drafts = await store.delete_abandoned_drafts(stored_time(now - timedelta(days=s.draft_retention_days)))
            people = await store.remove_inactive_identities(stored_time(now - timedelta(days=s.identity_retention_days)))
            leftover = await store.purge_withdrawn_text()
            runs = await store.prune_job_runs(stored_time(now - timedelta(days=JOB_HISTORY_DAYS)))
            if drafts:
                await store.audit(SCHEDULER, "retention.drafts_deleted", "stories",
                                  {"stories": drafts, "older_than_days": s.draft_retention_days})
            if people:
                await store.audit(SCHEDULER, "retention.identities_removed", "people",
                                  {"people": people, "silent_for_days": s.identity_retention_days})
        if leftover:
            log.warning("retention found and deleted %s answers left on withdrawn stories", leftover)
        return {
            "drafts_deleted": len(drafts), "identities_removed": len(people), "withdrawn_text_deleted": leftover,
            "job_runs_deleted": runs,
        }

    # --- the facilitators' digest ---------------------------------------------------------

    async def recipients(self) -> list[Address]:
        """Return who gets the digest: configured admins, and facilitators and admins on record."""
        addresses = [Address(ADMIN_CHANNEL, str(i), "en") for i in sorted(self.settings.admin_ids)]
        async with self.db.transaction() as store:
            for channel in self.channels:
                addresses += await store.staff_addresses(channel)
        unique: dict[tuple[str, str], Address] = {}
        for address in addresses:
            unique.setdefault((address.channel, address.external_id), address)
        return list(unique.values())

    async def digest(self, now: datetime) -> dict[str, Any]:
        """Send the weekly counts to facilitators and admins: counts only, no story text."""
        async with self.db.transaction() as store:
            counts = await store.review_counts()
        delivered = failed = 0
        for address in await self.recipients():
            words = self.prompts.for_language(address.language).lifecycle
            text = words.digest.format(waiting=counts.waiting_for_review)
            if counts.unacknowledged_flags is not None:
                text += "\n" + words.digest_flags.format(flags=counts.unacknowledged_flags)
            try:
                await self.send(address, Reply(text))
                delivered += 1
            except Exception as exc:  # one unreachable recipient must not stop the rest
                log.warning("digest not delivered to one recipient (%s)", type(exc).__name__)
                failed += 1
        detail = {"waiting_for_review": counts.waiting_for_review, "unacknowledged_flags": counts.unacknowledged_flags,
                  "delivered": delivered, "failed": failed}
        async with self.db.transaction() as store:
            await store.audit(SCHEDULER, "digest.sent", "", detail)
        return detail

    # --- backups --------------------------------------------------------------------------

    async def backup(self, now: datetime) -> dict[str, Any]:
        """Take the nightly backup and keep the newest few."""
        return await nightly_backup(self.db, self.settings.backups, self.settings.backup_keep, actor=SCHEDULER)

    # --- learning -------------------------------------------------------------------------

    async def retrain(self, now: datetime) -> dict[str, Any]:
        """Retrain the theme classifier on the week's review decisions, in a child process.

        Training takes the CPU for a while: a separate process keeps the bot's replies
        prompt, and `storybot retrain` is the same command an operator runs by hand.
        """
        s = self.settings
        env = {
            **os.environ,
            "STORYBOT_DATABASE": str(s.database), "STORYBOT_PROMPTS_DIR": str(s.prompts_dir),
            "STORYBOT_MODELS_DIR": str(s.models_dir), "STORYBOT_RETRAIN_MIN_STORIES": str(s.retrain_min_stories),
            "STORYBOT_SPACY_MODEL": s.spacy_model or "",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "storybot", "retrain",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
        )
        out, err = await process.communicate()
        if process.returncode != 0:
            # Not enough reviewed stories yet is the usual reason; the command says which.
            reason = err.decode(errors="replace").strip().splitlines()[-1:] or ["no reason given"]
            log.info("weekly retraining skipped: %s", reason[0])
            return {"retrained": False, "exit_code": process.returncode}
        report = json.loads(out)
        if report.get("activated") and self.on_new_model is not None:
            self.on_new_model()
        return {"retrained": True, "activated": bool(report.get("activated")),
                "model_version": report.get("after", {}).get("model_version")}
