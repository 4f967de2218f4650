"""Theme suggestion: codebook vocabulary matched on lemmas, blended with a trained classifier."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from storybot.nlp.codebook import Codebook
from storybot.nlp.tfidf import Reading
from storybot.nlp.types import ThemeSuggestion, doc_text

# A trained classifier folder holds these two files (storybot.nlp.train writes them).
THEME_MODEL = "themes.npz"
BLEND_FILE = "blend.json"  # how vocabulary and classifier scores combine
# Components a term needs to get lemmas like the story's words do.
_LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "morphologizer")

# "no problems with housing", "not worried about money": the teller sets the domain aside.
_DISMISS_BEFORE = re.compile(
    r"\b(?:no|not\s+any|never\s+(?:had\s+)?any|haven'?t\s+(?:got|had)\s+any|don'?t\s+have\s+any|without\s+any|"
    r"nothing\s+wrong|no\s+real)\s+(?:real\s+|major\s+|big\s+)?(?:problems?|issues?|worries|trouble|concerns?|"
    r"complaints?|bother)\s+(?:with|about|around|re|regarding|over|from)\s+(?:my\s+|the\s+|our\s+|his\s+|her\s+|any\s+)?$"
    r"|\b(?:not|never|n't)\s+(?:really\s+)?(?:worried|bothered|concerned|fussed|stressed)\s+(?:about|by|with)\s+"
    r"(?:my\s+|the\s+|our\s+|his\s+|her\s+)?$"
    r"|\bdon'?t\s+need\s+(?:any\s+)?(?:help|support|advice)\s+(?:with|about|around|for)\s+(?:my\s+|the\s+|our\s+)?$",
    re.IGNORECASE,
)
_DISMISS_AFTER = re.compile(
    r"^\W*(?:is|are|was|were|'s|'re|has\s+been|have\s+been|'s\s+been)\s+(?:all\s+|totally\s+|completely\s+|actually\s+)?"
    r"(?:fine|ok|okay|good|great|sorted|alright|all\s+right|not\s+an?\s+(?:problem|issue|worry)|no\s+(?:problem|issue|bother))\b",
    re.IGNORECASE,
)

# A short message about the conversation itself ("can I change my answer?", "how many
# questions are there?") tells no story: the classifier reads "I change" as a theme's words.
_ABOUT_THE_CONVERSATION = re.compile(
    r"\b(?:change|edit|redo|undo|delete|remove|skip|go\s+back\s+to|repeat|pass\s+on)\s+(?:my|this|that|the|a|an)\s+"
    r"(?:\w+\s+)?(?:answer|answers|question|questions|reply|message)\b"
    r"|\b(?:change|edit|redo|undo|delete)\s+what\s+I\s+(?:said|wrote|put|typed|sent)\b|\bhow\s+many\s+(?:more\s+)?questions\b",
    re.IGNORECASE,
)
_SHORT_MESSAGE_WORDS = 20

@dataclass(frozen=True)
class _Term:
    theme: str
    term: str
    weight: float
    unless: bool = False  # a phrase in which the theme's words mean something else


@dataclass(frozen=True)
class ThemeMatch:
    """A vocabulary hit in a story."""

    theme: str
    term: str
    weight: float
    start: int  # token index
    end: int
    dismissed: bool


class ThemeMatcher:
    """Match codebook vocabulary on lower-case words and on lemmas."""

    def __init__(
        self,
        codebook: Codebook,
        lemmatise: Callable[[list[str]], list[tuple[str, ...]]],
        lower: Callable[[list[str]], list[tuple[str, ...]]],
        strong_weight: float,
        weak_weight: float,
    ) -> None:
        self.codebook = codebook
        self.by_key: dict[tuple[str, ...], list[_Term]] = {}
        terms: list[_Term] = []
        for theme in codebook.themes:
            terms += [_Term(theme.id, t, strong_weight) for t in theme.vocabulary.strong]
            terms += [_Term(theme.id, t, weak_weight) for t in theme.vocabulary.weak]
            terms += [_Term(theme.id, t, 0.0, unless=True) for t in theme.vocabulary.unless]
        texts = [t.term for t in terms]
        for term, key_low, key_lem in zip(terms, lower(texts), lemmatise(texts)):
            for key in {key_low, key_lem}:
                if key:
                    bucket = self.by_key.setdefault(key, [])
                    if term not in bucket:
                        bucket.append(term)
        self.max_len = max((len(k) for k in self.by_key), default=1)
        # Every proper prefix of a key, so a scan stops as soon as no longer term can match.
        self.prefixes: set[tuple[str, ...]] = {k[:n] for k in self.by_key for n in range(1, len(k))}
        # The words a term can begin with: most of a story's words begin none, and are passed
        # over with one set lookup rather than a tuple built and looked up four times.
        self.first_words: frozenset[str] = frozenset(k[0] for k in self.by_key)

    def matches(self, doc: Doc) -> list[ThemeMatch]:
        """Return every vocabulary hit in doc, with dismissal decided per hit."""
        lows = [t.lower_ for t in doc]
        lems = [t.lemma_.lower() or t.lower_ for t in doc]
        sentences = _SentenceIndex(doc)
        text = doc_text(doc)
        found: list[ThemeMatch] = []
        unless: list[tuple[str, int, int]] = []
        size = len(lows)
        first_words = self.first_words
        for i in range(size):
            if lows[i] not in first_words and lems[i] not in first_words:
                continue  # no key nor prefix of one begins here (the n == 1 case below would break)
            for n in range(1, min(self.max_len, size - i) + 1):
                low, lem = tuple(lows[i : i + n]), tuple(lems[i : i + n])
                terms = self.by_key.get(low, [])
                if lem != low:
                    terms = terms + self.by_key.get(lem, [])
                if not terms:
                    if low not in self.prefixes and lem not in self.prefixes:
                        break
                    continue
                dismissed = _dismissed(doc, text, sentences, i, i + n)
                for term in dict.fromkeys(terms):
                    if term.unless:
                        unless.append((term.theme, i, i + n))
                    else:
                        found.append(ThemeMatch(term.theme, term.term, term.weight, i, i + n, dismissed))
        # "change" in "change my answer" is not about learning: drop hits inside such a phrase.
        found = [
            m for m in found
            if not any(theme == m.theme and start <= m.start and m.end <= end for theme, start, end in unless)
        ]
        return _drop_nested(found)


class _SentenceIndex:
    """Character bounds of each token's sentence, computed once per doc rather than per hit."""

    def __init__(self, doc: Doc) -> None:
        self.bounds: list[tuple[int, int]] = []
        if len(doc) and doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                self.bounds += [(sent.start_char, sent.end_char)] * len(sent)
        else:
            self.bounds = [(0, len(doc_text(doc)))] * len(doc)


