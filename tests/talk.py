"""A person talking to the engine in tests, pressing buttons by their label."""

from __future__ import annotations

from storybot.conversation import Engine
from storybot.models import Button, Incoming, Kind, Reply, Sender


class Talk:
    def __init__(self, engine: Engine, name: str, language: str | None = "en") -> None:
        self.engine = engine
        self.sender = Sender("test", name, language)
        self.buttons: tuple[Button, ...] = ()
        self.replies: list[Reply] = []
        self._ref = 0

    async def _send(self, incoming: Incoming) -> list[Reply]:
        self.replies = await self.engine.handle(self.sender, incoming)
        for reply in self.replies:
            if reply.buttons:
                self.buttons = reply.buttons
        return self.replies

    async def say(self, text: str) -> list[Reply]:
        """Send a typed message (or command); returns the replies."""
        self._ref += 1
        return await self._send(Incoming.parse_text(text, f"m{self._ref}"))

    async def press(self, label: str) -> list[Reply]:
        """Press the button with this label among the last buttons shown."""
        for button in self.buttons:
            if button.label == label:
                return await self._send(Incoming(Kind.CHOICE, button.data))
        raise AssertionError(f"no button {label!r}; shown: {[b.label for b in self.buttons]}")

    async def press_data(self, data: str) -> list[Reply]:
        return await self._send(Incoming(Kind.CHOICE, data))

    async def edit(self, ref: str, text: str) -> list[Reply]:
        return await self._send(Incoming(Kind.EDIT, text, message_ref=ref))

    async def send_unsupported(self) -> list[Reply]:
        return await self._send(Incoming(Kind.UNSUPPORTED))

    @property
    def text(self) -> str:
        """All the text of the last replies, joined."""
        return "\n".join(reply.text for reply in self.replies)

    @property
    def last_ref(self) -> str:
        return f"m{self._ref}"
