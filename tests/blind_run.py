"""Codes the blind sets and reports their misses: run by the test suite in a background process
from the start of a run (see conftest.py), so that the thousands of blind notes are coded on the
core the mostly single-threaded rest of the suite leaves free; the suite's last test then codes
the sets not yet taken beside it (both sides claim a set before coding it), so that the two cores
share the sets to the end.

The test is a bar on accuracy over all the sets (0.97), not a guard of each note (the review
probes are that: tests/test_rules_stay_narrow.py), so the suite codes every fourth note of each
set (KNEECODE_BLIND_STRIDE, default 4): over tens of thousands of notes (about 19,000 of 78,000)
the fourth measures the same accuracy to about a tenth of a point, in a quarter of the time (with
every third, the suite ran past three minutes on two cores). KNEECODE_BLIND_STRIDE=1 codes them all
(as does ``kneecode evaluate tests/fixtures/blind/*.jsonl``).

    python tests/blind_run.py SET.jsonl ...              ->  {"notes": N, "misses": ["id: gold ... predicted ...", ...]}
    python tests/blind_run.py --share DIR SET.jsonl ...  ->  DIR/<set>.json for each set this process claimed
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from pathlib import Path

from kneecode import code_note
from kneecode.errors import InputError
from kneecode.evaluate import read_gold

STRIDE = max(1, int(os.environ.get("KNEECODE_BLIND_STRIDE", "4")))


def missed(paths: list[str]) -> tuple[int, list[str]]:
    """(notes, misses) of every STRIDE-th note of the labelled files: the codes only (evaluate's
    scores and calibration samples are the labelled sets' own tests)."""
    notes = [
        n for path in paths for n in itertools.islice(read_gold(path), 0, None, STRIDE) if not isinstance(n, InputError)
    ]
    misses = []
    for note in notes:
        predicted = frozenset(code_note(note.text, note.setting).codes)
        if predicted != note.codes:
            misses.append(f"{note.id}: gold {sorted(note.codes)} predicted {sorted(predicted)}")
    return len(notes), misses


def code_unclaimed(paths: list[str], share: Path) -> None:
    """Code each set no other process has claimed yet (a claim is a file made exclusively), writing
    its result to ``share`` atomically."""
    for path in paths:
        name = Path(path).name
        try:
            os.close(os.open(share / f"{name}.claim", os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            continue  # the other side codes it
        total, misses = missed([path])
        partial = share / f"{name}.json.partial"
        partial.write_text(json.dumps({"notes": total, "misses": misses}), encoding="utf-8")
        os.replace(partial, share / f"{name}.json")


def gathered(paths: list[str], share: Path) -> tuple[int, list[str]]:
    """(notes, misses) of every set, from the results both sides wrote to ``share``."""
    total, misses = 0, []
    for path in paths:
        found = json.loads((share / f"{Path(path).name}.json").read_text(encoding="utf-8"))
        total += found["notes"]
        misses += found["misses"]
    return total, misses


if __name__ == "__main__":
    if sys.argv[1] == "--share":
        code_unclaimed(sys.argv[3:], Path(sys.argv[2]))
    else:
        total, misses = missed(sys.argv[1:])
        print(json.dumps({"notes": total, "misses": misses}))
