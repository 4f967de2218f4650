"""Domain errors. Channels turn them into kind replies; the CLI into one clear line."""


class StorybotError(Exception):
    """Base class for every error storybot raises on purpose."""


class ConfigError(StorybotError):
    """A setting is missing or malformed."""


class PromptsError(StorybotError):
    """A prompts file is missing or invalid."""


class MigrationError(StorybotError):
    """A database migration failed; nothing of it was applied."""


class NotAllowed(StorybotError):
    """The person may not do this. The message reveals nothing about why."""


class BackupError(StorybotError):
    """A backup could not be taken, or a file cannot be restored."""


class Unreachable(StorybotError):
    """A message could not be delivered to this person on this channel."""


class Blocked(Unreachable):
    """The person has blocked the bot (Telegram answered Forbidden)."""
