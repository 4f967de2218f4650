"""Tell the team about safeguarding flags: who to tell and what to say, never the words."""

from __future__ import annotations

import json
from dataclasses import dataclass

from storybot.db import Database
from storybot.prompts import Prompts


@dataclass(frozen=True)
class TeamNotice:
    id: int
    text: str
    flag_id: int
    ack_label: str | None  # a button to acknowledge the flag, on the first notice of it


async def pending_notices(db: Database, prompts: Prompts) -> list[TeamNotice]:
    """Compose every notice not yet sent, in the fallback language, without story text."""
    wording = prompts.for_language(None).safeguarding
    async with db.transaction() as store:
        rows = await store.unsent_notices()
    notices = []
    for row in rows:
        if row["kind"] == "contact_requested":
            text = wording.team_contact.format(person=row["person_id"], flag=row["flag_id"])
        else:
            reasons = ", ".join(wording.reasons.get(r, r) for r in json.loads(row["reasons"])) or "unspecified"
            text = wording.team_notice.format(
                person=row["person_id"],
                reasons=reasons,
                story=row["story_id"] if row["story_id"] is not None else "not yet told",
                flag=row["flag_id"],
                raised=row["raised_at"],
            )
        ack = wording.ack_button if row["kind"] == "safeguarding" else None
        notices.append(TeamNotice(row["id"], text.strip(), row["flag_id"], ack))
    return notices


async def team_recipients(db: Database, admin_ids: frozenset[int]) -> list[str]:
    """Return the Telegram ids of admins and facilitators."""
    async with db.transaction() as store:
        return await store.team_telegram_ids(admin_ids)


async def mark_sent(db: Database, notice_id: int) -> None:
    """Record that a notice reached at least one person on the team."""
    async with db.transaction() as store:
        await store.mark_notice_sent(notice_id)
