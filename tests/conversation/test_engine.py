"""The conversation engine, branch by branch, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from storybot.conversation import Engine
from storybot.db import Database
from storybot.prompts import Locale, Prompts

from tests.talk import Talk

LONG_ANSWER = "The people at the centre listened to me and helped me sort my life out"


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


def rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the database file directly, as a second connection would."""
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


async def consent(talk: Talk, en: Locale, scope: str = "sessions") -> None:
    await talk.say("/start")
    await talk.press(en.consent.scopes[scope].label)  # type: ignore[index]


async def answer_all(talk: Talk, en: Locale, text: str = LONG_ANSWER) -> None:
    for question in en.question_sets["participant"].questions:
        await talk.say(f"{text} ({question.id})")


async def test_first_contact_shows_consent_and_stores_nothing(talk: Talk, en: Locale, db_path: Path) -> None:
    replies = await talk.say("/start")
    assert en.messages.welcome in replies[0].text
    assert en.consent.notice.strip() in replies[1].text
    assert [b.data for b in talk.buttons] == [
        "consent:team", "consent:sessions", "consent:reports", "consent:decline"
    ]
    assert rows(db_path, "SELECT * FROM consents") == []
    assert rows(db_path, "SELECT * FROM stories") == []


async def test_text_before_consent_is_not_stored(talk: Talk, en: Locale, db_path: Path) -> None:
    await talk.say("/start")
    await talk.say("my story is about my housing officer")
    assert en.messages.consent_reminder.strip() in talk.text
    assert "consent:team" in [b.data for b in talk.buttons]
    assert rows(db_path, "SELECT * FROM answers") == []
    assert rows(db_path, "SELECT * FROM consents") == []


async def test_declining_stores_only_that_choice(talk: Talk, en: Locale, db_path: Path) -> None:
    await talk.say("/start")
    await talk.press(en.consent.decline_label)
    assert talk.text == en.messages.declined
    assert rows(db_path, "SELECT decision, scope, notice_version FROM consents") == [
        ("declined", None, en.consent.version)
    ]
    assert rows(db_path, "SELECT * FROM stories") == []
    await talk.say("hello again")
    assert talk.text == en.messages.idle
    assert rows(db_path, "SELECT * FROM answers") == []


@pytest.mark.parametrize("scope", ["team", "sessions", "reports"])
async def test_consent_records_scope_and_notice_version(talk: Talk, en: Locale, db_path: Path, scope: str) -> None:
    await consent(talk, en, scope)
    assert rows(db_path, "SELECT decision, scope, notice_version FROM consents") == [
        ("given", scope, en.consent.version)
    ]
    assert rows(db_path, "SELECT status, author_role FROM stories") == [("draft", "participant")]
    first = en.question_sets["participant"].questions[0]
    assert first.text in talk.text


