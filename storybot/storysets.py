"""Story sets: which stories may be shared, how a set is balanced, and how it is rendered.

`eligible_stories` is the one gate every output goes through (the bot's /storyset and
`storybot export` alike): consent covering sessions or reports, confirmed by a facilitator,
not withdrawn. Renderers see only what it returns: redacted text, author role, the credit a
worker chose, confirmed themes. Internal ids stay in `SetStory` for recording the set and
are never written out; cards are numbered instead.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from storybot.db import Store
from storybot.nlp.codebook import Codebook
from storybot.prompts import CardWording, Locale

SHARING_SCOPES = ("sessions", "reports")
FORMATS = ("html", "md", "csv", "json")
ROLES = ("participant", "worker")
HELPS, GETS_IN_WAY, BOTH, NEITHER = "helps", "gets_in_way", "both", "neither"

# Which answers speak of what helps and what gets in the way (question ids are stable).
_HELPS_QUESTIONS = frozenset({"support_helped", "live_well", "what_helped"})
_HINDERS_QUESTIONS = frozenset({"got_in_way"})
_HELPS_THEMES = frozenset({"flexible_help", "collaboration"})
_HINDERS_THEMES = frozenset({"system_barriers"})


@dataclass(frozen=True)
class SetStory:
    """A story a set may show. `key` and `person` are internal and never rendered."""

    key: int
    person: str
    author_role: str
    credit: str | None
    hear_back: bool
    themes: tuple[str, ...]
    answers: tuple[tuple[str, str], ...]  # (question id, redacted text)
    words: int
    felt: int | None
    angle: str


@dataclass(frozen=True)
class Card:
    number: int
    story: SetStory
    theme: str | None  # the theme it was chosen for
    pair: int | None = None  # the card told from the other side on the same theme


@dataclass
class StorySet:
    title: str
    themes: list[str]
    cards: list[Card] = field(default_factory=list)
    generated: str = ""

    @property
    def words(self) -> int:
        """Return the reading length of the set in words."""
        return sum(card.story.words for card in self.cards)


def angle_of(answers: Sequence[tuple[str, str]], themes: Sequence[str]) -> str:
    """Say whether a story speaks of what helps, what gets in the way, both or neither."""
    asked = {qid for qid, text in answers if text.strip()}
    helps = bool(asked & _HELPS_QUESTIONS) or bool(set(themes) & _HELPS_THEMES)
    hinders = bool(asked & _HINDERS_QUESTIONS) or bool(set(themes) & _HINDERS_THEMES)
    if helps and hinders:
        return BOTH
    return HELPS if helps else GETS_IN_WAY if hinders else NEITHER


async def eligible_stories(store: Store, theme: str | None = None) -> list[SetStory]:
    """Return the stories any set or export may show, oldest first: the one consent gate."""
    found = []
    for row in await store.shareable_stories(theme):
        # The query already says this; saying it again here means a change there cannot
        # quietly widen what is shared.
        if row["status"] != "confirmed" or row["scope"] not in SHARING_SCOPES or not row["answers"]:
            continue
        themes = tuple(row["themes"])
        answers = tuple(row["answers"])
        found.append(SetStory(
            key=row["id"], person=row["person_id"], author_role=row["author_role"], credit=row["credit"],
            hear_back=bool(row["hear_back"]), themes=themes, answers=answers, words=int(row["words"]),
            felt=row["felt"], angle=angle_of(answers, themes),
        ))
    return found


# --- balancing -----------------------------------------------------------------------------


class _Buckets:
    """One theme's candidates, queued by (author role, angle), oldest first."""

    def __init__(self, stories: list[SetStory]) -> None:
        self.queues: dict[tuple[str, str], deque[SetStory]] = {}
        for story in stories:
            self.queues.setdefault((story.author_role, story.angle), deque()).append(story)

    def take(self, order: list[tuple[str, str]], used: set[int], room: float) -> SetStory | None:
        for key in order:
            queue = self.queues.get(key)
            while queue:
                story = queue[0]
                if story.key in used or story.words > room:
                    # Used elsewhere, or longer than what is left: room only shrinks.
                    queue.popleft()
                    continue
                queue.popleft()
                return story
        return None

    def empty(self) -> bool:
        return not any(self.queues.values())


def _order(role_first: str, angle_first: str) -> list[tuple[str, str]]:
    other_role = ROLES[1] if role_first == ROLES[0] else ROLES[0]
    other_angle = GETS_IN_WAY if angle_first == HELPS else HELPS
    angles = [angle_first, BOTH, other_angle, NEITHER]
    return [(role, angle) for role in (role_first, other_role) for angle in angles]


