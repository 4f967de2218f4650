"""Theme suggestion: codebook vocabulary matched on lemmas, blended with a trained classifier."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from storybot.nlp.codebook import Codebook
from storybot.nlp.types import ThemeSuggestion

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


@dataclass(frozen=True)
class _Term:
    theme: str
    term: str
    weight: float


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
        texts = [t.term for t in terms]
        for term, key_low, key_lem in zip(terms, lower(texts), lemmatise(texts)):
            for key in {key_low, key_lem}:
                if key:
                    bucket = self.by_key.setdefault(key, [])
                    if term not in bucket:
                        bucket.append(term)
        self.max_len = max((len(k) for k in self.by_key), default=1)

    def matches(self, doc: Doc) -> list[ThemeMatch]:
        """Return every vocabulary hit in doc, with dismissal decided per hit."""
        lows = [t.lower_ for t in doc]
        lems = [t.lemma_.lower() or t.lower_ for t in doc]
        sentences = _SentenceIndex(doc)
        found: list[ThemeMatch] = []
        for i in range(len(doc)):
            for n in range(1, self.max_len + 1):
                if i + n > len(doc):
                    break
                terms: list[_Term] = []
                for key in {tuple(lows[i : i + n]), tuple(lems[i : i + n])}:
                    terms += self.by_key.get(key, [])
                if not terms:
                    continue
                dismissed = _dismissed(doc, sentences, i, i + n)
                for term in dict.fromkeys(terms):
                    found.append(ThemeMatch(term.theme, term.term, term.weight, i, i + n, dismissed))
        return _drop_nested(found)


class _SentenceIndex:
    """Character bounds of each token's sentence, computed once per doc rather than per hit."""

    def __init__(self, doc: Doc) -> None:
        self.bounds: list[tuple[int, int]] = []
        if len(doc) and doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                self.bounds += [(sent.start_char, sent.end_char)] * len(sent)
        else:
            self.bounds = [(0, len(doc.text))] * len(doc)


def _dismissed(doc: Doc, sentences: _SentenceIndex, start: int, end: int) -> bool:
    sent_start, sent_end = sentences.bounds[start]
    before = doc.text[sent_start : doc[start].idx]
    after = doc.text[doc[end - 1].idx + len(doc[end - 1].text) : sent_end]
    return bool(_DISMISS_BEFORE.search(before[-80:]) or _DISMISS_AFTER.search(after[:60]))


def _drop_nested(found: list[ThemeMatch]) -> list[ThemeMatch]:
    """Within a theme, a hit inside a longer hit ("rent" in "rent arrears") does not count twice."""
    kept: list[ThemeMatch] = []
    for m in found:
        inside = any(
            o.theme == m.theme and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
            for o in found
        )
        if not inside:
            kept.append(m)
    return kept


def score_themes(
    doc: Doc,
    matcher: ThemeMatcher,
    threshold: float,
    max_themes: int,
    classifier_boost: float,
) -> list[ThemeSuggestion]:
    """Blend vocabulary evidence with classifier scores into ranked suggestions."""
    matches = matcher.matches(doc)
    suggestions: list[ThemeSuggestion] = []
    for theme in matcher.codebook.themes:
        own = [m for m in matches if m.theme == theme.id]
        live = [m for m in own if not (m.dismissed and theme.dismissible)]
        if own and not live:
            continue  # every mention was set aside ("no problems with housing")
        weights: dict[str, float] = {}
        for m in live:
            weights[m.term.lower()] = max(weights.get(m.term.lower(), 0.0), m.weight)
        miss = 1.0
        for w in weights.values():
            miss *= 1.0 - w
        lexical = 1.0 - miss
        # The classifier, trained on few stories, ranks well but is badly calibrated, so it
        # lifts a theme the vocabulary already points to rather than voting on its own.
        score = min(1.0, lexical + classifier_boost * doc.cats.get(theme.id, 0.0))
        if score < threshold:
            continue
        ordered = sorted(live, key=lambda m: (-m.weight, m.start))
        evidence: list[str] = []
        for m in ordered:
            phrase = doc[m.start : m.end].text
            if phrase.lower() not in (e.lower() for e in evidence):
                evidence.append(phrase)
        suggestions.append(ThemeSuggestion(theme.id, round(score, 4), evidence[:6]))
    suggestions.sort(key=lambda s: -s.score)
    return suggestions[:max_themes]


def lexical_scores(doc: Doc, matcher: ThemeMatcher) -> list[float]:
    """Return the vocabulary-only score per codebook theme (0.0 when set aside)."""
    matches = matcher.matches(doc)
    out: list[float] = []
    for theme in matcher.codebook.themes:
        own = [m for m in matches if m.theme == theme.id]
        live = [m for m in own if not (m.dismissed and theme.dismissible)]
        weights: dict[str, float] = {}
        for m in live:
            weights[m.term.lower()] = max(weights.get(m.term.lower(), 0.0), m.weight)
        miss = 1.0
        for w in weights.values():
            miss *= 1.0 - w
        out.append(1.0 - miss)
    return out


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