def _dismissed(doc: Doc, text: str, sentences: _SentenceIndex, start: int, end: int) -> bool:
    sent_start, sent_end = sentences.bounds[start]
    before = text[sent_start : doc[start].idx]
    after = text[doc[end - 1].idx + len(doc[end - 1].text) : sent_end]
    return bool(_DISMISS_BEFORE.search(before[-80:]) or _DISMISS_AFTER.search(after[:60]))


def _drop_nested(found: list[ThemeMatch]) -> list[ThemeMatch]:
    """Within a theme, a hit inside a longer hit ("rent" in "rent arrears") does not count twice."""
    # Hits are a few tokens long: compare each only with the same theme's hits that start
    # within the longest hit's reach, so a long story stays linear rather than quadratic.
    by_theme: dict[str, list[ThemeMatch]] = {}
    for m in found:
        by_theme.setdefault(m.theme, []).append(m)
    reach = max((m.end - m.start for m in found), default=0)
    nested: set[int] = set()
    for hits in by_theme.values():
        hits_by_start = sorted(hits, key=lambda h: h.start)
        starts = [h.start for h in hits_by_start]
        for m in hits:
            low = bisect.bisect_left(starts, m.end - reach)
            high = bisect.bisect_right(starts, m.start)
            if any(
                o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
                for o in hits_by_start[low:high]
            ):
                nested.add(id(m))
    return [m for m in found if id(m) not in nested]


