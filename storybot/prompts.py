"""Load and validate everything a person reads: prompts/<language>.yaml.

One file per language; English (`en.yaml`) is required and is the fallback. A broken file
stops start-up with the file, the field and what is wrong.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from storybot.errors import PromptsError

FALLBACK_LANGUAGE = "en"
ScopeId = Literal["team", "sessions", "reports"]
SCOPES: tuple[ScopeId, ...] = ("team", "sessions", "reports")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Scope(_Strict):
    label: str = Field(min_length=1, max_length=60)  # fits on a button
    explanation: str = Field(min_length=1)


class ConsentNotice(_Strict):
    version: str = Field(min_length=1)
    notice: str = Field(min_length=1)
    scopes: dict[ScopeId, Scope]
    decline_label: str = Field(min_length=1, max_length=60)

    @field_validator("scopes")
    @classmethod
    def _all_scopes(cls, value: dict[ScopeId, Scope]) -> dict[ScopeId, Scope]:
        missing = [scope for scope in SCOPES if scope not in value]
        if missing:
            raise ValueError(f"every scope needs wording; missing: {', '.join(missing)}")
        return value


class Question(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1, max_length=40)  # short name, for buttons and lists
    text: str = Field(min_length=1)
    follow_up: str = Field(min_length=1)  # a gentle invitation to say more after a short answer


class QuestionSet(_Strict):
    title: str = Field(min_length=1)
    audience: Literal["participant", "worker"]
    intro: str = Field(min_length=1)
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> QuestionSet:
        ids = [q.id for q in self.questions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"question ids must be unique; repeated: {', '.join(duplicates)}")
        return self

    def question(self, question_id: str) -> Question | None:
        """Return the question with this id, if the set has it."""
        return next((q for q in self.questions if q.id == question_id), None)


class Buttons(_Strict):
    skip: str
    pause: str
    thats_all: str
    submit: str
    change: str
    discard: str
    back: str
    yes_discard: str
    no_keep: str
    yes_withdraw: str
    no_keep_story: str
    tell_story: str


# Placeholders each message may use; a typo such as {cuont} is caught at start-up.
_PLACEHOLDERS: dict[str, set[str]] = {
    "edit_ask": {"question", "answer"},
    "edit_saved": {"question"},
    "edited_in_draft": {"question"},
    "my_stories_item": {"number", "date", "status", "scope", "preview"},
    "withdraw_confirm": {"number", "date", "preview"},
    "question_progress": {"number", "total"},
}


class Messages(_Strict):
    welcome: str
    consent_reminder: str
    consent_given: str
    declined: str
    question_progress: str
    skipped: str
    paused: str
    resumed: str
    nothing_to_resume: str
    nothing_told: str
    review_intro: str
    review_skipped: str
    review_added: str
    edit_pick: str
    edit_ask: str
    edit_saved: str
    submitted: str
    cancel_confirm: str
    cancelled: str
    cancel_kept: str
    nothing_to_cancel: str
    my_stories_intro: str
    my_stories_item: str
    my_stories_none: str
    status_pending: str
    status_confirmed: str
    status_withdrawn: str
    withdraw_pick: str
    withdraw_none: str
    withdraw_confirm: str
    withdrawn: str
    withdraw_kept: str
    stale_button: str
    idle: str
    unknown_command: str
    unsupported: str
    edited_in_draft: str
    edited_after_submit: str
    edited_unknown: str
    private_only: str
    help: str
    privacy: str

    @model_validator(mode="after")
    def _placeholders(self) -> Messages:
        _check_placeholders(self, _PLACEHOLDERS)
        return self


_LIFECYCLE_PLACEHOLDERS: dict[str, set[str]] = {
    "reminder_first": {"date"},
    "reminder_last": {"date"},
    "digest": {"waiting"},
    "digest_flags": {"flags"},
}


class Lifecycle(_Strict):
    """Reminders, "stop", forget-me and the facilitators' digest."""

    reminder_first: str
    reminder_last: str
    carry_on: str = Field(max_length=60)
    stop_reminders: str = Field(max_length=60)
    reminders_stopped: str
    forget_confirm: str
    forget_yes: str = Field(max_length=60)
    forget_no: str = Field(max_length=60)
    forgotten: str
    forget_kept: str
    digest: str
    digest_flags: str

    @model_validator(mode="after")
    def _placeholders(self) -> Lifecycle:
        _check_placeholders(self, _LIFECYCLE_PLACEHOLDERS)
        return self


