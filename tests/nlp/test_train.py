"""The classifier trains from labelled stories, and its blend is chosen on writers it never saw."""

from __future__ import annotations

from storybot.nlp.train import STARTER_CORPUS, read_corpus, train_classifier


def test_starter_corpus_uses_codebook_ids() -> None:
    from storybot.nlp.codebook import DEFAULT_THEME_IDS

    records = read_corpus([STARTER_CORPUS])
    assert len(records) >= 150
    seen = {theme for _, themes in records for theme in themes}
    assert seen == set(DEFAULT_THEME_IDS)


def test_training_learns_from_examples() -> None:
    records = [
        ("the rent and the landlord and the eviction", ["housing"]),
        ("my anxiety and depression and panic", ["mental_health"]),
    ] * 8
    model = train_classifier(records, ["housing", "mental_health"])
    cats = model.read("the landlord wants the rent").probabilities
    assert cats["housing"] > 0.5 > cats["mental_health"]
