"""Core benchmarks (issue: kneecode core). Run from the repository root after installing:

    python benchmarks/bench_core.py [--runs 21] [--notes 20000]

Prints, from one run on this machine:
(a) the wall time of `kneecode code` on a one-line note as a ratio to
    `python -c "import click, rich.console, rapidfuzz.process"` (target: at most 1.3);
    the two commands are timed alternately and the medians compared, so machine noise
    hits both alike;
(b) single-process engine throughput in notes/s on the dev notes repeated to 20,000 notes,
    for code_note alone and with the JSON result serialised.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "tests" / "fixtures" / "dev.jsonl"]


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def startup_ratio(runs: int) -> None:
    kneecode = shutil.which("kneecode")
    if kneecode is None:
        sys.exit("kneecode is not on PATH: pip install . first")
    baseline_cmd = [sys.executable, "-c", "import click, rich.console, rapidfuzz.process"]
    code_cmd = [kneecode, "code", "R knee pain x 2 weeks."]
    wall(baseline_cmd), wall(code_cmd)  # warm the file cache
    base, code = [], []
    for _ in range(runs):
        base.append(wall(baseline_cmd))
        code.append(wall(code_cmd))
    b, c = statistics.median(base), statistics.median(code)
    print(f"(a) start-up, median of {runs} alternating runs")
    print(f"    baseline  python -c 'import click, rich.console, rapidfuzz.process': {b * 1000:7.1f} ms")
    print(f"    kneecode code 'R knee pain x 2 weeks.':                              {c * 1000:7.1f} ms")
    print(f"    ratio: {c / b:.2f}  (target <= 1.3)")


def throughput(n_notes: int) -> None:
    from kneecode import code_note, result_dict
    from kneecode.lexicon import default_lexicon

    path = next((p for p in DEV if p.exists()), None)
    if path is None:
        sys.exit("dev notes not found")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    notes = [(rows[i % len(rows)]["text"], rows[i % len(rows)].get("setting", "outpatient")) for i in range(n_notes)]
    chars = sum(len(t) for t, _ in notes)
    lex = default_lexicon()
    for text, setting in notes[:200]:  # warm caches (fuzzy matcher)
        code_note(text, setting, lex)
    start = time.perf_counter()
    for text, setting in notes:
        code_note(text, setting, lex)
    engine = time.perf_counter() - start
    start = time.perf_counter()
    for text, setting in notes:
        json.dumps(result_dict(code_note(text, setting, lex)))
    with_json = time.perf_counter() - start
    print(
        f"(b) single-process throughput on {n_notes} notes ({len(rows)} dev notes repeated, {chars / 1e6:.1f} M chars)"
    )
    print(f"    code_note:               {n_notes / engine:8.0f} notes/s  ({engine:.2f} s)")
    print(f"    code_note + JSON result: {n_notes / with_json:8.0f} notes/s  ({with_json:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--notes", type=int, default=20_000)
    args = parser.parse_args()
    startup_ratio(args.runs)
    throughput(args.notes)


if __name__ == "__main__":
    main()
