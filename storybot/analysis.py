"""Analyse told stories in the background: themes, redactions, safeguarding.

spaCy never runs on the event loop: batches go to one worker thread. Results are stored
with the model and codebook versions as suggestions; only a person decides on them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from storybot.db import AnswerRow, Database

if TYPE_CHECKING:
    from storybot.nlp import Analysis, Analyzer

log = logging.getLogger(__name__)

# Between two answers, so that a name never runs across them.
SEPARATOR = "\n\n"


def join_answers(answers: list[AnswerRow]) -> tuple[str, list[tuple[str, int, int]]]:
    """Join a story's answers into one text, with where each answer sits in it."""
    parts: list[str] = []
    places: list[tuple[str, int, int]] = []
    offset = 0
    for answer in answers:
        places.append((answer.question_id, offset, offset + len(answer.text)))
        parts.append(answer.text)
        offset += len(answer.text) + len(SEPARATOR)
    return SEPARATOR.join(parts), places


def redactions_per_answer(
    analysis: Analysis, places: list[tuple[str, int, int]]
) -> list[tuple[str, int, int, str]]:
    """Map personal-data spans in the joined text back to offsets inside each answer."""
    found = []
    for span in analysis.pii:
        for question_id, start, end in places:
            if span.start < end and span.end > start:
                found.append((question_id, max(span.start, start) - start, min(span.end, end) - start, span.label))
    return found


class AnalysisService:
    """Analyse told stories that have no analysis yet, in one worker thread, batch by batch."""

    def __init__(
        self,
        db: Database,
        load_analyzer: Callable[[], Analyzer],
        *,
        batch_size: int = 32,
        on_flag: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self._load = load_analyzer
        self._analyzer: Analyzer | None = None
        self._batch_size = batch_size
        self._on_flag = on_flag
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storybot-nlp")
        self._wake = asyncio.Event()
        self._stopping = False

    def reload(self) -> None:
        """Load the model again before the next batch: retraining activated a new one."""
        self._analyzer = None
        self._wake.set()

    def notify(self) -> None:
        """Say that a story was told, so the worker looks now instead of at its next round."""
        self._wake.set()

    async def _analyzer_ready(self) -> Analyzer:
        if self._analyzer is None:
            loop = asyncio.get_running_loop()
            self._analyzer = await loop.run_in_executor(self._executor, self._load)
            log.info("analysis model %s loaded", self._analyzer.model_version)
        return self._analyzer

    async def analyse_pending(self) -> int:
        """Analyse every told story still without analysis; return how many were stored."""
        loop = asyncio.get_running_loop()
        stored = 0
        while not self._stopping:
            async with self.db.transaction() as store:
                batch = await store.stories_to_analyse(self._batch_size)
            if not batch:
                break
            # Loaded on first need, so a bot with nothing to analyse starts light and fast.
            analyzer = await self._analyzer_ready()
            joined = [join_answers(answers) for _, answers in batch]
            results = await loop.run_in_executor(self._executor, analyzer.analyse, [text for text, _ in joined])
            flagged = False
            async with self.db.transaction() as store:
                for (story_id, _), (_, places), analysis in zip(batch, joined, results, strict=True):
                    saved = await store.save_analysis(
                        story_id,
                        model_version=analyzer.model_version,
                        codebook_version=analyzer.codebook_version,
                        safeguarding=analysis.safeguarding,
                        themes=[(t.id, t.score, list(t.evidence)) for t in analysis.themes],
                        redactions=redactions_per_answer(analysis, places),
                    )
                    stored += saved
                    # The conversation flags disclosures as they are typed; this catches
                    # stories that arrive another way (imports) or that it missed.
                    if saved and analysis.safeguarding and not await store.has_flag(story_id):
                        person_id = await store.story_owner(story_id)
                        await store.raise_flag(person_id, story_id, "analysis", analysis.safeguarding_reasons)
                        flagged = True
            log.info("analysed %d stories", len(batch))
            if flagged and self._on_flag is not None:
                self._on_flag()
        return stored

    async def run(self, interval: float = 60.0) -> None:
        """Analyse as stories arrive (woken by notify) and at least every `interval` seconds."""
        while not self._stopping:
            try:
                await self.analyse_pending()
            except Exception:
                log.exception("analysis round failed; trying again later")
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=interval)
            except TimeoutError:
                pass
            self._wake.clear()

    async def close(self) -> None:
        """Stop after the batch in hand; the rest waits for the next start."""
        self._stopping = True
        self._wake.set()
        await asyncio.to_thread(self._executor.shutdown, wait=True, cancel_futures=True)
