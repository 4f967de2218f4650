"""Cross-validation: the corpora it reads, the nested blend, the figures per kind of text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storybot.config import Settings
from storybot.nlp.batch import InputError
from storybot.nlp.measure import breakdown, cross_validate, nested_predictions
from storybot.nlp.themes import Blend
from storybot.nlp.train import CorpusRecord, read_corpus, read_corpus_records, training_corpora


def test_every_corpus_file_joins_training(tmp_path: Path) -> None:
    (tmp_path / "starter_corpus.jsonl").write_text('{"text": "a", "themes": ["housing"]}\n')
    (tmp_path / "corpus_comments.jsonl").write_text('{"text": "b", "themes": []}\n\n')
    (tmp_path / "notes.jsonl").write_text('{"text": "not training data", "themes": []}\n')
    assert [p.name for p in training_corpora(tmp_path)] == ["corpus_comments.jsonl", "starter_corpus.jsonl"]
    assert read_corpus(training_corpora(tmp_path)) == [("b", []), ("a", ["housing"])]


def test_shipped_corpora_include_the_narratives_with_their_kinds() -> None:
    records = read_corpus_records(training_corpora())
    sources = {r.source for r in records}
    assert {"starter_corpus", "narratives_corpus"} <= sources
    narratives = [r for r in records if r.source == "narratives_corpus"]
    assert len(narratives) >= 250
    assert {r.author for r in narratives} == {"participant", "worker"}
    assert any(not r.themes for r in narratives), "stories about nothing in the codebook teach the model too"


def test_a_corpus_line_without_themes_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad_corpus.jsonl"
    path.write_text('{"text": "fine", "themes": []}\n{"text": "no themes here"}\n')
    with pytest.raises(InputError, match=r"bad_corpus.jsonl:2"):
        read_corpus_records([path])


def test_blend_pick_ranks_by_distance_past_the_threshold_and_skips_what_was_set_aside() -> None:
    blend = Blend(0.5, {"housing": 0.4, "money": 0.2}, 0.3)
    ids = ["housing", "money", "safety"]
    # housing 0.5*0.6+0.5*0.5=0.55 (shown 0.625); money 0.5*0.2+0.5*0.9=0.55 (shown 0.71875);
    # safety 0.5*0.0+0.5*0.9=0.45 on the classifier alone (shown 0.607).
    assert blend.pick(ids, [0.6, 0.2, 0.0], [0.5, 0.9, 0.9]) == ["money", "housing", "safety"]
    assert blend.pick(ids, [0.6, 0.2, 0.0], [0.5, 0.9, 0.9], max_themes=1) == ["money"]
    # None: the teller set every mention aside ("no problems with money"), whatever the classifier says.
    assert blend.pick(ids, [0.6, None, None], [0.5, 0.9, 0.9]) == ["housing"]
    assert blend.pick(ids, [0.2, 0.0, 0.0], [0.1, 0.1, 0.1]) == []  # 0.15 < 0.4, 0.05 < 0.2 and < 0.3


def test_nested_predictions_choose_each_folds_blend_without_it() -> None:
    ids = ["housing", "money"]
    # Separable: the classifier is right and confident; every record has vocabulary hits.
    lexical = [[0.6, 0.2], [0.2, 0.6], [0.6, 0.6], [0.2, 0.2]] * 3
    classifier = [[0.9, 0.1], [0.1, 0.9], [0.9, 0.9], [0.1, 0.1]] * 3
    gold = [[True, False], [False, True], [True, True], [False, False]] * 3
    predicted = nested_predictions(lexical, classifier, gold, ids, k=3)
    assert predicted == [frozenset({t for t, g in zip(ids, row) if g}) for row in gold]


def test_breakdown_by_kind_is_plain_arithmetic() -> None:
    records = [
        CorpusRecord("short one", ("housing",), "a_corpus", "participant", "texting"),
        CorpusRecord("short two", ("money", "housing"), "a_corpus", "worker", ""),
        CorpusRecord(" ".join(["word"] * 70), ("money",), "b_corpus"),
    ]
    predicted = [frozenset({"housing"}), frozenset({"money", "safety"}), frozenset()]
    kinds = breakdown(records, predicted, ["housing", "money", "safety"])
    assert set(kinds) == {
        "source:a_corpus", "source:b_corpus", "author:participant", "author:worker", "style:texting",
        "length:short (<25 words)", "length:long (60+ words)",
    }
    # a_corpus: tp 2 (housing, money), fp 1 (safety), fn 1 (housing in record 2).
    assert kinds["source:a_corpus"]["micro"] == {"tp": 2, "fp": 1, "fn": 1, "precision": 0.6667,
                                                 "recall": 0.6667, "f1": 0.6667}
    assert kinds["source:b_corpus"]["micro"]["fn"] == 1 and kinds["source:b_corpus"]["micro"]["f1"] == 0.0
    assert kinds["author:participant"]["records"] == 1 and kinds["author:participant"]["micro"]["f1"] == 1.0


def test_cross_validation_on_a_tiny_corpus_scores_every_record_once() -> None:
    housing = ["The landlord served an eviction notice on the flat.", "Rent arrears and the landlord again.",
               "We were evicted and ended up in a hostel.", "The housing officer sorted the tenancy."]
    mental = ["My anxiety and panic attacks are back.", "The depression is bad and I can't sleep.",
              "Therapy for my anxiety is helping.", "Panic attacks every morning, my mental health is poor."]
    records = [CorpusRecord(t, ("housing",), "tiny") for t in housing]
    records += [CorpusRecord(t, ("mental_health",), "tiny") for t in mental]
    report = cross_validate(records, Settings(_env_file=None), k=2)  # type: ignore[call-arg]
    micro = report["micro"]
    assert report["records"] == 8 and micro["tp"] + micro["fn"] == 8  # each gold theme counted once
    # Four training texts a fold share almost no content words, so the classifier reads function
    # words and the vocabulary decides; one record either way is chance (0.8 plain, 0.67 with
    # the NB half), so this floor only says the suggester learned something.
    assert report["per_theme"]["housing"]["f1"] >= 0.6 and report["per_theme"]["mental_health"]["f1"] >= 0.6
    assert report["by_kind"]["source:tiny"]["records"] == 8
    assert set(report["per_theme"]) >= {"housing", "mental_health"}


def _storybot(*args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    return subprocess.run([sys.executable, "-m", "storybot", *args], env=clean, capture_output=True, text=True,
                          timeout=120)


def test_evaluate_needs_a_file_or_cv_but_not_both(tmp_path: Path) -> None:
    neither = _storybot("evaluate")
    assert neither.returncode != 0 and "--cv" in neither.stderr and neither.stdout == ""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": "x", "themes": [], "pii": [], "safeguarding": False}) + "\n")
    both = _storybot("evaluate", str(gold), "--cv", "3")
    assert both.returncode != 0 and "not both" in both.stderr
    one_fold = _storybot("evaluate", "--cv", "1")
    assert one_fold.returncode != 0 and "at least 2" in one_fold.stderr
