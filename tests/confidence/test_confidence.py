"""Confidence and the review queue: the signals each note raises, the model file, fitting and
judging, and where confidence shows (JSON, text, batch CSV, --review-out, evaluate, audit)."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from kneecode import code_note
from kneecode.cli import cli
from kneecode.confidence.fit import (
    NAMES,
    Sample,
    calibrate,
    fit_logistic,
    fit_monotone,
    operating,
    reliability,
    threshold_for,
)
from kneecode.domain import Signal
from kneecode.errors import LexiconError
from kneecode.lexicon.confidence import ConfidenceModel, load_model
from kneecode.lexicon.signals import BACKGROUND, SIGNALS

from ..background import run_check


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def signals_of(text: str, setting: str = "outpatient") -> dict[str, Signal]:
    result = code_note(text, setting)
    assert result.confidence is not None
    return {s.name: s for s in result.confidence.signals}


# ------------------------------------------------------------------------------ signals


@pytest.mark.parametrize(
    ("text", "raised", "message"),
    [
        ("Follow-up for hypertension.", "no_knee_words", ""),
        ("Knee exam normal.", "knee_words_no_code", ""),
        ("Knee pain for a month.", "unspecified_code", ""),
        ("Bilateral knee pain.", "both_sides", ""),
        ("R knee: effusion, tender.\nKnee pain worse on stairs.", "side_inferred", "side taken from 'R knee'"),
        ("s/p right TKA. Now the contralateral knee hurts.", "side_reference", "side by reference"),
        ("Complaint: knee pain\nSide: left", "side_field", "side read from a form field 'left'"),
        ("Knees ache.", "side_plural", "both sides read from the plural in 'Knees ache' at 1:1"),
        ("Knee pain. R knee effusion. L knee crepitus.", "side_conflict", "conflicting sides"),
        ("R knee pian", "fuzzy_word", "fuzzy match 'pian' at 1:8 read as 'pain'"),
        ("Her right knee is swollen and it hurts.", "weak_attachment", "pain tied to the knee by"),
        ("Right knee pain; possible meniscal tear.", "uncertain_diagnosis", "diagnosis uncertain"),
        ("Left knee pain due to osteoarthritis of the left knee.", "replaced_by_diagnosis", "pain replaced by"),
        ("Right knee pain. Denies right knee pain at rest.", "mixed_statements", "the same knee is also negated"),
        ("Left knee pain and right hip pain.", "other_site_pain", ""),
        ("Left knee pain.", "single_mention", ""),
        ("Right knee pain.", "inpatient", ""),
    ],
)
def test_each_signal_is_raised_by_what_it_names(text: str, raised: str, message: str) -> None:
    signals = signals_of(text, "inpatient" if raised == "inpatient" else "outpatient")
    assert raised in signals, sorted(signals)
    assert message in signals[raised].message
    assert raised in SIGNALS


def test_signal_spans_point_at_their_words() -> None:
    text = "R knee: effusion, tender.\nKnee pain worse on stairs."
    signal = signals_of(text)["side_inferred"]
    assert [text[s.start : s.end] for s in signal.spans] == [s.text for s in signal.spans] == ["R", "knee"]


def test_every_note_gets_a_confidence() -> None:
    for text in ("", "Follow-up for hypertension.", "R knee pain", "knee " * 500):
        c = code_note(text).confidence
        assert c is not None and 0.0 <= c.value <= 1.0


# --------------------------------------------------------------------------- model file


def test_the_shipped_model_loads_and_knows_its_signals() -> None:
    model = code_note("R knee pain").note.__dict__["confidence"]  # type: ignore[union-attr]
    assert model is not None
    from kneecode.lexicon import default_lexicon

    shipped = default_lexicon().confidence_model
    assert set(shipped.weights) <= set(SIGNALS) and 0.0 < shipped.threshold < 1.0


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "not valid JSON"),
        ('{"schema": "other"}', "not a confidence model"),
        (
            '{"schema": "kneecode/confidence-model-v1", "weights": {"nope": 1}, "bias": 0, "threshold": 0.5}',
            "unknown signals nope",
        ),
        (
            '{"schema": "kneecode/confidence-model-v1", "weights": {}, "bias": "x", "threshold": 0.5}',
            "'bias' must be a number",
        ),
        ('{"schema": "kneecode/confidence-model-v1", "weights": {}, "bias": 0, "threshold": 2}', "between 0 and 1"),
    ],
)
def test_a_bad_model_file_is_a_one_line_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content)
    with pytest.raises(LexiconError, match=problem):
        load_model(path)


# ----------------------------------------------------------------------- fitting, judging


def synthetic(n: int = 600, seed: int = 7) -> list[Sample]:
    """Notes whose mistakes follow two signals, as a site's labelled notes might."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        fuzzy, inferred = rng.random() < 0.2, rng.random() < 0.3
        p_right = 0.99 - 0.25 * fuzzy - 0.15 * inferred
        signals = (Signal("fuzzy_word", 1.0),) * fuzzy + (Signal("side_inferred", 1.0),) * inferred
        out.append(Sample(f"n{i}", signals, rng.random() < p_right))
    return out


