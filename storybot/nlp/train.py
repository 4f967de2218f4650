"""Train the theme classifiers on labelled stories (the training corpora, later reviewers' decisions)."""

from __future__ import annotations

import json
import logging
import random
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import minibatch

from storybot.config import Settings
from storybot.nlp.batch import InputError
from storybot.nlp.pipeline import BLEND_FILE, CLASSIFIER, CLASSIFIER_CONFIG, CLASSIFIER_DIR
from storybot.nlp.themes import Blend, choose_blend, combine_classifiers
from storybot.nlp.vectors import VectorClassifier, load_word_vectors

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
STARTER_CORPUS = DATA_DIR / "starter_corpus.jsonl"
# Every labelled training file: the starter corpus, narratives, short comments, and any
# corpus added later. A new file joins training by its name alone.
CORPUS_GLOB = "*corpus*.jsonl"
# Written from the blind gold sets by tests/nlp/data/build_challenge.py. Those sets also mark
# current risk, so their stories are not ordinary ones for the safeguarding model.
GOLD_SETS_PREFIX = "gold_sets_"


def training_corpora(data_dir: Path = DATA_DIR) -> list[Path]:
    """Return every labelled training file ({"text", "themes"} JSON lines) in data_dir, by name."""
    return sorted(data_dir.glob(CORPUS_GLOB))


def story_corpora(data_dir: Path = DATA_DIR) -> list[Path]:
    """Return the training files written as ordinary stories: all but the gold-set corpora."""
    return [path for path in training_corpora(data_dir) if not path.name.startswith(GOLD_SETS_PREFIX)]


def read_corpus(paths: Iterable[Path]) -> list[tuple[str, list[str]]]:
    """Read {"text", "themes"} JSON lines from each path."""
    return [(r.text, list(r.themes)) for r in read_corpus_records(paths)]


@dataclass(frozen=True)
class CorpusRecord:
    """One labelled story, with what kind of text it is (for breaking figures down)."""

    text: str
    themes: tuple[str, ...]
    source: str  # the file's name without .jsonl
    author: str = ""  # participant | worker, where the corpus says
    style: str = ""  # plain | texting | voice | shorthand | comment, where the corpus says


def read_corpus_records(paths: Iterable[Path]) -> list[CorpusRecord]:
    """Read labelled JSON lines, keeping the optional "author" and "style" fields."""
    records: list[CorpusRecord] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            if not isinstance(record.get("text"), str) or not isinstance(record.get("themes"), list):
                raise InputError(f"{path}:{number}: expected {{\"text\": str, \"themes\": [ids]}}")
            records.append(CorpusRecord(
                record["text"], tuple(record["themes"]), path.stem,
                str(record.get("author", "")), str(record.get("style", "")),
            ))
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


def train_vector_classifier(records: Sequence[tuple[str, list[str]]], labels: Sequence[str]) -> VectorClassifier:
    """Fit the word-vector theme model (storybot.nlp.vectors) on records; a few seconds."""
    return VectorClassifier.train(
        load_word_vectors(), [text for text, _ in records], [themes for _, themes in records], labels
    )


def save_classifier(
    nlp: Language, out_dir: Path = CLASSIFIER_DIR, blend: Blend | None = None,
    vector_model: VectorClassifier | None = None, **figures: object,
) -> None:
    """Write the classifier component (weights and labels), its word-vector model and its blend to out_dir."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.get_pipe(CLASSIFIER).to_disk(out_dir)
    if vector_model is not None:
        vector_model.to_dir(out_dir)
    if blend is not None:
        blend.to_file(out_dir / BLEND_FILE, **figures)


def folds(n: int, k: int, seed: int = 0) -> list[list[int]]:
    """Split range(n) into k shuffled folds."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def source_folds(records: Sequence[CorpusRecord]) -> list[list[int]]:
    """Split records into one fold per source file: each fold is a writer the rest never saw."""
    sources = sorted({r.source for r in records})
    return [[i for i, r in enumerate(records) if r.source == source] for source in sources]


def out_of_fold_scores(
    records: Sequence[tuple[str, list[str]]],
    settings: Settings,
    labels: Sequence[str],
    k: int = 5,
    seed: int = 0,
    groups: Sequence[Sequence[int]] | None = None,
) -> tuple[list[list[float]], list[list[float]], list[Doc]]:
    """Return vocabulary scores and held-out classifier scores for every record.

    Each record's classifier scores (bag of words and word vectors, combined as the suggester
    combines them) come from models trained without it (k shuffled folds, or the given
    groups); the base spaCy annotations do not learn, so they are computed once.
    """
    from storybot.nlp import components
    from storybot.nlp.pipeline import load_nlp

    nlp = load_nlp(settings, classifier_dir=None)
    suggester = nlp.get_pipe(components.THEMES)
    assert isinstance(suggester, components.ThemeSuggester)
    ours = (components.THEMES, components.REDACTOR, components.SAFEGUARDING)
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if n not in ours]):
        docs = list(nlp.pipe([text for text, _ in records]))
    lexical = [suggester.lexical_scores(doc) for doc in docs]
    vectors = load_word_vectors()
    cats: list[list[float]] = [[] for _ in records]
    for fold in groups if groups is not None else folds(len(records), k, seed):
        held = set(fold)
        rest = [r for i, r in enumerate(records) if i not in held]
        model = train_classifier(rest, labels, seed=seed)
        vector_model = train_vector_classifier(rest, labels)
        textcat = model.get_pipe(CLASSIFIER)
        for i in fold:
            text = records[i][0]
            scores = combine_classifiers(textcat(model.make_doc(text)).cats, vector_model.scores(vectors, text))
            cats[i] = [scores.get(label, 0.0) for label in labels]
    return lexical, cats, docs


def main() -> None:
    """Retrain the shipped classifier and choose its blend by cross-validation on the training corpora."""
    from storybot.nlp.codebook import DEFAULT_THEME_IDS

    logging.basicConfig(level=logging.INFO)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    corpus = read_corpus_records(training_corpora())
    records = [(r.text, list(r.themes)) for r in corpus]
    # Thresholds are chosen on scores for writers the model has not seen (one fold per
    # corpus file): shuffled folds share each writer's wording and set them too high.
    lexical, cats, _ = out_of_fold_scores(records, settings, DEFAULT_THEME_IDS, groups=source_folds(corpus))
    gold = [[label in themes for label in DEFAULT_THEME_IDS] for _, themes in records]
    blend = choose_blend(lexical, cats, gold, DEFAULT_THEME_IDS)
    nlp = train_classifier(records, DEFAULT_THEME_IDS)
    vector_model = train_vector_classifier(records, DEFAULT_THEME_IDS)
    save_classifier(nlp, blend=blend, vector_model=vector_model, trained_on=len(records))
    logger.info("trained on %d stories, saved to %s", len(records), CLASSIFIER_DIR)


if __name__ == "__main__":
    main()
