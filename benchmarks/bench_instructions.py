"""Instructions per note (issue: throughput), counted by valgrind, so that two engines can be
compared on a shared, noisy machine where wall-clock ratios of the same code vary by 20 %.
Run from the repository root:

    python benchmarks/bench_instructions.py [--notes 300] [--compare PYTHON ...]

For this checkout's Python (and each ``--compare`` interpreter, e.g. the venv of an older
checkout) it counts the machine instructions of coding N notes of the knee-dense corpus
(`code_note`, `result_dict`, JSON encoding) once the process's caches are warm (a second pass
over the same notes minus a first), and prints instructions per note and the ratio to the
first interpreter. Counts are deterministic to about 0.1 % (hash seed fixed). Instructions
are not time: memory behaviour differs between engines, so the wall-clock benchmarks
(bench_throughput.py) remain the measure of throughput.
Needs `valgrind` on the PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import corpus  # noqa: E402

CODE = """
import json, sys
from kneecode import code_note, result_dict
from kneecode.lexicon import default_lexicon
lex = default_lexicon()
notes = [json.loads(line) for line, _ in zip(open(sys.argv[1]), range(int(sys.argv[2])))]
code_note("warm-up: right knee pain", "outpatient", lex)
for _ in range(int(sys.argv[3])):
    for n in notes:
        json.dumps(result_dict(code_note(n["text"], n.get("setting") or "outpatient", lex)), ensure_ascii=False)
"""


def instructions(python: str, path: Path, n: int, passes: int) -> int:
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
        + [python, "-c", CODE, str(path), str(n), str(passes)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        cwd="/",  # the interpreter's own installation, not this checkout's folder
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed for {python}: {done.stderr.strip()[-300:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--compare", nargs="*", default=[], help="other Python interpreters with kneecode installed")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: this benchmark counts instructions with it")
    path = corpus(20_000)
    first = None
    for python in [sys.executable, *args.compare]:
        # The second pass over the same notes minus the first: what a note costs once the
        # process's caches (phrase lists built on first use, fuzzy look-ups) are warm, as they
        # are for all but the first notes of a batch.
        per_note = (instructions(python, path, args.notes, 2) - instructions(python, path, args.notes, 1)) / args.notes
        first = first or per_note
        print(f"{python}: {per_note / 1e6:.3f} M instructions per knee-dense note, {per_note / first:.2f} x the first")


if __name__ == "__main__":
    main()
