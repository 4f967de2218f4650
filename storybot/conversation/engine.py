"""The conversation a person has with storybot, whatever the channel.

Each call to `Engine.handle` runs in one database transaction: it loads where the person
is, acts on what they did, stores the new place and returns the replies. Nothing lives
only in memory, so a restart never loses a draft or the place in it.

Buttons carry their own target (`submit:12`, `skip:what_matters`) and are checked
against the stored state when pressed, so a stale or forged button changes nothing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storybot import roles
from storybot.conversation import lifecycle, team
from storybot.conversation import review as review_flow
from storybot.db import Database, Person, RoleHolder, Store, StoryRow
from storybot.errors import NotAllowed
from storybot.models import Button, Incoming, Kind, Reply, Sender, has_words
from storybot.nlp import assess_risk
from storybot.prompts import SCOPES, Locale, Prompts, Question, QuestionSet

log = logging.getLogger(__name__)

PARTICIPANT_SET = "participant"
# Fewer words than this earns one gentle invitation to say more.
SHORT_ANSWER_WORDS = 4
PREVIEW_CHARS = 60

IDLE, CONSENT, QUESTION, FOLLOW_UP, REVIEW, EDIT_PICK, EDIT_ANSWER = (
    "idle", "consent", "question", "follow_up", "review", "edit_pick", "edit_answer",
)
IN_STORY = (QUESTION, FOLLOW_UP, REVIEW, EDIT_PICK, EDIT_ANSWER)
# Steps before a story exists: nothing typed there is kept as a story.
BEFORE_STORY = (CONSENT, team.NARRATIVE)

RoleListener = Callable[[list[RoleHolder]], Awaitable[None]]


@dataclass(frozen=True)
class TeamPolicy:
    """What the engine needs from the settings to decide roles."""

    admins: frozenset[tuple[str, str]] = frozenset()  # (channel, external id) pairs
    invite_hours: int = 72
    lease_minutes: int = 30  # how long a reviewer holds a story
    set_words: int | None = 3000  # a story set's reading budget
    codebook_path: Path | None = None  # None: the shipped prompts/themes.yaml


# Events the engine announces after its transaction commits, for the channel to act on.
STORY_SUBMITTED, FLAG_RAISED, CONTACT_REQUESTED = "story_submitted", "flag_raised", "contact_requested"
STORYSET_BUILT = review_flow.STORYSET_BUILT


class Engine:
    """Runs conversations; one instance serves every channel."""

    def __init__(
        self,
        db: Database,
        prompts: Prompts,
        *,
        admins: Iterable[tuple[str, str]] = (),
        invite_hours: int = 72,
        on_role_change: RoleListener | None = None,
        on_event: Callable[[str], None] | None = None,
        lease_minutes: int = 30,
        set_words: int | None = 3000,
        codebook_path: Path | None = None,
    ) -> None:
        self.db = db
        self.prompts = prompts
        self.policy = TeamPolicy(frozenset(admins), invite_hours, lease_minutes, set_words, codebook_path)
        # Told (after the transaction commits) which identities' roles changed, so a
        # channel can update their command menus.
        self.on_role_change = on_role_change
        self.on_event = on_event

    async def handle(self, sender: Sender, incoming: Incoming, *, receipt: int | None = None) -> list[Reply]:
        """Act on one thing a person did and return what to say back.

        `receipt` is the channel's id for this incoming (Telegram's update_id, kept in the
        inbox): the effect is recorded with it in the same transaction, so a replay after a
        crash returns the same replies and changes nothing.
        """
        locale = self.prompts.for_language(sender.language_code)
        try:
            async with self.db.transaction() as store:
                if receipt is not None and (done := await store.inbox_replies(receipt)) is not None:
                    return replies_from_json(done)  # a replay after a crash: already applied
                stored = await store.person_for(sender.channel, sender.external_id, locale.language)
                person = roles.as_seen_by(stored, (sender.channel, sender.external_id), self.policy.admins)
                step, data = await store.conversation(person.id) or (IDLE, {})
                turn = _Turn(store, person, locale, step, data, self.policy)
                replies = await turn.dispatch(incoming)
                await store.save_conversation(person.id, turn.step, turn.data)
                changed = [h for pid in turn.role_changes for h in await store.holders_of(pid)]
                if receipt is not None:
                    await store.inbox_apply(receipt, replies_to_json(replies))
        except NotAllowed:
            # Rolled back: a refused action changes nothing, and the reply says nothing of why.
            return [Reply(locale.roles.messages.not_allowed)]
        log.debug("person %s: %s -> %s", person.id, step, turn.step)
        if changed and self.on_role_change is not None:
            try:
                await self.on_role_change(changed)
            except Exception:  # a menu that failed to update must not lose the reply
                log.exception("could not tell the channel about a role change")
        if self.on_event is not None:
            for event in turn.events:
                self.on_event(event)
        return replies


def replies_to_json(replies: list[Reply]) -> str:
    """Serialise replies, to resend them unchanged after a crash."""
    return json.dumps([{"text": r.text, "buttons": [[b.label, b.data] for b in r.buttons]} for r in replies])


def replies_from_json(raw: str) -> list[Reply]:
    """Read replies stored by replies_to_json."""
    return [Reply(r["text"], tuple(Button(label, data) for label, data in r["buttons"])) for r in json.loads(raw)]


@dataclass
class _Turn:
    """One step of one person's conversation, inside one transaction."""

    store: Store
    person: Person
    locale: Locale
    step: str
    data: dict[str, Any]
    policy: TeamPolicy = field(default_factory=TeamPolicy)
    role_changes: list[str] = field(default_factory=list)  # person ids whose role changed
    events: list[str] = field(default_factory=list)  # announced after the commit

    # --- routing --------------------------------------------------------------------

    async def dispatch(self, incoming: Incoming) -> list[Reply]:
        if incoming.kind is Kind.COMMAND:
            return await self.command(incoming.command, incoming.text)
        if incoming.kind is Kind.CHOICE:
            return await self.choice(incoming.text)
        if incoming.kind is Kind.UNSUPPORTED:
            return [Reply(self.msg.unsupported)]
        if incoming.kind is Kind.FORWARDED:
            return [Reply(self.locale.intake.forwarded), *await self.reprompt()]
        if incoming.kind is not Kind.EDIT and not has_words(incoming.text):
            return [Reply(self.locale.intake.blank), *await self.reprompt()]
        in_story = self.step in IN_STORY
        story_id = self.story_id if in_story else None
        checked = self.step not in review_flow.NO_RISK_CHECK
        if incoming.kind is Kind.EDIT:
            replies = await self.edited(incoming)
        else:
            replies = await self.text(incoming.text, incoming.message_ref)
        risk = assess_risk(incoming.text)
        if checked and not risk.at_risk and story_id is not None and any(c.counts for c in risk.cues):
            # Signs that add up are often spread over answers ("the dog's going to my sister",
            # then "it won't matter much longer"): a weak sign is read with the story so far.
            so_far = "\n".join(a.text for a in await self.store.answers(story_id))
            whole = assess_risk(so_far)
            if whole.at_risk and not await self.store.has_flag(story_id):
                risk = whole
        if not checked or not risk.at_risk:
            return replies
        # A disclosure is answered at once, before anything else; outside a story the usual
        # reply ("would you like to tell a story?") would be out of place, so it is dropped.
        flag_id = await self.store.raise_flag(self.person.id, story_id, "conversation", risk.reasons)
        self.events.append(FLAG_RAISED)
        log.warning("person %s: safeguarding flag %s raised", self.person.id, flag_id)
        wording = self.locale.safeguarding
        helplines = Reply(wording.helpline_text(), (
            Button(wording.contact_yes, f"contact-yes:{flag_id}"),
            Button(wording.contact_no, f"contact-no:{flag_id}"),
        ))
        if self.step not in IN_STORY:
            return [helplines]
        return [helplines, Reply(wording.carry_on), *replies]

    @property
    def msg(self) -> Any:
        return self.locale.messages

    @property
    def qset(self) -> QuestionSet:
        return self.locale.question_sets[self.data.get("set", PARTICIPANT_SET)]

    @property
    def story_id(self) -> int | None:
        return self.data.get("story")

    @property
    def draft(self) -> int:
        """The id of the draft story; only read in steps that have one."""
        story_id = self.data.get("story")
        if story_id is None:
            raise RuntimeError(f"step {self.step} has no draft story")
        return int(story_id)

    @property
    def question(self) -> Question:
        return self.qset.questions[self.data["index"]]

    @property
    def in_story(self) -> bool:
        return self.step in IN_STORY

    def go(self, step: str, **data: Any) -> None:
        self.step = step
        self.data = data

    # --- commands ---------------------------------------------------------------------

    async def command(self, name: str, args: str) -> list[Reply]:
        handler = _COMMANDS.get(name)
        if handler is None:
            return [Reply(self.msg.unknown_command)]
        return await handler(self, args)

    async def _cmd_start(self, args: str) -> list[Reply]:
        if self.step in IN_STORY:
            return [Reply(self.msg.resumed), *await self.prompt()]
        return await self.begin()

    async def _cmd_resume(self, args: str) -> list[Reply]:
        if self.step in IN_STORY or self.step in BEFORE_STORY:
            self.data.pop("paused", None)
            return [Reply(self.msg.resumed), *await self.prompt()]
        return [Reply(self.msg.nothing_to_resume)]

    async def _cmd_pause(self, args: str) -> list[Reply]:
        if self.step in IN_STORY or self.step in BEFORE_STORY:
            self.data["paused"] = True
            return [Reply(self.msg.paused)]
        return [Reply(self.msg.nothing_to_resume)]

    async def _cmd_skip(self, args: str) -> list[Reply]:
        if self.step == QUESTION:
            return [Reply(self.msg.skipped), *await self.advance()]
        if self.step == FOLLOW_UP:
            return await self.advance()
        return await self.prompt()

    async def _cmd_cancel(self, args: str) -> list[Reply]:
        return await self.ask_cancel()

    async def _cmd_mystories(self, args: str) -> list[Reply]:
        return await self.my_stories()

    async def _cmd_withdraw(self, args: str) -> list[Reply]:
        return await self.ask_withdraw(args)

    async def _cmd_help(self, args: str) -> list[Reply]:
        extra = team.help_extra(self)
        return [Reply(f"{self.msg.help.rstrip()}\n\n{extra}" if extra else self.msg.help)]

    async def _cmd_privacy(self, args: str) -> list[Reply]:
        return [Reply(self.msg.privacy)]

    # --- text -------------------------------------------------------------------------

    async def text(self, text: str, message_ref: str | None) -> list[Reply]:
        self.data.pop("paused", None)
        if self.step == QUESTION:
            question = self.question
            await self.store.save_answer(self.draft, question.id, self.data["index"], text, message_ref)
            if len(text.split()) < SHORT_ANSWER_WORDS:
                self.step = FOLLOW_UP
                return [Reply(question.follow_up, (Button(self.locale.buttons.thats_all, f"more:{question.id}"),))]
            return await self.advance()
        if self.step == FOLLOW_UP:
            await self.store.append_to_answer(self.draft, self.question.id, text)
            return await self.advance()
        if self.step == EDIT_ANSWER:
            question = self.qset.question(self.data["editing"])
            assert question is not None  # set when the button was checked
            position = self.qset.questions.index(question)
            await self.store.save_answer(self.draft, question.id, position, text, message_ref)
            self.go(REVIEW, story=self.story_id, set=self.data.get("set", PARTICIPANT_SET))
            return [Reply(self.msg.edit_saved.format(question=question.label)), *await self.prompt()]
        if self.step in (REVIEW, EDIT_PICK):
            # Words sent at review are kept, as more of the last answer, rather than lost.
            last = self.qset.questions[-1]
            answers = {a.question_id for a in await self.store.answers(self.draft)}
            if last.id in answers:
                await self.store.append_to_answer(self.draft, last.id, text)
            else:
                await self.store.save_answer(self.draft, last.id, len(self.qset.questions) - 1, text, message_ref)
            self.step = REVIEW
            return [Reply(self.msg.review_added), *await self.prompt()]
        if self.step == CONSENT:
            return [Reply(self.msg.consent_reminder), *await self.prompt()]
        if self.step == team.NARRATIVE:
            return await team.text(self, text)
        if self.step in review_flow.STEPS:
            return await review_flow.text(self, text)
        return [Reply(self.msg.idle, (Button(self.locale.buttons.tell_story, "start"),))]

    async def edited(self, incoming: Incoming) -> list[Reply]:
        found = None
        if incoming.message_ref is not None:
            found = await self.store.answer_for_message(self.person.id, incoming.message_ref)
        if found is None:
            return [Reply(self.msg.edited_unknown)] if self.step in IN_STORY else []
        story_id, question_id, status = found
        if status != "draft":
            return [Reply(self.msg.edited_after_submit)]
        story = await self.store.story(self.person.id, story_id)
        assert story is not None
        qset = self.locale.question_sets[story.question_set]
        question = qset.question(question_id)
        position = qset.questions.index(question) if question else 0
        await self.store.save_answer(story_id, question_id, position, incoming.text, incoming.message_ref)
        return [Reply(self.msg.edited_in_draft.format(question=question.label if question else question_id))]

    # --- buttons ----------------------------------------------------------------------

    async def choice(self, data: str) -> list[Reply]:
        action, _, target = data.partition(":")
        handler = _CHOICES.get(action)
        replies = await handler(self, target) if handler else None
        if replies is None:
            return [Reply(self.msg.stale_button), *await self.prompt()]
        return replies

    async def _choose_start(self, target: str) -> list[Reply] | None:
        return await self.command("start", "")

    async def _choose_consent(self, target: str) -> list[Reply] | None:
        if self.step != CONSENT:
            return None
        version = self.locale.consent.version
        if target == "decline":
            await self.store.record_consent(self.person.id, "declined", None, version)
            self.go(IDLE)
            return [Reply(self.msg.declined)]
        if target not in SCOPES:
            return None
        consent_id = await self.store.record_consent(self.person.id, "given", target, version)
        log.info("person %s consented (%s)", self.person.id, target)
        return [Reply(self.msg.consent_given), *await self.open_story(consent_id, PARTICIPANT_SET, "participant")]

    async def _choose_skip(self, target: str) -> list[Reply] | None:
        if self.step != QUESTION or self.question.id != target:
            return None
        return [Reply(self.msg.skipped), *await self.advance()]

    async def _choose_more(self, target: str) -> list[Reply] | None:
        if self.step != FOLLOW_UP or self.question.id != target:
            return None
        return await self.advance()

    async def _choose_pause(self, target: str) -> list[Reply] | None:
        return await self.command("pause", "")

    async def _choose_submit(self, target: str) -> list[Reply] | None:
        if self.step != REVIEW or str(self.story_id) != target:
            return None
        worker = self.qset.audience == "worker"
        if worker:
            roles.require(self.person, roles.WORKER)  # a role revoked mid-draft: the draft is kept
        await self.store.submit_story(self.draft)
        self.events.append(STORY_SUBMITTED)
        log.info("person %s submitted story %s", self.person.id, self.story_id)
        self.go(IDLE)
        if worker:
            return [Reply(self.locale.roles.messages.narrative_submitted)]
        return [Reply(self.msg.submitted), *review_flow.teller_start(self, int(target))]

    async def _choose_change(self, target: str) -> list[Reply] | None:
        if self.step not in (REVIEW, EDIT_PICK) or str(self.story_id) != target:
            return None
        self.step = EDIT_PICK
        return await self.prompt()

    async def _choose_edit(self, target: str) -> list[Reply] | None:
        story, _, question_id = target.partition(":")
        if self.step != EDIT_PICK or str(self.story_id) != story or self.qset.question(question_id) is None:
            return None
        self.step = EDIT_ANSWER
        self.data["editing"] = question_id
        return await self.prompt()

    async def _choose_review(self, target: str) -> list[Reply] | None:
        if self.step not in (EDIT_PICK, EDIT_ANSWER) or str(self.story_id) != target:
            return None
        self.data.pop("editing", None)
        self.step = REVIEW
        return await self.prompt()

    async def _choose_discard(self, target: str) -> list[Reply] | None:
        if self.step not in IN_STORY or str(self.story_id) != target:
            return None
        return await self.ask_cancel()

    async def _choose_discard_yes(self, target: str) -> list[Reply] | None:
        if self.step not in IN_STORY or str(self.story_id) != target:
            return None
        await self.store.delete_draft(self.draft)
        log.info("person %s discarded draft %s", self.person.id, self.story_id)
        self.go(IDLE)
        return [Reply(self.msg.cancelled)]

    async def _choose_discard_no(self, target: str) -> list[Reply] | None:
        if self.step not in IN_STORY or str(self.story_id) != target:
            return None
        return [Reply(self.msg.cancel_kept), *await self.prompt()]

    async def _choose_withdraw(self, target: str) -> list[Reply] | None:
        story = await self._withdrawable(target)
        if story is None:
            return None
        preview = await self._preview(story)
        buttons = (
            Button(self.locale.buttons.yes_withdraw, f"withdraw-yes:{story.id}"),
            Button(self.locale.buttons.no_keep_story, f"withdraw-no:{story.id}"),
        )
        return [Reply(self.msg.withdraw_confirm.format(number=story.id, date=_date(story), preview=preview), buttons)]

    async def _choose_withdraw_yes(self, target: str) -> list[Reply] | None:
        story = await self._withdrawable(target)
        if story is None or not await self.store.withdraw_story(self.person.id, story.id):
            return None
        log.info("person %s withdrew story %s", self.person.id, story.id)
        return [Reply(self.msg.withdrawn)]

    async def _choose_withdraw_no(self, target: str) -> list[Reply] | None:
        return [Reply(self.msg.withdraw_kept)]

    async def _choose_contact(self, target: str, wants_contact: bool) -> list[Reply] | None:
        if not target.isdigit() or not await self.store.answer_flag(self.person.id, int(target), wants_contact):
            return None
        wording = self.locale.safeguarding
        if wants_contact:
            self.events.append(CONTACT_REQUESTED)
            log.warning("person %s asked to be contacted (flag %s)", self.person.id, target)
            return [Reply(wording.contact_thanks)]
        return [Reply(wording.contact_declined)]

    async def _choose_ack(self, target: str) -> list[Reply] | None:
        roles.require(self.person, roles.FACILITATOR)
        if not target.isdigit():
            return None
        wording = self.locale.safeguarding
        if not await self.store.acknowledge_flag(int(target), self.person.id):
            return [Reply(wording.already_acknowledged.format(flag=target))]
        log.info("person %s acknowledged safeguarding flag %s", self.person.id, target)
        return [Reply(wording.acknowledged.format(flag=target))]

    async def _choose_contact_yes(self, target: str) -> list[Reply] | None:
        return await self._choose_contact(target, True)

    async def _choose_contact_no(self, target: str) -> list[Reply] | None:
        return await self._choose_contact(target, False)

    # --- flows ------------------------------------------------------------------------

    async def open_story(
        self, consent_id: int, set_id: str, author_role: str, *, credit: str | None = None
    ) -> list[Reply]:
        """Open a draft under a recorded consent and ask the set's first question."""
        story_id = await self.store.create_story(
            self.person.id, consent_id, author_role, set_id, self.locale.language, credit=credit
        )
        log.info("person %s began story %s (%s)", self.person.id, story_id, set_id)
        self.go(QUESTION, story=story_id, set=set_id, index=0)
        return [Reply(self.qset.intro), *await self.prompt()]

    async def begin(self) -> list[Reply]:
        self.go(CONSENT)
        return [Reply(self.msg.welcome), *await self.prompt()]

    async def advance(self) -> list[Reply]:
        index = self.data["index"] + 1
        self.step = QUESTION
        self.data["index"] = index
        if index < len(self.qset.questions):
            return await self.prompt()
        if not await self.store.answers(self.draft):
            await self.store.delete_draft(self.draft)
            self.go(IDLE)
            return [Reply(self.msg.nothing_told)]
        self.go(REVIEW, story=self.story_id, set=self.data.get("set", PARTICIPANT_SET))
        return await self.prompt()

    async def ask_cancel(self) -> list[Reply]:
        if self.step in BEFORE_STORY:
            self.go(IDLE)
            return [Reply(self.msg.cancelled)]
        if self.step not in IN_STORY:
            return [Reply(self.msg.nothing_to_cancel)]
        buttons = (
            Button(self.locale.buttons.yes_discard, f"discard-yes:{self.story_id}"),
            Button(self.locale.buttons.no_keep, f"discard-no:{self.story_id}"),
        )
        return [Reply(self.msg.cancel_confirm, buttons)]

    async def my_stories(self) -> list[Reply]:
        stories = await self.store.stories(person_id=self.person.id)
        if not stories:
            return [Reply(self.msg.my_stories_none)]
        lines = [self.msg.my_stories_intro]
        for number, story in enumerate(reversed(stories), start=1):
            lines.append(
                self.msg.my_stories_item.format(
                    number=number,
                    date=_date(story),
                    status=getattr(self.msg, f"status_{story.status}"),
                    scope=self.locale.consent.scopes[story.consent_scope].label.lower(),  # type: ignore[index]
                    preview=await self._preview(story),
                )
            )
        return [Reply("\n\n".join(lines))]

    async def ask_withdraw(self, args: str) -> list[Reply]:
        # Oldest first, numbered as /mystories numbers them, so `/withdraw 2` picks the second.
        everyone = list(reversed(await self.store.stories(person_id=self.person.id)))
        stories = [s for s in everyone if s.status != "withdrawn"]
        if not stories:
            return [Reply(self.msg.withdraw_none)]
        # isdecimal, not isdigit: "²" is a digit that int() refuses.
        if args.strip().isdecimal() and 1 <= int(args) <= len(everyone):
            chosen = await self._choose_withdraw(str(everyone[int(args) - 1].id))
            if chosen is not None:
                return chosen
        buttons = tuple([
            Button(f"{_date(s)}: {await self._preview(s, 30)}", f"withdraw:{s.id}") for s in stories
        ])
        return [Reply(self.msg.withdraw_pick, buttons)]

    async def _withdrawable(self, target: str) -> StoryRow | None:
        if not target.isdecimal() or len(target) > 18:  # beyond SQLite's 64-bit integers
            return None
        story = await self.store.story(self.person.id, int(target))
        if story is None or story.status in ("draft", "withdrawn"):
            return None
        return story

    async def _preview(self, story: StoryRow, size: int = PREVIEW_CHARS) -> str:
        answers = await self.store.answers(story.id)
        text = " ".join(" ".join(a.text.split()) for a in answers)
        if not text:
            return "…"
        return text if len(text) <= size else text[: size - 1].rstrip() + "…"

    # --- what to show for the current step --------------------------------------------

    async def reprompt(self) -> list[Reply]:
        """Ask again only when a question or choice is waiting for an answer."""
        return await self.prompt() if self.step in IN_STORY or self.step == CONSENT else []

    async def prompt(self) -> list[Reply]:
        """Say again what the person is being asked now."""
        buttons = self.locale.buttons
        if self.step == CONSENT:
            consent = self.locale.consent
            choices = "\n".join(f"• {consent.scopes[s].label}: {consent.scopes[s].explanation}" for s in SCOPES)
            options = tuple(Button(consent.scopes[s].label, f"consent:{s}") for s in SCOPES)
            return [Reply(f"{consent.notice}\n\n{choices}", (*options, Button(consent.decline_label, "consent:decline")))]
        if self.step == team.NARRATIVE:
            return team.prompt(self)
        if self.step in review_flow.STEPS:
            return await review_flow.prompt(self)
        if self.step == QUESTION:
            question = self.question
            progress = self.msg.question_progress.format(
                number=self.data["index"] + 1, total=len(self.qset.questions)
            )
            return [Reply(f"{progress}\n\n{question.text}", (
                Button(buttons.skip, f"skip:{question.id}"), Button(buttons.pause, "pause:"),
            ))]
        if self.step == FOLLOW_UP:
            question = self.question
            return [Reply(question.follow_up, (Button(buttons.thats_all, f"more:{question.id}"),))]
        story = self.story_id
        if self.step == REVIEW:
            answers = {a.question_id: a.text for a in await self.store.answers(self.draft)}
            parts = [self.msg.review_intro]
            for question in self.qset.questions:
                parts.append(f"{question.label}\n{answers.get(question.id, self.msg.review_skipped)}")
            return [Reply("\n\n".join(parts), (
                Button(buttons.submit, f"submit:{story}"),
                Button(buttons.change, f"change:{story}"),
                Button(buttons.discard, f"discard:{story}"),
            ))]
        if self.step == EDIT_PICK:
            options = tuple(Button(q.label, f"edit:{story}:{q.id}") for q in self.qset.questions)
            return [Reply(self.msg.edit_pick, (*options, Button(buttons.back, f"review:{story}")))]
        if self.step == EDIT_ANSWER:
            question = self.qset.question(self.data["editing"])
            assert question is not None
            answers = {a.question_id: a.text for a in await self.store.answers(self.draft)}
            text = self.msg.edit_ask.format(question=question.label, answer=answers.get(question.id, self.msg.review_skipped))
            return [Reply(text, (Button(buttons.back, f"review:{story}"),))]
        return [Reply(self.msg.nothing_to_resume)]