def test_fitting_finds_the_signals_that_predict_mistakes() -> None:
    samples = synthetic()
    rows = [[sum(s.value for s in x.signals if s.name == n) for n in NAMES] for x in samples]
    bias, weights = fit_logistic(rows, [x.correct for x in samples], ridge=0.1)
    w = dict(zip(NAMES, weights, strict=True))
    assert w["fuzzy_word"] < w["side_inferred"] < 0 < bias
    assert all(abs(w[n]) < 0.05 for n in NAMES if n not in ("fuzzy_word", "side_inferred"))


def test_a_doubt_never_raises_confidence() -> None:
    """A doubt that happens to go with right answers in the fitted notes is held at zero (it is
    shown to reviewers as a reason); background signals keep their fitted sign."""
    rng = random.Random(7)
    samples = []
    for i in range(600):
        fuzzy, long_note = rng.random() < 0.3, rng.random() < 0.5
        p_right = 0.9 + 0.09 * fuzzy + 0.05 * long_note  # by chance, fuzzy notes were right more often
        signals = (Signal("fuzzy_word", 1.0),) * fuzzy + (Signal("note_length", 1.0),) * long_note
        samples.append(Sample(f"n{i}", signals, rng.random() < p_right))
    rows = [[sum(s.value for s in x.signals if s.name == n) for n in NAMES] for x in samples]
    labels = [x.correct for x in samples]
    free = dict(zip(NAMES, fit_logistic(rows, labels, ridge=0.1)[1], strict=True))
    held = dict(zip(NAMES, fit_monotone(rows, labels, ridge=0.1)[1], strict=True))
    assert free["fuzzy_word"] > 0 and held["fuzzy_word"] == 0.0
    assert held["note_length"] > 0  # background: not a doubt


def test_the_shipped_model_has_no_reassuring_doubts() -> None:
    from kneecode.lexicon import default_lexicon

    weights = default_lexicon().confidence_model.weights
    assert all(w <= 0 for name, w in weights.items() if name not in BACKGROUND), weights


def test_calibration_chooses_a_threshold_that_meets_the_target() -> None:
    model, report = calibrate(synthetic(), target=0.97, folds=5, ridge=0.1)
    cv = report["cross_validated"]["at_threshold"]
    assert cv["accepted_accuracy"] >= 0.97 and 0 < cv["automation_rate"] < 1
    assert model.threshold == pytest.approx(cv["threshold"], abs=1e-4)
    assert report["cross_validated"]["ece"] < 0.08  # 600 notes in fixed bins: sampling noise


def test_operating_points_and_reliability() -> None:
    probs = [0.99, 0.98, 0.9, 0.6, 0.3]
    right = [True, True, True, False, False]
    op = operating(probs, right, 0.9)
    assert (op.accepted, op.accepted_accuracy, op.flagged, op.flagged_accuracy) == (3, 1.0, 2, 0.0)
    assert threshold_for(probs, right, 1.0).threshold == 0.9
    bins, ece = reliability(probs, right, (0.0, 0.5, 1.0))
    assert [(b.notes, round(b.accuracy, 2)) for b in bins] == [(1, 0.0), (4, 0.75)]
    assert ece == pytest.approx((1 * 0.3 + 4 * abs(0.75 - (0.99 + 0.98 + 0.9 + 0.6) / 4)) / 5)


# ----------------------------------------------------------------------- where it shows


