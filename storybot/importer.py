"""`storybot import FILE.csv`: stories gathered elsewhere (paper, interviews), all or nothing.

The header is exactly `text,author,question_id,consent_scope,consent_basis,told_on` (any
order). Every row is validated with pydantic before anything is stored; one bad row and
nothing is imported, and the report names each bad row (its spreadsheet row number, the
header being row 1) and why. Imported stories enter as `pending`, like stories told in
chat, so analysis and review pick them up.

Re-importing adds nothing twice: each row's identity is a SHA-256 of its words (spacing
normalised), author, question and day told, stored with the story. The consent columns are
left out of it, so a corrected consent does not make a second copy. The hash stays when a
story is withdrawn, so importing the old file again cannot bring a withdrawn story back.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from storybot.db import Database, ImportedStory
from storybot.errors import StorybotError
from storybot.prompts import FALLBACK_LANGUAGE, Prompts

HEADER = ("text", "author", "question_id", "consent_scope", "consent_basis", "told_on")
MAX_TEXT_CHARS = 20_000
MAX_BASIS_CHARS = 500
# Story set and question for a row that names no question.
FREE_SET, FREE_QUESTION = "import", "story"
PROGRESS_FROM_ROWS = 1000
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ImportFileError(StorybotError):
    """The file cannot be read as an import at all (missing, not CSV, wrong header)."""


class ImportRow(BaseModel):
    """One CSV row. Unknown columns are refused before this; empty cells are empty strings."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    author: Literal["participant", "worker"]
    question_id: str
    consent_scope: Literal["team", "sessions", "reports"]
    consent_basis: str = Field(max_length=MAX_BASIS_CHARS)
    told_on: date | None

    @field_validator("told_on", mode="before")
    @classmethod
    def _iso_day(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if not value:
                return None
            if not _ISO_DATE.match(value):
                raise ValueError("must be an ISO date such as 2026-03-14, or empty")
            try:
                day = date.fromisoformat(value)
            except ValueError:
                raise ValueError("is not a real date") from None
            today: date | None = (info.context or {}).get("today")
            if today is not None and day > today:
                raise ValueError("is in the future")
            return day
        return value

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> ImportRow:
        if self.author == "worker" and not self.consent_basis:
            raise ValueError(
                "consent_basis: a worker's narrative needs it (how the person agreed, or that it cannot identify anyone)"
            )
        sets: dict[str, str] = (info.context or {}).get(f"questions_{self.author}", {})
        if self.question_id and self.question_id not in sets:
            raise ValueError(f"question_id: '{self.question_id}' is not a {self.author} question in the prompts")
        return self


@dataclass(frozen=True)
class BadRow:
    row: int
    why: str


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    dry_run: bool = False
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (row, why skipped)
    bad: list[BadRow] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.bad

    def render(self) -> str:
        """Describe the outcome for the operator, one line per bad or skipped row."""
        if self.bad:
            lines = [f"Nothing was imported: {len(self.bad)} of {self.rows} rows need fixing."]
            lines += [f"row {b.row}: {b.why}" for b in self.bad]
            return "\n".join(lines)
        verb = "would be imported" if self.dry_run else "imported"
        lines = [f"{self.imported} of {self.rows} stories {verb} as pending"
                 + (" (dry run: nothing was stored)" if self.dry_run else "") + "."]
        if self.duplicates:
            lines.append(f"{len(self.duplicates)} skipped, already there:")
            lines += [f"row {row}: {why}" for row, why in self.duplicates]
        return "\n".join(lines)


def row_hash(row: ImportRow) -> str:
    """Return the identity of a row's story: words, author, question and day."""
    identity = [" ".join(row.text.split()), row.author, row.question_id, row.told_on.isoformat() if row.told_on else ""]
    return hashlib.sha256(json.dumps(identity, ensure_ascii=False).encode()).hexdigest()


def read_rows(path: Path) -> list[tuple[int, dict[str, str | None] | str]]:
    """Read the file: each data row with its row number, or a string saying why it is unreadable."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            try:
                header = next(reader)
            except StopIteration:
                raise ImportFileError(f"{path}: the file is empty; it needs the header {','.join(HEADER)}") from None
            names = [name.strip() for name in header]
            unknown = [n for n in names if n not in HEADER]
            missing = [n for n in HEADER if n not in names]
            repeated = sorted({n for n in names if names.count(n) > 1})
            if unknown or missing or repeated:
                problems = ([f"unknown column(s): {', '.join(unknown)}"] if unknown else []) + (
                    [f"missing column(s): {', '.join(missing)}"] if missing else []) + (
                    [f"repeated column(s): {', '.join(repeated)}"] if repeated else [])
                raise ImportFileError(f"{path}: the header must be exactly {','.join(HEADER)}; " + "; ".join(problems))
            rows: list[tuple[int, dict[str, str | None] | str]] = []
            number = 1
            while True:
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    rows.append((number + 1, f"cannot be read as CSV ({exc})"))
                    break
                number += 1
                if not any(cell.strip() for cell in cells):
                    continue  # a blank line, as spreadsheets leave at the end
                if len(cells) != len(names):
                    rows.append((number, f"has {len(cells)} cells but the header has {len(names)}"))
                    continue
                rows.append((number, dict(zip(names, cells))))
            return rows
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise ImportFileError(f"{path}: not UTF-8 text; save the spreadsheet as 'CSV UTF-8'") from None


def _why(exc: ValidationError) -> str:
    reasons = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        if where == "text" and error["type"] == "string_too_short":
            message = "is empty; every row needs the story's words"
        elif where and error["type"] == "literal_error":
            message = f"{message} (got '{str(error['input'])[:40]}')"
        reasons.append(f"{where}: {message}" if where else message)
    return "; ".join(reasons)


@contextmanager
def _bar(total: int, stream: TextIO | None, what: str) -> Iterator[Any]:
    from tqdm import tqdm

    with tqdm(total=total, desc=what, unit="row", file=stream,
              disable=stream is None or total < PROGRESS_FROM_ROWS, leave=False) as bar:
        yield bar


async def import_csv(
    db: Database, prompts: Prompts, path: Path, *, dry_run: bool = False, progress: TextIO | None = None
) -> ImportReport:
    """Validate every row, then store all of them in one transaction, or none."""
    read = read_rows(path)
    report = ImportReport(rows=len(read), dry_run=dry_run)
    locale = prompts.for_language(FALLBACK_LANGUAGE)
    context: dict[str, Any] = {"today": date.fromisoformat(db.now()[:10])}
    for audience in ("participant", "worker"):
        context[f"questions_{audience}"] = {
            q.id: set_id for set_id, qs in locale.question_sets.items() if qs.audience == audience for q in qs.questions
        }
    valid: list[tuple[int, ImportRow]] = []
    with _bar(len(read), progress, "checking") as bar:
        for number, cells in read:
            bar.update(1)
            if isinstance(cells, str):
                report.bad.append(BadRow(number, cells))
                continue
            try:
                valid.append((number, ImportRow.model_validate(cells, context=context)))
            except ValidationError as exc:
                report.bad.append(BadRow(number, _why(exc)))
    if report.bad:
        return report
    async with db.transaction() as store:
        known = await store.import_hashes()
        seen: dict[str, int] = {}
        stories: list[ImportedStory] = []
        for number, row in valid:
            digest = row_hash(row)
            if digest in seen:
                report.duplicates.append((number, f"the same story as row {seen[digest]}"))
                continue
            seen[digest] = number
            if digest in known:
                report.duplicates.append((number, "imported before"))
                continue
            question_set = context[f"questions_{row.author}"].get(row.question_id, FREE_SET)
            stories.append(ImportedStory(
                text=row.text, author_role=row.author, question_set=question_set,
                question_id=row.question_id or FREE_QUESTION, scope=row.consent_scope,
                basis=row.consent_basis or None, told_on=row.told_on.isoformat() if row.told_on else None,
                import_hash=digest,
            ))
        report.imported = len(stories)
        if not dry_run:
            with _bar(len(stories), progress, "importing") as bar:
                await store.import_stories(stories, locale.language, bar.update)
            await store.audit("operator", "stories.imported", "", {"stories": len(stories)})
    return report
