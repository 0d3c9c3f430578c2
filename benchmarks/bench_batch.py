"""Batch benchmarks (issue: batch coding). Run from the repository root after installing:

    python benchmarks/bench_batch.py [--notes 200000] [--big 1000000]

In one run on this machine it prints:
(a) single-worker throughput of `kneecode batch` as a ratio to a "floor" that only reads the
    same JSON-lines file and runs one compiled regex for "knee" over each note (target >= 1/8);
(b) the speed-up with 2 workers over 1 (target >= 1.7);
(c) peak memory of the whole process tree (coordinator + 2 workers) for the big corpus and for
    the small one (target: under 300 MB, and within 10 % between them). RSS counts pages
    shared by the forked workers once per process; PSS splits them, so both are shown.
Corpora are written by benchmarks/make_corpus.py into benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"


def corpus(n: int) -> Path:
    path = OUT / f"corpus-{n}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(n), str(path)], check=True)
    return path


def floor(path: Path) -> float:
    knee = re.compile(r"knee", re.IGNORECASE)
    start = time.perf_counter()
    n = 0
    with path.open("rb") as handle:
        for line in handle:
            knee.search(json.loads(line)["text"])
            n += 1
    return n / (time.perf_counter() - start)


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError):
                continue
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
        tree += frontier
    return tree


def _memory(pids: list[int]) -> tuple[int, int]:
    rss = pss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss * 1024, pss * 1024


def run_batch(path: Path, workers: int, watch: bool = False) -> tuple[float, int, int]:
    kneecode = shutil.which("kneecode")
    if kneecode is None:
        sys.exit("kneecode is not on PATH: pip install . first")
    out = OUT / f"result-{workers}.jsonl"
    start = time.perf_counter()
    proc = subprocess.Popen([kneecode, "batch", str(path), "-o", str(out), "--workers", str(workers), "--quiet"])
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        if watch:
            rss, pss = _memory(_tree(proc.pid))
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.25)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"kneecode batch failed with status {proc.returncode}")
    out.unlink(missing_ok=True)
    return elapsed, peak_rss, peak_pss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=200_000)
    parser.add_argument("--big", type=int, default=1_000_000, help="0 skips the memory run on the big corpus")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    small = corpus(args.notes)
    floor_rate = floor(small)
    one, _, _ = run_batch(small, 1)
    two, rss_small, pss_small = run_batch(small, 2, watch=True)
    rate1, rate2 = args.notes / one, args.notes / two
    print(f"(a) floor (read + json.loads + regex 'knee'): {floor_rate:,.0f} notes/s")
    print(f"    kneecode batch, 1 worker:              {rate1:,.0f} notes/s ({one:.1f} s for {args.notes:,} notes)")
    print(f"    ratio to the floor: 1/{floor_rate / rate1:.0f}  (target: at least 1/8)")
    print(f"(b) kneecode batch, 2 workers:             {rate2:,.0f} notes/s ({two:.1f} s)")
    print(f"    speed-up 2 workers over 1: {rate2 / rate1:.2f}  (target: at least 1.7)")
    mb = 2**20
    print(
        f"(c) peak memory, 2 workers, {args.notes:,} notes: RSS {rss_small / mb:,.0f} MB, PSS {pss_small / mb:,.0f} MB"
    )
    if args.big:
        big = corpus(args.big)
        elapsed, rss_big, pss_big = run_batch(big, 2, watch=True)
        print(f"    peak memory, 2 workers, {args.big:,} notes: RSS {rss_big / mb:,.0f} MB, PSS {pss_big / mb:,.0f} MB")
        print(f"    ({elapsed:.0f} s for the big corpus)")
        growth_rss, growth_pss = 100 * (rss_big / rss_small - 1), 100 * (pss_big / pss_small - 1)
        print(f"    growth from {args.notes:,} to {args.big:,} notes: RSS {growth_rss:+.1f} %, PSS {growth_pss:+.1f} %")
        print("    (target: under 300 MB, and within 10 %)")


if __name__ == "__main__":
    main()