@dataclass(frozen=True)
class Blend:
    """How vocabulary and classifier scores combine, chosen on scores for writers the model never saw.

    score = lexical_weight * vocabulary + (1 - lexical_weight) * classifier, and a theme is
    suggested when its score reaches its own threshold (thresholds differ because some themes
    have many words that signal them and others few). A theme whose every vocabulary mention
    the teller set aside ("no problems with housing") is never suggested.
    """

    lexical_weight: float
    thresholds: dict[str, float]
    default_threshold: float

    @classmethod
    def from_file(cls, path: Path) -> "Blend":
        """Read a blend written by `to_file`."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(float(data["lexical_weight"]), dict(data["thresholds"]), float(data["default_threshold"]))

    def to_file(self, path: Path, **extra: object) -> None:
        """Write the blend (and any extra figures) as JSON."""
        data = {
            "lexical_weight": self.lexical_weight,
            "default_threshold": self.default_threshold,
            "thresholds": self.thresholds,
            **extra,
        }
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    def threshold(self, theme_id: str) -> float:
        """Return the threshold of a theme (themes added to the codebook later use the default)."""
        return self.thresholds.get(theme_id, self.default_threshold)

    def raw(self, lexical: float | None, classifier: float) -> float:
        """Return the blended score, or -1 when every vocabulary mention was set aside (lexical None)."""
        if lexical is None:
            return -1.0
        return self.lexical_weight * lexical + (1 - self.lexical_weight) * classifier

    def shown(self, theme_id: str, raw: float) -> float:
        """Return the score a person sees: each theme's threshold sits at 0.5, so themes rank fairly."""
        threshold = self.threshold(theme_id)
        return min(1.0, 0.5 + 0.5 * (raw - threshold) / (1 - threshold)) if threshold < 1 else 1.0

    def pick(
        self, theme_ids: Sequence[str], lexical: Sequence[float | None], classifier: Sequence[float],
        max_themes: int = 4,
    ) -> list[str]:
        """Return the themes this blend suggests from per-theme scores, best first (as the suggester does)."""
        kept = []
        for theme, lex, cat in zip(theme_ids, lexical, classifier):
            raw = self.raw(lex, cat)
            if raw >= self.threshold(theme):
                kept.append((self.shown(theme, raw), theme))
        kept.sort(key=lambda pair: -pair[0])
        return [theme for _, theme in kept[:max_themes]]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_blend(
    lexical: Sequence[Sequence[float | None]],
    classifier: Sequence[Sequence[float]],
    gold: Sequence[Sequence[bool]],
    theme_ids: Sequence[str],
    max_themes: int = 4,
    shrink: float = 0.5,
) -> Blend:
    """Pick the weight and thresholds with the best micro-F1 on held-out (out-of-fold) scores.

    Per-theme thresholds are pulled halfway back to the global one: with ~30 examples a theme's
    own optimum is noisy, and unseen stories are what count.
    """
    weights = [i / 10 for i in range(11)]
    grid = [round(0.05 + i * 0.025, 3) for i in range(37)]
    n = len(gold)

    def blended(a: float) -> list[list[float]]:
        blend = Blend(a, {}, 0.0)
        return [[blend.raw(l, c) for l, c in zip(lexical[i], classifier[i])] for i in range(n)]

    def keep(scores: list[list[float]], thresholds: Sequence[float]) -> list[list[bool]]:
        out = []
        for row in scores:
            top = set(sorted(range(len(row)), key=lambda j: -row[j])[:max_themes])
            out.append([j in top and row[j] >= thresholds[j] for j in range(len(row))])
        return out

    def micro(pred: list[list[bool]]) -> float:
        tp = fp = fn = 0
        for p_row, g_row in zip(pred, gold):
            for p, g in zip(p_row, g_row):
                tp += p and g
                fp += p and not g
                fn += g and not p
        return _f1(tp, fp, fn)

    best = (-1.0, 0.5, 0.5)
    for a in weights:
        scores = blended(a)
        for t in grid:
            f = micro(keep(scores, [t] * len(theme_ids)))
            if f > best[0] + 1e-9:
                best = (f, a, t)
    _, a, t_global = best
    scores = blended(a)
    thresholds: dict[str, float] = {}
    for j, theme in enumerate(theme_ids):
        own = (-1.0, t_global)
        for t in grid:
            tp = sum(1 for i in range(n) if scores[i][j] >= t and gold[i][j])
            fp = sum(1 for i in range(n) if scores[i][j] >= t and not gold[i][j])
            fn = sum(1 for i in range(n) if scores[i][j] < t and gold[i][j])
            f = _f1(tp, fp, fn)
            if f > own[0] + 1e-9:
                own = (f, t)
        thresholds[theme] = round(shrink * t_global + (1 - shrink) * own[1], 4)
    return Blend(a, thresholds, t_global)


def _lexical(theme_id: str, dismissible: bool, matches: list[ThemeMatch]) -> tuple[float | None, list[ThemeMatch]]:
    """Return a theme's vocabulary score (None when every mention was set aside) and its live hits."""
    own = [m for m in matches if m.theme == theme_id]
    live = [m for m in own if not (m.dismissed and dismissible)]
    if own and not live:
        return None, []
    weights: dict[str, float] = {}
    for m in live:
        weights[m.term.lower()] = max(weights.get(m.term.lower(), 0.0), m.weight)
    miss = 1.0
    for w in weights.values():
        miss *= 1.0 - w
    return 1.0 - miss, live