def balance(
    pool: Sequence[SetStory], themes: Sequence[str], budget_words: int | None = None
) -> list[Card]:
    """Choose cards theme by theme in turn, evening out author roles and helps/gets-in-the-way.

    Each turn takes one story for the theme (the under-represented role and angle first)
    and, where the pool has one, a story on the same theme from the other role as its pair.
    Stops when the reading budget is spent or the pool runs out.
    """
    room: float = float("inf") if budget_words is None else budget_words
    buckets = {t: _Buckets([s for s in pool if t in s.themes]) for t in themes}
    rotation = [t for t in themes if not buckets[t].empty()]
    used: set[int] = set()
    roles: Counter[str] = Counter()
    angles: Counter[str] = Counter()
    cards: list[Card] = []

    def add(story: SetStory, theme: str, pair: int | None = None) -> int:
        nonlocal room
        used.add(story.key)
        room -= story.words
        roles[story.author_role] += 1
        for a in ((HELPS, GETS_IN_WAY) if story.angle == BOTH else (story.angle,)):
            angles[a] += 1
        cards.append(Card(len(cards) + 1, story, theme, pair))
        return len(cards)

    while rotation:
        for theme in list(rotation):
            role = min(ROLES, key=lambda r: (roles[r], ROLES.index(r)))
            angle = HELPS if angles[HELPS] <= angles[GETS_IN_WAY] else GETS_IN_WAY
            story = buckets[theme].take(_order(role, angle), used, room)
            if story is None:
                rotation.remove(theme)
                continue
            first = add(story, theme)
            partner_role = ROLES[1] if story.author_role == ROLES[0] else ROLES[0]
            partner_angle = HELPS if angles[HELPS] <= angles[GETS_IN_WAY] else GETS_IN_WAY
            order = [k for k in _order(partner_role, partner_angle) if k[0] == partner_role]
            partner = buckets[theme].take(order, used, room)
            if partner is not None:
                second = add(partner, theme, pair=first)
                cards[first - 1] = Card(first, story, theme, second)
            if buckets[theme].empty():
                rotation.remove(theme)
    return cards


# --- building ------------------------------------------------------------------------------


def title_for(cards: CardWording, codebook: Codebook, theme: str | None = None,
              session: tuple[str, str] | None = None) -> str:
    """Return a set's title: the session's name and date, a theme's label, or all themes."""
    if session is not None:
        return cards.title_session.format(name=session[0], date=session[1])
    if theme is not None:
        return cards.title_theme.format(theme=theme_label(codebook, theme).lower())
    return cards.title_all


async def build_set(
    store: Store,
    codebook: Codebook,
    title: str,
    *,
    themes: Sequence[str] = (),
    theme: str | None = None,
    budget_words: int | None = None,
) -> StorySet:
    """Build a balanced set from eligible stories: one theme, several, or all of the codebook's."""
    pool = await eligible_stories(store, theme)
    wanted = [theme] if theme is not None else list(themes) or _themes_in(pool, codebook)
    return StorySet(title, wanted, balance(pool, wanted, budget_words), store.now)


def _themes_in(pool: Sequence[SetStory], codebook: Codebook) -> list[str]:
    present = {t for s in pool for t in s.themes}
    return [t for t in codebook.ids if t in present] + sorted(present - set(codebook.ids))


def theme_label(codebook: Codebook, theme_id: str) -> str:
    """Return a theme's label, or its id when the codebook no longer has it."""
    try:
        return codebook.theme(theme_id).label
    except KeyError:
        return theme_id


# --- rendering -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _View:
    """What renderers read about a card: words only, no ids."""

    number: int
    author: str
    credit: str | None
    themes: list[str]
    theme_ids: list[str]
    angle: str
    answers: list[tuple[str, str, str]]  # (question id, question label, text)
    words: int
    felt: str | None
    pair: int | None


