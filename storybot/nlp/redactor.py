"""Find personal data in a parsed Doc: patterns, the NER model and name lists together."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storybot.nlp.patterns import (
    ADDRESS_IS_RE,
    FIELD_WORDS,
    HOME_CUE_RE,
    HOME_RE,
    KIN_WORDS,
    LEADING_STOP,
    NOT_PII_WORDS,
    TITLES,
    Candidate,
    ambiguous_names,
    countries,
    fold,
    find_identifiers,
    national_phrase_at,
    NATIONAL_FIRST_WORDS,
    place_first_words,
    place_longest,
    find_places,
    first_names,
    uk_places,
)
from storybot.nlp.namescore import NameScorer, candidates, doc_style, features
from storybot.nlp.types import PiiSpan, doc_text

_VENUE_WORDS = frozenset(
    """house lodge centre center market hall rec estate church chapel mosque temple school academy
    hospital library club surgery pharmacy café cafe arms inn shed hub court tower towers flats
    prison dene station precinct park street st road rd avenue ave lane close drive way crescent
    terrace place gardens grove walk row square hill parade mews green rise vale croft""".split()
)
_ORG_WORDS = frozenset(
    """housing homes college university trust association charity foundation project partnership
    group services support steps network ltd limited cic""".split()
)
_NAME_CONTEXT = frozenset(
    "called named name's names nicknamed aka".split()
)
_LOWER_TITLES = frozenset("mr mrs ms mx dr miss".split())
# Titles written short, whose full stop ends no sentence: "Mr. Hale", "Dr. Okafor".
_ABBREVIATED_TITLES = frozenset("mr mrs ms mx dr prof rev cllr sgt pc ds di dc fr st".split())
# "miss" is a title after these ("told miss hughes"), and a verb after "i", "really", "will".
_BEFORE_TITLE = frozenset(
    """told tell tells asked ask with from to and n & saw see seen by for called rang emailed messaged texted thanked
    message messaging text texting email emailing ring ringing call calling phone dm thank""".split()
)
# A lower-case surname with an apostrophe: "mr o'connell", "miss d'souza".
_LOWER_APOSTROPHE_NAME = re.compile(r"^(?:o|d)['’][a-z]{2,}$")
# "my dr appointment": words after a lower-case title that are no surname.
_NOT_AFTER_TITLE = frozenset(
    "appointment appointments note notes letter surgery visit receptionist office app practice who".split()
)
# After a capitalised name at the start of a sentence, these words show it is a person
# ("Precious from church rang", "Dawn at the pantry"), where "Hope is..." would not.
_PERSON_FOLLOWERS = frozenset(
    """from at and n & said says rang rings phoned texted messaged came comes come helped helps
    told tells asked asks gave gives took takes drove drives picked sorted lent lends always never
    just 's ’s""".split()
)
# Word-names that are also abstract nouns: "Hope and faith kept me going" is no list of people.
_ABSTRACT = frozenset("hope faith grace joy mercy charity patience destiny harmony honour honor liberty".split())
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+|[^\W\d_a-z][^\W\d_A-Z]+|(?:De|La|Le|Da|Di|Du|Mc|Mac)[A-Z][a-z]+|(?:O|D)['’][A-Z][a-z]+|Ma?c[A-Z][a-z]+|[A-Z][a-z]+['’][A-Z][a-z]+)$")
# Roles people name instead of a person; the model takes them for names at the start.
_ROLES = frozenset(
    """landlord landlady physio volunteer counsellor therapist psychiatrist psychologist gp nurse
    doctor dentist receptionist manager boss council housing staff client tenant neighbour carer
    mentor coach teacher head headteacher police probation court judge solicitor lawyer advocate
    caseworker keyworker officer warden pharmacist midwife consultant surgeon paramedic sarge sergeant
    gangmaster gaffer""".split()
)
# Verbs that start a sentence before a name and that the small model sweeps into it.
_ORDERS = frozenset(
    """ring call phone text message email ask tell thank thanks meet see visit contact say give get
    let help send hi hello dear love bless""".split()
)
# Roles written as acronyms before a name ("my CPN Rhiannon", "PCSO Jess Barton", "YP Ellie"):
# like a title, they are no part of it and identify nobody alone.
_ROLE_ACRONYMS = frozenset(
    "cpn pcso sw idva isva hv ot slt senco dsl yot yp ap rmn rgn hca cpo po ppo pc wpc dc ds di dci".split()
)
# Past-tense verbs a note opens with before a name ("Met Dylan Hughes", "Rang PCSO Jess Barton").
_LEADING_VERBS = frozenset(
    """met rang phoned called texted emailed messaged saw visited told asked thanked bought gave took brought
    drove helped supported accompanied collected referred sent informed advised updated contacted reassured
    signposted escorted""".split()
)
# Words a phrasal title ends on ("Bake Off", "Wind Up") and no name does.
_PARTICLE_ENDS = frozenset("off up out down over away back".split())
_NER_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION", "ORG": "ORG"}
_WORD = re.compile(r"[^\s]+")
_INITIAL = re.compile(r"^[A-Z]\.?$")

# Priorities: identifiers (0-4) and place shapes (5-7) beat names from lists (8) and the model (9).
_P_NAME = 8
_P_MODEL = 9


# English words from the base model's lemmatizer (WordNet's index), built once per pipeline:
# "noun", "adj", "common" (nouns, adjectives, verbs) and "everyday" (verbs, adjectives,
# adverbs: not the nouns, which hold most cities too). Empty when the model has no index:
# the checks that use it then do nothing.
Dictionary = dict[str, frozenset[str]]
# Listed towns that are also things people go to or use ("to rugby", "at the derby").
_TOWN_WORDS = frozenset("rugby derby barrow oxford".split())


def dictionary_words(nlp: Language) -> Dictionary:
    """Return the configured model's word lists (see Dictionary), or empty ones."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    noun, verb, adj, adv = (frozenset(table.get(pos, [])) for pos in ("noun", "verb", "adj", "adv"))
    # Irregular verb forms ("rang", "spoke", "went"): the index holds only base forms.
    irregular: frozenset[str] = frozenset()
    if lookups.has_table("lemma_exc"):
        forms = lookups.get_table("lemma_exc").get("verb", {})
        irregular = frozenset(form for form, lemmas in forms.items() if form not in lemmas)
    # Irregular plurals ("children", "women") are words too, though the index holds "child".
    plurals: frozenset[str] = frozenset()
    if lookups.has_table("lemma_exc"):
        plurals = frozenset(lookups.get_table("lemma_exc").get("noun", {}))
    return {
        "noun": noun, "adj": adj, "adv": adv, "verb": verb, "verb_forms": irregular,
        "common": noun | adj | verb | plurals, "everyday": verb | adj | adv | _TOWN_WORDS,
    }


def _past_verb(word: str, words: Dictionary) -> bool:
    """Return True for a past-tense verb: an irregular form ("rang") or a verb plus -ed ("phoned")."""
    verbs = words.get("verb", frozenset())
    if word in words.get("verb_forms", frozenset()):
        return True
    return word.endswith("ed") and (word[:-2] in verbs or word[:-1] in verbs or len(word) > 4 and word[:-3] in verbs and word[-3] == word[-4])


def _is_acronym(token: Token) -> bool:
    return token.text.isupper() and len(token.text) <= 5


def _cap_word(token: Token) -> bool:
    """Return True for a capitalised name-shaped word: Okafor, O'Neill, McAllister."""
    return bool(_NAME_WORD.match(token.text))


def _extend_hyphens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a name span over hyphen-joined parts: Sarah-Jane, Al-Rashid, Jean-Paul."""
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and _cap_word(doc[end + 1])
    ):
        end += 2
    while (
        start >= 2
        and doc[start - 1].text in ("-", "‐")
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
        and _cap_word(doc[start - 2])
    ):
        start -= 2
    return start, end


# Words that join a given name to a surname: Irish, Arabic, Dutch, French, Italian...
_PARTICLES = frozenset("ó ní nic mac uí bin bint ibn al el de da di van von le la du".split())


def _name_from(doc: Doc, i: int, source: str) -> Candidate:
    """Return the name starting at token i, with its hyphenated parts and a surname after it."""
    start, end = _extend_hyphens(doc, i, i + 1)
    if end < len(doc) and _surname(doc[end]):
        end = _extend_hyphens(doc, end, end + 1)[1]
    elif end + 1 < len(doc) and doc[end].lower_ in _PARTICLES and _surname(doc[end + 1]):
        end = _extend_hyphens(doc, end + 1, end + 2)[1]  # "Seán Ó Briain", "Matt Le Tissier"
    span = doc[start:end]
    return Candidate(span.start_char, span.end_char, "PERSON", _P_NAME, source)


def _sentence_initial(token: Token) -> bool:
    if token.i == 0 or token.is_sent_start:
        return True
    prev = token.doc[token.i - 1]
    if prev.is_punct and prev.text not in (",", ")", "-", "&") or prev.text == "\n":
        return True
    # Notes end sentences on an abbreviation the tokenizer keeps whole ("since Sept.", "w/ s/w."),
    # but a title or an initial before a name ("Mr. Hale", "D. Boateng") ends nothing.
    return (
        len(prev.text) >= 2
        and prev.text.endswith(".")
        and prev.lower_.rstrip(".") not in TITLES | {"st", "no", "nos"}
        and not _INITIAL.match(prev.text)
    )


def _kin_before(doc: Doc, i: int) -> bool:
    """Return True after "my sister", "our worker", "the health visitor" and the like."""
    if i >= 2 and doc[i - 1].lower_ in KIN_WORDS:
        return doc[i - 2].lower_ in ("my", "our", "his", "her", "their", "the", "a", "key", "support") or (
            i >= 3 and doc[i - 3].lower_ in ("my", "our", "his", "her", "their", "the")
        )
    return False


# What a family calls its elders, used as a title before their given name: "nana jo is on the
# motorway", "grandad pete said", with no "my" before it.
_ELDER_WORDS = frozenset("nana nanna nan nanny gran granny grandma grandmother grandad granddad grandpa grampa gramps".split())


def _elder_word_before(doc: Doc, i: int) -> bool:
    """Return True after an elder's family word opening a clause: "nana jo is...", "and grandad pete"."""
    return i >= 1 and doc[i - 1].lower_ in _ELDER_WORDS and _clause_start(doc, i - 1)


def _kin_after(doc: Doc, i: int) -> bool:
    """Return True before ", my sister" or "my fella" ("ray my fella got her for me")."""
    j = i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    return j + 1 < len(doc) and doc[j].lower_ in ("my", "our") and doc[j + 1].lower_ in KIN_WORDS


# Verbs a time, a season or a thing takes as well as a person ("June was hard", "Summer came",
# "Dawn broke"): after a word-name they show nothing.
_THING_VERBS = frozenset(
    """be have do come pass fly begin start end finish arrive roll drag seem feel look turn bring
    see change fall rise break shine grow bloom open close last run happen mean""".split()
)
# Words after "went" and the like that make the subject a time or an event: "June went by".
_AFTER_THING_VERB = frozenset(
    "by past on well quickly fast slowly badly ok okay alright fine smoothly so too up down off wrong".split()
)
# Adverbs between a person and what they did: "Jan just asked", "Precious always helps".
_ACTING_ADVERBS = frozenset("just always never really still also then actually finally".split())
# Before a month these make it the month: "in June", "last May", "every April".
# "on a Sunday", "the May after": an article makes a day or a month one of many, not a person.
_MONTH_BEFORE = frozenset("in last next this every each of by early late mid from until till through during that a an the one".split())


def _acts(doc: Doc, i: int) -> bool:
    """Return True when the word at i does something a person does: "May left", "Precious missed two"."""
    if i + 1 >= len(doc):
        return False
    if doc[i + 1].lower_ in _ACTING_ADVERBS and i + 2 < len(doc):
        i += 1  # "Jan just asked", "Precious always helps"
    nxt = doc[i + 1]
    if nxt.tag_ not in ("VBD", "VBZ") or nxt.lower_ in _AUX_WORDS or nxt.lemma_.lower() in _THING_VERBS:
        return False
    return i + 2 >= len(doc) or doc[i + 2].lower_ not in _AFTER_THING_VERB


# Verbs of having to, wanting to and trying to do something, which only a person takes before
# "to" and a verb: "Jan has to wipe my back", "May wanted to leave" ("May has to be" is a month).
_MUST = frozenset("has had needs needed wants wanted tries tried refuses refused".split())


def _must_do(doc: Doc, i: int) -> bool:
    """Return True when the word at i has to, wants to or tries to do something: "Jan has to wipe"."""
    j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in _ACTING_ADVERBS else i + 1
    if j + 2 >= len(doc) or doc[j].lower_ not in _MUST or doc[j + 1].lower_ != "to":
        return False
    verb = doc[j + 2]
    return verb.tag_ == "VB" and verb.lemma_.lower() not in _THING_VERBS | _MOTION_VERBS


# Whom a person has, which no idea, time or thing has: "Mercy has two British children",
# "hope's got a little boy", "June had twins".
_FAMILY = KIN_WORDS | frozenset(
    "children kids child baby babies twins boys girls grandchildren grandkids stepchildren stepkids".split()
)
_HOW_MANY = frozenset("a an two three four five six seven 2 3 4 5 6 7 no".split())


def _has_family(doc: Doc, i: int) -> bool:
    """Return True when the word at i has children or family: "Mercy has two British children",
    "precious has got a son" ("Hope has a place", "Summer has two weeks left" are no one's)."""
    j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in _ACTING_ADVERBS else i + 1
    if j + 2 >= len(doc) or doc[i].tag_ in _VERB_TAGS:
        return False
    if doc[j].lower_ in ("'s", "’s") and doc[j + 1].lower_ == "got":
        j += 1
    elif doc[j].lower_ not in ("has", "had"):
        return False
    k = j + 2 if doc[j + 1].lower_ == "got" else j + 1
    if k >= len(doc) or doc[k].lower_ not in _HOW_MANY:
        return False
    k += 1
    while k < len(doc) - 1 and k < j + 6 and doc[k].tag_ in ("JJ", "NNP", "NNPS") and doc[k].lower_ not in _FAMILY:
        k += 1  # "two British children", "a little boy", "three grown-up kids"
    return k < len(doc) and doc[k].lower_ in _FAMILY


# Where a mark or a bruise is: "Mark on L cheek", "Mark on her upper arm" is an injury, not Mark.
_BODY_PARTS = frozenset(
    """face cheek cheeks forehead chin jaw lip lips eye eyes ear ears nose neck throat shoulder shoulders
    arm arms forearm forearms upper wrist wrists hand hands finger fingers back chest ribs side tummy
    stomach hip hips thigh thighs leg legs shin shins knee knees ankle ankles foot feet head scalp bottom""".split()
)
_BODY_SIDES = frozenset("l r lt rt left right the her his their my upper lower inner outer".split())


def _mark_on_body(doc: Doc, i: int) -> bool:
    """Return True for a word-name that is a mark on someone's body: "Mark on L cheek"."""
    if doc[i].lower_ != "mark" or i + 2 >= len(doc) or doc[i + 1].lower_ != "on":
        return False
    k = i + 2
    while k < len(doc) - 1 and k < i + 4 and doc[k].lower_ in _BODY_SIDES:
        k += 1
    return doc[k].lower_ in _BODY_PARTS


def _bracketed_note(doc: Doc, i: int) -> bool:
    """Return True for a word-name with a case note's brackets after it and then doing
    something: "Precious (COPD) would normally be in", "Joy (17, ASD) said" (an age, a
    condition's initials; a service's initials, "Hope (NHS)", are no note on a person)."""
    if i + 3 >= len(doc) or doc[i + 1].text != "(":
        return False
    k, seen = i + 2, False
    while k < len(doc) and k < i + 8 and doc[k].text != ")":
        word = doc[k]
        if word.like_num or (word.text.isupper() and 2 <= len(word.text) <= 6 and word.lower_ not in _UNIT_ACRONYMS):
            seen = True
        elif word.text != ",":
            return False
        k += 1
    if not seen or k + 1 >= len(doc) or doc[k].text != ")":
        return False
    return doc[k + 1].tag_ in ("MD", "VBD", "VBZ", "VBP") or doc[k + 1].text == ","


def _ambiguous_is_name(doc: Doc, token: Token, after_title: bool) -> bool:
    """Decide whether a word-name (Will, Rose, Hope, May) is a person here."""
    low = token.lower_
    if after_title:
        return True
    # "on Sunday my grandson takes me": a day or month before a relative is the day itself.
    kin_after = _kin_after(doc, token.i) and low not in NOT_PII_WORDS
    if _kin_before(doc, token.i) or kin_after or _elder_word_before(doc, token.i):
        # "my sister Rose", "my son will has autism", but not "my boss will literally kill me":
        # a verb's base form or an adverb next makes the word a verb itself.
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return token.is_title or nxt is None or nxt.tag_ not in ("VB", "RB") or token.tag_ not in _VERB_TAGS
    if low in NOT_PII_WORDS and (_day_number(doc, token.i - 1) or _day_number(doc, token.i + 1)):
        return False  # "since 2nd jan and i...", "May 14th": the month with its day
    if not token.is_title:
        if token.i > 0 and doc[token.i - 1].like_num:
            return False  # "needed 40 min", "back in 2 mo": a measure after its number
        return token.is_lower and _lower_name_context(doc, token.i)
    prev = doc[token.i - 1] if token.i > 0 else None
    if low in NOT_PII_WORDS:
        if _paired_with_a_name(doc, token.i):
            return True  # "my foster carers, Jan and Sue": a month beside a person is one too
        # Months and days: "in May", "Sunday"; but "since May left" is someone who did
        # ("Sunday went quiet", "May went so fast" are the days themselves).
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        return (prev is None or prev.lower_ not in _MONTH_BEFORE) and (
            _acts(doc, token.i) and (after is None or after.tag_ not in ("JJ", "JJR", "RB", "RBR", "RP"))
            or _must_do(doc, token.i)  # "Jan has to wipe my back": a month has to do nothing
            or _has_family(doc, token.i)  # "June has three grandchildren"
        )
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if prev is not None and prev.lower_ in ("the", "a", "an", "this", "that", "some", "any", "no"):
        return False
    if not _sentence_initial(token):
        # A capital inside a sentence is the writer telling us it is a name ("I told Will").
        return True
    if _mark_on_body(doc, token.i):
        return False  # a note's "Mark on L cheek": the injury
    if (token.pos_ == "PROPN" or token.ent_type_ == "PERSON") and low not in _ABSTRACT:
        return True
    if nxt is None:
        return False
    if _surname(nxt) and nxt.pos_ == "PROPN" and fold(nxt.text) not in ambiguous_names():
        return True  # "Precious Mensah, DOB ...": a surname follows
    if nxt.text == "(" and token.i + 2 < len(doc) and doc[token.i + 2].like_num:
        return True  # "Precious (34) + 2 children": an age follows
    if _bracketed_note(doc, token.i):
        return True  # "Precious (COPD) would normally be in": a case note's bracket on a person
    if _has_family(doc, token.i):
        return True  # "Mercy has two British children": an idea or a time has no children
    if low in _ABSTRACT and nxt.lower_ in ("and", "n", "&"):
        return False
    if nxt.lower_ in ("is", "was", "'s", "’s", "turned", "turns") and token.i + 2 < len(doc):
        after = doc[token.i + 2]
        # "Summer is 4" (an age), "Hope is my youngest" (a family member)
        if after.like_num or (after.lower_ in ("my", "our") and _kin_before(doc, token.i + 4)):
            return True
    # "Joy in housing and I set it up": someone named with the service they work in, then
    # doing something with the teller (an abstract word only so: "Hope in housing is rare").
    if _with_their_service(doc, token.i, with_me_only=low in _ABSTRACT):
        return True
    if _at_their_post(doc, token.i):
        return True  # "Joy on the desk knows me by name": someone at the post they staff, doing something
    # "Rose brings the paper on a Sunday": a word-name that is no time and no abstract, bringing
    # or doing something to someone ("Summer brings the light", "Hope gives me" are not people).
    if low not in _ABSTRACT and low not in _TIME_NAMES and _does_to_someone(doc, token.i):
        return True
    if low not in _TIME_NAMES and low not in NOT_PII_WORDS and (_spoke_with(doc, token.i) or _started_as_a_person(doc, token.i)):
        return True  # "Joy talked to her", "Precious started as a pantry member": as only a person does
    if low not in _ABSTRACT and low not in _TIME_NAMES and _would_not(doc, token.i):
        return True  # "Precious wouldn't go near it": refusing or unable, as a person is
    # "Precious didn't want the bed", "Precious missed two sessions": someone doing or wanting,
    # unless the word is abstract ("Hope did", "Hope kept me going").
    return nxt.lower_ in _PERSON_FOLLOWERS or (
        low not in _ABSTRACT and (nxt.lower_ in ("did", "does", "wanted", "wants") or _acts(doc, token.i))
    )


def _would_not(doc: Doc, i: int) -> bool:
    """Return True when the word at i would not, could not or will not do something: "Precious
    wouldn't go near the debt", "rose couldn't face the stairs" ("Will won't" is a verb)."""
    if i + 3 >= len(doc) or doc[i].tag_ in _VERB_TAGS:
        return False
    return doc[i + 1].tag_ == "MD" and doc[i + 2].lower_ in _NOT_WORDS and doc[i + 3].tag_ == "VB"


# What a person needs or wants, said right after them: "precious needed longer".
_WANTING = frozenset("needed needs wanted wants asked asks refused refuses chose chooses preferred prefers".split())
# A gendered possessive or object after a verb says its doer is a person: "mo passed his theory".
_GENDERED = frozenset("his her him".split())


def _wants_or_does_own(doc: Doc, i: int) -> bool:
    """Return True for a word opening a clause, or after an opener ("omg"), that needed or wanted
    something or did something to his or her own: "precious needed longer", "grace wanted her
    appts at home", "omg mo passed his theory" ("bill needed paying", "hope wanted", "reading
    makes him panic" do not)."""
    opens = _clause_start(doc, i) or i > 0 and doc[i - 1].lower_ in _INTERJECTIONS | _STORY_OPENERS and _clause_start(doc, i - 1)
    if not opens or i + 2 >= len(doc) or doc[i].tag_ in _VERB_TAGS:
        return False
    if doc[i].lower_.endswith("ing") and doc[i].lower_ in ambiguous_names():
        return False  # "because reading makes him panic": an activity, not Reading
    verb, after = doc[i + 1], doc[i + 2]
    if verb.tag_ not in ("VBD", "VBZ") or verb.lower_ in _AUX_WORDS:
        return False
    if after.lower_ in _GENDERED:
        return True
    return verb.lower_ in _WANTING and doc[i].lower_ not in _ABSTRACT and after.tag_ not in ("VBG", "VBN", "TO")


# Word-names that are also seasons or times of day: "Summer brings", "Dawn comes".
_TIME_NAMES = frozenset("summer autumn winter spring dawn eve noel".split())
# Verbs a time or an event does too, whatever follows: "May came the news", "June passed the...".
_MOTION_VERBS = frozenset("come go arrive pass last start end begin finish run happen follow".split())


def _does_to_someone(doc: Doc, i: int) -> bool:
    """Return True when the word at i does something to someone or something: "Rose brings the
    paper", "ruby writes to the whole crew" ("June came the week after" is a month)."""
    j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in _ACTING_ADVERBS else i + 1
    if j + 1 >= len(doc) or doc[i].tag_ in _VERB_TAGS:
        return False
    verb = doc[j]
    if verb.tag_ not in ("VBD", "VBZ") or verb.lower_ in _AUX_WORDS or verb.lemma_.lower() in _MOTION_VERBS:
        return False
    k = j + 2 if doc[j + 1].lower_ == "to" and j + 2 < len(doc) else j + 1
    return doc[k].lower_ in _OBJECT_OPENERS


# Posts a person staffs: "Joy on the desk", "the lad on reception", "Pat on the door".
_POSTS_STAFFED = frozenset("desk reception door doors till tills counter phones switchboard gate helpline".split())


