"""Honest measurement: k-fold cross-validation on the training corpora, and throughput.

    storybot evaluate --cv 5                            # the same cross-validation, from the CLI
    python -m storybot.nlp.measure cv [--folds 5]      # held-out folds of every data/*corpus*.jsonl
    python -m storybot.nlp.measure speed [--n 2000]    # Analyzer vs raw nlp.pipe, same run

Cross-validation retrains the classifier on k-1 folds and scores the whole theme suggester
(vocabulary + classifier) on the held-out fold, so no story is scored by a model that saw it;
the blend (vocabulary weight and thresholds) used on a fold is chosen from the other folds
only. The base spaCy annotations are computed once and reused across folds: they do not learn.
The vocabulary itself was written by people who had read the corpora, so these figures
flatter it somewhat; tests/data/themes_heldout.jsonl, written after the vocabulary and
never trained or tuned on, is the check on that.
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
from storybot.nlp.train import (
    STARTER_CORPUS,
    CorpusRecord,
    folds,
    out_of_fold_scores,
    read_corpus,
    read_corpus_records,
    training_corpora,
)

DEV = Path("/work/shared/eval/dev.jsonl")


def summarise(report: Report) -> dict[str, Any]:
    """Return the headline theme figures of a report."""
    data = report.as_dict()["themes"]
    return {"micro": data["micro"], "macro": data["macro"]}


def nested_predictions(
    lexical: Sequence[Sequence[float | None]],
    classifier: Sequence[Sequence[float]],
    gold_rows: Sequence[Sequence[bool]],
    theme_ids: Sequence[str],
    k: int = 5,
    seed: int = 0,
) -> list[frozenset[str]]:
    """Return each record's suggested themes under a blend chosen without that record's fold.

    `classifier` must already be out-of-fold (from a model that never saw the record).
    """
    predicted: list[frozenset[str]] = [frozenset()] * len(gold_rows)
    for fold in folds(len(gold_rows), k, seed):
        held = set(fold)
        rest = [i for i in range(len(gold_rows)) if i not in held]
        blend = choose_blend(
            [lexical[i] for i in rest], [classifier[i] for i in rest], [gold_rows[i] for i in rest], theme_ids
        )
        for i in fold:
            predicted[i] = frozenset(blend.pick(theme_ids, lexical[i], classifier[i]))
    return predicted


def breakdown(
    records: Sequence[CorpusRecord], predicted: Sequence[frozenset[str]], theme_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Return micro and macro figures per kind of text: source file, author, style and length."""
    groups: dict[str, list[int]] = {}
    for i, record in enumerate(records):
        words = len(record.text.split())
        length = "short (<25 words)" if words < 25 else "medium (25-59 words)" if words < 60 else "long (60+ words)"
        keys = [f"source:{record.source}", f"length:{length}"]
        keys += [f"author:{record.author}"] if record.author else []
        keys += [f"style:{record.style}"] if record.style else []
        for key in keys:
            groups.setdefault(key, []).append(i)
    out: dict[str, dict[str, Any]] = {}
    for key in sorted(groups):
        rows = groups[key]
        gold = [GoldRecord(frozenset(records[i].themes), (), False) for i in rows]
        pred = [Predicted(predicted[i], (), False) for i in rows]
        out[key] = {"records": len(rows), **summarise(score(gold, pred, theme_ids))}
    return out


def cross_validate(
    records: Sequence[CorpusRecord],
    settings: Settings,
    k: int = 5,
    seed: int = 0,
) -> dict[str, Any]:
    """Cross-validate the theme suggester on labelled records; return figures overall, per theme and per kind.

    Also reports the vocabulary alone (a theme at noisy-OR score 0.6 or more, at most four)
    as a reference for what the classifier adds.
    """
    ids = list(DEFAULT_THEME_IDS)
    pairs = [(r.text, list(r.themes)) for r in records]
    lexical, cats = out_of_fold_scores(pairs, settings, ids, k, seed)
    gold_rows = [[label in r.themes for label in ids] for r in records]
    predicted = nested_predictions(lexical, cats, gold_rows, ids, k, seed)
    vocab_only = [
        frozenset(t for _, t in sorted((-l, t) for t, l in zip(ids, row) if l is not None and l >= 0.6)[:4])
        for row in lexical
    ]
    gold = [GoldRecord(frozenset(r.themes), (), False) for r in records]
    blend = score(gold, [Predicted(p, (), False) for p in predicted], ids)
    return {
        "records": len(records),
        "folds": k,
        "seed": seed,
        **summarise(blend),
        "per_theme": {t: c.as_dict() for t, c in blend.themes.items()},
        "by_kind": breakdown(records, predicted, ids),
        "vocabulary_only": summarise(score(gold, [Predicted(p, (), False) for p in vocab_only], ids)),
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
        out: dict[str, Any] = cross_validate(read_corpus_records(training_corpora()), settings, args.folds, args.seed)
    elif args.what == "dev":
        out = dev_report(settings)
    else:
        out = speed(settings, args.n, args.batch_size)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
