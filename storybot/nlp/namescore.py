"""Score words the name rules left for how much their context reads like a person's name.

A logistic regression over word shape, list and dictionary membership, the base model's
tags and entity, and the words around: it finds given names that are in no list. The
weights are plain arrays (data/namescore.npz); `python -m storybot.nlp.train_namescore`
rebuilds them with scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from spacy.tokens import Doc, Token

from storybot.errors import ConfigError
from storybot.nlp.types import doc_text
from storybot.nlp.patterns import KIN_WORDS, NOT_PII_WORDS, TITLES, countries, uk_places

MODEL_FILE = Path(__file__).resolve().parent / "data" / "namescore.npz"
Dictionary = dict[str, frozenset[str]]

_ROLES = frozenset(
    """landlord landlady physio volunteer counsellor therapist psychiatrist psychologist gp nurse
    doctor dentist receptionist manager boss council staff client tenant neighbour carer mentor coach
    teacher headteacher police probation solicitor lawyer advocate caseworker keyworker officer warden
    pharmacist midwife consultant worker sw idva cpn hv befriender""".split()
)
_EDGE = "<s>"
_END = "</s>"


class _Span(Protocol):
    start: int
    end: int


_PROPER_TAGS = frozenset(("NNP", "NNPS"))


def candidates(doc: Doc, common: frozenset[str], found: Sequence[_Span]) -> list[int]:
    """Return the words the scorer reads, in no span found already and no stop word: a
    capitalised word (a dictionary word only where the tagger reads a proper noun), or a
    lower-case one in no dictionary, where the tagger reads a proper noun or the writer
    writes in lower case. Capitals-only words never named anyone in the labelled sets."""
    out: list[int] = []
    style = ""
    for token in doc:
        if not token.is_alpha or token.is_stop or len(token) < 2 or token.is_upper:
            continue
        if token.text[0].isupper():
            if token.lower_ in common and (token.tag_ not in _PROPER_TAGS or _after_capitalised_word(doc, token.i, common)):
                continue
        elif token.lower_ in common:
            continue
        elif token.tag_ not in _PROPER_TAGS:
            style = style or doc_style(doc)
            if style != "lower":
                continue
        start = token.idx
        end = start + len(token)
        if not any(s.start < end and start < s.end for s in found):
            out.append(token.i)
    return out


def _after_capitalised_word(doc: Doc, i: int, common: frozenset[str]) -> bool:
    """Return True after a capitalised dictionary word: a common word there is part of a named
    thing ("Open Door", "Sure Start", "Warm Space"), not a given name."""
    if i == 0:
        return False
    before = doc[i - 1]
    return before.is_alpha and before.text[0].isupper() and before.lower_ in common


def _shape(token: Token) -> str:
    text = token.text
    if text.isupper() and len(text) > 1:
        return "upper"
    if text[0].isupper():
        return "cap"
    return "low"


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)([^\W\d_])")
_LOWER_I = re.compile(r"(?<![\w'’])i(?![\w'’])")


def doc_style(doc: Doc) -> str:
    """Return how the writer capitalises: "lower" (texting), "upper" (shouting) or "normal"."""
    text = doc_text(doc)
    if text.upper() == text:
        return "upper"
    starts = _SENTENCE_START.findall(text)
    if starts and sum(c.islower() for c in starts) * 2 > len(starts) or _LOWER_I.search(text):
        return "lower"
    return "normal"


def features(doc: Doc, i: int, words: Dictionary, names: frozenset[str], ambiguous: frozenset[str], style: str) -> list[str]:
    """Return the binary features of doc[i] (strings; the model holds a weight for each)."""
    token = doc[i]
    low = token.lower_
    shape = _shape(token)
    first = token.is_sent_start or i == 0
    common = words.get("common", frozenset())
    in_dict = low in common
    listed = low in names
    feats = [
        "shape=" + shape,
        f"sx={shape}|{int(first)}|{int(in_dict)}|{int(listed)}",
        "style=" + style,
        f"styleshape={style}|{shape}",
        "len=" + str(min(len(low), 9)),
        "suf2=" + low[-2:],
        "suf3=" + low[-3:],
        "tag=" + token.tag_,
        "ent=" + (token.ent_type_ or "O"),
        f"entiob={token.ent_iob_}{token.ent_type_}",
    ]
    if first:
        feats.append("first")
    if in_dict:
        feats.append("dict")
    if low in words.get("noun", ()):
        feats.append("noun")
    if low in words.get("everyday", ()):
        feats.append("everyday")
    if low in words.get("verb_forms", ()):
        feats.append("verbform")
    if listed:
        feats.append("listed")
    if low in ambiguous:
        feats.append("ambiguous")
    if low in uk_places():
        feats.append("place")
    if low in countries():
        feats.append("country")
    if low in NOT_PII_WORDS:
        feats.append("notpii")
    n = len(doc)
    for k in (-2, -1, 1, 2):
        j = i + k
        if 0 <= j < n:
            other = doc[j]
            w = other.lower_
            feats.append(f"w{k}={w}")
            feats.append(f"t{k}={other.tag_}")
            if other.is_alpha:
                feats.append(f"c{k}={_shape(other)}")
            if w in KIN_WORDS:
                feats.append(f"kin{k}")
            if w in TITLES:
                feats.append(f"title{k}")
            if w in _ROLES:
                feats.append(f"role{k}")
            if w in names and other.is_alpha:
                feats.append(f"name{k}")
            if k in (-1, 1) and other.is_alpha:
                # A capitalised common word beside this one: part of a named thing ("Open Door")?
                kind = "name" if w in names else "dict" if w in common else "other"
                feats.append(f"n{k}={_shape(other)}|{kind}|{int(in_dict)}")
        else:
            feats.append(f"w{k}=" + (_EDGE if k < 0 else _END))
    if i > 0:
        feats.append(f"w-1t={doc[i - 1].lower_}|{shape}")
    if i + 1 < n:
        feats.append(f"w+1t={doc[i + 1].lower_}|{shape}")
    return feats


class NameScorer:
    """A logistic regression over features(): a weight for each feature string, an intercept, a threshold."""

    def __init__(
        self, weights: dict[str, float], intercept: float, threshold: float, measured: dict[str, Any] | None = None
    ) -> None:
        self.weights = weights
        self.intercept = intercept
        self.threshold = threshold
        self.measured = measured or {}

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> "NameScorer":
        """Read the plain arrays train_namescore wrote."""
        # A missing file is an error, not a quiet fall-back to the rules: recall would drop unseen.
        if not path.exists():
            raise ConfigError(
                f"the name scorer {path} is missing: reinstall storybot or run python -m storybot.nlp.train_namescore"
            )
        try:
            with np.load(path, allow_pickle=False) as data:
                names = [str(f) for f in data["features"]]
                weights = dict(zip(names, data["coef"].astype(float).tolist()))
                return cls(weights, float(data["intercept"]), float(data["threshold"]), json.loads(str(data["measured"])))
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(f"cannot read the name scorer {path}: {exc}") from None

    def to_file(self, path: Path) -> None:
        """Write the weights as plain arrays (no pickles)."""
        np.savez_compressed(
            path,
            features=np.array(list(self.weights), dtype=str),
            coef=np.array(list(self.weights.values()), dtype=np.float32),
            intercept=np.float64(self.intercept),
            threshold=np.float64(self.threshold),
            measured=np.array(json.dumps(self.measured)),
        )

    def probability(self, feats: Iterable[str]) -> float:
        """Return the model's probability that the word is a person's name."""
        weights = self.weights
        z = self.intercept + sum(weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z))