def _at_their_post(doc: Doc, i: int) -> bool:
    """Return True for "Joy on the desk knows me", "jo on reception sorted it": someone named
    with the post they staff, then doing something (no idea or time is "on the desk")."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ != "on":
        return False
    k = i + 2
    if doc[k].lower_ in ("the", "front"):
        k += 1
    if doc[k].lower_ == "front" and k + 1 < len(doc):
        k += 1
    if doc[k].lower_ not in _POSTS_STAFFED or k + 1 >= len(doc):
        return False
    j = k + 2 if doc[k + 1].lower_ in _ACTING_ADVERBS and k + 2 < len(doc) else k + 1
    verb = doc[j]
    return (verb.tag_ in ("VBZ", "VBD") or verb.tag_ == "MD" and verb.lower_ not in ("may", "might")) and verb.lower_ not in _AUX_WORDS


def _with_their_service(doc: Doc, i: int, with_me_only: bool) -> bool:
    """Return True for "Joy in housing and I set it up", "Pat from the council rang me": a
    person named with the service or place they work at, then acting with the teller or alone."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("in", "from", "at"):
        return False
    for k in range(i + 2, min(i + 6, len(doc) - 1)):
        word = doc[k].lower_
        if word in _WORKPLACES or word in _VENUE_WORDS or word in _ORG_WORDS or word == "team":
            nxt = doc[k + 1]
            if nxt.lower_ in ("and", "&", "n") and k + 2 < len(doc) and doc[k + 2].lower_ in ("i", "me", "we"):
                return True
            return not with_me_only and nxt.tag_ in ("VBD", "VBZ") and nxt.lower_ not in _AUX_WORDS
        if doc[k].is_punct:
            return False
    return False


_DAY_NUMBER = re.compile(r"^(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?$", re.IGNORECASE)


def _day_number(doc: Doc, i: int) -> bool:
    """Return True for a day of the month at token i: "2nd", "14", "31st"."""
    return 0 <= i < len(doc) and _DAY_NUMBER.match(doc[i].text) is not None


def _paired_with_a_name(doc: Doc, i: int) -> bool:
    """Return True for a word joined by "and" to a capitalised given name that is no month or
    day: "Jan and Sue", "Sue & Jan" ("May and June" are months)."""
    for joiner, partner in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= partner < len(doc) and doc[joiner].lower_ in ("and", "&", "n"):
            other = doc[partner]
            if other.is_title and fold(other.text) in first_names() and other.lower_ not in NOT_PII_WORDS:
                return True
    return False


# Words spelt as said that are also given names in the list.
# ting: thing; ken: Scots for know; inna: Jamaican "in the".
_TEXTING_WORDS = frozenset("wen wat wot ova av ad den dat dem tho cos coz nite bin ting ken inna alot aswell".split())
# What people call those they thank, spelt as typed: "thanks hunni for everything".
_ENDEARMENTS = frozenset("hun hunni hunny hunnie huni lovey lovie luv babes bae bbe bby babe sweetie sweety darlin petal chick".split())
_GREETINGS = frozenset("hi hiya hey hello ello alright morning evening".split())
# Texting interjections no dictionary holds: "soz its me", "lol from the start".
_INTERJECTIONS = frozenset(
    """soz sozz lol lmao lmfao omg ngl tbh idk oi oii yo heya hii ok okay kk ye yh yea nah ffs pls plz
    thx ty smh fr rn tho innit wagwan bruv fam hun babe xx xxx ppl peeps bro sis cuz bae some1 sum1 every1
    any1 no1 ur ya yous youse yall um umm er erm uh uhh hmm mm""".split()
)
_TALK_VERBS = frozenset("seeing see saw ask asked asking ring rang ringing call called text texted tell told thank thanked with".split())
# Before a listed name, the ways of being in touch with someone: "keep texting kerry but...".
_CONTACT_VERBS = _TALK_VERBS | frozenset(
    "texting messaging messaged calling phoning phoned visiting visited met meeting remind reminded telling thanking".split()
)


# Getting something off someone: "got this phone off mel", "borrowed a fiver off jo".
_OFF_SOMEONE = frozenset("off of".split())
# Measures of distance that are names too ("Miles"): "miles from home" is how far.
_DISTANCES = frozenset("miles yards".split())
_GETTING = frozenset("get borrow buy take nick have lend cadge scrounge grab".split())


# Object pronouns a helper does something for or to: "jo sorting me a phone".
_HELPED = frozenset("me us him her them".split())
# Speaking with someone, which only a person does: "Joy talked to her", "grace sat with me".
_SPEAKING = frozenset("talked talks spoke speaks chatted chats listened listens".split())
# Starting out as someone: "Precious started as a volunteer", "joined as a trainee".
_STARTING = frozenset("started starts began begins joined joins came comes volunteered signed".split())
# Who a person starts out as, besides roles and kin: "a pantry member", "a trainee".
_STARTED_AS = frozenset("member members volunteer client tenant resident trainee apprentice student learner guest user service".split())


def _person_word(word: str) -> bool:
    """Return True for a word that names a person by who they are: "nurse", "work coach"."""
    return word in _PERSON_WORDS or word in _STARTED_AS or word.endswith(_ROLE_ENDINGS)


def _doing_for_someone(doc: Doc, i: int) -> bool:
    """Return True for a word followed by an -ing verb done for or to someone: "what helped was
    nina sorting me a phone" ("the bill chasing me" has its article; "reading helping me" is
    an activity)."""
    if i + 2 >= len(doc) or doc[i + 1].tag_ != "VBG" or doc[i + 2].lower_ not in _HELPED:
        return False
    low = doc[i].lower_
    return not (low.endswith("ing") or i > 0 and doc[i - 1].lower_ in _DETERMINERS)


def _role_apposed_after(doc: Doc, i: int) -> bool:
    """Return True for a word set beside "the" and who the person is, then their doing or the
    clause's end: "a grant jade the work coach found", "ask mo the nurse" ("hope the nurse is
    ok" has "hope" as a verb; "the mark the nurse found" has its article)."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "the" or doc[i].tag_ in _VERB_TAGS:
        return False
    if i > 0 and (doc[i - 1].lower_ in _DETERMINERS or doc[i - 1].lower_ in ("to", "i", "we", "you", "u") or doc[i - 1].tag_ == "MD"):
        return False
    for k in range(i + 2, min(i + 5, len(doc))):
        if not doc[k].is_alpha or doc[k].tag_ not in ("NN", "NNS", "NNP", "JJ"):
            return False
        if _person_word(doc[k].lower_):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return nxt is None or nxt.is_punct or nxt.lower_ in ("who", "from", "at") or (
                nxt.tag_ in ("VBD", "VBZ") and nxt.lower_ not in _AUX_WORDS
            )
    return False


def _role_then_named(doc: Doc, i: int) -> bool:
    """Return True for a word closing a sentence after a comma, the words before the comma
    naming who the person is: "same nurse every month, carol." ("in the spring, may." names
    no one)."""
    if i < 2 or doc[i - 1].text != "," or not (i + 1 == len(doc) or doc[i + 1].lower_ in (".", "!", "x", "xx")):
        return False
    for k in range(i - 2, max(-1, i - 8), -1):
        if doc[k].is_punct:
            return False
        if _person_word(doc[k].lower_):
            return True
    return False


def _spoke_with(doc: Doc, i: int) -> bool:
    """Return True for a word that talked or listened to someone: "Joy talked to her about her
    dog" ("hope spoke to me" is a person too; "faith speaks volumes" speaks to no one)."""
    j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in _ACTING_ADVERBS else i + 1
    if j + 2 >= len(doc) or doc[i].tag_ in _VERB_TAGS or doc[j].lower_ not in _SPEAKING:
        return False
    return doc[j + 1].lower_ in ("to", "with") and doc[j + 2].lower_ in _OBJECT_OPENERS | _HELPED


def _started_as_a_person(doc: Doc, i: int) -> bool:
    """Return True for a word that started or joined as someone: "Precious started as a pantry
    member" ("Summer started as a wet one" started as no one)."""
    j = i + 1
    if j + 2 >= len(doc) or doc[i].tag_ in _VERB_TAGS or doc[j].lower_ not in _STARTING:
        return False
    j += 2 if doc[j + 1].lower_ in ("us", "me") else 1
    if j >= len(doc) or doc[j].lower_ != "as":
        return False
    for k in range(j + 1, min(j + 5, len(doc))):
        if doc[k].is_punct:
            return False
        if k > j + 1 and _person_word(doc[k].lower_):
            return True
    return False


def _lower_name_context(doc: Doc, i: int) -> bool:
    """Decide whether a lower-case word-name ("jo", "ruby", "jay") is a person here.

    Phones drop capitals, so only the words around it can say: "me n ruby", "the lady, jo,
    was amazing", "hi its jay", "tam who runs it", "kept seeing jo."
    """
    def low(k: int) -> str:
        return doc[k].lower_ if 0 <= k < len(doc) else ""

    if low(i - 1) in ("n", "and", "&") and low(i - 2) == "me":
        return True
    if low(i) in _DISTANCES and low(i + 1) in ("from", "away", "apart", "off"):
        return False  # "fifteen and miles from home", "damp n miles from school": a distance
    ends = i + 1 == len(doc) or doc[i + 1].is_punct or low(i + 1) in _JOINERS or low(i + 1) in _FILLERS
    if ends and low(i) not in _ABSTRACT and doc[i].tag_ not in _VERB_TAGS and (
        low(i - 1) in _OFF_SOMEONE and any(doc[k].lemma_.lower() in _GETTING for k in range(max(0, i - 5), i - 1))
    ):
        return True  # "got this phone off mel so", "borrowed a tenner off jo.": who it came from
    if low(i - 1) == "," and (i + 1 == len(doc) or low(i + 1) in (".", "!", "x", "xx")) and low(i) not in ambiguous_names():
        return True  # "the same nurse three years now, shona.", "cheers for that, kerry!": the one spoken of or to
    if _with_company(doc, i):
        return True  # "for jay n his mates", "lou and her kids", "jay and 2 lads"
    if low(i - 1) in _NICKNAME_WORDS and low(i - 2) not in _DETERMINERS and (
        i + 1 == len(doc) or doc[i + 1].tag_ in ("VBZ", "VBD") or doc[i + 1].is_punct
    ):
        return True  # "big al got shipped out", "wee des says", "ask for big mo"
    if (
        low(i + 1) in ("n", "and", "&") and low(i + 2) in ("me", "i") and low(i - 1) not in _DETERMINERS
        and low(i) not in NOT_PII_WORDS and not (low(i - 2) in _ARTICLES and doc[i - 1].tag_ in ("JJ", "JJR", "JJS"))
        and not _thing_did(doc, i) and not (low(i) in _TIME_NAMES and low(i - 1) in _MONTH_BEFORE)
    ):
        # "ruby and me", but not "in the summer and I", "for the whole summer and I", "without a
        # mark and I", "go back sunday and i", "my blood pressure rose and I", "last summer and I"
        return True
    if _named_pair_acts(doc, i):
        return True  # "sue and pat always save me a seat": two given names doing something together
    if _pair_then_act(doc, i) and low(i - 1) not in _DETERMINERS and low(i) not in NOT_PII_WORDS | _TIME_NAMES | _ABSTRACT:
        return True  # "gaz and mo at the hub they came": named with a plain name, the two doing something
    if _contacted_me(doc, i) and low(i) not in NOT_PII_WORDS:
        return True  # "dawn just txt me": only a person texts or rings the teller
    if _given_something(doc, i) and low(i) not in NOT_PII_WORDS | _TIME_NAMES | _ABSTRACT:
        return True  # "given jo my old phone": the one given it, before what was given
    if low(i) not in NOT_PII_WORDS | _TIME_NAMES | _ABSTRACT and (
        _doing_for_someone(doc, i) or _role_apposed_after(doc, i) or _role_then_named(doc, i)
    ):
        # "was nina sorting me a phone", "a grant jade the work coach found", "same nurse
        # every month, carol.": doing something for someone, or set beside who the person is
        return True
    if _clause_start(doc, i) and low(i) not in NOT_PII_WORDS | _TIME_NAMES and (_spoke_with(doc, i) or _started_as_a_person(doc, i)):
        return True  # "joy talked to her", "precious started as a volunteer": as only a person does
    if (
        _joined_to_a_plain_name(doc, i) and low(i - 1) not in _DETERMINERS and doc[i].tag_ not in _VERB_TAGS
        and low(i) not in NOT_PII_WORDS and low(i) not in _TIME_NAMES
    ):
        return True  # "hear tay n josh in the canteen", "now theres stan and meg": named with a name that is no word
    if _thing_they_did(doc, i) and low(i) not in NOT_PII_WORDS | _TIME_NAMES | _ABSTRACT:
        return True  # "the slow cooker mo sorted for us": who did it, the clause's "that" dropped
    if _has_family(doc, i) and _clause_start(doc, i) and low(i) not in NOT_PII_WORDS | _TIME_NAMES:
        return True  # "mercy has 2 kids": no idea has children
    if _wants_or_does_own(doc, i) and low(i) not in NOT_PII_WORDS | _TIME_NAMES:
        return True  # "precious needed longer", "omg mo passed his theory": who needed or did it
    if low(i - 1) == "," and low(i + 1) == ",":
        return any(low(k) in KIN_WORDS | _ROLES or low(k) in ("lady", "man", "woman", "fella", "guy", "girl", "lad")
                   for k in range(i - 4, i - 1))
    if low(i - 1) in ("its", "it's", "it’s", "im", "i'm") and (low(i - 2) in _GREETINGS or low(i - 3) in _GREETINGS):
        return True
    if _after_its_greeting(doc, i):
        return True  # "alright it's kerry": the tokenizer splits "it's"
    if low(i + 1) == "who" and (i == 0 or doc[i - 1].is_punct or doc[i].is_sent_start):
        return True
    if _clause_start(doc, i) and (low(i + 1) == "from" or _greets_as_me(doc, i)):
        return True  # "jas from family support sorted it", "tash its me"
    if _asked_for_from_a_service(doc, i):
        return True  # "could dot from the hostel ring me"
    if _tells_of_a_person(doc, i):
        return True  # "jas says its fine", "thanks ... kez x"
    if low(i - 1) in _PERSON_NOUNS and low(i + 1) in ("who", "from"):
        return True  # "this guy jay who lets me stay"
    if (low(i - 1) in _PERSON_NOUNS or low(i - 1) in KIN_WORDS or low(i - 1) in _TEXTED_ROLES) and _does_next(doc, i):
        # "the befriending lady pat rings tuesdays", "the nurse sue came out", "my mgr jo rang"
        # ("my housing reg got closed" is no one)
        return True
    if low(i + 1) == "from" and _from_a_service(doc, i + 2) and _bare_before(doc, i) and doc[i].tag_ != "NNS":
        return True  # "what helped was jo from housing", not "a bill from the council", "miles from my college"
    if (
        _clause_start(doc, i) and i + 2 < len(doc) and doc[i + 1].tag_ == "RB"
        and doc[i + 2].tag_ in ("VBZ", "VBD") and low(i) not in _ABSTRACT
    ):
        return True  # "dot always saves me the comfy chair"
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if low(i - 1) in _JOINERS and nxt is not None and nxt.tag_ in ("VBZ", "VBD") and nxt.lower_ not in _AUX_WORDS:
        # "cos lee keeps my card", "and jo said": a person doing something ("and faith kept me
        # going" is not, nor an activity or a thing in -ing, "because reading makes him panic",
        # unless it speaks: "and blessing said").
        # (Names that are no words, "aisling", "ling", stay names.)
        return low(i) not in _ABSTRACT and not (low(i).endswith("ing") and low(i) in ambiguous_names() and nxt.lower_ not in _SAYING)
    if (
        low(i - 1) in _STORY_OPENERS and _clause_start(doc, i - 1) and nxt is not None and nxt.tag_ == "VBD"
        and nxt.lower_ not in _AUX_WORDS and low(i + 2) in _DONE_TO and low(i) not in _ABSTRACT | _TIME_NAMES | NOT_PII_WORDS
    ):
        return True  # "anyway mo sorted it in the end", "luckily pat fixed it": who did what the story turns on
    end = i + 1 == len(doc) or doc[i + 1].is_punct or not doc[i + 1].is_alpha or low(i + 1) in ("he", "she", "who")
    if low(i) not in _ABSTRACT and low(i) not in _TIME_NAMES and doc[i].tag_ not in _VERB_TAGS and (
        (low(i - 1) in _TAKING and (end or low(i + 1) in _BECAUSE)) or (low(i - 1) in _HAVING and low(i + 1) in _WHILE_AWAY) or _taken_somewhere(doc, i)
    ):
        # "they'll take lily.", "hes taking ruby cos...", "hes got ruby while im at work", "i take
        # ruby to school": a child in someone's care
        return True
    if low(i - 1) == "to" and (low(i - 2) in ("u", "you", "ya", "thanks") or low(i - 3) == "shout") and end:
        return True  # "thank u to mo 🙏", "shout out to jay"
    if low(i - 1) in _ADDRESSING and low(i + 1) in _FOR_THEM:
        return True  # "tell jo im sorry", "ask ruby from the hub": the person a message is for
    if _works_at_place(doc, i) and low(i - 1) not in _DETERMINERS:
        return True  # "what helped was mo at the service didnt judge": a person at a place doing something
    if _at_their_post(doc, i) and low(i - 1) not in _DETERMINERS and doc[i].tag_ not in _VERB_TAGS:
        return True  # "jo on reception sorted it": someone at the post they staff
    if low(i) in NOT_PII_WORDS or low(i) in _TIME_NAMES or low(i) in _ABSTRACT:
        return low(i - 1) in _TALK_VERBS and end  # "in may said", "summer's been lovely", "faith's been tested"
    if _worker_for(doc, i) or _kept_coming_for(doc, i):
        return True  # "the DA worker for precious", "i only come bc of mo. every other worker..."
    if low(i + 1) in _SAYING and low(i - 1) not in _DETERMINERS and doc[i].tag_ not in _VERB_TAGS:
        return True  # "the bloke at the housing office mark said", "and then ruby told me"
    if (_clause_start(doc, i) or low(i - 1) == ",") and _does_to_someone(doc, i):
        return True  # "the ship now, ruby writes to the whole crew"
    if _owner_named(doc, i) or _given_to(doc, i):
        return True  # "for carol's washing machine", "given my xbox to jay already"
    if low(i - 1) in _TALK_VERBS and low(i - 1) != "with" and low(i + 1) in _WHEN_IN_TOUCH and doc[i].tag_ not in _VERB_TAGS:
        return True  # "i never see ruby again", "ring jo tomorrow": the one seen or rung, then when
    return low(i - 1) in _TALK_VERBS and end


# Words for the worker a service gives someone: "the DA worker for ruby", "her sw", "key worker".
_WORKERS = frozenset(
    "worker workers keyworker caseworker sw idva isva cpn hv advocate mentor befriender carer nurse officer".split()
)
_BECAUSE = frozenset("because bc cos coz cuz cause".split())


def _worker_for(doc: Doc, i: int) -> bool:
    """Return True for the one a worker is for: "the DA worker for precious", "an idva for jo"."""
    return i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in _WORKERS and doc[i].tag_ not in _VERB_TAGS


def _kept_coming_for(doc: Doc, i: int) -> bool:
    """Return True for what a teller keeps coming "because of", ending the phrase, where workers
    are spoken of: "i only come bc of mo. every other worker read my file" ("because of art" alone is no one)."""
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in _BECAUSE:
        return False
    if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].lower_ in ("he", "she", "who", "and")):
        return False
    return _among_workers(doc, i)


def _among_workers(doc: Doc, i: int) -> bool:
    """Return True when a worker or staff are spoken of near word i ("bc of mo. every other worker"):
    what the teller keeps coming back for is then a person, not a thing."""
    return any(t.lower_ in _WORKERS or t.lower_ in _ROLES for t in doc[max(0, i - 12) : i + 12])


_OWNER_PLACES = frozenset("in from".split())


def _owner_named(doc: Doc, i: int) -> bool:
    """Return True for a word with "'s" on, owning something or having done it, with no article,
    number or adjective before it to make it a thing's: "for carol's washing machine", "um
    carol's been hand washing" ("the rose's thorns", "last summer's" are things')."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("'s", "’s"):
        return False
    # "in jo's kitchen" is a person's; "in last summer's" and "this year's" are times'.
    if i > 0 and (
        doc[i - 1].lower_ in _DETERMINERS | (_MONTH_BEFORE - _OWNER_PLACES) or doc[i - 1].tag_ in ("JJ", "JJR", "JJS", "CD", "POS")
    ):
        return False
    after = doc[i + 2]
    if after.lower_ in _AFTER_IS_HAS:
        return True
    return doc[i + 1].tag_ == "POS" and after.is_lower and after.pos_ == "NOUN"


# Verbs of giving, lending and telling, whose "to" comes before a person: "given my xbox to jay".
_GIVING_TO = frozenset(
    """give gave given giving gives lend lent lending lends pass passed hand handed send sent sell sold
    leave left show showed shown explain explained talk talked talking speak spoke spoken speaking
    write wrote written writing mention mentioned introduce introduced""".split()
)
# What ends the phrase after the person: "to jay already, he'll...", "to ruby and she...".
_AFTER_GIVEN = frozenset("already now instead yesterday today tonight earlier too and n but cos because so then".split())


def _given_to(doc: Doc, i: int) -> bool:
    """Return True for the one something is given or said to, ending the phrase: "i've given my
    trainers and my xbox to jay already", "i talked to ruby" ("sent it to reading" is a town)."""
    if i < 2 or doc[i - 1].lower_ != "to" or doc[i].lower_ in uk_places():
        return False
    if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].lower_ in _AFTER_GIVEN):
        return False
    for k in range(i - 2, max(-1, i - 9), -1):
        if doc[k].is_punct:
            return False
        if doc[k].lower_ in _GIVING_TO:
            return True
    return False


# Words for a person that come before their name: "this guy jay", "the befriending lady pat".
_PERSON_NOUNS = frozenset("guy lad girl bloke fella woman man lady".split())
# Roles texted short: "my mgr", "her supvr".
_TEXTED_ROLES = frozenset("mgr mngr supvr supv".split())
_VERB_TAGS = frozenset("VB VBD VBZ VBP VBN VBG MD".split())
# Taking or fetching someone, and having them in one's care: "they'll take lily", "hes got ruby while...".
_TAKING = frozenset("take takes took taking taken collect collects collected collecting fetch fetched".split())
# Taking someone somewhere: "i cant take ola to the saturday school", "he drives jo to college".
_ESCORTING = _TAKING | frozenset(
    "bring brings brought bringing walk walks walked walking drive drives drove driving run runs ran".split()
)
_ARTICLES = frozenset("the a an this that every each".split())
_HAVING = frozenset("got has had have having minding watching".split())
_WHILE_AWAY = frozenset("while whilst til till until overnight tonight".split())


def _taken_somewhere(doc: Doc, i: int) -> bool:
    """Return True for the one taken somewhere: "take ola to the polish school", "walk jo to
    nursery" (but "take sertraline to help me sleep": "to" and a verb is what a thing is for)."""
    if i < 1 or i + 2 >= len(doc) or doc[i - 1].lower_ not in _ESCORTING or doc[i + 1].lower_ != "to":
        return False
    return doc[i + 2].tag_ in ("DT", "PRP$", "NN", "NNS", "NNP") and doc[i + 2].lower_ not in ("all", "both", "any")


def _thing_did(doc: Doc, i: int) -> bool:
    """Return True for a word-name that is a verb's past after a thing it tells of: "my blood
    pressure rose and I knew", "the price rose" (a person before it, "my friend rose", is no thing)."""
    if i < 1 or doc[i].tag_ != "VBD" or doc[i - 1].tag_ not in ("NN", "NNS"):
        return False
    before = doc[i - 1].lower_
    return before not in KIN_WORDS and before not in _ROLES and before not in _PERSON_NOUNS and before.removesuffix("s") not in KIN_WORDS


# How medicines' names end ("they will take olanzapine"): what is taken, not who.
_DRUG_ENDINGS = (
    "apine", "etine", "pam", "amol", "adol", "olol", "pril", "sartan", "statin", "mycin", "cillin", "azole",
    "idone", "codone", "amine", "aline", "xone", "zine", "oxin", "afil",
)
_MODALS_OF_THREAT = frozenset("will 'll ’ll wil would 'd could might gonna".split())
_FIRST_PERSONS = frozenset("i we you u ya ill i'll".split())