@pytest.fixture
def strict_model(tmp_path: Path) -> str:
    """A model that distrusts misspellings (the shipped one is fitted on data, and may change)."""
    path = tmp_path / "strict.json"
    model = ConfidenceModel({"fuzzy_word": -4.0, "single_mention": -0.5}, 4.0, 0.8, {})
    path.write_text(json.dumps(model.to_dict()))
    return str(path)


def test_json_text_and_review_threshold(runner: CliRunner, strict_model: str) -> None:
    data = json.loads(runner.invoke(cli, ["code", "--format", "json", "R knee pian"]).output)
    assert 0 < data["confidence"] <= 1 and set(data["code_confidence"]) == {"M25.561"}
    assert isinstance(data["needs_review"], bool)
    strict = json.loads(
        runner.invoke(cli, ["--calibration", strict_model, "code", "--format", "json", "R knee pian"]).output
    )
    assert strict["needs_review"] is True
    assert strict["review_reasons"][0]["message"].startswith("fuzzy match 'pian' at 1:8")
    text = runner.invoke(cli, ["--calibration", strict_model, "code", "R knee pian"]).output
    assert text.splitlines()[1].startswith("Confidence ") and "NEEDS REVIEW (fuzzy match 'pian' at 1:8" in text
    relaxed = runner.invoke(cli, ["code", "--review-below", "0", "R knee pian"]).output
    assert ": accept (review threshold 0.000)" in relaxed


def test_knees_that_disagree_on_the_side_are_always_reviewed(runner: CliRunner) -> None:
    # the coding rules make it a query to the provider: no threshold accepts it, and the reason comes first
    text = "Knee pain x 1 month. Exam: R knee mild effusion. L knee crepitus."
    data = json.loads(runner.invoke(cli, ["code", "--review-below", "0", "--format", "json", text]).output)
    assert data["needs_review"] is True
    assert data["review_reasons"][0]["signal"] == "side_conflict"
    assert data["review_reasons"][0]["message"] == "conflicting sides: 'R knee' at 1:28, 'L knee' at 1:50"
    calm = json.loads(runner.invoke(cli, ["code", "--review-below", "0", "--format", "json", "R knee pain."]).output)
    assert calm["needs_review"] is False


def test_batch_columns_and_review_queue(runner: CliRunner, tmp_path: Path) -> None:
    notes = tmp_path / "n.jsonl"
    notes.write_text(
        '{"id": "sure", "text": "Right knee pain for 2 weeks, worse on stairs. Right knee pain at night."}\n'
        '{"id": "fuzzy", "text": "knee pian"}\n'
        '{"id": "broken", "text": 5}\n'
    )
    out, review = tmp_path / "out.csv", tmp_path / "review.csv"
    result = runner.invoke(
        cli, ["batch", str(notes), "-o", str(out), "--review-out", str(review), "--review-below", "0.9"]
    )
    assert result.exit_code == 1
    rows = {r["id"]: r for r in csv.DictReader(out.open())}
    assert rows["sure"]["needs_review"] == "no" and float(rows["sure"]["confidence"]) >= 0.9
    queued = list(csv.DictReader(review.open()))
    assert [r["id"] for r in queued] == [i for i in ("sure", "fuzzy", "broken") if rows[i]["needs_review"] == "yes"]
    assert "broken" in [r["id"] for r in queued] and "must be a string" in queued[-1]["error"]
    assert "review (low confidence or not coded)" in result.stderr


def test_evaluate_reports_review_figures(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        '{"id": "a", "text": "R knee pain", "codes": ["M25.561"]}\n'
        '{"id": "b", "text": "knee pian", "codes": ["M25.562"]}\n'
    )
    out = runner.invoke(cli, ["evaluate", str(gold)]).output
    assert "confidence and review" in out and "expected calibration error" in out
    data = json.loads(runner.invoke(cli, ["evaluate", str(gold), "--format", "json"]).output)
    assert set(data["review"]) == {"at_threshold", "at_0.99", "at_0.995", "reliability", "ece"}


