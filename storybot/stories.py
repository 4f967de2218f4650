"""Read stories back for an operator: `storybot stories`."""

from __future__ import annotations

from typing import Any

from storybot.db import Database

STATUSES = {
    "pending": ("pending",),
    "confirmed": ("confirmed",),
    "withdrawn": ("withdrawn",),
    "all": ("pending", "confirmed", "withdrawn"),
}


async def list_stories(db: Database, status: str) -> list[dict[str, Any]]:
    """Return told stories with the given status, newest first, with their answers."""
    async with db.transaction() as store:
        stories = await store.stories(statuses=STATUSES[status])
        listed = []
        for story in stories:
            answers = await store.answers(story.id)
            listed.append({
                "id": story.id,
                "status": story.status,
                "author_role": story.author_role,
                "consent_scope": story.consent_scope,
                "consent_notice_version": story.notice_version,
                # Whom the story is about (self, person, no_one) and how they agreed.
                "consent_about": story.consent_about,
                "consent_basis": story.consent_basis,
                # A worker's chosen credit, or null: then they are never named.
                "credit": story.credit,
                "source": story.source,
                "told_on": story.told_on,
                "question_set": story.question_set,
                "language": story.language,
                "created_at": story.created_at,
                "submitted_at": story.submitted_at,
                "withdrawn_at": story.withdrawn_at,
                "answers": [
                    {"question_id": a.question_id, "text": a.text, "answered_at": a.answered_at}
                    for a in answers
                ],
            })
    return listed
