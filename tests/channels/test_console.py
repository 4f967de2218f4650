"""`storybot chat`: a scripted conversation piped through the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from storybot.channels.console import read_line, render
from storybot.models import Button, Kind, Reply
from storybot.prompts import Prompts


def run(args: list[str], db_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    env["STORYBOT_DATABASE"] = str(db_path)
    return subprocess.run(
        [sys.executable, "-m", "storybot", *args],
        input=stdin, env=env, capture_output=True, text=True, timeout=60, check=True,
    )


def test_a_scripted_story_through_storybot_chat(tmp_path: Path, prompts: Prompts) -> None:
    en = prompts.for_language("en")
    questions = en.question_sets["participant"].questions
    db_path = tmp_path / "console.db"
    lines = ["2"]  # the second option: team and learning sessions
    lines += [f"My answer to {q.id}: being treated with respect by the team" for q in questions]
    lines += [en.buttons.submit]  # a button can be chosen by its label too
    result = run(["chat"], db_path, "\n".join(lines) + "\n")
    assert "  2) " + en.consent.scopes["sessions"].label in result.stdout
    assert questions[-1].text in result.stdout
    assert "Thank you for sharing your story" in result.stdout
    assert result.stderr == ""

    stories = json.loads(run(["stories", "--format", "json"], db_path).stdout)
    assert [a["text"] for a in stories[0]["answers"]] == lines[1:-1]
    assert stories[0]["consent_scope"] == "sessions"


def test_the_console_keeps_the_place_between_runs(tmp_path: Path, prompts: Prompts) -> None:
    en = prompts.for_language("en")
    questions = en.question_sets["participant"].questions
    db_path = tmp_path / "console.db"
    run(["chat", "--name", "kim"], db_path, "1\nMy dog and my allotment mean everything to me\n")
    again = run(["chat", "--name", "kim"], db_path, "")
    assert en.messages.resumed in again.stdout and questions[1].text in again.stdout
    other = run(["chat", "--name", "lee"], db_path, "")
    assert "Before you start" in other.stdout


def test_numbers_press_buttons_only_while_they_are_shown() -> None:
    buttons = (Button("Yes", "yes:1"), Button("No", "no:1"))
    assert read_line("2\n", buttons).text == "no:1"
    assert read_line("yes\n", buttons).kind is Kind.CHOICE
    assert read_line("3\n", buttons).kind is Kind.TEXT
    assert read_line("/pause\n", ()).command == "pause"
    assert render(Reply("Pick one", buttons)) == "Pick one\n  1) Yes\n  2) No"
