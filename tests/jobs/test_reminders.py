"""Reminders about unfinished stories, on a clock moved by hand."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from storybot.config import Settings
from storybot.conversation import Engine
from storybot.db import Database
from storybot.jobs import REMINDERS, Jobs, in_quiet_hours
from storybot.prompts import Locale, Prompts

from tests.clock import FakeClock
from tests.jobs.conftest import LONDON, Outbox, rows, start_story, talker


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


async def test_reminders_come_after_24_hours_and_at_most_twice(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    await start_story(talker(engine, "alex"), prompts)
    clock.advance(hours=23, minutes=50)
    await jobs.tick()
    assert outbox.sent == []

    clock.advance(minutes=15)  # 24 h 5 min after the last answer
    await jobs.tick()
    [first] = outbox.to("alex")
    assert first.text == en.lifecycle.reminder_first.format(date="12 January")
    assert [b.data for b in first.buttons] == ["start:", "reminders-off:"]

    clock.advance(hours=12)  # not yet 24 h after the first reminder
    await jobs.tick()
    assert len(outbox.to("alex")) == 1

    clock.advance(hours=12, minutes=15)
    await jobs.tick()
    second = outbox.to("alex")[1]
    assert second.text == en.lifecycle.reminder_last.format(date="12 January")

    for _ in range(4):  # days go by: never a third
        clock.advance(hours=24)
        await jobs.tick()
    assert len(outbox.to("alex")) == 2
    assert rows(db_path, "SELECT number, outcome FROM reminders ORDER BY number") == [(1, "sent"), (2, "sent")]


async def test_talking_again_restarts_the_wait(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts
) -> None:
    alex = talker(engine, "alex")
    await start_story(alex, prompts)
    clock.advance(hours=10)
    await alex.say("/resume")  # back for a moment at 20:00, then away again
    clock.advance(hours=20)
    await jobs.tick()
    assert outbox.sent == []
    clock.advance(hours=4, minutes=15)
    await jobs.tick()
    assert len(outbox.to("alex")) == 1


async def test_only_unfinished_stories_are_reminded(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts, en: Locale
) -> None:
    done = talker(engine, "done")
    await start_story(done, prompts, answers=len(en.question_sets["participant"].questions))
    await done.press(en.buttons.submit)
    declined = talker(engine, "declined")
    await declined.say("/start")
    await declined.press(en.consent.decline_label)
    undecided = talker(engine, "undecided")  # saw the consent notice, chose nothing
    await undecided.say("/start")
    waiting = talker(engine, "waiting")
    await start_story(waiting, prompts)
    clock.advance(hours=25)
    await jobs.tick()
    assert [address.external_id for address, _ in outbox.sent] == ["waiting"]


@pytest.mark.parametrize(("left_at", "too_early", "on_time"), [
    # Winter (London = UTC): left at 22:00, due at 22:00 next day, which is quiet until 09:00.
    (datetime(2026, 1, 12, 22, 0, tzinfo=LONDON), datetime(2026, 1, 14, 8, 59, tzinfo=LONDON),
     datetime(2026, 1, 14, 9, 0, tzinfo=LONDON)),
    # Summer (London = UTC+1): 20:30 UTC is 21:30 in London, quiet; in UTC it would not be.
    (datetime(2026, 7, 13, 21, 30, tzinfo=LONDON), datetime(2026, 7, 15, 8, 59, tzinfo=LONDON),
     datetime(2026, 7, 15, 9, 0, tzinfo=LONDON)),
])
async def test_never_in_quiet_hours_in_the_configured_time_zone(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts,
    left_at: datetime, too_early: datetime, on_time: datetime,
) -> None:
    clock.set(left_at)
    await start_story(talker(engine, "owl"), prompts)
    # Every 15 minutes from 24 h after until a minute before the quiet hours end: nothing.
    clock.set(left_at + timedelta(days=1))
    while clock() <= too_early:
        await jobs.tick()
        clock.advance(minutes=15)
    assert outbox.sent == []
    clock.set(on_time)
    await jobs.tick()
    assert len(outbox.to("owl")) == 1


def test_quiet_hours_wrap_past_midnight() -> None:
    quiet = (datetime(2026, 1, 1, 21).time(), datetime(2026, 1, 1, 9).time())
    at = lambda h, m=0: datetime(2026, 1, 12, h, m, tzinfo=LONDON)  # noqa: E731
    assert [in_quiet_hours(at(h, m), quiet, LONDON) for h, m in [(20, 59), (21, 0), (0, 0), (8, 59), (9, 0), (12, 0)]] == [
        False, True, True, True, False, False]
    assert not in_quiet_hours(at(23), None, LONDON)


async def test_no_more_reminders_button_stops_them_for_good(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    alex = talker(engine, "alex")
    await start_story(alex, prompts)
    clock.advance(hours=24, minutes=15)
    await jobs.tick()
    [reminder] = outbox.to("alex")
    alex.buttons = reminder.buttons
    await alex.press(en.lifecycle.stop_reminders)
    assert alex.text == en.lifecycle.reminders_stopped
    for _ in range(3):
        clock.advance(hours=24, minutes=15)
        await jobs.tick()
    assert len(outbox.to("alex")) == 1
    # Stopping reminders keeps the draft: "Carry on" picks it up where it was.
    await alex.press_data("start:")
    assert "Question 2" in alex.text


async def test_the_stop_command_means_no_reminder_ever(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts, en: Locale
) -> None:
    sam = talker(engine, "sam")
    await start_story(sam, prompts)
    await sam.say("/stop")
    assert sam.text == en.lifecycle.reminders_stopped
    clock.advance(hours=25)
    await jobs.tick()
    assert outbox.sent == []


async def test_a_person_who_blocked_the_bot_is_marked_inactive_and_left_alone(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts, db_path: Path
) -> None:
    await start_story(talker(engine, "gone"), prompts)
    outbox.blocked.add("gone")
    clock.advance(hours=24, minutes=15)
    await jobs.tick()
    assert [a.external_id for a in outbox.attempts] == ["gone"] and outbox.sent == []
    assert rows(db_path, "SELECT inactive_at IS NOT NULL FROM people") == [(1,)]
    assert rows(db_path, "SELECT outcome FROM reminders") == [("blocked",)]
    for _ in range(3):
        clock.advance(hours=24, minutes=15)
        await jobs.tick()
    assert len(outbox.attempts) == 1  # never tried again


async def test_no_duplicate_reminder_after_a_restart(
    db_path: Path, clock: FakeClock, prompts: Prompts, settings: Settings, outbox: Outbox
) -> None:
    db = await Database.open(db_path, clock=clock)
    await start_story(talker(Engine(db, prompts), "alex"), prompts)
    first = Jobs(db, prompts, settings, outbox, channels=("test",))
    await first.start()
    clock.advance(hours=24, minutes=15)
    await first.tick()
    await db.close()
    assert len(outbox.sent) == 1

    for _ in range(2):  # restarted twice, ticking each time within the same day
        db = await Database.open(db_path, clock=clock)
        again = Jobs(db, prompts, settings, outbox, channels=("test",))
        await again.start()
        clock.advance(minutes=20)
        await again.tick()
        await db.close()
    assert len(outbox.sent) == 1
    assert rows(db_path, "SELECT count(*) FROM job_runs WHERE job = ?", (REMINDERS,)) == [(3,)]
