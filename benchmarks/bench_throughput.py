"""Throughput (issue: one compiled pass over each note). Run from the repository root after
installing (`pip install .`, so that the package is byte-compiled as users get it):

    python benchmarks/bench_throughput.py [--notes 20000]

In one run on this machine it prints, for two corpora:
  * knee-dense: 20,000 notes drawn from the dev notes (every note mentions a knee);
  * realistic mix: an export in which about 1 note in 10 mentions a knee, the others are
    everyday primary-care, cardiology, respiratory and admin notes, lengths from one line to
    several pages (written by benchmarks/make_mix.py);
the floor (read each JSON line, run one compiled regex over the note), `kneecode batch` with 1
and 2 workers (JSON lines out), each as notes/s, MB/s and ratio to the floor, with the peak RSS
of the whole process tree; then the time of a 10 MB note against a 1 MB note in the same run,
and the peak memory of a single note as a multiple of its size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import _memory, _tree, corpus, floor  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def mix(n: int) -> Path:
    path = OUT / f"mix-{n}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_mix.py"), str(n), str(path)], check=True)
    return path


def batch(path: Path, workers: int) -> tuple[float, int]:
    out = OUT / "throughput-out.jsonl"
    cmd = [sys.executable, "-m", "kneecode", "batch", str(path), "-o", str(out), "--workers", str(workers), "-q"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _memory(_tree(proc.pid))[0])
        time.sleep(0.2)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"kneecode batch failed with status {proc.returncode}")
    out.unlink(missing_ok=True)
    return elapsed, peak


def corpus_report(name: str, path: Path) -> None:
    n = sum(1 for _ in path.open("rb"))
    mb = path.stat().st_size / 1e6
    base = n / floor(path)  # seconds the floor takes: read each line, one regex
    print(f"{name}: {n:,} notes, {mb:,.1f} MB; floor {n / base:,.0f} notes/s ({mb / base:,.1f} MB/s)")
    for workers in (1, 2):
        elapsed, peak = batch(path, workers)
        print(
            f"  batch --workers {workers}: {n / elapsed:7,.0f} notes/s, {mb / elapsed:5.2f} MB/s,"
            f" 1/{elapsed / base:,.1f} of the floor, peak RSS {peak / 2**20:,.0f} MB"
        )


SIZE_SCRIPT = """
import json, resource, sys, time
from kneecode import code_note
unit = open(sys.argv[1]).read()
size = int(sys.argv[2])
code_note(unit[:2000])
text = (unit * (size // len(unit) + 1))[:size]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
code_note(text)
elapsed = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, (after - before) * 1024)
"""


def note_sizes() -> None:
    rows = [json.loads(line) for line in (ROOT / "tests" / "fixtures" / "dev.jsonl").read_text().splitlines()]
    unit = OUT / "visits.txt"
    unit.write_text("\n\n".join(r["text"] for r in rows))
    times = {}
    for size in (1_000_000, 10_000_000):
        done = subprocess.run([sys.executable, "-c", SIZE_SCRIPT, str(unit), str(size)], capture_output=True, text=True)
        elapsed, grown = (float(x) for x in done.stdout.split())
        times[size] = elapsed
        print(
            f"  one note of {size / 1e6:.0f} MB (dev notes joined): {elapsed:6.2f} s,"
            f" memory +{grown / size:.0f} x its size"
        )
    print(f"  10 MB / 1 MB time: {times[10_000_000] / times[1_000_000]:.1f} x (target <= 12)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=20_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    corpus_report("knee-dense", corpus(args.notes))
    corpus_report("realistic mix", mix(args.notes))
    print("single notes:")
    note_sizes()


if __name__ == "__main__":
    main()
