"""A disclosure of current risk is answered at once, flagged, and the team is told."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from storybot.conversation import Engine
from storybot.conversation.engine import CONTACT_REQUESTED, FLAG_RAISED, STORY_SUBMITTED
from storybot.db import Database
from storybot.prompts import Locale, Prompts
from storybot.safeguarding import pending_notices

from tests.talk import Talk

DISCLOSURE = "Honestly everyone would be better off without me and I have been saving up my tablets"


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


@pytest.fixture
def events() -> list[str]:
    return []


@pytest.fixture
def talk(db: Database, prompts: Prompts, events: list[str]) -> Talk:
    return Talk(Engine(db, prompts, on_event=events.append), "robin")


def rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


async def start_story(talk: Talk, en: Locale) -> None:
    await talk.say("/start")
    await talk.press(en.consent.scopes["team"].label)


async def test_a_disclosure_gets_the_helplines_first(talk: Talk, en: Locale, db_path: Path, events: list[str]) -> None:
    await start_story(talk, en)
    replies = await talk.say(DISCLOSURE)
    first = replies[0].text
    for number in ("999", "116 123", "111"):
        assert number in first
    assert [b.label for b in replies[0].buttons] == [en.safeguarding.contact_yes, en.safeguarding.contact_no]
    # The answer is kept and the story goes on, gently, after the helplines.
    assert rows(db_path, "SELECT text FROM answers") == [(DISCLOSURE,)]
    assert en.question_sets["participant"].questions[1].text in talk.text
    (story_id,), = rows(db_path, "SELECT id FROM stories")
    (flag_story, source, reasons), = rows(db_path, "SELECT story_id, source, reasons FROM safeguarding_flags")
    assert (flag_story, source) == (story_id, "conversation")
    assert "suicidal_intent" in json.loads(str(reasons))
    assert rows(db_path, "SELECT kind, sent_at FROM team_notices") == [("safeguarding", None)]
    assert events == [FLAG_RAISED]


@pytest.mark.parametrize("text", [
    "I used to self-harm but I've been fine for two years now",
    "The support worker was killing it, honestly the best",
    "I never thought about ending my life, I just needed a hand with the rent",
])
async def test_past_idioms_and_negations_are_not_flagged(talk: Talk, en: Locale, db_path: Path, text: str) -> None:
    await start_story(talk, en)
    replies = await talk.say(text)
    assert "116 123" not in "\n".join(r.text for r in replies)
    assert rows(db_path, "SELECT * FROM safeguarding_flags") == []


async def test_before_consent_the_words_are_not_kept_but_the_person_is_helped(
    talk: Talk, en: Locale, db_path: Path
) -> None:
    await talk.say("/start")
    replies = await talk.say("my partner hits me and I'm scared to go home tonight")
    assert len(replies) == 1 and "999" in replies[0].text
    assert rows(db_path, "SELECT story_id, source FROM safeguarding_flags") == [(None, "conversation")]
    assert rows(db_path, "SELECT * FROM answers") == []
    assert rows(db_path, "SELECT * FROM consents") == []


async def test_asking_for_contact_tells_the_team_once(talk: Talk, en: Locale, db_path: Path, events: list[str]) -> None:
    await start_story(talk, en)
    helplines = (await talk.say(DISCLOSURE))[0]
    yes, no = helplines.buttons
    await talk.press_data(yes.data)
    assert talk.text == en.safeguarding.contact_thanks
    assert rows(db_path, "SELECT contact_requested FROM safeguarding_flags") == [(1,)]
    assert [k for (k,) in rows(db_path, "SELECT kind FROM team_notices ORDER BY id")] == ["safeguarding", "contact_requested"]
    await talk.press_data(no.data)  # the same message's other button, pressed later
    assert en.messages.stale_button in talk.text
    assert rows(db_path, "SELECT contact_requested FROM safeguarding_flags") == [(1,)]
    assert events == [FLAG_RAISED, CONTACT_REQUESTED]


async def test_nobody_can_answer_someone_elses_flag(db: Database, prompts: Prompts, en: Locale, db_path: Path) -> None:
    teller, other = Talk(Engine(db, prompts), "teller"), Talk(Engine(db, prompts), "other")
    await start_story(teller, en)
    await teller.say(DISCLOSURE)
    (flag_id,), = rows(db_path, "SELECT id FROM safeguarding_flags")
    await other.press_data(f"contact-yes:{flag_id}")
    assert en.messages.stale_button in other.text
    assert rows(db_path, "SELECT contact_requested FROM safeguarding_flags") == [(None,)]


async def test_the_team_notice_never_quotes_the_words(talk: Talk, en: Locale, db: Database, prompts: Prompts) -> None:
    await start_story(talk, en)
    await talk.say(DISCLOSURE)
    notices = await pending_notices(db, prompts)
    assert len(notices) == 1
    assert "thoughts of suicide" in notices[0].text
    assert "tablets" not in notices[0].text and "better off" not in notices[0].text


async def test_a_disclosure_no_rule_names_is_answered_the_same_way(
    talk: Talk, en: Locale, db: Database, prompts: Prompts, db_path: Path
) -> None:
    await start_story(talk, en)
    replies = await talk.say("She told me her uncle comes into her room when her mum's on nights.")
    assert "116 123" in replies[0].text
    (reasons,), = rows(db_path, "SELECT reasons FROM safeguarding_flags")
    assert "wording" in json.loads(str(reasons))  # beside the weak sign the rules saw, if any
    notices = await pending_notices(db, prompts)
    assert en.safeguarding.reasons["wording"] in notices[0].text
    assert "uncle" not in notices[0].text


async def test_submitting_announces_the_story(talk: Talk, en: Locale, events: list[str]) -> None:
    await start_story(talk, en)
    for _ in en.question_sets["participant"].questions:
        await talk.say("The youth club kept me going when school was hard for me")
    await talk.press(en.buttons.submit)
    assert events == [STORY_SUBMITTED]


async def test_only_the_team_can_take_a_flag_in_hand(db: Database, prompts: Prompts, en: Locale, db_path: Path) -> None:
    engine = Engine(db, prompts, admins={("test", "lead")})
    teller, lead, nosy = Talk(engine, "teller"), Talk(engine, "lead"), Talk(engine, "nosy")
    await start_story(teller, en)
    await teller.say(DISCLOSURE)
    (flag_id,), = rows(db_path, "SELECT id FROM safeguarding_flags")
    await nosy.press_data(f"ack:{flag_id}")
    assert nosy.text == en.roles.messages.not_allowed
    await teller.press_data(f"ack:{flag_id}")
    assert teller.text == en.roles.messages.not_allowed
    assert rows(db_path, "SELECT acknowledged_at FROM safeguarding_flags") == [(None,)]
    await lead.press_data(f"ack:{flag_id}")
    assert lead.text == en.safeguarding.acknowledged.format(flag=flag_id)
    (acknowledged_by,), = rows(db_path, "SELECT acknowledged_by FROM safeguarding_flags")
    assert acknowledged_by is not None
    assert rows(db_path, "SELECT action, subject FROM audit WHERE action = 'safeguarding.acknowledged'") == [
        ("safeguarding.acknowledged", f"flag:{flag_id}")
    ]
    await lead.press_data(f"ack:{flag_id}")
    assert lead.text == en.safeguarding.already_acknowledged.format(flag=flag_id)


async def test_signs_spread_over_answers_add_up(talk: Talk, en: Locale, db_path: Path, events: list[str]) -> None:
    await start_story(talk, en)
    # "I've sorted out who gets the cat" is now enough alone: the learned model reads it as
    # giving things away. These two are each too weak alone, for the rules and the model.
    first = await talk.say("Anyway it won't matter much longer what the council decides")
    assert "116 123" not in "\n".join(r.text for r in first)  # one sign alone is not enough
    second = await talk.say("My sister has said she'll have the cat, she's lovely like that")
    assert "116 123" in second[0].text
    (source, reasons), = rows(db_path, "SELECT source, reasons FROM safeguarding_flags")
    assert source == "conversation" and "suicidal_intent" in json.loads(str(reasons))
    assert events == [FLAG_RAISED]
    # Once flagged, the story's later answers do not raise it again.
    await talk.say("And my neighbour will have the dog, she's always loved him")
    assert len(rows(db_path, "SELECT * FROM safeguarding_flags")) == 1