def _taken_away(doc: Doc, i: int) -> bool:
    """Return True for the one others will take, or took away: "they will take kaydence.",
    "social services took tadek off me", "they're going to take zuzia into care" ("I'll take
    tramadol.", "she took paracetamol" are what one takes oneself)."""
    if i < 2 or doc[i - 1].lemma_.lower() != "take" or doc[i].tag_ in _VERB_TAGS or doc[i].lower_.endswith(_DRUG_ENDINGS):
        return False
    nxt, after = _word(doc, i + 1), _word(doc, i + 2)
    if nxt == "away" or nxt == "off" and after in ("me", "us", "her", "him", "them") or nxt == "into" and after == "care":
        return True
    if not (i + 1 == len(doc) or doc[i + 1].is_punct):
        return False
    # "they will take", "they're going to take": a threat, whose maker is someone else.
    k = i - 2
    if doc[k].lower_ == "to" and k >= 1 and doc[k - 1].lower_ == "going":
        k -= 2
        while k >= 0 and doc[k].lower_ in ("'re", "’re", "are", "is", "'s", "’s", "re"):
            k -= 1
    elif doc[k].lower_ in _MODALS_OF_THREAT:
        k -= 1
    else:
        return False
    return k >= 0 and doc[k].tag_ in ("PRP", "NN", "NNS", "NNP") and doc[k].lower_ not in _FIRST_PERSONS


# When one is in touch with someone, said right after them: "never see ruby again", "ring jo tomorrow".
_WHEN_IN_TOUCH = frozenset("again today tomorrow tonight later soon anymore yesterday first properly ever".split())


def _joined_to_a_plain_name(doc: Doc, i: int) -> bool:
    """Return True for a word joined by "n", "and" or "&" to a listed given name that is no
    ordinary word: "tay n josh", "stan and meg" ("rock n roll", "will and grace" hold none)."""
    names, ambiguous = first_names(), ambiguous_names()
    for joiner, partner in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= partner < len(doc) and doc[joiner].lower_ in ("and", "n", "&"):
            other = doc[partner]
            if other.is_alpha and fold(other.text) in names and fold(other.text) not in ambiguous and other.tag_ not in _VERB_TAGS:
                return True
    return False


# Who did something for the teller, said after the thing: "the slow cooker mo sorted for us".
_DONE_FOR = frozenset("for me us him her them".split())


def _thing_they_did(doc: Doc, i: int) -> bool:
    """Return True for a name the tagger reads as proper, between a thing and what was done to
    it for someone: "the slow cooker mo sorted for us", "the bike jay fixed for me" ("the gas
    bill went up" has no one in it)."""
    if i < 1 or i + 2 >= len(doc) or doc[i].tag_ != "NNP":
        return False
    before, verb = doc[i - 1], doc[i + 1]
    # The tagger reads a lower-case thing before a name as proper too ("the pram jo found").
    if not (before.tag_ in ("NN", "NNS") or before.tag_ == "NNP" and before.is_lower):
        return False
    if before.lower_ in _PERSON_WORDS or before.lower_.removesuffix("s") in _PERSON_WORDS:
        return False
    if verb.tag_ not in ("VBD", "VBN") or verb.lower_ in _AUX_WORDS or verb.lemma_.lower() in _THING_VERBS | _MOTION_VERBS:
        return False
    return doc[i + 2].lower_ in _DONE_FOR


# Places a pair of people are said to be at before what they did: "jo and mo at the hub they came".
_PAIR_AT = frozenset("at from in on".split())


def _pair_then_act(doc: Doc, i: int) -> bool:
    """Return True for a word joined by "and" to a listed given name that is no word, the two
    then acting, "they" or not, past where they are: "gaz and mo at the hub they came to court
    with me", "kez n jo came round" ("fish and chips at the pub" holds no name)."""
    names, ambiguous = first_names(), ambiguous_names()
    for joiner, partner in ((i + 1, i + 2), (i - 1, i - 2)):
        if not (0 <= partner < len(doc) and doc[joiner].lower_ in ("and", "n", "&")):
            continue
        other = doc[partner]
        if not other.is_alpha or fold(other.text) not in names or fold(other.text) in ambiguous:
            continue
        j = max(i, partner) + 1
        if j < len(doc) and doc[j].lower_ in _PAIR_AT:
            # Past the place they are at: "at the hub", "from the project", up to its end.
            k = j + 1
            while k < min(j + 5, len(doc)) and doc[k].tag_ in ("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "POS"):
                k += 1
            if k == j + 1:
                continue
            j = k
        if j < len(doc) and doc[j].lower_ in ("they", "both", "theyve", "they've"):
            j += 1
        if j < len(doc) and doc[j].lower_ in _ACTING_ADVERBS:
            j += 1
        if j < len(doc) and doc[j].tag_ in ("VBD", "VBP") and doc[j].lower_ not in _AUX_WORDS and doc[j].lower_ not in ("are", "were", "am"):
            return True
    return False


# Verbs of giving whose receiver comes first, then the thing: "given cal my xbox".
_GIVING_FIRST = frozenset(
    """give gave given giving gives lend lent lending lends hand handed handing pass passed owe owes owed
    send sent sell sold show showed shown promised offered bought""".split()
)
_THING_OWNERS = frozenset("my his her our their your the a an me".split())


def _given_something(doc: Doc, i: int) -> bool:
    """Return True for the one something is given to, named before the thing: "ive given cal my
    xbox", "lent jo the money" ("gave birth the week after", "sold it the same day" are no one)."""
    if i < 1 or i + 2 >= len(doc) or doc[i - 1].lower_ not in _GIVING_FIRST:
        return False
    if doc[i + 1].lower_ not in _THING_OWNERS or doc[i + 1].lower_ == "me":
        return False
    return doc[i + 2].is_alpha and doc[i + 2].tag_ in ("NN", "NNS", "NNP", "JJ") and doc[i + 2].lower_ not in _ARTICLES


# Pronouns as said or texted: "gave em my number", "dem".
_SPOKEN_PRONOUNS = frozenset("em dem dey hm hem im".split())
# Ways of being in touch, said as the doer's: "dawn just txt me", "kel rang me".
_CONTACTED = frozenset(
    """txt txted txtd text texts texted rang rings rung phoned phones called calls messaged messages
    msgd msged emailed emails dmd facetimed snapchatted whatsapped""".split()
)


def _contacted_me(doc: Doc, i: int) -> bool:
    """Return True for a word opening a message or a clause, then getting in touch with the
    teller: "dawn just txt me", "and kel rang us" (a word-name only so, with "me" or "us")."""
    if not _clause_start(doc, i) or doc[i].tag_ == "MD":
        return False
    j = i + 1
    if j < len(doc) and doc[j].lower_ in _ACTING_ADVERBS:
        j += 1
    return j + 1 < len(doc) and doc[j].lower_ in _CONTACTED and doc[j + 1].lower_ in ("me", "us")


def _named_pair_acts(doc: Doc, i: int) -> bool:
    """Return True for a given name joined by "and" to another, the two opening a clause and
    doing something: "sue and pat always save me a seat" ("will and grace", "may and june",
    "hope and faith" are a show, months and ideas)."""
    names = first_names()
    for first in (i, i - 2):
        second = first + 2
        if first < 0 or second >= len(doc) - 1 or doc[first + 1].lower_ not in ("and", "n", "&"):
            continue
        pair = (doc[first], doc[second])
        if not _clause_start(doc, first) or any(
            not t.is_alpha or fold(t.text) not in names or t.lower_ in _ABSTRACT | _TIME_NAMES | NOT_PII_WORDS for t in pair
        ):
            continue
        j = second + 1
        if doc[j].lower_ in _ACTING_ADVERBS and j + 1 < len(doc):
            return doc[j + 1].tag_ in ("VB", "VBP", "VBD", "MD")  # "always save", as the tagger reads it
        return doc[j].tag_ in ("VBP", "VBD", "MD") and doc[j].lower_ not in _AUX_WORDS
    return False


def _does_next(doc: Doc, i: int) -> bool:
    """Return True when the word after i says the one before it acts: "pat rings", "sue came"."""
    if i + 1 >= len(doc) or doc[i].tag_ in _VERB_TAGS:
        return False  # "the man rose to go": the word is itself the verb
    nxt = doc[i + 1]
    if nxt.lower_ in ("and", "n", "&", "at", "'s", "’s", "just", "always", "never"):
        return False
    if nxt.tag_ == "MD" and i + 2 < len(doc) and doc[i + 2].tag_ == "VB":
        return True  # "the dial-a-ride lady sue can do tuesdays", "the nurse pat will ring"
    return nxt.lower_ in _PERSON_FOLLOWERS or (nxt.tag_ in ("VBZ", "VBD") and nxt.lower_ not in _AUX_WORDS)


# Before "X from housing": what makes X a thing ("a bill", "council tax bill", "at dawn").
_THING_BEFORE_TAGS = frozenset("DT PDT PRP$ CD JJ JJR JJS NN NNS NNP NNPS POS".split())


def _bare_before(doc: Doc, i: int) -> bool:
    """Return True when nothing before word i makes it a thing: no article, number, adjective or noun."""
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.lower_ in KIN_WORDS or prev.lower_ in _ROLES or prev.lower_ in _PERSON_NOUNS:
        return True
    return prev.tag_ not in _THING_BEFORE_TAGS and prev.lower_ not in ("at", "in", "on", "by", "of", "another")


def _with_company(doc: Doc, i: int) -> bool:
    """Return True for a word joined by "and" to the people someone goes about with: "jay n his
    mates", "zed and 2 of his mates", "kez and some lads"."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in ("n", "and", "&"):
        return False
    first = doc[i + 2]
    if not (first.lower_ in ("his", "her", "some", "a", "few", "two", "three", "their") or first.like_num):
        return False
    for k in range(i + 2, min(i + 6, len(doc))):
        if doc[k].lower_ in _COMPANY:
            return True
        if doc[k].is_punct:
            return False
    return False


# Words that open the message passed on after "tell X": "tell jo im sorry", "tell lou thanks".
_MESSAGE_OPENERS = frozenset(
    """i im i'm i’m ive i've id i'd ill i'll we were we're u you ur youre thanks thank ta sorry soz
    hi hiya hello happy that"""
    .split()
)
# Verbs whose object is a person being told or asked something: "tell dom", "ask kez", "thank bev".
_ADDRESSING = frozenset("tell tel telling told ask asking asked thank thanking remind reminding".split())
# What follows the person after those verbs: the message, where they are from, or who they are.
# "haven't told Ines yet": "yet" after the one not told.
_FOR_THEM = _MESSAGE_OPENERS | frozenset("from at to about he she hes shes he's she’s he’s she's they what how everything yet".split())
# The people someone goes about with: "jay n his mates".
_COMPANY = frozenset("mates mate lads boys girls friends pals crew mum mam dad brother sister kids missus bird girlfriend boyfriend".split())
# What people put before a nickname ("big al", "wee des"), unless it is "a big ..." or "the wee ...".
_NICKNAME_WORDS = frozenset("big little lil wee young".split())
_DETERMINERS = frozenset("a an the this that my his her our your their some any".split())
# Words that open a clause in texting, before its subject: "cos lee keeps my card".
# Words a teller turns a story with, and what someone then did something to: "anyway mo sorted it".
_STORY_OPENERS = frozenset("anyway anyways anyhow luckily thankfully eventually finally".split())
_DONE_TO = frozenset("it me us him her them everything".split())
_JOINERS = frozenset("cos coz cuz cause because bc and n but so then wen when til till until".split())
_AUX_WORDS = frozenset("is was has had does did 's ’s".split())
_GREETING_RE = re.compile(r"\s*,?\s*(?:it['’]?s|its)\s+(?:me|only\s+me|just\s+me)\b", re.IGNORECASE)


# Opening a request about someone: "will dot from the hostel ring me", "could jas from housing...".
_ASKING = frozenset("can could will would cud cn shall".split())


def _asked_for_from_a_service(doc: Doc, i: int) -> bool:
    """Return True for "could zuzu from the housing team text me": the one a request is about, named
    with the service they come from."""
    if i < 1 or doc[i - 1].lower_ not in _ASKING or not _clause_start(doc, i - 1):
        return False
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "from":
        return False
    return _from_a_service(doc, i + 2)


def _from_a_service(doc: Doc, start: int) -> bool:
    """Return True when a team, hostel or other workplace is named within five words of start."""
    for k in range(start, min(start + 5, len(doc))):
        word = doc[k].lower_
        if word in _WORKPLACES or word in _VENUE_WORDS or word in _ORG_WORDS or word == "team":
            return True
        if doc[k].is_punct:
            return False
    return False


def _clause_start(doc: Doc, i: int) -> bool:
    """Return True when token i opens a sentence or a clause after "cos", "and" or an emoji."""
    return _sentence_initial(doc[i]) or doc[i - 1].lower_ in _JOINERS or _is_emoji(doc[i - 1])


def _is_emoji(token: Token) -> bool:
    """Return True for a token of pictographs only ("🪚🪚"): texters end sentences with them."""
    return all(ord(ch) >= 0x2190 and not ch.isalnum() for ch in token.text)


def _after_its_greeting(doc: Doc, i: int) -> bool:
    """Return True for the word after "it's" or "im" that follows a greeting: "hiya it's jase"."""
    j = i - 1
    if j >= 1 and doc[j].lower_ in ("'s", "’s", "s", "'m", "’m") and doc[j - 1].lower_ in ("it", "i"):
        j -= 1  # the tokenizer splits "it's" and "i'm"
    elif j < 0 or doc[j].lower_ not in ("its", "im"):
        return False
    # "hi um it's", "alright, it's": a greeting one or two words back, fillers and commas aside.
    return any(doc[k].lower_ in _GREETINGS for k in range(max(0, j - 3), j))


def _says_hello(low: str, common: frozenset[str]) -> bool:
    """Return True for a greeting, an interjection or a dictionary word no list holds as a name."""
    return low in _GREETINGS or low in _INTERJECTIONS or (low in common and low not in first_names())


def _greets_as_me(doc: Doc, i: int) -> bool:
    """Return True for a name opening a message as a greeting: "Tash its me.", "kez, it's me"."""
    token = doc[i]
    return _sentence_initial(token) and _GREETING_RE.match(doc_text(doc), token.idx + len(token.text)) is not None


def _lower_hyphen_name(doc: Doc, i: int) -> int | None:
    """Return the end of a lower-case hyphenated name from token i ("ruby-mae", "amy-leigh").

    The second name may carry a possessive "s" with no apostrophe, as texters write: "alfie-jays".
    """
    names, ambiguous = first_names(), ambiguous_names()

    def given(word: str) -> bool:
        return word in names or word in ambiguous

    end = i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
        and (given(fold(doc[end + 1].text)) or (doc[end + 1].text.endswith("s") and given(fold(doc[end + 1].text[:-1]))))
    ):
        end += 2
    return end if end > i + 1 else None


# Where people who help are found, besides named venues: "dre at the boxing gym lets me train".
_WORKPLACES = frozenset(
    """project group service gym pool pantry foodbank clinic hostel unit ward office shop bank desk
    counter reception jobcentre council college nursery team kitchen door till phones helpline""".split()
)
# After the place, what the person did, however said: "never judged", "didnt rush me".
_DID_WORDS = frozenset("never always just really still even".split())
_NOT_WORDS = frozenset("n't nt not never".split())


def _works_at_place(doc: Doc, i: int) -> bool:
    """Return True for "dre at the youth centre got me...", "Bola on the desk remembers my name":
    someone at a place or post doing something."""
    if i + 3 >= len(doc) or doc[i + 1].lower_ not in ("at", "on") or doc[i + 2].lower_ != "the":
        return False
    for k in range(i + 3, min(i + 7, len(doc) - 1)):
        if doc[k].lower_ in _VENUE_WORDS or doc[k].lower_ in _WORKPLACES:
            # "jo at the gym on Mill Road said": past where the place is, to what they did.
            j = k + 1
            if doc[j].lower_ in ("on", "in", "off", "by") and j + 1 < len(doc) and doc[j + 1].is_title:
                j += 2
                while j < len(doc) - 1 and doc[j].is_title:
                    j += 1
            if j >= len(doc):
                return False
            nxt = doc[j]
            if nxt.lower_ in _DID_WORDS:
                return True
            if nxt.lower_ in _AUX_WORDS:  # "dinner at the centre was lovely"; "did not rush me" is someone
                return j + 1 < len(doc) and doc[j + 1].lower_ in _NOT_WORDS and nxt.lower_ in ("did", "does")
            return nxt.tag_ in ("VBD", "VBZ")
    return False


def _initialled_names(doc: Doc, words: Dictionary) -> list[Candidate]:
    """Return initials before a surname no dictionary knows, "J Okafor", "K. R. Adeyemi": a person."""
    common = words.get("common", frozenset())
    adverbs = words.get("adv", frozenset())
    places = uk_places()
    found: list[Candidate] = []
    for token in doc[:-1]:
        if not _initial_letter(token) or token.i > 0 and _initial_letter(doc[token.i - 1]):
            continue  # not an initial, or not the first of several
        j = token.i + 1
        while j + 1 < len(doc) and (_initial_letter(doc[j]) or doc[j].text == "."):
            j += 1
        surname = doc[j]
        if (
            _cap_word(surname)
            and surname.lower_ not in common
            and surname.lower_ not in adverbs  # "with G. Twice now": the initial ended a sentence
            and not surname.is_stop  # "so am I. What got in the way": the pronoun ended a sentence
            and not (surname.lower_.endswith("s") and surname.lower_[:-1] in common)  # "B Vitamins", "T Cells"
            and surname.lower_ not in _NOT_SURNAMES
            and surname.lower_ not in NOT_PII_WORDS
            and surname.lower_ not in places
        ):
            end = _extend_hyphens(doc, j, j + 1)[1]
            found.append(Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "PERSON", _P_NAME, "initial"))
    return found


# What follows a texter's possessive with no apostrophe: "kierans dad", "jades house".
_OWNED = KIN_WORDS | frozenset("house place flat car room party birthday phone calls texts number".split())
# Before a word-name's possessive these make it a verb's "s": "she sues the council", "council sues".
_SUBJECT_TAGS = frozenset("PRP NN NNS NNP NNPS".split())
# What follows a name with "'s" (is, has) and no apostrophe: "lees been on it", "daves got a job".
_AFTER_IS_HAS = frozenset("been gone got getting going coming not never always still just back off".split())


_HOME_PREPOSITIONS = frozenset("at round to from".split())


def _s_form_names(doc: Doc) -> list[Candidate]:
    """Return listed names with an "s" on: "kierans dad" (a possessive with no apostrophe)
    and "Note for Debs" (a pet form), which the name list holds without it."""
    names, ambiguous, places = first_names(), ambiguous_names(), uk_places()
    found: list[Candidate] = []
    for token in doc:
        low = fold(token.text)
        if not token.is_alpha or len(low) < 4 or not low.endswith("s") or low in names or low in places:
            continue
        stem = low[:-1]
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # "lees been on it", "kerrys gone home": the "'s" of "is" or "has" without its apostrophe,
        # opening a clause. A word-name needs "been" or "gone" and to be short, as nicknames are
        # ("lee", "jay", "mo"): "bills been paid" and "roses gone over" are things.
        opens = _clause_start(doc, token.i) or doc[token.i - 1].text in (",", ";", "-", "–")
        contracted = nxt is not None and nxt.lower_ in _AFTER_IS_HAS and opens
        # "so i dont miss sues calls": a word-name's possessive before what a person has, with no
        # subject before it to make it a verb ("she sues her landlord").
        owned_by = (
            stem in ambiguous and token.is_lower and nxt is not None and nxt.lower_ in _OWNED
            and token.i > 0 and doc[token.i - 1].tag_ not in _SUBJECT_TAGS and not _clause_start(doc, token.i)
        )
        if stem in ambiguous:
            contracted = contracted and nxt is not None and nxt.lower_ in ("been", "gone") and len(stem) <= 3
        if stem not in names or (stem in ambiguous and not (contracted or owned_by)) or low in NOT_PII_WORDS:
            continue  # "Marks and Spencer", "Roses": a word-name with an "s" is a thing
        owned_thing = nxt is not None and (
            nxt.lower_ in _OWNED
            # "court changed callums bail address": any thing a listed name that is no word has.
            or stem not in ambiguous and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ not in NOT_PII_WORDS
        )
        owned = owned_thing or contracted
        # "staying at marcos", "went round jades": someone's home, said by their name's possessive.
        home = token.i > 0 and doc[token.i - 1].lower_ in _HOME_PREPOSITIONS and stem not in ambiguous
        owned = owned or home
        if token.i > 0 and doc[token.i - 1].lower_ in _DETERMINERS:
            continue  # "the Dales", "our toms": a place or a thing
        if token.is_lower:
            ok = owned
        elif token.is_title:
            # A capital mid-sentence says name; opening one, what follows must say person.
            ok = owned or not _sentence_initial(token) or (nxt is not None and nxt.lower_ in _PERSON_FOLLOWERS)
        else:
            ok = False
        if ok:
            # The "s" of "is" is no part of the name ("[PERSON]s been on it"); a possessive's goes with it.
            end = token.idx + len(token.text) - (1 if contracted and not owned_thing else 0)
            found.append(Candidate(token.idx, end, "PERSON", _P_NAME, "name-list"))
    return found


# What a surname names a whole household by: "the Hussain family", "the Okonkwo children".
_HOUSEHOLD = frozenset("family families children kids boys girls twins lads household siblings".split())
# A case named for its child or family: "the Tomasz case", "the Adeyemi case review".
_CASE_WORDS = frozenset("case".split())
# Capitalised words before "family" that are no surname: "the Royal family", "the Holy Family".
_NOT_SURNAME_BEFORE_FAMILY = frozenset("royal holy whole extended foster host adoptive birth blended nuclear".split())
# A family centre or a children's hub is a place, "the Bridge family centre": after a word
# the dictionary knows, those make the capital a venue's name, not a surname.
_FAMILY_SERVICES = frozenset("centre center hub court room rooms ward unit zone support services service project".split())


# Endings of nouns for a state or an activity, which no surname has: "the reablement girls".
# Not "-ing": Fleming and Harding end so too.
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ship", "ism", "ology")
_HOUSEHOLD_SHAPE = re.compile(r"\b[Tt]he [A-Za-z]\S* (?:" + "|".join(_HOUSEHOLD | _CASE_WORDS) + r")\b")


def _household_names(doc: Doc, text: str, words: Dictionary) -> list[Candidate]:
    """Return a surname standing for a household: "the Hussain family", "the Hughes kids"."""
    if not _HOUSEHOLD_SHAPE.search(text):
        return []  # the common case, found without walking the tokens
    common = words.get("common", frozenset())
    adjectives = words.get("adj", frozenset())
    names, places = first_names(), uk_places()
    found: list[Candidate] = []
    for token in doc[1:-1]:
        if doc[token.i - 1].lower_ != "the":
            continue
        # "home visit to the kowalski family": in lower case, a word no dictionary or list knows.
        if not _cap_word(token) and not (
            token.is_lower and token.is_alpha and len(token) > 2 and common and token.lower_ not in common
            and token.lemma_.lower() not in common and not token.is_stop and token.pos_ in ("PROPN", "NOUN", "ADJ")
            and token.lower_ not in _INTERJECTIONS and token.lower_ not in _TEXTING_ADVERBS
            and not token.lower_.endswith(_ABSTRACT_ENDINGS)  # "the reablement girls": a service's kind
        ):
            continue
        end = _extend_hyphens(doc, token.i, token.i + 1)[1]
        if end >= len(doc) or doc[end].lower_ not in _HOUSEHOLD | _CASE_WORDS or not doc[end].is_lower:
            continue
        low = token.lower_
        if doc[end].lower_ in _CASE_WORDS and (low in common and fold(low) not in names or token.ent_type_ in _NOT_PERSON_ENTS):
            continue  # "the Appeal case", "the Leeds case": a thing's or a place's case, no child's
        if (
            low in NOT_PII_WORDS or low in LEADING_STOP or low in KIN_WORDS or low in _ROLES
            or low in _VENUE_WORDS or low in _ORG_WORDS or low in _NOT_SURNAME_BEFORE_FAMILY
            or low in places or low in countries() or (low in adjectives and fold(low) not in names)
        ):
            continue  # "the Syrian family", "the Local kids", "the Leeds lads", "the Royal family"
        after = end + 1
        if after < len(doc) and doc[after].lower_ in ("'s", "’s"):
            after += 1
        if after < len(doc) and doc[after].lower_ in _FAMILY_SERVICES and low in common and fold(low) not in names:
            continue
        found.append(Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "PERSON", _P_NAME, "household"))
    return found


_MENTION = re.compile(r"^@[A-Z][a-z]+$")


def _mentioned_names(doc: Doc, words: Dictionary) -> list[Candidate]:
    """Return an @mention of a full name, "@Tracey Holborn": the surname goes with the handle.

    Groups tag people by their profile names, so a capitalised word right after "@Name" is
    the surname, even one that is also a town, unless it is an ordinary word ("@Tracey Thanks").
    """
    common = words.get("common", frozenset())
    people = {ent.start for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    found: list[Candidate] = []
    for token in doc[:-1]:
        if not _MENTION.match(token.text) or not token.whitespace_ == " ":
            continue
        nxt = doc[token.i + 1]
        if not _cap_word(nxt) or nxt.is_stop or nxt.lower_ in NOT_PII_WORDS or nxt.lower_ in LEADING_STOP:
            continue
        if nxt.lower_ in common and token.i not in people:
            continue
        end = _extend_hyphens(doc, nxt.i, nxt.i + 1)[1]
        # Priority 1, as the handle itself: the surname is no town here.
        found.append(Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "PERSON", 1, "handle"))
    return found


# Letters that open a term rather than a name: "C Diff", "E Coli", "H Pylori".
_NOT_SURNAMES = frozenset("diff coli pylori".split())


def _initial_letter(token: Token) -> bool:
    # A bare "A" or "I" is a word, and so is Welsh "Y" ("Y Fenni"); "A. Fennimore" is an initial.
    return bool(_INITIAL.match(token.text)) and token.text not in ("A", "I", "Y")


# Role nouns that end a run-together job word no dictionary holds ("playworker", "dinnerlady").
_ROLE_ENDINGS = ("worker", "workers", "keeper", "minder", "leader", "carer", "nurse", "officer", "teacher",
                 "manager", "warden", "visitor", "lady", "man", "woman", "coach", "mentor", "advisor", "adviser")


def _run_together_nouns(low: str, words: Dictionary) -> bool:
    """Return True for two nouns the dictionary knows written as one ("caseload", "rotabook")."""
    nouns = words.get("noun", frozenset())
    return any(low[:k] in nouns and low[k:] in nouns for k in range(4, len(low) - 3))


# What a service books or holds for someone: "the assessment for Sani", "a referral for Tomos".
_FOR_SOMEONE = frozenset(
    "assessment assessments referral referrals appointment appointments diagnosis review placement ehcp funding".split()
)


_ONLY_FOR_PEOPLE = frozenset("assessment assessments diagnosis appointment appointments".split())


def _booked_for(doc: Doc, words: Dictionary) -> list[Candidate]:
    """Return a capitalised word no dictionary or list knows after "an assessment for" and the like."""
    common = words.get("common", frozenset())
    found: list[Candidate] = []
    for token in doc[2:]:
        i = token.i
        if doc[i - 1].lower_ != "for" or doc[i - 2].lower_ not in _FOR_SOMEONE:
            continue
        low = token.lower_
        if not (token.is_alpha and token.is_title and token.pos_ == "PROPN") or low in common or low in NOT_PII_WORDS:
            continue
        if low in uk_places() or low in countries() or low in _ORG_WORDS or low in _UNIT_ACRONYMS or low in _ROLE_ACRONYMS:
            continue
        if token.ent_type_ in ("GPE", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART") or (
            token.ent_type_ == "ORG" and doc[i - 2].lower_ not in _ONLY_FOR_PEOPLE
        ):
            continue  # "funding for Mencap", "an appointment for Monday"; only a person is assessed or diagnosed
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ not in first_names():
            continue  # a service's longer name, not a person
        found.append(Candidate(token.idx, token.idx + len(token.text), "PERSON", _P_NAME, "context"))
    return found


def _lower_unlisted_names(doc: Doc, words: Dictionary) -> list[Candidate]:
    """Lower-case names no list holds, where the words around can only mean a person.

    "jas from family support sorted it" or "dre its me" at the start of a clause: a word
    the dictionary does not know, introduced the way people introduce a worker or themselves.
    """
    common = words.get("common")
    if not common:
        return []  # without a dictionary every slang word would look like a name
    names = first_names()
    found: list[Candidate] = []
    for token in doc:
        if not token.is_lower or not token.is_alpha or len(token.text) < 2 or token.is_stop:
            continue
        low = token.lower_
        if low in names or low in common or (low.endswith("s") and low[:-1] in common) or low in NOT_PII_WORDS or low in KIN_WORDS:
            continue  # "mans from the estate": a plural the dictionary knows in the singular
        if low in _TEXTING_WORDS or low in _INTERJECTIONS or low in _GREETINGS:
            continue
        if low in _UNIT_ACRONYMS or low in _ROLE_ACRONYMS or token.lemma_.lower() in common:
            continue  # "camhs said", "buses from the estate": a service's initials, a plural
        if low.endswith(_ROLE_ENDINGS):
            continue  # "told playworker that", "the childminder's": a role run together, no name
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        # A word no dictionary or list knows, where only a person fits: "give me n jas vodka",
        # "jas says its fine", "thanks ... kez x", "my mate kj hasnt answered", "tyreese kicks
        # the wall", "a letter saying kaiden's has ended".
        if (
            _unknown_word_is_name(doc, token.i) or _kin_named(doc, token.i, words) or _asked_for_from_a_service(doc, token.i)
            or _lower_does_to(doc, token.i, words) or _lower_possessive(doc, token.i) or _called_by(doc, token.i)
            or _worker_for(doc, token.i) or _kept_coming_for(doc, token.i)
            # A word no dictionary knows, however tagged, but a pronoun ("gave em my number").
            or (_given_something(doc, token.i) or _contacted_me(doc, token.i)) and token.pos_ != "PRON" and low not in _SPOKEN_PRONOUNS
        ):
            found.append(Candidate(token.idx, token.idx + len(token.text), "PERSON", _P_NAME, "context"))
            continue
        if nxt is None or not _clause_start(doc, token.i):
            continue
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        # "from" then a service ("from family support", "from the hostel"), not a number.
        from_service = nxt.lower_ == "from" and after is not None and after.is_alpha
        # "roo's got 2 scoops left": a word no dictionary knows, with "has" or "is" on, opening a clause.
        has_is = (
            nxt.lower_ in ("'s", "’s") and after is not None and after.lower_ in _AFTER_IS_HAS
            and token.pos_ == "PROPN" and low not in _ROLE_ACRONYMS
        )
        if from_service or has_is or _greets_as_me(doc, token.i) or _works_at_place(doc, token.i):
            found.append(Candidate(token.idx, token.idx + len(token.text), "PERSON", _P_NAME, "context"))
    return found


# Who a person is to the teller, named beside it: "my new manager, Femi, asked", "the nurse on
# nights, Precious, just winked", "Marguerite, my housing officer, is".
_PERSON_WORDS = KIN_WORDS | _ROLES | _WORKERS | _PERSON_NOUNS | frozenset(
    "flatmate housemate roommate pa advisor adviser lady vicar imam priest chaplain tutor lecturer".split()
)
_OWNERS = frozenset("my our his her their your the".split())
_KIN_AND_HELPERS = KIN_WORDS | frozenset("pa cpn flatmate housemate".split())
_APPOSITION_ENDS = frozenset(", . ! ? ; ) - – —".split())


def _person_phrase_before(doc: Doc, comma: int) -> bool:
    """Return True when the words before a comma are a person said by who they are: "my
    neighbour", "the health visitor", "The advisor at Fernhill Advice Project"."""
    for k in range(comma - 1, max(-1, comma - 8), -1):
        t = doc[k]
        if t.lower_ in _PERSON_WORDS and any(doc[j].lower_ in _OWNERS for j in range(max(0, k - 3), k)):
            return True
        if t.is_punct or t.tag_ in _VERB_TAGS and t.tag_ not in ("VBN", "VBG"):
            return False  # "I rang my GP, again": a clause, not who someone is
    return False


def _person_phrase_after(doc: Doc, comma: int) -> bool:
    """Return True for "my housing officer" after a comma, closed by a comma or a stop."""
    if comma + 1 >= len(doc) or doc[comma + 1].lower_ not in _OWNERS - {"the"}:
        return False
    for k in range(comma + 2, min(len(doc), comma + 6)):
        if doc[k].lower_ in _PERSON_WORDS:
            return k + 1 == len(doc) or doc[k + 1].text in _APPOSITION_ENDS
        if doc[k].is_punct or doc[k].tag_ in _VERB_TAGS:
            return False
    return False


def _apposed_names(doc: Doc, words: Dictionary) -> list[Candidate]:
    """Return a name set off by commas beside who the person is (see _PERSON_WORDS).

    A careful reader takes "my neighbour, Dolores, she's eighty" or "Marguerite, my housing
    officer," as a name whatever the word: the commas and the role say so, not a list.
    """
    common = words.get("common", frozenset())
    adverbs = words.get("adv", frozenset())
    names = first_names()
    found: list[Candidate] = []
    # Both readings below need a comma right before the word (two or more words in) or right
    # after it; most words have neither, and are passed over before any list is consulted.
    texts = [t.text for t in doc]
    size = len(texts)
    for token in doc:
        i = token.i
        if not (i >= 2 and texts[i - 1] == "," or i + 1 < size and texts[i + 1] == ","):
            continue
        if not token.is_alpha or token.is_stop or len(token.text) < 2:
            continue
        low = token.lower_
        if low in NOT_PII_WORDS or low in LEADING_STOP or low in _PERSON_WORDS or low in _ORG_WORDS or low in _VENUE_WORDS:
            continue
        if low in _INTERJECTIONS or low in _NAME_FILLERS or low in _GREETINGS or low in uk_places():
            continue
        listed = fold(token.text) in names
        if token.is_lower:
            if (low in common or low in adverbs) and not listed:
                continue  # "my worker, honestly, ..." : a lower-case word the dictionary knows
        elif not _cap_word(token) or (low in adverbs and not listed) or token.ent_type_ in _NOT_PERSON_ENTS:
            continue
        nxt = doc[i + 1].text if i + 1 < len(doc) else "."
        before = i >= 2 and doc[i - 1].text == "," and nxt in _APPOSITION_ENDS | {"who"} and _person_phrase_before(doc, i - 1)
        after = nxt == "," and (i == 0 or doc[i - 1].is_punct or token.is_sent_start) and _person_phrase_after(doc, i + 1)
        if before or after and not token.is_lower:
            found.append(Candidate(token.idx, token.idx + len(token.text), "PERSON", _P_NAME, "context"))
    return found


def _called_by(doc: Doc, i: int) -> bool:
    """Return True for what someone is called: "some lad called dezzy", "a girl known as tilly"."""
    if i >= 2 and doc[i - 1].lower_ in ("called", "named", "nicknamed") and doc[i - 2].lower_ in _CALLED_PEOPLE:
        return True
    return i >= 3 and doc[i - 1].lower_ in ("as", "by") and doc[i - 2].lower_ in ("known", "goes") and doc[i - 3].lower_ not in ("well", "also")


def _lower_does_to(doc: Doc, i: int, words: Dictionary) -> bool:
    """Return True for an unknown lower-case word opening a clause (or after a comma) and doing
    something to someone or something: "tyreese kicks the wall", "and zak took my phone"."""
    low = doc[i].lower_
    if doc[i].pos_ not in ("PROPN", "NOUN", "ADJ", "X") or low in _TEXTING_ADVERBS or _BARE_CONTRACTION.match(low):
        return False  # "because everybody answered": a pronoun
    if low.endswith("s") and low[:-1] in first_names():
        return False  # "daves got the keys": a listed name with "'s" on, the s-form rule's
    if _past_verb(low, words) or not (_clause_start(doc, i) or doc[i - 1].text == ","):
        return False
    if not _acts(doc, i):
        return False
    j = i + 2 if doc[i + 1].lower_ in _ACTING_ADVERBS else i + 1
    return j + 1 < len(doc) and doc[j + 1].lower_ in _OBJECT_OPENERS


def _lower_possessive(doc: Doc, i: int) -> bool:
    """Return True for an unknown lower-case word the tagger reads as a name, with a possessive
    "'s" on and nothing before it that makes it a shop or a place: "saying kaiden's has ended"
    ("at nando's", "the doctor's" are places)."""
    if doc[i].pos_ != "PROPN" or i + 1 >= len(doc) or doc[i + 1].tag_ != "POS" or doc[i + 1].lower_ not in ("'s", "’s"):
        return False
    # Nor a noun or an adjective before it: "the rota app's already pinged me" is a thing's.
    return i == 0 or (
        doc[i - 1].lower_ not in _BEFORE_A_THING | _DETERMINERS | _AT_PLACE
        and doc[i - 1].tag_ not in ("NN", "NNS", "NNP", "NNPS", "JJ", "CD")
    )


# Texting's contractions with no apostrophe, which no dictionary holds: "hasnt", "wont", "theyre".
_BARE_CONTRACTION = re.compile(
    r"^(?:(?:is|was|has|have|had|does|do|did|could|would|should|must|need|ca|wo|ai|are|were)nt"
    r"|i(?:m|ve|d|ll)|(?:you|they|we)(?:re|ve|ll|d)|(?:he|she|it|that|what|there|who)s|lets|ur)$"
)


# Texting's adverbs no dictionary holds: "my nan lowkey cried", "my worker defo helped".
_TEXTING_ADVERBS = frozenset(
    "defo deffo def lowkey highkey prolly probs prob rly rlly srsly totes kinda sorta gonna wanna gotta tryna finna legit".split()
)


def _kin_named(doc: Doc, i: int, words: Dictionary) -> bool:
    """Return True for the word after "my mate", "my key worker": "my mate kj hasnt answered".

    The word is in no dictionary or list (nor an adverb or a verb's form: "the GP nearly
    finished me", "a neighbour rang"); a verb after it shows it is the person themselves and
    not a word run on ("my mum sez", "my sister inlaw").
    """
    low = doc[i].lower_
    if not _kin_before(doc, i) or _BARE_CONTRACTION.match(low) or low.startswith("inlaw") or low in _TEXTING_ADVERBS:
        return False
    if doc[i].tag_ not in ("NN", "NNP", "NNS", "JJ", "FW", "UH", "XX") or low in words.get("adv", ()) or _past_verb(low, words):
        return False
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if nxt.tag_ in ("VBZ", "VBD", "MD") or nxt.lower_ in ("who", "has", "is", "was", "had", "said", "says"):
        return True
    if doc[i].tag_ != "NNP":
        return False  # "my son asd hes...": a condition's initials, read as a common noun
    # "my friend kayz asap shes saying goodbye": past texting's fillers, the end of the phrase or
    # a new clause about them.
    j = i + 1
    while j < len(doc) and doc[j].lower_ in _FILLERS:
        j += 1
    return j == len(doc) or doc[j].is_punct or doc[j].lower_ in _PERSONAL_PRONOUNS


# Texting's fillers between a name and what is said of them: "my friend kayz asap shes...".
_FILLERS = frozenset("asap pls plz please rn tho tbh ngl lol x xx".split())


def _unknown_word_is_name(doc: Doc, i: int) -> bool:
    """Decide whether a lower-case word in no dictionary or list is a person, by the few
    places where nothing else fits ("me n jas", "jas says", "cheers kez x")."""
    def low(k: int) -> str:
        return doc[k].lower_ if 0 <= k < len(doc) else ""

    if low(i - 1) in ("n", "and", "&") and low(i - 2) == "me" and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "X", "INTJ"):
        # "me n tash and hes...": lower-case text leaves the tagger unsure what "tash" is, but
        # a word no dictionary knows after "me n" is who the teller was with ("with me and went" is a verb).
        return True
    if low(i - 1) in _ADDRESSING and low(i + 1) in _FOR_THEM and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "X"):
        return True  # "tell dre im sorry", "ask zef from the gym"
    if _after_its_greeting(doc, i) and (
        i + 1 == len(doc) or doc[i + 1].is_punct or low(i + 1) in ("here", "again", "from") or doc[i + 1].tag_ == "MD"
    ):
        return True  # "alright it's jase, um, ...", "hiya its roz can u ring": who is calling, after a greeting
    if (
        low(i - 1) in _THANKS and low(i + 1) == "for" and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")
        and doc[i].tag_ != "MD" and low(i) not in _ENDEARMENTS and low(i) not in _TEXTING_WORDS
    ):
        # "thanks marv for the lift": who is thanked, straight after the thanks; the tagger's
        # verb there is a word no dictionary knows, so no verb at all.
        return True
    if _clause_start(doc, i) and low(i + 1) == "on" and low(i + 2) in _INSTRUMENTS:
        return True  # "dez on bass": a band's player, by what they play
    if _clause_start(doc, i) and _with_company(doc, i) and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "X"):
        return True  # "zed and 2 of his mates were outside": who came, with whom
    if _taken_somewhere(doc, i) and doc[i].pos_ in ("PROPN", "NOUN"):
        return True  # "i walk tadek to school": a word no dictionary knows, taken somewhere, is a child
    if _taken_away(doc, i) and doc[i].pos_ in ("PROPN", "NOUN", "ADJ", "X"):
        return True  # "they will take kaydence.", "took tadek off me": a child others take away
    if (
        low(i - 1) == "of" and low(i - 2) in _BECAUSE and doc[i].pos_ in ("PROPN", "NOUN")
        and not low(i).endswith(("ing", *_ABSTRACT_ENDINGS))
        and (i + 1 == len(doc) or doc[i + 1].is_punct or low(i + 1) in _FILLERS or low(i + 1) in _INTERJECTIONS)
        and doc_style(doc) == "lower"
    ):
        # "yeh cos of zak ngl": in a texted message, a word no dictionary or list knows, all the
        # reason given, is who it was for (not an activity or a state: "because of staffing,").
        return True
    if doc[i].pos_ != "PROPN":
        return False  # "with me and went", "their app and i": the tagger reads no name there
    return (
        (low(i - 1) in ("n", "and", "&") and low(i - 2) == "me")
        or (low(i + 1) in ("n", "and", "&") and low(i + 2) in ("me", "i") and low(i - 1) not in _BEFORE_A_THING)
        or _tells_of_a_person(doc, i)
    )


