"""Batch modes: `analyse` (suggestions as JSON lines) and `evaluate` (scores against gold)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from storybot.errors import StorybotError
from storybot.nlp.types import PII_LABELS, Analysis, PiiSpan

logger = logging.getLogger(__name__)


class BatchAnalyzer(Protocol):
    """What the batch functions need from an Analyzer."""

    def iter_analyse(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Analysis]:
        """Yield one Analysis per text."""
        ...


class InputError(StorybotError):
    """A batch input file is malformed; the message names the line."""


def read_jsonl(path: Path, required: Sequence[str] = ("id", "text")) -> list[dict[str, Any]]:
    """Read JSON-lines records, raising InputError naming the first bad line."""
    records: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}: expected a JSON object")
        missing = [key for key in required if key not in record]
        if missing:
            raise InputError(f"{path}:{number}: missing {', '.join(missing)}")
        if not isinstance(record["text"], str):
            raise InputError(f"{path}:{number}: text must be a string")
        records.append(record)
    return records


def analysis_record(record_id: object, analysis: Analysis) -> dict[str, Any]:
    """Return the DESIGN.md `analyse` output object for one analysed record."""
    return {
        "id": record_id,
        "themes": [theme.id for theme in analysis.themes],
        "evidence": {theme.id: list(theme.evidence) for theme in analysis.themes},
        "pii": [{"start": s.start, "end": s.end, "label": s.label} for s in analysis.pii],
        "redacted": analysis.redacted,
        "safeguarding": analysis.safeguarding,
    }


def _progress(total: int, label: str) -> "_Progress":
    return _Progress(total, label)


class _Progress:
    """A plain progress line on stderr: stdout carries only data."""

    def __init__(self, total: int, label: str) -> None:
        self.total = total
        self.label = label
        self.done = 0
        self.enabled = sys.stderr.isatty() and total > 0

    def step(self) -> None:
        self.done += 1
        if self.enabled and (self.done == self.total or self.done % 25 == 0):
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def analyse_jsonl(analyzer: BatchAnalyzer, in_path: Path, out_stream: IO[str]) -> int:
    """Analyse every {"id", "text"} record in in_path, one JSON line each to out_stream."""
    records = read_jsonl(in_path)
    progress = _progress(len(records), "analysing")
    for record, analysis in zip(records, analyzer.iter_analyse(r["text"] for r in records)):
        out_stream.write(json.dumps(analysis_record(record["id"], analysis), ensure_ascii=False) + "\n")
        progress.step()
    out_stream.flush()
    logger.info("analysed %d records", len(records))
    return len(records)


# ---- evaluation -------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), or 0.0 with nothing predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), or 0.0 with nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Return counts and rounded scores."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class GoldRecord:
    """One gold-labelled story."""

    themes: frozenset[str]
    pii: tuple[PiiSpan, ...]
    safeguarding: bool


@dataclass(frozen=True)
class Predicted:
    """What the pipeline said about one story."""

    themes: frozenset[str]
    pii: tuple[PiiSpan, ...]
    safeguarding: bool


@dataclass
class Report:
    """All evaluation figures."""

    records: int
    themes: dict[str, Counts]
    micro: Counts
    macro_precision: float
    macro_recall: float
    macro_f1: float
    pii_recall: dict[str, tuple[int, int]]  # label -> (caught, total)
    pii_precision: tuple[int, int]  # predicted spans overlapping some gold span, all predicted
    safeguarding: Counts
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON-ready data."""
        return {
            "records": self.records,
            "themes": {
                "per_theme": {theme: c.as_dict() for theme, c in sorted(self.themes.items())},
                "micro": self.micro.as_dict(),
                "macro": {
                    "precision": round(self.macro_precision, 4),
                    "recall": round(self.macro_recall, 4),
                    "f1": round(self.macro_f1, 4),
                },
            },
            "pii": {
                "rule": "a gold span is caught when every character is covered by predicted spans of any label",
                "recall": {
                    label: {"caught": caught, "total": total, "recall": round(caught / total, 4) if total else None}
                    for label, (caught, total) in self.pii_recall.items()
                },
                "precision_any_overlap": {
                    "correct": self.pii_precision[0],
                    "predicted": self.pii_precision[1],
                    "precision": round(self.pii_precision[0] / self.pii_precision[1], 4) if self.pii_precision[1] else None,
                },
            },
            "safeguarding": self.safeguarding.as_dict(),
        }


