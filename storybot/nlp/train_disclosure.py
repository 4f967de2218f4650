"""Train the safeguarding model (storybot/nlp/disclosure.py) on the labelled sets; maintainers only.

Every set in tests/nlp/data trains it but the blind batches build_challenge.py holds out
(SAFEGUARDING_HELD_OUT), which stay unseen until they have measured a round blind. A batch
may be named before it is written: only the files that are there are read.

    python -m storybot.nlp.train_disclosure     # 15 to 20 minutes; rewrites storybot/nlp/data/disclosure.npz

scikit-learn fits the regression; the bot itself only reads the arrays it leaves behind.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

from storybot.nlp.batch import read_jsonl
from storybot.nlp.disclosure import DISCLOSURE_MODEL, DisclosureModel
from storybot.nlp.risk import assess_rules
from storybot.nlp.tfidf import features
from storybot.nlp.train import DATA_DIR, LABELLED_SETS, held_out_batches, read_corpus, story_corpora

logger = logging.getLogger(__name__)

# Ordinary messages that share words with disclosures ("I take my tablets with breakfast"):
# without them a short message with one such word read as a disclosure.
LOOKALIKES = DATA_DIR / "safeguarding_lookalikes.txt"
# The threshold lets this share of the labelled sets' own negatives through, scored by
# models that did not see their set. Most of those are hard negatives, written to be close
# to a disclosure; on ordinary stories the rate is lower (1.7% of the training narratives).
NEGATIVE_RATE = 0.02
# ...but never below the regression's own boundary. With balanced class weights a decision
# value under 0 means the model reads the text as likelier ordinary than a disclosure, and
# the rate's threshold is unsteady there: leaving each of 114 sets out (CO to CT and CU to CZ
# in), it is -0.006 at 2% and -0.119 at 2.5%; with DA to DF in too (120 sets), -0.028 at 2%.
# Going below 0 buys little: at -0.042 (where CO to CT alone took it, flagging short everyday
# lookalikes such as "nobody would notice if I skipped ...") 9 more of 1,750 disclosures are
# caught (recall 0.915 -> 0.920) for 10 more false flags (precision 0.937 -> 0.932); the
# rules, not the model, are what reach recall 1.
THRESHOLD_FLOOR = 0.0
# Weak regularisation: 2,900 labelled texts over 25,000 word features; C from 1 to 4 tried,
# 4 gave the best average precision leaving one set out.
REGULARISATION_C = 4.0
MIN_DOCUMENTS = 2  # a word or pair in one text only is that writer's, not a signal

Sets = dict[str, tuple[list[str], list[bool]]]


def fit(texts: Sequence[str], labels: Sequence[bool], threshold: float = 0.0) -> DisclosureModel:
    """Fit the regression on texts and return it as the arrays DisclosureModel scores with."""
    vectoriser = TfidfVectorizer(analyzer=features, min_df=MIN_DOCUMENTS, sublinear_tf=True)
    x = vectoriser.fit_transform(texts)
    regression = LogisticRegression(C=REGULARISATION_C, class_weight="balanced", max_iter=3000)
    regression.fit(x, list(labels))
    return DisclosureModel(
        words=[str(w) for w in vectoriser.get_feature_names_out()],
        idf=vectoriser.idf_.astype(np.float64),
        coef=regression.coef_[0].astype(np.float64),
        intercept=float(regression.intercept_[0]),
        threshold=threshold,
        measured={},
    )


def held_out_sets(data_dir: Path = LABELLED_SETS) -> frozenset[str]:
    """Return the set names build_challenge.py holds out of safeguarding training (SAFEGUARDING_HELD_OUT)."""
    return held_out_batches("SAFEGUARDING_HELD_OUT", data_dir)


def labelled_sets(data_dir: Path = LABELLED_SETS, held_out: Collection[str] | None = None) -> Sets:
    """Return each data_dir/*.jsonl file's texts and safeguarding labels, by file name.

    Sets held out (by default those build_challenge.py names) are left out.
    """
    skip = held_out_sets(data_dir) if held_out is None else held_out
    sets = {}
    for path in sorted(data_dir.glob("*.jsonl")):
        if path.stem in skip:
            continue
        records = read_jsonl(path, required=("text",))
        labelled = [(r["text"], r["safeguarding"]) for r in records if isinstance(r.get("safeguarding"), bool)]
        if labelled:
            sets[path.stem] = ([t for t, _ in labelled], [label for _, label in labelled])
    return sets


def held_out_scores(sets: Sets, ordinary: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Score each set by a model fitted without it; return the scores and the labels.

    ordinary texts (not at risk) are always in training and never scored here.
    """
    scores: list[float] = []
    labels: list[bool] = []
    for name, (texts, truth) in sets.items():
        others = [(t, y) for other, (ts, ys) in sets.items() if other != name for t, y in zip(ts, ys)]
        model = fit([t for t, _ in others] + list(ordinary), [y for _, y in others] + [False] * len(ordinary))
        scores += [model.score(t) for t in texts]
        labels += truth
        logger.info("left out %s", name)
    return np.array(scores), np.array(labels, dtype=bool)


def choose_threshold(scores: np.ndarray, truth: np.ndarray) -> float:
    """Let NEGATIVE_RATE of the held-out negatives through, but never go below THRESHOLD_FLOOR."""
    negatives = np.sort(scores[~truth])
    return max(float(negatives[int(len(negatives) * (1 - NEGATIVE_RATE))]), THRESHOLD_FLOOR)


def build(sets: Sets, ordinary: Sequence[str]) -> DisclosureModel:
    """Choose the threshold leaving one set out at a time, then fit on everything."""
    scores, truth = held_out_scores(sets, ordinary)
    threshold = choose_threshold(scores, truth)
    flagged = scores >= threshold
    caught = flagged[truth]
    all_texts = [t for ts, _ in sets.values() for t in ts] + list(ordinary)
    all_labels = [y for _, ys in sets.values() for y in ys] + [False] * len(ordinary)
    final = fit(all_texts, all_labels, threshold)
    measured = {
        "sets": len(sets),
        "labelled": int(len(truth)),
        "disclosures": int(truth.sum()),
        "ordinary": len(ordinary),
        "leave_one_set_out_average_precision": round(float(average_precision_score(truth, scores)), 3),
        "leave_one_set_out_recall": round(float(caught.mean()), 3),
        "leave_one_set_out_precision": round(float(caught.sum() / flagged.sum()), 3),
        "negative_rate_threshold": round(float(np.sort(scores[~truth])[int((~truth).sum() * (1 - NEGATIVE_RATE))]), 3),
    }
    return DisclosureModel(final.words, final.idf, final.coef, final.intercept, threshold, measured)


def ordinary_texts() -> list[str]:
    """The training narratives the rules do not flag (some flagged ones may be disclosures), and the lookalikes."""
    narratives = [text for text, _ in read_corpus(story_corpora()) if not assess_rules(text).at_risk]
    lookalikes = [line.strip() for line in LOOKALIKES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return narratives + lookalikes


def main(path: Path = DISCLOSURE_MODEL) -> None:
    """Rebuild the shipped model from tests/nlp/data, the training narratives and the lookalikes."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    held_out = held_out_sets()
    model = build(labelled_sets(held_out=held_out), ordinary_texts())
    model.measured["held_out_sets"] = len(held_out)
    model.to_file(path)
    logger.info("safeguarding model: threshold %.3f, %s", model.threshold, model.measured)


if __name__ == "__main__":
    main()