_SAYING = frozenset("says said reckons texted rang told".split())
# What a player is "on" in a band: "ferg on drums", "kaz on vocals".
_INSTRUMENTS = frozenset("drums bass guitar keys keyboards piano vocals fiddle violin sax trumpet decks".split())


def _tells_of_a_person(doc: Doc, i: int) -> bool:
    """Return True for a word that opens a clause before "says" ("jas says its fine") or is
    thanked at the end of a message ("cheers for everything kez x")."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return (_clause_start(doc, i) and nxt in _SAYING) or _thanked(doc, i)


# "both boys are at uni and I": after these the word is a place or a thing, not a person.
_BEFORE_A_THING = frozenset("at to in on from into the a an my our his her their your this that".split())


_THANKS = frozenset("thanks thank thx ty cheers".split())
_THANKED_BEFORE = frozenset("me you u it that this everything all lot loads again".split())
_THANKED_AFTER = frozenset("ur you're youre u you x xx xxx".split())


def _thanked(doc: Doc, i: int) -> bool:
    """Return True for a word the dictionary lacks, said to someone at the end of thanks:
    "thanks for trying with me dee ur the only one", "cheers for everything kez x"."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i].tag_ != "MD"  # "thanks for helping me, will you ring": a question, not a name
        and before in _THANKED_BEFORE
        and (after is None or after.is_punct or after.lower_ in _THANKED_AFTER)
        and any(t.lower_ in _THANKS for t in doc[doc[i].sent.start : i])
    )


# A name with "'ll", "'d" or "'ve" on, which the tokenizer keeps whole: "our Shaz'll have the dog".
_CONTRACTED_NAME = re.compile(r"^([A-Z][a-z]+)['’](?:ll|d|ve|re)$")


# After a flower's or a plant's name, what makes it the plant: "our lily pond", "our holly bush".
_GARDEN_WORDS = frozenset("group club class pond pad pads bush bushes bed beds tree trees plant plants chain chains garden pot pots".split())


def _our_name(doc: Doc, token: Token, words: Dictionary) -> bool:
    """Return True for "our lily", "our daisy": in the North, "our" before a given name is family.

    Only a word that is no verb, adjective or adverb too ("our will", "our mark", "our ruby
    wedding" are things), no abstract ("our hope") and no kind of place ("our reading group").
    """
    if token.i == 0 or doc[token.i - 1].lower_ != "our" or not words:
        return False
    low = token.lower_
    if low in words.get("everyday", frozenset()) or low in _ABSTRACT or low in NOT_PII_WORDS or low.endswith("ing"):
        return False
    nxt = _word(doc, token.i + 1)
    return nxt not in _VENUE_WORDS | _WORKPLACES | _ORG_WORDS | _GARDEN_WORDS


# Kinds of care said short, before the word for care: "dom care" (domiciliary), "resi care".
_CARE_SHORTENINGS = frozenset("dom domi resi resp".split())
_CARE_KINDS = frozenset("care carers carer agency package visits calls".split())


def _name_tokens(doc: Doc, words: Dictionary) -> list[Candidate]:
    names = first_names()
    ambiguous = ambiguous_names()
    common = words.get("common", frozenset())
    found: list[Candidate] = []
    for token in doc:
        low = fold(token.text)
        contracted = _CONTRACTED_NAME.match(token.text) if "'" in token.text or "’" in token.text else None
        if contracted and fold(contracted.group(1)) in names and (
            fold(contracted.group(1)) not in ambiguous or not _sentence_initial(token)
        ):
            found.append(Candidate(token.idx, token.idx + len(contracted.group(1)), "PERSON", _P_NAME, "name-list"))
            continue
        if low not in names or not token.is_alpha:
            continue
        if low in _CARE_SHORTENINGS and _word(doc, token.i + 1) in _CARE_KINDS:
            continue  # "dom care rang", "resi care": a kind of care said short, not Dom
        prev = doc[token.i - 1] if token.i > 0 else None
        # "Sister Bernadette", but "my sister will kill me": after "my", "the", a title is a relative or a role.
        after_title = prev is not None and prev.lower_.rstrip(".") in TITLES and not (
            token.i >= 2 and doc[token.i - 2].lower_ in _DETERMINERS
        )
        hyphen_end = _lower_hyphen_name(doc, token.i) if token.is_lower else None
        if hyphen_end is not None:
            # "ruby-mae goes to nursery": two given names joined are one name, words as they may be.
            if not (prev is not None and prev.text in ("-", "‐") and not prev.whitespace_):
                hyphen_end = _lower_surname_end(doc, token.i, hyphen_end, common)
                found.append(Candidate(token.idx, doc[hyphen_end - 1].idx + len(doc[hyphen_end - 1]), "PERSON", _P_NAME, "name-list"))
            continue
        if low in ambiguous:
            if token.is_lower and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "VB":
                continue  # "your coach will be in touch", "it may help": a verb before a verb, no name
            # "Mark my words", "grace period": a word-name needs a capital or a person around it.
            if not (_ambiguous_is_name(doc, token, after_title) or token.is_lower and _our_name(doc, token, words)):
                continue
        elif not (token.is_title or _cap_word(token)):
            # Lower-case names are common on phones ("me and leanne"); "Will"-like words are excluded above.
            # The tagger reads some short names as interjections ("me n kez"): the words around decide.
            # After "seeing", "with", "tell" a listed name is the person, however it is tagged
            # ("had to stop seeing kerry cos...": read as a particle).
            tagged = (
                token.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")
                or (prev is not None and prev.lower_ in _CONTACT_VERBS)
                or _lower_name_context(doc, token.i)
                or _kin_before(doc, token.i)  # "my support worker kelly pls", however it is tagged
            )
            if not token.is_lower or not tagged or token.is_stop:
                continue
            if low in _TEXTING_WORDS:
                continue  # "thursday wen my money goes in": a word spelt as said, not Wen
            if token.i >= 2 and doc[token.i - 1].lower_ == "the" and doc[token.i - 2].lemma_.lower() == "take":
                continue  # "nobody took the mick": teasing, not Mick
            if prev is not None and prev.lower_ in ("the", "a", "an", "this", "that", "every", "each"):
                continue  # "up the dale", "the kirk hall": a listed name after an article is a thing
            if token.i >= 2 and prev is not None and prev.lower_ in ("'s", "’s") and doc[token.i - 2].lower_ in _PERSON_WORDS:
                continue  # "my dad's kara", "her nan's ruby ring": what a person owns, lower case
            end = _lower_surname_end(doc, token.i, token.i + 1, common)
            if end > token.i + 1:
                found.append(Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "PERSON", _P_NAME, "name-list"))
                continue
        elif _compound_modifier(doc, token):
            continue
        found.append(_name_from(doc, token.i, "name-list"))
    return found


# Words that follow a name given as details: "its kelly-ann price born 5th june", "amy shaw dob".
_DETAILS_AFTER = frozenset("born dob d.o.b d.o.b. nhs date address postcode aged".split())
_INTRO_WORDS = frozenset("its it's it’s im i'm i’m name's name’s is called".split())


