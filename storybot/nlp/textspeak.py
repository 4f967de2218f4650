"""Text-speak and missing apostrophes spelt out, so word lists read "cant" and "every1" too."""

from __future__ import annotations

import re

SLANG = {
    "im": "I'm", "ive": "I've", "cant": "can't", "dont": "don't", "wont": "won't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "havent": "haven't", "aint": "ain't", "thats": "that's", "theyl": "they'll", "theyll": "they'll",
    "youll": "you'll", "itll": "it'll", "youve": "you've", "weve": "we've", "theyve": "they've",
    "shes": "she's", "hes": "he's", "every1": "everyone", "evry1": "everyone",
    "some1": "someone", "sum1": "someone", "no1": "no one", "any1": "anyone", "n": "and", "u": "you",
    "ur": "your", "gonna": "going to", "wanna": "want to", "gotta": "got to", "coz": "because",
    "cos": "because", "cuz": "because", "wiv": "with", "b4": "before", "2nite": "tonight",
    "2night": "tonight", "tonite": "tonight", "2day": "today", "2moro": "tomorrow", "tmrw": "tomorrow",
    "nite": "night", "bf": "boyfriend", "gf": "girlfriend", "ppl": "people", "wen": "when",
    "wat": "what", "cud": "could", "wud": "would", "shud": "should", "nuffin": "nothing", "thru": "through",
    "nothin": "nothing", "anymore": "any more",
    # Written out in full, as in notes and careful writing: the cues say "don't" and "can't".
    "do not": "don't", "does not": "doesn't", "did not": "didn't", "cannot": "can't", "can not": "can't",
    "will not": "won't", "have not": "haven't", "has not": "hasn't", "had not": "hadn't",
    "would not": "wouldn't", "could not": "couldn't", "should not": "shouldn't", "shall not": "shan't",
}
# Each word is looked up whole, and "do not"-style pairs take the "not" after them. One
# regex alternation of every key did the same, trying ~90 branches at each word: 2-3x slower.
_WORD = re.compile(r"\w+|[‘’]")
_THEN_NOT = re.compile(r" not\b", re.IGNORECASE)
_BEFORE_NOT = frozenset(key.split()[0] for key in SLANG if " " in key)


def spell_out(text: str) -> tuple[str, list[int]]:
    """Return text with text-speak spelt out, and each new character's index in text."""
    out: list[str] = []
    index: list[int] = []
    cursor = at = 0
    while (m := _WORD.search(text, at)) is not None:
        word, end = m.group().lower(), m.end()
        if word in _BEFORE_NOT and _THEN_NOT.match(text, end) and f"{word} not" in SLANG:
            word, end = f"{word} not", end + len(" not")
        at = end
        spelt = "'" if word in ("‘", "’") else SLANG.get(word)
        if spelt is None:
            continue
        out.append(text[cursor : m.start()])
        index.extend(range(cursor, m.start()))
        out.append(spelt)
        index.extend([m.start()] * len(spelt))
        cursor = end
    out.append(text[cursor:])
    index.extend(range(cursor, len(text) + 1))
    return "".join(out), index