def _views(story_set: StorySet, locale: Locale, codebook: Codebook) -> list[_View]:
    cards = locale.review.cards
    labels = {q.id: q.label for qs in locale.question_sets.values() for q in qs.questions}
    angles = {HELPS: cards.helps, GETS_IN_WAY: cards.gets_in_way, BOTH: cards.both, NEITHER: cards.neither}
    views = []
    for card in story_set.cards:
        s = card.story
        views.append(_View(
            number=card.number,
            author=cards.author_worker if s.author_role == "worker" else cards.author_participant,
            # Only a worker who chose to be credited is ever named.
            credit=s.credit if s.author_role == "worker" and s.credit else None,
            themes=[theme_label(codebook, t) for t in s.themes],
            theme_ids=list(s.themes),
            angle=angles[s.angle],
            answers=[(qid, labels.get(qid, qid.replace("_", " ").capitalize()), text) for qid, text in s.answers],
            words=s.words,
            felt=locale.review.felt.get(s.felt) if s.felt else None,  # type: ignore[call-overload]
            pair=card.pair,
        ))
    return views


def theme_counts(story_set: StorySet, codebook: Codebook) -> list[tuple[str, int]]:
    """Count the set's cards per theme label, most first."""
    counts: Counter[str] = Counter(t for card in story_set.cards for t in card.story.themes)
    return [(theme_label(codebook, t), n) for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def render(story_set: StorySet, fmt: str, locale: Locale, codebook: Codebook) -> str:
    """Render a set as html, md, csv or json."""
    if fmt == "html":
        return render_html(story_set, locale, codebook)
    if fmt == "md":
        return render_md(story_set, locale, codebook)
    if fmt == "csv":
        return render_csv(story_set, locale, codebook)
    if fmt == "json":
        return render_json(story_set, locale, codebook)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _e(text: object) -> str:
    """Escape every character HTML could read as markup, quotes included."""
    return html.escape(str(text), quote=True)


_CSS = """
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: Georgia, 'Times New Roman', serif; color: #222; margin: 0; padding: 8mm; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
.note { color: #555; font-size: 10pt; }
.intro { margin-bottom: 6mm; }
.prompts li { margin: 1.5mm 0; }
.cards { display: flex; flex-wrap: wrap; gap: 4mm; }
.card { width: 93mm; min-height: 134mm; border: 1px dashed #888; border-radius: 3mm; padding: 6mm;
        break-inside: avoid; page-break-inside: avoid; display: flex; flex-direction: column; }
.card header { font-size: 9pt; color: #555; display: flex; justify-content: space-between; }
.card .author { font-weight: bold; font-size: 11pt; margin: 2mm 0 1mm; }
.card .themes { margin: 0 0 2mm; }
.card .chip { display: inline-block; border: 1px solid #999; border-radius: 2mm; padding: 0 1.5mm;
              margin: 0 1mm 1mm 0; font-size: 8.5pt; }
.card h3 { font-size: 9pt; text-transform: uppercase; letter-spacing: .03em; color: #666; margin: 2mm 0 .5mm; }
.card p { font-size: 10pt; line-height: 1.35; margin: 0 0 1.5mm; white-space: pre-wrap; }
.card footer { margin-top: auto; font-size: 8.5pt; color: #555; font-style: italic; }
@media print {
  body { padding: 0; }
  .intro { break-after: page; page-break-after: always; }
  .card { height: 134mm; overflow: hidden; }
}
/* A6 paper: one card a page. */
@media print and (max-width: 110mm) {
  @page { size: A6; margin: 6mm; }
  .cards { display: block; }
  .card { width: auto; height: auto; min-height: 0; border: none; padding: 0;
          break-after: page; page-break-after: always; }
}
"""


def _svg_chart(counts: list[tuple[str, int]], title: str) -> str:
    bar_h, gap, label_w, bar_w = 18, 6, 210, 260
    height = max(1, len(counts)) * (bar_h + gap) + 10
    top = max((n for _, n in counts), default=1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_w + bar_w + 40}" height="{height}"'
        f' viewBox="0 0 {label_w + bar_w + 40} {height}"><title>{_e(title)}</title>'
    ]
    for i, (label, n) in enumerate(counts):
        y = 5 + i * (bar_h + gap)
        width = max(2, round(bar_w * n / top))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" font-size="12">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{width}" height="{bar_h}" fill="#5b8a72"></rect>'
            f'<text x="{label_w + width + 4}" y="{y + 13}" font-size="12">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(story_set: StorySet, locale: Locale, codebook: Codebook) -> str:
    """Render printable story cards: A4 or A6, a chart of themes, discussion prompts."""
    words = locale.review.cards
    views = _views(story_set, locale, codebook)
    total = len(views)
    out = [
        '<!DOCTYPE html>\n<html lang="', _e(locale.language), '"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>", _e(story_set.title), "</title><style>", _CSS, "</style></head><body>",
        '<section class="intro"><h1>', _e(story_set.title), "</h1>",
        '<p class="note">', _e(words.print_note), "</p>",
        "<h2>", _e(words.chart_title), "</h2>",
        _svg_chart(theme_counts(story_set, codebook), words.chart_title),
        '<h2>', _e(words.prompts_title), '</h2><ol class="prompts">',
        *[f"<li>{_e(p)}</li>" for p in locale.review.discussion_prompts],
        '</ol></section><main class="cards">',
    ]
    for v in views:
        out.append('<article class="card"><header><span>')
        out.append(_e(words.card.format(number=v.number, total=total)))
        out.append("</span><span>")
        out.append(_e(v.angle))
        out.append('</span></header><div class="author">')
        out.append(_e(v.author))
        if v.credit:
            out.append(", " + _e(words.credited.format(name=v.credit)))
        out.append('</div><div class="themes">')
        out.extend(f'<span class="chip">{_e(t)}</span>' for t in v.themes)
        out.append("</div>")
        for _, label, text in v.answers:
            out.append(f"<h3>{_e(label)}</h3><p>{_e(text)}</p>")
        footer = []
        if v.felt:
            footer.append(words.felt.format(felt=v.felt))
        if v.pair:
            footer.append(words.pair_note.format(other=v.pair))
        if footer:
            out.append("<footer>" + "<br>".join(_e(f) for f in footer) + "</footer>")
        out.append("</article>")
    out.append("</main></body></html>\n")
    return "".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~])")


