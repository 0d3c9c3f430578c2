"""Accuracy on the shared development notes (coding-rules section 6 format)."""

from __future__ import annotations

import pytest

from kneecode.errors import InputError
from kneecode.evaluate import evaluate, read_gold

from .conftest import DEV_NOTES


@pytest.mark.skipif(not DEV_NOTES.exists(), reason=f"dev notes not found at {DEV_NOTES}")
def test_dev_notes_meet_the_accuracy_bar() -> None:
    notes = [n for n in read_gold(str(DEV_NOTES)) if not isinstance(n, InputError)]
    assert len(notes) >= 100
    ev = evaluate(notes)
    misses = "\n".join(f"{m.id}: gold {m.gold} predicted {m.predicted}" for m in ev.misses)
    assert ev.exact_match >= 0.98, misses
    for score in ev.scores:
        assert score.f1 >= 0.97, (score.code, misses)


def test_examples_gold_file() -> None:
    from .conftest import ROOT

    notes = [n for n in read_gold(str(ROOT / "examples" / "gold.jsonl")) if not isinstance(n, InputError)]
    assert evaluate(notes).exact_match == 1.0
