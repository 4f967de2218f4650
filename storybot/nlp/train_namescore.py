"""Train the name scorer (storybot/nlp/namescore.py) on the labelled sets; maintainers only.

Every set in tests/nlp/data trains it but the blind batch build_challenge.py holds out
(NAMES_HELD_OUT). Each text is read with its own gold names taken out of the name lists
("leave names out"), so the scorer learns what an unlisted name looks like in context:
its candidates are the words the rules then leave, its positives those inside a gold
PERSON span. The threshold is chosen on scores from models that never saw the text's set
family, nor any of that family's names.

    python -m storybot.nlp.train_namescore      # about 4 minutes; rewrites storybot/nlp/data/namescore.npz

scikit-learn fits the regression; the bot itself only reads the arrays it leaves behind.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from storybot.config import Settings
from storybot.nlp import redactor
from storybot.nlp.batch import read_jsonl
from storybot.nlp.namescore import MODEL_FILE, NameScorer, doc_style, features
from storybot.nlp.patterns import ambiguous_names, first_names
from storybot.nlp.pipeline import load_nlp
from storybot.nlp.train import LABELLED_SETS, held_out_batches

logger = logging.getLogger(__name__)

FOLDS = 10
# Weak enough to let context words count; 0.1, 0.3 and 1.0 tried, 1.0 gave the best held-out
# average precision over candidates.
REGULARISATION_C = 1.0
# The threshold is the lowest that costs the sets' span precision (leave names out) at
# most this much: about one false span more in 500.
MAX_PRECISION_DROP = 0.002
THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))
_NAME_PART = re.compile(r"[^\W\d_]+")


@dataclass
class Text:
    """One labelled text, its set and its gold spans."""

    set_name: str
    text: str
    gold: list[dict[str, Any]]

    def own_names(self) -> frozenset[str]:
        """Return every word of its gold PERSON spans, lower case."""
        return frozenset(w.lower() for s in self.gold if s["label"] == "PERSON" for w in _NAME_PART.findall(s["text"]))


@dataclass
class Candidates:
    """Every text's rule spans, and the words the rules left with their features and gold."""

    rule_spans: list[list[tuple[int, int, str]]]
    owner: list[int]
    span: list[tuple[int, int]]
    word: list[str]
    gold: list[bool]
    feats: list[list[str]]


def held_out_sets(data_dir: Path = LABELLED_SETS) -> frozenset[str]:
    """Return the set names build_challenge.py holds out of name training (NAMES_HELD_OUT)."""
    return held_out_batches("NAMES_HELD_OUT", data_dir)


def labelled_texts(data_dir: Path = LABELLED_SETS, held_out: Collection[str] | None = None) -> list[Text]:
    """Return every text of data_dir/*.jsonl with gold spans, but the held-out sets'."""
    skip = held_out_sets(data_dir) if held_out is None else held_out
    texts = []
    for path in sorted(data_dir.glob("*.jsonl")):
        if path.stem in skip:
            continue
        for record in read_jsonl(path, required=("text",)):
            if isinstance(record.get("pii"), list):
                texts.append(Text(path.stem, record["text"], record["pii"]))
    return texts


@contextmanager
def lists_without(words: frozenset[str]) -> Iterator[None]:
    """Take words out of the redactor's name lists for a while (training only: not thread-safe)."""
    names, ambiguous = first_names() - words, ambiguous_names() - words
    saved = redactor.first_names, redactor.ambiguous_names
    redactor.first_names, redactor.ambiguous_names = (lambda: names), (lambda: ambiguous)
    try:
        yield
    finally:
        redactor.first_names, redactor.ambiguous_names = saved


def gather(docs: Sequence[Doc], texts: Sequence[Text], words: redactor.Dictionary) -> Candidates:
    """Run the rules on each text with its own names left out; collect the words they leave."""
    out = Candidates([], [], [], [], [], [])
    for k, (doc, text) in enumerate(zip(docs, texts)):
        with lists_without(text.own_names()):
            spans = redactor.find_pii(doc, True, words, names_model=False)
            names, ambiguous = redactor.first_names(), redactor.ambiguous_names()
        out.rule_spans.append([(s.start, s.end, s.label) for s in spans])
        style = doc_style(doc)
        for i in redactor.name_candidates(doc, spans, words):
            token = doc[i]
            start, end = token.idx, token.idx + len(token)
            out.owner.append(k)
            out.span.append((start, end))
            out.word.append(token.lower_)
            out.gold.append(any(g["label"] == "PERSON" and g["start"] < end and start < g["end"] for g in text.gold))
            out.feats.append(features(doc, i, words, names, ambiguous, style))
    return out


def family(set_name: str) -> str:
    """Return a set's family ("devlike" for devlike_blind_ck): sets one kind of writer wrote."""
    return set_name.split("_")[0]


def _matrix(vectoriser: DictVectorizer, feats: Sequence[list[str]], fit: bool = False) -> sparse.csr_matrix:
    rows = [dict.fromkeys(f, 1) for f in feats]
    x = sparse.csr_matrix(vectoriser.fit_transform(rows) if fit else vectoriser.transform(rows))
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return x


def _regression() -> LogisticRegression:
    return LogisticRegression(C=REGULARISATION_C, solver="liblinear", max_iter=2000)


