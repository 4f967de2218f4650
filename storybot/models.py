"""Domain types shared by channels and services. Nothing here knows about Telegram."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"
    COMMAND = "command"
    CHOICE = "choice"  # a button press; `text` carries its data
    EDIT = "edit"  # an earlier message was edited; `text` is its new wording
    UNSUPPORTED = "unsupported"  # a photo, sticker, voice note...: never stored
    FORWARDED = "forwarded"  # someone else's words, forwarded: never stored


@dataclass(frozen=True)
class Sender:
    """Who a message is from, as the channel knows them."""

    channel: str
    external_id: str
    language_code: str | None = None


@dataclass(frozen=True)
class Incoming:
    """One thing a person did: wrote, sent a command, pressed a button or edited."""

    kind: Kind
    text: str = ""
    command: str = ""
    message_ref: str | None = None

    @classmethod
    def parse_text(cls, text: str, message_ref: str | None = None) -> Incoming:
        """Read a typed line as a command (`/name args`, `/name@bot`) or as text."""
        if text.startswith("/") and len(text) > 1 and not text[1].isspace():
            head, _, args = text[1:].partition(" ")
            name = head.split("@", 1)[0].lower()
            return cls(Kind.COMMAND, args.strip(), name, message_ref)
        return cls(Kind.TEXT, text, message_ref=message_ref)


_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def has_words(text: str) -> bool:
    """Say whether text shows anything besides spaces, control and zero-width characters."""
    return any(unicodedata.category(char) not in _INVISIBLE for char in text)


@dataclass(frozen=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True)
class Document:
    """A file sent with a reply (a story set's HTML, CSV or JSON)."""

    filename: str
    data: bytes


@dataclass(frozen=True)
class Reply:
    """One message to send back; buttons are choices the person may press."""

    text: str
    buttons: tuple[Button, ...] = field(default=())
    documents: tuple[Document, ...] = field(default=())
