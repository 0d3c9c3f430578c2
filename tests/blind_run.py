"""Codes the blind sets and reports their misses: run by the test suite in a background process
from the start of a run (see conftest.py), so that the thousands of blind notes are coded on the
core the mostly single-threaded rest of the suite leaves free; the suite's last test then codes
the sets not yet taken beside it (both sides claim a set before coding it), so that the two cores
share the sets to the end.

It codes the review probes first (tests/fixtures/review, every one, for
tests/test_rules_stay_narrow.py, where each must stay right), then the blind sets.

The blind sets' test is a bar on accuracy over all the sets (0.97), not a guard of each note (the
review probes are that), so the suite codes every twentieth note of each set (KNEECODE_BLIND_STRIDE,
default 20): over tens of thousands of notes (5,432 of 108,640 by round 284) the twentieth measures the
same accuracy to within half a point (0.9827 against 0.9826 for all of them, with round 284; every
sixteenth gave 0.9847), and the background run then ends with the rest of the suite on a loaded host
(every sixteenth kept the suite waiting for it some 14 s by round 284). KNEECODE_BLIND_STRIDE=1 codes
them all (as does ``kneecode evaluate tests/fixtures/blind/*.jsonl``).

    python tests/blind_run.py SET.jsonl ...              ->  {"notes": N, "misses": ["id: gold ... predicted ...", ...]}
    python tests/blind_run.py --share DIR SET.jsonl ...  ->  DIR/<set>.json for each set this process claimed
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from kneecode import code_note
from kneecode.errors import InputError
from kneecode.evaluate import read_gold

STRIDE = max(1, int(os.environ.get("KNEECODE_BLIND_STRIDE", "20")))


def missed(paths: list[str]) -> tuple[int, list[str]]:
    """(notes, misses) of every STRIDE-th note of the blind sets, and of every probe of a review's file
    (tests/fixtures/review: each must stay right): the codes only (evaluate's scores and calibration
    samples are the labelled sets' own tests)."""
    total, misses = 0, []
    for path in paths:
        if Path(path).parent.name == "review":
            probes = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
            total += len(probes)
            misses += wrong_probes(probes)
            continue
        notes = [n for n in itertools.islice(read_gold(path), 0, None, STRIDE) if not isinstance(n, InputError)]
        total += len(notes)
        for note in notes:
            predicted = frozenset(code_note(note.text, note.setting).codes)
            if predicted != note.codes:
                misses.append(f"{note.id}: gold {sorted(note.codes)} predicted {sorted(predicted)}")
    return total, misses


def wrong_probes(probes: list[dict]) -> list[str]:
    """Each review probe now wrong, with the reason the rules require its codes."""
    return [
        f"{p['id']}: {p['text']!r} gives {codes}, the rules require {tuple(p['codes'])} ({p['why']})"
        for p in probes
        if (codes := code_note(p["text"], p["setting"]).codes) != tuple(p["codes"])
    ]


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


def gathered(paths: list[str], share: Path, run: subprocess.Popen | None = None) -> tuple[int, list[str]]:
    """(notes, misses) of every set, from the results both sides wrote to ``share`` (waiting, while the
    background ``run`` goes on, for those it is still coding)."""
    total, misses = 0, []
    for path in paths:
        result = share / f"{Path(path).name}.json"
        while run is not None and not result.exists() and run.poll() is None:
            time.sleep(0.05)
        found = json.loads(result.read_text(encoding="utf-8"))
        total += found["notes"]
        misses += found["misses"]
    return total, misses


if __name__ == "__main__":
    if sys.argv[1] == "--share":
        code_unclaimed(sys.argv[3:], Path(sys.argv[2]))
    else:
        total, misses = missed(sys.argv[1:])
        print(json.dumps({"notes": total, "misses": misses}))
