"""The fast "does any cue match?" check answers exactly as one big alternation would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storybot.nlp.prefilter import AnyOf, first_letters, first_prefixes, needed_strings
from storybot.nlp.risk import _CUES

ROOT = Path(__file__).resolve().parents[2]


def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@pytest.mark.parametrize(("pattern", "letters"), [
    (r"\bsuicid(?:e|al)\b", {"s"}),
    (r"\b(?:kill|Ending)\s+myself", {"k", "e"}),
    (r"\b(?:my\s+)?(?:mum|dad)\b", {"m", "d"}),
    (r"\b(?=\w)[Hh]urt", {"h"}),
    (r"\b(?:x|y)*z", {"x", "y", "z"}),
    (r"\b(?:'ll|will)\s+do", {"'", "w"}),
    (r"\b(?:1[0-7]|ten)\b", {"1", "t"}),
    (r"\b[2-4]\d", {"2", "3", "4"}),
])
def test_a_pattern_is_filed_under_the_letters_it_can_begin_with(pattern: str, letters: set[str]) -> None:
    assert first_letters(compiled(pattern)) == letters


@pytest.mark.parametrize(("pattern", "prefixes"), [
    (r"\b(?:kill|Ending)\s+myself", {"kil", "end"}),
    (r"\bdv\b", {"dv"}),
    (r"\b(?:my\s+)?(?:mum|dad)\b", {"my", "mum", "dad"}),  # "my" then a space: two letters known
    (r"\b(?:x|y)*z", {"x", "y", "z"}),  # after a repeat, the next letter is unknown
    (r"\bI'?m\s", {"i'm", "im"}),
    (r"\b(?:1[0-7]|ten)\b", {"1" + d for d in "01234567"} | {"ten"}),
    (r"\bsav\w*", {"sav"}),
])
def test_a_pattern_is_filed_under_the_first_three_characters_it_can_begin_with(pattern: str, prefixes: set[str]) -> None:
    assert first_prefixes(compiled(pattern)) == prefixes


@pytest.mark.parametrize("pattern", [
    r"^\s*I'?m\s+done",  # not at a word start
    r"\b\w+ing",  # any letter
    r"\b(?:x)?",  # can match nothing
    r"kill",  # may begin inside a word
    r"\b[^x]y",  # any character but one
    r"\bfloor\b|'mind'",  # one way through does not begin at a word start
])
def test_a_pattern_without_a_clear_first_letter_is_tried_everywhere(pattern: str) -> None:
    assert first_letters(compiled(pattern)) is None


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"\b(?:kids|babies)\s+in\s+nappies\b", {"nappies"}),
    (r"['‘](?:nephews?|mates)['’]", {"nephew", "mates"}),
    (r"(?:-|\bminus\s+)\d+\s*(?:°C?|degrees)?\s+(?:forecast|tonight)\b", {"forecast", "tonight"}),
    (r"\b\w+\s+WITHDRAWALS\b", {"withdrawals"}),  # case-folded
    (r"(?:\d+|few)\s+more\s+(?:kilos|kg)", {"more"}),  # a branch with a number needs nothing sure
    (r"(?:x{3,})\s*love", {"love"}),
])
def test_a_pattern_tried_everywhere_needs_a_plain_string(pattern: str, needed: set[str]) -> None:
    assert needed_strings(compiled(pattern)) == needed


@pytest.mark.parametrize("pattern", [r"🩸|🔪", r"\((?:1[0-7])\)\s+\d+", r"(?:abc)?\w+", r"(?:kill|\d+)\s*x"])
def test_a_pattern_with_no_sure_string_is_always_tried(pattern: str) -> None:
    assert needed_strings(compiled(pattern)) is None


def test_a_needed_string_gates_the_search_but_never_hides_a_match() -> None:
    fast = AnyOf([compiled(r"(?:\w+\s+)?£\s?\d+\s+withdrawals\b")])
    assert fast.search("Three £50 Withdrawals from her card")
    assert not fast.search("Three £50 payments; withdrawal symptoms")
    assert fast.candidates("no money moved") == []
    assert fast.candidates("£20 withdrawals") == [0]


def test_it_agrees_with_the_alternation_on_every_labelled_text() -> None:
    patterns = [pattern for pattern, _, _ in _CUES]
    alternation = re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
    fast = AnyOf(patterns)
    files = [*ROOT.glob("storybot/nlp/data/*corpus*.jsonl"), *ROOT.glob("tests/nlp/data/*.jsonl")]
    # Each text once: the gold-set corpora repeat the blind sets' texts, and the 1,143-way
    # alternation costs about 13 ms a text.
    texts = list(dict.fromkeys(
        json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()
    ))
    # Case, accents and odd letters at word starts too.
    texts += [t.upper() for t in texts[:200]] + ["\u212aill myself", "ÉND IT ALL", "I'm done.", "   i'm done",
                                                   "she's 13 and he's 31", "I'll do him in", "I\u2019ll do him in"]
    assert len(texts) > 1000
    assert [fast.search(t) for t in texts] == [bool(alternation.search(t)) for t in texts]
    assert sum(fast.search(t) for t in texts) > 100  # both answers occur


def test_it_finds_a_pattern_tried_everywhere_and_one_filed_by_letter() -> None:
    fast = AnyOf([compiled(r"^\s*I'?m\s+done"), compiled(r"\bhurt\s+me\b")])
    assert fast.search("  im done")
    assert fast.search("he said he would HURT me")
    assert not fast.search("a hurtful remark; I'm done with the form")


def test_every_cue_that_matches_a_sentence_is_among_its_candidates() -> None:
    patterns = [pattern for pattern, _, _ in _CUES]
    fast = AnyOf(patterns)
    files = sorted(ROOT.glob("tests/nlp/data/*blind*.jsonl"))
    texts = [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    matched = 0
    for text in texts:
        candidates = set(fast.candidates(text))
        hits = {n for n, pattern in enumerate(patterns) if pattern.search(text)}
        assert hits <= candidates, [patterns[n].pattern for n in hits - candidates]
        matched += bool(hits)
    assert matched > 100
    assert len(fast.candidates("Thanks, see you on Tuesday at the group.")) < len(patterns) / 5  # most are left out


def test_matches_finds_what_each_patterns_finditer_finds_trying_only_where_it_could_begin() -> None:
    patterns = [pattern for pattern, _, _ in _CUES]
    fast = AnyOf(patterns)
    files = sorted(ROOT.glob("tests/nlp/data/*blind*.jsonl"))
    texts = [json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [t.upper() for t in texts[:100]] + ["I'll do him in, I\u2019ll do him in", "   i'm done. im done"]
    found = 0
    for text in texts:
        expected = [(n, m.span()) for n in fast.candidates(text) for m in patterns[n].finditer(text)]
        assert [(n, m.span()) for n, m in fast.matches(text)] == expected
        found += len(expected)
    assert found > 1000


def test_matches_tries_only_the_patterns_below_a_number() -> None:
    fast = AnyOf([compiled(r"\bhurt\s+me\b"), compiled(r"^\s*I'?m\s+done"), compiled(r"\bhurt\b")])
    assert [(n, m.group()) for n, m in fast.matches("I'm done, hurt me, hurt")] == [
        (0, "hurt me"), (1, "I'm done"), (2, "hurt"), (2, "hurt"),
    ]
    assert [n for n, _ in fast.matches("I'm done, hurt me", below=1)] == [0]


def test_a_sentence_given_its_share_of_the_texts_word_starts_finds_what_it_finds_alone() -> None:
    fast = AnyOf([pattern for pattern, _, _ in _CUES])
    text = "He said he'd kill me. I'm not safe at home; my bank card is gone!\nStill scared of him tonight"
    keys = fast.keys(text)
    starts = [at for at, _ in keys]
    assert fast.search(text, keys) == fast.search(text)
    for sentence in re.finditer(r"[^.;!\n]+[.;!\n]?", text):
        a, b = sentence.span()
        share = AnyOf.within(keys, starts, a, b)
        alone = [(n, m.span()) for n, m in fast.matches(text[a:b])]
        assert [(n, m.span()) for n, m in fast.matches(text[a:b], keys=share)] == alone
    assert any(fast.matches(text[a:b]) for a, b in (m.span() for m in re.finditer(r"[^.;!\n]+[.;!\n]?", text)))


def test_a_prefix_that_begins_with_a_space_is_still_looked_for_after_a_word() -> None:
    # Word ends before a space are skipped only while no filed prefix begins with one.
    fast = AnyOf([compiled(r"\b so\b")])
    assert fast.search("and so it goes") and fast.search("and SO it goes")
    assert not fast.search("also it goes")


def test_cues_are_filed_under_up_to_four_characters() -> None:
    fast = AnyOf([compiled(r"\bthey\s+hit\b"), compiled(r"\bthem\b")])
    assert fast.keys("they did") == [(0, "they")]
    assert fast.keys("then they left") == [(5, "they")]
