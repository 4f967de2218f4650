"""`storybot import FILE.csv`: validated row by row, all or nothing, never twice."""

from __future__ import annotations

import csv
import os
import re
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from storybot.db import Database
from storybot.errors import StorybotError
from storybot.importer import HEADER, import_csv
from storybot.prompts import Prompts
from storybot.stories import list_stories

GOOD = [
    {"text": "My support worker came every week, and that was what made the difference",
     "author": "participant", "question_id": "support_helped", "consent_scope": "sessions",
     "consent_basis": "agreed in person", "told_on": "2026-03-01"},
    {"text": "The hand-offs between three teams wore us both out",
     "author": "worker", "question_id": "got_in_way", "consent_scope": "team",
     "consent_basis": "cannot identify anyone", "told_on": ""},
    {"text": "Having a key to my own door, at last",
     "author": "participant", "question_id": "", "consent_scope": "reports",
     "consent_basis": "", "told_on": "2025-12-24"},
]


def write(path: Path, rows: list[dict[str, str]], header: tuple[str, ...] = HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(header))
        writer.writeheader()
        writer.writerows(rows)
    return path


def rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


async def test_a_good_file_enters_as_pending(db: Database, prompts: Prompts, db_path: Path, tmp_path: Path) -> None:
    report = await import_csv(db, prompts, write(tmp_path / "good.csv", GOOD))
    assert report.ok and report.imported == 3
    assert report.render() == "3 of 3 stories imported as pending."
    assert rows(db_path, "SELECT s.status, s.source, s.author_role, s.question_set, s.told_on, c.scope, c.about,"
                         " c.basis, c.notice_version FROM stories s JOIN consents c ON c.id = s.consent_id"
                         " ORDER BY s.id") == [
        ("pending", "import", "participant", "participant", "2026-03-01", "sessions", "self", "agreed in person", "import"),
        ("pending", "import", "worker", "worker", None, "team", "person", "cannot identify anyone", "import"),
        ("pending", "import", "participant", "import", "2025-12-24", "reports", "self", None, "import"),
    ]
    assert rows(db_path, "SELECT question_id, text FROM answers ORDER BY story_id") == [
        ("support_helped", GOOD[0]["text"]), ("got_in_way", GOOD[1]["text"]), ("story", GOOD[2]["text"]),
    ]
    # Each story has its own pseudonymous teller with no identity and no role.
    assert rows(db_path, "SELECT count(DISTINCT person_id) FROM stories") == [(3,)]
    assert rows(db_path, "SELECT DISTINCT role FROM people") == [("participant",)]
    assert rows(db_path, "SELECT count(*) FROM identities") == [(0,)]
    # The same pipeline as chat stories: listed as pending for review.
    assert len(await list_stories(db, "pending")) == 3


@pytest.mark.parametrize(("change", "why"), [
    ({"author": "staff"}, "row 3: author: Input should be 'participant' or 'worker' (got 'staff')"),
    ({"text": "   "}, "row 3: text: is empty"),
    ({"consent_scope": "public"}, "row 3: consent_scope: Input should be 'team', 'sessions' or 'reports' (got 'public')"),
    ({"told_on": "14/03/2026"}, "row 3: told_on: must be an ISO date"),
    ({"told_on": "2026-02-30"}, "row 3: told_on: is not a real date"),
    ({"told_on": "2999-01-01"}, "row 3: told_on: is in the future"),
    ({"question_id": "what_matters"}, "row 3: question_id: 'what_matters' is not a worker question"),
    ({"consent_basis": ""}, "row 3: consent_basis: a worker's narrative needs it"),
])
async def test_one_bad_row_imports_nothing_and_is_named(
    db: Database, prompts: Prompts, db_path: Path, tmp_path: Path, change: dict[str, str], why: str
) -> None:
    bad = [GOOD[0], {**GOOD[1], **change}, GOOD[2]]
    report = await import_csv(db, prompts, write(tmp_path / "bad.csv", bad))
    assert not report.ok and report.imported == 0
    text = report.render()
    assert text.startswith("Nothing was imported: 1 of 3 rows need fixing.")
    assert why in text and "row 2" not in text and "row 4" not in text
    assert rows(db_path, "SELECT count(*) FROM stories") == [(0,)]
    assert rows(db_path, "SELECT count(*) FROM people") == [(0,)]


