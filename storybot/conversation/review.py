"""Facilitator conversations (/review, /session, /storyset) and the teller's own view.

The engine routes these commands, buttons, typed text and prompts here. Decisions and
checks live in the services (`storybot.review`, `storybot.storysets`); buttons carry their
story and are checked against the stored step, the reviewer's lease and the codebook, so a
stale or forged button changes nothing.

Review (`reviewing` step): data holds the story id, the reviewer's draft (chosen themes,
redactions kept visible, corrected texts) and what is shown (`view`: main, add, pick, edit).
Teller's view (`teller_view` step): after submitting, up to three plain-language themes,
how telling it felt (1 to 5) and whether they would like to hear back; all optional.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from collections.abc import Awaitable, Callable
from functools import lru_cache, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storybot import review, roles, storysets
from storybot.config import PROJECT_ROOT
from storybot.models import Button, Document, Reply
from storybot.nlp.codebook import CODEBOOK_FILE, Codebook, load_codebook
from storybot.prompts import ReviewWording
from storybot.roles import FACILITATOR

if TYPE_CHECKING:
    from storybot.conversation.engine import _Turn

log = logging.getLogger(__name__)

REVIEWING, TELLER_VIEW = "reviewing", "teller_view"
STEPS = (REVIEWING, TELLER_VIEW)
# Reviewers type story text back (corrected redactions): that is not their own disclosure.
NO_RISK_CHECK = (REVIEWING,)
IDLE = "idle"
TELLER_MOST = 3
EDIT_SLACK = 200  # a corrected answer may be this many characters longer than the told one
SESSION_NAME_CHARS = 100
STORYSET_BUILT = "storyset_built"
DEFAULT_CODEBOOK = PROJECT_ROOT / "prompts" / CODEBOOK_FILE


@lru_cache(maxsize=4)
def _codebook(path: Path, mtime: float) -> Codebook:
    return load_codebook(path)


def codebook(turn: _Turn) -> Codebook:
    """Return the codebook the engine was configured with (reloaded when the file changes)."""
    path = turn.policy.codebook_path or DEFAULT_CODEBOOK
    return _codebook(path, path.stat().st_mtime)


def _w(turn: _Turn) -> ReviewWording:
    return turn.locale.review


def _label(turn: _Turn, theme_id: str) -> str:
    return storysets.theme_label(codebook(turn), theme_id)


# --- the review queue ----------------------------------------------------------------------


async def cmd_review(turn: _Turn, args: str) -> list[Reply]:
    roles.require(turn.person, FACILITATOR)
    if turn.in_story:
        return [Reply(turn.locale.roles.messages.narrative_busy)]
    item = await review.next_story(turn.store, turn.person, turn.policy.lease_minutes)
    if item is None:
        turn.go(IDLE)
        return [Reply(_w(turn).messages.queue_empty)]
    if turn.step == REVIEWING and turn.data.get("story") == item.story.id:
        turn.data["view"] = "main"  # the same story again: keep the choices made so far
    else:
        turn.go(REVIEWING, story=item.story.id, view="main", **review.Draft().as_data())
    return await prompt(turn)


async def _held(turn: _Turn, target: str) -> tuple[int, str] | list[Reply] | None:
    """Check a review button: role, step, story and a live lease. Return (story, rest)."""
    roles.require(turn.person, FACILITATOR)
    story, _, rest = target.partition(":")
    if turn.step != REVIEWING or str(turn.data.get("story")) != story:
        return None
    if not await review.renew(turn.store, turn.person, int(story), turn.policy.lease_minutes):
        turn.go(IDLE)
        return [Reply(_w(turn).messages.review_lost)]
    return int(story), rest


LeasedChoice = Callable[["_Turn", int, str], Awaitable["list[Reply] | None"]]
Choice = Callable[["_Turn", str], Awaitable["list[Reply] | None"]]


def _leased(choice: LeasedChoice) -> Choice:
    """Run a review button only for the reviewer holding a live lease on that story."""

    @wraps(choice)
    async def checked(turn: _Turn, target: str) -> list[Reply] | None:
        held = await _held(turn, target)
        if not isinstance(held, tuple):
            return held
        story_id, rest = held
        return await choice(turn, story_id, rest)

    return checked


async def _item(turn: _Turn) -> review.ReviewItem:
    item = await review.load(turn.store, int(turn.data["story"]))
    assert item is not None  # the lease is live, so the story is still pending
    return item


@_leased
async def choose_theme(turn: _Turn, _story_id: int, theme: str) -> list[Reply] | None:
    item = await _item(turn)
    chosen: list[str] = turn.data["themes"]
    if theme not in [t["id"] for t in item.themes] and theme not in chosen:
        return None  # only suggested or already added themes have a toggle
    if theme in chosen:
        chosen.remove(theme)
    else:
        chosen.append(theme)
    turn.data["view"] = "main"
    return await prompt(turn)


@_leased
async def choose_add_list(turn: _Turn, _story_id: int, _rest: str) -> list[Reply] | None:
    turn.data["view"] = "add"
    return await prompt(turn)


@_leased
async def choose_add(turn: _Turn, _story_id: int, theme: str) -> list[Reply] | None:
    if theme not in codebook(turn).ids:
        return None
    if theme not in turn.data["themes"]:
        turn.data["themes"].append(theme)
    turn.data["view"] = "main"
    return await prompt(turn)


@_leased
async def choose_redaction(turn: _Turn, _story_id: int, rest: str) -> list[Reply] | None:
    item = await _item(turn)
    if not rest.isdigit() or int(rest) not in {r.id for r in item.redactions}:
        return None
    keep: list[int] = turn.data["keep"]
    if int(rest) in keep:
        keep.remove(int(rest))
    else:
        keep.append(int(rest))
    turn.data["view"] = "main"
    return await prompt(turn)


@_leased
async def choose_edit_list(turn: _Turn, _story_id: int, _rest: str) -> list[Reply] | None:
    turn.data["view"] = "pick"
    return await prompt(turn)


@_leased
async def choose_edit(turn: _Turn, _story_id: int, question_id: str) -> list[Reply] | None:
    item = await _item(turn)
    if question_id not in {a.question_id for a in item.answers}:
        return None
    turn.data.update(view="edit", editing=question_id)
    return await prompt(turn)


@_leased
async def choose_main(turn: _Turn, _story_id: int, _rest: str) -> list[Reply] | None:
    turn.data["view"] = "main"
    turn.data.pop("editing", None)
    return await prompt(turn)


@_leased
async def choose_confirm(turn: _Turn, story_id: int, _rest: str) -> list[Reply] | None:
    words = _w(turn).messages
    draft = review.Draft.from_data(turn.data)
    if not draft.themes:
        turn.data["view"] = "main"
        return [Reply(words.review_need_theme), *await prompt(turn)]
    chosen = await review.confirm(turn.store, turn.person, story_id, draft, turn.policy.lease_minutes)
    if chosen is None:
        turn.go(IDLE)
        return [Reply(words.review_lost)]
    turn.go(IDLE)
    waiting = await turn.store.pending_review_count()
    themes = ", ".join(_label(turn, t) for t in chosen)
    return [Reply(words.review_confirmed.format(themes=themes, waiting=waiting))]


async def _put_back(turn: _Turn, story_id: int, sent_back: bool) -> list[Reply] | None:
    await review.put_back(turn.store, turn.person, story_id, sent_back=sent_back)
    turn.go(IDLE)
    waiting = await turn.store.pending_review_count()
    words = _w(turn).messages
    return [Reply((words.review_sent_back if sent_back else words.review_skipped).format(waiting=waiting))]


@_leased
async def choose_skip(turn: _Turn, story_id: int, _rest: str) -> list[Reply] | None:
    return await _put_back(turn, story_id, sent_back=False)


@_leased
async def choose_send_back(turn: _Turn, story_id: int, _rest: str) -> list[Reply] | None:
    return await _put_back(turn, story_id, sent_back=True)


async def _review_text(turn: _Turn, text: str) -> list[Reply]:
    words = _w(turn).messages
    question_id = turn.data.get("editing")
    if turn.data.get("view") != "edit" or question_id is None:
        return [Reply(words.review_type_nothing)]
    story_id = int(turn.data["story"])
    if not await review.renew(turn.store, turn.person, story_id, turn.policy.lease_minutes):
        turn.go(IDLE)
        return [Reply(words.review_lost)]
    item = await _item(turn)
    answer = next(a for a in item.answers if a.question_id == question_id)
    if len(text) > len(answer.text) + EDIT_SLACK:
        return [Reply(words.review_edit_too_long)]
    turn.data["texts"][question_id] = text.strip()
    turn.data["view"] = "main"
    turn.data.pop("editing", None)
    label = _question_label(turn, question_id)
    return [Reply(words.review_edit_saved.format(question=label)), *await prompt(turn)]


def _question_label(turn: _Turn, question_id: str) -> str:
    for qset in turn.locale.question_sets.values():
        question = qset.question(question_id)
        if question is not None:
            return question.label
    return question_id


async def _review_prompt(turn: _Turn) -> list[Reply]:
    w = _w(turn)
    words = w.messages
    buttons = w.buttons
    item = await _item(turn)
    story = item.story.id
    draft = review.Draft.from_data(turn.data)
    keep = set(draft.keep)
    view = turn.data.get("view", "main")
    if view == "add":
        options = tuple(
            Button(theme.label[:60], f"rv-add:{story}:{theme.id}")
            for theme in codebook(turn).themes if theme.id not in draft.themes
        )
        return [Reply(words.review_add_pick, (*options, Button(buttons.back, f"rv-main:{story}")))]
    if view == "pick":
        options = tuple(
            Button(_question_label(turn, a.question_id)[:60], f"rv-e:{story}:{a.question_id}") for a in item.answers
        )
        return [Reply(words.review_edit_pick, (*options, Button(buttons.back, f"rv-main:{story}")))]
    if view == "edit":
        question_id = turn.data["editing"]
        answer = next(a for a in item.answers if a.question_id == question_id)
        current = draft.texts.get(question_id) or review.redacted_text(answer.text, item.redactions, question_id, keep)
        text = words.review_edit_ask.format(question=_question_label(turn, question_id), text=current)
        return [Reply(text, (Button(buttons.back, f"rv-main:{story}"),))]
    names = turn.locale.roles.names
    scope = turn.locale.consent.scopes[item.story.consent_scope].label  # type: ignore[index]
    stamp = item.story.told_on or item.story.submitted_at or item.story.created_at
    parts = [words.review_header.format(
        waiting=item.waiting, author=names[item.story.author_role], scope=scope, date=stamp[:10],  # type: ignore[index]
    )]
    for answer in item.answers:
        if answer.question_id in draft.texts:
            shown = "✏️ " + draft.texts[answer.question_id]
        else:
            shown = review.marked_text(answer.text, item.redactions, answer.question_id, keep)
        parts.append(f"{_question_label(turn, answer.question_id)}\n{shown}")
    lines = [words.review_themes if item.themes else words.review_no_suggestions]
    for t in item.themes:
        evidence = ", ".join(t["evidence"]) or "–"
        lines.append(words.review_theme_line.format(theme=_label(turn, t["id"]), score=f"{t['score']:.2f}", evidence=evidence))
    parts.append("\n".join(lines))
    if item.redactions:
        lines = [words.review_redactions]
        for number, r in enumerate(item.redactions, start=1):
            answer_text = next((a.text for a in item.answers if a.question_id == r.question_id), "")
            lines.append(words.review_redaction_line.format(number=number, label=r.label, words=answer_text[r.start:r.end]))
        parts.append("\n".join(lines))
    else:
        parts.append(words.review_no_redactions)
    parts.append(words.review_hint)
    toggles = [t["id"] for t in item.themes] + [t for t in draft.themes if t not in {s["id"] for s in item.themes}]
    theme_buttons = tuple(
        Button(f"{'✅' if t in draft.themes else '⬜'} {_label(turn, t)}"[:60], f"rv-t:{story}:{t}") for t in toggles
    )
    redaction_buttons = []
    for number, r in enumerate(item.redactions, start=1):
        mark = "👁 kept" if r.id in keep else f"🔒 {r.label}"
        redaction_buttons.append(Button(f"{mark} {number}"[:60], f"rv-r:{story}:{r.id}"))
    actions = (
        Button(buttons.add_theme, f"rv-addlist:{story}"),
        Button(buttons.edit_text, f"rv-editlist:{story}"),
        Button(buttons.confirm, f"rv-ok:{story}"),
        Button(buttons.skip, f"rv-skip:{story}"),
        Button(buttons.send_back, f"rv-back:{story}"),
    )
    return [Reply("\n\n".join(parts), (*theme_buttons, *redaction_buttons, *actions))]


# --- the teller's own view -----------------------------------------------------------------


def teller_start(turn: _Turn, story_id: int) -> list[Reply]:
    """Offer the teller, after submitting, to say what their story is about (optional)."""
    turn.go(TELLER_VIEW, story=story_id, stage="themes", picks=[])
    return _teller_prompt(turn)


def _teller_prompt(turn: _Turn) -> list[Reply]:
    w = _w(turn)
    story = turn.data["story"]
    stage = turn.data.get("stage")
    no = Button(w.buttons.no_thanks, f"tv-no:{story}")
    if stage == "felt":
        options = tuple(Button(label, f"tv-f:{story}:{n}") for n, label in sorted(w.felt.items()))
        return [Reply(w.messages.teller_felt_ask, (*options, no))]
    if stage == "hear":
        return [Reply(w.messages.teller_hear_back_ask, (
            Button(w.buttons.hear_yes, f"tv-h:{story}:yes"), Button(w.buttons.hear_no, f"tv-h:{story}:no"),
        ))]
    picks = turn.data.get("picks", [])
    options = tuple(
        Button(f"{'✅ ' if theme in picks else ''}{label}"[:60], f"tv-t:{story}:{theme}")
        for theme, label in w.teller_themes.items()
    )
    return [Reply(w.messages.teller_themes_ask.format(most=TELLER_MOST), (
        *options, Button(w.buttons.done, f"tv-done:{story}"), no,
    ))]


async def _teller_at(turn: _Turn, target: str, stage: str) -> tuple[int, str] | None:
    story, _, rest = target.partition(":")
    if turn.step != TELLER_VIEW or str(turn.data.get("story")) != story or turn.data.get("stage") != stage:
        return None
    found = await turn.store.story(turn.person.id, int(story))
    if found is None or found.status == "withdrawn":
        return None
    return int(story), rest


async def choose_teller_theme(turn: _Turn, target: str) -> list[Reply] | None:
    at = await _teller_at(turn, target, "themes")
    if at is None or at[1] not in _w(turn).teller_themes:
        return None
    picks: list[str] = turn.data["picks"]
    if at[1] in picks:
        picks.remove(at[1])
    elif len(picks) >= TELLER_MOST:
        return [Reply(_w(turn).messages.teller_themes_too_many.format(most=TELLER_MOST)), *_teller_prompt(turn)]
    else:
        picks.append(at[1])
    return _teller_prompt(turn)


async def choose_teller_done(turn: _Turn, target: str) -> list[Reply] | None:
    at = await _teller_at(turn, target, "themes")
    if at is None:
        return None
    await turn.store.save_teller_view(at[0], turn.data["picks"], None)
    turn.data["stage"] = "felt"
    return _teller_prompt(turn)


async def choose_teller_felt(turn: _Turn, target: str) -> list[Reply] | None:
    at = await _teller_at(turn, target, "felt")
    if at is None or at[1] not in ("1", "2", "3", "4", "5"):
        return None
    await turn.store.save_teller_view(at[0], turn.data["picks"], int(at[1]))
    turn.data["stage"] = "hear"
    return _teller_prompt(turn)


async def choose_teller_hear(turn: _Turn, target: str) -> list[Reply] | None:
    at = await _teller_at(turn, target, "hear")
    if at is None or at[1] not in ("yes", "no"):
        return None
    await turn.store.set_hear_back(turn.person.id, at[0], at[1] == "yes")
    turn.go(IDLE)
    return [Reply(_w(turn).messages.teller_thanks)]


async def choose_teller_no(turn: _Turn, target: str) -> list[Reply] | None:
    story, _, _ = target.partition(":")
    if turn.step != TELLER_VIEW or str(turn.data.get("story")) != story:
        return None
    stage = turn.data.get("stage")
    if stage == "themes" and turn.data.get("picks"):
        await turn.store.save_teller_view(int(story), turn.data["picks"], None)
    if stage in ("themes", "felt"):
        # Declining the view still leaves the one question that matters for closing the loop.
        turn.data["stage"] = "hear"
        return _teller_prompt(turn)
    turn.go(IDLE)
    return [Reply(_w(turn).messages.teller_thanks)]


# --- sessions and story sets ---------------------------------------------------------------


def _theme_list(turn: _Turn) -> str:
    return "\n".join(f"{t.id}: {t.label}" for t in codebook(turn).themes)


async def cmd_session(turn: _Turn, args: str) -> list[Reply]:
    roles.require(turn.person, FACILITATOR)
    words = _w(turn).messages
    parts = [p.strip() for p in re.split(r"[;|]", args)]
    if len(parts) < 2 or not parts[0]:
        return [Reply(f"{words.session_usage.rstrip()}\n{_theme_list(turn)}")]
    name = " ".join(parts[0].split())[:SESSION_NAME_CHARS]
    try:
        held_on = date.fromisoformat(parts[1]).isoformat()
    except ValueError:
        return [Reply(words.session_bad_date)]
    book = codebook(turn)
    by_word = {t.id: t.id for t in book.themes} | {t.label.lower(): t.id for t in book.themes}
    wanted = [w.strip().lower() for w in re.split(r"[,\s]+", parts[2] if len(parts) > 2 else "") if w.strip()]
    unknown = [w for w in wanted if w not in by_word]
    if unknown:
        return [Reply(f"{words.session_bad_theme.format(themes=', '.join(unknown))}\n{_theme_list(turn)}")]
    themes = list(dict.fromkeys(by_word[w] for w in wanted))
    session_id = await turn.store.create_session(name, held_on, themes, turn.person.id)
    await turn.store.audit(turn.person.id, "session.created", f"session:{session_id}", {"themes": themes})
    log.info("facilitator %s created a session", turn.person.id)
    labels = ", ".join(_label(turn, t) for t in themes) or _w(turn).cards.title_all
    return [Reply(words.session_created.format(name=name, date=held_on, themes=labels))]


async def cmd_storyset(turn: _Turn, args: str) -> list[Reply]:
    roles.require(turn.person, FACILITATOR)
    if args.strip():
        built = await choose_storyset_theme(turn, args.strip().lower())
        if built is not None:
            return built
    w = _w(turn)
    options = [
        Button(w.messages.storyset_item.format(name=s["name"], date=s["held_on"])[:60], f"ss-s:{s['id']}")
        for s in await turn.store.inquiry_sessions()
    ]
    return [Reply(w.messages.storyset_pick, (
        *options, Button(w.buttons.by_theme, "ss-th:"), Button(w.buttons.all_themes, "ss-all:"),
    ))]


async def choose_storyset_themes(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, FACILITATOR)
    options = tuple(Button(t.label[:60], f"ss-t:{t.id}") for t in codebook(turn).themes)
    return [Reply(_w(turn).messages.storyset_pick_theme, options)]


async def choose_storyset_theme(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, FACILITATOR)
    if target not in codebook(turn).ids:
        return None
    title = storysets.title_for(_w(turn).cards, codebook(turn), theme=target)
    return await _deliver(turn, title, None, theme=target)


async def choose_storyset_all(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, FACILITATOR)
    return await _deliver(turn, _w(turn).cards.title_all, None)


async def choose_storyset_session(turn: _Turn, target: str) -> list[Reply] | None:
    roles.require(turn.person, FACILITATOR)
    session = await turn.store.inquiry_session(int(target)) if target.isdigit() else None
    if session is None:
        return None
    title = storysets.title_for(_w(turn).cards, codebook(turn), session=(session["name"], session["held_on"]))
    return await _deliver(turn, title, session["id"], themes=json.loads(session["themes"]))


async def _deliver(
    turn: _Turn, title: str, session_id: int | None, *, theme: str | None = None, themes: list[str] | None = None
) -> list[Reply]:
    words = _w(turn).messages
    story_set = await storysets.build_set(
        turn.store, codebook(turn), title, themes=themes or (), theme=theme, budget_words=turn.policy.set_words,
    )
    if not story_set.cards:
        return [Reply(words.storyset_none.format(title=title))]
    keys = [card.story.key for card in story_set.cards]
    set_id = await turn.store.record_story_set(session_id, theme, turn.person.id, keys)
    told = 0
    if session_id is not None:
        tellers = [c.story.person for c in story_set.cards if c.story.hear_back and c.story.author_role == "participant"]
        told = await turn.store.queue_teller_notices(session_id, tellers)
        if told:
            turn.events.append(STORYSET_BUILT)
    await turn.store.audit(turn.person.id, "storyset.built", f"set:{set_id}", {
        "session": session_id, "theme": theme, "stories": keys, "words": story_set.words, "tellers_to_tell": told,
    })
    log.info("facilitator %s built a story set of %d cards", turn.person.id, len(keys))
    stem = _slug(title) or "storyset"
    book = codebook(turn)
    documents = tuple(
        Document(f"{stem}.{fmt}", storysets.render(story_set, fmt, turn.locale, book).encode("utf-8"))
        for fmt in ("html", "csv", "json")
    )
    text = words.storyset_built.format(count=len(keys), words=story_set.words, title=title)
    return [Reply(text, documents=documents)]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


# --- routing from the engine ---------------------------------------------------------------


async def text(turn: _Turn, words: str) -> list[Reply]:
    """Take typed text in a review or teller's view step."""
    if turn.step == REVIEWING:
        roles.require(turn.person, FACILITATOR)
        return await _review_text(turn, words)
    return [Reply(_w(turn).messages.teller_use_buttons), *_teller_prompt(turn)]


