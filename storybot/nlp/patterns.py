"""Pattern recognisers for UK personal data; plain regular expressions, no spaCy.

Each finder returns candidate spans with a label and a priority; the redactor component
adds names and places from the model and resolves overlaps.

Why not presidio-analyzer: its person and place finding is the same spaCy NER we already
run (the misses on our challenge sets were the small model's, which presidio would share);
its UK recognisers cover NHS and NI numbers that these patterns already validate, and none
of UK postcodes, spoken emails, addresses or birth-date wording. It would add
tldextract, phonenumbers and a second pass over every text for nothing we lack, and its
email recogniser needs telling not to fetch a suffix list to run offline.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Candidate:
    """A possible span of personal data; lower priority numbers win overlaps."""

    start: int
    end: int
    label: str
    priority: int
    source: str


# ---- identifiers ------------------------------------------------------------------------

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# Spelled out to dodge spam filters: "tom.b at example dot com", "jo[at]example[dot]co[dot]uk".
# A plain " at " needs a dot, digit or underscore in the name and a spoken " dot ", so
# "look at bbc.co.uk" stays a sentence.
_AT = r"(?:\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.)"
_TLD = r"(?:com|org|net|co|uk|ac|gov|nhs|edu|io|me|info|biz|scot|wales)"
EMAIL_SPOKEN_RE = re.compile(
    rf"(?<![\w.+-])(?P<local>[A-Za-z0-9][A-Za-z0-9._+-]*(?:\s+dot\s+[A-Za-z0-9][A-Za-z0-9._+-]*)*)"
    rf"{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*?{_DOT}{_TLD}(?:{_DOT}uk)?\b",
    re.IGNORECASE,
)

URL_RE = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"'()\[\]]+"
    r"|(?<![@\w.-])(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|co\.uk|org\.uk|uk|io|info|me|ly)/[^\s<>\"'()\[\]]*"
    # A bare site name, "look at mumsofleeds.example.org": a group's own site finds its members.
    # Lower case only, so a missing space after a full stop ("at the Centre.Org") is no site.
    r"|(?-i:(?<![@\w.\-)\]}])(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|co\.uk|org\.uk|ac\.uk|gov\.uk|nhs\.uk|io|info))(?![\w@-]|\.\w)",
    re.IGNORECASE,
)

# UK numbers: 0 + 9 or 10 digits, or +44/0044 without the 0; spaces, dashes, dots, brackets.
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|0044\s?|\(0|0)(?:\d[\s.\-)]{0,2}){8,9}\d(?![\d])"
)

# Ten digits grouped 3-3-4 as printed, or however the teller groups them ("9991 862 528").
NHS_RE = re.compile(r"(?<![\w])\d(?:[ \-]?\d){9}(?![\w])")
NHS_CONTEXT_RE = re.compile(r"\bnhs\b[^.\n]{0,25}$", re.IGNORECASE)

# National Insurance: two prefix letters (some never issued), six digits, suffix A-D.
# QQ is never issued either, but it is HMRC's own example prefix and what forms, training
# packs and made-up case notes use: a teller copying one is giving their number's shape.
NI_RE = re.compile(
    r"(?<![\w])(?:QQ|(?!(?:BG|GB|KN|NK|NT|TN|ZZ)[\s\d])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
    r"[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D](?![\w])",
    re.IGNORECASE,
)

# Any two letters when the teller says it is their NI number (typos, example prefixes).
# After "NI number" the suffix letter is often left off, and any two letters will do.
NI_CONTEXT_RE = re.compile(
    r"\b(?:NI|N\.I\.?|national\s+insurance|NINO)\b[^.\n]{0,45}?\b([A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}(?:[ \-]?[A-D])?)(?![\w])",
    re.IGNORECASE,
)

POSTCODE_CONTEXT_RE = re.compile(r"\b(?:post\s?code|p/?c|postal\s+code)\b[^.\n]{0,15}$", re.IGNORECASE)
POSTCODE_RE = re.compile(
    r"(?<![\w])(?:[A-PR-UWYZ](?:[A-HK-Y]\d[A-HJKPSTUW\d]?|\d[A-HJKPSTUW\d]?)|GIR)"
    r" ?\d[ABD-HJLNP-UW-Z]{2}(?![\w])",
    re.IGNORECASE,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "the 3rd of March 1989" is redacted whole, "the" included, so the sentence still reads.
DATE_RE = re.compile(
    r"(?<![\w/])(?:the\s+)?(?:"
    r"(?P<d1>[12]\d|3[01]|0?[1-9])[/.\-](?P<m1>1[0-2]|0?[1-9])[/.\-](?P<y1>\d{4}|\d{2})"
    r"|(?P<y4>(?:19|20)\d{2})-(?P<m4>1[0-2]|0[1-9])-(?P<d4>[12]\d|3[01]|0[1-9])"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}}|'\d{{2}})"
    rf"|(?P<m3>{_MONTH})\.?\s+(?:the\s+)?(?P<d3>{_DAY}),?\s+(?P<y3>\d{{4}})"
    r")(?![\w/])",
    re.IGNORECASE,
)
# Shapes that are a birth date only when the teller says so: a bare two-digit year
# ("dob 3 Mar 89"), a month and year ("born in June 1990"), a day in words ("born on the
# twenty-third of April 1958") or a year said aloud.
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
# "nineteen eighty-two", "twenty sixteen", "two thousand and five", as said in a voice note.
_SPOKEN_YEAR = (
    rf"(?:(?:nineteen|twenty)[\s-](?:oh[\s-]{_UNITS}|{_TEENS}|{_TENS}(?:[\s-]{_UNITS})?)"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_TEENS}|{_UNITS}|twenty(?:[\s-]{_UNITS})?))?)"
)
# A year said short after a day in words, as people give a birth date aloud: "the third of
# June ninety-one", "June the third, oh two"; not a count that follows ("born on the third of
# June, twenty minutes past"; a teen, "twelve", is as often one).
_SAID_SHORT_YEAR = (
    rf"(?:{_TENS}(?:[\s-]{_UNITS})?|oh[\s-]{_UNITS})"
    r"(?!\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|past|to|odd|quid|pounds?|people|of)\b)"
)
DOB_ONLY_RE = re.compile(
    r"(?<![\w/])(?:the\s+)?(?:"
    rf"{_DAY}\s+(?:of\s+)?{_MONTH}\.?,?\s+\d{{2}}"
    rf"|{_MONTH}\.?,?\s+(?:19|20)\d{{2}}"
    rf"|(?:{_DAY}|{_ORDINAL})\s+(?:of\s+)?{_MONTH},?\s+(?:(?:19|20)\d{{2}}|{_SPOKEN_YEAR}|{_SAID_SHORT_YEAR})"
    rf"|{_MONTH}\s+(?:the\s+)?(?:{_DAY}|{_ORDINAL}),?\s+(?:(?:19|20)\d{{2}}|{_SPOKEN_YEAR}|{_SAID_SHORT_YEAR})"
    r")(?![\w/])",
    re.IGNORECASE,
)
# Months said as numbers: "the 14th of the ninth 1988", "3rd of the 4th, 79", "twelfth of the
# third, eighty-eight", as people read a date of birth off a form over the phone.
_MONTH_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|12th)"
)
# A year said in two words, "eighty-eight", "oh five", or written short, "79", "'79".
_SPOKEN_SHORT_YEAR = rf"(?:{_TENS}(?:[\s-]{_UNITS})?|oh[\s-]{_UNITS}|{_TEENS})"
_ANY_YEAR = rf"(?:(?:19|20)\d{{2}}|'?\d{{2}}|{_SPOKEN_YEAR}|{_SPOKEN_SHORT_YEAR})"
# A written date read out with its strokes, as a dictated note is transcribed: "nine slash four
# slash eighty eight", "twenty one stroke oh six stroke two thousand and three".
_SAID_DAY = rf"(?:(?:twenty|thirty)(?:[\s-]{_UNITS})?|{_TEENS}|(?:oh\s+)?{_UNITS}|{_DAY})"
_SAID_MONTH = rf"(?:ten|eleven|twelve|(?:oh\s+)?{_UNITS}|1[0-2]|0?[1-9])"
SPOKEN_DOB_RE = re.compile(
    r"(?<![\w/])(?:the\s+)?(?:"
    rf"(?:{_DAY}|{_ORDINAL})\s+of\s+the\s+{_MONTH_ORDINAL},?\s+{_ANY_YEAR}"
    rf"|{_SAID_DAY}\s+(?:slash|stroke)\s+{_SAID_MONTH}\s+(?:slash|stroke)\s+{_ANY_YEAR}"
    r")(?![\w/])",
    re.IGNORECASE,
)
# Someone's age as they give it: "I'm 84", "she's 90 this year", "aged 67".
_AGE = r"(?:\bi['’]?m|\bi\s+am|\baged?|\bturned|\bturning|\bs?he['’]s|\bs?he\s+is)\s+\d{1,3}(?:\s+(?:years?\s+old|this\s+year|now))?"
_AGE_CUE = re.compile(_AGE, re.IGNORECASE)
# "dob", "D.O.B.", and "d o b" as dictation writes the letters.
_DOB = r"\bd\.?\s?o\.?\s?b\b\.?"
# A day and month with no year right after "born on", "birthday is", "dob": "born on the
# twelfth of March" still narrows a person to one day in 366.
BIRTH_DAY_RE = re.compile(
    rf"(?:\bborn\s+on|\bbirthday\s+is(?:\s+on)?|\bbirthday['’]s(?:\s+on)?|{_DOB}:?|date\s+of\s+birth(?:\s+is)?:?)\s+"
    rf"(?P<date>(?:the\s+)?(?:{_DAY}|{_ORDINAL})\s+(?:of\s+)?(?:{_MONTH}|the\s+{_MONTH_ORDINAL})"
    rf"|{_MONTH}\s+(?:the\s+)?(?:{_DAY}|{_ORDINAL}))(?![\w/])",
    re.IGNORECASE,
)
# Someone else's birth opening a time clause, its year next: "after Idris was born in",
# "since my daughter was born in" (but "since I was born in 1983" is the teller's own year).
_BIRTH_DATES_A_STORY = re.compile(
    r"\b(?i:after|since|before|when|until|till|once)\s+(?![Ii]\s)(?:[\w'’-]+\s+){1,3}(?i:was|were)\s+born\s+(?:in\s+)?$"
)
BORN_YEAR_RE = re.compile(r"\bborn\s+(?:in\s+|around\s+|about\s+)?((?:19|20)\d{2})\b(?![/.\-]\d)", re.IGNORECASE)
DOB_CONTEXT_RE = re.compile(
    rf"(?:{_DOB}|date\s+of\s+birth|\bborn\b|\bbirthday\b|\bbirth\s?date\b|\bb\.)[^.\n]{{0,20}}$"
    # The question, then the answer as the next sentence: "They all ask my date of birth. Second
    # of March, nineteen fifty-two."
    rf"|(?:{_DOB}|date\s+of\s+birth|\bbirth\s?date)\s*[.?!:]\s*$"
    # An age, then the date it counts from: "I'm 84 - ninth of June 1941, if you're writing it down".
    rf"|{_AGE}\s*[-–—,;:(]\s*$",
    re.IGNORECASE,
)
# A date given as the answer to a form's question, a few words after it: "they want my
# date of birth on the letter, it's 12.9.03", "my d.o.b. on the housing form is 30/1/99".
DOB_ANSWER_RE = re.compile(
    rf"(?:{_DOB}|date\s+of\s+birth|\bbirthday\b|\bbirth\s?date\b)[^.!?\n]{{0,45}}?"
    r"(?:\bis|\bits|\bit['’]s|=|:)\s*$"
    # Or the next sentence opens with the answer: "The form asked for my date of birth again.
    # It's the ninth of May 1950, same as last time."
    rf"|(?:{_DOB}|date\s+of\s+birth|\bbirth\s?date\b)[^.!?\n]{{0,45}}[.!?]\s+(?:it['’]?s|it\s+is|mine['’]?s|mine\s+is)\s+$",
    re.IGNORECASE,
)


def dob_context(text: str, start: int) -> bool:
    """Return True when the date at start follows a birth cue: "born on", "dob", "my d.o.b. ... is"."""
    if DOB_CONTEXT_RE.search(text[max(0, start - 40) : start]):
        return True
    return DOB_ANSWER_RE.search(text[max(0, start - 70) : start]) is not None

# ---- places -----------------------------------------------------------------------------

_STREET_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Terrace|Tce|Place|"
    r"Court|Ct|Gardens|Gdns|Grove|Walk|Row|Square|Sq|Hill|Parade|Mews|Green|Rise|Vale|Croft|Fold|"
    r"Wynd|Chare|Villas|Park|Boulevard|Gate|Yard|Wharf|Quay|Circus|Bank|View|Meadows?|Heights|"
    r"Approach|Broadway|Embankment|Esplanade|Promenade|Chase|Mount|Garth|Leys?|Brow|Ridge|"
    r"Cottages|Buildings|Paddocks?|Glade|Hollow|Nook|Vennel|Loan|Gait|Dell|Holme|Side"
)
_CAP = r"[A-Z][A-Za-z'’\-]+"
_UNIT = (
    r"(?:(?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt\.?|[Uu]nits?|[Rr]oom|[Ss]tudio|[Ss]uite|[Bb]lock)\s+"
    r"\d+[A-Za-z]?(?:\s*[/\-–]\s*\d+[A-Za-z]?)?,?\s+)"
)
_SAINT = r"(?:(?:St\.?|Saint)\s+)"
_HOUSE_NO = r"(?:\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?\s+)"
# Glasgow and Edinburgh tenements give the floor and door before the house number:
# "2/1, 57 Westmoreland Street" is the second floor, first door.
_POSITION = r"(?:\d{1,2}/\d{1,2}[A-Za-z]?,?\s+(?=\d))"
# "the bungalows on Primrose Lane": a kind of home on a named street narrows it to a few doors.
_HOMES_ON = (
    r"(?:(?:bungalows?|flats|houses|cottages|maisonettes|new\s+builds|council\s+houses|"
    r"almshouses|sheltered\s+flats|tower\s+blocks?)\s+(?:on|off)\s+)"
)
STREET_RE = re.compile(
    # Not after ":" or ".": "22:00, Stokes Croft Lodge" has no house number 00.
    rf"(?<![\w:.])(?:(?:{_UNIT}|{_POSITION})?{_HOUSE_NO}|{_HOMES_ON})?{_SAINT}?(?:{_CAP}\s+){{0,2}}{_CAP}\s+(?:{_STREET_TYPES})\b"
    r"(?:\s+(?:[Ee]state|[Ff]lats|North|South|East|West)\b)?",  # "the Bells Close estate", "Paisley Road West"
)
# A house number said aloud before a street, and the flat before it: "flat two, nineteen
# Mafeking Terrace". Matched back from a street's name, so it ends where the name starts.
_SAID_HOUSE = rf"(?:{_TENS}(?:[\s-]{_UNITS})?|{_TEENS}|{_UNITS})"
SAID_HOUSE_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:(?:[Ff]lat|[Aa]partment|[Uu]nit|[Rr]oom)\s+(?:{_SAID_HOUSE}|\d+[A-Za-z]?),?\s+(?:{_SAID_HOUSE},?\s+)?"
    # A flat's number said alone before its block's or street's name: "flat twelve, Claremont Court".
    rf"|{_SAID_HOUSE},?\s+)$"
)
# Welsh street names put the kind of place first: "3 Maes y Llan", "Heol y Felin",
# "Stryd Fawr", "12 Pen-y-Bryn". Words that are also names or hills (Bryn, Cae, Pen, Maes)
# count only with a house number; Heol, Ffordd, Stryd and Lôn are streets on their own.
_WELSH_ALWAYS = r"(?:Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Cilgant)"
_WELSH_WITH_NUMBER = r"(?:Maes|Cae|Bryn|Pen|Ty|Tŷ|Plas|Llys|Coed|Parc|Bro|D[oô]l|Nant|Pant|Cwrt|Glan|Clos|Teras|Gwel)"
WELSH_STREET_RE = re.compile(
    rf"(?<![\w])(?:(?:(?:{_UNIT}{_HOUSE_NO}?|{_HOUSE_NO})(?:{_WELSH_ALWAYS}|{_WELSH_WITH_NUMBER}))|{_WELSH_ALWAYS})"
    rf"(?:[\s-]+(?:y|yr|['’]r)[\s-]+|\s+){_CAP}(?:\s+{_CAP})?"
)
# Texting drops the capitals: "we're at 23 heol y coed". In lower case only with a house
# number, and the words that are also names or hills only with "y" or "yr" after them.
WELSH_STREET_LOWER_RE = re.compile(
    rf"(?<![\w:.£$])(?:{_UNIT}|{_POSITION})?\d{{1,4}}[a-z]?,?\s+"
    r"(?:(?:heol|ffordd|stryd|l[oô]n|rhodfa|cilgant)\s+(?!(?:and|or|the|a|of|to|in|on|at|for|with|is|was|if|but)\b)"
    r"|(?:heol|ffordd|stryd|l[oô]n|rhodfa|cilgant|maes|cae|bryn|pen|plas|llys|coed|parc|bro|d[oô]l|nant|pant|cwrt|glan|clos|teras|gwel)"
    r"[\s-]+(?:y|yr|['’]r)[\s-]+)[a-z][a-z'’\-]+"
)
# Cornish streets name a mine or a house first: "9 Wheal Rose", "4 Parc an Dillon"; a house
# may go by "Chy an Mor" ("house by the sea") before its number and street.
CORNISH_STREET_RE = re.compile(
    rf"(?<![\w])(?:Chy[\s-]+an[\s-]+{_CAP},?\s+)?{_HOUSE_NO}(?:Wheal|Parc|Bos|Chy|Ros|Treve)(?:[\s-]+an)?[\s-]+{_CAP}"
    rf"|(?<![\w])Chy[\s-]+an[\s-]+{_CAP}\b"
)
# Country homes go by a name, not a number: "Rose Cottage, Mill Lane", a Scots farm's "Mains of
# Airies" or "Kirkton of X", a Gaelic "Tigh na Mara" ("house of the sea").
RURAL_HOME_RE = re.compile(
    rf"(?<![\w])(?:(?:{_CAP}\s+){{1,2}}(?:Cottages?|Farmhouse|Croft|Steading|Grange)\b"
    rf"(?:,\s+(?:{_CAP}\s+){{0,2}}{_CAP}\s+(?:{_STREET_TYPES})\b)?"
    rf"|(?:Mains|Kirkton|Milton)\s+of\s+{_CAP}(?:\s+(?:Cottages?|Farm|House))?"
    rf"|(?:{_HOUSE_NO})?T(?:a)?igh\s+(?:na|nam|an)\s+{_CAP}"
    # Welsh "Tŷ" (house), with its circumflex, names a home: "in Tŷ Gwyn", "Tŷ Nant".
    rf"|Tŷ\s+{_CAP}(?:\s+(?:Farm|Cottage|House|Bach|Mawr))?)"
)
# A house number before a home's name with no street word, then its town and postcode: "4
# Lochview, Tarbert HS3 3AB", "3 Taigh na Mara, Balallan HS2 9PN". The town and the postcode
# after it make the name a street's or a house's, and the number its door.
NAMED_HOME_BEFORE_TOWN_RE = re.compile(
    rf"(?<![\w:.£$/])(?P<place>\d{{1,4}}[A-Za-z]?,?\s+{_CAP}(?:\s+(?:na|nam|an|y|yr|of|le|la|du|de)?\s*{_CAP}){{0,2}}),\s+"
    rf"(?:{_CAP}(?:[\s-]+{_CAP}){{0,2}},?\s+)?(?=" + POSTCODE_RE.pattern + ")"
)
# "3 The Paddocks", "12 The Green": a house number before "The" and a name.
THE_ADDRESS_RE = re.compile(rf"(?<![\w£$.,])(?:{_UNIT})?\d{{1,4}}[A-Za-z]?,?\s+The\s+{_CAP}(?:\s+{_CAP})?")
# A flat, room or unit number makes whatever named place follows an address:
# "Apartment 9, 110 Quayside", "Room 14, Elmfield House", "Flat 14, Marsden House, 3 Cowgate".
UNIT_ADDRESS_RE = re.compile(
    rf"(?<![\w])(?:[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nits?|[Rr]oom|[Ss]uite)\s+\d+[A-Za-z]?(?:\s*[/\-–]\s*\d+[A-Za-z]?)?,?\s+"
    # Each name word ends at a word's end, so the "NE" of a postcode "NE4 6JL" is not taken.
    rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?{_SAINT}?{_CAP}\b(?:\s+{_CAP}\b){{0,3}}(?:,\s+\d{{1,4}}[A-Za-z]?\s+{_CAP}\b(?:\s+{_CAP}\b)?)?"
)
# A flat's number, as blocks number them, before the block's name with no street: "4B Mossley
# Tower", "17 Kestrel House". The number before a named block is a door in it.
BLOCK_ADDRESS_RE = re.compile(
    rf"(?<![\w:.£$/])\d{{1,4}}[A-Za-z]?\s+(?:{_CAP}\s+)?{_CAP}\s+"
    r"(?:House|Tower|Towers|Heights|Mansions|Point|Lodge|Buildings|Flats|Block|Apartments)\b"
)
# Texting style: "flat 14 cedar house". The flat's number makes the building its address; the
# building's own word ("house", "court") counts only after one, as "4 bedroom house" shows.
UNIT_ADDRESS_LOWER_RE = re.compile(
    r"(?<![\w])(?:flat|apartment|apt|unit|room|studio)\s+\d+[a-z]?,?\s+(?:[a-z'’\-]+\s+){1,2}"
    r"(?:house|court|lodge|tower|towers|heights|mansions|buildings|point|gardens|hall|halls|block|view)\b",
    re.IGNORECASE,
)
# A flat over a shop, given by the shop and its street: "flat 2 over the chemist, high st",
# "Flat 1A above the bakery on Fore Street". The flat's number makes it one door.
FLAT_ABOVE_RE = re.compile(
    r"(?<![\w])(?:flat|apartment|apt)\s+\d+[a-z]?\s+(?:above|over)\s+(?:the\s+|a\s+)?(?:[a-z'’\-]+\s+){0,2}[a-z'’\-]+,?\s+"
    rf"(?:on\s+|in\s+)?(?:[a-z'’\-]+\s+){{1,2}}(?:{_STREET_TYPES.lower()})\b",
    re.IGNORECASE,
)
# Texting style: "44 tamar street" is only an address with its house number.
STREET_LOWER_RE = re.compile(
    rf"(?<![\w:.])(?:(?:{_UNIT}|{_POSITION})?{_HOUSE_NO})(?:[A-Za-z'’\-]+\s+){{1,2}}(?:{_STREET_TYPES.lower()})\b",
    re.IGNORECASE,
)
# A house number said aloud before a lower-case street, as voice notes are transcribed, after
# "at" or "address is": "lives at flat six greenhill court", "the address is forty two coldwell terrace".
SAID_STREET_LOWER_RE = re.compile(
    rf"\b(?:at|address\s+is|address['’]s|addresses)\s+(?P<place>(?:flat\s+{_SAID_HOUSE},?\s+(?:{_SAID_HOUSE}\s+)?|{_SAID_HOUSE}\s+)"
    rf"(?:[a-z'’\-]+\s+){{1,2}}(?:{_STREET_TYPES.lower()})\b)"
)
# A home given by its number and a name with no street word, where the teller says they live:
# "I'm at thirty one ladybank", "she lives at 4 Brackenhurst", "the address is 9 Fellgarth".
# HOME_RE is matched right after " at " or "address is" (found with str.find, as most stories
# have an "at" and few a home), and HOME_CUE_RE on the words before the "at". The redactor keeps
# a home only when its name is no word a dictionary knows ("we're at 10 tomorrow" is a time).
HOME_RE = re.compile(
    rf"(?P<place>(?:flat\s+(?:\d+[a-z]?|{_SAID_HOUSE}),?\s+)?(?:\d{{1,4}}[a-z]?|{_SAID_HOUSE}),?\s+"
    r"(?P<name>[a-z][a-z\-]{3,})(?:\s+(?P<more>[a-z][a-z\-]{3,}))?)(?![\w'’])",
    re.IGNORECASE,
)
HOME_CUE_RE = re.compile(
    r"(?:\bi['’]?m|\bi\s+am|\bwe['’]?re|\bwe\s+are|\blives?|\bliving|\bstays?|\bstaying|\bstopping|\bmoved\s+in"
    # A kind of home before "at" is where someone lives: "her bungalow at 7 Ashgarth".
    r"|\b(?:bungalow|house|flat|cottage|maisonette|caravan|home)"
    # Who a home is let by or lived beside: "his landlord at 27 Kingsway", "the neighbours at 4 Ashgarth".
    r"|\b(?:landlord|landlady|landlords|neighbou?rs?|tenants?|tenancy|property))\s+$",
    re.IGNORECASE,
)
ADDRESS_IS_RE = re.compile(r"ddress(?:\s+is|['’]s)\s+", re.IGNORECASE)
_VENUE_TYPES = (
    r"House|Lodge|Centre|Center|Market|Hall|Rec|Estate|estate|Church|Chapel|Mosque|Temple|"
    r"Gurdwara|School|Academy|Hospital|Library|Club|Surgery|Pharmacy|Café|Cafe|Arms|Inn|Tavern|"
    r"Shed|Hub|Court|Tower|Towers|Flats|Prison|Dene|Station|Precinct|Baths|Gym|Pool|Stadium|"
    r"Ward|Unit|Clinic|Hostel|Refuge|Rooms|Fields|Woods|Park|Infirmary|Hospice|Practice|Primary|"
    r"Nursery|Barracks|Mill|Farm|Allotments?|Cemetery|Theatre|Cinema|Museum|Gallery|Arena|Garage|"
    r"Works|Foodbank|Pantry|Tabernacle|Cathedral|Synagogue|Halls|Retail Park|Business Park|"
    r"Hotel|Bistro|Restaurant|Diner|Bakery|Salon|Care Home|Nursing Home|Residential Home|Methodist|Baptist|"
    r"Dental|Dentists?|Opticians?|Larder|"
    r"church hall|community centre|park|rec|market|church|mosque|flats|house|lodge|hostel"
)
VENUE_RE = re.compile(
    rf"(?<![\w])(?:(?:St|Saint)\.?\s+)?(?:{_CAP}\s+(?:&\s+)?){{0,2}}{_CAP}\s+(?:(?:Community|Leisure|Sports|"
    rf"Health|Medical|Day|Youth|Shopping|Retail|Family|Children's|Resource|Advice)\s+)?(?:{_VENUE_TYPES})\b"
    r"(?!['’]d\b)"  # "Referral rec'd": a note's "received", not a recreation ground
)
SAINT_RE = re.compile(
    rf"(?<![\w])(?:St|Saint)\.?\s+{_CAP}(?:'s)?(?:\s+(?:church hall|church|school|hall|hospital|centre|youth club|food ?bank|"
    r"community centre|primary|library|surgery|practice|pantry|Church|School|Hall|Hospital|Centre|Primary|Youth Club|"
    r"Food ?Bank|Community Centre|Library|Surgery|Practice|Pantry))?"
)
# A Scottish housing "scheme" is an estate, but so is no "Kickstart scheme": only where someone
# lives or grew up ("lived on the Drumhill scheme forty year").
SCHEME_RE = re.compile(
    rf"\b(?:[Ll]ive|[Ll]ived|[Ll]iving|[Gg]rew\s+up|[Bb]rought\s+up|[Ss]tay|[Ss]tayed|[Ss]taying)\s+(?:on|in)\s+the\s+"
    rf"(?P<place>{_CAP}\s+scheme)\b"
)
# Pubs go by "the Red Lion", "the Queen's Head": only after "the", so a can of Red Bull is safe.
PUB_RE = re.compile(
    rf"(?<=\b[Tt]he\s)(?:{_CAP}\s+)?{_CAP}\s+(?:Lion|Swan|Bull|Horse|Oak|Crown|Anchor|Plough|Bell|Star|"
    r"Ship|Feathers|Head|Hart|Stag|Fox|Hounds?|Greyhound|Unicorn|Eagle|Falcon|Cock|Bear|Lamb|"
    r"Wheatsheaf|Mitre|Globe|Vaults|Tap|Taps)\b"
)
PRISON_RE = re.compile(rf"\bHMP\s+{_CAP}(?:\s+{_CAP})?|\bHMYOI\s+{_CAP}")
_ORG_TYPES = (
    r"Housing|Homes|College|University|Trust|Association|Charity|Foundation|Project|Partnership|"
    r"Group|Services|Support|Steps|Network|Ltd|Limited|CIC|Care|Recovery|Futures|Pathways|"
    r"Solutions|Enterprises|Collective|Alliance|Society|Mission|Outreach|Forum|Federation|Co-op|"
    r"Cooperative|Co-operative|Coalition|Initiative|Lettings|Link|Carers"
)
ORG_RE = re.compile(rf"(?<![\w])(?:{_CAP}\s+(?:&\s+)?){{0,2}}{_CAP}\s+(?:{_ORG_TYPES})\b")
# Welsh, Arabic and Punjabi names put the kind of place first: "Ysgol Bryn Coed" (school),
# "Masjid al-Noor" (mosque), "Capel Salem" (chapel), "Canolfan Hamdden" (centre).
PLACE_FIRST_RE = re.compile(
    r"(?<![\w])(?:Ysgol|Ysbyty|Eglwys|Capel|Canolfan|Coleg|Meithrinfa|Masjid|Jamia|Madrasa|Gurdwara|Mandir)\s+"
    rf"(?:(?:al|el|an|ar|as|ul)-)?{_CAP}(?:\s+{_CAP}){{0,2}}"
)

# Words that start a capitalised run without being part of a name ("The", "Our", "Every").
LEADING_STOP = frozenset(
    """the a an this that these those my our your his her their its every each some any no
    at in on to from of by for with and or but so if when then there here went go got get
    i we you he she they it me us them new old big little local main high north south east
    west upper lower community leisure youth family day job food town city village civic
    health medical sports council mental sheltered supported temporary emergency hostel
    children's kids church school hospital only just even also dear through""".split()
)

