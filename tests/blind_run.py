"""Codes the blind sets and prints their misses as JSON: run by the test suite in a background
process from the start of a run (see conftest.py), so that the thousands of blind notes are
coded on the core the mostly single-threaded rest of the suite leaves free.

    python tests/blind_run.py SET.jsonl ...  ->  {"notes": N, "misses": ["id: gold [...] predicted [...]", ...]}
"""

from __future__ import annotations

import json
import sys

from kneecode import code_note
from kneecode.errors import InputError
from kneecode.evaluate import read_gold


def missed(paths: list[str]) -> tuple[int, list[str]]:
    """(notes, misses) of the labelled files: the codes only (evaluate's scores and calibration
    samples are the labelled sets' own tests)."""
    notes = [n for path in paths for n in read_gold(path) if not isinstance(n, InputError)]
    misses = []
    for note in notes:
        predicted = frozenset(code_note(note.text, note.setting).codes)
        if predicted != note.codes:
            misses.append(f"{note.id}: gold {sorted(note.codes)} predicted {sorted(predicted)}")
    return len(notes), misses


if __name__ == "__main__":
    total, misses = missed(sys.argv[1:])
    print(json.dumps({"notes": total, "misses": misses}))
