"""Logistic regressions over a text's word and word-pair TF-IDF, kept as plain arrays.

The theme classifier (one regression per theme) is one of these. scikit-learn fits it; the
bot only reads the arrays, so scoring a story costs a dictionary lookup per word and no
pickle is ever loaded. Text-speak is spelt out first ("im" is "i'm") so that texting and
careful English share their words.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from storybot.errors import ConfigError
from storybot.nlp.textspeak import spell_out

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def features(text: str) -> list[str]:
    """Return the words and adjacent word pairs of text, text-speak spelt out."""
    return words_and_pairs(spell_out(text)[0])


def words_and_pairs(spelt: str) -> list[str]:
    """Return the lower-case words of already spelt-out text and each adjacent pair."""
    words = _WORD.findall(spelt.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def _given(analysed: list[str]) -> list[str]:
    return analysed


def log_count_ratios(present: Any, y: np.ndarray, alpha: float) -> np.ndarray:
    """Return each feature's log-ratio of its share among a label's texts to its share among the rest.

    present: texts x features, 1 where a text has the feature. A word many of a theme's stories
    use and few others do gets a large ratio; one used alike by both, about 0 (NBSVM, Wang and
    Manning 2012). alpha smooths the counts, so a word seen once is not taken as proof.
    """
    with_label = np.asarray(present[y].sum(axis=0)).ravel() + alpha
    without = np.asarray(present[~y].sum(axis=0)).ravel() + alpha
    return np.log((with_label / with_label.sum()) / (without / without.sum()))


class Reading:
    """One text as a model read it: each label's probability and each word's contribution."""

    def __init__(self, labels: list[str], found: list[str], contributions: np.ndarray, decisions: np.ndarray) -> None:
        self.labels = labels
        self.found = found  # the text's features the model knows
        self.contributions = contributions  # found x labels, in log-odds
        self.decisions = decisions  # per label, in log-odds
        self.probabilities = {label: float(p) for label, p in zip(labels, 1.0 / (1.0 + np.exp(-decisions)))}

    def evidence(self, label: str, limit: int = 3) -> list[str]:
        """Return the features that pushed label's score up most, strongest first."""
        if label not in self.labels or not self.found:
            return []
        push = self.contributions[:, self.labels.index(label)]
        return [self.found[i] for i in np.argsort(-push)[:limit] if push[i] > 0]


class TfidfRegression:
    """One logistic regression per label over the same TF-IDF features."""

    def __init__(
        self, labels: Sequence[str], words: Sequence[str], idf: np.ndarray, coef: np.ndarray,
        intercept: np.ndarray, measured: dict[str, Any] | None = None,
    ) -> None:
        self.labels = list(labels)
        # Kept at the precision they are stored in (float32): scoring widens the few rows a
        # text uses, so the result is the same and the 47,000 x 19 weights take half the memory.
        self.idf = idf.astype(np.float32)
        self.coef = coef.astype(np.float32)  # words x labels
        self.intercept = intercept.astype(np.float64)
        self.measured = dict(measured or {})
        self._index = {word: i for i, word in enumerate(words)}

    @property
    def words(self) -> list[str]:
        """Return the features the model knows, in the order of the weights' rows."""
        return list(self._index)

    @classmethod
    def fit(
        cls, texts: Sequence[str], label_sets: Sequence[Sequence[str]], labels: Sequence[str], *,
        c: float = 4.0, min_df: int = 2, nb_alpha: float | None = None,
    ) -> TfidfRegression:
        """Fit every label's regression on labelled texts (needs scikit-learn)."""
        return cls.fit_features([features(text) for text in texts], label_sets, labels, c=c, min_df=min_df, nb_alpha=nb_alpha)

    @classmethod
    def fit_features(
        cls, analysed: Sequence[list[str]], label_sets: Sequence[Sequence[str]], labels: Sequence[str], *,
        c: float = 4.0, min_df: int = 2, nb_alpha: float | None = None,
    ) -> TfidfRegression:
        """Fit on texts already turned into `features`: cross-validation computes those once, not per fold.

        With nb_alpha, each label's weights are the mean, in log-odds, of the plain regression
        and one over the features scaled by their log-count ratios (`log_count_ratios`, counts
        smoothed by nb_alpha): NBSVM's Naive Bayes features, averaged with the plain ones.
        Both are linear in the same features, so the mean is one weight per feature and scoring
        costs what it did.
        """
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from threadpoolctl import threadpool_limits

        # sublinear_tf and the l2 norm are what `_vectorise` recomputes at scoring time.
        vectoriser = TfidfVectorizer(analyzer=_given, min_df=min_df, sublinear_tf=True)
        x = vectoriser.fit_transform(analysed)
        present = (x > 0).astype(np.float64) if nb_alpha is not None else None
        coef = np.zeros((x.shape[1], len(labels)))
        intercept = np.zeros(len(labels))
        # One BLAS thread: these fits are tiny, and on a busy 2-core server the default
        # thread pool spun for 40x the CPU time (0.1 s a theme became 4 s).
        with threadpool_limits(limits=1):
            for j, label in enumerate(labels):
                y = np.array([label in chosen for chosen in label_sets])
                if y.all() or not y.any():
                    # A label no text (or every text) carries: a constant, not a regression.
                    intercept[j] = 10.0 if y.all() else -10.0
                    continue
                # Balanced weights: a theme in one story in ten still gets heard.
                regression = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(x, y)
                coef[:, j] = regression.coef_[0]
                intercept[j] = regression.intercept_[0]
                if present is not None:
                    ratio = log_count_ratios(present, y, nb_alpha or 0.0)
                    scaled = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
                    scaled.fit(x.multiply(ratio).tocsr(), y)
                    # Weighing a feature scaled by its ratio by w is weighing the feature by w * ratio.
                    coef[:, j] = (coef[:, j] + scaled.coef_[0] * ratio) / 2
                    intercept[j] = (intercept[j] + scaled.intercept_[0]) / 2
        return cls(labels, vectoriser.get_feature_names_out().tolist(), vectoriser.idf_, coef, intercept)

    def read(self, text: str) -> Reading:
        """Score text: each label's probability, and what each of its words contributed."""
        counts = Counter(f for f in features(text) if f in self._index)
        found = list(counts)
        if not found:
            return Reading(self.labels, found, np.zeros((0, len(self.labels))), self.intercept)
        rows = [self._index[f] for f in found]
        # TF-IDF with a log term frequency and unit length, as TfidfVectorizer(sublinear_tf=True).
        weights = np.array([1.0 + math.log(counts[f]) for f in found]) * self.idf[rows]
        weights /= np.linalg.norm(weights)
        contributions = weights[:, None] * self.coef[rows]
        return Reading(self.labels, found, contributions, contributions.sum(axis=0) + self.intercept)

    @classmethod
    def from_file(cls, path: Path) -> TfidfRegression:
        """Read a model written by `to_file`."""
        try:
            data = np.load(path, allow_pickle=False)
            return cls(
                labels=[str(x) for x in data["labels"]], words=[str(w) for w in data["words"]],
                idf=data["idf"], coef=data["coef"], intercept=data["intercept"],
                measured=json.loads(str(data["measured"])),
            )
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"cannot read the classifier {path}: {exc}") from None

    def to_file(self, path: Path) -> None:
        """Write the model as plain compressed arrays (no pickle)."""
        with path.open("wb") as out:
            np.savez_compressed(
                out, labels=np.array(self.labels), words=np.array(self.words), idf=self.idf, coef=self.coef,
                intercept=self.intercept,
                measured=np.array(json.dumps(self.measured, sort_keys=True)),
            )