async def test_every_bad_row_is_listed(db: Database, prompts: Prompts, tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text(",".join(HEADER) + "\nonly,three,cells\n" + "x,participant,,team,,\n" + "y,nobody,,team,,\n")
    text = (await import_csv(db, prompts, path)).render()
    assert text.splitlines() == [
        "Nothing was imported: 2 of 3 rows need fixing.",
        "row 2: has 3 cells but the header has 6",
        "row 4: author: Input should be 'participant' or 'worker' (got 'nobody')",
    ]


@pytest.mark.parametrize(("header", "why"), [
    (("text", "author", "question_id", "consent_scope", "consent_basis"), "missing column(s): told_on"),
    ((*HEADER, "name"), "unknown column(s): name"),
])
async def test_a_wrong_header_is_refused(
    db: Database, prompts: Prompts, tmp_path: Path, header: tuple[str, ...], why: str
) -> None:
    path = write(tmp_path / "h.csv", [], header)
    with pytest.raises(StorybotError, match=re.escape(why)):
        await import_csv(db, prompts, path)


async def test_reimport_adds_nothing_even_after_a_withdrawal(
    db: Database, prompts: Prompts, db_path: Path, tmp_path: Path
) -> None:
    path = write(tmp_path / "good.csv", [*GOOD, {**GOOD[0], "text": "  " + GOOD[0]["text"] + " "}])
    first = await import_csv(db, prompts, path)
    assert first.imported == 3 and first.duplicates == [(5, "the same story as row 2")]
    async with db.transaction() as store:
        person = rows(db_path, "SELECT person_id FROM stories WHERE id = 1")[0][0]
        assert await store.withdraw_story(str(person), 1)
    again = await import_csv(db, prompts, path)
    assert again.imported == 0 and [row for row, _ in again.duplicates] == [2, 3, 4, 5]
    assert rows(db_path, "SELECT status, count(*) FROM stories GROUP BY status ORDER BY status") == [
        ("pending", 2), ("withdrawn", 1),
    ]
    # A consent corrected in the file is still the same story.
    fixed = await import_csv(db, prompts, write(tmp_path / "fixed.csv", [{**GOOD[1], "consent_scope": "reports"}]))
    assert fixed.imported == 0


async def test_dry_run_stores_nothing(db: Database, prompts: Prompts, db_path: Path, tmp_path: Path) -> None:
    report = await import_csv(db, prompts, write(tmp_path / "good.csv", GOOD), dry_run=True)
    assert report.render() == "3 of 3 stories would be imported as pending (dry run: nothing was stored)."
    assert rows(db_path, "SELECT count(*) FROM stories") == [(0,)]


def storybot(*args: str, db_path: Path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    return subprocess.run(
        [sys.executable, "-m", "storybot", *args], env={**clean, "STORYBOT_DATABASE": str(db_path)},
        capture_output=True, text=True, timeout=120,
    )


def test_ten_thousand_rows_from_the_command_line(tmp_path: Path, db_path: Path) -> None:
    many = [
        {**GOOD[n % 3], "text": f"{GOOD[n % 3]['text']}, story number {n}"} for n in range(10_000)
    ]
    path = write(tmp_path / "many.csv", many)
    started = time.monotonic()
    result = storybot("import", str(path), db_path=db_path)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout == "10000 of 10000 stories imported as pending.\n"
    # The progress bar, on stderr. Its last frame is drawn only if a refresh falls due at the
    # end (tqdm redraws at most every 0.1 s), so only the bar's start is certain.
    assert "importing:" in result.stderr and "/10000" in result.stderr
    assert rows(db_path, "SELECT count(*) FROM stories WHERE status = 'pending'") == [(10_000,)]
    assert rows(db_path, "SELECT count(*) FROM answers") == [(10_000,)]
    assert elapsed < 30, f"10,000 rows took {elapsed:.1f} s"
    again = storybot("import", str(path), db_path=db_path)
    assert again.returncode == 0 and again.stdout.startswith("0 of 10000 stories imported")
    assert rows(db_path, "SELECT count(*) FROM stories") == [(10_000,)]


def test_a_bad_file_exits_non_zero_with_the_report(tmp_path: Path, db_path: Path) -> None:
    path = write(tmp_path / "bad.csv", [GOOD[0], {**GOOD[0], "author": "bot"}])
    result = storybot("import", "--dry-run", str(path), db_path=db_path)
    assert result.returncode == 1
    assert result.stdout.startswith("Nothing was imported: 1 of 2 rows need fixing.\nrow 3: author")
