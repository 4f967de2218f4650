"""Safeguarding detector: does a text disclose a current risk of serious harm?

Plain regular expressions, so the conversation can call `detect_risk` on every message
without the spaCy model. Recall matters most: a missed disclosure is worse than a false
alarm, which a person reviews. Cues are discounted only when clearly negated ("I'm not
suicidal") or clearly over ("I used to self-harm but I've been fine for two years").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUICIDAL = "suicidal_intent"
SELF_HARM = "self_harm"
ABUSE = "abuse_or_violence"
COERCIVE = "coercive_control"
EXPLOITATION = "exploitation"
THREAT = "threat_to_others"

_ME = r"(?:me|myself|us)"
_HARM_VERB = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|"
    r"chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|"
    r"rap(?:e|es|ed|ing)|batter(?:s|ed|ing)?|bit(?:e|es)|burn(?:s|ed|t)|throttl(?:e|es|ed)|"
    r"hurt(?:s|ing)?|threaten(?:s|ed|ing)?|attack(?:s|ed|ing)?|grab(?:s|bed|bing)?|spit(?:s)? on)"
)
_OTHER = r"(?:him|her|them|the kids|the children|the baby|my (?:son|daughter|kids|children|baby|little \w+))"

# (pattern, category, weight): weight 1.0 is enough alone; weaker cues must add up to 1.0.
_CUES: list[tuple[re.Pattern[str], str, float]] = [
    (re.compile(p, re.IGNORECASE), cat, w)
    for p, cat, w in [
        # Suicidal intent, including oblique wording.
        (r"\bsuicid(?:e|al)\b", SUICIDAL, 1.0),
        (r"\b(?:kill|killing|end|ending|take|taking)\s+(?:myself|my\s+(?:own\s+)?life)\b", SUICIDAL, 1.0),
        (r"\bend(?:ing)?\s+it(?:\s+all)?\b", SUICIDAL, 0.6),
        (r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:ending|end|killing|taking)\s+(?:it|myself|my\s+life)\b", SUICIDAL, 1.0),
        (r"\b(?:want|wanna|going|gonna|plan|planning|ready)\s+to\s+end\s+it\b", SUICIDAL, 1.0),
        (r"\b(?:want|wanna|wanted|wish|wishing|going|gonna|ready)\s+(?:to\s+)?(?:die|be\s+dead|disappear|not\s+wake\s+up|just\s+sleep\s+forever)\b", SUICIDAL, 1.0),
        (r"\bwish\s+I\s+(?:was|were|had)\s*(?:n't|not)?\s*(?:dead|never\s+been\s+born|gone|born)\b", SUICIDAL, 1.0),
        (r"\bdon'?t\s+want\s+to\s+(?:be\s+here|be\s+alive|live|wake\s+up|exist|go\s+on|carry\s+on|be\s+around)\b", SUICIDAL, 1.0),
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
        (r"\bcan'?t\s+see\s+(?:a|any)\s+way\s+(?:out|forward)\b|\bno\s+way\s+out\b", SUICIDAL, 0.6),
        (r"\bnothing\s+matters\s+any\s?more\b|\bwhat'?s\s+the\s+point\s+(?:of\s+)?(?:living|anything|any\s?more|of\s+me)\b", SUICIDAL, 0.6),
        (r"\b(?:put|putting|sort|sorting|got|get)\s+my\s+affairs\s+in\s+order\b|\bgiv(?:e|ing|en)\s+away\s+my\s+(?:things|stuff)\b", SUICIDAL, 0.8),
        (r"\beveryone\s+would\s+be\s+(?:better|happier|fine)\b", SUICIDAL, 1.0),
        (r"\bburden\s+(?:to|on)\s+(?:everyone|my\s+family|them|you\s+all)\b|\bjust\s+a\s+burden\b", SUICIDAL, 0.6),
        # Self-harm.
        (r"\bself[\s-]?harm\w*\b", SELF_HARM, 1.0),
        (r"\b(?:cut|cutting|burn|burning|burnt|hurt|hurting|harm|harming|scratch\w*|bang\w*\s+my\s+head|starv\w*)\s+(?:myself|my\s+(?:arms?|legs?|wrists?|body|skin|thighs?))\b", SELF_HARM, 1.0),
        (r"\b(?:started|start|starting|been|keep|keeps|kept|still)\s+(?:on\s+)?cutting\b|\bcutting\s+(?:again|myself)\b|\bcut(?:ting)?\s+again\b|\bcutting\s+to\s+cope\b", SELF_HARM, 1.0),
        # Abuse and violence towards the teller, or by someone towards a child or other.
        (rf"\b{_HARM_VERB}\s+{_ME}\b", ABUSE, 1.0),
        (rf"\b{_HARM_VERB}\s+{_OTHER}\b", ABUSE, 0.6),
        (r"\b(?:domestic\s+(?:abuse|violence)|dv)\b", ABUSE, 0.8),
        (r"\babus(?:e|es|ed|ing|ive)\b", ABUSE, 0.8),
        (r"\bsexual(?:ly)?\s+(?:abus\w+|assault\w*|touch\w*)\b|\btouch(?:es|ed|ing)\s+me\b", ABUSE, 1.0),
        (r"\b(?:been|got|get|getting)\s+(?:beaten\s+up|battered|attacked|assaulted|raped|stabbed|jumped)\b", ABUSE, 1.0),
        (r"\b(?:scared|afraid|frightened|terrified|petrified)\s+(?:of|for)\s+(?:him|her|them|my\s+life|my\s+safety|what\s+(?:he|she|they)|my\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|mum|son))\b", ABUSE, 1.0),
        (r"\b(?:scared|afraid|frightened|terrified)\s+to\s+go\s+home\b|\bnot\s+safe\s+(?:at\s+home|to\s+go\s+home|there|with\s+(?:him|her))\b", ABUSE, 1.0),
        (r"\b(?:he|she|they)(?:'ll|\s+will|\s+would|'d|\s+is\s+going\s+to|'s\s+going\s+to|\s+said\s+(?:he|she|they)(?:'d|\s+would))\s+(?:kill|hurt|hit|stab|batter|do)\s+(?:me|us|the\s+kids|him|her)\b", ABUSE, 1.0),
        (r"\bthreaten(?:s|ed|ing)?\s+(?:to\s+(?:kill|hurt|stab|hit|burn|take\s+the\s+kids)|me|us)\b", ABUSE, 1.0),
        # Coercive control: usually several small signs together.
        (r"\bwon'?t\s+let\s+me\s+(?:go|leave|see|have|out|talk|speak|use|work)\b", COERCIVE, 0.6),
        (r"\b(?:takes?|took|taking|keeps?|kept)\s+my\s+(?:phone|bank\s+card|card|money|keys|passport|wages|benefits)\b", COERCIVE, 0.6),
        (r"\b(?:checks?|checking|tracks?|tracking|reads?|reading|goes\s+through|going\s+through)\s+my\s+(?:phone|messages|texts)\b", COERCIVE, 0.6),
        (r"\bcontrols?\s+(?:everything|all\s+my|my\s+money|what\s+I|where\s+I|who\s+I)\b", COERCIVE, 0.6),
        (r"\bkicks?\s+off\b|\bkicked\s+off\b", COERCIVE, 0.4),
        (r"\b(?:says|said|accuses|accused)\s+(?:me\s+of\s+|i'?m\s+|im\s+)cheating\b", COERCIVE, 0.4),
        (r"\bcan'?t\s+talk\s+(?:long|now|for\s+long)\b|\bbefore\s+(?:he|she)\s+gets\s+(?:back|home)\b|\b(?:he|she)\s+gets\s+(?:back|home)\s+at\b", COERCIVE, 0.4),
        (r"\b(?:walking\s+on\s+eggshells|isolat\w+\s+me\s+from)\b", COERCIVE, 0.6),
        (r"\block(?:s|ed)?\s+me\s+(?:in|out)\b", COERCIVE, 0.8),
        # Exploitation.
        (r"\b(?:county\s+lines|cuckoo(?:ed|ing)?|groom(?:ed|ing)|exploit(?:ed|ing|ation)|cce|cse|trafficked|trafficking|modern\s+slavery|debt\s+bondage)\b", EXPLOITATION, 1.0),
        (r"\b(?:get|gets|getting|got)\s+(?:into|in)\s+cars?\s+w(?:ith|/)\s*(?:older|adult|men|males|lads|strangers)\b", EXPLOITATION, 0.8),
        (r"\bolder\s+(?:males|men|boys|lads|guys)\b", EXPLOITATION, 0.4),
        (r"\bmissing\s+from\s+(?:home|care|school)\b|\bgoes\s+missing\b|\bwent\s+missing\b", EXPLOITATION, 0.5),
        (r"\b(?:makes?|made|making|forced|forcing)\s+(?:me|him|her)\s+(?:sell|carry|hold|run|deliver|sleep\s+with|have\s+sex)\b", EXPLOITATION, 1.0),
        (r"\bowes?\s+(?:money\s+)?to\s+(?:dealers|them|the\s+lads|people)\b", EXPLOITATION, 0.6),
        # Threats to others.
        (r"\b(?:going\s+to|gonna|want\s+to|will|i'?ll)\s+(?:kill|stab|batter|hurt|smash)\s+(?:him|her|them|someone|somebody|my\s+\w+)\b", THREAT, 1.0),
        (r"\b(?:carry|carrying|carries|got|have)\s+a\s+(?:knife|blade|weapon|gun)\b", THREAT, 0.8),
    ]
]

# Every cue in one alternation: a text none of them matches needs no sentence-by-sentence pass.
_ANY_CUE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _, _ in _CUES), re.IGNORECASE)

_NEGATION = re.compile(
    r"\b(?:not|never|no|n't|dont|didnt|wont|wouldnt|havent|isnt|nothing|without|nobody|none|"
    r"no\s+longer|stopped|stop)\b|n't\b",
    re.IGNORECASE,
)
# Markers that the harm is over.
_PAST = re.compile(
    r"\bused\s+to\b|\b(?:years?|months?|weeks?)\s+ago\b|\bback\s+in\b|\bwhen\s+I\s+was\b|"
    r"\bin\s+the\s+past\b|\bno\s+longer\b|\bnot\s+any\s?more\b|\bhaven'?t\s+(?:\w+\s+){0,2}(?:for|since|in)\b|"
    r"\b(?:been|felt|feel|I'?m|am|stayed|kept)\s+(?:fine|well|ok|okay|good|safe|clean|better|alright)\s+"
    r"(?:for|since|now)\b|\bover\s+now\b|\bthat\s+was\s+(?:\w+\s+){0,3}(?:ago|then)\b|\bas\s+a\s+(?:kid|child|teenager)\b|"
    r"\bwhen\s+I\s+tried\b|\bwhen\s+(?:he|she)\s+was\b|\bsince\s+(?:then|19\d\d|20\d\d)\b|\bin\s+(?:19\d\d|20[01]\d)\b",
    re.IGNORECASE,
)
# Markers that it is happening now; they override past markers.
_CURRENT = re.compile(
    r"\bagain\b|\bstill\b|\blately\b|\brecently\b|\blast\s+(?:night|week)\b|\byesterday\b|"
    r"\bthis\s+(?:morning|week|evening|afternoon)\b|\btonight\b|\btoday\b|\bat\s+the\s+moment\b|"
    r"\bright\s+now\b|\bkeep(?:s)?\s+(?:thinking|wanting|feeling)\b|\bevery\s+(?:day|night|time)\b|"
    r"\bstarted\b|\bbeen\s+thinking\b|\bthese\s+days\b|\bcurrently\b|\bnowadays\b",
    re.IGNORECASE,
)
# Idioms that look like risk but are not ("my back is killing me", "I could kill him").
_IDIOM = re.compile(
    r"\bkilling\s+me\b|\bcould\s+(?:have\s+)?(?:kill(?:ed)?|murder(?:ed)?|strangle(?:d)?)\b|"
    r"\bdying\s+(?:to|for|of\s+laughter)\b|\bdie\s+(?:of|from)\s+(?:embarrassment|laughing|shame)\b|"
    r"\bkill(?:ed|ing)?\s+(?:time|it)\b|\bkilled\s+myself\s+laughing\b|\bkicks?\s+off\s+(?:at|the)\s+\d|"
    r"\bhit\s+(?:me|us)\s+(?:hard|that|how|when)\b|\bit\s+hit\s+me\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n;]+(?:[.!?;]+|\n|$)")


@dataclass(frozen=True)
class RiskCue:
    """One matched cue, with what made it count or not."""

    category: str
    weight: float
    start: int
    end: int
    negated: bool
    past: bool

    @property
    def counts(self) -> bool:
        """Return True when the cue signals a current risk."""
        return not self.negated and not self.past


@dataclass(frozen=True)
class RiskAssessment:
    """Whether a text discloses current risk, and which kinds (never the words)."""

    at_risk: bool
    reasons: list[str]
    cues: list[RiskCue]


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _negated(sentence: str, offset: int) -> bool:
    # Only negation just before the cue in the same clause counts ("I'd never hurt myself").
    before = sentence[:offset]
    clause = re.split(r"[,:]|\bbut\b|\band\b|\bso\b", before)[-1]
    words = clause.split()[-4:]
    return bool(_NEGATION.search(" ".join(words)))


def assess_risk(text: str) -> RiskAssessment:
    """Find safeguarding cues in text and decide whether they show a current risk."""
    if not _ANY_CUE.search(text):
        return RiskAssessment(at_risk=False, reasons=[], cues=[])
    cues: list[RiskCue] = []
    sentences = _sentences(text)
    for index, (s_start, s_end) in enumerate(sentences):
        sentence = text[s_start:s_end]
        idioms = [m.span() for m in _IDIOM.finditer(sentence)]
        following = text[sentences[index + 1][0] : sentences[index + 1][1]] if index + 1 < len(sentences) else ""
        # A time word inside an idiom's clause ("killing me these days") says nothing of the cue.
        plain = sentence
        for a, b in idioms:
            clause_start = max(plain.rfind(",", 0, a), plain.rfind(";", 0, a)) + 1
            clause_end = min([i for i in (plain.find(",", b), plain.find(";", b)) if i >= 0] or [len(plain)])
            plain = plain[:clause_start] + " " * (clause_end - clause_start) + plain[clause_end:]
        current = bool(_CURRENT.search(plain))
        past = not current and bool(_PAST.search(sentence) or _PAST.search(following) and not _CURRENT.search(following))
        taken: list[tuple[int, int]] = []
        for pattern, category, weight in _CUES:
            for m in pattern.finditer(sentence):
                if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in idioms):
                    continue
                if any(a <= m.start() < b for a, b in taken):
                    continue
                taken.append(m.span())
                cues.append(
                    RiskCue(
                        category=category,
                        weight=weight,
                        start=s_start + m.start(),
                        end=s_start + m.end(),
                        negated=_negated(sentence, m.start()),
                        past=past,
                    )
                )
    live = [cue for cue in cues if cue.counts]
    total = sum(cue.weight for cue in live)
    at_risk = total >= 1.0 - 1e-9
    reasons = sorted({cue.category for cue in live}) if at_risk else []
    return RiskAssessment(at_risk=at_risk, reasons=reasons, cues=cues)


def detect_risk(text: str) -> bool:
    """Return True when text discloses a current risk of serious harm; cheap, no model."""
    return assess_risk(text).at_risk
