"""Safeguarding detector: does a text disclose a current risk of serious harm?

Two halves, both cheap enough to run on every chat message without the spaCy model.
The rules here are regular expressions over risk words, which know how tense, negation,
framing and idiom change them: cues are discounted only when clearly negated ("I'm not
suicidal") or clearly over ("I used to self-harm but I've been fine for two years"). The
learned model in disclosure.py reads the wording as a whole and catches what no rule
names; it decides only where the rules did not set aside every risk word they found.
Recall matters most: a missed disclosure is worse than a false alarm, which a person reviews.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from storybot.nlp.disclosure import load_disclosure_model
from storybot.nlp.prefilter import AnyOf
from storybot.nlp.textspeak import spell_out

SUICIDAL = "suicidal_intent"
SELF_HARM = "self_harm"
ABUSE = "abuse_or_violence"
COERCIVE = "coercive_control"
EXPLOITATION = "exploitation"
THREAT = "threat_to_others"
NEGLECT = "neglect"
REPORTED = "reported_concern"
MEDICAL = "medical_emergency"  # a worker's note that they have acted on a current concern
WORDING = "wording"  # no rule matched; the learned model read it as a disclosure (disclosure.py)

_ME = r"(?:me|myself|us)"
# What follows "if I" when a person means being gone ("nobody would notice if I disappeared").
_GONE = (
    r"(?:was(?:n'?t)?|were(?:n'?t)?|went|disappeared|died|vanished|left|just|stopped|did\s+it|did\s+something|"
    r"didn'?t\s+(?:wake|exist|come\s+back)|wasn'?t\s+(?:here|around)|ended|killed|took)\b"
)
# Absent from a place, not gone: "if I wasn't there" (at the group, in the room); "any more" makes it gone.
_NOT_THERE = r"(?!(?:was|were)(?:n'?t|\s+not)\s+there\b(?!\s+any\s?more\b))"
# Letters and whom they are for, when someone puts their affairs in order.
_LETTERS = r"(?:goodbye\s+)?(?:letters?|notes?|cards?)"
_THE_FAMILY = (
    r"(?:(?:(?:both|all|each)\s+(?:of\s+)?)?(?:my|his|her|their|the)\s+(?:little\s+|big\s+|two\s+|three\s+)?"
    r"(?:two|three|lot|boys?|girls?|kids|children|sons?|daughters?|family|lads|brothers?|sisters?|mum|mam|mom|dad|parents|"
    r"nan|gran|grandad|grandkids|grandchildren|grandsons?|granddaughters?|wife|husband|partner|fianc[eé]e?|best\s+friend)"
    r"|mum|mam|dad|everyone|everybody|each\s+of\s+(?:them|you)|all\s+of\s+(?:them|you)|them\s+(?:all|both)|every\s+one"
    r"|(?:him|her)\s+and\s+(?:his|her)\s+\w+)"
)
_HARM_VERB = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|"
    r"chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|"
    r"rap(?:e|es|ed|ing)|batter(?:s|ed|ing)?|bit(?:e|es)|burn(?:s|ed|t)|throttl(?:e|es|ed)|"
    r"hurt(?:s|ing)?|threaten(?:s|ed|ing)?|attack(?:s|ed|ing)?|grab(?:s|bed|bing)?|spit(?:s)? on|"
    r"abus(?:e|es|ing)|bully(?:ing)?|bullies|headbutt(?:s|ed|ing)?)"
)
_OTHER = (
    r"(?:him|her|them|the kids|the children|the baby|my (?:son|daughter|kids|children|baby|little \w+|"
    r"mum|mam|mom|mother|dad|father|sister|brother|nan|gran|wife|husband|partner))"
)
# Present-tense harm to someone in the family is going on now ("my dad hits my mum").
_HARM_NOW = r"(?:hits|beats|punches|kicks|slaps|chokes|strangles|batters|rapes|hurts|abuses|attacks|throttles|bullies)"
_HE = r"(?:he|she|they|him|her|them|my\s+\w+|his\s+\w+|her\s+\w+)"
# What follows someone about may be no person: "a caution at 15 ... it keeps following me about".
_ABUSER = (
    r"(?:him|her|them|(?:my|his|her)\s+(?:\w+\s+)?(?:husband|partner|boyfriend|girlfriend|wife|ex|dad|mum|mam|stepdad|stepmum|son"
    r"|daughter|brother|sister|carer|fella|man|bloke|other\s+half))\b"
)
_NOT_A_PERSON = (
    r"(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhich\s)(?<!\bpast\s)(?<!\brecord\s)(?<!\bconviction\s)(?<!\bcaution\s)(?<!\bhistory\s)"
    r"(?<!\bsmell\s)(?<!\breputation\s)(?<!\bdog\s)(?<!\bcat\s)"
)

# Round thirty-seven: harm called practice for a death ("practising for the real thing").
_REHEARSAL = (
    r"(?:practi[sc](?:e|es|ed|ing)|rehears(?:e|es|ed|ing|al)|(?:a\s+)?(?:trial|dry|practice|test)\s+runs?)\s+(?:for\s+)?(?:the\s+real\s+thing|when\s+(?:I|she|he|they)\s+"
    r"(?:actually\s+|really\s+|finally\s+)?(?:do|does|go\s+through\s+with|goes\s+through\s+with)\s+it)\b"
)

Cue = tuple[re.Pattern[str], str, float]


def _cues(table: list[tuple[str, str, float]]) -> list[Cue]:
    """Compile (pattern, category, weight) rows, case-insensitive."""
    return [(re.compile(pattern, re.IGNORECASE), category, weight) for pattern, category, weight in table]


# (pattern, category, weight): weight 1.0 is enough alone; weaker cues must add up to 1.0.
# Cues listed in _TOPIC_CUES name a subject ("suicide", "county lines") rather than tell of
# something happening to someone: in talk about training, policy, the news or a list of
# topics they do not count (see _TALK_BEFORE).
_CUES: list[Cue] = _cues([
    # Suicidal intent, including oblique wording.
    (r"\bsuicid(?:e|al)\b", SUICIDAL, 1.0),
    (r"\b(?:kill|killing|end|ending|take|taking)\s+(?:myself|my\s+(?:own\s+)?life)\b", SUICIDAL, 1.0),
    (r"\bend(?:ing)?\s+it(?:\s+all)?\b", SUICIDAL, 0.6),
    (r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:ending|end|killing|taking)\s+(?:it|myself|my\s+life)\b", SUICIDAL, 1.0),
    (r"\b(?:want|wanna|going|gonna|plan|planning|ready)\s+to\s+end\s+it\b", SUICIDAL, 1.0),
    (r"\b(?:want|wants|wanna|wanted|wish|wishes|wishing|going|gonna|ready)\s+(?:to\s+)?(?:die|be\s+dead|disappear|not\s+wake\s+up|just\s+sleep\s+forever)\b", SUICIDAL, 1.0),
    (r"\bwish\s+I\s+(?:was|were|had)\s*(?:n't|not)?\s*(?:dead|never\s+been\s+born|gone|born)\b", SUICIDAL, 1.0),
    (r"\bdon'?t\s+want\s+to\s+(?:be\s+here|be\s+alive|live|wake\s+up|exist|go\s+on|carry\s+on|be\s+around)\b(?!\s+like\s+this\s+with\b|\s+with\s+(?:the|this|my|our)\b)", SUICIDAL, 1.0),
    (r"\bbetter\s+off\s+(?:without\s+me|if\s+I\s+(?:was|were)(?:n't|\s+not)?\s*(?:here|around|dead|gone)|dead)\b", SUICIDAL, 1.0),
    (r"\b(?:better|easier)\b[^.!?\n]{0,30}\bif\s+I\s+(?:just\s+)?(?:was|were|wasn'?t|weren'?t|didn'?t|was\s+not|were\s+not|disappeared|died|wasn'?t\s+here)\b", SUICIDAL, 1.0),
    (r"\b(?:wasn'?t|weren'?t|not\s+be|not\s+being|won'?t\s+be|will\s+not\s+be|not\s+gonna\s+be|not\s+going\s+to\s+be)\s+(?:around|here)\s+(?:any\s?more|for\s+much\s+longer|much\s+longer|tomorrow|next\s+week)\b", SUICIDAL, 1.0),
    (r"\bno\s+(?:point|reason)\s+(?:in\s+)?(?:living|going\s+on|being\s+here|carrying\s+on|being\s+alive|to\s+live|anymore|any\s+more)\b", SUICIDAL, 1.0),
    (r"\bnothing\s+(?:left\s+)?to\s+live\s+for\b", SUICIDAL, 1.0),
    (r"\bcan'?t\s+(?:go\s+on|carry\s+on|keep\s+going|do\s+this\s+any\s?more|take\s+(?:it|this|any\s+more)\s+any\s?more|cope\s+any\s?more)\b", SUICIDAL, 0.6),
    (r"\b(?:how\s+many|enough)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:tablets|pills|paracetamol|meds)\b", SUICIDAL, 1.0),
    (r"\b(?:stockpil\w+|sav(?:e|ing)\s+up|saved\s+up|hoard\w*)\s+(?:my\s+|all\s+my\s+)?(?:tablets|pills|meds)\b", SUICIDAL, 1.0),
    (r"\boverdos(?:e|ed|ing)\b", SUICIDAL, 0.8),
    (r"\b(?:hang|hanging|hanged)\s+myself\b|\bnoose\b|\bsuicide\s+note\b|\bgoodbye\s+(?:letter|note|message)s?\b", SUICIDAL, 1.0),
    (r"\b(?:jump|jumping|throw\s+myself)\s+(?:off|in\s+front\s+of|from|under)\b", SUICIDAL, 0.8),
    (r"\bcan'?t\s+see\s+(?:a|any)\s+way\s+(?:out|forward)\b|\bno\s+way\s+out\b", SUICIDAL, 1.0),
    (r"\bnothing\s+matters\s+any\s?more\b|\bwhat'?s\s+the\s+point\s+(?:of\s+)?(?:living|anything|any\s?more|of\s+me)\b", SUICIDAL, 0.6),
    (r"\b(?:put|putting|sort|sorting|got|get)\s+my\s+affairs\s+in\s+order\b|\bgiv(?:e|ing|en)\s+away\s+my\s+(?:things|stuff)\b", SUICIDAL, 0.8),
    (r"\beveryone\s+would\s+be\s+(?:better|happier|fine)\b", SUICIDAL, 1.0),
    # Round forty: a death to be copied ("doing it the same way my brother did"), and a dead
    # one's anniversary as the day for "it".
    (r"\b(?:do|doing|did|done|go|going)\s+(?:to\s+do\s+)?it\b[^.!?\n]{0,40}?\b(?:the\s+)?same\s+way\s+(?:as\s+)?(?:\w+\s+){0,2}?(?:did|went|died|did\s+it)\b", SUICIDAL, 0.6),
    (r"\b(?:do|doing|done)\s+it\s+on\s+(?:the|his|her|their|my|our)\s+(?:\w+\s+)?anniversary\b", SUICIDAL, 0.5),
    (r"\b(?:do|doing|done)\s+it\s+on\s+(?:the|his|her|their|my|our)\s+(?:\w+\s+)?anniversary\b[^.!?\n]{0,40}?\b(?:the\s+)?same\s+way\s+(?:as\s+)?(?:\w+\s+){0,2}?(?:did|went|died)\b", SUICIDAL, 1.0),
    # Oblique wording a careful coder reads as suicidal intent.
    # Round thirty-nine: not missed from a place ("nobody would notice if I wasn't there" of a
    # room the teller walks into), unless "any more".
    (rf"\b(?:no\s*one|nobody|no\s+body)\s+(?:would|will|'d)\s+(?:even\s+)?(?:notice|care|miss\s+me|be\s+bothered)\s+if\s+I\s+{_NOT_THERE}{_GONE}", SUICIDAL, 1.0),
    (r"\b(?:no\s*one|nobody)\s+(?:would|will)\s+(?:even\s+)?miss\s+me\b", SUICIDAL, 1.0),
    (r"\bgiv(?:e|es|ing|en)\s+(?:all\s+)?my\s+(?:things|stuff|belongings|possessions|clothes|stuff)\s+away\b|\bgiv(?:e|ing|en)\s+away\s+(?:all\s+)?my\s+(?:belongings|possessions|clothes)\b", SUICIDAL, 0.8),
    (r"\b(?:won'?t|wouldn'?t|will\s+not|would\s+not)\s+(?:be\s+)?need(?:ing)?\s+(?:them|it|any\s+of\s+(?:it|this|them)|my\s+\w+)\s*(?:any\s?more|where\s+I'?m\s+going|soon)?", SUICIDAL, 0.4),
    (r"\b(?:pills|tablets|meds|paracetamol)\s+(?:all\s+)?(?:saved|stockpiled|stashed|hidden|ready(?!\s+(?:by|for\s+(?:collection|me\s+to\s+(?:collect|pick))|to\s+(?:collect|pick\s+up|be\s+collected)|at\s+the\s+(?:counter|pharmacy|chemist)))|lined\s+up|counted\s+out)\b|\b(?:tablets|pills|meds)\s+lined\s+up\b|\blined\s+up\s+(?:all\s+)?(?:my|the)\s+(?:tablets|pills)\b", SUICIDAL, 1.0),
    (r"\b(?:took|taken|swallowed|had)\s+(?:a\s+load|loads|a\s+handful|handfuls|all|a\s+bunch|too\s+many|a\s+lot|a\s+whole\s+\w+|the\s+lot)\s+of\s+(?:my\s+|the\s+)?(?:pills|tablets|paracetamol|meds|medication)\b", SUICIDAL, 1.0),
    (r"\b(?:step|stepping|stepped|jump|jumping|walk|walking|throw(?:ing)?\s+myself|lie|lying|lay)\s+(?:out\s+)?(?:in\s+front\s+of|under|onto)\s+(?:a|the)\s+(?:train|bus|lorry|truck|car|traffic|tracks?)\b", SUICIDAL, 1.0),
    (r"\b(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?|swerv(?:e|ing))\s+(?:the\s+car\s+|my\s+car\s+)?(?:into|off)\s+(?:a|the)\s+(?:wall|bridge|tree|cliff|lorry|river|motorway|road|barrier)\b", SUICIDAL, 0.6),
    (r"\bkeep\s+(?:having|getting)\s+(?:these\s+|those\s+|the\s+)?(?:thoughts|urges)\b", SUICIDAL, 0.4),
    (r"\b(?:go\s+to\s+sleep|sleep|close\s+my\s+eyes)\s+and\s+(?:never|not)\s+wake\s+up\b", SUICIDAL, 1.0),
    # Letters written to the family or to everyone, or everyone left their letter.
    (rf"\b(?:written|wrote|writing|left)\s+(?:a\s+|my\s+|some\s+)?{_LETTERS}(?:\s+each)?\s+(?:to|for)\s+{_THE_FAMILY}\b(?!'?s?\s+(?:school|teachers?|nursery|club))"
     rf"|\b(?:written|wrote|writing)\s+(?:\w+\s+)?to\s+(?:both|all)\s+(?:of\s+)?(?:my|the)\s+(?:boys|girls|kids|children|sons|daughters)\b"
     rf"|\b(?:written|wrote|writing|left)\s+(?:everyone|everybody|each\s+of\s+them|the\s+kids|them\s+all|all\s+of\s+them)\s+(?:their\s+|a\s+|my\s+)?{_LETTERS}\b", SUICIDAL, 0.6),
    (r"\b(?:after|when|once)\s+I'?m\s+(?:gone|not\s+(?:here|around))\b|\bafter\s+I\s+am\s+gone\b", SUICIDAL, 0.6),
    (r"\b(?:bought|got|buy|getting|found)\s+(?:a|some|the)\s+rope\b(?!\s+(?:for|to)\b)", SUICIDAL, 1.0),
    (r"\b(?:looked|look|looking|googl\w*|search\w*|research\w*)\s+(?:up\s+)?(?:how\s+(?:to|many|much)|ways\s+to|the\s+best\s+way\s+to)\s+(?:\w+\s+){0,3}(?:die|kill\s+myself|end\s+(?:it|my\s+life)|overdose|hang|paracetamol|pills|tablets)\b|\bways\s+to\s+(?:die|kill\s+myself|end\s+my\s+life|end\s+it)\b", SUICIDAL, 1.0),
    (r"\b(?:can'?t|cannot|can\s+not|not\s+sure\s+I\s+can|don'?t\s+(?:think|know\s+if)\s+I\s+can)\s+keep\s+(?:myself|me)\s+safe\b", SUICIDAL, 1.0),
    (r"\b(?:don'?t\s+think\s+I'?ll|doubt\s+I'?ll|I\s+won'?t|I\s+will\s+not|I\s+might\s+not|not\s+going\s+to)\s+(?:still\s+)?be\s+(?:here|around|alive)\s+(?:by|for|at|next|much\s+longer|tomorrow|in\s+a\s+(?:week|month)|to\s+see)\b", SUICIDAL, 1.0),
    (r"\bno\s+(?:point|reason)\s+(?:in\s+)?(?:me|my)\s+(?:being\s+(?:here|alive|around)|living|carrying\s+on|going\s+on)\b|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+me\b", SUICIDAL, 1.0),
    (r"\b(?:said|say|saying)\s+(?:my\s+|all\s+my\s+)?goodbyes?\b(?!\s+to\s+(?:the|my)\s+(?:old|last)\b)", SUICIDAL, 0.6),
    (r"^\s*I'?m\s+done\b|\bI'?m\s+done\s+with\s+(?:life|everything|it\s+all|living|this\s+world)\b", SUICIDAL, 0.4),
    (r"\b(?:easier|better)\s+for\s+everyone\s+if\s+I\b", SUICIDAL, 1.0),
    (r"\b(?:I'?m|I\s+am|I\s+feel\s+like|I\s+feel|feel\s+like)\s+(?:such\s+|just\s+|a\s+real\s+|nothing\s+but\s+|a\s+)?(?:a\s+)?burden\b", SUICIDAL, 0.6),
    (r"\b(?:plan|planning|plans|going|gonna|want|wanna|ready|decided|made\s+up\s+my\s+mind)\s+(?:on\s+|to\s+)?end(?:ing)?\s+(?:it|things|it\s+all|everything|my\s+life)\b", SUICIDAL, 1.0),
    (r"\bwant(?:s|ed)?\s+(?:it|everything|it\s+all|all\s+this|the\s+pain)\s+to\s+(?:just\s+)?(?:stop|end)\b[^.!?\n]{0,15}\b(?:for\s+good|permanently|forever|for\s+ever)\b", SUICIDAL, 1.0),
    (r"\bwant(?:s|ed)?\s+(?:it|everything|it\s+all|all\s+this|the\s+pain)\s+to\s+(?:just\s+)?(?:stop|end)\b", SUICIDAL, 0.6),
    (r"\b(?:rather|prefer\s+to)\s+be\s+dead\b|\bbetter\s+off\s+dead\b", SUICIDAL, 1.0),
    (r"\bdisappear\s+(?:for\s+good|forever|for\s+ever|permanently)\b", SUICIDAL, 1.0),
    (r"\b(?:never|not\s+ever)\s+going\s+to\s+get\s+better\b|\bnothing\s+(?:will|is\s+going\s+to|is\s+ever\s+going\s+to)\s+(?:ever\s+)?(?:change|get\s+better)\b", SUICIDAL, 0.4),
    (r"\bvoices?\s+(?:are\s+|is\s+|keep\s+)?(?:tell\w*|say\w*|want\w*|order\w*)\s+(?:me\s+)?to\s+(?:hurt|kill|harm|attack|jump|stab|end)\b", THREAT, 1.0),
    (r"\b(?:scared|afraid|frightened|worried)\s+(?:that\s+)?I'?(?:ll|\s+will|\s+might)\s+(?:do\s+it|hurt|kill|harm|attack|snap)\b", THREAT, 0.6),
    (r"\bburden\s+(?:to|on)\s+(?:everyone|my\s+family|them|you\s+all)\b|\bjust\s+a\s+burden\b", SUICIDAL, 0.6),
    # Wanting everything to end, said of life itself: "I want it all to stop".
    (r"\b(?:want|need|wish|just\s+want)\s+(?:it\s+all|everything|all\s+of\s+(?:it|this)|the\s+whole\s+thing|life)\s+to\s+"
     r"(?:stop|end|be\s+over)\b", SUICIDAL, 1.0),
    # Self-harm.
    (r"\bself[\s-]?harm\w*\b", SELF_HARM, 1.0),
    (r"\b(?:cut|cutting|burn|burning|burnt|hurt|hurting|harm|harming|scratch\w*|bang\w*\s+my\s+head|starv\w*)\s+(?:myself|my\s+(?:arms?|legs?|wrists?|body|skin|thighs?))\b", SELF_HARM, 1.0),
    # Harm told as the way of coping: "cutting is the only thing that helps".
    (r"\b(?:cutting|burning\s+myself|hurting\s+myself|self[\s-]?harm\w*)\s+(?:is|was|'s)\s+(?:the\s+only|all\s+that|what)\s+"
     r"(?:thing\s+that\s+|way\s+that\s+|)?(?:helps|works|gets\s+me\s+through|stops\s+it|calms\s+me)\b"
     r"|\bthe\s+only\s+(?:thing|way)\s+(?:that\s+)?(?:helps|works|calms\s+me)\s+is\s+(?:cutting|burning|hurting\s+myself)\b",
     SELF_HARM, 1.0),
    # Round forty-two: not cutting a thing named in the same clause, for work or at home ("been
    # cutting all week, hedges up at the big houses", "still cutting hair from home").
    (r"\b(?:started|start|starting|been|keep|keeps|kept|still)\s+(?:on\s+)?cutting\b(?![^.!?\n;]{0,40}?\b(?:hedges?|hedging|conifers|shrubs|bushes|ivy|grass|lawns?|verges?|trees?|branches|brambles|"
     r"wood|logs|timber|turf|hair|fringes?|fabric|cloth|patterns?|keys|tiles?|slabs?|stone|glass|pipes?|metal|steel|plasterboard|carpets?|"
     r"veg\w*|onions|meat|coupons|silage|hay|corn|wheat|barley|back|down)\b)|\bcutting\s+(?:again|myself)\b|\bcut(?:ting)?\s+again\b|\bcutting\s+to\s+cope\b", SELF_HARM, 1.0),
    # Abuse and violence towards the teller, or by someone towards a child or other.
    (rf"\b{_HARM_VERB}\s+{_ME}\b", ABUSE, 1.0),
    (rf"\b{_HARM_VERB}\s+{_OTHER}\b", ABUSE, 0.6),
    (r"\b(?:domestic\s+(?:abuse|violence)|dv)\b", ABUSE, 0.8),
    (r"\babus(?:e|es|ed|ing|ive)\b", ABUSE, 0.8),
    (r"\bsexual(?:ly)?\s+(?:abus\w+|assault\w*|touch\w*)\b|\btouch(?:es|ed|ing)\s+me\b", ABUSE, 1.0),
    (r"\b(?:been|got|get|getting)\s+(?:beaten\s+up|battered|attacked|assaulted|raped|stabbed|jumped|glassed|bottled|knifed|slashed)\b", ABUSE, 1.0),
    (r"\b(?:scared|afraid|frightened|terrified|petrified)\s+(?:of|for)\s+(?:him|her|them|my\s+life|my\s+safety|what\s+(?:he|she|they)|my\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|mum|son))\b", ABUSE, 1.0),
    (r"\b(?:scared|afraid|frightened|terrified)\s+to\s+go\s+home\b|\bnot\s+safe\s+(?:at\s+home|to\s+go\s+home|there|with\s+(?:him|her))\b", ABUSE, 1.0),
    (r"\b(?:he|she|they)(?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to|'s\s+going\s+to|\s+said\s+(?:he|she|they)(?:'d|\s+would))\s+(?:kill|hurt|hit|stab|batter|do)\s+(?:me|us|the\s+kids|him|her)\b", ABUSE, 1.0),
    # Round thirty-three: the same typed without the apostrophe, "said hed kill me" (not a garden shed).
    (r"(?<!\bthe\s)(?<!\ba\s)(?<!\bmy\s)(?<!\bour\s)(?<!\bgarden\s)\b(?:hed|shed|theyd)\s+(?:kill|hurt|hit|stab|batter|strangle|throttle|murder)\s+(?:me|us|the\s+kids)\b", ABUSE, 1.0),
    (r"\bthreaten(?:s|ed|ing)?\s+(?:to\s+(?:kill|hurt|stab|hit|burn|take\s+the\s+kids)|me|us)\b", ABUSE, 1.0),
    (rf"\b{_HARM_NOW}\s+{_OTHER}\b", ABUSE, 1.0),
    (r"\b(?:he|she|they)(?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to|'s\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+said\s+(?:he|she|they)(?:'d|'ll|\s+would|\s+will))\s+(?:beat|batter|smash|jump|get|find|sort|use\s+(?:it|a\s+knife|the\s+knife|that)\s+on)\s+(?:me|us)\b", ABUSE, 1.0),
    (r"\b(?:going\s+to|gonna|'ll|will)\s+(?:burn|torch|set\s+fire\s+to)\s+(?:the|my|our)\s+(?:house|flat|car|place|home)\b"
     # "one of them said they'd torch the car, the one with the ramp".
     r"|\b(?:(?:he|she|they|someone|somebody|one\s+of\s+them)(?:'d|\s+would)|theyd)\s+(?:burn|torch|petrol[\s-]?bomb|fire[\s-]?bomb|set\s+(?:fire|light)\s+to)\s+(?:the|my|our|your)\s+(?:\w+\s+)?(?:house|flat|car|van|home|front\s+door|door|shed|shop)\b", ABUSE, 1.0),
    (r"\b(?:scared|afraid|frightened|terrified|petrified|worried)\s+(?:that\s+)?(?:he|she|they)(?:'ll|\s+will|\s+might|\s+would|'d|\s+is\s+going\s+to|'s\s+going\s+to)\s+(?:find|come|hurt|kill|get|turn\s+up|take|do)\b", ABUSE, 1.0),
    (r"\b(?:scared|afraid|frightened|terrified)\s+of\s+what\s+(?:he|she|they)(?:'ll|\s+will|\s+might|'d|\s+would)\s+do\b", ABUSE, 1.0),
    (r"\b(?:don'?t|do\s+not|never)\s+feel\s+safe\s+(?:at\s+home|in\s+my\s+(?:own\s+)?(?:home|house|flat|room)|with\s+(?:him|her|them)|around\s+(?:him|her|them))\b|\bnot\s+safe\s+in\s+my\s+(?:own\s+)?(?:home|house|flat|room|bed)\b", ABUSE, 1.0),
    (r"\b(?:strangl|chok|throttl)(?:ed|es|ing)\s+me\b", ABUSE, 1.0),
    (r"\b(?:comes?|came|coming|gets?|got|creeps?)\s+into\s+(?:my|our)\s+(?:room|bed)\s+(?:at\s+night|when|while|after)\b", ABUSE, 1.0),
    (r"\b(?:comes?|came|coming|gets?|got|creeps?)\s+into\s+(?:my|our)\s+(?:room|bed)\b", ABUSE, 0.6),
    (r"\b(?:makes?|made|tells?|told)\s+me\s+(?:to\s+)?keep\s+(?:it\s+a\s+)?secrets?\b|\b(?:says|said|tells|told)\s+(?:me\s+)?(?:not\s+to|I\s+(?:can'?t|mustn'?t|shouldn'?t))\s+tell\b", ABUSE, 0.6),
    (r"\bI'?m\s+(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b[^.!?\n]{0,40}\b(?:boyfriend|girlfriend|bf|gf|he|she|him|man|guy)\b[^.!?\n]{0,12}\b(?:is|'s|was)\s+(?:1[89]|[2-9]\d)\b", EXPLOITATION, 1.0),
    (r"\b(?:not\s+allowed|isn'?t\s+allowed|banned|barred)\s+(?:near|to\s+(?:come|go)\s+near|to\s+contact|from\s+contacting)\b|\bbreach\w*\s+(?:his|her|the|their)\s+(?:order|injunction|bail)", ABUSE, 0.6),
    (r"\bkeeps?\s+(?:turning|showing)\s+up\s+(?:at|outside)\s+(?:the|my|our)\s+(?:house|door|flat|work|school|place)\b|\bbanging\s+on\s+(?:the|my|our)\s+(?:door|windows?)\b", ABUSE, 0.6),
    (rf"\b(?=(?:keeps?|been|is|he'?s|she'?s)\s+following\s+me\b){_NOT_A_PERSON}(?:keeps?|been|is|he'?s|she'?s)\s+following\s+me\b|\bstalk(?:s|ed|ing)\s+me\b", ABUSE, 0.6),
    (r"\b(?:keeps?\s+)?send(?:s|ing)?\s+me\s+(?:threats|threatening)\b|\bthreatening\s+(?:messages|texts|calls|letters)\b", ABUSE, 0.6),
    (r"\b(?:keeps?|kept|hides?|hid|hidden|hiding|sleeps?\s+with|bought|got|carry|carries)\s+(?:a|the)\s+(?:knife|blade|gun|weapon|bat|machete)\b", ABUSE, 0.6),
    (r"\b(?:going\s+to|gonna|will|'ll)\s+use\s+it\b", THREAT, 0.5),
    (r"\b(?:shouts?|screams?|swears?)\s+at\s+me\b|\bcalls?\s+me\s+(?:names|useless|stupid|fat|ugly|worthless|a\s+(?:slag|whore|bitch|waste))\b|\bputs?\s+me\s+down\b", ABUSE, 0.4),
    (r"\bunexplained\s+(?:injur\w+|bruis\w+|marks|burns|fractures?)\b", ABUSE, 0.8),
    (r"\bflinch\w*\b|\b(?:says|said)\s+(?:she|he)\s+(?:\"|')?fell\b", ABUSE, 0.4),
    (r"\b(?:kids|children|baby|toddler|little\s+ones|my\s+(?:brother|sister|son|daughter))\b[^.!?\n;]{0,25}\b(?:left|home)\s+(?:alone|on\s+(?:their|his|her)\s+own|by\s+themselves|unsupervised)\b", ABUSE, 0.8),
    (r"\bno\s+food\s+in\s+(?:the|our)\s+(?:house|flat|home)\b|\b(?:kids|children|baby)\s+(?:are|is|go|went)\s+hungry\b", ABUSE, 0.4),
    # Coercive control: usually several small signs together.
    (r"\bwon'?t\s+let\s+me\s+(?:go|leave|see|have|out|talk|speak|use|work)\b", COERCIVE, 0.6),
    (r"\b(?:takes?|took|taking|keeps?|kept)\s+my\s+(?:phone|bank\s+card|card|money|keys|passport|wages|benefits)\b", COERCIVE, 0.6),
    (r"\b(?:checks?|checking|tracks?|tracking|reads?|reading|goes\s+through|going\s+through)\s+my\s+(?:phone|messages|texts)\b", COERCIVE, 0.6),
    (r"\bcontrols?\s+(?:everything|all\s+my|my\s+money|what\s+I|where\s+I|who\s+I)\b", COERCIVE, 0.6),
    (r"\bcontrol(?:s|led|ling)?\s+(?:the|my|all\s+the|all\s+my|our)\s+(?:money|finances|bank|cards?|benefits|wages|phone)\b", COERCIVE, 0.6),
    (r"\b(?:have|has|got)\s+to\s+ask\s+(?:him|her|them)\s+(?:for|before|if|permission)\b", COERCIVE, 0.5),
    (r"\b(?:goes|go|went|gets|get)\s+(?:mad|mental|crazy|ballistic|angry|nasty|violent|off\s+on\s+one)\s+(?:if|when|whenever)\s+I\b", COERCIVE, 0.5),
    (r"\b(?:tracks?|tracking|monitors?|monitoring|watches|checks?|checking)\s+(?:where\s+I|who\s+I|my\s+location|my\s+bank|my\s+emails)\b", COERCIVE, 0.6),
    (r"\b(?:takes?|took|taking|keeps?|kept|has|holds?|holding)\s+my\s+(?:passport|id|documents|papers|visa|birth\s+certificate)\b", EXPLOITATION, 1.0),
    (r"\b(?:takes?|took|taking|keeps?|kept)\s+(?:my\s+)?(?:pension|benefits|wages|pip|universal\s+credit|money)\s+off\s+me\b|\b(?:takes?|took|taking)\s+my\s+(?:pension|benefits|wages|pip)\b", COERCIVE, 0.6),
    (r"\bwon'?t\s+let\s+me\s+leave\s+the\s+(?:house|flat)\b", COERCIVE, 0.6),
    (r"\bkicks?\s+off\b|\bkicked\s+off\b", COERCIVE, 0.4),
    (r"\b(?:says|said|accuses|accused)\s+(?:me\s+of\s+|i'?m\s+|im\s+)cheating\b", COERCIVE, 0.4),
    (r"\bcan'?t\s+talk\s+(?:long|now|for\s+long)\b|\bbefore\s+(?:he|she)\s+gets\s+(?:back|home)\b|\b(?:he|she)\s+gets\s+(?:back|home)\s+at\b", COERCIVE, 0.4),
    (r"\b(?:walking\s+on\s+eggshells|isolat\w+\s+me\s+from)\b", COERCIVE, 0.6),
    (r"\block(?:s|ed)?\s+me\s+(?:in|out)\b", COERCIVE, 0.8),
    # Exploitation.
    (r"\b(?:county\s+lines|cuckoo(?:ed|ing)?|groom(?:ed|ing)|exploit(?:ed|ing|ation)|cce|cse|trafficked|trafficking|modern\s+slavery|debt\s+bondage)\b(?!\s+(?:the|my|his|her|a)\s+(?:dog|cat|horse|pony|puppy|beard|hair|pets?))", EXPLOITATION, 1.0),
    (r"\b(?:get|gets|getting|got)\s+(?:into|in)\s+cars?\s+w(?:ith|/)\s*(?:older|adult|men|males|lads|strangers)\b", EXPLOITATION, 0.8),
    (r"\bolder\s+(?:males|men|boys|lads|guys)\b", EXPLOITATION, 0.4),
    (r"\bmissing\s+from\s+(?:home|care|school)\b|\bgoes\s+missing\b|\bwent\s+missing\b", EXPLOITATION, 0.5),
    (r"\b(?:makes?|made|making|forced|forcing)\s+(?:me|him|her|us)\s+(?:sell|carry|hold|deliver|sleep\s+with|have\s+sex|do\s+stuff|run(?!\s+(?:\d+\s+|extra\s+|ten\s+|twenty\s+)?(?:laps?|round|around|up\s+and\s+down|a\s+(?:lap|mile|marathon)|miles?|errands|drills|sprints|circuits|the\s+(?:bath|race|session|meeting|class|club|stall|tuck\s+shop))\b))\b", EXPLOITATION, 1.0),
    (r"\bowes?\s+(?:money\s+)?to\s+(?:dealers|them|the\s+lads|people)\b", EXPLOITATION, 0.6),
    # Round forty: "owes" too, and the word in scare quotes ("he 'owes' them").
    (r"(?:['‘\"“]|\b)owes?['’\"”]?\s+(?:them|him|the\s+lads|dealers|some\s+people|people)\b", EXPLOITATION, 0.5),
    (r"\bwork\s+(?:it|the\s+debt|that|the\s+money)\s+off\b|\bor\s+else\b", EXPLOITATION, 0.4),
    (r"\b(?:deal|dealing|sell|selling|cook|cooking)\s+(?:drugs\s+)?(?:from|out\s+of|in)\s+(?:my|her|his|their|the)\s+(?:flat|house|place|home)\b", EXPLOITATION, 1.0),
    (r"\b(?:taken|took|take)\s+over\s+(?:my|her|his|their)\s+(?:flat|house|place|home)\b", EXPLOITATION, 1.0),
    (r"\b(?:come|comes|coming|came|use|uses|using)\s+(?:to\s+)?(?:my|her|his)\s+(?:flat|house|place)\s+(?:to\s+)?(?:deal|sell|cook|stash|bag\s+up|use)\b", EXPLOITATION, 1.0),
    (r"\b(?:deal|dealing|sell|selling)\s+(?:drugs\s+)?(?:from|out\s+of)\s+(?:it|there|here)\b", EXPLOITATION, 0.6),
    (r"\bcan'?t\s+get\s+them\s+(?:to\s+leave|out)\b|\bwon'?t\s+leave\s+my\s+(?:flat|house|place)\b", EXPLOITATION, 0.5),
    (r"\b(?:given|gave|give|gives)\s+(?:me|him|her)\s+a\s+(?:phone|burner)\b|\bgiven\s+a\s+(?:phone|burner)\s+by\b|\b(?:burner|trap|graft|line|work)\s+phone\b", EXPLOITATION, 0.6),
    (r"\b(?:has|have|got)\s+to\s+answer\s+(?:it|the\s+phone)\b", EXPLOITATION, 0.4),
    (r"\b(?:if|unless)\s+I\s+(?:do|did)\s+(?:stuff|things|favours|favors|bits|jobs)\s+for\s+(?:him|them|her|his\s+mates)\b", EXPLOITATION, 0.8),
    (r"\b(?:man|men|guy|bloke|lads?|older\s+\w+)\s+who\s+(?:gives|buys|lets|pays)\s+me\b", EXPLOITATION, 0.4),
    (r"\b(?:pick|picks|picked|picking)\s+(?:me|him|her)\s+up\s+(?:from\s+school|from\s+college|after\s+school|in\s+(?:a|their|his)\s+cars?)\b", EXPLOITATION, 0.4),
    (r"\b(?:give|gives|gave|giving|buy|buys|bought)\s+(?:me|him|her)\s+(?:weed|drugs|alcohol|vodka|booze|money|cash|phones?|trainers|gifts|presents)\b", EXPLOITATION, 0.5),
    (r"\b(?:makes?|made|making|forced|forcing)\s+(?:me|him|her)\s+(?:hold|keep|stash|move)\s+(?:stuff|things|drugs|gear|packages|it)\b", EXPLOITATION, 1.0),
    (r"\b(?:sleep|sleeping|live|living)\s+(?:at|in)\s+(?:the|my)\s+(?:car\s+wash|nail\s+bar|factory|farm|restaurant|kitchen|warehouse)\b", EXPLOITATION, 0.4),
    (r"\bcan'?t\s+leave\b", COERCIVE, 0.4),
    # Threats to others.
    (r"\b(?:going\s+to|gonna|want\s+to|will|i'?ll)\s+(?:kill|stab|batter|hurt|smash)\s+(?:him|her|them|someone|somebody|my\s+\w+)\b", THREAT, 1.0),
    (r"\b(?:beat|batter|kick)\s+(?:me|us)\s+(?:up|in)\b", ABUSE, 1.0),
    (r"\b(?:carry|carrying|carries|got|have)\s+a\s+(?:knife|blade|weapon|gun)\b", THREAT, 0.8),
])

# A cue whose words only name a subject; it counts only outside talk about that subject.
_TOPIC = re.compile(
    r"(?:suicid\w*|self[\s-]?harm\w*|domestic\s+(?:abuse|violence)|dv|abus\w*|sexual\w*\s+(?:abus\w*|assault\w*)|"
    r"county\s+lines|cuckoo\w*|groom\w*|exploit\w*|cce|cse|traffick\w*|modern\s+slavery|debt\s+bondage|"
    r"overdos\w*|(?:non-?fatal\s+)?strangulation|missing\s+from\s+\w+|forced\s+(?:to\s+marry|marriage)|unaliv\w*|dignitas|assisted\s+(?:dying|suicide)|euthanasia|loan\s+shark|purging|fgm|female\s+genital\s+\w+)",
    re.IGNORECASE,
)
# Talk about a subject rather than something happening: training, policy, group topics,
# media. Once one appears in a sentence, the topic words after it are that talk.
_TALK_BEFORE = re.compile(
    r"\b(?:(?:training|trained|courses?|sessions?|workshops?|talks?|presentations?|modules?|seminars?|lectures?|webinars?|"
    r"leaflets?|posters?|policy|policies|procedures?|guidance|documentary|film|movie|programme|program|"
    r"books?|briefings?|article|podcast|video|episode|series|campaign|play|research|e-?learning|toolkit|quiz|refresher|bit|part|section|"
    r"assembly|assemblies|input|lesson|class|"
    r"stuff|info|information|reading|dissertation|essay|thesis|assignment|story|stories|novels?|poems?|scripts?|songs?|lyrics|raps?|"
    r"coursework|homework|storyline|plot|questions?|(?:writing\s+)?piece)"
    r"(?:\s+\S+){0,6}?\s+(?:was\s+|is\s+|were\s+|are\s+|has\s+been\s+)?(?:all\s+)?(?:on|about|around|covering|regarding|re|into|in|for|of|where|in\s+which)\b"
    r"|covered|cover|covers|covering|discussed|discuss|discussing|talked\s+about|talk\s+about|talking\s+about|"
    r"learn(?:ed|t|ing)?\s+about|read(?:ing)?\s+about|heard\s+about|watched|watching|reflected\s+on|reflect\s+on|"
    r"trained\s+in|topics?|subjects?|agenda|respond(?:ing)?\s+to|awareness\s+of|spotting|recognising|recognizing|"
    r"(?:all\s+)?staff\s+(?:must|should|will|need\s+to)|must\s+(?:be\s+)?report(?:ed)?|should\s+(?:be\s+)?report(?:ed)?|"
    r"report\s+(?:any|all)|policy\s+update|reviewed|approved|lessons?\s+learn(?:ed|t)|case\s+review)\b|"
    r"\b(?:update|reminder|policy|procedure|reflection|learning):|"
    # "the facilitator took us through the signs of grooming"; "we always ask about self-harm now".
    r"\b(?:trainers?|facilitators?|speakers?|presenters?|tutors?|lecturers?|she|he|they)\s+(?:walked|talked|took|takes|walks|talks|ran|runs|went)\s+(?:us|everyone|the\s+(?:group|team|room|class))\s+through\b|"
    # Round forty: ...and what a worker has to ask about ("First contact, I have to ask about self-harm").
    r"\b(?:we|staff|workers|the\s+team|call\s+handlers|volunteers|I)\s+(?:still\s+|always\s+|now\s+|also\s+|routinely\s+|do\s+|must\s+|should\s+|have\s+to\s+|had\s+to\s+|need\s+to\s+|'ve\s+got\s+to\s+|got\s+to\s+|'m\s+meant\s+to\s+|am\s+meant\s+to\s+|'m\s+supposed\s+to\s+|am\s+supposed\s+to\s+)*ask\s+(?:(?:people|callers|everyone|every\s+\w+|them|clients|patients)\s+)?(?:directly\s+|straight\s+|openly\s+)?about\b|"
    # Round thirty-three: a session that practised the asking: "we went through how to ask
    # directly about suicide". Not "I don't know how to ask", nor "showed me how to" do it.
    r"\b(?:(?:went|go|goes|going|walked|talked)\s+(?:\w+\s+)?through|practi[sc]\w*|learn\w*|taught|teach\w*|"
    r"show\w*\s+(?:us|them|everyone|the\s+(?:group|team|staff|volunteers|class))|explain\w*)\s+how\s+to\s+"
    r"(?:ask|talk|raise|bring\s+up|broach|respond|open\s+up|spot|recognise|recognize|start\s+a\s+conversation)\b|"
    # "the training this morning, it was the county lines one".
    r"\b(?:training|session|course|module|talk|workshop|briefing|refresher|input|assembly|lesson)\b[^.!?\n]{0,40}?\b(?:was|is)\s+(?:the|a|an)\s+$|"
    # Round forty: a history of it, quoted as a record names it ("sees 'history of self-harm' on the form").
    r"['‘\"“](?:a\s+|the\s+)?(?:history|hx|h/o)\s+of\s+(?:previous\s+|past\s+)?$|"
    # Round thirty-nine: the word itself, named ("never been taught to say the word suicide out loud").
    r"\b(?:the|that|this)\s+(?:very\s+|actual\s+)?words?\s+['‘\"“]?$",
    re.IGNORECASE,
)
_TALK_AFTER = re.compile(
    # Round forty: "suicide bereavement service", "suicide-intervention refresher".
    r"(?:\s+(?:and|&|or)\s+[\w-]+(?:\s+[\w-]+){0,2}|/[\w-]+)?(?:[\s-]+(?:intervention|first[\s-]+aid|alertness|response|bereavement|postvention|prevention))?[\s-]+(?:awareness|prevention|training|policy|policies|helplines?|lines?|services?|team|lead|charity|"
    # Round forty-two: "went straight into suicide risk questions".
    r"charities|survivors?|risk\s+assessment|risk\s+(?:questions?|screen(?:ing)?|checks?|tools?|scales?)|assessments?|module|course|workshop|week|month|day|leaflets?|"
    r"strategy|forum|network|panel|specialists?|officers?|champions?|refuges?|awareness|procedures?|"
    r"protocol|screening|pathway|research|statistics|figures|rates?|law|laws|legislation|act|dissertation|essay|unit|"
    r"refresher|update|briefing|e-?learning|documentary|film|programme|drama|series|podcast|section|slides|chapter|"
    r"talks?|input|assembly|lesson|class|sessions?|briefings?|one\s+(?:with|from|by|run\s+by))\b"
    # "They did consent and self-harm in PSHE this week."
    r"|\s+in\s+(?:PSHE|PSHCE|PSHEE|PSE|RSE|RSHE|citizenship|assembly|form\s+time|tutor\s+time|(?:a|the|our|their|his|her)\s+(?:lesson|class|session|workshop|assembly))\b",
    re.IGNORECASE,
)
# Seen on the news ("saw on the local news someone got stabbed") or on a feed anyone can
# watch ("saw on tiktok the lad who got stabbed..."). What follows is someone else's harm,
# unless it is aimed at the teller: "saw on insta he said he'd batter me" is a threat (see
# _AT_TELLER); a private message is not a feed at all.
_FEED = re.compile(
    r"\b(?:saw|seen|heard|read|watched)\s+(?:it\s+|a\s+(?:video|clip|post)\s+)?(?:on|in)\s+(?:the\s+(?:local\s+)?(?:news|paper|papers|telly)|"
    r"tiktok|tik\s+tok|youtube|twitter|instagram|insta|reddit|facebook|fb|nextdoor|social\s+media|the\s+internet|online|"
    r"the\s+(?:local|community|village|estate)\s+(?:facebook\s+)?(?:group|page)|the\s+facebook\s+(?:group|page))\b",
    re.IGNORECASE,
)
# The news told of in the same sentence as the harm: "it was all over the news", "a story in
# the paper about the care home where...". Narrower than _NEWS: a worker's "she reported
# that..." or a form signed ("made her sign papers") is not the news.
_MEDIA = re.compile(
    r"\b(?:the\s+(?:local\s+|national\s+|evening\s+)?news|news\s+(?:reports?|stor(?:y|ies)|items?|articles?)|"
    r"(?:the|a)\s+(?:local\s+)?(?:newspaper|paper|papers)\b(?!\s+(?:round|work|cut|form|towels?|plates?|bags?))|headlines?|"
    r"all\s+over\s+(?:the\s+)?(?:local\s+|community\s+|village\s+|estate\s+)?(?:news|papers|facebook|fb|social\s+media|the\s+internet|tiktok|twitter)|"
    r"on\s+(?:the\s+)?(?:telly|tv|radio)|police\s+(?:are|were)\s+(?:investigating|appealing))\b",
    re.IGNORECASE,
)
# The teller or their own people in the words of a cue or just before it: a threat or harm
# aimed at them, not a story about someone else.
_AT_TELLER = re.compile(r"\b(?:I|me|my|myself|mine|we|us|our|ours)\b", re.IGNORECASE)
# Those a service is for, named as a group: "a peer chat for young people who self-harm".
# "I'm one of those people who self-harm" is a disclosure again.
_GROUP_WHO = re.compile(
    r"\b(?:people|young\s+people|adults|women|men|girls|boys|lads|kids|children|teens|teenagers|students|pupils|clients|"
    r"patients|residents|tenants|families|survivors|parents|carers|veterans|those|others|anyone|anybody|folk)\s+"
    r"(?:who|that)\s+(?:have\s+|'ve\s+|are\s+|were\s+|had\s+|may\s+|might\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ONE_OF = re.compile(r"\bone\s+of\b", re.IGNORECASE)
# Someone else's report of events: the news, the papers, a police appeal.
_NEWS = re.compile(
    r"\b(?:the\s+news|news\s+(?:reports?|stor(?:y|ies)|items?|articles?)|(?:local\s+)?(?:paper|papers|newspapers?)|headlines?|on\s+(?:the\s+)?(?:telly|tv|radio)|"
    r"reported\s+(?:that|on)|police\s+(?:are|were)\s+(?:investigating|appealing)|investigating\s+reports)\b",
    re.IGNORECASE,
)
# "What to do if someone tells you..." is a question about a case, not a case.
_HYPOTHETICAL = re.compile(
    r"\b(?:(?:all\s+)?staff\s+(?:must|should|will|need\s+to)|must\s+(?:be\s+)?report(?:ed)?|should\s+(?:be\s+)?report(?:ed)?|"
    # Round thirty-five: the question asked either way round ("what would we do if...").
    r"what\s+(?:to\s+do|would\s+(?:you|we|they|I|staff)\s+do|should\s+(?:I|we|you|they|staff)\s+do|do\s+(?:you|we)\s+do|(?:I|we)(?:'d|\s+would|\s+should)\s+do|happens|would\s+happen)\s+if|"
    r"how\s+(?:to|do\s+you|would\s+you|should\s+we|we)\s+(?:respond|support|help|react|spot|recognise|recognize)|"
    r"if\s+(?:someone|somebody|anyone|anybody|(?:a|an|one\s+of\s+(?:my|our|the))\s+(?:\w+\s+)?(?:person|client|young\s+person|child|kid|pupil|student|service\s+user|friend|"
    r"resident|tenant|patient|member|learner|customer|volunteer|colleague|neighbour|parent|guest|caller|lad|girl)s?(?:\s+ever)?)"
    # ...wherever they are: "if someone at the gate said...", "if somebody on the phone says...".
    r"(?:\s+(?:at|on|in|from|off)\s+(?:the|a|our|reception)(?:\s+\w+)?)?"
    # Round forty: "ever" after the place too ("if anyone at the hostel ever said...").
    r"(?:\s+ever)?\s+(?:tells|told|says|said|discloses|disclosed|mentions|is|was|were|feels|talks))\b|"
    # Whoever the one imagined telling me is: "if a claimant told me tomorrow they were planning...".
    r"\bif\s+(?:a|an|one\s+of\s+(?:my|our|the))\s+(?:[\w-]+\s+)?[\w-]+(?:\s+ever)?\s+(?:tells|told|says|said|discloses|disclosed|mentions|mentioned|admits|admitted)\s+(?:me|us|you|them|staff)\b|"
    # "Say someone came in who was thinking of ending it": an imagined person.
    r"\b(?:say|imagine|suppose|supposing|what\s+if)\s+(?:someone|somebody|a\s+person|a\s+\w+|you)\s+(?:came|comes|walked|walks|was|were|is|rang|rings|turned|turns|had|has|went|goes|"
    # Round thirty-nine: ...or told you ("what if someone tells you at five on a Friday...").
    r"tells|told|says|said|texts|texted|messages|messaged|mentions|mentioned|discloses|disclosed)\b|"
    # A programme about it: "did you see that programme about the care home where...".
    r"\b(?:see|saw|seen|watch|watched|watching)\s+(?:that|the|a|this|last\s+night'?s)\s+(?:\w+\s+)?(?:programme|program|documentary|drama|film|episode|panorama|dispatches|exposé|expose|series)"
    r"(?:\s+(?:last\s+night|yesterday|at\s+the\s+weekend|on\s+(?:the\s+)?(?:telly|tv|bbc|itv|channel\s+\w+|netflix|iplayer)))?\s+(?:about|on|where|with|that)\b|"
    # What others suppose of a whole group: "people assume we're all trafficked".
    r"\b(?:people|everyone|everybody|they|some\s+people|folk)\s+(?:assume|think|reckon|presume|expect|say)\s+(?:that\s+)?(?:we'?re|we\s+are|we\s+all|all\s+of\s+us|all\s+us)\b|"
    # Made-up cases in training: "Trainer used case studies: a man tracking his partner...".
    r"\b(?:case\s+stud(?:y|ies)|scenarios?|role[\s-]?play(?:s|ed|ing)?|vignettes?)\b|"
    # ...and a part played in one: "I played the part of a caller who...".
    r"\b(?:play|plays|played|playing)\s+the\s+(?:part|role)\s+of\b|"
    # Round forty-two: a review of a death or a case elsewhere, read as a team ("went through a
    # coroner's report from another part of the country, where a man...").
    r"\b(?:coroner'?s|inquest|serious\s+case|safeguarding\s+adults?|domestic\s+homicide|child\s+safeguarding\s+practice|learning|prevention\s+of\s+future\s+deaths)\s+"
    r"(?:report|review)s?\s+(?:from|about|into|on|of|where|in\s+which)\b|"
    # Words an actor speaks in training: "we listened to an actor saying 'I don't want to be here'".
    r"\b(?:an?|the)\s+(?:actors?|actress|role-?players?|mock\s+caller|training\s+(?:video|film|recording))\b|"
    # Round forty-one: ...or a recording a trainer plays ("the facilitator played us a clip of a
    # caller saying..."), and a hypothetical put about someone ("a hypothetical where a client says...").
    r"\b(?:trainers?|facilitators?|tutors?|lecturers?|presenters?|speakers?|instructors?)\s+(?:played|plays|showed|shows|put\s+on)\s+(?:us\s+|the\s+(?:group|room|team|class)\s+)?"
    r"(?:a|an|the|some|this|that)\s+(?:\w+\s+)?(?:recordings?|clips?|videos?|films?|tapes?|audio)\b|"
    r"\b(?:a|the|this|that)\s+hypothetical(?:\s+(?:case|scenario|situation|example|question|call|client|caller))?\s+(?:where|in\s+which|about|of|that|when)\s+"
    r"(?:someone|somebody|anyone|anybody|a\s+person|a\s+\w+|an\s+\w+|the\s+\w+|they|he|she)\b|"
    # A record quoted, not a disclosure: "They wrote 'expressed suicidal ideation' in my notes".
    r"\b(?:wrote|written|put|recorded|logged|noted)\s+['‘\"][^'’\"]*$|"
    # Round thirty-nine: ...or what a record still says ("her file still says 'high risk of self-harm'").
    r"\b(?:record|records|file|notes|referral|letter|system|paperwork)\s+(?:still\s+)?(?:says|said|say|reads|read|states|stated|lists|listed|has|had)\s+(?:her|him|them|me|it)?\s*(?:as\s+)?['‘\"“][^'’\"”]*$|"
    # What others assume: "Everyone assumes because I'm in a refuge that he hit me."
    r"\b(?:everyone|everybody|people|folk)\s+(?:assumes?|assumed|presumes?|presumed)\b|"
    # What is said of a whole group: "makes it sound like every lad carries a blade", "most
    # of these kids are groomed into it".
    r"\bmakes?\s+it\s+(?:sound|look|seem)\s+(?:like|as\s+if)\b|\bevery\s+(?:lad|kid|child|young\s+person|girl|boy)\s+(?:on|in|at|from)\b|"
    r"\b(?:most|many|all|lots|some|a\s+lot)\s+of\s+(?:these|those|the|them|our)\s+(?:kids|young\s+people|lads|girls|boys|children|victims)\b|"
    # The second person of anyone, in talk about a service: "having to say you're suicidal to get seen".
    r"\b(?:say|said|saying|tell\s+(?:them|people|the\s+\w+)|claim|claiming|pretend|pretending|admit|admitting)\s+(?:that\s+)?(?:you'?re|you\s+are|you\s+were|you'?ve\s+been)\s+(?:\w+\s+)?$|"
    r"\b(?:unless|until|till)\s+(?:you'?re|you\s+are)\s+(?:\w+\s+)?$|"
    # What did not happen: "If they'd pushed me in month one I'd have bolted".
    r"\bif\s+\w+(?:'d|\s+had)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A person right before a topic word makes it a disclosure again ("I self-harm", "my self-harm").
_ANCHOR = re.compile(
    r"^(?:I|I'?m|Im|I'?ve|Ive|me|my|he|she|he'?s|she'?s|his|her|they'?re|their|feel|feeling|been|"
    r"possible|suspected|suspect|likely|concerns?|disclosed|disclosure|ongoing|current|active|risk|re)$",
    re.IGNORECASE,
)

_SENT_ON = re.compile(r"^(?:me|him|her|us|them)$", re.IGNORECASE)
_ONTO = re.compile(r"^(?:on|onto)$", re.IGNORECASE)


def _in_list(sentence: str, start: int, end: int) -> bool:
    """Return True for a bare item in a list of subjects ("Abuse, overdose, prison, all of it")."""
    if sentence.count(",") < 2:
        return False
    left = max(sentence.rfind(",", 0, start), sentence.rfind(":", 0, start), sentence.rfind(" - ", 0, start) + 1, sentence.rfind(" – ", 0, start) + 1)
    right = min([i for i in (sentence.find(",", end), sentence.find(":", end)) if i >= 0] or [len(sentence)])
    item = re.sub(r"^\s*(?:and|or|&)\s+|\s+(?:and|or|&)\s.*$", "", sentence[left + 1 : right].strip())
    return len(item.split()) <= 3


# Someone was asked whether they had such thoughts: the answer decides, not the question.
# "The doctor asked if I'd ever thought about...", "I asked her straight out about thoughts
# of ending her life", a worker's note "Asked directly re thoughts of self-harm - clear no".
_ASKED = re.compile(
    r"\b(?:ask|asks|asked|asking)\s+(?:me\s+)?(?:\w+\s+){0,3}?(?:if|whether)\s+I(?:'d|\s+had|\s+have|'ve|\s+was|'m|\s+am)?\s+(?:ever\s+|any\s+)?"
    r"(?:thought|think|thinking|felt|feel|considered|had|having|been|wanted|made|make|making)\b|"
    r"\b(?:ask|asks|asking|asked)\s+(?:\w+\s+){0,3}?(?:if|whether)\s+(?:somebody|someone|a\s+person|people|anyone|anybody|they)\s*(?:is|are|was|were|has|have|'s|'re)\s+(?:\w+\s+){0,2}?(?:thinking|thoughts|considering|hurting|harming|hitting)\b|"
    # The question ends right before the cue: "keeps asking if anyone's [hurting me]".
    r"\b(?:ask|asks|asking|asked)\s+(?:\w+\s+){0,3}?(?:if|whether)\s+(?:somebody|someone|anyone|anybody|they|I)\s*(?:is|are|was|were|'s|'re|'m|am)?\s*(?:ever\s+|still\s+)?$|"
    r"\b(?:ask|asks|asking|asked)\b[^.!?\n]*\b(?:is|are|has)\s+(?:anybody|anyone|somebody|someone)\s*$|"
    r"\b(?:ask|asks|asking|asked)\b[^.!?\n]{0,40}?\b(?:if|whether)\s+(?:somebody|someone|anyone|anybody)"
    r"(?:\s+(?:at|in)\s+(?:home|the\s+house|the\s+family|the\s+flat|my\s+life|her\s+life|his\s+life|their\s+life))?"
    r"\s*(?:is|are|was|were|'s|had\s+been|has\s+been|have\s+been)?\s*(?:ever\s+|still\s+)?$|"
    r"\basked\s+(?:(?:her|him|them|(?:mr|mrs|ms|miss|dr)\.?\s+\w+(?:\s+\w+)?|the\s+\w+)\s+)?(?:\w+\s+){0,3}?(?:about|(?:if|whether)\s+(?:she|he|they)(?:'d|\s+had|\s+has|\s+was|\s+is|\s+were)(?:\s+had)?)\s+(?:any\s+)?(?:thoughts|feelings|plans)\s+(?:of|about)\b|"
    r"\basked\s+(?:(?:her|him|them)\s+)?(?:directly\s+|straight(?:\s+out)?\s+|outright\s+)?(?:re|about|regarding)\s+(?:any\s+)?(?:thoughts|feelings|plans|ideas)\s+(?:of|about)\b|"
    # Round forty: the second of the questions put ("keep asking me is anyone hurting me, am I going to...").
    r"\b(?:ask|asks|asked|asking)\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?(?:\w+\s+){0,2}?(?:is|are|am|do|did|have|has|will|would|was|were)\s+(?:I|you|anyone|anybody|someone|somebody|he|she|they)\b"
    r"[^.!?\n]*,\s*(?:and\s+|or\s+)?(?:is|are|am|do|did|have|has|will|would|was|were)\s+(?:I|you|he|she|they)\s+$|"
    # The question in its own words: "People always ask did you ever think about ending it".
    r"\b(?:ask|asks|asked|asking)\s+(?:me\s+|us\s+)?(?:\w+\s+){0,2}?['‘\"“]?(?:did|do|have|had|were|are|would)\s+(?:you|I)\s+(?:ever\s+)?(?:\w+\s+)?(?:to\s+)?$",
    re.IGNORECASE,
)
_SAID_YES = re.compile(
    r"\b(?:said|says|told\s+(?:me|her|him|them)|answered|admitted)\s+(?:yes|yeah|I\s+had|I\s+have|I\s+do|I\s+was|"
    r"(?:she|he|they)\s+(?:had|has|does|did|was)|that\s+(?:I|she|he|they)\s+(?:had|have|has|was))\b",
    re.IGNORECASE,
)
_SAID_YES_NEXT = re.compile(
    r"\s*(?:(?:he|she|they)\b[^.!?\n]{0,40}?\b)?(?:said|says|answered|replied|admitted|told\s+(?:me|us|her|him))\s+['‘\"“]?(?:yes|yeah|yep|"
    r"(?:she|he|they)\s+(?:had|has|have|does|did|was|is)\b(?!\s*n'?t|\s+not|\s+never)|that\s+(?:she|he|they)\s+(?:had|has|have|was)\b(?!\s*n'?t|\s+not|\s+never))\b",
    re.IGNORECASE,
)
# A question put straight and answered no, after the words that prompted it: "I did still ask
# her straight, and she said 'god no, I'm just dramatic'". It sets aside the thoughts of dying
# or self-harm told before it (not harm by others), wherever in the text the words came.
_DENIED = re.compile(
    r"\b(?:ask|asks|asked|asking|checked)\s+(?:(?:her|him|them|me)\s+)?(?:\w+\s+){0,2}?"
    r"(?:straight|directly|outright|if\s+(?:she|he|they|I)\s+(?:meant|means|was\s+serious|were\s+serious|had\s+(?:any\s+)?(?:thoughts|plans)))\b"
    r"[^.!?\n]{0,100}?\b(?:said|says|answered|replied|told\s+(?:me|us|her|him))\s+['‘\"“]?(?:god\s+|oh\s+|christ\s+|lord\s+|hell\s+|honestly\s+|good\s+(?:grief|god|lord|heavens)\s*,?\s+|goodness\s*,?\s+|gosh\s*,?\s+|heavens\s*,?\s+)?"
    r"(?:no|nope|not\s+at\s+all|definitely\s+not|of\s+course\s+not|absolutely\s+not)\b(?!\s+(?:one|way|longer|more|idea)\b)|"
    # Round thirty-nine: the question asked "plain" or whether he'd had thoughts, and the "no"
    # as the next sentence ("He laughed and said no, done with the Jobcentre"), with no "but" after it.
    r"\b(?:ask|asks|asked|asking|checked)\s+(?:(?:her|him|them)\s*,?\s+)?(?:\w+[\s,]+){0,2}?(?:straight|directly|outright|plain(?:ly)?|point[\s-]blank|"
    r"if\s+(?:she|he|they)\s+(?:meant|means|was\s+serious|were\s+serious)|(?:if|whether)\s+(?:she|he|they)(?:'d|\s+had|\s+has|\s+was|\s+were|\s+is)\s+(?:had\s+|been\s+)?(?:any\s+)?(?:thoughts|thinking|plans|considering))\b"
    r"[^.!?\n]{0,120}[.!?]\s+(?:(?:he|she|they)\b[^.!?\n]{0,40}?\b)?(?:said|says|answered|replied)\s+['‘\"“]?(?:god\s+|oh\s+|christ\s+|lord\s+|hell\s+|honestly\s+|good\s+(?:grief|god|lord|heavens)\s*,?\s+|goodness\s*,?\s+|gosh\s*,?\s+|heavens\s*,?\s+)?"
    r"(?:no|nope|never|not\s+at\s+all|definitely\s+not|of\s+course\s+not|absolutely\s+not)\b(?!\s+(?:one|way|longer|more|idea|to)\b)(?![^.!?\n]*\bbut\b)|"
    # ...and words the teller says were meant of a thing that can be ended ("said he wanted to
    # end it... He meant the tenancy").
    r"\b(?:he|she|they)\s+(?:only\s+|just\s+|actually\s+)?meant\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:tenancy|flat|house|lease|contract|job|course|placement|relationship|"
    r"marriage|engagement|friendship|membership|claim|subscription|agreement|college|uni|apprenticeship|volunteering|group|sessions|support|treatment|therapy|counselling|"
    r"case|appeal|complaint|business|band|team|season|training|studies|degree|benefits?)\b|"
    # A worker's note of the same: "Explored it with him gently: no thoughts of ending his life, no plan".
    r"\b(?:explored|discussed|assessed|checked|asked)\b[^.!?\n]{0,40}?[:,–-]\s*(?:(?:he|she|they)\s+)?(?:denies|denied|reports?\s+no|reported\s+no|has\s+no|had\s+no|no)\s+"
    r"(?:current\s+|active\s+|suicidal\s+)?(?:thoughts|intent|intention|plans?|ideation)\b|"
    # Round thirty: the same asked "as per the screen" and answered "says none", and words a
    # worker clarified: "clarified with her, she meant the ward food, no thoughts of ending her life".
    r"\b(?:explored|discussed|assessed|checked|asked|screened)\b[^.!?\n]{0,80}?[:,–-]\s*(?:(?:he|she|they)\s+)?(?:says|said|reports?|reported|states|stated)\s+(?:none|nil|neither)\b|"
    r"\b(?:clarified|checked\s+what\s+(?:she|he|they)\s+meant)\b[^.!?\n]{0,100}?[:,–-]\s*(?:(?:he|she|they)\s+)?(?:denies|denied|reports?\s+no|has\s+no|no)\s+"
    r"(?:current\s+|active\s+|suicidal\s+)?(?:thoughts|intent|intention|plans?|ideation)\b|"
    # Round thirty-one: the note's answer as the next sentence, "Asked her directly about suicidal
    # thoughts as per protocol. Clear no: no thoughts, no plans."
    r"\b(?:explored|discussed|assessed|checked|asked|screened)\b[^.!?\n]{0,100}?[.!?]\s+(?:(?:a\s+)?(?:clear|firm|definite|flat|straight|categorical)\s+no\b\s*[:,.;–-]?\s*|(?:(?:he|she|they)\s+)?(?:denies|denied)\s+(?:any\s+)?)"
    r"(?:no\s+)?(?:current\s+|active\s+|suicidal\s+)?(?:thoughts|intent|intention|plans?|ideation)\b",
    re.IGNORECASE,
)
_ASKED_ABOUT = frozenset({SUICIDAL, SELF_HARM})
# A "no" to whether someone is safe or coping is not a denial: it is the risk said aloud.
_SAFETY_ASKED = re.compile(r"\bsafe\b|\bok(?:ay)?\b|\balright\b|\ball\s+right\b|\bcop(?:e|ing)\b", re.IGNORECASE)
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking)\b", re.IGNORECASE)
# "any disclosure of self-harm": a kind of case, not this one.
_GENERIC = frozenset({"any", "every", "all", "each", "a"})


# The teller's own act just before a cue: "...I'll kill myself", "...I'm going to just end it".
_OWN_ACT = re.compile(r"\b(?:I'?ll|ill|I\s+will|I'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna))\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# Round forty: bruises the teller puts down, in the same sentence, to an accident or an animal
# ("I've got bruises all down my arm... but it was the cat, I went flying"), not what they
# told or were made to say ("I told the nurse I fell"), and not a push or a shove.
_BRUISES = re.compile(r"\b(?:bruis\w*|black\s+eyes?|marks)\b", re.IGNORECASE)
_OWN_ACCIDENT = re.compile(
    r"\b(?:it\s+was|that\s+was|they'?re\s+from|they\s+are\s+from|it'?s\s+from|that'?s\s+from)\s+(?:the|my|our|a)\s+(?:cat|dog|puppy|kitten|stairs|step|steps|kerb|curb|bath|frame|walker|door|fall|garden)\b"
    r"|\bI\s+(?:went\s+flying|fell|tripped|slipped|had\s+a\s+fall|walked\s+into|keep\s+falling|bruise\s+easily)\b",
    re.IGNORECASE,
)
_COVER_STORY = re.compile(
    r"\b(?:told|tell|tells|telling|said|say|says|saying|pretend\w*|make\s+out|made\s+out|claim\w*|supposed|meant|reckons?|he|she|they)\b[^.!?\n]{0,20}$|"
    r"\b(?:push|pushed|shoved|shove|grabbed|threw|thrown|knocked|tripped\s+me|made\s+me)\b",
    re.IGNORECASE,
)
# Round forty: "not safe at home" said of a person whose choice it is ("it's her choice, she's got capacity").
_NOT_SAFE_AT_HOME = re.compile(r"not\s+safe\s+at\s+home", re.IGNORECASE)
_CAPACITY = re.compile(
    r"\b(?:(?:she|he|they)(?:'s|\s+has|'ve|\s+have)\s+(?:got\s+)?(?:full\s+)?(?:mental\s+)?capacity|(?:it'?s|it\s+is|that'?s)\s+(?:her|his|their)\s+(?:own\s+)?choice)\b",
    re.IGNORECASE,
)


def _framed(sentence: str, start: int, end: int, following: str = "") -> bool:
    """Return True when the cue at start:end is talk about a subject, news or a hypothetical."""
    before = sentence[:start]
    if _BRUISES.search(sentence, start, end):
        accident = _OWN_ACCIDENT.search(sentence, end)
        if accident and not _COVER_STORY.search(sentence, end, accident.start()) and not _COVER_STORY.search(sentence, max(end, accident.start() - 25), accident.start()):
            return True
    if (_NOT_SAFE_AT_HOME.fullmatch(sentence[start:end]) and not re.match(r"\s+(?:with|because|cos|since|while|when|from)\b", sentence[end:])
            and _CAPACITY.search(sentence + " " + following)):
        return True
    # "I asked her if she had thoughts of ending it and she said yes" is not "if she had...".
    # Round thirty-nine: nor when the "yes" is the next sentence ("She said yes, most nights").
    said_yes = _SAID_YES.search(sentence, end) is not None or _SAID_YES_NEXT.match(following) is not None
    hypotheticals = list(_HYPOTHETICAL.finditer(before))
    # Round thirty-five: what the teller will do if someone says a thing is no imagined
    # person's words ("if someone says one more thing about me I'll kill myself").
    own = bool(hypotheticals and hypotheticals[-1].group().lower().startswith("if") and _OWN_ACT.search(before, hypotheticals[-1].end()))
    if hypotheticals and not own and not (_ASKING.search(before) and said_yes):
        return True
    if _ASKED.search(before) and not said_yes:
        return True
    # Harm to someone else, seen on a feed or told by the news: "saw on fb a lad got stabbed",
    # "after that lad got stabbed it was all over the news". Only the words after the feed (or
    # the cue's own clause) are read for the teller, so "I saw on the news" is not about me.
    feeds = list(_FEED.finditer(before))
    feed = feeds[-1] if feeds else None
    if feed is not None or _MEDIA.search(sentence):
        clause_start = max([m.end() for m in _CLAUSE_BREAK.finditer(before)] or [0])
        window = sentence[max(clause_start, feed.end() if feed is not None else 0) : end]
        if not _AT_TELLER.search(window):
            return True
    if not _TOPIC.fullmatch(sentence[start:end]):
        return False
    if _GROUP_WHO.search(before) and not _ONE_OF.search(before, max(0, start - 60)):
        return True
    words = [w.strip(",.;:()\"'") for w in before.split()[-3:]]
    for i, word in enumerate(words):
        # Round forty-one: one sent or booked on something ("booked me on suicide intervention
        # training") is the object of the sending, not the one the topic word is about.
        if i == len(words) - 2 and _SENT_ON.match(word) and _ONTO.match(words[-1]):
            continue
        if i >= len(words) - 2 and _ANCHOR.match(word) and not (i and words[i - 1].lower() in _GENERIC):
            return False
    return bool(
        _TALK_BEFORE.search(before)
        or _TALK_AFTER.match(sentence, end)
        or _NEWS.search(sentence)
        or _in_list(sentence, start, end)
    )


_ADV = r"(?:(?:just|really|honestly|literally|actually|genuinely|seriously|so|even|still|kind\s+of|sort\s+of)\s+)*"
_MEDS = r"(?:tablets|pills|meds|medication|paracetamol|painkillers|insulin|sleeping\s+pills|antidepressants)"
_FAMILY = r"(?:me|us|my\s+(?:mum|mam|mom|mother|dad|father|sister|brother|nan|gran|kids|children|son|daughter|baby|family|partner|wife|husband))"
# Cue families written to generalise: each says what kind of thing is told, in the many
# ways people say it, rather than one sentence.
_CUES += _cues([
    # A wish to die or not to exist, with the words people put in between.
    (rf"\b(?:want|wanna|wanted|wish|wishing|ready|need|prefer|like)\s+{_ADV}(?:to\s+)?{_ADV}(?:die|be\s+dead|be\s+gone|sleep\s+forever|sleep\s+for\s+ever|stop\s+existing|not\s+exist|not\s+be\s+alive|give\s+up\s+on\s+life|end\s+it(?:\s+all)?|kill\s+myself|end\s+my\s+life)\b", SUICIDAL, 1.0),
    (r"\b(?:better|happier|easier|fine|safer)\s+(?:off\s+)?without\s+me\b", SUICIDAL, 1.0),
    (r"\b(?:don'?t|do\s+not|can'?t|cannot|can\s+not)\s+(?:really\s+|even\s+)?see\s+(?:the|any|a)\s+(?:point|reason)\s+(?:in|of|to)\s+(?:carrying\s+on|carry\s+on|go\s+on|keep\s+going|living|going\s+on|being\s+(?:here|alive|around)|life|anything|any\s+of\s+it|trying|it\s+all|getting\s+up|me)\b", SUICIDAL, 1.0),
    # Taking everything at once. "Taking all the help I can get" and "I take all my tablets
    # every morning" are not: taking all of one's medicine needs a second cue to count.
    (rf"\b(?:swallow\w*|downed|downing|od'?d?\s+on|overdos\w*\s+on)\s+(?:all|every\s+one|the\s+(?:whole|full)\s+(?:box|packet|pack|lot|bottle))\b", SUICIDAL, 1.0),
    (rf"\b(?:tak\w*|took)\s+(?:all|every\s+one|the\s+(?:whole|full)\s+(?:box|packet|pack|lot|bottle))\s+(?:of\s+)?(?:my\s+|the\s+|them\s+)?{_MEDS}\b", SUICIDAL, 0.5),
    (r"\b(?:tak\w*|took)\s+(?:them\s+all|all\s+of\s+them|the\s+(?:whole|full)\s+(?:box|packet|pack|bottle|lot))\b"
     r"(?!\s+(?:off|from|away|back|home|round|over|out|to|into|apart|with|of\s+(?:it|this|that|stuff|things|paperwork|forms|letters|post)))", SUICIDAL, 0.5),
    (rf"\b(?:tak\w*|took)\s+(?:all\s+(?:of\s+)?(?:my\s+|the\s+|them\s+)?{_MEDS}|them\s+all|all\s+of\s+them|"
     rf"the\s+(?:whole|full)\s+(?:box|packet|pack|lot|bottle)(?:\s+of\s+(?:my\s+)?{_MEDS})?)\s+(?:all\s+)?(?:at\s+once|in\s+one\s+go|together|tonight)\b"
     rf"|\b{_MEDS}\s+(?:all\s+)?at\s+once\b", SUICIDAL, 1.0),
    (rf"\b(?:think\w*\s+(?:about|of)|thought\s+(?:about|of)|want(?:ed)?\s+to|wanna|going\s+to|gonna|tempted\s+to|could(?:\s+just)?|urge\s+to)\s+"
     rf"(?:tak\w*|swallow\w*|down\w*)\s+(?:all\s+(?:of\s+)?(?:my|the|them|those)\s+{_MEDS}|them\s+all|the\s+(?:whole|full)\s+(?:box|packet|pack|lot|bottle)|the\s+lot\s+(?:at\s+once|in\s+one\s+go))\b"
     r"(?!\s+(?:to|out|with|on|home|away|off|round|back|for)\b)", SUICIDAL, 1.0),
    (rf"\bstopped\s+taking\s+(?:my\s+)?{_MEDS}\b", SUICIDAL, 0.5),
    (rf"\b(?:stockpil\w+|hoard\w*|stash\w*)\s+(?:up\s+)?(?:my\s+|all\s+my\s+|the\s+|some\s+)?{_MEDS}", SUICIDAL, 1.0),
    (r"\bsav(?:e|es|ed|ing)\s+(?:them|it|those|my\s+\w+)\s+up\b|\bsav(?:e|es|ed|ing)\s+up\s+(?:my\s+)?(?:\w+\s+)?(?:tablets|pills|meds|medication)\b", SUICIDAL, 0.5),
    (r"\b(?:look\w*|star\w*|stood|stand\w*|think\w*\s+about|sat|sitting)\s+(?:at|on|by|over|about)\s+(?:the|a)\s+(?:edge\s+of\s+the\s+)?(?:bridge|cliffs?|edge|railway|tracks|train\s+line|multi-?storey|roof|viaduct|river|motorway\s+bridge)\b", SUICIDAL, 1.0),
    (r"\bjump(?:ing)?\s+(?:off|from)\s+(?:a|the|my)\s+(?:bridge|building|roof|cliff|balcony|multi-?storey|car\s+park|window|flats)\b", SUICIDAL, 1.0),
    (r"\b(?:have|got|made|making|'ve\s+got|'ve\s+made)\s+a\s+plan\b", SUICIDAL, 0.5),
    (r"\b(?:picked|chosen|set|got|decided\s+on)\s+a\s+(?:date|day)\b|\bthis\s+is\s+goodbye\b|\btonight'?s\s+the\s+night\b", SUICIDAL, 0.6),
    (r"\b(?:only|just)\s+(?:one|a)\s+way\s+out\b|\bno\s+other\s+way\s+out\b", SUICIDAL, 1.0),
    (r"\b(?:end|ending|take|taking)\s+(?:his|her|their)\s+(?:own\s+)?life\b|\bkill(?:ing)?\s+(?:him|her|them)self\b|\bkill(?:ing)?\s+themselves\b", SUICIDAL, 1.0),
    (r"\baccess\s+to\s+(?:firearms|a\s+gun|guns|weapons|a\s+shotgun|medication|means)\b", SUICIDAL, 0.5),
    (r"\bsuicidal\s+(?:thoughts|ideation|feelings|intent|plans?)\b", SUICIDAL, 1.0),
    # Hurting oneself in other ways.
    (r"\b(?:punch\w*|hit\w*|bang\w*|smash\w*)\s+(?:the\s+|my\s+)?walls?\b|\bbang\w*\s+my\s+head\b", SELF_HARM, 1.0),
    (r"\bkick\w*\s+(?:the\s+|my\s+)?walls?\b", SELF_HARM, 0.4),
    (r"\bpull\w*\s+(?:my\s+)?hair\s+out\b|\bmak\w*\s+myself\s+(?:sick|throw\s+up|bleed)\b|\bstarv\w*\s+myself\b", SELF_HARM, 0.3),
    (r"\b(?:did|done)\s+it\s+again\b", SELF_HARM, 0.3),
    # Violence to the teller or their family, and threats of it.
    (rf"\b(?:pin(?:s|ned|ning)|held|holds|hold(?:ing)?|shov(?:e|es|ed|ing)|throttl\w*|stamp\w*\s+on|bit|spat\s+(?:at|on))\s+{_FAMILY}\s+(?:down|against|by\s+(?:my|the)\s+(?:hair|throat|neck|arm)|up\s+against|to\s+the\s+floor|into)\b", ABUSE, 1.0),
    (rf"\bthrows?\s+(?:things|stuff|plates|bottles|\w+)\s+at\s+{_FAMILY}\b|\bthrew\s+(?:things|stuff|plates|a\s+\w+|\w+)\s+at\s+{_FAMILY}\b", ABUSE, 1.0),
    (r"\b(?:he|she|they|my\s+\w+)\s+(?:broke|fractured|cracked|split|bust)\s+(?:(?:one|two|three|four|both|a\s+couple|some)\s+(?:of\s+)?)?my\s+(?:arms?|nose|jaw|ribs?|wrists?|legs?|fingers?|toes?|tooth|teeth|lip|head|eye\s+socket|cheekbone|collarbone|hand)\b", ABUSE, 1.0),
    (r"\bsmash\w*\s+(?:up\s+)?(?:my|our)\s+(?:phone|stuff|things|tv|door|windows?|car|room|flat|house)\b", ABUSE, 0.6),
    (r"\b(?:gets|is|gets\s+really|gets\s+so|is\s+so|is\s+really)\s+(?:jealous|possessive)\b", COERCIVE, 0.4),
    (rf"\b(?:he|she|they|he'?s|she'?s)\s*(?:'ll|\s+will|\s+would|'d|\s+(?:is|are|'s|'re)\s+going\s+to|\s+said\s+(?:he|she|they)(?:'d|'ll|\s+would|\s+will))\s+(?:hurt|kill|hit|stab|batter|beat\s+up|come\s+for|come\s+after|come\s+round\s+for|burn|smash)\s+{_FAMILY}\b", ABUSE, 1.0),
    (r"\b(?:he|she|they)\s*(?:'ll|\s+will|\s+would|'d|\s+(?:is|are|'s|'re)\s+going\s+to)\s+(?:find|get|sort)\s+(?:me|us)\s*(?:[.,;!]|$|and\b|wherever|anywhere|if\b|back\b|for\s+(?:this|it|that)\b)", ABUSE, 1.0),
    (r"\bif\s+I\s+(?:tell|told|say|said)\s+(?:anyone|anybody|someone|the\s+police|a\s+teacher|my\s+\w+)\b", ABUSE, 0.6),
    (r"\b(?:scared|afraid|frightened|terrified|petrified)\s+(?:to|of)\s+(?:go(?:ing)?\s+(?:back|home|back\s+home)|being\s+(?:at\s+home|alone\s+with\s+(?:him|her)))\b", ABUSE, 1.0),
    (r"\b(?:forc\w*|made|make|makes|making|pressur\w*)\s+(?:me|him|her)\s+(?:to\s+)?(?:have\s+sex|sleep\s+with|do\s+(?:sexual\s+)?(?:things|stuff)|send\s+(?:nudes|pics|photos)|perform)\b", ABUSE, 1.0),
    (r"\b(?:nudes|naked\s+(?:pics|pictures|photos)|intimate\s+(?:images|pics|photos|videos)|sexual\s+(?:pics|photos|images|videos))\b", ABUSE, 0.6),
    (r"\bunless\s+I\b|\bif\s+I\s+don'?t\s+(?:pay|do|send|meet|come)\b", ABUSE, 0.4),
    # Control of money, movement and contact.
    (r"\b(?:checks?|checking|goes\s+through|going\s+through|reads?|reading)\s+(?:all\s+)?my\s+(?:receipts|spending|bank\s+statements?|bank|purse|bag|emails|location|messages|texts|phone|post)\b", COERCIVE, 0.6),
    (r"\b(?:not|isn'?t|aren'?t|am\s+not|'m\s+not|never)\s+allowed\s+(?:out|back|my\s+own|to\s+(?:have|see|go|come|leave|use|talk|speak|visit|wear|drive|get|keep|contact|ring|call))\b", COERCIVE, 0.6),
    (r"\b(?:have|has|had|got)\s+to\s+(?:hand|give|pass)\s+(?:over\s+)?(?:all\s+)?(?:of\s+)?(?:my|her|his|their)\s+(?:wages|money|benefits|pay|pension|earnings|bank\s+card|card)\b", COERCIVE, 1.0),
    (r"\b(?:hand|give|pass|hands|gives)\s+(?:over\s+)?(?:all\s+)?(?:my|her|his|their)\s+(?:wages|money|benefits|pay|pension|earnings|bank\s+card|card)\s+(?:over\s+)?to\b|\bhand\s+over\s+(?:all\s+)?(?:my|her|his)\s+(?:wages|money|benefits|pay|pension|earnings)\b", COERCIVE, 0.8),
    # Exploitation.
    (r"\bpa(?:y|ys|id|ying)\s+(?:me|him|her|us)\s+in\s+(?:weed|drugs|gear|food|cash|fags)\b", EXPLOITATION, 0.6),
    (r"\b(?:run|running|ran|runs|drop|dropping|deliver\w*|move|moving|take|taking)\s+(?:stuff|things|drugs|gear|packages|parcels|bags|food|it)\s+(?:to|for|up\s+to|down\s+to|across|round|out\s+to)\s+(?:\w+\s+)?(?:them|him|other\s+towns|[A-Z]\w+|the\s+coast|people)\b", EXPLOITATION, 0.6),
    (r"\b(?:a|an)\s+(?:1[89]|[2-9]\d)\s*(?:-\s*)?(?:year\s*(?:-\s*)?old|yo|yr\s+old)\s+(?:man|guy|bloke|male|adult|woman|boyfriend|lad)\b|\bolder\s+(?:man|guy|bloke|men)\b", EXPLOITATION, 0.6),
    (r"\b(?:keep|keeping|kept)\s+(?:it|this|us|things|everything|our\s+\w+)\s+(?:a\s+)?secret\b|\b(?:our|a)\s+(?:little\s+)?secret\b", EXPLOITATION, 0.6),
    (r"\b(?:messag\w*|talk\w*\s+to|chatting\s+to|groom\w*)\s+(?:her|him|me)\s+online\b|\bonline\s+who\b|\bmet\s+(?:online|on\s+(?:snapchat|instagram|tiktok|facebook|an\s+app|a\s+game))\b", EXPLOITATION, 0.3),
    (r"\b(?:send|sends|sending|sent|giving|gives|gave|transfer\w*)\s+(?:her|him|me)\s+(?:money|cash|gifts|presents|credit|vouchers)\b", EXPLOITATION, 0.5),
    (r"\b(?:travel|come|go|get\s+the\s+train|get\s+a\s+train)\s+(?:\w+\s+){0,3}to\s+meet\s+(?:him|her|them|up)\b|\bmeet\s+up\s+with\s+(?:him|an\s+adult|a\s+man|an\s+older)\b", EXPLOITATION, 0.5),
    (r"\bbag(?:ging)?\s+up\b|\bstash\w*\s+(?:drugs|gear|stuff)\b", EXPLOITATION, 0.8),
    (r"\b(?:scared|afraid|frightened|too\s+scared)\s+to\s+(?:say\s+no|tell\s+(?:them|him|her)\s+no|refuse|stop\s+them)\b", EXPLOITATION, 0.6),
    (r"\b(?:been|waiting|hanging\s+(?:about|around)|parked)\s+outside\s+(?:my|our|my\s+\w+'?s)\s+(?:house|flat|door|place|work|school)\b", ABUSE, 0.5),
    # Planning, methods and leave-taking in other words.
    (r"\bplan\w*\s+how\s+(?:I'?d|I\s+would|I'?ll|I\s+will|to)\s+(?:do\s+it|go|end\s+it|kill|die)\b|\b(?:worked|working|I'?ll\s+work|I\s+will\s+work|I\s+can\s+work)\s+out\s+how\b(?=\s*(?:[.,;!?\n]|$|and\b|but\b|now\b|already\b)"
     r"|\s+(?:I'?d|I\s+would|I'?ll|I\s+will|to)\s+(?:do\s+it|end\s+it|go|kill|die)\b|\s+(?:far|high|deep|fast)\b"
     r"|\s+(?:many|much)\s+(?:of\s+)?(?:my\s+|her\s+|his\s+|the\s+)?(?:tablets|pills|meds|paracetamol|insulin|it\s+would\s+take|I'?d\s+need))", SUICIDAL, 1.0),
    # Round thirty-seven: not someone who will find me something ("a social prescriber who'll find me a book club").
    (r"\b(?:who|whoever)\s*(?:'d|would|will|'ll)\s+find\s+me\b(?!\s+(?:a|an|some|any|another|something|somewhere\s+to|work|a\s+job|one|(?:the|my)\s+(?!(?:next|following|same|morning|day|night|body)\b)\w+)\b)", SUICIDAL, 1.0),
    (r"\bbetter\s+(?:life|lives|off|future)\b[^.!?\n]{0,40}\bwithout\s+me\b", SUICIDAL, 1.0),
    (r"\bnot\s+(?:planning|going|intending|expecting)\s+(?:on|to)\s+wak(?:e|ing)\s+up\b|\bnever\s+wak(?:e|ing)\s+up\s+again\b", SUICIDAL, 1.0),
    (r"\b(?:end|edge)\s+of\s+my\s+(?:rope|tether)\b|\b(?:tired|sick)\s+of\s+(?:fighting|trying|it\s+all|everything)\b", SUICIDAL, 0.4),
    (r"\b(?:tired|sick)\s+of\s+(?:being\s+(?:here|alive)|living|life|existing|waking\s+up)\b", SUICIDAL, 1.0),
    (r"\bways\s+to\s+(?:go|do\s+it|end\s+things)\b", SUICIDAL, 1.0),
    (r"\b(?:wrote|written|writing|made|making|sorted|done)\s+(?:a|my|out\s+my)\s+will\b|\bwho\s+gets\s+(?:the|my)\s+\w+\b", SUICIDAL, 0.5),
    (r"\b(?:a\s+box|boxes|packets?|a\s+bottle|bottles)\s+of\s+(?:co-?codamol|paracetamol|tablets|pills|sleeping\s+tablets|painkillers|aspirin|ibuprofen|tramadol|insulin)\b", SUICIDAL, 0.6),
    (r"\brazor(?:\s+blades?)?\b|\bblades?\b(?=[^.!?\n]{0,30}\b(?:arm|arms|wrist|wrists|legs?|thighs?|skin)\b)", SELF_HARM, 0.6),
    (r"\bdid\s+more\s+than\s+think\b|\bwent\s+through\s+with\s+it\b|\bclose\s+to\s+doing\s+it\b", SELF_HARM, 0.6),
    (r"\b(?:hear|hearing|heard)\s+(?:a\s+voice\s+|voices\s+)?(?:saying\s+|telling\s+me\s+|that\s+)?(?:I\s+should|to)\s+(?:just\s+)?(?:jump|die|kill|end|hurt|cut)\b|\bI\s+should\s+(?:just\s+)?(?:die|jump|end\s+it|kill\s+myself|not\s+be\s+here)\b", SUICIDAL, 1.0),
    (r"\bcan'?t\s+(?:keep\s+)?(?:living|going\s+on|carrying\s+on|doing\s+this)\s+like\s+this\b", SUICIDAL, 0.6),
    (r"\b(?:said|say|saying|texted|written)\s+(?:sorry|goodbye|bye|my\s+goodbyes)\s+to\s+(?:everyone|everybody|all|the\s+people|my\s+\w+)\b", SUICIDAL, 0.6),
    # Abuse at home in other words.
    (r"\block(?:s|ed|ing)?\s+(?:me|him|her|them|us|the\s+kids|the\s+children)\s+(?:in|out|up)\b", ABUSE, 1.0),
    (r"\bbruis(?:es|ing|ed)\s+(?:on|all\s+over|up\s+(?:her|his|my))\b|\b(?:has|had|got|with|covered\s+in)\s+(?:\w+\s+)?bruis(?:es|ing)\b|\bblack\s+eye\b", ABUSE, 0.5),
    (r"\bgets?\s+(?:rough|handy|physical|violent|nasty)\b|\btakes?\s+it\s+out\s+on\s+(?:me|us|her|him|the\s+kids)\b", ABUSE, 0.6),
    (r"\b(?:asked|told|begged)\s+me\s+not\s+to\s+(?:say|tell|mention)\s+(?:anything|anyone|it)\b", ABUSE, 0.5),
    (r"\b(?:follows?|followed)\s+me\s+(?:to|home|everywhere|around|about)\b|\blistens?\s+(?:in\s+)?to\s+(?:all\s+)?my\s+(?:calls|phone\s+calls|conversations)\b", COERCIVE, 0.6),
    (r"\bchanged\s+(?:the|my|all\s+my)\s+passwords?\b|\b(?:has|knows|took)\s+(?:all\s+)?my\s+passwords?\b", COERCIVE, 0.5),
    (r"\bcomes?\s+in(?:to)?\s+the\s+(?:bathroom|bedroom|shower|toilet)\s+when\s+I'?m\b", ABUSE, 0.8),
    (r"\bwon'?t\s+leave\b|\bwon'?t\s+go\s+away\b", ABUSE, 0.3),
    # An injury's cover story and then the truth: "I told the doctor I fell but it was him", "It
    # wasn't a door, it was him". Abuse is most often explained away as a fall.
    (
        r"\b(?:told|tell|said\s+to|say\s+to)\s+(?:the\s+|my\s+|a\s+|his\s+|her\s+)?(?:\w+\s+)?(?:doctor|gp|nurse|hospital|a&e|school|teacher"
        r"|police|work|boss|everyone|everybody|people|them|him|her|mum|mam|dad)(?:\s+at\s+\w+)?\s+(?:that\s+)?(?:I|she|he)\s+(?:had\s+)?(?:fell|fallen|tripped"
        rf"|slipped|walked\s+into|banged|bumped|caught)\b[^.!?\n]{{0,60}}?\bbut\s+(?:really\s+)?(?:it\s+was\s+(?:really\s+|actually\s+)?{_ABUSER}|(?:he|she|they)\s+did\s+it)\b"
        rf"|\bit\s+(?:wasn'?t|was\s+not)\s+(?:a|the)\s+(?:door|fall|stairs|cupboard|accident)\b[,;\s]+(?:it\s+was\s+{_ABUSER}|(?:he|she|they)\s+did\s+it)\b",
        ABUSE, 1.0,
    ),
    # Fourth round: more ways of saying the same few things.
    (rf"\bwant(?:ed|s)?\s+{_ADV}(?:it|this|everything|it\s+all|all\s+of\s+(?:it|this))\s+to\s+(?:be\s+)?(?:over|finished|done\s+with)\b", SUICIDAL, 0.6),
    (rf"\btook\s+(?:some|a\s+few|a\s+couple|several|extra|loads)\s+(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+)?(?:\w+'s\s+)?(?:sleeping\s+|pain\s*)?{_MEDS}", SUICIDAL, 0.6),
    (r"\bnot\s+(?:doing|facing|getting\s+through|making\s+it\s+(?:through|to)|going\s+through|seeing)\s+another\s+(?:winter|christmas|year|birthday|summer|week)\b", SUICIDAL, 0.6),
    (r"\b(?:I'?ve|I\s+have)\s+(?:decided|made\s+(?:my|the)\s+decision|made\s+up\s+my\s+mind)\b", SUICIDAL, 0.4),
    (r"\bmy\s+(?:own\s+)?funeral\b", SUICIDAL, 0.6),
    (r"\b(?:feels?|felt|be|would\s+be)\s+(?:like\s+)?(?:such\s+)?(?:a\s+)?relief\b", SUICIDAL, 0.4),
    (r"\bif\s+I\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive|in\s+it|in\s+the\s+picture|about|on\s+this\s+earth)\b", SUICIDAL, 0.8),
    (r"\b(?:world|everyone|everything|life)\s+would\s+(?:just\s+)?(?:keep\s+(?:turning|going)|go\s+on|carry\s+on|be\s+(?:fine|better|easier))\b", SUICIDAL, 0.4),
    (r"\b(?:sitting|standing|stood|parked|sat|I'?m|I\s+am)\s+(?:in\s+my\s+car\s+)?(?:at|on|by)\s+(?:the\s+)?(?:top\s+of\s+|edge\s+of\s+)?(?:the|a)\s+(?:multi-?storey|bridge|cliffs?|roof|viaduct|railway|tracks|edge)\b", SUICIDAL, 1.0),
    (r"\bI(?:'ve|\s+have)?\s+(?:cut|been\s+cutting|burned|burnt|been\s+burning)\s+(?:deep|deeper|again|too\s+deep|badly|last\s+night|yesterday|today|more)\b", SELF_HARM, 1.0),
    (r"\bwon'?t\s+stop\s+bleeding\b|\b(?:still|keeps?)\s+bleeding\b", SELF_HARM, 0.5),
    (r"\b(?:hands?|arms?|fingers|a\s+belt|a\s+cord)\s+(?:round|around|on|over)\s+my\s+(?:neck|throat|mouth)\b", ABUSE, 1.0),
    (r"\b(?:doesn'?t|don'?t|won'?t|never|didn'?t|does\s+not|will\s+not)\s+(?:feed|give\s+(?:me|us|them)\s+(?:food|dinner|tea|anything\s+to\s+eat))\b", ABUSE, 1.0),
    (r"\b(?:have|has|had|got)\s+to\s+(?:hand|give|pass|pay)\s+(?:\w+\s+){0,3}(?:my|her|his|their)\s+(?:wages|money|benefits|pay|pension|earnings|universal\s+credit|pip)\b", COERCIVE, 1.0),
    (r"\b(?:he|she|they)\s*(?:'ll|\s+will|\s+would|'d|\s+(?:is|are|'s|'re)\s+going\s+to|\s+says\s+(?:he|she|they)(?:'ll|\s+will))\s+(?:\w+\s+){0,6}?take\s+(?:the|my|our)\s+(?:baby|kids|children|son|daughter|boy|girl)\b", COERCIVE, 1.0),
    (r"\bexplicit\s+(?:messages|pictures|photos|pics|images|videos|texts|chat|content)\b", EXPLOITATION, 0.6),
    (r"\basked\s+(?:her|him|me|them)?\s*(?:for|to\s+send)\s+(?:photos|pics|pictures|nudes|images|videos|selfies)\b", EXPLOITATION, 0.6),
    (r"\b(?:unknown|random|strange)\s+(?:adult|man|men|guy|bloke|older\s+man)\b", EXPLOITATION, 0.3),
    # Twenty-third round, from blind sets AH (housing), AI (community posts), AJ (benefits and
    # care) and AK (recovery).
    # A stockpile or a way out told sideways: "enough for both of us", "better this way".
    (r"\b(?:got|have)\s+enough\s+saved\s+up\b|\benough\s+(?:in\s+there\s+)?for\s+(?:both\s+of\s+us|the\s+two\s+of\s+us|us\s+both)\b", SUICIDAL, 0.6),
    (r"\b(?:putting|put|keeping|saving)\s+(?:(?:my|his|her|the)\s+)?(?:\w+'s\s+)?(?:spare\s+)?(?:morphine|tablets|pills|meds|painkillers|oxycodone|insulin)\s+(?:by|aside|away|to\s+one\s+side)\b", SUICIDAL, 0.6),
    (r"\bsomewhere\s+(?:quiet\s+)?(?:no\s*one|nobody)\s+(?:will|would|'ll)\s+(?:look|find\s+me)\b", SUICIDAL, 0.6),
    (r"\b(?:don'?t|do\s+not)\s+(?:come\s+looking|look\s+for\s+me|try\s+to\s+find\s+me)\b", SUICIDAL, 0.4),
    (r"\bif\s+I\s+(?:don'?t|do\s+not)\s+wake\s+up\b", SUICIDAL, 0.6),
    (r"\bstopped\s+(?:(?:bothering\s+with|taking|using|having)\s+)?(?:my\s+|the\s+|his\s+|her\s+)?(?:inhalers?|depot|heart\s+tablets)\b", SUICIDAL, 0.5),
    (r"\b(?:it'?s|its|it\s+is)\s+better\s+this\s+way\b", SUICIDAL, 0.5),
    (r"\bno\s+naloxone\b", SUICIDAL, 0.4),
    (r"\bno\s+need\s+to\s+(?:ring|call|contact|text)\s+me\s+(?:back|again)\b|\bwrote\s+everything\s+down\s+for\b", SUICIDAL, 0.4),
    (r"\bleft\s+(?:the\s+)?(?:rent\s+)?money\s+on\s+the\s+side\b|\bpaid\s+off\s+(?:the|my)\s+(?:catalogue|debts?|loan|tab|credit\s+card)\b", SUICIDAL, 0.4),
    (r"\bthank\s+you\s+to\s+everyone\b[^.!?\n]{0,40}\bover\s+the\s+years\b|\bgiv(?:e|ing|en)\s+away\s+(?:my|all\s+my)\s+\w+", SUICIDAL, 0.4),
    (r"\b(?:looking\s+for|need)\s+a\s+(?:good|new|loving)\s+home\s+for\b", SUICIDAL, 0.3),
    (r"\b(?:don'?t\s+think\s+I\s+can|can'?t)\s+keep\s+going\s+like\s+this\b", SUICIDAL, 0.4),
    (r"\b(?:can'?t|cannot)\s+keep\s+(?:them|him|her|the\s+\w+|my\s+\w+)\s+safe\s+from\s+me\b", THREAT, 1.0),
    (r"\b(?:bought|got|keeps?|carrying)\s+a\s+(?:kitchen\s+)?(?:knife|blade|machete|bat|hammer)\s+['‘\"“]?(?:for\s+when|in\s+case|for\s+(?:him|them|protection))\b", THREAT, 1.0),
    # Self-harm kept where nobody sees.
    (r"\b(?:where|so)\s+(?:staff|nobody|no\s*one|people|mum|they)\s+(?:(?:won'?t|can'?t|don'?t|wouldn'?t|will|can)\s+(?:see|notice)|sees|notices)\b", SELF_HARM, 0.5),
    # Violence seen or heard: a thud then silence, dragged by the arm, stones at the windows.
    (r"\bthud\b[^.!?\n]{0,40}\b(?:silence|quiet|crying)\b", ABUSE, 0.5),
    (r"\b(?:shouting|screaming|yelling)\b[^.!?\n]{0,40}\bthud\b[^.!?\n]{0,40}\b(?:silence|quiet|crying)\b", ABUSE, 1.0),
    (r"\bbeen\s+(?:burning|scratching)\s+again\b", SELF_HARM, 0.5),
    (r"\bdragged\s+(?:her|him|me|them)\s+(?:off|out|down|across|along|by)\b", ABUSE, 0.8),
    (r"\bdragged\s+(?:her|him|me|them)\b[^.!?\n]{0,30}\bby\s+(?:her|his|my|their)\s+(?:hair|neck|throat|collar)\b", ABUSE, 1.0),
    (r"\b(?:because|cos|cause)\s+of\s+(?:my|her)\s+face\b", ABUSE, 0.5),
    (r"\b(?:you'?ll|I'?ll|she'?ll|you\s+will|I\s+will|ill)\s+regret\s+it\b", ABUSE, 0.5),
    (r"\b(?:fresh|new|unexplained)\s+(?:burn|burns|bruise|bruises|cut|cuts|marks?)\b[^.!?\n]{0,40}\b(?:wouldn'?t|won'?t|couldn'?t|can'?t|didn'?t)\s+(?:explain|say)\b", ABUSE, 0.6),
    (r"\bbruis(?:ing|es)\s+(?:to|on)\s+(?:both\s+)?(?:her|his|the)?\s*(?:fore)?arms?\b", ABUSE, 0.4),
    (r"\b(?:thrown|throwing|threw)\s+(?:eggs|stones|bricks|rocks)\s+(?:and\s+\w+\s+)?at\s+(?:the|their|our|my)\s+(?:windows?|house|door|car)\b", ABUSE, 0.6),
    (r"\bnote\s+through\s+the\s+door\s+(?:saying|that\s+said)\b", ABUSE, 0.3),
    (r"\bput\s+a\s+(?:blade|knife)\s+on\s+(?:my|the)\s+(?:table|bed|side|pillow)\b", THREAT, 0.8),
    (r"\b(?:don'?t|do\s+not)\s+(?:say|tell)\s+(?:anything|anyone)\s+or\s+(?:he|she|they)(?:'ll|\s+will)\b", ABUSE, 0.6),
    (r"\b(?:a|the)\s+back\s+way\s+out\b", ABUSE, 0.4),
    (r"\bso\s+(?:he|she|they)\s+(?:wouldn'?t|won'?t|couldn'?t|can'?t)\s+find\s+(?:us|me)\b", ABUSE, 0.4),
    # Stalking: parked across from the flat, a photo of a child on the way to school, out of prison.
    (r"\b(?:car(?:'s|\s+has|\s+had|\s+was|\s+is)?|he'?s|he\s+has|he)\s+(?:been\s+)?parked\s+(?:across\s+(?:the\s+road|from)|outside|opposite|(?:at|by)\s+the\s+end\s+of)\s+(?:my|our|her|the)?", ABUSE, 0.5),
    (r"\bsent\s+(?:her|me|him)\s+a\s+(?:photo|picture|pic)\s+of\s+(?:my|her|our|the)\s+(?:\w+\s+){0,3}?(?:school|house|door|work|youngest|eldest|kids?|son|daughter)\b", ABUSE, 0.5),
    (r"\b(?:he|she)\s+got\s+out\s+(?:on\s+the\s+\d|last\s+week\b|last\s+month\b)", ABUSE, 0.3),
    # Control: receipts checked, an allowance, timed, aids taken, left in the bath, the phone.
    (r"\b(?:gives|allows|lets)\s+(?:her|me)\s+(?:£\s?\d+|twenty|ten|a\s+tenner)\s+a\s+week\b|\b(?:goes\s+through|checks?)\s+(?:every|all\s+(?:the|my|her))\s+receipts?\b", COERCIVE, 0.5),
    (r"\b(?:timed|times|timing)\s+(?:her|me)\b|\bwaits?\s+outside\s+(?:for\s+)?(?:the\s+whole|all\s+the|every)\b", COERCIVE, 0.4),
    (r"\btakes?\s+(?:my|her|his)\s+(?:hearing\s+aids?|glasses|walking\s+stick|frame|wheelchair)\b|\bwon'?t\s+let\s+(?:her|him|me)\s+(?:use|have|touch)\s+the\s+phone\b", COERCIVE, 0.6),
    (r"\b(?:left|leaves|leave|leaving)\s+(?:me|her|him)\s+in\s+the\s+(?:bath|chair|dark|cold)\s+for\b", ABUSE, 0.6),
    (r"\btell\s+the\s+(?:DWP|council|police|social)\s+(?:that\s+)?I'?(?:ve|\s+have|\s+am|'m)\s+(?:been\s+)?(?:lying|fiddling|faking)\b", COERCIVE, 0.5),
    (r"\blooks?\s+after\s+(?:her|his|my)\s+(?:bank\s+)?(?:card|money|pension)\b|\btake\s+my\s+(?:UC|universal\s+credit|benefits|pip|esa|pension)\b", EXPLOITATION, 0.5),
    # Exploitation: a room "worked off", men up to a girl's room, gifts, drops to pay back.
    (r"\bwork\s+(?:it\s+)?off\s+what\s+I\s+owe\b|\bwork\s+off\s+the\s+(?:debt|rent|arrears)\b", EXPLOITATION, 0.6),
    # Round forty: a debt to be worked off for those it is owed to ("he'll be working it off in
    # another town"), and drugs carried for someone taken off the one who carried them.
    (r"\b(?:work|works|working|worked)\s+(?:it|that|the\s+(?:debt|money|rest))\s+off\b(?!\s+at\s+the\s+gym\b)", EXPLOITATION, 0.6),
    (r"\b(?:bag|package|parcel|stash|load|bundle)\s+of\s+(?:gear|drugs|weed|coke|product|white|brown)\s+(?:got\s+|was\s+|were\s+)?(?:taken|nicked|robbed|stolen|jacked)\s+(?:off|from)\s+(?:him|her|me|them|us)\b", EXPLOITATION, 0.5),
    (r"\b(?:different|older|strange)\s+(?:men|blokes|lads)\s+(?:go|going|come|coming|visit\w*)\s+(?:up\s+)?(?:to|in(?:to)?)\s+(?:her|his)\s+(?:room|flat)\b", EXPLOITATION, 0.6),
    (r"\bnew\s+(?:phone|clothes|trainers|nails|hair)\b[^.!?\n]{0,20}\bnew\s+(?:phone|clothes|trainers|nails|hair)\b", EXPLOITATION, 0.4),
    (r"\b(?:a\s+)?(?:man|men|bloke|guy)\s+in\s+(?:his|their)\s+(?:twenties|thirties|forties|20s|30s|40s)\b", EXPLOITATION, 0.4),
    (r"\b(?:getting|been|being|gets)\s+picked\s+up\b[^.!?\n]{0,30}\bby\s+(?:older|grown)\s+(?:lads|men|blokes)\b", EXPLOITATION, 0.6),
    (r"\b(?:hasn'?t|not|aint|ain'?t)\s+seen\s+(?:him|her)\s+since\b", EXPLOITATION, 0.3),
    (r"\bpaying\s+(?:him|them|her)\s+back\s+by\s+(?:doing|running|holding|carrying)\b", EXPLOITATION, 1.0),
    (r"\btook\s+a\s+(?:bag|package|parcel)\s+to\s+\w+\s+for\s+(?:him|them)\b", EXPLOITATION, 0.5),
    (r"\b(?:have\s+to|got\s+to|make\s+her)\s+['‘\"]?see\s+(?:his|their)\s+(?:mates|friends)\b", EXPLOITATION, 0.8),
    (r"\bowe\s+(?:a|some|this|the)\s+(?:lad|bloke|dealer|man|guy|fella)\b|\bdoubled\s+it\b", EXPLOITATION, 0.5),
    (r"\b(?:sell|selling|deal|dealing|serve|serving)\s+(?:out\s+of|from|out)\s+(?:my|his|her|the)\s+(?:\w+\s+)?window\b", EXPLOITATION, 0.8),
    (r"\bkept\s+the\s+(?:spare\s+)?key\b|\buse\s+(?:the|my)\s+flat\s+for\b|\b(?:keeps?|been)\s+going\s+in(?:to)?\s+my\s+room\b", EXPLOITATION, 0.4),
    (r"\b(?:leave|leaving|left|hid\w*|stash\w*)\s+(?:bags|packages|parcels|stuff|gear)\s+(?:under|in)\s+my\s+(?:bed|room|wardrobe)\b", EXPLOITATION, 0.5),
    (r"\b(?:lads|men|people|blokes)\s+(?:have\s+been\s+|been\s+)?['‘\"]?staying\s+over['’\"]?\s+at\s+(?:his|her)\b", EXPLOITATION, 0.4),
    # Neglect: no drink within reach, the same pad, a sore that smells, care calls cancelled.
    (r"\bno\s+(?:drink|water|food)\s+(?:he|she|they)\s+could\s+reach\b|\beating\s+whatever\s+I\s+can\s+reach\b|\bnot\s+had\s+a\s+(?:proper\s+)?wash\s+(?:in|for)\b", NEGLECT, 0.5),
    (r"\bsame\s+(?:pad|nappy)\b", NEGLECT, 0.5),
    (r"\bsores?\s+(?:on\s+(?:his|her|my)\s+\w+\s+)?(?:has\s+)?(?:opened|weeping|smells?|started\s+to\s+smell)", NEGLECT, 0.5),
    (r"\bcancelled\s+(?:all\s+)?(?:\w+\s+)?(?:care\s+)?(?:calls|visits|carers)\b", NEGLECT, 0.4),
    (r"\b(?:not|hasn'?t|has\s+not)\s+(?:got|gotten)\s+out\s+of\s+bed\s+(?:since|for|in)\b|\bdoing\s+(?:the\s+)?tea\s+for\s+me\s+and\s+\w+\b", NEGLECT, 0.5),
    (r"\b(?:kids?|children|twins|eldest|youngest|little\s+one)\s+(?:\(\d+\)\s+)?answered\s+the\s+door\b|\bdoor\s+answered\s+by\s+(?:the\s+)?(?:eldest|youngest|a\s+child|the\s+kids?)\b", NEGLECT, 0.5),
    (r"\btake\s+(?:\w+|him|her|them)\s+off\s+(?:us|me)\b", NEGLECT, 0.3),
    (r"\basking\s+(?:if\s+I\s+had|for)\s+(?:any\s+)?(?:bread|food|something\s+to\s+eat)\b", NEGLECT, 0.5),
    (r"\bno\s+answer\b[^.!?\n]{0,40}\b(?:baby|child|kids?)\s+(?:could\s+be\s+)?(?:heard\s+)?crying\b|\b(?:hasn'?t|not)\s+(?:collected|eaten|had)\s+(?:her\s+|his\s+|any\s+)?meals?\s+(?:for|in|since)\b", NEGLECT, 0.5),
    (r"\b(?:slurring|drunk|pissed|off\s+her\s+face|off\s+his\s+face)\b[^.!?\n]{0,40}\bdr(?:ove|ives|iving)\s+(?:off\s+)?(?:with\s+)?(?:the\s+|both\s+|my\s+|her\s+|his\s+)?(?:kids|boys|girls|children|baby)\b", NEGLECT, 0.8),
    (r"\bback\s+on\s+the\s+(?:vodka|drink|booze|gin|cider|gear|heroin|crack)\b", NEGLECT, 0.3),
    (r"\b(?:asleep|passed\s+out|unconscious|collapsed|found)\s+on\s+the\s+(?:\w+\s+)?floor\b|\b999\s+called\b", MEDICAL, 0.5),
    # A worker who has acted: raised with police, logged with the DSL, a form submitted, the IDVA.
    (r"\braised\s+with\s+(?:the\s+)?(?:police|adult\s+safeguarding|MASH|ASC|CSC|DSL|safeguarding)\b|\blogged\s+(?:it\s+)?(?:with|to)\s+(?:the\s+|our\s+)?(?:DSL|safeguarding\s+lead|MASH)\b|\bringing\s+(?:the\s+)?(?:MASH|IDVA)\b", REPORTED, 0.5),
    (r"\bsafeguarding\s+(?:form|referral|concern)\s+(?:submitted|raised|sent|logged|done|completed)\b|\breferral\s+to\s+(?:the\s+)?(?:children'?s|adult)\s+(?:social\s+care|services|safeguarding)\s+made\b|\b(?:referred|referral)\s+to\s+(?:the\s+)?IDVA\b", REPORTED, 0.5),
    # Twenty-second round, from blind sets AD (health and care), AE (the justice system),
    # AF (parents and children's services) and AG (outreach workers).
    # A stockpile: "nearly enough now", kept "for when I've had enough", liked knowing it's there.
    (r"\b(?:there'?s|I'?ve\s+got|I\s+have|got|have)\s+(?:nearly|almost|just\s+about|very\s+nearly)\s+enough\b", SUICIDAL, 0.5),
    (r"\bfor\s+when\s+I(?:'ve|\s+have)?\s+(?:had\s+enough|can'?t\s+(?:cope|take\s+(?:it|any\s+more)))\b", SUICIDAL, 0.6),
    (r"\b(?:likes?|like|liking)\s+knowing\s+(?:it'?s|they'?re|it\s+is|they\s+are)\s+there\b", SUICIDAL, 0.4),
    # What keeps a person alive stopped on purpose: insulin, dialysis.
    (r"\b(?:stopped|stopping|quit|given\s+up|giving\s+up|not\s+doing)\s+(?:doing\s+|taking\s+|having\s+|going\s+to\s+)?(?:my\s+|his\s+|her\s+)?(?:insulin|dialysis)\b", SUICIDAL, 0.6),
    (r"\b(?:just\s+)?wanted\s+(?:someone|somebody)\s+to\s+know\b|\b(?:don'?t|do\s+not)\s+send\s+(?:anyone|anybody|someone|the\s+police)\s+(?:round|over|out)\b", SUICIDAL, 0.4),
    # Letters left where the family will find them, for "my two", with a brother; no blame.
    # Where they are left is its own cue, so it starts after the letters' words, not on them.
    (r"\b(?:(?:put|left|leaving|are|they'?re|there'?s\s+(?:one|some)(?:\s+for\s+\w+(?:\s+\w+)?)?)\s+(?:them\s+|it\s+)?in\s+(?:my|the)\s+(?:bedside\s+|kitchen\s+|top\s+)?drawer|left\s+them\s+with\s+(?:my|his|her)\s+\w+)\b", SUICIDAL, 0.5),
    (r"\b(?:don'?t|do\s+not)\s+want\s+(?:anyone|anybody|them|you|my\s+\w+)\s+(?:thinking|to\s+think|blaming\s+(?:themselves|yourselves))\b[^.!?\n]{0,20}\b(?:fault|blame)\b", SUICIDAL, 0.6),
    (r"\blook\s+after\s+(?:him|her|them|it)\s+better\s+than\s+I\s+(?:can|could|ever\s+could)\b|\b(?:would|'d)\s+cope\s+better\s+(?:than|without)\s+me\b", SUICIDAL, 0.5),
    (r"\b(?:it\s+)?won'?t\s+matter\s+(?:by\s+then|soon|much\s+longer|after\s+(?:that|this\s+week))\b", SUICIDAL, 0.6),
    (r"\bnothing\s+(?:left\s+)?to\s+(?:wait|hope|look\s+forward)\s+for\b", SUICIDAL, 1.0),
    (r"\bso\s+it\s+(?:won'?t|doesn'?t|will\s+not|wouldn'?t)\s+hurt\b", SUICIDAL, 0.6),
    # A high place, a reservoir, looking down; sat there with the engine off.
    (r"\b(?:stood|standing|stand|sat|sitting|been)\s+on\s+(?:the\s+)?(?:\w+\s+){0,2}(?:bridge|viaduct|cliffs?|edge|roof|multi-?storey|pier)\b[^.!?\n]{0,40}\blooking\s+(?:down|over)\b", SUICIDAL, 1.0),
    (r"\b(?:drove|driven|drive|went|walked|go)\s+(?:up\s+|down\s+|out\s+)?to\s+the\s+(?:reservoir|bridge|cliffs?|viaduct|quarry|multi-?storey|river|railway|tracks|edge)\b[^.!?\n]{0,60}\b(?:sat|stood|sitting|standing)\s+(?:there|on\s+the\s+edge)\b", SUICIDAL, 0.6),
    # A parent's thought of making a baby quiet.
    (r"\bhow\s+easy\s+it\s+would\s+be\s+to\b|\bmake\s+(?:him|her|the\s+baby)\s+(?:be\s+)?quiet\b", THREAT, 0.6),
    (r"\bfrightened\s+of\s+what\s+I'?(?:ll|\s+will|\s+might|'d|\s+would)\s+do\b|\b(?:scared|afraid|worried)\s+of\s+what\s+I'?(?:ll|\s+will|\s+might)\s+do\b", THREAT, 0.6),
    # Taking more than prescribed when low; a child sat up checking a parent breathes.
    (r"\btakes?\s+more\s+(?:of\s+)?(?:her|his|my|their)\s+(?:tablets|pills|meds|medication)\s+than\b", SUICIDAL, 0.6),
    (r"\bchecking\s+(?:she|he|they|mum|dad|mam)\s+(?:was|is|were|are)\s+(?:still\s+)?breathing\b", MEDICAL, 0.5),
    # Self-harm seen: an arm wrapped in kitchen roll, blood through it, the sleeve yanked down.
    (r"\b(?:arms?|forearms?|wrists?|legs?|thighs?)\s*(?:'s|is|are)?\s+(?:all\s+)?(?:wrapped|bandaged|strapped|taped)\s+(?:up\s+)?in\s+(?:kitchen\s+roll|tissues?|toilet\s+roll|a\s+tea\s+towel|a\s+sock|cling\s*film)\b", SELF_HARM, 0.6),
    (r"\b(?:yanked|pulled|tugged)\s+(?:his|her|my)\s+sleeves?\s+(?:straight\s+)?(?:down|over)\b", SELF_HARM, 0.4),
    (r"\bblood(?:'s|\s+has|\s+had)?\s+(?:come|coming|soaked|seeped)\s+through\b", SELF_HARM, 0.4),
    # A story told to cover an injury: "said football", "told the nurse she fell".
    (r"\b(?:told|tells|telling)\s+(?:the\s+)?(?:nurse|hospital|doctor|GP|school|teacher|dentist|a&e|police|paramedics?|everyone)\s+(?:that\s+)?(?:she|he|I|they)\s+(?:fell|slipped|tripped|walked\s+into|banged|caught)\b"
     r"|\b(?:I|she|he)\s+said\s+(?:I|she|he)\s+(?:caught\s+it\s+on|walked\s+into|fell\s+(?:down|off|over)|banged\s+it\s+on)\b|\basked\s+how\b[^.!?\n]{0,10}\bsaid\s+(?:football|I\s+fell|I\s+slipped|the\s+door)\b", ABUSE, 0.4),
    (r"\bI\s+(?:don'?t|do\s+not)\s+think\s+(?:she|he)\s+(?:did|fell|slipped)\b", ABUSE, 0.4),
    (r"\b(?:hear|heard|hears)\s+(?:him|her|them)\s+(?:shouting|screaming|yelling)\s+at\s+(?:her|him|them)\b|\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+always\s+(?:shouting|screaming|yelling)\s+at\s+(?:her|him|them|me)\b", ABUSE, 0.4),
    (r"\b(?:so\s+hard|that\s+hard|hard\s+enough)\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+left|there'?s|it'?s\s+left)\s+(?:\w+\s+)?(?:bruis\w+|a\s+mark|marks|marked)\b", ABUSE, 0.6),
    (r"\bfinger[\s-]?(?:shaped|mark|tip|print)s?\s+bruises?\b|\bbruises?\b[^.!?\n]{0,40}\bspaced\s+like\s+(?:fingers|fingertips)\b", ABUSE, 0.6),
    (r"\bpulled\s+(?:her|his|my)\s+sleeves?\s+(?:down\s+)?over\s+(?:a|the|her|his)\s+bruis", ABUSE, 0.6),
    (r"\b(?:long|long-sleeved)\s+sleeves\s+in\s+(?:this|the|that)\s+(?:heat|sun|weather)\b", ABUSE, 0.4),
    (r"\bsmash(?:ed|es|ing)?\s+(?:her|his|my)\s+(?:head|face)\s+(?:on|into|against|off)\b", ABUSE, 1.0),
    (r"\bput\s+the\s+boot\s+in\b", ABUSE, 0.8),
    (r"\b(?:showed|flashed|pulled)\s+(?:me|her|him|us)\s+(?:a|his|her|the)\s+(?:blade|knife|machete|gun|weapon|shank)\b", THREAT, 1.0),
    (r"\b(?:they'?ll|they\s+will|he'?ll|he\s+will|gonna|going\s+to)\s+(?:scald|stab|shank|slash|burn|batter|kill)\s+(?:him|her|me|them|you)\b", ABUSE, 0.6),
    (r"\bput\s+me\s+in\s+the\s+(?:river|canal|sea|boot|ground)\b", ABUSE, 1.0),
    (r"\bif\s+I'?m\s+not\s+up\s+for\s+it\b", EXPLOITATION, 0.4),
    (r"\b(?:can'?t|cannot|won'?t|not|not\s+gonna)\s+tell(?:ing)?\s+(?:my|the)\s+(?:\w+\s+)?(?:worker|social\s+worker|PO|probation\s+officer|keyworker|key\s+worker|prison)\b|\bdon'?t\s+tell\s+the\s+(?:prison|police|school|social)\b", ABUSE, 0.4),
    (r"\bif\s+I\s+(?:ever\s+)?tell\s+(?:anyone|anybody|someone|my\s+\w+)\b[^.!?\n]{0,50}\b(?:going\s+to|gonna|he'?ll|she'?ll|they'?ll|will)\b", ABUSE, 0.6),
    (r"\b(?:wasn'?t|was\s+not|not)\s+(?:meant|supposed|allowed)\s+to\s+tell\b", ABUSE, 0.5),
    (r"\bsecret\s+(?:game|touch|cuddles?)\b", ABUSE, 0.5),
    # Control: he answers for her, comes in with her, rings till she picks up, has the PIN.
    (r"\b(?:he|she)\s+answers\s+for\s+(?:her|him)\b", COERCIVE, 0.6),
    (r"\brang\s+(?:her|him)\s+(?:twice|three\s+times|again\s+and\s+again|\d+\s+times)\s+(?:while|when)\s+(?:she|he)\s+was\b", COERCIVE, 0.4),
    (r"\b(?:he|she)(?:'s|\s+is|\s+has)?\s+(?:already\s+)?(?:said\s+(?:he|she)(?:'s|\s+is|'ll|\s+will)\s+)?(?:coming|come|comes|sits?)\s+in\s+with\s+(?:me|her|him)\b", COERCIVE, 0.4),
    (r"\b(?:he|she)\s+goes\s+through\s+(?:my|her|his)\s+(?:phone|bag|purse|messages|post|texts)\b", COERCIVE, 0.6),
    (r"\brings?\s+and\s+rings?\b|\bgot\s+the\s+(?:pin|PIN|password)\s+(?:for|to)\s+my\b", COERCIVE, 0.4),
    (r"\buntil\s+(?:he|she)\s+(?:told|said)\s+(?:her|him|me)\s+(?:she|he|I)\s+could\b|\bcan'?t\s+go\s+to\s+(?:her|his|my)\s+(?:mum|mam|mother|sister|friend)'?s\s+any\s?more\b", COERCIVE, 0.5),
    (r"\b(?:ring|call|tell|report\s+me\s+to)\s+social\b[^.!?\n]{0,40}\bnot\s+fit\b|\btell\s+(?:them|social|everyone)\s+I'?m\s+(?:not\s+fit|unfit|mad|crazy)\b", COERCIVE, 0.5),
    (r"\b(?:don'?t|do\s+not|pls\s+don'?t|please\s+don'?t)\s+(?:reply|text|ring|call|message)\s+(?:to\s+)?(?:this\s+number\s+)?after\s+\d", COERCIVE, 0.3),
    (r"\b(?:sat|waiting|waited|waits)\s+(?:\w+\s+){0,3}outside\b[^.!?\n]{0,40}\bholding\s+her\s+(?:purse|phone|bag|card)\b", COERCIVE, 0.5),
    (r"\b(?:took|takes|take)\s+the\s+(?:DA|domestic\s+abuse|refuge|helpline)\s+(?:card|leaflet|number)\b[^.!?\n]{0,20}\bhanded\s+it\s+(?:straight\s+)?back\b", ABUSE, 0.5),
    (r"\b(?:frightened|scared|afraid)\s+to\s+say\s+anything\b", ABUSE, 0.4),
    (r"\btells\s+(?:the\s+\w+|people|them|everyone)\s+I'?m\s+(?:getting\s+)?confused\b", COERCIVE, 0.4),
    (r"\b(?:had|made|got)\s+me\s+sign\s+(?:a|some|the)\s+(?:paper|papers|form|forms|document|thing)\b", EXPLOITATION, 0.5),
    # An order broken: a non-mol, an injunction; a car at the end of the road; a card left.
    (r"\b(?:breach\w*|broke|broken|ignor\w*)\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:non-?mol\w*|injunction|restraining\s+order|protection\s+order)\b|\beven\s+with\s+the\s+(?:non-?mol\w*|injunction|restraining\s+order)\b", ABUSE, 0.6),
    (r"\b(?:card|note|letter|flowers|photo|picture|drawing)\s+(?:left\s+)?(?:on|under)\s+(?:my|her|the)\s+(?:windscreen|wipers?|doormat)\b", ABUSE, 0.5),
    (r"\bsent\s+(?:her|me|him)\s+a\s+(?:photo|picture|pic)\s+of\s+(?:the\s+kids'?\s+|my\s+|her\s+|our\s+)?(?:school|house|door|work|car)\b", ABUSE, 0.5),
    (r"\b(?:know|knows)\s+(?:what|which)\s+school\s+(?:my|her|his|the|our)\b", ABUSE, 0.5),
    (r"\b(?:be\s+a|it'?d\s+be\s+a|would\s+be\s+a)\s+shame\s+if\s+(?:something|anything)\s+(?:happened|were\s+to\s+happen|was\s+to\s+happen)\b", ABUSE, 0.8),
    (r"\bshame\s+if\s+(?:something|anything)\s+(?:happened|were\s+to\s+happen|was\s+to\s+happen)\s+(?:to|on)\s+(?:my|your|his|her|the|our)\s+(?:kids?|boy|girl|son|daughter|family|little\s+\w+|walk\s+home|way\s+home)\b", ABUSE, 1.0),
    # Exploitation: runs, debts that grow, a home sold from, sex for a room.
    (r"\b(?:do|doing|did|done)\s+['‘\"“]?(?:runs|a\s+run|drops|deliveries)['’\"”]?\s+(?:to|for|up\s+to|down\s+to)\b", EXPLOITATION, 0.5),
    (r"\b(?:gets?|it'?ll\s+get|will\s+get)\s+added\s+(?:on|to\s+(?:it|what\s+I\s+owe))\b", EXPLOITATION, 0.6),
    (r"\bowes?\s+(?:him|them|her)?\s*for\s+(?:the\s+|a\s+|my\s+)?(?:clothes|phone|rent|food|gear|travel|trainers|nails|hair|creps|parcel|debt)\b", EXPLOITATION, 0.6),
    (r"\b(?:done|did|broke|smashed|burnt|stabbed|slashed)\s+(?:my|his|her)\s+\w+\s+as\s+a\s+warning\b", ABUSE, 1.0),
    (r"\b(?:sell|selling|deal|dealing)\s+(?:out\s+of|from|out)\s+(?:my|his|her|the)\s+(?:front\s+room|flat|house|place|kitchen|bedroom)\b", EXPLOITATION, 0.8),
    (r"\b(?:leaving|left|leave|keep|keeping|stash\w*|hold\w*)\s+(?:bags|packages|parcels|stuff|gear)\s+(?:at|in)\s+(?:mine|my\s+(?:flat|house|place))\b", EXPLOITATION, 0.5),
    (r"\b(?:lads|people|men|strangers|kids)\s+(?:have\s+been\s+|been\s+|are\s+)?in\s+and\s+out\b[^.!?\n]{0,40}\b(?:all\s+hours|all\s+night|day\s+and\s+night|whenever\s+they\s+want)\b", EXPLOITATION, 0.6),
    (r"\b(?:borrowed|taken|took|has|got|holding|keeping)\s+(?:his|her)\s+(?:bank\s+)?card\b", EXPLOITATION, 0.4),
    (r"\bfor\s+safe\s*keeping\b", EXPLOITATION, 0.4),
    (r"\b(?:they|he|she)\s+(?:don'?t|doesn'?t)\s+like\s+visitors\b", EXPLOITATION, 0.4),
    (r"\b(?:take|takes|took|taking)\s+it\s+off\s+(?:him|her|me)\b", EXPLOITATION, 0.5),
    (r"\b(?:doesn'?t|don'?t|does\s+not)\s+want\s+(?:rent|money|paying)\b[^.!?\n]{0,30}\bwants?\b", EXPLOITATION, 0.8),
    (r"\b(?:sending|send|post|posting|share|sharing|show|showing)\s+(?:them|the\s+(?:pics|photos|video)|my\s+(?:pics|photos))\s+to\s+(?:everyone|all|my\s+(?:mum|family|school|friends|year|class))\b", EXPLOITATION, 0.6),
    # Children left: a parent not back since, a child sleeping out, getting a sibling to school.
    (r"\b(?:hasn'?t|has\s+not|not|haven'?t)\s+been\s+(?:back|home)\s+(?:since|for)\b|\bwent\s+out\s+\w+\s+\w+\s+and\s+(?:hasn'?t|has\s+not)\s+been\s+back\b", NEGLECT, 0.6),
    (r"\bsleep(?:ing|s)?\s+(?:in|on)\s+(?:the|a)\s+(?:bin\s+store|stairwell|stairs|bus\s+shelter|car\s+park|garages?|doorway|night\s+bus)\b|\briding\s+the\s+night\s+bus\b", NEGLECT, 0.6),
    (r"\b(?:makes|made)\s+me\s+(?:go\s+out|stay\s+out|leave\s+the\s+house)\b", NEGLECT, 0.4),
    (r"\bso\s+(?:nobody|no\s*one|school|social)\s+finds?\s+out\b", NEGLECT, 0.4),
    (r"\b(?:getting|taking|gets|takes|doing)\s+(?:his|her|my)\s+(?:little\s+)?(?:sister|brother|sisters|brothers)(?:'s)?\s+(?:breakfast\s+and\s+taking\s+(?:her|him)\s+)?to\s+school\b|\bdoing\s+my\s+(?:little\s+)?(?:brother|sister|brothers|sisters)(?:'s|s'|s)?\s+(?:tea|breakfast|dinner|tea\s+and\s+bath)\b", NEGLECT, 0.4),
    (r"\b(?:not|hasn'?t)\s+been\s+out\s+of\s+bed\s+(?:since|for)\b", NEGLECT, 0.5),
    (r"\bsame\s+(?:pad|nappy|pants|clothes)\s+on\s+(?:since|for|all)\b", NEGLECT, 0.6),
    (r"\b(?:nobody|no\s*one|no-one)(?:'s|\s+has)\s+(?:been|come|called)(?:\s+(?:round|in|near|since|all\s+(?:day|week)))?\s*(?:[.!?,]|$)", NEGLECT, 0.4),
    (r"\bnothing\s+in\s+for\s+(?:tea|dinner|breakfast)\b", NEGLECT, 0.4),
    (r"\b(?:drives?|drove|driving)\s+(?:us|them|the\s+kids|me)\b[^.!?\n]{0,40}\b(?:been\s+on\s+it|drunk|been\s+drinking|smell\s+it\s+on|over\s+the\s+limit)\b", NEGLECT, 0.8),
    (r"\bsmell\s+(?:it|the\s+drink|alcohol|booze)\s+on\s+(?:him|her|his\s+breath|her\s+breath)\b", NEGLECT, 0.3),
    # Discharged to nobody: the package never started, water from the bathroom tap.
    (r"\b(?:care\s+package|carers?|package)\b[^.!?\n]{0,30}\b(?:meant|supposed|due)\s+to\s+start\b[^.!?\n]{0,40}\b(?:nobody|no\s*one|no-one)\b", NEGLECT, 0.5),
    (r"\bdrinking\s+(?:water\s+)?from\s+the\s+(?:bathroom\s+)?tap\b|\bnot\s+as\s+far\s+as\s+the\s+(?:kitchen|toilet|door|phone)\b", NEGLECT, 0.4),
    # A worker who has acted: referrals made, a MARAC, the safeguarding lead called.
    (r"\b(?:police|ASC|MASH|CSC|adult\s+social\s+care|children'?s\s+(?:services|social\s+care|duty|front\s+door))\s+(?:and\s+\w+\s+)?referrals?\s+(?:made|done|sent|in)\b|\bMARAC\s+referral\b|\bstrategy\s+meeting\s+(?:booked|called|today|tomorrow)\b", REPORTED, 0.5),
    (r"\b(?:called|rang|informed|told|passed\s+(?:it\s+)?to|escalated\s+(?:it\s+)?to|walked\s+straight\s+to)\s+(?:the\s+|our\s+)?(?:\w+\s+)?(?:safeguarding\s+lead|DSL)\b", REPORTED, 0.5),
    # Twenty-first round, from blind sets AB (late-night texts) and AC (the regions).
    # Goodbyes: letters in the drawer, "wanted someone to know before", "tarra", a will.
    (r"\b(?:just\s+)?wanted\s+(?:someone|somebody|you|someone\s+here)\s+to\s+know\s+before\b", SUICIDAL, 0.6),
    (r"\bsay\s+(?:tarra|ta-ra|goodbye|bye|my\s+goodbyes)\s+to\b|\bwith\s+(?:me|my)\s+will\b", SUICIDAL, 0.4),
    (r"\bthanks\s+for\s+trying\s+with\s+me\b", SUICIDAL, 0.5),
    # Tablets bought in several chemists so nobody asks.
    (r"\b(?:\d+|two|three|four|five|several|different)\s+(?:different\s+)?(?:chemists|pharmacies|shops|supermarkets)\b[^.!?\n]{0,40}\bso\s+(?:nobody|no\s*one|they)\s+(?:would|wouldn'?t|will|won'?t)\s+(?:ask|notice)\b", SUICIDAL, 1.0),
    # On the railings of a bridge; one leg over the rail; "a good while" there at night.
    (r"\b(?:sat|sitting|standing|stood|perched)\s+on\s+the\s+(?:railings?|edge|ledge|parapet|wall|barrier)\s+(?:at|of|on|by)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:bridge|viaduct|cliffs?|pier|quay|multi-?storey|car\s+park|roof|dam|reservoir)\b", SUICIDAL, 1.0),
    (r"\b(?:got|put|had|swung)\s+(?:one|a|my)\s+leg\s+over\s+the\s+(?:rail|railings?|edge|side|barrier|parapet)\b", SUICIDAL, 1.0),
    (r"\bstand\s+there\s+a\s+good\s+while\b|\b(?:don'?t|can'?t)\s+see\s+what\s+the\s+rest\s+of\s+it'?s\s+for\b", SUICIDAL, 0.6),
    # Cutting deeper than before, bleeding that will not stop; marks from the straighteners.
    (r"\b(?:deeper|worse)\s+than\s+(?:normal|usual|before|last\s+time|I\s+(?:normally|usually)\b)", SELF_HARM, 0.6),
    (r"\bcan'?t\s+get\s+it\s+to\s+stop\s+bleeding\b", SELF_HARM, 0.6),
    (r"\bmarks\s+on\s+my\s+(?:arms?|legs?|wrists?)\s+(?:are\s+)?(?:from|fae|off)\s+the\s+(?:straighteners|iron|lighter|hob|curling\s+tongs)\b", SELF_HARM, 0.6),
    (r"\bonly\s+thing\s+that\s+shuts\s+my\s+(?:head|heid)\s+up\b", SELF_HARM, 0.5),
    # A friend who took something and won't wake properly, his lips going blue.
    (r"\blips\s+(?:(?:look|looks|are|is|going|gone|turning)\s+){0,2}(?:a\s+bit\s+)?(?:blue|grey|purple)\b", MEDICAL, 0.8),
    # A parent in bed for days; a child feeding a sister dry cereal; food hidden at school.
    (r"\b(?:hasn'?t|has\s+not|not)\s+got\s+up\s+(?:for|in)\s+(?:\d+|two|three|four|five|days)\b", NEGLECT, 0.6),
    (r"\bno\s+food\s+left\b|\bfridge\s+(?:is\s+)?empty\b", NEGLECT, 0.4),
    (r"\bhiding\s+(?:food|rolls|bread|sandwiches|fruit)\b[^.!?\n]{0,30}\bin\s+(?:his|her|their)\s+(?:bag|pockets?)\b|\bno\s+adult\s+voice\b", NEGLECT, 0.5),
    (r"\b(?:wearing|in)\s+the\s+same\s+clothes\b|\bstarving\b", NEGLECT, 0.3),
    # Older ones in a car at midnight, cash and a second phone.
    (r"\bolder\s+ones\b[^.!?\n]{0,40}\bpick\s+(?:him|her)\s+up\b|\b(?:keeps?|started|starts|starting)\s+coming\s+(?:in|home|back)\s+with\s+(?:cash|money)\b", EXPLOITATION, 0.5),
    # Round forty: a young person's second phone, one of the signs with cash and older friends.
    (r"\b(?:a|the|his|her)\s+(?:second|spare|extra|other)\s+phone\b(?![^.!?\n]{0,25}\bfor\s+(?:work|his\s+job|her\s+job|the\s+job)\b)"
     r"(?=[^\n]{0,160}\b(?:cash|money|trainers|older\s+(?:lads|boys|ones|men|friends))\b)",
     EXPLOITATION, 0.6),
    # A debt for a lost bag worked off by another trip; they know where she lives.
    (r"\b(?:another|one\s+more)\s+(?:trip|run)\s+(?:up|down|over)?\s*to\s+\w+\s+to\s+(?:clear|pay\s+off|work\s+off)\s+(?:it|the\s+debt)\b", EXPLOITATION, 1.0),
    (r"\b(?:bag|parcel|package)\s+that\s+got\s+(?:took|taken|nicked|robbed)\b", EXPLOITATION, 0.6),
    (r"\b(?:they|he)\s+know\s+where\s+(?:she|he|my\s+\w+)\s+lives\b", THREAT, 0.5),
    # An ex just released, sitting outside in his van every night.
    (r"\bsits?\s+outside\s+(?:in\s+(?:his|a|the)\s+(?:van|car)\s+)?every\s+night\b|\bgot\s+released\s+last\s+week\b", ABUSE, 0.5),
    # A child's passport locked away, "you'll never see her", no bank card of her own.
    (r"\b(?:I'?ll|you'?ll|she'?ll|I\s+will|you\s+will)\s+never\s+see\s+(?:her|him|them|the\s+kids|the\s+baby|my\s+\w+)(?:\s+again)?\b", COERCIVE, 0.6),
    (r"\b(?:not|no)\s+allowed\s+(?:my|her|his)\s+own\s+(?:bank\s+card|money|phone|key)\b", COERCIVE, 0.6),
    (r"\b(?:he'?ll|she'?ll|he\s+will)\s+have\s+the\s+(?:kids|children|baby|bairns|weans)\s+off\s+me\b", COERCIVE, 1.0),
    (r"\b(?:I'?m\s+)?not\s+to\s+see\s+my\s+(?:sister|mum|mam|family|friends|brother)\b", COERCIVE, 0.5),
    # A threat on the door: "do my knees", out of town by Sunday.
    (r"\b(?:do|break|smash|shoot)\s+(?:my|his|her|your)\s+knees\b|\bkneecap\w*\b", THREAT, 1.0),
    (r"\b(?:til|till|until)\s+\w+\s+to\s+be\s+out\s+of\b", THREAT, 0.5),
    # An older woman's bed sore, a back door bolted outside, the nurse kept out.
    (r"\bbolted\s+(?:\w+\s+)?on\s+the\s+outside\b", ABUSE, 1.0),
    (r"\bgrade\s+[34]\s+(?:pressure\s+)?sore\b|\bsame\s+(?:wet\s+|soiled\s+|dirty\s+)?(?:nightie|nightdress|pad|nappy)\s+(?:as|since)\b", NEGLECT, 0.6),
    (r"\brefused\s+(?:the\s+)?(?:DN|district\s+nurse|nurse|carers?|social\s+worker)\s+(?:entry|access)\b", NEGLECT, 0.5),
    (r"\bagency\s+missed\s+(?:\d+|two|three)\s+calls\b", NEGLECT, 0.5),
    # A child with a mark "from the door"; a father who answers the phone.
    (r"\b(?:got|has)\s+a\s+mark\s+on\s+(?:his|her)\s+(?:face|neck|arm|cheek)\b|\bcan'?t\s+ring\s+the\s+house,?\s+(?:he|she)\s+answers\b", ABUSE, 0.4),
    # A landlord who lets himself in and sits on the bed; furniture against the door.
    (r"\b(?:'s|has)\s+let\s+himself\s+in\b|\bsat\s+on\s+the\s+end\s+of\s+my\s+bed\b", ABUSE, 0.6),
    (r"\b(?:push|pushed|put|wedge|wedged)\s+(?:the|a)\s+(?:chest\s+of\s+drawers|wardrobe|chair|table|bed)\s+(?:up\s+)?against\s+the\s+door\b", ABUSE, 0.6),
    # Twentieth round, from blind sets Z (a new dev-like batch) and AA (refugees, Deaf and
    # disabled people, and their interpreters and advocates).
    # Burning held over a lighter; the noise in the head.
    (r"\bholding\s+my\s+(?:arm|hand|wrist|leg)\s+over\s+(?:the|a)\s+(?:lighter|flame|candle|hob|gas)\b", SELF_HARM, 1.0),
    (r"\bonly\s+thing\s+that\s+makes\s+the\s+noise\s+in\s+my\s+head\s+(?:stop|go\s+quiet)\b", SELF_HARM, 0.5),
    # Not caring whether I wake up, after release with no tolerance.
    (r"\b(?:don'?t|do\s+not)\s+(?:really\s+|even\s+)?care\s+(?:if|whether)\s+I\s+(?:wake\s+up|die|live|make\s+it)\b", SUICIDAL, 1.0),
    (r"\bknow\s+(?:exactly\s+)?what\s+(?:one|a)\s+(?:bag|hit|dig|line)\s+would\s+do\s+to\s+me\b", SUICIDAL, 0.5),
    # Cuckooing in a worker's note: men who will not leave the room, scales and bags.
    (r"\bwouldn'?t\s+leave\s+the\s+room\s+while\b|\bscales\s+(?:and|\+|&)\s+(?:small\s+)?bags\b", EXPLOITATION, 0.6),
    (r"\bno\s+longer\s+has\s+(?:his|her|their)\s+(?:bank\s+)?card\b|\b(?:front\s+)?door\s+lock\s+(?:snapped|broken|smashed|kicked\s+in|forced)\b", EXPLOITATION, 0.5),
    (r"\b(?:they|he|she)\s+keeps?\s+my\s+(?:keys?|bank\s+card|card|phone|money)\b|\bnew\s+friends\s+live\s+(?:at|in)\s+my\s+(?:flat|house|place)\b", EXPLOITATION, 0.6),
    (r"\b(?:keep|keeps|kept|have|has|got)\s+my\s+(?:keys?|bank\s+card)\s+(?:and|&|n)\s+my\s+(?:keys?|bank\s+card|card|phone|money)\b", EXPLOITATION, 1.0),
    (r"\b(?:knock|knocking|bang|banging)\s+all\s+night\b", EXPLOITATION, 0.4),
    # A child's nappy not changed since the last visit; mouldy bread the only food.
    (r"\bsame\s+(?:nappy|pad|pads|clothes)\s+(?:as|since|all\s+(?:night|day))\b|\bnappy\s+rash\s+(?:is\s+)?(?:bleeding|raw|weeping)\b", NEGLECT, 0.6),
    (r"\bonly\s+food\s+in\s+(?:the\s+)?(?:flat|house)\b|\bno\s+money\s+for\s+food\b|\bcereal\s+with\s+water\b", NEGLECT, 0.5),
    # "Have to be nice to whoever comes round": sex for a bed.
    (r"\bhave\s+to\s+be\s+['‘\"]?nice['’\"]?\s+to\s+(?:whoever|his\s+mates|their\s+mates|them|the\s+men|anyone)\b", EXPLOITATION, 1.0),
    # A marriage arranged abroad, and what happens on saying no.
    (r"\b(?:the\s+)?(?:man|boy|girl|woman)\s+I'?m\s+(?:going\s+to|gonna|supposed\s+to|meant\s+to|being\s+made\s+to)\s+marry\b", ABUSE, 0.8),
    (r"\bbooked\s+(?:the\s+)?(?:flights|tickets)\b", ABUSE, 0.3),
    # Goodbyes: debts paid back, "all sorted now", calm as never before.
    (r"\bpaid\s+(?:his|her|my)\s+\w+\s+back\s+what\s+(?:he|she|I)\s+owed\b|\bcalm\s+in\s+a\s+way\s+(?:he|she)\s+(?:hasn'?t|has\s+not)\s+been\b", SUICIDAL, 0.5),
    # An interpreter's quiet words: "couldn't sit down for a week", "he checks everything".
    (r"\bcouldn'?t\s+sit\s+down\s+for\s+a\s+week\b", ABUSE, 0.8),
    (r"\b(?:he|she)\s+checks\s+everything\b|\b(?:my\s+)?phone\s+he\s+checks?\b|\b(?:not|don'?t)\s+know\s+who\s+to\s+tell\b", COERCIVE, 0.4),
    # A hearing husband who interprets every appointment for his Deaf wife.
    (r"\bevery\s+appointment\s+(?:he|she)\s+interprets?\b|\b(?:he|she)\s+interprets?\s+(?:for\s+me\s+)?(?:at\s+)?every\s+appointment\b", COERCIVE, 0.4),
    # At the bridge at night, the water quieter than my head.
    (r"\b(?:stand|stood|standing|sit|sat)\s+there\s+(?:a\s+)?long\s+time\b|\b(?:the\s+)?water\s+(?:is|looks|seems)\s+(?:so\s+)?(?:quiet|peaceful|calm|inviting)\b", SUICIDAL, 0.6),
    # Labour exploitation: money off the wage for a bed, ID cards kept "for safety".
    (r"\btakes?\s+£\s?\d+\s+(?:from|off|out\s+of)\s+(?:my|our|the|his|her)\s+wages?\b|\bI\s+am\s+afraid\b", EXPLOITATION, 0.3),
    (r"\basked\s+for\s+(?:his|her|my)\s+(?:online\s+)?banking\s+(?:login|details|password)\b", EXPLOITATION, 0.8),
    (r"\b(?:had|taken|got)\s+(?:about\s+|over\s+)?£\s?[\d,]+\s+off\s+(?:him|her|me)\b", EXPLOITATION, 0.4),
    # Care withheld and threatened: "go on then and see who comes after that".
    (r"\bsee\s+who\s+comes\s+after\s+that\b|\bsore\s+on\s+my\s+(?:back|bottom|heel|hip)\s+(?:getting|is\s+getting)\s+worse\b", NEGLECT, 0.5),
    (r"\bnot\s+going\s+out\s+without\s+him\b|\b(?:my\s+)?visa\s+will\s+finish\b|\bsend\s+me\s+back\s+and\s+my\s+children\b", COERCIVE, 0.5),
    # Money read out wrongly to someone who cannot see; a pension gone by the tenth.
    (r"\basked\s+me\s+to\s+sign\s+(?:something|papers|forms|a\s+form)\b|\bfigures\s+(?:she|he)\s+reads\s+out\s+(?:don'?t|do\s+not)\s+add\s+up\b", EXPLOITATION, 0.5),
    (r"\bby\s+the\s+\d{1,2}(?:st|nd|rd|th)?\s+it'?s\s+(?:all\s+)?gone\b", EXPLOITATION, 0.5),
    # Hate crime: "go home", words painted on the door.
    (r"\bshout(?:s|ing|ed)?\s+['‘\"]?go\s+home\b", ABUSE, 0.6),
    (r"\bpaint(?:s|ed)?\s+(?:words|graffiti|\w+)\s+on\s+(?:our|my|the)\s+(?:door|house|car|window|wall)\b", ABUSE, 0.5),
    # A care home: a bolt on the outside of her door, "she bruises easily".
    (r"\bbolt\s+on\s+the\s+outside\b", ABUSE, 1.0),
    (r"\b(?:she|he)\s+bruises\s+easily\b", ABUSE, 0.4),
    # Nineteenth round, from blind sets W (young people), X (workers' notes) and Y (older
    # people and carers).
    # Grooming: "mature for my age", a meeting he must not tell mum about, money for skins.
    (r"\bmature\s+for\s+(?:my|her|his|your)\s+age\b", EXPLOITATION, 0.6),
    (r"\b(?:wants?|asked|told|tells|asking)\s+(?:me|him|her)\s+to\s+(?:meet|get\s+the\s+(?:train|bus)|come)\b[^.!?\n]{0,60}\b(?:and|n|&)\s+not\s+tell\b", EXPLOITATION, 1.0),
    (r"\b(?:says|said)\s+(?:he'?s|she'?s|he\s+is|she\s+is)\s+1[3-9]\s+but\b|\bmoney\s+for\s+(?:skins|v-?bucks|robux|game\s+credit|gems)\b", EXPLOITATION, 0.5),
    # Drug running: a debt for lost bags, they know where college is.
    (r"\bowe\s+(?:them|him)\s+for\s+(?:\d+|two|three|the)\s+(?:bags|packs|parcels|packages)\b", EXPLOITATION, 1.0),
    (r"\b(?:they|he)\s+know\s+where\s+(?:I\s+live|it\s+is|my\s+(?:mum|mam|nan)\s+lives|I\s+go)\b", THREAT, 0.5),
    (r"\b(?:take|took|takes|taking|grab\w*|snatch\w*)\s+(?:the|his|her)\s+(?:bags?|parcel|food|money|voucher|bank\s+card|(?:debit\s+)?card|pension|purse|wallet|benefits|cash)\s+(?:off|from)\s+(?:him|her)\b", EXPLOITATION, 0.6),
    (r"\bsplit\s+lip\b|\bbrand\s+new\s+phone\b", EXPLOITATION, 0.3),
    (r"\bcar\s+(?:\w+\s+){0,3}?at\s+the\s+end\s+of\s+(?:our|the|my)\s+(?:road|street)\s+with\b", EXPLOITATION, 0.5),
    # Thrown out at sixteen into the cold.
    (r"\bbin-?\s?bagged\b|\b(?:put|threw|chucked)\s+(?:all\s+)?my\s+(?:stuff|things|clothes)\s+(?:out|on\s+the\s+step|in\s+bin\s+bags)\b|\bleft\s+it\s+on\s+the\s+(?:door)?step\b", NEGLECT, 0.6),
    (r"\b(?:sat|sitting|sleeping|slept)\s+in\s+(?:a|the)\s+bus\s+shelter\b|\bproper\s+freezing\b", NEGLECT, 0.4),
    # Not seeing oneself at eighteen; letters to the brothers "just in case"; gifts "after".
    (r"\b(?:don'?t|can'?t)\s+(?:really\s+)?see\s+myself\s+(?:being\s+here|being\s+around|making\s+it|alive|still\s+here)\s+(?:for|at|to|by|in)\b", SUICIDAL, 1.0),
    (r"\b(?:letters?|notes?)\s+to\s+(?:my|his|her)\s+(?:\w+\s+)?(?:brothers|sisters|kids|children|boys|girls|family)\b[^.!?\n]{0,30}\bjust\s+in\s+case\b", SUICIDAL, 1.0),
    (r"\bmake\s+sure\s+(?:his|her|my)\s+\w+\s+(?:gets?|got|has|had)\s+(?:his|her|my)\s+\w+\s+['‘\"]?after\b", SUICIDAL, 1.0),
    (r"\bgiving\s+away\s+(?:all\s+)?(?:his|her|my|their)\s+(?:vapes|canteen|stuff|things|trainers|clothes|games)\b", SUICIDAL, 0.6),
    (r"\bnot\s+like\s+I'?(?:ll|\s+will)\s+be\s+(?:around|here)\s+(?:much|for\s+much|any)\s+longer\b", SUICIDAL, 1.0),
    (r"\b(?:wouldn'?t|won'?t)\s+be\s+needing\s+(?:them|it|those|any\s+of\s+(?:them|it))\s+['‘\"]?after\b|\bcancel\w*\s+(?:every|all\s+(?:his|her|my))\s+appointments?\b", SUICIDAL, 0.6),
    (r"\bfound\s+(?:the|my|his|her)\s+(?:cat|dog)\s+a\s+(?:new\s+)?home\b", SUICIDAL, 0.4),
    (r"\bnot\s+to\s+bother\s+with\s+the\s+\w+\s+because\s+(?:he|she|I)\s*(?:'d|had|has|'s)\s+['‘\"]?sorted\s+it\b", SUICIDAL, 0.5),
    # Tablets saved in the tea caddy; "I'll know when"; stopping the heart tablets.
    (r"\b(?:putting|put|saving|saved|keeping|kept|stashing|hoarding)\s+(?:my\s+|her\s+|his\s+)?(?:\w+\s+)?(?:tablets|pills|meds)\s+(?:by|aside|away|up)\b", SUICIDAL, 0.8),
    (r"\bI'?(?:ll|\s+will)\s+know\s+when\b", SUICIDAL, 0.4),
    (r"\bstopped\s+taking\s+(?:my|the|her|his)\s+(?:\w+\s+)?(?:tablets|pills|meds|medication|insulin)\b", SUICIDAL, 0.5),
    (r"\b(?:I'?d|I\s+would)\s+(?:sooner|rather)\s+it\s+happened\b", SUICIDAL, 0.6),
    # Violence at home: up the wall by the neck, a door off its hinges, a grabbed arm.
    (r"\b(?:up|against)\s+the\s+wall\s+by\s+(?:my|her|his)\s+(?:neck|throat)\b", ABUSE, 1.0),
    (r"\b(?:taking|takes|took)\s+my\s+(?:bedroom\s+)?door\s+off\s+(?:the|its)\s+hinges\b", COERCIVE, 0.5),
    (r"\bgrabs?\s+my\s+(?:arm|wrist|hair|throat|neck)\b|\b(?:chucks|throws|chucking|throwing)\s+(?:stuff|things)\b", ABUSE, 0.6),
    (r"\b(?:have|'ll\s+have|need)\s+to\s+delete\s+this\b", COERCIVE, 0.3),
    (r"\bfist\s+through\s+the\s+(?:\w+\s+)?(?:door|wall|window)\b", ABUSE, 0.6),
    (r"\bchair\s+(?:wedged|jammed)\s+under\s+the\s+(?:door\s+)?handle\b", ABUSE, 0.6),
    (r"\bhelps?\s+(?:him|her)self\s+to\s+my\s+(?:purse|money|pension|card|savings)\b", EXPLOITATION, 0.5),
    (r"\b(?:my\s+\w+|she|he)\s+thinks\s+I\s+walked\s+into\s+a\b|\b(?:handbag|bag|tablets|keys)\s+(?:\w+\s+){0,4}by\s+the\s+(?:back|front)\s+door\b[^.!?\n]{0,20}\bjust\s+in\s+case\b", ABUSE, 0.5),
    (r"\bwon'?t\s+have\s+the\s+phone\s+in\s+\w+\s+\w+\s+in\s+case\b", COERCIVE, 0.5),
    # A parent's overdose again; blades out of pencil sharpeners; legs to hide.
    (r"\b(?:took|taken|swallowed)\s+(?:loads|a\s+load|all|a\s+handful)\s+of\s+(?:her|his|my|their)\s+(?:tablets|pills|meds)\b", SUICIDAL, 1.0),
    (r"\bblades?\s+(?:out\s+of|from)\s+(?:pencil\s+)?sharpeners?\b", SELF_HARM, 1.0),
    (r"\bwhy\s+my\s+(?:legs|arms|wrists|thighs)\s+look\s+like\s+that\b", SELF_HARM, 0.6),
    # Children without food or care: a parent away at a boyfriend's, leftovers taken home.
    (r"\b(?:mum|mam|mom|dad)(?:'?s|\s+has)\s+been\s+(?:at|round|staying\s+at)\s+(?:her|his)\s+(?:boyfriend|girlfriend|fella|partner)'?s\s+since\b", NEGLECT, 0.6),
    (r"\btake\s+(?:the\s+)?(?:leftover|spare|left-over)\s+(?:food|sandwiches|bread|fruit)\s+home\b|\buniform\s+(?:hasn'?t|has\s+not|not)\s+been\s+washed\b", NEGLECT, 0.5),
    (r"\b(?:couldn'?t|could\s+not|can'?t)\s+say\s+when\s+(?:she|he|they|the\s+baby)\s+(?:was|were)\s+last\s+fed\b|\bnappy\s+(?:soaked|sodden|soaking)\b", NEGLECT, 0.6),
    (r"\bslurring\b|\bflat\s+(?:was\s+)?(?:about\s+)?(?:1[0-4]|[5-9])\s+degrees\b", NEGLECT, 0.3),
    # Coercive control in a worker's notes: letters opened, no phone of her own.
    (r"\b(?:he|she)\s+opens\s+(?:them|my\s+(?:post|letters|mail)|her\s+(?:post|letters|mail))\b", COERCIVE, 0.5),
    (r"\b(?:doesn'?t|does\s+not|don'?t)\s+have\s+(?:her|his|my)\s+own\s+phone\b|\bstood\s+in\s+the\s+doorway\s+(?:throughout|the\s+whole\s+time)\b", COERCIVE, 0.5),
    (r"\b(?:goes|went)\s+through\s+my\s+(?:call\s+log|calls|messages|texts|bank\s+statements)\b|\b(?:cheap|second|secret|spare)\s+phone\s+hid(?:den)?\b", COERCIVE, 0.6),
    # Labour exploitation: a BRP kept, a threat of the Home Office, a room for the work.
    (r"\b(?:keeping|keeps|kept|holding|holds|has|got)\s+['‘\"]?(?:keeping['’\"]?\s+)?(?:her|his|my)\s+BRP\b|\b['‘\"]keeping['’\"]\s+(?:her|his|my)\s+\w+\b", EXPLOITATION, 0.8),
    (r"\b(?:tell|report|grass)\s+(?:her|him|me|them)?\s*(?:to\s+)?the\s+Home\s+Office\b", THREAT, 0.6),
    (r"\b(?:six|seven|6|7)\s+days\s+a\s+week\b[^.!?\n]{0,40}\bfor\s+(?:the|a)\s+room\b", EXPLOITATION, 0.6),
    # An older woman's injuries and her husband's story.
    (r"\byellowing\s+bruis\w*\b|\bwhatever\s+he\s+told\s+you\b|\b(?:third|fourth|fifth)\s+call\s+to\s+(?:this|the)\s+address\b", ABUSE, 0.5),
    (r"\bavoids\s+eye\s+contact\b|\binsisted\s+on\s+(?:travelling|coming|staying)\b", ABUSE, 0.3),
    # Older people's money taken: the card taken to the cash machine, "he's all I've got".
    (r"\btakes?\s+(?:me|my)\s+card\b|\bif\s+I\s+ask\s+where\s+my\s+(?:pension|money|benefits)\s+goes\b", COERCIVE, 0.5),
    (r"\bgot\s+(?:ever\s+so\s+|really\s+|very\s+|proper\s+)?nasty\b", ABUSE, 0.4),
    (r"\b(?:he'?s|she'?s)\s+all\s+I'?ve\s+got\b", ABUSE, 0.4),
    (r"\b(?:must\s+not|mustn'?t|not\s+to)\s+(?:discuss|tell|mention)\s+(?:it|this)\s+(?:with|to)\s+(?:the\s+)?(?:cashier|bank|branch|staff|my\s+\w+|anyone|anybody)\b", EXPLOITATION, 0.6),
    (r"\b(?:taking|take|takes|drive|driving)\s+me\s+to\s+the\s+(?:bank|building\s+society|post\s+office|cash\s+machine)(?:\s+\w+){0,3}?\s+to\s+(?:draw|take|get)\b", EXPLOITATION, 0.8),
    (r"\bsaid\s+not\s+to\s+bother\s+my\s+(?:son|daughter|family|kids|children)\b", EXPLOITATION, 0.5),
    (r"\bhad\s+me\s+sign\s+(?:some\s+)?(?:papers|forms|documents)\b|\bdon'?t\s+see\s+the\s+statements\b", EXPLOITATION, 0.5),
    (r"\bjust\s+got\s+(?:herself|himself)\s+a\s+new\s+car\b", EXPLOITATION, 0.3),
    (r"\bneeds?\s+money\s+for\s+(?:a\s+flight|her\s+visa|his\s+visa|a\s+ticket|customs|the\s+hospital)\b|\bsent\s+(?:her|him)\s+(?:over\s+)?(?:£\s?[\d,]+|\w+\s+thousand)\b", EXPLOITATION, 0.6),
    (r"\bskipping\s+meals\s+to\b", NEGLECT, 0.3),
    # Cuckooing: sleeping on his own kitchen floor, callers every twenty minutes.
    (r"\bsleeping\s+on\s+(?:the|his|her)\s+(?:own\s+)?(?:kitchen\s+|living\s+room\s+|front\s+room\s+)?floor\b|\bcallers\s+at\s+the\s+door\s+every\b|['‘\"]mind['’\"]\s+(?:his|her)\s+(?:bank\s+)?card\b", EXPLOITATION, 0.5),
    # Falls: on the bathroom mat till it got light, the pendant in a drawer.
    (r"\b(?:lay|lying|laid|stayed)\s+on\s+the\s+(?:\w+\s+)?(?:mat|floor|carpet)\s+(?:till|until|all)\b|\b(?:couldn'?t|could\s+not)\s+get\s+(?:meself|myself|himself|herself)\s+up\b", MEDICAL, 0.6),
    (r"\b(?:button|pendant|alarm)\s+(?:\w+\s+){0,2}in\s+the\s+drawer\b|\b(?:going\s+over|falling)\s+a\s+(?:fair\s+)?bit\b", MEDICAL, 0.3),
    # Self-neglect: stone lost, papers to the ceiling, milk gone solid.
    (r"\blost\s+(?:about\s+|over\s+|nearly\s+)?(?:\d+|two|three|four)\s+stone\b|\bstacked\s+to\s+the\s+ceiling\b|\bmilk\s+gone\s+(?:solid|off|lumpy)\b", NEGLECT, 0.4),
    # Eighteenth round, from blind sets U (answers to the bot) and V (public posts).
    # Control told in its details: who I'm with, the mileage, "if I've behaved".
    (r"\bsend(?:ing)?\s+(?:him|her)\s+a\s+(?:photo|pic|picture|selfie)\s+of\s+(?:who|where|what)\b|\bchecks?\s+the\s+mileage\b", COERCIVE, 0.6),
    (r"\b(?:wasn'?t|isn'?t|not|never)\s+worth\s+what\s+(?:happened|happens|comes)\s+after\b", ABUSE, 0.6),
    (r"\bif\s+I'?(?:ve|\s+have)?\s+(?:behaved|been\s+good)\b|\b(?:goes|go|went|gets\s+paid|is\s+paid)\s+into\s+his\s+(?:bank\s+)?account\b|\b(?:sat|sits|sitting)\s+next\s+to\s+me\s+when\s+I'?m\s+on\s+the\s+phone\b", COERCIVE, 0.5),
    (r"\b(?:doesn'?t|won'?t)\s+like\s+(?:me|her|him)\s+(?:ringing|phoning|seeing|talking\s+to|going\s+to)\b", COERCIVE, 0.5),
    # A threat against a life: "won't see Christmas"; too frightened to ring the police.
    (r"\b(?:won'?t|will\s+not)\s+see\s+(?:christmas|her\s+birthday|his\s+birthday|the\s+new\s+year|next\s+(?:week|year)|the\s+weekend|another\s+\w+)\b", THREAT, 1.0),
    (r"\btoo\s+(?:frightened|scared|afraid|terrified)\s+to\s+(?:ring|call|phone|tell|go\s+to)\b", ABUSE, 0.5),
    # Hunger, cold and wounds: no hot dinner since Sunday, toes that cannot be felt.
    (r"\bnot\s+had\s+(?:a\s+)?(?:hot\s+)?(?:dinner|meal|food)\s+since\b", NEGLECT, 0.5),
    (r"\bcan'?t\s+feel\s+(?:\w+\s+of\s+)?my\s+(?:toes|feet|fingers|legs|hands)\b", MEDICAL, 0.6),
    (r"\bchest\s+(?:rattling|rattles|wheezing)\b", MEDICAL, 0.3),
    (r"\bhome\s+alone\b|\b(?:soaked|soaking|sodden)\s+nappy\b|\bsevere\s+(?:nappy\s+)?rash\b", NEGLECT, 0.5),
    # Self-harm that quiets the head; a relapse with no tolerance; not fussed about waking.
    (r"\bonly\s+thing\s+that\s+(?:makes\s+)?(?:my\s+head|it|things)\s+(?:go\s+)?(?:quiet|calm|stop)\b", SELF_HARM, 0.5),
    (r"\b(?:my\s+)?tolerance(?:'s|\s+is|\s+has)?\s+(?:gone|dropped|down|shot)\b", SUICIDAL, 0.5),
    (r"\bnot\s+(?:even\s+|that\s+|really\s+)?(?:fussed|bothered)\s+if\s+I\s+(?:wake\s+up|don'?t\s+wake\s+up|die)\b", SUICIDAL, 1.0),
    # "if it wasn't for him I'd have gone through with it weeks ago": still held back, now.
    (r"\bif\s+it\s+(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+for\s+[^.!?\n]{1,40}?\b(?:I'?d|id|I\s+would)\s+(?:have\s+)?(?:gone\s+through\s+with\s+it|done\s+it|ended\s+it|killed\s+myself|not\s+be\s+here|be\s+dead|be\s+gone)\b(?:\s+(?:weeks|months|days|years)\s+ago)?", SUICIDAL, 1.0),
    (r"\b(?:won'?t|will\s+not)\s+have\s+to\s+put\s+up\s+with\s+me\s+(?:for\s+)?(?:much|any|very)\s+longer\b", SUICIDAL, 1.0),
    (r"\b(?:found|find)\s+\d+\+?\s+(?:co-?codamol|paracetamol|tablets|pills|sleeping\s+pills)\b", SUICIDAL, 0.6),
    (r"\bgave\s+(?:his|her|their|my)\s+(?:watch|ring|necklace|medals|guitar|things)\s+to\b|\bgiv(?:ing|en|e)\s+(?:all\s+)?(?:his|her|my|their)\s+(?:stuff|things|belongings)\s+away\b", SUICIDAL, 0.6),
    (r"\b(?:you'?ll|you\s+will)\s+need\s+(?:these|this|them|it)\s+more\s+than\s+me\b|\bgoing\s+away\s+for\s+a\s+(?:bit|while)\b", SUICIDAL, 0.4),
    # A home taken over: lads who stay in the room, a bolt on the door, a room used.
    (r"\blooked\s+at\s+(?:them|him|her)\s+before\s+(?:answering|he\s+answered|she\s+answered|speaking)\b|\bstayed\s+in\s+the\s+room\s+the\s+whole\s+time\b", COERCIVE, 0.5),
    (r"\bnew\s+(?:bolt|lock)\s+on\s+(?:the|his|her)\s+(?:bedroom\s+)?door\b|\buse\s+(?:his|her|their)\s+(?:room|flat)\s+whenever\s+they\s+want\b", EXPLOITATION, 0.5),
    (r"\b(?:money|benefits|pension|wages)\s+(?:took|taken)\s+off\s+(?:him|her|them)\b", EXPLOITATION, 0.6),
    (r"\b(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|was|looks?|looked|seemed)\s+terrified\b", ABUSE, 0.3),
    # Violence near a baby; a neighbour's house at night.
    (r"\bthrew\s+(?:the|a|his|her)\s+\w+\s+(?:at\s+(?:me|her|him|the\s+baby)|and\s+it\s+hit)\b|\bhit\s+the\s+(?:side\s+of\s+the\s+)?(?:cot|pram|moses\s+basket)\b", ABUSE, 0.6),
    (r"\b(?:they'?ll|they\s+will|they'?d)\s+take\s+(?:her|him|them|the\s+baby|my\s+\w+)\s+(?:off|away\s+from)\s+me\b", ABUSE, 0.5),
    (r"\b(?:kids?|baby|children)\s+(?:crying|screaming)\b[^.!?\n]{0,30}\b(?:him|he'?s|her|she'?s|dad|mum)\s+(?:shouting|screaming|yelling)\b", ABUSE, 0.5),
    (r"\bsunglasses\s+on\s+in\s+(?:december|january|february|november|winter|the\s+rain|the\s+dark)\b|\b(?:hear|heard)\s+the\s+banging\b", ABUSE, 0.4),
    # An old neighbour not seen: curtains still shut, no answer at the door.
    (r"\bcurtains\s+(?:are\s+|still\s+|been\s+)*(?:shut|closed|drawn)\b|\bnobody\s+(?:checking|checks)\s+on\s+(?:him|her)\b", NEGLECT, 0.3),
    (r"\b(?:didn'?t|doesn'?t|hasn'?t)\s+answer(?:ed)?\s+when\s+I\s+(?:knocked|rang|called)\b", NEGLECT, 0.4),
    # Grooming online: money for pictures, told not to tell mum.
    (r"\b(?:money|cash|gifts?|credit|vouchers)\s+for\s+['‘\"]?(?:pics|photos|pictures|videos|nudes|selfies)\b", EXPLOITATION, 1.0),
    (r"\b(?:telling|tells|told)\s+(?:her|him)\s+not\s+to\s+tell\s+(?:her|his|their)\s+(?:mum|mam|mom|dad|parents|teacher)\b", EXPLOITATION, 0.6),
    # Food locked away from a child; an old man left in wet pads with sores.
    (r"\b(?:padlocks?|padlocked|locks?|locked)\s+(?:the\s+)?(?:kitchen\s+)?(?:cupboards|fridge|food|kitchen)\b"
     r"|\bpadlock\s+on\s+the\s+(?:fridge|cupboards?|kitchen(?:\s+door)?)\b"
     r"|\b(?:kitchen(?:\s+door)?|fridge|cupboards?)\s+(?:is\s+|kept\s+|stays\s+)?locked\b|\bkeeps?\s+the\s+(?:kitchen(?:\s+door)?|fridge|cupboards?)\s+locked\b", NEGLECT, 1.0),
    (r"\b(?:sat|sitting|left|lying)\b[^.!?\n]{0,40}\bin\s+wet\s+(?:pads|nappies|pants|clothes|sheets)\b|\bsores\s+on\s+(?:his|her)\s+(?:backside|bottom|heels?|back|hips?)\b", NEGLECT, 0.6),
    (r"\bbegs?\s+(?:me|us)\s+not\s+to\s+(?:say|tell|report|mention)\b", ABUSE, 0.5),
    # A daughter going missing for nights; a car at the end of the road.
    (r"\bgoing\s+missing\b", EXPLOITATION, 0.5),
    (r"\bcar\s+(?:waits|waiting|parked|sits)\s+(?:at|outside|by)\s+the\s+end\s+of\s+(?:our|the|my)\s+(?:road|street)\b", EXPLOITATION, 0.5),
    # An older woman pressed for her card and PIN, hiding from the door.
    (r"\bwants?\s+(?:my|her|his)\s+(?:bank\s+)?card\s+and\s+(?:my\s+|her\s+|his\s+)?(?:PIN|pin\s+number)\b", EXPLOITATION, 0.8),
    (r"\bstopped\s+answering\s+the\s+door\s+in\s+case\b", ABUSE, 0.5),
    # Seventeenth round, from blind sets S (dev-like narratives) and T (public comments).
    # Voices about a neighbour and a hammer by the door; "not saying I wouldn't".
    (r"\b(?:hammer|knife|bat|machete|blade|weapon|crowbar)\s+(?:\w+\s+)?(?:by|behind|next\s+to|at)\s+the\s+(?:front\s+|back\s+)?door\b", THREAT, 0.6),
    (r"\bnot\s+saying\s+I\s+wouldn'?t\b", THREAT, 0.5),
    (r"\bvoices\b[^.!?\n]{0,30}\b(?:telling|going\s+on|saying|keep|say|tell)\b", THREAT, 0.4),
    # Goodbyes: a home found for the cat, letters for afterwards, peace made, bits sorted.
    (r"\bfound\s+(?:a\s+)?(?:good\s+|new\s+|nice\s+)?home\s+for\s+(?:the|my|our)\s+(?:cat|dog|pets?|rabbit|budgie)\b", SUICIDAL, 0.4),
    (r"\b(?:letters?|notes?|cards?)\s+(?:\w+\s+){0,4}?for\s+(?:afterwards|after\s+I'?m\s+gone|when\s+I'?m\s+gone)\b", SUICIDAL, 1.0),
    (r"\bmade\s+my\s+peace\b|\b(?:tell|let)\s+\w+\s+(?:know\s+)?(?:she|he|they)\s+did\s+everything\s+(?:she|he|they)\s+could\b", SUICIDAL, 0.6),
    (r"\bsorted\s+(?:all\s+)?my\s+(?:bits|things|stuff|affairs|paperwork)\s+(?:out\s+)?(?:now\s+)?so\s+(?:nobody|no\s*one|no-one|they|my\s+\w+)\b", SUICIDAL, 0.6),
    (r"\b(?:don'?t|can'?t)\s+(?:think\s+I\s+can\s+)?(?:get|make\s+it)\s+through\s+another\s+(?:winter|christmas|year|week|night)\b", SUICIDAL, 0.6),
    # Fingers bent back; an arm burned with a lighter most nights; fresh cuts shown.
    (r"\bbent\s+(?:my|her|his)\s+(?:fingers?|arm|wrist|thumb)\s+back\b", ABUSE, 1.0),
    (r"\bburn(?:ing|t|ed|s)?\s+(?:the\s+(?:inside|back|top)\s+of\s+)?my\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach)\b[^.!?\n]{0,30}\b(?:with|on\s+purpose|every|most\s+nights|again)\b", SELF_HARM, 1.0),
    # Round thirty-seven: shown them as it goes on too ("a Year 8 girl showing me fresh cuts every week").
    (r"\b(?:showed|shows|shown|showing|show)\s+(?:me|us|her|him)\s+(?:her|his|their|the)?\s*(?:fresh|new)\s+(?:cuts|marks|burns|scratches)\b", SELF_HARM, 1.0),
    # ...and harm called practice for a death: "she says it's practising for the real thing",
    # "the overdose was a trial run". Not enough alone: a fire drill is practice for the real thing too.
    (rf"\b{_REHEARSAL}", SUICIDAL, 0.6),
    # With cutting, burning or pills told in the same sentence, it is enough.
    (rf"\b(?:(?:fresh|new)\s+(?:cuts|burns)|(?:cuts|burns)\s+on\s+(?:her|his|my|their)\s+\w+|(?:cut|cuts|cutting|burn|burns|burning)\s+(?:her|him|my|them)sel(?:f|ves)|the\s+cutting|"
     rf"self[\s-]?harm\w*|overdos\w*|ligatures?|tablets|pills)\b[^.!?\n]{{0,80}}?\b{_REHEARSAL}", SUICIDAL, 1.0),
    # A drug debt with a deadline; hiding so he can't find me.
    (r"\b(?:owe|owes|owed)\s+(?:a|some|this|the)\s+(?:lad|bloke|dealer|man|guy|fella)\s+£?\d", EXPLOITATION, 0.6),
    (r"\bso\s+(?:he|she|they)\s+(?:can'?t|won'?t|don'?t)\s+(?:find|follow|track)\s+(?:me|us|her|him)\b", ABUSE, 0.6),
    # The rent paid in "other ways"; a door wedged shut; a lock on the inside.
    (r"['‘\"]?(?:other|another|different)\s+ways?['’\"]?\s+(?:I|you|she|we)\s+(?:can|could)\s+pay\b", EXPLOITATION, 1.0),
    (r"\b(?:door|it)\s+(?:wedged|barricaded|jammed)\s+shut\b|\bsleep\w*\s+in\s+the\s+bath\b", ABUSE, 0.6),
    (r"\block\s+(?:\w+\s+){0,2}on\s+the\s+inside\s+of\s+my\b", ABUSE, 0.4),
    # Children alone with a parent who cannot be roused; asking door to door for food.
    (r"\b(?:couldn'?t|could\s+not|can'?t|cannot)\s+(?:rouse|wake)\s+(?:her|him|them|mum|dad)\b", MEDICAL, 0.6),
    (r"\b(?:aged|age)\s+(?:[1-9]|one|two|three|four|five|six|seven|eight),?\s+(?:(?:was|were|is|are|been|left)\s+)*(?:alone|on\s+(?:their|his|her)\s+own)\b", NEGLECT, 0.6),
    (r"\bno\s+food\s+in\b|\bcupboards\s+(?:are\s+)?(?:bare|empty)\b", NEGLECT, 0.4),
    (r"\b(?:knocking\s+on\s+doors|going\s+door\s+to\s+door|came\s+round|comes\s+round)\s+asking\s+(?:\w+\s+)?for\s+(?:bread|food|something\s+to\s+eat|money\s+for\s+food)\b", NEGLECT, 0.6),
    (r"\b(?:been|was)\s+like\s+that\s+since\s+(?:\w+day|yesterday|last\s+night)\b", NEGLECT, 0.4),
    # Someone not seen for days: curtains shut, milk on the step, the cold.
    (r"\bcurtains\s+(?:have\s+been\s+|been\s+|are\s+)?(?:shut|closed|drawn)\s+(?:for\s+)?(?:\d+|two|three|four|five|six|days)\b|\bmilk\s+(?:still\s+)?(?:on|at)\s+the\s+(?:door)?step\b", NEGLECT, 0.5),
    (r"(?:-|\bminus\s+)(?:\d+|one|two|three|four|five|six)\s*(?:°C?|degrees)?\s+(?:out|outside)\b", NEGLECT, 0.3),
    # Cold, confused, refusing an ambulance; the worker has rung 999.
    (r"\b(?:rung|rang|ringing|called|calling|phoned)\s+999\b", MEDICAL, 0.5),
    (r"\brefus\w+\s+(?:an\s+|the\s+)?ambulance\b", MEDICAL, 0.4),
    # An older person's home taken over; money gone, "mustn't upset him".
    (r"\b(?:lads|people|men|strangers|blokes)\s+(?:\w+\s+){0,2}in\s+and\s+out\s+of\s+(?:his|her|their|my\s+\w+'s|\w+'s)\s+(?:flat|house|place|home)\b", EXPLOITATION, 0.6),
    (r"\bnot\s+allowed\s+in\s+(?:his|her|their|my)\s+own\s+(?:house|flat|home|kitchen|room|bedroom|front\s+room)\b", EXPLOITATION, 0.8),
    (r"\b(?:looked|look|looks|seemed|was)\s+terrified\b", ABUSE, 0.3),
    (r"\b(?:mustn'?t|daren'?t|dare\s+not|must\s+not)\s+(?:upset|annoy|anger|wind\s+up)\s+(?:him|her|them)\b", ABUSE, 0.5),
    # A husband who checks her phone and lets her out only for the school run.
    (r"\b(?:checks|goes\s+through|reads|looks\s+through)\s+(?:all\s+)?my\s+(?:emails?|phone|messages|texts)\b", COERCIVE, 0.6),
    (r"\b(?:only\s+time\s+I'?m|not|only)\s+allowed\s+out\s+(?:alone|on\s+my\s+own|by\s+myself)?\b", COERCIVE, 0.6),
    # Sitting in urine; screams of "stop" through the wall, then quiet.
    (r"\b(?:soaked|sitting|sat|lying)\s+in\s+(?:her|his|their)?\s*(?:own\s+)?(?:urine|faeces|excrement|wee|mess)\b", NEGLECT, 1.0),
    (r"\b(?:shouting|screaming|crying|yelling|begging|pleading)\s+(?:for\s+(?:him|her|them)\s+to\s+)?['‘\"]?(?:please\s+)?(?:stop|get\s+off|help|leave\s+me\s+alone|no)\b", ABUSE, 0.7),
    (r"\bthrough\s+the\s+wall\b[^.!?\n]{0,60}\b(?:banging|screaming|thuds?|smashing)\b", ABUSE, 0.3),
    (r"\bwouldn'?t\s+look\s+at\s+me\b|\barm\s+strapped\s+up\b|\b(?:goes|went|then)\s+(?:dead\s+|really\s+|all\s+)?(?:quiet|silent)\b", ABUSE, 0.3),
    # A boy staying with a 'mate' of forty who makes him pay his way, lost in a strange town.
    (r"\b(?:mate|friend|boyfriend|girlfriend)['’]?\s+who'?s\s+(?:[3-6]0|forty|fifty|thirty)(?:-?odd|\s*\+|s)?\b", EXPLOITATION, 0.6),
    (r"\bmakes?\s+(?:him|her|me|them)\s+['‘\"]?pay\s+(?:his|her|my|their)\s+way\b", EXPLOITATION, 0.6),
    (r"\bdidn'?t\s+(?:even\s+)?know\s+(?:what|which)\s+(?:town|city|area|country)\s+(?:he|she|they|I)\s+(?:was|were)\s+in\b", EXPLOITATION, 0.6),
    # Sixteenth round, from blind sets Q (feedback channels) and R (online posts).
    # Photos someone was made to send, and a threat to post them unless paid.
    (r"\b(?:photos?|pics?|pictures?|images?|videos?|nudes)\s+(?:that\s+)?(?:he|she|they|someone|somebody)\s+(?:made|got|pressured|forced)\s+(?:her|him|me|them)\s+(?:to\s+)?(?:send|take)\b", EXPLOITATION, 1.0),
    (r"\bunless\b[^.!?\n]{0,80}\b(?:post|share|send\s+round|leak|put\s+up)\s+(?:the|her|his|my|those|them|these)\s+(?:\w+\s+)?(?:photos?|pics?|pictures?|images?|videos?|nudes)\b", EXPLOITATION, 0.8),
    # A landlord who lets himself in and wants the rent "another way".
    (r"\b(?:he|she|they|landlord)\b[^.!?\n]{0,40}\b(?:take|sort|settle|pay|have)\s+(?:it|the\s+rent|the\s+debt|things)\s+(?:out\s+)?(?:another|some\s+other|a\s+different)\s+way\b", EXPLOITATION, 1.0),
    (r"\b(?:landlord|he|she)(?:'s|\s+has|\s+keeps|\s+is|\s+started)?\s+(?:been\s+)?letting\s+(?:himself|herself)\s+in\b", ABUSE, 0.6),
    # Round twenty-three: "lets himself in when I'm in the shower", with a debt worked off.
    (r"\blets?\s+himself\s+in\s+when\s+I'?m\b", EXPLOITATION, 0.5),
    # An adult who comes into a child's room at night; said without the time ("when he's had a drink he comes
    # in my room") it counts less, as one sign among others (round twenty-three).
    (r"\b(?:comes?|came|coming|creeps?|crept|gets?)\s+(?:in(?:to)?\s+)?(?:my|her|his)\s+(?:room|bedroom|bed)\s+(?:when|while|at\s+night|every\s+night|most\s+nights)\b", ABUSE, 0.8),
    (r"\bcomes?\s+in(?:to)?\s+my\s+(?:room|bed)\b(?!\s+to\s+(?:say|ask|check))", ABUSE, 0.4),
    # Dealing to younger residents; a door barricaded at night.
    (r"\b(?:deals?|dealing|sells?|selling)\s+(?:drugs\s+|gear\s+)?to\s+(?:the\s+)?(?:younger|little|young)\s+(?:ones|kids|lads|girls|children)\b", EXPLOITATION, 0.6),
    (r"\b(?:sleep|sleeps|sleeping|slept)\s+with\s+(?:a|the|my)\s+(?:\w+\s+)?(?:wardrobe|chair|chest\s+of\s+drawers|drawers|table|knife|hammer|bat)\s+(?:pushed\s+|wedged\s+|jammed\s+)?(?:against|under|behind)\b", ABUSE, 0.6),
    # Letters left for the family; not a problem "for much longer"; packs of tablets bought.
    (r"\bwon'?t\s+be\s+(?:my|your|their|anyone'?s)\s+problem\s+(?:for\s+)?(?:much|very)\s+longer\b", SUICIDAL, 1.0),
    (rf"\b(?:bought|buying|got|getting|saved\s+up|stockpil\w+|hoard\w*)\s+(?:\d+|two|three|four|five|six|several|loads\s+of|a\s+lot\s+of)\s+(?:packs?|packets?|boxes|bottles|strips)\s+of\s+{_MEDS}\b"
     r"(?![^.!?\n]{0,30}\bfor\s+(?:the\s+|my\s+|her\s+|his\s+|a\s+)?(?:colds?|flu|fever|temperature|headaches?|migraines?|kids|baby|cupboard|first\s+aid|holiday|trip))", SUICIDAL, 1.0),
    (r"\b(?:think|thinking|thought)\s+(?:about|of)\s+(?:driving|crashing|steering|swerving|walking|stepping|jumping)\s+(?:into|off|in\s+front\s+of|under)\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:wall|tree|bridge|lorry|bus|train|traffic|river|canal|sea|reservoir|motorway|barrier|cliff)\b", SUICIDAL, 1.0),
    # Punished afterwards for what was said; calls listened in on.
    (r"\bI\s+(?:pay|paid|'ll\s+pay|will\s+pay|suffer|get\s+it)\s+for\s+it\s+(?:after|afterwards|later|when\s+(?:he|she|they)\s+gets?\s+(?:home|back|in))\b", ABUSE, 1.0),
    (r"\b(?:he|she)\s+(?:listens|listened|listening)\s+(?:in\s+)?(?:on|to)\s+(?:my|the|all\s+my|every)\s+(?:other\s+)?(?:calls?|phone|handset|conversations?)\b", COERCIVE, 0.5),
    # A home that could burn or fall in on a child.
    (r"\bfire\s+waiting\s+to\s+happen\b", NEGLECT, 0.8),
    (r"\b(?:fire|heater|candles?|hob|ashtray)\b[^.!?\n]{0,40}\b(?:next\s+to|right\s+by|beside|against|on\s+top\s+of)\s+(?:the\s+)?(?:piles|newspapers|papers|curtains|bedding|boxes|rubbish)\b", NEGLECT, 0.5),
    (r"\bceiling\b[^.!?\n]{0,90}?\b(?:bowing|sagging|bulging|coming\s+down|caving\s+in|collapsing)\b", NEGLECT, 0.5),
    (r"\b(?:light\s+fittings?|lights?|sockets?|wiring|electrics?|plugs?|fuse\s*box)\b[^.!?\n]{0,40}?\b(?:sparked|sparking|sparks|smoking|smouldering)\b", NEGLECT, 0.5),
    # Missing again, last seen getting into a car; a different car each night.
    (r"\b(?:has\s+been|'s\s+been|been|is|gone)\s+missing\s+(?:since|for|again|overnight)\b", EXPLOITATION, 0.6),
    (r"\blast\s+seen\s+(?:getting|get|got)\s+into\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:car|van|taxi)\b|\bdifferent\s+cars?\s+(?:each|every)\s+(?:time|night)\b|\bpicked\s+up\s+(?:most|every|late\s+at)\s+nights?\s+by\b", EXPLOITATION, 0.6),
    (r"\b(?:second|another|extra|burner|2nd)\s+phone\b|\broll\s+of\s+(?:twenties|tenners|fifties|notes|cash|money)\b|\bwads?\s+of\s+(?:cash|money|notes)\b", EXPLOITATION, 0.4),
    (r"\b(?:cut|injury|bruises?|marks?|black\s+eye)\b[^.!?\n]{0,40}\b(?:he|she|they)\s+(?:won'?t|can'?t|wouldn'?t|refuses\s+to)\s+explain\b", ABUSE, 0.6),
    (r"['‘\"](?:just\s+)?(?:work|a\s+job|business)['’\"]\s+for\s+(?:a\s+|an\s+)?(?:mate|friend|someone|older)\b", EXPLOITATION, 0.5),
    # A type 1 diabetic without food, sugars all over, nearly falling.
    (r"\b(?:sugars?|bloods?|BMs?|glucose)\s+(?:are\s+|is\s+|have\s+been\s+|been\s+)?(?:all\s+over(?:\s+the\s+place)?|through\s+the\s+roof|sky\s*high|crashing|dangerously\s+\w+)\b", MEDICAL, 0.5),
    (r"\b(?:nearly|almost)\s+(?:went\s+over|passed\s+out|blacked\s+out|fainted|collapsed|keeled\s+over)\b", MEDICAL, 0.4),
    (r"\bliving\s+on\s+(?:tea|toast|water|biscuits|crisps|coffee)\b[^.!?\n]{0,40}\bsince\b", NEGLECT, 0.3),
    # A carer afraid of what they will do; finger marks.
    (r"\b(?:scared|frightened|afraid|terrified|worried)\s+(?:of\s+)?what\s+I(?:'ll|\s+will|\s+might|'d|\s+would|\s+could)\s+do\s+to\s+(?:her|him|them|the\s+(?:baby|kids?|children)|my\s+\w+)\b", THREAT, 1.0),
    (r"\b(?:scared|frightened|afraid|terrified|worried)\s+(?:of\s+)?what\s+I(?:'ll|\s+will|\s+might|'d|\s+would|\s+could)\s+do\s+next\s+time\b", THREAT, 0.8),
    (r"\b(?:finger|grip)\s*-?marks\b", ABUSE, 0.5),
    # A message at night that hands over the dog; a fear that they mean it.
    (r"\b(?:look\s+after|take\s+care\s+of|feed|have)\s+(?:the|my|his|her)\s+(?:dog|cat|kids|pets?|fish|rabbit|budgie)\s+for\s+(?:me|him|her)\b(?!\s+(?:while|when|this|next|on|over|till|until|for))", SUICIDAL, 0.5),
    (r"\b(?:worried|scared|afraid|frightened|terrified)\s+(?:that\s+)?(?:he|she|they)\s+(?:really\s+)?means?\s+it\b", REPORTED, 0.5),
    # Children out on the landing at night, their mother not seen.
    (r"\bhaven'?t\s+seen\s+(?:their|his|her|the)\s+(?:mum|mam|mom|mother|dad|father|parents?)\b[^.!?\n]{0,20}\bsince\b", NEGLECT, 0.6),
    (r"\b(?:out|sat|sitting|left)\s+on\s+the\s+(?:landing|stairs|doorstep|step|street|balcony)\b[^.!?\n]{0,40}\b(?:pyjamas|crying|most\s+nights|every\s+night|at\s+night|all\s+night|no\s+coats?)\b", NEGLECT, 0.5),
    # An older client's money gone and her fear of making it worse.
    (r"\b(?:whispered|said|begged|pleaded)\s+['‘\"]?(?:please\s+)?don'?t\s+make\s+(?:it|things)\s+worse\b", ABUSE, 0.6),
    # Feet swollen and purple in the cold.
    (r"\b(?:feet|legs|toes|foot|hands)\s+(?:are\s+|were\s+|all\s+)?(?:swollen|purple|blue)\s+(?:and|&)\s+(?:purple|blue|black|swollen|weeping)\b", MEDICAL, 0.6),
    (r"\bcan\s+(?:barely|hardly|scarcely)\s+(?:stand|walk|breathe|move)\b", MEDICAL, 0.4),
    (r"(?:-|\bminus\s+)\d+\s*(?:°C?|degrees)?\s+(?:forecast|tonight|overnight)\b", NEGLECT, 0.3),
    # Hunger told plainly: "not eaten in four days", "no point in anything".
    (r"\b(?:hasn'?t|haven'?t|hadn'?t|not)\s+(?:eaten|had\s+anything\s+to\s+eat)\s+in\s+(?:\d+|two|three|four|five|six|several|a\s+few)\s+days\b", NEGLECT, 0.6),
    (r"\bno\s+point\s+in\s+anything\b", SUICIDAL, 0.6),
    # Probing with plain first-person sentences after round fourteen.
    (r"\b(?:taken|took|had|done|swallowed)\s+(?:an\s+)?(?:overdose|OD)\b[^.!?\n]{0,30}\b(?:(?:a\s+few|\d+|ten|twenty)\s+minutes\s+ago|an?\s+hour\s+ago|\d+\s+hours?\s+ago|just\s+now|tonight|today|this\s+(?:morning|evening|afternoon))\b", SUICIDAL, 1.0),
    (r"\b(?:life|it|living)\s+(?:is\s+not|isn'?t|'s\s+not|ain'?t)\s+worth\s+(?:living|it\s+any\s*more)\b(?!\s+without\b)", SUICIDAL, 1.0),
    # The cue starts at "ending", so a question before it ("asked if I ever feel like") still frames it.
    (r"\b(?:(?<=like\s)|(?<=want\sto\s)|(?<=going\sto\s)|(?<=thinking\sof\s)|(?<=thinking\sabout\s))(?:ending|end)\s+it\s+all\b", SUICIDAL, 1.0),
    (r"\b(?:can'?t|cannot)\s+go\s+on\s+(?:like\s+this\s+)?any\s+(?:longer|more)\b", SUICIDAL, 1.0),
    (r"\b(?:(?:being\s+)?(?:made|forced)|(?:making|forcing|make|makes|force|forces)\s+(?:me|him|her|them))\s+to\s+(?:sell|deal|carry|move|run|hold)\s+(?:drugs|gear|stuff|packages|bags|for\s+(?:them|him))\b", EXPLOITATION, 1.0),
    (r"\b(?:pills|tablets|rope|ligature|knife|blades?|razors?)\b[^.!?\n]{0,60}\b(?:keep\s+think(?:ing)?\s+about\s+(?:them|it|using)|think(?:ing)?\s+about\s+(?:them|it)\s+(?:every\s+(?:day|night)|all\s+the\s+time|constantly|day\s+and\s+night))\b", SUICIDAL, 1.0),
    # Fourteenth round, from blind set P (family, friends and neighbours writing about someone).
    (r"\b(?:feet|legs)\s+(?:dangling\s+)?over\s+the\s+edge\s+of\s+(?:the\s+)?(?:top\s+(?:floor|deck|storey|level)\s+of\s+(?:the\s+)?)?(?:multi[\s-]?storey|bridge|roof|cliffs?|viaduct|car\s+park|balcony)\b", SUICIDAL, 1.0),
    (r"\b(?:(?:he'?s|she'?s|they'?re)\s+not|not\s+been|stopped)\s+(?:picking\s+up|answering|replying)\b|\b(?:not|hasn'?t|haven'?t)\s+replied\s+to\s+anything\b", MEDICAL, 0.3),
    (r"\blooking\s+up\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:bridge|viaduct|cliffs?|tide\s+times|tides?|train\s+times|how\s+many\s+\w+\s+(?:it\s+takes|would|to)|overdoses?|lethal)\b", SUICIDAL, 0.6),
    (r"\b(?:be|been)\s+better\s+off\s+with\s+(?:me|you|us|someone\s+else|anyone\s+else)\s+than\s+(?:with\s+)?(?:him|her|them|me)\b", SUICIDAL, 0.5),
    (r"\b(?:gave|given|giving)\s+(?:me|us|away)\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:console|guitar|watch|things|stuff|bike|jewellery|rings?|tools|records|lead)\b", SUICIDAL, 0.4),
    (r"\b(?=ow[ei])(?<!\bfelt\sI\s)(?<!\bfeel\sI\s)(?<!\bfelt\slike\sI\s)(?<!\bfeel\slike\sI\s)(?:owes?|owed|owing)\s+(?:someone|somebody|them|people|a\s+dealer|(?:some|these|the)\s+(?:lads|men|boys|people))\b"
     r"(?!\s+(?:a\s+(?:favour|thank\s*you|thanks|drink|pint|card|visit|apology|call|lot)|one|my\s+life|everything|big\s+time|so\s+much|that\s+much)\b)", EXPLOITATION, 0.6),
    (r"\b(?:older|grown)\s+(?:lad|lads|man|men|boy|boys|bloke|blokes)\b[^.!?\n]{0,40}\b(?:car|van)\b[^.!?\n]{0,40}\b(?:waits?|waiting|picks?\s+(?:him|her)\s+up|collects?)\b", EXPLOITATION, 0.6),
    (r"\b(?:two|2|second|extra|new)\s+phones\b", EXPLOITATION, 0.4),
    (r"\b(?:on|been\s+on|lying\s+on)\s+the\s+(?:\w+\s+)?floor\s+(?:since|for\s+(?:hours|ages|a\s+day|two|three))\b", MEDICAL, 0.5),
    (r"\bcan'?t\s+get\s+(?:himself\s+|herself\s+|myself\s+)?up\b|\bwet\s+(?:himself|herself)\b", NEGLECT, 0.4),
    (r"\b(?:says?|said|told\s+(?:me|us))\s+(?:don'?t|not\s+to)\s+(?:ring|call|phone)\s+(?:anyone|anybody|an\s+ambulance|999|the\s+doctor)\b", MEDICAL, 0.4),
    (r"\blocked\s+(?:\w+\s+){0,4}?in\s+(?:the|her|his|their|my)\s+(?:\w+\s+)?(?:room|bedroom|cupboard|shed|bathroom)\b", ABUSE, 0.8),
    (r"\b(?:told|tells|said\s+to)\s+(?:me|her|him)\s+(?:I'?m|she'?s|he'?s|you'?re)\s+next\b", THREAT, 0.6),
    (r"\bsaid\s+sorry\s+(?:to\s+me\s+)?(?:like\s+|about\s+)?(?:\w+\s+)?(?:times|over\s+and\s+over|again\s+and\s+again)\b|\blined\s+(?:them|it|the\s+\w+)\s+up\b", SUICIDAL, 0.4),
    (r"\b(?:keeps?|kept|keeping)\s+(?:her|him|them)\s+off\s+school\s+to\s+(?:work|help|look\s+after|mind|clean)\b", EXPLOITATION, 0.8),
    (r"\b(?:held|holds|pinned|pins|pushed|shoved|slammed)\s+(?:her|him|me)\s+(?:up\s+)?against\s+the\s+(?:wall|worktop|door|fridge|counter|sink|floor|bannister)\b", ABUSE, 1.0),
    (r"\b(?:coughing|coughed|vomiting|throwing)\s+up\s+blood\b", MEDICAL, 0.6),
    (r"\b(?:on\s+their\s+own|alone|by\s+themselves)\s+since\b|\b(?:came|come|comes)\s+(?:up\s+|round\s+|over\s+)?asking\s+(?:me\s+)?for\s+(?:bread|food|something\s+to\s+eat)\b", NEGLECT, 0.6),
    (r"\b(?:has|'s|have)\s+taken\s+out\s+£\s?\d[\d,]*\b|\bbank\s+card\s+and\s+(?:her|his|my\s+)?PIN\b", EXPLOITATION, 0.5),
    (r"\b(?:burn|bruise|bruises|bruising|marks?|cut|injury)\b[^.!?\n]{0,50}\b(?:nobody|no\s+one|no-one)\s+(?:could|can)\s+explain\b", ABUSE, 0.8),
    (r"\bneedles?(?:\s+caps?)?\b[^.!?\n]{0,40}\b(?:toys|cot|pram|baby|kids|children)\b", NEGLECT, 0.5),
    (r"\bthanks\s+for\s+everything\b|\bbarricaded\s+(?:her|his|the|their)\s+(?:door|room)\b", SUICIDAL, 0.4),
    (r"\bsorry\s+(?:about|for)\s+the\s+mess\s+(?:you'?ll|you\s+will|they'?ll)\s+find\b|\b(?:you'?ll|you\s+will)\s+find\s+(?:me|my\s+body)\b", SUICIDAL, 1.0),
    (r"\b(?:red\s+)?marks?\s+(?:all\s+)?(?:round|around)\s+(?:her|his|my)\s+neck\b|\bsqueez\w*\s+(?:my|her|his)?\s*(?:neck|throat)\b|\bsqueeze\s+that\s+hard\b", ABUSE, 1.0),
    (r"\b(?:not|hasn'?t|haven'?t|hadn'?t)\s+(?:had|taken)\s+(?:her|his|my)\s+insulin\b|\bpear\s+drops\b", MEDICAL, 0.6),
    # Thirteenth round, from blind set O (plain, careful English).
    (r"\b(?:don'?t|do\s+not)\s+(?:intend|plan|expect|mean)\s+to\s+(?:still\s+)?be\s+(?:here|around|alive)\b", SUICIDAL, 1.0),
    (r"\b(?:don'?t|won'?t|shan'?t)\s+(?:think\s+I(?:'ll|\s+will|\s+shall)\s+)?need\s+(?:them|it|(?:my|her|his)\s+\w+)\s+(?:after|by|past|beyond|much\s+longer|for\s+much\s+longer)\b", SUICIDAL, 0.6),
    (r"\b(?:made|making|sorted)\s+(?:all\s+)?(?:his|her|my|their)\s+(?:final\s+)?arrangements\b", SUICIDAL, 0.5),
    (r"\b(?:holds?|held|holding|push(?:es|ed)?|pushing|forces?|forced|shoves?|shoved)\s+my\s+head\s+(?:under|into|down\s+(?:in|into|under))\s+(?:the\s+)?(?:bath|water|sink|toilet|pillow)", ABUSE, 1.0),
    (r"\b(?:won'?t|wouldn'?t|refuses\s+to|refused\s+to)\s+let\s+(?:me|us)\s+(?:ring|call|phone|telephone)\s+(?:anyone|anybody|an\s+ambulance|999|111|the\s+doctor|for\s+help)\b", MEDICAL, 0.6),
    (r"\b(?:crushing|severe|terrible|bad)\s+(?:pains?|tightness)\s+(?:in|across)\s+(?:his|her|my)\s+chest\b", MEDICAL, 0.5),
    (r"\b(?:hasn'?t|haven'?t|hadn'?t|not)\s+(?:eaten|had\s+anything\s+to\s+eat|had\s+a\s+drink|drunk\s+anything)\s+(?:since|for)\b", NEGLECT, 0.5),
    (r"\b(?:can'?t|couldn'?t|unable\s+to)\s+get\s+(?:out\s+of|up\s+from|off)\s+(?:his|her|my|the)\s+(?:chair|bed|floor)\b", NEGLECT, 0.4),
    (r"\b(?:won'?t|will\s+not)\s+(?:eat|drink)\s+anything\b|\bshouldn'?t\s+(?:trouble|bother)\s+the\s+(?:doctor|GP|ambulance|hospital)\b", MEDICAL, 0.3),
    (r"\b(?:left|leaves?|leaving)\s+(?:in\s+charge\s+of|to\s+look\s+after|alone\s+with)\s+(?:his|her|their|the)\s+(?:baby|little|younger|toddler)\b[^.!?\n]{0,60}\b(?:overnight|all\s+night|at\s+night)\b", NEGLECT, 1.0),
    (r"\b(?:told|tells|said\s+to)\s+(?:me|her|him)\s+what\s+(?:will|would|'ll|'d)\s+happen\s+(?:to\s+(?:me|her|him)\s+)?if\b", THREAT, 0.6),
    (r"\b(?:doesn'?t|don'?t)\s+(?:believe|think)\s+(?:she|he|I|they)\s+(?:is|am|are|can|could)\s+(?:able\s+to\s+)?leave\b", COERCIVE, 0.4),
    (r"\b(?:he|she|they)\s+(?:reads|checks|opens)\s+(?:all\s+)?(?:her|his|my|their)\s+(?:letters|post|mail|messages|texts)\b", COERCIVE, 0.4),
    # Fifth round, from short real-world comments written by a colleague.
    (r"\bcounty\s+line\b", EXPLOITATION, 1.0),
    (r"\b(?:he'?s|she'?s|they'?re|is|are|been)\s+(?:being\s+)?(?:used|groomed|exploited|targeted)\s*(?:[.,;!]|$|by\b|to\s+(?:sell|carry|run|deal|hold))", EXPLOITATION, 0.6),
    (r"\bolder\s+(?:crowd|lot|kids|group|gang|mates|friends)\b", EXPLOITATION, 0.5),
    (r"\b(?:cash|money|trainers|clothes|phones?|gifts)\s+(?:that\s+)?(?:he|she|they)\s+(?:can'?t|won'?t|couldn'?t)\s+explain\b|\bunexplained\s+(?:cash|money|gifts|trainers|clothes|phones?)\b", EXPLOITATION, 0.5),
    (r"\b(?:my\s+ex|he|she|they)\s+(?:still\s+|keeps?\s+|always\s+)?(?:turns?|turning|shows?|showing)\s+up\s+(?:at|outside)\b", ABUSE, 1.0),
    (r"\b(?:keeps?|still|been)\s+(?:kick\w*|bang\w*|smash\w*|pound\w*|hammer\w*)\s+(?:on\s+)?(?:my|our|the)\s+(?:door|windows?)\b", ABUSE, 1.0),
    (rf"\b(?=(?:keeps?|been|is|he'?s|she'?s|they'?re|some(?:one|1|body)'?s?)\s+(?:\w+\s+)?follow){_NOT_A_PERSON}(?:keeps?|been|is|he'?s|she'?s|they'?re|some(?:one|1|body)'?s?)\s+(?:\w+\s+)?follow(?:ing|in'?|s)?\s+me\b", ABUSE, 1.0),
    (r"\bthreaten\w*\s+to\s+(?:come\s+round|come\s+over|sort|do|get|batter|smash|beat|hurt|kill|stab|burn|hit|throw)\b", ABUSE, 1.0),
    (r"\bnot\s+safe\s+(?:for\s+(?:me|us|my\s+\w+|the\s+kids|the\s+children)|here|at\s+night|coming\s+home)\b|\bdon'?t\s+feel\s+safe\s+(?:coming|going|walking)\s+home\b", ABUSE, 1.0),
    (r"\b(?:threw|thrown|throwing|put|chucked|lobbed)\s+(?:a\s+|some\s+)?(?:brick|stone|rock|bottle|firework|petrol|something)s?\s+(?:through|at)\s+(?:my|our|the)\s+(?:window|door|house|car)\b", ABUSE, 1.0),
    (r"\b(?:a\s+man|an\s+adult|a\s+stranger|some\s+(?:man|guy|bloke|adult))(?:'s|\s+has|\s+is)?\s+(?:been\s+)?messag\w*\s+(?:her|him|me|my\s+\w+)\b", EXPLOITATION, 0.6),
    (r"\bask(?:s|ed|ing)\s+(?:her|him|me|them)?\s*(?:for|to\s+send)\s+(?:photos|pics|pictures|nudes|images|videos|selfies)\b", EXPLOITATION, 0.6),
    (r"\bowe\s+(?:money\s+)?(?:for|on)\s+(?:gear|drugs|weed|coke|a\s+debt|a\s+bag)\b", EXPLOITATION, 0.6),
    (r"\b(?:want\w*|ask\w*|tell\w*|mak\w*|get\w*)\s+(?:me|him|her)\s+to\s+(?:hold|keep|stash|move|carry|run|sell|deliver|drop)\s+(?:stuff|things|drugs|gear|packages|parcels|it|bags|for)\b", EXPLOITATION, 1.0),
    (r"\b(?:scared|afraid|frightened|terrified)\s+(?:of\s+)?what\s+(?:happens|will\s+happen|they'?(?:ll|d)\s+do|he'?(?:ll|d)\s+do)\s+if\s+I\s+(?:say\s+no|don'?t|refuse|stop|tell)\b", EXPLOITATION, 0.8),
    (r"\b(?:says|said|claims?|claimed)\s+(?:she|he|they)(?:'d|\s+had|\s+has)?\s+[\"'“]?\s*(?:fell|fallen|walked\s+into|tripped|bumped)\b", ABUSE, 0.5),
])

# Families that generalise (branch 'safe', after a blind set scored recall 0.20): each is a
# kind of thing people tell, built from word classes rather than from one sentence, so new
# wording of the same kind is caught. Word classes first.
_KID = (
    r"(?:twins|siblings|kids?|child(?:ren)?|lad|boy|girl|son|daughter|toddler|baby|babies|little\s+ones?|pupil|student|"
    r"grand(?:son|daughter|child)|nephew|niece|brothers?|sisters?|young\s+person|teenager|teen|year\s+\d+)"
)
_CARER = (
    r"(?:mum|mam|mom|mother|dad|father|step\s?(?:dad|mum|father|mother)|stepdad|stepmum|parents?|carer|"
    r"uncle|aunt|auntie|nan|gran|grandad|granddad|(?:mum|mam|mom)'?s\s+(?:boyfriend|partner|fella)|"
    r"(?:dad)'?s\s+(?:girlfriend|partner))"
)
_INJURY = (
    r"(?:bruis\w*|black\s+eyes?|burns?|burn\s+marks?|cigarette\s+burns?|welts?|belt\s+marks|finger\s*marks|"
    r"grip\s+marks|bite\s+marks|cuts|scratches|broken\s+(?:arm|wrist|ribs?|nose)|marks)"
)
_PLACE_TO_DIE = (
    r"(?:canal|river|sea|lake|reservoir|docks?|pier|quay|harbour|beach|cliffs?|bridge|viaduct|railway|"
    r"(?:train\s+)?tracks|level\s+crossing|motorway|flyover|multi-?storey|car\s+park\s+roof|roof|quarry|woods)"
)
_MED_NAMES = (
    r"(?:tablets|pills|meds|medication|paracetamol|codeine|co-?codamol|tramadol|morphine|oxycodone|"
    r"diazepam|valium|zopiclone|sleeping\s+(?:tablets|pills)|painkillers|insulin|sertraline|citalopram|"
    r"fluoxetine|amitriptyline|mirtazapine|quetiapine|propranolol|aspirin|ibuprofen|antidepressants|methadone)"
)
_SOMEONE = r"(?:he|she|they|him|her|them|my\s+\w+|his\s+\w+|the\s+\w+|someone|somebody)"
_MONEY = (
    r"(?:bank\s+cards?|cards?|money|wages|pay|benefits|pension|pip|universal\s+credit|savings|pin(?:\s+number)?|"
    r"bank(?:ing)?(?:\s+(?:account|app|details|login))?|online\s+banking|cash|allowance|giro)"
)
_CUES += _cues([
    # Leave-taking and arrangements for after: a farewell, who gets the pet or the
    # children, letters for everyone, cancelling what a future needs.
    (r"\b(?:sorted|sorting|arranged|arranging|decided|worked\s+out|made\s+sure\s+of)\s+(?:out\s+)?(?:who|where)\s+(?:gets|has|takes|will\s+(?:have|take|get|look\s+after)|looks\s+after|'ll\s+(?:have|take|get))\s+(?:the|my|his|her|their)\s+\w+", SUICIDAL, 0.6),
    (r"\b(?:the|my)\s+(?:dog|cat|pets?|kids|children|stuff|things|flat)\s*(?:'s|is|are|'re)\s+going\s+to\s+(?:my|her|his|their|[A-Z]\w+)\b", SUICIDAL, 0.4),
    (r"\b(?:will'?s?\s+(?:is\s+)?(?:signed|done|sorted|written))\b", SUICIDAL, 0.3),
    (r"\b(?:letters?|notes?|messages?|cards?)\s+(?:for|to)\s+(?:everyone|everybody|all\s+of\s+(?:them|you)|each\s+of\s+(?:them|you)|every\s+one|them\s+all)\b", SUICIDAL, 0.6),
    (r"\b(?:been|it'?s\s+been|was)\s+(?:really\s+)?(?:nice|lovely|good)\s+(?:talking|knowing|chatting\s+to|meeting)\b", SUICIDAL, 0.4),
    (r"\bwon'?t\s+(?:be\s+)?need(?:ing)?\s+(?:the|my|any|another|\w+'s)\s+(?:\w+\s+)?(?:appointments?|sessions?|visits?|prescriptions?|meds|tablets|help|support|calls?)\b", SUICIDAL, 0.6),
    (r"\bwon'?t\s+be\s+(?:around|here|alive)\s+(?:to\s+\w+|for\s+(?:it|that|them|long))\b", SUICIDAL, 1.0),
    (r"(?:^|(?<=[.!?,;])|(?<=[.!?,;]\s))\s*(?:sorry|i'?m\s+sorry|love\s+you(?:\s+all)?)(?:\s+(?:every\s*one|everyone|everybody|all))?\s*x+\s*$", SUICIDAL, 0.4),
    # Not with a baby or a night shift to be up for (round twenty-eight; see _IDIOM for the reason told first).
    # Round forty-two: nor a meal eaten then ("I ate my tea at 4am standing up").
    (r"(?<!\btea\s)(?<!\bdinner\s)(?<!\blunch\s)(?<!\bbreakfast\s)(?<!\bsupper\s)(?<!\bmeal\s)(?<!\bsandwich\s)(?<!\bbreak\s)"
     r"\bat\s+[1-4]\s*(?:am|a\.m\.|in\s+the\s+morning)\b(?![^.!?\n]*\b(?:baby|babies|newborn|twins|feeds?|feeding|nappy|nappies|teething|night\s+shifts?|on\s+nights)\b)"
     r"|\bin\s+the\s+middle\s+of\s+the\s+night\b", SUICIDAL, 0.5),
    (r"\bstopped\s+(?:opening|paying|answering)\s+(?:the|my)\s+(?:post|bills|phone|door)\b", SUICIDAL, 0.2),
    # Euphemisms for acting on it, and finality.
    (r"\b(?:going\s+to|gonna|will|'ll|might|about\s+to|feel\s+like\s+I'?(?:ll|m\s+going\s+to))\s+do\s+something\s+(?:stupid|silly|daft|drastic|bad|i'?ll\s+regret)\b", SUICIDAL, 1.0),
    (r"\bdo\s+something\s+(?:stupid|silly|daft|drastic)\b", SUICIDAL, 0.6),
    (r"\b(?:I'?m|I\s+am|I'?ll|I\s+will|going\s+to|gonna|want\s+to|need\s+to)\s+(?:\w+\s+){0,4}?(?:for\s+good|once\s+and\s+for\s+all|permanently|for\s+ever|forever)\b", SUICIDAL, 0.5),
    (r"\b(?:stop|stopped|end|ending)\s+being\s+(?:a|the)\s+(?:problem|burden|nuisance|bother|pain|waste\s+of\s+space)\b|\b(?=I'?m\s)(?<!\bme\slike\s)(?<!\bme\sas\sif\s)(?<!\bme\sas\sthough\s)I'?m\s+(?:the|a|such\s+a|just\s+a)\s+(?:problem|waste\s+of\s+(?:space|oxygen|air)|nuisance|mistake|failure)\b", SUICIDAL, 0.5),
    # Others would be better, happier, relieved: any of those words, any "everyone".
    (r"\b(?:everyone|everybody|every\s+one|all\s+of\s+(?:them|you)|they|they'?d\s+all|my\s+(?:family|kids|children|partner|mum|husband|wife))\s*(?:'d|would|will|'ll)?\s*(?:all\s+)?(?:be\s+)?(?:happier|better\s+off|relieved|freer|fine\s+without|so\s+much\s+better)\b", SUICIDAL, 0.6),
    (r"\b(?:a\s+)?(?:kindness|favour|favor|relief|blessing|mercy|gift)\s+(?:to|for)\s+(?:everyone|everybody|them|all|my\s+\w+|the\s+world)\b[^.!?\n]{0,20}\bif\s+I\b", SUICIDAL, 1.0),
    (rf"\b(?:no\s*one|nobody|no\s+body)\s+(?:would|will|'d|'ll)\s+(?:even\s+)?(?:notice|care|miss\s+me|be\s+bothered)\b(?!\s+if\s+I\s+(?!{_GONE}))(?!\s+if\s+I\s+(?!{_NOT_THERE}))", SUICIDAL, 0.5),
    # Means and method: gathering tablets, a ligature, a place, the quickest way.
    (rf"\b(?:collect\w*|gather\w*|sav\w*|stockpil\w*|hoard\w*|stash\w*|build\w*\s+up|kept\s+back|keeping\s+back|squirrel\w*)\s+(?:up\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+|some\s+|these\s+)?(?:\w+'s\s+)?{_MED_NAMES}\b", SUICIDAL, 1.0),
    (rf"\b(?:got|have|counted|there'?s|I'?ve\s+got)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?(?:\d{{2,3}}|thirty|forty|fifty|sixty|seventy|eighty|a\s+hundred)\b(?!\s+and\s+(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:meant|supposed|expected|allowed)\s+to\s+(?:have|be\s+on|carry)\b)(?<!meant\sto\shave\s\d\d)(?<!supposed\sto\shave\s\d\d)(?:\s+{_MED_NAMES})?|\b(?:feels?\s+)?(?:good|nice|safe|comforting|reassuring|better)\s+knowing\s+(?:it'?s|they'?re|its|theyre|they\s+are)\s+there\b", SUICIDAL, 0.5),
    (rf"\ball\s+(?:of\s+)?(?:my|the|his|her|my\s+\w+'s|\w+'s)\s+(?:\w+\s+)?{_MED_NAMES}\b", SUICIDAL, 0.6),
    (r"\b(?:rope|washing\s+line|ligature|belt|cord|cable|dressing\s+gown\s+cord|tow\s+rope)\b[^.!?\n]{0,60}\b(?:tree|beam|banister|bannister|loft|rafters?|door\s*(?:frame|handle)|hook|garage|woods)\b", SUICIDAL, 1.0),
    (r"\b(?:I\s+know|I'?ve\s+(?:found|picked|chosen)|found|picked|chosen)\s+(?:which|the|a)\s+(?:tree|bridge|spot|place|beam|building|car\s+park)\b", SUICIDAL, 0.6),
    (r"\b(?:quickest|easiest|best|least\s+painful|painless|surest|cleanest)\s+way\s+(?:to\s+(?:go|die|do\s+it|end\s+(?:it|things|my\s+life))|out)\b", SUICIDAL, 1.0),
    (rf"\b(?:walk(?:ing)?|wad(?:e|ing)|swim(?:ming)?|driv(?:e|ing)|jump(?:ing)?|throw(?:ing)?\s+myself)\s+(?:out\s+)?(?:into|in|off|in\s+front\s+of)\s+(?:the|a)\s+{_PLACE_TO_DIE}\b|\bdrown\s+myself\b", SUICIDAL, 0.8),
    (rf"\b(?:I'?m|I\s+am|I'?ve\s+been|sat|sitting|stood|standing|parked|waiting)\s+(?:\w+\s+){{0,3}}(?:by|at|on|near|under|beside|over|next\s+to)\s+the\s+(?:edge\s+of\s+the\s+|top\s+of\s+the\s+)?{_PLACE_TO_DIE}\b", SUICIDAL, 0.5),
    (rf"\b(?:bottle|bottles|cans?|litre)\s+of\s+(?:vodka|whisky|whiskey|gin|wine|cider|rum)\b[^.!?\n]{{0,40}}\b{_MED_NAMES}\b|\b{_MED_NAMES}\b[^.!?\n]{{0,40}}\b(?:vodka|whisky|whiskey|gin|wine|cider|rum)\b", SUICIDAL, 0.6),
    (r"\b(?:working|work|worked|figuring|thinking)\s+out\s+(?:the\s+)?(?:best|quickest|easiest|how|when|where)\b[^.!?\n]{0,30}\b(?:go|die|do\s+it|end)\b", SUICIDAL, 1.0),
    # A future the teller does not expect to see.
    (r"\b(?:don'?t|can'?t|cannot|do\s+not)\s+see\s+myself\s+(?:making\s+it|being\s+(?:here|around|alive)|lasting|getting\s+(?:to|through)|seeing|reaching|surviving)\b", SUICIDAL, 1.0),
    (r"\b(?:go\s+to\s+sleep|sleep|fall\s+asleep|drift\s+off)\s+and\s+(?:stay\s+there|stay\s+asleep|just\s+not\s+(?:wake|come\s+back)|never\s+come\s+back|not\s+come\s+back)\b", SUICIDAL, 1.0),
    (r"\b(?:can'?t|cannot)\s+(?:do|take|face|handle|stand)\s+(?:this|it|any\s+of\s+(?:it|this)|life)\s+(?:no|any)\s*more\b", SUICIDAL, 0.6),
    (r"\b(?:stopped|don'?t|do\s+not)\s+(?:really\s+)?(?:caring|care)\s+(?:about\s+)?(?:what\s+happens\s+to\s+me|whether\s+I\s+(?:live|wake|die|make\s+it)|if\s+I\s+(?:live|wake|die|make\s+it))\b", SUICIDAL, 0.6),
    # Self-harm in other words: fresh marks, doing it in secret.
    (r"\b(?:fresh|new|open|deep|raw)\s+(?:marks|cuts|scars|burns|wounds|lines)\b|\b(?:marks|cuts|scars|burns|wounds)\s+(?:on\s+my\s+\w+\s+)?(?:are|is)\s+(?:fresh|new|open|still\s+raw)\b", SELF_HARM, 0.8),
    (r"\bI\s+do\s+it\s+(?:in\s+the\s+(?:shower|bath|bathroom|toilet)|at\s+night|when|so\s+(?:no\s*one|nobody))\b|\b(?:hide|hiding|cover|covering)\s+(?:up\s+)?(?:the\s+|my\s+)?(?:marks|cuts|scars|arms|legs|wrists)\b|\b(?:hide|cover)\w*\s+(?:them|it)\s+up\b", SELF_HARM, 0.6),
    # Sexual harm in other words.
    (r"\bforc(?:ed|es|ing)\s+(?:himself|herself|themselves)\s+on\b|\bwouldn'?t\s+stop\s+when\s+I\s+said\s+no\b|\bdidn'?t\s+(?:want|agree\s+to)\s+(?:it|to|sex)\b[^.!?\n]{0,30}\b(?:he|she|they)\s+(?:did|made|carried|kept)\b", ABUSE, 1.0),
    (r"\b(?:walks?|walked|comes?|came)\s+in\s+on\s+(?:me|her|him|them)\b|\bwatch(?:es|ed|ing)?\s+(?:me|her|him)\s+(?:undress|shower|in\s+the\s+(?:bath|shower))\b", ABUSE, 0.6),
    (r"\b(?:sleeps?|sleeping|slept)\s+in\s+(?:her|his|my|their)\s+clothes\b|\bwedg\w*\s+(?:a\s+chair|something)\s+(?:against|under)\s+(?:the|my|her|his)\s+door\b|\blocks?\s+(?:her|his|my)\s+(?:bedroom\s+)?door\s+at\s+night\b", ABUSE, 0.5),
    (r"\b(?:touch(?:es|ed|ing)?|feels?\s+up|grop\w*)\s+(?:me|her|him)\s+(?:where|down\s+there|under|inappropriately|when|at\s+night)\b", ABUSE, 1.0),
    # A child's injuries or fear of going home, told by anyone.
    (rf"\b{_KID}\b[^.!?\n]{{0,40}}\b(?:has|had|got|with|came\s+in\s+with|turned\s+up\s+with|covered\s+in)\s+(?:\w+\s+){{0,2}}{_INJURY}\b", ABUSE, 0.6),
    (rf"\b{_INJURY}\s+on\s+(?:his|her|their|the\s+\w+'?s)\s+(?:arms?|legs?|face|neck|back|hands?|body|wrists?|cheek)\b", ABUSE, 0.5),
    (r"\b(?:cries|crying|cried|scared|frightened|terrified|panics?|doesn'?t\s+want|won'?t)\s+(?:[\w']+\s+){0,5}?(?:to\s+)?go(?:ing)?\s+(?:back\s+)?(?:home|indoors|inside|back\s+in)\b", ABUSE, 0.6),
    (rf"\b(?:not|isn'?t|aren'?t)\s+allowed\s+(?:back\s+)?(?:home|in|indoors|inside)\s+(?:until|till|til)\b", ABUSE, 0.6),
    (rf"\b{_CARER}\s+(?:has\s+)?(?:\w+\s+)?(?:calmed\s+down|sobered\s+up|cooled\s+off)\b", ABUSE, 0.3),
    # Neglect of a child: the adult cannot care, the children go without.
    (r"\b(?:passes|passed|passing)\s+out\b|\bcan'?t\s+wake\s+(?:her|him|them)\b|\b(?:drinks|drunk|off\s+(?:her|his)\s+face|high)\s+(?:all\s+day|every\s+day|every\s+night|all\s+the\s+time)\b", ABUSE, 0.5),
    (rf"\b{_KID}\b[^.!?\n]{{0,40}}\b(?:dry\s+(?:cereal|bread)|no\s+(?:tea|dinner|food|breakfast)|nothing\s+(?:to\s+eat|for\s+tea)|gone\s+to\s+bed\s+hungry|go\s+to\s+bed\s+hungry|haven'?t\s+eaten)\b", ABUSE, 0.6),
    # An adult neglecting themselves (or a worker seeing it).
    (r"\b(?:nothing|no\s+food)\s+in\s+the\s+(?:fridge|cupboards?|house|flat)\b|\b(?:heating|electric|gas|water)\s+(?:is\s+|'s\s+)?(?:off|cut\s+off)\b|\bsame\s+clothes\s+(?:as|for|since)\b", SELF_HARM, 0.3),
    (r"\bwon'?t\s+let\s+(?:anyone|anybody|us|them|me)\s+in\b|\b(?:refus\w+|won'?t\s+(?:accept|have))\s+(?:any\s+)?(?:help|care|food|visits)\b", SELF_HARM, 0.3),
    (r"\b(?:not|stopped|haven'?t\s+been|hasn'?t\s+been|isn'?t)\s+(?:eating|washing|drinking\s+water|getting\s+out\s+of\s+bed|taking\s+(?:her|his|my)\s+(?:meds|tablets|insulin))\b|\bhaven'?t\s+(?:left|got\s+out\s+of)\s+(?:my|the)\s+(?:bed|flat|house|room)\b", SELF_HARM, 0.35),
    (r"\b(?:doesn'?t|don'?t|can'?t)\s+see\s+(?:why|the\s+point)\s+(?:she|he|I|they)?\s*(?:should|would)?\s*(?:bother\s+)?(?:eating|getting\s+up|washing|trying|going\s+on)\b|\bwhy\s+(?:she|he|I)\s+should\s+bother\b", SUICIDAL, 0.6),
    # Control: deciding for someone, tracking them, an allowance, accounting for money.
    (r"\b(?:decides|chooses|dictates|controls|picks|says|tells\s+me)\s+(?:what|who|where|when|how\s+much)\s+(?:I|she|he)\s+(?:can\s+|can'?t\s+|am\s+allowed\s+to\s+|should\s+)?(?:wear|see|text|talk|go|eat|spend|do|call|ring|message|meet)\b", COERCIVE, 0.6),
    (r"\b(?:have|has|got)\s+to\s+(?:send|show|tell|text|ring|call)\s+(?:him|her|them)\s+(?:a\s+)?(?:pic|picture|photo|selfie|video|location|where)\b|\bshare\s+my\s+location\b|\bevery\s+(?:hour|half\s+hour|\d+\s+minutes)\b", COERCIVE, 0.5),
    (r"\baccount\s+for\s+every\s+(?:penny|pound|minute|receipt)\b|\b(?:gives|give|gave)\s+me\s+(?:an?\s+)?(?:allowance|pocket\s+money)\b|\b(?:I|she|he|they|we)\s+(?:only\s+|just\s+)?gets?\s+(?:a\s+tenner|a\s+fiver|£\s?\d+)\b", COERCIVE, 0.6),
    (r"\b(?:frightened|scared|afraid|terrified|dread\w*)\s+(?:of\s+)?what\s+(?:comes|happens|will\s+happen|'ll\s+happen)\s+(?:after|next|later|when)\b", ABUSE, 0.6),
    (r"\bgoes\s+(?:silent|quiet)\s+for\s+days\b|\bsilent\s+treatment\b", COERCIVE, 0.3),
    (rf"\b(?:keeps?|kept|has|had|took|takes|taken|got|'s\s+got|'ve\s+got)\s+(?:hold\s+of\s+|over\s+|control\s+of\s+|charge\s+of\s+)?(?:my|her|his|their)\s+{_MONEY}\b", COERCIVE, 0.5),
    (rf"\btak(?:es|en|ing)\s+(?:over|control\s+of)\s+(?:my|her|his|their)\s+{_MONEY}\b|\bshouts?\s+at\s+(?:her|him|me)\s+when\s+(?:she|he|I)\s+asks?\b", COERCIVE, 0.6),
    (rf"\btak(?:es|ing)\s+my\s+{_MONEY}\s+(?:every|each|as\s+soon|the\s+day)\b", COERCIVE, 1.0),
    (r"\b(?:she'?s|he'?s|she\s+is|he\s+is|aged|age)\s+(?:(?:8|9)\d|7\d)\b|\bfrail\b", COERCIVE, 0.2),
    # Exploitation: an adult's gifts and lifts, going off with them, held for a debt.
    (rf"\b(?:have|has|had|got|make|makes|made|get|gets)\s+(?:me|him|her|them|us)\s+(?:holding|carrying|running|selling|moving|delivering|stashing|keeping|dropping|hold|carry|run|sell|move|deliver)\s+(?:\w+\s+)?(?:packages|parcels|stuff|drugs|gear|bags|phones?|money|cash|things)\b", EXPLOITATION, 1.0),
    (r"\b(?:gives?|gave|giving|buys?|bought|buying)\s+(?:the\s+)?(?:me|him|her|them|girls|boys|kids|lads|young\s+\w+)\b[^.!?\n]{0,30}\b(?:vapes?|lifts|rides|fags|cigs|alcohol|drink|booze|weed|lines|(?<!over\sthe\s)(?<!on\sthe\s)phones?|trainers|stuff|money)\b", EXPLOITATION, 0.5),
    (r"\b(?:a|some|this|an\s+older)\s+(?:man|men|guy|bloke|adult)\s+(?:at|outside|near|in|by|from|who)\b", EXPLOITATION, 0.3),
    (r"\b(?:went|goes|gone|going)\s+off\s+with\s+(?:him|her|them|a\s+\w+|some\s+\w+)\b|\b(?:isn'?t|not|hasn'?t\s+been|stopped)\s+answering\b|\bnot\s+come\s+(?:back|home)\b", EXPLOITATION, 0.4),
    (rf"\b(?:care\s+home|children'?s\s+home|in\s+care|foster)\b", EXPLOITATION, 0.2),
    (r"\b(?:make|makes|made|making|forced|forcing)\s+(?:me|him|her|us|them)\s+work\b|\bwork\s+for\s+(?:no|nothing|free|no\s+money)\b|\bpay\s+off\s+(?:the|a|my|our|his|her)\s+(?:journey|trip|travel|passage|fee|debt|transport)\b", EXPLOITATION, 0.6),
    (r"\b(?:got|'ve\s+got|have|has|took|kept|keep)\s+(?:my|our|her|his)\s+(?:documents|passport|papers|id)\b|\bsleep\s+in\s+the\s+(?:back\s+room|shop|storeroom|van|kitchen)\b", EXPLOITATION, 0.6),
    (r"\b(?:do|doing|did)\s+(?:one\s+more|another|a)\s+(?:run|drop|job|delivery)\b|\b(?:the\s+gang|the\s+lads|the\s+olders|they)\s+(?:says?|said|told\s+\w+)\s+if\b", EXPLOITATION, 0.6),
    # A child and an adult in a relationship: the ages say it, whoever tells it.
    (r"\b(?:'s|is|I'?m|Im|am|aged|only|just|she'?s|he'?s)\s+(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b[^.!?\n]{0,60}\b(?:seeing|dating|going\s+out\s+with|sleeping\s+with|with|talking\s+to|boyfriend|girlfriend|bf|gf|messaging|meeting|staying\s+with)\b[^.!?\n]{0,20}\b(?:1[89]|[2-9]\d)\b(?!\s*(?:%|pounds|quid|minutes|miles))", EXPLOITATION, 1.0),
    (r"\b(?:1[89]|[2-9]\d)[\s-]*(?:year[\s-]*old|yo|yr\s+old)\s+(?:man|guy|bloke|lad|woman|boyfriend|girlfriend)?\s*(?:is\s+)?(?:seeing|dating|going\s+out\s+with|sleeping\s+with|messaging|meeting\s+up\s+with)\s+(?:my|a|her|his|our)\s+(?:\d{1,2}|1[0-7])?[\s-]*(?:year[\s-]*old\s+)?(?:daughter|son|girl|boy|sister|brother|niece|nephew|kid|child|pupil)\b", EXPLOITATION, 1.0),
    # Threats and hyperbole: someone will hurt a person in the family.
    (rf"\b(?:they|he|she)\s*(?:'ll|will|would|'d|(?:'re|are|is|'s)\s+going\s+to)\s+(?:hurt|harm|get|do|kill|stab|batter|go\s+after|come\s+for)\s+(?:my|his|her)\s+(?:little\s+)?{_KID}\b", ABUSE, 1.0),
    (r"\bnone\s+of\s+us\s+will\s+(?:see|make\s+it|be\s+(?:here|alive))\b|\bwe'?ll\s+all\s+be\s+dead\b", ABUSE, 1.0),
    (r"\b(?:put|smash|push)\s+my\s+head\s+(?:through|into|against)\b|\bpinned\s+me\b", ABUSE, 0.8),
])

# Round two, from the second blind set (recall 0.08): kinds of harm round one had no
# family for. Still word classes, not sentences.
_MEANS = r"(?:blade|knife|razor|pills|tablets|rope|gun|shotgun|rifle|pistol|belt|lighter\s+fluid|petrol|bottle\s+of\s+\w+)"
_CUES += _cues([
    # Slang for killing oneself.
    (r"\bunaliv\w*\b|\bkms\b|\bsewer\s*slide\b|\bkys\s+myself\b", SUICIDAL, 1.0),
    # Sitting with the means; handling a gun; hoping for an accident.
    (rf"\b(?:sit|sits|sat|sitting|lie|lay|lying|stand|stood|standing|hold|holding|held)\b[^.!?\n]{{0,40}}\bwith\s+(?:the|a|my|his|her)\s+{_MEANS}\b", SUICIDAL, 1.0),
    (r"\b(?:got|get|took|take|taken|getting)\s+(?:the|my|his|dad'?s)\s+(?:shotgun|gun|rifle|pistol|air\s+rifle)\s+out\b|\b(?:loaded|cleaning|holding)\s+(?:the|my)\s+(?:shotgun|gun|rifle|pistol)\b", SUICIDAL, 0.8),
    (r"\bjust\s+(?:sat|sit|sitting)\s+with\s+it\b|\bjust\s+(?:look|looked|looking|stare|stared|staring)\s+at\s+(?:it|them)\b", SUICIDAL, 0.3),
    (r"\bhop(?:e|ing)\s+(?:something|a\s+(?:lorry|car|bus|train))\s+(?:happens|hits\s+me|will\s+hit\s+me)\b|\bhop(?:e|ing)\s+I\s+(?:crash|don'?t\s+(?:wake|come\s+back|make\s+it))\b", SUICIDAL, 0.8),
    (r"\b(?:life\s+insurance|policy|life\s+cover)\b[^.!?\n]{0,40}\bpays?\s+out\b", SUICIDAL, 0.8),
    # A way through, the point of tomorrow.
    (r"\b(?:can'?t|cannot|don'?t|struggl\w+\s+to)\s+see\s+(?:a|any|the)\s+way\s+(?:through|past|out\s+of)\s+(?:this|it)\b", SUICIDAL, 1.0),
    (r"\bstruggl\w+\s+to\s+see\s+(?:the|any)\s+point\s+(?:of|in)\s+(?:tomorrow|going\s+on|living|anything|getting\s+up|carrying\s+on|me|life)\b|\bsee\s+the\s+point\s+of\s+tomorrow\b", SUICIDAL, 1.0),
    # Burden in other words; assisted dying; "my own way".
    (r"\b(?:weight|millstone|albatross|drain|burden)\s+(?:round|around|on)\s+(?:my|their|everyone'?s|her|his|\w+'s)\s+(?:\w+'s\s+)?(?:neck|shoulders)\b", SUICIDAL, 0.6),
    (r"\b(?:dignitas|assisted\s+(?:dying|suicide)|euthanasia)\b", SUICIDAL, 0.4),
    (r"\b(?:find|found|make)\s+my\s+own\s+way\b|\btake\s+matters\s+into\s+my\s+own\s+hands\b", SUICIDAL, 0.6),
    # Rejoining the dead, being called home; parting with a pet.
    (r"\b(?:I'?ll|I\s+will|I'?m\s+going\s+to|going\s+to|want\s+to|ready\s+to)\s+(?:be\s+with|join|see)\s+(?:her|him|them|my\s+\w+|god|jesus)\s+(?:again\s+)?(?:soon|shortly|before\s+long|now)\b", SUICIDAL, 0.6),
    (r"\b(?:calling|called|taking)\s+me\s+home\b|\bready\s+to\s+go\s+to\s+(?:him|god|heaven|jesus|the\s+lord)\b", SUICIDAL, 0.5),
    (r"\b(?:given|gave|giving|rehomed|rehoming)\s+(?:the|my|his|her|their)\s+(?:dog|cat|pets?|budgie|bird)\s+(?:away\s+)?(?:to|with)\b", SUICIDAL, 0.4),
    (rf"\b(?:stopped|stopping|quit|not)\s+taking\s+(?:the|my|his|her)\s+{_MED_NAMES}\b", SUICIDAL, 0.6),
    # Eating disorders.
    (r"\bbing\w*\s+(?:and|&|n)\s+purg\w*\b|\bpurging\b|\bmak\w*\s+myself\s+(?:sick|throw\s+up)\b|\bthrow\w*\s+up\s+after\s+(?:every\s+)?(?:meal|eating|food)\b", SELF_HARM, 0.8),
    (r"\b(?:fainted|passed\s+out|blacked\s+out|collapsed)\s+(?:at|in|on)\b", SELF_HARM, 0.3),
    # Forced marriage and honour.
    (r"\b(?:forc\w*|mak\w*|sending|send|taking|take)\s+(?:me|her|him)\b[^.!?\n]{0,40}\bto\s+(?:marry|get\s+married|be\s+married)\b|\bforced\s+(?:to\s+marry|marriage)\b", ABUSE, 1.0),
    (r"\bif\s+I\s+(?:refuse|say\s+no|don'?t\s+(?:agree|go|marry|sign))\b", ABUSE, 0.4),
    (r"\b(?:say|says|said)\s+I\s+(?:shame|dishonour|disgrace)\b|\bno\s+(?:daughter|son)\s+of\s+(?:his|hers|mine|theirs)\b", ABUSE, 0.4),
    # Blackmail with images; threats that they know where the family is.
    (r"\b(?:or|unless|if\s+I\s+don'?t)\b[^.!?\n]{0,20}\b(?:he|she|they)\s*(?:'ll|will|'d|would|is\s+going\s+to)\s+(?:send|share|post|show|put|leak|upload)\b", EXPLOITATION, 0.6),
    (r"\b(?:he|she|they)\s*(?:'ll|will|'d|would|is\s+going\s+to)\s+(?:send|share|post|show|leak|upload|put)\s+(?:them|it|those|the\s+\w+)\b[^.!?\n]{0,30}\b(?:unless|if\s+I\s+(?:don'?t|won'?t|refuse))\b", EXPLOITATION, 0.6),
    (r"\b(?:got|has|have|took|taken|saved)\s+(?:\w+\s+)?(?:photos|pics|pictures|videos|screenshots|nudes)\s+of\s+(?:me|her|him)\b", EXPLOITATION, 0.5),
    (r"\bknows?\s+where\s+(?:my|I|we|her|his)\s*(?!(?:money|cash|pension|wages|pay|benefits|budget|income)\b)(?:\w+\s+)?(?:live|lives|go|goes|work|works|sleep|stay)\b", ABUSE, 1.0),
    (r"\bloan\s+shark\b|\bgiven\s+me\s+(?:till|until|til)\s+\w+\b", EXPLOITATION, 0.4),
    # Neglect in care; pressure on an older person over their home.
    (r"\bleav\w*\s+(?:him|her|them|dad|mum|my\s+\w+)\s+in\s+(?:a\s+)?(?:wet|soiled|dirty|soaking)\b|\bsore\b[^.!?\n]{0,30}\bgone\s+black\b", ABUSE, 1.0),
    (r"\b(?:pressure|bed)\s*sores?\b", NEGLECT, 0.5),
    # ...but one nobody has dressed, or a person left in soiled clothes, is neglect.
    (r"\b(?:pressure|bed)\s*sores?\b[^.!?\n]{0,40}\b(?:(?:that\s+)?(?:nobody|no\s*one|no-one)\s+(?:has\s+|had\s+)?(?:dressed|treated|noticed|seen\s+to|looked\s+at)|"
     r"(?:not|never|hasn'?t|haven'?t)\s+been\s+(?:dressed|treated|seen\s+to|looked\s+at)|untreated|undressed)\b", NEGLECT, 1.0),
    (r"\bsame\s+(?:soiled|dirty|wet|unwashed|stained)\s+(?:clothes|nightie|nightdress|pad|sheets|bedding|pyjamas)\b", NEGLECT, 0.5),
    (r"\b(?:put|putting|stick|shove)\s+me\s+in\s+a\s+home\s+if\b|\bsign\s+(?:the|my|her|his)\s+(?:house|flat|home|savings|money|will)\s+over\b", COERCIVE, 0.6),
    # Children with no adult able to look after them.
    (r"\bno\s+(?:adults?|grown-?ups?|parents?)\s+(?:awake|home|there|around|in\s+the\s+(?:house|flat))\b|\b(?:asleep|in\s+bed|out|gone)\s+since\s+(?:yesterday|last\s+night|\w+day)\b", ABUSE, 0.6),
    (r"\b(?:siblings|kids|children|babies|brothers|sisters)\s+in\s+nappies\b|\b(?:\d|one|two|three|four|five|six|seven|eight|nine)\s*(?:yo|year\s+old)\s+(?:answered|looking\s+after|in\s+charge)\b", ABUSE, 0.4),
    # Errands for older people; a child's age said alongside.
    (r"\b(?:keep|keeps|kept)\s+(?:on\s+)?(?:making|getting|asking|telling)\s+(?:me|him|her)\s+(?:to\s+)?(?:take|carry|hold|move|drop|deliver|sell|run)\b", EXPLOITATION, 0.8),
    (r"\bI'?m\s+(?:only|just)\s+(?:1[0-6]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b", EXPLOITATION, 0.3),
    # Family holding papers and contact; taking it out on someone; stalking online.
    (r"\b(?:keep|keeps|kept|keeping|hold|holds|holding|hid|hide|hides|took|take|takes|has|have|got)\s+(?:hold\s+of\s+)?(?:my|our|her|his|their|the\s+\w+'s)\s+(?:passport|passports|documents|papers|visa|id|BRP)\b", EXPLOITATION, 0.8),
    (r"\bwon'?t\s+let\s+me\s+(?:phone|ring|call|text|see|visit|message|contact|go\s+out)\b", COERCIVE, 0.6),
    (r"\btakes?\s+it\s+out\s+on\b(?!\s+(?:the\s+)?(?:gym|treadmill|pillow|punch\w*|bag|road|pitch|court|dance\s*floor))", ABUSE, 0.8),
    (r"\b(?:usually|mostly|always|normally)\s+(?:me|my\s+\w+|the\s+kids|the\s+little\s+\w+)\b", ABUSE, 0.2),
    (r"\b(?:turns?|turning|shows?|showing)\s+up\s+wherever\s+I\b|\bscreenshots?\s+everything\b|\bknows?\s+where\s+I\s+am\s+(?:at\s+all\s+times|every)\b", COERCIVE, 1.0),
    # Round forty-one: not a thing done in a way or a language ("I'll do it in English", "do that in pencil").
    (r"\b(?:going\s+to|gonna|'ll|will)\s+do\s+(?!(?:me|us|it|this|that|something|anything|everything|nothing|one|some|more|mine|things|them\s+all)\b)(?:him|her|them|you|\w+)\s+in\b", THREAT, 1.0),
    (r"\b(?:going\s+to|gonna|'ll|will|would|'d)\s+do\s+(?:me|us)\s+in\b", ABUSE, 1.0),
    # Round forty-two: the one she hides from has found the place ("He's found the refuge",
    # "they've tracked down my new flat"), and a threat of death sent as a sign ("a card through
    # the door with a drawing of a coffin"). Each is weak alone; together they are enough.
    (r"\b(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+(?:now\s+|finally\s+|already\s+)?(?:found|tracked\s+down|traced)\s+(?:out\s+)?"
     r"(?:where\s+(?:I|we)(?:'m|'re|\s+am|\s+are)?\s+(?:living|staying|live|stay|hiding|moved\s+to)|(?:me|us)\s+(?:at|in)\s+the\s+(?:refuge|safe\s+house|hostel)|"
     r"the\s+(?:refuge|safe\s+house)(?!\s+(?:number|website|site|details|leaflet|card|phone|helpline|online|for\b))|(?:my|our)\s+new\s+(?:address|flat|house|place|home))\b", ABUSE, 0.6),
    (r"\b(?:drawings?|pictures?|sketch|photos?|images?|cut-?out)\s+of\s+(?:a\s+|my\s+)?(?:coffin|gravestone|headstone|noose|grave|hangman)\b"
     r"|\b(?:coffin|noose|bullet|gravestone)\s+(?:drawn\s+on|through\s+(?:the|my|our)\s+(?:door|letterbox)|left\s+on\s+(?:the|my|our)\s+(?:door|doorstep|car|step))\b", ABUSE, 0.6),
    # A child told it is a game or secret; someone coming in when no one is home.
    (r"\b(?:comes?|came|coming|walks?)\s+in(?:to)?\s+(?:the|my|our)\s+(?:bathroom|bedroom|shower|room|toilet)\s+when\s+(?:no\s*one|nobody|I'?m|mum|dad|everyone|they)\b", ABUSE, 0.8),
    (r"\b(?:it'?s|its|this\s+is)\s+(?:our|a)\s+(?:little\s+)?(?:game|secret)\b", ABUSE, 0.6),
    # Labour for next to nothing; phones taken; living on someone's floor; cuckooing.
    (r"\b(?:work|works|working|worked)\s+(?:\d+|long|all)\s+hours\b[^.!?\n]{0,20}\bfor\s+(?:£\s?\d+|nothing|food|a\s+bed|somewhere\s+to\s+sleep|no\s+money)\b", EXPLOITATION, 0.8),
    (r"\b(?:took|taken|take|takes|got)\s+(?:our|my|their|his|her)\s+phones?\b", COERCIVE, 0.4),
    (r"\b(?:had|took|taken|got)\s+(?:his|her|my|their)\s+(?:\w+\s+)?(?:card|phone|money|keys|benefits)\s+off\s+(?:him|her|me|them)\b", EXPLOITATION, 0.6),
    (r"\bsleep\w*\s+on\s+the\s+floor\s+(?:of\s+)?(?:his|her|my|their)\s+own\b|\b(?:started|start)\s+using\s+(?:\w+'s|his|her|my)\s+(?:flat|house|place)\b", EXPLOITATION, 0.6),
    (r"\b(?:lost|losing|blew|blown|gambled|gambling)\s+(?:away\s+)?(?:the|my|all\s+(?:the|my)|our)\s+(?:rent|wages|money|savings|benefits|pension|mortgage)\b", SUICIDAL, 0.3),
    (r"\blearning\s+disabilit\w*\b|\bvulnerable\s+adult\b", EXPLOITATION, 0.2),
    (rf"\b(?:take|takes|taking)\s+(?:a\s+few|some|a\s+couple|loads|extra)\s+(?:extra\s+)?(?:of\s+)?(?:my\s+|the\s+)?{_MED_NAMES}\b", SUICIDAL, 0.5),
])

# Every cue in one alternation: a text none of them matches needs no sentence-by-sentence pass.
# Asked of every message on the event loop: see prefilter for why not one alternation.
# Round three, from two blind sets of whole narratives (recall 1/7 and 3/7): disclosures
# told in passing inside a longer story, as many small signs that add up, and workers' notes
# that say what they have done about a concern. Still word classes, not sentences.
_PET = r"(?:cat|dog|pets?|budgie|bird|animals?|rabbit|hamster)"
_CUES += _cues([
    # Putting affairs in order: a home for the pet, letters, the funeral, nobody left to answer.
    (rf"\b(?:sorted|sorting|found|finding|arranged|arranging)\s+(?:out\s+)?(?:a\s+home\s+for\s+)?(?:my|the)\s+{_PET}\s+(?:out\s+)?(?:with|for)\b", SUICIDAL, 0.4),
    (rf"\b(?:he|she|they|my\s+\w+|\w+)\s*(?:'ll|will|is\s+going\s+to|said\s+(?:he|she|they)'?d|says\s+(?:he|she|they)'?ll)\s+(?:take|have|look\s+after|keep)\s+(?:the|my)\s+{_PET}\b", SUICIDAL, 0.4),
    (r"\bfuneral\s+(?:plan\s+|costs\s+|money\s+)?(?:is\s+|all\s+)?(?:paid|sorted|arranged|planned|booked|done)\b|\b(?:affairs|things|everything|papers|paperwork)\s+in\s+order\b|\bgot\s+(?:it\s+)?(?:all|everything)\s+straight\b", SUICIDAL, 0.4),
    (r"\b(?:doesn'?t|does\s+not|won'?t)\s+(?:really\s+)?matter\s+(?:now|any\s*more|after)\b", SUICIDAL, 0.5),
    (r"\b(?:there'?ll|there\s+will|there\s+won'?t)\s+be\s+(?:nobody|no\s*one|anyone|anybody)\s+(?:in|here|home|around|left)\b|\bneedn'?t\s+bother\s+(?:ringing|calling|coming|visiting|phoning)\b", SUICIDAL, 0.6),
    (r"\b(?:settled|calm|at\s+peace|peaceful|relieved)\b[^.!?\n]{0,30}\bnow\s+(?:I|that\s+I)\s+(?:know|'ve\s+decided|have\s+decided|'ve\s+made)\b", SUICIDAL, 0.5),
    # Self-harm in its own slang, the tool, the hiding, the relief.
    (r"\b(?:doing|did|done|started\s+doing)\s+(?:my|her|his)\s+(?:arms?|wrists?|thighs?|legs?|stomach)\s+again\b|\b(?:cutting|scratching|slashing|burning)\s+(?:my|her|his)\s+(?:arms?|wrists?|thighs?|legs?|stomach)\b", SELF_HARM, 1.0),
    (r"\b(?:doing|did|done)\s+(?:my|her|his)\s+(?:arms?|wrists?|thighs?)\b", SELF_HARM, 0.5),
    (r"\b(?:the\s+thing\s+with\s+the|with\s+(?:the|a|my)|using\s+(?:the|a|my))\s+(?:razor|blade|compass|sharpener|scissors|lighter)\b", SELF_HARM, 0.5),
    (r"\b(?:wear|wearing|keep|keeping)\s+(?:long\s+sleeves|(?:my\s+)?sleeves\s+down)\b|\bsleeves\s+down\s+so\b", SELF_HARM, 0.4),
    (r"\b(?:only|one)\s+thing\s+(?:that\s+)?(?:shuts\s+(?:my\s+head|it)\s+up|quiets?\s+(?:my|the)\s+(?:head|noise|thoughts)|stops\s+the\s+(?:noise|thoughts)|makes\s+(?:the\s+)?(?:noise|thoughts)\s+stop)\b", SELF_HARM, 0.4),
    # Control: curfews, permission, someone who answers and reads everything.
    (r"\b(?:likes|wants|expects|needs|makes)\s+me\s+(?:to\s+be\s+)?(?:home|back|in)\s+(?:by|before)\b", COERCIVE, 0.5),
    (r"\b(?:can'?t|cannot|not\s+allowed\s+to)\s+(?:\w+\s+){0,4}?without\s+(?:asking|his\s+(?:say|permission|ok)|her\s+(?:say|permission|ok)|permission|checking\s+with)\b", COERCIVE, 0.5),
    (r"\b(?:don'?t|do\s+not|never)\s+(?:ring|call|phone|text|write|email)\b[^.!?\n]{0,30}\b(?:he|she|they)\s+(?:answers|reads|checks|sees|opens|picks\s+up)\b", COERCIVE, 0.6),
    (r"\b(?:see|sees|check|checks|know|knows)\s+(?:if|what|whenever|everything)\s+I(?:'ve|\s+have)?\s+(?:bought|buy|spend|spent|spend)\b", COERCIVE, 0.5),
    (r"\b(?:I'?d|I\s+would)\s+be\s+in\s+a\s+home\s+(?:if\s+it\s+wasn'?t|if\s+it\s+weren'?t|without)\b", COERCIVE, 0.4),
    (r"\b(?:don'?t|do\s+not)\s+tell\s+(?:him|her|them|my\s+\w+)\s+(?:I|that\s+I)\s+(?:said|told|rang|called|spoke)\b", ABUSE, 0.5),
    # Exploitation: a home taken over, a child with an adult "boyfriend", money gone in someone's name.
    (r"\b(?:his|her|their|my|the)\s+(?:flat|house|home|place)\s+(?:is|'s|has\s+been|is\s+being|being|getting)\s+(?:being\s+)?(?:used|taken\s+over|cuckooed)\b", EXPLOITATION, 1.0),
    (r"\b(?:scales|burner\s+phones?|several\s+phones|lots\s+of\s+phones|baggies|wraps)\b", EXPLOITATION, 0.3),
    (r"\b(?:young|older)\s+(?:males?|men|lads)\s+(?:in|at|staying|stopping|living|answered)\b|\bolder\s+(?:male|man|men|guy|bloke)\b", EXPLOITATION, 0.4),
    (r"\b(?:car|van)\s+waiting\s+(?:for\s+(?:her|him)\s+)?(?:outside|on\s+the\s+corner|round\s+the\s+corner|at\s+the\s+end)\b|\bhotel\s+room\b", EXPLOITATION, 0.4),
    (r"\((?:1[0-7])\)[^.!?\n]{0,60}\b(?:boyfriend|girlfriend|bf|gf|seeing|dating|with)\b[^.!?\n]{0,40}\b(?:1[89]|[2-9]\d)\b(?!\s*(?:%|pounds|quid|minutes|miles))", EXPLOITATION, 1.0),
    (r"\b(?:loans?|credit\s+cards?|debts?|catalogues?|accounts?|contracts?|phones?)\s+(?:\w+\s+){0,3}in\s+(?:my|her|his|their)\s+name\b[^.!?\n]{0,40}\b(?:never|didn'?t|did\s+not|don'?t\s+know|no\s+idea)\b", EXPLOITATION, 1.0),
    (r"\b(?:pension|benefits?|money|savings|wages)\s+(?:seems\s+to\s+be\s+|is\s+|are\s+|'s\s+)?(?:all\s+)?gone\s+(?:by|before|within|in\s+a)\b|\b(?:cash\s+)?withdrawals?\s+(?:of\s+£?\d+\s+)?(?:most|every)\s+(?:days?|week)\b", EXPLOITATION, 0.4),
    # Neglect of a child: hungry, unwashed, no adult awake.
    (r"\b(?:same|dirty|unwashed|filthy)\s+(?:school\s+)?(?:clothes|uniform|jumper|top|trousers)\s+(?:all\s+week|for\s+days|every\s+day|for\s+a\s+week)\b", NEGLECT, 0.4),
    (r"\b(?:arrives?|arrived|comes?|came|turns?\s+up|turned\s+up)\s+(?:\w+\s+){0,3}?(?:hungry|starving)\b|\beat(?:s|en)?\s+everything\s+on\s+the\b", NEGLECT, 0.4),
    (r"\b(?:mum|mam|mom|dad|mother|father)'?s\s+(?:always\s+)?(?:asleep|in\s+bed|passed\s+out|out\s+of\s+it)\b", NEGLECT, 0.3),
    (r"\b(?:left|leaves|leave)\s+(?:\w+\s+){0,2}(?:home\s+alone|on\s+(?:his|her|their)\s+own|alone)\s+(?:all\s+(?:day|night)|overnight|for\s+(?:hours|days))\b", NEGLECT, 0.6),
    # A worker's note that they have acted on a concern now.
    (r"\b(?:safeguarding\s+)?referral\s+(?:made|submitted|sent|done|raised|passed)\b|\breferral\s+to\s+(?:the\s+)?(?:front\s+door|MASH|ASC|CSC|children'?s\s+services|social\s+(?:care|services)|adult\s+social\s+care)\b", REPORTED, 0.5),
    (r"\b(?:DSL|MASH|ASC|CSC|SPOC|duty\s+(?:SW|social\s+worker)|police|social\s+care|children'?s\s+services|safeguarding\s+lead)\s+(?:\+\s+\w+\s+)?(?:informed|contacted|notified|alerted)\b", REPORTED, 0.5),
    (r"\b(?:meets|met)\s+(?:the\s+)?threshold\b|\bnot\s+safe\s+to\s+leave\b|\bjoint\s+visit\s+requested\b", REPORTED, 0.5),
])

# Round four, from blind sets C (narratives) and D (real-world comments), recall 2/7 and
# 3/9 before this: the same kinds as round three in other words, and stalking.
_CUES += _cues([
    # Affairs in order, other wordings.
    (r"\b(?:written|wrote|writing|left|put|finished|done)\s+(?:my|the|some|a\s+few|all\s+the|all\s+my)\s+(?:goodbye\s+)?(?:letters|notes|cards)\b", SUICIDAL, 0.5),
    (r"\b(?:with|next\s+to|beside)\s+(?:the|my)\s+will\b|\bmade\s+(?:a|my)\s+will\b", SUICIDAL, 0.3),
    (rf"\b(?:asked|told|got|arranged\s+for)\s+(?:my\s+)?\w+(?:\s+\w+)?\s+to\s+(?:have|take|look\s+after|keep|mind)\s+(?:the|my)\s+{_PET}\b|\bwho\s+(?:gets|has|takes)\s+(?:the|my)\s+{_PET}\b", SUICIDAL, 0.5),
    (r"\bwon'?t\s+matter\s+(?:much\s+|for\s+)?(?:longer|long|soon|after)\b|\bnot\s+(?:be\s+)?(?:around|here)\s+(?:much\s+longer|for\s+long)\b", SUICIDAL, 0.6),
    # Self-harm coming back, hidden where nobody looks.
    # Round thirty-five: "that" is no habit when a place or a person follows it ("I'm not going
    # back to that hostel", "went back to that flat of his").
    (r"\b(?:gone|went|going|slipped)\s+back\s+to\s+(?:doing\s+)?(?:it|that(?!\s+(?:\w+\s+)?(?:hostel|place|house|flat|home|ward|unit|hospital|school|college|job|room|"
     r"prison|town|area|estate|street|address|family|man|woman|guy|bloke|lad|relationship|shelter|refuge|b\s*&\s*b|hotel|bedsit)\b)|the\s+thing|cutting|hurting\s+myself|burning)\b", SELF_HARM, 0.5),
    (r"\bon\s+my\s+(?:thighs?|arms?|legs?|stomach|hips?|wrists?)\s+(?:now\s+|too\s+|instead\s+)?so\s+(?:nobody|no\s*one|they|people|mum|my\s+\w+)\s+(?:sees?|can\s+see|notices?|finds?\s+out)\b", SELF_HARM, 0.5),
    # Stalking: turning up, new accounts after a block, knowing the routine, waiting outside.
    (r"\b(?:ex|he|she|they)\s+(?:keeps?|still)\s+(?:on\s+)?(?:turning|turns?|showing|shows?)\s+up\b", ABUSE, 0.6),
    (r"\b(?:new|fake|different|another)\s+(?:\w+\s+)?accounts?\b[^.!?\n]{0,40}\bblock(?:ed|ing)?\b|\bsince\s+I\s+blocked\s+(?:him|her|them)\b", ABUSE, 0.5),
    (r"\bknows?\s+(?:what|which|when)\s+(?:bus|train|time|route|shift|days?|class)\s+(?:I|we)\b", ABUSE, 0.6),
    (r"\b(?:sat|sitting|sits|parked|waiting|waits|stood|standing)\s+outside\s+(?:my|our|her|his|the)\s+(?:\w+'?s?\s+)?(?:in\s+(?:his|her|their|a)\s+car|all\s+night|till|until|for\s+hours)\b", ABUSE, 0.6),
    # Children and adults: ages, cars, pictures, nights away.
    (r"\b(?:'s|is|aged|only|just)\s+(?:1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b[^\n]{0,80}?\b(?:men|man|guys?|blokes?|lads|males?)\s+(?:in\s+their\s+(?:20s|twenties|30s|thirties|40s|forties)|aged\s+(?:1[89]|[2-9]\d))\b", EXPLOITATION, 1.0),
    (r"\bask(?:s|ed|ing)?\s+(?:her|him|me|\w+)\s+for\s+(?:pics|pictures|photos|nudes|videos|selfies)\b", EXPLOITATION, 0.6),
    (r"\b(?:pick|picks|picked|picking|collect\w*)\s+(?:her|him)\s+up\b[^.!?\n]{0,40}\b(?:cars?|taxis?|vans?)\b|\b(?:cars?|taxis?)\s+(?:has\s+)?(?:collected|picked\s+up|picks\s+up|collects)\s+(?:her|him)\b", EXPLOITATION, 0.4),
    (r"\b(?:didn'?t|did\s+not|never)\s+come\s+home\b", EXPLOITATION, 0.4),
    # A home taken over: sleeping on one's own sofa, too scared to ask them to go.
    (r"\bsleep\w*\s+on\s+(?:his|her|my|their)\s+own\s+(?:sofa|settee|couch|floor)\b", EXPLOITATION, 0.6),
    (r"\b(?:scared|afraid|frightened|terrified)\s+to\s+(?:ask|tell|make)\s+(?:them|him|her)\s+(?:to\s+)?(?:leave|go|get\s+out|move\s+out)\b", EXPLOITATION, 0.6),
    (r"\bbagging\s+(?:stuff|it|gear|things|up)\b|\b(?:won'?t|will\s+not)\s+give\s+(?:me|him|her)\s+(?:my|his|her)\s+keys?\s+back\b", EXPLOITATION, 0.5),
    (r"\bsaid\s+if\s+I\s+(?:grass|tell|talk|say\s+anything|go\s+to\s+the\s+police)\b", EXPLOITATION, 0.6),
    # An older person's money and home taken over by family.
    (r"\bbank\s+card\s+and\s+(?:PIN|pin\s+number)\b|\b(?:has|have|'s|has\s+now)\s+moved\s+in\b[^.!?\n]{0,40}\b(?:card|money|pension|benefits)\b", EXPLOITATION, 0.5),
    (r"\b(?:dementia|alzheimer'?s)\b", EXPLOITATION, 0.2),
    (r"\bfridge\s+(?:was|is|'s)\s+(?:empty|bare)\b", SELF_HARM, 0.3),
    # A child alone asking for food; a parent who sleeps all day.
    (r"\b(?:boy|girl|child|kid|lad|lass)\s+(?:of\s+)?(?:about\s+|around\s+)?(?:[2-9]|1[0-2])\b[^.!?\n]{0,40}\bon\s+(?:his|her|their)\s+own\b", NEGLECT, 0.5),
    (r"\b(?:mum|mam|mom|dad|mother|father)\s*['‘]?\s*(?:sleeps|stays\s+in\s+bed|is\s+asleep)\s+all\s+day\b", NEGLECT, 0.4),
    (r"\basking\s+for\s+food\s+for\s+(?:him|her|them)(?:self|selves)?\b", NEGLECT, 0.3),
    # More ways a worker says they are acting now.
    (r"\b(?:passing|passed|referring|referred|reporting|reported)\s+(?:it\s+|this\s+|him\s+|her\s+)?(?:on\s+)?to\s+(?:the\s+)?(?:adult\s+social\s+care|ASC|CSC|MASH|police|PCSO|DSL|safeguarding(?:\s+lead)?|social\s+services|children'?s\s+services)\b", REPORTED, 0.5),
    (r"\b(?:MASH|safeguarding)\s+referral\s+(?:going\s+in|in\s+progress|today|now)\b|\bpolice\s+to\s+be\s+(?:told|informed)\b", REPORTED, 0.5),
])

# Round five, from blind sets E (70 chat messages) and F (40 narratives and worker notes),
# recall 9/28 and 4/10 before this.
_CUES += _cues([
    # Means and the day.
    (r"\b(?:garage|hose\s*pipe|exhaust)\b[^.!?\n]{0,50}\bengine\s+running\b|\bengine\s+running\b[^.!?\n]{0,40}\bgarage\b", SUICIDAL, 1.0),
    (rf"\b(?:took|taken|swallowed|downed|had)\s+(?:about\s+|around\s+|nearly\s+|like\s+|over\s+|maybe\s+)?(?:\d{{2,3}}|twenty|thirty|forty|fifty|a\s+(?:whole\s+)?(?:box|packet|strip))\s+(?:of\s+)?(?:my\s+)?{_MED_NAMES}\b", SUICIDAL, 1.0),
    (r"\b(?:calm|at\s+peace|relieved|peaceful|settled)\b[^.!?\n]{0,30}\b(?:once|since|now\s+that)\s+(?:I'?ve|you'?ve|I|you)(?=\s+(?:picked|chosen|set|decided|made\s+(?:my|the|your)\s+(?:mind|decision|plan))\b)", SUICIDAL, 0.5),
    (rf"\bwho'?s\s+(?:having|getting|taking)\s+(?:the|my)\s+{_PET}\b", SUICIDAL, 0.5),
    (r"\b(?:insurance|policy|will|bank|passwords?|pin)\s+(?:papers|documents|details|numbers?)?\s*(?:in\s+an?\s+envelope|on\s+the\s+side\s+with|where\s+\w+\s+(?:can|will|'ll)\s+find)\b", SUICIDAL, 0.5),
    (r"\b(?:\w+day|tonight|tomorrow)(?:'s|\s+is)\s+(?:probably\s+|definitely\s+|going\s+to\s+be\s+)?the\s+(?:day|night)\b", SUICIDAL, 0.6),
    # Self-harm: more of it, wounds that will not heal, hidden where nobody looks.
    (r"\b(?:did|done|doing)\s+(?:a\s+few|some|loads|another\s+(?:one|few)|more)\s+(?:more\s+)?(?:last\s+night|again|tonight|today)\b", SELF_HARM, 0.4),
    (r"\bcuts?\b[^.!?\n]{0,30}\bheal\b", SELF_HARM, 0.4),
    (r"\b(?:on|to)\s+(?:my|her|his)\s+(?:thighs?|arms?|legs?|stomach|hips?|wrists?)\s+(?:so|cos|because|as)\s+['‘]?(?:\w+\s+){0,2}?(?:nobody|no\s*one|they|people)\b", SELF_HARM, 0.5),
    (r"\b(?:fresh|new|open|deep|raw|recent)\s+(?:superficial\s+|linear\s+|multiple\s+)?(?:marks|cuts|scars|burns|wounds|lacerations)\b|\bmultiple\s+(?:fresh\s+)?(?:superficial\s+)?cuts\b", SELF_HARM, 0.8),
    # Violence at home said lightly; threats if the teller leaves or talks.
    (r"\b(?:he|she)'?s\s+(?:only\s+|just\s+)?(?:rough|handy|heavy-handed|physical)(?:\s+with\s+(?:me|us|her|him))?(?=\s+when\b)", ABUSE, 0.7),
    (r"\bwhen\s+(?:he|she)'?s\s+(?:had\s+a\s+drink|drunk|been\s+drinking|had\s+a\s+few)\b", ABUSE, 0.3),
    (r"\bif\s+I\s+(?:ever\s+)?(?:leave|left|go|went|tell|told)\s+(?:him|her|them)?\b[^.!?\n]{0,40}\b(?:he'?ll|hell|she'?ll|they'?ll|he\s+will|she\s+will|he'?d|he\s+would)\s+(?:make\s+sure|kill|hurt|find|get|make\s+me|do)\b", ABUSE, 1.0),
    (r"\b(?:put|smash\w*|push\w*|shov\w*)\s+(?:my|her|his)\s+head\s+(?:through|into|against)\b", ABUSE, 1.0),
    (r"\b(?:threw|thrown|throws|chucked|slammed|shoved)\s+me\s+(?:into|against|across|down|through|onto|at)\b(?!\s+the\s+deep\s+end)", ABUSE, 1.0),
    (r"\b(?:he'?ll|he\s+will|she'?ll|gonna|going\s+to)\s+knock\s+(?:it|that|this|the\s+\w+)\s+out\s+of\s+me\b", ABUSE, 1.0),
    (r"\b(?:I'?m|im|she'?s|he'?s|I\s+am)\s+not\s+to\s+(?:say|tell)\s+(?:anything|anyone|no\s*one|nobody|no\s+one)\b", ABUSE, 0.5),
    (r"\bif\s+\w+\s+finds?\s+out\b[^.!?\n]{0,60}\b(?:I'?m|im|I\s+am)\s+(?:dead|done\s+for|finished)\b", ABUSE, 0.6),
    (r"\b(?:can|could|will)\s+(?:this|the|my)\s+(?:chat|messages?|conversation)\s+be\s+deleted\b|\bdelete\s+(?:this|these|the)\s+(?:chat|messages?)\b", ABUSE, 0.5),
    (r"\bnext\s+time\b[^.!?\n]{0,20}\b(?:it'?ll|it\s+will)\s+be\s+(?:more|mair|worse|my\s+(?:face|head|legs|kids?)|you|him|her)\b|\bbrick\s+through\s+(?:the|my|our)\s+(?:\w+\s+)?(?:window|windae)\b", ABUSE, 0.5),
    (r"\bif\s+(?:I|a)\s+(?:phone|ring|call|go\s+to|tell)\s+(?:the\s+)?(?:police|polis|cops|feds|council|social)\b", ABUSE, 0.5),
    (r"\b(?:put|smash|through)\s+(?:the|my|our)\s+windows?\s+(?:through|in)\b|\bwith\s+the\s+(?:kids|children|baby)\s+inside\b", ABUSE, 0.5),
    (r"\b(?:said|named|knows?)\s+(?:my|our)\s+(?:son'?s|daughter'?s|kids'?|children'?s)\s+school\b", ABUSE, 0.6),
    (r"\bif\s+I\s+(?:haven'?t|don'?t|can'?t)\s+(?:got|pay|paid|find)\b[^.!?\n]{0,40}\b(?:they|he|she)'?ll\b", ABUSE, 0.5),
    (r"\b(?:gonna|going\s+to|'ll|will)\s+(?:shank|stab|merk|jump|batter|slash|cut)\s+me\b", THREAT, 1.0),
    (r"\b(?:bring|bringing|carry|carrying|take|taking)\s+(?:a\s+knife|a\s+blade|something\s+from\s+the\s+kitchen)\b[^.!?\n]{0,30}\b(?:protect|defend)\b", THREAT, 0.6),
    # Stalking: moving and changing number, and still known.
    (r"\b(?:moved|changed)\b[^.!?\n]{0,30}\bchanged\s+my\s+(?:number|phone)\b", ABUSE, 0.5),
    (r"\b(?:still\s+)?knows?\s+(?:my|our)\s+(?:shifts?|routine|new\s+address|address|movements|timetable)\b", ABUSE, 0.6),
    # Marriage arranged without consent.
    (r"\b(?:meet|marry|marrying)\s+the\s+(?:man|woman|boy|girl)\s+I'?m\s+(?:marrying|to\s+marry|supposed\s+to\s+marry|marrying)\b|\bhaven'?t\s+agreed\s+to\s+(?:anything|it|this|marry)\b", ABUSE, 0.5),
    (r"\bmy\s+passport\s+(?:is|'s)\s+['‘]?\s*(?:in\s+the\s+safe|locked\s+away|with\s+(?:them|him|her|my\s+\w+)|been\s+taken|gone)\b", EXPLOITATION, 0.6),
    # An adult taken to hotels and parties; a home with lads who will not leave.
    (r"\b(?:taking|takes|took|driving|drives)\s+(?:her|him)\s+to\s+(?:hotels?|parties|flats?|houses?)\b|(?:(?<=\bto\s)|(?<=\bto\sa\s)|(?<=\bat\sa\s))hotels?\s+in\b", EXPLOITATION, 0.5),
    (r"\bcomes?\s+(?:back|home)\s+with\s+(?:money|cash|presents|gifts|new\s+\w+)\b", EXPLOITATION, 0.4),
    (r"\b(?:can'?t|cannot|won'?t)\s+(?:ask|tell|make)\s+(?:them|him|her)\s+(?:to\s+)?(?:leave|go|get\s+out|move\s+out)\b", EXPLOITATION, 0.6),
    (r"\blearning\s+difficult\w*\b", EXPLOITATION, 0.2),
    # An older person's money: a small allowance, shouted at for asking.
    (r"\b(?:I|she|he)\s+(?:only\s+)?gets?\s+(?:ten|twenty|five|fifteen)\s+(?:pound|pounds|quid)\b", COERCIVE, 0.5),
    (r"\bshouts?\s+(?:at\s+(?:her|him|me)\s+)?(?:when|if)\s+(?:she|he|I)\s+asks?\b", COERCIVE, 0.6),
    (r"\b(?:isn'?t|not|aren'?t)\s+allowed\s+(?:her|his|my)\s+own\s+(?:bank\s+card|money|phone|keys?|passport)\b", COERCIVE, 0.6),
    (r"\b(?:has|have)\s+to\s+(?:say|tell\s+(?:him|her))\s+where\s+(?:she|he|I)(?:'s|'m|\s+is|\s+am)?\s+going\b", COERCIVE, 0.6),
    # Children alone, an adult left in soiled clothes, an eating disorder, frostbite.
    (r"\b(?:not|n't)\s+been\s+(?:back|home|in)\s+since\b", NEGLECT, 0.6),
    (r"\basked\s+(?:me|us)\s+for\s+(?:bread|food|something\s+to\s+eat|money\s+for\s+food)\b", NEGLECT, 0.4),
    (r"\bleft\s+in\s+(?:the\s+same\s+|her\s+|his\s+)?(?:wet|soiled|dirty|soaking)\b", NEGLECT, 1.0),
    (r"\bout\s+of\s+(?:her|his)\s+reach\b|\b(?:jug|water|drink|buzzer|call\s+bell)\b[^.!?\n]{0,20}\bout\s+of\s+reach\b", NEGLECT, 0.3),
    (r"\bdown\s+to\s+(?:one|a|half\s+a)\s+(?:\w+\s+){1,2}a\s+day\b", SELF_HARM, 0.6),
    (r"\b(?:go|goes|going|get|gets|feel|feeling)\s+(?:proper\s+|really\s+|so\s+)?(?:dizzy|faint|light-?headed)\b", SELF_HARM, 0.3),
    (r"\b(?:pls|please)\s+(?:don'?t|do\s+not)\s+tell\s+(?:my\s+)?(?:mum|mam|mom|dad|parents|nan|anyone)\b", SELF_HARM, 0.3),
    (r"\b(?:toes|feet|foot|fingers)\s+(?:\w+\s+)?(?:blackened|gone\s+black|turning\s+black|black)\b", NEGLECT, 0.6),
    (r"\b(?:declined|refused|refuses|declines)\s+(?:A&E|hospital|conveyance|treatment|an?\s+ambulance|admission)\b", NEGLECT, 0.4),
    # A medical emergency someone will not call for.
    (r"\bchest\s+(?:pain|pains|has\s+been\s+tight|is\s+tight|tight|tightness|hurts)\b", MEDICAL, 0.4),
    (r"\b(?:left\s+)?arm\s+(?:keeps\s+)?(?:going\s+)?(?:numb|tingling|dead)\b|\bface\s+(?:is\s+)?drooping\b|\bslurr\w+\s+(?:my|his|her)\s+words\b", MEDICAL, 0.5),
    (r"\b(?:don'?t|do\s+not)\s+(?:like|want)\s+to\s+(?:bother|trouble|waste\s+the\s+time\s+of)\s+(?:the\s+)?(?:ambulance|doctors?|999|paramedics|GP|hospital)\b", MEDICAL, 0.3),
    # Workers acting now, in their own shorthand.
    (r"\b(?:discussed|discuss)\s+(?:w/|with)\s+(?:the\s+)?(?:DSL|safeguarding\s+lead)\b|\bs\.?\s?42\b", REPORTED, 0.5),
])

# Round six, from blind set H (70 short real-world texts that hint), recall 4/25 before this.
_CUES += _cues([
    # A call for help in code: do not ring back, check on me if I go quiet.
    (r"\b(?:don'?t|do\s+not)\s+(?:ring|call|text)\s+(?:this\s+number|me)\s+back\b", ABUSE, 0.5),
    (r"\bif\s+I(?:'ve|\s+have)?\s+(?:not|haven'?t|don'?t)\s+(?:rung|called|messaged|texted|been\s+in\s+touch|ring|call|text)\b[^.!?\n]{0,30}\b(?:by|before)\b", ABUSE, 0.6),
    (r"\bcan'?t\s+talk\s+(?:proper(?:ly)?|now|long)\b[^.!?\n]{0,20}\b(?:he'?s|she'?s|they'?re)\s+(?:only\s+|just\s+)?(?:in|listening|back|here|in\s+the\s+next)\b", ABUSE, 0.5),
    (r"\b(?:put|hid|hidden|hides|taken|took|has|kept|keeps)\s+(?:the\s+)?(?:kids'?|children'?s|my|our|her)\s+passports?\s+(?:somewhere|away)\b", EXPLOITATION, 0.6),
    # An eating disorder: a target weight, fainting.
    (r"\b(?:\d+|few|couple\s+of)\s+more\s+(?:kilos|kg|pounds|lbs|stone)\b", SELF_HARM, 0.4),
    (r"\bblacked\s+out\b|\bpassed\s+out\s+(?:in|at|on)\b", SELF_HARM, 0.3),
    # Cuckooing as a visitor sees it.
    (r"\b(?:three|two|four|five|some|several)\s+young\s+(?:lads|men|males)\b", EXPLOITATION, 0.4),
    (r"\bcallers?\s+(?:at\s+the\s+door\s+)?(?:till|until|all)\s+(?:late|night|hours)\b|\bpeople\s+in\s+and\s+out\s+(?:all\s+)?(?:night|day)\b", EXPLOITATION, 0.4),
    (r"\bcurtains\s+(?:shut|closed|drawn)\s+all\s+day\b|\bkept\s+looking\s+(?:behind|over)\s+(?:him|her|his|her)\b", EXPLOITATION, 0.3),
    (r"['‘](?:nephews?|nieces?|cousins?|mates|friends|uncle|girlfriend|boyfriend|lodgers?)['’]", EXPLOITATION, 0.4),
    (r"\basked\s+(?:me|us)\s+for\s+(?:a\s+fiver|a\s+tenner|money|£\s?\d+)\s+for\s+(?:food|the\s+meter|electric)\b", NEGLECT, 0.4),
    # A threat to a named person, with the means and the place.
    (r"\b(?:I'?ll|ill|I\s+will|gonna|going\s+to)\s+put\s+(?:him|her|them|\w+)\s+in\s+(?:the\s+ground|hospital|a\s+box|a\s+wheelchair)\b", THREAT, 1.0),
    (r"\b(?:don'?t|do\s+not)\s+(?:try\s+(?:and|to)\s+)?talk\s+me\s+out\s+of\s+it\b", THREAT, 0.5),
    (r"\b(?:has|have|got|needs?)\s+to\s+sort\s+(?:it|him|them|this)\s+(?:out\s+)?(?:tonight|today|now)\b", THREAT, 0.3),
    (r"\b(?:hasn'?t|has\s+not|not)\s+had\s+(?:his|her|their|my)\s+(?:depot|injection|meds|medication|clozapine)\b", THREAT, 0.3),
    # Walking into the sea, the tide checked.
    (r"\b(?:checked|looked\s+up|know)\s+(?:the\s+)?(?:tide\s+times|train\s+times\s+for\s+the\s+(?:fast|express)|how\s+(?:deep|high|far))\b(?!\s+(?:I'?ve|I\s+have|we'?ve|we\s+have|you'?ve|(?:he|she)'?s|(?:he|she)\s+has)\s+(?:come|got)\b)", SUICIDAL, 0.5),
    (r"\bnot\s+(?:even\s+)?joking\b", SUICIDAL, 0.2),
    # Children driven drunk, left alone, crying all night.
    (r"\b(?:drunk|steaming|hammered|wasted|off\s+(?:his|her)\s+face|over\s+the\s+limit)\b[^.!?\n]{0,40}\b(?:drives?|driving|drove)\b|\b(?:drives?|driving|drove)\b[^.!?\n]{0,40}\b(?:drunk|steaming|hammered|over\s+the\s+limit)\b", NEGLECT, 0.7),
    (r"\bwithout\s+(?:their|his|her|any)\s+(?:boosters?|car\s+seats?|seat\s*belts?)\b", NEGLECT, 0.3),
    (r"\b(?:haven'?t|not|hasn'?t)\s+(?:seen|heard)\s+(?:or\s+(?:seen|heard)\s+)?(?:an?\s+)?(?:adult|grown-?up|parent|mum|mam|dad)\s+(?:since|for)\b", NEGLECT, 0.7),
    (r"\bcrying\s+(?:on\s+and\s+off\s+)?all\s+night\b|\bin\s+(?:just|only)\s+(?:a|her|his)\s+(?:vest|nappy|pants)\b", NEGLECT, 0.3),
    # Threats over a debt; too scared to go to the police.
    (r"\bpay\s+(?:my|your|his|her|our)\s+(?:mam|mum|mom|family|nan|dad|kids)\s+a\s+visit\b", ABUSE, 0.6),
    (r"\b(?:can'?t|cannot|daren'?t)\s+go\s+(?:to\s+)?(?:the\s+)?police\b", ABUSE, 0.4),
    # An older person alone: no heating, wounds undressed, confused, refusing entry.
    (r"\brefus\w*\s+(?:entry|access)\b|\bno\s+(?:heating|electric|gas|hot\s+water)\b|\b(?:gas|electric)\s+(?:\w+\s+)?capped\b", NEGLECT, 0.3),
    (r"\b(?:red\s+and\s+swollen|swollen\s+and\s+red|not\s+(?:been\s+)?changed)\b|\b(?:muddled|confused)\s+about\s+what\s+day\b", NEGLECT, 0.3),
    # Putting affairs in order, other words.
    (r"\b(?:sorted|done|signed|made|written)\s+(?:the|my|a)\s+will\b", SUICIDAL, 0.3),
    (r"\bcancel\w*\s+(?:the|my)\s+(?:paper|papers|milk|subscriptions?|direct\s+debits?|phone\s+contract)\b", SUICIDAL, 0.3),
    (r"\bwon'?t\s+need\s+to\s+(?:ring|call|come|visit|bother)\b[^.!?\n]{0,30}\bafter\b|\b(?:I'?ll|I\s+will)\s+have\s+no\s+(?:use|need)\s+for\b", SUICIDAL, 0.6),
    # Honour-based abuse; FGM.
    (r"\b(?:family'?s?|our)\s+(?:good\s+)?(?:name|honour|honor|reputation)\s+(?:has\s+to|must|needs\s+to|will)\s+be\s+(?:cleaned|restored|cleansed|saved|put\s+right)\b", ABUSE, 1.0),
    (r"\b(?:ceremony\s+to\s+(?:become|make\s+her)\s+a\s+woman|fgm|female\s+(?:genital\s+)?(?:mutilation|cutting)|had\s+it\s+done\s+to\s+me)\b", ABUSE, 0.6),
    (r"\b(?:she|he)\s+(?:is|'s)\s+(?:[2-9]|1[0-2])\b[^.!?\n]{0,60}\b(?:ceremony|cut|cutting)\b|\b(?:ceremony|cut|cutting)\b[^.!?\n]{0,60}\b(?:she|he)\s+(?:is|'s)\s+(?:[2-9]|1[0-2])\b", ABUSE, 0.5),
    # Self-harm most nights; an overdose taken and a goodbye.
    (r"\b(?:been\s+)?doing\s+it\s+(?:most|every)\s+(?:nights?|days?)\b", SELF_HARM, 0.5),
    (rf"\b(?:took|taken|swallowed|had)\s+(?:the\s+rest\s+of|all\s+of|the\s+last\s+of)\s+(?:my|the|mum'?s|\w+'s)\s+(?:\w+\s+)?(?:{_MED_NAMES}|sertraline|citalopram|fluoxetine|mirtazapine|co-?codamol|pills|tablets)\b", SUICIDAL, 0.6),
    (r"\btell\s+(?:my\s+)?\w+\s+(?:it'?s|its|it\s+is)\s+not\s+(?:his|her|their|your)\s+fault\b", SUICIDAL, 0.8),
    # A stroke.
    (r"\b(?:speech|talking|words)\s+(?:is\s+|are\s+)?(?:slurr\w+|slurred)\b|\b(?:side\s+of\s+(?:his|her|my)\s+(?:mouth|face)|face)\s+(?:has\s+)?(?:dropped|drooped|drooping|fallen)\b", MEDICAL, 0.5),
    (r"\bcan'?t\s+lift\s+(?:his|her|my)\s+(?:arm|cup|hand|leg)\b", MEDICAL, 0.4),
    # A carer's abuse: grip marks, money taken, 'she'll only be worse'.
    (r"\b(?:finger-?(?:mark|tip)|grip|hand-?shaped)\s+bruis\w*\b", ABUSE, 0.6),
    (r"\b(?:\w+\s+)?£\s?\d+\s+withdrawals\b|\bwithdrawals\s+(?:on|from)\s+(?:her|his|my)\s+(?:account|card)\b", EXPLOITATION, 0.4),
    (r"\b(?:she|he|they)'?ll\s+only\s+(?:be|get|make\s+it)\s+worse\b", ABUSE, 0.5),
    # Mate crime, spelt as said: "they no were i live".
    (r"\b(?:no|know|knows)\s+(?:were|wer|where)\s+(?:i|we)\s+(?:live|lives|stay)\b", ABUSE, 0.8),
    (r"\bno\s+food\s+(?:till|until|til|for)\b", NEGLECT, 0.3),
    # Care-home neglect in other words.
    (r"\b(?:sat|sitting|left|lying|lay)\s+in\s+(?:the\s+same\s+|a\s+)?(?:wet|soiled|dirty|soaking|soaked)\b", NEGLECT, 1.0),
    (r"\b(?:water|jug|drink|buzzer|call\s+bell)\b[^.!?\n]{0,40}\b(?:can'?t|cannot)\s+reach\b", NEGLECT, 0.3),
    # Stalking: a tracker, waiting outside work.
    (r"\b(?:tracker|tracking\s+device|black\s+box|airtag|air\s+tag)\b[^.!?\n]{0,40}\b(?:car|bumper|bag|coat|under|taped)\b", ABUSE, 0.6),
    (r"\b(?:sat|sitting|waiting|parked)\s+in\s+(?:his|her|their|a)\s+car\s+outside\s+(?:my|our)\b", ABUSE, 0.6),
])

# Round seven, from blind set G (48 narratives written to look like eval/dev.jsonl),
# recall 2/6 and precision 0.5 before this.
_CUES += _cues([
    # A home taken over, told as a favour to 'mates'.
    (r"\b(?:mates|lads|friends|people|they)\s+(?:have\s+been|'ve\s+been|been|are|keep)\s+stopping\s+at\s+(?:mine|my\s+(?:flat|place|house))\b", EXPLOITATION, 0.4),
    (r"\b(?:got|have|has|taken|took|kept)\s+my\s+(?:spare\s+)?keys?\b", EXPLOITATION, 0.4),
    (r"\bI\s+(?:stay|hide|sit|keep)\s+in\s+(?:the|my)\s+(?:bedroom|room)\s+when\b", EXPLOITATION, 0.4),
    (r"\b(?:can'?t|cannot)\s+(?:really\s+)?say\s+no\b", EXPLOITATION, 0.4),
    # Affairs in order, an older man's words.
    (rf"\b(?:is|'s)\s+having\s+(?:the|my)\s+{_PET}\b", SUICIDAL, 0.5),
    (r"\bwon'?t\s+be\s+needing\s+(?:the|my)\s+(?:flat|house|home|room|bed|car|things|stuff|clothes)\b", SUICIDAL, 0.6),
    (r"\b(?:had|have\s+had|'ve\s+had)\s+a\s+(?:good|fair|long)\s+innings\b", SUICIDAL, 0.4),
    (r"\b(?:that'?s|it'?s|everything'?s|everything\s+is)\s+all\s+(?:straight|sorted|in\s+order|tidy)\b|\bpaid\s+the\s+rent\s+up\s+to\b", SUICIDAL, 0.3),
    # Strangulation, said in passing.
    (r"\bhands?\s+(?:round|around|on)\s+(?:my|her|his)\s+(?:throat|neck)\b", ABUSE, 1.0),
    (r"\b(?:have|got)\s+to\s+be\s+nice\s+to\s+(?:him|his\s+mates?|them|his\s+friends?)\b", EXPLOITATION, 0.5),
])

# Round eight, from blind sets I (50 narratives across the UK, recall 3/9) and J (64
# real-world texts, recall 4/20). Kinds of thing told, in word classes as before.
_CUES += _cues([
    # Gifts and lifts that become a debt to be paid in "favours".
    (r"\bpay\s+(?:him|her|them|it)\s+back\s+(?:by|with)\s+(?:doing\s+)?(?:him|her|them)?\s*(?:a\s+)?(?:favours?|jobs?|something)\b", EXPLOITATION, 0.6),
    (r"\b(?:mates|friends|lads|boyfriend|crowd)\b[^.!?\n]{0,30}\b(?:a\s+bit|bit|much|way|lot|a\s+lot|loads)\s+older\b", EXPLOITATION, 0.4),
    (r"\b(?:pick|picks|picked|picking|collect\w*)\s+(?:me|him|her|them)\s+up\s+(?:from\s+)?(?:outside\s+)?(?:school|college|the\s+gates)\b", EXPLOITATION, 0.3),
    (r"\b(?:says?|saying|said|reckons?)\s+(?:that\s+)?(?:she|he|I|they|we)\s+owes?\s+(?:him|her|them)\b", EXPLOITATION, 0.5),
    (r"\b(?:has|have|got|'s\s+got)\s+to\s+be\s+nice\s+to\s+(?:his|her|their)\s+(?:friends|mates|mate|pals)\b", EXPLOITATION, 1.0),
    (r"\b(?:picked\s+up|dropped\s+off|collected)\s+(?:at\s+all\s+hours|late\s+at\s+night|in\s+the\s+middle\s+of\s+the\s+night|(?:by|in)\s+different\s+cars|by\s+(?:older|different)\s+\w+)\b", EXPLOITATION, 0.6),
    (r"\b(?:graft\w*|work\w*|running|doing\s+jobs)\s+for\s+(?:a\s+mate|some\s+lads|older\s+lads|them|some\s+(?:men|guys))\b", EXPLOITATION, 0.4),
    (r"\b(?:can'?t|cannot)\s+be\s+(?:more|older)\s+than\s+(?:1[0-6]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\b", EXPLOITATION, 0.3),
    (r"\bcame\s+(?:back|home)\s+(?:with|wi)\s+(?:a\s+)?(?:split\s+lip|black\s+eye|bruis\w+|cuts|marks|a\s+broken)\b", ABUSE, 0.6),
    # Food withheld as a punishment; not eating until someone faints.
    (r"\b(?:don'?t|won'?t|do\s+not|will\s+not|never|not)\s+(?:let|allow)\s+myself\s+(?:to\s+)?(?:eat|have\s+(?:food|anything|a\s+meal|dinner|tea))\b|\bpunish\w*\s+myself\b", SELF_HARM, 1.0),
    (r"\b(?:haven'?t|havent|not|hasn'?t|didn'?t)\s+(?:eaten|ate|had\s+anything)\s+(?:anything\s+)?(?:since|for)\s+(?:\w+day|days|\d+\s+days|a\s+week|sat|sun|mon|tues|wed|thurs|fri)\b[^.!?\n]{0,60}\b(?:fainted|passed\s+out|blacked\s+out|collapsed|dizzy|proud)\b", SELF_HARM, 1.0),
    (r"\bnothing\s+since\s+(?:\w+day|sat|sun|mon|tues|wed|thurs|fri|yesterday|last\s+\w+)\b", SELF_HARM, 0.4),
    # Tablets put by "in case it gets too much".
    (r"\b(?:just\s+)?in\s+case\s+(?:it\s+all\s+|things\s+|everything\s+|life\s+)?(?:gets?|got)\s+(?:too\s+(?:much|bad|hard)|bad\s+again|worse)\b", SUICIDAL, 0.6),
    (r"\b(?:putting|put|keeping|kept|hiding|hid|stashing)\s+them\s+(?:all\s+)?(?:in|at|under|behind|inside)\s+(?:a|the|my|an\s+old)\s+(?:\w+\s+){0,4}?(?:shoebox|box|drawer|wardrobe|tin|bag|sock|cupboard|jar|envelope)\b", SUICIDAL, 0.5),
    (r"\b(?:a\s+fair|quite\s+a|a\s+good|a\s+big)\s+(?:pile|stash|few|collection|lot)\s+(?:of\s+them\s+)?now\b", SUICIDAL, 0.4),
    # Affairs in order: an envelope, a date the pet moves, a debt that "won't be my problem".
    (r"\bwon'?t\s+be\s+my\s+(?:problem|worry|concern)\s*(?:any\s*more|after|then|soon)?\b", SUICIDAL, 0.5),
    (r"\b(?:it'?s|everything'?s|everything\s+is|it\s+is)\s+(?:all\s+)?in\s+(?:an|the|a)\s+envelope\b|\bleft\s+(?:an|a)\s+envelope\s+(?:for|with|on)\b", SUICIDAL, 0.4),
    (r"\b(?:sorted|sorting)\s+(?:out\s+)?everything\b|\beverything'?s\s+sorted\b", SUICIDAL, 0.3),
    (rf"\b(?:have|take|keep|look\s+after|mind)\s+(?:him|her|them|the\s+{_PET}|my\s+{_PET})\s+from\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|next\s+\w+|\w+day)\b", SUICIDAL, 0.4),
    (rf"\b(?:the|my)\s+{_PET}\s*(?:'s|has|is)\s+gone\s+to\s+(?:my|her|his|a|[A-Z]\w+)\b", SUICIDAL, 0.4),
    (r"\b(?:letters|notes|cards)\s+(?:are\s+)?(?:all\s+)?(?:done|written|sorted)\b", SUICIDAL, 0.4),
    (r"\b(?:calmer|more\s+at\s+peace|lighter)\s+than\s+I\s+(?:have|'ve)\s+(?:been|felt)?\s*in\s+(?:years|ages|months|a\s+long\s+time)\b", SUICIDAL, 0.3),
    (r"\b(?:no|without\s+(?:a|any))\s+next\s+of\s+kin\b", SUICIDAL, 0.4),
    (r"\b(?:up|on|onto|at)\s+(?:the\s+)?(?:[A-Z]\w+\s+)?bridge\b[^.!?\n]{0,60}\b(?:looking|staring|stared|looked|gazing)\s+(?:down\s+)?(?:at|into|over)\s+the\s+(?:water|river|drop|sea|tracks|road)\b", SUICIDAL, 1.0),
    # An older person's pension and money collected and kept by family.
    (rf"\b(?:collects?|collected|collecting|draws?|drawing|picks?\s+up)\s+(?:my|her|his)\s+{_MONEY}\b", COERCIVE, 0.4),
    (rf"\b(?:looked|looks|looking)\s+after\s+(?:my|her|his)\s+{_MONEY}\b", COERCIVE, 0.4),
    (r"\b(?:don'?t|never|doesn'?t)\s+see\s+(?:much|any|a\s+penny)\s+of\s+(?:it|the\s+money|them)\b", COERCIVE, 0.5),
    (r"\b(?:tells?|told|says?|said)\s+(?:me|her|him)\s+(?:that\s+)?there\s+(?:is|'s|was)\s+nothing\s+left\b", COERCIVE, 0.6),
    (r"\b(?:keep|kept|stay|stayed|hide|hid)\s+(?:to|in)\s+my\s+room\s+(?:till|until|til|when)\b|\b(?:keep|stay)\s+out\s+of\s+(?:his|her|their)\s+way\b", ABUSE, 0.5),
    # The child told it is the belt; a mark shown.
    (r"\b(?:does|do|did|gets|got|uses|used)\s+(?:out\s+)?the\s+belt\b|\b(?:hits?|hitting|whacks?|whacked|beats?|smacks?|smacked)\s+(?:him|her|me|them|us)\s+with\s+(?:a|the|his|her)\s+(?:belt|slipper|wooden\s+spoon|stick|cable|cord|hairbrush|shoe)\b", ABUSE, 1.0),
    (r"\bshowed\s+(?:me\s+|us\s+)?(?:a\s+|the\s+)?(?:mark|marks|bruise|bruises|injury)\b", ABUSE, 0.5),
    (r"\b(?:looked|look|looks|consistent)\s+(?:like|with)\s+(?:grip|finger|belt|bite|hand)[\s-]?marks\b|\b(?:fresh|new)\s+bruis\w+\b", ABUSE, 0.6),
    (r"\b(?:don'?t|do\s+not)\s+make\s+it\s+worse\s+for\s+(?:me|her|him|us)\b", ABUSE, 0.5),
    # Neglect seen by a neighbour or a relative.
    (rf"\b{_KID}\b[^.!?\n]{{0,40}}\bout\s+(?:on|in)\s+the\s+(?:street|road|rain|cold)\b[^.!?\n]{{0,60}}\b(?:gone\s+\d+|all\s+hours|in\s+(?:the\s+|all\s+that\s+)?(?:rain|cold|snow|dark)|t-?shirts)\b", NEGLECT, 0.6),
    (r"\basked\s+(?:my\s+\w+|me|us|her|him)\s+(?:if\s+(?:she|he|they|we|I)\s+(?:had|has|have)\s+any|for\s+(?:some\s+)?)\s*(?:bread|food|something\s+to\s+eat|biscuits)\b", NEGLECT, 0.5),
    # A baby given what babies must not have.
    (r"\b(?:cow'?s\s+milk|watered[\s-]down\s+(?:milk|formula)|(?:formula|milk)\s+with\s+(?:a\s+bit\s+of\s+|some\s+|extra\s+)?water)\b", NEGLECT, 0.6),
    (r"\bformula\s+(?:ran|has\s+run|'s\s+run|run)\s+out\b|\b(?:can'?t\s+afford|no\s+money\s+for|out\s+of)\s+(?:baby\s+)?formula\b", NEGLECT, 0.4),
    (r"\b(?:she'?s|he'?s|baby'?s|only|just)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)\s*(?:old)?\b", NEGLECT, 0.3),
    # Care-home neglect: sores weeping, a pad not changed.
    (r"\b(?:sores?|wounds?|ulcers?|dressings?)\b[^.!?\n]{0,30}\b(?:weeping|infected|gone\s+black|smell\w*|oozing)\b", NEGLECT, 0.6),
    (r"\bstill\s+in\s+(?:the|his|her|a)\s+(?:pad|nappy|pull-?ups?|wet\s+\w+|soiled\s+\w+|same\s+clothes)\s+from\s+(?:the\s+morning|this\s+morning|last\s+night|yesterday|breakfast)\b", NEGLECT, 0.6),
    # Stroke signs and an overdose waiting on a call back.
    (r"\b(?:mouth|face|smile|lip|eye)(?:'s|\s+is|\s+has)?\s+(?:gone\s+)?(?:a\s+bit\s+|all\s+|really\s+)?(?:droopy|droop\w*|lopsided|dropped|twisted)\b", MEDICAL, 0.6),
    (r"\b(?:talking|speaking|speech|words)\s+(?:all\s+|a\s+bit\s+|really\s+)?(?:funny|strange|weird|jumbled|muddled|slurry)\b", MEDICAL, 0.4),
    (r"\b(?:terrible|awful|worst|splitting|sudden)\s+(?:head|headache)\b", MEDICAL, 0.3),
    (r"\b(?:said|says)\s+(?:someone|somebody|they|a\s+\w+)\s+(?:would|will|'d|'ll)\s+(?:ring|call)\s+(?:me\s+)?back\b[^.!?\n]{0,40}\b(?:hours?|ages)\b", MEDICAL, 0.3),
    (rf"\b(?:took|has\s+taken|'s\s+taken|swallowed)\s+all\s+(?:of\s+)?(?:the|her|his|my|mum'?s|dad'?s)\s+{_MED_NAMES}\s+(?:in|from|out\s+of)\s+(?:the|her|his|my)\b", SUICIDAL, 1.0),
    (r"\b(?:just|really|very|so|a\s+bit)\s+(?:sleepy|drowsy)\b|\bcan'?t\s+keep\s+(?:her|his|my)\s+eyes\s+open\b", MEDICAL, 0.4),
    # Self-harm told as a question about healing; a door kicked in before he is back.
    (r"\b(?:did|done|do|doing)\s+(?:them|it|these|those)\s+on\s+my\s+(?:arms?|wrists?|thighs?|legs?|stomach|hips?|tummy)\b", SELF_HARM, 1.0),
    (r"\b(?:partner|boyfriend|husband|ex|he|she|fella)\s+(?:\w+\s+)?(?:kicked|smashed|punched|broke|booted)\s+(?:(?:the|my|our)\s+(?:\w+\s+)?(?:door|window|wall)s?\s*(?:in|down|through)?|it\s+(?:in|down|through))\b", ABUSE, 0.6),
    (r"\b(?:lock|locks|bolt|chain)\s+(?:that\s+works\s+)?(?:on\s+(?:the\s+|my\s+|our\s+)?\w+(?:\s+door)?\s+)?before\s+(?:then|he|she|they|friday|\w+day)\b", ABUSE, 0.5),
    # A lender who names the children's school; a photo of where she is.
    (r"\b(?:mentions?|mentioning|mentioned|knows|ask(?:s|ed|ing)?(?:\s+about)?|talks?\s+about)\s+(?:which|what)\s+school\s+(?:they|the\s+kids|my\s+\w+|\w+)\s+(?:go|goes|are\s+at|attend)\b", ABUSE, 1.0),
    (r"\b(?:send|sends|sending|sent|text)\s+(?:him|her|them)?\s*(?:a\s+)?(?:photo|pic|picture|selfie|video)\s+of\s+(?:wherever|where)\s+I\s+am\b", COERCIVE, 0.6),
])

# Round nine, from blind sets K (workers' notes across agencies, recall 4/18) and L (chat
# answers, recall 7/20), both scored after round eight.
_LIMB = r"(?:jaw|nose|legs?|arms?|face|neck|teeth|head|ribs?|fingers?|knees?|hands?)"
_CUES += _cues([
    # Threats to break bones, and street words for being stabbed.
    (rf"\b(?:he|she|they|dad|mum)\s*(?:'ll|will|would|'d|(?:'s|is|are|'re)\s+(?:going\s+to|gonna)|said\s+(?:he|she|they)(?:'d|\s+would|'ll|\s+will))\s+(?:break|smash|snap|bust|cave\s+in|kick\s+in)\s+(?:my|your|her|his|our)\s+(?:\w+(?:'s)?\s+)?{_LIMB}\b", ABUSE, 1.0),
    (r"\b(?:I'?m|I\s+am|I'?ll\s+be|I\s+will\s+be)\s+(?:getting|gonna\s+get|going\s+to\s+get|gettin)\s+(?:shanked|stabbed|merked|bodied|wet\s+up|jumped|done\s+in|battered|sliced|ripped)\b", ABUSE, 1.0),
    (r"\b(?:next\s+time\s+(?:they|he|she)\s+see\s+me|(?:they|he|she)\s+know\s+I'?m\s+out)\b", ABUSE, 0.4),
    (r"\bwith\s+(?:a|another|other)\s+(?:man\s+and\s+a\s+)?(?:knife|blade|machete|bat|hammer)\b", ABUSE, 0.4),
    (r"\bscared\s+to\s+(?:stay|go\s+home)\s+and\s+scared\s+to\s+(?:go|leave)\b", ABUSE, 0.4),
    # A child shut in, beaten with a belt.
    (r"\bshut(?:s|ting)?\s+(?:him|her|me|them|us)\s+in\s+(?:the|a|his|her|their)\s+(?:cupboard|room|shed|cellar|bathroom|garage|cage|dark|loft)\b", ABUSE, 1.0),
    (r"\b(?:does|did|do|doing|gets|got)\s+(?:him|her|me|them|us)\s+with\s+(?:a|the|his|her)\s+(?:belt|slipper|stick|cable|cord|wooden\s+spoon)\b", ABUSE, 1.0),
    # A baby's injury with no account that fits.
    (r"\b(?:mechanism|account|explanation|story|history)\s+(?:\w+\s+){0,2}(?:doesn'?t|does\s+not|didn'?t|did\s+not)\s+(?:really\s+)?(?:fit|match|add\s+up|explain)\b", ABUSE, 0.6),
    (r"\b(?:spiral|unexplained|non-?accidental)\s+(?:#|fracture|break|injur\w+)|\bNAI\b", ABUSE, 0.6),
    (r"\b(?:older|healing|different[\s-]aged|old)\s+bruis\w+\b|\bno\s+explanation\s+for\s+(?:the\s+)?(?:delay|injur\w+|bruis\w+|marks)\b", ABUSE, 0.4),
    # Stalking: parked outside, knows her hours, pictures of her door.
    (r"\b(?:parked|sat|sitting|waiting)\s+outside\s+(?:my|our)\s+\w+'?s\b", ABUSE, 0.5),
    (r"\bknows?\s+(?:exactly\s+)?when\s+I\s+(?:finish|leave|get\s+home|go\s+out|start|clock\s+off)\b", ABUSE, 0.6),
    (r"\bsent\s+me\s+a\s+(?:pic|photo|picture|video)\s+of\s+my\s+(?:front\s+)?(?:door|house|car|flat|street|window|kids?|work)\b", ABUSE, 0.8),
    # Someone who answers for the person, and whose face she checks.
    (r"\banswer(?:ed|s)?\s+(?:every|all\s+the|each)\s+questions?\b|\banswered\s+for\s+(?:the\s+resident|him|her|them)\b", COERCIVE, 0.5),
    (r"\b(?:checked|checks|looked\s+at|looks\s+at)\s+(?:his|her|their)\s+face\s+before\b", COERCIVE, 0.5),
    # A home taken over: strangers, taxis at all hours, a card "lent".
    (r"\b(?:taxis|cars|visitors|people)\s+(?:coming\s+and\s+going\s+)?at\s+all\s+hours\b", EXPLOITATION, 0.5),
    (r"\blent\s+(?:his|her|my|their)\s+(?:bank\s+)?(?:card|phone|flat|keys)\b", EXPLOITATION, 0.4),
    (r"\b(?:lads|men|people|males)\s+(?:I|we)\s+didn'?t\s+recognise\b|\bintel(?:ligence)?\s+submitted\b|\bsubmitted\s+intel\w*\b", EXPLOITATION, 0.3),
    # Labour: sleeping where they work, long days every day, a debt for the journey.
    (r"\b(?:debt|owe\w*)\s+(?:\w+\s+){0,2}(?:for|from)\s+the\s+(?:journey|trip|crossing|travel|lorry|boat|flights?)\b", EXPLOITATION, 0.6),
    (r"\bsleep\w*\s+in\s+the\s+(?:portakabin|container|shed|garage|workshop|warehouse|stockroom|unit)\b", EXPLOITATION, 0.5),
    (r"\bwork\s+every\s+day\s+\d{1,2}\s+(?:till|til|until|to|-)\s+\d{1,2}\b|\b(?:7|seven)\s+days\s+a\s+week\b[^.!?\n]{0,30}\b(?:\d{2}|twelve|fourteen)[\s-]hour\b", EXPLOITATION, 0.4),
    # A forced marriage being arranged.
    (r"\b(?:picked|chosen|found|arranged|lined\s+up)\s+(?:someone|somebody|a\s+(?:husband|wife|man|boy|girl|match))\s+for\s+me\b", ABUSE, 0.6),
    (r"\bpassport'?s?\s+(?:has\s+|have\s+)?(?:gone|missing|been\s+taken|disappeared|vanished)\b", ABUSE, 0.5),
    (r"\b(?:trip|holiday|visit)\b[^.!?\n]{0,30}\bfor\s+my\s+(?:future|own\s+good)\b|\bcan'?t\s+talk\s+about\s+it\s+at\s+home\b", ABUSE, 0.3),
    # Self-harm: fresh dressings, an emoji, arms hidden.
    (r"\b(?:fresh|new)\s+(?:dressings|plasters|bandages)\b|\b(?:dressings|plasters|bandages)\s+(?:up|on|all\s+over|round)\s+(?:both|her|his|my)\s+(?:forearms?|arms|wrists|thighs|legs)\b", SELF_HARM, 0.7),
    (r"\bsorted\s+it\s+(?:herself|himself|myself)\b|\bwouldn'?t\s+let\s+me\s+(?:look|see)\b", SELF_HARM, 0.3),
    (r"🩸|🔪", SELF_HARM, 0.4),
    (r"\bso\s+(?:nobody|no\s*one|no1|no\s+body|mum|mam|my\s+\w+)\s+(?:sees|can\s+see|notices|won'?t\s+see|wont\s+see|doesn'?t\s+see)\s+(?:my|the)\s+(?:arms|wrists|legs|thighs|marks|cuts|scars)\b", SELF_HARM, 0.6),
    # A carer's thought of both of them not waking; a "joke" that is not.
    (r"\b(?:kinder|better|easier|best|simpler)\s+(?:for\s+\w+\s+)?if\s+(?:neither\s+of\s+us|we\s+(?:both|all)|both\s+of\s+us|she\s+and\s+I|he\s+and\s+I|I)\s+(?:never\s+|didn'?t\s+|did\s+not\s+)?(?:woke|wake|weren'?t\s+here|wasn'?t\s+here|died|went\s+to\s+sleep)\b", SUICIDAL, 1.0),
    (rf"\b(?:sit|sat|sitting|hold|holding|held)\s+(?:\w+\s+){{0,2}}(?:with\s+)?(?:her|his|my|the)\s+{_MED_NAMES}\s+in\s+my\s+hands?\b", SUICIDAL, 0.6),
    (r"\b(?:jk|joking|lol)\W{0,3}\s*(?:kind\s+of|sort\s+of|kinda|ish|or\s+not)\b|\b(?:only|half)\s+joking\b", SUICIDAL, 0.4),
    (r"\b(?:don'?t|dont|do\s+not|please\s+don'?t)\s+tell\s+(?:the|my|ma)\s+(?:hv|health\s+visitor|gp|social|social\s+worker|school|teacher|mum|mam|maw|dad|midwife)\b", SUICIDAL, 0.3),
    (r"\b(?:haven'?t|havent|not)\s+slept\s+(?:in|for)\s+(?:\d|two|three|four|five|six|days)\b", SUICIDAL, 0.2),
    # Affairs in order, a veteran's words.
    (r"\b(?:sorted|sorting|put|putting|got)\s+(?:out\s+)?my\s+affairs\b", SUICIDAL, 0.5),
    (r"\b(?:came|come|comes|coming)\s+(?:a\s+bit\s+|a\s+little\s+|just\s+|far\s+)?too\s+late\s+for\s+me\b(?!\s+to\b)|\bcame\s+a\s+bit\s+late\s+for\s+me\b(?!\s+to\b)", SUICIDAL, 0.5),
    (r"\bthanked\s+me\s+for\s+['‘\"]?everything\b|\b(?:a\s+)?letter\s+(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+left\b", SUICIDAL, 0.4),
    (r"\b(?:very|really|oddly|unusually|strangely)\s+calm\b[^.!?\n]{0,20}\b(?:cheerful|happy|upbeat|at\s+peace|relieved)\b", SUICIDAL, 0.3),
    (r"\bputting\s+(?:my\s+)?(?:tablets|pills|meds|medication)\s+(?:to\s+one\s+side|aside|by)\b", SUICIDAL, 0.6),
    # A heart attack nobody will call for; a fall no one has found.
    (r"\b(?:tight\s+chest|chest\s+(?:feels?\s+)?(?:tight|heavy))\b", MEDICAL, 0.4),
    (r"\b(?:left\s+)?arm\s+(?:feels?|is|has\s+gone|gone|went|going)\s+(?:all\s+|really\s+|a\s+bit\s+)?(?:funny|heavy|weird|numb|tingly|dead)\b", MEDICAL, 0.5),
    (r"\b(?:won'?t|will\s+not|refuses?|refused|doesn'?t\s+want)\s+(?:have\s+|to\s+have\s+|to\s+call\s+|to\s+ring\s+)?(?:an\s+|the\s+)?ambulance\b|\b(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+want\s+(?:a|any)\s+fuss\b", MEDICAL, 0.4),
    (r"\b(?:did\s+not|didn'?t|won'?t|not\s+going\s+to)\s+(?:ring|call|phone)\s+(?:anyone|anybody|an\s+ambulance|999|the\s+doctor)\b|\b(?:don'?t|do\s+not)\s+want\s+to\s+be\s+a\s+(?:bother|nuisance|burden)\b", MEDICAL, 0.3),
    (r"\b(?:milk|post|papers?|bins?|curtains)\s*(?:'s|has|have|is|are)?\s*(?:been\s+)?(?:on\s+the\s+(?:step|doorstep)|piling\s+up|still\s+(?:closed|drawn))\s+since\b", MEDICAL, 0.5),
    (r"\b(?:hear|heard|could\s+hear)\s+(?:him|her|them)\s+(?:calling|shouting|crying)\s+(?:out|for\s+help)\b", MEDICAL, 0.6),
    (r"\b(?:couldn'?t|can'?t|cannot)\s+get\s+to\s+the\s+(?:door|phone)\b", MEDICAL, 0.4),
    # An overdose survived alone, with more left.
    (r"\b(?:woke|woken|came\s+round|came\s+to)\s+(?:up\s+)?on\s+the\s+(?:\w+\s+)?floor\b", MEDICAL, 0.5),
    (r"\b(?:dunno|don'?t\s+know|no\s+idea)\s+how\s+long\s+(?:for|I\s+was\s+(?:out|there))\b|\b(?:gear|batch|stuff)\s+(?:was|is)\s+(?:dodgy|bad|strong|cut\s+with)\b|\bstill\s+got\s+(?:half|some|most)\s+(?:of\s+it\s+)?left\b", MEDICAL, 0.4),
    # Neglect: an injury left to rot, carers who never came, a child who feeds a sibling.
    (r"\b(?:foot|feet|toes?|leg)(?:'s|s)?\s+(?:has\s+)?gone\s+(?:black|green|purple)\b|\bit\s+(?:stinks|smells|reeks)\b", NEGLECT, 0.6),
    (r"\b(?:not|never|won'?t\s+be)\s+(?:going|gonna\s+go)\s+back\s+(?:to\s+)?(?:there|a&e|hospital|the\s+hospital)\b", NEGLECT, 0.4),
    (r"\b(?:carers?|care\s+workers?|agency)\s+(?:(?:from|at)\s+(?:[\w'&-]+\s+){1,3})?(?:haven'?t|havent|hasn'?t|have\s+not|didn'?t|never)\s+(?:been|come|turned\s+up|shown\s+up)\b", NEGLECT, 0.6),
    (r"\b(?:can'?t|cannot)\s+get\s+(?:out\s+of|up\s+from|off)\s+(?:the\s+|my\s+)?(?:bed|floor|chair|toilet)\s+(?:on\s+my\s+own|by\s+myself|alone)\b", NEGLECT, 0.4),
    (r"\b(?:water|food|milk)\s+(?:by\s+my\s+bed\s+)?ran\s+out\b", NEGLECT, 0.3),
    (r"\b(?:asleep|in\s+bed|sleeping)\s+(?:in|during)\s+the\s+day\b", NEGLECT, 0.4),
    (r"\b(?:gets|makes|does|sorts)\s+(?:\w+\s+(?:\(\d\)\s+)?)?(?:her|his|their)\s+(?:cereal|breakfast|tea|dinner|bottle)\s+before\b", NEGLECT, 0.3),
    (r"\bsame\s+(?:PE\s+)?kit\s+since\b|\bwithout\s+stopping\b", NEGLECT, 0.3),
    (r"\b(?:heating|electric|gas)\s+(?:has\s+been|'s\s+been|been)\s+off\s+since\b|\bnot\s+had\s+the\s+heating\s+on\s+since\b|\b(?:isn'?t|not)\s+much\s+in\s+the\s+(?:fridge|cupboards?)\b", NEGLECT, 0.3),
    # Money: a few pounds handed back, the threat of a home, protecting the one who takes.
    (r"\bgives?\s+me\s+(?:\w+\s+)?(?:pound|quid|£\s?\d+)\s+(?:on\s+a|a|every|each)\b", COERCIVE, 0.4),
    (r"\b(?:says?|said|tells?\s+me)\s+I'?(?:ll|d)\s+end\s+up\s+in\s+a\s+home\b", COERCIVE, 0.5),
    (r"\b(?:don'?t|do\s+not)\s+want\s+(?:him|her|them)\s+(?:getting|to\s+get|get)\s+in(?:to)?\s+(?:any\s+)?trouble\b|\b(?:don'?t|do\s+not)\s+like\s+to\s+make\s+a\s+fuss\b", COERCIVE, 0.4),
    # Staying with an adult who wants her "nice" to him and his mates.
    (r"\b(?:as\s+long\s+as|if|only\s+if|so\s+long\s+as)\s+(?:I'?m|I\s+am|she'?s|she\s+is|he'?s|I)\s+(?:be\s+)?['‘\"]?nice['’\"]?\s+to\s+(?:him|them|his\s+\w+)\b", EXPLOITATION, 1.0),
])

# Round ten, from blind set N (50 short messages, recall 5/18 after round nine).
_CUES += _cues([
    (r"\b(?:picked\s+up|collected|met)\s+by\s+(?:a|an|some|this)\s+(?:grown|older|adult|grown-?up)\s+(?:man|men|bloke|guy|fella)\b", EXPLOITATION, 0.8),
    (r"\b(?:won'?t|wont|will\s+not|refuses\s+to)\s+say\s+(?:who|where)\s+(?:he|she|they)\s+(?:is|are|was|goes|went|got)\b", EXPLOITATION, 0.4),
    (r"\b(?:waters?)\s+(?:have|has|'ve)?\s*(?:gone|broken|broke)\b", MEDICAL, 0.5),
    (r"\bbelt(?:s|ed|ing)?\s+(?:him|her|me|them|us)\b", ABUSE, 1.0),
    (r"\b(?:not|isn'?t|won'?t|hasn'?t\s+been)\s+wak(?:e|ing)\s+up\b", MEDICAL, 0.6),
    (r"\bbreathing\s+(?:all\s+|really\s+|a\s+bit\s+)?(?:weird|funny|strange|slow|shallow|noisy|odd)\b|\bsnoring\b", MEDICAL, 0.5),
    (r"\b(?:can'?t|cannot|won'?t\s+let\s+(?:me|us)|not\s+allowed\s+to)\s+(?:ring|call|phone)\s+(?:999|an?\s+ambulance|the\s+ambulance)\b", MEDICAL, 0.5),
    (r"\b(?:told\s+(?:u|you)|said)\s+I'?d\s+stopped\b", SELF_HARM, 0.3),
    (r"\b(?:made|making|sorted)\s+my\s+own\s+arrangements\b", SUICIDAL, 0.6),
    (r"\bthank\s+(?:you|u)\s+(?:\w+\s+)?for\s+everything\b|\b(?:you\s+were|you'?re)\s+the\s+only\s+one\s+who\s+(?:ever\s+)?(?:bothered|cared|listened)\b", SUICIDAL, 0.3),
    (r"\bkick(?:ed|s)?\s+my\s+head\s+in\b|\b(?:pissed|spat|urinated)\s+on\s+me\b", ABUSE, 1.0),
    (r"\bone\s+last\s+(?:time|walk|look|visit)\b", SUICIDAL, 0.4),
    (r"\b(?:been\s+|lying\s+|lay\s+)?on\s+the\s+floor\s+(?:by\s+the\s+bed\s+|in\s+the\s+\w+\s+)?(?:since|for|all)\b", MEDICAL, 0.5),
    (r"\b(?:said|says)\s+not\s+to\s+fuss\b", MEDICAL, 0.3),
    (r"\b(?:never|not)\s+able\s+to\s+come\s+to\s+the\s+phone\b|\b(?:won'?t|never)\s+let\s+(?:me|us)\s+(?:speak|talk)\s+to\s+(?:him|her|them)\b", COERCIVE, 0.4),
    (rf"\b{_MONEY}'?s?\s+(?:is\s+|has\s+)?(?:all\s+)?gone\s+(?:by|within|before)\b", COERCIVE, 0.5),
    (r"\bnew\s+['‘\"]?(?:friend|mate|lodger|pal)['’\"]?\s+(?:has\s+)?moved\s+in\b", EXPLOITATION, 0.4),
    (r"\b(?:nobody|no\s*one)\s*(?:'s|has)?\s+answered\s+(?:that|the)\s+door\s+(?:in|for)\s+(?:\d+|a\s+few|two|three|four)\s+days\b", NEGLECT, 0.5),
    (r"\bmake\s+sure\s+(?:his|her|my)\s+\w+\s+gets\s+(?:his|her|my)\s+(?:letters?|things|stuff|cards?|notes?)\b", SUICIDAL, 0.5),
    (r"\b(?:not|n't)\s+comfortable\s+leaving\s+it\s+(?:till|until|to)\b", REPORTED, 0.4),
])

# Round eleven, from blind set M (44 dev-like narratives, recall 2/12 after round ten).
_CUES += _cues([
    # A young child alone till late; a young carer who cannot lift her mother.
    (r"\b(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:him|her)self)\s+(?:after\s+school\s+|at\s+night\s+|every\s+night\s+)?(?:till|until|til)\s+(?:gone\s+)?\w+\b", NEGLECT, 0.6),
    (r"\blets\s+(?:him|her)self\s+in\s+with\s+(?:a|the)\s+key\b", NEGLECT, 0.4),
    (r"\b(?:hear|hears|heard)\s+(?:him|her|them|the\s+(?:kids?|baby|little\s+\w+))\s+crying\s+(?:through\s+the\s+wall|every\s+night|for\s+hours|all\s+night|some\s+nights)\b", NEGLECT, 0.4),
    (r"\bon\s+the\s+floor\b[^.!?\n]{0,60}\b(?:can'?t|cannot|couldn'?t)\s+(?:lift|get)\s+(?:her|him|them)\b", NEGLECT, 0.6),
    (r"\b(?:they'?ll|they\s+will|they'?d|they\s+would)\s+(?:split\s+us\s+up|take\s+(?:us|me|them)\s+(?:away|off)|put\s+(?:us|me)\s+in\s+care)\b", NEGLECT, 0.5),
    (r"\bwe\s+(?:don'?t|dont|never)\s+tell\s+(?:school|anyone|anybody|the\s+teachers)\b", NEGLECT, 0.3),
    # Burning, named by its tool.
    (r"\b(?:lighter|cigarette|matches|match|razor|blade|compass|scissors)\s+on\s+my\s+(?:arms?|wrists?|legs?|thighs?|skin|hands?|stomach)\b", SELF_HARM, 1.0),
    # Restricted eating told as progress.
    (r"\b(?:got\s+it\s+down\s+to|down\s+to|living\s+on|only\s+(?:having|eating))\s+(?:a|one)\s+(?:yoghurt|yogurt|apple|cereal\s+bar|black\s+coffee|coffee|slice\s+of\s+\w+|biscuit|cracker|rice\s+cake)\b", SELF_HARM, 0.6),
    (r"\b(?:went|go|going|goes|felt)\s+(?:a\s+bit\s+|really\s+|all\s+)?dizzy\b", SELF_HARM, 0.3),
    (r"\b(?:they'?d|they\s+would|they'?ll)\s+(?:only\s+|just\s+)?weigh\s+me\b|\bmake\s+me\s+(?:eat|put\s+on\s+weight|gain)\b", SELF_HARM, 0.4),
    # Control told as care: a tracker, the money, the sister who 'fills my head'.
    (r"\b(?:tracker|tracking|location|find\s+my)\s+(?:app\s+)?on\s+my\s+phone\b", COERCIVE, 0.5),
    (r"\b(?:he|she)\s+does\s+all\s+the\s+money\b|\bI\s+(?:only\s+)?get\s+(?:twenty|ten|fifteen|a\s+tenner|a\s+fiver|£\s?\d+)\s+a\s+week\b", COERCIVE, 0.5),
    (r"\bsays\s+(?:she|he|they)\s+(?:fills\s+my\s+head|puts\s+ideas\s+in\s+my\s+head|(?:is|are)\s+a\s+bad\s+influence|turns?\s+me\s+against)\b", COERCIVE, 0.5),
    (r"\beasier\s+not\s+to\s+(?:go|see\s+(?:her|him|them))\s+than\s+(?:have|face)\s+the\s+row\b", COERCIVE, 0.3),
    # An ex out of prison, waiting near the school, leaving gifts with notes.
    (r"\b(?:ex|he|she)\s*(?:'s|\s+has)\s+been\s+out\s+since\b", ABUSE, 0.3),
    (r"\bparked\s+(?:across\s+from|opposite|outside|near|by)\s+the\s+(?:school(?:\s+gates)?|house|flat|nursery|gates)\b", ABUSE, 0.5),
    (r"\bleft\s+(?:a\s+|an\s+|some\s+)?\w+\s+(?:on|at|outside)\s+(?:her|my|the|our)\s+(?:step|door|doorstep|car|windscreen)\b[^.!?\n]{0,30}\bnote\b", ABUSE, 0.6),
    # A fisherman's papers in order and a boat he might not bring back.
    (r"\b(?:tidier|easier|simpler|better|kinder)\s+(?:all\s+round|for\s+(?:everyone|everybody|all|them))\s+if\s+I\s+(?:just\s+)?(?:didn'?t|did\s+not|never|wasn'?t|weren'?t)\b", SUICIDAL, 1.0),
    (r"\bdidn'?t\s+bring\s+(?:her|it|the\s+boat)\s+back\b", SUICIDAL, 0.4),
    # Without insulin, vomiting, thirsty.
    (r"\b(?:without|no|run\s+out\s+of|ran\s+out\s+of|out\s+of)\s+(?:my\s+|her\s+|his\s+)?(?:insulin|inhaler|epipen|epilepsy\s+meds|seizure\s+meds)\b"
     r"|\b(?:insulin|inhaler|epipen)\b[^.!?\n]{0,60}\b(?:without|run\s+out|ran\s+out)\b", MEDICAL, 0.5),
    (r"\b(?:throwing\s+up|vomiting|being\s+sick)\s+(?:since|for|all)\b", MEDICAL, 0.3),
    (r"\bcan'?t\s+stop\s+drinking\b|\b(?:really|so|always)\s+thirsty\b", MEDICAL, 0.3),
    # A telephone scam: a 'safe account', a courier for cash, 'don't tell your daughter'.
    (r"\bsafe\s+account\b", EXPLOITATION, 0.6),
    (r"\bhand(?:ed|s|ing)?\s+(?:over\s+)?(?:cash|money|£\s?[\d,]+)\s+to\s+a\s+courier\b|\bcourier\s+(?:came|comes|collected)\b", EXPLOITATION, 0.6),
    (r"\bnot\s+to\s+(?:mention|tell)\s+(?:it\s+|this\s+)?to\s+(?:his|her|my)\s+\w+\s+or\b", ABUSE, 0.5),
    # A hospital discharge to nobody.
    (r"\b(?:lives|living)\s+alone\b[^.!?\n]{0,30}\bno\s+(?:care\s+)?(?:package|carers?|support|one)\b", NEGLECT, 0.6),
    (r"\b(?:not|hasn'?t|has\s+not)\s+answered\s+(?:the\s+)?(?:landline|phone|door|calls?)\b", MEDICAL, 0.4),
])

# Twenty-fourth round, from blind sets AT (carers), AU (work), AV (voicemails) and AW (a new
# dev-like batch), which the rules alone caught 31 of 62 disclosures in. Each family pairs a
# means, a place or an act with how often, how lately or how long: the pairing is what a
# safeguarding lead reads as now, where either half alone is ordinary.
_LATELY = (
    r"(?:(?:about|around|maybe|like|roughly|nearly|over|only)\s+)?(?:an?|[0-9]+|half\s+an?|a\s+few|a\s+couple\s+of|ten|fifteen|twenty|thirty|forty)"
    r"\s+(?:minutes?|mins?|hours?|hrs?)\s+ago|just\s+now|earlier\s+(?:on|tonight|today)|(?:last|to)night|this\s+(?:morning|afternoon|evening)"
)
_OFTEN_OR_LATELY = rf"(?:(?:most|every|some)\s+(?:single\s+)?(?:nights?|days?|mornings?|evenings?)|again|{_LATELY})"
# A blade got out of something made safe: a pencil sharpener, a disposable razor.
_BLADE_OUT = (
    r"(?:blades?|razors?)\s+(?:out\s+of|from|off)\s+(?:a|an|the|my|his|her)\s+(?:pencil\s+)?(?:sharpeners?|(?:disposable\s+)?razors?|shavers?)"
    r"|(?:pencil\s+)?sharpener\s+blades?"
)
# Up high: the top floor or roof of a car park or block, the edge of a bridge or cliff.
_HEIGHT = (
    r"(?:top\s+(?:floor|level|deck|storey|tier)|roof(?:top)?|edge|ledge)\s+of\s+(?:the|a|this|that)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:car\s*park|multi-?stor(?:e)?y|building|tower(?:\s+block)?|block(?:\s+of\s+flats)?|flats|hospital|shopping\s+centre|bridge|cliffs?|quarry)"
)
_BEING_THERE = (
    r"(?<!\bwe\s)(?<!\bwe've\s)(?<!\bweve\s)(?<!\bwe're\s)(?:been|I'?m|I\s+am|still|currently|just)\s+"
    r"(?:sat|sitting|stood|standing|parked|perched|up)\s+(?:up\s+)?(?:here\s+)?(?:on|at)\s+(?:the\s+)?"
)
# Ordinary reasons to be up there, said in the same breath.
_HEIGHT_ERRAND = (
    r"(?![^.!?\n]*\b(?:waiting\s+for|watching|view|sunset|sunrise|fireworks|photos?|pictures?|space|ticket|shift|"
    r"break|lunch|fixing|working|repairs?|with\s+(?:my|the|our)\s+(?:kids|mates|friends|family|mum|dad))\b)"
)
_FOR_A_WHILE = (
    r"(?:(?:for\s+)?(?:about\s+|nearly\s+|over\s+|a\s+good\s+)?(?:an?|\d+|one|two|three|four|five|a\s+few|a\s+couple\s+of|half\s+an?|several)\s+hours?"
    r"|for\s+(?:hours|ages|a\s+while|a\s+long\s+time|a\s+good\s+while)|all\s+(?:night|evening|day|afternoon)"
    r"|since\s+(?:\d|midnight|tea|dinner|lunch|teatime|it\s+got\s+dark|last\s+night))"
)
# Taking everything there was: "everything in the box", "the lot", "what was left in the strip".
_CONTAINER = r"(?:box|boxes|packets?|packs?|bottles?|strips?|tubs?|blister\s+packs?|dosette\s+box|cabinet|drawer|stash|prescription|(?:medicine\s+|bathroom\s+)?cupboard)"
_NOT_MEDS_AFTER = rf"(?!\s+(?:to|into|out|back|down|up|round|home|over|off|away|for|room|rooms|set|file|office|van|lorry)\b|\s+of\s+(?!(?:my\s+|the\s+|her\s+|his\s+)?{_MED_NAMES}))"
_TOOK_ALL = (
    r"(?:took|taken|swallowed|downed|necked|had)\s+['‘\"“]?(?:everything|all|the\s+lot|the\s+rest|whatever\s+was\s+left|what\s+was\s+left|every\s+(?:one|last\s+one|tablet|pill))"
    rf"\s+(?:that\s+was\s+|there\s+was\s+)?(?:in|of|from)\s+(?:the|my|a|that|her|his|\w+'s)\s+(?:\w+\s+)?{_CONTAINER}\b{_NOT_MEDS_AFTER}"
    rf"|(?:took|taken|swallowed|downed|necked)\s+(?:them\s+all|all\s+of\s+them|the\s+lot|the\s+(?:whole|full)\s+(?:{_CONTAINER}|lot))\b{_NOT_MEDS_AFTER}"
)
# "if the carer dies he'd finally get a proper package": the cared-for better off without me.
_CARE_WITHOUT_ME = (
    r"if\s+(?:(?:the|his|her|their|a)?\s*carer\s+(?:dies|died|was\s+gone|were\s+gone|wasn'?t\s+(?:here|around))"
    r"|I\s+(?:died|was\s+gone|were\s+gone|wasn'?t\s+(?:here|around)|weren'?t\s+(?:here|around)|was\s+dead|were\s+dead))"
)
_BETTER_CARE = (
    r"(?:get|have|be\s+given|be\s+offered)\s+(?:a\s+)?(?:proper|better|more|real|the\s+right|full[\s-]?time)\s+(?:care|package|help|support|carers?|placement)"
)
_A_CARER_OR_FAMILY = (
    r"(?:mum|mam|mom|dad|boyfriend|girlfriend|partner|step-?dad|step-?mum|step-?father|step-?mother|teacher|uncle|auntie|aunt|nan|gran|"
    r"grandad|carer|husband|wife|family|brother|sister|social\s+worker|foster\s+\w+)"
)
_CUES += _cues([
    # Self-harm: the blade got out, and how often or lately it is used.
    (rf"\b(?:{_BLADE_OUT})\b", SELF_HARM, 0.8),
    (rf"\b{_OFTEN_OR_LATELY}\b[^.!?\n]{{0,40}}\b(?:{_BLADE_OUT})\b|\b(?:{_BLADE_OUT})\b[^.!?\n]{{0,40}}\b{_OFTEN_OR_LATELY}\b", SELF_HARM, 1.0),
    # Self-harm getting worse: deeper than usual, the cuts getting deeper.
    (r"\b(?:cut|cuts|cutting|sliced|slashed|scratched|did\s+it|done\s+it)\b[^.!?\n]{0,30}\bdeeper\s+than\s+(?:I\s+)?"
     r"(?:normally|usually|ever|normal|usual|before|last\s+time|(?:I\s+)?(?:meant|wanted|intended|should|planned))\b", SELF_HARM, 1.0),
    (r"\b(?:my\s+(?:cuts|cutting|burns|self[\s-]?harm(?:ing)?)|(?:cuts|burns|marks)\s+on\s+my\s+(?:arms?|legs?|wrists?|thighs?|stomach|skin))\s+"
     r"(?:(?:is|are|'s|'re|keep|keeps|have\s+been|has\s+been)\s+)?(?:getting|got|gone|going)\s+(?:a\s+lot\s+|much\s+|way\s+|a\s+bit\s+)?"
     r"(?:deeper|worse|bigger|more\s+often|more\s+frequent)\b", SELF_HARM, 1.0),
    # Up high: there now, and for how long.
    (rf"\b{_BEING_THERE}{_HEIGHT}\b{_HEIGHT_ERRAND}", SUICIDAL, 0.6),
    (rf"\b{_BEING_THERE}{_HEIGHT}\b{_HEIGHT_ERRAND}[^.!?\n]{{0,40}}\b{_FOR_A_WHILE}\b", SUICIDAL, 1.0),
    (r"\b(?:I'?ve\s+|I\s+have\s+)?had\s+enough(?:\s+now)?\s*(?:[.!]|$)|\bhad\s+enough\s+of\s+(?:everything|it\s+all|life|living)\b", SUICIDAL, 0.4),
    # Overdose: everything there was, taken; said with how lately, it is now.
    (rf"\b(?:{_TOOK_ALL})", SUICIDAL, 0.6),
    (rf"\b(?:{_TOOK_ALL})[^.!?\n]{{0,40}}\b(?:{_LATELY})\b|\b(?:{_LATELY})\b[^.!?\n]{{0,20}}\b(?:{_TOOK_ALL})", SUICIDAL, 1.0),
    # Tablets kept back by the week: "a fortnight of my sleeping tablets put by".
    (r"\b(?:(?:kept|keeping|held|holding)\s+back|(?:put|putting)\s+by|(?:saved|saving)\s+up|hid|hidden|hiding|stash(?:ed|ing)|squirrel(?:l?ed|l?ing)\s+away)\s+"
     r"(?:(?:a|an|one|two|three|four|five|six|[0-9]+|a\s+couple\s+of|a\s+few|several)\s+)?(?:fortnight|week|month|day)s?(?:'s|s')?\s+"
     rf"(?:worth\s+|supply\s+)?(?:of\s+)?(?:my\s+|the\s+|her\s+|his\s+|\w+'s\s+)?{_MED_NAMES}\b"
     r"(?![^.!?\n]{0,30}\b(?:dosette|organi[sz]er|pill\s*box|holiday|trip|travel|hand\s+(?:in|back)|take\s+back)\b)", SUICIDAL, 1.0),
    # A carer worn to nothing who reckons the person cared for would do better without them.
    (rf"\b{_CARE_WITHOUT_ME}\b[^.!?\n]{{0,80}}\b(?:he|she|they|mum|mam|dad|\w+)(?:'d|\s+would)\s+(?:finally\s+|actually\s+|probably\s+|at\s+least\s+)?{_BETTER_CARE}"
     rf"|\b(?:he|she|they|mum|mam|dad)(?:'d|\s+would)\s+(?:finally\s+|actually\s+|probably\s+|at\s+least\s+)?{_BETTER_CARE}\b[^.!?\n]{{0,20}}\b{_CARE_WITHOUT_ME}\b", SUICIDAL, 0.6),
    (r"\bnothing\s+left\s+(?:of|in|inside)\s+me\b|\bI'?ve\s+(?:got\s+)?nothing\s+left\s*(?:[.!,]|$|to\s+give\b|in\s+me\b)", SUICIDAL, 0.4),
    # A child's "games" with an adult, and being asked not to tell someone at home.
    (r"\b(?:bath(?:time)?|bed(?:time)?|tickl(?:e|ing)|special|secret|naughty|grown-?up|touching|undress(?:ing)?|private|sleepover|wrestling)\s+games?\b", ABUSE, 0.5),
    (rf"\b(?:asked|begged|told|made)\s+(?:me|her|him|us)\s+(?:to\s+)?(?:promise\s+)?(?:to\s+)?not\s+(?:to\s+)?(?:say|tell|mention)\s+(?:anything\s+to\s+)?(?:(?:her|his|my|their|the|your)\s+)?(?:\w+'?s\s+)?{_A_CARER_OR_FAMILY}\b", ABUSE, 0.5),
    # Labour exploitation: a debt to the employer taken from wages, and the visa held over them.
    (r"\b(?:owes?|owed|owing)\b[^.!?\n]{0,60}\b(?:fee|fees|debt)\b[^.!?\n]{0,60}\b(?:out\s+of|from|off|docked\s+from|deducted\s+from)\s+(?:her|his|my|their|our)\s+(?:wages|pay|salary|earnings)\b"
     r"|\b(?:training|recruitment|visa|placement|sponsorship|introduction)\s+fees?\b[^.!?\n]{0,60}\b(?:out\s+of|from|off|docked|deducted)\s+(?:\w+\s+)?(?:wages|pay|salary)\b", EXPLOITATION, 0.6),
    # Kept in: the keys taken or the door locked behind them, and no way out.
    (r"\b(?:t(?:ook|aken|akes?)|hid(?:den|es)?|has|kept|keeps)\s+(?:my|our|the)\s+(?:(?:front|back|door|house|flat)\s+){0,2}keys?\b"
     r"[^.!?\n]{0,60}\b(?:can'?t|cannot|couldn'?t|can\s+not|not\s+able\s+to)\s+(?:get|go)\s+out\b", ABUSE, 1.0),
    (r"\b(?:said|says|told\s+(?:her|him|me|them|us)|threaten\w*|warned)\s+(?:that\s+)?(?:if|unless|once)\s+(?:she|he|I|they|we)\s+(?:\w+\s+){0,2}?"
     r"(?:talks?|speaks?|goes|complains?|reports?|tells?|joins?|rings?|calls?|leaves?|quits?|says\s+anything)\b[^.!?\n]{0,60}\b"
     r"(?:sponsorship|visa|deport\w*|sent\s+back|send\s+(?:her|him|me|them|us)\s+(?:back|home)|on\s+a\s+plane|home\s+office|immigration)\b"
     r"|\bthreaten\w*\s+(?:to\s+)?(?:report\s+(?:me|her|him|them|us)\s+to\s+(?:immigration|the\s+home\s+office)|(?:have|get)\s+(?:me|her|him|them|us)\s+deported|cancel\s+(?:my|her|his|their)\s+(?:visa|sponsorship))\b", EXPLOITATION, 0.8),
])

# Twenty-fifth round, from blind sets AX (mental health), AY (youth), AZ (social care) and BA
# (general): the rules alone caught 27 of their 62 disclosures, rules and model 57. Each
# family names a kind of thing told, not one sentence.
_HIGH_PLACE = (
    r"(?:foot\s*bridge|bridge|viaduct|flyover|overpass|cliffs?|cliff\s+edge|ledge|parapet|railings|railway\s+line|"
    r"level\s+crossing|multi-?stor(?:e)?y|car\s+park\s+roof)"
)
_CUES += _cues([
    # On a bridge and come to finish it: the place and the purpose, in either order.
    (rf"\b{_HIGH_PLACE}\b[^.!?\n]{{0,90}}\b(?:come|came|here|went|gone|going|gonna|wants?|wanted|ready|about|meant)\s+to\s+(?:finish|end)\s+"
     r"(?:it|it\s+all|things|everything|himself|herself|myself|his\s+life|her\s+life)\b"
     rf"|\b(?:finish|end)\s+(?:it|it\s+all|things|everything)\s+(?:on|off|from|at|under)\s+(?:the|a)\s+(?:[\w-]+\s+){{0,2}}?{_HIGH_PLACE}\b", SUICIDAL, 1.0),
    # No sense keeping myself going; meals given up on purpose, and the loss welcomed or hidden.
    (r"\bno\s+(?:sense|point|use|reason)\s+(?:in\s+)?(?:keeping|kept)\s+(?:this\s+(?:old\s+|useless\s+|tired\s+)?(?:body|carcass|heart)|myself|me)\s+"
     r"(?:going|alive|ticking\s+over|running|on\s+the\s+go)\b", SUICIDAL, 1.0),
    (r"\b(?:(?:stopped|stopping|given\s+up|giving\s+up|not)\s+bothering|(?:haven'?t|have\s+not|hasn'?t|don'?t|doesn'?t)\s+bother(?:ed)?)\s+(?:with|about)\s+(?:meals|food|eating|my\s+(?:meals|food|tablets|meds|insulin))\b"
     r"|\b(?:stopped|given\s+up)\s+eating\s+(?:on\s+purpose|deliberately)\b", NEGLECT, 0.4),
    (r"\b(?:lost|dropped|shed)\s+(?:\w+\s+){0,2}?(?:stone|kilos?|pounds|lbs|weight)\s+and\s+(?:I'?m|I\s+am)\s+(?:glad|pleased|happy)\s+(?:of|about)\s+it\b", SELF_HARM, 0.4),
    (r"\bI\s+(?:tell|told|keep\s+telling)\s+(?:\w+\s+){0,7}?(?:I'?m|I\s+am)\s+(?:eating|taking\s+(?:them|it|my\s+\w+))\s+(?:fine|well|properly|ok|okay)\b", SELF_HARM, 0.4),
    # Medicine stopped on purpose, to let it happen.
    (rf"\bstopped\s+taking\s+(?:my|the|her|his)\s+(?:\w+\s+)?{_MED_NAMES}\s+(?:on\s+purpose|deliberately|intentionally|so\s+(?:that\s+)?I)\b"
     # A clinician's say-so makes it a plan of care: "...on purpose, the GP said that was fine".
     r"(?![^.!?\n]{0,80}\b(?:GP|doctor|nurse|consultant|pharmacist|psychiatrist|specialist)\s+(?:said|says|agreed|advised|suggested|told\s+me|okayed|signed\s+it\s+off))", SUICIDAL, 1.0),
    (r"\bmy\s+(?:affairs|papers|paperwork|things)\s+(?:are|is)\s+(?:all\s+|now\s+)?in\s+order\b", SUICIDAL, 0.6),
    # Thoughts of harming himself: a worker's words for a current risk (asked and answered no, set aside).
    # The cue starts after "thoughts of" so that "asked about thoughts of" stays before it
    # (the \b, always true there, lets the prefilter file it under its first letters).
    (r"\b(?:(?<=\bthoughts\sof\s)|(?<=\bthought\sof\s)|(?<=\bthoughts\sabout\s))(?:harming|hurting|killing|ending)\s+(?:himself|herself|themselves|myself|his\s+(?:own\s+)?life|her\s+(?:own\s+)?life)\b", SUICIDAL, 1.0),
    # Money taken from an older person: the cheque book "kept safe" by a new friend, cheques to
    # him, papers signed that she cannot explain.
    (r"\b(?:cheque\s*books?|bank\s+cards?|debit\s+cards?|pension\s+book|post\s+office\s+card|savings\s+book|pass\s*book|pin(?:\s+number)?)\s+"
     r"(?:is|are|has\s+been|have\s+been|'s)\s+(?:now\s+)?['‘\"“]?(?:kept\s+safe|looked\s+after|minded|held|kept)['’\"”]?\s+by\s+(?:him|her|them|this\s+\w+|a\s+\w+|the\s+\w+|her\s+new\s+\w+|his\s+new\s+\w+)\b", EXPLOITATION, 0.5),
    (r"\b(?:cheques?|transfers?|payments?|withdrawals?)\s+(?:have\s+|has\s+)?(?:went|gone|going|been\s+made\s+out|made\s+out|paid|been\s+paid)\s+(?:out\s+)?to\s+(?:him|her|them)\b", EXPLOITATION, 0.4),
    (r"\bsign(?:ed|ing|s)?\b[^.!?\n]{0,40}\b(?:power\s+of\s+attorney|LPA|papers|documents|forms|a\s+new\s+will)\b[^.!?\n]{0,50}\b"
     r"(?:can'?t|cannot|couldn'?t|doesn'?t|didn'?t|does\s+not)\s+(?:tell|say|explain|remember|understand|read)\b", EXPLOITATION, 0.6),
    (r"\bnew\s+['‘\"“](?:friend|boyfriend|girlfriend|partner|lodger|helper)['’\"”]", EXPLOITATION, 0.3),
    # Thanks or goodbye said "before" and left there, or "while I still can": a leave-taking.
    (r"\b(?:wanted|want|needed|had)\s+to\s+say\s+(?:thank\s+you|thanks|goodbye|bye|sorry|I\s+love\s+(?:you|them|her|him))\s+(?:to\s+(?:\w+\s+){0,2})?"
     r"(?:before\s*(?:I\s+go|I'?m\s+gone|it'?s\s+too\s+late)?\W*$|while\s+I\s+(?:still\s+)?(?:can|could|had\s+the\s+chance)\b)", SUICIDAL, 0.5),
    # A child's injury, a round burn, with an account that does not fit: "no, Daddy did it".
    (r"\b(?:small\s+|little\s+|neat\s+)?(?:round|circular)\s+burns?\b", ABUSE, 0.6),
    (r"\b(?:said|says|told\s+(?:me|us))\s+['‘\"“]?no,?\s+(?:daddy|mummy|dad|mum|mam|mommy|my\s+(?:dad|mum|mam|step\w*)|uncle\s+\w+|(?:mum'?s|mam'?s)\s+(?:boyfriend|partner)|he|she)\s+did\s+(?:it|that|this)\b", ABUSE, 0.6),
    (r"\b(?:says|said|claims?|claimed)\s+(?:she|he|they)(?:'d|\s+had|\s+has)?\s+(?:touched|leaned\s+on|grabbed|pulled\s+over)\s+(?:the|a)\s+(?:hob|iron|oven|radiator|kettle|heater|fire|cooker)\b", ABUSE, 0.5),
])

# Twenty-sixth round, from blind sets BB to BK (a dev-like mix, homelessness, older people,
# comments, disability, the early years, migrants, workers and texts): the rules and model
# caught 136 of 143. Each family names a kind of danger at home or on the street.
_COOKER = r"(?:gas(?:\s+(?:ring|rings|hob|fire|cooker))?|hob|rings?|cooker|oven|grill|chip\s+pan|pan)"
_CARE_VISITORS = (
    r"(?:carers?|care\s+workers?|girls|agency|home\s+help|(?:district\s+)?nurses?|meals\s+on\s+wheels|"
    r"(?:morning|lunch|tea|night|evening|bedtime)\s+calls?)"
)
_CUES += _cues([
    # A cooker or fire left on by someone who cannot manage it: "the gas ring was on with
    # nothing on it", "the hob left on all night", a pan boiled dry; and gas in the air.
    (rf"\b{_COOKER}\s+(?:was\s+|were\s+|had\s+been\s+|'d\s+been\s+|been\s+|left\s+|still\s+)*on\s+"
     r"(?:with\s+nothing\s+on\s+(?:it|them|top)|(?:and\s+)?(?:not\s+lit|unlit)|all\s+night|for\s+hours|full\s+blast\s+and\s+(?:he|she)\s+was\s+(?:out|asleep|gone))\b"
     r"|\bleft\s+(?:the|a)\s+(?:gas|hob|cooker|oven|chip\s+pan|pan)\s+on\b[^.!?\n]{0,40}\b(?:again|went\s+out|went\s+to\s+bed|fell\s+asleep|all\s+night|boiled\s+dry)\b"
     r"|\b(?:pan|kettle)\s+(?:had\s+)?boiled\s+dry\b", NEGLECT, 0.6),
    # Living alone is what turns such a danger into a risk: nobody there to turn it off.
    (r"\b(?:lives|living|lived|(?:mum|mam|dad|nan|nana|gran|grandad|grandma|uncle|aunt|auntie|father|mother|husband|wife)(?:'s|\s+is)|she'?s|he's)\s+"
     r"(?:all\s+)?(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself))\b", NEGLECT, 0.4),
    # "CO[ ]" files these under "co " rather than every word that begins "co" (prefilter.py).
    (r"\b(?:smell(?:ed|s|t)?\s+(?:of\s+)?gas|gas\s+leak|carbon\s+monoxide|CO[ ]poisoning)\b", NEGLECT, 0.4),
    (r"\b(?:carbon\s+monoxide\s+|CO[ ]|gas\s+)(?:alarm|detector|monitor)\s+(?:was\s+|is\s+|kept\s+|keeps\s+|started\s+|had\s+been\s+)?"
     r"(?:sounding|going\s+off|went\s+off|goes\s+off|alarming|screaming)\b", NEGLECT, 0.6),
    (r"\b(?:took|taken|takes|removed|pulled)\s+(?:the\s+)?batter(?:y|ies)\s+out\b|\b(?:flue|boiler)\s+(?:\w+\s+)?(?:cracked|leaking|condemned|capped\s+off)\b", NEGLECT, 0.3),
    (r"\b(?:rang|called|phoned|ringing|calling)\s+(?:the\s+)?(?:national\s+)?gas\s+emergency\b"
     r"|\btold\s+(?:the\s+)?(?:family|them|everyone|mum|dad|her|him)\s+to\s+(?:leave|get\s+out\s+of)\s+(?:the\s+)?(?:house|flat|building|property)\s+(?:now|straight\s+away|immediately)\b", REPORTED, 0.5),
    # Someone confused about time and place: "rang at 3am thinking he was late for his shift".
    (r"\b(?:thinking|thought|convinced|sure)\s+(?:he|she|it)\s+(?:was|were|is)\s+(?:late\s+for|due\s+at|going\s+to|on\s+his\s+way\s+to|on\s+her\s+way\s+to)\s+"
     r"(?:work|school|(?:his|her)\s+(?:shift|work|job|school|mother'?s|mum'?s)|the\s+(?:pit|mill|factory|shipyard|office|works))\b"
     r"|\b(?:thinks|thought|thinking)\s+it'?s\s+(?:still\s+)?19\d\d\b|\blooking\s+for\s+(?:his|her)\s+(?:late\s+)?(?:wife|husband|mum|mam|mother|dad|father)\s+who\b", NEGLECT, 0.4),
    # Carers who stopped coming, food run out, the kitchen out of reach, a plea for someone to come.
    (rf"\b{_CARE_VISITORS}\s+(?:haven'?t|hasn'?t|have\s+not|has\s+not|never|didn'?t|did\s+not)\s+(?:been|come|came|turned\s+up|shown\s+up|called)\s+(?:round\s+|in\s+)?(?:since|for|in|all)\b", NEGLECT, 0.6),
    (r"\b(?:had|eaten|had\s+to\s+eat)\s+nothing\s+(?:to\s+eat\s+)?(?:but|except|apart\s+from|other\s+than)\s+(?:a|some|half\s+a|one)\s+(?:packet|pack|slice|tin|bag|cup|round)\b"
     r"|\bnothing\s+to\s+eat\s+(?:since|for|in)\b", NEGLECT, 0.5),
    (r"\b(?:can'?t|cannot|couldn'?t)\s+(?:get|make\s+it|walk|reach)\s+(?:up\s+|down\s+|through\s+|out\s+)?(?:to\s+)?(?:the|my)\s+(?:kitchen|toilet|loo|bathroom|front\s+door|door|phone|commode|stairs)\b", NEGLECT, 0.5),
    (r"\b(?:(?<=can\s)|(?<=could\s)|(?<=will\s)|(?<=would\s))(?:somebody|someone|anybody|anyone)\s+(?:please\s+)?(?:come|help\s+me|come\s+round|come\s+out)\b"
     r"|\b(?<=my\s)legs\s+(?:have\s+)?(?:gone|given\s+way|went)\b", NEGLECT, 0.3),
    # Alone through a medical crisis: hypos on the floor, out cold till dark, nobody coming.
    (r"\bhypos?\b[^.!?\n]{0,60}\b(?:on\s+my\s+own|alone|by\s+myself|on\s+the\s+(?:\w+\s+)?floor|nobody|no\s*one)\b", MEDICAL, 0.6),
    (r"\b(?:didn'?t|did\s+not|couldn'?t|could\s+not|wouldn'?t)\s+come\s+(?:round|to)\s+(?:till|until|for)\b", MEDICAL, 0.6),
    (r"\b(?:nobody|noone|no[ ]one|no-one)\s+(?:ever\s+)?(?:comes|visits|calls\s+round|checks\s+on\s+me|knows\s+I'?m\s+here)\b", NEGLECT, 0.4),
    # Set alight by others, or fouled on the doorstep: a sleeping bag, a car, a letterbox.
    (r"\b(?<!\bI\s)(?<!accidentally\s)set\s+(?:fire\s+to\s+|light\s+to\s+)?(?:my|our|his|her)\s+(?:\w+\s+)?"
     r"(?:sleeping\s+bag|tent|bedding|blankets?|hair|clothes|coat|front\s+door|door|car|van|house|flat|shed|bins?)\b(?:\s+(?:alight|on\s+fire|ablaze))?"
     r"|\bset\s+(?:me|us|him|her)\s+(?:alight|on\s+fire|ablaze)\b", ABUSE, 1.0),
    (r"\b(?:kicked|kicking|pissed|pissing|urinated|spat|stamped)\s+(?:on\s+)?(?:me|us|him|her)\s+while\s+(?:I|we|he|she)\s+(?:was\s+|were\s+)?(?:asleep|sleeping|slept|kipping|lying)\b", ABUSE, 1.0),
    (r"\b(?:dog\s+(?:muck|mess|poo|dirt|shit)|poo|excrement|faeces|fireworks?|lit\s+(?:paper|rags?|matches)|petrol|rubbish|bangers)\s+(?:pushed\s+|put\s+|shoved\s+|posted\s+)?through\s+(?:my|our|the|his|her)\s+(?:letter\s*box|door)\b"
     r"|\b(?:putting|put|pushing|pushed|shoving|shoved|posting|posted)\s+(?:dog\s+(?:muck|mess|poo|dirt|shit)|poo|excrement|faeces|fireworks?|lit\s+\w+|petrol|bangers)\s+through\b", ABUSE, 0.6),
    # Tracked down: they found where we live, asked a child at the school gate which house.
    (r"\b(?:found|find|finding|worked\s+out|know|knows)\s+(?:out\s+)?where\s+(?:we|I|she|he|my\s+\w+)\s+(?:live|lives|are|is|'re|'m|moved|stay|staying|sleep)\b(?!\s+(?:now\s+)?(?:in\s+)?(?:the\s+)?(?:map|app))", ABUSE, 0.6),
    (r"\bschool\s*(?:gates?)?\b[^.!?\n]{0,30}\basking\s+(?:my|her|his|the|our)\s+(?:\w+\s+)?(?:daughter|son|kids?|children|girl|boy|youngest|eldest)\s+(?:which|where|what)\b", ABUSE, 0.6),
    (r"\b(?:scared|afraid|frightened|terrified|too\s+scared)\s+to\s+(?:even\s+)?(?:open|answer|go\s+near)\s+(?:the|my)\s+(?:curtains|blinds|door|front\s+door|windows?)\b", ABUSE, 0.5),
    # Asked whether they can keep themselves safe, or feel safe, and answered no.
    (r"\b(?:ask|asks|asked|asking)\b[^.!?\n]{0,60}?\bkeep\s+(?:myself|yourself|herself|himself|themselves|me|her|him)\s+safe\b[^.!?\n]{0,40}?"
     r"\b(?:said|says|answered|replied|told\s+(?:me|her|him|them|us))\s+['‘\"“]?(?:no|nope|not\s+really|I\s+(?:can'?t|couldn'?t|don'?t\s+know|wasn'?t\s+sure))\b", SUICIDAL, 1.0),
    (r"\b(?:ask|asks|asked|asking)\b[^.!?\n]{0,60}?\b(?:feel|felt|feeling|was|were|is|am|are)\s+safe\b[^.!?\n]{0,40}?"
     r"\b(?:said|says|answered|replied|told\s+(?:me|her|him|them|us))\s+['‘\"“]?(?:no|nope|not\s+really)\b", ABUSE, 1.0),
    # Stalked: messages from number after number once one is blocked.
    (r"\b(?:messages|msgs|texts|calls|voicemails)\s+(?:\w+\s+){0,3}?from\s+(?:different|new|withheld|private|unknown|blocked|fake)\s+(?:numbers|accounts|profiles)\b", ABUSE, 0.5),
])

# Twenty-seventh round, from blind sets BL to CD (a dev-like mix, comments, families,
# recovery, health, workers, texts, community, answers, stories, feedback, voice notes and
# the young): the rules and model caught 271 of 279. Each family names a kind of thing told.
# A weapon at hand for a named person: "got the bat behind the door ready", "the blade in my
# bag already", "going down there with the knife". Tools for a job, a game or the dinner are not.
_WEAPON = r"(?:baseball\s+bat|bat|blade|knife|machete|shank|crowbar|gun|hammer)"
_SHARP = r"(?:blade|knife|machete|shank|gun)"
_NO_JOB = (
    r"(?![^.!?\n]*\b(?:nails|screws|shel(?:f|ves)|fence|shed|DIY|pictures?|tent|pegs|fix|mend|put\s+up|build\w*|carv\w*|chop\w*|cook\w*|dinner|tea|"
    r"turkey|roast|veg\w*|match|game|cricket|rounders|baseball|softball|practice|training|season|surgeon|operat\w*)\b)"
)
_KEPT_FROM_ME = (
    r"(?:hid|hides|hidden|binned|bins|threw\s+away|throws\s+away|thrown\s+away|flushed|flushes|withheld|withholds|"
    r"locked\s+away|locks\s+away|took\s+away|takes\s+away|taken\s+away)"
)
_AIDS = (
    r"(?:insulin(?:\s+pens?)?|inhalers?|tablets|meds|medication|medicine|pills|epi-?pens?|antidepressants|methadone|painkillers|"
    r"morphine|patches|hearing\s+aids?|walking\s+(?:stick|frame)|wheelchair|blood\s+sugar\s+monitor|(?:\w+\s+)?monitor)"
)
_NOT_TO_PROTECT = (
    r"(?![^.!?\n]*\b(?:too\s+many|overdos\w*|OD|safe\w*|dosette|blister|forget\w*|forgot|muddled|confused|dementia|doctor|GP|nurse|pharmacist|lol|joke|joking)\b)"
)
_CUES += _cues([
    # Violence promised to someone: put through a window, a weapon got ready, taken round there.
    (r"\b(?:I'?ll|ill|I\s+will|I'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|gonna|going\s+to)\s+(?:put|throw|knock|smash|chuck|launch)\s+"
     r"(?:him|her|them|his\s+head|her\s+head|(?-i:[A-Z][a-z]+))\s+(?:straight\s+)?through\s+(?:the|a|his|her|their|my)\s+(?:front\s+|back\s+)?"
     r"(?:window|wall|door|windscreen|glass|floor|table|fence)\b", THREAT, 1.0),
    (rf"\b(?:got|have|'ve|has|put|keep|kept|packed)\s+(?:got\s+)?(?:a|the|my|me)\s+{_WEAPON}\b[^.!?\n]{{0,40}}?\b(?:ready|already|waiting)\b{_NO_JOB}", THREAT, 0.8),
    (rf"\b(?:going|gonna|goin|coming)\s+(?:(?:down|round|up|over|in|back|out|across)\s+)?(?:there|in\s+there|to\s+(?:his|hers|theirs|him|her|them|the\s+(?:office|council|school|house|flat))|round\s+(?:his|hers|theirs|there)|in)\s+"
     rf"with\s+(?:a|the|my|me)\s+{_SHARP}\b(?!\s+and\s+fork){_NO_JOB}", THREAT, 1.0),
    (r"\b(?:swear|one\s+more\s+time|I'?m\s+going\s+(?:in|round|down|up)|im\s+going\s+(?:in|round|down|up))\b[^.!?\n]{0,60}?"
     r"\b(?:he'?s|she'?s|they'?re|he\s+is|she\s+is|they\s+are|hes|shes)\s+(?:getting|gonna\s+get|going\s+to\s+get)\s+it\b", THREAT, 0.6),
    # Control through the body's needs: medicine or aids hidden or binned by a partner or a
    # relative, most of all as a punishment; answered for; rung the whole time; told in secret.
    (rf"\b(?<!\bI\s)(?<!\bwe\s){_KEPT_FROM_ME}\s+(?:away\s+)?my\s+{_AIDS}\b{_NOT_TO_PROTECT}", COERCIVE, 0.6),
    (rf"\b(?<!\bI\s)(?<!\bwe\s){_KEPT_FROM_ME}\s+(?:away\s+)?my\s+{_AIDS}\b{_NOT_TO_PROTECT}[^.!?\n]{{0,40}}?"
     r"\b(?:because|cos|coz|cause|as\s+(?:a\s+)?punishment|to\s+punish|to\s+teach\s+me|if\s+I|when\s+I|until\s+I|till\s+I|so\s+(?:I|that\s+I)\s+(?:can'?t|couldn'?t|would|had\s+to))\b", COERCIVE, 1.0),
    (r"\b(?:answers?|answered|answering)\s+for\s+(?:me|her|him|them)\b", COERCIVE, 0.4),
    (r"\b(?:rings|calls|phones|texts|facetimes|rang|called)\s+me\s+(?:the\s+whole\s+time|non-?stop|constantly|every\s+(?:\d+|few|five|ten|couple\s+of)\s+minutes)\b", COERCIVE, 0.4),
    (r"\b(?:writing|typing|sending|doing|recording)\s+this\s+(?:in\s+the\s+(?:toilet|bathroom|loo|car)|while\s+(?:he|she)(?:'s|\s+is)\s+(?:asleep|out|in\s+the\s+shower|at\s+work)|"
     r"on\s+(?:my\s+)?(?:friend|mate|sister|neighbour|brother)'?s\s+phone)\b", COERCIVE, 0.5),
    # Signs a worker reads as someone controlled: looking to a man before each answer, no
    # phone of her own, no idea of the address, a man watching from a car; and a referral to
    # the National Referral Mechanism.
    (r"\b(?:looked|looks|glanced|glances|checked|checks|kept\s+looking)\s+(?:over\s+|across\s+)?(?:at|to)\s+(?:him|her|them|the\s+(?:man|men|driver|woman|older\s+\w+))\s+"
     r"before\s+(?:every|each|she|he|they|answering|speaking)\b", EXPLOITATION, 0.5),
    (r"\bno\s+phone\s+of\s+(?:her|his|their)\s+own\b|\b(?:didn'?t|doesn'?t|did\s+not|does\s+not|couldn'?t|can'?t)\s+(?:know|tell\s+(?:me|us))\s+(?:the|her|his|their)\s+"
     r"address\s+(?:she'?s|he'?s|they'?re|she\s+is|he\s+is|they\s+are|where|of\s+where)\b", EXPLOITATION, 0.4),
    (r"\b(?:man|men|male|driver|bloke|guy)\s+(?:\w+\s+){0,2}?(?:watch\w*|wait\w*|sat|sitting|parked)\s+(?:\w+\s+){0,2}?(?:in|from)\s+(?:a|the|his)\s+(?:parked\s+)?(?:car|van)\b", EXPLOITATION, 0.3),
    (r"\b(?:NRM|national\s+referral\s+mechanism)\b", REPORTED, 0.4),
    # Leave-taking: no point in me, a call made to say I love him, everyone better off.
    (r"\b(?:no|not\s+much|little|not\s+a\s+lot\s+of|not\s+any)\s+point\s+(?:in|to|of)\s+me\b"
     r"(?=\s*(?:[.!?,;]|$|\s+(?:now|any\s?more|after\s+that|is\s+there|really|at\s+all|left|being\s+(?:here|alive|around))\b))", SUICIDAL, 0.8),
    (r"\b(?:rang|rung|called|phoned|texted|messaged)\s+(?:up\s+)?(?:my|our)\s+\w+\s+(?:up\s+)?(?:just\s+)?to\s+(?:tell|say\s+to)\s+(?:him|her|them)\s+(?:that\s+)?I\s+love\s+(?:him|her|them)\b", SUICIDAL, 0.4),
    (r"\bbetter\s+off\b(?!\s+(?:with|in|on|at|if|than|going|getting|moving|staying|having|buying|renting|using|financially|where))"
     r"[^.!?\n]{0,30}?\b(?:everyone|everybody|all\s+of\s+(?:them|us|you)|they\s+all|we\s+all)\s+would\b", SUICIDAL, 1.0),
])

# Twenty-eighth round, from blind sets CE to CN (dev-like mixes, carers, benefits, a survey,
# frontline notes, texts and reflections): the rules and model caught 141 of 144.
_CUES += _cues([
    # A parent's or carer's thought of both of them not waking, or of never waking themselves:
    # "thought about the two of us just not waking up", "I picture me not waking up".
    (r"\b(?:think|thinks|thinking|thought|thoughts|picture[ds]?|picturing|imagine[ds]?|imagining|dream\w*|fantasi[sz]\w*)\s+(?:about|of)\s+"
     r"(?:the\s+(?:two|three|both|pair)\s+of\s+us|both\s+of\s+us|us\s+(?:both|two|all)|all\s+of\s+us|(?:me|us)\s+and\s+(?:him|her|them|the\s+\w+|my\s+\w+|\w+)|"
     r"(?:him|her|them)\s+and\s+me|me|us|myself)\s+(?:just\s+|both\s+|all\s+|simply\s+|quietly\s+)*(?:not|never)\s+(?:waking|wake|waking\s+back)\s+up\b", SUICIDAL, 1.0),
    # Leave-taking in a thank-you: giving my own place in care to someone "who needs it more"
    # alongside letters written and a pet rehomed (each weak alone).
    (r"\b(?:give|giving|pass|passing|offer|offering)\s+(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:slot|appointment|place|bed|space|spot|session|follow-?up|review)s?\s+"
     r"to\s+(?:someone|somebody|anyone|another\s+\w+|other\s+\w+|others?)\s+(?:else\s+)?(?:who|that)\s+(?:needs?|could\s+use|can\s+use|deserves?)\s+(?:it|them)\s+more\b", SUICIDAL, 0.3),
    # A young person with goods or cash from nowhere: "turned up with a new iPhone and £300
    # cash", "came home with new trainers and a wad". Weak alone (birthdays, jobs).
    (r"\b(?:turn(?:s|ed|ing)?\s+up|show(?:s|ed|ing)?\s+up|c(?:o|a)me?s?\s+(?:home|back|in|round)|coming\s+(?:home|back|in)|appear(?:s|ed)?)\s+"
     r"(?:with|w/?|wi)\s+(?:a\s+|an\s+|some\s+)?(?:brand\s+new|new|expensive|designer|second|another)\s+(?:i?phones?|mobiles?|trainers|clothes|coats?|jackets?|watch|bikes?|moped)\b", EXPLOITATION, 0.5),
    # A controller's rule about work is told with who made it: "he says I'm not allowed to work".
    (r"\b(?:says|said|tells\s+me|told\s+me|decided|decides)\s+(?:that\s+)?I'?m\s+not\s+allowed\s+to\s+(?:work|get\s+a\s+job|have\s+a\s+job)\b", COERCIVE, 0.6),
    # Round twenty-nine. Someone thrown about a room, heard or told: "he was flinging her
    # around the kitchen".
    (r"\b(?:throw(?:s|ing|n)?|threw|chuck(?:s|ed|ing)?|fling(?:s|ing)?|flung|drag(?:s|ged|ging)?)\s+(?:her|him|me|them|us|his\s+\w+|her\s+\w+|my\s+\w+)\s+"
     r"(?:a?round|about|across|against|down|up\s+and\s+down)\s+(?:the|a|our|my|their|his|her)\s+(?:\w+\s+)?(?:flat|house|room|kitchen|bedroom|lounge|hall(?:way)?|landing|walls?|stairs|place|floor)\b", ABUSE, 0.7),
    # What an abuser says so no one is told: "she says nobody would believe me over her".
    (r"\b(?:says|said|tells\s+me|told\s+me|keeps\s+saying|reminds\s+me)\s+(?:that\s+)?(?:no\s*one|nobody|no-one)\s+(?:will|would|'d|'ll)\s+(?:ever\s+)?believe\s+"
     r"(?:me|you|us|a\s+\w+|someone|anyone|my\s+word)\b", COERCIVE, 0.6),
    # Harm passed off as an accident to a doctor or a nurse: "told the nurse I'd fallen on the stairs".
    (r"\b(?:A&E|A[ ](?:and|&)[ ]E|hospital|casualty|walk-?in|GP'?s?|doctors?'?s?|nurses?|triage|paramedics?)\b"
     r"[^.!?\n]{0,30}?\b(?:(?:I|we)\s+(?:said|told\s+(?:them|her|him)|made\s+out)\s+(?:that\s+)?)?(?:I'?d|I\s+had)\s+(?:shut|trapped|caught|fallen|fell|walked\s+into|slipped|tripped|banged)\b", ABUSE, 0.5),
    # A veiled threat to someone's face: "I know where you park and when your shift ends".
    (r"\b(?<=\bI\s)know\s+(?:exactly\s+)?(?:where\s+you\s+(?:live|park|work|go|drink|sleep)|which\s+(?:car|house|door|flat|bus)\s+(?:is\s+yours|you\s+(?:drive|get|take|live))|"
     r"what\s+time\s+you\s+(?:finish|leave|get\s+off|clock\s+off|start|go\s+home|knock\s+off)|where\s+your\s+(?:kids|children|son|daughter|wife|husband|family)\s+(?:go|live|are))\b(?![^\n]{0,40}?(?:😂|🤣|😅|\blol\b|\blmao\b|\bhaha\w*|\bjk\b|\bjoking\b|\bkidding\b))", THREAT, 0.7),
    # Two such things known, one after the other, are the threat itself: "I know where you live and when you get home".
    (r"\b(?<=\bI\s)know\s+(?:exactly\s+)?(?:where|which|what\s+time|when)\s+(?:you|your)\b[^.!?\n]{0,40}?\band\s+(?:exactly\s+)?(?:where|which|what\s+time|when)\s+(?:you|your)\b"
     r"(?![^\n]{0,40}?(?:😂|🤣|😅|\blol\b|\blmao\b|\bhaha\w*|\bjk\b|\bjoking\b|\bkidding\b))", THREAT, 1.0),
    (r"\bsee\s+how\s+(?:smug|brave|tough|clever|funny|cocky|big|hard|smart)\s+you\s+are\s+(?:when|in|on|after|then|once)\b", THREAT, 0.4),
    # An old or frail person declining since someone moved in: "since her son moved back she's
    # got so thin".
    (r"\b(?:since\s+(?:then|(?:he|she|they|his\s+\w+|her\s+\w+|the\s+\w+)\s+(?:moved|came)\s+(?:in|back))|ever\s+since)\b[^.!?\n]{0,30}?\b(?:lost\s+(?:loads\s+of\s+|a\s+lot\s+of\s+|so\s+much\s+|a\s+load\s+of\s+)?weight|got\s+(?:so\s+)?(?:thin|frail|skinny)|gone\s+downhill)\b", NEGLECT, 0.5),
])

# Thirtieth round, from blind sets CU to CZ (dev-like mixes, justice, neighbours, health and
# money): main's rules and model caught 83 of 87.
_CUES += _cues([
    # A worker's note of strangling by its legal name, and a MARAC referral put either way round.
    (r"\bnon-?fatal\s+strangulation\b", ABUSE, 1.0),
    (r"\bstrangulation\b", ABUSE, 0.6),
    (r"\b(?:referred|refer|referring|referral)\s+(?:(?:on\s+)?to\s+(?:the\s+)?)?MARAC\b", REPORTED, 0.5),
    # Bail or an order broken, told as a noun: "bail breach", "breach of his no-contact conditions".
    (r"\b(?:bail|order|injunction|no-?contact|non-?mol(?:estation)?)\s+breach(?:es|ed)?\b|"
     r"\bbreach(?:es|ed|ing)?\s+of\s+(?:his|her|their|the)\s+(?:bail|order|injunction|no-?contact|non-?mol\w*|restraining\s+order|conditions)\b", ABUSE, 0.6),
    (r"\b(?:seen|spotted|sat|waiting|hanging\s+(?:about|around)|parked)\s+outside\s+(?:her|his|their)\s+(?:work|house|flat|home|door|school|office|refuge)\b", ABUSE, 0.4),
    # Found again after moving away: "nobody was meant to know where I moved", and a message
    # "off a new number" round a block.
    (r"\b(?:nobody|no\s*one|no-one)\s+(?:was|is|were|'s)\s+(?:meant|supposed)\s+to\s+(?:know|find\s+out)\s+where\s+(?:I|we|she|he|they|the\s+kids)\s+"
     r"(?:moved|live[ds]?|am|are|is|was|were|went|stay(?:s|ed|ing)?|(?:had\s+)?gone)\b", ABUSE, 0.6),
    (r"\b(?:messag\w*|text\w*|rang|ring\w*|call\w*|contact\w*|add\w*|follow\w*)\s+(?:me|her|him|us)\s+(?:off|from|on|with|through)\s+(?:a\s+|another\s+)?"
     r"(?:new|different|another|withheld|private|fake|burner|second)\s+(?:number|account|profile|phone|sim)\b", COERCIVE, 0.4),
    # Watched by an app: "he's got the find my phone thing on", "she put life360 on".
    (r"\b(?:he|she|they)(?:'s|\s+has|\s+have|'ve)?\s+(?:got|put|set\s+up|turned\s+on|switched\s+on|installed)\s+(?:the\s+|a\s+)?"
     r"(?:find\s+my\s+(?:phone|iphone|friends|device)|location\s+(?:sharing|tracking|tracker)|life\s*360|tracker|tracking\s+app|snap\s*map)\b", COERCIVE, 0.6),
    # Back before he is: "if I'm not back before he finishes there'll be questions".
    (r"\bif\s+I'?m\s+not\s+(?:back|home|in)\s+(?:before|by\s+the\s+time|when)\s+(?:he|she|they)\s+(?:gets?\s+(?:home|back|in)|finish\w*|comes?\s+(?:home|back|in)|is\s+(?:home|back)|wakes?|clocks?\s+off)\b", COERCIVE, 0.4),
])

# Thirty-first round, from blind sets DA to DF (dev-like mixes, recovery, schools, migrants and
# frontline notes): main's rules and model caught 85 of 87.
_CUES += _cues([
    # A debt to an older lad worked off in trips: "he 'owes' an older lad £400 ... has to do a
    # few trips to pay it back".
    (r"\b(?:owe|owes|owed)['’]?\s+(?:an?|some|this|the)\s+(?:older|bigger)\s+(?:lad|lads|boy|boys|man|men|guy|guys|bloke|kid|kids)\s+£?\d", EXPLOITATION, 0.6),
    (r"\b(?:has|have|had|got|needs?)\s+to\s+(?:do|make|run)\s+(?:a\s+few\s+|some\s+|a\s+couple\s+(?:of\s+)?|loads\s+of\s+|more\s+|extra\s+|\d+\s+|two\s+|three\s+)?"
     r"(?:trips|runs|drops|deliveries|journeys)\b[^.!?\n]{0,40}?\b(?:to\s+)?(?:pay|work|clear)\s+(?:it|that|this|the\s+debt|(?:him|her|them)\s+back)\s*(?:back|off)?\b", EXPLOITATION, 0.6),
    # A child's goodbye to school or work "or ever", someone else's tablets got out of where
    # they are kept, and waiting till the house is asleep.
    (r"\bnot\s+(?:coming|going|be(?:ing)?)\s+(?:in|back|into\s+school|to\s+school|into\s+work|to\s+work)\s+(?:tomorrow|tomoz|tomo|tmrw|tmr|today|on\s+\w+day|next\s+week)\s+or\s+ever\b", SUICIDAL, 0.5),
    (rf"\b(?:got|get|getting|took|taken|nicked|pinched|grabbed|sneaked|snuck)\s+(?:(?:my|her|his|the)\s+)?(?:\w+['’]?s\s+)?{_MEDS}\s+(?:out\s+(?:of\s+)?|from\s+)"
     r"(?:the|her|his|my|their|our|\w+['’]s)\s+(?:\w+\s+)?(?:cupboard|cabinet|drawer|box|bag|dosette|bathroom|kitchen)\b", SUICIDAL, 0.6),
    (r"\b(?:waiting|wait|waited)\s+(?:(?:un)?til|till|til|for)\s+(?:everyone|everybody|they|them\s+all|mum|mam|dad|my\s+\w+|the\s+(?:house|others|kids))"
     r"(?:['’]?s|['’]re|['’]ve|\s+(?:is|are|has|have|to))?\s+(?:gone\s+to\s+|go\s+to\s+|fall\s+|falls\s+|fallen\s+)?(?:asleep|sleep|bed)\b", SUICIDAL, 0.4),
])

# Round thirty-five, from blind sets DM to DR (dev-like mixes, carers, discharge, probation and
# voice notes): main's rules and model caught 86 of 87. Out of the taxi or the car at a bridge
# or a cliff, and not at the end it is taking me to ("I won't get out at the other end, I'll
# get out at the bridge"), or at one "instead".
_GET_OUT = r"(?:get\s+(?:out|off)|jump(?:\s+(?:out|off))?|step\s+(?:out|off)|hop\s+out)"
_I_WILL = r"(?:I'?ll|ill|I\s+will|I'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|I'?d(?:\s+(?:rather|sooner))?)"
_CUES += _cues([
    (r"\b(?:won'?t|will\s+not|never)\s+(?:be\s+)?(?:get(?:ting)?\s+(?:out|off)\s+at\s+the\s+other\s+end|get(?:ting)?\s+(?:there|that\s+far)|arriv\w+|mak\w+\s+it\s+(?:there|that\s+far))\b"
     rf"[^.!?\n]{{0,40}}?\b{_I_WILL}\s+{_GET_OUT}\s+(?:at|on|by|off)\s+(?:the|a)\s+(?:[\w-]+\s+)?{_HIGH_PLACE}\b"
     rf"|\b{_I_WILL}\s+{_GET_OUT}\s+(?:at|on|by|off)\s+(?:the|a)\s+(?:[\w-]+\s+)?{_HIGH_PLACE}\s+(?:instead|than|rather\s+than|before\s+(?:I|we|it|they)\s+(?:get|gets|arrive))\b", SUICIDAL, 1.0),
])

# Round thirty-nine, from blind sets DY to ED and EE to EH: main's rules and model caught 85 of
# 86 and 57 of 57. A lender's or dealer's threat to break bones told in the present for the
# future ("if I don't have it by Friday he's breaking my legs"), as "he'll break" is read
# above; not someone rushing ("she's breaking her neck to get there").
_CUES += _cues([
    (rf"\b(?:he|she|they|dad|mum)\s*(?:'s|\s+is|'re|\s+are)\s+(?:breaking|smashing|snapping|busting|caving\s+in|kicking\s+in)\s+(?:my|your|her|his|our)\s+(?:\w+(?:'s)?\s+)?{_LIMB}\b"
     r"(?!\s+(?:to|trying|getting|rushing|running)\b)", ABUSE, 1.0),
])

# Nineteenth session: two kinds the model alone had caught, and lost when it was rebuilt with
# EI to EN and EO to ET. A partner or ex named as the one who will kill or hurt the teller
# (the pronoun is read above: "he'll kill me"), unless the idioms below take it back ("my
# husband will kill me when he sees I bought a coat lol"); "would" is left to the model ("my
# fella would kill me if he saw what I spent"). And "I'm not going on" with nothing after it
# to go on to: a trip or a course is named ("not going on the trip").
_PARTNER = r"(?:boyfriend|bf|girlfriend|gf|partner|husband|hubby|wife|fella|ex|ex-?partner|ex-?husband)"
_CUES += _cues([
    (rf"\b(?:my|her|his|the)\s+{_PARTNER}(?:'ll|\s+will|\s+is\s+going\s+to|'s\s+going\s+to|\s+is\s+gonna|'s\s+gonna|\s+said\s+(?:he|she)(?:'ll|\s+will))\s+"
     r"(?:kill|hurt|batter|stab)\s+(?:me|us)\b", ABUSE, 1.0),
    # Fear of an illegal lender ("scared when the loan shark comes round"), and a partner who
    # answers for the teller where they cannot speak (0.6 each: both together are enough).
    (r"\b(?:scared|afraid|frightened|terrified|petrified|dread\w*|panic\w*)\s+(?:when|of|that|cos|because)\b[^.!?\n]{0,50}?\bloan\s+shark", EXPLOITATION, 1.0),
    (r"\b(?:he|she|they)\s+(?:always\s+|just\s+)?answers\s+for\s+me\b", COERCIVE, 0.6),
    (r"\b(?:can'?t|cant|cannot)\s+(?:say|speak|tell\s+them)\s+(?:anything|owt|a\s+word|the\s+truth)\s+(?:with|when|while)\s+(?:him|her|them|he'?s|she'?s|hes|shes)\s+(?:there|around|in\s+the\s+room|present|sat\s+there)\b", COERCIVE, 0.6),
    (r"\b(?:I'?m|im|I\s+am)\s+not\s+(?:going|gonna)\s+(?:to\s+(?:go|carry)\s+)?on\b(?=\s*(?:$|[.!?;]|lol\b|x+\b|anymore\b|any\s+more\b|without\b|like\s+this\b|much\s+longer\b))", SUICIDAL, 1.0),
])

# A child's age and an adult's are often told sentences apart ("Chloe (13). Since Oct she's
# been talking about a 'boyfriend' who is 19"; "hes 23 ... im 14"): matched on the whole text.
_ACROSS_SENTENCES: list[Cue] = _cues([
    # "...the old railway bridge... want to walk it one last time tonight."
    (r"\b(?:bridge|viaduct|cliffs?|pier|railway|tracks|multi-?storey)\b[^\n]{0,120}?\bone\s+last\s+time\b", SUICIDAL, 1.0),
    (r"\((?:1[0-7])\)[^\n]{0,160}?\b(?:boyfriend|girlfriend|bf|gf)\b[^.!?\n]{0,40}\b(?:1[89]|[2-9]\d)\b(?!\s*(?:%|pounds|quid|minutes|miles))", EXPLOITATION, 1.0),
    (r"\b(?:he'?s|hes|he\s+is)\s+(?:1[89]|[2-5]\d)\b[^\n]{0,200}?\b(?:I'?m|im|I\s+am)\s+(?:only\s+)?(?:1[0-5])\b", EXPLOITATION, 1.0),    # "he locks the door and takes the key. I cannot go out": kept in, told a sentence apart.
    (r"\blocks?\s+(?:the|my|our|me\s+in\s+the)\s+(?:front\s+)?door\s+and\s+(?:takes|took|keeps|has)\s+(?:the|my|all\s+the)\s+keys?\b"
     r"[^\n]{0,40}?\b(?:can'?t|cannot|can\s+not|not\s+able\s+to|not\s+allowed\s+to)\s+(?:get|go)\s+out\b", ABUSE, 1.0),
])
_ANY_CUE = AnyOf([pattern for pattern, _, _ in _CUES + _ACROSS_SENTENCES])

_NEGATION = re.compile(
    r"\b(?:not|never|no|n't|dont|didnt|wont|wouldnt|havent|isnt|nothing|without|nobody|none|"
    r"no\s+longer|stopped|stop|denies|denied|denying|(?<!\bno\s)less)\b|n't\b",
    re.IGNORECASE,
)
# Ages in words, for "from about fourteen to twenty".
_AGE_WORD = r"(?:eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# Years before this one, for "in 2021": computed so the list never goes stale.
_PAST_YEARS = "|".join(str(year) for year in range(2000, dt.date.today().year))
# Markers that the harm is over.
_PAST = re.compile(
    r"\bused\s+to\b|\b(?:years?|months?|weeks?|summers?|winters?|springs?|autumns?|christmases)\s+(?:ago|back)\b|\bback\s+in\b(?!\s*(?:[.!?,;:)]|$)|\s+(?:and|to|through|again|with|then|quick(?:ly)?|here|there)\b)|\bwhen\s+I\s+was\b|"
    r"\b(?:case|enquiry|inquiry|investigation|s42|referral)\s+(?:is\s+|was\s+|has\s+been\s+|now\s+)*closed\b|\bclosed\s+(?:the|his|her|their|our|my)\s+(?:s42|section\s+42|case|enquiry|referral)\b|"
    # Round thirty-seven: a worry on the record closed ("the county lines concerns about Reece
    # from last year are closed").
    r"\b(?:concerns?|worries)\s+(?:(?:about|around|re|regarding|for|over)\s+(?:[\w'’-]+\s+){1,8}?)?(?:are\s+|is\s+|were\s+|was\s+|have\s+been\s+|has\s+been\s+|now\s+)+(?:all\s+)?closed\b|"
    # Harm in the country left behind: "In my country the militia beat me".
    r"\b(?:in|back\s+in)\s+my\s+(?:home\s+)?country\b|\bbefore\s+I\s+(?:came|fled|escaped|got)\s+(?:here|to\s+(?:the\s+UK|england|britain|scotland|wales|ireland|this\s+country))\b|"
    # Ages a habit ran between: "from about 13 to 16".
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|age\s+|the\s+age\s+of\s+)?(?:[89]|1\d)\s+(?:to|till|until|-|–)\s+(?:about\s+|around\s+)?(?:1\d|2[0-5])\b"
    r"(?!\s*(?:%|pounds|quid|minutes|mins|hours|hrs|miles|times|per|o'?clock|am|pm|:|\.\d))|\bbetween\s+the\s+ages\s+of\b|"
    # The same in words: "from about fourteen to twenty".
    rf"\bfrom\s+(?:about\s+|around\s+|roughly\s+|age\s+|the\s+age\s+of\s+)?{_AGE_WORD}\s+(?:to|till|until)\s+(?:about\s+|around\s+)?(?:{_AGE_WORD}|twenty(?:[\s-]\w+)?)\b"
    r"(?!\s+(?:pounds|quid|minutes|mins|hours|miles|times|past|o'?clock))|"
    # A record's past: "referred 2022 following self-harm", "nil since"; a child's time inside:
    # "when our Liam was in HMP Risley"; the season after a loss: "the winter after Carla left".
    rf"\b(?:referred|admitted|discharged|diagnosed|sectioned|known\s+to\s+(?:us|services|the\s+team))\s+(?:in\s+|back\s+in\s+)?(?:19\d\d|{_PAST_YEARS})\b|\bnil\s+(?:since|for\s+(?:over\s+|the\s+(?:last|past)\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:yrs?|years?|months?|mths?))\b|\bnone\s+since\s+(?:then|that)\b|"
    r"\bwhen\s+(?:our|my|his|her|their)\s+\w+\s+(?:was|were)\s+(?:in\s+(?:prison|jail|HMP|HMYOI|care|hospital|the\s+army|foster\s+care|custody|rehab|secure)|"
    r"inside|on\s+remand|little|young|small|a\s+(?:baby|toddler|kid|child|teenager)|at\s+(?:school|primary|uni|college))\b|\bthe\s+(?:winter|summer|spring|autumn|year|christmas)\s+(?:after|before)\s+(?!next\b|this\b)|"
    # A time before an event told as past ("the week before her decision came I was frightened"),
    # and a record's history ("Hx: assault 2014, self-harm in custody 2017").
    r"\bthe\s+(?:week|month|day|night|morning|evening|weekend|fortnight)\s+before\s+(?:[\w']+\s+){1,3}?(?:came|arrived|happened|started|ended|finished|went|was\s+(?:due|held|heard|made))\b|\b(?:hx|pmh|history|background)\s*:|\bno\s+further\s+(?:action|concerns?)\b|\bNFA\b|"
    # "Before, the man keep my passport... Now I have my passport back... I am free now."
    r"(?:^|[:–]\s*)\W*before\s*,|\b(?:got|was|were)\s+\w+\s+(?:in|over)\s+the\s+(?:summer|spring|autumn|winter|holidays)\b|"
    # "we'd been attacked outside our last place": harm told in the past perfect.
    r"\b(?:I|we|he|she|they|who)\s*(?:'d|had)\s+been\s+(?:attacked|assaulted|beaten(?:\s+up)?|mugged|robbed|stabbed|"
    r"threatened|abused|raped|hurt|hit|kicked|exploited|groomed|cuckooed|trafficked)\b|"
    # "last winter", but not "since last year" (still going on) nor "last night" (see _CURRENT).
    r"(?<!since\s)\blast\s+(?:year|winter|summer|spring|autumn|christmas|easter|january|february|march|april|june|july|august|september|october|november|december)\b|"
    r"\bI\s+was\s+\w+\s+(?:at|aged)\s+(?:[1-9]|1[0-7])\b(?!\s*(?:am|pm|o'?clock|:|\.\d|last|this|tonight))|\b(?:got|was\s+given|sentenced\s+to|serving)\s+\d+\s+years\b|"
    r"\b(?:years?|months?)\s+(?:self[\s-]?harm|sh|drink|drug|alcohol)[\s-]?free\b|\byear\s+before\s+last\b|"
    r"\bno\s+longer\b(?!\s+(?:has|have|had|got|gets|owns|lets?|allowed|able))|\bnot\s+any\s?more\b|\b(?:don'?t|do\s+not|no\s+longer)\s+(?:believe|think|feel)\s+(?:that|it|this|like\s+that|that\s+way)\s+any\s?more\b|\bhaven'?t\s+(?!eaten\b|had\s+(?:anything|any\s+food|food|a\s+meal)\b|slept\b)(?:\w+\s+){0,2}(?:for|since|in)\b|"
    r"\b(?:been|felt|feel|I'?m|am|stayed|kept)\s+(?:fine|well|ok|okay|good|safe|clean|better|alright)\s+"
    r"(?:for|since|now)\b|\bover\s+now\b|\bthat\s+was\s+(?:\w+\s+){0,3}(?:ago|then)\b|\bas\s+a\s+(?:kid|child|teenager)\b|"
    # A young person's age when the worker met them: "she was fourteen when we first met".
    rf"\b(?:was|were)\s+(?:only\s+|just\s+|barely\s+)?(?:1[0-7]|[89]|{_AGE_WORD})\s+when\s+(?:I|we)\s+(?:first\s+)?(?:met|started\s+(?:working\s+with|seeing|supporting)|took\s+(?:him|her|them)\s+on|got\s+(?:his|her|their)\s+(?:case|referral))\b|"
    r"\bwhen\s+I\s+tried\b|\bwhen\s+(?:he|she)\s+was\b|\bsince\s+(?:19\d\d|20\d\d)\b|\bsince\s+then\b(?!\s+(?:her|his|their|my|the)\b)(?!\s+(?:he|she|they|it)(?:'s|'ve|\s+has|\s+have)\s+(?:lost|stopped|got\s+(?:worse|thinner)|gone\s+downhill|been\s+getting\s+worse)\b)|"
    rf"\bin\s+(?:19\d\d|{_PAST_YEARS})\b|"
    # Round thirty: a case told when it is over ("by the time it came out he'd been moved up and
    # down the county lines"), and what someone else went through "himself once" (a peer who'd stood on a bridge).
    r"\bby\s+the\s+time\s+(?:it|this|that|anyone|anybody|we|I|they|he|she|the\s+\w+|(?:his|her|their|my)\s+\w+)\s+(?:came\s+out|came\s+to\s+light|was\s+found|got\s+found|found\s+out|"
    r"realised|realized|noticed|caught\s+on|twigged|clocked|picked\s+(?:it\s+)?up\s+on|worked\s+(?:it\s+)?out)\b|"
    r"\b(?:him|her|them|your)sel(?:f|ves)\s+once\b|"
    rf"\b(?:in|during|over|that|by|until|till)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:winter|summer|spring|autumn|christmas|easter|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?(?:19\d\d|{_PAST_YEARS})\b|"
    r"\bhistoric(?:al)?\b|\b(?:19|20)\d0s\b|\bno\s+current\s+(?:concerns?|risks?)\b|\bas\s+a\s+teenager\b|"
    r"\b(?:those\s+days|that'?s|it'?s)\s+(?:are\s+|is\s+)?(?:well\s+|long\s+|all\s+|way\s+)?(?:behind\s+me|in\s+the\s+past)\b|\b\d+\s+(?:years?|months?)\s+clean\b|"
    r"\bin\s+my\s+(?:teens|twenties|thirties|forties|youth|childhood|school\s+days)\b|\b(?:over|more\s+than)\s+a\s+decade\b|"
    r"\b(?:it'?s|it\s+has|it\s+was)\s+been\s+(?:over\s+|more\s+than\s+)?(?:a\s+decade|years|ages|\d+\s+years)\b|"
    r"\ba\s+(?:long[\s,]+)+time\s+ago\b|\bthere\s+was\s+a\s+time\b|^\W*before\s+(?:I|we)\s+(?:had|was|were|lived|came)\b|"
    r"\b(?:divorced|separated)\s+(?:for\s+)?(?:\w+\s+)?(?:years?|months?)\b|\b(?:years?|months?)\s+(?:today\s+)?since\s+I\s+last\b|\bwhen\s+I\s+was\s+(?:little|young|a\s+kid|a\s+child|at\s+school)\b|\b(?:he|she)\s+died\b|"
    rf"\b(?:that|this|it)\s+was\s+(?:back\s+)?(?:in\s+)?(?:19\d\d|{_PAST_YEARS})\b|\b(?:he|she)\s+(?:passed\s+away|has\s+passed|'s\s+passed)\b",
    re.IGNORECASE,
)
# "in the past" dates only what it stands next to: "I've cut in the past", but not the cue
# in "...no food in the fridge, Darren has been good to me in the past".
_PAST_NEAR = re.compile(r"\bin\s+the\s+past\b", re.IGNORECASE)
# "before, 2019, me alone ... me want die": a sentence told as "before" is past in every clause.
_BEFORE_NOW = re.compile(r"(?:^|[:–]\s*)\W*before\s*,", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|from)\s+$", re.IGNORECASE)
_NEAR = 20  # characters between the cue and the marker
# A habit told as over: "used to", or the ages it ran between ("from about fourteen to twenty").
_USED_TO = re.compile(
    rf"\bused\s+to\b|\bbetween\s+the\s+ages\s+of\b|\bfrom\s+(?:about\s+|around\s+|roughly\s+|age\s+|the\s+age\s+of\s+)?(?:[89]|1\d|{_AGE_WORD})\s+(?:to|till|until|-|–)\s+"
    rf"(?:about\s+|around\s+)?(?:1\d|2[0-5]|{_AGE_WORD}|twenty(?:[\s-]\w+)?)\b(?!\s*(?:%|pounds|quid|minutes|mins|hours|hrs|miles|times|per|past|o'?clock|am|pm|:|\.\d))",
    re.IGNORECASE,
)
# "It's been eleven years since I last hurt myself": the marker holds the cue itself, so a
# "still" elsewhere in the sentence ("people's reactions still get to me") does not undo it.
# Round thirty-nine: with the season or day it falls on ("six years this spring since I last...").
_SINCE_LAST = re.compile(
    r"\b(?:years?|months?|decades?|ages|a\s+long\s+time)\s+(?:now\s+|today\s+|(?:this|next|on)\s+(?:spring|summer|autumn|winter|christmas|easter|month|week|\w+day)\s+)?since\s+(?:(?:I|he|she|they|we)\s+(?:last\s+|ever\s+)?|(?:(?:my|his|her|their|the)\s+)?(?:last|any)\s+)$", re.IGNORECASE
)
# "every night for years" is how long a habit went on, not a sign it goes on now, unless the
# sentence is in the present or present perfect ("he's hit me every night for years").
_FOR_YEARS = re.compile(
    r"\s+for\s+(?:(?:many|several|so\s+many|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+)?(?:years|decades)\b",
    re.IGNORECASE,
)
_WAS_EVERY = re.compile(r"\b(?:was|were)\s+(?:[\w']+\s+){1,3}$", re.IGNORECASE)


def _past_every(plain: str, every: re.Match[str], marks: list[tuple[int, int]]) -> bool:
    """Return True when "every day" follows "was/were ..." in a sentence dated in the past that says nothing else of now."""
    if not marks or not _WAS_EVERY.search(plain, 0, every.start()):
        return False
    rest = plain[: every.start()] + " " * (every.end() - every.start()) + plain[every.end() :]
    return not _PRESENT.search(rest) and not _CURRENT.search(rest)


_EVERY_FOR_YEARS = re.compile(rf"\bevery\s+(?:single\s+)?\w+{_FOR_YEARS.pattern}", re.IGNORECASE)
_STILL_SO = re.compile(r"\b(?:has|have|hasn'?t|haven'?t|is|are|am)\b|'ve\b|'m\b|\b(?:he|she|it|they)'s\b", re.IGNORECASE)
# The one who did it has died, said after the harm in the same sentence: "he hit me for
# years, he died in 2015". Harm told in the present ("hits") is not dated by it.
_DEAD = re.compile(
    r"\b(?:he|she)\s*(?:died|passed\s+away|passed\s+on|has\s+died|has\s+passed|'s\s+passed)\b",
    re.IGNORECASE,
)
_HARM_NOW_RE = re.compile(rf"\b{_HARM_NOW}\b", re.IGNORECASE)
# Round forty-two: ...or told opening one of the next two sentences and dated there ("My first
# husband beat me for nine years. ... He died in 2011 and I married again").
_DEAD_OPENING = re.compile(r"\s*(?:and\s+|but\s+)?(?:he|she)\s*(?:died|passed\s+away|passed\s+on|has\s+died|has\s+passed|'s\s+passed)\b", re.IGNORECASE)
# Round forty-two: a worker's list of the shift's jobs ("Tonight: a care home wanting someone
# out, a foster placement breakdown and a man whose carer never turned up") names kinds of
# case; its weak cues do not add up across the items.
_SHIFT_LIST = re.compile(
    r"\s*(?:tonight|today|this\s+(?:shift|morning|afternoon|evening|week)|last\s+night|so\s+far(?:\s+tonight|\s+today)?|on\s+shift|calls?|jobs?|visits?|referrals?|caseload|the\s+list)\s*[:–-]\s*"
    r"(?:an?|one|two|three|four|five|the|some)\s+[^.!?\n,]+,\s*(?:an?|one|two|three|four|five|the|some)\s+[^.!?\n]*(?:,|\band\b)\s*(?:an?|one|two|three|four|five|the|some)\s+",
    re.IGNORECASE,
)
# Round thirty-three: a thought told in the past "then", just after a sentence dated in the
# past ("Two winters ago I was in a bad way... I did think about ending it then, I won't lie."),
# with nothing after it that speaks of now or of the thoughts going on.
_BACK_THEN = re.compile(r"\b(?:back\s+then|at\s+the\s+time(?!\s+of\b)|in\s+those\s+days|then(?=\s*(?:[,.;!?—–]|$)))", re.IGNORECASE)
_PAST_THOUGHT = re.compile(r"\b(?:did|was|were|had|thought|considered|wanted|felt|planned|tried)\b", re.IGNORECASE)
_ONGOING = re.compile(
    r"\b(?:still|sometimes|often|most\s+(?:days|nights)|some\s+(?:days|nights)|now\s+and\s+(?:then|again)|on\s+and\s+off|again|comes?\s+back|came\s+back)\b",
    re.IGNORECASE,
)

# Markers that it is happening now; they override past markers. Round thirty-nine: not what a
# record or file still says ("her record still says 'high risk' from an overdose at fifteen").
_CURRENT = re.compile(
    r"\bagain\b|(?<!\brecord\s)(?<!\brecords\s)(?<!\bfile\s)(?<!\bnotes\s)(?<!\bsystem\s)(?<!\bletter\s)(?<!\breferral\s)\bstill\b(?!\s+(?:hurts|aches|hurt|ache|throbs|stings|has\s+(?:the\s+|a\s+)?scars?|have\s+(?:the\s+|a\s+)?scars?|got\s+(?:the\s+|a\s+)?scars?)\b(?!\s+(?:me|us|him|her|them|my)\b))|\blately\b|\brecently\b|\blast\s+(?:night|week)\b|\byesterday\b|\bsince\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    r"\bthis\s+(?:morning|week|evening|afternoon)\b|\btonight\b|(?<!years\s)(?<!months\s)(?<!free\s)\btoday\b|\bat\s+the\s+moment\b|"
    r"\bright\s+now\b|\bkeep(?:s)?\s+(?:thinking|wanting|feeling)\b|\bevery\s+(?:day|night|time)\b|"
    r"\bstarted\b|\bbeen\s+thinking\b|\bthese\s+days\b|\bcurrently\b|\bnowadays\b|"
    r"\b(?:an?|\d+|a\s+few|a\s+couple\s+of|ten|twenty)\s+(?:minutes?|hours?)\s+ago\b",
    re.IGNORECASE,
)
# A laugh or a "joking" that follows a threat makes it banter; it may come a sentence later ("...! Ha.").
# Told with a smile, in a note's words: "said with a big grin".
_GRIN = r"(?:\bwith\s+a\s+(?:big\s+|huge\s+|cheeky\s+|wry\s+|broad\s+)?(?:grin|smile|wink|laugh)\b|\b(?:grinning|winking)\b)"
_LAUGH = r"(?:😂|🤣|😅|😆|💀|☠️?|\blol\b|\blmao\b|\bhaha\w*|\bha\b|\bjk\b|\b(?:only\s+)?joking\b|\bkidding\b)"
# Ringing someone "one more time" who'll "kill me" for it: the one rung is the one who says it.
_YET_AGAIN = r"(?:one\s+more\s+time|once\s+more|again)\b"
_WILL = r"(?:'ll|\s+will|'d|\s+would|'s\s+(?:gonna|going\s+to)|\s+is\s+(?:gonna|going\s+to))\s"
# Round thirty-three: a threat said to be a joke ("my manager joked that..."), for a condition
# that is no telling, leaving, reporting, seeing, going out or spending (how a threat that
# controls is put), nor a refusal to pay, hand over, come home or do what they say.
_JOKED = r"\b(?:joked|jokes|joking|jokingly|kidded|teased|teases|teasing)\b"
_NO_CONTROL = (
    r"(?!(?:\w+\s+){0,2}?(?:tell|telling|told|talk|talking|speak|say|leave|leaving|left|report|ring|call|phone|grass|snitch|see|seeing|saw|"
    r"text|message|answer|go\s+to\s+the\s+police|get\s+help|look|looking|go\s+out|went\s+out|spend|spent|wear)\b)"
)
_NO_REFUSAL = (
    r"(?!(?:don'?t|dont|do\s+not|didn'?t|didnt|did\s+not|won'?t|wont|refuse\w*)\s+(?:do\s+what|pay|give|hand|come\s+(?:back|home)|"
    r"go\s+(?:back|home)|sleep\s+with|have\s+sex|drop|deliver|sell|hold|move|stay|get\s+(?:back|home|rid))\b)"
)
_KILL_ME = r"(?:kill|murder|strangle|throttle)\s+(?:me|us)\b"
# "she'd", "he'll" typed without the apostrophe: "shed strangle me if...".
_SHE_WOULD = r"(?:(?:he|she|they|\w+)(?:'d|'ll|\s+would|\s+will|(?:'s|\s+is)\s+(?:going\s+to|gonna))|shed|hed|theyd|shell|hell|theyll)"
# Idioms that look like risk but are not ("my back is killing me", "I could kill him").
# Nothing after a complaint's aim of what is still going on ("...she's still on that ward").
_STILL_GOING_ON = r"(?![^.!?\n]*\b(?:still|but|though|although|keeps?|every\s+(?:day|night)|right\s+now|at\s+the\s+moment|currently)\b)"
_IDIOM = re.compile(
    r"\b(?:gonna|going\s+to|will|'ll|ill|could|would|'d)\s+(?:kill|murder|strangle|throttle)\s+(?:(?:my|her|his|their|our)\s+)?(?:brother|sister|bro|sis|mum|mam|dad|husband|wife|fella|kids?|son|daughter|him|her)\b"
    rf"(?=[^.!?\n]{{0,80}}(?:\bate\b|\beaten\b|\bnicked\b|\bfor\s+(?:eating|taking|using|borrowing|breaking|losing|nicking|forgetting|spilling|hiding|moving|pinching)\b"
    # Round thirty-nine: ...or over a thing mislaid: "I'll kill her when I find it / my charger".
    r"|\bwhen\s+I\s+find\s+(?:it|(?:my|the|our)\s+(?:car\s+|house\s+|front\s+door\s+)?(?:keys|remote|glasses|specs|phone|charger|purse|wallet|slippers|paper|pen|biscuits|chocolate))\b(?!\s+(?:with|and|at|in)\b))"
    rf"|[^\n]{{0,80}}?(?:{_LAUGH}|😤|🙄|🤦|😩|😒|{_GRIN}))|"
    r"\b(?:basically|literally|practically|pure|proper|like)\s+(?:modern\s+slavery|slave\s+labou?r|torture|abuse|a\s+prison|suicide\s+watch)\b|"
    # Said and taken back: "it's modern slavery in there 🙄 ok it's not".
    r"\b(?:modern\s+slavery|slave\s+labou?r|slavery)\b(?=[^\n]{0,30}?(?:🙄|😂|🤣|😅|\blol\b|\blmao\b|\bhaha|\b(?:ok|okay|alright|well)\s+(?:it'?s|it\s+is|that'?s)\s+not\b|\bnot\s+really\b))|"
    # "he'll kill me if I'm late again 😂" said the other way round, and "he's a dead man for nicking my pen, ha".
    # Whatever the ordinary thing done ("if I log one more unplanned contact she'll kill me, ha"),
    # so long as it is not telling, leaving, reporting or seeing someone, which is how a threat that controls is put.
    rf"\bif\s+(?:I|I'?m|im|you|you'?re|we|we'?re)\s+(?!(?:\w+\s+){{0,2}}?(?:(?:tell|telling|told|talk|speak|say|leave|leaving|report|grass|snitch|see|seeing|answer|go\s+to\s+the\s+police|get\s+help)\b|"
    # Round thirty-one: but ringing the one who says it yet again is no telling: "if i ring him
    # one more time at 2am about my ex he'll strangle me 😂" (ringing her, and he'd kill me, still is).
    rf"(?:ring|call|phone|text|message)\b(?!\s+him\s+{_YET_AGAIN}[^.!?\n]{{0,40}}?\bhe{_WILL})(?!\s+her\s+{_YET_AGAIN}[^.!?\n]{{0,40}}?\bshe{_WILL})(?!\s+them\s+{_YET_AGAIN}[^.!?\n]{{0,40}}?\bthey{_WILL})))"
    r"(?!(?:don'?t|do\s+not|didn'?t|won'?t|refuse\w*)\s+(?:do\s+what|pay|give|hand|come\s+(?:back|home)|go\s+back|sleep\s+with|have\s+sex|drop|deliver|sell|hold|move)\b)"
    rf"[^.!?\n]{{0,50}}?\b(?:kill|murder|strangle|throttle)\s+(?:me|us|you)\b(?=[^\n]{{0,40}}?{_LAUGH})|"
    # Round thirty: "she's gonna kill me herself if I breach my licence again 😂", the same the other way round.
    r"\b(?:gonna|going\s+to|will|'ll|would|'d)\s+(?:kill|murder|strangle|throttle)\s+(?:me|us)\s+(?:(?:her|him|them|my|our)sel(?:f|ves)\s+)?if\s+(?:I|I'?m|we|we'?re)\s+"
    r"(?!(?:\w+\s+){0,2}?(?:tell|telling|told|talk|speak|say|leave|leaving|report|ring|call|phone|grass|snitch|see|seeing|text|message|answer|go\s+to\s+the\s+police|get\s+help)\b)"
    # Round thirty-three: nor for refusing to hand over, pay or come home ("he'd kill me if I
    # didn't give him my wages lol").
    rf"{_NO_REFUSAL}[^.!?\n]{{0,50}}?(?={_LAUGH})|"
    # Round thirty-three: the same typed without the apostrophe ("my mam said shed strangle me if
    # i didnt go to the interview lol"), not for refusing to pay, hand over or come home.
    rf"\b(?:shed|hed|theyd|shell|hell|theyll)\s+{_KILL_ME}\s+(?:(?:her|him|them|my|our)sel(?:f|ves)\s+)?if\s+(?:I|I'?m|im|we|we'?re)\s+{_NO_CONTROL}{_NO_REFUSAL}"
    rf"[^.!?\n]{{0,50}}?(?={_LAUGH})|"
    # ...and said to be a joke before it: "my manager joked that if I do one more late visit she'll
    # strangle me herself", "Dad jokes he'd throttle me if I beat him at darts".
    rf"{_JOKED}\s+(?:that\s+)?(?:\w+\s+){{0,3}}?if\s+(?:I|I'?m|im|we|we'?re)\s+{_NO_CONTROL}{_NO_REFUSAL}[^.!?\n]{{0,60}}?\b{_KILL_ME}|"
    rf"{_JOKED}\s+(?:that\s+)?(?:\w+\s+){{0,2}}?\b{_SHE_WOULD}\s+{_KILL_ME}\s+(?:(?:her|him|them|my|our)sel(?:f|ves)\s+)?if\s+(?:I|I'?m|im|we|we'?re)\s+{_NO_CONTROL}{_NO_REFUSAL}|"
    # Round thirty-three: a phone or a laptop "launched into the canal" in exasperation, told with
    # a laugh or a roll of the eyes: the teller's own thing, not themself, and not got rid of so
    # someone cannot track them.
    r"\b(?:I'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|I\s+am\s+(?:going\s+to|gonna)|I'?ll|I\s+will)\s+(?:\w+\s+)?"
    r"(?:launch|throw|lob|chuck|hurl|fling|smash|drop-?kick|yeet|boot)\s+(?:my|the|this|that)\s+(?:\w+\s+)?"
    r"(?:phone|mobile|laptop|computer|pc|printer|tablet|ipad|telly|tv|remote|router|keyboard|mouse|headset|kindle|alarm\s+clock|monitor|xbox|playstation|controller)\b"
    rf"(?![^.!?\n]*\bso\s+(?:that\s+)?(?:he|she|they|nobody|no\s*one|no-one|them|him|her)\b)(?=[^\n]{{0,80}}?(?:{_LAUGH}|🙄|😤|🤦|😩|😒))|"
    rf"\b(?:he'?s|he\s+is|she'?s|she\s+is|you'?re|you\s+are|they'?re|I'?m)\s+(?:a\s+)?dead\s+(?:man|woman|meat|men)\b(?=[^\n]{{0,60}}?(?:{_LAUGH}|\bfor\s+(?:nicking|eating|taking|pinching|stealing|using|borrowing|breaking|losing|forgetting)\b))|"
    # Fed up with a thing, not with life: "I don't want to go on like this with the repairs".
    r"\b(?:don'?t|do\s+not)\s+want\s+to\s+(?:go\s+on|carry\s+on|live|be\s+here)\s+like\s+this\s+with\s+(?:the|this|my|our)\s+(?!life\b|lives\b|head\b|mind\b)|"
    # Grounded: a parent who has taken the keys for a night, told with a laugh or a roll of the
    # eyes, or called grounding; a partner who takes them to keep someone in is not this.
    r"\b(?:mum|mam|mom|dad|parents|my\s+(?:mum|mam|mom|dad|parents|folks|old\s+(?:man|lady|dear))|step-?(?:mum|dad))(?:'s|'ve|\s+has|\s+have)?\s+"
    r"(?:took|taken|takes|confiscated|hid|hidden|nicked|locked\s+away)\s+my\s+(?:\w+\s+)?keys?\b"
    rf"(?=[^\n]{{0,120}}?(?:\bgrounded\b|{_LAUGH}|🙄|😭|\bfor\s+(?:coming|getting|staying|being)\s+(?:home\s+|in\s+|back\s+|out\s+)?(?:so\s+)?late\b|\bcurfew\b|\bpunish\w*))|"
    # A wish about where and how to die when the time comes: "wanted to die in his own bed".
    r"\b(?:want\w*|wish\w*|hop(?:e|es|ed|ing)|prefer\w*|chose|choose|chosen)\s+to\s+die\s+(?:here\s*,?\s*)?(?:at\s+home|in\s+(?:his|her|my|their|your|our)\s+own\s+(?:bed|home|house|room)|with\s+dignity|surrounded\s+by)\b|"
    # A fear of the dentist: "terrified of them" is of dentists, not of a person.
    r"\b(?:dentists?|needles?|injections?|jabs|spiders?|hospitals?|heights|flying|planes?|lifts|crowds|clowns?|wasps?|snakes?|thunder|fireworks|escalators?|the\s+dark|exams?)\b"
    r"[^.!?\n]{0,60}\b(?:scared|afraid|frightened|terrified|petrified)\s+of\s+(?:them|it)\b|"
    r"\bgrab\s+(?:me|us)\s+(?:at|after|before|in|on|when|if|for\s+a)\b|\bkilling\s+me\b|\bcould\s+(?:have\s+)?(?:kill(?:ed)?|murder(?:ed)?|strangle(?:d)?)\b|"
    # Exaggeration: "if I fail this resit I am literally going to die"; taste: "rather be dead than be seen in that".
    r"\bliterally\s+(?:going\s+to|gonna)\s+die\b|\b(?:would|'d)\s+rather\s+(?:die\s+than\b|be\s+dead\s+than\s+(?:be\s+seen|wear|support|vote\s+for|admit|eat)\b)|\bliterally\s+wanted\s+to\s+die\b|\b(?:thought|sure|certain|convinced)\s+(?:I|we)\s+(?:was|were)\s+(?:going\s+to|gonna)\s+die\b|\bif\s+I\s+(?:fail|lose|miss|don'?t\s+(?:pass|get))\b[^.!?\n]{0,40}\b(?:going\s+to|gonna|will|'ll)\s+die\b|"
    r"\bdying\s+(?:to|for|of\s+laughter)\b|\bdie\s+(?:of|from)\s+(?:embarrassment|laughing|shame|boredom|cringe|excitement|jealousy|envy)\b|"
    # The old couple's joke: "I've told him I'm not allowed to die first".
    r"\bnot\s+allowed\s+to\s+(?:die|go|pop\s+(?:my|your|his|her)\s+clogs|kick\s+the\s+bucket)\s+(?:first|before\s+(?:me|him|her|them|you|us))\b|"
    # A dose missed by mistake is no choice to stop: "stopped taking her insulin for a day by mistake".
    r"\b(?:stopped|missed|skipped|forgot|didn'?t\s+take|went\s+without)\b[^.!?\n]{0,50}?\b(?:by\s+mistake|by\s+accident|accidentally|without\s+meaning\s+to)\b|"
    r"\baccidentally\s+(?:stopped|missed|skipped|forgot|went\s+without)\b|"
    # Too much of something that is no drug: "an overdose of forms this year".
    r"\bthe\s+only\s+(?:thing|things|stuff)\s+I\s+(?:\w+\s+){0,2}?overdos\w*\s+on\b|"
    r"\boverdose\s+(?:of|on)\s+(?:forms|paperwork|admin|e-?mails|meetings|letters|sugar|chocolate|christmas|telly|tv|sunshine|fresh\s+air|culture|nostalgia|cheese|"
    r"love|kindness|drama|bureaucracy|red\s+tape|information|jargon|acronyms|questions|appointments|phone\s+calls|cake|sweets|screen\s+time)\b|"
    # A joke after praise: "she's right, don't tell her I said that".
    r"\b(?:right|not\s+wrong|great|brilliant|amazing|sound|ace|alright|a\s+legend|love\s+(?:it|him|her|them))\b"
    r"[^.!?\n]{0,30}?\b(?:don'?t|do\s+not)\s+tell\s+(?:him|her|them)\s+I\s+said\s+(?:that|so|it)\b|"
    # Hit in a sport: "basically get punched in the face by Big Mo for an hour" at the boxing gym.
    r"\b(?:get|gets|got|getting)\s+(?:punched|hit|battered|smacked|thrown|kicked|choked\s+out)\b(?=[^.!?\n]{0,80}?\b(?:gym|boxing|sparring|spar|the\s+ring|kickboxing|judo|karate|jiu|MMA|muay\s+thai|the\s+pads|rugby)\b)|"
    r"\b(?:gym|boxing|sparring|kickboxing|judo|karate|MMA|muay\s+thai|rugby)\b[^.!?\n]{0,80}?\b(?:get|gets|got|getting)\s+(?:punched|hit|battered|smacked|thrown|kicked|choked\s+out)\b|"
    # A carer's fear for the one they care for when they die in the ordinary way: "what happens
    # when I'm not here", "who'll look after him once I'm gone".
    r"\b(?:what(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to)?\s+happens?|who(?:'s|\s+is|'ll|\s+will|\s+would|'d)\s+(?:going\s+to\s+)?(?:look\s+after|care\s+for|know|see\s+to|do\s+\w+\s+for|have|take))\s+"
    r"(?:(?:to\s+)?(?:him|her|them|my\s+\w+|our\s+\w+|\w+)\s+)?(?:when|after|once)\s+I'?m\s+(?:gone|not\s+here|not\s+around|dead|no\s+longer\s+here)\b|"
    # Exasperation at one more of something: "if I put one more tub in her freezer she'll kill me".
    # Not one more penny spent, word said or minute late: that is how a threat that controls is put.
    r"\bone(?<!\bspend\sone)(?<!\bspent\sone)(?<!\btell\sone)(?<!\bsay\sone)(?<!\btext\sone)\s+more\s+(?!(?:word|time|chance|look|step|sound|peep|minute|penny|pound|quid|text|call|message|lie)\b)"
    r"(?:[\w'’]+(?:-[\w'’]+)*\s+){1,7}?(?:and\s+)?(?:he|she|they|you|my\s+\w+|(?-i:[A-Z]\w+))(?:'ll|'s|'re|\s+will|\s+is|\s+are|'d|\s+would)?\s+"
    r"(?:going\s+to\s+|gonna\s+)?(?:kill|murder|strangle|throttle)\s+(?:me|us)\b|"
    # A title quoted: "'Gonna End It All' is the name of my band's first EP", "a song called '...'".
    r"['‘\"“](?<!\w.)[^'’\"”\n]{1,60}['’\"”]\s+(?:is|was|'s|were|are)\s+(?:the\s+|also\s+the\s+|just\s+the\s+)?(?:name|title)\s+of\b|"
    r"\b(?:band|song|track|EP|album|single|film|book|game|podcast|show|play|poem|mixtape|zine)\s+(?:is\s+|was\s+)?(?:called|named|titled)\s+['‘\"“][^'’\"”\n]{1,60}['’\"”]|"
    # The waiting-list joke: "I'll be dead by the time you lot see me". Not "before anyone notices".
    r"\bbe\s+(?:long\s+)?(?:dead|dead\s+and\s+buried|six\s+feet\s+under)\s+(?:by\s+the\s+time|before)\s+"
    r"(?!(?:anyone|anybody|somebody|someone|they|you|people|he|she)\s+(?:\w+\s+)?(?:notice|notices|noticed|care|cares|miss|misses|find|finds|realise|realises)\b)(?:\w+\s+){1,3}?"
    r"(?:see|sees|get|gets|come|comes|send|sends|sort|sorts|fix|fixes|answer|answers|ring|rings|call|calls|arrive|arrives|turn|turns|reply|replies|decide|decides|pick|picks|do|does)\b|"
    # Up in the small hours with a baby or on a night shift: "up with the baby, and at 3am tonight I will be again".
    r"\b(?:up|awake|sat\s+up|feeding|changing|rocking|pacing)\s+(?:\w+\s+){0,2}?(?:with|for)\s+(?:the|my|our|a)\s+(?:baby|babies|newborn|twins|little\s+one|feeds?|nappy|nappies)\b"
    r"[^.!?\n]*?\bat\s+[1-4]\s*(?:am|a\.m\.|in\s+the\s+morning)\b|\bnight\s+(?:feeds?|shifts?)\b[^.!?\n]*?\bat\s+[1-4]\s*(?:am|a\.m\.)|"
    # Round twenty-nine: a pet, a child or a job that "will be the death of me"; a dentist's or a
    # nurse's stop signal ("raise your hand if you need me to stop").
    r"\b(?:will|'ll|is\s+going\s+to|'s\s+going\s+to|gonna|would|'d|could)\s+be\s+the\s+death\s+of\s+(?:me|us|him|her|them)\b|"
    r"\b(?:put|puts|raise|raised|lift|lifted|hold|held|stick)\s+(?:up\s+)?(?:my|your|a|his|her)\s+hand\s+(?:up\s+)?if\s+(?:I|you|he|she|they)\s+(?:wanted|want|wants|needed|need|needs)\s+(?:\w+\s+)?to\s+(?:stop|pause|have\s+a\s+break)\b|"
    # Close to tears or screaming at a day, not a risk: "could cry tbh".
    r"\b(?:could|could\s+(?:just|honestly|actually)|nearly|almost)\s+(?:cry|cried|scream|screamed|weep|wept)\b|"
    # A dog's owner who will not leave her: "none of the hostels take dogs and he won't leave her".
    r"\b(?:dogs?|pets?|cats?|pupp(?:y|ies)|staff(?:y|ie)|lurcher|whippet)\b[^.!?\n]{0,60}?\bwon'?t\s+(?:leave|go\s+without|part\s+with|give\s+up)\s+(?:her|him|them|it)\b|"
    r"\bkill(?:ed|ing)?\s+(?:time|it)\b|\bkill(?:ed|ing|s)?\s+(?:myself|ourselves|himself|herself|themselves)\s+(?:laughing|with\s+laughter)\b|\bkicks?\s+off\s+(?:at|the)\s+\d|"
    r"\bhit\s+(?:me|us)\s+(?:hard|that|how|when|like\s+a)\b|\bit\s+hit\s+me\b|"
    r"\b(?:baby|little\s+one|toddler|bump|newborn)\s+(?:kicks?|kicked|kicking|hits?|bites?|bit|headbutts?)\s+me\b|"
    r"\bpush(?:ing|ed|es)?\s+(?:me|us|them|him|her)\s+(?:too\s+(?:hard|far|much|fast)|towards|forward|on\b|onto|for\b|(?:(?:really|so|very)\s+)?(?:hard\s+)?to\s+(?!the\b|a\b|my\b|his\b|her\b)[a-z]+\b|"
    r"into\s+(?:a|an|the|doing)\s+(?:\w+\s+)?(?:course|job|training|programme|college|apprenticeship|role|career|work|placement))|"
    r"\bkick(?:ed|s|ing)?\s+(?:me|us|him|her)\s+out\b|"
    # A blade handled for an everyday job: "took the blade out of the sharpener to clean it".
    r"\b(?:blades?|razors?)\b[^.!?\n]{0,40}?\bto\s+(?:clean|fix|change|replace|swap|sharpen|mend|unblock|unclog|get\s+the\s+(?:fluff|hair|dust|gunk))\b|"
    # Round thirty-two: a pencil, a crayon or a chisel sharpened is a tool kept, however often
    # ("I sharpen pencils most nights"); a blade got out of the sharpener is still a cue.
    r"\bsharpen(?:s|ed|ing)?\s+(?:(?:my|the|his|her|our|their|your|a|some|all|all\s+(?:my|the|his|her|our|their))\s+)?"
    r"(?:(?:colouring|coloring|drawing|art|sketching|eyeliner|eyebrow|wooden|new|old)\s+)?(?:pencils?|crayons?|chisels?)\b|"
    # ...a refusal to go unless a comfort comes too, said for a laugh: "if he can't have Radio 2
    # he's not going lol"; "not going on", "not going to let me" are no refusal to go anywhere.
    r"\bif\s+(?:(?:the|my|his|her|our|their)\s+)?\w+\s+(?:can'?t|cannot|can\s+not|doesn'?t|don'?t|isn'?t|aren'?t|won'?t)\s+"
    r"(?:have|take|bring|get|come|go|be\s+allowed)\b[^.!?\n]{0,50}?\b(?:he|she|they|I|we|im)(?:'s|'re|'m|\s+is|\s+are|\s+am)?\s+"
    rf"(?:not|won'?t\s+be|ain'?t)\s+(?:going|coming|budging)\s*(?:[,.!]\s*)?(?={_LAUGH})|"
    # ...crime in the area told as such, to nobody named: "there's been a few stabbings in town
    # this year". Not when anyone follows in the sentence ("...and they've told my son he's next").
    r"\b(?:there'?s|theres|there\s+(?:has|have)|there'?ve)\s+been\s+(?:a\s+(?:few|couple(?:\s+of)?|lot\s+of|spate\s+of|load\s+of|number\s+of|run\s+of)|some|several|loads\s+of|lots\s+of|\d+|two|three|four|five|six)\s+"
    r"(?:more\s+)?(?:stabbings|shootings|muggings|robberies|break-?ins|burglaries|assaults|attacks|fights|car\s+thefts)\s+(?:in|round|around|near|on|at)\s+"
    r"(?:(?:the|our|this|that|my)\s+)?(?:town|city|area|estate|village|park|high\s+street|street|road|neighbourhood|precinct|centre|city\s+centre)\b"
    r"(?![^.!?\n]*\b(?:I|me|my|us|our|he|she|him|her|his|they|them|their|you|your)\b)|"
    # ...the teller's own "I'm safe, I'm not going to do anything daft" (22 of the labelled sets'
    # texts say it, none of them a disclosure): that sentence only, so the rest is still read,
    # and not with a "but" after it in the same sentence.
    r"\b(?:I'?m|I\s+am|im)\s+(?:(?:really|honestly|definitely|absolutely)\s+)?(?:not\s+going\s+to|not\s+gonna|never\s+going\s+to)\s+"
    r"do\s+anything\s+(?:daft|stupid|silly|rash|drastic)\b(?![^.!?\n]*\b(?:but|though|although|except|unless|only)\b)|"
    r"\bI\s+(?:won'?t|will\s+not|will\s+never|would\s+never|wouldn'?t)\s+"
    r"do\s+anything\s+(?:daft|stupid|silly|rash|drastic)\b(?![^.!?\n]*\b(?:but|though|although|except|unless|only)\b)|"
    # Round thirty-seven: the same said of someone the teller worries about ("I'm not saying he'd
    # do anything daft", "I don't think she'd do anything stupid"), with no "but" after it unless
    # it asks where to turn ("...but I'd like to know where I could point him if it got worse").
    r"\b(?:(?:I'?m|I\s+am|im)\s+not\s+saying|I\s+(?:don'?t|do\s+not)\s+(?:think|reckon|believe))\s+(?:that\s+)?(?:he|she|they|\w+)"
    r"(?:'d|\s+would|'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+might)\s+"
    r"do\s+anything\s+(?:daft|stupid|silly|rash|drastic)\b"
    r"(?![^.!?\n]*\b(?:but|though|although|except|unless|only)\b(?!\s+(?:I'?d|I\s+would|I|we'?d|we)\s+(?:just\s+|really\s+)?(?:like|want|wanted|need|needed)\s+to\s+know\s+(?:where|who|what|how)\b))|"
    # ...a medicine in short supply, whatever the pharmacy ("the shortage of my ADHD meds, I've
    # been to four pharmacies"), not with a supply gathered or an end after it.
    rf"\b(?:(?:national\s+|global\s+|ongoing\s+)?shortages?|out\s+of\s+stock|supply\s+(?:issues?|problems?))\b(?=[^.!?\n]{{0,80}}?\b(?:{_MEDS}|{_MED_NAMES}|prescriptions?|pharmac(?:y|ies)|chemists?)\b)"
    r"(?![^.!?\n]*\b(?:stockpil\w*|sav(?:e|ed|ing)\s+(?:them|it|up)|the\s+lot|whole\s+(?:box|packet|lot)|tonight|die|dead|end\s+(?:it|things)|overdos\w*)\b)|"
    # ...someone who has not answered a phone for as long as anyone knows, or for a reason given
    # ("hasn't answered a phone since school, the ring floods him"), not since a day or a time lately.
    r"\b(?:hasn'?t|has\s+not|haven'?t|doesn'?t|does\s+not|don'?t|won'?t|never|can'?t|cannot)\s+(?:ever\s+|really\s+)?(?:answer(?:ed|s)?|pick(?:ed|s)?\s+up)\s+"
    r"(?:a|the|any|his|her|my|their)\s+(?:phone|mobile|calls?)\b(?=[^.!?\n]{0,40}?(?:\bsince\s+(?:school|primary|college|(?:he|she|they|I)\s+(?:was|were)\s+(?:a\s+)?(?:kid|child|little|small|young|teenager|at\s+school))\b|"
    r"\b(?:in|for)\s+(?:years|decades)\b|\bthe\s+ring(?:ing)?\s+(?:floods|overwhelms|panics|scares|freaks)|\b(?:phone\s+)?anxiety\b|\bsensory\b|\boverwhelm\w*))|"
    # ...a repair reported to a landlord over and over ("THIRD TIME i have reported the damp in
    # my sons bedroom"), and a complaint's threat to go to the papers or an MP.
    r"\b(?:reported|complained\s+about|rung\s+about|rang\s+about|chased|told\s+them\s+about|logged)\s+(?:the\s+|our\s+|my\s+)?(?:damp|mould|mold|black\s+mould|leaks?|"
    r"condensation|broken\s+(?:boiler|heating|window|door|lock)|boiler|heating|disrepair|repairs?)\b|"
    r"\b(?:ring|call|phone|go\s+to|contact|write\s+to|tell)\s+the\s+(?:papers|press|local\s+paper|local\s+news|echo|ombudsman)\b|"
    # Round thirty-nine (DY to ED, EE to EH): leave given in jest for what to do with the teller
    # "if I ever forget who she is" ("she has my permission to push me off the pier"); a puzzle
    # or a form that "beats me" (it has me beat, no one hits me); a rival who will "murder me in
    # the final" of a game.
    r"\bif\s+I\s+(?:ever\s+)?(?:forget|get\s+(?:like|that|as\s+bad)|end\s+up|start|turn\s+into|go\s+(?:gaga|doolally|senile|soft))\b[^.!?\n]{0,80}?"
    r"\b(?:permission|leave|blessing|say-so)\s+to\s+(?:push|shoot|smother|throw|drown|bump\s+off|put\s+down|finish\s+off|take\s+out)\s+me\b|"
    r"\b(?:permission|leave|blessing|say-so)\s+to\s+(?:push|shoot|smother|throw|drown|bump\s+off|put\s+down|finish\s+off|take\s+out)\s+me\b[^.!?\n]{0,80}?"
    r"\bif\s+I\s+(?:ever\s+)?(?:forget|get\s+(?:like|that|as\s+bad)|end\s+up|start|turn\s+into|go\s+(?:gaga|doolally|senile|soft))\b|"
    r"(?<![\w'’])(?:it|this|that\s+one|what)\s+(?:really\s+|just\s+|still\s+|always\s+)?beats\s+me\b|\bbeats\s+me\s+(?:why|how|what|where|who|when)\b|"
    r"\b(?:journal|form|forms|computer|laptop|app|website|site|system|technology|tech|paperwork|crossword|puzzle|sudoku|maths|spelling|printer|machine|phone|portal)\s+"
    r"(?:(?:that|which|is\s+what|always|still|just|really)\s+)?beats\s+me\b|"
    r"\b(?:murder|kill|destroy|slaughter|batter|thrash|hammer|annihilate)\s+(?:me|us|him|her|them)\s+(?:at|in|on)\s+(?:the\s+|a\s+|our\s+|their\s+|this\s+|next\s+)?"
    r"(?:\w+\s+)?(?:final|finals|semis?|semi-final|pool|darts|snooker|chess|dominoes|cards|quiz|bingo|scrabble|monopoly|tournament|league|rematch|"
    r"fifa|mario\s+kart|bowls|crib|cribbage|rummy|pub\s+quiz)\b|"
    # A secret kept for a surprise ("asked me not to tell her mum about the surprise party"):
    # the model rebuilt with DY to EH read round twenty-four's case as a disclosure.
    r"\bnot\s+(?:to\s+)?(?:say|tell|mention)\s+(?:anything\s+)?(?:to\s+)?(?:(?:her|his|my|their|the|your)\s+)?(?:\w+\s+){0,2}?(?:about|re)\s+(?:the|a|her|his|my|our|their)\s+"
    r"(?:\w+\s+)?surprise\b|"
    # Round thirty-eight (the model rebuilt with DS to DX): help known of for a time ahead, "I've
    # got Amira's number at the wellbeing college if it gets bad again"; hope passed on, "I
    # believe her when she says it gets better"; and a landlord's promise of repairs, "the
    # landlord keeps saying he'll send someone". None with a "but" or a plan after it.
    r"\b(?:I'?ve\s+got|I\s+have|I\s+know|we'?ve\s+got|(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+got)\s+(?:(?:the|a|their|his|her|my|our)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:number|numbers|details|card|helpline|crisis\s+line|safety\s+plan)\b[^.!?\n]{0,60}?\b(?:if|in\s+case|for\s+when|should)\s+(?:it|things|stuff|I|he|she|they)\s+(?:ever\s+)?"
    r"(?:gets?|got|goes|go|starts?\s+to\s+get)\s+(?:bad|worse|too\s+much|dark|rough|hard|bad\s+again|worse\s+again)\b"
    r"(?![^.!?\n]*\b(?:but|though|although|tonight|pills|tablets|rope|bridge|plan\s+to|going\s+to)\b)|"
    r"\b(?:says|said|tells\s+(?:me|us)|told\s+(?:me|us)|promises?|promised|keeps?\s+saying)\s+(?:that\s+)?(?:it|things|life)\s+(?:gets|will\s+get|does\s+get|can\s+get|got|'ll\s+get)\s+better\b"
    r"(?![^.!?\n]*\b(?:but|though|although|don'?t\s+believe|can'?t\s+see)\b)|"
    r"\b(?:landlord|landlady|council|housing\s+(?:association|officer)|letting\s+agents?|agency|managing\s+agents?)\b[^.!?\n]{0,40}?\b(?:keeps?|kept)\s+"
    r"(?:saying|promising|telling\s+(?:me|us))\s+(?:that\s+)?(?:he|she|they|it)(?:'ll|\s+will|'d|\s+would|'s\s+going\s+to|\s+is\s+going\s+to|'re\s+going\s+to)\s+"
    r"(?:send\s+(?:someone|somebody|a\s+\w+|an?\s+engineer|the\s+\w+)|fix|sort|get\s+(?:it|someone|somebody)|come\s+(?:and|to)\s+(?:fix|look|sort))\b"
    r"(?![^.!?\n]*\b(?:(?:me|us)\s+out|threat\w*|heavies|change\s+the\s+locks|evict\w*|chuck|kick|throw|hurt|batter)\b)|"
    # Round thirty-six (the model rebuilt with DM to DR): having had enough of the weather, the
    # roadworks or the queues is a grumble, not despair; not with life, everything or "any
    # more" after it ("had enough of the noise, I can't live like this any more").
    r"\b(?:had|sick|fed\s+up|tired)\s+(?:enough\s+)?of\s+(?:the|this|that|all\s+(?:the|this))\s+(?:\w+\s+)?"
    r"(?:rain|weather|wind|snow|cold|heat|drizzle|fog|ice|roadworks|traffic|queues?|buses|trains|hold\s+music|building\s+work)\b"
    r"(?![^.!?\n]*\b(?:life|living|live|everything|everyone|myself|any\s*more|but|though)\b)|"
    # Round thirty-four: all of one's medicine taken as part of the day ("I take all my tablets
    # every morning with breakfast", "she takes all her meds as prescribed"), not with anything
    # after it of a night, an end or all at once ("...with my tea tonight and not wake up").
    rf"\b(?:take|takes|taking|took|taken)\s+all\s+(?:of\s+)?(?:my|her|his|their|the)\s+(?:\w+\s+)?(?:{_MEDS}|{_MED_NAMES})\b"
    r"(?=[^.!?\n]{0,40}?\b(?:(?:every|each)\s+(?:single\s+)?(?:morning|day|night|evening|lunchtime|teatime)|as\s+prescribed|on\s+time|without\s+fail|"
    r"with\s+(?:my\s+|her\s+|his\s+|their\s+)?(?:breakfast|food|meals?|lunch)|like\s+(?:I'?m|I\s+am|she'?s|he'?s|you'?re)\s+(?:told|supposed\s+to))\b)"
    r"(?![^.!?\n]*\b(?:tonight|at\s+once|in\s+one\s+go|together|wake|die|dead|end|done|gone|overdose|but|though|except|apart\s+from)\b)|"
    # ...and medicine counted against what should be there: a chemist's short supply checked
    # ("counted my tablets, 28 when there should be 56"), not a supply gathered.
    rf"\bcount(?:s|ed|ing)?\s+(?:\w+\s+){{0,3}}?(?:{_MEDS}|capsules|{_MED_NAMES})\b(?=[^.!?\n]{{0,100}}?"
    r"\b(?:(?:should\s+(?:be|have\s+been|have\s+had|have\s+got)|supposed\s+to\s+(?:be|have)|meant\s+to\s+(?:be|have)|instead\s+of)\s+(?:only\s+)?\d+\b|"
    r"short(?:ed|changed)?\b|miscount\w*|wrong\s+(?:amount|number|count)))|"
    # Round thirty-five: a wait for medicine to come from the pharmacy ("sat on the ward waiting
    # for her meds from pharmacy"), and a lift or a bus that "has been and gone" (arrived and left).
    rf"\bwait(?:s|ed|ing)?\s+(?:\w+\s+){{0,3}}?(?:for|on)\s+(?:my|her|his|their|our|the)\s+(?:\w+\s+)?(?:{_MEDS}|prescriptions?|scripts?|TTOs?|take-?home\s+(?:meds|medication))\s+"
    r"(?:from|to\s+come\s+(?:up\s+|down\s+)?from|to\s+be\s+(?:done|dispensed|sorted|made\s+up)\s+(?:by|at))\s+(?:the\s+)?(?:pharmacy|chemist'?s?|dispensary)\b"
    r"(?![^.!?\n]*\b(?:so\s+(?:that\s+)?(?:I|she|he|they)\s+can|then\s+(?:I'?m|that'?s|it'?s)|tonight|the\s+lot|whole|all\s+(?:of\s+)?(?:them|it)|sav\w+|stock\w*|done|end|die|dead)\b)|"
    r"\b(?:has|have|had|'s|'ve)\s+been\s+and\s+gone(?:\s+\w+){0,2}\s*(?=[.!?\n]|$)|"
    # ...the teller staying, said to spare a worry: "don't worry, I'm not going anywhere", or
    # with a reason to stay after it ("I'm not going anywhere - the dog would never forgive me").
    r"\b(?:don'?t|do\s+not|no\s+need\s+to|not\s+to)\s+worry\b[,\s]*(?:(?:love|dear|pet|hun|though|mind)\b[,\s]*)?(?:I'?m|I\s+am|im)\s+not\s+going\s+anywhere\b"
    r"(?![^.!?\n]*\b(?:but|though|although|except|unless|only)\b)|"
    rf"\b(?:I'?m|I\s+am|im)\s+not\s+going\s+anywhere\s*(?:[-–—,;:]|\b(?:because|cos|coz|as)\b)\s*(?:[^.!?\n]{{0,40}}?\bwould\s+never\s+forgive\s+me|"
    rf"(?:I'?ve|I\s+have|I\s+got)\s+(?:got\s+)?(?:my|the|a|too\s+much)\s+(?:\w+\s+){{0,2}}?to\s+(?:see\s+to|look\s+after|feed|water|finish|sort\s+out)|(?:the|my)\s+{_PET}\s+needs?\s+me)\b"
    r"(?![^.!?\n]*\b(?:but|though|although|except|unless|only)\b)|"
    # ...and what a complaint is after: "I'm not after compensation", "I want to know it won't
    # happen to the next family"; not with anything after it still going on.
    r"\b(?:I'?m|I\s+am|im|we'?re|we\s+are)\s+not\s+(?:after|looking\s+for|wanting|interested\s+in)\s+(?:compensation|money|a\s+payout|an?\s+apology|(?:any|some)one'?s\s+job|blame)\b"
    rf"{_STILL_GOING_ON}|"
    r"\b(?:I|we)\s+(?:just\s+|only\s+)?(?:want|wanted|need|needed)\s+(?:to\s+(?:know|be\s+sure|make\s+sure|hear|be\s+told)|assurance|reassurance|someone\s+to\s+make\s+sure)\s+(?:that\s+)?"
    r"(?:it|this|that|the\s+same)\s+(?:won'?t|will\s+not|doesn'?t|does\s+not|never|can'?t|cannot|isn'?t\s+going\s+to)\s+(?:ever\s+)?happen(?:s)?\s+(?:again|to\s+(?:anyone|anybody|someone|somebody|the\s+next|another|other))\b"
    rf"{_STILL_GOING_ON}|"
    # Shame in a moment: "wanted to die when my card got declined, the whole queue staring".
    r"\b(?:wanted|want\s+the\s+ground)\s+to\s+(?:die|swallow\s+me)\b(?=[^.!?\n]{0,80}\b(?:declined|staring|stared|looked\s+at\s+me|laughed\s+at\s+me|"
    r"everyone\s+(?:looked|saw|heard|laughed|was\s+(?:looking|watching))|in\s+front\s+of|embarrass\w*|mortified|cringe\w*|"
    r"whole\s+(?:queue|room|class|shop|bus|office|street|school|ward|waiting\s+room)))|"
    # Round forty-one: ...or at a moment of a game or a day, laughed at in the same sentence
    # ("wanted to die when my last ball missed the pins lol"); said of now ("I want to die lol") it stays a cue.
    rf"\bwanted\s+to\s+die\s+when\b(?![^.!?\n]*\b(?:still|again|now|today|tonight|every|keeps?|but|though)\b)(?=[^.!?\n]{{0,80}}?{_LAUGH})|"
    # Round forty-one: a threat glossed in the same breath as aimed at a thing ("I'll murder
    # someone, and by someone I mean the photocopier").
    r"\b(?:kill|murder|strangle|throttle|stab|batter|hurt|smash|punch|thump)\s+(?:someone|somebody|him|her|them|it)\b"
    r"(?=[^.!?\n]{0,30}?\bby\s+(?:that|which|someone|somebody|him|her|them|it)\s+I\s+(?:mean|meant)\s+(?:the|my|this|that|our|a|an)\s+(?:\w+\s+)?"
    r"(?:printer|photocopier|copier|scanner|computer|laptop|pc|phone|system|software|app|website|wi-?fi|router|kettle|coffee\s+machine|vending\s+machine|microwave|"
    r"fax|machine|car|van|telly|tv|remote|fridge|boiler|washing\s+machine|dishwasher|hoover|toaster|alarm|spreadsheet|inbox|e-?mails?|rota|forms?|paperwork|server|"
    r"database|self-?checkout|till|lift|traffic\s+lights?|sat\s*nav|satnav|parking\s+machine|meter|hold\s+music|portal|password|computer\s+system)\b)|"
    # Round forty-one: a landlord or a boss out to push tenants or staff out of a home or a job ("put
    # the rent up to push us out", "pushing me out"), not out of a window, a car or a door, nor
    # one who "pushed me out" (which may be a shove).
    r"\b(?:landlords?|landlady|letting\s+agents?|agency|housing\s+association|council|owners?|rent|manager|boss|management|employer|company)\b[^.!?\n]{0,80}?"
    r"\b(?:to\s+push|pushing)\s+(?:me|us|them|him|her)\s+out\b(?!\s+(?:of\s+)?(?:the\s+|a\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:window|car|door|van|bus|taxi|train|road|traffic|stairs|balcony)\b)|"
    # Round forty-one: the post, a bin or a form gone astray is no child missing ("if the bins go missing").
    r"\b(?:post|mail|letters?|bins?|wheelie\s+bins?|prescriptions?|forms?|pages?|paperwork|files?|socks?|keys|glasses|hearing\s+aids?|remote|laundry|washing|deliver(?:y|ies))\s+"
    r"(?:\w+\s+)?(?:goes|went|go|going|gone|keeps?\s+going|kept\s+going)\s+missing\b|"
    # Round forty-two: a fear of dying in the night asked as "what if", not a wish ("I lie there
    # thinking what if I don't wake up"); not with a wish or an ease in the same sentence.
    r"\bwhat\s+if\s+I\s+(?:don'?t|do\s+not|never|won'?t)\s+wake\s+up\b(?![^.!?\n]*\b(?:better|easier|relief|fine\s+by|mind|care|hope|wish|bothered|fussed|peace)\b)|"
    # A last message said for a laugh: "if I don't make it back tell my kids I loved them 💀".
    rf"\bif\s+I\s+(?:don'?t|never|do\s+not)\s+make\s+it\s+(?:back|out|home|through)\b(?=[^\n]{{0,80}}?{_LAUGH})|"
    # A warning about others some time ahead, not a wish: "someone is going to die out there
    # next winter". Said of now ("it's like this most shifts and someone is going to die") it
    # is a worker's alarm about a present danger, and stays a cue.
    r"\b(?:someone|somebody|people|a\s+child|a\s+kid|kids|one\s+of\s+(?:them|these|those|the\s+\w+|our\s+\w+))(?:\s+is|\s+are|'s|'re|\s+will\s+be)?\s+"
    r"(?:going\s+to|gonna|will|might|could)\s+(?:end\s+up\s+)?(?:die|dying|dead)\b"
    r"(?=[^.!?\n]{0,40}\b(?:next\s+(?:winter|year|summer|month)|one\s+(?:day|of\s+these\s+days)|sooner\s+or\s+later|eventually|before\s+long|in\s+(?:the\s+)?(?:future|years\s+to\s+come))\b)|"
    # "she's going to kill me for signing her up": for something ordinary done, not for telling,
    # leaving, seeing someone or spending, which is how a threat that controls is put.
    r"\b(?:going\s+to|gonna|will|'ll|would|'d)\s+(?:kill|murder|strangle|throttle)\s+me\s+for\s+"
    r"(?!(?:telling|talking|speaking|saying|leaving|going|reporting|ringing|calling|phoning|grassing|snitching|getting\s+help|seeing|texting|messaging|spending|answering|looking|being\s+(?:out|with))\b)\w+ing\b|"
    # Sport, and a score ("we got battered 7-0").
    r"\b(?:got|get|getting|were|was|are|been)\s+(?:battered|hammered|thrashed|smashed|destroyed|murdered|killed|beaten|annihilated|stuffed|spanked)\s+"
    r"(?:(?:at|in|on)\s+(?:the\s+)?(?:football|footy|rugby|darts|pool|snooker|cricket|match|game|quiz|bingo|cards|the\s+\w+\s+match)|\d+\s*[-–]\s*\d+|\w+[-–]nil)\b|"
    # A coach who will "murder us at training".
    r"\b(?:murder|kill|destroy|batter)\s+(?:us|you|them)\s+(?:at|in|during)\s+(?:training|practice|rehearsal|PE|the\s+gym|drills)\b|"
    # Said of a last straw: "one more form and I'll do myself in".
    r"\bone\s+more\s+(?:\w+\s+)?(?:forms?|letters?|e-?mails?|calls?|phone\s+calls?|surveys?|questionnaires?|adverts?|songs?|meetings?|passwords?|reminders?|leaflets?|"
    r"brown\s+envelopes?|automated\s+messages?|minutes?\s+of\s+(?:hold\s+music|this\s+(?:song|music|advert))|(?:zoom|teams)\s+calls?)\s+(?:\w+\s+){0,3}?(?:and\s+)?(?:I'?ll|I\s+will|I'?m\s+(?:going\s+to|gonna))\s+(?:do\s+myself\s+in|kill\s+myself|top\s+myself|end\s+it|scream|jump\s+out\s+of\s+the\s+window)\b|"
    r"\bbeat\s+(?:me|us|him|her|them)\s+(?:at|in|on)\s+(?:\w+\s+)?(?:game|games|cards|chess|pool|darts|quiz|football|footy|scrabble|monopoly|fifa|race|xbox|playstation|"
    r"ps[45]|switch|mario\s+kart|fortnite|cod|minecraft|uno|ludo|snooker|table\s+tennis|ping\s+pong|badminton|tennis|bowling|golf|bingo|dominoes)\b|"
    # Round forty: money spent or a thing bought, with a laugh after ("she's going to kill me when
    # she sees I bought a new telly lol"); not when what she finds out is a telling or a leaving.
    rf"\b(?:gonna|going\s+to|will|'ll|would|'d)\s+{_KILL_ME}\s+when\s+(?:he|she|they|\w+)\s+(?:sees|finds\s+out|hears|notices|spots|clocks|realises|realizes)\s+(?:that\s+|what\s+|how\s+much\s+)?I(?:'ve|\s+have)?\s+"
    rf"(?:bought|spent|ordered|got|booked|broke|ate|dyed|cut|lost|forgot|splashed\s+out)\b[^.!?\n]{{0,80}}?(?={_LAUGH})|"
    # Round forty: a word said every time a game is lost ("says she'll 'unalive' herself every time she loses at Uno").
    r"\b(?:going\s+to|gonna|will|'ll|wants?\s+to|threatens?\s+to)\s+['‘\"“]?(?:unalive|kill|murder|end)\b[^.!?\n]{0,30}?\bevery\s+(?:single\s+)?time\s+(?:I|she|he|they|we|you)\s+(?:lose|loses|lost|die|dies|died)\b|"
    # A sore loser: "he'll kill me when I beat him at FIFA".
    r"\b(?:kill|murder|strangle|throttle)\s+(?:me|us)\s+(?:when|if|whenever|every\s+time)\s+(?:I|we)\s+(?:beat|thrash|win|hammer)\b|"
    r"\b(?:slayed|slay|murdered|killed|smashed|nailed)\s+(?:it|that|the)\b|"
    r"\b(?:kill|murder|strangle)\s+(?:me|you|him|her|us)\s+if\s+(?:he|she|they|you)(?:'s|'re|\s+is|\s+are)\s+(?:late|early)\b|"
    r"\b(?:kill|murder|strangle)\s+(?:me|you|him|her|us)\s+if\s+(?:I|you|we|he|she)(?:\s+|(?=['’]))(?:turn|switch|eat|forget|miss|lose|break|wake|spoil|"
    r"touch\s+(?:his|her|their|my)\s+(?:stuff|xbox|phone|food|chocolate|things)|(?:am|['’]?m|was|were|['’]?s|is)\s+late(?!\s+(?:home|back|in)\b)|don'?t\s+(?:get|bring|buy|tidy|clean)|"
    # Round thirty-one: clothes or a car got dirty, "his nan would kill him if he got his new trainers muddy".
    r"(?:get|gets|got)\s+(?:(?:my|his|her|their|your|the|our)\s+)?(?:\w+\s+){0,2}?(?:muddy|dirty|mucky|filthy|soaked|ruined|stained|scratched))\b|"
    # A game lost: "we played Uno for an hour and he beat me every single time".
    r"\b(?:played|playing|had\s+a\s+(?:game|round)\s+of)\b[^.!?\n]{0,60}?\b(?:and|but)\s+(?:he|she|they|\w+)\s+beat\s+(?:me|us)\s+"
    r"(?=(?:every\s+(?:single\s+)?(?:time|game|round)|each\s+(?:time|game)|easily|hands\s+down|fair\s+and\s+square|\d+\s*[-–]\s*\d+)\b)",
    re.IGNORECASE,
)
# A laugh first and an everyday reason: "Ha, my landlord's going to kill me when he sees the
# ceiling", "haha mum's going to kill me when she sees my new tattoo". A bare "lol he's going to
# kill me" stays a cue, and so does a threat reported ("haha he said he'll kill me"). Matched at
# a sentence's start only, apart from _IDIOM: as a branch of _IDIOM that may begin at any
# character, not only at a word start, it was tried at every character and doubled its cost.
# Round thirty-nine: "My son keeps hiding the car keys. I tell him I'll kill him when I find
# them." A threat "when I find them" just after a sentence about a thing someone hides or
# moves is about the thing; "them" with nothing mislaid before it may be people.
_MISLAID = re.compile(
    r"\b(?:hid|hides|hiding|hidden|moved|moves|moving|took|takes|taking|pinched|pinches|pinching|nicked|nicks|nicking|lost|loses|losing|borrowed|borrows|borrowing)\s+"
    r"(?:my|the|our|his|her|all\s+(?:my|the))\s+(?:car\s+|house\s+|front\s+door\s+|reading\s+|tv\s+)?"
    r"(?:keys|remote|glasses|specs|phone|charger|purse|wallet|slippers|paper|pen|biscuits|chocolate|teeth|hearing\s+aids?|tablets)\b",
    re.IGNORECASE,
)
_KILL_WHEN_FOUND = re.compile(
    r"\b(?:gonna|going\s+to|will|'ll|ill|could|would|'d)\s+(?:kill|murder|strangle|throttle)\s+(?:him|her|them|(?:my|the)\s+\w+)\s+when\s+I\s+find\s+(?:it|them)\b",
    re.IGNORECASE,
)
_LAUGH_FIRST = re.compile(
    r"\s*(?:ha|haha\w*|lol|lmao)\b[\s,!]*(?:(?!(?:said|says|told|tells|threaten\w*)\b)[\w'’]+[^\w.!?\n]+){0,8}?(?:going\s+to|gonna|will|'ll|is\s+going\s+to)\s+"
    r"(?:kill|murder|strangle|throttle)\s+me\s+when\s+(?:he|she|they|\w+)\s+(?:sees|spots|notices|clocks|finds|gets)\s+(?:the|my|this|that|our)\s+"
    r"(?:new\s+|kitchen\s+|bathroom\s+|living\s+room\s+)?(?:ceiling|kitchen|carpet|car|van|bill|mess|state|tattoo|hair|dent|scratch|damage|garden|wall|floor|"
    r"bathroom|paint|sofa|couch|receipt|shopping|parcel|nails|piercing|trainers|dog|puppy|kitten)\b|"
    # ...or over someone else's everyday slip, whoever says it: "ha, Mr Dobson says he'll strangle
    # me if the new girl puts sugar in his tea again". Not when the police or someone telling are
    # the condition ("lol he says he'll kill me if my brother tells anyone"), nor the teller.
    r"\s*(?:ha|haha\w*|lol|lmao)\b[\s,!]*(?:[\w'’]+[^\w.!?\n]+){0,8}?(?:going\s+to|gonna|will|\w+'ll|is\s+going\s+to)\s+(?:kill|murder|strangle|throttle)\s+me\s+"
    r"if\s+(?:the|his|her|my|our|that|a)\s+(?:new\s+|other\s+|next\s+)?(?!(?:police|cops|feds|social|council|school)\b)\w+\s+(?:\w+\s+)?"
    r"(?!(?:finds|tells|rings|calls|phones|reports|sees|catches|comes|turns|grasses|says|hears|knows|goes)\b)\w+s\b",
    re.IGNORECASE,
)
# The same, said at a sentence's start (matched there only, for the reason _LAUGH_FIRST is):
# a story dated as a whole in a sentence of its own ("...found it. That was fourteen months
# ago."), or "False alarm, she'd gone to bingo".
_DATED_OPENING = (
    r"(?:that|this|all\s+that|all\s+this)\s+(?:was|happened)\s+(?:(?:over|about|nearly|almost|more\s+than|around|some|a\s+good|well\s+over)\s+)?"
    r"(?:a|an|\w+|\d+)\s+(?:years?|months?)\s+ago(?:\s+now)?\s*(?:[.!\n]|$)"
)
_RESOLVED_OPENING = re.compile(rf"\s*(?:{_DATED_OPENING}|false\s+alarm\b|panic\s+over\b)", re.IGNORECASE)
# Round thirty-nine: how often it happened, told just before the story is dated as a whole
# ("I got battered every day at school. That was twenty years ago."), is a habit of then.
_DATED_NEXT = re.compile(rf"\s*{_DATED_OPENING}", re.IGNORECASE)
# Round thirty-nine: when something was told is not when it happened ("he told me today that
# he used to self-harm ... back in 2021"); the time of the telling does not make it current.
_TOLD_WHEN = re.compile(
    r"\b(?:told|tells|said|says|mentioned|disclosed|shared|admitted|explained|opened\s+up)(?:\s+(?:to\s+)?(?:me|us|him|her|them|staff|the\s+\w+))?\s+"
    r"(?:today|this\s+(?:morning|afternoon|evening|week)|yesterday|last\s+(?:night|week))\b(?=\s+(?:that|about|how)\b)",
    re.IGNORECASE,
)
# Thoughts told with the teller's own word that they will not act on them: the model (which
# reads "the thoughts still come" alone) has no say; the rules still read any cue.
_REASSURED = re.compile(
    r"\b(?:not\s+going\s+to|won'?t|wouldn'?t|would\s+never|will\s+never|never\s+going\s+to|don'?t|do\s+not|never)\s+"
    r"(?:ever\s+)?act\s+on\s+(?:them|it|those|these|the\s+(?:thoughts|urges|feelings|voices))\b|"
    # Round forty: a young person's own word that they are not thinking of it ("he told me straight
    # he's not thinking of hurting himself, he's just gutted"), with no "but" after it and not doubted.
    r"\b(?:told|tells|said|says|promised|promises|swore|swears)\s+(?:me|us|her|him|them)?\s*(?:straight|plainly|honestly|outright|flat\s+out|straight\s+out)?\s*(?:that\s+)?"
    r"(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+not\s+(?:thinking\s+(?:of|about)|planning\s+(?:on|to)|going\s+to|gonna)\s+"
    r"(?:hurting|harming|hurt|harm|killing|kill|ending|end)\s+(?:himself|herself|themselves|(?:his|her|their)\s+(?:own\s+)?life)\b"
    r"(?![^.!?\n]*\b(?:but|though|although)\b)(?![^\n]{0,80}?\b(?:don'?t|do\s+not|can'?t|not\s+sure\s+I)\s+believe\b)|"
    # "Asked if he could keep himself safe and he said yes".
    r"\b(?:ask|asks|asked|asking|checked)\b[^.!?\n]{0,60}?\bkeep\s+(?:myself|yourself|herself|himself|themselves)\s+safe\b[^.!?\n]{0,40}?"
    r"\b(?:said|says|answered|replied|told\s+(?:me|her|him|them|us))\s+['‘\"“]?(?:yes|yeah|yep|he\s+could|she\s+could|they\s+could|I\s+could|he\s+can|she\s+can|I\s+can)\b|"
    # A parent who asked and was laughed at or told no: "asked her outright about dark thoughts and she laughed".
    r"\b(?:ask|asked|asking)\s+(?:\w+\s+){0,4}?(?:if|whether|about)\b[^.!?\n]{0,50}?\b(?:dark|suicidal|bad|black)\s+thoughts\b[^\n]{0,40}?"
    r"\b(?:he|she|they)\s+(?:just\s+)?(?:laughed|said\s+no|said\s+(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+fine)\b",
    re.IGNORECASE,
)
# A worker's note that closes what it noted: "Body map updated. No concerns.", "Not a
# safeguarding concern, husband gentle and worn out". The model reads only what is told after it.
_CLOSED = re.compile(
    r"(?:^|[.!?;:\n])\s*(?:no\s+(?:further\s+|other\s+|current\s+|safeguarding\s+)?concerns?(?:\s+(?:identified|noted|raised|found|at\s+(?:this\s+time|present)))?\s*(?:[.!;\n]|$)"
    r"|not\s+a\s+safeguarding\s+(?:concern|issue|matter)\s*(?:[.!;,\n]|$)"
    # Round thirty-seven: want that a worker finds is no neglect ("Not a neglect thing, just no money yet").
    r"|not\s+(?:a\s+)?(?:neglect|safeguarding|welfare|child\s+protection|CP)\s+(?:thing|concern|issue|matter|case|worry)\s*(?:[.!;,\n]|$)"
    # Round thirty-nine: a worry or a "what if" the teller says has nothing behind it ("I'm not
    # saying anything is happening, I've no reason to think it is"; "Nothing's happened, he
    # comes home when he says").
    r"|(?:I'?m|I\s+am)\s+not\s+saying\s+(?:anything|something|anyone|anybody|it)\s+(?:is|was|has)\s+(?:happening|happened|going\s+on|wrong)\b"
    r"|(?:I'?ve|I\s+have)\s+(?:got\s+)?no\s+reason\s+to\s+(?:think|believe|suspect)\s+(?:it\s+is|it\s+was|anything|anyone|that)\b"
    r"|nothing(?:'s|\s+has)\s+(?:actually\s+|ever\s+)?happened\s*(?:[,.;!\n]|$)"
    # Round forty: "I don't think anything bad is happening, she still laughs at her brother".
    r"|I\s+(?:don'?t|do\s+not)\s+(?:think|believe|reckon)\s+(?:that\s+)?(?:anything|something|anyone|anybody)\s+(?:bad\s+|wrong\s+|untoward\s+|awful\s+|nasty\s+)?(?:is|has|'s)\s+(?:been\s+)?(?:happening|happened|going\s+on|wrong)\b)"
    # Round thirty: an all-clear after the worry, "everyone's fine, nobody hurt, stand down".
    r"|(?:^|[.!?;:,\n])\s*(?:(?:nobody|no\s*one|no-one)\s+(?:was\s+|got\s+|were\s+)?(?:hurt|injured)|everyone(?:'s|\s+is|\s+was)\s+(?:fine|ok|okay|safe|alright)|stand\s+down)\s*(?=[.!;,\n]|$)"
    # Round forty-two: one missing, brought back and said to be unhurt ("Back at the home by 3, warm and unhurt.").
    r"|(?:^|[.!?;:\n])\s*(?:(?:back|returned|home)\s+(?:at|in|to)\s+[^.!?\n,]{1,40},\s*|(?:found|returned|home|back)\s+)"
    r"(?:safe\s+and\s+well|safe\s+and\s+sound|(?:warm|dry|fine|calm)\s+and\s+(?:unhurt|unharmed|uninjured|well|safe)|unhurt|unharmed|uninjured)\s*(?=[.!;\n]|$)",
    re.IGNORECASE,
)
# What the teller goes on to say against it, straight after it or opening the next sentence
# ("...is happening. But he's..."); a "but" further on qualifies something else.
_BUT_AFTER = re.compile(r"[^.!?\n]{0,15}?(?:[.!?]+\s*)?\b(?:but|though|although|however)\b", re.IGNORECASE)
# Round thirty-five: a parent's worry answered by what keeps the child safe ("I do worry about
# him ... but he talks to me, he sees the school counsellor", "but he's a good lad, he texts me
# when he gets there"), with no "but" or "lately" after the answer in its sentence. The model
# reads only what is told after it, as after _CLOSED.
_WORRY_ANSWERED = re.compile(
    r"\b(?:I\s+(?:do\s+|still\s+|sometimes\s+|often\s+)?worry|I'?m\s+(?:a\s+bit\s+|so\s+|really\s+|always\s+)?worried|I\s+get\s+worried)\s+(?:about|for)\b"
    r"[^\n]{0,300}?\bbut\s+(?:he|she|they)\b(?:(?:'s|\s+is|'re|\s+are)\s+(?:a\s+|such\s+a\s+)?(?:good|lovely|sensible|great|decent)\s+(?:lad|lass|girl|boy|kid|kids|one)"
    r"|\s+(?:still\s+|always\s+|does\s+)?(?:talks?|speaks?|opens?\s+up|texts?|rings?|messages?)\s+(?:to\s+)?(?:me|us)"
    r"|(?:\s+(?:sees|is\s+seeing|are\s+seeing|has|goes\s+to|talks\s+to)|'s\s+seeing|'re\s+seeing)\s+(?:a|the|his|her|their)\s+(?:\w+\s+)?(?:counsellor|therapist|key\s*worker|mentor|youth\s+worker|nurse))\b"
    r"(?![^.!?\n]*\b(?:but|though|although|except|lately|recently|these\s+days|thing\s+is|trouble\s+is)\b)",
    re.IGNORECASE,
)
# Round thirty-seven: fear "of them" where what was last named in the plural is the teller's own
# thoughts or pictures ("I kept getting these flashes of dropping him... I was so frightened of
# them"): the fear is of the thoughts, not of people. "They" and "them" point further back; any
# other plural named after the thoughts ("my stepbrothers", "the lads", "the Hendersons") may be
# the people feared.
_FEARED_THEM = re.compile(r"\b(?:scared|afraid|frightened|terrified|petrified)\s+(?:of|by)\s+them$", re.IGNORECASE)
_THOUGHTS = r"(?:thoughts|flashes|flashbacks|images|pictures|visions|dreams|nightmares|urges|scenarios)"
_LAST_PLURAL = re.compile(
    r"\b(?:(?:my|his|her|our|their|the|these|those|some|two|three|four|all|both|other)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?!(?:was|is|has|this|us|his|its|yes|as|does|goes|always|sometimes|towards|perhaps|less|unless|across|bus|ours|yours|hers|theirs|"
    r"ones|things|times|days|nights|weeks|months|years|hours|minutes|stairs|bits|lots|loads)\b)"
    r"(?:[\w'’-]+s|men|women|people|staff|police|family|children)\b",
    re.IGNORECASE,
)


def _fear_of_own_thoughts(text: str, end: int) -> bool:
    """Return True when "frightened of them" ending at end fears what was last named: thoughts, not people."""
    if not _FEARED_THEM.search(text, max(0, end - 40), end):
        return False
    last = None
    for last in _LAST_PLURAL.finditer(text, max(0, end - 250), end - 4):
        pass
    return last is not None and re.search(rf"\b{_THOUGHTS}$", last.group(), re.IGNORECASE) is not None


_NOT_MEANT = re.compile(
    r"\b(?:I|he|she|they|we)\s+(?:don'?t|didn'?t|do\s+not|did\s+not|never)\s+(?:mean|meant)\s+(?:that\s+|it\s+like\s+that\s*,?\s*)?(?:I|he|she|they|we)(?:'d|\s+would)?\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_COMPULSION = re.compile(r"\b(?:can'?t|cannot|can\s+not)\s+stop\b(?:\s+\w+ing(?:\s+(?:about|of))?\b)?", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|or\s+else\s+if)\s+(?:I|you|we|he|she|they)\s+(?:don'?t|do\s+not|won'?t|will\s+not|didn'?t|refuse\s+to|say\s+no|said\s+no)\b", re.IGNORECASE)
# Texters end sentences with emoji as often as with full stops.
_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF"
# Emoji end a sentence; ones that open a message ("🔪🩸 again tonight") start the first one.
# Round thirty-nine: a point between digits ("at 4.55", "£3.50") ends no sentence.
_SENTENCE = re.compile(rf"[{_EMOJI}]*[^.!?\n;{_EMOJI}]+(?:(?<=\d)\.(?=\d)[^.!?\n;{_EMOJI}]*)*(?:[.!?;{_EMOJI}]+|\n|$)")
# Said after the harm, these put everything before them in the past: "Before, the man keep
# my passport... Now I have my passport back... I am free now."
_RESOLVED = re.compile(
    r"\b(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:free|safe)\s+now\b|\bnow\s+(?:I'?m|I\s+am|we'?re|we\s+are)\s+(?:free|safe)\b|\bnow\s+I\s+(?:have|got)\s+(?:my|our)\s+\w+\s+back\b|"
    r"\b(?:he'?s|she'?s|he\s+is|she\s+is)\s+(?:in\s+prison|locked\s+up|gone)\s+now\b|"
    r"\b(?:the\s+men|he|she|they)\s+(?:have|has)\s+been\s+(?:charged|convicted|sentenced|jailed)\b|"
    r"\b(?:that|it)\s+(?:is|was|'s)\s+(?:finish|finished|over\s+now)\b|\bfigure\s+of\s+speech\b|\b(?:just|only)\s+(?:a|an)\s+(?:saying|expression)\b|\bmanner\s+of\s+speaking\b|"
    r"\bhaven'?t\s+(?:done\s+(?:it|that)|cut|self[\s-]?harmed|hurt\s+myself)\s+(?:for|in|since)\s+(?:over\s+)?(?:a|two|three|four|five|\d+|several|many)\s+(?:years?|months)\b|"
    # A saying glossed by the teller as a wish to stay or live: "What I mean is I want to stay here".
    r"\b(?:what|all)\s+I\s+(?:mean|meant)\s+(?:is|was|by\s+(?:that|it)\s+(?:is|was))\s*,?\s+(?:that\s+)?I\s+(?:just\s+|only\s+|really\s+)?(?:want(?:ed)?|'d\s+like|would\s+like|need)\s+to\s+"
    r"(?:stay|live|keep|remain|carry\s+on|go\s+home|be\s+(?:at\s+home|here|left\s+alone|in\s+my\s+own)|stop\s+(?:in|here|at\s+home)|die\s+at\s+home)\b|"
    # Words quoted from a song, a film or a meme.
    r"\b(?:line|lyrics?|chorus|catchphrase|quote)\s+(?:from|off|of|in)\s+(?:a|that|the|this|some)\s+(?:\w+\s+){0,2}?(?:song|track|film|movie|show|meme|tiktok|video|advert|sketch)\b|"
    # Round forty: thoughts gone for a time ("says those thoughts have been gone for months").
    r"\b(?:those|the|these|his|her|my|their|such)\s+(?:thoughts|urges|feelings|ideas)\s+(?:have|has|had)\s+(?:been\s+)?(?:gone|stopped|passed|gone\s+away|lifted)\s+(?:for|since)\b|"
    # Harm that ended with a move: "the cuckooing stopped once he moved".
    r"\b(?:stopped|ended|finished)\s+(?:once|when|after|as\s+soon\s+as)\s+(?:he|she|they|we|I)\s+(?:moved|left|was\s+moved|got\s+moved|were\s+moved|changed\s+\w+)\b|"
    # Safe where they are now: "Here nobody touch me", "we are safe here".
    r"\b(?:here|now)\s*,?\s+(?:nobody|no\s*one|no-one)\s+(?:touch\w*|hurt\w*|hit\w*|beat\w*|harm\w*)\s+(?:me|us)\b|\b(?:I'?m|I\s+am|we'?re|we\s+are)\s+safe\s+here\b|"
    # A worry closed: the concerns dealt with, a false alarm, "panic over".
    r"\b(?:concerns?|risks?)\s+(?:\w+\s+){0,4}?(?:have|has|had)\s+(?:all\s+|now\s+)?been\s+(?:dealt\s+with|resolved|addressed)\b|\bpanic\s+over\b|"
    r"\b(?:it\s+was|it'?s|that'?s|it\s+is|that\s+was|just)\s+a\s+false\s+alarm\b|"
    # Round forty-one: a worker's note that found nothing and closed it ("No concerns. Case closed.").
    r"\bno\s+(?:safeguarding\s+|further\s+|other\s+)?concerns?\s*[.;:,–-]+\s*(?:(?:the\s+)?(?:case|file|referral|enquiry)\s+)?clos(?:ed|ing|e)\b|"
    r"\bclos(?:ed|ing)\s+(?:(?:the|this|his|her|their)\s+)?(?:case|file|referral|enquiry)?\s*[.;:,–-]+\s*no\s+(?:safeguarding\s+|further\s+)?concerns?\b|"
    # Said of the teller's own end in the ordinary way: "I'm not going anywhere yet".
    r"\b(?:I'?m|I\s+am)\s+not\s+(?:going\s+anywhere|planning\s+on\s+going\s+anywhere|ready\s+to\s+go)\s+(?:just\s+)?(?:yet|any\s+time\s+soon|for\s+(?:a\s+)?(?:while|good\s+while|long\s+time|few\s+years))\b|"
    # A worker's own finding on a referral's worry: "nobody is exploiting her", "it turned out nobody was grooming him".
    r"\b(?<!says\s)(?<!said\s)(?<!insists\s)(?<!claims\s)(?:nobody|no\s*one|no-one)\s+(?:is|was)\s+(?:exploiting|grooming|abusing|trafficking|using)\s+(?:him|her|them)\b",
    re.IGNORECASE,
)



def _top_level_branches(pattern: str) -> list[str]:
    """Split a pattern at the | that are outside any group or character class."""
    branches: list[str] = []
    current: list[str] = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" first in a class (after any "^") is a member, not its end.
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            if pattern[j : j + 1] == "]":
                current.append(pattern[i : j + 1])
                i = j + 1
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    branches.append("".join(current))
    return branches


def _word_led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""Return pattern with each run of top-level branches that begin with \b put under one \b.

    The same matches, found in the same order. re tries a long alternation branch by branch
    at every character; inside a word each branch failed its own \b, and now the run fails
    once. On the starter corpus's sentences _IDIOM, _PAST and _CURRENT take 40-57% less time.
    """
    out: list[str] = []
    run: list[str] = []
    for branch in _top_level_branches(pattern.pattern):
        if branch.startswith(r"\b"):
            run.append(branch[2:])
            continue
        if run:
            out.append(r"\b(?:" + "|".join(run) + ")")
            run = []
        out.append(branch)
    if run:
        out.append(r"\b(?:" + "|".join(run) + ")")
    return re.compile("|".join(out), pattern.flags)


_PAST, _CURRENT, _IDIOM, _RESOLVED = _word_led(_PAST), _word_led(_CURRENT), _word_led(_IDIOM), _word_led(_RESOLVED)


@dataclass(frozen=True)
class RiskCue:
    """One matched cue, with what made it count or not."""

    category: str
    weight: float
    start: int
    end: int
    negated: bool
    past: bool
    framed: bool = False  # talk about the subject (training, topics, news) or a hypothetical

    @property
    def counts(self) -> bool:
        """Return True when the cue signals a current risk."""
        return not self.negated and not self.past and not self.framed


@dataclass(frozen=True)
class RiskAssessment:
    """Whether a text discloses current risk, and which kinds (never the words)."""

    at_risk: bool
    reasons: list[str]
    cues: list[RiskCue]


_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


# A clause of its own in the present or future: "I left him years ago but he keeps turning up".
_CLAUSE_BREAK = re.compile(r",|;|:|\s-\s|\bbut\b|\b(?:al)?though\b|\byet\b|\bwhereas\b|\band\s+now\b|\bnow\b|\bsince\s+then\b", re.IGNORECASE)
_PRESENT = re.compile(
    r"\b(?:now|keeps?|keeps?\s+on|still|am|I'?m|is|are|tonight|tomorrow|going\s+to|gonna|will|'ll|want|wants|"
    r"can'?t|won'?t|has\s+started|have\s+started|every\s+\w+)\b|'ll\b|'m\b",
    re.IGNORECASE,
)


def _clause_is_current(sentence: str, start: int, end: int) -> bool:
    """Return True when the cue's own clause speaks of now and carries no past marker."""
    breaks = [m for m in _CLAUSE_BREAK.finditer(sentence)]
    left = max([m.start() for m in breaks if m.end() <= start] or [0])  # keep "now" itself
    right = min([m.start() for m in breaks if m.start() >= end] or [len(sentence)])
    clause = sentence[left:right]
    if not _STILL_SO.search(clause):
        clause = _EVERY_FOR_YEARS.sub(" ", clause)
    # Harm told in the present tense ("since then my uncle hits me") speaks of now.
    present = _PRESENT.search(clause) or _HARM_NOW_RE.search(sentence, start, end)
    return bool(present) and not _PAST.search(clause)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _negated(sentence: str, offset: int) -> bool:
    # Only negation just before the cue in the same clause counts ("I'd never hurt myself").
    # "can't stop thinking about" says the thought keeps coming, not that it is denied.
    if re.match(r"(?:I|he|she|they|we)\b", sentence[offset:], re.IGNORECASE):
        return False  # the cue carries its own subject, and its own negation if any
    # Round forty: what the teller says they do not mean ("I don't mean I want to...").
    if _NOT_MEANT.search(sentence[:offset]):
        return True
    before = _COMPULSION.sub(" ", sentence[:offset])
    # "if I don't sign it over" is the condition of a threat, not a denial.
    before = _CONDITION.sub(" ", before)
    # "nobody knows because nobody comes": a reason or a time starts a clause of its own.
    clause = re.split(r"[,:]|\b(?:but|and|so|because|cos|coz|cause|when|whenever|until|till|while)\b", before)[-1]
    # A new subject starts a new clause: in "no sense paying bills I won't be around to see"
    # the "no" belongs to the bills, not to what I won't be.
    clause = re.split(r"\b(?:I|he|she|they|we)\b(?!\s*(?:'d|would|will|'ll)?\s*(?:never|not|n't))", clause)[-1]
    words = clause.split()[-4:]
    # A clinician's list: "no plans, no intent, no hx of attempts or self-harm".
    # A screen's list under one "no": "no current thoughts of self-harm or suicide", or under
    # one denial (round thirty-seven): "Denies current thoughts of self-harm or suicide".
    if re.search(r"\b(?:no|(?:denies|denied|denying)(?:\s+(?:any|all))?)\s+(?:hx|history|previous|prior|known|h/o|(?:(?:current|active|recent|ongoing)\s+)?(?:thoughts|ideation|plans?|intent|urges|"
                 r"indicators|signs|evidence))\s+of\b[^.;:]*$", clause, re.IGNORECASE):
        return True
    return bool(_NEGATION.search(" ".join(words)))


def assess_risk(text: str) -> RiskAssessment:
    """Decide whether text shows a current risk: by the rules, or by the learned model where they allow."""
    rules, spelt = _assess_rules(text)
    if rules.at_risk:
        return rules
    # The model does not know tense, negation or idiom: where the rules found risk words and
    # set every one aside ("I used to cut"), or the teller says they will not act on the
    # thoughts, it has no say; an idiom ("killing me") takes its own sentence out of its reading.
    set_aside = bool(rules.cues) and not any(cue.counts for cue in rules.cues)
    model = load_disclosure_model()
    if set_aside or not model.reads_like_disclosure_spelt(spelt) or _REASSURED.search(spelt):
        return rules
    # A sentence with an idiom ("my back's killing me", "since the hostel kicked me out") is
    # not the model's to read, but it does not silence the rest: the other sentences must
    # read as a disclosure on their own.
    told = _sentences(spelt)
    idioms = [m.start() for m in _IDIOM.finditer(spelt)] + [a for a, _ in told if _LAUGH_FIRST.match(spelt, a)]
    idioms += [a for k, (a, b) in enumerate(told) if k and _MISLAID.search(spelt, told[k - 1][0], a) and _KILL_WHEN_FOUND.search(spelt, a, b)]
    # What a worker's note closes ("...consistent with account. No concerns.") is not for it either.
    # A closing the teller goes back on ("I don't think anything is happening. But he's...") closes nothing.
    closed = max((m.end() for m in _CLOSED.finditer(spelt) if not _BUT_AFTER.match(spelt, m.end())), default=-1)
    # ...nor what an answer to a parent's worry has answered.
    closed = max([closed] + [m.end() for m in _WORRY_ANSWERED.finditer(spelt)])
    if idioms or closed >= 0:
        rest = " ".join(spelt[a:b] for a, b in _sentences(spelt) if a >= closed and not any(a <= i < b for i in idioms))
        if not rest.strip() or not model.reads_like_disclosure_spelt(rest):
            return rules
    live = {cue.category for cue in rules.cues if cue.counts}
    return RiskAssessment(at_risk=True, reasons=sorted(live | {WORDING}), cues=rules.cues)


def assess_rules(text: str) -> RiskAssessment:
    """Find safeguarding cues in text and decide by the rules alone whether they show a current risk."""
    return _assess_rules(text)[0]


def _assess_rules(text: str) -> tuple[RiskAssessment, str]:
    """Return the rules' assessment and the text as they read it (links blanked, text-speak spelt out)."""
    original = text
    # Words inside a link ("example.org/suicide-awareness") are an address, not something told.
    text, where = spell_out(_URL.sub(lambda m: " " * len(m.group()), original))
    # The word starts the prefilter files cues under, found once for the text and its sentences.
    keys = _ANY_CUE.keys(text)
    if not _ANY_CUE.search(text, keys):
        return RiskAssessment(at_risk=False, reasons=[], cues=[]), text
    key_starts = [at for at, _ in keys]
    cues: list[RiskCue] = []
    told: list[tuple[int, int]] = []  # each cue's sentence and where it starts in the spelt text
    sentences = _sentences(text)
    resolved_at = max(
        max((m.start() for m in _RESOLVED.finditer(text)), default=-1),
        max((a for a, _ in sentences if _RESOLVED_OPENING.match(text, a)), default=-1),
    )
    # Each sentence's past markers, found once and only when asked for: a sentence is read for
    # them as itself when it holds a cue, and as the one after a sentence that does ("told before").
    past_marks: dict[int, list[tuple[int, int]]] = {}

    def marks_of(index: int) -> list[tuple[int, int]]:
        # Read on the sentence alone: "^" in _PAST means the sentence's start.
        if index not in past_marks:
            a, b = sentences[index] if index < len(sentences) else (0, 0)
            past_marks[index] = [m.span() for m in _PAST.finditer(text[a:b])]
        return past_marks[index]

    def dating(index: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool, bool]:
        """Return a sentence's past markers, those near a cue only, whether it is told before, and whether it is past."""
        s_start, s_end = sentences[index]
        sentence = text[s_start:s_end]
        following = text[sentences[index + 1][0] : sentences[index + 1][1]] if index + 1 < len(sentences) else ""
        # The next sentence's past marker ("I rang them back in the summer") does not reach
        # back over a sentence told just after one marked as now ("again last night").
        after_now = index > 0 and currents[index - 1]
        marks = marks_of(index)
        next_marks = marks_of(index + 1)
        near = [m.span() for m in _PAST_NEAR.finditer(sentence)]
        # "the man who used to supply me is selling from my flat": a past inside a clause about
        # someone dates only what that clause says, like "in the past" does.
        relative = [(a, b) for a, b in marks if _RELATIVE_BEFORE.search(sentence, max(0, a - 12), a)]
        marks = [span for span in marks if span not in relative]
        near += relative
        told_before = bool(next_marks) and not _CURRENT.search(following) and not after_now
        past = not currents[index] and bool(marks or told_before or s_end <= resolved_at)
        return marks, near, told_before, past

    currents: list[bool] = []
    for index, (s_start, s_end) in enumerate(sentences):
        sentence = text[s_start:s_end]
        # Only the cues that could start at one of this sentence's words are tried, and only
        # there; most sentences of a story have none, and need no more reading than whether
        # they speak of now (for the sentence after them).
        found = _ANY_CUE.matches(sentence, below=len(_CUES), keys=AnyOf.within(keys, key_starts, s_start, s_end))
        idioms: list[tuple[int, int]] = []
        current = False
        # Blanking an idiom's clause only ever takes time words away, so a sentence with none
        # needs no idioms found unless it holds a cue.
        if found or _CURRENT.search(sentence):
            # An idiom may be marked in the next sentence ("I'm gonna strangle her! Ha."): read on into it.
            window = text[s_start : sentences[index + 1][1]] if index + 1 < len(sentences) else sentence
            idioms = [(m.start(), min(m.end(), len(sentence))) for m in _IDIOM.finditer(window) if m.start() < len(sentence)]
            laugh = _LAUGH_FIRST.match(sentence)
            if laugh:
                idioms.append(laugh.span())
            if index and _MISLAID.search(text, sentences[index - 1][0], s_start):
                idioms += [m.span() for m in _KILL_WHEN_FOUND.finditer(sentence)]
            # A time word inside an idiom's clause ("killing me these days") says nothing of the cue.
            plain = sentence
            for a, b in idioms:
                clause_start = max(plain.rfind(",", 0, a), plain.rfind(";", 0, a)) + 1
                clause_end = min([i for i in (plain.find(",", b), plain.find(";", b)) if i >= 0] or [len(plain)])
                plain = plain[:clause_start] + " " * (clause_end - clause_start) + plain[clause_end:]
            for m in _TOLD_WHEN.finditer(plain):
                plain = plain[: m.start()] + " " * (m.end() - m.start()) + plain[m.end() :]
            # "I used to think about it every day": how often a habit came is not a sign it is now.
            habit = _USED_TO.search(plain) is not None or (index + 1 < len(sentences) and _DATED_NEXT.match(text, sentences[index + 1][0]) is not None)
            long_over = not _STILL_SO.search(plain)
            # Round forty-one: "Five years ago I was using every day": how often, told in the past
            # continuous of a sentence dated in the past with nothing else in it of now, is a habit of then.
            current = any(
                not (
                    (habit or (long_over and (_FOR_YEARS.match(plain, m.end()) or _past_every(plain, m, marks_of(index)))))
                    and m.group().lower().startswith("every")
                )
                for m in _CURRENT.finditer(plain)
            )
        currents.append(current)
        if not found:
            continue
        marks, near, told_before, _ = dating(index)
        taken: list[tuple[int, int]] = []
        matches = [(m, _CUES[n][1], _CUES[n][2]) for n, m in found]
        resolutions = [r.span() for r in _RESOLVED.finditer(sentence)] if matches and resolved_at >= s_start else []
        # Where cues overlap, the strongest reading of those words wins ("hits my mum").
        matches.sort(key=lambda item: (-item[2], item[0].start()))
        # A marker that begins inside a cue's own words ("carers [haven't been since] monday")
        # is part of what that cue says, not a date for the sentence.
        marks = [(a, b) for a, b in marks if not any(m.start() < a < m.end() for m, _, _ in matches)]
        for m, category, weight in matches:
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in idioms):
                continue
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append(m.span())
            # A marker that holds the cue ("we'd been attacked") dates it.
            dated = bool(marks) or any(
                m.start() - _NEAR <= b and a <= m.end() + _NEAR for a, b in near
            )
            # "they beat us, but that is finished": a resolution later in the sentence dates it too.
            # ...or one that holds it: "the concerns about county lines have been dealt with".
            resolved_after = _RESOLVED.search(sentence, m.end()) is not None or any(a <= m.start() < b for a, b in resolutions)
            # "he hit me for years, he died in 2015": the harm ended with him, whatever else is said.
            died_after = _DEAD.search(sentence, m.end()) is not None and not _HARM_NOW_RE.search(m.group())
            died_after = died_after or (
                not current and not _HARM_NOW_RE.search(m.group())
                and any(_DEAD_OPENING.match(text, sentences[j][0]) and marks_of(j) for j in (index + 1, index + 2) if j < len(sentences))
            )
            told_after = (
                index > 0 and not currents[index - 1] and bool(marks_of(index - 1))
                and _BACK_THEN.search(sentence, m.end()) is not None and _PAST_THOUGHT.search(sentence, 0, m.end()) is not None
                and not _ONGOING.search(text, s_start) and not _CURRENT.search(text, s_end)
            )
            cue_past = not current and (dated or told_before or told_after or s_end <= resolved_at or resolved_after)
            since_last = _SINCE_LAST.search(sentence, 0, m.start()) is not None
            told.append((index, s_start + m.start()))
            cues.append(
                RiskCue(
                    category=category,
                    weight=weight,
                    start=where[s_start + m.start()],
                    end=where[s_start + m.end()],
                    negated=_negated(sentence, m.start()),
                    past=since_last or died_after or cue_past and (
                        s_end <= resolved_at or resolved_after or told_after or _BEFORE_NOW.search(sentence) is not None
                        or not _clause_is_current(sentence, m.start(), m.end())
                    ),
                    framed=_framed(sentence, m.start(), m.end(), text[sentences[index + 1][0] : sentences[index + 1][1]] if index + 1 < len(sentences) else "")
                    or _fear_of_own_thoughts(text, s_start + m.end())
                    or (weight < 1.0 and _SHIFT_LIST.match(sentence) is not None),
                )
            )
    for pattern, category, weight in _ACROSS_SENTENCES:
        for m in pattern.finditer(text):
            index = next((i for i, (a, b) in enumerate(sentences) if a <= m.start() < b), 0)
            past = bool(sentences) and dating(index)[3]
            told.append((index, m.start()))
            cues.append(RiskCue(category, weight, where[m.start()], where[m.end()], negated=False, past=past))
    for m in _DENIED.finditer(text):
        if _SAFETY_ASKED.search(m.group()):
            continue
        for k in _answered(cues, told, m, next((i for i, (a, b) in enumerate(sentences) if a <= m.start() < b), 0)):
            cues[k] = replace(cues[k], framed=True)
    cues.sort(key=lambda cue: cue.start)
    live = [cue for cue in cues if cue.counts]
    # The same words said twice ("at 3am ... at 3am now") are one piece of evidence, not two.
    said = {(cue.category, original[cue.start : cue.end].lower()): cue.weight for cue in live}
    total = sum(said.values())
    at_risk = total >= 1.0 - 1e-9
    reasons = sorted({cue.category for cue in live}) if at_risk else []
    return RiskAssessment(at_risk=at_risk, reasons=reasons, cues=cues), text


def _answered(cues: list[RiskCue], told: list[tuple[int, int]], denial: re.Match[str], sentence: int) -> list[int]:
    """Return which thoughts of dying or self-harm a straight question answered no sets aside.

    Only the ones it answers: those the question names ("asked him straight about thoughts of
    harming himself"), else those of the nearest sentence before it that told of them ("she
    messaged 'i want to die'. I asked her straight..."). Cutting told two sentences earlier,
    or a stockpile, is not answered by a "no" to whether she meant the message.
    """
    about = [k for k, cue in enumerate(cues) if cue.category in _ASKED_ABOUT]
    named = [k for k in about if told[k][0] == sentence and told[k][1] < denial.end() and not cues[k].negated]
    if named:
        return named
    before = [told[k][0] for k in about if told[k][0] < sentence and cues[k].counts]
    return [k for k in about if before and told[k][0] == max(before)]


def detect_risk(text: str) -> bool:
    """Return True when text discloses a current risk of serious harm; cheap, no spaCy."""
    return assess_risk(text).at_risk