class CommandHelp(_Strict):
    start: str
    mystories: str
    withdraw: str
    pause: str
    resume: str
    skip: str
    cancel: str
    help: str
    privacy: str
    stop: str
    forgetme: str


RoleId = Literal["participant", "worker", "facilitator", "admin"]

# Placeholders each roles message may use, checked as for `messages`.
_ROLE_PLACEHOLDERS: dict[str, set[str]] = {
    "invite_created": {"code", "role", "hours", "expires"},
    "joined": {"role"},
    "join_wrong": {"left"},
    "join_locked": {"minutes"},
    "join_already": {"role"},
    "team_admins": {"count"},
    "team_item": {"number", "role", "name", "since"},
    "revoke_confirm": {"role", "name"},
    "revoked": {"role", "name"},
}


def _check_placeholders(model: BaseModel, allowed_by_name: dict[str, set[str]]) -> None:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if not isinstance(value, str):
            continue
        allowed = allowed_by_name.get(name, set())
        used = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
        unknown = used - allowed
        if unknown:
            raise ValueError(
                f"{name}: unknown placeholder {{{sorted(unknown)[0]}}}"
                + (f"; it may use {', '.join('{' + a + '}' for a in sorted(allowed))}" if allowed else "")
            )


class RoleButtons(_Strict):
    about_person: str = Field(min_length=1, max_length=60)
    about_no_one: str = Field(min_length=1, max_length=60)
    credit_no: str = Field(min_length=1, max_length=60)
    credit_yes: str = Field(min_length=1, max_length=60)
    revoke_yes: str = Field(min_length=1, max_length=60)
    revoke_no: str = Field(min_length=1, max_length=60)


class RoleMessages(_Strict):
    not_allowed: str
    invite_usage: str
    invite_created: str
    join_usage: str
    joined: str
    join_wrong: str
    join_expired: str
    join_used: str
    join_locked: str
    join_already: str
    team_intro: str
    team_admins: str
    team_item: str
    team_none: str
    unlabelled: str
    revoke_pick: str
    revoke_confirm: str
    revoked: str
    revoke_kept: str
    narrative_busy: str
    narrative_about: str
    narrative_declined: str
    narrative_basis: str
    narrative_basis_too_long: str
    narrative_choose: str
    narrative_credit: str
    narrative_credit_name: str
    narrative_credit_too_long: str
    narrative_submitted: str

    @model_validator(mode="after")
    def _placeholders(self) -> RoleMessages:
        _check_placeholders(self, _ROLE_PLACEHOLDERS)
        return self


class RoleCommandHelp(_Strict):
    join: str
    narrative: str
    invite: str
    team: str
    revoke: str


class Roles(_Strict):
    """Wording for team roles: invitations, /team, /revoke and worker narratives."""

    names: dict[RoleId, str]
    worker_consent: ConsentNotice  # what a worker is told before a narrative, with its own version
    buttons: RoleButtons
    messages: RoleMessages
    commands: RoleCommandHelp
    help: dict[Literal["worker", "facilitator", "admin"], str]  # added to /help for that role


# Placeholders each review message may use, checked as for `messages`.
_REVIEW_PLACEHOLDERS: dict[str, set[str]] = {
    "review_header": {"waiting", "author", "scope", "date"},
    "review_theme_line": {"theme", "score", "evidence"},
    "review_redaction_line": {"number", "label", "words"},
    "review_edit_ask": {"question", "text"},
    "review_edit_saved": {"question"},
    "review_confirmed": {"themes", "waiting"},
    "review_skipped": {"waiting"},
    "review_sent_back": {"waiting"},
    "session_created": {"name", "date", "themes"},
    "session_bad_theme": {"themes"},
    "storyset_built": {"count", "words", "title"},
    "storyset_none": {"title"},
    "storyset_item": {"name", "date"},
    "teller_notice": {"name", "date"},
    "teller_themes_ask": {"most"},
    "teller_themes_too_many": {"most"},
}


