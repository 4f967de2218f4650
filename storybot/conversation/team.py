"""Team conversations: /join, /invite, /team, /revoke, and worker narratives (/narrative).

The engine routes these commands and buttons here; the checks themselves live in
`storybot.roles`, so a forged button or a stale menu is refused in the domain layer too.

A narrative starts with a few choices before its questions (the `narrative` step, with a
`stage` in the conversation data): is it about a person; if so, how they agreed; how it may
be used (scope); and whether the worker wants to be credited. Then the story is opened and
the engine's own question, review and submit flow runs with the worker question set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storybot import roles
from storybot.models import Button, Reply
from storybot.prompts import SCOPES, Roles
from storybot.roles import ADMIN, FACILITATOR, WORKER, Outcome

if TYPE_CHECKING:
    from storybot.conversation.engine import _Turn

NARRATIVE = "narrative"
IDLE = "idle"  # the engine's resting step
WORKER_SET = "worker"
BASIS_CHARS = 500
CREDIT_CHARS = 80
# Commands beyond everyone's menu, shown to people holding the role (admins see both).
ROLE_COMMANDS = {
    WORKER: ("narrative",),
    ADMIN: ("invite", "team", "revoke"),
    FACILITATOR: ("review", "session", "storyset"),  # flows in storybot.conversation.review
}


def _text(turn: _Turn) -> Roles:
    return turn.locale.roles


def help_extra(turn: _Turn) -> str:
    """Return the /help lines for the person's role and the roles it includes ('' for participants)."""
    role = turn.person.role
    return "\n\n".join(text.rstrip() for name, text in _text(turn).help.items() if roles.allows(role, name))


# --- invitations --------------------------------------------------------------------------


async def cmd_join(turn: _Turn, args: str) -> list[Reply]:
    words = _text(turn).messages
    if not args.strip():
        return [Reply(words.join_usage)]
    result = await roles.join(turn.store, turn.person, args)
    names = _text(turn).names
    if result.outcome is Outcome.JOINED:
        assert result.role is not None
        turn.role_changes.append(turn.person.id)
        return [Reply(words.joined.format(role=names[result.role]))]  # type: ignore[index]
    if result.outcome is Outcome.ALREADY:
        return [Reply(words.join_already.format(role=names[result.role or WORKER]))]  # type: ignore[index]
    if result.outcome is Outcome.WRONG:
        return [Reply(words.join_wrong.format(left=result.tries_left))]
    if result.outcome is Outcome.LOCKED:
        return [Reply(words.join_locked.format(minutes=result.wait_minutes))]
    if result.outcome is Outcome.EXPIRED:
        return [Reply(words.join_expired)]
    return [Reply(words.join_used)]


async def cmd_invite(turn: _Turn, args: str) -> list[Reply]:
    # Check first, so that a stranger does not even learn the command's usage.
    roles.require(turn.person, ADMIN)
    role, _, label = args.strip().partition(" ")
    if role.lower() not in roles.INVITABLE:
        return [Reply(_text(turn).messages.invite_usage)]
    invitation = await roles.invite(turn.store, turn.person, role.lower(), label, turn.policy.invite_hours)
    expires = invitation.expires_at.strftime("%-d %b %Y, %H:%M UTC")
    text = _text(turn).messages.invite_created.format(
        code=invitation.code, role=_text(turn).names[invitation.role],  # type: ignore[index]
        hours=turn.policy.invite_hours, expires=expires,
    )
    return [Reply(text)]


# --- the team -----------------------------------------------------------------------------


def _name(turn: _Turn, label: str | None, person_id: str) -> str:
    return f"{label} ({roles.pseudonym(person_id)})" if label else roles.pseudonym(person_id)


async def cmd_team(turn: _Turn, args: str) -> list[Reply]:
    members = await roles.team(turn.store, turn.person)
    words = _text(turn).messages
    lines = [words.team_intro, words.team_admins.format(count=len(turn.policy.admins))]
    if not members:
        lines.append(words.team_none)
    for number, member in enumerate(members, start=1):
        lines.append(words.team_item.format(
            number=number, role=_text(turn).names[member.role],  # type: ignore[index]
            name=_name(turn, member.label, member.person_id), since=(member.since or "")[:10],
        ))
    return [Reply("\n".join(lines))]


async def cmd_revoke(turn: _Turn, args: str) -> list[Reply]:
    members = await roles.team(turn.store, turn.person)
    words = _text(turn).messages
    if not members:
        return [Reply(words.team_none)]
    if args.strip().isdigit() and 1 <= int(args) <= len(members):
        confirm = await choose_revoke(turn, members[int(args) - 1].person_id)
        assert confirm is not None
        return confirm
    names = _text(turn).names
    buttons = tuple(
        Button(f"{number}. {names[m.role]}: {_name(turn, m.label, m.person_id)}"[:60], f"revoke:{m.person_id}")  # type: ignore[index]
        for number, m in enumerate(members, start=1)
    )
    return [Reply(words.revoke_pick, buttons)]


