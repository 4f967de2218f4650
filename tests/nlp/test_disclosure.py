"""The learned safeguarding model: its arithmetic, its file, and what the shipped one measured."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from storybot.errors import ConfigError
from storybot.nlp.disclosure import DisclosureModel, load_disclosure_model
from storybot.nlp.tfidf import features
from storybot.nlp.train_disclosure import (
    MIN_DOCUMENTS, REGULARISATION_C, THRESHOLD_FLOOR, choose_threshold, fit, held_out_sets, labelled_sets,
)

from tests.nlp import test_challenge
from tests.nlp.data import build_challenge


@pytest.fixture(scope="module")
def sample() -> tuple[list[str], list[bool]]:
    sets = labelled_sets()
    texts = [t for name in ("holdout_safeguarding", "chat_blind_l", "plain_blind_o") for t in sets[name][0]]
    labels = [y for name in ("holdout_safeguarding", "chat_blind_l", "plain_blind_o") for y in sets[name][1]]
    return texts, labels


def test_features_are_words_and_pairs_with_text_speak_spelt_out() -> None:
    assert features("im SO done, cant cope") == [
        "i'm", "so", "done", "can't", "cope", "i'm so", "so done", "done can't", "can't cope",
    ]


def test_scores_match_scikit_learns_own_pipeline(sample: tuple[list[str], list[bool]]) -> None:
    # The bot scores with plain arrays; scikit-learn, fitted the same way, is the reference.
    texts, labels = sample
    model = fit(texts, labels)
    vectoriser = TfidfVectorizer(analyzer=features, min_df=MIN_DOCUMENTS, sublinear_tf=True)
    regression = LogisticRegression(C=REGULARISATION_C, class_weight="balanced", max_iter=3000)
    regression.fit(vectoriser.fit_transform(texts), labels)
    unseen = ["He took my phone again and I'm not allowed out", "We planted tomatoes today", "zzz qqq"]
    expected = regression.decision_function(vectoriser.transform(texts + unseen))
    ours = np.array([model.score(t) for t in texts + unseen])
    np.testing.assert_allclose(ours, expected, atol=1e-9)


def test_a_model_reads_back_what_it_wrote(tmp_path: Path, sample: tuple[list[str], list[bool]]) -> None:
    texts, labels = sample
    model = fit(texts, labels, threshold=0.25)
    path = tmp_path / "model.npz"
    model.to_file(path)
    again = DisclosureModel.from_file(path)
    assert again.threshold == 0.25 and again.words == model.words
    # Stored as float32: a quarter of the size, scores equal to well within any threshold's margin.
    np.testing.assert_allclose([again.score(t) for t in texts], [model.score(t) for t in texts], atol=1e-4)


def test_an_unreadable_model_file_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "model.npz"
    broken.write_bytes(b"not a model")
    with pytest.raises(ConfigError, match="cannot read the safeguarding model"):
        DisclosureModel.from_file(broken)


def test_the_shipped_model_keeps_what_it_measured_leaving_each_set_out() -> None:
    # Written by python -m storybot.nlp.train_disclosure; these floors are what it measured.
    measured = load_disclosure_model().measured
    # Rebuilt with EI-EN and EO-ET (EU-EZ held out): 160 sets, 2,417 disclosures; average
    # precision 0.986, recall 0.938, precision 0.949 at the threshold floor, 0 (148 sets before:
    # 0.985, 0.937, 0.947; 138 sets: 0.984, 0.932, 0.944; 132 sets: 0.983, 0.927, 0.944; 126
    # sets: 0.982, 0.924, 0.946; 120 sets: 0.980, 0.917, 0.941; 114 sets: 0.979, 0.915, 0.937;
    # 102 sets: 0.976, 0.905, 0.937; 92 sets: 0.973, 0.894, 0.938; 73 sets: 0.962, 0.849,
    # 0.936; 63 sets: 0.957, 0.818, 0.935).
    assert measured["sets"] >= 160 and measured["disclosures"] >= 2417
    assert measured["leave_one_set_out_average_precision"] >= 0.98
    assert measured["leave_one_set_out_recall"] >= 0.93
    assert measured["leave_one_set_out_precision"] >= 0.94
    # Trained on every labelled set there is now, less the held-out ones: a set added or moved
    # out of SAFEGUARDING_HELD_OUT since means the model needs rebuilding.
    assert measured["sets"] == len(labelled_sets())


def test_the_threshold_never_falls_below_the_regressions_own_boundary() -> None:
    # Held-out negatives whose top 2% reach down below 0: the rate alone would let them through.
    truth = np.array([False] * 98 + [True] * 2 + [False] * 100)
    scores = np.concatenate([np.linspace(-3.0, -0.5, 98), [1.0, 2.0], np.linspace(-0.4, -0.05, 100)])
    assert choose_threshold(scores, truth) == THRESHOLD_FLOOR
    # Above the floor, the rate decides.
    assert choose_threshold(scores + 1.0, truth) > THRESHOLD_FLOOR
    assert load_disclosure_model().threshold >= THRESHOLD_FLOOR


def test_training_leaves_out_the_sets_build_challenge_holds_out(tmp_path: Path) -> None:
    for name, label in (("older_blind_a", True), ("newest_blind_b", False)):
        (tmp_path / f"{name}.jsonl").write_text(f'{{"text": "a story", "safeguarding": {str(label).lower()}}}\n')
    (tmp_path / "build_challenge.py").write_text('BATCH_B = ("newest_blind_b",)\nSAFEGUARDING_HELD_OUT = (*BATCH_B,)\n')
    assert held_out_sets(tmp_path) == {"newest_blind_b"}
    assert list(labelled_sets(tmp_path)) == ["older_blind_a"]
    assert list(labelled_sets(tmp_path, held_out=())) == ["newest_blind_b", "older_blind_a"]


def test_the_real_held_out_sets_do_not_train_the_model() -> None:
    # Only the blind batches still waiting to measure a detector are held out (EU-EZ now; DG-DL
    # and DM-DR measured the fifteenth and sixteenth sessions' and joined training in the
    # sixteenth, DS-DX measured the seventeenth's and joined it in the seventeenth, DY-ED and
    # EE-EH measured the seventeenth's final detector and joined it in the eighteenth, EI-EN and
    # EO-ET the eighteenth's and joined it in the nineteenth); a batch named before it is
    # written stays out.
    held_out = set(build_challenge.SAFEGUARDING_HELD_OUT)
    assert held_out == held_out_sets()
    assert not held_out & set(labelled_sets())
    assert not held_out & set(test_challenge.SAFEGUARDING_SETS)
    # Every blind batch the suite holds to the safeguarding floors trains the model.
    assert set(test_challenge.SAFEGUARDING_SETS) <= set(labelled_sets())


def test_a_held_out_set_not_yet_written_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "older_blind_a.jsonl").write_text('{"text": "a story", "safeguarding": true}\n')
    (tmp_path / "build_challenge.py").write_text('SAFEGUARDING_HELD_OUT = ("older_blind_a", "newest_blind_b")\n')
    assert held_out_sets(tmp_path) == {"older_blind_a", "newest_blind_b"}
    assert labelled_sets(tmp_path) == {}
    assert list(labelled_sets(tmp_path, held_out=())) == ["older_blind_a"]