def held_out_scores(texts: Sequence[Text], cands: Candidates) -> np.ndarray:
    """Score each candidate by a model trained without its set family and without that
    family's gold names (as words), so no name is scored by a model that learnt it."""
    families = [family(texts[k].set_name) for k in cands.owner]
    sizes: dict[str, int] = {}
    for name in families:
        sizes[name] = sizes.get(name, 0) + 1
    fold_of = {name: n % FOLDS for n, name in enumerate(sorted(sizes, key=lambda f: (-sizes[f], f)))}
    fold = np.array([fold_of[f] for f in families])
    gold = np.array(cands.gold, dtype=bool)
    word = np.array(cands.word)
    vectoriser = DictVectorizer()
    x = _matrix(vectoriser, cands.feats, fit=True)
    scores = np.zeros(len(gold))
    for k in range(FOLDS):
        test = fold == k
        if not test.any():
            continue
        train = ~test & ~np.isin(word, sorted(set(word[test & gold])))
        scores[test] = _regression().fit(x[train], gold[train]).predict_proba(x[test])[:, 1]
        logger.info("fold %d of %d", k + 1, FOLDS)
    return scores


def measure(texts: Sequence[Text], cands: Candidates, scores: np.ndarray | None, threshold: float) -> dict[str, Any]:
    """Return PERSON recall and span precision over texts: the rule spans, and scored words at or above threshold."""
    spans = [list(s) for s in cands.rule_spans]
    if scores is not None:
        for k, (start, end), score in zip(cands.owner, cands.span, scores):
            if score >= threshold:
                spans[k].append((start, end, "PERSON"))
    caught = total = correct = predicted = 0
    for text, found in zip(texts, spans):
        found = _joined(text.text, found)
        covered = {i for s in found for i in range(s[0], s[1])}
        for g in text.gold:
            if g["label"] == "PERSON":
                total += 1
                caught += all(i in covered for i in range(g["start"], g["end"]))
        predicted += len(found)
        correct += sum(any(s[0] < g["end"] and g["start"] < s[1] for g in text.gold) for s in found)
    return {
        "person_recall": round(caught / max(total, 1), 4), "names": total,
        "span_precision": round(correct / max(predicted, 1), 4), "spans": predicted,
    }


def _joined(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join PERSON spans with one space between (as the redactor does)."""
    out: list[tuple[int, int, str]] = []
    for s in sorted(spans):
        if out and s[2] == "PERSON" == out[-1][2] and text[out[-1][1] : s[0]] == " ":
            out[-1] = (out[-1][0], s[1], "PERSON")
        else:
            out.append(s)
    return out


def choose_threshold(texts: Sequence[Text], cands: Candidates, scores: np.ndarray) -> tuple[float, dict[str, Any]]:
    """Return the lowest threshold costing at most MAX_PRECISION_DROP span precision, and every threshold's figures."""
    rules = measure(texts, cands, None, 1.0)
    table = {"rules": rules} | {str(t): measure(texts, cands, scores, t) for t in THRESHOLDS}
    fits = [t for t in THRESHOLDS if table[str(t)]["span_precision"] >= rules["span_precision"] - MAX_PRECISION_DROP]
    return (min(fits) if fits else 1.0), table


def parse(texts: Sequence[Text]) -> tuple[list[Doc], redactor.Dictionary]:
    """Parse texts with the base model (our components off); return the docs and its dictionary."""
    nlp = load_nlp(Settings())
    ours = [name for name, _ in nlp.pipeline if name.startswith("storybot")]
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe([t.text for t in texts], batch_size=64))
    return docs, redactor.dictionary_words(nlp)


def fit(feats: Sequence[list[str]], gold: Sequence[bool], threshold: float = 0.5) -> NameScorer:
    """Fit the regression on candidates' features and return it as the weights NameScorer reads."""
    vectoriser = DictVectorizer()
    x = _matrix(vectoriser, feats, fit=True)
    regression = _regression().fit(x, np.array(gold, dtype=bool))
    coef = regression.coef_[0]
    keep = np.abs(coef) > 1e-9  # liblinear leaves some features at exactly nothing
    names = [str(f) for f, k in zip(vectoriser.get_feature_names_out(), keep) if k]
    return NameScorer(dict(zip(names, coef[keep].tolist())), float(regression.intercept_[0]), threshold)


def build(texts: Sequence[Text], cands: Candidates) -> NameScorer:
    """Choose the threshold on held-out scores, then fit on everything."""
    scores = held_out_scores(texts, cands)
    threshold, table = choose_threshold(texts, cands, scores)
    scorer = fit(cands.feats, cands.gold, threshold)
    scorer.measured = {
        "texts": len(texts), "sets": len({t.set_name for t in texts}), "candidates": len(cands.gold),
        "gold": int(sum(cands.gold)), "leave_names_out": table,
    }
    return scorer


def main(path: Path = MODEL_FILE) -> None:
    """Rebuild the shipped scorer from tests/nlp/data."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    texts = labelled_texts()
    docs, words = parse(texts)
    scorer = build(texts, gather(docs, texts, words))
    scorer.to_file(path)
    logger.info("name scorer: threshold %.2f, %s", scorer.threshold, json.dumps(scorer.measured))


if __name__ == "__main__":
    main()
