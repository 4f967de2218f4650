"""Identifier patterns and checks that need no model."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from storybot.nlp.patterns import _TLD, URL_RE, find_identifiers, find_places, nhs_number_valid


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


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("write to sam.lee at example dot org", "sam.lee at example dot org"),
        ("it's jo99 [at] example [dot] co [dot] uk", "jo99 [at] example [dot] co [dot] uk"),
        ("mail kim(at)example.com", "kim(at)example.com"),
    ],
)
def test_spoken_emails(text: str, email: str) -> None:
    assert labels(text) == [("EMAIL", email)]


def test_a_plain_at_before_a_website_is_a_sentence() -> None:
    assert ("EMAIL", "look at example.co.uk") not in labels("have a look at example.co.uk for times")


def test_lower_case_postcodes_without_a_space() -> None:
    assert labels("we moved to ls62ab last year") == [("POSTCODE", "ls62ab")]
    assert labels("post code m11ae") == [("POSTCODE", "m11ae")]
    assert labels("I scored m11ae points") == []  # short and no "postcode": left alone


def test_ni_number_without_its_letter_after_the_word_ni() -> None:
    assert labels("NI number: JT 12 34 56 please") == [("NI_NUMBER", "JT 12 34 56")]


@pytest.mark.parametrize("nhs", ["9991 590 838", "999-159-0838", "9991590838"])
def test_nhs_numbers_in_any_grouping(nhs: str) -> None:
    assert labels(f"his number is {nhs}") == [("NHS_NUMBER", nhs)]


def test_a_labelled_nhs_number_with_a_wrong_check_digit_is_still_redacted() -> None:
    assert labels("NHS no: 999 159 0839") == [("NHS_NUMBER", "999 159 0839")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my birthday is the 3rd of May 1990", "the 3rd of May 1990"),
        ("Date of birth 1975-10-21.", "1975-10-21"),
        ("dob 7 Jun 83", "7 Jun 83"),
        ("born in April 1969, the youngest", "April 1969"),
        ("I was born in 1983 in Fife", "1983"),
        ("born Nov. 19, 1958", "Nov. 19, 1958"),
    ],
)
def test_more_birth_date_wordings(text: str, date: str) -> None:
    assert labels(text) == [("DATE_OF_BIRTH", date)]


def test_month_and_year_without_birth_words_is_not_a_birth_date() -> None:
    assert labels("we moved in April 1969 and stayed") == []


@pytest.mark.parametrize(
    "address",
    [
        "9 St. Anne's Road",
        "4 The Willows",
        "Flat 2/1, 30 Byres Road",
        "Room 6, Oakwood House",
        "Units 3-5, Tanfield Works",
        "Apartment 2, 8 Quayside",
        "12 Park View",
        "the Hollins Close estate",
    ],
)
def test_more_address_forms(address: str) -> None:
    text = f"post it to {address} thanks"
    expected = address.removeprefix("the ")
    assert ("LOCATION", expected) in labels(text), labels(text)


def test_pubs_after_the_and_venues_inside_longer_names() -> None:
    assert labels("we met in the Golden Lion on Fridays") == [("LOCATION", "Golden Lion")]
    assert labels("a can of Red Bull") == []
    assert labels("the group is at Heaton Park Community Hub") == [("LOCATION", "Heaton Park Community Hub")]


def test_a_relatives_house_is_not_a_venue() -> None:
    assert labels("Nan's house is always warm") == []


@pytest.mark.parametrize(
    "ni",
    ["QQ 12 34 56 C", "QQ123456C", "qq 65 43 21 a", "QQ-65-43-21-B", "QQ 654321 D"],
)
def test_ni_numbers_with_the_example_prefix(ni: str) -> None:
    # QQ is never issued, but it is the prefix of HMRC's examples and of made-up case notes.
    assert labels(f"the number they had on file was {ni} apparently") == [("NI_NUMBER", ni)]


def test_ni_number_said_well_after_the_words_national_insurance() -> None:
    text = "my National Insurance one, the one on the letter from work, is JX 98 76 54"
    assert labels(text) == [("NI_NUMBER", "JX 98 76 54")]


# From blind set AV (voicemails), in new words: a month said as a number, "the fourth",
# and a birthday with no year right after "born on" or "birthday is".
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("dob the 3rd of the fourth 79, I think", "the 3rd of the fourth 79"),
        ("d.o.b. the second of the eleventh, eighty-one", "the second of the eleventh, eighty-one"),
        ("date of birth twenty-first of the 6th 2003 if that helps", "twenty-first of the 6th 2003"),
        ("I was born on the twelfth of March in a snowstorm", "the twelfth of March"),
        ("her birthday's on May the 9th so not long", "May the 9th"),
    ],
)
def test_birth_dates_said_with_numbered_months_or_no_year(text: str, date: str) -> None:
    assert labels(text) == [("DATE_OF_BIRTH", date)]


@pytest.mark.parametrize(
    "text",
    [
        "the hearing is on the twelfth of March",
        "rent is due on the 1st of the month",
        "we went on the 3rd of the fourth 79 trips",
        "born on the estate, raised on the estate",
    ],
)
def test_ordinal_dates_without_birth_words_are_not_birth_dates(text: str) -> None:
    assert labels(text) == []


def test_a_bare_site_name_is_a_url_but_an_emails_domain_is_not() -> None:
    # From blind set AW, in new words: a group's site named with no www or path.
    assert labels("the group page is leedsmums.example.org now.") == [("URL", "leedsmums.example.org")]
    assert labels("write to kay.b@example.org or kim(at)example.co.uk") == [
        ("EMAIL", "kay.b@example.org"),
        ("EMAIL", "kim(at)example.co.uk"),
    ]
    assert labels("It was Ok.Com fine, see you.Org") == []


# From blind sets AB, AC, AH, AI, AM and AO, in new words: the town between a street and its
# postcode, typed any way; a street whose name opens with a word like Church, School or High.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send it to 8 Tanner Row, Market Rasen LN8 3AB please",
         [("LOCATION", "8 Tanner Row"), ("LOCATION", "Market Rasen"), ("POSTCODE", "LN8 3AB")]),
        ("were at 14 mill close cramlington ne23 6ab now",
         [("LOCATION", "14 mill close"), ("LOCATION", "cramlington"), ("POSTCODE", "ne23 6ab")]),
        ("Rose Cottage, Fore Lane, Bude-on-Sea EX23 8QQ.",
         [("LOCATION", "Bude-on-Sea"), ("LOCATION", "Rose Cottage, Fore Lane"), ("POSTCODE", "EX23 8QQ")]),
        ("5 Elm Road and then NE1 4ST", [("LOCATION", "5 Elm Road"), ("POSTCODE", "NE1 4ST")]),
    ],
)
def test_the_town_between_an_address_and_its_postcode(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("the kids cross on School Road every morning", "School Road"),
        ("she sells flowers on High Street on a Saturday", "High Street"),
        ("Then Church Lane was shut for a week", "Church Lane"),
    ],
)
def test_streets_named_after_a_church_a_school_or_the_high_street(text: str, street: str) -> None:
    assert labels(text) == [("LOCATION", street)]


def test_courts_named_for_who_they_hear_are_not_streets() -> None:
    assert labels("I was at Youth Court on Monday and Family Court on Friday") == []


# From blind sets U, AD, AQ, AU and Z, in new words: a capital "The" mid-sentence after a
# word for being somewhere opens a name; a saint's youth club or food bank is the place.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we ran the coffee morning at The Old Forge for years", [("LOCATION", "The Old Forge")]),
        ("the mentoring is run by The Bridge Project now", [("ORG", "The Bridge Project")]),
        ("the kids at St Cuthbert's youth club love him", [("LOCATION", "St Cuthbert's youth club")]),
        ("the lady at St Mary's food bank gave me a coat", [("LOCATION", "St Mary's food bank")]),
        ("I read it in The Guardian", []),
        ("she rang from The Jobcentre today", []),
        ("watching The Chase with nan", []),
    ],
)
def test_names_opening_with_a_capital_the_and_saints_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


# False spans from blind sets AO, AM, AS, R, AA, AI and AN, in new words: money, time and
# little words are no street; a faith, nationality or day before "church" names none; a
# national scheme's name is not a local organisation.
@pytest.mark.parametrize(
    "text",
    [
        "He's paid £30 each way on the bus",
        "they want 6 weeks of bank statements off me",
        "half the over 50s club can't walk that far",
        "we go to the Polish church on Sundays",
        "Sunday church keeps me going",
        "the Baptist church runs a pantry now",
        "we're on the Priority Services Register now",
    ],
)
def test_money_time_faiths_and_national_schemes_are_no_places(text: str) -> None:
    assert labels(text) == []


# From blind sets AI, AC, P, R, AD, AH, N, S and AO, in new words: names that put the kind of
# place first, a Welsh house, dentists and larders, carers' groups, lettings and care links,
# an ampersand inside a name; a time's minutes are no house number.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Handover 19:30, Riverside Croft Lodge.", [("LOCATION", "Riverside Croft Lodge")]),
        ("the kids at Ysgol Glan Morfa love it", [("ORG", "Ysgol Glan Morfa")]),
        ("prayers at Masjid al-Huda on Friday", [("ORG", "Masjid al-Huda")]),
        ("She's in Tŷ Coch now", [("LOCATION", "Tŷ Coch")]),
        ("we volunteer at Elm Road Larder", [("LOCATION", "Elm Road Larder")]),
        ("a sitting service from Riverside Carers at last", [("ORG", "Riverside Carers")]),
        ("a pendant from Moorland Care Link", [("ORG", "Moorland Care Link")]),
        ("Brightside Lettings took us on", [("ORG", "Brightside Lettings")]),
        ("Hexham & District Foodbank opens at ten", [("LOCATION", "Hexham & District Foodbank")]),
        ("my lad goes to Young Carers after school", []),
    ],
)
def test_more_named_places_and_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


def test_a_year_group_before_at_st_is_no_street() -> None:
    # From blind set Q, in new words: "5s at St" read as house 5s on "at St(reet)".
    assert labels("The Year 5s at St Cuthbert's Primary sang for us") == [("LOCATION", "St Cuthbert's Primary")]


# From blind set AX, in new words: a day in words with a year written in figures after a birth
# cue, and a short dotted date given as the answer to a form's "date of birth" a few words on.
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("She was born on the twenty-third of April 1958 in Jarrow.", "the twenty-third of April 1958"),
        ("dob is October the second, 1977 I think", "October the second, 1977"),
        ("the hospital wants her date of birth on the letter, it's 12.9.03", "12.9.03"),
        ("my d.o.b. on the housing form is 30/1/99", "30/1/99"),
    ],
)
def test_birth_dates_in_words_and_answers_to_the_form(text: str, date: str) -> None:
    assert labels(text) == [("DATE_OF_BIRTH", date)]


@pytest.mark.parametrize(
    "text",
    [
        "we moved in on the twenty-third of April 1958 and never left",
        "my date of birth was wrong on the letter. The hearing is 12.9.03",
        "I got here on 30.1.99 with two bags",
    ],
)
def test_dates_in_words_or_far_from_birth_words_are_not_birth_dates(text: str) -> None:
    assert labels(text) == []


# From blind set BM, in new words: a voice note reads out an address, a postcode and an NI
# number with their numbers in words. A postcode's letters must open a real postcode area, and
# an NI number needs its cue, else spelt letters and numbers are anything read off a screen.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "you can find me at apartment three, sixty-one Gorse Hill Road most days",
            [("LOCATION", "apartment three, sixty-one Gorse Hill Road")],
        ),
        ("the new place is twelve Aldous Crescent, by the school", [("LOCATION", "twelve Aldous Crescent")]),
        ("it is N E four, six J L, the green door", [("POSTCODE", "N E four, six J L")]),
        (
            "the forms want my national insurance, it is Q Q, twelve, thirty-four, fifty-six, C",
            [("NI_NUMBER", "Q Q, twelve, thirty-four, fifty-six, C")],
        ),
        ("my NI is J K double four, one nine, eighty, A", [("NI_NUMBER", "J K double four, one nine, eighty, A")]),
        ("and then J M, fifty-two, eighty-one, oh seven, C came up on the screen", []),
        ("we were Q X seven, four A B on the rota", []),
        ("I got one A level and two B grades", []),
    ],
)
def test_addresses_postcodes_and_ni_numbers_read_out_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


# From blind sets BR to CD, in new words: a birth date in words right after the teller's age,
# the answer given as the sentence after the question, a dictated date with its strokes
# said, an NI number read out in lower case, and homes given as a Welsh street in lower case, a
# flat in a named building, a Traveller site's pitch and a Welsh farm's name before its road.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Put me down as 91 - I'm 91, the fourteenth of May 1934, in case you need it.",
            [("DATE_OF_BIRTH", "the fourteenth of May 1934")],
        ),
        (
            "The form wants his date of birth. Twenty-first of August, nineteen sixty.",
            [("DATE_OF_BIRTH", "Twenty-first of August, nineteen sixty")],
        ),
        ("patient d o b twelve slash ten slash seventy one", [("DATE_OF_BIRTH", "twelve slash ten slash seventy one")]),
        (
            "his national insurance is j h five one eight three two zero c",
            [("NI_NUMBER", "j h five one eight three two zero c")],
        ),
        ("we're at 7 ffordd y parc now", [("LOCATION", "7 ffordd y parc")]),
        ("she has flat 9 rowan court now", [("LOCATION", "flat 9 rowan court")]),
        ("The family have Pitch 12, Moss Lane on the council site.", [("LOCATION", "Pitch 12, Moss Lane")]),
        ("Post it to Pant Glas, Chapel Road please.", [("LOCATION", "Pant Glas, Chapel Road")]),
    ],
)
def test_birth_dates_ni_numbers_and_homes_in_their_less_usual_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


# What those shapes sit beside that is no one's data: a date in words with no age or birth
# cue before it, a birth cue ending a sentence with no date after it, a number before
# "pen and", a bedroom count before "house", two letters and numbers with no NI cue.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 40 and we moved on the second of June 1998, it rained",
        "I left the date of birth blank. Then the kettle went.",
        "I bought 3 pen and paper sets",
        "they want a 4 bedroom house near the school",
        "the code was s k four two seven seven one nine on the box",
    ],
)
def test_those_shapes_beside_ordinary_words_are_left(text: str) -> None:
    assert labels(text) == []


# From blind sets DY to ED, in new words: a birth date's year said short after a day in words,
# and the answer opening the sentence after the question; beside them, a count after the day
# and a date in the next sentence that answers nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my date of birth is the ninth of March eighty-four, if you need it", [("DATE_OF_BIRTH", "the ninth of March eighty-four")]),
        (
            "They wanted my date of birth again on the phone. It's the second of October 1959, as I told them.",
            [("DATE_OF_BIRTH", "the second of October 1959")],
        ),
        ("she was born on the third of June, twenty minutes after midnight", [("DATE_OF_BIRTH", "the third of June")]),
        ("My date of birth went on the form. The hearing is the tenth of March 2031.", []),
    ],
)
def test_birth_dates_with_a_short_year_or_answered_in_the_next_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


def _endings(pattern: str) -> list[list[str]]:
    """Return each list of web-address endings in a pattern's alternations ("co\\.uk" as "co.uk")."""
    groups = re.findall(r"\(\?:(com\|[^)]*)\)", pattern)
    assert groups
    return [[ending.replace("\\.", ".") for ending in group.split("|")] for group in groups]


def test_every_site_ending_the_url_pattern_knows_is_found() -> None:
    # URL_RE runs only on texts holding one of a few plain strings: each ending it knows must
    # pass, in a page's address (the first list) and a bare site's name (the second).
    with_page, bare = _endings(URL_RE.pattern)
    for ending in with_page:
        page = f"thebakeryhub.{ending}/opening-times"
        assert ("URL", page) in labels(f"we found {page} on a leaflet"), ending
    for ending in bare:
        site = f"thebakeryhub.{ending}"
        assert ("URL", site) in labels(f"we found {site} on a leaflet"), ending


def test_every_spoken_email_ending_is_found() -> None:
    # The same for spoken emails: "dot" or a dot before each ending the pattern knows.
    (endings,) = _endings(_TLD)
    for ending in endings:
        said = f"rosa dot lind at thebakeryhub dot {ending}"
        assert ("EMAIL", said) in labels(f"email {said} for a place"), ending
        bracketed = f"rosalind [at] thebakeryhub.{ending}"
        assert ("EMAIL", bracketed) in labels(f"email {bracketed} for a place"), ending
