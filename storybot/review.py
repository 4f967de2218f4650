"""Facilitator review: the queue with its leases, the decisions, confirmation; and agreement.

A reviewer holds a story under a lease that every action renews; when it expires the story
is free for someone else and the first reviewer's buttons stop working. Choices are kept in
the reviewer's conversation until they confirm; then, in one transaction, every decision
is recorded (who, when, which suggestion accepted, rejected or added), the confirmed themes
and the redacted text are stored, and the story becomes `confirmed`. Role checks are here.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from storybot.db import AnswerRow, Database, Person, Store, StoryRow, stored_time
from storybot.roles import FACILITATOR, require

log = logging.getLogger(__name__)

DEFAULT_LEASE_MINUTES = 30


@dataclass(frozen=True)
class Redaction:
    id: int
    question_id: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class ReviewItem:
    """A story as a reviewer sees it: its answers, suggestions and proposed redactions."""

    story: StoryRow
    answers: list[AnswerRow]
    model_version: str
    themes: list[dict[str, Any]]  # {"id", "score", "evidence"}, best first
    redactions: list[Redaction]
    waiting: int


@dataclass
class Draft:
    """A reviewer's choices so far; nothing is decided until they confirm."""

    themes: list[str] = field(default_factory=list)
    keep: list[int] = field(default_factory=list)  # proposed redactions the reviewer rejected
    texts: dict[str, str] = field(default_factory=dict)  # reviewer's own redacted wording

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Draft:
        """Read a draft back from conversation data."""
        return cls(list(data.get("themes", [])), [int(k) for k in data.get("keep", [])], dict(data.get("texts", {})))

    def as_data(self) -> dict[str, Any]:
        """Return the draft as JSON-ready conversation data."""
        return {"themes": self.themes, "keep": self.keep, "texts": self.texts}


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _until(store: Store, minutes: int) -> str:
    return stored_time(_moment(store.now) + timedelta(minutes=minutes))


async def next_story(store: Store, actor: Person, lease_minutes: int = DEFAULT_LEASE_MINUTES) -> ReviewItem | None:
    """Lease the story this reviewer should see next (their own lease first, then the oldest)."""
    require(actor, FACILITATOR)
    story_id = await store.next_for_review(actor.id)
    if story_id is None:
        return None
    # Inside BEGIN IMMEDIATE nobody else can take it between the look and the lease.
    if not await store.take_lease(story_id, actor.id, _until(store, lease_minutes)):
        return None
    log.info("reviewer %s holds story %s", actor.id, story_id)
    return await load(store, story_id)


async def renew(store: Store, actor: Person, story_id: int, lease_minutes: int = DEFAULT_LEASE_MINUTES) -> bool:
    """Extend the reviewer's lease; False if it ran out (the story may be someone else's now)."""
    require(actor, FACILITATOR)
    if not await store.holds_lease(story_id, actor.id):
        return False
    return await store.take_lease(story_id, actor.id, _until(store, lease_minutes))


async def load(store: Store, story_id: int) -> ReviewItem | None:
    """Return a pending story with its suggestions, or None."""
    found = await store.stories(statuses=("pending",), story_id=story_id)
    analysis = await store.analysis(story_id)
    if not found or analysis is None:
        return None
    redactions = [
        Redaction(r["id"], r["question_id"], r["start"], r["end"], r["label"])
        for r in await store.redaction_suggestions(story_id)
    ]
    return ReviewItem(
        found[0], await store.answers(story_id), analysis["model_version"],
        [{"id": t["id"], "score": t["score"], "evidence": t["evidence"]} for t in analysis["themes"]],
        redactions, await store.pending_review_count(),
    )


def _spans(redactions: list[Redaction], question_id: str, skip: set[int]) -> list[Redaction]:
    chosen = sorted((r for r in redactions if r.question_id == question_id and r.id not in skip), key=lambda r: r.start)
    merged: list[Redaction] = []
    for r in chosen:
        if merged and r.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Redaction(last.id, last.question_id, last.start, max(last.end, r.end), last.label)
        else:
            merged.append(r)
    return merged


