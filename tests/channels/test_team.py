"""Team roles end to end: the real Application against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from storybot.config import Settings, load_settings
from storybot.conversation.engine import COMMANDS
from storybot.prompts import Locale, Prompts

from tests.channels.conftest import Chatter
from storybot.testing.fakebotapi import FakeBotAPI

pytestmark = pytest.mark.usefixtures("bot")
ADMIN, WORKER = 9001, 9002
CODE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")
ANSWER = "We found her a flat after the third assessment, and the paperwork nearly stopped it"


@pytest.fixture
def settings(fake: FakeBotAPI, db_path: Path) -> Settings:
    return load_settings(
        telegram_token=fake.token, telegram_api_url=fake.base_url, database=db_path,
        admin_ids=str(ADMIN), _env_file=None,
    )


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


def menu(fake: FakeBotAPI, chat_id: int) -> list[str]:
    return [c["command"] for c in fake.commands(scope={"type": "chat", "chat_id": chat_id})]


async def test_an_admin_invites_and_a_worker_adds_a_narrative_with_consent(
    fake: FakeBotAPI, en: Locale, db_path: Path
) -> None:
    assert menu(fake, ADMIN) == [*COMMANDS, "invite", "team", "revoke", "review", "session", "storyset"]  # set at start-up
    admin, worker = Chatter(fake, ADMIN), Chatter(fake, WORKER)
    await worker.say("/narrative", until=en.roles.messages.not_allowed)

    reply = await admin.say("/invite worker Leeds team", until="invitation code")
    code = CODE.search(reply["text"])
    assert code is not None
    await worker.say(f"/join {code.group(0)}", until="You're now a worker")
    assert menu(fake, WORKER) == [*COMMANDS, "narrative"]

    await worker.say("/narrative", until="is this narrative about a particular person?")
    await worker.press(en.roles.buttons.about_person, until="how the person agreed")
    await worker.say("She agreed in person at our last visit", until=en.roles.worker_consent.scopes["team"].explanation)
    await worker.press(en.roles.worker_consent.scopes["sessions"].label, until="credited by name")
    questions = en.question_sets["worker"].questions
    await worker.press(en.roles.buttons.credit_no, until=questions[0].text)
    await worker.answer_all(questions, en.messages.review_intro, lambda q: f"{ANSWER} ({q.id})")
    await worker.press(en.buttons.submit, until="Thank you for your narrative")

    assert rows(db_path, "SELECT s.author_role, s.status, s.credit, c.scope, c.about, c.basis FROM stories s"
                         " JOIN consents c ON c.id = s.consent_id") == [
        ("worker", "pending", None, "sessions", "person", "She agreed in person at our last visit"),
    ]
    assert len(rows(db_path, "SELECT * FROM answers")) == len(questions)
    assert rows(db_path, "SELECT role, team_label FROM people WHERE role <> 'participant'") == [("worker", "Leeds team")]
    # The code was never stored; only its salted hash.
    assert code.group(0).encode() not in db_path.read_bytes()

    await admin.say("/team", until="Leeds team")
    assert str(WORKER) not in admin.last["text"]
    await admin.say("/revoke", until=en.roles.messages.revoke_pick)
    await admin.press(next(
        b["text"] for b in admin.last["reply_markup"]["inline_keyboard"][0] if "Leeds team" in b["text"]
    ), until="Remove the worker role")
    await admin.press(en.roles.buttons.revoke_yes, until="is no longer a worker")
    assert menu(fake, WORKER) == []  # back to everyone's menu
    await worker.say("/narrative", until=en.roles.messages.not_allowed)
