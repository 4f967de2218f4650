"""Settings: names from DESIGN.md, one clear line for a bad value."""

from __future__ import annotations

import pytest

from storybot.config import load_settings
from storybot.errors import ConfigError


def test_defaults_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYBOT_TELEGRAM_TOKEN", "123:abc-DEF")
    monkeypatch.setenv("STORYBOT_ADMIN_IDS", "12345, 67890")
    monkeypatch.setenv("STORYBOT_TELEGRAM_API_URL", "http://127.0.0.1:8081/bot")
    settings = load_settings(_env_file=None)
    assert settings.telegram_token is not None
    assert settings.telegram_token.get_secret_value() == "123:abc-DEF"
    assert "abc-DEF" not in repr(settings)
    assert settings.admin_ids == frozenset({12345, 67890})
    assert settings.telegram_api_url == "http://127.0.0.1:8081/bot"


def test_a_dot_env_file_is_read(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".env").write_text("STORYBOT_ADMIN_IDS=7\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STORYBOT_ADMIN_IDS", raising=False)
    assert load_settings().admin_ids == frozenset({7})


@pytest.mark.parametrize(("name", "value", "expects"), [
    ("STORYBOT_ADMIN_IDS", "12,abc", "comma-separated Telegram user ids"),
    ("STORYBOT_TELEGRAM_TOKEN", "not-a-token", "the bot token from @BotFather"),
    ("STORYBOT_TELEGRAM_API_URL", "ftp://x", "an http(s) URL"),
])
def test_a_malformed_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch, name: str, value: str, expects: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as error:
        load_settings(_env_file=None)
    message = str(error.value)
    assert message.startswith(name) and expects in message and "\n" not in message
    assert value not in message  # a mistyped token is still a secret


def test_a_blank_token_means_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYBOT_TELEGRAM_TOKEN", "  ")
    assert load_settings(_env_file=None).telegram_token is None
