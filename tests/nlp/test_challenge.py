"""The issue's targets, measured with `storybot evaluate`'s own code on our challenge sets.

challenge_*: written first and fixed against; holdout_*, holdout2_*, holdout3_*,
holdout_safeguarding_4 and holdout_safeguarding_5: each
written after a round of fixes and measured blind before the next (their commit messages
keep those figures), then kept here so the targets hold on them too. See tests/nlp/data/build_challenge.py.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from storybot.config import PROJECT_ROOT
from storybot.nlp.batch import Report, evaluate_jsonl, evaluate_records, read_jsonl
from storybot.nlp.pipeline import Analyzer

from tests.nlp.data import build_challenge

DATA = Path(__file__).parent / "data"
PII_SETS = ("challenge_pii", "holdout_pii", "holdout2_pii", "holdout3_pii")
SAFEGUARDING_SETS = (
    "challenge_safeguarding", "holdout_safeguarding", "holdout2_safeguarding", "holdout3_safeguarding",
    "holdout_safeguarding_4", "holdout_safeguarding_5", "narratives_blind_a", "narratives_blind_b",
    "narratives_blind_c", "comments_blind_d", "messages_blind_e", "narratives_blind_f", "mixed_blind_h",
    "narratives_blind_g", "narratives_blind_i", "realworld_blind_j", "mixed_blind_k", "chat_blind_l",
    "messages_blind_n", "narratives_blind_m", "plain_blind_o", "family_blind_p", "feedback_blind_q",
    "forum_blind_r", "narratives_blind_s", "comments_blind_t", "answers_blind_u", "public_blind_v",
    "young_blind_w", "workers_blind_x", "elders_blind_y", "narratives_blind_z", "voices_blind_aa",
    "texts_blind_ab", "regions_blind_ac", "health_blind_ad", "justice_blind_ae", "parents_blind_af",
    "outreach_blind_ag", "housing_blind_ah", "community_blind_ai", "benefits_blind_aj", "recovery_blind_ak",
    *build_challenge.BATCH_AL_AS, *build_challenge.BATCH_AT_AW, *build_challenge.BATCH_AX_BA,
    *build_challenge.BATCH_BB_BE, *build_challenge.BATCH_BF_BK, *build_challenge.BATCH_BL_BQ,
    *build_challenge.BATCH_BR_BU, *build_challenge.BATCH_BV_BY, *build_challenge.BATCH_BZ_CD,
    *build_challenge.BATCH_CE_CJ, *build_challenge.BATCH_CK_CN,
    # Measured blind (CO to CT 85/89, CU to CZ 83/87), then fixed by rounds twenty-nine and
    # thirty and in the safeguarding model's training since the fourteenth session.
    *build_challenge.BATCH_CO_CT, *build_challenge.BATCH_CU_CZ,
    # Measured blind (85/87, 7 false flags), fixed by round thirty-one's rules, and in the
    # safeguarding model's training since the fifteenth session.
    *build_challenge.BATCH_DA_DF,
    # Measured blind (88/88, 5 false flags), fixed by round thirty-three's rules, and in the
    # safeguarding model's training since the sixteenth session.
    *build_challenge.BATCH_DG_DL,
    # Measured blind (86/87, 6 false flags), fixed by round thirty-five's rules, and in the
    # safeguarding model's training since later in the sixteenth session.
    *build_challenge.BATCH_DM_DR,
    # Measured blind (88/89, 12 false flags), fixed by round thirty-seven's rules, and in the
    # safeguarding model's training since the seventeenth session.
    *build_challenge.BATCH_DS_DX,
    # Measured blind (DY to ED 85/86, 14 false flags; EE to EH 57/57, 8 false flags), fixed by
    # round thirty-nine's rules, and in the safeguarding model's training since the eighteenth.
    *build_challenge.BATCH_DY_ED, *build_challenge.BATCH_EE_EH,
    # Measured blind (EI to EN 83/85, 18 false flags; EO to ET 88/88, 9 false flags), fixed by
    # rounds forty and forty-one, and in the safeguarding model's training since the nineteenth.
    *build_challenge.BATCH_EI_EN, *build_challenge.BATCH_EO_ET,
)
# Whole narratives (D: real-world-style comments; E: chat messages, no themes) with
# themes, PII and safeguarding, written blind by ten writers on 2026-11-26 and scored before any fix
# (figures in the commits that fixed what they found).
NARRATIVE_SETS = (
    "narratives_blind_a", "narratives_blind_b", "narratives_blind_c", "comments_blind_d", "messages_blind_e",
    "narratives_blind_f", "mixed_blind_h",
    "narratives_blind_g", "narratives_blind_i", "realworld_blind_j", "mixed_blind_k", "chat_blind_l",
    "messages_blind_n", "plain_blind_o", "family_blind_p", "feedback_blind_q", "forum_blind_r",
    "narratives_blind_s", "comments_blind_t", "answers_blind_u", "public_blind_v", "young_blind_w",
    "workers_blind_x", "elders_blind_y", "narratives_blind_z", "voices_blind_aa", "texts_blind_ab",
    "regions_blind_ac", "health_blind_ad", "justice_blind_ae", "parents_blind_af", "outreach_blind_ag",
    "housing_blind_ah", "community_blind_ai", "benefits_blind_aj", "recovery_blind_ak",
    *build_challenge.BATCH_AL_AS, *build_challenge.BATCH_AT_AW, *build_challenge.BATCH_AX_BA,
    *build_challenge.BATCH_BB_BE, *build_challenge.BATCH_BF_BK, *build_challenge.BATCH_BL_BQ,
    *build_challenge.BATCH_BR_BU, *build_challenge.BATCH_BZ_CD,
    # BY's writer marked a name only where it first appears: its later mentions, rightly
    # redacted, count against precision (0.876), so it is measured but not held to the floor.
    *(name for name in build_challenge.BATCH_BV_BY if name != "stories_blind_by"),
    *build_challenge.BATCH_CE_CJ, *build_challenge.BATCH_CK_CN, *build_challenge.BATCH_CO_CT,
    *build_challenge.BATCH_CU_CZ, *build_challenge.BATCH_DA_DF, *build_challenge.BATCH_DG_DL,
    *build_challenge.BATCH_DM_DR, *build_challenge.BATCH_DS_DX,
    # Measured blind at the eighteenth session's start (DY to ED: PERSON 205/210, DATE_OF_BIRTH
    # 18/20, 500 of 524 predicted spans touching gold; EE to EH: PERSON 174/176, 340 of 353),
    # then read for redaction round eighteen.
    *build_challenge.BATCH_DY_ED, *build_challenge.BATCH_EE_EH,
    # Measured blind with the eighteenth session's final models (EI to EN: PERSON 248/254,
    # ADDRESS 23/24, every other target label 1.0, 499 of 526 predicted spans touching gold),
    # then read for redaction round nineteen.
    *build_challenge.BATCH_EI_EN,
    # Measured blind with the same final models (EO to ET: PERSON 251/256, ADDRESS 29/30, every
    # other target label 1.0, 561 of 579 predicted spans touching gold), then read for
    # redaction round twenty.
    *build_challenge.BATCH_EO_ET,
    # Measured blind with the nineteenth session's models (EU to EZ: PERSON 212/217, ADDRESS
    # 24/25, every other target label 1.0, 496 of 521 predicted spans touching gold), then read
    # for redaction round twenty-one.
    *build_challenge.BATCH_EU_EZ,
)
# Blind once, now in theme training: checked in-sample only (see the theme tests below).
BATCH_BR_CD = (*build_challenge.BATCH_BR_BU, *build_challenge.BATCH_BV_BY, *build_challenge.BATCH_BZ_CD)
BATCH_CE_CN = (*build_challenge.BATCH_CE_CJ, *build_challenge.BATCH_CK_CN)
BATCH_CO_CZ = (*build_challenge.BATCH_CO_CT, *build_challenge.BATCH_CU_CZ)
TARGET_LABELS = ("PERSON", "PHONE", "EMAIL", "POSTCODE", "NHS_NUMBER", "NI_NUMBER", "DATE_OF_BIRTH")
# shared/ sits beside the checkout (CI, /work/main); worktrees under /work/wt use /work/shared.
DEV = next(
    (p for p in (PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl", Path("/work/shared/eval/dev.jsonl")) if p.exists()),
    PROJECT_ROOT.parent / "shared" / "eval" / "dev.jsonl",
)


@pytest.fixture(scope="module")
def pii_results(analyzer: Analyzer) -> dict[str, tuple[Report, list[dict[str, Any]], list[Any]]]:
    results = {}
    for name in PII_SETS:
        path = DATA / f"{name}.jsonl"
        records = read_jsonl(path)
        report, analyses = evaluate_records(analyzer, records, [], path)
        results[name] = (report, records, analyses)
    return results


@pytest.mark.parametrize("name", PII_SETS + SAFEGUARDING_SETS)
def test_gold_files_are_built_from_their_markup(name: str) -> None:
    records = build_challenge.build(name)
    assert (DATA / f"{name}.jsonl").read_text(encoding="utf-8") == build_challenge.render(records)
    for record in records:
        for span in record["pii"]:
            assert record["text"][span["start"] : span["end"]] == span["text"]


def test_a_marked_up_line_may_name_the_question_it_answers() -> None:
    line = "w-\tlearning_change\tWhat did you learn?\tAsk [[Dami|PERSON]] first, not his mum."
    author, at_risk, themes, question, text, spans = build_challenge.parse_line(line)
    assert (author, at_risk, themes, question) == ("worker", False, ["learning_change"], "What did you learn?")
    assert text[spans[0]["start"] : spans[0]["end"]] == "Dami"
    # Three columns: no question, as before.
    assert build_challenge.parse_line("p+\tsafety\tHe took my phone again.")[3] == ""


@pytest.mark.parametrize("name", PII_SETS)
def test_pii_recall_meets_the_target_per_label(name: str, pii_results: dict[str, Any]) -> None:
    report, _, _ = pii_results[name]
    for label in TARGET_LABELS:
        caught, total = report.pii_recall[label]
        assert total == 0 or caught / total >= 0.98, (label, caught, total)


@pytest.mark.parametrize("name", PII_SETS)
def test_street_addresses_are_caught(name: str, pii_results: dict[str, Any]) -> None:
    _, records, analyses = pii_results[name]
    caught = total = 0
    for record, analysis in zip(records, analyses):
        covered = {i for span in analysis.pii for i in range(span.start, span.end)}
        for span in record["pii"]:
            if span.get("kind") == "address":
                total += 1
                caught += all(i in covered for i in range(span["start"], span["end"]))
    assert total >= 3 and caught / total >= 0.98, (caught, total)


@pytest.mark.parametrize("name", PII_SETS)
def test_redaction_keeps_the_text_readable(name: str, pii_results: dict[str, Any]) -> None:
    report, _, _ = pii_results[name]
    correct, predicted = report.pii_precision
    assert correct / predicted >= 0.92, (correct, predicted)


@pytest.fixture(scope="module")
def gold_report(analyzer: Analyzer) -> Callable[[str], Report]:
    """Score a labelled set, themes included, as `storybot evaluate` does: once, when a test first asks.

    On demand, so a batch no test reads yet (the newest blind one) is never analysed.
    """

    @functools.cache
    def report(name: str) -> Report:
        path = DATA / f"{name}.jsonl"
        return evaluate_records(analyzer, read_jsonl(path), list(analyzer.codebook.ids), path)[0]

    return report


@pytest.mark.parametrize("name", NARRATIVE_SETS)
def test_blind_narratives_keep_their_measured_pii_level(name: str, gold_report: Callable[[str], Report]) -> None:
    # At most one target-label span missed per set; none is missed now: W's "i do our lily
    # toast" (a Northern "our" before a word-name), A's "dre", K's "Gray says", M's "mo at
    # the service", X's "the Okonkwo children", AC's "our Shaz'll" and the misses AT-BK were
    # measured blind with are caught (BB-BK: PERSON 288/298 blind, 298/298 now; BL-BQ: PERSON
    # 272/292 blind, ADDRESS 26/27, POSTCODE 15/16 and NI_NUMBER 9/10, the three read out in
    # words in voice notes; BR-CD: PERSON 552/566, ADDRESS 59/65, DATE_OF_BIRTH 43/46 and
    # NI_NUMBER 18/19 blind, caught in redaction round ten; CE-CN: PERSON 480/489 and ADDRESS
    # 45/46 blind, caught in redaction round eleven; CO-CT: PERSON 227/233 and ADDRESS 32/37
    # blind, caught in redaction round twelve; CU-CZ: PERSON 204/207 blind, caught in round
    # thirteen; DA-DF: PERSON 256/262 blind, caught in round fourteen; DG-DL: PERSON 206/213
    # blind at the fifteenth session's start, 210/213 with the name scorer and ADDRESS 26/27,
    # measured blind, caught in round fifteen (213/213 and 27/27 in-sample, 496 of 502
    # predicted spans touching gold); DM-DR: PERSON 272/276, ADDRESS 21/22 and NI_NUMBER 7/8
    # blind, caught in round sixteen (565 of 581 predicted spans touching gold); DS-DX: PERSON
    # 247/251 blind, caught in round seventeen (548 of 549 predicted spans touching gold);
    # DY-ED: PERSON 205/210 and DATE_OF_BIRTH 18/20 blind, EE-EH: PERSON 174/176 blind, caught
    # in round eighteen (506 of 517 and 342 of 349 predicted spans touching gold); EI-EN: PERSON
    # 248/254 and ADDRESS 23/24 blind, caught in round nineteen (505 of 515 predicted spans
    # touching gold); all caught now). Small unlisted places are not a target label.
    # These floors keep what the sets measure after their fixes.
    report = gold_report(name)
    missed = {label: report.pii_recall[label][1] - report.pii_recall[label][0] for label in TARGET_LABELS}
    assert sum(missed.values()) <= 1, missed
    correct, predicted = report.pii_precision
    assert correct / predicted >= 0.9, (correct, predicted)


@pytest.mark.parametrize("name", SAFEGUARDING_SETS)
def test_safeguarding_recall_is_total_and_precision_high(name: str, gold_report: Callable[[str], Report]) -> None:
    report = gold_report(name)
    assert report.safeguarding.recall == 1.0, report.safeguarding
    assert report.safeguarding.precision >= 0.8, report.safeguarding


@pytest.mark.skipif(not DEV.exists(), reason="shared/eval/dev.jsonl is not beside this checkout")
def test_dev_set_stays_at_full_recall(analyzer: Analyzer) -> None:
    out = io.StringIO()
    report = evaluate_jsonl(analyzer, DEV, out)
    data = json.loads(out.getvalue())
    assert all(v["recall"] == 1.0 for v in data["pii"]["recall"].values() if v["total"])
    assert report.safeguarding.recall == 1.0 and report.safeguarding.precision == 1.0
    assert data["pii"]["precision_any_overlap"]["precision"] >= 0.98


@pytest.mark.parametrize(
    ("batch", "floor"),
    [(build_challenge.BATCH_BB_BE, 0.75)],
    ids=["BB-BE"],
)
def test_themes_hold_their_level_on_writers_the_classifier_never_saw(
    batch: tuple[str, ...], floor: float, gold_report: Callable[[str], Report]
) -> None:
    # The classifier trains on every other blind set's themes; these batches are kept apart
    # (build_challenge.THEMES_HELD_OUT). Pooled micro-F1, texts with no gold theme included.
    # BB-BE (247 texts): 0.720 at the tenth session's start, 0.742 after it, 0.755 with the
    # NB half (storybot.nlp.train.NB_ALPHA), 0.766 once BL to CD joined training (twelfth
    # session, whose choices were made on BB-BE: it is held out, no longer blind), 0.767 with
    # CE to CN too (thirteenth), 0.764 with CO to CZ too (fourteenth), 0.767 with DA to DF
    # too (fifteenth), 0.769 with DG to DL too and 0.772 with DM to DR too (sixteenth), 0.770
    # with DS to DX too (seventeenth), 0.769 with DY to EH too and 0.768 with EI to EN too
    # (eighteenth), 0.765 with EO to ET too and 0.766 with EU to EZ too (nineteenth). Short of
    # the 0.80 target; this floor keeps what was gained.
    assert set(batch) <= set(build_challenge.THEMES_HELD_OUT)
    assert _pooled_f1(batch, gold_report) >= floor


@pytest.mark.parametrize(
    ("batch", "floor"),
    [
        (build_challenge.BATCH_BL_BQ, 0.90), (BATCH_BR_CD, 0.90), (BATCH_CE_CN, 0.90), (BATCH_CO_CZ, 0.90),
        (build_challenge.BATCH_DA_DF, 0.90), (build_challenge.BATCH_DG_DL, 0.90), (build_challenge.BATCH_DM_DR, 0.90),
        (build_challenge.BATCH_DS_DX, 0.90), (build_challenge.BATCH_DY_ED, 0.90), (build_challenge.BATCH_EE_EH, 0.90),
        (build_challenge.BATCH_EI_EN, 0.90), (build_challenge.BATCH_EO_ET, 0.90), (build_challenge.BATCH_EU_EZ, 0.90),
    ],
    ids=[
        "BL-BQ", "BR-CD", "CE-CN", "CO-CZ", "DA-DF", "DG-DL", "DM-DR", "DS-DX", "DY-ED", "EE-EH", "EI-EN", "EO-ET",
        "EU-EZ",
    ],
)
def test_themes_are_learnt_from_the_blind_sets_in_training(
    batch: tuple[str, ...], floor: float, gold_report: Callable[[str], Report]
) -> None:
    # IN-SAMPLE: these batches train the classifier, so this is not a measure of unseen text, only a
    # check that the gold-set corpora were rebuilt and learnt (0.955, 0.962 and 0.953 when they
    # joined, 0.954 for CO to CZ, 0.951 for DA to DF, 0.955 for DG to DL, 0.948 for DM to DR, 0.960
    # for DS to DX, 0.958 for DY to EH, 0.959 for EI to EN, 0.961 for EO to ET, 0.962 for EU to EZ;
    # a model that never saw them scored 0.751 and 0.744 blind in the eleventh session, 0.746 on CE
    # to CN in the twelfth, 0.763 on CO to CT in the thirteenth, 0.744 on CU to CZ and 0.752 on DA
    # to DF in the fourteenth, 0.776 on DG to DL in the fifteenth, 0.757 on DM to DR in the
    # sixteenth, 0.755 on DS to DX in the seventeenth, 0.758 on DY to ED and 0.781 on EE to EH at
    # the eighteenth's start, 0.744 on EI to EN and 0.752 on EO to ET at its end, 0.727 on EU to EZ
    # in the nineteenth).
    assert not set(batch) & set(build_challenge.THEMES_HELD_OUT)
    assert _pooled_f1(batch, gold_report) >= floor


def _pooled_f1(batch: tuple[str, ...], gold_report: Callable[[str], Report]) -> float:
    tp = fp = fn = 0
    for name in batch:
        report = gold_report(name)
        tp, fp, fn = tp + report.micro.tp, fp + report.micro.fp, fn + report.micro.fn
    return 2 * tp / (2 * tp + fp + fn)
