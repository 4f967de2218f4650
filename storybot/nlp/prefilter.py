"""Tell fast whether any of many regular expressions matches a text.

The safeguarding check runs on every message, on the event loop, and first asks whether
any of its hundreds of cue patterns occurs at all. One big alternation made Python's `re`
try every branch at every word (1.3 ms for a one-line message, 35 ms for 1,500 characters).
Here each pattern that begins with a word boundary (`\b`) is filed under the characters it
can begin with, read from its parsed form, and at each word boundary of the text only the
patterns filed under the next character are tried. A pattern whose start cannot be read
that way is tried everywhere, so the answer is always exactly that of the alternation (a
test checks this on every labelled text we have).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# The parser behind re.compile; its public alias sre_parse warns that it is deprecated.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_BOUNDARY = re.compile(r"\b")
_WIDEST_RANGE = 64  # a character class wider than this is as good as "anything"


class _Anything(Exception):
    """The pattern's first character cannot be told from its parsed form."""


def _first_letters(items: Iterable[tuple[object, object]]) -> tuple[set[str], bool]:
    """Return the lower-case characters a parsed sequence can begin with, and whether it can be empty."""
    found: set[str] = set()
    for op, av in items:
        if op is C.AT:  # \b, ^ and the like consume nothing
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):  # lookarounds consume nothing either
            continue
        if op is C.LITERAL:
            return found | {chr(av).lower()}, False  # type: ignore[call-overload]
        if op is C.IN:
            chars: set[str] = set()
            for kind, value in av:  # type: ignore[union-attr]
                if kind is C.LITERAL:
                    chars.add(chr(value).lower())
                elif kind is C.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
                    chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
                else:  # a category (\w, \s), a negation, a wide range
                    raise _Anything
            return found | chars, False
        if op is C.SUBPATTERN:
            inner, empty = _first_letters(av[-1])  # type: ignore[index]
        elif op is C.BRANCH:
            inner, empty = set(), False
            for branch in av[1]:  # type: ignore[index]
                letters, branch_empty = _first_letters(branch)
                inner |= letters
                empty = empty or branch_empty
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _, body = av  # type: ignore[misc]
            inner, empty = _first_letters(body)
            empty = empty or low == 0
        else:
            raise _Anything
        found |= inner
        if not empty:
            return found, False
    return found, True


def first_letters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return the characters a match must begin with, at a word boundary; None when unsure."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        letters, empty = _first_letters(parsed)
    except _Anything:
        return None
    if empty or not letters or not str(pattern.pattern).startswith(r"\b"):
        return None  # may match an empty string, or begin away from a word boundary
    return frozenset(letters)


class AnyOf:
    """Answer "does any of these patterns match?" as one alternation would, but faster."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        flags = re.IGNORECASE
        by_letter: dict[str, list[str]] = {}
        anywhere: list[str] = []
        for pattern in patterns:
            if not pattern.flags & re.IGNORECASE:
                raise ValueError(f"AnyOf expects case-insensitive patterns: {pattern.pattern!r}")
            letters = first_letters(pattern)
            if letters is None:
                anywhere.append(pattern.pattern)
                continue
            for letter in letters:
                by_letter.setdefault(letter, []).append(pattern.pattern)
        self._by_letter = {k: re.compile("|".join(f"(?:{p})" for p in v), flags) for k, v in by_letter.items()}
        self._anywhere = re.compile("|".join(f"(?:{p})" for p in anywhere), flags) if anywhere else None

    def search(self, text: str) -> bool:
        """Tell whether any pattern matches anywhere in text."""
        if self._anywhere is not None and self._anywhere.search(text):
            return True
        for boundary in _BOUNDARY.finditer(text):
            at = boundary.start()
            if at == len(text):
                break
            bucket = self._by_letter.get(text[at].lower())
            if bucket is not None and bucket.match(text, at):
                return True
        return False
