"""Bounded time and memory (issue: hardening every input and output path). Run from the
repository root after installing:

    python benchmarks/bench_hardening.py [--claims 100000] [--dense-mb 2]

In one run on this machine it prints:
(a) peak memory (RSS of its largest process) of `kneecode audit` on N claims that carry
    their notes (target: under 300 MB for 100,000);
(b) how much a knee-dense note of M MB, put in the middle of 1,000 normal notes, delays the
    batch (2 workers, default --note-timeout) compared with the same batch without it
    (target: no more than the note timeout);
(c) peak memory of `kneecode code` on single notes of growing size, above the memory of
    coding a one-line note, as a multiple of the note's size (target: under 20x).
Corpora are written into benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
DEV = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "tests" / "fixtures" / "dev.jsonl"]
KNEECODE = [sys.executable, "-m", "kneecode"]


def dev_notes() -> list[dict]:
    source = next(p for p in DEV if p.exists())
    return [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]


def measured(args: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process) of a command run to completion. Each
    measurement runs in its own child so that the peak is this command's alone."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True).stdout
    seconds, kilobytes = out.split()
    return float(seconds), int(kilobytes) / 1024


def audit_memory(claims: int) -> None:
    path = OUT / f"claims-{claims}.jsonl"
    if not path.exists():
        notes = dev_notes()
        with path.open("w", encoding="utf-8") as handle:
            for i in range(claims):
                note = notes[i % len(notes)]
                codes = ";".join(note.get("codes") or ["M25.561"])
                handle.write(json.dumps({"id": f"c{i}", "codes": codes, "text": note["text"]}) + "\n")
    seconds, peak = measured([*KNEECODE, "audit", str(path), "--workers", "2"])
    print(f"(a) audit of {claims:,} claims: peak {peak:,.0f} MB (target < 300 MB), {seconds:,.1f} s")


def dense_delay(megabytes: float) -> None:
    notes = dev_notes()
    normal = [json.dumps({"id": f"n{i}", "text": notes[i % len(notes)]["text"]}) for i in range(1000)]
    dense_text = "Right knee pain, worse on stairs; left knee aches too. " * int(megabytes * 1024 * 1024 / 55)
    plain, mixed = OUT / "normal-1000.jsonl", OUT / f"dense-{megabytes:g}mb-in-1000.jsonl"
    plain.write_text("\n".join(normal) + "\n")
    mixed.write_text("\n".join([*normal[:500], json.dumps({"id": "dense", "text": dense_text}), *normal[500:]]) + "\n")
    base, _ = measured([*KNEECODE, "batch", str(plain), "--workers", "2", "-q"])
    with_dense, peak = measured([*KNEECODE, "batch", str(mixed), "--workers", "2", "-q"])
    from kneecode.batch.runner import DEFAULT_NOTE_TIMEOUT

    delay = with_dense - base
    print(
        f"(b) a {megabytes:g} MB knee-dense note among 1,000 notes: {base:.1f} s without it,"
        f" {with_dense:.1f} s with it;"
        f" delay {delay:.1f} s = {delay / DEFAULT_NOTE_TIMEOUT:.2f} x the note timeout of {DEFAULT_NOTE_TIMEOUT:g} s"
        f" (target <= 1); peak {peak:,.0f} MB per process"
    )


def note_memory() -> None:
    tiny = OUT / "tiny.txt"
    tiny.write_text("Right knee pain.")
    _, floor = measured([*KNEECODE, "code", "-f", str(tiny), "--format", "json"])
    notes = [n["text"] for n in dev_notes()]
    realistic = "\n\n".join(notes)
    kinds = {
        "realistic (dev notes joined)": realistic,
        "knee-dense ('knee pain ' repeated)": "knee pain " * 10_000,
        "no knee words": "Follow-up for hypertension; blood pressure stable on lisinopril. " * 3000,
    }
    print(f"(c) peak memory of `kneecode code --format json` above a one-line note ({floor:,.0f} MB):")
    for label, unit in kinds.items():
        for size in (100_000, 400_000):
            text = (unit * (size // len(unit) + 1))[:size]
            path = OUT / f"note-{size}.txt"
            path.write_text(text)
            seconds, peak = measured([*KNEECODE, "code", "-f", str(path), "--format", "json"])
            extra = max(peak - floor, 0.0) * 1024 * 1024
            print(f"    {label:38s} {size / 1e3:5,.0f} KB: {extra / size:6.1f} x its size, {seconds:5.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--dense-mb", type=float, default=2.0)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"kneecode hardening benchmark, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    started = time.perf_counter()
    audit_memory(args.claims)
    dense_delay(args.dense_mb)
    note_memory()
    print(f"done in {time.perf_counter() - started:,.0f} s")


if __name__ == "__main__":
    main()