async def choose_revoke(turn: _Turn, target: str) -> list[Reply] | None:
    members = await roles.team(turn.store, turn.person)
    member = next((m for m in members if m.person_id == target), None)
    if member is None:
        return None
    text = _text(turn)
    name = _name(turn, member.label, member.person_id)
    return [Reply(text.messages.revoke_confirm.format(role=text.names[member.role], name=name), (  # type: ignore[index]
        Button(text.buttons.revoke_yes, f"revoke-yes:{member.person_id}"),
        Button(text.buttons.revoke_no, f"revoke-no:{member.person_id}"),
    ))]


async def choose_revoke_yes(turn: _Turn, target: str) -> list[Reply] | None:
    member = await roles.revoke(turn.store, turn.person, target)
    if member is None:
        return None
    turn.role_changes.append(member.person_id)
    text = _text(turn)
    name = _name(turn, member.label, member.person_id)
    return [Reply(text.messages.revoked.format(role=text.names[member.role], name=name))]  # type: ignore[index]


async def choose_revoke_no(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, ADMIN)
    return [Reply(_text(turn).messages.revoke_kept)]


# --- worker narratives --------------------------------------------------------------------


async def cmd_narrative(turn: _Turn, args: str) -> list[Reply]:
    roles.require(turn.person, WORKER)
    if turn.in_story:
        return [Reply(_text(turn).messages.narrative_busy)]
    turn.go(NARRATIVE, set=WORKER_SET, stage="about")
    return prompt(turn)


def prompt(turn: _Turn) -> list[Reply]:
    """Say again what the worker is being asked before the narrative's questions."""
    text = _text(turn)
    notice = text.worker_consent
    stage = turn.data.get("stage")
    if stage == "basis":
        return [Reply(text.messages.narrative_basis)]
    if stage == "scope":
        choices = "\n".join(f"• {notice.scopes[s].label}: {notice.scopes[s].explanation}" for s in SCOPES)
        return [Reply(choices, tuple(Button(notice.scopes[s].label, f"n-scope:{s}") for s in SCOPES))]
    if stage == "credit":
        return [Reply(text.messages.narrative_credit, (
            Button(text.buttons.credit_no, "n-credit:no"), Button(text.buttons.credit_yes, "n-credit:yes"),
        ))]
    if stage == "credit_name":
        return [Reply(text.messages.narrative_credit_name)]
    return [Reply(notice.notice, (
        Button(text.buttons.about_person, "n-about:person"),
        Button(text.buttons.about_no_one, "n-about:no_one"),
        Button(notice.decline_label, "n-about:decline"),
    ))]


async def text(turn: _Turn, words: str) -> list[Reply]:
    """Take the typed consent basis or credit name; anything else gets a gentle nudge."""
    messages = _text(turn).messages
    stage = turn.data.get("stage")
    if stage == "basis":
        basis = words.strip()
        if len(basis) > BASIS_CHARS:
            return [Reply(messages.narrative_basis_too_long)]
        turn.data.update(basis=basis, stage="scope")
        return prompt(turn)
    if stage == "credit_name":
        credit = " ".join(words.split())
        if len(credit) > CREDIT_CHARS:
            return [Reply(messages.narrative_credit_too_long)]
        return await _open(turn, credit)
    return [Reply(messages.narrative_choose), *prompt(turn)]


def _at(turn: _Turn, stage: str) -> bool:
    return turn.step == NARRATIVE and turn.data.get("stage") == stage


async def choose_about(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, WORKER)
    if not _at(turn, "about") or target not in ("person", "no_one", "decline"):
        return None
    if target == "decline":
        turn.go(IDLE)
        return [Reply(_text(turn).messages.narrative_declined)]
    turn.data.update(about=target, stage="basis" if target == "person" else "scope")
    return prompt(turn)


async def choose_scope(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, WORKER)
    if not _at(turn, "scope") or target not in SCOPES:
        return None
    turn.data.update(scope=target, stage="credit")
    return prompt(turn)


async def choose_credit(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, WORKER)
    if not _at(turn, "credit") or target not in ("no", "yes"):
        return None
    if target == "yes":
        turn.data["stage"] = "credit_name"
        return prompt(turn)
    return await _open(turn, None)


async def _open(turn: _Turn, credit: str | None) -> list[Reply]:
    roles.require(turn.person, WORKER)
    data: dict[str, Any] = turn.data
    consent_id = await turn.store.record_consent(
        turn.person.id, "given", data["scope"], _text(turn).worker_consent.version,
        about=data["about"], basis=data.get("basis"),
    )
    return [Reply(turn.msg.consent_given), *await turn.open_story(consent_id, WORKER_SET, WORKER, credit=credit)]


def commands_for(role: str, everyone: tuple[str, ...]) -> tuple[str, ...]:
    """Return the command menu for a role: everyone's commands, then the role's own."""
    extra: tuple[str, ...] = ()
    for holder, names in ROLE_COMMANDS.items():
        if roles.allows(role, holder):
            extra += names
    return everyone + extra


COMMANDS = {
    "join": cmd_join,
    "invite": cmd_invite,
    "team": cmd_team,
    "revoke": cmd_revoke,
    "narrative": cmd_narrative,
}

CHOICES = {
    "revoke": choose_revoke,
    "revoke-yes": choose_revoke_yes,
    "revoke-no": choose_revoke_no,
    "n-about": choose_about,
    "n-scope": choose_scope,
    "n-credit": choose_credit,
}