class ReviewButtons(_Strict):
    confirm: str = Field(min_length=1, max_length=60)
    skip: str = Field(min_length=1, max_length=60)
    send_back: str = Field(min_length=1, max_length=60)
    add_theme: str = Field(min_length=1, max_length=60)
    edit_text: str = Field(min_length=1, max_length=60)
    back: str = Field(min_length=1, max_length=60)
    done: str = Field(min_length=1, max_length=60)
    no_thanks: str = Field(min_length=1, max_length=60)
    hear_yes: str = Field(min_length=1, max_length=60)
    hear_no: str = Field(min_length=1, max_length=60)
    by_theme: str = Field(min_length=1, max_length=60)
    all_themes: str = Field(min_length=1, max_length=60)


class ReviewMessages(_Strict):
    queue_empty: str
    review_header: str
    review_themes: str
    review_no_suggestions: str
    review_theme_line: str
    review_redactions: str
    review_no_redactions: str
    review_redaction_line: str
    review_hint: str
    review_add_pick: str
    review_edit_pick: str
    review_edit_ask: str
    review_edit_saved: str
    review_edit_too_long: str
    review_type_nothing: str
    review_need_theme: str
    review_confirmed: str
    review_skipped: str
    review_sent_back: str
    review_lost: str
    teller_themes_ask: str
    teller_themes_too_many: str
    teller_felt_ask: str
    teller_hear_back_ask: str
    teller_thanks: str
    teller_use_buttons: str
    session_usage: str
    session_bad_date: str
    session_bad_theme: str
    session_created: str
    storyset_pick: str
    storyset_pick_theme: str
    storyset_item: str
    storyset_built: str
    storyset_none: str
    teller_notice: str

    @model_validator(mode="after")
    def _placeholders(self) -> ReviewMessages:
        _check_placeholders(self, _REVIEW_PLACEHOLDERS)
        return self


class ReviewCommandHelp(_Strict):
    review: str
    session: str
    storyset: str


class CardWording(_Strict):
    """Words on printed story cards and in exported sets."""

    title_theme: str
    title_session: str
    title_all: str
    author_participant: str
    author_worker: str
    credited: str
    helps: str
    gets_in_way: str
    both: str
    neither: str
    pair_note: str
    chart_title: str
    prompts_title: str
    print_note: str
    felt: str
    card: str

    @model_validator(mode="after")
    def _placeholders(self) -> CardWording:
        _check_placeholders(self, {
            "title_theme": {"theme"}, "title_session": {"name", "date"}, "credited": {"name"},
            "pair_note": {"other"}, "felt": {"felt"}, "card": {"number", "total"},
        })
        return self


class ReviewWording(_Strict):
    """Wording for facilitators (review, sessions, story sets) and the teller's own view."""

    buttons: ReviewButtons
    messages: ReviewMessages
    commands: ReviewCommandHelp
    # Plain-language names of codebook themes a teller may pick (at most three).
    teller_themes: dict[str, str] = Field(min_length=1)
    # How telling the story felt, 1 to 5.
    felt: dict[Literal[1, 2, 3, 4, 5], str]
    cards: CardWording
    discussion_prompts: list[str] = Field(min_length=1)

    @field_validator("felt")
    @classmethod
    def _five_points(cls, value: dict[int, str]) -> dict[int, str]:
        if sorted(value) != [1, 2, 3, 4, 5]:
            raise ValueError("the scale needs wording for each of 1, 2, 3, 4 and 5")
        return value


class Helpline(_Strict):
    name: str = Field(min_length=1)
    number: str = Field(min_length=1)
    when: str = Field(min_length=1)


