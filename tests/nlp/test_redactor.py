"""Redaction of every PII kind through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storybot.nlp import Analysis


def spans(result: Analysis, text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in result.pii]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My worker Priya helped me.", [("PERSON", "Priya")]),
        ("me and leanne went to the group", [("PERSON", "leanne")]),
        ("I saw Mrs Adeyemi at the surgery.", [("PERSON", "Adeyemi")]),
        ("Tom Hargreaves rang. Later Tom came round.", [("PERSON", "Tom Hargreaves"), ("PERSON", "Tom")]),
        ("I grew up in Sunderland.", [("LOCATION", "Sunderland")]),
        ("She lives at 22 Rowan Crescent now.", [("LOCATION", "22 Rowan Crescent")]),
        ("We meet at Oakfield Community Centre.", [("LOCATION", "Oakfield Community Centre")]),
        ("He stays at Riverside House.", [("LOCATION", "Riverside House")]),
        ("Referred to Brightwater Housing.", [("ORG", "Brightwater Housing")]),
        ("ring 07700 900456", [("PHONE", "07700 900456")]),
        ("email k.doe@example.com", [("EMAIL", "k.doe@example.com")]),
        ("postcode NE1 4ST", [("POSTCODE", "NE1 4ST")]),
        ("NHS no 943 476 5919", [("NHS_NUMBER", "943 476 5919")]),
        ("NI number QQ 12 34 56 C", [("NI_NUMBER", "QQ 12 34 56 C")]),
        ("DOB 14/02/1971", [("DATE_OF_BIRTH", "14/02/1971")]),
        ("my page is www.example.com/mystory", [("URL", "www.example.com/mystory")]),
    ],
)
def test_each_kind(analyse: Callable[[str], Analysis], text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(analyse(text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "There's a grace period on the rent.",
        "Mark my words, it will get better.",
        "I went to the Jobcentre and the DWP, then the NHS.",
        "My mum and my nan came on Monday in March.",
        "Call Samaritans on 116 123 or 999.",
        "I had my PIP assessment and an ADHD review.",
    ],
)
def test_words_that_look_like_pii_are_left_alone(analyse: Callable[[str], Analysis], text: str) -> None:
    assert spans(analyse(text), text) == []


def test_redacted_text_uses_placeholders(analyse: Callable[[str], Analysis]) -> None:
    text = "Dave rang me on 07700 900456 from 5 High Street."
    result = analyse(text)
    assert result.redacted == "[PERSON] rang me on [PHONE] from [LOCATION]."


def test_towns_can_be_kept(settings: object) -> None:
    from storybot.nlp.components import REDACTOR
    from storybot.nlp.pipeline import load_nlp

    import spacy  # noqa: F401  (the test may import spaCy; the app may not)

    nlp = load_nlp(settings, classifier_dir=None)  # type: ignore[arg-type]
    nlp.get_pipe(REDACTOR).redact_towns = False  # type: ignore[attr-defined]
    doc = nlp("I moved to Leeds and live at 4 Elm Grove.")
    assert [(doc.text[s.start : s.end]) for s in doc._.pii] == ["4 Elm Grove"]