def _lower_surname_end(doc: Doc, start: int, end: int, common: frozenset[str]) -> int:
    """Return the end of a lower-case full name given as details, "its kelly-ann price born ...".

    A word after a lower-case given name is its surname when the teller goes on to the
    person's details ("born", "dob") and either introduces them ("its", "im", "name is") or
    the word is none the dictionary knows ("the form is for ama boateng born ...").
    """
    if end + 1 >= len(doc):
        return end
    word, after = doc[end], doc[end + 1]
    if (
        word.is_lower and word.is_alpha and not word.is_stop and word.tag_ in ("NN", "NNP", "JJ")
        and word.lower_ not in KIN_WORDS and word.lower_ not in NOT_PII_WORDS
        and after.lower_ in _DETAILS_AFTER
        and (start > 0 and doc[start - 1].lower_ in _INTRO_WORDS or common and word.lower_ not in common)
    ):
        return end + 1
    # "real name michael tierney, NI ...", "name: ama boateng)": a word no dictionary knows after
    # a given name that follows "name", or before a comma and the person's record details.
    # The tagger reads such a word as anything ("mcguigan" as a verb): the dictionary decides.
    named = start > 0 and (
        doc[start - 1].lower_ in _NAME_CUE_WORDS or doc[start - 1].lower_ == "is" and start > 1 and doc[start - 2].lower_ == "name"
    )
    details_next = after.text == "," and end + 2 < len(doc) and doc[end + 2].lower_ in _DETAILS_AFTER | _RECORD_CUES
    if (
        word.is_lower and word.is_alpha and not word.is_stop
        and common and word.lower_ not in common and word.lower_ not in NOT_PII_WORDS and word.lower_ not in KIN_WORDS
        and fold(word.text) not in ambiguous_names()
        and (named and (after.is_punct or after.lower_ in _DETAILS_AFTER) or details_next)
    ):
        return end + 1
    return end


# What names a person's full name before it is given: "real name michael tierney".
_NAME_CUE_WORDS = frozenset("name named nee née aka".split())
# Record details a note gives after a name and a comma: "ama boateng, NI QQ...".
_RECORD_CUES = frozenset("ni dob d.o.b nhs address tel mob ph phone".split())


def _compound_modifier(doc: Doc, token: Token) -> bool:
    """Return True for a name used as a modifier: "a Victoria sponge", "the Jack Russell"."""
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        prev is not None
        and prev.lower_ in ("a", "an", "the", "this", "that")
        and nxt is not None
        and nxt.is_lower
        and nxt.pos_ in ("NOUN", "PROPN")
    )


# Letters English never uses: a capitalised word with them is a foreign name or place.
_FOREIGN_LETTERS = re.compile(r"[łśżźćńęąğşıőűřčěůňťďžšľĺŕŁŚŻŹĆŃĘĄĞŞİŐŰŘČĚŮŇŤĎŽŠĽĹŔ]")
_INTRO = re.compile(r"^(?:i'?m|i\s+am|im|name'?s|name\s+is|called|calls|call\s+me|it'?s|known\s+as|goes\s+by|nicknamed)$", re.IGNORECASE)
# After these an introduced word may describe rather than name ("I'm Deaf"); after "called"
# or "known as" even an adjective is a name ("everyone calls Tiny").
_DESCRIBING_INTRO = re.compile(r"^(?:i'?m|i\s+am|im|it'?s)$", re.IGNORECASE)


# Irish and Scottish surname shapes: after a capitalised word they make a full name.
_CLAN_SURNAME = re.compile(r"^(?:Mc[A-Z][a-z]+|Mac[A-Z][a-z]{2,}|O['’][A-Z][a-z]+)$")


# What only a person has, after a name's "'s": "Lennox's story", "Anouk's case worker".
_A_PERSONS = frozenset(
    """story stories life childhood upbringing history journey case caseworker keyworker file notes records
    needs diagnosis recovery sentence licence tenancy benefits""".split()
)


def _context_names(doc: Doc, words: Dictionary) -> list[Candidate]:
    """Capitalised words that introduce a person ("I'm Mandla", "my name is Ayo") or sit
    next to a known name ("Ozzie and Rhys")."""
    names = first_names()
    places = uk_places()
    found: list[Candidate] = []
    for token in doc:
        if not _cap_word(token) or token.is_stop:
            continue
        low = token.lower_
        if low in NOT_PII_WORDS or low in LEADING_STOP or low in places or low in _VENUE_WORDS or low in KIN_WORDS:
            continue
        if low.rstrip(".") in _ABBREVIATED_TITLES:
            continue  # "GP Dr Sandhu": the title is no name, and the one after it is _titled_names'
        prev = doc[token.i - 1] if token.i > 0 else None
        prev2 = doc[token.i - 2] if token.i > 1 else None
        intro = prev is not None and (
            _INTRO.match(prev.text) is not None
            or (prev2 is not None and _INTRO.match(doc[token.i - 2 : token.i].text) is not None)
        )
        if intro and _thing_called(doc, token.i) and low in words.get("common", ()) and fold(token.text) not in names:
            intro = False  # "a course called Fresh Start": a thing's name, however it is written
        # "Ozzie and Rhys", "Keanu and Lily-Mae": a capitalised word joined by "and" to a listed name is one too.
        paired = (
            token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in ("and", "&", "n")
            and _listed_partner(doc, token.i + 2)
        ) or (prev is not None and prev.lower_ in ("and", "&") and _listed_partner(doc, token.i - 2))
        # "thanks to Rose and Zainab": a word no dictionary knows, joined to any listed given name.
        paired = paired or (
            low not in words.get("common", ()) and token.pos_ == "PROPN"
            and any(
                _word(doc, j) in ("and", "&") and 0 <= k < len(doc) and doc[k].is_title and fold(doc[k].text) in names
                and doc[k].lower_ not in NOT_PII_WORDS
                for j, k in ((token.i - 1, token.i - 2), (token.i + 1, token.i + 2))
            )
        )
        foreign = _FOREIGN_LETTERS.search(token.text) is not None
        common = words.get("common", frozenset())
        # "Tash its me." opening a message, or "'Keeva McBride'": a Mc/O' surname after a capital.
        # "Hi it's me", "Sorry, it's me again": a greeting or a word, not who is calling.
        greeting = _greets_as_me(doc, token.i) and not _says_hello(low, common)
        clan = (
            token.i + 1 < len(doc)
            and _CLAN_SURNAME.match(doc[token.i + 1].text) is not None
            and doc[token.i + 1].lower_ not in NOT_PII_WORDS
        )
        # "they learned to say my name properly, Tigist": the name set beside "my name".
        named = prev is not None and prev.text == "," and any(
            doc[k].lower_ == "name" and doc[k - 1].lower_ in ("my", "her", "his", "their", "your")
            for k in range(max(1, token.i - 5), token.i - 1)
        )
        # Not a verb form either: "Rang from the ward", "Rang the council".
        unknown = low not in common and low.removesuffix("s") not in common and not _past_verb(low, words)
        # "big Col at the meeting": a capital after a nickname word ("a big Tesco" is a shop).
        nickname = (
            prev is not None and prev.lower_ in _NICKNAME_WORDS and prev.is_lower
            and (prev2 is None or prev2.lower_ not in _DETERMINERS)
            and (unknown or _word(doc, token.i + 1) in _PERSON_FOLLOWERS | {"who"})
        )
        # "Nasreen from the mosque said", "Bronwen the teacher says": a word no dictionary
        # knows, introduced the way people introduce a worker.
        introduced = unknown and low not in _ROLES and (
            (_sentence_initial(token) and _word(doc, token.i + 1) == "from" and (_word(doc, token.i + 2) == "the" or _cap_next(doc, token.i + 2)))
            or (_word(doc, token.i + 1) == "the" and _word(doc, token.i + 2) in _ROLES | KIN_WORDS)
            # "Kath at the food bank remembered my name": someone at a place doing something.
            or (_clause_start(doc, token.i) and _works_at_place(doc, token.i))
        )
        # "tell Col he's a dead man", "ask Wenna from the hub": the one a message is for.
        addressed = (
            not _sentence_initial(token)
            and _word(doc, token.i - 1) in _ADDRESSING
            and _word(doc, token.i + 1) in _FOR_THEM
            and (unknown or token.pos_ == "PROPN")
            and low not in _ROLES | _ORG_WORDS
        )
        # "i owe Tinks 300 and she wont...", "lent Gaz a tenner, he never paid": money owed
        # to someone the teller then calls he or she ("I owe Vodafone £200" is a firm).
        owed = (
            _word(doc, token.i - 1) in _OWING
            and not _sentence_initial(token)
            and (_amount_follows(doc, token.i + 1) or _word(doc, token.i + 1) == "back")
            and low not in _ROLES | _ORG_WORDS
            and token.ent_type_ not in ("GPE", "NORP")
            and any(t.lower_ in _PERSONAL_PRONOUNS | {"his"} for t in doc[token.i + 2 : token.i + 10])
            # Paid back and his or her money at once ("paid Sully back his £200") is someone,
            # however the tagger or the model reads the word; a firm is paid back its money.
            and (
                _word(doc, token.i + 1) == "back" and _word(doc, token.i + 2) in ("his", "her")
                or (unknown or token.pos_ == "PROPN") and token.ent_type_ != "ORG"
            )
        )
        # "Mum and baby Tomi", "visited nan Doris": a kin word with no "my" before a word no dictionary knows.
        # "my neighbour Will", "My PA Lou": after "my" and who they are, a proper noun is the person.
        owned_kin = (
            token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON") and prev is not None
            and prev.lower_ in _KIN_AND_HELPERS and _word(doc, token.i - 2) in _OWNERS - {"the"}
        )
        kin = (
            (unknown and prev is not None and prev.lower_ in KIN_WORDS or owned_kin) and not _sentence_initial(token)
            and low not in _ROLES | _ORG_WORDS and token.ent_type_ != "NORP"
            # "Gave baby Calpol", "advised mum Gaviscon": after a verb, the word is what was given.
            and (token.i < 2 or doc[token.i - 2].tag_ not in _VERB_TAGS)
            and not _given_after_kin(doc, token.i)  # "got my son Weetabix and a banana"
        )
        # "whom staff know only as 'Ty'", "a lad called 'Deano'": a name given in quotes.
        quoted = prev is not None and prev.text in _QUOTES and (
            _quoted_as(doc, token.i) and (unknown or fold(token.text) in names) or _quoted_nickname(doc, token.i)
        )
        # "Okonkwo, who everyone had described as chaotic": a word no dictionary knows, which "who" follows.
        who = (
            unknown and token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "who"
            and token.ent_type_ not in ("GPE", "NORP", "LOC", "FAC", "PRODUCT") and low not in _ROLE_OR_ORG
            and doc[token.i + 3].lower_ not in _RHETORICAL  # "Duw, who'd have thought", "God, who knew"
        )
        intro = intro or quoted
        # "they'll do me like they did Spud": the one something was done to before, by the same people.
        done_to = (
            token.i >= 3 and doc[token.i - 1].lower_ in ("did", "done") and doc[token.i - 2].lower_ in ("they", "he", "she", "we")
            and doc[token.i - 3].lower_ in ("like", "what") and not _sentence_initial(token)
            and low not in _ROLE_OR_ORG and token.ent_type_ not in _NOT_PERSON_ENTS | {"DATE", "TIME"}
        )
        # "Shania (DOB 9/11/10)", "Dami is 19", "Moses my CPN", "Davie came to the group": a
        # word given the details, the age or the role only a person has, or coming somewhere.
        # A word the dictionary knows counts mostly inside a sentence: notes open on a noun or
        # a verb ("Twins aged 4", "Rang my manager", "States her son...").
        described = (
            low not in _ROLE_OR_ORG and low not in _INTERJECTIONS and low not in _NAME_FILLERS
            # "Caseload's 44": two known nouns run together opening a note with a count, no name.
            and not (_sentence_initial(token) and _word(doc, token.i + 1) in ("'s", "’s") and _run_together_nouns(low, words))
            and token.ent_type_ not in _NOT_PERSON_ENTS | {"DATE", "TIME"}
            and (
                (fold(token.text) in names or token.pos_ == "PROPN" and (unknown or not _sentence_initial(token)))
                and (_details_follow(doc, token.i) or _age_follows(doc, token.i))
                # "Lolo is 8 and...": an age makes a proper noun that is no verb or adjective a name.
                # Not a known word opening a note: "Caseload's 41", "Workload's 52" are counts.
                or token.tag_ == "NNP" and low not in words.get("everyday", ()) and _age_follows(doc, token.i)
                and (unknown or not _sentence_initial(token) or _word(doc, token.i + 1) not in ("'s", "’s"))
                or (unknown or fold(token.text) in names or not _sentence_initial(token))
                and _role_follows(doc, token.i) and token.pos_ == "PROPN"
                or unknown and token.pos_ == "PROPN" and _clause_start(doc, token.i) and _comes_to(doc, token.i)
            )
        )
        # "a piece of Lennox's story ... he mentioned it": a word no dictionary knows owning
        # what a person has (a story, a life, a case file), told of as he or she after it
        # ("Oxfam's story began in a church hall" is a charity's).
        owns_a_life = (
            unknown and token.pos_ == "PROPN" and _word(doc, token.i + 1) in ("'s", "’s")
            and _word(doc, token.i + 2) in _A_PERSONS and (prev is None or prev.lower_ not in _DETERMINERS)
            and low not in _ROLE_OR_ORG and low not in countries() and token.ent_type_ not in ("NORP", "PRODUCT")
            and any(t.lower_ in _PERSONAL_PRONOUNS | {"his"} for t in doc[token.i + 3 : token.i + 30])
        )
        if not (
            intro or paired or foreign or greeting or clan or named or nickname or introduced or addressed or owed or kin
            or who or described or done_to or owns_a_life
            or _placed_as_a_person(doc, token, unknown or fold(token.text) in names, unknown)
        ):
            continue
        # "I'm Fine", "it's Monday": only a word the tagger also reads as a name.
        describing = prev is not None and (
            _DESCRIBING_INTRO.match(prev.text) is not None
            or (prev2 is not None and _DESCRIBING_INTRO.match(doc[token.i - 2 : token.i].text) is not None)
        )
        # "I'm Deaf", "it's Monday", "Big McTavish": a description, not a name.
        weak = (intro and describing) or not (
            intro or paired or foreign or greeting or named or described or done_to
            or owed and _word(doc, token.i + 1) == "back"  # "Paid Sully back his": the tagger's adverb is someone
        )
        if intro and describing and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of":
            continue  # "I'm Head of Year", "I'm Chair of the board": a post, not a name
        if weak and (token.pos_ not in ("PROPN", "NOUN", "X") or low in words.get("adj", ())):
            continue
        found.append(_name_from(doc, token.i, "context"))
    return found


# What follows a person's name in a record: "Shania (DOB 9.11.10)", "Ayo, born 2011", "Kez aged 15".
_DETAILS = frozenset("dob d.o.b d.o.b. d.o.b born aged age nhs".split())


def _details_follow(doc: Doc, i: int) -> bool:
    """Return True before a person's details: "Shania (DOB 9 November 2010)", "Ayo, born 2011"."""
    j = i + 1
    if j < len(doc) and doc[j].text in ("(", ",", "-", "–", ":"):
        j += 1
    return j < len(doc) and doc[j].lower_.rstrip(":") in _DETAILS


# What follows an age as people give it: "Dami is 19 and...", "Kez turned 15 last week",
# "Jojo's 7 now" ("Caseload is 54 today", "Rent is 400 a month" are counts).
_AGE_AFTER = frozenset(
    ". , ; ! ? ) - – and but now years yrs year yo so with nearly soon too".split()
)


def _age_follows(doc: Doc, i: int) -> bool:
    """Return True before an age: "Dami is 19 and...", "Kez turned 15", "Jojo's 7 now", "Dami (19)"."""
    j = i + 1
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 1].text.isdigit() and doc[j + 2].text in (")", ","):
        return 0 < int(doc[j + 1].text) < 110
    if j < len(doc) and doc[j].lower_ == "just":
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("is", "was", "'s", "’s", "turns", "turned", "aged"):
        return False
    age = doc[j + 1]
    if not (age.text.isdigit() and 0 < int(age.text) < 110):
        return False
    if j + 2 >= len(doc) or doc[j + 2].lower_ in _AGE_AFTER:
        return True
    # "is 19 this year", "turned 15 last week" ("Caseload is 48 this week" is a count).
    return j + 3 < len(doc) and doc[j + 2].lower_ in ("this", "last", "next") and (
        doc[j + 3].lower_ == "year" or doc[j].lower_ in ("turns", "turned")
    )


def _role_follows(doc: Doc, i: int) -> bool:
    """Return True before a role given as "my" one: "Moses my CPN", "Kemi, our key worker"."""
    j = i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("my", "our", "his", "her", "their"):
        return False
    role = doc[j + 1].lower_
    return role in KIN_WORDS or role in _ROLES or role in _ROLE_ACRONYMS or role in _ROLE_WORDS_MORE or role in _WORKERS


# Going to or arriving at somewhere, as people do: "Davie came to the men's group".
_COMING = frozenset("came comes went goes turned turns showed shows popped pops dropped drops walked walks".split())
_TO_SOMEWHERE = frozenset("to into in round along over up back down".split())


def _comes_to(doc: Doc, i: int) -> bool:
    """Return True when the word at i comes or goes somewhere: "Davie came to the group",
    "Oz turned up at the hub" ("Covid came", "Xmas came round" are no one's coming to a place)."""
    j = i + 2 if i + 2 < len(doc) and doc[i + 1].lower_ in _ACTING_ADVERBS else i + 1
    if j + 2 >= len(doc) or doc[j].lower_ not in _COMING or doc[j + 1].lower_ not in _TO_SOMEWHERE:
        return False
    after = doc[j + 2]
    return after.lower_ in ("the", "my", "our", "his", "her", "their", "at", "to", "with") or after.pos_ == "PROPN"


_RHETORICAL = frozenset("'d ’d would knew knows cares".split())
_QUOTES = frozenset("' \" ‘ ’ “ ” `` ''".split())
# Words before a quoted name: "known as 'Ty'", "called 'Deano'", "goes by 'Bits'".
_QUOTED_AFTER = frozenset("as called named nicknamed by".split())


def _quoted_as(doc: Doc, i: int) -> bool:
    """Return True for a word in quotes right after "as", "called" or "by": "know only as 'Ty'"
    ("such as 'Reading'" lists a thing)."""
    if i < 2 or doc[i - 1].text not in _QUOTES or i + 1 >= len(doc) or doc[i + 1].text not in _QUOTES:
        return False
    return doc[i - 2].lower_ in _QUOTED_AFTER and (i < 3 or doc[i - 3].lower_ != "such")


# Who may be called something before "called": "a lad called Tiger", "someone called Smiler".
_CALLED_PEOPLE = KIN_WORDS | _ROLES | _PERSON_NOUNS | frozenset(
    "someone somebody person people chap geezer child baby student pupil patient resident client member listener volunteer".split()
)


def _thing_called(doc: Doc, i: int) -> bool:
    """Return True for the word after "called" or "named" when a thing comes before: "a course
    called Fresh Start", "a cat named Biscuit" ("a lad called Tiger" is someone)."""
    if i < 2 or doc[i - 1].lower_ not in ("called", "named"):
        return False
    thing = doc[i - 2]
    return thing.tag_ in ("NN", "NNS") and thing.lower_ not in _CALLED_PEOPLE and thing.ent_type_ != "PERSON"


def _quoted_nickname(doc: Doc, i: int) -> bool:
    """Return True for a word in quotes that people call someone, whatever the word: "they call
    him 'Bones'", "known to staff as 'Chalky'" ("a course called 'Fresh Start'" is a thing's)."""
    if not _quoted_as(doc, i) and not (
        i >= 3 and doc[i - 1].text in _QUOTES and i + 1 < len(doc) and doc[i + 1].text in _QUOTES
        and doc[i - 2].lower_ in ("him", "her", "me", "them")
    ):
        return False
    before = {t.lemma_.lower() for t in doc[max(0, i - 6) : i - 1]}
    return bool(before & {"call", "know", "nickname"}) and doc[i - 2].lower_ != "called"


# Cues after which the next one to three words name someone, in any case: a self-introduction
# ("my name is albert kowalski", "my names aisha begum", "everyone calls me shegz", "hiya it's er
# shivon mcardle") and the header of a dictated record ("case note for mohammed al rashid",
# "visit note for doris pemberton", "patient name eileen grundy", "new note client ngozi nwachukwu").
_NAMING_CUE = re.compile(
    r"(?i)(?:\b(?:my|his|her|their|your|the)\s+(?:name\s+is|name['’]?s|names)"
    r"|\b(?:everyone|everybody|people|they|mates|folk|all)\s+calls?\s+(?:me|him|her)"
    r"|\b(?:case|visit|home\s+visit|referral|contact|progress|support|file|session)\s+note\s+(?:for|on|re)"
    r"|\bcase\s+note|\b(?:patient|client|service\s+user)['’]?s?\s+name\s*(?:is)?"
    r"|\bnote\s*[,:]?\s+(?:for\s+)?client|^\W*client"
    r"|^\W*(?:(?:hiya|hi|hello|hey|morning|afternoon)\W+)?it['’]?s\s+(?:er|erm|um|uh)"
    r")[\s,:]+(?:(?:er|erm|um|uh)[\s,]+)?"
)
# Role words after which a lower-case name follows in notes and messages: "my worker voytek",
# "coach dunc", "the befriending lady precious", "my coach is called precious".
_ROLE_CUE = re.compile(
    r"(?i)(?:\b(?:my|our|the|his|her)\s+(?:(?:key|support|social|case|family|youth|housing|befriending|peer)\s+)?"
    r"(?:worker|keyworker|caseworker|coach|mentor|befriender|supervisor|counsellor|officer|lady|man|fella|bloke|woman|nurse)"
    r"(?:\s+(?:is|was|'s|’s)\s+called)?|^\W*coach|[.!?]\s+coach|\bcoach(?=\s+[a-z]+\s+(?:says|said|told|tells|reckons|thinks)\b))\s+"
)
_NAME_FILLERS = frozenset("er erm um uh like yeah and but so".split())
# The words one of which each cue holds (a greeting's "it's" opening a message is tested apart).
_CUES = (
    (_NAMING_CUE, 3, ("name", "call", "note", "client")),
    (_ROLE_CUE, 1, ("worker", "coach", "mentor", "befriender", "supervisor", "counsellor", "officer", "lady", "man", "fella", "bloke", "nurse")),
)
_NAME_PARTICLES = frozenset("al el bin ben bint van von de da di du le la mc mac o abu".split())


def _cued_word(doc: Doc, token: Token, words: Dictionary, first: bool) -> bool:
    """Return True for a word that can be (part of) a name after a naming cue."""
    low = token.lower_
    if not token.is_alpha or len(low) < 2 or low in _NAME_FILLERS or low in NOT_PII_WORDS or low in KIN_WORDS:
        return False
    if low in _INTERJECTIONS or low in _TEXTING_WORDS or low in _GREETINGS or low in _ROLES or low in _ROLE_ACRONYMS:
        return False
    if low in first_names():
        return not token.is_stop or (first and low not in ambiguous_names())  # "my worker will ring"
    if token.is_stop or _past_verb(low, words):
        return False
    common = words.get("common", frozenset())
    if low in words.get("adv", frozenset()):
        return False  # "my worker basically", "the housing officer finally"
    verbs = words.get("verb", frozenset())
    if low.endswith("in") and len(low) > 4 and any(v in verbs for v in (low[:-2], low[:-3], low[:-2] + "e")):
        return False  # a dropped g: "my youth worker lettin me", "my worker helpin"
    return low not in common and low.removesuffix("s") not in common and token.lemma_.lower() not in common