class SafeguardingWording(_Strict):
    reply: str
    helplines: list[Helpline] = Field(min_length=1)
    contact_question: str
    contact_yes: str = Field(min_length=1, max_length=60)
    contact_no: str = Field(min_length=1, max_length=60)
    contact_thanks: str
    contact_declined: str
    carry_on: str
    team_notice: str
    team_contact: str
    ack_button: str = Field(min_length=1, max_length=60)
    acknowledged: str
    already_acknowledged: str
    reasons: dict[str, str]

    @model_validator(mode="after")
    def _placeholders(self) -> SafeguardingWording:
        _check_placeholders(self, {
            "team_notice": {"person", "reasons", "story", "flag", "raised"},
            "team_contact": {"person", "flag"},
            "acknowledged": {"flag"},
            "already_acknowledged": {"flag"},
        })
        return self

    def helpline_text(self) -> str:
        """The reply with every helpline, one per line."""
        lines = [f"• {h.name}: {h.number}, {h.when}" for h in self.helplines]
        return self.reply.rstrip() + "\n\n" + "\n".join(lines) + "\n\n" + self.contact_question


class IntakeMessages(_Strict):
    """Replies to input the conversation cannot use as it stands."""

    blank: str = Field(min_length=1)  # a message with no visible words (spaces, zero-width marks)
    forwarded: str = Field(min_length=1)  # someone else's words: not kept as the person's story


class Locale(_Strict):
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    consent: ConsentNotice
    buttons: Buttons
    messages: Messages
    commands: CommandHelp
    roles: Roles
    lifecycle: Lifecycle
    review: ReviewWording
    intake: IntakeMessages
    question_sets: dict[str, QuestionSet]
    safeguarding: SafeguardingWording

    @field_validator("question_sets")
    @classmethod
    def _has_participant_set(cls, value: dict[str, QuestionSet]) -> dict[str, QuestionSet]:
        if "participant" not in value:
            raise ValueError("a 'participant' question set is required")
        worker = value.get("worker")
        if worker is None or worker.audience != "worker":
            raise ValueError("a 'worker' question set with audience: worker is required (for /narrative)")
        return value

    def command_help(self, name: str) -> str:
        """Return the menu description of a command, participant's or role's."""
        return str(
            getattr(self.commands, name, None) or getattr(self.roles.commands, name, None)
            or getattr(self.review.commands, name)
        )


@dataclass(frozen=True)
class Prompts:
    """Every language's wording, with English as the fallback."""

    locales: dict[str, Locale]
    version: str

    def for_language(self, code: str | None) -> Locale:
        """Pick the locale for a Telegram language_code such as 'en-GB', else English."""
        base = (code or "").split("-")[0].split("_")[0].lower()
        return self.locales.get(base, self.locales[FALLBACK_LANGUAGE])


def _describe(path: Path, exc: ValidationError) -> str:
    error = exc.errors()[0]
    field = ".".join(str(part) for part in error["loc"]) or "(top level)"
    return f"{path}: {field}: {error['msg']}"


def load_prompts(directory: Path) -> Prompts:
    """Read and validate every language file in the prompts folder."""
    if not directory.is_dir():
        raise PromptsError(f"{directory}: the prompts folder does not exist (STORYBOT_PROMPTS_DIR)")
    locales: dict[str, Locale] = {}
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        if not _is_language_file(path):
            continue  # other prompts files (the theme codebook) have their own loaders
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise PromptsError(f"{path}: not valid YAML: {exc}") from None
        if not isinstance(data, dict):
            raise PromptsError(f"{path}: (top level): expected a mapping of fields")
        try:
            locale = Locale.model_validate(data)
        except ValidationError as exc:
            raise PromptsError(_describe(path, exc)) from None
        if locale.language != path.stem:
            raise PromptsError(f"{path}: language: says '{locale.language}' but the file is named for '{path.stem}'")
        locales[locale.language] = locale
    if FALLBACK_LANGUAGE not in locales:
        raise PromptsError(f"{directory}: {FALLBACK_LANGUAGE}.yaml is required (it is the fallback language)")
    return Prompts(locales, digest.hexdigest()[:12])


def _is_language_file(path: Path) -> bool:
    stem = path.stem
    return 2 <= len(stem) <= 3 and stem.isalpha() and stem.islower()
