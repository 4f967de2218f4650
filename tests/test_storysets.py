"""Story sets: the one consent gate in every format, escaping, balance and budget, speed."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storybot.bench import seed_confirmed
from storybot.config import PROJECT_ROOT
from storybot.db import Database
from storybot.nlp.codebook import Codebook, load_codebook
from storybot.prompts import Locale, Prompts
from storybot.storysets import (
    BOTH,
    FORMATS,
    GETS_IN_WAY,
    HELPS,
    SetStory,
    balance,
    build_set,
    eligible_stories,
    render,
)

from tests.seeding import confirm_directly, seed_story


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return load_codebook(PROJECT_ROOT / "prompts" / "themes.yaml")


@pytest.fixture
def en(prompts: Prompts) -> Locale:
    return prompts.for_language("en")


async def all_formats(db: Database, codebook: Codebook, en: Locale, theme: str | None = None) -> dict[str, str]:
    async with db.transaction() as store:
        story_set = await build_set(store, codebook, "Test set", theme=theme)
    return {fmt: render(story_set, fmt, en, codebook) for fmt in FORMATS}


async def test_only_shareable_confirmed_untaken_stories_appear_in_any_format(
    db: Database, codebook: Codebook, en: Locale
) -> None:
    told = "Marker SHAREDOK: the landlord called Priya fixed the damp."
    priya = (told.index("Priya"), told.index("Priya") + 5)
    shared = await seed_story(db, told, redactions=[("support_helped", *priya, "PERSON")], teller=("telegram", "55501"))
    team_only = await seed_story(db, "Marker TEAMONLY: the landlord helped.", scope="team")
    unconfirmed = await seed_story(db, "Marker UNCONFIRMED: the landlord helped.", scope="reports")
    withdrawn_before = await seed_story(db, "Marker GONEBEFORE: the landlord helped.")
    withdrawn_after = await seed_story(db, "Marker GONEAFTER: the landlord helped.", scope="reports")
    for story in (shared, team_only, withdrawn_before, withdrawn_after):
        await confirm_directly(db, story, ["housing"])
    async with db.transaction() as store:
        await store.withdraw_story(await store.story_owner(withdrawn_before), withdrawn_before)
        built = await build_set(store, codebook, "Before", theme="housing")
        await store.record_story_set(None, "housing", None, [c.story.key for c in built.cards])
    assert {c.story.key for c in built.cards} == {shared, withdrawn_after}
    async with db.transaction() as store:
        await store.withdraw_story(await store.story_owner(withdrawn_after), withdrawn_after)
    assert unconfirmed  # pending, never confirmed

    for theme in (None, "housing"):
        for fmt, text in (await all_formats(db, codebook, en, theme)).items():
            assert "SHAREDOK" in text, fmt
            for marker in ("TEAMONLY", "UNCONFIRMED", "GONEBEFORE", "GONEAFTER"):
                assert marker not in text, (fmt, marker)
            # Redacted text only, and nothing that points at a person or a stored story.
            assert "Priya" not in text and "[PERSON]" in text.replace("\\[PERSON\\]", "[PERSON]"), fmt
            assert "55501" not in text, fmt
    data = json.loads((await all_formats(db, codebook, en))["json"])
    assert [c["card"] for c in data["cards"]] == [1]
    assert not {"id", "key", "person", "story_id"} & set(data["cards"][0])
    async with db.transaction() as store:
        owner = await store.story_owner(shared)
    for text in (await all_formats(db, codebook, en)).values():
        assert owner not in text


async def test_story_text_is_escaped_everywhere(db: Database, codebook: Codebook, en: Locale) -> None:
    nasty = 'It was hard <script>alert("x")</script> then </div><div class="card"> & "quotes" =SUM(A1)'
    story = await seed_story(db, nasty)
    await confirm_directly(db, story, ["housing"])
    out = await all_formats(db, codebook, en)
    page = out["html"]
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;/div&gt;&lt;div class=&quot;card&quot;&gt; &amp; &quot;quotes&quot;" in page
    assert page.count('<article class="card">') == 1 and page.count("</article>") == 1
    assert "<script" not in out["md"] and "&lt;script&gt;" in out["md"] and "&lt;/div&gt;" in out["md"]
    row = next(csv.DictReader(io.StringIO(out["csv"])))
    assert row["text"].endswith('=SUM(A1)') and not row["text"].startswith("=")
    assert json.loads(out["json"])["cards"][0]["answers"][0]["text"] == nasty


async def test_a_worker_is_named_only_when_they_chose_it(db: Database, codebook: Codebook, en: Locale) -> None:
    named = await seed_story(db, "We did the right thing together.", author="worker", question_id="what_helped",
                             credit="Sam, housing support")
    anonymous = await seed_story(db, "Paperwork got in the way.", author="worker", question_id="got_in_way")
    for story in (named, anonymous):
        await confirm_directly(db, story, ["housing"])
    page = (await all_formats(db, codebook, en))["html"]
    assert page.count("told by Sam, housing support") == 1
    assert page.count("A frontline worker") == 2


def story(key: int, role: str, themes: tuple[str, ...], angle: str, words: int = 50) -> SetStory:
    return SetStory(key, f"p{key}", role, None, False, themes, (("q", "x " * words),), words, None, angle)


def test_balance_and_budget_from_a_skewed_pool() -> None:
    pool = [story(i, "participant", ("housing",), HELPS) for i in range(1, 41)]  # 40 of one kind
    pool += [story(101, "worker", ("housing",), GETS_IN_WAY), story(102, "worker", ("housing",), HELPS)]
    pool += [story(201, "participant", ("money",), GETS_IN_WAY, words=400)]  # too long for what is left
    pool += [story(202, "participant", ("money",), BOTH), story(203, "worker", ("money",), HELPS)]
    pool += [story(300 + i, "participant", ("connection",), HELPS) for i in range(3)]
    cards = balance(pool, ["housing", "money", "connection"], budget_words=500)
    chosen = [c.story for c in cards]
    assert sum(s.words for s in chosen) <= 500
    assert {t for s in chosen for t in s.themes} == {"housing", "money", "connection"}
    assert {s.author_role for s in chosen if "housing" in s.themes} == {"participant", "worker"}
    assert {s.author_role for s in chosen if "money" in s.themes} == {"participant", "worker"}
    workers = [s for s in chosen if s.author_role == "worker"]
    assert len(workers) == 3  # every worker story made it in, despite 40 participant ones
    assert {s.angle for s in chosen} >= {HELPS, GETS_IN_WAY}
    # Pairs: a participant's story and a worker's on the same theme, pointing at each other.
    pairs = {(c.number, c.pair) for c in cards if c.pair}
    assert all((b, a) in pairs for a, b in pairs) and len(pairs) >= 4
    for a, b in pairs:
        x, y = cards[a - 1], cards[b - 1]
        assert x.theme == y.theme and {x.story.author_role, y.story.author_role} == {"participant", "worker"}
    assert len(balance(pool, ["housing"], budget_words=None)) == 42


async def test_a_thousand_story_set_renders_every_card_escaped(db: Database, codebook: Codebook, en: Locale) -> None:
    # How fast this is (10,000 stories) is measured by `storybot bench`, part (e).
    await seed_confirmed(db, 1000)
    async with db.transaction() as store:
        story_set = await build_set(store, codebook, "All", budget_words=None)
    page = render(story_set, "html", en, codebook)
    assert len(story_set.cards) == 1000 and page.count('<article class="card">') == 1000
    assert "&lt;weeks&gt;" in page and "<weeks>" not in page


def test_export_writes_only_data_to_stdout(tmp_path: Path) -> None:
    import asyncio

    path = tmp_path / "x.db"

    async def seed() -> None:
        db = await Database.open(path)
        try:
            story_id = await seed_story(db, "The landlord fixed the boiler after my worker rang.")
            await confirm_directly(db, story_id, ["housing"])
        finally:
            await db.close()

    asyncio.run(seed())
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}, "STORYBOT_DATABASE": str(path)}
    result = subprocess.run([sys.executable, "-m", "storybot", "export", "--theme", "housing", "--format", "json"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["cards"][0]["answers"][0]["text"].startswith("The landlord fixed")
    out = tmp_path / "set.html"
    result = subprocess.run([sys.executable, "-m", "storybot", "export", "--format", "html", "--output", str(out)],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout == "" and "boiler" in out.read_text()
    result = subprocess.run([sys.executable, "-m", "storybot", "export", "--theme", "nope", "--format", "md"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "unknown theme 'nope'" in result.stderr


async def test_eligible_stories_is_the_gate(db: Database) -> None:
    story_id = await seed_story(db, "Pending story about the landlord.")
    async with db.transaction() as store:
        assert await eligible_stories(store) == []
    await confirm_directly(db, story_id, ["housing"])
    async with db.transaction() as store:
        assert [s.key for s in await eligible_stories(store, "housing")] == [story_id]
        assert await eligible_stories(store, "money") == []


async def test_a_forgotten_teller_leaves_every_set_and_their_reviewed_text_goes(
    tmp_path: Path, codebook: Codebook, en: Locale
) -> None:
    path = tmp_path / "forget.db"
    db = await Database.open(path)
    try:
        story_id = await seed_story(db, "Marker FORGOTTEN: the landlord fixed it.")
        await confirm_directly(db, story_id, ["housing"])
        async with db.transaction() as store:
            await store.forget_person(await store.story_owner(story_id))
        for text in (await all_formats(db, codebook, en)).values():
            assert "FORGOTTEN" not in text
        async with db.transaction() as store:
            assert await store.shareable_stories() == []
            assert await store.training_records() == []
    finally:
        await db.close()  # checkpoints the WAL into the file
    assert b"FORGOTTEN" not in path.read_bytes()
