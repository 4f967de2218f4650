"""A smoke run of `storybot bench` with small numbers: every part reports, stdout is JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def test_bench_prints_a_json_report() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "storybot", "bench", "--people", "4", "--pause", "0.05", "--nlp-texts", "40", "--backfill", "200", "--set-stories", "300",
         "--crash", "--crash-people", "3", "--crash-kills", "1"],
        capture_output=True, text=True, timeout=240,
        env={**__import__("os").environ, "PTB_TIMEDELTA": "true"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    load = report["a_conversation_load"]
    assert load["storybot"]["completed"] == 4 and load["echo"]["completed"] == 4
    assert load["storybot"]["updates"] == 40 and load["ratio_of_echo"] > 0
    assert load["storybot"]["bot_cpu_ms_per_update"] > 0 and load["cpu_ratio_of_echo"] > 0
    paced = load["at_a_human_pace"]
    assert paced["storybot"]["completed"] == 4 and paced["echo"]["completed"] == 4
    assert paced["pause_s"] == [0.025, 0.075] and paced["p99_ratio_to_echo"] > 0
    assert report["b_nlp"]["pipeline_words_per_s"] > 0 and report["b_nlp"]["ratio"] > 0
    assert report["b_nlp"]["cpu_ratio"] > 0
    assert report["c_latency_during_backfill"]["during_backfill"]["completed"] == 4
    assert report["d_memory"]["peak_rss_mb"] > 50
    story_set = report["e_story_set_html"]
    assert story_set["built"] is True and story_set["cards"] == 300 and story_set["seconds"] > 0
    assert report["crash"]["ok"] is True