async def prompt(turn: _Turn) -> list[Reply]:
    """Say again what is being asked in a review or teller's view step."""
    if turn.step == REVIEWING:
        roles.require(turn.person, FACILITATOR)
        if not await review.renew(turn.store, turn.person, int(turn.data["story"]), turn.policy.lease_minutes):
            turn.go(IDLE)
            return [Reply(_w(turn).messages.review_lost)]
        return await _review_prompt(turn)
    return _teller_prompt(turn)


def notice_text(wording: ReviewWording, name: str, held_on: str) -> str:
    """Return the kind note telling a teller their story was shared at a session."""
    return wording.messages.teller_notice.format(name=name, date=held_on)


COMMANDS: dict[str, Any] = {
    "review": cmd_review,
    "session": cmd_session,
    "storyset": cmd_storyset,
}

CHOICES: dict[str, Any] = {
    "rv-t": choose_theme,
    "rv-addlist": choose_add_list,
    "rv-add": choose_add,
    "rv-r": choose_redaction,
    "rv-editlist": choose_edit_list,
    "rv-e": choose_edit,
    "rv-main": choose_main,
    "rv-ok": choose_confirm,
    "rv-skip": choose_skip,
    "rv-back": choose_send_back,
    "tv-t": choose_teller_theme,
    "tv-done": choose_teller_done,
    "tv-f": choose_teller_felt,
    "tv-h": choose_teller_hear,
    "tv-no": choose_teller_no,
    "ss-th": choose_storyset_themes,
    "ss-t": choose_storyset_theme,
    "ss-all": choose_storyset_all,
    "ss-s": choose_storyset_session,
}
