"""Put told, analysed stories straight into a database, as the analysis service would."""

from __future__ import annotations

import itertools

from storybot.db import Database

_tellers = itertools.count(1)


async def seed_story(
    db: Database,
    text: str,
    *,
    author: str = "participant",
    scope: str = "sessions",
    question_id: str = "support_helped",
    themes: list[tuple[str, float, list[str]]] | None = None,
    redactions: list[tuple[str, int, int, str]] | None = None,
    model_version: str = "model-a",
    teller: tuple[str, str] | None = None,
    credit: str | None = None,
) -> int:
    """Store a submitted story with suggestions; return its id."""
    channel, external = teller or ("test", f"teller-{next(_tellers)}")
    async with db.transaction() as store:
        person = await store.person_for(channel, external, "en")
        consent = await store.record_consent(person.id, "given", scope, "v1")
        story_id = await store.create_story(
            person.id, consent, author, "worker" if author == "worker" else "participant", "en", credit=credit
        )
        await store.save_answer(story_id, question_id, 0, text, None)
        await store.submit_story(story_id)
        await store.save_analysis(
            story_id, model_version=model_version, codebook_version="c1", safeguarding=False,
            themes=themes if themes is not None else [("housing", 0.9, ["landlord"])],
            redactions=redactions or [],
        )
    return story_id


async def confirm_directly(db: Database, story_id: int, themes: list[str], reviewer: str = "reviewer") -> None:
    """Confirm a story as a facilitator would, through the review service."""
    from storybot import review
    from storybot.db import Person

    async with db.transaction() as store:
        person = await store.person_for("test", reviewer, "en")
        actor = Person(person.id, "facilitator", "en")
        await store.take_lease(story_id, actor.id, "9999-01-01T00:00:00+00:00")
        assert await review.confirm(store, actor, story_id, review.Draft(themes=themes)) is not None
