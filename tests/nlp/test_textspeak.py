"""Text-speak spelt out, with each new character traced back to the text it came from."""

from __future__ import annotations

import pytest

from storybot.nlp.textspeak import spell_out


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("im sure u n me cant wait", "I'm sure you and me can't wait"),
        ("I do not know and he did NOT ask", "I don't know and he didn't ask"),
        ("do nothing, can not, cannot", "do nothing, can't, can't"),
        ("do  not", "do  not"),  # two spaces: not the pair
        ("it’s every1 b4 2nite", "it's everyone before tonight"),
        ("nuance, units, unite", "nuance, units, unite"),  # no key inside a longer word
        ("IM OK THO", "I'm OK THO"),
    ],
)
def test_spell_out_spells_whole_words_and_pairs(text: str, spelt: str) -> None:
    assert spell_out(text)[0] == spelt


def test_each_spelt_character_points_into_the_original() -> None:
    text = "tbh u dont know, I do not either"
    spelt, where = spell_out(text)
    assert len(where) == len(spelt) + 1 and where[-1] == len(text)
    assert where[spelt.index("you")] == text.index("u ")
    assert where[spelt.index("don't")] == text.index("dont")
    assert where[spelt.index("don't", spelt.index("I "))] == text.index("do not")
    assert where[spelt.index("either")] == text.index("either")
