"""Every audited action leaves an entry: who, when, what, and never story text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storybot.backups import take_backup
from storybot.conversation import Engine
from storybot.db import Database
from storybot.jobs import Jobs
from storybot.prompts import Prompts

from tests.clock import FakeClock
from tests.jobs.conftest import Outbox, rows, start_story, talker


async def test_each_action_is_audited_without_story_text(
    db: Database, engine: Engine, jobs: Jobs, outbox: Outbox, clock: FakeClock, prompts: Prompts,
    db_path: Path, tmp_path: Path,
) -> None:
    en = prompts.for_language("en")
    questions = len(en.question_sets["participant"].questions)
    teller = talker(engine, "teller")
    await start_story(teller, prompts, answers=questions)
    await teller.press(en.buttons.submit)
    await teller.say("/withdraw 1")
    await teller.press(en.buttons.yes_withdraw)
    no = talker(engine, "no")
    await no.say("/start")
    await no.press(en.consent.decline_label)
    quiet = talker(engine, "quiet")
    await start_story(quiet, prompts)
    await quiet.say("/stop")
    blocked = talker(engine, "blocked")
    await start_story(blocked, prompts)
    outbox.blocked.add("blocked")
    await start_story(talker(engine, "abandoned"), prompts)
    leaving = talker(engine, "leaving")
    await start_story(leaving, prompts, answers=questions)
    await leaving.press(en.buttons.submit)
    await leaving.say("/forgetme")
    await leaving.press(en.lifecycle.forget_yes)
    await take_backup(db, tmp_path / "b.db", actor="operator")
    clock.advance(hours=24, minutes=15)
    await jobs.tick()  # reminds "abandoned", finds "blocked" blocked
    clock.advance(days=31)
    await jobs.tick()  # retention, digest
    clock.advance(days=340)
    await jobs.tick()  # identities of the silent

    async with db.transaction() as store:
        entries = await store.audit_entries()
    actions = {e["action"] for e in entries}
    assert {
        "consent.given", "consent.declined", "story.withdrawn", "reminders.stopped", "person.inactive",
        "forgetme.requested", "forgetme.done", "backup.created", "retention.drafts_deleted",
        "retention.identities_removed", "digest.sent",
    } <= actions
    by_action = {e["action"]: e for e in entries}
    assert {e["actor"] for e in entries if e["action"] == "backup.created"} == {"operator", "scheduler"}
    assert by_action["digest.sent"]["actor"] == "scheduler"
    teller_id = by_action["story.withdrawn"]["actor"]
    assert len(teller_id) == 16 and by_action["story.withdrawn"]["subject"].startswith("story:")
    assert all(e["at"] and e["actor"] for e in entries)
    # No story text and no Telegram-side ids anywhere in the log.
    dump = json.dumps(rows(db_path, "SELECT * FROM audit"))
    assert "library" not in dump and "Answer 0" not in dump
    assert not any(name in dump for name in ('"teller"', '"leaving"', "abandoned"))


async def test_audit_refuses_text_that_looks_like_a_story(db: Database) -> None:
    async with db.transaction() as store:
        with pytest.raises(ValueError, match="too long"):
            await store.audit("operator", "export.built", "", {"note": "the woman at the food bank remembered my name and asked after my son"})
        with pytest.raises(ValueError, match="area.verb"):
            await store.audit("operator", "Exported everything", "")


def test_the_audit_command_filters_and_prints_json_only(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    env["STORYBOT_DATABASE"] = str(tmp_path / "s.db")

    def storybot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "storybot", *args], env=env, input=stdin,
                              capture_output=True, text=True, timeout=120)

    assert storybot("chat", "--name", "a", stdin="1\n").returncode == 0  # consent: only the team
    assert storybot("chat", "--name", "b", stdin="4\n").returncode == 0  # not now
    everything = json.loads(storybot("audit").stdout)
    assert [e["action"] for e in everything] == ["consent.given", "consent.declined"]
    assert [e["action"] for e in json.loads(storybot("audit", "--action", "consent.declined").stdout)] == ["consent.declined"]
    assert len(json.loads(storybot("audit", "--action", "consent").stdout)) == 2
    assert json.loads(storybot("audit", "--since", "2999-01-01").stdout) == []
    bad = storybot("audit", "--since", "last tuesday")
    assert bad.returncode == 2 and "not a date" in bad.stderr


async def test_roles_and_safeguarding_flags_are_audited(db: Database, db_path: Path) -> None:
    from storybot import roles
    from storybot.db import Person

    async with db.transaction() as store:
        admin_row = await store.person_for("telegram", "1", "en")
        admin = Person(admin_row.id, roles.ADMIN, "en")
        joiner = await store.person_for("telegram", "2", "en")
        invitation = await roles.invite(store, admin, "worker", "Sam, north team", 72)
        assert (await roles.join(store, joiner, invitation.code)).outcome is roles.Outcome.JOINED
        assert await roles.revoke(store, admin, joiner.id) is not None
        await store.raise_flag(joiner.id, None, "conversation", ["self_harm"])
        entries = await store.audit_entries()
    assert [(e["action"], e["actor"]) for e in entries] == [
        ("role.invited", admin.id), ("role.granted", joiner.id), ("role.revoked", admin.id),
        ("safeguarding.raised", "system"),
    ]
    dump = json.dumps(rows(db_path, "SELECT * FROM audit"))
    assert invitation.code not in dump and "Sam" not in dump  # no codes, no labels
