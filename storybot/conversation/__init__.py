"""The transport-free conversation engine: (person, incoming) -> replies."""

from storybot.conversation.engine import Engine

__all__ = ["Engine"]
