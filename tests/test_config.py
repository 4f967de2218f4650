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


WEBHOOK_SECRET = "Kq3_x-9zZ"


def test_webhook_mode_is_off_by_default_and_listens_on_loopback() -> None:
    settings = load_settings(_env_file=None)
    assert settings.webhook_url is None and settings.webhook_secret is None
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8443)


def test_webhook_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYBOT_WEBHOOK_URL", "https://bot.example.org:8443/telegram")
    monkeypatch.setenv("STORYBOT_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("STORYBOT_WEBHOOK_LISTEN", "0.0.0.0")
    monkeypatch.setenv("STORYBOT_WEBHOOK_PORT", "9000")
    settings = load_settings(_env_file=None)
    assert settings.webhook_url == "https://bot.example.org:8443/telegram"
    assert settings.webhook_secret is not None and settings.webhook_secret.get_secret_value() == WEBHOOK_SECRET
    assert WEBHOOK_SECRET not in repr(settings)
    assert (settings.webhook_listen, settings.webhook_port) == ("0.0.0.0", 9000)


def test_a_secret_of_256_allowed_characters_is_accepted() -> None:
    secret = ("AZaz09_-" * 32)[:256]
    settings = load_settings(_env_file=None, webhook_url="https://bot.example.org/t", webhook_secret=secret)
    assert settings.webhook_secret is not None and settings.webhook_secret.get_secret_value() == secret


def test_a_local_bot_api_server_may_post_to_plain_http_on_any_port() -> None:
    settings = load_settings(
        _env_file=None, telegram_api_url="http://127.0.0.1:8081/bot",
        webhook_url="http://127.0.0.1:8000/hook", webhook_secret=WEBHOOK_SECRET,
    )
    assert settings.webhook_url == "http://127.0.0.1:8000/hook"


@pytest.mark.parametrize(("env", "name", "says"), [
    ({"STORYBOT_WEBHOOK_URL": "https://bot.example.org/t"}, "STORYBOT_WEBHOOK_SECRET", "required when STORYBOT_WEBHOOK_URL is set"),
    ({"STORYBOT_WEBHOOK_URL": "https://bot.example.org/t", "STORYBOT_WEBHOOK_SECRET": "  "}, "STORYBOT_WEBHOOK_SECRET", "required"),
    ({"STORYBOT_WEBHOOK_URL": "https://bot.example.org/t", "STORYBOT_WEBHOOK_SECRET": "has spaces inside"}, "STORYBOT_WEBHOOK_SECRET", "A-Z, a-z, 0-9, _ and -"),
    ({"STORYBOT_WEBHOOK_URL": "https://bot.example.org/t", "STORYBOT_WEBHOOK_SECRET": "semi;colon"}, "STORYBOT_WEBHOOK_SECRET", "A-Z, a-z, 0-9, _ and -"),
    ({"STORYBOT_WEBHOOK_URL": "https://bot.example.org/t", "STORYBOT_WEBHOOK_SECRET": "x" * 257}, "STORYBOT_WEBHOOK_SECRET", "1 to 256"),
    ({"STORYBOT_WEBHOOK_URL": "https://bot.example.org/t", "STORYBOT_WEBHOOK_SECRET": "sécret"}, "STORYBOT_WEBHOOK_SECRET", "1 to 256"),
    ({"STORYBOT_WEBHOOK_URL": "http://bot.example.org/t", "STORYBOT_WEBHOOK_SECRET": WEBHOOK_SECRET}, "STORYBOT_WEBHOOK_URL", "only to https"),
    ({"STORYBOT_WEBHOOK_URL": "https://bot.example.org:8080/t", "STORYBOT_WEBHOOK_SECRET": WEBHOOK_SECRET}, "STORYBOT_WEBHOOK_URL", "443, 80, 88"),
    ({"STORYBOT_WEBHOOK_URL": "bot.example.org/t", "STORYBOT_WEBHOOK_SECRET": WEBHOOK_SECRET}, "STORYBOT_WEBHOOK_URL", "not an http(s) URL"),
    ({"STORYBOT_WEBHOOK_PORT": "0"}, "STORYBOT_WEBHOOK_PORT", "from 1 to 65535"),
    ({"STORYBOT_WEBHOOK_PORT": "65536"}, "STORYBOT_WEBHOOK_PORT", "from 1 to 65535"),
    ({"STORYBOT_WEBHOOK_LISTEN": "http://0.0.0.0"}, "STORYBOT_WEBHOOK_LISTEN", "not a host name or IP address"),
])
def test_a_bad_webhook_setting_is_one_line_that_never_shows_the_secret(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], name: str, says: str
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError) as error:
        load_settings(_env_file=None)
    message = str(error.value)
    assert message.startswith(name) and says in message and "\n" not in message
    secret = env.get("STORYBOT_WEBHOOK_SECRET", "").strip()
    if secret:
        assert secret not in message