# Words written before a person's name ("Mrs Okafor", "auntie Bev", "imam Yusuf").
TITLES = frozenset(
    "mr mrs ms miss mx dr prof nurse coach auntie aunty uncle father pastor imam rev sister brother cllr".split()
)

# Family and role words: "my sister Bronwen", "ray my fella", "Mum's house"; texting's short
# ones ("my boyf dex") and roles a name follows as often ("the health visitor shereen").
KIN_WORDS = frozenset(
    """son daughter sister brother mum mam mom dad partner husband wife fella boyfriend girlfriend
    bf gf mate friend pal neighbour neighbor cousin nephew niece uncle aunt auntie aunty nan gran
    grandad granddad grandson granddaughter grandkid grandchild sponsor worker keyworker
    caseworker advocate mentor coach teacher nurse doctor gp counsellor therapist landlord landlady
    manager boss colleague kid baby boy girl youngest eldest oldest stepdad stepmum stepson
    stepdaughter carer lad lass bestie missus ex fiance fiancé fiancee other half
    boyf girlf hubby wifey bezzie bro sis visitor officer midwife physio befriender
    dtr dau sibling""".split()  # a record's short "dtr" and "dau": daughter
)

# National bodies and common brands: never PII here (codebook: DWP, NHS, Jobcentre are not);
# faith practices ("Seva has kept me sober"), national helplines, and the banks, phone firms
# and benefit contractors people deal with ("Capita sent me a form"); what families call their
# elders in other languages ("sit with Biji", "Babcia's flat"), and conditions named after a
# doctor ("a boy with Duchenne", "her Parkinson's").
NOT_PII = frozenset(
    """nhs dwp jobcentre jobcentre plus job centre hmrc home office universal credit pip esa
    carer carer's carers carer's allowance attendance allowance pension credit
    council citizens advice samaritans shelter mind police probation social services
    social care adult social care children's social care facebook facebook marketplace
    google amazon tesco asda aldi lidl sainsbury's morrisons greggs mcdonald's costa primark
    argos whatsapp instagram tiktok youtube zoom teams snapchat uber netflix iceland b&m
    poundland boots travelodge a&e gp cv ok mum mam dad nan gran grandad son daughter god allah jesus
    christmas easter ramadan eid diwali pride brexit covid english british monday tuesday
    mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends weekdays
    strictly corrie eastenders emmerdale hollyoaks gogglebox
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues weds thu thur thurs fri ofsted cqc nspcc rspca barnardo's crisis
    the food bank food bank salvation army red cross ambulance
    urdu punjabi bengali arabic polish romanian somali tigrinya farsi pashto kurdish gujarati hindi tamil
    french spanish portuguese mandarin cantonese turkish amharic lithuanian bsl welsh
    national insurance tel mob mobile fax ext email dob ref nana nanna nanny grandma grandpa granny
    mammy mummy daddy papa mama amma ammi ammu abba abbu baba nani dadi appa
    biji beeji bebe bauji maaji pitaji masi mamu chacha chachi phupho khala khalu dada thatha paati
    babcia dziadek oma opa abuela abuelo nonna nonno yiayia babushka bubbe zayde
    duchenne rett asperger's aspergers parkinson's parkinsons alzheimer's alzheimers crohn's crohns
    tourette's tourettes huntington's addison's raynaud's hodgkin's marfan
    sir madam anon anonymous rm metro tube overground underground dlr tram macbook
    ombudsman housing ombudsman fortnite minecraft roblox playstation xbox panorama paw patrol peppa pig matalan
    white lightning
    wah gwan likkle pickney bredda
    dinnae cannae wouldnae couldnae shouldnae didnae doesnae isnae wasnae wisnae havenae hasnae willnae widnae och aye naw
    roma romani romany gypsy traveller travellers irish scottish scots sudanese eritrean ethiopian somalian syrian afghan
    iraqi iranian yemeni libyan egyptian moroccan algerian nigerian ghanaian zimbabwean kenyan ugandan congolese
    jamaican caribbean pakistani bangladeshi indian nepali chinese vietnamese filipino romanian bulgarian latvian
    slovak czech hungarian ukrainian russian albanian kosovan greek italian german brazilian african asian european
    arab muslim sikh hindu jewish catholic methodist baptist anglican pentecostal quaker evangelical presbyterian
    seva langar sangat kirtan iftar suhoor jummah zakat sadaqah shabbat puja fajr zuhr dhuhr asr maghrib
    childline nightline stepchange capita atos maximus serco mears clearsprings barclays lloyds natwest santander
    monzo hsbc nationwide vodafone paypal klarna lowells
    kurmanji sorani badini sylheti mirpuri pahari dari twi yoruba igbo hausa swahili lingala tagalog malayalam telugu
    kannada marathi sinhala tetum oromo gaelic cornish manx kernewek cymraeg gàidhlig gaidhlig sgoil
    newroz nowruz vaisakhi baisakhi hanukkah passover holi navratri whitsun whitsuntide hogmanay halloween
    michaelmas shrovetide pentecost onam pongal lohri navaratri chanukah kwanzaa
    valium diazepam calpol gaviscon sudocrem complan fortisip sharpie werther's werthers biro tippex lego
    oramorph oxynorm zomorph morphine codeine tramadol co-codamol cocodamol paracetamol ibuprofen nurofen
    sertraline citalopram fluoxetine mirtazapine zopiclone pregabalin gabapentin metformin insulin methadone
    subutex buprenorphine naloxone
    quran koran qur'an
    army navy raf approx""".split("\n")
)