def _date(story: StoryRow) -> str:
    stamp = story.submitted_at or story.created_at
    return f"{int(stamp[8:10])} {_MONTHS[int(stamp[5:7]) - 1]} {stamp[:4]}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Commands a person can send, by name; channels list them (with prompts' descriptions).
_COMMANDS = {
    "start": _Turn._cmd_start,
    "pause": _Turn._cmd_pause,
    "resume": _Turn._cmd_resume,
    "skip": _Turn._cmd_skip,
    "cancel": _Turn._cmd_cancel,
    "mystories": _Turn._cmd_mystories,
    "withdraw": _Turn._cmd_withdraw,
    "help": _Turn._cmd_help,
    "privacy": _Turn._cmd_privacy,
    "stop": lifecycle.cmd_stop,
    "forgetme": lifecycle.cmd_forgetme,
}
# Everyone's menu; role holders also get their role's commands (see commands_for).
COMMANDS = tuple(_COMMANDS)
_COMMANDS.update(team.COMMANDS)  # type: ignore[arg-type]
_COMMANDS.update(review_flow.COMMANDS)


def commands_for(role: str) -> tuple[str, ...]:
    """Return the commands to list for a person with this role."""
    return team.commands_for(role, COMMANDS)

# Button actions: the part of callback data before the first ":".
_CHOICES = {
    "start": _Turn._choose_start,
    "consent": _Turn._choose_consent,
    "skip": _Turn._choose_skip,
    "more": _Turn._choose_more,
    "pause": _Turn._choose_pause,
    "submit": _Turn._choose_submit,
    "change": _Turn._choose_change,
    "edit": _Turn._choose_edit,
    "review": _Turn._choose_review,
    "discard": _Turn._choose_discard,
    "discard-yes": _Turn._choose_discard_yes,
    "discard-no": _Turn._choose_discard_no,
    "withdraw": _Turn._choose_withdraw,
    "withdraw-yes": _Turn._choose_withdraw_yes,
    "withdraw-no": _Turn._choose_withdraw_no,
    "ack": _Turn._choose_ack,
    "contact-yes": _Turn._choose_contact_yes,
    "contact-no": _Turn._choose_contact_no,
    "reminders-off": lifecycle.choose_reminders_off,
    "forget-yes": lifecycle.choose_forget_yes,
    "forget-no": lifecycle.choose_forget_no,
}
_CHOICES.update(team.CHOICES)  # type: ignore[arg-type]
_CHOICES.update(review_flow.CHOICES)