def lexical_scores(doc: Doc, matcher: ThemeMatcher) -> list[float | None]:
    """Return the vocabulary-only score per codebook theme (None when every mention was set aside)."""
    matches = matcher.matches(doc)
    return [_lexical(t.id, t.dismissible, matches)[0] for t in matcher.codebook.themes]


# The words tfidf.features splits a text into, found in the teller's own casing.
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?", re.IGNORECASE)


class _Words:
    """A text's words with where each sits: built once per story, then searched without regexes."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_WORD.finditer(text))
        self.words = [m.group().lower() for m in found]
        self.bounds = [m.span() for m in found]

    def find(self, feature: str) -> str:
        """Return a classifier feature ("landlord said") as the teller wrote it, or itself when absent."""
        part = feature.split()
        i = _position(self.words, part)
        return feature if i < 0 else self.text[self.bounds[i][0] : self.bounds[i + len(part) - 1][1]]


def _position(words: list[str], part: list[str]) -> int:
    """Return where the word sequence part first starts in words, or -1."""
    n = len(part)
    for i in range(len(words) - n + 1):
        if words[i] == part[0] and words[i : i + n] == part:
            return i
    return -1


def _evidence(doc: Doc, text: _Words, live: list[ThemeMatch], learned: Sequence[str]) -> list[str]:
    """Return the vocabulary hits, strongest first, then the words the classifier weighed most."""
    evidence: list[str] = []
    for m in sorted(live, key=lambda m: (-m.weight, m.start)):
        phrase = doc[m.start : m.end].text
        if phrase.lower() not in (e.lower() for e in evidence):
            evidence.append(phrase)
    shown = [[w.lower() for w in _WORD.findall(e)] for e in evidence]
    for feature in learned:
        # "and the" or "i'm" can weigh in a regression, but they tell a reviewer nothing; nor
        # does "worker" beside "key worker".
        words = feature.split()
        if all(w in STOP_WORDS or w.split("'")[0] in STOP_WORDS for w in words):
            continue
        if any(_position(seen, words) >= 0 for seen in shown):
            continue
        evidence.append(text.find(feature))
        shown.append(words)
    return evidence[:6]


def suggest_themes(
    doc: Doc,
    matcher: ThemeMatcher,
    max_themes: int,
    threshold: float,
    blend: Blend | None = None,
    reading: Reading | None = None,
) -> list[ThemeSuggestion]:
    """Return ranked suggestions: the vocabulary blended with the classifier's reading, or the vocabulary alone.

    Without a classifier a theme needs a vocabulary score of `threshold` (0.6: one strong term).
    """
    if len(doc) <= _SHORT_MESSAGE_WORDS and _ABOUT_THE_CONVERSATION.search(doc_text(doc)):
        return []
    matches = matcher.matches(doc)
    text = _Words(doc_text(doc))
    suggestions: list[ThemeSuggestion] = []
    for theme in matcher.codebook.themes:
        lexical, live = _lexical(theme.id, theme.dismissible, matches)
        learned: list[str] = []
        if blend is None or reading is None:
            if lexical is None or lexical < threshold:
                continue
            score = lexical
        else:
            raw = blend.raw(lexical, reading.probabilities.get(theme.id, 0.0))
            if raw < blend.threshold(theme.id):
                continue
            score = blend.shown(theme.id, raw)
            learned = reading.evidence(theme.id)
        evidence = _evidence(doc, text, live, learned)
        if evidence:  # a suggestion must say which words led to it
            suggestions.append(ThemeSuggestion(theme.id, round(score, 4), evidence))
    suggestions.sort(key=lambda s: -s.score)
    return suggestions[:max_themes]


def term_keys(nlp: Language) -> tuple[
    Callable[[list[str]], list[tuple[str, ...]]], Callable[[list[str]], list[tuple[str, ...]]]
]:
    """Return functions turning vocabulary terms into lemma keys and lower-case keys."""
    pipes = [(name, proc) for name, proc in nlp.pipeline if name in _LEMMA_PIPES]

    def lower(texts: list[str]) -> list[tuple[str, ...]]:
        return [tuple(t.lower_ for t in nlp.make_doc(text)) for text in texts]

    def lemmatise(texts: list[str]) -> list[tuple[str, ...]]:
        docs = [nlp.make_doc(text) for text in texts]
        for _, proc in pipes:
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return [tuple((t.lemma_ or t.text).lower() for t in d) for d in docs]

    return lemmatise, lower
