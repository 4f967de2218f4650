"""Retention deletes exactly what it should, and nothing else; /forgetme forgets a person."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from storybot.config import Settings, load_settings
from storybot.conversation import Engine
from storybot.db import Database
from storybot.jobs import Jobs
from storybot.prompts import Locale, Prompts

from tests.clock import FakeClock
from tests.jobs.conftest import Outbox, rows, start_story, talker


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def answers_of(db_path: Path, name: str) -> list[str]:
    return [r[0] for r in rows(
        db_path,
        "SELECT a.text FROM answers a JOIN stories s ON s.id = a.story_id"
        " JOIN identities i ON i.person_id = s.person_id WHERE i.external_id = ? ORDER BY a.position",
        (name,),
    )]


async def tell_whole_story(engine: Engine, name: str, prompts: Prompts, en: Locale) -> None:
    talk = talker(engine, name)
    await start_story(talk, prompts, answers=len(en.question_sets["participant"].questions))
    await talk.press(en.buttons.submit)


async def test_withdrawn_text_is_deleted_at_once_even_on_disk(
    engine: Engine, db: Database, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    await tell_whole_story(engine, "wren", prompts, en)
    await tell_whole_story(engine, "keeps", prompts, en)
    wren = talker(engine, "wren")
    await wren.say("/withdraw 1")
    await wren.press(en.buttons.yes_withdraw)
    assert answers_of(db_path, "wren") == []
    assert len(answers_of(db_path, "keeps")) == len(en.question_sets["participant"].questions)
    assert rows(db_path, "SELECT status FROM stories ORDER BY id") == [("withdrawn",), ("pending",)]
    # secure_delete overwrites the freed pages: once the WAL is folded in, the words are gone from the file.
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path.read_bytes()
    assert b"from wren" not in raw and b"from keeps" in raw


async def test_abandoned_drafts_go_after_30_days_and_nothing_else(
    engine: Engine, jobs: Jobs, clock: FakeClock, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    old = talker(engine, "old")
    await start_story(old, prompts)                  # a draft that will be 31 days idle
    await tell_whole_story(engine, "told", prompts, en)  # told stories stay whatever their age
    clock.advance(days=2)
    await start_story(talker(engine, "recent"), prompts)  # a draft that will be 29 days idle
    clock.advance(days=29, hours=1)
    result = await jobs.purge(clock())
    assert result == {"drafts_deleted": 1, "identities_removed": 0, "withdrawn_text_deleted": 0, "job_runs_deleted": 0}
    assert answers_of(db_path, "old") == []
    assert len(answers_of(db_path, "recent")) == 1
    assert len(answers_of(db_path, "told")) == len(en.question_sets["participant"].questions)
    assert rows(db_path, "SELECT count(*) FROM stories") == [(2,)]
    # The person whose draft went starts afresh, kindly, rather than meeting an error.
    await old.say("/resume")
    assert old.text == en.messages.nothing_to_resume
    await old.say("/start")
    assert "Before you start" in old.text


async def test_draft_retention_is_configurable(
    db: Database, engine: Engine, prompts: Prompts, clock: FakeClock, outbox: Outbox, db_path: Path
) -> None:
    await start_story(talker(engine, "alex"), prompts)
    clock.advance(days=8)
    week = load_settings(database=db_path, draft_retention_days=7, _env_file=None)
    month = load_settings(database=db_path, _env_file=None)
    assert (await Jobs(db, prompts, month, outbox).purge(clock()))["drafts_deleted"] == 0
    assert (await Jobs(db, prompts, week, outbox).purge(clock()))["drafts_deleted"] == 1


async def test_identities_of_people_silent_for_12_months_go_and_their_stories_stay(
    engine: Engine, jobs: Jobs, clock: FakeClock, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    await tell_whole_story(engine, "silent", prompts, en)
    await tell_whole_story(engine, "active", prompts, en)
    clock.advance(days=200)
    await talker(engine, "active").say("/mystories")
    clock.advance(days=166)  # silent: 366 days; active: 166 days
    result = await jobs.purge(clock())
    assert result["identities_removed"] == 1
    assert rows(db_path, "SELECT external_id FROM identities") == [("active",)]
    questions = len(en.question_sets["participant"].questions)
    assert rows(db_path, "SELECT count(*), count(DISTINCT story_id) FROM answers") == [(2 * questions, 2)]
    assert rows(db_path, "SELECT count(*) FROM people") == [(2,)]
    # Coming back is a fresh start: the old stories are no longer linked to this account.
    silent = talker(engine, "silent")
    await silent.say("/mystories")
    assert silent.text == en.messages.my_stories_none


async def test_forget_me_removes_identity_and_all_story_text_after_confirmation(
    engine: Engine, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    await tell_whole_story(engine, "fern", prompts, en)
    await tell_whole_story(engine, "other", prompts, en)
    fern = talker(engine, "fern")
    await start_story(fern, prompts)  # and a draft in progress
    await fern.say("/forgetme")
    assert fern.text == en.lifecycle.forget_confirm
    assert answers_of(db_path, "fern")  # nothing happens before the confirmation
    await fern.press(en.lifecycle.forget_yes)
    assert fern.text == en.lifecycle.forgotten
    assert rows(db_path, "SELECT external_id FROM identities") == [("other",)]
    assert rows(db_path, "SELECT count(*) FROM answers a JOIN stories s ON s.id = a.story_id"
                         " WHERE s.person_id != (SELECT person_id FROM identities)") == [(0,)]
    assert rows(db_path, "SELECT status FROM stories ORDER BY id") == [("withdrawn",), ("pending",)]
    assert len(answers_of(db_path, "other")) == len(en.question_sets["participant"].questions)
    raw = rows(db_path, "SELECT group_concat(text) FROM answers")[0][0]
    assert "from fern" not in raw


async def test_forget_me_can_be_declined_and_its_buttons_cannot_be_forged(
    engine: Engine, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    ivy = talker(engine, "ivy")
    await start_story(ivy, prompts)
    await ivy.press_data("forget-yes:")  # no confirmation was asked for
    assert en.messages.stale_button in ivy.text
    await ivy.say("/forgetme")
    await ivy.press_data("forget-yes:00000000")  # a guessed token
    assert en.messages.stale_button in ivy.text
    await ivy.say("/forgetme")
    await ivy.press(en.lifecycle.forget_no)
    assert en.lifecycle.forget_kept in ivy.text and "Question 2" in ivy.text
    assert len(answers_of(db_path, "ivy")) == 1
    assert rows(db_path, "SELECT count(*) FROM identities") == [(1,)]


async def test_forget_me_stops_reminders_too(
    engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts, en: Locale, settings: Settings
) -> None:
    fern = talker(engine, "fern")
    await start_story(fern, prompts)
    await fern.say("/forgetme")
    await fern.press(en.lifecycle.forget_yes)
    clock.advance(hours=25)
    await jobs.tick()
    assert outbox.sent == []


async def test_forget_me_also_removes_text_derived_from_the_stories(
    engine: Engine, db: Database, prompts: Prompts, en: Locale, db_path: Path
) -> None:
    await tell_whole_story(engine, "fern", prompts, en)
    async with db.transaction() as store:
        [story] = await store.stories()
        await store.save_analysis(
            story.id, model_version="m", codebook_version="c", safeguarding=False,
            themes=[("connection", 0.9, ["the library let me use the phone"])],
            redactions=[("what_matters", 0, 6, "PERSON")],
        )
    fern = talker(engine, "fern")
    await fern.say("/forgetme")
    await fern.press(en.lifecycle.forget_yes)
    for table in ("answers", "theme_suggestions", "redaction_suggestions", "analyses"):
        assert rows(db_path, f"SELECT count(*) FROM {table}") == [(0,)], table
