"""The crash test, reduced: people mid-conversation, `storybot run` killed with SIGKILL
at random moments and restarted. Every answer is stored exactly once and every
conversation carries on. The full form (200 people, 20 kills) is `storybot bench --crash`."""

from __future__ import annotations

from pathlib import Path

import pytest

from storybot import bench
from storybot.config import load_settings

pytestmark = pytest.mark.slow


def test_sigkill_loses_and_doubles_nothing(tmp_path: Path) -> None:
    report = bench.crash(load_settings(_env_file=None), people=20, kills=3, workdir=tmp_path, seed=11, timeout=90)
    assert report["problems"] == []
    assert report["kills"] == 3
    assert report["completed"] == 20 and report["ok"]
