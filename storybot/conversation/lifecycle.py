"""What a person can do about their data: stop reminders, and be forgotten (/forgetme).

These are registered in the engine's command and button tables; each takes the engine's
current `_Turn` and runs inside its transaction.
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

from storybot.models import Button, Reply

if TYPE_CHECKING:
    from storybot.conversation.engine import _Turn

log = logging.getLogger(__name__)

# Where the pending forget-me confirmation is kept in the conversation data.
_FORGET_KEY = "forget"


async def cmd_stop(turn: _Turn, args: str) -> list[Reply]:
    """Stop every reminder for this person, for good."""
    return await _stop(turn)


async def choose_reminders_off(turn: _Turn, target: str) -> list[Reply] | None:
    """Act on "No more reminders" under a reminder (always valid: it only turns them off)."""
    return await _stop(turn)


async def _stop(turn: _Turn) -> list[Reply]:
    if await turn.store.stop_reminders(turn.person.id):
        log.info("person %s turned reminders off", turn.person.id)
    return [Reply(turn.locale.lifecycle.reminders_stopped)]


async def cmd_forgetme(turn: _Turn, args: str) -> list[Reply]:
    """Ask the person to confirm that they want to be forgotten."""
    # A fresh token per request: only the buttons of this confirmation can carry it out.
    token = secrets.token_hex(4)
    turn.data[_FORGET_KEY] = token
    await turn.store.audit(turn.person.id, "forgetme.requested", f"person:{turn.person.id}")
    words = turn.locale.lifecycle
    return [Reply(words.forget_confirm, (
        Button(words.forget_yes, f"forget-yes:{token}"),
        Button(words.forget_no, f"forget-no:{token}"),
    ))]


async def choose_forget_yes(turn: _Turn, target: str) -> list[Reply] | None:
    """Forget the person: their identities and the words of all their stories go."""
    if not target or turn.data.get(_FORGET_KEY) != target:
        return None
    from storybot.conversation.engine import IDLE  # here: the engine imports this module

    counts = await turn.store.forget_person(turn.person.id)
    log.info("person %s was forgotten at their request (%s)", turn.person.id, counts)
    turn.go(IDLE)
    return [Reply(turn.locale.lifecycle.forgotten)]


async def choose_forget_no(turn: _Turn, target: str) -> list[Reply] | None:
    """Keep everything as it was."""
    if not target or turn.data.get(_FORGET_KEY) != target:
        return None
    from storybot.conversation.engine import IN_STORY

    turn.data.pop(_FORGET_KEY, None)
    kept = [Reply(turn.locale.lifecycle.forget_kept)]
    return [*kept, *await turn.prompt()] if turn.step in IN_STORY else kept
