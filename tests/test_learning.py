"""Learning from reviewers: agreement figures, training data from decisions, retraining."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storybot import learning
from storybot.config import PROJECT_ROOT, load_settings
from storybot.db import Database
from storybot.nlp.codebook import load_codebook
from storybot.nlp.pipeline import Analyzer
from storybot.review import agreement

from tests.seeding import confirm_directly, seed_story

LABELLED = PROJECT_ROOT / "tests" / "data" / "labelled_pets.jsonl"


async def seed_reviewed(db: Database) -> None:
    first = await seed_story(db, "The landlord fixed the damp and the food bank helped.",
                             themes=[("housing", 0.9, ["landlord"]), ("physical_health", 0.7, ["damp"])])
    async with db.transaction() as store:
        await store.save_teller_view(first, ["housing", "money"], 4)
    await confirm_directly(db, first, ["housing", "money"])
    second = await seed_story(db, "Nobody listened at the assessment.", model_version="model-b",
                              themes=[("being_heard", 0.8, ["listened"])])
    await confirm_directly(db, second, ["being_heard"])
    await seed_story(db, "Still pending, not counted.", themes=[("housing", 0.9, ["flat"])])


async def test_agreement_per_theme_and_precision_per_model_version(db: Database) -> None:
    await seed_reviewed(db)
    ids = list(load_codebook(PROJECT_ROOT / "prompts" / "themes.yaml").ids)
    report = await agreement(db, ids, {"housing", "money", "being_heard"})
    assert report["reviewed_stories"] == 2 and report["with_teller_view"] == 1
    housing = report["themes"]["housing"]
    assert housing["facilitator_model"] == {"stories": 2, "both": 1, "facilitator_only": 0, "model_only": 0,
                                            "neither": 1, "positive_agreement": 1.0}
    assert report["themes"]["money"]["teller_facilitator"]["positive_agreement"] == 1.0
    assert report["themes"]["money"]["teller_model"] == {"stories": 1, "both": 0, "teller_only": 1, "model_only": 0,
                                                         "neither": 0, "positive_agreement": 0.0}
    assert report["themes"]["collaboration"]["teller_model"] is None  # tellers are not offered it
    assert report["themes"]["safety"]["facilitator_model"]["positive_agreement"] is None
    a = report["model_precision"]["model-a"]
    assert (a["accepted"], a["rejected"], a["precision"], a["added_by_facilitator"]) == (1, 1, 0.5, 1)
    assert a["themes"]["physical_health"] == {"accepted": 0, "rejected": 1, "precision": 0.0, "added_by_facilitator": 0}
    assert report["model_precision"]["model-b"]["precision"] == 1.0


def test_agreement_command_prints_json_only(tmp_path: Path) -> None:
    import asyncio

    path = tmp_path / "a.db"

    async def seed() -> None:
        db = await Database.open(path)
        try:
            await seed_reviewed(db)
        finally:
            await db.close()

    asyncio.run(seed())
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}, "STORYBOT_DATABASE": str(path)}
    result = subprocess.run([sys.executable, "-m", "storybot", "agreement"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["model_precision"]["model-a"]["accepted"] == 1


async def test_training_records_come_from_review_decisions(db: Database) -> None:
    await seed_reviewed(db)
    async with db.transaction() as store:
        records = await store.training_records()
    assert records == [
        ("The landlord fixed the damp and the food bank helped.", ["housing", "money"], ["physical_health"]),
        ("Nobody listened at the assessment.", ["being_heard"], []),
    ]


def test_retraining_waits_for_enough_reviewed_stories(tmp_path: Path) -> None:
    settings = load_settings(_env_file=None, models_dir=tmp_path / "models", retrain_min_stories=40)
    with pytest.raises(learning.NotEnoughData, match="at least 40 reviewed stories.*there are 30"):
        learning.retrain(settings, [], learning.read_labelled(LABELLED))
    assert not (tmp_path / "models").exists()


@pytest.mark.slow
def test_retraining_on_a_small_labelled_file_improves_held_apart_figures(tmp_path: Path, analyzer: Analyzer) -> None:
    settings = load_settings(_env_file=None, models_dir=tmp_path / "models", retrain_min_stories=20)
    assert learning.current_classifier_dir(settings) == learning.shipped_classifier_dir()  # what `analyzer` holds
    report = learning.retrain(settings, [], learning.read_labelled(LABELLED), current=analyzer)
    before, after = report["before"], report["after"]
    assert report["held_apart"] == 6 and report["trained_on"]["labelled"] == 24
    assert after["micro"]["f1"] > before["micro"]["f1"] and after["micro"]["tp"] > before["micro"]["tp"]
    assert report["activated"]
    active = json.loads((tmp_path / "models" / learning.ACTIVE).read_text())
    assert learning.current_classifier_dir(settings).name == active["folder"] == after["classifier"]
    # The version the bot records with every suggestion names this model.
    assert after["model_version"].endswith(active["folder"].removeprefix("themes-"))
