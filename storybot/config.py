"""Settings, read from the environment (prefix STORYBOT_) and an optional .env file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
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
}


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

    def admin_identities(self) -> frozenset[tuple[str, str]]:
        """Return the admins as (channel, external id) pairs: Telegram user ids only."""
        return frozenset(("telegram", str(user_id)) for user_id in self.admin_ids)

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

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not all(part.lstrip("-").isdigit() for part in parts):
                raise ValueError("not a list of numbers")
            return frozenset(int(part) for part in parts)
        return value

    @field_validator("spacy_model", mode="before")
    @classmethod
    def _blank_model_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value


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
