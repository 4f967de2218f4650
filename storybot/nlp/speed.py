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


def compare_with_raw_pipe(settings: Settings, count: int, batch_size: int = 64, slices: int = 6) -> dict[str, Any]:
    """Time Analyzer.analyse and raw nlp.pipe over the same texts; report words/s and their ratio.

    The two take turns over `slices` parts of the texts (which goes first alternates), so a
    burst of someone else's load on a shared machine falls on both sides alike. The ratio
    is of wall-clock time; cpu_ratio, of this process's CPU time, is the steadier of the two.
    """
    texts = sample_texts(count)
    words = sum(len(text.split()) for text in texts)
    analyzer = load_analyzer(settings)
    raw = spacy.load(model_name(settings))

    def ours(part: list[str]) -> None:
        analyzer.analyse(part, batch_size=batch_size)

    def bare(part: list[str]) -> None:
        for _ in raw.pipe(part, batch_size=batch_size):
            pass

    # Warm both up (lazy tables, first-batch allocations) before timing.
    ours(texts[:batch_size])
    bare(texts[:batch_size])
    wall = {ours: 0.0, bare: 0.0}
    cpu = {ours: 0.0, bare: 0.0}
    size = -(-count // slices)
    for number in range(slices):
        part = texts[number * size : (number + 1) * size]
        for run in (ours, bare) if number % 2 == 0 else (bare, ours):
            begun, begun_cpu = time.perf_counter(), time.process_time()
            run(part)
            wall[run] += time.perf_counter() - begun
            cpu[run] += time.process_time() - begun_cpu
    return {
        "texts": count,
        "words": words,
        "model": model_name(settings),
        "pipeline_words_per_s": round(words / wall[ours]),
        "raw_pipe_words_per_s": round(words / wall[bare]),
        "ratio": round(wall[bare] / wall[ours], 3),
        "cpu_ratio": round(cpu[bare] / cpu[ours], 3),
        "target_ratio": 0.8,
        "pipes": {"ours": analyzer.nlp.pipe_names, "raw": raw.pipe_names},
    }
