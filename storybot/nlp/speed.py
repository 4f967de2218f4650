"""How fast the analysis pipeline is, against raw `nlp.pipe` of the same spaCy model."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import spacy

from storybot.config import Settings
from storybot.nlp.pipeline import load_analyzer, model_name

CORPUS = Path(__file__).resolve().parent / "data" / "starter_corpus.jsonl"


def sample_texts(count: int) -> list[str]:
    """Return `count` story-like texts cycled from the shipped starter corpus."""
    base = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [base[i % len(base)] for i in range(count)]


def compare_with_raw_pipe(settings: Settings, count: int, batch_size: int = 64) -> dict[str, Any]:
    """Time Analyzer.analyse and raw nlp.pipe over the same texts; report words/s and their ratio."""
    texts = sample_texts(count)
    words = sum(len(text.split()) for text in texts)
    analyzer = load_analyzer(settings)
    raw = spacy.load(model_name(settings))
    # Warm both up (lazy tables, first-batch allocations) before timing.
    analyzer.analyse(texts[:batch_size])
    list(raw.pipe(texts[:batch_size], batch_size=batch_size))
    begun = time.perf_counter()
    analyzer.analyse(texts, batch_size=batch_size)
    ours = time.perf_counter() - begun
    begun = time.perf_counter()
    for _ in raw.pipe(texts, batch_size=batch_size):
        pass
    bare = time.perf_counter() - begun
    ours_rate, raw_rate = words / ours, words / bare
    return {
        "texts": count,
        "words": words,
        "model": model_name(settings),
        "pipeline_words_per_s": round(ours_rate),
        "raw_pipe_words_per_s": round(raw_rate),
        "ratio": round(ours_rate / raw_rate, 3),
        "target_ratio": 0.8,
        "pipes": {"ours": analyzer.nlp.pipe_names, "raw": raw.pipe_names},
    }
