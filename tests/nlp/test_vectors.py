"""The word-vector theme model: its table, its regression, and its place in the suggester."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storybot.errors import ConfigError
from storybot.nlp import components
from storybot.nlp.pipeline import CLASSIFIER_DIR, Analyzer
from storybot.nlp.vectors import VECTOR_MODEL, VectorClassifier, WordVectors, fit_logistic, load_word_vectors


def _cosine(vectors: WordVectors, a: str, b: str) -> float:
    x, y = vectors.embed([a, b])
    return float(x @ y)


def test_fit_logistic_reaches_the_regularised_optimum() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 5))
    y = (x[:, 0] - 0.5 * x[:, 1] + rng.normal(scale=0.5, size=300) > 0.3).astype(float)
    w, b = fit_logistic(x, y, c=0.5)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    # At the optimum the gradient of sum(log loss) + |w|^2 / (2c) is zero, bias unpenalised.
    assert np.abs(x.T @ (p - y) + w / 0.5).max() < 1e-6
    assert abs(float(np.sum(p - y))) < 1e-6
    assert w[0] > 0 > w[1]


def test_quantised_table_round_trips_and_embeds_known_words(tmp_path: Path) -> None:
    table = np.array([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, -0.5]], np.float32)
    vectors = WordVectors.quantise(["rent", "landlord", "garden"], table)
    path = tmp_path / "words.npz"
    vectors.to_file(path, source="test")
    again = WordVectors.from_file(path)
    assert again.ids("The landlord’s RENT, unknownword, garden!") == [1, 0, 2]
    rows = again.embed(["rent landlord", "nothing we know", "garden"])
    assert np.allclose(rows[0], [1 / np.sqrt(5), 2 / np.sqrt(5), 0], atol=0.01)
    assert not rows[1].any()
    assert np.allclose(rows[2], [0, 0, -1], atol=0.01)


def test_shipped_table_puts_words_that_mean_alike_close() -> None:
    vectors = load_word_vectors()
    assert _cosine(vectors, "skint", "broke") > _cosine(vectors, "skint", "garden")
    assert _cosine(vectors, "eviction", "landlord") > _cosine(vectors, "eviction", "swimming")
    assert _cosine(vectors, "lonely", "isolated") > _cosine(vectors, "lonely", "invoice")


def test_vector_classifier_learns_themes_from_words_it_never_saw_labelled() -> None:
    vectors = load_word_vectors()
    housing = ["the rent went up and the landlord", "we got an eviction notice", "the council housing list",
               "living in a hostel room", "our flat had damp and mould", "sofa surfing at my mate's house"]
    mental = ["my anxiety was through the roof", "the depression came back", "panic attacks every morning",
              "I saw a counsellor about my mood", "my mental health was bad", "I kept having dark thoughts"]
    texts = housing + mental
    themes = [["housing"]] * len(housing) + [["mental_health"]] * len(mental)
    model = VectorClassifier.train(vectors, texts, themes, ["housing", "mental_health"], c=1.0)
    # Neither story's words were in training: only their vectors' neighbours were.
    tenancy = model.scores(vectors, "we were evicted from our flat and the tenancy ended")
    worry = model.scores(vectors, "I felt so depressed and anxious")
    assert tenancy["housing"] > tenancy["mental_health"]
    assert worry["mental_health"] > worry["housing"]


def test_a_model_trained_on_another_table_is_refused(tmp_path: Path) -> None:
    vectors = load_word_vectors()
    model = VectorClassifier(["housing"], np.zeros((vectors.dims, 1), np.float32), np.zeros(1, np.float32), "other")
    model.to_dir(tmp_path)
    with pytest.raises(ConfigError, match="retrain"):
        VectorClassifier.from_dir(tmp_path, vectors)


def test_shipped_classifier_averages_both_models(analyzer: Analyzer) -> None:
    assert (CLASSIFIER_DIR / VECTOR_MODEL).exists()
    suggester = analyzer.nlp.get_pipe(components.THEMES)
    assert isinstance(suggester, components.ThemeSuggester)
    assert suggester.vector_model is not None and suggester.vectors is not None
    doc = analyzer.nlp("We were skint, the leccy was cut off and the gas card was empty.")
    vector = suggester.vector_model.scores(suggester.vectors, doc.text)
    combined = suggester.classifier_scores(doc)
    for theme, score in combined.items():
        assert score == pytest.approx((doc.cats[theme] + vector[theme]) / 2)
    assert max(combined, key=combined.__getitem__) == "money"