def _flatten_not_pii() -> frozenset[str]:
    words: set[str] = set()
    for line in NOT_PII:
        words.update(line.split())
    # Multi-word bodies matter as phrases too.
    words.update(
        {
            "job centre",
            "jobcentre plus",
            "home office",
            "universal credit",
            "citizens advice",
            "social services",
            "social care",
            "adult social care",
            "children's social care",
            "facebook marketplace",
            "food bank",
            "salvation army",
            "red cross",
            "the food bank",
            # Television programmes people mention watching; the model calls some a PERSON.
            "bake off",
            "great british bake off",
            "strictly come dancing",
            "coronation street",
            "love island",
            "loose women",
            # National schemes, helplines and bodies: they name no one's own place or people.
            "access to work",
            "breathing space",
            "warm homes",
            "warm home discount",
            "household support fund",
            "healthy start",
            "free school meals",
            "priority services register",
            "pharmacy first",
            "john's campaign",
            "modern slavery helpline",
            "national domestic abuse helpline",
            "forced marriage unit",
            "housing executive",
            "northern ireland housing executive",
            "nhs business services",
            "nhs business services authority",
            "child maintenance service",
            "national careers service",
            "student finance",
            "blue badge",
            "disabled facilities grant",
            "local housing allowance",
            "discretionary housing payment",
            "debt relief order",
            "scottish welfare fund",
            "flexible support fund",
            "discretionary assistance fund",
            "open university",
            "royal british legion",
            "british legion",
            # A national charity's service for victims of crime: "talking to someone at Victim Support".
            "victim support",
            "pot noodle",
            "pot noodles",
            "quality street",
            # National bodies, schemes and groups found in every town, and the firms and tests
            # everyone knows: they name nobody's own people or place.
            "youth justice agency",
            "youth justice service",
            "youth offending team",
            "housing first",
            "functional skills",
            "armed forces",
            "armed forces covenant",
            "royal engineers",
            "royal navy",
            "royal air force",
            "royal marines",
            "young farmers",
            "andy's man club",
            "knit and natter",
            "google translate",
            "land rover",
            "range rover",
            "marks and spencer",
            "marks and spencer's",
            "marks and spencers",
            "mark's and spencer's",
            "marks & spencer",
            "gillick competent",
            "gillick competence",
            # Round twenty: luck as a person, mass runs, a charity for those at sea, a hymn
            # sung in Welsh, a Gaelic phrase and a saying: "thought Lady Luck owed me", "training
            # for the Great North Run", "Calon Lân", "Tha mi...", "Grace of God and...".
            "lady luck",
            "great north run",
            "great south run",
            "great scottish run",
            "great manchester run",
            "fishermen's mission",
            "fishermens mission",
            "calon lân",
            "calon lan",
            "tha mi",
            "grace of god",
            # Round nineteen: benefits and national programmes the government or a national
            # charity runs, and a game named after its character: "the Funeral Expenses
            # Payment", "did the Freedom Programme", "losing at Mario Kart".
            "housing benefit",
            "council tax reduction",
            "council tax support",
            "funeral expenses payment",
            "bereavement support payment",
            "bereavement payment",
            "widowed parent's allowance",
            "freedom programme",
            "post office",
            "post office account",
            "mario kart",
            "super mario",
            # Round eighteen: national bodies, schemes, records and warnings, some named after a
            # person, that name nobody of the teller's: "a Herbert Protocol form", "an Osman
            # warning", "the Office of the Public Guardian sent it back".
            "office of the public guardian",
            "court of protection",
            "herbert protocol",
            "osman warning",
            "osman warnings",
            "clare's law",
            "sarah's law",
            "work and health programme",
            # The national body for the waterways, whose licences boaters answer to.
            "canal & river trust",
            "canal and river trust",
            "certificate of vision impairment",
            "certificate of visual impairment",
            "radio cymru",
            "radio wales",
            "radio scotland",
            "radio ulster",
            # Songs and hymns people sing together: "we did Amazing Grace", "every word of Que Sera Sera".
            "amazing grace",
            "que sera sera",
            "abide with me",
            "danny boy",
            "sweet caroline",
            # Conditions named with a letter: "the hep C team".
            "hep a",
            "hep b",
            "hep c",
        }
    )
    return frozenset(words)


