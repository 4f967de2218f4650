"""`analyse` output format and `evaluate` arithmetic on a tiny hand-computed file."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from storybot.nlp import Analysis, PiiSpan, ThemeSuggestion
from storybot.nlp.batch import (
    GoldRecord,
    InputError,
    Predicted,
    analyse_jsonl,
    evaluate_jsonl,
    score,
)
from storybot.nlp.pipeline import Analyzer


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_analyse_writes_the_design_format(analyzer: Analyzer, tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a1", "text": "The landlord evicted me and Priya from 12 Elm Road. Ring 07700 900123."},
            {"id": 7, "text": "I keep thinking everyone would be better off without me."},
        ],
    )
    out = io.StringIO()
    assert analyse_jsonl(analyzer, source, out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert list(first) == ["id", "themes", "evidence", "pii", "redacted", "safeguarding"]
    assert first["id"] == "a1" and second["id"] == 7
    assert first["themes"][0] == "housing"
    assert set(first["evidence"]) == set(first["themes"])
    assert all(isinstance(p, str) for phrases in first["evidence"].values() for p in phrases)
    assert {"start": 28, "end": 33, "label": "PERSON"} in first["pii"]
    assert all(set(span) == {"start", "end", "label"} for span in first["pii"])
    assert first["redacted"] == "The landlord evicted me and [PERSON] from [LOCATION]. Ring [PHONE]."
    assert first["safeguarding"] is False and second["safeguarding"] is True


def test_analyse_names_a_bad_line(analyzer: Analyzer, tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": 1, "text": "fine"}\n{"id": 2}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2: missing text"):
        analyse_jsonl(analyzer, source, io.StringIO())


class FixedAnalyzer:
    """Returns canned analyses so the arithmetic is checked, not the model."""

    def __init__(self, analyses: list[Analysis]) -> None:
        self.analyses = analyses

    def iter_analyse(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Analysis]:
        assert len(list(texts)) == len(self.analyses)
        yield from self.analyses


def _analysis(themes: list[str], pii: list[PiiSpan], safeguarding: bool) -> Analysis:
    return Analysis([ThemeSuggestion(t, 0.9, []) for t in themes], pii, "", safeguarding, [])


def test_evaluate_arithmetic_on_a_tiny_file(tmp_path: Path) -> None:
    # Hand count.
    # Record 1: gold housing, money | pred housing, safety   -> housing tp, money fn, safety fp
    #           gold PERSON 0-4 fully covered by 0-4; PHONE 10-20 covered by 10-15 + 15-20 -> caught
    #           gold safeguarding False, pred True          -> sg fp
    # Record 2: gold money, safety | pred money             -> money tp, safety fn
    #           gold PERSON 5-9, pred 5-8 (one char short)  -> missed
    #           gold True, pred True                         -> sg tp
    # Record 3: gold housing | pred nothing                  -> housing fn; gold True pred False -> sg fn
    # housing tp1 fp0 fn1: P 1, R .5, F1 .6667; money tp1 fp0 fn1: same; safety tp0 fp1 fn1: 0,0,0
    # micro tp2 fp1 fn3: P .6667 R .4 F1 .5; macro over the 3 themes: P .6667 R .3333 F1 .4444
    # PII: PERSON 1/2, PHONE 1/1; predicted spans 4, overlapping gold 4 -> precision 1.0
    # safeguarding tp1 fp1 fn1: P .5 R .5
    gold = write_jsonl(
        tmp_path / "gold.jsonl",
        [
            {"id": "1", "text": "x" * 20, "themes": ["housing", "money"], "safeguarding": False,
             "pii": [{"start": 0, "end": 4, "label": "PERSON"}, {"start": 10, "end": 20, "label": "PHONE"}]},
            {"id": "2", "text": "y" * 10, "themes": ["money", "safety"], "safeguarding": True,
             "pii": [{"start": 5, "end": 9, "label": "PERSON"}]},
            {"id": "3", "text": "z", "themes": ["housing"], "safeguarding": True, "pii": []},
        ],
    )
    analyzer = FixedAnalyzer(
        [
            _analysis(["housing", "safety"], [PiiSpan(0, 4, "PERSON"), PiiSpan(10, 15, "PHONE"), PiiSpan(15, 20, "NHS_NUMBER")], True),
            _analysis(["money"], [PiiSpan(5, 8, "PERSON")], True),
            _analysis([], [], False),
        ]
    )
    out = io.StringIO()
    evaluate_jsonl(analyzer, gold, out, theme_ids=["housing", "money", "safety"])
    report = json.loads(out.getvalue())
    per = report["themes"]["per_theme"]
    assert per["housing"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert per["money"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert per["safety"] == {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert report["themes"]["micro"] == {"tp": 2, "fp": 1, "fn": 3, "precision": 0.6667, "recall": 0.4, "f1": 0.5}
    assert report["themes"]["macro"] == {"precision": 0.6667, "recall": 0.3333, "f1": 0.4444}
    recall = report["pii"]["recall"]
    assert recall["PERSON"] == {"caught": 1, "total": 2, "recall": 0.5}
    assert recall["PHONE"] == {"caught": 1, "total": 1, "recall": 1.0}
    assert recall["EMAIL"] == {"caught": 0, "total": 0, "recall": None}
    assert report["pii"]["precision_any_overlap"] == {"correct": 4, "predicted": 4, "precision": 1.0}
    assert report["safeguarding"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_score_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        score([GoldRecord(frozenset(), (), False)], [], ["housing"])


def test_score_with_nothing_to_find_is_zero_not_an_error() -> None:
    report = score([GoldRecord(frozenset(), (), False)], [Predicted(frozenset(), (), False)], ["housing"])
    assert report.micro.f1 == 0.0 and report.safeguarding.recall == 0.0


def test_cli_analyse_prints_only_data_on_stdout(tmp_path: Path) -> None:
    import subprocess
    import sys

    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "s1", "text": "Ring Dave on 07700 900123."}])
    done = subprocess.run(
        [sys.executable, "-m", "storybot", "analyse", str(source)], capture_output=True, text=True, check=True
    )
    (line,) = done.stdout.splitlines()
    assert json.loads(line)["redacted"] == "Ring [PERSON] on [PHONE]."
