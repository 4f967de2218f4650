"""The `storybot` command: help everywhere, clear refusals, documented in the README."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from storybot.cli import build_parser
from storybot.config import PROJECT_ROOT

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def storybot(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("STORYBOT_")}
    return subprocess.run(
        [sys.executable, "-m", "storybot", *args],
        env={**clean, **(env or {})}, input=stdin, capture_output=True, text=True, timeout=120,
    )


def test_the_commands_design_names_exist() -> None:
    assert {"run", "chat", "migrate", "stories"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = storybot(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: storybot {command}")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"storybot {command}" in (PROJECT_ROOT / "README.md").read_text()


def test_run_without_a_token_says_how_to_set_one(tmp_path: Path) -> None:
    result = storybot("run", env={"STORYBOT_DATABASE": str(tmp_path / "x.db")})
    assert result.returncode == 2
    assert "export STORYBOT_TELEGRAM_TOKEN=" in result.stderr and "storybot chat" in result.stderr
    assert result.stdout == ""


def test_run_falls_back_to_the_console_for_make_run(tmp_path: Path) -> None:
    result = storybot("run", "--console-without-token", env={"STORYBOT_DATABASE": str(tmp_path / "x.db")}, stdin="4\n")
    assert result.returncode == 0
    assert "Before you start" in result.stdout and "That's completely fine" in result.stdout


def test_a_bad_setting_stops_start_up_with_one_line(tmp_path: Path) -> None:
    result = storybot("migrate", env={"STORYBOT_ADMIN_IDS": "one,two"})
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "STORYBOT_ADMIN_IDS" in result.stderr


def test_a_broken_prompts_file_stops_start_up_naming_it(tmp_path: Path) -> None:
    (tmp_path / "en.yaml").write_text("language: en\n")
    result = storybot("chat", env={"STORYBOT_PROMPTS_DIR": str(tmp_path), "STORYBOT_DATABASE": str(tmp_path / "x.db")})
    assert result.returncode == 2
    assert f"{tmp_path / 'en.yaml'}: consent: Field required" in result.stderr


def test_migrate_creates_the_database(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "folder" / "s.db"
    result = storybot("migrate", env={"STORYBOT_DATABASE": str(target)})
    assert result.returncode == 0 and target.exists() and result.stdout == ""


def test_stories_prints_only_json_on_stdout(tmp_path: Path) -> None:
    result = storybot("stories", "--status", "withdrawn", env={"STORYBOT_DATABASE": str(tmp_path / "x.db")})
    assert result.returncode == 0 and result.stdout.strip() == "[]"
