"""The TF-IDF regression: its arithmetic against scikit-learn's, its file, its evidence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from storybot.config import PROJECT_ROOT
from storybot.errors import ConfigError
from storybot.nlp.tfidf import TfidfRegression, features, log_count_ratios

TEXTS = [
    "the landlord put the rent up again",
    "the rent is late and the landlord is angry",
    "my anxiety is bad and the panic comes at night",
    "panic attacks and low mood most days",
    "the landlord fixed the boiler at last",
    "low mood again, anxiety through the roof",
]
THEMES = [["housing"], ["housing", "money"], ["mental_health"], ["mental_health"], ["housing"], ["mental_health"]]
LABELS = ["housing", "mental_health", "money"]


def test_scores_match_scikit_learns_own_pipeline() -> None:
    model = TfidfRegression.fit(TEXTS, THEMES, LABELS, c=4.0, min_df=1)
    vectoriser = TfidfVectorizer(analyzer=features, min_df=1, sublinear_tf=True).fit(TEXTS)
    x = vectoriser.transform(["im worried the landlord will put the rent up, rent rent rent"])
    for j, label in enumerate(LABELS):
        y = np.array([label in t for t in THEMES])
        reference = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000).fit(vectoriser.transform(TEXTS), y)
        expected = reference.predict_proba(x)[0, 1]
        got = model.read("im worried the landlord will put the rent up, rent rent rent").probabilities[label]
        assert got == pytest.approx(expected, abs=1e-6)


def test_naive_bayes_half_is_folded_into_the_stored_weights() -> None:
    # The mean, in log-odds, of the plain regression and one over NB-scaled features: the
    # stored weights carry it, so scoring a story is the same lookup as before.
    model = TfidfRegression.fit(TEXTS, THEMES, LABELS, c=4.0, min_df=1, nb_alpha=1.0)
    vectoriser = TfidfVectorizer(analyzer=features, min_df=1, sublinear_tf=True).fit(TEXTS)
    x = vectoriser.transform(TEXTS)
    story = "the landlord has not fixed the damp and my anxiety is worse"
    xs = vectoriser.transform([story])
    for label in LABELS:
        y = np.array([label in t for t in THEMES])
        ratio = log_count_ratios((x > 0).astype(float), y, 1.0)
        plain = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000).fit(x, y)
        scaled = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000).fit(x.multiply(ratio).tocsr(), y)
        log_odds = (plain.decision_function(xs)[0] + scaled.decision_function(xs.multiply(ratio).tocsr())[0]) / 2
        assert model.read(story).probabilities[label] == pytest.approx(1 / (1 + np.exp(-log_odds)), abs=1e-6)
    without = TfidfRegression.fit(TEXTS, THEMES, LABELS, c=4.0, min_df=1)
    assert model.read(story).probabilities != pytest.approx(without.read(story).probabilities, abs=1e-3)


def test_log_count_ratios_favour_a_labels_own_words() -> None:
    # Columns: a word only the label's texts use, one both use alike, one only the others use.
    present = np.array([[1, 1, 0], [1, 1, 0], [0, 1, 1], [0, 1, 1]], dtype=float)
    ratio = log_count_ratios(present, np.array([True, True, False, False]), 1.0)
    assert ratio[0] > 0 > ratio[2]
    assert ratio[1] == pytest.approx(0.0)
    assert ratio[0] == pytest.approx(-ratio[2])


def test_a_text_of_unknown_words_scores_the_intercept() -> None:
    model = TfidfRegression.fit(TEXTS, THEMES, LABELS, min_df=1)
    reading = model.read("zzz qqq")
    assert np.allclose(reading.decisions, model.intercept)
    assert reading.evidence("housing") == []


def test_evidence_names_the_words_that_raised_a_theme() -> None:
    model = TfidfRegression.fit(TEXTS * 3, THEMES * 3, LABELS, min_df=1)
    reading = model.read("the landlord said the rent and my panic")
    words = reading.evidence("housing")
    assert words and words[0] in {"landlord", "rent", "the landlord", "the rent"}
    assert "panic" not in words
    assert reading.evidence("a_theme_it_never_learned") == []
    assert reading.decisions == pytest.approx(reading.contributions.sum(axis=0) + model.intercept)


def test_round_trips_through_plain_arrays(tmp_path: Path) -> None:
    model = TfidfRegression.fit(TEXTS, THEMES, LABELS, min_df=1)
    model.measured["trained_on"] = len(TEXTS)
    model.to_file(tmp_path / "m.npz")
    again = TfidfRegression.from_file(tmp_path / "m.npz")
    assert again.labels == LABELS and again.measured == {"trained_on": 6}
    text = "anxiety about the rent"
    assert again.read(text).probabilities == pytest.approx(model.read(text).probabilities, abs=1e-5)  # float32 on disk
    with np.load(tmp_path / "m.npz", allow_pickle=False) as data:  # nothing in it needs pickle
        assert set(data.files) == {"labels", "words", "idf", "coef", "intercept", "measured"}


def test_a_label_nobody_carries_is_a_constant_no() -> None:
    model = TfidfRegression.fit(TEXTS, THEMES, [*LABELS, "safety"], min_df=1)
    assert model.read("the landlord again").probabilities["safety"] < 0.001


def test_a_broken_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "m.npz").write_bytes(b"not numpy")
    with pytest.raises(ConfigError, match="cannot read the classifier"):
        TfidfRegression.from_file(tmp_path / "m.npz")


def test_the_bot_scores_stories_without_importing_scikit_learn() -> None:
    # scikit-learn is for training only: the analysis process stays small (bench (d)).
    script = (
        "import sys\n"
        "from storybot.config import Settings\n"
        "from storybot.nlp import load_analyzer\n"
        "analysis = load_analyzer(Settings(_env_file=None)).analyse_one('The landlord put the rent up again.')\n"
        "assert analysis.themes, analysis\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=PROJECT_ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
