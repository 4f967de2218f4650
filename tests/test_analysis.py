"""The analysis service: the real spaCy pipeline, off the loop, on a real SQLite file."""

from __future__ import annotations

import multiprocessing
import sqlite3
from contextlib import closing
from functools import partial
from pathlib import Path

from storybot.analysis import AnalysisService, join_answers, redactions_per_answer
from storybot.config import load_settings
from storybot.db import AnswerRow, Database
from storybot.learning import load_current_analyzer
from storybot.nlp import Analysis, PiiSpan
from storybot.nlp.pipeline import Analyzer


def rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchall()


async def tell(db: Database, name: str, answers: list[str], *, submit: bool = True) -> int:
    async with db.transaction() as store:
        person = await store.person_for("test", name, "en")
        consent = await store.record_consent(person.id, "given", "sessions", "v1")
        story = await store.create_story(person.id, consent, "participant", "participant", "en")
        for position, text in enumerate(answers):
            await store.save_answer(story, f"q{position}", position, text, None)
        if submit:
            await store.submit_story(story)
    return story


def test_answers_join_and_spans_map_back() -> None:
    answers = [AnswerRow("a", 0, "I met Sarah", ""), AnswerRow("b", 1, "at 10 Acacia Road", "")]
    text, places = join_answers(answers)
    assert text == "I met Sarah\n\nat 10 Acacia Road"
    analysis = Analysis([], [PiiSpan(6, 11, "PERSON"), PiiSpan(16, 30, "LOCATION")], "", False, [])
    assert redactions_per_answer(analysis, places) == [("a", 6, 11, "PERSON"), ("b", 3, 17, "LOCATION")]


async def test_told_stories_get_suggestions_with_versions(db: Database, db_path: Path, analyzer: Analyzer) -> None:
    story = await tell(db, "ana", [
        "My housing officer Sarah Jones helped me move out of the hostel into my own flat.",
        "Ring me on 07700 900123 if you need to. Nobody listened until she did.",
    ])
    draft = await tell(db, "ben", ["still writing this one about my benefits"], submit=False)
    service = AnalysisService(db, lambda: analyzer)
    try:
        assert await service.analyse_pending() == 1
        assert await service.analyse_pending() == 0  # nothing twice
    finally:
        await service.close()
    async with db.transaction() as store:
        stored = await store.analysis(story)
        assert await store.analysis(draft) is None
    assert stored is not None
    assert stored["model_version"] == analyzer.model_version
    assert stored["codebook_version"] == analyzer.codebook_version
    assert "housing" in [t["id"] for t in stored["themes"]]
    assert all(t["decision"] is None for t in stored["themes"])  # only a person decides
    async with db.transaction() as store:
        answers = {a.question_id: a.text for a in await store.answers(story)}
    found = {(r["label"], answers[r["question_id"]][r["start"]:r["end"]]) for r in stored["redactions"]}
    assert ("PERSON", "Sarah Jones") in found
    assert ("PHONE", "07700 900123") in found


async def test_the_bot_analyses_in_a_child_process_and_reloads_there(
    db: Database, analyzer: Analyzer, tmp_path: Path
) -> None:
    # What `storybot run` does: the model is loaded in a spawned process, not this one.
    story = await tell(db, "dee", ["The hostel staff helped me find a flat and sort my benefits."])
    service = AnalysisService(
        db, partial(load_current_analyzer, load_settings(_env_file=None, models_dir=tmp_path / "models")), in_process=False
    )
    try:
        assert await service.analyse_pending() == 1
        worker_pids = {p.pid for p in multiprocessing.active_children()}
        assert worker_pids, "no child process ran the model"
        service.reload()  # as after a retrain: the child loads the model again, still serving
        later = await tell(db, "eve", ["My key worker listened and I felt heard for once."])
        assert await service.analyse_pending() == 1
    finally:
        await service.close()
    async with db.transaction() as store:
        first, second = await store.analysis(story), await store.analysis(later)
    assert first is not None and second is not None
    assert first["model_version"] == second["model_version"] == analyzer.model_version
    assert "housing" in [t["id"] for t in first["themes"]]


async def test_a_disclosure_found_in_analysis_raises_one_flag(db: Database, db_path: Path, analyzer: Analyzer) -> None:
    story = await tell(db, "cai", ["I can't go on, I have been stockpiling my pills to end it."])
    flags: list[None] = []
    service = AnalysisService(db, lambda: analyzer, on_flag=lambda: flags.append(None))
    try:
        await service.analyse_pending()
    finally:
        await service.close()
    assert rows(db_path, "SELECT story_id, source FROM safeguarding_flags") == [(story, "analysis")]
    assert len(flags) == 1


async def test_withdrawal_removes_the_suggestions_too(db: Database, db_path: Path, analyzer: Analyzer) -> None:
    story = await tell(db, "dee", ["Mandy at the food bank in Leeds always remembers my name."])
    service = AnalysisService(db, lambda: analyzer)
    try:
        await service.analyse_pending()
    finally:
        await service.close()
    assert rows(db_path, "SELECT count(*) FROM theme_suggestions")[0][0] > 0  # type: ignore[operator]
    async with db.transaction() as store:
        person = await store.story_owner(story)
        assert await store.withdraw_story(person, story)
    for table in ("answers", "theme_suggestions", "redaction_suggestions", "analyses"):
        assert rows(db_path, f"SELECT count(*) FROM {table}") == [(0,)]


async def test_a_story_withdrawn_during_analysis_is_not_stored(db: Database, db_path: Path, analyzer: Analyzer) -> None:
    story = await tell(db, "eve", ["The nurse at the clinic took time to explain everything to me."])

    def withdraw_then_load() -> Analyzer:
        # Runs in the worker thread after the batch was read: the person withdraws meanwhile.
        conn = sqlite3.connect(db_path)
        with closing(conn):
            conn.execute("DELETE FROM answers WHERE story_id = ?", (story,))
            conn.execute("UPDATE stories SET status = 'withdrawn' WHERE id = ?", (story,))
            conn.commit()
        return analyzer

    service = AnalysisService(db, withdraw_then_load)
    try:
        assert await service.analyse_pending() == 0
    finally:
        await service.close()
    async with db.transaction() as store:
        assert await store.analysis(story) is None