def test_calibrate_writes_a_model_that_evaluate_and_code_use(runner: CliRunner, tmp_path: Path) -> None:
    rows = []
    for i in range(60):
        wrong = i % 10 == 0  # a site whose labels disagree with kneecode on fuzzy notes
        rows.append(
            {
                "id": f"r{i}",
                "text": "Right knee pain." if not wrong else "rt kne pian",
                "codes": ["M25.561" if not wrong else "M25.562"],
            }
        )
    gold = tmp_path / "g.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    model_path = tmp_path / "model.json"
    result = runner.invoke(cli, ["calibrate", str(gold), "-o", str(model_path), "--target", "0.95"])
    assert result.exit_code == 0, result.output
    model = load_model(model_path)
    assert model.weights.get("fuzzy_word", 0) < 0
    assert "weights (negative lowers confidence" in result.output
    low = json.loads(
        runner.invoke(cli, ["--calibration", str(model_path), "code", "--format", "json", "rt kne pian"]).output
    )
    high = json.loads(
        runner.invoke(cli, ["--calibration", str(model_path), "code", "--format", "json", "Right knee pain."]).output
    )
    assert low["confidence"] < high["confidence"]
    too_few = runner.invoke(cli, ["calibrate", str(gold), "-o", str(tmp_path / "m2.json"), "--folds", "2"])
    assert too_few.exit_code == 0
    tiny = tmp_path / "tiny.jsonl"
    tiny.write_text("".join(json.dumps(r) + "\n" for r in rows[1:10]))
    refused = runner.invoke(cli, ["calibrate", str(tiny), "-o", str(tmp_path / "m3.json")])
    assert refused.exit_code == 2 and "needs at least 50 notes" in refused.output
    assert not (tmp_path / "m3.json").exists()


def test_audit_ranks_low_confidence_disagreements_last(runner: CliRunner, tmp_path: Path, strict_model: str) -> None:
    claims = tmp_path / "c.csv"
    claims.write_text(
        "id,codes,text\nunsure,M25.562,R kne pian\nsure,M25.562,Right knee pain. Right knee pain at night.\n"
    )
    summary = runner.invoke(cli, ["--calibration", strict_model, "audit", str(claims)]).stdout
    assert summary.index("  sure  claimed") < summary.index("  unsure  claimed")
    assert "(low confidence: kneecode's reading needs review)" in summary


def test_model_is_data_not_code(tmp_path: Path) -> None:
    model = ConfidenceModel({"fuzzy_word": -2.0}, 3.0, 0.9, {"fitted_on": "test"})
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_dict()))
    assert load_model(path) == model
    fuzzy = [Signal("fuzzy_word", 1.0, "fuzzy", ())]
    assert model.score(fuzzy) < model.threshold < model.score([])
    assert model.lowering(fuzzy)[0].message == "fuzzy"


@pytest.mark.background
def test_the_shipped_model_is_the_calibration_of_the_kept_notes(request: pytest.FixtureRequest) -> None:
    """data/confidence/model.json is what tools/make_confidence_model.py fits on the labelled
    notes kept in tests/fixtures/calibration (written blind, never used to tune the rules)."""
    run_check(request.config, "tests.confidence.test_confidence:shipped_model_is_the_calibration")


def shipped_model_is_the_calibration() -> None:
    """(run in a process of its own by a whole run: tests/background.py)"""
    from kneecode.evaluate import labelled_samples
    from kneecode.lexicon import default_lexicon

    root = Path(__file__).resolve().parent.parent.parent
    paths = sorted(str(p) for p in (root / "tests" / "fixtures" / "calibration").glob("*.jsonl"))
    samples, errors = labelled_samples(paths, default_lexicon())
    assert not errors and len(samples) >= 400
    model, report = calibrate(samples, workers=2)
    shipped = default_lexicon().confidence_model
    assert shipped.threshold == pytest.approx(model.threshold, abs=2e-3)
    for name in SIGNALS:
        assert shipped.weights.get(name, 0.0) == pytest.approx(model.weights.get(name, 0.0), abs=0.05), name
    assert report["cross_validated"]["ece"] <= 0.05


def test_a_value_just_under_the_threshold_is_shown_apart_from_it() -> None:
    from dataclasses import replace

    from kneecode.render.text import review_line

    c = code_note("R knee pain").confidence
    under = replace(c, value=0.9766, threshold=0.9767, needs_review=True)
    assert review_line(under).startswith("Confidence 0.9766: NEEDS REVIEW")
    over = replace(c, value=0.9931, threshold=0.9767, needs_review=False)
    assert review_line(over) == "Confidence 0.993: accept (review threshold 0.977)"