def redacted_text(
    text: str, redactions: list[Redaction], question_id: str, keep: set[int] | frozenset[int] = frozenset()
) -> str:
    """Return an answer with its accepted redactions replaced by [LABEL]."""
    out, cursor = [], 0
    for r in _spans(redactions, question_id, set(keep)):
        out.append(text[cursor:r.start])
        out.append(f"[{r.label}]")
        cursor = r.end
    out.append(text[cursor:])
    return "".join(out)


def marked_text(text: str, redactions: list[Redaction], question_id: str, keep: set[int]) -> str:
    """Return an answer with proposed redactions marked: ⟦1 PERSON: Dave⟧ hidden, ⟨1 kept: Dave⟩ kept."""
    numbers = {r.id: i for i, r in enumerate(redactions, start=1)}
    out, cursor = [], 0
    for r in sorted((r for r in redactions if r.question_id == question_id), key=lambda r: r.start):
        if r.start < cursor:
            continue  # overlapping proposals: the first one shows
        out.append(text[cursor:r.start])
        words = text[r.start:r.end]
        out.append(f"⟨{numbers[r.id]} kept: {words}⟩" if r.id in keep else f"⟦{numbers[r.id]} {r.label}: {words}⟧")
        cursor = r.end
    out.append(text[cursor:])
    return "".join(out)


async def confirm(
    store: Store, actor: Person, story_id: int, draft: Draft, lease_minutes: int = DEFAULT_LEASE_MINUTES
) -> list[str] | None:
    """Record every decision and confirm the story; None if the lease ran out meanwhile."""
    require(actor, FACILITATOR)
    if not await store.holds_lease(story_id, actor.id):
        return None
    item = await load(store, story_id)
    if item is None:
        return None
    suggested = [t["id"] for t in item.themes]
    chosen = list(dict.fromkeys(draft.themes))
    for theme in suggested:
        decision = "accepted" if theme in chosen else "rejected"
        await store.decide_theme_suggestion(story_id, theme, decision, actor.id)
        await store.record_decision(story_id, actor.id, "theme", theme, decision, item.model_version)
    for theme in chosen:
        if theme not in suggested:
            await store.record_decision(story_id, actor.id, "theme", theme, "added", item.model_version)
    keep = set(draft.keep)
    for r in item.redactions:
        decision = "rejected" if r.id in keep else "accepted"
        await store.decide_redaction(story_id, r.id, decision, actor.id)
        await store.record_decision(story_id, actor.id, "redaction", str(r.id), decision, item.model_version)
    reviewed = []
    for answer in item.answers:
        if answer.question_id in draft.texts:
            text = draft.texts[answer.question_id]
            await store.record_decision(story_id, actor.id, "text", answer.question_id, "corrected")
        else:
            text = redacted_text(answer.text, item.redactions, answer.question_id, keep)
        reviewed.append((answer.question_id, answer.position, text))
    words = sum(len(text.split()) for _, _, text in reviewed)
    themes = [(t, "suggested" if t in suggested else "added") for t in chosen]
    if not await store.confirm_story(story_id, actor.id, themes, reviewed, words):
        return None
    await store.record_decision(story_id, actor.id, "story", None, "confirmed", item.model_version)
    await store.audit(actor.id, "review.confirmed", f"story:{story_id}", {
        "themes": chosen, "redactions_kept": len(keep), "answers_corrected": len(draft.texts),
    })
    log.info("reviewer %s confirmed story %s with %d themes", actor.id, story_id, len(chosen))
    return chosen


