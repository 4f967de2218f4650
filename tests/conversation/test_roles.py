"""Roles, invitations and worker narratives through the engine, on a real SQLite file."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storybot.conversation import Engine
from storybot.conversation.engine import COMMANDS, commands_for
from storybot.db import Database, RoleHolder
from storybot.prompts import Locale, Prompts

from tests.talk import Talk

ADMIN = "ada"
CODE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")
LONG = "We sorted out the housing benefit claim together after three hand-offs between teams"


@dataclass
class Clock:
    """A clock the test moves by hand."""

    moment: datetime = field(default_factory=lambda: datetime(2026, 11, 26, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@dataclass
class Heard:
    """Role changes the engine reported, as a channel would receive them."""

    changes: list[RoleHolder] = field(default_factory=list)

    async def __call__(self, holders: list[RoleHolder]) -> None:
        self.changes.extend(holders)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
async def team_db(db_path: Path, clock: Clock) -> AsyncIterator[Database]:
    database = await Database.open(db_path, clock=clock)
    yield database
    await database.close()


@pytest.fixture
def team_engine(team_db: Database, prompts: Prompts, heard: Heard) -> Engine:
    return Engine(team_db, prompts, admins={("test", ADMIN)}, on_role_change=heard)


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


async def new_code(admin: Talk, role: str = "worker", label: str = "") -> str:
    await admin.say(f"/invite {role} {label}".strip())
    found = CODE.search(admin.text)
    assert found, admin.text
    return found.group(0)


async def give_role(engine: Engine, name: str, role: str, label: str = "") -> Talk:
    person = Talk(engine, name)
    await person.say(f"/join {await new_code(Talk(engine, ADMIN), role, label)}")
    return person


@pytest.fixture
async def people(team_engine: Engine, en: Locale) -> dict[str, Talk]:
    """One person of each kind: a stranger has never written before."""
    participant = Talk(team_engine, "pat")
    await participant.say("/start")
    await participant.press(en.consent.decline_label)
    return {
        "stranger": Talk(team_engine, "sam"),
        "participant": participant,
        "worker": await give_role(team_engine, "wendy", "worker", "Wendy"),
        "facilitator": await give_role(team_engine, "fiona", "facilitator", "Fiona"),
        "admin": Talk(team_engine, ADMIN),
    }


WHO = ["stranger", "participant", "worker", "facilitator", "admin"]
# Who may do each privileged thing: everyone else gets the polite refusal.
PRIVILEGED = {
    "/invite worker": {"admin"},
    "/invite facilitator Ann": {"admin"},
    "/team": {"admin"},
    "/revoke": {"admin"},
    "/revoke 1": {"admin"},
    "/narrative": {"worker"},
}


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("command", sorted(PRIVILEGED))
async def test_privileged_commands_by_role(
    people: dict[str, Talk], en: Locale, db_path: Path, who: str, command: str
) -> None:
    invitations = rows(db_path, "SELECT count(*) FROM invitations")
    roles_before = rows(db_path, "SELECT id, role FROM people ORDER BY id")
    await people[who].say(command)
    refused = en.roles.messages.not_allowed
    if who not in PRIVILEGED[command]:
        assert people[who].text == refused
        # Nothing changed, and nothing in the reply says why (no usage, no role names).
        assert rows(db_path, "SELECT count(*) FROM invitations") == invitations
        assert rows(db_path, "SELECT id, role FROM people ORDER BY id") == roles_before
        return
    assert refused not in people[who].text
    expected = {
        "/invite worker": "Here is a worker invitation code",
        "/invite facilitator Ann": "Here is a facilitator invitation code",
        "/team": "Wendy",
        "/revoke": en.roles.messages.revoke_pick,
        "/revoke 1": "Remove the worker role from Wendy",
        "/narrative": "is this narrative about a particular person?",
    }[command]
    assert expected in people[who].text


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("action", ["revoke", "revoke-yes", "revoke-no"])
async def test_forged_revoke_buttons_by_role(
    people: dict[str, Talk], en: Locale, db_path: Path, who: str, action: str
) -> None:
    wendy = rows(db_path, "SELECT person_id FROM identities WHERE external_id = 'wendy'")[0][0]
    await people[who].press_data(f"{action}:{wendy}")
    still_worker = rows(db_path, f"SELECT role FROM people WHERE id = '{wendy}'") == [("worker",)]
    if who != "admin":
        assert people[who].text == en.roles.messages.not_allowed
        assert still_worker
    elif action == "revoke-yes":
        assert "is no longer a worker" in people[who].text and not still_worker
    else:
        assert still_worker


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize("data", ["n-about:person", "n-scope:team", "n-credit:no"])
async def test_forged_narrative_buttons_by_role(
    people: dict[str, Talk], en: Locale, db_path: Path, who: str, data: str
) -> None:
    await people[who].press_data(data)
    if who == "worker":
        assert en.messages.stale_button in people[who].text  # allowed, but not at this step
    else:
        assert people[who].text == en.roles.messages.not_allowed
    assert rows(db_path, "SELECT count(*) FROM stories WHERE author_role = 'worker'") == [(0,)]


@pytest.mark.parametrize("who", WHO)
async def test_help_lists_what_the_role_allows(people: dict[str, Talk], who: str) -> None:
    await people[who].say("/help")
    text = people[who].text
    assert "/mystories" in text
    assert ("/narrative" in text) == (who == "worker")
    assert ("/invite" in text) == (who == "admin")
    assert ("/revoke" in text) == (who == "admin")
    assert ("/review" in text) == (who in ("facilitator", "admin"))


def test_menus_by_role() -> None:
    assert commands_for("participant") == COMMANDS
    assert commands_for("facilitator") == (*COMMANDS, "review", "session", "storyset")
    assert commands_for("worker") == (*COMMANDS, "narrative")
    assert commands_for("admin") == (*COMMANDS, "invite", "team", "revoke", "review", "session", "storyset")


async def test_admin_is_the_configured_identity_only(team_engine: Engine, en: Locale) -> None:
    # The same name on another channel is somebody else.
    elsewhere = Talk(team_engine, ADMIN)
    elsewhere.sender = type(elsewhere.sender)("console", ADMIN, "en")
    await elsewhere.say("/team")
    assert elsewhere.text == en.roles.messages.not_allowed


# --- invitations --------------------------------------------------------------------------


async def test_an_invitation_is_made_joined_and_listed(
    team_engine: Engine, en: Locale, db_path: Path, heard: Heard
) -> None:
    admin = Talk(team_engine, ADMIN)
    code = await new_code(admin, "worker", "Sam, Leeds team")
    assert "72 hours" in admin.text and "until 29 Nov 2026, 09:00 UTC" in admin.text
    # Only a salted hash is stored: the code appears nowhere in the database file.
    assert code.encode() not in db_path.read_bytes() and code.replace("-", "").encode() not in db_path.read_bytes()
    assert rows(db_path, "SELECT role, label, used_at FROM invitations") == [("worker", "Sam, Leeds team", None)]
    sam = Talk(team_engine, "sam")
    await sam.say(f"/join {code.lower().replace('-', ' ')}")  # as typed on a phone
    assert sam.text == en.roles.messages.joined.format(role="worker")
    assert rows(db_path, "SELECT p.role, p.team_label FROM people p JOIN identities i ON i.person_id = p.id"
                         " WHERE i.external_id = 'sam'") == [("worker", "Sam, Leeds team")]
    assert [(h.external_id, h.role) for h in heard.changes] == [("sam", "worker")]
    await admin.say("/team")
    assert re.search(r"1\. worker: Sam, Leeds team \(#[0-9a-f]{6}\), since 2026-11-26", admin.text)
    assert "Admins (set in the configuration): 1" in admin.text
    assert "sam" not in admin.text  # never the channel identity


async def test_a_used_code_is_refused_and_an_already_member_keeps_it(team_engine: Engine, en: Locale) -> None:
    admin = Talk(team_engine, ADMIN)
    code = await new_code(admin)
    first = Talk(team_engine, "one")
    await first.say(f"/join {code}")
    second = Talk(team_engine, "two")
    await second.say(f"/join {code}")
    assert second.text == en.roles.messages.join_used
    await admin.say("/team")
    assert "2." not in admin.text
    # Someone who already holds the role leaves a fresh code unused for another person.
    spare = await new_code(admin)
    await first.say(f"/join {spare}")
    assert first.text == en.roles.messages.join_already.format(role="worker")
    await second.say(f"/join {spare}")
    assert second.text == en.roles.messages.joined.format(role="worker")


async def test_a_code_expires_after_the_configured_hours(
    team_db: Database, prompts: Prompts, en: Locale, clock: Clock
) -> None:
    engine = Engine(team_db, prompts, admins={("test", ADMIN)}, invite_hours=2)
    admin = Talk(engine, ADMIN)
    early, late = await new_code(admin), await new_code(admin)
    assert "(2 hours)" in admin.text
    clock.advance(hours=1, minutes=59)
    person = Talk(engine, "early")
    await person.say(f"/join {early}")
    assert person.text == en.roles.messages.joined.format(role="worker")
    clock.advance(minutes=1)
    latecomer = Talk(engine, "late")
    await latecomer.say(f"/join {late}")
    assert latecomer.text == en.roles.messages.join_expired
    await latecomer.say("/narrative")
    assert latecomer.text == en.roles.messages.not_allowed


async def test_five_wrong_codes_in_an_hour_mean_waiting(team_engine: Engine, en: Locale, clock: Clock) -> None:
    good = await new_code(Talk(team_engine, ADMIN))
    guesser = Talk(team_engine, "guesser")
    for attempt in range(5):
        await guesser.say("/join ABCD-EFGH-JKMN")
        assert guesser.text == en.roles.messages.join_wrong.format(left=4 - attempt)
        clock.advance(minutes=1)
    await guesser.say(f"/join {good}")  # even the right code waits: guessing must stop
    assert guesser.text == en.roles.messages.join_locked.format(minutes=55)
    clock.advance(minutes=54)
    await guesser.say(f"/join {good}")
    assert guesser.text == en.roles.messages.join_locked.format(minutes=1)
    clock.advance(minutes=1)
    await guesser.say(f"/join {good}")
    assert guesser.text == en.roles.messages.joined.format(role="worker")


async def test_join_without_a_code_explains(team_engine: Engine, en: Locale) -> None:
    person = Talk(team_engine, "x")
    await person.say("/join")
    assert person.text == en.roles.messages.join_usage
    await person.say("/join not a code at all")
    assert person.text == en.roles.messages.join_wrong.format(left=4)


async def test_invite_needs_a_role_it_can_give(team_engine: Engine, en: Locale, db_path: Path) -> None:
    admin = Talk(team_engine, ADMIN)
    for args in ("", "admin", "participant", "boss"):
        await admin.say(f"/invite {args}")
        assert admin.text == en.roles.messages.invite_usage
    assert rows(db_path, "SELECT count(*) FROM invitations") == [(0,)]


async def test_revoke_with_buttons_and_confirmation(
    team_engine: Engine, en: Locale, db_path: Path, heard: Heard
) -> None:
    worker = await give_role(team_engine, "wendy", "worker", "Wendy")
    admin = Talk(team_engine, ADMIN)
    await admin.say("/revoke")
    await admin.press(next(b.label for b in admin.buttons if "Wendy" in b.label))
    await admin.press(en.roles.buttons.revoke_no)
    assert admin.text == en.roles.messages.revoke_kept
    await worker.say("/narrative")
    assert en.roles.messages.not_allowed != worker.text
    await admin.say("/revoke")
    await admin.press(next(b.label for b in admin.buttons if "Wendy" in b.label))
    await admin.press(en.roles.buttons.revoke_yes)
    assert admin.text.startswith("Done: Wendy")
    assert heard.changes[-1].external_id == "wendy" and heard.changes[-1].role == "participant"
    assert rows(db_path, "SELECT role, team_label FROM people WHERE role <> 'participant'") == []
    await worker.say("/cancel")
    await worker.say("/narrative")
    assert worker.text == en.roles.messages.not_allowed
    # The confirm button pressed again is stale now: nothing to remove.
    await admin.press_data(admin.buttons[0].data)
    assert en.messages.stale_button in admin.text


# --- worker narratives --------------------------------------------------------------------


async def tell_narrative(worker: Talk, en: Locale) -> None:
    for question in en.question_sets["worker"].questions:
        assert question.text in worker.text
        await worker.say(f"{LONG} ({question.id})")
    assert en.messages.review_intro in worker.text
    await worker.press(en.buttons.submit)
    assert worker.text == en.roles.messages.narrative_submitted


async def test_a_narrative_about_a_person_records_consent_basis_scope_and_credit(
    team_engine: Engine, en: Locale, db_path: Path
) -> None:
    worker = await give_role(team_engine, "wendy", "worker")
    await worker.say("/narrative")
    assert en.roles.worker_consent.notice.strip() in worker.text
    await worker.press(en.roles.buttons.about_person)
    assert worker.text == en.roles.messages.narrative_basis
    await worker.press_data("n-scope:reports")  # out of order: refused, nothing skipped
    assert en.messages.stale_button in worker.text
    await worker.say("She agreed in person at her review on 3 March and read it back")
    await worker.press(en.roles.worker_consent.scopes["sessions"].label)
    await worker.press(en.roles.buttons.credit_yes)
    await worker.say("Wendy, housing support")
    await tell_narrative(worker, en)
    assert rows(db_path, "SELECT s.author_role, s.status, s.credit, c.scope, c.about, c.basis, c.notice_version"
                         " FROM stories s JOIN consents c ON c.id = s.consent_id") == [(
        "worker", "pending", "Wendy, housing support", "sessions", "person",
        "She agreed in person at her review on 3 March and read it back", en.roles.worker_consent.version,
    )]
    assert len(rows(db_path, "SELECT * FROM answers")) == len(en.question_sets["worker"].questions)


async def test_an_anonymous_narrative_that_identifies_no_one(team_engine: Engine, en: Locale, db_path: Path) -> None:
    worker = await give_role(team_engine, "wendy", "worker")
    await worker.say("/narrative")
    await worker.press(en.roles.buttons.about_no_one)
    await worker.say("hello?")  # typed instead of choosing: a nudge, and the choice again
    assert en.roles.messages.narrative_choose in worker.text
    await worker.press(en.roles.worker_consent.scopes["team"].label)
    await worker.press(en.roles.buttons.credit_no)
    await tell_narrative(worker, en)
    assert rows(db_path, "SELECT s.credit, c.scope, c.about, c.basis FROM stories s"
                         " JOIN consents c ON c.id = s.consent_id") == [(None, "team", "no_one", None)]


async def test_a_worker_sees_and_withdraws_their_narratives(team_engine: Engine, en: Locale, db_path: Path) -> None:
    worker = await give_role(team_engine, "wendy", "worker")
    await worker.say("/narrative")
    await worker.press(en.roles.buttons.about_no_one)
    await worker.press(en.roles.worker_consent.scopes["team"].label)
    await worker.press(en.roles.buttons.credit_no)
    await tell_narrative(worker, en)
    await worker.say("/mystories")
    assert "1." in worker.text and "We sorted out" in worker.text
    await worker.say("/withdraw 1")
    await worker.press(en.buttons.yes_withdraw)
    assert worker.text == en.messages.withdrawn
    assert rows(db_path, "SELECT status FROM stories") == [("withdrawn",)]
    assert rows(db_path, "SELECT * FROM answers") == []


async def test_narrative_setup_can_be_paused_declined_and_cancelled(team_engine: Engine, en: Locale, db_path: Path) -> None:
    worker = await give_role(team_engine, "wendy", "worker")
    await worker.say("/narrative")
    await worker.press(en.roles.buttons.about_person)
    await worker.say("/pause")
    await worker.say("/resume")
    assert en.roles.messages.narrative_basis in worker.text
    await worker.say("/cancel")
    assert worker.text == en.messages.cancelled
    await worker.say("/narrative")
    await worker.press(en.roles.worker_consent.decline_label)
    assert worker.text == en.roles.messages.narrative_declined
    assert rows(db_path, "SELECT count(*) FROM consents") == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM stories") == [(0,)]


async def test_a_worker_mid_story_is_not_thrown_out(team_engine: Engine, en: Locale) -> None:
    worker = await give_role(team_engine, "wendy", "worker")
    await worker.say("/start")
    await worker.press(en.consent.scopes["team"].label)
    await worker.say("/narrative")
    assert worker.text == en.roles.messages.narrative_busy


async def test_a_role_revoked_mid_draft_cannot_submit_but_keeps_the_draft(
    team_engine: Engine, en: Locale, db_path: Path
) -> None:
    worker = await give_role(team_engine, "wendy", "worker")
    await worker.say("/narrative")
    await worker.press(en.roles.buttons.about_no_one)
    await worker.press(en.roles.worker_consent.scopes["team"].label)
    await worker.press(en.roles.buttons.credit_no)
    for question in en.question_sets["worker"].questions:
        await worker.say(f"{LONG} ({question.id})")
    admin = Talk(team_engine, ADMIN)
    await admin.say("/revoke 1")
    await admin.press(en.roles.buttons.revoke_yes)
    await worker.press(en.buttons.submit)
    assert worker.text == en.roles.messages.not_allowed
    assert rows(db_path, "SELECT status FROM stories") == [("draft",)]
