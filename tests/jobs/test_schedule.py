"""Due times live in the database: a restart neither loses nor repeats a run."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from storybot.config import Settings, load_settings
from storybot.conversation import Engine
from storybot.db import Database
from storybot.jobs import BACKUP, DIGEST, REMINDERS, RETENTION, RETRAIN, Jobs, next_daily
from storybot.prompts import Prompts

from tests.clock import FakeClock
from tests.jobs.conftest import LONDON, START, Outbox, rows, start_story, talker


def due(db_path: Path) -> dict[str, str]:
    return dict(rows(db_path, "SELECT job, due_at FROM schedule"))  # type: ignore[arg-type]


async def test_first_due_times_follow_the_settings_in_local_time(jobs: Jobs, db_path: Path) -> None:
    assert due(db_path) == {
        REMINDERS: "2026-01-12T10:00:00+00:00",  # at the first tick
        BACKUP: "2026-01-13T03:00:00+00:00",     # nightly at 03:00
        RETENTION: "2026-01-13T04:00:00+00:00",  # daily at 04:00
        DIGEST: "2026-01-19T09:00:00+00:00",     # next Monday 09:00 (it is Monday 10:00 now)
        RETRAIN: "2026-01-18T02:00:00+00:00",    # Sunday night at 02:00
    }


def test_daily_times_are_local_across_a_clock_change() -> None:
    # London moves to summer time on 29 March 2026: 03:00 local is 02:00 UTC from then on.
    before = next_daily(datetime(2026, 3, 28, 12, 0, tzinfo=LONDON), time(3, 0), LONDON)
    after = next_daily(before, time(3, 0), LONDON)
    assert before.isoformat() == "2026-03-29T03:00:00+01:00"
    assert (after - before).total_seconds() == 24 * 3600
    assert next_daily(datetime(2026, 3, 29, 12, tzinfo=LONDON), time(9), LONDON, weekday=0).date().isoformat() == "2026-03-30"


async def test_a_run_missed_while_the_bot_was_down_happens_once(
    db_path: Path, clock: FakeClock, prompts: Prompts, settings: Settings, outbox: Outbox
) -> None:
    db = await Database.open(db_path, clock=clock)
    await Jobs(db, prompts, settings, outbox).start()
    await db.close()
    clock.advance(days=3)  # down for three nights: three backup and retention slots missed
    db = await Database.open(db_path, clock=clock)
    jobs = Jobs(db, prompts, settings, outbox)
    await jobs.start()
    ran = [job for job, outcome, _ in await jobs.tick() if outcome == "done"]
    assert sorted(ran) == [BACKUP, REMINDERS, RETENTION]
    assert await jobs.tick() == []  # nothing is due again straight away
    await db.close()
    assert rows(db_path, "SELECT job, count(*) FROM job_runs GROUP BY job ORDER BY job") == [
        (BACKUP, 1), (REMINDERS, 1), (RETENTION, 1)]
    # Moved on to the next slot after now, not to the missed ones.
    assert due(db_path)[BACKUP] == "2026-01-16T03:00:00+00:00"
    assert len(list((settings.backups).glob("storybot-*.db"))) == 1


async def test_a_claimed_slot_is_never_run_twice(jobs: Jobs, db: Database, clock: FakeClock, db_path: Path) -> None:
    async with db.transaction() as store:
        [(job, slot)] = [d for d in await store.due_jobs() if d[0] == REMINDERS]
        assert await store.claim_job(job, slot, "2026-01-12T10:15:00+00:00") is not None
        assert await store.claim_job(job, slot, "2026-01-12T10:15:00+00:00") is None


async def test_a_failing_job_is_recorded_and_the_others_still_run(
    jobs: Jobs, clock: FakeClock, db_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    clock.advance(days=1)
    outcomes = {job: outcome for job, outcome, _ in await jobs.tick()}
    assert outcomes == {BACKUP: "failed", RETENTION: "done", REMINDERS: "done"}
    assert rows(db_path, "SELECT outcome, detail FROM job_runs WHERE job = ?", (BACKUP,)) == [
        ("failed", '{"error": "FileExistsError"}')]


async def test_disabled_jobs_leave_the_schedule(db: Database, prompts: Prompts, outbox: Outbox, db_path: Path) -> None:
    await Jobs(db, prompts, load_settings(database=db_path, _env_file=None), outbox).start()
    off = load_settings(database=db_path, reminder_max=0, backup_keep=0, _env_file=None)
    await Jobs(db, prompts, off, outbox).start()
    assert sorted(due(db_path)) == [DIGEST, RETENTION, RETRAIN]


async def test_the_weekly_digest_sends_counts_only_to_admins(
    db: Database, engine: Engine, prompts: Prompts, clock: FakeClock, outbox: Outbox, db_path: Path
) -> None:
    en = prompts.for_language("en")
    for name in ("a", "b"):
        talk = talker(engine, name)
        await start_story(talk, prompts, answers=len(en.question_sets["participant"].questions))
        await talk.press(en.buttons.submit)
    await start_story(talker(engine, "drafting"), prompts)
    settings = load_settings(database=db_path, admin_ids="111,222", reminder_max=0, _env_file=None)
    jobs = Jobs(db, prompts, settings, outbox)
    await jobs.start()
    assert START.weekday() == 0
    clock.set(datetime(2026, 1, 19, 9, 0, tzinfo=LONDON))
    await jobs.tick()
    assert sorted(a.external_id for a, _ in outbox.sent) == ["111", "222"]
    text = outbox.sent[0][1].text
    assert text == en.lifecycle.digest.format(waiting=2) + "\n" + en.lifecycle.digest_flags.format(flags=0)
    assert "library" not in text  # counts only
    clock.advance(hours=1)
    await jobs.tick()
    assert len(outbox.sent) == 2  # weekly, not again within the week


async def test_job_history_is_kept_a_year_then_pruned(jobs: Jobs, clock: FakeClock, db_path: Path) -> None:
    clock.advance(days=1)
    await jobs.tick()  # the first runs: backup, reminders, retention
    first = rows(db_path, "SELECT count(*) FROM job_runs")[0][0]
    assert first >= 3
    clock.advance(days=365)
    await jobs.tick()  # a year on: the first runs are still kept
    assert rows(db_path, "SELECT count(*) FROM job_runs WHERE started_at < '2026-02-01'") == [(first,)]
    clock.advance(days=2)
    await jobs.tick()  # retention now finds them more than 366 days old
    assert rows(db_path, "SELECT count(*) FROM job_runs WHERE started_at < '2026-02-01'") == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM job_runs")[0][0] > 0  # this year's runs stay