def _cued_names(doc: Doc, text: str, words: Dictionary) -> list[Candidate]:
    """Names, lower-case ones included, right after a naming cue (_NAMING_CUE), a role word
    (_ROLE_CUE), or before a bracketed role ("dev (my supervisor)") or "who runs"."""
    if not words.get("common"):
        return []  # without a dictionary every word after a cue would look like a name
    found: list[Candidate] = []
    by_char: dict[int, Token] = {}  # filled at the first cue: most stories have none
    # Each cue holds one of a few words: most stories have none, and a substring test is cheaper
    # than the cue's pattern.
    low = text.lower()
    cues = [(cue, most) for cue, most, needs in _CUES if any(word in low for word in needs) or cue is _NAMING_CUE and "it" in low[:40]]
    for cue, most in cues:
        for m in cue.finditer(text):
            by_char = by_char or {t.idx: t for t in doc}
            token = by_char.get(m.end())
            if token is None or (cue is _ROLE_CUE and not token.is_lower):
                continue
            i = token.i
            # After a role word, a name that is also a verb only with "called": "my coach is
            # called rose", "the befriending lady precious", not "the man reading the meter".
            if (
                cue is _ROLE_CUE and token.lower_ in ambiguous_names() and "called" not in m.group().lower()
                and (token.lower_ in words.get("verb", frozenset()) or token.lower_ in words.get("verb_forms", frozenset()) or token.lower_.endswith("ing"))
            ):
                continue
            # A word that is also a noun opens a name only where the tagger reads a name
            # ("case note for ignatius"), not "case note: referral", "call me chef".
            noun_name = cue is _NAMING_CUE and token.pos_ == "PROPN" and _noun_surname(token, words)
            if not (_cued_word(doc, token, words, True) or noun_name):
                continue
            end = i + 1
            while end < len(doc) and end - i < most:
                nxt = doc[end]
                if nxt.lower_ in _NAME_PARTICLES and end + 1 < len(doc) and _cued_word(doc, doc[end + 1], words, False):
                    end += 2
                elif nxt.is_lower == token.is_lower and (
                    _cued_word(doc, nxt, words, False) or (cue is _NAMING_CUE and _noun_surname(nxt, words))
                ):
                    end += 1
                else:
                    break
            span = doc[i:end]
            found.append(Candidate(span.start_char, span.end_char, "PERSON", _P_NAME, "context"))
    if "(" not in text and "who" not in text.lower():
        return found
    names = first_names()
    for token in doc[: max(0, len(doc) - 2)]:
        if not token.is_alpha or not token.is_lower or token.is_stop:
            continue
        nxt, after = doc[token.i + 1], doc[token.i + 2]
        # "dev (my supervisor) let me", "rhi who runs it got school to": a word no dictionary
        # knows, or a listed name, set beside a role or "who runs".
        bracket_role = nxt.text == "(" and after.lower_ in ("my", "our", "the") and token.i + 3 < len(doc) and (
            doc[token.i + 3].lower_ in _ROLES or doc[token.i + 3].lower_ in _ROLE_WORDS_MORE
        )
        runs = nxt.lower_ == "who" and after.lower_ in ("runs", "ran", "organises", "leads", "manages") and _clause_start(doc, token.i)
        if not (bracket_role or runs):
            continue
        low = token.lower_
        if (low in names and low not in ambiguous_names()) or _cued_word(doc, token, words, True):
            found.append(Candidate(token.idx, token.idx + len(token.text), "PERSON", _P_NAME, "context"))
    return found


# Words a dictated record goes on with after the name: "client ngozi nwachukwu comma d o b".
_RECORD_WORDS = frozenset("comma stop dob nhs date birth born aged age address number postcode ref today tonight".split())


def _noun_surname(token: Token, words: Dictionary) -> bool:
    """Return True for a surname that is also a noun and nothing else ("sarah baker", "aisha
    begum"), after a self-introduction or a record header: not a verb, adjective or adverb."""
    low = token.lower_
    if not token.is_alpha or token.is_stop or low in _RECORD_WORDS or low in _NAME_FILLERS or low in KIN_WORDS:
        return False
    if low in _INTERJECTIONS or low in _TEXTING_WORDS or low in _ROLES or low in NOT_PII_WORDS:
        return False
    return low in words.get("noun", frozenset()) and not any(
        low in words.get(pos, frozenset()) for pos in ("verb", "adj", "adv", "verb_forms")
    )


_ROLE_WORDS_MORE = frozenset("supervisor worker keyworker befriender key support social boss line".split())


# The model's readings that make a capitalised word a place, a people, a thing or a language.
_NOT_PERSON_ENTS = frozenset("GPE NORP LOC FAC PRODUCT WORK_OF_ART LANGUAGE EVENT LAW".split())
# Verbs a firm, a scheme or a document does as well as a person: "Capita sent", "Covid hit".
_THING_SAYS = frozenset("sent says said hit costs cost covers covered pays paid charges charged".split())
_ROLE_OR_ORG = _ROLES | _ORG_WORDS


def _placed_as_a_person(doc: Doc, token: Token, name_like: bool, unknown: bool) -> bool:
    """Return True for a capitalised word where only a person fits: with "me" ("Me and Kiki
    sleep in my room"), after workers' "w/" ("Risk review w/ Bronagh"), doing something to
    something at a clause's start ("Ozan reports voices", "and Malaz corrects my English"),
    or before a surname's initial ("Tamsyn R (Year 4)").

    name_like: the word is in no dictionary or is a listed given name; unknown: no dictionary's.
    """
    if not name_like or token.lower_ in _ROLE_OR_ORG or token.ent_type_ in _NOT_PERSON_ENTS or token.lower_ in TITLES:
        return False  # "Dr P at the practice": the title is another rule's
    i = token.i
    if (_word(doc, i - 1) in ("and", "n", "&") and _word(doc, i - 2) == "me") or (
        _word(doc, i + 1) in ("and", "n", "&") and _word(doc, i + 2) in ("me", "i")
    ):
        return True
    if _after_with_slash(doc, i):
        return True
    if not unknown:
        return False
    if token.pos_ == "PROPN" and not token.lower_.endswith("ing") and _clause_start(doc, i) and _acts_on(doc, i):
        return True
    return _initial_after(doc, i + 1)


def _acts_on(doc: Doc, i: int) -> bool:
    """Return True when the word at i does something to something: "Ozan reports voices",
    "Hyacinth spent the first twenty" ("Intel submitted.", "Capita sent" are notes' and firms')."""
    if not _acts(doc, i):
        return False
    j = i + 2 if doc[i + 1].lower_ in _ACTING_ADVERBS else i + 1
    if doc[j].lower_ in _THING_SAYS or j + 1 >= len(doc):
        return False
    after = doc[j + 1]
    return not after.is_punct and after.lower_ not in ("by", "and", "for", "to", "at", "on", "in", "with")


def _listed_partner(doc: Doc, k: int) -> bool:
    """Return True when token k is a capitalised given name fit to pair with another ("Ozzie and
    Rhys", "Keanu and Lily-Mae"): a listed name that is no word, or a word-name joined to a
    second given name by a hyphen."""
    if not 0 <= k < len(doc) or not doc[k].is_title or fold(doc[k].text) not in first_names():
        return False
    if fold(doc[k].text) not in ambiguous_names():
        return True
    return (
        k + 2 < len(doc) and doc[k + 1].text in ("-", "‐") and not doc[k].whitespace_
        and not doc[k + 1].whitespace_ and fold(doc[k + 2].text) in first_names()
    )


def _initial_after(doc: Doc, k: int) -> bool:
    """Return True for a lone capital at k standing for a surname: "R" in "Tamsyn R (Year 4)"."""
    if not 0 <= k < len(doc) or not re.fullmatch(r"[B-HJ-Z]\.?", doc[k].text) or not doc[k - 1].whitespace_:
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.text in (",", "(", ")", ":", ";", ".") or nxt.is_lower


def _after_with_slash(doc: Doc, i: int) -> bool:
    """Return True for the word after "w/" ("session w/ Lewis", "visit w/Bronagh")."""
    if i >= 1 and doc[i - 1].lower_ == "w/":
        return True
    return (
        i >= 2 and doc[i - 1].text == "/" and doc[i - 2].lower_ == "w"
        and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_
    )


_PERSONAL_PRONOUNS = frozenset("he she him her hes shes he's she's he’s she’s".split())
# Verbs of owing and lending, whose first object is a person: "owe Tinks 300".
_OWING = frozenset("owe owes owed owing lend lends lent lending pay pays paid paying repay repaid".split())


def _amount_follows(doc: Doc, i: int) -> bool:
    """Return True for a sum of money at token i: "900", "£40", "a tenner"."""
    if i >= len(doc):
        return False
    token = doc[i]
    return token.like_num or token.text.startswith(("£", "$", "€")) or token.lower_ == "a"


def _word(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _cap_next(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_title


# Verbs of giving, whose first object is the person and second the thing: "got my son Weetabix".
_GIVING = frozenset("give get buy bring make feed offer advise prescribe cook pour hand pass fetch order".split())


def _given_after_kin(doc: Doc, i: int) -> bool:
    """Return True for a thing given to a relative: "got my son Weetabix and a banana", "advised
    mum Gaviscon after meals"; a name there has the thing after it ("bought my son Kai a coat")."""
    if i < 2 or fold(doc[i].text) in first_names() or doc[i - 1].lower_ not in KIN_WORDS:
        return False
    k = i - 2
    if doc[k].lower_ in _DETERMINERS and k > 0:
        k -= 1
    if doc[k].lemma_.lower() not in _GIVING or doc[k].tag_ not in _VERB_TAGS:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.lower_ in _DETERMINERS or nxt.like_num or nxt.lower_ in ("some", "any"))


def _kin_names(doc: Doc) -> list[Candidate]:
    """Capitalised words right after "my sister", "our worker": almost always a name."""
    found: list[Candidate] = []
    places = uk_places()
    for token in doc:
        if not _cap_word(token) or not _kin_before(doc, token.i) or _given_after_kin(doc, token.i):
            continue
        low = token.lower_
        if token.is_stop or low in NOT_PII_WORDS or low in LEADING_STOP or low in places or low in _VENUE_WORDS:
            continue
        found.append(_name_from(doc, token.i, "kin"))
    return found


def _surname(token: Token) -> bool:
    # After a given name, a capitalised word mid-sentence is a surname whatever the tagger
    # says (the small model tags many unfamiliar surnames NOUN or ADJ). Listed places count
    # too: many surnames are towns (Shaw, Barton, Featherstone), and "Amy Leeds" is rarer.
    return (
        _cap_word(token)
        and not _sentence_initial(token)
        and not token.is_stop
        and token.lower_ not in KIN_WORDS
        and token.lower_ not in LEADING_STOP
        and token.lower_ not in _VENUE_WORDS
        and token.lower_ not in _ORG_WORDS
        and token.lower_ not in NOT_PII_WORDS
    )


# Police ranks written as capitals before a surname: "PC Mottram", "DS Okafor", "PCSO Ward".
_RANK_TITLES = frozenset("PC PCSO WPC DC DS DI DCI SGT Sgt".split())
_RANK_SHAPE = re.compile(r"\b(?:" + "|".join(sorted(_RANK_TITLES)) + r")\.?\s+[A-Z]")


def _ranked_name(nxt: Token, common: frozenset[str]) -> bool:
    """Decide whether the word after a police rank is a surname: "PC Mottram", not "PC World"."""
    low = nxt.lower_
    if not _cap_word(nxt) or nxt.is_stop or low in NOT_PII_WORDS or low in LEADING_STOP:
        return False
    if low in _VENUE_WORDS or low in _ORG_WORDS or low in uk_places():
        return False
    return low not in common or fold(nxt.text) in first_names() or nxt.ent_type_ == "PERSON"


def _titled_names(doc: Doc, text: str, words: Dictionary) -> list[Candidate]:
    found: list[Candidate] = []
    common = words.get("common", frozenset())
    ranked = _RANK_SHAPE.search(text) is not None  # most stories name no officer: skip the check
    for token in doc[:-1]:
        key = token.lower_.rstrip(".")
        if key not in _ANY_TITLE:
            continue  # most words are no title: tested before the next token is fetched
        nxt = doc[token.i + 1]
        if nxt.text == ".":
            # "Mr. Hale", "PC. Ward": an abbreviation's stop; "wouldn't give names. Scales on the
            # table", "call me Coach. Duw," end a sentence.
            if token.i + 2 >= len(doc) or token.whitespace_ or key not in _ABBREVIATED_TITLES:
                continue
            nxt = doc[token.i + 2]
        if ranked and token.text.rstrip(".") in _RANK_TITLES:
            if not _ranked_name(nxt, common):
                continue
        elif key in _LOWER_TITLES and token.is_lower and token.text.rstrip(".") == key:
            # Texting style: "my gp dr ramsay"; the next word must read as a proper noun.
            if _LOWER_APOSTROPHE_NAME.match(nxt.text):
                found.append(Candidate(nxt.idx, nxt.idx + len(nxt.text), "PERSON", _P_NAME, "title"))
                continue
            if not nxt.is_alpha or nxt.is_stop or nxt.lower_ in NOT_PII_WORDS or nxt.lower_ in LEADING_STOP:
                continue
            if key == "miss" and not (
                token.i > 0 and doc[token.i - 1].lower_ in _BEFORE_TITLE
                # "miss patel said no": a teacher named at a clause's start, doing something.
                or _clause_start(doc, token.i) and nxt.lower_ not in common and _acts(doc, nxt.i)
            ):
                continue  # "i miss home", "miss u": the verb
            noun_ok = (
                key != "ms"
                and nxt.pos_ not in ("AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT")
                and nxt.lower_ not in _NOT_AFTER_TITLE
                # Lower-case text confuses the tagger ("mr begum" as a VERB); a real verb here is inflected.
                and not (nxt.pos_ == "VERB" and (nxt.lemma_ != nxt.lower_ or nxt.lower_.endswith(("ed", "ing"))))
            )
            if not (nxt.pos_ in ("PROPN", "X") or noun_ok or nxt.lower_ in first_names() or _cap_word(nxt)):
                continue
        elif key in TITLES and token.is_title or key in _NAME_CONTEXT:
            if key in _NAME_CONTEXT and nxt.lower_ in common and fold(nxt.text) not in first_names() and (
                nxt.ent_type_ != "PERSON" or _thing_called(doc, nxt.i)
            ):
                continue  # "a course called Back to Work", "a cat called Biscuit": a thing's name
            # Initials before the surname belong to the name: "Mr D. Boateng", "Dr J R Hale".
            j = nxt.i
            while j + 1 < len(doc) and (_INITIAL.match(doc[j].text) or doc[j].text == "." and j > nxt.i):
                j += 1
            if j > nxt.i and _cap_word(doc[j]) and doc[j].lower_ not in NOT_PII_WORDS:
                end = _extend_hyphens(doc, j, j + 1)[1]
                found.append(Candidate(nxt.idx, doc[end - 1].idx + len(doc[end - 1]), "PERSON", _P_NAME, "title"))
                continue
            if _INITIAL.match(nxt.text) and key in TITLES:
                if key in _COURTESY_TITLES:
                    # "Mr N tearful", "Visited Mrs D": a note's own way of keeping its client
                    # unnamed, as the gold files leave it; nobody is named by a courtesy and a letter.
                    continue
                # "Dr P at the practice": an initial alone is how people name staff; it goes too.
                found.append(Candidate(nxt.idx, nxt.idx + 1, "PERSON", _P_NAME, "title"))
                continue
            if not _cap_word(nxt) or nxt.lower_ in LEADING_STOP or nxt.lower_ in NOT_PII_WORDS:
                continue
        else:
            continue
        found.append(_name_from(doc, nxt.i, "title"))
    return found


# Titles of courtesy alone, which say nothing of a role: "Mr N", "Mrs D" in a worker's note.
_COURTESY_TITLES = frozenset("mr mrs ms miss mx".split())
# Every word _titled_names looks after, in lower case.
_ANY_TITLE = TITLES | _LOWER_TITLES | _NAME_CONTEXT | frozenset(t.lower() for t in _RANK_TITLES)
_PLACE_PREPOSITIONS = frozenset("in from to near at round around outside nr".split())


_RIVER_SUFFIX = re.compile(r"-(?:on|upon|under|by|in|le|en)-(?:the-)?[A-Z][a-z]+")


def _listed_place(doc: Doc, i: int) -> int:
    """Return the end of the longest listed place starting at token i, or i when none does."""
    places = uk_places()
    for length in range(min(place_longest(), len(doc) - i), 0, -1):
        span = doc[i : i + length]
        # "King’s Lynn" with a curly apostrophe is the listed "king's lynn".
        if span.text.lower().replace("’", "'") in places:
            end = i + length
            # "Stockton-on-Tees", "Bradford-on-Avon": the river or sea after a listed town is its name too.
            hyphen = end < len(doc) and doc[end].text == "-" and not span[-1].whitespace_
            rest = _RIVER_SUFFIX.match(doc_text(doc), span.end_char) if hyphen else None
            while rest is not None and end < len(doc) and doc[end].idx < rest.end():
                end += 1
            return end
    return i


# Words before a place someone is at, goes to or comes from.
_AT_PLACE = frozenset("at in from near nr to into outside".split())


_AFTER_AT_SHAPE = re.compile(r"\b(?:at|in|from|near|nr|to|into|outside|At|In|From|Near|To|Into|Outside)\s+[A-Z]")


def _unlisted_places(doc: Doc, text: str, words: Dictionary) -> list[Candidate]:
    """Return a capitalised word no dictionary or list knows, where only a place fits.

    "settled at Rosemount now", "brought into A&E at Wansbeck", "taxi home to croft nr Lairg":
    after at, in, from, near or to, a one-word name that is no given name, no word and no
    country is a home, a hospital or a village small enough to narrow down who is telling.
    """
    common = words.get("common")
    if not common or not _AFTER_AT_SHAPE.search(text):
        return []  # without a dictionary every unusual word would look like a place
    names = first_names()
    found: list[Candidate] = []
    prev: Token | None = None
    for token in doc:
        before, prev = prev, token
        if before is None or before.lower_ not in _AT_PLACE or not token.is_title:
            continue
        if not (before.is_lower or _sentence_initial(before)) or not _cap_word(token):
            continue
        low = token.lower_
        if (
            low in common or low.removesuffix("s") in common or fold(token.text) in names
            or low in NOT_PII_WORDS or low in LEADING_STOP or low in KIN_WORDS or low in _ROLES
            or low in countries() or token.pos_ != "PROPN" or token.ent_type_ == "PERSON"
            or low in _SERVICE_SHORTENINGS  # "referred to Paeds", "back to Gynae clinic": a department
        ):
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        end = token.i + 1
        if nxt is not None and nxt.is_title and nxt.lower_ in _GEO_WORDS:
            end += 1  # "in Tenbury Wells", "on Hackney Marshes": a feature's name goes with it
        elif nxt is not None and (
            (nxt.is_title and nxt.lower_ not in NOT_PII_WORDS)
            or nxt.text in ("'s", "’s", "-", "&")
            or (nxt.lower_ in ("and", "&") and token.i + 2 < len(doc) and doc[token.i + 2].is_title)
        ):
            continue  # a longer name ("at Fenwick Hall") or a person's place ("at Mandla's") is another rule's
        found.append(Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "LOCATION", _P_MODEL, "unlisted-place"))
    return found


# Hospitals go by their initials ("woke up in the RVI", "a scan at the LGI"): an acronym after
# "in the", "at the", "from the" in a sentence about being in hospital, unless it is a ward,
# a service or a benefit every hospital or town has.
_HOSPITAL_CUES = frozenset(
    """overdose scan scans discharged discharge admitted ward wards a&e corridor trolley broken
    fracture x-ray xray ambulance paramedics stitches surgery operation op consultant nurse nurses
    doctor doctors bed beds maternity labour induced woke resus cubicle drip bloods""".split()
)
_UNIT_ACRONYMS = frozenset(
    """gp gps ae ed icu itu hdu amu mau sau cdu eau nicu picu scbu ccu opd uk eu us usa pip uc esa
    dla sen send ehcp dsl mash camhs cmht chc pru wi esol lgbt rsl ap nhs dwp cab jcp smart ot slt
    mri ct ecg ivf dvla ss bbc itv tv""".split()
)


_INITIALS_SHAPE = re.compile(r"\bthe [A-Z]{2,5}\b")


def _hospital_initials(doc: Doc, text: str) -> list[Candidate]:
    """Return a hospital named by its initials in a sentence about hospital (see _HOSPITAL_CUES)."""
    if not _INITIALS_SHAPE.search(text):
        return []
    found: list[Candidate] = []
    for token in doc[2:]:
        text = token.text
        if not (text.isalpha() and text.isupper() and 2 <= len(text) <= 5):
            continue
        if doc[token.i - 1].lower_ != "the" or doc[token.i - 2].lower_ not in ("in", "at", "from", "into", "to", "outside"):
            continue
        low = token.lower_
        if low in _UNIT_ACRONYMS or low in _ROLE_ACRONYMS or low in NOT_PII_WORDS:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and nxt.ent_type_ not in ("DATE", "TIME"):
            continue  # "in the PIP form": the acronym describes a thing
        if any(t.lower_ in _HOSPITAL_CUES for t in token.sent):
            found.append(Candidate(token.idx, token.idx + len(text), "LOCATION", _P_NAME, "hospital"))
    return found


# Landmarks named for what they are: "Tenbury Wells", "Hackney Marshes", "the Tyne Bridge".
_GEO_WORDS = frozenset(
    """wells bay bridge marshes marsh moor moors heath common sands beach pier quay quayside docks
    dock harbour head point forest woods wood fell fells falls reservoir lake loch water""".split()
)


def _named_kinds_of_place(doc: Doc, text: str, words: Dictionary) -> list[Candidate]:
    """Return a name no dictionary knows before the kind of place it is, in lower case:
    "the Heathfield pantry", "Haymarket bus station", "at lindley medical centre"."""
    common = words.get("common")
    saints = _lower_saints(doc) if _LOWER_SAINT_SHAPE.search(text) else []
    if not common or not _PLACE_KIND_SHAPE.search(text):
        return saints
    names, ambiguous = first_names(), ambiguous_names()
    found: list[Candidate] = []
    for token in doc[:-1]:
        low = token.lower_
        if not token.is_alpha or low in common or low.removesuffix("s") in common or token.is_stop:
            continue
        if low in NOT_PII_WORDS or low in LEADING_STOP or low in KIN_WORDS or low in _ROLES or _past_verb(low, words):
            continue  # "Rang surgery on behalf of...": a note's verb, not the surgery's name
        if low in _SERVICE_SHORTENINGS:
            continue  # "Imms clinic", "Paeds ward": what a clinic does, as staff shorten it, not which one
        if fold(token.text) in names and fold(token.text) not in ambiguous:
            continue  # "Dave's pantry" is another rule's, and "Sarah church" no place
        if token.is_lower:
            # Texting drops the capital: only after at, in, from... ("at lindley medical centre"),
            # and read as a name ("from childrens centre" is a misspelt word); or after "the"
            # there ("the football on the fellside estate"), however the tagger reads it.
            after_the = (
                token.i >= 2 and doc[token.i - 1].lower_ == "the" and doc[token.i - 2].lower_ in _AT_PLACE | _ON_PLACE
                and token.pos_ in ("PROPN", "NOUN", "ADJ")
                and not low.endswith(_ABSTRACT_ENDINGS + ("ing",))  # "in the lambing shed": what the place is for
                and token.tag_ not in ("JJS", "JJR")  # "in the nicest possible way": a degree, no place
            )
            if len(low) < 4 or not after_the and (
                token.i == 0 or doc[token.i - 1].lower_ not in _AT_PLACE or token.pos_ != "PROPN"
            ):
                continue
        elif not _cap_word(token) or (_sentence_initial(token) and token.i > 0):
            continue
        end = _place_kind_end(doc, token.i + 1)
        if end > token.i + 1:
            found.append(Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "LOCATION", 6, "venue"))
    return found + saints


# Health staff's shortenings for what a clinic or a ward does: "Imms clinic", "Paeds ward",
# "Gynae clinic" are kinds of clinic, as "asthma clinic" is.
_SERVICE_SHORTENINGS = frozenset(
    """imms vaccs vax jabs paeds paed peds gynae gyn obs ortho orthos derm derms physio resp neuro cardio
    haem onc rheum rheumy uro gastro endo diab ophth opthal audiology ent cbt iapt""".split()
)


# Where estates and blocks are: "on the fellside estate", "off the Marsh estate".
_ON_PLACE = frozenset("on off round across behind".split())


def _lower_saints(doc: Doc) -> list[Candidate]:
    """Return a church, school or hospital named for a saint and typed in lower case, after
    at, in, from...: "at st james", "the kitchen at st aidans", "st annes youth club"."""
    names = first_names()
    found: list[Candidate] = []
    for token in doc[1:-1]:
        if token.lower_ != "st" or not token.is_lower or doc[token.i - 1].lower_ not in _AT_PLACE:
            continue
        saint = doc[token.i + 1]
        stem = fold(saint.text).removesuffix("'s").removesuffix("’s")
        if not saint.is_alpha or saint.is_stop or not (stem in names or stem.removesuffix("s") in names):
            continue
        end = token.i + 2
        if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
            end += 1
        end = _place_kind_end(doc, end)
        found.append(Candidate(token.idx, doc[end - 1].idx + len(doc[end - 1]), "LOCATION", 6, "venue"))
    return found


