"""Train the theme classifier on labelled stories (the starter corpus, later reviewers' decisions)."""

from __future__ import annotations

import json
import logging
import random
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import minibatch

from storybot.nlp.pipeline import CLASSIFIER, CLASSIFIER_CONFIG, CLASSIFIER_DIR

logger = logging.getLogger(__name__)

STARTER_CORPUS = Path(__file__).resolve().parent / "data" / "starter_corpus.jsonl"


def read_corpus(paths: Iterable[Path]) -> list[tuple[str, list[str]]]:
    """Read {"text", "themes"} JSON lines from each path."""
    records: list[tuple[str, list[str]]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                records.append((record["text"], list(record["themes"])))
    return records


def train_classifier(
    records: Sequence[tuple[str, list[str]]],
    labels: Sequence[str],
    *,
    epochs: int = 30,
    seed: int = 0,
    dropout: float = 0.2,
) -> Language:
    """Train a textcat_multilabel on records in a blank English pipeline and return it."""
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", name=CLASSIFIER, config=CLASSIFIER_CONFIG)
    for label in labels:
        textcat.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(text), {"cats": {label: float(label in themes) for label in labels}})
        for text, themes in records
    ]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
        logger.debug("epoch %d loss %.4f", epoch, losses.get(CLASSIFIER, 0.0))
    return nlp


def save_classifier(nlp: Language, out_dir: Path = CLASSIFIER_DIR) -> None:
    """Write only the classifier component (model weights and labels) to out_dir."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.get_pipe(CLASSIFIER).to_disk(out_dir)


def main() -> None:
    """Retrain the shipped classifier from the starter corpus."""
    from storybot.nlp.codebook import DEFAULT_THEME_IDS

    logging.basicConfig(level=logging.INFO)
    records = read_corpus([STARTER_CORPUS])
    nlp = train_classifier(records, DEFAULT_THEME_IDS)
    save_classifier(nlp)
    logger.info("trained on %d stories, saved to %s", len(records), CLASSIFIER_DIR)


if __name__ == "__main__":
    main()
