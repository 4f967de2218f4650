"""Roles and invitations: who may do what, checked here, in the domain layer.

Admins are listed in the configuration (STORYBOT_ADMIN_IDS) and matched on the channel
identity at every message, so removing an id from the settings takes effect at once.
Workers and facilitators join with a single-use invitation code an admin made.

Invitation codes: 12 characters from Crockford's base32 alphabet (60 random bits from
`secrets`), shown as XXXX-XXXX-XXXX. Only HMAC-SHA256(salt, code) with a random 16-byte
salt per invitation is stored. Why this and not a slow password hash: a code is random,
not chosen by a person, so 2^60 guesses are out of reach of any offline attack within the
code's 72 hours, and a fast hash keeps /join cheap on the event loop. The salt makes each
row independent, so a copied database cannot be checked against a precomputed table or
one guess against every row at once. A keyed hash (one server key) would add nothing
unless that key lived outside the database, which is one more secret to manage. Online
guessing is slowed by the limit of 5 wrong codes an hour.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from storybot.db import Database, InvitationRow, Person, RoleHolder, Store, TeamMember, stored_time
from storybot.errors import NotAllowed

log = logging.getLogger(__name__)

PARTICIPANT, WORKER, FACILITATOR, ADMIN = "participant", "worker", "facilitator", "admin"
INVITABLE = (WORKER, FACILITATOR)
# Roles that include another: an admin can do everything a facilitator can.
_INCLUDES = {ADMIN: {ADMIN, FACILITATOR}, FACILITATOR: {FACILITATOR}, WORKER: {WORKER}, PARTICIPANT: set()}

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_LENGTH = 12
# What people mistype for what they meant, as Crockford's decoding reads them.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
WRONG_CODE_LIMIT = 5
WRONG_CODE_WINDOW = timedelta(hours=1)
LABEL_CHARS = 60


def allows(role: str, needed: str) -> bool:
    """Say whether a person with `role` may act as `needed`."""
    return needed in _INCLUDES.get(role, set())


def require(person: Person, *roles: str) -> None:
    """Refuse (NotAllowed) unless the person holds one of the roles."""
    if not any(allows(person.role, role) for role in roles):
        log.info("person %s (%s) refused an action needing %s", person.id, person.role, "/".join(roles))
        raise NotAllowed("not allowed")


def as_seen_by(person: Person, identity: tuple[str, str], admins: frozenset[tuple[str, str]]) -> Person:
    """Return the person with admin role if their identity is a configured admin."""
    if identity in admins:
        return Person(person.id, ADMIN, person.language)
    return person


# --- invitation codes ---------------------------------------------------------------------


def new_code() -> str:
    """Return a fresh random code as the admin sees it: XXXX-XXXX-XXXX."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise(code: str) -> str:
    """Read a code as typed: any case, spaces and dashes ignored, O/I/L read as 0/1/1."""
    return "".join(ch for ch in code.upper() if ch.isalnum()).translate(_READ_AS)


def hash_code(salt: bytes, code: str) -> bytes:
    """Return the stored form of a code: HMAC-SHA256 keyed with the invitation's salt."""
    return hmac.new(salt, normalise(code).encode("ascii", "replace"), hashlib.sha256).digest()


@dataclass(frozen=True)
class Invitation:
    code: str
    role: str
    expires_at: datetime


async def invite(store: Store, actor: Person, role: str, label: str | None, hours: int) -> Invitation:
    """Make a single-use invitation code for a worker or facilitator (admins only)."""
    require(actor, ADMIN)
    if role not in INVITABLE:
        raise ValueError(f"cannot invite a {role}")
    code = new_code()
    salt = secrets.token_bytes(16)
    expires = _moment(store.now) + timedelta(hours=hours)
    clean_label = " ".join((label or "").split())[:LABEL_CHARS] or None
    invitation_id = await store.create_invitation(
        salt, hash_code(salt, code), role, clean_label, actor.id, _stamp(expires)
    )
    await store.audit(actor.id, "role.invited", f"invitation:{invitation_id}", {"role": role})
    log.info("admin %s created invitation %s for a %s", actor.id, invitation_id, role)
    return Invitation(code, role, expires)


