"""Our spaCy components, registered by factory so a pipeline config can name them."""

from __future__ import annotations

import logging
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from storybot.nlp.codebook import load_codebook
from storybot.nlp.redactor import Dictionary, dictionary_words, find_pii, name_scorer
from storybot.nlp.risk import RiskAssessment, assess_risk
from storybot.nlp.tfidf import TfidfRegression
from storybot.nlp.themes import BLEND_FILE, THEME_MODEL, Blend, ThemeMatcher, lexical_scores, suggest_themes, term_keys
from storybot.nlp.types import PiiSpan, ThemeSuggestion, doc_text

logger = logging.getLogger(__name__)

THEMES = "storybot_themes"
REDACTOR = "storybot_redactor"
SAFEGUARDING = "storybot_safeguarding"

for _name, _default in (("themes", None), ("pii", None), ("risk", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class ThemeSuggester:
    """Suggest codebook themes with a score and the words that led to each."""

    def __init__(
        self,
        nlp: Language,
        codebook_path: str,
        threshold: float,
        max_themes: int,
        strong_weight: float,
        weak_weight: float,
        model_dir: str = "",
    ) -> None:
        self.codebook = load_codebook(Path(codebook_path))
        # Without a trained classifier and its blend, the vocabulary decides alone.
        self.model: TfidfRegression | None = None
        self.blend: Blend | None = None
        if model_dir:
            self.model = TfidfRegression.from_file(Path(model_dir) / THEME_MODEL)
            self.blend = Blend.from_file(Path(model_dir) / BLEND_FILE)
        lemmatise, lower = term_keys(nlp)
        self.matcher = ThemeMatcher(self.codebook, lemmatise, lower, strong_weight, weak_weight)
        self.threshold = threshold
        self.max_themes = max_themes

    def classifier_scores(self, doc: Doc) -> dict[str, float]:
        """Return the trained classifier's probability per theme (empty without one)."""
        return self.model.read(doc_text(doc)).probabilities if self.model is not None else {}

    def suggest(self, doc: Doc) -> list[ThemeSuggestion]:
        """Return ranked ThemeSuggestions for a doc that already has lemmas."""
        if self.model is None:
            return suggest_themes(doc, self.matcher, self.max_themes, self.threshold)
        return suggest_themes(doc, self.matcher, self.max_themes, self.threshold, self.blend, self.model.read(doc_text(doc)))

    def lexical_scores(self, doc: Doc) -> list[float | None]:
        """Return the vocabulary-only score of every codebook theme, in codebook order (None: set aside)."""
        return lexical_scores(doc, self.matcher)

    def __call__(self, doc: Doc) -> Doc:
        """Store ranked ThemeSuggestions on doc._.themes."""
        doc._.themes = self.suggest(doc)
        return doc


@Language.factory(
    THEMES,
    default_config={
        "codebook_path": "",
        "threshold": 0.6,
        "max_themes": 4,
        "strong_weight": 0.6,
        "weak_weight": 0.2,
        "model_dir": "",
    },
)
def make_theme_suggester(
    nlp: Language,
    name: str,
    codebook_path: str,
    threshold: float,
    max_themes: int,
    strong_weight: float,
    weak_weight: float,
    model_dir: str,
) -> ThemeSuggester:
    """Build the theme suggester from a codebook file and, if trained, a classifier folder (model and blend)."""
    return ThemeSuggester(nlp, codebook_path, threshold, max_themes, strong_weight, weak_weight, model_dir)


class Redactor:
    """Find personal data and store PiiSpans on doc._.pii."""

    def __init__(self, redact_towns: bool, words: Dictionary) -> None:
        self.redact_towns = redact_towns
        self.words = words
        name_scorer()  # read its weights now, not on the first story

    def __call__(self, doc: Doc) -> Doc:
        """Store the personal data spans of doc on doc._.pii."""
        spans: list[PiiSpan] = find_pii(doc, self.redact_towns, self.words)
        doc._.pii = spans
        return doc


@Language.factory(REDACTOR, default_config={"redact_towns": True})
def make_redactor(nlp: Language, name: str, redact_towns: bool) -> Redactor:
    """Build the redactor; towns are redacted unless redact_towns is false."""
    return Redactor(redact_towns, dictionary_words(nlp))


@Language.factory(SAFEGUARDING, default_config={})
def make_safeguarding(nlp: Language, name: str) -> "Safeguarding":
    """Build the safeguarding detector."""
    return Safeguarding()


class Safeguarding:
    """Flag a current risk of serious harm on doc._.risk."""

    def __call__(self, doc: Doc) -> Doc:
        """Store a RiskAssessment on doc._.risk."""
        assessment: RiskAssessment = assess_risk(doc_text(doc))
        doc._.risk = assessment
        return doc