async def test_whole_story_is_reviewed_and_submitted(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await answer_all(talk, en)
    questions = en.question_sets["participant"].questions
    assert en.messages.review_intro in talk.text
    for question in questions:
        assert f"{LONG_ANSWER} ({question.id})" in talk.text
    await talk.press(en.buttons.submit)
    assert talk.replies[0].text == en.messages.submitted
    assert talk.replies[1].text.startswith("If you like, choose up to 3")  # the optional teller view
    assert rows(db_path, "SELECT status FROM stories") == [("pending",)]
    assert [r[0] for r in rows(db_path, "SELECT question_id FROM answers ORDER BY position")] == [
        q.id for q in questions
    ]
    assert rows(db_path, "SELECT count(*) FROM stories WHERE submitted_at IS NOT NULL") == [(1,)]


async def test_short_answer_gets_one_gentle_follow_up(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    first, second = en.question_sets["participant"].questions[:2]
    await talk.say("my kids")
    assert talk.text == first.follow_up
    await talk.say("they are why I get up in the morning")
    assert second.text in talk.text
    assert rows(db_path, "SELECT text FROM answers") == [("my kids\nthey are why I get up in the morning",)]
    await talk.say("ok")
    assert talk.text == second.follow_up
    await talk.press(en.buttons.thats_all)
    assert en.question_sets["participant"].questions[2].text in talk.text
    assert rows(db_path, "SELECT text FROM answers WHERE question_id = 'support_helped'") == [("ok",)]


async def test_skip_by_button_and_by_command(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    questions = en.question_sets["participant"].questions
    await talk.press(en.buttons.skip)
    assert questions[1].text in talk.text
    await talk.say("/skip")
    assert questions[2].text in talk.text
    for _ in questions[2:-1]:
        await talk.say(LONG_ANSWER)
    await talk.say("/skip")
    assert en.messages.review_skipped in talk.text
    assert rows(db_path, "SELECT count(*) FROM answers") == [(len(questions) - 3,)]


async def test_skipping_everything_keeps_nothing(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    for _ in en.question_sets["participant"].questions:
        await talk.say("/skip")
    assert talk.text.endswith(en.messages.nothing_told)
    assert rows(db_path, "SELECT * FROM stories") == []


async def test_any_answer_can_be_changed_at_review(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await answer_all(talk, en)
    await talk.press(en.buttons.change)
    second = en.question_sets["participant"].questions[1]
    await talk.press(second.label)
    assert f"{LONG_ANSWER} ({second.id})" in talk.text
    await talk.say("The worker who came to my flat and fixed the boiler with me")
    assert en.messages.edit_saved.format(question=second.label) in talk.text
    assert "fixed the boiler" in talk.text  # the review again
    assert rows(db_path, f"SELECT text FROM answers WHERE question_id = '{second.id}'") == [
        ("The worker who came to my flat and fixed the boiler with me",)
    ]
    await talk.press(en.buttons.submit)
    assert rows(db_path, "SELECT status FROM stories") == [("pending",)]


async def test_back_from_editing_changes_nothing(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await answer_all(talk, en)
    before = rows(db_path, "SELECT question_id, text FROM answers ORDER BY position")
    await talk.press(en.buttons.change)
    await talk.press(en.question_sets["participant"].questions[0].label)
    await talk.press(en.buttons.back)
    assert en.messages.review_intro in talk.text
    assert rows(db_path, "SELECT question_id, text FROM answers ORDER BY position") == before


async def test_words_sent_at_review_are_added_not_lost(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await answer_all(talk, en)
    await talk.say("Oh and one more thing, the bus pass made all the difference")
    assert en.messages.review_added in talk.text
    last = en.question_sets["participant"].questions[-1]
    (text,), = rows(db_path, f"SELECT text FROM answers WHERE question_id = '{last.id}'")
    assert str(text).endswith("the bus pass made all the difference")


async def test_pause_and_resume_after_a_restart(tmp_path: Path, prompts: Prompts, en: Locale) -> None:
    path = tmp_path / "restart.db"
    first = await Database.open(path)
    try:
        talk = Talk(Engine(first, prompts), "sam")
        await consent(talk, en)
        await talk.say(LONG_ANSWER)
        await talk.say("/pause")
        assert talk.text == en.messages.paused
    finally:
        await first.close()

    reopened = await Database.open(path)  # a new process, as after a restart
    try:
        again = Talk(Engine(reopened, prompts), "sam")
        await again.say("/resume")
        second = en.question_sets["participant"].questions[1]
        assert en.messages.resumed in again.text and second.text in again.text
        await again.say("A support worker who stuck with me through everything")
        assert en.question_sets["participant"].questions[2].text in again.text
    finally:
        await reopened.close()
    assert rows(path, "SELECT count(*) FROM answers") == [(2,)]


async def test_start_in_the_middle_returns_to_the_same_place(talk: Talk, en: Locale) -> None:
    await consent(talk, en)
    await talk.say(LONG_ANSWER)
    await talk.say("/start")
    assert en.messages.resumed in talk.text
    assert en.question_sets["participant"].questions[1].text in talk.text


async def test_cancel_asks_first_then_discards(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await talk.say(LONG_ANSWER)
    await talk.say("/cancel")
    assert talk.text == en.messages.cancel_confirm
    await talk.press(en.buttons.no_keep)
    assert en.messages.cancel_kept in talk.text
    assert rows(db_path, "SELECT count(*) FROM answers") == [(1,)]
    await talk.say("/cancel")
    await talk.press(en.buttons.yes_discard)
    assert talk.text == en.messages.cancelled
    assert rows(db_path, "SELECT * FROM answers") == []
    assert rows(db_path, "SELECT * FROM stories") == []
    await talk.say("/cancel")
    assert talk.text == en.messages.nothing_to_cancel


async def told_story(talk: Talk, en: Locale, scope: str = "sessions") -> None:
    await consent(talk, en, scope)
    await answer_all(talk, en)
    await talk.press(en.buttons.submit)


async def test_my_stories_lists_status_and_scope(talk: Talk, en: Locale) -> None:
    await talk.say("/mystories")
    assert talk.text == en.messages.my_stories_none
    await told_story(talk, en, "team")
    await talk.say("/mystories")
    assert en.messages.status_pending in talk.text
    assert en.consent.scopes["team"].label.lower() in talk.text
    assert LONG_ANSWER[:20] in talk.text


async def test_withdraw_deletes_the_text_and_keeps_the_fact(talk: Talk, en: Locale, db_path: Path) -> None:
    await told_story(talk, en)
    await talk.say("/withdraw")
    assert talk.text == en.messages.withdraw_pick
    await talk.press(talk.buttons[0].label)
    await talk.press(en.buttons.yes_withdraw)
    assert talk.text == en.messages.withdrawn
    assert rows(db_path, "SELECT * FROM answers") == []
    assert rows(db_path, "SELECT status, withdrawn_at IS NOT NULL FROM stories") == [("withdrawn", 1)]
    await talk.say("/mystories")
    assert en.messages.status_withdrawn in talk.text
    await talk.say("/withdraw")
    assert talk.text == en.messages.withdraw_none


async def test_withdraw_by_number_and_saying_no(talk: Talk, en: Locale, db_path: Path) -> None:
    await told_story(talk, en)
    await talk.say("/withdraw 1")
    assert "withdraw-yes:" in talk.buttons[0].data
    await talk.press(en.buttons.no_keep_story)
    assert talk.text == en.messages.withdraw_kept
    assert rows(db_path, "SELECT status FROM stories") == [("pending",)]


async def test_withdrawn_text_is_gone_from_the_file(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await answer_all(talk, en, "Zanzibar-marker-words are in this answer")
    await talk.press(en.buttons.submit)
    await talk.say("/withdraw 1")
    await talk.press(en.buttons.yes_withdraw)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Zanzibar-marker" not in db_path.read_bytes()


async def test_nobody_can_withdraw_someone_elses_story(engine: Engine, en: Locale, db_path: Path) -> None:
    teller, other = Talk(engine, "teller"), Talk(engine, "other")
    await told_story(teller, en)
    (story_id,), = rows(db_path, "SELECT id FROM stories")
    await other.press_data(f"withdraw-yes:{story_id}")
    assert en.messages.stale_button in other.text
    await other.say(f"/withdraw {story_id}")
    assert other.text == en.messages.withdraw_none
    assert rows(db_path, "SELECT status FROM stories") == [("pending",)]


@pytest.mark.parametrize("data", [
    "consent:team",          # consent again, mid-story
    "submit:999",            # a story that is not the draft
    "skip:good_life",        # not the current question
    "edit:1:nope",           # no such question
    "withdraw-yes:abc",      # not a number
    "rm -rf:/",              # not an action at all
    "",
])
async def test_stale_and_forged_buttons_change_nothing(talk: Talk, en: Locale, db_path: Path, data: str) -> None:
    await consent(talk, en)
    await talk.say(LONG_ANSWER)
    before = rows(db_path, "SELECT * FROM conversations"), rows(db_path, "SELECT * FROM answers")
    await talk.press_data(data)
    assert en.messages.stale_button in talk.text
    assert en.question_sets["participant"].questions[1].text in talk.text
    after = rows(db_path, "SELECT * FROM conversations"), rows(db_path, "SELECT * FROM answers")
    assert [r[:3] for r in before[0]] == [r[:3] for r in after[0]] and before[1] == after[1]


async def test_an_edited_message_updates_its_draft_answer(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await talk.say("My flat is cold and the landlord will not listen to me")
    ref = talk.last_ref
    await talk.edit(ref, "My flat is warm now that the landlord fixed the heating")
    first = en.question_sets["participant"].questions[0]
    assert talk.text == en.messages.edited_in_draft.format(question=first.label)
    assert rows(db_path, "SELECT text FROM answers") == [("My flat is warm now that the landlord fixed the heating",)]


async def test_an_edit_after_submitting_changes_nothing(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await talk.say(LONG_ANSWER)
    ref = talk.last_ref
    for _ in en.question_sets["participant"].questions[1:]:
        await talk.say("/skip")
    await talk.press(en.buttons.submit)
    await talk.edit(ref, "changed later")
    assert talk.text == en.messages.edited_after_submit
    assert rows(db_path, "SELECT text FROM answers") == [(LONG_ANSWER,)]
    assert await talk.edit("unknown", "text") == []


async def test_photos_and_voice_notes_get_a_kind_reply_and_are_not_stored(talk: Talk, en: Locale, db_path: Path) -> None:
    await consent(talk, en)
    await talk.send_unsupported()
    assert talk.text == en.messages.unsupported
    assert rows(db_path, "SELECT * FROM answers") == []


@pytest.mark.parametrize("text", [
    "x" * 4096,                                           # Telegram's longest message
    "Mum 💛 and 👩‍👧‍👦 my family, 🏳️‍🌈 proud",             # emoji with joiners
    "مرحبا، أنا بخير الآن بفضل فريق الدعم",               # right-to-left
    "Zoe\u0301 said cafe\u0301 e\u200bverything ok \u202eevil",  # combining, zero-width, bidi override
    "<b>bold</b> *stars* '; DROP TABLE stories; -- \\n",   # markup and SQL-looking text
])
async def test_answers_are_stored_exactly(talk: Talk, en: Locale, db_path: Path, text: str) -> None:
    await consent(talk, en)
    await talk.say(text + " and some more words here")
    assert rows(db_path, "SELECT text FROM answers") == [(text + " and some more words here",)]


async def test_commands_mid_question_keep_the_place(talk: Talk, en: Locale) -> None:
    await consent(talk, en)
    first = en.question_sets["participant"].questions[0]
    await talk.say("/help")
    assert talk.text == en.messages.help
    await talk.say("/privacy")
    assert talk.text == en.messages.privacy
    await talk.say("/frobnicate now")
    assert talk.text == en.messages.unknown_command
    await talk.say("/mystories")
    await talk.say(LONG_ANSWER)
    assert en.question_sets["participant"].questions[1].text in talk.text
    assert first.text not in talk.text


async def test_idle_text_offers_a_story(talk: Talk, en: Locale) -> None:
    await talk.say("hi there")
    assert talk.text == en.messages.idle
    await talk.press(en.buttons.tell_story)
    assert en.messages.welcome in talk.text


async def test_pause_and_resume_with_nothing_started(talk: Talk, en: Locale) -> None:
    await talk.say("/pause")
    assert talk.text == en.messages.nothing_to_resume
    await talk.say("/resume")
    assert talk.text == en.messages.nothing_to_resume
