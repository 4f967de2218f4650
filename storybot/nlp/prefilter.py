"""Tell fast whether any of many regular expressions matches a text.

The safeguarding check runs on every message, on the event loop, and first asks whether
any of its hundreds of cue patterns occurs at all. One big alternation made Python's `re`
try every branch at every word (1.3 ms for a one-line message, 35 ms for 1,500 characters).
Here each pattern that begins with a word boundary (`\b`) is filed under the first few
characters (up to four) it can begin with, read from its parsed form, and at each word
boundary of the text only the patterns filed under the next one to four characters are
tried. With six hundred patterns, filing by one letter left a few hundred per letter;
by three, a handful; by four, a quarter fewer again. A pattern whose start cannot be read that way is tried everywhere,
so the answer is always exactly that of the alternation (a test checks this on every
labelled text we have).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

# The parser behind re.compile; its public alias sre_parse warns that it is deprecated.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_BOUNDARY = re.compile(r"\b")
_BOUNDARY_NOT_SPACE = re.compile(r"\b(?!\s)")
_WIDEST_RANGE = 64  # a character class wider than this is as good as "anything"
PREFIX = 3  # how many leading characters first_prefixes reads
# AnyOf files by one more: "they"/"them"/"then" and "not "/"nothing" part ways, so about a
# quarter fewer patterns are tried at each word (0.48 -> 0.34 ms a story on the starter corpus).
FILED = 4
_MOST_PREFIXES = 4096  # past this many ways to begin, stop reading further


def _class_chars(av: object) -> set[str] | None:
    """Return the lower-case characters of a small character class, or None."""
    chars: set[str] = set()
    for kind, value in av:  # type: ignore[attr-defined]
        if kind is C.LITERAL:
            chars.add(chr(value).lower())
        elif kind is C.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
            chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def _extend(items: Iterable[tuple[object, object]], open_: set[str], length: int = PREFIX) -> tuple[set[str], set[str]]:
    """Grow the prefixes a parsed sequence can begin with.

    Returns (open, closed): prefixes the rest of the pattern may still extend, and prefixes
    that are as long as can be known (`length` long, or followed by something unreadable).
    """
    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue  # consume nothing
        if op is C.LITERAL:
            open_ = {p + chr(av).lower() for p in open_}  # type: ignore[call-overload]
        elif op is C.IN and (chars := _class_chars(av)) is not None and len(open_) * len(chars) <= _MOST_PREFIXES:
            open_ = {p + c for p in open_ for c in chars}
        elif op is C.SUBPATTERN:
            open_, inner_closed = _extend(av[-1], open_, length)  # type: ignore[index]
            closed |= inner_closed
        elif op is C.BRANCH:
            grown: set[str] = set()
            for branch in av[1]:  # type: ignore[index]
                branch_open, branch_closed = _extend(branch, open_, length)
                grown |= branch_open
                closed |= branch_closed
            open_ = grown
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, body = av  # type: ignore[misc]
            once_open, once_closed = _extend(body, open_, length)
            closed |= once_closed
            # After one pass of a body that may repeat, what comes next is unknown.
            once_open, repeat_closed = (once_open, set()) if high == 1 else (set(), once_open)
            closed |= repeat_closed
            open_ = (open_ | once_open) if low == 0 else once_open
        else:
            closed |= open_
            open_ = set()
        if len(open_) > _MOST_PREFIXES:
            closed |= {p[:1] for p in open_}
            open_ = set()
        done = {p for p in open_ if len(p) >= length}
        closed |= done
        open_ -= done
    return open_, closed


def _at_word_start(items: Iterable[tuple[object, object]]) -> bool:
    """Return True when every way through a parsed sequence begins with \\b."""
    for op, av in items:
        if op is C.AT:
            return av is C.AT_BOUNDARY
        if op is C.SUBPATTERN:
            return _at_word_start(av[-1])  # type: ignore[index]
        if op is C.BRANCH:
            return all(_at_word_start(branch) for branch in av[1])  # type: ignore[index]
        if op not in (C.ASSERT, C.ASSERT_NOT):
            return False
    return False


def first_prefixes(pattern: re.Pattern[str], length: int = PREFIX) -> frozenset[str] | None:
    """Return the strings (up to `length` long) a match must begin with, at a word boundary; None when unsure."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    # "\bfloor\b|'mind'" may begin away from a word boundary: every branch must start with \b.
    if not _at_word_start(parsed):
        return None
    open_, closed = _extend(parsed, {""}, length)
    prefixes = open_ | closed
    if "" in prefixes:
        return None  # may begin with anything, or match nothing
    return frozenset(prefixes)


def first_letters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return the characters a match must begin with, at a word boundary; None when unsure."""
    prefixes = first_prefixes(pattern)
    return None if prefixes is None else frozenset(p[0] for p in prefixes)


_SHORTEST_NEED = 3  # a needed string shorter than this is in most texts anyway


def _needs(items: Iterable[tuple[object, object]]) -> frozenset[str] | None:
    """Return strings at least one of which every match of a parsed sequence holds; None when unsure."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run += chr(av).casefold()  # type: ignore[call-overload]
            continue
        if len(run) >= _SHORTEST_NEED:
            options.append(frozenset({run}))
        run = ""
        need: frozenset[str] | None = None
        if op is C.SUBPATTERN:
            need = _needs(av[-1])  # type: ignore[index]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            need = _needs(av[2])  # type: ignore[index]
        elif op is C.BRANCH:
            branches = [_needs(branch) for branch in av[1]]  # type: ignore[index]
            if all(b is not None for b in branches):
                need = frozenset().union(*branches)  # type: ignore[arg-type]
        if need:
            options.append(need)
    # The surest gate: its shortest string longest, then the fewest strings.
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