def _places_from_list(doc: Doc, words: Dictionary) -> list[Candidate]:
    starts = place_first_words()
    everyday = words.get("everyday", frozenset())
    nouns = words.get("noun", frozenset())
    found: list[Candidate] = []
    for token in doc:
        if token.lower_ not in starts:
            continue  # no listed place begins with this word
        if not token.is_title:
            # Texting style, "my flat in walsall", "mans from moss side": a listed place after a
            # preposition, unless it is also an everyday word ("through hull", "to rugby").
            # After "on" it may be a street ("the cafe on cowgate"), but not a thing ("on stone").
            prev = doc[token.i - 1] if token.i else None
            if not token.is_lower or prev is None:
                continue
            if prev.lower_ not in _PLACE_PREPOSITIONS and not (prev.lower_ == "on" and token.text not in nouns):
                continue
            end = _listed_place(doc, token.i)
            if end == token.i or (end == token.i + 1 and (token.text in everyday or token.text in NOT_PII_WORDS)):
                continue
            last = doc[end] if end < len(doc) and doc[end].lower_ in _VENUE_WORDS else doc[end - 1]  # "heaton park"
            found.append(Candidate(token.idx, last.idx + len(last), "LOCATION", _P_NAME, "town"))
            continue
        end = _listed_place(doc, token.i)
        if end < len(doc) and doc[end].lower_ in _TOOL_WORDS:
            continue  # "a Stanley knife": a tool called by its maker, not the town
        if end > token.i:
            if end < len(doc) and doc[end].is_title and doc[end].lower_ in _GEO_WORDS:
                end += 1  # "Hackney Marshes", "Tyne Bridge"
            span = doc[token.i : _place_kind_end(doc, end)]
            found.append(Candidate(span.start_char, span.end_char, "LOCATION", _P_NAME, "town"))
            body = _body_named_for(doc, token.i, end, words)
            if body is not None:
                found.append(body)
    return found


# What a place named for its town is: "Hebburn library", "Skipton auction mart", "Blyth bus station".
_PLACE_KINDS = _VENUE_WORDS | frozenset("library pantry practice mart baths pool gym foodbank ward hostel clinic".split())
_PLACE_KIND_SHAPE = re.compile(r"\b(?:" + "|".join(sorted(_PLACE_KINDS)) + r")\b")
_LOWER_SAINT_SHAPE = re.compile(r"\bst\s")


def _place_kind_end(doc: Doc, end: int) -> int:
    """Return the end of a town's name grown over the kind of place after it, in lower case."""
    for length in (1, 2, 3):
        words = doc[end : end + length]
        if len(words) < length or not all(
            t.is_lower and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "ADJ", "PROPN") for t in words
        ):  # "Lily-Mae gets school transport": no verb in a place's name
            break
        if words[-1].lower_ in _PLACE_KINDS:
            return end + length
    return end


_STREET_WORD = re.compile(r"^(?:street|st|road|rd|avenue|ave|lane|close|drive|way|crescent|terrace|place|court|gardens|grove|walk|row|square|hill|parade|mews|green|rise|vale)$")


def _body_named_for(doc: Doc, start: int, end: int, words: Dictionary) -> Candidate | None:
    """Return a group named with its town at the end: "Speak Up Stockport", "Open Door Newry".

    One to three capitalised words right before a listed town, none a given name, a street,
    or a word that opens no name ("to Leeds", "Dave Leeds", "Mill Lane Leeds" are not one).
    """
    if end < len(doc) and doc[end].is_title and not _sentence_initial(doc[end]):
        return None  # "Royal Preston Hospital": the name goes on, and the venue's shape finds it whole
    names, ambiguous = first_names(), ambiguous_names()
    common = words.get("common", frozenset())
    k = start
    while k > 0 and start - k < 3:
        prev = doc[k - 1]
        low = prev.lower_
        shaped = prev.is_title or (prev.is_upper and prev.is_alpha and len(prev) <= 4)
        # The model's PERSON counts against a group only on a word the dictionary lacks ("Loud" is no name).
        if not shaped or not prev.whitespace_ or (prev.ent_type_ == "PERSON" and low not in common):
            break
        if low in LEADING_STOP or low in NOT_PII_WORDS or low in KIN_WORDS or low in TITLES or _STREET_WORD.match(low):
            break
        if fold(prev.text) in names and fold(prev.text) not in ambiguous:
            return None  # "Amy Leeds", "Thanks Kerry Stockport": a person, not a group
        k -= 1
    if k == start:
        return None
    if _sentence_initial(doc[k]) and start - k < 2:
        return None  # "Visit Leeds", "Loving Leeds": a sentence's first word alone names nothing
    return Candidate(doc[k].idx, doc[end - 1].idx + len(doc[end - 1]), "ORG", 5, "org-town")


# Endings of nouns for what someone does ("Trainer", "Assessor", "Therapist"): roles, not names.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
_OBJECT_OPENERS = frozenset("the a an her his my me him them us it our their this that".split())


def _does_to(doc: Doc, i: int, words: Dictionary) -> bool:
    """Return True for a name-like word opening "Bowie fixed the gate": subject, verb of doing, object."""
    low = doc[i].lower_
    if low in words.get("everyday", ()) or low.endswith(_AGENT_ENDINGS) or not _acts(doc, i):
        return False
    return i + 2 < len(doc) and doc[i + 2].lower_ in _OBJECT_OPENERS


def _model_entities(doc: Doc, words: Dictionary) -> list[Candidate]:
    names = first_names()
    places = uk_places()
    found: list[Candidate] = []
    for ent in doc.ents:
        label = _NER_LABELS.get(ent.label_)
        if label is None:
            continue
        span = _clean_entity(ent)
        if span is None:
            continue
        if len(span) == 1 and _compound_modifier(doc, span[0]):
            continue  # "a Victoria sponge"
        if _sentence_initial(span[0]) and span[0].lower_ in _NOTE_HOME_VERBS and label != "PERSON":
            continue  # "Lives Flat 12, Rowntree House": a note's verb before the address, its "she" dropped
        if span.end < len(doc) and doc[span.end].lower_ in _TOOL_WORDS:
            continue  # "a Stanley blade": a tool called by its maker, no place or person
        if span[0].is_lower and span[0].lower_ in words.get("common", ()):
            continue  # "the grey hospital one", "at lego club": a lower-case word says what kind, not which
        if (
            len(span) > 1 and _sentence_initial(span[0]) and all(t.is_lower for t in span[1:])
            and all(t.lower_ in words.get("common", ()) for t in span) and fold(span[0].text) not in names
            and span[0].lower_ not in places
        ):
            continue  # "Breakfast club place sorted": the same, its capital only the sentence's
        if len(span) == 1 and _sentence_initial(span[0]) and fold(span.text) not in names:
            # Comments drop their subject ("Felt like...", "Landlord won't..."): the small
            # model calls the first word a PERSON. A verb or a role is no name.
            first = span[0].lower_
            if span[0].pos_ in ("VERB", "AUX", "ADV", "ADJ", "ADP") or first in KIN_WORDS | _ROLES:
                continue
            # Notes drop "I" before a past-tense verb ("Rang 111 at 1am", "Phoned duty"); the
            # model reads the verb as a name unless a verb follows it ("Sung said...").
            nxt = doc[span.end] if span.end < len(doc) else None
            if _past_verb(first, words) and (nxt is None or nxt.tag_ not in ("VBD", "VBZ", "VBP", "MD")):
                continue
            if first.removesuffix("s") in KIN_WORDS | _ROLES or (first.endswith("ing") and first in words.get("common", ())):
                continue  # "Neighbours report...", "Bruising consistent with...": plurals and -ing words
            if first.endswith("s") and first[:-1] in words.get("noun", ()) and nxt is not None and nxt.text == ",":
                continue  # "Thuds, her crying, him shouting": a note's list of what was heard, no one
            if first in _VENUE_WORDS | _WORKPLACES:
                continue  # "Surgery says her appointments have halved": a note's service, its "the" dropped
            if _comparative_opening(doc, span[0].i, words):
                continue  # "Calmer after an hour", "Brighter today": a note's comparative, its "she was" dropped
            if first in _NOTE_REPORTS and nxt is not None and (nxt.is_lower or nxt.lower_ in ("she", "he", "i")):
                continue  # "States nephew looks after it", "Reports she...": a note's verb, its "he" dropped
            # "Lesson for me:", "Neighbours report...": a common noun opening a sentence.
            # The tagger calls some of those PROPN too ("Boiler's been off"): a word the
            # dictionary knows as a noun and no list knows as a first name is the noun.
            # Only a proper noun doing something to something stays ("Bowie fixed the gate";
            # "Lesson learned:", "Trainer used case studies" are the notes' dropped "the").
            nouns = words.get("noun", ())
            if span[0].pos_ in ("NOUN", "PROPN") and (span[0].lemma_.lower() in nouns or span[0].lower_ in nouns) and not (
                label == "PERSON" and span[0].tag_ == "NNP" and _does_to(doc, span[0].i, words)
            ):
                continue
        if label == "PERSON" and len(span) == 1 and span[0].lower_ in words.get("adv", ()) and fold(span.text) not in names:
            continue  # "with G. Twice now...": an adverb the model took for a surname
        if label != "PERSON" and len(span) > 1 and span[0].lower_ in _TOY_MAKERS:
            continue  # "showed me his Lego Titanic": a toy's maker and its model, no place or body
        if label == "PERSON" and len(span) == 1 and span[0].is_stop and fold(span.text) not in names:
            continue  # "so am I. What got in the way": a little word after the pronoun's full stop
        if label == "PERSON" and len(span) == 1 and _given_after_kin(doc, span[0].i):
            continue  # "got my son Weetabix": what was given, not who
        if label == "PERSON" and (_mark_on_body(doc, span.start) or _word(doc, span.end + (_word(doc, span.end) in ("'s", "’s"))) in _CONDITION_WORDS):
            continue  # "Mark on L cheek", "has Rett syndrome", "Bell's palsy": an injury, a condition
        if _note_word_and_initials(span, words):
            continue  # "Unannounced HV to...", "Bruise L forearm": a note's opening word and a role's or a side's letters
        if (
            label == "PERSON" and len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an")
            and fold(span.text) not in names and span[0].lower_ in words.get("noun", ())
        ):
            # "what the Covenant is meant to do", "a Listener called Tommo": a thing or a post;
            # but "at the Freeman", "over the Wear", "right, The Hive on...": a hospital, a river, a venue.
            article = doc[span.start - 1]
            if not (
                span.start > 1 and doc[span.start - 2].lower_ in _PLACE_PREPOSITIONS | {"of", "over", "by"}
                or article.text == "The" and not _sentence_initial(article)
            ):
                continue
            label = "LOCATION"
        if label == "PERSON" and len(span) > 1 and span[-1].lower_ in _PARTICLE_ENDS:
            continue  # "watching Bake Off", "Wind Up": a name never ends on a particle
        if label == "LOCATION" and span.text.lower().removeprefix("the ") in countries():
            continue  # a country is too broad to identify anyone (as the gold files mark it)
        if span.start > ent.start and doc[span.start - 1].lower_.rstrip(".") in _RANKS:
            label = "PERSON"  # "not Corporal Adeyemi": who holds the rank
        if span.text.lower().startswith(("ex-", "ex–")):
            continue  # "Ex-RLC, 15 yrs", "the Ex-Terminators": what someone was, or a joke's team
        if span[0].lower_ == "national" and label != "PERSON":
            continue  # "National Service", "the National Lottery": a nation's scheme, no one's in particular
        if label == "ORG" and len(span) > 1 and span[-1].lower_.removesuffix("s") in _POSTS:
            continue  # "the council's Armed Forces Champion": a post, not a body
        if all(t.is_lower for t in span) and all(
            t.lower_ in words.get("common", ()) or t.lemma_.lower() in words.get("common", ()) for t in span
        ):
            continue  # "nearest house is 2 mile": dictionary words in lower case say what kind, not which
        lowered = [t.lower_ for t in span]
        last = lowered[-1]
        if span.text.lower() in places:
            label = "LOCATION"
        elif last in _VENUE_WORDS:
            label = "LOCATION"
        elif last in _ORG_WORDS:
            label = "ORG"
        elif lowered[0] in names and span[0].is_title:
            label = "PERSON"
        elif label == "ORG" and len(span) == 1:
            # The small model calls many single capitalised words ORG; a lone word is rarely
            # an identifying organisation, and acronyms were dropped above.
            continue
        source = "model-town" if ent.label_ == "GPE" and len(span) == 1 else "model"
        found.append(Candidate(span.start_char, span.end_char, label, _P_MODEL, source))
    return found


# What follows a doctor's name that a condition is named after: "Rett syndrome", "Bell's palsy".
# Verbs a note opens with for what someone said: "States nephew collects it", "Denies any pain".
_NOTE_REPORTS = frozenset("states stated reports reported denies denied discloses disclosed describes".split())
_CONDITION_WORDS = frozenset("syndrome disease palsy dystrophy sarcoma lymphoma".split())
# What follows a rating scale named after its maker: "Conners forms", "a Vanderbilt questionnaire".
_SCALE_WORDS = frozenset("questionnaire questionnaires scale scales forms rating ratings".split())
# A note's verbs for where someone lives, its subject dropped: "Lives Flat 12, ...".
_NOTE_HOME_VERBS = frozenset("lives lived resides resided stays stayed".split())
# Tools called by their maker's name before them: "a Stanley knife", "a Stanley blade".
_TOOL_WORDS = frozenset("knife knives blade blades".split())
# Toys' and games' makers, before what they make: "his Lego Titanic", "Minecraft Dungeons".
_TOY_MAKERS = frozenset("lego playmobil minecraft roblox fortnite xbox playstation nintendo sylvanian".split())


def _comparative_opening(doc: Doc, i: int, words: Dictionary) -> bool:
    """Return True for an adjective's -er form before a lower-case word that is no verb:
    "Calmer after an hour", "Brighter today" ("Fuller said" is someone speaking)."""
    low, adj = doc[i].lower_, words.get("adj", frozenset())
    if not low.endswith("er") or not (low[:-2] in adj or low[:-1] in adj) or fold(doc[i].text) in first_names():
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.tag_ not in ("VBD", "VBZ", "MD")


def _note_word_and_initials(span: Span, words: Dictionary) -> bool:
    """Return True for a sentence's first word, one a dictionary knows and no list names, and
    then capitals alone: "Unannounced HV", "Freelance BSL", "Bruise L" (a side of the body)."""
    if len(span) != 2 or not _sentence_initial(span[0]) or not span[1].text.isupper() or len(span[1].text) > 5:
        return False
    first = span[0].lower_
    return first in words.get("common", ()) and fold(first) not in first_names() and first not in uk_places()


# Armed forces' ranks: a title before a surname ("Corporal Adeyemi", "Sgt Price"), no place or body.
_RANKS = frozenset(
    """private pte lance corporal cpl lcpl bombardier bdr sergeant sgt serjeant staff colour quartermaster
    warrant officer wo1 wo2 lieutenant lt captain capt major maj colonel col brigadier general gen
    admiral commander cdr commodore rating able seaman aircraftman airman marine gunner trooper sapper
    signaller fusilier guardsman rifleman""".split()
)
# Posts a body names: "the council's Armed Forces Champion", "Designated Safeguarding Lead".
_POSTS = frozenset(
    "champion lead officer coordinator co-ordinator manager advisor adviser worker navigator liaison".split()
)


# Who a note is about, as it names them before their name or room: "Caller Harpreet reports",
# "Client Gurpreet Sandhu", "Resident Rm 9 (Elsie)".
_NOTE_SUBJECTS = frozenset("caller client patient resident tenant claimant customer service rm room bay bed".split())


_DAY_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues weds thu thur thurs fri sat sun
    mondays tuesdays wednesdays thursdays fridays saturdays sundays""".split()
)


def _clean_entity(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    # Sentence-initial verbs and the like get swept into names by the small model ("Ring Dave").
    while start < end and (
        doc[start].lower_ in LEADING_STOP
        or doc[start].lower_.rstrip(".") in TITLES | _RANKS
        or (doc[start].text.isupper() and doc[start].lower_ in _ROLE_ACRONYMS)
        or (
            doc[start].lower_ in _LEADING_VERBS
            and start + 1 < end
            # "Rang CSC duty": an acronym after the verb is a service, dropped below as one.
            and (fold(doc[start + 1].text) in first_names() or doc[start + 1].lower_ in _ROLE_ACRONYMS | TITLES or _is_acronym(doc[start + 1]))
        )
        or not doc[start].is_alpha
        or (end - start > 1 and doc[start].pos_ in ("VERB", "AUX", "ADV", "PRON", "ADP", "INTJ", "SCONJ", "CCONJ", "DET"))
        or doc[start].lower_ in FIELD_WORDS  # "Address Flat 6, ...": a record's field name, then its value
        or (doc[start].lower_ in _NOTE_SUBJECTS and doc[start].is_title)  # "Caller Harpreet", "Resident Rm 9"
    ):
        start += 1
    # Nor do trailing days and little words belong ("clinic Thurs", "the Legion on a Saturday").
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].like_num or doc[end - 1].is_space
        or (end - start > 1 and doc[end - 1].lower_ in NOT_PII_WORDS and doc[end - 1].lower_ in _DAY_WORDS)
        or (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_stop and doc[end - 1].lower_ not in ("'s", "’s"))
    ):
        end -= 1
    # Nor does what is said of a person after their name ("Mrs K very quiet"): names go on
    # in capitals, or in a surname's particle.
    if ent.label_ == "PERSON":
        for k in range(start + 1, end):
            if doc[k].is_lower and doc[k].tag_ in ("RB", "JJ", "JJR", "JJS", "VBD", "VBZ", "VBN", "VBG") and doc[k].lower_ not in _PARTICLES:
                end = k
                break
    # A title inside the model's span ("Visited Mrs D"): the name is what follows it.
    for i in range(end - 1, start - 1, -1):
        if doc[i].lower_.rstrip(".") in TITLES and i > start:
            start = i + 1
            break
    span = doc[start:end]
    if len(span) == 1 and len(span.text) == 1:
        return None  # a lone initial is a name only after a title (see _titled_names)
    if not len(span):
        return None
    if any(not (t.is_alpha or _cap_word(t) or t.text in ("'s", "’s", "-", "&")) for t in span):
        return None
    if all(_is_acronym(t) or t.lower_ in NOT_PII_WORDS for t in span if t.is_alpha):
        return None  # "CPN", "Thurs HV": a day and a role's initials
    text = span.text.lower()
    if text in NOT_PII_WORDS or all(t.lower_ in NOT_PII_WORDS for t in span if t.is_alpha):
        return None
    # "Universal Credit appointment", "Access to Work application": a national body or scheme
    # and ordinary words after it name nothing of the teller's.
    national_end = span.start_char
    if span[0].lower_ in NATIONAL_FIRST_WORDS:
        national_end = national_phrase_at(doc_text(doc), span.start_char)
    if national_end > span.start_char and all(t.is_lower for t in span if t.idx >= national_end):
        return None
    if not any(t.is_title for t in span):
        # Lower-case runs are only kept when they end like a place ("heaton park"), and not
        # when a service's initials open them ("CAMHS & school", "lgbt club").
        if not (len(span) >= 2 and span[-1].lower_ in _VENUE_WORDS) or span[0].lower_ in _UNIT_ACRONYMS:
            return None
    return span


def _resolve(text: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the best non-overlapping spans; model spans are trimmed around better ones."""
    accepted: list[Candidate] = []
    covered = [False] * (len(text) + 1)
    ordered = sorted(candidates, key=lambda c: (c.priority, -(c.end - c.start), c.start))
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        if not any(covered[cand.start : cand.end]):
            accepted.append(cand)
        elif cand.priority >= _P_NAME and not any(
            a.label == cand.label and a.start < cand.end and cand.start < a.end for a in accepted
        ):
            # Keep the uncovered words of a name run ("Sheffield S10" minus the postcode), but
            # not the leftovers of a name already found ("Ring" from the model's "Ring Dave").
            run: list[tuple[int, int]] = []
            for word in _WORD.finditer(text, cand.start, cand.end):
                if any(covered[word.start() : word.end()]):
                    if run:
                        break
                    continue
                run.append(word.span())
            if not run:
                continue
            start, end = run[0][0], run[-1][1]
            while end > start and not text[end - 1].isalnum():
                end -= 1
            piece = text[start:end]
            if len(piece) < 2 or piece.lower() in NOT_PII_WORDS or not piece[0].isupper():
                continue
            if all(w.isupper() and len(w) <= 5 or w.lower() in _LEADING_VERBS for w in piece.split()):
                continue  # "CPN" left of "Rhiannon", "AP" after "Kingsmead House": a role or a kind of place
            label = "LOCATION" if piece.lower() in uk_places() else cand.label
            cand = Candidate(start, end, label, cand.priority, cand.source)
            accepted.append(cand)
        else:
            continue
        for i in range(cand.start, cand.end):
            covered[i] = True
    return sorted(accepted, key=lambda c: c.start)


_IDEA_AFTER = frozenset("what all everything why how".split())


def _said_of_an_idea(doc: Doc, i: int) -> bool:
    """Return True for an abstract word-name opening a saying about itself: "Hope is what keeps
    me going", "Faith was all I had" (the worker called Hope later in the story is someone)."""
    return (
        doc[i].lower_ in _ABSTRACT and i + 2 < len(doc) and doc[i + 1].lower_ in ("is", "was", "'s", "’s")
        and doc[i + 2].lower_ in _IDEA_AFTER
    )


def _propagate_names(doc: Doc, accepted: list[Candidate], words: Dictionary) -> list[Candidate]:
    """Mark every other mention of a found name ("Amy Clarke ... Amy")."""
    text = doc_text(doc)
    ambiguous = ambiguous_names()
    common = words.get("common", frozenset())

    def mention(t: Token) -> bool:
        if t.lower_ not in known or not t.is_alpha:
            return False
        if fold(t.text) in ambiguous or t.lower_ in common:
            # Will the person is not "I will be there"; Dawn is not "up at dawn". Opening a
            # sentence, the name is the one doing something ("Precious chose", "Will said").
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            acts = nxt is not None and (nxt.tag_ in ("VBD", "VBZ") or nxt.lower_ in ("'s", "’s") or _acts(doc, t.i))
            return t.is_title and (not _sentence_initial(t) or acts and not _said_of_an_idea(doc, t.i))
        return t.is_title or t.is_lower

    known = {
        word.lower()
        for c in accepted
        if c.label == "PERSON"
        for word in text[c.start : c.end].split()
        if len(word) > 1
    }
    return [Candidate(t.idx, t.idx + len(t.text), "PERSON", _P_NAME + 1, "repeat") for t in doc if mention(t)]


def _short_forms(doc: Doc, text: str, accepted: list[Candidate], words: Dictionary) -> list[Candidate]:
    """Mark a shortened form of a given name already found: "Graham Pilling ... Gray says".

    Workers write the full name once and then what the person is called; a capitalised word
    that begins like the found name and is doing something is that person; a dictionary word
    ("Gray") only when the model reads a person there too ("Dance helps" is no Danielle).
    """
    given = {
        text[c.start : c.end].split()[0].lower()
        for c in accepted
        if c.label == "PERSON" and text[c.start : c.end].split()
    }
    given = {g for g in given if g.isalpha() and len(g) >= 4}
    if not given:
        return []
    openings = {g[:3] for g in given}
    common = words.get("common", frozenset())
    found: list[Candidate] = []
    for t in doc:
        low = t.lower_
        if low[:3] not in openings or len(low) < 3 or low in given or not _cap_word(t) or t.is_stop:
            continue
        if low in NOT_PII_WORDS or low in LEADING_STOP or low in KIN_WORDS or low in _ROLES or low in _VENUE_WORDS:
            continue
        if not any(g.startswith(low[:3]) and len(low) < len(g) for g in given):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        acts = nxt is not None and (nxt.tag_ in ("VBD", "VBZ", "MD") or nxt.lower_ in ("'s", "’s"))
        if acts and (low not in common or t.ent_type_ == "PERSON"):
            found.append(Candidate(t.idx, t.idx + len(t.text), "PERSON", _P_NAME + 1, "short-form"))
    return found