def _md(text: str) -> str:
    """Escape HTML as entities and backslash-escape Markdown punctuation, so text stays text."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def render_md(story_set: StorySet, locale: Locale, codebook: Codebook) -> str:
    """Render the set as Markdown, every character of story text escaped."""
    words = locale.review.cards
    views = _views(story_set, locale, codebook)
    lines = [f"# {_md(story_set.title)}", "", f"## {_md(words.chart_title)}", ""]
    lines += [f"- {_md(label)}: {n}" for label, n in theme_counts(story_set, codebook)]
    lines += ["", f"## {_md(words.prompts_title)}", ""]
    lines += [f"{i}. {_md(p)}" for i, p in enumerate(locale.review.discussion_prompts, start=1)]
    for v in views:
        lines += ["", f"## {_md(words.card.format(number=v.number, total=len(views)))}", ""]
        author = v.author + (", " + words.credited.format(name=v.credit) if v.credit else "")
        lines += [f"**{_md(author)}**, {_md(v.angle)}", "", f"*{_md(', '.join(v.themes))}*"]
        for _, label, text in v.answers:
            lines += ["", f"### {_md(label)}", ""]
            lines += [_md(line) if line.strip() else "" for line in text.splitlines()]
        if v.felt:
            lines += ["", f"*{_md(words.felt.format(felt=v.felt))}*"]
        if v.pair:
            lines += ["", f"*{_md(words.pair_note.format(other=v.pair))}*"]
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A spreadsheet would run a cell starting like a formula; a leading quote keeps it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(story_set: StorySet, locale: Locale, codebook: Codebook) -> str:
    """Render one row per card, for a facilitator's own analysis."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["card", "author", "credit", "themes", "theme_ids", "angle", "words", "felt", "pair_card", "text"])
    for v in _views(story_set, locale, codebook):
        text = "\n\n".join(f"{label}: {answer}" for _, label, answer in v.answers)
        writer.writerow([_cell(x) for x in (
            v.number, v.author, v.credit or "", "; ".join(v.themes), " ".join(v.theme_ids), v.angle,
            v.words, v.felt or "", v.pair or "", text,
        )])
    return out.getvalue()


def render_json(story_set: StorySet, locale: Locale, codebook: Codebook) -> str:
    """Render the set as JSON: title, theme counts, prompts and cards (no ids of people or stories)."""
    data: dict[str, Any] = {
        "title": story_set.title,
        "generated": story_set.generated,
        "words": story_set.words,
        "themes": [{"id": t, "label": theme_label(codebook, t)} for t in story_set.themes],
        "theme_counts": [{"label": label, "cards": n} for label, n in theme_counts(story_set, codebook)],
        "discussion_prompts": list(locale.review.discussion_prompts),
        "cards": [
            {
                "card": v.number, "author": v.author, "credit": v.credit, "themes": v.theme_ids,
                "theme_labels": v.themes, "angle": v.angle, "words": v.words, "felt": v.felt,
                "pair_card": v.pair,
                "answers": [{"question_id": q, "question": label, "text": text} for q, label, text in v.answers],
            }
            for v in _views(story_set, locale, codebook)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