def score(gold: Sequence[GoldRecord], predicted: Sequence[Predicted], theme_ids: Sequence[str]) -> Report:
    """Compute every evaluation figure from gold and predicted labels (pure arithmetic)."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    ids = list(dict.fromkeys(list(theme_ids) + sorted({t for g in gold for t in g.themes})))
    per_theme = {theme: [0, 0, 0] for theme in ids}
    pii_caught = {label: [0, 0] for label in PII_LABELS}
    pii_correct = 0
    pii_predicted = 0
    sg = [0, 0, 0]
    for g, p in zip(gold, predicted):
        for theme in ids:
            in_gold, in_pred = theme in g.themes, theme in p.themes
            if in_gold and in_pred:
                per_theme[theme][0] += 1
            elif in_pred:
                per_theme[theme][1] += 1
            elif in_gold:
                per_theme[theme][2] += 1
        covered: set[int] = set()
        for span in p.pii:
            covered.update(range(span.start, span.end))
        for span in g.pii:
            slot = pii_caught.setdefault(span.label, [0, 0])
            slot[1] += 1
            if all(i in covered for i in range(span.start, span.end)):
                slot[0] += 1
        for span in p.pii:
            pii_predicted += 1
            if any(span.start < gs.end and gs.start < span.end for gs in g.pii):
                pii_correct += 1
        if g.safeguarding and p.safeguarding:
            sg[0] += 1
        elif p.safeguarding:
            sg[1] += 1
        elif g.safeguarding:
            sg[2] += 1
    theme_counts = {theme: Counts(*c) for theme, c in per_theme.items()}
    micro = Counts(
        sum(c.tp for c in theme_counts.values()),
        sum(c.fp for c in theme_counts.values()),
        sum(c.fn for c in theme_counts.values()),
    )
    n = len(theme_counts) or 1
    return Report(
        records=len(gold),
        themes=theme_counts,
        micro=micro,
        macro_precision=sum(c.precision for c in theme_counts.values()) / n,
        macro_recall=sum(c.recall for c in theme_counts.values()) / n,
        macro_f1=sum(c.f1 for c in theme_counts.values()) / n,
        pii_recall={label: (v[0], v[1]) for label, v in pii_caught.items()},
        pii_precision=(pii_correct, pii_predicted),
        safeguarding=Counts(*sg),
    )


def _gold(record: dict[str, Any], path: Path, number: int) -> GoldRecord:
    try:
        return GoldRecord(
            themes=frozenset(record.get("themes", [])),
            pii=tuple(PiiSpan(int(s["start"]), int(s["end"]), str(s["label"])) for s in record.get("pii", [])),
            safeguarding=bool(record.get("safeguarding", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path}: record {number}: malformed gold labels ({exc})") from None


def evaluate_records(
    analyzer: BatchAnalyzer, records: Sequence[dict[str, Any]], theme_ids: Sequence[str], path: Path
) -> tuple[Report, list[Analysis]]:
    """Analyse gold records and score the analyses."""
    gold = [_gold(r, path, i) for i, r in enumerate(records, start=1)]
    progress = _progress(len(records), "evaluating")
    analyses: list[Analysis] = []
    for analysis in analyzer.iter_analyse(r["text"] for r in records):
        analyses.append(analysis)
        progress.step()
    predicted = [
        Predicted(frozenset(t.id for t in a.themes), tuple(a.pii), a.safeguarding) for a in analyses
    ]
    return score(gold, predicted, theme_ids), analyses


def evaluate_jsonl(
    analyzer: BatchAnalyzer, gold_path: Path, out_stream: IO[str], theme_ids: Sequence[str] = ()
) -> Report:
    """Score the pipeline on a gold file shaped like dev.jsonl and write the report as JSON."""
    records = read_jsonl(gold_path)
    if not theme_ids:
        codebook = getattr(analyzer, "codebook", None)
        theme_ids = list(codebook.ids) if codebook is not None else []
    report, _ = evaluate_records(analyzer, records, theme_ids, gold_path)
    out_stream.write(json.dumps(report.as_dict(), indent=2) + "\n")
    out_stream.flush()
    return report