NOT_PII_WORDS = _flatten_not_pii()
_NOT_PII_PHRASES = sorted((w for w in NOT_PII_WORDS if " " in w), key=len, reverse=True)
NATIONAL_FIRST_WORDS = frozenset(w.split()[0] for w in _NOT_PII_PHRASES)


def national_phrase_at(text: str, start: int) -> int:
    """Return the end of a national body or scheme named at start ("Priority Services
    Register", "Access to Work"), or start when none is."""
    head = text[start : start + 60].lower()
    for phrase in _NOT_PII_PHRASES:
        if head.startswith(phrase) and (len(head) == len(phrase) or not head[len(phrase)].isalnum()):
            return start + len(phrase)
    return start


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(word: str) -> str:
    """Return word in lower case without accents, for name lists: Mikołaj -> mikolaj, Zoë -> zoe."""
    if word.isascii():
        return word.lower()  # nothing to fold: the common case, and it runs for every token
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


_ONE_PER_LINE = ("uk_places.txt", "countries.txt")  # entries with spaces ("sri lanka")


@lru_cache(maxsize=None)  # one entry per list; a size of 1 re-read files on every call
def _word_list(name: str) -> frozenset[str]:
    text = resources.files("storybot.nlp").joinpath("data", name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        words.update(line.lower().split() if name not in _ONE_PER_LINE else [line.strip().lower()])
    words.discard("")
    return frozenset(words)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Return the given-name list (lower case), ambiguous names included."""
    return _word_list("first_names.txt") | _word_list("ambiguous_names.txt")


def ambiguous_names() -> frozenset[str]:
    """Return given names that are also ordinary words (need a capital and a proper-noun reading)."""
    return _word_list("ambiguous_names.txt")


def countries() -> frozenset[str]:
    """Return country names (lower case): not personal data on their own."""
    return _word_list("countries.txt")


_PLACE_WORD = re.compile(r"[^\s'’\-]+")


@lru_cache(maxsize=1)
def place_first_words() -> frozenset[str]:
    """Return the first token of every listed place ("kirkby" for "kirkby stephen", "king" for "king's lynn")."""
    return frozenset(m.group() for place in uk_places() if (m := _PLACE_WORD.match(place)))


@lru_cache(maxsize=1)
def place_longest() -> int:
    """Return the most tokens a listed place takes ("newbiggin-by-the-sea": 7)."""
    return max((len(re.findall(r"[^\s'’\-]+|['’\-]", place)) for place in uk_places()), default=1)


def uk_places() -> frozenset[str]:
    """Return known UK town and city names (lower case)."""
    return _word_list("uk_places.txt")


# ---- checks -----------------------------------------------------------------------------


def nhs_number_valid(digits: str) -> bool:
    """Return True when a 10-digit NHS number has a valid modulus-11 check digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _phone_digits_ok(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0044"):
        digits = "0" + digits[4:].removeprefix("0")
    elif digits.startswith("44") and raw.lstrip().startswith("+"):
        digits = "0" + digits[2:].removeprefix("0")
    if not digits.startswith("0") or digits.startswith("00"):
        return False
    # UK numbers are 11 digits with the 0 (a few old areas and 0800s use 10).
    return len(digits) in (10, 11)


# Numbers said aloud, as voicemails are transcribed: "oh seven seven double oh, nine double oh,
# four three nine", "plus four four seven seven...", "nine nine nine, five two six, oh one...".
_SPOKEN_DIGIT = r"(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_GROUP = rf"(?:(?:double|triple)\s+)?{_SPOKEN_DIGIT}(?:\s+hundred)?"
SPOKEN_NUMBER_RE = re.compile(
    rf"(?<![\w])(?:plus\s+four\s+four[\s,\-]+)?{_SPOKEN_GROUP}(?:[\s,\-]+{_SPOKEN_GROUP}){{4,}}(?![\w])",
    re.IGNORECASE,
)
_DIGIT_WORDS = {
    "oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}


def spoken_digits(said: str) -> str:
    """Return the digits a spoken number stands for: "double oh" is "00", "nine hundred" is "900"."""
    digits, repeat = "", 1
    for word in re.findall(r"[a-z]+", said.lower()):
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
        elif word == "hundred":
            digits += "00"
        elif word == "plus":
            digits += "+"
        else:
            digits += _DIGIT_WORDS[word] * repeat
            repeat = 1
    return digits


# Numbers said in pairs, as people read out an NI number or a postcode district: "fifty-two",
# "eighty-one", "oh seven", "twenty-four", "double four".
_SAID_NUMBER = (
    rf"(?:(?:double|triple)\s+{_SPOKEN_DIGIT}|{_TENS}(?:[\s-]{_UNITS})?|{_TEENS}|{_SPOKEN_DIGIT}|\d{{1,2}})"
)
_TEEN_VALUES = {
    w: str(n) for n, w in enumerate("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10)
}
_TEN_VALUES = {w: str(n) for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}


def said_digits(said: str) -> str:
    """Return the digits of numbers said in words: "fifty-two, oh seven" is "5207", "twenty" is "20"."""
    digits = ""
    words = re.findall(r"[a-z]+|\d+", said.lower())
    k = 0
    while k < len(words):
        word = words[k]
        if word.isdigit():
            digits += word
        elif word in ("double", "triple") and k + 1 < len(words) and words[k + 1] in _DIGIT_WORDS:
            digits += _DIGIT_WORDS[words[k + 1]] * (2 if word == "double" else 3)
            k += 1
        elif word in _TEEN_VALUES:
            digits += _TEEN_VALUES[word]
        elif word in _TEN_VALUES:
            if k + 1 < len(words) and words[k + 1] in _DIGIT_WORDS and words[k + 1] not in ("oh", "zero", "nought"):
                digits += _TEN_VALUES[word] + _DIGIT_WORDS[words[k + 1]]
                k += 1
            else:
                digits += _TEN_VALUES[word] + "0"
        elif word in _DIGIT_WORDS:
            digits += _DIGIT_WORDS[word]
        k += 1
    return digits


# An NI number read out: two letters, six digits said as numbers, the suffix letter, after a
# cue ("my NI's J M, fifty-two, eighty-one, oh seven, C"). Letters are capitals, as transcribed.
SPOKEN_NI_RE = re.compile(
    rf"(?<![\w])(?P<prefix>[A-Z][\s.,]{{0,2}}[A-Z])[\s.,]+(?P<body>{_SAID_NUMBER}(?:[\s,\-]+{_SAID_NUMBER}){{0,5}})"
    r"(?:[\s,]+(?P<suffix>[A-D]))?(?![\w])"
)
# The same in lower case, as a voice note is transcribed: "s k four two seven seven one nine d".
SPOKEN_NI_LOWER_RE = re.compile(
    rf"(?<![\w'’])(?P<prefix>[a-z] [a-z]),? (?P<body>{_SAID_NUMBER}(?:[\s,\-]+{_SAID_NUMBER}){{0,5}})"
    r"(?:,? (?P<suffix>[a-d]))?(?![\w'’])"
)
_NI_CUE_RE = re.compile(r"\b(?:NI|N\.I\.?|national\s+insurance|NINO)\b[^.\n]{0,45}$", re.IGNORECASE)
# A whole NI number read out (a prefix NI numbers can open with, six digits, a suffix letter)
# is its own evidence: a voice note may say what it is some way before, in the same run-on
# sentence ("my national insurance number again, which I've given them four times, it's J N...").
_NI_CUE_FAR_RE = re.compile(r"\b(?:NI|N\.I\.?|national\s+insurance|NINO)\b[^.\n]{0,150}$", re.IGNORECASE)
_NI_PREFIX_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$")
# A postcode read out, its letters spelt and its numbers said: "T S twenty-four, seven H Q".
# The letters must open a real postcode area and the last two be ones postcodes end with.
_POSTCODE_AREAS = frozenset(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
    E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE
    LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL
    SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split()
)
SPOKEN_POSTCODE_RE = re.compile(
    rf"(?<![\w])(?P<area>[A-Z](?:[\s.]{{1,2}}[A-Z])?)[\s.,]+(?P<district>{_SAID_NUMBER}(?:[\s-]+{_SPOKEN_DIGIT})?)"
    rf"(?:\s+[A-Z])?[\s,]+(?P<sector>{_SPOKEN_DIGIT}|\d)[\s,]+(?P<unit>[ABD-HJLNP-UW-Z][\s.]{{1,2}}[ABD-HJLNP-UW-Z])(?![\w])"
)

# The same read out in lower case, as a voice note is transcribed: "n e ten nine e g".
SPOKEN_POSTCODE_LOWER_RE = re.compile(
    rf"(?<![\w'’])(?P<area>[a-z](?: [a-z])?) (?P<district>{_SAID_NUMBER}(?:[\s-]+{_SPOKEN_DIGIT})?) "
    rf"(?P<sector>{_SPOKEN_DIGIT}) (?P<unit>[bd-hjlnp-uw-z] [bd-hjlnp-uw-z])(?![\w'’])"
)


_SPELT_LETTER = re.compile(r"[B-HJ-Z][ .,]")
_SPELT_LOWER = re.compile(r"(?<![\w'’])[b-hj-z] [b-hj-z](?![\w'’])")


def _said_postcodes_and_ni(text: str) -> list[Candidate]:
    """Return postcodes and NI numbers read out with their numbers in words (see SPOKEN_POSTCODE_RE, SPOKEN_NI_RE)."""
    found: list[Candidate] = []
    for m in SPOKEN_POSTCODE_RE.finditer(text):
        said = m.group("district") + " " + m.group("sector")
        if m.group("area").replace(" ", "").replace(".", "") in _POSTCODE_AREAS and re.search(r"[a-z]", said):
            found.append(Candidate(m.start(), m.end(), "POSTCODE", 3, "postcode"))
    for m in SPOKEN_POSTCODE_LOWER_RE.finditer(text):
        if m.group("area").replace(" ", "").upper() in _POSTCODE_AREAS and not m.group("district").isdigit():
            found.append(Candidate(m.start(), m.end(), "POSTCODE", 3, "postcode"))
    for regex in (SPOKEN_NI_RE, SPOKEN_NI_LOWER_RE):
        for m in regex.finditer(text):
            body = m.group("body")
            if len(said_digits(body)) != 6 or not re.search(r"[a-z]", body):
                continue
            whole = m.group("suffix") is not None and _NI_PREFIX_RE.match(re.sub(r"[\s.,]", "", m.group("prefix")).upper())
            cue = _NI_CUE_FAR_RE if whole else _NI_CUE_RE
            if cue.search(text, max(0, m.start() - (170 if whole else 60)), m.start()):
                found.append(Candidate(m.start(), m.end(), "NI_NUMBER", 2, "ni"))
    return found


def _year(raw: str) -> int | None:
    raw = raw.lstrip("'")
    if len(raw) == 4:
        return int(raw)
    return None


# Workers' notes name people by initials: "I steered D.K. onto the course", "bruising to T.O.".
INITIALS_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?!\w)")
_NOT_INITIALS = frozenset("U.K. U.S. U.S.A. A.M. P.M. N.B. P.S. I.D. E.G. I.E. T.V. G.P. O.K. R.I.P. A.K.A. D.O.B. N.H.S.".split())


# A social-media handle names someone as surely as their name does: "@jaydenmoves_".
HANDLE_RE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")


_FIGURE = re.compile(r"\d")
# Every site address URL_RE finds holds one of these, and every spoken email "dot" or a dot
# before its ending: two patterns run over whole stories that few stories need (see below).
_URL_NEEDS = ("http", "www.", ".com", ".org", ".net", ".uk", ".io", ".info", ".me", ".ly")
_SPOKEN_EMAIL_NEEDS = ("dot", ".co", ".org", ".net", ".uk", ".ac", ".gov", ".nhs", ".edu", ".io", ".me", ".info", ".biz", ".scot", ".wales")
_BIRTH_CUE = re.compile(r"d(?:\.?o\.?| o )b|birth|born|\bb\.", re.IGNORECASE)


def find_identifiers(text: str, today: dt.date | None = None) -> list[Candidate]:
    """Find emails, URLs, phone, NHS, NI numbers, postcodes and dates of birth in text."""
    today = today or dt.date.today()
    found: list[Candidate] = []
    # Most stories hold no figure and no "@": the patterns that need one (every phone, NHS
    # and NI number, postcode and written date does) are not run on them, a third of the cost.
    figures = _FIGURE.search(text) is not None
    at_sign = "@" in text
    # A date without figures counts only after a birth cue, and every cue holds one of these.
    birth_cue = _BIRTH_CUE.search(text) is not None or figures and _AGE_CUE.search(text) is not None
    for m in EMAIL_RE.finditer(text) if at_sign else ():
        found.append(Candidate(m.start(), m.end() - _trailing(m.group()), "EMAIL", 0, "email"))
    # A plain-string test first (in ASCII text, where lower() is exactly what IGNORECASE
    # matches); 65 of the 270 µs this function took on the starter corpus went on these two.
    plain = text.lower() if text.isascii() else None
    spoken_email = plain is None or any(need in plain for need in _SPOKEN_EMAIL_NEEDS)
    url = plain is None or any(need in plain for need in _URL_NEEDS)
    for m in EMAIL_SPOKEN_RE.finditer(text) if spoken_email else ():
        raw = m.group()
        spoken = re.search(r"[\[({]\s*(?:at|dot)|\sdot\s", raw, re.IGNORECASE) is not None
        local = m.group("local")
        # "tash dot okon at example dot co dot uk": a spoken dot in the name counts like a real one.
        if spoken and (re.search(r"[\[({]\s*at", raw, re.IGNORECASE) or re.search(r"[\d._]|\sdot\s", local, re.IGNORECASE)):
            found.append(Candidate(m.start(), m.end(), "EMAIL", 0, "email"))
    for m in URL_RE.finditer(text) if url else ():
        found.append(Candidate(m.start(), m.end() - _trailing(m.group()), "URL", 1, "url"))
    for m in INITIALS_RE.finditer(text):
        if m.group() not in _NOT_INITIALS:
            found.append(Candidate(m.start(), m.end(), "PERSON", 1, "initials"))
    for m in HANDLE_RE.finditer(text) if at_sign else ():
        found.append(Candidate(m.start(), m.end() - _trailing(m.group()), "PERSON", 1, "handle"))
    for m in PHONE_RE.finditer(text) if figures else ():
        raw = m.group()
        end = m.end()
        if raw.startswith("(") and not raw.startswith("(0") and ")" not in raw:
            continue
        if _phone_digits_ok(raw):
            found.append(Candidate(m.start(), end, "PHONE", 2, "phone"))
    for m in SPOKEN_NUMBER_RE.finditer(text):
        said = spoken_digits(m.group())
        if said.startswith("+44"):
            said = "0" + said[3:]
        labelled = NHS_CONTEXT_RE.search(text[max(0, m.start() - 40) : m.start()]) is not None
        if said.startswith("0") and _phone_digits_ok(said):
            found.append(Candidate(m.start(), m.end(), "PHONE", 2, "phone"))
        elif len(said) == 10 and (nhs_number_valid(said) or labelled):
            found.append(Candidate(m.start(), m.end(), "NHS_NUMBER", 2, "nhs"))
    if _SPELT_LETTER.search(text) or _SPELT_LOWER.search(text):  # letters spelt out, as both are read: most texts have none
        found += _said_postcodes_and_ni(text)
    for m in NHS_RE.finditer(text) if figures else ():
        digits = re.sub(r"\D", "", m.group())
        if len(m.group()) - len(digits) > 3:  # more than three gaps is a list of numbers
            continue
        labelled = NHS_CONTEXT_RE.search(text[max(0, m.start() - 40) : m.start()]) is not None
        if not digits.startswith("0") and (nhs_number_valid(digits) or labelled):
            found.append(Candidate(m.start(), m.end(), "NHS_NUMBER", 2, "nhs"))
    for m in NI_RE.finditer(text) if figures else ():
        found.append(Candidate(m.start(), m.end(), "NI_NUMBER", 2, "ni"))
    for m in NI_CONTEXT_RE.finditer(text) if figures else ():
        found.append(Candidate(m.start(1), m.end(1), "NI_NUMBER", 2, "ni"))
    for m in POSTCODE_RE.finditer(text) if figures else ():
        raw = m.group()
        # Short lower-case codes without a space ("m11aa") need the word postcode before them.
        if raw.islower() and " " not in raw and len(raw) < 6:
            if not POSTCODE_CONTEXT_RE.search(text[max(0, m.start() - 30) : m.start()]):
                continue
        found.append(Candidate(m.start(), m.end(), "POSTCODE", 3, "postcode"))
    for m in DATE_RE.finditer(text) if figures else ():
        if dob_context(text, m.start()):
            found.append(Candidate(m.start(), m.end(), "DATE_OF_BIRTH", 3, "dob"))
            continue
        year = _year(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or "")
        # A full date many years back in a story is almost always someone's birth date.
        if year is not None and 1900 <= year <= today.year - 12:
            found.append(Candidate(m.start(), m.end(), "DATE_OF_BIRTH", 4, "old-date"))
    dates = [m.span() for m in DATE_RE.finditer(text)] if figures else []
    for m in BORN_YEAR_RE.finditer(text) if figures else ():
        # "born in 1983": a year of birth is part of a date of birth; but a child's birth that
        # dates the teller's story ("After Idris was born in 2019 I became unwell") is a time.
        if _BIRTH_DATES_A_STORY.search(text, max(0, m.start(1) - 60), m.start(1)):
            continue
        found.append(Candidate(m.start(1), m.end(1), "DATE_OF_BIRTH", 4, "dob"))
    for m in DOB_ONLY_RE.finditer(text) if birth_cue else ():
        if any(a < m.end() and m.start() < b for a, b in dates):
            continue
        if dob_context(text, m.start()):
            found.append(Candidate(m.start(), m.end(), "DATE_OF_BIRTH", 4, "dob"))
    for m in SPOKEN_DOB_RE.finditer(text) if birth_cue else ():
        if dob_context(text, m.start()):
            found.append(Candidate(m.start(), m.end(), "DATE_OF_BIRTH", 4, "dob"))
    births = [(c.start, c.end) for c in found if c.label == "DATE_OF_BIRTH"]
    for m in BIRTH_DAY_RE.finditer(text) if birth_cue else ():
        if not any(a < m.end("date") and m.start("date") < b for a, b in births):  # no year found with it
            found.append(Candidate(m.start("date"), m.end("date"), "DATE_OF_BIRTH", 4, "dob"))
    return found


# Street patterns that begin with a house or flat number.
_NEED_A_FIGURE = (NAMED_HOME_BEFORE_TOWN_RE, FLAT_ABOVE_RE, STREET_LOWER_RE, THE_ADDRESS_RE, UNIT_ADDRESS_RE, BLOCK_ADDRESS_RE, UNIT_ADDRESS_LOWER_RE, WELSH_STREET_LOWER_RE)


def find_places(text: str) -> list[Candidate]:
    """Find street addresses, named venues and organisations by their shape."""
    found: list[Candidate] = []
    figures = _FIGURE.search(text) is not None
    for regex, label, priority, source in (
        (STREET_RE, "LOCATION", 5, "street"),
        (STREET_LOWER_RE, "LOCATION", 5, "street"),
        (WELSH_STREET_RE, "LOCATION", 5, "street"),
        (WELSH_STREET_LOWER_RE, "LOCATION", 5, "street"),
        (THE_ADDRESS_RE, "LOCATION", 5, "street"),
        (CORNISH_STREET_RE, "LOCATION", 5, "street"),
        (RURAL_HOME_RE, "LOCATION", 5, "street"),
        (NAMED_HOME_BEFORE_TOWN_RE, "LOCATION", 5, "street"),
        (UNIT_ADDRESS_RE, "LOCATION", 5, "street"),
        (BLOCK_ADDRESS_RE, "LOCATION", 5, "street"),
        (UNIT_ADDRESS_LOWER_RE, "LOCATION", 5, "street"),
        (FLAT_ABOVE_RE, "LOCATION", 5, "street"),
        (SCHEME_RE, "LOCATION", 5, "street"),
        (SAID_STREET_LOWER_RE, "LOCATION", 5, "street"),
        (PUB_RE, "LOCATION", 6, "venue"),
        (PRISON_RE, "LOCATION", 5, "venue"),
        (SAINT_RE, "LOCATION", 6, "venue"),
        (VENUE_RE, "LOCATION", 6, "venue"),
        (ORG_RE, "ORG", 7, "org"),
        (PLACE_FIRST_RE, "ORG", 6, "venue"),
    ):
        if regex in _NEED_A_FIGURE and not figures:
            continue
        for m in regex.finditer(text):
            # A pattern that needs words around the place names the place itself as "place".
            span = m.span("place") if "place" in regex.groupindex else m.span()
            start, end = _strip_leading_stop(text, *span, keep=_STREET_NAME_WORDS if source == "street" else frozenset())
            start = _after_opening_word(text, start, end, prepositions=source in ("venue", "org"))
            if end <= start:
                continue
            span_text = text[start:end]
            words = span_text.split()
            # A venue or org needs a distinguishing name, not just "Community Centre".
            if len(words) < 2 or span_text.lower() in NOT_PII_WORDS:
                continue
            if source in ("venue", "org") and words[0].lower() in LEADING_STOP:
                continue
            if source in ("venue", "org") and national_phrase_at(text, start) >= end:
                continue  # "Priority Services" of the Priority Services Register
            # "the Polish church", "Sunday church": a nationality, faith or day before a kind
            # of place in lower case names no one place.
            if source in ("venue", "org") and words[0].lower() in NOT_PII_WORDS and all(w.islower() for w in words[1:]):
                continue
            if source == "street" and words[-1] in ("Dr", "Dr.") and not words[0][0].isdigit() and re.match(r"\s+[A-Z]", text[end : end + 2]):
                continue  # "told duty GP Dr Sandhu": a doctor's title, not a Drive
            if words[-1] == "Carers" and len(words) == 2 and words[0].lower() in _WHO_CARES:
                continue  # "Young Carers", "Adult Carers": who the service is for, not its name
            if regex in (STREET_LOWER_RE, SAID_STREET_LOWER_RE, UNIT_ADDRESS_LOWER_RE) and (
                text[max(0, start - 1) : start] in ("£", "$", "€")
                or any(w.lower().strip("'’") in _NOT_STREET_WORDS for w in words[1:-1])
            ):
                continue  # "£48 each way", "3 months of bank statements", "over 60s club can't walk"
            # "Mum's house" is somebody's home, not a named venue; so is it after the verb that
            # opens the sentence ("Selling Mum's house felt like...").
            owners = [(w, re.sub(r"['’]s$", "", w.lower())) for w in words[:2]]
            if source == "venue" and any(o != w.lower() and (o in NOT_PII_WORDS or o in KIN_WORDS) for w, o in owners[:1]):
                continue
            if source == "venue" and len(words) == 3 and words[0].endswith("ing") and owners[1][1] in KIN_WORDS and owners[1][1] != words[1].lower():
                continue
            found.append(Candidate(start, end, label, priority, source))
    found = [_with_said_house(text, c) for c in found]
    found = [_with_home_before(text, c) for c in found]
    found += _towns_in_addresses(text, [c for c in found if c.source == "street"])
    found += _named_with_the(text)
    # A place inside a longer place is part of it ("Walker Park" in "Walker Park Community Hub").
    return [
        c
        for c in found
        if not any(o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in found)
    ]


# A capital "The" in the middle of a sentence, after a word for going or being somewhere, opens
# a name: "at The Lighthouse", "run by The Lantern", "along The Headrow". Prepositions in lower
# case only, so Title Case Writing ("At The Park") is no name; "in The Guardian" is a paper.
THE_NAMED_RE = re.compile(
    rf"(?<![\w])(?:at|by|from|along|outside|near|into|via|to|opposite|behind|round|past)\s+"
    rf"(?P<place>The\s+{_CAP}(?:\s+{_CAP}){{0,2}})(?![\w'’-]|\s+[A-Z])"
)
_ORG_END = re.compile(rf"\b(?:{_ORG_TYPES})$")


def _named_with_the(text: str) -> list[Candidate]:
    """Return names opening with a capital "The" mid-sentence (see THE_NAMED_RE)."""
    found: list[Candidate] = []
    for m in THE_NAMED_RE.finditer(text):
        name = m.group("place")
        rest = name.split()[1:]
        if name.lower() in NOT_PII_WORDS or " ".join(rest).lower() in NOT_PII_WORDS or all(w.lower() in NOT_PII_WORDS for w in rest):
            continue  # "at The Jobcentre", "from The Salvation Army"
        label = "ORG" if _ORG_END.search(name) else "LOCATION"
        found.append(Candidate(m.start("place"), m.end("place"), label, 6, "venue"))
    return found


_WHO_CARES = frozenset("young adult unpaid family parent parents kinship older working sibling student".split())
# Words no street name has between its number and its kind, as a lower-case street is matched:
# quantities, function words and spans of time ("40 each way", "3 months of bank statements").
_NOT_STREET_WORDS = frozenset(
    """each every one other the a an of to at in on by for with from and or but that this both all
    half some any no can't cant
    won't wont don't dont isn't is was are minutes mins hours hrs days weeks months years miles
    times quid pounds min hr sec secs minute hour""".split()
)


# Words that open no venue's name but many a street's: "Church Lane", "High Street", "New Road".
_STREET_NAME_WORDS = frozenset(
    "church school hospital chapel high new old main north south east west upper lower town station".split()
)
# Street kinds that follow those words only as streets ("Youth Court" and "Town Green" are not).
_PLAIN_STREET = re.compile(r"\s(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Crescent|Terrace|Grove|Gardens|Row|Square|Parade|Mews)(?:\s+(?:[Ee]state|[Ff]lats|North|South|East|West))?$")


# The town of an address, between the street and the postcode: "41 Ravensworth Terrace,
# Stockton-on-Tees TS18 3QW", "22 coronation terrace blyth ne24 1lp", "Back Lane, Wark NE48 2LF".
_ADDRESS_TOWN = re.compile(
    r",?\s+(?P<town>[A-Za-z][A-Za-z'’]+(?:(?:\s+|-)[A-Za-z][A-Za-z'’]+){0,3}?),?\s+(?=" + POSTCODE_RE.pattern + ")",
    re.IGNORECASE,
)


def _with_said_house(text: str, street: Candidate) -> Candidate:
    """Grow a street's span back over a house number said in words (see SAID_HOUSE_BEFORE_RE)."""
    if street.source != "street" or not text[street.start - 1 : street.start].isspace():
        return street
    m = SAID_HOUSE_BEFORE_RE.search(text, max(0, street.start - 45), street.start)
    return Candidate(m.start(), street.end, street.label, street.priority, street.source) if m else street


# How one-word house names end: "Rosedene", "Fernlea", "Oakhurst", "Ashbank", "Hillcrest".
_HOUSE_NAME_ENDS = (
    r"bank|lea|leigh|dene|hurst|croft|holme|garth|crest|haven|mead|cote|nook|brae|knowe|"
    r"view|side|field|wood|ridge|stead|thorpe|acre|acres|ville|lands"
)


# What stands before a street's house number or name and belongs to the address: a flat, a
# Traveller site's pitch or a boat's mooring ("Pitch 6, Redhill Lane"), or a Welsh farm's or
# house's name ("Cefn Isaf, Llanafan Road": ridge, lower). Matched back from the street.
_HOME_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?P<unit>[Ff]lat|[Aa]partment|[Uu]nit|[Rr]oom|[Pp]itch|[Pp]lot|[Mm]ooring|[Bb]erth)\s+"
    r"|(?<![\w])(?:Cefn|Bryn|Pen|Plas|Pant|Nant|Bod|Hafod|Hendre|Tyddyn|Ffridd|Llwyn|Gwern|Bron|Glan|Maes|Cae|Ty|Tŷ)"
    rf"(?:[\s-]+(?:y|yr|['’]r))?[\s-]+{_CAP},\s+"
    # A block's letter before its court or street: "Block D, Larkfield Court".
    r"|(?<![\w])[Bb]lock\s+[A-Z],?\s+"
    # A house's one-word name before its street, shaped as house names are: "Ashbank, Mill
    # Lane", "Heatherlea, Station Road". Only before a street with no number of its own.
    rf"|(?<![\w])[A-Z][a-z]{{2,}}(?:{_HOUSE_NAME_ENDS}),\s+"
    # A Traveller site's plot or pitch, then the site's own name, before its street: "Plot 9,
    # Brickfields Site, Cowpen Lane", "Pitch 3, Oakhill Caravan Site, Mill Road".
    rf"|(?<![\w])(?P<site>(?:[Pp]lot|[Pp]itch)\s+\d{{1,3}}[A-Za-z]?,\s+(?:{_CAP}\s+){{1,3}}(?:Site|Yard)),\s+)$"
)


# A block's letter or number before the estate it stands on: "Block C, Tollgate Estate".
_BLOCK_BEFORE_ESTATE_RE = re.compile(r"(?<![\w])[Bb]lock\s+(?:[A-Z]|\d{1,3}[A-Z]?),?\s+$")


def _with_home_before(text: str, street: Candidate) -> Candidate:
    """Grow a street's span back over the flat, pitch or house name before it (see _HOME_BEFORE_RE),
    and an estate's back over the block before it."""
    if not text[street.start - 1 : street.start].isspace():
        return street
    if street.source == "venue" and re.search(r"\bEstates?$", text[street.start : street.end]):
        block = _BLOCK_BEFORE_ESTATE_RE.search(text, max(0, street.start - 14), street.start)
        return street if block is None else Candidate(block.start(), street.end, street.label, street.priority, street.source)
    if street.source != "street":
        return street
    m = _HOME_BEFORE_RE.search(text, max(0, street.start - 60), street.start)
    if m is None or not m.group("site") and bool(m.group("unit")) != text[street.start].isdigit():
        return street  # a flat before a house number, a house's name before a street's
    return Candidate(m.start(), street.end, street.label, street.priority, street.source)


def _towns_in_addresses(text: str, streets: list[Candidate]) -> list[Candidate]:
    """Return the town named between a street address and its postcode."""
    found: dict[tuple[int, int], Candidate] = {}
    for street in streets:
        m = _ADDRESS_TOWN.match(text, street.end)
        if m is None or m.group("town").split()[0].lower() in LEADING_STOP:
            continue  # "5 Elm Road and NE1 4ST": no town
        found[m.span("town")] = Candidate(m.start("town"), m.end("town"), "LOCATION", 5, "town")
    return list(found.values())


# Prepositions that open a sentence with a capital before a body's or a scheme's name: "Under
# Housing First we could...", "Despite Age UK's help...", "Without Shelter Housing...".
_OPENING_PREPOSITIONS = frozenset(
    """under after before during since until till without within despite against across along among
    amongst around behind below beneath beside besides between beyond into onto towards toward upon
    via like unlike thanks""".split()
)


# A note's verbs opening a sentence before a scheme's or body's name: "Accepted Housing First
# offer", "Declined Age UK befriending".
_OPENING_NOTE_VERBS = frozenset("accepted declined refused offered referred signposted joined started attended".split())


# The names of a record's fields, written before their values: "Address Ivy Cottage, Back Lane".
FIELD_WORDS = frozenset("address addr tel mob postcode dob email".split())


def _after_opening_word(text: str, start: int, end: int, prepositions: bool) -> int:
    """Return start moved past a record's field name ("Address") or, for a body or a venue, a
    capitalised preposition ("Under") that opens a matched run."""
    match = re.match(r"([A-Z][a-z]+):?\s+", text[start:end])
    opening = match.group(1).lower() if match else ""
    if match and (opening in FIELD_WORDS or prepositions and (opening in _OPENING_PREPOSITIONS or opening in _OPENING_NOTE_VERBS)):
        return start + match.end()
    return start


def _strip_leading_stop(text: str, start: int, end: int, keep: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Drop leading capitalised function words ("The", "At") from a matched run; words in
    keep stay when the run is a plain street ("Church Lane")."""
    plain_street = _PLAIN_STREET.search(text[start:end]) is not None
    while True:
        match = re.match(r"([A-Za-z'’]+|&),?\s+", text[start:end])
        if not match or match.group(1).lower() not in LEADING_STOP and match.group(1) != "&":
            return start, end
        if plain_street and match.group(1).lower() in keep and match.group(1)[0].isupper():
            return start, end
        if match.group(1).lower() in ("flat", "apartment", "unit", "room"):
            return start, end
        start += match.end()


def _trailing(raw: str) -> int:
    """Count trailing punctuation that belongs to the sentence, not the address."""
    n = 0
    while n < len(raw) and raw[len(raw) - 1 - n] in ".,;:!?)":
        n += 1
    return n
