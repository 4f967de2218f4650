"""Theme suggestions on specific sentences, with evidence, negation and hypotheticals."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from storybot.config import load_settings
from storybot.nlp import Analysis
from storybot.nlp.codebook import CODEBOOK_FILE
from storybot.nlp.components import ThemeSuggester
from storybot.nlp.pipeline import Analyzer
from storybot.nlp.themes import Blend
from storybot.nlp.train import save_classifier, train_classifier

THEME_SENTENCES = {
    "housing": "The landlord gave us notice and we ended up in a hostel for three months.",
    "money": "I was behind on the electric and the council tax and the debt letters kept coming.",
    "work_learning": "I started an apprenticeship at the garage and I'm going to college on Fridays.",
    "physical_health": "My GP finally sorted my medication and the pain in my hip is much better.",
    "mental_health": "My anxiety was so bad I had panic attacks every time I left the house.",
    "substance_use": "I've been sober for six months now and I still go to my recovery meetings.",
    "relationships": "Me and my partner split up and now I only see my kids at weekends.",
    "connection": "I was so lonely after the move, I didn't speak to anyone for weeks.",
    "safety": "He was violent and I had to call the police more than once.",
    "identity_purpose": "My faith is a big part of who I am and I want a future where I can give back.",
    "being_heard": "The nurse actually listened to me and I didn't feel judged for once.",
    "trust_relationships": "She stuck with me when I kept pushing everyone away, I trust her completely.",
    "strengths": "I'm proud of myself, I passed my driving test and my confidence has grown.",
    "choice_control": "It was my decision where I moved to, nobody forced me, I was in control.",
    "system_barriers": "The referral took months and then the assessment form got lost and I was back on the waiting list.",
    "flexible_help": "She just turned up with a food parcel and a bus pass, no forms, whatever I needed.",
    "collaboration": "Housing and the mental health team finally worked together in one multi-agency meeting.",
    "learning_change": "I learned from that mistake, next time I'll ask first and we're trying a different approach.",
    "worker_experience": "With a caseload of forty and targets on closures, my manager wouldn't give me permission, I felt burnt out.",
}


@pytest.mark.parametrize(("theme", "sentence"), sorted(THEME_SENTENCES.items()))
def test_each_theme_is_suggested_with_evidence(
    analyse: Callable[[str], Analysis], theme: str, sentence: str
) -> None:
    suggestions = {s.id: s for s in analyse(sentence).themes}
    assert theme in suggestions, sorted(suggestions)
    suggestion = suggestions[theme]
    assert 0.0 < suggestion.score <= 1.0
    assert suggestion.evidence, "a suggestion must say which words led to it"
    assert all(phrase.lower() in sentence.lower() for phrase in suggestion.evidence)


def test_negated_feeling_is_still_being_heard(analyse: Callable[[str], Analysis]) -> None:
    ids = [s.id for s in analyse("I never felt listened to.").themes]
    assert "being_heard" in ids


def test_no_problems_with_housing_is_not_housing(analyse: Callable[[str], Analysis]) -> None:
    ids = [s.id for s in analyse("No problems with housing, it's my benefits that are the worry.").themes]
    assert "housing" not in ids
    assert "money" in ids


def test_a_domain_set_aside_is_dropped(analyse: Callable[[str], Analysis]) -> None:
    ids = {s.id for s in analyse("My flat is fine, it's the loneliness that gets me.").themes}
    assert "housing" not in ids
    assert "connection" in ids


def test_a_domain_not_worried_about_is_dropped(analyse: Callable[[str], Analysis]) -> None:
    # Only the dismissal is asserted: "company" alone is weak evidence of connection, and nine
    # words give the classifier little else to go on.
    assert "money" not in {s.id for s in analyse("I'm not worried about money, I just want company.").themes}


def test_hopes_still_count(analyse: Callable[[str], Analysis]) -> None:
    ids = [s.id for s in analyse("If I could get a job at the garage I'd finally feel like myself again.").themes]
    assert "work_learning" in ids


def test_themes_are_ranked_best_first(analyse: Callable[[str], Analysis]) -> None:
    scores = [s.score for s in analyse(THEME_SENTENCES["system_barriers"] + " " + THEME_SENTENCES["money"]).themes]
    assert scores == sorted(scores, reverse=True)


def test_empty_text(analyse: Callable[[str], Analysis]) -> None:
    result = analyse("")
    assert result.themes == [] and result.pii == [] and result.redacted == "" and not result.safeguarding


# How people say these things without the textbook word. The codebook and model before
# the broader vocabulary suggested none of these themes for these sentences.
EVERYDAY_WORDING = {
    "being_heard": "They talked about me like I wasn't in the room.",
    "choice_control": "It was my wishes that counted in the end, not what the professionals wanted.",
    "trust_relationships": "He kept coming back every week even when I didn't answer the door, and he never let me down.",
    "collaboration": "Nobody was talking to anybody, so I ended up being the messenger between the doctor and the council.",
    "system_barriers": "I was told I wasn't ill enough for their service and too ill for the other one.",
    "learning_change": "Note to self: don't assume, ask what they want first.",
    "worker_experience": "The restructure has left us short staffed and my hands are tied.",
}


@pytest.mark.parametrize(("theme", "sentence"), sorted(EVERYDAY_WORDING.items()))
def test_everyday_wording_is_suggested_with_its_evidence(
    analyse: Callable[[str], Analysis], theme: str, sentence: str
) -> None:
    suggestions = {s.id: s for s in analyse(sentence).themes}
    assert theme in suggestions, sorted(suggestions)
    assert all(phrase.lower() in sentence.lower() for phrase in suggestions[theme].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Waited in a&e for nine hours with my dad before anyone saw him.",
        "Sat in A&E all night on a plastic chair and a nurse brought me a blanket.",
    ],
)
def test_evidence_names_each_phrase_once(analyse: Callable[[str], Analysis], text: str) -> None:
    # The classifier reads "a&e" as the words "a" and "e": shown once, as the teller wrote it.
    for suggestion in analyse(text).themes:
        shown = [phrase.lower() for phrase in suggestion.evidence]
        assert len(shown) == len(set(shown)), suggestion


def test_two_domains_set_aside_leave_the_one_that_matters(analyse: Callable[[str], Analysis]) -> None:
    ids = {s.id for s in analyse("Money's not a problem for me and the flat is fine, what I need is someone to talk to.").themes}
    # "Someone to talk to" is company and a listening ear both: the labelled sets' writers gave
    # such texts being_heard 5 times and connection 4 (read EO to ET in, the model says being_heard).
    assert ids & {"connection", "being_heard"}
    assert not ids & {"money", "housing"}


@pytest.mark.parametrize(
    "text",
    [
        "Can I change my answer to the last question?", "Thanks, see you next week!", "How many questions are there?",
        "Is it ok if I change my answer?", "Can I skip this question?", "Can I change what I said before?",
    ],
)
def test_messages_about_nothing_in_the_codebook_get_no_theme(analyse: Callable[[str], Analysis], text: str) -> None:
    assert analyse(text).themes == []


def test_held_out_stories_score_at_least_what_was_measured(analyzer: Analyzer) -> None:
    """tests/data/themes_heldout.jsonl was written after the codebook and never trained on.

    The shipped model scores micro-F1 0.691 on it (the first model and codebook: 0.619); a
    retrain or a codebook edit that drops it below 0.65 has lost most of what was gained.
    """
    from storybot.config import PROJECT_ROOT
    from storybot.nlp.batch import evaluate_records
    from storybot.nlp.codebook import DEFAULT_THEME_IDS

    path = PROJECT_ROOT / "tests" / "data" / "themes_heldout.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    report, _ = evaluate_records(analyzer, gold, list(DEFAULT_THEME_IDS), path)
    assert len(gold) == 50
    assert report.as_dict()["themes"]["micro"]["f1"] >= 0.65


def test_a_word_inside_an_unless_phrase_is_no_evidence(analyzer: Analyzer) -> None:
    from storybot.nlp.codebook import parse_codebook
    from storybot.nlp.themes import ThemeMatcher, term_keys

    codebook = parse_codebook(
        b"themes:\n"
        b"  - {id: learning_change, group: support, label: L, description: D,\n"
        b"     vocabulary: {weak: [change], unless: [change my answer]}}\n"
    )
    lemmatise, lower = term_keys(analyzer.nlp)
    matcher = ThemeMatcher(codebook, lemmatise, lower, 0.6, 0.2)
    assert matcher.matches(analyzer.nlp("Can I change my answer to that?")) == []
    # The word still counts everywhere else, inflected too.
    hits = matcher.matches(analyzer.nlp("Then we changed my rota and I changed my answer."))
    assert [analyzer.nlp("Then we changed my rota")[m.start].text for m in hits] == ["changed"]


def _suggester_with_a_model_that_knows(word: str, theme: str, tmp_path: Path, analyzer: Analyzer) -> ThemeSuggester:
    """Return a suggester over the real codebook whose classifier learned `word` means `theme`."""
    records = [(f"the {word} came round again today", [theme]), ("we had a nice walk by the river", [])] * 10
    save_classifier(train_classifier(records, [theme]), Blend(0.3, {}, 0.4), tmp_path)
    codebook = load_settings(_env_file=None).prompts_dir / CODEBOOK_FILE
    return ThemeSuggester(analyzer.nlp, str(codebook), 0.6, 4, 0.6, 0.2, str(tmp_path))


def test_the_classifier_alone_can_suggest_a_theme_and_names_its_words(tmp_path: Path, analyzer: Analyzer) -> None:
    # "zorblax" is in no codebook vocabulary: only the classifier can know it means housing.
    suggester = _suggester_with_a_model_that_knows("zorblax", "housing", tmp_path, analyzer)
    doc = analyzer.nlp("Honestly the Zorblax came round again this morning.")
    assert suggester.lexical_scores(doc)[suggester.codebook.ids.index("housing")] == 0.0
    [suggestion] = suggester.suggest(doc)
    assert suggestion.id == "housing" and suggestion.evidence[0] == "Zorblax"  # as the teller wrote it


def test_a_domain_set_aside_stays_out_whatever_the_classifier_says(tmp_path: Path, analyzer: Analyzer) -> None:
    suggester = _suggester_with_a_model_that_knows("zorblax", "housing", tmp_path, analyzer)
    doc = analyzer.nlp("No problems with housing, the zorblax came round again.")
    assert "housing" not in {s.id for s in suggester.suggest(doc)}
