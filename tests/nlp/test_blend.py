"""The score blend: chosen on held-out scores, shipped with the classifier, used by the suggester."""

from __future__ import annotations

from pathlib import Path

from storybot.nlp.pipeline import Analyzer
from storybot.nlp.themes import Blend, choose_blend


def test_choose_blend_separates_an_easy_case() -> None:
    ids = ["housing", "money"]
    lexical = [[0.6, 0.0], [0.0, 0.6], [0.2, 0.2], [0.6, 0.2]]
    classifier = [[0.9, 0.1], [0.1, 0.9], [0.1, 0.1], [0.8, 0.1]]
    gold = [[True, False], [False, True], [False, False], [True, False]]
    blend = choose_blend(lexical, classifier, gold, ids)
    for row_l, row_c, row_g in zip(lexical, classifier, gold):
        for theme, l, c, g in zip(ids, row_l, row_c, row_g):
            score = blend.lexical_weight * l + (1 - blend.lexical_weight) * c
            assert (score >= blend.threshold(theme)) == g


def test_blend_round_trips_and_defaults_for_new_themes(tmp_path: Path) -> None:
    blend = Blend(0.4, {"housing": 0.3}, 0.25)
    blend.to_file(tmp_path / "blend.json", trained_on=3)
    again = Blend.from_file(tmp_path / "blend.json")
    assert again == blend
    assert again.threshold("a_theme_added_later") == 0.25


def test_shipped_pipeline_uses_the_blend_and_no_parser(analyzer: Analyzer) -> None:
    from storybot.nlp import components

    suggester = analyzer.nlp.get_pipe(components.THEMES)
    assert isinstance(suggester, components.ThemeSuggester)
    assert suggester.blend is not None
    assert "parser" not in analyzer.nlp.pipe_names
    doc = analyzer.nlp("It was a long day. The landlord served notice on the flat.")
    assert len(list(doc.sents)) == 2


def test_suggestions_always_carry_evidence(analyzer: Analyzer) -> None:
    texts = [
        "Honestly I just want a quiet life now.",
        "The worker came round with a kettle and we had a brew and talked about my sister.",
    ]
    for analysis in analyzer.analyse(texts):
        assert all(s.evidence for s in analysis.themes)
        assert all(0.5 <= s.score <= 1.0 for s in analysis.themes)
