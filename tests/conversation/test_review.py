"""The review queue, the teller's own view and sessions through the engine, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from storybot.conversation import Engine
from storybot.db import Database
from storybot.prompts import Locale, Prompts

from tests.conversation.test_roles import Clock
from tests.seeding import seed_story
from tests.talk import Talk

TEXT = "I told Dave at the council about the rent and the landlord finally fixed the damp."
DAVE = (TEXT.index("Dave"), TEXT.index("Dave") + 4)
COUNCIL = (TEXT.index("council"), TEXT.index("council") + 7)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def cdb(db_path: Path, clock: Clock) -> AsyncIterator[Database]:
    database = await Database.open(db_path, clock=clock)
    yield database
    await database.close()


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


@pytest.fixture
def review_engine(cdb: Database, prompts: Prompts) -> Engine:
    return Engine(cdb, prompts, admins={("test", "fay"), ("test", "finn")}, lease_minutes=30)


@pytest.fixture
def fay(review_engine: Engine) -> Talk:
    return Talk(review_engine, "fay")


@pytest.fixture
def finn(review_engine: Engine) -> Talk:
    return Talk(review_engine, "finn")


def rows(db_path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


async def seed_two(cdb: Database, clock: Clock) -> tuple[int, int]:
    first = await seed_story(
        cdb, TEXT, themes=[("housing", 0.91, ["rent", "landlord"]), ("physical_health", 0.62, ["damp"])],
        redactions=[("support_helped", *DAVE, "PERSON"), ("support_helped", *COUNCIL, "ORG")],
    )
    clock.advance(minutes=1)
    second = await seed_story(cdb, "The food bank volunteer remembered my name and asked about my son.",
                              themes=[("money", 0.8, ["food bank"])])
    return first, second


async def test_a_facilitator_confirms_adds_a_theme_and_changes_a_redaction(
    fay: Talk, en: Locale, cdb: Database, clock: Clock, db_path: Path
) -> None:
    first, _ = await seed_two(cdb, clock)
    await fay.say("/review")
    assert "⟦1 PERSON: Dave⟧" in fay.text and "Home and housing (0.91): rent, landlord" in fay.text
    await fay.press("⬜ Home and housing")
    assert "✅ Home and housing" in [b.label for b in fay.buttons]
    await fay.press("🔒 ORG 2")  # "the council" is not identifying: keep it
    assert "⟨2 kept: council⟩" in fay.text
    await fay.press(en.review.buttons.add_theme)
    await fay.press("Money")
    assert "✅ Money" in [b.label for b in fay.buttons]
    await fay.press(en.review.buttons.confirm)
    assert "Confirmed, with themes: Home and housing, Money" in fay.text

    assert rows(db_path, f"SELECT status FROM stories WHERE id = {first}") == [("confirmed",)]
    assert rows(db_path, f"SELECT theme_id, source FROM story_themes WHERE story_id = {first} ORDER BY theme_id") == [
        ("housing", "suggested"), ("money", "added"),
    ]
    assert rows(db_path, f"SELECT text FROM reviewed_answers WHERE story_id = {first}") == [
        (TEXT.replace("Dave", "[PERSON]"),),
    ]
    decisions = rows(db_path, "SELECT kind, target, decision, model_version FROM review_decisions ORDER BY id")
    assert ("theme", "housing", "accepted", "model-a") in decisions
    assert ("theme", "physical_health", "rejected", "model-a") in decisions
    assert ("theme", "money", "added", "model-a") in decisions
    assert ("story", None, "confirmed", "model-a") in decisions
    assert sorted(rows(db_path, "SELECT label, decision FROM redaction_suggestions")) == [
        ("ORG", "rejected"), ("PERSON", "accepted"),
    ]
    assert rows(db_path, "SELECT decided_by IS NOT NULL, decided_at FROM theme_suggestions WHERE theme_id = 'housing'") == [
        (1, "2026-11-26T09:01:00+00:00"),
    ]
    assert rows(db_path, "SELECT action, subject, detail FROM audit WHERE action LIKE 'review.%'") == [
        ("review.confirmed", f"story:{first}", '{"answers_corrected": 0, "redactions_kept": 1, "themes": ["housing", "money"]}'),
    ]


async def test_a_reply_with_corrected_text_is_what_sets_show(fay: Talk, en: Locale, cdb: Database, clock: Clock,
                                                              db_path: Path) -> None:
    first, _ = await seed_two(cdb, clock)
    await fay.say("/review")
    await fay.press(en.review.buttons.edit_text)
    await fay.press("When support helped")
    assert "I told [PERSON] at the [ORG]" in fay.text
    await fay.say("I told [PERSON] at the council about the rent and the [PERSON] finally fixed the damp.")
    assert "I'll use your wording" in fay.text and "✏️ I told [PERSON]" in fay.text
    await fay.press("⬜ Home and housing")
    await fay.press(en.review.buttons.confirm)
    assert rows(db_path, f"SELECT text FROM reviewed_answers WHERE story_id = {first}") == [
        ("I told [PERSON] at the council about the rent and the [PERSON] finally fixed the damp.",),
    ]
    assert ("text", "support_helped", "corrected") in rows(db_path, "SELECT kind, target, decision FROM review_decisions")
    # Typing a corrected disclosure is not the reviewer's own: no flag is raised against them.
    assert rows(db_path, "SELECT count(*) FROM safeguarding_flags") == [(0,)]


async def test_confirming_needs_a_theme(fay: Talk, en: Locale, cdb: Database, clock: Clock, db_path: Path) -> None:
    await seed_two(cdb, clock)
    await fay.say("/review")
    await fay.press(en.review.buttons.confirm)
    assert en.review.messages.review_need_theme in fay.text
    assert rows(db_path, "SELECT count(*) FROM stories WHERE status = 'confirmed'") == [(0,)]


async def test_two_facilitators_never_see_the_same_story_and_a_lease_expires(
    fay: Talk, finn: Talk, en: Locale, cdb: Database, clock: Clock, db_path: Path
) -> None:
    first, second = await seed_two(cdb, clock)
    await fay.say("/review")
    assert "Dave" in fay.text
    await finn.say("/review")
    assert "food bank" in finn.text and "Dave" not in finn.text
    await finn.say("/review")  # asking again gives the story held, not a third
    assert "food bank" in finn.text

    clock.advance(minutes=29)
    await fay.press("⬜ Home and housing")  # renews fay's lease for 30 more minutes
    clock.advance(minutes=20)
    await finn.say("/review")  # finn's lease ran out, but nobody else wants it: it stays finn's
    assert "food bank" in finn.text
    clock.advance(minutes=31)
    # Both leases ran out. Fay asks first and gets her own choices back on the oldest story.
    await fay.say("/review")
    assert "Dave" in fay.text and "✅ Home and housing" in [b.label for b in fay.buttons]
    clock.advance(minutes=31)
    await finn.say("/review")  # fay's lease expired: finn may have the oldest story now
    assert "Dave" in finn.text
    await fay.press(en.review.buttons.confirm)
    assert fay.text == en.review.messages.review_lost
    assert rows(db_path, f"SELECT status FROM stories WHERE id = {first}") == [("pending",)]
    await finn.press("⬜ Home and housing")
    await finn.press(en.review.buttons.confirm)
    assert rows(db_path, f"SELECT status FROM stories WHERE id = {first}") == [("confirmed",)]
    assert rows(db_path, "SELECT count(*) FROM review_decisions WHERE decision = 'confirmed'") == [(1,)]


async def test_skip_and_send_back(fay: Talk, finn: Talk, en: Locale, cdb: Database, clock: Clock, db_path: Path) -> None:
    await seed_two(cdb, clock)
    await fay.say("/review")
    await fay.press(en.review.buttons.skip)
    assert "Skipped for now" in fay.text
    await fay.say("/review")
    assert "food bank" in fay.text  # the skipped story waits behind the others for her
    await fay.press(en.review.buttons.send_back)
    await finn.say("/review")
    assert "Dave" in finn.text  # still the oldest for everyone else
    assert rows(db_path, "SELECT decision FROM review_decisions ORDER BY id") == [("skipped",), ("sent_back",)]


@pytest.mark.parametrize("data", [
    "rv-ok:999", "rv-t:{story}:money", "rv-add:{story}:not_a_theme", "rv-r:{story}:999", "rv-e:{story}:nope",
    "rv-ok:{story}x", "tv-f:{story}:3",
])
async def test_stale_and_forged_review_buttons_change_nothing(
    fay: Talk, en: Locale, cdb: Database, clock: Clock, db_path: Path, data: str
) -> None:
    first, _ = await seed_two(cdb, clock)
    await fay.say("/review")
    await fay.press_data(data.format(story=first))
    assert en.messages.stale_button in fay.text
    assert rows(db_path, "SELECT count(*) FROM review_decisions") == [(0,)]
    assert rows(db_path, "SELECT status FROM stories ORDER BY id") == [("pending",), ("pending",)]


@pytest.mark.parametrize("data", ["rv-ok:1", "rv-t:1:housing", "ss-all:", "ss-t:housing"])
async def test_participants_cannot_review_or_build_sets(talk: Talk, en: Locale, data: str) -> None:
    await talk.press_data(data)
    assert talk.text == en.roles.messages.not_allowed
    for command in ("/review", "/session Day; 2026-12-01; housing", "/storyset"):
        await talk.say(command)
        assert talk.text == en.roles.messages.not_allowed


async def test_an_empty_queue_says_so(fay: Talk, en: Locale) -> None:
    await fay.say("/review")
    assert fay.text == en.review.messages.queue_empty


async def test_a_teller_picks_themes_how_it_felt_and_to_hear_back(talk: Talk, en: Locale, db_path: Path) -> None:
    await talk.say("/start")
    await talk.press(en.consent.scopes["sessions"].label)
    for _ in en.question_sets["participant"].questions:
        await talk.say("Having my own front door again after months of sofa surfing means everything")
    await talk.press(en.buttons.submit)
    await talk.press("Home")
    await talk.press("Having a say")
    await talk.press("Money")
    await talk.press("Feeling safe")
    assert "You can choose up to 3" in talk.text
    await talk.press("✅ Money")  # unchoose
    await talk.press(en.review.buttons.done)
    await talk.press("Good")
    await talk.press(en.review.buttons.hear_yes)
    assert talk.text == en.review.messages.teller_thanks
    assert rows(db_path, "SELECT themes, felt FROM teller_views") == [('["housing", "choice_control"]', 4)]
    assert rows(db_path, "SELECT hear_back FROM stories") == [(1,)]


async def test_the_teller_view_is_optional(talk: Talk, en: Locale, db_path: Path) -> None:
    await talk.say("/start")
    await talk.press(en.consent.scopes["team"].label)
    for _ in en.question_sets["participant"].questions:
        await talk.say("Having my own front door again after months of sofa surfing means everything")
    await talk.press(en.buttons.submit)
    await talk.say("hello")
    assert en.review.messages.teller_use_buttons in talk.text
    await talk.press(en.review.buttons.no_thanks)
    await talk.press(en.review.buttons.hear_no)
    assert rows(db_path, "SELECT count(*) FROM teller_views") == [(0,)]
    assert rows(db_path, "SELECT hear_back FROM stories") == [(0,)]


async def test_sessions_and_story_sets(fay: Talk, en: Locale, cdb: Database, clock: Clock, db_path: Path) -> None:
    await fay.say("/session")
    assert "housing: Home and housing" in fay.text
    await fay.say("/session Winter day; 3 Dec; housing")
    assert fay.text == en.review.messages.session_bad_date
    await fay.say("/session Winter day; 2026-12-03; housing, lollipops")
    assert "lollipops" in fay.text
    await fay.say("/session Winter day; 2026-12-03; housing, money")
    assert "Session created: Winter day, 2026-12-03, themes: Home and housing, Money" in fay.text
    await fay.say("/storyset")
    await fay.press("Winter day (2026-12-03)")
    assert "No stories can go into" in fay.text

    first, _ = await seed_two(cdb, clock)
    await fay.say("/review")
    await fay.press("⬜ Home and housing")
    await fay.press(en.review.buttons.confirm)
    await fay.say("/storyset")
    await fay.press("Winter day (2026-12-03)")
    reply = fay.replies[0]
    assert "1 stories" in reply.text
    assert [d.filename for d in reply.documents] == ["winter-day-2026-12-03.html", "winter-day-2026-12-03.csv",
                                                     "winter-day-2026-12-03.json"]
    assert b"[PERSON]" in reply.documents[0].data and b"Dave" not in reply.documents[0].data
    assert rows(db_path, "SELECT s.session_id IS NOT NULL, i.story_id FROM story_sets s JOIN story_set_items i"
                         " ON i.set_id = s.id") == [(1, first)]
    await fay.say("/storyset housing")
    assert fay.replies[0].documents
