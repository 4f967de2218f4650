"""The learned half of the safeguarding check: does a message read like a disclosure?

The rules in risk.py know risk words and how tense, negation, framing and idiom change them,
but each new writer says things they have not seen: before each round's fixes they caught
13-53% of the disclosures in a fresh blind set. This model is a logistic regression over
word and word-pair TF-IDF, trained on every labelled set in tests/nlp/data but the blind
batches not yet in it (build_challenge.SAFEGUARDING_HELD_OUT):
the stories each set marks as a current risk and the rest, many of them hard negatives; the
training narratives the rules do not flag; and ordinary messages that share a disclosure's
words. On ten batches of new sets, each read only after the model was frozen, rules and
model together caught 58 of 61, 57 of 61, 57 of 62, 57 of 62, 136 of 143, 271 of 279, 141 of
144, 85 of 89, 83 of 87 and (rebuilt with CO-CZ) 85 of 87 disclosures (precision 0.82, 0.85,
0.78, 0.85, 0.85, 0.89, 0.84, 0.89, 0.86, 0.92); the rules alone caught 27, 27, 31, 27, 62,
184 and 96 of the first seven, and 56 of the ninth (CU-CZ). Rebuilt with DA-DF in it too,
120 sets and 1,837 disclosures (0.980, 91.7%, 0.941), with DG-DL (0.982, 92.4%, 0.946), with
DM-DR (132 sets, 2,012 disclosures: 0.983, 92.7%, 0.944), with DS-DX (138 sets, 2,101
disclosures: 0.984, 93.2%, 0.944), and with DY-ED and EE-EH too (blind, 142 of 143 with 22
false flags before round thirty-nine), 148 sets and 2,244 disclosures: leaving one set out at
a time, the model alone ranks disclosures with average precision 0.985 and at its threshold
(0, a floor: see train_disclosure.THRESHOLD_FLOOR) catches 93.7% of them at precision 0.947
(with CO-CZ, 114 sets and 1,750 disclosures: 0.979, 91.5%, 0.937). Rebuilt with EI-EN and
EO-ET (blind, 83 of 85 and 88 of 88), 160 sets and 2,417 disclosures: 0.986, 93.8%, 0.949.

It has no idea of tense or negation, so risk.py only lets it decide when the rules did not
set aside every risk word they found ("I used to cut", "never again"), and reads it without
the sentences that hold an idiom ("my back's killing me").

Rebuild after adding labelled sets (maintainers; 15 to 20 minutes on two shared cores):

    python -m storybot.nlp.train_disclosure
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from storybot.errors import ConfigError
from storybot.nlp.textspeak import spell_out
from storybot.nlp.tfidf import words_and_pairs

DISCLOSURE_MODEL = Path(__file__).resolve().parent / "data" / "disclosure.npz"


class DisclosureModel:
    """The regression's feature weights, its intercept and its threshold, with what training measured."""

    def __init__(
        self, words: list[str], idf: np.ndarray, coef: np.ndarray, intercept: float, threshold: float,
        measured: dict[str, Any],
    ) -> None:
        self.words, self.idf, self.coef = words, idf, coef
        self.intercept, self.threshold, self.measured = intercept, threshold, measured
        # One lookup per feature: its idf (for the length norm) and idf times coefficient.
        self._table = dict(zip(words, zip(idf.tolist(), (idf * coef).tolist())))

    def score(self, text: str) -> float:
        """Return the regression's decision value for text (above `threshold` reads like a disclosure)."""
        return self._score_spelt(spell_out(text)[0])

    def _score_spelt(self, spelt: str) -> float:
        counts = Counter(f for f in words_and_pairs(spelt) if f in self._table)
        # TF-IDF with a log term frequency and unit length, as the model was trained on.
        dot = norm = 0.0
        for feature, count in counts.items():
            idf, weight = self._table[feature]
            tf = 1.0 + math.log(count)
            dot += tf * weight
            norm += (tf * idf) ** 2
        return dot / math.sqrt(norm) + self.intercept if norm else self.intercept

    def reads_like_disclosure(self, text: str) -> bool:
        """Return True when text scores at or above the threshold."""
        return self.score(text) >= self.threshold

    def reads_like_disclosure_spelt(self, spelt: str) -> bool:
        """The same, for text whose text-speak the caller has already spelt out (risk.py has)."""
        return self._score_spelt(spelt) >= self.threshold

    @classmethod
    def from_file(cls, path: Path = DISCLOSURE_MODEL) -> DisclosureModel:
        """Read a model written by `to_file`."""
        try:
            data = np.load(path, allow_pickle=False)
            return cls(
                words=[str(w) for w in data["features"]],
                idf=data["idf"].astype(np.float64),
                coef=data["coef"].astype(np.float64),
                intercept=float(data["intercept"]),
                threshold=float(data["threshold"]),
                measured=json.loads(str(data["measured"])),
            )
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"cannot read the safeguarding model {path}: {exc}") from None

    def to_file(self, path: Path = DISCLOSURE_MODEL) -> None:
        """Write the model as plain arrays (no pickle)."""
        np.savez_compressed(
            path, features=np.array(self.words), idf=self.idf.astype(np.float32), coef=self.coef.astype(np.float32),
            intercept=np.array(self.intercept), threshold=np.array(self.threshold),
            measured=np.array(json.dumps(self.measured, sort_keys=True)),
        )


@lru_cache(maxsize=1)
def load_disclosure_model() -> DisclosureModel:
    """Load the shipped model once per process."""
    return DisclosureModel.from_file()