class Outcome(StrEnum):
    JOINED = "joined"
    WRONG = "wrong"
    EXPIRED = "expired"
    USED = "used"
    LOCKED = "locked"
    ALREADY = "already"


@dataclass(frozen=True)
class JoinResult:
    outcome: Outcome
    role: str | None = None
    tries_left: int = 0
    wait_minutes: int = 0


async def join(store: Store, person: Person, code: str) -> JoinResult:
    """Use an invitation code: grant its role, or say why not (wrong, expired, used, locked)."""
    now = _moment(store.now)
    if person.role == ADMIN:
        return JoinResult(Outcome.ALREADY, ADMIN)
    failures = await store.join_failures_since(person.id, _stamp(now - WRONG_CODE_WINDOW))
    if len(failures) >= WRONG_CODE_LIMIT:
        # Free again when the oldest of the last five wrong codes is an hour old.
        free_at = _moment(failures[-WRONG_CODE_LIMIT]) + WRONG_CODE_WINDOW
        minutes = max(1, math.ceil((free_at - now).total_seconds() / 60))
        log.info("person %s is waiting after %d wrong codes", person.id, len(failures))
        return JoinResult(Outcome.LOCKED, wait_minutes=minutes)
    found = _match(await store.invitations(), code)
    if found is None:
        await store.record_join_failure(person.id)
        log.info("person %s sent a code that matches no invitation", person.id)
        return JoinResult(Outcome.WRONG, tries_left=WRONG_CODE_LIMIT - len(failures) - 1)
    if found.used_at is not None:
        return JoinResult(Outcome.USED)
    if now >= _moment(found.expires_at):
        return JoinResult(Outcome.EXPIRED)
    if person.role == found.role:
        return JoinResult(Outcome.ALREADY, found.role)
    if not await store.use_invitation(found.id, person.id):
        return JoinResult(Outcome.USED)
    await store.set_role(person.id, found.role, found.label)
    await store.audit(person.id, "role.granted", f"person:{person.id}", {"role": found.role, "invitation": found.id})
    log.info("person %s joined as a %s with invitation %s", person.id, found.role, found.id)
    return JoinResult(Outcome.JOINED, found.role)


def _match(invitations: list[InvitationRow], code: str) -> InvitationRow | None:
    typed = normalise(code)
    if len(typed) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in typed):
        return None
    for invitation in invitations:
        if hmac.compare_digest(hash_code(invitation.salt, typed), invitation.code_hash):
            return invitation
    return None


# --- the team -----------------------------------------------------------------------------


async def team(store: Store, actor: Person) -> list[TeamMember]:
    """List workers and facilitators (admins only), numbered by their place in this list."""
    require(actor, ADMIN)
    return await store.team()


async def revoke(store: Store, actor: Person, person_id: str) -> TeamMember | None:
    """Take a worker's or facilitator's role away (admins only); None if they hold none."""
    require(actor, ADMIN)
    member = next((m for m in await store.team() if m.person_id == person_id), None)
    if member is None:
        return None
    await store.set_role(person_id, PARTICIPANT)
    await store.audit(actor.id, "role.revoked", f"person:{person_id}", {"role": member.role})
    log.info("admin %s removed the %s role from person %s", actor.id, member.role, person_id)
    return member


def pseudonym(person_id: str) -> str:
    """Return the short pseudonymous id admins see for a team member."""
    return f"#{person_id[:6]}"


async def role_holders(db: Database) -> list[RoleHolder]:
    """Return every identity holding a stored role, for command menus at start-up."""
    async with db.transaction() as store:
        return await store.role_holders()


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _stamp(moment: datetime) -> str:
    return stored_time(moment)
