"""Settings, read from the environment (prefix STORYBOT_) and an optional .env file."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from storybot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# What each setting expects, for the one-line error a person sees at start-up.
_EXPECTS = {
    "telegram_token": "the bot token from @BotFather, like 123456:ABC-DEF...",
    "telegram_api_url": "an http(s) URL such as https://api.telegram.org/bot",
    "database": "a file path for the SQLite database, such as data/storybot.db",
    "admin_ids": "comma-separated Telegram user ids (numbers), such as 12345,67890",
    "spacy_model": "the name of an installed spaCy model package, such as en_core_web_sm",
    "prompts_dir": "a folder holding the prompts YAML files",
    "invite_hours": "a whole number of hours an invitation code stays valid, from 1 to 720, such as 72",
    "timezone": "an IANA time zone name, such as Europe/London",
    "quiet_hours": "a range of local times such as 21:00-09:00, or 'off'",
    "reminder_after_hours": "a number of hours greater than 0, such as 24",
    "reminder_max": "a whole number of reminders, 0 or more, such as 2",
    "reminder_check_minutes": "a whole number of minutes, 1 or more, such as 15",
    "draft_retention_days": "a whole number of days, 1 or more, such as 30",
    "identity_retention_days": "a whole number of days, 1 or more, such as 365",
    "retention_time": "a local time of day such as 04:00",
    "digest_weekday": "a day of the week: mon, tue, wed, thu, fri, sat or sun",
    "digest_time": "a local time of day such as 09:00",
    "backup_dir": "a folder for the nightly backups, such as data/backups",
    "backup_keep": "how many nightly backups to keep, 0 (no nightly backups) or more",
    "backup_time": "a local time of day such as 03:00",
    "retrain_weekday": "a day of the week: mon, tue, wed, thu, fri, sat or sun",
    "retrain_time": "a local time of day such as 02:00",
    "job_tick_seconds": "a number of seconds greater than 0, such as 60",
    "review_lease_minutes": "a whole number of minutes a reviewer holds a story, from 1 to 1440, such as 30",
    "set_words": "a story set's reading budget in words, from 100 to 100000, such as 3000",
    "models_dir": "a folder where retrained theme models are kept, such as data/models",
    "retrain_min_stories": "how many reviewed stories retraining needs, at least 10, such as 30",
    "telegram_chat_rate": "messages a second to one private chat (0 turns the pace off), such as 1",
    "telegram_chat_burst": "how many messages one chat may get at once before the pace applies, such as 3",
    "telegram_overall_rate": "messages a second to all chats together (0 turns the limit off), such as 30",
    "telegram_retry_seconds": "how long to keep retrying a request that did not reach Telegram, such as 300",
    "telegram_workers": "how many updates are processed at once (one person's always in order), such as 64",
    "webhook_url": (
        "the public https URL Telegram posts updates to, on port 443, 80, 88 or 8443, such as "
        "https://bot.example.org/telegram (http only with a local Bot API server)"
    ),
    "webhook_secret": (
        "1 to 256 characters of A-Z, a-z, 0-9, _ and -, set whenever STORYBOT_WEBHOOK_URL is; "
        "make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"
    ),
    "webhook_listen": "the address the webhook server listens on (behind a TLS reverse proxy), such as 127.0.0.1",
    "webhook_port": "the port the webhook server listens on, from 1 to 65535, such as 8443",
}

# Telegram's own rules: what setWebhook accepts from a bot on api.telegram.org.
TELEGRAM_API = "https://api.telegram.org/"
WEBHOOK_PORTS = frozenset({443, 80, 88, 8443})
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}|\[?[0-9A-Fa-f:.]+\]?")

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Settings(BaseSettings):
    """Everything an operator can set. Built once in the CLI and passed down."""

    model_config = SettingsConfigDict(
        env_prefix="STORYBOT_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    telegram_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    database: Path = PROJECT_ROOT / "data" / "storybot.db"
    # NoDecode: read "1,2,3" as text and split it ourselves, instead of as JSON.
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(default_factory=frozenset)
    spacy_model: str | None = None
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    invite_hours: int = Field(default=72, ge=1, le=720)
    review_lease_minutes: int = Field(default=30, ge=1, le=1440)
    set_words: int = Field(default=3000, ge=100, le=100_000)
    models_dir: Path = PROJECT_ROOT / "data" / "models"
    retrain_min_stories: int = Field(default=30, ge=10)

    def admin_identities(self) -> frozenset[tuple[str, str]]:
        """Return the admins as (channel, external id) pairs: Telegram user ids only."""
        return frozenset(("telegram", str(user_id)) for user_id in self.admin_ids)
    # Telegram's limits: about one message a second to a chat (short bursts tolerated) and
    # about 30 a second in all. The bench turns them off to measure our own capacity.
    telegram_chat_rate: float = Field(default=1.0, ge=0)
    telegram_chat_burst: int = Field(default=3, ge=1)
    telegram_overall_rate: float = Field(default=30.0, ge=0)
    telegram_retry_seconds: float = Field(default=300.0, ge=0)
    telegram_workers: int = Field(default=64, ge=1)

    # Webhook mode (optional): with a URL, Telegram posts each update to us instead of being
    # polled. The server listens on loopback by default; a TLS reverse proxy faces Telegram.
    # Declared after telegram_api_url, whose value the URL's check reads.
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = Field(default=None, validate_default=True)
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)

    # Scheduled jobs and the data lifecycle. Times of day are local to `timezone`.
    timezone: str = "Europe/London"
    quiet_hours: str = "21:00-09:00"  # no reminders in this range; "off" for none
    reminder_after_hours: float = Field(default=24.0, gt=0)
    reminder_max: int = Field(default=2, ge=0)
    reminder_check_minutes: int = Field(default=15, ge=1)
    draft_retention_days: int = Field(default=30, ge=1)
    identity_retention_days: int = Field(default=365, ge=1)
    retention_time: time = time(4, 0)
    digest_weekday: Weekday = "mon"
    digest_time: time = time(9, 0)
    backup_dir: Path | None = None  # None: a "backups" folder beside the database
    backup_keep: int = Field(default=7, ge=0)
    backup_time: time = time(3, 0)
    retrain_weekday: Weekday = "sun"
    retrain_time: time = time(2, 0)
    job_tick_seconds: float = Field(default=60.0, gt=0)

    @property
    def zone(self) -> ZoneInfo:
        """Return the configured time zone."""
        return ZoneInfo(self.timezone)

    @property
    def quiet(self) -> tuple[time, time] | None:
        """Return the quiet hours as (start, end) local times, or None when there are none."""
        return _parse_quiet(self.quiet_hours)

    @property
    def backups(self) -> Path:
        """Return the folder the nightly backups go to."""
        return self.backup_dir if self.backup_dir is not None else self.database.parent / "backups"

    @field_validator("telegram_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            secret = value.get_secret_value().strip()
            head, _, tail = secret.partition(":")
            if not head.isdigit() or not tail:
                raise ValueError("not a bot token")
            return SecretStr(secret)
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("not an http(s) URL")
        return value

    @field_validator("webhook_url", "webhook_secret", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url_shape(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        url = value.strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("not an http(s) URL")
        if str(info.data.get("telegram_api_url", "")).startswith(TELEGRAM_API):
            # Telegram itself posts only to https, on these ports; a local Bot API server
            # (STORYBOT_TELEGRAM_API_URL elsewhere) also takes http and any port.
            if parts.scheme != "https":
                raise ValueError("Telegram posts only to https URLs")
            try:
                port = parts.port or 443
            except ValueError:
                raise ValueError("not a valid port") from None
            if port not in WEBHOOK_PORTS:
                raise ValueError("Telegram posts only to ports 443, 80, 88 and 8443")
        return url

    @field_validator("webhook_secret")
    @classmethod
    def _webhook_secret_shape(cls, value: SecretStr | None, info: ValidationInfo) -> SecretStr | None:
        # The value itself never goes into the message: it is a secret even when mistyped.
        if value is None:
            if info.data.get("webhook_url"):
                raise ValueError("required when STORYBOT_WEBHOOK_URL is set")
            return None
        secret = value.get_secret_value().strip()
        if not _WEBHOOK_SECRET.fullmatch(secret):
            raise ValueError("not a secret token Telegram accepts")
        return SecretStr(secret)

    @field_validator("webhook_listen")
    @classmethod
    def _listen_shape(cls, value: str) -> str:
        host = value.strip()
        if not _HOST.fullmatch(host):
            raise ValueError("not a host name or IP address")
        return host.strip("[]")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not all(part.lstrip("-").isdigit() for part in parts):
                raise ValueError("not a list of numbers")
            return frozenset(int(part) for part in parts)
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("not a known time zone") from None
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_shape(cls, value: str) -> str:
        _parse_quiet(value)
        return value

    @field_validator("digest_weekday", "retrain_weekday", mode="before")
    @classmethod
    def _weekday_lower(cls, value: object) -> object:
        return value.strip().lower()[:3] if isinstance(value, str) else value

    @field_validator("backup_dir", mode="before")
    @classmethod
    def _blank_dir_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("spacy_model", mode="before")
    @classmethod
    def _blank_model_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


def _parse_quiet(value: str) -> tuple[time, time] | None:
    text = value.strip().lower()
    if text in ("", "off", "none"):
        return None
    start, sep, end = text.partition("-")
    try:
        if not sep:
            raise ValueError
        quiet = (time.fromisoformat(start.strip()), time.fromisoformat(end.strip()))
    except ValueError:
        raise ValueError("not a range of times like 21:00-09:00") from None
    if quiet[0] == quiet[1]:
        raise ValueError("the start and end of the quiet hours are the same")
    return quiet


def load_settings(**overrides: object) -> Settings:
    """Build the settings, turning a validation failure into one clear ConfigError."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        field = str(error["loc"][0]) if error["loc"] else "?"
        name = f"STORYBOT_{field.upper()}"
        expects = _EXPECTS.get(field, "a valid value")
        raise ConfigError(f"{name} is not valid ({error['msg']}): it expects {expects}.") from None
