"""Learning from reviewers: retrain the theme classifier on their decisions, versioned.

`storybot retrain` gathers every confirmed story with the themes a facilitator confirmed
(suggestions accepted, themes added) and those they rejected. Because a reviewer sees the
whole codebook and may add any theme, a theme they did not confirm counts as absent, and a
rejected suggestion is exactly that. With at least `retrain_min_stories` labelled stories,
the theme classifier (storybot.nlp.tfidf) is trained on the training corpora
(nlp/data/*corpus*.jsonl) plus those stories, minus a held-apart fifth that measures it, and
blended with the codebook vocabulary as the shipped one is. Each model is kept in its own folder
under `models_dir`, named by its content hash; `active.json` says which one the bot loads,
and every stored suggestion carries that version. A model that scores worse than the one in
use on the held-apart stories is kept but not activated unless forced.

The weekly job (storybot.jobs) runs this in a child process and reloads the bot's model.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storybot.config import Settings
from storybot.errors import StorybotError
from storybot.nlp.codebook import CODEBOOK_FILE, load_codebook

if TYPE_CHECKING:
    from storybot.nlp.pipeline import Analyzer

log = logging.getLogger(__name__)

ACTIVE = "active.json"
HOLD_APART_EVERY = 5  # one labelled story in five measures the model and never trains it

Labelled = tuple[str, list[str], list[str]]  # text, confirmed themes, rejected themes


class NotEnoughData(StorybotError):
    """Too few reviewed stories to retrain on."""


def shipped_classifier_dir() -> Path:
    """Return the folder of the classifier shipped with storybot."""
    from storybot.nlp.pipeline import CLASSIFIER_DIR

    return CLASSIFIER_DIR


def current_classifier_dir(settings: Settings) -> Path:
    """Return the classifier the bot should load: the active retrained one, else the shipped one."""
    from storybot.nlp.pipeline import has_classifier

    pointer = settings.models_dir / ACTIVE
    if pointer.exists():
        folder = settings.models_dir / json.loads(pointer.read_text(encoding="utf-8"))["folder"]
        if has_classifier(folder):
            return folder
        log.warning("active model folder %s is missing; using the shipped classifier", folder.name)
    return shipped_classifier_dir()


def load_current_analyzer(settings: Settings, classifier_dir: Path | None = None) -> Analyzer:
    """Load the Analyzer with the active classifier (or the one given)."""
    from storybot.nlp import load_analyzer

    return load_analyzer(settings, classifier_dir=classifier_dir or current_classifier_dir(settings))


def read_labelled(path: Path) -> list[Labelled]:
    """Read a labelled JSON-lines file: {"text", "themes", optional "rejected"} per line."""
    from storybot.nlp.batch import InputError, read_jsonl

    records = []
    for number, record in enumerate(read_jsonl(path, ("text", "themes")), start=1):
        if not isinstance(record["themes"], list):
            raise InputError(f"{path}: record {number}: themes must be a list of theme ids")
        records.append((record["text"], list(record["themes"]), list(record.get("rejected", []))))
    return records


def split(records: list[Labelled], seed: int = 0) -> tuple[list[Labelled], list[Labelled]]:
    """Split labelled stories into training and held-apart, the same way every time."""
    order = list(range(len(records)))
    random.Random(seed).shuffle(order)
    held = {i for n, i in enumerate(order) if n % HOLD_APART_EVERY == 0}
    return [r for i, r in enumerate(records) if i not in held], [r for i, r in enumerate(records) if i in held]


def evaluate(analyzer: Analyzer, records: list[Labelled], theme_ids: list[str]) -> dict[str, Any]:
    """Score theme suggestions on labelled stories: micro and macro figures with counts."""
    from storybot.nlp.batch import evaluate_records

    gold = [{"id": i, "text": text, "themes": themes} for i, (text, themes, _) in enumerate(records)]
    report, _ = evaluate_records(analyzer, gold, theme_ids, Path("held-apart"))
    data = report.as_dict()["themes"]
    return {"records": len(records), "micro": data["micro"], "macro": data["macro"]}


def retrain(
    settings: Settings, reviewed: Sequence[Labelled], extra: Sequence[Labelled] = (), *,
    force: bool = False, current: Analyzer | None = None,
) -> dict[str, Any]:
    """Train, measure before and after on held-apart stories, keep the model and maybe activate it.

    `current`: the Analyzer already loaded with the active classifier, to save loading it again.
    """
    from storybot.nlp.themes import BLEND_FILE, Blend
    from storybot.nlp.train import read_corpus, save_classifier, train_classifier, training_corpora

    labelled = list(reviewed) + list(extra)
    if len(labelled) < settings.retrain_min_stories:
        raise NotEnoughData(
            f"retraining needs at least {settings.retrain_min_stories} reviewed stories"
            f" (STORYBOT_RETRAIN_MIN_STORIES); there are {len(labelled)}"
        )
    codebook = load_codebook(settings.prompts_dir / CODEBOOK_FILE)
    theme_ids = list(codebook.ids)
    train, held = split(labelled)
    before_dir = current_classifier_dir(settings)
    before = evaluate(current or load_current_analyzer(settings, before_dir), held, theme_ids)
    records = read_corpus(training_corpora())
    records += [(text, [t for t in themes if t in theme_ids]) for text, themes, _ in train]
    model = train_classifier(records, theme_ids)
    # The shipped blend is kept: it was chosen for this same recipe on writers the model had
    # not seen, and choosing again means minutes of spaCy over every corpus story each week.
    # The held-apart check below decides whether the new model is used at all.
    blend = Blend.from_file(shipped_classifier_dir() / BLEND_FILE)
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    staging = settings.models_dir / ".training"
    save_classifier(model, blend, staging, trained_on=len(records))
    after_analyzer = load_current_analyzer(settings, staging)
    after = evaluate(after_analyzer, held, theme_ids)
    folder = settings.models_dir / f"themes-{after_analyzer.model_version.rsplit('.', 1)[-1]}"
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
    better = after["micro"]["f1"] >= before["micro"]["f1"]
    activated = better or force
    if activated:
        (settings.models_dir / ACTIVE).write_text(json.dumps({
            "folder": folder.name, "model_version": after_analyzer.model_version,
            "trained_on": len(records), "reviewed": len(reviewed), "from_file": len(list(extra)),
        }, indent=2), encoding="utf-8")
    log.info("retrained theme model %s on %d stories (activated: %s)", folder.name, len(records), activated)
    return {
        "reviewed_stories": len(reviewed),
        "file_stories": len(list(extra)),
        "trained_on": {"corpora": len(records) - len(train), "labelled": len(train)},
        "held_apart": len(held),
        "minimum": settings.retrain_min_stories,
        "before": {"classifier": before_dir.name, **before},
        "after": {"classifier": folder.name, "model_version": after_analyzer.model_version, **after},
        "activated": activated,
        "why": "scored at least as well on held-apart stories" if better else
               ("forced" if force else "scored worse on held-apart stories; kept but not activated"),
    }
