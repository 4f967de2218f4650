"""Safeguarding: current risk only, aware of negation, the past and oblique wording."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storybot.nlp import Analysis, assess_risk, detect_risk

AT_RISK = [
    "everyone would be better off without me",
    "Lately I keep thinking it would be easier if I wasn't here.",
    "I've been saving up my tablets just in case.",
    "I don't want to be here any more.",
    "I've started cutting again, it's the only thing that helps.",
    "He hits me when he's had a drink and I'm scared to go home.",
    "she takes my bank card and checks my phone, and last night she locked me in",
    "Worker note: young person going missing from home, new phone, possible county lines.",
    "I'm going to kill myself tonight.",
    "I self-harm most nights.",
]
NOT_AT_RISK = [
    "I used to self-harm but I've been fine for two years",
    "I never felt listened to",
    "I'm not suicidal, just tired of the forms.",
    "My back is killing me today.",
    "Years ago I tried to end it, but I'm in a good place now.",
    "I could kill him for eating my last biscuit lol",
    "No problems with housing, and I feel safe where I am.",
    "The support worker helped me fill in the form.",
    "Her ex was violent but that was a long time ago and she has moved on; years ago now.",
]


@pytest.mark.parametrize("text", AT_RISK)
def test_current_risk_is_flagged(text: str, analyse: Callable[[str], Analysis]) -> None:
    assert detect_risk(text)
    result = analyse(text)
    assert result.safeguarding
    assert result.safeguarding_reasons


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_negated_past_and_idioms_are_not_flagged(text: str, analyse: Callable[[str], Analysis]) -> None:
    assert not detect_risk(text)
    assert not analyse(text).safeguarding


def test_reasons_are_categories_not_text() -> None:
    assessment = assess_risk("He hits me. I keep thinking everyone would be better off without me.")
    assert assessment.reasons == ["abuse_or_violence", "suicidal_intent"]


def test_detect_risk_does_not_need_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from storybot.nlp import detect_risk; "
        "assert detect_risk('everyone would be better off without me'); "
        "assert 'spacy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_text_without_any_cue_takes_the_fast_path() -> None:
    from storybot.nlp.risk import assess_risk

    result = assess_risk("We planted tomatoes at the allotment and had a cup of tea after.")
    assert not result.at_risk and result.cues == []