def _merge_names(text: str, accepted: list[Candidate], model_people: list[Candidate]) -> list[Candidate]:
    """Join pieces of one name: the model's "Sarah-Jane Whitworth" over list hits "Sarah", "Jane Whitworth"."""
    result = list(accepted)
    for person in model_people:
        inside = [c for c in result if c.start < person.end and person.start < c.end]
        if not inside or any(c.label != "PERSON" for c in inside):
            continue
        first = min(c.start for c in inside)
        lead = text[person.start : first].replace("-", " ").split()
        # Words before the found name join it only when they are names too ("Ring Dave" is an order).
        start = person.start if all(w[:1].isupper() and w.lower() not in _ORDERS for w in lead) else first
        last = max(c.end for c in inside)
        tail = text[last : person.end].replace("-", " ").split()
        # ...and words after it only when capitalised, like a surname ("Tom Hargreaves rang").
        end = person.end if all(w[:1].isupper() for w in tail) else last
        # A found name reaching past the model's ("D. Boateng" around "Boateng") keeps its reach.
        start, end = min(start, first), max(end, last)
        result = [c for c in result if c not in inside] + [Candidate(start, end, "PERSON", _P_NAME, "name-merged")]
    # Hyphen or apostrophe gaps between two name spans ("Jean" "-" "Paul") close up too.
    result.sort(key=lambda c: c.start)
    merged: list[Candidate] = []
    for cand in result:
        if merged and merged[-1].label == cand.label == "PERSON" and text[merged[-1].end : cand.start] in ("-", "'", "’", ""):
            last = merged.pop()
            cand = Candidate(last.start, max(last.end, cand.end), "PERSON", _P_NAME, "name-merged")
        merged.append(cand)
    return merged


# Time and measure words no dictionary holds, which follow a number as a street's name would.
_AFTER_A_NUMBER = frozenset("mins mins hrs secs yrs wks mths days ish tmrw tmoz tomoz 2moro quid grand".split())


def _homes_at(text: str, words: Dictionary) -> list[Candidate]:
    """Return a home given by a number and a name no dictionary knows (see HOME_RE)."""
    common = words.get("common")
    if not common:
        return []
    homes = []
    at = text.find(" at ")
    while at >= 0:
        if (m := HOME_RE.match(text, at + 4)) and HOME_CUE_RE.search(text, max(0, at - 12), at + 1):
            homes.append(m)
        at = text.find(" at ", at + 4)
    said = text.find("ddress")
    if said >= 0 and (cue := ADDRESS_IS_RE.match(text, said)) and (m := HOME_RE.match(text, cue.end())):
        homes.append(m)
    found: list[Candidate] = []
    for m in homes:
        end = None
        for group in ("name", "more"):
            word = (m.group(group) or "").lower()
            if not word or word in common or word.removesuffix("s") in common or word in NOT_PII_WORDS or word in STOP_WORDS:
                break  # "the neighbours at 9 were at it again": a little word after a time, no street
            if word in _AFTER_A_NUMBER or word in _INTERJECTIONS or word in _TEXTING_ADVERBS or fold(word) in first_names():
                break
            if group == "more" and _past_verb(word, words):
                break  # "the neighbours at 9 Eastgate called the police": what they did, not the street's

            end = m.end(group)
        if end is not None:
            found.append(Candidate(m.start("place"), end, "LOCATION", 5, "street"))
    return found


# A name spelt out after a warning that it will be misspelt: "my worker tiger, it'll probably
# spell it wrong, it's t a d h g". The word before the warning is the name as heard, and the
# letters after "it's" are the name as spelt.
_MISSPELT_NAME = re.compile(
    r"(?i)\b(?P<name>[a-z][a-z'’\-]+)[,\s]+(?:it['’]?ll|it\s+will|you['’]?ll|that['’]?ll|they['’]?ll|it\s+might|it\s+may)"
    r"\s+(?:probably\s+|prob\s+|definitely\s+|def\s+|just\s+)?(?:spell|get|write|type)\s+(?:it|that|this|him|her|his\s+name|her\s+name)\s+wrong"
)
_SPELT_LETTERS = re.compile(
    r"(?i)\bspel(?:l|t|led|ling|ls)\b[^.!?]{0,40}?(?:\bit['’]?s|\bthat['’]?s|\bis|:)\s+"
    r"(?P<letters>[a-z](?:(?:\s|[.,-]\s?)[a-z]){2,})(?![\w'’])"
)


def _spelt_names(text: str) -> list[Candidate]:
    """Return a name said and then spelt out letter by letter (see _MISSPELT_NAME)."""
    if "spel" not in text and "Spel" not in text:
        return []  # most stories spell nothing out: a substring test, not a pattern
    found: list[Candidate] = []
    for m in _MISSPELT_NAME.finditer(text):
        if m.group("name").lower() not in LEADING_STOP and m.group("name").lower() not in _NAME_FILLERS:
            found.append(Candidate(m.start("name"), m.end("name"), "PERSON", _P_NAME, "context"))
    for m in _SPELT_LETTERS.finditer(text):
        found.append(Candidate(m.start("letters"), m.end("letters"), "PERSON", _P_NAME, "context"))
    return found


# Sayings with a name in them: nobody is named ("happy as Larry", "Mark my words").
_NAME_IDIOMS = re.compile(
    r"\b(?:happy\s+as\s+larry|mark\s+my\s+words|jack\s+of\s+all\s+trades|rob(?:bing|bed|s)?\s+peter\s+to\s+pay\s+paul|"
    r"bob'?s\s+your\s+uncle|the\s+old\s+bill|nos(?:e)?y\s+parker|doubting\s+thomas|smart\s+alec|billy\s+no\s+mates|"
    r"jack\s+the\s+lad|tom,?\s+dick\s+(?:and|or)\s+harry|even\s+stevens|plain\s+jane|a\s+proper\s+karen|such\s+a\s+karen|"
    r"jack\s+russell|bloody\s+mary|peeping\s+tom|uncle\s+tom\s+cobley|"
    r"(?:know|tell)\w*\s+\w+\s+from\s+adam|say\s+jack\s+robinson|hobson['’]?s\s+choice|say(?:s|ing)?\s+grace|"
    r"joe\s+bloggs|joe\s+public|heath\s+robinson|walter\s+mitty|jekyll\s+and\s+hyde|jack\s+frost|"
    # Tools and things named after their makers: "my stanley knife", "an allen key".
    r"stanley\s+knife|stanley\s+knives|allen\s+keys?|zimmer\s+frames?|bunsen\s+burners?|phillips\s+screwdrivers?)\b",
    re.IGNORECASE,
)


def find_pii(
    doc: Doc, redact_towns: bool = True, words: Dictionary | None = None, names_model: bool = True
) -> list[PiiSpan]:
    """Return personal data spans found in a parsed Doc, best label per span.

    words: the model's dictionary (`dictionary_words`), to tell common words from names.
    names_model: let the learned name scorer (namescore.py) add names the rules left.
    """
    words = words or {}
    text = doc_text(doc)
    candidates = (
        find_identifiers(text)
        + find_places(text)
        + _titled_names(doc, text, words)
        + _name_tokens(doc, words)
        + _kin_names(doc)
        + _context_names(doc, words)
        + _cued_names(doc, text, words)
        + _lower_unlisted_names(doc, words)
        + _apposed_names(doc, words)
        + _booked_for(doc, words)
        + _initialled_names(doc, words)
        + _mentioned_names(doc, words)
        + _s_form_names(doc)
        + _household_names(doc, text, words)
        + _places_from_list(doc, words)
        + _unlisted_places(doc, text, words)
        + _hospital_initials(doc, text)
        + _named_kinds_of_place(doc, text, words)
        + _model_entities(doc, words)
        + _homes_at(text, words)
        + _spelt_names(text)
    )
    # A listed place opening a longer named place or body ("Hillfields Welcome Table") is
    # part of that name: the whole goes, not the town with the rest left in pieces.
    bodies = [c for c in candidates if c.source == "model" and c.label in ("ORG", "LOCATION")]
    if bodies:
        candidates = [
            c
            for c in candidates
            if c.source != "town"
            or not any(b.start <= c.start and c.end <= b.end and b.end - b.start > c.end - c.start for b in bodies)
        ]
    if not redact_towns:
        candidates = [c for c in candidates if c.source not in ("town", "model-town")]
    # "Disabled Facilities Grant", "John's Campaign", "Youth Justice Agency": a name or a place
    # inside a national scheme's or body's name names nobody of the teller's.
    candidates = [c for c in candidates if c.priority < 5 or not _inside_national_phrase(text, c)]
    candidates = [
        c for c in candidates
        if c.label != "PERSON" or not (_names_nobody(text, c) or _word_name_describing(doc, c, words) or _costs_an_amount(doc, c, words))
    ]
    accepted = _resolve(text, candidates + _chained_names(candidates))
    accepted = _resolve(text, accepted + _propagate_names(doc, accepted, words) + _short_forms(doc, text, accepted, words))
    accepted = _merge_names(text, accepted, [c for c in candidates if c.source == "model" and c.label == "PERSON"])
    accepted = [_with_initial(text, _with_prefix(text, c), words) for c in accepted]
    if names_model:
        accepted += _scored_names(doc, accepted, words)
    return [PiiSpan(c.start, c.end, c.label) for c in _join_adjacent_names(text, _merge_addresses(text, accepted), words)]


# How a bill or a price comes to its amount: "Bill came in at £310", "Bill was £80".
_COMING_TO = frozenset("came comes come was is".split())
_AMOUNT_LINKS = frozenset("in at to up down".split())


def _costs_an_amount(doc: Doc, cand: Candidate, words: Dictionary) -> bool:
    """Return True for a word-name that is a noun coming to a sum of money: "Bill came in at
    £310 for the quarter", "Bill was £80" (a person comes to no sum: "Bill paid £20" is Bill)."""
    span = doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1 or span[0].lower_ not in words.get("noun", ()):
        return False
    j = span.end
    if j >= len(doc) or doc[j].lower_ not in _COMING_TO:
        return False
    j += 1
    while j < len(doc) and j < span.end + 4 and doc[j].lower_ in _AMOUNT_LINKS:
        j += 1
    return j < len(doc) and doc[j].text[:1] in "£$€"


def _chained_names(candidates: list[Candidate]) -> list[Candidate]:
    """Return one name for two listed names that share a word: "Angus John" and "John Steele"
    are "Angus John Steele", a given name, a middle name and a surname, not two people."""
    listed = sorted((c for c in candidates if c.source == "name-list" and c.label == "PERSON"), key=lambda c: c.start)
    return [
        Candidate(a.start, b.end, "PERSON", a.priority, "name-list")
        for a in listed
        for b in listed
        if a.start < b.start < a.end < b.end
    ]


# Animals people name: "a tabby called Smudge", "our lurcher named Tyson" name no person.
_PETS = (
    r"(?i:dog|cat|puppy|pup|kitten|budgie|parrot|rabbit|bunny|hamster|gerbil|guinea\s+pig|tortoise|horse|pony|"
    r"goldfish|fish|snake|lizard|tabby|tom|moggy|spaniel|terrier|lurcher|staffie|staffy|collie|labrador|greyhound|"
    r"whippet|poodle|ferret|hen|chicken|cockatiel)s?"
)
_PET_CALLED = re.compile(rf"\b{_PETS},?\s+(?:called|named|nicknamed)\s+(?:[A-Z][\w'’-]*\s+){{0,2}}$")
# One's own animals named right after the word for them: "my cat Biscuit", "our two dogs,
# Bella and Max", "my cats, I've got two, Biscuit and Smudge". After a comma the names must be
# a list or an aside ("my dog, Maureen said she'd have him" is the neighbour).
_PET_OWNED = re.compile(
    rf"\b(?i:my|our|his|her|their|two|three|both)\s+(?:(?i:two|three|four|old|little|young|new|[a-z]+ed)\s+)?{_PETS}"
    r"(?P<aside>\s*,\s*(?i:i['’]ve\s+got|i\s+have\s+got|i\s+have|i\s+got|we['’]ve\s+got|we\s+have|there['’]s|there\s+are)\s+\w+)?"
    r"(?P<comma>\s*[,:])?\s+(?P<listed>(?:[A-Z][\w'’-]*\s*(?:,|and|&)\s*){0,3})$"
)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\s+[A-Z]|&\s+[A-Z])")


# Everyday words newer than the dictionary ("App wouldn't let me book") and dialect words it
# lacks ("Nowt's joined up", "summat else", Scots "how tae"): no names, though no list knows them as words.
_NEW_AND_DIALECT_WORDS = frozenset(
    """app apps selfie selfies emoji emojis smartphone smartphones vape vapes vaping
    nowt owt summat nowty tae""".split()
)
# A safeguarding note's shortenings: "strat disc req w CSC" (a strategy discussion requested).
_NOTE_SHORTENINGS = frozenset("strat strats disc mtg mtgs req reqd".split())
# Words the rules know are no names, whatever their context.
_NO_NAME_WORDS = (
    _TEXTING_ADVERBS | _TEXTING_WORDS | _FILLERS | _ENDEARMENTS | _GREETINGS | _INTERJECTIONS | _NOT_SURNAMES
    | _NEW_AND_DIALECT_WORDS | _NOTE_SHORTENINGS
)
# Words for people by what they are to someone, as said without "the" ("Doc upped my dose",
# "Physio said", "Man came in asking"), times texted short ("meet tmrw") and places of worship
# in their own faiths' words ("stopped going to gurdwara"): the name scorer retrained with DY
# to EH read these as names, and no list or dictionary knows some of them.
_PEOPLE_BY_ROLE = _ROLES | KIN_WORDS | _PERSON_NOUNS | frozenset("doc docs".split())
_TEXTED_TIMES = frozenset("tmrw tmw tmoz tomoz tmoro 2moro 2morrow 2day 2nite tonite yday".split())
_WORSHIP_PLACES = frozenset("gurdwara gurudwara mandir masjid mosque shul vihara kovil".split())
# A plural of capitals is a kind of worker or thing: "DNs, the pharmacist and...", "two HVs".
_PLURAL_INITIALS = re.compile(r"^[A-Z]{2,5}s$")
# Initials that keep a little word in lower case: "HoH" (hard of hearing), "SaLT", "DoLS".
_MIXED_INITIALS = re.compile(r"^(?=\w*[a-z])[A-Z][a-z]?[A-Z](?:[a-z]?[A-Z])?$")


@lru_cache(maxsize=1)
def name_scorer() -> NameScorer:
    """Return the shipped name scorer (read once)."""
    return NameScorer.load()


def _dropped_g(token: Token, words: Dictionary) -> bool:
    """Return True for a lower-case verb's -ing with its g dropped ("stop closin my case",
    "keeps cancellin"); no listed name ("robin", "colin")."""
    low = token.lower_
    if not (token.is_lower and low.endswith("in") and len(low) > 4) or fold(token.text) in first_names():
        return False
    verbs = words.get("verb", frozenset())
    return any(v in verbs for v in (low[:-2], low[:-3], low[:-2] + "e"))


def _set_aside(doc: Doc, i: int, text: str, words: Dictionary) -> bool:
    """Return True for a word the rules set aside as naming nobody: texting's adverbs, fillers,
    greetings and run-on words ("my nan lowkey cried", "my sister inlaw"), new and dialect
    words ("App", "Nowt"), a plural of capitals ("DNs"), mixed-case initials ("HoH"), a word
    for a person by role ("Doc"), a condition or body the rules know ("Duchenne"), a germ
    after its initial ("E Coli"), a thing given to a relative ("got my nan Complan"), a
    saying, a pet's name or a national body's name."""
    token = doc[i]
    low = token.lower_
    if low in _NO_NAME_WORDS or _BARE_CONTRACTION.match(low) or low.startswith("inlaw") or _given_after_kin(doc, i):
        return True
    if _dropped_g(token, words):
        return True  # "stop closin my case": a verb said as spoken
    if _PLURAL_INITIALS.match(token.text):
        return True  # "DNs, the pharmacist and the agency": a kind of worker
    if _MIXED_INITIALS.match(token.text):
        return True  # "Yasmin (HoH)", "SaLT referral": initials with their little words in lower case
    if low in _PEOPLE_BY_ROLE or low.removesuffix("s") in _PEOPLE_BY_ROLE or low in _TEXTED_TIMES or low in _WORSHIP_PLACES:
        return True  # "Doc upped my dose", "Man came in", "meet tmrw", "stopped going to gurdwara"
    if low in NOT_PII_WORDS and fold(token.text) not in first_names():
        return True  # "a lad with Duchenne", "Ofsted came": what the rules know names nobody, and no list names
    if _word(doc, i + 1) in _CONDITION_WORDS or _word(doc, i + 1) == "body" and _word(doc, i + 2) in ("dementia", "disease"):
        return True  # "Lewy body dementia", "Tourette syndrome": a condition named after a doctor
    if (
        _sentence_initial(token) and low.endswith("s") and low[:-1] in words.get("noun", ())
        and _word(doc, i + 1) == "," and fold(token.text) not in first_names()
    ):
        return True  # "Thuds, her crying, him shouting": a note's list of what was heard, no one
    if _sentence_initial(token) and _comparative_opening(doc, i, words):
        return True  # "Calmer by teatime": a note's comparative, its "she was" dropped
    if _word(doc, i + 1) in _SCALE_WORDS and not _word(doc, i + 2) in ("a", "an", "the", "part"):
        return True  # "Conners forms to school", "the Vanderbilt questionnaire": a rating scale named after its maker
    cand = Candidate(token.idx, token.idx + len(token), "PERSON", _P_MODEL, "scored")
    return _names_nobody(text, cand) or _inside_national_phrase(text, cand)


def name_candidates(doc: Doc, accepted: Sequence[Candidate | PiiSpan], words: Dictionary) -> list[int]:
    """Return the indices of the words the name scorer reads (namescore.candidates), but those
    the rules set aside as naming nobody (_set_aside)."""
    text = doc_text(doc)
    return [i for i in candidates(doc, words.get("common", frozenset()), accepted) if not _set_aside(doc, i, text, words)]


def _scored_names(doc: Doc, accepted: list[Candidate], words: Dictionary) -> list[Candidate]:
    """Return words the rules left that the learned scorer reads as given names in their
    context ("Thandiwe said the rota was unfair"): names in no list, told as people."""
    scorer = name_scorer()
    # Scored first, then checked against sayings: the same words as name_candidates gives
    # (training reads those), but the checks run on the few that pass, not on every word.
    indices = candidates(doc, words.get("common", frozenset()), accepted)
    if not indices:
        return []
    style, names, ambiguous = doc_style(doc), first_names(), ambiguous_names()
    text = doc_text(doc)
    found: list[Candidate] = []
    for i in indices:
        if scorer.probability(features(doc, i, words, names, ambiguous, style)) >= scorer.threshold:
            if not _set_aside(doc, i, text, words):
                found.append(Candidate(doc[i].idx, doc[i].idx + len(doc[i]), "PERSON", _P_MODEL, "scored"))
    return found


def _names_nobody(text: str, cand: Candidate) -> bool:
    """Return True for a name-shaped word that names no person: in a saying ("happy as Larry"),
    a pet's name ("a budgie called Dylan Thomas", "my cats, Biscuit and Smudge") or a noun said
    twice over ("Bill after bill")."""
    # A saying is sought only around a name found, not through every story.
    for m in _NAME_IDIOMS.finditer(text, max(0, cand.start - 40), min(len(text), cand.end + 40)):
        if m.start() <= cand.start and cand.end <= m.end():
            return True
    if _PET_CALLED.search(text, max(0, cand.start - 45), cand.start):
        return True
    pets = _PET_OWNED.search(text, max(0, cand.start - 80), cand.start)
    if pets and (not pets.group("comma") or pets.group("listed") or _LIST_GOES_ON.match(text, cand.end)):
        return True  # "my cat Biscuit", "my dogs, Bella and Max": one's own animals
    word = text[cand.start : cand.end]
    if word.endswith(" Anonymous"):
        return True  # "Cocaine Anonymous", "Gamblers Anonymous": a fellowship, nobody in it named
    if not word.isalpha():
        return False
    after = text[cand.end : cand.end + len(word) + 8].lower()
    for joiner in (" after ", " upon "):
        if after.startswith(joiner) and after[len(joiner) :].startswith(word.lower()):
            rest = after[len(joiner) + len(word) :]
            return not rest[:1].isalpha()
    return False


def _word_name_describing(doc: Doc, cand: Candidate, words: Dictionary) -> bool:
    """Return True for a word-name that is an adjective opening a sentence before the noun it
    describes: "Frank talk with the manager", "Precious little help" name nobody."""
    span = doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        _sentence_initial(token) and token.lower_ in ambiguous_names() and token.lower_ in words.get("adj", frozenset())
        and nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.tag_ in ("NN", "NNS", "JJ")
    )


def _inside_national_phrase(text: str, cand: Candidate) -> bool:
    """Return True when a national body's or scheme's name (patterns.NOT_PII_WORDS) covers cand."""
    for m in _WORD.finditer(text, max(0, cand.start - 40)):
        if m.start() > cand.start:
            return False
        if m.group().lower() in NATIONAL_FIRST_WORDS and national_phrase_at(text, m.start()) >= cand.end:
            return True
    return False


# What stands right before a name belongs to it: an initial ("A. Fennimore", "J Okafor"; a
# bare "A" or "I" is a word) and a courtesy title ("Mrs Okafor", "Mr D. Boateng"), which says
# little beyond gender and marriage. "Dr" and "Nurse" stay outside: readers need the role.
# "Big Mick", "wee Davie": the word before a nickname is part of what people call them.
_PREFIX_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,]))(?:(?:Mr|Mrs|Ms|Miss|Mx|Mister)\.?\s|(?:[Bb]ig|[Ll]ittle|[Ll]il|[Ww]ee|[Yy]oung)\s)?"
    r"(?:[B-HJ-Z]\.?\s|[AI]\.\s)?$"
)


def _with_prefix(text: str, cand: Candidate) -> Candidate:
    """Grow a name span left over the initial and courtesy title that stand right before it."""
    if cand.label != "PERSON":
        return cand
    m = _PREFIX_BEFORE.search(text, max(0, cand.start - 12), cand.start)
    return Candidate(m.start(), cand.end, cand.label, cand.priority, cand.source) if m else cand


# The initial after a given name is its surname's: "Tamsin R (Yr 6)", "Kai B. said". A bare
# "A" or "I" is a word unless a full stop marks it ("told Sam I would").
_INITIAL_AFTER = re.compile(r" (?:[B-HJ-Z]\.?|[AI]\.)(?=[\s,;:()]|$)")


def _with_initial(text: str, cand: Candidate, words: Dictionary) -> Candidate:
    """Grow a capitalised name span right over the initial that stands right after it
    (not a word's: "Vitamin D", "Plan B")."""
    if cand.label != "PERSON" or not text[cand.start : cand.start + 1].isupper():
        return cand
    m = _INITIAL_AFTER.match(text, cand.end)
    if m is None:
        return cand
    last = text[cand.start : cand.end].split()[-1].lower()
    if last in words.get("common", frozenset()) and fold(last) not in first_names():
        return cand
    return Candidate(cand.start, m.end(), cand.label, cand.priority, cand.source)


def _given_name_shape(word: str, words: Dictionary) -> bool:
    """Return True for one capitalised word no dictionary knows (what the model may read as a firm)."""
    return word.isalpha() and word.istitle() and word.lower() not in words.get("common", frozenset()) and word.lower() not in _ORG_WORDS


def _join_adjacent_names(text: str, accepted: list[Candidate], words: Dictionary) -> list[Candidate]:
    """Join two names with only a space between: "dani ross" is one person, not two; so is a
    given name the model took for a firm before a surname ("Oluwaseun Adeyemi")."""
    merged: list[Candidate] = []
    for cand in sorted(accepted, key=lambda c: c.start):
        last = merged[-1] if merged else None
        if last is not None and cand.label == "PERSON" and text[last.end : cand.start] == " " and (
            last.label == "PERSON" or last.label == "ORG" and _given_name_shape(text[last.start : last.end], words)
        ):
            merged[-1] = Candidate(last.start, cand.end, "PERSON", last.priority, last.source)
            continue
        merged.append(cand)
    return merged


def _merge_addresses(text: str, accepted: list[Candidate]) -> list[Candidate]:
    """Join the parts of one address: "Flat 9, Cedar Court, 40 Lime Street" is one place."""
    merged: list[Candidate] = []
    for cand in sorted(accepted, key=lambda c: c.start):
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.label == cand.label == "LOCATION"
            and last.source in ("street", "venue")
            and cand.source == "street"
            and re.fullmatch(r",?\s*", text[last.end : cand.start])
        ):
            merged[-1] = Candidate(last.start, cand.end, "LOCATION", last.priority, "street")
            continue
        merged.append(cand)
    return merged
