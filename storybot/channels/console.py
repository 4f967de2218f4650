"""The console channel: one conversation on stdin/stdout, scriptable.

Buttons are printed as numbered options; a line that is an option's number or its exact
label presses it, any other line is a message.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from storybot.conversation import Engine
from storybot.models import Button, Incoming, Kind, Reply, Sender


def render(reply: Reply) -> str:
    """Format a reply for a terminal, numbering its buttons."""
    lines = [reply.text.rstrip()]
    for number, button in enumerate(reply.buttons, start=1):
        lines.append(f"  {number}) {button.label}")
    for document in reply.documents:
        # The console has nowhere to put files; `storybot export` writes story sets to disk.
        lines.append(f"  [file {document.filename}, {len(document.data)} bytes: use storybot export to save it]")
    return "\n".join(lines)


def read_line(line: str, buttons: tuple[Button, ...]) -> Incoming:
    """Turn a typed line into a button press, a command or a message."""
    stripped = line.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        return Incoming(Kind.CHOICE, buttons[int(stripped) - 1].data)
    for button in buttons:
        if stripped.casefold() == button.label.casefold():
            return Incoming(Kind.CHOICE, button.data)
    return Incoming.parse_text(line.rstrip("\r\n"))


async def chat(
    engine: Engine,
    *,
    name: str = "console",
    language: str | None = None,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
) -> None:
    """Hold one conversation until end of input; the draft is kept for next time."""
    sender = Sender("console", name, language)
    interactive = stdin.isatty()
    buttons: tuple[Button, ...] = ()

    async def show(replies: list[Reply]) -> None:
        nonlocal buttons
        for reply in replies:
            stdout.write(render(reply) + "\n\n")
            if reply.buttons:
                buttons = reply.buttons
        stdout.flush()

    await show(await engine.handle(sender, Incoming.parse_text("/start")))
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            return
        if not line.strip():
            continue
        incoming = read_line(line, buttons)
        if incoming.kind is not Kind.CHOICE:
            buttons = ()  # after a typed message, numbers are words again
        await show(await engine.handle(sender, incoming))
