"""Identifier patterns and checks that need no model."""

from __future__ import annotations

import datetime as dt

import pytest

from storybot.nlp.patterns import find_identifiers, find_places, nhs_number_valid


def labels(text: str) -> list[tuple[str, str]]:
    found = find_identifiers(text, today=dt.date(2026, 1, 1)) + find_places(text)
    return sorted({(c.label, text[c.start : c.end]) for c in found})


def test_nhs_check_digit() -> None:
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    assert not nhs_number_valid("123")


@pytest.mark.parametrize(
    "phone",
    ["07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123", "0191 498 0000",
     "(0191) 498 0000", "020 7946 0123", "0113-496-0000", "0808 157 0192"],
)
def test_uk_phone_forms(phone: str) -> None:
    assert labels(f"ring me on {phone} please") == [("PHONE", phone)]


def test_helpline_short_numbers_are_not_phones() -> None:
    assert labels("call 999 or Samaritans on 116 123, or NHS 111") == []


def test_identifiers() -> None:
    text = "NHS number 943 476 5919, NI AB 12 34 56 C, email me at sam.k@example.co.uk or see https://example.org/me."
    assert labels(text) == [
        ("EMAIL", "sam.k@example.co.uk"),
        ("NHS_NUMBER", "943 476 5919"),
        ("NI_NUMBER", "AB 12 34 56 C"),
        ("URL", "https://example.org/me"),
    ]


def test_invalid_nhs_without_context_is_ignored() -> None:
    assert labels("the reference was 943 476 5918") == []


def test_postcode_and_address() -> None:
    assert labels("I live at Flat 2, 14 Oak Tree Road, SR1 3AB") == [
        ("LOCATION", "Flat 2, 14 Oak Tree Road"),
        ("POSTCODE", "SR1 3AB"),
    ]
    assert labels("come to 7 mill lane ne6 5xy") == [("LOCATION", "7 mill lane"), ("POSTCODE", "ne6 5xy")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my DOB is 04/07/1985", "04/07/1985"),
        ("date of birth: 3rd March 1962", "3rd March 1962"),
        ("born on 12 Jan 1990", "12 Jan 1990"),
        ("d.o.b. 9.11.01", "9.11.01"),
        ("she was born September 5, 1948", "September 5, 1948"),
    ],
)
def test_dates_of_birth(text: str, date: str) -> None:
    assert labels(text) == [("DATE_OF_BIRTH", date)]


def test_recent_dates_without_context_are_not_birth_dates() -> None:
    assert labels("next review 3/4, the meeting is on 12/03/2025") == []
