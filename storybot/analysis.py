"""Analyse told stories in the background: themes, redactions, safeguarding.

spaCy never runs on the event loop: batches go to one worker. In the bot that worker is a
child process, because spaCy holds the GIL while it works and a worker thread slowed every
reply (bench (a): submit p50 11.6 s with a thread, 5.5 s with no analysis at all). A caller
that already holds a model in this process (tests, the bench) passes it to a worker thread.
Results are stored with the model and codebook versions as suggestions; only a person
decides on them.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
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


# --- the worker's side: runs in the worker thread or child process ---------------------

_worker = threading.local()


def _start_worker(load: Callable[[], Analyzer]) -> None:
    _worker.load = load
    _worker.analyzer = None


def _reload_worker() -> None:
    _worker.analyzer = None


def _analyse_in_worker(texts: list[str]) -> tuple[str, str, list[Analysis]]:
    # Loaded on first need, so a bot with nothing to analyse starts light and fast.
    if _worker.analyzer is None:
        _worker.analyzer = _worker.load()
    analyzer: Analyzer = _worker.analyzer
    return analyzer.model_version, analyzer.codebook_version, analyzer.analyse(texts)


def analysis_worker(load: Callable[[], Analyzer], *, in_process: bool) -> Executor:
    """Return the one worker that runs the model: a child process, or a thread of this one."""
    if in_process:
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="storybot-nlp",
                                  initializer=_start_worker, initargs=(load,))
    # spawn, not fork: forking a process that runs an event loop and threads is unsafe.
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(load,))


class AnalysisService:
    """Analyse told stories that have no analysis yet, in one worker, batch by batch."""

    def __init__(
        self,
        db: Database,
        load_analyzer: Callable[[], Analyzer],
        *,
        in_process: bool = True,
        batch_size: int = 32,
        on_flag: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self._batch_size = batch_size
        self._on_flag = on_flag
        self._executor = analysis_worker(load_analyzer, in_process=in_process)
        self._model_version = ""
        self._wake = asyncio.Event()
        self._stopping = False

    def reload(self) -> None:
        """Load the model again before the next batch: retraining activated a new one."""
        self._executor.submit(_reload_worker)  # in order: before any batch sent after this
        self._wake.set()

    def notify(self) -> None:
        """Say that a story was told, so the worker looks now instead of at its next round."""
        self._wake.set()

    async def analyse_pending(self) -> int:
        """Analyse every told story still without analysis; return how many were stored."""
        loop = asyncio.get_running_loop()
        stored = 0
        while not self._stopping:
            async with self.db.transaction() as store:
                batch = await store.stories_to_analyse(self._batch_size)
            if not batch:
                break
            joined = [join_answers(answers) for _, answers in batch]
            model_version, codebook_version, results = await loop.run_in_executor(
                self._executor, _analyse_in_worker, [text for text, _ in joined])
            if model_version != self._model_version:
                log.info("analysis model %s loaded", model_version)
                self._model_version = model_version
            flagged = False
            async with self.db.transaction() as store:
                for (story_id, _), (_, places), analysis in zip(batch, joined, results, strict=True):
                    saved = await store.save_analysis(
                        story_id,
                        model_version=model_version,
                        codebook_version=codebook_version,
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
                if self._stopping:  # the worker was shut down under a round: it resumes on start
                    break
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