async def put_back(store: Store, actor: Person, story_id: int, *, sent_back: bool) -> bool:
    """Release the story undecided: skipped (it comes back to this reviewer last) or sent back."""
    require(actor, FACILITATOR)
    if not await store.holds_lease(story_id, actor.id):
        return False
    await store.release_lease(story_id)
    await store.record_decision(story_id, actor.id, "story", None, "sent_back" if sent_back else "skipped")
    await store.audit(actor.id, "review.sent_back" if sent_back else "review.skipped", f"story:{story_id}")
    return True


# --- agreement ----------------------------------------------------------------------------


def _pair(a: set[str], b: set[str], theme: str) -> tuple[int, int, int]:
    return int(theme in a and theme in b), int(theme in a and theme not in b), int(theme in b and theme not in a)


def _agreement(both: int, only_a: int, only_b: int, stories: int, names: tuple[str, str]) -> dict[str, Any]:
    said = 2 * both + only_a + only_b
    return {
        "stories": stories,
        "both": both,
        f"{names[0]}_only": only_a,
        f"{names[1]}_only": only_b,
        "neither": stories - both - only_a - only_b,
        # Positive agreement: 2·both / (times either said it). None when neither ever did.
        "positive_agreement": round(2 * both / said, 4) if said else None,
    }


async def agreement(db: Database, theme_ids: list[str], teller_choices: set[str]) -> dict[str, Any]:
    """Report per theme how teller, facilitator and model agree, and the model's precision."""
    async with db.transaction() as store:
        views = await store.reviewed_theme_views()
        decisions = await store.suggestion_decisions()
    present = {t for v in views for key in ("model", "facilitator") for t in v[key]}
    present |= {t for v in views if v["teller"] for t in v["teller"]}
    themes = list(theme_ids) + sorted(present - set(theme_ids))
    with_teller = [v for v in views if v["teller"] is not None]
    per_theme: dict[str, Any] = {}
    for theme in themes:
        rows: dict[str, Any] = {}
        for label, group, a, b in (
            ("facilitator_model", views, "facilitator", "model"),
            ("teller_facilitator", with_teller, "teller", "facilitator"),
            ("teller_model", with_teller, "teller", "model"),
        ):
            if label.startswith("teller") and theme not in teller_choices:
                rows[label] = None  # tellers are not offered this theme: no figure, not a zero
                continue
            both = only_a = only_b = 0
            for v in group:
                x, y, z = _pair(v[a], v[b], theme)
                both, only_a, only_b = both + x, only_a + y, only_b + z
            rows[label] = _agreement(both, only_a, only_b, len(group), (a, b))
        per_theme[theme] = rows
    by_version: dict[str, Any] = {}
    for row in decisions:
        version = by_version.setdefault(row["model_version"], {"accepted": 0, "rejected": 0, "themes": {}})
        theme = version["themes"].setdefault(row["theme_id"], {"accepted": 0, "rejected": 0})
        theme[row["decision"]] += row["n"]
        version[row["decision"]] += row["n"]
    missed: Counter[tuple[str, str]] = Counter()
    for v in views:
        for theme in v["facilitator"] - v["model"]:
            missed[(v["model_version"] or "none", theme)] += 1
    for version_id, version in by_version.items():
        version["precision"] = _rate(version["accepted"], version["rejected"])
        version["added_by_facilitator"] = sum(n for (ver, _), n in missed.items() if ver == version_id)
        for theme_id, theme in version["themes"].items():
            theme["precision"] = _rate(theme["accepted"], theme["rejected"])
            theme["added_by_facilitator"] = missed[(version_id, theme_id)]
    return {
        "reviewed_stories": len(views),
        "with_teller_view": len(with_teller),
        "notes": {
            "positive_agreement": "2 x both / (2 x both + only one said it); null when neither ever chose the theme",
            "precision": "accepted / (accepted + rejected) of the model's suggestions, from reviewers' decisions",
            "added_by_facilitator": "themes a reviewer added that the model did not suggest (what it missed)",
        },
        "themes": per_theme,
        "model_precision": by_version,
    }


def _rate(hits: int, misses: int) -> float | None:
    return round(hits / (hits + misses), 4) if hits + misses else None
