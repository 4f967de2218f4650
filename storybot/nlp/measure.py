"""Honest measurement: k-fold cross-validation on the starter corpus, and throughput.

    python -m storybot.nlp.measure cv [--folds 5]      # held-out folds of the starter corpus
    python -m storybot.nlp.measure speed [--n 2000]    # Analyzer vs raw nlp.pipe, same run

Cross-validation retrains the classifier on k-1 folds and scores the whole theme suggester
(vocabulary + classifier) on the held-out fold, so no story is scored by a model that saw it.
The base spaCy annotations are computed once and reused across folds: they do not learn.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storybot.config import Settings
from storybot.nlp.batch import GoldRecord, Predicted, Report, score
from storybot.nlp.codebook import DEFAULT_THEME_IDS
from storybot.nlp.themes import choose_blend
from storybot.nlp.train import STARTER_CORPUS, folds, out_of_fold_scores, read_corpus

DEV = Path("/work/shared/eval/dev.jsonl")


def summarise(report: Report) -> dict[str, Any]:
    """Return the headline theme figures of a report."""
    data = report.as_dict()["themes"]
    return {"micro": data["micro"], "macro": data["macro"]}


def cross_validate(
    records: Sequence[tuple[str, list[str]]],
    settings: Settings,
    k: int = 5,
    seed: int = 0,
) -> dict[str, Report]:
    """Score every record with a classifier and a blend that never saw it.

    Classifier scores are out-of-fold; the blend weight and thresholds used on fold i are
    chosen from the other folds' out-of-fold scores only (nested). Returns reports for the
    chosen blend, and for the vocabulary alone as a reference.
    """
    ids = list(DEFAULT_THEME_IDS)
    lexical, cats, _ = out_of_fold_scores(records, settings, ids, k, seed)
    gold_rows = [[label in themes for label in ids] for _, themes in records]
    predicted: list[frozenset[str]] = [frozenset()] * len(records)
    vocab_only: list[frozenset[str]] = [frozenset()] * len(records)
    for fold in folds(len(records), k, seed):
        held = set(fold)
        rest = [i for i in range(len(records)) if i not in held]
        blend = choose_blend([lexical[i] for i in rest], [cats[i] for i in rest], [gold_rows[i] for i in rest], ids)
        for i in fold:
            a = blend.lexical_weight
            scores = {t: (a * l + (1 - a) * c if l > 0 else -1.0) for t, l, c in zip(ids, lexical[i], cats[i])}
            kept = [t for t in ids if scores[t] >= blend.threshold(t)]
            predicted[i] = frozenset(sorted(kept, key=lambda t: -(scores[t] - blend.threshold(t)))[:4])
            vocab_only[i] = frozenset(sorted((t for t, l in zip(ids, lexical[i]) if l >= 0.6), key=lambda t: -lexical[i][ids.index(t)])[:4])
    gold = [GoldRecord(frozenset(themes), (), False) for _, themes in records]
    return {
        "blend": score(gold, [Predicted(p, (), False) for p in predicted], ids),
        "vocabulary_only": score(gold, [Predicted(p, (), False) for p in vocab_only], ids),
    }


def dev_report(settings: Settings) -> dict[str, Any]:
    """Evaluate the shipped Analyzer on dev.jsonl."""
    import io

    from storybot.nlp import load_analyzer
    from storybot.nlp.batch import evaluate_jsonl

    out = io.StringIO()
    evaluate_jsonl(load_analyzer(settings), DEV, out)
    report: dict[str, Any] = json.loads(out.getvalue())
    return report


def speed(settings: Settings, n: int = 2000, batch_size: int = 64) -> dict[str, Any]:
    """Time the Analyzer and raw nlp.pipe of the same base model on the same n texts."""
    import spacy

    from storybot.nlp import load_analyzer
    from storybot.nlp.pipeline import model_name

    texts = [t for t, _ in read_corpus([STARTER_CORPUS])]
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [texts[i % len(texts)] for i in range(n)]
    words = sum(len(t.split()) for t in texts)
    results: dict[str, Any] = {"stories": n, "words": words}

    def timed(label: str, run: Any) -> None:
        start = time.perf_counter()
        run()
        secs = time.perf_counter() - start
        results[label] = {"stories_per_s": round(n / secs, 1), "words_per_s": round(words / secs)}

    analyzer = load_analyzer(settings)
    analyzer.analyse(texts[:50])
    timed("analyzer", lambda: analyzer.analyse(texts, batch_size=batch_size))
    base = spacy.load(model_name(settings))
    list(base.pipe(texts[:50]))
    timed("raw_nlp_pipe_full_model", lambda: list(base.pipe(texts, batch_size=batch_size)))
    results["analyzer_pipes"] = analyzer.nlp.pipe_names
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return results


def main(argv: list[str] | None = None) -> None:
    """Run cross-validation or the speed test and print JSON."""
    parser = argparse.ArgumentParser(prog="python -m storybot.nlp.measure")
    parser.add_argument("what", choices=["cv", "dev", "speed"])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    if args.what == "cv":
        reports = cross_validate(read_corpus([STARTER_CORPUS]), settings, args.folds, args.seed)
        out: dict[str, Any] = {name: summarise(report) for name, report in reports.items()}
        out["per_theme"] = {t: c.as_dict() for t, c in reports["blend"].themes.items()}
    elif args.what == "dev":
        out = dev_report(settings)
    else:
        out = speed(settings, args.n, args.batch_size)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