def needed_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return case-folded strings at least one of which is in every text the pattern matches."""
    return _needs(_parser.parse(pattern.pattern, pattern.flags))


class AnyOf:
    """Answer "does any of these patterns match?" as one alternation would, but faster."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._patterns = list(patterns)
        self._ids_by_prefix: dict[str, list[int]] = {}
        self._anywhere_ids: list[int] = []
        for number, pattern in enumerate(patterns):
            if not pattern.flags & re.IGNORECASE:
                raise ValueError(f"AnyOf expects case-insensitive patterns: {pattern.pattern!r}")
            prefixes = first_prefixes(pattern, FILED)
            if prefixes is None:
                self._anywhere_ids.append(number)
                continue
            for prefix in prefixes:
                self._ids_by_prefix.setdefault(prefix, []).append(number)
        self._lengths = sorted({len(k) for k in self._ids_by_prefix})
        # A word's end before a space begins no filed prefix unless one begins with a space
        # (none of the cues' does): skipping those halves the boundaries looked at.
        spaced = any(key[0].isspace() for key in self._ids_by_prefix)
        self._boundaries = _BOUNDARY if spaced else _BOUNDARY_NOT_SPACE
        # A pattern tried everywhere is tried only on texts holding a string it needs ("nappies",
        # "withdrawals"): a scan for a plain string is far cheaper than the pattern at every place.
        self._anywhere = [(needed_strings(self._patterns[n]), self._patterns[n]) for n in self._anywhere_ids]

    def keys(self, text: str) -> list[tuple[int, str]]:
        """Return (position, prefix) for each word start of text and each filed prefix it begins with.

        A caller that asks `search` of a whole text and then `matches` of its sentences finds
        them once and passes each sentence its share (`within`): the word starts of a sentence
        cut at punctuation are the text's own there.
        """
        return list(self._keys(text))

    @staticmethod
    def within(keys: Sequence[tuple[int, str]], starts: Sequence[int], start: int, end: int) -> list[tuple[int, str]]:
        """Return the keys between start and end, as positions in text[start:end]; starts lists the keys' positions."""
        return [(at - start, key) for at, key in keys[bisect_left(starts, start) : bisect_left(starts, end)]]

    def _keys(self, text: str) -> Iterator[tuple[int, str]]:
        """Yield (position, prefix) for each word start of text and each filed prefix it begins with."""
        for boundary in self._boundaries.finditer(text):
            at = boundary.start()
            if at == len(text):
                break
            head = text[at : at + FILED].lower()
            for length in self._lengths:
                if head[:length] in self._ids_by_prefix:
                    yield at, head[:length]

    def candidates(self, text: str) -> list[int]:
        """Return, in order, the numbers of the patterns that could match somewhere in text.

        Every pattern that matches is among them; most that do not are left out, because
        the text has no word starting the way they must start.
        """
        folded = text.casefold()
        found = {n for n, (need, _) in zip(self._anywhere_ids, self._anywhere) if _holds(folded, need)}
        for _, key in self._keys(text):
            found.update(self._ids_by_prefix[key])
        return sorted(found)

    def matches(
        self, text: str, below: int | None = None, keys: Iterable[tuple[int, str]] | None = None,
    ) -> list[tuple[int, re.Match[str]]]:
        """Return (number, match) for what each pattern's finditer finds in text, by pattern number.

        A filed pattern is tried only where it could begin (the word starts filed under it),
        not at every character: the same matches, at less than half the cost on our stories.
        Only patterns numbered below `below` are tried, when it is given; `keys`, when given,
        are text's own (see `keys`).
        """
        folded = text.casefold()
        anywhere = {n for n, (need, _) in zip(self._anywhere_ids, self._anywhere) if _holds(folded, need)}
        starts: dict[int, list[int]] = {}
        for at, key in self._keys(text) if keys is None else keys:
            for number in self._ids_by_prefix[key]:
                starts.setdefault(number, []).append(at)
        found: list[tuple[int, re.Match[str]]] = []
        for number in sorted(starts.keys() | anywhere):
            if below is not None and number >= below:
                break
            pattern = self._patterns[number]
            if number in anywhere:
                found += [(number, m) for m in pattern.finditer(text)]
                continue
            end = -1
            for at in starts[number]:  # ascending; a start filed under two prefixes comes twice
                if at < end:
                    continue
                m = pattern.match(text, at)
                if m:
                    found.append((number, m))
                    end = m.end()
                else:
                    end = at + 1
        return found

    def search(self, text: str, keys: Iterable[tuple[int, str]] | None = None) -> bool:
        """Tell whether any pattern matches anywhere in text (`keys`, when given, are text's own)."""
        folded = text.casefold()
        if any(_holds(folded, need) and pattern.search(text) for need, pattern in self._anywhere):
            return True
        # Each filed pattern on its own, not one alternation per prefix: a pattern filed under
        # many prefixes sat in each one's compiled alternation (9.4 MB against 1.9 for the
        # patterns), for about 0.1 ms a story less.
        patterns = self._patterns
        return any(
            patterns[n].match(text, at) for at, key in (self._keys(text) if keys is None else keys) for n in self._ids_by_prefix[key]
        )


def _holds(folded: str, need: frozenset[str] | None) -> bool:
    """Tell whether a case-folded text holds one of a pattern's needed strings (None: no gate)."""
    return need is None or any(string in folded for string in need)
