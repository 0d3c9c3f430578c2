"""Accuracy on the labelled notes: the shared development and held-out notes (or their snapshots
in tests/fixtures/ on a clean clone) and the blind sets written from the rules alone."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from kneecode import code_note
from kneecode.errors import InputError
from kneecode.evaluate import evaluate, read_gold

from .conftest import DEV_NOTES, ROOT

SHARED = ROOT.parent / "shared" / "eval"
HELDOUT = (
    SHARED / "heldout-a.jsonl"
    if (SHARED / "heldout-a.jsonl").exists()
    else ROOT / "tests" / "fixtures" / "heldout-a.jsonl"
)
BLIND = sorted((ROOT / "tests" / "fixtures" / "blind").glob("*.jsonl"))


def _notes(path: Path) -> list:
    return [n for n in read_gold(str(path)) if not isinstance(n, InputError)]


@pytest.mark.parametrize("path", [DEV_NOTES, HELDOUT], ids=["dev", "heldout-a"])
def test_labelled_notes_meet_the_accuracy_bar(path: Path) -> None:
    notes = _notes(path)
    assert len(notes) >= 100
    ev = evaluate(notes)
    misses = "\n".join(f"{m.id}: gold {m.gold} predicted {m.predicted}" for m in ev.misses)
    assert ev.exact_match >= 0.98, misses
    for score in ev.scores:
        assert score.f1 is not None and score.f1 >= 0.97, (score.code, misses)


def _missed(paths: list[Path]) -> tuple[int, list[str]]:
    """(notes, misses) of the labelled files: one share of the blind sets, coded in a worker (the
    codes only: `evaluate`'s scores and calibration samples are the labelled sets' tests')."""
    notes = [n for path in paths for n in _notes(path)]
    misses = []
    for note in notes:
        predicted = frozenset(code_note(note.text, note.setting).codes)
        if predicted != note.codes:
            misses.append(f"{note.id}: gold {sorted(note.codes)} predicted {sorted(predicted)}")
    return len(notes), misses


def test_blind_notes_stay_accurate() -> None:
    # the sets are many: both cores code half of them each (CI machines have two)
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
        shares = list(pool.map(_missed, [BLIND[0::2], BLIND[1::2]]))
    total = sum(n for n, _ in shares)
    misses = [m for _, share in shares for m in share]
    assert total >= 700
    assert 1 - len(misses) / total >= 0.97, "\n".join(misses)


def test_examples_gold_file() -> None:
    assert evaluate(_notes(ROOT / "examples" / "gold.jsonl")).exact_match == 1.0
